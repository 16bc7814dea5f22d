"""The money rules: Decimal only, one rounding function, integer sen in the database, Indonesian display."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from models.core.money import (
    D, MoneyError, MoneyField, ROUNDING_RULES, format_amount, format_rupiah, from_minor, parse_rupiah, round_money, to_minor,
)

amounts = st.decimals(min_value=Decimal("-1e13"), max_value=Decimal("1e13"), places=2, allow_nan=False,
                      allow_infinity=False)


def test_floats_never_become_money():
    with pytest.raises(MoneyError, match="floating point"):
        D(0.1)
    with pytest.raises(MoneyError):
        D(True)
    with pytest.raises(MoneyError):
        D("Rp sejuta")
    assert D("1250000.50") == Decimal("1250000.50") and D(7) == Decimal(7)


@pytest.mark.parametrize("value, rule, expected", [
    ("906666.67", "1000", "907000.00"),   # installment rounded up to Rp 1.000
    ("906001", "1000", "907000.00"),
    ("907000", "1000", "907000.00"),      # already round: unchanged
    ("906666.67", "100", "906700.00"),
    ("0.005", "sen", "0.01"),              # half up to the sen
    ("0.004", "sen", "0.00"),
    ("1249.5", "0", "1250.00"),
    ("45350.99", "floor", "45350.00"),     # late fees: never a fraction the office cannot collect
])
def test_round_money_applies_the_named_rule(value, rule, expected):
    assert round_money(value, rule) == Decimal(expected)


def test_an_unknown_rule_is_refused():
    with pytest.raises(MoneyError, match="unknown rounding rule"):
        round_money("1", "500")


@given(amount=amounts, rule=st.sampled_from(sorted(ROUNDING_RULES)))
def test_rounding_lands_on_the_step_and_moves_less_than_one_step(amount, rule):
    spec = ROUNDING_RULES[rule]
    rounded = round_money(amount, rule)
    assert rounded % spec.step == 0
    assert abs(rounded - amount) < spec.step
    if spec.code in ("100", "1000"):
        assert rounded >= amount  # "up to" means never less


@given(amount=amounts)
def test_sen_round_trip_through_the_database_is_exact(amount):
    assert from_minor(to_minor(amount)) == amount
    assert isinstance(to_minor(amount), int)


def test_more_precision_than_a_sen_is_refused_not_rounded_silently():
    with pytest.raises(MoneyError, match="round it"):
        to_minor(Decimal("10.005"))
    with pytest.raises(MoneyError, match="float"):
        from_minor(10.5)
    assert from_minor(None) == Decimal("0.00")  # SUM over no rows


@pytest.mark.parametrize("value, text", [
    ("1250000", "Rp 1.250.000"), ("1250000.5", "Rp 1.250.000,50"), ("0", "Rp 0"), ("999", "Rp 999"),
    ("-1250000", "-Rp 1.250.000"), ("1000000000000", "Rp 1.000.000.000.000"),
])
def test_rupiah_shows_the_indonesian_way(value, text):
    assert format_rupiah(D(value)) == text


@given(amount=amounts)
def test_what_is_shown_reads_back_as_the_same_amount(amount):
    assert parse_rupiah(format_rupiah(amount)) == amount
    assert parse_rupiah(format_amount(amount, 2)) == amount


@pytest.mark.parametrize("text", ["1.5", "12,345,678", "Rp", "", "1.2345", "abc", "1..000"])
def test_ambiguous_or_broken_amounts_are_refused_with_the_rule(text):
    with pytest.raises(MoneyError):
        parse_rupiah(text)


def test_sums_in_sqlite_stay_exact(empty_db):
    """SUM over REAL drifts (0.1 + 0.2); over integer sen it never does."""
    from peewee import Model, fn

    class Pocket(Model):
        amount = MoneyField()

        class Meta:
            database = empty_db
            table_name = "pocket_test"

    empty_db.create_tables([Pocket])
    Pocket.insert_many([{"amount": D("0.10")}, {"amount": D("0.20")}] * 5000).execute()
    total = from_minor(Pocket.select(fn.SUM(Pocket.amount)).scalar())
    assert total == Decimal("1500.00")
    raw = empty_db.execute_sql("SELECT typeof(amount) FROM pocket_test LIMIT 1").fetchone()[0]
    assert raw == "integer"
    empty_db.drop_tables([Pocket])
