"""Settings → Bagan akun: the chart of accounts editor.

The tree on the left (the same :class:`ui.ledger.page.AccountTree` the ledger page shows), the editor on the
right.  A new account takes a code, a name, a type and optionally a parent of the same type; an existing
account can be renamed, deactivated (only when its balance is zero) and flagged as a control account.  Code and
type are fixed once created because printed reports refer to them — the rule is enforced in
``models.ledger.accounts.update_account``; this tab only disables the fields.  A database without a chart gets a button
that installs the default chart of the office's kind.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.core.errors import DomainError
from models.core.money import format_rupiah
from models.ledger import accounts as accounts_mod
from models.ledger import chart as chart_mod
from models.ledger import journals as ledger
from ui.common.dialogs import show_error
from ui.common.labels import label
from ui.ledger.page import AccountTree

TAB_ORDER = 40
PERMISSION = "ledger.view"


def tab_title() -> str:
    return QCoreApplication.translate("AccountsTab", "Bagan akun")


class Tab(QWidget):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.editing: chart_mod.Account | None = None
        can_edit = accounts_mod.may_edit_chart(session.user)  # the administrator too, while the books are empty

        self.tree = AccountTree(show_balance=False)
        self.install_button = QPushButton(self.tr("Pasang bagan akun standar"))
        self.install_button.setEnabled(can_edit)
        self.install_button.setToolTip(self.tr("Administrator, manajer atau akuntan; administrator hanya selama "
                                               "buku besar belum berisi jurnal"))
        self.opening_button = QPushButton(self.tr("Impor saldo awal (neraca saldo)…"))
        self.opening_button.setEnabled(session.can("journal.manual"))
        self.opening_button.setToolTip(self.tr("Kantor pindahan: saldo buku lama per tanggal peralihan, dari Excel"))
        self.opening_button.clicked.connect(self.import_opening)
        left = QVBoxLayout()
        left.addWidget(self.tree, 1)
        left.addWidget(self.install_button)
        left.addWidget(self.opening_button)

        self.code = QLineEdit()
        self.code.setMaxLength(20)
        self.name = QLineEdit()
        self.name.setMaxLength(120)
        self.type = QComboBox()
        for key, text in chart_mod.ACCOUNT_TYPE_LABELS.items():
            self.type.addItem(label(text), key)
        self.parent_account = QComboBox()
        self.control = QCheckBox(self.tr("akun kontrol (hanya digerakkan buku pembantu)"))
        self.active = QCheckBox(self.tr("aktif"))
        self.new_button = QPushButton(self.tr("Akun baru"))
        self.save_button = QPushButton(self.tr("Simpan"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        box = QGroupBox(self.tr("Akun"))
        form = QFormLayout(box)
        form.addRow(self.tr("Kode"), self.code)
        form.addRow(self.tr("Nama"), self.name)
        form.addRow(self.tr("Jenis"), self.type)
        form.addRow(self.tr("Induk"), self.parent_account)
        form.addRow("", self.control)
        form.addRow("", self.active)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        form.addRow(self.status)
        for widget in (self.new_button, self.save_button):
            widget.setEnabled(can_edit)
        right = QVBoxLayout()
        right.addWidget(box)
        right.addStretch(1)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

        self.tree.currentItemChanged.connect(lambda *_: self.load_selected())
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.install_button.clicked.connect(self.install_default)
        self.refresh()
        self.start_new()

    def refresh(self) -> None:
        can_edit = accounts_mod.may_edit_chart(self.session.user)
        for widget in (self.install_button, self.new_button, self.save_button):
            widget.setEnabled(can_edit)
        self.tree.reload()
        self.install_button.setVisible(not chart_mod.Account.select().exists())
        current = self.parent_account.currentData()
        self.parent_account.clear()
        self.parent_account.addItem(self.tr("(tanpa induk)"), None)
        for a in chart_mod.Account.select().order_by(chart_mod.Account.code):
            self.parent_account.addItem(f"{a.code}  {a.name}", a.code)
        self.parent_account.setCurrentIndex(max(0, self.parent_account.findData(current)))

    def start_new(self) -> None:
        self.editing = None
        parent_code = self.tree.current_code()
        for widget in (self.code, self.type, self.parent_account):
            widget.setEnabled(True)
        self.code.clear()
        self.name.clear()
        self.control.setChecked(False)
        self.active.setChecked(True)
        self.active.setEnabled(False)
        if parent_code:
            parent = chart_mod.Account.get(chart_mod.Account.code == parent_code)
            self.parent_account.setCurrentIndex(max(0, self.parent_account.findData(parent_code)))
            self.type.setCurrentIndex(self.type.findData(parent.type))
        self.status.setText(self.tr("Akun baru: isi kode, nama dan jenis."))

    def load_selected(self) -> None:
        code = self.tree.current_code()
        if code is None:
            return
        account = chart_mod.Account.get(chart_mod.Account.code == code)
        self.editing = account
        self.code.setText(account.code)
        self.name.setText(account.name)
        self.type.setCurrentIndex(self.type.findData(account.type))
        self.parent_account.setCurrentIndex(max(0, self.parent_account.findData(
            account.parent.code if account.parent else None)))
        self.control.setChecked(account.is_control)
        self.active.setChecked(account.active)
        for widget in (self.code, self.type, self.parent_account):
            widget.setEnabled(False)  # fixed once created: printed reports refer to them
        self.active.setEnabled(True)
        self.status.setText(self.tr("Saldo hari ini: {amount}").format(
            amount=format_rupiah(ledger.balance(account))))

    def save(self) -> chart_mod.Account | None:
        try:
            if self.editing is None:
                parent_code = self.parent_account.currentData()
                parent = chart_mod.Account.get(chart_mod.Account.code == parent_code) if parent_code else None
                account = accounts_mod.create_account(self.session.user, self.code.text(), self.name.text(),
                                                self.type.currentData(), parent, self.control.isChecked())
            else:
                account = accounts_mod.update_account(self.session.user, self.editing, name=self.name.text(),
                                                active=self.active.isChecked(),
                                                is_control=self.control.isChecked())
        except DomainError as exc:
            show_error(self, exc)
            return None
        self.session.notify("ledger")
        self.refresh()
        self.tree.select_code(account.code)
        self.status.setText(self.tr("Tersimpan: {account}").format(account=str(account)))
        return account

    def import_opening(self, exec_dialog: bool = True):
        from ui.ledger.opening_dialog import OpeningBalanceDialog

        dialog = OpeningBalanceDialog(self.session, self)
        if exec_dialog:
            dialog.exec()
            self.refresh()
        return dialog

    def install_default(self) -> None:
        try:
            accounts_mod.install_default_chart(actor=self.session.user)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.session.notify("ledger")
        self.refresh()
