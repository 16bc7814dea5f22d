"""Akhir bulan: the guided month-end close, a tab of the Buku Besar page.

The accountant picks the month, sees the steps in order (advances due, accruals, non-accrual reversals,
allowance, reconciliation checks, close) with whether each stands, and for the selected step its figures and
the journal it would post — before anything is posted.  "Jalankan langkah" runs that step, "Jalankan semua dan
tutup" the whole procedure.  Below, the roll-rate matrix of past month ends and the loss rates it implies.

Every rule (idempotence, refusals, permissions) lives in :mod:`models.accounting.month_end`; this widget only shows its
previews and results, and its refusals as messages.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.accounting import allowance
from models.accounting import month_end as me
from models.core.errors import DomainError
from models.core.money import format_rupiah
from models.ledger.chart import Account
from ui.common.dialogs import confirm, show_error
from ui.common.labels import label, message
from ui.common.page_base import set_focus_chain


def _item(text: str, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _value_text(value, name: str = "") -> str:
    if name.endswith("%"):
        return f"{value} %".replace(".", ",")
    if isinstance(value, Decimal):
        return format_rupiah(value, 2)
    return str(value)


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(min(1, len(headers) - 1), QHeaderView.ResizeMode.Stretch)
    return table


class MonthEndTab(QWidget):
    """The month-end close: steps with their status, the selected step's preview, run buttons, roll rates."""

    COL_STEP, COL_STATUS, COL_WHEN = range(3)

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        last = dt.date.today().replace(day=1) - dt.timedelta(days=1)
        self.month = QDateEdit(QDate(last.year, last.month, 1))
        self.month.setDisplayFormat("MM/yyyy")
        self.month.setCalendarPopup(False)
        self.preview_button = QPushButton(self.tr("Pratinjau"))
        self.run_button = QPushButton(self.tr("Jalankan langkah"))
        self.run_all_button = QPushButton(self.tr("Jalankan semua dan tutup bulan"))
        for button in (self.run_button, self.run_all_button):
            button.setEnabled(session.can("period.close"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Bulan")))
        bar.addWidget(self.month)
        bar.addStretch(1)
        for button in (self.preview_button, self.run_button, self.run_all_button):
            bar.addWidget(button)

        self.steps = _table([self.tr("Langkah"), self.tr("Status"), self.tr("Dijalankan")])
        self.figures = _table([self.tr("Angka"), self.tr("Nilai")])
        self.lines = _table([self.tr("Akun"), self.tr("Nama akun"), self.tr("Debit"), self.tr("Kredit")])
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        preview_box = QWidget()
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.heading)
        preview_layout.addWidget(self.figures, 1)
        preview_layout.addWidget(QLabel(self.tr("Jurnal yang akan diposting")))
        preview_layout.addWidget(self.lines, 1)
        preview_layout.addWidget(self.problems)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.steps)
        top.addWidget(preview_box)
        top.setStretchFactor(0, 2)
        top.setStretchFactor(1, 3)

        self.rolls = _table([self.tr("Dari \\ ke")] + [label(allowance.BUCKET_LABELS[b]) for b in allowance.BUCKETS])
        self.rolls.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rates = QLabel()
        self.rates.setWordWrap(True)
        roll_box = QGroupBox(self.tr("Matriks roll rate (snapshot akhir bulan)"))
        roll_layout = QVBoxLayout(roll_box)
        roll_layout.addWidget(self.rolls, 1)
        self.adopt_button = QPushButton(self.tr("Pakai tarif turunan untuk CKPN"))
        self.adopt_button.setEnabled(session.can("settings.edit"))
        rates_row = QHBoxLayout()
        rates_row.addWidget(self.rates, 1)
        rates_row.addWidget(self.adopt_button)
        roll_layout.addLayout(rates_row)

        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Setiap langkah menghitung ulang saldo yang seharusnya pada akhir bulan dan hanya "
                              "memposting selisihnya: menjalankannya lagi tidak memposting dua kali."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(bar)
        layout.addWidget(top, 3)
        layout.addWidget(roll_box, 2)

        self.month.dateChanged.connect(self.refresh)
        self.steps.currentCellChanged.connect(lambda *_: self.show_preview())
        self.preview_button.clicked.connect(self.show_preview)
        self.run_button.clicked.connect(self.run_selected)
        self.run_all_button.clicked.connect(self.run_all)
        self.adopt_button.clicked.connect(self.adopt_rates)
        set_focus_chain(self, self.month, self.preview_button, self.run_button, self.run_all_button, self.steps,
                        self.figures, self.lines, self.rolls, self.adopt_button)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        # Previews aggregate the whole book: computed when the tab is shown, not when the ledger page is built.
        super().showEvent(event)
        try:  # nothing may escape a Qt event handler (issue 19, item 5)
            self.refresh()
        except Exception as exc:  # noqa: BLE001 - shown as a message; a bug also goes to sys.excepthook
            from ui.common.page_base import report_failure

            report_failure(self, exc)

    # ---------------------------------------------------------------------------------------------- data
    def period_end(self) -> dt.date:
        d = self.month.date()
        return me.month_end(d.year(), d.month())

    def selected_step(self) -> str:
        row = max(0, self.steps.currentRow())
        return me.STEPS[row]

    def refresh(self) -> None:
        status = me.month_status(self.period_end())
        current = max(0, self.steps.currentRow())
        self.steps.blockSignals(True)
        self.steps.setRowCount(len(me.STEPS))
        for row, step in enumerate(me.STEPS):
            if step == "close":
                done = status.closed
                when = ""
            else:
                done = bool(status.done.get(step))
                when = status.done[step].strftime("%d/%m/%Y %H:%M") if done else ""
            text = self.tr("Sudah") if done else self.tr("Belum")
            self.steps.setItem(row, self.COL_STEP, _item(f"{row + 1}. {label(me.STEP_LABELS[step])}"))
            self.steps.setItem(row, self.COL_STATUS, _item(text))
            self.steps.setItem(row, self.COL_WHEN, _item(when))
        self.steps.setCurrentCell(current, 0)
        self.steps.blockSignals(False)
        self.show_preview()
        self.show_roll_rates()

    def show_preview(self) -> None:
        step = self.selected_step()
        try:
            preview = me.preview(step, self.period_end())
        except DomainError as exc:
            show_error(self, exc)
            return
        self.heading.setText(label(preview.label))
        self.figures.setRowCount(len(preview.figures))
        for row, (name, value) in enumerate(preview.figures):
            self.figures.setItem(row, 0, _item(label(name)))
            self.figures.setItem(row, 1, _item(_value_text(value, name), True))
        names = {a.code: a.name for a in Account.select(Account.code, Account.name)}
        self.lines.setRowCount(len(preview.lines))
        for row, (code, debit, credit) in enumerate(preview.lines):
            self.lines.setItem(row, 0, _item(code))
            self.lines.setItem(row, 1, _item(names.get(code, "")))
            self.lines.setItem(row, 2, _item(format_rupiah(debit, 2) if debit else "", True))
            self.lines.setItem(row, 3, _item(format_rupiah(credit, 2) if credit else "", True))
        if preview.problems:
            # The checks' messages come from models/ in the running language (they were English before).
            self.problems.setText(self.tr("Perhatian:") + " " + "; ".join(message(p) for p in preview.problems))
        elif not preview.lines and step in ("accruals", "nonaccrual", "allowance"):
            self.problems.setText(self.tr("Tidak ada selisih: langkah ini tidak akan memposting jurnal."))
        else:
            self.problems.setText("")

    def show_roll_rates(self) -> None:
        matrix = allowance.roll_rate_matrix(self.period_end())
        self.rolls.setRowCount(len(allowance.BUCKETS))
        for row, frm in enumerate(allowance.BUCKETS):
            self.rolls.setItem(row, 0, _item(label(allowance.BUCKET_LABELS[frm])))
            total = sum(matrix["counts"][frm].values())
            for col, to in enumerate(allowance.BUCKETS, start=1):
                n = matrix["counts"][frm][to]
                pct = f"{n * 100 / total:.1f} %".replace(".", ",") if total else "–"
                self.rolls.setItem(row, col, _item(f"{n} ({pct})", True))
        if matrix["pairs"]:
            rates = allowance.derived_stage_rates(matrix, allowance.policy().lgd)
            text = ", ".join(f"stage {k}: {str(v).replace('.', ',')} %" for k, v in rates.items())
            self.rates.setText(self.tr("Tarif kerugian turunan (PD × LGD):") + " " + text)
        else:
            self.rates.setText(self.tr("Belum ada dua snapshot akhir bulan berturut-turut."))

    # ---------------------------------------------------------------------------------------------- actions
    def run_selected(self) -> None:
        step = self.selected_step()
        try:
            result = me.run_step(self.session.user, step, self.period_end())
        except DomainError as exc:
            show_error(self, exc)
            return
        self._done(result)

    def run_all(self) -> None:
        title = QCoreApplication.translate("MonthEndTab", "Tutup buku bulan")
        text = QCoreApplication.translate("MonthEndTab", "Jalankan semua langkah dan tutup bulan {month}?")
        if not confirm(self, title, text.format(month=self.period_end().strftime("%m/%Y"))):
            return
        try:
            me.run_all(self.session.user, self.period_end())
        except DomainError as exc:
            show_error(self, exc)
            self.refresh()
            return
        self.session.notify("ledger")
        self.refresh()

    def adopt_rates(self) -> None:
        try:
            allowance.adopt_derived_rates(self.session.user, self.period_end())
        except DomainError as exc:
            show_error(self, exc)
            return
        self.session.notify("settings")
        self.refresh()

    def _done(self, result) -> None:
        self.session.notify("ledger")
        self.refresh()
