"""Test helper: a loan disbursed the way the branch does it (loan rows + disbursement journal, one transaction).

Used until the disbursement module's own function is available to tests of the cashier.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from models.customers.customers import Customer
from models.core.db import run_in_transaction
from models.ledger.journals import post_event
from models.products.loanmath import Method, build_schedule
from models.loans.loans import Loan, create_loan
from models.core.office import Branch
from models.products.products import LoanProduct
from models.core.users import User

START = dt.date(2026, 1, 31)


def disburse(contract_no: str = "BDG/2026/00001", principal: str = "16000000", rate: str = "18", tenor: int = 24,
             start: dt.date = START, customer: Customer | None = None, product_code: str = "KM",
             rounding: str = "1000") -> Loan:
    """Disburse a flat-rate loan: create it and post its disbursement journal together."""
    customer = customer or Customer.select().order_by(Customer.id).first()
    product = LoanProduct.get(LoanProduct.code == product_code)
    branch = Branch.get(Branch.code == "BDG")
    cmo = User.get(User.username == "cmo1")
    kacab = User.get(User.username == "kacab")
    schedule = build_schedule(Decimal(principal), Decimal(rate), tenor, Method.FLAT, start, rounding=rounding)

    def body():
        loan = create_loan(customer=customer, product=product, branch=branch, officer=cmo, contract_no=contract_no,
                           schedule=schedule, disbursed_on=start, created_by=kacab)
        post_event(kacab, [("disbursement", loan.principal)], date=start, description=f"Pencairan {contract_no}",
                   source="disbursement", reference=contract_no, customer_id=customer.id, loan_id=loan.id,
                   branch=branch)
        return loan

    return run_in_transaction(body)
