"""0016: portfolio quality from month-end snapshots (issue 15, item 9).

``loan_snapshot`` gains what the collection rate needs and the month end did not record before:

* ``collector_id``: the collector assigned to the loan at the month end (plain id, like ``dealer_id``; NULL when
  nobody was assigned);
* ``due_in_month``: principal + interest of the installments falling due in the month (sen);
* ``collected_in_month``: principal + interest received in the month (value date in the month) for installments
  due up to the month end (sen).

Snapshots written before this version keep NULL in all three: the screens say "not recorded for this month"
rather than show a rate of zero.  Frozen: plain column types, no live model.
"""
from peewee import *


def up(migrator, db):
    migrator.migrate(
        migrator.add_column('loan_snapshot', 'collector_id', IntegerField(null=True)),
        migrator.add_column('loan_snapshot', 'due_in_month', BigIntegerField(null=True)),
        migrator.add_column('loan_snapshot', 'collected_in_month', BigIntegerField(null=True)),
    )


def down(migrator, db):
    migrator.migrate(
        migrator.drop_column('loan_snapshot', 'collected_in_month'),
        migrator.drop_column('loan_snapshot', 'due_in_month'),
        migrator.drop_column('loan_snapshot', 'collector_id'),
    )
