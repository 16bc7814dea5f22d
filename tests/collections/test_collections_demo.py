"""The demo office's collection desk is made by the real actions and keeps the books in agreement."""
from __future__ import annotations

import datetime as dt

from models.core import db as dbmod
from models.core.checks import run_checks

TODAY = dt.date(2026, 11, 23)


def test_the_demo_has_a_collection_desk_and_the_books_agree(tmp_path):
    from models.collections.collections import CollectionContact, CollectorArea
    from models.collections.premature import compute
    from models.collections.repossession import Repossession
    from models.collections.restructuring import Restructuring
    from models.collections.warning_letters import WarningLetter
    from models.collections.write_off import Recovery, WriteOff
    from models.demo import build as demo

    dbmod.open_database(tmp_path / "demo.db")
    steps = demo.DEMO_STEPS
    demo.DEMO_STEPS = ["models.demo.build:build_core", "models.demo.ledger:build_demo", "models.demo.products:build_demo",
                       "models.demo.customers:build_demo", "models.demo.applications:build_demo", "models.demo.payments:build_demo",
                       "models.demo.collections:build"]
    try:
        ctx = demo.build_demo(seed=5, customers=200, today=TODAY, log=lambda _msg: None)
        made = ctx.made["collections"]
        assert {a.collector.username for a in CollectorArea.select()} == {"kolektor", "kolektor2"}
        assert CollectionContact.select().where(CollectionContact.result == "promise").count() >= 5
        assert CollectionContact.select().where(CollectionContact.result != "promise").count() >= 5
        stages = {s for (s,) in WarningLetter.select(WarningLetter.stage).distinct().tuples()}
        assert stages == {"SP1", "SP2", "SP3", "SOMASI"}, made
        assert Restructuring.select().where(Restructuring.status == "approved").count() == 2
        sold = Repossession.get(Repossession.status == "sold")
        assert sold.shortfall > 0
        assert WriteOff.select().where(WriteOff.status == "approved").count() == 1 and Recovery.select().count() == 1
        groups, _v, _f = compute(TODAY, group="dealer")
        rates = {g.fpd_rate for g in groups if g.fpd_base >= 3}
        assert len(rates) >= 2  # premature arrears differ between dealers
        failed = [(r.name, r.problems) for r in run_checks() if not r.ok]
        assert failed == []
    finally:
        demo.DEMO_STEPS = steps
        dbmod.close_database()
