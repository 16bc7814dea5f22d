"""Ledger checks for ``main.py check`` (the sub-ledger registry they use is :mod:`models.ledger.subledgers`).

Checks (each returns a list of problems; empty = passed):

* every posted journal balances to the sen and has at least two lines;
* no journal was left unposted (only a crash between statements could leave one);
* the trial balance balances (all debits = all credits);
* the balance sheet balances (assets = liabilities + equity + the result not yet closed);
* no manual journal touches a control account;
* every control account equals its sub-ledger.

The last one is a registry, because the sub-ledgers are written after the ledger: the loans module calls
``register_subledger("loans", ["1301"], outstanding_principal_total)`` at import time, the savings module does
the same for the savings accounts, and the check compares each sub-ledger's total with the balance of its
control accounts.  A control account with no sub-ledger registered is simply not reconciled (nothing to compare
with yet).  The registering module must be imported when checks run: register from the package's ``checks`` module
(the runner imports every one) or from a module it imports.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from models.core.checks import check
from models.core.money import ZERO, format_rupiah, from_minor
from models.core.texts import _
from models.ledger.subledgers import registered_subledgers


@dataclass(frozen=True)
class Reconciliation:
    name: str
    codes: tuple[str, ...]
    ledger_total: Decimal
    subledger_total: Decimal

    @property
    def difference(self) -> Decimal:
        return self.ledger_total - self.subledger_total

    @property
    def ok(self) -> bool:
        return self.difference == ZERO


def reconcile() -> list[Reconciliation]:
    """Compare every registered sub-ledger with its control accounts."""
    from models.ledger.journals import balance_of_codes

    return [Reconciliation(s.name, s.control_account_codes, balance_of_codes(s.control_account_codes),
                           s.total_fn()) for s in registered_subledgers()]


@check("ledger: every journal balances")
def journals_balance() -> list[str]:
    # Lines grouped by journal along their index first, then only the failing groups joined to their journal
    # (half the cost of joining 5 million lines to their journals before grouping).
    from models.core.db import database

    query = database.obj.execute_sql(
        "SELECT j.number, s.d, s.c, s.n FROM (SELECT journal_id, SUM(debit) AS d, SUM(credit) AS c, COUNT(*) AS n "
        "FROM journal_line GROUP BY journal_id HAVING SUM(debit) <> SUM(credit) OR COUNT(*) < 2) s "
        "JOIN journal j ON j.id = s.journal_id WHERE j.posted_at IS NOT NULL ORDER BY j.id LIMIT 50").fetchall()
    problems = []
    for number, debit, credit, count in query:
        if count < 2:
            problems.append(f"journal {number} has {count} line(s)")
        else:
            problems.append(f"journal {number} does not balance: debit {format_rupiah(from_minor(debit))}, "
                            f"credit {format_rupiah(from_minor(credit))}")
    return problems


@check("ledger: no unposted journals")
def no_unposted() -> list[str]:
    from models.ledger.journals import unposted_journals

    return [f"journal {n} was never posted" for n in unposted_journals()[:50]]


@check("ledger: trial balance balances")
def trial_balance_balances() -> list[str]:
    # Over the journal lines themselves (one SQL sum), not the monthly balances: this is the check that catches a
    # line altered outside the application; "monthly account balances equal the journal lines" ties the two.
    # Every line summed without a join (one pass along the table), less the lines of the few unposted journals:
    # joining 5,6 million lines to their journals to keep the posted ones cost twice as much (issue 18).
    from models.core.db import database
    from models.core.money import from_minor

    debit, credit = database.obj.execute_sql(
        "SELECT COALESCE(SUM(debit), 0), COALESCE(SUM(credit), 0) FROM journal_line").fetchone()
    draft_debit, draft_credit = database.obj.execute_sql(
        "SELECT COALESCE(SUM(l.debit), 0), COALESCE(SUM(l.credit), 0) FROM journal j "
        "JOIN journal_line l ON l.journal_id = j.id WHERE j.posted_at IS NULL").fetchone()
    debit, credit = from_minor(debit - draft_debit), from_minor(credit - draft_credit)
    if debit != credit:
        return [_("total debit {debit} ≠ total kredit {credit}", debit=format_rupiah(debit),
                  credit=format_rupiah(credit))]
    return []


@check("ledger: balance sheet balances")
def balance_sheet_balances() -> list[str]:
    from models.ledger.chart import Account
    from models.ledger.journals import account_totals

    types = {aid: t for aid, t in Account.select(Account.id, Account.type).tuples()}
    sums = {"asset": ZERO, "liability": ZERO, "equity": ZERO, "income": ZERO, "expense": ZERO}
    for aid, (debit, credit) in account_totals().items():
        account_type = types.get(aid)
        if account_type is None:
            return [f"journal lines point to a missing account id {aid}"]
        sums[account_type] += debit - credit
    assets = sums["asset"]
    claims = -(sums["liability"] + sums["equity"] + sums["income"] + sums["expense"])
    if assets != claims:
        return [f"assets {format_rupiah(assets)} ≠ liabilities + equity + result {format_rupiah(claims)}"]
    return []


@check("ledger: control accounts untouched by manual journals")
def manual_control() -> list[str]:
    from models.ledger.chart import Account
    from models.ledger.journals import Journal, JournalLine

    query = (JournalLine.select(Journal.number, Account.code).join(Journal).switch(JournalLine).join(Account)
             .where((Journal.source == "manual") & (Account.is_control == True))  # noqa: E712
             .tuples().limit(50))
    return [f"manual journal {number} moves control account {code}" for number, code in query]


@check("ledger: control accounts equal their sub-ledgers")
def control_accounts_reconcile() -> list[str]:
    # Shown in the month-end preview as well as by ``check``: a translatable message (issue 20).
    return [_("{name}: akun {codes} berisi {ledger} tetapi buku pembantunya berjumlah {subledger} (selisih {diff})",
              name=r.name, codes=", ".join(r.codes), ledger=format_rupiah(r.ledger_total),
              subledger=format_rupiah(r.subledger_total), diff=format_rupiah(r.difference))
            for r in reconcile() if not r.ok]
