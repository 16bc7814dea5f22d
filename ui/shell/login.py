"""Logging in, the first start of a new office, and the lock screen after the desk is left alone.

* :class:`LoginDialog` asks for a user name and password and checks them with
  :func:`models.core.users.authenticate` (argon2id, lockout after repeated failures); ``.user`` holds who logged in.
* :class:`FirstRunWizard` runs on a database without an office: it creates the office, its first branch and the
  first administrator, whose password is typed twice -- there is no default password anywhere -- or, instead,
  builds the demo office ("Buat data contoh").
* :class:`IdleLock` watches the application's input; after ``security.idle_lock_minutes`` (5 by default)
  without a key press or a click it covers the window with a :class:`LockDialog` that asks for the password
  again, or lets a different user log in (the next shift at the cash desk).
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QApplication, QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QVBoxLayout, QWidget,
                               QWizard, QWizardPage)

from models.core.errors import DomainError, ValidationError
from models.core.setup import create_office
from ui.common.dialogs import error_text
from ui.common.theme import icon


def _error_label() -> QLabel:
    label = QLabel("")
    label.setObjectName("errorLabel")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b3261e;")
    label.setTextFormat(Qt.RichText)
    label.hide()
    return label


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.Password)
    edit.setMaxLength(128)
    return edit


def _office_title() -> str:
    try:
        from models.core.office import has_office, the_office

        return the_office().name if has_office() else "Angsur"
    except Exception:  # noqa: BLE001 - a title must never stop the login
        return "Angsur"


# ------------------------------------------------------------------------------------------------- login
class LoginDialog(QDialog):
    """User name + password.  After ``exec()`` returns ``Accepted``, :attr:`user` is the logged-in user."""

    def __init__(self, parent: QWidget | None = None, username: str = ""):
        super().__init__(parent)
        self.user = None
        self.setWindowTitle(self.tr("Masuk — Angsur"))
        self.setWindowIcon(icon("lock"))
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        title = QLabel(_office_title())
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        layout.addWidget(title)
        layout.addWidget(QLabel(self.tr("Masuk dengan nama pengguna dan kata sandi Anda.")))
        form = QFormLayout()
        self.username = QLineEdit(username)
        self.username.setMaxLength(32)
        self.password = _password_edit()
        form.addRow(self.tr("Nama pengguna"), self.username)
        form.addRow(self.tr("Kata sandi"), self.password)
        layout.addLayout(form)
        self.error = _error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.login_button = buttons.button(QDialogButtonBox.Ok)
        self.login_button.setText(self.tr("Masuk"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.password if username else self.username).setFocus()

    def try_login(self) -> None:
        from models.core.users import authenticate

        QGuiApplication.setOverrideCursor(Qt.WaitCursor)  # argon2id takes a noticeable moment
        try:
            self.user = authenticate(self.username.text().strip(), self.password.text())
        except DomainError as exc:
            self.user = None
            self.error.setText(error_text(exc))
            self.error.show()
            self.password.clear()
            self.password.setFocus()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()


# --------------------------------------------------------------------------------------------- first run
# Source strings, translated where they are shown (context "login"): translations load after import.
OFFICE_KIND_LABELS = {  # marked for lupdate; translated where shown
    "leasing": QT_TRANSLATE_NOOP("login", "Perusahaan pembiayaan (leasing)"),
    "bpr": QT_TRANSLATE_NOOP("login", "BPR (Bank Perekonomian Rakyat)"),
    "koperasi": QT_TRANSLATE_NOOP("login", "Koperasi simpan pinjam"),
}



class _StartPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Selamat datang di Angsur"))
        self.setSubTitle(self.tr("Basis data ini masih kosong. Siapkan kantor Anda, atau coba Angsur dengan "
                                 "data contoh."))
        layout = QVBoxLayout(self)
        self.new_office = QRadioButton(self.tr("Siapkan kantor baru"))
        self.demo = QRadioButton(self.tr("Buat data contoh (kantor demo dengan nasabah dan pinjaman rekaan)"))
        self.new_office.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.new_office)
        group.addButton(self.demo)
        layout.addWidget(self.new_office)
        layout.addWidget(self.demo)
        note = QLabel(self.tr("Data contoh memakai pengguna demo (admin, kasir, cmo1, …) dengan kata sandi "
                              "<b>angsur-demo</b>. Jangan dipakai untuk data sungguhan."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)

    def nextId(self) -> int:  # noqa: N802
        return -1 if self.demo.isChecked() else FirstRunWizard.PAGE_OFFICE


class _OfficePage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Kantor dan cabang pertama"))
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setMaxLength(120)
        self.name.setPlaceholderText(self.tr("mis. PT Mitra Pembiayaan Sejahtera"))
        self.kind = QComboBox()
        for key, text in OFFICE_KIND_LABELS.items():
            self.kind.addItem(QCoreApplication.translate("login", text), key)  # tr-marked: OFFICE_KIND_LABELS
        self.branch_code = QLineEdit()
        self.branch_code.setMaxLength(8)
        self.branch_code.setPlaceholderText("BDG")
        self.branch_name = QLineEdit()
        self.branch_name.setMaxLength(80)
        self.branch_name.setPlaceholderText(self.tr("mis. Cabang Bandung"))
        form.addRow(self.tr("Nama kantor"), self.name)
        form.addRow(self.tr("Jenis kantor"), self.kind)
        form.addRow(self.tr("Kode cabang"), self.branch_code)
        form.addRow(self.tr("Nama cabang"), self.branch_name)
        self.error = _error_label()
        form.addRow(self.error)

    def validatePage(self) -> bool:  # noqa: N802
        from models.core.office import validate_branch, validate_office

        errors = validate_office(self.name.text(), self.kind.currentData()) + validate_branch(
            self.branch_code.text().strip(), self.branch_name.text())
        if errors:
            self.error.setText(error_text(ValidationError(errors)))
            self.error.show()
            return False
        self.error.hide()
        return True


class _AdminPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Administrator pertama"))
        self.setSubTitle(self.tr("Administrator mengelola pengguna dan pengaturan. Pilih kata sandi sendiri "
                                 "(minimal 8 karakter); tidak ada kata sandi bawaan."))
        form = QFormLayout(self)
        self.username = QLineEdit()
        self.username.setMaxLength(32)
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(80)
        self.password = _password_edit()
        self.password_again = _password_edit()
        form.addRow(self.tr("Nama pengguna"), self.username)
        form.addRow(self.tr("Nama lengkap"), self.full_name)
        form.addRow(self.tr("Kata sandi"), self.password)
        form.addRow(self.tr("Ulangi kata sandi"), self.password_again)
        self.error = _error_label()
        form.addRow(self.error)


class FirstRunWizard(QWizard):
    """Creates the office, its first branch and the first administrator — or the demo office.

    After ``exec()`` is accepted, :attr:`admin` is the new administrator (``None`` for the demo office) and
    :attr:`demo_built` tells which path was taken.
    """

    PAGE_START, PAGE_OFFICE, PAGE_ADMIN = range(3)

    def __init__(self, parent: QWidget | None = None, demo_customers: int = 300):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Angsur — persiapan pertama"))
        self.setWizardStyle(QWizard.ClassicStyle)
        self.setMinimumSize(640, 440)
        self.admin = None
        self.demo_built = False
        self.demo_customers = demo_customers
        self.start_page, self.office_page, self.admin_page = _StartPage(), _OfficePage(), _AdminPage()
        self.setPage(self.PAGE_START, self.start_page)
        self.setPage(self.PAGE_OFFICE, self.office_page)
        self.setPage(self.PAGE_ADMIN, self.admin_page)
        self.setButtonText(QWizard.NextButton, self.tr("Lanjut >"))
        self.setButtonText(QWizard.BackButton, self.tr("< Kembali"))
        self.setButtonText(QWizard.FinishButton, self.tr("Selesai"))
        self.setButtonText(QWizard.CancelButton, self.tr("Batal"))

    def validateCurrentPage(self) -> bool:  # noqa: N802
        page = self.currentId()
        if page == self.PAGE_START and self.start_page.demo.isChecked():
            return self._build_demo()
        if page == self.PAGE_ADMIN:
            return self._create_office()
        return super().validateCurrentPage()

    def _build_demo(self) -> bool:
        from models.demo.build import build_demo

        QGuiApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            build_demo(customers=self.demo_customers, log=lambda _msg: QApplication.processEvents())
        except (DomainError, RuntimeError) as exc:
            QGuiApplication.restoreOverrideCursor()
            from ui.common.dialogs import show_error

            show_error(self, exc if isinstance(exc, DomainError) else DomainError(str(exc)))
            return False
        QGuiApplication.restoreOverrideCursor()
        self.demo_built = True
        return True

    def _create_office(self) -> bool:
        o, a = self.office_page, self.admin_page
        try:
            self.admin = create_office(o.name.text(), o.kind.currentData(), o.branch_code.text(),
                                       o.branch_name.text(), a.username.text().strip(), a.full_name.text(),
                                       a.password.text(), a.password_again.text())
        except DomainError as exc:
            a.error.setText(error_text(exc))
            a.error.show()
            return False
        a.error.hide()
        return True


# ------------------------------------------------------------------------------------------- lock screen
class LockDialog(QDialog):
    """The lock screen: the same user types the password again, or another user logs in.

    It cannot be closed with Escape or the window's close button; "Keluar aplikasi" quits instead.
    """

    def __init__(self, user, parent: QWidget | None = None):
        super().__init__(parent)
        self.locked_user = user
        self.user = None
        self.setWindowTitle(self.tr("Layar terkunci"))
        self.setWindowIcon(icon("lock"))
        self.setWindowFlag(Qt.WindowCloseButtonHint, False)
        self.setMinimumWidth(400)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Layar dikunci karena tidak ada kegiatan."))
        heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        layout.addWidget(heading)
        self.who = QLabel(self.tr("Masuk kembali sebagai <b>{name}</b> ({username}), atau ganti pengguna.")
                          .format(name=user.full_name, username=user.username))
        self.who.setWordWrap(True)
        layout.addWidget(self.who)
        form = QFormLayout()
        self.username = QLineEdit(user.username)
        self.username.setMaxLength(32)
        self.username.setEnabled(False)
        self.password = _password_edit()
        form.addRow(self.tr("Nama pengguna"), self.username)
        form.addRow(self.tr("Kata sandi"), self.password)
        layout.addLayout(form)
        self.error = _error_label()
        layout.addWidget(self.error)
        row = QHBoxLayout()
        self.switch_button = QPushButton(icon("user"), self.tr("Ganti pengguna"))
        self.switch_button.clicked.connect(self.switch_user)
        self.quit_button = QPushButton(icon("logout"), self.tr("Keluar aplikasi"))
        self.quit_button.clicked.connect(QApplication.quit)
        self.unlock_button = QPushButton(icon("lock"), self.tr("Buka kunci"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        row.addWidget(self.switch_button)
        row.addWidget(self.quit_button)
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        layout.addLayout(row)
        self.password.setFocus()

    def switch_user(self) -> None:
        self.username.setEnabled(True)
        self.username.clear()
        self.password.clear()
        self.username.setFocus()

    def try_unlock(self) -> None:
        from models.core.users import authenticate

        QGuiApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            self.user = authenticate(self.username.text().strip(), self.password.text())
        except DomainError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            self.password.clear()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()

    def reject(self) -> None:
        """Escape does not unlock the desk."""

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.result() != QDialog.Accepted:
            event.ignore()


class IdleLock(QObject):
    """Locks the desk after a stretch without keyboard or mouse input.

    Installs an event filter on the application; every key press, click, wheel turn or mouse move restarts a
    single-shot timer of ``security.idle_lock_minutes`` (0 = never).  :meth:`lock_now` (Ctrl+L) locks at once.
    The window's content is hidden while locked, so personal data is not left on a screen nobody watches.
    """

    locked = Signal()
    unlocked = Signal(object)  # the user now working (the same or another)

    INPUT_EVENTS = frozenset({QEvent.KeyPress, QEvent.MouseButtonPress, QEvent.MouseMove, QEvent.Wheel,
                              QEvent.TouchBegin, QEvent.Shortcut})

    def __init__(self, session, window: QWidget, *, interval_ms: int | None = None):
        super().__init__(window)
        self.session = session
        self.window = window
        self.dialog: LockDialog | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock_now)
        if interval_ms is None:
            from models.core.office import get_setting

            interval_ms = int(float(get_setting("security.idle_lock_minutes", 5)) * 60_000)
        self.interval_ms = interval_ms
        QApplication.instance().installEventFilter(self)
        self.restart()

    def restart(self) -> None:
        if self.interval_ms > 0 and self.dialog is None:
            self.timer.start(self.interval_ms)

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if self.dialog is None and self.interval_ms > 0 and event.type() in self.INPUT_EVENTS:
            self.timer.start(self.interval_ms)
        return False

    def lock_now(self) -> None:
        if self.dialog is not None or self.session.user is None:
            return
        self.timer.stop()
        central = getattr(self.window, "centralWidget", lambda: None)()
        if central is not None:
            central.setVisible(False)
        self.dialog = LockDialog(self.session.user, self.window)
        self.dialog.setWindowModality(Qt.ApplicationModal)
        self.dialog.accepted.connect(self._unlocked)
        self.locked.emit()
        self.dialog.open()

    def _unlocked(self) -> None:
        user = self.dialog.user
        self.dialog.deleteLater()
        self.dialog = None
        central = getattr(self.window, "centralWidget", lambda: None)()
        if central is not None:
            central.setVisible(True)
        if user is not None and user.id != getattr(self.session.user, "id", None):
            self.session.set_user(user)
        elif user is not None:
            self.session.user = user
        self.unlocked.emit(user)
        self.restart()
