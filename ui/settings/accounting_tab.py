"""Settings → Akuntansi: the income method, the collectibility table and the allowance policy (issue 14).

Each value is stored and audited by its models/ function (:func:`models.loans.loan_income.set_income_method`,
:func:`models.loans.collectibility.set_office_table`, :func:`models.accounting.allowance.set_policy`), which also check the
permission and refuse bad values; this tab only edits them.
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.accounting import allowance
from models.core.errors import DomainError, FieldError, ValidationError
from models.loans import collectibility, loan_income
from ui.common.dialogs import show_error
from ui.common.labels import label

TAB_ORDER = 37
PERMISSION = "settings.edit"


def tab_title() -> str:
    return QCoreApplication.translate("AccountingTab", "Akuntansi")


def _percent(text: str, field: str) -> Decimal:
    try:
        return Decimal((text or "").strip().replace(",", "."))
    except InvalidOperation:
        raise ValidationError(FieldError(field, f"{text!r} bukan persentase")) from None


class Tab(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        outer = QVBoxLayout(self)
        intro = QLabel(self.tr("Metode pengakuan pendapatan, tabel kolektibilitas dan cadangan kerugian (CKPN). "
                               "Perubahan metode pendapatan hanya berlaku untuk pinjaman yang dicairkan sesudahnya."))
        intro.setWordWrap(True)
        outer.addWidget(intro)

        income_box = QGroupBox(self.tr("Pendapatan bunga"))
        income_form = QFormLayout(income_box)
        self.method = QComboBox()
        for key, text in loan_income.INCOME_METHOD_LABELS.items():
            self.method.addItem(label(text), key)
        income_form.addRow(self.tr("Metode"), self.method)
        self.nonaccrual = QComboBox()
        for key, text in loan_income.NONACCRUAL_LABELS.items():
            self.nonaccrual.addItem(label(text), key)
        income_form.addRow(self.tr("Bunga kredit bermasalah (kelas 3–5)"), self.nonaccrual)
        outer.addWidget(income_box)

        coll_box = QGroupBox(self.tr("Kolektibilitas"))
        coll_layout = QVBoxLayout(coll_box)
        self.preset = QComboBox()
        for key, text in collectibility.PRESET_LABELS.items():
            self.preset.addItem(label(text), key)
        self.bounds = QTableWidget(0, 2)
        self.bounds.setHorizontalHeaderLabels([self.tr("Kelas"), self.tr("Sampai hari ke-")])
        self.bounds.verticalHeader().setVisible(False)
        self.bounds.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Tabel")))
        row.addWidget(self.preset, 1)
        coll_layout.addLayout(row)
        coll_layout.addWidget(self.bounds)
        coll_layout.addWidget(QLabel(self.tr("Di atas batas terakhir: Macet (kelas 5).")))
        outer.addWidget(coll_box)

        allow_box = QGroupBox(self.tr("Cadangan kerugian (CKPN)"))
        allow_form = QFormLayout(allow_box)
        self.allow_method = QComboBox()
        for key, text in allowance.METHOD_LABELS.items():
            self.allow_method.addItem(label(text), key)
        self.class_rates = QLineEdit()
        self.stage_rates = QLineEdit()
        self.collateral = QLineEdit()
        self.lgd = QLineEdit()
        allow_form.addRow(self.tr("Metode"), self.allow_method)
        allow_form.addRow(self.tr("Tarif kelas 1–5 (%)"), self.class_rates)
        allow_form.addRow(self.tr("Tarif stage 1–3 (%)"), self.stage_rates)
        allow_form.addRow(self.tr("Agunan diperhitungkan (% harga OTR)"), self.collateral)
        allow_form.addRow(self.tr("LGD (%)"), self.lgd)
        outer.addWidget(allow_box)

        self.save_button = QPushButton(self.tr("Simpan"))
        self.save_button.setEnabled(session.can("settings.edit"))
        self.save_button.clicked.connect(self.save)
        outer.addWidget(self.save_button)
        outer.addStretch(1)
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.load()

    # -------------------------------------------------------------------------------------------- data
    def _show_bounds(self, bounds) -> None:
        self.bounds.setRowCount(len(bounds))
        for row, (klass, upper) in enumerate(bounds):
            name = QTableWidgetItem(f"{klass} {label(collectibility.CLASS_NAMES[klass])}")
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            name.setData(Qt.ItemDataRole.UserRole, klass)
            self.bounds.setItem(row, 0, name)
            self.bounds.setItem(row, 1, QTableWidgetItem(str(upper)))

    def _preset_changed(self) -> None:
        self._show_bounds(collectibility.PRESETS[self.preset.currentData()])

    def load(self) -> None:
        self.method.setCurrentIndex(self.method.findData(loan_income.income_method()))
        self.nonaccrual.setCurrentIndex(self.nonaccrual.findData(loan_income.nonaccrual_mode()))
        table = collectibility.office_table()
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(max(0, self.preset.findData(table.preset)))
        self.preset.blockSignals(False)
        self._show_bounds(table.bounds)
        policy = allowance.policy()
        self.allow_method.setCurrentIndex(self.allow_method.findData(policy.method))
        self.class_rates.setText(" / ".join(str(policy.class_rates[k]) for k in range(1, 6)).replace(".", ","))
        self.stage_rates.setText(" / ".join(str(policy.stage_rates[k]) for k in range(1, 4)).replace(".", ","))
        self.collateral.setText(str(policy.collateral_pct).replace(".", ","))
        self.lgd.setText(str(policy.lgd).replace(".", ","))

    def _bounds(self) -> list[tuple[int, int]]:
        out = []
        for row in range(self.bounds.rowCount()):
            klass = self.bounds.item(row, 0).data(Qt.ItemDataRole.UserRole)
            text = self.bounds.item(row, 1).text().strip()
            if not text.isdigit():
                raise ValidationError(FieldError("bounds", f"batas hari kelas {klass}: {text!r} bukan angka"))
            out.append((int(klass), int(text)))
        return out

    def _rates(self, edit: QLineEdit, count: int, field: str) -> dict[int, Decimal]:
        parts = [p for p in edit.text().split("/") if p.strip()]
        if len(parts) != count:
            raise ValidationError(FieldError(field, f"isi {count} tarif dipisah garis miring"))
        return {k: _percent(p, field) for k, p in enumerate(parts, start=1)}

    def save(self) -> bool:
        user = self.session.user
        try:
            if self.method.currentData() != loan_income.income_method():
                loan_income.set_income_method(user, self.method.currentData())
            if self.nonaccrual.currentData() != loan_income.nonaccrual_mode():
                loan_income.set_nonaccrual_mode(user, self.nonaccrual.currentData())
            table = collectibility.office_table()
            bounds = tuple(self._bounds())
            if (self.preset.currentData(), bounds) != (table.preset, table.bounds):
                collectibility.set_office_table(user, self.preset.currentData(), bounds)
            policy = allowance.Policy(self.allow_method.currentData(), self._rates(self.class_rates, 5, "class_rates"),
                                      self._rates(self.stage_rates, 3, "stage_rates"),
                                      _percent(self.collateral.text(), "collateral_pct"),
                                      allowance.policy().deduct_from, _percent(self.lgd.text(), "lgd"))
            if policy != allowance.policy():
                allowance.set_policy(user, policy)
        except DomainError as exc:
            show_error(self, exc)
            return False
        self.session.notify("settings")
        self.load()
        return True

    def refresh(self) -> None:
        self.load()
