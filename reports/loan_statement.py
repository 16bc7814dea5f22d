"""The loan statement (kartu angsuran / rekening pinjaman): one loan's schedule with what was paid, when, on which
receipt, and what is left; one statement or a batch (one officer's, one region's, every active loan) in one PDF.

Data first: :func:`statement_data` / :func:`iter_statements` return :class:`Statement` records (plain values,
Decimals for money) read with one query per table per chunk of loans, never one per installment, so a batch of
a thousand loans costs a handful of queries.  :func:`write_statements_pdf` lays them out: the office letterhead,
the customer and contract block, the installment card, the totals, and a footer with the page number *within
that customer's statement* and the "printed on" stamp.  Each customer starts on a new page.

The running balance (*sisa pokok*) after each installment is the principal less the principal paid on that and
every earlier installment: the figure a customer checks against the receipts in their hand.  Payments that were
reversed are left out (their receipts are void); a late fee waived by a supervisor shows in its own column.

The PDF builder is deliberately minimal (plain-string table cells, one deferred footer pass): a thousand
statements must come out in seconds (``benchmarks/bench_statements.py``).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import Callable, Iterable, Iterator

from models.core.money import ZERO, format_amount, format_rupiah
from models.customers.identity import mask_phone

__all__ = ["Statement", "StatementLine", "PaymentLine", "statement_data", "iter_statements", "select_loans",
           "write_statements_pdf", "print_statement_command", "StatementCancelled"]

_CHUNK = 400          # loans per batch of queries (well under SQLite's 999 bound parameters)
_CM = 28.3465


class StatementCancelled(Exception):
    """The user cancelled a batch; the partial file has been removed."""


@dataclass(frozen=True)
class PaymentLine:
    """One receipt's part of one installment: ``paid`` is principal + interest, ``fee`` the late fee paid."""

    date: dt.date
    receipt_no: str
    paid: Decimal
    fee: Decimal


@dataclass(frozen=True)
class StatementLine:
    no: int
    due_date: dt.date
    principal: Decimal            # scheduled
    interest: Decimal             # scheduled
    amount: Decimal               # scheduled principal + interest
    payments: tuple[PaymentLine, ...]
    principal_paid: Decimal
    interest_paid: Decimal
    fee_paid: Decimal
    fee_waived: Decimal
    interest_waived: Decimal      # forgiven by an early payoff
    balance: Decimal              # principal still owed after this installment (running)
    status: str                   # "Lunas" | "Sebagian" | "Tunggak" | "" (not yet due)


@dataclass(frozen=True)
class Statement:
    """One loan's statement.  Money in rupiah (Decimal)."""

    loan_id: int
    contract_no: str
    product: str
    customer: str
    customer_no: str
    address: str
    phone: str
    officer: str
    branch: str
    status: str
    principal: Decimal
    annual_rate: Decimal          # % a year, as contracted (flat rate for flat loans)
    method: str
    tenor: int
    installment_amount: Decimal
    disbursed_on: dt.date
    maturity_date: dt.date
    as_of: dt.date
    lines: tuple[StatementLine, ...]
    penalty_paid: Decimal         # early-payoff penalty
    advance: Decimal              # titipan held now
    totals: dict = field(hash=False, default_factory=dict)
    # totals keys: principal, interest, amount, paid (principal+interest), fee_paid, fee_waived,
    # interest_waived, outstanding (principal), arrears (due before as_of, unpaid), receipts (count)


METHOD_LABELS = {"flat": "Flat", "annuity": "Anuitas", "equal_principal": "Pokok tetap",
                 "effective": "Efektif"}


# ----------------------------------------------------------------------------------------------- selection
def select_loans(*, contract: str | None = None, officer: str | None = None, region: str | None = None,
                 all_active: bool = False) -> list[int]:
    """Loan ids for a statement run, in contract order.

    Args:
        contract: one contract number.
        officer: a username: that officer's active loans.
        region: a region code from the region table (province ``32``, regency ``32.73``, district
            ``32.73.05``): active loans of customers living there.
        all_active: every active loan.
    Raises:
        NotFound: an unknown contract or officer.
        ValueError: none or several of the choices given.
    """
    from models.core.errors import NotFound
    from models.core.users import User
    from models.customers.customers import Customer
    from models.loans.loans import Loan

    chosen = [x for x in (contract, officer, region) if x] + ([True] if all_active else [])
    if len(chosen) != 1:
        raise ValueError("choose exactly one of: a contract, an officer, a region, or all active loans")
    if contract:
        row = Loan.get_or_none(Loan.contract_no == contract.strip())
        if row is None:
            raise NotFound(f"tidak ada kontrak {contract!r}")
        return [row.id]
    query = Loan.select(Loan.id).where(Loan.status == "active")
    if officer:
        user = User.get_or_none(User.username == officer.strip())
        if user is None:
            raise NotFound(f"tidak ada petugas {officer!r}")
        query = query.where(Loan.officer == user.id)
    if region:
        code = region.strip()
        query = query.join(Customer, on=(Loan.customer == Customer.id)).where(
            (Customer.region_code == code) | Customer.region_code.startswith(code + "."))
    return [i for (i,) in query.order_by(Loan.contract_no).tuples()]


# ------------------------------------------------------------------------------------------------ the data
def _chunks(ids: list[int], size: int = _CHUNK) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def iter_statements(loan_ids: Iterable[int], as_of: dt.date | None = None) -> Iterator[Statement]:
    """Yield the statement of each loan in ``loan_ids`` (in that order), four queries per chunk of loans.

    Args:
        loan_ids: loans to print.
        as_of: the day the statement speaks for (arrears are installments due before it); default today.
    """
    from models.cashier.payments import Payment, PaymentAllocation
    from models.core.office import Branch
    from models.core.users import User
    from models.customers.customers import Customer
    from models.loans.loans import STATUS_LABELS, Installment, Loan
    from models.products.products import LoanProduct

    as_of = as_of or dt.date.today()
    for ids in _chunks(list(loan_ids)):
        heads = {}
        query = (Loan.select(Loan.id, Loan.contract_no, LoanProduct.name, Customer.full_name, Customer.member_no,
                             Customer.nik, Customer.address, Customer.village, Customer.district,
                             Customer.regency, Customer.phone, User.full_name, Branch.name, Loan.status,
                             Loan.principal, Loan.annual_rate, Loan.method, Loan.tenor, Loan.installment_amount,
                             Loan.disbursed_on, Loan.maturity_date, Loan.advance_balance)
                 .join(LoanProduct, on=(Loan.product == LoanProduct.id))
                 .switch(Loan).join(Customer, on=(Loan.customer == Customer.id))
                 .switch(Loan).join(User, on=(Loan.officer == User.id))
                 .switch(Loan).join(Branch, on=(Loan.branch == Branch.id))
                 .where(Loan.id.in_(ids)).tuples())
        for row in query:
            heads[row[0]] = row
        installments: dict[int, list[tuple]] = {}
        for row in (Installment.select(Installment.loan, Installment.id, Installment.no, Installment.due_date,
                                       Installment.principal, Installment.interest, Installment.amount,
                                       Installment.principal_paid, Installment.interest_paid,
                                       Installment.late_fee_paid, Installment.late_fee_waived,
                                       Installment.interest_waived)
                    .where(Installment.loan.in_(ids)).order_by(Installment.loan, Installment.no).tuples()):
            installments.setdefault(row[0], []).append(row[1:])
        # Every posted receipt's allocation, in receipt order: per installment the payments that touched it.
        per_inst: dict[int, dict[int, list]] = {}
        penalty: dict[int, Decimal] = {}
        receipts: dict[int, set] = {}
        for loan_id, inst_id, part, amount, pay_id, pay_date, receipt_no in (
                PaymentAllocation.select(Payment.loan, PaymentAllocation.installment, PaymentAllocation.part,
                                         PaymentAllocation.amount, Payment.id, Payment.date, Payment.receipt_no)
                .join(Payment, on=(PaymentAllocation.payment == Payment.id))
                .where(Payment.loan.in_(ids) & (Payment.status == "posted"))
                .order_by(Payment.id, PaymentAllocation.id).tuples()):
            receipts.setdefault(loan_id, set()).add(pay_id)
            if part == "penalty":
                penalty[loan_id] = penalty.get(loan_id, ZERO) + amount
                continue
            if inst_id is None or part not in ("principal", "interest", "fee"):
                continue
            slot = per_inst.setdefault(inst_id, {}).setdefault(pay_id, [pay_date, receipt_no, ZERO, ZERO])
            slot[3 if part == "fee" else 2] += amount
        for loan_id in ids:
            head = heads.get(loan_id)
            if head is None:
                continue
            (_id, contract_no, product, customer, member_no, nik, address, village, district, regency, phone,
             officer, branch, status, principal, rate, method, tenor, inst_amount, disbursed, maturity,
             advance) = head
            lines = []
            balance = principal
            totals = dict.fromkeys(("principal", "interest", "amount", "paid", "fee_paid", "fee_waived",
                                    "interest_waived", "arrears"), ZERO)
            for (inst_id, no, due, p, i, amount, pp, ip, fp, fw, iw) in installments.get(loan_id, ()):
                balance -= pp
                pays = tuple(PaymentLine(d, r, paid, fee)
                             for d, r, paid, fee in per_inst.get(inst_id, {}).values())
                settled = pp + ip + iw >= amount
                if settled:
                    state = "Lunas"
                elif due < as_of:
                    state = "Tunggak"
                    totals["arrears"] += amount - pp - ip - iw
                elif pp or ip:
                    state = "Sebagian"
                else:
                    state = ""
                lines.append(StatementLine(no, due, p, i, amount, pays, pp, ip, fp, fw, iw, balance, state))
                for key, value in (("principal", p), ("interest", i), ("amount", amount), ("paid", pp + ip),
                                   ("fee_paid", fp), ("fee_waived", fw), ("interest_waived", iw)):
                    totals[key] += value
            totals["outstanding"] = balance
            totals["receipts"] = len(receipts.get(loan_id, ()))
            address_text = ", ".join(x for x in (address, village, district, regency) if x)
            yield Statement(
                loan_id=loan_id, contract_no=contract_no, product=product, customer=customer,
                customer_no=member_no or "-", address=address_text,
                phone=phone, officer=officer, branch=branch, status=STATUS_LABELS.get(status, status),
                principal=principal, annual_rate=rate, method=METHOD_LABELS.get(method, method), tenor=tenor,
                installment_amount=inst_amount, disbursed_on=disbursed, maturity_date=maturity, as_of=as_of,
                lines=tuple(lines), penalty_paid=penalty.get(loan_id, ZERO), advance=advance, totals=totals)


def statement_data(loan, as_of: dt.date | None = None) -> Statement:
    """The statement of one loan (a :class:`models.loans.loans.Loan` or its id)."""
    loan_id = loan if isinstance(loan, int) else loan.id
    return next(iter_statements([loan_id], as_of))


# ------------------------------------------------------------------------------------------------- the PDF
def _d(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def _m(amount: Decimal) -> str:
    """Money without "Rp" (the column caption says it): eleven columns must fit portrait A4."""
    return format_amount(amount) if amount else ""


_HEAD = ("No", "Jatuh\ntempo", "Angsuran\n(Rp)", "Tanggal\nbayar", "No. kwitansi", "Pokok+bunga\ndibayar (Rp)",
         "Denda\ndibayar", "Denda\ndihapus", "Sisa pokok\n(Rp)", "Ket.")
_WIDTHS_CM = (0.7, 1.6, 2.0, 1.6, 3.25, 2.05, 1.55, 1.35, 2.3, 1.35)


def _statement_flowables(s: Statement, width: float, marker) -> list:
    from reportlab.platypus import Paragraph, Spacer, Table

    from reports.pdf import markup, styles

    st = styles()
    stl = _table_styles()
    out = [marker, Paragraph("KARTU ANGSURAN / REKENING PINJAMAN", st["title"]),
           Paragraph(f"Posisi per {_d(s.as_of)}", st["subtitle"]), Spacer(1, 4)]

    def cell(text: str):
        # Plain strings are fast; only text DejaVu cannot draw (a Chinese name) needs a Paragraph.
        return text if text.isascii() or markup(text) == _plain_escape(text) else Paragraph(markup(text),
                                                                                               st["meta"])

    left = [("Nama nasabah", cell(s.customer)), ("No. anggota", s.customer_no),
            ("Alamat", Paragraph(markup(s.address), st["meta"])),
            ("Telepon", s.phone), ("Petugas (AO)", cell(s.officer)), ("Cabang", s.branch)]
    right = [("No. kontrak", s.contract_no), ("Produk", s.product),
             ("Pokok pinjaman", format_rupiah(s.principal)),
             ("Bunga / metode", f"{format_amount(s.annual_rate, 2)} % per tahun, {s.method}"),
             ("Tenor / angsuran", f"{s.tenor} x {format_rupiah(s.installment_amount)}"),
             ("Cair / angsuran akhir", f"{_d(s.disbursed_on)} / {_d(s.maturity_date)}"),
             ("Status", s.status)]
    rows = []
    for k in range(max(len(left), len(right))):
        a = left[k] if k < len(left) else ("", "")
        b = right[k] if k < len(right) else ("", "")
        rows.append([a[0], a[1], b[0], b[1]])
    half = width / 2
    info = Table(rows, colWidths=[2.4 * _CM, half - 2.4 * _CM, 3.4 * _CM, half - 3.4 * _CM], hAlign="LEFT")
    info.setStyle(stl["info"])
    out += [info, Spacer(1, 6)]

    data = [list(_HEAD)]
    for line in s.lines:
        pays = line.payments
        data.append([str(line.no), _d(line.due_date), _m(line.amount),
                     "\n".join(_d(p.date) for p in pays), "\n".join(p.receipt_no for p in pays),
                     "\n".join(_m(p.paid) for p in pays), "\n".join(_m(p.fee) for p in pays),
                     _m(line.fee_waived), _m(line.balance),
                     line.status + (" *" if line.interest_waived else "")])
    t = s.totals
    data.append(["TOTAL", "", _m(t["amount"]), "", f"{t['receipts']} kwitansi", _m(t["paid"]),
                 _m(t["fee_paid"]), _m(t["fee_waived"]), _m(t["outstanding"]), ""])
    scale = width / (sum(_WIDTHS_CM) * _CM)
    # Row heights given up front: the table need not measure 400 cells to learn that a row holds one line.
    heights = [2 * 7.8 + 2.9] + [max(1, len(line.payments)) * 8.6 + 2.9 for line in s.lines] + [8.6 + 2.9]
    grid = Table(data, colWidths=[w * _CM * scale for w in _WIDTHS_CM], rowHeights=heights, repeatRows=1,
                 hAlign="LEFT")
    grid.setStyle(stl["grid"])
    out.append(grid)
    out.append(Spacer(1, 6))
    summary = [["Jumlah angsuran terjadwal", format_rupiah(t["amount"]), "Sisa pokok", format_rupiah(t["outstanding"])],
               ["Pokok + bunga dibayar", format_rupiah(t["paid"]), f"Tunggakan per {_d(s.as_of)}",
                format_rupiah(t["arrears"])],
               ["Denda dibayar / dihapus", f"{format_rupiah(t['fee_paid'])} / {format_rupiah(t['fee_waived'])}",
                "Titipan tersimpan", format_rupiah(s.advance)]]
    if t["interest_waived"] or s.penalty_paid:
        summary.append(["* Bunga dibebaskan (pelunasan)", format_rupiah(t["interest_waived"]),
                        "Penalti pelunasan dibayar", format_rupiah(s.penalty_paid)])
    box = Table(summary, colWidths=[4.4 * _CM, half - 4.4 * _CM, 4.2 * _CM, half - 4.2 * _CM], hAlign="LEFT")
    box.setStyle(stl["summary"])
    out.append(box)
    out.append(Spacer(1, 4))
    out.append(Paragraph("Angka dalam tabel dalam rupiah. Kwitansi yang dibatalkan tidak dicantumkan. Mohon "
                         "cocokkan dengan kwitansi Anda; bila berbeda, hubungi kantor kami.", st["note"]))
    return out


def _plain_escape(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(text)


_STYLE_CACHE: dict = {}


def _table_styles() -> dict:
    """The three TableStyles of a statement, built once per process (a batch reuses them)."""
    if _STYLE_CACHE:
        return _STYLE_CACHE
    from reportlab.lib.colors import white
    from reportlab.platypus import TableStyle

    from reports.pdf import FONT, FONT_BOLD, _grey

    _STYLE_CACHE["info"] = TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 8), ("FONT", (1, 0), (1, 0), FONT_BOLD, 8),
        ("FONT", (3, 0), (3, 0), FONT_BOLD, 8), ("TEXTCOLOR", (0, 0), (0, -1), _grey(0.35)),
        ("TEXTCOLOR", (2, 0), (2, -1), _grey(0.35)), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
        ("BOX", (0, 0), (-1, -1), 0.4, _grey(0.6)), ("LEFTPADDING", (0, 0), (0, -1), 4),
        ("LEFTPADDING", (2, 0), (2, -1), 6), ("LINEBEFORE", (2, 0), (2, -1), 0.4, _grey(0.6)),
        ("TOPPADDING", (0, 0), (-1, 0), 3), ("BOTTOMPADDING", (0, -1), (-1, -1), 3)])
    _STYLE_CACHE["grid"] = TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 7.3), ("LEADING", (0, 0), (-1, -1), 8.6),
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, 6.8), ("LEADING", (0, 0), (-1, 0), 7.8),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("ALIGN", (2, 0), (2, -1), "RIGHT"), ("ALIGN", (5, 0), (8, -1), "RIGHT"), ("ALIGN", (0, 0), (0, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 0), (-1, -1), 1.3), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
        ("BACKGROUND", (0, 0), (-1, 0), _grey(0.85)), ("LINEABOVE", (0, 0), (-1, 0), 0.8, _grey(0)),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, _grey(0)),
        ("ROWBACKGROUNDS", (0, 1), (-1, -2), [white, _grey(0.95)]),
        ("FONT", (0, -1), (-1, -1), FONT_BOLD, 7.3), ("BACKGROUND", (0, -1), (-1, -1), _grey(0.85)),
        ("SPAN", (0, -1), (1, -1)), ("ALIGN", (0, -1), (0, -1), "LEFT"),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, _grey(0)), ("LINEBELOW", (0, -1), (-1, -1), 0.8, _grey(0))])
    _STYLE_CACHE["summary"] = TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 8), ("FONT", (1, 0), (1, -1), FONT_BOLD, 8),
        ("FONT", (3, 0), (3, -1), FONT_BOLD, 8), ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("BOX", (0, 0), (-1, -1), 0.6, _grey(0)), ("LINEBEFORE", (2, 0), (2, -1), 0.4, _grey(0.6)),
        ("BACKGROUND", (0, 0), (-1, -1), _grey(0.97))])
    return _STYLE_CACHE


def write_statements_pdf(loan_ids: list[int], path: str | Path, *, as_of: dt.date | None = None,
                         printed_by: str | None = None, printed_at: dt.datetime | None = None,
                         progress: Callable[[int, int], None] | None = None,
                         cancelled: Callable[[], bool] | None = None, show_phones: bool = False) -> Path:
    """Print the statements of ``loan_ids`` into one PDF, each customer starting on a new page.

    The customer's phone prints masked (``0812-****-7890``, as the lists show it to a role without
    ``customer.unmask``) unless ``show_phones``: a statement leaves the office (the customer, the collector's
    bag), and the command line has no role to decide by (issue 20, a fresh user's trial; UU 27/2022 PDP).

    Args:
        loan_ids: from :func:`select_loans`.
        path: the PDF file (overwritten; removed again if the run is cancelled).
        as_of: the statement date (arrears are counted before it); default today.
        printed_by: the user named in the "Dicetak … oleh …" stamp.
        printed_at: the stamp's time; default now.
        progress: called with ``(done, total)`` as statements are read and again as they are laid out.
        cancelled: polled between statements; when it returns True the run stops.
    Returns:
        ``path``.
    Raises:
        StatementCancelled: the run was cancelled (no file is left behind).
        ValueError: no loans to print.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

    from reports.pdf import FONT, FONT_BOLD, FONT_ITALIC, draw_text, register_fonts
    from reports.quote_pdf import office_letterhead

    ids = list(loan_ids)
    if not ids:
        raise ValueError("tidak ada pinjaman untuk dicetak")
    register_fonts()
    path = Path(path)
    total = len(ids)
    printed_at = printed_at or dt.datetime.now()
    stamp = f"Dicetak {printed_at:%d/%m/%Y %H:%M}" + (f" oleh {printed_by}" if printed_by else "")
    letterhead = office_letterhead()
    head_lines = letterhead.lines() if letterhead is not None else ()

    class _Start(Flowable):
        """Zero-size marker at the top of each statement: tells the canvas whose pages follow."""

        def __init__(self, index: int, contract: str):
            super().__init__()
            self.index, self.contract = index, contract

        def wrap(self, *_args):
            return 0, 0

        def draw(self):
            self.canv._statement = (self.index, self.contract)
            if cancelled is not None and cancelled():
                raise StatementCancelled()
            if progress is not None:
                progress(total + self.index + 1, 2 * total)

    class _Canvas(Canvas):
        """Holds pages until the end, then writes each footer with the page number within its statement."""

        def __init__(self, *args, **kwargs):
            kwargs.setdefault("initialFontName", FONT)
            super().__init__(*args, **kwargs)
            self._statement = (0, "")
            self._held: list[tuple[dict, tuple]] = []

        def showPage(self):  # noqa: N802 - reportlab's name
            self._held.append((dict(self.__dict__), self._statement))
            self._startPage()

        def save(self):
            counts: dict[int, int] = {}
            for _state, (index, _c) in self._held:
                counts[index] = counts.get(index, 0) + 1
            seen: dict[int, int] = {}
            for state, (index, contract) in self._held:
                seen[index] = seen.get(index, 0) + 1
                self.__dict__.update(state)
                self._decorate(contract, seen[index], counts[index])
                Canvas.showPage(self)
            Canvas.save(self)

        def _decorate(self, contract: str, number: int, of: int) -> None:
            width, height = self._pagesize
            left, right = 1.5 * _CM, width - 1.5 * _CM
            self.saveState()
            if head_lines:
                draw_text(self, left, height - 1.2 * _CM, head_lines[0], FONT_BOLD, 11)
                if len(head_lines) > 1:
                    draw_text(self, left, height - 1.6 * _CM, head_lines[1], FONT, 8)
                self.setLineWidth(0.8)
                self.line(left, height - 1.85 * _CM, right, height - 1.85 * _CM)
            self.setLineWidth(0.4)
            self.line(left, 1.4 * _CM, right, 1.4 * _CM)
            draw_text(self, left, 1.0 * _CM, stamp, FONT, 7.5)
            draw_text(self, right, 1.0 * _CM, f"Kartu angsuran {contract} - Halaman {number} dari {of}", FONT,
                      7.5, "right")
            draw_text(self, width / 2, 1.55 * _CM, "Dokumen ini dicetak dari sistem dan sah tanpa tanda tangan",
                      FONT_ITALIC, 7, "centre")
            self.restoreState()

    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=1.5 * _CM, rightMargin=1.5 * _CM,
                          topMargin=2.3 * _CM, bottomMargin=2.0 * _CM, title="Kartu Angsuran", author="Angsur",
                          creator="Angsur")
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    story: list = []
    for n, statement in enumerate(iter_statements(ids, as_of)):
        if cancelled is not None and cancelled():
            raise StatementCancelled()
        if n:
            story.append(PageBreak())
        if not show_phones and statement.phone:
            statement = replace(statement, phone=mask_phone(statement.phone))
        story += _statement_flowables(statement, doc.width, _Start(n, statement.contract_no))
        if progress is not None and (n % 25 == 0 or n + 1 == total):
            progress(n + 1, 2 * total)
    try:
        doc.build(story, canvasmaker=_Canvas)
    except StatementCancelled:
        path.unlink(missing_ok=True)
        raise
    return path


def print_statement_command(args) -> int:
    """``main.py --db FILE print statement --loan CONTRACT | --officer USER | --region CODE | --all --out F.pdf``."""
    import sys

    from models.core.errors import DomainError

    try:
        ids = select_loans(contract=getattr(args, "loan", None), officer=getattr(args, "officer", None),
                           region=getattr(args, "region", None), all_active=bool(getattr(args, "all", False)))
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except DomainError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 2
    if not ids:
        print("error: tidak ada pinjaman aktif untuk pilihan ini", file=sys.stderr)
        return 2
    as_of = None
    if getattr(args, "date", None):
        try:
            as_of = dt.date.fromisoformat(args.date)
        except ValueError:
            print(f"error: --date: '{args.date}' is not a date (use YYYY-MM-DD)", file=sys.stderr)
            return 2
    try:
        write_statements_pdf(ids, args.out, as_of=as_of, printed_by=getattr(args, "user", None))
    except OSError as exc:
        print(f"error: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"{len(ids)} statements written to {args.out}")
    return 0
