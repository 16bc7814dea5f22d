"""Customer search: search-as-you-type by name, NIK, phone and member number.

SQLite: an FTS5 table ``customer_fts(name, keys)`` with ``prefix='2 3'`` (so the two- and three-letter prefixes
people type first are answered from the index itself).  ``keys`` holds the NIK, the member number and each
phone in both its stored ``+62…`` form (tokenised as ``62812…``) and the ``0812…`` form people type.  The
table is kept by triggers on ``customer`` (migration 0002), so the index changes in the same transaction as
the customer row — for every writer, including bulk inserts and raw SQL — and :mod:`models.customers.checks`
verifies it is in step.

PostgreSQL: no FTS5; the same question is answered with ILIKE over ``full_name`` (a pg_trgm GIN index when the
extension could be created) and prefix LIKE over NIK, member number and phones (btree ``text_pattern_ops``).

Officers without ``customer.view_all`` only ever find their own portfolio.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from models.core.db import database, is_sqlite
from models.core.users import User, require, sees_all_portfolios

FTS_TABLE = "customer_fts"
SEARCH_LIMIT = 50

# The SQL each trigger uses to build a row of the index from a customer row (``new.`` or ``old.``).  The
# migration keeps a frozen copy; customers_checks compares the index with this expression.
KEYS_SQL = ("{p}.nik || ' ' || COALESCE({p}.member_no, '') || ' ' || {p}.phone || ' ' || "
            "CASE WHEN {p}.phone LIKE '+62%' THEN '0' || substr({p}.phone, 4) ELSE '' END || ' ' || "
            "{p}.phone2 || ' ' || "
            "CASE WHEN {p}.phone2 LIKE '+62%' THEN '0' || substr({p}.phone2, 4) ELSE '' END")

_PHONE_PUNCT = re.compile(r"[\s\-.()+/]")
_WORD = re.compile(r"\w+", re.UNICODE)


def query_terms(text: str) -> list[str]:
    """What the user typed → the prefixes to look for.

    A number typed with separators (``0812-3456``, ``+62 812``, ``3201 0112``) is one term, as it is one token
    in the index; otherwise every word is a term and all must match (``siti nur`` → siti* AND nur*).
    """
    text = (text or "").strip()
    if not text:
        return []
    squeezed = _PHONE_PUNCT.sub("", text)
    if squeezed.isdigit():
        return [squeezed]
    return [w.casefold() for w in _WORD.findall(text)]


def fts_match(text: str) -> str | None:
    """The FTS5 MATCH expression for ``text`` (each term a quoted prefix), or None for nothing to find."""
    terms = query_terms(text)
    if not terms:
        return None
    return " ".join('"' + t.replace('"', '""') + '"*' for t in terms)


@dataclass(frozen=True)
class CustomerFilter:
    """The list screen's filters besides the search text (None = any)."""

    text: str = ""
    officer_id: int | None = None
    branch_id: int | None = None
    status: str | None = None


SORT_COLUMNS = {"name": "c.full_name", "nik": "c.nik", "member_no": "c.member_no", "status": "c.status",
                "updated": "c.updated_at", "regency": "c.regency", "district": "c.district", "id": "c.id",
                "officer": "c.officer_id", "branch": "c.branch_id", "phone": "c.phone"}


def _scope(user: User, flt: CustomerFilter) -> tuple[list[str], list]:
    require(user, "customer.view")
    where, params = [], []
    officer_id = flt.officer_id
    if not sees_all_portfolios(user):
        officer_id = user.id  # an officer's own portfolio, whatever filter was asked
        if flt.officer_id is not None and flt.officer_id != user.id:
            where.append("0")
    if officer_id is not None:
        where.append("c.officer_id = ?")
        params.append(officer_id)
    if flt.branch_id is not None:
        where.append("c.branch_id = ?")
        params.append(flt.branch_id)
    if flt.status:
        where.append("c.status = ?")
        params.append(flt.status)
    return where, params


def _pg_text_condition(terms: list[str]) -> tuple[list[str], list]:
    where, params = [], []
    for term in terms:
        if term.isdigit():
            local = "+62" + term[1:] if term.startswith("0") else "+" + term
            where.append("(c.nik LIKE %s OR c.member_no LIKE %s OR c.phone LIKE %s OR c.phone2 LIKE %s "
                         "OR c.phone LIKE %s OR c.phone2 LIKE %s)")
            params += [term + "%", term + "%", local + "%", local + "%", "+" + term + "%", "+" + term + "%"]
        else:
            where.append("(c.full_name ILIKE %s OR c.member_no ILIKE %s)")
            params += ["%" + term + "%", term + "%"]
    return where, params


_SQL_ALL = f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? LIMIT ?"


def search_ids(user: User, text: str, *, flt: CustomerFilter | None = None, limit: int = SEARCH_LIMIT) -> list[int]:
    """Search-as-you-type: the ids of the first ``limit`` customers matching ``text`` (index order).

    Args:
        user: who searches; officers without ``customer.view_all`` find only their own portfolio.
        text: a name (or its beginning), a NIK, a phone in any form, a member number.
        flt: extra filters (officer, branch, status).
        limit: how many ids at most.
    Returns:
        Customer ids; empty when nothing matches or ``text`` is empty.
    """
    flt = flt or CustomerFilter()
    where, params = _scope(user, flt)
    if is_sqlite():
        match = fts_match(text)
        if match is None:
            return []
        # Straight to the driver's cursor: peewee's execute_sql adds ~30 µs of logging and bookkeeping, as
        # much as the index lookup itself for a selective prefix (bench_search.py measures both).
        cursor = database.obj.cursor()
        if not where:
            # The common case (a desk that sees every portfolio): the bare index query, nothing joined.
            cursor.execute(_SQL_ALL, (match, limit))
            return [r[0] for r in cursor.fetchall()]
        # CROSS JOIN keeps the index as the outer loop: left to itself the planner walks the officer's whole
        # portfolio and probes the index per row (0.5-1 s at 100,000 customers instead of < 1 ms).
        sql = (f"SELECT c.id FROM {FTS_TABLE} f CROSS JOIN customer c ON c.id = f.rowid "
               f"WHERE f.{FTS_TABLE} MATCH ? AND {' AND '.join(where)} LIMIT ?")
        cursor.execute(sql, (match, *params, limit))
        return [r[0] for r in cursor.fetchall()]
    terms = query_terms(text)
    if not terms:
        return []
    text_where, text_params = _pg_text_condition(terms)
    sql = (f"SELECT c.id FROM customer c WHERE {' AND '.join(text_where + [w.replace('?', '%s') for w in where])} "
           "ORDER BY c.full_name LIMIT %s")
    return [r[0] for r in database.obj.execute_sql(sql, (*text_params, *params, limit)).fetchall()]


def _list_from(user: User, flt: CustomerFilter) -> tuple[str, list] | None:
    """``FROM … WHERE …`` of the list screen's customers for ``flt`` (None: a search text that matches nothing)."""
    where, params = _scope(user, flt)
    sqlite = is_sqlite()
    join = ""
    if flt.text.strip():
        if sqlite:
            match = fts_match(flt.text)
            if match is None:
                return None
            join = f"{FTS_TABLE} f CROSS JOIN "  # the index drives, as in search_ids
            where = [f"f.{FTS_TABLE} MATCH ?"] + where
            params = [match] + params
        else:
            text_where, text_params = _pg_text_condition(query_terms(flt.text))
            where = text_where + [w.replace("?", "%s") for w in where]
            params = text_params + params
    elif not sqlite:
        where = [w.replace("?", "%s") for w in where]
    sql = f" FROM {join}customer c" + (" ON c.id = f.rowid" if join else "")
    if where:
        sql += " WHERE " + " AND ".join(where)
    return sql, params


def list_ids(user: User, flt: CustomerFilter | None = None, *, sort: str = "name", descending: bool = False,
             limit: int | None = None, offset: int = 0) -> list[int]:
    """The customer ids the list screen shows for ``flt``, sorted in SQL (the lazy model then fetches rows).

    Args:
        sort: a key of :data:`SORT_COLUMNS`.
        limit, offset: one window of the list (the screen reads a window at a time, see
            :class:`ui.common.lazy_model.WindowedIds`); ``limit`` None: every id from ``offset`` on.
    Returns:
        Ids in display order.
    """
    flt = flt or CustomerFilter()
    found = _list_from(user, flt)
    if found is None:
        return []
    body, params = found
    order = SORT_COLUMNS.get(sort, "c.full_name")
    direction = "DESC" if descending else "ASC"
    mark = "?" if is_sqlite() else "%s"
    sql = f"SELECT c.id{body} ORDER BY {order} {direction}, c.id {direction}"
    if limit is not None:
        sql += f" LIMIT {mark} OFFSET {mark}"
        params = [*params, limit, offset]
    elif offset:
        sql += (" LIMIT -1" if is_sqlite() else "") + f" OFFSET {mark}"
        params = [*params, offset]
    return [r[0] for r in database.obj.execute_sql(sql, params).fetchall()]


def count_ids(user: User, flt: CustomerFilter | None = None) -> int:
    """How many customers :func:`list_ids` returns for ``flt`` (one COUNT over an index)."""
    found = _list_from(user, flt or CustomerFilter())
    if found is None:
        return 0
    body, params = found
    return database.obj.execute_sql(f"SELECT COUNT(*){body}", params).fetchone()[0]


def bulk_insert_customers(sql: str, rows: list[tuple], chunk: int = 5000) -> None:
    """Insert many customer rows with one prepared INSERT, indexing them in one pass; MUST run inside the
    caller's write transaction.

    Per-row trigger work costs ~130 µs a customer (2.6 s of 3 s for 20,000 rows), so on SQLite the insert
    trigger is lifted for the duration and the new rows are indexed with one INSERT … SELECT; the trigger's
    own text is read back from the schema and restored in the same transaction, so a failure anywhere
    rolls the trigger, the rows and the index back together.
    """
    db = database.obj
    if not db.in_transaction():
        raise RuntimeError("bulk_insert_customers must run inside the caller's write transaction")
    cursor = db.cursor()
    if not is_sqlite() or len(rows) < 500:
        for start in range(0, len(rows), chunk):
            cursor.executemany(sql, rows[start:start + chunk])
        return
    trigger = db.execute_sql("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                             ("customer_fts_insert",)).fetchone()
    last_id = db.execute_sql("SELECT COALESCE(MAX(id), 0) FROM customer").fetchone()[0]
    if trigger:
        db.execute_sql("DROP TRIGGER customer_fts_insert")
    for start in range(0, len(rows), chunk):
        cursor.executemany(sql, rows[start:start + chunk])
    db.execute_sql(f"INSERT INTO {FTS_TABLE}(rowid, name, keys) SELECT c.id, c.full_name, "
                   f"{KEYS_SQL.format(p='c')} FROM customer c WHERE c.id > ?", (last_id,))
    if trigger:
        db.execute_sql(trigger[0])


def rebuild_index() -> int:
    """Rebuild the SQLite index from the customer table (repair after ``check`` reports a drift).

    Returns:
        The number of customers indexed (0 on PostgreSQL, whose indexes need no rebuilding).
    """
    if not is_sqlite():
        return 0
    from models.core.db import run_in_transaction

    def rebuild():
        database.obj.execute_sql(f"DELETE FROM {FTS_TABLE}")
        cursor = database.obj.execute_sql(
            f"INSERT INTO {FTS_TABLE}(rowid, name, keys) SELECT c.id, c.full_name, {KEYS_SQL.format(p='c')} "
            "FROM customer c")
        return cursor.rowcount

    return run_in_transaction(rebuild)
