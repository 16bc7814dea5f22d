"""``main.py check`` for the client book: the search index in step with the customers, unique keys sane.

The FTS index is kept by triggers, so drift means someone dropped a trigger or edited the index by hand; the
repair is :func:`models.customers.search.rebuild_index`.
"""
from __future__ import annotations

from models.core.checks import check
from models.core.db import database, is_sqlite
from models.customers.search import FTS_TABLE, KEYS_SQL


@check("customer search index in step")
def search_index_in_step() -> list[str]:
    """Every customer has exactly one index row holding its current name and keys, and nothing else is there."""
    if not is_sqlite():
        return []
    db = database.obj
    problems = []
    missing = db.execute_sql(
        f"SELECT COUNT(*) FROM customer c WHERE NOT EXISTS (SELECT 1 FROM {FTS_TABLE} f WHERE f.rowid = c.id)"
    ).fetchone()[0]
    if missing:
        problems.append(f"{missing} customers are missing from the search index")
    orphans = db.execute_sql(
        f"SELECT COUNT(*) FROM {FTS_TABLE} f WHERE NOT EXISTS (SELECT 1 FROM customer c WHERE c.id = f.rowid)"
    ).fetchone()[0]
    if orphans:
        problems.append(f"{orphans} search index rows belong to no customer")
    stale = db.execute_sql(
        f"SELECT c.id FROM customer c JOIN {FTS_TABLE} f ON f.rowid = c.id "
        f"WHERE f.name IS NOT c.full_name OR f.keys IS NOT ({KEYS_SQL.format(p='c')}) LIMIT 20").fetchall()
    if stale:
        problems.append("search index out of date for customers " + ", ".join(str(r[0]) for r in stale))
    triggers = {r[0] for r in db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'customer'").fetchall()}
    for name in ("customer_fts_insert", "customer_fts_update", "customer_fts_delete"):
        if name not in triggers:
            problems.append(f"trigger {name} is missing: the search index no longer follows changes")
    try:
        db.execute_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('integrity-check')")
    except Exception as exc:  # noqa: BLE001 - any FTS5 failure is a finding, not a crash
        problems.append(f"FTS5 integrity-check failed: {exc}")
    if problems:
        problems.append("repair: python -c \"from models.core.db import open_database; from models.customers.search import "
                        "rebuild_index; open_database('FILE'); rebuild_index()\"")
    return problems


@check("customers have an active portfolio owner")
def customers_have_owner() -> list[str]:
    rows = database.obj.execute_sql(
        "SELECT COUNT(*) FROM customer c JOIN \"user\" u ON u.id = c.officer_id "
        "WHERE c.status = 'aktif' AND u.active = %s" % ("0" if is_sqlite() else "false")).fetchone()
    count = rows[0] if rows else 0
    return [f"{count} active customers belong to a deactivated officer: reassign the portfolio"] if count else []
