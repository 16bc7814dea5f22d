"""The loan account view: everything about one loan on one screen.

Header figures (outstanding principal, arrears, late fees, days past due, collectibility, next due date,
titipan), the schedule with each installment's paid/unpaid state, and the payments with their receipts.  A
supervisor reverses a payment from here (with a reason; never their own), and anyone may ask for a payoff quote.
Used on its own (opened from the loans list) and inside the cashier's page.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt, QTimer,
                            Signal)
from PySide6.QtWidgets import (
    QAbstractItemView, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QInputDialog, QLabel, QPushButton,
    QTabWidget, QVBoxLayout, QWidget,
)

from models.money import format_amount, format_rupiah, to_minor
from ui.labels import label
from ui.widgets.tables import make_table

SORT_ROLE = Qt.UserRole + 1


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format_amount(value, 0 if value == value.to_integral_value() else 2)
    if isinstance(value, dt.date):
        return f"{value:%d/%m/%Y}"
    return str(value)


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
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        value = self.rows[index.row()][index.column()]
        if role == Qt.DisplayRole:
            return _text(value)
        if role == SORT_ROLE:
            if isinstance(value, Decimal):
                return to_minor(value)
            if isinstance(value, dt.date):
                return value.toordinal()
            return value
        if role == Qt.TextAlignmentRole:
            if isinstance(value, (Decimal, int)):
                return int(Qt.AlignRight | Qt.AlignVCenter)
            return int(Qt.AlignLeft | Qt.AlignVCenter)
        if role == Qt.ForegroundRole and self.colors[index.row()] is not None:
            from PySide6.QtGui import QColor

            return QColor(self.colors[index.row()])
        return None

    def key(self, row: int):
        return self.keys[row] if 0 <= row < len(self.keys) else None


#: The captions of models.payments.payoff_quote's lines, marked for lupdate and translated where shown.
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
                 ("advance", self.tr("Titipan")), ("status", self.tr("Status"))]
        for n, (key, caption) in enumerate(names):
            value = QLabel("—")
            value.setTextInteractionFlags(Qt.TextSelectableByMouse)
            value.setStyleSheet("font-weight: 600;")
            self.fields[key] = value
            # Three figures a row: four were cut off ("Rp 10.192.!") beside the cashier's form at 1280 px.
            grid.addWidget(QLabel(caption + ":"), n // 3, (n % 3) * 2)
            grid.addWidget(value, n // 3, (n % 3) * 2 + 1)
        for col in (1, 3, 5):
            grid.setColumnStretch(col, 1)  # values take the room, labels keep theirs (Rp 132.320.256,63 fits)
        layout.addWidget(figures)
        self.tabs = QTabWidget()
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

    # ----------------------------------------------------------------------------------------------- data
    def set_loan(self, loan, as_of: dt.date | None = None) -> None:
        from models.loans import Loan

        self.loan = Loan.get_by_id(loan.id) if loan is not None else None
        self.as_of = as_of or dt.date.today()
        self.refresh()

    def refresh(self) -> None:
        from models.loans import STATUS_LABELS, Installment, LateFeeRule, accrued_late_fees, loan_view
        from models.payments import METHOD_LABELS, Payment, payoff_quote, refunds_of

        loan = self.loan
        if loan is None:
            self.schedule_model.set_rows([])
            self.payments_model.set_rows([])
            return
        self.title.setText(f"{loan.contract_no} — {loan.customer.full_name}")
        view = loan_view(loan, self.as_of)
        f = self.fields
        f["outstanding"].setText(format_rupiah(loan.outstanding_principal))
        f["arrears"].setText(format_rupiah(view["arrears"]))
        f["late_fees"].setText(format_rupiah(view["late_fees"]))
        f["dpd"].setText(str(view["days_past_due"]))
        f["collectibility"].setText(f"{view['collectibility']} {label(view['collectibility_name'])}")
        f["next_due"].setText(_text(view["next_due_date"]) or "—")
        f["advance"].setText(format_rupiah(loan.advance_balance))
        f["status"].setText(label(STATUS_LABELS.get(loan.status, loan.status)))
        danger = "color: #b00020; font-weight: 600;" if view["days_past_due"] > 0 else "font-weight: 600;"
        for key in ("arrears", "late_fees", "dpd"):
            f[key].setStyleSheet(danger)
        installments = list(Installment.select().where(Installment.loan == loan.id).order_by(Installment.no))
        fees = accrued_late_fees(installments, self.as_of, LateFeeRule.of(loan))
        rows, colors = [], []
        for i in installments:
            paid = i.principal_paid + i.interest_paid
            if i.is_paid:
                state, color = (self.tr("Lunas {date}").format(date=_text(i.paid_on)) if i.paid_on
                                else self.tr("Lunas")), "#2e7d32"
            elif i.due_date < self.as_of:
                state, color = self.tr("Tertunggak {days} hari").format(days=(self.as_of - i.due_date).days), \
                    "#b00020"
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
        payments = list(Payment.select().where(Payment.loan == loan.id).order_by(Payment.id.desc()))
        rows = [(p.receipt_no, p.date, p.amount, label(METHOD_LABELS.get(p.method, p.method)), p.cashier.full_name,
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
        while self.quote_form.rowCount():
            self.quote_form.removeRow(0)
        if loan.status == "active":
            quote = payoff_quote(loan, self.as_of)
            self.quote_form.addRow(QLabel(self.tr("Per tanggal")), QLabel(_text(quote.date)))
            for caption, amount in quote.lines:
                # tr-marked: QUOTE_LINES
                self.quote_form.addRow(QLabel(self.tr(caption)), QLabel(format_rupiah(amount)))
            total = QLabel(format_rupiah(quote.total))
            total.setStyleSheet("font-weight: 700; font-size: 14px;")
            self.quote_form.addRow(QLabel(self.tr("Jumlah pelunasan")), total)
        else:
            self.quote_form.addRow(QLabel(self.tr("Pinjaman sudah ditutup.")))

    # -------------------------------------------------------------------------------------------- actions
    def selected_payment(self):
        from models.payments import Payment

        rows = self.payments_table.selectionModel().selectedRows() if self.payments_table.selectionModel() else []
        if not rows:
            return None
        key = self.payments_model.key(rows[0].row())
        return Payment.get_by_id(key) if key is not None else None

    def reverse_selected(self, reason: str | None = None) -> bool:
        from models.payments import reverse_payment
        from ui.dialogs import run_action

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

    def refund_advance(self, exec_dialog: bool = True):
        """Open the refund form for the titipan held (the test drives the dialog itself)."""
        from ui.refund_dialog import RefundDialog

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


def print_receipt(parent, payment, session=None):
    """Write the receipt PDF to a temporary file and open the print preview (SALINAN after the first print)."""
    from models.workdir import work_dir
    from reports.receipt_pdf import write_receipt_pdf
    from ui import printing

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
