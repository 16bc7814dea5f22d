"""Tutup kas: the cashier counts the drawer by denomination; the dialog shows the system's figure, the
difference as it is typed, and asks for a reason when they differ.  models/cashier_close.py decides."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from models.core.money import ZERO, format_rupiah
from ui.common.money_edit import MoneyEdit


class DayCloseDialog(QDialog):
    def __init__(self, session, date: dt.date | None = None, parent=None):
        from models.cashier.cashier_close import DENOMINATIONS, day_summary

        super().__init__(parent)
        self.session = session
        self.date = date or dt.date.today()
        self.result_record = None
        self.summary = day_summary(session.user, self.date)
        self.setWindowTitle(self.tr("Tutup kas harian"))
        root = QVBoxLayout(self)
        info = QFormLayout()
        info.addRow(self.tr("Kasir"), QLabel(session.user.full_name))
        info.addRow(self.tr("Tanggal"), QLabel(self.date.strftime("%d/%m/%Y")))
        info.addRow(self.tr("Penerimaan tunai"), QLabel(self.tr("{amount} ({n} kwitansi)").format(
            amount=format_rupiah(self.summary.cash_receipts), n=self.summary.cash_receipt_count)))
        info.addRow(self.tr("Pengeluaran tunai"), QLabel(format_rupiah(self.summary.cash_refunds)))
        info.addRow(self.tr("Transfer / payment point (tidak di laci)"),
                    QLabel(format_rupiah(self.summary.transfers)))
        self.opening = MoneyEdit()
        self.opening.setValue(ZERO)
        info.addRow(self.tr("Modal awal laci"), self.opening)
        root.addLayout(info)
        box = QGroupBox(self.tr("Hitung uang di laci"))
        grid = QGridLayout(box)
        self.spins: dict[int, QSpinBox] = {}
        for i, face in enumerate(DENOMINATIONS):
            spin = QSpinBox()
            spin.setRange(0, 100000)
            spin.valueChanged.connect(self.update_totals)
            self.spins[face] = spin
            grid.addWidget(QLabel(format_rupiah(face)), i % 5, (i // 5) * 2)
            grid.addWidget(spin, i % 5, (i // 5) * 2 + 1)
        root.addWidget(box)
        totals = QFormLayout()
        self.expected_label, self.counted_label, self.diff_label = QLabel(), QLabel(), QLabel()
        totals.addRow(self.tr("Seharusnya di laci"), self.expected_label)
        totals.addRow(self.tr("Hasil hitung"), self.counted_label)
        totals.addRow(self.tr("Selisih"), self.diff_label)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Wajib diisi bila ada selisih"))
        totals.addRow(self.tr("Alasan selisih"), self.reason)
        root.addLayout(totals)
        note = QLabel(self.tr("Setelah ditutup, kasir ini tidak bisa menerima atau membatalkan transaksi pada "
                              "tanggal ini lagi."))
        note.setWordWrap(True)
        root.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Tutup kas"))
        buttons.accepted.connect(self.close_day)
        buttons.rejected.connect(self.reject)
        root.addWidget(buttons)
        self.opening.valueChanged.connect(self.update_totals)
        self.update_totals()

    def counts(self) -> dict[int, int]:
        return {face: spin.value() for face, spin in self.spins.items() if spin.value()}

    def counted(self) -> Decimal:
        return sum((Decimal(face) * n for face, n in self.counts().items()), ZERO)

    def expected(self) -> Decimal:
        return (self.opening.value() or ZERO) + self.summary.expected_cash

    def update_totals(self, *_args) -> None:
        diff = self.counted() - self.expected()
        self.expected_label.setText(format_rupiah(self.expected()))
        self.counted_label.setText(format_rupiah(self.counted()))
        self.diff_label.setText(format_rupiah(diff))
        self.diff_label.setStyleSheet("color: #b00020; font-weight: 600;" if diff else "color: #1b5e20;")

    def close_day(self) -> None:
        from models.cashier.cashier_close import close_cashier_day
        from ui.common.dialogs import run_action

        result = run_action(self, close_cashier_day, self.session.user, self.date, self.counts(),
                            reason=self.reason.text(), opening_float=self.opening.value() or ZERO)
        if result is not None:
            self.result_record = result
            self.session.notify("payments")
            self.accept()
