"""Where the cursor starts and where Tab goes next, on every page, tab and dialog (issue 20, item 5).

Qt's default Tab order is the order widgets were created in, which on a form built in several passes jumps
about; each screen states its order once, the way the work goes, through :func:`set_focus_chain`.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QFormLayout, QLabel, QLayout, QWidget


def set_focus_chain(owner: QWidget, *widgets: QWidget | None) -> list[QWidget]:
    """Give ``owner`` (a page, a tab or a dialog) its first focus and its Tab order, the way the work goes
    (issue 20: every page sets a sensible focus and tab order; the keyboard alone does the job).

    ``widgets`` lists the inputs in order (``None`` entries are skipped); the first one is where the cursor goes
    when the page opens (:attr:`Page.first_focus`) or when the dialog is shown.  The list is kept as
    ``owner.tab_chain`` so a test can walk it.  Widgets hidden or disabled for a role stay in the chain: Qt's Tab
    skips them.  A list or table in the chain gives Tab up (the arrow keys move inside it).

    Returns:
        The chain.
    """
    chain = [widget for widget in widgets if widget is not None]
    for widget in chain:
        if isinstance(widget, QAbstractItemView):
            widget.setTabKeyNavigation(False)  # Tab leaves a list for the next input; the arrows move inside it
    owner.first_focus = chain[0]
    owner.tab_chain = chain
    for before, after in zip(chain, chain[1:]):
        QWidget.setTabOrder(before, after)
    if isinstance(owner, QDialog):
        chain[0].setFocus(Qt.OtherFocusReason)  # taken when the dialog is shown
    return chain


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
