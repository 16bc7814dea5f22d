"""Which months a report may read as final: closed in the ledger and with the month-end loan snapshot stored.

A closed month's journals cannot change (:func:`models.ledger.journals.close_month`) and its loan snapshot is
what the close wrote (:func:`models.accounting.month_end.close`), so a report built from both is the same
whenever it is built.  The monthly report pack (:mod:`reports.monthly_pack`) offers and accepts only these
months; the rule and its message live here, with the close, so the screens translate the message.
"""
from __future__ import annotations

import datetime as dt

from models.core.errors import DomainError
from models.core.texts import _

__all__ = ["MONTH_NAMES", "ClosedMonthRequired", "closed_months", "month_label", "require_closed_month"]

MONTH_NAMES = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
               "Oktober", "November", "Desember")
#: "Jan" … "Mei" … "Agu" … "Des": chart axes and short labels (the first three letters, as Indonesian writes them).
MONTH_ABBREVIATIONS = tuple(name[:3] for name in MONTH_NAMES)


class ClosedMonthRequired(DomainError):
    """The month is not closed, or was closed without a loan snapshot."""


def month_label(period_end: dt.date) -> str:
    """``"Maret 2026"`` (Indonesian month name: printed documents stay Indonesian)."""
    return f"{MONTH_NAMES[period_end.month - 1]} {period_end.year}"


def _month_end(day: dt.date) -> dt.date:
    from models.ledger.journals import month_end

    return month_end(day.year, day.month)


def _date(value) -> dt.date:
    return dt.date.fromisoformat(value[:10]) if isinstance(value, str) else value


def closed_months(branch_id: int | None = None) -> list[dt.date]:
    """Month ends whose period is closed and whose loan snapshot has rows (of the branch, when given), newest
    first."""
    from models.ledger.journals import PERIOD_CLOSED, Period
    from models.loans.snapshots import LoanSnapshot

    closed = {(y, m) for y, m in Period.select(Period.year, Period.month)
              .where(Period.status == PERIOD_CLOSED).tuples()}
    query = LoanSnapshot.select(LoanSnapshot.period_end).distinct()
    if branch_id is not None:
        query = query.where(LoanSnapshot.branch == branch_id)
    months = {_date(d) for (d,) in query.tuples()}
    return sorted((d for d in months if (d.year, d.month) in closed), reverse=True)


def require_closed_month(period_end: dt.date, branch_id: int | None = None) -> dt.date:
    """The month end of ``period_end``'s month, when a final report may be built for it.

    Rule: only a closed month (the ledger period closed, so no journal dated in it can change) with its stored
    loan snapshot (written by the month-end close).

    Raises:
        ClosedMonthRequired: the message names the month and the part of the rule it fails.
    """
    from models.ledger.journals import PERIOD_CLOSED, Period
    from models.loans.snapshots import LoanSnapshot

    period_end = _month_end(period_end)
    label = month_label(period_end)
    period = Period.get_or_none((Period.year == period_end.year) & (Period.month == period_end.month))
    if period is None or period.status != PERIOD_CLOSED:
        raise ClosedMonthRequired(_("laporan bulan {month} ditolak: bulan itu belum ditutup (laporan bulanan "
                                    "hanya dibuat dari bulan yang sudah ditutup, dengan snapshot pinjaman yang "
                                    "disimpan saat tutup buku)", month=label))
    query = LoanSnapshot.select().where(LoanSnapshot.period_end == period_end)
    if branch_id is not None:
        query = query.where(LoanSnapshot.branch == branch_id)
    if not query.exists():
        if branch_id is None:
            raise ClosedMonthRequired(_("laporan bulan {month} ditolak: tidak ada snapshot pinjaman akhir bulan "
                                        "(laporan bulanan hanya dibuat dari snapshot yang disimpan saat tutup "
                                        "buku)", month=label))
        raise ClosedMonthRequired(_("laporan bulan {month} ditolak: snapshot akhir bulan tidak memuat pinjaman "
                                    "cabang ini", month=label))
    return period_end
