"""The cashier's whole counter transaction from the keyboard alone: search, pick, fill, post, print.

The cashier logs in and lands on Kasir with the cursor in the search box; she types part of the name, Enter
picks the loan and moves the cursor to the amount, Alt+2 fills "semua tunggakan", Ctrl+Enter posts and the
receipt's print preview opens.  No mouse click anywhere.
"""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from tests.cashier.test_cashier_ui import pdf_text, printed  # noqa: F401  (the print preview fixture)

from models.cashier.payments import Payment
from tests.payments_helpers import disburse
from ui.common.session import Session
from ui.shell.main_window import MainWindow


@pytest.fixture
def late_loan(ready_db):
    return disburse(start=dt.date.today().replace(day=1) - dt.timedelta(days=120))


def test_a_payment_from_search_to_printed_receipt_without_the_mouse(qtbot, late_loan, staff, printed, errors):
    window = MainWindow(Session(staff.kasir, "test.db"))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    page = window.page("cashier")
    assert window.stack.currentWidget() is page  # the cashier starts at the counter
    assert window.focusWidget() is page.search  # … with the cursor in the search box

    qtbot.keyClicks(window.focusWidget(), late_loan.contract_no[-8:])  # "26/00001": part of the number
    qtbot.waitUntil(lambda: page.results_model.rowCount() > 0, timeout=3000)
    qtbot.keyClick(window.focusWidget(), Qt.Key_Return)
    assert page.loan is not None and page.loan.id == late_loan.id
    assert window.focusWidget() is page.amount

    qtbot.keyClick(window.focusWidget(), Qt.Key_2, Qt.AltModifier)  # "Semua tunggakan"
    owed = page.counter.all_arrears
    assert owed > 0 and page.amount.value() == owed
    qtbot.keyClick(window.focusWidget(), Qt.Key_Return, Qt.ControlModifier)
    assert errors == []
    payment = Payment.get()
    assert (payment.loan_id, payment.amount, payment.cashier_id) == (late_loan.id, owed, staff.kasir.id)
    assert len(printed) == 1
    _source, target, saved = printed[0]
    assert target.stat().st_size > 1000  # what the printer received
    assert payment.receipt_no in pdf_text(saved)


def test_tab_follows_the_work_at_the_counter(qtbot, ready_db, staff):
    from conftest import session_for

    from ui.cashier.page import CashierPage

    page = CashierPage(session_for(staff.kasir))
    qtbot.addWidget(page)
    page.show()
    chain = [page.search]
    widget = page.search
    for _ in range(9):  # the date field counts twice (its own line edit)
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.TabFocus):
            widget = widget.nextInFocusChain()
        chain.append(widget)
    # search, results, amount, method, reference, the early-transfer value date, then posting
    assert chain[:3] == [page.search, page.results, page.amount]
    assert chain.index(page.method) < chain.index(page.reference) < chain.index(page.value_check) \
        < chain.index(page.value_date) < chain.index(page.post_button)
