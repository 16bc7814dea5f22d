"""Long work runs on a worker: the window's event loop keeps turning (a timer keeps firing) during an export, a
backup and a check, and "Batal" stops each of them with nothing half-written.

The office is a generated one of 2.000 loans (benchmarks/make_office.py), big enough that each job takes a
visible while.
"""
from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from models.core import db as dbmod

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def office_file(tmp_path_factory) -> Path:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import make_office
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    path = tmp_path_factory.mktemp("office") / "office2k.db"
    make_office.build_office(path, 2000, seed=11, log=lambda _text: None)
    dbmod.close_database()
    return path


@pytest.fixture
def office(office_file, tmp_path):
    target = tmp_path / "office.db"
    src, dst = sqlite3.connect(str(office_file)), sqlite3.connect(str(target))
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    database = dbmod.open_database(target)
    yield database
    dbmod.close_database()


class Ticks:
    """A 10 ms timer on the window's thread, counting while a job runs."""

    def __init__(self):
        self.count = 0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.started = time.monotonic()
        self.timer.start()

    def _tick(self):
        self.count += 1

    def stop(self) -> float:
        self.timer.stop()
        return time.monotonic() - self.started


def _session(username: str):
    from models.core.users import User
    from ui.common.session import Session

    return Session(User.get(User.username == username), "office.db")


def _audit_count(action: str) -> int:
    from models.core.audit import AuditLog

    return AuditLog.select().where(AuditLog.action == action).count()


def _cancel_on_first_progress(job) -> None:
    job.signals.progress.connect(lambda *_a: job.cancel())


def _assert_loop_kept_turning(ticks: Ticks) -> None:
    elapsed = ticks.stop()
    # A frozen window counts one tick at most (the timer fires once the job is over).  A free one ticks every
    # 10 ms when idle; with the worker sharing Python's interpreter lock (and a busy test machine) we ask for five
    # ticks a second at least: a window that repaints five times a second is not frozen.
    if elapsed < 1.0:  # over before a second: too short to tell a frozen window from a busy one
        assert ticks.count >= 1, (ticks.count, elapsed)
        return
    assert ticks.count >= 5 and ticks.count >= elapsed * 5, (ticks.count, elapsed)


def test_the_window_keeps_turning_while_the_loan_book_is_exported(qtbot, office, tmp_path):
    import openpyxl

    from ui.loans.page import LoansPage

    page = LoansPage(_session("kacab"))
    qtbot.addWidget(page)
    target = tmp_path / "buku.xlsx"
    ticks = Ticks()
    job = page.export_to(str(target))
    assert job.state == "running"  # export_to returned at once: the work is on the worker
    assert job.wait(120_000) == "done"
    _assert_loop_kept_turning(ticks)
    sheet = openpyxl.load_workbook(target, read_only=True).active
    assert sum(1 for row in sheet.iter_rows(values_only=True) if row and row[0] and str(row[0]).startswith("BDG/")) > 1500
    assert _audit_count("loan.export") == 1 and "baris diekspor" in page.count.text()


def test_cancelling_the_export_writes_no_file_and_no_audit_row(qtbot, office, tmp_path):
    from ui.loans.page import LoansPage

    page = LoansPage(_session("kacab"))
    qtbot.addWidget(page)
    folder = tmp_path / "laporan"
    folder.mkdir()
    job = page.export_to(str(folder / "buku.xlsx"))
    _cancel_on_first_progress(job)
    assert job.wait(120_000) == "cancelled"
    assert list(folder.iterdir()) == []  # neither the file nor its partial neighbour
    assert _audit_count("loan.export") == 0
    assert "dibatalkan" in page.count.text()


def _backup_tab(qtbot, user: str, folder: Path):
    from ui.settings import backup_tab

    from models.core.backup import save_backup_settings
    from models.core.users import User

    save_backup_settings(User.get(User.username == "admin"), str(folder), 5)
    tab = backup_tab.Tab(_session(user))
    qtbot.addWidget(tab)
    return tab


def test_the_window_keeps_turning_during_a_backup_and_the_copy_is_whole(qtbot, office, tmp_path):
    from models.core.backup import verify_backup

    tab = _backup_tab(qtbot, "akuntan", tmp_path / "cadangan")
    ticks = Ticks()
    job = tab.backup_now()
    assert job.wait(120_000) == "done"
    _assert_loop_kept_turning(ticks)
    assert job.result.exists() and "Cadangan dibuat" in tab.status.text()
    assert verify_backup(job.result) > 10  # the copy passes every check
    assert _audit_count("backup.create") == 1


def test_cancelling_a_backup_leaves_no_file_and_no_record(qtbot, office, tmp_path):
    from models.core.office import get_setting

    folder = tmp_path / "cadangan"
    tab = _backup_tab(qtbot, "akuntan", folder)
    job = tab.backup_now()
    _cancel_on_first_progress(job)
    assert job.wait(120_000) == "cancelled"
    assert not folder.exists() or list(folder.iterdir()) == []
    assert get_setting("backup.last_at", "") == "" and _audit_count("backup.create") == 0
    assert "dibatalkan" in tab.status.text()


def test_the_window_keeps_turning_during_a_check_and_cancel_stops_it(qtbot, office, tmp_path):
    from models.core.audit import AuditLog

    tab = _backup_tab(qtbot, "admin", tmp_path / "cadangan")
    before = AuditLog.select().count()
    ticks = Ticks()
    job = tab.check_now()
    assert job.wait(120_000) == "done"
    _assert_loop_kept_turning(ticks)
    assert all(r.ok for r in job.result) and "lulus" in tab.status.text()
    stopped = tab.check_now()
    seen: list[str] = []
    stopped.signals.progress.connect(lambda done, total, text: seen.append(text))
    _cancel_on_first_progress(stopped)
    assert stopped.wait(120_000) == "cancelled"
    assert stopped.result is None and len(seen) < 5  # stopped at the next check, not run to the end
    assert AuditLog.select().count() == before  # check writes nothing, cancelled or not


def test_a_cashier_waiting_for_another_desk_sees_it_then_a_clear_refusal_and_keeps_the_amount(
        qtbot, office, monkeypatch, errors):
    """Another desk holds the write lock: after a second the status bar says so; at the limit the payment is
    refused with a message, nothing is saved, and the amount typed is still in the form."""
    from models.cashier.payments import Payment
    from models.core.db import set_lock_wait_limit, sqlite_path
    from models.loans.loans import Loan
    from ui.shell.main_window import MainWindow

    monkeypatch.setattr(dbmod, "LOCK_WAIT_LIMIT", dbmod.LOCK_WAIT_LIMIT)
    set_lock_wait_limit(2.5)
    window = MainWindow(_session("kasir"))
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("cashier")
    loan = Loan.select().where(Loan.status == "active").order_by(Loan.id).first()
    page.set_loan(loan)
    page.amount.setValue(loan.installment_amount)
    before = Payment.select().count()
    seen: list[str] = []
    probe = QTimer()
    probe.timeout.connect(lambda: seen.append(window.statusBar().currentMessage()))
    probe.start(100)
    other = sqlite3.connect(str(sqlite_path()), timeout=0.1, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        result = page.post()
    finally:
        other.execute("ROLLBACK")
        other.close()
        probe.stop()
    assert result is None and Payment.select().count() == before
    assert any("Menunggu meja lain" in text for text in seen), seen
    assert errors and "another desk" in errors[-1] and "nothing was saved" in errors[-1]
    assert page.amount.value() == loan.installment_amount  # what was typed stays
    assert window.statusBar().currentMessage() == ""


def test_the_daily_backup_runs_behind_the_open_window_and_reports_in_the_status_bar(qtbot, office, tmp_path):
    from models.core.backup import save_backup_settings
    from models.core.users import User
    from ui.shell.app import _daily_backup
    from ui.shell.main_window import MainWindow

    folder = tmp_path / "harian"
    save_backup_settings(User.get(User.username == "admin"), str(folder), 5)
    window = MainWindow(_session("kacab"))
    qtbot.addWidget(window)
    window.show()
    job = _daily_backup(window)
    assert job is not None and job.state == "running"  # the window is already usable
    assert "Membuat cadangan harian" in window.statusBar().currentMessage()
    assert job.wait(120_000) == "done"
    assert "Cadangan harian dibuat" in window.statusBar().currentMessage()
    assert sorted(p.suffix for p in folder.iterdir()) == [".anchor", ".db"]  # the copy and its anchor (issue 19)
    assert "belum ada" not in window.backup_label.text()
    assert _daily_backup(window) is None  # once a day


def test_the_customer_export_runs_as_a_job_and_a_cancel_leaves_no_personal_data_behind(qtbot, office, tmp_path,
                                                                                        errors):
    import openpyxl

    from ui.customers.page import CustomersPage

    page = CustomersPage(_session("manajer"))  # the manager alone may export personal data
    qtbot.addWidget(page)
    folder = tmp_path / "ekspor"
    folder.mkdir()
    stopped = page.export_customers(str(folder / "nasabah.xlsx"))
    stopped.cancel()  # at once: the export reads a few thousand rows in well under a second on a quiet machine,
    # so a cancel sent on its first progress report could arrive after the last one (the race seen in CI)
    assert stopped.wait(120_000) == "cancelled"
    assert list(folder.iterdir()) == [] and _audit_count("customer.export") == 0
    job = page.export_customers(str(folder / "nasabah.xlsx"))
    assert job.wait(120_000) == "done", (job.error, errors)
    assert job.result == 2000
    sheet = openpyxl.load_workbook(folder / "nasabah.xlsx", read_only=True).active
    assert sum(1 for _ in sheet.iter_rows(min_row=2, values_only=True)) == 2000
    assert _audit_count("customer.export") == 1 and "2000 nasabah diekspor" in page.count_label.text()


def _restore_tab_with_a_backup(qtbot, tmp_path):
    """The administrator's backup tab, a backup taken at 08:00, and a cashier created after it (in the live file
    only: a restore removes her, a cancelled one keeps her)."""
    from models.core.backup import make_backup
    from models.core.users import Role, User, create_user

    (tmp_path / "usb").mkdir()
    backup = make_backup(tmp_path / "usb" / "pagi.db")
    create_user(User.get(User.username == "admin"), "sore", "Pegawai Sore", Role.CASHIER, "rahasia-sore")
    return _backup_tab(qtbot, "admin", tmp_path / "cadangan"), backup


def _kept_files(live: Path) -> list[Path]:
    """Replaced files kept beside the database, and checked copies left in its work folder."""
    work = live.parent / ".angsur-work"
    return [p for p in live.parent.iterdir() if ".replaced-" in p.name] + \
        (list(work.iterdir()) if work.exists() else [])


def test_the_window_keeps_turning_during_a_restore(qtbot, office, tmp_path):
    from models.core.users import User

    live = Path(office.database)
    tab, backup = _restore_tab_with_a_backup(qtbot, tmp_path)
    ticks = Ticks()
    result = tab.restore_from(backup, "manajer", "angsur-demo")
    _assert_loop_kept_turning(ticks)
    assert result is not None and result.checks > 10 and result.kept.exists()
    assert tab.restore_job.state == "done" and "dipulihkan" in tab.status.text()
    assert User.get_or_none(User.username == "sore") is None  # the backup's database, reopened
    assert _audit_count("backup.restore") == 1 and live.exists()


def test_cancelling_a_restore_before_the_swap_leaves_the_live_file_untouched(qtbot, office, tmp_path, monkeypatch):
    from models.core.users import User
    from ui.common import jobs

    live = Path(office.database)
    tab, backup = _restore_tab_with_a_backup(qtbot, tmp_path)
    started = jobs.start_job

    def cancelled_at_once(*args, **kwargs):
        job = started(*args, **kwargs)
        _cancel_on_first_progress(job)   # the office manager presses "Batal" while the copy is being checked
        return job

    monkeypatch.setattr(jobs, "start_job", cancelled_at_once)
    assert tab.restore_from(backup, "manajer", "angsur-demo") is None
    assert tab.restore_job.state == "cancelled" and "dibatalkan" in tab.status.text()
    assert User.get_or_none(User.username == "sore") is not None   # still the live file, reopened
    assert _audit_count("backup.restore") == 0 and _kept_files(live) == []
    assert [p.name for p in live.parent.iterdir() if p.suffix == ".db"] == [live.name]


def test_cancelling_a_backup_while_its_copy_is_checked_leaves_no_file(qtbot, office, tmp_path):
    """A backup counts once its copy passes every check (issue 19); the bar follows those checks too, and a
    cancel during them removes the copy just written: no file, no record."""
    from models.core.office import get_setting

    folder = tmp_path / "cadangan"
    tab = _backup_tab(qtbot, "akuntan", folder)
    job = tab.backup_now()
    seen: list[str] = []

    def on_progress(_done, _total, text):
        seen.append(text)
        if "integrity_check" in text or "foreign_key" in text:   # the copy's checks have begun
            job.cancel()

    job.signals.progress.connect(on_progress)
    assert job.wait(120_000) == "cancelled"
    assert any("integrity_check" in t or "foreign_key" in t for t in seen)
    assert not folder.exists() or [p for p in folder.iterdir() if p.suffix == ".db"] == []
    assert get_setting("backup.last_at", "") == "" and _audit_count("backup.create") == 0
