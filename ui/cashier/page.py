"""The cashier's counter: find the loan, see what is owed, take the money, print the kwitansi.

The flow is keyboard-first: type part of a contract number, a name or a NIK (results after two characters),
Enter/Down picks the loan; arrears and late fees show BEFORE any amount is accepted; quick buttons fill the
amount ("1 angsuran", "semua tunggakan", "pelunasan"); Ctrl+Enter posts; the receipt opens in the print
preview.  A late-fee waiver needs a supervisor to log in on the spot (four eyes: never the cashier).
Each payment form carries an idempotency key, so pressing "Terima" twice never posts twice.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from models.core.money import ZERO, format_rupiah
from ui.common.dialogs import add_supervisor_login
from ui.common.labels import label
from ui.common.money_edit import MoneyEdit
from ui.common.page_base import Page, set_focus_chain
from ui.common.tables import make_table
from ui.loans.loan_view import LoanView, RowsModel, print_receipt

COL_CONTRACT, COL_CUSTOMER, COL_STATUS, COL_OUTSTANDING = range(4)


class SupervisorDialog(QDialog):
    """A supervisor approves a late-fee waiver at the counter with their own login and a reason."""

    def __init__(self, amount: Decimal, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Persetujuan penghapusan denda"))
        form = QFormLayout(self)
        self.amount = MoneyEdit(self)
        self.amount.setValue(amount)
        self.reason = QLineEdit(self)
        form.addRow(self.tr("Denda dihapus"), self.amount)
        form.addRow(self.tr("Alasan"), self.reason)
        self.username, self.password = add_supervisor_login(form, self)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def waiver(self):
        """The :class:`models.cashier.payments.Waiver` approved by the supervisor who logged in (raises on a bad login)."""
        from models.cashier.payments import Waiver
        from models.core.users import authenticate

        approver = authenticate(self.username.text().strip(), self.password.text())
        return Waiver(self.amount.value() or ZERO, self.reason.text().strip(), approver)


class CashierPage(Page):
    topics = ("payments", "loans")

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        from models.core.idempotency import new_key

        self._new_key = new_key
        self.key = new_key()
        self.loan = None
        self.counter = None
        self.payoff_mode = False
        self.waiver = None
        self.last_result = None

        root = QVBoxLayout(self)
        root.addWidget(self.title_label(self.tr("Kasir")))
        split = QSplitter(Qt.Horizontal)
        root.addWidget(split, 1)

        left = QWidget()
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("No. kontrak, nama nasabah atau NIK…"))
        self.search.setClearButtonEnabled(True)
        lbox.addWidget(self.search)
        self.results_model = RowsModel([self.tr("No. kontrak"), self.tr("Nasabah"), self.tr("Status"),
                                        self.tr("Sisa pokok")], self)
        self.results = make_table(self.results_model)
        # The name takes what is left (elided, whole in its tooltip); the contract and the figure never shrink.
        self.results.horizontalHeader().setStretchLastSection(False)
        self.results.horizontalHeader().setSectionResizeMode(COL_CUSTOMER, QHeaderView.Stretch)
        lbox.addWidget(self.results, 1)
        lbox.addWidget(QLabel(self.tr("Kwitansi hari ini")))
        self.today_model = RowsModel([self.tr("No. kwitansi"), self.tr("Kontrak"), self.tr("Jumlah"),
                                      self.tr("Status")], self)
        self.today_table = make_table(self.today_model)
        self.today_table.horizontalHeader().setStretchLastSection(False)
        self.today_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        # One cashier's receipts of one day (tens, not thousands): the number and the amount always fit their
        # contents, so "1.520.1…" is never cut; the contract takes what is left.
        for column in (0, 2):
            self.today_table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeToContents)
        lbox.addWidget(self.today_table, 1)
        self.today_total = QLabel()
        lbox.addWidget(self.today_total)
        day_row = QHBoxLayout()
        self.cash_report_button = QPushButton(self.tr("Laporan kas harian…"))
        self.day_close_button = QPushButton(self.tr("Tutup kas…"))
        day_row.addWidget(self.cash_report_button)
        day_row.addWidget(self.day_close_button)
        lbox.addLayout(day_row)
        split.addWidget(left)

        right = QWidget()
        rbox = QVBoxLayout(right)
        rbox.setContentsMargins(0, 0, 0, 0)
        pay_box = QGroupBox(self.tr("Terima pembayaran"))
        form = QFormLayout(pay_box)
        self.owed = QLabel(self.tr("Pilih pinjaman lebih dulu."))
        self.owed.setWordWrap(True)
        self.owed.setStyleSheet("font-size: 13px;")
        form.addRow(self.owed)
        quick = QHBoxLayout()
        self.one_button = QPushButton(self.tr("1 angsuran"))
        self.all_button = QPushButton(self.tr("Semua tunggakan"))
        self.payoff_button = QPushButton(self.tr("Pelunasan"))
        self.payoff_button.setEnabled(session.can("loan.payoff"))
        for b in (self.one_button, self.all_button, self.payoff_button):
            quick.addWidget(b)
        form.addRow(self.tr("Isi cepat"), quick)
        self.amount = MoneyEdit()
        form.addRow(self.tr("Jumlah diterima"), self.amount)
        # a cooperative's member pays the month's simpanan wajib on the same receipt (models.savings)
        self.wajib = MoneyEdit()
        self.wajib_label = QLabel(self.tr("Simpanan wajib"))
        form.addRow(self.wajib_label, self.wajib)
        self.wajib.setVisible(False)
        self.wajib_label.setVisible(False)
        self.member = None
        self.method = QComboBox()
        from models.cashier.payments import METHOD_LABELS

        for code, text in METHOD_LABELS.items():
            self.method.addItem(label(text), code)
        form.addRow(self.tr("Cara bayar"), self.method)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("No. referensi transfer / payment point"))
        form.addRow(self.tr("Referensi"), self.reference)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setDate(dt.date.today())
        self.date.setEnabled(session.can("payment.reverse"))  # back-dating is a supervisor's correction
        form.addRow(self.tr("Tanggal"), self.date)
        # A transfer found later on the bank statement keeps the day the money arrived (issue 13, item 9):
        # allocation, late fee and days past due follow it; the journal goes on the first open day.
        valuta = QHBoxLayout()
        self.value_check = QCheckBox(self.tr("dana masuk lebih awal, tanggal valuta:"))
        self.value_date = QDateEdit()
        self.value_date.setCalendarPopup(True)
        self.value_date.setDisplayFormat("dd/MM/yyyy")
        self.value_date.setDate(dt.date.today())
        self.value_date.setEnabled(False)
        self.value_check.toggled.connect(self.value_date.setEnabled)
        self.value_check.toggled.connect(lambda _on: self.refresh())
        self.value_date.dateChanged.connect(lambda _d: self.refresh() if self.value_check.isChecked() else None)
        valuta.addWidget(self.value_check)
        valuta.addWidget(self.value_date)
        valuta.addStretch(1)
        form.addRow(self.tr("Valuta"), valuta)
        actions = QHBoxLayout()
        self.waive_button = QPushButton(self.tr("Hapus denda (supervisor)…"))
        self.post_button = QPushButton(self.tr("Terima && cetak kwitansi"))
        self.post_button.setDefault(True)
        self.post_button.setObjectName("primary")
        actions.addWidget(self.waive_button)
        actions.addStretch(1)
        actions.addWidget(self.post_button)
        form.addRow(actions)
        self.mode_label = QLabel()
        self.mode_label.setStyleSheet("color: #8a4b00; font-weight: 600;")
        form.addRow(self.mode_label)
        self.mode_label.hide()  # shown only when it says something: at 720 px every row of height counts
        rbox.addWidget(pay_box)
        self.view = LoanView(session, right, compact=True)
        rbox.addWidget(self.view, 1)
        split.addWidget(right)
        left.setMinimumWidth(410)  # contract, name (elided), status and the outstanding figure whole at 1280 px
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        split.setSizes([410, 690])

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.pick_first)
        self.results.doubleClicked.connect(lambda index: self.pick_row(index.row()))
        self.results.activated.connect(lambda index: self.pick_row(index.row()))
        self.one_button.clicked.connect(lambda: self.fill("one"))
        self.all_button.clicked.connect(lambda: self.fill("all"))
        self.payoff_button.clicked.connect(lambda: self.fill("payoff"))
        self.post_button.clicked.connect(self.post)
        self.cash_report_button.clicked.connect(self.open_cash_report)
        self.day_close_button.clicked.connect(self.close_day)
        self.waive_button.clicked.connect(self.ask_waiver)
        self.amount.valueChanged.connect(self._amount_edited)
        self.view.changed.connect(self.refresh)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.post)
        QShortcut(QKeySequence("Ctrl+Enter"), self, activated=self.post)  # the keypad's Enter
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.search.setFocus)
        # Quick fills from the keyboard: Alt+1 one installment, Alt+2 all arrears, Alt+3 payoff.
        for n, (what, button) in enumerate((("one", self.one_button), ("all", self.all_button),
                                            ("payoff", self.payoff_button)), start=1):
            QShortcut(QKeySequence(f"Alt+{n}"), self,
                      activated=lambda w=what, b=button: self.fill(w) if b.isEnabled() else None)
            button.setToolTip(self.tr("Alt+{n}").format(n=n))
        self.post_button.setToolTip(self.tr("Ctrl+Enter"))
        # Tab goes the way the work goes: search, results, amount, method, reference, post; the rest after.
        # The value date (an early transfer) sits between the reference and the post button, as on the form;
        # the lists give Tab up (the arrow keys move inside them).
        set_focus_chain(self, self.search, self.results, self.amount, self.method, self.reference,
                        self.value_check, self.value_date, self.post_button, self.one_button, self.all_button,
                        self.payoff_button, self.waive_button, self.date, self.today_table)
        self._update_buttons()
        self.refresh_today()

    # ---------------------------------------------------------------------------------------------- search
    def run_search(self) -> None:
        from models.cashier.payments import find_loans
        from models.loans.loans import STATUS_LABELS

        text = self.search.text().strip()
        loans = find_loans(self.session.user, text) if len(text) >= 2 else []
        self.results_model.set_rows(
            [(l.contract_no, l.customer.full_name, label(STATUS_LABELS.get(l.status, l.status)),
              l.outstanding_principal)
             for l in loans], [l.id for l in loans])
        if loans:
            self.results.selectRow(0)

    def pick_first(self) -> None:
        """Enter in the search box: the highlighted result (Down/Up move it), else the first."""
        self._search_timer.stop()
        current = self.results.currentIndex().row() if self.results_model.rowCount() else -1
        self.run_search()
        if self.results_model.rowCount():
            self.pick_row(current if 0 <= current < self.results_model.rowCount() else 0)

    def pick_row(self, row: int) -> None:
        from models.loans.loans import Loan

        key = self.results_model.key(row)
        if key is not None:
            self.set_loan(Loan.get_by_id(key))

    def set_loan(self, loan) -> None:
        self.loan = loan
        self.key = self._new_key()
        self.payoff_mode = False
        self.waiver = None
        self.amount.setValue(None)
        self.reference.clear()
        self._set_member()
        self.refresh()
        self.amount.setFocus()

    def _set_member(self) -> None:
        """Show the wajib field when the borrower is a cooperative member, filled with a month's wajib if owed."""
        from models.savings.savings import Member, account_of, wajib_arrears

        self.member = Member.get_or_none((Member.customer == self.loan.customer_id) & (Member.status == "active")) \
            if self.loan is not None else None
        wajib = account_of(self.member, "wajib") if self.member is not None else None
        self.wajib.setValue(None)
        if wajib is None:
            self.member = None
        elif wajib_arrears(self.member, self.pay_date()).owed > 0:
            self.wajib.setValue(wajib.product.fixed_amount)
        self.wajib.setVisible(self.member is not None)
        self.wajib_label.setVisible(self.member is not None)

    # -------------------------------------------------------------------------------------------- display
    def pay_date(self) -> dt.date:
        return self.date.date().toPython()

    def valuta(self) -> dt.date | None:
        """The value date when the money arrived earlier than it is booked, else ``None``."""
        return self.value_date.date().toPython() if self.value_check.isChecked() else None

    def as_of(self) -> dt.date:
        return self.valuta() or self.pay_date()

    def refresh(self) -> None:
        from models.cashier.payments import counter_view
        from models.loans.loans import Loan

        if self.loan is not None:
            self.loan = Loan.get_by_id(self.loan.id)
            self.counter = counter_view(self.loan, self.as_of())
            c = self.counter
            parts = [self.tr("Tunggakan {n} angsuran: <b>{arrears}</b>").format(n=c.overdue_count,
                                                                                 arrears=format_rupiah(c.arrears)),
                     self.tr("Denda: <b>{fee}</b>").format(fee=format_rupiah(c.late_fees))]
            if c.advance > 0:
                parts.append(self.tr("Titipan: {adv}").format(adv=format_rupiah(c.advance)))
            parts.append(self.tr("Untuk lunas tunggakan: <b>{all}</b>").format(all=format_rupiah(c.all_arrears)))
            self.owed.setText(" · ".join(parts))
            color = "#b00020" if c.overdue_count else "#2e7d32"
            self.owed.setStyleSheet(f"font-size: 13px; color: {color};")
            self.view.set_loan(self.loan, self.as_of())
        else:
            self.counter = None
        self._update_buttons()
        self.refresh_today()

    def refresh_today(self) -> None:
        from models.cashier.payments import Payment

        user = self.session.user
        if user is None:
            return
        from peewee import fn

        # The receipts this cashier booked today (a transfer found late keeps its earlier value date); postings
        # that move no money (an advance applied, a rounding adjustment) are not receipts.
        # Found through the date indexes (booked today, or dated today): "cashier_id + 0" keeps SQLite off the
        # cashier index, which walked every receipt the cashier ever booked (0,4 s at 1,8 million, issue 18).
        today = dt.date.today()
        rows = list(Payment.select().where(((Payment.booked_on == today) | (Payment.date == today))
                                           & (fn.COALESCE(Payment.booked_on, Payment.date) == today)
                                           & ((Payment.cashier + 0) == user.id)
                                           & Payment.kind.in_(["installment", "payoff"]))
                    .order_by(Payment.id.desc()))
        self.today_model.set_rows([(p.receipt_no, p.loan.contract_no, p.amount,
                                    self.tr("Berlaku") if p.status == "posted" else self.tr("Dibatalkan"))
                                   for p in rows], [p.id for p in rows],
                                  [None if p.status == "posted" else "#9e9e9e" for p in rows])
        total = sum((p.amount for p in rows if p.status == "posted"), ZERO)
        self.today_total.setText(self.tr("{n} kwitansi, jumlah {total}").format(n=len(rows),
                                                                               total=format_rupiah(total)))

    def _update_buttons(self) -> None:
        active = self.loan is not None and self.loan.status == "active"
        for b in (self.one_button, self.all_button, self.post_button, self.amount, self.waive_button):
            b.setEnabled(active)
        self.payoff_button.setEnabled(active and self.session.can("loan.payoff"))
        self.waive_button.setEnabled(active and self.counter is not None and self.counter.late_fees > 0)
        mode = []
        if self.payoff_mode:
            mode.append(self.tr("Mode: PELUNASAN DIPERCEPAT — pinjaman akan ditutup"))
        if self.waiver is not None:
            mode.append(self.tr("Denda dihapus {amount} (disetujui {who})").format(
                amount=format_rupiah(self.waiver.amount), who=self.waiver.approved_by.full_name))
        self.mode_label.setText("\n".join(mode))
        self.mode_label.setVisible(bool(mode))

    # -------------------------------------------------------------------------------------------- actions
    def fill(self, what: str) -> None:
        c = self.counter
        if c is None:
            return
        self.payoff_mode = what == "payoff"
        waived = self.waiver.amount if self.waiver is not None else ZERO
        if what == "one":
            amount = c.next_installment
        elif what == "all":
            amount = max(ZERO, c.all_arrears - waived)
        else:
            amount = c.payoff.total if c.payoff is not None else ZERO
        self._filling = True
        self.amount.setValue(amount)
        self._filling = False
        self._update_buttons()

    def _amount_edited(self, _value) -> None:
        if not getattr(self, "_filling", False) and self.payoff_mode:
            self.payoff_mode = False  # a typed amount is a normal payment again
            self._update_buttons()

    def ask_waiver(self) -> None:
        from models.core.errors import DomainError
        from ui.common.dialogs import show_error

        if self.counter is None:
            return
        dialog = SupervisorDialog(self.counter.late_fees, self)
        if dialog.exec() != QDialog.Accepted:
            return
        try:
            self.waiver = dialog.waiver()
        except DomainError as exc:
            show_error(self, exc)
            return
        self._update_buttons()

    def post(self):
        """Post the payment (or the payoff) and open the receipt's print preview.  Returns the result."""
        from models.cashier.payments import Payment, post_payment, settle_early
        from ui.common.dialogs import run_action

        if self.loan is None or self.loan.status != "active":
            return None
        amount = self.amount.value()
        method = self.method.currentData()
        if self.payoff_mode:
            result = run_action(self, settle_early, self.session.user, self.loan, self.pay_date(), method,
                                idempotency_key=self.key, reference=self.reference.text(), amount=amount)
        elif self.member is not None and (self.wajib.value() or ZERO) > 0:
            from models.savings.savings import collect_with_installment

            both = run_action(self, collect_with_installment, self.session.user, self.member, self.loan,
                              amount if amount is not None else ZERO, self.wajib.value(), self.pay_date(), method,
                              idempotency_key=self.key, reference=self.reference.text(), waiver=self.waiver)
            result = both.extra["payment"] if both is not None else None
            if result is not None:
                self.session.notify("savings")
        else:
            result = run_action(self, post_payment, self.session.user, self.loan, amount if amount is not None
                                else ZERO, self.pay_date(), method, idempotency_key=self.key,
                                reference=self.reference.text(), waiver=self.waiver, value_date=self.valuta())
        if result is None:
            return None
        self.last_result = result
        self.key = self._new_key()
        self.payoff_mode = False
        self.waiver = None
        self.amount.setValue(None)
        self.value_check.setChecked(False)
        self._set_member()
        self.session.notify("payments")
        self.refresh()
        print_receipt(self, Payment.get_by_id(result.payment_id), self.session)
        return result

    # --------------------------------------------------------------------------------------- the cashier's day
    def open_cash_report(self):
        """The day's cash report for this cashier in the print preview (print or save as PDF)."""
        from ui.reports.report_actions import preview_cash_report

        return preview_cash_report(self, self.session, self.pay_date(), cashier=self.session.user)

    def close_day(self):
        """Count the drawer and close this cashier's day (DayCloseDialog); returns the close result or None."""
        from ui.cashier.day_close_dialog import DayCloseDialog

        dialog = DayCloseDialog(self.session, self.pay_date(), self)
        dialog.exec()
        if dialog.result_record is not None:
            self.refresh_today()
        return dialog.result_record
