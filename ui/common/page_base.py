"""Base class of the pages shown beside the navigation sidebar."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QTableView, QTreeView, QVBoxLayout, QWidget

from ui.common.session import Session


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
        if not getattr(self, "_columns_remembered", False):
            self._columns_remembered = True
            for index, view in enumerate(self.findChildren(QAbstractItemView)):
                if isinstance(view, (QTableView, QTreeView)):
                    remember_columns(view, f"{type(self).__name__}/{view.objectName() or index}")
        if self._stale:
            self._stale = False
            self.refresh()

    def refresh(self) -> None:
        """Reload what the page shows (default: nothing to reload)."""

    def focus_widget(self) -> QWidget | None:
        """Where the cursor goes when the page opens: its ``first_focus`` attribute when set, else the first
        enabled, visible line edit (a search box, usually), else the first list."""
        chosen = getattr(self, "first_focus", None)
        if chosen is not None:
            return chosen
        for kind in (QLineEdit, QAbstractItemView):
            for widget in self.findChildren(kind):
                usable = widget.isEnabled() and widget.isVisibleTo(self) and widget.focusPolicy() != Qt.NoFocus
                if usable and not (isinstance(widget, QLineEdit) and widget.isReadOnly()):
                    return widget
        return None

    def focus_first(self) -> None:
        """Put the cursor where the page's work starts (called by the main window when the page opens)."""
        widget = self.focus_widget()
        if widget is not None:
            widget.setFocus(Qt.OtherFocusReason)
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def title_label(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("pageTitle")
        return label


def _header(view):
    return view.horizontalHeader() if isinstance(view, QTableView) else view.header()


def remember_columns(view, key: str) -> None:
    """Restore a table's column widths and order now, and save them whenever the user changes them.

    Every :class:`Page` does this for all its table and tree views the first time it is shown, so a cashier
    who widens the "Nama" column finds it wide tomorrow.
    """
    header = _header(view)
    if header is None or header.count() == 0:
        return
    state = QSettings().value(f"columns/{key}")
    if state is not None:
        header.restoreState(state)
    timer = QTimer(view)
    timer.setSingleShot(True)
    timer.setInterval(400)
    timer.timeout.connect(lambda: QSettings().setValue(f"columns/{key}", header.saveState()))
    header.sectionResized.connect(lambda *_: timer.start())
    header.sectionMoved.connect(lambda *_: timer.start())


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
