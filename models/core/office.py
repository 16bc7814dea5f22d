"""The office itself: its identity, branches, settings and gap-free number sequences.

Sequences are gap-free because a number is taken by an UPDATE inside the same write transaction as the
document that uses it (a receipt, a contract, a journal): if the payment rolls back, so does the number.  That
is what auditors expect of kwitansi and contract numbers, and it is why numbers are never taken from an
autoincrement id.
"""
from __future__ import annotations

import datetime as dt
import json
from typing import Any

from peewee import BooleanField, CharField, DateTimeField, ForeignKeyField, IntegerField, TextField

from models.core.clock import now  # the domain clock, used by the office's stamps
from models.core.db import BaseModel, database, is_sqlite
from models.core.errors import FieldError, NotFound, ValidationError
from models.core.texts import _

OFFICE_KINDS = ("leasing", "bpr", "koperasi")


class Office(BaseModel):
    """The one office this database belongs to (a multifinance branch, a BPR or a cooperative)."""

    name = CharField(max_length=120)
    kind = CharField(max_length=16, default="leasing")  # leasing | bpr | koperasi
    address = TextField(default="")
    phone = CharField(max_length=32, default="")
    npwp = CharField(max_length=20, default="")
    created_at = DateTimeField(default=now)


class Branch(BaseModel):
    code = CharField(max_length=8, unique=True)
    name = CharField(max_length=80)
    address = TextField(default="")
    phone = CharField(max_length=32, default="")
    active = BooleanField(default=True)


class Setting(BaseModel):
    """Key/value settings stored as JSON (bounds, percentages, periods: every rule is configurable)."""

    key = CharField(max_length=80, unique=True)
    value = TextField()
    updated_at = DateTimeField(default=now)


class NumberSequence(BaseModel):
    """Gap-free counters per (name, branch, year): receipts, contracts, journals, applications."""

    name = CharField(max_length=32)
    branch = ForeignKeyField(Branch, null=True, on_delete="RESTRICT")
    year = IntegerField()
    last_value = IntegerField(default=0)

    class Meta:
        indexes = ((("name", "branch", "year"), True),)


DEFAULT_SETTINGS: dict[str, Any] = {
    "security.idle_lock_minutes": 5,
    "security.max_failed_logins": 5,
    "security.lockout_minutes": 15,
    "backup.folder": "",
    "backup.keep": 14,
    "backup.daily": True,
    "number.format.receipt": "KW/{branch}/{year}/{n:06d}",
    "number.format.contract": "{branch}/{year}/{n:05d}",
    "number.format.journal": "JU/{year}/{n:06d}",
    "number.format.application": "PG/{branch}/{year}/{n:05d}",
}


def get_setting(key: str, default: Any = None) -> Any:
    db = database.obj
    param = "?" if is_sqlite(db) else "%s"
    row = db.execute_sql(f"SELECT value FROM setting WHERE key = {param}", (key,)).fetchone()
    if row is None:
        return DEFAULT_SETTINGS.get(key, default) if default is None else default
    return json.loads(row[0])


def put_setting(key: str, value: Any) -> None:
    """Store a setting (callers that act for a user go through :func:`models.core.users.change_setting`)."""
    text = json.dumps(value, sort_keys=True, default=str)
    updated = Setting.update(value=text, updated_at=now()).where(Setting.key == key).execute()
    if not updated:
        Setting.create(key=key, value=text)


def the_office() -> Office:
    office = Office.select().order_by(Office.id).first()
    if office is None:
        raise NotFound(_("this database has no office yet: run the first-start wizard or 'main.py demo'"))
    return office


def has_office() -> bool:
    return Office.select().exists()


NEW_SEQUENCE_LOCK = 0x616E6773  # pg_advisory_xact_lock key for creating a number_sequence row ("angs")


def next_number(name: str, branch: Branch | None = None, year: int | None = None, *, fmt: str | None = None) -> str:
    """Take the next gap-free number of a sequence; MUST run inside the caller's write transaction.

    Args:
        name: ``receipt``, ``contract``, ``journal``, ``application`` …
        branch: the branch whose sequence it is (``None`` for office-wide sequences).
        year: the year of the document's date (defaults to this year).
        fmt: format string; default from the setting ``number.format.<name>``.
    Returns:
        The formatted number, e.g. ``KW/BDG/2026/000123``.
    """
    db = database.obj
    if not db.in_transaction():
        raise RuntimeError("next_number must run inside the document's transaction (gap-free numbering)")
    year = year or dt.date.today().year
    if isinstance(branch, int):
        branch = Branch.get_by_id(branch)
    branch_id = branch.id if branch is not None else None
    # Static SQL: this runs for every receipt, journal and contract, and compiling the ORM query cost more than
    # the write itself.  "IS ?" matches NULL and values alike in SQLite; PostgreSQL spells it differently.
    same = "branch_id IS ?" if is_sqlite(db) else "branch_id IS NOT DISTINCT FROM %s"
    param = "?" if is_sqlite(db) else "%s"
    where = f"name = {param} AND year = {param} AND {same}"
    update = f"UPDATE number_sequence SET last_value = last_value + 1 WHERE {where}"
    cursor = db.execute_sql(update, (name, year, branch_id))
    if cursor.rowcount == 0 and not is_sqlite(db):
        # PostgreSQL: two desks may both miss the year's first row (SQLite's BEGIN IMMEDIATE lets only one
        # writer in), and a unique index there treats NULL branch ids as distinct.  Creating a sequence row is
        # once a year per sequence, so serialise it with a transaction-scoped advisory lock and look again.
        db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (NEW_SEQUENCE_LOCK,))
        cursor = db.execute_sql(update, (name, year, branch_id))
    if cursor.rowcount == 0:
        NumberSequence.create(name=name, branch=branch_id, year=year, last_value=1)
        value = 1
    else:
        value = db.execute_sql(f"SELECT last_value FROM number_sequence WHERE {where}",
                               (name, year, branch_id)).fetchone()[0]
    pattern = fmt or get_setting(f"number.format.{name}") or "{name}/{year}/{n:06d}"
    return pattern.format(branch=branch.code if branch else "", year=year, n=value, name=name)


def validate_office(name: str, kind: str) -> list[FieldError]:
    errors = []
    if not (name or "").strip():
        errors.append(FieldError("name", _("nama kantor wajib diisi")))
    elif len(name) > 120:
        errors.append(FieldError("name", _("nama kantor paling panjang 120 huruf")))
    if kind not in OFFICE_KINDS:
        errors.append(FieldError("kind", _("jenis kantor harus salah satu dari {kinds}", kinds=", ".join(OFFICE_KINDS))))
    return errors


def validate_branch(code: str, name: str) -> list[FieldError]:
    errors = []
    if not code or not code.isalnum() or len(code) > 8:
        errors.append(FieldError("branch_code", _("kode cabang 1–8 huruf/angka tanpa spasi")))
    if not (name or "").strip():
        errors.append(FieldError("branch_name", _("nama cabang wajib diisi")))
    return errors


def check_valid(errors: list[FieldError]) -> None:
    if errors:
        raise ValidationError(errors)
