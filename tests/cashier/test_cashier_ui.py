"""At the counter: the cashier types a few letters, sees what is owed, takes the money and prints the kwitansi."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from conftest import session_for
from PySide6.QtCore import Qt

from models.loans.loans import Loan
from models.cashier.payments import Payment, post_payment
from tests.payments_helpers import disburse


def pdf_text(path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages)


@pytest.fixture
def printed(monkeypatch, tmp_path):
    """The print preview "prints" to a PDF file through its own printer, then saves a copy (no dialog shown)."""
    from PySide6.QtPrintSupport import QPrinter

    from ui.common import printing

    out = []

    def exec_(dialog):
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.PdfFormat)
        target = tmp_path / f"printed-{len(out)}.pdf"
        printer.setOutputFileName(str(target))
        dialog.paintRequested.emit(printer)  # what the preview's print button does
        saved = dialog.save_as(tmp_path / f"saved-{len(out)}.pdf")
        out.append((dialog.path, target, saved))
        return 1

    monkeypatch.setattr(printing.PdfPreviewDialog, "exec", exec_)
    return out


@pytest.fixture
def late_loan(ready_db):
    # Disbursed in March 2026; its first installments are long overdue by today.
    return disburse(start=dt.date.today().replace(day=1) - dt.timedelta(days=200))


def page_for(qtbot, user):
    from ui.cashier.page import CashierPage

    page = CashierPage(session_for(user))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    return page


def test_from_the_search_box_to_the_printed_receipt(qtbot, qtmodeltester, late_loan, staff, printed, errors):
    page = page_for(qtbot, staff.kasir)
    name = late_loan.customer.full_name
    qtbot.keyClicks(page.search, name.split()[0][:4])
    qtbot.waitUntil(lambda: page.results_model.rowCount() > 0, timeout=3000)
    qtmodeltester.check(page.results_model)
    row = next(r for r in range(page.results_model.rowCount()) if page.results_model.key(r) == late_loan.id)
    page.pick_row(row)
    # What is owed shows before any money is accepted.
    assert page.counter.overdue_count >= 5 and page.counter.late_fees > 0
    assert "Denda" in page.owed.text() and "Tunggakan" in page.owed.text()
    assert page.view.schedule_model.rowCount() == 24
    qtmodeltester.check(page.view.schedule_model)
    qtbot.mouseClick(page.all_button, Qt.LeftButton)
    assert page.amount.value() == page.counter.all_arrears
    expected = page.counter.all_arrears
    page.grab().save("/tmp/cashier_page.png")
    qtbot.mouseClick(page.post_button, Qt.LeftButton)
    assert errors == []
    payment = Payment.get()
    assert payment.amount == expected and payment.cashier_id == staff.kasir.id
    loan = Loan.get_by_id(late_loan.id)
    assert loan.oldest_unpaid_due >= dt.date.today()  # brought up to date
    assert len(printed) == 1
    source, target, saved = printed[0]
    assert target.stat().st_size > 1000 and saved.exists()
    assert payment.receipt_no in pdf_text(saved)
    assert page.today_model.rowCount() == 1
    qtmodeltester.check(page.today_model)
    # Pressing "Terima" again on an empty form posts nothing.
    qtbot.mouseClick(page.post_button, Qt.LeftButton)
    assert Payment.select().count() == 1


def test_one_installment_and_a_payoff_from_the_quick_buttons(qtbot, late_loan, staff, printed, errors):
    page = page_for(qtbot, staff.kasir)
    page.set_loan(late_loan)
    qtbot.mouseClick(page.one_button, Qt.LeftButton)
    page.post()
    assert Payment.select().count() == 1 and errors == []
    qtbot.mouseClick(page.payoff_button, Qt.LeftButton)
    assert "PELUNASAN" in page.mode_label.text()
    page.post()
    assert errors == []
    assert Loan.get_by_id(late_loan.id).status == "settled_early"
    assert not page.post_button.isEnabled()


def test_a_supervisor_reverses_from_the_loan_view(qtbot, late_loan, staff, errors):
    result = post_payment(staff.kasir, late_loan, Decimal("500000"), dt.date.today(), idempotency_key="k")
    from ui.loans.loan_view import LoanView

    view = LoanView(session_for(staff.kacab))
    qtbot.addWidget(view)
    view.set_loan(late_loan)
    view.tabs.setCurrentIndex(1)
    view.payments_table.selectRow(0)
    assert view.reverse_selected("salah kontrak")
    assert Payment.get_by_id(result.payment_id).status == "reversed"
    assert "Dibatalkan" in view.payments_model.rows[0][5]


def test_a_cashier_cannot_reverse(qtbot, late_loan, staff):
    from ui.loans.loan_view import LoanView

    view = LoanView(session_for(staff.kasir))
    qtbot.addWidget(view)
    assert not view.reverse_button.isEnabled()


def test_the_loans_page_lists_arrears_computed_in_sql(qtbot, qtmodeltester, ready_db, staff):
    from ui.loans.page import COL_COLL, COL_CONTRACT, COL_DPD, LoansPage

    late = disburse("BDG/2026/00001", start=dt.date.today() - dt.timedelta(days=200))
    current = disburse("BDG/2026/00002", start=dt.date.today() - dt.timedelta(days=10))
    page = LoansPage(session_for(staff.kacab))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    model = page.model
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    rows = {model.data(model.index(r, COL_CONTRACT)): r for r in range(2)}
    late_dpd = model.data(model.index(rows[late.contract_no], COL_DPD), Qt.UserRole + 1)
    from models.loans.loans import days_past_due

    assert late_dpd == days_past_due(late.oldest_unpaid_due, dt.date.today()) > 90
    assert model.data(model.index(rows[current.contract_no], COL_DPD), Qt.UserRole + 1) == 0
    assert model.data(model.index(rows[current.contract_no], COL_COLL)).startswith("1 ")
    page.klass.setCurrentIndex(2)  # class 3-5 only
    assert model.rowCount() == 1 and model.loan_id(0) == late.id
    page.table.sortByColumn(COL_DPD, Qt.SortOrder.DescendingOrder)
    page.klass.setCurrentIndex(0)
    assert model.loan_id(0) == late.id
    page.grab().save("/tmp/loans_page.png")
    dialog = page.open_row(0, exec_dialog=False)
    qtbot.addWidget(dialog)
    assert dialog.view.schedule_model.rowCount() == 24


def test_a_supervisor_logs_in_at_the_counter_to_waive_the_late_fee(qtbot, late_loan, staff, printed, errors,
                                                                   monkeypatch):
    from models.demo.build import DEMO_PASSWORD
    from ui.cashier.page import SupervisorDialog

    page = page_for(qtbot, staff.kasir)
    page.set_loan(late_loan)
    fees = page.counter.late_fees
    assert page.waive_button.isEnabled() and fees > 0

    def approve(dialog):
        qtbot.keyClicks(dialog.reason, "nasabah dirawat di rumah sakit")
        qtbot.keyClicks(dialog.username, "kacab")
        qtbot.keyClicks(dialog.password, DEMO_PASSWORD)
        return 1

    monkeypatch.setattr(SupervisorDialog, "exec", approve)
    page.ask_waiver()
    assert page.waiver is not None and page.waiver.approved_by.username == "kacab"
    assert "Denda dihapus" in page.mode_label.text()
    qtbot.mouseClick(page.all_button, Qt.LeftButton)
    assert page.amount.value() == page.counter.all_arrears - fees
    page.post()
    assert errors == []
    payment = Payment.get()
    assert payment.waivers.count() >= 1 and sum(w.amount for w in payment.waivers) == fees
    assert Loan.get_by_id(late_loan.id).late_fee_waived == fees
