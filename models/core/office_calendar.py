"""The office calendar: public holidays and collective leave (cuti bersama), and the working-day rule.

Indonesia's public holidays and the government's cuti bersama are seeded from the ``holidays`` package
(``country_holidays("ID", categories=("public", "government"))``); the office edits the list because the
government fixes cuti bersama each year by a joint decree (SKB tiga menteri) and sometimes moves a day.  Sundays
are never working days.

A product may say that a due date falling on a holiday or a Sunday moves to the next working day for grace,
late fee and days past due (``LoanProduct.move_due_off_holidays``, copied into each contract): the printed due
date stays as the contract says; only lateness counts from the next working day (DOMAIN.md, "Days, documents
and dates").  :func:`counts_from` gives that day; :func:`shift_for` the function the late-fee and arrears code
takes.
"""
from __future__ import annotations

import datetime as dt

from peewee import BooleanField, CharField, DateField, DateTimeField

from models.core import audit
from models.core.clock import now
from models.core.db import BaseModel, write_transaction
from models.core.errors import FieldError, ValidationError
from models.core.users import require, system_allowed
from models.core.texts import _

KINDS = ("public", "cuti_bersama", "office")
KIND_LABELS = {"public": "Libur nasional", "cuti_bersama": "Cuti bersama", "office": "Libur kantor"}


class Holiday(BaseModel):
    """A day the office is closed (besides Sundays)."""

    date = DateField(unique=True)
    name = CharField(max_length=120)
    kind = CharField(max_length=16, default="public")
    active = BooleanField(default=True)  # a seeded day the government moved is switched off, not deleted
    created_at = DateTimeField(default=now)


def _changed() -> None:
    """Hook for edits (nothing is cached across databases: one small query per posting reads the calendar)."""


def closed_days() -> frozenset[dt.date]:
    """Every active holiday date."""
    return frozenset(d for (d,) in Holiday.select(Holiday.date).where(Holiday.active == True).tuples())  # noqa: E712


def is_working_day(day: dt.date, holidays: frozenset[dt.date] | None = None) -> bool:
    """Monday–Saturday and not a holiday or cuti bersama."""
    holidays = closed_days() if holidays is None else holidays
    return day.weekday() != 6 and day not in holidays


def next_working_day(day: dt.date, holidays: frozenset[dt.date] | None = None) -> dt.date:
    """``day`` itself when the office is open, else the first working day after it."""
    holidays = closed_days() if holidays is None else holidays
    while not is_working_day(day, holidays):
        day += dt.timedelta(days=1)
    return day


def shift_for(loan):
    """``f(due_date) -> date`` lateness counts from for ``loan``: the next working day when its contract moves
    due dates off holidays, else the due date itself (``None``: no shift)."""
    if not getattr(loan, "move_due_off_holidays", False):
        return None
    holidays = closed_days()
    return lambda due: next_working_day(due, holidays)


def counts_from(loan, due: dt.date) -> dt.date:
    """The day lateness of an installment due ``due`` counts from, under ``loan``'s contract."""
    shift = shift_for(loan)
    return shift(due) if shift else due


def seed_holidays(years, actor=None) -> int:
    """Add Indonesia's public holidays and cuti bersama for ``years`` from the ``holidays`` package; days the
    office already has (edited or switched off) are left alone.  Returns how many were added.

    Runs inside the caller's transaction (the first-run wizard, the demo) or through :func:`seed_years`.
    """
    import holidays as holidays_pkg
    from holidays.countries import Indonesia

    found = holidays_pkg.country_holidays("ID", years=list(years), categories=Indonesia.supported_categories,
                                          language="id")
    public = holidays_pkg.country_holidays("ID", years=list(years))
    have = {d for (d,) in Holiday.select(Holiday.date).tuples()}
    rows = [dict(date=day, name=str(name)[:120], kind="public" if day in public else "cuti_bersama")
            for day, name in sorted(found.items()) if day not in have]
    if rows:
        Holiday.insert_many(rows).execute()
        _changed()
    return len(rows)


@write_transaction
def seed_years(actor, years) -> int:
    """The office seeds the holidays of ``years`` (``settings.edit``); audited."""
    if actor is not None or not system_allowed():
        require(actor, "settings.edit")
    added = seed_holidays(years)
    audit.record(actor, "calendar.seed", "holiday", "", after={"years": list(years), "added": added})
    return added


@write_transaction
def set_holiday(actor, day: dt.date, name: str, kind: str = "cuti_bersama", active: bool = True) -> Holiday:
    """Add a holiday, rename it, or switch it off (``active=False``) when the government moves it.

    Args:
        actor: who edits (``settings.edit``).
        day: the date.
        name: what the day is (required).
        kind: ``public``, ``cuti_bersama`` or ``office``.
    Returns:
        The holiday row.
    Raises:
        ValidationError, PermissionDenied.
    """
    require(actor, "settings.edit")
    errors = []
    if not isinstance(day, dt.date):
        errors.append(FieldError("date", _("tanggal wajib diisi")))
    if not (name or "").strip():
        errors.append(FieldError("name", _("nama hari libur wajib diisi")))
    if kind not in KINDS:
        errors.append(FieldError("kind", _("jenis hari libur tidak dikenal: {kind}", kind=kind)))
    if errors:
        raise ValidationError(errors)
    row = Holiday.get_or_none(Holiday.date == day)
    before = None if row is None else {"name": row.name, "kind": row.kind, "active": row.active}
    if row is None:
        row = Holiday.create(date=day, name=name.strip()[:120], kind=kind, active=active)
    else:
        Holiday.update(name=name.strip()[:120], kind=kind, active=active).where(Holiday.id == row.id).execute()
        row = Holiday.get_by_id(row.id)
    audit.record(actor, "calendar.edit", "holiday", row.id, before=before,
                 after={"date": day, "name": row.name, "kind": kind, "active": active})
    _changed()
    return row


def holidays_in(year: int) -> list[Holiday]:
    """The year's holidays, by date (switched-off ones included, for the editor)."""
    return list(Holiday.select().where(Holiday.date.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
                .order_by(Holiday.date))
