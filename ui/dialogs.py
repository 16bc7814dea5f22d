"""Showing domain errors to people: field by field, never a traceback."""
from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from models.errors import DomainError, ValidationError


def error_text(exc: BaseException) -> str:
    """The message a person reads for ``exc`` (HTML: a list of fields for validation errors)."""
    if isinstance(exc, ValidationError) and len(exc.errors) > 1:
        items = "".join(f"<li>{html.escape(str(e))}</li>" for e in exc.errors)
        intro = QCoreApplication.translate("dialogs", "Periksa isian berikut:")
        return f"{intro}<ul>{items}</ul>"
    if isinstance(exc, DomainError):
        return html.escape(exc.message)
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
    """Call a models/ action; show a DomainError as a message and return None instead of raising."""
    try:
        return fn(*args, **kwargs)
    except DomainError as exc:
        show_error(parent, exc)
        return None
