"""The Simpanan page: the savings desk of a koperasi simpan pinjam.

Find a member (number, name or NIK), see their accounts and each account's movements, take a deposit or pay a
withdrawal (the dialog asks for a supervisor's login when the amount is above the product's approval limit),
print the receipt, print the passbook's new lines, and print the member statement.  Every rule is enforced in
:mod:`models.savings`; this page only asks and shows.
"""
from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from models.core.money import format_rupiah
from ui.common.focus import set_focus_chain
from ui.common.dialogs import add_supervisor_login, date_field, finish_form, run_action, show_error, supervisor_approver
from ui.common.labels import label
from ui.common.money_edit import MoneyEdit
from ui.common.page_base import Page
from ui.common.tables import make_table
from ui.loans.loan_view import RowsModel
from ui.common.focus import chain_as_laid_out


class TxnDialog(QDialog):
    """Amount, method, date and memo of a deposit or a withdrawal; a supervisor's login when one is needed."""

    def __init__(self, title: str, account_text: str, *, withdrawal: bool, can_backdate: bool, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        form.addRow(QLabel(account_text))
        self.amount = MoneyEdit(self)
        form.addRow(self.tr("Jumlah"), self.amount)
        self.method = QComboBox(self)
        self.method.addItem(self.tr("Tunai"), "cash")
        self.method.addItem(self.tr("Transfer bank"), "transfer")
        form.addRow(self.tr("Cara"), self.method)
        self.date = date_field(self, enabled=can_backdate)
        form.addRow(self.tr("Tanggal"), self.date)
        self.memo = QLineEdit(self)
        form.addRow(self.tr("Keterangan"), self.memo)
        self.username = self.password = None
        if withdrawal:
            note = QLabel(self.tr("Di atas batas produk, supervisor menyetujui dengan login sendiri:"))
            note.setWordWrap(True)
            form.addRow(note)
            self.username, self.password = add_supervisor_login(form, self)
        finish_form(self, form)

    def values(self) -> dict:
        return {"amount": self.amount.value(), "method": self.method.currentData(),
                "date": self.date.date().toPython(), "memo": self.memo.text().strip()}

    def approver(self):
        """The supervisor who logged in, or ``None`` when the rows are empty (raises on a wrong password)."""
        return supervisor_approver(self.username, self.password)


class MoveDialog(QDialog):
    """A transfer to another account, or an installment paid from savings: the target, the amount, the date, and
    a supervisor's login when the amount is above the product's limit."""

    def __init__(self, title: str, targets: list[tuple[str, int]], target_label: str, *, can_backdate: bool,
                 amount=None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.target = QComboBox(self)
        for text, key in targets:
            self.target.addItem(text, key)
        form.addRow(target_label, self.target)
        self.amount = MoneyEdit(self)
        self.amount.setValue(amount)
        form.addRow(self.tr("Jumlah"), self.amount)
        self.date = date_field(self, enabled=can_backdate)
        form.addRow(self.tr("Tanggal"), self.date)
        self.username, self.password = add_supervisor_login(form, self)
        finish_form(self, form)

    def approver(self):
        return supervisor_approver(self.username, self.password)


class ApproveDialog(QDialog):
    """A supervisor approves on the spot: what happens (a note), why (a reason), and their own login."""

    def __init__(self, title: str, note: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.form.addRow(self.note)
        self.reason = QLineEdit(self)
        self.form.addRow(QCoreApplication.translate("ApproveDialog", "Alasan"), self.reason)
        self.username, self.password = add_supervisor_login(self.form, self)
        finish_form(self, self.form)

    def approver(self):
        return supervisor_approver(self.username, self.password, required=True)


class ResignDialog(ApproveDialog):
    """A member leaves: resigned or deceased, the reason, and the supervisor who approves (four eyes)."""

    def __init__(self, parent=None):
        super().__init__(QCoreApplication.translate("ResignDialog", "Anggota keluar"), QCoreApplication.translate(
            "ResignDialog", "Simpanan dipotong untuk pinjaman yang masih berjalan, sisanya dibayarkan; semua "
                            "rekening ditutup."), parent)
        self.status = QComboBox(self)
        self.status.addItem(self.tr("Keluar"), "resigned")
        self.status.addItem(self.tr("Meninggal dunia"), "deceased")
        self.form.insertRow(1, self.tr("Status"), self.status)
        set_focus_chain(self, self.status, self.reason, self.username, self.password)


class TimeDepositDialog(QDialog):
    """Place a time deposit: product, amount, term, what happens at maturity, and where the money comes from."""

    def __init__(self, products, sources, parent=None):
        from PySide6.QtWidgets import QSpinBox

        super().__init__(parent)
        self.setWindowTitle(self.tr("Simpanan berjangka baru"))
        form = QFormLayout(self)
        self.product = QComboBox(self)
        for p in products:
            self.product.addItem(f"{p.name} ({format(p.rate.normalize(), 'f')}%)", p.id)
        form.addRow(self.tr("Produk"), self.product)
        self.amount = MoneyEdit(self)
        form.addRow(self.tr("Pokok"), self.amount)
        self.term = QSpinBox(self)
        self.term.setRange(1, 120)
        self.term.setValue(products[0].term_months if products else 12)
        form.addRow(self.tr("Jangka waktu (bulan)"), self.term)
        self.on_maturity = QComboBox(self)
        self.on_maturity.addItem(self.tr("Dicairkan"), "payout")
        self.on_maturity.addItem(self.tr("Diperpanjang otomatis (ARO)"), "rollover")
        form.addRow(self.tr("Saat jatuh tempo"), self.on_maturity)
        self.source = QComboBox(self)
        self.source.addItem(self.tr("Setoran tunai"), None)
        for text, key in sources:
            self.source.addItem(text, key)
        form.addRow(self.tr("Dana dari"), self.source)
        self.username, self.password = add_supervisor_login(form, self)
        finish_form(self, form)

    def approver(self):
        return supervisor_approver(self.username, self.password)


class ShuDialog(QDialog):
    """The year's SHU: the split and every member's part (the plan until it is posted), exported to Excel, the RAT
    pack in Excel or PDF, and the posting (credited to sukarela or payable at the counter)."""

    def __init__(self, session, parent=None):
        from PySide6.QtWidgets import QSpinBox

        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("SHU dan paket RAT"))
        self.resize(900, 560)
        box = QVBoxLayout(self)
        row = QHBoxLayout()
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year - 1)
        row.addWidget(QLabel(self.tr("Tahun buku")))
        row.addWidget(self.year)
        self.mode = QComboBox(self)
        self.mode.addItem(self.tr("Dikreditkan ke simpanan sukarela"), "credit")
        self.mode.addItem(self.tr("Dibayar tunai di kasir"), "payable")
        row.addWidget(self.mode)
        row.addStretch(1)
        box.addLayout(row)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        box.addWidget(self.summary)
        self.model = RowsModel([self.tr("No. anggota"), self.tr("Nama"), self.tr("Rata-rata simpanan"),
                                self.tr("Jasa pinjaman dibayar"), self.tr("SHU jasa modal"),
                                self.tr("SHU jasa anggota"), self.tr("Jumlah SHU")], self)
        self.table = make_table(self.model, self)
        box.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Ekspor SHU ke Excel…"))
        self.rat_xlsx_button = QPushButton(self.tr("Paket RAT (Excel)…"))
        self.rat_pdf_button = QPushButton(self.tr("Paket RAT (PDF)…"))
        self.post_button = QPushButton(self.tr("Bagikan SHU"))
        self.post_button.setEnabled(session.can("period.close"))
        self.parts_button = QPushButton(self.tr("Persentase AD/ART…"))
        self.parts_button.clicked.connect(self.edit_parts)
        for b in (self.parts_button, self.export_button, self.rat_xlsx_button, self.rat_pdf_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.post_button)
        box.addLayout(buttons)
        self.year.valueChanged.connect(lambda _v: self.load())
        self.export_button.clicked.connect(lambda: self.export("shu"))
        self.rat_xlsx_button.clicked.connect(lambda: self.export("rat.xlsx"))
        self.rat_pdf_button.clicked.connect(lambda: self.export("rat.pdf"))
        self.post_button.clicked.connect(self.distribute)
        self.load()
        chain_as_laid_out(self)  # Tab follows the layout; the cursor starts in the first field

    def load(self) -> None:
        from models.core.errors import DomainError
        from reports.savings_reports import shu_tables

        try:
            parts, members = shu_tables(self.year.value())
        except DomainError as exc:
            self.model.set_rows([])
            self.summary.setText(exc.message)
            self.post_button.setEnabled(False)
            return
        status = dict(parts.meta).get("Status", "")
        lines = [f"{r['label']} {format(r['pct'].normalize(), 'f')}%: {format_rupiah(r['amount'])}" for r in parts.rows]
        self.summary.setText(self.tr("SHU {year}: {pool} — {status}").format(
            year=self.year.value(), pool=format_rupiah(parts.totals["amount"]), status=status)
            + "\n" + "; ".join(lines))
        self.model.set_rows([(r["member_no"], r["name"], r["avg_savings"], r["interest_paid"], r["capital_part"],
                              r["service_part"], r["total"]) for r in members.rows])
        self.post_button.setEnabled(self.session.can("period.close") and "rencana" in status)

    def edit_parts(self):
        dialog = ShuPartsDialog(self.session, self)
        if dialog.exec() == QDialog.Accepted:
            self.load()
        return dialog

    def export(self, what: str):
        from PySide6.QtWidgets import QFileDialog

        from reports.savings_pdf import write_rat_pack, write_shu_xlsx

        year = self.year.value()
        suffix = ".pdf" if what == "rat.pdf" else ".xlsx"
        name = f"shu-{year}.xlsx" if what == "shu" else f"rat-{year}{suffix}"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Simpan"), name, f"*{suffix}")
        if not path:
            return None
        if what == "shu":
            return run_action(self, write_shu_xlsx, year, path)
        return run_action(self, write_rat_pack, year, path, printed_by=self.session.user.full_name)

    def distribute(self):
        from models.savings.shu import distribute_shu

        answer = QMessageBox.question(self, self.tr("Bagikan SHU"), self.tr(
            "Bagikan SHU tahun {year} sesuai keputusan RAT? Jurnalnya tidak dapat diubah.").format(
            year=self.year.value()), QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        if answer != QMessageBox.Yes:
            return None
        result = run_action(self, distribute_shu, self.session.user, self.year.value(), dt.date.today(),
                            self.mode.currentData())
        if result is not None:
            self.session.notify("savings")
            self.load()
        return result


class ProductsDialog(QDialog):
    """The savings products the bylaws define: pick one, change its figures, save (``product.edit``)."""

    def __init__(self, session, parent=None):
        from PySide6.QtWidgets import QSpinBox

        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Produk simpanan"))
        self.resize(760, 520)
        box = QHBoxLayout(self)
        self.model = RowsModel([self.tr("Kode"), self.tr("Nama"), self.tr("Jenis")], self)
        self.table = make_table(self.model, self)
        box.addWidget(self.table, 1)
        form = QFormLayout()
        self.name = QLineEdit(self)
        form.addRow(self.tr("Nama"), self.name)
        self.fixed_amount = MoneyEdit(self)
        form.addRow(self.tr("Jumlah tetap (pokok/wajib per bulan)"), self.fixed_amount)
        self.rate = QLineEdit(self)
        form.addRow(self.tr("Suku jasa (% setahun)"), self.rate)
        self.basis = QComboBox(self)
        self.basis.addItem(self.tr("Saldo terendah"), "minimum")
        self.basis.addItem(self.tr("Saldo rata-rata harian"), "average")
        self.basis.addItem(self.tr("Tanpa jasa"), "none")
        form.addRow(self.tr("Dasar jasa"), self.basis)
        self.min_balance = MoneyEdit(self)
        form.addRow(self.tr("Saldo minimum"), self.min_balance)
        self.min_earning = MoneyEdit(self)
        form.addRow(self.tr("Saldo minimum berjasa"), self.min_earning)
        self.approval_limit = MoneyEdit(self)
        form.addRow(self.tr("Batas persetujuan supervisor"), self.approval_limit)
        self.term = QSpinBox(self)
        self.term.setRange(0, 120)
        form.addRow(self.tr("Jangka waktu (bulan)"), self.term)
        self.penalty_kind = QComboBox(self)
        self.penalty_kind.addItem(self.tr("% dari pokok"), "principal")
        self.penalty_kind.addItem(self.tr("% dari jasa yang sudah dibayar"), "interest")
        form.addRow(self.tr("Penalti pencairan awal"), self.penalty_kind)
        self.penalty_rate = QLineEdit(self)
        form.addRow(self.tr("Penalti (%)"), self.penalty_rate)
        self.save_button = QPushButton(self.tr("Simpan"))
        self.save_button.setEnabled(session.can("product.edit"))
        form.addRow(self.save_button)
        box.addLayout(form, 1)
        self.products = []
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _p: self.show_product(cur.row()))
        self.save_button.clicked.connect(self.save)
        self.load()
        chain_as_laid_out(self)  # Tab follows the layout; the cursor starts in the first field

    def load(self) -> None:
        from models.savings.savings import KIND_LABELS, SavingsProduct

        self.products = list(SavingsProduct.select().order_by(SavingsProduct.id))
        self.model.set_rows([(p.code, p.name, label(KIND_LABELS[p.kind])) for p in self.products],
                            [p.id for p in self.products])
        if self.products:
            self.table.selectRow(0)
            self.show_product(0)

    def show_product(self, row: int) -> None:
        if not 0 <= row < len(self.products):
            return
        p = self.products[row]
        self.current = p
        self.name.setText(p.name)
        self.fixed_amount.setValue(p.fixed_amount)
        self.rate.setText(format(p.rate.normalize(), "f"))
        self.basis.setCurrentIndex(max(0, self.basis.findData(p.interest_basis)))
        self.min_balance.setValue(p.min_balance)
        self.min_earning.setValue(p.min_earning_balance)
        self.approval_limit.setValue(p.approval_limit)
        self.term.setValue(p.term_months)
        self.penalty_kind.setCurrentIndex(max(0, self.penalty_kind.findData(p.penalty_kind)))
        self.penalty_rate.setText(format(p.penalty_rate.normalize(), "f"))

    def values(self) -> dict:
        """The form as :func:`models.savings.savings.save_product` takes it (an unreadable percentage is refused there)."""
        from models.core.money import D, MoneyError

        def pct(edit: QLineEdit, name: str):
            try:
                return D(edit.text().strip().replace(",", ".") or "0")
            except MoneyError:
                raise ValueError(name) from None

        return {"name": self.name.text().strip(), "fixed_amount": self.fixed_amount.value() or 0,
                "rate": pct(self.rate, "rate"), "interest_basis": self.basis.currentData(),
                "min_balance": self.min_balance.value() or 0, "min_earning_balance": self.min_earning.value() or 0,
                "approval_limit": self.approval_limit.value(), "term_months": self.term.value(),
                "penalty_kind": self.penalty_kind.currentData(), "penalty_rate": pct(self.penalty_rate, "penalty")}

    def save(self):
        from models.core.errors import ValidationError
        from models.savings.savings import save_product

        try:
            values = self.values()
        except ValueError:
            show_error(self, ValidationError(self.tr("Persentase harus berupa angka, misalnya 3 atau 2,5")))
            return None
        product = run_action(self, save_product, self.session.user, values, self.current)
        if product is not None:
            row = self.products.index(self.current)
            self.load()
            self.table.selectRow(row)
            self.show_product(row)
        return product


class ShuPartsDialog(QDialog):
    """The bylaws' SHU split: each part's percentage (and account); saved only when they total 100 %."""

    def __init__(self, session, parent=None):
        from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

        from models.savings.shu import parts_setting

        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Pembagian SHU menurut AD/ART"))
        self.resize(620, 360)
        box = QVBoxLayout(self)
        self.parts = parts_setting()
        self.table = QTableWidget(len(self.parts), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Bagian"), self.tr("Persen"), self.tr("Akun")])
        for row, part in enumerate(self.parts):
            self.table.setItem(row, 0, QTableWidgetItem(part["label"]))
            self.table.setItem(row, 1, QTableWidgetItem(str(part["pct"])))
            self.table.setItem(row, 2, QTableWidgetItem(str(part.get("account", ""))))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        box.addWidget(self.table, 1)
        self.total = QLabel()
        box.addWidget(self.total)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Save).setEnabled(session.can("settings.edit"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.table.itemChanged.connect(lambda _i: self.show_total())
        self.show_total()
        chain_as_laid_out(self)  # Tab follows the layout; the cursor starts in the first field

    def edited(self) -> list[dict]:
        parts = []
        for row, part in enumerate(self.parts):
            parts.append(dict(part, label=self.table.item(row, 0).text().strip(),
                              pct=self.table.item(row, 1).text().strip().replace(",", "."),
                              account=self.table.item(row, 2).text().strip()))
        return parts

    def show_total(self) -> None:
        from models.core.money import D, MoneyError

        try:
            total = sum((D(p["pct"] or "0") for p in self.edited()), D(0))
            self.total.setText(self.tr("Jumlah: {total}% (harus 100%)").format(total=format(total.normalize(), "f")))
        except MoneyError:
            self.total.setText(self.tr("Persentase harus berupa angka"))

    def save(self) -> bool:
        from models.core.errors import DomainError
        from models.savings.shu import save_parts

        try:
            save_parts(self.session.user, self.edited())
        except DomainError as exc:
            show_error(self, exc)
            return False
        self.accept()
        return True


class JoinDialog(QDialog):
    """Pick a customer who is not yet a member, and the join date (the simpanan pokok is taken at once)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Anggota baru"))
        self.resize(520, 420)
        box = QVBoxLayout(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Nama atau NIK nasabah…"))
        box.addWidget(self.search)
        self.model = RowsModel([self.tr("Nama"), self.tr("NIK")], self)
        self.table = make_table(self.model, self)
        box.addWidget(self.table, 1)
        form = QFormLayout()
        self.date = date_field(self)
        form.addRow(self.tr("Tanggal masuk"), self.date)
        box.addLayout(form)
        finish_form(self, box)
        self.search.textChanged.connect(self.find)
        self.find("")
        chain_as_laid_out(self)  # Tab follows the layout; the cursor starts in the first field

    def find(self, text: str) -> None:
        from models.customers.customers import Customer
        from models.savings.savings import Member

        query = Customer.select(Customer.id, Customer.full_name, Customer.nik).where(
            Customer.id.not_in(Member.select(Member.customer)))
        text = text.strip()
        if text:
            query = query.where(Customer.full_name.contains(text) | Customer.nik.startswith(text))
        rows = list(query.order_by(Customer.full_name).limit(50).tuples())
        self.model.set_rows([(name, nik[:6] + "••••••" + nik[-4:] if nik and len(nik) == 16 else nik or "")
                             for _id, name, nik in rows], [cid for cid, _n, _k in rows])
        if rows:
            self.table.selectRow(0)

    def customer_id(self):
        index = self.table.currentIndex()
        return self.model.key(index.row()) if index.isValid() else None


class PassbookDialog(QDialog):
    """The office's passbook geometry (a preset, then nudged) and the alignment test line."""

    NUMBERS = ("top_margin_mm", "left_margin_mm", "line_height_mm", "fold_gap_mm", "page_width_mm", "page_height_mm")
    INTS = ("lines_per_page", "fold_after_line", "pages_per_book")

    def __init__(self, session, parent=None):
        from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox

        from models.savings.passbook import PRESETS, geometry

        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Pengaturan buku tabungan"))
        form = QFormLayout(self)
        self.preset = QComboBox(self)
        self.preset.addItem(self.tr("(pengaturan kantor)"), "")
        for name in PRESETS:
            self.preset.addItem(name, name)
        form.addRow(self.tr("Printer"), self.preset)
        self.fields = {}
        labels = {"top_margin_mm": self.tr("Margin atas (mm)"), "left_margin_mm": self.tr("Margin kiri (mm)"),
                  "line_height_mm": self.tr("Tinggi baris (mm)"), "fold_gap_mm": self.tr("Lebar lipatan tengah (mm)"),
                  "page_width_mm": self.tr("Lebar halaman (mm)"), "page_height_mm": self.tr("Tinggi halaman (mm)"),
                  "lines_per_page": self.tr("Baris per halaman"), "fold_after_line": self.tr("Lipatan setelah baris"),
                  "pages_per_book": self.tr("Halaman per buku")}
        for key in self.NUMBERS:
            spin = QDoubleSpinBox(self)
            spin.setDecimals(2)
            spin.setRange(0, 400)
            self.fields[key] = spin
            form.addRow(labels[key], spin)
        for key in self.INTS:
            spin = QSpinBox(self)
            spin.setRange(0, 200)
            self.fields[key] = spin
            form.addRow(labels[key], spin)
        self.show_geometry(geometry())
        row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Cetak baris uji"))
        self.save_button = QPushButton(self.tr("Simpan"))
        row.addWidget(self.test_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        form.addRow(row)
        self.preset.currentIndexChanged.connect(self._preset)
        self.test_button.clicked.connect(self.print_test)
        self.save_button.clicked.connect(self.save)
        chain_as_laid_out(self)  # Tab follows the layout; the cursor starts in the first field

    def show_geometry(self, geo) -> None:
        for key, spin in self.fields.items():
            value = getattr(geo, key)
            spin.setValue(float(value) if not isinstance(value, int) else value)

    def _preset(self, _index: int) -> None:
        from models.savings.passbook import PRESETS

        name = self.preset.currentData()
        if name:
            self.show_geometry(PRESETS[name])

    def geometry_value(self):
        from dataclasses import replace

        from models.core.money import D
        from models.savings.passbook import PRESETS, geometry

        base = PRESETS.get(self.preset.currentData() or "", None) or geometry()
        values = {k: D(f"{self.fields[k].value():.2f}") for k in self.NUMBERS}
        values.update({k: int(self.fields[k].value()) for k in self.INTS})
        return replace(base, **values)

    def print_test(self):
        from reports.savings_pdf import write_passbook_test_pdf
        from ui.common import printing

        path = Path(tempfile.mkdtemp(prefix="angsur-uji-")) / "uji-buku-tabungan.pdf"
        write_passbook_test_pdf(self.geometry_value(), path)
        return printing.print_pdf(self, path)

    def save(self) -> bool:
        from models.core.errors import DomainError
        from models.savings.passbook import save_geometry

        try:
            save_geometry(self.session.user, self.geometry_value())
        except DomainError as exc:
            show_error(self, exc)
            return False
        self.accept()
        return True


class SavingsPage(Page):
    topics = ("savings", "payments")

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.member = None
        self.account = None
        root = QVBoxLayout(self)
        root.addWidget(self.title_label(self.tr("Simpanan")))
        split = QSplitter()
        root.addWidget(split, 1)

        left = QWidget()
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("No. anggota, nama atau NIK…"))
        self.search.setClearButtonEnabled(True)
        lbox.addWidget(self.search)
        self.members_model = RowsModel([self.tr("No. anggota"), self.tr("Nama"), self.tr("Status")], self)
        self.members = make_table(self.members_model, name="savingsMembers")
        lbox.addWidget(self.members, 1)
        split.addWidget(left)

        right = QWidget()
        rbox = QVBoxLayout(right)
        rbox.setContentsMargins(0, 0, 0, 0)
        self.header = QLabel(self.tr("Pilih anggota lebih dulu."))
        self.header.setWordWrap(True)
        rbox.addWidget(self.header)
        self.accounts_model = RowsModel([self.tr("No. rekening"), self.tr("Produk"), self.tr("Saldo"),
                                         self.tr("Status")], self)
        self.accounts = make_table(self.accounts_model, name="savingsAccounts")
        rbox.addWidget(self.accounts, 1)
        buttons = QHBoxLayout()
        self.join_button = QPushButton(self.tr("Anggota baru…"))
        self.geometry_button = QPushButton(self.tr("Pengaturan buku…"))
        self.shu_button = QPushButton(self.tr("SHU dan paket RAT…"))
        self.products_button = QPushButton(self.tr("Produk simpanan…"))
        lbox.addWidget(self.join_button)
        lbox.addWidget(self.products_button)
        lbox.addWidget(self.shu_button)
        lbox.addWidget(self.geometry_button)
        self.deposit_button = QPushButton(self.tr("Setor…"))
        self.withdraw_button = QPushButton(self.tr("Tarik…"))
        self.passbook_button = QPushButton(self.tr("Cetak buku tabungan"))
        self.statement_button = QPushButton(self.tr("Rekening koran"))
        self.transfer_button = QPushButton(self.tr("Transfer…"))
        self.loan_button = QPushButton(self.tr("Bayar angsuran…"))
        self.resign_button = QPushButton(self.tr("Keluar…"))
        self.deposit_td_button = QPushButton(self.tr("Berjangka…"))
        self.cash_td_button = QPushButton(self.tr("Cairkan berjangka…"))
        # Two rows: the counter's movements, then the papers and the member's leaving (nine in one row were cut
        # to "yar angsura" at 1280 px).
        second = QHBoxLayout()
        for b in (self.deposit_button, self.withdraw_button, self.transfer_button, self.loan_button,
                  self.deposit_td_button, self.cash_td_button):
            buttons.addWidget(b)
        for b in (self.passbook_button, self.statement_button, self.resign_button):
            second.addWidget(b)
        buttons.addStretch(1)
        second.addStretch(1)
        rbox.addLayout(buttons)
        rbox.addLayout(second)
        self.txn_model = RowsModel([self.tr("Tanggal"), self.tr("Transaksi"), self.tr("No. bukti"), self.tr("Debit"),
                                    self.tr("Kredit"), self.tr("Saldo")], self)
        self.txns = make_table(self.txn_model, name="savingsTransactions")
        rbox.addWidget(self.txns, 2)
        reverse_row = QHBoxLayout()
        self.reverse_button = QPushButton(self.tr("Batalkan transaksi…"))
        self.reverse_button.setEnabled(session.can("savings.approve"))
        self.reverse_button.setToolTip(self.tr("Koreksi dengan pembalikan oleh supervisor (bukan kasir yang "
                                               "mencatatnya); transaksi terbaru lebih dulu"))
        reverse_row.addStretch(1)
        reverse_row.addWidget(self.reverse_button)
        rbox.addLayout(reverse_row)
        split.addWidget(right)
        split.setSizes([420, 840])

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.run_search)
        self.members.selectionModel().currentRowChanged.connect(lambda cur, _p: self.pick_member(cur.row()))
        self.accounts.selectionModel().currentRowChanged.connect(lambda cur, _p: self.pick_account(cur.row()))
        self.join_button.clicked.connect(self.join)
        self.geometry_button.clicked.connect(self.passbook_settings)
        self.shu_button.clicked.connect(self.shu)
        self.products_button.clicked.connect(self.edit_products)
        self.shu_button.setEnabled(session.can("report.view"))
        self.geometry_button.setEnabled(session.can("settings.edit"))
        self.reverse_button.clicked.connect(self.reverse)
        self.deposit_button.clicked.connect(self.deposit)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.passbook_button.clicked.connect(self.print_passbook)
        self.statement_button.clicked.connect(self.print_statement)
        can_post = session.can("savings.post")
        self.join_button.setEnabled(can_post)
        self.transfer_button.setEnabled(can_post)
        self.loan_button.setEnabled(can_post and session.can("payment.post"))
        self.resign_button.setEnabled(can_post)
        self.transfer_button.clicked.connect(self.transfer)
        self.loan_button.clicked.connect(self.pay_installment)
        self.resign_button.clicked.connect(self.resign)
        self.deposit_td_button.setEnabled(can_post)
        self.cash_td_button.setEnabled(can_post)
        self.deposit_td_button.clicked.connect(self.place_time_deposit)
        self.cash_td_button.clicked.connect(self.cash_time_deposit)
        self.deposit_button.setEnabled(can_post)
        self.withdraw_button.setEnabled(can_post)
        self.passbook_button.setEnabled(can_post)
        self.run_search()
        chain_as_laid_out(self)  # Tab in reading order; the cursor starts in the member search

    # ------------------------------------------------------------------------------------------ lists
    def run_search(self) -> None:
        from models.savings.savings import MEMBER_STATUS_LABELS, find_members

        found = find_members(self.search.text())
        self.members_model.set_rows([(m.member_no, c.full_name, label(MEMBER_STATUS_LABELS[m.status]))
                                     for m, c in found], [m.id for m, _c in found])
        if found:
            self.members.selectRow(0)

    def pick_member(self, row: int) -> None:
        from models.savings.savings import Member

        key = self.members_model.key(row)
        self.member = Member.get_by_id(key) if key is not None else None
        self.refresh()

    def pick_account(self, row: int) -> None:
        from models.savings.savings import SavingsAccount

        key = self.accounts_model.key(row)
        self.account = SavingsAccount.get_by_id(key) if key is not None else None
        self.show_transactions()

    def refresh(self) -> None:
        from models.savings.savings import KIND_LABELS, Member, accounts_of, member_total, wajib_arrears

        if self.member is None:
            self.accounts_model.set_rows([])
            self.txn_model.set_rows([])
            return
        member = Member.get_by_id(self.member.id)
        self.member = member
        arrears = wajib_arrears(member, dt.date.today())
        text = self.tr("{no} — {name}; anggota sejak {joined}; simpanan {total}").format(
            no=member.member_no, name=member.customer.full_name, joined=f"{member.joined_on:%d/%m/%Y}",
            total=format_rupiah(member_total(member)))
        if arrears.owed > 0:
            text += "\n" + self.tr("Tunggakan simpanan wajib: {months} bulan, {amount}").format(
                months=arrears.months_behind, amount=format_rupiah(arrears.owed))
        self.header.setText(text)
        accounts = accounts_of(member, include_closed=True)
        keep = self.account.id if self.account else None
        self.accounts_model.set_rows(
            [(a.number, a.product.name if a.product.name != KIND_LABELS[a.product.kind]
              else label(KIND_LABELS[a.product.kind]), a.balance,
              self.tr("Aktif") if a.status == "active" else self.tr("Ditutup")) for a in accounts],
            [a.id for a in accounts])
        keys = [a.id for a in accounts]
        row = keys.index(keep) if keep in keys else (0 if keys else -1)
        if row >= 0:
            self.accounts.selectRow(row)
            self.pick_account(row)

    def show_transactions(self) -> None:
        from models.savings.savings import TXN_LABELS, transactions

        if self.account is None:
            self.txn_model.set_rows([])
            return
        rows = transactions(self.account)
        self.txn_model.set_rows([(t.date, label(TXN_LABELS.get(t.kind, t.kind)), t.receipt_no or "",
                                  -t.amount if t.amount < 0 else None, t.amount if t.amount > 0 else None,
                                  t.balance_after) for t in rows], [t.id for t in rows])
        self.txns.scrollToBottom()  # the newest movement is what the counter asks about

    # ---------------------------------------------------------------------------------------- actions
    def _dialog(self, withdrawal: bool) -> TxnDialog | None:
        if self.account is None:
            return None
        title = self.tr("Tarik simpanan") if withdrawal else self.tr("Setor simpanan")
        text = f"{self.account.number} — {self.account.product.name} ({format_rupiah(self.account.balance)})"
        return TxnDialog(title, text, withdrawal=withdrawal, can_backdate=self.session.can("savings.approve"),
                         parent=self)

    def join(self):
        """A customer becomes a member; the page then shows them."""
        from models.customers.customers import Customer
        from models.savings.savings import account_of, join, transactions

        dialog = JoinDialog(self)
        if dialog.exec() != QDialog.Accepted or dialog.customer_id() is None:
            return None
        member = run_action(self, join, self.session.user, Customer.get_by_id(dialog.customer_id()),
                            dialog.date.date().toPython())
        if member is None:
            return None
        self.session.notify("savings")
        self.search.setText(member.member_no)
        self.run_search()
        self.member = member
        self.refresh()
        pokok = account_of(member, "pokok")
        first = transactions(pokok)[:1] if pokok is not None else []
        if first:
            self.print_receipt(first[0].id)
        return member

    def transfer(self):
        """Move money from the selected account to another member's (or the same member's) account."""
        from models.core.errors import DomainError
        from models.core.idempotency import new_key
        from models.savings.savings import SavingsAccount, transfer

        if self.account is None:
            return None
        targets = [(f"{a.number} — {a.member.customer.full_name} ({a.product.name})", a.id) for a in
                   SavingsAccount.select().where((SavingsAccount.status == "active")
                                                 & (SavingsAccount.id != self.account.id))
                   .order_by(SavingsAccount.number).limit(500)]
        dialog = MoveDialog(self.tr("Transfer simpanan"), targets, self.tr("Ke rekening"),
                            can_backdate=self.session.can("savings.approve"), parent=self)
        if dialog.exec() != QDialog.Accepted or dialog.target.currentData() is None:
            return None
        try:
            approver = dialog.approver()
        except DomainError as exc:
            show_error(self, exc)
            return None
        result = run_action(self, transfer, self.session.user, self.account,
                            SavingsAccount.get_by_id(dialog.target.currentData()), dialog.amount.value() or 0,
                            dialog.date.date().toPython(), approved_by=approver, idempotency_key=new_key())
        return self._done(result)

    def pay_installment(self):
        """Pay one of the member's loan installments from the selected account (pemindahbukuan)."""
        from models.cashier.payments import counter_view
        from models.core.errors import DomainError
        from models.core.idempotency import new_key
        from models.loans.loans import Loan
        from models.savings.savings import pay_installment_from_savings

        if self.account is None or self.member is None:
            return None
        loans = list(Loan.select().where((Loan.customer == self.member.customer_id) & (Loan.status == "active"))
                     .order_by(Loan.id))
        if not loans:
            QMessageBox.information(self, self.tr("Bayar angsuran"), self.tr("Anggota ini tidak punya pinjaman aktif."))
            return None
        amount = counter_view(loans[0], dt.date.today()).next_installment
        dialog = MoveDialog(self.tr("Bayar angsuran dari simpanan"), [(l.contract_no, l.id) for l in loans],
                            self.tr("Pinjaman"), can_backdate=self.session.can("savings.approve"), amount=amount,
                            parent=self)
        if dialog.exec() != QDialog.Accepted:
            return None
        try:
            approver = dialog.approver()
        except DomainError as exc:
            show_error(self, exc)
            return None
        result = run_action(self, pay_installment_from_savings, self.session.user, self.account,
                            Loan.get_by_id(dialog.target.currentData()), dialog.amount.value() or 0,
                            dialog.date.date().toPython(), idempotency_key=new_key(), approved_by=approver)
        if result is not None:
            self.session.notify("payments")
        return self._done(result)

    def resign(self):
        """The member leaves: settle, pay out, close; print the settlement statement."""
        from models.core.errors import DomainError
        from models.core.idempotency import new_key
        from models.savings.savings import resign_member
        from reports.savings_pdf import write_resignation_statement_pdf
        from ui.common import printing

        if self.member is None:
            return None
        dialog = ResignDialog(self)
        if dialog.exec() != QDialog.Accepted:
            return None
        try:
            approver = dialog.approver()
        except DomainError as exc:
            show_error(self, exc)
            return None
        statement = run_action(self, resign_member, self.session.user, self.member, dt.date.today(),
                               dialog.reason.text(), approved_by=approver, idempotency_key=new_key(),
                               status=dialog.status.currentData())
        if statement is None:
            return None
        self.session.notify("savings")
        self.session.notify("payments")
        self.run_search()
        path = Path(tempfile.mkdtemp(prefix="angsur-keluar-")) / f"{statement.member_no}.pdf"
        write_resignation_statement_pdf(statement, path, printed_by=self.session.user.full_name)
        printing.print_pdf(self, path)
        return statement

    def place_time_deposit(self):
        """Place a time deposit for the member (cash, or moved from their sukarela account)."""
        from models.core.errors import DomainError
        from models.core.idempotency import new_key
        from models.savings.savings import SavingsAccount, SavingsProduct, accounts_of
        from models.savings.time_deposits import open_time_deposit

        if self.member is None:
            return None
        products = list(SavingsProduct.select().where((SavingsProduct.kind == "berjangka") & SavingsProduct.active)
                        .order_by(SavingsProduct.id))
        sources = [(f"{a.number} ({format_rupiah(a.balance)})", a.id) for a in accounts_of(self.member)
                   if a.product.kind == "sukarela"]
        dialog = TimeDepositDialog(products, sources, self)
        if dialog.exec() != QDialog.Accepted or dialog.product.currentData() is None:
            return None
        try:
            approver = dialog.approver()
        except DomainError as exc:
            show_error(self, exc)
            return None
        source = dialog.source.currentData()
        result = run_action(self, open_time_deposit, self.session.user, self.member,
                            SavingsProduct.get_by_id(dialog.product.currentData()), dialog.amount.value() or 0,
                            dt.date.today(), on_maturity=dialog.on_maturity.currentData(),
                            term_months=dialog.term.value(),
                            from_account=SavingsAccount.get_by_id(source) if source else None,
                            approved_by=approver, idempotency_key=new_key())
        return self._done(result)

    def cash_time_deposit(self):
        """The selected time deposit: at or after maturity as agreed; before it, broken with the penalty (a
        supervisor approves)."""
        from models.savings.time_deposits import break_early, break_quote, mature

        if self.account is None or self.account.product.kind != "berjangka" or self.account.status != "active":
            QMessageBox.information(self, self.tr("Simpanan berjangka"), self.tr("Pilih rekening simpanan berjangka "
                                                                                "yang aktif."))
            return None
        today = dt.date.today()
        if today >= self.account.maturity_date:
            result = run_action(self, mature, self.session.user, self.account, today)
            if result is not None:
                self.session.notify("savings")
                self.refresh()
            return result
        penalty, net = break_quote(self.account)
        dialog = ApproveDialog(self.tr("Pencairan sebelum jatuh tempo"),
                               self.tr("Jatuh tempo {date}. Penalti {penalty}; dibayarkan {net}.").format(
                                   date=f"{self.account.maturity_date:%d/%m/%Y}", penalty=format_rupiah(penalty),
                                   net=format_rupiah(net)), self)
        if dialog.exec() != QDialog.Accepted:
            return None
        from models.core.errors import DomainError

        try:
            approver = dialog.approver()
        except DomainError as exc:
            show_error(self, exc)
            return None
        return self._done(run_action(self, break_early, self.session.user, self.account, today,
                                     dialog.reason.text(), approved_by=approver))

    def reverse(self):
        """A supervisor reverses the selected movement with a reason (models.savings.savings.reverse_transaction)."""
        from PySide6.QtWidgets import QInputDialog

        from models.savings.savings import SavingsTransaction, reverse_transaction

        index = self.txns.currentIndex()
        key = self.txn_model.key(index.row()) if index.isValid() else None
        if key is None:
            return None
        reason, ok = QInputDialog.getText(self, self.tr("Batalkan transaksi"), self.tr("Alasan pembatalan"))
        if not ok:
            return None
        rows = run_action(self, reverse_transaction, self.session.user, SavingsTransaction.get_by_id(key), reason)
        if rows is None:
            return None
        self.session.notify("savings")
        self.refresh()
        return rows

    def edit_products(self):
        dialog = ProductsDialog(self.session, self)
        dialog.exec()
        return dialog

    def shu(self):
        dialog = ShuDialog(self.session, self)
        dialog.exec()
        return dialog

    def passbook_settings(self):
        dialog = PassbookDialog(self.session, self)
        dialog.exec()
        return dialog

    def deposit(self):
        from models.core.idempotency import new_key
        from models.savings.savings import deposit

        dialog = self._dialog(False)
        if dialog is None or dialog.exec() != QDialog.Accepted:
            return None
        v = dialog.values()
        result = run_action(self, deposit, self.session.user, self.account, v["amount"] or 0, v["date"], v["method"],
                            memo=v["memo"], idempotency_key=new_key())
        return self._done(result)

    def withdraw(self):
        from models.core.errors import DomainError
        from models.core.idempotency import new_key
        from models.savings.savings import withdraw

        dialog = self._dialog(True)
        if dialog is None or dialog.exec() != QDialog.Accepted:
            return None
        v = dialog.values()
        try:
            approver = dialog.approver()
        except DomainError as exc:
            show_error(self, exc)
            return None
        result = run_action(self, withdraw, self.session.user, self.account, v["amount"] or 0, v["date"],
                            v["method"], approved_by=approver, memo=v["memo"], idempotency_key=new_key())
        return self._done(result)

    def _done(self, result):
        if result is None:
            return None
        self.session.notify("savings")
        self.refresh()
        self.print_receipt(result.txn_id)
        return result

    def print_receipt(self, txn_id: int):
        from models.savings.savings import SavingsTransaction
        from reports.savings_pdf import write_savings_receipt_pdf
        from ui.common import printing

        txn = SavingsTransaction.get_by_id(txn_id)
        name = (txn.receipt_no or str(txn.id)).replace("/", "-")
        path = Path(tempfile.mkdtemp(prefix="angsur-simpanan-")) / f"{name}.pdf"
        write_savings_receipt_pdf(txn, path, printed_by=self.session.user.full_name)
        return printing.print_pdf(self, path)

    def print_passbook(self):
        """Print the passbook's new lines; remember them once the cashier says the page came out right."""
        from models.savings.passbook import geometry, mark_printed, plan_print
        from reports.savings_pdf import write_passbook_pdf
        from ui.common import printing

        if self.account is None:
            return None
        geo = geometry()
        job = plan_print(self.account, geo)
        if job.empty:
            QMessageBox.information(self, self.tr("Buku tabungan"), self.tr("Tidak ada transaksi baru untuk dicetak."))
            return job
        if any(p.new_book for p in job.pages):
            QMessageBox.information(self, self.tr("Buku tabungan"),
                                    self.tr("Buku ini sudah penuh: siapkan buku tabungan baru (buku ke-{n}).")
                                    .format(n=max(p.book_no for p in job.pages)))
        elif len(job.pages) > 1:
            QMessageBox.information(self, self.tr("Buku tabungan"), self.tr(
                "Pencetakan berlanjut ke halaman {page} buku: balik halamannya saat printer mengeluarkan buku.")
                .format(page=job.pages[1].page_no))
        path = Path(tempfile.mkdtemp(prefix="angsur-buku-")) / f"{self.account.number}.pdf"
        write_passbook_pdf(job.pages, geo, path)
        printing.print_pdf(self, path)
        answer = QMessageBox.question(self, self.tr("Buku tabungan"), self.tr("Apakah buku tercetak dengan benar?"),
                                      QMessageBox.Yes | QMessageBox.No, QMessageBox.Yes)
        if answer == QMessageBox.Yes:
            run_action(self, mark_printed, self.session.user, job)
        return job

    def print_statement(self):
        from reports.savings_pdf import write_member_statements_pdf
        from ui.common import printing

        if self.member is None:
            return None
        today = dt.date.today()
        path = Path(tempfile.mkdtemp(prefix="angsur-rk-")) / f"{self.member.member_no}.pdf"
        run_action(self, write_member_statements_pdf, [self.member], today.replace(month=1, day=1), today, path,
                   printed_by=self.session.user.full_name)
        return printing.print_pdf(self, path)

