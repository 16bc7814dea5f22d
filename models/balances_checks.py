"""``main.py check``: the monthly account balances equal the journal lines they summarise (one SQL comparison)."""
from __future__ import annotations

from models.balances import differences
from models.checks import check


@check("ledger: monthly account balances equal the journal lines")
def balances_equal_lines() -> list[str]:
    return differences()
