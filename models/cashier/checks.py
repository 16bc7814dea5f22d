"""Checks on the cashier's sub-ledger (registered with ``main.py check``).

Each check is one SQL aggregate, so ``check`` stays fast on a book of years: allocations add up to their
payment, no installment is paid past what it owes, receipt numbers are unique and without gaps per branch and
year, and every payment has its journal.
"""
from __future__ import annotations

import re
from typing import Callable, Iterable

from peewee import JOIN, fn

from models.cashier.payments import MONEY_PARTS, Payment, PaymentAllocation
from models.core.checks import check
from models.core.money import from_minor
from models.loans.loans import Installment


@check("every payment's allocations add up to its amount")
def allocations_add_up() -> list[str]:
    alloc = (PaymentAllocation.select(PaymentAllocation.payment, fn.SUM(PaymentAllocation.amount).alias("total"))
             .where(PaymentAllocation.part.in_(list(MONEY_PARTS))).group_by(PaymentAllocation.payment).alias("a"))
    rows = (Payment.select(Payment.receipt_no, Payment.amount, alloc.c.total)
            .join(alloc, JOIN.LEFT_OUTER, on=(Payment.id == alloc.c.payment_id))
            .where(Payment.amount != fn.COALESCE(alloc.c.total, 0)).limit(20).tuples())
    return [f"receipt {no}: allocations {from_minor(total)} differ from the amount {amount}"
            for no, amount, total in rows]


@check("no installment is paid past what it owes")
def no_installment_overpaid() -> list[str]:
    inst = Installment
    rows = (inst.select(inst.loan, inst.no)
            .where((inst.principal_paid > inst.principal) | (inst.principal_paid < 0) | (inst.interest_paid < 0)
                   | ((inst.interest_paid + inst.interest_waived) > inst.interest) | (inst.late_fee_paid < 0))
            .limit(20).tuples())
    return [f"loan #{loan} installment {no} is over-paid or negative" for loan, no in rows]


#: Other documents numbered from the same receipt sequence (the savings counter, SHU payouts): name → a function
#: returning their ``(branch_id, receipt_no, date)`` rows, one per receipt, for the database being checked.
#: Modules above the cashier register here (:func:`share_receipt_sequence`) so this module needs no upward import.
RECEIPT_SHARERS: dict[str, Callable[[], Iterable[tuple]]] = {}


def share_receipt_sequence(name: str, rows: Callable[[], Iterable[tuple]]) -> None:
    """Count another document kind's receipts in the gap-free check (registering a name again replaces it)."""
    RECEIPT_SHARERS[name] = rows


@check("receipt numbers are unique and without gaps per branch and year")
def receipts_gap_free() -> list[str]:
    """Set-based (issue 18: ``check`` must not walk 1,8 million receipts in Python): per branch, year and sequence
    the count, distinct count and highest number of the receipts must agree; only a group that fails is read row
    by row, to name its gaps.

    Receipts are numbered by the year they were booked; an advance applied on a due date and a rounding
    adjustment (kinds ``advance`` and ``rounding``, issue 13) have sequences of their own, by the year of their
    date; the savings desk's receipts share the loan payments' sequence (issue 17, :data:`RECEIPT_SHARERS`).
    """
    from models.core.db import database, is_sqlite

    db = database.obj
    if is_sqlite():
        def number(col: str) -> str:
            return f"CAST(substr({col}, length(rtrim({col}, '0123456789')) + 1) AS INTEGER)"

        def year(col: str) -> str:
            return f"CAST(substr({col}, 1, 4) AS INTEGER)"  # dates are stored as ISO text

        def no_digits(col: str) -> str:
            return f"rtrim({col}, '0123456789') = {col}"
    else:
        def number(col: str) -> str:
            return f"CAST(substring({col} from '([0-9]+)[^0-9]*$') AS INTEGER)"

        def year(col: str) -> str:
            return f"CAST(EXTRACT(YEAR FROM {col}) AS INTEGER)"

        def no_digits(col: str) -> str:
            return f"{col} !~ '[0-9]'"
    problems = [f"receipt {no} has no sequence number" for (no,) in db.execute_sql(
        f"SELECT receipt_no FROM payment WHERE {no_digits('receipt_no')} LIMIT 20").fetchall()]
    own = ("CASE WHEN kind IN ('advance', 'rounding') THEN kind ELSE '' END")
    booked = (f"CASE WHEN kind IN ('advance', 'rounding') OR booked_on IS NULL THEN {year('date')} "
              f"ELSE {year('booked_on')} END")
    rows = (f"SELECT branch_id AS b, {booked} AS y, {own} AS s, {number('receipt_no')} AS n FROM payment "
            f"WHERE NOT ({no_digits('receipt_no')})")
    shared = []
    for source in RECEIPT_SHARERS.values():
        for branch_id, receipt_no, date in source():
            match = re.search(r"(\d+)\D*$", receipt_no or "")
            if match is None:
                problems.append(f"receipt {receipt_no} has no sequence number")
                continue
            day_year = date.year if hasattr(date, "year") else int(str(date)[:4])
            shared.append((branch_id, day_year, "", int(match.group(1))))
    if shared:
        db.execute_sql("CREATE TEMP TABLE IF NOT EXISTS receipt_shared (b INTEGER, y INTEGER, s TEXT, n INTEGER)")
        db.execute_sql("DELETE FROM receipt_shared")
        p = db.param
        db.cursor().executemany(f"INSERT INTO receipt_shared (b, y, s, n) VALUES ({p}, {p}, {p}, {p})", shared)
        rows += " UNION ALL SELECT b, y, s, n FROM receipt_shared"
    groups = db.execute_sql(f"SELECT b, y, s, COUNT(*), COUNT(DISTINCT n), MAX(n) FROM ({rows}) r "
                            "GROUP BY b, y, s ORDER BY 1, 2, 3").fetchall()
    for branch_id, yr, sequence, count, distinct, highest in groups:
        if distinct != count:
            problems.append(f"branch #{branch_id} {yr}: a receipt number is used twice")
        if highest != distinct:
            p = db.param
            numbers = {n for (n,) in db.execute_sql(
                f"SELECT n FROM ({rows}) r WHERE b = {p} AND y = {p} AND s = {p}", (branch_id, yr, sequence))}
            missing = sorted(set(range(1, highest + 1)) - numbers)
            if missing:
                problems.append(f"branch #{branch_id} {yr}: receipt numbers missing: {missing[:10]}")
    if shared:
        db.execute_sql("DELETE FROM receipt_shared")
    return problems


@check("every payment has its journal, and every reversed payment its reversing journal")
def payments_have_journals() -> list[str]:
    rows = (Payment.select(Payment.receipt_no)
            .where((Payment.journal.is_null() & (Payment.amount > 0))
                   | ((Payment.status == "reversed") & Payment.reversal_journal.is_null() & Payment.journal.is_null(
                       False)))
            .limit(20).tuples())
    return [f"receipt {no} has no journal" for (no,) in rows]
