"""The home dashboard on a 100.000-loan office: time to compute each role's figures and charts, beside the same
SQL statements replayed through bare sqlite3 in the same run (the ORM's share), and the issue's 0,5 s budget.

The office: ``--db FILE`` (e.g. from ``benchmarks/make_office.py``), or a copy of a demo office enlarged by
cloning its loans, installments and receipts (``--loans N``, default 100.000): each clone gets new ids, its own
contract and receipt numbers and the same dates, so the aggregates do the work of an office that size.  The
clone is written with raw SQL (benchmark set-up, not an office operation) and is not timed.

Run: ``python benchmarks/bench_dashboard.py [--db FILE | --demo FILE] [--loans 100000] [--repeats 5]``
"""
from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _columns(con, table: str) -> list[str]:
    return [row[1] for row in con.execute(f'PRAGMA table_info("{table}")')]


def enlarge(path: Path, target_loans: int) -> int:
    """Clone loans (with their installments and receipts) until the office holds about ``target_loans``."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    base = con.execute("SELECT COUNT(*) FROM loan").fetchone()[0]
    copies = max(0, -(-target_loans // base) - 1)
    max_loan = con.execute("SELECT MAX(id) FROM loan").fetchone()[0]
    max_inst = con.execute("SELECT MAX(id) FROM installment").fetchone()[0]
    max_pay = con.execute("SELECT MAX(id) FROM payment").fetchone()[0]
    loan_cols, inst_cols, pay_cols = _columns(con, "loan"), _columns(con, "installment"), _columns(con, "payment")

    def select(cols, replace):
        return ", ".join(replace.get(c, f'"{c}"') for c in cols)

    with con:
        for j in range(1, copies + 1):
            con.execute(f'INSERT INTO loan ({", ".join(chr(34) + c + chr(34) for c in loan_cols)}) SELECT '
                        + select(loan_cols, {"id": f"id + {j * max_loan}",
                                             "contract_no": f"contract_no || '-{j}'",
                                             "application_id": "NULL"})
                        + f" FROM loan WHERE id <= {max_loan}")
            con.execute(f'INSERT INTO installment ({", ".join(chr(34) + c + chr(34) for c in inst_cols)}) SELECT '
                        + select(inst_cols, {"id": f"id + {j * max_inst}", "loan_id": f"loan_id + {j * max_loan}"})
                        + f" FROM installment WHERE id <= {max_inst}")
            con.execute(f'INSERT INTO payment ({", ".join(chr(34) + c + chr(34) for c in pay_cols)}) SELECT '
                        + select(pay_cols, {"id": f"id + {j * max_pay}", "loan_id": f"loan_id + {j * max_loan}",
                                            "receipt_no": f"receipt_no || '-{j}'", "journal_id": "NULL",
                                            "reversal_journal_id": "NULL", "idempotency_key": "NULL"})
                        + f" FROM payment WHERE id <= {max_pay}")
    con.execute("ANALYZE")
    total = con.execute("SELECT COUNT(*) FROM loan").fetchone()[0]
    con.close()
    return total


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", help="an office to measure as it is")
    parser.add_argument("--demo", help="a demo office to copy and enlarge (default: build a 300-customer one)")
    parser.add_argument("--loans", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench_dashboard_"))
    if args.db:
        db = Path(args.db)
    else:
        db = tmp / "office.db"
        if args.demo:
            shutil.copyfile(args.demo, db)
        else:
            print("building a 300-customer demo office (not timed) …", flush=True)
            subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), "demo", "--customers", "300"],
                           check=True, stdout=subprocess.DEVNULL)
        t0 = time.perf_counter()
        n = enlarge(db, args.loans)
        print(f"enlarged to {n} loans in {time.perf_counter() - t0:.1f} s (not timed)")

    import peewee

    from models.core.db import database, open_database
    from models.core.users import User
    from reports.dashboard import arrears_by_officer, monthly_trend, role_of, tiles

    open_database(str(db))
    today = dt.date.today()
    users = {}
    for user in User.select().where(User.active == True):  # noqa: E712
        users.setdefault(role_of(user), user)

    def run(role: str, user) -> None:
        tiles(user, today)
        if role in ("branch", "manager"):
            monthly_trend(today)
            arrears_by_officer(today)

    captured: list[tuple[str, tuple]] = []
    original = peewee.SqliteDatabase.execute_sql

    def capture(self, sql, params=None, *a, **kw):
        captured.append((sql, tuple(params or ())))
        return original(self, sql, params, *a, **kw)

    raw = sqlite3.connect(db)
    print(f"{'role':8} {'Angsur median':>14} {'(CPU)':>7} {'bare sqlite3':>13} {'ratio':>6} {'queries':>8}  budget 0,5 s")
    for role in ("cashier", "officer", "branch", "manager"):
        user = users.get(role)
        if user is None:
            continue
        run(role, user)                                    # warm the page cache and imports
        captured.clear()
        peewee.SqliteDatabase.execute_sql = capture
        try:
            run(role, user)
        finally:
            peewee.SqliteDatabase.execute_sql = original
        statements = list(captured)
        ours, bare, cpu = [], [], []
        for _ in range(args.repeats):
            t0, c0 = time.perf_counter(), time.process_time()
            run(role, user)
            ours.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
            t0 = time.perf_counter()
            for sql, params in statements:
                raw.execute(sql, params).fetchall()
            bare.append(time.perf_counter() - t0)
        m_ours, m_bare = statistics.median(ours), statistics.median(bare)
        print(f"{role:8} {m_ours:13.3f}s {statistics.median(cpu):6.3f}s {m_bare:12.3f}s {m_ours / m_bare:5.2f}x "
              f"{len(statements):8d}  {'OK' if m_ours < 0.5 else 'OVER'}")
    database.obj.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
