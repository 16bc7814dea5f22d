"""The savings desk on PostgreSQL: the month-end run's plain SQL, member numbers and the checks work there too
(skipped, with the reason, where no server can be started — see tests/test_postgresql.py)."""
from __future__ import annotations

import datetime as dt
import uuid
from urllib.parse import urlsplit, urlunsplit

import pytest
from tests.core.test_postgresql import _admin, server  # noqa: F401 (fixture)

from models.core import db as dbmod
from models.core.money import D
from tests.savings_helpers import COOP_STEPS


@pytest.fixture
def coop_pg(server):  # noqa: F811
    pytest.importorskip("psycopg2", reason="the 'postgres' extra (psycopg2-binary) is not installed")
    from models.demo import build as demo

    name = f"angsur_coop_{uuid.uuid4().hex[:8]}"
    _admin(server, f"CREATE DATABASE {name}")
    url = urlunsplit(urlsplit(server)._replace(path=f"/{name}"))
    dbmod.open_database(url)
    saved = demo.DEMO_STEPS
    demo.DEMO_STEPS = COOP_STEPS
    try:
        demo.build_demo(seed=5, customers=6, today=dt.date(2026, 11, 23), log=lambda _m: None)
        yield url
    finally:
        demo.DEMO_STEPS = saved
        dbmod.close_database()
        _admin(server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def test_a_cooperative_month_on_postgresql(coop_pg):
    from models.core.checks import run_checks
    from models.core.users import User
    from models.customers.customers import Customer
    from models.savings.savings import account_of, credit_monthly_interest, deposit, join, resign_member, withdraw

    assert not dbmod.is_sqlite()
    kasir, kacab, akuntan = (User.get(User.username == u) for u in ("kasir", "kacab", "akuntan"))
    customers = list(Customer.select().order_by(Customer.id).limit(3))
    members = [join(kasir, c, dt.date(2026, 2, 10)) for c in customers]
    assert [m.member_no for m in members] == ["AGT-000001", "AGT-000002", "AGT-000003"]
    deposit(kasir, account_of(members[0], "sukarela"), "1000000", dt.date(2026, 2, 10))
    withdraw(kasir, account_of(members[0], "sukarela"), "400000", dt.date(2026, 3, 10))
    deposit(kasir, account_of(members[0], "sukarela"), "2000000", dt.date(2026, 3, 20))
    deposit(kasir, account_of(members[1], "sukarela"), "100000000", dt.date(2026, 3, 31))
    # the hand-worked March (lowest 600.000 → Rp 1.528) and a taxed April for the second member
    assert credit_monthly_interest(akuntan, dt.date(2026, 3, 31)).gross == D("1528")
    april = credit_monthly_interest(akuntan, dt.date(2026, 4, 30))
    assert april.tax == D("24658") and credit_monthly_interest(akuntan, dt.date(2026, 4, 30)).replayed
    resign_member(kasir, members[2], dt.date(2026, 5, 4), "pindah", approved_by=kacab, idempotency_key="pg-r")
    failed = [(r.name, r.problems) for r in run_checks() if not r.ok]
    assert failed == []
