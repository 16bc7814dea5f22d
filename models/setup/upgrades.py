"""Data upgrades a new version owes an office whose file was made by an older version.

A schema change is a frozen migration (``models/core/migrations``); some upgrades are not schema but money: a
loan booked before installments became whole rupiah still owes a sen residue nobody can pay in cash (issue 13,
item 6), and the new version must make it payable the first time it opens the file, so that ``check`` stays
green.  Such a step is a domain action (it posts a rounding adjustment with its journal and audit row), so it
runs here, above the capabilities, once the database is open — not inside a migration, which must not depend on
today's code.  Each step runs once; the setting ``upgrades.done`` remembers which.
"""
from __future__ import annotations

import datetime as dt
from typing import Callable

from models.cashier.figures import settle_sen_residues
from models.core.clock import now
from models.core.office import get_setting, has_office, put_setting
from models.core.users import Role, User, system_context
from models.ledger.journals import is_closed

DONE_SETTING = "upgrades.done"


def _booker() -> User | None:
    """Who an upgrade's postings are booked under: the office's first active accountant, else a manager, else the
    administrator (a rounding voucher needs a person)."""
    for role in (Role.ACCOUNTANT, Role.MANAGER, Role.ADMIN):
        user = User.select().where((User.role == role.value) & (User.active == True)).order_by(User.id).first()  # noqa: E712
        if user is not None:
            return user
    return None


def _sen_residues(today: dt.date) -> str | None:
    booker = _booker()
    if is_closed(today) or booker is None:
        return None  # try again when a month is open and someone can book it
    fixes = settle_sen_residues(booker, today)  # its receipts and journals carry their own audit rows
    return f"{len(fixes)} sen residues settled" if fixes else ""


#: name → step; a step returns what it did for the log, "" when it was done with nothing to report (a file made
#: by this version), or None when it could not run yet (try again at the next open).
UPGRADES: list[tuple[str, Callable[[dt.date], str | None]]] = [
    ("2026-11 sen residues of whole-rupiah loans", _sen_residues),
]


def run_pending(today: dt.date | None = None) -> list[str]:
    """Run the upgrades this file has not had yet, as the system (no person is logged in when a file is opened).

    Returns:
        What each step that ran did, for the log; empty when nothing was due or a step found nothing to change
        (or the file holds no office yet).
    """
    if not has_office():
        return []
    today = today or now().date()
    done = set(get_setting(DONE_SETTING, []) or [])
    said = []
    with system_context():
        for name, step in UPGRADES:
            if name in done:
                continue
            result = step(today)
            if result is not None:
                done.add(name)
                put_setting(DONE_SETTING, sorted(done))
                if result:
                    said.append(f"{name}: {result}")
    return said
