"""Lazy table models: the ids of every matching row up front, display rows fetched in blocks (Anki's browser).

A list over 100,000 customers or loans reads only ids when a filter or sort changes (one indexed query); the
rows the view paints are fetched a block at a time around the row asked for, and the cache is trimmed so that
scrolling through the whole list keeps memory flat.  Subclasses say how to fetch a block (:meth:`fetch`) and
how to show a row (``data``); they set ``self.ids`` through :meth:`set_ids`.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt


class LazyIdModel(QAbstractTableModel):
    """Rows keyed by id, fetched ``block`` at a time; at most 20 blocks are kept."""

    def __init__(self, headers: list[str], block: int, parent=None):
        super().__init__(parent)
        self.headers = headers
        self.block = block
        self.ids: list[int] = []
        self._cache: dict[int, object] = {}
        # False until the first list is read: a sort asked for while the view is being built (setSortingEnabled,
        # sortByColumn) only records the order, so opening a page reads the list once, not once per call.
        self.loaded = False

    def fetch(self, ids: list[int]) -> dict[int, object]:
        """The display rows of ``ids`` (missing ids: rows gone since the ids were read)."""
        raise NotImplementedError

    def set_ids(self, ids: list[int]) -> None:
        """Replace the list (after a filter or sort) and forget every fetched row."""
        self.beginResetModel()
        self.ids = ids
        self._cache = {}
        self.loaded = True
        self.endResetModel()

    def reorder(self, ids: list[int]) -> None:
        """The same rows in another order (a sort): a layout change, not a reset."""
        self.layoutAboutToBeChanged.emit()
        self.ids = ids
        self._cache = {}
        self.layoutChanged.emit()

    def forget_rows(self) -> None:
        """Fetch every row again on next paint (what they show changed, not which they are)."""
        self._cache.clear()
        if self.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, len(self.headers) - 1))

    def id_at(self, row: int) -> int | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def row_data(self, row: int):
        """The display row at ``row``, fetching its block if needed; ``None`` if it vanished."""
        key = self.ids[row]
        if key not in self._cache:
            start = max(0, row - self.block // 4)
            wanted = [i for i in self.ids[start:start + self.block] if i not in self._cache]
            self._cache.update(self.fetch(wanted))
            if len(self._cache) > 20 * self.block:  # keep memory flat while scrolling through 100,000 rows
                keep = set(self.ids[start:start + self.block])
                self._cache = {k: v for k, v in self._cache.items() if k in keep}
        return self._cache.get(key)

    def valid(self, index: QModelIndex) -> bool:
        return index.isValid() and 0 <= index.row() < len(self.ids) and index.column() < len(self.headers)

    # ------------------------------------------------------------------------------------ Qt interface
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.headers):
            return self.headers[section]
        return None
