"""What a receipt said when it was posted, stored with the payment so that a reprint (SALINAN) shows exactly that.

A receipt is a legal acknowledgement of money received: its copy must match the original, whatever happened
since — the customer renamed, the advance refunded, the payment reversed (issue 13, item 10).  So the posting
function writes the facts once, as canonical JSON, into ``Payment.receipt_facts`` and into the payment's audit
row (append-only, hash-chained).  ``facts_problems`` (``main.py check``, in :mod:`models.cashier.figures_checks`) compares the two: a stored receipt
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
             advance_after: Decimal, installment_ids=()) -> dict:
    """The receipt's facts at posting time (plain JSON-able values; amounts as strings of rupiah).

    ``installment_ids`` are the installments the payment's allocation touched (the posting passes its rows, so
    this module needs nothing of the payments module: it sits below it)."""
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
        "installments": sorted({nos.get(i) for i in installment_ids if i is not None} - {None}),
    }


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


