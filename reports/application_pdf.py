"""Printed papers of a credit application: the dealer letter, the contract summary, the purchase order.

* **Dealer letter** (rejection or counter-offer): a short letter the officer hands the dealer, with the reason
  chosen from the list (written to be explainable without exposing the customer's private data), the free
  text, and for a counter-offer the terms asked beside the terms offered.  It is how the CMO keeps the dealer's
  goodwill without approving a bad order (DOMAIN.md, "buah simalakama").
* **Contract summary**: the parties, the vehicle or purpose, the money (amount financed, costs, rate flat and
  effective), the late-fee and payoff rules, and the installment schedule (the loan's own rows once disbursed,
  else the schedule from the contract date).
* **Purchase order** to the dealer for vehicle credit: what the office pays the dealer and on which conditions.

Data first (CONVENTIONS: reports are data first): :func:`letter_data`, :func:`contract_data` and
:func:`purchase_order_data` return plain dicts that the tests read; the ``write_*`` functions lay them out with
the house PDF helpers.  No Qt here.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from xml.sax.saxutils import escape

from models.core.money import format_rupiah
from models.core.users import ROLE_LABELS, Role
from models.credit.applications import (
    COUNTER_REASONS,
    REJECTION_REASONS,
    STATUS_LABELS,
    Application,
    application_schedule,
    decisions,
    get_application,
    net_disbursement,
    versions,
)
from models.products.products import KIND_LABELS, VEHICLE_LABELS, early_payoff_rule_text, late_fee_rule_text, pct_text
from reports.pdf import markup

_CM = 28.3465


def _vehicle(app: Application) -> str:
    parts = [app.asset_brand, app.asset_model, str(app.asset_year or ""), app.asset_colour]
    text = " ".join(p for p in parts if p)
    if app.vehicle_type:
        text += f" ({VEHICLE_LABELS.get(app.vehicle_type, app.vehicle_type)})"
    return text


def _terms_rows(app: Application) -> list[tuple[str, str]]:
    return [("Harga OTR", format_rupiah(app.otr_price)), ("Uang muka", format_rupiah(app.down_payment)),
            ("Tenor", f"{app.tenor} bulan"), ("Angsuran per bulan", format_rupiah(app.installment)),
            ("Pokok dibiayai", format_rupiah(app.amount_financed))]


def _date(value) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def letter_data(app: Application | int) -> dict:
    """What the dealer letter says (for a rejected or counter-offered application).

    Returns:
        ``kind`` (``reject`` or ``counter``), ``number``, ``dealer``, ``dealer_address``, ``customer``, ``asset``,
        ``submitted_on``, ``decided_on``, ``reason`` (the list text), ``note`` (free text), ``signer``,
        ``signer_role``, and for a counter-offer ``asked`` and ``offered`` (label, value) rows.
    Raises:
        ValueError: the application was neither rejected nor counter-offered.
    """
    app = get_application(app)
    all_versions = versions(app)
    decided = [d for d in decisions(app) if d.kind in ("reject", "counter")]
    if not decided:
        raise ValueError(f"pengajuan {app.number} tidak ditolak atau ditawar ulang: tidak ada surat untuk dealer")
    decision = decided[-1]
    first = all_versions[0]
    dealer = app.dealer
    data = {
        "kind": decision.kind, "number": app.number, "dealer": dealer.name if dealer else "",
        "dealer_address": " ".join(p for p in ((dealer.address if dealer else ""), (dealer.city if dealer else ""))
                                   if p),
        "salesperson": app.salesperson.name if app.salesperson_id else "",
        "customer": app.customer.full_name, "asset": _vehicle(app) if app.vehicle_type else app.purpose,
        "product": app.product.name, "submitted_on": (first.submitted_at or first.created_at).date(),
        "decided_on": decision.decided_at.date(),
        "reason": (COUNTER_REASONS if decision.kind == "counter" else REJECTION_REASONS).get(decision.reason_code,
                                                                                              ""),
        "note": decision.note, "signer": decision.decided_by.full_name,
        "signer_role": ROLE_LABELS.get(Role(decision.decided_by.role), decision.decided_by.role),
    }
    if decision.kind == "counter":
        old = decision.application
        new = decision.new_version
        data["asked"] = _terms_rows(old)
        data["offered"] = _terms_rows(new)
        data["first_payment"] = format_rupiah(new.first_payment)
    return data


def write_dealer_letter(app: Application | int, path: str | Path, *, printed_by: str | None = None,
                        printed_at: dt.datetime | None = None) -> Path:
    """The dealer letter for a rejection or a counter-offer (one A4 page)."""
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    from reports.pdf import FONT, FONT_BOLD, build_document, key_value_table, styles
    from reports.quote_pdf import office_letterhead

    data = letter_data(app)
    st = styles()
    counter = data["kind"] == "counter"

    def story(width: float) -> list:
        out = [Paragraph(f"Bandung, {_date(data['decided_on'])}", st["normal"]), Spacer(1, 6),
               Paragraph("Kepada Yth.", st["normal"]),
               Paragraph(f"<b>Pimpinan {markup(data['dealer'])}</b>", st["normal"])]
        if data["dealer_address"]:
            out.append(Paragraph(markup(data["dealer_address"]), st["normal"]))
        out += [Spacer(1, 8),
                key_value_table([("Perihal", "Hasil pengajuan kredit" + (" - penyesuaian syarat" if counter
                                                                          else "")),
                                 ("No. pengajuan", data["number"]), ("Pemohon", data["customer"]),
                                 ("Produk", data["product"]), ("Objek", data["asset"]),
                                 ("Tanggal diajukan", data["submitted_on"])]
                                + ([("Sales", data["salesperson"])] if data["salesperson"] else []),
                                width, label_width=3.2 * _CM),
                Spacer(1, 8), Paragraph("Dengan hormat,", st["normal"]), Spacer(1, 4)]
        if counter:
            out.append(Paragraph(markup(
                f"Terima kasih atas kepercayaan {data['dealer']}. Pengajuan kredit atas nama {data['customer']} "
                "dapat kami setujui dengan penyesuaian syarat sebagai berikut:"), st["normal"]))
            rows = [[Paragraph("<b>Syarat</b>", st["cell"]), Paragraph("<b>Diajukan</b>", st["cell"]),
                     Paragraph("<b>Disetujui</b>", st["cell"])]]
            for (label, asked), (_l, offered) in zip(data["asked"], data["offered"]):
                rows.append([label, asked, offered])
            table = Table(rows, colWidths=[width * 0.36, width * 0.32, width * 0.32], hAlign="LEFT")
            table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 9), ("FONT", (2, 1), (2, -1), FONT_BOLD, 9),
                                       ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                                       ("LINEBELOW", (0, 0), (-1, -1), 0.25, None),
                                       ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
            out += [Spacer(1, 4), table, Spacer(1, 6)]
        else:
            out.append(Paragraph(markup(
                f"Terima kasih atas kepercayaan {data['dealer']}. Setelah survei dan analisis, dengan menyesal "
                f"pengajuan kredit atas nama {data['customer']} belum dapat kami setujui."), st["normal"]))
            out.append(Spacer(1, 6))
        out.append(Paragraph("<b>Alasan</b>", st["normal"]))
        out.append(Paragraph(markup(data["reason"]), st["normal"]))
        if data["note"]:
            out.append(Paragraph(markup(f"Keterangan: {data['note']}"), st["normal"]))
        out.append(Spacer(1, 6))
        if counter:
            closing = (f"Pembayaran pertama pemohon menjadi {data['first_payment']}. Bila pemohon menyetujui "
                       "syarat ini, kontrak dapat segera kami siapkan. Penawaran berlaku 14 hari sejak tanggal "
                       "surat ini.")
        else:
            closing = ("Keputusan ini kami ambil untuk melindungi pemohon dari kewajiban yang melebihi "
                       "kemampuannya. Pemohon dapat mengajukan kembali bila keadaannya berubah, misalnya dengan "
                       "uang muka yang lebih besar atau penjamin.")
        out.append(Paragraph(markup(closing), st["normal"]))
        out.append(Paragraph(markup("Kami menghargai kerja sama yang baik selama ini dan menunggu order "
                                    "berikutnya."), st["normal"]))
        out += [Spacer(1, 14), Paragraph("Hormat kami,", st["normal"]), Spacer(1, 34),
                Paragraph(f"<b>{markup(data['signer'])}</b>", st["normal"]),
                Paragraph(markup(data["signer_role"]), st["small"])]
        return out

    return build_document(path, story, office_letterhead(), title=f"Surat dealer {data['number']}",
                          printed_by=printed_by, printed_at=printed_at)


# ------------------------------------------------------------------------------------------------ contract
def contract_data(app: Application | int) -> dict:
    """The contract summary's figures and its :class:`models.products.loanmath.Schedule` (from the disbursement date
    once disbursed, else from the contract date)."""
    app = get_application(app)
    if not app.contract_no:
        raise ValueError(f"pengajuan {app.number} belum berkontrak")
    terms = app.terms()
    # The loan's installments were built by this same call at disbursement (same frozen terms, same start).
    schedule = application_schedule(app, start=app.disbursed_on or app.contract_date)
    return {
        "contract_no": app.contract_no, "contract_date": app.contract_date, "status": STATUS_LABELS[app.status],
        "customer": app.customer.full_name, "nik": app.customer.nik, "address": app.customer.address,
        "product": app.product.name, "kind": KIND_LABELS.get(terms.kind, terms.kind),
        "asset": _vehicle(app) if app.vehicle_type else app.purpose, "chassis_no": app.chassis_no,
        "engine_no": app.engine_no, "plate_no": app.plate_no, "dealer": app.dealer.name if app.dealer_id else "",
        "otr_price": app.otr_price, "down_payment": app.down_payment, "amount_financed": app.amount_financed,
        "admin_fee": app.admin_fee, "provision": app.provision, "insurance": app.insurance,
        "fiducia_fee": app.fiducia_fee, "first_payment": app.first_payment, "tenor": app.tenor,
        "annual_rate": app.annual_rate, "method": terms.method, "effective_rate": app.effective_rate,
        "cost_rate": app.cost_rate, "installment": app.installment, "total_payable": app.total_payable,
        "total_interest": app.total_interest, "late_fee_rule": late_fee_rule_text(terms),
        "payoff_rule": early_payoff_rule_text(terms), "insurance_financed": terms.insurance_financed,
        "officer": app.officer.full_name, "approver": app.decided_by.full_name if app.decided_by_id else "",
        "disbursed_on": app.disbursed_on, "schedule": schedule,
    }


def write_contract_summary(app: Application | int, path: str | Path, *, printed_by: str | None = None,
                           printed_at: dt.datetime | None = None) -> Path:
    """The contract summary with the schedule (A4, as many pages as the schedule needs)."""
    from reportlab.platypus import Paragraph, Spacer

    from reports.pdf import build_document, key_value_table, money_table, report_flowables, styles
    from reports.quote_pdf import office_letterhead, schedule_report_table

    d = contract_data(app)
    st = styles()

    def story(width: float) -> list:
        out = [Paragraph("RINGKASAN PERJANJIAN PEMBIAYAAN", st["title"]),
               Paragraph(markup(f"No. kontrak {d['contract_no']} tanggal {_date(d['contract_date'])} - "
                                f"{d['product']}"), st["subtitle"]),
               key_value_table([("Debitur", d["customer"]), ("NIK", d["nik"]), ("Alamat", d["address"]),
                                ("Objek pembiayaan", d["asset"])]
                               + ([("No. rangka / mesin", f"{d['chassis_no']} / {d['engine_no']}"),
                                   ("Dealer", d["dealer"])] if d["chassis_no"] else [])
                               + [("Petugas / pemutus", f"{d['officer']} / {d['approver']}")],
                               width, label_width=3.8 * _CM),
               Paragraph("Pembiayaan", st["heading"])]
        rows = []
        if d["chassis_no"]:
            rows += [("Harga OTR", d["otr_price"]), ("Uang muka", d["down_payment"])]
        rows += [("Pokok dibiayai" + (" (termasuk premi asuransi)" if d["insurance_financed"] and d["insurance"]
                                      else ""), d["amount_financed"]),
                 ("Biaya administrasi", d["admin_fee"]), ("Provisi", d["provision"]),
                 ("Biaya fidusia", d["fiducia_fee"]), ("Premi asuransi", d["insurance"]),
                 (f"Bunga total ({pct_text(d['annual_rate'])} % per tahun {d['method']})", d["total_interest"]),
                 (f"Angsuran per bulan x {d['tenor']}", d["installment"])]
        out.append(money_table(rows, total=("Total angsuran", d["total_payable"]), width=width,
                               header=("Uraian", "Jumlah")))
        out.append(Paragraph(markup(
            f"Bunga efektif {pct_text(d['effective_rate'])} % per tahun; termasuk biaya di muka "
            f"{pct_text(d['cost_rate'])} % per tahun. Pembayaran pertama (uang muka + biaya di muka): "
            f"{format_rupiah(d['first_payment'])}."), st["small"]))
        out.append(Paragraph("Ketentuan", st["heading"]))
        out.append(Paragraph(markup(f"Denda keterlambatan: {d['late_fee_rule']}."), st["small"]))
        out.append(Paragraph(markup(f"Pelunasan dipercepat: {d['payoff_rule']}."), st["small"]))
        if d["chassis_no"]:
            out.append(Paragraph(markup("BPKB disimpan oleh kreditur sampai seluruh kewajiban lunas; jaminan "
                                        "fidusia didaftarkan paling lambat 30 hari setelah kontrak."), st["small"]))
        out.append(Spacer(1, 4))
        part = report_flowables(schedule_report_table(d["schedule"], subtitle=d["contract_no"]), width)
        part[0] = Paragraph("Jadwal angsuran", st["heading"])
        out += part
        return out

    return build_document(path, story, office_letterhead(), title=f"Kontrak {d['contract_no']}",
                          printed_by=printed_by, printed_at=printed_at,
                          footer_note="Ringkasan ini bagian dari perjanjian pembiayaan")


# ------------------------------------------------------------------------------------------ purchase order
def purchase_order_data(app: Application | int) -> dict:
    """The purchase order to the dealer (vehicle credit, contracted).

    The page adds up on its own (issue 13, item 12): OTR − DP − the fees the buyer paid at the dealer =
    "Dibayar kantor kepada dealer" (``lines`` are the deductions, each on its own line).  Insurance that is
    financed (added to the amount financed) is paid by the office to the insurer, not by the buyer at the
    dealer, so it is not a deduction; insurance paid up front is.

    Raises:
        ValueError: not a contracted vehicle application, or figures that do not add up.
    """
    app = get_application(app)
    if not app.contract_no or not app.dealer_id:
        raise ValueError(f"pengajuan {app.number}: PO hanya untuk kredit kendaraan yang sudah berkontrak")
    insurance_financed = app.insurance > 0 and app.amount_financed == app.otr_price - app.down_payment + app.insurance
    deductions = [("Biaya administrasi dibayar pembeli ke dealer", app.admin_fee),
                  ("Provisi dibayar pembeli ke dealer", app.provision),
                  ("Biaya fidusia dibayar pembeli ke dealer", app.fiducia_fee)]
    if not insurance_financed:
        deductions.append(("Premi asuransi dibayar pembeli ke dealer", app.insurance))
    deductions = [(text, amount) for text, amount in deductions if amount]
    upfront = sum((amount for _text, amount in deductions), app.admin_fee * 0)
    paid_by_office = net_disbursement(app)
    if app.otr_price - app.down_payment - upfront != paid_by_office:
        raise ValueError(f"PO {app.contract_no}: OTR − DP − biaya ≠ pembayaran kantor; periksa angka kontrak")
    return {"contract_no": app.contract_no, "contract_date": app.contract_date, "dealer": app.dealer.name,
            "dealer_address": f"{app.dealer.address} {app.dealer.city}".strip(), "customer": app.customer.full_name,
            "asset": _vehicle(app), "chassis_no": app.chassis_no, "engine_no": app.engine_no,
            "otr_price": app.otr_price, "down_payment": app.down_payment, "upfront": upfront,
            "deductions": deductions, "insurance_financed": insurance_financed, "insurance": app.insurance,
            "paid_by_customer": app.down_payment + upfront, "paid_by_office": paid_by_office,
            "salesperson": app.salesperson.name if app.salesperson_id else "",
            # The PO binds the office: it is signed by whoever approved the credit (the branch head or supervisor).
            "signatory": app.decided_by.full_name if app.decided_by_id else "",
            "signatory_role": (ROLE_LABELS.get(Role(app.decided_by.role), app.decided_by.role)
                               if app.decided_by_id else "")}


def write_purchase_order(app: Application | int, path: str | Path, *, printed_by: str | None = None,
                         printed_at: dt.datetime | None = None) -> Path:
    """The purchase order (PO) to the dealer: deliver the vehicle, we pay the balance."""
    from reportlab.platypus import Paragraph, Spacer

    from reports.pdf import build_document, key_value_table, money_table, styles
    from reports.quote_pdf import office_letterhead
    from reports.signatures import signature_table

    d = purchase_order_data(app)
    st = styles()

    def story(width: float) -> list:
        return [Paragraph("PURCHASE ORDER (PO)", st["title"]),
                Paragraph(markup(f"No. {d['contract_no']} tanggal {_date(d['contract_date'])}"), st["subtitle"]),
                key_value_table([("Kepada", d["dealer"]), ("Alamat", d["dealer_address"]),
                                 ("Atas nama pembeli", d["customer"]), ("Kendaraan", d["asset"]),
                                 ("No. rangka", d["chassis_no"]), ("No. mesin", d["engine_no"])]
                                + ([("Sales", d["salesperson"])] if d["salesperson"] else []),
                                width, label_width=3.6 * _CM),
                Spacer(1, 6),
                money_table([("Harga OTR", d["otr_price"]), ("Dikurangi uang muka dibayar pembeli ke dealer",
                                                            -d["down_payment"])]
                            + [(f"Dikurangi {text[0].lower()}{text[1:]}", -amount) for text, amount in d["deductions"]],
                            total=("Dibayar kantor kepada dealer", d["paid_by_office"]), width=width,
                            header=("Uraian", "Jumlah")),
                *([Paragraph(escape("Premi asuransi dibiayai dalam pokok pinjaman dan dibayar kantor langsung "
                                    "kepada perusahaan asuransi; bukan potongan pembayaran kepada dealer."),
                             st["note"])] if d["insurance_financed"] else []),
                Spacer(1, 6),
                Paragraph(markup("Mohon kendaraan diserahkan kepada pembeli setelah uang muka dan biaya di muka "
                                 "diterima. BPKB atas nama pembeli diserahkan kepada kami paling lambat 3 bulan "
                                 "sejak PO ini. Pembayaran kami transfer setelah berita acara serah terima "
                                 "kendaraan kami terima."), st["normal"]),
                Spacer(1, 14),
                signature_table(width, [("Diterima dealer,", "", d["dealer"]),
                                        ("Hormat kami,", d["signatory"], d["signatory_role"])], height=50)]

    head = office_letterhead()
    return build_document(path, story, head, title=f"PO {d['contract_no']}", printed_by=printed_by,
                          printed_at=printed_at)


def _signatory(head, st) -> list:
    """The name and title that sign the office's letters, from the office profile (empty when not set)."""
    from reportlab.platypus import Paragraph

    if head is None or not head.signatory_name:
        return []
    return [Paragraph(f"<b>{escape(head.signatory_name)}</b>", st["normal"]),
            Paragraph(escape(head.signatory_title), st["small"])]


def print_contract_command(args) -> int:
    """``main.py print contract --number N --out FILE.pdf``: the contract summary with its schedule."""
    import sys

    number = (getattr(args, "number", None) or "").strip()
    app = Application.get_or_none(Application.contract_no == number) if number else None
    if app is None:
        print(f"error: no contract numbered {number!r}", file=sys.stderr)
        return 2
    write_contract_summary(app, args.out)
    print(args.out)
    return 0


