"""Dokumen nasabah on the Laporan page: the BPKB register, the receipt paper and stamp-duty settings, and the
agreement template the administrator edits (with the list of fields it may use)."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class PapersTab(QWidget):
    def __init__(self, session, parent=None):
        from models.cashier.documents import (
            PAPERS,
            STAMP_MODES,
            agreement_field_names,
            agreement_template,
            receipt_settings,
        )
        from ui.common.labels import label

        super().__init__(parent)
        self.session = session
        root = QVBoxLayout(self)
        register = QGroupBox(self.tr("Register BPKB"))
        row = QHBoxLayout(register)
        self.register_pdf = QPushButton(self.tr("Cetak register BPKB…"))
        self.register_xlsx = QPushButton(self.tr("Simpan Excel…"))
        row.addWidget(self.register_pdf)
        row.addWidget(self.register_xlsx)
        row.addStretch(1)
        root.addWidget(register)
        self.register_pdf.clicked.connect(self.print_register)
        self.register_xlsx.clicked.connect(lambda: self.save_register())

        can_edit = session.can("settings.edit")
        receipts = QGroupBox(self.tr("Kwitansi"))
        form = QFormLayout(receipts)
        current = receipt_settings()
        self.paper = QComboBox()
        for code, text in PAPERS.items():
            self.paper.addItem(label(text), code)
        self.paper.setCurrentIndex(self.paper.findData(current.paper))
        self.stamp_mode = QComboBox()
        for code, text in STAMP_MODES.items():
            self.stamp_mode.addItem(label(text), code)
        self.stamp_mode.setCurrentIndex(self.stamp_mode.findData(current.stamp_mode))
        self.permit = QLineEdit(current.stamp_permit)
        self.permit.setPlaceholderText(self.tr("No. izin pembubuhan tanda Bea Meterai Lunas (bila ada)"))
        save_receipts = QPushButton(self.tr("Simpan pengaturan kwitansi"))
        save_receipts.clicked.connect(self.save_receipt_settings)
        form.addRow(self.tr("Kertas"), self.paper)
        form.addRow(self.tr("Bea meterai (di atas Rp 5.000.000)"), self.stamp_mode)
        form.addRow(self.tr("Izin"), self.permit)
        form.addRow(save_receipts)
        # Who bears the stamp duty, per product (UU 10/2020 Art. 8: the receiving party unless agreed otherwise).
        from models.cashier.documents import BEARERS
        from models.products.products import LoanProduct

        self.bearers: dict[int, QComboBox] = {}
        for product in LoanProduct.select().where(LoanProduct.active == True).order_by(LoanProduct.code):  # noqa: E712
            combo = QComboBox()
            for code, text in BEARERS.items():
                combo.addItem(label(text), code)
            combo.setCurrentIndex(combo.findData(product.stamp_duty_bearer))
            combo.currentIndexChanged.connect(lambda _i, pid=product.id, c=combo: self.save_bearer(pid, c))
            self.bearers[product.id] = combo
            form.addRow(self.tr("Meterai ditanggung - {product}").format(product=f"{product.code} {product.name}"),
                        combo)
        receipts.setEnabled(can_edit)
        root.addWidget(receipts)

        template = QGroupBox(self.tr("Templat perjanjian pembiayaan"))
        tbox = QVBoxLayout(template)
        self.template = QPlainTextEdit(agreement_template())
        tbox.addWidget(self.template, 1)
        fields = QLabel(self.tr("Kolom yang boleh dipakai: {fields}").format(
            fields=", ".join("{" + name + "}" for name in agreement_field_names())))
        fields.setWordWrap(True)
        tbox.addWidget(fields)
        save_template = QPushButton(self.tr("Simpan templat"))
        save_template.clicked.connect(self.save_template)
        tbox.addWidget(save_template)
        template.setEnabled(can_edit)
        root.addWidget(template, 1)
        self.message = QLabel()
        root.addWidget(self.message)

    def print_register(self):
        from reports.customer_papers import write_bpkb_register
        from ui.reports.report_actions import preview_pdf

        return preview_pdf(self, self.session, write_bpkb_register, "register-bpkb",
                           printed_by=self.session.user.full_name)

    def save_register(self, target: str | None = None):
        from reports.customer_papers import write_bpkb_register
        from ui.common.dialogs import run_action

        if not target:
            target, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan register BPKB"), "register-bpkb.xlsx",
                                                    self.tr("Buku kerja Excel (*.xlsx)"))
        if not target:
            return None
        return run_action(self, write_bpkb_register, target)

    def save_receipt_settings(self):
        from models.cashier.documents import set_receipt_settings
        from ui.common.dialogs import run_action

        done = run_action(self, set_receipt_settings, self.session.user, paper=self.paper.currentData(),
                          stamp_mode=self.stamp_mode.currentData(), stamp_permit=self.permit.text())
        if done is not None:
            self.message.setText(self.tr("Pengaturan kwitansi disimpan."))
        return done

    def save_bearer(self, product_id: int, combo: QComboBox):
        from models.cashier.documents import set_stamp_duty_bearer
        from ui.common.dialogs import run_action

        done = run_action(self, set_stamp_duty_bearer, self.session.user, product_id, combo.currentData())
        if done is not None:
            self.message.setText(self.tr("Penanggung bea meterai {product} disimpan.").format(product=done.code))
        return done

    def save_template(self):
        from models.cashier.documents import set_agreement_template
        from ui.common.dialogs import run_action

        done = run_action(self, set_agreement_template, self.session.user, self.template.toPlainText())
        if done is not None:
            self.message.setText(self.tr("Templat perjanjian disimpan."))
        return done
