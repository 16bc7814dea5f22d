"""The demo office's payment history is made by the real cashier functions and keeps the books in agreement."""
from __future__ import annotations

import datetime as dt

import models.cashier.checks  # noqa: F401  (registers the cashier's checks)
from models.core import db as dbmod
from models.core.checks import run_checks
from models.loans.loans import Loan
from models.cashier.payments import Payment

TODAY = dt.date(2026, 11, 23)


def test_the_demo_pays_loans_by_their_dealers_risk_and_the_books_agree(tmp_path):
    from models.demo import build as demo

    dbmod.open_database(tmp_path / "demo.db")
    steps = demo.DEMO_STEPS
    demo.DEMO_STEPS = ["models.demo.build:build_core", "models.demo.ledger:build_demo", "models.demo.products:build_demo",
                       "models.demo.customers:build_demo", "models.demo.applications:build_demo", "models.demo.payments:build_demo"]
    try:
        demo.build_demo(seed=5, customers=40, today=TODAY, log=lambda _msg: None)
        assert Payment.select().count() > 100
        assert Payment.select().where(Payment.status == "reversed").count() >= 1
        assert Payment.select().where(Payment.date > TODAY).count() == 0
        late = Loan.select().where(Loan.oldest_unpaid_due < TODAY - dt.timedelta(days=30)).count()
        current = Loan.select().where((Loan.oldest_unpaid_due >= TODAY) | Loan.oldest_unpaid_due.is_null()).count()
        assert late >= 1 and current >= 1  # some customers are behind, others are not
        failed = [(r.name, r.problems) for r in run_checks() if not r.ok]
        assert failed == []
    finally:
        demo.DEMO_STEPS = steps
        dbmod.close_database()
