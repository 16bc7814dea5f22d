"""Start-up time: Angsur's main window painted on the demo office vs a bare Qt window, same run, same machine.

Each sample is a fresh Python process (imports are what start-up costs), offscreen platform.  Also reports
whether openpyxl / reportlab were imported before the first paint (they must not be: CONVENTIONS, issue 2).

    .venv/bin/python benchmarks/bench_startup.py [--runs 7]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = r"""
import time; t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication([])
w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.resize(1280, 800); w.show()
app.processEvents(); w.grab()
print(time.perf_counter() - t0)
"""

ANGSUR = r"""
import time; t0 = time.perf_counter()
import sys; sys.path.insert(0, {root!r})
from models.core.db import open_database
open_database({db!r})
from ui.shell.app import make_app
app = make_app(lang="id")
from models.core.users import User
from ui.shell.main_window import MainWindow
from ui.common.session import Session
w = MainWindow(Session(User.get(User.username == "kacab"), {db!r}))
w.resize(1280, 800); w.show(); app.processEvents(); w.grab()
elapsed = time.perf_counter() - t0
heavy = sorted(m for m in ("openpyxl", "reportlab") if m in sys.modules)
print(elapsed, ",".join(heavy) or "-")
"""


def sample(code: str) -> list[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT,
                         check=True)
    return out.stdout.strip().splitlines()[-1].split()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bench.db")
        subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", db, "demo", "--customers", "300"],
                       check=True, capture_output=True, cwd=ROOT)
        bare, angsur, heavy = [], [], set()
        for _ in range(args.runs):  # interleaved so machine noise hits both alike
            bare.append(float(sample(BARE)[0]))
            value, loaded = sample(ANGSUR.format(root=str(ROOT), db=db))
            angsur.append(float(value))
            heavy.update(x for x in loaded.split(",") if x != "-")
    b, a = statistics.median(bare), statistics.median(angsur)
    print(f"bare Qt window painted     median {b * 1000:7.0f} ms  (n={len(bare)})")
    print(f"Angsur main window painted median {a * 1000:7.0f} ms  (n={len(angsur)})  ratio {a / b:.2f}x")
    print(f"heavy libraries loaded before first paint: {', '.join(sorted(heavy)) or 'none'}")


if __name__ == "__main__":
    main()
