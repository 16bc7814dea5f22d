"""Adversarial (issue 19, items 6 and 7): the daily backup never rotates away the last good copy, and nothing
personal is left behind by killed or failed backups and restores."""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest
from adversarial_helpers import demo_db, demo_template  # noqa: F401 - fixtures

from models.core import db as dbmod
from models.core.backup import LiveDatabaseFailing, list_backups, maybe_daily_backup, restore_database, verify_backup
from models.core.office import put_setting
from models.core.workdir import FOLDER_NAME, clean_leftovers, make_work_dir

pytestmark = pytest.mark.adversarial


def _tamper_books(live: Path) -> None:
    """A balanced raise of a manual journal, triggers dropped: integrity_check passes, the books do not."""
    con = sqlite3.connect(str(live))
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        con.execute(f'DROP TRIGGER "{name}"')
    jid = con.execute("SELECT MAX(id) FROM journal WHERE source = 'manual'").fetchone()[0]
    con.execute("UPDATE journal_line SET debit = debit + 100000 WHERE journal_id = ? AND debit > 0", (jid,))
    con.execute("UPDATE journal_line SET credit = credit + 100000 WHERE journal_id = ? AND credit > 0", (jid,))
    con.commit()
    con.close()


def test_fifteen_starts_on_a_damaged_file_keep_every_good_backup_and_name_the_newest(demo_db, tmp_path):
    folder = tmp_path / "harian"
    put_setting("backup.folder", str(folder))
    put_setting("backup.keep", 3)
    live = Path(demo_db.database)
    good = [maybe_daily_backup(dt.datetime(2026, 11, day, 8, 0)) for day in (1, 2, 3)]
    assert all(p is not None for p in good)
    _tamper_books(live)
    for day in range(4, 19):  # fifteen mornings on the damaged file
        with pytest.raises(LiveDatabaseFailing) as caught:
            maybe_daily_backup(dt.datetime(2026, 11, day, 8, 0))
        assert caught.value.good_backup == good[-1]
        assert "differs from what audit row" in " ".join(caught.value.problems)
        assert str(live) in caught.value.message and "restore" in caught.value.message
    kept = list_backups(folder, live.stem)
    assert kept == good  # nothing rotated away, nothing added
    assert all(verify_backup(p) > 10 for p in kept)
    leftovers = [p.name for p in folder.iterdir() if not p.name.endswith((".db", ".db.anchor"))]
    assert leftovers == []
    assert sorted(p.name for p in folder.iterdir() if p.name.endswith(".anchor")) == \
        sorted(p.name + ".anchor" for p in good)


def test_the_anchor_beside_a_backup_verifies_the_live_chain(demo_db, tmp_path, capsys):
    import argparse

    from models.core.backup import make_backup
    from models.core.commands import check_command

    backup = make_backup(tmp_path / "b.db")
    anchor = Path(str(backup) + ".anchor")
    assert anchor.exists()
    live = demo_db.database
    dbmod.close_database()
    assert check_command(argparse.Namespace(db=live, anchor=[str(anchor)])) == 0
    assert "ok    audit chain reaches the anchors" in capsys.readouterr().out


def test_leftovers_of_killed_restores_and_backups_are_removed_at_the_next_start(demo_template, tmp_path):
    from adversarial_helpers import copy_db

    live = copy_db(demo_template, tmp_path / "angsur.db")
    dead = make_work_dir("restore", tmp_path)
    (dead / "restore.db").write_bytes(live.read_bytes())  # a full copy: every NIK
    pid_dead = dead.name.split("-")
    os.rename(dead, dead.with_name("-".join(pid_dead[:2] + ["999999"] + pid_dead[3:])))
    mine = make_work_dir("verify", tmp_path)  # this process is alive: its work is left alone
    old_style = tmp_path / ".angsur-restore-abc123"
    old_style.mkdir()
    (old_style / "restore.db").write_bytes(b"x")
    part = tmp_path / "angsur-20261101-080000.db.part"
    part.write_bytes(b"half")
    dbmod.open_database(live)
    try:
        names = sorted(p.name for p in tmp_path.iterdir())
        assert ".angsur-restore-abc123" not in names and part.name not in names
        assert [p.name for p in (tmp_path / FOLDER_NAME).iterdir()] == [mine.name]
    finally:
        dbmod.close_database()


def test_a_restore_that_fails_or_is_interrupted_leaves_no_copy(demo_template, tmp_path, monkeypatch):
    from adversarial_helpers import copy_db

    from models.core import backup

    live = copy_db(demo_template, tmp_path / "angsur.db")
    source = copy_db(demo_template, tmp_path / "cadangan.db")

    def interrupted(copy, work, anchors=(), progress=None):
        assert copy.exists() and FOLDER_NAME in str(copy)
        raise KeyboardInterrupt  # the operator pressed Ctrl+C, or the power button

    monkeypatch.setattr(backup, "_check_copy", interrupted)
    with pytest.raises(KeyboardInterrupt):
        restore_database(live, source)
    assert not (tmp_path / FOLDER_NAME).exists()
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm"))) == \
        ["angsur.db", "cadangan.db"]


def test_a_backup_that_fails_half_way_leaves_no_part_file(demo_db, tmp_path, monkeypatch):
    from models.core.db import backup_sqlite

    class Broken:
        def backup(self, dest):
            dest.execute("CREATE TABLE half (x)")
            raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(demo_db, "connection", lambda: Broken())
    with pytest.raises(sqlite3.OperationalError):
        backup_sqlite(demo_db, tmp_path / "out" / "b.db")
    assert list((tmp_path / "out").iterdir()) == []
    assert clean_leftovers(tmp_path) == []


def test_the_head_printed_on_the_daily_cash_report_is_an_anchor(demo_db, tmp_path, capsys):
    import argparse

    from models.core.commands import check_command
    from reports.cash_report import cash_report

    printed = dict(cash_report(dt.date(2026, 11, 20))[0].meta)["Rantai audit"]  # "#48213 9f2c1ae07b3d5c11"
    live = demo_db.database
    dbmod.close_database()
    assert check_command(argparse.Namespace(db=live, anchor=[printed])) == 0
    assert "ok    audit chain reaches the anchors" in capsys.readouterr().out
    dbmod.close_database()
    seq = int(printed.split()[0].lstrip("#"))
    forged = f"#{seq} {'0' * 16}"  # the same row number, another history
    assert check_command(argparse.Namespace(db=live, anchor=[forged])) == 1
    assert "history was rewritten" in capsys.readouterr().out
    dbmod.close_database()
