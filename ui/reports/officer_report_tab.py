"""The officer's report on the Laporan page: a week or a month, for me, an officer, a region, or every region
side by side (branch head).  PDF through the print preview, or an Excel file."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QFileDialog, QFormLayout, QHBoxLayout, QPushButton, QWidget


class OfficerReportTab(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        form = QFormLayout(self)
        self.period = QComboBox()
        self.period.addItem(self.tr("Mingguan"), "week")
        self.period.addItem(self.tr("Bulanan"), "month")
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setDate(QDate(dt.date.today()))
        self.scope = QComboBox()
        user = session.user
        sees_all = session.can("customer.view_all")
        if not sees_all:
            self.scope.addItem(self.tr("Saya sendiri"), ("officer", user.id))
        else:
            from models.core.users import officers
            from models.customers.work_areas import all_areas, area_name

            self.scope.addItem(self.tr("Semua wilayah berdampingan"), ("side", None))
            self.scope.addItem(self.tr("Seluruh kantor"), ("office", None))
            for officer in officers():
                self.scope.addItem(self.tr("Petugas: {name}").format(name=officer.full_name), ("officer", officer.id))
            for code in all_areas():
                self.scope.addItem(self.tr("Wilayah: {name}").format(name=area_name(code)), ("region", code))
        form.addRow(self.tr("Periode"), self.period)
        form.addRow(self.tr("Tanggal dalam periode"), self.day)
        form.addRow(self.tr("Untuk"), self.scope)
        row = QHBoxLayout()
        self.pdf_button = QPushButton(self.tr("Cetak PDF…"))
        self.xlsx_button = QPushButton(self.tr("Simpan Excel…"))
        row.addWidget(self.pdf_button)
        row.addWidget(self.xlsx_button)
        form.addRow(row)
        self.pdf_button.clicked.connect(self.print_pdf)
        self.xlsx_button.clicked.connect(lambda: self.save_xlsx())

    def tables(self):
        from models.core.users import User
        from reports.officer_report import officer_report, period_bounds, regions_side_by_side

        start, end = period_bounds(self.period.currentData(), self.day.date().toPython())
        kind, value = self.scope.currentData()
        if kind == "side":
            return regions_side_by_side(start, end)
        if kind == "officer":
            return officer_report(start, end, officer=User.get_by_id(value))
        if kind == "region":
            return officer_report(start, end, region=value)
        return officer_report(start, end)

    def print_pdf(self):
        from reports.officer_report import write_officer_report
        from ui.reports.report_actions import preview_pdf

        return preview_pdf(self, self.session, write_officer_report, "laporan-petugas", self.tables(),
                           printed_by=self.session.user.full_name)

    def save_xlsx(self, target: str | None = None):
        from reports.officer_report import write_officer_report
        from ui.common.dialogs import run_action

        if not target:
            target, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan laporan petugas"), "laporan-petugas.xlsx",
                                                    self.tr("Buku kerja Excel (*.xlsx)"))
        if not target:
            return None
        if not str(target).lower().endswith(".xlsx"):
            target = f"{target}.xlsx"
        return run_action(self, write_officer_report, self.tables(), target)
