"""Premature arrears ("angsuran prematur"): how accounts behave in their first 12 months on book.

The leasing CMO answers for their accounts' first year, and the branch judges them and their dealers on it
(DOMAIN.md, "the CMO").  Three figures, per officer and per dealer, all rebuilt from the schedule (due dates
and the day each installment was fully paid), so they can be taken as of any date:

* **First-payment default (FPD)**: of the loans whose first installment fell due at least
  ``collections.fpd_days`` (default 30) days before the date, the share whose first installment was not paid
  within those days.
* **Share in arrears at month on book m (1–12)**: of the loans at least m months on book, the share with any
  installment overdue on the day they turned m months (observation day = disbursement + m months).
* **Vintage**: disbursement month × month on book → % of the month's loans 30+ days past due on that day.

A loan is *d+ days past due at day t* when some installment fell due on or before t − d and was not yet paid
at t (unpaid, or paid after t).  Only installments that were ever late are read (paid after their due date or
still unpaid), so the work is one narrow query plus one pass in Python whatever the size of the book, and the
loans themselves are counted with a grouped query.  Month arithmetic follows
:func:`models.products.loanmath.add_months` (31 January + 1 month = 28 February).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from models.core.money import D
from models.core.office import get_setting
from models.loans.loans import Loan, days_past_due
from models.products.loanmath import add_months

MONTHS = 12
GROUPS = ("officer", "dealer")


def _d(value):
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def pct(part: int, whole: int) -> Decimal | None:
    return (D(part) * 100 / whole).quantize(D("0.1")) if whole else None


@dataclass
class GroupFigures:
    key: int | None  # officer or dealer id (None: no dealer)
    name: str
    loans: int = 0  # loans disbursed within the window
    fpd_base: int = 0
    fpd: int = 0
    at_mob: list = field(default_factory=lambda: [0] * (MONTHS + 1))  # loans that reached month m
    late_at_mob: list = field(default_factory=lambda: [0] * (MONTHS + 1))  # of which in arrears on that day
    late30_at_mob: list = field(default_factory=lambda: [0] * (MONTHS + 1))

    @property
    def fpd_rate(self) -> Decimal | None:
        return pct(self.fpd, self.fpd_base)

    def arrears_rate(self, m: int) -> Decimal | None:
        return pct(self.late_at_mob[m], self.at_mob[m])

    def rate30(self, m: int) -> Decimal | None:
        return pct(self.late30_at_mob[m], self.at_mob[m])


@dataclass(frozen=True)
class Vintage:
    month: dt.date  # first day of the disbursement month
    loans: int
    cells: tuple  # (m, base, late30, pct) for m = 1..12; pct None where no loan reached m yet


def _window(as_of: dt.date, months_back: int) -> dt.date:
    return add_months(as_of.replace(day=1), -months_back)


def _ordinal_sql(column: str) -> str:
    """A date column as its proleptic ordinal (``date.toordinal()``) in SQL: integer arithmetic in Python."""
    from models.core.db import is_sqlite

    if is_sqlite():
        return f"CAST(julianday({column}) - 1721424.5 AS INTEGER)"
    return f"(({column}) - DATE '0001-01-01' + 1)"


def _statements(key_col: str, where: str) -> tuple[str, str]:
    """The two reads of :func:`compute`: loans counted by cohort, and the installments ever late in year one
    (shared with the benchmark's raw baseline)."""
    from models.core.db import database

    p = database.obj.param
    disbursed_sql, first_due_sql = _ordinal_sql("l.disbursed_on"), _ordinal_sql("l.first_due")
    cohort_sql = (f"SELECT {key_col}, {disbursed_sql}, {first_due_sql}, COUNT(*) FROM loan l WHERE {where} "
                  f"GROUP BY {key_col}, l.disbursed_on, l.first_due")
    # Installments after the 12th of a monthly loan cannot be overdue within its first 12 months.
    late_sql = (f"SELECT i.loan_id, {key_col}, {disbursed_sql}, {first_due_sql}, {_ordinal_sql('i.due_date')}, "
                f"{_ordinal_sql('i.paid_on')} FROM installment i JOIN loan l ON l.id = i.loan_id "
                f"WHERE {where} AND i.due_date < {p} AND (i.paid_on IS NULL OR i.paid_on > i.due_date) "
                f"AND (i.no <= {MONTHS} OR l.frequency <> 'monthly')")
    return cohort_sql, late_sql


def compute(as_of: dt.date, *, group: str = "officer", months_back: int = 24, officer_id: int | None = None,
            dealer_id: int | None = None, with_flags: bool = False) -> tuple[list[GroupFigures], list[Vintage], dict]:
    """Premature-arrears figures per group and the vintage table, for loans disbursed in the last
    ``months_back`` months (default 24) up to ``as_of``.

    Args:
        group: ``officer`` or ``dealer``.
        officer_id, dealer_id: only that officer's / dealer's loans (drill-down).
        with_flags: also return the per-loan flags (the drill-down needs them; the tables do not).
    Returns:
        (groups sorted by FPD worst first, vintages oldest first, per-loan flags
        ``{loan_id: {"fpd": bool, "late": set of m, "late30": set of m}}`` — every loan of the window when
        ``with_flags``, else empty).

    The loans are counted by (group, disbursement day, first due day) in SQL; only installments that were ever
    late and fell due within the first year are read.  Each marks the months on book during which it was
    overdue as one bit range (two bisections over the 12 observation days), with dates as day numbers, so the
    pass is linear in the late installments, not in loans × months.
    """
    from bisect import bisect_left, bisect_right

    from models.core.db import database
    from models.core.users import User
    from models.customers.dealers import Dealer

    if group not in GROUPS:
        raise ValueError(group)
    fpd_days = int(get_setting("collections.fpd_days", 30))
    start = _window(as_of, months_back)
    p = database.obj.param
    where = f"l.disbursed_on >= {p} AND l.disbursed_on <= {p}"
    params: list = [start.isoformat(), as_of.isoformat()]
    if officer_id is not None:
        where += f" AND l.officer_id = {p}"
        params.append(officer_id)
    if dealer_id is not None:
        where += f" AND l.dealer_id = {p}"
        params.append(dealer_id)
    key_col = "l.officer_id" if group == "officer" else "l.dealer_id"
    today = as_of.toordinal()
    obs_cache: dict[int, tuple[list, int]] = {}

    def observations(disbursed: int) -> tuple[list, int]:
        """Observation day numbers (index m = disbursement + m months) and how many fell by ``as_of``."""
        got = obs_cache.get(disbursed)
        if got is None:
            day = dt.date.fromordinal(disbursed)
            obs = [disbursed] + [add_months(day, m, day.day).toordinal() for m in range(1, MONTHS + 1)]
            got = obs_cache[disbursed] = (obs, bisect_right(obs, today) - 1)
        return got

    db = database.obj
    cohort_sql, late_sql = _statements(key_col, where)
    cohorts = list(db.execute_sql(cohort_sql, params))
    masks: dict[int, list] = {}  # loan id -> [key, disbursed, fpd, mask of months late, mask of 30+ late]
    fpd_limit = fpd_days
    for loan_id, key, disbursed, first_due, due, paid in db.execute_sql(late_sql, params + [as_of.isoformat()]):
        obs, seen = observations(disbursed)
        m = masks.get(loan_id)
        if m is None:
            m = masks[loan_id] = [key, disbursed, False, 0, 0]
        if due == first_due and (paid is None or paid - due > fpd_limit) and due + fpd_limit < today:
            m[2] = True
        # overdue at t when due < t < paid (paid that day: not overdue); months 1..seen are observed
        hi = seen if paid is None else min(seen, bisect_left(obs, paid) - 1)
        lo = bisect_right(obs, due)
        if lo < 1:
            lo = 1
        if lo <= hi:
            m[3] |= ((1 << (hi + 1)) - 1) ^ ((1 << lo) - 1)
            lo30 = bisect_left(obs, due + 30)
            if lo30 < 1:
                lo30 = 1
            if lo30 <= hi:
                m[4] |= ((1 << (hi + 1)) - 1) ^ ((1 << lo30) - 1)
    ids = {c[0] for c in cohorts if c[0] is not None}
    if group == "officer":
        names = dict(User.select(User.id, User.full_name).where(User.id.in_(list(ids))).tuples()) if ids else {}
    else:
        names = dict(Dealer.select(Dealer.id, Dealer.name).where(Dealer.id.in_(list(ids))).tuples()) if ids else {}
    groups: dict = {}
    vintages: dict[dt.date, list] = {}

    def figures(key) -> GroupFigures:
        g = groups.get(key)
        if g is None:
            g = groups[key] = GroupFigures(key, names.get(key, "(tanpa dealer)" if key is None else str(key)))
        return g

    def vintage(disbursed: int) -> list:
        month = dt.date.fromordinal(disbursed).replace(day=1)
        v = vintages.get(month)
        if v is None:
            v = vintages[month] = [0, [0] * (MONTHS + 1), [0] * (MONTHS + 1)]
        return v

    for key, disbursed, first_due, count in cohorts:
        g, v = figures(key), vintage(disbursed)
        g.loans += count
        v[0] += count
        _obs, seen = observations(disbursed)
        if seen > 0:
            g.at_mob[seen] += count  # a histogram of months observed; turned into "reached m" below
            v[1][seen] += count
        if first_due + fpd_limit < today:
            g.fpd_base += count
    bits = [(n, 1 << n) for n in range(1, MONTHS + 1)]
    for key, disbursed, fpd, late, late30 in masks.values():
        g = figures(key)
        if fpd:
            g.fpd += 1
        if late:
            v = vintage(disbursed)
            for n, bit in bits:
                if late & bit:
                    g.late_at_mob[n] += 1
                if late30 & bit:
                    g.late30_at_mob[n] += 1
                    v[2][n] += 1
    for counts in [g.at_mob for g in groups.values()] + [v[1] for v in vintages.values()]:
        for n in range(MONTHS - 1, 0, -1):  # reached m = observed m or more months
            counts[n] += counts[n + 1]
    out_groups = sorted(groups.values(), key=lambda g: (-(g.fpd_rate or 0), g.name))
    out_vintages = [Vintage(month, v[0], tuple((n, v[1][n], v[2][n], pct(v[2][n], v[1][n]))
                                               for n in range(1, MONTHS + 1)))
                    for month, v in sorted(vintages.items())]
    flags: dict = {}
    if with_flags:
        for (loan_id,) in db.execute_sql(f"SELECT l.id FROM loan l WHERE {where}", params):
            m = masks.get(loan_id)
            flags[loan_id] = ({"fpd": m[2], "late": {n for n, bit in bits if m[3] & bit},
                               "late30": {n for n, bit in bits if m[4] & bit}} if m else
                              {"fpd": False, "late": set(), "late30": set()})
    return out_groups, out_vintages, flags


@dataclass(frozen=True)
class DrillRow:
    loan_id: int
    contract_no: str
    customer: str
    disbursed_on: dt.date
    months_on_book: int
    dpd: int
    fpd: bool
    months_in_arrears: int  # of the months on book observed (1–12)


def drill_down(as_of: dt.date, *, officer_id: int | None = None, dealer_id: int | None = None,
               months_back: int = 24) -> list[DrillRow]:
    """The accounts behind a group's figures: loans in their first 12 months on book, worst first."""
    from models.collections.collections import months_on_book
    from models.customers.customers import Customer

    _groups, _v, flags = compute(as_of, group="officer" if dealer_id is None else "dealer",
                                 months_back=months_back, officer_id=officer_id, dealer_id=dealer_id,
                                 with_flags=True)
    if not flags:
        return []
    rows = []
    for loan_id, contract, name, disbursed, oldest in (
            Loan.select(Loan.id, Loan.contract_no, Customer.full_name, Loan.disbursed_on, Loan.oldest_unpaid_due)
            .join(Customer, on=(Loan.customer == Customer.id)).where(Loan.id.in_(list(flags))).tuples()):
        disbursed = _d(disbursed)
        mob = months_on_book(disbursed, as_of)
        if mob > MONTHS:
            continue
        f = flags[loan_id]
        rows.append(DrillRow(loan_id, contract, name, disbursed, mob,
                             days_past_due(_d(oldest), as_of) if oldest else 0, f["fpd"], len(f["late"])))
    rows.sort(key=lambda r: (not r.fpd, -r.dpd, -r.months_in_arrears, r.contract_no))
    return rows


def dealer_track_record(dealer_id: int, as_of: dt.date, branch_id: int | None = None) -> dict:
    """The dealer's premature figures beside the branch's, for the approval dialog.

    Returns:
        ``{"fpd": %, "late30_mob6": %, "loans": n, "branch_fpd": %, "branch_late30_mob6": %}`` (None where no
        loan qualifies yet).
    """
    groups, _v, _f = compute(as_of, group="dealer", months_back=24)
    mine = next((g for g in groups if g.key == dealer_id), None)
    total_fpd = sum(g.fpd for g in groups)
    total_base = sum(g.fpd_base for g in groups)
    at6 = sum(g.at_mob[6] for g in groups)
    late6 = sum(g.late30_at_mob[6] for g in groups)
    return {"fpd": mine.fpd_rate if mine else None, "late30_mob6": mine.rate30(6) if mine else None,
            "loans": mine.loans if mine else 0, "fpd_count": (mine.fpd, mine.fpd_base) if mine else (0, 0),
            "branch_fpd": pct(total_fpd, total_base), "branch_late30_mob6": pct(late6, at6)}
