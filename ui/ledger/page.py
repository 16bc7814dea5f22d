"""Buku Besar: the chart of accounts with balances, the journal list, the statements and the periods.

Four tabs:

* **Bagan Akun** — the chart as a tree with each account's balance today (headings sum their children).
* **Jurnal** — every journal, newest first, through a lazy model (ids first, rows fetched on demand, filtering
  and sorting in SQL), the lines of the selected journal below it, and the accountant's buttons: new manual
  journal, reverse a manual journal.
* **Laporan** — trial balance, general ledger of an account, cash book, balance sheet, income statement for
  any period, shown as a table and exported to Excel or PDF with the same rows (``reports/statements.py``).
* **Periode** — the months of a year, open or closed; close a month, reopen it (another person, a reason), close
  the year.

Nothing here decides a rule: every action calls ``models.ledger.journals``, and its refusals are shown as messages.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from peewee import JOIN, Asc, Desc, fn
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.core.errors import DomainError
from models.core.money import ZERO, format_rupiah, from_minor, to_minor
from models.core.users import User
from models.ledger import accounts as accounts_mod
from models.ledger import journals as ledger
from models.ledger.chart import ACCOUNT_TYPE_LABELS, SOURCE_LABELS, Account
from models.ledger.journals import Journal, JournalLine, Period
from reports.base import Kind, ReportTable, format_cell
from ui.common.dialogs import confirm, show_error
from ui.common.labels import label
from ui.common.lazy_model import WindowedIds
from ui.common.page_base import Page, set_focus_chain
from ui.common.theme import icon
from ui.ledger.month_end import MonthEndTab

SORT_ROLE = Qt.ItemDataRole.UserRole



def _date_edit(value: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    return edit


# ------------------------------------------------------------------------------------------- account tree
class AccountTree(QTreeWidget):
    """The chart of accounts as a tree: code, name, type, control flag, balance (shared with Settings)."""

    COL_CODE, COL_NAME, COL_TYPE, COL_CONTROL, COL_BALANCE = range(5)

    def __init__(self, parent: QWidget | None = None, *, show_balance: bool = True):
        super().__init__(parent)
        self.show_balance = show_balance
        labels = [QCoreApplication.translate("LedgerPage", "Kode"), QCoreApplication.translate("LedgerPage", "Nama akun"), QCoreApplication.translate("LedgerPage", "Jenis"), QCoreApplication.translate("LedgerPage", "Kontrol")]
        if show_balance:
            labels.append(QCoreApplication.translate("LedgerPage", "Saldo"))
        self.setHeaderLabels(labels)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        header = self.header()
        header.setSectionResizeMode(self.COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for col in (self.COL_CODE, self.COL_TYPE, self.COL_CONTROL):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        if show_balance:
            header.setSectionResizeMode(self.COL_BALANCE, QHeaderView.ResizeMode.ResizeToContents)
        self.items: dict[str, QTreeWidgetItem] = {}

    def reload(self, as_of: dt.date | None = None) -> None:
        selected = self.current_code()
        self.clear()
        self.items = {}
        accounts = list(Account.select().order_by(Account.code))
        totals = ledger.account_totals(date_to=as_of) if self.show_balance else {}
        children: dict[int | None, list[Account]] = {}
        for a in accounts:
            children.setdefault(a.parent_id, []).append(a)

        def subtotal(a: Account) -> tuple[Decimal, Decimal]:
            d, c = totals.get(a.id, (ZERO, ZERO))
            for child in children.get(a.id, []):
                cd, cc = subtotal(child)
                d, c = d + cd, c + cc
            return d, c

        def add(a: Account, parent_item) -> None:
            item = QTreeWidgetItem(parent_item)
            item.setText(self.COL_CODE, a.code)
            item.setText(self.COL_NAME, a.name)
            item.setText(self.COL_TYPE, label(ACCOUNT_TYPE_LABELS.get(a.type, a.type)))
            item.setText(self.COL_CONTROL, QCoreApplication.translate("LedgerPage", "ya") if a.is_control else "")
            item.setData(self.COL_CODE, Qt.ItemDataRole.UserRole, a.code)
            if self.show_balance:
                d, c = subtotal(a)
                item.setText(self.COL_BALANCE, format_rupiah(ledger.signed_balance(a.type, d, c)))
                item.setTextAlignment(self.COL_BALANCE, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if children.get(a.id):
                font = QFont(item.font(0))
                font.setBold(True)
                for col in range(self.columnCount()):
                    item.setFont(col, font)
            if not a.active:
                for col in range(self.columnCount()):
                    item.setForeground(col, self.palette().placeholderText())
                item.setText(self.COL_NAME, a.name + "  " + QCoreApplication.translate("LedgerPage", "(nonaktif)"))
            self.items[a.code] = item
            for child in children.get(a.id, []):
                add(child, item)

        for root in children.get(None, []):
            add(root, self)
        self.expandToDepth(1)
        if selected in self.items:
            self.setCurrentItem(self.items[selected])

    def current_code(self) -> str | None:
        item = self.currentItem()
        return item.data(self.COL_CODE, Qt.ItemDataRole.UserRole) if item is not None else None

    def select_code(self, code: str) -> None:
        if code in self.items:
            self.setCurrentItem(self.items[code])


# -------------------------------------------------------------------------------------------- journal list
class JournalListModel(QAbstractTableModel):
    """Journals matching the filters: ids are queried first (sorted and filtered in SQL), display rows are
    fetched in blocks when a view asks for them."""

    COL_DATE, COL_NUMBER, COL_SOURCE, COL_DESCRIPTION, COL_REFERENCE, COL_AMOUNT, COL_USER = range(7)
    BLOCK = 200
    _SORT_KEYS = {COL_DATE: Journal.date, COL_NUMBER: Journal.number, COL_SOURCE: Journal.source,
                  COL_DESCRIPTION: Journal.description, COL_REFERENCE: Journal.reference}

    def __init__(self, parent=None):
        super().__init__(parent)
        self._ids: Sequence[int] = []
        self._cache: dict[int, tuple] = {}
        self.loaded = False
        self.date_from: dt.date | None = None
        self.date_to: dt.date | None = None
        self.source: str | None = None
        self.search = ""
        self._sort = (self.COL_DATE, Qt.SortOrder.DescendingOrder)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Tanggal"), self.tr("No. Jurnal"), self.tr("Sumber"), self.tr("Keterangan"),
                    self.tr("Referensi"), self.tr("Jumlah"), self.tr("Dibuat oleh")][section]
        return None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 7

    def _query_ids(self):
        query = Journal.select(Journal.id)
        if self.date_from:
            query = query.where(Journal.date >= self.date_from)
        if self.date_to:
            query = query.where(Journal.date <= self.date_to)
        if self.source:
            query = query.where(Journal.source == self.source)
        if self.search:
            like = f"%{self.search}%"
            query = query.where(Journal.number.contains(self.search) | Journal.description ** like
                                | Journal.reference ** like)
        column, order = self._sort
        if column == self.COL_AMOUNT:
            key = (JournalLine.select(fn.SUM(JournalLine.debit)).where(JournalLine.journal == Journal.id))
        elif column == self.COL_USER:
            key = User.select(User.username).where(User.id == Journal.created_by)
        else:
            key = self._SORT_KEYS[column]
        descending = order == Qt.SortOrder.DescendingOrder
        return query.order_by(Desc(key) if descending else Asc(key),
                              Journal.id.desc() if descending else Journal.id.asc())

    def reload(self) -> None:
        """Count the journals the filters select and read their ids a window at a time (a year of a 100.000-loan
        office is ~600.000 journals: reading every id took seconds, issue 18)."""
        query = self._query_ids()
        count = query.order_by().select(fn.COUNT(Journal.id)).scalar() or 0

        def window(offset: int, limit: int | None) -> list[int]:
            page = query.offset(offset) if offset else query
            return [jid for (jid,) in (page.limit(limit) if limit is not None else page).tuples()]

        self.beginResetModel()
        self._ids = WindowedIds(count, window)
        self._cache = {}
        self.loaded = True
        self.endResetModel()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        if self.loaded:  # before the page's first refresh the order is only recorded (one read per open)
            self.reload()

    def journal_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, journal_id: int) -> int:
        try:
            return self._ids.index(journal_id)
        except ValueError:
            return -1

    def _row(self, row: int) -> tuple:
        jid = self._ids[row]
        if jid not in self._cache:
            start = (row // self.BLOCK) * self.BLOCK
            block = [i for i in self._ids[start:start + self.BLOCK] if i is not None]
            query = (Journal.select(Journal.id, Journal.date, Journal.number, Journal.source, Journal.description,
                                    Journal.reference, fn.SUM(JournalLine.debit), User.username)
                     .join(JournalLine, on=(JournalLine.journal == Journal.id))
                     .switch(Journal).join(User, on=(User.id == Journal.created_by), join_type=JOIN.LEFT_OUTER)
                     .where(Journal.id.in_(block)).group_by(Journal.id, User.username).tuples())
            for jid_, day, number, source, description, reference, total_sen, username in query:
                self._cache[jid_] = (day, number, source, description, reference,
                                     from_minor(total_sen), username or self.tr("sistem"))
            self._cache.setdefault(jid, (None, "", "", "", "", ZERO, ""))
        return self._cache[jid]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        col = index.column()
        day, number, source, description, reference, total, username = self._row(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_DATE:
                return day.strftime("%d/%m/%Y") if day else ""
            if col == self.COL_SOURCE:
                return label(SOURCE_LABELS.get(source, source))
            if col == self.COL_AMOUNT:
                return format_rupiah(total)
            return {self.COL_NUMBER: number, self.COL_DESCRIPTION: description, self.COL_REFERENCE: reference,
                    self.COL_USER: username}[col]
        if role == SORT_ROLE:
            return {self.COL_DATE: day.toordinal() if day else 0, self.COL_NUMBER: number, self.COL_SOURCE: source,
                    self.COL_DESCRIPTION: description, self.COL_REFERENCE: reference,
                    self.COL_AMOUNT: to_minor(total), self.COL_USER: username}[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class JournalLinesModel(QAbstractTableModel):
    """The lines of one journal: account, debit, credit, memo."""

    COL_CODE, COL_ACCOUNT, COL_DEBIT, COL_CREDIT, COL_MEMO = range(5)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple] = []

    def load(self, journal_id: int | None) -> None:
        self.beginResetModel()
        self._rows = [] if journal_id is None else list(
            JournalLine.select(Account.code, Account.name, JournalLine.debit, JournalLine.credit, JournalLine.memo)
            .join(Account).where(JournalLine.journal == journal_id).order_by(JournalLine.line_no).tuples())
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Kode"), self.tr("Akun"), self.tr("Debit"), self.tr("Kredit"), self.tr("Memo")][section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            value = row[col]
            if col in (self.COL_DEBIT, self.COL_CREDIT):
                return format_rupiah(value) if value else ""
            return value
        if role == SORT_ROLE:
            return to_minor(row[col]) if col in (self.COL_DEBIT, self.COL_CREDIT) else row[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.COL_DEBIT, self.COL_CREDIT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


# ---------------------------------------------------------------------------------------- report tables
class ReportTableModel(QAbstractTableModel):
    """Any :class:`ReportTable` on screen: the same rows the Excel and PDF files get, totals as a last row."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.table: ReportTable | None = None
        self._lines: list[dict] = []

    def set_table(self, table: ReportTable | None) -> None:
        self.beginResetModel()
        self.table = table
        self._lines = []
        if table is not None:
            self._lines = list(table.rows)
            if table.totals is not None:
                total = dict(table.totals)
                first = table.columns[0].key
                if total.get(first) is None and not any(isinstance(total.get(c.key), str) for c in table.columns):
                    total[first] = "TOTAL"
                total.setdefault("style", "total")
                self._lines.append(total)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.table is None else len(self.table.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if self.table is not None and orientation == Qt.Orientation.Horizontal \
                and role == Qt.ItemDataRole.DisplayRole:
            return self.table.columns[section].label
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.table is None:
            return None
        column = self.table.columns[index.column()]
        line = self._lines[index.row()]
        value = line.get(column.key)
        if role == Qt.ItemDataRole.DisplayRole:
            return format_cell(value, column.kind)
        if role == SORT_ROLE:
            if column.kind is Kind.MONEY and value is not None and not isinstance(value, str):
                return to_minor(value)
            return value if value is not None else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind is Kind.MONEY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and line.get("style") in ("heading", "subtotal", "total"):
            font = QFont()
            font.setBold(True)
            return font
        return None


STATEMENTS = ("trial_balance", "general_ledger", "cash_book", "balance_sheet", "income_statement")


def statement_label(key: str) -> str:
    return {"trial_balance": QCoreApplication.translate("LedgerPage", "Neraca saldo"), "general_ledger": QCoreApplication.translate("LedgerPage", "Buku besar per akun"),
            "cash_book": QCoreApplication.translate("LedgerPage", "Buku kas"), "balance_sheet": QCoreApplication.translate("LedgerPage", "Neraca"),
            "income_statement": QCoreApplication.translate("LedgerPage", "Laba rugi / hasil usaha")}[key]


# ------------------------------------------------------------------------------------------------- the page
class LedgerPage(Page):
    topics = ("ledger", "payments", "loans", "savings", "settings")

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(session, parent)
        today = dt.date.today()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label(self.tr("Buku Besar")))
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)

        # --- chart of accounts
        self.tree = AccountTree()
        chart_tab = QWidget()
        chart_layout = QVBoxLayout(chart_tab)
        chart_note = QLabel(self.tr("Saldo per hari ini. Akun kontrol hanya digerakkan buku pembantu (pinjaman, "
                                    "simpanan, titipan). Bagan akun diubah di Pengaturan → Bagan akun."))
        chart_note.setWordWrap(True)
        chart_layout.addWidget(chart_note)
        chart_layout.addWidget(self.tree, 1)
        self.tabs.addTab(chart_tab, icon("chart"), self.tr("Bagan akun"))

        # --- journals
        self.journal_from = _date_edit(today.replace(month=1, day=1))
        self.journal_to = _date_edit(today)
        self.source = QComboBox()
        self.source.addItem(self.tr("Semua sumber"), None)
        for key, text in SOURCE_LABELS.items():
            self.source.addItem(label(text), key)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari nomor, keterangan, referensi…"))
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(icon("add"), self.tr("Jurnal umum baru"))
        self.reverse_button = QPushButton(icon("restore"), self.tr("Balik jurnal"))
        self.new_button.setVisible(session.can("journal.manual"))
        self.reverse_button.setVisible(session.can("journal.manual"))
        filters = QHBoxLayout()
        for widget in (QLabel(self.tr("Dari")), self.journal_from, QLabel(self.tr("s.d.")), self.journal_to,
                       self.source):
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.new_button)
        filters.addWidget(self.reverse_button)
        self.journals = JournalListModel(self)
        self.journal_view = QTableView()
        self.journal_view.setModel(self.journals)
        self.journal_view.setSortingEnabled(True)
        self.journal_view.horizontalHeader().setSortIndicator(JournalListModel.COL_DATE,
                                                              Qt.SortOrder.DescendingOrder)
        self._style_view(self.journal_view, stretch=JournalListModel.COL_DESCRIPTION)
        # Fixed starting widths the user may drag (remembered): fitting a year of journals to their contents read
        # a thousand rows per layout pass.
        journal_header = self.journal_view.horizontalHeader()
        for column, width in ((JournalListModel.COL_DATE, 95), (JournalListModel.COL_NUMBER, 150),
                              (JournalListModel.COL_SOURCE, 120), (JournalListModel.COL_REFERENCE, 140),
                              (JournalListModel.COL_AMOUNT, 130), (JournalListModel.COL_USER, 100)):
            journal_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.journal_view.setColumnWidth(column, width)
        self.lines = JournalLinesModel(self)
        self.lines_view = QTableView()
        self.lines_view.setModel(self.lines)
        self._style_view(self.lines_view, stretch=JournalLinesModel.COL_ACCOUNT)
        self.count_label = QLabel()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.journal_view)
        splitter.addWidget(self.lines_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        journal_tab = QWidget()
        journal_layout = QVBoxLayout(journal_tab)
        journal_layout.addLayout(filters)
        journal_layout.addWidget(splitter, 1)
        journal_layout.addWidget(self.count_label)
        self.tabs.addTab(journal_tab, icon("ledger"), self.tr("Jurnal"))

        # --- statements
        self.statement = QComboBox()
        for key in STATEMENTS:
            self.statement.addItem(statement_label(key), key)
        self.account = QComboBox()
        self.report_from = _date_edit(today.replace(day=1))
        self.report_to = _date_edit(today)
        self.show_button = QPushButton(icon("refresh"), self.tr("Tampilkan"))
        self.excel_button = QPushButton(icon("excel"), self.tr("Excel"))
        self.pdf_button = QPushButton(icon("pdf"), self.tr("PDF"))
        for button in (self.excel_button, self.pdf_button):
            button.setEnabled(session.can("report.export"))
        bar = QHBoxLayout()
        for widget in (self.statement, self.account, QLabel(self.tr("Dari")), self.report_from,
                       QLabel(self.tr("s.d.")), self.report_to, self.show_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.excel_button)
        bar.addWidget(self.pdf_button)
        self.report_title = QLabel()
        self.report_title.setObjectName("sectionTitle")
        self.report = ReportTableModel(self)
        self.report_view = QTableView()
        self.report_view.setModel(self.report)
        self._style_view(self.report_view, stretch=None)
        report_tab = QWidget()
        report_layout = QVBoxLayout(report_tab)
        report_layout.addLayout(bar)
        report_layout.addWidget(self.report_title)
        report_layout.addWidget(self.report_view, 1)
        self.tabs.addTab(report_tab, icon("reports"), self.tr("Laporan keuangan"))

        # --- periods
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.periods = QTreeWidget()
        self.periods.setHeaderLabels([self.tr("Bulan"), self.tr("Status"), self.tr("Ditutup oleh"),
                                      self.tr("Dibuka kembali oleh"), self.tr("Alasan")])
        self.periods.setRootIsDecorated(False)
        self.periods.header().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.close_button = QPushButton(icon("lock"), self.tr("Tutup bulan"))
        self.reopen_button = QPushButton(self.tr("Buka kembali…"))
        self.close_year_button = QPushButton(self.tr("Tutup tahun buku"))
        self.close_button.setEnabled(session.can("period.close"))
        self.close_year_button.setEnabled(session.can("period.close"))
        self.reopen_button.setEnabled(session.can("period.reopen"))
        period_bar = QHBoxLayout()
        period_bar.addWidget(QLabel(self.tr("Tahun")))
        period_bar.addWidget(self.year)
        period_bar.addStretch(1)
        for widget in (self.close_button, self.reopen_button, self.close_year_button):
            period_bar.addWidget(widget)
        period_tab = QWidget()
        period_layout = QVBoxLayout(period_tab)
        period_layout.addLayout(period_bar)
        period_layout.addWidget(self.periods, 1)
        self.tabs.addTab(period_tab, icon("calendar"), self.tr("Periode"))

        # --- month-end close (issue 14)
        self.month_end = MonthEndTab(session)
        self.tabs.addTab(self.month_end, icon("calendar"), self.tr("Akhir bulan"))

        # --- wiring
        for edit in (self.journal_from, self.journal_to):
            edit.dateChanged.connect(self.reload_journals)
        self.source.currentIndexChanged.connect(self.reload_journals)
        self.search.textChanged.connect(self.reload_journals)
        self.journal_view.selectionModel().currentRowChanged.connect(self._show_lines)
        self.new_button.clicked.connect(self.new_journal)
        self.reverse_button.clicked.connect(self.reverse_selected)
        self.statement.currentIndexChanged.connect(self._statement_changed)
        self.show_button.clicked.connect(self.show_statement)
        self.excel_button.clicked.connect(lambda: self._ask_export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self._ask_export("pdf"))
        self.year.valueChanged.connect(self.reload_periods)
        self.close_button.clicked.connect(self.close_selected_month)
        self.reopen_button.clicked.connect(self.reopen_selected_month)
        self.close_year_button.clicked.connect(self.close_selected_year)
        # One chain through the tabs (Qt's Tab skips the hidden ones): the chart, the journals, the statements,
        # the periods.  Ctrl+Tab changes the tab.
        set_focus_chain(self, self.tree, self.journal_from, self.journal_to, self.source, self.search,
                        self.new_button, self.reverse_button, self.journal_view, self.lines_view, self.statement,
                        self.account, self.show_button, self.excel_button, self.pdf_button, self.report_view,
                        self.year, self.periods, self.close_button, self.reopen_button, self.close_year_button)
        self.refresh()

    @staticmethod
    def _style_view(view: QTableView, stretch: int | None) -> None:
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        view.setAlternatingRowColors(True)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(26)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if stretch is not None:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        else:
            header.setStretchLastSection(False)

    # ------------------------------------------------------------------------------------------ refresh
    def refresh(self) -> None:
        self.tree.reload()
        current = self.account.currentData()
        self.account.blockSignals(True)
        self.account.clear()
        leaves = accounts_mod.leaf_ids()
        for a in Account.select().order_by(Account.code):
            if a.id in leaves:
                self.account.addItem(f"{a.code}  {a.name}", a.code)
        index = self.account.findData(current)
        self.account.setCurrentIndex(index if index >= 0 else 0)
        self.account.blockSignals(False)
        self._statement_changed()
        self.reload_journals()
        self.reload_periods()

    def reload_journals(self, *_args) -> None:
        self.journals.date_from = self.journal_from.date().toPython()
        self.journals.date_to = self.journal_to.date().toPython()
        self.journals.source = self.source.currentData()
        self.journals.search = self.search.text().strip()
        self.journals.reload()
        self.lines.load(None)
        self.count_label.setText(self.tr("{n} jurnal").format(n=self.journals.rowCount()))

    def _show_lines(self, current: QModelIndex, _previous=None) -> None:
        self.lines.load(self.journals.journal_id(current.row()) if current.isValid() else None)

    def selected_journal(self) -> Journal | None:
        index = self.journal_view.currentIndex()
        if not index.isValid():
            return None
        return Journal.get_by_id(self.journals.journal_id(index.row()))

    # ------------------------------------------------------------------------------------------ actions
    def new_journal(self) -> None:
        from ui.ledger.journal_dialog import JournalDialog

        dialog = JournalDialog(self.session, self)
        if dialog.exec():
            self.refresh()
            self.select_journal(dialog.journal.id)

    def select_journal(self, journal_id: int) -> None:
        row = self.journals.row_of(journal_id)
        if row >= 0:
            self.journal_view.setCurrentIndex(self.journals.index(row, 0))

    def reverse_selected(self, reason: str | None = None) -> Journal | None:
        journal = self.selected_journal()
        if journal is None:
            return None
        if not reason:
            reason, ok = QInputDialog.getText(self, self.tr("Balik jurnal"),
                                              self.tr("Alasan membalik jurnal {number}:").format(
                                                  number=journal.number))
            if not ok:
                return None
        try:
            reversal = ledger.reverse_journal(self.session.user, journal, reason)
        except DomainError as exc:
            show_error(self, exc)
            return None
        self.session.notify("ledger")
        self.refresh()
        self.select_journal(reversal.id)
        return reversal

    # ------------------------------------------------------------------------------------------ statements
    def _statement_changed(self, *_args) -> None:
        key = self.statement.currentData()
        self.account.setVisible(key == "general_ledger")
        self.report_from.setEnabled(key != "balance_sheet")

    def build_statement(self) -> ReportTable:
        from reports import statements

        key = self.statement.currentData()
        date_from, date_to = self.report_from.date().toPython(), self.report_to.date().toPython()
        if date_from > date_to:
            raise DomainError(self.tr("Tanggal awal tidak boleh sesudah tanggal akhir."))
        if key == "trial_balance":
            return statements.trial_balance(date_from, date_to)
        if key == "general_ledger":
            return statements.general_ledger(self.account.currentData(), date_from, date_to)
        if key == "cash_book":
            return statements.cash_book(date_from, date_to)
        if key == "balance_sheet":
            return statements.balance_sheet(date_to)
        return statements.income_statement(date_from, date_to)

    def show_statement(self) -> ReportTable | None:
        try:
            table = self.build_statement()
        except DomainError as exc:
            show_error(self, exc)
            return None
        self.report.set_table(table)
        self.report_title.setText(f"{table.title} — {table.subtitle}")
        header = self.report_view.horizontalHeader()
        for i, column in enumerate(table.columns):
            if column.key in ("name", "description", "account_name"):
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
        return table

    def _ask_export(self, kind: str) -> None:
        suffix = "Excel (*.xlsx)" if kind == "xlsx" else "PDF (*.pdf)"
        default = f"{self.statement.currentText().split(' /')[0].replace(' ', '_')}.{kind}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan laporan"), default, suffix)
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> str | None:
        """Write the statement on screen (built fresh) to ``path``: .xlsx or .pdf by suffix."""
        from reports.quote_pdf import office_letterhead

        table = self.report.table or self.show_statement()
        if table is None:
            return None
        try:
            if path.lower().endswith(".pdf"):
                from reports.pdf import write_pdf

                wide = len(table.columns) > 5
                write_pdf(table, path, office_letterhead(), orientation="landscape" if wide else "portrait",
                          printed_by=self.session.user.username if self.session.user else None)
            else:
                from reports.xlsx import write_xlsx

                write_xlsx(table, path, office_letterhead())
        except OSError as exc:
            show_error(self, DomainError(self.tr("Berkas tidak dapat ditulis: {error}").format(error=exc)))
            return None
        return path

    # ------------------------------------------------------------------------------------------ periods
    MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
              "November", "Desember")

    def reload_periods(self, *_args) -> None:
        year = self.year.value()
        rows = {p.month: p for p in Period.select().where(Period.year == year)}
        names = {u.id: u.full_name for u in User.select(User.id, User.full_name)}
        selected = self.selected_month()
        self.periods.clear()
        for month in range(1, 13):
            p = rows.get(month)
            closed = p is not None and p.status == ledger.PERIOD_CLOSED
            item = QTreeWidgetItem([f"{self.MONTHS[month - 1]} {year}",
                                    self.tr("ditutup") if closed else self.tr("terbuka"),
                                    names.get(p.closed_by_id, "") if p else "",
                                    names.get(p.reopened_by_id, "") if p else "",
                                    p.reopen_reason if p else ""])
            item.setData(0, Qt.ItemDataRole.UserRole, month)
            if closed:
                item.setIcon(1, icon("lock"))
            self.periods.addTopLevelItem(item)
            if month == selected:
                self.periods.setCurrentItem(item)

    def selected_month(self) -> int | None:
        item = self.periods.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _period_action(self, fn_, *args) -> bool:
        try:
            fn_(self.session.user, *args)
        except DomainError as exc:
            show_error(self, exc)
            return False
        self.session.notify("ledger")
        self.reload_periods()
        return True

    def close_selected_month(self) -> bool:
        month = self.selected_month()
        if month is None:
            return False
        from models.cashier.figures import close_month

        # The month-end run applies the advances held on their due dates before the month is closed.
        return self._period_action(close_month, self.year.value(), month)

    def reopen_selected_month(self, reason: str | None = None) -> bool:
        month = self.selected_month()
        if month is None:
            return False
        if not reason:
            reason, ok = QInputDialog.getText(self, self.tr("Buka kembali periode"),
                                              self.tr("Alasan membuka kembali periode:"))
            if not ok:
                return False
        return self._period_action(ledger.reopen_month, self.year.value(), month, reason)

    def close_selected_year(self, confirmed: bool = False) -> bool:
        year = self.year.value()
        if not confirmed and not confirm(self, self.tr("Tutup tahun buku"), self.tr(
                "Pendapatan dan beban tahun {year} dipindahkan ke laba ditahan / SHU dan semua bulannya "
                "ditutup. Lanjutkan?").format(year=year)):
            return False
        ok = self._period_action(ledger.close_year, year)
        if ok:
            self.refresh()
        return ok
