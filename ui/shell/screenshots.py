"""Render the README's screenshots from a freshly built demo office, so they always show the current app.

    .venv/bin/python -m ui.shell.screenshots [--out docs/screenshots] [--lang id]

Runs offscreen; each page is shown in the main window at 1280×800 and grabbed to ``<out>/<page>.png``.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def render(out: Path, lang: str = "id", pages: list[str] | None = None, db: str | None = None,
           customers: int = 300) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out.mkdir(parents=True, exist_ok=True)
    tmp = None
    if db is None:
        tmp = tempfile.TemporaryDirectory()
        db = str(Path(tmp.name) / "screens.db")
        subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", db, "demo", "--customers", str(customers)],
                       check=True, capture_output=True, cwd=ROOT)
    from models.core.db import close_database, open_database

    open_database(db)
    from ui.shell.app import make_app

    app = make_app(lang=lang)
    from models.core.users import User
    from ui.shell.main_window import MainWindow
    from ui.common.session import Session

    window = MainWindow(Session(User.get(User.username == "kacab"), "demo.db"))
    window.resize(1280, 800)
    window.show()
    from ui.common.page_base import PlaceholderPage

    saved = []
    for key in pages or list(window._keys):
        page = window.show_page(key)
        if isinstance(page, PlaceholderPage):
            continue  # an area not delivered yet has nothing to show
        if key == "cashier":
            _at_the_counter(page)
        for _ in range(5):
            app.processEvents()
        target = out / f"{key}.png"
        window.grab().save(str(target))
        saved.append(target)
    window.close()
    close_database()
    if tmp is not None:
        tmp.cleanup()
    return saved


def _at_the_counter(page) -> None:
    """The cashier with a customer in front of her: a loan about two months in arrears, late fees running."""
    import datetime as dt

    from models.loans.loans import Loan

    today = dt.date.today()
    loan = (Loan.select().where((Loan.status == "active")
                                & Loan.oldest_unpaid_due.between(today - dt.timedelta(days=75),
                                                                 today - dt.timedelta(days=35)))
            .order_by(Loan.oldest_unpaid_due).first())
    if loan is None:
        return
    page.search.setText(loan.contract_no)
    page.run_search()
    page.pick_first()
    page.fill("all")  # "Semua tunggakan": what the customer owes today, late fees included


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--lang", default="id")
    parser.add_argument("--db", help="use this database instead of building a demo office")
    args = parser.parse_args()
    for path in render(Path(args.out), args.lang, db=args.db):
        print(path)


if __name__ == "__main__":
    main()
