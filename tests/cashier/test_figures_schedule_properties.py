"""Issue 13, items 6 and 7 as properties over random loans: whole-rupiah rules give whole-rupiah schedules whose
installments are all positive, and flat interest totals exactly principal × rate × tenor.
"""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from models.core.errors import ValidationError
from models.core.money import D, round_money
from models.products.loanmath import PERIODS_PER_YEAR, Frequency, Method, build_schedule

PROPS = settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def whole_rupiah_loans(draw):
    tenor = draw(st.integers(1, 120))
    # From a tiny cooperative loan (a few rupiah per installment) up to a car loan.
    principal = draw(st.one_of(st.integers(tenor, tenor * 2_000), st.integers(1_000_000, 1_500_000_000)))
    return dict(principal=D(principal), annual_rate=Decimal(draw(st.integers(0, 4800))) / 100, tenor=tenor,
                method=draw(st.sampled_from(list(Method))), frequency=draw(st.sampled_from(list(Frequency))),
                rounding=draw(st.sampled_from(["0", "100", "1000", "n100", "floor"])),
                grace=draw(st.integers(0, min(tenor - 1, 6))),
                start=date(2024, 1, 1) + timedelta(days=draw(st.integers(0, 900))))


def _build(terms):
    t = dict(terms)
    per_period = t["principal"] * t["annual_rate"] / 100 / PERIODS_PER_YEAR[t["frequency"]]
    try:
        return build_schedule(t.pop("principal"), t.pop("annual_rate"), t.pop("tenor"), t.pop("method"),
                              t.pop("start"), **t)
    except ValidationError as refused:
        # Only an interest-only period that earns less than a rupiah (an installment of Rp 0) is refused.
        assert refused.errors[0].field == "grace" and terms["grace"] and per_period < 1
        assume(False)


@PROPS
@given(whole_rupiah_loans())
def test_no_installment_is_zero_or_less_and_the_tenor_is_kept(terms):
    s = _build(terms)
    assert len(s.rows) == terms["tenor"]
    assert all(r.installment > 0 for r in s.rows)
    assert sum((r.principal for r in s.rows), D(0)) == terms["principal"]
    assert s.rows[-1].principal > 0  # the last installment absorbs the difference, it is never empty


@PROPS
@given(whole_rupiah_loans())
def test_whole_rupiah_rules_give_whole_rupiah_installments_and_parts(terms):
    s = _build(terms)
    amortising = s.rows[terms["grace"]:]
    if all(r.principal > 0 for r in amortising) and s.installment == s.installment.to_integral_value():
        for r in s.rows:
            for x in (r.installment, r.principal, r.interest):
                assert x == x.to_integral_value(), (r, terms)


@PROPS
@given(whole_rupiah_loans().filter(lambda t: t["method"] is Method.FLAT))
def test_flat_total_interest_is_principal_times_rate_times_tenor(terms):
    s = _build(terms)
    ppy = PERIODS_PER_YEAR[terms["frequency"]]
    exact = terms["principal"] * terms["annual_rate"] / 100 / ppy * terms["tenor"]
    assert s.total_interest == round_money(exact, "0")
    assert s.total_payable == terms["principal"] + s.total_interest
