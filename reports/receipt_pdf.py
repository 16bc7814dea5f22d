"""The receipt (kwitansi) handed to the customer for a payment.

Data first: :func:`receipt_data` returns the plain facts of one receipt (number, amount in figures and in
words, the allocation per installment, the balance left, the cashier); :func:`write_receipt_pdf` lays them out
on half an A4 sheet's worth of space with the office letterhead.  The first print is the original; every later
print says **SALINAN** (copy), and a reversed payment's receipt says **DIBATALKAN** — the number stays in its
gap-free sequence either way, so an auditor can account for every receipt book page.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from models.money import ZERO, format_rupiah
from reports.terbilang import terbilang

_CM = 28.3465


@dataclass(frozen=True)
class ReceiptData:
    receipt_no: str
    date: dt.date
    amount: Decimal
    words: str
    customer: str
    contract_no: str
    method: str
    reference: str
    lines: tuple  # (label, amount)
    outstanding_after: Decimal
    advance: Decimal
    cashier: str
    status: str
    reason: str
    kind: str
    booked_on: dt.date | None = None  # when the office recorded it, if later than the value date (``date``)


def receipt_data(payment) -> ReceiptData:
    """The facts printed on ``payment``'s receipt (one query per table, no per-line queries)."""
    from models.loans import Installment, Loan
    from models.payments import METHOD_LABELS, PART_LABELS, PaymentAllocation

    loan = Loan.get_by_id(payment.loan_id)
    nos = {i: n for i, n in Installment.select(Installment.id, Installment.no)
           .where(Installment.loan == loan.id).tuples()}
    lines, advance_total = [], ZERO
    for alloc in PaymentAllocation.select().where(PaymentAllocation.payment == payment.id) \
            .order_by(PaymentAllocation.id):
        if alloc.part == "advance":
            advance_total += alloc.amount
            label = "Titipan (kelebihan bayar)" if alloc.amount > 0 else "Titipan sebelumnya dipakai"
            lines.append((label, alloc.amount))
        elif alloc.part == "interest_waived":
            continue
        elif alloc.installment_id is not None:
            lines.append((f"Angsuran ke-{nos.get(alloc.installment_id, '?')} — {PART_LABELS[alloc.part]}",
                          alloc.amount))
        else:
            lines.append((PART_LABELS.get(alloc.part, alloc.part), alloc.amount))
    # The names and balances as they were when the receipt was issued (issue 13, item 10), never today's data;
    # receipts posted before the facts were stored fall back to the rows.
    from models.money import D
    from models.receipt_facts import stored_facts

    facts = stored_facts(payment) or {}
    booked = payment.booked_on if payment.booked_on and payment.booked_on != payment.date else None
    return ReceiptData(
        receipt_no=payment.receipt_no, date=payment.date, amount=payment.amount,
        words=terbilang(payment.amount, capitalize=True), customer=facts.get("customer") or loan.customer.full_name,
        contract_no=facts.get("contract_no") or loan.contract_no,
        method=METHOD_LABELS.get(payment.method, payment.method), reference=payment.reference, lines=tuple(lines),
        outstanding_after=D(facts["outstanding_after"]) if "outstanding_after" in facts else payment.outstanding_after,
        advance=D(facts["advance_after"]) if "advance_after" in facts else loan.advance_balance,
        cashier=facts.get("cashier") or payment.cashier.full_name, status=payment.status, reason=payment.reason,
        kind=payment.kind, booked_on=booked)


def write_receipt_pdf(payment, path: str | Path, *, copy: bool | None = None, printed_by: str | None = None,
                      count_print: bool = True) -> Path:
    """Print the receipt of ``payment`` to ``path``.

    Args:
        copy: force (or suppress) the SALINAN mark; by default every print after the first is a copy.
        count_print: record this print on the payment (the next one will then be a copy).
    Returns:
        The PDF path.
    """
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    from models.payments import record_print
    from reports.pdf import build_document, key_value_table, money_table, styles
    from reports.quote_pdf import office_letterhead

    data = receipt_data(payment)
    is_copy = payment.print_count > 0 if copy is None else copy
    st = styles()
    marks = []
    if data.status == "reversed":
        marks.append("DIBATALKAN")
    if is_copy:
        marks.append("SALINAN")

    def story(width: float) -> list:
        # Postings that moved no money are vouchers, not receipts (issue 13): an advance applied on a due date, a
        # sen residue settled by a rounding adjustment.
        title = {"payoff": "KWITANSI PELUNASAN", "advance": "BUKTI PEMAKAIAN TITIPAN",
                 "rounding": "BUKTI PENYESUAIAN PEMBULATAN"}.get(data.kind, "KWITANSI PEMBAYARAN ANGSURAN")
        head = Table([[Paragraph(f"<b>{title}</b>", st["title"]),
                       Paragraph(f"<b>No. {escape(data.receipt_no)}</b>", st["heading"])]],
                     colWidths=[width * 0.6, width * 0.4])
        head.setStyle(TableStyle([("ALIGN", (1, 0), (1, 0), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        out = [head]
        if marks:
            out.append(Paragraph(f"<font color='#b00020' size='16'><b>{' — '.join(marks)}</b></font>",
                                 st["title"]))
            if data.status == "reversed" and data.reason:
                out.append(Paragraph(escape(f"Alasan pembatalan: {data.reason}"), st["note"]))
        out.append(Spacer(1, 6))
        out.append(key_value_table([
            *((("Tanggal valuta", data.date), ("Tanggal pembukuan", data.booked_on)) if data.booked_on
              else (("Tanggal", data.date),)),
            ("Telah terima dari", data.customer), ("No. kontrak", data.contract_no),
            ("Cara bayar", data.method + (f" ({data.reference})" if data.reference else "")),
        ], width=width))
        out.append(Spacer(1, 6))
        out.append(Paragraph(f"<b>Uang sejumlah {escape(format_rupiah(data.amount))}</b>", st["heading"]))
        out.append(Paragraph(f"<i>Terbilang: {escape(data.words)}</i>", st["normal"]))
        out.append(Spacer(1, 8))
        out.append(money_table(list(data.lines), total=("Jumlah diterima", data.amount), width=width,
                               header=("Untuk pembayaran", "Jumlah")))
        out.append(Spacer(1, 8))
        out.append(key_value_table([("Sisa pokok pinjaman", data.outstanding_after),
                                    ("Titipan tersimpan", data.advance)], width=width, label_width=4.5 * _CM))
        out.append(Spacer(1, 24))
        sign = Table([["Penyetor,", "Kasir,"], ["", ""], ["(" + " " * 30 + ")", f"( {data.cashier} )"]],
                     colWidths=[width / 2, width / 2], rowHeights=[12, 36, 12])
        sign.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER"), ("FONT", (0, 0), (-1, -1), "Helvetica", 9)]))
        out.append(sign)
        return out

    result = build_document(path, story, letterhead=office_letterhead(), title=f"Kwitansi {data.receipt_no}",
                            printed_by=printed_by, footer_note="Simpan kwitansi ini sebagai bukti pembayaran yang sah")
    if count_print:
        record_print(payment)
    return result


def print_receipt_command(args) -> int:
    """``main.py --db FILE print receipt --number N --out FILE.pdf [--copy]``."""
    import sys

    from models.errors import DomainError
    from models.payments import payment_by_receipt

    try:
        payment = payment_by_receipt(getattr(args, "number", "") or "")
        write_receipt_pdf(payment, args.out, copy=True if getattr(args, "copy", False) else None)
    except DomainError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 2
    print(args.out)
    return 0
