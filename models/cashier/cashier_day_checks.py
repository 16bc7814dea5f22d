"""Checks on the cashiers' closed days (registered with ``main.py check``).

A closed day must stay closed: no receipt of that cashier dated that day may have been written after the close
(models/payments.py refuses it; this catches a bypass such as a restored backup merged by hand), and the close
record's own arithmetic holds (difference = counted − expected).
"""
from __future__ import annotations

from models.cashier.cashier_day import CashierDayClose
from models.cashier.payments import Payment
from models.core.checks import check


@check("no receipt is posted on a cashier's day after it was closed")
def closed_days_stay_closed() -> list[str]:
    rows = (Payment.select(Payment.receipt_no, CashierDayClose.date)
            .join(CashierDayClose, on=((CashierDayClose.cashier == Payment.cashier)
                                       & (CashierDayClose.date == Payment.date)))
            .where(Payment.created_at > CashierDayClose.closed_at).limit(20).tuples())
    return [f"receipt {no} was posted after the cashier closed {day}" for no, day in rows]


@check("every day-close records counted − expected as its difference")
def day_close_arithmetic() -> list[str]:
    rows = (CashierDayClose.select(CashierDayClose.id, CashierDayClose.date)
            .where(CashierDayClose.counted_cash - CashierDayClose.expected_cash != CashierDayClose.difference)
            .limit(20).tuples())
    return [f"day-close #{i} of {day}: the difference is not counted − expected" for i, day in rows]
