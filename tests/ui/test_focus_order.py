"""Every page, tab and form dialog starts with the cursor where the work starts, and Tab goes the way the work goes
(issue 20, item 5).  Each screen is shown, the cursor put on its first field, and Tab pressed through its chain:
the cursor lands on each stated widget in turn and never on a hidden or disabled one."""
from __future__ import annotations

import pytest
from adversarial_helpers import demo_db, demo_template  # noqa: F401 - fixtures
from conftest import session_for
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QRadioButton, QTableWidget, QWidget

from ui.common.page_base import Page


def _usable(widget: QWidget) -> bool:
    """A Tab stop: shown, enabled, taking focus by Tab (an unticked radio button of a group with a ticked one is
    reached with the arrow keys, not Tab: Qt's rule)."""
    if isinstance(widget, QRadioButton) and widget.autoExclusive() and not widget.isChecked():
        group = widget.group()
        siblings = group.buttons() if group is not None else [
            w for w in widget.parentWidget().findChildren(QRadioButton) if w.parentWidget() is widget.parentWidget()]
        if any(b.isChecked() for b in siblings):
            return False
    return widget.isVisible() and widget.isEnabled() and bool(widget.focusPolicy() & Qt.TabFocus)


def _owner(chain: list[QWidget], focused: QWidget | None) -> QWidget | None:
    """The chain entry holding the focus (an editable combo box's line edit, a date field's inner edit …)."""
    if focused in chain:
        return focused
    for widget in chain:
        if focused is not None and widget.isAncestorOf(focused):
            return widget
    return focused


def walk(qtbot, window: QWidget, owner: QWidget) -> list[QWidget]:
    """Show ``window``, put the cursor on ``owner``'s first field and press Tab through its chain.

    Returns:
        The widgets the cursor landed on, in order.
    """
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    expected = [w for w in owner.tab_chain if _usable(w)]
    assert expected, "the chain has usable widgets"
    if _usable(owner.first_focus):
        assert expected[0] is owner.first_focus
    else:  # a page of several tabs: the first usable field of the tab on show
        assert not isinstance(owner, Page) or owner.focus_widget() is expected[0]
    expected[0].setFocus(Qt.TabFocusReason)
    qtbot.waitUntil(lambda: _owner(expected, QApplication.focusWidget()) is expected[0], timeout=2000)
    landed = [expected[0]]
    for _ in expected[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        # Tab first walks a date field's day, month and year, and a grid's cell editors (Qt's own behaviour).
        for _inside in range(60):
            if not isinstance(landed[-1], (QDateTimeEdit, QTableWidget)) or \
                    _owner(expected, QApplication.focusWidget()) is not landed[-1]:
                break
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None and focused.isVisible() and focused.isEnabled(), focused
        landed.append(_owner(expected, focused))
    names = lambda ws: [w.objectName() or type(w).__name__ for w in ws]  # noqa: E731
    assert landed == expected, (names(landed), names(expected))
    return landed


def _page(qtbot, page):
    qtbot.addWidget(page)
    return page


def test_the_customers_page_starts_in_the_search_box(qtbot, ready_db, staff):
    from ui.customers.page import CustomersPage

    page = _page(qtbot, CustomersPage(session_for(staff.kacab)))
    landed = walk(qtbot, page, page)
    assert landed[0] is page.search and landed[1] is page.officer_filter and page.table in landed
    assert page.focus_widget() is page.search


@pytest.mark.parametrize("username", ["kasir", "cmo1"])
def test_the_loans_page_goes_from_search_through_the_filters_to_the_list(qtbot, ready_db, staff, username):
    from ui.loans.page import LoansPage

    page = _page(qtbot, LoansPage(session_for(getattr(staff, username))))
    landed = walk(qtbot, page, page)
    assert landed[:3] == [page.search, page.status, page.klass] and landed[-1] is page.table
    # An officer without the export right: the greyed-out button is not a stop.
    assert (page.export_button in landed) == page.export_button.isEnabled()


def test_the_applications_page_starts_in_the_search_box(qtbot, ready_db, staff):
    from ui.credit.applications_page import ApplicationsPage

    page = _page(qtbot, ApplicationsPage(session_for(staff.cmo1)))
    landed = walk(qtbot, page, page)
    assert landed[:4] == [page.search, page.new_button, page.statuses, page.table]


def test_the_quote_follows_the_dealer_s_question(qtbot, ready_db, staff):
    from ui.credit.quote_page import QuotePage

    page = _page(qtbot, QuotePage(session_for(staff.cmo1)))
    landed = walk(qtbot, page, page)
    assert landed[0] is page.product and landed.index(page.otr) < landed.index(page.rate) < landed.index(page.table)
    # Only one of the two down-payment fields is open at a time; the closed one is skipped.
    assert (page.dp_pct in landed) != (page.dp_amount in landed)


def test_the_ledger_journals_tab(qtbot, ready_db, staff):
    from ui.ledger.page import LedgerPage

    page = _page(qtbot, LedgerPage(session_for(staff.akuntan)))
    page.tabs.setCurrentIndex(1)
    landed = walk(qtbot, page, page)
    assert landed[:4] == [page.journal_from, page.journal_to, page.source, page.search]
    assert page.tree not in landed  # on another tab


def test_the_month_end_tab_and_the_reports_tabs(qtbot, ready_db, staff):
    from ui.ledger.page import LedgerPage
    from ui.reports.page import ReportsPage

    ledger = _page(qtbot, LedgerPage(session_for(staff.akuntan)))
    ledger.tabs.setCurrentWidget(ledger.month_end)
    landed = walk(qtbot, ledger, ledger.month_end)
    assert landed[0] is ledger.month_end.month and ledger.month_end.preview_button in landed
    reports = _page(qtbot, ReportsPage(session_for(staff.kacab)))
    assert reports.focus_widget() is reports.statements.contract
    landed = walk(qtbot, reports, reports.statements)
    assert landed[-1] is reports.statements.print_button
    reports.tabs.setCurrentWidget(reports.cash)
    assert walk(qtbot, reports, reports.cash) == [reports.cash.date, reports.cash.cashier, reports.cash.print_button]


def test_the_limits_tabs_run_through_their_rows_to_save(qtbot, ready_db, staff):
    from ui.settings import approval_limits_tab, limits_tab

    tab = _page(qtbot, limits_tab.Tab(session_for(staff.admin)))
    assert walk(qtbot, tab, tab) == [tab.ceiling, tab.username, tab.password, tab.approver_may_disburse,
                                     tab.save_button]
    tab = _page(qtbot, approval_limits_tab.Tab(session_for(staff.admin)))
    landed = walk(qtbot, tab, tab)
    # Role by role: the amount (skipped while "tanpa batas" is ticked), its box; then "Simpan".
    rows = [w for edit, box in tab.rows.values() for w in (edit, box) if w.isEnabled()]
    assert landed == rows + [tab.save_button] and len(rows) >= 3


def test_a_form_dialog_starts_in_its_first_field_and_tabs_row_by_row(qtbot, ready_db, staff):
    from ui.savings.page import ApproveDialog, MoveDialog, ResignDialog, TxnDialog

    dialog = TxnDialog("Setor", "Rekening 01", withdrawal=True, can_backdate=False)
    qtbot.addWidget(dialog)
    landed = walk(qtbot, dialog, dialog)
    assert landed == [dialog.amount, dialog.method, dialog.memo, dialog.username, dialog.password]  # no date
    dialog = MoveDialog("Pindah", [("Rekening 02", 2)], "Ke", can_backdate=True)
    qtbot.addWidget(dialog)
    assert walk(qtbot, dialog, dialog) == [dialog.target, dialog.amount, dialog.date, dialog.username,
                                           dialog.password]
    dialog = ApproveDialog("Setujui", "catatan")
    qtbot.addWidget(dialog)
    assert walk(qtbot, dialog, dialog) == [dialog.reason, dialog.username, dialog.password]
    dialog = ResignDialog()
    qtbot.addWidget(dialog)
    assert walk(qtbot, dialog, dialog) == [dialog.status, dialog.reason, dialog.username, dialog.password]


def test_a_shown_dialog_puts_the_cursor_in_its_first_field(qtbot, ready_db):
    from ui.savings.page import TxnDialog

    dialog = TxnDialog("Setor", "Rekening 01", withdrawal=False, can_backdate=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.amount, timeout=2000)


def _app(status: str):
    from models.credit.applications import Application

    return Application.select().where(Application.status == status).order_by(Application.id).first()


DIALOGS = {
    "customer form": lambda s: __import__("ui.customers.customer_form", fromlist=["x"]).CustomerFormDialog(s),
    "application form": lambda s: __import__("ui.credit.application_form", fromlist=["x"]).ApplicationForm(s),
    "survey form": lambda s: __import__("ui.credit.survey_form", fromlist=["x"]).SurveyForm(s, _app("draft")),
    "approval": lambda s: __import__("ui.credit.approval_dialog", fromlist=["x"]).ApprovalDialog(
        s, _app("submitted")),
    "journal": lambda s: __import__("ui.ledger.journal_dialog", fromlist=["x"]).JournalDialog(s),
    "collections assignment": lambda s: __import__("ui.collections.page", fromlist=["x"]).AssignDialog(s, None),
    "collections settings": lambda s: __import__("ui.collections.page", fromlist=["x"]).SettingsDialog(s),
    "new member": lambda s: __import__("ui.savings.page", fromlist=["x"]).JoinDialog(),
}


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_each_dialog_tabs_through_its_fields_in_reading_order(qtbot, demo_db, name):
    from models.core.users import User

    from ui.common.focus import layout_fields

    dialog = DIALOGS[name](session_for(User.get(User.username == "kacab")))
    qtbot.addWidget(dialog)
    landed = walk(qtbot, dialog, dialog)
    assert len(landed) >= 2
    # Reading order: the chain is the layout's order, so a later row is never reached before an earlier one.
    fields = layout_fields(dialog)
    positions = [fields.index(w) for w in landed if w in fields]  # a grid's cell editors are its own business
    assert positions == sorted(positions) and len(positions) >= 2
    assert not landed[0].inherits("QTextBrowser")  # the cursor starts in something to fill in


@pytest.mark.parametrize("page_path, username", [
    ("ui.collections.page:CollectionsPage", "kolektor"),
    ("ui.savings.page:SavingsPage", "kasir"),
    ("ui.settings.page:SettingsPage", "admin"),
])
def test_the_pages_read_in_layout_order_start_on_their_first_field(qtbot, demo_db, page_path, username):
    import importlib

    from models.core.users import User

    module, name = page_path.split(":")
    page = _page(qtbot, getattr(importlib.import_module(module), name)(
        session_for(User.get(User.username == username))))
    owner = page
    if name == "SettingsPage":  # each settings tab carries its own chain
        owner = page.tabs.currentWidget()
    landed = walk(qtbot, page, owner)
    assert len(landed) >= 2 and landed[0] is page.focus_widget() or name == "SettingsPage"


def test_every_settings_tab_has_a_tab_chain_without_hidden_stops(qtbot, demo_db):
    from models.core.users import User
    from ui.common.page_base import LoadFailedPanel
    from ui.settings.page import SettingsPage

    page = _page(qtbot, SettingsPage(session_for(User.get(User.username == "admin"))))
    walked = 0
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        tab = page.tabs.widget(index)
        assert not isinstance(tab, LoadFailedPanel)
        if any(_usable(w) for w in tab.tab_chain) or not tab.isVisible():
            walk(qtbot, page, tab)
            walked += 1
    assert walked >= 8


def test_the_loan_view_tabs_through_its_buttons(qtbot, demo_db):
    from models.core.users import User
    from models.loans.loans import Loan
    from ui.loans.loan_view import LoanView

    view = LoanView(session_for(User.get(User.username == "kacab")))
    qtbot.addWidget(view)
    view.set_loan(Loan.select().order_by(Loan.id).first())
    landed = walk(qtbot, view, view)
    assert view.schedule_table in landed


def test_the_cashier_tabs_from_search_through_the_value_date_to_posting(qtbot, ready_db, staff):
    """Found by the new-user trial: the early-transfer value date could not be reached by Tab, and Tab moved
    cell by cell through a list without leaving it."""
    import datetime as dt

    from tests.payments_helpers import disburse
    from ui.cashier.page import CashierPage

    loan = disburse(start=dt.date.today().replace(day=1) - dt.timedelta(days=200))
    page = _page(qtbot, CashierPage(session_for(staff.kasir)))
    page.resize(1280, 720)
    page.show()
    qtbot.keyClicks(page.search, loan.customer.full_name.split()[0][:4])
    qtbot.waitUntil(lambda: page.results_model.rowCount() > 0, timeout=3000)
    page.pick_row(next(r for r in range(page.results_model.rowCount()) if page.results_model.key(r) == loan.id))
    page.value_check.setChecked(True)  # an early transfer: the date field opens
    landed = walk(qtbot, page, page)
    order = [page.search, page.results, page.amount, page.method, page.reference, page.value_check,
             page.value_date, page.post_button]
    assert [w for w in landed if w in order] == order
    assert not page.results.tabKeyNavigation() and not page.today_table.tabKeyNavigation()
