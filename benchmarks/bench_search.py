"""Search-as-you-type at 100,000 customers: ``models.customers.search.search_ids`` next to the bare FTS5 query.

Builds (or reuses) a demo office with N customers (default 100,000) through the real demo step
``models.demo.customers:build_demo`` and reports how long that took.  Then it replays what people type at the
counter -- a name letter by letter, a NIK and a phone number digit by digit -- and times each keystroke's
query twice in the same run:

* Angsur: ``search_ids(user, text, limit=50)`` for a cashier (sees every portfolio) and for an officer
  (own portfolio only: the index is joined to ``customer``);
* raw: the same MATCH expression with ``sqlite3`` directly, ``SELECT rowid FROM customer_fts WHERE
  customer_fts MATCH ? LIMIT 50`` (for the officer: the same join written by hand).

It also times what the list screen does after a keystroke: ``list_ids`` (every matching id, sorted by name
in SQL) and ``customer_rows`` for the first screenful, and (unless ``--no-ui``) the customer page itself:
opening it, filtering with a repaint, jumping to the last row.  Target (issue 3): median within 2x of raw, p95 < 15 ms.

Run: ``cd /work/main && .venv/bin/python benchmarks/bench_search.py [--customers N] [--db FILE] [--rounds R]``
"""
from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from models.core.db import close_database, open_database  # noqa: E402


def build(path: Path, customers: int) -> float | None:
    """Build the demo office into ``path`` unless it is already there; return the build time in seconds."""
    from models.demo import build as demo
    from models.customers.customers import Customer

    open_database(path)
    if Customer.select().count() >= customers:
        return None
    close_database()
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    open_database(path)
    steps = demo.DEMO_STEPS
    demo.DEMO_STEPS = ["models.demo.build:build_core", "models.demo.customers:build_demo"]
    try:
        started = time.perf_counter()
        demo.build_demo(seed=2026, customers=customers, today=dt.date(2026, 11, 23), log=lambda _m: None)
        return time.perf_counter() - started
    finally:
        demo.DEMO_STEPS = steps


def keystrokes() -> list[str]:
    """What the counter types: names, NIKs and phones of real rows, one prefix per keystroke."""
    from models.customers.customers import Customer

    sample = list(Customer.select(Customer.full_name, Customer.nik, Customer.phone)
                  .where(Customer.id.in_(list(range(1, 100_000, 8_311)))).tuples())
    typed = []
    for name, nik, phone in sample:
        first = name.split()[0]
        typed += [first[:k] for k in range(2, len(first) + 1)]
        if " " in name:
            typed.append(first + " " + name.split()[1][:2])
        typed += [nik[:k] for k in (4, 6, 8, 10, 12, 16)]
        local = "0" + phone[3:]
        typed += [local[:k] for k in (4, 6, 8, 12)]
    return typed


def timed(fn, rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return times


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--db", default="/tmp/angsur-bench-search.db")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--no-ui", action="store_true", help="skip the customer page timings (no Qt)")
    args = parser.parse_args()
    path = Path(args.db)

    build_seconds = build(path, args.customers)
    from models.customers.customers import Customer, customer_rows
    from models.customers.search import CustomerFilter, fts_match, list_ids, search_ids
    from models.core.users import User

    count = Customer.select().count()
    print(f"{count:,} customers in {path}" + (f" (demo build {build_seconds:.1f} s)" if build_seconds else
                                               " (reused)"))
    cashier = User.get(User.username == "kasir")
    officer = User.get(User.username == "cmo1")
    raw = sqlite3.connect(str(path))
    raw_all = "SELECT rowid FROM customer_fts WHERE customer_fts MATCH ? LIMIT 50"
    raw_officer = ("SELECT c.id FROM customer_fts f CROSS JOIN customer c ON c.id = f.rowid "
                   "WHERE f.customer_fts MATCH ? AND c.officer_id = ? LIMIT 50")
    texts = keystrokes()
    for text in texts[:10]:  # warm both connections' page caches
        search_ids(cashier, text)
        raw.execute(raw_all, (fts_match(text),)).fetchall()

    rows = {"ours (kasir)": [], "raw  (kasir)": [], "ours (cmo1) ": [], "raw  (cmo1) ": []}
    for text in texts:
        match = fts_match(text)
        rows["ours (kasir)"] += timed(lambda: search_ids(cashier, text), args.rounds)
        rows["raw  (kasir)"] += timed(lambda: raw.execute(raw_all, (match,)).fetchall(), args.rounds)
        rows["ours (cmo1) "] += timed(lambda: search_ids(officer, text), args.rounds)
        rows["raw  (cmo1) "] += timed(lambda: raw.execute(raw_officer, (match, officer.id)).fetchall(),
                                      args.rounds)
    print(f"search-as-you-type, first 50 ids: {len(texts)} keystrokes x {args.rounds} rounds")
    print(f"{'':14}{'median ms':>10}{'p95 ms':>10}{'max ms':>10}")
    for name, values in rows.items():
        print(f"{name:14}{statistics.median(values):10.3f}{p95(values):10.3f}{max(values):10.3f}")
    for who in ("kasir", "cmo1"):
        ours = rows[f"ours ({who})".ljust(12)]
        base = rows[f"raw  ({who})".ljust(12)]
        print(f"ratio ours/raw ({who}): median {statistics.median(ours) / statistics.median(base):.2f}x, "
              f"p95 {p95(ours) / p95(base):.2f}x")

    # What the list screen does: all matching ids sorted by name, then one screenful of display rows.
    list_times, rows_times, sizes = [], [], []
    for text in texts[::3]:
        ids: list[int] = []

        def fill():
            nonlocal ids
            ids = list_ids(cashier, CustomerFilter(text=text))

        list_times += timed(fill, 1)
        sizes.append(len(ids))
        rows_times += timed(lambda: customer_rows(cashier, ids[:60]), 1)
    everything = timed(lambda: list_ids(cashier), 3)
    print(f"list screen: list_ids for a keystroke median {statistics.median(list_times):.1f} ms, p95 "
          f"{p95(list_times):.1f} ms (up to {max(sizes):,} matches); first 60 rows "
          f"{statistics.median(rows_times):.1f} ms; all {count:,} ids by name {statistics.median(everything):.0f} ms")
    raw.close()
    if not args.no_ui:
        ui_figures(cashier, texts)
    close_database()
    return 0


def ui_figures(user, texts: list[str]) -> None:
    """The customer page at this size: time to open it (model filled, first rows painted) and to filter."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.customers.page import CustomersPage
    from ui.common.session import Session

    app = QApplication.instance() or QApplication([])
    started = time.perf_counter()
    page = CustomersPage(Session(user, "bench"))
    page.resize(1280, 800)
    page.show()
    app.processEvents()
    page.grab()  # forces a paint of the visible rows
    opened = (time.perf_counter() - started) * 1000
    filter_times = []
    for text in texts[::4]:
        started = time.perf_counter()
        page.search.setText(text)
        page.apply_filter()
        page.grab()
        filter_times.append((time.perf_counter() - started) * 1000)
    started = time.perf_counter()
    page.search.clear()
    page.apply_filter()
    page.grab()
    cleared = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    page.table.scrollToBottom()
    page.grab()
    scrolled = (time.perf_counter() - started) * 1000
    print(f"customer page (offscreen): open {opened:.0f} ms; filter + repaint median "
          f"{statistics.median(filter_times):.0f} ms, p95 {p95(filter_times):.0f} ms; back to all "
          f"{page.model.rowCount():,} rows {cleared:.0f} ms; jump to the last row {scrolled:.0f} ms")
    page.close()


if __name__ == "__main__":
    sys.exit(main())
