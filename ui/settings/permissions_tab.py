"""Settings → Hak akses: the permission matrix, read-only, straight from ``models.core.users.permission_matrix``.

The matrix is the rule the models enforce; showing it from the same data means the screen can never drift
from what the office's staff are actually allowed to do.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from models.core.users import ROLE_LABELS, Role, permission_matrix
from ui.common.labels import label

TAB_ORDER = 55
COL_PERMISSION, COL_DESCRIPTION = 0, 1  # then one column per role, in Role order
ROLES = list(Role)


def tab_title() -> str:
    return QCoreApplication.translate("PermissionsTab", "Hak akses")


class PermissionMatrixModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows = permission_matrix()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 2 + len(ROLES)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation != Qt.Horizontal or not 0 <= section < 2 + len(ROLES):
            return None
        if role == Qt.DisplayRole:
            if section == COL_PERMISSION:
                return QCoreApplication.translate("PermissionsTab", "Hak")
            if section == COL_DESCRIPTION:
                return QCoreApplication.translate("PermissionsTab", "Keterangan")
            return label(ROLE_LABELS[ROLES[section - 2]]).split(" (")[0].split(" / ")[0]
        if role == Qt.ToolTipRole and section >= 2:
            return label(ROLE_LABELS[ROLES[section - 2]])
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        perm, description, allowed = self.rows[index.row()]
        col = index.column()
        if col >= 2:
            ok = allowed[ROLES[col - 2]]
            if role == Qt.DisplayRole:
                return "✓" if ok else ""
            if role == Qt.UserRole:
                return ok
            if role == Qt.TextAlignmentRole:
                return int(Qt.AlignCenter)
            if role == Qt.AccessibleTextRole:
                if ok:
                    return QCoreApplication.translate("PermissionsTab", "boleh")
                return QCoreApplication.translate("PermissionsTab", "tidak")
            return None
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            return perm if col == COL_PERMISSION else label(description)
        return None

    def flags(self, index):
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable if index.isValid() else Qt.NoItemFlags


class Tab(QWidget):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Hak setiap peran, seperti yang ditegakkan oleh aplikasi. Tindakan bertanda "
                              "\"pembuat ≠ pemeriksa\" juga membutuhkan orang kedua. Peran diubah di tab "
                              "Pengguna."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.model = PermissionMatrixModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QTableView.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(COL_DESCRIPTION, QHeaderView.Stretch)
        self.view.setColumnWidth(COL_PERMISSION, 150)
        for col in range(2, 2 + len(ROLES)):
            self.view.setColumnWidth(col, 92)
        layout.addWidget(self.view, 1)

    def refresh(self) -> None:
        """The matrix is code, not data: nothing to reload."""
