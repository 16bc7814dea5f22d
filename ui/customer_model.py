"""The customer list's table model: ids first, display rows fetched on demand (Anki's browser model).

A filter or a sort runs one SQL query for the matching ids (:func:`models.search.list_ids`: 100,000 ids by
name in ~40 ms); display rows are fetched in blocks of :data:`BLOCK` around the rows the view paints
(:func:`models.customers.customer_rows`), so the view never waits for rows nobody looks at.  Sorting is SQL
``ORDER BY`` through :meth:`sort`; :data:`SORT_ROLE` gives native values and :data:`ID_ROLE` the id.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor

from models.customers import STATUSES, CustomerRow, customer_rows
from models.search import CustomerFilter, list_ids
from ui.labels import label
from ui.theme import COLORS

COL_NAME, COL_NIK, COL_MEMBER, COL_PHONE, COL_DISTRICT, COL_REGENCY, COL_OFFICER, COL_BRANCH, COL_STATUS = range(9)
COLUMN_COUNT = 9
ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
BLOCK = 120

# column -> (sort key of models.search.SORT_COLUMNS, CustomerRow attribute)
_COLUMNS = {
    COL_NAME: ("name", "full_name"), COL_NIK: ("nik", "nik"), COL_MEMBER: ("member_no", "member_no"),
    COL_PHONE: ("phone", "phone"), COL_DISTRICT: ("district", "district"), COL_REGENCY: ("regency", "regency"),
    COL_OFFICER: ("officer", "officer"), COL_BRANCH: ("branch", "branch"), COL_STATUS: ("status", "status"),
}


def _headers() -> list[str]:
    translate = QCoreApplication.translate  # under this name, with literals, lupdate extracts each call
    return [translate("CustomerModel", "Nama"), translate("CustomerModel", "NIK"),
            translate("CustomerModel", "No. anggota"), translate("CustomerModel", "Telepon"),
            translate("CustomerModel", "Kecamatan"), translate("CustomerModel", "Kabupaten/Kota"),
            translate("CustomerModel", "Petugas"), translate("CustomerModel", "Cabang"),
            translate("CustomerModel", "Status")]


class CustomerTableModel(QAbstractTableModel):
    """Customers visible to ``user`` matching a :class:`CustomerFilter`, sorted in SQL."""

    def __init__(self, user, parent=None):
        super().__init__(parent)
        self._user = user
        self._filter = CustomerFilter()
        self._ids: list[int] = []
        self._rows: dict[int, CustomerRow] = {}
        self._sort_column = COL_NAME
        self._descending = False
        self._unmasked = False
        self._headers = _headers()

    # ----------------------------------------------------------------------------------------- loading
    def set_user(self, user) -> None:
        self._user = user
        self._unmasked = False
        self.reload()

    def set_filter(self, flt: CustomerFilter) -> None:
        self._filter = flt
        self.reload()

    def current_filter(self) -> CustomerFilter:
        return self._filter

    def set_unmasked(self, unmasked: bool) -> None:
        """Show whole NIKs/phones (the caller has checked the permission and audited the reveal)."""
        self._unmasked = unmasked
        self._rows.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, COLUMN_COUNT - 1))

    def reload(self) -> None:
        self.beginResetModel()
        sort_key = _COLUMNS[self._sort_column][0]
        self._ids = list_ids(self._user, self._filter, sort=sort_key, descending=self._descending)
        self._rows = {}
        self.endResetModel()

    def customer_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, customer_id: int) -> int:
        try:
            return self._ids.index(customer_id)
        except ValueError:
            return -1

    def _row(self, row: int) -> CustomerRow | None:
        cid = self._ids[row]
        found = self._rows.get(cid)
        if found is None:
            start = max(0, row - BLOCK // 4)
            block = [i for i in self._ids[start:start + BLOCK] if i not in self._rows]
            for item in customer_rows(self._user, block, unmasked=self._unmasked):
                self._rows[item.id] = item
            if len(self._rows) > 20 * BLOCK:  # keep memory flat while scrolling through 100,000 rows
                keep = set(self._ids[start:start + BLOCK])
                self._rows = {k: v for k, v in self._rows.items() if k in keep}
            found = self._rows.get(cid)
        return found

    # ------------------------------------------------------------------------------------ Qt interface
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < COLUMN_COUNT:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._ids)) or index.column() >= COLUMN_COUNT:
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole:
            if index.column() != COL_STATUS:
                return None
            row = self._row(index.row())
            status = row.status if row else ""
            return QColor(COLORS["error"]) if status == "blacklist" else (
                QColor(COLORS["muted"]) if status == "nonaktif" else None)
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._row(index.row())
        if row is None:  # vanished since the ids were read (another desk reassigned it)
            return None
        value = getattr(row, _COLUMNS[index.column()][1])
        if index.column() == COL_STATUS and role == Qt.ItemDataRole.DisplayRole:
            return label(STATUSES.get(value, value))
        return value

    def sort(self, column, order=Qt.SortOrder.AscendingOrder) -> None:
        if column not in _COLUMNS:
            return
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        self._ids = list_ids(self._user, self._filter, sort=_COLUMNS[column][0], descending=self._descending)
        self._rows = {}
        self.layoutChanged.emit()
