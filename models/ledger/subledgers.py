"""The registry through which sub-ledgers (loans, savings …) reconcile with their control accounts.

The loans module calls ``register_subledger("loans", ["1301"], outstanding_principal_total)`` at import time,
the savings module does the same for the savings accounts, and ``check`` compares each sub-ledger's total with
the balance of its control accounts.  It sits at the bottom of the ledger because the accounts screen asks it
which sub-ledger owns an account (a control account's sub-ledger must be empty before it can be retired).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Callable, Iterable


@dataclass(frozen=True)
class SubLedger:
    name: str
    control_account_codes: tuple[str, ...]
    total_fn: Callable[[], Decimal]


_SUBLEDGERS: dict[str, SubLedger] = {}


def register_subledger(name: str, control_account_codes: Iterable[str], total_fn: Callable[[], Decimal]) -> None:
    """Register a sub-ledger whose total must equal the balance of its control accounts.

    Args:
        name: ``"loans"``, ``"savings"``, ``"overpayments"`` … (registering the same name again replaces it).
        control_account_codes: the chart codes whose balances (each on its normal side) add up to the total.
        total_fn: returns the sub-ledger's total as a Decimal (e.g. the sum of outstanding principal).
    """
    _SUBLEDGERS[name] = SubLedger(name, tuple(str(c) for c in control_account_codes), total_fn)


def unregister_subledger(name: str) -> None:
    _SUBLEDGERS.pop(name, None)


def registered_subledgers() -> list[SubLedger]:
    return list(_SUBLEDGERS.values())


def subledger_for_account(code: str) -> list[str]:
    """Names of the sub-ledgers that reconcile against account ``code``."""
    return [s.name for s in _SUBLEDGERS.values() if str(code) in s.control_account_codes]
