"""The demo office shows issue 13's cases, made by the real functions, and its books agree."""
from __future__ import annotations

import datetime as dt

import models.cashier.checks  # noqa: F401
import models.cashier.figures_checks  # noqa: F401
from models.cashier.payments import LateFeeWaiver, Payment
from models.core import db as dbmod
from models.core.checks import run_checks

TODAY = dt.date(2026, 11, 23)


def test_the_demo_applies_advances_posts_value_dates_and_withdraws_a_waiver(tmp_path):
    from models.demo import build as demo

    dbmod.open_database(tmp_path / "demo.db")
    steps = demo.DEMO_STEPS
    demo.DEMO_STEPS = ["models.demo.build:build_core", "models.demo.ledger:build_demo", "models.demo.products:build_demo",
                       "models.demo.customers:build_demo", "models.demo.applications:build_demo", "models.demo.payments:build_demo",
                       "models.demo.figures:build"]
    try:
        demo.build_demo(seed=5, customers=150, today=TODAY, log=lambda _msg: None)
        applied = list(Payment.select().where(Payment.kind == "advance"))
        assert applied and all(a.amount == 0 and a.receipt_no.startswith("TTP/") for a in applied)
        valuta = list(Payment.select().where(Payment.booked_on.is_null(False) & (Payment.booked_on != Payment.date)
                                             & (Payment.kind == "installment")))
        assert len(valuta) == 2 and all(p.booked_on > p.date and p.method == "transfer" for p in valuta)
        withdrawn = list(LateFeeWaiver.select().where(LateFeeWaiver.withdrawn_at.is_null(False)))
        assert withdrawn and len({(w.loan_id, w.created_at) for w in withdrawn}) == 1  # one grant, withdrawn whole
        assert [(r.name, r.problems) for r in run_checks() if not r.ok] == []
    finally:
        demo.DEMO_STEPS = steps
        dbmod.close_database()
