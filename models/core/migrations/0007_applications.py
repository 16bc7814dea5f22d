"""0007: credit applications (versions, status changes, surveys, decisions) and the collateral register.

Generated from the models with playhouse.migrations, then frozen: money and percentages are plain BIGINT
columns here (integer sen, ten-thousandths of a percent), exactly what MoneyField and PercentField store.
Tables: application (one row per version; a counter-offer adds a row pointing to the previous one),
status_change, survey, decision, collateral, collateral_movement.
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

    class Dealer(Model):
        class Meta:
            database = db
            table_name = 'dealer'

    class LoanProduct(Model):
        class Meta:
            database = db
            table_name = 'loan_product'

    class Salesperson(Model):
        class Meta:
            database = db
            table_name = 'salesperson'

    class User(Model):
        class Meta:
            database = db
            table_name = 'user'

    class Application(Model):
        number = CharField(index=True, max_length=32)
        version = IntegerField(default=1)
        previous = ForeignKeyField('self', null=True, on_delete='RESTRICT')
        is_current = BooleanField(index=True, default=True)
        branch = ForeignKeyField(Branch, on_delete='RESTRICT')
        customer = ForeignKeyField(Customer, on_delete='RESTRICT')
        product = ForeignKeyField(LoanProduct, on_delete='RESTRICT')
        officer = ForeignKeyField(User, on_delete='RESTRICT')
        source = CharField(max_length=12, default='walk_in')
        dealer = ForeignKeyField(Dealer, null=True, on_delete='RESTRICT')
        salesperson = ForeignKeyField(Salesperson, null=True, on_delete='RESTRICT')
        referral_name = CharField(max_length=100, default='')
        vehicle_type = CharField(max_length=12, default='')
        asset_brand = CharField(max_length=40, default='')
        asset_model = CharField(max_length=60, default='')
        asset_year = IntegerField(null=True)
        asset_colour = CharField(max_length=30, default='')
        chassis_no = CharField(max_length=40, default='')
        engine_no = CharField(max_length=40, default='')
        plate_no = CharField(max_length=16, default='')
        purpose = TextField(default='')
        otr_price = BigIntegerField()
        down_payment = BigIntegerField(default=0)
        tenor = IntegerField()
        annual_rate = BigIntegerField()
        npf_band = CharField(max_length=8, default='')
        terms_json = TextField(default='{}')
        amount_financed = BigIntegerField()
        installment = BigIntegerField()
        last_installment = BigIntegerField()
        total_payable = BigIntegerField()
        total_interest = BigIntegerField()
        admin_fee = BigIntegerField(default=0)
        provision = BigIntegerField(default=0)
        insurance = BigIntegerField(default=0)
        fiducia_fee = BigIntegerField(default=0)
        first_payment = BigIntegerField(default=0)
        effective_rate = BigIntegerField()
        cost_rate = BigIntegerField()
        status = CharField(index=True, max_length=12, default='draft')
        submitted_by = ForeignKeyField(User, null=True, on_delete='RESTRICT')
        submitted_at = DateTimeField(null=True)
        decided_by = ForeignKeyField(User, null=True, on_delete='RESTRICT')
        decided_at = DateTimeField(null=True)
        contract_no = CharField(unique=True, null=True, max_length=32)
        contract_date = DateField(null=True)
        contracted_by = ForeignKeyField(User, null=True, on_delete='RESTRICT')
        disbursed_by = ForeignKeyField(User, null=True, on_delete='RESTRICT')
        disbursed_on = DateField(null=True)
        loan_id = IntegerField(index=True, null=True)
        notes = TextField(default='')
        created_by = ForeignKeyField(User, null=True, on_delete='RESTRICT')
        created_at = DateTimeField()
        updated_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'application'
            indexes = ((('number', 'version'), True),)
    db.create_tables([Application])

    class Collateral(Model):
        application = ForeignKeyField(Application, unique=True, on_delete='RESTRICT')
        loan_id = IntegerField(index=True, null=True)
        customer = ForeignKeyField(Customer, on_delete='RESTRICT')
        kind = CharField(max_length=12, default='bpkb')
        description = CharField(max_length=160, default='')
        bpkb_no = CharField(max_length=30, default='')
        owner_name = CharField(max_length=100, default='')
        plate_no = CharField(max_length=16, default='')
        chassis_no = CharField(max_length=40, default='')
        engine_no = CharField(max_length=40, default='')
        status = CharField(index=True, max_length=10, default='awaiting')
        location = CharField(max_length=80, default='')
        contract_date = DateField()
        fiducia_no = CharField(max_length=40, default='')
        fiducia_date = DateField(null=True)
        fiducia_deadline = DateField(index=True)
        releasable = BooleanField(default=False)
        releasable_on = DateField(null=True)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'collateral'
    db.create_tables([Collateral])

    class CollateralMovement(Model):
        collateral = ForeignKeyField(Collateral, on_delete='RESTRICT')
        kind = CharField(max_length=10)
        date = DateField()
        party = CharField(max_length=100, default='')
        note = TextField(default='')
        made_by = ForeignKeyField(User, on_delete='RESTRICT')
        made_at = DateTimeField()
        signed_by = ForeignKeyField(User, null=True, on_delete='RESTRICT')
        signed_at = DateTimeField(null=True)
        class Meta:
            database = db
            table_name = 'collateral_movement'
    db.create_tables([CollateralMovement])

    class Decision(Model):
        application = ForeignKeyField(Application, on_delete='RESTRICT')
        kind = CharField(max_length=8)
        reason_code = CharField(max_length=24, default='')
        note = TextField(default='')
        decided_by = ForeignKeyField(User, on_delete='RESTRICT')
        decided_at = DateTimeField()
        new_version = ForeignKeyField(Application, null=True, on_delete='RESTRICT')
        class Meta:
            database = db
            table_name = 'decision'
    db.create_tables([Decision])

    class StatusChange(Model):
        application = ForeignKeyField(Application, on_delete='RESTRICT')
        from_status = CharField(max_length=12, default='')
        to_status = CharField(max_length=12)
        user = ForeignKeyField(User, null=True, on_delete='RESTRICT')
        at = DateTimeField()
        reason = TextField(default='')
        class Meta:
            database = db
            table_name = 'status_change'
    db.create_tables([StatusChange])

    class Survey(Model):
        application = ForeignKeyField(Application, unique=True, on_delete='RESTRICT')
        surveyor = ForeignKeyField(User, on_delete='RESTRICT')
        visit_date = DateField()
        findings = TextField(default='')
        income_main = BigIntegerField(default=0)
        income_spouse = BigIntegerField(default=0)
        income_other = BigIntegerField(default=0)
        household_expenses = BigIntegerField(default=0)
        debt_installments = BigIntegerField(default=0)
        existing_debts = TextField(default='')
        score_character = IntegerField(default=3)
        score_capacity = IntegerField(default=3)
        score_capital = IntegerField(default=3)
        score_collateral = IntegerField(default=3)
        score_condition = IntegerField(default=3)
        notes_5c = TextField(default='{}')
        documents = TextField(default='[]')
        recommendation = CharField(max_length=12, default='')
        recommendation_note = TextField(default='')
        created_at = DateTimeField()
        updated_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'survey'
    db.create_tables([Survey])


def down(migrator, db):
    migrator.migrate(migrator.drop_table('survey'))
    migrator.migrate(migrator.drop_table('status_change'))
    migrator.migrate(migrator.drop_table('decision'))
    migrator.migrate(migrator.drop_table('collateral_movement'))
    migrator.migrate(migrator.drop_table('collateral'))
    migrator.migrate(migrator.drop_table('application'))
