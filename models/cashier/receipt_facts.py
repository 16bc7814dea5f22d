"""What a receipt said when it was posted, stored with the payment so that a reprint (SALINAN) shows exactly that.

A receipt is a legal acknowledgement of money received: its copy must match the original, whatever happened
since — the customer renamed, the advance refunded, the payment reversed (issue 13, item 10).  So the posting
function writes the facts once, as canonical JSON, into ``Payment.receipt_facts`` and into the payment's audit
row (append-only, hash-chained).  :func:`facts_problems` (``main.py check``) compares the two: a stored receipt
whose facts were changed afterwards is found.
"""
from __future__ import annotations

import json
from decimal import Decimal

from models.core.money import ZERO, D

FACTS_VERSION = 1


def _money(value) -> str:
    return f"{D(value).quantize(D('0.01')):f}"


def facts_of(loan, payment, totals: dict, penalty: Decimal, advance_change: Decimal, waived: Decimal, journal,
             advance_after: Decimal) -> dict:
    """The receipt's facts at posting time (plain JSON-able values; amounts as strings of rupiah)."""
    from models.core.users import User
    from models.customers.customers import Customer
    from models.loans.loans import Installment

    customer = Customer.select(Customer.full_name).where(Customer.id == loan.customer_id).scalar() or ""
    cashier = User.select(User.full_name).where(User.id == payment.cashier_id).scalar() or ""
    nos = dict(Installment.select(Installment.id, Installment.no).where(Installment.loan == loan.id).tuples())
    return {
        "v": FACTS_VERSION, "receipt_no": payment.receipt_no, "kind": payment.kind,
        "value_date": payment.date.isoformat(),
        "booked_on": (payment.booked_on or payment.date).isoformat(),
        "journal_date": journal.date.isoformat() if journal is not None else None,
        "customer": customer, "contract_no": loan.contract_no, "cashier": cashier,
        "amount": _money(payment.amount), "method": payment.method, "reference": payment.reference or "",
        "fee": _money(totals.get("fee", ZERO)), "interest": _money(totals.get("interest", ZERO)),
        "principal": _money(totals.get("principal", ZERO)), "penalty": _money(penalty),
        "advance_change": _money(advance_change), "advance_after": _money(advance_after),
        "waived_fee": _money(waived), "outstanding_after": _money(payment.outstanding_after),
        "installments": sorted({nos.get(a.installment_id) for a in payment_parts(payment.id)
                                if a.installment_id is not None} - {None}),
    }


def payment_parts(payment_id: int):
    from models.cashier.payments import PaymentAllocation

    return list(PaymentAllocation.select().where(PaymentAllocation.payment == payment_id))


def facts_json(facts: dict) -> str:
    """Canonical JSON (sorted keys, no spaces): the same facts always give the same text."""
    return json.dumps(facts, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def stored_facts(payment) -> dict | None:
    """The facts stored with ``payment`` (``None`` for a payment posted before they were kept)."""
    raw = getattr(payment, "receipt_facts", "") or ""
    try:
        return json.loads(raw) if raw else None
    except ValueError:
        return None


def facts_problems(limit: int = 20) -> list[str]:
    """Payments whose stored receipt facts differ from those written in their audit row at posting time."""
    from models.cashier.payments import Payment
    from models.core.audit import AuditLog

    audited: dict[str, str] = {}
    for entity_id, after in (AuditLog.select(AuditLog.entity_id, AuditLog.after)
                             .where((AuditLog.entity == "payment") & AuditLog.action.startswith("payment.")
                                    & (AuditLog.action != "payment.reverse")).tuples()):
        try:
            facts = (json.loads(after) or {}).get("facts") if after else None
        except ValueError:
            facts = None
        if facts:
            audited[str(entity_id)] = facts
    problems = []
    for pid, number, stored in Payment.select(Payment.id, Payment.receipt_no, Payment.receipt_facts).tuples():
        expected = audited.get(str(pid))
        if expected is None and not stored:
            continue  # posted before receipts kept their facts
        if expected != stored:
            problems.append(f"receipt {number}: stored receipt facts were changed after posting")
            if len(problems) >= limit:
                break
    return problems
