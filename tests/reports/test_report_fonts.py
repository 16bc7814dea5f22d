"""Every PDF embeds one Unicode font: customer names print as written, whatever their script."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from reports.base import Column, Kind, Letterhead, ReportTable

NAMES = ["Ma\u02bcruf Amin", "Siti Nur\u2019aini", "Ren\u00e9 D'Souza", "Nguy\u1ec5n Th\u1ecb \u00c1nh",
         "\u9648\u5fd7\u660e (Tan Tjie Beng)", "Ibu Ba\u2019asyir"]


def pdf_text(path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def pdf_fonts(path) -> set[str]:
    from pypdf import PdfReader

    names = set()
    for page in PdfReader(str(path)).pages:
        fonts = page["/Resources"].get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            names.add(str(font["/BaseFont"]))
            descendants = font.get("/DescendantFonts")
            assert "/FontFile2" in (font.get("/FontDescriptor") or descendants[0].get_object()["/FontDescriptor"]) \
                .get_object(), f"{font['/BaseFont']} is not embedded"
    return names


def test_a_report_with_names_in_any_script_prints_them_as_written(tmp_path):
    from reports.pdf import write_pdf

    table = ReportTable("Daftar Nasabah \u2014 Cabang Glodok", (Column("name", "Nama", width=30),
                                                          Column("amount", "Sisa pokok", Kind.MONEY)),
                        [{"name": n, "amount": Decimal("1250000")} for n in NAMES],
                        meta=(("Petugas", "Nguy\u1ec5n Th\u1ecb \u00c1nh"),))
    out = write_pdf(table, tmp_path / "names.pdf", letterhead=Letterhead("KSP Maju Bersama \u9648", "Glodok"),
                    printed_by="\u9648 kasir")
    text = pdf_text(out)
    for name in NAMES:
        assert name in text, name
    assert "KSP Maju Bersama \u9648" in text and "\u9648 kasir" in text
    assert "\u25a0" not in text
    fonts = pdf_fonts(out)
    assert not any("Helvetica" in f for f in fonts)
    assert any("DejaVu" in f for f in fonts) and any("Droid" in f for f in fonts)


def test_the_receipt_of_a_chinese_indonesian_customer_names_her_as_written(ready_db, staff, tmp_path):
    from models.cashier.payments import Payment, post_payment
    from models.customers.customers import Customer
    from reports.receipt_pdf import write_receipt_pdf
    from tests.payments_helpers import disburse

    customer = Customer.select().order_by(Customer.id).first()
    Customer.update(full_name="\u9648\u7f8e\u73b2 Nguy\u1ec5n Ma\u02bcruf").where(Customer.id == customer.id).execute()
    loan = disburse(customer=Customer.get_by_id(customer.id))
    result = post_payment(staff.kasir, loan, Decimal("1250000"), dt.date(2026, 2, 28), idempotency_key="font1")
    text = pdf_text(write_receipt_pdf(Payment.get_by_id(result.payment_id), tmp_path / "kw.pdf"))
    assert "\u9648\u7f8e\u73b2 Nguy\u1ec5n Ma\u02bcruf" in text


def test_the_markup_helper_escapes_and_switches_face_only_where_needed():
    from reports.pdf import FONT_FALLBACK, markup

    assert markup("A & B <x>") == "A &amp; B &lt;x&gt;"
    assert markup("Nguy\u1ec5n") == "Nguy\u1ec5n"
    assert markup("\u9648 Tan") == f'<font name="{FONT_FALLBACK}">\u9648</font> Tan'


def test_a_statement_and_a_report_table_print_a_chinese_name(ready_db, staff, tmp_path):
    from models.customers.customers import Customer
    from reports.loan_statement import write_statements_pdf
    from tests.payments_helpers import disburse

    customer = Customer.select().order_by(Customer.id).first()
    Customer.update(full_name="\u6797\u7f8e\u7389 (Lim Bie Giok)", address="Jl. K\u00e9lapa \u2116 3") \
        .where(Customer.id == customer.id).execute()
    loan = disburse(customer=Customer.get_by_id(customer.id))
    text = pdf_text(write_statements_pdf([loan.id], tmp_path / "kartu.pdf"))
    assert "\u6797\u7f8e\u7389 (Lim Bie Giok)" in text and "K\u00e9lapa" in text
