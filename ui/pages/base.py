"""Base class of the pages shown beside the navigation sidebar."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.session import Session


class Page(QWidget):
    """A sidebar page.  Subclasses build their widgets in ``__init__`` and reload their data in :meth:`refresh`.

    ``topics`` lists the :meth:`Session.notify` topics that make this page refresh when it is next shown.
    """

    topics: tuple[str, ...] = ()

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._stale = False
        session.changed.connect(self._on_changed)

    def _on_changed(self, topic: str) -> None:
        if topic in self.topics or topic == "*":
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def refresh(self) -> None:
        """Reload what the page shows (default: nothing to reload)."""

    def title_label(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("pageTitle")
        return label


class PlaceholderPage(Page):
    """Shown for an area whose module has not been delivered yet (honest, not a fake screen)."""

    def __init__(self, session: Session, title: str, parent: QWidget | None = None):
        super().__init__(session, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label(title))
        note = QLabel(self.tr("Bagian ini belum tersedia pada versi ini."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)
