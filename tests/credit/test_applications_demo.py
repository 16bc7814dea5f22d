"""The demo office's applications: every state, ~0.8 loans per customer over 24 months, dealers' risk profiles."""
from __future__ import annotations

import datetime as dt

import models.credit.checks  # noqa: F401  (registers the application checks)
from models.credit import applications as apps
from models.demo import build as demo
from models.core.checks import run_checks
from models.credit.collateral import Collateral, fiducia_due_list
from models.loans.loans import Loan
from tests.conftest import TODAY


def test_demo_office_has_applications_in_every_state_and_reconciles(empty_db):
    steps = demo.DEMO_STEPS
    demo.DEMO_STEPS = ["models.demo.build:build_core", "models.demo.ledger:build_demo", "models.demo.products:build_demo",
                       "models.demo.customers:build_demo", "models.demo.applications:build_demo"]
    try:
        ctx = demo.build_demo(seed=7, customers=80, today=TODAY, log=lambda _m: None)
    finally:
        demo.DEMO_STEPS = steps
    counts = apps.status_counts()
    assert all(counts[s] > 0 for s in counts), counts
    loans = list(Loan.select())
    assert len(loans) == len(ctx.made["loan_ids"]) == counts["disbursed"]
    assert 0.7 * 80 <= len(loans) <= 0.8 * 80
    first, last = min(l.disbursed_on for l in loans), max(l.disbursed_on for l in loans)
    assert first >= TODAY - dt.timedelta(days=731) and last < TODAY and (last - first).days > 500
    assert sum(1 for l in loans if l.dealer_id) > 0.6 * len(loans) > sum(1 for l in loans if not l.dealer_id)
    risk = ctx.made["dealer_risk"]
    assert len(risk) == 12 and max(risk.values()) > 3 * min(risk.values())
    assert Collateral.select().where(Collateral.status == "stored").count() > 0
    assert fiducia_due_list(TODAY)  # a few registrations are still missing
    assert apps.Application.select().where(apps.Application.version > 1).count() > 0  # counter-offers
    assert [r.name for r in run_checks() if not r.ok] == []
