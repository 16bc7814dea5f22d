"""The cashier's day: installments received, late fees, overpayments, waivers, early payoff and reversals."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

import models.cashier.checks  # noqa: F401  (registers the cashier's checks)
from models.cashier import payments as pay
from models.cashier.payments import (
    Payment,
    PaymentAllocation,
    Waiver,
    payoff_quote,
    post_payment,
    reverse_payment,
    settle_early,
)
from models.core.checks import run_checks
from models.core.errors import DomainError, PermissionDenied, ValidationError
from models.core.office import NumberSequence
from models.ledger.journals import Journal, balance, close_month
from models.loans.loans import Installment, Loan, loan_view
from tests.payments_helpers import disburse

FIRST_DUE = dt.date(2026, 2, 28)
SECOND_DUE = dt.date(2026, 3, 31)


@pytest.fixture
def loan(ready_db):
    return disburse()


def fresh(loan) -> Loan:
    return Loan.get_by_id(loan.id)


def rows(loan) -> list[Installment]:
    return list(Installment.select().where(Installment.loan == loan.id).order_by(Installment.no))


def assert_books_agree():
    failed = [(r.name, r.problems) for r in run_checks() if not r.ok]
    assert failed == []


def test_an_installment_paid_on_its_due_date_pays_interest_then_principal(loan, staff):
    result = post_payment(staff.kasir, loan, Decimal("907000"), FIRST_DUE, "cash", idempotency_key="k1")
    assert result.receipt_no == "KW/BDG/2026/000001"
    assert (result.interest, result.principal, result.fee, result.advance) == (
        Decimal("240000.00"), Decimal("667000.00"), 0, 0)
    first = rows(loan)[0]
    assert first.is_paid and first.paid_on == FIRST_DUE
    loan = fresh(loan)
    assert loan.outstanding_principal == Decimal("15333000.00") and loan.oldest_unpaid_due == SECOND_DUE
    assert loan.last_payment_on == FIRST_DUE and loan.installments_paid == 1
    journal = Journal.get(Journal.reference == result.receipt_no)
    lines = {(l.account.code, l.debit, l.credit) for l in journal.lines}
    assert lines == {("1101", Decimal("907000.00"), 0), ("4101", 0, Decimal("240000.00")),
                     ("1301", 0, Decimal("667000.00"))}
    assert_books_agree()


def test_a_late_payment_pays_the_late_fee_first(loan, staff):
    late = FIRST_DUE + dt.timedelta(days=20)
    owed_fee = loan_view(loan, late)["late_fees"]
    assert owed_fee > 0
    result = post_payment(staff.kasir, loan, Decimal("907000") + owed_fee, late, "cash", idempotency_key="k1")
    assert result.fee == owed_fee and result.interest + result.principal == Decimal("907000")
    assert rows(loan)[0].late_fee_paid == owed_fee
    assert balance("4104") == owed_fee  # Pendapatan denda, on the cash basis (nothing before this payment)
    assert_books_agree()


def test_a_partial_payment_pays_interest_before_principal_and_leaves_the_installment_open(loan, staff):
    drawer, bank = balance("1101"), balance("1111")
    result = post_payment(staff.kasir, loan, Decimal("300000"), FIRST_DUE, "transfer", idempotency_key="k1",
                          reference="BCA 123")
    assert (result.interest, result.principal) == (Decimal("240000.00"), Decimal("60000.00"))
    first = rows(loan)[0]
    assert not first.is_paid and first.paid_on is None and first.remaining == Decimal("607000.00")
    assert fresh(loan).oldest_unpaid_due == FIRST_DUE
    # A transfer lands on the bank account, not the drawer.
    assert balance("1101") == drawer and balance("1111") == bank + Decimal("300000")
    assert_books_agree()


def test_several_installments_at_once_and_the_rest_kept_as_titipan(loan, staff):
    result = post_payment(staff.kasir, loan, Decimal("2267500"), FIRST_DUE, idempotency_key="k1")
    paid = [i.no for i in rows(loan) if i.is_paid]
    assert paid == [1, 2]  # the second is not due yet, but is paid whole
    assert result.advance == Decimal("453500.00")  # half of the third: kept, never lost
    assert fresh(loan).advance_balance == Decimal("453500.00") == balance("2101")
    # The next payment brings the other half.  The titipan paid half of the third installment on its due date
    # (a posting of its own, dated 30/04, issue 13 item 3); the cash completes it.
    second = post_payment(staff.kasir, loan, Decimal("453500"), dt.date(2026, 4, 30), idempotency_key="k2")
    assert second.advance == 0 and second.interest + second.principal == Decimal("453500")
    applied = Payment.get(Payment.kind == "advance")
    assert applied.date == dt.date(2026, 4, 30) and applied.amount == 0
    assert sum(a.amount for a in applied.allocations if a.part == "advance") == Decimal("-453500")
    assert [i.no for i in rows(loan) if i.is_paid] == [1, 2, 3]
    assert fresh(loan).advance_balance == 0 == balance("2101")
    assert_books_agree()


def test_a_small_payment_before_anything_is_due_is_kept_whole_as_titipan(loan, staff):
    result = post_payment(staff.kasir, loan, Decimal("100000"), dt.date(2026, 2, 10), idempotency_key="k1")
    assert result.advance == Decimal("100000.00") and result.interest == result.principal == 0
    assert all(i.interest_paid == 0 for i in rows(loan))
    assert_books_agree()


@pytest.mark.parametrize("day, words", [
    (dt.date(2026, 1, 30), "sebelum pencairan"),
    (dt.date.today() + dt.timedelta(days=1), "masa depan"),
])
def test_payments_dated_before_disbursement_or_in_the_future_are_refused(loan, staff, day, words):
    with pytest.raises(ValidationError, match=words):
        post_payment(staff.kasir, loan, Decimal("907000"), day, idempotency_key="k1")
    assert Payment.select().count() == 0


def test_a_payment_in_a_closed_month_is_refused(loan, staff):
    close_month(staff.akuntan, 2026, 2)
    with pytest.raises(ValidationError, match="sudah ditutup"):
        post_payment(staff.kasir, loan, Decimal("907000"), FIRST_DUE, idempotency_key="k1")
    assert Payment.select().count() == 0 and rows(loan)[0].interest_paid == 0


def test_only_a_cashier_or_supervisor_takes_payments(loan, staff):
    with pytest.raises(PermissionDenied):
        post_payment(staff.cmo1, loan, Decimal("907000"), FIRST_DUE, idempotency_key="k1")


def test_the_retry_of_a_payment_form_never_posts_twice(loan, staff):
    first = post_payment(staff.kasir, loan, Decimal("907000"), FIRST_DUE, idempotency_key="form-1")
    again = post_payment(staff.kasir, loan, Decimal("907000"), FIRST_DUE, idempotency_key="form-1")
    assert again.replayed and again.receipt_no == first.receipt_no and not first.replayed
    assert Payment.select().count() == 1 and fresh(loan).installments_paid == 1


def test_a_failure_in_the_middle_of_posting_leaves_no_trace(loan, staff, monkeypatch):
    before = [(i.principal_paid, i.interest_paid) for i in rows(loan)]
    journals = Journal.select().count()

    def broken(*args, **kwargs):
        raise RuntimeError("disk pulled out after the installments were updated")

    monkeypatch.setattr(pay, "_post_journal", broken)
    with pytest.raises(RuntimeError):
        post_payment(staff.kasir, loan, Decimal("907000"), FIRST_DUE, idempotency_key="k1")
    assert [(i.principal_paid, i.interest_paid) for i in rows(loan)] == before
    assert Payment.select().count() == 0 and PaymentAllocation.select().count() == 0
    assert Journal.select().count() == journals
    assert not NumberSequence.select().where(NumberSequence.name == "receipt").exists()
    assert fresh(loan).outstanding_principal == Decimal("16000000.00")
    monkeypatch.undo()
    # The same form posts fine afterwards and takes receipt 1: no gap was left.
    assert post_payment(staff.kasir, loan, Decimal("907000"), FIRST_DUE, idempotency_key="k1").receipt_no \
        == "KW/BDG/2026/000001"


def test_a_supervisor_reverses_a_payment_and_the_receipt_stays_marked(loan, staff):
    result = post_payment(staff.kasir, loan, Decimal("2267500"), FIRST_DUE, idempotency_key="k1")
    payment = Payment.get_by_id(result.payment_id)
    with pytest.raises(PermissionDenied):
        reverse_payment(staff.kasir, payment, "salah input")  # a cashier cannot
    with pytest.raises(ValidationError, match="alasan"):
        reverse_payment(staff.kacab, payment, "  ")
    reversed_ = reverse_payment(staff.kacab, payment, "salah kontrak", date=FIRST_DUE)
    assert reversed_.status == "reversed" and reversed_.reversed_by_id == staff.kacab.id
    assert reversed_.reversal_journal.reversal_of_id == payment.journal_id
    assert all(i.principal_paid == i.interest_paid == 0 and i.paid_on is None for i in rows(loan))
    loan = fresh(loan)
    assert loan.advance_balance == 0 and loan.outstanding_principal == loan.principal
    assert loan.last_payment_on is None
    assert balance("1301") == loan.principal and balance("2101") == 0
    # The receipt number stays taken; the next payment gets the next one.
    assert post_payment(staff.kasir, loan, Decimal("907000"), FIRST_DUE, idempotency_key="k2").receipt_no \
        == "KW/BDG/2026/000002"
    assert_books_agree()


def test_the_cashier_who_posted_cannot_reverse_even_as_supervisor(loan, staff):
    result = post_payment(staff.spv, loan, Decimal("907000"), FIRST_DUE, idempotency_key="k1")
    with pytest.raises(PermissionDenied, match="empat mata"):
        reverse_payment(staff.spv, Payment.get_by_id(result.payment_id), "salah")


def test_reversals_go_newest_first(loan, staff):
    first = post_payment(staff.kasir, loan, Decimal("907000"), FIRST_DUE, idempotency_key="k1")
    second = post_payment(staff.kasir, loan, Decimal("907000"), SECOND_DUE, idempotency_key="k2")
    with pytest.raises(DomainError, match=second.receipt_no):
        reverse_payment(staff.kacab, Payment.get_by_id(first.payment_id), "salah")
    reverse_payment(staff.kacab, Payment.get_by_id(second.payment_id), "salah", date=SECOND_DUE)
    reverse_payment(staff.kacab, Payment.get_by_id(first.payment_id), "salah", date=SECOND_DUE)
    assert fresh(loan).installments_paid == 0
    assert_books_agree()


def test_a_late_fee_is_waived_only_by_a_supervisor_with_a_reason(loan, staff):
    late = FIRST_DUE + dt.timedelta(days=30)
    fee = loan_view(loan, late)["late_fees"]
    with pytest.raises(PermissionDenied):
        post_payment(staff.kasir, loan, Decimal("907000"), late, idempotency_key="k1",
                     waiver=Waiver(fee, "pelanggan sakit", staff.kasir2))
    with pytest.raises(ValidationError, match="alasan"):
        post_payment(staff.kasir, loan, Decimal("907000"), late, idempotency_key="k1",
                     waiver=Waiver(fee, "", staff.kacab))
    result = post_payment(staff.kasir, loan, Decimal("907000"), late, idempotency_key="k1",
                          waiver=Waiver(fee, "pelanggan dirawat di rumah sakit", staff.kacab, password="angsur-demo"))
    assert result.fee == 0 and result.interest + result.principal == Decimal("907000")
    waiver = pay.LateFeeWaiver.get()
    assert waiver.amount == fee and waiver.approved_by_id == staff.kacab.id and waiver.payment_id == result.payment_id
    assert fresh(loan).late_fee_waived == fee
    assert_books_agree()


def test_early_payoff_closes_the_loan_and_waives_future_interest(loan, staff):
    for n, day in enumerate([FIRST_DUE, SECOND_DUE], start=1):
        post_payment(staff.kasir, loan, Decimal("907000"), day, idempotency_key=f"k{n}")
    day = dt.date(2026, 4, 15)
    quote = payoff_quote(fresh(loan), day)
    assert quote.principal == Decimal("16000000") - 2 * Decimal("667000")
    assert quote.interest == Decimal("240000.00")  # only the running (third) period's interest
    assert quote.penalty == (quote.principal * Decimal("0.05")).quantize(Decimal("1"))  # KM: 5 % of principal
    assert quote.waived_interest == 21 * Decimal("240000")
    assert quote.total == quote.principal + quote.interest + quote.penalty
    with pytest.raises(ValidationError, match="hitung ulang"):
        settle_early(staff.kasir, loan, day, idempotency_key="p1", amount=quote.total - 1)
    result = settle_early(staff.kasir, loan, day, idempotency_key="p1", amount=quote.total)
    loan = fresh(loan)
    assert loan.status == "settled_early" and loan.closed_on == day and loan.outstanding_principal == 0
    assert result.penalty == quote.penalty and result.amount == quote.total
    assert sum(i.interest_waived for i in rows(loan)) == quote.waived_interest
    assert all(i.is_paid for i in rows(loan))
    assert balance("1301") == 0 and balance("4105") == quote.penalty
    with pytest.raises(ValidationError, match="ditutup"):
        post_payment(staff.kasir, loan, Decimal("1000"), day, idempotency_key="k9")
    assert_books_agree()
    # A payoff reversed by the supervisor reopens the loan exactly as it was.
    reverse_payment(staff.kacab, Payment.get_by_id(result.payment_id), "cek kosong", date=day)
    loan = fresh(loan)
    assert loan.status == "active" and loan.closed_on is None and sum(i.interest_waived for i in rows(loan)) == 0
    assert loan.installments_paid == 2
    assert_books_agree()


def test_the_last_installment_paid_closes_the_loan(ready_db, staff):
    loan = disburse(principal="1200000", rate="12", tenor=3, rounding="sen")
    total = sum((i.amount for i in rows(loan)), Decimal(0))
    result = post_payment(staff.kasir, loan, total, FIRST_DUE, idempotency_key="k1")
    loan = fresh(loan)
    assert result.loan_status == "paid_off" == loan.status and loan.closed_on == FIRST_DUE
    assert_books_agree()


def test_days_past_due_in_sql_agree_with_python(loan):
    from models.loans.loans import days_past_due, dpd_sql

    day = FIRST_DUE + dt.timedelta(days=45)
    (sql_days,) = Loan.select(dpd_sql(day)).where(Loan.id == loan.id).tuples().get()
    assert sql_days == days_past_due(fresh(loan).oldest_unpaid_due, day) == 45


def test_a_late_fee_paid_in_full_stays_paid(loan, staff):
    post_payment(staff.kasir, loan, Decimal("500000"), FIRST_DUE, idempotency_key="k1")  # on time, partial
    late = FIRST_DUE + dt.timedelta(days=30)
    fee = loan_view(loan, late)["late_fees"]
    post_payment(staff.kasir, loan, Decimal("407000") + fee, late, idempotency_key="k2")
    assert rows(loan)[0].is_paid
    assert loan_view(fresh(loan), late)["late_fees_by_installment"].get(rows(loan)[0].id) is None
