"""0011: collections and problem accounts — collectors' areas and assignments, contacts and promises, warning
letters, restructurings with the archived schedules, repossessions, write-offs and recoveries.

Frozen copies of models/collections.py, warning_letters.py, restructuring.py, repossession.py and
write_off.py: money and percentage columns are plain BIGINT (integer sen / ten-thousandths).
"""
from peewee import *


def up(migrator, db):
    class Journal(Model):
        class Meta:
            database = db
            table_name = 'journal'

    class Loan(Model):
        class Meta:
            database = db
            table_name = 'loan'

    class Customer(Model):
        class Meta:
            database = db
            table_name = 'customer'

    class User(Model):
        class Meta:
            database = db
            table_name = 'user'

    class CollectorArea(Model):
        collector = ForeignKeyField(User, index=True, on_delete='RESTRICT')
        level = CharField(max_length=10)
        name = CharField(max_length=80)
        created_by = ForeignKeyField(User, null=True, on_delete='SET NULL')
        created_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'collector_area'
            indexes = ((('level', 'name'), True),)

    class CollectionAssignment(Model):
        loan = ForeignKeyField(Loan, on_delete='RESTRICT')
        collector = ForeignKeyField(User, index=True, on_delete='RESTRICT')
        how = CharField(max_length=8, default='manual')
        reason = CharField(max_length=200, default='')
        started_on = DateField()
        ended_on = DateField(null=True)
        assigned_by = ForeignKeyField(User, null=True, on_delete='SET NULL')
        created_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'collection_assignment'
            indexes = ((('loan', 'ended_on'), False),)

    class CollectionContact(Model):
        loan = ForeignKeyField(Loan, on_delete='RESTRICT')
        customer = ForeignKeyField(Customer, index=True, on_delete='RESTRICT')
        user = ForeignKeyField(User, index=True, on_delete='RESTRICT')
        date = DateField(index=True)
        channel = CharField(max_length=10, default='visit')
        result = CharField(max_length=14)
        promise_date = DateField(null=True)
        promise_amount = BigIntegerField(null=True)
        note = TextField(default='')
        created_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'collection_contact'
            indexes = ((('loan', 'date'), False),)

    class WarningLetter(Model):
        loan = ForeignKeyField(Loan, index=True, on_delete='RESTRICT')
        stage = CharField(max_length=10)
        number = CharField(max_length=40, unique=True)
        date = DateField(index=True)
        episode_start = DateField()
        dpd = IntegerField()
        overdue_count = IntegerField()
        arrears = BigIntegerField()
        late_fees = BigIntegerField()
        total = BigIntegerField()
        deadline = DateField()
        title = CharField(max_length=80)
        body = TextField()
        issued_by = ForeignKeyField(User, on_delete='RESTRICT')
        created_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'warning_letter'

    class Restructuring(Model):
        loan = ForeignKeyField(Loan, index=True, on_delete='RESTRICT')
        kind = CharField(max_length=12)
        status = CharField(index=True, max_length=10, default='proposed')
        reason = TextField()
        new_tenor = IntegerField(null=True)
        new_rate = BigIntegerField(null=True)
        new_installment = BigIntegerField(null=True)
        capitalise = BooleanField(default=False)
        prepayment = BigIntegerField(default=0)
        keep_installment = BooleanField(default=False)
        effective_date = DateField()
        proposed_by = ForeignKeyField(User, on_delete='RESTRICT')
        proposed_at = DateTimeField()
        decided_by = ForeignKeyField(User, null=True, on_delete='RESTRICT')
        decided_at = DateTimeField(null=True)
        decision_note = TextField(default='')
        outstanding_before = BigIntegerField(default=0)
        capitalised_interest = BigIntegerField(default=0)
        late_fees_forgiven = BigIntegerField(default=0)
        class_before = IntegerField(null=True)
        first_new_no = IntegerField(null=True)
        installment_before = BigIntegerField(default=0)
        installment_after = BigIntegerField(default=0)
        tenor_after = IntegerField(null=True)
        receipt_no = CharField(max_length=40, null=True)
        journal = ForeignKeyField(Journal, null=True, on_delete='RESTRICT')
        class Meta:
            database = db
            table_name = 'restructuring'

    class ArchivedInstallment(Model):
        restructuring = ForeignKeyField(Restructuring, on_delete='RESTRICT')
        no = IntegerField()
        due_date = DateField()
        principal = BigIntegerField()
        interest = BigIntegerField()
        amount = BigIntegerField()
        principal_paid = BigIntegerField(default=0)
        interest_paid = BigIntegerField(default=0)
        interest_waived = BigIntegerField(default=0)
        late_fee_paid = BigIntegerField(default=0)
        late_fee_waived = BigIntegerField(default=0)
        paid_on = DateField(null=True)
        class Meta:
            database = db
            table_name = 'archived_installment'

    class Repossession(Model):
        loan = ForeignKeyField(Loan, index=True, on_delete='RESTRICT')
        status = CharField(index=True, max_length=8, default='held')
        date = DateField()
        condition = CharField(max_length=10)
        storage = CharField(max_length=120)
        valuation = BigIntegerField()
        costs = BigIntegerField(default=0)
        note = TextField(default='')
        recorded_by = ForeignKeyField(User, on_delete='RESTRICT')
        journal = ForeignKeyField(Journal, null=True, on_delete='RESTRICT')
        sale_date = DateField(null=True)
        sale_price = BigIntegerField(null=True)
        sale_costs = BigIntegerField(default=0)
        buyer = CharField(max_length=120, default='')
        debt_at_sale = BigIntegerField(null=True)
        surplus = BigIntegerField(default=0)
        shortfall = BigIntegerField(default=0)
        shortfall_action = CharField(max_length=12, default='')
        receipt_no = CharField(max_length=40, null=True)
        sold_by = ForeignKeyField(User, null=True, on_delete='RESTRICT')
        sale_journal = ForeignKeyField(Journal, null=True, on_delete='RESTRICT')
        created_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'repossession'

    class WriteOff(Model):
        loan = ForeignKeyField(Loan, index=True, on_delete='RESTRICT')
        status = CharField(index=True, max_length=10, default='proposed')
        reason = TextField()
        proposed_by = ForeignKeyField(User, on_delete='RESTRICT')
        proposed_on = DateField()
        principal = BigIntegerField()
        decided_by = ForeignKeyField(User, null=True, on_delete='RESTRICT')
        decided_at = DateTimeField(null=True)
        date = DateField(null=True)
        decision_note = TextField(default='')
        journal = ForeignKeyField(Journal, null=True, on_delete='RESTRICT')
        created_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'write_off'

    class Recovery(Model):
        loan = ForeignKeyField(Loan, index=True, on_delete='RESTRICT')
        write_off = ForeignKeyField(WriteOff, on_delete='RESTRICT')
        receipt_no = CharField(max_length=40, unique=True)
        date = DateField(index=True)
        amount = BigIntegerField()
        method = CharField(max_length=16, default='cash')
        cashier = ForeignKeyField(User, on_delete='RESTRICT')
        collector = ForeignKeyField(User, null=True, on_delete='RESTRICT')
        journal = ForeignKeyField(Journal, null=True, on_delete='RESTRICT')
        created_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'recovery'

    db.create_tables([CollectorArea, CollectionAssignment, CollectionContact, WarningLetter, Restructuring,
                      ArchivedInstallment, Repossession, WriteOff, Recovery])


def down(migrator, db):
    for table in ('recovery', 'write_off', 'repossession', 'archived_installment', 'restructuring',
                  'warning_letter', 'collection_contact', 'collection_assignment', 'collector_area'):
        migrator.migrate(migrator.drop_table(table))
