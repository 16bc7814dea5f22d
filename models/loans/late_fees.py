"""Late fees that run on what is still owed: the stored accrual per installment, and its undo log.

Every posting that lowers what an installment owes (a payment, an advance applied on its due date, an early
payoff) first stores on the installment the fee earned up to the posting's value date
(:func:`models.loans.loans.advance_fee_accrual`), so the days before keep the fee they earned on the larger amount and
the base is lower only from then on (issue 13, item 1).  The value that was there before is kept in
:class:`FeeAccrualChange`, one row per installment and posting, so that reversing the posting (newest first)
puts the accrual back exactly as it was instead of recomputing the past.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from peewee import DateField, ForeignKeyField, IntegerField

from models.core.db import BaseModel, database
from models.core.money import D, MoneyField, to_minor
from models.loans.loans import Installment, LateFeeRule, advance_fee_accrual


class FeeAccrualChange(BaseModel):
    """The accrual an installment held before a posting moved it (restored when the posting is reversed)."""

    payment_id = IntegerField(index=True)  # models.cashier.payments.Payment (the posting that moved the accrual)
    installment = ForeignKeyField(Installment, on_delete="RESTRICT", backref="+")
    before_amount = MoneyField()
    before_to = DateField(null=True)


def accrue_before_posting(installments: list[Installment], touched: set[int], day: dt.date, rule: LateFeeRule,
                          shift=None) -> list[tuple[int, Decimal, dt.date | None]]:
    """Store the fee earned through ``day`` on each installment in ``touched`` (in memory).

    Args:
        installments: the loan's rows, as the posting holds them.
        touched: ids of the installments the posting is about to lower.
        day: the posting's value date.
        shift: ``f(due) -> date`` lateness counts from (the holiday rule), or ``None``.
    Returns:
        ``(installment id, accrual before, date before)`` for each row that changed: what a reversal restores.
    """
    before = []
    for inst in installments:
        if inst.id not in touched:
            continue
        old = (D(inst.fee_accrued or 0), inst.fee_accrued_to)
        if advance_fee_accrual(inst, day, rule, shift(inst.due_date) if shift else None):
            before.append((inst.id, *old))
    return before


def log_changes(payment_id: int, before: list[tuple[int, Decimal, dt.date | None]]) -> None:
    """Keep the accruals a posting moved (inside the posting's transaction)."""
    if before:
        FeeAccrualChange.insert_many([dict(payment_id=payment_id, installment=i, before_amount=a, before_to=t)
                                      for i, a, t in before]).execute()


def restore(payment_id: int, by_id: dict[int, Installment]) -> set[int]:
    """Put back the accruals a reversed posting had moved (in memory); returns the installment ids changed."""
    changed = set()
    for row in FeeAccrualChange.select().where(FeeAccrualChange.payment_id == payment_id):
        inst = by_id.get(row.installment_id)
        if inst is not None:
            inst.fee_accrued, inst.fee_accrued_to = D(row.before_amount), row.before_to
            changed.add(inst.id)
    return changed


def write_accruals(installments: list[Installment], changed: set[int]) -> None:
    """Write the accrual columns of the changed installments in one ``executemany``."""
    rows = [(to_minor(D(i.fee_accrued or 0)), i.fee_accrued_to.isoformat() if i.fee_accrued_to else None, i.id)
            for i in installments if i.id in changed]
    if rows:
        mark = database.obj.param
        database.obj.cursor().executemany(
            f"UPDATE installment SET fee_accrued = {mark}, fee_accrued_to = {mark} WHERE id = {mark}", rows)
