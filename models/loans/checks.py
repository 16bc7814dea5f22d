"""Checks on the loan book (registered with ``main.py check``) and its reconciliation with the ledger.

The loan book is a sub-ledger: the sum of outstanding principal must equal the loans-receivable account, and
the advances held for customers (overpayments) must equal the Titipan Angsuran account.  Both are registered
with :func:`models.ledger.subledgers.register_subledger`, which compares them in ``check``.
"""
from __future__ import annotations

from peewee import fn

from models.core.checks import check
from models.loans.loans import Loan, summary_problems
from models.core.money import from_minor


def outstanding_principal_total():
    return from_minor(Loan.select(fn.SUM(Loan.outstanding_principal))
                      .where(Loan.status.in_(["active"])).scalar())


def advances_total():
    return from_minor(Loan.select(fn.SUM(Loan.advance_balance)).scalar())


def _register() -> None:
    # Imported here, not at the top: this module's checks must be registered (and so run) before the ledger's
    # reconciliation check, which compares the sub-ledgers registered by then.
    from models.ledger.chart import chart_roles
    from models.ledger.subledgers import register_subledger, registered_subledgers

    roles = chart_roles()
    current = {s.name: s.total_fn for s in registered_subledgers()}
    for name, code, total_fn in (("loans", roles.get("loans_receivable", "1301"), outstanding_principal_total),
                                 ("overpayments", roles.get("overpayments", "2101"), advances_total)):
        # (Re-)register ours with the open database's chart; never replace a sub-ledger someone else
        # registered under the same name (tests substitute their own).
        if current.get(name, total_fn) is total_fn:
            register_subledger(name, [code], total_fn)


@check("loan summaries agree with their installments")
def loan_summaries() -> list[str]:
    _register()  # the chart is known only once a database is open
    return summary_problems()


@check("no loan has negative outstanding principal")
def no_negative_principal() -> list[str]:
    rows = Loan.select(Loan.contract_no).where(Loan.outstanding_principal < 0).limit(20)
    return [f"loan {r.contract_no} has negative outstanding principal" for r in rows]
