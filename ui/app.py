"""Starting the desktop application: theme, language, database, first run, login, main window."""
from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.i18n import install_button_texts, install_translations
from ui.theme import apply_theme


def make_app(argv: list[str] | None = None, lang: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName("Angsur")
    app.setApplicationName("Angsur")
    app.setApplicationDisplayName("Angsur")
    apply_theme(app)
    install_translations(app, lang or QSettings().value("ui/lang", "id"))
    install_button_texts(app)
    return app


def db_label(target: str | None) -> str:
    from models.db import parse_target

    kind, location = parse_target(target)
    if kind == "postgresql":
        return location.split("@")[-1]
    return location


def run_gui(args) -> int:
    app = make_app(lang=args.lang)
    from models.db import open_database
    from models.errors import DomainError

    try:
        open_database(args.db)
    except DomainError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("app", "Basis data tidak dapat dibuka"),
                             exc.message)
        return 1

    from models.office import has_office
    from ui.login import FirstRunWizard, IdleLock, LoginDialog

    username = ""
    if not has_office():
        wizard = FirstRunWizard()
        # Leaving after the office was created keeps it: the rest waits on the home screen's checklist.
        if not wizard.exec() and getattr(wizard, "admin", None) is None and not has_office():
            return 0
        username = wizard.admin.username if getattr(wizard, "admin", None) is not None else ""
    login = LoginDialog(username=username)
    if not login.exec() or login.user is None:
        return 0

    from ui.main_window import MainWindow
    from ui.session import Session

    session = Session(login.user, db_label(args.db))
    window = MainWindow(session)
    window.idle_lock = IdleLock(session, window)
    window.show()
    _daily_backup(window)
    return app.exec()


def _daily_backup(window) -> None:
    """Take the day's automatic backup once the window is up (it must never stop the office working)."""
    try:
        from models.backup import maybe_daily_backup

        maybe_daily_backup()
    except Exception as exc:  # noqa: BLE001 - report, do not crash: the office must keep working
        window.statusBar().showMessage(
            QCoreApplication.translate("app", "Cadangan harian gagal: {error}").format(error=exc), 15000)
    window.update_backup_label()
