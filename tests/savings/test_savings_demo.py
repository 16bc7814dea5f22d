"""The cooperative demo step builds members, three years of savings, a distributed SHU and passbooks mid-page,
and the books still pass every check."""
from __future__ import annotations

import datetime as dt
import random

from models.core.money import D
from tests.savings_helpers import coop_db, coop_template, user  # noqa: F401 (fixtures)

TODAY = dt.date(2026, 11, 23)


def _cooperative_context():
    """What the demo's steps receive, for the cooperative office already in the test database."""
    from models.core.office import Branch, Office
    from models.core.users import User
    from models.demo import build as demo

    ctx = demo.DemoContext(seed=7, customers=12, today=TODAY, rng=random.Random(7), log=lambda _m: None,
                           kind="koperasi")
    ctx.office = Office.select().first()
    ctx.branch = Branch.select().first()
    ctx.users = {u.username: u for u in User.select()}
    return ctx


def test_demo_savings_step_on_a_cooperative(coop_db):
    from models.core.checks import run_checks
    from models.demo import savings as demo_savings
    from models.ledger.chart import Line
    from models.ledger.journals import post_journal
    from models.savings.passbook import geometry
    from models.savings.savings import Member, SavingsAccount, SavingsProduct, SavingsTransaction
    from models.savings.shu import ShuDistribution

    # the year before "today" earned something, so there is an SHU to share
    post_journal(user("akuntan"), dt.date(2025, 12, 15), "Pendapatan jasa giro", "manual",
                 [Line("1111", debit=D("2000000000")), Line("4201", credit=D("2000000000"))])
    ctx = _cooperative_context()
    demo_savings.build(ctx)

    members = Member.select().count()
    assert members == 12 and Member.select().where(Member.joined_on < dt.date(2024, 2, 28)).count() >= 1
    first = SavingsTransaction.select().order_by(SavingsTransaction.date).first().date
    assert first <= dt.date(2024, 3, 1)  # about three years of savings
    assert ShuDistribution.get(ShuDistribution.year == 2025).mode == "credit"
    geo = geometry()
    mid_page = [a for a in SavingsAccount.select().join(SavingsProduct).where(SavingsProduct.code == "SS")
                if a.passbook_line % geo.lines_per_page and SavingsTransaction.select().where(
                    (SavingsTransaction.account == a.id) & (SavingsTransaction.id > a.passbook_txn)).exists()]
    assert mid_page
    failed = {r.name: r.problems for r in run_checks() if not r.ok}
    assert not failed, failed


def test_the_cooperative_demo_letterhead_is_the_cooperative_s_own(coop_db):
    """Found by the new-user trial: the cooperative demo printed the leasing company's name and OJK licence on
    every pack and paper.  The letterhead step takes the office's own name and a cooperative's registration."""
    from models.core.office_profile import profile
    from models.demo import office_profile

    ctx = _cooperative_context()
    office_profile.build(ctx)
    letterhead = profile()
    assert letterhead.legal_name == ctx.office.name != "PT Angsur Mitra Finance"
    assert "BH" in letterhead.licence and "NB" not in letterhead.licence
