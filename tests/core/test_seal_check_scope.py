"""``check`` recomputes the seals of exactly the rows it can compare (issue 18: check at 100.000 loans).

An office that loaded its history in bulk (the old system's loans, or the large-office generator) marks it
unsealed (:func:`mark_unsealed`); a row of that history no later action touched has no seal to compare with, so
``check`` no longer hashes it, while every row written since, and every old row a later action sealed, is still
compared -- tampering with either is found.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from models.cashier.payments import post_payment
from models.core import integrity
from models.core.db import database, run_in_transaction
from models.core.integrity_checks import (
    installments_sealed,
    journals_sealed,
    mark_unsealed,
    receipts_sealed,
)
from tests.payments_helpers import disburse


def _drop_triggers() -> None:
    for (name,) in database.obj.execute_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        database.obj.execute_sql(f'DROP TRIGGER "{name}"')


def _recording(monkeypatch) -> dict[str, set]:
    seen: dict[str, set] = {"journal": set(), "payment": set(), "loan": set()}
    for kind, name in (("journal", "journal_digests"), ("payment", "payment_digests"), ("loan", "loan_digests")):
        original = getattr(integrity, name)

        def wrapped(ids=None, above=None, _original=original, _kind=kind):
            out = _original(ids=ids, above=above)
            seen[_kind] |= set(out)
            return out

        monkeypatch.setattr(integrity, name, wrapped)
    return seen


def _copy_in_bulk(loan, contract_no: str) -> int:
    """A loan and its installments written below the posting functions (as a bulk load does): no seal."""
    db = database.obj
    columns = [r[1] for r in db.execute_sql("PRAGMA table_info(loan)").fetchall() if r[1] not in ("id",
                                                                                                  "contract_no")]
    db.execute_sql(f"INSERT INTO loan (contract_no, {', '.join(columns)}) SELECT ?, {', '.join(columns)} FROM loan "
                   "WHERE id = ?", (contract_no, loan.id))
    new_id = db.execute_sql("SELECT MAX(id) FROM loan").fetchone()[0]
    columns = [r[1] for r in db.execute_sql("PRAGMA table_info(installment)").fetchall() if r[1] not in ("id",
                                                                                                        "loan_id")]
    db.execute_sql(f"INSERT INTO installment (loan_id, {', '.join(columns)}) SELECT ?, {', '.join(columns)} "
                   "FROM installment WHERE loan_id = ?", (new_id, loan.id))
    return new_id


def _an_office_with_bulk_history(staff):
    """Loans and receipts from before the seals (three through the application, one loaded in bulk), then
    marked unsealed; then the office works: a receipt on an old loan (which seals it again) and a new loan."""
    old = [disburse(f"BDG/2025/{n:05d}", principal="9000000", tenor=12, start=dt.date(2025, 12, 20))
           for n in (1, 2, 3)]
    post_payment(staff.kasir, old[0], Decimal("850000"), dt.date(2026, 1, 20), idempotency_key="old-1")
    post_payment(staff.kasir, old[1], Decimal("850000"), dt.date(2026, 1, 21), idempotency_key="old-2")
    run_in_transaction(lambda: _copy_in_bulk(old[0], "BDG/2025/09999"))
    legacy = run_in_transaction(lambda: mark_unsealed("riwayat dari sistem lama"))
    post_payment(staff.kasir, old[2], Decimal("850000"), dt.date(2026, 2, 20), idempotency_key="new-1")
    new = disburse("BDG/2026/00009", principal="12000000", tenor=18, start=dt.date(2026, 2, 25))
    return old, new, legacy


def test_only_rows_with_something_to_compare_are_hashed(ready_db, staff, monkeypatch):
    old, new, legacy = _an_office_with_bulk_history(staff)
    seen = _recording(monkeypatch)
    assert journals_sealed() == [] and receipts_sealed() == [] and installments_sealed() == []
    # Loans: every one a seal names, and the new one; not the one loaded in bulk, which nothing can be compared
    # with.
    bulk = database.obj.execute_sql("SELECT id FROM loan WHERE contract_no = 'BDG/2025/09999'").fetchone()[0]
    assert seen["loan"] == {old[0].id, old[1].id, old[2].id, new.id} and bulk <= legacy["loan"]
    def ids(sql, *args):
        return {int(i) for (i,) in database.obj.execute_sql(sql, args).fetchall()}

    sealed = ids("SELECT entity_id FROM audit_log WHERE action = 'journal.post' AND entity = 'journal'")
    since = ids("SELECT id FROM journal WHERE posted_at IS NOT NULL AND id > ?", legacy["journal"])
    assert seen["journal"] == sealed | since and since
    sealed = ids("SELECT entity_id FROM audit_log WHERE entity = 'payment' AND action IN ('payment.installment', "
                 "'payment.payoff')")
    since = ids("SELECT id FROM payment WHERE id > ?", legacy["payment"])
    assert seen["payment"] == sealed | since and len(since) == 1


def test_tampering_after_the_load_is_still_found(ready_db, staff):
    old, _new, legacy = _an_office_with_bulk_history(staff)
    _drop_triggers()
    # The installments of an old loan a later receipt sealed, and a line of a journal posted since the load.
    database.obj.execute_sql("UPDATE installment SET principal_paid = principal_paid + 100 WHERE loan_id = ? "
                             "AND no = 2", (old[2].id,))
    journal = database.obj.execute_sql("SELECT MAX(id) FROM journal").fetchone()[0]
    assert journal > legacy["journal"]
    database.obj.execute_sql("UPDATE journal_line SET memo = 'diubah' WHERE journal_id = ?", (journal,))
    receipt = database.obj.execute_sql("SELECT MAX(id), receipt_no FROM payment").fetchone()
    database.obj.execute_sql("UPDATE payment SET amount = amount + 1000 WHERE id = ?", (receipt[0],))
    problems = installments_sealed()
    assert len(problems) == 1 and old[2].contract_no in problems[0] and "changed outside" in problems[0]
    problems = journals_sealed()
    assert len(problems) == 1 and "differs from what audit row" in problems[0]
    problems = receipts_sealed()
    assert len(problems) == 1 and receipt[1] in problems[0]
    # A row written behind the application's back after the load has no seal at all: found as well.
    columns = [r[1] for r in database.obj.execute_sql("PRAGMA table_info(payment)").fetchall()
               if r[1] not in ("id", "receipt_no", "idempotency_key")]
    database.obj.execute_sql(f"INSERT INTO payment (receipt_no, {', '.join(columns)}) SELECT 'BDG/KW/FAKE', "
                             f"{', '.join(columns)} FROM payment WHERE id = ?", (receipt[0],))
    assert any("BDG/KW/FAKE" in p and "has no audit row" in p for p in receipts_sealed())
