"""The shared core of the collection page's small read-only tables: headers over a list of row tuples.

:class:`ui.collections.page.RowsModel` (figures, registers, proposals: values formatted as it shows them) and
:class:`ui.collections.portfolio_tab.FiguresModel` (ready display texts with tooltips) add only how a cell is
shown; the portfolio tab cannot import the page (the page imports it), so the common part lives here.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt


class RowsBase(QAbstractTableModel):
    """Headers and rows (tuples, one value per column); subclasses give ``data``."""

    def __init__(self, headers: list[str], parent=None):
        super().__init__(parent)
        self.headers = headers
        self.rows: list[tuple] = []

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None
