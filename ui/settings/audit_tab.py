"""Settings tab "Jejak audit": the audit trail viewer, for roles holding ``audit.view``."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.settings.audit_viewer import AuditViewer

TAB_ORDER = 90
PERMISSION = "audit.view"


def tab_title() -> str:
    return QCoreApplication.translate("SettingsTabs", "Jejak audit")


class Tab(QWidget):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.viewer = AuditViewer(session)
        layout.addWidget(self.viewer)

    def refresh(self) -> None:
        if hasattr(self.viewer, "refresh"):
            self.viewer.refresh()
