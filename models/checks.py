"""``main.py check``: the database's integrity and every invariant the domain has.

Each check is a small function registered with :func:`check`; it returns a list of problem strings (empty =
passed).  Domain modules register their own checks (the ledger adds "every journal balances" and "loans equal
the ledger"), so ``check`` grows with the domain without this module knowing the details.  The check modules
are listed in :data:`CHECK_MODULES` and imported on demand.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Callable

import peewee

from models.db import database, is_sqlite

CheckFn = Callable[[], list[str]]
_REGISTRY: list[tuple[str, CheckFn]] = []

# Modules whose import registers checks (order = print order after the storage checks).
CHECK_MODULES = ["models.checks", "models.audit_checks", "models.customers_checks", "models.loans_checks",
                 "models.payments_checks",
                 "models.applications_checks", "models.ledger_checks", "models.balances_checks",
                 "models.security_checks"]


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
    from models.db import pending_migrations

    pending = pending_migrations(database.obj)
    return [f"migration {name} has not been applied" for name in pending]


def run_checks(progress=None) -> list[CheckResult]:
    """Run every registered check; a check that crashes is reported as failed, not raised.

    Args:
        progress: a :class:`models.progress.Progress`: told each check's name before it runs (done = checks
            finished of the total); its cancel stops ``check`` between two checks (``check`` writes nothing,
            so a cancel leaves nothing behind).
    Raises:
        Cancelled: cancelled through ``progress``.
    """
    for module in CHECK_MODULES:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
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
        except peewee.DatabaseError as exc:
            problems = [f"the database could not be read: {exc}"]
        results.append(CheckResult(name, tuple(problems), skipped))
    if progress is not None:
        progress.step(total, total)
    return results
