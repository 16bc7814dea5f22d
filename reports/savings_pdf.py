"""Printed savings documents: the passbook page, the savings receipt (with terbilang), the member statement (one
member or a batch), the withholding slips, and the RAT pack / SHU table in PDF and Excel.

The passbook is drawn at absolute positions in millimetres from :class:`models.savings.passbook.Geometry`: one PDF page
per passbook page, the page size of the open book, so the pass-through printer (Epson PLQ-20/35) lays each line
on the book's ruled line.  Nothing else is drawn on it (the book is pre-printed).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from xml.sax.saxutils import escape

from models.core.money import format_amount, format_rupiah

_MM = 2.83465  # points per millimetre


# ------------------------------------------------------------------------------------------------ passbook
def write_passbook_pdf(pages, geo, path: str | Path) -> Path:
    """Draw passbook pages (:class:`models.savings.passbook.PrintPage`) at the geometry's positions.

    Each page is a PDF page of ``page_width_mm × page_height_mm``; a page asking for a new book carries no mark
    of its own (the screen asks the cashier to insert the next book before printing it).
    """
    from reportlab.pdfgen.canvas import Canvas

    path = Path(path)
    width, height = float(geo.page_width_mm) * _MM, float(geo.page_height_mm) * _MM
    canvas = Canvas(str(path), pagesize=(width, height))
    canvas.setTitle("Buku tabungan")
    for page in pages:
        canvas.setFont("Courier", 8)
        for line in page.lines:
            # y_mm is the top of the line; the baseline sits 80 % of a line height below it
            y = height - float(line.y_mm + geo.line_height_mm * 8 / 10) * _MM
            x0 = float(geo.left_margin_mm) * _MM

            def at(offset):
                return x0 + float(offset) * _MM

            canvas.drawString(at(geo.col_date_mm), y, f"{line.date:%d/%m/%y}" if line.date else "")
            canvas.drawString(at(geo.col_code_mm), y, line.code)
            if line.debit is not None:
                canvas.drawRightString(at(geo.col_debit_mm), y, format_amount(line.debit, 0))
            if line.credit is not None:
                canvas.drawRightString(at(geo.col_credit_mm), y, format_amount(line.credit, 0))
            canvas.drawRightString(at(geo.col_balance_mm), y, format_amount(line.balance, 0))
        canvas.showPage()
    canvas.save()
    return path


def write_passbook_test_pdf(geo, path: str | Path) -> Path:
    """The alignment test: a line on the page's first line and one just below the middle fold."""
    from models.savings.passbook import test_page

    write_passbook_pdf([test_page(geo)], geo, path)
    return Path(path)


# ------------------------------------------------------------------------------------------------- receipt
def write_savings_receipt_pdf(txn, path: str | Path, *, printed_by: str | None = None) -> Path:
    """The receipt of a counter transaction (bukti setoran / penarikan), amount in words (terbilang)."""
    from reportlab.platypus import Paragraph, Spacer

    from models.savings.savings import TXN_LABELS, SavingsAccount
    from reports.pdf import build_document, key_value_table, styles
    from reports.quote_pdf import office_letterhead
    from reports.terbilang import terbilang

    acct = SavingsAccount.get_by_id(txn.account_id)
    member = acct.member
    amount = abs(txn.amount)
    st = styles()
    title = "BUKTI SETORAN SIMPANAN" if txn.amount > 0 else "BUKTI PENARIKAN SIMPANAN"

    def story(width):
        out = [Paragraph(f"<b>{title}</b>", st["title"]),
               Paragraph(f"<b>No. {escape(txn.receipt_no or '-')}</b>", st["heading"])]
        if txn.status == "reversed":
            out.append(Paragraph("<font color='#b00020' size='16'><b>DIBATALKAN</b></font>", st["title"]))
        out += [Spacer(1, 6), key_value_table([
            ("Tanggal", txn.date), ("Anggota", f"{member.member_no} {member.customer.full_name}"),
            ("Rekening", f"{acct.number} ({acct.product.name})"), ("Transaksi", TXN_LABELS.get(txn.kind, txn.kind)),
            ("Keterangan", txn.memo or "-")], width=width), Spacer(1, 6),
            Paragraph(f"<b>Jumlah {escape(format_rupiah(amount))}</b>", st["heading"]),
            Paragraph(f"<i>Terbilang: {escape(terbilang(amount, capitalize=True))}</i>", st["normal"]),
            Spacer(1, 6), key_value_table([("Saldo setelah transaksi", txn.balance_after)], width=width)]
        return out

    return build_document(path, story, letterhead=office_letterhead(), title=f"Bukti {txn.receipt_no}",
                          printed_by=printed_by, footer_note="Simpan bukti ini sebagai tanda transaksi simpanan")


# ------------------------------------------------------------------------------------------- statements
def write_member_statements_pdf(members, date_from: dt.date, date_to: dt.date, path: str | Path, *,
                                printed_by: str | None = None) -> Path:
    """Member statements (rekening koran anggota): one member or a batch.  A member's accounts and loans follow
    one another; each member starts a new page (so a batch can be handed out page by page)."""
    from reportlab.platypus import PageBreak, Paragraph, Spacer

    from reports.pdf import build_document, report_flowables, styles
    from reports.quote_pdf import office_letterhead
    from reports.savings_reports import member_statement

    st = styles()
    members = list(members)
    tables = [member_statement(m, date_from, date_to) for m in members]

    def story(width):
        out = []
        for i, (member, member_tables) in enumerate(zip(members, tables)):
            if i:
                out.append(PageBreak())
            out.append(Paragraph(escape(f"LAPORAN SIMPANAN DAN PINJAMAN ANGGOTA — {member.member_no} "
                                        f"{member.customer.full_name}"), st["heading"]))
            out.append(Paragraph(escape(f"Periode {date_from:%d/%m/%Y} s.d. {date_to:%d/%m/%Y}"), st["normal"]))
            for table in member_tables:
                out.append(Spacer(1, 8))
                out += report_flowables(table, width)
        return out

    return build_document(path, story, letterhead=office_letterhead(), title="Laporan simpanan dan pinjaman anggota",
                          printed_by=printed_by, footer_note="Laporan simpanan dan pinjaman anggota")


def write_resignation_statement_pdf(statement, path: str | Path, *, printed_by: str | None = None) -> Path:
    """The settlement statement of a resigning member (:class:`models.savings.savings.ResignationStatement`)."""
    from reportlab.platypus import Paragraph, Spacer

    from reports.pdf import build_document, key_value_table, money_table, styles
    from reports.quote_pdf import office_letterhead

    st = styles()

    def story(width):
        return [Paragraph("<b>PERHITUNGAN PENYELESAIAN ANGGOTA KELUAR</b>", st["title"]),
                key_value_table([("Anggota", f"{statement.member_no} {statement.name}"), ("Tanggal", statement.date),
                                 ("No. bukti", statement.receipt_no)], width=width), Spacer(1, 6),
                money_table([(f"{no} {name}", bal) for no, name, bal in statement.savings],
                            total=("Jumlah simpanan", statement.savings_total), width=width,
                            header=("Simpanan", "Saldo")), Spacer(1, 6),
                money_table([(f"Pelunasan/angsuran {no} ({receipt})", amount)
                             for no, amount, receipt in statement.loans],
                            total=("Dipotong untuk pinjaman", statement.applied_to_loans), width=width,
                            header=("Pinjaman", "Jumlah")), Spacer(1, 6),
                key_value_table([("Dibayarkan kepada anggota", statement.paid_out),
                                 ("Sisa pinjaman yang masih terutang", statement.loan_left)], width=width)]

    return build_document(path, story, letterhead=office_letterhead(), title="Penyelesaian anggota keluar",
                          printed_by=printed_by)


def write_tax_slips_pdf(slips, path: str | Path) -> Path:
    """The month's withholding slips (bukti potong PPh final jasa simpanan), issued even at 0 %."""
    from reports.base import Column, Kind, ReportTable
    from reports.pdf import write_pdf
    from reports.quote_pdf import office_letterhead

    table = ReportTable("Bukti Potong PPh Final Jasa Simpanan Anggota",
                        (Column("slip_no", "No. Bukti Potong", width=24), Column("member_no", "No. Anggota", width=12),
                         Column("name", "Nama", width=28), Column("gross", "Jasa Bruto", Kind.MONEY),
                         Column("rate", "Tarif", Kind.PERCENT), Column("tax", "PPh Dipotong", Kind.MONEY)),
                        [{"slip_no": s.slip_no, "member_no": s.member_no, "name": s.name, "gross": s.gross,
                          "rate": s.rate_pct, "tax": s.tax} for s in slips],
                        subtitle="PP 15/2009; PMK 112/PMK.03/2010 (0% s.d. Rp 240.000 sebulan, di atasnya 10%)")
    return write_pdf(table, path, letterhead=office_letterhead())


# ------------------------------------------------------------------------------------------------ RAT pack
def write_rat_pack(year: int, path: str | Path, *, printed_by: str | None = None) -> Path:
    """The RAT pack of ``year`` to ``.xlsx`` (one sheet per statement) or ``.pdf`` (one page per statement)."""
    from reports.quote_pdf import office_letterhead
    from reports.savings_reports import rat_pack

    path = Path(path)
    tables = rat_pack(year)
    if path.suffix.lower() == ".xlsx":
        from reports.xlsx import write_xlsx

        return write_xlsx(tables, path, letterhead=office_letterhead())
    from reports.pdf import write_pdf

    return write_pdf(tables, path, letterhead=office_letterhead(), printed_by=printed_by,
                     footer_note=f"Laporan pertanggungjawaban pengurus — RAT tahun buku {year}")


def write_shu_xlsx(year: int, path: str | Path) -> Path:
    """The per-member SHU table (and the split) to Excel."""
    from reports.quote_pdf import office_letterhead
    from reports.savings_reports import shu_tables
    from reports.xlsx import write_xlsx

    return write_xlsx(shu_tables(year), path, letterhead=office_letterhead())
