"""Issue 13, item 13: every screen that shows a loan shows it as it is in the database after any action.

Each action is performed from the screens (the cashier's page with its loan view, the supervisor's loan view):
a payment, a payment with a late fee waived at the counter, a reversal, an overpayment and its refund, an early
payoff.  After each, the view's header, its schedule and its payoff tab are compared with the database.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from conftest import session_for
from PySide6.QtCore import Qt

from models.cashier.payments import Payment, loan_position, payoff_quote
from models.core.money import format_rupiah
from models.loans.loans import STATUS_LABELS, Installment, Loan
from tests.payments_helpers import disburse


@pytest.fixture
def printed(monkeypatch):
    """Receipts go to the print preview; here the preview is not shown."""
    monkeypatch.setattr("ui.cashier.page.print_receipt", lambda *a, **k: None)


def assert_view_is_the_database(view):
    from ui.common.labels import label

    loan = Loan.get_by_id(view.loan.id)
    figures = loan_position(loan, view.as_of)
    f = view.fields
    assert f["outstanding"].text() == format_rupiah(loan.outstanding_principal)
    assert f["arrears"].text() == format_rupiah(figures["arrears"])
    assert f["late_fees"].text() == format_rupiah(figures["late_fees"])
    assert f["dpd"].text() == str(figures["days_past_due"])
    assert f["advance"].text() == format_rupiah(loan.advance_balance)
    assert f["status"].text() == label(STATUS_LABELS[loan.status])
    rows = list(Installment.select().where(Installment.loan == loan.id).order_by(Installment.no))
    shown = view.schedule_model.rows
    assert [(r[0], r[2], r[5], r[6], r[7]) for r in shown] == [
        (i.no, i.amount, i.principal_paid + i.interest_paid, i.late_fee_paid, i.remaining) for i in rows]
    form = view.quote_form
    labels = [item.widget().text() for r in range(form.rowCount())
              for role in (form.ItemRole.LabelRole, form.ItemRole.SpanningRole)
              if (item := form.itemAt(r, role)) is not None]
    if loan.status == "active":
        quote = payoff_quote(loan, view.as_of)
        # the last figure of the form (a print button may follow it, issue 16)
        figures = [item.widget().text() for r in range(form.rowCount())
                   if (item := form.itemAt(r, form.ItemRole.FieldRole)) is not None
                   and hasattr(item.widget(), "text") and item.widget().text().startswith("Rp")]
        total = figures[-1]
        assert total == format_rupiah(quote.total)
    else:
        assert any("ditutup" in text for text in labels)
    payments = Payment.select().where(Payment.loan == loan.id)
    assert sorted(r[0] for r in view.payments_model.rows if not str(r[0]).startswith("BKK")) == sorted(
        p.receipt_no for p in payments)


def test_every_action_from_the_screens_leaves_the_view_equal_to_the_database(qtbot, ready_db, staff, printed,
                                                                               errors, monkeypatch):
    from models.demo.build import DEMO_PASSWORD
    from ui.cashier.page import CashierPage, SupervisorDialog
    from ui.loans.loan_view import LoanView

    loan = disburse(start=dt.date.today() - dt.timedelta(days=100))
    page = CashierPage(session_for(staff.kasir))
    qtbot.addWidget(page)
    page.set_loan(loan)
    assert_view_is_the_database(page.view)

    # 1. one installment at the counter
    qtbot.mouseClick(page.one_button, Qt.LeftButton)
    page.post()
    assert errors == []
    assert_view_is_the_database(page.view)

    # 2. the arrears with the late fee waived by the branch head logging in at the counter
    def approve(dialog):
        qtbot.keyClicks(dialog.reason, "nasabah dirawat di rumah sakit")
        qtbot.keyClicks(dialog.username, "kacab")
        qtbot.keyClicks(dialog.password, DEMO_PASSWORD)
        return 1

    monkeypatch.setattr(SupervisorDialog, "exec", approve)
    if page.counter.late_fees > 0:
        page.ask_waiver()
    qtbot.mouseClick(page.all_button, Qt.LeftButton)
    page.post()
    assert errors == []
    assert_view_is_the_database(page.view)

    # 3. the branch head reverses the newest receipt from the loan view (the waiver goes with it)
    boss = LoanView(session_for(staff.kacab))
    qtbot.addWidget(boss)
    boss.set_loan(loan)
    boss.tabs.setCurrentIndex(1)
    boss.payments_table.selectRow(0)
    assert boss.reverse_selected("salah input nominal")
    assert_view_is_the_database(boss)
    page.refresh()
    assert_view_is_the_database(page.view)

    # 3b. a waiver granted on its own, then withdrawn by the branch head from the loan view
    from models.cashier.payments import Waiver, waive_late_fee

    owed = loan_position(Loan.get_by_id(loan.id), boss.as_of)["late_fees"]
    assert owed > 0  # the reversal in step 3 brought the arrears and their fee back
    waive_late_fee(staff.kasir, Loan.get_by_id(loan.id), Waiver(owed, "nasabah sakit", staff.kacab, password="angsur-demo"), boss.as_of)
    boss.refresh()
    assert boss.fields["late_fees"].text() == format_rupiah(Decimal(0))
    assert boss.withdraw_button.isEnabled()
    assert boss.withdraw_waiver("surat sakit tidak sah")
    assert "ditarik" in boss.notice.text() and boss.fields["late_fees"].text() == format_rupiah(owed)
    assert_view_is_the_database(boss)
    page.refresh()

    # 4. an overpayment kept as titipan, then paid back from the loan view with the supervisor's login
    owed = page.counter.all_arrears
    page.amount.setValue(owed + Decimal("100000"))
    page.post()
    assert errors == [] and Loan.get_by_id(loan.id).advance_balance > 0
    assert_view_is_the_database(page.view)
    dialog = page.view.refund_advance(exec_dialog=False)
    qtbot.addWidget(dialog)
    dialog.amount.setValue(Decimal("50000"))
    qtbot.keyClicks(dialog.reason, "nasabah minta kembali sebagian")
    qtbot.keyClicks(dialog.username, "kacab")
    qtbot.keyClicks(dialog.password, DEMO_PASSWORD)
    assert dialog.submit()
    assert errors == []
    assert_view_is_the_database(page.view)

    # 5. early payoff from the quick button
    qtbot.mouseClick(page.payoff_button, Qt.LeftButton)
    page.post()
    assert errors == [] and Loan.get_by_id(loan.id).status == "settled_early"
    assert_view_is_the_database(page.view)
    page.resize(1280, 800)
    page.grab().save("/tmp/i13_after_payoff.png")


def test_the_administrator_seeds_and_edits_the_holiday_calendar(qtbot, ready_db, staff, errors):
    from models.core.office_calendar import Holiday, next_working_day
    from ui.settings.holidays_tab import Tab

    tab = Tab(session_for(staff.admin))
    qtbot.addWidget(tab)
    tab.year.setValue(2026)
    assert tab.model.rowCount() > 10  # seeded from the holidays package when the database was created
    assert tab.seed() == 0 and errors == []
    assert any(r[1] == "Hari Kemerdekaan Republik Indonesia" for r in tab.model.rows)
    # The government adds a day of cuti bersama: the office types it in.
    tab.date.setDate(dt.date(2026, 8, 18))
    tab.name.setText("Cuti bersama Hari Kemerdekaan")
    assert tab.save() and errors == []
    assert Holiday.get(Holiday.date == dt.date(2026, 8, 18)).kind == "cuti_bersama"
    assert next_working_day(dt.date(2026, 8, 17)) == dt.date(2026, 8, 19)
    # ... and later switches it off again.
    tab.active.setChecked(False)
    assert tab.save()
    assert next_working_day(dt.date(2026, 8, 17)) == dt.date(2026, 8, 18)
    tab.resize(900, 600)
    tab.grab().save("/tmp/i13_holidays.png")
