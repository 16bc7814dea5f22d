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


def test_a_mistyped_phone_number_is_refused_in_english(english):
    """The customer form's phone rules (a mobile prefix, a length counted for the officer) read English."""
    from models.customers.identity import normalize_phone, validate_phone

    exc = _refusal(normalize_phone, "0841 2345 678")
    assert "bukan nomor HP" in str(exc)  # the plain string stays Indonesian
    shown = error_text(exc)
    assert "Prefix 0841 is not a mobile number" in shown and "bukan" not in shown
    shown = error_text(_refusal(normalize_phone, "0812 345"))
    assert "10–13 digits" in shown and "(now 7)" in shown
    assert "required" in message(validate_phone("  ")[0].message)
    assert "Only Indonesian numbers" in message(validate_phone("+44 20 7946 0958")[0].message)


def test_the_drawer_count_and_the_allowance_policy_are_refused_in_english(english):
    """Pure validators of the cashier's close and the allowance policy: several errors, each English."""
    from models.accounting.allowance import Policy, validate_policy
    from models.cashier.cashier_close import count_total

    shown = error_text(_refusal(count_total, {"3000": 2, "50000": -1}))
    assert "unknown denomination: 3000" in shown
    assert "Rp 50000 notes/coins must be a whole number" in shown and "lembar" not in shown
    errors = validate_policy(Policy(method="aging", class_rates={1: 1, 2: 5, 3: 15, 4: 50, 5: 101},
                                    stage_rates={1: 1, 2: 5, 3: 100}, lgd=150))
    texts = [message(e.message) for e in errors]
    assert "unknown allowance (CKPN) method: 'aging'" in texts
    assert "rate 5: 0–100 % with at most two decimals" in texts and "a percentage 0–100" in texts


def test_the_collection_settings_and_the_amount_ceiling_speak_english(english, db):
    from models.collections.collections import validate_collection_settings
    from models.core.limits import amount_errors

    errors = validate_collection_settings({"collections.promise_max_days": "dua", "nonsense.key": 1})
    texts = [message(e.message) for e in errors]
    assert "must be a whole number" in texts and "unknown setting" in texts
    (error,) = amount_errors("10" * 10, "Pokok pinjaman")
    shown = message(error.message)
    assert "exceeds the limit of Rp" in shown and "for one amount" in shown and "melebihi" not in shown
    assert "melebihi batas" in str(error.message)  # the import's error workbook keeps the Indonesian text


def test_a_draft_application_cannot_be_submitted_and_says_so_in_english(english, demo_db):
    """The application's state machine: a draft without a survey names its number, its status and the step."""
    from models.core.users import User
    from models.credit.applications import Application, IllegalTransition, submit_application

    app = Application.select().where(Application.status == "draft").first()
    officer = User.get_by_id(app.created_by_id)
    exc = _refusal(submit_application, officer, app)
    assert isinstance(exc, IllegalTransition) and "isi hasil survei dulu" in str(exc)
    shown = error_text(exc)
    assert f"Application {app.number} is " in shown and "enter the survey results first" in shown
    assert "Pengajuan" not in shown


@pytest.mark.parametrize("nik, english_part", [("3273013102900001", "date 31/02/90 does not exist in the calendar"),
                                               ("3273017201900001", "day 72 is impossible (01–31 for men"),
                                               ("3273011213900001", "month 13 is impossible")])
def test_an_impossible_birth_date_in_a_nik_is_explained_in_english(english, nik, english_part):
    """The NIK's birth-date part: the outer sentence and the inner reason are both translated."""
    from models.customers.identity import validate_nik

    (error,) = validate_nik(nik, today=dt.date(2026, 3, 1)).errors
    shown = message(error.message)
    assert english_part in shown and "tidak" not in shown


def test_a_stopped_job_says_nothing_was_saved_in_english(english):
    from models.core.progress import Cancelled

    assert str(Cancelled()) == "dibatalkan: tidak ada yang disimpan"
    assert message(Cancelled().message) == "cancelled: nothing was saved"


def test_the_approval_panel_s_repayment_capacity_reads_english(english):
    """Rp 2.100.000 against a net Rp 6.000.000 is 35 %, above a 30 % limit; no income at all says so."""
    from models.core.money import D
    from models.credit.applications import compute_capacity

    over = compute_capacity(D(2100000), D(30), income_main=D(7500000), household_expenses=D(1500000))
    assert "MELEBIHI batas" in over.text()
    shown = message(over.text())
    assert shown.startswith("installment Rp 2.100.000 = 35") and "of net income Rp 6.000.000" in shown
    assert "ABOVE the limit 30" in shown and "batas" not in shown
    assert message(compute_capacity(D(900000), D(30)).text()) == "net income is insufficient (zero or negative)"
