"""The kwitansi the customer takes home: its number, the amount in figures and in words, and its marks."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from models.cashier.payments import Payment, post_payment, reverse_payment
from reports.receipt_pdf import receipt_data, write_receipt_pdf
from tests.payments_helpers import disburse


def pdf_text(path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages)


@pytest.fixture
def payment(ready_db, staff):
    loan = disburse()
    result = post_payment(staff.kasir, loan, Decimal("1250000"), dt.date(2026, 2, 28), idempotency_key="k1")
    return Payment.get_by_id(result.payment_id)


def test_the_receipt_shows_number_amount_words_and_where_the_money_went(payment, tmp_path):
    data = receipt_data(payment)
    assert data.words == "Satu juta dua ratus lima puluh ribu rupiah"
    assert sum((amount for _label, amount in data.lines), Decimal(0)) == Decimal("1250000")
    text = pdf_text(write_receipt_pdf(payment, tmp_path / "kw.pdf"))
    assert "KW/BDG/2026/000001" in text
    assert "Rp 1.250.000" in text
    assert "Satu juta dua ratus lima puluh ribu rupiah" in text
    assert "Angsuran ke-1" in text and "Titipan" in text
    assert "Rp 15.333.000" in text  # principal left after the first installment
    assert "SALINAN" not in text and "DIBATALKAN" not in text


def test_a_reprint_is_marked_as_a_copy(payment, tmp_path):
    write_receipt_pdf(payment, tmp_path / "first.pdf")
    again = write_receipt_pdf(Payment.get_by_id(payment.id), tmp_path / "second.pdf")
    assert "SALINAN" in pdf_text(again)
    assert Payment.get_by_id(payment.id).print_count == 2


def test_a_reversed_receipt_is_marked_cancelled_with_its_reason(payment, staff, tmp_path):
    reverse_payment(staff.kacab, payment, "uang palsu", date=dt.date(2026, 2, 28))
    text = pdf_text(write_receipt_pdf(Payment.get_by_id(payment.id), tmp_path / "kw.pdf"))
    assert "DIBATALKAN" in text and "uang palsu" in text and "KW/BDG/2026/000001" in text


def test_the_command_line_prints_a_receipt_by_number(payment, ready_db, tmp_path, monkeypatch):
    import main
    from models.core.db import sqlite_path
    from reports import commands

    # The lead wires the entry in reports/commands.PRINTERS; the test does not wait for it.
    monkeypatch.setitem(commands.PRINTERS, "receipt", "reports.receipt_pdf:print_receipt_command")
    out = tmp_path / "cli.pdf"
    code = main.main(["--db", str(sqlite_path()), "print", "receipt", "--number", "KW/BDG/2026/000001",
                      "--out", str(out)])
    assert code == 0
    assert "Rp 1.250.000" in pdf_text(out) and "SALINAN" not in pdf_text(out)


def test_the_command_line_handler_refuses_an_unknown_number(payment, tmp_path, capsys):
    from types import SimpleNamespace

    from reports.receipt_pdf import print_receipt_command

    assert print_receipt_command(SimpleNamespace(number="KW/X/1", out=str(tmp_path / "x.pdf"), copy=False)) == 2
    assert "tidak ditemukan" in capsys.readouterr().err
