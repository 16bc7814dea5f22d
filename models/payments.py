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
  and the half is kept as an advance (titipan, a liability: it is the customer's money).  The advance is
  therefore always smaller than the next installment, so applying it "when the installment falls due" could
  only ever pay part of it; it is applied on the **next payment** (added to the cash received) and on an
  early payoff, and is never lost: it stays on ``Loan.advance_balance`` and in Titipan Angsuran (2101).

Reversals go **newest first**: a payment can be reversed only while no later payment on the same loan stands,
because a later payment was allocated against the state this one left (its late fees, its advance).  To correct
an older payment the supervisor reverses the newer ones first and the cashier posts them again.

An early payoff (:func:`settle_early`) settles remaining principal + the interest of installments already due
and of the period now running + the contract's penalty % + late fees owed, less the advance held; the
interest of later periods is waived (``Installment.interest_waived``), the loan closes ``settled_early`` and
its collateral becomes releasable.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from peewee import JOIN, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, TextField, fn

from models import audit
from models.db import BaseModel, database, run_in_transaction
from models.errors import ConflictError, DomainError, FieldError, NotFound, ValidationError
from models.idempotency import once
from models.ledger import Journal, chart_roles, is_closed, post_event, reverse_journal
from models.loans import Installment, LateFeeRule, Loan, accrued_late_fees
from models.money import D, MoneyError, MoneyField, SEN, ZERO, format_rupiah, to_minor
from models.office import Branch, get_setting, next_number, now
from models.users import User, has_permission, prove_identity, refresh_rights, require, require_checker

METHODS = ("cash", "transfer", "payment_point")
METHOD_LABELS = {"cash": "Tunai", "transfer": "Transfer bank", "payment_point": "Payment point"}
PAYMENT_STATUSES = ("posted", "reversed")
KINDS = ("installment", "payoff")
#: Parts of an allocation.  fee/interest/principal/penalty/advance add up to the payment's amount (advance may be
#: negative: an advance held from before and used by this payment); interest_waived records interest forgiven
#: by an early payoff so that a reversal can restore it, and is not money received.
MONEY_PARTS = ("fee", "interest", "principal", "penalty", "advance")
PART_LABELS = {"fee": "Denda", "interest": "Bunga", "principal": "Pokok", "penalty": "Penalti pelunasan",
               "advance": "Titipan", "interest_waived": "Bunga dibebaskan"}


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
    :func:`models.users.authenticate` just returned (see :func:`models.users.prove_identity`).
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


# ------------------------------------------------------------------------------------------- helpers
def _money(value, name: str) -> Decimal:
    try:
        amount = D(value)
        to_minor(amount)
    except MoneyError as exc:
        raise ValidationError(FieldError(name, f"jumlah tidak sah: {exc}")) from None
    from models.limits import amount_errors

    errors = amount_errors(amount, name)  # above the office's ceiling (issue 19, item 8)
    if errors:
        raise ValidationError(errors)
    return amount


def _today() -> dt.date:
    return dt.date.today()


def validate_payment(loan: Loan, amount: Decimal, date: dt.date, method: str) -> list[FieldError]:
    """Every reason to refuse a payment, at once."""
    errors = []
    if amount <= ZERO:
        errors.append(FieldError("amount", "jumlah pembayaran harus lebih dari nol"))
    if method not in METHODS:
        errors.append(FieldError("method", f"cara bayar tidak dikenal: {method!r}"))
    if not isinstance(date, dt.date) or isinstance(date, dt.datetime):
        errors.append(FieldError("date", "tanggal pembayaran wajib diisi"))
        return errors
    if loan.status != "active":
        errors.append(FieldError("loan", f"pinjaman {loan.contract_no} sudah ditutup ({loan.status})"))
    if date < loan.disbursed_on:
        errors.append(FieldError("date", f"tanggal pembayaran sebelum pencairan ({loan.disbursed_on:%d/%m/%Y})"))
    if date > _today():
        errors.append(FieldError("date", "tanggal pembayaran tidak boleh di masa depan"))
    if loan.last_payment_on is not None and date < loan.last_payment_on:
        errors.append(FieldError("date", "tanggal pembayaran sebelum pembayaran terakhir "
                                         f"({loan.last_payment_on:%d/%m/%Y}); batalkan dulu yang lebih baru"))
    if _cached(("closed", date.year, date.month), lambda: is_closed(date)):
        errors.append(FieldError("date", f"periode {date.month:02d}/{date.year} sudah ditutup"))
    return errors


def _installments(loan: Loan) -> list[Installment]:
    # A raw statement: the rows are read on every payment and compiling the SELECT costs ten times running it.
    return list(Installment.raw(f"SELECT * FROM installment WHERE loan_id = {database.obj.param} ORDER BY no",
                                loan.id))


def _load_loan(loan_id: int) -> Loan:
    found = list(Loan.raw(f"SELECT * FROM loan WHERE id = {database.obj.param}", loan_id))
    if not found:
        raise NotFound(f"pinjaman #{loan_id} tidak ditemukan")
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

    from models.products import LoanProduct

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
        raise ValidationError(FieldError("reason", "alasan penghapusan denda wajib diisi"))
    prove_identity(waiver.approved_by, waiver.password, "Penghapusan denda")
    amount = _money(waiver.amount, "waiver")
    fees = accrued_late_fees(installments, date, LateFeeRule.of(loan))
    if amount > sum(fees.values(), ZERO):
        raise ValidationError(FieldError("waiver", f"denda yang bisa dihapus paling banyak "
                                                   f"{format_rupiah(sum(fees.values(), ZERO))}"))
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
    from models.integrity import touch_loan

    for loan_id in {i.loan_id for i in installments if i.id in changed}:
        touch_loan(loan_id)  # the action's audit row (written last) seals the loan's installments
    db = database.obj
    mark = db.param
    sql = (f"UPDATE installment SET principal_paid = {mark}, interest_paid = {mark}, late_fee_paid = {mark}, "
           f"late_fee_waived = {mark}, interest_waived = {mark}, paid_on = {mark} WHERE id = {mark}")
    db.cursor().executemany(sql, rows)


def _update_summary(loan: Loan, installments: list[Installment]) -> None:
    """Set the loan's summary columns from its installment rows, already in memory after the posting.

    The same figures as :func:`models.loans.refresh_summary` (which re-reads them with two aggregate queries
    and saves the whole row); ``check`` compares both ways (``loan summaries agree with their installments``).
    One narrow UPDATE keeps a payment at a few milliseconds.
    """
    from models.integrity import touch_loan

    touch_loan(loan.id)
    unpaid = [i for i in installments if not i.is_paid]
    loan.principal_paid = sum((D(i.principal_paid) for i in installments), ZERO)
    loan.interest_paid = sum((D(i.interest_paid) for i in installments), ZERO)
    loan.late_fee_paid = sum((D(i.late_fee_paid) for i in installments), ZERO)
    loan.late_fee_waived = sum((D(i.late_fee_waived) for i in installments), ZERO)
    loan.outstanding_principal = D(loan.principal) - loan.principal_paid
    loan.installments_paid = len(installments) - len(unpaid)
    loan.oldest_unpaid_due = min((i.due_date for i in unpaid), default=None)
    loan.updated_at = now()
    if loan.oldest_unpaid_due is not None and loan.status in ("paid_off", "settled_early"):
        loan.status, loan.closed_on = "active", None  # a reversal reopened it
    Loan.update(principal_paid=loan.principal_paid, interest_paid=loan.interest_paid,
                late_fee_paid=loan.late_fee_paid, late_fee_waived=loan.late_fee_waived,
                outstanding_principal=loan.outstanding_principal, installments_paid=loan.installments_paid,
                oldest_unpaid_due=loan.oldest_unpaid_due, advance_balance=loan.advance_balance,
                last_payment_on=loan.last_payment_on, status=loan.status, closed_on=loan.closed_on,
                updated_at=loan.updated_at).where(Loan.id == loan.id).execute()


def _mark_collateral_releasable(loan: Loan, actor: User | None) -> None:
    from models.collateral import mark_releasable

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


def _record(actor: User, loan: Loan, *, kind: str, amount: Decimal, date: dt.date, method: str, reference: str,
            idempotency_key: str | None, parts: list[Part], advance_change: Decimal, penalty: Decimal,
            waiver_rows: list[dict], description: str) -> Payment:
    """Receipt number, journal, payment + allocation rows, waivers and audit: the common tail of a posting."""
    totals = {name: ZERO for name in MONEY_PARTS}
    for part in parts:
        if part.part in totals:
            totals[part.part] += part.amount
    receipt_no = next_number("receipt", loan.branch, date.year)
    principal_event = "early_payoff" if kind == "payoff" else "installment_principal"
    events = [("late_fee", totals["fee"]), ("installment_interest", totals["interest"]),
              (principal_event, totals["principal"]), ("early_payoff_penalty", penalty)]
    if advance_change > ZERO:
        events.append(("overpayment", advance_change))
    elif advance_change < ZERO:
        events.append(("overpayment_applied", -advance_change))
    journal = post_event(actor, events, _product_mapping(loan), date=date,
                         description=f"{description} {loan.contract_no} kwitansi {receipt_no}", source=(
                             "payoff" if kind == "payoff" else "payment"), reference=receipt_no,
                         customer_id=loan.customer_id, loan_id=loan.id, cash_account=_cash_account(method),
                         branch=loan.branch)
    payment = Payment.create(receipt_no=receipt_no, loan=loan.id, branch=loan.branch_id, kind=kind, date=date,
                             amount=amount, method=method, reference=(reference or "").strip()[:64],
                             cashier=actor.id, idempotency_key=idempotency_key, journal=journal,
                             outstanding_after=loan.outstanding_principal)
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
    from models.integrity import payment_digest

    audit.record(actor, f"payment.{kind}", "payment", payment.id,
                 after={"receipt_no": receipt_no, "loan": loan.contract_no, "date": date, "amount": amount,
                        "digest": payment_digest(payment.id),
                        "method": method, **{k: v for k, v in totals.items() if v}, "penalty": penalty,
                        "waived_fee": sum((D(r["amount"]) for r in waiver_rows), ZERO)})
    return payment


def _close_if_paid(loan: Loan, date: dt.date, actor: User | None, status: str = "paid_off") -> None:
    if loan.oldest_unpaid_due is None and loan.status == "active":
        loan.status = status
        loan.closed_on = date
        Loan.update(status=status, closed_on=date).where(Loan.id == loan.id).execute()
        _mark_collateral_releasable(loan, actor)


# ------------------------------------------------------------------------------------------ actions
def post_payment(actor: User, loan: Loan, amount, date: dt.date, method: str = "cash", *, idempotency_key: str,
                 reference: str = "", waiver: Waiver | None = None) -> PaymentResult:
    """The cashier receives money on a loan.

    Args:
        actor: the cashier (``payment.post``).
        loan: the loan paid.
        amount: cash received (Decimal rupiah, > 0).
        date: the payment date: not before disbursement or the last payment, not in the future, not in a
            closed month.
        method: ``cash``, ``transfer`` or ``payment_point`` (the last two land on the bank account).
        idempotency_key: the payment form's key (:func:`models.idempotency.new_key`); a retry with the same key
            returns the payment already posted (``replayed=True``) and posts nothing.
        reference: the bank or payment-point reference.
        waiver: late fees forgiven by a supervisor at the same time (applied before allocating).
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
                                                                         reference, waiver, idempotency_key, made))
        return made[0] if made else _replay(outcome.ref)

    return run_in_transaction(body)


def _replay(receipt_no: str) -> PaymentResult:
    payment = Payment.get(Payment.receipt_no == receipt_no)
    return _result(payment, Loan.get_by_id(payment.loan_id), True)


def _post(actor, loan_id, amount, date, method, reference, waiver, key, made: list) -> str:
    loan = _load_loan(loan_id)
    errors = validate_payment(loan, amount, date, method)
    if errors:
        raise ValidationError(errors)
    installments = _installments(loan)
    waiver_rows = _apply_waiver(loan, installments, waiver, date, actor)
    fees = accrued_late_fees(installments, date, LateFeeRule.of(loan))
    old_advance = D(loan.advance_balance)
    parts, left = allocate(_dues(installments, fees), amount + old_advance, date, loan.allocation_order)
    changed = {r["installment"] for r in waiver_rows}
    by_id = {i.id: i for i in installments}
    for part in parts:
        inst = by_id[part.installment_id]
        attr = {"fee": "late_fee_paid", "interest": "interest_paid", "principal": "principal_paid"}[part.part]
        setattr(inst, attr, D(getattr(inst, attr)) + part.amount)
        changed.add(inst.id)
    for inst in installments:
        if inst.id in changed and inst.paid_on is None and inst.is_paid:
            inst.paid_on = date
    _write_installments(installments, changed)
    loan.advance_balance = left
    loan.last_payment_on = date
    _update_summary(loan, installments)
    _close_if_paid(loan, date, actor)
    payment = _record(actor, loan, kind="installment", amount=amount, date=date, method=method,
                      reference=reference, idempotency_key=key, parts=parts, advance_change=left - old_advance,
                      penalty=ZERO, waiver_rows=waiver_rows, description="Angsuran")
    made.append(_result(payment, loan, False, payment._allocations))
    return payment.receipt_no


def payoff_quote(loan: Loan, date: dt.date, installments: list[Installment] | None = None) -> PayoffQuote:
    """What settles ``loan`` early on ``date``: remaining principal + interest due and of the running period +
    penalty % of the remaining principal (:func:`models.products.early_payoff_amount`) + late fees owed − advance.

    Returns:
        :class:`PayoffQuote`; ``lines`` holds (label, amount) pairs for the screen and the letter.
    """
    from models.products import early_payoff_amount

    installments = installments if installments is not None else _installments(loan)
    fees = sum(accrued_late_fees(installments, date, LateFeeRule.of(loan)).values(), ZERO)
    principal = sum((i.due_principal for i in installments), ZERO)
    running = next((i for i in installments if i.due_date >= date and not i.is_paid), None)
    interest = sum((i.due_interest for i in installments
                    if i.due_date < date or (running is not None and i.id == running.id)), ZERO)
    waived = sum((i.due_interest for i in installments if i.due_date >= date
                  and (running is None or i.id != running.id)), ZERO)
    settled = early_payoff_amount(loan, principal, interest)
    penalty = settled - principal - interest
    advance = D(loan.advance_balance)
    total = max(ZERO, settled + fees - advance).quantize(SEN)
    lines = (("Sisa pokok", principal), ("Bunga berjalan dan tertunggak", interest), ("Penalti pelunasan", penalty),
             ("Denda", fees), ("Titipan dipakai", -advance), ("Bunga yang dibebaskan", waived))
    return PayoffQuote(date, principal, interest, penalty, fees, advance, waived, total, lines)


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
        raise ValidationError(FieldError("amount", f"jumlah pelunasan per {date:%d/%m/%Y} adalah "
                                                   f"{format_rupiah(quote.total)}; hitung ulang"))
    # A payoff wholly covered by the advance receives nothing in cash, so the amount is not checked here.
    errors = validate_payment(loan, quote.total if quote.total > 0 else SEN, date, method)
    if errors:
        raise ValidationError(errors)
    fees = accrued_late_fees(installments, date, LateFeeRule.of(loan))
    running = next((i for i in installments if i.due_date >= date and not i.is_paid), None)
    parts: list[Part] = []
    for inst in installments:
        fee = fees.get(inst.id, ZERO)
        keeps_interest = inst.due_date < date or (running is not None and inst.id == running.id)
        interest, principal = inst.due_interest, inst.due_principal
        if fee > ZERO:
            parts.append(Part(inst.id, "fee", fee))
            inst.late_fee_paid = D(inst.late_fee_paid) + fee
        if interest > ZERO:
            if keeps_interest:
                parts.append(Part(inst.id, "interest", interest))
                inst.interest_paid = D(inst.interest_paid) + interest
            else:
                parts.append(Part(inst.id, "interest_waived", interest))
                inst.interest_waived = D(inst.interest_waived) + interest
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
                      penalty=quote.penalty, waiver_rows=[], description="Pelunasan dipercepat")
    made.append(_result(payment, loan, False, payment._allocations))
    return payment.receipt_no


def reverse_payment(actor: User, payment: Payment, reason: str, *, date: dt.date | None = None) -> Payment:
    """A supervisor reverses a payment (``payment.reverse``; never the cashier who posted it).

    The allocation is undone exactly, the journal is mirrored by :func:`models.ledger.reverse_journal`, the
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
            raise ConflictError(f"kwitansi {pay.receipt_no} sudah dibatalkan", pay.id)
        if not (reason or "").strip():
            raise ValidationError(FieldError("reason", "alasan pembatalan wajib diisi"))
        later = (Payment.select(Payment.receipt_no)
                 .where((Payment.loan == pay.loan_id) & (Payment.status == "posted") & (Payment.id > pay.id))
                 .order_by(Payment.id.desc()).first())
        if later is not None:
            raise DomainError(f"kwitansi {later.receipt_no} lebih baru dan masih berlaku: batalkan yang terbaru "
                              "lebih dulu")
        when = date or _today()
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
        if D(loan.advance_balance) < ZERO:
            raise DomainError(f"titipan dari kwitansi {pay.receipt_no} sudah dikembalikan ke nasabah: kwitansi ini "
                              "tidak dapat dibatalkan lagi")
        _write_installments(installments, changed)
        reversal = reverse_journal(actor, pay.journal, reason.strip(), date=when, by_subledger=True) \
            if pay.journal_id else None
        Payment.update(status="reversed", reversal_journal=reversal, reversed_by=actor.id, reversed_at=now(),
                       reason=reason.strip()).where(Payment.id == pay.id).execute()
        loan.last_payment_on = (Payment.select(fn.MAX(Payment.date))
                                .where((Payment.loan == loan.id) & (Payment.status == "posted")).scalar())
        was_closed = loan.status in ("paid_off", "settled_early")
        _update_summary(loan, installments)
        if was_closed and loan.status == "active":
            from models.collateral import withdraw_releasable

            withdraw_releasable(loan, actor)
        audit.record(actor, "payment.reverse", "payment", pay.id,
                     before={"status": "posted", "receipt_no": pay.receipt_no, "amount": pay.amount},
                     after={"status": "reversed", "reversal": reversal.number if reversal else None},
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
        errors.append(FieldError("amount", f"pinjaman {loan.contract_no} tidak memegang titipan"))
    elif amount <= ZERO:
        errors.append(FieldError("amount", "jumlah pengembalian harus lebih dari nol"))
    elif amount > held:
        errors.append(FieldError("amount", f"jumlah pengembalian melebihi titipan yang ada ({format_rupiah(held)})"))
    if method not in REFUND_METHODS:
        errors.append(FieldError("method", "titipan dikembalikan tunai atau transfer bank, "
                                           f"bukan {METHOD_LABELS.get(method, repr(method))}"))
    if not (reason or "").strip():
        errors.append(FieldError("reason", "alasan pengembalian wajib diisi"))
    if not isinstance(date, dt.date) or isinstance(date, dt.datetime):
        errors.append(FieldError("date", "tanggal pengembalian wajib diisi"))
        return errors
    if date > _today():
        errors.append(FieldError("date", "tanggal pengembalian tidak boleh di masa depan"))
    if loan.last_payment_on is not None and date < loan.last_payment_on:
        errors.append(FieldError("date", "tanggal pengembalian sebelum pembayaran terakhir "
                                         f"({loan.last_payment_on:%d/%m/%Y})"))
    if is_closed(date):
        errors.append(FieldError("date", f"periode {date.month:02d}/{date.year} sudah ditutup"))
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
            the user :func:`models.users.authenticate` just returned (:func:`models.users.prove_identity`).
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
        errors = validate_refund(fresh, amount, date, method, reason)
        if errors:
            raise ValidationError(errors)
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
    from models.ledger import Account, JournalLine

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
            raise ValidationError(FieldError("waiver", "tidak ada denda yang dihapus"))
        _write_installments(installments, {r["installment"] for r in rows})
        _update_summary(fresh, installments)
        ids = [LateFeeWaiver.create(**r).id for r in rows]
        audit.record(waiver.approved_by, "fee.waive", "loan", fresh.id,
                     after={"amount": waiver.amount, "requested_by": actor.username}, note=waiver.reason)
        return list(LateFeeWaiver.select().where(LateFeeWaiver.id.in_(ids)))

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
        raise NotFound(f"kwitansi {receipt_no} tidak ditemukan")
    return payment


# --------------------------------------------------------------------------------------------- counter
def find_loans(user: User, text: str, limit: int = 20) -> list[Loan]:
    """The loans a cashier means by ``text``: a contract number (or part of it), a customer's name or NIK.

    Customers are found through the search index (:func:`models.search.search_ids`, scoped to what ``user``
    may see); open loans are listed first.
    """
    from models.search import search_ids

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


def counter_view(loan: Loan, date: dt.date) -> CounterView:
    """Arrears, late fees and the quick amounts ("1 angsuran", "semua tunggakan", "pelunasan") for a loan."""
    installments = _installments(loan)
    fees = accrued_late_fees(installments, date, LateFeeRule.of(loan))
    overdue = [i for i in installments if i.due_date <= date and not i.is_paid]
    arrears = sum((i.remaining for i in overdue), ZERO)
    late = sum(fees.values(), ZERO)
    nxt = next((i for i in installments if not i.is_paid), None)
    advance = D(loan.advance_balance)
    next_amount = max(ZERO, (nxt.remaining if nxt else ZERO) + (fees.get(nxt.id, ZERO) if nxt else ZERO) - advance)
    quote = payoff_quote(loan, date, installments) if loan.status == "active" else None
    return CounterView(date, arrears, late, len(overdue), next_amount, max(ZERO, arrears + late - advance), quote,
                       advance)


# ---------------------------------------------------------------------------------------------------- demo
def build_demo(ctx) -> None:
    """Demo step ``models.payments:build_demo`` (after ``models.applications:build_demo``).

    Every loan in ``ctx.made["loan_ids"]`` is paid month by month up to ``ctx.today`` through the real
    :func:`post_payment` with back dates, so receipts, journals, audit rows and arrears are all genuine.  How a
    customer pays follows the risk of the dealer who brought them (``ctx.made["dealer_risk"]``): on time,
    late (paying the arrears with something towards the late fee), missing months, or stopping altogether;
    a few pay more than due (titipan), a few settle early, a waiver or two is granted by the branch head, and
    one or two receipts are reversed by the branch head and posted again correctly.

    The plan is drawn first for every loan, then posted in date order across loans so that receipt numbers
    follow the calendar as they would at a real counter.  One transaction.
    """
    def body():
        with _batch():
            _build_demo(ctx)

    run_in_transaction(body)


def _build_demo(ctx) -> None:
    from models.money import ROUND_UP_1000, round_money

    rng = ctx.rng
    today = min(ctx.today, _today())
    risk = ctx.made.get("dealer_risk", {})
    loan_ids = list(ctx.made.get("loan_ids", []))
    if not loan_ids:
        ctx.log("payments: no loans; skipped")
        return
    cashiers = [ctx.users[u] for u in ("kasir", "kasir2") if u in ctx.users]
    boss = ctx.users.get("kacab") or ctx.users.get("spv")
    loans = {l.id: l for l in Loan.select().where(Loan.id.in_(loan_ids))}
    dues: dict[int, list[tuple[dt.date, Decimal]]] = {}
    for loan_id, due_date, amount in (Installment.select(Installment.loan, Installment.due_date, Installment.amount)
                                      .where(Installment.loan.in_(loan_ids)).order_by(Installment.loan,
                                                                                      Installment.no).tuples()):
        dues.setdefault(loan_id, []).append((due_date, amount))
    plan: list[tuple[dt.date, int, str, Decimal]] = []  # (date, loan id, kind, amount)
    for loan_id in loan_ids:
        loan = loans[loan_id]
        p = float(risk.get(loan.dealer_id, 0.15))
        last = loan.disbursed_on
        owed = 0  # installments fallen due and not yet paid in the plan
        stopped = False
        payoff_after = rng.randint(8, 20) if rng.random() < 0.04 else None
        for n, (due_date, amount) in enumerate(dues.get(loan_id, []), start=1):
            if due_date > today or stopped:
                break
            owed += 1
            if payoff_after is not None and n >= payoff_after:
                day = max(last, due_date - dt.timedelta(days=rng.randint(0, 10)))
                plan.append((day, loan_id, "payoff", ZERO))
                break
            roll = rng.random()
            if roll < p * 0.08:
                stopped = True  # the customer stops paying: the account goes bad
                continue
            if roll < p * 0.45:
                continue  # a month missed; paid later with the next one, or never
            late = roll < p
            day = due_date + dt.timedelta(days=rng.randint(5, 35) if late else -rng.randint(0, 6))
            day = min(max(day, last), today)
            pay = amount * owed
            if late:
                pay = round_money(pay * D("1.03"), ROUND_UP_1000)  # something towards the late fee
            elif rng.random() < 0.06:
                pay = round_money(pay + amount / 2, ROUND_UP_1000)  # rounded up at the counter: titipan
            plan.append((day, loan_id, "pay", pay))
            last, owed = day, 0
    plan.sort(key=lambda e: (e[0], e[1]))
    reversals = set(rng.sample(range(len(plan)), k=min(2, len(plan)))) if plan else set()
    counts = {"pay": 0, "payoff": 0, "reversed": 0, "waived": 0}
    for index, (day, loan_id, kind, amount) in enumerate(plan):
        cashier = cashiers[index % len(cashiers)]
        loan = loans[loan_id]
        key = f"demo-{loan_id}-{index}"
        try:
            if kind == "payoff":
                settle_early(cashier, loan, day, idempotency_key=key)
                counts["payoff"] += 1
                continue
            waiver = None
            if boss is not None and counts["waived"] < 3 and rng.random() < 0.01:
                loan = Loan.get_by_id(loan_id)
                fees = accrued_late_fees(_installments(loan), day, LateFeeRule.of(loan))
                total = sum(fees.values(), ZERO)
                if total > ZERO:
                    waiver = Waiver(total, "Nasabah dirawat di rumah sakit (surat keterangan terlampir)", boss)
                    counts["waived"] += 1
            method = "transfer" if rng.random() < 0.2 else "cash"
            if index in reversals and boss is not None:
                wrong = post_payment(cashier, loan, amount * 10, day, method, idempotency_key=key + "-x")
                reverse_payment(boss, Payment.get_by_id(wrong.payment_id), "Salah ketik nominal (kelebihan nol)",
                                date=day)
                counts["reversed"] += 1
            post_payment(cashier, loan, amount, day, method, idempotency_key=key, waiver=waiver)
            counts["pay"] += 1
        except ValidationError:
            continue  # e.g. a loan already paid off by an earlier overpayment
    # Customers whose last payment left change behind come back for it (the branch head approves).
    counts["refunded"] = 0
    if boss is not None:
        leftover = (Loan.select().where((Loan.id.in_(list(loans))) & (Loan.status != "active")
                                        & (Loan.advance_balance > 0)).order_by(Loan.id).limit(3))
        for n, loan in enumerate(leftover):
            refund_advance(cashiers[n % len(cashiers)], loan, loan.advance_balance, loan.last_payment_on,
                           approved_by=boss, reason="Kelebihan bayar angsuran terakhir diambil nasabah",
                           idempotency_key=f"demo-refund-{loan.id}")
            counts["refunded"] += 1
    ctx.made["payments"] = counts
    ctx.log(f"payments: {counts['pay']} receipts, {counts['payoff']} early payoffs, "
            f"{counts['reversed']} reversed, {counts['waived']} late fees waived, "
            f"{counts['refunded']} advances refunded")

