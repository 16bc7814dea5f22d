"""0008: the cashier's tables: payments (receipts), their allocation to installments, and late-fee waivers.

Generated from models/payments.py with playhouse.migrations, then frozen: money columns are plain BIGINT
(integer sen, what MoneyField stores).
"""
from peewee import *


def up(migrator, db):
    class Branch(Model):
        class Meta:
            database = db
            table_name = 'branch'

    class Installment(Model):
        class Meta:
            database = db
            table_name = 'installment'

    class Journal(Model):
        class Meta:
            database = db
            table_name = 'journal'

    class Loan(Model):
        class Meta:
            database = db
            table_name = 'loan'

    class User(Model):
        class Meta:
            database = db
            table_name = 'user'

    class Payment(Model):
        receipt_no = CharField(unique=True, max_length=40)
        loan = ForeignKeyField(Loan, on_delete='RESTRICT')
        branch = ForeignKeyField(Branch, on_delete='RESTRICT')
        kind = CharField(max_length=12, default='installment')
        date = DateField(index=True)
        amount = BigIntegerField()
        method = CharField(max_length=16, default='cash')
        reference = CharField(max_length=64, default='')
        cashier = ForeignKeyField(User, on_delete='RESTRICT')
        idempotency_key = CharField(index=True, null=True, max_length=64)
        status = CharField(index=True, max_length=10, default='posted')
        journal = ForeignKeyField(Journal, null=True, on_delete='RESTRICT')
        reversal_journal = ForeignKeyField(Journal, null=True, on_delete='RESTRICT')
        reversed_by = ForeignKeyField(User, null=True, on_delete='RESTRICT')
        reversed_at = DateTimeField(null=True)
        reason = TextField(default='')
        outstanding_after = BigIntegerField(default=0)
        print_count = IntegerField(default=0)
        created_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'payment'
    db.create_tables([Payment])

    class LateFeeWaiver(Model):
        loan = ForeignKeyField(Loan, on_delete='RESTRICT')
        installment = ForeignKeyField(Installment, on_delete='RESTRICT')
        payment = ForeignKeyField(Payment, null=True, on_delete='RESTRICT')
        date = DateField()
        amount = BigIntegerField()
        reason = TextField()
        requested_by = ForeignKeyField(User, on_delete='RESTRICT')
        approved_by = ForeignKeyField(User, on_delete='RESTRICT')
        created_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'late_fee_waiver'
    db.create_tables([LateFeeWaiver])

    class PaymentAllocation(Model):
        payment = ForeignKeyField(Payment, on_delete='RESTRICT')
        installment = ForeignKeyField(Installment, null=True, on_delete='RESTRICT')
        part = CharField(max_length=16)
        amount = BigIntegerField()
        class Meta:
            database = db
            table_name = 'payment_allocation'
    db.create_tables([PaymentAllocation])


def down(migrator, db):
    migrator.migrate(migrator.drop_table('payment_allocation'))
    migrator.migrate(migrator.drop_table('late_fee_waiver'))
    migrator.migrate(migrator.drop_table('payment'))
