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
                 "models.applications_checks", "models.ledger_checks", "models.security_checks"]


@dataclass(frozen=True)
class CheckResult:
    name: str
    problems: tuple[str, ...]

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
        return []
    rows = [r[0] for r in database.obj.execute_sql("PRAGMA integrity_check").fetchall()]
    return [] if rows == ["ok"] else rows[:20]


@check("foreign_key_check")
def foreign_keys() -> list[str]:
    if not is_sqlite():
        return []
    rows = database.obj.execute_sql("PRAGMA foreign_key_check").fetchall()
    return [f"{table} row {rowid} points to a missing {parent}" for table, rowid, parent, _ in rows[:20]]


@check("schema up to date")
def schema_current() -> list[str]:
    from models.db import pending_migrations

    pending = pending_migrations(database.obj)
    return [f"migration {name} has not been applied" for name in pending]


def run_checks() -> list[CheckResult]:
    """Run every registered check; a check that crashes is reported as failed, not raised."""
    for module in CHECK_MODULES:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
    results = []
    for name, fn in _REGISTRY:
        try:
            problems = fn()
        except peewee.DatabaseError as exc:
            problems = [f"the database could not be read: {exc}"]
        results.append(CheckResult(name, tuple(problems)))
    return results
