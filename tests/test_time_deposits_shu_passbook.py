"""Time deposits maturing and breaking early, the year-end SHU split, and passbook printing across pages and
books."""
from __future__ import annotations

import datetime as dt
import random

import pytest

from models.errors import DomainError, ValidationError
from models.money import D
from tests.savings_helpers import coop_db, coop_template, customers, d, user  # noqa: F401 (fixtures)


def _member(date="2026-01-05", n=0):
    from models.savings import join

    return join(user("kasir"), customers(n + 1)[n], d(date))


def _ledger(code):
    from models.ledger import balance

    return balance(code)


def _checks_ok(*names):
    from models.checks import run_checks

    bad = {r.name: r.problems for r in run_checks() if not r.ok and any(k in r.name for k in names)}
    assert not bad, bad


# ------------------------------------------------------------------------------------------ time deposits
def test_time_deposit_pays_monthly_interest_into_sukarela_and_matures(coop_db):
    from models.savings import SavingsAccount, account_of, credit_monthly_interest, product_by_code
    from models.time_deposits import mature, open_time_deposit

    from models.savings import SavingsProduct
    from models.time_deposits import interest_paid_on

    # the sukarela balance itself stays below its minimum earning balance here, so only the deposit earns
    SavingsProduct.update(min_earning_balance=D("1000000")).where(SavingsProduct.code == "SS").execute()
    m = _member()
    kasir = user("kasir")
    r = open_time_deposit(kasir, m, product_by_code("SB12"), "10000000", d("2026-01-15"), term_months=3,
                          on_maturity="payout")
    deposit = SavingsAccount.get_by_id(r.extra["account_id"])
    assert deposit.maturity_date == d("2026-04-15") and D(deposit.rate) == D("6")
    assert _ledger("2110") == D("10000000")
    # 10.000.000 × 6 % × days ÷ 365, down to the rupiah: January 17 days (15th–31st) = 27.945,20 → 27.945;
    # February 28 days = 46.027,39 → 46.027; March 31 days = 50.958,90 → 50.958; April 14 days (1st–14th,
    # the payout day not counted) = 23.013,69 → 23.013.
    expected = {"2026-01-31": "27945", "2026-02-28": "46027", "2026-03-31": "50958", "2026-04-30": "23013"}
    with pytest.raises(DomainError, match="baru jatuh tempo"):
        mature(kasir, deposit, d("2026-04-14"))
    for month_end, gross in expected.items():
        if month_end == "2026-04-30":
            paid = mature(kasir, deposit, d("2026-04-15"))
            assert paid.amount == D("10000000")
        assert credit_monthly_interest(None, d(month_end)).gross == D(gross)
    sukarela = account_of(m, "sukarela")
    assert D(sukarela.balance) == sum(D(v) for v in expected.values()) == interest_paid_on(deposit)
    assert SavingsAccount.get_by_id(deposit.id).status == "closed"
    assert _ledger("2110") == D("0")
    _checks_ok("savings", "receipt", "ledger")


def test_time_deposit_rolls_over(coop_db):
    from models.savings import SavingsAccount, product_by_code
    from models.time_deposits import mature, open_time_deposit

    m = _member()
    r = open_time_deposit(user("kasir"), m, product_by_code("SB12"), "5000000", d("2026-01-31"), term_months=1,
                          on_maturity="rollover")
    deposit = SavingsAccount.get_by_id(r.extra["account_id"])
    assert deposit.maturity_date == d("2026-02-28")
    rolled = mature(user("kasir"), deposit, d("2026-02-28"), new_rate="5.5")
    assert rolled.maturity_date == d("2026-03-28") and D(rolled.rate) == D("5.5") and rolled.status == "active"
    assert D(rolled.balance) == D("5000000")


@pytest.mark.parametrize("kind,rate,expected_penalty", [("principal", "1", "80000"), ("interest", "50", "17534")])
def test_time_deposit_broken_early_pays_the_penalty(coop_db, kind, rate, expected_penalty):
    from models.savings import SavingsAccount, SavingsProduct, credit_monthly_interest, product_by_code
    from models.time_deposits import break_early, open_time_deposit

    SavingsProduct.update(penalty_kind=kind, penalty_rate=D(rate)).where(SavingsProduct.code == "SB12").execute()
    m = _member()
    kasir, kacab = user("kasir"), user("kacab")
    r = open_time_deposit(kasir, m, product_by_code("SB12"), "8000000", d("2026-01-01"))
    deposit = SavingsAccount.get_by_id(r.extra["account_id"])
    # January: 8.000.000 × 6 % × 31 ÷ 365 = 40.767,12 → 40.767 paid into sukarela
    assert credit_monthly_interest(None, d("2026-01-31")).gross == D("40767")
    with pytest.raises(ValidationError, match="alasan"):
        break_early(kasir, deposit, d("2026-02-10"), "", approved_by=kacab)
    # penalty: 1 % of the principal = 80.000, or 50 % of the interest paid (40.767 → 20.383,5 → 20.384)
    if kind == "interest":
        expected_penalty = "20384"
    income_before = _ledger("4107")
    out = break_early(kasir, deposit, d("2026-02-10"), "butuh dana", approved_by=kacab)
    assert out.extra["penalty"] == D(expected_penalty)
    assert out.amount == D("8000000") - D(expected_penalty)
    assert _ledger("4107") - income_before == D(expected_penalty)
    assert SavingsAccount.get_by_id(deposit.id).status == "closed"
    # the broken month earns nothing
    assert credit_monthly_interest(None, d("2026-02-28")).gross == D("0")
    _checks_ok("savings", "receipt", "ledger")


# -------------------------------------------------------------------------------------------------- SHU
def test_shu_parts_validated_to_100_percent(coop_db):
    from models.shu import DEFAULT_PARTS, save_parts, validate_parts

    assert validate_parts([dict(p) for p in DEFAULT_PARTS]) == []
    bad = [dict(p) for p in DEFAULT_PARTS]
    bad[0]["pct"] = "39.5"
    errors = validate_parts(bad)
    assert [e.code for e in errors] == ["total"] and "99.5%" in errors[0].message
    with pytest.raises(ValidationError, match="100%"):
        save_parts(user("admin"), bad)


@pytest.mark.parametrize("seed", range(25))
def test_shu_split_sums_exactly_to_the_pool(seed):
    from models.shu import DEFAULT_PARTS, prorate, split_pool

    rng = random.Random(seed)
    pool = D(rng.randrange(1, 10**12)) / 100  # up to Rp 10 miliar, with sen
    parts = split_pool(pool, DEFAULT_PARTS)
    assert sum(parts.values()) == pool
    weights = {i: D(rng.randrange(0, 10**9)) / 100 for i in range(rng.randrange(1, 60))}
    shares = prorate(parts["members_capital"], weights)
    assert sum(shares.values()) <= parts["members_capital"]
    assert parts["members_capital"] - sum(shares.values()) < len(weights) + 1  # < 1 rupiah each


def test_year_end_shu_distributed_to_members_sums_to_the_pool(coop_db):
    from models.ledger import Line, close_year, post_journal
    from models.shu import ShuShare, distribute_shu, plan, shares_of
    from models.savings import account_of, deposit, resign_member
    from models.shu import year_result
    from tests.payments_helpers import disburse

    kasir, akuntan = user("kasir"), user("akuntan")
    members = [_member("2025-01-06", n) for n in range(4)]
    for i, m in enumerate(members):
        deposit(kasir, account_of(m, "wajib"), D("50000") * (i + 1), d("2025-01-06"))
        deposit(kasir, account_of(m, "sukarela"), "100000", d("2025-01-06"))
    loan = disburse("KSP/2025/00001", principal="3000000", rate="12", tenor=12, start=d("2025-02-01"),
                    customer=members[0].customer, product_code="PA")
    from models.payments import post_payment

    for k in range(3):
        post_payment(kasir, loan, D("280000"), d("2025-03-01") + dt.timedelta(days=31 * k), idempotency_key=f"p{k}")
    # member 4 resigns before the distribution: no SHU for them
    resign_member(kasir, members[3], d("2025-11-03"), "keluar", approved_by=user("kacab"), idempotency_key="out")
    post_journal(akuntan, d("2025-12-20"), "Pendapatan jasa giro tahunan", "manual",
                 [Line("1111", debit=D("900000000.37")), Line("4201", credit=D("900000000.37"))])
    close_year(akuntan, 2025)
    pool = year_result(2025)
    assert pool > 0
    the_plan = plan(2025, as_of=d("2026-02-20"))
    assert sum((p["amount"] for p in the_plan.parts), D(0)) == pool
    assert {s.member_no for s in the_plan.members} == {m.member_no for m in members[:3]}
    # only member 1 paid loan interest: the whole service part is theirs
    assert the_plan.members[0].service_part == the_plan.part("members_service")
    dist = distribute_shu(akuntan, 2025, d("2026-02-20"), mode="credit")
    shares = shares_of(2025)
    assert sum((D(s.total) for s in shares), D(0)) == the_plan.part("members_capital") + \
        the_plan.part("members_service")
    assert _ledger("3201") == the_plan.part("reserve")
    assert D(account_of(members[1], "sukarela").balance) == D("100000") + D(shares[1].total)
    assert ShuShare.select().count() == 3
    with pytest.raises(Exception, match="sudah dibagikan"):
        distribute_shu(akuntan, 2025, d("2026-02-21"))
    _checks_ok("savings", "receipt", "ledger")
    assert dist.pool == pool


# ---------------------------------------------------------------------------------------------- passbook
def _geo(**kw):
    from models.passbook import Geometry

    values = dict(name="tes", lines_per_page=4, fold_after_line=2, pages_per_book=2, top_margin_mm=D("10"),
                  line_height_mm=D("5"), fold_gap_mm=D("20"))
    values.update(kw)
    return Geometry(**values)


def _entries(n, start_id=1, balance=D("0")):
    from models.passbook import Entry

    rows = []
    for i in range(n):
        balance += D("1000")
        rows.append(Entry(start_id + i, d("2026-03-01") + dt.timedelta(days=i), "STR", D("1000"), balance))
    return rows


def test_passbook_layout_continues_over_a_page_end_and_into_a_new_book():
    from models.passbook import layout

    geo = _geo()
    # three lines already printed on page 1 of book 1: the next entry goes to line 4 (below the fold: +20 mm)
    job = layout(geo, book=1, used=3, entries=_entries(3), carried=D("0"))
    assert [(p.book_no, p.page_no, [l.line_on_page for l in p.lines]) for p in job.pages] == \
        [(1, 1, [4]), (1, 2, [1, 2])]
    assert job.pages[0].lines[0].y_mm == D("10") + 3 * D("5") + D("20")
    assert job.pages[1].lines[0].y_mm == D("10")
    assert (job.end_book, job.end_line, job.last_txn) == (1, 6, 3)
    # the book holds 8 lines; 4 more entries: lines 7, 8, then book 2 opens with SALDO PINDAHAN
    job2 = layout(geo, book=1, used=6, entries=_entries(4, start_id=4, balance=D("3000")), carried=D("3000"))
    assert [(p.book_no, p.page_no, p.new_book, [l.code for l in p.lines]) for p in job2.pages] == \
        [(1, 2, False, ["STR", "STR"]), (2, 1, True, ["PINDAHAN", "STR", "STR"])]
    carried = job2.pages[1].lines[0]
    assert carried.balance == D("5000") and carried.txn_id is None
    assert (job2.end_book, job2.end_line) == (2, 3)


def test_passbook_prints_only_new_lines_and_remembers_where_it_stopped(coop_db):
    from models.passbook import mark_printed, new_book, plan_print, save_geometry, test_page
    from models.savings import SavingsAccount, account_of, deposit

    save_geometry(user("admin"), _geo())
    with pytest.raises(ValidationError, match="lipatan"):
        save_geometry(user("admin"), _geo(fold_after_line=4))
    m = _member()
    acct = account_of(m, "sukarela")
    for i in range(3):
        deposit(user("kasir"), acct, "10000", d("2026-01-06") + dt.timedelta(days=i))
    job = plan_print(acct)
    assert [len(p.lines) for p in job.pages] == [3]
    mark_printed(user("kasir"), job)
    with pytest.raises(ValidationError, match="meja lain"):
        mark_printed(user("kasir"), job)
    assert plan_print(acct).empty
    for i in range(3):
        deposit(user("kasir"), acct, "10000", d("2026-01-10") + dt.timedelta(days=i))
    job = plan_print(acct)
    assert [(p.page_no, [l.line_on_page for l in p.lines]) for p in job.pages] == [(1, [4]), (2, [1, 2])]
    assert job.pages[1].lines[-1].balance == D("60000")
    mark_printed(user("kasir"), job)
    new_book(user("kasir"), acct, "buku hilang")
    deposit(user("kasir"), acct, "10000", d("2026-01-20"))
    job = plan_print(acct)
    assert job.pages[0].new_book and job.pages[0].book_no == 2
    assert [l.code for l in job.pages[0].lines] == ["PINDAHAN", "STR"]
    assert job.pages[0].lines[0].balance == D("60000")
    mark_printed(user("kasir"), job)
    assert SavingsAccount.get_by_id(acct.id).passbook_book == 2
    assert test_page().lines[0].line_on_page == 1 and test_page().lines[1].line_on_page == 3


def test_shu_booked_as_payable_and_paid_at_the_counter(coop_db):
    from models.ledger import Line, close_year, post_journal
    from models.savings import account_of, deposit
    from models.shu import distribute_shu, pay_share, shares_of

    kasir = user("kasir")
    members = [_member("2025-01-06", n) for n in range(2)]
    for m in members:
        deposit(kasir, account_of(m, "wajib"), "600000", d("2025-01-06"))
    post_journal(user("akuntan"), d("2025-12-20"), "Pendapatan lain", "manual",
                 [Line("1111", debit=D("2000000000")), Line("4209", credit=D("2000000000"))])
    close_year(user("akuntan"), 2025)
    distribute_shu(user("akuntan"), 2025, d("2026-02-20"), mode="payable")
    shares = shares_of(2025)
    owed = sum((D(s.total) for s in shares), D(0))
    assert owed > 0 and _ledger("2108") == owed
    cash = _ledger("1101")
    paid = pay_share(kasir, shares[0], d("2026-02-23"))
    assert paid.paid and paid.receipt_no
    assert _ledger("2108") == owed - D(shares[0].total) and _ledger("1101") == cash - D(shares[0].total)
    with pytest.raises(Exception, match="sudah dibayar"):
        pay_share(kasir, shares[0], d("2026-02-23"))
    _checks_ok("savings", "receipt", "ledger")
