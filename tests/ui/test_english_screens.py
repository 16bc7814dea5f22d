"""The branch switched to English sees English: column headers, statuses, options and the side panels.

The strings that lupdate could not see (headers built from lists, wrappers around translate()) and the option and
status labels that come from models/ (which never imports Qt) are the ones that used to stay Indonesian; these
tests open the real screens on a database with loans and applications and read what the office would read.
"""
from __future__ import annotations

import datetime as dt

import pytest
from conftest import session_for
from PySide6.QtCore import Qt

from tests.payments_helpers import disburse


@pytest.fixture
def english(qapp):
    from ui.common.i18n import install_translations

    assert install_translations(qapp, "en") == "en"
    try:
        yield
    finally:
        install_translations(qapp, "id")


def _headers(model) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            for c in range(model.columnCount())]


def _combo(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def _on_screen(qtbot, page):
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    return page


def test_the_loans_page_and_the_loan_account_in_english(english, ready_db, staff, qtbot):
    from ui.loans.page import COL_COLL, COL_CONTRACT, COL_STATUS, LoansPage

    late = disburse("BDG/2026/00001", start=dt.date.today() - dt.timedelta(days=200))
    page = _on_screen(qtbot, LoansPage(session_for(staff.kacab)))
    model = page.model
    # Days past due and collectibility come right after the figure (issue 20: no scrolling to see arrears).
    assert _headers(model) == ["Contract no.", "Customer", "Outstanding principal", "Days past due",
                               "Collectibility", "Status", "Oldest due date", "Installment", "Principal",
                               "Product", "Officer"]
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, COL_CONTRACT)) == late.contract_no)
    assert model.data(model.index(row, COL_STATUS)) == "Active"
    klass = model.data(model.index(row, COL_COLL))
    assert klass.split(" ", 1)[1] in {"Current", "Special mention", "Substandard", "Doubtful", "Loss"}, klass
    statuses = _combo(page.status)
    assert statuses[:3] == ["Active", "Paid off", "Paid off early"] and "Lunas" not in statuses
    assert "5 Loss" in _combo(page.klass)
    page.grab().save("/tmp/en_loans.png")

    dialog = page.open_row(row, exec_dialog=False)
    qtbot.addWidget(dialog)
    view = dialog.view
    assert _headers(view.schedule_model) == ["No.", "Due date", "Installment", "Principal", "Interest", "Paid",
                                             "Late fee paid", "Remaining", "Status"]
    assert _headers(view.payments_model) == ["Receipt no.", "Date", "Amount", "Payment method", "Cashier",
                                             "Status"]
    assert view.fields["status"].text() == "Active"
    assert view.fields["collectibility"].text() == klass
    quote = [view.quote_form.itemAt(r, view.quote_form.ItemRole.LabelRole).widget().text()
             for r in range(view.quote_form.rowCount())]
    assert "Outstanding principal" in quote and "Sisa pokok" not in quote, quote
    dialog.resize(1100, 700)
    dialog.grab().save("/tmp/en_loan_view.png")


def test_the_applications_page_and_its_side_panel_in_english(english, ready_db, staff, qtbot):
    from tests.credit.test_applications import submitted
    from ui.credit.applications_page import COL_STATUS, ApplicationsPage

    app = submitted(staff)  # a motorcycle order, surveyed by cmo1 and submitted for approval
    page = _on_screen(qtbot, ApplicationsPage(session_for(staff.kacab)))
    assert _headers(page.model) == ["Number", "Date", "Customer", "Product", "Dealer", "Principal", "Installment",
                                    "Term", "Status", "Officer"]
    page.select(app.id)
    row = page.model.row_of(app.id)
    assert page.model.data(page.model.index(row, COL_STATUS)) == "Submitted"
    filters = [page.statuses.item(i).text() for i in range(page.statuses.count())]
    assert any(f.startswith("Submitted (") for f in filters) and not any(f.startswith("Diajukan") for f in filters)
    side = page.detail.toPlainText()
    for english_text in ("Customer", "Amount financed", "Survey", "Repayment capacity", "Eligible for approval",
                         "Status history", "Submitted", "Dealer"):
        assert english_text in side, english_text
    for indonesian in ("Pokok dibiayai", "Riwayat status", "Layak disetujui", "Diajukan", "Kemampuan bayar"):
        assert indonesian not in side, indonesian
    assert "Approval rate" in page.dealer_box.toPlainText()
    page.grab().save("/tmp/en_applications.png")


def test_back_in_indonesian_the_same_cells_read_indonesian(ready_db, staff, qtbot):
    """label() is the identity without a translator: the Indonesian screens are exactly what they were."""
    from ui.loans.page import COL_STATUS, LoansPage

    disburse("BDG/2026/00001", start=dt.date.today() - dt.timedelta(days=10))
    page = LoansPage(session_for(staff.kacab))
    qtbot.addWidget(page)
    assert page.model.data(page.model.index(0, COL_STATUS)) == "Aktif"
    assert _headers(page.model)[2:6] == ["Sisa pokok", "Hari tunggak", "Kolektibilitas", "Status"]
