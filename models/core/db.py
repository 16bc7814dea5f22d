"""The database: one proxy, opened from outside, migrated by numbered scripts.

Shape taken from Vorta's ``store/models.py``: every table binds to :data:`database`, a
:class:`peewee.DatabaseProxy`, and :func:`open_database` initialises it from a path or URL.  Tests hand each
test a fresh database the same way the application does, so there is one code path.

SQLite is the default (one file, no server).  The pragmas are chosen for an office where money must survive a
power cut: WAL (readers do not block the cashier), ``synchronous=FULL`` (a committed payment is on disk when the
receipt prints), ``foreign_keys=1`` and a busy timeout.  Writes take the lock up front (``BEGIN IMMEDIATE``,
see :func:`write_transaction`) so that two desks on one file queue instead of deadlocking half-way through a
payment.  PostgreSQL (``postgresql://…``) is for several desks.

Schema changes are numbered scripts in ``models/migrations/`` run by peewee's own runner
(``playhouse.migrations``); each script declares frozen copies of its tables, independent of the live model
classes, so an old database always migrates the same way.  An existing file is backed up with SQLite's online
backup API before any migration touches it.
"""
from __future__ import annotations

import datetime as _dt
import functools
import logging
import os
import random
import re
import sqlite3
import sys
import threading
import time
from pathlib import Path
from typing import Callable, TypeVar

import peewee
from peewee import DatabaseProxy, Model, PostgresqlDatabase, SqliteDatabase

from models.core.errors import DatabaseUnavailable
from models.core.texts import _

log = logging.getLogger(__name__)

database = DatabaseProxy()
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
APP_NAME = "Angsur"

SQLITE_PRAGMAS = (
    ("journal_mode", "wal"),
    ("foreign_keys", 1),
    ("synchronous", 2),  # FULL: a committed payment survives power loss
    ("busy_timeout", 10000),
    ("cache_size", -32000),  # 32 MiB page cache
)


# Control characters (ESC, NUL, DEL, C1) and bidirectional overrides have no place in a name, an address or a
# memo: one ESC in a customer's name crashed the customers export, and a right-to-left override makes a
# receipt read differently from what is stored.  Refused at the models/ boundary (issue 19, item 8); multi-line
# text fields keep TAB, LF and CR.
_CONTROL_ONE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_CONTROL_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _control_errors(model, values) -> list:
    from models.core.errors import FieldError

    errors = []
    fields = model._meta.fields
    for key, value in values:
        name = key.name if isinstance(key, peewee.Field) else key
        if not isinstance(value, str):
            continue
        field = fields.get(name)
        pattern = _CONTROL_TEXT if isinstance(field, peewee.TextField) else _CONTROL_ONE_LINE
        if pattern.search(value):
            errors.append(FieldError(name, _("berisi karakter kendali yang tidak terlihat (mis. ESC, NUL); "
                                             "ketik ulang isinya"), "control"))
    return errors


def _refuse_control(model, values) -> None:
    errors = _control_errors(model, values)
    if errors:
        from models.core.errors import ValidationError

        raise ValidationError(errors)


class BaseModel(Model):
    """Base of every table.  Table names are snake_case of the class name (``LoanProduct`` → ``loan_product``).

    Every write through the ORM (``save``, ``create``, ``insert``, ``insert_many`` with dict rows, ``update``)
    refuses text holding control characters (see :data:`_CONTROL_ONE_LINE`).
    """

    class Meta:
        database = database
        legacy_table_names = False

    def save(self, *args, **kwargs):
        _refuse_control(type(self), self.__data__.items())
        return super().save(*args, **kwargs)

    @classmethod
    def insert(cls, __data=None, **insert):
        _refuse_control(cls, list((__data or {}).items()) + list(insert.items()))
        return super().insert(__data, **insert)

    @classmethod
    def insert_many(cls, rows, fields=None):
        rows = list(rows) if not isinstance(rows, list) else rows
        for row in rows:
            if isinstance(row, dict):
                _refuse_control(cls, row.items())
        return super().insert_many(rows, fields)

    @classmethod
    def update(cls, __data=None, **update):
        _refuse_control(cls, list((__data or {}).items()) + list(update.items()))
        return super().update(__data, **update)


def default_db_path() -> Path:
    """The default database file, in the user's data folder (platformdirs), e.g. ``~/.local/share/Angsur``."""
    import platformdirs

    folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return folder / "angsur.db"


def parse_target(target: str | os.PathLike | None) -> tuple[str, str]:
    """Split ``--db`` into (kind, location): ``("sqlite", path)`` or ``("postgresql", url)``."""
    if target is None or str(target) == "":
        return "sqlite", str(default_db_path())
    text = str(target)
    if text.startswith("sqlite:///"):
        return "sqlite", text[len("sqlite:///"):] or ":memory:"
    if text.startswith("sqlite://"):
        return "sqlite", text[len("sqlite://"):] or ":memory:"
    if text.startswith(("postgresql://", "postgres://")):
        return "postgresql", text
    if "://" in text:
        raise DatabaseUnavailable(f"unsupported database URL '{text}': use a file path, sqlite:///path "
                                  "or postgresql://user@host/dbname")
    return "sqlite", text


def make_database(target: str | os.PathLike | None) -> peewee.Database:
    """Build (but do not connect) the peewee database for ``--db``."""
    kind, location = parse_target(target)
    if kind == "postgresql":
        from playhouse.db_url import parse as parse_url

        params = parse_url(location)
        name = params.pop("database")
        return PostgresqlDatabase(name, **params)
    if location != ":memory:":
        Path(location).expanduser().parent.mkdir(parents=True, exist_ok=True)
        location = str(Path(location).expanduser())
    # check_same_thread=False: the GUI runs posting in worker threads one at a time; peewee keeps one
    # connection per thread anyway.
    return SqliteDatabase(location, pragmas=SQLITE_PRAGMAS, check_same_thread=False, timeout=10)


def is_sqlite(db: peewee.Database | None = None) -> bool:
    db = db or database.obj
    return isinstance(db, SqliteDatabase)


def sqlite_path(db: peewee.Database | None = None) -> Path | None:
    db = db or database.obj
    if isinstance(db, SqliteDatabase) and db.database not in (":memory:", ""):
        return Path(db.database)
    return None


def open_database(target: str | os.PathLike | None = None, *, migrate: bool = True,
                  backup_dir: str | os.PathLike | None = None) -> peewee.Database:
    """Open ``--db``, bind the proxy to it and bring its schema up to date.

    Args:
        target: a path, ``sqlite:///path``, ``postgresql://…`` or ``None`` for the default file.
        migrate: run pending migrations (backing the file up first when it already holds data).
        backup_dir: where the pre-migration backup goes; default: beside the database file.
    Returns:
        The connected database (also bound to :data:`database`).
    Raises:
        DatabaseUnavailable: the file is not a database, is corrupt, or cannot be written.
    """
    db = make_database(target)
    path = sqlite_path(db)
    if path is not None and path.exists():
        from models.core.safety import refuse_unsafe_location

        refuse_unsafe_location(path)
        _refuse_not_sqlite(path)
    if path is not None:
        from models.core.workdir import clean_leftovers

        try:  # copies a killed restore or backup left behind go at the next start (issue 19, item 7)
            clean_leftovers(path.absolute().parent, (path.stem,))
        except OSError:
            pass
    try:
        db.connect(reuse_if_open=True)
        if isinstance(db, SqliteDatabase):
            db.execute_sql("PRAGMA schema_version").fetchone()  # forces a read of page 1
    except peewee.DatabaseError as exc:
        raise DatabaseUnavailable(_corrupt_message(path, exc)) from exc
    database.initialize(db)
    if migrate:
        try:
            migrate_database(db, backup_dir=backup_dir)
        except peewee.DatabaseError as exc:
            raise DatabaseUnavailable(_corrupt_message(path, exc)) from exc
    return db


def _refuse_not_sqlite(path: Path) -> None:
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise DatabaseUnavailable(f"cannot read {path}: {exc.strerror}") from exc
    if head and head != b"SQLite format 3\x00":
        raise DatabaseUnavailable(
            f"{path} is not an Angsur database (not an SQLite file). Restore it from a backup: "
            "python main.py --db FILE restore --from BACKUP")


def _corrupt_message(path: Path | None, exc: Exception) -> str:
    where = str(path) if path else "the database"
    return (f"{where} cannot be opened ({exc}). The file looks damaged: restore the latest backup with "
            "'python main.py --db FILE restore --from BACKUP' and do not keep working on this copy.")


def close_database() -> None:
    if database.obj is not None and not database.obj.is_closed():
        database.obj.close()


# --------------------------------------------------------------------------------------------- migrations
def execute_raw(db: peewee.Database, sql: str) -> None:
    """Run one parameterless DDL statement as written.

    peewee hands psycopg2 an empty parameter tuple, and psycopg2 then reads every ``%`` as a placeholder, which
    breaks PL/pgSQL bodies (``RAISE EXCEPTION 'journal % …'``) and ``LIKE '+62%'``; a bare cursor call does not.
    """
    if isinstance(db, PostgresqlDatabase):
        db.cursor().execute(sql)
    else:
        db.execute_sql(sql)


def migration_runner(db: peewee.Database):
    from playhouse.migrations import Runner

    return Runner(db, directory=str(MIGRATIONS_DIR))


def pending_migrations(db: peewee.Database) -> list[str]:
    runner = migration_runner(db)
    return [m.name for m in runner.status() if not m.applied and m.path is not None]


def migrate_database(db: peewee.Database, backup_dir: str | os.PathLike | None = None) -> list[str]:
    """Apply pending numbered migrations; back up an existing SQLite file first.

    Returns:
        The names of the migrations applied (empty when the schema was current).
    """
    pending = pending_migrations(db)
    if not pending:
        return []
    path = sqlite_path(db)
    if path is not None and db.get_tables():
        stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        folder = Path(backup_dir) if backup_dir else path.parent
        target = folder / f"{path.stem}.pre-migration-{stamp}.db"
        backup_sqlite(db, target)
        log.info("backed up %s to %s before migrating", path, target)
    applied = migration_runner(db).up()
    return applied


def backup_sqlite(db: peewee.Database, target: str | os.PathLike, progress=None) -> Path:
    """Copy a live SQLite database with the online backup API (consistent even while others write).

    The copy goes in steps of 4.096 pages (16 MiB), so other desks keep writing between steps; ``progress`` (a
    :class:`models.core.progress.Progress`) hears pages copied of pages total after each step, and its cancel stops
    the copy.  The copy is written to ``target.part`` and moved over ``target`` only when complete, so a cancel
    or a failure leaves no backup file (and an older backup of the same name intact).
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    if tmp.exists():
        tmp.unlink()
    try:
        dest = sqlite3.connect(str(tmp))
        try:
            if progress is None:
                db.connection().backup(dest)
            else:
                progress.step(0, 0, "")
                db.connection().backup(dest, pages=4096, progress=lambda _status, remaining, total: progress.step(
                    total - remaining, total))
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)  # never leave a half copy of the office's data behind (issue 19)
        raise
    return target


# ------------------------------------------------------------------------------------------- transactions
T = TypeVar("T")

BUSY_RETRIES = 50


def _is_busy(exc: Exception) -> bool:
    text = str(exc).lower()
    return "database is locked" in text or "database is busy" in text or "could not serialize" in text \
        or "deadlock detected" in text


#: After this many seconds of waiting for another desk's write lock, listeners hear "waiting" (the status bar
#: says "waiting for another desk…").
LOCK_NOTICE_SECONDS = 1.0
#: The configured limit: after this many seconds of waiting the action is refused, nothing saved (setting
#: ``db.lock_wait_seconds``; the application reads it at start with :func:`set_lock_wait_limit`).
LOCK_WAIT_LIMIT = 30.0
_LOCK_POLL_MS = 200  # busy timeout of one attempt at the lock; between attempts the listeners are told
_lock_listeners: list[Callable[[str, float], None]] = []
_local = threading.local()


def set_lock_wait_limit(seconds: float) -> None:
    """How long an action waits for another desk's write lock before it is refused (seconds, ≥ 1)."""
    global LOCK_WAIT_LIMIT
    LOCK_WAIT_LIMIT = max(1.0, float(seconds))


def add_lock_wait_listener(fn: Callable[[str, float], None]) -> None:
    """Call ``fn(state, seconds)`` while a write waits for the lock: ``"waiting"`` after
    :data:`LOCK_NOTICE_SECONDS` (repeated as the wait goes on), ``"done"`` once it got the lock or gave up.

    Called on the waiting thread; a GUI listener repaints its status bar there (user input excluded).
    """
    if fn not in _lock_listeners:
        _lock_listeners.append(fn)


def remove_lock_wait_listener(fn: Callable[[str, float], None]) -> None:
    if fn in _lock_listeners:
        _lock_listeners.remove(fn)


def last_lock_wait() -> float:
    """Seconds the calling thread's last write transaction waited for the write lock (SQLite), or spent in
    attempts that timed out waiting for another desk's rows (PostgreSQL)."""
    return getattr(_local, "wait", 0.0)


def _notify(state: str, waited: float) -> None:
    for fn in list(_lock_listeners):
        try:
            fn(state, waited)
        except Exception:  # a listener must never break the write it watches
            log.exception("lock-wait listener failed")


def _refused(waited: float) -> DatabaseUnavailable:
    return DatabaseUnavailable(
        f"another desk has been writing to the database for {waited:.0f} s (the limit is {LOCK_WAIT_LIMIT:.0f} s): "
        "nothing was saved and what you typed is still in the form. Try again in a moment.")


def _begin_immediate(db: SqliteDatabase, started: float) -> tuple[object, bool]:
    """Take SQLite's write lock, waiting at most :data:`LOCK_WAIT_LIMIT`; tell listeners after a second.

    Returns:
        (the entered transaction context, whether listeners were told "waiting").
    Raises:
        DatabaseUnavailable: the limit passed; nothing was written.
    """
    notified = False
    while True:
        ctx = db.atomic("IMMEDIATE")
        db.execute_sql(f"PRAGMA busy_timeout = {_LOCK_POLL_MS}")
        try:
            ctx.__enter__()
        except peewee.OperationalError as exc:
            if not _is_busy(exc):
                raise
            waited = time.monotonic() - started
            if waited >= LOCK_WAIT_LIMIT:
                if notified:
                    _notify("done", waited)
                raise _refused(waited) from exc
            if waited >= LOCK_NOTICE_SECONDS:
                notified = True
                _notify("waiting", waited)
            continue
        finally:
            db.execute_sql(f"PRAGMA busy_timeout = {dict(SQLITE_PRAGMAS)['busy_timeout']}")
        return ctx, notified


def _is_lock_timeout(exc: Exception) -> bool:
    """PostgreSQL gave up waiting for a row or table lock (``lock_timeout``, SQLSTATE 55P03)."""
    return getattr(getattr(exc, "orig", exc), "pgcode", None) == "55P03" or \
        getattr(getattr(exc, "__cause__", None), "pgcode", None) == "55P03" or "lock timeout" in str(exc).lower()


def _begin_waiting(db: peewee.Database, first: float) -> object:
    """PostgreSQL: begin, and let each statement wait for another desk's locks only until the next notice or the
    limit (``SET LOCAL lock_timeout``): a statement that times out aborts the attempt, which
    :func:`run_in_transaction` tells the listeners about and starts again (the server has no "wait, but tell me
    every second")."""
    ctx = db.atomic()
    ctx.__enter__()
    waited = time.monotonic() - first
    step = LOCK_NOTICE_SECONDS if waited < LOCK_NOTICE_SECONDS else 1.0
    slice_ms = max(50, int(1000 * min(step, LOCK_WAIT_LIMIT - waited)))
    db.execute_sql(f"SET LOCAL lock_timeout = {slice_ms}")
    return ctx


def run_in_transaction(fn: Callable[[], T], *, retries: int = BUSY_RETRIES) -> T:
    """Run ``fn`` inside one write transaction, retrying the WHOLE of it while the database is busy.

    SQLite: ``BEGIN IMMEDIATE`` takes the write lock before the first read, so a transaction never fails
    half-way for a lock another desk holds.  While another desk holds it, the wait is visible: after
    :data:`LOCK_NOTICE_SECONDS` the lock-wait listeners hear "waiting" (the status bar says so), and after
    :data:`LOCK_WAIT_LIMIT` the action is refused with :class:`DatabaseUnavailable`, nothing saved (the caller's
    form keeps what was typed).  PostgreSQL locks rows as the statements reach them, so there each attempt runs
    with ``lock_timeout`` set to the next notice (or the limit): a statement that waits that long for another
    desk's row ends the attempt, the listeners hear "waiting", and the whole function starts again until it
    goes through or the limit refuses it the same way.  A busy error after the lock was taken rolls back and
    starts again from the top (the function must therefore be free of side effects outside the database).  Nested calls join the outer
    transaction (a savepoint) and are not retried on their own.  :func:`last_lock_wait` says how long the
    lock took.
    """
    db = database.obj
    if db is None:
        raise DatabaseUnavailable("no database is open")
    if db.in_transaction():
        with db.atomic():
            return fn()
    attempt = 0
    first = time.monotonic()   # PostgreSQL: the wait for another desk's locks spans the attempts
    notified = False
    while True:
        started = time.monotonic()
        try:
            if isinstance(db, SqliteDatabase):
                ctx, notified = _begin_immediate(db, started)
                _local.wait = time.monotonic() - started
                if notified:
                    _notify("done", _local.wait)
            else:
                ctx = _begin_waiting(db, first)
                _local.wait = started - first
            try:
                result = fn()
            except BaseException:
                ctx.__exit__(*sys.exc_info())
                raise
            ctx.__exit__(None, None, None)
            if notified and not isinstance(db, SqliteDatabase):
                _notify("done", time.monotonic() - first)
            return result
        except peewee.OperationalError as exc:
            if not isinstance(db, SqliteDatabase) and _is_lock_timeout(exc):
                # Another desk holds a row this action writes: tell after a second, refuse at the limit.
                waited = time.monotonic() - first
                _local.wait = waited
                if waited >= LOCK_WAIT_LIMIT - 0.05:
                    if notified:
                        _notify("done", waited)
                    raise _refused(waited) from exc
                if waited >= LOCK_NOTICE_SECONDS - 0.05:
                    notified = True
                    _notify("waiting", waited)
                continue
            if _is_busy(exc) and attempt < retries:
                attempt += 1
                time.sleep(min(0.5, 0.01 * attempt) * (0.5 + random.random()))
                continue
            translated = _translate_operational(exc)
            if translated is exc:
                translated = DatabaseUnavailable(describe_database_error(exc))
            raise translated from exc
        except (peewee.DatabaseError, sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            if isinstance(exc, (peewee.IntegrityError, sqlite3.IntegrityError)):
                raise  # a refused write (constraint, trigger): the caller's to explain
            # A damaged file (malformed page, undecodable text): a message, never a traceback (issue 19).
            raise DatabaseUnavailable(describe_database_error(exc)) from exc


def _chain_text(exc: BaseException | None) -> str:
    """The messages of an exception and what it interrupted.

    On SQLITE_FULL (and some I/O errors) SQLite rolls the transaction back by itself; peewee's own ROLLBACK
    then fails with "cannot rollback - no transaction is active", and the real reason is only in the chained
    context of that error.
    """
    texts = []
    while exc is not None and len(texts) < 6:
        texts.append(str(exc).lower())
        exc = exc.__cause__ or exc.__context__
    return " | ".join(texts)


def is_database_error(exc: BaseException) -> bool:
    """Any database error, whichever layer raised it: peewee, sqlite3 or psycopg2, and text that could not be
    decoded from a damaged file."""
    if isinstance(exc, (peewee.DatabaseError, peewee.InterfaceError, sqlite3.Error, UnicodeDecodeError)):
        return True
    return any(cls.__module__.split(".")[0] == "psycopg2" for cls in type(exc).__mro__)


def describe_database_error(exc: BaseException, location: str | os.PathLike | None = None) -> str:
    """The message a person reads for any database error (peewee, sqlite3, psycopg2): which file, what went
    wrong, what to do.  Used by ``check`` (FAIL lines), ``restore`` (its refusal) and the GUI (a message box).
    """
    where = str(location) if location else ""
    if not where:
        db = database.obj
        path = sqlite_path(db) if db is not None else None
        where = str(path) if path is not None else (getattr(db, "database", "") or "the database")
    text = _chain_text(exc)
    if "readonly" in text or "read-only" in text or "permission denied" in text:
        what, todo = "the file is read-only: nothing was saved", "check the file's permissions or the disk"
    elif "disk is full" in text or "no space" in text:
        what, todo = "the disk is full: nothing was saved", "free some space and try again"
    elif _is_busy(exc):
        what, todo = "the database stayed busy (another desk is writing)", "try again in a moment"
    elif isinstance(exc, UnicodeDecodeError) or "decode" in text or "utf-8" in text:
        what, todo = ("text in the file cannot be read (damaged bytes)",
                      "restore the latest good backup (main.py --db FILE restore --from BACKUP)")
    elif "malformed" in text or "not a database" in text or "corrupt" in text or "damaged" in text:
        what, todo = ("the file is damaged (" + str(exc).strip()[:120] + ")",
                      "restore the latest good backup (main.py --db FILE restore --from BACKUP) and stop "
                      "working on this copy")
    elif "could not connect" in text or "connection" in text or "server closed" in text:
        what, todo = "the database server cannot be reached (" + str(exc).strip()[:120] + ")", \
            "check the network and the server, then try again"
    else:
        what, todo = (f"{type(exc).__name__}: {str(exc).strip()[:160]}",
                      "run 'main.py --db FILE check'; if it fails, restore the latest good backup")
    return f"{where}: {what}. What to do: {todo}."


def _translate_operational(exc: Exception) -> Exception:
    text = _chain_text(exc)
    if "readonly" in text or "read-only" in text:
        return DatabaseUnavailable("the database file is read-only: nothing was saved. Check the file's "
                                   "permissions or the disk, then try again.")
    if "disk is full" in text or "database or disk is full" in text:
        return DatabaseUnavailable("the disk is full: nothing was saved. Free some space (the database's -wal "
                                   "file grows between checkpoints) and try again.")
    if _is_busy(exc):
        return DatabaseUnavailable("the database stayed busy (another desk is writing): nothing was saved. "
                                   "Try again in a moment.")
    return exc


def write_transaction(fn: Callable[..., T]) -> Callable[..., T]:
    """Decorator: one user action = one write transaction (retried as a whole when the file is busy)."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return run_in_transaction(lambda: fn(*args, **kwargs))

    return wrapper


class read_transaction:
    """Context manager and decorator: a consistent, read-only snapshot that never takes the write lock.

    Reports and exports read inside one: under SQLite's WAL a deferred transaction reads one snapshot for its
    whole length while cashiers keep committing (they never wait for it); on PostgreSQL it is ``REPEATABLE READ
    READ ONLY``, the same guarantee.  Nothing can be written inside it (SQLite would have to upgrade to the
    write lock, which is exactly what a long read must never hold; PostgreSQL refuses).  Inside another
    transaction it joins that one.  Write the audit row of an export afterwards, in its own short write
    transaction.
    """

    def __init__(self):
        self._ctx = None

    def __enter__(self):
        db = database.obj
        if db is None:
            raise DatabaseUnavailable("no database is open")
        if db.in_transaction():
            self._ctx = None
            return self
        if isinstance(db, SqliteDatabase):
            self._ctx = db.atomic("DEFERRED")
            self._ctx.__enter__()
            # The snapshot starts at the first read: take it now, so "as of entering" holds.
            db.execute_sql("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
        else:
            self._ctx = db.atomic(isolation_level="REPEATABLE READ")
            self._ctx.__enter__()
            db.execute_sql("SET TRANSACTION READ ONLY")
        return self

    def __exit__(self, exc_type, exc, tb):
        if self._ctx is None:
            return False
        return self._ctx.__exit__(exc_type, exc, tb)

    def __call__(self, fn: Callable[..., T]) -> Callable[..., T]:
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            with read_transaction():
                return fn(*args, **kwargs)

        return wrapper
