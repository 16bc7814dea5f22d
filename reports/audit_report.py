"""The audit trail as report rows: filter, query, ReportTable — shared by the viewer and ``export audit``.

Exporting the trail writes personal data (names, before/after values) to a file, so every export is itself an
audited action (UU 27/2022).
"""
from __future__ import annotations

import datetime as dt
import json
import sys
from dataclasses import dataclass

from models.core import audit
from models.core.audit import AuditLog

ROW_FIELDS = (AuditLog.id, AuditLog.seq, AuditLog.ts, AuditLog.username, AuditLog.action, AuditLog.entity,
              AuditLog.entity_id, AuditLog.before, AuditLog.after, AuditLog.note)


@dataclass(frozen=True)
class AuditFilter:
    username: str = ""
    action: str = ""  # a prefix: "payment" matches payment.post and payment.reverse
    entity: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    def where(self):
        conditions = []
        if self.username:
            conditions.append(AuditLog.username == self.username)
        if self.action:
            conditions.append(AuditLog.action.startswith(self.action))
        if self.entity:
            conditions.append(AuditLog.entity == self.entity)
        if self.date_from:
            conditions.append(AuditLog.ts >= dt.datetime.combine(self.date_from, dt.time.min))
        if self.date_to:
            conditions.append(AuditLog.ts < dt.datetime.combine(self.date_to + dt.timedelta(days=1), dt.time.min))
        return conditions


def changes_text(before: str | None, after: str | None) -> str:
    """"field: old → new" for each changed field (or the new values when nothing came before)."""
    old = json.loads(before) if before else {}
    new = json.loads(after) if after else {}
    if not isinstance(old, dict) or not isinstance(new, dict):
        return f"{before or ''} → {after or ''}".strip(" →")
    parts = []
    for key in sorted(set(old) | set(new)):
        if old.get(key) != new.get(key):
            parts.append(f"{key}: {old[key]} → {new.get(key, '')}" if key in old else f"{key}: {new[key]}")
    return "; ".join(parts)


def audit_rows(audit_filter: "AuditFilter", limit: int | None = None) -> list[tuple]:
    """The matching audit rows, oldest first, as tuples in :data:`ROW_FIELDS` order."""
    query = AuditLog.select(*ROW_FIELDS).order_by(AuditLog.seq)
    conditions = audit_filter.where()
    if conditions:
        from functools import reduce
        import operator

        query = query.where(reduce(operator.and_, conditions))
    if limit:
        query = query.limit(limit)
    return list(query.tuples())


def audit_report(rows: list[tuple], audit_filter: AuditFilter):
    """The filtered trail as a :class:`reports.base.ReportTable` for the Excel renderer."""
    from reports.base import Column, ReportTable

    columns = (Column("seq", "No.", width=8), Column("ts", "Waktu", width=19), Column("user", "Pengguna"),
               Column("action", "Tindakan"), Column("entity", "Data"), Column("entity_id", "ID"),
               Column("changes", "Perubahan", width=60), Column("note", "Catatan", width=40))
    body = []
    for _id, seq, ts, username, action, entity, entity_id, before, after, note in rows:
        ts = dt.datetime.fromisoformat(ts) if isinstance(ts, str) else ts
        body.append({"seq": str(seq), "ts": ts.strftime("%d/%m/%Y %H:%M:%S"), "user": username, "action": action,
                     "entity": entity, "entity_id": entity_id, "changes": changes_text(before, after),
                     "note": note})
    meta = [(label, value) for label, value in (
        ("Pengguna", audit_filter.username), ("Tindakan", audit_filter.action), ("Data", audit_filter.entity),
        ("Dari", audit_filter.date_from.strftime("%d/%m/%Y") if audit_filter.date_from else ""),
        ("Sampai", audit_filter.date_to.strftime("%d/%m/%Y") if audit_filter.date_to else "")) if value]
    seq, head = audit.chain_head()
    meta.append(("Kepala rantai", f"#{seq} {head[:16]}…"))
    return ReportTable("Jejak Audit", columns, tuple(body), meta=tuple(meta))


def export_audit_command(args) -> int:
    """``main.py --db F export audit --out F.xlsx [--from D] [--to D] --user USERNAME`` (audit.view; audited)."""
    from models.core.db import run_in_transaction
    from models.core.users import get_user, require
    from reports.commands import parse_period, write_table

    if not getattr(args, "user", None):
        print("error: --user: exporting the audit trail needs the user who exports it (audit.view)",
              file=sys.stderr)
        return 2
    actor = get_user(args.user)
    require(actor, "audit.view")
    try:
        given = getattr(args, "date_from", None) or getattr(args, "date_to", None)
        date_from, date_to = parse_period(args) if given else (None, None)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    audit_filter = AuditFilter(date_from=date_from, date_to=date_to)
    rows = audit_rows(audit_filter)
    path = write_table(audit_report(rows, audit_filter), args.out)
    run_in_transaction(lambda: audit.record(actor, "audit.export", "audit", "", note=f"{len(rows)} baris ke {path}"))
    print(f"{len(rows)} audit rows written to {path}")
    return 0
