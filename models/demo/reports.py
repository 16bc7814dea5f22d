"""Demo data for reports and documents: officers' work areas, and the cashiers' closed days of the last weeks.

Uses only public model functions (models/work_areas.py, models/cashier_close.py), as a user's action would.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from models.cashier.cashier_close import DENOMINATIONS, close_cashier_day, day_summary
from models.cashier.payments import Payment
from models.customers.work_areas import set_work_areas

#: officer → the regencies the demo's customers live in (Bandung Raya)
DEMO_AREAS = {"cmo1": ["32.73"], "cmo2": ["32.04"], "ao1": ["32.77", "32.17"]}
CLOSED_DAYS = 30


def _count(amount: Decimal) -> tuple[dict[int, int], Decimal]:
    """Notes and coins for ``amount`` (largest first) and what is left below Rp 100."""
    counts, left = {}, Decimal(amount)
    for face in DENOMINATIONS:
        n = int(left // face)
        if n:
            counts[face] = n
            left -= face * n
    return counts, left


def build(ctx) -> None:
    head = ctx.users.get("kacab") or ctx.users.get("manajer")
    if head is None:
        return
    for username, codes in DEMO_AREAS.items():
        if username in ctx.users:
            set_work_areas(head, ctx.users[username], codes)
    # The last weeks' cashier days are closed, as a tidy counter would; one day was Rp 5.000 short.
    since = ctx.today - dt.timedelta(days=CLOSED_DAYS)
    days = (Payment.select(Payment.cashier, Payment.date).where((Payment.date >= since) & (Payment.date < ctx.today))
            .distinct().order_by(Payment.date).tuples())
    short_done = False
    for cashier_id, day in days:
        cashier = next((u for u in ctx.users.values() if u.id == cashier_id), None)
        if cashier is None or cashier.role != "cashier":
            continue
        expected = day_summary(cashier, day).expected_cash
        counts, left = _count(expected)
        reason = "recehan di bawah Rp 100 dibulatkan" if left else ""
        if not short_done and counts.get(5000):
            counts[5000] -= 1
            reason = "kurang Rp 5.000: kembalian salah hitung"
            short_done = True
        close_cashier_day(cashier, day, counts, reason=reason, today=ctx.today)
