"""The audit trail viewer: who did what and when, filtered, exported, and its hash chain verified.

The table is lazy (Anki's browser pattern): a filter runs one SQL query for the matching ids in the chosen
order, and display rows are fetched in pages of :data:`PAGE` only when the view asks for them, so a trail of a
million rows opens as fast as one of a hundred.  Sorting and filtering happen in SQL.

Exporting the trail writes personal data (names, before/after values) to a file, so the export is itself an
audited action (UU 27/2022); only roles with ``audit.view`` see this widget at all.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, QModelIndex, Qt
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget)

from models.core import audit
from models.core.audit import AuditLog
from models.core.errors import DomainError
from models.core.users import require
from reports.audit_report import AuditFilter, audit_report, changes_text
from ui.common.dialogs import show_error
from ui.common.theme import icon

COL_SEQ, COL_TS, COL_USER, COL_ACTION, COL_ENTITY, COL_ENTITY_ID, COL_CHANGES, COL_NOTE = range(8)
PAGE = 200
SORTABLE = {COL_SEQ: AuditLog.seq, COL_TS: AuditLog.ts, COL_USER: AuditLog.username,
            COL_ACTION: AuditLog.action, COL_ENTITY: AuditLog.entity, COL_ENTITY_ID: AuditLog.entity_id}


def _headers() -> list[str]:
    translate = QCoreApplication.translate  # under this name, with literals, lupdate extracts each call
    return [translate("AuditViewer", "No."), translate("AuditViewer", "Waktu"), translate("AuditViewer", "Pengguna"),
            translate("AuditViewer", "Tindakan"), translate("AuditViewer", "Data"), translate("AuditViewer", "ID"),
            translate("AuditViewer", "Perubahan"), translate("AuditViewer", "Catatan")]


class AuditTableModel(QAbstractTableModel):
    """Lazy model over ``audit_log``: the matching ids are loaded at once, their rows a page at a time."""

    SORT_ROLE = Qt.UserRole + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self.filter = AuditFilter()
        self.sort_column, self.sort_order = COL_SEQ, Qt.DescendingOrder
        self._ids: list[int] = []
        self._cache: dict[int, tuple] = {}
        self.reload()

    # --- loading
    def query(self):
        query = AuditLog.select(AuditLog.id)
        conditions = self.filter.where()
        if conditions:
            query = query.where(*conditions)
        field = SORTABLE.get(self.sort_column, AuditLog.seq)
        order = field.desc() if self.sort_order == Qt.DescendingOrder else field.asc()
        return query.order_by(order, AuditLog.seq.desc())

    def reload(self) -> None:
        self.beginResetModel()
        self._ids = [row[0] for row in self.query().tuples()]
        self._cache.clear()
        self.endResetModel()

    def set_filter(self, audit_filter: AuditFilter) -> None:
        self.filter = audit_filter
        self.reload()

    def _row(self, row: int) -> tuple:
        record_id = self._ids[row]
        if record_id not in self._cache:
            start = (row // PAGE) * PAGE
            page_ids = self._ids[start:start + PAGE]
            for r in AuditLog.select(AuditLog.id, AuditLog.seq, AuditLog.ts, AuditLog.username, AuditLog.action,
                                     AuditLog.entity, AuditLog.entity_id, AuditLog.before, AuditLog.after,
                                     AuditLog.note).where(AuditLog.id.in_(page_ids)).tuples():
                self._cache[r[0]] = r
        return self._cache[record_id]

    # --- Qt
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(_headers())

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(_headers()):
            return _headers()[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        _id, seq, ts, username, action, entity, entity_id, before, after, note = self._row(index.row())
        col = index.column()
        if isinstance(ts, str):
            ts = dt.datetime.fromisoformat(ts)
        if role == self.SORT_ROLE:
            return [seq, ts.isoformat(), username, action, entity, entity_id, "", note][col]
        if role == Qt.DisplayRole:
            return [str(seq), ts.strftime("%d/%m/%Y %H:%M:%S"), username, action, entity, entity_id,
                    changes_text(before, after), note][col]
        if role == Qt.ToolTipRole and col in (COL_CHANGES, COL_NOTE):
            return changes_text(before, after) if col == COL_CHANGES else note
        if role == Qt.TextAlignmentRole and col == COL_SEQ:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        if column not in SORTABLE:
            return
        self.sort_column, self.sort_order = column, order
        self.reload()

    def all_rows(self) -> list[tuple]:
        """Every matching row in the current order (for the export)."""
        return [self._row(i) for i in range(len(self._ids))]


class AuditViewer(QWidget):
    """Filters (user, action, entity, date range), the lazy table, export to Excel and chain verification."""

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        require(session.user, "audit.view")
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.user_box = QComboBox()
        self.action_box = QComboBox()
        self.action_box.setEditable(True)
        self.entity_box = QComboBox()
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setSpecialValueText(" ")
        self.date_from.setMinimumDate(QDate(2000, 1, 1))
        self.date_to.setMinimumDate(QDate(2000, 1, 1))
        self.clear_dates()
        for label, widget in ((self.tr("Pengguna"), self.user_box), (self.tr("Tindakan"), self.action_box),
                              (self.tr("Data"), self.entity_box), (self.tr("Dari"), self.date_from),
                              (self.tr("Sampai"), self.date_to)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget, 1 if isinstance(widget, QComboBox) else 0)
        self.apply_button = QPushButton(icon("filter"), self.tr("Saring"))
        self.apply_button.clicked.connect(self.apply_filter)
        filters.addWidget(self.apply_button)
        layout.addLayout(filters)

        self.model = AuditTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(COL_SEQ, Qt.DescendingOrder)
        self.view.setSelectionBehavior(QTableView.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(COL_CHANGES, QHeaderView.Stretch)
        for col, width in ((COL_SEQ, 60), (COL_TS, 150), (COL_USER, 100), (COL_ACTION, 150), (COL_ENTITY, 110),
                           (COL_ENTITY_ID, 70), (COL_NOTE, 220)):
            self.view.setColumnWidth(col, width)
        layout.addWidget(self.view, 1)

        bottom = QHBoxLayout()
        self.count_label = QLabel("")
        bottom.addWidget(self.count_label, 1)
        self.verify_button = QPushButton(icon("check"), self.tr("Periksa rantai audit"))
        self.verify_button.clicked.connect(self.verify)
        self.export_button = QPushButton(icon("excel"), self.tr("Ekspor ke Excel…"))
        self.export_button.clicked.connect(self.choose_export)
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.export_button)
        layout.addLayout(bottom)
        self.refresh()

    def clear_dates(self) -> None:
        self.date_from.setDate(self.date_from.minimumDate())
        self.date_to.setDate(self.date_to.minimumDate())

    def _fill(self, box: QComboBox, values: list[str]) -> None:
        current = box.currentData() if box.count() else ""
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("(semua)"), "")
        for value in values:
            box.addItem(value, value)
        index = box.findData(current)
        box.setCurrentIndex(max(0, index))
        box.blockSignals(False)

    def refresh(self) -> None:
        distinct = lambda field: [r[0] for r in AuditLog.select(field).distinct().order_by(field).tuples()  # noqa
                                  if r[0]]
        self._fill(self.user_box, distinct(AuditLog.username))
        self._fill(self.action_box, distinct(AuditLog.action))
        self._fill(self.entity_box, distinct(AuditLog.entity))
        self.apply_filter()

    def current_filter(self) -> AuditFilter:
        def date_of(edit: QDateEdit):
            return None if edit.date() == edit.minimumDate() else edit.date().toPython()

        action = self.action_box.currentData() if self.action_box.currentText() == self.action_box.itemText(
            self.action_box.currentIndex()) else self.action_box.currentText().strip()
        return AuditFilter(self.user_box.currentData() or "", action or "", self.entity_box.currentData() or "",
                           date_of(self.date_from), date_of(self.date_to))

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        self.count_label.setText(self.tr("{n} baris").format(n=f"{self.model.rowCount():,}".replace(",", ".")))

    def verify(self) -> list:
        problems = audit.verify_chain()
        seq, head = audit.chain_head()
        if problems:
            text = self.tr("Rantai audit RUSAK: ada perubahan di luar aplikasi.") + "\n\n" + "\n".join(
                p.message for p in problems[:15])
            QMessageBox.warning(self, self.tr("Periksa rantai audit"), text)
        else:
            QMessageBox.information(self, self.tr("Periksa rantai audit"), self.tr(
                "Rantai audit utuh: {n} baris. Kepala rantai #{seq} {hash}…").format(
                n=seq, seq=seq, hash=head[:16]))
        return problems

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Ekspor jejak audit"), "jejak-audit.xlsx",
                                              self.tr("Buku kerja Excel (*.xlsx)"))
        if path:
            try:
                self.export_to(path)
            except (DomainError, OSError) as exc:
                show_error(self, exc)

    def export_to(self, path: str | Path) -> Path:
        """Write the filtered trail to ``path`` and audit the export (who, how many rows, which filter)."""
        from models.core.db import run_in_transaction
        from reports.xlsx import write_xlsx

        require(self.session.user, "audit.view")
        audit_filter = self.model.filter
        written = write_xlsx(audit_report(self.model.all_rows(), audit_filter), path)
        run_in_transaction(lambda: audit.record(
            self.session.user, "audit.export", "audit_log", "",
            after={k: str(v) for k, v in audit_filter.__dict__.items() if v},
            note=f"{self.model.rowCount()} baris ke {Path(path).name}"))
        self.refresh()
        return written
