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
    problems = []
    seen: dict[tuple[int, int, str], list[int]] = {}
    documents = list(Payment.select(Payment.branch, Payment.receipt_no, Payment.date, Payment.booked_on,
                                    Payment.kind).tuples())
    for rows in RECEIPT_SHARERS.values():  # savings receipts share the sequence (issue 17)
        documents += [(branch, number, date, None, "") for branch, number, date in rows()]
    for branch_id, number, date, booked, kind in documents:
        match = re.search(r"(\d+)\D*$", number)
        if match is None:
            problems.append(f"receipt {number} has no sequence number")
            continue
        # Receipts are numbered by the year they were booked; an advance applied on a due date (kind "advance",
        # issue 13) has a sequence of its own, by the year of that date.
        non_cash = kind in ("advance", "rounding")
        day = date if non_cash or booked is None else booked
        year = day.year if hasattr(day, "year") else int(str(day)[:4])
        seen.setdefault((branch_id, year, kind if non_cash else ""), []).append(int(match.group(1)))
    for (branch_id, year, _sequence), numbers in sorted(seen.items()):
        numbers.sort()
        if len(set(numbers)) != len(numbers):
            problems.append(f"branch #{branch_id} {year}: a receipt number is used twice")
        expected = set(range(1, numbers[-1] + 1))
        missing = sorted(expected - set(numbers))
        if missing:
            problems.append(f"branch #{branch_id} {year}: receipt numbers missing: {missing[:10]}")
    return problems


@check("every payment has its journal, and every reversed payment its reversing journal")
def payments_have_journals() -> list[str]:
    rows = (Payment.select(Payment.receipt_no)
            .where((Payment.journal.is_null() & (Payment.amount > 0))
                   | ((Payment.status == "reversed") & Payment.reversal_journal.is_null() & Payment.journal.is_null(
                       False)))
            .limit(20).tuples())
    return [f"receipt {no} has no journal" for (no,) in rows]
