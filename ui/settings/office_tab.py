"""Settings → Profil kantor: the office's letterhead data and its branches' addresses.

Every receipt, quote, contract, dealer letter, purchase order and exported report prints what is saved here
(``reports.letterhead.office_letterhead``).  Saving goes through ``models.core.office_profile.update_profile`` and
``update_branch`` (permission ``settings.edit``, audited).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.core.errors import DomainError
from models.core.office import Branch
from models.core.office_profile import profile, update_branch, update_profile
from ui.common.form_errors import FormErrors
from ui.settings.office_profile_form import OfficeProfileForm

TAB_ORDER = 5
PERMISSION = "settings.edit"


def tab_title() -> str:
    return QCoreApplication.translate("OfficeTab", "Profil kantor")


class Tab(QWidget):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.form = OfficeProfileForm()
        self.save_button = QPushButton(self.tr("Simpan profil"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        box = QGroupBox(self.tr("Kantor (kop surat dan kwitansi)"))
        inner = QVBoxLayout(box)
        inner.addWidget(self.form)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.save_button)
        inner.addLayout(row)

        branch_box = QGroupBox(self.tr("Cabang"))
        bform = QFormLayout(branch_box)
        self.branch = QComboBox()
        self.branch_name = QLineEdit()
        self.branch_name.setMaxLength(80)
        self.branch_address = QLineEdit()
        self.branch_address.setMaxLength(300)
        self.branch_address.setPlaceholderText(self.tr("kosong: alamat kantor yang dicetak"))
        self.branch_phone = QLineEdit()
        self.branch_phone.setMaxLength(32)
        self.branch_save = QPushButton(self.tr("Simpan cabang"))
        self.branch_error = QLabel()
        self.branch_error.setStyleSheet("color: #b3261e;")
        bform.addRow(self.tr("Cabang"), self.branch)
        bform.addRow(self.tr("Nama cabang"), self.branch_name)
        bform.addRow(self.tr("Alamat cabang"), self.branch_address)
        bform.addRow(self.tr("Telepon cabang"), self.branch_phone)
        bform.addRow(self.branch_error)
        bform.addRow("", self.branch_save)
        self.branch_errors = FormErrors(self.branch_error, {
            "branch_name": self.branch_name, "phone": self.branch_phone},
            {"branch_name": self.tr("Nama cabang"), "phone": self.tr("Telepon cabang")})
        self.branch.currentIndexChanged.connect(self._load_branch)
        self.branch_save.clicked.connect(self.save_branch)

        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(box)
        column.addWidget(branch_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.setTabOrder(self.form.legal_name, self.form.address)
        self.refresh()

    def refresh(self) -> None:
        self.form.load(profile())
        self.branch.blockSignals(True)
        current = self.branch.currentData()
        self.branch.clear()
        for b in Branch.select().order_by(Branch.code):
            self.branch.addItem(f"{b.code} — {b.name}", b.id)
        self.branch.setCurrentIndex(max(0, self.branch.findData(current)))
        self.branch.blockSignals(False)
        self._load_branch()

    def _load_branch(self) -> None:
        branch = Branch.get_or_none(Branch.id == self.branch.currentData())
        for edit, value in ((self.branch_name, branch.name if branch else ""),
                            (self.branch_address, branch.address if branch else ""),
                            (self.branch_phone, branch.phone if branch else "")):
            edit.setText(value)

    def save(self) -> bool:
        try:
            update_profile(self.session.user, **self.form.values())
        except DomainError as exc:
            self.form.errors.show(exc)
            self.status.setText("")
            return False
        self.form.errors.clear()
        self.status.setText(self.tr("Profil tersimpan; dokumen berikutnya memakai kop ini."))
        self.session.notify("settings")
        return True

    def save_branch(self) -> bool:
        try:
            update_branch(self.session.user, self.branch.currentData(), name=self.branch_name.text(),
                          address=self.branch_address.text(), phone=self.branch_phone.text())
        except DomainError as exc:
            self.branch_errors.show(exc)
            return False
        self.branch_errors.clear()
        self.refresh()
        return True
