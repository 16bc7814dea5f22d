"""The office's list tables: whole rows selected one at a time, read-only, striped, no row numbers."""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def make_table(model: QAbstractItemModel, parent: QWidget | None = None, *,
               widths: dict[int, int] | None = None, sort: tuple[int, Qt.SortOrder] | None = None,
               name: str = "") -> QTableView:
    """A table over ``model``.

    Args:
        widths: starting column widths in pixels; the user may then drag them (and the page remembers them).
            Without widths the columns fit their contents, except over a lazy list (:class:`ui.common.lazy_model.
            LazyIdModel`): fitting 100.000 rows would fetch every one of them, so there each column starts as wide
            as its header.
        sort: ``(column, order)`` to sort by the header (the model sorts, in SQL for the lazy lists).
        name: the object name (style sheet and remembered column widths key on it).
    """
    view = QTableView(parent)
    if name:
        view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    if widths:
        view.verticalHeader().setDefaultSectionSize(26)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = view.fontMetrics()
        for column, width in widths.items():
            # Never narrower than the column's own header (a translation may be longer than the original).
            text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            view.setColumnWidth(column, max(width, metrics.horizontalAdvance(text) + 36))
    else:
        from ui.common.lazy_model import LazyIdModel

        if isinstance(model, LazyIdModel):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            metrics = view.fontMetrics()
            for column in range(model.columnCount()):
                text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                view.setColumnWidth(column, max(80, metrics.horizontalAdvance(text) + 36))
        else:
            # A small bounded list (a loan's schedule, search hits): fitted to its contents once per new content,
            # not on every layout pass (ResizeToContents asks every cell again at each repaint).
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            view.resizeColumnsToContents()
            model.modelReset.connect(view.resizeColumnsToContents)
    if sort is not None:
        view.setSortingEnabled(True)
        view.sortByColumn(*sort)
    return view


def header_width(view: QTableView, column: int, padding: int = 30) -> int:
    """The width a column needs to show its header text whole, measured in bold (the theme's header font) plus
    room for the sort arrow."""
    from PySide6.QtGui import QFont, QFontMetrics

    font = QFont(view.horizontalHeader().font())
    font.setBold(True)
    text = str(view.model().headerData(column, Qt.Horizontal) or "")
    return max((QFontMetrics(font).horizontalAdvance(line) for line in text.splitlines() or [""])) + padding


def fit_headers(view: QTableView, padding: int = 30) -> None:
    """Widen every column that is narrower than its own header (e.g. "Hari tunggak" cut to "lari tungga")."""
    for column in range(view.model().columnCount()):
        need = header_width(view, column, padding)
        if view.columnWidth(column) < need:
            view.setColumnWidth(column, need)
