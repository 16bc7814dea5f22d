"""Direct origination costs (issue 14, item 1): the dealer's commission or the survey the office pays at
disbursement is deferred on the debit side of 1305, netting the fees, folded into the effective rate and
amortised; payoff, early settlement and write-off settle what is left."""
from __future__ import annotations

import datetime as dt
from decimal import localcontext

import pytest

from models.accounting import month_end as me
from models.cashier.payments import settle_early
from models.core.db import run_in_transaction
from models.core.errors import ValidationError
from models.core.idempotency import new_key
from models.core.money import ZERO, D
from models.customers.customers import Customer
from models.ledger.journals import Journal, JournalLine, balance, post_event
from models.loans.loan_income import LoanIncome, balances, ensure_accounts, open_loan
from models.loans.loans import Installment, Loan, create_loan
from models.products.effective_interest import income_table
from models.products.loanmath import Method, build_schedule
from tests.accounting.test_month_end import failing, pay
from tests.month_end_helpers import month_ends_between

PRINCIPAL, FEES, COST = D("206250000"), D("4562500"), D("2000000")  # the worked car loan + a dealer commission


def car_loan_with_cost(staff, contract_no: str, start: dt.date, cost=COST) -> Loan:
    """The worked example's loan, with the dealer's commission paid from the bank at disbursement."""
    from models.core.office import Branch
    from models.products.products import LoanProduct

    schedule = build_schedule(PRINCIPAL, D("9"), 36, Method.FLAT, start, rounding="100")

    def body():
        ensure_accounts()
        loan = create_loan(customer=Customer.select().order_by(Customer.id).first(),
                           product=LoanProduct.get(LoanProduct.code == "KM"), branch=Branch.get(Branch.code == "BDG"),
                           officer=staff.cmo1, contract_no=contract_no, schedule=schedule, disbursed_on=start,
                           created_by=staff.kacab, admin_fee=D("2500000"), provision=D("2062500"))
        journal = post_event(staff.kacab, [("disbursement", loan.principal), ("deferred_fee", FEES),
                                           ("direct_cost", cost)], date=start, description=f"Pencairan {contract_no}",
                             source="disbursement", reference=contract_no, loan_id=loan.id, cash_account="1111")
        open_loan(loan, method="effective", fees=FEES, costs=cost, date=start, journal=journal)
        return loan

    return run_in_transaction(body)


def test_a_cost_lowers_the_effective_rate_and_is_earned_back_over_the_life():
    schedule = build_schedule(PRINCIPAL, D("9"), 36, Method.FLAT, dt.date(2025, 1, 15), rounding="100")
    flows = [r.installment for r in schedule.rows]
    plain = income_table(PRINCIPAL, flows, FEES)
    table = income_table(PRINCIPAL, flows, FEES, COST)
    # The rate discounts the installments to what the loan really cost the office: principal − fees + costs.
    with localcontext() as ctx:
        ctx.prec = 40
        value = sum((a / (1 + table.rate) ** k for k, a in enumerate(flows, start=1)), ZERO)
    assert abs(value - (PRINCIPAL - FEES + COST)) < D("0.000001")
    assert (plain.rate * 100).quantize(D("0.000001")) == D("1.487283")
    assert table.rate < plain.rate
    assert table.rows[0].income == ((PRINCIPAL - FEES + COST) * table.rate).quantize(D("0.01"))
    # Over the life: the contract's interest plus the fees less the cost, to the sen.
    assert table.total_income == schedule.total_interest + FEES - COST
    assert sum((r.fee for r in table.rows), ZERO) == FEES - COST


def test_the_cost_is_deferred_amortised_and_settled_at_payoff(ready_db, staff):
    start = dt.date(2023, 1, 15)
    loan = car_loan_with_cost(staff, "BDG/2023/DC001", start)
    record = LoanIncome.get(LoanIncome.loan == loan.id)
    assert record.costs == COST and record.fees == FEES
    assert balances(loan.id)["deferred"] == FEES - COST == -balance("1305")
    assert failing() == {}
    rows = list(Installment.select().where(Installment.loan == loan.id).order_by(Installment.no))
    day = start
    for inst in rows[:12]:
        for period_end in month_ends_between(day, inst.due_date):
            me.run_all(staff.akuntan, period_end)
        pay(staff, loan, inst.amount, inst.due_date)
        day = inst.due_date
    # A year in, part of the net deferred balance is amortised, at the lower rate.
    left = balances(loan.id)["deferred"]
    assert ZERO < left < FEES - COST
    assert failing() == {}
    settle_early(staff.kasir, Loan.get_by_id(loan.id), day + dt.timedelta(days=3), idempotency_key=new_key())
    loan = Loan.get_by_id(loan.id)
    bal = balances(loan.id)
    assert loan.status == "settled_early"
    assert bal["accrued"] == bal["deferred"] == bal["allowance"] == ZERO
    assert bal["interest_income"] + bal["fee_income"] == D(loan.interest_paid) + FEES - COST
    assert bal["fee_income"] == FEES - COST
    assert failing() == {}


def test_a_cost_larger_than_the_fees_is_settled_at_write_off(ready_db, staff):
    """A cost above the fees leaves 1305 with a debit balance; writing the loan off takes it out of income."""
    from models.collections import write_off as wo
    from models.core.users import Role, create_user, system_context

    start = dt.date(2025, 1, 15)
    loan = car_loan_with_cost(staff, "BDG/2025/DC002", start, cost=D("6000000"))
    assert balances(loan.id)["deferred"] == FEES - D("6000000") < ZERO
    for period_end in month_ends_between(start, dt.date(2025, 9, 1)):
        me.run_all(staff.akuntan, period_end)
    proposal = wo.propose_write_off(staff.manajer, Loan.get_by_id(loan.id), "macet sejak angsuran pertama",
                                    date=dt.date(2025, 9, 1))
    with system_context():
        director = create_user(None, "direktur", "Ir. Direktur", Role.MANAGER, "angsur-demo-pass-1")
    wo.approve_write_off(director, proposal, date=dt.date(2025, 9, 1))
    bal = balances(loan.id)
    assert bal["accrued"] == bal["deferred"] == bal["allowance"] == ZERO
    assert bal["fee_income"] == FEES - D("6000000")  # the unamortised cost came out of fee income
    assert failing() == {}


def test_the_branch_pays_the_dealer_commission_with_the_disbursement(ready_db, staff):
    from models.credit import applications as apps
    from models.credit.disbursement import create_contract, disburse
    from tests.credit.test_disbursement import approved

    app = approved(staff)
    number = create_contract(staff.kacab, app)
    loan = disburse(staff.spv, app, dt.date.today(), cash_account="1111", direct_costs=D("350000"))
    app = apps.Application.get_by_id(app.id)
    [journal] = Journal.select().where(Journal.reference == number)
    lines = {l.account.code: l.debit - l.credit for l in JournalLine.select().where(JournalLine.journal == journal)}
    fees = D(app.admin_fee) + D(app.provision)
    # The bank paid the dealer the net amount plus the commission; 1305 holds the fees net of the cost.
    assert lines["1111"] == -(apps.net_disbursement(app) + D("350000"))
    assert lines["1305"] == -(fees - D("350000"))
    record = LoanIncome.get(LoanIncome.loan == loan.id)
    assert record.costs == D("350000")
    assert balances(loan.id)["deferred"] == fees - D("350000")
    other = approved(staff)
    create_contract(staff.kacab, other)
    with pytest.raises(ValidationError, match="biaya langsung"):
        disburse(staff.spv, other, dt.date.today(), direct_costs=D("-1"))
    assert apps.Application.get_by_id(other.id).status == "contracted"  # nothing written
    assert failing() == {}




@pytest.mark.parametrize("cost, rule", [(D(10) ** 12, "melebihi pokok pinjaman"),
                                        ("principal", "suku bunga efektif tidak boleh nol")])
def test_a_cost_the_loan_cannot_earn_back_is_refused(ready_db, staff, cost, rule):
    """Found by the new-user trial: Rp 1 triliun on a Rp 10 juta loan was accepted (bank overdrawn, effective
    rate −0,68 % a month).  A cost above the principal, or one at least the interest and fees the loan brings,
    is refused with the field and the rule, and nothing is written."""
    from models.credit import applications as apps
    from models.credit.disbursement import application_schedule, create_contract, disburse
    from tests.credit.test_disbursement import approved

    app = approved(staff)
    create_contract(staff.kacab, app)
    app = apps.Application.get_by_id(app.id)
    if cost == "principal":
        schedule = application_schedule(app, start=dt.date.today())
        earned = D(schedule.total_interest) + D(app.admin_fee) + D(app.provision)
        assert earned <= D(schedule.principal)      # so the second rule is the one that speaks
        cost = earned
    journals = Journal.select().count()
    with pytest.raises(ValidationError, match=rule) as info:
        disburse(staff.spv, app, dt.date.today(), direct_costs=D(cost))
    assert [e.field for e in info.value.errors] == ["direct_costs"]
    assert apps.Application.get_by_id(app.id).status == "contracted" and Journal.select().count() == journals
    # One rupiah less than what the loan earns is still a loan with a (small) positive effective rate.
    if rule.startswith("suku"):
        loan = disburse(staff.spv, app, dt.date.today(), direct_costs=D(cost) - 1)
        assert D(LoanIncome.get(LoanIncome.loan == loan.id).rate) > 0
        assert failing() == {}
