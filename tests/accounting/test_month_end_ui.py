"""The accountant's month-end tab: each step's figures and journal before posting, then the run."""
from __future__ import annotations

import datetime as dt

from conftest import session_for
from PySide6.QtCore import QDate

from models.accounting import month_end as me
from models.core.money import ZERO
from models.ledger.journals import balance
from tests.accounting.test_month_end import effective_loan


def test_the_month_end_tab_previews_runs_and_closes(qtbot, ready_db, staff, monkeypatch, errors):
    import ui.ledger.month_end as page_module
    from ui.ledger.page import LedgerPage

    effective_loan(staff, "BDG/2025/93001", principal="12000000", rate="18", tenor=12, fees="240000",
                   start=dt.date(2025, 1, 10), rounding="1000")
    page = LedgerPage(session_for(staff.akuntan))
    qtbot.addWidget(page)
    page.tabs.setCurrentWidget(page.month_end)
    page.show()
    tab = page.month_end
    tab.month.setDate(QDate(2025, 1, 1))
    tab.steps.setCurrentCell(1, 0)  # accruals
    assert tab.heading.text() == "Akrual pendapatan bunga efektif"
    figures = {tab.figures.item(r, 0).text(): tab.figures.item(r, 1).text() for r in range(tab.figures.rowCount())}
    assert figures["Bunga efektif diakui"].startswith("Rp ") and figures["Bunga efektif diakui"] != "Rp 0,00"
    accounts = {tab.lines.item(r, 0).text() for r in range(tab.lines.rowCount())}
    assert accounts == {"1304", "4101", "1305", "4107"}
    assert balance("1304") == ZERO  # shown, not posted
    tab.run_button.click()
    assert balance("1304") > ZERO
    assert tab.steps.item(1, 1).text() == "Sudah" and tab.steps.item(0, 1).text() == "Belum"
    assert "Tidak ada selisih" in tab.problems.text()  # a rerun would post nothing
    monkeypatch.setattr(page_module, "confirm", lambda *a: True)
    tab.run_all_button.click()
    assert errors == []
    assert me.month_status(dt.date(2025, 1, 31)).closed
    assert tab.steps.item(5, 1).text() == "Sudah"
    # The closed month refuses a rerun, shown as a message rather than a traceback.
    tab.steps.setCurrentCell(2, 0)
    tab.run_button.click()
    assert errors and "sudah ditutup" in errors[-1]


def test_settings_accounting_tab_edits_method_bounds_and_policy(qtbot, db, staff, errors):
    from models.accounting import allowance
    from models.core.audit import AuditLog
    from models.loans import collectibility, loan_income
    from ui.settings.accounting_tab import Tab

    tab = Tab(session_for(staff.admin))
    qtbot.addWidget(tab)
    assert tab.method.currentData() == "effective" and tab.preset.currentData() == "multifinance"
    tab.method.setCurrentIndex(tab.method.findData("flat"))
    tab.nonaccrual.setCurrentIndex(tab.nonaccrual.findData("suspense"))
    tab.preset.setCurrentIndex(tab.preset.findData("cooperative"))
    assert tab.bounds.rowCount() == 3  # no DPK
    tab.bounds.item(2, 1).setText("270")  # the cooperative's own rule for Diragukan
    tab.class_rates.setText("1 / 3 / 10 / 50 / 100")
    assert tab.save() and errors == []
    assert loan_income.income_method() == "flat" and loan_income.nonaccrual_mode() == "suspense"
    assert collectibility.office_table().bounds == ((1, 90), (3, 180), (4, 270))
    assert allowance.policy().class_rates[1] == 1
    assert AuditLog.select().where(AuditLog.action.startswith("settings.")).count() == 4
    tab.bounds.item(1, 1).setText("80")  # below the previous bound: refused with a message
    assert not tab.save() and errors and "naik" in errors[-1]
