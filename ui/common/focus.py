"""Where the cursor starts and where Tab goes next, on every page, tab and dialog (issue 20, item 5).

Qt's default Tab order is the order widgets were created in, which on a form built in several passes jumps
about; each screen states its order once, the way the work goes, through :func:`set_focus_chain`.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def set_focus_chain(owner: QWidget, *widgets: QWidget | None) -> list[QWidget]:
    """Give ``owner`` (a page, a tab or a dialog) its first focus and its Tab order, the way the work goes
    (issue 20: every page sets a sensible focus and tab order; the keyboard alone does the job).

    ``widgets`` lists the inputs in order (``None`` entries are skipped); the first one is where the cursor goes
    when the page opens (:attr:`Page.first_focus`) or when the dialog is shown.  The list is kept as
    ``owner.tab_chain`` so a test can walk it.  Widgets hidden or disabled for a role stay in the chain: Qt's Tab
    skips them.  A list or table in the chain gives Tab up (the arrow keys move inside it), and so does a note
    field (no tab characters typed into notes).

    Returns:
        The chain.
    """
    chain = [widget for widget in widgets if widget is not None]
    for widget in chain:
        if isinstance(widget, QAbstractItemView):
            widget.setTabKeyNavigation(False)  # Tab leaves a list for the next input; the arrows move inside it
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            widget.setTabChangesFocus(True)  # a note field passes Tab on instead of typing a tab character
        elif isinstance(widget, QDateTimeEdit) and widget.specialValueText():
            widget.installEventFilter(_TAB_LEAVES)  # Qt traps Tab in a date field showing its blank text
    owner.first_focus = chain[0]
    owner.tab_chain = chain
    for before, after in zip(chain, chain[1:]):
        QWidget.setTabOrder(before, after)
    if isinstance(owner, QDialog) and not owner.isVisible():
        chain[0].setFocus(Qt.OtherFocusReason)  # taken when the dialog is shown
    return chain


class _TabLeaves(QObject):
    """Tab and Shift+Tab leave a date field that shows its special value ("no date"): Qt's date field otherwise
    keeps the cursor in its first section for ever (measured: six Tabs, still there)."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt naming)
        if event.type() != QEvent.KeyPress or event.key() not in (Qt.Key_Tab, Qt.Key_Backtab):
            return False
        if watched.text() != watched.specialValueText():
            return False
        forward = event.key() == Qt.Key_Tab and not event.modifiers() & Qt.ShiftModifier
        step = QWidget.nextInFocusChain if forward else QWidget.previousInFocusChain
        widget = step(watched)
        while widget is not None and widget is not watched:
            if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.TabFocus \
                    and widget.focusProxy() is None:
                widget.setFocus(Qt.TabFocusReason if forward else Qt.BacktabFocusReason)
                return True
            widget = step(widget)
        return False


_TAB_LEAVES = _TabLeaves()


def form_fields(form: QFormLayout) -> list[QWidget]:
    """The widgets a person fills in on ``form``, row by row (labels and widgets without focus left out)."""
    found: list[QWidget] = []

    def collect(item) -> None:
        if item is None:
            return
        widget, layout = item.widget(), item.layout()
        if widget is not None:
            if not isinstance(widget, QLabel) and widget.focusPolicy() != Qt.NoFocus and widget not in found:
                found.append(widget)
        elif isinstance(layout, QLayout):
            for n in range(layout.count()):
                collect(layout.itemAt(n))

    for row in range(form.rowCount()):
        for role in (QFormLayout.LabelRole, QFormLayout.FieldRole, QFormLayout.SpanningRole):
            item = form.itemAt(row, role)
            if role == QFormLayout.LabelRole and item is not None and isinstance(item.widget(), QLabel):
                continue
            collect(item)
    return found


#: Inputs whose own children (a combo box's line edit, a spin box's editor) are not stops of their own.
_LEAVES = ("QComboBox", "QAbstractSpinBox", "QLineEdit", "QAbstractButton", "QAbstractItemView", "QTextEdit",
           "QPlainTextEdit", "QTabBar", "QAbstractSlider")


def _is_leaf(widget: QWidget) -> bool:
    return any(widget.inherits(name) for name in _LEAVES)


def layout_fields(owner: QWidget) -> list[QWidget]:
    """The inputs of ``owner`` in reading order: its layouts top to bottom, a form row by row, a grid row by row,
    every page of a tab widget, splitter or scroll area in turn.  Used for the Tab order of dialogs and tabs that
    are read the way they are laid out."""
    from PySide6.QtWidgets import QGridLayout, QScrollArea, QSplitter, QStackedWidget, QTabWidget

    found: list[QWidget] = []

    def visit_widget(widget: QWidget) -> None:
        if widget is None or widget in found or isinstance(widget, QLabel):
            return
        if _is_leaf(widget):
            read_only_text = widget.inherits("QTextEdit") and widget.isReadOnly()  # a summary to read, not fill
            if widget.focusPolicy() & Qt.TabFocus and not read_only_text:
                found.append(widget)
            return
        if isinstance(widget, (QTabWidget, QStackedWidget)):
            for n in range(widget.count()):
                visit_widget(widget.widget(n))
            return
        if isinstance(widget, QSplitter):
            for n in range(widget.count()):
                visit_widget(widget.widget(n))
            return
        if isinstance(widget, QScrollArea):
            visit_widget(widget.widget())
            return
        if widget.layout() is not None:
            visit_layout(widget.layout())

    def visit_item(item) -> None:
        if item is None:
            return
        if item.widget() is not None:
            visit_widget(item.widget())
        elif item.layout() is not None:
            visit_layout(item.layout())

    def visit_layout(layout: QLayout) -> None:
        if isinstance(layout, QFormLayout):
            for row in range(layout.rowCount()):
                for role in (QFormLayout.LabelRole, QFormLayout.FieldRole, QFormLayout.SpanningRole):
                    visit_item(layout.itemAt(row, role))
        elif isinstance(layout, QGridLayout):
            cells = []
            for n in range(layout.count()):
                row, column, _rs, _cs = layout.getItemPosition(n)
                cells.append((row, column, n))
            for _row, _column, n in sorted(cells):
                visit_item(layout.itemAt(n))
        else:
            for n in range(layout.count()):
                visit_item(layout.itemAt(n))

    if owner.layout() is not None:
        visit_layout(owner.layout())
    return found


def chain_as_laid_out(owner: QWidget) -> list[QWidget]:
    """:func:`set_focus_chain` over :func:`layout_fields`: the Tab order is the reading order."""
    fields = layout_fields(owner)
    return set_focus_chain(owner, *fields) if fields else []
