"""The loan account view: everything about one loan on one screen.

Header figures (outstanding principal, arrears, late fees, days past due, collectibility, next due date,
titipan), the schedule with each installment's paid/unpaid state, and the payments with their receipts.  A
supervisor reverses a payment from here (with a reason; never their own), and anyone may ask for a payoff quote.
Used on its own (opened from the loans list) and inside the cashier's page.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.core.money import format_amount, format_rupiah, to_minor
from ui.common.focus import chain_as_laid_out
from ui.common.labels import label
from ui.common.tables import make_table

SORT_ROLE = Qt.UserRole + 1


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format_amount(value, 0 if value == value.to_integral_value() else 2)
    if isinstance(value, dt.date):
        return f"{value:%d/%m/%Y}"
    return str(value)


_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class RowsModel(QAbstractTableModel):
    """A small read-only table of plain rows (a loan's schedule, its payments, search hits).

    These lists are bounded by one loan's tenor or a search limit, so they are held whole; the sort role
    returns native values (integer sen for money) so a proxy or a header click sorts numbers, not text.
    """

    def __init__(self, headers: list[str], parent=None):
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[tuple] = []
        self.keys: list = []
        self.colors: list = []

    def set_rows(self, rows: list[tuple], keys: list | None = None, colors: list | None = None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.keys = list(keys) if keys is not None else list(range(len(self.rows)))
        self.colors = list(colors) if colors is not None else [None] * len(self.rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if role == Qt.DisplayRole and orientation == Qt.Horizontal and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        # Roles compared with module constants: PySide's Qt.DisplayRole-style lookups cost microseconds each, and a
        # table asks every cell for several roles at each paint.
        row = index.row()
        if not (0 <= row < len(self.rows)) or not index.isValid():
            return None
        value = self.rows[row][index.column()]
        if role == _DISPLAY or role == Qt.ItemDataRole.ToolTipRole:  # a narrowed column elides; the tooltip keeps it
            return _text(value)
        if role == SORT_ROLE:
            if isinstance(value, Decimal):
                return to_minor(value)
            if isinstance(value, dt.date):
                return value.toordinal()
            return value
        if role == _ALIGN:
            return _RIGHT if isinstance(value, (Decimal, int)) else _LEFT
        if role == _FOREGROUND and self.colors[row] is not None:
            from PySide6.QtGui import QColor

            return QColor(self.colors[row])
        return None

    def key(self, row: int):
        return self.keys[row] if 0 <= row < len(self.keys) else None


#: The captions of models.cashier.payments.payoff_quote's lines, marked for lupdate and translated where shown.
QUOTE_LINES = (
    QT_TRANSLATE_NOOP("LoanView", "Sisa pokok"), QT_TRANSLATE_NOOP("LoanView", "Bunga berjalan dan tertunggak"),
    QT_TRANSLATE_NOOP("LoanView", "Penalti pelunasan"), QT_TRANSLATE_NOOP("LoanView", "Denda"),
    QT_TRANSLATE_NOOP("LoanView", "Titipan dipakai"), QT_TRANSLATE_NOOP("LoanView", "Bunga yang dibebaskan"),
)


class LoanView(QWidget):
    """One loan: figures, schedule, payments; reverse a payment (supervisor) and quote a payoff."""

    changed = Signal()

    def __init__(self, session, parent=None, *, compact: bool = False):
        super().__init__(parent)
        self.session = session
        self.loan = None
        self.as_of = dt.date.today()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.tr("Pilih pinjaman"))
        self.title.setObjectName("sectionTitle")
        self.title.setStyleSheet("font-size: 15px; font-weight: 600;")
        layout.addWidget(self.title)
        figures = QGroupBox(self.tr("Posisi pinjaman"))
        grid = QGridLayout(figures)
        self.fields: dict[str, QLabel] = {}
        names = [("outstanding", self.tr("Sisa pokok")), ("arrears", self.tr("Tunggakan")),
                 ("late_fees", self.tr("Denda berjalan")), ("dpd", self.tr("Hari tunggak")),
                 ("collectibility", self.tr("Kolektibilitas")), ("next_due", self.tr("Jatuh tempo berikut")),
                 ("advance", self.tr("Titipan")), ("status", self.tr("Status")),
                 ("restructured", self.tr("Restrukturisasi"))]
        # Three figures a row; two beside the cashier's form, where three were cut at 1280 px ("2 Dalam
        # Perhati", "Jatuh tempo beriku") and four before that ("Rp 10.192.!").
        per_row = 2 if compact else 3
        for n, (key, caption) in enumerate(names):
            value = QLabel("—")
            value.setTextInteractionFlags(Qt.TextSelectableByMouse)
            value.setStyleSheet("font-weight: 600;")
            self.fields[key] = value
            grid.addWidget(QLabel(caption + ":"), n // per_row, (n % per_row) * 2)
            grid.addWidget(value, n // per_row, (n % per_row) * 2 + 1)
        for col in range(1, per_row * 2, 2):
            grid.setColumnStretch(col, 1)  # values take the room, labels keep theirs (Rp 132.320.256,63 fits)
        layout.addWidget(figures)
        self.tabs = QTabWidget()
        if compact:  # beside the cashier's form at 720 px: the schedule scrolls in less room, the figures stay whole
            self.tabs.setMinimumHeight(110)
        self.schedule_model = RowsModel([
            self.tr("Ke"), self.tr("Jatuh tempo"), self.tr("Angsuran"), self.tr("Pokok"), self.tr("Bunga"),
            self.tr("Dibayar"), self.tr("Denda dibayar"), self.tr("Sisa"), self.tr("Status")], self)
        self.schedule_table = make_table(self.schedule_model)
        self.payments_model = RowsModel([
            self.tr("No. kwitansi"), self.tr("Tanggal"), self.tr("Jumlah"), self.tr("Cara bayar"), self.tr("Kasir"),
            self.tr("Status")], self)
        self.payments_table = make_table(self.payments_model)
        self.tabs.addTab(self.schedule_table, self.tr("Jadwal angsuran"))
        payments_box = QWidget()
        pbox = QVBoxLayout(payments_box)
        pbox.setContentsMargins(0, 0, 0, 0)
        pbox.addWidget(self.payments_table)
        buttons = QHBoxLayout()
        self.reverse_button = QPushButton(self.tr("Batalkan pembayaran…"))
        self.reverse_button.clicked.connect(self.reverse_selected)
        self.reverse_button.setEnabled(session.can("payment.reverse"))
        self.reprint_button = QPushButton(self.tr("Cetak ulang kwitansi"))
        self.reprint_button.clicked.connect(self.reprint_selected)
        self.refund_button = QPushButton(self.tr("Kembalikan titipan…"))
        self.refund_button.setToolTip(self.tr("Bayar kembali kelebihan bayar (titipan) kepada nasabah; "
                                              "disetujui supervisor"))
        self.refund_button.clicked.connect(self.refund_advance)
        self.refund_button.setEnabled(False)
        buttons.addWidget(self.reprint_button)
        buttons.addWidget(self.reverse_button)
        buttons.addWidget(self.refund_button)
        self.statement_button = QPushButton(self.tr("Cetak kartu angsuran…"))
        self.statement_button.clicked.connect(self.print_statement)
        buttons.addWidget(self.statement_button)
        # A supervisor withdraws a late-fee waiver with a reason; the fee is owed again (issue 13, item 5).
        self.withdraw_button = QPushButton(self.tr("Tarik penghapusan denda…"))
        self.withdraw_button.clicked.connect(self.withdraw_waiver)
        self.withdraw_button.setEnabled(False)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        pbox.addLayout(buttons)
        self.notice = QLabel("")  # what the last action on this tab did (a voucher number to write down)
        self.notice.setTextInteractionFlags(Qt.TextSelectableByMouse)
        pbox.addWidget(self.notice)
        self.tabs.addTab(payments_box, self.tr("Pembayaran"))
        self.quote_box = QWidget()
        self.quote_form = QFormLayout(self.quote_box)
        self.tabs.addTab(self.quote_box, self.tr("Simulasi pelunasan"))
        layout.addWidget(self.tabs, 1)
        chain_as_laid_out(self)  # Tab in reading order through the loan's tabs

    # ----------------------------------------------------------------------------------------------- data
    def set_loan(self, loan, as_of: dt.date | None = None) -> None:
        from models.loans.loans import Loan

        self.loan = Loan.get_by_id(loan.id) if loan is not None else None
        self.as_of = as_of or dt.date.today()
        self.refresh()

    def refresh(self) -> None:
        from models.cashier.payments import (
            KIND_LABELS,
            METHOD_LABELS,
            Payment,
            loan_fees,
            loan_position,
            payoff_quote,
            refunds_of,
        )
        from models.core.office_calendar import shift_for
        from models.loans.loans import STATUS_LABELS, Installment

        if self.loan is None:
            self.schedule_model.set_rows([])
            self.payments_model.set_rows([])
            return
        # Always the loan as it is in the database now: after a reversal, a waiver or a refund made from here
        # the row held since set_loan is stale (issue 13, item 13).
        from models.loans.loans import Loan

        loan = self.loan = Loan.get_by_id(self.loan.id)
        self.title.setText(f"{loan.contract_no} — {loan.customer.full_name}")
        view = loan_position(loan, self.as_of)  # the advance held counts as paid on its due dates
        f = self.fields
        f["outstanding"].setText(format_rupiah(loan.outstanding_principal))
        f["arrears"].setText(format_rupiah(view["arrears"]))
        f["late_fees"].setText(format_rupiah(view["late_fees"]))
        f["dpd"].setText(str(view["days_past_due"]))
        # after a restructuring the class may not improve until the office's number of on-time installments
        from models.collections.restructuring import restructure_info, restructured_collectibility
        from models.loans.loans import COLLECTIBILITY_NAMES

        klass = restructured_collectibility(loan, self.as_of)
        f["collectibility"].setText(f"{klass} {label(COLLECTIBILITY_NAMES[klass])}")
        info = restructure_info(loan)
        f["restructured"].setText(self.tr("{n}× (terakhir {date})").format(n=info.count, date=_text(info.last_date))
                                  if info.count else "—")
        f["next_due"].setText(_text(view["next_due_date"]) or "—")
        f["advance"].setText(format_rupiah(loan.advance_balance))
        f["status"].setText(label(STATUS_LABELS.get(loan.status, loan.status)))
        danger = "color: #b00020; font-weight: 600;" if view["days_past_due"] > 0 else "font-weight: 600;"
        for key in ("arrears", "late_fees", "dpd"):
            f[key].setStyleSheet(danger)
        installments = list(Installment.select().where(Installment.loan == loan.id).order_by(Installment.no))
        fees = loan_fees(loan, installments, self.as_of)
        late_from = shift_for(loan) or (lambda due: due)
        rows, colors = [], []
        for i in installments:
            paid = i.principal_paid + i.interest_paid
            if i.is_paid:
                state, color = (self.tr("Lunas {date}").format(date=_text(i.paid_on)) if i.paid_on
                                else self.tr("Lunas")), "#2e7d32"
            elif late_from(i.due_date) < self.as_of:  # a due date on a holiday may count from later
                state, color = self.tr("Tertunggak {days} hari").format(
                    days=(self.as_of - late_from(i.due_date)).days), "#b00020"
            elif paid > 0:
                state, color = self.tr("Dibayar sebagian"), None
            else:
                state, color = self.tr("Belum jatuh tempo"), None
            if fees.get(i.id):
                state += self.tr(" · denda {fee}").format(fee=format_rupiah(fees[i.id]))
            rows.append((i.no, i.due_date, i.amount, i.principal, i.interest, paid, i.late_fee_paid, i.remaining,
                         state))
            colors.append(color)
        self.schedule_model.set_rows(rows, [i.id for i in installments], colors)
        first_open = next((n for n, i in enumerate(installments) if not i.is_paid), None)
        if first_open is not None:  # the cashier looks at what is owed, not at last year's paid rows
            target = self.schedule_model.index(first_open, 0)
            self.schedule_table.scrollTo(target, QAbstractItemView.ScrollHint.PositionAtTop)
            # Again once the view has its size: before the first layout it has no rows on screen to scroll by.
            QTimer.singleShot(0, lambda: self.schedule_table.scrollTo(
                target, QAbstractItemView.ScrollHint.PositionAtTop))
        from models.core.users import User

        # The cashier's name joined in: one query, not one per payment.
        payments = list(Payment.select(Payment, User.full_name.alias("cashier_name"))
                        .join(User, on=(Payment.cashier == User.id)).where(Payment.loan == loan.id)
                        .order_by(Payment.id.desc()).objects())
        rows = [(p.receipt_no, p.date, p.amount,
                 label(METHOD_LABELS[p.method]) if p.method in METHOD_LABELS else label(KIND_LABELS[p.kind]),
                 p.cashier_name,
                 self.tr("Berlaku") if p.status == "posted"
                 else self.tr("Dibatalkan: {reason}").format(reason=p.reason))
                for p in payments]
        keys, colors = [p.id for p in payments], [None if p.status == "posted" else "#9e9e9e" for p in payments]
        # Titipan paid back: money out, shown negative, with its cash-out voucher (no receipt to reprint/reverse).
        for refund in refunds_of(loan):
            rows.insert(0, (refund.voucher_no, refund.date, -refund.amount, label(METHOD_LABELS[refund.method]),
                            refund.cashier, self.tr("Titipan dikembalikan")))
            keys.insert(0, None)
            colors.insert(0, "#8a4b00")
        self.payments_model.set_rows(rows, keys, colors)
        self.refund_button.setEnabled(self.session.can("payment.post") and loan.advance_balance > 0)
        self.withdraw_button.setEnabled(self.session.can("fee.waive") and self.latest_waiver() is not None)
        while self.quote_form.rowCount():
            self.quote_form.removeRow(0)
        if loan.status == "active":
            quote = payoff_quote(loan, self.as_of)
            self.quote_form.addRow(QLabel(self.tr("Per tanggal")), QLabel(_text(quote.date)))
            self.quote_form.addRow(QLabel(self.tr("Dasar sisa pokok")), QLabel(label(quote.basis_text)))
            for caption, amount in quote.lines:
                # tr-marked: QUOTE_LINES
                self.quote_form.addRow(QLabel(self.tr(caption)), QLabel(format_rupiah(amount)))
            total = QLabel(format_rupiah(quote.total))
            total.setStyleSheet("font-weight: 700; font-size: 14px;")
            self.quote_form.addRow(QLabel(self.tr("Jumlah pelunasan")), total)
            self.paper_button = QPushButton(self.tr("Cetak rincian pelunasan…"))
            self.paper_button.clicked.connect(self.print_payoff_quote)
            self.quote_form.addRow(QLabel(""), self.paper_button)
        else:
            self.quote_form.addRow(QLabel(self.tr("Pinjaman sudah ditutup.")))
            self.paper_button = QPushButton(self.tr("Cetak surat keterangan lunas…"))
            self.paper_button.clicked.connect(self.print_settlement)
            self.quote_form.addRow(QLabel(""), self.paper_button)
            from models.credit.collateral import collateral_of

            bpkb = collateral_of(loan) if loan.status in ("paid_off", "settled_early") else None
            if bpkb is not None and (bpkb.releasable or bpkb.status == "released"):
                self.bpkb_button = QPushButton(self.tr("Cetak tanda terima penyerahan BPKB…"))
                self.bpkb_button.clicked.connect(lambda _=False, row=bpkb: self.print_bpkb_handover(row))
                self.quote_form.addRow(QLabel(""), self.bpkb_button)

    # -------------------------------------------------------------------------------------------- actions
    def selected_payment(self):
        from models.cashier.payments import Payment

        rows = self.payments_table.selectionModel().selectedRows() if self.payments_table.selectionModel() else []
        if not rows:
            return None
        key = self.payments_model.key(rows[0].row())
        return Payment.get_by_id(key) if key is not None else None

    def reverse_selected(self, reason: str | None = None) -> bool:
        from models.cashier.payments import reverse_payment
        from ui.common.dialogs import run_action

        payment = self.selected_payment()
        if payment is None:
            return False
        if not reason:
            reason, ok = QInputDialog.getText(self, self.tr("Batalkan pembayaran"),
                                              self.tr("Alasan pembatalan kwitansi {no}:").format(
                                                  no=payment.receipt_no))
            if not ok:
                return False
        done = run_action(self, reverse_payment, self.session.user, payment, reason)
        if done is None:
            return False
        self.session.notify("payments")
        self.refresh()
        self.changed.emit()
        return True

    def latest_waiver(self):
        """The newest late-fee waiver of this loan still in force (or ``None``)."""
        from models.cashier.payments import LateFeeWaiver

        if self.loan is None:
            return None
        return (LateFeeWaiver.select().where((LateFeeWaiver.loan == self.loan.id)
                                             & LateFeeWaiver.withdrawn_at.is_null())
                .order_by(LateFeeWaiver.id.desc()).first())

    def withdraw_waiver(self, reason: str | None = None) -> bool:
        """Withdraw the newest waiver in force, with a reason (asked for when not given)."""
        from models.cashier.payments import withdraw_waiver
        from ui.common.dialogs import run_action

        waiver = self.latest_waiver()
        if waiver is None:
            return False
        if not reason:
            reason, ok = QInputDialog.getText(self, self.tr("Tarik penghapusan denda"),
                                              self.tr("Alasan menarik penghapusan denda {amount}:").format(
                                                  amount=format_rupiah(waiver.amount)))
            if not ok:
                return False
        withdrawn = run_action(self, withdraw_waiver, self.session.user, waiver, reason)
        if withdrawn is None:
            return False
        self.notice.setText(self.tr("Penghapusan denda {amount} ditarik: denda terutang lagi.").format(
            amount=format_rupiah(sum((w.amount for w in withdrawn), Decimal(0)))))
        self.session.notify("payments")
        self.refresh()
        self.changed.emit()
        return True

    def refund_advance(self, exec_dialog: bool = True):
        """Open the refund form for the titipan held (the test drives the dialog itself)."""
        from ui.cashier.refund_dialog import RefundDialog

        dialog = RefundDialog(self.session, self.loan, self)
        if not exec_dialog:
            dialog.finished.connect(lambda _code: self._after_refund(dialog))
            return dialog
        dialog.exec()
        self._after_refund(dialog)
        return dialog

    def _after_refund(self, dialog) -> None:
        if dialog.result is None:
            return
        self.notice.setText(self.tr("Titipan {amount} dikembalikan dengan bukti kas keluar {no}.").format(
            amount=format_rupiah(dialog.result.amount), no=dialog.result.voucher_no))
        self.loan = type(self.loan).get_by_id(self.loan.id)
        self.session.notify("payments")
        self.refresh()
        self.changed.emit()

    def reprint_selected(self) -> None:
        payment = self.selected_payment()
        if payment is not None:
            print_receipt(self, payment, self.session)


    # ------------------------------------------------------------------------------------------ papers
    def print_statement(self):
        """This loan's kartu angsuran in the print preview."""
        from ui.reports.report_actions import preview_statements

        if self.loan is None:
            return None
        return preview_statements(self, self.session, [self.loan.id], self.as_of, stem=f"kartu-{self.loan.contract_no}")

    def print_payoff_quote(self):
        """The payoff quote letter for the view's date (valid that day only)."""
        from reports.customer_papers import write_payoff_letter
        from ui.reports.report_actions import preview_pdf

        who = getattr(self.session.user, "full_name", None)
        return preview_pdf(self, self.session, write_payoff_letter, f"pelunasan-{self.loan.contract_no}", self.loan,
                           self.as_of, printed_by=who)

    def print_bpkb_handover(self, collateral):
        """Tanda terima penyerahan BPKB: the customer signs for the BPKB handed back."""
        from reports.customer_papers import write_bpkb_handover
        from ui.reports.report_actions import preview_pdf

        who = getattr(self.session.user, "full_name", None)
        return preview_pdf(self, self.session, write_bpkb_handover, f"bpkb-{self.loan.contract_no}", collateral,
                           handed_by=who or "", printed_by=who)

    def print_settlement(self):
        """Surat keterangan lunas of a closed loan."""
        from reports.customer_papers import write_settlement_letter
        from ui.reports.report_actions import preview_pdf

        who = getattr(self.session.user, "full_name", None)
        return preview_pdf(self, self.session, write_settlement_letter, f"skl-{self.loan.contract_no}", self.loan,
                           printed_by=who)


def print_receipt(parent, payment, session=None):
    """Write the receipt PDF to a temporary file and open the print preview (SALINAN after the first print)."""
    from models.core.workdir import work_dir
    from reports.receipt_pdf import write_receipt_pdf
    from ui.common import printing

    # The receipt names the customer: rendered into Angsur's known work folder and removed once the preview
    # closes (a killed desk's leftover goes at the next start), never left in the system's temp folder.
    with work_dir("kw") as folder:
        path = folder / (payment.receipt_no.replace("/", "-") + ".pdf")
        user = getattr(session, "user", None)
        write_receipt_pdf(payment, path, printed_by=getattr(user, "full_name", None))
        return printing.print_pdf(parent, path)


def open_loan_dialog(session, loan, parent=None):
    """The loan account view in its own window (from the loans list)."""
    from PySide6.QtWidgets import QDialog, QDialogButtonBox

    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("LoanView", "Rekening pinjaman {no}").format(no=loan.contract_no))
    layout = QVBoxLayout(dialog)
    view = LoanView(session, dialog)
    view.set_loan(loan)
    layout.addWidget(view)
    buttons = QDialogButtonBox(QDialogButtonBox.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.resize(1100, 760)
    dialog.view = view
    return dialog
