"""0017: a loan's income sub-ledger learns direct origination costs and the modification result (issue 14).

* ``loan_income.costs`` — direct costs the office paid to originate the loan (dealer commission/refund, survey),
  deferred against the receivable with the fees and folded into the effective rate (sen).
* ``loan_income_entry.modification`` — the modification gain (+) or loss (−) recognised when a restructuring
  changed the cash flows without derecognising the loan (PSAK 71 ¶5.4.3), sen.

Frozen: money columns are plain BIGINT (integer sen, what MoneyField stores).
"""
from peewee import *  # noqa: F401,F403 - migration style


def up(migrator, db):
    migrator.migrate(migrator.add_column('loan_income', 'costs', BigIntegerField(default=0)))
    migrator.migrate(migrator.add_column('loan_income_entry', 'modification', BigIntegerField(default=0)))


def down(migrator, db):
    migrator.migrate(migrator.drop_column('loan_income_entry', 'modification'))
    migrator.migrate(migrator.drop_column('loan_income', 'costs'))
