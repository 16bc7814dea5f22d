"""An office moving in: its running loans come from a spreadsheet, and the books agree the moment they land."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from types import SimpleNamespace

import pytest
from openpyxl import load_workbook

import models.cashier.checks  # noqa: F401
from models.cashier.payments import post_payment
from models.core.checks import run_checks
from models.core.users import system_context
from models.customers.customers import Customer
from models.ledger.journals import Journal, balance
from models.loans.loan_import import COLUMNS, import_command, plan_import, run_import, write_template
from models.loans.loans import Installment, Loan


def fill(tmp_path, rows, name="buku.xlsx"):
    path = write_template(tmp_path / name)
    wb = load_workbook(path)
    ws = wb.active
    ws.delete_rows(2)
    for r, values in enumerate(rows, start=2):
        for c, column in enumerate(COLUMNS, start=1):
            ws.cell(row=r, column=c, value=values.get(column.field))
    wb.save(path)
    return path


@pytest.fixture
def customers(ready_db):
    return list(Customer.select().order_by(Customer.id).limit(3))


def row(customer, contract, **kw):
    base = dict(nik=customer.nik, contract_no=contract, product="KM", disbursed_on=dt.date(2025, 6, 10),
                principal=12000000, rate=18, tenor=24)
    base.update(kw)
    return base


def test_a_loan_book_lands_with_its_payments_and_the_books_agree(customers, tmp_path, staff):
    path = fill(tmp_path, [row(customers[0], "LAMA/001", paid_count=8),
                           row(customers[1], "LAMA/002", paid_total=1500000),
                           row(customers[2], "LAMA/003", principal=6000000, tenor=12)])
    plan = plan_import(path)
    assert plan.errors == []
    with system_context():
        result = run_import(None, plan)
    one = Loan.get(Loan.contract_no == "LAMA/001")
    assert one.installments_paid == 8 and one.outstanding_principal == Decimal("12000000") - 8 * Decimal("500000")
    two = Loan.get(Loan.contract_no == "LAMA/002")
    third = Installment.get((Installment.loan == two.id) & (Installment.no == 3))
    # 1.500.000 paid two installments of 680.000 and 140.000 of the third's interest (interest before principal).
    assert two.installments_paid == 2 and third.interest_paid == Decimal("140000") and third.principal_paid == 0
    assert result.loans == 3
    assert result.outstanding == sum((l.outstanding_principal for l in Loan.select()), Decimal(0))
    assert Journal.get(Journal.number == result.journal_number).source == "opening"
    assert balance("1301") == result.outstanding
    assert [(r.name, r.problems) for r in run_checks() if not r.ok] == []
    # The cashier takes the next installment of an imported loan the usual way.
    post_payment(staff.kasir, one, Decimal("680000"), dt.date.today(), idempotency_key="k")
    assert [(r.name, r.problems) for r in run_checks() if not r.ok] == []


def test_every_wrong_row_is_reported_and_nothing_is_imported(customers, tmp_path):
    path = fill(tmp_path, [
        row(customers[0], "LAMA/001"),
        dict(row(customers[1], "LAMA/001"), nik=3273010101900001),  # a number cell and a duplicate contract
        row(customers[2], "LAMA/003", product="XX", tenor=0, paid_count=3, paid_total=100),
        dict(row(customers[0], "LAMA/004"), nik=customers[0].nik[:12] + "9998"),
    ])
    plan = plan_import(path)
    by_row = {r.row: {e.field for e in r.errors} for r in plan.rows}
    assert by_row[2] == set()
    assert {"NIK nasabah", "No. kontrak"} <= by_row[3]
    assert {"Kode produk", "Tenor", "Angsuran lunas"} <= by_row[4]
    assert "NIK nasabah" in by_row[5]
    assert any("impor nasabah dulu" in e.message for e in plan.errors)
    assert Loan.select().count() == 0


def test_the_command_line_writes_the_template_imports_and_reports_errors(customers, tmp_path, capsys):
    template = tmp_path / "template.xlsx"
    assert import_command(SimpleNamespace(template=str(template), file=None)) == 0
    assert load_workbook(template).active.cell(1, 1).value == "NIK nasabah"
    bad = fill(tmp_path, [row(customers[0], "LAMA/001", product="ZZ")], "bad.xlsx")
    assert import_command(SimpleNamespace(template=None, file=str(bad), errors=None, user=None)) == 1
    report = load_workbook(tmp_path / "bad-kesalahan.xlsx").active
    assert "produk" in str(report.cell(2, len(COLUMNS) + 1).value)
    good = fill(tmp_path, [row(customers[0], "LAMA/001", paid_count=2)], "good.xlsx")
    assert import_command(SimpleNamespace(template=None, file=str(good), errors=None, user=None)) == 0
    assert "imported 1 loans" in capsys.readouterr().out
    assert Loan.select().count() == 1


def test_a_loan_is_imported_as_it_stands_in_its_contract(customers, tmp_path):
    # Issue 13, item 15: the contract's own installment (made when the product rounded to Rp 1.000, today it
    # rounds to Rp 100), its own first due date, and the late fees already paid or waived.
    path = fill(tmp_path, [row(customers[0], "LAMA/101", principal=16000000, installment=907000,
                               first_due=dt.date(2025, 7, 25), paid_count=3, fee_paid=45350, fee_waived=10000),
                           row(customers[1], "LAMA/102", installment=700000),
                           row(customers[2], "LAMA/103", first_due=dt.date(2025, 6, 1))])
    plan = plan_import(path)
    bad = {r.row: [(e.field, e.message) for e in r.errors] for r in plan.rows if r.errors}
    assert set(bad) == {3, 4}
    assert bad[3][0][0] == "Angsuran kontrak" and "Rp 700.000 tidak cocok" in bad[3][0][1]
    assert bad[4] == [("Jatuh tempo pertama", "harus setelah tanggal cair")]
    good = plan_import(fill(tmp_path, [row(customers[0], "LAMA/101", principal=16000000, installment=907000,
                                           first_due=dt.date(2025, 7, 25), paid_count=3, fee_paid=45350,
                                           fee_waived=10000)], name="baik.xlsx"))
    assert good.errors == []
    with system_context():
        run_import(None, good)
    loan = Loan.get(Loan.contract_no == "LAMA/101")
    rows = list(Installment.select().where(Installment.loan == loan.id).order_by(Installment.no))
    assert loan.installment_amount == Decimal("907000") and rows[0].amount == Decimal("907000")
    assert loan.first_due == dt.date(2025, 7, 25) and rows[1].due_date == dt.date(2025, 8, 25)
    assert loan.rounding == "1000" and loan.installments_paid == 3
    assert (loan.late_fee_paid, loan.late_fee_waived) == (Decimal("45350"), Decimal("10000"))
    assert [(r.name, r.problems) for r in run_checks() if not r.ok] == []
