"""The printed quote and the printed schedule.

:func:`write_quote_pdf` prints one A4 page in the spirit of OJK's RIPLAY (Ringkasan Informasi Produk dan
Layanan): the product, every cost (admin, provision, insurance, fiducia), the flat rate beside its effective
rate, the late-fee and early-payoff rules, and the simulation table, so a customer can lay two offers side by
side and compare them honestly.  :func:`write_schedule_pdf` prints the full schedule of one tenor with column
totals and a subtotal per year.

Data first (CONVENTIONS habit 9): :func:`quote_report_table` and :func:`schedule_report_table` return plain
:class:`~reports.base.ReportTable` rows that tests check before any PDF is drawn; the layout uses the house
helpers of ``reports/pdf.py`` (letterhead, footer, styles).  No Qt; reportlab is imported when printing.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from models.core.money import SEN
from models.products.loanmath import Method, Schedule
from models.products.products import (
    KIND_LABELS,
    VEHICLE_LABELS,
    early_payoff_rule_text,
    late_fee_rule_text,
    pct_text,
)
from models.products.quote import Quote, method_text, period_text
from reports.base import Column, Kind, Letterhead, ReportTable, sum_column
from reports.letterhead import office_letterhead  # noqa: F401 - the one letterhead, re-exported here
from reports.pdf import markup

__all__ = ["quote_report_table", "schedule_report_table", "write_quote_pdf", "write_schedule_pdf",
           "office_letterhead", "quote_command"]

_CM = 28.3465
ALLOCATION_LABELS = {"fee": "denda dan biaya", "interest": "bunga", "principal": "pokok"}


def quote_report_table(quote: Quote) -> ReportTable:
    """The simulation as rows: one per tenor."""
    unit = period_text(quote.terms)
    # Amounts print without "Rp" (the caption says so): nine columns must fit a portrait A4 page.  Quote
    # amounts are whole rupiah (OTR and DP are typed without sen, installments rounded to Rp 100).
    columns = [
        Column("tenor", f"Tenor ({unit})", Kind.INT),
        Column("financed", "Pokok dibiayai (Rp)", Kind.INT),
        *([Column("insurance", "Asuransi (Rp)", Kind.INT)] if quote.terms.insurance_rate_pct else []),
        Column("installment", f"Angsuran per {unit} (Rp)", Kind.INT),
        Column("total", "Total angsuran (Rp)", Kind.INT),
        Column("interest", "Total bunga (Rp)", Kind.INT),
        Column("effective", "Bunga efektif per tahun", Kind.PERCENT),
        Column("cost_rate", "Efektif termasuk biaya", Kind.PERCENT),
        Column("first", "Pembayaran pertama (Rp)", Kind.INT),
    ]
    rows = [{"tenor": r.tenor, "financed": r.amount_financed, "insurance": r.insurance, "installment": r.installment,
             "total": r.total_payable, "interest": r.total_interest, "effective": r.effective_rate.quantize(SEN),
             "cost_rate": r.cost_rate.quantize(SEN), "first": r.first_payment} for r in quote.rows]
    return ReportTable("Simulasi angsuran", columns, rows)


def schedule_report_table(schedule: Schedule, title: str = "Jadwal Angsuran", subtitle: str = "",
                          meta=()) -> ReportTable:
    """A schedule as rows grouped by the year of the due date, with column totals."""
    columns = [
        Column("no", "Ke", Kind.INT, width=4),
        Column("due", "Jatuh tempo", Kind.DATE),
        Column("installment", "Angsuran", Kind.MONEY),
        Column("principal", "Pokok", Kind.MONEY),
        Column("interest", "Bunga", Kind.MONEY),
        Column("balance", "Sisa pokok", Kind.MONEY),
    ]
    rows = [{"no": r.no, "due": r.due_date, "installment": r.installment, "principal": r.principal,
             "interest": r.interest, "balance": r.balance, "_group": r.due_date.year} for r in schedule.rows]
    totals = {k: sum_column(rows, k) for k in ("installment", "principal", "interest")}
    return ReportTable(title, columns, rows, totals=totals, subtitle=subtitle, meta=meta, subtotals=True)


def _terms_pairs(quote: Quote) -> list[tuple[str, str]]:
    t = quote.terms
    unit = period_text(t)
    rate = f"{pct_text(quote.annual_rate)} % per tahun ({method_text(t)})"
    if t.method == Method.FLAT.value and t.frequency == "monthly":
        rate += f" = {pct_text(quote.annual_rate / 12)} % per bulan"
    eff = sorted(r.effective_rate.quantize(SEN) for r in quote.rows)
    eff_text = f"{pct_text(eff[0])} %" if eff[0] == eff[-1] else f"{pct_text(eff[0])} % – {pct_text(eff[-1])} %"
    pairs = [("Produk", f"{t.name} ({t.code}) - {KIND_LABELS.get(t.kind, t.kind)}"),
             ("Suku bunga", rate),
             ("Bunga efektif", f"{eff_text} per tahun (tenor {quote.rows[0].tenor}"
                               + (f"–{quote.rows[-1].tenor}" if len(quote.rows) > 1 else "") + f" {unit})")]
    if quote.is_vehicle:
        vehicle = VEHICLE_LABELS.get(quote.vehicle_type, "")
        pairs += [("Harga OTR", f"Rp {_amount(quote.otr)} ({vehicle})"),
                  ("Uang muka (DP)", f"Rp {_amount(quote.dp)} ({pct_text(quote.dp_pct)} % dari OTR)"),
                  ("DP minimum", quote.dp_rule[len("DP minimum "):])]
    else:
        pairs.append(("Plafon pinjaman", f"Rp {_amount(quote.otr - quote.dp)}"))
    pairs.append(("Tanggal simulasi", quote.start.strftime("%d/%m/%Y")))
    return pairs


def _amount(value) -> str:
    from models.core.money import format_amount

    return format_amount(value)


def _cost_rows(quote: Quote) -> list[tuple[str, object]]:
    t = quote.terms
    first = quote.rows[0]
    same = lambda attr: len({getattr(r, attr) for r in quote.rows}) == 1  # noqa: E731
    rows: list[tuple[str, object]] = [("Biaya administrasi (dibayar di muka)", first.admin_fee)]
    if t.provision_pct:
        label = f"Provisi {pct_text(t.provision_pct)} % dari pokok dibiayai (dibayar di muka)"
        rows.append((label, first.provision if same("provision") else "lihat per tenor"))
    if t.fiducia_fee:
        rows.append(("Biaya jaminan fidusia (dibayar di muka)", first.fiducia_fee))
    if t.insurance_rate_pct:
        how = "ditambahkan ke pokok dibiayai" if t.insurance_financed else "dibayar di muka"
        label = (f"Asuransi {pct_text(t.insurance_rate_pct)} % per tahun dari "
                 f"{'harga OTR' if quote.is_vehicle else 'plafon'}, {how}")
        rows.append((label, first.insurance if same("insurance") else "lihat tabel simulasi"))
    return rows


def _rules(quote: Quote) -> list[str]:
    t = quote.terms
    order = " → ".join(ALLOCATION_LABELS.get(p, p) for p in t.allocation_order.split(","))
    return [
        f"<b>Denda keterlambatan:</b> {markup(late_fee_rule_text(t))}.",
        f"<b>Pelunasan dipercepat:</b> {markup(early_payoff_rule_text(t))}.",
        f"<b>Urutan pembayaran:</b> {markup(order)}, angsuran tertua lebih dahulu.",
        "<b>Bunga efektif</b> dihitung dari arus angsuran terhadap pokok dibiayai; kolom <i>termasuk biaya</i> "
        "juga memperhitungkan biaya administrasi, provisi dan fidusia yang dibayar di muka.",
    ]


def write_quote_pdf(quote: Quote, path: str | Path, *, letterhead: Letterhead | None = None,
                    printed_by: str | None = None, customer: str = "",
                    printed_at: dt.datetime | None = None) -> Path:
    """Print the quote on one A4 page.

    Args:
        quote: the simulation (``models.products.quote.make_quote``).
        path: the PDF to write.
        letterhead: the office block (see :func:`office_letterhead`).
        printed_by: the officer named in the footer.
        customer: the prospective customer's name, if known.
        printed_at: the footer's time (tests pass a fixed one).
    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    from reportlab.platypus import Paragraph, Spacer

    from reports.pdf import build_document, key_value_table, money_table, report_flowables, styles

    st = styles()

    def story(width: float) -> list:
        out = [Paragraph("RINGKASAN PRODUK DAN SIMULASI KREDIT", st["title"]),
               Paragraph(markup(f"{quote.terms.name} - simulasi, bukan penawaran yang mengikat"), st["subtitle"])]
        pairs = _terms_pairs(quote)
        if customer:
            pairs.insert(0, ("Calon nasabah", customer))
        out.append(key_value_table(pairs, width, label_width=3.6 * _CM))
        out.append(Paragraph("Biaya", st["heading"]))
        out.append(money_table(_cost_rows(quote), width=width, header=("Uraian", "Jumlah")))
        out.append(Spacer(1, 4))
        table_part = report_flowables(quote_report_table(quote), width)
        table_part[0] = Paragraph("Simulasi angsuran", st["heading"])
        out += table_part
        out.append(Paragraph(markup("Pembayaran pertama = uang muka + biaya yang dibayar di muka. Angsuran "
                                    "dibulatkan; angsuran terakhir menyesuaikan selisih pembulatan."), st["note"]))
        out.append(Paragraph("Ketentuan", st["heading"]))
        out += [Paragraph(text, st["small"]) for text in _rules(quote)]
        out.append(Spacer(1, 8))
        out.append(Paragraph(markup("Bandingkan penawaran dengan melihat bunga efektif dan total yang dibayar, "
                                    "bukan hanya besar angsuran. Angka akhir mengikuti perjanjian kredit."),
                             st["note"]))
        return out

    return build_document(path, story, letterhead, title=f"Simulasi {quote.terms.name}", printed_by=printed_by,
                          printed_at=printed_at)


def write_schedule_pdf(schedule: Schedule, path: str | Path, *, product_name: str = "",
                       letterhead: Letterhead | None = None, printed_by: str | None = None,
                       printed_at: dt.datetime | None = None) -> Path:
    """Print a schedule with column totals and a subtotal per year."""
    from reports.pdf import write_pdf

    unit = {"monthly": "bulan"}.get(schedule.frequency.value, schedule.frequency.value)
    meta = (("Pokok dibiayai", f"Rp {_amount(schedule.principal)}"),
            ("Suku bunga", f"{pct_text(schedule.annual_rate)} % per tahun "
                           f"({method_text_of(schedule)}); efektif "
                           f"{pct_text(schedule.effective_annual_rate.quantize(SEN))} % per tahun"
                           + (f" termasuk biaya di muka Rp {_amount(schedule.upfront_costs)}"
                              if schedule.upfront_costs else "")),
            ("Tenor", f"{schedule.tenor} {unit}"),
            ("Angsuran", f"Rp {_amount(schedule.installment)}"))
    subtitle = product_name
    table = schedule_report_table(schedule, subtitle=subtitle, meta=meta)
    return write_pdf(table, path, letterhead, printed_by=printed_by, printed_at=printed_at)


def method_text_of(schedule: Schedule) -> str:
    from models.products.loanmath import METHOD_LABELS

    return METHOD_LABELS[schedule.method]


def quote_command(args) -> int:
    """``main.py print quote --product KM --otr 25000000 --dp 20% --vehicle two_wheel --tenors 12,24,36
    --out FILE.pdf``: print a quote from the command line.

    ``--dp`` ending in ``%`` is a percentage of the OTR, otherwise an amount.  Returns 0, or 2 after a
    one-line error.
    """
    import sys

    from models.core.errors import DomainError
    from models.core.money import D, MoneyError, parse_rupiah
    from models.products.products import get_product
    from models.products.quote import STANDARD_TENORS, make_quote

    try:
        product = get_product(getattr(args, "product", None) or "")
        otr = parse_rupiah(str(getattr(args, "otr", "") or ""))
        dp_text = str(getattr(args, "dp", "") or "0").strip()
        kwargs = {}
        if dp_text.endswith("%"):
            kwargs["dp_pct"] = D(dp_text[:-1].strip().replace(",", "."))
        else:
            kwargs["dp"] = parse_rupiah(dp_text)
        tenors_text = getattr(args, "tenors", None)
        tenors = tuple(int(x) for x in tenors_text.split(",")) if tenors_text else STANDARD_TENORS
        quote = make_quote(product, otr, vehicle_type=getattr(args, "vehicle", None), tenors=tenors, **kwargs)
        write_quote_pdf(quote, args.out, letterhead=office_letterhead())
    except (DomainError, MoneyError, ValueError) as exc:
        print(f"error: {getattr(exc, 'message', None) or exc}", file=sys.stderr)
        return 2
    print(args.out)
    return 0
