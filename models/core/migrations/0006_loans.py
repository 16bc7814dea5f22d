"""0006: loans and their installment rows (the spine shared by disbursement, the cashier and collections).

Generated from the models with playhouse.migrations, then frozen: money and percentages are plain BIGINT
columns here (integer sen, ten-thousandths of a percent), exactly what MoneyField and PercentField store.
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

    class LoanProduct(Model):
        class Meta:
            database = db
            table_name = 'loan_product'

    class User(Model):
        class Meta:
            database = db
            table_name = 'user'

    class Loan(Model):
        contract_no = CharField(unique=True, max_length=32)
        customer = ForeignKeyField(Customer, on_delete='RESTRICT')
        product = ForeignKeyField(LoanProduct, on_delete='RESTRICT')
        branch = ForeignKeyField(Branch, on_delete='RESTRICT')
        officer = ForeignKeyField(User, on_delete='RESTRICT')
        dealer_id = IntegerField(index=True, null=True)
        application_id = IntegerField(index=True, null=True)
        status = CharField(index=True, max_length=16, default='active')
        method = CharField(max_length=16)
        frequency = CharField(max_length=10, default='monthly')
        annual_rate = BigIntegerField()
        tenor = IntegerField()
        rounding = CharField(max_length=8, default='sen')
        grace = IntegerField(default=0)
        principal = BigIntegerField()
        otr_price = BigIntegerField(default=0)
        down_payment = BigIntegerField(default=0)
        admin_fee = BigIntegerField(default=0)
        provision = BigIntegerField(default=0)
        insurance = BigIntegerField(default=0)
        fiducia_fee = BigIntegerField(default=0)
        installment_amount = BigIntegerField()
        total_interest = BigIntegerField()
        effective_rate = BigIntegerField()
        late_fee_per_mille = BigIntegerField(default=0)
        late_fee_grace_days = IntegerField(default=0)
        late_fee_cap_pct = BigIntegerField(null=True)
        late_fee_cap_amount = BigIntegerField(null=True)
        allocation_order = CharField(max_length=40, default='fee,interest,principal')
        payoff_penalty_pct = BigIntegerField(default=0)
        contract_date = DateField()
        disbursed_on = DateField()
        first_due = DateField()
        maturity_date = DateField()
        outstanding_principal = BigIntegerField()
        principal_paid = BigIntegerField(default=0)
        interest_paid = BigIntegerField(default=0)
        late_fee_paid = BigIntegerField(default=0)
        late_fee_waived = BigIntegerField(default=0)
        advance_balance = BigIntegerField(default=0)
        installments_paid = IntegerField(default=0)
        oldest_unpaid_due = DateField(index=True, null=True)
        last_payment_on = DateField(null=True)
        closed_on = DateField(null=True)
        notes = TextField(default='')
        created_by = ForeignKeyField(User, null=True, on_delete='SET NULL')
        created_at = DateTimeField()
        updated_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'loan'
    db.create_tables([Loan])

    class Installment(Model):
        loan = ForeignKeyField(Loan, on_delete='RESTRICT')
        no = IntegerField()
        due_date = DateField()
        principal = BigIntegerField()
        interest = BigIntegerField()
        amount = BigIntegerField()
        principal_paid = BigIntegerField(default=0)
        interest_paid = BigIntegerField(default=0)
        late_fee_paid = BigIntegerField(default=0)
        late_fee_waived = BigIntegerField(default=0)
        interest_waived = BigIntegerField(default=0)
        paid_on = DateField(null=True)
        class Meta:
            database = db
            table_name = 'installment'
            indexes = ((('loan', 'no'), True), (('loan', 'due_date'), False))
    db.create_tables([Installment])


def down(migrator, db):
    migrator.migrate(migrator.drop_table('installment'))
    migrator.migrate(migrator.drop_table('loan'))
