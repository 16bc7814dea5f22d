"""Manual journal (jurnal umum): the accountant types lines and sees debit and credit totals as they type.

The dialog refuses to save while the entry is unbalanced (the Save button stays disabled and the difference is
shown in red), but the rule itself lives in :func:`models.ledger.journals.post_journal`, which checks again and also
refuses control accounts, closed months and inactive accounts; its errors are shown field by field.

The line grid is a ``QTableWidget`` with an editor widget per cell (account picker, two :class:`MoneyEdit`, a
memo): a journal has a handful of lines, typed by hand, so a lazy model would buy nothing here.
"""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QTableWidget, QVBoxLayout, QWidget,
)

from models.ledger import journals as ledger
from models.ledger import accounts as accounts_mod
from models.ledger import chart
from models.core.errors import DomainError
from models.core.money import ZERO, format_rupiah
from ui.common.dialogs import show_error
from ui.common.money_edit import MoneyEdit
from ui.common.focus import set_focus_chain

COL_ACCOUNT, COL_DEBIT, COL_CREDIT, COL_MEMO = range(4)


def postable_accounts() -> list[chart.Account]:
    """Active accounts a person may post to by hand: leaves that are not control accounts."""
    leaves = accounts_mod.leaf_ids()
    return [a for a in chart.Account.select().where(chart.Account.active == True)  # noqa: E712
            .order_by(chart.Account.code) if a.id in leaves and not a.is_control]


class JournalDialog(QDialog):
    """Type a manual journal; ``journal`` holds the posted entry after a successful save."""

    def __init__(self, session, parent: QWidget | None = None, *, date: QDate | None = None):
        super().__init__(parent)
        self.session = session
        self.journal = None
        self.setWindowTitle(self.tr("Jurnal umum baru"))
        self.resize(860, 460)
        self._accounts = postable_accounts()

        self.date = QDateEdit(date or QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("mis. Bayar listrik kantor bulan November"))
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("no. bukti kas / faktur"))
        form = QFormLayout()
        form.addRow(self.tr("Tanggal"), self.date)
        form.addRow(self.tr("Keterangan"), self.description)
        form.addRow(self.tr("No. bukti"), self.reference)

        self.grid = QTableWidget(0, 4)
        self.grid.setHorizontalHeaderLabels([self.tr("Akun"), self.tr("Debit"), self.tr("Kredit"),
                                             self.tr("Memo")])
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(COL_ACCOUNT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_MEMO, QHeaderView.ResizeMode.Stretch)
        self.grid.setColumnWidth(COL_DEBIT, 170)
        self.grid.setColumnWidth(COL_CREDIT, 170)
        self.grid.verticalHeader().setDefaultSectionSize(34)

        self.add_button = QPushButton(self.tr("Tambah baris"))
        self.remove_button = QPushButton(self.tr("Hapus baris"))
        self.add_button.clicked.connect(self.add_line)
        self.remove_button.clicked.connect(self.remove_line)
        self.total_debit = QLabel()
        self.total_credit = QLabel()
        self.difference = QLabel()
        for label in (self.total_debit, self.total_credit, self.difference):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        totals = QHBoxLayout()
        totals.addWidget(self.add_button)
        totals.addWidget(self.remove_button)
        totals.addStretch(1)
        totals.addWidget(self.total_debit)
        totals.addSpacing(16)
        totals.addWidget(self.total_credit)
        totals.addSpacing(16)
        totals.addWidget(self.difference)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Posting"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.grid, 1)
        layout.addLayout(totals)
        layout.addWidget(self.buttons)
        self.add_line()
        self.add_line()
        self.update_totals()

    def _link_lines(self) -> None:
        """Tab runs from the heading fields along each line and on to the next one, then to "Tambah baris" and
        the buttons (never back to the date)."""
        self.grid.setTabKeyNavigation(False)  # else Tab on the last line wraps to the first instead of leaving
        cells = [self.grid.cellWidget(row, column) for row in range(self.grid.rowCount())
                 for column in (COL_ACCOUNT, COL_DEBIT, COL_CREDIT, COL_MEMO)]
        set_focus_chain(self, self.date, self.description, self.reference, *cells, self.add_button,
                        self.remove_button, *self.buttons.buttons())

    # ------------------------------------------------------------------------------------------ lines
    def add_line(self) -> int:
        row = self.grid.rowCount()
        self.grid.insertRow(row)
        account = QComboBox()
        account.setEditable(True)  # type "51" or "listrik" to jump; the completer searches code and name
        account.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        account.addItem("", None)
        for a in self._accounts:
            account.addItem(f"{a.code}  {a.name}", a.code)
        account.setCurrentIndex(0)
        debit, credit = MoneyEdit(allow_sen=True), MoneyEdit(allow_sen=True)
        for edit in (debit, credit):
            edit.valueChanged.connect(self.update_totals)
        memo = QLineEdit()
        self.grid.setCellWidget(row, COL_ACCOUNT, account)
        self.grid.setCellWidget(row, COL_DEBIT, debit)
        self.grid.setCellWidget(row, COL_CREDIT, credit)
        self.grid.setCellWidget(row, COL_MEMO, memo)
        self._link_lines()
        self.update_totals()
        return row

    def remove_line(self) -> None:
        row = self.grid.currentRow()
        if row < 0:
            row = self.grid.rowCount() - 1
        if row >= 0:
            self.grid.removeRow(row)
        self.update_totals()

    def set_line(self, row: int, code: str, debit=None, credit=None, memo: str = "") -> None:
        """Fill a line (used by tests and by "copy journal")."""
        combo: QComboBox = self.grid.cellWidget(row, COL_ACCOUNT)
        combo.setCurrentIndex(max(0, combo.findData(code)))
        self.grid.cellWidget(row, COL_DEBIT).setValue(debit)
        self.grid.cellWidget(row, COL_CREDIT).setValue(credit)
        self.grid.cellWidget(row, COL_MEMO).setText(memo)

    def lines(self) -> list[chart.Line]:
        """The typed lines; rows with neither account nor amount are ignored."""
        out = []
        for row in range(self.grid.rowCount()):
            combo: QComboBox = self.grid.cellWidget(row, COL_ACCOUNT)
            code = combo.currentData()
            debit = self.grid.cellWidget(row, COL_DEBIT).value() or ZERO
            credit = self.grid.cellWidget(row, COL_CREDIT).value() or ZERO
            if code is None and not debit and not credit:
                continue
            out.append(chart.Line(code or combo.currentText().split(" ")[0], debit=debit, credit=credit,
                                   memo=self.grid.cellWidget(row, COL_MEMO).text().strip()))
        return out

    def totals(self) -> tuple[Decimal, Decimal]:
        debit = credit = ZERO
        for row in range(self.grid.rowCount()):
            debit += self.grid.cellWidget(row, COL_DEBIT).value() or ZERO
            credit += self.grid.cellWidget(row, COL_CREDIT).value() or ZERO
        return debit, credit

    def update_totals(self, *_args) -> None:
        debit, credit = self.totals()
        self.total_debit.setText(self.tr("Debit: {amount}").format(amount=format_rupiah(debit)))
        self.total_credit.setText(self.tr("Kredit: {amount}").format(amount=format_rupiah(credit)))
        balanced = debit == credit and debit > 0
        if balanced:
            self.difference.setText(self.tr("Seimbang"))
            self.difference.setStyleSheet("color: #1b7f3b; font-weight: bold;")
        else:
            self.difference.setText(self.tr("Selisih: {amount}").format(amount=format_rupiah(abs(debit - credit))))
            self.difference.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(balanced)

    # ------------------------------------------------------------------------------------------ save
    def save(self) -> None:
        debit, credit = self.totals()
        if debit != credit or debit <= 0:
            return  # the button is disabled; Enter in a field must not get around it
        try:
            self.journal = ledger.post_journal(self.session.user, self.date.date().toPython(),
                                               self.description.text(), "manual", self.lines(),
                                               reference=self.reference.text().strip())
        except DomainError as exc:
            show_error(self, exc)
            return
        self.session.notify("ledger")
        self.accept()
