"""Passbook printing (buku tabungan): where each new transaction goes on the page, and what has been printed.

The office sets its passbook's geometry once (setting ``savings.passbook``): line height, margins, lines per
page, where the middle fold is (a passbook opens flat in the printer; the lines below the fold start a
``fold_gap_mm`` lower), the column positions, and how many pages a book has.  Presets start the common
Indonesian passbook printers (Epson PLQ-20, PLQ-35 and similar flat-bed passbook printers); the office then
prints a **test line** and nudges the margins until it sits on the book's first ruled line.

Each account remembers its book number, the lines used in that book and the last transaction printed.
:func:`plan_print` lays out only the transactions not yet printed, from the next free line, continuing on the
next page when a page is full and into a **new book** when the book is full (the new book opens with the
balance carried over, "SALDO PINDAHAN", as passbooks do).  :func:`mark_printed` records the position once the
cashier confirms the page came out right; a paper jam means printing the same plan again, never a skipped line.

Pure layout (:func:`layout`) is separate from the database so its arithmetic has its own tests.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal

from models.core import audit
from models.core.db import run_in_transaction
from models.core.errors import FieldError, ValidationError
from models.core.money import ZERO, D
from models.core.office import get_setting, put_setting
from models.core.users import User, require
from models.savings.savings import TXN_CODES, SavingsAccount, SavingsTransaction, _load_account
from models.core.texts import _

SETTING = "savings.passbook"


@dataclass(frozen=True)
class Geometry:
    """A passbook page, in millimetres from the top-left corner of the page as it lies in the printer."""

    name: str = "Epson PLQ-20"
    page_width_mm: Decimal = D("150")
    page_height_mm: Decimal = D("180")
    top_margin_mm: Decimal = D("14")
    left_margin_mm: Decimal = D("8")
    line_height_mm: Decimal = D("4.23")      # 1/6 inch, the printers' default line feed
    lines_per_page: int = 28
    fold_after_line: int = 14                # the middle fold lies after this line (0 = no fold)
    fold_gap_mm: Decimal = D("12")
    pages_per_book: int = 16
    # column offsets from the left margin: where the date and the code start, where the amounts end
    col_date_mm: Decimal = D("0")
    col_code_mm: Decimal = D("20")
    col_debit_mm: Decimal = D("70")
    col_credit_mm: Decimal = D("102")
    col_balance_mm: Decimal = D("134")

    @property
    def lines_per_book(self) -> int:
        return self.lines_per_page * self.pages_per_book

    def y_of(self, line_on_page: int) -> Decimal:
        """Top of ``line_on_page`` (1-based) from the top edge (mm), the fold gap added below the fold."""
        y = self.top_margin_mm + (line_on_page - 1) * self.line_height_mm
        if self.fold_after_line and line_on_page > self.fold_after_line:
            y += self.fold_gap_mm
        return y


#: Starting points for the common passbook printers; align with a test line.
PRESETS = {
    "Epson PLQ-20": Geometry(),
    "Epson PLQ-35": Geometry(name="Epson PLQ-35", page_width_mm=D("160"), page_height_mm=D("190"),
                             top_margin_mm=D("12"), left_margin_mm=D("10"), lines_per_page=30, fold_after_line=15,
                             fold_gap_mm=D("10"), pages_per_book=20),
}

_NUMBERS = ("page_width_mm", "page_height_mm", "top_margin_mm", "left_margin_mm", "line_height_mm", "fold_gap_mm",
            "col_date_mm", "col_code_mm", "col_debit_mm", "col_credit_mm", "col_balance_mm")
_INTS = ("lines_per_page", "fold_after_line", "pages_per_book")


def geometry() -> Geometry:
    """The office's passbook geometry (the PLQ-20 preset until the office sets its own)."""
    stored = get_setting(SETTING)
    if not stored:
        return PRESETS["Epson PLQ-20"]
    values = {k: D(str(v)) for k, v in stored.items() if k in _NUMBERS}
    values.update({k: int(v) for k, v in stored.items() if k in _INTS})
    return Geometry(name=stored.get("name", "Kustom"), **values)


def validate_geometry(geo: Geometry) -> list[FieldError]:
    errors = []
    if geo.lines_per_page < 1:
        errors.append(FieldError("lines_per_page", _("baris per halaman minimal 1")))
    if geo.pages_per_book < 1:
        errors.append(FieldError("pages_per_book", _("halaman per buku minimal 1")))
    if not 0 <= geo.fold_after_line < geo.lines_per_page:
        errors.append(FieldError("fold_after_line",
                                 _("lipatan tengah harus di antara baris halaman (0 = tanpa lipatan)")))
    if geo.line_height_mm <= ZERO:
        errors.append(FieldError("line_height_mm", _("tinggi baris harus lebih dari nol")))
    if geo.top_margin_mm < ZERO or geo.left_margin_mm < ZERO:
        errors.append(FieldError("top_margin_mm", _("margin tidak boleh negatif")))
    if geo.left_margin_mm + geo.col_balance_mm > geo.page_width_mm:
        errors.append(FieldError("col_balance_mm", _("kolom saldo melewati tepi kanan halaman")))
    if geo.lines_per_page >= 1 and geo.y_of(geo.lines_per_page) + geo.line_height_mm > geo.page_height_mm:
        errors.append(FieldError("lines_per_page", _("baris terakhir melewati tepi bawah halaman")))
    return errors


def save_geometry(actor: User, geo: Geometry) -> None:
    """The office sets its passbook geometry once (``settings.edit``).  Raises ValidationError."""
    require(actor, "settings.edit")
    errors = validate_geometry(geo)
    if errors:
        raise ValidationError(errors)
    values = {k: str(getattr(geo, k)) for k in _NUMBERS}
    values.update({k: getattr(geo, k) for k in _INTS})
    values["name"] = geo.name

    def body():
        put_setting(SETTING, values)
        audit.record(actor, "passbook.geometry", "setting", SETTING, after=values)

    run_in_transaction(body)


# ------------------------------------------------------------------------------------------------ layout
@dataclass(frozen=True)
class PrintLine:
    line_on_page: int
    y_mm: Decimal
    date: dt.date | None
    code: str
    debit: Decimal | None
    credit: Decimal | None
    balance: Decimal
    txn_id: int | None       # None for a carried-over balance line


@dataclass(frozen=True)
class PrintPage:
    book_no: int
    page_no: int
    new_book: bool           # ask for the next book before this page
    lines: tuple[PrintLine, ...]


@dataclass(frozen=True)
class PrintJob:
    """What to print now, and where the passbook stands after it."""

    account_id: int
    pages: tuple[PrintPage, ...]
    end_book: int
    end_line: int            # lines used in ``end_book`` after printing
    last_txn: int

    @property
    def empty(self) -> bool:
        return not self.pages


@dataclass(frozen=True)
class Entry:
    txn_id: int
    date: dt.date
    code: str
    amount: Decimal          # signed
    balance: Decimal


def layout(geo: Geometry, book: int, used: int, entries: list[Entry], carried: Decimal,
           account_id: int = 0, last_txn: int = 0) -> PrintJob:
    """Place ``entries`` from the next free line of the book.

    Args:
        book: the book now in use; used: lines already printed in it.
        carried: the balance before the first entry (printed as SALDO PINDAHAN on a new book's first line).
    Returns:
        :class:`PrintJob` (pure: nothing is stored).
    """
    pages: list[PrintPage] = []
    current: list[PrintLine] = []
    page_no = used // geo.lines_per_page + 1
    new_book = False
    balance = carried

    def flush():
        nonlocal current, new_book
        if current:
            pages.append(PrintPage(book, page_no, new_book, tuple(current)))
            current, new_book = [], False

    def place(line: PrintLine):
        nonlocal used, page_no, book, new_book
        if used >= geo.lines_per_book:
            flush()
            book, used, page_no, new_book = book + 1, 0, 1, True
            carried_line = PrintLine(1, geo.y_of(1), None, "PINDAHAN", None, None, balance, None)
            current.append(carried_line)
            used = 1
        elif used and used % geo.lines_per_page == 0 and current:
            flush()
        page_no = used // geo.lines_per_page + 1
        on_page = used % geo.lines_per_page + 1
        current.append(replace(line, line_on_page=on_page, y_mm=geo.y_of(on_page)))
        used += 1

    for entry in entries:
        amount = D(entry.amount)
        place(PrintLine(0, ZERO, entry.date, entry.code, -amount if amount < 0 else None,
                        amount if amount > 0 else None, D(entry.balance), entry.txn_id))
        balance = D(entry.balance)
        last_txn = entry.txn_id
    flush()
    return PrintJob(account_id, tuple(pages), book, used, last_txn)


def plan_print(account: SavingsAccount, geo: Geometry | None = None) -> PrintJob:
    """The transactions of ``account`` not yet printed, laid out from the passbook's next free line."""
    geo = geo or geometry()
    acct = _load_account(account.id)
    rows = list(SavingsTransaction.select().where((SavingsTransaction.account == acct.id)
                                                  & (SavingsTransaction.id > acct.passbook_txn))
                .order_by(SavingsTransaction.id))
    entries = [Entry(t.id, t.date, TXN_CODES.get(t.kind, t.kind[:3].upper()), D(t.amount), D(t.balance_after))
               for t in rows]
    carried = D(rows[0].balance_after) - D(rows[0].amount) if rows else D(acct.balance)
    return layout(geo, acct.passbook_book, acct.passbook_line, entries, carried, acct.id, acct.passbook_txn)


def test_page(geo: Geometry | None = None) -> PrintPage:
    """A test line on the first line of a page (and one just below the fold) to align the printer."""
    geo = geo or geometry()
    lines = [PrintLine(1, geo.y_of(1), dt.date.today(), "TES", D("1234567"), D("7654321"), D("9999999"), None)]
    if geo.fold_after_line:
        n = geo.fold_after_line + 1
        lines.append(PrintLine(n, geo.y_of(n), dt.date.today(), "TES", None, None, D("9999999"), None))
    return PrintPage(0, 1, False, tuple(lines))


def mark_printed(actor: User, job: PrintJob) -> SavingsAccount:
    """The cashier confirms the passbook printed right: remember the book, the line and the last transaction.

    Refused when the account moved on in between (another desk printed first): plan again.
    """
    require(actor, "savings.post")

    def body():
        acct = SavingsAccount.get_by_id(job.account_id)
        if job.empty:
            return acct
        first_txn = next((l.txn_id for p in job.pages for l in p.lines if l.txn_id), None)
        if first_txn is not None and first_txn <= acct.passbook_txn:
            raise ValidationError(FieldError("passbook", _("buku tabungan sudah dicetak dari meja lain; cetak ulang "
                                                           "rencananya")))
        SavingsAccount.update(passbook_book=job.end_book, passbook_line=job.end_line,
                              passbook_txn=job.last_txn).where(SavingsAccount.id == acct.id).execute()
        audit.record(actor, "passbook.print", "savings_account", acct.id,
                     before={"book": acct.passbook_book, "line": acct.passbook_line, "txn": acct.passbook_txn},
                     after={"book": job.end_book, "line": job.end_line, "txn": job.last_txn})
        return SavingsAccount.get_by_id(acct.id)

    return run_in_transaction(body)


def new_book(actor: User, account: SavingsAccount, reason: str) -> SavingsAccount:
    """Issue a new passbook before the old one is full (lost or damaged): the next print starts on its first
    line with the balance carried over."""
    require(actor, "savings.post")
    if not (reason or "").strip():
        raise ValidationError(FieldError("reason", _("alasan penggantian buku wajib diisi")))
    geo = geometry()

    def body():
        acct = SavingsAccount.get_by_id(account.id)
        # mark the old book full, so the layout opens the next one with SALDO PINDAHAN
        SavingsAccount.update(passbook_line=geo.lines_per_book).where(SavingsAccount.id == acct.id).execute()
        audit.record(actor, "passbook.new_book", "savings_account", acct.id,
                     before={"book": acct.passbook_book}, note=reason.strip())
        return SavingsAccount.get_by_id(acct.id)

    return run_in_transaction(body)
