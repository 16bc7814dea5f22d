"""Settings → Hari libur: the office calendar of public holidays and cuti bersama.

Seeded from the ``holidays`` package (Indonesia, public and government-declared days) and editable, because the
government fixes cuti bersama each year by decree and sometimes moves a day.  A product that moves due dates off
holidays counts grace, late fee and days past due from the next working day (models.core.office_calendar).
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.core import office_calendar as cal
from models.core.errors import DomainError
from ui.common.dialogs import show_error
from ui.common.labels import label
from ui.common.tables import make_table
from ui.loans.loan_view import RowsModel

TAB_ORDER = 38
PERMISSION = "settings.edit"


def tab_title() -> str:
    return QCoreApplication.translate("HolidaysTab", "Hari libur")


class Tab(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        outer = QVBoxLayout(self)
        intro = QLabel(self.tr("Libur nasional dan cuti bersama. Produk yang memindahkan jatuh tempo menghitung "
                               "tenggang, denda dan hari tunggak dari hari kerja berikutnya."))
        intro.setWordWrap(True)
        outer.addWidget(intro)
        top = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        self.year.valueChanged.connect(lambda _y: self.refresh())
        self.seed_button = QPushButton(self.tr("Isi dari kalender pemerintah"))
        self.seed_button.clicked.connect(self.seed)
        top.addWidget(QLabel(self.tr("Tahun")))
        top.addWidget(self.year)
        top.addWidget(self.seed_button)
        top.addStretch(1)
        outer.addLayout(top)
        self.model = RowsModel([self.tr("Tanggal"), self.tr("Keterangan"), self.tr("Jenis"), self.tr("Berlaku")],
                               self)
        self.table = make_table(self.model)
        self.table.clicked.connect(lambda index: self.pick(index.row()))
        outer.addWidget(self.table, 1)
        edit = QHBoxLayout()
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setDate(dt.date.today())
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("mis. Cuti bersama Idul Fitri"))
        self.kind = QComboBox()
        for code, text in cal.KIND_LABELS.items():
            self.kind.addItem(label(text), code)
        self.kind.setCurrentIndex(self.kind.findData("cuti_bersama"))  # what an office types in most often
        self.active = QCheckBox(self.tr("berlaku"))
        self.active.setChecked(True)
        self.save_button = QPushButton(self.tr("Simpan hari libur"))
        self.save_button.clicked.connect(self.save)
        for w in (self.date, self.name, self.kind, self.active, self.save_button):
            edit.addWidget(w)
        outer.addLayout(edit)
        can = session.can("settings.edit")
        for w in (self.seed_button, self.save_button):
            w.setEnabled(can)
        self.refresh()

    def refresh(self) -> None:
        self.rows = cal.holidays_in(self.year.value())
        self.model.set_rows([(h.date, h.name, label(cal.KIND_LABELS.get(h.kind, h.kind)),
                              self.tr("ya") if h.active else self.tr("tidak")) for h in self.rows],
                            [h.id for h in self.rows], [None if h.active else "#9e9e9e" for h in self.rows])

    def pick(self, row: int) -> None:
        h = self.rows[row]
        self.date.setDate(h.date)
        self.name.setText(h.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(h.kind)))
        self.active.setChecked(h.active)

    def seed(self) -> int | None:
        try:
            added = cal.seed_years(self.session.user, [self.year.value()])
        except DomainError as exc:
            show_error(self, exc)
            return None
        self.refresh()
        return added

    def save(self) -> bool:
        try:
            cal.set_holiday(self.session.user, self.date.date().toPython(), self.name.text(),
                            self.kind.currentData(), self.active.isChecked())
        except DomainError as exc:
            show_error(self, exc)
            return False
        self.refresh()
        return True
