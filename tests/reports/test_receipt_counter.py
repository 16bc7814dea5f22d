"""Receipts fit for the counter: the office's paper, stamp duty over Rp 5 juta, waived fees, payoff, reversal."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from models.cashier.documents import needs_stamp_duty, receipt_settings, set_receipt_settings, set_stamp_duty_bearer
from models.cashier.payments import Payment, Waiver, payoff_quote, post_payment, reverse_payment, settle_early
from models.core.errors import PermissionDenied, ValidationError
from models.loans.loans import loan_view
from models.products.products import LoanProduct
from reports.receipt_pdf import PAPER_SIZES, receipt_data, write_receipt_pdf
from tests.payments_helpers import disburse

FIRST_DUE = dt.date(2026, 2, 28)


def pdf_text(path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages)


def page_sizes(path) -> list[tuple[float, float]]:
    from pypdf import PdfReader

    return [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in PdfReader(str(path)).pages]


def _pay(staff, loan, amount, day=FIRST_DUE, key="k1", **kw):
    return Payment.get_by_id(post_payment(staff.kasir, loan, Decimal(amount), day, idempotency_key=key,
                                          **kw).payment_id)


def test_the_stamp_duty_threshold_is_strictly_over_five_million():
    assert not needs_stamp_duty(Decimal("5000000"))
    assert needs_stamp_duty(Decimal("5000000.01"))
    assert needs_stamp_duty(Decimal("5000001"))
    assert not needs_stamp_duty(Decimal("907000"))


def test_stamp_duty_box_appears_exactly_on_receipts_over_five_million(ready_db, staff, tmp_path):
    loan = disburse(principal="40000000", tenor=12)
    exactly = _pay(staff, loan, "5000000", key="a")
    above = _pay(staff, loan, "5000100", key="b")
    small = _pay(staff, loan, "1250000", key="c")
    texts = {p.receipt_no: pdf_text(write_receipt_pdf(p, tmp_path / f"{p.id}.pdf")) for p in (exactly, above, small)}
    assert "METERAI" not in texts[exactly.receipt_no] and "METERAI" not in texts[small.receipt_no]
    assert "METERAI Rp 10.000" in texts[above.receipt_no]
    assert receipt_data(above).stamp_duty and not receipt_data(exactly).stamp_duty


def test_an_office_that_pays_stamp_duty_by_another_route_prints_bea_meterai_lunas(ready_db, staff, tmp_path):
    with pytest.raises(PermissionDenied):
        set_receipt_settings(staff.kasir, paper="a5", stamp_mode="lunas")
    with pytest.raises(ValidationError):
        set_receipt_settings(staff.admin, paper="letter", stamp_mode="lunas")
    set_receipt_settings(staff.admin, paper="a5", stamp_mode="lunas", stamp_permit="Izin KPP No. S-123/2026")
    assert receipt_settings().paper == "a5"
    set_stamp_duty_bearer(staff.admin, LoanProduct.get(LoanProduct.code == "KM"), "office")
    loan = disburse(principal="40000000", tenor=12)
    out = write_receipt_pdf(_pay(staff, loan, "7500000"), tmp_path / "lunas.pdf")
    text = pdf_text(out)
    assert "BEA METERAI LUNAS" in text and "S-123/2026" in text and "ditanggung kantor" in text
    assert "METERAI Rp 10.000" not in text
    assert page_sizes(out) == [(420, 595)]   # A5 portrait, one page


@pytest.mark.parametrize("paper", ["a4", "half_a4", "a5", "continuous"])
def test_each_paper_prints_a_receipt_on_one_page_of_that_size(ready_db, staff, tmp_path, paper):
    loan = disburse(principal="40000000", tenor=12)
    # Four installments at once: the longest ordinary receipt.
    payment = _pay(staff, loan, str(4 * loan.installment_amount + 1500))
    out = write_receipt_pdf(payment, tmp_path / f"{paper}.pdf", paper=paper)
    w, h = PAPER_SIZES[paper]
    assert page_sizes(out) == [(round(w), round(h))]
    text = pdf_text(out)
    assert payment.receipt_no in text and "Angsuran ke-4" in text


def test_a_waived_late_fee_shows_on_the_receipt_but_not_in_the_total(ready_db, staff, tmp_path):
    loan = disburse()
    late = FIRST_DUE + dt.timedelta(days=30)
    fee = loan_view(loan, late)["late_fees"]
    assert fee > 0
    payment = _pay(staff, loan, "907000", day=late, waiver=Waiver(fee, "pelanggan dirawat", staff.kacab, password="angsur-demo"))
    data = receipt_data(payment)
    assert data.waived and data.waived[0][1] == fee
    assert sum((a for _l, a in data.lines), Decimal(0)) == Decimal("907000")
    text = pdf_text(write_receipt_pdf(payment, tmp_path / "w.pdf"))
    assert "Denda angsuran ke-1 dihapuskan" in text and "pelanggan dirawat" in text
    from models.core.money import format_rupiah
    assert format_rupiah(fee) in text and "Rp 907.000" in text


def test_a_payoff_receipt_is_summarised_by_kind_and_says_the_loan_is_settled(ready_db, staff, tmp_path):
    loan = disburse()
    for n, day in enumerate([FIRST_DUE, dt.date(2026, 3, 31)], start=1):
        post_payment(staff.kasir, loan, Decimal("907000"), day, idempotency_key=f"k{n}")
    day = dt.date(2026, 4, 15)
    quote = payoff_quote(loan, day)
    result = settle_early(staff.kasir, loan, day, idempotency_key="p1", amount=quote.total)
    payment = Payment.get_by_id(result.payment_id)
    data = receipt_data(payment)
    labels = [label for label, _a in data.lines]
    assert labels == ["Pokok pinjaman", "Bunga", "Penalti pelunasan dipercepat"]
    assert dict(data.lines)["Pokok pinjaman"] == quote.principal
    assert data.interest_forgiven == quote.waived_interest
    text = pdf_text(write_receipt_pdf(payment, tmp_path / "lunas.pdf"))
    assert "KWITANSI PELUNASAN" in text and "PINJAMAN TELAH LUNAS" in text
    assert "Angsuran ke-" not in text
    assert "METERAI Rp 10.000" in text    # a payoff of Rp 14 juta needs stamp duty


def test_a_reversed_receipt_says_it_is_no_longer_valid(ready_db, staff, tmp_path):
    loan = disburse()
    payment = _pay(staff, loan, "907000")
    reverse_payment(staff.kacab, payment, "salah input nasabah", date=FIRST_DUE)
    text = pdf_text(write_receipt_pdf(Payment.get_by_id(payment.id), tmp_path / "r.pdf"))
    assert "DIBATALKAN" in text and "TIDAK BERLAKU LAGI" in text and "salah input nasabah" in text


def test_the_cash_report_counts_the_receipts_that_needed_stamp_duty(ready_db, staff, tmp_path):
    from reports.cash_report import cash_report, write_cash_report

    set_stamp_duty_bearer(staff.admin, LoanProduct.get(LoanProduct.code == "KM"), "office")
    loan = disburse(principal="60000000", tenor=12)
    other = disburse(contract_no="BDG/2026/00002", principal="30000000", tenor=12, product_code="KMB")
    _pay(staff, loan, "6000000", key="a")          # stamped, office bears
    _pay(staff, loan, "5000000", key="b")          # exactly Rp 5 juta: none
    _pay(staff, other, "9000000", key="c")         # stamped, the customer bears (KMB default)
    _pay(staff, other, "400000", key="d")
    _summary, recap, receipts, _out = cash_report(FIRST_DUE)
    assert recap.totals["stamped"] == 2 and recap.totals["stamped_office"] == 1 and recap.totals["count"] == 4
    assert [r["stamp"] for r in receipts.rows] == ["Ya, kantor", "", "Ya, nasabah", ""]
    import openpyxl

    wb = openpyxl.load_workbook(write_cash_report(FIRST_DUE, tmp_path / "kas.xlsx"))
    found = [row for ws in wb for row in ws.iter_rows(values_only=True) if row and "Wajib meterai" in row]
    assert found, "the recap sheet has a stamp-duty column"
