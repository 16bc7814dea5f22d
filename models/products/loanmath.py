"""Installment schedules: the pure arithmetic behind every quote, contract and statement in Angsur.

One function, :func:`build_schedule`, turns loan terms into an immutable :class:`Schedule` of
:class:`ScheduleRow` records.  It touches no database and no Qt, so the CMO's quick quote, the contract, the
RIPLAY product summary and the tests all run the same code.

Why it is shaped this way:

* Every amount is a ``Decimal`` built through :func:`models.core.money.D` and rounded only by
  :func:`models.core.money.round_money`.  Interest is rounded to the sen each period; the regular installment is
  rounded by the product's rule (offices round *up* to Rp 100 or Rp 1.000 so that cash is easy to count).
* The three methods share one loop.  Each row takes its interest (fixed for flat, on the outstanding balance
  otherwise), aims at a target installment, and books ``installment - interest`` as principal.  The last row
  takes whatever principal is left, so principal parts always sum exactly to the principal and the final
  balance is exactly zero -- "the last installment absorbs the difference" (DOMAIN.md).
* A coarse rounding step on a tiny loan can repay the principal before the last period.  The schedule never
  books more principal than is outstanding: the remaining rows carry no principal, only the interest still owed
  (a flat contract owes its flat interest for the whole tenor; on a zero balance effective interest is nil).
  No amount is ever negative.
* Flat interest uses 30/360 months (and 52 weeks / 26 fortnights): never day counts, as the office quotes it.
* The effective rate is the internal rate of return of what the customer actually receives (principal minus
  fees deducted at disbursement) against what they pay, annualised as periodic rate x periods per year -- the
  figure banks disclose when converting a flat rate (POJK 13/2024).  18 % flat over 12 months is about 31,7 %.
"""
from __future__ import annotations

import calendar
import json
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal, localcontext
from enum import Enum
from typing import Sequence

from models.core.errors import FieldError, ValidationError
from models.core.money import (
    ROUND_DOWN_RUPIAH,
    ROUND_RUPIAH,
    ROUND_SEN,
    ROUNDING_RULES,
    SEN,
    ZERO,
    D,
    MoneyError,
    RoundingRule,
    format_amount,
    format_rupiah,
    money_sum,
    parse_rupiah,
    round_money,
    rounding_rule,
)
from models.core.texts import _

__all__ = [
    "Method", "Frequency", "ScheduleRow", "Schedule", "build_schedule", "add_months", "due_dates",
    "effective_rate", "irr", "npv", "pmt", "validate_terms", "schedule_command", "PERIODS_PER_YEAR",
    "MAX_PRINCIPAL", "MAX_TENOR",
]

#: Upper bound for a principal; anything above is a typing slip, not a loan a branch books (configurable).
MAX_PRINCIPAL = D(100_000_000_000)
MAX_RATE = D(100)
MAX_TENOR = 360

HUNDRED = D(100)
RATE_PLACES = Decimal("0.0001")
# Enough digits that Rp 100 billion to the sen (13 digits) times a 360-period discount factor keeps its sen.
_PRECISION = 40
_IRR_TOLERANCE = Decimal("1e-20")  # far below the 1e-12 asked for: Newton converges quadratically anyway
_IRR_MAX_ITERATIONS = 300


class Method(str, Enum):
    """How interest is charged.  Values are the stable codes stored with products and loans."""

    FLAT = "flat"                        # bunga flat: leasing and cooperatives
    ANNUITY = "annuity"                  # efektif anuitas: equal installments, banks
    EQUAL_PRINCIPAL = "equal-principal"  # efektif menurun: fixed principal part, falling installment


class Frequency(str, Enum):
    """How often an installment falls due."""

    MONTHLY = "monthly"
    WEEKLY = "weekly"
    BIWEEKLY = "biweekly"


PERIODS_PER_YEAR = {Frequency.MONTHLY: 12, Frequency.WEEKLY: 52, Frequency.BIWEEKLY: 26}
_DAYS_PER_PERIOD = {Frequency.WEEKLY: 7, Frequency.BIWEEKLY: 14}

METHOD_LABELS = {Method.FLAT: "flat", Method.ANNUITY: "efektif anuitas",
                 Method.EQUAL_PRINCIPAL: "efektif menurun"}
PERIOD_LABELS = {Frequency.MONTHLY: "bulan", Frequency.WEEKLY: "minggu", Frequency.BIWEEKLY: "periode dua mingguan"}


@dataclass(frozen=True)
class ScheduleRow:
    """One installment.  ``balance`` is the principal still outstanding after this row is paid."""

    no: int
    due_date: date
    installment: Decimal
    principal: Decimal
    interest: Decimal
    balance: Decimal


@dataclass(frozen=True)
class Schedule:
    """A whole schedule with the figures a quote or RIPLAY shows.

    ``installment`` is the regular (rounded) installment: the constant one for flat and annuity, the first
    amortising one (the highest) for equal principal.  ``annual_rate`` and ``effective_annual_rate`` are
    percentages (``Decimal("18")`` means 18 % per year).
    """

    principal: Decimal
    annual_rate: Decimal
    method: Method
    frequency: Frequency
    tenor: int
    rows: tuple[ScheduleRow, ...]
    installment: Decimal
    total_interest: Decimal
    total_payable: Decimal
    effective_annual_rate: Decimal
    upfront_costs: Decimal
    rounding: str = "sen"
    grace: int = 0


# --------------------------------------------------------------------------------------------- dates

def add_months(d: date, n: int, anchor_day: int | None = None) -> date:
    """The date ``n`` months after ``d``, clamped to the month's end.

    Args:
        d: the starting date.
        n: months to add (may be negative).
        anchor_day: the day of month the series is anchored on (defaults to ``d.day``).  Passing the original
            day keeps a series from drifting: 31 Jan + 1 = 29 Feb 2024, but 29 Feb + 1 with anchor 31 = 31 Mar.
    Returns:
        The shifted date.
    """
    day = anchor_day if anchor_day is not None else d.day
    months = d.year * 12 + (d.month - 1) + n
    year, month = divmod(months, 12)
    month += 1
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def due_dates(start: date, tenor: int, frequency: Frequency | str = Frequency.MONTHLY,
              first_due: date | None = None) -> list[date]:
    """Due dates of a loan disbursed on ``start``.

    Args:
        start: disbursement (contract) date.
        tenor: number of installments.
        frequency: monthly, weekly or biweekly.
        first_due: first due date; defaults to one period after ``start``.  Monthly series anchor on the day
            of ``first_due`` (or of ``start`` when ``first_due`` is not given), so month ends never drift.
    Returns:
        ``tenor`` dates, earliest first.
    """
    frequency = Frequency(frequency)
    if frequency is Frequency.MONTHLY:
        if first_due is None:
            return [add_months(start, k, start.day) for k in range(1, tenor + 1)]
        return [add_months(first_due, k, first_due.day) for k in range(tenor)]
    step = timedelta(days=_DAYS_PER_PERIOD[frequency])
    first = first_due if first_due is not None else start + step
    return [first + step * k for k in range(tenor)]


# ------------------------------------------------------------------------------------ rates and PMT

def pmt(rate_per_period: Decimal, n: int, principal: Decimal) -> Decimal:
    """The exact (unrounded) equal installment that repays ``principal`` over ``n`` periods.

    ``PMT = P * i / (1 - (1 + i) ** -n)``; with ``i = 0`` it is ``P / n``.  Computed with 40 digits.

    Args:
        rate_per_period: periodic rate as a fraction (``Decimal("0.015")`` for 1,5 % a month).
        n: number of periods (>= 1).
        principal: amount lent.
    Returns:
        The installment as an unrounded Decimal (round it with ``round_money``).
    """
    i, p = D(rate_per_period), D(principal)
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        if i == 0:
            return p / n
        # P*i*g/(g-1) with g = (1+i)^n rather than the textbook (1+i)^-n: a positive power of a terminating
        # decimal is exact while it fits the precision, so PMT stays exact where it can be (one period:
        # P*(1+i) exactly), and a "round down" rule does not lose a rupiah to 0,999... .
        growth = (1 + i) ** n
        return p * i * growth / (growth - 1)


def npv(rate_per_period: Decimal, principal_received: Decimal, flows: Sequence[Decimal]) -> Decimal:
    """Present value of ``flows`` (paid at the end of periods 1, 2, ...) minus what was received at t0."""
    value, _ = _npv_and_slope(D(rate_per_period), D(principal_received), [D(f) for f in flows])
    return value


def _npv_and_slope(r: Decimal, received: Decimal, flows: Sequence[Decimal]) -> tuple[Decimal, Decimal]:
    """NPV at ``r`` and its derivative, in one pass with a running discount factor (no powers per row)."""
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        v = 1 / (1 + r)
        discount = Decimal(1)
        value, slope = -received, ZERO
        for k, flow in enumerate(flows, start=1):
            discount *= v
            value += flow * discount
            slope -= k * flow * discount
        return value, slope * v


def irr(principal_received: Decimal, flows: Sequence[Decimal]) -> Decimal:
    """Periodic internal rate of return: the ``r`` at which the flows' present value equals what was received.

    Newton's method, kept inside a bracket that always holds the root; whenever a Newton step would leave the
    bracket (or the slope vanishes) the step is a bisection instead, so it converges for any sane loan.

    Args:
        principal_received: cash the customer received at t0 (principal minus fees deducted).
        flows: installments paid at the end of periods 1..n (all >= 0, not all zero).
    Returns:
        The periodic rate as an unrounded fraction.
    Raises:
        ValueError: if no rate makes the flows worth what was received (nothing received, nothing paid).
    """
    received = D(principal_received)
    flows = [D(f) for f in flows]
    if received <= 0 or not any(f > 0 for f in flows) or any(f < 0 for f in flows):
        raise ValueError("an internal rate of return needs cash received and installments paid")
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        # NPV falls as r rises (all flows are payments); find lo with NPV > 0 and hi with NPV < 0.
        lo, hi = Decimal("-0.99"), Decimal(1)
        while _npv_and_slope(hi, received, flows)[0] > 0:
            lo, hi = hi, hi * 2
        total = money_sum(flows)
        r = (total / received - 1) / len(flows)  # the flat-ish guess is close for ordinary loans
        if not lo < r < hi:
            r = (lo + hi) / 2
        for _ in range(_IRR_MAX_ITERATIONS):
            value, slope = _npv_and_slope(r, received, flows)
            if value == 0:
                return r
            if value > 0:
                lo = r
            else:
                hi = r
            nxt = r - value / slope if slope != 0 else None
            if nxt is None or not lo < nxt < hi:
                nxt = (lo + hi) / 2
            if abs(nxt - r) < _IRR_TOLERANCE:
                return nxt
            r = nxt
        return r


def effective_rate(principal_received: Decimal, flows: list[Decimal], periods_per_year: int) -> Decimal:
    """Effective annual rate of a loan, as a percentage with four decimals.

    Args:
        principal_received: cash the customer received at t0 (principal minus upfront costs).
        flows: installments, one per period.
        periods_per_year: 12 monthly, 52 weekly, 26 biweekly.
    Returns:
        ``periodic IRR x periods_per_year x 100`` quantized half-up to ``0.0001`` -- the nominal annual figure
        banks disclose (``Decimal("31.7164")`` for 18 % flat over 12 months, as numpy-financial's ``rate`` agrees).
    """
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        annual = irr(principal_received, flows) * periods_per_year * HUNDRED
        return annual.quantize(RATE_PLACES, rounding=ROUND_HALF_UP)


# ------------------------------------------------------------------------------------- validation

def _as_int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value.strip())
    if isinstance(value, Decimal) and value == value.to_integral_value():
        return int(value)
    return None


def _as_decimal(value: object) -> Decimal | None:
    try:
        return D(value)
    except MoneyError:
        return None


def validate_terms(principal, annual_rate, tenor, method, frequency, rounding, grace) -> list[FieldError]:
    """Check loan terms; return every broken rule at once (empty list = acceptable).

    Args:
        principal: amount lent (Decimal, int or numeric string); > 0, at most Rp 100 billion, whole sen.
        annual_rate: percentage per year, 0..100.
        tenor: number of installments, 1..360.
        method, frequency, rounding: codes (or enum members / rule) that must be known.
        grace: interest-only periods at the start, 0 <= grace < tenor.
    Returns:
        A list of :class:`FieldError` (field names as above, ``annual_rate`` for the rate).
    """
    errors: list[FieldError] = []
    p = _as_decimal(principal)
    if p is None:
        errors.append(FieldError("principal", _("pokok pinjaman harus berupa angka"), "not_a_number"))
    elif p <= 0:
        errors.append(FieldError("principal", _("pokok pinjaman harus lebih dari nol"), "not_positive"))
    elif p > MAX_PRINCIPAL:
        errors.append(FieldError("principal", _("pokok pinjaman tidak wajar (lebih dari {amount})", amount=format_rupiah(MAX_PRINCIPAL)), "too_large"))
    elif p != p.quantize(SEN, rounding=ROUND_HALF_UP):
        errors.append(FieldError("principal", _("pokok pinjaman tidak boleh lebih kecil dari satu sen"), "sub_sen"))

    r = _as_decimal(annual_rate)
    if r is None:
        errors.append(FieldError("annual_rate", _("suku bunga harus berupa angka"), "not_a_number"))
    elif r < 0 or r > MAX_RATE:
        errors.append(FieldError("annual_rate", _("suku bunga harus antara 0 dan 100 % per tahun"), "out_of_range"))

    n = _as_int(tenor)
    if n is None:
        errors.append(FieldError("tenor", _("tenor harus bilangan bulat"), "not_an_integer"))
    elif not 1 <= n <= MAX_TENOR:
        errors.append(FieldError("tenor", _("tenor harus antara 1 dan {max} angsuran", max=MAX_TENOR), "out_of_range"))

    g = _as_int(grace)
    if g is None:
        errors.append(FieldError("grace", _("masa tenggang harus bilangan bulat"), "not_an_integer"))
    elif g < 0:
        errors.append(FieldError("grace", _("masa tenggang tidak boleh negatif"), "negative"))
    elif n is not None and 1 <= n <= MAX_TENOR and g >= n:
        errors.append(FieldError("grace", _("masa tenggang harus lebih pendek dari tenor"), "not_below_tenor"))

    if method not in set(Method) and method not in {m.value for m in Method}:
        errors.append(FieldError("method", _("metode bunga tidak dikenal (flat, annuity, equal-principal)"),
                                 "unknown"))
    if frequency not in set(Frequency) and frequency not in {f.value for f in Frequency}:
        errors.append(FieldError("frequency", _("frekuensi tidak dikenal (monthly, weekly, biweekly)"), "unknown"))
    if not isinstance(rounding, RoundingRule) and str(rounding) not in ROUNDING_RULES:
        errors.append(FieldError("rounding", _("aturan pembulatan tidak dikenal ({rules})", rules=', '.join(ROUNDING_RULES)),
                                 "unknown"))
    return errors


def _flat_interest_parts(p: Decimal, i: Decimal, n: int, interest_rule: RoundingRule) -> list[Decimal]:
    """Flat interest per period: the total is exactly ``P × rate × periods`` (rounded once by ``interest_rule``)
    and the rounding residue of the per-period split goes to the last period (issue 13, item 6)."""
    if interest_rule is ROUND_SEN:
        # Sen rules keep the historical split: each period's interest rounded to the sen, the total following.
        return [round_money(p * i)] * n
    total = round_money(p * i * n, interest_rule)
    each = round_money(total / n, ROUND_DOWN_RUPIAH)  # down, so the last period's share is never negative
    return [each] * (n - 1) + [total - each * (n - 1)]


def _schedule_rows(p: Decimal, i: Decimal, n: int, g: int, method: "Method", dates: list,
                   rule: RoundingRule, interest_rule: RoundingRule,
                   spread: bool = False) -> tuple[Decimal, list["ScheduleRow"]]:
    """The rows of one schedule for one installment rounding rule: (regular installment, rows)."""
    amortising = n - g
    even_principal = p / amortising
    flat = _flat_interest_parts(p, i, n, interest_rule) if method is Method.FLAT else None
    if method is Method.ANNUITY:
        regular = round_money(pmt(i, amortising, p), rule)
    elif method is Method.FLAT and spread:
        regular = round_money(even_principal + flat[g], rule)
    elif method is Method.FLAT:
        regular = round_money((p + sum(flat[g:], ZERO)) / amortising, rule)
    else:
        # Equal principal: the first amortising installment, on the balance still whole after grace.
        regular = round_money(even_principal + round_money(p * i, interest_rule), rule)
    rows: list[ScheduleRow] = []
    balance = p
    for no, due in enumerate(dates, start=1):
        interest = flat[no - 1] if method is Method.FLAT else round_money(balance * i, interest_rule)
        if no <= g:
            principal_part = ZERO
        elif no == n:
            principal_part = balance  # the last installment absorbs every rounding difference
        else:
            if spread and method is not Method.FLAT:
                # Last resort on a tiny loan whose interest rounds away: an even principal part per period.
                target = round_money(even_principal, rule) + interest
            elif method is Method.EQUAL_PRINCIPAL:
                target = round_money(even_principal + interest, rule)
            else:
                target = regular
            # Never book more principal than is owed, never a negative part (see the module docstring).
            principal_part = min(max(target - interest, ZERO), balance)
        balance -= principal_part
        rows.append(ScheduleRow(no, due, (principal_part + interest).quantize(SEN), principal_part.quantize(SEN),
                                interest, balance.quantize(SEN)))
    return regular, rows


# --------------------------------------------------------------------------------------- schedule

def build_schedule(principal, annual_rate, tenor, method, start: date, *, first_due: date | None = None,
                   frequency=Frequency.MONTHLY, rounding="sen", grace=0, upfront_costs=D(0)) -> Schedule:
    """Build the installment schedule of a loan.

    Args:
        principal: amount lent (after the down payment), Decimal/int/str.
        annual_rate: nominal rate in percent per year (flat rate for ``Method.FLAT``).
        tenor: number of installments, grace periods included.
        method: :class:`Method` or its code.
        start: disbursement date.
        first_due: first due date (default one period after ``start``).
        frequency: :class:`Frequency` or its code.
        rounding: rounding rule code for the regular installment (``"sen"``, ``"0"``, ``"100"``, ``"1000"``,
            ...).  Interest is always rounded to the sen.
        grace: the first ``grace`` periods are interest-only; principal amortises over ``tenor - grace``.
        upfront_costs: fees deducted at disbursement; they lower the cash received and so raise the
            effective rate, but do not change the schedule.
    Returns:
        A :class:`Schedule` whose principal parts sum exactly to ``principal``.
    Raises:
        ValidationError: listing every broken rule.
    """
    errors = validate_terms(principal, annual_rate, tenor, method, frequency, rounding, grace)
    fees = _as_decimal(upfront_costs)
    if fees is None or fees < 0:
        errors.append(FieldError("upfront_costs", _("biaya di muka tidak boleh negatif"), "negative"))
    elif not errors and fees >= D(principal):
        errors.append(FieldError("upfront_costs", _("biaya di muka harus lebih kecil dari pokok pinjaman"),
                                 "not_below_principal"))
    if first_due is not None and first_due <= start:
        errors.append(FieldError("first_due", _("jatuh tempo pertama harus setelah tanggal pencairan"),
                                 "not_after_start"))
    if errors:
        raise ValidationError(errors)

    p, rate = D(principal).quantize(SEN), D(annual_rate)
    n, g = _as_int(tenor), _as_int(grace)
    method, frequency = Method(method), Frequency(frequency)
    rule = rounding_rule(rounding)
    ppy = PERIODS_PER_YEAR[frequency]
    amortising = n - g
    dates = due_dates(start, n, frequency, first_due)
    if p < amortising * SEN:
        raise ValidationError(FieldError("principal", _("pokok pinjaman terlalu kecil untuk tenor ini (setiap angsuran "
                                                        "harus memuat pokok)"), "too_small_for_tenor"))

    # Whole-rupiah rules (Rp 1, 100, 1.000 …) keep every part whole: interest is rounded to the rupiah too, so
    # the installment, its interest and its principal are amounts the customer can pay in cash (issue 13).
    whole = rule.step >= 1
    interest_rule = ROUND_RUPIAH if whole else ROUND_SEN
    # The installment rounds by the product's rule; when that would repay the principal before the last period
    # (a coarse step on a small loan), it rounds the other way, then to the rupiah, so every amortising
    # installment carries principal and the last absorbs the difference (issue 13, item 7).
    attempts = [rule, RoundingRule(rule.code, rule.step, ROUND_FLOOR, rule.label)]
    if rule.step > 1:
        attempts.append(RoundingRule(rule.code, D(1), ROUND_FLOOR, rule.label))
    attempts.append(RoundingRule(rule.code, SEN, ROUND_FLOOR, rule.label))
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        i = rate / HUNDRED / ppy
        # A flat schedule first aims at (principal + interest) ÷ periods, which gives the round figure the
        # office quotes; when its interest is back-loaded by the rupiah split, it aims at principal ÷ periods +
        # the regular interest part.
        tries = [(a, False) for a in attempts] + [(a, True) for a in attempts[1:]]
        for attempt, spread in tries:
            regular, rows = _schedule_rows(p, i, n, g, method, dates, attempt, interest_rule, spread)
            if all(r.principal > ZERO for r in rows[g:]):
                break
    if any(r.installment <= ZERO for r in rows[:g]):
        # An interest-only period with no interest (0 % or a loan too small to earn a rupiah) would be an
        # installment of Rp 0: refused rather than printed (issue 13, item 7).
        raise ValidationError(FieldError("grace", _("masa tenggang tanpa bunga menghasilkan angsuran Rp 0"),
                                         "zero_installment"))
    flows = [row.installment for row in rows]
    total_payable = money_sum(flows)
    return Schedule(
        principal=p, annual_rate=rate, method=method, frequency=frequency, tenor=n, rows=tuple(rows),
        installment=regular, total_interest=money_sum(row.interest for row in rows), total_payable=total_payable,
        effective_annual_rate=effective_rate(p - fees, flows, ppy), upfront_costs=fees.quantize(SEN),
        rounding=rule.code, grace=g,
    )


# -------------------------------------------------------------------------------------------- CLI

def _parse_amount(text: str) -> Decimal:
    """CLI amounts: ``16000000``, ``16.000.000`` or ``Rp 16.000.000,50``; a lone dot is a decimal point."""
    try:
        return parse_rupiah(text)
    except MoneyError:
        return D(str(text).strip())


def _cli_terms(args) -> dict:
    """Read the Namespace into build_schedule's arguments; raise ValidationError on the first bad one."""
    def get(name: str, default: str | None = None) -> str | None:
        value = getattr(args, name, None)
        return default if value is None else value

    terms: dict = {}
    for field, name, parse in (("principal", "principal", _parse_amount),
                               ("annual_rate", "rate", lambda s: D(str(s).strip().replace(",", "."))),
                               ("start", "start", lambda s: date.fromisoformat(str(s).strip()))):
        raw = get(name)
        if raw is None:
            raise ValidationError(FieldError(field, _("wajib diisi"), "required"))
        try:
            terms[field] = parse(raw)
        except (MoneyError, ValueError):
            rule = _("tanggal harus YYYY-MM-DD") if field == "start" else _("harus berupa angka")
            raise ValidationError(FieldError(field, rule, "unparsable")) from None
    # Tenor, grace and the codes stay text: validate_terms reads them and names what is wrong.
    terms["tenor"] = get("tenor", "")
    terms["grace"] = get("grace", "0")
    terms["method"] = get("method", "")
    terms["frequency"] = get("frequency", Frequency.MONTHLY.value)
    terms["rounding"] = get("rounding", "sen")
    return terms


def _schedule_json(s: Schedule) -> str:
    def money(x: Decimal) -> str:
        return f"{x.quantize(SEN):f}"
    return json.dumps({
        "installment": money(s.installment),
        "effective_annual_rate": f"{s.effective_annual_rate:f}",
        "total_interest": money(s.total_interest),
        "rows": [{"no": r.no, "due_date": r.due_date.isoformat(), "installment": money(r.installment),
                  "principal": money(r.principal), "interest": money(r.interest), "balance": money(r.balance)}
                 for r in s.rows],
    })


def format_schedule(s: Schedule) -> str:
    """A readable Indonesian table of the schedule (the CLI's output and a plain-text quote)."""
    unit = PERIOD_LABELS[s.frequency]
    rate = format_amount(s.annual_rate)
    lines = [
        "Simulasi angsuran",
        f"Pokok pinjaman : {format_rupiah(s.principal)}",
        f"Bunga          : {rate} % per tahun ({METHOD_LABELS[s.method]})",
        f"Tenor          : {s.tenor} {unit}" + (f", masa tenggang {s.grace} {unit}" if s.grace else ""),
        f"Angsuran       : {format_rupiah(s.installment)}",
        "",
    ]
    header = ("Ke", "Jatuh tempo", "Angsuran", "Pokok", "Bunga", "Sisa pokok")
    body = [(str(r.no), r.due_date.strftime("%d/%m/%Y"), format_amount(r.installment), format_amount(r.principal),
             format_amount(r.interest), format_amount(r.balance)) for r in s.rows]
    widths = [max(len(row[c]) for row in [header, *body]) for c in range(len(header))]
    for row in [header, *body]:
        lines.append("  ".join(cell.rjust(w) if c != 1 else cell.ljust(w)
                               for c, (cell, w) in enumerate(zip(row, widths))))
    lines += [
        "",
        f"Total bunga    : {format_rupiah(s.total_interest)}",
        f"Total dibayar  : {format_rupiah(s.total_payable)}",
    ]
    if s.upfront_costs:
        lines.append(f"Biaya di muka  : {format_rupiah(s.upfront_costs)}")
    lines.append(f"Bunga efektif  : {format_amount(s.effective_annual_rate, 4)} % per tahun")
    return "\n".join(lines)


def schedule_command(args) -> int:
    """``main.py schedule``: print a schedule as an Indonesian table or, with ``--json``, as JSON.

    Args:
        args: an ``argparse.Namespace`` with string attributes ``method``, ``principal``, ``rate``, ``tenor``,
            ``start`` (YYYY-MM-DD), optional ``frequency`` (monthly), ``rounding`` (sen), ``grace`` (0), and a
            bool ``json``.
    Returns:
        0 on success; 2 after printing one line ``error: <field>: <rule>`` to stderr.
    """
    import sys

    try:
        terms = _cli_terms(args)
        schedule = build_schedule(terms.pop("principal"), terms.pop("annual_rate"), terms.pop("tenor"),
                                  terms.pop("method"), terms.pop("start"), **terms)
    except ValidationError as exc:
        first = exc.errors[0]
        print(f"error: {first.field}: {first.message}", file=sys.stderr)
        return 2
    print(_schedule_json(schedule) if getattr(args, "json", False) else format_schedule(schedule))
    return 0
