"""The collectors' results over a period: accounts held, contacts, promises, what was paid on their accounts and
what they recovered on written-off loans.  It reads both the worklist's tables and the write-off register, so it
sits above both (keeping it in ``collections`` made collections ↔ write_off import each other).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import fn

from models.collections.collections import CollectionAssignment, CollectionContact
from models.core.money import ZERO, from_minor
from models.core.users import User


@dataclass(frozen=True)
class CollectorResult:
    collector_id: int
    collector: str
    accounts: int  # accounts assigned at the end of the period
    contacts: int
    promises: int
    collected: Decimal  # payments posted on their accounts in the period
    recovered: Decimal  # recoveries on written-off loans credited to them


def collector_results(date_from: dt.date, date_to: dt.date) -> list[CollectorResult]:
    """Per collector over a period: accounts held, contacts made, promises taken, what was paid on their
    accounts and what they recovered on written-off loans (aggregate queries only)."""
    from models.cashier.payments import Payment
    from models.collections.write_off import Recovery

    A = CollectionAssignment
    held = dict(A.select(A.collector, fn.COUNT(A.id)).where(A.ended_on.is_null()).group_by(A.collector).tuples())
    made = {}
    for user_id, result, n in (CollectionContact.select(CollectionContact.user, CollectionContact.result,
                                                        fn.COUNT(CollectionContact.id))
                               .where(CollectionContact.date.between(date_from, date_to))
                               .group_by(CollectionContact.user, CollectionContact.result).tuples()):
        total, promises = made.get(user_id, (0, 0))
        made[user_id] = (total + n, promises + (n if result == "promise" else 0))
    collected = {c: from_minor(s) for c, s in
                 Payment.select(A.collector, fn.SUM(Payment.amount))
                 .join(A, on=((A.loan == Payment.loan) & (A.started_on <= Payment.date)
                              & (A.ended_on.is_null() | (A.ended_on > Payment.date))))
                 .where((Payment.status == "posted") & Payment.date.between(date_from, date_to))
                 .group_by(A.collector).tuples()}
    recovered = {c: from_minor(s) for c, s in
                 Recovery.select(Recovery.collector, fn.SUM(Recovery.amount))
                 .where(Recovery.date.between(date_from, date_to) & Recovery.collector.is_null(False))
                 .group_by(Recovery.collector).tuples()}
    ids = set(held) | set(made) | set(collected) | set(recovered)
    users = {u.id: u for u in User.select().where(User.id.in_(list(ids)))} if ids else {}
    out = [CollectorResult(i, users[i].full_name, int(held.get(i, 0)), made.get(i, (0, 0))[0],
                           made.get(i, (0, 0))[1], collected.get(i, ZERO), recovered.get(i, ZERO))
           for i in ids if i in users]
    return sorted(out, key=lambda r: r.collector)
