"""The main window: a navigation sidebar, the pages, a status bar, shortcuts, remembered geometry.

Pages are imported by a fixed path the first time they are shown (start-up paints the window before loading
eleven modules), and an area whose module is not delivered yet shows an honest placeholder.
"""
from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.common.labels import label
from ui.common.page_base import Page, PlaceholderPage, build_guarded
from ui.common.session import Session
from ui.common.theme import icon

VERSION = "0.1.0"


# key, sidebar label (see labels()), icon, "module:Class", permission needed to see it (None = all)
NAV = [
    ("home", "Beranda", "chart", "ui.reports.dashboard:DashboardPage", None),
    ("customers", "Nasabah", "customers", "ui.customers.page:CustomersPage", "customer.view"),
    ("quote", "Simulasi", "calendar", "ui.credit.quote_page:QuotePage", None),
    ("applications", "Pengajuan", "applications", "ui.credit.applications_page:ApplicationsPage", "customer.view"),
    ("loans", "Pinjaman", "loans", "ui.loans.page:LoansPage", "customer.view"),
    ("cashier", "Kasir", "cashier", "ui.cashier.page:CashierPage", "payment.post"),
    ("collections", "Penagihan", "collections", "ui.collections.page:CollectionsPage", "collection.work"),
    ("savings", "Simpanan", "savings", "ui.savings.page:SavingsPage", "customer.view"),
    ("ledger", "Buku Besar", "ledger", "ui.ledger.page:LedgerPage", "ledger.view"),
    ("reports", "Laporan", "reports", "ui.reports.page:ReportsPage", "report.view"),
    ("settings", "Pengaturan", "settings", "ui.settings.page:SettingsPage", None),
]


def _savings_in_use() -> bool:
    try:
        from models.savings.savings import savings_in_use

        return savings_in_use()
    except Exception as exc:  # noqa: BLE001 - a damaged file: the page itself shows the reason when opened
        from ui.common.dialogs import is_database_error

        if not is_database_error(exc):
            raise
        return True


#: Areas shown only where the office uses them: Simpanan for cooperatives and offices with a savings product.
OPTIONAL_PAGES = {"savings": _savings_in_use}


#: Where each role starts: the first of its keys the user may see (issue 20: start where the role works).  The
#: officer, the branch head and the manager start on their dashboard (Beranda, issue 16), the collector on the
#: worklist (Penagihan, issue 15), the cashier at the counter.
START_PAGES = {
    "cashier": ("cashier",),
    "collector": ("collections",),
    "officer": ("home", "reports", "applications"),
    "supervisor": ("home", "applications", "customers"),
    "accountant": ("ledger",),
    "manager": ("home", "reports", "loans"),
    "admin": ("settings",),
}

#: The window's size when nothing is remembered: this much of the available screen, never above the design size
#: (1280×800), never below the minimum (980×600).
DESIGN_SIZE = QSize(1280, 800)
MINIMUM_SIZE = QSize(980, 600)


def default_size(available=None) -> QSize:
    """The default window size for a screen whose available area (without task bar) is ``available``.

    A 1366×768 laptop leaves about 1366×728 (task bar): the window takes 1280×~700 and keeps its status bar on
    screen; a 1920×1080 desk gets the design size.
    """
    if available is None:
        return DESIGN_SIZE
    width = min(DESIGN_SIZE.width(), max(MINIMUM_SIZE.width(), available.width() - 40))
    height = min(DESIGN_SIZE.height(), max(MINIMUM_SIZE.height(), available.height() - 40))
    return QSize(width, height)


def labels() -> dict[str, str]:
    """Sidebar labels, translated now (written out literally so that Qt's lupdate finds them)."""
    translate = QCoreApplication.translate
    return {
        "home": translate("MainWindow", "Beranda"),
        "customers": translate("MainWindow", "Nasabah"),
        "quote": translate("MainWindow", "Simulasi"),
        "applications": translate("MainWindow", "Pengajuan"),
        "loans": translate("MainWindow", "Pinjaman"),
        "cashier": translate("MainWindow", "Kasir"),
        "collections": translate("MainWindow", "Penagihan"),
        "savings": translate("MainWindow", "Simpanan"),
        "ledger": translate("MainWindow", "Buku Besar"),
        "reports": translate("MainWindow", "Laporan"),
        "settings": translate("MainWindow", "Pengaturan"),
    }


class MainWindow(QMainWindow):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Angsur — {office}").format(office=self._office_name()))
        self.setMinimumSize(MINIMUM_SIZE)
        self._pages: dict[str, QWidget] = {}
        self._keys: list[str] = []

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("navSidebar")
        self.sidebar.setFixedWidth(180)  # 210 left the cashier's figures too little room at 1280 px
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFocusPolicy(Qt.StrongFocus)
        self.stack = QStackedWidget()
        from ui.shell.setup_checklist import SetupChecklistPanel

        self.checklist = SetupChecklistPanel(load=False)
        QTimer.singleShot(0, self.checklist.refresh)  # after the first paint (issue 18: flat start-up)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.checklist)
        right.addWidget(self.stack, 1)
        row.addWidget(self.sidebar)
        row.addLayout(right, 1)
        self.setCentralWidget(central)

        names = labels()
        for index, (key, _label, icon_name, _path, permission) in enumerate(NAV):
            if permission and not session.can(permission):
                continue
            if key in OPTIONAL_PAGES and not OPTIONAL_PAGES[key]():
                continue
            item = QListWidgetItem(icon(icon_name), names[key])
            item.setData(Qt.UserRole, key)
            item.setToolTip(self.tr("{page} (Ctrl+{n})").format(page=names[key], n=len(self._keys) + 1)
                            if len(self._keys) < 9 else names[key])
            self.sidebar.addItem(item)
            self._keys.append(key)
            placeholder = QWidget()
            self.stack.addWidget(placeholder)
        self.sidebar.currentRowChanged.connect(self._show_row)
        self.sidebar.itemClicked.connect(lambda _item: self._focus_page())

        self._build_menu()
        self._build_status_bar()
        session.userChanged.connect(lambda _user: self._show_user())
        session.changed.connect(lambda topic: self.update_backup_label() if topic == "backup" else None)
        session.changed.connect(lambda _topic: self.checklist.refresh() if self.checklist.isVisible() else None)
        self._restore_geometry()
        if self._keys:
            start = self.start_key()
            self.sidebar.setCurrentRow(self._keys.index(start) if start in self._keys else 0)

    def start_key(self) -> str:
        """The page a user starts on: where their role works (see :data:`START_PAGES`)."""
        user = self.session.user
        role = getattr(user, "role", "")
        for key in START_PAGES.get(role, ()):
            if key in self._keys:
                return key
        return self._keys[0] if self._keys else ""

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self._focus_page()  # the page's own focus (the cashier's search box) once the window is on screen

    def _focus_page(self) -> None:
        widget = self.stack.currentWidget()
        if isinstance(widget, Page):
            widget.focus_first()

    # -------------------------------------------------------------------------------------------- pages
    def _office_name(self) -> str:
        try:
            from models.core.office import the_office

            return the_office().name
        except Exception:  # noqa: BLE001 - the title is cosmetic; an empty database has no office yet
            return "Angsur"

    def page(self, key: str) -> QWidget:
        """The page widget for ``key``, created on first use."""
        if key not in self._pages:
            entry = next(e for e in NAV if e[0] == key)
            module_name, class_name = entry[3].split(":")
            try:
                module = importlib.import_module(module_name)
            except ModuleNotFoundError as exc:
                if exc.name and module_name.startswith(exc.name):
                    widget: QWidget = PlaceholderPage(self.session, labels()[key])
                else:
                    raise
            else:
                cls = getattr(module, class_name)
                # A page whose figures are aggregates over the whole book reads them on a worker, so the window
                # paints (and start-up stays flat) whatever the size of the office (issue 18).  A page reads the
                # file while it is built: on a damaged file it shows the reason in its place, never a half-built
                # widget, and nothing escapes this slot (issue 19, item 5).
                widget = build_guarded(lambda: cls(self.session, background=True)
                                       if getattr(cls, "loads_in_background", False) else cls(self.session))
            index = self._keys.index(key)
            old = self.stack.widget(index)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.stack.insertWidget(index, widget)
            self._pages[key] = widget
        return self._pages[key]

    def show_page(self, key: str) -> QWidget:
        index = self._keys.index(key)
        self.sidebar.setCurrentRow(index)
        self._focus_page()
        return self.page(key)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = self._keys[row]
        created = key not in self._pages
        widget = self.page(key)
        self.stack.setCurrentWidget(widget)
        if isinstance(widget, Page) and not created:  # a page just built has just read its data: once per open
            widget.safe_refresh()
            if not self.sidebar.hasFocus():  # arrowing through the sidebar keeps the cursor there
                widget.focus_first()

    # --------------------------------------------------------------------------------------- menu, status
    def _build_menu(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Berkas"))
        lock = QAction(icon("lock"), self.tr("&Kunci layar"), self)
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.triggered.connect(self.lock_screen)
        file_menu.addAction(lock)
        file_menu.addSeparator()
        quit_action = QAction(icon("logout"), self.tr("&Keluar"), self)
        quit_action.setShortcut(QKeySequence.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go_menu = bar.addMenu(self.tr("&Buka"))
        names = labels()
        for n, key in enumerate(self._keys[:9], start=1):
            action = QAction(names[key], self)
            action.setShortcut(QKeySequence(f"Ctrl+{n}"))
            action.triggered.connect(lambda _checked=False, k=key: self.show_page(k))
            go_menu.addAction(action)
            self.addAction(action)

        help_menu = bar.addMenu(self.tr("Ban&tuan"))
        about = QAction(icon("about"), self.tr("&Tentang Angsur"), self)
        about.setShortcut(QKeySequence.HelpContents)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.user_label = QLabel()
        self._show_user()
        self.db_label = QLabel(self.tr("Basis data: {db}").format(db=self.session.db_label))
        self.backup_label = QLabel("")
        status.addWidget(self.user_label)
        status.addPermanentWidget(self.backup_label)
        status.addPermanentWidget(self.db_label)
        self.update_backup_label()
        # Waiting for another desk's write lock is said in the status bar after a second (models.core.db calls the
        # listener on the waiting thread; the bar is repainted there, user input held back until the wait ends).
        from models.core.db import add_lock_wait_listener

        add_lock_wait_listener(self.lock_wait)
        self.destroyed.connect(lambda *_: _drop_listener(self.lock_wait))

    def lock_wait(self, state: str, seconds: float) -> None:
        """Show (or clear) "waiting for another desk…" while a save waits for the database's write lock."""
        from PySide6.QtCore import QEventLoop, QThread
        from PySide6.QtWidgets import QApplication

        if QThread.currentThread() is not self.thread():
            return  # a worker's wait: its own progress dialog is on screen
        if state == "waiting":
            self.statusBar().showMessage(self.tr("Menunggu meja lain selesai menyimpan… ({s} detik)").format(
                s=int(seconds)))
        else:
            self.statusBar().clearMessage()
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    def _show_user(self) -> None:
        """The status bar's user (the lock screen may hand the desk to another user)."""
        from models.core.users import ROLE_LABELS, Role

        user = self.session.user
        self.user_label.setText(self.tr("Pengguna: {name} — {role}").format(
            name=user.full_name, role=label(ROLE_LABELS.get(Role(user.role), user.role))) if user
            else self.tr("Belum masuk"))

    def update_backup_label(self) -> None:
        from models.core.db import database, is_sqlite

        if database.obj is not None and not is_sqlite():
            # A server's backups are the DBA's pg_dump, not this desk's: never claim "no backup yet".
            self.backup_label.setText(self.tr("Cadangan: di server (pg_dump)"))
            return
        try:
            from models.core.office import get_setting

            last = get_setting("backup.last_at", "")
        except Exception:  # noqa: BLE001 - a status label must never stop the window
            last = ""
        self.backup_label.setText(self.tr("Cadangan terakhir: {when}").format(when=last or self.tr("belum ada")))

    def lock_screen(self) -> None:
        locker = getattr(self, "idle_lock", None)
        if locker is not None:
            locker.lock_now()

    def show_about(self) -> None:
        AboutDialog(self).exec()

    # ------------------------------------------------------------------------------------ geometry memory
    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("mainwindow/geometry")
        if geometry is not None and self.restoreGeometry(geometry):
            screen = self.screen().availableGeometry() if self.screen() is not None else None
            if screen is None or screen.contains(self.frameGeometry()):
                return
        self.resize(default_size(self.screen().availableGeometry() if self.screen() is not None else None))



    def closeEvent(self, event) -> None:  # noqa: N802
        QSettings().setValue("mainwindow/geometry", self.saveGeometry())
        super().closeEvent(event)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tentang Angsur"))
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Angsur {version}").format(version=VERSION))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        text = QLabel(self.tr(
            "Aplikasi meja untuk kantor kredit: leasing, BPR dan koperasi simpan pinjam.<br>"
            "Nasabah, pengajuan, angsuran, kasir, penagihan, simpanan, buku besar dan laporan.<br><br>"
            "Data wilayah: Kepmendagri No. 300.2.2-2138 Tahun 2025, dari cahyadsn/wilayah (MIT, © 2017-2025 "
            "Cahya DSN).<br>Ikon: Lucide (ISC)."))
        text.setTextFormat(Qt.RichText)
        text.setWordWrap(True)
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)


def _drop_listener(fn) -> None:
    from models.core.db import remove_lock_wait_listener

    remove_lock_wait_listener(fn)
