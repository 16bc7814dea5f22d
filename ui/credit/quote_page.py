"""Simulasi: the CMO's quote screen at the dealer ("berapa DP dan angsurannya?").

Type the OTR price, the DP (amount or %), pick the product, the vehicle type and the tenors: the table answers
at once with amount financed, installment, totals and effective rates per tenor; selecting a tenor shows its
full schedule.  "Salin" puts the WhatsApp text on the clipboard; "Cetak PDF" saves the one-page quote, and
"Cetak jadwal" the schedule of the selected tenor.  Every figure comes from ``models.products.quote``; this module only
shows it.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QRegularExpression, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.core.errors import DomainError, ValidationError
from models.core.money import D, MoneyError, format_amount, format_rupiah
from models.products.products import active_products, pct_text
from models.products.quote import STANDARD_TENORS, Quote, make_quote, quote_schedule, quote_text
from ui.common.money_edit import MoneyEdit
from ui.common.page_base import Page, set_focus_chain

SORT_ROLE = Qt.ItemDataRole.UserRole



class QuoteTableModel(QAbstractTableModel):
    """One row per tenor of a :class:`Quote`."""

    COL_TENOR, COL_FINANCED, COL_INSTALLMENT, COL_TOTAL, COL_INTEREST, COL_EFFECTIVE, COL_COST_RATE, \
        COL_FIRST = range(8)
    _ATTRS = ("tenor", "amount_financed", "installment", "total_payable", "total_interest", "effective_rate",
              "cost_rate", "first_payment")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._quote: Quote | None = None

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("QuotePage", "Tenor"), QCoreApplication.translate("QuotePage", "Pokok dibiayai"), QCoreApplication.translate("QuotePage", "Angsuran"), QCoreApplication.translate("QuotePage", "Total angsuran"), QCoreApplication.translate("QuotePage", "Total bunga"),
                QCoreApplication.translate("QuotePage", "Bunga efektif\nper tahun"), QCoreApplication.translate("QuotePage", "Efektif dengan\nbiaya per tahun"), QCoreApplication.translate("QuotePage", "Bayar\npertama")]

    def set_quote(self, quote: Quote | None) -> None:
        self.beginResetModel()
        self._quote = quote
        self.endResetModel()

    def quote(self) -> Quote | None:
        return self._quote

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() or self._quote is None else len(self._quote.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ATTRS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._quote is None:
            return None
        row = self._quote.rows[index.row()]
        value = getattr(row, self._ATTRS[index.column()])
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_TENOR:
                return QCoreApplication.translate("QuotePage", "{n} bulan").format(n=value) if self._quote.terms.frequency == "monthly" else str(value)
            if col in (self.COL_EFFECTIVE, self.COL_COST_RATE):
                return f"{format_amount(value.quantize(Decimal('0.01')), 2)} %"
            return format_rupiah(value)
        if role == SORT_ROLE:
            if col == self.COL_TENOR:
                return value
            if col in (self.COL_EFFECTIVE, self.COL_COST_RATE):
                return int(value * 10000)
            return int(value * 100)  # sen
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ScheduleTableModel(QAbstractTableModel):
    """The rows of one schedule."""

    COL_NO, COL_DUE, COL_INSTALLMENT, COL_PRINCIPAL, COL_INTEREST, COL_BALANCE = range(6)
    _ATTRS = ("no", "due_date", "installment", "principal", "interest", "balance")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: tuple = ()

    def set_schedule(self, schedule) -> None:
        self.beginResetModel()
        self._rows = schedule.rows if schedule is not None else ()
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ATTRS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return [QCoreApplication.translate("QuotePage", "Ke"), QCoreApplication.translate("QuotePage", "Jatuh tempo"), QCoreApplication.translate("QuotePage", "Angsuran"), QCoreApplication.translate("QuotePage", "Pokok"), QCoreApplication.translate("QuotePage", "Bunga"),
                    QCoreApplication.translate("QuotePage", "Sisa pokok")][section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        value = getattr(row, self._ATTRS[index.column()])
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_NO:
                return str(value)
            if col == self.COL_DUE:
                return value.strftime("%d/%m/%Y")
            return format_rupiah(value)
        if role == SORT_ROLE:
            if col == self.COL_NO:
                return value
            if col == self.COL_DUE:
                return value.toordinal()
            return int(value * 100)
        if role == Qt.ItemDataRole.TextAlignmentRole and col != self.COL_DUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class QuotePage(Page):
    """The simulation screen (sidebar "Simulasi")."""

    topics = ("products",)

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(session, parent)
        self._quote: Quote | None = None
        self._products: list = []

        self.product = QComboBox()
        self.vehicle = QComboBox()
        self.vehicle.addItem(self.tr("Roda dua"), "two_wheel")
        self.vehicle.addItem(self.tr("Roda empat"), "four_wheel")
        # Four-wheel: investment or multiguna financing carry different DP minimums (POJK 35/2018 Pasal 20).
        self.purpose = QComboBox()
        self.purpose.addItem(self.tr("Investasi / modal kerja"), "investment")
        self.purpose.addItem(self.tr("Multiguna"), "multiguna")
        self.otr = MoneyEdit()
        self.otr.setPlaceholderText(self.tr("harga OTR"))
        self.dp_amount = MoneyEdit()
        self.dp_pct = QLineEdit()
        self.dp_pct.setValidator(QRegularExpressionValidator(QRegularExpression(r"^\d{0,2}([.,]\d{0,2})?$")))
        self.dp_pct.setPlaceholderText("%")
        self.dp_pct.setMaximumWidth(70)
        self.dp_by_pct = QRadioButton(self.tr("Persen"))
        self.dp_by_amount = QRadioButton(self.tr("Jumlah"))
        self.dp_by_pct.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.dp_by_pct)
        group.addButton(self.dp_by_amount)
        self.rate = QLineEdit()
        self.rate.setValidator(QRegularExpressionValidator(QRegularExpression(r"^\d{0,3}([.,]\d{0,4})?$")))
        self.rate.setMaximumWidth(90)
        self.rate_hint = QLabel()
        self.rate_hint.setObjectName("hint")

        dp_row = QHBoxLayout()
        dp_row.addWidget(self.dp_by_pct)
        dp_row.addWidget(self.dp_pct)
        dp_row.addSpacing(12)
        dp_row.addWidget(self.dp_by_amount)
        dp_row.addWidget(self.dp_amount, 1)
        rate_row = QHBoxLayout()
        rate_row.addWidget(self.rate)
        rate_row.addWidget(QLabel(self.tr("% per tahun")))
        rate_row.addWidget(self.rate_hint, 1)

        self.tenor_boxes: dict[int, QCheckBox] = {}
        tenor_row = QHBoxLayout()
        for n in STANDARD_TENORS:
            box = QCheckBox(str(n))
            box.setChecked(n in (12, 24, 36))
            box.toggled.connect(self.recalculate)
            self.tenor_boxes[n] = box
            tenor_row.addWidget(box)
        tenor_row.addWidget(QLabel(self.tr("bulan")))
        tenor_row.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("Produk"), self.product)
        form.addRow(self.tr("Jenis kendaraan"), self.vehicle)
        form.addRow(self.tr("Tujuan pembiayaan"), self.purpose)
        form.addRow(self.tr("Harga OTR / plafon"), self.otr)
        form.addRow(self.tr("Uang muka (DP)"), dp_row)
        form.addRow(self.tr("Suku bunga"), rate_row)
        form.addRow(self.tr("Tenor"), tenor_row)
        inputs = QGroupBox(self.tr("Data simulasi"))
        inputs.setLayout(form)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("errorText")
        self.message.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.model = QuoteTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)

        self.schedule_model = ScheduleTableModel(self)
        self.schedule = QTableView()
        self.schedule.setModel(self.schedule_model)
        self.schedule.verticalHeader().setVisible(False)
        self.schedule.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.schedule.setAlternatingRowColors(True)
        self.schedule_title = QLabel()
        self.schedule_title.setObjectName("sectionTitle")

        self.copy_button = QPushButton(self.tr("Salin untuk WhatsApp"))
        self.pdf_button = QPushButton(self.tr("Cetak PDF"))
        self.schedule_pdf_button = QPushButton(self.tr("Cetak jadwal"))
        self.status = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.schedule_pdf_button)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        # Room for the two-line header and four tenors: at 1280×720 the third tenor was under the fold.
        self.table.setMinimumHeight(175)
        top_layout.addWidget(self.table)
        top_layout.addLayout(buttons)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.schedule_title)
        bottom_layout.addWidget(self.schedule)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label(self.tr("Simulasi kredit")))
        inputs.setMaximumWidth(640)
        summary_box = QGroupBox(self.tr("Ringkasan"))
        summary_layout = QVBoxLayout(summary_box)
        summary_layout.addWidget(self.summary)
        summary_layout.addWidget(self.message)
        summary_layout.addStretch(1)
        head = QHBoxLayout()
        head.addWidget(inputs, 3)
        head.addWidget(summary_box, 2)
        layout.addLayout(head)
        layout.addWidget(splitter, 1)

        self.product.currentIndexChanged.connect(self._product_changed)
        for signal in (self.vehicle.currentIndexChanged, self.purpose.currentIndexChanged, self.otr.valueChanged, self.dp_amount.valueChanged,
                       self.dp_pct.textChanged, self.rate.textChanged, self.dp_by_pct.toggled):
            signal.connect(self.recalculate)
        self.dp_by_pct.toggled.connect(self._dp_mode_changed)
        self.table.selectionModel().selectionChanged.connect(self._show_schedule)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.schedule_pdf_button.clicked.connect(lambda: self.save_schedule_pdf())
        # The dealer's question in the form's order: product, vehicle, price, DP, rate, tenors; then the answer.
        set_focus_chain(self, self.product, self.vehicle, self.purpose, self.otr, self.dp_pct, self.dp_amount,
                        self.rate, *self.tenor_boxes.values(), self.table, self.copy_button, self.pdf_button,
                        self.schedule_pdf_button, self.schedule)
        self.dp_pct.setText("20")
        self._dp_mode_changed()
        self.refresh()

    # ---------------------------------------------------------------------------------------- inputs
    def refresh(self) -> None:
        current = self.product.currentData()
        self._products = active_products()
        self.product.blockSignals(True)
        self.product.clear()
        for p in self._products:
            self.product.addItem(f"{p.name} ({p.code})", p.code)
        index = self.product.findData(current)
        self.product.setCurrentIndex(index if index >= 0 else 0)
        self.product.blockSignals(False)
        self._product_changed()

    def current_product(self):
        code = self.product.currentData()
        return next((p for p in self._products if p.code == code), None)

    def _product_changed(self) -> None:
        product = self.current_product()
        if product is None:
            self.recalculate()
            return
        is_vehicle = product.kind == "vehicle" or bool(product.dp_table())
        self.vehicle.setEnabled(is_vehicle)
        for w in (self.dp_pct, self.dp_amount, self.dp_by_pct, self.dp_by_amount):
            w.setEnabled(is_vehicle)
        self.rate.blockSignals(True)
        self.rate.setText(pct_text(product.rate_default))
        self.rate.blockSignals(False)
        self.rate_hint.setText(self.tr("batas produk {low}–{high} %, {method}").format(
            low=pct_text(product.rate_min), high=pct_text(product.rate_max),
            method=self.tr("flat") if product.method == "flat" else self.tr("efektif")))
        for n, box in self.tenor_boxes.items():
            box.setEnabled(product.tenor_min <= n <= product.tenor_max)
        self._dp_mode_changed()
        self.recalculate()

    def _dp_mode_changed(self) -> None:
        enabled = self.dp_by_pct.isEnabled()  # false for products without a down payment
        self.dp_pct.setEnabled(enabled and self.dp_by_pct.isChecked())
        self.dp_amount.setEnabled(enabled and not self.dp_by_pct.isChecked())

    def tenors(self) -> tuple[int, ...]:
        return tuple(n for n, box in self.tenor_boxes.items() if box.isChecked() and box.isEnabled())

    def _decimal(self, edit: QLineEdit) -> Decimal | None:
        text = edit.text().strip().replace(",", ".")
        if not text or text == ".":
            return None
        try:
            return D(text)
        except MoneyError:
            return None

    # ----------------------------------------------------------------------------------- calculation
    def recalculate(self, *_args) -> None:
        """Rebuild the quote from the inputs; show the broken rule instead of a table when there is one."""
        product = self.current_product()
        otr = self.otr.value() if self.otr.isValid() else None
        if product is None or not otr:
            self._set_quote(None, self.tr("Isi harga OTR untuk melihat simulasi.") if product else
                            self.tr("Belum ada produk aktif: buat produk di Pengaturan."))
            return
        kwargs = {}
        if self.dp_pct.isEnabled() and self.dp_by_pct.isChecked():
            kwargs["dp_pct"] = self._decimal(self.dp_pct) or D(0)
        elif self.dp_amount.isEnabled():
            kwargs["dp"] = self.dp_amount.value() or D(0)
        vehicle = self.vehicle.currentData() if self.vehicle.isEnabled() else None
        try:
            purpose = self.purpose.currentData() if vehicle == "four_wheel" else None
            quote = make_quote(product, otr, vehicle_type=vehicle, tenors=self.tenors(), rate=self._decimal(self.rate),
                               start=dt.date.today(), purpose=purpose, **kwargs)
        except ValidationError as exc:
            from ui.common.labels import message

            self._set_quote(None, "\n".join(message(e.message) for e in exc.errors))
            return
        self._set_quote(quote, "")

    def _set_quote(self, quote: Quote | None, message: str) -> None:
        selected = self.selected_tenor()
        self._quote = quote
        self.status.clear()
        self.model.set_quote(quote)
        self.message.setText(message)
        self.message.setVisible(bool(message))
        for button in (self.copy_button, self.pdf_button, self.schedule_pdf_button):
            button.setEnabled(quote is not None)
        if quote is None:
            self.summary.clear()
            self.schedule_model.set_schedule(None)
            self.schedule_title.clear()
            return
        first = quote.rows[0]
        lines = [self.tr("Uang muka: {dp} ({pct} %)").format(dp=format_rupiah(quote.dp), pct=pct_text(quote.dp_pct)),
                 self.tr("Biaya administrasi: {x}").format(x=format_rupiah(first.admin_fee))]
        if first.provision:
            lines.append(self.tr("Provisi: {x}").format(x=format_rupiah(first.provision)))
        if first.fiducia_fee:
            lines.append(self.tr("Biaya fidusia: {x}").format(x=format_rupiah(first.fiducia_fee)))
        if quote.terms.insurance_rate_pct:
            lines.append((self.tr("Asuransi {pct} % per tahun, masuk pokok") if quote.insurance_financed
                          else self.tr("Asuransi {pct} % per tahun, dibayar di muka")).format(
                pct=pct_text(quote.terms.insurance_rate_pct)))
        lines.append(self.tr("Pembayaran pertama: {x}").format(x=format_rupiah(first.first_payment)))
        self.summary.setText("\n".join(lines))
        tenors = [r.tenor for r in quote.rows]
        self.table.selectRow(tenors.index(selected) if selected in tenors else 0)  # shows its schedule

    def quote(self) -> Quote | None:
        return self._quote

    def selected_tenor(self) -> int | None:
        if self._quote is None:
            return None
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._quote.rows):
            return None
        return self._quote.rows[rows[0].row()].tenor

    def _show_schedule(self, *_args) -> None:
        tenor = self.selected_tenor()
        if tenor is None:
            self.schedule_model.set_schedule(None)
            self.schedule_title.clear()
            return
        schedule = quote_schedule(self._quote, tenor)
        self.schedule_model.set_schedule(schedule)
        self.schedule_title.setText(self.tr("Jadwal angsuran {n} bulan · total bunga {interest} · total dibayar "
                                            "{total}").format(n=tenor, interest=format_rupiah(schedule.total_interest),
                                                              total=format_rupiah(schedule.total_payable)))

    # --------------------------------------------------------------------------------------- output
    def copy_to_clipboard(self) -> str:
        if self._quote is None:
            return ""
        text = quote_text(self._quote)
        QGuiApplication.clipboard().setText(text)
        self.status.setText(self.tr("Simulasi disalin: tempel di WhatsApp."))
        return text

    def _ask_path(self, suggested: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan PDF"), str(Path.home() / suggested),
                                              self.tr("PDF (*.pdf)"))
        return Path(path) if path else None

    def _printed_by(self) -> str | None:
        user = self.session.user
        return user.full_name if user is not None else None

    def save_pdf(self, path: Path | str | None = None, *, open_after: bool = True) -> Path | None:
        """Save the one-page quote (asks where when ``path`` is not given) and open it in the PDF viewer."""
        if self._quote is None:
            return None
        path = Path(path) if path else self._ask_path(f"simulasi-{self._quote.terms.code.lower()}.pdf")
        if path is None:
            return None
        from reports.quote_pdf import office_letterhead, write_quote_pdf

        try:
            write_quote_pdf(self._quote, path, letterhead=office_letterhead(), printed_by=self._printed_by())
        except (DomainError, OSError) as exc:
            from ui.common.dialogs import show_error

            show_error(self, exc)
            return None
        if open_after:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def save_schedule_pdf(self, path: Path | str | None = None, *, open_after: bool = True) -> Path | None:
        """Save the schedule of the selected tenor, with yearly subtotals and totals."""
        tenor = self.selected_tenor()
        if tenor is None:
            return None
        path = Path(path) if path else self._ask_path(f"jadwal-{self._quote.terms.code.lower()}-{tenor}.pdf")
        if path is None:
            return None
        from reports.quote_pdf import office_letterhead, write_schedule_pdf

        try:
            write_schedule_pdf(quote_schedule(self._quote, tenor), path, product_name=self._quote.terms.name,
                               letterhead=office_letterhead(), printed_by=self._printed_by())
        except (DomainError, OSError) as exc:
            from ui.common.dialogs import show_error

            show_error(self, exc)
            return None
        if open_after:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path
