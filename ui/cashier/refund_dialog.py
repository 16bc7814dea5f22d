"""Kembalikan titipan: the cashier pays an advance back to the customer, a supervisor approves with their login.

The form holds its idempotency key from opening to success, so pressing OK twice (or again after a network
hiccup on PostgreSQL) pays out once (:func:`models.cashier.payments.refund_advance`).
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from models.core.money import ZERO, format_rupiah
from ui.common.dialogs import add_supervisor_login
from ui.common.labels import label
from ui.common.money_edit import MoneyEdit


class RefundDialog(QDialog):
    """Amount (at most the titipan held), how it is paid, why, and the approving supervisor's login."""

    def __init__(self, session, loan, parent: QWidget | None = None):
        super().__init__(parent)
        from models.core.idempotency import new_key
        from models.cashier.payments import METHOD_LABELS, REFUND_METHODS

        self.session = session
        self.loan = loan
        self.key = new_key()
        self.result = None
        self.setWindowTitle(self.tr("Kembalikan titipan — {no}").format(no=loan.contract_no))
        self.setMinimumWidth(420)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Titipan yang ada: {amount}").format(amount=format_rupiah(loan.advance_balance))))
        self.amount = MoneyEdit(self)
        self.amount.setValue(loan.advance_balance)
        self.method = QComboBox(self)
        for key in REFUND_METHODS:
            self.method.addItem(label(METHOD_LABELS[key]), key)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("mis. kelebihan bayar angsuran terakhir"))
        form.addRow(self.tr("Jumlah dikembalikan"), self.amount)
        form.addRow(self.tr("Cara bayar"), self.method)
        form.addRow(self.tr("Alasan"), self.reason)
        self.username, self.password = add_supervisor_login(form, self)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def submit(self) -> bool:
        """Authenticate the supervisor and pay out; on a refusal the message names the field, the form stays."""
        from models.cashier.payments import refund_advance
        from models.core.users import authenticate
        from ui.common.dialogs import run_action

        approver = run_action(self, authenticate, self.username.text().strip(), self.password.text())
        if approver is None:
            return False
        result = run_action(self, refund_advance, self.session.user, self.loan, self.amount.value() or ZERO,
                            dt.date.today(), self.method.currentData(), approved_by=approver,
                            reason=self.reason.text(), idempotency_key=self.key)
        if result is None:
            return False
        self.result = result
        self.accept()
        return True
