"""A loan is born from a schedule and its summary columns follow its installments."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from models.customers.customers import Customer
from models.core.db import run_in_transaction
from models.core.errors import ValidationError
from models.products.loanmath import Method, build_schedule
from models.loans.loans import (
    Installment, Loan, create_loan, days_past_due, loan_view, refresh_summary, summary_problems,
)
from models.products.products import LoanProduct

START = dt.date(2026, 1, 31)


@pytest.fixture
def motor_loan(ready_db, staff, branch):
    customer = Customer.select().order_by(Customer.id).first()
    product = LoanProduct.get(LoanProduct.code == "KM")
    schedule = build_schedule(Decimal("16000000"), Decimal("18"), 24, Method.FLAT, START, rounding="1000")
    return run_in_transaction(lambda: create_loan(
        customer=customer, product=product, branch=branch, officer=staff.cmo1, contract_no="BDG/2026/00001",
        schedule=schedule, disbursed_on=START, created_by=staff.kacab, otr_price=Decimal("20000000"),
        down_payment=Decimal("4000000")))


def test_disbursement_creates_the_installments_of_the_schedule(motor_loan):
    rows = list(Installment.select().where(Installment.loan == motor_loan).order_by(Installment.no))
    assert len(rows) == 24
    assert rows[0].due_date == dt.date(2026, 2, 28)  # 31 Jan + 1 month
    assert rows[1].due_date == dt.date(2026, 3, 31)  # back to the 31st
    assert rows[0].amount == Decimal("907000.00") and rows[0].interest == Decimal("240000.00")
    assert sum(r.principal for r in rows) == Decimal("16000000.00")
    assert motor_loan.outstanding_principal == Decimal("16000000.00")
    assert motor_loan.oldest_unpaid_due == dt.date(2026, 2, 28)
    assert motor_loan.late_fee_per_mille == LoanProduct.get(LoanProduct.code == "KM").late_fee_per_mille


def test_a_contract_number_is_used_once(motor_loan, staff, branch):
    schedule = build_schedule(Decimal("1000000"), Decimal("12"), 6, Method.FLAT, START)
    with pytest.raises(ValidationError, match="sudah dipakai"):
        run_in_transaction(lambda: create_loan(
            customer=motor_loan.customer, product=motor_loan.product, branch=branch, officer=staff.cmo1,
            contract_no="BDG/2026/00001", schedule=schedule, disbursed_on=START, created_by=staff.kacab))
    assert Loan.select().count() == 1


def test_summaries_follow_the_installments_and_arrears_age_by_date(motor_loan):
    first, second = (Installment.select().where(Installment.loan == motor_loan).order_by(Installment.no)[:2])
    first.principal_paid, first.interest_paid, first.paid_on = first.principal, first.interest, dt.date(2026, 3, 2)
    first.save()
    loan = run_in_transaction(lambda: refresh_summary(Loan.get_by_id(motor_loan.id)))
    assert loan.principal_paid == Decimal("667000.00") and loan.interest_paid == Decimal("240000.00")
    assert loan.outstanding_principal == Decimal("15333000.00")
    assert loan.installments_paid == 1 and loan.oldest_unpaid_due == second.due_date
    assert summary_problems() == []
    view = loan_view(loan, dt.date(2026, 4, 30))
    assert view["days_past_due"] == 30 == days_past_due(second.due_date, dt.date(2026, 4, 30))
    assert view["arrears"] == Decimal("907000.00")
    # KM charges a late fee: 30 days on Rp 907.000 is positive, and the first installment paid 2 days late
    # within the grace days owes none.
    assert view["late_fees"] > 0
    assert first.id not in view["late_fees_by_installment"]


def test_check_catches_a_summary_edited_behind_the_books_back(motor_loan, ready_db):
    ready_db.execute_sql("UPDATE loan SET principal_paid = 100 WHERE id = ?", (motor_loan.id,))
    assert summary_problems() == ["loan BDG/2026/00001: summary columns disagree with its installments"]


def test_portfolio_ageing_in_sql_agrees_with_python(motor_loan):
    from models.loans.loans import collectibility, collectibility_sql, dpd_sql

    for day in (dt.date(2026, 2, 27), dt.date(2026, 3, 30), dt.date(2026, 6, 30), dt.date(2026, 12, 31)):
        dpd, klass = Loan.select(dpd_sql(day), collectibility_sql(day, "bank")).where(
            Loan.id == motor_loan.id).tuples().get()
        assert dpd == days_past_due(motor_loan.oldest_unpaid_due, day)
        assert klass == collectibility(dpd, "bank")
