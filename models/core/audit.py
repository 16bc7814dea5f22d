"""The audit trail: who did what, when, with the values before and after — append-only and hash-chained.

Every state-changing action writes one row here *in the same transaction* as the change, so a change without
its audit row cannot exist.  Each row carries the SHA-256 of its own content together with the previous row's
hash; :func:`verify_chain` recomputes the chain, so a row edited, deleted, inserted or moved with raw SQL
outside the application breaks it and ``main.py check`` says where.  The last row's id and hash are also kept
in ``audit_head`` (deleting the newest rows would otherwise leave a shorter but consistent chain), and the head
is printed on the daily cash report so that a paper copy anchors the chain outside the database.

The database refuses UPDATE and DELETE on the table with triggers (migration 0001); the chain is what catches
someone who drops the triggers first.

Personal-data access (unmasking a NIK, exporting customers) is audited too, as UU 27/2022 (PDP) expects.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from peewee import CharField, DateTimeField, IntegerField, TextField

from models.core.clock import now
from models.core.db import BaseModel, database, is_sqlite

GENESIS = "0" * 64


class AuditLog(BaseModel):
    seq = IntegerField(unique=True)  # 1, 2, 3 … assigned inside the write transaction
    ts = DateTimeField()
    user_id = IntegerField(null=True)
    username = CharField(max_length=64, default="")
    action = CharField(max_length=64, index=True)
    entity = CharField(max_length=40, default="", index=True)
    entity_id = CharField(max_length=40, default="")
    before = TextField(null=True)
    after = TextField(null=True)
    note = TextField(default="")
    prev_hash = CharField(max_length=64)
    hash = CharField(max_length=64)


class AuditHead(BaseModel):
    """One row: the newest audit seq and hash (catches deletion of the newest rows)."""

    last_seq = IntegerField(default=0)
    last_hash = CharField(max_length=64, default=GENESIS)


def _jsonable(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [_jsonable(v) for v in value]
    return value


def dumps(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(_jsonable(value), sort_keys=True, ensure_ascii=False, default=str)


def row_hash(seq: int, ts: str, user_id: Any, username: str, action: str, entity: str, entity_id: str,
             before: str | None, after: str | None, note: str, prev_hash: str) -> str:
    payload = json.dumps([seq, ts, user_id, username, action, entity, entity_id, before, after, note, prev_hash],
                         ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(actor, action: str, entity: str = "", entity_id: Any = "", *, before: Any = None, after: Any = None,
           note: str = "") -> AuditLog:
    """Append one audit row; MUST run inside the action's write transaction.

    Args:
        actor: the :class:`models.core.users.User` acting, or ``None`` for the system (first-run wizard, demo).
        action: dotted verb, e.g. ``customer.create``, ``payment.reverse``, ``customer.unmask``.
        entity, entity_id: what was touched.
        before, after: plain values (dicts); Decimals and dates are serialised as text.
    """
    db = database.obj
    if not db.in_transaction():
        raise RuntimeError("audit.record must run inside the action's transaction")
    # Static SQL: every action writes here, so ORM query compilation would dominate the cost of the row.
    p = "?" if is_sqlite(db) else "%s"
    head = db.execute_sql("SELECT last_seq, last_hash FROM audit_head WHERE id = 1").fetchone()
    if head is None:
        db.execute_sql(f"INSERT INTO audit_head (id, last_seq, last_hash) VALUES (1, 0, {p})", (GENESIS,))
        head = (0, GENESIS)
    last_seq, last_hash = head
    seq = last_seq + 1
    ts = now()
    from models.core.integrity import SEAL_KEY, pending_seals

    seals = pending_seals()  # loans whose installments this action changed (issue 19: books, not only trail)
    if seals:
        after = dict(after) if isinstance(after, dict) else ({} if after is None else {"value": after})
        after[SEAL_KEY] = seals
    fields = dict(seq=seq, ts=ts.isoformat(sep=" "), user_id=getattr(actor, "id", None),
                  username=getattr(actor, "username", "") or "sistem", action=action, entity=entity,
                  entity_id=str(entity_id if entity_id is not None else ""), before=dumps(before),
                  after=dumps(after), note=note or "", prev_hash=last_hash)
    digest = row_hash(**fields)
    columns = ("seq", "ts", "user_id", "username", "action", "entity", "entity_id", "before", "after", "note",
               "prev_hash", "hash")
    values = (seq, fields["ts"], fields["user_id"], fields["username"], action, entity, fields["entity_id"],
              fields["before"], fields["after"], fields["note"], last_hash, digest)
    db.execute_sql(f"INSERT INTO audit_log ({', '.join(columns)}) VALUES ({', '.join([p] * len(columns))})",
                   values)
    db.execute_sql(f"UPDATE audit_head SET last_seq = {p}, last_hash = {p} WHERE id = 1", (seq, digest))
    return AuditLog(seq=seq, ts=ts, user_id=fields["user_id"], username=fields["username"], action=action,
                    entity=entity, entity_id=fields["entity_id"], before=fields["before"], after=fields["after"],
                    note=fields["note"], prev_hash=last_hash, hash=digest)


@dataclass(frozen=True)
class ChainProblem:
    seq: int | None
    message: str


def verify_chain() -> list[ChainProblem]:
    """Recompute the whole chain; return every inconsistency (empty list = intact)."""
    problems: list[ChainProblem] = []
    expected_prev = GENESIS
    expected_seq = 1
    cursor = database.obj.execute_sql(
        "SELECT seq, ts, user_id, username, action, entity, entity_id, before, after, note, prev_hash, hash "
        "FROM audit_log ORDER BY id")
    last_seq, last_hash = 0, GENESIS
    for (seq, ts, user_id, username, action, entity, entity_id, before, after, note, prev_hash, digest) in cursor:
        ts_text = ts if isinstance(ts, str) else ts.isoformat(sep=" ")
        if seq != expected_seq:
            problems.append(ChainProblem(seq, f"audit row {seq} found where row {expected_seq} was expected "
                                              "(a row was deleted, inserted or moved)"))
        if prev_hash != expected_prev:
            problems.append(ChainProblem(seq, f"audit row {seq} does not follow the row before it "
                                              "(a row was deleted, inserted or moved)"))
        actual = row_hash(seq, ts_text, user_id, username, action, entity, entity_id, before, after, note,
                          prev_hash)
        if actual != digest:
            problems.append(ChainProblem(seq, f"audit row {seq} was altered after it was written"))
        expected_prev = digest
        expected_seq = seq + 1 if isinstance(seq, int) else expected_seq + 1
        last_seq, last_hash = seq, digest
        if len(problems) > 50:
            problems.append(ChainProblem(None, "more than 50 problems; stopping"))
            return problems
    head = AuditHead.get_or_none(AuditHead.id == 1)
    head_seq, head_hash = (head.last_seq, head.last_hash) if head else (0, GENESIS)
    if (head_seq, head_hash) != (last_seq, last_hash):
        problems.append(ChainProblem(last_seq, f"the audit chain ends at row {last_seq} but its head says row "
                                               f"{head_seq}: rows were deleted or added outside the application"))
    return problems


def chain_head() -> tuple[int, str]:
    """(last seq, last hash) — printed on the daily cash report as an anchor outside the database."""
    head = AuditHead.get_or_none(AuditHead.id == 1)
    return (head.last_seq, head.last_hash) if head else (0, GENESIS)
