"""The setup checklist on the home screen: what a new office still lacks before its first disbursement.

The items and the roles allowed to do each come from :func:`models.setup.office_setup.checklist` (checked against the
data every time, so the list cannot drift from the truth).  The panel sits above the pages while anything is
missing and disappears by itself once the office is ready.
"""
from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.common.labels import message


def checklist_html(items=None) -> str:
    """The checklist as rich text: ✓ done, ✗ missing with who may do it."""
    from PySide6.QtCore import QCoreApplication

    from models.setup.office_setup import checklist

    items = checklist() if items is None else items
    translate = QCoreApplication.translate  # under this name, with literals, lupdate extracts each call
    missing = [i for i in items if not i.done]
    head = (translate("SetupChecklist", "Kantor siap: pengajuan dapat dicairkan dan angsuran diterima.") if not missing
            else translate("SetupChecklist", "Sebelum pencairan pertama masih perlu {n} hal:").format(n=len(missing)))
    rows = []
    for item in items:
        mark = "✓" if item.done else "✗"
        colour = "#2e7d32" if item.done else "#b3261e"
        who = "" if item.done else " — " + translate("SetupChecklist", "oleh: {roles}").format(
            roles=", ".join(message(r) for r in item.who.split(", ")))
        rows.append(f"<li><span style='color:{colour}'>{mark}</span> {html.escape(message(item.text))}"
                    f"<i>{html.escape(who)}</i></li>")
    return f"<b>{html.escape(head)}</b><ul style='margin-left:0'>{''.join(rows)}</ul>"


class SetupChecklistPanel(QFrame):
    """Shown above the pages while the office is not ready to disburse; hidden once it is."""

    def __init__(self, parent: QWidget | None = None, load: bool = True):
        """``load=False``: start hidden and let the caller :meth:`refresh` later (the main window does so right
        after its first paint: the checklist's queries and imports are not start-up's to wait for)."""
        super().__init__(parent)
        self.setObjectName("setupChecklist")
        self.setFrameShape(QFrame.StyledPanel)
        self.setStyleSheet("#setupChecklist { background: #fff8e1; border: 1px solid #f0c36d; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.text = QLabel()
        self.text.setTextFormat(Qt.RichText)
        self.text.setWordWrap(True)
        column = QVBoxLayout()
        column.addWidget(self.text)
        layout.addLayout(column, 1)
        self.hide_button = QPushButton(self.tr("Sembunyikan"))
        self.hide_button.clicked.connect(self.hide)
        layout.addWidget(self.hide_button, 0, Qt.AlignTop)
        if load:
            self.refresh()
        else:
            self.hide()

    def refresh(self) -> bool:
        """Re-read the checklist; returns True when something is still missing (and the panel shows)."""
        from models.setup.office_setup import checklist

        try:
            items = checklist()
        except Exception:  # noqa: BLE001 - a database without an office: nothing to advise
            self.hide()
            return False
        missing = any(not i.done for i in items)
        self.text.setText(checklist_html(items))
        self.setVisible(missing)
        return missing
