"""Render the README's screenshots from a freshly built demo office, so they always show the current app.

    .venv/bin/python -m ui.shell.screenshots [--out docs/screenshots] [--lang id]

Runs offscreen; each page is shown in the main window at 1280×720 (the smallest laptop screen the office is
expected to have, see issue 20) and grabbed to ``<out>/<page>.png``; ``--size 1366x768`` renders another size.
Every money label is checked to fit its width (:func:`cut_money_labels`); a cut one is reported.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


SIZE = (1280, 720)


def render(out: Path, lang: str = "id", pages: list[str] | None = None, db: str | None = None,
           customers: int = 300, size: tuple[int, int] = SIZE) -> list[Path]:
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
    from ui.common.session import Session
    from ui.shell.main_window import MainWindow

    window = MainWindow(Session(User.get(User.username == "kacab"), "demo.db"))
    window.resize(*size)
    window.show()
    from ui.common.page_base import PlaceholderPage

    saved = []
    for key in pages or list(window._keys):
        page = window.show_page(key)
        if isinstance(page, PlaceholderPage):
            continue  # an area not delivered yet has nothing to show
        if key == "cashier":
            _at_the_counter(page)
        if key == "quote":
            _a_motorcycle_quote(page)
        if getattr(page, "loading", None) is not None:
            page.loading.wait()  # the dashboard reads its figures on a worker
        for _ in range(5):
            app.processEvents()
        target = out / f"{key}.png"
        window.grab().save(str(target))
        saved.append(target)
        for text, width, need in cut_money_labels(window):
            print(f"warning: {key}: money label cut: {text!r} has {width} px, needs {need} px", file=sys.stderr)
    window.close()
    close_database()
    if tmp is not None:
        tmp.cleanup()
    return saved


MONEY = __import__("re").compile(r"Rp\s?-?[0-9][0-9.]*(,[0-9]+)?|\b[0-9]{1,3}(\.[0-9]{3})+(,[0-9]+)?\b")


def _plain(text: str) -> str:
    import html
    import re

    return html.unescape(re.sub(r"<[^>]+>", "", text))


def cut_money_labels(window) -> list[tuple[str, int, int]]:
    """Visible labels showing an amount whose text is wider than the label: ``(text, width, needed)``.

    A word-wrapped label is measured line by line against its width (a figure never wraps inside itself);
    a label that elides on purpose (property ``elided`` with the full text in its tooltip) is not cut.
    """
    from PySide6.QtWidgets import QLabel

    cut = []
    for label in window.findChildren(QLabel):
        if not label.isVisible() or label.property("elided"):
            continue
        text = _plain(label.text())
        if not MONEY.search(text):
            continue
        metrics = label.fontMetrics()
        margins = label.contentsMargins()
        room = label.contentsRect().width() - label.margin() * 2 - label.indent() * 0 \
            if label.contentsRect().width() else label.width() - margins.left() - margins.right()
        if label.wordWrap():
            # Only each amount must fit on a line of its own.
            need = max(metrics.horizontalAdvance(m.group(0)) for m in MONEY.finditer(text))
        else:
            need = max(metrics.horizontalAdvance(line) for line in text.splitlines() or [""])
        if need > room:
            cut.append((text, room, need))
    return cut


def _a_motorcycle_quote(page) -> None:
    """A buyer at the dealer asks about a Rp 25.000.000 motorcycle: the quote for 12, 24 and 36 months."""
    from models.core.money import D

    page.otr.setValue(D(25_000_000))
    page.recalculate()
    if page.table.model().rowCount() > 1:
        page.table.selectRow(1)  # 24 months: its schedule shows below


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
    parser.add_argument("--size", default="x".join(map(str, SIZE)), help="window size, e.g. 1366x768")
    args = parser.parse_args()
    size = tuple(int(v) for v in args.size.lower().split("x"))
    for path in render(Path(args.out), args.lang, db=args.db, size=size):
        print(path)


if __name__ == "__main__":
    main()
