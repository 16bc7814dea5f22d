"""Account balances per month, kept in the same transaction as each posting, so statements never grow with history.

A trial balance or a balance sheet summed every journal line ever posted: 3,2 s and 2,0 s on four million lines,
and slower each month.  :class:`AccountBalance` holds, per account and calendar month, the debit and credit
totals of the posted journal lines dated in that month — closing journals (year-end) apart, because the income
statement leaves them out.  :func:`models.ledger.journals.post_journal` adds each journal to its months as it stamps it
posted, in the same transaction, so the balances are never behind the lines; posted journals are immutable
(database triggers), so a balance only ever grows by new postings and reversals.

:func:`totals` answers "debits and credits per account between two dates" from whole months of balances plus
the journal lines of the partial months at either end (found by the journal's date index), so a statement reads
at most two months of lines whatever the history.  ``main.py check`` proves, set-based, that the balances equal
the journal lines (:mod:`models.ledger.balances_checks`).
"""
from __future__ import annotations

import datetime as dt
from typing import Iterable

from peewee import BigIntegerField, BooleanField, ForeignKeyField, IntegerField

from models.core.db import BaseModel, database, is_sqlite
from models.ledger.chart import Account


class AccountBalance(BaseModel):
    """Debit and credit totals (integer sen) of one account's posted lines in one month."""

    account = ForeignKeyField(Account, on_delete="RESTRICT", backref="+")
    year = IntegerField()
    month = IntegerField()
    closing = BooleanField(default=False)  # totals of closing (year-end) journals, kept apart
    debit = BigIntegerField(default=0)
    credit = BigIntegerField(default=0)

    class Meta:
        indexes = ((("year", "month", "account", "closing"), True),)


def _p() -> str:
    return "?" if is_sqlite() else "%s"


def add_journal(journal_id: int, date: dt.date, source: str) -> None:
    """Add one just-posted journal's lines to its month; MUST run inside the posting's transaction.

    One statement: the journal's lines grouped by account, upserted into the month's rows.
    """
    db = database.obj
    if not db.in_transaction():
        raise RuntimeError("balances.add_journal must run inside the posting's transaction")
    p = _p()
    closing = source == "closing"
    db.execute_sql(
        "INSERT INTO account_balance (account_id, year, month, closing, debit, credit) "
        f"SELECT account_id, {p}, {p}, {p}, SUM(debit), SUM(credit) FROM journal_line WHERE journal_id = {p} "
        "GROUP BY account_id "
        "ON CONFLICT (year, month, account_id, closing) DO UPDATE SET debit = account_balance.debit + excluded.debit, "
        "credit = account_balance.credit + excluded.credit",
        (date.year, date.month, closing, journal_id))


def rebuild() -> int:
    """Recompute every month's balances from the posted journal lines (migration, repair); inside a transaction.

    Returns:
        The number of balance rows.
    """
    db = database.obj
    db.execute_sql("DELETE FROM account_balance")
    year, month = (("CAST(substr(j.date, 1, 4) AS INTEGER)", "CAST(substr(j.date, 6, 2) AS INTEGER)")
                   if is_sqlite() else ("EXTRACT(YEAR FROM j.date)::int", "EXTRACT(MONTH FROM j.date)::int"))
    cursor = db.execute_sql(
        "INSERT INTO account_balance (account_id, year, month, closing, debit, credit) "
        f"SELECT l.account_id, {year}, {month}, j.source = 'closing', SUM(l.debit), SUM(l.credit) "
        "FROM journal_line l JOIN journal j ON j.id = l.journal_id WHERE j.posted_at IS NOT NULL "
        f"GROUP BY l.account_id, {year}, {month}, j.source = 'closing'")
    return cursor.rowcount


def _month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def _next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def totals(date_from: dt.date | None = None, date_to: dt.date | None = None, *,
           exclude_closing: bool = False) -> dict[int, tuple[int, int]]:
    """Debit and credit totals (integer sen) per account id over posted journals dated in [date_from, date_to].

    Whole months come from :class:`AccountBalance`; the partial months at either end from the journal lines.

    Args:
        date_from, date_to: inclusive bounds; ``None`` = open-ended.
        exclude_closing: leave out closing (year-end) journals (the income statement).
    """
    out: dict[int, list[int]] = {}

    def add(rows: Iterable) -> None:
        for aid, debit, credit in rows:
            entry = out.setdefault(aid, [0, 0])
            entry[0] += int(debit or 0)
            entry[1] += int(credit or 0)

    # Whole months: [first_full, end_full) as month starts.
    first_full = None if date_from is None else (
        date_from if date_from.day == 1 else _next_month(date_from))
    end_full = None if date_to is None else (
        _next_month(date_to) if _next_month(date_to) - dt.timedelta(days=1) == date_to else _month_start(date_to))
    empty = first_full is not None and end_full is not None and first_full >= end_full
    p = _p()
    db = database.obj
    if not empty:
        where, params = [], []
        if first_full is not None:
            where.append(f"(year * 12 + month) >= {p}")
            params.append(first_full.year * 12 + first_full.month)
        if end_full is not None:
            where.append(f"(year * 12 + month) < {p}")
            params.append(end_full.year * 12 + end_full.month)
        if exclude_closing:
            where.append("closing = " + ("0" if is_sqlite() else "false"))
        sql = "SELECT account_id, SUM(debit), SUM(credit) FROM account_balance"
        if where:
            sql += " WHERE " + " AND ".join(where)
        add(db.execute_sql(sql + " GROUP BY account_id", params).fetchall())
    # Partial months at the ends, from the lines.
    ranges = []
    if empty:
        ranges.append((date_from, date_to))
    else:
        if date_from is not None and first_full != date_from:
            ranges.append((date_from, first_full - dt.timedelta(days=1)))
        if date_to is not None and end_full is not None and end_full <= date_to:
            ranges.append((end_full, date_to))
    for low, high in ranges:
        if low > high:
            continue
        sql = ("SELECT l.account_id, SUM(l.debit), SUM(l.credit) FROM journal j JOIN journal_line l "
               f"ON l.journal_id = j.id WHERE j.date >= {p} AND j.date <= {p} AND j.posted_at IS NOT NULL")
        if exclude_closing:
            sql += " AND j.source <> 'closing'"
        add(db.execute_sql(sql + " GROUP BY l.account_id", (low, high)).fetchall())
    return {aid: (d, c) for aid, (d, c) in out.items()}


def differences(limit: int = 20) -> list[str]:
    """Months whose balances differ from their journal lines (for ``main.py check``), set-based in SQL."""
    year, month = (("CAST(substr(j.date, 1, 4) AS INTEGER)", "CAST(substr(j.date, 6, 2) AS INTEGER)")
                   if is_sqlite() else ("EXTRACT(YEAR FROM j.date)::int", "EXTRACT(MONTH FROM j.date)::int"))
    closing = "CASE WHEN j.source = 'closing' THEN 1 ELSE 0 END"
    lines = (f"SELECT l.account_id AS a, {year} AS y, {month} AS m, {closing} AS c, SUM(l.debit) AS d, "
             "SUM(l.credit) AS k FROM journal_line l JOIN journal j ON j.id = l.journal_id "
             f"WHERE j.posted_at IS NOT NULL GROUP BY l.account_id, {year}, {month}, {closing}")
    kept = ("SELECT account_id AS a, year AS y, month AS m, CASE WHEN closing THEN 1 ELSE 0 END AS c, debit AS d, "
            "credit AS k FROM account_balance")
    # One pass over the lines (a FULL JOIN: SQLite ≥ 3.39 and PostgreSQL), not one per side.
    sql = (f"SELECT COALESCE(x.a, b.a), COALESCE(x.y, b.y), COALESCE(x.m, b.m) FROM ({lines}) x "
           f"FULL OUTER JOIN ({kept}) b ON b.a = x.a AND b.y = x.y AND b.m = x.m AND b.c = x.c "
           "WHERE (b.a IS NULL AND (x.d <> 0 OR x.k <> 0)) OR (x.a IS NULL AND (b.d <> 0 OR b.k <> 0)) "
           f"OR b.d <> x.d OR b.k <> x.k LIMIT {int(limit)}")
    codes = dict(Account.select(Account.id, Account.code).tuples())
    return [f"account {codes.get(a, a)}, {m:02d}/{y}: the monthly balance differs from its journal lines"
            for a, y, m in database.obj.execute_sql(sql).fetchall()]
