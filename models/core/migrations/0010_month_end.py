"""0010: month-end accounting (issue 14): the loans' income sub-ledger (terms, amortised-cost schedule, entries),
the month-end snapshot of every loan, and the steps of each month's close.

Written from models/loan_income.py, models/snapshots.py and models/month_end.py, then frozen: money columns
are plain BIGINT (integer sen, what MoneyField stores).
"""
from peewee import *


def up(migrator, db):
    class Branch(Model):
        class Meta:
            database = db
            table_name = 'branch'

    class Customer(Model):
        class Meta:
            database = db
            table_name = 'customer'

    class Journal(Model):
        class Meta:
            database = db
            table_name = 'journal'

    class Loan(Model):
        class Meta:
            database = db
            table_name = 'loan'

    class LoanProduct(Model):
        class Meta:
            database = db
            table_name = 'loan_product'

    class User(Model):
        class Meta:
            database = db
            table_name = 'user'

    class LoanIncome(Model):
        loan = ForeignKeyField(Loan, unique=True, on_delete='RESTRICT')
        method = CharField(max_length=10, default='effective')
        rate = CharField(max_length=40, default='0')
        fees = BigIntegerField(default=0)
        created_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'loan_income'

    class LoanIncomeSchedule(Model):
        loan = ForeignKeyField(Loan, on_delete='RESTRICT')
        no = IntegerField()
        start_date = DateField()
        due_date = DateField()
        interest = BigIntegerField(default=0)
        fee = BigIntegerField(default=0)
        class Meta:
            database = db
            table_name = 'loan_income_schedule'
            indexes = ((('loan', 'no'), True),)

    class LoanIncomeEntry(Model):
        loan = ForeignKeyField(Loan, on_delete='RESTRICT')
        date = DateField()
        source = CharField(max_length=16)
        journal = ForeignKeyField(Journal, null=True, on_delete='RESTRICT')
        accrued = BigIntegerField(default=0)
        deferred = BigIntegerField(default=0)
        allowance = BigIntegerField(default=0)
        interest_income = BigIntegerField(default=0)
        fee_income = BigIntegerField(default=0)
        suspended = BigIntegerField(default=0)
        created_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'loan_income_entry'
            indexes = ((('loan', 'date'), False),)

    class LoanSnapshot(Model):
        period_end = DateField(index=True)
        loan = ForeignKeyField(Loan, on_delete='RESTRICT')
        branch = ForeignKeyField(Branch, on_delete='RESTRICT')
        product = ForeignKeyField(LoanProduct, on_delete='RESTRICT')
        officer = ForeignKeyField(User, on_delete='RESTRICT')
        dealer_id = IntegerField(null=True)
        customer = ForeignKeyField(Customer, on_delete='RESTRICT')
        region_code = CharField(max_length=13, default='')
        disbursed_on = DateField()
        months_on_book = IntegerField(default=0)
        principal_outstanding = BigIntegerField(default=0)
        accrued_interest = BigIntegerField(default=0)
        deferred_fee = BigIntegerField(default=0)
        allowance = BigIntegerField(default=0)
        interest_suspended = BigIntegerField(default=0)
        days_past_due = IntegerField(default=0)
        collectibility = IntegerField(default=1)
        stage = IntegerField(default=1)
        amount_overdue = BigIntegerField(default=0)
        status = CharField(max_length=16, default='active')
        accruing = BooleanField(default=True)
        income_method = CharField(max_length=10, default='effective')
        collateral_value = BigIntegerField(default=0)
        class Meta:
            database = db
            table_name = 'loan_snapshot'
            indexes = ((('period_end', 'loan'), True), (('loan', 'period_end'), False))

    class MonthEndStep(Model):
        period_end = DateField(index=True)
        step = CharField(max_length=16)
        journal = ForeignKeyField(Journal, null=True, on_delete='RESTRICT')
        figures = TextField(default='{}')
        run_by = ForeignKeyField(User, on_delete='RESTRICT')
        run_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'month_end_step'

    db.create_tables([LoanIncome, LoanIncomeSchedule, LoanIncomeEntry, LoanSnapshot, MonthEndStep])
