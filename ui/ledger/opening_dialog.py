"""Opening balances from a trial balance (Excel): choose the file and the cut-over date, check, then post.

The check (``models.ledger.opening_balance.plan_opening``) writes nothing and lists every problem with its spreadsheet
row; "Posting" (``post_opening``, the accountant's ``journal.manual``) posts one opening journal or nothing.
Opened from Settings → Bagan akun.
"""
from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.core.errors import DomainError
from models.core.money import format_rupiah
from ui.common.labels import field_error_text


class OpeningBalanceDialog(QDialog):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.result_ = None
        self.setWindowTitle(self.tr("Saldo awal dari neraca saldo"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Berkas Excel dengan kolom Kode akun, Debit dan Kredit (saldo per akhir tanggal "
                               "peralihan). Impor buku pinjaman lebih dulu: akun kontrol harus sama dengan buku "
                               "pembantunya."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Pilih…"))
        browse.clicked.connect(self.choose)
        template = QPushButton(self.tr("Simpan templat…"))
        template.clicked.connect(self.save_template)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        row.addWidget(template)
        form.addRow(self.tr("Berkas"), row)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        today = dt.date.today()
        self.date.setDate(QDate(today.year, today.month, 1).addDays(-1))
        form.addRow(self.tr("Tanggal peralihan"), self.date)
        layout.addLayout(form)
        self.report = QLabel(self.tr("Pilih berkas, lalu Periksa."))
        self.report.setWordWrap(True)
        self.report.setTextFormat(Qt.RichText)
        layout.addWidget(self.report, 1)
        buttons = QDialogButtonBox()
        self.check_button = buttons.addButton(self.tr("Periksa"), QDialogButtonBox.ActionRole)
        self.post_button = buttons.addButton(self.tr("Posting saldo awal"), QDialogButtonBox.AcceptRole)
        close = buttons.addButton(self.tr("Tutup"), QDialogButtonBox.RejectRole)
        self.post_button.setEnabled(False)
        self.check_button.clicked.connect(self.check)
        self.post_button.clicked.connect(self.post)
        close.clicked.connect(self.reject)
        self.path.textChanged.connect(lambda _t: self.post_button.setEnabled(False))
        self.date.dateChanged.connect(lambda _d: self.post_button.setEnabled(False))
        layout.addWidget(buttons)

    def choose(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Neraca saldo"), "",
                                                    self.tr("Buku kerja Excel (*.xlsx)"))
        if path:
            self.path.setText(path)

    def save_template(self) -> None:
        from models.ledger.opening_balance import write_template

        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Simpan templat neraca saldo"),
                                                    "neraca-saldo.xlsx", self.tr("Buku kerja Excel (*.xlsx)"))
        if path:
            write_template(path)

    def check(self):
        """Check the file (nothing written) and show every problem, or what would be posted."""
        from models.ledger.opening_balance import plan_opening

        try:
            plan = plan_opening(self.path.text().strip(), self.date.date().toPython())
        except DomainError as exc:
            from ui.common.dialogs import error_text

            self.report.setText(error_text(exc))
            self.post_button.setEnabled(False)
            return None
        if plan.errors:
            items = "".join(f"<li>{html.escape(field_error_text(e))}</li>" for e in plan.errors)
            self.report.setText(self.tr("<b>{n} masalah; tidak ada yang diposting.</b>").format(
                n=len(plan.errors)) + f"<ul>{items}</ul>")
        else:
            self.report.setText(self.tr("{rows} akun, debit {debit} = kredit {credit}; {lines} baris jurnal akan "
                                        "diposting.").format(rows=len(plan.rows),
                                                             debit=format_rupiah(plan.total_debit),
                                                             credit=format_rupiah(plan.total_credit),
                                                             lines=len(plan.lines)))
        self.post_button.setEnabled(not plan.errors)
        return plan

    def post(self):
        from models.ledger.opening_balance import post_opening
        from ui.common.dialogs import run_action

        result = run_action(self, post_opening, self.session.user, self.path.text().strip(),
                            self.date.date().toPython())
        if result is None:
            return None
        self.result_ = result
        self.session.notify("ledger")
        self.report.setText(self.tr("Jurnal saldo awal {number} diposting.").format(number=result.journal_number))
        self.post_button.setEnabled(False)
        return result
