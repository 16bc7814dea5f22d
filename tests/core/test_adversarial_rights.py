"""Adversarial (issue 19, items 3 and 4): every public write function in ``models/`` checks rights, as every role.

The test finds the write functions itself (public functions of ``models/`` whose first parameter is the acting
user), so a new action without its entry in :data:`EXPECTED` fails here.  For every role it calls each function
with that role's user and arguments that are not even valid: a role without the right must be refused before
anything is read, a deactivated user and a demoted one are refused at their next action, and nobody (``None``)
posts a journal.
"""
from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil

import pytest
from adversarial_helpers import demo_db, demo_template  # noqa: F401 - fixtures

import models
from models.core.errors import PermissionDenied
from models.core.users import PERMISSIONS, Role, User
from models.ledger.journals import SOURCE_PERMISSIONS

pytestmark = pytest.mark.adversarial

#: function -> the permission(s) any of which lets a role past the first check.
EXPECTED: dict[str, tuple[str, ...]] = {
    "applications.create_application": ("application.create",),
    "applications.update_application": ("application.create",),
    "applications.record_survey": ("application.create",),
    "applications.submit_application": ("application.create",),
    "disbursement.cancel_application": ("application.create", "application.approve"),
    "applications.set_approval_limit": ("settings.edit",),
    "applications.approve_application": ("application.approve",),
    "applications.reject_application": ("application.approve",),
    "applications.return_application": ("application.approve",),
    "applications.counter_offer": ("application.approve",),
    "backup.backup_now": ("backup.run",),
    "backup.save_backup_settings": ("settings.edit",),
    "collateral.void_for_application": ("application.contract", "application.create", "application.approve"),
    "collateral.record_movement": ("collateral.move",),
    "collateral.register_fiducia": ("collateral.move",),
    "collateral.sign_off": ("collateral.move",),
    "customer_import.run_import": ("customer.import",),
    "customer_import.export_customers": ("customer.export",),
    "customers.create_customer": ("customer.edit",),
    "customers.update_customer": ("customer.edit",),
    "customers.set_status": ("customer.edit",),
    "customers.reassign_portfolio": ("portfolio.reassign",),
    "customers.attach_document": ("customer.edit",),
    "customers.remove_document": ("customer.edit",),
    "customers.log_follow_up": ("followup.log",),
    "dealers.create_dealer": ("dealer.edit",),
    "dealers.update_dealer": ("dealer.edit",),
    "dealers.set_dealer_active": ("dealer.edit",),
    "dealers.add_salesperson": ("dealer.edit",),
    "dealers.set_salesperson_active": ("dealer.edit",),
    "disbursement.create_contract": ("application.contract",),
    "disbursement.disburse": ("loan.disburse",),
    "ledger.create_account": ("coa.edit",),
    "ledger.update_account": ("coa.edit",),
    "ledger.close_month": ("period.close",),
    "ledger.reopen_month": ("period.reopen",),
    "ledger.close_year": ("period.close",),
    "loan_import.run_import": ("journal.manual",),
    "payments.post_payment": ("payment.post",),
    "payments.settle_early": ("loan.payoff",),
    "payments.reverse_payment": ("payment.reverse",),
    "payments.refund_advance": ("payment.post",),
    "payments.waive_late_fee": ("payment.post", "collection.work", "fee.waive"),
    "products.create_product": ("product.edit",),
    "products.update_product": ("product.edit",),
    "products.deactivate_product": ("product.edit",),
    "products.set_npf_band": ("settings.edit",),
    "users.create_user": ("user.manage",),
    "limits.set_approver_may_disburse": ("settings.edit",),
    "limits.set_amount_ceiling": ("settings.edit",),
    "users.change_role": ("role.change",),
    "users.set_active": ("user.manage",),
    # this wave's actions (issues 13–20)
    "allowance.set_policy": ("settings.edit",),
    "collectibility.set_office_table": ("settings.edit",),
    "collections.assign_area": ("collection.assign",),
    "collections.assign_loan": ("collection.assign",),
    "collections.assign_unassigned": ("collection.assign",),
    "collections.record_contact": ("collection.work",),
    "collections.set_collection_settings": ("settings.edit",),
    "collections.worklist_keys": ("collection.work",),
    "customers.follow_ups_due_count": ("customer.view",),
    "documents.set_agreement_template": ("settings.edit",),
    "documents.set_receipt_settings": ("settings.edit",),
    "documents.set_stamp_duty_bearer": ("product.edit",),
    "figures.apply_due_advances": ("payment.post", "period.close"),
    "figures.close_month": ("period.close",),
    "figures.settle_sen_residues": ("journal.manual",),
    "ledger.require_chart_editor": ("coa.edit",),
    "loan_income.set_income_method": ("settings.edit",),
    "loan_income.set_nonaccrual_mode": ("settings.edit",),
    "month_end.close": ("period.close",),
    "month_end.run_step": ("period.close",),
    "office_calendar.seed_years": ("settings.edit",),
    "office_calendar.set_holiday": ("settings.edit",),
    "office_profile.update_branch": ("settings.edit",),
    "office_profile.update_profile": ("settings.edit",),
    "office_setup.create_first_users": ("user.manage",),
    "office_setup.install_defaults": ("product.edit",),
    "opening_balance.post_opening": ("journal.manual",),
    "passbook.mark_printed": ("savings.post",),
    "passbook.new_book": ("savings.post",),
    "passbook.save_geometry": ("settings.edit",),
    "payments.withdraw_waiver": ("fee.waive",),
    "repossession.record_repossession": ("repossession.record",),
    "repossession.record_sale": ("repossession.sell",),
    "restructuring.check_approver": ("restructure.approve",),
    "restructuring.propose": ("restructure.propose",),
    "restructuring.reject": ("restructure.approve",),
    "savings.credit_monthly_interest": ("period.close",),
    "savings.deposit": ("savings.post",),
    "savings.install_default_products": ("product.edit",),
    "savings.join": ("savings.post",),
    "savings.open_account": ("savings.post",),
    "savings.resign_member": ("savings.post",),
    "savings.reverse_transaction": ("savings.approve",),
    "savings.save_product": ("product.edit",),
    "savings.transfer": ("savings.post",),
    "savings.withdraw": ("savings.post",),
    "shu.distribute_shu": ("period.close",),
    "shu.pay_share": ("savings.post",),
    "shu.save_parts": ("settings.edit",),
    "time_deposits.break_early": ("savings.post",),
    "time_deposits.mature": ("savings.post",),
    "time_deposits.open_time_deposit": ("savings.post",),
    "warning_letters.issue_batch": ("letter.issue",),
    "warning_letters.set_stages": ("settings.edit",),
    "work_areas.set_work_areas": ("portfolio.reassign",),
    "write_off.approve_write_off": ("loan.writeoff",),
    "write_off.post_recovery": ("recovery.post",),
    "write_off.propose_write_off": ("writeoff.propose",),
    "write_off.reject_write_off": ("loan.writeoff",),
}
#: Posting functions: checked per source below (the permission depends on the source).
POSTING = {"ledger.post_journal", "ledger.post_event", "ledger.reverse_journal"}
#: First-parameter-is-a-user functions that write nothing, or check rights in another way (with the reason).
NOT_ACTIONS = {
    # this wave: reads, helpers called inside an action that checks, or actions checking two rights (a
    # maker's and a checker's) that their own tests cover: 
    "allowance.adopt_derived_rates", "cashier_close.close_cashier_day", "cashier_close.day_close_of", "cashier_close.day_summary", "collections.worklist", "ledger.may_edit_chart", "month_end.run_all", "office_setup.set_cash_and_bank", "savings.collect_with_installment", "savings.pay_installment_from_savings", "restructuring.approve",
    "applications.visible_query", "applications.approval_queue", "applications.list_ids", "applications.count_ids",
    "applications.customer_choices", "applications.check_approver", "audit.record",
    "customer_import.plan_import", "customers.can_see", "customers.get_customer", "customers.transfer_history",
    "customers.customer_rows", "customers.reveal_customer", "customers.audit_list_unmask", "customers.masked_view",
    "customers.documents", "customers.follow_ups", "customers.follow_ups_due", "payments.find_loans",
    "search.search_ids", "search.list_ids", "search.count_ids", "users.has_permission", "users.require", "users.sees_all_portfolios",
    "users.user_snapshot", "users.refresh_rights", "ledger.require_posting", "users.prove_identity",
    "users.set_password",  # a user changes their own password with the current one; others need user.manage
}
USER_PARAMS = ("actor", "user", "cashier", "by", "checker", "approver", "requested_by")


#: Modules named here by the name of their capability rather than their own (the ledger's three modules).
MODULE_KEYS = {"models.ledger.journals": "ledger", "models.ledger.accounts": "ledger", "models.ledger.chart": "ledger"}


def write_functions() -> dict[str, object]:
    """Every public function of ``models/`` whose first parameter is a user, keyed ``module.function``."""
    found = {}
    for info in pkgutil.walk_packages(models.__path__, "models."):
        if info.ispkg or ".demo." in info.name or ".migrations." in info.name:
            continue
        module = importlib.import_module(info.name)
        key = MODULE_KEYS.get(info.name, info.name.rsplit(".", 1)[1])
        for name, fn in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(fn) or fn.__module__ != module.__name__:
                continue
            params = list(inspect.signature(fn).parameters)
            if params and params[0] in USER_PARAMS:
                found[f"{key}.{name}"] = fn
    return found


def _call_with_junk(fn, user):
    """Call ``fn(user, …)`` with every other required argument ``None``: only the rights check can pass."""
    args, kwargs = [user], {}
    for i, p in enumerate(inspect.signature(fn).parameters.values()):
        if i == 0 or p.default is not inspect.Parameter.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            continue
        if p.kind is p.KEYWORD_ONLY:
            kwargs[p.name] = None
        else:
            args.append(None)
    return fn(*args, **kwargs)


def _one_user_per_role() -> dict[Role, User]:
    users = {}
    for role in Role:
        user = User.select().where((User.role == role.value) & (User.active == True)).first()  # noqa: E712
        assert user is not None, role
        users[role] = user
    return users


def test_every_write_function_is_listed_with_its_right():
    found = set(write_functions())
    assert found - set(EXPECTED) - POSTING - NOT_ACTIONS == set(), "a new action needs its right in EXPECTED"
    assert set(EXPECTED) - found == set(), "EXPECTED names a function that no longer exists"


def test_every_role_without_the_right_is_refused_before_anything_is_read(demo_db):
    functions = write_functions()
    users = _one_user_per_role()
    wrong = []
    for name, perms in EXPECTED.items():
        for role, user in users.items():
            allowed = any(role in PERMISSIONS[p][0] for p in perms)
            try:
                _call_with_junk(functions[name], user)
                outcome = "ran"
            except PermissionDenied as exc:
                outcome = "refused: " + exc.message
            except Exception as exc:  # noqa: BLE001 - junk arguments fail after the rights check
                outcome = type(exc).__name__
            refused_for_right = outcome.startswith("refused") and any(PERMISSIONS[p][1] in outcome for p in perms)
            if not allowed and not outcome.startswith("refused"):
                wrong.append(f"{name} as {role.value}: {outcome}")
            if allowed and refused_for_right:
                wrong.append(f"{name} as {role.value} (holds it): {outcome}")
    assert wrong == [], "\n".join(wrong)


SOURCE_CASES = [("manual", "journal.manual"), ("payment", "payment.post"), ("disbursement", "loan.disburse"),
                ("payoff", "loan.payoff"), ("write_off", "loan.writeoff"), ("closing", "period.close"),
                ("savings", "savings.post"), ("opening", "journal.manual")]


@pytest.mark.parametrize("source,perm", SOURCE_CASES)
def test_each_journal_source_needs_its_own_right_and_an_actor(demo_db, source, perm):
    from models.ledger.chart import Line, chart_roles
    from models.ledger.journals import Journal, post_event, post_journal

    cash = chart_roles()["cash"]
    before = Journal.select().count()
    for role, user in _one_user_per_role().items():
        lines = [Line(cash, debit="1000"), Line(cash, credit="1000")]
        # a source may accept more than one right (the month-end close posts payments and savings interest)
        if role in PERMISSIONS[perm][0] or any(role in PERMISSIONS[p][0] for p in SOURCE_PERMISSIONS[source]):
            continue
        with pytest.raises(PermissionDenied):
            post_journal(user, dt.date(2026, 11, 20), "uji", source, lines)
        with pytest.raises(PermissionDenied):
            post_event(user, [("installment_principal", 1000)], date=dt.date(2026, 11, 20), description="uji",
                       source=source)
    with pytest.raises(PermissionDenied):
        post_journal(None, dt.date(2026, 11, 20), "uji", source, [Line(cash, debit="1"), Line(cash, credit="1")])
    with pytest.raises(PermissionDenied):
        post_event(None, [("installment_principal", 1000)], date=dt.date(2026, 11, 20), description="x",
                   source=source)
    assert Journal.select().count() == before


def test_a_payment_journal_is_reversed_only_by_someone_who_may_reverse_payments(demo_db):
    from models.ledger.journals import Journal, reverse_journal

    journal = Journal.select().where(Journal.source == "payment").order_by(Journal.id.desc()).first()
    users = _one_user_per_role()
    for role, user in users.items():
        if role in PERMISSIONS["payment.reverse"][0]:
            continue
        with pytest.raises(PermissionDenied):
            reverse_journal(user, journal, "uji", by_subledger=True)
    with pytest.raises(PermissionDenied):
        reverse_journal(None, journal, "uji", by_subledger=True)


def test_a_deactivated_cashier_cannot_post_at_the_next_action_even_with_the_old_session(demo_db):
    from models.cashier.payments import post_payment
    from models.core.users import set_active
    from models.loans.loans import Loan

    admin = User.get(User.username == "admin")
    cashier = User.get(User.username == "kasir")  # the object the cashier's session holds
    loan = Loan.select().where(Loan.status == "active").first()
    set_active(admin, User.get_by_id(cashier.id), False)
    assert cashier.active  # the session's copy still says active …
    with pytest.raises(PermissionDenied, match="dinonaktifkan"):
        post_payment(cashier, loan, "100000", dt.date(2026, 11, 23), idempotency_key="uji-19")


def test_a_supervisor_demoted_to_collector_no_longer_reverses_a_payment(demo_db):
    from models.cashier.payments import Payment, reverse_payment
    from models.core.users import change_role

    admin = User.get(User.username == "admin")
    supervisor = User.get(User.username == "kacab")
    payment = Payment.select().where(Payment.status == "posted").order_by(Payment.id.desc()).first()
    change_role(admin, User.get_by_id(supervisor.id), Role.COLLECTOR)
    assert supervisor.role == Role.SUPERVISOR.value  # the old session's copy
    with pytest.raises(PermissionDenied):
        reverse_payment(supervisor, payment, "salah input", date=dt.date(2026, 11, 23))
    assert Payment.get_by_id(payment.id).status == "posted"


def test_rights_are_read_with_one_primary_key_query(demo_db):
    from models.core.users import require

    cashier = User.get(User.username == "kasir")
    statements = []
    real = demo_db.execute_sql

    def spy(sql, params=None, *a, **k):
        statements.append(sql)
        return real(sql, params, *a, **k)

    demo_db.execute_sql = spy
    try:
        require(cashier, "payment.post")
    finally:
        demo_db.execute_sql = real
    assert len(statements) == 1 and "WHERE id" in statements[0]


def test_the_approver_disburses_only_when_the_office_allows_it_explicitly(demo_db):
    from models.core.limits import set_approver_may_disburse
    from models.credit import applications as apps
    from models.credit.disbursement import create_contract, disburse

    app = apps.Application.select().where(apps.Application.status == "approved").first()
    if app is None:
        pytest.skip("the demo office has no approved application waiting")
    approver = User.get_by_id(app.decided_by_id)
    if app.contract_no is None:
        create_contract(approver, app)
    app = apps.get_application(app.id)
    with pytest.raises(PermissionDenied, match="menyetujui"):
        disburse(approver, app, app.contract_date)
    set_approver_may_disburse(User.get(User.username == "admin"), True)
    loan = disburse(approver, apps.get_application(app.id), app.contract_date)
    assert loan.id


def test_a_waiver_approver_proves_it_with_their_password_in_models(demo_db):
    from models.cashier.payments import Waiver, waive_late_fee
    from models.core.money import round_money
    from models.core.users import authenticate
    from models.loans.loans import Installment, LateFeeRule, Loan, accrued_late_fees

    cashier, boss = User.get(User.username == "kasir"), User.get(User.username == "kacab")
    for loan in Loan.select().where(Loan.status == "active"):
        installments = list(Installment.select().where(Installment.loan == loan.id).order_by(Installment.no))
        fee = sum(accrued_late_fees(installments, dt.date(2026, 11, 23), LateFeeRule.of(loan)).values())
        if fee > 0:
            break
    else:
        pytest.skip("no late fee in the demo office")
    with pytest.raises(PermissionDenied, match="kata sandi"):
        waive_late_fee(cashier, loan, Waiver(fee, "sakit", boss), dt.date(2026, 11, 23))
    with pytest.raises(PermissionDenied, match="kata sandi penyetuju salah"):
        waive_late_fee(cashier, loan, Waiver(fee, "sakit", boss, password="tebakan-salah"), dt.date(2026, 11, 23))
    signed_in = authenticate("kacab", "angsur-demo")  # the counter dialog's login
    half = round_money(fee / 2)
    rows = waive_late_fee(cashier, loan, Waiver(half, "sakit", signed_in), dt.date(2026, 11, 23))
    assert rows
    with pytest.raises(PermissionDenied, match="kata sandi"):  # one login, one approval
        waive_late_fee(cashier, loan, Waiver(round_money(half / 2), "sakit", signed_in), dt.date(2026, 11, 23))


def test_a_refund_approver_proves_it_too(demo_db):
    """The same kind as the waiver: a titipan refund approved at the counter needs the supervisor's password."""
    from models.cashier.payments import refund_advance
    from models.loans.loans import Loan

    loan = Loan.select().where(Loan.advance_balance > 0).order_by(Loan.id).first()
    cashier, boss = User.get(User.username == "kasir"), User.get(User.username == "kacab")
    with pytest.raises(PermissionDenied, match="kata sandi"):
        refund_advance(cashier, loan, "100", dt.date(2026, 11, 23), approved_by=boss, reason="kelebihan bayar",
                       idempotency_key="uji-refund-1")
    result = refund_advance(cashier, loan, "100", dt.date(2026, 11, 23), approved_by=boss,
                            approver_password="angsur-demo", reason="kelebihan bayar",
                            idempotency_key="uji-refund-2")
    assert result.amount == 100
