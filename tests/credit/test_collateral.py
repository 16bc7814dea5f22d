"""The BPKB register: movements signed off by a second person, release only after payoff, fiducia deadlines."""
from __future__ import annotations

import datetime as dt

import pytest

from models.credit import applications as apps
from models.credit import disbursement as disbursement_mod
from models.core import clock
from models.credit import collateral as col
from models.credit.disbursement import create_contract, disburse
from models.core.errors import PermissionDenied, ValidationError
from models.loans.loans import Loan
from tests.credit.test_disbursement import approved


def contracted_vehicle(staff, when: dt.datetime | None = None):
    with clock.backdated(when or dt.datetime.now().replace(microsecond=0)):
        app = approved(staff)
        create_contract(staff.kacab, app)
        loan = disburse(staff.spv, app)
    return apps.get_application(app.id), loan


def test_a_vehicle_contract_opens_the_bpkb_entry(ready_db, staff):
    app, loan = contracted_vehicle(staff)
    entry = col.collateral_of(app)
    assert entry.status == "awaiting" and entry.loan_id == loan.id
    assert entry.chassis_no == app.chassis_no and entry.fiducia_deadline == app.contract_date + dt.timedelta(days=30)
    assert col.collateral_of(loan).id == entry.id


def test_every_movement_needs_a_second_signature(ready_db, staff):
    app, _loan = contracted_vehicle(staff)
    entry = col.collateral_of(app)
    with pytest.raises(ValidationError, match="nomor BPKB"):
        col.record_movement(staff.kacab, entry, "receive", party="Honda Daya Motor")
    with pytest.raises(PermissionDenied):
        col.record_movement(staff.cmo1, entry, "receive", bpkb_no="P-01234567")
    movement = col.record_movement(staff.kacab, entry, "receive", party="Honda Daya Motor", bpkb_no="P-01234567")
    assert col._get(entry).status == "awaiting"  # nothing moves before the sign-off
    with pytest.raises(col.CollateralError, match="belum ditandatangani"):
        col.record_movement(staff.kacab, entry, "store")
    with pytest.raises(PermissionDenied, match="empat mata"):
        col.sign_off(staff.kacab, movement)
    assert col.sign_off(staff.akuntan, movement).status == "received"
    col.sign_off(staff.kacab, col.record_movement(staff.akuntan, entry, "store", location="Brankas 1 rak A"))
    lent = col.record_movement(staff.kacab, entry, "lend", party="Nasabah (perpanjangan STNK di Samsat)")
    col.sign_off(staff.spv, lent)
    assert col._get(entry).status == "lent_out"
    col.sign_off(staff.kacab, col.record_movement(staff.spv, entry, "store"))
    entry = col._get(entry)
    assert entry.status == "stored" and entry.bpkb_no == "P-01234567" and entry.location == "Brankas 1 rak A"
    assert [m.kind for m in entry.movements.order_by(col.CollateralMovement.id)] == ["receive", "store", "lend",
                                                                                     "store"]


def test_a_bpkb_is_released_only_after_the_loan_is_closed(ready_db, staff):
    app, loan = contracted_vehicle(staff)
    entry = col.collateral_of(app)
    col.sign_off(staff.akuntan, col.record_movement(staff.kacab, entry, "receive", bpkb_no="P-7"))
    with pytest.raises(col.CollateralError, match="setelah pinjaman lunas"):
        col.record_movement(staff.kacab, entry, "release", party="nasabah")
    with pytest.raises(col.CollateralError, match="belum lunas"):
        col.mark_releasable(loan)
    # The cashier's payoff closes the loan and marks the BPKB releasable in its transaction.
    Loan.update(status="paid_off", closed_on=dt.date.today()).where(Loan.id == loan.id).execute()
    assert col.mark_releasable(Loan.get_by_id(loan.id)) == 1
    release = col.record_movement(staff.kacab, entry, "release", party="nasabah")
    assert col.sign_off(staff.akuntan, release).status == "released"


def test_fiducia_due_list_warns_before_and_after_the_30_day_deadline(ready_db, staff):
    today = dt.date.today()
    old_app, _ = contracted_vehicle(staff, dt.datetime.combine(today - dt.timedelta(days=40), dt.time(9)))
    near_app, _ = contracted_vehicle(staff, dt.datetime.combine(today - dt.timedelta(days=26), dt.time(9)))
    fresh_app, _ = contracted_vehicle(staff, dt.datetime.combine(today - dt.timedelta(days=3), dt.time(9)))
    done_app, _ = contracted_vehicle(staff, dt.datetime.combine(today - dt.timedelta(days=35), dt.time(9)))
    col.register_fiducia(staff.kacab, col.collateral_of(done_app), "W10.00123456.AH.05.01 TAHUN 2026",
                         today - dt.timedelta(days=20))
    due = col.fiducia_due_list(today, warn_days=7)
    assert [d.contract_no for d in due] == [old_app.contract_no, near_app.contract_no]
    assert due[0].overdue and due[0].days_left == -10 and due[1].days_left == 4
    assert fresh_app.contract_no not in {d.contract_no for d in col.fiducia_due_list(today)}
    with pytest.raises(ValidationError, match="sebelum tanggal kontrak"):
        col.register_fiducia(staff.kacab, col.collateral_of(fresh_app), "X", today - dt.timedelta(days=30))


def test_a_cancelled_contract_voids_its_awaited_bpkb(ready_db, staff):
    app = approved(staff)
    create_contract(staff.kacab, app)
    disbursement_mod.cancel_application(staff.kacab, app, "nasabah membatalkan")
    entry = col.collateral_of(app)
    assert entry.status == "void"
    assert app.contract_no not in {d.contract_no for d in col.fiducia_due_list(dt.date.today() + dt.timedelta(60))}


def _paid_off_with_bpkb_in_the_safe(staff):
    from models.core.idempotency import new_key
    from models.cashier.payments import settle_early

    app, loan = contracted_vehicle(staff)
    entry = col.collateral_of(app)
    col.sign_off(staff.akuntan, col.record_movement(staff.kacab, entry, "receive", bpkb_no="P-88"))
    payoff = settle_early(staff.kasir, loan, dt.date.today(), idempotency_key=new_key())
    assert col._get(entry).releasable
    return entry, loan, payoff


def test_a_reversed_payoff_takes_back_the_bpkb_release(ready_db, staff):
    from models.cashier.payments import Payment, reverse_payment

    entry, loan, payoff = _paid_off_with_bpkb_in_the_safe(staff)
    reverse_payment(staff.spv, Payment.get_by_id(payoff.payment_id), "uang transfer ditolak bank")
    assert Loan.get_by_id(loan.id).status == "active"
    entry = col._get(entry)
    assert not entry.releasable and entry.releasable_on is None
    with pytest.raises(col.CollateralError, match="setelah pinjaman lunas"):
        col.record_movement(staff.kacab, entry, "release", party="nasabah")


def test_a_payoff_cannot_be_reversed_once_the_bpkb_is_with_the_customer(ready_db, staff):
    from models.cashier.payments import Payment, reverse_payment

    entry, loan, payoff = _paid_off_with_bpkb_in_the_safe(staff)
    col.sign_off(staff.akuntan, col.record_movement(staff.kacab, entry, "release", party="nasabah"))
    with pytest.raises(col.CollateralError, match="sudah diserahkan"):
        reverse_payment(staff.spv, Payment.get_by_id(payoff.payment_id), "salah input")
    # Nothing of the reversal stands: the receipt, the loan and the BPKB are as they were.
    assert Payment.get_by_id(payoff.payment_id).status == "posted"
    assert Loan.get_by_id(loan.id).status == "settled_early"
    assert col._get(entry).status == "released"
