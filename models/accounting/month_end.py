"""The month-end close as one guided procedure: advances due → accruals → non-accrual reversals → allowance →
reconciliation checks → close.

Each step can be **previewed** (:func:`preview`: its figures and the journal it would post, nothing written) and
**run** (:func:`run_step`: one write transaction, permission ``period.close``, audited).  Every step is
**idempotent** because it never posts "this month's amount": it computes, for every loan, the balance the
sub-ledger should hold at the month end (accrued interest earned to date by the amortised-cost table, the
allowance the policy asks for …), compares it with what the loan's entries dated up to the month end already
hold (:class:`models.loans.loan_income.LoanIncomeEntry`) and posts only the difference.  A rerun therefore posts
nothing, and a month reopened after a late payment or a correction is closed again by rerunning the steps,
which post the adjustment and never duplicate.

The work is set-based (CONVENTIONS, "aggregate in SQL"): one statement builds a temporary table with one row
per loan as of the month end (principal outstanding and interest paid from the payments dated up to it, days
past due from the installments, collectibility and stage, income earned to date from the income schedule,
the sub-ledger balances, eligible collateral); each step then writes its entries with one ``INSERT … SELECT``
and posts ONE journal whose lines are the portfolio's totals per account (each entry carries the journal id,
so the per-loan detail and the ledger line are tied together).  Closing writes the month's
:class:`models.loans.snapshots.LoanSnapshot` rows the same way and closes the month in the ledger
(:func:`models.ledger.journals.close_month`).

Closing is refused while a step is missing for the month, or was run before the month was last reopened.

Journals (accounts of the shipped charts; the office's posting rules decide):

==================  =============================================  =========================================
step                event                                          Dr / Cr
==================  =============================================  =========================================
advances            installment interest/principal, overpayment_   Titipan 2101 → Piutang 1301 / accrued 1304
                    applied
accruals            interest_accrual, fee_amortisation             Dr 1304 / Cr 4101; Dr 1305 / Cr 4107
non-accrual         interest_accrual_reversal                      Dr 4101 / Cr 1304 (interest kept off the
                                                                   balance sheet as ``suspended``), or
                    interest_suspense (suspense option)            Dr 4101 / Cr 2109 (the receivable stays)
allowance           loss_allowance / loss_allowance_release        Dr 5106 / Cr 1302 (or back)
==================  =============================================  =========================================
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal

from peewee import CharField, DateField, DateTimeField, ForeignKeyField, TextField

from models.core import audit
from models.core.clock import now
from models.core.db import BaseModel, database, is_sqlite, run_in_transaction
from models.core.errors import ConflictError, FieldError, ValidationError
from models.core.money import ZERO, D, from_minor
from models.core.users import User, require
from models.ledger.journals import PERIOD_CLOSED, Journal, Period, is_closed, post_event
from models.ledger.journals import month_end as journals_month_end
from models.core.texts import _

STEPS = ("advances", "accruals", "nonaccrual", "allowance", "reconcile", "close")
STEP_LABELS = {"advances": "Titipan jatuh tempo", "accruals": "Akrual pendapatan bunga efektif",
               "nonaccrual": "Pembalikan bunga kredit bermasalah", "allowance": "Cadangan kerugian (CKPN)",
               "reconcile": "Pemeriksaan rekonsiliasi", "close": "Tutup buku bulan"}
#: Every figure label a step reports (shown through ui.common.labels.label(); a label ending in "%" is a percentage).
FIGURE_LABELS = ("Bunga efektif diakui", "Amortisasi provisi dan administrasi", "Pinjaman dengan selisih",
                 "Bunga akrual dibalik (kelas 3–5)", "Pinjaman berhenti diakru", "Cadangan yang dibutuhkan",
                 "Pembentukan (beban)", "Pemulihan", "Pinjaman bruto", "NPF bruto %", "NPF neto %",
                 "Titipan yang bisa dipakai", "Pinjaman", "Titipan dipakai", "Masalah ditemukan",
                 "Pinjaman dalam snapshot", "Langkah belum dijalankan")
STATE = "me_state"
BASE = "me_base"


class MonthEndStep(BaseModel):
    """A step of a month's close that ran: when, by whom, its figures and its journal (none when nothing moved)."""

    period_end = DateField(index=True)
    step = CharField(max_length=16)
    journal = ForeignKeyField(Journal, null=True, on_delete="RESTRICT", backref="+")
    figures = TextField(default="{}")
    run_by = ForeignKeyField(User, on_delete="RESTRICT", backref="+")
    run_at = DateTimeField(default=now)

    class Meta:
        table_name = "month_end_step"


@dataclass(frozen=True)
class StepPreview:
    """What a step would do: figures (label, value) and the journal lines (account code, debit, credit)."""

    step: str
    period_end: dt.date
    figures: tuple
    lines: tuple
    loans: int = 0
    problems: tuple = ()

    @property
    def label(self) -> str:
        return STEP_LABELS[self.step]


@dataclass(frozen=True)
class StepResult:
    step: str
    period_end: dt.date
    journal: str | None
    figures: tuple
    loans: int = 0


@dataclass
class MonthStatus:
    period_end: dt.date
    done: dict = field(default_factory=dict)  # step → run_at of the standing run, or None
    closed: bool = False

    @property
    def missing(self) -> list[str]:
        return [s for s in STEPS[:-1] if not self.done.get(s)]


# ------------------------------------------------------------------------------------------------ periods
month_end = journals_month_end  # the ledger's one month-end function, under the name this module's callers use


def parse_month(text: str) -> dt.date:
    """``YYYY-MM`` (four digits, two digits: ``2026-03``, not ``2026-3``) → that month's last day.  Raises
    ValidationError."""
    try:
        if not re.fullmatch(r"\d{4}-\d{2}", str(text).strip()):
            raise ValueError(text)
        year, month = (int(p) for p in str(text).strip().split("-"))
        if not (1 <= month <= 12 and 1900 <= year <= 9999):
            raise ValueError(text)
        return month_end(year, month)
    except (ValueError, TypeError):
        raise ValidationError(FieldError("month", _("bulan ditulis YYYY-MM, mis. 2026-03"))) from None


def _as_period_end(period_end) -> dt.date:
    if isinstance(period_end, str):
        return parse_month(period_end[:7])
    if period_end != month_end(period_end.year, period_end.month):
        raise ValidationError(FieldError("month", _("tanggal harus hari terakhir bulan")))
    return period_end


# -------------------------------------------------------------------------------------------- state table
def _days(later: str, earlier: str) -> str:
    if is_sqlite():
        return f"CAST(julianday({later}) - julianday({earlier}) AS INTEGER)"
    return f"(({later})::date - ({earlier})::date)"


def _max(a: str, b: str) -> str:
    return f"MAX({a}, {b})" if is_sqlite() else f"GREATEST({a}, {b})"


def _build_state(period_end: dt.date, reuse_base: bool = False) -> int:
    """(Re)build the temporary table of every loan on the book as of ``period_end``; returns its row count.

    Columns (sen / days): loan_id, branch_id, product_id, officer_id, dealer_id, customer_id, region_code,
    disbursed_on, status, method, principal_outstanding, interest_paid, amount_overdue, days_past_due,
    collectibility, stage, target_interest, target_fee, accrued_interest, deferred_fee, allowance,
    interest_income, fee_income, interest_suspended, collateral_value, open (1 when on the book at the month
    end), months_on_book.

    ``settled`` marks loans closed by now (paid off, settled early, written off): their closing payment or
    write-off already settled every balance to what was received, so a month end run late (a payoff on the 2nd,
    the previous month closed on the 5th) leaves them alone instead of posting income after the settlement.

    Sums are cast to BIGINT: PostgreSQL's SUM of a bigint is numeric, and the allowance's integer division must
    stay integer on both databases.

    The expensive part (installments, payments, the income schedule) is the base table; within one guided run
    (:func:`run_all`) it is built once after the advances step and reused (``reuse_base``), and only the
    sub-ledger sums, which each step changes, are read again.
    """
    db = database.obj
    d = period_end.isoformat()
    p = db.param
    db.execute_sql(f"DROP TABLE IF EXISTS {STATE}")
    if not (reuse_base and _base_ready(period_end)):
        _build_base(period_end)
    db.execute_sql(f"""
    CREATE TEMP TABLE {STATE} AS
    SELECT b.*, COALESCE(en.accrued, 0) AS accrued_interest, COALESCE(en.deferred, 0) AS deferred_fee,
           COALESCE(en.allowance, 0) AS allowance, COALESCE(en.interest_income, 0) AS interest_income,
           COALESCE(en.fee_income, 0) AS fee_income, COALESCE(en.suspended, 0) AS interest_suspended
    FROM {BASE} b
    LEFT JOIN (SELECT loan_id, CAST(SUM(accrued) AS BIGINT) AS accrued,
                      CAST(SUM(deferred) AS BIGINT) AS deferred, CAST(SUM(allowance) AS BIGINT) AS allowance,
                      CAST(SUM(interest_income) AS BIGINT) AS interest_income,
                      CAST(SUM(fee_income) AS BIGINT) AS fee_income, CAST(SUM(suspended) AS BIGINT) AS suspended
               FROM loan_income_entry WHERE date <= {p} GROUP BY loan_id) en ON en.loan_id = b.loan_id
    """, (d,))
    return db.execute_sql(f"SELECT COUNT(*) FROM {STATE}").fetchone()[0]


_BASE_FOR: list = [None]


def _base_ready(period_end: dt.date) -> bool:
    """The base table of this month is still there (a rolled-back transaction drops a temporary table)."""
    if not is_sqlite() or _BASE_FOR[0] != (id(database.obj), period_end):
        return False
    return database.obj.execute_sql(
        f"SELECT COUNT(*) FROM sqlite_temp_master WHERE name = '{BASE}'").fetchone()[0] == 1


def state_sql(period_end: dt.date) -> tuple[str, list]:
    """The base aggregate of the month end: one row per loan on the book (everything but the sub-ledger sums),
    as SQL text and parameters — what :func:`_build_state` runs and what the benchmark times raw.

    Every figure is as at ``period_end``, also when the month is closed late: principal paid is counted by the
    payment's date, a partial prepayment taken at a restructuring (its own receipt, not a payment row) by its
    effective date, and interest capitalised into the principal by a restructuring effective after the month
    end (``loan.principal`` already carries it) is taken back out, so the snapshot's principal equals the
    loans-receivable control account at that date (checked by ``check``)."""
    from models.accounting import allowance as allowance_mod
    from models.loans.collectibility import case_sql, office_table, stage_bounds

    db = database.obj
    d = period_end.isoformat()
    first = period_end.replace(day=1).isoformat()
    p = db.param
    table = office_table()
    s1, s2 = stage_bounds()
    pol = allowance_mod.policy()
    pct = int(D(pol.collateral_pct) * 100)
    dpd = f"COALESCE({_days(repr(d), 'od.oldest')}, 0)"
    sql = f"""
    CREATE TEMP TABLE {BASE} AS
    SELECT l.id AS loan_id, l.branch_id, l.product_id, l.officer_id, l.dealer_id, l.customer_id,
           COALESCE(c.region_code, '') AS region_code, l.disbursed_on,
           CASE WHEN l.closed_on IS NOT NULL AND l.closed_on <= {p} THEN l.status ELSE 'active' END AS status,
           COALESCE(li.method, 'none') AS method,
           CASE WHEN l.closed_on IS NOT NULL AND l.closed_on <= {p} THEN 0
                ELSE l.principal - COALESCE(rc.capitalised, 0) - COALESCE(rc.prepaid, 0) - COALESCE(pd.principal, 0)
                END AS principal_outstanding,
           COALESCE(pd.interest, 0) AS interest_paid,
           CASE WHEN l.closed_on IS NOT NULL AND l.closed_on <= {p} THEN 0
                ELSE {_max('0', 'COALESCE(du.amount, 0) - COALESCE(pd.principal, 0) - COALESCE(pd.interest, 0)')}
                END AS amount_overdue,
           {dpd} AS days_past_due,
           {case_sql(dpd, table.bounds)} AS collectibility,
           (CASE WHEN {dpd} <= {s1} THEN 1 WHEN {dpd} <= {s2} THEN 2 ELSE 3 END) AS stage,
           COALESCE(ts.interest, 0) AS target_interest, COALESCE(ts.fee, 0) AS target_fee,
           CASE WHEN col.loan_id IS NOT NULL THEN l.otr_price * {pct} / 10000 ELSE 0 END AS collateral_value,
           CASE WHEN l.closed_on IS NOT NULL AND l.closed_on <= {p} THEN 0 ELSE 1 END AS open,
           CASE WHEN l.status <> 'active' THEN 1 ELSE 0 END AS settled,
           ((CAST(substr({p}, 1, 4) AS INTEGER) - CAST(substr(CAST(l.disbursed_on AS TEXT), 1, 4) AS INTEGER)) * 12
            + CAST(substr({p}, 6, 2) AS INTEGER) - CAST(substr(CAST(l.disbursed_on AS TEXT), 6, 2) AS INTEGER))
            AS months_on_book
    FROM loan l
    JOIN customer c ON c.id = l.customer_id
    LEFT JOIN loan_income li ON li.loan_id = l.id
    LEFT JOIN (SELECT p.loan_id,
                      CAST(SUM(CASE WHEN a.part = 'principal' THEN a.amount ELSE 0 END) AS BIGINT) AS principal,
                      CAST(SUM(CASE WHEN a.part = 'interest' THEN a.amount ELSE 0 END) AS BIGINT) AS interest
               FROM payment p JOIN payment_allocation a ON a.payment_id = p.id
               WHERE p.status = 'posted' AND p.date <= {p} AND a.part IN ('principal', 'interest')
               GROUP BY p.loan_id) pd ON pd.loan_id = l.id
    LEFT JOIN (SELECT loan_id, CAST(SUM(amount) AS BIGINT) AS amount FROM installment WHERE due_date < {p}
               GROUP BY loan_id) du ON du.loan_id = l.id
    LEFT JOIN (SELECT loan_id, MIN(due_date) AS oldest FROM installment
               WHERE due_date < {p} AND (paid_on IS NULL OR paid_on > {p}) GROUP BY loan_id) od
           ON od.loan_id = l.id
    LEFT JOIN (SELECT loan_id,
                      CAST(SUM(CASE WHEN due_date <= {p} THEN interest WHEN start_date < {p}
                               THEN interest * {_days(p, 'start_date')} / {_days('due_date', 'start_date')}
                               ELSE 0 END) AS BIGINT) AS interest,
                      CAST(SUM(CASE WHEN due_date <= {p} THEN fee WHEN start_date < {p}
                               THEN fee * {_days(p, 'start_date')} / {_days('due_date', 'start_date')}
                               ELSE 0 END) AS BIGINT) AS fee
               FROM loan_income_schedule GROUP BY loan_id) ts ON ts.loan_id = l.id
    LEFT JOIN (SELECT DISTINCT loan_id FROM collateral WHERE loan_id IS NOT NULL AND status <> 'released') col
           ON col.loan_id = l.id
    LEFT JOIN (SELECT loan_id,
                      CAST(SUM(CASE WHEN effective_date > {p} THEN capitalised_interest ELSE 0 END) AS BIGINT)
                      AS capitalised,
                      CAST(SUM(CASE WHEN effective_date <= {p} THEN prepayment ELSE 0 END) AS BIGINT) AS prepaid
               FROM restructuring WHERE status = 'approved' GROUP BY loan_id) rc ON rc.loan_id = l.id
    WHERE l.disbursed_on <= {p} AND (l.closed_on IS NULL OR l.closed_on >= @FIRST@)
    """
    # Loans open at the month end, and those closed during the month (the snapshot shows them leaving).
    params = [d] * sql.count(p)
    sql = sql.replace("@FIRST@", p)
    params.append(first)
    return sql, params


def _build_base(period_end: dt.date) -> None:
    db = database.obj
    db.execute_sql(f"DROP TABLE IF EXISTS {BASE}")
    sql, params = state_sql(period_end)
    db.execute_sql(sql, params)
    _BASE_FOR[0] = (id(db), period_end)


# --------------------------------------------------------------------------------------------- step maths
def _accrual_rows_sql() -> str:
    """Per-loan accrual deltas: income earned to date by the table minus income already recognised."""
    return (f"SELECT loan_id, target_interest - interest_income AS di, target_fee - fee_income AS df, "
            f"interest_suspended AS susp FROM {STATE} "
            f"WHERE open = 1 AND settled = 0 AND method = 'effective' AND collectibility < 3")


def _mode() -> str:
    from models.loans.loan_income import nonaccrual_mode

    return nonaccrual_mode()


def _nonaccrual_rows_sql() -> str:
    """Accrued interest not yet suspended on class 3–5 loans (off balance sheet: the whole accrued balance, which
    is zero once reversed; suspense account: the receivable stays, so what is already suspended is left out)."""
    unsuspended = "accrued_interest - interest_suspended" if _mode() == "suspense" else "accrued_interest"
    return (f"SELECT loan_id, {unsuspended} AS a FROM {STATE} "
            f"WHERE open = 1 AND settled = 0 AND method = 'effective' AND collectibility >= 3 "
            f"AND {unsuspended} > 0")


def _allowance_rows_sql() -> str:
    from models.accounting import allowance as allowance_mod

    target = allowance_mod.target_sql(allowance_mod.policy())
    return (f"SELECT loan_id, (CASE WHEN open = 1 THEN {target} ELSE 0 END) - allowance AS da, "
            f"CASE WHEN open = 1 THEN {target} ELSE 0 END AS target FROM {STATE} WHERE settled = 0")


def _sums(sql: str, columns: str) -> tuple:
    row = database.obj.execute_sql(f"SELECT {columns} FROM ({sql}) x").fetchone()
    return tuple(int(v or 0) for v in row)


def _events_for(step: str) -> tuple[list, tuple, int]:
    """(journal events, figures, loans touched) for a money step, from the state table."""
    m = from_minor
    if step == "accruals":
        up_i, down_i, up_f, down_f, n = _sums(
            _accrual_rows_sql(), "SUM(CASE WHEN di > 0 THEN di ELSE 0 END), SUM(CASE WHEN di < 0 THEN -di ELSE 0 END),"
            " SUM(CASE WHEN df > 0 THEN df ELSE 0 END), SUM(CASE WHEN df < 0 THEN -df ELSE 0 END),"
            " SUM(CASE WHEN di <> 0 OR df <> 0 OR susp <> 0 THEN 1 ELSE 0 END)")
        events = [("interest_accrual", m(up_i)), ("interest_accrual_reversal", m(down_i)),
                  ("fee_amortisation", m(up_f)), ("fee_amortisation_reversal", m(down_f))]
        if _mode() == "suspense":
            # A cured loan's suspended interest returns to income from the suspense account, not as a new accrual.
            up_i, down_i, up_s, down_s = _sums(
                _accrual_rows_sql(), "SUM(CASE WHEN di - susp > 0 THEN di - susp ELSE 0 END), "
                "SUM(CASE WHEN di - susp < 0 THEN susp - di ELSE 0 END), SUM(CASE WHEN susp > 0 THEN susp ELSE 0 END), "
                "SUM(CASE WHEN susp < 0 THEN -susp ELSE 0 END)")
            events = [("interest_accrual", m(up_i)), ("interest_accrual_reversal", m(down_i)),
                      ("interest_suspense_release", m(up_s)), ("interest_suspense", m(down_s)), *events[2:]]
        figures = (("Bunga efektif diakui", m(up_i - down_i)),
                   ("Amortisasi provisi dan administrasi", m(up_f - down_f)), ("Pinjaman dengan selisih", n))
        return events, figures, n
    if step == "nonaccrual":
        total, n = _sums(_nonaccrual_rows_sql(), "SUM(a), COUNT(*)")
        event = "interest_suspense" if _mode() == "suspense" else "interest_accrual_reversal"
        return ([(event, m(total))],
                (("Bunga akrual dibalik (kelas 3–5)", m(total)), ("Pinjaman berhenti diakru", n)), n)
    if step == "allowance":
        up, down, target, n = _sums(_allowance_rows_sql(), "SUM(CASE WHEN da > 0 THEN da ELSE 0 END), "
                                    "SUM(CASE WHEN da < 0 THEN -da ELSE 0 END), SUM(target), "
                                    "SUM(CASE WHEN da <> 0 THEN 1 ELSE 0 END)")
        gross, npl = _sums(f"SELECT * FROM {STATE} WHERE open = 1",
                           "SUM(principal_outstanding), SUM(CASE WHEN collectibility >= 3 THEN principal_outstanding "
                           "ELSE 0 END)")
        npl_allow = _npl_allowance()
        npf_gross = (D(npl) / D(gross) * 100).quantize(D("0.01")) if gross else ZERO
        npf_net = (D(max(0, npl - npl_allow)) / D(max(1, gross - npl_allow)) * 100).quantize(D("0.01")) \
            if gross else ZERO
        figures = (("Cadangan yang dibutuhkan", m(target)), ("Pembentukan (beban)", m(up)),
                   ("Pemulihan", m(down)), ("Pinjaman bruto", m(gross)), ("NPF bruto %", npf_gross),
                   ("NPF neto %", npf_net))
        return [("loss_allowance", m(up)), ("loss_allowance_release", m(down))], figures, n
    raise ValueError(step)


def _npl_allowance() -> int:
    from models.accounting import allowance as allowance_mod

    target = allowance_mod.target_sql(allowance_mod.policy())
    return int(database.obj.execute_sql(
        f"SELECT COALESCE(SUM({target}), 0) FROM {STATE} WHERE open = 1 AND collectibility >= 3").fetchone()[0] or 0)


def _insert_entries(step: str, period_end: dt.date, journal_id: int | None) -> int:
    """Write the step's per-loan entries with one INSERT … SELECT; returns the rows written."""
    db = database.obj
    p = db.param
    stamp = now().isoformat(sep=" ")
    head = ("INSERT INTO loan_income_entry (loan_id, date, source, journal_id, accrued, deferred, allowance, "
            "interest_income, fee_income, suspended, modification, created_at) ")
    suspense = _mode() == "suspense"
    if step == "accruals":
        # Under a suspense account the released suspended interest was never out of the receivable.
        accrued = "di - susp" if suspense else "di"
        body = (f"SELECT loan_id, {p}, 'accrual', {p}, {accrued}, -df, 0, di, df, -susp, 0, {p} "
                f"FROM ({_accrual_rows_sql()}) x WHERE di <> 0 OR df <> 0 OR susp <> 0")
    elif step == "nonaccrual":
        accrued = "0" if suspense else "-a"
        body = (f"SELECT loan_id, {p}, 'nonaccrual', {p}, {accrued}, 0, 0, -a, 0, a, 0, {p} "
                f"FROM ({_nonaccrual_rows_sql()}) x")
    elif step == "allowance":
        body = f"SELECT loan_id, {p}, 'allowance', {p}, 0, 0, da, 0, 0, 0, 0, {p} FROM ({_allowance_rows_sql()}) x " \
               "WHERE da <> 0"
    else:
        raise ValueError(step)
    cursor = db.execute_sql(head + body, (period_end.isoformat(), journal_id, stamp))
    return cursor.rowcount


def _lines(events: list) -> tuple:
    from models.ledger.posting_rules import build_lines

    lines = build_lines(events)
    return tuple((l.code, D(l.debit or 0), D(l.credit or 0)) for l in lines)


# ------------------------------------------------------------------------------------------------ preview
def preview(step: str, period_end) -> StepPreview:
    """What ``step`` would post for the month (figures and journal lines); writes nothing lasting.

    Raises:
        ValidationError: an unknown step or a bad month.
    """
    period_end = _as_period_end(period_end)
    if step not in STEPS:
        raise ValidationError(FieldError("step", _("langkah tidak dikenal: {step}", step=repr(step))))

    def body():
        _ensure_income_rows(period_end)
        count = _build_state(period_end)
        if step in ("accruals", "nonaccrual", "allowance"):
            events, figures, n = _events_for(step)
            return StepPreview(step, period_end, figures, _lines(events), n)
        if step == "advances":
            rows = _advance_candidates(period_end)
            total = sum((from_minor(r[1]) for r in rows), ZERO)
            return StepPreview(step, period_end, (("Titipan yang bisa dipakai", total), ("Pinjaman", len(rows))),
                               (), len(rows))
        if step == "reconcile":
            problems = tuple(reconciliation_problems())
            return StepPreview(step, period_end, (("Masalah ditemukan", len(problems)),), (), count, problems)
        status = month_status(period_end)
        return StepPreview(step, period_end, (("Pinjaman dalam snapshot", count),
                                              ("Langkah belum dijalankan", len(status.missing))), (), count,
                           tuple(STEP_LABELS[s] for s in status.missing))

    db = database.obj
    # A preview computes in a transaction it rolls back: the backfill of old loans' income rows must not stick.
    with db.atomic() as txn:
        result = body()
        txn.rollback()
    return result


# ------------------------------------------------------------------------------------------------ running
def _require_open(period_end: dt.date) -> None:
    if is_closed(period_end):
        raise ConflictError(_("periode {period_end} sudah ditutup; buka kembali dulu untuk menjalankan ulang",
                              period_end=format(period_end, "%m/%Y")))


def run_step(actor: User, step: str, period_end, *, _reuse: bool = False) -> StepResult:
    """Run one step of the month's close (permission ``period.close``; one transaction; audited).

    Idempotent: it posts only the difference between what the books should hold at the month end and what
    they hold, so a rerun posts nothing.
    Raises:
        ConflictError: the month is closed, or (``reconcile``) the books do not reconcile, or (``close``) a
        step is missing.  PermissionDenied, ValidationError.
    """
    require(actor, "period.close")
    period_end = _as_period_end(period_end)
    if step not in STEPS:
        raise ValidationError(FieldError("step", _("langkah tidak dikenal: {step}", step=repr(step))))
    if step == "close":
        return close(actor, period_end, _reuse=_reuse)

    def body() -> StepResult:
        _require_open(period_end)
        _ensure_income_rows(period_end)
        journal = None
        n = 0
        if step == "advances":
            figures, n = _apply_advances(actor, period_end)
        elif step == "reconcile":
            _build_state(period_end, _reuse)
            problems = reconciliation_problems()
            if problems:
                raise ConflictError(_("rekonsiliasi gagal: {problems}", problems="; ".join(problems[:5])))
            figures = (("Masalah ditemukan", 0),)
        else:
            _build_state(period_end, _reuse)
            events, figures, n = _events_for(step)
            if any(amount for _e, amount in events):
                journal = _post(actor, step, events, period_end)
            _insert_entries(step, period_end, journal.id if journal else None)
        record = MonthEndStep.create(period_end=period_end, step=step, journal=journal,
                                     figures=json.dumps([[k, str(v)] for k, v in figures]), run_by=actor)
        audit.record(actor, f"month_end.{step}", "month_end_step", record.id,
                     after={"period_end": period_end, "journal": journal.number if journal else None,
                            **{str(k): v for k, v in figures}})
        return StepResult(step, period_end, journal.number if journal else None, tuple(figures), n)

    return run_in_transaction(body)


def _post(actor: User, step: str, events: list, period_end: dt.date) -> Journal | None:
    return post_event(actor, events, date=period_end, description=f"{STEP_LABELS[step]} {period_end:%m/%Y}",
                      source="month_end", reference=f"ME/{period_end:%Y%m}/{step}")


def run_all(actor: User, period_end, *, close_month: bool = True) -> list[StepResult]:
    """Run every step in order (and close the month unless ``close_month`` is False)."""
    period_end = _as_period_end(period_end)
    # The advances step changes payments; every later step reads the same base table, built once.
    results = [run_step(actor, "advances", period_end)]
    _BASE_FOR[0] = None
    results += [run_step(actor, step, period_end, _reuse=True) for step in STEPS[1:-1]]
    if close_month:
        results.append(close(actor, period_end, _reuse=True))
    return results


def month_status(period_end) -> MonthStatus:
    """Which steps stand for the month: a step run before the month was last reopened no longer counts.

    "Before" is read from the audit trail's sequence (gap-free, one per action), not from clock times, so a
    reopen in the same second as a step still makes the step stale.
    """
    from models.core.audit import AuditLog

    period_end = _as_period_end(period_end)
    period = Period.get_or_none((Period.year == period_end.year) & (Period.month == period_end.month))
    status = MonthStatus(period_end, closed=bool(period is not None and period.status == PERIOD_CLOSED))
    reopened = (AuditLog.select(AuditLog.seq)
                .where((AuditLog.action == "period.reopen") & (AuditLog.entity_id == f"{period_end:%Y-%m}"))
                .order_by(AuditLog.seq.desc()).scalar()) or 0
    for step in STEPS[:-1]:
        row = (AuditLog.select(AuditLog.seq, AuditLog.ts)
               .join(MonthEndStep, on=(AuditLog.entity_id == MonthEndStep.id.cast("TEXT")))
               .where((AuditLog.action == f"month_end.{step}") & (AuditLog.entity == "month_end_step")
                      & (MonthEndStep.period_end == period_end))
               .order_by(AuditLog.seq.desc()).first())
        standing = row is not None and row.seq > reopened
        status.done[step] = row.ts if standing else None
    return status


def close(actor: User, period_end, *, _reuse: bool = False) -> StepResult:
    """Close the month: refuse while a step is missing; credit the savings' monthly interest (a cooperative);
    write the month's loan snapshot; close the period.

    Raises:
        ConflictError: a step is missing (named), or the month is already closed.
    """
    require(actor, "period.close")
    period_end = _as_period_end(period_end)

    def body() -> StepResult:
        from models.ledger.journals import close_month as ledger_close

        _require_open(period_end)
        status = month_status(period_end)
        if status.missing:
            raise ConflictError(_("tutup buku ditolak: langkah belum dijalankan: {steps}",
                                  steps=", ".join(STEP_LABELS[s] for s in status.missing)))
        # A cooperative's savings earn their month's interest (jasa) before the month closes (issue 17); the run is
        # idempotent, so a month reopened and closed again credits nothing twice.
        from models.savings.savings import SavingsAccount, credit_monthly_interest

        credited = None
        if SavingsAccount.select().exists():
            credited = credit_monthly_interest(actor, period_end)
        count = write_snapshot(period_end, _reuse)
        ledger_close(actor, period_end.year, period_end.month)
        figures = (("Pinjaman dalam snapshot", count),)
        if credited is not None:
            figures += (("Rekening simpanan diberi jasa", getattr(credited, "accounts", 0)),)
        record = MonthEndStep.create(period_end=period_end, step="close", figures=json.dumps([["snapshot", count]]),
                                     run_by=actor)
        audit.record(actor, "month_end.close", "month_end_step", record.id,
                     after={"period_end": period_end, "snapshot": count})
        return StepResult("close", period_end, None, figures, count)

    return run_in_transaction(body)


def write_snapshot(period_end: dt.date, _reuse: bool = False) -> int:
    """Replace the month's :class:`~models.loans.snapshots.LoanSnapshot` rows with one INSERT … SELECT.

    Beside the state table's columns it records what the collection rate needs (issue 15, item 9), set-based:
    the collector assigned at the month end (the assignment running on ``period_end``: started on or before it,
    not ended by it — a loan moved during the month counts for the collector holding it at the end), what fell
    due in the month (principal + interest of installments due from the 1st to ``period_end``) and what was
    received in the month for installments due up to ``period_end`` (principal and interest allocations of
    posted payments with value date in the month, titipan applied included; prepaid future installments are not
    collection).  ``collection_assignment`` belongs to the collections package above this one, so it is read
    by table name, never imported.
    """
    from models.accounting import allowance as allowance_mod  # noqa: F401  (the state table reads its policy)
    from models.loans.snapshots import COLLECTION_COLUMNS, SNAPSHOT_COLUMNS

    db = database.obj
    p = db.param
    _build_state(period_end, _reuse)
    d, first = period_end.isoformat(), period_end.replace(day=1).isoformat()
    db.execute_sql(f"DELETE FROM loan_snapshot WHERE period_end = {p}", (d,))
    cols = ", ".join(SNAPSHOT_COLUMNS + COLLECTION_COLUMNS)
    select = (f"SELECT {p}, s.loan_id, branch_id, product_id, officer_id, dealer_id, customer_id, region_code, "
              f"disbursed_on, months_on_book, principal_outstanding, accrued_interest, deferred_fee, "
              f"allowance, interest_suspended, days_past_due, collectibility, stage, amount_overdue, status, "
              f"(collectibility < 3), "
              f"CASE WHEN method = 'none' THEN 'flat' ELSE method END, collateral_value, "
              f"ca.collector_id, COALESCE(du.amount, 0), COALESCE(co.amount, 0) FROM {STATE} s "
              f"LEFT JOIN (SELECT loan_id, MAX(collector_id) AS collector_id FROM collection_assignment "
              f"WHERE started_on <= {p} AND (ended_on IS NULL OR ended_on > {p}) GROUP BY loan_id) ca "
              f"ON ca.loan_id = s.loan_id "
              f"LEFT JOIN (SELECT loan_id, CAST(SUM(amount) AS BIGINT) AS amount FROM installment "
              f"WHERE due_date >= {p} AND due_date <= {p} GROUP BY loan_id) du ON du.loan_id = s.loan_id "
              f"LEFT JOIN (SELECT py.loan_id, CAST(SUM(a.amount) AS BIGINT) AS amount FROM payment py "
              f"JOIN payment_allocation a ON a.payment_id = py.id JOIN installment i ON i.id = a.installment_id "
              f"WHERE py.status = 'posted' AND py.date >= {p} AND py.date <= {p} "
              f"AND a.part IN ('principal', 'interest') AND i.due_date <= {p} GROUP BY py.loan_id) co "
              f"ON co.loan_id = s.loan_id")
    cursor = db.execute_sql(f"INSERT INTO loan_snapshot ({cols}) {select}", (d, d, d, first, d, first, d, d))
    return cursor.rowcount


# ------------------------------------------------------------------------------------------------ advances
def _advance_candidates(period_end: dt.date) -> list[tuple[int, int]]:
    db = database.obj
    return db.execute_sql(
        f"SELECT id, advance_balance FROM loan WHERE status = 'active' AND advance_balance > 0 "
        f"AND oldest_unpaid_due IS NOT NULL AND oldest_unpaid_due <= {db.param}",
        (period_end.isoformat(),)).fetchall()


def _apply_advances(actor: User, period_end: dt.date) -> tuple[tuple, int]:
    """Apply every advance (titipan) held to the installments fallen due up to ``period_end``, each on its own
    due date (issue 13's rule, :func:`models.cashier.figures.apply_due_advances`): a zero-cash posting dated the
    due date, so no late fee and no days past due accrue on the part the advance covered.  Idempotent: an
    advance applied is no longer held, so a rerun finds nothing to apply."""
    from models.cashier.figures import apply_due_advances

    rows = _advance_candidates(period_end)
    if not rows:
        return (("Titipan dipakai", ZERO), ("Pinjaman", 0)), 0
    ids = [loan_id for loan_id, _minor in rows]
    held = sum((int(m) for _i, m in rows), 0)
    apply_due_advances(actor, period_end)
    left = sum(int(v or 0) for (v,) in database.obj.execute_sql(
        f"SELECT advance_balance FROM loan WHERE id IN ({', '.join(str(int(i)) for i in ids)})").fetchall())
    return (("Titipan dipakai", from_minor(held - left)), ("Pinjaman", len(rows))), len(rows)


# ------------------------------------------------------------------------------------- old loans' income rows
def _ensure_income_rows(period_end: dt.date) -> int:
    """Give loans booked before the income sub-ledger existed their :class:`LoanIncome` row (once).

    Such a loan's fees already went to income and its interest was income when received, so it opens with no
    deferred fee and with the interest received so far as already recognised; from then on it accrues like any
    other loan of the office's method.
    """
    from models.loans.loan_income import LoanIncome, income_method, open_legacy_loans
    from models.loans.loans import Loan

    missing = [i for (i,) in Loan.select(Loan.id).where((Loan.disbursed_on <= period_end)
                                                        & Loan.id.not_in(LoanIncome.select(LoanIncome.loan)))
               .order_by(Loan.id).tuples()]
    return open_legacy_loans(missing, method=income_method(), date=period_end)


# -------------------------------------------------------------------------------------------- reconciliation
def reconciliation_problems() -> list[str]:
    """The checks a month end must pass: every control account equals its sub-ledger; trial balance balances."""
    from models.accounting import month_end_checks
    from models.ledger.chart import chart_roles
    from models.ledger.checks import control_accounts_reconcile, trial_balance_balances
    from models.loans import checks as loans_checks

    loans_checks._register()
    month_end_checks.register(chart_roles())
    return control_accounts_reconcile() + trial_balance_balances()


# ------------------------------------------------------------------------------------------- command line
def _format_value(value, name: str = "") -> str:
    from models.core.money import format_rupiah

    if name.endswith("%"):
        return f"{value} %".replace(".", ",")
    if isinstance(value, Decimal):
        return format_rupiah(value, 2) if value == value.quantize(D("0.01")) else str(value)
    return str(value)


def _print_preview(p: StepPreview, out) -> None:
    from models.core.money import format_amount

    print(f"[{p.step}] {p.label} — {p.period_end:%d/%m/%Y}", file=out)
    for label, value in p.figures:
        print(f"    {label:<44} {_format_value(value, label)}", file=out)
    for code, debit, credit in p.lines:
        print(f"    jurnal {code:<8} debit {format_amount(debit, 2):>20}  kredit {format_amount(credit, 2):>20}",
              file=out)
    for problem in p.problems:
        print(f"    ! {problem}", file=out)


def _command_user(username: str | None) -> User:
    from models.core.users import Role, get_user

    if username:
        return get_user(username)
    user = (User.select().where((User.active == True) & (User.role.in_([Role.ACCOUNTANT.value, Role.MANAGER.value])))  # noqa: E712
            .order_by(User.role, User.id).first())
    if user is None:
        raise ValidationError(FieldError("user", _("sebutkan --user: tidak ada akuntan atau manajer aktif")))
    return user


def month_end_command(args) -> int:
    """``main.py --db FILE month-end --month YYYY-MM [--user U] [--preview] [--no-close]``.

    Prints every step's figures and journal, then runs the steps in order and closes the month (unless
    ``--preview`` or ``--no-close``).  Exit 0 when done, 1 when a step was refused (nothing half-posted: each
    step is its own transaction and a rerun continues where it stopped).
    """
    import sys

    period_end = parse_month(args.month)
    user = _command_user(getattr(args, "user", None))
    out = sys.stdout
    print(f"Tutup buku bulan {period_end:%m/%Y} oleh {user.username}", file=out)
    for step in STEPS:
        _print_preview(preview(step, period_end), out)
    if getattr(args, "preview", False):
        return 0
    results = run_all(user, period_end, close_month=not getattr(args, "no_close", False))
    for result in results:
        if result.step == "close":
            print(f"  ✓ {STEP_LABELS['close']} {period_end:%m/%Y}", file=out)
        else:
            print(f"  ✓ {STEP_LABELS[result.step]}"
                  + (f" — jurnal {result.journal}" if result.journal else " — tidak ada jurnal baru"), file=out)
    return 0
