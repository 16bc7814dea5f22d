"""Paket laporan bulanan: pick a closed month and a branch, save the workbook, watch it being written.

The months offered are those the pack can be built for (closed, with a loan snapshot:
:func:`reports.monthly_pack.pack_months`); the work runs through :func:`ui.common.jobs.start_job` with a
progress bar and a cancel that stops it and leaves no file behind.
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QWidget,
)


class MonthlyPackTab(QWidget):
    """The manager's monthly Excel pack, for the whole office or one branch."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        form = QFormLayout(self)
        intro = QLabel(self.tr("Satu buku kerja Excel per bulan yang sudah ditutup: ringkasan, outstanding, "
                               "pencairan, penagihan, kolektibilitas dan NPF, tunggakan prematur, vintage, kinerja "
                               "petugas dan dealer, neraca saldo, neraca dan laba rugi."))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.month = QComboBox()
        self.month.setObjectName("packMonth")
        self.branch = QComboBox()
        self.branch.setObjectName("packBranch")
        for combo in (self.month, self.branch):
            combo.setMinimumWidth(280)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Bulan"), self.month)
        form.addRow(self.tr("Cakupan"), self.branch)
        self.export_button = QPushButton(self.tr("Paket laporan bulanan…"))
        self.export_button.setObjectName("primary")
        self.export_button.setToolTip(self.tr("Dibuat dari snapshot akhir bulan yang disimpan saat tutup buku: "
                                              "paket bulan lalu yang dibuat ulang hari ini tetap sama"))
        self.export_button.clicked.connect(self.choose_file)
        self.export_button.setMaximumWidth(360)
        form.addRow(self.export_button)
        self.print_button = QPushButton(self.tr("Cetak ringkasan…"))
        self.print_button.setToolTip(self.tr("Ringkasan, outstanding per produk dan cabang, umur tunggakan dan "
                                             "kolektibilitas di pratinjau cetak (PDF)"))
        self.print_button.setMaximumWidth(360)
        self.print_button.clicked.connect(self.print_summary)
        form.addRow(self.print_button)
        self.status = QLabel()
        self.status.setWordWrap(True)
        form.addRow(self.status)
        self.reload()

    def reload(self) -> None:
        """Fill the month and branch pickers from the database."""
        from models.core.office import Branch
        from reports.monthly_pack import month_label, pack_months

        self.month.clear()
        for period_end in pack_months():
            self.month.addItem(self._month_text(period_end, month_label(period_end)), period_end)
        self.branch.clear()
        self.branch.addItem(self.tr("Seluruh kantor"), None)
        for branch in Branch.select().where(Branch.active == True).order_by(Branch.code):
            self.branch.addItem(f"{branch.code} {branch.name}", branch.id)
        can = self.session.can("report.export")
        self.export_button.setEnabled(can and self.month.count() > 0)
        self.print_button.setEnabled(can and self.month.count() > 0)
        if not can:
            self.status.setText(self.tr("Anda tidak berhak mengekspor laporan."))
        elif self.month.count() == 0:
            self.status.setText(self.tr("Belum ada bulan yang ditutup: paket dibuat dari snapshot tutup buku."))

    def _month_text(self, period_end, indonesian: str) -> str:
        # Month names are Indonesian in the workbook; on screen the Qt locale's month name is used.
        from PySide6.QtCore import QDate, QLocale

        return QLocale().toString(QDate(period_end.year, period_end.month, 1), "MMMM yyyy") or indonesian

    def choose_file(self) -> None:
        period_end = self.month.currentData()
        if period_end is None:
            return
        code = self.branch.currentText().split()[0] if self.branch.currentData() else "kantor"
        suggested = f"paket-bulanan-{period_end:%Y-%m}-{code}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan paket laporan bulanan"), suggested,
                                              self.tr("Buku kerja Excel (*.xlsx)"))
        if path:
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            self.export_to(path)

    def export_to(self, path: str):
        """Build and write the chosen month's pack on a worker behind a progress dialog; returns the
        :class:`ui.common.jobs.Job`.  Its cancel stops the build; no file is written and nothing is audited."""
        from reports.monthly_pack import export_monthly_pack
        from ui.common.jobs import start_job

        user, period_end, branch_id = self.session.user, self.month.currentData(), self.branch.currentData()
        month = self.month.currentText()

        def done(pack) -> None:
            self.status.setText(self.tr("Paket {month} ({n} lembar) disimpan ke {path}").format(
                month=month, n=len(pack.sheets), path=path))

        def cancelled() -> None:
            self.status.setText(self.tr("Paket laporan dibatalkan: tidak ada berkas yang ditulis."))

        self.status.setText(self.tr("Menyusun paket {month}…").format(month=month))
        return start_job(self, self.tr("Paket laporan bulanan"), self.tr("Menyusun paket laporan bulanan…"),
                         lambda progress: export_monthly_pack(user, period_end, path, branch_id=branch_id,
                                                              progress=progress),
                         on_done=done, on_cancel=cancelled)

    def print_summary(self):
        """The pack's summary pages in the print preview (written as a PDF first; audited like the workbook)."""
        from reports.monthly_pack import export_monthly_pack
        from ui.reports.report_actions import preview_pdf

        period_end = self.month.currentData()
        if period_end is None:
            return None
        user, branch_id = self.session.user, self.branch.currentData()

        def write(path):
            return export_monthly_pack(user, period_end, path, branch_id=branch_id)

        return preview_pdf(self, self.session, write, f"ringkasan-bulanan-{period_end:%Y-%m}")
