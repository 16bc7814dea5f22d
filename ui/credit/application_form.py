"""The officer's order form: customer, source, product, vehicle or purpose, DP, tenor — priced live.

The price preview calls :func:`models.credit.applications.price` (the dealer quote's arithmetic) on every change, so
the officer sees the installment and the first payment the dealer will be told, and the DP rule is named
before the order is saved.  Saving calls :func:`models.credit.applications.create_application` or
:func:`~models.credit.applications.update_application`; every rule is enforced there, the form only shows errors.
"""
from __future__ import annotations

import html
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.core.errors import DomainError, ValidationError
from models.core.money import D, MoneyError, format_rupiah
from models.credit import applications as apps
from models.customers.dealers import dealers, salespeople
from models.products.products import VEHICLE_LABELS, active_products, pct_text
from ui.common.dialogs import show_error
from ui.common.labels import field_error_text, label
from ui.common.money_edit import MoneyEdit
from ui.common.focus import chain_as_laid_out


def dialog_buttons(dialog: QDialog, ok_text: str, on_ok, ok=QDialogButtonBox.Save) -> QDialogButtonBox:
    """OK/Cancel buttons in Indonesian; OK calls ``on_ok`` (which accepts the dialog when models/ agreed)."""
    buttons = QDialogButtonBox(ok | QDialogButtonBox.Cancel)
    buttons.button(ok).setText(ok_text)
    buttons.button(QDialogButtonBox.Cancel).setText(QCoreApplication.translate("dialogs", "Batal"))
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    return buttons


class ApplicationForm(QDialog):
    """New order (``app=None``) or changes to a draft/surveyed one."""

    def __init__(self, session, app: apps.Application | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.app = app
        self.saved: apps.Application | None = None
        self.setWindowTitle(self.tr("Pengajuan kredit baru") if app is None else
                            self.tr("Ubah pengajuan {number}").format(number=app.number))
        self.setMinimumWidth(720)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.update_preview)
        self._build()
        if app is not None:
            self._load(app)
        self._source_changed()
        self._product_changed()
        chain_as_laid_out(self)  # Tab follows the layout; the cursor starts in the first field

    # ------------------------------------------------------------------------------------------ layout
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        who = QGroupBox(self.tr("Nasabah dan sumber order"))
        form = QFormLayout(who)
        search_row = QHBoxLayout()
        self.customer_search = QLineEdit()
        self.customer_search.setObjectName("customerSearch")
        self.customer_search.setPlaceholderText(self.tr("Ketik nama, NIK atau telepon lalu Enter"))
        self.customer_search.returnPressed.connect(self.find_customers)
        find = QPushButton(self.tr("Cari"))
        find.clicked.connect(self.find_customers)
        search_row.addWidget(self.customer_search, 1)
        search_row.addWidget(find)
        form.addRow(self.tr("Cari nasabah"), search_row)
        self.customer = QComboBox()
        self.customer.setObjectName("customer")
        form.addRow(self.tr("Nasabah"), self.customer)
        self.source = QComboBox()
        self.source.setObjectName("source")
        for code, text in apps.SOURCES.items():
            self.source.addItem(label(text), code)
        self.source.currentIndexChanged.connect(self._source_changed)
        form.addRow(self.tr("Sumber order"), self.source)
        self.dealer = QComboBox()
        self.dealer.setObjectName("dealer")
        for d in dealers(active_only=True):
            self.dealer.addItem(f"{d.code} {d.name}", d.id)
        self.dealer.currentIndexChanged.connect(self._dealer_changed)
        form.addRow(self.tr("Dealer"), self.dealer)
        self.salesperson = QComboBox()
        self.salesperson.setObjectName("salesperson")
        form.addRow(self.tr("Sales dealer"), self.salesperson)
        self.referral = QLineEdit()
        self.referral.setObjectName("referral")
        form.addRow(self.tr("Pemberi referensi"), self.referral)
        outer.addWidget(who)

        what = QGroupBox(self.tr("Produk dan objek"))
        form = QFormLayout(what)
        self.product = QComboBox()
        self.product.setObjectName("product")
        for p in active_products():
            self.product.addItem(f"{p.code} {p.name}", p.id)
        self.product.currentIndexChanged.connect(self._product_changed)
        form.addRow(self.tr("Produk"), self.product)
        self.vehicle_type = QComboBox()
        self.vehicle_type.setObjectName("vehicleType")
        for code, text in VEHICLE_LABELS.items():
            self.vehicle_type.addItem(label(text), code)
        form.addRow(self.tr("Jenis kendaraan"), self.vehicle_type)
        # Four-wheel: investment or multiguna financing carry different DP minimums (POJK 35/2018 Pasal 20).
        self.financing_purpose = QComboBox()
        self.financing_purpose.setObjectName("financingPurpose")
        self.financing_purpose.addItem(self.tr("Investasi / modal kerja"), "investment")
        self.financing_purpose.addItem(self.tr("Multiguna"), "multiguna")
        self.financing_purpose_label = QLabel(self.tr("Tujuan pembiayaan"))
        form.addRow(self.financing_purpose_label, self.financing_purpose)
        row = QHBoxLayout()
        self.brand = QLineEdit()
        self.brand.setObjectName("brand")
        self.brand.setPlaceholderText(self.tr("Merek"))
        self.model_ = QLineEdit()
        self.model_.setObjectName("model")
        self.model_.setPlaceholderText(self.tr("Tipe"))
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(1980, 2100)
        self.year.setValue(__import__("datetime").date.today().year)
        self.colour = QLineEdit()
        self.colour.setObjectName("colour")
        self.colour.setPlaceholderText(self.tr("Warna"))
        for w, stretch in ((self.brand, 2), (self.model_, 3), (self.year, 1), (self.colour, 2)):
            row.addWidget(w, stretch)
        self.vehicle_label = QLabel(self.tr("Kendaraan"))
        form.addRow(self.vehicle_label, row)
        row = QHBoxLayout()
        self.chassis = QLineEdit()
        self.chassis.setObjectName("chassis")
        self.chassis.setPlaceholderText(self.tr("No. rangka"))
        self.engine = QLineEdit()
        self.engine.setObjectName("engine")
        self.engine.setPlaceholderText(self.tr("No. mesin"))
        self.plate = QLineEdit()
        self.plate.setObjectName("plate")
        self.plate.setPlaceholderText(self.tr("No. polisi"))
        for w in (self.chassis, self.engine, self.plate):
            row.addWidget(w)
        self.numbers_label = QLabel(self.tr("Nomor"))
        form.addRow(self.numbers_label, row)
        self.purpose = QPlainTextEdit()
        self.purpose.setObjectName("purpose")
        self.purpose.setFixedHeight(48)
        self.purpose_label = QLabel(self.tr("Tujuan penggunaan"))
        form.addRow(self.purpose_label, self.purpose)
        outer.addWidget(what)

        money = QGroupBox(self.tr("Pembiayaan"))
        form = QFormLayout(money)
        self.otr = MoneyEdit()
        self.otr.setObjectName("otr")
        self.otr_label = QLabel(self.tr("Harga OTR"))
        form.addRow(self.otr_label, self.otr)
        self.dp = MoneyEdit()
        self.dp.setObjectName("dp")
        form.addRow(self.tr("Uang muka (DP)"), self.dp)
        row = QHBoxLayout()
        self.tenor = QSpinBox()
        self.tenor.setObjectName("tenor")
        self.tenor.setRange(1, 360)
        self.tenor.setValue(24)
        self.tenor.setSuffix(self.tr(" bulan"))
        self.rate = QLineEdit()
        self.rate.setObjectName("rate")
        self.rate.setPlaceholderText(self.tr("standar produk"))
        row.addWidget(self.tenor)
        row.addWidget(QLabel(self.tr("Bunga % per tahun")))
        row.addWidget(self.rate)
        form.addRow(self.tr("Tenor"), row)
        self.preview = QLabel()
        self.preview.setObjectName("preview")
        self.preview.setWordWrap(True)
        form.addRow(self.tr("Hitungan"), self.preview)
        self.notes = QLineEdit()
        self.notes.setObjectName("notes")
        form.addRow(self.tr("Catatan"), self.notes)
        outer.addWidget(money)

        for signal in (self.otr.valueChanged, self.dp.valueChanged, self.tenor.valueChanged, self.rate.textChanged,
                       self.vehicle_type.currentIndexChanged, self.financing_purpose.currentIndexChanged):
            signal.connect(lambda *_: self._timer.start())
        self.buttons = dialog_buttons(self, self.tr("Simpan"), self.save)
        outer.addWidget(self.buttons)

    def _load(self, app: apps.Application) -> None:
        self.customer.addItem(app.customer.full_name, app.customer_id)
        self.customer_search.setEnabled(False)
        self.source.setCurrentIndex(max(0, self.source.findData(app.source)))
        if app.dealer_id:
            self.dealer.setCurrentIndex(max(0, self.dealer.findData(app.dealer_id)))
        self._dealer_changed()
        if app.salesperson_id:
            self.salesperson.setCurrentIndex(max(0, self.salesperson.findData(app.salesperson_id)))
        self.referral.setText(app.referral_name)
        self.product.setCurrentIndex(max(0, self.product.findData(app.product_id)))
        self.vehicle_type.setCurrentIndex(max(0, self.vehicle_type.findData(app.vehicle_type)))
        self.financing_purpose.setCurrentIndex(max(0, self.financing_purpose.findData(app.financing_purpose)))
        self.brand.setText(app.asset_brand)
        self.model_.setText(app.asset_model)
        if app.asset_year:
            self.year.setValue(app.asset_year)
        self.colour.setText(app.asset_colour)
        self.chassis.setText(app.chassis_no)
        self.engine.setText(app.engine_no)
        self.plate.setText(app.plate_no)
        self.purpose.setPlainText(app.purpose)
        self.otr.setValue(app.otr_price)
        self.dp.setValue(app.down_payment)
        self.tenor.setValue(app.tenor)
        self.rate.setText(pct_text(app.annual_rate))
        self.notes.setText(app.notes)

    # ------------------------------------------------------------------------------------------ behaviour
    def find_customers(self) -> None:
        self.customer.clear()
        for cid, choice in apps.customer_choices(self.session.user, self.customer_search.text()):
            self.customer.addItem(choice, cid)
        if self.customer.count() == 0:
            self.customer.addItem(self.tr("(tidak ditemukan)"), None)

    def _source_changed(self) -> None:
        source = self.source.currentData()
        self.dealer.setEnabled(source == "dealer")
        self.salesperson.setEnabled(source == "dealer")
        self.referral.setEnabled(source == "referral")
        if source == "dealer":
            self._dealer_changed()

    def _dealer_changed(self) -> None:
        self.salesperson.clear()
        self.salesperson.addItem(self.tr("(tidak ada)"), None)
        if self.dealer.currentData():
            for s in salespeople(self.dealer.currentData(), active_only=True):
                self.salesperson.addItem(s.name, s.id)

    def _product(self):
        from models.products.products import LoanProduct

        return LoanProduct.get_or_none(LoanProduct.id == self.product.currentData())

    def _product_changed(self) -> None:
        product = self._product()
        vehicle = product is not None and product.kind == "vehicle"
        for w in (self.vehicle_type, self.brand, self.model_, self.year, self.colour, self.chassis, self.engine,
                  self.plate, self.vehicle_label, self.numbers_label, self.financing_purpose,
                  self.financing_purpose_label):
            w.setVisible(vehicle)
        self.purpose.setVisible(not vehicle)
        self.purpose_label.setVisible(not vehicle)
        self.otr_label.setText(self.tr("Harga OTR") if vehicle else self.tr("Plafon diajukan"))
        self.dp.setEnabled(vehicle)
        if product is not None:
            self.tenor.setRange(product.tenor_min, product.tenor_max)
            self.rate.setPlaceholderText(self.tr("standar {rate} %").format(rate=pct_text(product.rate_default)))
        self._timer.start()

    def _rate(self) -> Decimal | None:
        text = self.rate.text().strip().replace(",", ".")
        if not text:
            return None
        try:
            return D(text)
        except MoneyError:
            return None

    def data(self) -> dict:
        """The order as :func:`models.credit.applications.validate_order` reads it."""
        product = self._product()
        vehicle = product is not None and product.kind == "vehicle"
        data = dict(customer=self.customer.currentData(), product=self.product.currentData(),
                    source=self.source.currentData(), dealer=self.dealer.currentData()
                    if self.source.currentData() == "dealer" else None,
                    salesperson=self.salesperson.currentData() if self.source.currentData() == "dealer" else None,
                    referral_name=self.referral.text(), otr_price=self.otr.value(),
                    down_payment=(self.dp.value() or D(0)) if vehicle else D(0), tenor=self.tenor.value(),
                    annual_rate=self._rate(), notes=self.notes.text())
        if vehicle:
            data.update(vehicle_type=self.vehicle_type.currentData(), asset_brand=self.brand.text(),
                        asset_model=self.model_.text(), asset_year=self.year.value(), asset_colour=self.colour.text(),
                        chassis_no=self.chassis.text(), engine_no=self.engine.text(), plate_no=self.plate.text(),
                        purpose="", financing_purpose=self.financing_purpose.currentData())
        else:
            data.update(vehicle_type="", purpose=self.purpose.toPlainText())
        return data

    def update_preview(self) -> None:
        product = self._product()
        otr = self.otr.value()
        if product is None or not otr:
            self.preview.setText(self.tr("Isi harga dan tenor untuk melihat angsuran."))
            return
        data = self.data()
        try:
            _quote, row = apps.price(product, otr_price=otr, down_payment=data["down_payment"],
                                     tenor=data["tenor"], annual_rate=data["annual_rate"],
                                     vehicle_type=data.get("vehicle_type") or None,
                                     purpose=data.get("financing_purpose"))
        except ValidationError as exc:
            self.preview.setText("<span style='color:#b3261e'>{}</span>".format(
                "<br>".join(html.escape(field_error_text(e)) for e in exc.errors)))
            return
        self.preview.setText(self.tr(
            "Pokok dibiayai <b>{financed}</b> · angsuran <b>{installment}</b> × {tenor} · "
            "bayar pertama {first} · bunga efektif {effective} % per tahun").format(
                financed=format_rupiah(row.amount_financed), installment=format_rupiah(row.installment),
                tenor=row.tenor, first=format_rupiah(row.first_payment), effective=pct_text(row.effective_rate)))

    def save(self) -> apps.Application | None:
        """Create or update through models/; on a refusal show it and stay open."""
        try:
            if self.app is None:
                self.saved = apps.create_application(self.session.user, self.data())
            else:
                data = self.data()
                data.pop("customer")
                self.saved = apps.update_application(self.session.user, self.app.id, data)
        except DomainError as exc:
            show_error(self, exc)
            return None
        self.session.notify("applications")
        self.accept()
        return self.saved
