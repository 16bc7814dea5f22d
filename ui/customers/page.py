"""Nasabah: the client book — search as you type, filters, the list, and one customer's detail.

The list is a :class:`ui.customers.customer_model.CustomerTableModel` (ids first, rows on demand) so it stays quick at
100,000 customers; typing filters after a short pause (the FTS5 query itself takes well under a millisecond).
NIK and phone are masked; a user holding ``customer.unmask`` may switch the list to whole numbers, which is
audited once per switch.  Enter or a double-click opens the detail, whose tabs Pinjaman / Pembayaran /
Simpanan are filled by later parts of the application.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.core.errors import DomainError
from models.core.money import format_rupiah
from models.core.office import Branch
from models.core.users import officers
from models.customers import customers as C
from models.customers.search import CustomerFilter
from ui.common.dialogs import show_error
from ui.common.labels import label
from ui.common.page_base import Page, set_focus_chain
from ui.common.tables import make_table
from ui.common.theme import COLORS, icon
from ui.customers.customer_model import (
    COL_BRANCH,
    COL_DISTRICT,
    COL_MEMBER,
    COL_NAME,
    COL_NIK,
    COL_OFFICER,
    COL_PHONE,
    COL_REGENCY,
    CustomerTableModel,
)

SEARCH_DELAY_MS = 150


def _is_cooperative() -> bool:
    from models.core.office import Office

    office = Office.select(Office.kind).first()
    return office is not None and office.kind == "koperasi"


class CustomersPage(Page):
    topics = ("customers",)

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.model = CustomerTableModel(session.user, self)
        self.stack = QStackedWidget()
        self.detail = CustomerDetail(session, self)
        self._build()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.refresh()

    # ------------------------------------------------------------------------------------------ layout
    def _build(self) -> None:
        list_page = QWidget()
        layout = QVBoxLayout(list_page)
        top = QHBoxLayout()
        top.addWidget(self.title_label(self.tr("Nasabah")))
        top.addStretch(1)
        self.new_button = self._tool(self.tr("Nasabah baru"), "add", self.new_customer, "Ctrl+N")
        self.new_button.setEnabled(self.session.can("customer.edit"))
        self.followup_button = self._tool(self.tr("Tindak lanjut hari ini"), "follow-up", self.show_due)
        self.import_button = self._tool(self.tr("Impor Excel"), "import", self.import_customers)
        self.import_button.setVisible(self.session.can("customer.import"))
        self.export_button = self._tool(self.tr("Ekspor"), "export", self.export_customers)
        self.export_button.setVisible(self.session.can("customer.export"))
        self.dealer_button = self._tool(self.tr("Dealer"), "dealer", self.open_dealers)
        self.reassign_button = self._tool(self.tr("Pindah portofolio"), "officer", self.reassign)
        self.reassign_button.setVisible(self.session.can("portfolio.reassign"))
        for button in (self.new_button, self.followup_button, self.import_button, self.export_button,
                       self.reassign_button, self.dealer_button):
            top.addWidget(button)
        layout.addLayout(top)

        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("customerSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Cari nama, NIK, telepon atau no. anggota (Ctrl+F)"))
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._search_enter)
        bar.addWidget(self.search, 3)
        self.officer_filter = QComboBox()
        self.officer_filter.setObjectName("officerFilter")
        self.officer_filter.addItem(self.tr("Semua petugas"), None)
        self.branch_filter = QComboBox()
        self.branch_filter.setObjectName("branchFilter")
        self.branch_filter.addItem(self.tr("Semua cabang"), None)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("Semua status"), None)
        for code, text in C.STATUSES.items():
            self.status_filter.addItem(label(text), code)
        for combo in (self.officer_filter, self.branch_filter, self.status_filter):
            combo.currentIndexChanged.connect(self.apply_filter)
            bar.addWidget(combo, 1)
        self.unmask_box = QCheckBox(self.tr("Tampilkan NIK"))
        self.unmask_box.setToolTip(self.tr("Menampilkan NIK dan telepon lengkap; tercatat di jejak audit"))
        self.unmask_box.setVisible(self.session.can("customer.unmask"))
        self.unmask_box.toggled.connect(self._toggle_unmask)
        bar.addWidget(self.unmask_box)
        layout.addLayout(bar)

        self.table = make_table(self.model, name="customerTable", sort=(COL_NAME, Qt.SortOrder.AscendingOrder),
                                widths={COL_NAME: 240, COL_NIK: 150, COL_MEMBER: 100, COL_PHONE: 130,
                                        COL_DISTRICT: 140, COL_REGENCY: 190, COL_OFFICER: 150, COL_BRANCH: 70})
        # Member numbers exist only in cooperatives; elsewhere the column would always be empty.
        self.table.setColumnHidden(COL_MEMBER, not _is_cooperative())
        self.table.doubleClicked.connect(lambda index: self.open_detail(self.model.customer_id(index.row())))
        self.table.activated.connect(lambda index: self.open_detail(self.model.customer_id(index.row())))
        layout.addWidget(self.table, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("customerCount")
        self.count_label.setStyleSheet(f"color: {COLORS['muted']};")
        layout.addWidget(self.count_label)

        self.stack.addWidget(list_page)
        self.stack.addWidget(self.detail)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        find = QShortcut(QKeySequence("Ctrl+F"), self, activated=self.focus_search)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        set_focus_chain(self, self.search, self.officer_filter, self.branch_filter, self.status_filter,
                        self.unmask_box, self.table, self.new_button, self.followup_button, self.import_button,
                        self.export_button, self.reassign_button, self.dealer_button)

    def _tool(self, text: str, icon_name: str, slot, shortcut: str | None = None) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setIcon(icon(icon_name))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.clicked.connect(slot)
        if shortcut:
            button.setShortcut(QKeySequence(shortcut))
            button.setToolTip(f"{text} ({shortcut})")
        return button

    # ------------------------------------------------------------------------------------------ actions
    def refresh(self) -> None:
        user = self.session.user
        if user is None:
            return
        sees_all = self.session.can("customer.view_all")
        self._fill(self.officer_filter, [(f"{u.full_name}", u.id) for u in officers()], self.tr("Semua petugas"))
        self._fill(self.branch_filter, [(f"{b.code} — {b.name}", b.id) for b in Branch.select().order_by(Branch.code)],
                   self.tr("Semua cabang"))
        self.officer_filter.setVisible(sees_all)
        self.branch_filter.setVisible(sees_all and self.branch_filter.count() > 2)
        self.model._user = user
        self.apply_filter()
        self._update_due()
        if self.stack.currentIndex() == 1 and self.detail.customer_id:
            self.detail.load(self.detail.customer_id)

    def _fill(self, combo: QComboBox, items, all_label: str) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_label, None)
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(current)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)

    def current_filter(self) -> CustomerFilter:
        return CustomerFilter(text=self.search.text(), officer_id=self.officer_filter.currentData(),
                              branch_id=self.branch_filter.currentData(), status=self.status_filter.currentData())

    def apply_filter(self) -> None:
        self._timer.stop()
        try:
            self.model.set_filter(self.current_filter())
        except DomainError as exc:
            show_error(self, exc)
            return
        count = self.model.rowCount()
        self.count_label.setText(self.tr("{n} nasabah").format(n=f"{count:,}".replace(",", ".")))
        if count:
            self.table.selectRow(0)

    def _search_enter(self) -> None:
        self.apply_filter()
        if self.model.rowCount() == 1:
            self.open_detail(self.model.customer_id(0))
        elif self.model.rowCount():
            self.table.setFocus()

    def focus_search(self) -> None:
        self.show_list()
        self.search.setFocus()
        self.search.selectAll()

    def _toggle_unmask(self, on: bool) -> None:
        if on:
            try:
                C.audit_list_unmask(self.session.user, self.search.text() or self.tr("semua"))
            except DomainError as exc:
                show_error(self, exc)
                self.unmask_box.setChecked(False)
                return
        self.model.set_unmasked(on)

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.customer_id(index.row()) if index.isValid() else None

    def open_detail(self, customer_id: int | None) -> None:
        if customer_id is None:
            return
        try:
            self.detail.load(customer_id)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.stack.setCurrentIndex(1)
        self.detail.tabs.setFocus()

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        self.table.setFocus()

    def new_customer(self) -> None:
        from ui.customers.customer_form import CustomerFormDialog

        if not self.session.can("customer.edit"):
            return
        dialog = CustomerFormDialog(self.session, parent=self)
        dialog.exec()
        self._after_form(dialog)

    def edit_customer(self, customer_id: int) -> None:
        from ui.customers.customer_form import CustomerFormDialog

        try:
            dialog = CustomerFormDialog(self.session, customer_id, parent=self)
        except DomainError as exc:
            show_error(self, exc)
            return
        dialog.exec()
        self._after_form(dialog)

    def _after_form(self, dialog) -> None:
        if dialog.saved is not None:
            self.apply_filter()
            row = self.model.row_of(dialog.saved.id)
            if row >= 0:
                self.table.selectRow(row)
            if self.stack.currentIndex() == 1:
                self.detail.load(dialog.saved.id)
        elif dialog.open_existing_id is not None:
            self.open_detail(dialog.open_existing_id)

    def import_customers(self) -> None:
        from ui.customers.import_dialog import ImportDialog

        ImportDialog(self.session, self).exec()
        self.apply_filter()

    def export_customers(self, path: str | None = None):
        """Export the listed customers on a worker behind a progress dialog (a cancel leaves no file and no audit
        row); returns the :class:`ui.common.jobs.Job`."""
        from PySide6.QtWidgets import QFileDialog

        from models.customers.customer_import import export_customers
        from ui.common.jobs import start_job

        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Ekspor nasabah"), "nasabah.xlsx", "Excel (*.xlsx)")
        if not path:
            return None
        ids = list(self.model.ids)
        user = self.session.user
        return start_job(self, self.tr("Ekspor nasabah"), self.tr("Menulis data nasabah…"),
                         lambda progress: export_customers(user, path, ids, progress=progress),
                         on_done=lambda count: self.count_label.setText(
                             self.tr("{n} nasabah diekspor ke {path}").format(n=count, path=path)),
                         on_cancel=lambda: self.count_label.setText(
                             self.tr("Ekspor dibatalkan: tidak ada berkas yang ditulis.")))

    def open_dealers(self) -> None:
        from ui.customers.dealers import DealersDialog

        DealersDialog(self.session, self).exec()

    def reassign(self) -> None:
        """Move the accounts of one officer (all, or those the list shows) to another."""
        flt = self.current_filter()
        dialog = ReassignDialog(flt.officer_id, self)
        if not dialog.exec():
            return
        source, target, reason, only_listed = dialog.values()
        ids = None
        if only_listed:
            ids = [self.model.customer_id(r) for r in range(self.model.rowCount())]
        try:
            moved = C.reassign_portfolio(self.session.user, source, target, reason, customer_ids=ids)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.count_label.setText(self.tr("{n} nasabah dipindahkan").format(n=moved))
        self.session.notify("customers")
        self.apply_filter()

    def _update_due(self) -> None:
        """The button's count: one COUNT query (the list itself is read when the button is pressed)."""
        try:
            count = C.follow_ups_due_count(self.session.user, dt.date.today())
        except DomainError:
            count = 0
        self.followup_button.setText(self.tr("Tindak lanjut hari ini ({n})").format(n=count))

    def show_due(self) -> None:
        try:
            self._due = C.follow_ups_due(self.session.user, dt.date.today())
        except DomainError:
            self._due = []
        self.followup_button.setText(self.tr("Tindak lanjut hari ini ({n})").format(n=len(self._due)))
        dialog = DueDialog(self._due, self)
        if dialog.exec() and dialog.chosen is not None:
            self.open_detail(dialog.chosen)


class ReassignDialog(QDialog):
    """From officer, to officer, reason; optionally only the customers the list shows now."""

    def __init__(self, source_id: int | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pindah portofolio"))
        form = QFormLayout(self)
        self.source, self.target = QComboBox(), QComboBox()
        self.source.setObjectName("reassignFrom")
        self.target.setObjectName("reassignTo")
        for user in officers(active_only=False):
            shown = user.full_name + ("" if user.active else " " + self.tr("(nonaktif)"))
            self.source.addItem(shown, user.id)
            if user.active:
                self.target.addItem(user.full_name, user.id)
        if source_id is not None:
            self.source.setCurrentIndex(max(0, self.source.findData(source_id)))
        self.reason = QLineEdit()
        self.reason.setObjectName("reassignReason")
        self.reason.setPlaceholderText(self.tr("mis. petugas mengundurkan diri"))
        self.only_listed = QCheckBox(self.tr("Hanya nasabah yang tampil di daftar (sesuai pencarian/filter)"))
        form.addRow(self.tr("Dari petugas"), self.source)
        form.addRow(self.tr("Ke petugas"), self.target)
        form.addRow(self.tr("Alasan"), self.reason)
        form.addRow("", self.only_listed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Pindahkan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[int, int, str, bool]:
        return (self.source.currentData(), self.target.currentData(), self.reason.text(),
                self.only_listed.isChecked())


class DueDialog(QDialog):
    """The officer's follow-ups due today or overdue; double-click opens the customer."""

    def __init__(self, due, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tindak lanjut jatuh tempo"))
        self.resize(720, 400)
        self.chosen = None
        self.table = QTableWidget(len(due), 5)
        self.table.setHorizontalHeaderLabels([self.tr("Tanggal"), self.tr("Nasabah"), self.tr("Telepon"),
                                              self.tr("Catatan terakhir"), self.tr("Petugas")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for r, item in enumerate(due):
            when = item.next_contact.strftime("%d/%m/%Y")
            if item.overdue_days:
                when += " " + self.tr("(lewat {n} hari)").format(n=item.overdue_days)
            for c, value in enumerate((when, item.customer_name, item.phone, item.last_notes, item.officer)):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, item.customer_id)
                self.table.setItem(r, c, cell)
        self.table.resizeColumnsToContents()
        self.table.cellDoubleClicked.connect(self._choose)
        layout = QVBoxLayout(self)
        if not due:
            layout.addWidget(QLabel(self.tr("Tidak ada tindak lanjut yang jatuh tempo hari ini.")))
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _choose(self, row: int, _column: int) -> None:
        self.chosen = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        self.accept()


class CustomerDetail(QWidget):
    """One customer: Data / Pinjaman / Pembayaran / Simpanan / Tindak lanjut."""

    def __init__(self, session, page: CustomersPage):
        super().__init__(page)
        self.session = session
        self.page = page
        self.customer_id: int | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        back = QPushButton(self.tr("← Daftar nasabah"))
        back.setObjectName("backButton")
        back.clicked.connect(page.show_list)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.edit_button = QPushButton(icon("edit"), self.tr("Ubah"))
        self.edit_button.clicked.connect(lambda: self.customer_id and page.edit_customer(self.customer_id))
        self.reveal_button = QPushButton(icon("lock"), self.tr("Tampilkan NIK/telepon"))
        self.reveal_button.setToolTip(self.tr("Tercatat di jejak audit"))
        self.reveal_button.clicked.connect(self.reveal)
        top.addWidget(back)
        top.addWidget(self.title, 1)
        top.addWidget(self.reveal_button)
        top.addWidget(self.edit_button)
        layout.addLayout(top)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("customerTabs")
        self.data_tab = QWidget()
        self.data_form = QFormLayout(self.data_tab)
        self.tabs.addTab(self.data_tab, self.tr("Data"))
        for title, empty in ((self.tr("Pinjaman"), self.tr("Belum ada pinjaman.")),
                             (self.tr("Pembayaran"), self.tr("Belum ada pembayaran.")),
                             (self.tr("Simpanan"), self.tr("Belum ada simpanan."))):
            holder = QWidget()
            box = QVBoxLayout(holder)
            placeholder = QLabel(empty)
            placeholder.setStyleSheet(f"color: {COLORS['muted']};")
            box.addWidget(placeholder)
            box.addStretch(1)
            self.tabs.addTab(holder, title)
        self.follow_tab = FollowUpTab(session, self)
        self.tabs.addTab(self.follow_tab, self.tr("Tindak lanjut"))
        from ui.collections.page import CustomerCollectionHistory

        self.collection_tab = CustomerCollectionHistory(self)  # contacts, promises and letters (issue 15)
        self.tabs.addTab(self.collection_tab, self.tr("Penagihan"))
        layout.addWidget(self.tabs, 1)
        self._values: dict[str, QLabel] = {}

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if event.key() == Qt.Key.Key_Escape:
            self.page.show_list()
            return
        super().keyPressEvent(event)

    def load(self, customer_id: int) -> None:
        customer = C.get_customer(self.session.user, customer_id)
        self.customer_id = customer.id
        self.title.setText(customer.full_name)
        masked = C.masked_view(self.session.user, customer)
        self.edit_button.setEnabled(self.session.can("customer.edit") and (
            self.session.can("customer.view_all") or customer.officer_id == self.session.user.id))
        self.reveal_button.setVisible(self.session.can("customer.unmask"))
        while self.data_form.rowCount():
            self.data_form.removeRow(0)
        self._values = {}
        address = ", ".join(p for p in (customer.address, f"RT {customer.rt}/RW {customer.rw}"
                                        if customer.rt or customer.rw else "", customer.village, customer.district,
                                        customer.regency, customer.province, customer.postal_code) if p)
        rows = [
            ("nik", self.tr("NIK"), masked["nik"]),
            ("member_no", self.tr("No. anggota"), customer.member_no or "—"),
            ("status", self.tr("Status"), label(C.STATUSES.get(customer.status, customer.status))
             + (f" — {customer.status_reason}" if customer.status_reason else "")),
            ("birth", self.tr("Tempat/tgl lahir"),
             f"{customer.birth_place or '—'}, {customer.birth_date:%d/%m/%Y}"),
            ("gender", self.tr("Jenis kelamin"), label(C.GENDERS.get(customer.gender, customer.gender))),
            ("marital_status", self.tr("Status perkawinan"),
             label(C.MARITAL_STATUSES.get(customer.marital_status, "—"))),
            ("address", self.tr("Alamat"), address or "—"),
            ("phone", self.tr("Telepon"), masked["phone"] or "—"),
            ("occupation", self.tr("Pekerjaan"), " — ".join(p for p in (customer.occupation, customer.employer) if p)
             or "—"),
            ("income", self.tr("Penghasilan/pengeluaran"),
             f"{format_rupiah(customer.monthly_income)} / {format_rupiah(customer.monthly_expenses)}"),
            ("spouse", self.tr("Pasangan"), customer.spouse_name or "—"),
            ("emergency", self.tr("Kontak darurat"),
             " ".join(p for p in (customer.emergency_name, f"({customer.emergency_relation})"
                                  if customer.emergency_relation else "", masked["emergency_phone"]) if p) or "—"),
            ("home_ownership", self.tr("Status rumah"), label(C.HOME_OWNERSHIP.get(customer.home_ownership, "—"))),
            ("officer", self.tr("Petugas"), customer.officer.full_name + self._history(customer.id)),
            ("notes", self.tr("Catatan"), customer.notes or "—"),
        ]
        for key, caption, value in rows:
            widget = QLabel(value)
            widget.setObjectName(f"detail_{key}")
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            widget.setWordWrap(True)
            self._values[key] = widget
            self.data_form.addRow(caption, widget)
        # The form's rows are rebuilt on every load (removeRow deletes their widgets), so these are too.
        self.documents = QTableWidget(0, 3)
        self.documents.setObjectName("documentTable")
        self.documents.setHorizontalHeaderLabels([self.tr("Jenis"), self.tr("Berkas"), self.tr("Ukuran/lokasi")])
        self.documents.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.documents.verticalHeader().setVisible(False)
        self.documents.horizontalHeader().setStretchLastSection(True)
        self.documents.setMaximumHeight(140)
        self.document_kind = QComboBox()
        self.document_kind.setObjectName("documentKind")
        for code, text in C.DOCUMENT_KINDS.items():
            self.document_kind.addItem(label(text), code)
        self.attach_button = QPushButton(icon("add"), self.tr("Lampirkan berkas…"))
        self.attach_button.clicked.connect(self.choose_document)
        attach_row = QWidget()
        attach_layout = QHBoxLayout(attach_row)
        attach_layout.setContentsMargins(0, 0, 0, 0)
        attach_layout.addWidget(self.document_kind)
        attach_layout.addWidget(self.attach_button)
        attach_layout.addStretch(1)
        self.attach_button.setEnabled(self.edit_button.isEnabled())
        self.data_form.addRow(self.tr("Dokumen"), self.documents)
        self.data_form.addRow("", attach_row)
        self._load_documents()
        self.follow_tab.load(customer.id)
        self.collection_tab.load(customer.id)

    def _load_documents(self) -> None:
        docs = C.documents(self.session.user, self.customer_id)
        self.documents.setRowCount(len(docs))
        for r, doc in enumerate(docs):
            where = doc.path or self.tr("{kb} KB").format(kb=max(1, round(doc.size / 1024)))
            for c, value in enumerate((label(C.DOCUMENT_KINDS.get(doc.kind, doc.kind)), doc.filename, where)):
                self.documents.setItem(r, c, QTableWidgetItem(value))

    def choose_document(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Lampirkan berkas"), "",
                                              self.tr("Gambar dan PDF (*.jpg *.jpeg *.png *.pdf);;Semua (*)"))
        if path:
            self.attach_file(path)

    def attach_file(self, path: str) -> None:
        """Store the file's bytes with the customer (a file over 10 MB is kept as a path instead)."""
        import mimetypes
        from pathlib import Path

        file = Path(path)
        try:
            size = file.stat().st_size
            kwargs = {"path": str(file)} if size > C.MAX_DOCUMENT_BYTES else {"data": file.read_bytes()}
            C.attach_document(self.session.user, self.customer_id, self.document_kind.currentData(), file.name,
                              mime_type=mimetypes.guess_type(file.name)[0] or "", **kwargs)
        except OSError as exc:
            show_error(self, DomainError(self.tr("Berkas tidak bisa dibaca: {e}").format(e=exc.strerror)))
            return
        except DomainError as exc:
            show_error(self, exc)
            return
        self._load_documents()

    def _history(self, customer_id: int) -> str:
        transfers = C.transfer_history(self.session.user, customer_id)
        if not transfers:
            return ""
        last = transfers[0]
        before = last.from_officer.full_name if last.from_officer else "—"
        return " " + self.tr("(sebelumnya {name}, dipindah {date}: {reason})").format(
            name=before, date=f"{last.moved_at:%d/%m/%Y}", reason=last.reason)

    def reveal(self) -> None:
        if self.customer_id is None:
            return
        try:
            shown = C.reveal_customer(self.session.user, self.customer_id)
        except DomainError as exc:
            show_error(self, exc)
            return
        self._values["nik"].setText(shown["nik"])
        self._values["phone"].setText(shown["phone"] or "—")


class FollowUpTab(QWidget):
    """The customer's contact history and a small form to log the next one."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.customer_id: int | None = None
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("followUpTable")
        self.table.setHorizontalHeaderLabels([self.tr("Waktu"), self.tr("Jenis"), self.tr("Catatan"),
                                              self.tr("Kontak berikutnya")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        form = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("followUpKind")
        for code, text in C.FOLLOW_UP_KINDS.items():
            self.kind.addItem(label(text), code)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("followUpNotes")
        self.notes.setPlaceholderText(self.tr("Hasil kontak"))
        self.notes.setFixedHeight(54)
        self.has_next = QCheckBox(self.tr("Kontak lagi"))
        self.next_date = QDateEdit(QDate.currentDate().addDays(7))
        self.next_date.setDisplayFormat("dd/MM/yyyy")
        self.next_date.setCalendarPopup(True)
        self.next_date.setEnabled(False)
        self.has_next.toggled.connect(self.next_date.setEnabled)
        self.log_button = QPushButton(icon("save"), self.tr("Catat"))
        self.log_button.setObjectName("followUpLog")
        self.log_button.clicked.connect(self.log)
        self.log_button.setEnabled(session.can("followup.log"))
        form.addWidget(self.kind)
        form.addWidget(self.notes, 1)
        form.addWidget(self.has_next)
        form.addWidget(self.next_date)
        form.addWidget(self.log_button)
        layout.addLayout(form)

    def load(self, customer_id: int) -> None:
        self.customer_id = customer_id
        rows = C.follow_ups(self.session.user, customer_id)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = (row.contacted_at.strftime("%d/%m/%Y %H:%M"), label(C.FOLLOW_UP_KINDS.get(row.kind, row.kind)),
                      row.notes, row.next_contact.strftime("%d/%m/%Y") if row.next_contact else "")
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnToContents(0)

    def log(self) -> None:
        if self.customer_id is None:
            return
        next_contact = self.next_date.date().toPython() if self.has_next.isChecked() else None
        try:
            C.log_follow_up(self.session.user, self.customer_id, self.kind.currentData(),
                            self.notes.toPlainText(), next_contact=next_contact)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.notes.clear()
        self.has_next.setChecked(False)
        self.load(self.customer_id)
        self.session.notify("followups")
