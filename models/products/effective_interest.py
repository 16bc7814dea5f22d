"""Effective-interest income (pure maths, no database): the rate that folds fees into the loan, and the
amortised-cost table that says how much income each period of a loan earns.

Why this exists: PSAK 71 (multifinance) and SAK EP (BPR and cooperatives, from 1 January 2025) measure a loan
at amortised cost.  Fees received at disbursement (admin, provision) and direct costs are not income on the day
they are received: they lower the loan's carrying amount, and the **effective rate** — the rate that discounts
the contractual installments to that carrying amount — spreads them, together with the interest, over the
loan's life.  The flat split on the customer's schedule stays what the customer pays; it is not the income.

The table splits each period's income into two lines the income statement shows separately:

* ``interest`` — the interest the contract earns at its own effective rate without fees (``rate_plain``, the
  IRR of the installments against the principal), on the contractual balance; over the life it sums to the
  contract's total interest exactly.
* ``fee`` — the fee amortisation: effective income with fees minus that interest; over the life it sums to the
  fees exactly.

Rounding: each cumulative total is rounded half-up to the sen and a period's figure is the difference of two
rounded cumulative totals, so rounding never accumulates and the last period lands exactly on the totals.

Worked example (issue 14): Rp 206.250.000 over 36 months at 9 % flat, installment Rp 7.276.100 (the last
Rp 7.274.000), admin Rp 2.500.000 + provision Rp 2.062.500 → 1,487283 % a month; income in months 1–3
Rp 2.999.663,61 / 2.936.060,90 / 2.871.512,24; by contract year Rp 31.582.942 / 20.781.204 / 7.885.853.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Sequence

from models.core.money import SEN, ZERO, D
from models.products.loanmath import irr

_PRECISION = 40


@dataclass(frozen=True)
class IncomeRow:
    """One period of the amortised-cost table (rupiah, to the sen).

    ``opening``/``closing`` are the carrying amount (principal − unamortised fees + accrued interest) before and
    after the period's installment; ``income`` = ``interest`` + ``fee``.
    """

    no: int
    start: dt.date | None
    due: dt.date | None
    installment: Decimal
    opening: Decimal
    income: Decimal
    interest: Decimal
    fee: Decimal
    closing: Decimal


@dataclass(frozen=True)
class IncomeTable:
    """The amortised-cost table of one loan.

    Attributes:
        rate: effective rate per period including fees (a fraction, e.g. 0.01487283… a month).
        rate_plain: effective rate per period of the installments against the principal alone.
        rows: one :class:`IncomeRow` per installment.
    """

    principal: Decimal
    fees: Decimal
    rate: Decimal
    rate_plain: Decimal
    rows: tuple[IncomeRow, ...]

    @property
    def total_income(self) -> Decimal:
        return sum((r.income for r in self.rows), ZERO)

    def income_by_year(self, periods_per_year: int = 12) -> list[Decimal]:
        """Income per contract year (periods 1–12, 13–24 …), rupiah to the sen."""
        out: list[Decimal] = []
        for i, row in enumerate(self.rows):
            if i % periods_per_year == 0:
                out.append(ZERO)
            out[-1] += row.income
        return out


def _sen(value: Decimal) -> Decimal:
    return value.quantize(SEN, rounding=ROUND_HALF_UP)


def effective_rate_with_fees(principal, installments: Sequence, fees=ZERO, costs=ZERO) -> Decimal:
    """The effective rate per period with fees and direct costs folded in (unrounded fraction).

    Args:
        principal: amount financed (rupiah).
        installments: the contractual installments, one per period (rupiah).
        fees: fees received from the customer at disbursement (admin + provision; rupiah).
        costs: direct costs the office paid to originate the loan (rupiah); they raise the carrying amount.
    Returns:
        ``r`` such that the installments discounted at ``r`` equal ``principal − fees + costs``
        (PSAK 71 / SAK EP: amortised cost, effective-interest method).
    Raises:
        ValueError: nothing financed or nothing paid.
    """
    return irr(D(principal) - D(fees) + D(costs), [D(i) for i in installments])


def income_table(principal, installments: Sequence, fees=ZERO, costs=ZERO,
                 due_dates: Sequence[dt.date] | None = None, start: dt.date | None = None) -> IncomeTable:
    """The amortised-cost table: each period's income at the effective rate, split into interest and fees.

    Args:
        principal: amount financed (rupiah).
        installments: contractual installments (rupiah), one per period, the customer's schedule.
        fees: fees deferred at disbursement (rupiah, ≥ 0); costs: direct costs (rupiah, ≥ 0).
        due_dates, start: optional dates (the disbursement date opens the first period).
    Returns:
        :class:`IncomeTable`; the incomes sum to ``sum(installments) − principal + fees − costs`` exactly.
    """
    principal, fees, costs = D(principal), D(fees), D(costs)
    flows = [D(i) for i in installments]
    carrying0 = principal - fees + costs
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        rate = irr(carrying0, flows)
        rate_plain = irr(principal, flows)
        total_interest = sum(flows, ZERO) - principal
        net_fees = fees - costs
        cum_income = cum_interest = ZERO
        prev_income = prev_interest = ZERO
        carrying = carrying0
        balance = principal
        rows = []
        n = len(flows)
        for k, flow in enumerate(flows, start=1):
            exact_income = carrying * rate
            exact_interest = balance * rate_plain
            cum_income += exact_income
            cum_interest += exact_interest
            if k == n:  # the last period lands exactly on the contract's totals
                r_income, r_interest = total_interest + net_fees, total_interest
            else:
                r_income, r_interest = _sen(cum_income), _sen(cum_interest)
            income = r_income - prev_income
            interest = r_interest - prev_interest
            prev_income, prev_interest = r_income, r_interest
            opening = _sen(carrying)
            carrying = carrying + exact_income - flow
            balance = balance + exact_interest - flow
            rows.append(IncomeRow(k, (start if k == 1 else (due_dates[k - 2] if due_dates else None)),
                                  due_dates[k - 1] if due_dates else None, flow, opening, income, interest,
                                  income - interest, ZERO if k == n else _sen(carrying)))
    return IncomeTable(principal, fees - costs, rate, rate_plain, tuple(rows))


def prorated(amount: Decimal, start: dt.date, due: dt.date, as_of: dt.date) -> Decimal:
    """The part of one period's income earned by ``as_of`` (days elapsed ÷ days in the period, floored to the
    sen) — the same integer arithmetic the month-end SQL uses, so Python and SQL agree to the sen."""
    if as_of >= due:
        return D(amount)
    if as_of <= start:
        return ZERO
    minor = int(D(amount) * 100)
    days, length = (as_of - start).days, (due - start).days
    # Integer division truncating toward zero, as SQL does (amounts may be negative for the fee line).
    q = abs(minor) * days // length
    return D(q if minor >= 0 else -q) / 100
