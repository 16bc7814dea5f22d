"""0014: account balances per month (statements that do not grow with history) and the indexes the large lists
sort and filter by.

Frozen copy of models/balances.py's table.  The balances of an existing office are computed once from its
posted journal lines, in the migration's transaction.
"""
from peewee import *


def up(migrator, db):
    class Account(Model):
        class Meta:
            database = db
            table_name = 'account'

    class AccountBalance(Model):
        account = ForeignKeyField(Account, on_delete='RESTRICT')
        year = IntegerField()
        month = IntegerField()
        closing = BooleanField(default=False)
        debit = BigIntegerField(default=0)
        credit = BigIntegerField(default=0)

        class Meta:
            database = db
            table_name = 'account_balance'
            indexes = ((('year', 'month', 'account', 'closing'), True),)
    db.create_tables([AccountBalance])

    sqlite = isinstance(db, SqliteDatabase)
    year, month = (("CAST(substr(j.date, 1, 4) AS INTEGER)", "CAST(substr(j.date, 6, 2) AS INTEGER)")
                   if sqlite else ("EXTRACT(YEAR FROM j.date)::int", "EXTRACT(MONTH FROM j.date)::int"))
    closing = "j.source = 'closing'"
    sql = ("INSERT INTO account_balance (account_id, year, month, closing, debit, credit) "
           f"SELECT l.account_id, {year}, {month}, {closing}, SUM(l.debit), SUM(l.credit) "
           "FROM journal_line l JOIN journal j ON j.id = l.journal_id WHERE j.posted_at IS NOT NULL "
           f"GROUP BY l.account_id, {year}, {month}, {closing}")
    if sqlite:
        db.execute_sql(sql)
    else:
        db.cursor().execute(sql)

    # The loans list's orders, read from indexes (models/loans.py Loan.Meta.indexes).
    migrator.migrate(
        migrator.add_index('loan', ('status', 'contract_no'), False),
        migrator.add_index('loan', ('status', 'oldest_unpaid_due'), False),
        migrator.add_index('loan', ('status', 'outstanding_principal'), False),
    )


def down(migrator, db):
    migrator.migrate(
        migrator.drop_index('loan', 'loan_status_contract_no'),
        migrator.drop_index('loan', 'loan_status_oldest_unpaid_due'),
        migrator.drop_index('loan', 'loan_status_outstanding_principal'),
    )
    migrator.migrate(migrator.drop_table('account_balance'))
