"""Settings → Produk: the loan products the office sells, and the NPF band that selects the DP minimums.

A list of products on the left, the editor on the right.  Saving calls ``models.products.products.create_product`` or
``update_product``, which check the permission and every rule; problems come back field by field.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.core.errors import DomainError
from models.core.money import ROUNDING_RULES
from models.products import products as P
from models.products.loanmath import METHOD_LABELS, Frequency, Method
from ui.common.dialogs import show_error
from ui.common.labels import label
from ui.common.money_edit import MoneyEdit

TAB_ORDER = 30


def tab_title() -> str:
    return QCoreApplication.translate("ProductsTab", "Produk pinjaman")


class ProductListModel(QAbstractTableModel):
    """All products (active first), code / name / method / active."""

    COL_CODE, COL_NAME, COL_METHOD, COL_ACTIVE = range(4)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = list(P.LoanProduct.select().order_by(P.LoanProduct.active.desc(), P.LoanProduct.code))
        self.endResetModel()

    def product(self, row: int):
        return self._rows[row]

    def row_of(self, code: str) -> int:
        return next((i for i, p in enumerate(self._rows) if p.code == code), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return [self.tr("Kode"), self.tr("Nama"), self.tr("Metode"), self.tr("Status")][section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        p = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole):
            return [p.code, p.name, label(METHOD_LABELS[Method(p.method)]),
                    self.tr("aktif") if p.active else self.tr("nonaktif")][index.column()]
        return None


def _pct_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setMaximumWidth(90)
    return edit


class Tab(QWidget):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.current = None

        self.model = ProductListModel(self)
        self.list = QTableView()
        self.list.setModel(self.model)
        self.list.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.list.verticalHeader().setVisible(False)
        self.list.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the name elides
        self.list.horizontalHeader().setStretchLastSection(False)

        self.band = QComboBox()
        for code in P.NPF_BANDS:
            self.band.addItem(label(P.NPF_BAND_LABELS[code]), code)
        self.save_band = QPushButton(self.tr("Simpan band NPF"))
        band_box = QGroupBox(self.tr("NPF perusahaan"))
        band_box.setToolTip(self.tr("NPF perusahaan (menentukan DP minimum, POJK 35/2018 Pasal 20)"))
        band_box.setMaximumWidth(330)
        self.list.setMaximumWidth(330)  # the editor's rows need the rest of a 1280 px screen
        band_column = QVBoxLayout(band_box)
        band_note = QLabel(self.tr("Menentukan DP minimum (POJK 35/2018 Pasal 20)."))
        band_note.setWordWrap(True)
        band_column.addWidget(band_note)
        band_layout = QHBoxLayout()
        band_column.addLayout(band_layout)
        band_layout.addWidget(self.band, 1)
        band_layout.addWidget(self.save_band)

        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(band_box)

        # --- editor
        self.code = QLineEdit()
        self.name = QLineEdit()
        self.kind = QComboBox()
        for k in P.KINDS:
            self.kind.addItem(label(P.KIND_LABELS[k]), k)
        self.method = QComboBox()
        for m in Method:
            self.method.addItem(label(METHOD_LABELS[m]), m.value)
        self.frequency = QComboBox()
        for f, caption in ((Frequency.MONTHLY, self.tr("bulanan")), (Frequency.WEEKLY, self.tr("mingguan")),
                           (Frequency.BIWEEKLY, self.tr("dua mingguan"))):
            self.frequency.addItem(caption, f.value)
        self.rate_min, self.rate_default, self.rate_max = _pct_edit(), _pct_edit(), _pct_edit()
        self.tenor_min, self.tenor_max = QSpinBox(), QSpinBox()
        for spin in (self.tenor_min, self.tenor_max):
            spin.setRange(1, 360)
        self.admin_fee, self.fiducia_fee, self.cap_amount = MoneyEdit(), MoneyEdit(), MoneyEdit()
        for edit in (self.admin_fee, self.fiducia_fee, self.cap_amount):
            edit.setMaximumWidth(200)
        self.provision, self.insurance = _pct_edit(), _pct_edit()
        self.insurance_financed = QCheckBox(self.tr("dibiayai (masuk pokok)"))
        self.late_per_mille, self.cap_pct = _pct_edit(), _pct_edit()
        self.grace = QSpinBox()
        self.grace.setRange(0, 90)
        self.rounding = QComboBox()
        labels = {"sen": self.tr("ke sen terdekat"), "0": self.tr("ke rupiah terdekat"),
                  "100": self.tr("ke atas, kelipatan Rp 100"), "1000": self.tr("ke atas, kelipatan Rp 1.000"),
                  "n100": self.tr("ke Rp 100 terdekat"), "floor": self.tr("ke bawah, rupiah penuh")}
        for code, rule in ROUNDING_RULES.items():
            self.rounding.addItem(labels.get(code, rule.label), code)
        # Only the orders the cashier's code supports (models.products.products.ALLOCATION_ORDERS), as a picker.
        self.allocation = QComboBox()
        for code in P.ALLOCATION_ORDERS:
            self.allocation.addItem(label(P.ALLOCATION_ORDERS[code]), code)
        # Short beside its row label "Hari libur" (the long text forced a horizontal scroll bar at 1280 px).
        self.move_due = QCheckBox(self.tr("jatuh tempo dihitung dari hari kerja berikutnya"))
        self.move_due.setToolTip(self.tr("Jatuh tempo pada hari libur atau hari Minggu dihitung dari hari kerja "
                                         "berikutnya untuk masa tenggang, denda dan hari tunggak"))
        self.payoff_basis = QComboBox()
        self.payoff_basis.addItem(self.tr("Sisa pokok menurut tabel angsuran (flat)"), "schedule")
        self.payoff_basis.addItem(self.tr("Sisa pokok menurut tabel efektif (anuitas)"), "effective")
        self.payoff_penalty, self.max_dsr = _pct_edit(), _pct_edit()
        self.posting = QLineEdit()
        self.posting.setPlaceholderText("{}")

        self.dp_edits: dict[tuple[str, str], QLineEdit] = {}
        dp_box = QGroupBox(self.tr("DP minimum (%) per band NPF"))
        grid = QGridLayout(dp_box)
        grid.addWidget(QLabel(self.tr("Roda dua")), 0, 1)
        grid.addWidget(QLabel(self.tr("Roda empat investasi")), 0, 2)
        grid.addWidget(QLabel(self.tr("Roda empat multiguna")), 0, 3)
        for r, band in enumerate(P.NPF_BANDS, start=1):
            grid.addWidget(QLabel(label(P.NPF_BAND_LABELS[band])), r, 0)
            for c, vtype in enumerate(P.DP_RULE_KEYS, start=1):
                edit = _pct_edit()
                self.dp_edits[(band, vtype)] = edit
                grid.addWidget(edit, r, c)

        form = QFormLayout()
        form.addRow(self.tr("Kode"), self.code)
        form.addRow(self.tr("Nama"), self.name)
        form.addRow(self.tr("Jenis"), self.kind)
        form.addRow(self.tr("Metode bunga"), self.method)
        form.addRow(self.tr("Frekuensi"), self.frequency)
        rates = QHBoxLayout()
        for caption, edit in ((self.tr("min"), self.rate_min), (self.tr("standar"), self.rate_default),
                              (self.tr("maks"), self.rate_max)):
            rates.addWidget(QLabel(caption))
            rates.addWidget(edit)
        rates.addWidget(QLabel(self.tr("% per tahun")))
        rates.addStretch(1)
        form.addRow(self.tr("Suku bunga"), rates)
        tenors = QHBoxLayout()
        tenors.addWidget(self.tenor_min)
        tenors.addWidget(QLabel("–"))
        tenors.addWidget(self.tenor_max)
        tenors.addStretch(1)
        form.addRow(self.tr("Tenor (angsuran)"), tenors)
        form.addRow(self.tr("Biaya administrasi"), self.admin_fee)
        form.addRow(self.tr("Provisi (% pokok)"), self.provision)
        ins = QHBoxLayout()
        ins.addWidget(self.insurance)
        ins.addWidget(QLabel(self.tr("% per tahun")))
        ins.addWidget(self.insurance_financed)
        ins.addStretch(1)
        form.addRow(self.tr("Asuransi"), ins)
        form.addRow(self.tr("Biaya fidusia"), self.fiducia_fee)
        late = QHBoxLayout()
        late.addWidget(self.late_per_mille)
        late.addWidget(QLabel(self.tr("‰ per hari, tenggang")))
        late.addWidget(self.grace)
        late.addWidget(QLabel(self.tr("hari")))
        late.addStretch(1)
        form.addRow(self.tr("Denda"), late)
        cap = QHBoxLayout()
        cap.addWidget(self.cap_pct)
        cap.addWidget(QLabel(self.tr("% angsuran atau")))
        cap.addWidget(self.cap_amount)
        form.addRow(self.tr("Batas denda"), cap)
        form.addRow(self.tr("Pembulatan angsuran"), self.rounding)
        form.addRow(self.tr("Urutan alokasi"), self.allocation)
        form.addRow(self.tr("Hari libur"), self.move_due)
        form.addRow(self.tr("Pelunasan dipercepat"), self.payoff_basis)
        form.addRow(self.tr("Penalti pelunasan (% sisa pokok)"), self.payoff_penalty)
        form.addRow(self.tr("Rasio angsuran/penghasilan maks. (%)"), self.max_dsr)
        dp_box.setMaximumWidth(560)
        form.addRow(dp_box)
        form.addRow(self.tr("Pemetaan jurnal (JSON)"), self.posting)

        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.addLayout(form)
        editor_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(editor)

        self.new_button = QPushButton(self.tr("Produk baru"))
        self.save_button = QPushButton(self.tr("Simpan"))
        self.active_button = QPushButton(self.tr("Nonaktifkan"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.active_button)
        buttons.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addWidget(scroll, 1)
        right.addLayout(buttons)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 2)  # the form's rows (rate min/standard/max, late fee) need the width at 1280 px

        can_edit = session.can("product.edit")
        for w in (self.save_button, self.new_button, self.active_button, self.save_band):
            w.setEnabled(can_edit)
        self.list.selectionModel().selectionChanged.connect(self._selected)
        self.new_button.clicked.connect(self.new_product)
        self.save_button.clicked.connect(self.save)
        self.active_button.clicked.connect(self.toggle_active)
        self.save_band.clicked.connect(self.store_band)
        self.refresh()

    # ------------------------------------------------------------------------------------------------
    def refresh(self, select: str | None = None) -> None:
        self.model.reload()
        self.band.setCurrentIndex(self.band.findData(P.npf_band()))
        row = self.model.row_of(select) if select else 0
        if self.model.rowCount():
            self.list.selectRow(max(row, 0))
        else:
            self.new_product()

    def _selected(self, *_args) -> None:
        rows = self.list.selectionModel().selectedRows()
        if rows:
            self.load(self.model.product(rows[0].row()))

    def new_product(self) -> None:
        """Start from the office's first default product so the form is never blank."""
        from models.core.office import the_office

        try:
            kind = the_office().kind
        except DomainError:
            kind = "leasing"
        values = P.default_products(kind)[0]
        self.current = None
        self.list.clearSelection()
        self._fill(dict(values, code="", name="", active=True))
        self.code.setReadOnly(False)
        self.code.setFocus()

    def load(self, product) -> None:
        self.current = product
        self._fill({**P.snapshot(product), "dp_rules": product.dp_table()})
        self.code.setReadOnly(True)

    def _fill(self, v: dict) -> None:
        t = P.pct_text
        self.code.setText(v.get("code", ""))
        self.name.setText(v.get("name", ""))
        self.kind.setCurrentIndex(self.kind.findData(v["kind"]))
        self.method.setCurrentIndex(self.method.findData(v["method"]))
        self.frequency.setCurrentIndex(self.frequency.findData(v.get("frequency", "monthly")))
        for edit, key in ((self.rate_min, "rate_min"), (self.rate_default, "rate_default"),
                          (self.rate_max, "rate_max"), (self.provision, "provision_pct"),
                          (self.insurance, "insurance_rate_pct"), (self.late_per_mille, "late_fee_per_mille"),
                          (self.payoff_penalty, "payoff_penalty_pct"), (self.max_dsr, "max_dsr_pct"),
                          (self.cap_pct, "late_fee_cap_pct")):
            value = v.get(key)
            edit.setText(t(value) if value is not None else "")
        self.tenor_min.setValue(v["tenor_min"])
        self.tenor_max.setValue(v["tenor_max"])
        self.admin_fee.setValue(v.get("admin_fee"))
        self.fiducia_fee.setValue(v.get("fiducia_fee"))
        self.cap_amount.setValue(v.get("late_fee_cap_amount"))
        self.insurance_financed.setChecked(bool(v.get("insurance_financed", True)))
        self.grace.setValue(v.get("late_fee_grace_days", 0))
        self.rounding.setCurrentIndex(self.rounding.findData(str(v.get("rounding", "100"))))
        self.allocation.setCurrentIndex(max(0, self.allocation.findData(v.get("allocation_order",
                                                                             P.DEFAULT_ALLOCATION))))
        self.move_due.setChecked(bool(v.get("move_due_off_holidays", False)))
        self.payoff_basis.setCurrentIndex(max(0, self.payoff_basis.findData(v.get("payoff_principal_basis",
                                                                                  "schedule"))))
        posting = v.get("posting_overrides", "{}")
        self.posting.setText(posting if isinstance(posting, str) else "{}")
        rules = v.get("dp_rules") or {}
        for (band, vtype), edit in self.dp_edits.items():
            value = rules.get(band, {}).get(vtype)
            edit.setText(str(value) if value is not None else "")
        self.active_button.setText(self.tr("Nonaktifkan") if v.get("active", True) else self.tr("Aktifkan"))
        self.active_button.setEnabled(self.current is not None and self.session.can("product.edit"))

    def values(self) -> dict:
        """The form as field values for ``create_product`` / ``update_product`` (validated there)."""
        def text(edit: QLineEdit):
            s = edit.text().strip().replace(",", ".")
            return s or None

        rules: dict = {}
        for (band, vtype), edit in self.dp_edits.items():
            if edit.text().strip():
                rules.setdefault(band, {})[vtype] = edit.text().strip().replace(",", ".")
        return dict(
            code=self.code.text().strip(), name=self.name.text().strip(), kind=self.kind.currentData(),
            method=self.method.currentData(), frequency=self.frequency.currentData(),
            rate_min=text(self.rate_min), rate_max=text(self.rate_max), rate_default=text(self.rate_default),
            tenor_min=self.tenor_min.value(), tenor_max=self.tenor_max.value(), dp_rules=rules,
            admin_fee=self.admin_fee.value() or 0, provision_pct=text(self.provision) or "0",
            insurance_rate_pct=text(self.insurance) or "0", insurance_financed=self.insurance_financed.isChecked(),
            fiducia_fee=self.fiducia_fee.value() or 0, late_fee_per_mille=text(self.late_per_mille) or "0",
            late_fee_grace_days=self.grace.value(), late_fee_cap_pct=text(self.cap_pct),
            late_fee_cap_amount=self.cap_amount.value(), rounding=self.rounding.currentData(),
            allocation_order=self.allocation.currentData(), payoff_penalty_pct=text(self.payoff_penalty) or "0",
            move_due_off_holidays=self.move_due.isChecked(), payoff_principal_basis=self.payoff_basis.currentData(),
            max_dsr_pct=text(self.max_dsr) or "0", posting_overrides=self.posting.text().strip() or "{}",
        )

    def save(self):
        values = self.values()
        try:
            if self.current is None:
                product = P.create_product(self.session.user, **values)
            else:
                values.pop("code")
                product = P.update_product(self.session.user, self.current, **values)
        except DomainError as exc:
            show_error(self, exc)
            return None
        self.session.notify("products")
        self.refresh(select=product.code)
        return product

    def toggle_active(self) -> None:
        if self.current is None:
            return
        try:
            product = P.deactivate_product(self.session.user, self.current, active=not self.current.active)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.session.notify("products")
        self.refresh(select=product.code)

    def store_band(self) -> None:
        try:
            P.set_npf_band(self.session.user, self.band.currentData())
        except DomainError as exc:
            show_error(self, exc)
            return
        self.session.notify("products")
