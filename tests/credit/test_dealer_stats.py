"""Dealer figures: orders sent, approval rate, early arrears of its customers, ranking — and the demo office."""
from __future__ import annotations

import datetime as dt


from models.credit import applications as apps
from models.core import clock
from models.credit import dealer_stats as ds
from models.customers.dealers import Dealer
from models.credit.disbursement import create_contract, disburse
from models.loans.loans import Installment, Loan
from models.core.money import D
from tests.conftest import TODAY
from tests.credit.test_disbursement import submitted


def disbursed_through(staff, dealer: Dealer, day: dt.date) -> Loan:
    with clock.backdated(dt.datetime.combine(day, dt.time(10))):
        app = submitted(staff, dealer=dealer, salesperson=None)
        apps.approve_application(staff.kacab, app)
        create_contract(staff.kacab, app)
        return disburse(staff.spv, app)


def pay(loan: Loan, upto: int, late: set[int] = frozenset()) -> None:
    """The customer's payments of the first ``upto`` installments, those in ``late`` ten days late
    (written straight onto the installments: the cashier's posting is not under test here)."""
    for inst in Installment.select().where((Installment.loan == loan.id) & (Installment.no <= upto)):
        inst.principal_paid, inst.interest_paid = inst.principal, inst.interest
        inst.paid_on = inst.due_date + dt.timedelta(days=10 if inst.no in late else -1)
        inst.save()


def test_approval_rate_and_early_arrears_per_dealer(ready_db, staff):
    good, risky = Dealer.get(Dealer.code == "DL01"), Dealer.get(Dealer.code == "DL05")
    start = TODAY - dt.timedelta(days=400)
    good_loans = [disbursed_through(staff, good, start) for _ in range(3)]
    risky_loans = [disbursed_through(staff, risky, start) for _ in range(2)]
    for loan in good_loans:
        pay(loan, 13)
    pay(risky_loans[0], 13, late={4})
    pay(risky_loans[1], 5)  # stopped paying after the fifth installment
    with clock.backdated(dt.datetime.combine(TODAY, dt.time(9))):
        rejected = submitted(staff, dealer=risky, salesperson=None)
        apps.reject_application(staff.kacab, rejected, "capacity")
        pending = submitted(staff, dealer=risky, salesperson=None)
        countered = submitted(staff, dealer=good, salesperson=None)
        apps.counter_offer(staff.kacab, countered, "shorter_tenor", tenor=12)
    rows = {r.code: r for r in ds.dealer_stats(TODAY)}
    g, r = rows["DL01"], rows["DL05"]
    assert (g.sent, g.approved, g.rejected, g.approval_rate) == (4, 4, 0, 100)
    assert (r.sent, r.approved, r.rejected) == (4, 2, 1) and r.approval_rate == D("66.7")
    assert (g.loans, g.loans_late, g.early_arrears_rate) == (3, 0, 0)
    assert (r.loans, r.loans_late, r.early_arrears_rate) == (2, 2, 100)
    assert g.rank < r.rank and pending.status == "submitted"
    # Installments falling due after the first 12 do not count; neither do loans with nothing due yet.
    fresh = disbursed_through(staff, good, TODAY - dt.timedelta(days=5))
    assert ds.dealer_stats(TODAY, dealer_ids=[good.id])[0].loans == 3 and fresh.first_due > TODAY
    text = ds.dealer_stats_text(r, ds.branch_early_arrears(TODAY))
    assert "2 dari 2 nasabahnya terlambat bayar" in text and "rata-rata cabang 40 %" in text


def test_dealer_summary_for_the_approval_screen(ready_db, staff):
    dealer = Dealer.get(Dealer.code == "DL03")
    assert ds.dealer_summary(dealer.id, TODAY).sent == 0
    submitted(staff, dealer=dealer, salesperson=None)
    summary = ds.dealer_summary(dealer.id, TODAY)
    assert summary.sent == 1 and summary.approval_rate is None and summary.early_arrears_rate is None
