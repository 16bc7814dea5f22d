"""Seals: the audit row of each posting carries a digest of what it posted, so tampering with the BOOKS (not
only with the audit trail) is found by ``main.py check`` (issue 19, item 2).

The audit chain (:mod:`models.core.audit`) proves its own rows were not edited, inserted, deleted or moved.  Before
this module it said nothing of the journals, receipts and installments themselves: with the triggers dropped, a
balanced fake revenue journal, a journal moved into a closed month or a receipt raised with its allocation
passed every check.  Now:

* every posted journal's audit row (``journal.post``) carries :func:`journal_digest` -- number, date, source,
  reference, reversal link and every line (number, account code, debit, credit, memo, customer, loan);
* every receipt's audit row (``payment.<kind>``) carries :func:`payment_digest` -- receipt number, loan,
  branch, kind, date, amount, method, cashier, journal and every allocation (installment, part, amount);
* every action that changes installments seals the loan: the audit row written at the end of the action
  carries :func:`loan_digest` of all the loan's installments (schedule and paid amounts) under ``_seal``.
  Posting functions call :func:`touch_loan`; :mod:`models.core.audit` asks :func:`pending_seals` when it writes.

Because the digests sit inside hash-chained rows, changing a sealed row means rewriting the chain from there on,
which the anchors kept outside the database (backup side-files, the printed cash report, ``check --anchor``)
expose.  What it does not do: an attacker holding the file who also forges the audit rows after the last anchor
is not detected (there is no secret key in a desk application); see docs/security.md.

Digests are SHA-256 over a canonical JSON text of plain values (money as integer sen), computed from the rows
with static SQL so that ``check`` recomputes them the same way on SQLite and PostgreSQL.
"""
from __future__ import annotations

import hashlib
import json
from typing import Any, Iterable

from models.core.db import database

SEAL_KEY = "_seal"
_PENDING_LOANS: set[int] = set()


def _p() -> str:
    return database.obj.param


def _digest(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _norm(value: Any) -> Any:
    if value is None or isinstance(value, (int, str)):
        return value
    if isinstance(value, bool):
        return int(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    return str(value)


# -------------------------------------------------------------------------------------------------- journals
_JOURNAL_SQL = ("SELECT j.id, j.number, j.date, j.description, j.source, j.reference, j.reversal_of_id FROM journal j "
                "WHERE j.posted_at IS NOT NULL")
_LINES_SQL = ("SELECT l.journal_id, l.line_no, a.code, l.debit, l.credit, l.memo, l.customer_id, l.loan_id "
              "FROM journal_line l LEFT JOIN account a ON a.id = l.account_id")


#: Ids per ``IN (…)`` list when digests are asked for chosen rows (SQLite allows 32.766 parameters a statement).
_CHUNK = 500


def _in_list(n: int):
    marks = ", ".join([_p()] * n)
    return lambda column: f"{column} IN ({marks})"


def _chosen(ids: Iterable[int] | None, above: int | None, compute) -> dict[int, str]:
    """``compute(cond, params)`` -- ``cond(column)`` is the SQL condition on that id column ("" for every row) --
    for every row (``ids`` and ``above`` None), the rows with id above ``above``, or ``ids`` in chunks; merged."""
    if ids is None:
        if above is None:
            return compute(lambda column: "", [])
        return compute(lambda column: f"{column} > {_p()}", [above])
    ids = sorted(set(ids))
    out: dict[int, str] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        out.update(compute(_in_list(len(chunk)), chunk))
    return out


def journal_digests(ids: Iterable[int] | None = None, above: int | None = None) -> dict[int, str]:
    """{journal id: digest} for posted journals: all, those with id above ``above``, or ``ids``."""
    def compute(cond, params) -> dict[int, str]:
        db = database.obj
        jcond, lcond = cond("j.id"), cond("l.journal_id")
        heads = {row[0]: [_norm(v) for v in row[1:]]
                 for row in db.execute_sql(_JOURNAL_SQL + (f" AND {jcond}" if jcond else ""), params)}
        lines: dict[int, list] = {jid: [] for jid in heads}
        lwhere = f" WHERE {lcond}" if lcond else ""
        for row in db.execute_sql(_LINES_SQL + lwhere + " ORDER BY l.journal_id, l.line_no, l.id", params):
            if row[0] in lines:
                lines[row[0]].append([_norm(v) for v in row[1:]])
        return {jid: _digest([head, lines[jid]]) for jid, head in heads.items()}

    return _chosen(ids, above, compute)


def journal_digest(journal_id: int) -> str:
    return journal_digests([journal_id]).get(journal_id, "")


# -------------------------------------------------------------------------------------------------- receipts
_PAYMENT_SQL = ("SELECT id, receipt_no, loan_id, branch_id, kind, date, amount, method, cashier_id, journal_id "
                "FROM payment")
_ALLOC_SQL = "SELECT payment_id, installment_id, part, amount FROM payment_allocation"


def payment_digests(ids: Iterable[int] | None = None, above: int | None = None) -> dict[int, str]:
    """{payment id: digest} of each receipt with its allocations (status and reversal fields are left out:
    a reversal is its own audited action): all, those with id above ``above``, or ``ids``."""
    def compute(cond, params) -> dict[int, str]:
        db = database.obj
        pcond, acond = cond("id"), cond("payment_id")
        heads = {row[0]: [_norm(v) for v in row[1:]]
                 for row in db.execute_sql(_PAYMENT_SQL + (f" WHERE {pcond}" if pcond else ""), params)}
        allocs: dict[int, list] = {pid: [] for pid in heads}
        for row in db.execute_sql(_ALLOC_SQL + (f" WHERE {acond}" if acond else ""), params):
            if row[0] in allocs:
                allocs[row[0]].append([_norm(v) for v in row[1:]])
        return {pid: _digest([head, sorted(allocs[pid], key=lambda r: json.dumps(r, default=str))])
                for pid, head in heads.items()}

    return _chosen(ids, above, compute)


def payment_digest(payment_id: int) -> str:
    return payment_digests([payment_id]).get(payment_id, "")


# ------------------------------------------------------------------------------------------------ installments
_INST_SQL = ("SELECT loan_id, id, no, due_date, principal, interest, amount, principal_paid, interest_paid, "
             "late_fee_paid, late_fee_waived, interest_waived, paid_on FROM installment")


def loan_digests(ids: Iterable[int] | None = None, above: int | None = None) -> dict[int, str]:
    """{loan id: digest of all its installments}, schedule and paid amounts: every loan, those with id above
    ``above``, or ``ids``."""
    def compute(cond, params) -> dict[int, str]:
        icond = cond("loan_id")
        rows: dict[int, list] = {}
        for row in database.obj.execute_sql(_INST_SQL + (f" WHERE {icond}" if icond else "")
                                            + " ORDER BY loan_id, no, id", params):
            rows.setdefault(row[0], []).append([_norm(v) for v in row[1:]])
        return {lid: _digest(r) for lid, r in rows.items()}

    return _chosen(ids, above, compute)


def touch_loan(loan_id: int | None) -> None:
    """Note that this action changed the loan's installments: the next audit row seals the loan's state."""
    if loan_id is not None:
        _PENDING_LOANS.add(int(loan_id))


def pending_seals() -> dict[str, str] | None:
    """Called by :func:`models.core.audit.record`: the seals of loans touched since the last audit row."""
    if not _PENDING_LOANS:
        return None
    ids = sorted(_PENDING_LOANS)
    _PENDING_LOANS.clear()
    digests = loan_digests(ids)
    return {f"loan:{lid}": digests.get(lid, "") for lid in ids}


