"""Settings → Batas persetujuan: the largest amount financed each deciding role may approve.

The limits are enforced by :func:`models.credit.applications.check_approver`; this tab only edits the settings
``approval.limit.<role>`` (audited by :func:`models.credit.applications.set_approval_limit`).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QHBoxLayout

from models.credit import applications as apps
from models.core.errors import DomainError
from models.core.users import PERMISSIONS, ROLE_LABELS, Role
from ui.common.dialogs import show_error
from ui.common.labels import label
from ui.common.form_tab import FormTab
from ui.common.money_edit import MoneyEdit

TAB_ORDER = 36
PERMISSION = "settings.edit"


def tab_title() -> str:
    return QCoreApplication.translate("ApprovalLimitsTab", "Batas persetujuan")


class Tab(FormTab):
    def __init__(self, session, parent=None):
        super().__init__(session, QCoreApplication.translate(
            "ApprovalLimitsTab",
            "Pokok pembiayaan terbesar yang boleh disetujui tiap peran. Di atas batas, pengajuan harus "
            "diputus peran yang lebih tinggi. Pemutus tidak pernah boleh menyetujui pengajuannya "
            "sendiri."), parent)
        self.rows: dict[str, tuple[MoneyEdit, QCheckBox]] = {}
        for role in sorted(PERMISSIONS["application.approve"][0], key=lambda r: r.value):
            edit = MoneyEdit()
            edit.setObjectName(f"limit_{role.value}")
            unlimited = QCheckBox(self.tr("tanpa batas"))
            unlimited.setObjectName(f"unlimited_{role.value}")
            unlimited.toggled.connect(lambda on, e=edit: e.setEnabled(not on))
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(unlimited)
            self.form.addRow(label(ROLE_LABELS[Role(role)]), row)
            self.rows[role.value] = (edit, unlimited)
        self.finish(self.save, name="saveLimits")
        self.load()

    def load(self) -> None:
        for role, (edit, unlimited) in self.rows.items():
            limit = apps.approval_limit(role)
            unlimited.setChecked(limit is None)
            edit.setValue(limit)

    def save(self) -> bool:
        try:
            for role, (edit, unlimited) in self.rows.items():
                value = None if unlimited.isChecked() else (edit.value() or 0)
                if value != apps.approval_limit(role):
                    apps.set_approval_limit(self.session.user, role, value)
        except DomainError as exc:
            show_error(self, exc)
            return False
        self.load()
        return True
