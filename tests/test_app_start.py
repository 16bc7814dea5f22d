"""Starting the application as the README tells a new user: demo office, login, main window in Indonesian."""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from models import db as dbmod

ROOT = Path(__file__).resolve().parent.parent


def test_the_readme_path_ends_in_the_main_window_with_demo_data(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "demo.db"
    built = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(path), "demo", "--customers", "40"],
                           capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert built.returncode == 0, built.stderr
    seen = {}

    def log_in_then_look():
        from ui.login import LoginDialog
        from ui.main_window import MainWindow

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

    monkeypatch.setattr("ui.app._daily_backup", lambda window: window.update_backup_label())
    QTimer.singleShot(50, log_in_then_look)
    from ui.app import run_gui

    try:
        assert run_gui(argparse.Namespace(db=str(path), lang=None)) == 0
    finally:
        dbmod.close_database()
    assert "PT Angsur Mitra Finance" in seen["title"]
    assert seen["areas"][0] == "Nasabah" and "Buku Besar" in seen["areas"]
    assert "Sri Wahyuni" in seen["user"]
