"""Demo step: the demo office runs its month ends, so its books carry accruals, deferred fees and an allowance.

Runs after the payments and the cash deposits and before the ledger's closing step (which then closes the
months and years as before).  For every month end from the first disbursement to last month it runs the
accruals, non-accrual reversals, allowance and reconciliation steps through the public month-end functions
(:mod:`models.accounting.month_end`) and writes the month's loan snapshot, as an accountant catching up would; the
"advances due" step runs only for the latest month (earlier months' advances were already applied by the
payments that followed).  It runs on SQLite and on PostgreSQL (``tests/test_postgresql.py`` builds this demo).
"""
from __future__ import annotations

import datetime as dt

from peewee import fn


def build(ctx) -> None:
    from models.accounting import month_end as me
    from models.core.db import run_in_transaction
    from models.loans.loans import Loan

    first = Loan.select(fn.MIN(Loan.disbursed_on)).scalar()
    if first is None:
        return
    first = first if isinstance(first, dt.date) else dt.date.fromisoformat(str(first)[:10])
    accountant = ctx.users.get("akuntan")
    last = ctx.today.replace(day=1) - dt.timedelta(days=1)
    day = me.month_end(first.year, first.month)
    months = 0
    from models.ledger.journals import is_closed

    skipped = 0
    while day <= last:
        if is_closed(day):  # a cooperative's demo closed its past years for the SHU before this step
            skipped += 1
            nxt = day + dt.timedelta(days=1)
            day = me.month_end(nxt.year, nxt.month)
            continue
        steps = ("advances", "accruals", "nonaccrual", "allowance", "reconcile") if day == last else \
            ("accruals", "nonaccrual", "allowance", "reconcile")
        for step in steps:
            me.run_step(accountant, step, day)
        run_in_transaction(lambda d=day: me.write_snapshot(d))
        months += 1
        nxt = day + dt.timedelta(days=1)
        day = me.month_end(nxt.year, nxt.month)
    ctx.log(f"{months} month ends run (accruals, non-accrual, allowance, snapshots)"
            + (f"; {skipped} already closed" if skipped else ""))


def refresh_latest(ctx) -> None:
    """Demo step after the collections step: the write-off, repossession, restructurings and collector areas it
    back-dates change loans the last two month ends had already photographed (the last closed month, and the
    one still open), so those snapshots are taken again (as an office reruns a month end after a late
    correction; ``write_snapshot`` replaces the month's rows)."""
    from models.accounting import month_end as me
    from models.core.db import run_in_transaction

    last = ctx.today.replace(day=1) - dt.timedelta(days=1)
    for day in (last.replace(day=1) - dt.timedelta(days=1), last):
        count = run_in_transaction(lambda day=day: me.write_snapshot(day))
        ctx.log(f"snapshot of {day:%d/%m/%Y} taken again ({count} loans)")
