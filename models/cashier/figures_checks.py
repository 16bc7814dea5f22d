"""Checks for the figures of issue 13 (registered with ``main.py check``).

* no installment of Rp 0 or less (a schedule never prints one);
* no whole-rupiah loan still owes a sen residue (it could never be paid in cash);
* every line of the cash report traces to a receipt or a voucher: each journal line on a cash account comes from
  a posted receipt whose journal it is, a refund voucher, or a journal with its own voucher number; and no
  posting that moves no money (an advance applied, a rounding adjustment) touches a cash account;
* stored receipt facts are never changed after posting (compared with the hash-chained audit row).
"""
from __future__ import annotations

import json

from peewee import JOIN, SQL

from models.core.checks import check
from models.core.money import from_minor
from models.loans.loans import Installment, Loan


@check("no installment of Rp 0 or less")
def no_empty_installment() -> list[str]:
    rows = (Installment.select(Loan.contract_no, Installment.no).join(Loan)
            .where(Installment.amount <= SQL("0")).limit(20).tuples())
    return [f"loan {contract} installment {no} is Rp 0 or less" for contract, no in rows]


@check("no whole-rupiah loan owes a sen residue")
def no_sen_residue() -> list[str]:
    from models.cashier.figures import sen_residue_installments

    found = sen_residue_installments(limit=20)
    if not found:
        return []
    names = dict(Loan.select(Loan.id, Loan.contract_no).where(Loan.id.in_([l for l, _ in found])).tuples())
    return [f"loan {names.get(loan_id, loan_id)} owes sen that cannot be paid in cash (run the rounding "
            f"adjustment: main.py figures settle-residues)" for loan_id, _ in found]


@check("every cash-report line traces to a receipt or a voucher")
def cash_lines_trace() -> list[str]:
    from models.cashier.payments import Payment
    from models.ledger.chart import Account, chart_roles
    from models.ledger.journals import Journal, JournalLine

    roles = chart_roles()
    codes = [str(c) for c in (roles.get("cash_accounts") or [roles.get("cash", "1101")])]
    cash_ids = [a for (a,) in Account.select(Account.id).where(Account.code.in_(codes)).tuples()]
    problems = []
    # A cashier's journal on a cash account that names a receipt must be that receipt's own journal, and a
    # posting that moves no money (an advance applied, a rounding adjustment) never touches a cash account.
    # One join in SQL over every such line (it was a Python dict of every receipt, 1,8 million at 100.000 loans,
    # matched against the first 5.000 lines only); a reference that is no receipt (an opening or test posting)
    # finds no partner and is not the cashier's sub-ledger.
    named = (JournalLine.select(Journal.number, Journal.reference, Journal.id, Payment.journal, Payment.kind)
             .join(Journal)
             .join(Payment, on=(Payment.receipt_no == Journal.reference))
             .where(JournalLine.account.in_(cash_ids) & Journal.source.in_(["payment", "payoff"])
                    & Journal.posted_at.is_null(False)
                    & ((Payment.journal != Journal.id) | Payment.journal.is_null()
                       | Payment.kind.in_(["advance", "rounding"])))
             .limit(20))
    for number, reference, journal_id, owner_journal, kind in named.tuples():
        if owner_journal != journal_id:
            problems.append(f"journal {number} moves cash for receipt {reference}, which does not carry it")
        elif kind in ("advance", "rounding"):
            problems.append(f"journal {number} ({reference}) moves no money but touches a cash account")
    # Each receipt's journal moves exactly the money received through the cash or bank account (an advance used
    # by it never passes through Kas), so the report's receipts equal the day's cash-account debits.
    from peewee import fn

    moved = (JournalLine.select(JournalLine.journal, fn.SUM(JournalLine.debit - JournalLine.credit).alias("net"))
             .where(JournalLine.account.in_(cash_ids)).group_by(JournalLine.journal).alias("m"))
    rows = (Payment.select(Payment.receipt_no, Payment.amount, moved.c.net)
            .join(moved, JOIN.LEFT_OUTER, on=(Payment.journal == moved.c.journal_id))
            .where(Payment.kind.in_(["installment", "payoff"]) & Payment.journal.is_null(False)
                   & (Payment.amount != fn.COALESCE(moved.c.net, 0)))
            .limit(20).tuples())
    for number, amount, net in rows:
        problems.append(f"receipt {number}: cash moved {from_minor(net)} differs from the amount {amount}")
    for number, in (JournalLine.select(Journal.number).join(Journal)
                    .where(JournalLine.account.in_(cash_ids) & (Journal.source == "refund")
                           & ((Journal.reference.is_null()) | (Journal.reference == ""))).tuples()):
        problems.append(f"journal {number} pays cash out without a voucher number")
    return problems[:20]


@check("stored receipt facts are never changed")
def receipt_facts_unchanged() -> list[str]:
    return facts_problems()


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

    def compare(rows) -> bool:
        for pid, number, stored in rows:
            expected = audited.get(str(pid))
            if expected is None and not stored:
                continue  # posted before receipts kept their facts
            if expected != stored:
                problems.append(f"receipt {number}: stored receipt facts were changed after posting")
                if len(problems) >= limit:
                    return False
        return True

    # Only receipts holding facts, or named by an audit row that holds them, can differ: SQL picks them (a
    # receipt posted before receipts kept their facts is neither), not a Python pass over every receipt.
    fields = (Payment.id, Payment.receipt_no, Payment.receipt_facts)
    held = Payment.select(*fields).where(Payment.receipt_facts.is_null(False) & (Payment.receipt_facts != ""))
    seen: set[int] = set()

    def noted(rows):
        for row in rows:
            seen.add(row[0])
            yield row

    if not compare(noted(held.tuples())):
        return problems
    others = sorted(int(k) for k in audited if k.isdigit() and int(k) not in seen)
    for start in range(0, len(others), 500):
        if not compare(Payment.select(*fields).where(Payment.id.in_(others[start:start + 500])).tuples()):
            break
    return problems
