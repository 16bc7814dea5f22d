"""Interest (jasa) on members' savings and its withholding tax: pure functions, checkable by hand.

No database here: the savings module feeds these functions the balances it reads, so each rule has its own
small test with numbers one can work out on paper.

Rules (DOMAIN.md, cooperatives; practice of Indonesian koperasi simpan pinjam):

* Interest on simpanan sukarela is computed per calendar month on either the **lowest balance** of the month
  (``minimum``, most cooperatives) or the **average daily balance** (``average``), × the product's rate (% a
  year) × the days of the month ÷ 365.  A balance below the product's minimum earning balance earns nothing.
* The balance of a day is its **end-of-day** balance (the counter's last transaction of that day), so a deposit
  and a withdrawal on the same day do not create a dip that never existed overnight.
* Tax (PP 15/2009, PMK 112/PMK.03/2010): interest paid by a cooperative to a member is taxed at 0 % while the
  member's interest of the month is at most Rp 240.000; above that the tax is 10 % of the **whole** gross amount
  (not only of the excess).  A withholding slip is issued even at 0 %.

Interest and tax are rounded with :func:`models.core.money.round_money` to the rupiah, down for interest (the
cooperative never credits a fraction it has not earned; practice) and half up for the tax.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable, Sequence

from models.core.money import ROUND_DOWN_RUPIAH, ROUND_RUPIAH, ZERO, D, round_money

BASES = ("minimum", "average", "none")
#: PMK 112/PMK.03/2010 Pasal 2: members' savings interest up to this much a month is not taxed.
TAX_FREE_LIMIT = D("240000")
#: PP 15/2009 Pasal 2 ayat (1) huruf b: 10 % of the gross interest above the limit.
TAX_RATE = D("10")
DAYS_IN_YEAR = 365


def month_bounds(period_end: dt.date) -> tuple[dt.date, dt.date]:
    """First and last day of the month containing ``period_end``."""
    first = period_end.replace(day=1)
    nxt = (first + dt.timedelta(days=32)).replace(day=1)
    return first, nxt - dt.timedelta(days=1)


def daily_balances(opening: Decimal, movements: Iterable[tuple[dt.date, Decimal]], first: dt.date,
                   last: dt.date) -> list[Decimal]:
    """End-of-day balances from ``first`` to ``last`` inclusive.

    Args:
        opening: the balance at the end of the day before ``first`` (rupiah).
        movements: ``(date, signed amount)`` pairs inside the period (credits positive, debits negative).
    Returns:
        One balance per day, in date order.
    """
    by_day: dict[dt.date, Decimal] = {}
    for day, amount in movements:
        if day < first or day > last:
            raise ValueError(f"movement on {day} is outside {first}..{last}")
        by_day[day] = by_day.get(day, ZERO) + D(amount)
    balances, running, day = [], D(opening), first
    while day <= last:
        running += by_day.get(day, ZERO)
        balances.append(running)
        day += dt.timedelta(days=1)
    return balances


def minimum_balance(balances: Sequence[Decimal]) -> Decimal:
    """The lowest end-of-day balance of the period (saldo terendah)."""
    return min(balances) if balances else ZERO


def average_daily_balance(balances: Sequence[Decimal]) -> Decimal:
    """Σ end-of-day balances ÷ days (saldo rata-rata harian), exact (not rounded)."""
    return sum(balances, ZERO) / len(balances) if balances else ZERO


def interest_for(base: Decimal, rate_pct: Decimal, days: int, min_earning: Decimal = ZERO) -> Decimal:
    """Interest of one period: ``base × rate ÷ 100 × days ÷ 365``, rounded down to the rupiah.

    Args:
        base: the minimum or average balance (rupiah).
        rate_pct: % a year.
        days: days in the period (the calendar month's days).
        min_earning: below this base the account earns nothing (product setting).
    Returns:
        The gross interest in rupiah (≥ 0).
    """
    base, rate_pct = D(base), D(rate_pct)
    if base <= ZERO or rate_pct <= ZERO or base < D(min_earning):
        return ZERO
    return round_money(base * rate_pct / 100 * days / DAYS_IN_YEAR, ROUND_DOWN_RUPIAH)


def monthly_interest(basis: str, opening: Decimal, movements: Iterable[tuple[dt.date, Decimal]],
                     period_end: dt.date, rate_pct: Decimal, min_earning: Decimal = ZERO) -> "InterestLine":
    """One account's gross interest for the month of ``period_end``.

    Args:
        basis: ``minimum``, ``average`` or ``none`` (the product's setting).
    Returns:
        :class:`InterestLine` with the base balance used and the gross interest.
    """
    if basis not in BASES:
        raise ValueError(f"unknown interest basis {basis!r}")
    first, last = month_bounds(period_end)
    balances = daily_balances(opening, movements, first, last)
    if basis == "none":
        return InterestLine(ZERO, ZERO, len(balances))
    base = minimum_balance(balances) if basis == "minimum" else average_daily_balance(balances)
    return InterestLine(base, interest_for(base, rate_pct, len(balances), min_earning), len(balances))


@dataclass(frozen=True)
class InterestLine:
    base: Decimal      # the balance the interest was computed on (rupiah, unrounded for the average)
    gross: Decimal     # gross interest (rupiah)
    days: int


def withholding_tax(member_month_gross: Decimal, gross: Decimal | None = None,
                    limit: Decimal = TAX_FREE_LIMIT, rate_pct: Decimal = TAX_RATE) -> Decimal:
    """Tax on savings interest (PP 15/2009; PMK 112/PMK.03/2010).

    Args:
        member_month_gross: all the member's savings interest of the month (rupiah): it decides the band.
        gross: the part of it being taxed now (default: all of it); a member with two accounts is taxed on each
            account's interest at the member's band.
        limit: the monthly tax-free limit (Rp 240.000).
        rate_pct: the rate above the limit (10 %).
    Returns:
        The tax (rupiah, half up): 0 at or below the limit, else ``rate × gross`` on the whole amount.
    """
    member_month_gross = D(member_month_gross)
    gross = member_month_gross if gross is None else D(gross)
    if member_month_gross <= D(limit):
        return ZERO
    return round_money(gross * D(rate_pct) / 100, ROUND_RUPIAH)


def time_deposit_interest(principal: Decimal, rate_pct: Decimal, days: int) -> Decimal:
    """A time deposit's interest for ``days`` (its month): principal × rate × days ÷ 365, down to the rupiah."""
    return interest_for(principal, rate_pct, days)


def early_break_penalty(kind: str, rate_pct: Decimal, principal: Decimal, interest_paid: Decimal) -> Decimal:
    """The penalty for breaking a time deposit before maturity (a product setting; cooperatives differ).

    Args:
        kind: ``principal`` (rate % of the amount withdrawn) or ``interest`` (rate % of the interest already
            paid out on the deposit).
    Returns:
        The penalty in rupiah (half up), never more than the principal.
    """
    if kind == "principal":
        penalty = D(principal) * D(rate_pct) / 100
    elif kind == "interest":
        penalty = D(interest_paid) * D(rate_pct) / 100
    else:
        raise ValueError(f"unknown penalty kind {kind!r}")
    return min(round_money(penalty, ROUND_RUPIAH), D(principal))
