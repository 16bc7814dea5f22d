"""The customer list's table model: ids first, display rows fetched on demand (Anki's browser model).

A filter or a sort counts the matching customers and reads the first window of their ids
(:func:`models.customers.search.count_ids`, :func:`~models.customers.search.list_ids` with ``LIMIT``: under a
millisecond each at 100,000 customers, where reading every id took ~40 ms); display rows are fetched in blocks of :data:`BLOCK` around the rows the view paints
(:func:`models.customers.customers.customer_rows`), so the view never waits for rows nobody looks at.  Sorting is SQL
``ORDER BY`` through :meth:`sort`; :data:`SORT_ROLE` gives native values and :data:`ID_ROLE` the id.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from models.customers.customers import STATUSES, CustomerRow, customer_rows
from models.customers.search import CustomerFilter, count_ids, list_ids
from ui.common.labels import label
from ui.common.lazy_model import LazyIdModel, WindowedIds
from ui.common.theme import COLORS

COL_NAME, COL_NIK, COL_MEMBER, COL_PHONE, COL_DISTRICT, COL_REGENCY, COL_OFFICER, COL_BRANCH, COL_STATUS = range(9)
ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
BLOCK = 120

# column -> (sort key of models.customers.search.SORT_COLUMNS, CustomerRow attribute)
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


class CustomerTableModel(LazyIdModel):
    """Customers visible to ``user`` matching a :class:`CustomerFilter`, sorted in SQL."""

    def __init__(self, user, parent=None):
        super().__init__(_headers(), BLOCK, parent)
        self._user = user
        self._filter = CustomerFilter()
        self._sort_column = COL_NAME
        self._descending = False
        self._unmasked = False

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
        self.forget_rows()

    def _matching_ids(self) -> WindowedIds:
        """How many match, and their ids read a window at a time (opening the list reads one window)."""
        user, flt = self._user, self._filter
        sort, descending = _COLUMNS[self._sort_column][0], self._descending
        return WindowedIds(count_ids(user, flt), lambda offset, limit: list_ids(
            user, flt, sort=sort, descending=descending, limit=limit, offset=offset))

    def reload(self) -> None:
        self.set_ids(self._matching_ids())

    def fetch(self, ids: list[int]) -> dict[int, CustomerRow]:
        return {item.id: item for item in customer_rows(self._user, ids, unmasked=self._unmasked)}

    def customer_id(self, row: int) -> int | None:
        return self.id_at(row)

    def row_of(self, customer_id: int) -> int:
        try:
            return self.ids.index(customer_id)
        except ValueError:
            return -1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not self.valid(index):
            return None
        if role == ID_ROLE:
            return self.ids[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole:
            if index.column() != COL_STATUS:
                return None
            row = self.row_data(index.row())
            status = row.status if row else ""
            return QColor(COLORS["error"]) if status == "blacklist" else (
                QColor(COLORS["muted"]) if status == "nonaktif" else None)
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.row_data(index.row())
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
        if self.loaded:  # before the first load the order is only recorded (one read per open)
            self.reorder(self._matching_ids())
