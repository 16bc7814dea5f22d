"""Monthly account balances: kept with every posting, read by the statements, proven by ``check``."""
from __future__ import annotations

import datetime as dt
import random

import pytest

from models.core.db import run_in_transaction
from models.core.money import D
from models.ledger import accounts
from models.ledger import journals as ledger
from models.ledger.balances import AccountBalance, differences, rebuild
from models.ledger.chart import Line
from models.ledger.journals import account_totals, post_journal, reverse_journal


@pytest.fixture
def books(db):
    accounts.install_default_chart("leasing")
    return db


def _from_lines(date_from=None, date_to=None, exclude=()):
    """The reference: SQL sums over the journal lines themselves (an exclusion that is never a real source
    forces the line path)."""
    return ledger.account_totals(date_from, date_to, exclude_sources=tuple(exclude) + ("no-such-source",))


def test_a_month_of_postings_moves_its_balances_in_the_same_transaction(books, staff):
    post_journal(staff.akuntan, dt.date(2026, 3, 31), "Modal", "opening",
                 [Line("1111", debit=D("50000000")), Line("3101", credit=D("50000000"))])
    rent = post_journal(staff.akuntan, dt.date(2026, 4, 2), "Sewa April", "manual",
                        [Line("5102", debit=D("7500000")), Line("1111", credit=D("7500000"))])
    post_journal(staff.akuntan, dt.date(2026, 4, 25), "Listrik April", "manual",
                 [Line("5103", debit=D("2350000.50")), Line("1111", credit=D("2350000.50"))])
    april = {(a.account.code, a.debit, a.credit) for a in
             AccountBalance.select().where(AccountBalance.year == 2026, AccountBalance.month == 4)}
    assert april == {("5102", 750000000, 0), ("5103", 235000050, 0), ("1111", 0, 985000050)}
    # A reversal dated in May moves May, never April (posted months are history).
    reverse_journal(staff.akuntan, rent, "salah akun", date=dt.date(2026, 5, 4))
    may = {(a.account.code, a.debit, a.credit) for a in
           AccountBalance.select().where(AccountBalance.year == 2026, AccountBalance.month == 5)}
    assert may == {("5102", 0, 750000000), ("1111", 750000000, 0)}
    assert differences() == []


def test_a_refused_journal_leaves_the_balances_as_they_were(books, staff):
    before = list(AccountBalance.select().tuples())
    with pytest.raises(Exception):
        post_journal(staff.akuntan, dt.date(2026, 4, 2), "Tidak seimbang", "manual",
                     [Line("5102", debit=D("100")), Line("1111", credit=D("99"))])
    assert list(AccountBalance.select().tuples()) == before


def test_totals_from_balances_equal_the_lines_for_any_range(books, staff):
    """Journals on random days over fourteen months; every range (whole months, partial months, open-ended,
    within one month) reads the same from the balances as from the lines."""
    rng = random.Random(18)
    start = dt.date(2025, 11, 1)
    codes = [("5101", "1111"), ("5104", "1101"), ("1101", "1111"), ("1111", "2201")]
    days = sorted(start + dt.timedelta(days=rng.randint(0, 420)) for _ in range(60))
    for day in days:
        debit, credit = rng.choice(codes)
        amount = D(rng.randint(1, 5_000_000)) + D(rng.randint(0, 99)) / 100
        post_journal(staff.akuntan, day, "Transaksi", "manual", [Line(debit, debit=amount), Line(credit, credit=amount)])
    ranges = [(None, None), (None, dt.date(2026, 2, 28)), (dt.date(2026, 1, 1), None),
              (dt.date(2026, 1, 15), dt.date(2026, 1, 20)), (dt.date(2025, 12, 31), dt.date(2026, 1, 1)),
              (dt.date(2025, 11, 17), dt.date(2026, 9, 3)), (dt.date(2026, 2, 1), dt.date(2026, 2, 28)),
              (dt.date(2026, 3, 2), dt.date(2026, 3, 1))]
    for _ in range(20):
        low = start + dt.timedelta(days=rng.randint(-10, 430))
        ranges.append((low, low + dt.timedelta(days=rng.randint(0, 200))))
    for low, high in ranges:
        assert account_totals(low, high) == _from_lines(low, high), (low, high)


def test_the_income_statement_leaves_out_the_year_end_closing(books, staff):
    post_journal(staff.akuntan, dt.date(2025, 6, 10), "Pendapatan bunga", "manual",
                 [Line("1111", debit=D("900000")), Line("4102", credit=D("900000"))])
    post_journal(staff.akuntan, dt.date(2025, 7, 25), "Gaji", "manual",
                 [Line("5101", debit=D("400000")), Line("1111", credit=D("400000"))])
    ledger.close_year(staff.akuntan, 2025)
    year = (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert account_totals(*year, exclude_sources=("closing",)) == _from_lines(*year, exclude=("closing",))
    assert account_totals(*year) == _from_lines(*year)
    income = ledger.account_by_code("4102").id
    assert account_totals(*year, exclude_sources=("closing",))[income] == (D(0), D("900000"))
    assert account_totals(*year)[income] == (D("900000"), D("900000"))  # closed to retained earnings


def test_check_finds_a_balance_altered_outside_the_application_and_rebuild_repairs_it(books, staff):
    from models.core.checks import run_checks

    post_journal(staff.akuntan, dt.date(2026, 4, 2), "Sewa", "manual",
                 [Line("5102", debit=D("7500000")), Line("1111", credit=D("7500000"))])
    books.execute_sql("UPDATE account_balance SET debit = debit + 100 WHERE account_id = "
                      f"{ledger.account_by_code('5102').id}")
    (result,) = [r for r in run_checks() if r.name == "ledger: monthly account balances equal the journal lines"]
    assert result.problems == ("account 5102, 04/2026: the monthly balance differs from its journal lines",)
    run_in_transaction(rebuild)
    assert differences() == []
