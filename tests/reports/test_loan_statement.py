"""Statements (kartu angsuran): what was paid, when, on which receipt; one loan or a batch in one PDF."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from models.cashier.payments import Payment, Waiver, post_payment, reverse_payment
from models.loans.loans import loan_view
from reports.loan_statement import StatementCancelled, select_loans, statement_data, write_statements_pdf
from tests.payments_helpers import disburse

FIRST_DUE = dt.date(2026, 2, 28)
SECOND_DUE = dt.date(2026, 3, 31)


def pages(path) -> list[str]:
    from pypdf import PdfReader

    return [" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages]


@pytest.fixture
def paid_loan(ready_db, staff):
    """A Rp 12 juta loan over 12 months: the first paid on time, the second late with its fee waived,
    a third payment reversed by the supervisor."""
    loan = disburse(principal="12000000", rate="12", tenor=12)
    first = post_payment(staff.kasir, loan, loan.installment_amount, FIRST_DUE, idempotency_key="s1")
    late = SECOND_DUE + dt.timedelta(days=20)
    fee = loan_view(loan, late)["late_fees"]
    second = post_payment(staff.kasir, loan, loan.installment_amount, late, idempotency_key="s2",
                          waiver=Waiver(fee, "banjir", staff.kacab, password="angsur-demo"))
    third = post_payment(staff.kasir, loan, Decimal("300000"), late, idempotency_key="s3")
    reverse_payment(staff.kacab, Payment.get_by_id(third.payment_id), "salah kontrak", date=late)
    return loan, first, second, third, fee


def test_the_statement_shows_each_installment_with_its_receipt_and_the_running_balance(paid_loan):
    loan, first, second, third, fee = paid_loan
    s = statement_data(loan, as_of=dt.date(2026, 5, 15))
    assert len(s.lines) == 12
    one, two, three = s.lines[:3]
    assert [p.receipt_no for p in one.payments] == [first.receipt_no]
    assert [p.receipt_no for p in two.payments] == [second.receipt_no]   # the reversed receipt is not listed
    assert not three.payments and three.status == "Tunggak"
    assert one.status == two.status == "Lunas"
    assert two.fee_waived == fee and s.totals["fee_waived"] == fee
    assert one.balance == Decimal("12000000") - one.principal_paid
    assert two.balance == one.balance - two.principal_paid
    assert s.lines[-1].balance == s.totals["outstanding"] == loan.principal - one.principal_paid - two.principal_paid
    assert s.totals["paid"] == 2 * loan.installment_amount
    assert s.totals["arrears"] == s.lines[2].amount          # only the third is overdue on 15 May
    assert s.totals["receipts"] == 2


def test_the_printed_statement_carries_the_figures_page_numbers_and_printed_stamp(paid_loan, tmp_path):
    loan, first, second, _third, fee = paid_loan
    from models.core.money import format_amount

    out = write_statements_pdf([loan.id], tmp_path / "kartu.pdf", as_of=dt.date(2026, 5, 15), printed_by="rina",
                               printed_at=dt.datetime(2026, 5, 15, 9, 30))
    (text,) = pages(out)
    s = statement_data(loan, as_of=dt.date(2026, 5, 15))
    assert "KARTU ANGSURAN" in text and loan.contract_no in text and s.customer in text
    assert first.receipt_no in text and second.receipt_no in text
    assert format_amount(fee) in text                       # the waived late fee
    assert format_amount(s.totals["outstanding"]) in text and "2 kwitansi" in text
    assert "Dicetak 15/05/2026 09:30 oleh rina" in text
    assert f"Kartu angsuran {loan.contract_no} - Halaman 1 dari 1" in text


def test_a_batch_starts_each_customer_on_a_new_page_numbered_within_the_statement(ready_db, staff, tmp_path):
    from models.customers.customers import Customer

    customers = list(Customer.select().order_by(Customer.id).limit(3))
    long = disburse(contract_no="BDG/2026/00010", principal="30000000", tenor=60, customer=customers[0])
    short = disburse(contract_no="BDG/2026/00011", principal="3000000", tenor=6, customer=customers[1])
    other = disburse(contract_no="BDG/2026/00012", principal="5000000", tenor=12, customer=customers[2])
    ids = select_loans(all_active=True)
    assert ids == [long.id, short.id, other.id]
    progress = []
    out = write_statements_pdf(ids, tmp_path / "batch.pdf", progress=lambda done, total: progress.append(done))
    texts = pages(out)
    assert len(texts) == 4                                    # 60 installments take two pages
    assert "BDG/2026/00010 - Halaman 1 dari 2" in texts[0] and "BDG/2026/00010 - Halaman 2 dari 2" in texts[1]
    assert texts[2].count("KARTU ANGSURAN") == 1 and "BDG/2026/00011 - Halaman 1 dari 1" in texts[2]
    assert customers[1].full_name in texts[2] and customers[0].full_name not in texts[2]
    assert "BDG/2026/00012 - Halaman 1 dari 1" in texts[3]
    assert progress[-1] == 6 and progress == sorted(progress)
    assert select_loans(officer="cmo1") == ids
    assert select_loans(contract="BDG/2026/00011") == [short.id]


def test_a_cancelled_batch_leaves_no_file(ready_db, tmp_path):
    loan = disburse()
    target = tmp_path / "x.pdf"
    with pytest.raises(StatementCancelled):
        write_statements_pdf([loan.id], target, cancelled=lambda: True)
    assert not target.exists()


def test_the_command_prints_one_officer_s_statements(ready_db, tmp_path):
    import main
    from models.core.db import sqlite_path

    disburse()
    disburse(contract_no="BDG/2026/00002")
    out = tmp_path / "cli.pdf"
    assert main.main(["--db", str(sqlite_path()), "print", "statement", "--officer", "cmo1", "--out", str(out)]) == 0
    assert len(pages(out)) == 2
    assert main.main(["--db", str(sqlite_path()), "print", "statement", "--loan", "NOPE", "--out", str(out)]) == 2
    assert main.main(["--db", str(sqlite_path()), "print", "statement", "--out", str(out)]) == 2


def test_a_printed_statement_masks_the_customer_s_phone(ready_db, tmp_path):
    """A fresh user's trial: ``main.py print statement`` printed a customer's whole phone number; the lists show
    it masked to a role without ``customer.unmask``, and a statement leaves the office."""
    import main
    from models.core.db import sqlite_path
    from models.customers.customers import Customer
    from models.customers.identity import format_phone, mask_phone

    loan = disburse()
    customer = Customer.get_by_id(loan.customer_id)
    assert customer.phone
    whole, masked = format_phone(customer.phone), mask_phone(customer.phone)
    out = tmp_path / "kartu.pdf"
    assert main.main(["--db", str(sqlite_path()), "print", "statement", "--loan", loan.contract_no,
                      "--out", str(out)]) == 0
    text = "".join(pages(out))
    assert masked in text and whole not in text and customer.phone not in text
    shown = write_statements_pdf([loan.id], tmp_path / "kantor.pdf", show_phones=True)
    text = "".join(pages(shown))
    assert customer.phone in text or whole in text  # a caller that may see it whole can ask for it
