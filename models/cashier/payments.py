"""The cashier's sub-ledger: payments received on loans, their allocation, late-fee waivers, early payoff and
reversals.

One user action is one write transaction (CONVENTIONS, habit 2): :func:`post_payment` updates the installments,
takes the gap-free receipt number, posts the journal, writes the audit row and refreshes the loan's summary
columns together, under the payment form's idempotency key, or does none of it.

Allocation (:func:`allocate`, a pure function) follows the contract's ``allocation_order`` (default late fee →
interest → principal, KUHPerdata art. 1397) installment by installment, the oldest first (art. 1399):

* installments that have fallen due (due date on or before the payment date) take whatever is available,
  partial payments included;
* installments not yet due are paid only **whole** — a customer paying two and a half installments pays two,
  and the half is kept as an advance (titipan, a liability: it is the customer's money, on
  ``Loan.advance_balance`` and in Titipan Angsuran 2101).
* an advance held pays the next installment **on its due date** (issue 13): when the next payment arrives, at
  the month-end run (:func:`models.cashier.figures.apply_due_advances`) or at an early payoff, whichever comes first,
  it is posted as its own record (kind ``advance``, number ``TTP/…``) dated that due date, journal
  Dr Titipan / Cr receivable and interest (no Kas).  No late fee and no days past due accrue on the part it
  covers, and the counter's figures (:func:`counter_view`, :func:`loan_position`) count it that way before
  it is posted.

Late fees run on what is still owed: every posting first stores on each installment it lowers the fee earned
up to its value date (:mod:`models.loans.late_fees`), so a partial payment lowers the base only from that day, and a
reversal puts the stored fee back.  A payment carries a value date (``date``: allocation, fees, days past due)
and a booking date (``booked_on``); its journal goes on the first open day from the value date.

Reversals go **newest first**: a payment can be reversed only while no later payment on the same loan stands,
because a later payment was allocated against the state this one left (its late fees, its advance).  To correct
an older payment the supervisor reverses the newer ones first and the cashier posts them again.

An early payoff (:func:`settle_early`) settles remaining principal + the interest of installments already due
and of the period the payoff date falls in (none when that period's installment is already paid) + the
contract's penalty % + late fees owed, less the advance held; the interest of later periods is waived
(``Installment.interest_waived``), the loan closes ``settled_early`` and its collateral becomes releasable.
The remaining principal comes from the schedule or, by contract, from the effective table
(:func:`effective_balance`).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from peewee import JOIN, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, TextField, fn

from models.cashier.cashier_day import refuse_if_closed
from models.core import audit
from models.core.clock import now
from models.core.db import BaseModel, database, run_in_transaction
from models.core.errors import ConflictError, DomainError, FieldError, NotFound, ValidationError
from models.core.idempotency import once
from models.core.money import SEN, ZERO, D, MoneyError, MoneyField, format_rupiah, to_minor
from models.core.office import Branch, get_setting, next_number
from models.core.office_calendar import shift_for
from models.core.texts import _
from models.core.users import User, has_permission, prove_identity, refresh_rights, require, require_checker
from models.ledger.chart import chart_roles
from models.ledger.journals import Journal, is_closed, post_event, reverse_journal
from models.loans import late_fees
from models.loans.loan_income import for_payment, reverse_entries, write_entry
from models.loans.loans import Installment, LateFeeRule, Loan, accrued_late_fees, arrears_start

METHODS = ("cash", "transfer", "payment_point")
METHOD_LABELS = {"cash": "Tunai", "transfer": "Transfer bank", "payment_point": "Payment point"}
PAYMENT_STATUSES = ("posted", "reversed")
KINDS = ("installment", "payoff", "advance", "rounding")
#: What a posting is: a receipt (installment, payoff) or a posting that moves no money (issue 13): an advance
#: applied on a due date, a sen residue settled by a rounding adjustment.
KIND_LABELS = {"installment": "Angsuran", "payoff": "Pelunasan", "advance": "Titipan dipakai",
               "rounding": "Penyesuaian pembulatan"}
#: Parts of an allocation.  fee/interest/principal/penalty/advance add up to the payment's amount (advance may be
#: negative: an advance held from before and used by this payment); interest_waived records interest forgiven
#: by an early payoff so that a reversal can restore it, and is not money received.
MONEY_PARTS = ("fee", "interest", "principal", "penalty", "advance", "rounding")
PART_LABELS = {"fee": "Denda", "interest": "Bunga", "principal": "Pokok", "penalty": "Penalti pelunasan",
               "advance": "Titipan", "interest_waived": "Bunga dibebaskan", "rounding": "Selisih pembulatan"}


class Payment(BaseModel):
    """A receipt (kwitansi): money received on a loan.  Never deleted; a mistake is reversed."""

    receipt_no = CharField(max_length=40, unique=True)
    loan = ForeignKeyField(Loan, backref="payments", on_delete="RESTRICT", index=True)
    branch = ForeignKeyField(Branch, on_delete="RESTRICT")
    kind = CharField(max_length=12, default="installment")
    date = DateField(index=True)
    amount = MoneyField()
    method = CharField(max_length=16, default="cash")
    reference = CharField(max_length=64, default="")  # bank transfer or payment-point reference
    cashier = ForeignKeyField(User, on_delete="RESTRICT", backref="+", index=True)
    idempotency_key = CharField(max_length=64, null=True, index=True)
    status = CharField(max_length=10, default="posted", index=True)
    journal = ForeignKeyField(Journal, null=True, on_delete="RESTRICT", backref="+")
    reversal_journal = ForeignKeyField(Journal, null=True, on_delete="RESTRICT", backref="+")
    reversed_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    reversed_at = DateTimeField(null=True)
    reason = TextField(default="")
    outstanding_after = MoneyField(default=0)  # principal still owed after this payment (for the receipt)
    print_count = IntegerField(default=0)
    created_at = DateTimeField(default=now)
    # ``date`` is the value date (when the money arrived: allocation, late fees, days past due); ``booked_on``
    # is the day the office recorded it and ``journal`` sits on the first open day from the value date (issue 13,
    # item 9).  ``receipt_facts`` holds what the receipt said when it was posted (JSON), so a reprint shows
    # exactly that, never today's data (item 10).
    booked_on = DateField(null=True, index=True)
    receipt_facts = TextField(default="")

    class Meta:
        # Covers the receipts-per-period sums of the dashboard and reports (index-only at 100.000 loans).
        indexes = ((("date", "status", "amount"), False),)


class PaymentAllocation(BaseModel):
    """Where a payment went: one part of one installment (or the loan's advance / payoff penalty)."""

    payment = ForeignKeyField(Payment, backref="allocations", on_delete="RESTRICT", index=True)
    installment = ForeignKeyField(Installment, null=True, on_delete="RESTRICT", backref="+", index=True)
    part = CharField(max_length=16)
    amount = MoneyField()


class LateFeeWaiver(BaseModel):
    """A late fee forgiven by a supervisor (fee.waive), with a reason; the requester is never the approver."""

    loan = ForeignKeyField(Loan, backref="fee_waivers", on_delete="RESTRICT", index=True)
    installment = ForeignKeyField(Installment, on_delete="RESTRICT", backref="+")
    payment = ForeignKeyField(Payment, null=True, on_delete="RESTRICT", backref="waivers")
    date = DateField()
    amount = MoneyField()
    reason = TextField()
    requested_by = ForeignKeyField(User, on_delete="RESTRICT", backref="+")
    approved_by = ForeignKeyField(User, on_delete="RESTRICT", backref="+")
    created_at = DateTimeField(default=now)
    # A waiver is withdrawn, never deleted: by a supervisor with a reason, or with the payment it came with
    # (issue 13, item 5).  The fee is owed again from then on.
    withdrawn_at = DateTimeField(null=True)
    withdrawn_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    withdrawal_reason = TextField(default="")


# -------------------------------------------------------------------------------------------- records
@dataclass(frozen=True)
class Due:
    """What is still owed on one installment at the payment date (input of :func:`allocate`)."""

    installment_id: int
    due_date: dt.date
    fee: Decimal
    interest: Decimal
    principal: Decimal

    @property
    def total(self) -> Decimal:
        return self.fee + self.interest + self.principal


@dataclass(frozen=True)
class Part:
    installment_id: int | None
    part: str
    amount: Decimal


@dataclass(frozen=True)
class PaymentResult:
    """What :func:`post_payment` / :func:`settle_early` did (the UI refreshes and prints from it)."""

    payment_id: int
    receipt_no: str
    amount: Decimal
    fee: Decimal
    interest: Decimal
    principal: Decimal
    penalty: Decimal
    advance: Decimal  # change of the advance held (negative: advance used)
    outstanding_after: Decimal
    loan_status: str
    replayed: bool = False


#: Who may ask for a waiver without a payment: the cashier at the counter, the collector in the field, or the
#: supervisor themself (the approval is still a second person's).
WAIVER_REQUEST_PERMISSIONS = ("payment.post", "collection.work", "fee.waive")


@dataclass(frozen=True)
class Waiver:
    """A late-fee waiver granted at the counter: ``amount`` forgiven by ``approved_by`` (fee.waive).

    ``password`` is the approver's password typed at the counter; without it, ``approved_by`` must be the user
    :func:`models.core.users.authenticate` just returned (see :func:`models.core.users.prove_identity`).
    """

    amount: Decimal
    reason: str
    approved_by: User
    password: str | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class PayoffQuote:
    """What settles a loan early on ``date`` (see the module docstring)."""

    date: dt.date
    principal: Decimal  # all principal still owed
    interest: Decimal  # interest of installments due and of the period now running
    penalty: Decimal
    late_fees: Decimal
    advance: Decimal  # held from earlier overpayments, deducted
    waived_interest: Decimal  # interest of later periods forgiven
    total: Decimal  # principal + interest + penalty + late fees − advance (what the customer pays)
    lines: tuple = field(default=())
    basis: str = "schedule"  # where the remaining principal comes from (PAYOFF_BASES)

    @property
    def basis_text(self) -> str:
        return PAYOFF_BASIS_LABELS.get(self.basis, self.basis)


# ---------------------------------------------------------------------------------------- allocation
def _order(allocation_order: str) -> list[str]:
    parts = [p.strip() for p in (allocation_order or "fee,interest,principal").split(",") if p.strip()]
    return parts if sorted(parts) == ["fee", "interest", "principal"] else ["fee", "interest", "principal"]


def allocate(dues: list[Due], available: Decimal, date: dt.date,
             allocation_order: str = "fee,interest,principal") -> tuple[list[Part], Decimal]:
    """Spread ``available`` over installments, oldest first, by the contract's order of parts.

    Args:
        dues: what each installment still owes, in installment order.
        available: the cash received plus any advance held.
        date: the payment date; installments due after it are paid only whole.
        allocation_order: e.g. ``"fee,interest,principal"``.
    Returns:
        (parts paid, what is left over — the new advance).
    """
    order = _order(allocation_order)
    left = D(available)
    parts: list[Part] = []
    for due in dues:
        if left <= ZERO:
            break
        if due.total <= ZERO:
            continue
        if due.due_date > date and left < due.total:
            break  # a future installment is paid whole or not at all: the rest stays as titipan
        for name in order:
            owed = getattr(due, name)
            take = min(owed, left)
            if take > ZERO:
                parts.append(Part(due.installment_id, name, take))
                left -= take
    return parts, left


def _dues(installments: list[Installment], fees: dict[int, Decimal]) -> list[Due]:
    return [Due(i.id, i.due_date, fees.get(i.id, ZERO), i.due_interest, i.due_principal) for i in installments]


def loan_fees(loan: Loan, installments: list[Installment], date: dt.date) -> dict[int, Decimal]:
    """Late fees owed per installment on ``date`` under the loan's contract (its holiday rule included)."""
    return accrued_late_fees(installments, date, LateFeeRule.of(loan), shift_for(loan))


# ------------------------------------------------------------------------------------------- helpers
def _money(value, name: str) -> Decimal:
    try:
        amount = D(value)
        to_minor(amount)
    except MoneyError as exc:
        raise ValidationError(FieldError(name, _("jumlah tidak sah: {exc}", exc=exc))) from None
    from models.core.limits import amount_errors

    errors = amount_errors(amount, name)  # above the office's ceiling (issue 19, item 8)
    if errors:
        raise ValidationError(errors)
    return amount


def _today() -> dt.date:
    return dt.date.today()


def validate_payment(loan: Loan, amount: Decimal, date: dt.date, method: str,
                     value_date: dt.date | None = None) -> list[FieldError]:
    """Every reason to refuse a payment, at once.

    ``date`` is the booking date (open month, not in the future); ``value_date`` (default ``date``) is when the
    money arrived: not after the booking date, not before disbursement or the last payment, and it may lie in
    a closed month (the journal then goes on the first open day).
    """
    errors = []
    if value_date is not None and value_date != date:
        if not isinstance(value_date, dt.date) or isinstance(value_date, dt.datetime):
            return [FieldError("value_date", _("tanggal valuta wajib diisi"))]
        if isinstance(date, dt.date) and value_date > date:
            errors.append(FieldError("value_date", _("tanggal valuta tidak boleh setelah tanggal pembukuan")))
        if value_date < loan.disbursed_on:
            errors.append(FieldError("value_date", _("tanggal valuta sebelum pencairan ({date})",
                                                     date=f"{loan.disbursed_on:%d/%m/%Y}")))
        if loan.last_payment_on is not None and value_date < loan.last_payment_on:
            errors.append(FieldError("value_date", _("tanggal valuta sebelum pembayaran terakhir ({date}); batalkan dulu "
                                                     "yang lebih baru", date=f"{loan.last_payment_on:%d/%m/%Y}")))
        if isinstance(date, dt.date) and (date - value_date).days > 366:
            errors.append(FieldError("value_date", _("tanggal valuta lebih dari setahun sebelum pembukuan")))
        loan_for_dates = None
    else:
        loan_for_dates = loan
    if amount <= ZERO:
        errors.append(FieldError("amount", _("jumlah pembayaran harus lebih dari nol")))
    if method not in METHODS:
        errors.append(FieldError("method", _("cara bayar tidak dikenal: {method}", method=f"{method!r}")))
    if not isinstance(date, dt.date) or isinstance(date, dt.datetime):
        errors.append(FieldError("date", _("tanggal pembayaran wajib diisi")))
        return errors
    if loan.status != "active":
        errors.append(FieldError("loan", _("pinjaman {contract_no} sudah ditutup ({status})",
                                           contract_no=loan.contract_no, status=loan.status)))
    if loan_for_dates is not None and date < loan.disbursed_on:
        errors.append(FieldError("date", _("tanggal pembayaran sebelum pencairan ({disbursed_on})",
                                           disbursed_on=f"{loan.disbursed_on:%d/%m/%Y}")))
    if date > _today():
        errors.append(FieldError("date", _("tanggal pembayaran tidak boleh di masa depan")))
    if loan_for_dates is not None and loan.last_payment_on is not None and date < loan.last_payment_on:
        errors.append(FieldError("date", _("tanggal pembayaran sebelum pembayaran terakhir ({last_payment_on}); "
                                           "batalkan dulu yang lebih baru",
                                           last_payment_on=f"{loan.last_payment_on:%d/%m/%Y}")))
    if _cached(("closed", date.year, date.month), lambda: is_closed(date)):
        errors.append(FieldError("date", _("periode {month}/{year} sudah ditutup", month=f"{date.month:02d}", year=date.year)))
    return errors


def _clone(row):
    """A detached copy of a model row (``copy.copy`` would share peewee's field dict with the original)."""
    twin = type(row)()
    twin.__data__ = dict(row.__data__)
    twin._dirty = set()
    return twin


def _installments(loan: Loan) -> list[Installment]:
    # A raw statement: the rows are read on every payment and compiling the SELECT costs ten times running it.
    return list(Installment.raw(f"SELECT * FROM installment WHERE loan_id = {database.obj.param} ORDER BY no",
                                loan.id))


def _load_loan(loan_id: int) -> Loan:
    found = list(Loan.raw(f"SELECT * FROM loan WHERE id = {database.obj.param}", loan_id))
    if not found:
        raise NotFound(_("pinjaman #{loan_id} tidak ditemukan", loan_id=loan_id))
    return found[0]


#: Set by :func:`_batch` while one transaction posts many payments (the demo): the chart's roles, the products'
#: posting overrides and the closed months cannot change inside that transaction, so they are read once.
_BATCH: dict | None = None


class _batch:
    def __enter__(self):
        global _BATCH
        _BATCH = {}

    def __exit__(self, *exc):
        global _BATCH
        _BATCH = None


def _cached(key, compute):
    if _BATCH is None:
        return compute()
    if key not in _BATCH:
        _BATCH[key] = compute()
    return _BATCH[key]


def _cash_account(method: str) -> str | None:
    roles = _cached("roles", chart_roles)
    return roles.get("bank") if method in ("transfer", "payment_point") else roles.get("cash")


def _product_mapping(loan: Loan) -> dict:
    import json

    from models.products.products import LoanProduct

    def read():
        raw = LoanProduct.select(LoanProduct.posting_overrides).where(LoanProduct.id == loan.product_id).scalar()
        try:
            return json.loads(raw or "{}") or {}
        except ValueError:
            return {}

    return _cached(("mapping", loan.product_id), read)


def _apply_waiver(loan: Loan, installments: list[Installment], waiver: Waiver | None, date: dt.date,
                  requested_by: User) -> list[dict]:
    """Forgive late fees oldest first; returns the waiver rows to store (payment id filled in later)."""
    if waiver is None or D(waiver.amount) <= ZERO:
        return []
    require(waiver.approved_by, "fee.waive")
    require_checker(requested_by.id, waiver.approved_by, "Penghapusan denda")
    if not (waiver.reason or "").strip():
        raise ValidationError(FieldError("reason", _("alasan penghapusan denda wajib diisi")))
    prove_identity(waiver.approved_by, waiver.password, "Penghapusan denda")
    amount = _money(waiver.amount, "waiver")
    fees = loan_fees(loan, installments, date)
    if amount > sum(fees.values(), ZERO):
        raise ValidationError(FieldError("waiver", _("denda yang bisa dihapus paling banyak {amount}", amount=format_rupiah(sum(fees.values(), ZERO)))))
    rows, left = [], amount
    for inst in installments:
        take = min(fees.get(inst.id, ZERO), left)
        if take > ZERO:
            inst.late_fee_waived = D(inst.late_fee_waived) + take
            rows.append(dict(loan=loan.id, installment=inst.id, date=date, amount=take,
                             reason=waiver.reason.strip(), requested_by=requested_by.id,
                             approved_by=waiver.approved_by.id))
            left -= take
    return rows


def _write_installments(installments: list[Installment], changed: set[int]) -> None:
    """Write the paid columns of the changed installments: one ``executemany``, not one ORM save per row
    (compiling an UPDATE costs more than running it; CONVENTIONS, bulk writes)."""
    rows = [(to_minor(i.principal_paid), to_minor(i.interest_paid), to_minor(i.late_fee_paid),
             to_minor(i.late_fee_waived), to_minor(i.interest_waived),
             i.paid_on.isoformat() if i.paid_on is not None else None, i.id)
            for i in installments if i.id in changed]
    if not rows:
        return
    late_fees.write_accruals(installments, changed)
    from models.core.integrity import touch_loan

    for loan_id in {i.loan_id for i in installments if i.id in changed}:
        touch_loan(loan_id)  # the action's audit row (written last) seals the loan's installments
    db = database.obj
    mark = db.param
    sql = (f"UPDATE installment SET principal_paid = {mark}, interest_paid = {mark}, late_fee_paid = {mark}, "
           f"late_fee_waived = {mark}, interest_waived = {mark}, paid_on = {mark} WHERE id = {mark}")
    db.cursor().executemany(sql, rows)


def _update_summary(loan: Loan, installments: list[Installment]) -> None:
    """Set the loan's summary columns from its installment rows, already in memory after the posting.

    The same figures as :func:`models.loans.loans.refresh_summary` (which re-reads them with two aggregate queries
    and saves the whole row); ``check`` compares both ways (``loan summaries agree with their installments``).
    One narrow UPDATE keeps a payment at a few milliseconds.
    """
    from models.core.integrity import touch_loan

    touch_loan(loan.id)
    unpaid = [i for i in installments if not i.is_paid]
    loan.principal_paid = sum((D(i.principal_paid) for i in installments), ZERO)
    loan.interest_paid = sum((D(i.interest_paid) for i in installments), ZERO)
    loan.late_fee_paid = sum((D(i.late_fee_paid) for i in installments), ZERO)
    loan.late_fee_waived = sum((D(i.late_fee_waived) for i in installments), ZERO)
    loan.outstanding_principal = D(loan.principal) - loan.principal_paid
    loan.installments_paid = len(installments) - len(unpaid)
    loan.oldest_unpaid_due = min((i.due_date for i in unpaid), default=None)
    loan.arrears_from = arrears_start(loan, loan.oldest_unpaid_due)
    loan.updated_at = now()
    if loan.oldest_unpaid_due is not None and loan.status in ("paid_off", "settled_early"):
        loan.status, loan.closed_on = "active", None  # a reversal reopened it
    Loan.update(principal_paid=loan.principal_paid, interest_paid=loan.interest_paid,
                late_fee_paid=loan.late_fee_paid, late_fee_waived=loan.late_fee_waived,
                outstanding_principal=loan.outstanding_principal, installments_paid=loan.installments_paid,
                oldest_unpaid_due=loan.oldest_unpaid_due, arrears_from=loan.arrears_from,
                advance_balance=loan.advance_balance,
                last_payment_on=loan.last_payment_on, status=loan.status, closed_on=loan.closed_on,
                updated_at=loan.updated_at).where(Loan.id == loan.id).execute()


def _mark_collateral_releasable(loan: Loan, actor: User | None) -> None:
    from models.credit.collateral import mark_releasable

    mark_releasable(loan, loan.closed_on, actor)


def _result(payment: Payment, loan: Loan, replayed: bool = False, allocations=None) -> PaymentResult:
    sums = {part: ZERO for part in MONEY_PARTS}
    if allocations is None:
        allocations = [(a.part, a.amount) for a in
                       PaymentAllocation.select().where(PaymentAllocation.payment == payment.id)]
    for part, amount in allocations:
        if part in sums:
            sums[part] += amount
    return PaymentResult(payment.id, payment.receipt_no, payment.amount, sums["fee"], sums["interest"],
                         sums["principal"], sums["penalty"], sums["advance"], payment.outstanding_after,
                         loan.status, replayed)


def journal_date(value_date: dt.date, booked_on: dt.date | None = None) -> dt.date:
    """The day a posting's journal goes on: its value date when that month is open, else the first day of the
    first open month after it (never after the booking date).  A transfer found after its month was closed keeps
    its value date for the loan and lands in the books on the first open day (issue 13, item 9)."""
    day = value_date
    while _cached(("closed", day.year, day.month), lambda: is_closed(day)):
        day = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return min(day, booked_on) if booked_on is not None and booked_on >= value_date else day


def _post_journal(actor, loan: Loan, events, *, date: dt.date, description: str, source: str, reference: str,
                  method: str, cash_account: str | None = None):
    from models.ledger.journals import post_journal
    from models.ledger.posting_rules import build_lines, net_lines

    # Netted: money the office already held (an advance applied) never passes through Kas — Dr Titipan / Cr
    # receivable and interest (issue 13, item 11).
    lines = net_lines(build_lines(events, _product_mapping(loan), cash_account=cash_account or _cash_account(method)))
    if not lines:
        return None
    return post_journal(actor, date, description, source, lines, reference=reference, customer_id=loan.customer_id,
                        loan_id=loan.id, branch=loan.branch, _allow_control=True)


ADVANCE_FORMAT = "TTP/{branch}/{year}/{n:06d}"  # an advance applied on a due date: a posting, not a receipt
ROUNDING_FORMAT = "PBL/{branch}/{year}/{n:06d}"  # a sen residue settled by a rounding adjustment
#: Postings that move no money have sequences of their own, so receipt numbers stay the cash desk's.
NON_CASH_KINDS = {"advance": ADVANCE_FORMAT, "rounding": ROUNDING_FORMAT}


def _record(actor: User, loan: Loan, *, kind: str, amount: Decimal, date: dt.date, method: str, reference: str,
            idempotency_key: str | None, parts: list[Part], advance_change: Decimal, penalty: Decimal,
            waiver_rows: list[dict], description: str, booked_on: dt.date | None = None,
            outstanding_after: Decimal | None = None, accruals: list | None = None,
            advance_after: Decimal | None = None, cash_account: str | None = None) -> Payment:
    """Receipt number, journal, payment + allocation rows, waivers, stored receipt facts and audit: the common
    tail of a posting.  ``date`` is the value date; the journal goes on :func:`journal_date`."""
    refuse_if_closed(actor.id if actor is not None else None, date)  # the cashier's day-close locks the day (models/cashier_day.py)
    totals = {name: ZERO for name in MONEY_PARTS}
    for part in parts:
        if part.part in totals:
            totals[part.part] += part.amount
    booked_on = booked_on or date
    if kind in NON_CASH_KINDS:
        receipt_no = next_number(kind, loan.branch, date.year, fmt=NON_CASH_KINDS[kind])
    else:
        receipt_no = next_number("receipt", loan.branch, booked_on.year)
    principal_event = "early_payoff" if kind == "payoff" else "installment_principal"
    # Effective-interest loans: the interest the customer's split shows clears accrued interest receivable, and
    # the payment that closes the loan settles the unamortised balances (models.loans.loan_income).
    after = D(loan.outstanding_principal if outstanding_after is None else outstanding_after)
    income = for_payment(loan, totals["interest"], date, closing=loan.status != "active",
                         principal=totals["principal"], owed_before=after + D(totals["principal"]))
    interest_events = income.events if income is not None else [("installment_interest", totals["interest"])]
    events = [("late_fee", totals["fee"]), *interest_events,
              (principal_event, totals["principal"]), ("early_payoff_penalty", penalty)]
    if advance_change > ZERO:
        events.append(("overpayment", advance_change))
    elif advance_change < ZERO:
        events.append(("overpayment_applied", -advance_change))
    journal = _post_journal(actor, loan, events, date=journal_date(date, booked_on),
                            description=f"{description} {loan.contract_no} kwitansi {receipt_no}",
                            source="payoff" if kind == "payoff" else "payment", reference=receipt_no, method=method,
                            cash_account=cash_account)
    if income is not None:
        # The sub-ledger moves on the journal's day: a posting whose value date lies in a closed month lands, like
        # its journal, on the first open day, so a closed month's figures and snapshot never change afterwards.
        write_entry(loan.id, journal.date if journal is not None else date, "payment", journal, income.entry)
    outstanding = loan.outstanding_principal if outstanding_after is None else outstanding_after
    payment = Payment.create(receipt_no=receipt_no, loan=loan.id, branch=loan.branch_id, kind=kind, date=date,
                             amount=amount, method=method, reference=(reference or "").strip()[:64],
                             cashier=actor.id, idempotency_key=idempotency_key, journal=journal,
                             outstanding_after=outstanding, booked_on=booked_on)
    rows = [dict(payment=payment.id, installment=p.installment_id, part=p.part, amount=p.amount) for p in parts]
    if penalty > ZERO:
        rows.append(dict(payment=payment.id, installment=None, part="penalty", amount=penalty))
    if advance_change != ZERO:
        rows.append(dict(payment=payment.id, installment=None, part="advance", amount=advance_change))
    if rows:
        PaymentAllocation.insert_many(rows).execute()
    payment._allocations = [(r["part"], r["amount"]) for r in rows]
    if waiver_rows:
        LateFeeWaiver.insert_many([dict(r, payment=payment.id) for r in waiver_rows]).execute()
    late_fees.log_changes(payment.id, accruals or [])
    from models.cashier.receipt_facts import facts_json, facts_of

    facts = facts_json(facts_of(loan, payment, totals, penalty, advance_change,
                                sum((D(r["amount"]) for r in waiver_rows), ZERO), journal,
                                D(loan.advance_balance) if advance_after is None else advance_after,
                                installment_ids=[r["installment"] for r in rows]))
    Payment.update(receipt_facts=facts).where(Payment.id == payment.id).execute()
    payment.receipt_facts = facts
    from models.core.integrity import payment_digest

    audit.record(actor, f"payment.{kind}", "payment", payment.id,
                 after={"receipt_no": receipt_no, "loan": loan.contract_no, "date": date, "amount": amount,
                        "digest": payment_digest(payment.id),
                        "method": method, **{k: v for k, v in totals.items() if v}, "penalty": penalty,
                        "waived_fee": sum((D(r["amount"]) for r in waiver_rows), ZERO),
                        "booked_on": booked_on, "facts": facts})
    return payment


def _close_if_paid(loan: Loan, date: dt.date, actor: User | None, status: str = "paid_off",
                   installments: list[Installment] | None = None) -> None:
    """Close the loan once nothing is owed: no installment and no late fee (a fee left behind by a fee-last
    allocation order keeps the loan open until it is paid or waived, issue 13 item 2)."""
    if loan.oldest_unpaid_due is None and loan.status == "active":
        if installments is not None and any(v > ZERO for v in loan_fees(loan, installments, date).values()):
            return
        loan.status = status
        loan.closed_on = date
        Loan.update(status=status, closed_on=date).where(Loan.id == loan.id).execute()
        _mark_collateral_releasable(loan, actor)


@dataclass
class _Application:
    """An advance applied on a due date (in memory until it is recorded)."""

    date: dt.date
    parts: list
    used: Decimal
    accruals: list
    outstanding_after: Decimal


def _apply_parts(installments: list[Installment], parts: list[Part], date: dt.date) -> set[int]:
    by_id = {i.id: i for i in installments}
    changed = set()
    for part in parts:
        inst = by_id[part.installment_id]
        attr = {"fee": "late_fee_paid", "interest": "interest_paid", "principal": "principal_paid"}[part.part]
        setattr(inst, attr, D(getattr(inst, attr)) + part.amount)
        changed.add(inst.id)
    for inst in installments:
        if inst.id in changed and inst.paid_on is None and inst.is_paid:
            inst.paid_on = date
    return changed


def advance_applications(loan: Loan, installments: list[Installment], until: dt.date) -> list[_Application]:
    """Apply the advance (titipan) the office already holds to each installment on the day it falls due, up to
    ``until`` (in memory: the installments, ``loan.advance_balance`` and ``loan.last_payment_on`` change).

    The covered part never earns a late fee and never counts as days past due: it was paid on its due date,
    with money the office held (issue 13, item 3).  The caller records each application
    (:func:`_record_applications`) or only reads the result (the counter's figures, the payoff quote).

    Returns:
        One :class:`_Application` per due date the advance paid something on.
    """
    rule, shift = LateFeeRule.of(loan), shift_for(loan)
    apps: list[_Application] = []
    advance = D(loan.advance_balance)
    while advance > ZERO:
        nxt = next((i for i in installments if not i.is_paid and i.due_date <= until), None)
        if nxt is None:
            break
        day = max(nxt.due_date, loan.last_payment_on or nxt.due_date, loan.disbursed_on)
        fees = loan_fees(loan, installments, day)
        # Only what has fallen due by that day: each installment is paid on its own due date.
        parts, left = allocate(_dues([i for i in installments if i.due_date <= day], fees), advance, day,
                               loan.allocation_order)
        if not parts:
            break
        touched = {p.installment_id for p in parts if p.part != "fee"}
        accruals = late_fees.accrue_before_posting(installments, touched, day, rule, shift)
        _apply_parts(installments, parts, day)
        outstanding = D(loan.principal) - sum((D(i.principal_paid) for i in installments), ZERO)
        apps.append(_Application(day, parts, advance - left, accruals, outstanding))
        advance = left
        loan.last_payment_on = day
    loan.advance_balance = advance
    return apps


def _record_applications(actor: User, loan: Loan, apps: list[_Application], booked_on: dt.date) -> None:
    held = D(loan.advance_balance) + sum((a.used for a in apps), ZERO)
    for app in apps:
        held -= app.used
        _record(actor, loan, kind="advance", amount=ZERO, date=app.date, method="advance", reference="",
                idempotency_key=None, parts=app.parts, advance_change=-app.used, penalty=ZERO, waiver_rows=[],
                description="Titipan dipakai untuk angsuran jatuh tempo", booked_on=booked_on,
                outstanding_after=app.outstanding_after, accruals=app.accruals, advance_after=held)


# ------------------------------------------------------------------------------------------ actions
def post_payment(actor: User, loan: Loan, amount, date: dt.date, method: str = "cash", *, idempotency_key: str,
                 reference: str = "", waiver: Waiver | None = None,
                 value_date: dt.date | None = None) -> PaymentResult:
    """The cashier receives money on a loan.

    Args:
        actor: the cashier (``payment.post``).
        loan: the loan paid.
        amount: cash received (Decimal rupiah, > 0).
        date: the payment date: not before disbursement or the last payment, not in the future, not in a
            closed month.
        method: ``cash``, ``transfer`` or ``payment_point`` (the last two land on the bank account).
        idempotency_key: the payment form's key (:func:`models.core.idempotency.new_key`); a retry with the same key
            returns the payment already posted (``replayed=True``) and posts nothing.
        reference: the bank or payment-point reference.
        waiver: late fees forgiven by a supervisor at the same time (applied before allocating).
        value_date: when the money arrived, if earlier than ``date`` (a transfer found on a bank statement
            later): allocation, late fees and days past due follow it; ``date`` is then the booking date and the
            journal goes on the first open day from the value date (issue 13, item 9).
    Any advance already held is first applied on each due date up to the value date, as postings dated that
    day (item 3).
    Returns:
        :class:`PaymentResult`.
    Raises:
        ValidationError, PermissionDenied: nothing was written.
    """
    require(actor, "payment.post")
    amount = _money(amount, "amount")

    def body() -> PaymentResult:
        made = []
        outcome = once(idempotency_key, "payment.post", lambda: _post(actor, loan.id, amount, date, method,
                                                                         reference, waiver, idempotency_key, made,
                                                                         value_date))
        return made[0] if made else _replay(outcome.ref)

    return run_in_transaction(body)


def _replay(receipt_no: str) -> PaymentResult:
    payment = Payment.get(Payment.receipt_no == receipt_no)
    return _result(payment, Loan.get_by_id(payment.loan_id), True)


def _post(actor, loan_id, amount, date, method, reference, waiver, key, made: list, value_date=None) -> str:
    loan = _load_loan(loan_id)
    errors = validate_payment(loan, amount, date, method, value_date)
    if errors:
        raise ValidationError(errors)
    value = value_date or date
    installments = _installments(loan)
    rule, shift = LateFeeRule.of(loan), shift_for(loan)
    apps = advance_applications(loan, installments, value)
    changed = set()
    for app in apps:
        changed |= {p.installment_id for p in app.parts}
    waiver_rows = _apply_waiver(loan, installments, waiver, value, actor)
    fees = loan_fees(loan, installments, value)
    old_advance = D(loan.advance_balance)
    parts, left = allocate(_dues(installments, fees), amount + old_advance, value, loan.allocation_order)
    changed |= {r["installment"] for r in waiver_rows}
    accruals = late_fees.accrue_before_posting(installments, {p.installment_id for p in parts if p.part != "fee"},
                                               value, rule, shift)
    changed |= _apply_parts(installments, parts, value)
    _write_installments(installments, changed)
    _record_applications(actor, loan, apps, date)
    loan.advance_balance = left
    loan.last_payment_on = value
    _update_summary(loan, installments)
    _close_if_paid(loan, value, actor, installments=installments)
    payment = _record(actor, loan, kind="installment", amount=amount, date=value, method=method,
                      reference=reference, idempotency_key=key, parts=parts, advance_change=left - old_advance,
                      penalty=ZERO, waiver_rows=waiver_rows, description="Angsuran", booked_on=date,
                      accruals=accruals)
    made.append(_result(payment, loan, False, payment._allocations))
    return payment.receipt_no


PAYOFF_BASES = ("schedule", "effective")
PAYOFF_BASIS_LABELS = {"schedule": "sisa pokok menurut tabel angsuran (flat)",
                       "effective": "sisa pokok menurut tabel efektif (anuitas)"}


def _running(installments: list[Installment], date: dt.date) -> Installment | None:
    """The installment whose period the date falls in: the first one due on or after it (paid or not)."""
    return next((i for i in installments if i.due_date >= date), None)


def effective_balance(loan: Loan, installments: list[Installment], date: dt.date) -> Decimal:
    """Remaining principal by the effective (annuity) table: what the installments not yet due are worth at the
    contract's effective rate, discounted to the start of the running period, plus principal already due
    and unpaid (rupiah, to the sen).  For a flat contract it is larger than the flat table's remaining principal
    (flat interest front-loads nothing; the effective table does)."""
    from models.core.money import round_money
    from models.products.loanmath import PERIODS_PER_YEAR, Frequency

    r = D(loan.effective_rate) / 100 / PERIODS_PER_YEAR[Frequency(loan.frequency)]
    running = _running(installments, date)
    overdue = sum((i.due_principal for i in installments if i.due_date < date), ZERO)
    if running is None:
        return overdue
    # The stream still to pay, discounted to the start of its first period: the running period when its
    # installment is unpaid, else the next one.
    future = [i for i in installments if i.due_date >= date and not i.is_paid]
    value = ZERO
    for k, inst in enumerate(future, start=1):
        value += inst.remaining / (1 + r) ** k
    from models.core.money import ROUNDING_RULES

    rule = ROUNDING_RULES.get(str(loan.rounding))
    return round_money(overdue + value, "0" if rule is not None and rule.step >= 1 else "sen")


def payoff_quote(loan: Loan, date: dt.date, installments: list[Installment] | None = None) -> PayoffQuote:
    """What settles ``loan`` early on ``date``: remaining principal + interest of installments already due and
    of the period the date falls in + penalty % of the remaining principal
    (:func:`models.products.products.early_payoff_amount`) + late fees owed − advance.

    * Only the period the payoff date falls in earns interest, and none when that period's installment is
      already paid: a loan disbursed today whose first installment was paid ahead today owes no second-period
      interest on a payoff today (issue 13, item 8).
    * An advance held is first applied on each due date up to ``date`` (item 3), so the quote never asks for
      money the office already holds.
    * The remaining principal comes from the schedule (the flat table) or, when the contract says
      ``payoff_principal_basis = "effective"``, from the effective (annuity) table
      (:func:`effective_balance`); the quote says which (``basis``).

    Returns:
        :class:`PayoffQuote`; ``lines`` holds (label, amount) pairs for the screen and the letter.
    """
    from models.products.products import early_payoff_amount

    installments = [_clone(i) for i in (installments if installments is not None else _installments(loan))]
    loan = _clone(loan)
    advance_applications(loan, installments, date)
    fees = sum(loan_fees(loan, installments, date).values(), ZERO)
    principal = sum((i.due_principal for i in installments), ZERO)
    running = _running(installments, date)
    interest = sum((i.due_interest for i in installments
                    if i.due_date < date or (running is not None and i.id == running.id)), ZERO)
    waived = sum((i.due_interest for i in installments if i.due_date >= date
                  and (running is None or i.id != running.id)), ZERO)
    basis = getattr(loan, "payoff_principal_basis", "schedule") or "schedule"
    if basis == "effective" and loan.method == "flat" and running is not None:
        # The running period's interest is earned on the effective balance; the difference between the effective
        # and the flat remaining principal is interest of later periods kept rather than forgiven.
        balance = effective_balance(loan, installments, date)
        kept = max(ZERO, min(balance - principal, waived))
        interest += kept
        waived -= kept
    settled = early_payoff_amount(loan, principal, interest)
    penalty = settled - principal - interest
    advance = D(loan.advance_balance)
    total = max(ZERO, settled + fees - advance).quantize(SEN)
    lines = (("Sisa pokok", principal), ("Bunga berjalan dan tertunggak", interest), ("Penalti pelunasan", penalty),
             ("Denda", fees), ("Titipan dipakai", -advance), ("Bunga yang dibebaskan", waived))
    return PayoffQuote(date, principal, interest, penalty, fees, advance, waived, total, lines, basis)


def settle_early(actor: User, loan: Loan, date: dt.date, method: str = "cash", *, idempotency_key: str,
                 reference: str = "", amount=None) -> PaymentResult:
    """Early payoff (pelunasan dipercepat) at the quoted amount; the loan closes ``settled_early``.

    Args:
        actor: the cashier or supervisor (``loan.payoff``).
        amount: what the cashier received; when given it must equal the quote (a stale quote is refused).
    Returns:
        :class:`PaymentResult` of the payoff receipt.
    """
    require(actor, "loan.payoff")

    def body() -> PaymentResult:
        made = []
        outcome = once(idempotency_key, "payment.post",
                       lambda: _settle(actor, loan.id, date, method, reference, amount, idempotency_key, made))
        return made[0] if made else _replay(outcome.ref)

    return run_in_transaction(body)


def _settle(actor, loan_id, date, method, reference, amount, key, made: list) -> str:
    loan = _load_loan(loan_id)
    installments = _installments(loan)
    quote = payoff_quote(loan, date, installments)
    if amount is not None and _money(amount, "amount") != quote.total:
        raise ValidationError(FieldError("amount", _("jumlah pelunasan per {date} adalah {amount}; hitung ulang", date=f"{date:%d/%m/%Y}", amount=format_rupiah(quote.total))))
    # A payoff wholly covered by the advance receives nothing in cash, so the amount is not checked here.
    errors = validate_payment(loan, quote.total if quote.total > 0 else SEN, date, method)
    if errors:
        raise ValidationError(errors)
    rule, shift = LateFeeRule.of(loan), shift_for(loan)
    apps = advance_applications(loan, installments, date)
    _record_applications(actor, loan, apps, date)
    fees = loan_fees(loan, installments, date)
    running = _running(installments, date)
    accruals = late_fees.accrue_before_posting(installments, {i.id for i in installments if not i.is_paid}, date,
                                               rule, shift)
    kept_later = quote.interest - sum((i.due_interest for i in installments
                                       if i.due_date < date or (running is not None and i.id == running.id)), ZERO)
    parts: list[Part] = []
    for inst in installments:
        fee = fees.get(inst.id, ZERO)
        keeps_interest = inst.due_date < date or (running is not None and inst.id == running.id)
        interest, principal = inst.due_interest, inst.due_principal
        if fee > ZERO:
            parts.append(Part(inst.id, "fee", fee))
            inst.late_fee_paid = D(inst.late_fee_paid) + fee
        if interest > ZERO:
            keep = interest if keeps_interest else min(interest, max(kept_later, ZERO))
            if not keeps_interest:
                kept_later -= keep  # interest of later periods kept by the effective-table basis
            if keep > ZERO:
                parts.append(Part(inst.id, "interest", keep))
                inst.interest_paid = D(inst.interest_paid) + keep
            if interest - keep > ZERO:
                parts.append(Part(inst.id, "interest_waived", interest - keep))
                inst.interest_waived = D(inst.interest_waived) + interest - keep
        if principal > ZERO:
            parts.append(Part(inst.id, "principal", principal))
            inst.principal_paid = D(inst.principal_paid) + principal
        if inst.paid_on is None:
            inst.paid_on = date
    _write_installments(installments, {i.id for i in installments})
    old_advance = D(loan.advance_balance)
    # The advance pays first; if it exceeds what is owed the rest stays as titipan (to be refunded).
    owed = quote.principal + quote.interest + quote.penalty + quote.late_fees
    new_advance = max(ZERO, old_advance - owed)
    loan.advance_balance = new_advance
    loan.last_payment_on = date
    _update_summary(loan, installments)
    _close_if_paid(loan, date, actor, "settled_early")
    payment = _record(actor, loan, kind="payoff", amount=quote.total, date=date, method=method, reference=reference,
                      idempotency_key=key, parts=parts, advance_change=new_advance - old_advance,
                      penalty=quote.penalty, waiver_rows=[], description="Pelunasan dipercepat", accruals=accruals)
    made.append(_result(payment, loan, False, payment._allocations))
    return payment.receipt_no


def reverse_payment(actor: User, payment: Payment, reason: str, *, date: dt.date | None = None) -> Payment:
    """A supervisor reverses a payment (``payment.reverse``; never the cashier who posted it).

    The allocation is undone exactly, the journal is mirrored by :func:`models.ledger.journals.reverse_journal`, the
    receipt stays in its sequence marked reversed.  Newest first: refused while a later payment on the same
    loan stands (see the module docstring).

    Args:
        reason: why (required).
        date: accounting date of the reversal (default today; must be in an open month).
    Returns:
        The reversed :class:`Payment`.
    """
    require(actor, "payment.reverse")

    def body() -> Payment:
        pay = Payment.get_by_id(payment.id)
        require_checker(pay.cashier_id, actor, "Pembatalan pembayaran")
        if pay.status != "posted":
            raise ConflictError(_("kwitansi {receipt_no} sudah dibatalkan", receipt_no=pay.receipt_no), pay.id)
        if not (reason or "").strip():
            raise ValidationError(FieldError("reason", _("alasan pembatalan wajib diisi")))
        later = (Payment.select(Payment.receipt_no)
                 .where((Payment.loan == pay.loan_id) & (Payment.status == "posted") & (Payment.id > pay.id))
                 .order_by(Payment.id.desc()).first())
        if later is not None:
            raise DomainError(_("kwitansi {receipt_no} lebih baru dan masih berlaku: batalkan yang terbaru lebih dulu", receipt_no=later.receipt_no))
        when = date or _today()
        # A reversal changes what the original cashier's drawer held that day: refused once it is closed.
        refuse_if_closed(pay.cashier_id, when)
        loan = Loan.get_by_id(pay.loan_id)
        installments = _installments(loan)
        by_id = {i.id: i for i in installments}
        attrs = {"fee": "late_fee_paid", "interest": "interest_paid", "principal": "principal_paid",
                 "interest_waived": "interest_waived"}
        changed = set()
        for alloc in PaymentAllocation.select().where(PaymentAllocation.payment == pay.id):
            if alloc.part == "advance":
                loan.advance_balance = D(loan.advance_balance) - alloc.amount
            elif alloc.part in attrs and alloc.installment_id in by_id:
                inst = by_id[alloc.installment_id]
                setattr(inst, attrs[alloc.part], D(getattr(inst, attrs[alloc.part])) - alloc.amount)
                changed.add(inst.id)
        for inst in installments:
            if inst.id in changed and not inst.is_paid:
                inst.paid_on = None
        changed |= late_fees.restore(pay.id, by_id)
        # A waiver granted with this payment goes with it: the fee is owed again (issue 13, item 5).
        withdrawn = []
        for w in LateFeeWaiver.select().where((LateFeeWaiver.payment == pay.id)
                                              & (LateFeeWaiver.withdrawn_at.is_null())):
            inst = by_id.get(w.installment_id)
            if inst is not None:
                inst.late_fee_waived = D(inst.late_fee_waived) - D(w.amount)
                changed.add(inst.id)
            withdrawn.append(w.id)
        if withdrawn:
            LateFeeWaiver.update(withdrawn_at=now(), withdrawn_by=actor.id,
                                 withdrawal_reason=f"kwitansi {pay.receipt_no} dibatalkan: {reason.strip()}") \
                .where(LateFeeWaiver.id.in_(withdrawn)).execute()
        if D(loan.advance_balance) < ZERO:
            raise DomainError(_("titipan dari kwitansi {receipt_no} sudah dikembalikan ke nasabah: kwitansi ini tidak dapat dibatalkan lagi", receipt_no=pay.receipt_no))
        _write_installments(installments, changed)
        reversal = reverse_journal(actor, pay.journal, reason.strip(), date=when, by_subledger=True) \
            if pay.journal_id else None
        if reversal is not None:
            reverse_entries(pay.journal, reversal, when)
        Payment.update(status="reversed", reversal_journal=reversal, reversed_by=actor.id, reversed_at=now(),
                       reason=reason.strip()).where(Payment.id == pay.id).execute()
        loan.last_payment_on = (Payment.select(fn.MAX(Payment.date))
                                .where((Payment.loan == loan.id) & (Payment.status == "posted")).scalar())
        was_closed = loan.status in ("paid_off", "settled_early")
        _update_summary(loan, installments)
        if was_closed and loan.status == "active":
            from models.credit.collateral import withdraw_releasable

            withdraw_releasable(loan, actor)
        audit.record(actor, "payment.reverse", "payment", pay.id,
                     before={"status": "posted", "receipt_no": pay.receipt_no, "amount": pay.amount},
                     after={"status": "reversed", "reversal": reversal.number if reversal else None,
                            "waivers_withdrawn": withdrawn},
                     note=reason.strip())
        return Payment.get_by_id(pay.id)

    return run_in_transaction(body)


@dataclass(frozen=True)
class RefundResult:
    """What :func:`refund_advance` did: the cash-out voucher (bukti kas keluar) and the advance left."""

    voucher_no: str
    amount: Decimal
    advance_left: Decimal
    journal_number: str
    replayed: bool = False


REFUND_METHODS = ("cash", "transfer")  # money goes back over the counter or to the customer's account
REFUND_FORMAT = "BKK/{branch}/{year}/{n:06d}"  # default voucher format; setting number.format.refund overrides


def validate_refund(loan: Loan, amount: Decimal, date: dt.date, method: str, reason: str) -> list[FieldError]:
    """Every reason to refuse paying an advance (titipan) back, at once."""
    errors = []
    held = D(loan.advance_balance)
    if held <= ZERO:
        errors.append(FieldError("amount", _("pinjaman {contract_no} tidak memegang titipan", contract_no=loan.contract_no)))
    elif amount <= ZERO:
        errors.append(FieldError("amount", _("jumlah pengembalian harus lebih dari nol")))
    elif amount > held:
        errors.append(FieldError("amount", _("jumlah pengembalian melebihi titipan yang ada ({amount})", amount=format_rupiah(held))))
    if method not in REFUND_METHODS:
        errors.append(FieldError("method", _("titipan dikembalikan tunai atau transfer bank, bukan {method}", method=METHOD_LABELS.get(method, repr(method)))))
    if not (reason or "").strip():
        errors.append(FieldError("reason", _("alasan pengembalian wajib diisi")))
    if not isinstance(date, dt.date) or isinstance(date, dt.datetime):
        errors.append(FieldError("date", _("tanggal pengembalian wajib diisi")))
        return errors
    if date > _today():
        errors.append(FieldError("date", _("tanggal pengembalian tidak boleh di masa depan")))
    if loan.last_payment_on is not None and date < loan.last_payment_on:
        errors.append(FieldError("date", _("tanggal pengembalian sebelum pembayaran terakhir ({last_payment_on})", last_payment_on=f"{loan.last_payment_on:%d/%m/%Y}")))
    if is_closed(date):
        errors.append(FieldError("date", _("periode {month}/{year} sudah ditutup", month=f"{date.month:02d}", year=date.year)))
    return errors


def refund_advance(actor: User, loan: Loan, amount, date: dt.date, method: str = "cash", *, approved_by: User,
                   reason: str, idempotency_key: str, approver_password: str | None = None) -> RefundResult:
    """Pay an advance (titipan) back to the customer: an overpaid last installment, a double transfer.

    The cashier pays out (``payment.post``); a supervisor approves with their own login (``payment.reverse``,
    never the cashier).  The journal debits Titipan Angsuran and credits Kas (or the bank for a transfer) with
    its own voucher number, so the day's cash report shows it among the money that left the drawer.

    Args:
        amount: what is paid back; at most the advance held.
        reason: why (printed in the journal and the audit trail).
        idempotency_key: the form's key; a retry returns the voucher already made.
        approver_password: the supervisor's password typed at the counter; without it ``approved_by`` must be
            the user :func:`models.core.users.authenticate` just returned (:func:`models.core.users.prove_identity`).
    Returns:
        :class:`RefundResult`.
    Raises:
        ValidationError, PermissionDenied: nothing was written.
    """
    require(actor, "payment.post")
    require(approved_by, "payment.reverse")
    require_checker(actor.id, approved_by, "Pengembalian titipan")
    prove_identity(approved_by, approver_password, "Pengembalian titipan")  # like a waiver (issue 19, item 9)
    amount = _money(amount, "amount")

    def pay_out() -> str:
        fresh = _load_loan(loan.id)
        if fresh.status == "active" and isinstance(date, dt.date):
            # What has fallen due is paid from the advance on its due date first (issue 13, item 3): only what is
            # left after that is the customer's to take back.
            installments = _installments(fresh)
            apps = advance_applications(fresh, installments, date)
            if apps:
                _write_installments(installments, {p.installment_id for a in apps for p in a.parts})
                _record_applications(actor, fresh, apps, date)
                _update_summary(fresh, installments)
                _close_if_paid(fresh, max(a.date for a in apps), actor, installments=installments)
        errors = validate_refund(fresh, amount, date, method, reason)
        if errors:
            raise ValidationError(errors)
        refuse_if_closed(actor.id, date)
        pattern = get_setting("number.format.refund") or REFUND_FORMAT
        voucher = next_number("refund", fresh.branch, date.year, fmt=pattern)
        journal = post_event(actor, [("overpayment_applied", amount)], _product_mapping(fresh), date=date,
                             description=f"Pengembalian titipan {fresh.contract_no} {voucher}: {reason.strip()}",
                             source="refund", reference=voucher, customer_id=fresh.customer_id, loan_id=fresh.id,
                             cash_account=_cash_account(method), branch=fresh.branch)
        left = D(fresh.advance_balance) - amount
        Loan.update(advance_balance=left, updated_at=now()).where(Loan.id == fresh.id).execute()
        audit.record(actor, "payment.refund", "loan", fresh.id,
                     after={"voucher": voucher, "amount": amount, "method": method, "journal": journal.number,
                            "approved_by": approved_by.username, "advance_left": left}, note=reason.strip())
        return voucher

    def body() -> RefundResult:
        outcome = once(idempotency_key, "payment.refund", pay_out)
        made = next(r for r in refunds_of(loan) if r.voucher_no == outcome.ref)
        return RefundResult(outcome.ref, made.amount, D(Loan.get_by_id(loan.id).advance_balance),
                            made.journal_number, outcome.replayed)

    return run_in_transaction(body)


@dataclass(frozen=True)
class RefundRow:
    """One advance paid back, as the loan's history shows it."""

    voucher_no: str
    journal_number: str
    date: dt.date
    amount: Decimal
    method: str  # "cash" or "transfer", read from the account the journal credited
    cashier: str


def refunds_of(loan: Loan) -> list[RefundRow]:
    """The advances paid back on ``loan``, oldest first: one query over their journal lines."""
    from models.ledger.chart import Account
    from models.ledger.journals import JournalLine

    loan_journals = JournalLine.select(JournalLine.journal).where(JournalLine.loan_id == loan.id)
    query = (JournalLine.select(Journal.id, Journal.reference, Journal.number, Journal.date, User.full_name,
                                Account.code, JournalLine.debit, JournalLine.credit)
             .join(Journal, on=(JournalLine.journal == Journal.id))
             .join(User, JOIN.LEFT_OUTER, on=(Journal.created_by == User.id))
             .switch(JournalLine).join(Account, on=(JournalLine.account == Account.id))
             .where((Journal.source == "refund") & Journal.id.in_(loan_journals))
             .order_by(Journal.id, JournalLine.line_no))
    bank = _cash_account("transfer")
    found: dict[int, dict] = {}
    for jid, voucher, number, date, cashier, code, debit, credit in query.tuples():
        row = found.setdefault(jid, {"voucher_no": voucher, "journal_number": number, "date": date,
                                     "amount": ZERO, "method": "cash", "cashier": cashier or ""})
        row["amount"] += D(debit)  # MoneyField columns come back as rupiah
        if D(credit) > ZERO and code == bank:
            row["method"] = "transfer"
    return [RefundRow(**row) for row in found.values()]


def waive_late_fee(actor: User, loan: Loan, waiver: Waiver, date: dt.date) -> list[LateFeeWaiver]:
    """Forgive late fees without a payment (the supervisor approves the cashier's or collector's request).

    Args:
        actor: who asks (the maker); ``waiver.approved_by`` is the checker holding ``fee.waive``.
    Returns:
        The waiver rows written (oldest installment first).
    """
    refresh_rights(actor)
    if not any(has_permission(actor, p) for p in WAIVER_REQUEST_PERMISSIONS):
        require(actor, "payment.post")

    def body():
        fresh = Loan.get_by_id(loan.id)
        installments = _installments(fresh)
        rows = _apply_waiver(fresh, installments, waiver, date, actor)
        if not rows:
            raise ValidationError(FieldError("waiver", _("tidak ada denda yang dihapus")))
        _write_installments(installments, {r["installment"] for r in rows})
        _update_summary(fresh, installments)
        _close_if_paid(fresh, date, waiver.approved_by, installments=installments)
        ids = [LateFeeWaiver.create(**r).id for r in rows]
        audit.record(waiver.approved_by, "fee.waive", "loan", fresh.id,
                     after={"amount": waiver.amount, "requested_by": actor.username}, note=waiver.reason)
        return list(LateFeeWaiver.select().where(LateFeeWaiver.id.in_(ids)))

    return run_in_transaction(body)


def withdraw_waiver(actor: User, waiver: LateFeeWaiver, reason: str) -> list[LateFeeWaiver]:
    """A supervisor withdraws a late-fee waiver (``fee.waive``), with a reason: the fee is owed again.

    A waiver granted once is spread over the installments it forgave (one row each); the whole grant is withdrawn
    together.  The rows stay, marked withdrawn (who, when, why), and the audit trail shows the grant and the
    withdrawal (issue 13, item 5).  A loan that the waiver had closed opens again.

    Returns:
        The withdrawn rows.
    Raises:
        ValidationError: no reason. ConflictError: already withdrawn. PermissionDenied.
    """
    require(actor, "fee.waive")

    def body() -> list[LateFeeWaiver]:
        row = LateFeeWaiver.get_by_id(waiver.id)
        if row.withdrawn_at is not None:
            raise ConflictError(_("penghapusan denda ini sudah ditarik"), row.id)
        if not (reason or "").strip():
            raise ValidationError(FieldError("reason", _("alasan penarikan wajib diisi")))
        same_payment = (LateFeeWaiver.payment.is_null() if row.payment_id is None
                        else LateFeeWaiver.payment == row.payment_id)
        grant = list(LateFeeWaiver.select().where(
            (LateFeeWaiver.loan == row.loan_id) & (LateFeeWaiver.date == row.date)
            & (LateFeeWaiver.created_at == row.created_at) & (LateFeeWaiver.approved_by == row.approved_by_id)
            & (LateFeeWaiver.reason == row.reason) & same_payment & LateFeeWaiver.withdrawn_at.is_null()))
        loan = Loan.get_by_id(row.loan_id)
        installments = _installments(loan)
        by_id = {i.id: i for i in installments}
        for w in grant:
            inst = by_id[w.installment_id]
            inst.late_fee_waived = D(inst.late_fee_waived) - D(w.amount)
        _write_installments(installments, {w.installment_id for w in grant})
        LateFeeWaiver.update(withdrawn_at=now(), withdrawn_by=actor.id, withdrawal_reason=reason.strip()) \
            .where(LateFeeWaiver.id.in_([w.id for w in grant])).execute()
        if loan.status == "paid_off":
            Loan.update(status="active", closed_on=None).where(Loan.id == loan.id).execute()
            loan.status, loan.closed_on = "active", None
            from models.credit.collateral import withdraw_releasable

            withdraw_releasable(loan, actor)
        _update_summary(loan, installments)
        total = sum((D(w.amount) for w in grant), ZERO)
        audit.record(actor, "fee.waive.withdraw", "late_fee_waiver", row.id,
                     before={"amount": total, "approved_by": row.approved_by_id, "rows": [w.id for w in grant]},
                     after={"withdrawn": True}, note=reason.strip())
        return list(LateFeeWaiver.select().where(LateFeeWaiver.id.in_([w.id for w in grant]))
                    .order_by(LateFeeWaiver.id))

    return run_in_transaction(body)


def record_print(payment: Payment) -> int:
    """Count a print of the receipt (the first is the original; later prints say SALINAN).  Returns the count."""
    def body():
        Payment.update(print_count=Payment.print_count + 1).where(Payment.id == payment.id).execute()
        return Payment.select(Payment.print_count).where(Payment.id == payment.id).scalar()

    return run_in_transaction(body)


def payment_by_receipt(receipt_no: str) -> Payment:
    payment = Payment.get_or_none(Payment.receipt_no == (receipt_no or "").strip())
    if payment is None:
        raise NotFound(_("kwitansi {receipt_no} tidak ditemukan", receipt_no=receipt_no))
    return payment


# --------------------------------------------------------------------------------------------- counter
def find_loans(user: User, text: str, limit: int = 20) -> list[Loan]:
    """The loans a cashier means by ``text``: a contract number (or part of it), a customer's name or NIK.

    Customers are found through the search index (:func:`models.customers.search.search_ids`, scoped to what ``user``
    may see); open loans are listed first.
    """
    from models.customers.search import search_ids

    text = (text or "").strip()
    if not text:
        return []
    found: dict[int, Loan] = {}
    if any(ch.isdigit() for ch in text) or "/" in text:
        for loan in Loan.select().where(Loan.contract_no.contains(text.upper())).limit(limit):
            found[loan.id] = loan
    ids = search_ids(user, text, limit=limit)
    if ids:
        for loan in Loan.select().where(Loan.customer.in_(ids)).limit(limit * 2):
            found.setdefault(loan.id, loan)
    loans = sorted(found.values(), key=lambda l: (l.status != "active", l.contract_no))
    return loans[:limit]


@dataclass(frozen=True)
class CounterView:
    """Everything the cashier must see before accepting money on a loan (as of ``date``)."""

    date: dt.date
    arrears: Decimal  # installments fallen due and unpaid (principal + interest)
    late_fees: Decimal
    overdue_count: int
    next_installment: Decimal  # what the next unpaid installment still needs
    all_arrears: Decimal  # arrears + late fees − advance: what brings the loan up to date
    payoff: PayoffQuote | None
    advance: Decimal


def counter_view(loan: Loan, date: dt.date, installments: list[Installment] | None = None) -> CounterView:
    """Arrears, late fees and the quick amounts ("1 angsuran", "semua tunggakan", "pelunasan") for a loan.

    The advance held is first applied, in memory, on each due date up to ``date`` — as the posting will do — so
    no figure asks the customer for money the office already holds, and the covered part carries no late fee
    (issue 13, item 3).  ``installments`` (the loan's rows in order) may be passed by a caller that loaded many
    loans' rows in one query (the collector's worklist, warning letters); by default they are read here.
    """
    installments = [_clone(i) for i in (_installments(loan) if installments is None else installments)]
    sim = _clone(loan)
    advance_applications(sim, installments, date)
    fees = loan_fees(sim, installments, date)
    overdue = [i for i in installments if i.due_date <= date and not i.is_paid]
    arrears = sum((i.remaining for i in overdue), ZERO)
    late = sum(fees.values(), ZERO)
    nxt = next((i for i in installments if not i.is_paid), None)
    advance = D(sim.advance_balance)
    next_amount = max(ZERO, (nxt.remaining if nxt else ZERO) + (fees.get(nxt.id, ZERO) if nxt else ZERO) - advance)
    quote = payoff_quote(loan, date) if loan.status == "active" else None
    return CounterView(date, arrears, late, len(overdue), next_amount, max(ZERO, arrears + late - advance), quote,
                       advance)


def loan_position(loan: Loan, as_of: dt.date) -> dict:
    """What the loan view's header shows: :func:`models.loans.loans.loan_view`'s figures, with the advance the office
    already holds applied on each due date up to ``as_of`` (in memory, as the next posting or the month-end run
    will book it), so the part it covers shows no arrears, no late fee and no days past due (issue 13, item 3).

    Returns:
        The keys of :func:`models.loans.loans.loan_view`; ``outstanding_principal`` and ``advance`` as booked.
    """
    from models.loans.loans import (
        COLLECTIBILITY_NAMES,
        collectibility,
        collectibility_preset,
        days_past_due,
        loan_view,
    )

    if D(loan.advance_balance) <= ZERO:
        return loan_view(loan, as_of)
    installments = [_clone(i) for i in _installments(loan)]
    sim = _clone(loan)
    if not advance_applications(sim, installments, as_of):
        return loan_view(loan, as_of)
    unpaid = [i for i in installments if not i.is_paid]
    oldest = min((i.due_date for i in unpaid), default=None)
    start = arrears_start(sim, oldest) or oldest
    dpd = days_past_due(start, as_of)
    klass = collectibility(dpd, collectibility_preset())
    fees = loan_fees(sim, [i for i in installments if i.due_date < as_of], as_of)
    nxt = unpaid[0] if unpaid else None
    return {"days_past_due": dpd, "collectibility": klass, "collectibility_name": COLLECTIBILITY_NAMES[klass],
            "arrears": sum((i.remaining for i in unpaid if i.due_date < as_of), ZERO),
            "late_fees": sum(fees.values(), ZERO), "late_fees_by_installment": fees,
            "next_due_date": nxt.due_date if nxt else None, "next_due_amount": nxt.remaining if nxt else ZERO,
            "outstanding_principal": loan.outstanding_principal, "advance": loan.advance_balance}
