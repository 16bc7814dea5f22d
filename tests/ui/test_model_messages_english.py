"""Refusals composed in models/ read English in the English UI (issue 20, item 6), and stay Indonesian in
Indonesian (and in logs and printed documents, which see the plain string)."""
from __future__ import annotations

import datetime as dt

import pytest

from models.core.errors import DomainError, ValidationError
from models.core.money import MoneyError, parse_rupiah, to_minor
from ui.common.dialogs import error_text
from ui.common.labels import message


@pytest.fixture
def english(qapp):
    from ui.common.i18n import install_translations

    assert install_translations(qapp, "en") == "en"
    yield
    install_translations(qapp, "id")


def _refusal(fn, *args) -> DomainError:
    with pytest.raises(DomainError) as caught:
        fn(*args)
    return caught.value


def test_a_mistyped_amount_is_refused_in_english(english):
    exc = _refusal(parse_rupiah, "12,5,0")
    assert "bukan jumlah uang" in str(exc)  # the string itself stays Indonesian (logs, printed documents)
    shown = message(exc.message)
    assert "is not an amount" in shown and "12,5,0" in shown and "bukan" not in shown
    assert "empty" in message(_refusal(parse_rupiah, "  ").message)
    assert "too large" in message(_refusal(to_minor, "10" * 12).message)


def test_the_month_end_and_collectibility_rules_are_english(english, db):
    from models.accounting.month_end import parse_month
    from models.loans.collectibility import validate_bounds

    exc = _refusal(parse_month, "2026/03")
    assert isinstance(exc, ValidationError)
    assert "YYYY-MM" in error_text(exc) and "ditulis" not in error_text(exc)
    errors = validate_bounds([(2, 30)])
    assert errors and "first class" in message(errors[0].message).lower()


def test_indonesian_stays_indonesian(qapp):
    from ui.common.i18n import install_translations

    install_translations(qapp, "id")
    assert "bukan jumlah uang" in message(_refusal(parse_rupiah, "abc").message)
    assert isinstance(_refusal(parse_rupiah, "abc"), MoneyError) and dt.date.today()
