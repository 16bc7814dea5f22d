"""The pure interest and tax rules (models.savings.savings_interest), each with numbers worked by hand."""
from __future__ import annotations

import datetime as dt

import pytest

from models.core.money import D
from models.savings.savings_interest import (
    average_daily_balance,
    daily_balances,
    early_break_penalty,
    interest_for,
    minimum_balance,
    monthly_interest,
    withholding_tax,
)

FEB = dt.date(2026, 2, 28)


def test_end_of_day_balances_and_the_first_day():
    # 500.000 brought forward; +100.000 on 1 February: every day of February ends at 600.000 or more,
    # so the lowest balance is 600.000 (the 500.000 never stood at the end of a February day).
    moves = [(dt.date(2026, 2, 1), D("100000")), (dt.date(2026, 2, 15), D("-50000")),
             (dt.date(2026, 2, 15), D("20000"))]
    balances = daily_balances(D("500000"), moves, dt.date(2026, 2, 1), FEB)
    assert len(balances) == 28 and balances[0] == D("600000") and balances[14] == D("570000")
    assert minimum_balance(balances) == D("570000")
    # (14 × 600.000 + 14 × 570.000) ÷ 28 = 585.000
    assert average_daily_balance(balances) == D("585000")


def test_february_interest_on_both_bases():
    moves = [(dt.date(2026, 2, 10), D("-200000"))]
    # lowest 800.000 × 4 % × 28 ÷ 365 = 2.454,79 → 2.454
    assert monthly_interest("minimum", D("1000000"), moves, FEB, D("4")).gross == D("2454")
    # average (9 × 1.000.000 + 19 × 800.000) ÷ 28 = 864.285,71;
    # × 4 % × 28 ÷ 365 = 24.200.000 × 4 % ÷ 365 = 2.652,05
    line = monthly_interest("average", D("1000000"), moves, FEB, D("4"))
    assert line.gross == D("2652") and line.days == 28
    assert monthly_interest("none", D("1000000"), moves, FEB, D("4")).gross == 0
    with pytest.raises(ValueError):
        daily_balances(D("0"), [(dt.date(2026, 3, 1), D("1"))], dt.date(2026, 2, 1), FEB)


def test_minimum_earning_balance():
    assert interest_for(D("99999"), D("3"), 30, D("100000")) == 0
    assert interest_for(D("100000"), D("3"), 30, D("100000")) == D("246")  # 246,57 → 246


@pytest.mark.parametrize("month_gross,gross,tax", [
    ("240000", "240000", "0"),           # at the limit: 0 %
    ("240001", "240001", "24000"),       # above: 10 % of the whole 240.001 = 24.000,1 → 24.000
    ("300000", "100000", "10000"),       # a member's second account is taxed at the member's band
    ("200000", "150000", "0"),
    ("246575", "246575", "24658"),       # 24.657,5 → half up
])
def test_withholding_tax_bands(month_gross, gross, tax):
    assert withholding_tax(D(month_gross), D(gross)) == D(tax)


def test_early_break_penalty_settings():
    assert early_break_penalty("principal", D("1"), D("8000000"), D("40767")) == D("80000")
    assert early_break_penalty("interest", D("50"), D("8000000"), D("40767")) == D("20384")
    assert early_break_penalty("principal", D("150"), D("1000"), D("0")) == D("1000")  # never more than principal
    with pytest.raises(ValueError):
        early_break_penalty("flat", D("1"), D("1"), D("1"))
