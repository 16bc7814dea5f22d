"""The general ledger: chart of accounts, journals, periods — and the ONE function that posts money.

Every money event in Angsur (a disbursement, an installment, a late fee, a savings deposit, a manual correction)
ends in :func:`post_journal`.  It refuses anything that does not balance to the sen and writes nothing in that
case; it runs inside the caller's transaction when there is one, so a payment's installment updates, its
receipt number and its journal commit or vanish together.

Posted entries are never edited.  A journal is inserted unposted, its lines are added, and only then is
``posted_at`` stamped; from that moment the database itself (triggers of migration 0004) refuses an UPDATE or
DELETE of the journal or its lines, refuses new lines, and refuses the stamp on a journal whose lines do not
balance.  Corrections are reversing entries (:func:`reverse_journal`), which is how auditors expect a ledger to
read.

Control accounts (loans receivable, savings, overpayments) are flagged ``is_control``: only the sub-ledgers
(loans, savings) move them, so manual journals may not touch them, and ``main.py check`` compares each control
account with its sub-ledger (see :mod:`models.ledger_checks`).

Periods: a month is closed with :func:`close_month` (nothing can be posted dated in it afterwards) and reopened
only by another person with :func:`reopen_month`; :func:`close_year` moves income and expense to retained
earnings (Laba Ditahan) or, for a cooperative, to SHU Tahun Berjalan with a closing journal.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable, Sequence

from peewee import (
    BooleanField, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, TextField, fn,
)

from models import audit
from models.db import BaseModel, database, is_sqlite, run_in_transaction, write_transaction
from models.errors import ConflictError, DomainError, FieldError, NotFound, PermissionDenied, ValidationError
from models.money import D, ZERO, MoneyError, MoneyField, from_minor, to_minor
from models.office import Branch, get_setting, next_number, now, put_setting
from models.users import User, require, require_checker

ACCOUNT_TYPES = ("asset", "liability", "equity", "income", "expense")
ACCOUNT_TYPE_LABELS = {
    "asset": "Aset", "liability": "Liabilitas", "equity": "Ekuitas", "income": "Pendapatan", "expense": "Beban",
}
#: Types whose balance is normally on the debit side (the rest are credit-normal).
DEBIT_NORMAL = frozenset({"asset", "expense"})

#: Where a journal came from.  "manual" is the only source a person types; the rest are written by the
#: sub-ledgers (loans, payments, savings) and by period closing.
SOURCES = ("disbursement", "payment", "fee", "late_fee", "payoff", "refund", "write_off", "savings", "opening",
           "manual", "reversal", "closing")
SOURCE_LABELS = {
    "disbursement": "Pencairan", "payment": "Pembayaran", "fee": "Biaya", "late_fee": "Denda",
    "payoff": "Pelunasan", "refund": "Pengembalian titipan", "write_off": "Hapus buku", "savings": "Simpanan",
    "opening": "Saldo awal",
    "manual": "Jurnal umum", "reversal": "Pembalikan", "closing": "Tutup buku",
}

#: The permission each source needs of the person posting (issue 19: a posting function accepted anyone, even
#: nobody, when the source was not "manual").  A sub-ledger's posting is made by the person doing the
#: sub-ledger's action, so the permission is that action's; a reversal needs the permission that undoes its
#: origin (:data:`REVERSAL_PERMISSIONS`).  Source: the office's role matrix (docs/security.md), practice of
#: segregation of duties (POJK 1/2024 on governance: maker and checker).
SOURCE_PERMISSIONS: dict[str, tuple[str, ...]] = {
    "disbursement": ("loan.disburse",),
    "payment": ("payment.post",),
    "fee": ("payment.post", "loan.disburse"),
    "late_fee": ("payment.post", "fee.waive"),
    "payoff": ("loan.payoff",),
    "refund": ("payment.post",),
    "write_off": ("loan.writeoff",),
    "savings": ("savings.post",),
    "opening": ("journal.manual",),
    "manual": ("journal.manual",),
    "reversal": (),  # decided by the journal reversed: see REVERSAL_PERMISSIONS
    "closing": ("period.close",),
}
#: Who may post the reversal of a journal, by the source of the journal first reversed.
REVERSAL_PERMISSIONS: dict[str, tuple[str, ...]] = {
    "manual": ("journal.manual",), "opening": ("journal.manual",),
    "payment": ("payment.reverse",), "payoff": ("payment.reverse",), "fee": ("payment.reverse",),
    "late_fee": ("payment.reverse",), "refund": ("payment.reverse",), "savings": ("payment.reverse",),
    "disbursement": ("loan.disburse",), "write_off": ("loan.writeoff",), "closing": ("period.reopen",),
}


def require_posting(actor: User | None, source: str, *, origin: str | None = None) -> None:
    """Refuse a posting of ``source`` unless ``actor`` (required: a logged-in, active user, re-read) holds
    one of the source's permissions.

    Args:
        source: one of :data:`SOURCES`.
        origin: for ``source == "reversal"``, the source of the journal first reversed.
    Raises:
        PermissionDenied: no actor, an inactive actor, or none of the permissions.
    """
    if actor is None:
        from models.users import system_allowed

        if system_allowed():
            return  # demo builder, first run, command-line import without --user (see users.system_context)
        raise PermissionDenied("memposting jurnal membutuhkan pengguna yang masuk")
    if source == "reversal":
        perms = REVERSAL_PERMISSIONS.get(origin or "", ())
    else:
        perms = SOURCE_PERMISSIONS.get(source, ())
    if not perms:
        raise PermissionDenied(f"sumber jurnal {source!r} tidak dapat diposting oleh pengguna")
    last: PermissionDenied | None = None
    for perm in perms:
        try:
            require(actor, perm)
            return
        except PermissionDenied as exc:
            last = exc
    raise last  # type: ignore[misc]


PERIOD_OPEN, PERIOD_CLOSED = "open", "closed"
CHART_SETTING = "ledger.chart"  # roles and default posting rules of the installed chart


# ------------------------------------------------------------------------------------------------- tables
class Account(BaseModel):
    """One account of the chart.  An account with children is a heading: it sums them and takes no postings."""

    code = CharField(max_length=20, unique=True)
    name = CharField(max_length=120)
    type = CharField(max_length=12)  # asset | liability | equity | income | expense
    parent = ForeignKeyField("self", null=True, backref="children", on_delete="RESTRICT")
    is_control = BooleanField(default=False)
    active = BooleanField(default=True)
    created_at = DateTimeField(default=now)

    @property
    def debit_normal(self) -> bool:
        return self.type in DEBIT_NORMAL

    def __str__(self) -> str:
        return f"{self.code} {self.name}"


class Journal(BaseModel):
    """A journal entry.  ``posted_at`` is stamped once its lines are in; after that it is frozen by triggers."""

    number = CharField(max_length=32, unique=True)
    date = DateField(index=True)
    description = TextField()
    source = CharField(max_length=16, index=True)
    reference = CharField(max_length=64, default="", index=True)
    reversal_of = ForeignKeyField("self", null=True, unique=True, backref="reversals", on_delete="RESTRICT")
    branch = ForeignKeyField(Branch, null=True, on_delete="RESTRICT")
    created_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    created_at = DateTimeField(default=now)
    posted_at = DateTimeField(null=True)


class JournalLine(BaseModel):
    """One debit or credit.  ``customer_id`` and ``loan_id`` are plain integers: the loan tables are younger."""

    journal = ForeignKeyField(Journal, backref="lines", on_delete="RESTRICT")
    line_no = IntegerField()
    account = ForeignKeyField(Account, backref="lines", on_delete="RESTRICT")
    debit = MoneyField(default=0)
    credit = MoneyField(default=0)
    memo = CharField(max_length=200, default="")
    customer_id = IntegerField(null=True, index=True)
    loan_id = IntegerField(null=True, index=True)


class Period(BaseModel):
    """A calendar month of the books: open (postings allowed) or closed."""

    year = IntegerField()
    month = IntegerField()
    status = CharField(max_length=8, default=PERIOD_OPEN)
    closed_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    closed_at = DateTimeField(null=True)
    reopened_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    reopened_at = DateTimeField(null=True)
    reopen_reason = TextField(default="")

    class Meta:
        indexes = ((("year", "month"), True),)


# ------------------------------------------------------------------------------------------ chart of accounts
def debit_normal(account_type: str) -> bool:
    """True for asset and expense accounts, whose balance is debit minus credit."""
    return account_type in DEBIT_NORMAL


def account_by_code(code: str) -> Account:
    account = Account.get_or_none(Account.code == str(code))
    if account is None:
        raise NotFound(f"akun {code} tidak ada di bagan akun")
    return account


def chart_roles() -> dict:
    """The installed chart's named accounts (``cash``, ``loans_receivable``, ``year_end_result`` …)."""
    from models.posting_rules import chart_for_kind

    stored = get_setting(CHART_SETTING)
    if stored:
        return stored.get("roles", {})
    return chart_for_kind(_office_kind()).get("roles", {})


def _office_kind() -> str:
    from models.office import Office

    office = Office.select().order_by(Office.id).first()
    return office.kind if office is not None else "leasing"


def _chart_rows(chart: dict) -> list[dict]:
    return chart["accounts"]


def install_default_chart(kind: str | None = None, actor: User | None = None) -> int:
    """Install the default chart of accounts for an office kind and remember its roles and posting rules.

    Idempotent: accounts whose code already exists are left alone (an office may have renamed them).

    Args:
        kind: ``leasing``, ``bpr`` (the multifinance chart) or ``koperasi``; default: the office's kind.
        actor: the user installing it (needs ``coa.edit``); ``None`` for the demo and the first-run wizard.
    Returns:
        The number of accounts created.
    """
    from models.posting_rules import chart_for_kind

    if actor is not None:
        require(actor, "coa.edit")
    kind = kind or _office_kind()
    chart = chart_for_kind(kind)

    def install() -> int:
        existing = {a.code: a for a in Account.select()}
        created = 0
        for row in _chart_rows(chart):
            if row["code"] in existing:
                continue
            parent = existing.get(row.get("parent")) if row.get("parent") else None
            account = Account.create(code=row["code"], name=row["name"], type=row["type"], parent=parent,
                                     is_control=bool(row.get("control", False)))
            existing[account.code] = account
            created += 1
        put_setting(CHART_SETTING, {"kind": kind, "name": chart["name"], "roles": chart["roles"],
                                    "posting_rules": chart["posting_rules"]})
        audit.record(actor, "coa.install", "account", "", after={"kind": kind, "created": created})
        return created

    return run_in_transaction(install)


def validate_account(code: str, name: str, account_type: str) -> list[FieldError]:
    errors = []
    if not code or not str(code).replace(".", "").replace("-", "").isalnum() or len(code) > 20:
        errors.append(FieldError("code", "kode akun 1–20 huruf/angka (boleh titik dan tanda hubung)"))
    if not (name or "").strip() or len(name) > 120:
        errors.append(FieldError("name", "nama akun wajib diisi (paling panjang 120 huruf)"))
    if account_type not in ACCOUNT_TYPES:
        errors.append(FieldError("type", "jenis akun harus aset, liabilitas, ekuitas, pendapatan atau beban"))
    return errors


def _account_snapshot(account: Account) -> dict:
    return {"code": account.code, "name": account.name, "type": account.type, "parent": account.parent_id,
            "is_control": account.is_control, "active": account.active}


def _has_lines(account: Account) -> bool:
    return JournalLine.select().where(JournalLine.account == account).exists()


@write_transaction
def create_account(actor: User, code: str, name: str, account_type: str, parent: Account | None = None,
                   is_control: bool = False) -> Account:
    """Add an account to the chart (permission ``coa.edit``).

    A child must have its parent's type (a heading sums its children).  A parent that already holds postings
    cannot get children: its balance would vanish from the statements' detail.
    """
    require(actor, "coa.edit")
    code = (code or "").strip()
    errors = validate_account(code, name, account_type)
    if parent is not None:
        parent = Account.get_by_id(parent.id)
        if parent.type != account_type:
            errors.append(FieldError("parent", "akun induk harus berjenis sama"))
        if _has_lines(parent):
            errors.append(FieldError("parent", f"akun {parent.code} sudah berisi jurnal dan tidak bisa menjadi "
                                               "akun induk"))
    if errors:
        raise ValidationError(errors)
    if Account.select().where(Account.code == code).exists():
        raise ConflictError(f"kode akun {code} sudah dipakai")
    account = Account.create(code=code, name=name.strip(), type=account_type, parent=parent,
                             is_control=bool(is_control))
    audit.record(actor, "coa.create", "account", account.id, after=_account_snapshot(account))
    return account


@write_transaction
def update_account(actor: User, account: Account, *, name: str | None = None, active: bool | None = None,
                   is_control: bool | None = None) -> Account:
    """Rename, (de)activate or (un)flag an account (permission ``coa.edit``).

    Code and type are fixed once an account exists: reports and exports already printed refer to them.  An
    account with a balance cannot be deactivated (it would disappear from the trial balance while holding
    money); a control flag cannot be removed while a sub-ledger is registered for the account.
    """
    require(actor, "coa.edit")
    account = Account.get_by_id(account.id)
    before = _account_snapshot(account)
    errors = []
    if name is not None:
        errors += [e for e in validate_account(account.code, name, account.type) if e.field == "name"]
        account.name = name.strip()
    if active is not None and not active and account.active:
        if balance(account) != ZERO:
            errors.append(FieldError("active", f"akun {account.code} masih bersaldo; nolkan dulu saldonya"))
        account.active = False
    elif active:
        account.active = True
    if is_control is not None and not is_control and account.is_control:
        from models.ledger_checks import subledger_for_account

        if subledger_for_account(account.code):
            errors.append(FieldError("is_control", "akun ini dikendalikan buku pembantu dan harus tetap akun "
                                                   "kontrol"))
        account.is_control = False
    elif is_control:
        account.is_control = True
    if errors:
        raise ValidationError(errors)
    account.save()
    audit.record(actor, "coa.update", "account", account.id, before=before, after=_account_snapshot(account))
    return account


def leaf_ids() -> set[int]:
    """Ids of accounts that take postings (no children)."""
    parents = {pid for (pid,) in Account.select(Account.parent).where(Account.parent.is_null(False)).tuples()}
    return {aid for (aid,) in Account.select(Account.id).tuples()} - parents


# ------------------------------------------------------------------------------------------------- periods
def period_status(date: dt.date) -> str:
    db = database.obj
    p = "?" if is_sqlite(db) else "%s"
    # Static SQL: asked for every posting.
    row = db.execute_sql(f"SELECT status FROM period WHERE year = {p} AND month = {p}",
                         (date.year, date.month)).fetchone()
    return row[0] if row is not None else PERIOD_OPEN


def is_closed(date: dt.date) -> bool:
    return period_status(date) == PERIOD_CLOSED


def _validate_month(year: int, month: int) -> None:
    if not (1 <= int(month) <= 12) or not (1900 <= int(year) <= 9999):
        raise ValidationError(FieldError("month", "bulan 1–12 dan tahun empat angka"))


@write_transaction
def close_month(actor: User, year: int, month: int) -> Period:
    """Close a month: nothing dated in it can be posted afterwards (permission ``period.close``).

    Returns:
        The closed :class:`Period`.
    Raises:
        ConflictError: the month is already closed.
    """
    require(actor, "period.close")
    _validate_month(year, month)
    period, _ = Period.get_or_create(year=year, month=month)
    if period.status == PERIOD_CLOSED:
        raise ConflictError(f"periode {month:02d}/{year} sudah ditutup")
    problems = unposted_journals(dt.date(year, month, 1), _month_end(year, month))
    if problems:
        raise ConflictError(f"periode {month:02d}/{year} memiliki jurnal yang belum diposting: "
                            f"{', '.join(problems[:5])}")
    period.status = PERIOD_CLOSED
    period.closed_by = actor
    period.closed_at = now()
    period.save()
    audit.record(actor, "period.close", "period", f"{year}-{month:02d}", after={"status": PERIOD_CLOSED})
    return period


@write_transaction
def reopen_month(actor: User, year: int, month: int, reason: str) -> Period:
    """Reopen a closed month (permission ``period.reopen``; not by the person who closed it; audited).

    Args:
        reason: why the books are reopened; kept on the period and in the audit trail.
    """
    require(actor, "period.reopen")
    _validate_month(year, month)
    if not (reason or "").strip():
        raise ValidationError(FieldError("reason", "alasan membuka kembali periode wajib diisi"))
    period = Period.get_or_none((Period.year == year) & (Period.month == month))
    if period is None or period.status != PERIOD_CLOSED:
        raise ConflictError(f"periode {month:02d}/{year} tidak sedang ditutup")
    require_checker(period.closed_by_id, actor, "membuka kembali periode")
    period.status = PERIOD_OPEN
    period.reopened_by = actor
    period.reopened_at = now()
    period.reopen_reason = reason.strip()
    period.save()
    audit.record(actor, "period.reopen", "period", f"{year}-{month:02d}",
                 before={"status": PERIOD_CLOSED, "closed_by": period.closed_by_id},
                 after={"status": PERIOD_OPEN}, note=reason.strip())
    return period


def _month_end(year: int, month: int) -> dt.date:
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


def year_closing_journal(year: int) -> Journal | None:
    """The year-end closing journal of ``year`` that still stands (not reversed), if any."""
    reversed_ids = Journal.select(Journal.reversal_of).where(Journal.reversal_of.is_null(False))
    return (Journal.select()
            .where((Journal.source == "closing") & (Journal.reference == f"TUTUP-{year}")
                   & Journal.id.not_in(reversed_ids))
            .first())


@write_transaction
def close_year(actor: User, year: int) -> Journal | None:
    """Year-end closing: move the year's income and expense to retained earnings, then close every month.

    The closing journal is dated 31 December and debits every income account and credits every expense
    account by its balance for the year; the difference (the year's result) goes to Laba Ditahan, or to SHU
    Tahun Berjalan in a cooperative chart (the chart's ``year_end_result`` role).  Months of the year that are
    still open are closed.

    Returns:
        The closing journal, or ``None`` when the year had no income or expense.
    Raises:
        ConflictError: the year is already closed.
    """
    require(actor, "period.close")
    if year_closing_journal(year) is not None:
        raise ConflictError(f"tahun buku {year} sudah ditutup")
    last_day = dt.date(year, 12, 31)
    if is_closed(last_day):
        raise ConflictError(f"periode 12/{year} sudah ditutup; buka kembali dulu untuk menutup tahun buku")
    totals = account_totals(date_from=dt.date(year, 1, 1), date_to=last_day)
    accounts = {a.id: a for a in Account.select().where(Account.type.in_(("income", "expense")))}
    lines: list[Line] = []
    result = ZERO  # income minus expense
    for account_id, (debit, credit) in sorted(totals.items()):
        account = accounts.get(account_id)
        if account is None:
            continue
        net = credit - debit  # credit-normal view: income positive, expense negative
        if net == ZERO:
            continue
        result += net
        if net > 0:
            lines.append(Line(account.code, debit=net, memo="tutup buku"))
        else:
            lines.append(Line(account.code, credit=-net, memo="tutup buku"))
    journal = None
    if lines:
        target = chart_roles().get("year_end_result")
        if not target:
            raise DomainError("bagan akun tidak menunjuk akun laba ditahan / SHU tahun berjalan")
        if result > 0:
            lines.append(Line(target, credit=result, memo="hasil usaha tahun berjalan"))
        elif result < 0:
            lines.append(Line(target, debit=-result, memo="rugi tahun berjalan"))
        journal = post_journal(actor, last_day, f"Tutup buku tahun {year}", "closing", lines,
                               reference=f"TUTUP-{year}", _allow_control=True)
    for month in range(1, 13):
        if not is_closed(dt.date(year, month, 1)):
            close_month(actor, year, month)
    audit.record(actor, "period.close_year", "period", str(year),
                 after={"journal": journal.number if journal else None, "result": result})
    return journal


# ------------------------------------------------------------------------------------------------- posting
@dataclass(frozen=True)
class Line:
    """One line to post: an account (code, or the :class:`Account`) with a debit OR a credit."""

    account: str | Account
    debit: Decimal | int | str = ZERO
    credit: Decimal | int | str = ZERO
    memo: str = ""
    customer_id: int | None = None
    loan_id: int | None = None

    @property
    def code(self) -> str:
        return self.account.code if isinstance(self.account, Account) else str(self.account)


def _amount(value, field: str, row: int) -> tuple[Decimal | None, list[FieldError]]:
    try:
        amount = D(value if value is not None else 0)
        to_minor(amount)
    except MoneyError as exc:
        return None, [FieldError(field, f"baris {row}: jumlah tidak sah ({exc})", "amount", row)]
    if amount < 0:
        return None, [FieldError(field, f"baris {row}: jumlah tidak boleh negatif", "negative", row)]
    return amount, []


def validate_lines(lines: Sequence[Line]) -> list[FieldError]:
    """Shape of a journal, before any account is looked up: two lines or more, one side each, balanced."""
    errors: list[FieldError] = []
    if len(lines) < 2:
        errors.append(FieldError("lines", "jurnal membutuhkan sedikitnya dua baris", "too_few"))
    total_debit = total_credit = ZERO
    for i, line in enumerate(lines, start=1):
        debit, e1 = _amount(line.debit, "debit", i)
        credit, e2 = _amount(line.credit, "credit", i)
        errors += e1 + e2
        if debit is None or credit is None:
            continue
        if (debit > 0) == (credit > 0):
            errors.append(FieldError("lines", f"baris {i}: isi debit ATAU kredit (tepat satu, lebih dari nol)",
                                     "one_side", i))
        total_debit += debit
        total_credit += credit
    if not errors and total_debit != total_credit:
        errors.append(FieldError("lines", f"jurnal tidak seimbang: debit {total_debit} ≠ kredit {total_credit} "
                                          f"(selisih {total_debit - total_credit})", "unbalanced"))
    return errors


@dataclass(frozen=True)
class PostingAccount:
    """What posting needs to know of an account (read with one static query per journal)."""

    id: int
    code: str
    name: str
    active: bool
    is_control: bool
    is_heading: bool

    def __str__(self) -> str:
        return f"{self.code} {self.name}"


def posting_accounts(codes: Iterable[str]) -> dict[str, PostingAccount]:
    """The accounts with these codes, each with whether it is a heading (has children)."""
    codes = sorted({str(c) for c in codes})
    if not codes:
        return {}
    db = database.obj
    p = "?" if is_sqlite(db) else "%s"
    rows = db.execute_sql(
        "SELECT a.id, a.code, a.name, a.active, a.is_control, "
        "EXISTS (SELECT 1 FROM account c WHERE c.parent_id = a.id) "
        f"FROM account a WHERE a.code IN ({', '.join([p] * len(codes))})", codes).fetchall()
    return {row[1]: PostingAccount(row[0], row[1], row[2], bool(row[3]), bool(row[4]), bool(row[5]))
            for row in rows}


def validate_accounts(lines: Sequence[Line], source: str, *, allow_control: bool = False,
                      found: dict[str, PostingAccount] | None = None) -> list[FieldError]:
    """Every account exists, is active, takes postings, and — for manual journals — is not a control account."""
    errors: list[FieldError] = []
    if found is None:
        found = posting_accounts(line.code for line in lines)
    for i, line in enumerate(lines, start=1):
        account = found.get(line.code)
        if account is None:
            errors.append(FieldError("account", f"baris {i}: akun {line.code} tidak ada", "unknown", i))
        elif not account.active:
            errors.append(FieldError("account", f"baris {i}: akun {account} tidak aktif", "inactive", i))
        elif account.is_heading:
            errors.append(FieldError("account", f"baris {i}: {account} adalah akun induk; pilih akun rinciannya",
                                     "heading", i))
        elif source == "manual" and account.is_control and not allow_control:
            errors.append(FieldError("account", f"baris {i}: {account} adalah akun kontrol yang hanya digerakkan "
                                                "buku pembantu (pinjaman, simpanan, titipan)", "control", i))
    return errors


def validate_header(date, description: str, source: str) -> list[FieldError]:
    errors = []
    if not isinstance(date, dt.date) or isinstance(date, dt.datetime):
        errors.append(FieldError("date", "tanggal jurnal wajib diisi"))
    elif is_closed(date):
        errors.append(FieldError("date", f"periode {date.month:02d}/{date.year} sudah ditutup: tidak bisa "
                                         "memposting jurnal bertanggal di dalamnya", "closed"))
    if not (description or "").strip():
        errors.append(FieldError("description", "keterangan jurnal wajib diisi"))
    if source not in SOURCES:
        errors.append(FieldError("source", f"sumber jurnal tidak dikenal: {source!r}"))
    return errors


@write_transaction
def post_journal(actor: User | None, date: dt.date, description: str, source: str, lines: Sequence[Line],
                 reference: str = "", customer_id: int | None = None, loan_id: int | None = None,
                 reversal_of: Journal | None = None, branch: Branch | None = None,
                 _allow_control: bool = False) -> Journal:
    """Post one balanced journal.  THE way money enters the ledger.

    Runs inside the caller's transaction when there is one (so a payment and its journal commit together),
    otherwise in its own.  On any refusal nothing is written: no journal, no number taken, no audit row.

    Args:
        actor: the user posting, required; ``None`` only inside :class:`models.users.system_context`
            (demo builder, command-line import).  Each source needs its permission (:data:`SOURCE_PERMISSIONS`).
        date: the accounting date; its month must be open.
        description: what the entry is (shown in the journal list and the general ledger).
        source: one of :data:`SOURCES`; ``manual`` needs ``journal.manual`` and may not touch control accounts.
        lines: at least two :class:`Line`, each with a debit or a credit, totals equal to the sen.
        reference: the document behind it (receipt or contract number).
        customer_id, loan_id: default references for lines that carry none.
        reversal_of: the journal this one reverses (use :func:`reverse_journal`).
        branch: the branch the entry belongs to (optional).
    Returns:
        The posted :class:`Journal`.
    Raises:
        ValidationError: every problem found, at once.
        PermissionDenied: no actor, an inactive one, or one without the source's permission.
    """
    lines = list(lines)
    if reversal_of is not None and source == "reversal":
        origin = Journal.get_by_id(reversal_of.id)
        while origin.source == "reversal" and origin.reversal_of_id is not None:
            origin = origin.reversal_of
        require_posting(actor, source, origin=origin.source)
    else:
        require_posting(actor, source)
    errors = validate_header(date, description, source)
    shape = validate_lines(lines)
    errors += shape
    if source == "manual" and not shape:  # typed by a person: within the office's ceiling (issue 19, item 8)
        from models.limits import amount_errors

        for i, line in enumerate(lines, start=1):
            for side in ("debit", "credit"):
                errors += amount_errors(getattr(line, side) or 0, side, row=i)
    accounts = posting_accounts(line.code for line in lines)
    errors += validate_accounts(lines, source, allow_control=_allow_control, found=accounts)
    if errors:
        raise ValidationError(errors)
    journal = Journal.create(number=next_number("journal", None, date.year), date=date,
                             description=description.strip(), source=source, reference=(reference or "")[:64],
                             reversal_of=reversal_of, branch=branch, created_by=actor)
    rows = []
    for i, line in enumerate(lines, start=1):
        rows.append(dict(journal=journal.id, line_no=i, account=accounts[line.code].id,
                         debit=D(line.debit or 0), credit=D(line.credit or 0), memo=(line.memo or "")[:200],
                         customer_id=line.customer_id if line.customer_id is not None else customer_id,
                         loan_id=line.loan_id if line.loan_id is not None else loan_id))
    JournalLine.insert_many(rows).execute()
    # Stamping posted_at is what freezes the entry; the database re-checks the balance at this moment.
    journal.posted_at = now()
    Journal.update(posted_at=journal.posted_at).where(Journal.id == journal.id).execute()
    total = sum((D(line.debit or 0) for line in lines), ZERO)
    from models.integrity import journal_digest

    audit.record(actor, "journal.post", "journal", journal.id,
                 after={"number": journal.number, "date": date, "source": source, "total": total,
                        "reference": journal.reference, "digest": journal_digest(journal.id)})
    return journal


def post_event(actor: User | None, event_lines: Iterable[tuple[str, Decimal]], product_mapping: dict | None = None,
               *, date: dt.date, description: str, source: str, reference: str = "",
               customer_id: int | None = None, loan_id: int | None = None, cash_account: str | None = None,
               branch: Branch | None = None) -> Journal | None:
    """Post a money event of the loan or savings sub-ledger through its posting rules.

    Args:
        event_lines: ``[("installment_principal", D("800000")), ("installment_interest", D("150000")), …]``;
            zero amounts and events mapped to nothing (e.g. a waiver under cash-basis late fees) are skipped.
        product_mapping: the product's override dict keyed by event (see :mod:`models.posting_rules`).
        cash_account: code of the cash/bank account that received or paid the money, replacing the chart's
            cash account (Kas) in every line — e.g. ``"1111"`` for a bank transfer.
        date, description, source, reference, customer_id, loan_id, branch: as for :func:`post_journal`.
    Returns:
        The posted journal, or ``None`` when every amount was zero or unmapped.
    """
    from models.posting_rules import build_lines

    require_posting(actor, source)  # before anything is read: even an all-zero event needs the right
    lines = build_lines(event_lines, product_mapping, cash_account=cash_account)
    if not lines:
        return None
    return post_journal(actor, date, description, source, lines, reference=reference, customer_id=customer_id,
                        loan_id=loan_id, branch=branch, _allow_control=True)


@write_transaction
def reverse_journal(actor: User | None, journal: Journal, reason: str, *, date: dt.date | None = None,
                    by_subledger: bool = False) -> Journal:
    """Post the mirror entry of ``journal`` (debits become credits); the original stays as it was.

    A manual journal is reversed by someone holding ``journal.manual``.  A journal written by a sub-ledger
    (a payment, a disbursement) may only be reversed by that sub-ledger (``by_subledger=True``), which
    checks its own permission and moves its records in the same transaction — otherwise the ledger and the
    loan book would disagree.

    Args:
        reason: why (required; kept in the description and the audit trail).
        date: the reversal's accounting date (default: today); must be in an open month.
    Returns:
        The reversing journal.
    """
    if actor is None:
        require_posting(actor, "reversal")  # refuses unless in system_context, before anything is read
    journal = Journal.get_by_id(journal.id)
    origin = journal
    while origin.source == "reversal" and origin.reversal_of_id is not None:
        origin = origin.reversal_of  # reversing a reversal follows the rules of the entry first reversed
    if origin.source != "manual":
        if journal.source == "closing":
            raise DomainError("jurnal tutup buku tidak dibalik; buka kembali periodenya")
        if not by_subledger:
            label = SOURCE_LABELS.get(origin.source, origin.source)
            raise PermissionDenied(f"jurnal {journal.number} dibuat oleh buku pembantu ({label}); batalkan "
                                   "transaksinya dari menu asalnya")
    require_posting(actor, "reversal", origin=origin.source)
    if not (reason or "").strip():
        raise ValidationError(FieldError("reason", "alasan pembalikan wajib diisi"))
    if Journal.select().where(Journal.reversal_of == journal).exists():
        raise ConflictError(f"jurnal {journal.number} sudah pernah dibalik")
    lines = [Line(l.account.code, debit=l.credit, credit=l.debit, memo=l.memo, customer_id=l.customer_id,
                  loan_id=l.loan_id)
             for l in journal.lines.join(Account).order_by(JournalLine.line_no)]
    reversal = post_journal(actor, date or dt.date.today(), f"Pembalikan {journal.number}: {reason.strip()}",
                            "reversal", lines, reference=journal.number, reversal_of=journal,
                            branch=journal.branch)
    audit.record(actor, "journal.reverse", "journal", journal.id, after={"reversal": reversal.number},
                 note=reason.strip())
    return reversal


# ------------------------------------------------------------------------------------------------ balances
def _posted_lines(date_from: dt.date | None = None, date_to: dt.date | None = None,
                  exclude_sources: Iterable[str] = ()):
    query = JournalLine.select().join(Journal).where(Journal.posted_at.is_null(False))
    if date_from is not None:
        query = query.where(Journal.date >= date_from)
    if date_to is not None:
        query = query.where(Journal.date <= date_to)
    exclude = list(exclude_sources)
    if exclude:
        query = query.where(Journal.source.not_in(exclude))
    return query


def account_totals(date_from: dt.date | None = None, date_to: dt.date | None = None,
                   exclude_sources: Iterable[str] = ()) -> dict[int, tuple[Decimal, Decimal]]:
    """Debit and credit totals per account id over posted journals dated in [date_from, date_to] (SQL sums)."""
    query = (_posted_lines(date_from, date_to, exclude_sources)
             .select(JournalLine.account, fn.SUM(JournalLine.debit), fn.SUM(JournalLine.credit))
             .group_by(JournalLine.account).tuples())
    return {aid: (from_minor(d), from_minor(c)) for aid, d, c in query}


def signed_balance(account_type: str, debit: Decimal, credit: Decimal) -> Decimal:
    """A balance on the account's normal side: debit − credit for assets/expenses, credit − debit otherwise."""
    return debit - credit if debit_normal(account_type) else credit - debit


def balance(account: Account | str, as_of: dt.date | None = None) -> Decimal:
    """The balance of one account (and its children) at the end of ``as_of`` on its normal side."""
    account = account if isinstance(account, Account) else account_by_code(account)
    ids = descendant_ids(account)
    query = (_posted_lines(None, as_of).select(fn.SUM(JournalLine.debit), fn.SUM(JournalLine.credit))
             .where(JournalLine.account.in_(ids)).tuples())
    debit, credit = query.get()
    return signed_balance(account.type, from_minor(debit), from_minor(credit))


def balance_of_codes(codes: Iterable[str], as_of: dt.date | None = None) -> Decimal:
    """Sum of the balances of several accounts, each on its own normal side (for sub-ledger reconciliation)."""
    total = ZERO
    for code in codes:
        account = Account.get_or_none(Account.code == str(code))
        if account is not None:
            total += balance(account, as_of)
    return total


def descendant_ids(account: Account) -> list[int]:
    children: dict[int | None, list[int]] = {}
    for aid, pid in Account.select(Account.id, Account.parent).tuples():
        children.setdefault(pid, []).append(aid)
    out, stack = [], [account.id]
    while stack:
        aid = stack.pop()
        out.append(aid)
        stack.extend(children.get(aid, []))
    return out


def unposted_journals(date_from: dt.date | None = None, date_to: dt.date | None = None) -> list[str]:
    """Numbers of journals that were never stamped posted (only a crash between statements could leave one)."""
    query = Journal.select(Journal.number).where(Journal.posted_at.is_null())
    if date_from is not None:
        query = query.where(Journal.date >= date_from)
    if date_to is not None:
        query = query.where(Journal.date <= date_to)
    return [n for (n,) in query.tuples()]


# ---------------------------------------------------------------------------------------------------- demo
#: Monthly running costs of the demo branch: (account code, description, amount, paid from cash role).
DEMO_EXPENSES = (
    ("5101", "Gaji dan tunjangan karyawan", 48_500_000, "bank"),
    ("5102", "Sewa kantor cabang", 7_500_000, "bank"),
    ("5103", "Listrik, air, telepon dan internet", 2_350_000, "cash"),
    ("5104", "Bensin dan transport penagihan", 3_800_000, "cash"),
    ("5105", "Alat tulis, kuitansi dan cetakan", 950_000, "cash"),
)


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def build_demo(ctx) -> None:
    """Demo step ``models.ledger:build_demo`` (after ``build_core``, before the loan steps).

    Installs the chart for the office's kind, posts the opening capital (Modal Disetor into Bank and Kas)
    25 months before ``ctx.today``, a bank loan, and the branch's running costs every month since, so the
    statements have content before any loan is booked.
    """
    install_default_chart(ctx.office.kind)
    roles = chart_roles()
    accountant = ctx.users.get("akuntan")
    start = _add_months(ctx.today, -25)
    capital_account = roles.get("paid_in_capital", "3101")
    post_journal(accountant, start, "Setoran modal awal pemegang saham", "opening",
                 [Line(roles["bank"], debit=D("4900000000")), Line(roles["cash"], debit=D("100000000")),
                  Line(capital_account, credit=D("5000000000"))], reference="AKTA-MODAL")
    if Account.get_or_none(Account.code == "2201") is not None:
        post_journal(accountant, _add_months(start, 6) + dt.timedelta(days=9), "Pencairan pinjaman modal kerja bank",
                     "manual", [Line(roles["bank"], debit=D("2500000000")), Line("2201", credit=D("2500000000"))],
                     reference="PK-0457/BJB")
    count = 2
    month = _add_months(start, 1)
    while month <= ctx.today:
        # The cash box is topped up from the bank at the start of each month, as a branch does, so that the
        # month's cash-paid costs never drive Kas below zero.
        cash_costs = sum((D(amount) for _c, _t, amount, paid_from in DEMO_EXPENSES if paid_from == "cash"), ZERO)
        top_up_day = month.replace(day=1)
        if cash_costs and top_up_day <= ctx.today:
            top_up = cash_costs + D("5000000")
            post_journal(accountant, top_up_day, f"Pengisian kas dari bank {month:%m/%Y}", "manual",
                         [Line(roles["cash"], debit=top_up), Line(roles["bank"], credit=top_up)],
                         reference=f"BKK/{month:%Y%m}/KAS")
            count += 1
        for code, text, amount, paid_from in DEMO_EXPENSES:
            day = month.replace(day=min(25, _month_end(month.year, month.month).day))
            if day > ctx.today:
                continue
            # Costs drift a little from month to month, as real bills do (whole rupiah).
            actual = D(amount) + D(ctx.rng.randrange(-20, 21) * 5_000)
            post_journal(accountant, day, f"{text} {month:%m/%Y}", "manual",
                         [Line(code, debit=actual), Line(roles[paid_from], credit=actual)],
                         reference=f"BKK/{month:%Y%m}/{code}")
            count += 1
        month = _add_months(month, 1)
    ctx.made["ledger.accounts"] = Account.select().count()
    ctx.log(f"chart of accounts ({ctx.made['ledger.accounts']} accounts), {count} journals")


def build_demo_cash_deposits(ctx) -> None:
    """Demo step ``models.ledger:build_demo_cash_deposits`` (after the payments, before the closing).

    Installments come in over the counter; a branch banks its cash and keeps only a float in the box.  At every
    month end (and on the demo's last day) the cash above the float is deposited to the bank, so neither the
    cash box nor the bank account shows an impossible balance in the statements.
    """
    roles = chart_roles()
    cashier = ctx.users.get("akuntan")
    float_amount = D("50000000")
    first = Journal.select(fn.MIN(Journal.date)).scalar()
    if first is None:
        return
    first = first if isinstance(first, dt.date) else dt.date.fromisoformat(str(first)[:10])
    month = dt.date(first.year, first.month, 1)
    count = 0
    while month <= ctx.today:
        day = min(_month_end(month.year, month.month), ctx.today)
        surplus = balance(roles["cash"], day) - float_amount
        if surplus > 0 and not is_closed(day):
            post_journal(cashier, day, f"Setoran kas ke bank {day:%m/%Y}", "manual",
                         [Line(roles["bank"], debit=surplus), Line(roles["cash"], credit=surplus)],
                         reference=f"STR/{day:%Y%m}")
            count += 1
        month = _add_months(month, 1)
    ctx.log(f"{count} cash deposits to the bank")


def build_demo_closing(ctx) -> None:
    """Demo step ``models.ledger:build_demo_closing`` (LAST, after every step that posts journals).

    Closes last year's books (closing journal into retained earnings / SHU) and every month of this year
    before last month, as an office that keeps its books up to date would have.
    """
    accountant = ctx.users.get("akuntan")
    first_year = Journal.select(fn.MIN(Journal.date)).scalar()
    if first_year is None:
        return
    first_year = first_year.year if isinstance(first_year, dt.date) else int(str(first_year)[:4])
    for year in range(first_year, ctx.today.year):
        if year_closing_journal(year) is None:
            close_year(accountant, year)
    last_open = _add_months(ctx.today, -1)
    month = dt.date(ctx.today.year, 1, 1)
    while month < last_open:
        if not is_closed(month):
            close_month(accountant, month.year, month.month)
        month = _add_months(month, 1)
    ctx.log(f"books closed up to {_add_months(last_open, -1):%m/%Y}")
