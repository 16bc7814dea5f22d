"""Showing domain errors to people: field by field, never a traceback."""
from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLineEdit, QMessageBox, QWidget

from models.core.errors import DomainError, ValidationError


def is_database_error(exc: BaseException) -> bool:
    """Any database error (peewee, sqlite3, psycopg2): see :func:`models.core.db.is_database_error`."""
    from models.core.db import is_database_error as check

    return check(exc)


def error_text(exc: BaseException) -> str:
    """The message a person reads for ``exc`` (HTML: a list of fields for validation errors)."""
    from ui.common.labels import field_error_text, message

    if isinstance(exc, ValidationError) and len(exc.errors) > 1:
        items = "".join(f"<li>{html.escape(field_error_text(e))}</li>" for e in exc.errors)
        intro = QCoreApplication.translate("dialogs", "Periksa isian berikut:")
        return f"{intro}<ul>{items}</ul>"
    if isinstance(exc, ValidationError) and exc.errors:
        return html.escape(field_error_text(exc.errors[0]))
    if isinstance(exc, DomainError):
        return html.escape(message(exc.message))
    if is_database_error(exc):  # the file, what went wrong, what to do (issue 19, item 5)
        from models.core.db import describe_database_error

        return html.escape(describe_database_error(exc))
    if isinstance(exc, OSError):  # a file the user chose: full disk, no permission, a folder in the way
        where = exc.filename2 or exc.filename  # os.replace names the target second
        reason = exc.strerror or str(exc)
        text = (QCoreApplication.translate("dialogs", "Berkas {path} tidak dapat ditulis atau dibaca: {reason}.")
                .format(path=where, reason=reason) if where else
                QCoreApplication.translate("dialogs", "Berkas tidak dapat ditulis atau dibaca: {reason}.")
                .format(reason=reason))
        return html.escape(text)
    return html.escape(QCoreApplication.translate(
        "dialogs", "Terjadi kesalahan yang tidak terduga: {error}. Tidak ada data yang tersimpan "
                   "sebagian.").format(error=exc))


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("dialogs", "Tidak dapat disimpan"))
    box.setTextFormat(__import__("PySide6.QtCore", fromlist=["Qt"]).Qt.RichText)
    box.setText(error_text(exc))
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text, QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
    return answer == QMessageBox.Yes


def run_action(parent: QWidget | None, fn, *args, **kwargs):
    """Call a models/ action; show a DomainError (or a file that cannot be written) as a message and return
    None instead of raising."""
    try:
        return fn(*args, **kwargs)
    except (DomainError, OSError) as exc:
        show_error(parent, exc)
        return None
    except Exception as exc:  # noqa: BLE001 - only database errors are answered here; others are bugs
        if not is_database_error(exc):
            raise
        show_error(parent, exc)
        return None


def add_supervisor_login(form: QFormLayout, parent: QWidget) -> tuple[QLineEdit, QLineEdit]:
    """The rows where a supervisor approves at the counter with their own login: (username, password)."""
    username, password = QLineEdit(parent), QLineEdit(parent)
    password.setEchoMode(QLineEdit.Password)
    form.addRow(QCoreApplication.translate("dialogs", "Supervisor"), username)
    form.addRow(QCoreApplication.translate("dialogs", "Kata sandi"), password)
    return username, password


def supervisor_approver(username: QLineEdit | None, password: QLineEdit | None, *, required: bool = False):
    """The supervisor who logged in on :func:`add_supervisor_login`'s rows, or ``None`` when the rows are empty
    and not ``required``.

    Raises:
        DomainError: a wrong user name or password (from :func:`models.core.users.authenticate`).
    """
    if username is None or (not required and not username.text().strip()):
        return None
    from models.core.users import authenticate

    return authenticate(username.text().strip(), password.text())


def date_field(parent: QWidget, *, enabled: bool = True, date=None):
    """A date input as every form shows one: a calendar pop-up, ``dd/mm/yyyy``, today unless ``date`` is given,
    greyed out when the user may not choose another day (``enabled=False``)."""
    import datetime as dt

    from PySide6.QtWidgets import QDateEdit

    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setDate(date or dt.date.today())
    edit.setEnabled(enabled)
    return edit


def finish_form(dialog, layout, *, buttons=None, on_accept=None, chain=None):
    """End a form dialog: OK and Cancel (or the standard ``buttons``) under the rows, wired to ``on_accept``
    (default: accept) and reject, and the Tab order following the rows with the cursor in the first field
    (issue 20).  ``layout`` is the dialog's form (the fields are read from its rows) or any other layout, with
    the fields in ``chain``.

    Returns:
        The button box.
    """
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.common.focus import form_fields, set_focus_chain

    box = QDialogButtonBox(buttons if buttons is not None else QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
    box.accepted.connect(on_accept or dialog.accept)
    box.rejected.connect(dialog.reject)
    if isinstance(layout, QFormLayout):
        layout.addRow(box)
    else:
        layout.addWidget(box)
    fields = list(chain) if chain is not None else form_fields(layout) if isinstance(layout, QFormLayout) else []
    if fields:
        set_focus_chain(dialog, *fields)
    return box
