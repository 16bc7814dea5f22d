"""Portfolio quality for any past month end, read from the stored month-end snapshots (issue 15, item 9).

Managers watch the book month by month: outstanding by collectibility class, NPF gross and net, portfolio at
risk, roll rates between arrears buckets, collection rates per collector and per officer, premature arrears and
vintages.  Every figure here is read from :class:`models.loans.snapshots.LoanSnapshot` — the rows the month-end
close wrote (:func:`models.accounting.month_end.write_snapshot`) — never recomputed from today's loans,
installments or payments, so a month's figures stay what the books showed when the month was closed (a payment
posted afterwards, even with a value date inside the month, changes them only when the month is reopened and
closed again).  Static contract data (the first due date, names) is joined from the live tables.

All reads are set-based (``GROUP BY`` over the snapshot of one or two month ends, CONVENTIONS "aggregate in
SQL"); Python only folds the handful of grouped rows.  SQL is portable between SQLite and PostgreSQL (parameters
through ``database.obj.param``; day arithmetic as day numbers).

Units: money in rupiah (``Decimal``, two decimals; the snapshot holds integer sen); percentages as ``Decimal``
percent with two decimals (``Decimal("4.27")`` = 4,27 %), ``None`` when the base is zero; days in days.

Sources of the definitions:

* **Outstanding**: principal still owed at the month end (piutang pembiayaan pokok), loans on the book
  (snapshot status ``active``).
* **Collectibility and NPF**: the office's collectibility table (:mod:`models.loans.collectibility`); classes
  3–5 (Kurang Lancar, Diragukan, Macet) are non-performing.  NPF gross = non-performing outstanding ÷
  outstanding; NPF net = (non-performing outstanding − allowance held for the non-performing loans) ÷
  (outstanding − allowance held for the non-performing loans), the multifinance company's ratio of POJK 35/2018
  (Pasal 20 and its elucidation: "rasio NPF neto … setelah dikurangi cadangan penyisihan penghapusan") as the
  month-end allowance step already reports it; a BPR's net NPL (POJK 33/2018 with the PPKA of POJK 1/2024) has
  the same shape with the PPKA as the allowance.
* **PSAK 71 stages**: the stage each loan had at the close (stage 1 up to 30 days past due, 2 up to 90, 3 beyond,
  PSAK 71 ¶5.5.11 and B5.5.37, bounds editable), with the allowance held per stage and its coverage.
* **Portfolio at risk** (CGAP/MIX practice, "PAR > n days"): the outstanding of loans with any installment more
  than n days late, over outstanding.  PAR 1 = 1 or more days past due; PAR 30 = 31 or more; PAR 90 = 91 or
  more, so PAR 30 starts exactly where the "31–60" bucket and the multifinance DPK class start.
* **Roll rates** (collections practice; the same pairs of snapshots :func:`models.accounting.allowance
  .roll_rate_matrix` reads for PSAK 71 stage loss rates): each loan on the book at the previous month end, in
  its bucket then ("Lancar 0", "1–30" … ">180" days past due) → its bucket at this month end, or "Lunas/keluar"
  when it left the book (paid off, settled early, written off, or absent).  Rates are shares of the previous
  month end's outstanding of the row.
* **Collection rate**: collected ÷ due in the month, per loan group, from the snapshot columns of migration 0016
  (``due_in_month`` principal + interest of installments due in the month; ``collected_in_month`` principal +
  interest received with value date in the month for installments due up to the month end — arrears collected
  count, prepaid future installments do not, so the rate can pass 100 % when arrears are cleared).  A loan
  counts for the collector assigned at the month end (a reassignment during the month moves the whole month to
  the new collector) and for its officer.
* **Premature arrears** (leasing CMO practice, DOMAIN.md; the same setting ``collections.fpd_days`` as
  :mod:`models.collections.premature`): of the accounts 1–12 months on book at the month end, the share in
  arrears at each month on book, and first-payment default.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from models.core.db import database
from models.core.errors import NotFound, ValidationError
from models.core.money import ZERO, D, from_minor
from models.core.texts import _
from models.ledger.journals import month_end

#: Arrears buckets of the roll-rate matrix, by days past due (inclusive; None = no upper bound); the last
#: column, "Lunas/keluar", holds the loans that left the book.
BUCKET_BOUNDS = ((0, 0), (1, 30), (31, 60), (61, 90), (91, 120), (121, 180), (181, None))
BUCKETS = ("Lancar 0", "1–30", "31–60", "61–90", "91–120", "121–180", ">180", "Lunas/keluar")
LEFT = len(BUCKETS) - 1
#: PAR n → the fewest days past due that count (PAR > n days; PAR 1 counts any arrears).
PAR_DAYS = {1: 1, 30: 31, 90: 91}
#: Vintage threshold: 30 or more days past due (the premature-arrears tables' "30+").
VINTAGE_DPD = 30
GROUPS = ("officer", "collector", "branch")
PREMATURE_GROUPS = ("officer", "dealer")
MOB_MONTHS = 12
ON_BOOK = "active"


def percent(part, whole) -> Decimal | None:
    """``part`` ÷ ``whole`` as a percent with two decimals; None when the base is zero or below."""
    whole = D(whole)
    if whole <= 0:
        return None
    return (D(part) * 100 / whole).quantize(D("0.01"))


def _date(value) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    return dt.date.fromisoformat(str(value)[:10]) if not isinstance(value, dt.date) else value


def _month_end(day: dt.date) -> dt.date:
    return month_end(day.year, day.month)


def _previous_end(period_end: dt.date) -> dt.date:
    return period_end.replace(day=1) - dt.timedelta(days=1)


def _branch_filter(branch_id: int | None, alias: str = "s") -> tuple[str, list]:
    if branch_id is None:
        return "", []
    return f" AND {alias}.branch_id = {database.obj.param}", [int(branch_id)]


def _rows(sql: str, params) -> list[tuple]:
    return database.obj.execute_sql(sql, list(params)).fetchall()


def _require_snapshot(period_end: dt.date) -> None:
    p = database.obj.param
    if not _rows(f"SELECT 1 FROM loan_snapshot WHERE period_end = {p} LIMIT 1", [period_end.isoformat()]):
        raise NotFound(_("Tidak ada snapshot akhir bulan {month}: bulan itu belum ditutup",
                         month=f"{period_end:%m/%Y}"))


def _period(period_end) -> dt.date:
    if isinstance(period_end, str):
        period_end = _date(period_end + "-01" if len(period_end) == 7 else period_end)  # "2026-05" too
    if not isinstance(period_end, dt.date):
        raise ValidationError(_("tanggal akhir bulan wajib diisi"))
    return _month_end(_date(period_end))


def _bucket_sql(dpd: str) -> str:
    """The bucket index (0–6) of ``dpd`` days past due, as SQL."""
    whens = " ".join(f"WHEN {dpd} <= {hi} THEN {i}" for i, (_lo, hi) in enumerate(BUCKET_BOUNDS) if hi is not None)
    return f"(CASE {whens} ELSE {len(BUCKET_BOUNDS) - 1} END)"


# ------------------------------------------------------------------------------------------- month ends
def month_ends(branch_id: int | None = None) -> list[dt.date]:
    """The closed month ends that have snapshots (of the branch, when given), newest first.

    Only closed months (:func:`models.accounting.closed_months.closed_months`, the same list the monthly pack
    offers): a snapshot written while its month is still open can change at the close, and the screens say
    "from the month's closing snapshot"."""
    from models.accounting.closed_months import closed_months

    return closed_months(branch_id)


# --------------------------------------------------------------------------------- classes, NPF and PAR
@dataclass(frozen=True)
class ClassRow:
    """One collectibility class at a month end: loans on the book and their principal outstanding (rupiah)."""

    collectibility: int
    label: str
    loans: int
    outstanding: Decimal


@dataclass(frozen=True)
class StageRow:
    """One PSAK 71 stage at a month end (stage as the close recorded it, by the office's stage bounds:
    PSAK 71 ¶5.5.11 and B5.5.37 presumptions, 30 and 90 days by default): loans, outstanding and the allowance
    held for them (rupiah), and that allowance as a percent of the outstanding (coverage)."""

    stage: int
    loans: int
    outstanding: Decimal
    allowance: Decimal
    coverage: Decimal | None


@dataclass(frozen=True)
class PortfolioQuality:
    """The book at one month end (money in rupiah; percentages Decimal percent, None when the base is zero).

    ``allowance`` is the allowance (CKPN/PPKA) held for all loans, ``allowance_npl`` the part held for classes
    3–5; ``par`` maps 1/30/90 to PAR percent and ``par_outstanding`` to the outstanding at risk.
    """

    period_end: dt.date
    branch_id: int | None
    loans: int
    outstanding: Decimal
    by_class: tuple[ClassRow, ...]
    npl_outstanding: Decimal
    allowance: Decimal
    allowance_npl: Decimal
    npf_gross: Decimal | None
    npf_net: Decimal | None
    par: dict[int, Decimal | None]
    par_outstanding: dict[int, Decimal]
    by_stage: tuple[StageRow, ...] = ()


def portfolio_quality(period_end: dt.date, branch_id: int | None = None) -> PortfolioQuality:
    """Outstanding by collectibility class, NPF gross and net, and PAR 1/30/90 at ``period_end``.

    Args:
        period_end: a month end with a snapshot (any day of the month is taken as its month end).
        branch_id: one branch, or None for the whole office.
    Returns:
        :class:`PortfolioQuality` (see the module docstring for each definition and its source).
    Raises:
        NotFound: the month has no snapshot (not closed yet).
    """
    from models.loans.collectibility import CLASS_NAMES, NONPERFORMING, office_table

    period_end = _period(period_end)
    _require_snapshot(period_end)
    p = database.obj.param
    where, extra = _branch_filter(branch_id)
    par_cols = ", ".join(f"SUM(CASE WHEN s.days_past_due >= {days} THEN s.principal_outstanding ELSE 0 END)"
                         for days in PAR_DAYS.values())
    rows = _rows(f"SELECT s.collectibility, s.stage, COUNT(*), SUM(s.principal_outstanding), SUM(s.allowance), "
                 f"{par_cols} FROM loan_snapshot s WHERE s.period_end = {p} AND s.status = '{ON_BOOK}'{where} "
                 "GROUP BY s.collectibility, s.stage", [period_end.isoformat(), *extra])
    classes = {k: [0, ZERO] for k in office_table().classes}
    loans, outstanding, allowance, allowance_npl, npl = 0, ZERO, ZERO, ZERO, ZERO
    at_risk = {n: ZERO for n in PAR_DAYS}
    stages = {n: [0, ZERO, ZERO] for n in (1, 2, 3)}
    for klass, stage, count, owed, allowed, *par_sums in rows:
        klass, owed, allowed = int(klass), from_minor(owed), from_minor(allowed)
        st = stages.setdefault(int(stage), [0, ZERO, ZERO])
        st[0] += int(count)
        st[1] += owed
        st[2] += allowed
        entry = classes.setdefault(klass, [0, ZERO])
        entry[0] += int(count)
        entry[1] += owed
        loans += int(count)
        outstanding += owed
        allowance += allowed
        if klass in NONPERFORMING:
            npl += owed
            allowance_npl += allowed
        for n, value in zip(PAR_DAYS, par_sums):
            at_risk[n] += from_minor(value)
    by_class = tuple(ClassRow(k, CLASS_NAMES.get(k, str(k)), classes[k][0], classes[k][1]) for k in sorted(classes))
    net_base = outstanding - allowance_npl
    return PortfolioQuality(
        period_end=period_end, branch_id=branch_id, loans=loans, outstanding=outstanding, by_class=by_class,
        npl_outstanding=npl, allowance=allowance, allowance_npl=allowance_npl,
        npf_gross=percent(npl, outstanding),
        npf_net=percent(max(ZERO, npl - allowance_npl), net_base) if outstanding > 0 else None,
        par={n: percent(v, outstanding) for n, v in at_risk.items()}, par_outstanding=at_risk,
        by_stage=tuple(StageRow(n, v[0], v[1], v[2], percent(v[2], v[1])) for n, v in sorted(stages.items())))


# ------------------------------------------------------------------------------------------------ trend
@dataclass(frozen=True)
class TrendPoint:
    """The book at one month end, for a trend chart: loans on the book, principal outstanding and the
    non-performing part (rupiah), the allowance held, NPF gross and net and PAR 30 (Decimal percent, None when
    the book is empty).  Same definitions as :class:`PortfolioQuality`."""

    period_end: dt.date
    loans: int
    outstanding: Decimal
    npl_outstanding: Decimal
    allowance: Decimal
    npf_gross: Decimal | None
    npf_net: Decimal | None
    par30: Decimal | None


def quality_trend(as_of: dt.date | None = None, months: int = 12, branch_id: int | None = None) -> list[TrendPoint]:
    """The last ``months`` closed month ends on or before ``as_of`` (default: all), oldest first, one
    :class:`TrendPoint` each — what the dashboards chart as the NPF and outstanding trend.

    One grouped query over the snapshots (``GROUP BY period_end``), never one query per month; only closed months
    count (:func:`month_ends`): a month not closed is simply absent, so the caller shows gaps rather than zeros.  Definitions as
    :func:`portfolio_quality` (POJK 35/2018 NPF gross and net; PAR 30 = 31+ days past due).
    """
    from models.loans.collectibility import NONPERFORMING

    p = database.obj.param
    where, extra = _branch_filter(branch_id)
    upto, upto_params = ("", []) if as_of is None else (f" AND s.period_end <= {p}", [_date(as_of).isoformat()])
    npl = ", ".join(str(int(k)) for k in sorted(NONPERFORMING))
    rows = _rows(f"SELECT s.period_end, COUNT(*), SUM(s.principal_outstanding), "
                 f"SUM(CASE WHEN s.collectibility IN ({npl}) THEN s.principal_outstanding ELSE 0 END), "
                 f"SUM(s.allowance), SUM(CASE WHEN s.collectibility IN ({npl}) THEN s.allowance ELSE 0 END), "
                 f"SUM(CASE WHEN s.days_past_due >= {PAR_DAYS[30]} THEN s.principal_outstanding ELSE 0 END) "
                 f"FROM loan_snapshot s WHERE s.status = '{ON_BOOK}'{upto}{where} "
                 "GROUP BY s.period_end ORDER BY s.period_end DESC",
                 [*upto_params, *extra])
    points = []
    closed = set(month_ends(branch_id))
    rows = [r for r in rows if _date(r[0]) in closed][:max(0, int(months))]
    for day, count, owed, bad, allowed, allowed_bad, par30 in reversed(rows):
        owed, bad, allowed_bad = from_minor(owed), from_minor(bad), from_minor(allowed_bad)
        points.append(TrendPoint(
            period_end=_date(day), loans=int(count), outstanding=owed, npl_outstanding=bad,
            allowance=from_minor(allowed), npf_gross=percent(bad, owed),
            npf_net=percent(max(ZERO, bad - allowed_bad), owed - allowed_bad) if owed > 0 else None,
            par30=percent(from_minor(par30), owed)))
    return points


# -------------------------------------------------------------------------------------------- roll rates
@dataclass(frozen=True)
class RollMatrix:
    """Loans moving between arrears buckets from ``previous_end`` to ``period_end``.

    ``counts[i][j]`` and ``outstanding[i][j]`` (rupiah, at ``previous_end``): loans in bucket ``buckets[i]`` at
    the previous month end that are in bucket ``buckets[j]`` now; rows run over the seven arrears buckets,
    columns over those and the final "Lunas/keluar".  ``entered`` / ``entered_outstanding``: loans on the book
    now that were not at the previous month end (new disbursements), by their bucket now (outstanding now).
    """

    period_end: dt.date
    previous_end: dt.date
    buckets: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]
    outstanding: tuple[tuple[Decimal, ...], ...]
    entered: tuple[int, ...] = ()
    entered_outstanding: tuple[Decimal, ...] = ()

    def rate(self, i: int, j: int) -> Decimal | None:
        """Share (percent) of bucket ``i``'s previous outstanding now in bucket ``j``; None for an empty row."""
        return percent(self.outstanding[i][j], sum(self.outstanding[i], ZERO))

    def count_rate(self, i: int, j: int) -> Decimal | None:
        """Share (percent) of bucket ``i``'s loans now in bucket ``j``; None for an empty row."""
        return percent(self.counts[i][j], sum(self.counts[i]))


def roll_rates(period_end: dt.date, branch_id: int | None = None) -> RollMatrix:
    """The roll-rate matrix from the previous month end to ``period_end`` (buckets by days past due).

    Raises:
        NotFound: ``period_end`` or the month end before it has no snapshot (a roll needs both).
    """
    period_end = _period(period_end)
    previous_end = _previous_end(period_end)
    _require_snapshot(period_end)
    _require_snapshot(previous_end)
    p = database.obj.param
    where, extra = _branch_filter(branch_id, "s0")
    target = (f"CASE WHEN s1.loan_id IS NULL OR s1.status <> '{ON_BOOK}' THEN {LEFT} "
              f"ELSE {_bucket_sql('s1.days_past_due')} END")
    rows = _rows(f"SELECT {_bucket_sql('s0.days_past_due')} AS b0, {target} AS b1, COUNT(*), "
                 f"SUM(s0.principal_outstanding) FROM loan_snapshot s0 "
                 f"LEFT JOIN loan_snapshot s1 ON s1.loan_id = s0.loan_id AND s1.period_end = {p} "
                 f"WHERE s0.period_end = {p} AND s0.status = '{ON_BOOK}'{where} "
                 f"GROUP BY {_bucket_sql('s0.days_past_due')}, {target}",
                 [period_end.isoformat(), previous_end.isoformat(), *extra])
    n = len(BUCKET_BOUNDS)
    counts = [[0] * len(BUCKETS) for _ in range(n)]
    owed = [[ZERO] * len(BUCKETS) for _ in range(n)]
    for b0, b1, count, amount in rows:
        counts[int(b0)][int(b1)] += int(count)
        owed[int(b0)][int(b1)] += from_minor(amount)
    where1, extra1 = _branch_filter(branch_id, "s1")
    entered = [0] * n
    entered_owed = [ZERO] * n
    for b1, count, amount in _rows(
            f"SELECT {_bucket_sql('s1.days_past_due')}, COUNT(*), SUM(s1.principal_outstanding) "
            f"FROM loan_snapshot s1 LEFT JOIN loan_snapshot s0 ON s0.loan_id = s1.loan_id AND s0.period_end = {p} "
            f"WHERE s1.period_end = {p} AND s1.status = '{ON_BOOK}' AND s0.loan_id IS NULL{where1} "
            f"GROUP BY {_bucket_sql('s1.days_past_due')}",
            [previous_end.isoformat(), period_end.isoformat(), *extra1]):
        entered[int(b1)] += int(count)
        entered_owed[int(b1)] += from_minor(amount)
    return RollMatrix(period_end, previous_end, BUCKETS, tuple(tuple(r) for r in counts),
                      tuple(tuple(r) for r in owed), tuple(entered), tuple(entered_owed))


# ------------------------------------------------------------------------------------- collection rates
@dataclass(frozen=True)
class RateRow:
    """Collected ÷ due in the month for one collector, officer or branch (rupiah; rate Decimal percent)."""

    key_id: int | None
    name: str
    loans: int
    due: Decimal
    collected: Decimal
    rate: Decimal | None


def collection_recorded(period_end: dt.date, branch_id: int | None = None) -> bool:
    """Whether the month's snapshot recorded due and collected amounts (snapshots closed before migration 0016
    did not: the screen says "not recorded for this month" instead of showing a zero rate)."""
    period_end = _period(period_end)
    p = database.obj.param
    where, extra = _branch_filter(branch_id)
    return bool(_rows(f"SELECT 1 FROM loan_snapshot s WHERE s.period_end = {p} AND s.due_in_month IS NOT NULL"
                      f"{where} LIMIT 1", [period_end.isoformat(), *extra]))


def _names(kind: str, ids: set) -> dict:
    ids = [i for i in ids if i is not None]
    if not ids:
        return {}
    if kind == "branch":
        from models.core.office import Branch

        return dict(Branch.select(Branch.id, Branch.name).where(Branch.id.in_(ids)).tuples())
    if kind == "dealer":
        from models.customers.dealers import Dealer

        return dict(Dealer.select(Dealer.id, Dealer.name).where(Dealer.id.in_(ids)).tuples())
    from models.core.users import User

    return dict(User.select(User.id, User.full_name).where(User.id.in_(ids)).tuples())


def _nobody(kind: str) -> str:
    if kind == "collector":
        return _("(tanpa kolektor)")
    if kind == "dealer":
        return _("(tanpa dealer)")
    return _("(tidak diketahui)")


def collection_rates(period_end: dt.date, by: str = "officer", branch_id: int | None = None) -> list[RateRow]:
    """Collection rate of the month per officer, per collector (assigned at the month end) or per branch.

    Loans counted: those with something due or collected in the month.  Rows sorted by rate, worst first (rows
    without anything due last); total them with :func:`total_rate`.  Empty when the month's snapshot did not
    record collections (:func:`collection_recorded`).
    Raises:
        ValidationError: ``by`` is not officer, collector or branch.  NotFound: no snapshot for the month.
    """
    if by not in GROUPS:
        raise ValidationError(_("pengelompokan tidak dikenal: {by}", by=by))
    period_end = _period(period_end)
    _require_snapshot(period_end)
    p = database.obj.param
    where, extra = _branch_filter(branch_id)
    key = {"officer": "s.officer_id", "collector": "s.collector_id", "branch": "s.branch_id"}[by]
    rows = _rows(f"SELECT {key}, COUNT(*), SUM(s.due_in_month), SUM(s.collected_in_month) FROM loan_snapshot s "
                 f"WHERE s.period_end = {p} AND (s.due_in_month > 0 OR s.collected_in_month > 0){where} "
                 f"GROUP BY {key}", [period_end.isoformat(), *extra])
    names = _names(by, {r[0] for r in rows})
    out = []
    for key_id, count, due, collected in rows:
        due, collected = from_minor(due), from_minor(collected)
        out.append(RateRow(key_id, names.get(key_id) or (_nobody(by) if key_id is None else str(key_id)),
                           int(count), due, collected, percent(collected, due)))
    return sorted(out, key=lambda r: (r.rate is None, r.rate if r.rate is not None else 0, r.name))


def total_rate(rows: list[RateRow]) -> RateRow:
    """The total line of :func:`collection_rates` rows: sums of loans, due and collected, and their rate.
    (Every loan is in exactly one row of any grouping, so the total is the same whichever ``by`` was used.)"""
    due = sum((r.due for r in rows), ZERO)
    collected = sum((r.collected for r in rows), ZERO)
    return RateRow(None, _("Total"), sum(r.loans for r in rows), due, collected, percent(collected, due))


# ----------------------------------------------------------------------------------- premature arrears
@dataclass(frozen=True)
class PrematureRow:
    """An officer's or dealer's accounts 1–12 months on book at a month end.

    ``fpd``: accounts whose first installment fell due more than ``collections.fpd_days`` (default 30) days
    before the month end and was still unpaid at it, out of ``fpd_base`` accounts whose first installment fell
    due that long ago; ``arrears_by_mob[m-1]``: percent of the accounts m months on book that are 1+ days past
    due at the month end (None where no account is m months on book).
    """

    key_id: int | None
    name: str
    accounts: int
    fpd: int
    fpd_rate: Decimal | None
    arrears_by_mob: tuple[Decimal | None, ...]
    fpd_base: int = 0


def premature_arrears(period_end: dt.date, by: str = "officer", branch_id: int | None = None) -> list[PrematureRow]:
    """Premature arrears from the snapshot of ``period_end``, per officer or per dealer, worst FPD first.

    Months on book are the snapshot's (calendar months from disbursement to the month end).  First-payment
    default uses the same ``collections.fpd_days`` as :mod:`models.collections.premature`, observed at the month
    end: the snapshot's days past due reach back to the first due date exactly when the first installment is
    still unpaid (days past due count from the oldest unpaid installment).
    Raises:
        ValidationError: ``by`` is not officer or dealer.  NotFound: no snapshot for the month.
    """
    from models.collections.premature import _ordinal_sql
    from models.core.office import get_setting

    if by not in PREMATURE_GROUPS:
        raise ValidationError(_("pengelompokan tidak dikenal: {by}", by=by))
    period_end = _period(period_end)
    _require_snapshot(period_end)
    p = database.obj.param
    fpd_days = int(get_setting("collections.fpd_days", 30))
    where, extra = _branch_filter(branch_id)
    key = "s.officer_id" if by == "officer" else "s.dealer_id"
    since_first = f"({period_end.toordinal()} - {_ordinal_sql('l.first_due')})"
    rows = _rows(f"SELECT {key}, s.months_on_book, COUNT(*), "
                 f"SUM(CASE WHEN s.days_past_due >= 1 THEN 1 ELSE 0 END), "
                 f"SUM(CASE WHEN {since_first} > {fpd_days} THEN 1 ELSE 0 END), "
                 f"SUM(CASE WHEN {since_first} > {fpd_days} AND s.days_past_due >= {since_first} THEN 1 ELSE 0 END) "
                 f"FROM loan_snapshot s JOIN loan l ON l.id = s.loan_id "
                 f"WHERE s.period_end = {p} AND s.status = '{ON_BOOK}' AND s.months_on_book BETWEEN 1 AND "
                 f"{MOB_MONTHS}{where} GROUP BY {key}, s.months_on_book", [period_end.isoformat(), *extra])
    groups: dict = {}
    for key_id, mob, count, late, base, fpd in rows:
        g = groups.setdefault(key_id, {"accounts": 0, "fpd": 0, "base": 0, "at": [0] * MOB_MONTHS,
                                       "late": [0] * MOB_MONTHS})
        g["accounts"] += int(count)
        g["fpd"] += int(fpd or 0)
        g["base"] += int(base or 0)
        g["at"][int(mob) - 1] += int(count)
        g["late"][int(mob) - 1] += int(late or 0)
    names = _names(by, set(groups))
    out = [PrematureRow(k, names.get(k) or (_nobody(by) if k is None else str(k)), g["accounts"], g["fpd"],
                        percent(g["fpd"], g["base"]), tuple(percent(l, a) for l, a in zip(g["late"], g["at"])), g["base"])
           for k, g in groups.items()]
    return sorted(out, key=lambda r: (-(r.fpd_rate or 0), r.name))


# ---------------------------------------------------------------------------------------------- vintage
def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return _month_end(dt.date(index // 12, index % 12 + 1, 1))


def vintage(period_end: dt.date, branch_id: int | None = None, months_back: int = 24,
            months: int = MOB_MONTHS) -> list[tuple[dt.date, int, tuple[Decimal | None, ...]]]:
    """Vintage table from snapshots: per disbursement month (first day), its loans and the percent of them
    30+ days past due at each month on book 1..``months``, each read from the snapshot of the month end at which
    the cohort had that month on book (only snapshots up to ``period_end``; None where that month end is later or
    was not snapshotted).  Loans: the cohort's loans seen in any snapshot up to ``period_end``; cohorts of the
    last ``months_back`` months, oldest first.
    """
    period_end = _period(period_end)
    p = database.obj.param
    start = _add_months(period_end, 1 - months_back).replace(day=1)  # the oldest of the last months_back cohorts
    where, extra = _branch_filter(branch_id)
    cohort = "substr(CAST(s.disbursed_on AS TEXT), 1, 7)"
    params = [period_end.isoformat(), start.isoformat(), *extra]
    sizes = {r[0]: int(r[1]) for r in _rows(
        f"SELECT {cohort}, COUNT(DISTINCT s.loan_id) FROM loan_snapshot s WHERE s.period_end <= {p} "
        f"AND s.disbursed_on >= {p}{where} GROUP BY {cohort}", params)}
    late = {(r[0], int(r[1])): int(r[2] or 0) for r in _rows(
        f"SELECT {cohort}, s.months_on_book, SUM(CASE WHEN s.days_past_due >= {VINTAGE_DPD} THEN 1 ELSE 0 END) "
        f"FROM loan_snapshot s WHERE s.period_end <= {p} AND s.disbursed_on >= {p}{where} "
        f"AND s.months_on_book BETWEEN 1 AND {int(months)} GROUP BY {cohort}, s.months_on_book", params)}
    ends = set(month_ends())
    out = []
    for key in sorted(sizes):
        first = dt.date(int(key[:4]), int(key[5:7]), 1)
        cells = []
        for m in range(1, months + 1):
            end = _add_months(first, m)
            cells.append(percent(late.get((key, m), 0), sizes[key]) if end <= period_end and end in ends else None)
        out.append((first, sizes[key], tuple(cells)))
    return out
