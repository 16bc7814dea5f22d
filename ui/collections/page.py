"""The collection page (Penagihan): the collector's and the credit officer's working area.

Tabs: today's worklist (filters, contacts, WhatsApp reminder, route sheet, assignment), premature arrears per
officer or dealer with the vintage table and a drill-down, warning letters (batch and register), restructuring
proposals and approvals, repossessions and write-offs, and the collectors' results.  Every action is a
models/ function (which checks permissions itself); the page only collects input and shows results.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.collections import collections as col

from models.collections import results as collection_results
from models.core.money import format_amount, format_rupiah
from models.customers.identity import format_phone
from ui.collections.portfolio_tab import PortfolioTab
from ui.collections.rows import RowsBase
from ui.common.dialogs import confirm, date_field, finish_form, run_action
from ui.common.labels import label
from ui.common.money_edit import MoneyEdit
from ui.common.page_base import Page
from ui.common.tables import make_table
from ui.common.focus import chain_as_laid_out

SAVE_CANCEL = QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _date_edit(value: dt.date) -> QDateEdit:
    return date_field(None, date=value)


def _day(edit: QDateEdit) -> dt.date:
    return edit.date().toPython()


def _rows_text(value) -> str:
    if value is None:
        return "–"
    if isinstance(value, Decimal):  # a percentage keeps its one decimal; money shows whole rupiah
        return format_amount(value, 1 if value.as_tuple().exponent == -1 else 0)
    if isinstance(value, dt.date):
        return f"{value:%d/%m/%Y}"
    return str(value)


class RowsModel(RowsBase):
    """A small read-only table over a list of tuples (the figures tables, registers and proposals)."""

    def __init__(self, headers: list[str], parent=None):
        super().__init__(headers, parent)
        self.keys: list = []

    def set_rows(self, rows: list[tuple], keys: list | None = None) -> None:
        self.beginResetModel()
        self.rows = rows
        self.keys = keys if keys is not None else list(range(len(rows)))
        self.endResetModel()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, (int, Decimal)) \
                and not isinstance(value, bool):
            return ALIGN_RIGHT
        if role == Qt.ItemDataRole.DisplayRole:
            return _rows_text(value)
        return None


# ------------------------------------------------------------------------------------------ worklist
(W_PRIORITY, W_CONTRACT, W_CUSTOMER, W_PHONE, W_ADDRESS, W_REGION, W_DPD, W_ARREARS, W_TOTAL, W_MOB, W_LAST,
 W_RESULT, W_COLLECTOR, W_OFFICER) = range(14)


def _worklist_headers() -> list[str]:
    translate = QCoreApplication.translate  # under this name, with literals, lupdate extracts each call
    return [translate("WorklistModel", "Janji"), translate("WorklistModel", "No. kontrak"),
            translate("WorklistModel", "Nasabah"), translate("WorklistModel", "Telepon"),
            translate("WorklistModel", "Alamat"), translate("WorklistModel", "Wilayah"),
            translate("WorklistModel", "Hari"), translate("WorklistModel", "Tunggakan"),
            translate("WorklistModel", "Ditagih (kasir)"), translate("WorklistModel", "Bulan ke"),
            translate("WorklistModel", "Kontak terakhir"), translate("WorklistModel", "Hasil"),
            translate("WorklistModel", "Kolektor"), translate("WorklistModel", "Petugas")]


class _LazyRows(Sequence):
    """The model's rows as a sequence; an item is fetched (with its block) when first asked for."""

    def __init__(self, model: "WorklistModel"):
        self.model = model

    def __len__(self) -> int:
        return len(self.model.keys)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self.model.row_at(i) for i in range(*index.indices(len(self)))]
        return self.model.row_at(index)


class WorklistModel(RowsBase):
    """Today's list, opened on its keys (one light query, :func:`models.collections.collections.worklist_keys`); the display
    rows and the cashier's figure (with late fees) are fetched for the rows painted, a block at a time."""

    BLOCK = 100
    #: Cashier figures (late fees included, one counter view per loan, ~2 ms each at 100.000 loans) are computed
    #: for this many rows at a time: about what a screen paints at 1280×800 (issue 18: opens under 0,3 s).
    FIGURES = 24

    def __init__(self, parent=None):
        super().__init__(_worklist_headers(), parent)
        self.keys: list[col.WorkKey] = []
        self.rows = _LazyRows(self)  # as long as the keys; a row is fetched when asked for
        self.as_of = dt.date.today()
        self._rows: dict[int, col.WorkRow] = {}
        self._figures: dict[int, col.CashierFigure] = {}

    def set_keys(self, keys, as_of: dt.date) -> None:
        self.beginResetModel()
        self.keys, self.as_of, self._rows, self._figures = keys, as_of, {}, {}
        self.endResetModel()

    def _block(self, row: int) -> list[col.WorkKey]:
        start = max(0, row - self.BLOCK // 4)
        return self.keys[start:start + self.BLOCK]

    def row_at(self, row: int) -> col.WorkRow:
        key = self.keys[row]
        if key.loan_id not in self._rows:
            wanted = [k for k in self._block(row) if k.loan_id not in self._rows]
            self._rows.update(col.worklist_rows(wanted, self.as_of, amounts=False))
        return self._rows[key.loan_id]

    def figure(self, row: int) -> col.CashierFigure:
        loan_id = self.keys[row].loan_id
        if loan_id not in self._figures:  # a screenful: some 25 rows are painted at a time
            start = max(0, row - self.FIGURES // 3)  # a few above too: scrolling up is not one query a row
            ids = [k.loan_id for k in self.keys[start:start + self.FIGURES] if k.loan_id not in self._figures]
            self._figures.update(col.cashier_figures(ids, self.as_of))
        return self._figures[loan_id]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.row_at(index.row())
        c = index.column()
        if role == Qt.ItemDataRole.ForegroundRole:
            if c == W_PRIORITY and r.promise_status == "broken":
                return QColor("#b00020")
            if c == W_DPD and r.dpd > 30:
                return QColor("#b00020")
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_RIGHT if c in (W_DPD, W_ARREARS, W_TOTAL, W_MOB) else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if c == W_PRIORITY:
            if not r.promise_status:
                return ""
            text = label(col.PROMISE_LABELS[r.promise_status])
            return f"{text} {r.promise_date:%d/%m}" if r.promise_date else text
        if c == W_TOTAL:
            return format_amount(self.figure(index.row()).total, 0)
        if c == W_ARREARS:
            return format_amount(r.arrears if r.arrears is not None else self.figure(index.row()).arrears, 0)
        if c == W_RESULT:
            return label(col.RESULTS.get(r.last_result, "")) if r.last_result else ""
        values = {W_CONTRACT: r.contract_no, W_CUSTOMER: r.customer, W_PHONE: format_phone(r.phone) if r.phone else "",
                  W_ADDRESS: r.address,
                  W_REGION: r.region, W_DPD: r.dpd, W_ARREARS: r.arrears, W_MOB: r.months_on_book,
                  W_LAST: r.last_contact_on, W_COLLECTOR: r.collector, W_OFFICER: r.officer}
        value = values.get(c)
        return "" if value is None else _rows_text(value)


class ContactDialog(QDialog):
    """Record a call or visit on one account; the account's history is shown above the form."""

    def __init__(self, session, loan_id: int, as_of: dt.date, parent=None):
        super().__init__(parent)
        from models.loans.loans import Loan

        self.session = session
        self.loan = Loan.get_by_id(loan_id)
        self.result_row = None
        self.setWindowTitle(self.tr("Hasil kunjungan/telepon {contract}").format(contract=self.loan.contract_no))
        layout = QVBoxLayout(self)
        history = QPlainTextEdit()
        history.setReadOnly(True)
        history.setObjectName("contactHistory")
        lines = []
        for c in col.contacts(loan=self.loan, as_of=as_of):
            line = f"{c.date:%d/%m/%Y} {label(col.CHANNELS.get(c.channel, ''))} – {label(col.RESULTS[c.result])}"
            if c.promise_date:
                line += f" {c.promise_date:%d/%m/%Y} {format_rupiah(c.promise_amount)}"
                line += f" ({label(col.PROMISE_LABELS[c.promise_status])})"
            lines.append(f"{line} – {c.user}: {c.note}")
        history.setPlainText("\n".join(lines) or self.tr("Belum ada kontak."))
        history.setMaximumHeight(110)
        layout.addWidget(history)
        form = QFormLayout()
        self.date = _date_edit(as_of)
        self.channel = QComboBox()
        for code, text in col.CHANNELS.items():
            self.channel.addItem(label(text), code)
        self.result = QComboBox()
        for code, text in col.RESULTS.items():
            self.result.addItem(label(text), code)
        self.promise_date = _date_edit(as_of + dt.timedelta(days=3))
        self.promise_amount = MoneyEdit()
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(70)
        form.addRow(self.tr("Tanggal"), self.date)
        form.addRow(self.tr("Cara"), self.channel)
        form.addRow(self.tr("Hasil"), self.result)
        form.addRow(self.tr("Janji bayar tanggal"), self.promise_date)
        form.addRow(self.tr("Janji bayar jumlah"), self.promise_amount)
        form.addRow(self.tr("Catatan"), self.note)
        layout.addLayout(form)
        finish_form(self, layout, buttons=SAVE_CANCEL, on_accept=self.save)
        self.result.currentIndexChanged.connect(self._promise_fields)
        self._promise_fields()
        chain_as_laid_out(self)  # Tab follows the layout; the cursor starts in the first field

    def _promise_fields(self) -> None:
        promise = self.result.currentData() == "promise"
        self.promise_date.setEnabled(promise)
        self.promise_amount.setEnabled(promise)

    def set_result(self, code: str) -> None:
        self.result.setCurrentIndex(self.result.findData(code))

    def save(self) -> None:
        promise = self.result.currentData() == "promise"
        row = run_action(self, col.record_contact, self.session.user, self.loan, date=_day(self.date),
                         channel=self.channel.currentData(), result=self.result.currentData(),
                         note=self.note.toPlainText(), promise_date=_day(self.promise_date) if promise else None,
                         promise_amount=self.promise_amount.value() if promise else None)
        if row is not None:
            self.result_row = row
            self.session.notify("collections")
            self.accept()


class ReminderDialog(QDialog):
    """The WhatsApp reminder: the text to send and the wa.me link that opens the chat (the officer sends it)."""

    def __init__(self, row: col.WorkRow, figure: col.CashierFigure, as_of: dt.date, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pengingat WhatsApp {contract}").format(contract=row.contract_no))
        layout = QVBoxLayout(self)
        self.text = QPlainTextEdit(col.reminder_text(row, figure, as_of))
        layout.addWidget(self.text)
        self.link = ""
        bar = QHBoxLayout()
        copy = QPushButton(self.tr("Salin teks"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.text.toPlainText()))
        self.open_button = QPushButton(self.tr("Buka WhatsApp"))
        self.open_button.clicked.connect(self.open_chat)
        self.open_button.setEnabled(bool(col.wa_number(row.phone)))
        self.phone = row.phone
        bar.addWidget(copy)
        bar.addWidget(self.open_button)
        bar.addStretch(1)
        close = QPushButton(self.tr("Tutup"))
        close.clicked.connect(self.accept)
        bar.addWidget(close)
        layout.addLayout(bar)
        self.resize(520, 320)

    def current_link(self) -> str:
        return col.wa_link(self.phone, self.text.toPlainText())

    def open_chat(self) -> None:
        self.link = run_action(self, self.current_link) or ""
        if self.link:
            QDesktopServices.openUrl(QUrl(self.link))


class AssignDialog(QDialog):
    """Give the selected account to a collector by hand, or a whole area to a collector."""

    def __init__(self, session, loan_id: int | None, parent=None):
        super().__init__(parent)
        from models.core.users import officers

        self.session = session
        self.loan_id = loan_id
        self.setWindowTitle(self.tr("Penugasan kolektor"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.collector = QComboBox()
        for user in officers():
            self.collector.addItem(user.full_name, user.id)
        self.mode = QComboBox()
        if loan_id is not None:
            self.mode.addItem(self.tr("Rekening terpilih"), "loan")
        for code, text in col.AREA_LEVELS.items():
            self.mode.addItem(label(text), code)
        self.area = QLineEdit()
        self.reason = QLineEdit()
        form.addRow(self.tr("Kolektor"), self.collector)
        form.addRow(self.tr("Tugaskan"), self.mode)
        form.addRow(self.tr("Nama wilayah"), self.area)
        form.addRow(self.tr("Alasan"), self.reason)
        layout.addLayout(form)
        self.history = QPlainTextEdit()
        self.history.setReadOnly(True)
        self.history.setMaximumHeight(110)
        if loan_id is not None:
            from models.loans.loans import Loan

            how = {"area": self.tr("per wilayah"), "manual": self.tr("satu per satu")}
            lines = [f"{h.started_on:%d/%m/%Y} – {(f'{h.ended_on:%d/%m/%Y}') if h.ended_on else '…'}: "
                     f"{h.collector.full_name} ({how.get(h.how, h.how)}) {h.reason}"
                     for h in col.assignment_history(Loan.get_by_id(loan_id))]
            self.history.setPlainText("\n".join(lines) or self.tr("Belum pernah ditugaskan."))
            layout.addWidget(QLabel(self.tr("Riwayat penugasan rekening ini")))
            layout.addWidget(self.history)
        finish_form(self, layout, on_accept=self.save)
        chain_as_laid_out(self)  # Tab follows the layout; the cursor starts in the first field

    def save(self) -> None:
        from models.core.users import User
        from models.loans.loans import Loan

        collector = User.get_by_id(self.collector.currentData())
        if self.mode.currentData() == "loan":
            done = run_action(self, col.assign_loan, self.session.user, Loan.get_by_id(self.loan_id), collector,
                              self.reason.text())
        else:
            done = run_action(self, col.assign_area, self.session.user, collector, self.mode.currentData(),
                              self.area.text())
        if done is not None:
            self.session.notify("collections")
            self.accept()


class SettingsDialog(QDialog):
    """The collection desk's rules: account numbers for reminders, days and limits (``settings.edit``)."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.saved = False
        self.setWindowTitle(self.tr("Pengaturan penagihan"))
        values = col.collection_settings()
        form = QFormLayout(self)
        self.accounts = QPlainTextEdit(values[col.BANK_ACCOUNTS])
        self.accounts.setPlaceholderText(self.tr("Satu rekening per baris, mis. BCA 123-456-7890 a.n. PT …"))
        self.accounts.setMaximumHeight(80)
        form.addRow(self.tr("Rekening pembayaran (pesan WhatsApp)"), self.accounts)
        captions = {"collections.fpd_days": self.tr("FPD: angsuran pertama belum dibayar (hari)"),
                    "collections.broken_promise_days": self.tr("Janji ingkar tetap di atas (hari)"),
                    "collections.promise_max_days": self.tr("Janji bayar paling lama (hari)"),
                    "collections.letter_deadline_days": self.tr("Batas waktu dalam surat peringatan (hari)"),
                    "restructure.cure_installments": self.tr("Angsuran tepat waktu sebelum kolektibilitas membaik")}
        self.numbers: dict[str, QSpinBox] = {}
        for key, (_default, low, high) in col.NUMBER_SETTINGS.items():
            spin = QSpinBox()
            spin.setRange(low, high)
            spin.setValue(values[key])
            self.numbers[key] = spin
            form.addRow(captions[key], spin)
        self.limits: dict[str, tuple[QCheckBox, MoneyEdit]] = {}
        for role, caption in (("supervisor", self.tr("Batas restrukturisasi supervisor (sisa pokok)")),
                              ("manager", self.tr("Batas restrukturisasi manajer (sisa pokok)"))):
            limit = values[f"restructure.limit.{role}"]
            unlimited = QCheckBox(self.tr("tanpa batas"))
            unlimited.setChecked(limit is None)
            amount = MoneyEdit()
            amount.setValue(limit)
            amount.setEnabled(limit is not None)
            unlimited.toggled.connect(lambda on, edit=amount: edit.setEnabled(not on))
            row = QHBoxLayout()
            row.addWidget(amount, 1)
            row.addWidget(unlimited)
            form.addRow(caption, row)
            self.limits[role] = (unlimited, amount)
        finish_form(self, form, buttons=SAVE_CANCEL, on_accept=self.save)

    def values(self) -> dict:
        out = {key: spin.value() for key, spin in self.numbers.items()}
        out[col.BANK_ACCOUNTS] = self.accounts.toPlainText()
        for role, (unlimited, amount) in self.limits.items():
            out[f"restructure.limit.{role}"] = None if unlimited.isChecked() else (amount.value() or Decimal(0))
        return out

    def save(self) -> None:
        if run_action(self, col.set_collection_settings, self.session.user, self.values()) is not None:
            self.saved = True
            self.accept()


class WorklistTab(QWidget):
    def __init__(self, page: "CollectionsPage"):
        super().__init__(page)
        from models.core.users import Role, officers

        self.page = page
        session = page.session
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.as_of = _date_edit(dt.date.today())
        self.collector = QComboBox()
        self.officer = QComboBox()
        self.collector.addItem(self.tr("Semua kolektor"), None)
        self.officer.addItem(self.tr("Semua petugas"), None)
        for user in officers():
            self.collector.addItem(user.full_name, user.id)
            if user.role == Role.OFFICER.value:
                self.officer.addItem(user.full_name, user.id)
        self.area = QLineEdit()
        self.area.setPlaceholderText(self.tr("Wilayah (kelurahan, kecamatan, kota)…"))
        self.bucket = QComboBox()
        self.bucket.addItem(self.tr("Semua umur tunggakan"), None)
        for code, text in col.BUCKET_LABELS.items():
            self.bucket.addItem(label(text), code)
        for widget in (QLabel(self.tr("Per")), self.as_of, self.collector, self.officer, self.area, self.bucket):
            bar.addWidget(widget)
        # a collector sees their own accounts, an officer their own portfolio (models/ enforces it too)
        me = session.user
        if me.role == Role.COLLECTOR.value:
            self.collector.setCurrentIndex(max(0, self.collector.findData(me.id)))
            self.collector.setEnabled(False)
        elif me.role == Role.OFFICER.value:
            self.officer.setCurrentIndex(max(0, self.officer.findData(me.id)))
            self.officer.setEnabled(False)
        layout.addLayout(bar)
        buttons = QHBoxLayout()
        self.contact_button = QPushButton(self.tr("Catat kontak…"))
        self.wa_button = QPushButton(self.tr("WhatsApp…"))
        self.route_button = QPushButton(self.tr("Cetak rute…"))
        self.assign_button = QPushButton(self.tr("Tugaskan…"))
        self.restructure_button = QPushButton(self.tr("Usulkan restrukturisasi…"))
        for b in (self.contact_button, self.wa_button, self.route_button, self.assign_button,
                  self.restructure_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.settings_button = QPushButton(self.tr("Pengaturan…"))
        self.settings_button.setEnabled(session.can("settings.edit"))
        self.settings_button.clicked.connect(lambda: self.edit_settings())
        buttons.addWidget(self.settings_button)
        layout.addLayout(buttons)
        self.model = WorklistModel(self)
        self.table = make_table(self.model, name="worklist", widths={
            W_PRIORITY: 150, W_CONTRACT: 125, W_CUSTOMER: 150, W_PHONE: 115, W_ADDRESS: 170, W_REGION: 190,
            W_DPD: 48, W_ARREARS: 95, W_TOTAL: 105, W_MOB: 62, W_LAST: 95, W_RESULT: 110, W_COLLECTOR: 110})
        layout.addWidget(self.table, 1)
        self.count = QLabel()
        layout.addWidget(self.count)
        self.assign_button.setEnabled(session.can("collection.assign"))
        self.restructure_button.setEnabled(session.can("restructure.propose"))
        self.contact_button.clicked.connect(lambda: self.record_contact())
        self.wa_button.clicked.connect(lambda: self.reminder())
        self.route_button.clicked.connect(lambda: self.route_sheet())
        self.assign_button.clicked.connect(lambda: self.assign())
        self.restructure_button.clicked.connect(lambda: self.propose_restructuring())
        self.table.doubleClicked.connect(lambda _i: self.record_contact())
        self.as_of.dateChanged.connect(lambda _d: self.refresh())
        for combo in (self.collector, self.officer, self.bucket):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.area.editingFinished.connect(self.refresh)

    def _rows(self, amounts: bool):
        return run_action(self, col.worklist, self.page.session.user, _day(self.as_of),
                          collector_id=self.collector.currentData(), officer_id=self.officer.currentData(),
                          area=self.area.text(), bucket=self.bucket.currentData(), amounts=amounts) or []

    def edit_settings(self, exec_dialog: bool = True):
        dialog = SettingsDialog(self.page.session, self)
        if exec_dialog:
            dialog.exec()
        return dialog

    def refresh(self) -> None:
        # the keys of the whole list; rows and amounts for the rows painted only, a block at a time
        keys = run_action(self, col.worklist_keys, self.page.session.user, _day(self.as_of),
                          collector_id=self.collector.currentData(), officer_id=self.officer.currentData(),
                          area=self.area.text(), bucket=self.bucket.currentData()) or []
        self.model.set_keys(keys, _day(self.as_of))
        broken = sum(1 for k in keys if k.priority == col.PRIORITY_BROKEN)
        self.count.setText(self.tr("{n} rekening; {broken} janji ingkar di atas").format(n=len(keys), broken=broken))

    def selected(self) -> col.WorkRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(index.row())

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))

    def _need_row(self):
        row = self.selected()
        if row is None:
            QMessageBox.information(self, self.tr("Penagihan"), self.tr("Pilih rekening di daftar dulu."))
        return row

    def record_contact(self, exec_dialog: bool = True):
        row = self._need_row()
        if row is None:
            return None
        dialog = ContactDialog(self.page.session, row.loan_id, _day(self.as_of), self)
        if exec_dialog:
            dialog.exec()
            self.refresh()
        return dialog

    def reminder(self, exec_dialog: bool = True):
        row = self._need_row()
        if row is None:
            return None
        dialog = ReminderDialog(row, self.model.figure(self.table.currentIndex().row()), _day(self.as_of), self)
        if exec_dialog:
            dialog.exec()
        return dialog

    def route_sheet(self, path: str | None = None):
        from reports.collections_pdf import write_route_sheet

        if not self.model.keys:
            return None
        if path is None:
            suggested = f"rute-{_day(self.as_of):%Y-%m-%d}.pdf"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan rute kunjungan"), suggested,
                                                  self.tr("Dokumen PDF (*.pdf)"))
            if not path:
                return None
        collector = self.collector.currentText() if self.collector.currentData() else ""
        return run_action(self, write_route_sheet, self._rows(amounts=True), path, _day(self.as_of),
                          collector=collector,
                          printed_by=self.page.session.user.full_name)

    def assign(self, exec_dialog: bool = True):
        row = self.selected()
        dialog = AssignDialog(self.page.session, row.loan_id if row else None, self)
        if exec_dialog:
            dialog.exec()
            self.refresh()
        return dialog

    def propose_restructuring(self, exec_dialog: bool = True):
        row = self._need_row()
        if row is None:
            return None
        dialog = RestructureDialog(self.page.session, row.loan_id, _day(self.as_of), self)
        if exec_dialog:
            dialog.exec()
            self.page.restructuring.refresh()
        return dialog


# ------------------------------------------------------------------------------------- premature arrears
class PrematureTab(QWidget):
    def __init__(self, page: "CollectionsPage"):
        super().__init__(page)
        self.page = page
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.as_of = _date_edit(dt.date.today())
        self.group = QComboBox()
        self.group.addItem(self.tr("Per petugas"), "officer")
        self.group.addItem(self.tr("Per dealer"), "dealer")
        bar.addWidget(QLabel(self.tr("Per")))
        bar.addWidget(self.as_of)
        bar.addWidget(self.group)
        self.drill_button = QPushButton(self.tr("Rincian rekening…"))
        bar.addWidget(self.drill_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        months = [self.tr("B{m}").format(m=m) for m in range(1, 13)]
        self.groups = RowsModel([self.tr("Nama"), self.tr("Pinjaman"), self.tr("FPD %")] + months, self)
        self.groups_table = make_table(self.groups, name="prematureGroups")
        layout.addWidget(QLabel(self.tr("Persentase rekening menunggak pada bulan ke-1 s.d. 12 (B1–B12); FPD: "
                                        "angsuran pertama tidak dibayar dalam 30 hari")))
        layout.addWidget(self.groups_table, 1)
        self.vintage = RowsModel([self.tr("Bulan cair"), self.tr("Pinjaman")] + months, self)
        layout.addWidget(QLabel(self.tr("Vintage: % rekening 30+ hari menunggak menurut bulan pencairan")))
        layout.addWidget(make_table(self.vintage, name="vintage"), 1)
        self.as_of.dateChanged.connect(lambda _d: self.refresh())
        self.group.currentIndexChanged.connect(lambda _i: self.refresh())
        self.drill_button.clicked.connect(lambda: self.drill())
        self.groups_table.doubleClicked.connect(lambda _i: self.drill())

    def refresh(self) -> None:
        from models.collections.premature import compute

        groups, vintages, _flags = compute(_day(self.as_of), group=self.group.currentData())
        self.groups.set_rows([(g.name, g.loans, g.fpd_rate) + tuple(g.arrears_rate(m) for m in range(1, 13))
                              for g in groups], [g.key for g in groups])
        self.vintage.set_rows([(f"{v.month:%m/%Y}", v.loans) + tuple(c[3] for c in v.cells) for v in vintages])

    def drill(self, exec_dialog: bool = True):
        from models.collections.premature import drill_down

        index = self.groups_table.currentIndex()
        if not index.isValid():
            return None
        key = self.groups.keys[index.row()]
        kwargs = {"officer_id": key} if self.group.currentData() == "officer" else {"dealer_id": key}
        rows = drill_down(_day(self.as_of), **kwargs) if key is not None else []
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Rekening prematur: {name}").format(name=self.groups.rows[index.row()][0]))
        layout = QVBoxLayout(dialog)
        model = RowsModel([self.tr("No. kontrak"), self.tr("Nasabah"), self.tr("Tgl cair"), self.tr("Bulan ke"),
                           self.tr("Hari tunggak"), self.tr("FPD"), self.tr("Bulan menunggak")], dialog)
        yes, no = self.tr("ya"), ""
        model.set_rows([(r.contract_no, r.customer, r.disbursed_on, r.months_on_book, r.dpd, yes if r.fpd else no,
                         r.months_in_arrears) for r in rows])
        layout.addWidget(make_table(model, name="prematureDrill"))
        dialog.resize(760, 420)
        dialog.model = model
        if exec_dialog:
            dialog.exec()
        return dialog


# ------------------------------------------------------------------------------------------ letters
class StagesDialog(QDialog):
    """The office sets the letter stages: code, title, thresholds and text (setting ``collections.letter_stages``)."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        from models.collections.warning_letters import stages

        self.session = session
        self.saved = False
        self.setWindowTitle(self.tr("Tahap surat peringatan"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Isian teks: {nama} {alamat} {kontrak} {tanggal} {jatuh_tempo} {hari} "
                                        "{angsuran_tertunggak} {tunggakan} {denda} {total} {batas} {kantor}")))
        self.tabs = QTabWidget()
        self.forms: list[dict] = []
        for stage in stages():
            self.add_stage(stage.__dict__)
        layout.addWidget(self.tabs, 1)
        bar = QHBoxLayout()
        add = QPushButton(self.tr("Tambah tahap"))
        add.clicked.connect(lambda: self.add_stage({"stage": "", "title": "", "min_dpd": 0, "min_installments": 0,
                                                    "days_after_previous": 0, "text": ""}))
        remove = QPushButton(self.tr("Hapus tahap ini"))
        remove.clicked.connect(self.remove_stage)
        bar.addWidget(add)
        bar.addWidget(remove)
        bar.addStretch(1)
        finish_form(self, bar, buttons=SAVE_CANCEL, on_accept=self.save)
        layout.addLayout(bar)
        self.resize(720, 520)
        chain_as_laid_out(self)  # Tab follows the layout; the cursor starts in the first field

    def add_stage(self, values: dict) -> dict:
        page = QWidget()
        form = QFormLayout(page)
        fields = {"stage": QLineEdit(values["stage"]), "title": QLineEdit(values["title"])}
        for key in ("min_dpd", "min_installments", "days_after_previous"):
            spin = QSpinBox()
            spin.setRange(0, 3650)
            spin.setValue(int(values[key]))
            fields[key] = spin
        fields["text"] = QPlainTextEdit(values["text"])
        form.addRow(self.tr("Kode"), fields["stage"])
        form.addRow(self.tr("Judul"), fields["title"])
        form.addRow(self.tr("Paling sedikit hari tunggak"), fields["min_dpd"])
        form.addRow(self.tr("Paling sedikit angsuran tertunggak"), fields["min_installments"])
        form.addRow(self.tr("Hari setelah surat sebelumnya"), fields["days_after_previous"])
        form.addRow(self.tr("Isi surat"), fields["text"])
        self.forms.append(fields)
        self.tabs.addTab(page, values["stage"] or self.tr("Baru"))
        return fields

    def remove_stage(self) -> None:
        index = self.tabs.currentIndex()
        if index >= 0:
            self.tabs.removeTab(index)
            del self.forms[index]

    def values(self) -> list[dict]:
        return [{"stage": f["stage"].text().strip(), "title": f["title"].text().strip(),
                 "min_dpd": f["min_dpd"].value(), "min_installments": f["min_installments"].value(),
                 "days_after_previous": f["days_after_previous"].value(), "text": f["text"].toPlainText()}
                for f in self.forms]

    def save(self) -> None:
        from models.collections.warning_letters import set_stages
        from models.core.errors import DomainError
        from ui.common.dialogs import show_error

        try:
            set_stages(self.session.user, self.values())  # returns nothing: a refusal raises
        except DomainError as exc:
            show_error(self, exc)
            return
        self.saved = True
        self.accept()


class LettersTab(QWidget):
    def __init__(self, page: "CollectionsPage"):
        super().__init__(page)
        self.page = page
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.as_of = _date_edit(dt.date.today())
        self.issue_button = QPushButton(self.tr("Terbitkan SP yang jatuh tempo…"))
        self.issue_button.setEnabled(page.session.can("letter.issue"))
        self.reprint_button = QPushButton(self.tr("Cetak ulang…"))
        self.stages_button = QPushButton(self.tr("Atur tahap…"))
        self.stages_button.setEnabled(page.session.can("settings.edit"))
        self.stages_button.clicked.connect(lambda: self.edit_stages())
        bar.addWidget(QLabel(self.tr("Tanggal surat")))
        bar.addWidget(self.as_of)
        bar.addWidget(self.issue_button)
        bar.addWidget(self.reprint_button)
        bar.addWidget(self.stages_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.model = RowsModel([self.tr("Nomor"), self.tr("Tahap"), self.tr("Tanggal"), self.tr("No. kontrak"),
                                self.tr("Nasabah"), self.tr("Hari"), self.tr("Jumlah"), self.tr("Diterbitkan oleh")],
                               self)
        self.table = make_table(self.model, name="letters")
        layout.addWidget(self.table, 1)
        self.message = QLabel()
        layout.addWidget(self.message)
        self.issue_button.clicked.connect(lambda: self.issue())
        self.reprint_button.clicked.connect(lambda: self.reprint())

    def edit_stages(self, exec_dialog: bool = True):
        dialog = StagesDialog(self.page.session, self)
        if exec_dialog:
            dialog.exec()
        return dialog

    def refresh(self) -> None:
        from models.collections.warning_letters import register

        rows = register()
        self.model.set_rows([(r.number, r.stage, r.date, r.contract_no, r.customer, r.dpd, r.total, r.issued_by)
                             for r in rows], [r.id for r in rows])

    def _save(self, letters, path: str | None):
        from reports.collections_pdf import write_letters_pdf

        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan surat peringatan"),
                                                  f"sp-{_day(self.as_of):%Y-%m-%d}.pdf",
                                                  self.tr("Dokumen PDF (*.pdf)"))
            if not path:
                return None
        return run_action(self, write_letters_pdf, letters, path, signer=self.page.session.user.full_name)

    def issue(self, path: str | None = None, ask: bool = True):
        from models.collections.warning_letters import issue_batch

        if ask and not confirm(self, self.tr("Surat peringatan"),
                               self.tr("Terbitkan semua surat peringatan yang jatuh tempo per tanggal ini? Nomor "
                                       "surat diambil berurutan dan tidak dapat dibatalkan.")):
            return None
        batch = run_action(self, issue_batch, self.page.session.user, _day(self.as_of))
        if batch is None:
            return None
        self.refresh()
        if not batch.letters:
            self.message.setText(self.tr("Tidak ada surat yang jatuh tempo."))
            return batch
        summary = ", ".join(f"{stage} {n}" for stage, n in sorted(batch.by_stage.items()))
        self.message.setText(self.tr("{n} surat diterbitkan: {summary}").format(n=len(batch.letters),
                                                                                summary=summary))
        self._save(batch.letters, path)
        return batch

    def reprint(self, path: str | None = None):
        from models.collections.warning_letters import WarningLetter

        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self._save([WarningLetter.get_by_id(self.model.keys[index.row()])], path)


# ------------------------------------------------------------------------------------- restructuring
class RestructureDialog(QDialog):
    """The officer's proposal: measure, new terms, prepayment, reason; a preview of the new schedule."""

    def __init__(self, session, loan_id: int, as_of: dt.date, parent=None):
        super().__init__(parent)
        from models.collections import restructuring as rs
        from models.loans.loans import Loan

        self.session = session
        self.loan = Loan.get_by_id(loan_id)
        self.proposal = None
        self.setWindowTitle(self.tr("Usulan restrukturisasi {contract}").format(contract=self.loan.contract_no))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = QComboBox()
        for code, text in rs.KINDS.items():
            self.kind.addItem(label(text), code)
        self.effective = _date_edit(as_of)
        self.tenor = QSpinBox()
        self.tenor.setRange(0, 240)
        self.tenor.setSpecialValueText(self.tr("tetap"))
        self.rate = QLineEdit()
        self.rate.setPlaceholderText(self.tr("kosong: tetap {rate} %").format(rate=self.loan.annual_rate))
        self.installment = MoneyEdit()
        self.capitalise = QCheckBox(self.tr("Kapitalisasi tunggakan bunga"))
        self.prepayment = MoneyEdit()
        self.keep_installment = QCheckBox(self.tr("Angsuran tetap, jangka waktu dipersingkat"))
        self.reason = QPlainTextEdit()
        self.reason.setMaximumHeight(60)
        form.addRow(self.tr("Bentuk"), self.kind)
        form.addRow(self.tr("Berlaku mulai"), self.effective)
        form.addRow(self.tr("Jangka waktu baru (angsuran)"), self.tenor)
        form.addRow(self.tr("Bunga baru % per tahun"), self.rate)
        form.addRow(self.tr("Angsuran baru"), self.installment)
        form.addRow("", self.capitalise)
        form.addRow(self.tr("Pelunasan sebagian"), self.prepayment)
        form.addRow("", self.keep_installment)
        form.addRow(self.tr("Alasan / kondisi nasabah"), self.reason)
        layout.addLayout(form)
        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
        layout.addWidget(self.preview_label)
        bar = QHBoxLayout()
        preview = QPushButton(self.tr("Hitung"))
        preview.clicked.connect(self.show_preview)
        bar.addWidget(preview)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Ajukan"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        bar.addWidget(buttons)
        layout.addLayout(bar)
        chain_as_laid_out(self)  # Tab follows the layout; the cursor starts in the first field

    def _terms(self) -> dict:
        text = self.rate.text().strip().replace(",", ".")
        try:
            rate = Decimal(text) if text else None
        except InvalidOperation:
            rate = Decimal("-1")
        return dict(effective_date=_day(self.effective), new_tenor=self.tenor.value() or None, new_rate=rate,
                    new_installment=self.installment.value() or None, capitalise=self.capitalise.isChecked(),
                    prepayment=self.prepayment.value() or Decimal(0),
                    keep_installment=self.keep_installment.isChecked())

    def show_preview(self):
        from models.collections import restructuring as rs

        plan = run_action(self, rs.preview, self.loan, kind=self.kind.currentData(), **self._terms())
        if plan is None:
            return None
        self.preview_label.setText(self.tr(
            "Pokok baru {principal} (sisa pokok {outstanding}, kapitalisasi {capitalised}, pelunasan sebagian "
            "{prepayment}); {tenor} angsuran {installment}, pertama {first}; denda yang dibebaskan {fees}").format(
            principal=format_rupiah(plan.new_principal), outstanding=format_rupiah(plan.outstanding),
            capitalised=format_rupiah(plan.capitalised), prepayment=format_rupiah(plan.prepayment),
            tenor=plan.schedule.tenor, installment=format_rupiah(plan.schedule.installment),
            first=f"{plan.schedule.rows[0].due_date:%d/%m/%Y}", fees=format_rupiah(plan.late_fees_forgiven)))
        if plan.modification is not None:
            # Effective-interest loans: the gain or loss the approval posts (PSAK 71 ¶5.4.3).
            self.preview_label.setText(self.preview_label.text() + self.tr(
                "; laba (rugi) modifikasi {result}").format(result=format_rupiah(plan.modification)))
        return plan

    def save(self) -> None:
        from models.collections import restructuring as rs

        row = run_action(self, rs.propose, self.session.user, self.loan, self.kind.currentData(),
                         reason=self.reason.toPlainText(), **self._terms())
        if row is not None:
            self.proposal = row
            self.session.notify("collections")
            self.accept()


class RestructuringTab(QWidget):
    def __init__(self, page: "CollectionsPage"):
        super().__init__(page)
        self.page = page
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.approve_button = QPushButton(self.tr("Setujui…"))
        self.reject_button = QPushButton(self.tr("Tolak…"))
        can = page.session.can("restructure.approve")
        self.approve_button.setEnabled(can)
        self.reject_button.setEnabled(can)
        bar.addWidget(self.approve_button)
        bar.addWidget(self.reject_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.model = RowsModel([self.tr("No. kontrak"), self.tr("Bentuk"), self.tr("Status"), self.tr("Berlaku"),
                                self.tr("Tenor baru"), self.tr("Kapitalisasi"), self.tr("Pelunasan sebagian"),
                                self.tr("Angsuran lama"), self.tr("Angsuran baru"), self.tr("Diusulkan oleh"),
                                self.tr("Diputuskan oleh"), self.tr("Alasan")], self)
        self.table = make_table(self.model, name="restructurings")
        layout.addWidget(self.table, 1)
        self.message = QLabel()
        layout.addWidget(self.message)
        self.approve_button.clicked.connect(lambda: self.approve())
        self.reject_button.clicked.connect(lambda: self.reject_selected())
        self.table.doubleClicked.connect(lambda _i: self.old_schedule())

    def old_schedule(self, exec_dialog: bool = True):
        """The schedule as it stood before the selected restructuring (kept for history)."""
        from models.collections.restructuring import archived_schedule

        proposal = self._selected()
        if proposal is None or proposal.status != "approved":
            return None
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Jadwal sebelum restrukturisasi {contract}").format(
            contract=proposal.loan.contract_no))
        layout = QVBoxLayout(dialog)
        model = RowsModel([self.tr("Ke"), self.tr("Jatuh tempo"), self.tr("Pokok"), self.tr("Bunga"),
                           self.tr("Angsuran"), self.tr("Pokok dibayar"), self.tr("Bunga dibayar"),
                           self.tr("Lunas tanggal")], dialog)
        model.set_rows([(r.no, r.due_date, r.principal, r.interest, r.amount, r.principal_paid, r.interest_paid,
                         r.paid_on) for r in archived_schedule(proposal)])
        layout.addWidget(make_table(model, name="oldSchedule"))
        dialog.model = model
        dialog.resize(820, 480)
        if exec_dialog:
            dialog.exec()
        return dialog

    def refresh(self) -> None:
        from models.collections import restructuring as rs
        from models.core.users import User

        names = dict(User.select(User.id, User.full_name).tuples())
        rows = rs.proposals()
        self.model.set_rows([(p.loan.contract_no, label(rs.KINDS[p.kind]), label(rs.STATUS_LABELS[p.status]),
                              p.effective_date, p.tenor_after or p.new_tenor, p.capitalised_interest,
                              p.prepayment, p.installment_before or None, p.installment_after or None,
                              names.get(p.proposed_by_id, ""), names.get(p.decided_by_id, ""), p.reason)
                             for p in rows], [p.id for p in rows])

    def _selected(self):
        from models.collections.restructuring import Restructuring

        index = self.table.currentIndex()
        return Restructuring.get_by_id(self.model.keys[index.row()]) if index.isValid() else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))

    def approve(self, ask: bool = True):
        from models.collections import restructuring as rs

        proposal = self._selected()
        if proposal is None:
            return None
        if ask and not confirm(self, self.tr("Restrukturisasi"),
                               self.tr("Setujui restrukturisasi {contract}? Sisa jadwal diganti; jadwal lama "
                                       "disimpan.").format(contract=proposal.loan.contract_no)):
            return None
        done = run_action(self, rs.approve, self.page.session.user, proposal)
        if done is not None:
            self.message.setText(self.tr("Disetujui: {tenor} angsuran {installment}").format(
                tenor=done.tenor_after, installment=format_rupiah(done.installment_after)))
            self.page.session.notify("loans")
            self.refresh()
        return done

    def reject_selected(self, note: str | None = None):
        from PySide6.QtWidgets import QInputDialog

        from models.collections import restructuring as rs

        proposal = self._selected()
        if proposal is None:
            return None
        if note is None:
            note, ok = QInputDialog.getText(self, self.tr("Tolak restrukturisasi"), self.tr("Alasan penolakan"))
            if not ok:
                return None
        done = run_action(self, rs.reject, self.page.session.user, proposal, note)
        self.refresh()
        return done


# --------------------------------------------------------------------------- repossession and write-off
class ProblemTab(QWidget):
    """Repossessions and write-offs: the registers and the actions on the account selected in the worklist."""

    def __init__(self, page: "CollectionsPage"):
        super().__init__(page)
        self.page = page
        s = page.session
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.repossess_button = QPushButton(self.tr("Catat tarik unit…"))
        self.sell_button = QPushButton(self.tr("Catat penjualan unit…"))
        self.propose_button = QPushButton(self.tr("Usulkan hapus buku…"))
        self.approve_button = QPushButton(self.tr("Setujui hapus buku…"))
        self.recovery_button = QPushButton(self.tr("Terima pembayaran hapus buku…"))
        self.repossess_button.setEnabled(s.can("repossession.record"))
        self.sell_button.setEnabled(s.can("repossession.sell"))
        self.propose_button.setEnabled(s.can("writeoff.propose"))
        self.approve_button.setEnabled(s.can("loan.writeoff"))
        self.recovery_button.setEnabled(s.can("recovery.post"))
        for b in (self.repossess_button, self.sell_button, self.propose_button, self.approve_button,
                  self.recovery_button):
            bar.addWidget(b)
        bar.addStretch(1)
        layout.addLayout(bar)
        layout.addWidget(QLabel(self.tr("Unit tarikan")))
        self.repos = RowsModel([self.tr("No. kontrak"), self.tr("Tanggal"), self.tr("Kondisi"), self.tr("Tempat"),
                                self.tr("Taksiran"), self.tr("Status"), self.tr("Harga jual"), self.tr("Kelebihan"),
                                self.tr("Kekurangan"), self.tr("Sisa utang")], self)
        self.repos_table = make_table(self.repos, name="repossessions")
        layout.addWidget(self.repos_table, 1)
        layout.addWidget(QLabel(self.tr("Register hapus buku")))
        self.writeoffs = RowsModel([self.tr("No. kontrak"), self.tr("Nasabah"), self.tr("Status"),
                                    self.tr("Diusulkan"), self.tr("Oleh"), self.tr("Disetujui oleh"),
                                    self.tr("Tanggal"), self.tr("Pokok"), self.tr("Tertagih kembali"),
                                    self.tr("Alasan")], self)
        self.writeoff_table = make_table(self.writeoffs, name="writeoffs")
        layout.addWidget(self.writeoff_table, 1)
        self.repossess_button.clicked.connect(lambda: self.repossess())
        self.sell_button.clicked.connect(lambda: self.sell())
        self.propose_button.clicked.connect(lambda: self.propose())
        self.approve_button.clicked.connect(lambda: self.approve())
        self.recovery_button.clicked.connect(lambda: self.recover())

    def refresh(self) -> None:
        from models.collections import repossession as rp
        from models.collections import write_off as wo

        reps = rp.repossessions()
        self.repos.set_rows([(r.loan.contract_no, r.date, label(rp.CONDITIONS.get(r.condition, "")), r.storage,
                              r.valuation, label(rp.STATUS_LABELS[r.status]), r.sale_price, r.surplus, r.shortfall,
                              label(rp.SHORTFALL[r.shortfall_action]) if r.shortfall_action else "")
                             for r in reps], [r.id for r in reps])
        rows = wo.write_off_register()
        self.writeoffs.set_rows([(r.contract_no, r.customer, label(wo.STATUS_LABELS[r.status]), r.proposed_on,
                                  r.proposed_by, r.decided_by, r.date, r.principal, r.recovered, r.reason)
                                 for r in rows], [r.id for r in rows])

    def _loan(self):
        from models.loans.loans import Loan

        row = self.page.worklist.selected()
        if row is None:
            QMessageBox.information(self, self.tr("Penagihan"),
                                    self.tr("Pilih rekening di tab Daftar kerja dulu."))
            return None
        return Loan.get_by_id(row.loan_id)

    def _form(self, title: str, fields: list[tuple[str, QWidget]]) -> QDialog:
        dialog = QDialog(self)
        dialog.setWindowTitle(title)
        form = QFormLayout(dialog)
        for caption, widget in fields:
            form.addRow(caption, widget)
        finish_form(dialog, form)
        return dialog

    def _done(self, result):
        if result is not None:
            self.page.session.notify("loans")
            self.refresh()
        return result

    def repossess(self):
        from models.collections import repossession as rp

        loan = self._loan()
        if loan is None:
            return None
        date, condition, storage, value, costs, note = (_date_edit(dt.date.today()), QComboBox(), QLineEdit(),
                                                        MoneyEdit(), MoneyEdit(), QLineEdit())
        for code, text in rp.CONDITIONS.items():
            condition.addItem(label(text), code)
        dialog = self._form(self.tr("Tarik unit {contract}").format(contract=loan.contract_no),
                            [(self.tr("Tanggal"), date), (self.tr("Kondisi"), condition),
                             (self.tr("Tempat penyimpanan"), storage), (self.tr("Nilai taksiran"), value),
                             (self.tr("Biaya penarikan"), costs), (self.tr("Catatan"), note)])
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self._done(run_action(self, rp.record_repossession, self.page.session.user, loan, date=_day(date),
                                     condition=condition.currentData(), storage=storage.text(),
                                     valuation=value.value() or 0, costs=costs.value() or 0, note=note.text()))

    def sell(self):
        from models.collections import repossession as rp

        index = self.repos_table.currentIndex()
        if not index.isValid():
            return None
        rep = rp.Repossession.get_by_id(self.repos.keys[index.row()])
        date, price, costs, buyer, action = (_date_edit(dt.date.today()), MoneyEdit(), MoneyEdit(), QLineEdit(),
                                             QComboBox())
        for code, text in rp.SHORTFALL.items():
            action.addItem(label(text), code)
        dialog = self._form(self.tr("Penjualan unit {contract}").format(contract=rep.loan.contract_no),
                            [(self.tr("Tanggal jual"), date), (self.tr("Harga jual"), price),
                             (self.tr("Biaya penjualan"), costs), (self.tr("Pembeli"), buyer),
                             (self.tr("Bila kurang"), action)])
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self._done(run_action(self, rp.record_sale, self.page.session.user, rep, date=_day(date),
                                     price=price.value() or 0, costs=costs.value() or 0, buyer=buyer.text(),
                                     shortfall_action=action.currentData()))

    def propose(self):
        from models.collections import write_off as wo

        loan = self._loan()
        if loan is None:
            return None
        reason = QLineEdit()
        dialog = self._form(self.tr("Usulan hapus buku {contract}").format(contract=loan.contract_no),
                            [(self.tr("Alasan"), reason)])
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self._done(run_action(self, wo.propose_write_off, self.page.session.user, loan, reason.text()))

    def approve(self):
        from models.collections import write_off as wo

        index = self.writeoff_table.currentIndex()
        if not index.isValid():
            return None
        proposal = wo.WriteOff.get_by_id(self.writeoffs.keys[index.row()])
        if not confirm(self, self.tr("Hapus buku"),
                       self.tr("Setujui hapus buku {contract}? Sisa pokok dibebankan ke cadangan kerugian; "
                               "pinjaman tetap ditagih.").format(contract=proposal.loan.contract_no)):
            return None
        return self._done(run_action(self, wo.approve_write_off, self.page.session.user, proposal))

    def recover(self):
        from models.collections import write_off as wo

        index = self.writeoff_table.currentIndex()
        if not index.isValid():
            return None
        proposal = wo.WriteOff.get_by_id(self.writeoffs.keys[index.row()])
        date, amount, method = _date_edit(dt.date.today()), MoneyEdit(), QComboBox()
        method.addItem(self.tr("Tunai"), "cash")
        method.addItem(self.tr("Transfer bank"), "transfer")
        dialog = self._form(self.tr("Penerimaan hapus buku {contract}").format(contract=proposal.loan.contract_no),
                            [(self.tr("Tanggal"), date), (self.tr("Jumlah"), amount), (self.tr("Cara bayar"), method)])
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        from models.core.idempotency import new_key

        return self._done(run_action(self, wo.post_recovery, self.page.session.user, proposal.loan,
                                     amount.value() or 0, _day(date), method.currentData(),
                                     idempotency_key=new_key()))


class ResultsTab(QWidget):
    """What each collector did this month: accounts, contacts, promises, collected, recovered."""

    def __init__(self, page: "CollectionsPage"):
        super().__init__(page)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        today = dt.date.today()
        self.date_from = _date_edit(today.replace(day=1))
        self.date_to = _date_edit(today)
        bar.addWidget(QLabel(self.tr("Dari")))
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel(self.tr("sampai")))
        bar.addWidget(self.date_to)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.model = RowsModel([self.tr("Kolektor"), self.tr("Rekening"), self.tr("Kontak"), self.tr("Janji bayar"),
                                self.tr("Tertagih"), self.tr("Penerimaan hapus buku")], self)
        layout.addWidget(make_table(self.model, name="collectorResults"), 1)
        self.date_from.dateChanged.connect(lambda _d: self.refresh())
        self.date_to.dateChanged.connect(lambda _d: self.refresh())

    def refresh(self) -> None:
        rows = collection_results.collector_results(_day(self.date_from), _day(self.date_to))
        self.model.set_rows([(r.collector, r.accounts, r.contacts, r.promises, r.collected, r.recovered)
                             for r in rows])


class CustomerCollectionHistory(QWidget):
    """The customer's collection history on their page: every contact on any of their loans, and letters."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.contacts = RowsModel([self.tr("Tanggal"), self.tr("No. kontrak"), self.tr("Cara"), self.tr("Hasil"),
                                   self.tr("Janji"), self.tr("Jumlah"), self.tr("Status janji"), self.tr("Oleh"),
                                   self.tr("Catatan")], self)
        layout.addWidget(make_table(self.contacts, name="customerContacts"), 2)
        self.letters = RowsModel([self.tr("Nomor"), self.tr("Tahap"), self.tr("Tanggal"), self.tr("No. kontrak"),
                                  self.tr("Jumlah")], self)
        layout.addWidget(make_table(self.letters, name="customerLetters"), 1)

    def load(self, customer_id: int) -> None:
        from models.collections.warning_letters import register
        from models.customers.customers import Customer
        from models.loans.loans import Loan

        customer = Customer.get_by_id(customer_id)
        rows = col.contacts(customer=customer)
        self.contacts.set_rows([(c.date, c.contract_no, label(col.CHANNELS.get(c.channel, "")),
                                 label(col.RESULTS.get(c.result, "")), c.promise_date, c.promise_amount,
                                 label(col.PROMISE_LABELS[c.promise_status]) if c.promise_status else "", c.user,
                                 c.note) for c in rows])
        letters = []
        for loan in Loan.select().where(Loan.customer == customer_id):
            letters += register(loan=loan)
        self.letters.set_rows([(r.number, r.stage, r.date, r.contract_no, r.total) for r in letters])


class CollectionsPage(Page):
    topics = ("payments", "loans", "collections")

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label(self.tr("Penagihan")))
        self.tabs = QTabWidget()
        self.worklist = WorklistTab(self)
        self.premature = PrematureTab(self)
        self.letters = LettersTab(self)
        self.restructuring = RestructuringTab(self)
        self.problem = ProblemTab(self)
        self.results = ResultsTab(self)
        self.portfolio = PortfolioTab(self)
        self.tabs.addTab(self.worklist, self.tr("Daftar kerja hari ini"))
        self.tabs.addTab(self.premature, self.tr("Prematur dan vintage"))
        self.tabs.addTab(self.letters, self.tr("Surat peringatan"))
        self.tabs.addTab(self.restructuring, self.tr("Restrukturisasi"))
        self.tabs.addTab(self.problem, self.tr("Tarik unit dan hapus buku"))
        self.tabs.addTab(self.results, self.tr("Hasil kolektor"))
        self.tabs.addTab(self.portfolio, self.tr("Kualitas portofolio"))
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(lambda _i: self.refresh_current())
        self.refresh()
        chain_as_laid_out(self)  # Tab in reading order through every tab (Qt skips the hidden ones)

    def refresh_current(self) -> None:
        self.tabs.currentWidget().refresh()

    def refresh(self) -> None:
        self.worklist.refresh()
        current = self.tabs.currentWidget()
        if current is not self.worklist:
            current.refresh()
