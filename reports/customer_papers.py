"""Every paper a customer gets besides the receipt and the statement: the full financing agreement, the payoff
quote letter, the certificate of settlement (surat keterangan lunas), the BPKB hand-over receipt, and the BPKB
register.

Data first: each ``*_data`` function returns plain values the tests read; the ``write_*`` functions lay them
out with the house PDF helpers (reports/pdf.py: one letterhead, one footer, DejaVu Sans).

* **Agreement** — the clauses come from the administrator's template (:func:`models.cashier.documents.agreement_template`,
  ``{field}`` placeholders from :data:`models.cashier.documents.AGREEMENT_FIELDS`); the paper adds the title, the
  signature blocks of both parties (the debtor's with the Rp 10.000 meterai place: an agreement is a document
  subject to stamp duty, UU 10/2020 Art. 3(2)(a)), the spouse's consent and two witnesses, and the schedule.
* **Payoff quote letter** — what settles the loan on a given day (:func:`models.cashier.payments.payoff_quote`), valid
  for that day only, printable from the loan view.
* **Surat keterangan lunas** — for a closed loan: the contract is settled, on which date and receipt, and the
  BPKB can be collected.
* **BPKB hand-over receipt** — the customer signs that they received their BPKB back.
* **BPKB register** — every BPKB held, awaited, lent out or released: a :class:`~reports.base.ReportTable`.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from peewee import JOIN

from models.core.money import format_rupiah
from reports.base import Column, Kind, ReportTable
from reports.pdf import markup
from reports.signatures import signature_table

_CM = 28.3465
_DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
_MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
           "November", "Desember")


def long_date(day: dt.date) -> str:
    """``5 Januari 2026``."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _d(day) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def _city() -> str:
    from models.core.office import Branch

    branch = Branch.select().where(Branch.active == True).order_by(Branch.id).first()  # noqa: E712
    name = branch.name if branch else ""
    return name.replace("Cabang", "").strip() or name


# ------------------------------------------------------------------------------------------------ agreement
def agreement_fields(app) -> dict[str, str]:
    """The value of every template field for a contracted application (all strings, money as ``Rp …``)."""
    from models.core.office import Office
    from models.core.users import ROLE_LABELS, Role
    from models.credit.applications import get_application
    from models.products.products import pct_text
    from reports.application_pdf import contract_data
    from reports.terbilang import terbilang

    app = get_application(app)
    d = contract_data(app)
    office = Office.select().order_by(Office.id).first()
    schedule = d["schedule"]
    rows = list(getattr(schedule, "rows", []) or [])
    signer = app.decided_by if app.decided_by_id else None
    day = d["contract_date"]
    customer = app.customer
    address = ", ".join(x for x in (customer.address, customer.village, customer.district, customer.regency) if x)
    return {
        "nama_kantor": office.name if office else "", "alamat_kantor": office.address if office else "",
        "cabang": app.branch.name if getattr(app, "branch_id", None) else "", "no_kontrak": d["contract_no"],
        "tanggal_kontrak": _d(day), "hari_tanggal": f"{_DAYS[day.weekday()]}, {long_date(day)}",
        "nama_debitur": d["customer"], "nik": d["nik"], "alamat_debitur": address,
        "pekerjaan": customer.occupation or "-", "pasangan": customer.spouse_name or "",
        "produk": d["product"], "objek": d["asset"] or "-", "no_rangka": d["chassis_no"] or "-",
        "no_mesin": d["engine_no"] or "-", "no_polisi": d["plate_no"] or "-", "dealer": d["dealer"] or "-",
        "harga_otr": format_rupiah(d["otr_price"]), "uang_muka": format_rupiah(d["down_payment"]),
        "pokok": format_rupiah(d["amount_financed"]),
        "pokok_terbilang": terbilang(d["amount_financed"]).strip(),
        "biaya_admin": format_rupiah(d["admin_fee"]), "biaya_provisi": format_rupiah(d["provision"]),
        "biaya_fidusia": format_rupiah(d["fiducia_fee"]), "asuransi": format_rupiah(d["insurance"]),
        "bunga_tahunan": pct_text(d["annual_rate"]) + " %",
        "bunga_efektif": f"{d['effective_rate']:.2f}".replace(".", ",") + " %",
        "tenor": str(d["tenor"]), "angsuran": format_rupiah(d["installment"]),
        "total_angsuran": format_rupiah(d["total_payable"]),
        "jatuh_tempo_pertama": _d(rows[0].due_date) if rows else "",
        "jatuh_tempo_terakhir": _d(rows[-1].due_date) if rows else "",
        "aturan_denda": d["late_fee_rule"], "aturan_pelunasan": d["payoff_rule"], "petugas": d["officer"],
        "penandatangan_kantor": signer.full_name if signer else "",
        "jabatan_penandatangan": ROLE_LABELS.get(Role(signer.role), signer.role) if signer else "",
        "kota": _city(),
    }


def agreement_text(app, template: str | None = None) -> str:
    """The agreement's clauses: the template with every field filled in."""
    from models.cashier.documents import agreement_template

    return (template or agreement_template()).format(**agreement_fields(app))


def write_agreement_pdf(app, path: str | Path, *, printed_by: str | None = None,
                        printed_at: dt.datetime | None = None, template: str | None = None) -> Path:
    """The full financing agreement (perjanjian pembiayaan): clauses, signatures, witnesses, the schedule."""
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Paragraph, Spacer

    from models.credit.applications import get_application
    from reports.application_pdf import contract_data
    from reports.pdf import build_document, report_flowables, styles
    from reports.quote_pdf import office_letterhead, schedule_report_table

    app = get_application(app)
    fields = agreement_fields(app)
    text = agreement_text(app, template)
    st = styles()
    body = ParagraphStyle("clause", st["normal"], alignment=TA_JUSTIFY, spaceAfter=5, leading=13)

    def story(width: float) -> list:
        title = ParagraphStyle("t", st["title"], alignment=1)
        sub = ParagraphStyle("s", st["subtitle"], alignment=1)
        out = [Paragraph("PERJANJIAN PEMBIAYAAN", title),
               Paragraph(markup(f"Nomor {fields['no_kontrak']}"), sub), Spacer(1, 8)]
        for block in (b.strip() for b in text.split("\n\n")):
            if not block:
                continue
            lines = block.split("\n")
            if lines[0].startswith("Pasal"):
                out.append(CondPageBreak(3 * _CM))
                out.append(Paragraph(f"<b>{markup(lines[0])}</b>", st["heading"]))
                lines = lines[1:]
            if lines:
                out.append(Paragraph(markup(" ".join(lines)), body))
        out.append(Spacer(1, 10))
        out.append(KeepTogether([
            Paragraph(markup(f"{fields['kota']}, {long_date(contract_data(app)['contract_date'])}"), st["normal"]),
            Spacer(1, 4),
            signature_table(width, [("PIHAK PERTAMA (Kreditur)", fields["penandatangan_kantor"],
                                     fields["jabatan_penandatangan"]),
                                    ("PIHAK KEDUA (Debitur)", fields["nama_debitur"], "Debitur")], stamp_on=1),
            Spacer(1, 8),
            signature_table(width, [("Persetujuan suami/istri", fields["pasangan"], "Suami/Istri Debitur"),
                                    ("Saksi 1", "", "Saksi"), ("Saksi 2", "", "Saksi")], height=44)]))
        out.append(PageBreak())
        part = report_flowables(schedule_report_table(contract_data(app)["schedule"],
                                                      subtitle=fields["no_kontrak"]), width)
        part[0] = Paragraph("Lampiran: Jadwal Angsuran", st["heading"])
        out += part
        return out

    return build_document(path, story, office_letterhead(), title=f"Perjanjian {fields['no_kontrak']}",
                          printed_by=printed_by, printed_at=printed_at,
                          footer_note=f"Perjanjian pembiayaan {fields['no_kontrak']} - paraf para pihak: ______ / ______")


# ---------------------------------------------------------------------------------------- payoff quote letter
def payoff_letter_data(loan, date: dt.date) -> dict:
    """What the payoff quote letter says: the quote's lines and total, valid on ``date`` only."""
    from models.cashier.payments import payoff_quote
    from models.loans.loans import Loan

    loan = Loan.get_by_id(loan if isinstance(loan, int) else loan.id)
    quote = payoff_quote(loan, date)
    return {"contract_no": loan.contract_no, "customer": loan.customer.full_name,
            "address": loan.customer.address, "date": date, "lines": [(l, a) for l, a in quote.lines[:5] if a],
            "waived": quote.waived_interest, "total": quote.total, "product": loan.product.name,
            "principal": loan.principal, "status": loan.status}


def write_payoff_letter(loan, date: dt.date, path: str | Path, *, printed_by: str | None = None,
                        printed_at: dt.datetime | None = None) -> Path:
    """Surat rincian pelunasan: what the customer pays to settle the loan on ``date``."""
    from reportlab.platypus import Paragraph, Spacer

    from reports.pdf import build_document, key_value_table, money_table, styles
    from reports.quote_pdf import office_letterhead
    from reports.terbilang import terbilang

    d = payoff_letter_data(loan, date)
    st = styles()

    def story(width: float) -> list:
        return [Paragraph("RINCIAN PELUNASAN DIPERCEPAT", st["title"]),
                Paragraph(markup(f"Kontrak {d['contract_no']} - berlaku untuk pembayaran tanggal {_d(date)}"),
                          st["subtitle"]), Spacer(1, 6),
                key_value_table([("Kepada", d["customer"]), ("Alamat", d["address"]), ("Produk", d["product"]),
                                 ("Pokok awal", d["principal"])], width),
                Spacer(1, 8),
                money_table(d["lines"], total=("Jumlah untuk melunasi", d["total"]), width=width,
                            header=("Uraian", "Jumlah")),
                Paragraph(markup(f"Terbilang: {terbilang(d['total'], capitalize=True)}"), st["note"]),
                Spacer(1, 6),
                Paragraph(markup(f"Bunga angsuran yang belum berjalan sebesar {format_rupiah(d['waived'])} tidak "
                                 "ditagih bila pelunasan dibayar pada tanggal tersebut. Rincian ini hanya berlaku "
                                 "untuk tanggal di atas; pembayaran pada hari lain dihitung ulang. Setelah "
                                 "pelunasan diterima, BPKB dapat diambil di kantor kami."), st["normal"]),
                Spacer(1, 24),
                signature_table(width, [("", "", ""), ("Hormat kami,", printed_by or "", "Petugas")], height=40)]

    return build_document(path, story, office_letterhead(), title=f"Pelunasan {d['contract_no']}",
                          printed_by=printed_by, printed_at=printed_at)


# ------------------------------------------------------------------------------ certificate of settlement
def settlement_data(loan) -> dict:
    """The facts of a settled loan: closing date, the last receipt, the BPKB.

    Raises:
        DomainError: the loan is not settled (a certificate of settlement for an open loan is never printed).
    """
    from models.cashier.payments import Payment
    from models.core.errors import DomainError
    from models.credit.collateral import Collateral
    from models.loans.loans import STATUS_LABELS, Loan

    loan = Loan.get_by_id(loan if isinstance(loan, int) else loan.id)
    if loan.status not in ("paid_off", "settled_early"):
        raise DomainError(f"pinjaman {loan.contract_no} belum lunas: surat keterangan lunas tidak dapat dicetak")
    last = (Payment.select().where((Payment.loan == loan.id) & (Payment.status == "posted"))
            .order_by(Payment.id.desc()).first())
    bpkb = Collateral.get_or_none((Collateral.loan_id == loan.id) & (Collateral.status != "void"))
    return {"contract_no": loan.contract_no, "customer": loan.customer.full_name, "nik": loan.customer.nik,
            "address": loan.customer.address, "product": loan.product.name, "principal": loan.principal,
            "disbursed_on": loan.disbursed_on, "closed_on": loan.closed_on,
            "status": STATUS_LABELS.get(loan.status, loan.status),
            "last_receipt": last.receipt_no if last else "", "total_paid": loan.principal_paid + loan.interest_paid
            + loan.late_fee_paid, "bpkb": bpkb}


def write_settlement_letter(loan, path: str | Path, *, number: str = "", printed_by: str | None = None,
                            printed_at: dt.datetime | None = None, signer: str = "", signer_role: str = "") -> Path:
    """Surat keterangan lunas: the office states the loan is settled and the BPKB is free to be collected."""
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Spacer

    from reports.pdf import build_document, key_value_table, styles
    from reports.quote_pdf import office_letterhead

    d = settlement_data(loan)
    st = styles()
    body = ParagraphStyle("b", st["normal"], alignment=TA_JUSTIFY, leading=13, spaceAfter=6)
    today = (printed_at or dt.datetime.now()).date()

    def story(width: float) -> list:
        centre = ParagraphStyle("c", st["title"], alignment=1)
        out = [Paragraph("<u>SURAT KETERANGAN LUNAS</u>", centre),
               Paragraph(markup(f"Nomor: {number or 'SKL/' + d['contract_no']}"),
                         ParagraphStyle("n", st["subtitle"], alignment=1)), Spacer(1, 10),
               Paragraph("Yang bertanda tangan di bawah ini menerangkan bahwa:", body),
               key_value_table([("Nama", d["customer"]), ("NIK", d["nik"]), ("Alamat", d["address"]),
                                ("No. kontrak", d["contract_no"]), ("Produk", d["product"]),
                                ("Pokok pinjaman", d["principal"]), ("Tanggal pencairan", d["disbursed_on"])],
                               width, label_width=4 * _CM),
               Spacer(1, 6),
               Paragraph("telah <b>MELUNASI</b> " + markup(
                   f"seluruh kewajiban atas kontrak tersebut pada tanggal {long_date(d['closed_on'])} "
                   f"({d['status'].lower()}), dengan kwitansi terakhir nomor {d['last_receipt']}. Dengan demikian "
                   f"tidak ada lagi kewajiban debitur kepada kami atas kontrak ini."), body)]
        bpkb = d["bpkb"]
        if bpkb is not None:
            out.append(Paragraph(markup(
                f"BPKB nomor {bpkb.bpkb_no or '-'} atas nama {bpkb.owner_name or d['customer']} "
                f"({bpkb.description or 'kendaraan'}, nomor polisi {bpkb.plate_no or '-'}, nomor rangka "
                f"{bpkb.chassis_no or '-'}) dapat diambil di kantor kami oleh pemilik dengan membawa surat ini "
                f"dan KTP asli, atau oleh kuasanya dengan surat kuasa bermeterai."), body))
        out.append(Paragraph("Surat keterangan ini dibuat untuk dipergunakan sebagaimana mestinya.", body))
        out.append(Spacer(1, 12))
        out.append(Paragraph(markup(f"{_city()}, {long_date(today)}"), st["normal"]))
        out.append(signature_table(width, [("", "", ""), ("Hormat kami,", signer, signer_role or "Kepala Cabang")],
                                   height=50))
        return out

    return build_document(path, story, office_letterhead(), title=f"SKL {d['contract_no']}",
                          printed_by=printed_by, printed_at=printed_at)


# ------------------------------------------------------------------------------------------------------ BPKB
def bpkb_handover_data(collateral) -> dict:
    """What the BPKB hand-over receipt lists.

    Raises:
        DomainError: the BPKB may not be released yet (the loan is open) or was never received.
    """
    from models.core.errors import DomainError
    from models.credit.collateral import Collateral
    from models.loans.loans import Loan

    row = Collateral.get_by_id(collateral if isinstance(collateral, int) else collateral.id)
    if not row.releasable and row.status != "released":
        raise DomainError("BPKB belum boleh diserahkan: pinjaman belum lunas")
    loan = Loan.get_or_none(Loan.id == row.loan_id) if row.loan_id else None
    return {"bpkb_no": row.bpkb_no, "owner": row.owner_name, "vehicle": row.description, "plate_no": row.plate_no,
            "chassis_no": row.chassis_no, "engine_no": row.engine_no, "customer": row.customer.full_name,
            "nik": row.customer.nik, "contract_no": loan.contract_no if loan else "",
            "closed_on": loan.closed_on if loan else None, "status": row.status}


def write_bpkb_handover(collateral, path: str | Path, *, handed_by: str = "", date: dt.date | None = None,
                        printed_by: str | None = None, printed_at: dt.datetime | None = None) -> Path:
    """Tanda terima penyerahan BPKB: the customer signs for their BPKB; the officer and a witness sign too."""
    from reportlab.platypus import Paragraph, Spacer

    from reports.pdf import build_document, key_value_table, styles
    from reports.quote_pdf import office_letterhead

    d = bpkb_handover_data(collateral)
    st = styles()
    day = date or dt.date.today()

    def story(width: float) -> list:
        return [Paragraph("TANDA TERIMA PENYERAHAN BPKB", st["title"]),
                Paragraph(markup(f"Kontrak {d['contract_no']} - lunas {_d(d['closed_on'])}"), st["subtitle"]),
                Spacer(1, 8),
                key_value_table([("Diserahkan kepada", d["customer"]), ("NIK", d["nik"]),
                                 ("No. BPKB", d["bpkb_no"] or "-"), ("Atas nama", d["owner"] or "-"),
                                 ("Kendaraan", d["vehicle"] or "-"), ("No. polisi", d["plate_no"] or "-"),
                                 ("No. rangka", d["chassis_no"] or "-"), ("No. mesin", d["engine_no"] or "-"),
                                 ("Tanggal penyerahan", day)], width, label_width=4 * _CM),
                Spacer(1, 8),
                Paragraph(markup("Penerima menyatakan telah menerima BPKB tersebut di atas dalam keadaan baik dan "
                                 "lengkap, beserta surat keterangan lunas dan surat pelepasan jaminan fidusia "
                                 "(roya). Dengan penyerahan ini seluruh urusan jaminan atas kontrak di atas "
                                 "selesai."), st["normal"]),
                Spacer(1, 16),
                signature_table(width, [("Yang menyerahkan", handed_by, "Petugas"),
                                        ("Saksi", "", ""), ("Yang menerima", d["customer"], "Debitur / Pemilik")])]

    return build_document(path, story, office_letterhead(), title=f"Serah terima BPKB {d['contract_no']}",
                          printed_by=printed_by, printed_at=printed_at)


def bpkb_register(status: str | None = None) -> ReportTable:
    """Register BPKB: every BPKB entry with its contract, customer, vehicle, status and location.

    Args:
        status: one of :data:`models.credit.collateral.STATUSES` to list only those; default every entry but void ones.
    """
    from models.credit.collateral import STATUSES, Collateral
    from models.customers.customers import Customer
    from models.loans.loans import Loan

    query = (Collateral.select(Collateral.bpkb_no, Collateral.owner_name, Collateral.description,
                               Collateral.plate_no, Collateral.chassis_no, Collateral.status, Collateral.location,
                               Collateral.contract_date, Collateral.fiducia_no, Loan.contract_no,
                               Customer.full_name)
             .join(Customer, on=(Collateral.customer == Customer.id))
             .switch(Collateral).join(Loan, JOIN.LEFT_OUTER, on=(Collateral.loan_id == Loan.id))
             .order_by(Collateral.contract_date, Collateral.id))
    query = query.where(Collateral.status == status) if status else query.where(Collateral.status != "void")
    rows, counts = [], {}
    for bpkb, owner, vehicle, plate, chassis, st, location, cdate, fiducia, contract, customer in query.tuples():
        rows.append({"contract": contract or "", "customer": customer, "bpkb": bpkb, "owner": owner,
                     "vehicle": vehicle, "plate": plate, "chassis": chassis, "date": cdate,
                     "fiducia": fiducia, "status": STATUSES.get(st, st), "location": location, "count": 1})
        counts[st] = counts.get(st, 0) + 1
    summary = ", ".join(f"{STATUSES.get(k, k)}: {v}" for k, v in sorted(counts.items()))
    return ReportTable(
        "Register BPKB",
        (Column("contract", "No. kontrak"), Column("customer", "Nasabah"), Column("bpkb", "No. BPKB"),
         Column("owner", "Atas nama"), Column("vehicle", "Kendaraan"), Column("plate", "No. polisi"),
         Column("chassis", "No. rangka"), Column("date", "Tgl kontrak", Kind.DATE), Column("fiducia", "No. fidusia"),
         Column("status", "Status"), Column("location", "Lokasi")),
        rows, totals={"contract": f"{len(rows)} BPKB"}, subtitle=f"Per {_d(dt.date.today())}",
        meta=(("Menurut status", summary or "-"),))


def write_bpkb_register(path: str | Path, *, status: str | None = None, printed_by: str | None = None) -> Path:
    """The BPKB register as PDF (landscape) or Excel, by the file's suffix."""
    from reports.quote_pdf import office_letterhead

    table = bpkb_register(status)
    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        from reports.xlsx import write_xlsx

        return write_xlsx(table, path, letterhead=office_letterhead())
    from reports.pdf import write_pdf

    return write_pdf(table, path, letterhead=office_letterhead(), orientation="landscape", printed_by=printed_by)
