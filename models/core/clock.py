"""The domain's one clock.

``now()`` is the wall clock (seconds precision, the office's local time).  ``stamp()`` is the time a change is
stamped with: ``now()``, unless a block runs inside :func:`backdated` (the demo office builds two years of
history, so its applications, contracts and collateral movements carry the dates they would have had).

This sits at the bottom of the core: the audit trail, the office, users and every capability read it; keeping
``now`` inside ``office`` made audit ↔ office import each other in a circle.
"""
from __future__ import annotations

import contextlib
import datetime as dt


def now() -> dt.datetime:
    """The one clock of the domain (seconds precision, local time as the office sees it)."""
    return dt.datetime.now().replace(microsecond=0)


_CLOCK: list[dt.datetime] = []


@contextlib.contextmanager
def backdated(moment: dt.datetime):
    """Stamp every change made inside the block at ``moment`` (the demo builds 24 months of history)."""
    _CLOCK.append(moment)
    try:
        yield
    finally:
        _CLOCK.pop()


def stamp() -> dt.datetime:
    """The moment a change is stamped with: the innermost :func:`backdated` moment, else :func:`now`."""
    return _CLOCK[-1] if _CLOCK else now()


def stamp_date() -> dt.date:
    """The date part of :func:`stamp`."""
    return stamp().date()
