"""Moving in from spreadsheets: an office that already runs loans imports its loan book from Excel.

The template is generated here (its columns always match the reader): customer NIK (as text — Excel keeps only
15 significant digits of a number), contract number, product code, disbursement date, principal, annual rate,
tenor, and the payments received so far, either as a **count** of installments fully paid (assumed paid on
their due dates) or as a **total** amount paid, which is allocated like a payment (interest before principal,
oldest first).  Customers must already exist (``main.py import customers`` first): a loan's customer is
identified by NIK and a typo must not create a stranger.

Like the customer import it runs in two steps: :func:`plan_import` validates every row without writing;
:func:`run_import` creates the loans in ONE write transaction, all or nothing, and posts one **opening**
journal (source ``opening``): debit Piutang Pembiayaan with each loan's outstanding principal, credit the
opening-balance equity account (setting ``loan_import.opening_account``, default the chart's retained
earnings), so ``main.py check`` (loan book == ledger) passes right after the import.  Interest and late fees
collected before the cut-over belong to the old books and are not posted again.
"""
from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from models.core import audit
from models.core.cells import formula_problem, neutralise_sheet, sheet_value
from models.core.errors import DomainError, FieldError, PermissionDenied, ValidationError
from models.core.limits import amount_errors
from models.core.money import ZERO, D, MoneyError, format_rupiah, round_money, to_minor
from models.core.texts import _

SHEET_TITLE = "Pinjaman"
ERROR_HEADER = "Kesalahan"


@dataclass(frozen=True)
class Column:
    field: str
    header: str
    note: str
    example: Any
    text: bool = False


COLUMNS = (
    Column("nik", "NIK nasabah", "16 digit, kolom teks; nasabah harus sudah diimpor", "3273010101900001", True),
    Column("contract_no", "No. kontrak", "unik", "BDG/2023/00017", True),
    Column("product", "Kode produk", "KM, KMB, KMK, PA …", "KM", True),
    Column("disbursed_on", "Tanggal cair", "tanggal", dt.date(2025, 3, 15)),
    Column("principal", "Pokok pinjaman", "rupiah, tanpa titik", 16000000),
    Column("rate", "Bunga % per tahun", "sesuai metode produk (flat/efektif)", 18),
    Column("tenor", "Tenor", "jumlah angsuran", 24),
    Column("paid_count", "Angsuran lunas", "jumlah angsuran yang sudah lunas (isi ini ATAU total)", 8),
    Column("paid_total", "Total dibayar", "jumlah pokok+bunga yang sudah dibayar (isi ini ATAU angsuran lunas)",
           None),
    # The contract as it stands (issue 13, item 15): its own installment and first due date, and the late fees
    # already paid or waived.  Optional columns; a difference between the contract and the schedule is refused.
    Column("installment", "Angsuran kontrak", "angsuran per periode menurut kontrak (kosong: dihitung)", 907000),
    Column("first_due", "Jatuh tempo pertama", "tanggal menurut kontrak (kosong: satu periode setelah cair)",
           dt.date(2025, 4, 15)),
    Column("fee_paid", "Denda dibayar", "denda yang sudah dibayar nasabah", 0),
    Column("fee_waived", "Denda dihapus", "denda yang sudah dihapuskan", 0),
)
OPTIONAL = ("paid_count", "paid_total", "installment", "first_due", "fee_paid", "fee_waived")
BY_HEADER = {c.header.lower(): c for c in COLUMNS}
BY_FIELD = {c.field: c for c in COLUMNS}


def write_template(path: str | Path) -> Path:
    """The import template: header, notes as comments, one example row, NIK/contract/product as text."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = SHEET_TITLE
    for col, column in enumerate(COLUMNS, start=1):
        cell = ws.cell(row=1, column=col, value=column.header)
        cell.font = Font(bold=True)
        cell.comment = Comment(column.note, "Angsur")
        example = ws.cell(row=2, column=col, value=sheet_value(column.example))
        letter = cell.column_letter
        ws.column_dimensions[letter].width = max(14, len(column.header) + 4)
        if column.text:
            for row in range(2, 2001):
                ws.cell(row=row, column=col).number_format = "@"
        elif column.field in ("disbursed_on", "first_due"):
            example.number_format = "DD/MM/YYYY"
    ws.freeze_panes = "A2"
    path = Path(path)
    wb.save(path)
    return path


@dataclass
class RowPlan:
    row: int
    values: dict = field(default_factory=dict)
    errors: list = field(default_factory=list)


@dataclass
class ImportPlan:
    path: Path
    rows: list[RowPlan]
    header_errors: list[FieldError]
    columns: dict[str, int]

    @property
    def errors(self) -> list[FieldError]:
        return self.header_errors + [e for r in self.rows for e in r.errors]


@dataclass(frozen=True)
class ImportResult:
    loans: int
    outstanding: Decimal
    journal_number: str | None


def _err(item: RowPlan, column: str, message: str) -> None:
    item.errors.append(FieldError(column, message, "", item.row))


def _date(value) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y"):
            try:
                return dt.datetime.strptime(text, fmt).date()
            except ValueError:
                continue
    return None


def _amount(value) -> Decimal | None:
    if value is None or value == "":
        return None
    if isinstance(value, float):
        value = repr(value)  # openpyxl reads "16000000" typed in a number cell as 16000000 (int); 0.5 as float
    try:
        return round_money(D(str(value).replace(" ", "")))
    except MoneyError:
        from models.core.money import parse_rupiah

        try:
            return parse_rupiah(str(value))
        except MoneyError:
            return None


def plan_import(path: str | Path, *, today: dt.date | None = None) -> ImportPlan:
    """Read and validate every row of the loan-book file; writes nothing."""
    from openpyxl import load_workbook

    from models.customers.customers import Customer
    from models.customers.identity import nik_from_excel_cell
    from models.loans.loans import Loan
    from models.products.products import LoanProduct

    today = today or dt.date.today()
    path = Path(path)
    wb = load_workbook(path, data_only=True)
    ws = wb[SHEET_TITLE] if SHEET_TITLE in wb.sheetnames else wb.worksheets[0]
    header = [str(c.value or "").strip().lower() for c in ws[1]]
    columns = {BY_HEADER[h].field: i for i, h in enumerate(header) if h in BY_HEADER}
    header_errors = [FieldError(c.header, _("kolom tidak ada di baris judul")) for c in COLUMNS
                     if c.field not in columns and c.field not in OPTIONAL]
    rows: list[RowPlan] = []
    if header_errors:
        return ImportPlan(path, rows, header_errors, columns)
    products = {p.code.upper(): p for p in LoanProduct.select()}
    raw_rows = []
    for number, cells in enumerate(ws.iter_rows(min_row=2, values_only=True), start=2):
        values = {f: cells[i] if i < len(cells) else None for f, i in columns.items()}
        if all(v is None or str(v).strip() == "" for v in values.values()):
            continue
        raw_rows.append((number, values))
    niks = set()
    for number, values in raw_rows:
        nik, _errs = nik_from_excel_cell(values.get("nik"), row=number)
        if nik:
            niks.add(nik)
    customers = {c.nik: c for c in Customer.select().where(Customer.nik.in_(list(niks)))} if niks else {}
    contracts = [str(v.get("contract_no") or "").strip() for _n, v in raw_rows]
    taken = {c for (c,) in Loan.select(Loan.contract_no).where(Loan.contract_no.in_(contracts)).tuples()} \
        if contracts else set()
    seen: set[str] = set()
    for number, values in raw_rows:
        item = RowPlan(number)
        rows.append(item)
        for name, value in values.items():
            problem = formula_problem(value)
            if problem:
                _err(item, BY_FIELD[name].header if name in BY_FIELD else name, problem)
        nik, errors = nik_from_excel_cell(values.get("nik"), row=number)
        for e in errors:
            item.errors.append(FieldError("NIK nasabah", e.message, e.code, number))
        if nik and nik not in customers:
            _err(item, "NIK nasabah", _("nasabah dengan NIK {nik} belum ada; impor nasabah dulu (import customers)", nik=nik))
        contract = str(values.get("contract_no") or "").strip()
        if not contract or len(contract) > 32:
            _err(item, "No. kontrak", _("wajib diisi (paling panjang 32 karakter)"))
        elif contract in taken:
            _err(item, "No. kontrak", _("{contract} sudah ada di Angsur", contract=contract))
        elif contract in seen:
            _err(item, "No. kontrak", _("{contract} muncul lebih dari sekali di berkas", contract=contract))
        seen.add(contract)
        product = products.get(str(values.get("product") or "").strip().upper())
        if product is None:
            _err(item, "Kode produk", _("produk {product} tidak dikenal", product=repr(values.get("product"))))
        day = _date(values.get("disbursed_on"))
        if day is None:
            _err(item, "Tanggal cair", _("bukan tanggal (dd/mm/yyyy)"))
        elif day > today:
            _err(item, "Tanggal cair", _("tanggal cair di masa depan"))
        principal = _amount(values.get("principal"))
        if principal is None or principal <= ZERO:
            _err(item, "Pokok pinjaman", _("harus angka lebih dari nol"))
        else:  # 1e20 is refused here, naming the column, not when the plan is written (issue 19, item 8)
            item.errors += amount_errors(principal, "Pokok pinjaman", row=number)
        rate = _amount(values.get("rate"))
        if rate is None or rate < ZERO or rate > 100:
            _err(item, "Bunga % per tahun", _("harus angka 0–100"))
        try:
            tenor = int(values.get("tenor"))
            if not 1 <= tenor <= 360:
                raise ValueError
        except (TypeError, ValueError, OverflowError):
            tenor = None
            _err(item, "Tenor", _("harus bilangan bulat 1–360"))
        paid_count = values.get("paid_count")
        paid_total = _amount(values.get("paid_total"))
        if paid_count not in (None, "") and paid_total is not None:
            _err(item, "Angsuran lunas", _("isi salah satu: angsuran lunas ATAU total dibayar"))
        count = None
        if paid_count not in (None, ""):
            try:
                count = int(paid_count)
                if count < 0 or (tenor is not None and count > tenor):
                    raise ValueError
            except (TypeError, ValueError, OverflowError):
                _err(item, "Angsuran lunas", _("harus bilangan bulat 0 sampai tenor"))
        if paid_total is None and str(values.get("paid_total") or "").strip():
            _err(item, "Total dibayar", _("bukan jumlah uang (atau terlalu besar)"))
        elif paid_total is not None and paid_total < ZERO:
            _err(item, "Total dibayar", _("tidak boleh negatif"))
        elif paid_total is not None:
            item.errors += amount_errors(paid_total, "Total dibayar", row=number)
        installment = _amount(values.get("installment"))
        if installment is not None and installment <= ZERO:
            _err(item, "Angsuran kontrak", _("harus lebih dari nol"))
        first_due = None
        if values.get("first_due") not in (None, ""):
            first_due = _date(values.get("first_due"))
            if first_due is None:
                _err(item, "Jatuh tempo pertama", _("bukan tanggal (dd/mm/yyyy)"))
            elif day is not None and first_due <= day:
                _err(item, "Jatuh tempo pertama", _("harus setelah tanggal cair"))
        fee_paid = _amount(values.get("fee_paid")) or ZERO
        fee_waived = _amount(values.get("fee_waived")) or ZERO
        for name, amount in (("Denda dibayar", fee_paid), ("Denda dihapus", fee_waived)):
            if amount < ZERO:
                _err(item, name, _("tidak boleh negatif"))
        item.values = dict(customer=customers.get(nik), contract_no=contract, product=product, disbursed_on=day,
                           principal=principal, rate=rate, tenor=tenor, paid_count=count or 0, paid_total=paid_total,
                           installment=installment, first_due=first_due, fee_paid=fee_paid, fee_waived=fee_waived)
        if not item.errors:
            _check_schedule(item, today)
    return ImportPlan(path, rows, [], columns)


def _schedule(values: dict, rounding: str | None = None):
    from models.products.loanmath import Method, build_schedule

    product = values["product"]
    return build_schedule(values["principal"], values["rate"], values["tenor"], Method(product.method),
                          values["disbursed_on"], frequency=product.frequency,
                          rounding=rounding or product.rounding, first_due=values.get("first_due"))


def contract_schedule(values: dict):
    """The schedule of the contract as signed: its own first due date and, when the row gives the contract's
    installment, the rounding rule that reproduces it (the product's rule first, then the others: the contract
    may predate today's product terms).  Returns ``(schedule, None)`` or ``(None, reason)`` (issue 13, item 15)."""
    from models.core.money import ROUNDING_RULES

    wanted = values.get("installment")
    rules = [values["product"].rounding] + [c for c in ROUNDING_RULES if c != values["product"].rounding]
    first = None
    for rule in rules:
        schedule = _schedule(values, rule)
        first = first or schedule
        if wanted is None or schedule.installment == wanted:
            return schedule, None
    return None, _("angsuran kontrak {wanted} tidak cocok dengan jadwal dari pokok, bunga dan tenor (menurut produk "
                    "{installment}); periksa bunga, tenor atau angsuran", wanted=format_rupiah(wanted),
                    installment=format_rupiah(first.installment))


def _check_schedule(item: RowPlan, today: dt.date) -> None:
    try:
        schedule, reason = contract_schedule(item.values)
    except (DomainError, ValueError) as exc:
        _err(item, "Pokok pinjaman", _("jadwal tidak dapat dibuat: {problem}", problem=getattr(exc, "message", str(exc))))
        return
    if reason:
        _err(item, "Angsuran kontrak", reason)
        return
    total = sum((r.installment for r in schedule.rows), ZERO)
    paid_total = item.values["paid_total"]
    if paid_total is not None and paid_total > total:
        _err(item, "Total dibayar", _("lebih dari total angsuran ({total})", total=format_rupiah(total)))
    item.values["schedule"] = schedule


def _paid_amounts(schedule, paid_count: int, paid_total: Decimal | None) -> list[tuple[Decimal, Decimal]]:
    """(principal paid, interest paid) per installment from a count of paid installments or a total."""
    out = []
    left = paid_total
    for n, row in enumerate(schedule.rows, start=1):
        if paid_total is None:
            out.append((row.principal, row.interest) if n <= paid_count else (ZERO, ZERO))
            continue
        interest = min(row.interest, left)
        left -= interest
        principal = min(row.principal, left)
        left -= principal
        out.append((principal, interest))
    return out


def run_import(actor, plan: ImportPlan, *, date: dt.date | None = None) -> ImportResult:
    """Create every loan of a valid plan and post the opening journal, in ONE transaction (all or nothing).

    Args:
        actor: who imports (``None`` inside :class:`models.core.users.system_context`).
        date: the cut-over date of the opening journal (default today; its month must be open).
    Returns:
        :class:`ImportResult`.
    Raises:
        ValidationError: the plan has errors (nothing is written).
    """
    from models.core.db import database, run_in_transaction
    from models.core.office import Branch, get_setting
    from models.core.users import require, system_allowed
    from models.ledger.chart import Line, chart_roles
    from models.ledger.journals import post_journal
    from models.loans.loans import Installment, Loan, create_loan

    if actor is not None:
        require(actor, "journal.manual")
    elif not system_allowed():
        raise PermissionDenied(_("impor buku pinjaman membutuhkan pengguna yang berhak"))
    if plan.errors:
        raise ValidationError(plan.errors)
    date = date or dt.date.today()

    def body() -> ImportResult:
        roles = chart_roles()
        receivable = roles.get("loans_receivable", "1301")
        opening_account = get_setting("loan_import.opening_account") or roles.get("year_end_result", "3201")
        default_branch = Branch.select().order_by(Branch.id).first()
        lines, total = [], ZERO
        for item in plan.rows:
            v = item.values
            customer = v["customer"]
            loan = create_loan(customer=customer, product=v["product"],
                               branch=customer.branch if customer.branch_id else default_branch,
                               officer=customer.officer, contract_no=v["contract_no"], schedule=v["schedule"],
                               disbursed_on=v["disbursed_on"], created_by=actor)
            installments = list(Installment.select().where(Installment.loan == loan.id).order_by(Installment.no))
            paid = _paid_amounts(v["schedule"], v["paid_count"], v["paid_total"])
            rows = []
            for inst, (principal, interest) in zip(installments, paid):
                if principal or interest:
                    full = principal == inst.principal and interest == inst.interest
                    rows.append((to_minor(principal), to_minor(interest),
                                 inst.due_date.isoformat() if full else None, inst.id))
            if rows:
                mark = database.obj.param
                database.obj.cursor().executemany(
                    f"UPDATE installment SET principal_paid = {mark}, interest_paid = {mark}, paid_on = {mark} "
                    f"WHERE id = {mark}", rows)
            if v.get("fee_paid") or v.get("fee_waived"):
                # Late fees settled before the cut-over (old books: not posted again) stay on record, on the
                # first installment, so the loan's history and its fee totals say what the contract went through.
                Installment.update(late_fee_paid=v.get("fee_paid") or ZERO,
                                   late_fee_waived=v.get("fee_waived") or ZERO).where(
                    Installment.id == installments[0].id).execute()
            from models.loans.loans import refresh_summary

            refresh_summary(loan)
            if loan.oldest_unpaid_due is None:
                Loan.update(status="paid_off", closed_on=loan.maturity_date).where(Loan.id == loan.id).execute()
            elif loan.outstanding_principal > ZERO:
                lines.append(Line(receivable, debit=loan.outstanding_principal, memo=loan.contract_no,
                                  customer_id=customer.id, loan_id=loan.id))
                total += loan.outstanding_principal
            audit.record(actor, "loan.import", "loan", loan.id,
                         after={"contract_no": loan.contract_no, "principal": loan.principal,
                                "outstanding": loan.outstanding_principal, "source": plan.path.name,
                                "installment": loan.installment_amount, "first_due": loan.first_due,
                                "fee_paid": v.get("fee_paid"), "fee_waived": v.get("fee_waived")})
        journal = None
        if total > ZERO:
            lines.append(Line(opening_account, credit=total, memo="Saldo awal piutang pembiayaan"))
            journal = post_journal(actor, date, f"Saldo awal buku pinjaman dari {plan.path.name}", "opening", lines,
                                   reference=plan.path.name[:64], _allow_control=True)
        return ImportResult(len(plan.rows), total, journal.number if journal else None)

    return run_in_transaction(body)


def write_error_report(plan: ImportPlan, target: str | Path) -> Path:
    """The office's own file back with a ``Kesalahan`` column and the bad cells filled red."""
    from openpyxl import load_workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill

    wb = load_workbook(plan.path)
    for sheet in wb.worksheets:
        neutralise_sheet(sheet)  # the file came from outside: hand back no formula as Angsur's output
    ws = wb[SHEET_TITLE] if SHEET_TITLE in wb.sheetnames else wb.worksheets[0]
    error_col = ws.max_column + 1
    ws.cell(row=1, column=error_col, value=ERROR_HEADER).font = Font(bold=True, color="C00000")
    red = PatternFill("solid", fgColor="F4CCCC")
    by_header = {c.header: plan.columns.get(c.field) for c in COLUMNS}
    for item in plan.rows:
        if not item.errors:
            continue
        ws.cell(row=item.row, column=error_col,
                value=sheet_value("; ".join(f"{e.field}: {e.message}" for e in item.errors)))
        for error in item.errors:
            index = by_header.get(error.field)
            if index is not None:
                cell = ws.cell(row=item.row, column=index + 1)
                cell.fill = red
                cell.comment = Comment(error.message, "Angsur")
    for error in plan.header_errors:
        ws.cell(row=1, column=error_col, value=sheet_value(f"{ERROR_HEADER}: {error.field}: {error.message}"))
    target = Path(target)
    wb.save(target)
    return target


def import_command(args) -> int:
    """``main.py import loans --template F.xlsx`` or ``main.py --db DB import loans F.xlsx [--user U]``."""
    from models.core.commands import import_source

    source = import_source(args, write_template)
    if isinstance(source, int):
        return source
    from models.core.users import get_user, system_context

    actor = get_user(args.user) if getattr(args, "user", None) else None
    with system_context():
        plan = plan_import(source)
        bad = [r for r in plan.rows if r.errors]
        print(f"{source.name}: {len(plan.rows)} loans, {len(bad)} with errors")
        if plan.errors:
            report = Path(args.errors) if getattr(args, "errors", None) else source.with_name(
                source.stem + "-kesalahan.xlsx")
            for error in plan.errors[:50]:
                print(f"  row {error.row}: {error.field}: {error.message}" if error.row else f"  {error}")
            write_error_report(plan, report)
            print(f"nothing imported; the file with an error column is {report}")
            return 1
        try:
            result = run_import(actor, plan)
        except DomainError as exc:
            print(f"error: {exc.message}", file=sys.stderr)
            return 1
    print(f"imported {result.loans} loans; outstanding principal {format_rupiah(result.outstanding)} posted as "
          f"opening balance ({result.journal_number or 'no journal'})")
    return 0
