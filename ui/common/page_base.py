"""Base class of the pages shown beside the navigation sidebar."""
from __future__ import annotations

import sys
import traceback
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui.common.focus import set_focus_chain  # noqa: F401 - the pages take it from here
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
                self.safe_refresh()
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
            self.safe_refresh()

    def safe_refresh(self) -> bool:
        """:meth:`refresh`, answering a database or domain error with a message box instead of letting it escape
        a Qt event handler or slot (an exception there can abort PySide; issue 19, item 5).

        Returns:
            True when the page reloaded, False when an error was shown.
        """
        try:
            self.refresh()
        except Exception as exc:  # noqa: BLE001 - only expected kinds are answered; others are reported as bugs
            report_failure(self, exc)
            return False
        return True

    def refresh(self) -> None:
        """Reload what the page shows (default: nothing to reload)."""

    def focus_widget(self) -> QWidget | None:
        """Where the cursor goes when the page opens: its ``first_focus`` attribute when set (on a page of tabs,
        the first field of its chain on the tab shown), else the first
        enabled, visible line edit (a search box, usually), else the first list."""
        chosen = getattr(self, "first_focus", None)
        if chosen is not None and not chosen.isVisibleTo(self) and getattr(self, "tab_chain", None):
            # a page of tabs whose first field is on another tab: the first usable field of the tab on show
            chosen = next((w for w in self.tab_chain if w.isVisibleTo(self) and w.isEnabled()), chosen)
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


def expected_failure(exc: BaseException) -> bool:
    """A failure the person can act on (a damaged or read-only file, a refusal, a file system error), as opposed
    to a bug."""
    from models.core.errors import DomainError
    from ui.common.dialogs import is_database_error

    return isinstance(exc, (DomainError, OSError)) or is_database_error(exc)


def report_failure(parent: QWidget | None, exc: BaseException) -> None:
    """Show ``exc`` as a message box (the file, what went wrong, what to do); a bug goes to ``sys.excepthook``
    too, so it still reaches stderr (and fails a pytest-qt test) without escaping a Qt slot."""
    from ui.common.dialogs import show_error

    if not expected_failure(exc):
        sys.excepthook(type(exc), exc, exc.__traceback__)
        return  # the application's hook shows the message box
    try:
        show_error(parent, exc, QCoreApplication.translate("Page", "Data tidak dapat dibaca"))
    except Exception:  # noqa: BLE001 - never fail while reporting a failure
        traceback.print_exc()


class LoadFailedPanel(QWidget):
    """Shown in place of a page or a settings tab that could not be built, with the reason and what to do
    (issue 19, item 5): never a half-built widget, never silence."""

    def __init__(self, exc: BaseException, parent: QWidget | None = None):
        super().__init__(parent)
        from ui.common.dialogs import error_text

        self.setObjectName("loadFailed")
        layout = QVBoxLayout(self)
        heading = QLabel(QCoreApplication.translate("Page", "Bagian ini tidak dapat dibuka."))
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        self.message = QLabel(error_text(exc))
        self.message.setTextFormat(Qt.RichText)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def text(self) -> str:
        """The message shown (plain text)."""
        from PySide6.QtGui import QTextDocument

        document = QTextDocument()
        document.setHtml(self.message.text())
        return document.toPlainText()

    def refresh(self) -> None:
        """Nothing to reload: the page is built again when the application next starts."""


def _top_level_keys() -> set[int]:
    import shiboken6

    return {shiboken6.getCppPointer(widget)[0] for widget in QApplication.topLevelWidgets()}


def build_guarded(factory: Callable[[], QWidget]) -> QWidget:
    """``factory()``, or a :class:`LoadFailedPanel` naming the reason when building it fails.

    Every page (main window) and every settings tab is built through here.  The widget is built on its own,
    without a parent, and handed back only when its construction finished; on failure the half-built widget and
    every parentless widget it created on the way are deleted at once (left alive, they stay hidden windows that
    still receive every font, style and close event, connected to signals of a page that never existed).  A database error
    (peewee, sqlite3, psycopg2, undecodable text) or a refusal is shown in the panel; anything else is a bug and
    also goes to ``sys.excepthook``.
    """
    import shiboken6

    before = _top_level_keys()
    try:
        return factory()
    except Exception as exc:  # noqa: BLE001 - see the docstring: nothing escapes, bugs are still reported
        panel = LoadFailedPanel(exc)
        if not expected_failure(exc):
            sys.excepthook(type(exc), exc, exc.__traceback__)
        traceback.clear_frames(exc.__traceback__)  # the frames hold the half-built widget
        exc.__traceback__ = None
    keep = shiboken6.getCppPointer(panel)[0]
    strays = [w for w in QApplication.topLevelWidgets()
              if w.parentWidget() is None and shiboken6.getCppPointer(w)[0] not in before | {keep}
              and not w.isVisible()]
    for widget in strays:  # parentless only: their children (a combo box's popup …) go with them
        if shiboken6.isValid(widget):
            shiboken6.delete(widget)
    return panel

