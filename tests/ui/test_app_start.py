"""Starting the application as the README tells a new user: demo office, login, main window in Indonesian.

The start runs in its own process, as it does for the user: ``run_gui`` owns the application's event loop
and quits it at the end, which must not leak into the other tests' event loops.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

DRIVER = r"""
import argparse, json, sys
sys.path.insert(0, {root!r})
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import ui.shell.app
app = ui.shell.app.make_app()  # run_gui reuses this instance; timers need it to exist first
seen = {{}}

def log_in_then_look():
    from ui.shell.login import LoginDialog
    from ui.shell.main_window import MainWindow
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, LoginDialog) and widget.isVisible():
            widget.username.setText("kacab")
            widget.password.setText("angsur-demo")
            widget.try_login()
        if isinstance(widget, MainWindow) and widget.isVisible():
            seen["title"] = widget.windowTitle()
            seen["areas"] = [widget.sidebar.item(i).text() for i in range(widget.sidebar.count())]
            seen["user"] = widget.user_label.text()
            widget.close()
            QApplication.instance().quit()
            return
    QTimer.singleShot(50, log_in_then_look)

ui.shell.app._daily_backup = lambda window: window.update_backup_label()  # keep the user's backup folder clean
QTimer.singleShot(50, log_in_then_look)
code = ui.shell.app.run_gui(argparse.Namespace(db={db!r}, lang=None))
print("RESULT " + json.dumps({{"code": code, **seen}}))
"""


def test_the_readme_path_ends_in_the_main_window_with_demo_data(tmp_path):
    path = tmp_path / "demo.db"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    built = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(path), "demo", "--customers", "40"],
                           capture_output=True, text=True, cwd=ROOT, timeout=300, env=env)
    assert built.returncode == 0, built.stderr
    run = subprocess.run([sys.executable, "-c", DRIVER.format(root=str(ROOT), db=str(path))], capture_output=True,
                         text=True, cwd=ROOT, timeout=120, env=env)
    lines = [line for line in run.stdout.splitlines() if line.startswith("RESULT ")]
    assert lines, run.stdout + run.stderr
    seen = json.loads(lines[-1][len("RESULT "):])
    assert seen["code"] == 0
    assert "PT Angsur Mitra Finance" in seen["title"]
    assert seen["areas"][:2] == ["Beranda", "Nasabah"] and "Buku Besar" in seen["areas"]
    assert "Sri Wahyuni" in seen["user"]
