"""Titipan back to the customer: the last installment overpaid, the change handed back with a supervisor's nod."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

import models.cashier.checks  # noqa: F401  (registers the cashier's checks)
from models.cashier import payments as pay
from models.core.audit import AuditLog
from models.core.checks import run_checks
from models.core.errors import PermissionDenied, ValidationError
from models.core.idempotency import new_key
from models.ledger.chart import chart_roles
from models.ledger.journals import Journal, balance
from models.loans.loans import Installment, Loan
from reports.cash_report import cash_report
from tests.payments_helpers import disburse

PAID_ON = dt.date(2026, 2, 28)


@pytest.fixture
def overpaid(ready_db, staff):
    """A 2-installment loan paid in full on the first due date with Rp 50.000 too much: closed, titipan held."""
    loan = disburse(principal="2000000", tenor=2)
    owed = sum((i.amount for i in Installment.select().where(Installment.loan == loan.id)), Decimal(0))
    pay.post_payment(staff.kasir, loan, owed + Decimal("50000"), PAID_ON, idempotency_key=new_key())
    loan = Loan.get_by_id(loan.id)
    assert loan.status == "paid_off" and loan.advance_balance == Decimal("50000")
    return loan


def _books_agree():
    assert [(r.name, r.problems) for r in run_checks() if not r.ok] == []


def test_the_cashier_hands_back_the_overpayment_with_the_supervisors_approval(overpaid, staff):
    titipan = chart_roles()["overpayments"]
    held_before = balance(titipan)
    result = pay.refund_advance(staff.kasir, overpaid, Decimal("50000"), PAID_ON, approved_by=staff.spv,
                                approver_password="angsur-demo",
                                reason="kelebihan bayar angsuran terakhir", idempotency_key=new_key())
    assert result.voucher_no.startswith("BKK/BDG/2026/") and result.amount == Decimal("50000")
    assert result.advance_left == Decimal("0") and Loan.get_by_id(overpaid.id).advance_balance == Decimal("0")
    assert held_before - balance(titipan) == Decimal("50000")  # the liability is gone
    journal = Journal.get(Journal.number == result.journal_number)
    assert journal.source == "refund" and journal.reference == result.voucher_no
    assert [(r.journal_number, r.voucher_no, r.amount, r.method, r.cashier) for r in pay.refunds_of(overpaid)] \
        == [(journal.number, result.voucher_no, Decimal("50000"), "cash", staff.kasir.full_name)]
    last = AuditLog.select().order_by(AuditLog.seq.desc()).first()
    assert (last.action, last.username) == ("payment.refund", "kasir") and "spv" in last.after
    _books_agree()


def test_the_days_cash_report_shows_the_money_that_left_the_drawer(overpaid, staff):
    pay.refund_advance(staff.kasir, overpaid, Decimal("20000"), PAID_ON, approved_by=staff.spv,
                       approver_password="angsur-demo",
                       reason="kelebihan transfer", idempotency_key=new_key())
    report = cash_report(PAID_ON)
    out_table = next(t for t in report if t.title == "Pengeluaran Kas")
    assert any(r["source"] == "Pengembalian titipan" and r["amount"] == Decimal("20000") for r in out_table.rows)


def test_a_refund_by_transfer_is_paid_from_the_bank(overpaid, staff):
    bank = chart_roles()["bank"]
    before = balance(bank)
    pay.refund_advance(staff.kasir, overpaid, Decimal("50000"), PAID_ON, "transfer", approved_by=staff.spv,
                       approver_password="angsur-demo",
                       reason="kelebihan transfer", idempotency_key=new_key())
    assert [r.method for r in pay.refunds_of(overpaid)] == ["transfer"]
    assert before - balance(bank) == Decimal("50000")
    _books_agree()


def test_a_double_click_pays_out_once(overpaid, staff):
    key = new_key()
    first = pay.refund_advance(staff.kasir, overpaid, Decimal("30000"), PAID_ON, approved_by=staff.spv,
                               approver_password="angsur-demo",
                               reason="kelebihan bayar", idempotency_key=key)
    again = pay.refund_advance(staff.kasir, overpaid, Decimal("30000"), PAID_ON, approved_by=staff.spv,
                               approver_password="angsur-demo",
                               reason="kelebihan bayar", idempotency_key=key)
    assert again.replayed and again.voucher_no == first.voucher_no
    assert Loan.get_by_id(overpaid.id).advance_balance == Decimal("20000")


@pytest.mark.parametrize("amount, date, reason, method, field", [
    ("60000", PAID_ON, "kelebihan", "cash", "amount"),           # more than the Rp 50.000 held
    ("0", PAID_ON, "kelebihan", "cash", "amount"),
    ("10000", PAID_ON, "  ", "cash", "reason"),
    ("10000", dt.date(2026, 2, 27), "kelebihan", "cash", "date"),  # before the payment that made the titipan
    ("10000", dt.date.today() + dt.timedelta(days=1), "kelebihan", "cash", "date"),
    ("10000", PAID_ON, "kelebihan", "payment_point", "method"),  # a payment point takes money, never pays out
])
def test_a_wrong_refund_names_the_field_and_pays_nothing(overpaid, staff, amount, date, reason, method, field):
    before = Journal.select().count()
    with pytest.raises(ValidationError) as err:
        pay.refund_advance(staff.kasir, overpaid, Decimal(amount), date, method, approved_by=staff.spv,
                           approver_password="angsur-demo",
                           reason=reason, idempotency_key=new_key())
    assert field in {e.field for e in err.value.errors}
    assert Journal.select().count() == before and Loan.get_by_id(overpaid.id).advance_balance == Decimal("50000")


def test_no_refund_without_a_supervisor_other_than_the_cashier(overpaid, staff):
    with pytest.raises(PermissionDenied):
        pay.refund_advance(staff.kasir, overpaid, Decimal("50000"), PAID_ON, approved_by=staff.kasir,
                           reason="kelebihan", idempotency_key=new_key())
    with pytest.raises(PermissionDenied, match="empat mata"):
        pay.refund_advance(staff.spv, overpaid, Decimal("50000"), PAID_ON, approved_by=staff.spv,
                           approver_password="angsur-demo",
                           reason="kelebihan", idempotency_key=new_key())
    assert Loan.get_by_id(overpaid.id).advance_balance == Decimal("50000")


def test_the_payment_behind_a_refunded_titipan_can_no_longer_be_reversed(overpaid, staff):
    payment = pay.Payment.get(pay.Payment.loan == overpaid.id)
    pay.refund_advance(staff.kasir, overpaid, Decimal("50000"), PAID_ON, approved_by=staff.spv,
                       approver_password="angsur-demo",
                       reason="kelebihan", idempotency_key=new_key())
    with pytest.raises(pay.DomainError, match="sudah dikembalikan"):
        pay.reverse_payment(staff.kacab, payment, "salah input")
    assert pay.Payment.get_by_id(payment.id).status == "posted"
    _books_agree()


# ------------------------------------------------------------------------------------------------ at the desk
def _loan_view(qtbot, user):
    from conftest import session_for

    from ui.loans.loan_view import LoanView

    view = LoanView(session_for(user))
    qtbot.addWidget(view)
    return view


def test_the_cashier_refunds_from_the_loan_view_once_the_supervisor_logs_in(qtbot, overpaid, staff, errors):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from models.demo.build import DEMO_PASSWORD

    view = _loan_view(qtbot, staff.kasir)
    view.set_loan(overpaid)
    assert view.refund_button.isEnabled() and view.fields["advance"].text() == "Rp 50.000"
    dialog = view.refund_advance(exec_dialog=False)
    assert dialog.amount.value() == Decimal("50000")  # the whole titipan is offered
    qtbot.keyClicks(dialog.reason, "kelebihan bayar angsuran terakhir")
    qtbot.keyClicks(dialog.username, "spv")
    qtbot.keyClicks(dialog.password, "salah-sandi")
    assert not dialog.submit() and errors  # a wrong password pays nothing, the form stays open
    assert Loan.get_by_id(overpaid.id).advance_balance == Decimal("50000")
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, DEMO_PASSWORD)
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok), Qt.LeftButton)
    assert dialog.result is not None and Loan.get_by_id(overpaid.id).advance_balance == Decimal("0")
    assert dialog.result.voucher_no in view.notice.text()
    assert view.payments_model.rows[0][0] == dialog.result.voucher_no
    assert view.payments_model.rows[0][2] == Decimal("-50000") and view.payments_model.rows[0][3] == "Tunai"
    assert view.fields["advance"].text() == "Rp 0" and not view.refund_button.isEnabled()
    _books_agree()


def test_no_refund_button_for_a_loan_without_titipan_or_a_user_without_the_till(qtbot, overpaid, staff):
    nothing_held = disburse("BDG/2026/00002")
    view = _loan_view(qtbot, staff.kasir)
    view.set_loan(nothing_held)
    assert not view.refund_button.isEnabled()
    officer = _loan_view(qtbot, staff.cmo1)  # an officer sees the titipan but never pays out of the till
    officer.set_loan(overpaid)
    assert officer.fields["advance"].text() == "Rp 50.000" and not officer.refund_button.isEnabled()
