"""Settings → Batas & empat mata: the ceiling on one amount, and whether an approver may also disburse.

Both rules live in :mod:`models.core.limits` (issue 19, items 8 and 9); this tab only edits them.  Raising or lowering
the ceiling needs a supervisor who confirms with their own login on this tab (the model checks the password).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox

from models.core import limits
from models.core.errors import DomainError
from ui.common.dialogs import add_supervisor_login, show_error
from ui.common.form_tab import FormTab
from ui.common.money_edit import MoneyEdit

TAB_ORDER = 37
PERMISSION = "settings.edit"


def tab_title() -> str:
    return QCoreApplication.translate("LimitsTab", "Batas & empat mata")


class Tab(FormTab):
    def __init__(self, session, parent=None):
        super().__init__(session, QCoreApplication.translate(
            "LimitsTab",
            "Jumlah terbesar untuk satu pembayaran, pengembalian, penghapusan denda, baris jurnal umum "
            "atau penghasilan nasabah. Di atas batas, isian ditolak. Mengubah batas perlu konfirmasi "
            "supervisor dengan kata sandinya."), parent)
        self.ceiling = MoneyEdit()
        self.ceiling.setObjectName("amountCeiling")
        self.form.addRow(self.tr("Batas satu jumlah"), self.ceiling)
        self.username, self.password = add_supervisor_login(self.form, self)
        self.approver_may_disburse = QCheckBox(self.tr("Yang menyetujui pengajuan boleh juga mencairkannya"))
        self.approver_may_disburse.setObjectName("approverMayDisburse")
        self.form.addRow(self.approver_may_disburse)
        self.finish(self.save, name="saveLimits")
        self.load()

    def load(self) -> None:
        self.ceiling.setValue(limits.amount_ceiling())
        self.approver_may_disburse.setChecked(limits.approver_may_disburse())
        self.password.clear()

    def save(self) -> bool:
        from models.core.users import get_user

        try:
            if self.approver_may_disburse.isChecked() != limits.approver_may_disburse():
                limits.set_approver_may_disburse(self.session.user, self.approver_may_disburse.isChecked())
            value = self.ceiling.value()
            if value is not None and value != limits.amount_ceiling():
                confirmed_by = get_user(self.username.text().strip())
                limits.set_amount_ceiling(self.session.user, value, confirmed_by=confirmed_by,
                                          password=self.password.text())
        except DomainError as exc:
            show_error(self, exc)
            return False
        finally:
            self.password.clear()
        self.load()
        return True
