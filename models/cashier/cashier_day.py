"""The cashier's day-close lock (tutup kas harian): the table, and the question "is this cashier's day closed?".

Kept apart from :mod:`models.cashier.cashier_close` (the close operation, which reads payments) so that
:mod:`models.cashier.payments` can refuse postings on a closed day without importing anything above itself.

Practice: at the end of the day the cashier counts the drawer, the count is compared with what the system says
the drawer should hold, the difference is recorded with a reason, and from then on nothing more can be posted
by that cashier for that day: the day's paper (the cash report) and the drawer stay in agreement.
"""
from __future__ import annotations

import datetime as dt

from peewee import CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, TextField  # noqa: F401

from models.core.clock import now
from models.core.db import BaseModel
from models.core.errors import ConflictError
from models.core.texts import _
from models.core.money import MoneyField
from models.core.office import Branch
from models.core.users import User


class CashierDayClose(BaseModel):
    """One closed cashier-day: the drawer counted by denomination against the system's expected cash."""

    cashier = ForeignKeyField(User, on_delete="RESTRICT", backref="+")
    branch = ForeignKeyField(Branch, on_delete="RESTRICT")
    date = DateField(index=True)
    opening_float = MoneyField(default=0)   # change money the drawer started with (modal awal)
    expected_cash = MoneyField()      # float + cash receipts − cash paid out by this cashier that day
    counted_cash = MoneyField()       # the drawer, counted
    difference = MoneyField()         # counted − expected: negative = short (kurang), positive = over (lebih)
    reason = TextField(default="")
    denominations = TextField(default="{}")   # {"100000": 12, "50000": 3, …}: face value in rupiah → pieces
    receipts = IntegerField(default=0)
    closed_by = ForeignKeyField(User, on_delete="RESTRICT", backref="+")
    closed_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("cashier", "date"), True),)


def day_closed(cashier_id: int | None, date: dt.date) -> bool:
    """Has ``cashier_id`` closed their day ``date``?"""
    if cashier_id is None:
        return False
    return CashierDayClose.select().where((CashierDayClose.cashier == cashier_id)
                                          & (CashierDayClose.date == date)).exists()


def refuse_if_closed(cashier_id: int | None, date: dt.date) -> None:
    """Raise :class:`ConflictError` when the cashier's day is closed (called by every cash posting)."""
    if day_closed(cashier_id, date):
        raise ConflictError(_("kas harian kasir ini untuk {date} sudah ditutup: tidak bisa menerima atau "
                              "membatalkan transaksi pada hari itu lagi", date=f"{date:%d/%m/%Y}"))
