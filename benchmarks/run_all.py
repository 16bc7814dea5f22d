"""One table of Angsur's figures on an office, each beside its floor measured in the same run.

    python benchmarks/make_office.py --loans 100000 --out /tmp/office.db      # once
    python benchmarks/run_all.py --db /tmp/office.db [--repeats 5] [--skip startup,check]

Every row: the figure (median of the repeats), its floor (the same work done the bare way — raw sqlite3, bare
openpyxl, a bare Qt window — in this run, on this machine), their ratio, and the target of issue 18.  The run
posts a few payments and writes files beside the database (exports, a backup), so use a generated office, not a
real one.  Qt runs offscreen.  Floors:

- start-up: a bare ``QMainWindow`` painted in a fresh process, against Angsur's main window on this office (the
  branch head, the cashier and the accountant), and against the same on a demo office (``--demo``);
- list pages: the page's id query in raw sqlite3 (every id) plus a bare ``QTableView`` over as many rows; the
  collections worklist: its ordering statement in raw sqlite3 plus a bare view;
- search: the same FTS5 query in raw sqlite3;
- loan view: the loan and its installments read in raw sqlite3;
- posting a payment: one raw sqlite3 write transaction with as many statements, same pragmas (fsync included);
- loan book / export: the same SQL in raw sqlite3 / the same rows written with bare openpyxl;
- check: ``PRAGMA integrity_check`` + ``foreign_key_check`` + one pass over the audit chain (raw sqlite3 and
  hashlib), the floor the issue names;
- backup: SQLite's backup API in one call;
- statements: the monthly balances summed in raw sqlite3 (what a statement can at best cost).
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROWS: list[tuple[str, float, float, str, bool]] = []


def timed(fn, repeats: int) -> float:
    """Median wall seconds of ``repeats`` calls."""
    values = []
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        values.append(time.perf_counter() - started)
    return statistics.median(values)


def add(figure: str, ours: float, floor: float, target: str, ok: bool) -> None:
    ROWS.append((figure, ours, floor, target, ok))
    ratio = ours / floor if floor else float("inf")
    print(f"  measured {figure}: {_ms(ours)} vs {_ms(floor)} ({ratio:.2f}x)", flush=True)


def _ms(seconds: float) -> str:
    if seconds >= 10:
        return f"{seconds:.1f} s"
    if seconds >= 0.01:
        return f"{seconds * 1000:.0f} ms"
    return f"{seconds * 1000:.2f} ms"


def within(ours: float, floor: float, ratio: float, absolute: float | None = None) -> bool:
    return ours <= floor * ratio and (absolute is None or ours <= absolute)


# --------------------------------------------------------------------------------------------------- start-up
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
w = MainWindow(Session(User.get(User.username == {user!r}), {db!r}))
w.resize(1280, 800); w.show(); app.processEvents(); w.grab()
painted = time.perf_counter() - t0
page = w.stack.currentWidget()
if getattr(page, "loading", None) is not None:   # the home figures, read on a worker after the first paint
    page.loading.wait()
    app.processEvents(); w.grab()
print(painted, time.perf_counter() - t0)
"""

#: Whose start-up is timed: the branch head (home dashboard, the issue's figure), the cashier (the counter) and
#: the accountant (the journal list) start on the pages that read the most.
STARTUP_USERS = ("kacab", "kasir", "akuntan")


def _process_seconds(code: str) -> tuple[float, ...]:
    # Compiled modules as an installed application has them: with PYTHONDONTWRITEBYTECODE set (as on the
    # engineers' machines) every run would compile ~70 modules again (~0,25 s); a cache folder outside the
    # tree gives the same .pyc files without writing into it.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPYCACHEPREFIX=os.environ.get("PYTHONPYCACHEPREFIX",
                                                  str(Path(tempfile.gettempdir()) / "angsur-bench-pycache")))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True,
                         env=env)
    return tuple(float(x) for x in out.stdout.split())


def bench_startup(db: str, repeats: int, demo: str | None = None) -> None:
    for user in STARTUP_USERS:   # warm-up: compiled modules cached, files in the page cache
        _process_seconds(ANGSUR.format(root=str(ROOT), db=db, user=user))
        if demo:
            _process_seconds(ANGSUR.format(root=str(ROOT), db=demo, user=user))
    _process_seconds(BARE)
    # Alternated, so all of them meet the same machine load.
    ours: dict[str, list] = {u: [] for u in STARTUP_USERS}
    small: dict[str, list] = {u: [] for u in STARTUP_USERS}
    bare, filled = [], []
    for _ in range(repeats):
        bare.append(_process_seconds(BARE)[0])
        for user in STARTUP_USERS:
            times = _process_seconds(ANGSUR.format(root=str(ROOT), db=db, user=user))
            ours[user].append(times[0])
            if user == "kacab":
                filled.append(times[1])
            if demo:
                small[user].append(_process_seconds(ANGSUR.format(root=str(ROOT), db=demo, user=user))[0])
    bare_s = statistics.median(bare)
    for user in STARTUP_USERS:
        ours_s = statistics.median(ours[user])
        name = "start-up (main window painted)" if user == "kacab" else f"start-up, {user} (window painted)"
        add(name, ours_s, bare_s, "≤ 1,5× bare Qt", within(ours_s, bare_s, 1.5))
        if demo:
            small_s = statistics.median(small[user])
            add(f"start-up, {user}: this office / demo", ours_s, small_s, "1,00 ± 0,15×",
                abs(ours_s / small_s - 1) <= 0.15)
    filled_s = statistics.median(filled)
    add("start-up: home figures filled in", filled_s, bare_s, "< 1 s (after the first paint)", filled_s < 1.0)


# ------------------------------------------------------------------------------------------------------ lists
def bench_lists(raw: sqlite3.Connection, repeats: int) -> None:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QTableView

    from models.core.users import User
    from ui.common.session import Session
    from ui.credit.applications_page import ApplicationsPage
    from ui.customers.page import CustomersPage
    from ui.loans.page import LoansPage

    app = QApplication.instance() or QApplication([])
    session = Session(User.get(User.username == "kacab"), "bench")

    class Bare(QAbstractTableModel):
        def __init__(self, ids):
            super().__init__()
            self.ids = ids

        def rowCount(self, parent=QModelIndex()):  # noqa: N802
            return len(self.ids)

        def columnCount(self, parent=QModelIndex()):  # noqa: N802
            return 10

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            return str(self.ids[index.row()]) if role == Qt.ItemDataRole.DisplayRole else None

    def floor(sql: str) -> float:
        def run():
            ids = [r[0] for r in raw.execute(sql).fetchall()]
            view = QTableView()
            view.setModel(Bare(ids))
            view.resize(1200, 700)
            view.show()
            app.processEvents()
            view.grab()
            view.close()
        return timed(run, repeats)

    def page_open(cls) -> float:
        def run():
            page = cls(session)
            page.resize(1200, 700)
            page.show()
            app.processEvents()
            page.grab()
            page.close()
            page.deleteLater()
        return timed(run, repeats)

    loans_sql = "SELECT l.id FROM loan l WHERE l.status = 'active' ORDER BY l.contract_no, l.id"
    customers_sql = "SELECT id FROM customer ORDER BY full_name, id"
    apps_sql = "SELECT id FROM application ORDER BY created_at DESC, id DESC"
    for name, cls, sql in (("loans page open", LoansPage, loans_sql),
                           ("customers page open", CustomersPage, customers_sql),
                           ("applications page open", ApplicationsPage, apps_sql)):
        ours, base = page_open(cls), floor(sql)
        add(name, ours, base, "< 0,3 s and ≤ 2× floor", within(ours, base, 2.0, 0.3))
    # The collections worklist (issue 15): its floor is the worklist's own ordering statement in raw sqlite3
    # (every account to chase, ordered) plus a bare view over as many rows.
    from models.collections.collections import _keys_sql
    from ui.collections.page import CollectionsPage

    keys_sql, keys_args = _keys_sql(dt.date.today())

    def worklist_floor():
        ids = [r[0] for r in raw.execute(keys_sql, keys_args).fetchall()]
        view = QTableView()
        view.setModel(Bare(ids))
        view.resize(1200, 700)
        view.show()
        app.processEvents()
        view.grab()
        view.close()

    ours, base = page_open(CollectionsPage), timed(worklist_floor, repeats)
    add("collections worklist open", ours, base, "< 0,3 s and ≤ 2× floor", within(ours, base, 2.0, 0.3))
    # Sorting the loans list by another column: one SQL ORDER BY.
    page = LoansPage(session)
    page.show()
    app.processEvents()
    from ui.loans.page import COL_OUTSTANDING

    def sort_once():
        page.model.sort(COL_OUTSTANDING, Qt.SortOrder.DescendingOrder)
        page.grab()

    ours = timed(sort_once, repeats)
    base = timed(lambda: raw.execute(loans_sql.replace("ORDER BY l.contract_no, l.id",
                                                       "ORDER BY l.outstanding_principal DESC, l.id")).fetchall(),
                 repeats)
    add("loans list sort (outstanding)", ours, base, "< 0,3 s", ours < 0.3)
    page.close()


# ----------------------------------------------------------------------------------------------------- search
def bench_search(raw: sqlite3.Connection, repeats: int) -> None:
    from models.core.users import User
    from models.customers.search import fts_match, search_ids

    cashier = User.get(User.username == "kasir")
    names = [r[0] for r in raw.execute("SELECT full_name FROM customer ORDER BY id LIMIT 40 OFFSET 777")]
    texts = [n[:k] for n in names for k in (3, 5, 8) if len(n) >= k]
    sql = "SELECT rowid FROM customer_fts WHERE customer_fts MATCH ? LIMIT 50"
    for text in texts[:10]:
        search_ids(cashier, text)
        raw.execute(sql, (fts_match(text),)).fetchall()
    ours = statistics.median(timed(lambda t=t: search_ids(cashier, t), repeats) for t in texts)
    base = statistics.median(timed(lambda t=t: raw.execute(sql, (fts_match(t),)).fetchall(), repeats)
                             for t in texts)
    add("search as you type (first 50)", ours, base, "1,1–1,3× raw FTS5", within(ours, base, 1.3))


# -------------------------------------------------------------------------------------------------- loan view
def bench_loan_view(raw: sqlite3.Connection, repeats: int) -> None:
    from PySide6.QtWidgets import QApplication

    from models.core.users import User
    from models.loans.loans import Loan
    from ui.common.session import Session
    from ui.loans.loan_view import open_loan_dialog

    app = QApplication.instance() or QApplication([])
    session = Session(User.get(User.username == "kacab"), "bench")
    loan_id = raw.execute("SELECT id FROM loan WHERE status = 'active' ORDER BY id LIMIT 1 OFFSET "
                          "(SELECT count(*) / 2 FROM loan WHERE status = 'active')").fetchone()[0]

    def ours_once():
        dialog = open_loan_dialog(session, Loan.get_by_id(loan_id))
        dialog.show()
        app.processEvents()
        dialog.grab()
        dialog.close()
        dialog.deleteLater()

    def floor_once():
        raw.execute("SELECT * FROM loan WHERE id = ?", (loan_id,)).fetchall()
        raw.execute("SELECT * FROM installment WHERE loan_id = ? ORDER BY no", (loan_id,)).fetchall()
        raw.execute("SELECT * FROM payment WHERE loan_id = ? ORDER BY id", (loan_id,)).fetchall()

    ours, base = timed(ours_once, repeats), timed(floor_once, repeats)
    add("loan view open", ours, base, "< 0,3 s", ours < 0.3)


# ---------------------------------------------------------------------------------------------------- payment
def bench_payment(path: Path, raw: sqlite3.Connection, repeats: int) -> None:
    from models.cashier.payments import post_payment
    from models.core.idempotency import new_key
    from models.core.users import User
    from models.loans.loans import Loan

    cashier = User.get(User.username == "kasir")
    loans = list(Loan.select().where(Loan.status == "active").order_by(Loan.id.desc()).limit(repeats * 2 + 2))
    today = dt.date.today()
    post_payment(cashier, loans[-1], loans[-1].installment_amount, today, idempotency_key=new_key())  # warm
    # Floor: one raw write transaction of as many row writes, same pragmas (WAL, synchronous=FULL), fsync included.
    # Payments and floor transactions alternate, so both meet the same machine load.
    statements = 14  # loan, 2 installments, sequence ×2, journal, 3 lines, stamp, balance, payment, 2 allocations
    floor_db = sqlite3.connect(str(path), isolation_level=None)
    floor_db.execute("PRAGMA synchronous=FULL")
    floor_db.execute("CREATE TABLE IF NOT EXISTS bench_scratch (id INTEGER PRIMARY KEY, a INTEGER, b INTEGER, "
                     "c TEXT)")

    def floor_once():
        floor_db.execute("BEGIN IMMEDIATE")
        for k in range(statements):
            floor_db.execute("INSERT INTO bench_scratch (a, b, c) VALUES (?, ?, ?)", (k, k * 7, "kwitansi"))
        floor_db.execute("COMMIT")

    times, floors = [], []
    for loan in loans[:repeats * 2]:
        started = time.perf_counter()
        post_payment(cashier, loan, loan.installment_amount, today, idempotency_key=new_key())
        times.append(time.perf_counter() - started)
        started = time.perf_counter()
        floor_once()
        floors.append(time.perf_counter() - started)
    ours, base = statistics.median(times), statistics.median(floors)
    floor_db.execute("DROP TABLE bench_scratch")
    floor_db.close()
    add("posting a payment", ours, base, "~1,0× floor (≤ 1,3×)", within(ours, base, 1.3))


# ------------------------------------------------------------------------------------------ loan book, export
def bench_loan_book(raw: sqlite3.Connection, folder: Path, repeats: int) -> None:
    from models.core.db import read_transaction
    from models.core.users import User
    from reports.loan_book import export_loan_book, loan_book

    manager = User.get(User.username == "manajer")
    table = None

    def book():
        nonlocal table
        with read_transaction():
            table = loan_book(manager)

    ours = timed(book, max(1, repeats // 2))
    floor_sql = (
        "SELECT l.contract_no, c.full_name, p.code, u.full_name, d.name, l.disbursed_on, l.principal, "
        "l.installment_amount, l.installments_paid, l.tenor, l.outstanding_principal, l.oldest_unpaid_due, "
        "MAX(0, CAST(julianday(?) - julianday(l.oldest_unpaid_due) AS INTEGER)), l.status, COALESCE(a.owed, 0) "
        "FROM loan l JOIN customer c ON c.id = l.customer_id JOIN loan_product p ON p.id = l.product_id "
        "JOIN user u ON u.id = l.officer_id LEFT JOIN dealer d ON d.id = l.dealer_id "
        "LEFT JOIN (SELECT loan_id, SUM(amount - principal_paid - interest_paid - interest_waived) AS owed "
        "FROM installment WHERE due_date <= ? AND paid_on IS NULL GROUP BY loan_id) a ON a.loan_id = l.id "
        "WHERE l.status = 'active' ORDER BY l.contract_no")
    today = dt.date.today().isoformat()
    base = timed(lambda: raw.execute(floor_sql, (today, today)).fetchall(), max(1, repeats // 2))
    add(f"loan book ({len(table.rows):,} loans)", ours, base, "≤ 2× raw SQL", within(ours, base, 2.0))

    def export():
        export_loan_book(manager, folder / "pinjaman.xlsx")

    def bare():
        from openpyxl import Workbook

        wb = Workbook(write_only=True)
        ws = wb.create_sheet()
        ws.append([c.label for c in table.columns])
        for row in table.rows:
            ws.append([row[c.key] if not hasattr(row[c.key], "as_integer_ratio") or isinstance(row[c.key], int)
                       else float(row[c.key]) for c in table.columns])
        wb.save(folder / "bare.xlsx")

    ours = timed(export, 1)
    base = timed(bare, 1) + timed(book, 1)
    add("loan book export to Excel", ours, base, "≤ 1,5× (SQL + bare openpyxl)", within(ours, base, 1.5))


def bench_wait_during_export(path: Path, folder: Path) -> None:
    """The longest wait for the write lock of 20 payments posted while the loan book is exported."""
    import threading

    from models.cashier.payments import post_payment
    from models.core import db as dbmod
    from models.core.idempotency import new_key
    from models.core.users import User
    from models.loans.loans import Loan
    from reports.loan_book import export_loan_book

    manager, cashier = User.get(User.username == "manajer"), User.get(User.username == "kasir")
    loans = list(Loan.select().where(Loan.status == "active").order_by(Loan.id).limit(20))
    started = threading.Event()

    def export():
        from models.core.progress import Progress

        try:
            export_loan_book(manager, folder / "saat-bayar.xlsx", progress=Progress(lambda *_: started.set()))
        finally:
            dbmod.database.obj.close()

    worker = threading.Thread(target=export)
    worker.start()
    started.wait(60)
    waits, times = [], []
    for loan in loans:
        t = time.perf_counter()
        post_payment(cashier, loan, loan.installment_amount, dt.date.today(), idempotency_key=new_key())
        times.append(time.perf_counter() - t)
        waits.append(dbmod.last_lock_wait())
    worker.join()
    add("cashier's lock wait during export", max(waits), 0.1, "< 100 ms", max(waits) < 0.1)


# ------------------------------------------------------------------------------------------------ check, backup
def _audit_floor(raw: sqlite3.Connection) -> None:
    previous = "0" * 64
    for row in raw.execute("SELECT seq, ts, user_id, username, action, entity, entity_id, before, after, note, "
                           "prev_hash, hash FROM audit_log ORDER BY id"):
        payload = json.dumps(list(row[:10]) + [previous], ensure_ascii=False, separators=(",", ":"))
        hashlib.sha256(payload.encode("utf-8")).hexdigest()
        previous = row[11]


def bench_check(raw: sqlite3.Connection, repeats: int) -> None:
    from models.core.checks import run_checks

    results = None

    def ours_once():
        nonlocal results
        results = run_checks()

    ours = timed(ours_once, 1)
    failed = [r.name for r in results if not r.ok]

    def floor_once():
        raw.execute("PRAGMA integrity_check").fetchall()
        raw.execute("PRAGMA foreign_key_check").fetchall()
        _audit_floor(raw)

    base = timed(floor_once, 1)
    add("check" + (f" (FAILED: {', '.join(failed)})" if failed else ""), ours, base,
        "≤ 1,3× integrity + fk + audit pass", within(ours, base, 1.3) and not failed)


def bench_backup(path: Path, folder: Path) -> None:
    from models.core.backup import make_backup

    ours = timed(lambda: make_backup(folder / "cadangan.db"), 1)

    def floor_once():
        source = sqlite3.connect(str(path))
        target = sqlite3.connect(str(folder / "cadangan-raw.db"))
        source.backup(target)
        target.close()
        source.close()

    base = timed(floor_once, 1)
    add("backup (with progress)", ours, base, "≤ 1,2× backup API", within(ours, base, 1.2))


# ------------------------------------------------------------------------------------------------- statements
def bench_statements(raw: sqlite3.Connection, repeats: int) -> None:
    from reports.statements import balance_sheet, income_statement, trial_balance

    today = dt.date.today()
    year_start = today.replace(month=1, day=1)
    floor = timed(lambda: raw.execute("SELECT account_id, SUM(debit), SUM(credit) FROM account_balance "
                                      "GROUP BY account_id").fetchall(), repeats)
    # Mid-month: the partial month is read from the journal lines (the dearest case).
    mid = today.replace(day=15) if today.day != 15 else today.replace(day=14)
    for name, fn in (("trial balance (year to date)", lambda: trial_balance(year_start, today)),
                     ("trial balance (to the 15th)", lambda: trial_balance(year_start, mid)),
                     ("balance sheet (today)", lambda: balance_sheet(today)),
                     ("balance sheet (on the 15th)", lambda: balance_sheet(mid)),
                     ("income statement (year to date)", lambda: income_statement(year_start, today))):
        ours = timed(fn, repeats)
        add(name, ours, floor, "< 0,3 s", ours < 0.3)


# ----------------------------------------------------------------------------------------------------- report
def machine() -> str:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        load = os.getloadavg()[0]
    except OSError:
        load = float("nan")
    return (f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores, Python "
            f"{platform.python_version()}, SQLite {sqlite3.sqlite_version}, load average {load:.1f} at the end")


def print_table(office: str) -> None:
    print()
    print(f"Office: {office}")
    print(f"Machine: {machine()}")
    print()
    print(f"| {'figure':<38} | {'ours':>10} | {'floor':>10} | {'ratio':>6} | {'target':<32} | ok |")
    print(f"|{'-' * 40}|{'-' * 12}|{'-' * 12}|{'-' * 8}|{'-' * 34}|----|")
    for figure, ours, floor, target, ok in ROWS:
        ratio = f"{ours / floor:.2f}×" if floor else "—"
        print(f"| {figure:<38} | {_ms(ours):>10} | {_ms(floor):>10} | {ratio:>6} | {target:<32} | "
              f"{'✓' if ok else '✗'}  |")


STEPS = ("startup", "lists", "search", "loanview", "payment", "loanbook", "wait", "check", "backup", "statements")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="a generated office (benchmarks/make_office.py)")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--demo", help="a demo office (main.py demo) to compare start-up with")
    parser.add_argument("--skip", default="", help=f"comma-separated steps to skip: {','.join(STEPS)}")
    args = parser.parse_args(argv)
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    path = Path(args.db).resolve()
    if not path.exists():
        parser.error(f"--db: {path} does not exist (make one with benchmarks/make_office.py)")
    from models.core.db import close_database, open_database

    open_database(path)
    raw = sqlite3.connect(str(path))
    counts = {t: raw.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("customer", "loan", "installment", "payment", "journal_line", "audit_log")}
    office = (f"{path.name}, {path.stat().st_size / 1e9:.1f} GB: " +
              ", ".join(f"{n:,} {t}" for t, n in counts.items()))
    print(office, flush=True)
    folder = Path(tempfile.mkdtemp(prefix="angsur-bench-", dir=path.parent))
    steps = {
        "startup": lambda: bench_startup(str(path), max(3, args.repeats // 2), args.demo),
        "lists": lambda: bench_lists(raw, args.repeats),
        "search": lambda: bench_search(raw, args.repeats),
        "loanview": lambda: bench_loan_view(raw, args.repeats),
        "payment": lambda: bench_payment(path, raw, args.repeats),
        "loanbook": lambda: bench_loan_book(raw, folder, args.repeats),
        "wait": lambda: bench_wait_during_export(path, folder),
        "check": lambda: bench_check(raw, args.repeats),
        "backup": lambda: bench_backup(path, folder),
        "statements": lambda: bench_statements(raw, args.repeats),
    }
    for name in STEPS:
        if name not in skip:
            print(f"{name} …", flush=True)
            steps[name]()
    raw.close()
    close_database()
    for leftover in folder.iterdir():
        leftover.unlink()
    folder.rmdir()
    print_table(office)
    return 0 if all(ok for *_rest, ok in ROWS) else 1


if __name__ == "__main__":
    raise SystemExit(main())
