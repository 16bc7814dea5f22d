"""Shared by the month-end tests: the month ends a loan's life runs through."""
from __future__ import annotations

import datetime as dt

from models.accounting import month_end as me


def month_ends_between(after: dt.date, until: dt.date):
    """The month ends from ``after`` (inclusive) to before ``until``, oldest first."""
    day = me.month_end(after.year, after.month)
    while day < until:
        if day >= after:
            yield day
        nxt = day + dt.timedelta(days=1)
        day = me.month_end(nxt.year, nxt.month)
