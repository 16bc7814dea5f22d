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
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from models.core.errors import DomainError, ValidationError
from models.core.setup import create_office
from ui.common.dialogs import error_text
from ui.common.form_errors import FormErrors
from ui.common.theme import icon
from ui.settings.office_profile_form import OfficeProfileForm


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
        labels = {"name": self.tr("Nama kantor"), "kind": self.tr("Jenis kantor"),
                  "branch_code": self.tr("Kode cabang"), "branch_name": self.tr("Nama cabang")}
        form.addRow(labels["name"], self.name)
        form.addRow(labels["kind"], self.kind)
        form.addRow(labels["branch_code"], self.branch_code)
        form.addRow(labels["branch_name"], self.branch_name)
        kinds = QLabel(self.tr("Jenis kantor menentukan bagan akun, produk dan penggolongan kolektibilitas "
                               "yang dipasang pada langkah berikutnya."))
        kinds.setWordWrap(True)
        form.addRow(kinds)
        self.error = _error_label()
        form.addRow(self.error)
        self.errors = FormErrors(self.error, {"name": self.name, "kind": self.kind, "branch_code": self.branch_code,
                                              "branch_name": self.branch_name}, labels)

    def validatePage(self) -> bool:  # noqa: N802
        from models.core.office import validate_branch, validate_office

        errors = validate_office(self.name.text(), self.kind.currentData()) + validate_branch(
            self.branch_code.text().strip(), self.branch_name.text())
        if errors:
            self.errors.show(ValidationError(errors))
            return False
        self.errors.clear()
        return True


class _AdminPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Administrator pertama"))
        self.setSubTitle(self.tr("Administrator mengelola pengguna dan pengaturan. Pilih kata sandi sendiri "
                                 "(minimal 8 karakter); tidak ada kata sandi bawaan."))
        self.setCommitPage(True)  # the office exists once this page is done: no way back to change it here
        form = QFormLayout(self)
        self.username = QLineEdit()
        self.username.setMaxLength(32)
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(80)
        self.password = _password_edit()
        self.password_again = _password_edit()
        labels = {"username": self.tr("Nama pengguna"), "full_name": self.tr("Nama lengkap"),
                  "password": self.tr("Kata sandi"), "password_again": self.tr("Ulangi kata sandi")}
        for key in labels:
            form.addRow(labels[key], getattr(self, key))
        self.error = _error_label()
        form.addRow(self.error)
        self.errors = FormErrors(self.error, {k: getattr(self, k) for k in labels}, labels)


class _ProfilePage(QWizardPage):
    """The letterhead: what receipts, contracts and letters print about the office."""

    def __init__(self, wizard: "FirstRunWizard"):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Profil kantor untuk kop surat"))
        self.setSubTitle(self.tr("Dicetak di setiap kwitansi, simulasi, kontrak dan surat. Bisa diubah nanti di "
                                 "Pengaturan → Profil kantor."))
        layout = QVBoxLayout(self)
        self.form = OfficeProfileForm()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setWidget(self.form)
        layout.addWidget(scroll)

    def initializePage(self) -> None:  # noqa: N802
        from models.core.office_profile import profile

        self.form.load(profile())
        self.form.legal_name.setFocus()

    def validatePage(self) -> bool:  # noqa: N802
        from models.core.office_profile import update_profile

        return self.form.errors.attempt(update_profile, self.wizard_.admin, **self.form.values())


class _ChartPage(QWizardPage):
    """The shipped chart of accounts and products of the office kind; each may be left out."""

    def __init__(self, wizard: "FirstRunWizard"):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Bagan akun dan produk"))
        self.setSubTitle(self.tr("Pasang bawaan untuk jenis kantor Anda. Akun dan produk dapat diubah nanti di "
                                 "Pengaturan; yang tidak dicentang tidak dipasang."))
        self.layout_ = QVBoxLayout(self)
        self.chart = QCheckBox(self.tr("Pasang bagan akun standar"))
        self.chart.setChecked(True)
        self.layout_.addWidget(self.chart)
        self.products_box = QGroupBox(self.tr("Produk pinjaman"))
        self.products_layout = QVBoxLayout(self.products_box)
        self.layout_.addWidget(self.products_box)
        self.error = _error_label()
        self.layout_.addWidget(self.error)
        self.layout_.addStretch(1)
        self.products: dict[str, QCheckBox] = {}
        self.errors = FormErrors(self.error, {"code": self.products_box}, {"code": self.tr("Produk")})

    def initializePage(self) -> None:  # noqa: N802
        from models.core.money import format_rupiah
        from models.core.office import the_office
        from models.products.loanmath import METHOD_LABELS, Method
        from models.products.products import KIND_LABELS, LoanProduct, default_products
        from ui.common.labels import label

        kind = the_office().kind
        self.chart.setText(self.tr("Pasang bagan akun standar ({kind})").format(
            kind=QCoreApplication.translate("login", OFFICE_KIND_LABELS[kind])))  # tr-marked: OFFICE_KIND_LABELS
        for box in self.products.values():
            box.deleteLater()
        self.products = {}
        for values in default_products(kind):
            text = self.tr("{code} — {name}\n{kind}, bunga {rate} % setahun ({method}), tenor {low}–{high}, "
                           "biaya admin {fee}").format(
                code=values["code"], name=values["name"], kind=label(KIND_LABELS.get(values["kind"], "")),
                rate=values["rate_default"], method=label(METHOD_LABELS[Method(values["method"])]),
                low=values["tenor_min"], high=values["tenor_max"], fee=format_rupiah(values["admin_fee"]))
            box = QCheckBox(text)
            exists = LoanProduct.select().where(LoanProduct.code == values["code"]).exists()
            box.setChecked(True)
            box.setEnabled(not exists)
            self.products[values["code"]] = box
            self.products_layout.addWidget(box)
        self.chart.setFocus()

    def validatePage(self) -> bool:  # noqa: N802
        from models.setup.office_setup import install_defaults

        codes = [code for code, box in self.products.items() if box.isChecked() and box.isEnabled()]
        QGuiApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            return self.errors.attempt(install_defaults, self.wizard_.admin, chart=self.chart.isChecked(),
                                       products=codes)
        finally:
            QGuiApplication.restoreOverrideCursor()

    def nextId(self) -> int:  # noqa: N802
        from models.ledger.chart import Account

        chart = self.chart.isChecked() or Account.select().exists()
        return FirstRunWizard.PAGE_CASH if chart else FirstRunWizard.PAGE_USERS


class _CashPage(QWizardPage):
    """Which accounts are the cash desk and the bank, named as the office knows them."""

    def __init__(self, wizard: "FirstRunWizard"):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Akun kas dan bank"))
        self.setSubTitle(self.tr("Pembayaran tunai masuk ke akun kas; transfer dan pencairan lewat akun bank. "
                                 "Beri nama sesuai rekening Anda, mis. \"Bank BRI 0123-01-000456-30-1\"."))
        form = QFormLayout(self)
        self.cash, self.bank = QComboBox(), QComboBox()
        self.cash_name, self.bank_name = QLineEdit(), QLineEdit()
        for edit in (self.cash_name, self.bank_name):
            edit.setMaxLength(120)
        labels = {"cash_account": self.tr("Akun kas"), "bank_account": self.tr("Akun bank")}
        form.addRow(labels["cash_account"], self.cash)
        form.addRow(self.tr("Nama akun kas"), self.cash_name)
        form.addRow(labels["bank_account"], self.bank)
        form.addRow(self.tr("Nama akun bank"), self.bank_name)
        self.error = _error_label()
        form.addRow(self.error)
        self.errors = FormErrors(self.error, {"cash_account": self.cash, "bank_account": self.bank}, labels)
        self.cash.currentIndexChanged.connect(lambda: self._name_of(self.cash, self.cash_name))
        self.bank.currentIndexChanged.connect(lambda: self._name_of(self.bank, self.bank_name))

    @staticmethod
    def _name_of(combo: QComboBox, edit: QLineEdit) -> None:
        from models.ledger.chart import Account

        account = Account.get_or_none(Account.code == (combo.currentData() or ""))
        edit.setText(account.name if account else "")

    def initializePage(self) -> None:  # noqa: N802
        from models.ledger.chart import Account, chart_roles

        roles = chart_roles()
        leaves = [a for a in Account.select().where((Account.type == "asset") & (Account.active == True))  # noqa
                  .order_by(Account.code) if not a.children.exists() and not a.is_control]
        for combo, role in ((self.cash, "cash"), (self.bank, "bank")):
            combo.blockSignals(True)
            combo.clear()
            for account in leaves:
                combo.addItem(f"{account.code}  {account.name}", account.code)
            combo.setCurrentIndex(max(0, combo.findData(roles.get(role))))
            combo.blockSignals(False)
        self._name_of(self.cash, self.cash_name)
        self._name_of(self.bank, self.bank_name)
        self.cash.setFocus()

    def validatePage(self) -> bool:  # noqa: N802
        from models.setup.office_setup import set_cash_and_bank

        return self.errors.attempt(set_cash_and_bank, self.wizard_.admin, self.cash.currentData() or "",
                                   self.bank.currentData() or "", cash_name=self.cash_name.text(),
                                   bank_name=self.bank_name.text())


class _UsersPage(QWizardPage):
    """The first users of each role: tick a role, give a user name, a full name and a first password."""

    def __init__(self, wizard: "FirstRunWizard"):
        super().__init__()
        from models.core.users import ROLE_LABELS
        from models.setup.office_setup import FIRST_ROLES
        from ui.common.labels import label

        self.wizard_ = wizard
        self.setTitle(self.tr("Pengguna pertama"))
        self.setSubTitle(self.tr("Buat sedikitnya kasir, petugas kredit dan supervisor: pengajuan dibuat petugas, "
                                 "disetujui dan dicairkan orang lain, angsuran diterima kasir."))
        grid = QGridLayout(self)
        headers = (self.tr("Peran"), self.tr("Nama pengguna"), self.tr("Nama lengkap"), self.tr("Kata sandi"))
        for column, text in enumerate(headers):
            head = QLabel(f"<b>{text}</b>")
            grid.addWidget(head, 0, column)
        self.rows: list[tuple[str, QCheckBox, QLineEdit, QLineEdit, QLineEdit]] = []
        self.error = _error_label()
        self.errors = FormErrors(self.error, labels={"username": headers[1], "full_name": headers[2],
                                                     "password": headers[3], "role": headers[0]})
        for n, role in enumerate(FIRST_ROLES, start=1):
            box = QCheckBox(label(ROLE_LABELS[role]))
            username, full_name, password = QLineEdit(), QLineEdit(), _password_edit()
            username.setMaxLength(32)
            full_name.setMaxLength(80)
            for column, widget in enumerate((box, username, full_name, password)):
                grid.addWidget(widget, n, column)
            for edit in (username, full_name, password):
                edit.textEdited.connect(lambda _t, b=box: b.setChecked(True))
            for key, widget in (("username", username), ("full_name", full_name), ("password", password)):
                self.errors.add(f"{key}:{n}", widget)
            self.rows.append((role.value, box, username, full_name, password))
        hint = QLabel(self.tr("Kata sandi minimal 8 karakter; sampaikan kepada masing-masing secara langsung. "
                              "Pengguna lain dapat ditambah nanti di Pengaturan → Pengguna."))
        hint.setWordWrap(True)
        grid.addWidget(hint, len(FIRST_ROLES) + 1, 0, 1, 4)
        grid.addWidget(self.error, len(FIRST_ROLES) + 2, 0, 1, 4)
        grid.setRowStretch(len(FIRST_ROLES) + 3, 1)
        grid.setColumnStretch(2, 1)

    def initializePage(self) -> None:  # noqa: N802
        self.rows[0][2].setFocus()

    def validatePage(self) -> bool:  # noqa: N802
        from models.core.errors import FieldError
        from models.setup.office_setup import create_first_users

        chosen = [(n, dict(role=role, username=u.text().strip(), full_name=f.text(), password=p.text()))
                  for n, (role, box, u, f, p) in enumerate(self.rows, start=1) if box.isChecked()]
        if not chosen:
            return True
        try:
            create_first_users(self.wizard_.admin, [row for _n, row in chosen])
        except ValidationError as exc:
            # models numbers the rows it was given; the page numbers every role's line.
            self.errors.show(ValidationError([FieldError(e.field, e.message, e.code,
                                                         chosen[e.row - 1][0] if e.row else None)
                                              for e in exc.errors]))
            return False
        except DomainError as exc:
            self.errors.show(exc)
            return False
        self.errors.clear()
        for _role, box, *edits in self.rows:
            if box.isChecked():
                box.setEnabled(False)
                box.setChecked(False)
                for edit in edits:
                    edit.setEnabled(False)
        return True


class _DonePage(QWizardPage):
    """What is still missing before the first disbursement (the same checklist the home screen shows)."""

    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Siap dipakai?"))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.RichText)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802
        from ui.shell.setup_checklist import checklist_html

        self.summary.setText(checklist_html())


class FirstRunWizard(QWizard):
    """Creates the office, its first branch and the first administrator — or the demo office — and then lets
    the administrator finish the setup alone: letterhead profile, chart and products, cash and bank accounts,
    the first users of each role, and a last look at what is still missing.

    After ``exec()`` is accepted, :attr:`admin` is the new administrator (``None`` for the demo office) and
    :attr:`demo_built` tells which path was taken.  Each page after the administrator's saves its own part
    (one models/ action each), so leaving half-way keeps what was done and the rest waits on the home checklist.
    """

    PAGE_START, PAGE_OFFICE, PAGE_ADMIN, PAGE_PROFILE, PAGE_CHART, PAGE_CASH, PAGE_USERS, PAGE_DONE = range(8)

    def __init__(self, parent: QWidget | None = None, demo_customers: int = 300):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Angsur — persiapan pertama"))
        self.setWizardStyle(QWizard.ClassicStyle)
        self.setMinimumSize(780, 600)  # fits a 1280×720 screen with the task bar
        self.admin = None
        self.demo_built = False
        self.demo_customers = demo_customers
        self.start_page, self.office_page, self.admin_page = _StartPage(), _OfficePage(), _AdminPage()
        self.profile_page, self.chart_page = _ProfilePage(self), _ChartPage(self)
        self.cash_page, self.users_page, self.done_page = _CashPage(self), _UsersPage(self), _DonePage()
        for page_id, page in ((self.PAGE_START, self.start_page), (self.PAGE_OFFICE, self.office_page),
                              (self.PAGE_ADMIN, self.admin_page), (self.PAGE_PROFILE, self.profile_page),
                              (self.PAGE_CHART, self.chart_page), (self.PAGE_CASH, self.cash_page),
                              (self.PAGE_USERS, self.users_page), (self.PAGE_DONE, self.done_page)):
            self.setPage(page_id, page)
        self.setButtonText(QWizard.NextButton, self.tr("Lanjut >"))
        self.setButtonText(QWizard.BackButton, self.tr("< Kembali"))
        self.setButtonText(QWizard.CommitButton, self.tr("Buat kantor >"))
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
        if self.admin is not None:
            return True
        try:
            self.admin = create_office(o.name.text(), o.kind.currentData(), o.branch_code.text(),
                                       o.branch_name.text(), a.username.text().strip(), a.full_name.text(),
                                       a.password.text(), a.password_again.text())
        except DomainError as exc:
            a.errors.show(exc)
            return False
        a.errors.clear()
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
