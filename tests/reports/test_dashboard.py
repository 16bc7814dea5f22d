"""The home dashboard per role: figures from SQL aggregates, a click opens the list behind, QtCharts for trends."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from conftest import session_for

from models.cashier.payments import post_payment
from reports.dashboard import arrears_by_officer, monthly_trend, role_of, tile_list, tiles
from tests.payments_helpers import disburse

TODAY = dt.date(2026, 5, 31)


def test_each_role_gets_its_own_figures(ready_db, staff):
    assert [role_of(u) for u in (staff.kasir, staff.cmo1, staff.kacab, staff.manajer)] == \
        ["cashier", "officer", "branch", "manager"]
    good = disburse()
    late = disburse("BDG/2026/00002", principal="6000000", tenor=12)
    post_payment(staff.kasir, good, good.installment_amount, TODAY, idempotency_key="d1")
    cashier = {t.label: t for t in tiles(staff.kasir, TODAY)}
    assert cashier["Kwitansi saya hari ini"].value == f"Rp {good.installment_amount:,.0f}".replace(",", ".")
    assert cashier["Uang tunai di laci (sistem)"].value == cashier["Kwitansi saya hari ini"].value
    officer = {t.label: t for t in tiles(staff.cmo1, TODAY)}
    assert officer["Nasabah saya menunggak"].value == "2"        # both have unpaid installments before 31 May
    branch = {t.key: t for t in tiles(staff.kacab, TODAY)}
    assert set(branch) == {"approval_queue", "disbursed_month", "collections_month", "arrears"}
    rows = tile_list("arrears", staff.kacab, TODAY).rows
    assert {r["contract"] for r in rows} == {good.contract_no, late.contract_no}
    assert rows[0]["dpd"] >= rows[1]["dpd"]
    mine = tile_list("receipts_today", staff.kasir, TODAY)
    assert mine.totals["amount"] == good.installment_amount


def test_the_trend_counts_each_month_s_flows(ready_db, staff):
    loan = disburse()                                          # disbursed 31 January 2026
    post_payment(staff.kasir, loan, Decimal("907000"), dt.date(2026, 2, 28), idempotency_key="t1")
    trend = monthly_trend(dt.date(2026, 3, 15))
    assert len(trend) == 12 and trend[-1]["month"] == dt.date(2026, 3, 1)
    by_month = {r["month"]: r for r in trend}
    assert by_month[dt.date(2026, 1, 1)]["disbursed"] == Decimal("16000000")
    assert by_month[dt.date(2026, 2, 1)]["collected"] == Decimal("907000")
    assert by_month[dt.date(2026, 2, 1)]["due"] == loan.installment_amount
    top = arrears_by_officer(TODAY)
    assert top[0]["officer"] == staff.cmo1.full_name and top[0]["loans"] == 1


def test_the_page_shows_tiles_and_charts_and_a_click_opens_the_list(qtbot, ready_db, staff, tmp_path):
    from ui.reports.dashboard import DashboardPage

    disburse()
    page = DashboardPage(session_for(staff.kacab), today=TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    assert len(page.tile_buttons) == 4 and len(page.charts) == 3
    assert page.charts[0].bar_sets[0].count() == 12
    # No month closed yet: the quality chart says so rather than drawing a flat zero line.
    assert "belum ada bulan yang ditutup" in page.charts[1].chart().title()
    assert all(series.count() == 0 for series in page.charts[1].line_series)
    arrears = next(b for b in page.tile_buttons if b.tile.key == "arrears")
    page.open_list(arrears.tile.key, exec_dialog=False)
    assert page.last_list.model.rowCount() == 1
    page.grab().save(str(tmp_path / "dashboard.png"))
    cashier = DashboardPage(session_for(staff.kasir), today=TODAY)
    qtbot.addWidget(cashier)
    assert len(cashier.tile_buttons) == 3 and not cashier.charts


def test_the_dashboard_prints_the_same_figures_with_charts(qtbot, ready_db, staff, monkeypatch):
    from pypdf import PdfReader

    from ui.common import printing
    from ui.reports.dashboard import DashboardPage

    shown = []
    monkeypatch.setattr(printing.PdfPreviewDialog, "exec", lambda dialog: shown.append(dialog.path) or 1)
    disburse()
    page = DashboardPage(session_for(staff.kacab), today=TODAY)
    qtbot.addWidget(page)
    page.print_pdf()
    text = " ".join(p.extract_text() for p in PdfReader(str(shown[-1])).pages)
    for button in page.tile_buttons:
        assert button.tile.value in text
    assert "12 bulan terakhir" in text and "Tunggakan per petugas" in text and staff.cmo1.full_name in text


def test_the_main_window_paints_before_the_figures_are_read(qtbot, ready_db, staff):
    """Start-up does not wait for aggregates over the whole book: the home page says it is loading, the figures
    are read on a worker and follow; a change posted meanwhile is read again (issue 18)."""
    from PySide6.QtWidgets import QLabel

    from ui.common.session import Session
    from ui.shell.main_window import MainWindow

    disburse()
    window = MainWindow(Session(staff.kacab, "test.db"))
    qtbot.addWidget(window)
    page = window.page("home")
    assert page.background and page.loading is not None
    assert page.tile_buttons == [] and page.findChild(QLabel, "dashboardNote").text() == "Memuat angka…"
    page.refresh()                                 # a payment posted while the figures are read
    assert page._again
    qtbot.waitUntil(lambda: page.loading is None and len(page.tile_buttons) == 4, timeout=10_000)
    assert len(page.charts) == 3
    arrears = next(b for b in page.tile_buttons if b.tile.key == "arrears")
    assert arrears.tile.value == "1"


def test_a_damaged_file_under_the_home_page_gives_its_message_not_a_traceback(qtbot, ready_db, staff, capfd,
                                                                             monkeypatch):
    """Found by the new-user trial: the home page's worker printed a Python traceback for a malformed file and
    the page kept saying "Memuat angka…".  The page now says which file, what is wrong and what to do."""
    import sqlite3

    from ui.reports.dashboard import DashboardPage

    def damaged(self):
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(DashboardPage, "figures", damaged)
    page = DashboardPage(session_for(staff.kacab), today=TODAY, background=True)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loading is None, timeout=5000)
    from PySide6.QtWidgets import QLabel

    note = page.findChild(QLabel, "dashboardNote").text()
    assert "damaged" in note and "restore" in note and "Memuat" not in note
    assert "Traceback" not in capfd.readouterr().err
