"""A tab holding one form: a line saying what the settings do, the rows, and a "Simpan" button.

Settings tabs that edit a handful of values (the amount ceiling, the approval limits …) share this frame, so
each states only its rows and what saving does; the Tab order follows the rows to "Simpan" (issue 20).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.common.focus import form_fields, set_focus_chain


class FormTab(QWidget):
    """Build the rows into :attr:`form` after ``super().__init__``, then call :meth:`finish`."""

    def __init__(self, session, intro: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.outer = QVBoxLayout(self)
        note = QLabel(intro)
        note.setWordWrap(True)
        self.outer.addWidget(note)
        self.form = QFormLayout()

    def finish(self, save, *, name: str, permission: str = "settings.edit") -> QPushButton:
        """Add the form and its "Simpan" button (object name ``name``, enabled for ``permission``, calling
        ``save``) and set the Tab order through the rows to the button."""
        self.outer.addLayout(self.form)
        self.save_button = QPushButton(QCoreApplication.translate("FormTab", "Simpan"))
        self.save_button.setObjectName(name)
        self.save_button.setEnabled(self.session.can(permission))
        self.save_button.clicked.connect(save)
        self.outer.addWidget(self.save_button)
        self.outer.addStretch(1)
        set_focus_chain(self, *form_fields(self.form), self.save_button)
        return self.save_button
