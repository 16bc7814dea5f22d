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


#: The README's screens, in its order, from the leasing demo office; Simpanan comes from a cooperative's.
LEASING_PAGES = ["home", "customers", "quote", "applications", "loans", "cashier", "collections", "ledger",
                 "reports", "settings"]
COOPERATIVE_PAGES = ["savings"]


def _demo(kind: str, customers: int, folder: Path) -> str:
    db = str(folder / f"screens-{kind}.db")
    subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", db, "demo", "--customers", str(customers),
                    "--kind", kind], check=True, capture_output=True, cwd=ROOT)
    return db


def render(out: Path, lang: str = "id", pages: list[str] | None = None, db: str | None = None,
           customers: int = 300, size: tuple[int, int] = SIZE, coop_db: str | None = None) -> list[Path]:
    """Render ``pages`` (default: :data:`LEASING_PAGES` from ``db``, then :data:`COOPERATIVE_PAGES` from
    ``coop_db``; a demo office is built for whichever is not given) into ``out/<page>.png``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out.mkdir(parents=True, exist_ok=True)
    wanted = pages or LEASING_PAGES + COOPERATIVE_PAGES
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as folder:
        leasing = [p for p in wanted if p not in COOPERATIVE_PAGES]
        cooperative = [p for p in wanted if p in COOPERATIVE_PAGES]
        if leasing:
            saved += _render_office(db or _demo("leasing", customers, Path(folder)), leasing, out, lang, size)
        if cooperative:
            saved += _render_office(coop_db or _demo("koperasi", customers, Path(folder)), cooperative, out,
                                    lang, size)
    return saved


def _render_office(db: str, pages: list[str], out: Path, lang: str, size: tuple[int, int]) -> list[Path]:
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
    for key in pages:
        if key not in window._keys:
            print(f"warning: {key}: not in this office's sidebar", file=sys.stderr)
            continue
        page = window.show_page(key)
        if isinstance(page, PlaceholderPage):
            continue  # an area not delivered yet has nothing to show
        if key == "cashier":
            _at_the_counter(page)
        if key == "quote":
            _a_motorcycle_quote(page)
        if getattr(page, "loading", None) is not None:
            page.loading.wait()  # the dashboard reads its figures on a worker
        if key == "savings":
            _a_member_at_the_desk(page)
        for _ in range(5):
            app.processEvents()
        target = out / f"{key}.png"
        window.grab().save(str(target))
        saved.append(target)
        for text, width, need in cut_money_labels(window):
            print(f"warning: {key}: money label cut: {text!r} has {width} px, needs {need} px", file=sys.stderr)
    window.close()
    window.deleteLater()
    app.processEvents()
    close_database()
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


def _a_member_at_the_desk(page) -> None:
    """A member is open at the savings desk: their accounts and the first account's transactions."""
    page.run_search()
    if page.members_model.rowCount():
        page.members.selectRow(0)
        page.pick_member(0)
    if page.accounts_model.rowCount():
        page.accounts.selectRow(0)
        page.pick_account(0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--lang", default="id")
    parser.add_argument("--db", help="use this (leasing) database instead of building a demo office")
    parser.add_argument("--coop-db", help="use this cooperative database for Simpanan instead of building one")
    parser.add_argument("--pages", help="comma-separated page keys (default: all README screens)")
    parser.add_argument("--size", default="x".join(map(str, SIZE)), help="window size, e.g. 1366x768")
    args = parser.parse_args()
    size = tuple(int(v) for v in args.size.lower().split("x"))
    pages = args.pages.split(",") if args.pages else None
    for path in render(Path(args.out), args.lang, pages=pages, db=args.db, size=size, coop_db=args.coop_db):
        print(path)


if __name__ == "__main__":
    main()
