"""Validation messages on a form: each names the field's label and the rule, and goes away once fixed.

A models/ action refuses with a :class:`~models.core.errors.ValidationError` listing :class:`FieldError`s keyed by
field (``branch_code``).  :class:`FormErrors` shows them in words ("Kode cabang: kode cabang 1–8 huruf/angka tanpa
spasi"), outlines the offending widgets, and listens to each widget: when the person edits a field, that field's
messages disappear, and the whole label hides when none is left — no stale "password_again: …" under a
corrected form.  Rows of a table-like form (users in the wizard) register their widgets as ``"username:2"``
(field:row), matching ``FieldError.row``.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from models.core.errors import DomainError, FieldError, ValidationError
from ui.common.labels import field_error_text, label, message

INVALID_STYLE = "border: 1px solid #b3261e;"


class FormErrors:
    """Shows a form's validation errors in ``target`` (a rich-text QLabel) and clears them field by field.

    Args:
        target: the label that shows the messages (hidden while there are none).
        fields: field key → widget (or ``"key:row"`` → widget for numbered rows).
        labels: field key → the label shown beside it on this form (overrides models.core.texts.FIELD_LABELS).
    """

    def __init__(self, target: QLabel, fields: dict[str, QWidget] | None = None,
                 labels: dict[str, str] | None = None):
        self.target = target
        self.fields: dict[str, QWidget] = {}
        self.labels = dict(labels or {})
        self.errors: list[FieldError] = []
        self.general: str = ""
        target.setTextFormat(Qt.RichText)
        target.setWordWrap(True)
        target.hide()
        for key, widget in (fields or {}).items():
            self.add(key, widget)

    def add(self, key: str, widget: QWidget, field_label: str | None = None) -> None:
        """Watch ``widget`` as field ``key``; ``field_label`` is the text beside it (for the message)."""
        self.fields[key] = widget
        if field_label:
            self.labels[key.split(":")[0]] = field_label
        edited = lambda *_: self.edited(key)  # noqa: E731
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(edited)
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            widget.textChanged.connect(edited)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(edited)
        elif isinstance(widget, QAbstractButton):
            widget.toggled.connect(edited)

    def _key(self, error: FieldError) -> str:
        return f"{error.field}:{error.row}" if error.row is not None and f"{error.field}:{error.row}" in self.fields \
            else error.field

    def text_of(self, error: FieldError) -> str:
        name = self.labels.get(error.field)
        if name is None:
            return field_error_text(error)
        where = (QCoreApplication.translate("labels", "baris {row}").format(row=error.row) + ", "
                 if error.row is not None and f"{error.field}:{error.row}" not in self.fields else "")
        return f"{where}{label(name)}: {message(error.message)}"

    def show(self, exc: BaseException) -> None:
        """Show the errors of ``exc`` (any DomainError; a ValidationError field by field)."""
        self._unmark()
        if isinstance(exc, ValidationError):
            self.errors, self.general = list(exc.errors), ""
        elif isinstance(exc, DomainError):
            self.errors, self.general = [], html.escape(message(exc.message))
        else:
            from ui.common.dialogs import error_text

            self.errors, self.general = [], error_text(exc)
        for error in self.errors:
            widget = self.fields.get(self._key(error))
            if widget is not None:
                widget.setStyleSheet(INVALID_STYLE)
                widget.setToolTip(self.text_of(error))
        self._render()
        first = next((self.fields.get(self._key(e)) for e in self.errors if self.fields.get(self._key(e))), None)
        if first is not None:
            first.setFocus()

    def attempt(self, action, *args, **kwargs) -> bool:
        """Run a models/ action for this form: a refusal is shown on the form (field by field) and gives False;
        success clears the messages and gives True.  Every "Lanjut" / "Simpan" of a form goes this way."""
        from models.core.errors import DomainError

        try:
            action(*args, **kwargs)
        except DomainError as exc:
            self.show(exc)
            return False
        self.clear()
        return True

    def edited(self, key: str) -> None:
        """The person changed field ``key``: its messages are no longer true."""
        before = len(self.errors)
        self.errors = [e for e in self.errors if self._key(e) != key]
        widget = self.fields.get(key)
        if widget is not None and widget.styleSheet() == INVALID_STYLE:
            widget.setStyleSheet("")
            widget.setToolTip("")
        if len(self.errors) != before or self.general:
            self.general = ""
            self._render()

    def clear(self) -> None:
        self._unmark()
        self.errors, self.general = [], ""
        self._render()

    def _unmark(self) -> None:
        for widget in self.fields.values():
            if widget.styleSheet() == INVALID_STYLE:
                widget.setStyleSheet("")
                widget.setToolTip("")

    def _render(self) -> None:
        parts = [self.general] if self.general else []
        parts += [html.escape(self.text_of(e)) for e in self.errors]
        if not parts:
            self.target.clear()
            self.target.hide()
            return
        # One line per problem (a <ul> was laid out taller than the label a form row gave it: items were cut).
        self.target.setText(parts[0] if len(parts) == 1 else "<br>".join(f"• {p}" for p in parts))
        self.target.show()
        self.target.updateGeometry()
