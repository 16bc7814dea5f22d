"""Refusals composed in models/ read English in the English UI (issue 20, item 6), and stay Indonesian in
Indonesian (and in logs and printed documents, which see the plain string)."""
from __future__ import annotations

import datetime as dt

import pytest
from adversarial_helpers import demo_db, demo_template  # noqa: F401 - fixtures

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


@pytest.mark.parametrize("lang, said, not_said", [("id", "buku pembantunya", "sub-ledger"),
                                                   ("en", "sub-ledger", "buku pembantu")])
def test_the_month_end_reconciliation_preview_speaks_the_ui_s_language(qtbot, qapp, ready_db, staff, lang, said,
                                                                       not_said):
    """A fresh user's trial: the Indonesian month-end preview printed the checks' English text."""
    from conftest import session_for

    from models.core.money import D
    from models.ledger.subledgers import register_subledger, unregister_subledger
    from models.accounting.month_end import STEPS
    from ui.common.i18n import install_translations
    from ui.ledger.month_end import MonthEndTab

    install_translations(qapp, lang)
    register_subledger("pinjaman-uji", ["1301"], lambda: D(18400000))  # a sub-ledger that disagrees
    try:
        tab = MonthEndTab(session_for(staff.akuntan))
        qtbot.addWidget(tab)
        tab.refresh()  # the steps are listed when the tab is shown
        tab.steps.setCurrentCell(STEPS.index("reconcile"), 0)
        tab.show_preview()
        text = tab.problems.text()
        assert "pinjaman-uji" in text and said in text and not_said not in text
    finally:
        unregister_subledger("pinjaman-uji")
        install_translations(qapp, "id")


def test_the_indonesian_survey_names_the_five_c_in_indonesian(qtbot, demo_db):
    """A fresh user's trial: the Indonesian survey panel read "Character (watak)"."""
    from PySide6.QtWidgets import QLabel

    from models.core.users import User
    from models.credit.applications import Application
    from ui.common.session import Session
    from ui.credit.survey_form import SurveyForm

    app = Application.select().where(Application.status == "draft").first()
    form = SurveyForm(Session(User.get(User.username == "cmo1"), "x.db"), app)
    qtbot.addWidget(form)
    texts = " ".join(w.text() for w in form.findChildren(QLabel))
    assert "Karakter (watak)" in texts and "Kapasitas" in texts and "Jaminan" in texts
    assert "Character" not in texts and "Capacity" not in texts and "Collateral" not in texts
