"""Every paper a customer gets: the agreement from the office's template, payoff quote, surat keterangan lunas,
BPKB hand-over receipt and register, the purchase order's signatory."""
from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from tests.credit.test_disbursement import submitted

from models.cashier.documents import (
    AGREEMENT_FIELDS,
    DEFAULT_AGREEMENT,
    agreement_template,
    set_agreement_template,
    template_fields,
)
from models.cashier.payments import Payment, payoff_quote, settle_early
from models.core.errors import DomainError, PermissionDenied, ValidationError
from models.core.money import format_rupiah
from models.credit import applications as apps
from models.credit.collateral import collateral_of, record_movement, sign_off
from models.credit.disbursement import create_contract, disburse
from reports import customer_papers as papers
from reports.application_pdf import purchase_order_data, write_purchase_order


def text_of(path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(str(path)).pages)


@pytest.fixture
def contracted(ready_db, staff):
    app = submitted(staff)
    apps.approve_application(staff.kacab, app)
    create_contract(staff.kacab, app)
    loan = disburse(staff.spv, app, dt.date.today())
    return apps.get_application(app.id), loan


def test_the_default_template_uses_only_known_fields():
    assert set(template_fields(DEFAULT_AGREEMENT)) <= set(AGREEMENT_FIELDS)


def test_the_agreement_fills_the_template_and_has_signature_blocks_witnesses_and_stamp(contracted, staff,
                                                                                        tmp_path):
    app, loan = contracted
    fields = papers.agreement_fields(app)
    assert set(fields) == set(AGREEMENT_FIELDS)
    text = text_of(papers.write_agreement_pdf(app, tmp_path / "pk.pdf"))
    assert "PERJANJIAN PEMBIAYAAN" in text and app.contract_no in text and app.customer.full_name in text
    assert format_rupiah(loan.installment_amount) in text and "Pasal 6 - Jaminan Fidusia" in text
    assert "PIHAK PERTAMA (Kreditur)" in text and "PIHAK KEDUA (Debitur)" in text
    assert "Saksi 1" in text and "Saksi 2" in text and "METERAI Rp 10.000" in text
    assert "Jadwal Angsuran" in text and "MH1JM1234KK000001" in text
    assert "{" not in text                                   # every field filled


def test_the_administrator_edits_the_template_with_known_fields_only(contracted, staff, tmp_path):
    app, _loan = contracted
    with pytest.raises(PermissionDenied):
        set_agreement_template(staff.cmo1, "Pasal 1\nx")
    with pytest.raises(ValidationError) as err:
        set_agreement_template(staff.admin, "Debitur {nama_debitur} membayar {gaji} dan {bonus}.")
    assert len(err.value.errors) == 2                        # every unknown field reported at once
    with pytest.raises(ValidationError):
        set_agreement_template(staff.admin, "kurung {tidak ditutup")
    set_agreement_template(staff.admin, "Pasal 1 - Khusus Koperasi\nAnggota {nama_debitur} meminjam {pokok}.")
    assert agreement_template().startswith("Pasal 1 - Khusus")
    text = text_of(papers.write_agreement_pdf(app, tmp_path / "pk2.pdf"))
    assert f"Anggota {app.customer.full_name} meminjam {format_rupiah(app.amount_financed)}." in text


def test_the_purchase_order_names_its_signatory_with_a_signature_line(contracted, staff, tmp_path):
    app, _loan = contracted
    data = purchase_order_data(app)
    assert data["signatory"] == staff.kacab.full_name and data["signatory_role"]
    text = text_of(write_purchase_order(app, tmp_path / "po.pdf"))
    assert f"( {staff.kacab.full_name} )" in text and "Diterima dealer" in text


def test_payoff_quote_settlement_letter_and_bpkb_hand_over(contracted, staff, tmp_path):
    app, loan = contracted
    row = collateral_of(app)
    sign_off(staff.spv, record_movement(staff.kacab, row, "receive", bpkb_no="M-01234567", party="dealer"))
    day = dt.date.today()
    quote = payoff_quote(loan, day)
    text = text_of(papers.write_payoff_letter(loan, day, tmp_path / "quote.pdf"))
    assert "RINCIAN PELUNASAN" in text and format_rupiah(quote.total) in text
    with pytest.raises(DomainError, match="belum lunas"):
        papers.settlement_data(loan)
    with pytest.raises(DomainError, match="belum boleh"):
        papers.bpkb_handover_data(row)
    result = settle_early(staff.kasir, loan, day, idempotency_key="lunas", amount=quote.total)
    skl = text_of(papers.write_settlement_letter(loan, tmp_path / "skl.pdf", signer=staff.kacab.full_name))
    receipt = Payment.get_by_id(result.payment_id).receipt_no
    from reports.receipt_pdf import write_receipt_pdf

    kw = text_of(write_receipt_pdf(Payment.get_by_id(result.payment_id), tmp_path / "kw.pdf"))
    assert "PINJAMAN TELAH LUNAS" in kw and "BPKB dapat diambil" in kw     # a vehicle loan: the BPKB is named
    assert "SURAT KETERANGAN LUNAS" in skl and "MELUNASI" in skl and receipt in skl
    assert "M-01234567" in skl and "dapat diambil" in skl
    handover = text_of(papers.write_bpkb_handover(row, tmp_path / "bpkb.pdf", handed_by=staff.spv.full_name))
    assert "TANDA TERIMA PENYERAHAN BPKB" in handover and "M-01234567" in handover
    assert "Yang menerima" in handover and app.customer.full_name in handover
    register = papers.bpkb_register()
    assert [r["bpkb"] for r in register.rows] == ["M-01234567"] and register.rows[0]["contract"] == loan.contract_no
    assert "M-01234567" in text_of(papers.write_bpkb_register(tmp_path / "reg.pdf"))
    import openpyxl

    ws = openpyxl.load_workbook(papers.write_bpkb_register(tmp_path / "reg.xlsx")).active
    assert any("M-01234567" in [str(c) for c in row] for row in ws.iter_rows(values_only=True))
