"""Year-end SHU (sisa hasil usaha): the closed year's surplus split by the bylaws, and each member's part.

The pool is the year's result as the year-end closing put it on SHU Tahun Berjalan (the closing journal
``TUTUP-<year>``, :func:`models.ledger.journals.close_year`).  It is split by the percentages of the cooperative's bylaws
(AD/ART), kept in the setting ``shu.parts`` and validated to total exactly 100 %: reserve (cadangan), the members'
share for capital (jasa modal, by average savings) and for transactions (jasa anggota, by loan interest paid in
the year), board, staff, education, social and whatever else the bylaws list (each part names its account).

Members' parts: an active member's jasa modal = capital pool × the member's average savings ÷ all members'
(average of the twelve month-end balances of the kinds in ``capital_kinds``, default pokok + wajib); jasa
anggota = service pool × the member's loan interest paid in the year ÷ everyone's.  Members who resigned or
died take no part (DOMAIN.md).  Every part is rounded down to the rupiah; the **residue** of all that rounding
goes to the reserve, so the parts sum exactly to the pool.

Distribution (:func:`distribute_shu`) posts one journal: debit SHU Tahun Berjalan by the pool, credit each
part's account, and the members' total either to their sukarela accounts (``credit``, one ``shu`` row each) or
to SHU Bagian Anggota Belum Dibayar (``payable``), paid at the counter later (:func:`pay_share`).
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal

from peewee import BooleanField, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, TextField, fn

from models.core import audit
from models.core.clock import now
from models.core.db import BaseModel, run_in_transaction
from models.core.errors import ConflictError, DomainError, FieldError, NotFound, ValidationError
from models.core.money import ROUND_DOWN_RUPIAH, ZERO, D, MoneyField, from_minor, round_money
from models.core.office import get_setting, next_number, put_setting
from models.core.users import User, require
from models.customers.customers import Customer
from models.ledger.chart import Account, Line, chart_roles
from models.ledger.journals import Journal, JournalLine, post_journal, year_closing_journal
from models.savings.savings import (
    Member,
    SavingsAccount,
    SavingsProduct,
    SavingsTransaction,
    _add_months,
    _check_date,
    _load_account,
    _write_txn,
    account_of,
)
from models.core.texts import _

SETTING = "shu.parts"
MODES = ("credit", "payable")
#: The starting split (a common AD/ART pattern); the office edits it.  ``kind`` marks the special parts.
DEFAULT_PARTS = [
    {"key": "reserve", "label": "Cadangan", "pct": "40", "account": "3201", "kind": "reserve"},
    {"key": "members_capital", "label": "Jasa modal anggota", "pct": "20", "account": "", "kind": "capital"},
    {"key": "members_service", "label": "Jasa anggota (transaksi)", "pct": "20", "account": "", "kind": "service"},
    {"key": "board", "label": "Dana pengurus dan pengawas", "pct": "5", "account": "2104", "kind": "fund"},
    {"key": "staff", "label": "Dana karyawan", "pct": "5", "account": "2105", "kind": "fund"},
    {"key": "education", "label": "Dana pendidikan", "pct": "5", "account": "2106", "kind": "fund"},
    {"key": "social", "label": "Dana sosial", "pct": "5", "account": "2107", "kind": "fund"},
]
DEFAULT_CAPITAL_KINDS = ("pokok", "wajib")
UNPAID_ACCOUNT = "2108"   # SHU Bagian Anggota Belum Dibayar
SUKARELA_ACCOUNT = "2102"


class ShuDistribution(BaseModel):
    """One year's SHU, posted."""

    year = IntegerField(unique=True)
    pool = MoneyField()
    mode = CharField(max_length=10)
    parts = TextField()                 # JSON: [{key, label, pct, account, amount}]
    date = DateField()
    journal = ForeignKeyField(Journal, null=True, on_delete="RESTRICT", backref="+")
    created_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    created_at = DateTimeField(default=now)


class ShuShare(BaseModel):
    """One member's SHU of one year."""

    distribution = ForeignKeyField(ShuDistribution, backref="shares", on_delete="RESTRICT")
    member = ForeignKeyField(Member, on_delete="RESTRICT")
    avg_savings = MoneyField(default=0)
    interest_paid = MoneyField(default=0)
    capital_part = MoneyField(default=0)
    service_part = MoneyField(default=0)
    total = MoneyField(default=0)
    txn = ForeignKeyField(SavingsTransaction, null=True, on_delete="RESTRICT", backref="+")
    paid = BooleanField(default=False)
    paid_on = DateField(null=True)
    receipt_no = CharField(max_length=40, null=True)


TABLES = [ShuDistribution, ShuShare]


# ------------------------------------------------------------------------------------------- settings
def parts_setting() -> list[dict]:
    return get_setting(SETTING) or [dict(p) for p in DEFAULT_PARTS]


def validate_parts(parts: list[dict]) -> list[FieldError]:
    """The bylaws' split: percentages ≥ 0 adding up to exactly 100 %, one reserve, one capital and one service
    part, and every other part on an existing account."""
    errors = []
    total = ZERO
    kinds = [p.get("kind", "fund") for p in parts]
    codes = {c for (c,) in Account.select(Account.code).tuples()}
    for i, part in enumerate(parts, start=1):
        try:
            pct = D(str(part.get("pct", "0")))
        except Exception:  # noqa: BLE001 - any unreadable number is one error record
            errors.append(FieldError("pct", _("baris {i}: persentase tidak terbaca", i=i)))
            continue
        if pct < ZERO:
            errors.append(FieldError("pct", _("baris {i}: persentase tidak boleh negatif", i=i)))
        total += pct
        if part.get("kind", "fund") in ("reserve", "fund") and str(part.get("account", "")) not in codes:
            errors.append(FieldError("account", _("baris {i} ({label}): akun {account} tidak ada", i=i,
                                                  label=part.get("label", ""), account=part.get("account"))))
    if total != D(100):
        now_pct = format(total.normalize(), "f")
        errors.append(FieldError("pct", _("jumlah persentase pembagian SHU harus 100% (sekarang {now_pct}%) — AD/ART",
                                          now_pct=now_pct), "total"))
    for kind, label in (("reserve", "cadangan"), ("capital", "jasa modal"), ("service", "jasa anggota")):
        if kinds.count(kind) != 1:
            errors.append(FieldError("kind", _("harus ada tepat satu bagian {label}", label=label)))
    return errors


def save_parts(actor: User, parts: list[dict]) -> None:
    """The office sets its bylaws' SHU split (``settings.edit``).  Raises ValidationError."""
    require(actor, "settings.edit")
    errors = validate_parts(parts)
    if errors:
        raise ValidationError(errors)

    def body():
        put_setting(SETTING, parts)
        audit.record(actor, "shu.parts", "setting", SETTING, after={"parts": parts})

    run_in_transaction(body)


# -------------------------------------------------------------------------------------------- the maths
def split_pool(pool: Decimal, parts: list[dict]) -> dict[str, Decimal]:
    """The pool split by percentage, each part rounded down to the rupiah; the residue goes to the reserve."""
    amounts = {p["key"]: round_money(D(pool) * D(str(p["pct"])) / 100, ROUND_DOWN_RUPIAH) for p in parts}
    reserve = next(p["key"] for p in parts if p.get("kind") == "reserve")
    amounts[reserve] += D(pool) - sum(amounts.values(), ZERO)
    return amounts


def prorate(total: Decimal, weights: dict[int, Decimal]) -> dict[int, Decimal]:
    """``total`` shared in proportion to ``weights``, each share rounded down to the rupiah (the residue stays
    with the caller, who puts it on the reserve)."""
    base = sum(weights.values(), ZERO)
    if base <= ZERO or total <= ZERO:
        return {k: ZERO for k in weights}
    return {k: round_money(D(total) * w / base, ROUND_DOWN_RUPIAH) for k, w in weights.items()}


def year_result(year: int) -> Decimal:
    """The closed year's result as its closing journal put it on SHU Tahun Berjalan (0 when it was a loss).

    Raises:
        DomainError: the year is not closed yet.
    """
    journal = year_closing_journal(year)
    if journal is None:
        raise DomainError(_("tahun buku {year} belum ditutup: SHU dibagi dari hasil tahun yang sudah ditutup",
                            year=year))
    target = chart_roles().get("year_end_result", "3301")
    row = (JournalLine.select(fn.SUM(JournalLine.credit), fn.SUM(JournalLine.debit)).join(Account)
           .where((JournalLine.journal == journal.id) & (Account.code == target)).tuples().first())
    credit, debit = (from_minor(row[0] or 0), from_minor(row[1] or 0)) if row else (ZERO, ZERO)
    return max(credit - debit, ZERO)


def _month_ends(year: int) -> list[dt.date]:
    return [_add_months(dt.date(year, m, 1), 1) - dt.timedelta(days=1) for m in range(1, 13)]


def average_savings(year: int, kinds=DEFAULT_CAPITAL_KINDS) -> dict[int, Decimal]:
    """Each member's average of the twelve month-end balances of the ``kinds`` accounts (rupiah, exact)."""
    sums: dict[int, Decimal] = {}
    for end in _month_ends(year):
        rows = (SavingsTransaction.select(SavingsAccount.member, fn.SUM(SavingsTransaction.amount))
                .join(SavingsAccount).join(SavingsProduct)
                .where((SavingsTransaction.date <= end) & SavingsProduct.kind.in_(list(kinds)))
                .group_by(SavingsAccount.member).tuples())
        for member_id, total in rows:
            sums[member_id] = sums.get(member_id, ZERO) + from_minor(total or 0)
    return {k: v / 12 for k, v in sums.items()}


def interest_paid(year: int) -> dict[int, Decimal]:
    """Loan interest each member paid in ``year`` (posted payments' interest allocations)."""
    from models.cashier.payments import Payment, PaymentAllocation
    from models.loans.loans import Loan

    rows = (PaymentAllocation.select(Member.id, fn.SUM(PaymentAllocation.amount))
            .join(Payment).join(Loan).join(Member, on=(Member.customer == Loan.customer))
            .where((PaymentAllocation.part == "interest") & (Payment.status == "posted")
                   & (Payment.date >= dt.date(year, 1, 1)) & (Payment.date <= dt.date(year, 12, 31)))
            .group_by(Member.id).tuples())
    return {member_id: from_minor(total or 0) for member_id, total in rows}


@dataclass(frozen=True)
class MemberShare:
    member_id: int
    member_no: str
    name: str
    avg_savings: Decimal
    interest_paid: Decimal
    capital_part: Decimal
    service_part: Decimal

    @property
    def total(self) -> Decimal:
        return self.capital_part + self.service_part


@dataclass(frozen=True)
class ShuPlan:
    """The whole split, before or after posting: parts (with the reserve holding the residue) and members."""

    year: int
    pool: Decimal
    parts: tuple[dict, ...]           # each with "amount" (Decimal)
    members: tuple[MemberShare, ...]
    residue: Decimal                  # rounding residue added to the reserve

    def part(self, key: str) -> Decimal:
        return next(p["amount"] for p in self.parts if p["key"] == key)


def plan(year: int, pool: Decimal | None = None, parts: list[dict] | None = None, *,
         as_of: dt.date | None = None) -> ShuPlan:
    """Compute the year's SHU split without writing anything.

    Args:
        pool: default: the closed year's result (:func:`year_result`).
        parts: default: the office's setting (validated to 100 %).
        as_of: members active on this date take part (default: today); resigned ones do not.
    Returns:
        :class:`ShuPlan`; Σ parts == pool exactly, and the members' shares sum to their two parts.
    """
    parts = parts or parts_setting()
    errors = validate_parts(parts)
    if errors:
        raise ValidationError(errors)
    pool = year_result(year) if pool is None else D(pool)
    split = split_pool(pool, parts)
    capital_key = next(p["key"] for p in parts if p["kind"] == "capital")
    service_key = next(p["key"] for p in parts if p["kind"] == "service")
    reserve_key = next(p["key"] for p in parts if p["kind"] == "reserve")
    year_end = dt.date(year, 12, 31)
    members = {m.id: m for m in Member.select(Member, Customer).join(Customer)
               .where((Member.status == "active") & (Member.joined_on <= year_end))}
    avg = {k: v for k, v in average_savings(year).items() if k in members and v > ZERO}
    paid = {k: v for k, v in interest_paid(year).items() if k in members and v > ZERO}
    capital = prorate(split[capital_key], avg)
    service = prorate(split[service_key], paid)
    residue = (split[capital_key] - sum(capital.values(), ZERO)) + (split[service_key] - sum(service.values(), ZERO))
    # what members do not take (rounding, or no member with savings/interest) goes to the reserve
    split[capital_key] = sum(capital.values(), ZERO)
    split[service_key] = sum(service.values(), ZERO)
    split[reserve_key] += residue
    shares = []
    for member_id in sorted(set(capital) | set(service), key=lambda k: members[k].seq):
        m = members[member_id]
        shares.append(MemberShare(member_id, m.member_no, m.customer.full_name, avg.get(member_id, ZERO),
                                  paid.get(member_id, ZERO), capital.get(member_id, ZERO),
                                  service.get(member_id, ZERO)))
    out_parts = tuple(dict(p, amount=split[p["key"]]) for p in parts)
    if sum((p["amount"] for p in out_parts), ZERO) != pool:  # cannot happen: the reserve takes every residue
        raise DomainError(_("pembagian SHU tidak sama dengan jumlah SHU"))
    return ShuPlan(year, pool, out_parts, tuple(shares), residue)


# --------------------------------------------------------------------------------------------- actions
def distribute_shu(actor: User, year: int, date: dt.date, mode: str = "credit") -> ShuDistribution:
    """Post the year's SHU (after the RAT approved it): one journal, one share row per member.

    Args:
        actor: the accountant or manager (``period.close``).
        date: the posting date (the RAT's date; an open month).
        mode: ``credit`` — members' parts credited to their sukarela accounts; ``payable`` — booked on SHU Bagian
            Anggota Belum Dibayar and paid at the counter (:func:`pay_share`).
    Returns:
        The :class:`ShuDistribution`.
    Raises:
        ConflictError: the year's SHU is already distributed; ValidationError, DomainError.
    """
    require(actor, "period.close")
    if mode not in MODES:
        raise ValidationError(FieldError("mode", _("SHU anggota: dikreditkan ke sukarela atau dibayar tunai")))

    def body():
        if ShuDistribution.get_or_none(ShuDistribution.year == year) is not None:
            raise ConflictError(_("SHU tahun {year} sudah dibagikan", year=year))
        errors: list[FieldError] = []
        _check_date(date, errors)
        if date <= dt.date(year, 12, 31):
            errors.append(FieldError("date", _("SHU tahun {year} dibagikan sesudah tahun bukunya berakhir", year=year)))
        if errors:
            raise ValidationError(errors)
        the_plan = plan(year, as_of=date)
        if the_plan.pool <= ZERO:
            raise DomainError(_("tahun {year} tidak menghasilkan SHU untuk dibagi", year=year))
        target = chart_roles().get("year_end_result", "3301")
        members_total = sum((s.total for s in the_plan.members), ZERO)
        lines = [Line(target, debit=the_plan.pool, memo=f"pembagian SHU {year}")]
        for part in the_plan.parts:
            if part["kind"] in ("capital", "service") or part["amount"] == ZERO:
                continue
            lines.append(Line(str(part["account"]), credit=part["amount"], memo=part["label"]))
        credit_accounts: dict[int, SavingsAccount] = {}
        if mode == "credit":
            for share in the_plan.members:
                acct = account_of(Member.get_by_id(share.member_id), "sukarela")
                if acct is None:
                    raise DomainError(_("anggota {member_no} tidak punya rekening sukarela untuk SHU",
                                        member_no=share.member_no))
                credit_accounts[share.member_id] = _load_account(acct.id)
            by_code: dict[str, Decimal] = {}
            for share in the_plan.members:
                code = credit_accounts[share.member_id].product.account_code
                by_code[code] = by_code.get(code, ZERO) + share.total
            lines += [Line(code, credit=amount, memo=f"SHU anggota {year}") for code, amount in by_code.items()
                      if amount > ZERO]
        elif members_total > ZERO:
            lines.append(Line(UNPAID_ACCOUNT, credit=members_total, memo=f"SHU anggota {year} belum dibayar"))
        journal = post_journal(actor, date, f"Pembagian SHU tahun {year}", "savings", lines,
                               reference=f"SHU-{year}", _allow_control=True)
        dist = ShuDistribution.create(year=year, pool=the_plan.pool, mode=mode, date=date, journal=journal,
                                      created_by=actor.id,
                                      parts=json.dumps([dict(p, amount=str(p["amount"])) for p in the_plan.parts]))
        for share in the_plan.members:
            txn = None
            if mode == "credit" and share.total > ZERO:
                txn = _write_txn(actor, credit_accounts[share.member_id], "shu", share.total, date, receipt_no=None,
                                 journal=journal, memo=f"SHU {year}")
            ShuShare.create(distribution=dist.id, member=share.member_id, avg_savings=round_money(share.avg_savings),
                            interest_paid=share.interest_paid, capital_part=share.capital_part,
                            service_part=share.service_part, total=share.total, txn=txn,
                            paid=mode == "credit", paid_on=date if mode == "credit" else None)
        audit.record(actor, "shu.distribute", "shu_distribution", dist.id,
                     after={"year": year, "pool": the_plan.pool, "mode": mode, "members": len(the_plan.members),
                            "members_total": members_total, "residue_to_reserve": the_plan.residue})
        return dist

    return run_in_transaction(body)


def pay_share(actor: User, share: ShuShare, date: dt.date) -> ShuShare:
    """The cashier pays a member's SHU booked as payable (cash out, receipt from the receipt sequence)."""
    require(actor, "savings.post")

    def body():
        s = ShuShare.get_by_id(share.id)
        if s.paid:
            raise ConflictError(_("SHU anggota ini sudah dibayar"))
        errors: list[FieldError] = []
        _check_date(date, errors)
        if errors:
            raise ValidationError(errors)
        member = Member.get_by_id(s.member_id)
        branch_id = Customer.get_by_id(member.customer_id).branch_id
        receipt = next_number("receipt", branch_id, date.year)
        post_journal(actor, date, f"Pembayaran SHU {s.distribution.year} {member.member_no} bukti {receipt}",
                     "savings", [Line(UNPAID_ACCOUNT, debit=D(s.total), customer_id=member.customer_id),
                                 Line(chart_roles().get("cash", "1101"), credit=D(s.total))],
                     reference=receipt, branch=branch_id, _allow_control=True)
        ShuShare.update(paid=True, paid_on=date, receipt_no=receipt).where(ShuShare.id == s.id).execute()
        audit.record(actor, "shu.pay", "shu_share", s.id, after={"amount": s.total, "receipt_no": receipt})
        return ShuShare.get_by_id(s.id)

    return run_in_transaction(body)


def shares_of(year: int) -> list[ShuShare]:
    dist = ShuDistribution.get_or_none(ShuDistribution.year == year)
    if dist is None:
        raise NotFound(_("SHU tahun {year} belum dibagikan", year=year))
    return list(ShuShare.select(ShuShare, Member).join(Member).where(ShuShare.distribution == dist.id)
                .order_by(Member.seq))
