"""Issue 13 as properties: the late fee over random installments and payment sequences equals the fee computed day
by day on what was owed each day (never recomputed backwards), and an advance applied on due dates leaves fees
only on what it did not cover.  Pure: no database (installment and loan rows live in memory).
"""
from __future__ import annotations

import datetime as dt
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.cashier.payments import advance_applications, loan_fees
from models.loans.loans import Installment, LateFeeRule, Loan, advance_fee_accrual, fee_charged
from models.products.loanmath import build_schedule

PROPS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
DUE = dt.date(2026, 3, 15)


def _installment(principal: Decimal, interest: Decimal, due=DUE, id_=1, no=1) -> Installment:
    return Installment(id=id_, no=no, due_date=due, principal=principal, interest=interest,
                       amount=principal + interest, principal_paid=Decimal(0), interest_paid=Decimal(0),
                       late_fee_paid=Decimal(0), late_fee_waived=Decimal(0), interest_waived=Decimal(0),
                       fee_accrued=Decimal(0), fee_accrued_to=None, paid_on=None)


@st.composite
def histories(draw):
    principal = Decimal(draw(st.integers(50_000, 5_000_000)))
    interest = Decimal(draw(st.integers(0, 1_000_000)))
    rule = LateFeeRule(Decimal(draw(st.sampled_from(["0.5", "1", "2.5", "5"]))), draw(st.integers(0, 7)),
                       draw(st.sampled_from([None, Decimal(10), Decimal(100)])),
                       draw(st.sampled_from([None, Decimal(250_000)])))
    n = draw(st.integers(0, 5))
    days = sorted(draw(st.lists(st.integers(-5, 120), min_size=n, max_size=n)))
    amounts = [Decimal(draw(st.integers(1, 400_000))) for _ in days]
    return principal, interest, rule, list(zip(days, amounts)), draw(st.integers(0, 160))


def _reference(principal, interest, rule, payments, as_of_day) -> Decimal:
    """The fee computed day by day: each day late earns ‰ × what was still owed at the start of that day."""
    owed = principal + interest
    paid_by_day: dict[int, Decimal] = {}
    for day, amount in payments:
        paid_by_day[day] = paid_by_day.get(day, Decimal(0)) + amount
    total, last_unpaid = Decimal(0), as_of_day
    for day in range(-10, as_of_day + 1):
        if day >= 1 and owed > 0:
            total += owed * rule.late_fee_per_mille / 1000
        if day in paid_by_day and owed > 0:
            owed = max(Decimal(0), owed - paid_by_day[day])
            if owed == 0:
                last_unpaid = day
    if last_unpaid <= rule.late_fee_grace_days or last_unpaid <= 0:
        return Decimal(0)
    if rule.late_fee_cap_pct is not None:
        total = min(total, (principal + interest) * rule.late_fee_cap_pct / 100)
    if rule.late_fee_cap_amount is not None:
        total = min(total, rule.late_fee_cap_amount)
    return total.quantize(Decimal(1), rounding=ROUND_FLOOR)


@PROPS
@given(histories())
def test_the_fee_equals_the_day_by_day_fee_on_what_was_owed(history):
    principal, interest, rule, payments, as_of_day = history
    inst = _installment(principal, interest)
    last = None
    for day, amount in payments:
        if day > as_of_day or inst.is_paid:
            break
        when = DUE + dt.timedelta(days=day)
        before = fee_charged(inst, when, rule)
        advance_fee_accrual(inst, when, rule)
        assert fee_charged(inst, when, rule) == before  # storing the accrual changes nothing already earned
        take_interest = min(amount, inst.due_interest)
        inst.interest_paid += take_interest
        inst.principal_paid += min(amount - take_interest, inst.due_principal)
        if inst.is_paid:
            inst.paid_on = when
        last = when
    as_of = DUE + dt.timedelta(days=as_of_day)
    if last is not None and as_of < last:
        return
    applied = [(d, a) for d, a in payments if d <= as_of_day]
    expected = _reference(principal, interest, rule, applied, as_of_day)
    assert abs(fee_charged(inst, as_of, rule) - expected) <= 1  # sen rounded per segment, then floored once


@PROPS
@given(histories())
def test_the_fee_never_falls_as_days_pass(history):
    principal, interest, rule, _payments, as_of_day = history
    inst = _installment(principal, interest)
    fees = [fee_charged(inst, DUE + dt.timedelta(days=k), rule) for k in range(0, as_of_day + 1, 5)]
    assert fees == sorted(fees) and all(f == f.to_integral_value() and f >= 0 for f in fees)


@PROPS
@given(st.integers(1_000_000, 50_000_000), st.integers(6, 36), st.integers(0, 3_000_000), st.integers(0, 400))
def test_an_advance_applied_on_due_dates_leaves_fees_only_on_what_it_did_not_cover(principal, tenor, held, days):
    start = dt.date(2026, 1, 10)
    schedule = build_schedule(Decimal(principal), Decimal(18), tenor, "flat", start, rounding="1000")
    installments = [_installment(r.principal, r.interest, r.due_date, id_=r.no, no=r.no) for r in schedule.rows]
    held = min(Decimal(held), sum(i.amount for i in installments) - 1)
    loan = Loan(id=1, principal=Decimal(principal), advance_balance=held, last_payment_on=start, disbursed_on=start, allocation_order=
                "fee,interest,principal", late_fee_per_mille=Decimal(5), late_fee_grace_days=3,
                late_fee_cap_pct=Decimal(100), late_fee_cap_amount=None, move_due_off_holidays=False)
    until = start + dt.timedelta(days=days)
    apps = advance_applications(loan, installments, until)
    used = sum((a.used for a in apps), Decimal(0))
    assert used + loan.advance_balance == held and loan.advance_balance >= 0
    for app in apps:
        # every application is dated the due date of what it paid, never later than the day asked for
        assert app.date <= until
        assert all(next(i for i in installments if i.id == p.installment_id).due_date == app.date
                   for p in app.parts)
    # Fully covered installments owe no fee; the first uncovered one owes it only on its uncovered part.
    fees = loan_fees(loan, installments, until)
    for inst in installments:
        if inst.is_paid:
            assert fees.get(inst.id, 0) == 0
    first_open = next((i for i in installments if not i.is_paid and i.due_date < until), None)
    if first_open is not None:
        late = (until - first_open.due_date).days
        # The accrual is kept in sen (rounded half up) and the fee charged is rounded down to the rupiah.
        expected = Decimal(0) if late <= 3 else min(
            (first_open.remaining * Decimal("0.005") * late).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP),
            first_open.amount)
        assert fees.get(first_open.id, Decimal(0)) == expected.quantize(Decimal(1), rounding=ROUND_FLOOR)
