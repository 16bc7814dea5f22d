"""Backups and restore as the office lives them: the daily copy, the bad day, the damaged file."""
from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest

import main
from models.core import audit
from models.core import db as dbmod
from models.core.backup import (
    BackupRefused,
    last_backup_at,
    list_backups,
    make_backup,
    maybe_daily_backup,
    restore_database,
    verify_backup,
)
from models.core.errors import DatabaseUnavailable, PermissionDenied
from models.core.office import put_setting
from models.core.users import Role, User, create_user


def _live(db) -> Path:
    return Path(db.database)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _users_in(path: Path) -> set[str]:
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return {r[0] for r in con.execute("SELECT username FROM user")}
    finally:
        con.close()


def test_the_backup_command_writes_one_self_contained_file(db, tmp_path, capsys):
    out = tmp_path / "cadangan" / "angsur-senin.db"
    assert main.main(["--db", str(_live(db)), "backup", "--out", str(out)]) == 0
    assert "integrity ok" in capsys.readouterr().out
    assert out.exists() and not Path(str(out) + "-wal").exists() and not Path(str(out) + ".part").exists()
    # Header bytes 18/19 are 1 in rollback-journal mode and 2 in WAL mode: the file needs no -wal to be whole.
    header = out.read_bytes()[:20]
    assert header[18] == 1 and header[19] == 1
    assert "kasir" in _users_in(out)
    dbmod.open_database(_live(db))
    assert last_backup_at() is not None
    assert audit.AuditLog.select().where(audit.AuditLog.action == "backup.create").count() == 1


def test_a_cashier_may_not_make_backups_but_the_accountant_may(staff, tmp_path):
    with pytest.raises(PermissionDenied):
        make_backup(tmp_path / "x.db", actor=staff.kasir)
    assert make_backup(tmp_path / "x.db", actor=staff.akuntan).exists()


def test_restore_brings_back_the_backup_and_keeps_the_replaced_file(db, staff, tmp_path):
    live = _live(db)
    backup = make_backup(tmp_path / "pagi.db", at=dt.datetime(2026, 11, 23, 7, 0))
    create_user(staff.admin, "siang", "Pegawai Siang", Role.CASHIER, "rahasia-siang")
    dbmod.close_database()

    result = restore_database(live, backup, at=dt.datetime(2026, 11, 23, 15, 30))

    assert result.checks >= 4
    assert "siang" not in _users_in(live)
    assert result.kept.name == "angsur.replaced-20261123-153000.db"
    assert "siang" in _users_in(result.kept)
    assert not Path(str(live) + "-wal").exists() or Path(str(live) + "-wal").stat().st_size == 0
    dbmod.open_database(live)
    from models.core.checks import run_checks

    assert all(r.ok for r in run_checks())
    last = audit.AuditLog.select().order_by(audit.AuditLog.seq.desc()).first()
    assert last.action == "backup.restore" and "pagi.db" in last.note
    # The kept file is a complete database of its own.
    assert list(sqlite3.connect(str(result.kept)).execute("PRAGMA integrity_check")) == [("ok",)]


def test_the_restore_command_reports_and_keeps(db, tmp_path, capsys):
    live = _live(db)
    backup = make_backup(tmp_path / "b.db")
    dbmod.close_database()
    assert main.main(["--db", str(live), "restore", "--from", str(backup)]) == 0
    out = capsys.readouterr().out
    assert "checks passed" in out and "kept as" in out


def _corrupt_middle(path: Path) -> None:
    """Overwrite bytes inside a b-tree page (not the header): a disk or a USB stick going bad."""
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    pages = len(data) // page_size
    assert pages >= 4
    for page in range(2, pages):
        start = page * page_size
        data[start:start + 64] = b"\xde\xad\xbe\xef" * 16
    path.write_bytes(bytes(data))


def test_a_backup_with_corrupted_bytes_is_refused_and_nothing_changes(db, tmp_path, capsys):
    live = _live(db)
    backup = make_backup(tmp_path / "rusak.db")
    _corrupt_middle(backup)
    dbmod.close_database()
    before = _sha(live)
    with pytest.raises(BackupRefused) as err:
        restore_database(live, backup)
    assert "damaged" in err.value.message or "checks" in err.value.message
    assert _sha(live) == before
    assert [p.name for p in live.parent.iterdir() if "replaced" in p.name or "restore" in p.name] == []
    assert main.main(["--db", str(live), "restore", "--from", str(backup)]) == 1
    assert "was not changed" in capsys.readouterr().out


@pytest.mark.parametrize("damage", ["garbage", "truncated", "missing"])
def test_a_file_that_is_not_a_whole_database_is_refused(db, tmp_path, damage):
    backup = make_backup(tmp_path / "b.db")
    if damage == "garbage":
        backup.write_bytes(b"PK\x03\x04 this is a zip file, not a backup" * 100)
    elif damage == "truncated":
        backup.write_bytes(backup.read_bytes()[:50])
    else:
        backup.unlink()
    with pytest.raises(BackupRefused):
        verify_backup(backup)


def _tamper(path: Path, *statements: str) -> None:
    """Someone edits the backup file with a database tool, outside Angsur."""
    con = sqlite3.connect(str(path))
    for sql in statements:
        con.execute(sql)
    con.commit()
    con.close()


def test_a_backup_whose_audit_trail_was_edited_is_refused(db, tmp_path):
    backup = make_backup(tmp_path / "diubah.db")
    _tamper(backup, "DROP TRIGGER audit_log_no_update",
            "UPDATE audit_log SET note = 'tidak ada apa-apa' WHERE seq = 2")
    with pytest.raises(BackupRefused) as err:
        verify_backup(backup)
    assert "audit" in err.value.message
    assert any("altered" in p for p in err.value.problems)


def test_a_backup_with_a_broken_foreign_key_is_refused(db, tmp_path):
    backup = make_backup(tmp_path / "fk.db")
    _tamper(backup, "PRAGMA foreign_keys=OFF", "UPDATE user SET branch_id = 999 WHERE username = 'kasir'")
    with pytest.raises(BackupRefused, match="foreign_key_check"):
        verify_backup(backup)


def test_verifying_never_writes_the_backup(db, tmp_path):
    backup = make_backup(tmp_path / "b.db")
    before = _sha(backup)
    assert verify_backup(backup) >= 4
    assert _sha(backup) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["angsur.db", "angsur.db-shm", "angsur.db-wal",
                                                          "b.db", "b.db.anchor"]  # the head, issue 19


def test_restore_is_refused_while_another_desk_has_the_file_open(db, tmp_path):
    live = _live(db)
    backup = make_backup(tmp_path / "b.db")
    dbmod.close_database()
    other_desk = sqlite3.connect(str(live))
    other_desk.execute("SELECT count(*) FROM user").fetchone()
    before = _sha(live)
    try:
        with pytest.raises(DatabaseUnavailable, match="in use"):
            restore_database(live, backup)
    finally:
        other_desk.close()
    assert _sha(live) == before


def test_restore_from_the_application_needs_an_administrator_and_a_second_person(db, staff, tmp_path):
    live = _live(db)
    backup = make_backup(tmp_path / "b.db")
    admin, manajer, kasir = staff.admin, staff.manajer, staff.kasir
    dbmod.close_database()
    with pytest.raises(PermissionDenied):
        restore_database(live, backup, actor=manajer, checker=admin)
    with pytest.raises(PermissionDenied, match="empat mata"):
        restore_database(live, backup, actor=admin, checker=admin)
    with pytest.raises(PermissionDenied):
        restore_database(live, backup, actor=admin, checker=kasir)
    result = restore_database(live, backup, actor=admin, checker=manajer)
    assert result.kept is not None


def test_daily_backup_once_a_day_with_rotation(db, staff, tmp_path):
    folder = tmp_path / "harian"
    put_setting("backup.folder", str(folder))
    put_setting("backup.keep", 3)
    (folder).mkdir()
    (folder / "catatan-kasir.txt").write_text("jangan dihapus")
    made = []
    for day in range(1, 6):
        morning = dt.datetime(2026, 11, day, 8, 0)
        made.append(maybe_daily_backup(morning))
        assert maybe_daily_backup(morning + dt.timedelta(hours=6)) is None  # once a day
        assert last_backup_at() == morning
    assert all(p is not None for p in made)
    kept = list_backups(folder, "angsur")
    assert [p.name for p in kept] == ["angsur-20261103-080000.db", "angsur-20261104-080000.db",
                                      "angsur-20261105-080000.db"]
    assert (folder / "catatan-kasir.txt").exists()
    assert verify_backup(kept[-1]) >= 4
    assert maybe_daily_backup(dt.datetime(2026, 11, 5, 17, 0), force=True) is not None


def test_daily_backup_can_be_switched_off(db, tmp_path):
    put_setting("backup.folder", str(tmp_path / "off"))
    put_setting("backup.daily", False)
    assert maybe_daily_backup(dt.datetime(2026, 11, 23, 8, 0)) is None
    assert not (tmp_path / "off").exists()


def test_the_default_backup_folder_is_in_the_users_data_folder(db):
    from models.core.backup import backup_folder

    assert backup_folder().name == "backups"
    assert "Angsur" in str(backup_folder())


def test_restore_into_a_new_place_needs_no_old_file(db, tmp_path):
    backup = make_backup(tmp_path / "b.db")
    fresh = tmp_path / "kantor-baru" / "angsur.db"
    result = restore_database(fresh, backup)
    assert result.kept is None and "kasir" in _users_in(fresh)
    assert User.select().count() == 11  # the open database was left alone
