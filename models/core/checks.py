"""``main.py check``: the database's integrity and every invariant the domain has.

Each check is a small function registered with :func:`check`; it returns a list of problem strings (empty =
passed).  Domain modules register their own checks (the ledger adds "every journal balances" and "loans equal
the ledger"), so ``check`` grows with the domain without this module knowing the details.  Each capability package keeps its
checks beside it, in modules named ``checks`` or ``*_checks``; :func:`check_modules` finds them (the core
first, then the capabilities bottom to top), so the core never imports a package above it.
"""
from __future__ import annotations

import importlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import peewee

from models.core.db import database, is_sqlite

CheckFn = Callable[[], list[str]]
_REGISTRY: list[tuple[str, CheckFn]] = []

MODELS_DIR = Path(__file__).resolve().parents[1]
#: Print order of the packages' checks (bottom layer first); a package not listed follows, alphabetically.
PACKAGE_ORDER = ("core", "customers", "products", "ledger", "loans", "credit", "cashier")


def check_modules() -> list[str]:
    """The dotted names of every ``checks`` / ``*_checks`` module under ``models/``, in print order."""
    packages = sorted((p.name for p in MODELS_DIR.iterdir() if (p / "__init__.py").exists()),
                      key=lambda name: (PACKAGE_ORDER.index(name) if name in PACKAGE_ORDER else len(PACKAGE_ORDER),
                                        name))
    found = []
    for package in packages:
        names = sorted(p.stem for p in (MODELS_DIR / package).glob("*.py")
                       if p.stem == "checks" or p.stem.endswith("_checks"))
        found += [f"models.{package}.{name}" for name in sorted(names, key=lambda n: (n != "checks", n))]
    return found


class NotApplicable(Exception):
    """Raised by a check that has no meaning on this database (an SQLite pragma on PostgreSQL): says why."""


@dataclass(frozen=True)
class CheckResult:
    name: str
    problems: tuple[str, ...]
    skipped: str = ""  # why the check did not run; a skipped check counts as passed

    @property
    def ok(self) -> bool:
        return not self.problems


def check(name: str) -> Callable[[CheckFn], CheckFn]:
    def register(fn: CheckFn) -> CheckFn:
        if all(existing != name for existing, _ in _REGISTRY):
            _REGISTRY.append((name, fn))
        return fn

    return register


@check("integrity_check")
def integrity() -> list[str]:
    if not is_sqlite():
        raise NotApplicable("PostgreSQL has no PRAGMA integrity_check; its amcheck extension is the DBA's tool")
    rows = [r[0] for r in database.obj.execute_sql("PRAGMA integrity_check").fetchall()]
    return [] if rows == ["ok"] else rows[:20]


@check("foreign_key_check")
def foreign_keys() -> list[str]:
    if not is_sqlite():
        raise NotApplicable("PostgreSQL enforces every foreign key on each write")
    rows = database.obj.execute_sql("PRAGMA foreign_key_check").fetchall()
    return [f"{table} row {rowid} points to a missing {parent}" for table, rowid, parent, _ in rows[:20]]


@check("schema up to date")
def schema_current() -> list[str]:
    from models.core.db import pending_migrations

    pending = pending_migrations(database.obj)
    return [f"migration {name} has not been applied" for name in pending]


def _rollback_quietly() -> None:
    try:
        db = database.obj
        if db is not None and db.in_transaction():
            db.rollback()
    except Exception:  # noqa: BLE001 - the connection itself may be the damaged part
        pass


def run_checks(progress=None) -> list[CheckResult]:
    """Run every registered check; a check that crashes is reported as failed, not raised.

    Args:
        progress: a :class:`models.core.progress.Progress`: told each check's name before it runs (done = checks
            finished of the total); its cancel stops ``check`` between two checks (``check`` writes nothing,
            so a cancel leaves nothing behind).
    Raises:
        Cancelled: cancelled through ``progress``.
    """
    for module in check_modules():
        importlib.import_module(module)
    results = []
    total = len(_REGISTRY)
    for done, (name, fn) in enumerate(list(_REGISTRY)):
        if progress is not None:
            progress.step(done, total, name)
        skipped = ""
        try:
            problems = fn()
        except NotApplicable as exc:
            problems, skipped = [], str(exc)
        except (peewee.DatabaseError, sqlite3.DatabaseError, UnicodeDecodeError, ValueError, TypeError,
                OverflowError, KeyError, IndexError, AttributeError) as exc:
            # A damaged file (malformed pages, text that is not UTF-8, numbers where text was) is a FAIL line
            # naming what went wrong, never a traceback (issue 19, item 5).
            from models.core.db import describe_database_error

            problems = [describe_database_error(exc)]
            _rollback_quietly()
        results.append(CheckResult(name, tuple(problems), skipped))
    if progress is not None:
        progress.step(total, total)
    return results
