"""Importing customers from Excel in the GUI: pick a file, see every row's fate, then import (or not).

The preview is :func:`models.customers.customer_import.plan_import`: nothing is written until "Impor" is pressed,
and then :func:`run_import` applies it in one transaction, all or nothing unless the user chose to leave the
bad rows out.  The error list can be saved as the office's own file with an error column.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from models.core.errors import DomainError
from models.customers import customer_import as CI
from models.customers.identity import mask_nik
from ui.common.dialogs import show_error
from ui.common.labels import field_label, message
from ui.common.theme import COLORS, icon

COL_ROW, COL_ACTION, COL_NIK, COL_NAME, COL_NOTE = range(5)


class PlanModel(QAbstractTableModel):
    """One line per spreadsheet row: row number, what will happen, NIK (masked), name, errors/changes."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[CI.RowPlan] = []

    def set_plan(self, plan: CI.ImportPlan | None) -> None:
        self.beginResetModel()
        self.rows = list(plan.rows) if plan else []
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 5:
            return [self.tr("Baris"), self.tr("Tindakan"), self.tr("NIK"), self.tr("Nama"),
                    self.tr("Kesalahan / perubahan")][section]
        return None

    def _action(self, action: str) -> str:
        return {"new": self.tr("baru"), "same": self.tr("sudah ada, sama (dilewati)"),
                "changed": self.tr("sudah ada, berbeda"), "error": self.tr("salah")}[action]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)) or index.column() >= 5:
            return None
        item = self.rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.action == "error":
                return QColor(COLORS["error"])
            if item.warnings or item.action == "changed":
                return QColor(COLORS["warning"])
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == COL_ROW:
            return item.row
        if column == COL_ACTION:
            return self._action(item.action)
        if column == COL_NIK:
            return mask_nik(item.nik) if item.nik else ""
        if column == COL_NAME:
            return item.name
        notes = [f"{field_label(e.field)}: {message(e.message)}" if e.field else message(e.message)
                 for e in item.errors]  # the row is the table's own row
        notes += [self.tr("Peringatan: {m}").format(m=message(w.message)) for w in item.warnings]
        if item.changes:
            notes.append(self.tr("berbeda: {fields}").format(fields=", ".join(sorted(item.changes))))
        return "; ".join(notes)


class ImportDialog(QDialog):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.plan: CI.ImportPlan | None = None
        self.result: CI.ImportResult | None = None
        self.job = None  # the running import (ui.common.jobs.Job), if any
        self.setWindowTitle(self.tr("Impor nasabah dari Excel"))
        self.resize(980, 600)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.file_label = QLabel(self.tr("Belum ada berkas dipilih."))
        self.file_label.setObjectName("importFile")
        choose = QPushButton(icon("excel"), self.tr("Pilih berkas…"))
        choose.clicked.connect(self.choose_file)
        template = QPushButton(icon("export"), self.tr("Simpan template…"))
        template.clicked.connect(self.save_template)
        top.addWidget(self.file_label, 1)
        top.addWidget(template)
        top.addWidget(choose)
        layout.addLayout(top)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = PlanModel(self)
        self.table = QTableView()
        self.table.setObjectName("importPreview")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(COL_NAME, 200)
        layout.addWidget(self.table, 1)
        self.update_existing = QCheckBox(self.tr("Perbarui nasabah yang datanya berbeda"))
        self.update_existing.setObjectName("updateExisting")
        self.confirm_warnings = QCheckBox(self.tr("Saya sudah memeriksa peringatan NIK dengan KTP"))
        self.confirm_warnings.setObjectName("confirmWarnings")
        self.skip_errors = QCheckBox(self.tr("Impor baris yang benar saja (baris salah dilewati)"))
        self.skip_errors.setObjectName("skipErrors")
        for box in (self.update_existing, self.confirm_warnings, self.skip_errors):
            box.toggled.connect(self._update_buttons)
            layout.addWidget(box)
        buttons = QHBoxLayout()
        self.errors_button = QPushButton(icon("excel"), self.tr("Simpan daftar kesalahan…"))
        self.errors_button.clicked.connect(self.save_errors)
        self.import_button = QPushButton(icon("import"), self.tr("Impor"))
        self.import_button.setObjectName("importRun")
        self.import_button.clicked.connect(self.run)
        close = QPushButton(self.tr("Tutup"))
        close.clicked.connect(self.reject)
        buttons.addWidget(self.errors_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self._update_buttons()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Berkas nasabah"), "", "Excel (*.xlsx)")
        if path:
            self.load(path)

    def save_template(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Template impor"), "template-nasabah.xlsx",
                                              "Excel (*.xlsx)")
        if path:
            CI.write_template(path)

    def load(self, path: str | Path) -> None:
        """Read and check the file (no writing) and show the preview."""
        try:
            self.plan = CI.plan_import(self.session.user, path)
        except DomainError as exc:
            show_error(self, exc)
            self.plan = None
        self.file_label.setText(str(path))
        self.model.set_plan(self.plan)
        self.result = None
        self._update_buttons()

    def _update_buttons(self) -> None:
        plan = self.plan
        if plan is None:
            self.summary.setText("")
            self.import_button.setEnabled(False)
            self.errors_button.setEnabled(False)
            return
        text = self.tr("{total} baris: {new} baru, {same} sudah ada dan sama, {changed} berbeda, {error} salah"
                       ).format(total=len(plan.rows), new=plan.count("new"), same=plan.count("same"),
                                changed=plan.count("changed"), error=plan.count("error"))
        if plan.header_errors:
            text += "\n" + "; ".join(str(e) for e in plan.header_errors)
        if plan.ignored:
            text += "\n" + self.tr("Kolom diabaikan: {cols}").format(cols=", ".join(e.field for e in plan.ignored))
        if plan.errors and not self.skip_errors.isChecked():
            text += "\n" + self.tr("Tidak ada yang diimpor selama masih ada baris salah.")
        self.summary.setText(text)
        blocked = bool(plan.header_errors) or (bool(plan.errors) and not self.skip_errors.isChecked()) or (
            bool(plan.warnings) and not self.confirm_warnings.isChecked())
        work = plan.count("new") + (plan.count("changed") if self.update_existing.isChecked() else 0)
        self.import_button.setEnabled(not blocked and work > 0 and self.result is None)
        self.errors_button.setEnabled(bool(plan.errors or plan.warnings))
        self.confirm_warnings.setVisible(bool(plan.warnings))

    def run(self):
        """Import on a worker behind a progress dialog (its cancel rolls the whole import back); returns the Job."""
        from ui.common.jobs import start_job

        if self.plan is None:
            return None
        user, plan = self.session.user, self.plan
        options = dict(update_existing=self.update_existing.isChecked(),
                       confirm_warnings=self.confirm_warnings.isChecked(),
                       all_or_nothing=not self.skip_errors.isChecked())
        self.import_button.setEnabled(False)
        self.job = start_job(self, self.tr("Impor nasabah"), self.tr("Mengimpor nasabah…"),
                             lambda progress: CI.run_import(user, plan, progress=progress, **options),
                             on_done=self._imported, on_error=self._failed,
                             on_cancel=lambda: (self.summary.setText(self.tr("Impor dibatalkan: tidak ada nasabah "
                                                                             "yang disimpan.")),
                                                self._update_buttons()))
        return self.job

    def _failed(self, exc) -> None:
        show_error(self, exc)
        self._update_buttons()

    def _imported(self, result) -> None:
        self.result = result
        r = self.result
        self.summary.setText(self.tr("Selesai: {created} nasabah baru, {updated} diperbarui, {skipped} dilewati "
                                     "(sama), {refused} baris salah tidak diimpor").format(
            created=r.created, updated=r.updated, skipped=r.skipped, refused=r.refused))
        self.import_button.setEnabled(False)
        self.session.notify("customers")

    def save_errors(self) -> None:
        if self.plan is None:
            return
        source = Path(self.plan.path)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Daftar kesalahan"),
                                              str(source.with_name(source.stem + "-kesalahan.xlsx")),
                                              "Excel (*.xlsx)")
        if path:
            CI.write_error_report(self.plan, path)
