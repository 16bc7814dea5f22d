"""``main.py check``: the monthly account balances equal the journal lines they summarise (one SQL comparison)."""
from __future__ import annotations

from models.core.checks import check
from models.ledger.balances import differences


@check("ledger: monthly account balances equal the journal lines")
def balances_equal_lines() -> list[str]:
    return differences()
