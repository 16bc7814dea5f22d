"""The manager reads the demo office's portfolio quality on the Penagihan page (issue 15, item 9): the latest
closed month end by default, an earlier one from the picker, and a month closed before collections were
recorded says so instead of showing a zero rate."""
from __future__ import annotations

from conftest import session_for

# The whole demo office (every step, month ends included) with few customers, built once for this module.
from tests.ui.test_screens_fit import demo_db, demo_template  # noqa: F401  (pytest fixtures)


def test_the_demo_office_has_a_full_view_for_its_latest_month_end(demo_db):
    from models.collections import portfolio as pf

    latest, previous = pf.month_ends()[:2]
    q = pf.portfolio_quality(latest)
    assert q.loans > 20 and q.outstanding > 0 and q.npf_gross is not None and q.par[1] >= q.par[30] >= q.par[90]
    assert sum(r.loans for r in q.by_class) == q.loans
    roll = pf.roll_rates(latest)
    assert roll.previous_end == previous and sum(map(sum, roll.counts)) == pf.portfolio_quality(previous).loans
    assert pf.collection_recorded(latest)
    collectors = pf.collection_rates(latest, "collector")
    # The demo's collectors hold accounts at the latest month end (its snapshot is written after the collections).
    assert any(r.key_id is not None and r.due > 0 for r in collectors)
    assert pf.total_rate(collectors).due == pf.total_rate(pf.collection_rates(latest, "officer")).due > 0
    assert pf.premature_arrears(latest, "dealer") and pf.vintage(latest)


def test_the_manager_picks_a_month_end_and_reads_the_tables(qtbot, demo_db):
    from models.collections import portfolio as pf
    from models.core.users import User
    from models.loans.snapshots import LoanSnapshot
    from ui.collections.page import CollectionsPage

    page = CollectionsPage(session_for(User.get(User.username == "manajer")))
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    page.tabs.setCurrentWidget(page.portfolio)
    tab = page.portfolio
    ends = pf.month_ends()
    assert [tab.month.itemData(i) for i in range(tab.month.count())] == ends
    assert tab.month.currentData() == ends[0]
    q = pf.portfolio_quality(ends[0])
    assert tab.tiles["npf_gross"].value.text() == f"{q.npf_gross:.2f} %".replace(".", ",")
    assert tab.tiles["par30"].value.text() != "–"
    assert tab.classes.rowCount() == len(q.by_class) + 1 and tab.classes.rows[-1][1] == str(q.loans)
    assert tab.class_table.toolTip().count("Stage") == 3  # PSAK 71 stages with their allowance
    assert tab.roll.rowCount() == 7 and tab.roll.columnCount() == 9  # seven buckets, eight columns and the names
    assert tab.by_collector.rowCount() >= 2 and tab.by_officer.rowCount() >= 2  # rows and the total
    assert "%" in tab.tiles["collection"].value.text()
    # A month closed before migration 0016 (as an older file holds it): the rates say "not recorded".
    old = ends[3]
    LoanSnapshot.update(due_in_month=None, collected_in_month=None, collector_id=None).where(
        LoanSnapshot.period_end == old).execute()
    tab.month.setCurrentIndex(3)
    assert tab.by_collector.rowCount() == 0 and "tidak tercatat" in tab.rates_note.text()
    assert tab.tiles["collection"].value.text() == "–"
    assert tab.classes.rowCount() == len(pf.portfolio_quality(old).by_class) + 1  # the book itself is there
    # The first month end has nothing before it to roll from.
    tab.month.setCurrentIndex(tab.month.count() - 1)
    assert tab.roll.rowCount() == 0 and "belum ditutup" in tab.roll_note.text()


def test_the_tab_fits_a_1280_by_720_laptop(qtbot, demo_db):
    """In the main window at 1280×720 no caption or figure of the tab is cut (tiles, notes)."""
    from PySide6.QtWidgets import QApplication

    from models.core.users import User
    from tests.ui.test_screens_fit import _cut_labels_of_any_kind
    from ui.common.session import Session
    from ui.shell.main_window import MainWindow

    window = MainWindow(Session(User.get(User.username == "manajer"), "demo.db"))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    page = window.show_page("collections")
    page.tabs.setCurrentWidget(page.portfolio)
    QApplication.processEvents()
    assert page.portfolio.isVisible() and page.portfolio.roll.rowCount() == 7
    assert _cut_labels_of_any_kind(page.portfolio) == []
    window.grab().save(str(demo_db.database) + ".png")
