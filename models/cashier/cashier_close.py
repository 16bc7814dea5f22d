"""The cashier's day-close (tutup kas harian): count the drawer by denomination against the system, record the
difference with a reason, and lock that cashier's day.

What the drawer should hold (practice, and the cash report's own figures): the change money it started with
(*modal awal*), plus the cash receipts the cashier posted that day that still stand, minus the cash the cashier
paid out (refunds of titipan).  Transfers and payment-point receipts never touch the drawer and are shown for
information only.  A reversed receipt does not count: the money went back or was never good.

After the close, :func:`models.cashier.cashier_day.refuse_if_closed` makes :mod:`models.cashier.payments` refuse any posting,
refund or reversal that would change that cashier's drawer on that day.  A difference (*selisih kas*) needs a
reason; the branch head sees it in the close record and the audit trail.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal

from peewee import fn

from models.cashier.cashier_day import CashierDayClose, day_closed
from models.cashier.payments import Payment
from models.core import audit
from models.core.clock import now
from models.core.db import run_in_transaction
from models.core.errors import ConflictError, FieldError, ValidationError
from models.core.texts import _
from models.core.money import ZERO, D, from_minor
from models.core.office import Branch
from models.core.users import User, require
from models.ledger.chart import Account, chart_roles
from models.ledger.journals import Journal, JournalLine

#: Rupiah notes and coins in circulation (Bank Indonesia), largest first; the 1.000 note and coin count together.
DENOMINATIONS = (100000, 50000, 20000, 10000, 5000, 2000, 1000, 500, 200, 100)


@dataclass(frozen=True)
class DaySummary:
    """What the system says one cashier's drawer did on one day.  Money in rupiah."""

    cashier_id: int
    date: dt.date
    cash_receipts: Decimal
    cash_receipt_count: int
    cash_refunds: Decimal
    transfers: Decimal          # transfers and payment points: not in the drawer
    reversed_count: int
    expected_cash: Decimal      # without the opening float
    closed: bool


@dataclass(frozen=True)
class DayCloseResult:
    close_id: int
    expected_cash: Decimal      # float + receipts − refunds
    counted_cash: Decimal
    difference: Decimal         # counted − expected (negative: short)


def day_summary(cashier: User | int, date: dt.date) -> DaySummary:
    """The system's side of the count for ``cashier`` on ``date`` (SQL sums, integer sen)."""
    cid = cashier if isinstance(cashier, int) else cashier.id
    rows = (Payment.select(Payment.method, Payment.status, fn.COUNT(Payment.id), fn.SUM(Payment.amount))
            .where((Payment.cashier == cid) & (Payment.date == date))
            .group_by(Payment.method, Payment.status).tuples())
    cash = other = ZERO
    count = reversed_count = 0
    for method, status, n, total in rows:
        if status != "posted":
            reversed_count += n
            continue
        if method == "cash":
            cash += from_minor(total)
            count += n
        else:
            other += from_minor(total)
    cash_code = str(chart_roles().get("cash", "1101"))
    refunds = (JournalLine.select(fn.SUM(JournalLine.credit))
               .join(Journal).switch(JournalLine).join(Account)
               .where((Journal.source == "refund") & (Journal.created_by == cid) & (Journal.date == date)
                      & Journal.posted_at.is_null(False) & (Account.code == cash_code))
               .scalar())
    refunds = from_minor(refunds or 0)
    return DaySummary(cid, date, cash, count, refunds, other, reversed_count, cash - refunds, day_closed(cid, date))


def count_total(counts: dict) -> Decimal:
    """The drawer's total from ``{face value: pieces}`` (face values in rupiah, pieces ≥ 0).

    Raises:
        ValidationError: an unknown face value or a negative / fractional count.
    """
    total = ZERO
    errors = []
    for face, pieces in counts.items():
        try:
            face_value = int(face)
        except (TypeError, ValueError):
            face_value = -1
        if face_value not in DENOMINATIONS:
            errors.append(FieldError("counts", _("pecahan tidak dikenal: {face}", face=face)))
            continue
        if not isinstance(pieces, int) or isinstance(pieces, bool) or pieces < 0:
            errors.append(FieldError("counts", _("jumlah lembar/keping Rp {face} harus bilangan bulat ≥ 0", face=face_value)))
            continue
        total += D(face_value) * pieces
    if errors:
        raise ValidationError(errors)
    return total


def close_cashier_day(actor: User, date: dt.date, counts: dict, *, reason: str = "", opening_float=ZERO,
                      cashier: User | None = None, today: dt.date | None = None) -> DayCloseResult:
    """The cashier counts the drawer and closes the day; nothing more can be posted by them on that day.

    Args:
        actor: who closes: the cashier for their own day (``payment.post``), or a supervisor for a cashier who
            left without closing (``payment.reverse``).
        date: the day closed (not in the future).
        counts: ``{face value in rupiah: pieces}`` as counted, e.g. ``{100000: 12, 50000: 3}``.
        reason: required when the count differs from the system (selisih kas).
        opening_float: the change money the drawer started with, in rupiah.
        cashier: whose day (default: ``actor``).
    Returns:
        :class:`DayCloseResult`.
    Raises:
        PermissionDenied, ValidationError (bad counts, a difference without reason, a future day),
        ConflictError (already closed).  Nothing is written then.
    """
    cashier = cashier or actor
    require(actor, "payment.post" if cashier.id == actor.id else "payment.reverse")
    today = today or dt.date.today()
    errors = []
    if date > today:
        errors.append(FieldError("date", _("hari yang belum tiba tidak bisa ditutup")))
    opening = D(opening_float)
    if opening < 0:
        errors.append(FieldError("opening_float", _("modal awal tidak boleh negatif")))
    if errors:
        raise ValidationError(errors)
    counted = count_total(counts)

    def body() -> DayCloseResult:
        if day_closed(cashier.id, date):
            raise ConflictError(_("kas {who} tanggal {date} sudah ditutup", who=cashier.full_name, date=f"{date:%d/%m/%Y}"))
        summary = day_summary(cashier, date)
        expected = opening + summary.expected_cash
        difference = counted - expected
        if difference != ZERO and not (reason or "").strip():
            raise ValidationError(FieldError("reason", _("ada selisih kas: alasan wajib diisi")))
        row = CashierDayClose.create(
            cashier=cashier.id, branch=cashier.branch_id or _first_branch_id(), date=date, opening_float=opening,
            expected_cash=expected, counted_cash=counted, difference=difference, reason=(reason or "").strip(),
            denominations=json.dumps({str(int(k)): v for k, v in sorted(counts.items(), key=lambda kv: -int(kv[0]))
                                      if v}),
            receipts=summary.cash_receipt_count, closed_by=actor.id, closed_at=now())
        audit.record(actor, "cashier.day_close", "cashier_day_close", row.id,
                     after={"cashier": cashier.username, "date": date, "opening_float": opening,
                            "expected": expected, "counted": counted, "difference": difference},
                     note=(reason or "").strip())
        return DayCloseResult(row.id, expected, counted, difference)

    return run_in_transaction(body)


def _first_branch_id() -> int:
    return Branch.select(Branch.id).order_by(Branch.id).scalar()


def day_close_of(cashier: User | int, date: dt.date) -> CashierDayClose | None:
    """The close record of that cashier-day, or ``None`` while it is open."""
    cid = cashier if isinstance(cashier, int) else cashier.id
    return CashierDayClose.get_or_none((CashierDayClose.cashier == cid) & (CashierDayClose.date == date))
