"""Checks on the cashier's sub-ledger (registered with ``main.py check``).

Each check is one SQL aggregate, so ``check`` stays fast on a book of years: allocations add up to their
payment, no installment is paid past what it owes, receipt numbers are unique and without gaps per branch and
year, and every payment has its journal.
"""
from __future__ import annotations


from peewee import JOIN, fn

from models.checks import check
from models.loans import Installment
from models.money import from_minor
from models.payments import MONEY_PARTS, Payment, PaymentAllocation


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


@check("receipt numbers are unique and without gaps per branch and year")
def receipts_gap_free() -> list[str]:
    """Set-based: per branch and year the count, distinct count and highest sequence number of the receipts (the
    trailing digits of the number) must agree; only a year that fails is read row by row, to name the gaps."""
    from models.db import database, is_sqlite

    db = database.obj
    if is_sqlite():
        number = "CAST(substr(receipt_no, length(rtrim(receipt_no, '0123456789')) + 1) AS INTEGER)"
        year = "CAST(substr(date, 1, 4) AS INTEGER)"  # dates are stored as ISO text
        no_digits = "rtrim(receipt_no, '0123456789') = receipt_no"
    else:
        number = "CAST(substring(receipt_no from '([0-9]+)[^0-9]*$') AS INTEGER)"
        year = "CAST(EXTRACT(YEAR FROM date) AS INTEGER)"
        no_digits = "receipt_no !~ '[0-9]'"
    problems = [f"receipt {no} has no sequence number" for (no,) in db.execute_sql(
        f"SELECT receipt_no FROM payment WHERE {no_digits} LIMIT 20").fetchall()]
    groups = db.execute_sql(
        "SELECT b, y, COUNT(*), COUNT(DISTINCT n), MAX(n) FROM "
        f"(SELECT branch_id AS b, {year} AS y, {number} AS n FROM payment WHERE NOT ({no_digits})) r "
        "GROUP BY b, y ORDER BY 1, 2").fetchall()
    for branch_id, yr, count, distinct, highest in groups:
        if distinct != count:
            problems.append(f"branch #{branch_id} {yr}: a receipt number is used twice")
        if highest != distinct:
            p = "?" if is_sqlite() else "%s"
            numbers = {n for (n,) in db.execute_sql(
                f"SELECT {number} FROM payment WHERE branch_id = {p} AND {year} = {p} AND NOT ({no_digits})",
                (branch_id, yr)).fetchall()}
            missing = sorted(set(range(1, highest + 1)) - numbers)
            if missing:
                problems.append(f"branch #{branch_id} {yr}: receipt numbers missing: {missing[:10]}")
    return problems


@check("every payment has its journal, and every reversed payment its reversing journal")
def payments_have_journals() -> list[str]:
    rows = (Payment.select(Payment.receipt_no)
            .where((Payment.journal.is_null() & (Payment.amount > 0))
                   | ((Payment.status == "reversed") & Payment.reversal_journal.is_null() & Payment.journal.is_null(
                       False)))
            .limit(20).tuples())
    return [f"receipt {no} has no journal" for (no,) in rows]
