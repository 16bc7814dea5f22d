"""Lazy table models: the matching ids read a window at a time, display rows fetched in blocks (Anki's browser).

A list over 100,000 customers or loans opens with two cheap queries: how many rows match (a COUNT over an
index) and the first window of ids in display order (``LIMIT``); further windows are read as the view scrolls
to them (:class:`WindowedIds`), so opening a list costs the same on the demo office and on a 100.000-loan
office (issue 18).  The rows the view paints are fetched a block at a time around the row asked for, and the
cache is trimmed so that scrolling through the whole list keeps memory flat.  Subclasses say how to fetch a
block (:meth:`LazyIdModel.fetch`) and how to show a row (``data``); they set ``self.ids`` through
:meth:`LazyIdModel.set_ids`, with a plain list or a :class:`WindowedIds`.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

#: Ids read per window (one ``LIMIT``/``OFFSET`` query along the sort's index).
WINDOW = 500


class WindowedIds(Sequence):
    """The ids of a sorted list, known by count and read a window at a time.

    Args:
        count: how many rows match (a COUNT with the list's filters).
        window: ``window(offset, limit)`` returns the ids at ``offset`` in display order (``limit`` None: all the
            rest); one indexed query.
        size: ids per window (default :data:`WINDOW`).
    A position beyond what the window query returns (rows deleted since the count) reads as ``None``; a row
    added since appears on the next reload.  ``index``, iteration and ``list()`` read every id at once (an
    export, "select this customer"), which is what a plain list of ids cost before.
    """

    def __init__(self, count: int, window: Callable[[int, int | None], list[int]], size: int | None = None):
        self._count = max(0, int(count))
        self._window = window
        self._size = size or WINDOW
        self._windows: dict[int, list[int]] = {}
        self._all: list[int] | None = None

    def __len__(self) -> int:
        return self._count

    def _at(self, position: int) -> int | None:
        if self._all is not None:
            return self._all[position] if position < len(self._all) else None
        number, offset = divmod(position, self._size)
        ids = self._windows.get(number)
        if ids is None:
            ids = self._windows[number] = list(self._window(number * self._size, self._size))
        return ids[offset] if offset < len(ids) else None

    def __getitem__(self, position):
        if isinstance(position, slice):
            return [self._at(k) for k in range(*position.indices(self._count))]
        if position < 0:
            position += self._count
        if not 0 <= position < self._count:
            raise IndexError(position)
        return self._at(position)

    def loaded(self) -> int:
        """How many ids have been read so far (tests, benchmarks)."""
        return len(self._all) if self._all is not None else sum(len(w) for w in self._windows.values())

    def _every(self) -> list[int]:
        if self._all is None:
            self._all = list(self._window(0, None))
            self._windows = {}
        return self._all

    def __iter__(self):
        return iter(self._every())

    def index(self, value, start: int = 0, stop: int | None = None) -> int:
        for number, ids in self._windows.items():
            if value in ids:
                return number * self._size + ids.index(value)
        return self._every().index(value)

    def __contains__(self, value) -> bool:
        return any(value in ids for ids in self._windows.values()) or value in self._every()


class LazyIdModel(QAbstractTableModel):
    """Rows keyed by id, fetched ``block`` at a time; at most 20 blocks are kept."""

    def __init__(self, headers: list[str], block: int, parent=None):
        super().__init__(parent)
        self.headers = headers
        self.block = block
        self.ids: Sequence[int] = []
        self._cache: dict[int, object] = {}
        # False until the first list is read: a sort asked for while the view is being built (setSortingEnabled,
        # sortByColumn) only records the order, so opening a page reads the list once, not once per call.
        self.loaded = False

    def fetch(self, ids: list[int]) -> dict[int, object]:
        """The display rows of ``ids`` (missing ids: rows gone since the ids were read)."""
        raise NotImplementedError

    def set_ids(self, ids: Sequence[int]) -> None:
        """Replace the list (after a filter or sort) and forget every fetched row."""
        self.beginResetModel()
        self.ids = ids
        self._cache = {}
        self.loaded = True
        self.endResetModel()

    def reorder(self, ids: Sequence[int]) -> None:
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
        if key is None:  # deleted since the list was counted
            return None
        if key not in self._cache:
            start = max(0, row - self.block // 4)
            wanted = [i for i in self.ids[start:start + self.block] if i is not None and i not in self._cache]
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
