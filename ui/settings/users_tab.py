"""Settings → Pengguna: the office's users; add, deactivate, reset a password, change a role.

Every rule (who may manage users, nobody changes their own role, the last administrator stays) is enforced by
``models.core.users``; this tab only offers the actions and shows the refusals.
"""
from __future__ import annotations

from peewee import JOIN
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.core import users as usermod
from models.core.clock import now
from models.core.errors import DomainError, FieldError, ValidationError
from models.core.office import Branch
from models.core.users import ROLE_LABELS, Role, User
from ui.common.dialogs import show_error
from ui.common.labels import label
from ui.common.theme import icon

TAB_ORDER = 50
PERMISSION = "user.manage"

COL_USERNAME, COL_NAME, COL_ROLE, COL_BRANCH, COL_ACTIVE, COL_LAST_LOGIN = range(6)


def tab_title() -> str:
    return QCoreApplication.translate("UsersTab", "Pengguna")


class UsersModel(QAbstractTableModel):
    """The users, a few dozen at most: loaded whole, sorted by name."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.users: list[User] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.users = list(User.select(User, Branch).join(Branch, JOIN.LEFT_OUTER)
                          .order_by(User.active.desc(), User.full_name))
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.users)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < 6:
            translate = QCoreApplication.translate  # under this name, with literals, lupdate extracts each call
            return [translate("UsersTab", "Nama pengguna"), translate("UsersTab", "Nama lengkap"),
                    translate("UsersTab", "Peran"), translate("UsersTab", "Cabang"), translate("UsersTab", "Status"),
                    translate("UsersTab", "Terakhir masuk")][section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.users)):
            return None
        user = self.users[index.row()]
        if role == Qt.DisplayRole:
            active = (QCoreApplication.translate("UsersTab", "aktif") if user.active
                      else QCoreApplication.translate("UsersTab", "nonaktif"))
            if user.active and user.locked_until is not None and user.locked_until > now():
                active = QCoreApplication.translate("UsersTab", "terkunci s/d {time}").format(
                    time=f"{user.locked_until:%H:%M}")
            return [user.username, user.full_name, label(ROLE_LABELS.get(Role(user.role), user.role)),
                    user.branch.code if user.branch_id else "", active,
                    user.last_login_at.strftime("%d/%m/%Y %H:%M") if user.last_login_at else ""][index.column()]
        if role == Qt.ForegroundRole and not user.active:
            return Qt.gray
        if role == Qt.UserRole:
            return user.id
        return None


def role_combo(current: str | None = None) -> QComboBox:
    combo = QComboBox()
    for role in Role:
        combo.addItem(label(ROLE_LABELS[role]), role.value)
    if current:
        combo.setCurrentIndex(combo.findData(current))
    return combo


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class UserDialog(QDialog):
    """A new user: name, role, branch, password typed twice."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tambah pengguna"))
        form = QFormLayout(self)
        self.username = QLineEdit()
        self.username.setMaxLength(32)
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(80)
        self.role = role_combo()
        self.branch = QComboBox()
        self.branch.addItem(self.tr("(semua cabang)"), None)
        for branch in Branch.select().where(Branch.active == True).order_by(Branch.code):  # noqa: E712
            self.branch.addItem(f"{branch.code} — {branch.name}", branch.id)
        self.password = PasswordPair()
        form.addRow(self.tr("Nama pengguna"), self.username)
        form.addRow(self.tr("Nama lengkap"), self.full_name)
        form.addRow(self.tr("Peran"), self.role)
        form.addRow(self.tr("Cabang"), self.branch)
        form.addRow(self.password)
        form.addRow(ok_cancel(self))


class PasswordPair(QWidget):
    """Two password fields that must match (no default password anywhere)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.first = QLineEdit()
        self.second = QLineEdit()
        for edit in (self.first, self.second):
            edit.setEchoMode(QLineEdit.Password)
            edit.setMaxLength(128)
        form.addRow(self.tr("Kata sandi"), self.first)
        form.addRow(self.tr("Ulangi kata sandi"), self.second)

    def value(self) -> str:
        """The password, or a ValidationError when the two do not match."""
        if self.first.text() != self.second.text():
            raise ValidationError(FieldError("password_again", QCoreApplication.translate(
                "UsersTab", "kedua kata sandi tidak sama")))
        return self.first.text()


class Tab(QWidget):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Setiap orang masuk dengan akunnya sendiri; peran menentukan apa yang boleh "
                               "dilakukan (lihat tab Hak akses). Akun tidak dihapus, hanya dinonaktifkan, agar "
                               "jejak audit tetap utuh."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = UsersModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectRows)
        self.view.setSelectionMode(QTableView.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(COL_NAME, QHeaderView.Stretch)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        metrics = self.view.horizontalHeader().fontMetrics()
        for col, width in ((COL_USERNAME, 120), (COL_ROLE, 220), (COL_BRANCH, 70), (COL_ACTIVE, 150),
                           (COL_LAST_LOGIN, 130)):
            # never narrower than the header's own words ("Nama pengguna" was cut to "lama penggun")
            header = self.model.headerData(col, Qt.Horizontal) or ""
            self.view.setColumnWidth(col, max(width, metrics.horizontalAdvance(header) + 24))
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(icon("add"), self.tr("Tambah…"))
        self.role_button = QPushButton(icon("user"), self.tr("Ubah peran…"))
        self.password_button = QPushButton(icon("lock"), self.tr("Atur ulang kata sandi…"))
        self.active_button = QPushButton(icon("reject"), self.tr("Nonaktifkan"))
        for button in (self.add_button, self.role_button, self.password_button, self.active_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.add_button.clicked.connect(self.ask_add)
        self.role_button.clicked.connect(self.ask_role)
        self.password_button.clicked.connect(self.ask_password)
        self.active_button.clicked.connect(self.toggle_active)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def refresh(self) -> None:
        self.model.reload()
        self._update_buttons()

    def selected(self) -> User | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.users[rows[0].row()] if rows else None

    def select(self, username: str) -> None:
        for row, user in enumerate(self.model.users):
            if user.username == username:
                self.view.selectRow(row)
                return

    def _update_buttons(self, *_args) -> None:
        user = self.selected()
        for button in (self.role_button, self.password_button, self.active_button):
            button.setEnabled(user is not None)
        self.role_button.setEnabled(user is not None and user.id != self.session.user.id)
        if user is not None:
            self.active_button.setText(self.tr("Nonaktifkan") if user.active else self.tr("Aktifkan"))

    def _run(self, fn, *args) -> bool:
        try:
            fn(*args)
        except DomainError as exc:
            show_error(self, exc)
            return False
        self.refresh()
        self.session.notify("users")
        return True

    # --- actions (the dialogs call these; tests may too)
    def add_user(self, dialog: UserDialog) -> User:
        branch_id = dialog.branch.currentData()
        return usermod.create_user(self.session.user, dialog.username.text().strip(), dialog.full_name.text(),
                                   dialog.role.currentData(), dialog.password.value(),
                                   branch=Branch.get_by_id(branch_id) if branch_id else None)

    def ask_add(self) -> None:
        dialog = UserDialog(self)
        while dialog.exec():
            try:
                user = self.add_user(dialog)
            except DomainError as exc:
                show_error(self, exc)
                continue
            self.refresh()
            self.select(user.username)
            self.session.notify("users")
            return

    def ask_role(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Ubah peran {name}").format(name=user.full_name))
        form = QFormLayout(dialog)
        combo = role_combo(user.role)
        form.addRow(self.tr("Peran baru"), combo)
        form.addRow(ok_cancel(dialog))
        if dialog.exec():
            self.change_role(user, combo.currentData())

    def change_role(self, user: User, role: str) -> bool:
        return self._run(usermod.change_role, self.session.user, user, role)

    def ask_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Kata sandi baru untuk {name}").format(name=user.full_name))
        layout = QVBoxLayout(dialog)
        pair = PasswordPair()
        layout.addWidget(pair)
        layout.addWidget(ok_cancel(dialog))
        if dialog.exec():
            self.reset_password(user, pair)

    def reset_password(self, user: User, pair: PasswordPair) -> bool:
        def reset():
            usermod.set_password(self.session.user, user, pair.value())

        if self._run(reset):
            self.status.setText(self.tr("Kata sandi {name} sudah diganti. Sampaikan secara langsung, jangan "
                                        "lewat pesan.").format(name=user.full_name))
            return True
        return False

    def toggle_active(self) -> bool:
        user = self.selected()
        if user is None:
            return False
        return self._run(usermod.set_active, self.session.user, user, not user.active)

