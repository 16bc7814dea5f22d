"""Bulk writes: many rows through one INSERT that peewee builds once, and blocks of gap-free numbers.

CONVENTIONS ("bulk writes bypass per-row ORM work"): peewee's ``insert_many`` spends most of its time compiling
SQL; building the statement once and handing the rows to ``cursor.executemany`` costs about 1,2× raw sqlite3.
The office generator (``benchmarks/make_office.py``), imports and demo builders use these helpers so that
every bulk path writes the same way.  Rows carry *database* values (integer sen, ISO dates), already
converted: the caller converts once per value, not once per field lookup.

Numbers (receipts, journals) stay gap-free: :func:`reserve_numbers` moves a sequence forward by a whole block
inside the caller's write transaction, exactly as ``count`` calls of :func:`models.core.office.next_number` would.
"""
from __future__ import annotations

from typing import Iterable, Sequence

from models.core.db import database, is_sqlite


def insert_sql(model, columns: Sequence[str]) -> str:
    """The INSERT statement for ``columns`` of ``model``, built by peewee once (placeholders, no RETURNING).

    Args:
        model: a peewee model class.
        columns: field names (``"loan"`` or ``"loan_id"`` both name the foreign key column).
    Returns:
        SQL with one placeholder per column, for ``cursor.executemany``.
    """
    fields = []
    for name in columns:
        field = model._meta.fields.get(name) or model._meta.columns.get(name)
        if field is None:
            raise KeyError(f"{model.__name__} has no field {name!r}")
        fields.append(field)
    # The columns given, and only those: peewee's own INSERT would add the model's Python defaults of the fields
    # left out (a column added by a later migration), so the statement is written from the field metadata; the
    # columns left out take their defaults from the table itself (every migration adds a column with one).
    db = database.obj
    names = ", ".join(f'"{f.column_name}"' for f in fields)
    marks = ", ".join([db.param] * len(fields))
    return f'INSERT INTO "{model._meta.table_name}" ({names}) VALUES ({marks})'


def insert_rows(model, columns: Sequence[str], rows: Iterable[Sequence], *, chunk: int = 20_000) -> int:
    """Insert rows (database values, in ``columns`` order) with one prepared INSERT; MUST run inside the
    caller's write transaction.

    Returns:
        The number of rows written.
    """
    db = database.obj
    if not db.in_transaction():
        raise RuntimeError("insert_rows must run inside the caller's write transaction")
    sql = insert_sql(model, columns)
    cursor = db.cursor()
    count = 0
    block: list = []
    for row in rows:
        block.append(row)
        if len(block) >= chunk:
            cursor.executemany(sql, block)
            count += len(block)
            block = []
    if block:
        cursor.executemany(sql, block)
        count += len(block)
    return count


def reserve_numbers(name: str, branch_id: int | None, year: int, count: int) -> int:
    """Take ``count`` consecutive numbers of a gap-free sequence at once; MUST run inside the write transaction.

    Args:
        name, branch_id, year: the sequence, as :func:`models.core.office.next_number` names it.
        count: how many numbers (≥ 1).
    Returns:
        The first number of the block (the block is ``first … first + count - 1``).
    """
    from models.core.office import NumberSequence

    db = database.obj
    if not db.in_transaction():
        raise RuntimeError("reserve_numbers must run inside the document's transaction (gap-free numbering)")
    if count < 1:
        raise ValueError("count must be at least 1")
    p = "?" if is_sqlite(db) else "%s"
    same = "branch_id IS ?" if is_sqlite(db) else "branch_id IS NOT DISTINCT FROM %s"
    where = f"name = {p} AND year = {p} AND {same}"
    cursor = db.execute_sql(f"UPDATE number_sequence SET last_value = last_value + {p} WHERE {where}",
                            (count, name, year, branch_id))
    if cursor.rowcount == 0:
        NumberSequence.create(name=name, branch=branch_id, year=year, last_value=count)
        return 1
    last = db.execute_sql(f"SELECT last_value FROM number_sequence WHERE {where}", (name, year, branch_id)).fetchone()[0]
    return last - count + 1


def number_pattern(name: str) -> str:
    """The format of a numbered document (setting ``number.format.<name>``), e.g. ``KW/{branch}/{year}/{n:06d}``."""
    from models.core.office import get_setting

    return get_setting(f"number.format.{name}") or "{name}/{year}/{n:06d}"


class indexes_deferred:
    """Context manager: drop a table's secondary indexes for a bulk load and build them again after it.

    Filling a table whose indexes are already there costs one B-tree insertion per index and row, in random
    key order; ``CREATE INDEX`` afterwards sorts once, several times faster for millions of rows.  SQLite only
    (elsewhere it does nothing); MUST run inside the caller's write transaction, so a failure rolls the rows
    and the dropped indexes back together, and a duplicate in a unique index fails the whole load.
    """

    def __init__(self, *models):
        self.tables = [m._meta.table_name for m in models]
        self.saved: list[tuple[str, str]] = []

    def __enter__(self):
        db = database.obj
        if not is_sqlite(db):
            return self
        if not db.in_transaction():
            raise RuntimeError("indexes_deferred must run inside the caller's write transaction")
        marks = ", ".join("?" * len(self.tables))
        self.saved = db.execute_sql(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({marks})", self.tables).fetchall()
        for name, _sql in self.saved:
            db.execute_sql(f'DROP INDEX "{name}"')
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            for _name, sql in self.saved:
                database.obj.execute_sql(sql)
        return False


class insert_triggers_lifted:
    """Context manager: lift a table's INSERT triggers for a bulk load and put them back, in one transaction.

    A guard trigger (a closed period, a line added to a posted journal) costs a statement per row; for a load
    whose rows the caller has already validated set-based, and whose invariants ``main.py check`` proves, the
    triggers are dropped and recreated from their own stored text before the transaction ends, so a failure
    rolls the rows and the triggers back together (as :func:`models.customers.search.bulk_insert_customers` does for the
    search index).  SQLite only.
    """

    def __init__(self, *models):
        self.tables = [m._meta.table_name for m in models]
        self.saved: list[tuple[str, str]] = []

    def __enter__(self):
        db = database.obj
        if not is_sqlite(db):
            return self
        if not db.in_transaction():
            raise RuntimeError("insert_triggers_lifted must run inside the caller's write transaction")
        marks = ", ".join("?" * len(self.tables))
        rows = db.execute_sql(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ({marks})",
            self.tables).fetchall()
        self.saved = [(name, sql) for name, sql in rows if " INSERT ON " in " ".join(sql.upper().split())]
        for name, _sql in self.saved:
            db.execute_sql(f'DROP TRIGGER "{name}"')
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            for _name, sql in self.saved:
                database.obj.execute_sql(sql)
        return False
