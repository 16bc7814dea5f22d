"""Installment schedules as the office meets them: a CMO quoting a motorcycle, a car, a cooperative loan."""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import numpy_financial as npf
import pytest

from models.core.errors import ValidationError
from models.core.money import D, money_sum, round_money
from models.products.loanmath import (
    Frequency,
    Method,
    Schedule,
    add_months,
    build_schedule,
    due_dates,
    effective_rate,
    irr,
    npv,
    pmt,
    schedule_command,
    validate_terms,
)

REPO = Path(__file__).resolve().parents[2]


def principal_parts(s: Schedule) -> Decimal:
    return money_sum(r.principal for r in s.rows)


# ------------------------------------------------------------------------- hand-worked flat quotes

def test_cmo_quotes_a_motorcycle_flat_18_percent_rounded_up_to_a_thousand():
    # Honda at the dealer: OTR Rp 20.000.000, the buyer puts Rp 4.000.000 down.
    otr, dp = D(20_000_000), D(4_000_000)
    s = build_schedule(otr - dp, D(18), 24, Method.FLAT, date(2024, 3, 15), rounding="1000")

    # 16.000.000 x 18 % / 12 = 240.000 interest every month; 16.000.000 / 24 = 666.666,67 principal.
    assert all(r.interest == D("240000.00") for r in s.rows)
    assert s.installment == D("907000.00")  # 906.666,67 rounded up to the next thousand
    for r in s.rows[:-1]:
        assert r.installment == D(907_000) and r.principal == D(667_000)
    # 23 x 667.000 = 15.341.000 paid; the last installment takes the remaining 659.000 plus interest.
    last = s.rows[-1]
    assert last.principal == D(659_000) and last.installment == D(899_000) and last.balance == D(0)
    assert principal_parts(s) == D(16_000_000)
    assert s.total_interest == D(5_760_000)
    assert s.total_payable == D(23 * 907_000 + 899_000)
    assert [r.due_date for r in s.rows[:3]] == [date(2024, 4, 15), date(2024, 5, 15), date(2024, 6, 15)]


def test_car_loan_flat_with_admin_fee_raises_the_effective_rate():
    # Avanza OTR 250.000.000, DP 25 % -> principal 187.500.000, flat 6,5 % for 48 months, rounded up to Rp 100.
    principal = D(250_000_000) - D(62_500_000)
    plain = build_schedule(principal, D("6.5"), 48, "flat", date(2024, 1, 10), rounding="100")
    monthly_interest = round_money(principal * D("6.5") / 100 / 12)
    assert monthly_interest == D("1015625.00")
    expected = round_money(principal / 48 + monthly_interest, "100")
    assert expected == D("4921900.00")  # 3.906.250 + 1.015.625 = 4.921.875 -> up to 4.921.900
    assert plain.installment == expected
    assert principal_parts(plain) == principal and plain.rows[-1].balance == 0
    # 47 rows each repaid Rp 25 more principal than 1/48th, so the last one is 48 x Rp 25 below the regular.
    assert plain.rows[-1].installment == expected - 48 * D(25)

    with_fee = build_schedule(principal, D("6.5"), 48, "flat", date(2024, 1, 10), rounding="100",
                              upfront_costs=D(2_500_000))
    assert with_fee.rows == plain.rows  # the fee is deducted at disbursement, not added to installments
    assert with_fee.effective_annual_rate > plain.effective_annual_rate
    flows = [-(principal - D(2_500_000))] + [r.installment for r in with_fee.rows]
    assert abs(float(with_fee.effective_annual_rate) - npf.irr([float(f) for f in flows]) * 1200) < 0.0005


def test_cooperative_loan_one_percent_flat_per_month_for_ten_months():
    # Koperasi member borrows Rp 5.000.000 at 1 % a month flat (12 % a year), 10 months, to the rupiah.
    s = build_schedule(D(5_000_000), D(12), 10, Method.FLAT, date(2024, 7, 1), rounding="0")
    assert [r.interest for r in s.rows] == [D(50_000)] * 10
    assert [r.installment for r in s.rows] == [D(550_000)] * 10
    assert [r.balance for r in s.rows][:3] == [D(4_500_000), D(4_000_000), D(3_500_000)]
    assert s.total_interest == D(500_000) and s.total_payable == D(5_500_000)


def test_flat_18_percent_over_12_months_is_about_31_7_percent_effective():
    s = build_schedule(D(12_000_000), D(18), 12, Method.FLAT, date(2024, 1, 5))
    assert s.installment == D(1_180_000)
    expected = npf.rate(12, -1_180_000, 12_000_000, 0) * 1200
    assert abs(float(s.effective_annual_rate) - expected) < 0.0001
    assert D("31.6") < s.effective_annual_rate < D("31.8")  # DOMAIN.md: "about 31,7 %"
    assert s.effective_annual_rate.as_tuple().exponent == -4


def test_effective_rate_agrees_with_numpy_financial_rate_on_flat_cash_flows():
    for principal, rate, tenor in [(16_000_000, 18, 24), (9_500_000, 24, 36), (2_000_000, 30, 6)]:
        s = build_schedule(D(principal), D(rate), tenor, "flat", date(2024, 1, 1))
        flows = [r.installment for r in s.rows]
        expected = npf.irr([-principal] + [float(f) for f in flows]) * 1200
        assert abs(float(s.effective_annual_rate) - expected) < 0.0005
        # and npf.rate on the regular installment (the last differs by sen only)
        assert abs(float(s.effective_annual_rate) - npf.rate(tenor, -float(s.installment), principal, 0) * 1200) \
            < 0.001


def test_weekly_flat_rate_uses_52_weeks_and_weekly_due_dates():
    s = build_schedule(D(2_600_000), D(26), 26, "flat", date(2024, 1, 1), frequency=Frequency.WEEKLY)
    assert s.rows[0].interest == D(13_000)  # 2.600.000 x 26 % / 52
    assert s.rows[0].due_date == date(2024, 1, 8) and s.rows[1].due_date == date(2024, 1, 15)
    b = build_schedule(D(2_600_000), D(26), 13, "flat", date(2024, 1, 1), frequency="biweekly")
    assert b.rows[0].interest == D(26_000) and b.rows[0].due_date == date(2024, 1, 15)


# ------------------------------------------------------------------------------- annuity and EP

ANNUITY_CASES = [  # principal, annual %, months
    (100_000_000, D("11"), 60), (500_000_000, D("9.5"), 360), (25_000_000, D("14.75"), 24),
    (3_000_000, D("36"), 12), (1_000_000_000, D("7.25"), 180), (7_500_000, D("0"), 18),
]


@pytest.mark.filterwarnings("ignore:invalid value encountered:RuntimeWarning")  # npf.pmt at rate 0
@pytest.mark.parametrize("principal,rate,n", ANNUITY_CASES)
def test_annuity_engine_agrees_with_numpy_financial(principal, rate, n):
    i = rate / 100 / 12
    assert abs(float(pmt(i, n, D(principal))) + npf.pmt(float(i), n, principal)) < 1
    s = build_schedule(D(principal), rate, n, Method.ANNUITY, date(2024, 1, 31))
    assert s.installment == round_money(pmt(i, n, D(principal)))
    for r in s.rows[:-1]:
        assert abs(float(r.interest) + float(npf.ipmt(float(i), r.no, n, principal))) < 1
        assert abs(float(r.principal) + float(npf.ppmt(float(i), r.no, n, principal))) < 1
    # The last row absorbs the sen rounding of every installment, compounded over the tenor, and of every
    # interest figure: on 360 months at 9,5 % that is a few rupiah, legitimately.
    growth = float(((1 + i) ** n - 1) / i) if i else n
    absorbed = float(abs(s.installment - pmt(i, n, D(principal)))) * growth + 0.005 * n
    last = s.rows[-1]
    assert abs(float(last.principal) + float(npf.ppmt(float(i), n, n, principal))) <= absorbed + 0.01
    assert principal_parts(s) == D(principal) and s.rows[-1].balance == 0
    # A bank's annuity has no hidden cost: its effective rate is its nominal rate.
    assert abs(s.effective_annual_rate - rate) < D("0.001")
    if rate:
        assert abs(float(rate) - npf.rate(n, -float(s.installment), principal, 0) * 1200) < 0.001


def test_equal_principal_installment_falls_every_month():
    s = build_schedule(D(120_000_000), D(12), 12, Method.EQUAL_PRINCIPAL, date(2024, 1, 15))
    assert all(r.principal == D(10_000_000) for r in s.rows)
    assert s.rows[0].interest == D(1_200_000) and s.rows[1].interest == D(1_100_000)
    assert [r.installment for r in s.rows] == sorted((r.installment for r in s.rows), reverse=True)
    assert s.installment == s.rows[0].installment == D(11_200_000)
    assert s.total_interest == D(1_200_000) * 78 / 12  # 1 % of (12+11+...+1) x 10 jt


def test_grace_periods_are_interest_only_and_principal_amortises_over_the_rest():
    s = build_schedule(D(60_000_000), D(12), 12, Method.ANNUITY, date(2024, 1, 15), grace=3)
    assert [r.principal for r in s.rows[:3]] == [D(0)] * 3
    assert [r.interest for r in s.rows[:3]] == [D(600_000)] * 3
    assert s.installment == round_money(pmt(D("0.01"), 9, D(60_000_000)))
    assert s.rows[3].installment == s.installment and principal_parts(s) == D(60_000_000)
    f = build_schedule(D(60_000_000), D(12), 12, Method.FLAT, date(2024, 1, 15), grace=2)
    assert f.rows[0].installment == D(600_000) and f.rows[2].principal == D(6_000_000)
    assert len(f.rows) == 12


def test_coarse_rounding_on_a_tiny_loan_rounds_the_other_way_and_keeps_its_tenor():
    # Rp 5.000 over 24 months rounded up to Rp 1.000 would repay the principal by the 6th month and leave
    # installments of Rp 0 (issue 13, item 7): the schedule rounds down instead, every installment carries
    # principal, and the last absorbs the difference.
    for method in Method:
        s = build_schedule(D(5_000), D(12), 24, method, date(2024, 1, 1), rounding="1000")
        assert len(s.rows) == 24 and principal_parts(s) == D(5_000)
        assert s.rows[-1].balance == 0
        for r in s.rows:
            assert r.installment > 0 and r.principal > 0 and min(r.interest, r.balance) >= 0
            assert r.installment == r.principal + r.interest
            assert r.installment == r.installment.to_integral_value()  # still whole rupiah


def test_zero_rate_loan_with_coarse_rounding_keeps_positive_installments():
    # The example: Rp 50.000 at 0 % over 9 months, Rp 1.000 rounding; and over 12 months, where rounding
    # up (Rp 5.000 x 10) would have left two installments of Rp 0.
    nine = build_schedule(D(50_000), D(0), 9, "flat", date(2026, 1, 1), rounding="1000")
    assert [r.installment for r in nine.rows] == [D(6_000)] * 8 + [D(2_000)]
    twelve = build_schedule(D(50_000), D(0), 12, "flat", date(2026, 1, 1), rounding="1000")
    assert [r.installment for r in twelve.rows] == [D(4_000)] * 11 + [D(6_000)]


def test_flat_total_interest_is_exact_and_every_part_is_whole_rupiah():
    # Rp 29.750.000 at 22 % flat over 24 months: 1.785.000 x 24, interest exactly 13.090.000 (issue 13, item 6).
    s = build_schedule(D(29_750_000), D(22), 24, "flat", date(2026, 1, 1), rounding="1000")
    assert s.installment == D(1_785_000) and s.total_interest == D(13_090_000)
    assert [r.installment for r in s.rows] == [D(1_785_000)] * 24
    assert all(x == x.to_integral_value() for r in s.rows for x in (r.interest, r.principal))
    assert s.rows[-1].interest == D(13_090_000) - 23 * s.rows[0].interest  # the residue goes to the last row
    # The same loan with Rp 100 and Rp 1 rounding
    for rounding in ("100", "0"):
        t = build_schedule(D(29_750_000), D(22), 24, "flat", date(2026, 1, 1), rounding=rounding)
        assert t.total_interest == D(13_090_000) and t.total_payable == D(42_840_000)


def test_rounding_down_never_books_negative_principal():
    # Interest 0,50 a month on a 100 rupiah loan, rounded down to the rupiah: principal parts must stay >= 0.
    s = build_schedule(D(100), D(6), 360, Method.ANNUITY, date(2024, 1, 1), rounding="floor")
    assert all(r.principal >= 0 for r in s.rows) and principal_parts(s) == D(100)


# ---------------------------------------------------------------------------------------- dates

def test_month_ends_clamp_and_come_back_to_the_31st():
    dates = due_dates(date(2024, 1, 31), 4, Frequency.MONTHLY)
    assert dates == [date(2024, 2, 29), date(2024, 3, 31), date(2024, 4, 30), date(2024, 5, 31)]
    assert due_dates(date(2025, 1, 31), 2)[:2] == [date(2025, 2, 28), date(2025, 3, 31)]
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2024, 2, 29), 1, anchor_day=31) == date(2024, 3, 31)
    assert add_months(date(2024, 11, 30), 3) == date(2025, 2, 28)
    assert add_months(date(2024, 3, 31), -1) == date(2024, 2, 29)


def test_due_dates_anchor_on_an_explicit_first_due_date():
    # Disbursed 20 Jan, the office puts every due date on the 5th.
    assert due_dates(date(2024, 1, 20), 3, "monthly", first_due=date(2024, 3, 5)) == [
        date(2024, 3, 5), date(2024, 4, 5), date(2024, 5, 5)]
    s = build_schedule(D(1_000_000), D(12), 3, "flat", date(2024, 1, 20), first_due=date(2024, 1, 31))
    assert [r.due_date for r in s.rows] == [date(2024, 1, 31), date(2024, 2, 29), date(2024, 3, 31)]


# ----------------------------------------------------------------------------------- validation

def test_validate_terms_reports_every_broken_rule_at_once():
    errors = validate_terms(D(0), D(120), 400, "balloon", "daily", "7", -1)
    assert {e.field for e in errors} == {"principal", "annual_rate", "tenor", "method", "frequency",
                                         "rounding", "grace"}
    assert validate_terms(D(16_000_000), D(18), 24, "flat", "monthly", "1000", 0) == []
    assert validate_terms(D(1), D(0), 1, Method.ANNUITY, Frequency.WEEKLY, "sen", 0) == []


@pytest.mark.parametrize("terms,field", [
    ((D(-5), D(18), 12, 0), "principal"),
    ((D("100000000000.01"), D(18), 12, 0), "principal"),
    ((D("1000.005"), D(18), 12, 0), "principal"),
    ((D(1_000_000), D("-0.5"), 12, 0), "annual_rate"),
    ((D(1_000_000), D("100.01"), 12, 0), "annual_rate"),
    ((D(1_000_000), D(18), 0, 0), "tenor"),
    ((D(1_000_000), D(18), 361, 0), "tenor"),
    ((D(1_000_000), D(18), 12, 12), "grace"),
    ((D(1_000_000), D(18), 12, -1), "grace"),
])
def test_each_rule_refuses_its_own_field(terms, field):
    principal, rate, tenor, grace = terms
    errors = validate_terms(principal, rate, tenor, "flat", "monthly", "sen", grace)
    assert [e.field for e in errors] == [field]
    with pytest.raises(ValidationError) as caught:
        build_schedule(principal, rate, tenor, "flat", date(2024, 1, 1), grace=grace)
    assert caught.value.for_field(field)


def test_build_schedule_refuses_fees_above_the_principal_and_a_first_due_before_start():
    with pytest.raises(ValidationError) as caught:
        build_schedule(D(1_000_000), D(18), 12, "flat", date(2024, 5, 1), first_due=date(2024, 4, 1),
                       upfront_costs=D(1_000_000))
    assert {e.field for e in caught.value.errors} == {"upfront_costs", "first_due"}


def test_irr_and_npv_helpers():
    flows = [D(1_180_000)] * 12
    r = irr(D(12_000_000), flows)
    assert abs(npv(r, D(12_000_000), flows)) < D("0.000001")
    assert effective_rate(D(12_000_000), flows, 12) == (r * 1200).quantize(D("0.0001"))
    assert irr(D(1_200), [D(100)] * 12) == 0
    with pytest.raises(ValueError):
        irr(D(0), flows)


# ------------------------------------------------------------------------------------------ CLI

def cli(**overrides) -> argparse.Namespace:
    args = dict(method="flat", principal="16000000", rate="18", tenor="24", start="2024-01-31",
                frequency=None, rounding="1000", grace=None, json=True)
    args.update(overrides)
    return argparse.Namespace(**args)


def test_cli_json_output_shape(capsys):
    assert schedule_command(cli()) == 0
    out = json.loads(capsys.readouterr().out)
    assert list(out) == ["installment", "effective_annual_rate", "total_interest", "rows"]
    assert out["installment"] == "907000.00" and out["total_interest"] == "5760000.00"
    assert out["effective_annual_rate"] == str(
        build_schedule(D(16_000_000), D(18), 24, "flat", date(2024, 1, 31), rounding="1000").effective_annual_rate)
    assert len(out["rows"]) == 24
    assert out["rows"][0] == {"no": 1, "due_date": "2024-02-29", "installment": "907000.00",
                              "principal": "667000.00", "interest": "240000.00", "balance": "15333000.00"}
    assert out["rows"][-1]["balance"] == "0.00" and out["rows"][-1]["installment"] == "899000.00"


def test_cli_text_table_in_indonesian(capsys):
    assert schedule_command(cli(json=False, principal="Rp 16.000.000", grace="0", rounding=None)) == 0
    text = capsys.readouterr().out
    assert "Pokok pinjaman : Rp 16.000.000" in text and "Jatuh tempo" in text
    assert "29/02/2024" in text and "Bunga efektif" in text and "906.666,67" in text


@pytest.mark.parametrize("override,field", [
    (dict(principal="enam belas juta"), "principal"), (dict(rate="-1"), "annual_rate"),
    (dict(tenor="dua"), "tenor"), (dict(start="31/01/2024"), "start"), (dict(method="balloon"), "method"),
    (dict(rounding="7"), "rounding"), (dict(grace="24"), "grace"),
])
def test_cli_bad_arguments_exit_2_with_one_line(capsys, override, field):
    assert schedule_command(cli(**override)) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {field}: ")


def test_loanmath_loads_no_qt():
    code = "import sys, models.products.loanmath; sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], cwd=REPO).returncode == 0


def test_one_month_annuity_is_principal_plus_one_month_interest_even_rounded_down():
    # Found by hypothesis: (1+i)^-1 is not a terminating decimal, and 100.249,99... floored lost a rupiah.
    s = build_schedule(D(100_000), D(3), 1, Method.ANNUITY, date(2020, 1, 1), rounding="floor")
    assert pmt(D("0.0025"), 1, D(100_000)) == D(100_250)
    assert s.installment == D(100_250) and s.rows[0].installment == D(100_250)
