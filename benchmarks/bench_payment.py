"""How long the cashier's action takes (post_payment: advance on due dates, stored late-fee accrual, allocation,
journal, receipt facts, audit), next to a raw sqlite3 baseline measured in the same run.

The baseline is the bare minimum a payment writes, done with sqlite3 and no domain rules: one INSERT of a receipt
row and one UPDATE of an installment inside a ``BEGIN IMMEDIATE`` transaction.  20 loans × 12 months of
payments, a third of them partial (so the late-fee accrual and the advance on due dates do their work).

Run from the repository root: ``.venv/bin/python benchmarks/bench_payment.py``
"""
from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    from tests.conftest import _build_template

    work = Path(tempfile.mkdtemp(prefix="angsur-bench-payment-"))
    template = work / "ready.db"
    _build_template(template, ["models.demo.build:build_core", "models.demo.ledger:build_demo", "models.demo.products:build_demo",
                               "models.demo.customers:build_demo"], seed=3, customers=20)
    shutil.copy(template, work / "angsur.db")
    from models.cashier.payments import post_payment
    from models.core import db as dbmod
    from models.core.users import User
    from models.loans.loans import Loan
    from tests.payments_helpers import disburse

    dbmod.open_database(work / "angsur.db")
    kasir = User.get(User.username == "kasir")
    loans = [disburse(contract_no=f"BENCH/{n:03d}", start=dt.date(2025, 1, 10)) for n in range(20)]
    engine = []
    for month in range(12):
        day = dt.date(2025 + (month + 1) // 12, (month + 1) % 12 + 1, 12)
        for n, loan in enumerate(loans):
            amount = Decimal("400000") if n % 3 == 0 else Decimal("907000")
            started = time.perf_counter()
            post_payment(kasir, Loan.get_by_id(loan.id), amount, day, idempotency_key=f"b{n}-{month}")
            engine.append(time.perf_counter() - started)
    dbmod.close_database()

    raw = sqlite3.connect(str(work / "angsur.db"), isolation_level=None)
    raw.execute("CREATE TABLE bench_receipt (id INTEGER PRIMARY KEY, loan_id INTEGER, amount INTEGER, day TEXT)")
    ids = [r[0] for r in raw.execute("SELECT id FROM installment ORDER BY id LIMIT 240")]
    baseline = []
    for n, inst in enumerate(ids):
        started = time.perf_counter()
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("INSERT INTO bench_receipt (loan_id, amount, day) VALUES (?, ?, ?)", (n, 90700000, "2025-02-12"))
        raw.execute("UPDATE installment SET principal_paid = principal_paid WHERE id = ?", (inst,))
        raw.execute("COMMIT")
        baseline.append(time.perf_counter() - started)
    raw.close()
    shutil.rmtree(work, ignore_errors=True)
    e, b = statistics.median(engine) * 1000, statistics.median(baseline) * 1000
    print(f"post_payment, {len(engine)} payments : median {e:.1f} ms, p90 {sorted(engine)[int(len(engine) * .9)] * 1000:.1f} ms")
    print(f"raw sqlite3 insert+update   : median {b:.2f} ms")
    print(f"ratio                       : {e / b:.0f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
