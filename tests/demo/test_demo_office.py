"""The demo office's books look like a real branch's (issue 13, item 16).

A manager who opens the demo should see a branch that could exist: a bank account that never ends a month
overdrawn, a cash float of tens of millions, about one first-year account in ten behind, and dealers whose
customers pay visibly differently.
"""
from __future__ import annotations

import datetime as dt

import pytest
from peewee import fn

from models.core import db as dbmod
from models.core.money import D, ZERO
from models.customers.dealers import Dealer
from models.ledger.chart import chart_roles
from models.ledger.journals import Journal, balance
from models.loans.loans import Loan

TODAY = dt.date(2026, 11, 23)
pytestmark = pytest.mark.slow  # one whole demo office, built once for the module


@pytest.fixture(scope="module")
def demo_office(tmp_path_factory):
    from models.demo import build as demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    dbmod.open_database(path)
    demo.build_demo(seed=2026, customers=300, today=TODAY, log=lambda _msg: None)
    yield path
    dbmod.close_database()


def _month_ends(first: dt.date, last: dt.date):
    month = dt.date(first.year, first.month, 1)
    while month <= last:
        following = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
        yield min(following - dt.timedelta(days=1), last)
        month = following


def test_the_bank_never_ends_a_month_overdrawn(demo_office):
    roles = chart_roles()
    first = Journal.select(fn.MIN(Journal.date)).scalar()
    first = first if isinstance(first, dt.date) else dt.date.fromisoformat(str(first)[:10])
    overdrawn = [(day, balance(roles["bank"], day)) for day in _month_ends(first, TODAY)
                 if balance(roles["bank"], day) < ZERO]
    assert overdrawn == []


def test_the_cash_float_is_tens_of_millions(demo_office):
    roles = chart_roles()
    first = Journal.select(fn.MIN(Journal.date)).scalar()
    first = first if isinstance(first, dt.date) else dt.date.fromisoformat(str(first)[:10])
    opening = balance(roles["cash"], first)
    assert D("10000000") <= opening < D("100000000")
    for day in _month_ends(first, TODAY):
        assert ZERO <= balance(roles["cash"], day) < D("100000000"), day


def test_about_one_first_year_account_in_ten_is_behind(demo_office):
    first_year = Loan.select().where((Loan.status == "active")
                                     & (Loan.disbursed_on > TODAY - dt.timedelta(days=365)))
    behind = first_year.where(Loan.oldest_unpaid_due < TODAY).count()
    share = behind / first_year.count()
    assert first_year.count() >= 60
    assert 0.04 <= share <= 0.16, f"{behind} of {first_year.count()} first-year accounts are behind"


def test_dealers_differ_in_the_quality_of_their_customers(demo_office):
    shares = []
    for dealer in Dealer.select():
        loans = Loan.select().where((Loan.dealer_id == dealer.id) & (Loan.status == "active"))
        if loans.count() < 8:
            continue
        late = loans.where(Loan.oldest_unpaid_due < TODAY - dt.timedelta(days=30)).count()
        shares.append(late / loans.count())
    assert len(shares) >= 6
    assert min(shares) == 0 or min(shares) < 0.05
    assert max(shares) - min(shares) >= 0.2, shares
