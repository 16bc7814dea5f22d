"""Contract and disbursement: gap-free contract numbers, the loan and its journal in one transaction, four eyes."""
from __future__ import annotations

import datetime as dt

import pytest

import models.credit.checks  # noqa: F401  (registers the application checks)
from models.core import clock
from models.core.checks import run_checks
from models.core.errors import PermissionDenied, ValidationError
from models.core.money import ZERO, D
from models.credit import applications as apps
from models.credit import disbursement as disbursement_mod
from models.credit.applications import Application, IllegalTransition
from models.credit.disbursement import create_contract, disburse
from models.ledger.journals import Journal, JournalLine, balance
from models.loans.loans import Installment, Loan
from tests.credit.test_applications import good_survey, motor_order, submitted


def approved(staff, **order):
    app = submitted(staff, **order)
    return apps.approve_application(staff.kacab, app)


def failing(results):
    return {r.name: r.problems for r in results if not r.ok}


def test_disbursement_creates_the_loan_and_a_balanced_journal(ready_db, staff):
    app = approved(staff)
    number = create_contract(staff.kacab, app)
    assert number.startswith("BDG/") and Application.get_by_id(app.id).status == "contracted"
    receivable_before = balance("1301")
    loan = disburse(staff.spv, app, dt.date.today(), cash_account="1111")
    app = Application.get_by_id(app.id)
    assert app.status == "disbursed" and app.loan_id == loan.id and app.disbursed_by_id == staff.spv.id
    assert loan.contract_no == number and loan.principal == app.amount_financed
    assert loan.installment_amount == app.installment and loan.dealer_id == app.dealer_id
    rows = list(Installment.select().where(Installment.loan == loan.id).order_by(Installment.no))
    assert len(rows) == 24 and sum((r.principal for r in rows), ZERO) == loan.principal
    assert rows[0].due_date > dt.date.today()
    [journal] = Journal.select().where(Journal.reference == number)
    lines = list(JournalLine.select().where(JournalLine.journal == journal))
    debit = sum((l.debit for l in lines), ZERO)
    credit = sum((l.credit for l in lines), ZERO)
    assert debit == credit and journal.posted_at is not None and journal.source == "disbursement"
    # Loans receivable rose by exactly the outstanding principal; the bank paid out the net amount.
    assert balance("1301") - receivable_before == loan.outstanding_principal
    bank = sum((l.credit - l.debit for l in lines if l.account.code == "1111"), ZERO)
    assert bank == apps.net_disbursement(app) == app.amount_financed - app.admin_fee - app.fiducia_fee - app.insurance
    # One bank line, a credit of what the office paid the dealer; the fees withheld on their own lines (issue 13).
    bank_lines = [l for l in lines if l.account.code == "1111"]
    assert len(bank_lines) == 1 and bank_lines[0].debit == 0 and bank_lines[0].credit == bank
    # the admin fee is deferred (issue 14: effective interest, the leasing default), not income at once
    assert {l.account.code for l in lines if l.credit > 0} >= {"1111", "1305"}
    assert failing(run_checks()) == {}


def test_contract_numbers_are_gap_free_per_branch_and_year(ready_db, staff):
    first = create_contract(staff.kacab, approved(staff))
    second_app = approved(staff)
    second = create_contract(staff.kacab, second_app)
    assert int(second.rsplit("/", 1)[1]) == int(first.rsplit("/", 1)[1]) + 1
    # A refused contract takes no number.
    third_app = approved(staff, chassis_no="")
    with pytest.raises(ValidationError, match="nomor rangka"):
        create_contract(staff.kacab, third_app)
    fourth = create_contract(staff.kacab, approved(staff))
    assert int(fourth.rsplit("/", 1)[1]) == int(second.rsplit("/", 1)[1]) + 1
    # A contract cancelled before disbursement keeps its number: still gap-free.
    disbursement_mod.cancel_application(staff.kacab, second_app, "nasabah membatalkan pembelian")
    assert failing(run_checks()) == {}


def test_illegal_contract_and_disbursement_are_refused(ready_db, staff):
    app = submitted(staff)
    with pytest.raises(IllegalTransition, match="belum disetujui, tidak dapat dicairkan"):
        disburse(staff.kacab, app, dt.date.today())
    with pytest.raises(IllegalTransition, match="kontrak hanya untuk pengajuan yang sudah disetujui"):
        create_contract(staff.kacab, app)
    apps.approve_application(staff.kacab, app)
    with pytest.raises(IllegalTransition, match="buat kontraknya dulu"):
        disburse(staff.spv, app, dt.date.today())
    with pytest.raises(PermissionDenied):
        create_contract(staff.cmo1, app)
    create_contract(staff.kacab, app)
    with pytest.raises(PermissionDenied):
        disburse(staff.kasir, app, dt.date.today())
    assert Loan.select().count() == 0
    with pytest.raises(PermissionDenied, match="yang menyetujui tidak boleh juga mencairkan"):
        disburse(staff.kacab, app, dt.date.today())  # the approver (issue 19: four eyes)
    loan = disburse(staff.manajer, app, dt.date.today())
    with pytest.raises(IllegalTransition, match="Dicairkan"):
        disburse(staff.manajer, app, dt.date.today())
    assert Loan.select().count() == 1 and loan.id


def test_the_submitter_cannot_disburse(ready_db, staff):
    app = apps.create_application(staff.spv, motor_order())
    apps.record_survey(staff.spv, app, good_survey())
    apps.submit_application(staff.spv, app)
    apps.approve_application(staff.kacab, app)
    create_contract(staff.kacab, app)
    with pytest.raises(PermissionDenied, match="empat mata"):
        disburse(staff.spv, app, dt.date.today())
    assert Application.get_by_id(app.id).status == "contracted"
    assert Journal.select().where(Journal.source == "disbursement").count() == 0


def test_a_failed_disbursement_writes_nothing(ready_db, staff):
    app = approved(staff)
    create_contract(staff.kacab, app)
    journals = Journal.select().count()
    with pytest.raises(ValidationError):
        disburse(staff.spv, app, dt.date.today(), cash_account="9999")  # no such account
    assert Loan.select().count() == 0 and Journal.select().count() == journals
    assert Application.get_by_id(app.id).status == "contracted"


def test_counter_offer_disbursed_at_the_new_terms(ready_db, staff):
    app = submitted(staff)
    new = apps.counter_offer(staff.kacab, app, "shorter_tenor", tenor=12)
    create_contract(staff.kacab, new)
    loan = disburse(staff.spv, new, dt.date.today())
    assert loan.tenor == 12 and loan.application_id == new.id
    assert Installment.select().where(Installment.loan == loan.id).count() == 12
    assert failing(run_checks()) == {}


def test_a_back_dated_disbursement_schedules_from_its_date(ready_db, staff):
    moment = dt.datetime(2025, 3, 10, 10, 0)
    with clock.backdated(moment):
        app = approved(staff)
        create_contract(staff.kacab, app)
        loan = disburse(staff.spv, app)
    assert loan.disbursed_on == dt.date(2025, 3, 10) and loan.first_due == dt.date(2025, 4, 10)
    assert loan.contract_no.split("/")[1] == "2025"
    assert failing(run_checks()) == {}


def test_a_cash_loan_without_dealer_is_disbursed_to_the_customer(ready_db, staff):
    from models.customers.customers import Customer
    from models.products.products import LoanProduct

    data = dict(customer=Customer.select().first(), product=LoanProduct.get(LoanProduct.code == "KMK"),
                source="walk_in", otr_price=D(30_000_000), tenor=24, purpose="modal kerja")
    app = apps.create_application(staff.ao1, data)
    apps.record_survey(staff.ao1, app, good_survey())
    apps.submit_application(staff.ao1, app)
    apps.approve_application(staff.kacab, app)
    create_contract(staff.kacab, app)
    loan = disburse(staff.spv, app, dt.date.today(), cash_account="1101")
    assert loan.dealer_id is None and loan.provision == D(300_000)
    assert failing(run_checks()) == {}
