"""Starting the desktop application: theme, language, database, first run, login, main window."""
from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.common.i18n import install_button_texts, install_translations
from ui.common.theme import apply_theme


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
    from models.core.db import parse_target

    kind, location = parse_target(target)
    if kind == "postgresql":
        return location.split("@")[-1]
    return location


def _database_message(exc: BaseException) -> str:
    from models.core.db import describe_database_error
    from models.core.errors import DomainError

    return exc.message if isinstance(exc, DomainError) else describe_database_error(exc)


def install_error_hook() -> None:
    """Errors escaping a screen's slot reach the person as a message box, never as silence (issue 19, item 5).

    A database error (a page read a damaged row, the file turned read-only under "Simpan") names the file, what
    went wrong and what to do; anything else is shown as an unexpected error.  The traceback still goes to
    stderr for support.
    """
    previous = sys.excepthook
    if getattr(previous, "angsur_error_hook", False):
        return  # already installed (run_gui called again in the same process)

    def hook(kind, exc, tb):
        previous(kind, exc, tb)
        if issubclass(kind, (KeyboardInterrupt, SystemExit)) or QApplication.instance() is None:
            return
        from models.core.errors import DomainError
        from ui.common.dialogs import is_database_error, show_error

        try:
            title = (QCoreApplication.translate("app", "Basis data bermasalah") if is_database_error(exc)
                     else QCoreApplication.translate("app", "Terjadi kesalahan"))
            show_error(QApplication.activeWindow(), exc if isinstance(exc, (DomainError, OSError)) or
                       is_database_error(exc) else exc, title)
        except Exception:  # noqa: BLE001 - never fail while reporting a failure
            pass

    hook.angsur_error_hook = True
    sys.excepthook = hook


def run_gui(args) -> int:
    app = make_app(lang=args.lang)
    install_error_hook()
    from models.core.db import open_database
    from ui.common.dialogs import is_database_error

    title = QCoreApplication.translate("app", "Basis data tidak dapat dibuka")
    try:
        open_database(args.db)
        from models.core.office import has_office
        from models.setup.upgrades import run_pending

        run_pending()  # a file made by an older version gets the data upgrades it is owed
        first_run = not has_office()
    except Exception as exc:  # noqa: BLE001 - a damaged file: a message naming it, never a traceback
        from models.core.errors import DomainError

        if not (isinstance(exc, (DomainError, OSError)) or is_database_error(exc)):
            raise
        QMessageBox.critical(None, title, _database_message(exc))
        return 1

    from models.core.office import has_office
    from ui.shell.login import FirstRunWizard, IdleLock, LoginDialog

    username = ""
    if first_run:
        wizard = FirstRunWizard()
        # Leaving after the office was created keeps it: the rest waits on the home screen's checklist.
        if not wizard.exec() and getattr(wizard, "admin", None) is None and not has_office():
            return 0
        username = wizard.admin.username if getattr(wizard, "admin", None) is not None else ""
    login = LoginDialog(username=username)
    if not login.exec() or login.user is None:
        return 0

    from ui.common.session import Session
    from ui.shell.main_window import MainWindow

    session = Session(login.user, db_label(args.db))
    try:  # the first page reads the file: damage found there is a message, not a traceback (issue 19, item 5)
        window = MainWindow(session)
    except Exception as exc:  # noqa: BLE001 - only database errors are answered here
        if not is_database_error(exc):
            raise
        QMessageBox.critical(None, title, _database_message(exc))
        return 1
    window.idle_lock = IdleLock(session, window)
    window.show()
    _daily_backup(window)
    return app.exec()


def _daily_backup(window):
    """Take the day's automatic backup in the background once the window is up; the status bar says when it
    starts, when it is done and whether it failed (it must never stop the office working, nor freeze the
    window: on a large office the copy takes seconds).

    When the live file fails its checks (the copy is verified before it counts), say so at once and offer the
    newest good backup (issue 19, item 6).

    Returns:
        The background :class:`ui.common.jobs.Job`, or None when none was due.
    """
    from models.core.backup import LiveDatabaseFailing, backup_due, maybe_daily_backup
    from ui.common.jobs import start_background

    try:
        due = backup_due()
    except Exception as exc:  # noqa: BLE001 - report, do not crash: the office must keep working
        due = False
        _backup_failed(window, exc)
    if not due:
        window.update_backup_label()
        return None
    window.statusBar().showMessage(QCoreApplication.translate("app", "Membuat cadangan harian…"))

    def done(path) -> None:
        window.statusBar().showMessage(
            QCoreApplication.translate("app", "Cadangan harian dibuat: {file}").format(
                file=getattr(path, "name", path)), 15000)
        window.update_backup_label()

    def failed(exc) -> None:
        if isinstance(exc, LiveDatabaseFailing):
            offer_restore(window, exc)
            window.update_backup_label()
        else:
            _backup_failed(window, exc)

    return start_background(window, lambda progress: maybe_daily_backup(progress=progress), on_done=done,
                            on_error=failed)


def _backup_failed(window, exc) -> None:
    window.statusBar().showMessage(
        QCoreApplication.translate("app", "Cadangan harian gagal: {error}").format(error=exc), 15000)
    window.update_backup_label()


def offer_restore(window, failing) -> bool:
    """Tell the office the live file fails its checks, and offer to restore the newest good backup.

    Returns:
        True when a restore was made.
    """
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Critical)
    box.setWindowTitle(QCoreApplication.translate("app", "Basis data gagal diperiksa"))
    box.setText(failing.message)
    if failing.problems:
        box.setDetailedText("\n".join(failing.problems[:30]))
    restore = None
    if failing.good_backup is not None:
        restore = box.addButton(QCoreApplication.translate("app", "Pulihkan cadangan terakhir yang baik…"),
                                QMessageBox.AcceptRole)
    box.addButton(QCoreApplication.translate("app", "Nanti"), QMessageBox.RejectRole)
    box.exec()
    if restore is None or box.clickedButton() is not restore:
        return False
    from ui.settings.backup_tab import CheckerDialog, Tab

    dialog = CheckerDialog(failing.good_backup, window)
    if not dialog.exec():
        return False
    tab = Tab(window.session, window)
    result = tab.restore_from(failing.good_backup, dialog.username.text().strip(), dialog.password.text())
    tab.deleteLater()
    return result is not None
