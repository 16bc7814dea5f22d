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
account with its sub-ledger (see :mod:`models.ledger.checks`).

Periods: a month is closed with :func:`close_month` (nothing can be posted dated in it afterwards) and reopened
only by another person with :func:`reopen_month`; :func:`close_year` moves income and expense to retained
earnings (Laba Ditahan) or, for a cooperative, to SHU Tahun Berjalan with a closing journal.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable, Sequence

from peewee import CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, TextField, fn

from models.core import audit
from models.core.clock import now
from models.core.db import BaseModel, database, is_sqlite, write_transaction
from models.core.errors import ConflictError, DomainError, FieldError, PermissionDenied, ValidationError
from models.core.money import ZERO, D, MoneyError, MoneyField, from_minor, to_minor
from models.core.office import Branch, next_number
from models.core.texts import _
from models.core.users import User, require, require_checker
from models.ledger.chart import (
    SOURCE_LABELS,
    SOURCES,
    Account,
    Line,
    account_by_code,
    chart_roles,
    debit_normal,
    descendant_ids,
)
from models.ledger.posting_rules import build_lines

#: The permission each source needs of the person posting (issue 19: a posting function accepted anyone, even
#: nobody, when the source was not "manual").  A sub-ledger's posting is made by the person doing the
#: sub-ledger's action, so the permission is that action's; a reversal needs the permission that undoes its
#: origin (:data:`REVERSAL_PERMISSIONS`).  Source: the office's role matrix (docs/security.md), practice of
#: segregation of duties (POJK 1/2024 on governance: maker and checker).
SOURCE_PERMISSIONS: dict[str, tuple[str, ...]] = {
    "disbursement": ("loan.disburse",),
    "payment": ("payment.post", "period.close"),  # the month-end close applies advances due (issue 14)
    "fee": ("payment.post", "loan.disburse"),
    "late_fee": ("payment.post", "fee.waive"),
    "payoff": ("loan.payoff",),
    "refund": ("payment.post",),
    "write_off": ("loan.writeoff",),
    "savings": ("savings.post", "period.close"),  # the month-end close credits savings interest (issue 17)
    "opening": ("journal.manual",),
    "manual": ("journal.manual",),
    "reversal": (),  # decided by the journal reversed: see REVERSAL_PERMISSIONS
    "closing": ("period.close",),
    # The month-end close (issue 14) is the accountant's; collections (issue 15) post under the right of the
    # second person who approved the action (the approver posts the journal).
    "month_end": ("period.close",),
    "restructure": ("restructure.approve",),
    "repossession": ("repossession.record", "repossession.sell"),
    "recovery": ("recovery.post", "payment.post"),
}
#: Who may post the reversal of a journal, by the source of the journal first reversed.
REVERSAL_PERMISSIONS: dict[str, tuple[str, ...]] = {
    "manual": ("journal.manual",), "opening": ("journal.manual",),
    "payment": ("payment.reverse",), "payoff": ("payment.reverse",), "fee": ("payment.reverse",),
    "late_fee": ("payment.reverse",), "refund": ("payment.reverse",), "savings": ("payment.reverse",),
    "disbursement": ("loan.disburse",), "write_off": ("loan.writeoff",), "closing": ("period.reopen",),
    "month_end": ("period.reopen",), "restructure": ("restructure.approve",),
    "repossession": ("repossession.sell",), "recovery": ("payment.reverse",),
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
        from models.core.users import system_allowed

        if system_allowed():
            return  # demo builder, first run, command-line import without --user (see users.system_context)
        raise PermissionDenied(_("memposting jurnal membutuhkan pengguna yang masuk"))
    if source == "reversal":
        perms = REVERSAL_PERMISSIONS.get(origin or "", ())
    else:
        perms = SOURCE_PERMISSIONS.get(source, ())
    if not perms:
        raise PermissionDenied(_("sumber jurnal {source} tidak dapat diposting oleh pengguna", source=repr(source)))
    last: PermissionDenied | None = None
    for perm in perms:
        try:
            require(actor, perm)
            return
        except PermissionDenied as exc:
            last = exc
    raise last  # type: ignore[misc]


PERIOD_OPEN, PERIOD_CLOSED = "open", "closed"


# ------------------------------------------------------------------------------------------------- tables


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
        raise ValidationError(FieldError("month", _("bulan 1–12 dan tahun empat angka")))


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
    period, _created = Period.get_or_create(year=year, month=month)
    if period.status == PERIOD_CLOSED:
        raise ConflictError(_("periode {month}/{year} sudah ditutup", month=f"{month:02d}", year=year))
    problems = unposted_journals(dt.date(year, month, 1), month_end(year, month))
    if problems:
        raise ConflictError(_("periode {month}/{year} memiliki jurnal yang belum diposting: {numbers}", month=f"{month:02d}", year=year, numbers=', '.join(problems[:5])))
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
        raise ValidationError(FieldError("reason", _("alasan membuka kembali periode wajib diisi")))
    period = Period.get_or_none((Period.year == year) & (Period.month == month))
    if period is None or period.status != PERIOD_CLOSED:
        raise ConflictError(_("periode {month}/{year} tidak sedang ditutup", month=f"{month:02d}", year=year))
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


def month_end(year: int, month: int) -> dt.date:
    """The last day of ``month`` in ``year`` (the day a period, a month-end close and its snapshot end on)."""
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
    still open are closed.  A year reopened after its closing (December reopened, an adjustment posted) is closed
    again with a supplementary closing journal (``TUTUP-<year>-2`` …) that moves only the balances left since,
    so retained earnings stay equal to the sum of the years' results.

    Returns:
        The closing journal, or ``None`` when the year had no income or expense.
    Raises:
        ConflictError: the year is already closed and nothing was posted in it since.
    """
    require(actor, "period.close")
    first_close = year_closing_journal(year)
    last_day = dt.date(year, 12, 31)
    if is_closed(last_day):
        raise ConflictError(_("periode 12/{year} sudah ditutup; buka kembali dulu untuk menutup tahun buku", year=year))
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
    if first_close is not None and not lines:
        raise ConflictError(_("tahun buku {year} sudah ditutup", year=year))
    if lines:
        target = chart_roles().get("year_end_result")
        if not target:
            raise DomainError(_("bagan akun tidak menunjuk akun laba ditahan / SHU tahun berjalan"))
        if result > 0:
            lines.append(Line(target, credit=result, memo="hasil usaha tahun berjalan"))
        elif result < 0:
            lines.append(Line(target, debit=-result, memo="rugi tahun berjalan"))
        if first_close is None:
            reference, text = f"TUTUP-{year}", f"Tutup buku tahun {year}"
        else:
            # A reopened year closed again: a supplementary closing journal moves only what was posted since,
            # so retained earnings and the year's profit agree again (issue 14, item 6).
            done = Journal.select().where((Journal.source == "closing")
                                          & Journal.reference.startswith(f"TUTUP-{year}-")).count()
            reference, text = f"TUTUP-{year}-{done + 2}", f"Tutup buku tahun {year} (penutupan tambahan)"
        journal = post_journal(actor, last_day, text, "closing", lines, reference=reference, _allow_control=True)
    for month in range(1, 13):
        if not is_closed(dt.date(year, month, 1)):
            close_month(actor, year, month)
    audit.record(actor, "period.close_year", "period", str(year),
                 after={"journal": journal.number if journal else None, "result": result})
    return journal


# ------------------------------------------------------------------------------------------------- posting


def _amount(value, field: str, row: int) -> tuple[Decimal | None, list[FieldError]]:
    try:
        amount = D(value if value is not None else 0)
        to_minor(amount)
    except MoneyError as exc:
        return None, [FieldError(field, _("baris {row}: jumlah tidak sah ({exc})", row=row, exc=exc), "amount", row)]
    if amount < 0:
        return None, [FieldError(field, _("baris {row}: jumlah tidak boleh negatif", row=row), "negative", row)]
    return amount, []


def validate_lines(lines: Sequence[Line]) -> list[FieldError]:
    """Shape of a journal, before any account is looked up: two lines or more, one side each, balanced."""
    errors: list[FieldError] = []
    if len(lines) < 2:
        errors.append(FieldError("lines", _("jurnal membutuhkan sedikitnya dua baris"), "too_few"))
    total_debit = total_credit = ZERO
    for i, line in enumerate(lines, start=1):
        debit, e1 = _amount(line.debit, "debit", i)
        credit, e2 = _amount(line.credit, "credit", i)
        errors += e1 + e2
        if debit is None or credit is None:
            continue
        if (debit > 0) == (credit > 0):
            errors.append(FieldError("lines", _("baris {i}: isi debit ATAU kredit (tepat satu, lebih dari nol)", i=i),
                                     "one_side", i))
        total_debit += debit
        total_credit += credit
    if not errors and total_debit != total_credit:
        errors.append(FieldError("lines", _("jurnal tidak seimbang: debit {total_debit} ≠ kredit {total_credit} (selisih {diff})", total_debit=total_debit, total_credit=total_credit, diff=total_debit - total_credit), "unbalanced"))
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
            errors.append(FieldError("account", _("baris {i}: akun {code} tidak ada", i=i, code=line.code), "unknown", i))
        elif not account.active:
            errors.append(FieldError("account", _("baris {i}: akun {account} tidak aktif", i=i, account=account), "inactive", i))
        elif account.is_heading:
            errors.append(FieldError("account", _("baris {i}: {account} adalah akun induk; pilih akun rinciannya", i=i, account=account),
                                     "heading", i))
        elif source == "manual" and account.is_control and not allow_control:
            errors.append(FieldError("account", _("baris {i}: {account} adalah akun kontrol yang hanya digerakkan buku pembantu (pinjaman, simpanan, titipan)", i=i, account=account), "control", i))
    return errors


def validate_header(date, description: str, source: str) -> list[FieldError]:
    errors = []
    if not isinstance(date, dt.date) or isinstance(date, dt.datetime):
        errors.append(FieldError("date", _("tanggal jurnal wajib diisi")))
    elif is_closed(date):
        errors.append(FieldError("date", _("periode {month}/{year} sudah ditutup: tidak bisa memposting jurnal bertanggal di dalamnya", month=f"{date.month:02d}", year=date.year), "closed"))
    if not (description or "").strip():
        errors.append(FieldError("description", _("keterangan jurnal wajib diisi")))
    if source not in SOURCES:
        errors.append(FieldError("source", _("sumber jurnal tidak dikenal: {source}", source=f"{source!r}")))
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
        actor: the user posting, required; ``None`` only inside :class:`models.core.users.system_context`
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
        from models.core.limits import amount_errors

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
    # The month's account balances move with the posting, in this same transaction (models.ledger.balances).
    from models.ledger.balances import add_journal

    add_journal(journal.id, date, source)
    total = sum((D(line.debit or 0) for line in lines), ZERO)
    from models.core.integrity import journal_digest

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
        product_mapping: the product's override dict keyed by event (see :mod:`models.ledger.posting_rules`).
        cash_account: code of the cash/bank account that received or paid the money, replacing the chart's
            cash account (Kas) in every line — e.g. ``"1111"`` for a bank transfer.
        date, description, source, reference, customer_id, loan_id, branch: as for :func:`post_journal`.
    Returns:
        The posted journal, or ``None`` when every amount was zero or unmapped.
    """
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
            raise DomainError(_("jurnal tutup buku tidak dibalik; buka kembali periodenya"))
        if not by_subledger:
            label = SOURCE_LABELS.get(origin.source, origin.source)
            raise PermissionDenied(_("jurnal {number} dibuat oleh buku pembantu ({label}); batalkan transaksinya "
                                     "dari menu asalnya", number=journal.number, label=label))
    require_posting(actor, "reversal", origin=origin.source)
    if not (reason or "").strip():
        raise ValidationError(FieldError("reason", _("alasan pembalikan wajib diisi")))
    if Journal.select().where(Journal.reversal_of == journal).exists():
        raise ConflictError(_("jurnal {number} sudah pernah dibalik", number=journal.number))
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
    """Debit and credit totals per account id over posted journals dated in [date_from, date_to].

    Read from the monthly balances (:func:`models.ledger.balances.totals`: whole months from the kept balances, the
    partial months at the ends from the lines), so the cost does not grow with the years of history.  Excluding
    any source other than ``closing`` falls back to SQL sums over the lines.
    """
    exclude = set(exclude_sources)
    if exclude <= {"closing"}:
        from models.ledger.balances import totals

        return {aid: (from_minor(d), from_minor(c))
                for aid, (d, c) in totals(date_from, date_to, exclude_closing=bool(exclude)).items()}
    query = (_posted_lines(date_from, date_to, exclude)
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
    sums = account_totals(None, as_of)  # monthly balances: does not grow with history
    debit = sum((sums[i][0] for i in ids if i in sums), ZERO)
    credit = sum((sums[i][1] for i in ids if i in sums), ZERO)
    return signed_balance(account.type, debit, credit)


def balance_of_codes(codes: Iterable[str], as_of: dt.date | None = None) -> Decimal:
    """Sum of the balances of several accounts, each on its own normal side (for sub-ledger reconciliation)."""
    total = ZERO
    for code in codes:
        account = Account.get_or_none(Account.code == str(code))
        if account is not None:
            total += balance(account, as_of)
    return total


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
