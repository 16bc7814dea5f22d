"""The evening at the counter: the cash report adds up the day's receipts and agrees with the ledger."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from models.cashier.payments import Payment, post_payment, reverse_payment
from models.ledger.journals import balance
from reports.cash_report import cash_report, write_cash_report
from tests.payments_helpers import disburse

DAY = dt.date(2026, 3, 2)


@pytest.fixture
def day_at_the_counter(ready_db, staff):
    one = disburse("BDG/2026/00001")
    two = disburse("BDG/2026/00002")
    post_payment(staff.kasir, one, Decimal("907000"), DAY, "cash", idempotency_key="a")
    post_payment(staff.kasir2, two, Decimal("500000"), DAY, "transfer", idempotency_key="b", reference="BCA 77")
    wrong = post_payment(staff.kasir, two, Decimal("5000000"), DAY, "cash", idempotency_key="c")
    reverse_payment(staff.kacab, Payment.get_by_id(wrong.payment_id), "salah ketik", date=DAY)
    return one, two


def test_the_cash_report_adds_up_the_day_and_agrees_with_the_ledger(day_at_the_counter, staff):
    summary, recap, receipts, outflows = cash_report(DAY)
    kas = next(r for r in summary.rows if r["code"] == "1101")
    assert kas["opening"] == balance("1101", DAY - dt.timedelta(days=1))
    assert kas["closing"] == balance("1101", DAY)
    assert kas["closing"] - kas["opening"] == Decimal("907000")  # the mistaken 5.000.000 came in and went out
    bank = next(r for r in summary.rows if r["code"] == "1111")
    assert bank["in"] == Decimal("500000")
    assert [r["status"] for r in receipts.rows] == ["Berlaku", "Berlaku", "DIBATALKAN"]
    assert receipts.totals["amount"] == Decimal("1407000") and receipts.totals["cancelled"] == Decimal("5000000")
    by_cashier = {r["cashier"]: r for r in recap.rows}
    assert by_cashier[staff.kasir.full_name]["cash"] == Decimal("907000")
    assert by_cashier[staff.kasir2.full_name]["transfer"] == Decimal("500000")
    # The cancelled receipt is money that came in: it is never listed under Pengeluaran (issue 13, item 11).
    assert not any("Pembalikan" in r["description"] for r in outflows.rows)
    assert kas["in"] == Decimal("5907000") and kas["out"] == 0 and kas["cancelled"] == Decimal("5000000")
    cash_receipts = sum(p.amount for p in Payment.select().where((Payment.date == DAY) & (Payment.method == "cash")))
    assert kas["in"] == cash_receipts
    assert dict(summary.meta)["Rantai audit"].startswith("#")


def test_one_cashiers_report_shows_only_their_receipts(day_at_the_counter, staff):
    _summary, recap, receipts, _out = cash_report(DAY, cashier=staff.kasir2)
    assert [r["cashier"] for r in receipts.rows] == [staff.kasir2.full_name]
    assert len(recap.rows) == 1


def test_the_report_prints_to_pdf_and_excel(day_at_the_counter, tmp_path):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    pdf = write_cash_report(DAY, tmp_path / "kas.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    assert "Laporan Kas Harian" in text and "1.407.000" in text and "DIBATALKAN" in text
    xlsx = write_cash_report(DAY, tmp_path / "kas.xlsx")
    wb = load_workbook(xlsx)
    assert len(wb.sheetnames) == 4
    values = [c.value for row in wb.worksheets[2].iter_rows() for c in row]
    assert 1407000 in values


def test_the_command_line_prints_the_days_report(day_at_the_counter, tmp_path, monkeypatch):
    import main
    from models.core.db import sqlite_path
    from reports import commands

    monkeypatch.setitem(commands.PRINTERS, "cash-report", "reports.cash_report:print_cash_report_command")
    out = tmp_path / "kas.pdf"
    assert main.main(["--db", str(sqlite_path()), "print", "cash-report", "--date", DAY.isoformat(),
                      "--cashier", "kasir", "--out", str(out)]) == 0
    assert out.stat().st_size > 1000


def test_an_advance_applied_and_a_disbursement_show_only_money_that_moved(ready_db, staff):
    from models.cashier.figures import apply_due_advances

    loan = disburse("BDG/2026/00003", start=dt.date(2026, 2, 20))
    post_payment(staff.kasir, loan, Decimal("500000"), dt.date(2026, 2, 25), "cash", idempotency_key="a")
    apply_due_advances(staff.kasir, dt.date(2026, 3, 31))  # the advance pays installment 1 on 20/03
    summary, _recap, receipts, outflows = cash_report(dt.date(2026, 3, 20))
    assert list(receipts.rows) == [] and list(outflows.rows) == []
    assert all(r["in"] == r["out"] == 0 for r in summary.rows)
