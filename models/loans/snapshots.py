"""Month-end snapshots of every loan: the one table portfolio reports read instead of recomputing history.

:class:`LoanSnapshot` (table ``loan_snapshot``) holds one row per loan per month end, written by the month-end
run (:mod:`models.accounting.month_end`, step "close" and every rerun of it) set-based, with one ``INSERT … SELECT``, never
one query per loan.  A rerun of the same month replaces that month's rows (delete + insert in one
transaction), so the table always shows the books as last closed.

Columns (money in integer sen through ``MoneyField``; days in days; dates as of ``period_end``):

=======================  ======================================================================================
``period_end``           the month end (last calendar day) the row describes
``loan``                 the loan (FK ``loan``); unique with ``period_end``
``branch``               branch (FK) — ``product`` (FK loan_product) — ``officer`` (FK user, the CMO/AO)
``dealer_id``            the dealer (plain id; NULL for loans without a dealer)
``customer``             customer (FK); ``region_code``: the customer's dotted village code (models.core.wilayah)
``disbursed_on``         disbursement date; ``months_on_book``: whole months from disbursement to ``period_end``
``principal_outstanding``  principal still owed at ``period_end`` (Piutang Pembiayaan, sen)
``accrued_interest``     accrued interest receivable at ``period_end`` (may be negative: interest received ahead)
``deferred_fee``         unamortised admin + provision fees (credit balance, shown positive)
``allowance``            allowance for losses (CKPN / PPKA) held for the loan
``interest_suspended``   interest accrued then reversed on non-accrual, kept off balance sheet
``days_past_due``        days since the oldest installment unpaid at ``period_end`` fell due
``collectibility``       class 1–5 in the office's table (models.loans.collectibility); 3–5 are non-performing
``stage``                PSAK 71 stage 1–3
``amount_overdue``       installments (principal + interest) fallen due and unpaid at ``period_end``
``status``               the loan's status at ``period_end`` (``active``, ``paid_off``, ``settled_early`` …)
``accruing``             False while the loan is non-accrual (class 3–5): no income is accrued for it
``income_method``        ``effective`` or ``flat`` (models.loans.loan_income)
``collateral_value``     eligible collateral used by the allowance (sen)
``collector_id``         the collector assigned at ``period_end`` (plain id; NULL: nobody) — since migration 0016
``due_in_month``         principal + interest of the installments falling due in the month (sen) — since 0016
``collected_in_month``   principal + interest received in the month (value date in it) for installments due up
                         to ``period_end`` (sen) — since 0016
=======================  ======================================================================================

Snapshots written before migration 0016 hold NULL in the last three columns ("not recorded for this month").

Loans enter the snapshot from the month they are disbursed and stay while they are open; a loan closed during
the month appears once more, with its closing status and zero balances, so roll rates see it leave.
"""
from __future__ import annotations

from peewee import BooleanField, CharField, DateField, ForeignKeyField, IntegerField

from models.core.db import BaseModel
from models.core.money import MoneyField
from models.core.office import Branch
from models.core.users import User
from models.customers.customers import Customer
from models.loans.loans import Loan
from models.products.products import LoanProduct


class LoanSnapshot(BaseModel):
    """One loan at one month end (see the module docstring for every column)."""

    period_end = DateField(index=True)
    loan = ForeignKeyField(Loan, on_delete="RESTRICT", backref="+")
    branch = ForeignKeyField(Branch, on_delete="RESTRICT", backref="+")
    product = ForeignKeyField(LoanProduct, on_delete="RESTRICT", backref="+")
    officer = ForeignKeyField(User, on_delete="RESTRICT", backref="+")
    dealer_id = IntegerField(null=True)
    customer = ForeignKeyField(Customer, on_delete="RESTRICT", backref="+")
    region_code = CharField(max_length=13, default="")
    disbursed_on = DateField()
    months_on_book = IntegerField(default=0)
    principal_outstanding = MoneyField(default=0)
    accrued_interest = MoneyField(default=0)
    deferred_fee = MoneyField(default=0)
    allowance = MoneyField(default=0)
    interest_suspended = MoneyField(default=0)
    days_past_due = IntegerField(default=0)
    collectibility = IntegerField(default=1)
    stage = IntegerField(default=1)
    amount_overdue = MoneyField(default=0)
    status = CharField(max_length=16, default="active")
    accruing = BooleanField(default=True)
    income_method = CharField(max_length=10, default="effective")
    collateral_value = MoneyField(default=0)
    collector_id = IntegerField(null=True)
    due_in_month = MoneyField(null=True)
    collected_in_month = MoneyField(null=True)

    class Meta:
        table_name = "loan_snapshot"
        indexes = ((("period_end", "loan"), True), (("loan", "period_end"), False))


SNAPSHOT_COLUMNS = ("period_end", "loan_id", "branch_id", "product_id", "officer_id", "dealer_id", "customer_id",
                    "region_code", "disbursed_on", "months_on_book", "principal_outstanding", "accrued_interest",
                    "deferred_fee", "allowance", "interest_suspended", "days_past_due", "collectibility", "stage",
                    "amount_overdue", "status", "accruing", "income_method", "collateral_value")
#: Written since migration 0016 beside :data:`SNAPSHOT_COLUMNS` (kept apart so raw baselines written against the
#: older column list still run).
COLLECTION_COLUMNS = ("collector_id", "due_in_month", "collected_in_month")


def accruing_at(loan_id: int, date) -> bool:
    """Whether the loan accrues interest on ``date``: the flag of its latest month-end snapshot before ``date``
    (a loan never snapshotted accrues).  Payments use it to decide where interest received goes."""
    row = (LoanSnapshot.select(LoanSnapshot.accruing)
           .where((LoanSnapshot.loan == loan_id) & (LoanSnapshot.period_end < date))
           .order_by(LoanSnapshot.period_end.desc()).limit(1).tuples().first())
    return True if row is None else bool(row[0])
