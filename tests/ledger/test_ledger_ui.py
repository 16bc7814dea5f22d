"""The ledger screens as the accountant uses them: type a journal, watch the totals, reverse, report, close."""
from __future__ import annotations

import datetime as dt

import pytest

from conftest import session_for
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from models.ledger import journals as ledger
from models.ledger import accounts as accounts_mod
from models.ledger.journals import Journal, post_event, post_journal
from models.ledger.chart import Line
from models.core.money import D

TODAY = dt.date.today()


@pytest.fixture
def books(db, staff):
    accounts_mod.install_default_chart("leasing")
    first = TODAY.replace(day=1)
    post_journal(staff.akuntan, first, "Setoran modal", "opening",
                 [Line("1111", debit=D(50000000)), Line("1101", debit=D(5000000)), Line("3101", credit=D(55000000))])
    post_event(staff.kasir, [("installment_principal", D(800000)), ("installment_interest", D(150000))],
               date=first, description="Angsuran ke-1", source="payment", reference="KW/BDG/2026/000001")
    return staff




def type_money(qtbot, edit, text):
    edit.setFocus()
    qtbot.keyClicks(edit, text)


def test_manual_journal_dialog_shows_live_totals_and_saves_only_when_balanced(qtbot, books, errors):
    from ui.ledger.journal_dialog import COL_CREDIT, COL_DEBIT, JournalDialog

    dialog = JournalDialog(session_for(books.akuntan), date=QDate(TODAY.year, TODAY.month, TODAY.day))
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.keyClicks(dialog.description, "Bayar listrik kantor")
    dialog.set_line(0, "5103")
    dialog.set_line(1, "1101")
    type_money(qtbot, dialog.grid.cellWidget(0, COL_DEBIT), "2350000")
    assert "Rp 2.350.000" in dialog.total_debit.text() and "Selisih: Rp 2.350.000" in dialog.difference.text()
    assert not save.isEnabled()
    type_money(qtbot, dialog.grid.cellWidget(1, COL_CREDIT), "2350000")
    assert dialog.difference.text() == "Seimbang" and save.isEnabled()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.journal is not None and errors == []
    assert ledger.balance("5103") == D(2350000)
    assert [(l.account.code, l.debit, l.credit) for l in dialog.journal.lines] == [
        ("5103", D(2350000), D(0)), ("1101", D(0), D(2350000))]


def test_the_dialog_offers_no_control_account_and_shows_the_domains_refusal(qtbot, books, errors):
    from ui.ledger.journal_dialog import COL_CREDIT, COL_DEBIT, JournalDialog

    dialog = JournalDialog(session_for(books.akuntan), date=QDate(TODAY.year, TODAY.month, TODAY.day))
    qtbot.addWidget(dialog)
    combo = dialog.grid.cellWidget(0, 0)
    offered = {combo.itemData(i) for i in range(combo.count())}
    assert "1101" in offered and not offered & {"1301", "2101", "2102", "1", "11"}
    dialog.set_line(0, "5105")
    dialog.set_line(1, "1101")
    type_money(qtbot, dialog.grid.cellWidget(0, COL_DEBIT), "1000")
    type_money(qtbot, dialog.grid.cellWidget(1, COL_CREDIT), "1000")
    dialog.save()  # no description: the domain refuses, the dialog stays open with the message
    assert dialog.journal is None and "keterangan" in errors[-1]


def test_ledger_page_lists_journals_lazily_and_reverses_a_manual_one(qtbot, qtmodeltester, books, errors):
    from ui.ledger.page import JournalListModel, LedgerPage

    page = LedgerPage(session_for(books.akuntan))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    assert page.journals.rowCount() == 2
    qtmodeltester.check(page.journals)
    wrong = post_journal(books.akuntan, TODAY, "Sewa (salah akun)", "manual",
                         [Line("5101", debit=D(7500000)), Line("1111", credit=D(7500000))])
    page.refresh()
    page.select_journal(wrong.id)
    assert page.lines.rowCount() == 2
    qtmodeltester.check(page.lines)
    reversal = page.reverse_selected("salah akun")
    assert reversal is not None and reversal.reversal_of_id == wrong.id
    assert ledger.balance("5101") == D(0)
    page.search.setText("Angsuran")
    assert page.journals.rowCount() == 1
    assert page.journals.data(page.journals.index(0, JournalListModel.COL_AMOUNT)) == "Rp 950.000"
    assert page.journals.data(page.journals.index(0, JournalListModel.COL_AMOUNT), Qt.ItemDataRole.UserRole) \
        == 95000000
    page.search.clear()
    page.journals.sort(JournalListModel.COL_AMOUNT, Qt.SortOrder.DescendingOrder)
    assert page.journals.data(page.journals.index(0, JournalListModel.COL_AMOUNT)) == "Rp 55.000.000"
    # The payment journal belongs to the cashier's sub-ledger: the page shows the refusal, nothing changes.
    page.select_journal(Journal.get(Journal.source == "payment").id)
    assert page.reverse_selected("coba") is None and "buku pembantu" in errors[-1]


def test_statements_tab_shows_and_exports_the_same_figures(qtbot, qtmodeltester, books, tmp_path):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    from ui.ledger.page import LedgerPage

    page = LedgerPage(session_for(books.akuntan))
    qtbot.addWidget(page)
    page.tabs.setCurrentIndex(2)
    page.statement.setCurrentIndex(page.statement.findData("balance_sheet"))
    table = page.show_statement()
    qtmodeltester.check(page.report)
    assert table.totals["amount"] == 0
    names = [page.report.data(page.report.index(r, 1)) for r in range(page.report.rowCount())]
    assert "JUMLAH ASET" in names and "Laba (Rugi) Tahun Berjalan" in names
    xlsx = page.export_to(str(tmp_path / "neraca.xlsx"))
    values = [c for row in load_workbook(xlsx).active.iter_rows(values_only=True) for c in row if c is not None]
    assert 55150000 in values  # total assets: capital plus the interest received
    page.statement.setCurrentIndex(page.statement.findData("general_ledger"))
    page.account.setCurrentIndex(page.account.findData("1101"))
    page.show_statement()
    assert page.account.isVisible() or not page.isVisible()
    pdf = page.export_to(str(tmp_path / "kas.pdf"))
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Buku Besar" in text and "Rp 5.950.000" in text


def test_periods_tab_closes_and_reopens_with_four_eyes(qtbot, books, errors):
    from ui.ledger.page import LedgerPage

    page = LedgerPage(session_for(books.akuntan))
    qtbot.addWidget(page)
    page.year.setValue(2026)
    page.periods.setCurrentItem(page.periods.topLevelItem(9))  # Oktober
    assert page.close_selected_month()
    assert page.periods.topLevelItem(9).text(1) == "ditutup"
    assert not page.reopen_button.isEnabled()  # the accountant holds no period.reopen
    manager = LedgerPage(session_for(books.manajer))
    qtbot.addWidget(manager)
    manager.periods.setCurrentItem(manager.periods.topLevelItem(9))
    assert manager.reopen_selected_month("faktur terlambat")
    assert not ledger.is_closed(dt.date(2026, 10, 1))
    manager.periods.setCurrentItem(manager.periods.topLevelItem(8))
    assert manager.close_selected_month()
    assert not manager.reopen_selected_month("saya sendiri") and "empat mata" in errors[-1]


def test_settings_tab_adds_and_renames_accounts(qtbot, books, errors):
    from ui.settings.page import discover_tabs
    from ui.settings.accounts_tab import Tab

    assert any(m.__name__ == "ui.settings.accounts_tab" for m in discover_tabs())
    tab = Tab(session_for(books.akuntan))
    qtbot.addWidget(tab)
    tab.tree.select_code("51")
    tab.start_new()
    qtbot.keyClicks(tab.code, "5110")
    qtbot.keyClicks(tab.name, "Beban Pemasaran")
    account = tab.save()
    assert account is not None and account.parent.code == "51" and account.type == "expense"
    tab.tree.select_code("5110")
    tab.name.setText("Beban Promosi dan Pemasaran")
    assert tab.save().name == "Beban Promosi dan Pemasaran"
    tab.tree.select_code("1101")
    tab.active.setChecked(False)
    assert tab.save() is None and "bersaldo" in errors[-1]
    cashier = Tab(session_for(books.kasir))
    qtbot.addWidget(cashier)
    assert not cashier.save_button.isEnabled()


def test_render_the_ledger_page(qtbot, books):
    from ui.ledger.page import LedgerPage

    page = LedgerPage(session_for(books.akuntan))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.tabs.setCurrentIndex(1)
    page.journal_view.selectRow(0)
    qtbot.wait(50)
    assert not page.grab().isNull()
    page.grab().save("/tmp/ledger_journals.png")
    page.tabs.setCurrentIndex(0)
    page.grab().save("/tmp/ledger_chart.png")
    page.tabs.setCurrentIndex(2)
    page.statement.setCurrentIndex(page.statement.findData("trial_balance"))
    page.show_statement()
    page.grab().save("/tmp/ledger_statements.png")
