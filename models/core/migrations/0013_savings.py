"""0013: members' savings (koperasi simpan pinjam): members, savings products, accounts, transactions, the
month-end interest runs, and the year-end SHU distribution with its per-member shares.

Generated from models/savings.py and models/shu.py with playhouse.migrations, then frozen: money and percentages
are plain BIGINT columns (integer sen, ten-thousandths of a percent), what MoneyField and PercentField store.
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

    class User(Model):
        class Meta:
            database = db
            table_name = 'user'

    class Member(Model):
        customer = ForeignKeyField(Customer, unique=True, on_delete='RESTRICT')
        seq = IntegerField(unique=True)
        member_no = CharField(unique=True, max_length=20)
        joined_on = DateField()
        status = CharField(index=True, max_length=10, default='active')
        left_on = DateField(null=True)
        leave_reason = TextField(default='')
        created_by = ForeignKeyField(User, null=True, on_delete='RESTRICT', backref='+')
        approved_by = ForeignKeyField(User, null=True, on_delete='RESTRICT', backref='+')
        created_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'member'
    db.create_tables([Member])

    class SavingsProduct(Model):
        code = CharField(unique=True, max_length=16)
        name = CharField(max_length=80)
        kind = CharField(max_length=12)
        account_code = CharField(max_length=20)
        fixed_amount = BigIntegerField(default=0)
        rate = BigIntegerField(default=0)
        interest_basis = CharField(max_length=8, default='none')
        min_balance = BigIntegerField(default=0)
        min_earning_balance = BigIntegerField(default=0)
        tax_free_limit = BigIntegerField(default=24000000)
        tax_rate = BigIntegerField(default=100000)
        approval_limit = BigIntegerField(null=True)
        term_months = IntegerField(default=0)
        penalty_kind = CharField(max_length=10, default='principal')
        penalty_rate = BigIntegerField(default=0)
        posting_overrides = TextField(default='{}')
        active = BooleanField(default=True)
        created_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'savings_product'
    db.create_tables([SavingsProduct])

    class SavingsAccount(Model):
        number = CharField(unique=True, max_length=24)
        member = ForeignKeyField(Member, on_delete='RESTRICT')
        product = ForeignKeyField(SavingsProduct, on_delete='RESTRICT')
        branch = ForeignKeyField(Branch, on_delete='RESTRICT')
        opened_on = DateField()
        status = CharField(index=True, max_length=8, default='active')
        closed_on = DateField(null=True)
        balance = BigIntegerField(default=0)
        rate = BigIntegerField(null=True)
        term_months = IntegerField(default=0)
        maturity_date = DateField(null=True)
        on_maturity = CharField(max_length=10, default='')
        interest_account = ForeignKeyField('self', null=True, on_delete='RESTRICT', backref='+')
        interest_paid = BigIntegerField(default=0)
        passbook_book = IntegerField(default=1)
        passbook_line = IntegerField(default=0)
        passbook_txn = IntegerField(default=0)
        created_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'savings_account'
    db.create_tables([SavingsAccount])

    class SavingsTransaction(Model):
        account = ForeignKeyField(SavingsAccount, on_delete='RESTRICT')
        date = DateField(index=True)
        kind = CharField(max_length=14)
        amount = BigIntegerField()
        balance_after = BigIntegerField()
        receipt_no = CharField(index=True, max_length=40, null=True)
        payment_id = IntegerField(null=True)
        branch = ForeignKeyField(Branch, on_delete='RESTRICT')
        method = CharField(max_length=10, default='cash')
        journal = ForeignKeyField(Journal, null=True, on_delete='RESTRICT', backref='+')
        status = CharField(index=True, max_length=10, default='posted')
        reverses = ForeignKeyField('self', null=True, on_delete='RESTRICT', backref='+')
        counterpart = ForeignKeyField('self', null=True, on_delete='RESTRICT', backref='+')
        period = CharField(max_length=7, null=True)
        memo = CharField(max_length=200, default='')
        created_by = ForeignKeyField(User, null=True, on_delete='RESTRICT', backref='+')
        approved_by = ForeignKeyField(User, null=True, on_delete='RESTRICT', backref='+')
        created_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'savings_transaction'
            indexes = [(('account', 'id'), False)]
    db.create_tables([SavingsTransaction])

    class SavingsInterestRun(Model):
        period_end = DateField(unique=True)
        accounts = IntegerField(default=0)
        gross = BigIntegerField(default=0)
        tax = BigIntegerField(default=0)
        journal_ids = TextField(default='[]')
        created_by = ForeignKeyField(User, null=True, on_delete='RESTRICT', backref='+')
        created_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'savings_interest_run'
    db.create_tables([SavingsInterestRun])

    class ShuDistribution(Model):
        year = IntegerField(unique=True)
        pool = BigIntegerField()
        mode = CharField(max_length=10)
        parts = TextField()
        date = DateField()
        journal = ForeignKeyField(Journal, null=True, on_delete='RESTRICT', backref='+')
        created_by = ForeignKeyField(User, null=True, on_delete='RESTRICT', backref='+')
        created_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'shu_distribution'
    db.create_tables([ShuDistribution])

    class ShuShare(Model):
        distribution = ForeignKeyField(ShuDistribution, on_delete='RESTRICT')
        member = ForeignKeyField(Member, on_delete='RESTRICT')
        avg_savings = BigIntegerField(default=0)
        interest_paid = BigIntegerField(default=0)
        capital_part = BigIntegerField(default=0)
        service_part = BigIntegerField(default=0)
        total = BigIntegerField(default=0)
        txn = ForeignKeyField(SavingsTransaction, null=True, on_delete='RESTRICT', backref='+')
        paid = BooleanField(default=False)
        paid_on = DateField(null=True)
        receipt_no = CharField(max_length=40, null=True)
        class Meta:
            database = db
            table_name = 'shu_share'
    db.create_tables([ShuShare])


def down(migrator, db):
    migrator.migrate(migrator.drop_table('shu_share'))
    migrator.migrate(migrator.drop_table('shu_distribution'))
    migrator.migrate(migrator.drop_table('savings_interest_run'))
    migrator.migrate(migrator.drop_table('savings_transaction'))
    migrator.migrate(migrator.drop_table('savings_account'))
    migrator.migrate(migrator.drop_table('savings_product'))
    migrator.migrate(migrator.drop_table('member'))
