"""Arrears rules: collectibility classes and late fees, as the branch applies them."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from models.loans.loans import LateFeeRule, collectibility, days_past_due, late_fee


@pytest.mark.parametrize("days, bank, multifinance", [
    (0, 1, 1), (1, 2, 1), (30, 2, 1), (31, 2, 2), (90, 2, 2), (91, 3, 3), (120, 3, 3), (121, 4, 4),
    (180, 4, 4), (181, 5, 5), (1000, 5, 5),
])
def test_collectibility_classes_follow_the_chosen_preset(days, bank, multifinance):
    assert collectibility(days, "bank") == bank  # POJK 40/2019
    assert collectibility(days, "multifinance") == multifinance  # Lancar up to 30 days


def test_an_unknown_preset_is_refused():
    with pytest.raises(ValueError):
        collectibility(5, "lenient")


def test_days_past_due_count_from_the_oldest_unpaid_installment():
    due = dt.date(2026, 10, 5)
    assert days_past_due(None, dt.date(2026, 11, 23)) == 0
    assert days_past_due(due, due) == 0
    assert days_past_due(due, dt.date(2026, 11, 23)) == 49


def test_a_motorcycle_installment_ten_days_late_pays_half_a_permille_a_day():
    rule = LateFeeRule(late_fee_per_mille=Decimal("5"), late_fee_grace_days=3)
    # Rp 907.000 overdue for 10 days at 5 ‰ per day = Rp 45.350
    assert late_fee(Decimal("907000"), 10, rule) == Decimal("45350.00")
    # within the grace days nothing is charged
    assert late_fee(Decimal("907000"), 3, rule) == Decimal("0.00")


def test_the_cap_limits_the_fee():
    rule = LateFeeRule(late_fee_per_mille=Decimal("5"), late_fee_cap_pct=Decimal("10"))
    assert late_fee(Decimal("1000000"), 100, rule) == Decimal("100000.00")  # capped at 10 %
    rule = LateFeeRule(late_fee_per_mille=Decimal("5"), late_fee_cap_amount=Decimal("50000"))
    assert late_fee(Decimal("1000000"), 100, rule) == Decimal("50000.00")


def test_fractions_of_a_rupiah_are_never_charged():
    rule = LateFeeRule(late_fee_per_mille=Decimal("1"))
    assert late_fee(Decimal("333333"), 1, rule) == Decimal("333.00")


@given(amount=st.integers(0, 10**10), days=st.integers(0, 2000), per_mille=st.integers(0, 50),
       grace=st.integers(0, 10), cap=st.one_of(st.none(), st.integers(0, 100)))
def test_late_fees_are_never_negative_and_never_exceed_their_cap(amount, days, per_mille, grace, cap):
    rule = LateFeeRule(late_fee_per_mille=Decimal(per_mille), late_fee_grace_days=grace,
                       late_fee_cap_pct=None if cap is None else Decimal(cap))
    fee = late_fee(Decimal(amount), days, rule)
    assert fee >= 0
    assert fee == fee.quantize(Decimal("1"))
    if cap is not None:
        assert fee <= Decimal(amount) * cap / 100
    if days <= grace:
        assert fee == 0
