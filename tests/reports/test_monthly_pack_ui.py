"""The Laporan page's "Paket laporan bulanan": the manager picks a closed month, saves, and may cancel."""
from __future__ import annotations

import datetime as dt

import openpyxl
from adversarial_helpers import copy_db, demo_db, demo_template  # noqa: F401  (fixtures)
from conftest import session_for

from models.core.audit import AuditLog
from models.core.users import User


def user(name: str) -> User:
    return User.get(User.username == name)


def test_the_manager_saves_the_september_pack_from_the_reports_page(qtbot, demo_db, tmp_path, monkeypatch):
    from ui.reports.monthly_pack_tab import MonthlyPackTab
    from ui.reports.page import ReportsPage

    page = ReportsPage(session_for(user("manajer")))
    qtbot.addWidget(page)
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert "Paket laporan bulanan" in tabs
    tab = page.tabs.widget(tabs.index("Paket laporan bulanan"))
    assert isinstance(tab, MonthlyPackTab)
    months = [tab.month.itemData(i) for i in range(tab.month.count())]
    assert dt.date(2026, 9, 30) in months and dt.date(2026, 10, 31) not in months  # October is not closed
    assert months == sorted(months, reverse=True)
    assert tab.branch.itemData(0) is None and tab.branch.count() >= 2
    tab.month.setCurrentIndex(months.index(dt.date(2026, 9, 30)))
    target = tmp_path / "out" / "paket-september"
    target.parent.mkdir()
    monkeypatch.setattr("ui.reports.monthly_pack_tab.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(target), "Buku kerja Excel (*.xlsx)"))
    jobs = []
    original = tab.export_to
    monkeypatch.setattr(tab, "export_to", lambda path: jobs.append(original(path)) or jobs[-1])
    tab.export_button.click()
    assert jobs and jobs[0].wait() == "done"
    out = target.with_suffix(".xlsx")
    assert out.exists() and str(out) in tab.status.text()
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[0] == "Ringkasan" and "Rincian Pinjaman" in wb.sheetnames
    assert wb["Ringkasan"].cell(3, 1).value.startswith("Periode: September 2026")
    last = AuditLog.select().order_by(AuditLog.seq.desc()).first()
    assert last.action == "report.monthly_pack" and last.username == "manajer"
    tab.resize(1280, 720)
    assert not tab.grab().isNull()


def test_a_cancelled_pack_leaves_no_file_and_says_so(qtbot, demo_db, tmp_path):
    from ui.reports.monthly_pack_tab import MonthlyPackTab

    tab = MonthlyPackTab(session_for(user("manajer")))
    qtbot.addWidget(tab)
    before = AuditLog.select().count()
    (tmp_path / "out").mkdir()
    job = tab.export_to(str(tmp_path / "out" / "paket.xlsx"))
    job.cancel()
    assert job.wait() == "cancelled"
    assert list((tmp_path / "out").iterdir()) == []  # neither the workbook nor its partial file
    assert "dibatalkan" in tab.status.text()
    assert AuditLog.select().count() == before


def test_a_branch_pack_from_the_page_covers_one_branch(qtbot, demo_db, tmp_path):
    from PySide6.QtCore import Qt

    from ui.reports.monthly_pack_tab import MonthlyPackTab

    tab = MonthlyPackTab(session_for(user("kacab")))
    qtbot.addWidget(tab)
    tab.branch.setCurrentIndex(tab.branch.findText("BDG", flags=Qt.MatchFlag.MatchStartsWith))
    job = tab.export_to(str(tmp_path / "bdg.xlsx"))
    assert job.wait() == "done"
    ws = openpyxl.load_workbook(tmp_path / "bdg.xlsx")["Ringkasan"]
    assert ws.cell(4, 1).value.startswith("Cakupan: BDG")


def test_a_cashier_cannot_start_the_pack(qtbot, demo_db):
    from ui.reports.monthly_pack_tab import MonthlyPackTab

    tab = MonthlyPackTab(session_for(user("kasir")))
    qtbot.addWidget(tab)
    assert not tab.export_button.isEnabled() and tab.status.text()


def test_the_summary_pages_open_in_the_print_preview(qtbot, demo_db, monkeypatch):
    from pypdf import PdfReader

    from ui.common import printing
    from ui.reports.monthly_pack_tab import MonthlyPackTab

    shown = []
    monkeypatch.setattr(printing.PdfPreviewDialog, "exec", lambda dialog: shown.append(dialog.path) or 1)
    tab = MonthlyPackTab(session_for(user("manajer")))
    qtbot.addWidget(tab)
    tab.print_button.click()
    assert shown
    text = " ".join(page.extract_text() for page in PdfReader(str(shown[-1])).pages)
    assert "Ringkasan Bulanan" in text and "Kolektibilitas" in text and "NPF bruto" in text
