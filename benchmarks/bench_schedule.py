"""How long one installment schedule takes to build, next to a raw float baseline measured in the same run.

The engine works in Decimal (money is never a float), rounds every interest figure to the sen, and solves the
effective rate (IRR) for every schedule; the baseline is a bare-Python float loop computing the same annuity
rows with none of that.  The ratio is the price of exact money.

Run from the repository root: ``.venv/bin/python benchmarks/bench_schedule.py``
"""
from __future__ import annotations

import statistics
import sys
import timeit
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from models.products.loanmath import Method, build_schedule  # noqa: E402
from models.core.money import D  # noqa: E402

PRINCIPAL, RATE = 250_000_000, 11  # a typical housing/car loan at 11 % a year


def engine(tenor: int):
    return build_schedule(D(PRINCIPAL), D(RATE), tenor, Method.ANNUITY, date(2024, 1, 31))


def float_baseline(tenor: int):
    """The same annuity rows with floats: PMT, then interest on the balance and principal each month."""
    i = RATE / 100 / 12
    installment = PRINCIPAL * i / (1 - (1 + i) ** -tenor)
    balance, rows = float(PRINCIPAL), []
    for no in range(1, tenor + 1):
        interest = round(balance * i, 2)
        principal = balance if no == tenor else installment - interest
        balance -= principal
        rows.append((no, installment if no < tenor else principal + interest, principal, interest, balance))
    return rows


def median_seconds(fn, tenor: int, repeat: int) -> float:
    number = max(1, 200 // tenor)
    times = timeit.repeat(lambda: fn(tenor), number=number, repeat=repeat)
    return statistics.median(times) / number


def main() -> None:
    print(f"{'schedule':<22}{'engine (ms)':>12}{'float loop (ms)':>17}{'ratio':>9}")
    for tenor in (60, 360):
        eng = median_seconds(engine, tenor, repeat=15)
        raw = median_seconds(float_baseline, tenor, repeat=15)
        print(f"{f'annuity {tenor} months':<22}{eng * 1000:>12.3f}{raw * 1000:>17.4f}{eng / raw:>8.0f}x")


if __name__ == "__main__":
    main()
