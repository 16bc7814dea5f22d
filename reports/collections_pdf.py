"""Papers of the collection desk: the route sheet for a field visit and the batch of warning letters.

* **Route sheet** (:func:`route_sheet_table`, :func:`write_route_sheet`): today's worklist grouped by
  district and village, so a collector rides one area at a time; each row leaves room for the result and a
  signature.  A report table, printed by the shared :func:`reports.pdf.write_pdf`.
* **Warning letters** (:func:`write_letters_pdf`): one A4 page per letter, all letters of a batch in one PDF,
  with the amounts and text stored on the letter (as of its date).  Drawn straight on a reportlab canvas —
  letterhead, number, addressee, title, wrapped body, an amounts block, signature — because a batch of a
  thousand letters through the flowable layout engine costs several times the drawing itself (see
  ``benchmarks/bench_collections.py``).  Printed documents stay Indonesian.
"""
from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal
from pathlib import Path

from models.core.money import format_rupiah
from reports.base import Column, Kind, Letterhead, ReportTable
from reports.pdf import FONT, FONT_BOLD, register_fonts, write_pdf

ROUTE_COLUMNS = (
    Column("no", "No", Kind.INT, width=4),
    Column("contract_no", "No. Kontrak", width=16),
    Column("customer", "Nasabah", width=22),
    Column("address", "Alamat", width=30),
    Column("phone", "Telepon", width=14),
    Column("dpd", "Hari", Kind.INT, width=5),
    Column("arrears", "Tunggakan", Kind.MONEY, width=13),
    Column("promise", "Janji", width=12),
    Column("result", "Hasil / Paraf", width=18),
)


def route_sheet_table(rows, as_of: dt.date, collector: str = "") -> ReportTable:
    """The worklist rows (:class:`models.collections.collections.WorkRow`) as a route sheet grouped by district, village.

    Returns:
        A :class:`ReportTable` whose rows carry ``_group`` = "Kec. … / Kel. …" with subtotals of the arrears.
    """
    ordered = sorted(rows, key=lambda r: ((r.district or "~").lower(), (r.village or "~").lower(), r.address,
                                          r.contract_no))
    out = []
    for n, r in enumerate(ordered, start=1):
        group = f"Kec. {r.district or '-'} / Kel. {r.village or '-'}"
        promise = f"{r.promise_date:%d/%m/%Y}" if r.promise_date else ""
        out.append({"_group": group, "no": n, "contract_no": r.contract_no, "customer": r.customer,
                    "address": r.address, "phone": r.phone, "dpd": r.dpd, "arrears": r.arrears,
                    "promise": promise, "result": ""})
    totals = {"arrears": sum((r.arrears for r in ordered), Decimal(0)), "dpd": None}
    meta = (("Kolektor", collector or "Semua"), ("Jumlah rekening", str(len(out))))
    return ReportTable("Rute Kunjungan Penagihan", ROUTE_COLUMNS, out, totals=totals,
                       subtitle=f"Tanggal {as_of:%d/%m/%Y}", meta=meta, subtotals=True)


def write_route_sheet(rows, path: str | Path, as_of: dt.date, *, collector: str = "", printed_by: str | None = None,
                      letterhead: Letterhead | None = None) -> Path:
    """Print the route sheet (landscape A4) to ``path``."""
    from reports.quote_pdf import office_letterhead

    return write_pdf(route_sheet_table(rows, as_of, collector), path, letterhead or office_letterhead(),
                     orientation="landscape", printed_by=printed_by)


# ----------------------------------------------------------------------------------------- letters
def letter_pages(letters) -> list[dict]:
    """The letters as plain dicts (what the canvas draws): one query for the loans and customers."""
    from models.customers.customers import Customer
    from models.loans.loans import Loan

    ids = [l.loan_id for l in letters]
    people = {}
    if ids:
        for loan_id, contract, name, address, rt, rw, village, district, regency, postal in (
                Loan.select(Loan.id, Loan.contract_no, Customer.full_name, Customer.address, Customer.rt,
                            Customer.rw, Customer.village, Customer.district, Customer.regency,
                            Customer.postal_code)
                .join(Customer, on=(Loan.customer == Customer.id)).where(Loan.id.in_(ids)).tuples()):
            lines = [address or ""]
            if rt:
                lines[0] += f" RT {rt}/RW {rw}"
            lines.append(", ".join(p for p in (village and f"Kel. {village}", district and f"Kec. {district}") if p))
            lines.append(" ".join(p for p in (regency, postal) if p))
            people[loan_id] = (contract, name, [x for x in lines if x.strip()])
    out = []
    for l in letters:
        contract, name, address = people.get(l.loan_id, ("", "", []))
        out.append({"number": l.number, "date": l.date, "title": l.title, "body": l.body, "contract_no": contract,
                    "customer": name, "address": address, "arrears": l.arrears, "late_fees": l.late_fees,
                    "total": l.total, "deadline": l.deadline, "dpd": l.dpd, "stage": l.stage})
    return out


def draw_letter(canvas, page: dict, letterhead: Letterhead | None, signer: str) -> None:
    """One letter on the current page of ``canvas`` (A4 portrait)."""
    from reportlab.lib.utils import simpleSplit

    width, height = canvas._pagesize
    cm = 28.3465
    left, right = 2.2 * cm, width - 2.2 * cm
    y = height - 1.6 * cm
    if letterhead is not None:
        lines = letterhead.lines()
        canvas.setFont(FONT_BOLD, 12)
        canvas.drawString(left, y, lines[0])
        if len(lines) > 1:
            canvas.setFont(FONT, 8.5)
            canvas.drawString(left, y - 13, lines[1])
        canvas.setLineWidth(0.8)
        canvas.line(left, y - 20, right, y - 20)
        y -= 42
    canvas.setFont(FONT, 10)
    canvas.drawString(left, y, f"Nomor   : {page['number']}")
    canvas.drawRightString(right, y, f"{page['date']:%d/%m/%Y}")
    canvas.drawString(left, y - 14, f"Perihal : {page['title'].title()}")
    y -= 40
    canvas.drawString(left, y, "Kepada Yth.")
    canvas.setFont(FONT_BOLD, 10)
    canvas.drawString(left, y - 14, page["customer"])
    canvas.setFont(FONT, 10)
    y -= 28
    for line in page["address"]:
        canvas.drawString(left, y, line)
        y -= 13
    y -= 18
    canvas.setFont(FONT_BOLD, 12)
    canvas.drawCentredString(width / 2, y, page["title"])
    canvas.setFont(FONT, 10)
    canvas.drawCentredString(width / 2, y - 14, f"Perjanjian {page['contract_no']}")
    y -= 38
    canvas.setFont(FONT, 10)
    for paragraph in page["body"].split("\n"):
        if not paragraph.strip():
            y -= 6
            continue
        for line in simpleSplit(paragraph, FONT, 10, right - left):
            canvas.drawString(left, y, line)
            y -= 13.5
    y -= 10
    for label, value in (("Tunggakan angsuran", page["arrears"]), ("Denda", page["late_fees"])):
        canvas.drawString(left + 20, y, label)
        canvas.drawRightString(left + 300, y, format_rupiah(value))
        y -= 14
    canvas.line(left + 20, y + 10, left + 300, y + 10)
    canvas.setFont(FONT_BOLD, 10)
    canvas.drawString(left + 20, y - 2, f"Jumlah per {page['date']:%d/%m/%Y}")
    canvas.drawRightString(left + 300, y - 2, format_rupiah(page["total"]))
    canvas.setFont(FONT, 10)
    y -= 40
    canvas.drawString(right - 180, y, "Hormat kami,")
    canvas.drawString(right - 180, y - 60, signer or "(...........................)")
    canvas.setFont(FONT, 7.5)
    canvas.drawString(left, 1.4 * cm, f"{page['stage']} {page['number']} - {page['dpd']} hari lewat jatuh tempo "
                                      f"- batas {page['deadline']:%d/%m/%Y}")


def write_letters_pdf(letters, path: str | Path, *, signer: str = "", letterhead: Letterhead | None = None) -> Path:
    """All letters of a batch (or a reprint from the register) in one PDF, one page each.

    Args:
        letters: :class:`models.collections.warning_letters.WarningLetter` rows.
        signer: the name under "Hormat kami" (the branch head).
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from reports.quote_pdf import office_letterhead

    if not letters:
        raise ValueError("tidak ada surat untuk dicetak")
    register_fonts()  # the canvas draws in our faces directly, before any write_pdf registered them
    letterhead = letterhead or office_letterhead()
    path = Path(path)
    canvas = Canvas(str(path), pagesize=A4, pageCompression=1)
    canvas.setTitle("Surat Peringatan")
    canvas.setAuthor("Angsur")
    for page in letter_pages(letters):
        draw_letter(canvas, page, letterhead, signer)
        canvas.showPage()
    canvas.save()
    return path


def letters_command(args) -> int:
    """``main.py --db FILE letters --user USERNAME [--date YYYY-MM-DD] --out FILE.pdf``: the batch as the
    branch head runs it from the letters tab (same numbers, same register, audited)."""
    from models.collections.warning_letters import issue_batch
    from models.core.users import User

    user = User.get_or_none(User.username == args.user)
    if user is None:
        print(f"error: --user: no user '{args.user}'", file=sys.stderr)
        return 2
    try:
        day = dt.date.fromisoformat(args.date) if args.date else dt.date.today()
    except ValueError:
        print(f"error: --date: '{args.date}' is not a date (use YYYY-MM-DD)", file=sys.stderr)
        return 2
    batch = issue_batch(user, day)
    if not batch.letters:
        print(f"no warning letters due on {day:%d/%m/%Y}")
        return 0
    path = write_letters_pdf(batch.letters, args.out, signer=user.full_name)
    summary = ", ".join(f"{stage} {n}" for stage, n in sorted(batch.by_stage.items()))
    print(f"{len(batch.letters)} letters issued ({summary}): {batch.letters[0].number} … "
          f"{batch.letters[-1].number} -> {path}")
    return 0
