"""Pengajuan: the credit applications from order to disbursement.

Left, the statuses with their counts (and, for approvers, their approval queue); in the middle the list of
applications (a lazy model: ids first, rows fetched in blocks, sorted in SQL); right, the selected
application with its survey, status log and the dealer's history.  The buttons under the list offer only what
the application's status and the user's role allow — and ``models/`` refuses the rest anyway.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from models.core.errors import DomainError
from models.core.money import format_rupiah
from models.credit import applications as apps
from models.credit import disbursement as disbursement_mod
from ui.common.dialogs import confirm, show_error
from ui.common.labels import label
from ui.common.lazy_model import WindowedIds
from ui.common.page_base import Page, set_focus_chain
from ui.common.tables import make_table

COL_NUMBER, COL_DATE, COL_CUSTOMER, COL_PRODUCT, COL_DEALER, COL_AMOUNT, COL_INSTALLMENT, COL_TENOR, COL_STATUS, \
    COL_OFFICER = range(10)
COLUMN_COUNT = 10
ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
BLOCK = 100
QUEUE = "__queue__"  # the approver's queue in the status list

_SORT_KEYS = {COL_NUMBER: "number", COL_DATE: "date", COL_CUSTOMER: "customer", COL_PRODUCT: "product",
              COL_DEALER: "dealer", COL_AMOUNT: "amount", COL_INSTALLMENT: "installment", COL_TENOR: "tenor",
              COL_STATUS: "status", COL_OFFICER: "officer"}
_STATUS_ORDER = ("draft", "surveyed", "submitted", "approved", "rejected", "contracted", "disbursed", "cancelled")


def _headers() -> list[str]:
    translate = QCoreApplication.translate  # under this name, with literals, lupdate extracts each call
    return [translate("ApplicationModel", "Nomor"), translate("ApplicationModel", "Tanggal"),
            translate("ApplicationModel", "Nasabah"), translate("ApplicationModel", "Produk"),
            translate("ApplicationModel", "Dealer"), translate("ApplicationModel", "Pokok"),
            translate("ApplicationModel", "Angsuran"), translate("ApplicationModel", "Tenor"),
            translate("ApplicationModel", "Status"), translate("ApplicationModel", "Petugas")]


class ApplicationTableModel(QAbstractTableModel):
    """Current application versions visible to a user, filtered by status and text, sorted in SQL."""

    def __init__(self, user, parent=None):
        super().__init__(parent)
        self._user = user
        self._status: str | None = None
        self._text = ""
        self._ids: list[int] = []
        self._rows: dict[int, apps.ApplicationRow] = {}
        self._sort = COL_DATE
        self._descending = True
        self._headers = _headers()

    def set_user(self, user) -> None:
        self._user = user
        self.reload()

    def set_filter(self, status: str | None, text: str = "") -> None:
        self._status, self._text = status, text
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        if self._user is None:
            self._ids = []
        elif self._status == QUEUE:
            self._ids = [a.id for a in apps.approval_queue(self._user)]
        else:
            user, status, text = self._user, self._status, self._text
            sort, descending = _SORT_KEYS[self._sort], self._descending
            self._ids = WindowedIds(apps.count_ids(user, status, text), lambda offset, limit: apps.list_ids(
                user, status, text, sort=sort, descending=descending, limit=limit, offset=offset))
        self._rows = {}
        self.loaded = True
        self.endResetModel()

    def application_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, app_id: int) -> int:
        return self._ids.index(app_id) if app_id in self._ids else -1

    # ---------------------------------------------------------------------------------------- Qt model
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def _row(self, row: int) -> apps.ApplicationRow | None:
        app_id = self._ids[row]
        if app_id is None:  # withdrawn since the list was counted
            return None
        if app_id not in self._rows:
            start = (row // BLOCK) * BLOCK
            block = [i for i in self._ids[start:start + BLOCK] if i is not None]
            self._rows.update({r.id: r for r in apps.application_rows(block)})
        return self._rows.get(app_id)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        r = self._row(index.row())
        if r is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in (COL_AMOUNT, COL_INSTALLMENT, COL_TENOR):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == SORT_ROLE:
            native = {COL_NUMBER: r.number, COL_DATE: r.created_on.toordinal(), COL_CUSTOMER: r.customer,
                      COL_PRODUCT: r.product, COL_DEALER: r.dealer, COL_AMOUNT: int(r.amount_financed * 100),
                      COL_INSTALLMENT: int(r.installment * 100), COL_TENOR: r.tenor, COL_STATUS: r.status,
                      COL_OFFICER: r.officer}
            return native[col]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            shown = {COL_NUMBER: r.number + (f" v{r.version}" if r.version > 1 else ""),
                     COL_DATE: r.created_on.strftime("%d/%m/%Y"), COL_CUSTOMER: r.customer, COL_PRODUCT: r.product,
                     COL_DEALER: r.dealer, COL_AMOUNT: format_rupiah(r.amount_financed),
                     COL_INSTALLMENT: format_rupiah(r.installment), COL_TENOR: str(r.tenor),
                     COL_STATUS: label(r.status_label), COL_OFFICER: r.officer}
            if role == Qt.ItemDataRole.ToolTipRole and col == COL_NUMBER and r.contract_no:
                return QCoreApplication.translate("ApplicationModel", "Kontrak {contract}").format(
                    contract=r.contract_no)
            return shown[col] if role == Qt.ItemDataRole.DisplayRole else None
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self._sort = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        if getattr(self, "loaded", False):  # before the first load the order is only recorded
            self.reload()


class ApplicationsPage(Page):
    topics = ("applications", "customers", "loans")

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.model = ApplicationTableModel(session.user, self)
        # How the page asks the user (tests replace these; CONVENTIONS: the domain asks, the view answers).
        self.ask_confirm = lambda title, text: confirm(self, title, text)
        self.ask_text = self._ask_text
        self._build()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.apply_filter)
        self.refresh()

    # ------------------------------------------------------------------------------------------ layout
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.title_label(self.tr("Pengajuan Kredit")))
        top.addStretch(1)
        self.search = QLineEdit()
        self.search.setObjectName("applicationSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Cari nomor, nasabah atau kontrak"))
        self.search.setMinimumWidth(280)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        top.addWidget(self.search)
        self.new_button = QPushButton(self.tr("Pengajuan baru"))
        self.new_button.setObjectName("newApplication")
        self.new_button.setShortcut("Ctrl+N")
        self.new_button.clicked.connect(self.new_application)
        top.addWidget(self.new_button)
        outer.addLayout(top)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.statuses = QListWidget()
        self.statuses.setObjectName("statusList")
        self.statuses.setMinimumWidth(175)
        self.statuses.setMaximumWidth(240)
        self.statuses.currentRowChanged.connect(lambda _r: self.apply_filter())
        split.addWidget(self.statuses)

        middle = QWidget()
        mid = QVBoxLayout(middle)
        mid.setContentsMargins(0, 0, 0, 0)
        self.table = make_table(self.model, name="applicationTable",
                                sort=(COL_DATE, Qt.SortOrder.DescendingOrder),
                                widths={COL_NUMBER: 165, COL_DATE: 92, COL_CUSTOMER: 160, COL_PRODUCT: 100,
                                        COL_DEALER: 150, COL_AMOUNT: 112, COL_INSTALLMENT: 100, COL_TENOR: 44,
                                        COL_STATUS: 80})
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_selected())
        self.table.doubleClicked.connect(lambda _i: self.default_action())
        mid.addWidget(self.table, 1)
        actions = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, caption, slot in (("edit", self.tr("Ubah"), self.edit_selected),
                                   ("survey", self.tr("Survei"), self.survey_selected),
                                   ("submit", self.tr("Ajukan"), self.submit_selected),
                                   ("decide", self.tr("Putuskan…"), self.decide_selected),
                                   ("contract", self.tr("Buat kontrak"), self.contract_selected),
                                   ("disburse", self.tr("Cairkan…"), self.disburse_selected),
                                   ("cancel", self.tr("Batalkan"), self.cancel_selected)):
            button = QPushButton(caption)
            button.setObjectName(f"action_{key}")
            button.clicked.connect(slot)
            actions.addWidget(button)
            self.buttons[key] = button
        self.print_button = QPushButton(self.tr("Cetak"))
        self.print_button.setObjectName("action_print")
        self.print_menu = QMenu(self)
        self.print_actions = {
            "letter": self.print_menu.addAction(self.tr("Surat untuk dealer"), lambda: self.print_document("letter")),
            "contract": self.print_menu.addAction(self.tr("Ringkasan kontrak"),
                                                  lambda: self.print_document("contract")),
            "po": self.print_menu.addAction(self.tr("Purchase order ke dealer"), lambda: self.print_document("po")),
            "agreement": self.print_menu.addAction(self.tr("Perjanjian pembiayaan lengkap"),
                                                   lambda: self.print_document("agreement")),
        }
        self.print_button.setMenu(self.print_menu)
        actions.addWidget(self.print_button)
        actions.addStretch(1)
        # The actions get a full-width row under the title: squeezed under the list they were unreadable.
        outer.insertLayout(1, actions)
        self.count_label = QLabel()
        self.count_label.setObjectName("applicationCount")
        mid.addWidget(self.count_label)
        split.addWidget(middle)

        # Right: the application with its survey, and under it the dealer's history (the dealer's question).
        side = QSplitter(Qt.Orientation.Vertical)
        self.detail = QTextBrowser()
        self.detail.setObjectName("applicationDetail")
        self.dealer_box = QTextBrowser()
        self.dealer_box.setObjectName("dealerHistory")
        side.addWidget(self.detail)
        side.addWidget(self.dealer_box)
        side.setSizes([560, 200])
        side.setMinimumWidth(320)
        split.addWidget(side)
        split.setSizes([185, 700, 380])
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 2)
        outer.addWidget(split, 1)
        set_focus_chain(self, self.search, self.new_button, self.statuses, self.table,
                        *self.buttons.values(), self.print_button, self.detail, self.dealer_box)

    # ------------------------------------------------------------------------------------------ data
    def refresh(self) -> None:
        user = self.session.user
        self.new_button.setEnabled(self.session.can("application.create"))
        current = self.statuses.currentItem().data(Qt.ItemDataRole.UserRole) if self.statuses.currentItem() else None
        counts = apps.status_counts(officer=user if user is not None and user.role == "officer" else None)
        self.statuses.blockSignals(True)
        self.statuses.clear()
        entries = [(None, self.tr("Semua ({n})").format(n=sum(counts.values())))]
        if self.session.can("application.approve") and user is not None:
            entries.append((QUEUE, self.tr("Antrian persetujuan ({n})").format(n=len(apps.approval_queue(user)))))
        entries += [(s, f"{label(apps.STATUS_LABELS[s])} ({counts.get(s, 0)})") for s in _STATUS_ORDER]
        for code, text in entries:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.statuses.addItem(item)
        row = next((i for i, (code, _t) in enumerate(entries) if code == current), 0)
        self.statuses.setCurrentRow(row)
        self.statuses.blockSignals(False)
        self.model.set_user(user)
        self.apply_filter()

    def apply_filter(self) -> None:
        item = self.statuses.currentItem()
        status = item.data(Qt.ItemDataRole.UserRole) if item else None
        keep = self.selected_id()
        self.model.set_filter(status, self.search.text())
        self.count_label.setText(self.tr("{n} pengajuan").format(n=self.model.rowCount()))
        if keep is not None and self.model.row_of(keep) >= 0:
            self.select(keep)
        elif self.model.rowCount():
            self.table.selectRow(0)
        self.show_selected()

    def select_status(self, status: str | None) -> None:
        for i in range(self.statuses.count()):
            if self.statuses.item(i).data(Qt.ItemDataRole.UserRole) == status:
                self.statuses.setCurrentRow(i)
                return

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.application_id(index.row()) if index.isValid() else None

    def selected(self) -> apps.Application | None:
        app_id = self.selected_id()
        return apps.Application.get_or_none(apps.Application.id == app_id) if app_id else None

    def select(self, app_id: int) -> None:
        row = self.model.row_of(app_id)
        if row >= 0:
            self.table.selectRow(row)

    def show_selected(self) -> None:
        from ui.credit.approval_dialog import application_html, dealer_html

        app = self.selected()
        self._update_buttons(app)
        if app is None:
            self.detail.setHtml(f"<p><i>{self.tr('Pilih pengajuan di daftar.')}</i></p>")
            self.dealer_box.clear()
            return
        self.detail.setHtml(application_html(app))
        self.dealer_box.setHtml(dealer_html(app))

    def _update_buttons(self, app) -> None:
        can = self.session.can
        status = app.status if app is not None else ""
        officer = can("application.create")
        states = {
            "edit": officer and status in apps.EDITABLE_STATUSES,
            "survey": officer and status in apps.EDITABLE_STATUSES,
            "submit": officer and status == "surveyed",
            "decide": can("application.approve") and status == "submitted",
            "contract": can("application.contract") and status == "approved",
            "disburse": can("loan.disburse") and status == "contracted",
            "cancel": (officer or can("application.approve")) and status in
            ("draft", "surveyed", "submitted", "approved", "contracted"),
        }
        for key, button in self.buttons.items():
            button.setEnabled(bool(states[key]))
        decided = app is not None and status in ("rejected",) or (app is not None and app.version > 1)
        self.print_actions["letter"].setEnabled(bool(decided))
        self.print_actions["contract"].setEnabled(app is not None and bool(app.contract_no))
        self.print_actions["po"].setEnabled(app is not None and bool(app.contract_no) and bool(app.dealer_id))
        self.print_actions["agreement"].setEnabled(app is not None and bool(app.contract_no))
        self.print_button.setEnabled(app is not None and any(a.isEnabled() for a in self.print_actions.values()))

    def default_action(self) -> None:
        for key in ("decide", "survey", "submit", "contract", "disburse"):
            if self.buttons[key].isEnabled():
                self.buttons[key].click()
                return

    # ------------------------------------------------------------------------------------------ actions
    def _after(self, app_id: int | None) -> None:
        self.session.notify("applications")
        self.refresh()
        if app_id is not None:
            self.select(app_id)
            self.show_selected()

    def make_form(self, app=None):
        from ui.credit.application_form import ApplicationForm

        return ApplicationForm(self.session, app, self)

    def new_application(self) -> None:
        form = self.make_form()
        if form.exec() and form.saved is not None:
            self._after(form.saved.id)

    def edit_selected(self) -> None:
        app = self.selected()
        if app is None:
            return
        form = self.make_form(app)
        if form.exec() and form.saved is not None:
            self._after(form.saved.id)

    def make_survey_form(self, app=None):
        from ui.credit.survey_form import SurveyForm

        return SurveyForm(self.session, app or self.selected(), self)

    def survey_selected(self) -> None:
        if self.selected() is None:
            return
        form = self.make_survey_form()
        if form.exec():
            self._after(form.app.id)

    def _run(self, fn, *args):
        try:
            return fn(*args)
        except DomainError as exc:
            show_error(self, exc)
            return None

    def submit_selected(self) -> None:
        app = self.selected()
        if app is not None and self._run(apps.submit_application, self.session.user, app.id) is not None:
            self._after(app.id)

    def make_approval_dialog(self, app=None):
        from ui.credit.approval_dialog import ApprovalDialog

        return ApprovalDialog(self.session, app or self.selected(), self)

    def decide_selected(self) -> None:
        if self.selected() is None:
            return
        dialog = self.make_approval_dialog()
        if dialog.exec() and dialog.result_app is not None:
            self._after(dialog.result_app.id)

    def contract_selected(self) -> None:
        from models.credit.disbursement import create_contract

        app = self.selected()
        if app is None:
            return
        if not self.ask_confirm(self.tr("Buat kontrak"), self.tr(
                "Buat kontrak untuk {customer}, pokok {amount}? Nomor kontrak diambil dari urutan cabang dan "
                "tidak dapat dipakai ulang.").format(customer=app.customer.full_name,
                                                     amount=format_rupiah(app.amount_financed))):
            return
        if self._run(create_contract, self.session.user, app.id) is not None:
            self._after(app.id)

    def make_disbursement_dialog(self, app=None):
        from ui.credit.approval_dialog import DisbursementDialog

        return DisbursementDialog(self.session, app or self.selected(), self)

    def disburse_selected(self) -> None:
        if self.selected() is None:
            return
        dialog = self.make_disbursement_dialog()
        if dialog.exec() and dialog.loan is not None:
            self._after(dialog.app.id)

    def _ask_text(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, label)
        return text if ok else None

    def cancel_selected(self) -> None:
        app = self.selected()
        if app is None:
            return
        reason = self.ask_text(self.tr("Batalkan pengajuan"), self.tr("Alasan pembatalan:"))
        if reason is None:
            return
        if self._run(disbursement_mod.cancel_application, self.session.user, app.id, reason) is not None:
            self._after(app.id)

    def write_document(self, kind: str, path: str | Path | None = None) -> Path | None:
        """Write the selected application's letter / contract / PO to a PDF and return its path."""
        from reports import application_pdf as pdf
        from reports.customer_papers import write_agreement_pdf

        app = self.selected()
        if app is None:
            return None
        writer = {"letter": pdf.write_dealer_letter, "contract": pdf.write_contract_summary,
                  "po": pdf.write_purchase_order, "agreement": write_agreement_pdf}[kind]
        if path is None:  # for the preview: in Angsur's known work folder, removed after (issue 19, item 7)
            from models.core.workdir import make_work_dir

            safe = (app.contract_no or app.number).replace("/", "-")
            path = make_work_dir("doc") / f"angsur-{kind}-{safe}.pdf"
        try:
            return writer(app, path, printed_by=self.session.user.full_name if self.session.user else None)
        except (DomainError, ValueError) as exc:
            show_error(self, exc if isinstance(exc, DomainError) else DomainError(str(exc)))
            return None

    def print_document(self, kind: str) -> None:
        path = self.write_document(kind)
        if path is None:
            return
        try:
            from ui.common.printing import print_pdf
        except ImportError:  # the print preview is not delivered: open the PDF with the system viewer
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
            return
        try:
            print_pdf(self, path)
        finally:
            from models.core.workdir import FOLDER_NAME, remove_work_dir

            if path.parent.parent.name == FOLDER_NAME:
                remove_work_dir(path.parent)
