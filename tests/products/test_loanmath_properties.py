"""Properties every schedule must keep, over thousands of random loans the office could book.

Whatever the product (method, frequency, rounding rule, grace), the customer repays exactly the principal, never
sees a negative figure, and the effective rate is the one that makes the cash flows worth what was received.
"""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import numpy_financial as npf
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from models.core.errors import ValidationError
from models.core.money import ROUNDING_RULES, D, money_sum, round_money
from models.products.loanmath import PERIODS_PER_YEAR, Frequency, Method, build_schedule, irr, npv, pmt

FAST = settings(max_examples=800, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def loans(draw, methods=tuple(Method)):
    # Mostly realistic principals, sometimes tiny ones where a coarse rounding step repays the loan early.
    principal_sen = draw(st.one_of(st.integers(100_000_00, 2_000_000_000_00), st.integers(1, 50_000_00)))
    rate = Decimal(draw(st.integers(0, 6000))) / 100  # 0,00 % .. 60,00 % per year
    tenor = draw(st.integers(1, 360))
    assume(principal_sen >= tenor)  # below a sen of principal per installment the schedule is refused
    return dict(
        principal=Decimal(principal_sen) / 100,
        annual_rate=rate,
        tenor=tenor,
        method=draw(st.sampled_from(methods)),
        start=date(2020, 1, 1) + timedelta(days=draw(st.integers(0, 3650))),
        frequency=draw(st.sampled_from(list(Frequency))),
        rounding=draw(st.sampled_from(sorted(ROUNDING_RULES))),
        grace=draw(st.integers(0, min(tenor - 1, 12))),
    )


def build(terms: dict):
    terms = dict(terms)
    try:
        return _build(terms)
    except ValidationError as refused:
        # An interest-only period that earns nothing would be an installment of Rp 0 (issue 13): refused.
        assert refused.errors[0].field == "grace" and terms["grace"] > 0
        assume(False)


def _build(terms: dict):
    return build_schedule(terms.pop("principal"), terms.pop("annual_rate"), terms.pop("tenor"),
                          terms.pop("method"), terms.pop("start"), **terms)


@FAST
@given(loans())
def test_principal_is_repaid_exactly_and_nothing_is_negative(terms):
    s = build(terms)
    assert len(s.rows) == terms["tenor"]
    assert money_sum(r.principal for r in s.rows) == terms["principal"]
    assert s.rows[-1].balance == 0
    balance = terms["principal"]
    for r in s.rows:
        assert r.interest >= 0 and r.principal >= 0 and r.installment >= 0 and r.balance >= 0
        assert r.installment == r.principal + r.interest
        balance -= r.principal
        assert r.balance == balance
        if r.no <= terms["grace"]:
            assert r.principal == 0
    assert s.total_payable == s.total_interest + terms["principal"]
    dates = [r.due_date for r in s.rows]
    assert dates == sorted(set(dates)) and dates[0] > terms["start"]


@FAST
@given(loans(methods=(Method.ANNUITY,)))
def test_annuity_installment_matches_pmt_before_rounding(terms):
    s = build(terms)
    ppy = PERIODS_PER_YEAR[terms["frequency"]]
    i = terms["annual_rate"] / 100 / ppy
    n = terms["tenor"] - terms["grace"]
    exact = pmt(i, n, terms["principal"])
    expected = -npf.pmt(float(i), n, float(terms["principal"])) if i else float(terms["principal"]) / n
    assert abs(float(exact) - expected) < 1
    # Rounded by the product's rule, or rounded the other way where that would leave an installment without
    # principal (issue 13, item 7).
    assert s.installment == round_money(exact, terms["rounding"]) or s.installment <= exact


@settings(max_examples=800, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(loans(), st.integers(0, 99))
def test_flows_are_worth_what_was_received_at_the_effective_rate(terms, fee_percent):
    fee = round_money(terms["principal"] * fee_percent / 1000)  # 0 .. 9,9 % admin/provision deducted
    s = build(dict(terms, upfront_costs=fee))
    received = terms["principal"] - fee
    flows = [r.installment for r in s.rows]
    r = irr(received, flows)
    assert abs(npv(r, received, flows)) < D(1)
    ppy = PERIODS_PER_YEAR[terms["frequency"]]
    assert abs(s.effective_annual_rate - r * ppy * 100) <= D("0.00005")
    if fee == 0 and s.total_interest == 0:
        assert s.effective_annual_rate == 0
    if fee > 0 or s.total_interest > 0:
        assert s.effective_annual_rate > 0
