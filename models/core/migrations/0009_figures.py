"""0009: the figures of issue 13: the late fee stored per installment with the day it runs to (and its undo log),
the office's holiday calendar, the contract's holiday and payoff-basis terms, an application's financing purpose
(investment or multiguna, for the POJK 35/2018 minimum DP), the day arrears count from, the
value/booking dates and stored facts of a receipt, and withdrawn late-fee waivers.  The holiday calendar is seeded
with Indonesia's public holidays and cuti bersama for 2020-2035 from the ``holidays`` package.

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
    _seed_holidays(Holiday)

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
    migrator.migrate(migrator.add_column('application', 'financing_purpose', CharField(max_length=12, default='investment')))
    _pojk_dp_rules(db)


def _seed_holidays(Holiday):
    """Seed Indonesia's public holidays and cuti bersama (2020-2035) from the ``holidays`` package; the office
    edits them afterwards (Settings -> Hari libur)."""
    import datetime

    import holidays
    from holidays.countries import Indonesia

    years = list(range(2020, 2036))
    found = holidays.country_holidays('ID', years=years, categories=Indonesia.supported_categories, language='id')
    public = holidays.country_holidays('ID', years=years)
    now = datetime.datetime.now().replace(microsecond=0)
    rows = [dict(date=day, name=str(name)[:120], kind='public' if day in public else 'cuti_bersama', active=True,
                 created_at=now) for day, name in sorted(found.items())]
    for start in range(0, len(rows), 100):
        Holiday.insert_many(rows[start:start + 100]).execute()


# The DP table products were created with before issue 13, and POJK 35/2018 Pasal 20 as written (vehicle x
# purpose x health/NPF band).  A product still holding the old default gets the regulation's table; a table the
# office edited is left alone.
_OLD_DP_RULES = ('{"1to3": {"four_wheel": "10", "two_wheel": "10"}, "3to5": {"four_wheel": "20", "two_wheel": "15"}, '
                 '"gt5": {"four_wheel": "25", "two_wheel": "20"}, "le1": {"four_wheel": "0", "two_wheel": "0"}}')
_POJK_DP_RULES = ('{"1to3": {"four_wheel": "10", "four_wheel_multiguna": "10", "two_wheel": "10"}, '
                  '"3to5": {"four_wheel": "15", "four_wheel_multiguna": "15", "two_wheel": "15"}, '
                  '"gt5": {"four_wheel": "20", "four_wheel_multiguna": "25", "two_wheel": "20"}, '
                  '"le1": {"four_wheel": "0", "four_wheel_multiguna": "0", "two_wheel": "0"}, '
                  '"unh5": {"four_wheel": "15", "four_wheel_multiguna": "20", "two_wheel": "15"}}')


def _pojk_dp_rules(db):
    db.execute_sql("UPDATE loan_product SET dp_rules = %s WHERE dp_rules = %s" % (db.param, db.param),
                   (_POJK_DP_RULES, _OLD_DP_RULES))


def down(migrator, db):
    migrator.migrate(migrator.drop_column('application', 'financing_purpose'))
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
