"""Solutions for problem accounts: reschedule, recondition, capitalise arrears, partial prepayment.

The account officer proposes (``restructure.propose``); a second person approves within their limit
(``restructure.approve``, setting ``restructure.limit.<role>`` on the outstanding principal, ``None`` =
unlimited; four eyes: never the proposer).  Only approval changes the loan, in one transaction:

1. The whole schedule as it stood is copied to :class:`ArchivedInstallment` (the old one is kept for history).
2. Installments with money on them (paid, part-paid, fee waived) stay; a part-paid one is closed at what was
   paid on it.  Untouched installments are removed.
3. What remains owed is the outstanding principal, plus the overdue interest when it is **capitalised**, less a
   **partial prepayment** received at approval (its own receipt number, Dr Kas / Cr Piutang).  A new
   schedule for that amount — at the new rate (**recondition**), over the new tenor or at the new installment
   (**reschedule**), by the loan's own method — is added after the kept rows, first due one period after the
   effective date.
4. Overdue interest must be capitalised or paid before: a reschedule never silently drops interest.  Late fees
   owed at that date are forgiven as part of the agreement (recorded on the restructuring; late fees are
   recognised only when paid, so no journal).
5. The income sub-ledger follows the loan's income method (:mod:`models.loans.loan_income`):

   * ``effective`` (PSAK 71 / SAK EP; every kind: reschedule, recondition, capitalisation, partial
     prepayment): the restructuring modifies the loan without derecognising it (¶5.4.3).  Capitalised
     interest was already earned, so it moves from accrued interest receivable into principal (Dr Piutang /
     Cr 1304); the gross carrying amount is recalculated as the new installments discounted at the ORIGINAL
     effective rate, the difference is the modification gain or loss (Dr 1305 / Cr 4109, or back), and a new
     amortised-cost table at that rate carries the remaining deferred fees and costs over the new term
     (:func:`models.loans.loan_income.plan_modification`).
   * ``flat`` (a small cooperative, income when received): capitalised interest is income only when the
     customer pays it (POJK 40/2019 on restructured credit): Dr Piutang / Cr 1305 (deferred), released to
     interest income in proportion to the principal each later payment collects, the rest at payoff; a
     write-off takes what is left back out of the receivable (:func:`models.loans.loan_income.for_payment`).
   * a loan booked before the income sub-ledger: Dr Piutang / Cr Pendapatan Bunga Ditangguhkan (2190).

Collectibility after a restructuring (POJK 40/2019 Pasal 53 practice, DOMAIN.md): the class may not be better
than it was at the restructuring until ``restructure.cure_installments`` (default 3) installments of the new
schedule have been paid on time (:func:`restructured_collectibility`).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import BooleanField, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, TextField, fn

from models.core import audit
from models.core.clock import now
from models.core.db import BaseModel, write_transaction
from models.core.errors import ConflictError, DomainError, FieldError, PermissionDenied, ValidationError
from models.core.money import ZERO, D, MoneyField, format_rupiah, from_minor
from models.core.office import get_setting, next_number
from models.core.users import User, require, require_checker
from models.ledger.chart import Account, Line, chart_roles
from models.ledger.journals import Journal, is_closed, post_journal
from models.cashier.payments import LateFeeWaiver, PaymentAllocation
from models.ledger.posting_rules import build_lines
from models.loans.late_fees import FeeAccrualChange
from models.loans.loan_income import apply_modification, ensure_accounts, method_of, plan_modification, write_entry
from models.loans.loans import (
    Installment,
    LateFeeRule,
    Loan,
    accrued_late_fees,
    collectibility,
    collectibility_preset,
    days_past_due,
    refresh_summary,
)
from models.products.loanmath import add_months, build_schedule
from models.products.products import PercentField
from models.core.texts import _

KINDS = {"reschedule": "Penjadwalan ulang", "recondition": "Persyaratan ulang",
         "capitalise": "Kapitalisasi tunggakan", "prepayment": "Pelunasan sebagian"}
STATUS_LABELS = {"proposed": "Diusulkan", "approved": "Disetujui", "rejected": "Ditolak"}
LIMIT_SETTING = "restructure.limit.{role}"
DEFAULT_LIMITS = {"supervisor": D("100000000"), "manager": None}
CURE_SETTING = "restructure.cure_installments"
PREPAYMENT_FORMAT = "KWS/{branch}/{year}/{n:06d}"  # receipt of a partial prepayment (kwitansi pelunasan sebagian)
DEFERRED_ACCOUNT = ("2190", "Pendapatan Bunga Ditangguhkan (Restrukturisasi)")


class Restructuring(BaseModel):
    loan = ForeignKeyField(Loan, on_delete="RESTRICT", backref="+", index=True)
    kind = CharField(max_length=12)
    status = CharField(max_length=10, default="proposed", index=True)
    reason = TextField()
    new_tenor = IntegerField(null=True)  # installments of the new schedule
    new_rate = PercentField(null=True)  # % a year, the loan's method
    new_installment = MoneyField(null=True)  # reschedule: target installment (tenor follows)
    capitalise = BooleanField(default=False)
    prepayment = MoneyField(default=0)
    keep_installment = BooleanField(default=False)  # prepayment: shorten the tenor instead of the installment
    effective_date = DateField()
    proposed_by = ForeignKeyField(User, on_delete="RESTRICT", backref="+")
    proposed_at = DateTimeField(default=now)
    decided_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    decided_at = DateTimeField(null=True)
    decision_note = TextField(default="")
    # figures at approval
    outstanding_before = MoneyField(default=0)
    capitalised_interest = MoneyField(default=0)
    late_fees_forgiven = MoneyField(default=0)
    class_before = IntegerField(null=True)
    first_new_no = IntegerField(null=True)
    installment_before = MoneyField(default=0)
    installment_after = MoneyField(default=0)
    tenor_after = IntegerField(null=True)
    receipt_no = CharField(max_length=40, null=True)
    journal = ForeignKeyField(Journal, null=True, on_delete="RESTRICT", backref="+")


class ArchivedInstallment(BaseModel):
    """The schedule as it stood before a restructuring (kept for history; never changed)."""

    restructuring = ForeignKeyField(Restructuring, on_delete="RESTRICT", backref="old_rows")
    no = IntegerField()
    due_date = DateField()
    principal = MoneyField()
    interest = MoneyField()
    amount = MoneyField()
    principal_paid = MoneyField(default=0)
    interest_paid = MoneyField(default=0)
    interest_waived = MoneyField(default=0)
    late_fee_paid = MoneyField(default=0)
    late_fee_waived = MoneyField(default=0)
    paid_on = DateField(null=True)


@dataclass(frozen=True)
class Preview:
    """What approval would do (shown in the proposal dialog and on the approver's screen)."""

    outstanding: Decimal
    overdue_interest: Decimal
    capitalised: Decimal
    prepayment: Decimal
    new_principal: Decimal
    late_fees_forgiven: Decimal
    schedule: object  # models.products.loanmath.Schedule of the new rows
    class_before: int
    #: effective-interest loans: the modification gain (+) or loss (−) approval would post (rupiah), else None
    modification: Decimal | None = None


def restructure_limit(role: str) -> Decimal | None:
    value = get_setting(LIMIT_SETTING.format(role=role), "__unset__")
    if value == "__unset__":
        value = DEFAULT_LIMITS.get(role, ZERO)
    return None if value is None else D(str(value))


def _installments(loan: Loan) -> list[Installment]:
    return list(Installment.select().where(Installment.loan == loan.id).order_by(Installment.no))


def _touched(inst: Installment) -> bool:
    return any(D(getattr(inst, f)) > ZERO for f in ("principal_paid", "interest_paid", "interest_waived",
                                                    "late_fee_paid", "late_fee_waived"))


def validate_proposal(loan: Loan, kind: str, *, reason: str, new_tenor, new_rate, new_installment, capitalise: bool,
                      prepayment, effective_date: dt.date) -> list[FieldError]:
    errors = []
    if kind not in KINDS:
        errors.append(FieldError("kind", _("jenis restrukturisasi tidak dikenal")))
    if loan.status != "active":
        errors.append(FieldError("loan", _("hanya pinjaman aktif yang dapat direstrukturisasi")))
    if not (reason or "").strip():
        errors.append(FieldError("reason", _("alasan (kondisi nasabah) wajib diisi")))
    if new_tenor is not None and not (1 <= int(new_tenor) <= 240):
        errors.append(FieldError("new_tenor", _("jangka waktu baru 1–240 angsuran")))
    if new_rate is not None and not (ZERO <= D(new_rate) <= D(100)):
        errors.append(FieldError("new_rate", _("suku bunga baru 0–100 % setahun")))
    if new_installment is not None and D(new_installment) <= ZERO:
        errors.append(FieldError("new_installment", _("angsuran baru harus lebih dari nol")))
    if kind == "reschedule" and new_tenor is None and new_installment is None:
        errors.append(FieldError("new_tenor", _("isi jangka waktu baru atau angsuran baru")))
    if kind == "recondition" and new_rate is None:
        errors.append(FieldError("new_rate", _("isi suku bunga baru")))
    if kind == "prepayment" and D(prepayment or 0) <= ZERO:
        errors.append(FieldError("prepayment", _("isi jumlah pelunasan sebagian")))
    if D(prepayment or 0) < ZERO:
        errors.append(FieldError("prepayment", _("jumlah tidak boleh negatif")))
    if D(prepayment or 0) >= D(loan.outstanding_principal) > ZERO:
        errors.append(FieldError("prepayment",
                                 _("pelunasan sebagian harus kurang dari sisa pokok (gunakan pelunasan)")))
    if effective_date < loan.disbursed_on:
        errors.append(FieldError("effective_date", _("tanggal berlaku sebelum pencairan")))
    if effective_date > now().date():
        # A later date would post its journal in a future month and capitalise interest not yet due.
        errors.append(FieldError("effective_date", _("tanggal berlaku tidak boleh sesudah hari ini")))
    elif is_closed(effective_date):
        errors.append(FieldError("effective_date", _("periode {period} sudah ditutup: pilih tanggal berlaku pada "
                                                     "periode yang masih terbuka",
                                                     period=f"{effective_date:%m/%Y}")))
    return errors


def preview(loan: Loan, *, kind: str, new_tenor=None, new_rate=None, new_installment=None, capitalise=False,
            prepayment=ZERO, keep_installment=False, effective_date: dt.date) -> Preview:
    """Compute the new schedule without writing anything.

    Raises:
        ValidationError: overdue interest neither capitalised nor paid, or terms the schedule builder refuses.
    """
    rows = _installments(loan)
    overdue = [i for i in rows if i.due_date <= effective_date and not i.is_paid]
    overdue_interest = sum((i.due_interest for i in overdue), ZERO)
    capitalise = capitalise or kind == "capitalise"
    if overdue_interest > ZERO and not capitalise:
        raise ValidationError(FieldError("capitalise", _("tunggakan bunga {amount} harus dibayar dulu atau dikapitalisasi",
                                                         amount=format_rupiah(overdue_interest))))
    outstanding = sum((i.due_principal for i in rows), ZERO)
    capitalised = overdue_interest if capitalise else ZERO
    prepayment = D(prepayment or 0)
    principal = outstanding + capitalised - prepayment
    remaining = sum(1 for i in rows if not i.is_paid and i.due_date > effective_date) or 1
    overdue_count = len(overdue)
    tenor = int(new_tenor) if new_tenor else remaining + overdue_count
    rate = D(new_rate) if new_rate is not None else D(loan.annual_rate)
    day = loan.first_due.day
    first_due = add_months(effective_date, 1, day)

    def build(n):
        return build_schedule(principal, rate, n, loan.method, effective_date, first_due=first_due,
                              rounding=loan.rounding)

    if new_installment is not None and not new_tenor:
        target = D(new_installment)
        schedule = next((s for s in (build(n) for n in range(1, 241)) if s.installment <= target), None)
        if schedule is None:
            raise ValidationError(FieldError("new_installment", _("angsuran terlalu kecil untuk 240 bulan")))
    elif prepayment > ZERO and keep_installment and not new_tenor:
        schedule = next((s for s in (build(n) for n in range(1, tenor + 1)) if s.installment <= loan.installment_amount),
                        build(tenor))
    else:
        schedule = build(tenor)
    fees = sum(accrued_late_fees(rows, effective_date, LateFeeRule.of(loan)).values(), ZERO)
    klass = collectibility(days_past_due(loan.oldest_unpaid_due, effective_date), collectibility_preset())
    modification = plan_modification(loan.id, effective_date, principal,
                                     [(r.due_date, r.installment) for r in schedule.rows], capitalised)
    return Preview(outstanding, overdue_interest, capitalised, prepayment, principal, fees, schedule, klass,
                   modification.result if modification is not None else None)


@write_transaction
def propose(actor: User, loan: Loan, kind: str, *, reason: str, effective_date: dt.date, new_tenor=None,
            new_rate=None, new_installment=None, capitalise: bool = False, prepayment=ZERO,
            keep_installment: bool = False) -> Restructuring:
    """The officer proposes a restructuring (``restructure.propose``); nothing on the loan changes yet.

    Args:
        kind: a key of :data:`KINDS` (the main measure; a proposal may combine a new tenor, a new rate,
            capitalisation and a prepayment).
        effective_date: the day the new schedule starts (its first installment falls one month later).
        new_tenor: installments of the new schedule; new_rate: % a year; new_installment: rupiah.
        prepayment: rupiah the customer pays at approval (pelunasan sebagian); ``keep_installment`` shortens
            the tenor instead of lowering the installment.
    Raises:
        ValidationError (every rule at once, plus what :func:`preview` refuses), ConflictError (a proposal is
        already waiting).
    """
    require(actor, "restructure.propose")
    loan = Loan.get_by_id(loan.id)
    errors = validate_proposal(loan, kind, reason=reason, new_tenor=new_tenor, new_rate=new_rate,
                               new_installment=new_installment, capitalise=capitalise, prepayment=prepayment,
                               effective_date=effective_date)
    if errors:
        raise ValidationError(errors)
    if Restructuring.select().where((Restructuring.loan == loan.id) & (Restructuring.status == "proposed")).exists():
        raise ConflictError(_("usulan restrukturisasi {contract_no} sudah menunggu persetujuan",
                              contract_no=loan.contract_no))
    preview(loan, kind=kind, new_tenor=new_tenor, new_rate=new_rate, new_installment=new_installment,
            capitalise=capitalise, prepayment=prepayment, keep_installment=keep_installment,
            effective_date=effective_date)
    row = Restructuring.create(loan=loan.id, kind=kind, reason=reason.strip(), new_tenor=new_tenor,
                               new_rate=None if new_rate is None else D(new_rate),
                               new_installment=None if new_installment is None else D(new_installment),
                               capitalise=bool(capitalise or kind == "capitalise"), prepayment=D(prepayment or 0),
                               keep_installment=keep_installment, effective_date=effective_date, proposed_by=actor,
                               outstanding_before=loan.outstanding_principal)
    audit.record(actor, "restructure.propose", "loan", loan.id,
                 after={"contract_no": loan.contract_no, "kind": kind, "new_tenor": new_tenor, "new_rate": new_rate,
                        "new_installment": new_installment, "capitalise": row.capitalise,
                        "prepayment": row.prepayment, "effective_date": effective_date})
    return row


def check_approver(actor: User, proposal: Restructuring, loan: Loan) -> None:
    require(actor, "restructure.approve")
    require_checker(proposal.proposed_by_id, actor, "Restrukturisasi")
    limit = restructure_limit(actor.role)
    if limit is not None and D(loan.outstanding_principal) > limit:
        raise PermissionDenied(_("{who}: sisa pokok {principal} melebihi batas persetujuan restrukturisasi {limit}",
                                 who=actor.full_name, principal=format_rupiah(loan.outstanding_principal),
                                 limit=format_rupiah(limit)))


def _deferred_account(actor: User) -> str:
    """The liability account for capitalised interest: found by its name, else created (audited) under the
    short-term liabilities with the first free code of 2190–2199 (the shipped charts use 21xx codes below
    that; 2107 is already Dana Sosial in the cooperative chart)."""
    _code, name = DEFERRED_ACCOUNT
    found = Account.get_or_none(Account.name == name)
    if found is not None:
        return found.code
    taken = {c for (c,) in Account.select(Account.code).where(Account.code.startswith("219")).tuples()}
    code = next((str(n) for n in range(2190, 2200) if str(n) not in taken), None)
    if code is None:
        raise DomainError(_("tidak ada kode akun bebas 2190–2199 untuk bunga ditangguhkan: tambahkan akun "
                            "'{name}' di bagan akun", name=name))
    parent = Account.get_or_none(Account.code == "21")
    Account.create(code=code, name=name, type="liability", parent=parent)
    audit.record(actor, "account.create", "account", code, after={"code": code, "name": name, "type": "liability"},
                 note="dibuat untuk kapitalisasi bunga restrukturisasi")
    return code


@write_transaction
def approve(actor: User, proposal: Restructuring, *, method: str = "cash", note: str = "") -> Restructuring:
    """A supervisor or manager approves within their limit: archive, replace the remaining schedule, post the
    journal (capitalised interest, prepayment, and for an effective-interest loan the modification result),
    re-base the loan's income sub-ledger (module docstring, item 5), audit.  ``method`` is how a prepayment was
    received.

    Raises:
        ConflictError: already decided.  PermissionDenied: the proposer, or over the approver's limit.
        DomainError: the loan is no longer active.  ValidationError: terms the schedule builder refuses.
    """
    proposal = Restructuring.get_by_id(proposal.id)
    if proposal.status != "proposed":
        raise ConflictError(_("usulan ini sudah diputuskan"))
    loan = Loan.get_by_id(proposal.loan_id)
    check_approver(actor, proposal, loan)
    if loan.status != "active":
        raise DomainError(_("{contract_no} tidak aktif lagi", contract_no=loan.contract_no))
    date = proposal.effective_date
    installment_before = D(loan.installment_amount)
    plan = preview(loan, kind=proposal.kind, new_tenor=proposal.new_tenor, new_rate=proposal.new_rate,
                   new_installment=proposal.new_installment, capitalise=proposal.capitalise,
                   prepayment=proposal.prepayment, keep_installment=proposal.keep_installment, effective_date=date)
    rows = _installments(loan)
    ArchivedInstallment.insert_many([
        dict(restructuring=proposal.id, no=i.no, due_date=i.due_date, principal=i.principal, interest=i.interest,
             amount=i.amount, principal_paid=i.principal_paid, interest_paid=i.interest_paid,
             interest_waived=i.interest_waived, late_fee_paid=i.late_fee_paid, late_fee_waived=i.late_fee_waived,
             paid_on=i.paid_on) for i in rows]).execute()
    kept = [i for i in rows if i.is_paid or _touched(i)]
    removed = [i.id for i in rows if not (i.is_paid or _touched(i))]
    reuse: list[int] = []
    if removed:
        # The late-fee undo log of a replaced installment goes with it: the fees owed today are forgiven by the
        # restructuring, and a posting made before it is no longer reversed through the old schedule.
        FeeAccrualChange.delete().where(FeeAccrualChange.installment.in_(removed)).execute()
        # A replaced row that other records still name (the allocation of a reversed payment, a withdrawn waiver)
        # cannot be deleted: it is reused for the new schedule instead, numbered out of the way until then.
        referenced = ({i for (i,) in PaymentAllocation.select(PaymentAllocation.installment)
                       .where(PaymentAllocation.installment.in_(removed)).tuples()}
                      | {i for (i,) in LateFeeWaiver.select(LateFeeWaiver.installment)
                         .where(LateFeeWaiver.installment.in_(removed)).tuples()})
        reuse = [i for i in removed if i in referenced]
        free = [i for i in removed if i not in referenced]
        if free:
            Installment.delete().where(Installment.id.in_(free)).execute()
        for k, inst_id in enumerate(reuse, start=1):
            Installment.update(no=-k).where(Installment.id == inst_id).execute()
    for inst in kept:
        if not inst.is_paid:  # part-paid: closed at what was paid on it
            Installment.update(principal=inst.principal_paid,
                               interest=D(inst.interest_paid) + D(inst.interest_waived),
                               amount=D(inst.principal_paid) + D(inst.interest_paid) + D(inst.interest_waived),
                               paid_on=date).where(Installment.id == inst.id).execute()
    next_no = max((i.no for i in kept), default=0) + 1
    receipt = None
    if plan.prepayment > ZERO:
        require(actor, "payment.post")
        # its own gap-free sequence: the cashier's receipt sequence is checked against the payments table
        receipt = next_number("prepayment", loan.branch, date.year, fmt=PREPAYMENT_FORMAT)
        Installment.create(loan=loan.id, no=next_no, due_date=date, principal=plan.prepayment, interest=ZERO,
                           amount=plan.prepayment, principal_paid=plan.prepayment, paid_on=date)
        next_no += 1
    first_new = next_no
    fresh_rows = []
    for n, r in enumerate(plan.schedule.rows):
        values = dict(no=next_no + n, due_date=r.due_date, principal=r.principal, interest=r.interest,
                      amount=r.installment)
        if n < len(reuse):
            Installment.update(**values, principal_paid=ZERO, interest_paid=ZERO, late_fee_paid=ZERO,
                               late_fee_waived=ZERO, interest_waived=ZERO, paid_on=None, fee_accrued=ZERO,
                               fee_accrued_to=None).where(Installment.id == reuse[n]).execute()
        else:
            fresh_rows.append(dict(loan=loan.id, **values))
    if len(reuse) > len(plan.schedule.rows):
        raise ConflictError(_("jadwal baru lebih pendek dari angsuran lama yang masih dirujuk pembayaran yang "
                              "dibatalkan; pilih tenor yang lebih panjang"))
    if fresh_rows:
        Installment.insert_many(fresh_rows).execute()
    # principal grows by the capitalised interest; prepayment is a paid principal row, so the invariant
    # outstanding = principal − principal paid holds (main.py check verifies it)
    total_rows = Installment.select().where(Installment.loan == loan.id).count()
    total_interest = Installment.select(fn.SUM(Installment.interest)).where(Installment.loan == loan.id).scalar()
    Loan.update(principal=D(loan.principal) + plan.capitalised, tenor=total_rows,
                annual_rate=D(proposal.new_rate) if proposal.new_rate is not None else loan.annual_rate,
                installment_amount=plan.schedule.installment, maturity_date=plan.schedule.rows[-1].due_date,
                total_interest=from_minor(total_interest),
                updated_at=now()).where(Loan.id == loan.id).execute()
    loan = Loan.get_by_id(loan.id)
    if plan.prepayment > ZERO:
        loan.last_payment_on = date
    refresh_summary(loan)
    lines = []
    roles = chart_roles()
    receivable = roles.get("loans_receivable", "1301")
    # An effective-interest loan: its income sub-ledger is settled and re-based (PSAK 71 ¶5.4.3; see
    # models.loans.loan_income.plan_modification): capitalised interest leaves accrued interest receivable, and
    # the modification gain or loss goes to profit or loss against the deferred account.
    modification = plan_modification(loan.id, date, D(loan.outstanding_principal),
                                     [(r.due_date, r.installment) for r in plan.schedule.rows], plan.capitalised)
    flat_deferred = ZERO
    if modification is not None:
        ensure_accounts()
        lines += build_lines(list(modification.events))
    elif plan.capitalised > ZERO and method_of(loan.id) == "flat":
        # Flat basis: interest is income when received; capitalised interest is received with the new principal,
        # so it waits in the deferred account (1305) and is released as that principal is paid.
        flat_deferred = plan.capitalised
        lines += build_lines([("capitalised_interest_deferred", flat_deferred)])
    elif plan.capitalised > ZERO:
        deferred = _deferred_account(actor)
        lines += [Line(receivable, debit=plan.capitalised, memo="Kapitalisasi tunggakan bunga"),
                  Line(deferred, credit=plan.capitalised, memo="Bunga ditangguhkan")]
    if plan.prepayment > ZERO:
        cash = roles.get("bank") if method == "transfer" else roles.get("cash")
        lines += [Line(cash, debit=plan.prepayment, memo=f"Pelunasan sebagian {receipt}"),
                  Line(receivable, credit=plan.prepayment, memo="Pelunasan sebagian")]
    journal = None
    if lines:
        journal = post_journal(actor, date, f"Restrukturisasi {loan.contract_no} ({KINDS[proposal.kind]})",
                               "restructure", lines, reference=receipt or loan.contract_no,
                               customer_id=loan.customer_id, loan_id=loan.id, branch=loan.branch,
                               _allow_control=True)
    if modification is not None:
        apply_modification(loan.id, date, modification, journal)
    if flat_deferred:
        write_entry(loan.id, date, "restructure", journal, {"deferred": flat_deferred})
    Restructuring.update(status="approved", decided_by=actor, decided_at=now(), decision_note=(note or "").strip(),
                         capitalised_interest=plan.capitalised, late_fees_forgiven=plan.late_fees_forgiven,
                         class_before=plan.class_before, first_new_no=first_new,
                         installment_before=installment_before,
                         installment_after=plan.schedule.installment, tenor_after=plan.schedule.tenor,
                         outstanding_before=plan.outstanding, receipt_no=receipt, journal=journal) \
        .where(Restructuring.id == proposal.id).execute()
    audit.record(actor, "restructure.approve", "loan", loan.id,
                 before={"installment": installment_before,
                         "outstanding": plan.outstanding, "class": plan.class_before},
                 after={"kind": proposal.kind, "new_principal": plan.new_principal, "tenor": plan.schedule.tenor,
                        "installment": plan.schedule.installment, "capitalised": plan.capitalised,
                        "prepayment": plan.prepayment, "late_fees_forgiven": plan.late_fees_forgiven,
                        "receipt_no": receipt, "journal": journal.number if journal else None,
                        "modification_result": modification.result if modification else None})
    return Restructuring.get_by_id(proposal.id)


@write_transaction
def reject(actor: User, proposal: Restructuring, note: str) -> Restructuring:
    require(actor, "restructure.approve")
    proposal = Restructuring.get_by_id(proposal.id)
    require_checker(proposal.proposed_by_id, actor, "Restrukturisasi")
    if proposal.status != "proposed":
        raise ConflictError(_("usulan ini sudah diputuskan"))
    if not (note or "").strip():
        raise ValidationError(FieldError("note", _("alasan penolakan wajib diisi")))
    Restructuring.update(status="rejected", decided_by=actor, decided_at=now(), decision_note=note.strip()) \
        .where(Restructuring.id == proposal.id).execute()
    audit.record(actor, "restructure.reject", "loan", proposal.loan_id, after={"note": note})
    return Restructuring.get_by_id(proposal.id)


@dataclass(frozen=True)
class RestructureInfo:
    count: int
    last_date: dt.date | None
    last_kind: str


def restructure_info(loan: Loan) -> RestructureInfo:
    """How many times the loan was restructured, and when last (shown on the loan)."""
    rows = list(Restructuring.select().where((Restructuring.loan == loan.id) & (Restructuring.status == "approved"))
                .order_by(Restructuring.effective_date))
    return RestructureInfo(len(rows), rows[-1].effective_date if rows else None, rows[-1].kind if rows else "")


def restructured_collectibility(loan: Loan, as_of: dt.date) -> int:
    """The collectibility class with the restructuring rule applied.

    By days past due as usual; but after an approved restructuring the class may not be better than it was at
    the restructuring until ``restructure.cure_installments`` (default 3) installments of the new schedule were
    paid on or before their due date (POJK 40/2019 practice; office setting).
    """
    klass = collectibility(days_past_due(loan.oldest_unpaid_due, as_of), collectibility_preset())
    last = (Restructuring.select().where((Restructuring.loan == loan.id) & (Restructuring.status == "approved"))
            .order_by(Restructuring.decided_at.desc(), Restructuring.id.desc()).first())
    if last is None or last.class_before is None:
        return klass
    need = int(get_setting(CURE_SETTING, 3))
    on_time = (Installment.select().where((Installment.loan == loan.id) & (Installment.no >= last.first_new_no)
                                          & Installment.paid_on.is_null(False)
                                          & (Installment.paid_on <= Installment.due_date)
                                          & (Installment.paid_on <= as_of)).count())
    if on_time >= need:
        return klass
    return max(klass, int(last.class_before))


def archived_schedule(proposal: Restructuring) -> list[ArchivedInstallment]:
    return list(ArchivedInstallment.select().where(ArchivedInstallment.restructuring == proposal.id)
                .order_by(ArchivedInstallment.no))


def proposals(status: str | None = None) -> list[Restructuring]:
    query = Restructuring.select().order_by(Restructuring.id.desc())
    if status:
        query = query.where(Restructuring.status == status)
    return list(query)


def restructured_collectibility_sql(as_of: dt.date, preset: str | None = None):
    """:func:`restructured_collectibility` as a SQL expression over :class:`Loan` rows (for lists and reports).

    The class by days past due (:func:`models.loans.loans.collectibility_sql`), but not better than the class at the
    loan's latest approved restructuring while fewer than ``restructure.cure_installments`` installments of the
    new schedule were paid on time.  One indexed correlated subquery; loans never restructured add nothing.
    """
    from peewee import SQL, NodeList

    from models.core.db import database, is_sqlite
    from models.loans.loans import collectibility_sql

    need = int(get_setting(CURE_SETTING, 3))
    p = database.obj.param
    # Loan.id as a column node: peewee aliases the loan table ("t1") in the queries this joins
    floor = NodeList((
        SQL("COALESCE((SELECT CASE WHEN (SELECT COUNT(*) FROM installment i WHERE i.loan_id = r.loan_id "
            f"AND i.no >= r.first_new_no AND i.paid_on IS NOT NULL AND i.paid_on <= i.due_date "
            f"AND i.paid_on <= {p}) < {p} THEN r.class_before ELSE 0 END FROM restructuring r WHERE r.loan_id = ",
            (as_of.isoformat(), need)),
        Loan.id,
        SQL(" AND r.status = 'approved' ORDER BY r.id DESC LIMIT 1), 0)")), glue="")
    by_days = collectibility_sql(as_of, preset)
    if is_sqlite():
        return fn.MAX(by_days, floor)
    return fn.GREATEST(by_days, floor)
