"""Dealers and their salespeople: a list with a search box, the dealer's form, and its sales staff.

Reachable from the customer page's toolbar (:class:`DealersDialog`) and as a Settings tab
(``ui/settings/dealers_tab.py``), both showing :class:`DealersWidget`.  Saving calls ``models.customers.dealers``,
which checks ``dealer.edit`` and every rule; errors are shown under their fields.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.core.errors import DomainError, ValidationError
from models.customers import dealers as DL
from models.customers.identity import format_phone
from ui.common.dialogs import show_error
from ui.common.labels import label, message
from ui.common.theme import icon
from ui.customers.customer_form import set_invalid, with_error_label

COL_CODE, COL_NAME, COL_KIND, COL_CITY, COL_ACTIVE = range(5)


def _phone(text: str) -> str:
    try:
        return format_phone(text) if text else ""
    except ValidationError:
        return text


class DealerListModel(QAbstractTableModel):
    """A few dozen dealers: loaded whole (no need for laziness here)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[DL.Dealer] = []
        self._text = ""

    def reload(self, text: str | None = None) -> None:
        if text is not None:
            self._text = text
        self.beginResetModel()
        self._rows = DL.dealers(text=self._text)
        self.endResetModel()

    def dealer(self, row: int) -> DL.Dealer | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, dealer_id: int) -> int:
        return next((i for i, d in enumerate(self._rows) if d.id == dealer_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 5:
            return [self.tr("Kode"), self.tr("Nama"), self.tr("Jenis"), self.tr("Kota"), self.tr("Status")][section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) or index.column() >= 5:
            return None
        dealer = self._rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return dealer.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole + 1):
            return None
        column = index.column()
        if column == COL_CODE:
            return dealer.code
        if column == COL_NAME:
            return dealer.name
        if column == COL_KIND:
            return label(DL.DEALER_KINDS.get(dealer.kind, dealer.kind))
        if column == COL_CITY:
            return dealer.city
        return self.tr("Aktif") if dealer.active else self.tr("Nonaktif")


class DealersWidget(QWidget):
    """List on the left; on the right the selected dealer's form and salespeople."""

    FIELDS = ("code", "name", "brand", "address", "city", "phone", "contact_person")

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.dealer_id: int | None = None
        self.model = DealerListModel(self)
        can_edit = session.can("dealer.edit")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        self.search = QLineEdit()
        self.search.setObjectName("dealerSearch")
        self.search.setPlaceholderText(self.tr("Cari dealer"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self.model.reload(text))
        left_layout.addWidget(self.search)
        self.table = QTableView()
        self.table.setObjectName("dealerTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((COL_CODE, 60), (COL_KIND, 110), (COL_CITY, 150), (COL_ACTIVE, 70)):
            self.table.setColumnWidth(column, width)
        self.table.clicked.connect(lambda index: self.show_dealer(self.model.dealer(index.row())))
        self.table.activated.connect(lambda index: self.show_dealer(self.model.dealer(index.row())))
        left_layout.addWidget(self.table)
        new = QPushButton(icon("add"), self.tr("Dealer baru"))
        new.setObjectName("dealerNew")
        new.setEnabled(can_edit)
        new.clicked.connect(lambda: self.show_dealer(None))
        left_layout.addWidget(new)

        right = QWidget()
        form = QFormLayout(right)
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        labels = {"code": self.tr("Kode*"), "name": self.tr("Nama*"), "brand": self.tr("Merek"),
                  "address": self.tr("Alamat"), "city": self.tr("Kota"), "phone": self.tr("Telepon"),
                  "contact_person": self.tr("Kontak")}
        for name in self.FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"dealer_{name}")
            edit.setReadOnly(not can_edit)
            self.fields[name] = edit
            form.addRow(labels[name], self._with_error(name, edit))
        self.kind = QComboBox()
        self.kind.setObjectName("dealer_kind")
        for code, text in DL.DEALER_KINDS.items():
            self.kind.addItem(label(text), code)
        form.addRow(self.tr("Jenis"), self._with_error("kind", self.kind))
        self.active = QCheckBox(self.tr("Aktif"))
        self.active.setChecked(True)
        form.addRow("", self.active)
        self.save_button = QPushButton(icon("save"), self.tr("Simpan dealer"))
        self.save_button.setObjectName("dealerSave")
        self.save_button.setEnabled(can_edit)
        self.save_button.clicked.connect(self.save)
        form.addRow("", self.save_button)
        form.addRow(QLabel(self.tr("Sales")))
        self.sales = QListWidget()
        self.sales.setObjectName("salesList")
        form.addRow(self.sales)
        sales_row = QHBoxLayout()
        self.sales_name = QLineEdit()
        self.sales_name.setObjectName("salesName")
        self.sales_name.setPlaceholderText(self.tr("Nama sales"))
        self.sales_phone = QLineEdit()
        self.sales_phone.setObjectName("salesPhone")
        self.sales_phone.setPlaceholderText(self.tr("Telepon"))
        self.sales_add = QPushButton(icon("add"), self.tr("Tambah"))
        self.sales_add.setObjectName("salesAdd")
        self.sales_add.clicked.connect(self.add_salesperson)
        self.sales_add.setEnabled(False)
        for widget in (self.sales_name, self.sales_phone, self.sales_add):
            sales_row.addWidget(widget)
        form.addRow(sales_row)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.model.reload()
        if self.model.rowCount():
            self.table.selectRow(0)
            self.show_dealer(self.model.dealer(0))

    def _with_error(self, name: str, widget: QWidget) -> QWidget:
        box, self.errors[name] = with_error_label(widget, name)
        return box

    def _clear_errors(self) -> None:
        for name, error_label in self.errors.items():
            error_label.hide()
            if name in self.fields:
                set_invalid(self.fields[name], False)

    def show_dealer(self, dealer: DL.Dealer | None) -> None:
        self._clear_errors()
        self.dealer_id = dealer.id if dealer else None
        for name, edit in self.fields.items():
            value = getattr(dealer, name) if dealer else ""
            edit.setText(_phone(value) if name == "phone" else value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(dealer.kind if dealer else "motor")))
        self.active.setChecked(dealer.active if dealer else True)
        self.sales.clear()
        if dealer:
            for person in DL.salespeople(dealer.id):
                text = person.name + (f" — {_phone(person.phone)}" if person.phone else "")
                self.sales.addItem(text if person.active else text + " " + self.tr("(nonaktif)"))
        self.sales_add.setEnabled(dealer is not None and self.session.can("dealer.edit"))
        if dealer is None:
            self.fields["code"].setFocus()

    def save(self) -> None:
        self._clear_errors()
        data = {name: edit.text() for name, edit in self.fields.items()}
        data["kind"] = self.kind.currentData()
        try:
            if self.dealer_id is None:
                dealer = DL.create_dealer(self.session.user, data)
            else:
                dealer = DL.update_dealer(self.session.user, self.dealer_id, data)
            if dealer.active != self.active.isChecked():
                dealer = DL.set_dealer_active(self.session.user, dealer.id, self.active.isChecked())
        except ValidationError as exc:
            for error in exc.errors:
                error_label = self.errors.get(error.field)
                if error_label is None:
                    continue
                error_label.setText(message(error.message))
                error_label.show()
                if error.field in self.fields:
                    set_invalid(self.fields[error.field], True)
            return
        except DomainError as exc:
            show_error(self, exc)
            return
        self.model.reload()
        row = self.model.row_of(dealer.id)
        if row >= 0:
            self.table.selectRow(row)
        self.show_dealer(dealer)
        self.session.notify("dealers")

    def add_salesperson(self) -> None:
        if self.dealer_id is None:
            return
        try:
            DL.add_salesperson(self.session.user, self.dealer_id, self.sales_name.text(), self.sales_phone.text())
        except DomainError as exc:
            show_error(self, exc)
            return
        self.sales_name.clear()
        self.sales_phone.clear()
        self.show_dealer(DL.get_dealer(self.dealer_id))


class DealersDialog(QDialog):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("DealersDialog", "Dealer"))
        self.resize(1100, 600)
        layout = QVBoxLayout(self)
        self.widget = DealersWidget(session, self)
        layout.addWidget(self.widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            QCoreApplication.translate("DealersDialog", "Tutup"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
