"""A restructured loan's income (issue 14, item 1 with issue 15's restructuring): the branch reschedules,
reconditions, capitalises arrears or takes a partial prepayment; the accountant runs every month end after it;
the customer pays the new schedule off.  At payoff every deferred and accrued balance is zero, and the income
recognised plus the modification result is exactly the interest the customer paid (capitalised interest
included) plus the fees less the direct costs.

PSAK 71 ¶5.4.3: the gross carrying amount is recalculated at the ORIGINAL effective rate and the difference is
a modification gain or loss in profit or loss; the rest of the deferred fees keeps being amortised."""
from __future__ import annotations

import datetime as dt
import itertools

import pytest

from models.accounting import month_end as me
from models.collections import restructuring as rs
from models.core.db import run_in_transaction
from models.core.money import ZERO, D
from models.ledger.journals import Journal, balance, post_event
from models.loans.loan_income import (
    LoanIncome,
    LoanIncomeEntry,
    LoanIncomeSchedule,
    balances,
    income_to_date,
    nonaccrual_mode,
    open_loan,
)
from models.loans.loans import Installment, Loan, create_loan
from models.loans.snapshots import accruing_at
from tests.accounting.test_month_end import effective_loan, failing, pay
from tests.month_end_helpers import month_ends_between

_numbers = itertools.count(1)


def flat_loan(staff, contract_no, principal, rate, tenor, fees, start):
    """A cooperative-style loan on the flat basis: fees are income at disbursement, interest when received."""
    from models.core.office import Branch
    from models.customers.customers import Customer
    from models.products.loanmath import Method, build_schedule
    from models.products.products import LoanProduct

    customer = Customer.select().order_by(Customer.id).first()
    schedule = build_schedule(D(principal), D(rate), tenor, Method.FLAT, start, rounding="1000")

    def body():
        loan = create_loan(customer=customer, product=LoanProduct.get(LoanProduct.code == "KM"),
                           branch=Branch.get(Branch.code == "BDG"), officer=staff.cmo1, contract_no=contract_no,
                           schedule=schedule, disbursed_on=start, created_by=staff.kacab, admin_fee=D(fees))
        journal = post_event(staff.kacab, [("disbursement", loan.principal), ("admin_fee", D(fees))], date=start,
                             description=f"Pencairan {contract_no}", source="disbursement", reference=contract_no,
                             customer_id=customer.id, loan_id=loan.id, cash_account="1111")
        open_loan(loan, method="flat", fees=ZERO, date=start, journal=journal)
        return loan

    return run_in_transaction(body)


class Office:
    """The branch's calendar: month ends are run (and closed) in order as the days pass."""

    def __init__(self, staff, start):
        self.staff, self.day = staff, start

    def until(self, day: dt.date) -> None:
        for period_end in month_ends_between(self.day, day):
            me.run_all(self.staff.akuntan, period_end)
        self.day = max(self.day, day)

    def pay(self, loan, amount, day):
        self.until(day)
        return pay(self.staff, loan, amount, day)


def unpaid(loan):
    return list(Installment.select().where((Installment.loan == loan.id) & Installment.paid_on.is_null())
                .order_by(Installment.no))


CASES = [
    # kind, tenor, paid before, left in arrears, months into the loan at the restructuring, terms
    ("reschedule", 24, 3, 0, 3, dict(new_tenor=30)),
    ("recondition", 24, 3, 0, 3, dict(new_rate=D("12"))),
    ("capitalise", 24, 1, 2, 3, dict(new_tenor=24)),
    ("prepayment", 24, 3, 0, 3, dict(prepayment=D("3000000"))),
    ("reschedule", 36, 9, 2, 11, dict(new_tenor=36, capitalise=True)),
    ("recondition", 36, 11, 0, 11, dict(new_rate=D("15"), new_tenor=30)),
    ("capitalise", 36, 6, 5, 11, dict(new_tenor=40)),  # five behind: class 3 at the last month end, non-accrual
    ("prepayment", 36, 10, 1, 11, dict(prepayment=D("2000000"), capitalise=True, keep_installment=True)),
]


@pytest.mark.parametrize("method", ["effective", "flat"])
@pytest.mark.parametrize("kind, tenor, paid, behind, month, terms", CASES)
def test_a_restructured_loan_paid_off_leaves_nothing_deferred_or_accrued(ready_db, staff, method, kind, tenor, paid,
                                                                        behind, month, terms):
    start = dt.date(2022, 1, 12)  # paid off before today (23/11/2026)
    fees = D("450000")
    number = f"BDG/2022/R{next(_numbers):04d}"
    if method == "effective":
        loan = effective_loan(staff, number, principal="18000000", rate="21", tenor=tenor, fees=str(fees),
                              start=start, rounding="1000")
    else:
        loan = flat_loan(staff, number, "18000000", "21", tenor, fees, start)
    office = Office(staff, start)
    for inst in unpaid(loan)[:paid]:
        office.pay(loan, inst.amount, inst.due_date)
    effective_date = dt.date(2022, 1 + month, 17)  # five days after a due date: a broken period
    office.until(effective_date)
    assert failing() == {}
    overdue = [i for i in unpaid(loan) if i.due_date <= effective_date]
    assert len(overdue) == behind
    if method == "effective":
        # Five installments behind the loan is non-performing: it stopped accruing at the last month end.
        assert accruing_at(loan.id, effective_date) == (behind < 5)
    interest_before = D(Loan.get_by_id(loan.id).interest_paid)
    proposal = rs.propose(staff.cmo1, Loan.get_by_id(loan.id), kind, reason="pendapatan turun",
                          effective_date=effective_date, **terms)
    done = rs.approve(staff.kacab, proposal)
    capitalised = D(done.capitalised_interest)
    assert (capitalised > ZERO) == (behind > 0)
    entry = LoanIncomeEntry.get_or_none((LoanIncomeEntry.loan == loan.id) & (LoanIncomeEntry.source == "restructure"))
    if method == "effective":
        assert entry is not None and entry.journal_id == done.journal_id
        lines = {(l.account.code, l.debit > 0): l.debit or l.credit for l in Journal.get_by_id(done.journal_id).lines}
        if capitalised:
            # Capitalised arrears leave accrued interest receivable for principal, never a liability account.
            assert lines[("1301", True)] >= capitalised and lines[("1304", False)] == capitalised
            assert ("2190", False) not in lines
        if entry.modification:
            side = ("4109", entry.modification < 0)  # a loss is debited, a gain credited
            assert lines[side] == abs(entry.modification) and -entry.deferred == entry.modification
        _carrying_amount_is_the_new_flows_at_the_original_rate(loan, effective_date)
    elif capitalised:
        # Flat basis: the capitalised interest waits in the deferred account until the principal brings it in.
        assert entry is not None and entry.deferred == capitalised and entry.journal_id == done.journal_id
    else:
        assert entry is None  # nothing deferred or accrued to settle on the flat basis
    assert failing() == {}
    # The customer keeps to the new schedule, month ends run, and the loan is paid off.
    rest = unpaid(loan)
    for n, inst in enumerate(rest):
        office.pay(loan, inst.amount, max(inst.due_date, office.day))
        if method == "flat" and capitalised and n == len(rest) // 2:
            # Halfway through the new principal, part of the capitalised interest has come in as income.
            assert ZERO < balances(loan.id)["deferred"] < capitalised
    loan = Loan.get_by_id(loan.id)
    assert loan.status == "paid_off"
    office.until(me.month_end(office.day.year, office.day.month) + dt.timedelta(days=1))
    bal = balances(loan.id)
    assert bal["accrued"] == ZERO and bal["deferred"] == ZERO and bal["suspended"] == ZERO
    assert bal["allowance"] == ZERO
    interest_paid = D(loan.interest_paid)
    assert interest_paid > interest_before
    if method == "effective":
        # Income over the life, with the modification result, is what the customer paid in interest (the
        # capitalised interest was paid as principal) plus the fees.
        assert bal["interest_income"] + bal["fee_income"] + bal["modification"] == interest_paid + capitalised + fees
        if behind < 3:
            # Paid to the new schedule: the amortised-cost table, re-based at the restructuring, landed exactly.
            table = LoanIncomeSchedule.select().where(LoanIncomeSchedule.loan == loan.id)
            assert sum((D(r.interest) for r in table), ZERO) == bal["interest_income"]
            assert sum((D(r.fee) for r in table), ZERO) == bal["fee_income"] == fees - bal["modification"]
    else:
        # Income when received: the interest paid, the capitalised interest as its principal was paid, the fees
        # at disbursement — read from the ledger's interest and fee accounts for this loan.
        assert bal["interest_income"] == capitalised and bal["fee_income"] == bal["modification"] == ZERO
        assert loan_income_in_ledger(loan, "4101") == interest_paid + capitalised
        assert loan_income_in_ledger(loan, "4102") == fees
    assert balance("1304") == totals_of("accrued") and -balance("1305") == totals_of("deferred")
    assert failing() == {}


def loan_income_in_ledger(loan, code: str):
    """Credit − debit on ``code`` over the journals of one loan (rupiah)."""
    from models.ledger.chart import Account
    from models.ledger.journals import JournalLine

    lines = (JournalLine.select().join(Account).where((JournalLine.loan_id == loan.id) & (Account.code == code)))
    return sum((D(l.credit) - D(l.debit) for l in lines), ZERO)


def totals_of(column: str):
    from models.loans.loan_income import totals

    return totals()[column]


def _carrying_amount_is_the_new_flows_at_the_original_rate(loan, day):
    """Right after the restructuring: principal + accrued − deferred (as the table has them that day) equals the
    new installments discounted at the rate fixed at disbursement."""
    from decimal import localcontext

    rate = D(LoanIncome.get(LoanIncome.loan == loan.id).rate)
    bal = balances(loan.id)
    interest, fee = income_to_date(loan.id, day)
    suspended = bal["suspended"] if nonaccrual_mode() == "suspense" else ZERO
    accrued = bal["accrued"] + interest - bal["interest_income"] - suspended
    deferred = bal["deferred"] - (fee - bal["fee_income"])
    fresh = Loan.get_by_id(loan.id)
    flows = [D(i.amount) for i in unpaid(loan)]
    with localcontext() as ctx:
        ctx.prec = 40
        value = sum((a / (1 + rate) ** k for k, a in enumerate(flows, start=1)), ZERO)
    assert abs(D(fresh.outstanding_principal) + accrued - deferred - value) < D("0.01")


def test_a_lower_rate_is_a_modification_loss_amortised_back_over_the_new_term(ready_db, staff):
    """The worked car loan, month 3 of 36: the rate falls from 9 % to 6 % flat.  The new flows are worth less at
    the original 1,487283 % a month than the loan's carrying amount: a loss now, earned back as the deferred
    balance unwinds."""
    start = dt.date(2025, 1, 15)
    loan = effective_loan(staff, "BDG/2025/R9001", start=start)
    office = Office(staff, start)
    for inst in unpaid(loan)[:3]:
        office.pay(loan, inst.amount, inst.due_date)
    day = dt.date(2025, 4, 15)  # on installment 3's due date: no broken period
    office.until(day)
    deferred_before = balances(loan.id)["deferred"]
    plan = rs.preview(Loan.get_by_id(loan.id), kind="recondition", new_rate=D("6"), effective_date=day)
    done = rs.approve(staff.manajer, rs.propose(staff.cmo1, Loan.get_by_id(loan.id), "recondition",
                                              reason="usaha turun", effective_date=day, new_rate=D("6")))
    entry = LoanIncomeEntry.get((LoanIncomeEntry.loan == loan.id) & (LoanIncomeEntry.source == "restructure"))
    assert entry.modification < ZERO
    assert plan.modification == entry.modification  # the proposal screen shows the result before approval
    assert balance("4109") == entry.modification  # the loss sits on Laba (Rugi) Modifikasi Pinjaman
    assert balances(loan.id)["deferred"] == deferred_before - entry.modification
    assert done.installment_after < done.installment_before
    # The income statement shows it beside effective interest and fee amortisation.
    from reports.statements import income_statement

    statement = income_statement(dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    memo = {r["name"]: r["amount"] for r in statement.rows if r.get("style") == "memo"}
    assert memo["Laba (rugi) modifikasi pinjaman (restrukturisasi)"] == entry.modification
    assert failing() == {}


def test_a_non_accrual_loan_kept_in_a_suspense_account_is_restructured_the_same_way(ready_db, staff):
    """Five installments behind under the suspense option (the receivable stays, its interest sits in 2109)."""
    from models.loans.loan_income import set_nonaccrual_mode

    set_nonaccrual_mode(staff.admin, "suspense")
    test_a_restructured_loan_paid_off_leaves_nothing_deferred_or_accrued(
        ready_db, staff, "effective", "capitalise", 36, 6, 5, 11, dict(new_tenor=40))
    assert balance("2109") == ZERO


def test_a_loan_restructured_twice_still_settles_to_nothing(ready_db, staff):
    """A reschedule at month 4, then arrears capitalised at month 10 of the new schedule: each re-bases on the
    table the one before left, and the payoff leaves nothing deferred or accrued."""
    start = dt.date(2022, 3, 5)
    loan = effective_loan(staff, "BDG/2022/R9101", principal="30000000", rate="18", tenor=24, fees="900000",
                          start=start, rounding="1000")
    office = Office(staff, start)
    for inst in unpaid(loan)[:4]:
        office.pay(loan, inst.amount, inst.due_date)
    first = dt.date(2022, 7, 20)
    office.until(first)
    rs.approve(staff.kacab, rs.propose(staff.cmo1, Loan.get_by_id(loan.id), "reschedule", reason="usaha sepi",
                                       effective_date=first, new_tenor=30))
    for inst in unpaid(loan)[:8]:
        office.pay(loan, inst.amount, inst.due_date)
    second = unpaid(loan)[1].due_date + dt.timedelta(days=3)  # two installments behind
    office.until(second)
    done = rs.approve(staff.kacab, rs.propose(staff.cmo1, Loan.get_by_id(loan.id), "capitalise", reason="sakit",
                                              effective_date=second, new_tenor=20))
    assert done.capitalised_interest > ZERO
    _carrying_amount_is_the_new_flows_at_the_original_rate(loan, second)
    assert failing() == {}
    for inst in unpaid(loan):
        office.pay(loan, inst.amount, max(inst.due_date, office.day))
    loan = Loan.get_by_id(loan.id)
    assert loan.status == "paid_off"
    bal = balances(loan.id)
    assert bal["accrued"] == bal["deferred"] == bal["suspended"] == ZERO
    assert bal["interest_income"] + bal["fee_income"] + bal["modification"] == \
        D(loan.interest_paid) + D(done.capitalised_interest) + D("900000")
    assert LoanIncomeEntry.select().where((LoanIncomeEntry.loan == loan.id)
                                          & (LoanIncomeEntry.source == "restructure")).count() == 2
    assert failing() == {}


def test_a_flat_loans_capitalised_interest_leaves_with_the_receivable_at_write_off(ready_db, staff):
    """Never collected, the capitalised interest is not income: the write-off takes it back out of the
    receivable and writes off only the principal lent."""
    from models.collections import write_off as wo
    from models.core.users import Role, create_user, system_context

    start = dt.date(2022, 1, 12)
    loan = flat_loan(staff, "BDG/2022/R9201", "18000000", "21", 24, D("450000"), start)
    office = Office(staff, start)
    for inst in unpaid(loan)[:3]:
        office.pay(loan, inst.amount, inst.due_date)
    day = dt.date(2022, 7, 17)
    office.until(day)
    done = rs.approve(staff.kacab, rs.propose(staff.cmo1, Loan.get_by_id(loan.id), "capitalise", reason="sakit",
                                              effective_date=day, new_tenor=30))
    capitalised = D(done.capitalised_interest)
    assert capitalised > ZERO and balances(loan.id)["deferred"] == capitalised
    office.until(dt.date(2023, 2, 1))
    proposal = wo.propose_write_off(staff.manajer, Loan.get_by_id(loan.id), "macet", date=dt.date(2023, 2, 1))
    with system_context():
        director = create_user(None, "direktur", "Ir. Direktur", Role.MANAGER, "angsur-demo-pass-1")
    outstanding = Loan.get_by_id(loan.id).outstanding_principal
    written = wo.approve_write_off(director, proposal, date=dt.date(2023, 2, 1))
    assert written.principal == outstanding - capitalised
    assert balances(loan.id)["deferred"] == ZERO
    assert loan_income_in_ledger(loan, "4101") == D(Loan.get_by_id(loan.id).interest_paid)
    assert failing() == {}


@pytest.mark.parametrize("method", ["effective", "flat"])
def test_a_month_closed_after_a_later_restructuring_keeps_the_principal_it_had(ready_db, staff, method):
    """Offices close a month some days late: April's month end runs after a capitalisation effective in May.
    April's snapshot holds the principal as it was on 30/04 (the interest capitalised in May is not in it), so
    it still equals the loans-receivable account at that date and ``check`` stays green."""
    from models.loans.snapshots import LoanSnapshot

    start = dt.date(2022, 1, 12)
    number = f"BDG/2022/L{next(_numbers):04d}"
    if method == "effective":
        loan = effective_loan(staff, number, principal="18000000", rate="21", tenor=24, fees="450000",
                              start=start, rounding="1000")
    else:
        loan = flat_loan(staff, number, "18000000", "21", 24, D("450000"), start)
    office = Office(staff, start)
    first = unpaid(loan)[0]
    office.pay(loan, first.amount, first.due_date)
    office.until(dt.date(2022, 4, 1))                      # January to March closed on time; April not yet
    principal_before = D(Loan.get_by_id(loan.id).principal)
    done = rs.approve(staff.kacab, rs.propose(staff.cmo1, Loan.get_by_id(loan.id), "capitalise", reason="sakit",
                                              effective_date=dt.date(2022, 5, 17), new_tenor=30))
    assert D(done.capitalised_interest) > ZERO
    assert D(Loan.get_by_id(loan.id).principal) == principal_before + D(done.capitalised_interest)
    april = dt.date(2022, 4, 30)
    me.run_all(staff.akuntan, april)                       # closed late, after the restructuring
    snap = LoanSnapshot.get((LoanSnapshot.loan == loan.id) & (LoanSnapshot.period_end == april))
    assert D(snap.principal_outstanding) == principal_before - D(first.principal)
    assert failing() == {}
