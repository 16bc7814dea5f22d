"""Loans and their installments: the spine that disbursement, the cashier, collections and reports share.

A :class:`Loan` is created once, at disbursement (or when an existing book is imported), from a schedule built
by :mod:`models.products.loanmath`; its :class:`Installment` rows are the contract's promise and never change except
for what has been paid on them.  The loan also carries **summary columns** (outstanding principal, what was
paid, the advance held, the oldest unpaid due date) that the posting functions keep current in the same
transaction as each payment, so that screens which open often — the cashier's search, the customer's tab, the
collector's list — read one row instead of aggregating installments (CONVENTIONS: aggregate in SQL, keep
per-loan summaries current).

Days past due are never stored: they change every midnight without any posting.  They are derived from the
stored ``oldest_unpaid_due`` as of any date, in Python (:func:`days_past_due`) or in SQL
(:func:`dpd_sql`), so a portfolio-wide ageing is one query, not a nightly job that can be forgotten.

The arrears rules here are pure functions (no database): collectibility classes (the presets by office kind —
commercial bank, BPR, multifinance, cooperative — and the office's edited bounds live in
:mod:`models.loans.collectibility`), and the late fee (denda).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import SQL, BooleanField, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, TextField, fn

from models.core.clock import now
from models.core.db import BaseModel, database, is_sqlite
from models.core.errors import FieldError, ValidationError
from models.core.money import ZERO, D, MoneyField
from models.core.office import Branch
from models.core.texts import _
from models.core.users import User
from models.customers.customers import Customer
from models.loans import collectibility as _coll
from models.products.products import LoanProduct, PercentField

LOAN_STATUSES = ("active", "paid_off", "settled_early", "written_off")
STATUS_LABELS = {"active": "Aktif", "paid_off": "Lunas", "settled_early": "Lunas dipercepat",
                 "written_off": "Hapus buku"}


class Loan(BaseModel):
    contract_no = CharField(max_length=32, unique=True)
    customer = ForeignKeyField(Customer, backref="loans", on_delete="RESTRICT", index=True)
    product = ForeignKeyField(LoanProduct, on_delete="RESTRICT")
    branch = ForeignKeyField(Branch, on_delete="RESTRICT")
    officer = ForeignKeyField(User, on_delete="RESTRICT", index=True, backref="loans")
    dealer_id = IntegerField(null=True, index=True)  # models.customers.dealers.Dealer (vehicle credit)
    application_id = IntegerField(null=True, index=True)  # the application it came from (None: imported)
    status = CharField(max_length=16, default="active", index=True)
    # Terms, copied from the product and the application at contract time (later product edits never change
    # a signed contract).
    method = CharField(max_length=16)
    frequency = CharField(max_length=10, default="monthly")
    annual_rate = PercentField()
    tenor = IntegerField()
    rounding = CharField(max_length=8, default="sen")
    grace = IntegerField(default=0)
    principal = MoneyField()
    otr_price = MoneyField(default=0)
    down_payment = MoneyField(default=0)
    admin_fee = MoneyField(default=0)
    provision = MoneyField(default=0)
    insurance = MoneyField(default=0)
    fiducia_fee = MoneyField(default=0)
    installment_amount = MoneyField()
    total_interest = MoneyField()
    effective_rate = PercentField()
    late_fee_per_mille = PercentField(default=0)
    late_fee_grace_days = IntegerField(default=0)
    late_fee_cap_pct = PercentField(null=True)
    late_fee_cap_amount = MoneyField(null=True)
    allocation_order = CharField(max_length=40, default="fee,interest,principal")
    payoff_penalty_pct = PercentField(default=0)
    # Contract terms added by issue 13 (copied from the product): a due date on a holiday or a Sunday counts
    # from the next working day; the early payoff's remaining principal from the schedule or the effective table.
    move_due_off_holidays = BooleanField(default=False)
    payoff_principal_basis = CharField(max_length=10, default="schedule")
    contract_date = DateField()
    disbursed_on = DateField()
    first_due = DateField()
    maturity_date = DateField()
    # Summary columns, kept current by the posting functions in the same transaction.
    outstanding_principal = MoneyField()
    principal_paid = MoneyField(default=0)
    interest_paid = MoneyField(default=0)
    late_fee_paid = MoneyField(default=0)
    late_fee_waived = MoneyField(default=0)
    advance_balance = MoneyField(default=0)  # overpayment held as titipan, applied to the next installments
    installments_paid = IntegerField(default=0)
    oldest_unpaid_due = DateField(null=True, index=True)  # None when nothing is unpaid
    # The day days past due count from: the oldest unpaid due date, moved to the next working day when the
    # contract moves due dates off holidays (None: as oldest_unpaid_due).
    arrears_from = DateField(null=True)
    last_payment_on = DateField(null=True)
    closed_on = DateField(null=True)
    notes = TextField(default="")
    created_by = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)

    class Meta:
        # The loans list opens on a status sorted by contract, arrears or outstanding principal: each of those
        # is read in order from an index, not sorted over 100.000 rows (migration 0014).
        indexes = ((("status", "contract_no"), False), (("status", "oldest_unpaid_due"), False),
                   (("status", "outstanding_principal"), False))

    @property
    def is_open(self) -> bool:
        return self.status == "active"


class Installment(BaseModel):
    loan = ForeignKeyField(Loan, backref="installments", on_delete="RESTRICT")
    no = IntegerField()
    due_date = DateField()
    principal = MoneyField()
    interest = MoneyField()
    amount = MoneyField()  # principal + interest, as scheduled
    principal_paid = MoneyField(default=0)
    interest_paid = MoneyField(default=0)
    late_fee_paid = MoneyField(default=0)
    late_fee_waived = MoneyField(default=0)
    interest_waived = MoneyField(default=0)  # interest forgiven by an early payoff (or a sen rounding residue)
    paid_on = DateField(null=True)  # the day it became fully paid
    # The late fee earned so far, before caps and before rounding down to the rupiah, and the day it runs to
    # (issue 13): each posting that lowers the installment first stores the fee earned up to its value date,
    # so a partial payment lowers the base only from that day and the past is never recomputed.
    fee_accrued = MoneyField(default=0)
    fee_accrued_to = DateField(null=True)

    class Meta:
        # (due_date, amount) covers portfolio-wide "what falls due in a period" sums (dashboard, officer's
        # report) without touching the table: 0,05 s instead of 3 s for 12 months at 100.000 loans.
        indexes = ((("loan", "no"), True), (("loan", "due_date"), False), (("due_date", "amount"), False))

    @property
    def due_principal(self) -> Decimal:
        return self.principal - self.principal_paid

    @property
    def due_interest(self) -> Decimal:
        return self.interest - self.interest_paid - self.interest_waived

    @property
    def remaining(self) -> Decimal:
        """What is still owed on this installment (principal + interest), late fees aside."""
        return self.due_principal + self.due_interest

    @property
    def is_paid(self) -> bool:
        return self.remaining <= ZERO


# ------------------------------------------------------------------------------------------ arrears rules
#: preset -> upper bound of days past due per class (class 5 beyond the last bound); the presets by office kind
#: live in :mod:`models.loans.collectibility` as data.  "office" is the office's own table (its kind's preset, or the
#: bounds it edited in Settings), which every screen and the month-end use.
COLLECTIBILITY_PRESETS: dict[str, tuple[tuple[int, int], ...]] = dict(_coll.PRESETS)
COLLECTIBILITY_NAMES = dict(_coll.CLASS_NAMES)
NONPERFORMING_CLASSES = _coll.NONPERFORMING  # NPL / NPF = classes 3–5 over the total


def _bounds(preset: str) -> tuple[tuple[int, int], ...]:
    if preset == "office":
        return _coll.office_table().bounds
    try:
        return COLLECTIBILITY_PRESETS[preset]
    except KeyError:
        raise ValueError(f"unknown collectibility preset {preset!r}") from None


def collectibility(days: int, preset: str = "bank") -> int:
    """Collectibility class (1–5) for ``days`` past due under ``preset`` (a :data:`COLLECTIBILITY_PRESETS` key, or
    ``"office"`` for the office's own table)."""
    return _coll.classify(days, _bounds(preset))


def collectibility_preset() -> str:
    """The office's preset: the legacy setting ``arrears.collectibility`` when chosen, else ``"office"`` (the table
    of :func:`models.loans.collectibility.office_table`: the office kind's preset or its edited bounds)."""
    from models.core.office import get_setting

    chosen = get_setting("arrears.collectibility", "")
    if chosen in COLLECTIBILITY_PRESETS:
        return chosen
    return "office"


def days_past_due(oldest_unpaid_due: dt.date | None, as_of: dt.date) -> int:
    """Days since the oldest unpaid installment fell due (0 when nothing is overdue)."""
    if oldest_unpaid_due is None or oldest_unpaid_due >= as_of:
        return 0
    return (as_of - oldest_unpaid_due).days


def dpd_sql(as_of: dt.date):
    """Days past due of :class:`Loan` rows as a SQL expression (SQLite or PostgreSQL), counted from
    ``arrears_from`` (the holiday rule) when set, else from the oldest unpaid due date."""
    if is_sqlite():
        start = fn.COALESCE(Loan.arrears_from, Loan.oldest_unpaid_due)
        days = (fn.julianday(as_of.isoformat()) - fn.julianday(start)).cast("INTEGER")
    else:
        days = SQL("(%s::date - COALESCE(arrears_from, oldest_unpaid_due))", (as_of.isoformat(),))
    return fn.COALESCE(fn.MAX(0, days) if is_sqlite() else fn.GREATEST(0, days), 0)


def collectibility_sql(as_of: dt.date, preset: str | None = None):
    """The collectibility class (1–5) of :class:`Loan` rows as a SQL ``CASE`` over :func:`dpd_sql`."""
    from peewee import Case

    dpd = dpd_sql(as_of)
    bounds = _bounds(preset or collectibility_preset())
    return Case(None, [(dpd <= upper, klass) for klass, upper in bounds], 5)


@dataclass(frozen=True)
class LateFeeRule:
    """A signed contract's late-fee terms (copied from the product at contract time).

    The attribute names are those of :class:`models.products.products.ProductTerms`, so the one late-fee function,
    :func:`models.products.products.late_fee_for`, serves quotes and contracts alike.
    """

    late_fee_per_mille: Decimal  # ‰ of the overdue installment per day late
    late_fee_grace_days: int = 0
    late_fee_cap_pct: Decimal | None = None  # cap on an installment's whole fee, as % of the installment
    late_fee_cap_amount: Decimal | None = None  # or an absolute cap per installment

    @classmethod
    def of(cls, loan: "Loan") -> "LateFeeRule":
        return cls(D(loan.late_fee_per_mille or 0), int(loan.late_fee_grace_days or 0),
                   None if loan.late_fee_cap_pct is None else D(loan.late_fee_cap_pct),
                   None if loan.late_fee_cap_amount is None else D(loan.late_fee_cap_amount))

    def describe(self) -> str:
        from models.products.products import late_fee_rule_text

        return late_fee_rule_text(self)


def late_fee(overdue_amount: Decimal, days_late: int, rule: LateFeeRule) -> Decimal:
    """The late fee (denda) on one overdue installment: :func:`models.products.products.late_fee_for` on the contract's
    terms (days late × ‰ per day × the overdue installment, nothing within the grace days, capped, rounded
    down to the rupiah)."""
    from models.products.products import late_fee_for

    if D(overdue_amount) <= ZERO or rule.late_fee_per_mille <= ZERO:
        return ZERO.quantize(D("0.01"))
    return late_fee_for(rule, overdue_amount, days_late)


def _same_day(day: dt.date) -> dt.date:
    return day


def fee_accrual(inst: Installment, as_of: dt.date, rule: LateFeeRule, counts_from: dt.date | None = None) -> Decimal:
    """The late fee an installment has earned through ``as_of``, before caps and rounding (rupiah, to the sen).

    The fee runs day by day on what was still owed that day: the stored ``fee_accrued`` covers the days up to
    ``fee_accrued_to``; the days since then earn ``remaining × ‰ per day`` on today's remaining amount.  Days
    already elapsed keep what they earned on the larger amount; a partial payment lowers the base from its
    value date onwards (issue 13, item 1; practice: "denda dari angsuran tertunggak", DOMAIN.md).

    Args:
        inst: the installment (its paid columns and stored accrual).
        as_of: the day the fee is wanted for.
        rule: the contract's late-fee terms.
        counts_from: the day lateness counts from (the due date, or the next working day when the product
            moves due dates off holidays); default the due date.
    Returns:
        Rupiah with sen (never negative).
    """
    start = counts_from or inst.due_date
    earned = D(inst.fee_accrued or 0)
    if inst.fee_accrued_to is not None and inst.fee_accrued_to > start:
        start = inst.fee_accrued_to
    days = (as_of - start).days
    base = inst.remaining
    if days > 0 and base > ZERO and rule.late_fee_per_mille > ZERO:
        from models.core.money import round_money

        earned += round_money(base * D(rule.late_fee_per_mille) / 1000 * days)
    return earned


def fee_charged(inst: Installment, as_of: dt.date, rule: LateFeeRule, counts_from: dt.date | None = None) -> Decimal:
    """The whole late fee an installment owes through ``as_of`` (paid and waived parts included).

    Nothing within the grace days, judged on the last day the installment was still unpaid (``paid_on`` for a
    paid one); after them the fee runs from the due date (the grace is a courtesy, not a discount), capped at
    the contract's % of the installment as scheduled and at its amount per installment, and rounded down to the
    rupiah (a fraction the office cannot collect in cash is never charged).
    """
    start = counts_from or inst.due_date
    last = as_of if inst.paid_on is None or not inst.is_paid else min(as_of, inst.paid_on)
    if (last - start).days <= rule.late_fee_grace_days or last <= start:
        return ZERO.quantize(D("0.01"))
    fee = fee_accrual(inst, as_of, rule, start)
    if rule.late_fee_cap_pct is not None:
        fee = min(fee, D(inst.amount) * D(rule.late_fee_cap_pct) / 100)
    if rule.late_fee_cap_amount is not None:
        fee = min(fee, D(rule.late_fee_cap_amount))
    from models.core.money import round_money

    return round_money(max(fee, ZERO), "floor")


def advance_fee_accrual(inst: Installment, day: dt.date, rule: LateFeeRule,
                        counts_from: dt.date | None = None) -> bool:
    """Store the fee earned through ``day`` on the installment (in memory; the caller writes the row) before a
    posting dated ``day`` changes what it owes.  Returns whether anything changed."""
    start = counts_from or inst.due_date
    if day <= start or inst.is_paid:
        return False
    earned = fee_accrual(inst, day, rule, start)
    if inst.fee_accrued_to == day and D(inst.fee_accrued or 0) == earned:
        return False
    inst.fee_accrued, inst.fee_accrued_to = earned, day
    return True


def accrued_late_fees(installments: list[Installment], as_of: dt.date, rule: LateFeeRule,
                      counts_from=None) -> dict[int, Decimal]:
    """Late fee still owed per installment id as of a date (charged − paid − waived, never negative).

    The fee of an installment is :func:`fee_charged`: it runs on what is still overdue, a partial payment lowers
    the base from its value date, and the days before keep what they earned.  A fee stays owed after the
    installment itself is paid (an allocation order that puts the fee last leaves it behind) until it is paid
    or waived (issue 13, item 2).

    Args:
        counts_from: ``f(due_date) -> date`` lateness counts from (the holiday rule); default the due date.
    """
    shift = counts_from or _same_day
    owed: dict[int, Decimal] = {}
    for inst in installments:
        start = shift(inst.due_date)
        if as_of <= start:
            continue
        still = fee_charged(inst, as_of, rule, start) - D(inst.late_fee_paid) - D(inst.late_fee_waived)
        if still > ZERO:
            owed[inst.id] = still
    return owed


# ---------------------------------------------------------------------------------------------- creation
def validate_new_loan(*, principal: Decimal, contract_no: str, disbursed_on: dt.date, rows) -> list[FieldError]:
    errors = []
    if not contract_no or len(contract_no) > 32:
        errors.append(FieldError("contract_no", _("nomor kontrak wajib diisi (paling panjang 32 karakter)")))
    elif Loan.select().where(Loan.contract_no == contract_no).exists():
        errors.append(FieldError("contract_no", _("nomor kontrak {contract_no} sudah dipakai", contract_no=contract_no)))
    if principal <= ZERO:
        errors.append(FieldError("principal", _("pokok pinjaman harus lebih dari nol")))
    if not rows:
        errors.append(FieldError("schedule", _("jadwal angsuran kosong")))
    elif sum((r.principal for r in rows), ZERO) != principal:
        errors.append(FieldError("schedule", _("jumlah pokok jadwal tidak sama dengan pokok pinjaman")))
    if disbursed_on > dt.date.today() + dt.timedelta(days=366):
        errors.append(FieldError("disbursed_on", _("tanggal pencairan terlalu jauh di masa depan")))
    return errors


def create_loan(*, customer: Customer, product: LoanProduct, branch: Branch, officer: User, contract_no: str,
                schedule, disbursed_on: dt.date, contract_date: dt.date | None = None, created_by: User | None,
                dealer_id: int | None = None, application_id: int | None = None, otr_price: Decimal = ZERO,
                down_payment: Decimal = ZERO, admin_fee: Decimal = ZERO, provision: Decimal = ZERO,
                insurance: Decimal = ZERO, fiducia_fee: Decimal = ZERO) -> Loan:
    """Create a loan and its installment rows from a :class:`models.products.loanmath.Schedule`.

    Runs inside the caller's transaction (disbursement or the loan-book import), which also posts the
    journal and the audit row; it posts nothing itself.  Late-fee, allocation and payoff rules are copied from
    the product so that later product edits never change a signed contract.

    Returns:
        The new loan, with ``oldest_unpaid_due`` set to the first due date.
    """
    if not database.obj.in_transaction():
        raise RuntimeError("create_loan must run inside the disbursement's transaction")
    rows = schedule.rows
    errors = validate_new_loan(principal=D(schedule.principal), contract_no=contract_no, disbursed_on=disbursed_on,
                               rows=rows)
    if errors:
        raise ValidationError(errors)
    loan = Loan.create(
        contract_no=contract_no, customer=customer, product=product, branch=branch, officer=officer,
        dealer_id=dealer_id, application_id=application_id, method=str(getattr(schedule.method, "value",
                                                                                schedule.method)),
        frequency=str(getattr(schedule.frequency, "value", schedule.frequency)), annual_rate=schedule.annual_rate,
        tenor=schedule.tenor, rounding=getattr(schedule, "rounding", "sen"), grace=getattr(schedule, "grace", 0),
        principal=schedule.principal, otr_price=otr_price, down_payment=down_payment, admin_fee=admin_fee,
        provision=provision, insurance=insurance, fiducia_fee=fiducia_fee, installment_amount=schedule.installment,
        total_interest=schedule.total_interest,
        effective_rate=D(schedule.effective_annual_rate).quantize(D("0.0001")),
        late_fee_per_mille=product.late_fee_per_mille, late_fee_grace_days=product.late_fee_grace_days,
        late_fee_cap_pct=product.late_fee_cap_pct, late_fee_cap_amount=product.late_fee_cap_amount,
        allocation_order=product.allocation_order, payoff_penalty_pct=product.payoff_penalty_pct,
        move_due_off_holidays=bool(getattr(product, "move_due_off_holidays", False)),
        payoff_principal_basis=getattr(product, "payoff_principal_basis", "schedule") or "schedule",
        contract_date=contract_date or disbursed_on, disbursed_on=disbursed_on, first_due=rows[0].due_date,
        maturity_date=rows[-1].due_date, outstanding_principal=schedule.principal, oldest_unpaid_due=rows[0].due_date,
        created_by=created_by)
    if loan.move_due_off_holidays:
        loan.arrears_from = arrears_start(loan, loan.oldest_unpaid_due)
        if loan.arrears_from is not None:
            Loan.update(arrears_from=loan.arrears_from).where(Loan.id == loan.id).execute()
    Installment.insert_many([
        {"loan": loan.id, "no": r.no, "due_date": r.due_date, "principal": r.principal, "interest": r.interest,
         "amount": r.installment} for r in rows]).execute()
    from models.core.integrity import touch_loan

    touch_loan(loan.id)  # the action's audit row seals the new schedule
    return loan


def refresh_summary(loan: Loan) -> Loan:
    """Recompute a loan's summary columns from its installments (inside the posting transaction).

    One aggregate query; called by every posting function after it has updated installments, so the
    summaries can never drift from the rows they summarise (``main.py check`` verifies that too).
    """
    from models.core.integrity import touch_loan

    touch_loan(loan.id)
    inst = Installment
    paid = (inst.select(fn.COALESCE(fn.SUM(inst.principal_paid), 0), fn.COALESCE(fn.SUM(inst.interest_paid), 0),
                        fn.COALESCE(fn.SUM(inst.late_fee_paid), 0), fn.COALESCE(fn.SUM(inst.late_fee_waived), 0))
            .where(inst.loan == loan.id).tuples().get())
    from models.core.money import from_minor

    principal_paid, interest_paid, fee_paid, fee_waived = (from_minor(v) for v in paid)
    unpaid = (inst.select(fn.MIN(inst.due_date), fn.COUNT(inst.id))
              .where((inst.loan == loan.id)
                     & ((inst.principal_paid < inst.principal)
                        | ((inst.interest_paid + inst.interest_waived) < inst.interest)))
              .tuples().get())
    oldest, unpaid_count = unpaid
    if isinstance(oldest, str):
        oldest = dt.date.fromisoformat(oldest)
    loan.principal_paid = principal_paid
    loan.interest_paid = interest_paid
    loan.late_fee_paid = fee_paid
    loan.late_fee_waived = fee_waived
    loan.outstanding_principal = D(loan.principal) - principal_paid
    loan.installments_paid = loan.tenor - int(unpaid_count or 0)
    loan.oldest_unpaid_due = oldest
    loan.arrears_from = arrears_start(loan, oldest)
    loan.updated_at = now()
    loan.save()
    return loan


def arrears_start(loan: Loan, oldest_unpaid_due: dt.date | None) -> dt.date | None:
    """``arrears_from`` for a loan whose oldest unpaid installment falls due on ``oldest_unpaid_due``: the next
    working day when its contract moves due dates off holidays (issue 13, item 4), else ``None``."""
    if oldest_unpaid_due is None or not getattr(loan, "move_due_off_holidays", False):
        return None
    from models.core.office_calendar import counts_from

    moved = counts_from(loan, oldest_unpaid_due)
    return moved if moved != oldest_unpaid_due else None


def loan_days_past_due(loan: Loan, as_of: dt.date) -> int:
    """Days past due of ``loan`` as of a date (the holiday rule of its contract included, read from today's
    calendar; the stored ``arrears_from`` serves the portfolio-wide SQL)."""
    start = loan.oldest_unpaid_due
    if start is not None and getattr(loan, "move_due_off_holidays", False):
        start = arrears_start(loan, start) or start
    return days_past_due(start, as_of)


def summary_problems(limit: int = 20) -> list[str]:
    """Loans whose summary columns disagree with their installment rows (for ``main.py check``)."""
    inst = Installment
    sums = (inst.select(inst.loan, fn.SUM(inst.principal_paid).alias("pp"), fn.SUM(inst.interest_paid).alias("ip"))
            .group_by(inst.loan).alias("s"))
    query = (Loan.select(Loan.contract_no, Loan.principal_paid, Loan.interest_paid, Loan.outstanding_principal,
                         Loan.principal, sums.c.pp, sums.c.ip)
             .join(sums, on=(Loan.id == sums.c.loan_id))
             .where((Loan.principal_paid != sums.c.pp) | (Loan.interest_paid != sums.c.ip)
                    | (Loan.outstanding_principal != Loan.principal - sums.c.pp))
             .limit(limit).tuples())
    return [f"loan {row[0]}: summary columns disagree with its installments" for row in query]


def loan_view(loan: Loan, as_of: dt.date) -> dict:
    """What the cashier and the officer see at the top of a loan: arrears as of a date."""
    from models.core.office_calendar import shift_for

    dpd = loan_days_past_due(loan, as_of)
    klass = collectibility(dpd, collectibility_preset())
    installments = list(Installment.select().where(Installment.loan == loan.id).order_by(Installment.no))
    # In arrears = fell due BEFORE the date; an installment due today is not late yet.
    arrears = sum((i.remaining for i in installments if i.due_date < as_of and not i.is_paid), ZERO)
    fees = accrued_late_fees([i for i in installments if i.due_date < as_of], as_of, LateFeeRule.of(loan),
                             shift_for(loan))
    next_unpaid = next((i for i in installments if not i.is_paid), None)
    return {"days_past_due": dpd, "collectibility": klass, "collectibility_name": COLLECTIBILITY_NAMES[klass],
            "arrears": arrears, "late_fees": sum(fees.values(), ZERO), "late_fees_by_installment": fees,
            "next_due_date": next_unpaid.due_date if next_unpaid else None,
            "next_due_amount": next_unpaid.remaining if next_unpaid else ZERO,
            "outstanding_principal": loan.outstanding_principal, "advance": loan.advance_balance}
