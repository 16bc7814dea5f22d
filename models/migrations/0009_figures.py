"""0009: the figures of issue 13: the late fee stored per installment with the day it runs to (and its undo log),
the office's holiday calendar, the contract's holiday and payoff-basis terms, the day arrears count from, the
value/booking dates and stored facts of a receipt, and withdrawn late-fee waivers.

Generated from the models with playhouse.schema_diff, then frozen: money columns are plain BIGINT (integer sen,
what MoneyField stores).
"""
from peewee import *


def up(migrator, db):
    class Installment(Model):
        class Meta:
            database = db
            table_name = 'installment'

    class User(Model):
        class Meta:
            database = db
            table_name = 'user'

    class FeeAccrualChange(Model):
        payment_id = IntegerField(index=True)
        installment = ForeignKeyField(Installment, on_delete='RESTRICT')
        before_amount = BigIntegerField()
        before_to = DateField(null=True)
        class Meta:
            database = db
            table_name = 'fee_accrual_change'
    db.create_tables([FeeAccrualChange])

    class Holiday(Model):
        date = DateField(unique=True)
        name = CharField(max_length=120)
        kind = CharField(max_length=16, default='public')
        active = BooleanField(default=True)
        created_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'holiday'
    db.create_tables([Holiday])

    migrator.migrate(migrator.add_column('loan_product', 'move_due_off_holidays', BooleanField(default=False)))
    migrator.migrate(migrator.add_column('loan_product', 'payoff_principal_basis', CharField(max_length=10, default='schedule')))
    migrator.migrate(migrator.add_column('loan', 'move_due_off_holidays', BooleanField(default=False)))
    migrator.migrate(migrator.add_column('loan', 'payoff_principal_basis', CharField(max_length=10, default='schedule')))
    migrator.migrate(migrator.add_column('loan', 'arrears_from', DateField(null=True)))
    migrator.migrate(migrator.add_column('installment', 'fee_accrued', BigIntegerField(default=0)))
    migrator.migrate(migrator.add_column('installment', 'fee_accrued_to', DateField(null=True)))
    migrator.migrate(migrator.add_column('payment', 'booked_on', DateField(index=True, null=True)))
    migrator.migrate(migrator.add_column('payment', 'receipt_facts', TextField(default='')))
    migrator.migrate(migrator.add_column('late_fee_waiver', 'withdrawn_at', DateTimeField(null=True)))
    migrator.migrate(migrator.add_column('late_fee_waiver', 'withdrawn_by_id', ForeignKeyField(User, field=User.id, null=True, on_delete='RESTRICT')))
    migrator.migrate(migrator.add_column('late_fee_waiver', 'withdrawal_reason', TextField(default='')))


def down(migrator, db):
    migrator.migrate(migrator.drop_column('late_fee_waiver', 'withdrawal_reason'))
    migrator.migrate(migrator.drop_column('late_fee_waiver', 'withdrawn_by_id'))
    migrator.migrate(migrator.drop_column('late_fee_waiver', 'withdrawn_at'))
    migrator.migrate(migrator.drop_column('payment', 'receipt_facts'))
    migrator.migrate(migrator.drop_column('payment', 'booked_on'))
    migrator.migrate(migrator.drop_column('installment', 'fee_accrued_to'))
    migrator.migrate(migrator.drop_column('installment', 'fee_accrued'))
    migrator.migrate(migrator.drop_column('loan', 'arrears_from'))
    migrator.migrate(migrator.drop_column('loan', 'payoff_principal_basis'))
    migrator.migrate(migrator.drop_column('loan', 'move_due_off_holidays'))
    migrator.migrate(migrator.drop_column('loan_product', 'payoff_principal_basis'))
    migrator.migrate(migrator.drop_column('loan_product', 'move_due_off_holidays'))
    migrator.migrate(migrator.drop_table('holiday'))
    migrator.migrate(migrator.drop_table('fee_accrual_change'))
