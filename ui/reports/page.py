"""The Laporan page: the reports area.  Each tab picks what to print and opens the print preview, where the user
prints or saves the PDF; long runs (a batch of statements) run off the window's thread with progress and cancel.

The reports themselves are data-first functions in reports/; this page only collects the choices.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.common.page_base import Page, set_focus_chain


def _date_edit(day: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setDate(QDate(day or dt.date.today()))
    return edit


def _narrow_form(tab: QWidget) -> QFormLayout:
    """A form at reading width on the left of a wide tab (at 1280 px the fields and the print button ran the
    whole width of the window, a metre of empty date field)."""
    outer = QHBoxLayout(tab)
    inner = QWidget()
    inner.setMaximumWidth(760)
    form = QFormLayout(inner)
    form.setContentsMargins(0, 0, 0, 0)
    column = QVBoxLayout()
    column.addWidget(inner)
    column.addStretch(1)
    outer.addLayout(column, 1)
    outer.addStretch(0)
    return form


def _button_row(button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(button)
    row.addStretch(1)
    return row


class StatementsTab(QWidget):
    """Kartu angsuran: one contract, one officer's loans, one region's, or every active loan."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        form = _narrow_form(self)
        self.choice = QButtonGroup(self)
        self.one = QRadioButton(self.tr("Satu kontrak"))
        self.by_officer = QRadioButton(self.tr("Semua pinjaman aktif seorang petugas"))
        self.by_region = QRadioButton(self.tr("Semua pinjaman aktif satu wilayah"))
        self.all = QRadioButton(self.tr("Semua pinjaman aktif"))
        for i, b in enumerate((self.one, self.by_officer, self.by_region, self.all)):
            self.choice.addButton(b, i)
        self.one.setChecked(True)
        self.contract = QLineEdit()
        self.contract.setPlaceholderText(self.tr("No. kontrak, mis. BDG/2026/00001"))
        self.officer = QComboBox()
        from models.core.users import officers

        for user in officers():
            self.officer.addItem(user.full_name, user.username)
        # The officers' work areas are offered; any region code may be typed (32.73 city, 32.73.05 district).
        from models.customers.work_areas import all_areas, area_name

        self.region = QComboBox()
        self.region.setEditable(True)
        for code in all_areas():
            self.region.addItem(f"{code} {area_name(code)}", code)
        self.region.setCurrentIndex(-1)
        self.region.lineEdit().setPlaceholderText(
            self.tr("Kode wilayah, mis. 32.73 (kota) atau 32.73.05 (kecamatan)"))
        self.as_of = _date_edit()
        form.addRow(self.one, self.contract)
        form.addRow(self.by_officer, self.officer)
        form.addRow(self.by_region, self.region)
        form.addRow(self.all)
        form.addRow(self.tr("Posisi per"), self.as_of)
        self.print_button = QPushButton(self.tr("Cetak kartu angsuran…"))
        self.print_button.setObjectName("primary")
        self.print_button.clicked.connect(self.print_statements)
        form.addRow(_button_row(self.print_button))
        self.status = QLabel()
        form.addRow(self.status)
        # The radio buttons are reached with the arrow keys (Qt's Tab stops on the checked one only).
        set_focus_chain(self, self.contract, self.officer, self.region, self.as_of, self.print_button)

    def selection(self) -> dict:
        which = self.choice.checkedId()
        if which == 0:
            return {"contract": self.contract.text().strip()}
        if which == 1:
            return {"officer": self.officer.currentData()}
        if which == 2:
            text = self.region.currentText().strip()
            return {"region": text.split()[0] if text else ""}
        return {"all_active": True}

    def print_statements(self):
        from models.core.errors import DomainError
        from reports.loan_statement import select_loans
        from ui.common.dialogs import show_error
        from ui.reports.report_actions import preview_statements

        try:
            ids = select_loans(**self.selection())
        except (ValueError, DomainError) as exc:
            show_error(self, exc if isinstance(exc, DomainError) else DomainError(str(exc)))
            return None
        if not ids:
            self.status.setText(self.tr("Tidak ada pinjaman aktif untuk pilihan ini."))
            return None
        self.status.setText(self.tr("{n} kartu angsuran").format(n=len(ids)))
        return preview_statements(self, self.session, ids, self.as_of.date().toPython())


class CashReportTab(QWidget):
    """Laporan kas harian of a day, for one cashier or the whole branch."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        form = _narrow_form(self)
        self.date = _date_edit()
        self.cashier = QComboBox()
        self.cashier.addItem(self.tr("Semua kasir"), None)
        from models.core.users import User

        for user in User.select().where(User.role.in_(["cashier", "supervisor"])).order_by(User.full_name):
            self.cashier.addItem(user.full_name, user.id)
        form.addRow(self.tr("Tanggal"), self.date)
        form.addRow(self.tr("Kasir"), self.cashier)
        button = QPushButton(self.tr("Cetak laporan kas harian…"))
        button.clicked.connect(self.print_report)
        form.addRow(_button_row(button))
        self.print_button = button
        set_focus_chain(self, self.date, self.cashier, button)

    def print_report(self):
        from models.core.users import User
        from ui.reports.report_actions import preview_cash_report

        cid = self.cashier.currentData()
        return preview_cash_report(self, self.session, self.date.date().toPython(),
                                   cashier=User.get_by_id(cid) if cid else None)


class ReportsPage(Page):
    """Sidebar "Laporan"."""

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        root = QVBoxLayout(self)
        root.addWidget(self.title_label(self.tr("Laporan")))
        self.tabs = QTabWidget()
        self.statements = StatementsTab(session)
        self.tabs.addTab(self.statements, self.tr("Kartu angsuran"))
        self.cash = CashReportTab(session)
        self.tabs.addTab(self.cash, self.tr("Kas harian"))
        for title, factory in self.extra_tabs():
            self.tabs.addTab(factory(session), title)
        root.addWidget(self.tabs, 1)
        self.first_focus = self.statements.first_focus

    def extra_tabs(self) -> list:
        """The officer's report, the customer papers (BPKB register, receipt and agreement settings) and the
        manager's monthly Excel pack."""
        from ui.reports.monthly_pack_tab import MonthlyPackTab
        from ui.reports.officer_report_tab import OfficerReportTab
        from ui.reports.papers_tab import PapersTab

        return [(self.tr("Laporan petugas"), OfficerReportTab), (self.tr("Dokumen nasabah"), PapersTab),
                (self.tr("Paket laporan bulanan"), MonthlyPackTab)]
