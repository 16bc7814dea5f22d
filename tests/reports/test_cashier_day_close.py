"""The cashier's day: count the drawer by denomination, record the difference with a reason, lock the day."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from models.cashier.cashier_close import close_cashier_day, count_total, day_close_of, day_summary
from models.cashier.payments import Payment, post_payment, refund_advance, reverse_payment
from models.core.errors import ConflictError, PermissionDenied, ValidationError
from tests.payments_helpers import disburse

DAY = dt.date(2026, 2, 28)
LATER = dt.date(2026, 3, 2)


def _pay(staff, loan, amount, key, method="cash", who=None, day=DAY):
    return post_payment(who or staff.kasir, loan, Decimal(amount), day, method, idempotency_key=key,
                        reference="TRF-1" if method != "cash" else "")


def test_the_count_matches_the_system_and_the_day_is_locked(ready_db, staff):
    loan = disburse()
    _pay(staff, loan, "907000", "a")
    _pay(staff, loan, "1200000", "b", method="transfer")     # not in the drawer
    bad = _pay(staff, loan, "150000", "c")
    reverse_payment(staff.kacab, Payment.get_by_id(bad.payment_id), "uang palsu", date=DAY)
    summary = day_summary(staff.kasir, DAY)
    assert summary.cash_receipts == Decimal("907000") and summary.transfers == Decimal("1200000")
    assert summary.reversed_count == 1 and not summary.closed
    # Float Rp 500.000 + Rp 907.000 received = Rp 1.407.000 in the drawer.
    counts = {100000: 14, 5000: 1, 2000: 1}
    assert count_total(counts) == Decimal("1407000")
    result = close_cashier_day(staff.kasir, DAY, counts, opening_float=Decimal("500000"), today=LATER)
    assert result.expected_cash == Decimal("1407000") and result.difference == 0
    assert day_close_of(staff.kasir, DAY).receipts == 1
    with pytest.raises(ConflictError, match="ditutup"):
        _pay(staff, loan, "100000", "d")
    with pytest.raises(ConflictError):
        close_cashier_day(staff.kasir, DAY, counts, today=LATER)
    # Another cashier's day, and the next day, stay open.
    _pay(staff, loan, "100000", "e", who=staff.kasir2)
    _pay(staff, loan, "100000", "f", day=dt.date(2026, 3, 1))


def test_a_short_drawer_needs_a_reason_and_is_recorded_as_a_negative_difference(ready_db, staff):
    loan = disburse()
    _pay(staff, loan, "907000", "a")
    with pytest.raises(ValidationError, match="selisih"):
        close_cashier_day(staff.kasir, DAY, {100000: 9}, today=LATER)
    assert day_close_of(staff.kasir, DAY) is None            # nothing half-saved
    result = close_cashier_day(staff.kasir, DAY, {100000: 9}, reason="kembalian salah hitung", today=LATER)
    assert result.difference == Decimal("-7000")
    row = day_close_of(staff.kasir, DAY)
    assert row.reason == "kembalian salah hitung" and row.counted_cash == Decimal("900000")


def test_a_refund_paid_from_the_drawer_lowers_what_it_should_hold(ready_db, staff):
    loan = disburse()
    _pay(staff, loan, "1000000", "a")                         # Rp 93.000 over: held as titipan
    refund_advance(staff.kasir, loan, Decimal("93000"), DAY, approved_by=staff.kacab, reason="kelebihan", approver_password="angsur-demo",
                   idempotency_key="r1")
    assert day_summary(staff.kasir, DAY).expected_cash == Decimal("907000")


def test_a_reversal_on_a_closed_day_is_refused(ready_db, staff):
    loan = disburse()
    paid = _pay(staff, loan, "907000", "a")
    close_cashier_day(staff.kasir, DAY, {100000: 9, 5000: 1, 2000: 1}, today=LATER)
    with pytest.raises(ConflictError):
        reverse_payment(staff.kacab, Payment.get_by_id(paid.payment_id), "salah", date=DAY)


def test_only_the_cashier_or_a_supervisor_closes_and_counts_must_be_real_notes(ready_db, staff):
    with pytest.raises(PermissionDenied):
        close_cashier_day(staff.cmo1, DAY, {}, today=LATER)
    with pytest.raises(PermissionDenied):
        close_cashier_day(staff.kasir2, DAY, {}, cashier=staff.kasir, today=LATER)
    with pytest.raises(ValidationError, match="pecahan"):
        close_cashier_day(staff.kasir, DAY, {75000: 1}, today=LATER)
    with pytest.raises(ValidationError):
        close_cashier_day(staff.kasir, DAY, {1000: -2}, today=LATER)
    with pytest.raises(ValidationError, match="belum tiba"):
        close_cashier_day(staff.kasir, LATER + dt.timedelta(days=1), {}, today=LATER)
    result = close_cashier_day(staff.kacab, DAY, {}, cashier=staff.kasir, today=LATER)
    assert result.expected_cash == 0 and day_close_of(staff.kasir, DAY).closed_by_id == staff.kacab.id


def test_the_check_catches_a_receipt_written_after_the_close(ready_db, staff):
    from models.core.checks import run_checks

    loan = disburse()
    paid = _pay(staff, loan, "907000", "a")
    close_cashier_day(staff.kasir, DAY, {100000: 9, 5000: 1, 2000: 1}, today=LATER)
    names = {r.name: r for r in run_checks()}
    assert names["no receipt is posted on a cashier's day after it was closed"].ok
    # A receipt slipped in behind the lock (a hand-merged backup): the check names it.
    import datetime as _dt

    Payment.update(created_at=_dt.datetime.now() + _dt.timedelta(days=1)).where(Payment.id == paid.payment_id) \
        .execute()
    result = {r.name: r for r in run_checks()}["no receipt is posted on a cashier's day after it was closed"]
    assert not result.ok and paid.receipt_no in " ".join(result.problems)


def test_the_cash_report_shows_the_counted_drawer_and_the_difference(ready_db, staff, tmp_path):
    from reports.cash_report import cash_report, write_cash_report

    loan = disburse()
    _pay(staff, loan, "907000", "a")
    _pay(staff, loan, "300000", "b", who=staff.kasir2)
    close_cashier_day(staff.kasir, DAY, {100000: 9}, reason="kembalian salah", today=LATER)
    _summary, recap, _receipts, _out = cash_report(DAY)
    rows = {r["cashier"]: r for r in recap.rows}
    assert rows[staff.kasir.full_name]["counted"] == Decimal("900000")
    assert rows[staff.kasir.full_name]["difference"] == Decimal("-7000")
    assert "kembalian salah" in rows[staff.kasir.full_name]["closed"]
    assert rows[staff.kasir2.full_name]["closed"] == "Belum ditutup"
    from pypdf import PdfReader

    text = " ".join(p.extract_text() for p in PdfReader(str(write_cash_report(DAY, tmp_path / "k.pdf"))).pages)
    assert "-Rp 7.000" in text and "Belum ditutup" in text
