"""Opening balances for an office moving in: its trial balance as of the cut-over date, from Excel.

An office that already keeps books elsewhere starts Angsur with the balances of its old ledger.  The file is
a trial balance (neraca saldo): one row per account with its code, its debit OR credit balance.  Like the
customer and loan-book imports it runs in two steps: :func:`plan_opening` reads and validates every row and
writes nothing; :func:`post_opening` posts ONE opening journal (source ``opening``) in one transaction, or
nothing at all.

Reconciling with the sub-ledger imports.  The loan-book import (``models.loans.loan_import``) and any savings import
already put their control accounts in the ledger (debit Piutang Pembiayaan, credit the opening-balance equity
account).  So the opening journal posts, for every account, the **difference** between the trial balance and
what the ledger already holds on that date.  Consequences, each a rule checked here:

* a **control account** (``Account.is_control``: loans receivable, savings, overpayments) must already hold
  exactly the trial balance's figure — its sub-ledger is the truth, and a journal may not move it alone; if it
  does not, the message says which import to run first (or which figure to correct);
* an account the loan import credited temporarily (the opening equity account) ends at the trial balance's
  figure: the difference clears it;
* afterwards every account equals the file and ``main.py check`` (control accounts = sub-ledgers) passes.

Further rules: the file balances to the sen (total debit = total credit); every code exists, is active and takes
postings (not a heading); the date's month is open; opening balances come before the first transaction, so the
import is refused once any journal other than an opening one exists, and a second trial balance is refused.
Permission: ``journal.manual`` (the accountant), as for the loan-book import.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from models.core import audit
from models.core.errors import DomainError, FieldError, ValidationError
from models.core.money import ZERO, D, MoneyError, format_rupiah, round_money
from models.core.texts import _

REFERENCE = "NERACA-SALDO"   # the reference of the opening journal of a trial balance (one per office)
SHEET_TITLE = "Neraca saldo"
HEADERS = {  # accepted header texts (lower case) -> field
    "kode akun": "account", "kode": "account", "akun": "account", "account": "account", "no. akun": "account",
    "debit": "debit", "debet": "debit", "kredit": "credit", "credit": "credit",
}


@dataclass(frozen=True)
class TrialRow:
    row: int            # the spreadsheet row (1-based, as Excel shows it)
    account: str
    debit: Decimal
    credit: Decimal


@dataclass
class OpeningPlan:
    """What the file says and everything wrong with it; ``lines`` are the journal lines to post."""

    path: Path
    date: dt.date
    rows: list[TrialRow] = field(default_factory=list)
    errors: list[FieldError] = field(default_factory=list)
    total_debit: Decimal = ZERO
    total_credit: Decimal = ZERO
    lines: list = field(default_factory=list)   # models.ledger.chart.Line

    @property
    def ok(self) -> bool:
        return not self.errors


def write_template(path: str | Path) -> Path:
    """An empty trial-balance workbook with the headers the reader expects and the chart's posting accounts."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from models.ledger.chart import Account

    wb = Workbook()
    ws = wb.active
    ws.title = SHEET_TITLE
    ws.append(["Kode akun", "Nama akun", "Debit", "Kredit"])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for account in Account.select().where(Account.active == True).order_by(Account.code):  # noqa: E712
        if not account.children.exists():
            ws.append([account.code, account.name, None, None])
            ws.cell(ws.max_row, 1).number_format = "@"
    ws.column_dimensions["B"].width = 40
    path = Path(path)
    wb.save(path)
    return path


def _amount(value) -> Decimal | None:
    """A cell as rupiah; ``None`` for a cell that is not an amount.  Empty cells are zero."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return ZERO
    if isinstance(value, bool):
        return None
    if isinstance(value, float):
        value = repr(value)
    try:
        amount = D(str(value).replace(" ", ""))
        if round_money(amount) != amount:
            return None
        return amount
    except MoneyError:
        from models.core.money import parse_rupiah

        try:
            return parse_rupiah(str(value))
        except MoneyError:
            return None


def read_rows(path: str | Path) -> tuple[list[TrialRow], list[FieldError]]:
    """The trial balance rows of the first sheet (header row found by its texts), and the reading errors."""
    from openpyxl import load_workbook

    try:
        wb = load_workbook(str(path), read_only=True, data_only=True)
    except FileNotFoundError:
        raise DomainError(_("berkas {path} tidak ada", path=str(path))) from None
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a file that is not a workbook
        raise DomainError(_("berkas {path} bukan buku kerja Excel (.xlsx): {error}", path=str(path),
                            error=str(exc))) from None
    try:
        ws = wb.worksheets[0]
        rows, errors, columns = [], [], None
        for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
            cells = list(values)
            if columns is None:
                found = {HEADERS[str(v).strip().lower()]: i for i, v in enumerate(cells)
                         if v is not None and str(v).strip().lower() in HEADERS}
                if {"account", "debit", "credit"} <= set(found):
                    columns = found
                continue
            if all(v is None or str(v).strip() == "" for v in cells):
                continue
            get = (lambda key: cells[columns[key]] if columns[key] < len(cells) else None)
            code = str(get("account") or "").strip()
            if code.endswith(".0") and code[:-2].isdigit():
                code = code[:-2]  # a code typed into a number cell
            debit, credit = _amount(get("debit")), _amount(get("credit"))
            if not code:
                errors.append(FieldError("account", _("kode akun kosong"), "required", number))
            if debit is None:
                errors.append(FieldError("debit", _("bukan jumlah rupiah: {value}", value=str(get("debit"))),
                                         "amount", number))
            if credit is None:
                errors.append(FieldError("credit", _("bukan jumlah rupiah: {value}", value=str(get("credit"))),
                                         "amount", number))
            if debit is None or credit is None or not code:
                continue
            if debit < 0 or credit < 0:
                errors.append(FieldError("debit" if debit < 0 else "credit",
                                         _("jumlah tidak boleh negatif; pindahkan ke sisi lainnya"), "negative",
                                         number))
                continue
            if debit > 0 and credit > 0:
                errors.append(FieldError("debit", _("isi debit ATAU kredit, tidak keduanya"), "one_side", number))
                continue
            rows.append(TrialRow(number, code, debit, credit))
        if columns is None:
            errors.append(FieldError("file", _("baris judul tidak ditemukan: perlu kolom Kode akun, Debit dan "
                                               "Kredit")))
        return rows, errors
    finally:
        wb.close()


def _current_balances(date: dt.date) -> dict[str, Decimal]:
    """Every account's balance at the end of ``date`` as debit − credit (signed, not per normal side)."""
    from models.ledger.chart import Account
    from models.ledger.journals import account_totals

    codes = {a.id: a.code for a in Account.select(Account.id, Account.code)}
    return {codes[aid]: d - c for aid, (d, c) in account_totals(None, date).items()}


def plan_opening(path: str | Path, date: dt.date) -> OpeningPlan:
    """Read and check a trial balance; write nothing.  See the module docstring for every rule.

    Args:
        path: the .xlsx file (first sheet; columns Kode akun, Debit, Kredit; a Nama akun column is ignored).
        date: the cut-over date (the balances are as at the end of it).
    Returns:
        :class:`OpeningPlan`; ``plan.errors`` lists every problem (rows carry their spreadsheet row number),
        ``plan.lines`` the journal lines :func:`post_opening` would post.
    """
    from models.ledger.chart import Line
    from models.ledger.journals import Journal, is_closed, posting_accounts

    plan = OpeningPlan(Path(path), date)
    rows, errors = read_rows(path)
    plan.rows = rows
    if not isinstance(date, dt.date):
        errors.append(FieldError("date", _("tanggal saldo awal wajib diisi")))
        plan.errors = errors
        return plan
    if is_closed(date):
        errors.append(FieldError("date", _("periode {month} sudah ditutup: saldo awal tidak bisa diposting di "
                                           "dalamnya", month=f"{date.month:02d}/{date.year}"), "closed"))
    if Journal.select().where(Journal.reference == REFERENCE).exists():
        errors.append(FieldError("file", _("saldo awal neraca saldo sudah pernah diposting"), "twice"))
    later = Journal.select().where(Journal.source != "opening").order_by(Journal.date).first()
    if later is not None:
        errors.append(FieldError("date", _("buku besar sudah berisi transaksi ({number}, {day}): saldo awal "
                                           "harus dimasukkan sebelum transaksi pertama", number=later.number,
                                           day=f"{later.date:%d/%m/%Y}"), "not_first"))
    seen: dict[str, int] = {}
    found = posting_accounts(r.account for r in rows)
    for r in rows:
        if r.account in seen:
            errors.append(FieldError("account", _("akun {code} sudah ada di baris {other}", code=r.account,
                                                  other=seen[r.account]), "duplicate", r.row))
        seen.setdefault(r.account, r.row)
        account = found.get(r.account)
        if account is None:
            errors.append(FieldError("account", _("akun {code} tidak ada di bagan akun", code=r.account),
                                     "unknown", r.row))
        elif not account.active:
            errors.append(FieldError("account", _("akun {code} tidak aktif", code=r.account), "inactive", r.row))
        elif account.is_heading:
            errors.append(FieldError("account", _("akun {code} adalah akun induk; isi saldo di akun rinciannya",
                                                  code=r.account), "heading", r.row))
    plan.total_debit = sum((r.debit for r in rows), ZERO)
    plan.total_credit = sum((r.credit for r in rows), ZERO)
    if plan.total_debit != plan.total_credit:
        errors.append(FieldError("lines", _("neraca saldo tidak seimbang: debit {debit}, kredit {credit}, "
                                            "selisih {diff}", debit=format_rupiah(plan.total_debit),
                                            credit=format_rupiah(plan.total_credit),
                                            diff=format_rupiah(plan.total_debit - plan.total_credit)), "unbalanced"))
    if not rows and not errors:
        errors.append(FieldError("file", _("berkas tidak berisi satu baris saldo pun"), "empty"))
    if errors:
        plan.errors = errors
        return plan

    target = {r.account: r.debit - r.credit for r in rows}
    current = _current_balances(date)
    from models.ledger.chart import Account

    control = {a.code for a in Account.select(Account.code).where(Account.is_control == True)}  # noqa: E712
    for code in sorted(set(target) | {c for c, v in current.items() if v != ZERO}):
        diff = target.get(code, ZERO) - current.get(code, ZERO)
        if diff == ZERO:
            continue
        if code in control:
            row = seen.get(code)
            errors.append(FieldError(
                "account", _("akun kontrol {code}: neraca saldo {tb}, buku pembantu {sub}; impor buku pinjaman "
                             "(atau simpanan) dulu, atau perbaiki angka di berkas",
                             code=code, tb=format_rupiah(target.get(code, ZERO)),
                             sub=format_rupiah(current.get(code, ZERO))), "control", row))
            continue
        plan.lines.append(Line(code, debit=diff if diff > 0 else ZERO, credit=-diff if diff < 0 else ZERO,
                               memo="Saldo awal"))
    if not errors and len(plan.lines) < 2:
        errors.append(FieldError("file", _("tidak ada saldo yang perlu diposting: buku besar sudah sama dengan "
                                           "neraca saldo"), "nothing"))
    plan.errors = errors
    return plan


@dataclass(frozen=True)
class OpeningResult:
    journal_number: str
    accounts: int
    total: Decimal       # total debit of the trial balance (rupiah)


def post_opening(actor, path: str | Path, date: dt.date) -> OpeningResult:
    """Check the trial balance again inside the write transaction and post it as ONE opening journal.

    Args:
        actor: the accountant (``journal.manual``); ``None`` only inside ``system_context()``.
        path: the trial balance workbook.
        date: the cut-over date.
    Returns:
        :class:`OpeningResult`.
    Raises:
        ValidationError: every problem of the file (nothing is posted).
        PermissionDenied: the actor may not post journals.
    """
    from models.core.db import run_in_transaction
    from models.core.users import require, system_allowed
    from models.ledger.journals import post_journal

    if actor is not None or not system_allowed():
        require(actor, "journal.manual")

    def body() -> OpeningResult:
        plan = plan_opening(path, date)  # again, inside the lock: nothing may have changed since the preview
        if plan.errors:
            raise ValidationError(plan.errors)
        journal = post_journal(actor, date, f"Saldo awal dari neraca saldo per {date:%d/%m/%Y} "
                                            f"({plan.path.name})", "opening", plan.lines, reference=REFERENCE)
        audit.record(actor, "ledger.opening", "journal", journal.id,
                     after={"file": plan.path.name, "date": date, "accounts": len(plan.rows),
                            "total": plan.total_debit})
        return OpeningResult(journal.number, len(plan.rows), plan.total_debit)

    return run_in_transaction(body)


def import_command(args) -> int:
    """``main.py import opening FILE.xlsx --date YYYY-MM-DD [--user accountant]`` (or ``--template FILE``).

    Returns:
        0 posted (the journal number is printed), 1 refused (every problem printed, nothing posted), 2 bad
        arguments.
    """
    import sys

    from models.core.commands import import_source
    from models.core.users import get_user, system_context

    source = import_source(args, write_template)
    if isinstance(source, int):
        return source
    try:
        date = dt.date.fromisoformat(args.date or "")
    except ValueError:
        print("error: give the cut-over date: --date YYYY-MM-DD", file=sys.stderr)
        return 2
    plan = plan_opening(source, date)
    if plan.errors:
        for error in plan.errors:
            print(f"  {error}", file=sys.stderr)
        print(f"{len(plan.errors)} problem(s); nothing was posted", file=sys.stderr)
        return 1
    try:
        if getattr(args, "user", None):
            result = post_opening(get_user(args.user), source, date)
        else:
            with system_context():
                result = post_opening(None, source, date)
    except DomainError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"opening journal {result.journal_number}: {result.accounts} accounts, total debit "
          f"{format_rupiah(result.total)} as of {date:%d/%m/%Y}")
    return 0
