"""Property tests: whatever the counter does — payments of any size on any day, reversals, early payoffs — the
money adds up, nothing is paid twice, and the loan book agrees with the ledger."""
from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from peewee import fn

import models.cashier.checks  # noqa: F401  (registers the cashier's checks)
from models.cashier.payments import (
    Payment,
    PaymentAllocation,
    Waiver,
    post_payment,
    reverse_payment,
    settle_early,
    waive_late_fee,
)
from models.core.checks import run_checks
from models.core.errors import DomainError
from models.core.money import from_minor
from models.core.users import User
from models.ledger.journals import JournalLine
from models.loans.loans import Installment, Loan, loan_view
from tests.payments_helpers import START, disburse

_serial = itertools.count(1)

step = st.one_of(
    st.tuples(st.just("pay"), st.integers(0, 45), st.integers(1, 40) .map(lambda n: Decimal(n * 50_000))),
    st.tuples(st.just("pay"), st.integers(0, 45), st.sampled_from([Decimal("907000"), Decimal("1814000")])),
    st.tuples(st.just("reverse"), st.integers(0, 5), st.just(Decimal(0))),
    st.tuples(st.just("payoff"), st.integers(0, 60), st.just(Decimal(0))),
    st.tuples(st.just("waive"), st.integers(0, 45), st.just(Decimal(0))),
)


def _journal_balances(journal_id: int) -> bool:
    debit, credit = (JournalLine.select(fn.SUM(JournalLine.debit), fn.SUM(JournalLine.credit))
                     .where(JournalLine.journal == journal_id).tuples().get())
    return debit == credit


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(steps=st.lists(step, min_size=1, max_size=8))
def test_random_days_at_the_counter_keep_every_rupiah_accounted_for(ready_db, steps):
    kasir = User.get(User.username == "kasir")
    kacab = User.get(User.username == "kacab")
    n = next(_serial)
    loan = disburse(contract_no=f"PROP/{n:05d}", principal="6000000", rate="24", tenor=12)
    day = START
    for kind, days, amount in steps:
        day = min(day + dt.timedelta(days=days), dt.date.today())
        current = Loan.get_by_id(loan.id)
        if kind == "pay" and current.status == "active":
            post_payment(kasir, current, amount, day, "cash", idempotency_key=f"p{n}-{day}-{amount}-{kind}")
        elif kind == "waive" and current.status == "active":
            owed = loan_view(current, day)["late_fees"]
            if owed > 0:  # half the late fee forgiven by the branch head, the cashier asking
                waive_late_fee(kasir, current, Waiver((owed / 2).quantize(Decimal("0.01")), "uji", kacab, password="angsur-demo"), day)
        elif kind == "payoff" and current.status == "active":
            settle_early(kasir, current, day, idempotency_key=f"s{n}-{day}")
        elif kind == "reverse":
            newest = (Payment.select().where((Payment.loan == loan.id) & (Payment.status == "posted"))
                      .order_by(Payment.id.desc()).first())
            if newest is not None:
                older = (Payment.select().where((Payment.loan == loan.id) & (Payment.status == "posted")
                                                & (Payment.id < newest.id)).first())
                if older is not None:  # an older payment is refused while a newer one stands
                    try:
                        reverse_payment(kacab, older, "uji", date=day)
                    except DomainError:
                        pass
                    else:
                        raise AssertionError("an older payment was reversed while a newer one stood")
                reverse_payment(kacab, newest, "uji pembatalan", date=day)

    loan = Loan.get_by_id(loan.id)
    posted = list(Payment.select().where((Payment.loan == loan.id) & (Payment.status == "posted")))
    received = sum((p.amount for p in posted), Decimal(0))
    penalties = from_minor(PaymentAllocation.select(fn.SUM(PaymentAllocation.amount))
                           .where(PaymentAllocation.payment.in_([p.id for p in posted] or [0])
                                  & (PaymentAllocation.part == "penalty")).scalar())
    # Total received = late fees + interest + principal + payoff penalties + advance held.
    assert received == (loan.late_fee_paid + loan.interest_paid + loan.principal_paid + penalties
                        + loan.advance_balance)
    assert loan.outstanding_principal >= 0 and loan.advance_balance >= 0
    for inst in Installment.select().where(Installment.loan == loan.id):
        assert 0 <= inst.principal_paid <= inst.principal
        assert 0 <= inst.interest_paid and inst.interest_paid + inst.interest_waived <= inst.interest
    for payment in Payment.select().where(Payment.loan == loan.id):
        assert payment.journal_id is None or _journal_balances(payment.journal_id)
        assert payment.reversal_journal_id is None or _journal_balances(payment.reversal_journal_id)
    failed = [(r.name, r.problems) for r in run_checks() if not r.ok]
    assert failed == []
