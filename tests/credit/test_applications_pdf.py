"""Printed papers: the dealer letter with its explainable reasons, the contract summary, the purchase order."""
from __future__ import annotations

import argparse
import datetime as dt

import pytest
from pypdf import PdfReader

from models.core.money import D, format_rupiah
from models.credit import applications as apps
from models.credit.disbursement import create_contract, disburse
from reports import application_pdf as pdf
from tests.credit.test_disbursement import submitted


def text_of(path) -> str:
    return " ".join((page.extract_text() or "") for page in PdfReader(str(path)).pages).replace("\n", " ")


def test_rejection_letter_names_the_dealer_and_the_reasons(ready_db, staff, tmp_path):
    app = submitted(staff)
    apps.reject_application(staff.kacab, app, "capacity", "angsuran lain di koperasi belum lunas")
    data = pdf.letter_data(app)
    assert data["kind"] == "reject" and data["reason"] == apps.REJECTION_REASONS["capacity"]
    text = text_of(pdf.write_dealer_letter(app, tmp_path / "tolak.pdf"))
    assert "Honda Daya Motor Soekarno-Hatta" in text and app.number in text
    assert "Kemampuan bayar belum mencukupi" in text and "angsuran lain di koperasi belum lunas" in text
    assert "belum dapat kami setujui" in text and "Sri Wahyuni" in text


def test_counter_offer_letter_sets_asked_beside_offered(ready_db, staff, tmp_path):
    app = submitted(staff)
    new = apps.counter_offer(staff.kacab, app, "more_dp", "", down_payment=D(8_000_000))
    text = text_of(pdf.write_dealer_letter(new, tmp_path / "tawar.pdf"))
    assert "Uang muka perlu ditambah" in text and "penyesuaian syarat" in text
    assert "Rp 5.000.000" in text and "Rp 8.000.000" in text
    assert format_rupiah(new.installment) in text


def test_no_letter_for_an_approved_application(ready_db, staff):
    app = submitted(staff)
    apps.approve_application(staff.kacab, app)
    with pytest.raises(ValueError, match="tidak ada surat"):
        pdf.letter_data(app)


def test_contract_summary_and_purchase_order(ready_db, staff, tmp_path):
    app = submitted(staff)
    apps.approve_application(staff.kacab, app)
    number = create_contract(staff.kacab, app)
    loan = disburse(staff.spv, app, dt.date.today())
    data = pdf.contract_data(app)
    assert [r.installment for r in data["schedule"].rows] == [i.amount for i in loan.installments.order_by(
        loan.installments.model.no)]
    text = text_of(pdf.write_contract_summary(app, tmp_path / "kontrak.pdf"))
    assert number in text and "Jadwal angsuran" in text and format_rupiah(loan.installment_amount) in text
    assert "MH1JM1234KK000001" in text
    po = pdf.purchase_order_data(app)
    assert po["paid_by_office"] == apps.net_disbursement(apps.get_application(app.id))
    # The PO adds up on its own page: OTR − DP − fees paid at the dealer = paid by the office (issue 13,
    # item 12); financed insurance is not a deduction.
    assert po["otr_price"] - po["down_payment"] - sum(a for _t, a in po["deductions"]) == po["paid_by_office"]
    assert po["paid_by_customer"] + po["paid_by_office"] == po["otr_price"]
    if po["insurance_financed"]:
        assert not any("asuransi" in t for t, _a in po["deductions"])
    text = text_of(pdf.write_purchase_order(app, tmp_path / "po.pdf"))
    assert "PURCHASE ORDER" in text and format_rupiah(po["paid_by_office"]) in text
    out = tmp_path / "cli.pdf"
    assert pdf.print_contract_command(argparse.Namespace(number=number, out=str(out))) == 0
    assert number in text_of(out)
    assert pdf.print_contract_command(argparse.Namespace(number="X/0", out=str(out))) == 2
