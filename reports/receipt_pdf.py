"""The receipt (kwitansi) handed to the customer for a payment.

Data first: :func:`receipt_data` returns the plain facts of one receipt (number, amount in figures and in
words, what the money paid, waived late fees, the balance left, stamp duty, the cashier);
:func:`write_receipt_pdf` lays them out on the paper the office chose (:mod:`models.cashier.documents`: A4, half A4,
A5 or continuous form) with the office letterhead.

* The first print is the original; every later print says **SALINAN** (copy).
* A reversed payment's receipt says **DIBATALKAN — TIDAK BERLAKU LAGI**; its number stays in the gap-free
  sequence, so an auditor can account for every receipt.
* A receipt over Rp 5.000.000 carries the Rp 10.000 stamp duty (UU 10/2020 Art. 3(2)(g), Art. 5): a box where
  the meterai tempel is stuck and signed across, or the printed mark "Bea Meterai Lunas" where the office pays
  it by another route; who bears it comes from the loan's product.
* A late fee waived with the payment is shown (it is not money received, so it does not add to the total).
* An installment receipt lists each installment paid; on small paper the lines of one installment are merged.
  A payoff receipt is summarised by kind (principal, interest, late fees, penalty, interest forgiven) and says
  the loan is settled and, for a vehicle loan, that the BPKB can be collected.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from models.cashier.documents import BEARERS, STAMP_DUTY_AMOUNT, needs_stamp_duty, receipt_settings
from models.core.money import ZERO, format_rupiah
from reports.pdf import markup
from reports.terbilang import terbilang

_CM = 28.3465
_MM = _CM / 10
#: paper → (width, height) in points
PAPER_SIZES = {"a4": (210 * _MM, 297 * _MM), "half_a4": (210 * _MM, 148.5 * _MM), "a5": (148 * _MM, 210 * _MM),
               "continuous": (241.3 * _MM, 139.7 * _MM)}
_KIND_ORDER = ("principal", "interest", "fee", "penalty")
_KIND_LABELS = {"principal": "Pokok pinjaman", "interest": "Bunga", "fee": "Denda keterlambatan",
                "penalty": "Penalti pelunasan dipercepat"}


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
    lines: tuple  # (label, amount): what the money paid; they add up to ``amount``
    outstanding_after: Decimal
    advance: Decimal
    cashier: str
    status: str
    reason: str
    kind: str
    booked_on: dt.date | None = None  # when the office recorded it, if later than the value date (``date``)
    waived: tuple = ()          # (label, amount): late fees forgiven with this payment (not money received)
    interest_forgiven: Decimal = ZERO   # payoff: interest not yet due that the customer no longer owes
    stamp_duty: bool = False    # the receipt needs the Rp 10.000 bea meterai
    stamp_bearer: str = "customer"
    has_bpkb: bool = False      # a vehicle loan whose BPKB the office holds
    per_installment: tuple = ()  # (installment no, amount) merged per installment (small paper)


def receipt_data(payment) -> ReceiptData:
    """The facts printed on ``payment``'s receipt (one query per table, no per-line queries)."""
    from models.cashier.payments import METHOD_LABELS, PART_LABELS, LateFeeWaiver, PaymentAllocation
    from models.credit.collateral import Collateral
    from models.loans.loans import Installment, Loan

    loan = Loan.get_by_id(payment.loan_id)
    nos = {i: n for i, n in Installment.select(Installment.id, Installment.no)
           .where(Installment.loan == loan.id).tuples()}
    lines, by_kind, per_inst = [], {}, {}
    forgiven = ZERO
    for alloc in PaymentAllocation.select().where(PaymentAllocation.payment == payment.id) \
            .order_by(PaymentAllocation.id):
        if alloc.part == "interest_waived":
            forgiven += alloc.amount
            continue
        if alloc.part == "advance":
            label = "Titipan (kelebihan bayar)" if alloc.amount > 0 else "Titipan sebelumnya dipakai"
            lines.append((label, alloc.amount))
            by_kind["advance"] = by_kind.get("advance", ZERO) + alloc.amount
            continue
        by_kind[alloc.part] = by_kind.get(alloc.part, ZERO) + alloc.amount
        if alloc.installment_id is not None:
            no = nos.get(alloc.installment_id, 0)
            per_inst[no] = per_inst.get(no, ZERO) + alloc.amount
            lines.append((f"Angsuran ke-{no or '?'} — {PART_LABELS[alloc.part]}", alloc.amount))
        else:
            lines.append((PART_LABELS.get(alloc.part, alloc.part), alloc.amount))
    if payment.kind == "payoff":
        # A payoff may touch every remaining installment: one line per kind reads better and fits the paper.
        lines = [(_KIND_LABELS[k], by_kind[k]) for k in _KIND_ORDER if by_kind.get(k)]
        if by_kind.get("advance"):
            lines.append(("Titipan (kelebihan bayar)" if by_kind["advance"] > 0 else "Titipan sebelumnya dipakai",
                          by_kind["advance"]))
    waived = tuple((f"Denda angsuran ke-{nos.get(w.installment_id, '?')} dihapuskan"
                    + (f" ({w.reason})" if w.reason else ""), w.amount)
                   for w in LateFeeWaiver.select().where(LateFeeWaiver.payment == payment.id)
                   .order_by(LateFeeWaiver.id))
    has_bpkb = Collateral.select().where((Collateral.loan_id == loan.id) & (Collateral.kind == "bpkb")
                                         & (Collateral.status != "void")).exists()
    # The names and balances as they were when the receipt was issued (issue 13, item 10), never today's data;
    # receipts posted before the facts were stored fall back to the rows.
    from models.cashier.receipt_facts import stored_facts
    from models.core.money import D

    facts = stored_facts(payment) or {}
    booked = payment.booked_on if payment.booked_on and payment.booked_on != payment.date else None
    # Simpanan wajib collected with the installment shares this receipt (models.savings.savings.collect_with_installment).
    from models.savings.savings import SavingsTransaction

    amount = payment.amount
    for _account, saved in (SavingsTransaction.select(SavingsTransaction.account, SavingsTransaction.amount)
                          .where((SavingsTransaction.payment_id == payment.id)
                                 & (SavingsTransaction.kind == "deposit")).tuples()):
        lines.append(("Simpanan wajib", saved))
        amount += saved
    return ReceiptData(
        receipt_no=payment.receipt_no, date=payment.date, amount=amount,
        words=terbilang(amount, capitalize=True), customer=facts.get("customer") or loan.customer.full_name,
        contract_no=facts.get("contract_no") or loan.contract_no,
        method=METHOD_LABELS.get(payment.method, payment.method), reference=payment.reference, lines=tuple(lines),
        outstanding_after=D(facts["outstanding_after"]) if "outstanding_after" in facts else payment.outstanding_after,
        advance=D(facts["advance_after"]) if "advance_after" in facts else loan.advance_balance,
        cashier=facts.get("cashier") or payment.cashier.full_name, status=payment.status, booked_on=booked,
        reason=payment.reason, kind=payment.kind, waived=waived, interest_forgiven=forgiven,
        stamp_duty=needs_stamp_duty(payment.amount), stamp_bearer=loan.product.stamp_duty_bearer,
        has_bpkb=has_bpkb,
        per_installment=tuple(sorted(per_inst.items())))


def _lines_for_paper(data: ReceiptData, small: bool) -> list[tuple[str, Decimal]]:
    """On small paper an installment's principal, interest and fee lines merge into one line."""
    if not small or data.kind == "payoff" or len(data.lines) <= 4:
        return list(data.lines)
    merged = [(f"Angsuran ke-{no}" if no else "Angsuran", amount) for no, amount in data.per_installment]
    merged += [(label, amount) for label, amount in data.lines if label.startswith(("Titipan", "Penalti"))]
    return merged


def receipt_story(data: ReceiptData, width: float, *, paper: str = "half_a4", stamp_mode: str = "box",
                  stamp_permit: str = "", is_copy: bool = False) -> list:
    """The flowables of one receipt: usable alone (one PDF) or repeated (a batch of receipts)."""
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    from reports.pdf import FONT, FONT_BOLD, _grey, key_value_table, money_table, styles

    st = styles()
    small = paper != "a4"
    gap = 3 if small else 6
    # Postings that moved no money are vouchers, not receipts (issue 13): an advance applied on a due date, a
    # sen residue settled by a rounding adjustment.
    title = {"payoff": "KWITANSI PELUNASAN", "advance": "BUKTI PEMAKAIAN TITIPAN",
             "rounding": "BUKTI PENYESUAIAN PEMBULATAN"}.get(data.kind, "KWITANSI PEMBAYARAN ANGSURAN")
    if width < 14 * _CM:   # A5 portrait: the title and the number each get the full width
        head = Table([[Paragraph(f"<b>{title}</b>", st["title"])],
                      [Paragraph(f"<b>No. {markup(data.receipt_no)}</b>", st["heading"])]], colWidths=[width])
    else:
        head = Table([[Paragraph(f"<b>{title}</b>", st["title"]),
                       Paragraph(f"<b>No. {markup(data.receipt_no)}</b>", st["heading"])]],
                     colWidths=[width * 0.58, width * 0.42])
    head.setStyle(TableStyle([("ALIGN", (1, 0), (1, 0), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                              ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    out = [head]
    if data.status == "reversed":
        out.append(Paragraph("<font color='#b00020' size='13'><b>DIBATALKAN — KWITANSI INI TIDAK BERLAKU "
                             "LAGI</b></font>", st["heading"]))
        if data.reason:
            out.append(Paragraph(markup(f"Alasan pembatalan: {data.reason}"), st["note"]))
    if is_copy:
        out.append(Paragraph("<font color='#b00020' size='12'><b>SALINAN</b></font>", st["heading"]))
    out.append(Spacer(1, gap))

    info = key_value_table([
        *((("Tanggal valuta", data.date), ("Tanggal pembukuan", data.booked_on)) if data.booked_on
          else (("Tanggal", data.date),)),
        ("Telah terima dari", data.customer), ("No. kontrak", data.contract_no),
        ("Cara bayar", data.method + (f" ({data.reference})" if data.reference else "")),
    ], width=width * 0.56, label_width=2.8 * _CM)
    amount_box = Table([[Paragraph("Uang sejumlah", st["small"])],
                        [Paragraph(f"<b>{markup(format_rupiah(data.amount))}</b>", st["title"])]],
                       colWidths=[width * 0.40])
    amount_box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, _grey(0)),
                                    ("BACKGROUND", (0, 0), (-1, -1), _grey(0.94)),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 2),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    top = Table([[info, amount_box]], colWidths=[width * 0.58, width * 0.42])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    out.append(top)
    out.append(Spacer(1, gap / 2))
    out.append(Paragraph(f"<i>Terbilang: {markup(data.words)}</i>", st["normal"]))
    out.append(Spacer(1, gap))
    out.append(money_table(_lines_for_paper(data, small), total=("Jumlah diterima", data.amount), width=width,
                           header=("Untuk pembayaran", "Jumlah")))
    notes = []
    for label, amount in data.waived:
        notes.append(f"{label}: {format_rupiah(amount)} (tidak dibayar, dihapus atas persetujuan)")
    if data.interest_forgiven:
        notes.append(f"Bunga yang belum jatuh tempo dibebaskan: {format_rupiah(data.interest_forgiven)}")
    for note in notes:
        out.append(Paragraph(markup(note), st["small"]))
    out.append(Spacer(1, gap))
    balance = [("Sisa pokok pinjaman", data.outstanding_after)]
    if data.advance:
        balance.append(("Titipan tersimpan", data.advance))
    out.append(key_value_table(balance, width=width, label_width=4.2 * _CM))
    if data.kind == "payoff" and data.status != "reversed":
        text = "<b>PINJAMAN TELAH LUNAS.</b> Seluruh kewajiban atas kontrak ini telah diselesaikan."
        if data.has_bpkb:
            text += (" <b>BPKB dapat diambil</b> di kantor kami dengan membawa kwitansi ini dan KTP asli "
                     "pemilik kendaraan.")
        box = Table([[Paragraph(text, st["normal"])]], colWidths=[width])
        box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, _grey(0)), ("LEFTPADDING", (0, 0), (-1, -1), 5),
                                 ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        out += [Spacer(1, gap), box]
    out.append(Spacer(1, gap * 2))

    # Signatures: the payer left; the cashier right, with the stamp duty where the receipt needs one (the
    # meterai is stuck where the receiving party signs, so it goes beside the cashier's name).
    stamp = ""
    if data.stamp_duty:
        bearer = BEARERS.get(data.stamp_bearer, data.stamp_bearer).lower()
        if stamp_mode == "lunas":
            stamp = Paragraph(f"<b>BEA METERAI LUNAS</b><br/><font size='6'>"
                              f"{markup(stamp_permit) + '<br/>' if stamp_permit else ''}"
                              f"Rp {format_rupiah(STAMP_DUTY_AMOUNT)[3:]} ditanggung {bearer}</font>", st["small"])
        else:
            stamp = Paragraph("<font size='6.5'>METERAI<br/>Rp 10.000</font>", st["small"])
    sign_h = 30 if small else 44
    sign = Table([["Penyetor,", "", "Kasir,"],
                  ["", stamp, ""],
                  ["( " + "." * 40 + " )", "", f"( {data.cashier} )"]],
                 colWidths=[width * 0.42, width * 0.18, width * 0.40], rowHeights=[11, sign_h, 11])
    cmds = [("ALIGN", (0, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("FONT", (0, 0), (-1, -1), FONT, 8.5), ("FONT", (2, 2), (2, 2), FONT_BOLD, 8.5)]
    if data.stamp_duty:
        style = "DASH" if stamp_mode == "box" else None
        cmds.append(("BOX", (1, 1), (1, 1), 0.7, _grey(0), None, (2, 2) if style else None))
    sign.setStyle(TableStyle(cmds))
    out.append(KeepTogether([sign]))
    return out


def write_receipt_pdf(payment, path: str | Path, *, copy: bool | None = None, printed_by: str | None = None,
                      count_print: bool = True, paper: str | None = None) -> Path:
    """Print the receipt of ``payment`` to ``path`` on the office's receipt paper.

    Args:
        copy: force (or suppress) the SALINAN mark; by default every print after the first is a copy.
        count_print: record this print on the payment (the next one will then be a copy).
        paper: override the office setting (``a4``, ``half_a4``, ``a5``, ``continuous``).
    Returns:
        The PDF path.
    """

    from models.cashier.payments import record_print
    from reports.pdf import build_document
    from reports.quote_pdf import office_letterhead

    data = receipt_data(payment)
    settings = receipt_settings()
    paper = paper or settings.paper
    if paper not in PAPER_SIZES:
        raise ValueError(f"unknown receipt paper {paper!r}")
    is_copy = payment.print_count > 0 if copy is None else copy

    def story(width: float) -> list:
        return receipt_story(data, width, paper=paper, stamp_mode=settings.stamp_mode,
                             stamp_permit=settings.stamp_permit, is_copy=is_copy)

    result = build_document(path, story, letterhead=office_letterhead(), pagesize=PAPER_SIZES[paper],
                            title=f"Kwitansi {data.receipt_no}", printed_by=printed_by,
                            footer_note="Simpan kwitansi ini sebagai bukti pembayaran yang sah",
                            compact=paper != "a4")
    if count_print:
        record_print(payment)
    return result


def print_receipt_command(args) -> int:
    """``main.py --db FILE print receipt --number N --out FILE.pdf [--copy]``."""
    import sys

    from models.cashier.payments import payment_by_receipt
    from models.core.errors import DomainError

    try:
        payment = payment_by_receipt(getattr(args, "number", "") or "")
        write_receipt_pdf(payment, args.out, copy=True if getattr(args, "copy", False) else None)
    except DomainError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 2
    print(args.out)
    return 0
