"""Every table model the office looks at passes Qt's model tester (qtmodeltester), filled with real data."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from conftest import session_for
from models.customers.customers import Customer
from models.core.db import run_in_transaction
from models.products.loanmath import Method, build_schedule
from models.loans.loans import create_loan
from models.products.products import LoanProduct


def test_settings_tables_pass_the_model_tester(ready_db, staff, qtbot, qtmodeltester):
    from ui.settings.page import SettingsPage

    page = SettingsPage(session_for(staff.admin))
    qtbot.addWidget(page)
    checked = 0
    for i in range(page.tabs.count()):
        model = getattr(page.tabs.widget(i), "model", None)
        if model is not None and hasattr(model, "rowCount"):
            assert model.rowCount() > 0, page.tabs.tabText(i)
            qtmodeltester.check(model)
            checked += 1
    assert checked >= 3  # users, permissions, products at least


def test_the_loans_list_passes_the_model_tester(ready_db, staff, branch, qtbot, qtmodeltester):
    from ui.loans.page import LoansPage

    start = dt.date(2026, 1, 31)
    for n, customer in enumerate(Customer.select().order_by(Customer.id).limit(3), start=1):
        schedule = build_schedule(Decimal("16000000"), Decimal("18"), 24, Method.FLAT, start, rounding="1000")
        run_in_transaction(lambda: create_loan(
            customer=customer, product=LoanProduct.get(LoanProduct.code == "KM"), branch=branch,
            officer=staff.cmo1, contract_no=f"BDG/2026/{n:05d}", schedule=schedule, disbursed_on=start,
            created_by=staff.kacab))
    page = LoansPage(session_for(staff.kacab))
    qtbot.addWidget(page)
    page.refresh()
    assert page.model.rowCount() == 3
    qtmodeltester.check(page.model)
