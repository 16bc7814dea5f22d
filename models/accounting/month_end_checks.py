"""``main.py check`` invariants of month-end accounting (issue 14).

* Accrued interest receivable (1304), deferred fees (1305) and the allowance for losses (1302) in the ledger
  each equal the sum of their per-loan sub-ledger (:class:`models.loans.loan_income.LoanIncomeEntry`).  They are
  registered as sub-ledgers, so the ledger's "control accounts equal their sub-ledgers" check proves them.
* A closed year whose income and expense accounts do not net to zero (an adjustment posted after the closing
  journal without a supplementary closing) is flagged.
* The month-end snapshot holds at most one row per loan and month (the unique index) and its balances equal the
  sub-ledger at that month end.
"""
from __future__ import annotations

import datetime as dt

from models.core.checks import check
from models.core.money import ZERO, format_rupiah, from_minor
from models.ledger.subledgers import register_subledger


def _column_total(column: str, sign: int):
    def total():
        from models.core.db import database

        value = database.obj.execute_sql(f"SELECT COALESCE(SUM({column}), 0) FROM loan_income_entry").fetchone()[0]
        return from_minor(int(value or 0)) * sign
    return total


_TOTALS = {"accrued interest receivable": ("accrued_interest", "1304", _column_total("accrued", 1)),
           "deferred fees": ("deferred_fees", "1305", _column_total("deferred", -1)),
           "allowance for losses": ("loss_allowance", "1302", _column_total("allowance", -1))}


SUSPENSE = "interest suspense"
_SUSPENDED = _column_total("suspended", 1)


def register(roles: dict | None = None) -> None:
    """Register the three income sub-ledgers: at import with the shipped charts' codes, and again at check time
    with the open database's chart roles.  Each account is read on its normal (debit) side: 1304 is
    debit-normal; 1305 and 1302 hold credit balances against the receivable, so the ledger shows them negative
    and the sub-ledger totals are negated to match.  A registration someone else replaced (or removed, as tests
    do) is left alone."""
    from models.ledger.subledgers import registered_subledgers

    current = {s.name: s.total_fn for s in registered_subledgers()}
    for name, (role, default, total_fn) in _TOTALS.items():
        if roles is None or current.get(name) is total_fn:
            register_subledger(name, [(roles or {}).get(role, default)], total_fn)
    if roles is not None:
        # Interest suspended in an account (not off balance sheet) is a sub-ledger of that account.
        from models.ledger.subledgers import unregister_subledger
        from models.loans.loan_income import nonaccrual_mode

        if nonaccrual_mode() == "suspense":
            register_subledger(SUSPENSE, [roles.get("interest_suspense", "2109")], _SUSPENDED)
        elif current.get(SUSPENSE) is _SUSPENDED:
            unregister_subledger(SUSPENSE)


register()  # no database needed: the shipped codes


@check("month end: income sub-ledger entries are known movements")
def entries_known() -> list[str]:
    from models.core.db import database
    from models.ledger.chart import chart_roles
    from models.loans.loan_income import ENTRY_SOURCES

    register(chart_roles())  # before the ledger's "control accounts equal their sub-ledgers" check runs
    marks = ", ".join(f"'{s}'" for s in ENTRY_SOURCES)
    rows = database.obj.execute_sql(
        f"SELECT source, COUNT(*) FROM loan_income_entry WHERE source NOT IN ({marks}) GROUP BY source").fetchall()
    return [f"{n} income entries with unknown source {source!r}" for source, n in rows]


def closed_year_problems() -> list[str]:
    """Closed years (a standing closing journal) whose income and expense accounts do not net to zero."""
    from models.ledger.chart import Account
    from models.ledger.journals import Journal, account_totals

    problems = []
    closed = (Journal.select(Journal.reference).where((Journal.source == "closing")
                                                      & Journal.reference.startswith("TUTUP-")).tuples())
    years = sorted({int(ref.split("-")[1]) for (ref,) in closed if ref.split("-")[1].isdigit()})
    types = {aid: t for aid, t in Account.select(Account.id, Account.type).tuples()}
    from models.ledger.journals import year_closing_journal

    for year in years:
        if year_closing_journal(year) is None:
            continue
        totals = account_totals(dt.date(year, 1, 1), dt.date(year, 12, 31))
        net = sum(((c - d) for aid, (d, c) in totals.items() if types.get(aid) in ("income", "expense")), ZERO)
        left = [aid for aid, (d, c) in totals.items() if types.get(aid) in ("income", "expense") and d != c]
        if left:
            problems.append(f"year {year} is closed but {len(left)} income/expense account(s) still hold a balance "
                            f"(result {format_rupiah(net)} not moved to retained earnings): close the year again")
    return problems


@check("ledger: closed years leave no income or expense balance")
def closed_years_are_zero() -> list[str]:
    return closed_year_problems()


@check("month end: the latest snapshot agrees with the income sub-ledger")
def snapshots_agree() -> list[str]:
    from models.core.db import database

    rows = database.obj.execute_sql(
        "SELECT s.period_end, COUNT(*) FROM loan_snapshot s LEFT JOIN (SELECT e.loan_id, s2.period_end AS pe, "
        "SUM(e.accrued) AS accrued, SUM(e.allowance) AS allowance FROM loan_snapshot s2 JOIN loan_income_entry e "
        "ON e.loan_id = s2.loan_id AND e.date <= s2.period_end "
        "WHERE s2.period_end = (SELECT MAX(period_end) FROM loan_snapshot) GROUP BY e.loan_id, s2.period_end) x "
        "ON x.loan_id = s.loan_id AND x.pe = s.period_end "
        "WHERE s.period_end = (SELECT MAX(period_end) FROM loan_snapshot) "
        "AND (s.accrued_interest <> COALESCE(x.accrued, 0) OR s.allowance <> COALESCE(x.allowance, 0)) "
        "GROUP BY s.period_end LIMIT 20").fetchall()
    return [f"snapshot {pe}: {n} loan(s) disagree with the sub-ledger (rerun the month end)" for pe, n in rows]


@check("month end: each closed month's snapshot principal equals the loans-receivable account")
def snapshot_principal_matches_ledger() -> list[str]:
    """For every closed month with a snapshot, the principal outstanding of the loans on the book equals the
    balance of the loans-receivable control account (Piutang Pembiayaan) at that month end — the control line
    the monthly pack prints, which must read zero (PSAK 71 amortised cost starts from this principal)."""
    from models.accounting.closed_months import closed_months
    from models.core.db import database
    from models.core.money import format_rupiah, from_minor
    from models.ledger.chart import Account, chart_roles
    from models.ledger.journals import account_totals, signed_balance

    code = chart_roles().get("loans_receivable")
    account = Account.get_or_none(Account.code == str(code)) if code else None
    if account is None:
        return []
    problems = []
    closed = set(closed_months())
    # one grouped pass over the snapshots, not one query per month
    totals = {_date(day): total for day, total in database.obj.execute_sql(
        "SELECT period_end, COALESCE(SUM(principal_outstanding), 0) FROM loan_snapshot WHERE status = 'active' "
        "GROUP BY period_end").fetchall()}
    for period_end in sorted(closed):
        total = totals.get(period_end, 0)
        d, c = account_totals(date_to=period_end).get(account.id, (0, 0))
        ledger = signed_balance(account.type, d, c)
        if from_minor(total) != ledger:
            problems.append(f"snapshot {period_end}: loans' principal {format_rupiah(from_minor(total))} but "
                            f"account {account.code} holds {format_rupiah(ledger)} (reopen the month and rerun its "
                            "month end)")
    return problems


def _date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])

