"""The loans page: the whole book as a lazy list with days past due and collectibility, filtered and sorted in SQL.

Days past due are never stored; they come from :func:`models.loans.loans.dpd_sql` (the oldest unpaid due date as of
today) and the collectibility class from a SQL ``CASE`` over the office's preset, so filtering "class 3–5"
or sorting by arrears over tens of thousands of loans is one indexed query, not a Python pass.  Rows are
fetched in blocks around what the view paints (Anki's browser model); double-click opens the account view.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from models.collections.restructuring import (
    restructured_collectibility_sql as collectibility_sql,
)  # the restructuring rule
from models.core.money import format_amount, format_rupiah, to_minor
from models.loans.loans import (
    COLLECTIBILITY_NAMES,
    STATUS_LABELS,
    Loan,
    collectibility_preset,
    dpd_sql,
)
from ui.common.labels import label
from ui.common.lazy_model import LazyIdModel, WindowedIds
from ui.common.page_base import Page, set_focus_chain
from ui.common.tables import fit_headers, make_table
from ui.loans.loan_view import open_loan_dialog

# What a supervisor reads first comes first, so days past due and collectibility are on screen at 1280 px
# without scrolling (issue 20); product, officer and the original principal come last.
(COL_CONTRACT, COL_CUSTOMER, COL_OUTSTANDING, COL_DPD, COL_COLL, COL_STATUS, COL_NEXT_DUE, COL_PAID, COL_PRINCIPAL,
 COL_PRODUCT, COL_OFFICER) = range(11)
COLUMN_COUNT = 11
ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
BLOCK = 150


def _headers() -> list[str]:
    translate = QCoreApplication.translate  # under this name, with literals, lupdate extracts each call
    headers = {
        COL_CONTRACT: translate("LoansModel", "No. kontrak"), COL_CUSTOMER: translate("LoansModel", "Nasabah"),
        COL_PRODUCT: translate("LoansModel", "Produk"), COL_OFFICER: translate("LoansModel", "Petugas"),
        COL_PRINCIPAL: translate("LoansModel", "Pokok"), COL_OUTSTANDING: translate("LoansModel", "Sisa pokok"),
        COL_PAID: translate("LoansModel", "Angsuran"), COL_NEXT_DUE: translate("LoansModel", "Jatuh tempo tertua"),
        COL_DPD: translate("LoansModel", "Hari tunggak"), COL_COLL: translate("LoansModel", "Kolektibilitas"),
        COL_STATUS: translate("LoansModel", "Status")}
    return [headers[c] for c in range(COLUMN_COUNT)]


class LoansModel(LazyIdModel):
    """Loans visible to ``user`` (officers: their own), filtered and sorted in SQL, rows fetched lazily."""

    def __init__(self, user, parent=None):
        super().__init__(_headers(), BLOCK, parent)
        self.user = user
        self.as_of = dt.date.today()
        self.preset = collectibility_preset()
        self.text = ""
        self.status = "active"
        self.klass: tuple[int, ...] = ()
        self._sort = COL_CONTRACT
        self._desc = False

    def _columns(self):
        from models.core.users import User
        from models.customers.customers import Customer
        from models.products.products import LoanProduct

        return {COL_CONTRACT: Loan.contract_no, COL_CUSTOMER: Customer.full_name, COL_PRODUCT: LoanProduct.code,
                COL_OFFICER: User.full_name, COL_PRINCIPAL: Loan.principal, COL_OUTSTANDING: Loan.outstanding_principal,
                COL_PAID: Loan.installments_paid, COL_NEXT_DUE: Loan.oldest_unpaid_due,
                COL_DPD: dpd_sql(self.as_of), COL_COLL: collectibility_sql(self.as_of, self.preset),
                COL_STATUS: Loan.status}

    def _query(self, *fields, joins: tuple[str, ...] = ("customer", "product", "officer")):
        """The page's loans as a query; ``joins`` names the tables the fields, sort and filter need (the id list
        joins only what its sort and text filter use, so opening the page reads the loan table alone, by index)."""
        from models.core.users import User, sees_all_portfolios
        from models.customers.customers import Customer
        from models.products.products import LoanProduct

        text = self.text.strip()
        query = Loan.select(*fields)
        if "customer" in joins or text:
            query = query.join(Customer, on=(Loan.customer == Customer.id)).switch(Loan)
        if "product" in joins:
            query = query.join(LoanProduct, on=(Loan.product == LoanProduct.id)).switch(Loan)
        if "officer" in joins:
            query = query.join(User, on=(Loan.officer == User.id)).switch(Loan)
        if self.user is not None and not sees_all_portfolios(self.user):
            query = query.where(Loan.officer == self.user.id)
        if self.status:
            query = query.where(Loan.status == self.status)
        if self.klass:
            query = query.where(collectibility_sql(self.as_of, self.preset).in_(list(self.klass)))
        if text:
            query = query.where(Loan.contract_no.contains(text) | Customer.full_name.contains(text)
                                | (Customer.nik == text))
        return query

    def reload(self) -> None:
        """Count the loans the filters select and read the first window of their ids (issue 18: opening the page
        no longer reads 100.000 ids; the rest are read a window at a time as the view scrolls)."""
        from peewee import fn

        order = self._columns()[self._sort]
        joins = {COL_CUSTOMER: ("customer",), COL_PRODUCT: ("product",), COL_OFFICER: ("officer",)}.get(self._sort, ())
        query = self._query(Loan.id, joins=joins).order_by(order.desc() if self._desc else order.asc(),
                                                           Loan.id.desc() if self._desc else Loan.id)
        count = self._query(fn.COUNT(Loan.id), joins=()).scalar() or 0

        def window(offset: int, limit: int | None) -> list[int]:
            page = query.offset(offset) if offset else query
            return [i for (i,) in (page.limit(limit) if limit is not None else page).tuples()]

        self.set_ids(WindowedIds(count, window))

    def totals(self) -> tuple[int, "Decimal", int]:
        """For the loans the filters select: (count, outstanding principal in rupiah, how many in arrears).

        One SQL aggregate over the same query the list shows, so the footer always adds up what is filtered.
        """
        from peewee import fn

        from models.core.money import from_minor

        # Two aggregates along the indexes (status, outstanding) and (status, oldest unpaid due): the first reads
        # the index alone, the second only the loans in arrears (~50 ms at 100.000 loans); one pass computing all
        # three read every loan row (~90–190 ms).
        count, outstanding = self._query(fn.COUNT(Loan.id), fn.SUM(Loan.outstanding_principal),
                                         joins=()).tuples().get()
        # Days past due > 0: counted from arrears_from (the holiday rule) when set, as dpd_sql does; the index's
        # range (oldest unpaid due before today) narrows to the loans in arrears first.
        late = self._query(fn.COUNT(Loan.id), joins=()).where(
            (Loan.oldest_unpaid_due < self.as_of)
            & (fn.COALESCE(Loan.arrears_from, Loan.oldest_unpaid_due) < self.as_of)).scalar()
        return count or 0, from_minor(outstanding or 0), int(late or 0)

    def loan_id(self, row: int) -> int | None:
        return self.id_at(row)

    def fetch(self, ids: list[int]) -> dict[int, tuple]:
        cols = self._columns()
        fields = [Loan.id] + [cols[c] for c in range(COLUMN_COUNT)] + [Loan.tenor]
        return {values[0]: values[1:] for values in self._query(*fields).where(Loan.id.in_(ids)).tuples()}

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not self.valid(index):
            return None
        if role == ID_ROLE:
            return self.ids[index.row()]
        row = self.row_data(index.row())
        if row is None:
            return None
        col = index.column()
        value = row[col]
        if isinstance(value, str) and col == COL_NEXT_DUE:
            value = dt.date.fromisoformat(value)
        if role == SORT_ROLE:
            if col in (COL_PRINCIPAL, COL_OUTSTANDING):
                return to_minor(value)
            if col == COL_NEXT_DUE:
                return value.toordinal() if value else 0
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in (COL_PRINCIPAL, COL_OUTSTANDING, COL_PAID, COL_DPD):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if col in (COL_DPD, COL_COLL) and row[COL_DPD]:
                return QColor("#b00020") if row[COL_COLL] >= 3 else QColor("#8a4b00")
            return None
        if role == Qt.ItemDataRole.ToolTipRole:  # a narrowed column elides; the whole text is one hover away
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col in (COL_PRINCIPAL, COL_OUTSTANDING):
            return format_amount(value, 0)
        if col == COL_PAID:
            return f"{value}/{row[COLUMN_COUNT]}"
        if col == COL_NEXT_DUE:
            return f"{value:%d/%m/%Y}" if value else "—"
        if col == COL_COLL:
            return f"{value} {label(COLLECTIBILITY_NAMES.get(value, ''))}"
        if col == COL_STATUS:
            return label(STATUS_LABELS.get(value, value))
        return str(value)

    def sort(self, column, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COLUMN_COUNT:
            return
        self._sort, self._desc = column, order == Qt.SortOrder.DescendingOrder
        if self.loaded:  # before the first load the order is only recorded (one read per open)
            self.reload()


class LoansPage(Page):
    topics = ("payments", "loans")

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label(self.tr("Pinjaman")))
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari no. kontrak, nama atau NIK…"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.addItem(self.tr("Aktif"), "active")
        for code, text in STATUS_LABELS.items():
            if code != "active":
                self.status.addItem(label(text), code)
        self.status.addItem(self.tr("Semua status"), "")
        self.klass = QComboBox()
        self.klass.addItem(self.tr("Semua kolektibilitas"), ())
        self.klass.addItem(self.tr("Menunggak (2–5)"), (2, 3, 4, 5))
        self.klass.addItem(self.tr("Bermasalah / NPL (3–5)"), (3, 4, 5))
        for k, name in COLLECTIBILITY_NAMES.items():
            self.klass.addItem(f"{k} {label(name)}", (k,))
        self.export_button = QPushButton(self.tr("Ekspor ke Excel…"))
        self.export_button.setToolTip(self.tr("Daftar pinjaman per hari ini dengan status dan kolektibilitas yang "
                                              "dipilih: tunggakan, hari tunggak, kolektibilitas, NPF"))
        self.export_button.setEnabled(session.can("report.export"))
        self.export_button.clicked.connect(self.choose_export)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.status)
        bar.addWidget(self.klass)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)
        self.model = LoansModel(session.user, self)
        self.table = make_table(self.model, name="loanTable", sort=(COL_CONTRACT, Qt.SortOrder.AscendingOrder),
                                widths={COL_CONTRACT: 130, COL_CUSTOMER: 170, COL_OUTSTANDING: 115, COL_DPD: 110,
                                        COL_COLL: 185, COL_STATUS: 80, COL_NEXT_DUE: 150, COL_PAID: 80,
                                        COL_PRINCIPAL: 115, COL_PRODUCT: 70, COL_OFFICER: 150})
        fit_headers(self.table)
        layout.addWidget(self.table, 1)
        self.count = QLabel()
        self.count.setObjectName("loansTotal")
        layout.addWidget(self.count)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.klass.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.refresh()
        set_focus_chain(self, self.search, self.status, self.klass, self.export_button, self.table)

    def refresh(self) -> None:
        self.model.user = self.session.user
        self.model.text = self.search.text()
        self.model.status = self.status.currentData()
        self.model.klass = tuple(self.klass.currentData() or ())
        self.model.reload()
        count, outstanding, late = self.model.totals()
        self.count.setText(self.tr("{n} pinjaman · sisa pokok {total} · {late} menunggak").format(
            n=count, total=format_rupiah(outstanding), late=late))

    def choose_export(self) -> None:
        suggested = f"daftar-pinjaman-{dt.date.today():%Y-%m-%d}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Ekspor daftar pinjaman"), suggested,
                                              self.tr("Buku kerja Excel (*.xlsx)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str):
        """Write the loan book with this page's status and collectibility filters on a worker, behind a progress
        dialog whose cancel stops it (nothing written, nothing audited); returns the :class:`ui.common.jobs.Job`."""
        from reports.loan_book import export_loan_book
        from ui.common.jobs import start_job

        user, status = self.session.user, self.status.currentData()
        classes = tuple(self.klass.currentData() or ())

        def done(table) -> None:
            self.count.setText(self.tr("{n} pinjaman; {rows} baris diekspor ke {path}").format(
                n=self.model.rowCount(), rows=len(table.rows), path=path))

        def cancelled() -> None:
            self.count.setText(self.tr("Ekspor dibatalkan: tidak ada berkas yang ditulis."))

        return start_job(self, self.tr("Ekspor daftar pinjaman"), self.tr("Menulis daftar pinjaman…"),
                         lambda progress: export_loan_book(user, path, status=status, classes=classes,
                                                           progress=progress),
                         on_done=done, on_cancel=cancelled)

    def open_row(self, row: int, exec_dialog: bool = True):
        lid = self.model.loan_id(row)
        if lid is None:
            return None
        dialog = open_loan_dialog(self.session, Loan.get_by_id(lid), self)
        if exec_dialog:
            dialog.exec()
            self.refresh()
        return dialog
