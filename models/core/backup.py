"""Backups and restore: consistent copies, verified before they replace anything.

A backup is made only with SQLite's online backup API (:func:`models.core.db.backup_sqlite`), never with a file
copy: a copy taken while a payment posts can pass ``integrity_check`` and still hold half a payment (the main
file without the -wal pages that completed it), which is wrong by the payment's amount in every report.  The
backup is written as a single self-contained file (rollback journal, no -wal/-shm beside it).

Restore is the dangerous direction, so a backup is accepted only after it passes, on a *temporary copy* in the
database's own folder: SQLite's ``integrity_check`` and ``foreign_key_check`` and every check of
``main.py check`` (:func:`models.core.checks.run_checks`: the audit chain, balanced journals, loans equal to the
ledger …).  Only then is it swapped in with ``os.replace`` (atomic: at every instant the database path holds
either the old or the new file), and the replaced file is kept beside it with a timestamp.  The old file's
-wal is checkpointed (or moved along with it) first, so stale WAL pages are never replayed over the restored
file.

The daily backup (:func:`maybe_daily_backup`, called when the application starts) goes to the folder in the
setting ``backup.folder`` (default: "backups" in the user's data folder), keeps ``backup.keep`` files, and
records ``backup.last_at`` so the status bar can show when the last backup ran.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from models.core.db import (
    APP_NAME,
    backup_sqlite,
    database,
    is_sqlite,
    open_database,
    parse_target,
    run_in_transaction,
    sqlite_path,
)
from models.core.errors import DatabaseUnavailable, DomainError
from models.core.progress import Cancelled
from models.core.texts import _

SQLITE_HEADER = b"SQLite format 3\x00"
_STAMP = "%Y%m%d-%H%M%S"
_DAILY_RE = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})\.db$")


class LiveDatabaseFailing(DatabaseUnavailable):
    """The live database fails its checks (found when the day's backup was verified): the office is told at
    once; ``good_backup`` is the newest backup that passes every check (``None`` when there is none)."""

    def __init__(self, message: str, good_backup: Path | None = None, problems: list[str] | None = None):
        super().__init__(message)
        self.good_backup = good_backup
        self.problems = list(problems or [])


class BackupRefused(DomainError):
    """A backup file failed verification and was not restored."""

    def __init__(self, message: str, problems: list[str] | None = None):
        super().__init__(message)
        self.problems = problems or []


@dataclass(frozen=True)
class RestoreResult:
    restored: Path  # the live database path, now holding the backup's content
    kept: Path | None  # the replaced file, kept beside it (None when there was no database before)
    checks: int  # how many checks the backup passed


# ------------------------------------------------------------------------------------------------ backup
def default_backup_folder() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "backups"


def backup_folder() -> Path:
    """The folder from the setting ``backup.folder`` (empty: the default in the user's data folder)."""
    from models.core.office import get_setting

    folder = (get_setting("backup.folder") or "").strip()
    return Path(folder).expanduser() if folder else default_backup_folder()


def last_backup_at() -> dt.datetime | None:
    """When the last backup of this database was made (the status bar shows it), or ``None``."""
    from models.core.office import get_setting

    value = get_setting("backup.last_at")
    return dt.datetime.fromisoformat(value) if value else None


def make_backup(target: str | os.PathLike, *, actor=None, at: dt.datetime | None = None, progress=None) -> Path:
    """Write a consistent backup of the open database to ``target`` and record it.

    Args:
        target: the backup file to write (replaced if it exists; written to ``target.part`` first).
        actor: who asked for it (audited); ``None`` for the automatic daily backup.
        at: the time recorded as ``backup.last_at`` (default: now).
        progress: a :class:`models.core.progress.Progress` (pages copied; its cancel stops the copy and leaves no
            file and no record).
    Returns:
        The backup's path.
    Raises:
        DatabaseUnavailable: the database is not an SQLite file (PostgreSQL is backed up with pg_dump), or
            the target folder cannot be written.
    """
    from models.core import audit
    from models.core.clock import now
    from models.core.office import put_setting
    from models.core.users import require

    if actor is not None:
        require(actor, "backup.run")
    if not is_sqlite() or sqlite_path() is None:
        raise DatabaseUnavailable("backups from Angsur are for SQLite files; back up PostgreSQL with pg_dump")
    target = Path(target).expanduser().absolute()
    live = sqlite_path().absolute()
    if target == live:
        raise DatabaseUnavailable("the backup file cannot be the database itself")
    try:
        backup_sqlite(database.obj, target, progress=progress)
    except (OSError, sqlite3.Error) as exc:
        raise DatabaseUnavailable(f"the backup could not be written to {target}: {exc}") from exc
    # A backup counts only once its copy passes integrity_check and every accounting check (issue 19, item 6):
    # otherwise it is set aside (never rotated in over a good one) and the office is told at once.
    try:
        verify_backup(target, progress=progress)  # the bar follows the checks too; a cancel there leaves no file
    except Cancelled:
        target.unlink(missing_ok=True)
        raise
    except BackupRefused as exc:
        # Not kept: a copy of a failing file is no backup, and every copy is one more file of NIKs to lose.
        target.unlink(missing_ok=True)
        good = newest_good_backup(target.parent, live.stem)
        raise LiveDatabaseFailing(
            f"{live}: the database fails its checks ({exc.message}); no backup was made today and every older "
            "backup is kept. What to do: restore the newest good backup"
            + (f" ({good.name})" if good else " (none of the kept backups passes its checks: call support)")
            + " with Pengaturan → Cadangan → Pulihkan, or main.py --db FILE restore --from BACKUP.",
            good, exc.problems) from exc
    write_anchor(target)
    at = at or now()

    def record():
        put_setting("backup.last_at", at.isoformat(sep=" "))
        put_setting("backup.last_file", str(target))
        audit.record(actor, "backup.create", "database", live.name, note=str(target))

    run_in_transaction(record)
    return target


def write_anchor(backup: Path) -> Path | None:
    """Write ``BACKUP.anchor`` beside a backup: the audit chain head it holds (``seq:hash``), an anchor kept
    outside the live database for ``main.py check --anchor FILE`` (issue 19, item 2)."""
    try:
        con = sqlite3.connect(f"{Path(backup).absolute().as_uri()}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT last_seq, last_hash FROM audit_head WHERE id = 1").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    if row is None:
        return None
    anchor = Path(backup).with_name(Path(backup).name + ".anchor")
    anchor.write_text(f"Angsur audit head of {Path(backup).name}: {row[0]}:{row[1]}\n", encoding="utf-8")
    return anchor


def newest_good_backup(folder: str | os.PathLike, stem: str) -> Path | None:
    """The newest backup in ``folder`` that passes every check (``None`` when there is none)."""
    for path in sorted(list_backups(folder, stem), key=lambda p: p.stat().st_mtime, reverse=True):
        try:
            stat = path.stat()
            key = (str(path), stat.st_mtime_ns, stat.st_size)
            if key not in _VERIFIED:
                verify_backup(path)
                _VERIFIED.add(key)
            return path
        except (BackupRefused, DomainError, OSError):
            continue
    return None


#: Backups verified good in this process, by (path, mtime, size): a kept backup is never written again, so a
#: start that fails every morning does not re-check the same good file each time.
_VERIFIED: set[tuple[str, int, int]] = set()


def daily_backup_name(stem: str, at: dt.datetime) -> str:
    return f"{stem}-{at.strftime(_STAMP)}.db"


def backup_due(now: dt.datetime | None = None) -> bool:
    """Whether today's automatic backup is still to be made (SQLite, switched on, none made today)."""
    from models.core.clock import now as clock
    from models.core.office import get_setting

    now = now or clock()
    if not is_sqlite() or sqlite_path() is None or not get_setting("backup.daily", True):
        return False
    last = last_backup_at()
    return last is None or last.date() != now.date()


def maybe_daily_backup(now: dt.datetime | None = None, *, force: bool = False, progress=None) -> Path | None:
    """Make today's automatic backup unless one was made today (call it when the application starts).

    Args:
        now: the current time (tests pass a fixed clock).
        force: back up even if one was made today ("Cadangkan sekarang").
    Returns:
        The new backup's path, or ``None`` when none was due (already made today, disabled, not SQLite).
    """
    from models.core.clock import now as clock
    from models.core.office import get_setting

    now = now or clock()
    if not is_sqlite() or sqlite_path() is None:
        return None
    if not force:
        if not get_setting("backup.daily", True):
            return None
        last = last_backup_at()
        if last is not None and last.date() == now.date():
            return None
    return _backup_into_folder(now, None, progress)


def backup_now(actor, now: dt.datetime | None = None, progress=None) -> Path:
    """"Cadangkan sekarang": a backup into the backup folder by ``actor`` (needs ``backup.run``), rotated
    like the daily ones."""
    from models.core.clock import now as clock

    return _backup_into_folder(now or clock(), actor, progress)


def _backup_into_folder(now: dt.datetime, actor, progress=None) -> Path:
    from models.core.office import get_setting
    from models.core.workdir import clean_leftovers

    folder = backup_folder()
    stem = sqlite_path().stem
    clean_leftovers(folder, (stem,))  # a backup killed half-way left a .part file
    path = make_backup(folder / daily_backup_name(stem, now), actor=actor, at=now, progress=progress)
    rotate_backups(folder, stem, int(get_setting("backup.keep", 14)))
    return path


def save_backup_settings(actor, folder: str, keep: int, daily: bool = True) -> None:
    """Change where automatic backups go, how many are kept and whether they run (audited).

    Raises:
        ValidationError: keep outside 1–365, or a folder that cannot be created or written.
    """
    from models.core import audit
    from models.core.errors import FieldError, ValidationError
    from models.core.office import get_setting, put_setting
    from models.core.users import require

    require(actor, "settings.edit")
    errors = []
    if not isinstance(keep, int) or not 1 <= keep <= 365:
        errors.append(FieldError("backup.keep", _("jumlah cadangan yang disimpan 1–365")))
    folder = (folder or "").strip()
    if folder:
        target = Path(folder).expanduser()
        try:
            target.mkdir(parents=True, exist_ok=True)
            probe = target / ".angsur-write-test"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            errors.append(FieldError("backup.folder", _("folder tidak dapat ditulisi: {reason}", reason=exc.strerror or exc)))
    if errors:
        raise ValidationError(errors)
    new = {"backup.folder": folder, "backup.keep": keep, "backup.daily": bool(daily)}

    def save():
        before = {key: get_setting(key) for key in new}
        for key, value in new.items():
            put_setting(key, value)
        if before != new:
            audit.record(actor, "settings.change", "setting", "backup", before=before, after=new)

    run_in_transaction(save)


def list_backups(folder: str | os.PathLike, stem: str) -> list[Path]:
    """This database's automatic backups in ``folder``, oldest first (by the time in their name)."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        match = _DAILY_RE.match(entry.name)
        if match and match.group("stem") == stem and entry.is_file():
            found.append((match.group("stamp"), entry))
    return [p for _stamp, p in sorted(found)]


def rotate_backups(folder: str | os.PathLike, stem: str, keep: int) -> list[Path]:
    """Delete the oldest automatic backups so that ``keep`` remain; other files are never touched.

    Returns:
        The deleted files.
    """
    keep = max(1, keep)
    backups = list_backups(folder, stem)
    doomed = backups[:-keep] if len(backups) > keep else []
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


# ----------------------------------------------------------------------------------------------- verify
def _sqlite_copy(source: Path, target: Path) -> None:
    """Copy with the backup API from a read-only connection into a self-contained file (no -wal)."""
    src = sqlite3.connect(f"{source.absolute().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def _copy_for_checking(source: Path, target: Path) -> None:
    """Copy ``source`` into ``target`` with the backup API from a read-only connection (never writes it)."""
    if not source.is_file():
        raise BackupRefused(f"{source} does not exist")
    with open(source, "rb") as fh:
        head = fh.read(100)
    if len(head) < 100 or not head.startswith(SQLITE_HEADER):
        raise BackupRefused(f"{source} is not an SQLite database (damaged or another kind of file); "
                            "choose another backup")
    if target.exists():
        target.unlink()
    try:
        _sqlite_copy(source, target)
    except sqlite3.DatabaseError as exc:
        target.unlink(missing_ok=True)
        raise BackupRefused(f"{source} cannot be read ({exc}): the backup is damaged; choose another one") \
            from exc


def _check_copy(copy: Path, work_dir: Path, anchors: list | tuple = (), progress=None) -> int:
    """Open the copy (migrating it like the application would), run every check; raise when any fails.
    ``progress`` hears each check's name and may stop them (:class:`models.core.progress.Cancelled`).

    Returns:
        The number of checks that passed.
    """
    from models.core.checks import run_checks

    previous = database.obj
    try:
        try:
            db = open_database(copy, migrate=True, backup_dir=work_dir)
        except DomainError as exc:
            raise BackupRefused(f"the backup cannot be opened: {exc.message}") from exc
        except sqlite3.DatabaseError as exc:
            raise BackupRefused(f"the backup is damaged ({exc}); choose another one") from exc
        from models.core import integrity_checks

        try:
            with integrity_checks.anchored(anchors):  # a head kept outside: the chain must reach it (issue 19)
                results = run_checks(progress=progress)
        finally:
            db.close()
    finally:
        database.initialize(previous)
    failed = [r for r in results if not r.ok]
    if failed:
        lines = [f"{r.name}: {p}" for r in failed for p in r.problems[:5]]
        raise BackupRefused("the backup failed its checks and was NOT restored: "
                            + "; ".join(r.name for r in failed), lines)
    return len(results)


def verify_backup(source: str | os.PathLike, progress=None) -> int:
    """Check a backup file without touching it (the checks run on a temporary copy); ``progress`` hears each
    check's name and may stop them (:class:`models.core.progress.Cancelled`).

    Returns:
        The number of checks passed.
    Raises:
        BackupRefused: with every problem found.
    """
    source = Path(source).expanduser()
    from models.core.db import sqlite_path
    from models.core.workdir import work_dir

    live = sqlite_path()
    with work_dir("verify", Path(live).absolute().parent if live is not None else source.absolute().parent) as tmp:
        copy = tmp / "verify.db"
        _copy_for_checking(source, copy)
        return _check_copy(copy, tmp, progress=progress)


# ---------------------------------------------------------------------------------------------- restore
def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _quiesce(live: Path) -> None:
    """Fold the live file's -wal into it and leave rollback-journal mode, proving nobody else has it open.

    Switching a WAL database to ``journal_mode=DELETE`` needs the only connection; if another desk or the
    application still has the file open the switch is refused, and so is the restore.
    """
    try:
        con = sqlite3.connect(str(live), timeout=2)
    except sqlite3.Error:
        return  # unreadable: its -wal is moved along with it by the caller
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        mode = con.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise DatabaseUnavailable(f"{live} is in use (Angsur is open on this or another desk): close it "
                                      "everywhere, then restore") from exc
        return  # damaged: replaced as it is, with its -wal kept beside it
    finally:
        con.close()
    if str(mode).lower() != "delete":
        raise DatabaseUnavailable(f"{live} is in use (Angsur is open on this or another desk): close it "
                                  "everywhere, then restore")


def restore_database(live: str | os.PathLike, source: str | os.PathLike, *, actor=None, checker=None,
                     at: dt.datetime | None = None, anchors: list | tuple = (), progress=None) -> RestoreResult:
    """Replace the database at ``live`` with the verified backup ``source``; keep the replaced file.

    The database must be closed (by this process and every other desk).  From the application the restore
    needs ``backup.restore`` and a second person (maker ≠ checker) holding ``backup.run``; from the command
    line the operator is whoever holds the files.

    Args:
        live: the database file to replace (it may not exist yet).
        source: the backup file; it is only read.
        actor, checker: the administrator restoring and the second person confirming (both or neither).
        at: the time used in the kept file's name (default: now).
        anchors: ``(seq, hash, origin)`` heads kept outside the database (see
            :func:`models.core.integrity_checks.load_anchor`): a backup whose chain does not reach them is refused.
        progress: a :class:`models.core.progress.Progress` told the copy and each check; its cancel is honoured
            until the files are swapped (the live file untouched, the checked copy removed), not after.
    Returns:
        :class:`RestoreResult` with the kept file and the number of checks passed.
    Raises:
        BackupRefused: the backup failed a check (nothing was changed).
        DatabaseUnavailable: the database is still open somewhere, or the folder cannot be written.
    """
    from models.core import audit
    from models.core.clock import now
    from models.core.users import require, require_checker

    if actor is not None or checker is not None:
        require(actor, "backup.restore")
        if checker is None:
            raise DomainError(_("memulihkan cadangan perlu dikonfirmasi orang kedua (empat mata)"))
        require_checker(actor.id, checker, "memulihkan cadangan")
        require(checker, "backup.run")
    live = Path(live).expanduser().absolute()
    source = Path(source).expanduser().absolute()
    if source == live:
        raise BackupRefused("the backup and the database are the same file")
    at = at or now()
    live.parent.mkdir(parents=True, exist_ok=True)
    # The checked copy is made in the database's own folder so the final os.replace is a rename on one
    # file system (atomic); a copy in /tmp would have to be copied again, non-atomically.
    from models.core.workdir import make_work_dir

    work = make_work_dir("restore", live.parent)  # removed below on success or failure, else at next start
    try:
        copy = work / "restore.db"
        if progress is not None:
            progress.step(0, 0, _("menyalin cadangan untuk diperiksa"))
        _copy_for_checking(source, copy)
        checks = _check_copy(copy, work, anchors, progress=progress)
        if progress is not None:  # the last moment a cancel is honoured: nothing of the live file changed yet
            progress.step(checks, checks, _("menukar berkas basis data"))
        _note_restore(copy, source, actor, checker, audit)
        kept = None
        if live.exists():
            _quiesce(live)
            kept = live.with_name(f"{live.stem}.replaced-{at.strftime(_STAMP)}{live.suffix or '.db'}")
            _keep_copy(live, kept)
        for suffix in ("-wal", "-shm", "-journal"):
            side = Path(str(live) + suffix)
            if side.exists():
                # Never leave the old -wal beside the new file: SQLite would replay it over the restore.
                if kept is not None and suffix == "-wal":
                    os.replace(side, Path(str(kept) + "-wal"))
                else:
                    side.unlink()
        os.replace(copy, live)
        _fsync_dir(live.parent)
        return RestoreResult(live, kept, checks)
    finally:
        from models.core.workdir import remove_work_dir

        remove_work_dir(work)


def _keep_copy(live: Path, kept: Path) -> None:
    """Keep the file being replaced: a hard link (instant, no second copy), else a backup-API copy."""
    try:
        os.link(live, kept)
    except OSError:
        try:
            _sqlite_copy(live, kept)
        except sqlite3.DatabaseError:
            shutil.copy2(live, kept)  # damaged and unreadable: keep its bytes as they are


def _note_restore(copy: Path, source: Path, actor, checker, audit) -> None:
    """Write the restore into the restored database's own audit trail (who, from which file)."""
    previous = database.obj
    try:
        db = open_database(copy, migrate=False)
        try:
            run_in_transaction(lambda: audit.record(
                actor, "backup.restore", "database", "", note=f"dipulihkan dari {source.name}"
                + (f"; dikonfirmasi {checker.username}" if checker is not None else "")))
            db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            db.execute_sql("PRAGMA journal_mode=DELETE")
        finally:
            db.close()
    finally:
        database.initialize(previous)


# ---------------------------------------------------------------------------------------------- commands
def backup_command(args) -> int:
    """``main.py --db FILE backup --out FILE``: consistent online backup, then verified."""
    from models.core.progress import terminal

    path = make_backup(args.out, progress=terminal("backup"))
    size = path.stat().st_size
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        ok = con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()
    if ok != "ok":
        print(f"error: the backup written to {path} does not pass integrity_check: {ok}")
        return 1
    print(f"backup written to {path} ({size / 1_048_576:.1f} MB), integrity ok")
    return 0


def restore_command(args) -> int:
    """``main.py --db FILE restore --from BACKUP``: verify, swap in atomically, keep the replaced file."""
    kind, location = parse_target(args.db)
    if kind != "sqlite" or location == ":memory:":
        print("error: restore works on an SQLite file; restore PostgreSQL with pg_restore")
        return 1
    from models.core.integrity_checks import load_anchor

    anchors = []
    for spec in getattr(args, "anchor", None) or []:
        try:
            anchors += load_anchor(spec)
        except ValueError as exc:
            print(f"error: {exc}")
            return 1
    try:
        result = restore_database(location, args.source, anchors=anchors)
    except BackupRefused as exc:
        print(f"error: {exc.message}")
        for problem in exc.problems[:20]:
            print(f"        - {problem}")
        print("The database was not changed.")
        return 1
    print(f"restored {result.restored} from {args.source} ({result.checks} checks passed)")
    if result.kept is not None:
        print(f"the replaced file is kept as {result.kept}")
    return 0
