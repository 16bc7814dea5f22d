"""Issue 13: every figure right in the cases offices meet every week.

Each numbered item of the issue has its worked example here, and a case of our own with other numbers, dates and
orders.  The office's day: the cashier posts, the branch head waives or reverses, the accountant closes a month.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

import models.cashier.checks  # noqa: F401
import models.cashier.figures_checks  # noqa: F401
from models.cashier.figures import apply_due_advances, settle_sen_residues
from models.cashier.payments import (
    LateFeeWaiver,
    Payment,
    Waiver,
    counter_view,
    payoff_quote,
    post_payment,
    reverse_payment,
    settle_early,
    waive_late_fee,
    withdraw_waiver,
)
from models.core.checks import run_checks
from models.ledger.journals import balance, close_month
from models.loans.loans import Installment, Loan, loan_view
from models.products.products import LoanProduct, update_product
from tests.payments_helpers import disburse

D = Decimal
JUNE_15 = dt.date(2026, 6, 15)


def rows(loan) -> list[Installment]:
    return list(Installment.select().where(Installment.loan == loan.id).order_by(Installment.no))


def fresh(loan) -> Loan:
    return Loan.get_by_id(loan.id)


def fees_on(loan, day) -> dict[int, Decimal]:
    """Late fee owed per installment number on ``day``, as the loan view shows it."""
    by_id = {i.id: i.no for i in rows(loan)}
    return {by_id[k]: v for k, v in loan_view(fresh(loan), day)["late_fees_by_installment"].items()}


def assert_books_agree():
    failed = [(r.name, r.problems) for r in run_checks() if not r.ok]
    assert failed == []


# ------------------------------------------------------------------------------------ 1. partial payments
def test_the_issue_example_a_partial_payment_lowers_the_fee_base_from_its_day(ready_db, staff):
    # KM Rp 16.000.000, 18 % flat, 24 months, disbursed 15/06/2026: Rp 907.000 due on the 15th; 5 ‰ a day
    # after 3 days' grace, cap 100 %, fee → interest → principal.
    loan = disburse(start=JUNE_15)
    assert rows(loan)[0].amount == D("907000") and rows(loan)[0].due_date == dt.date(2026, 7, 15)
    paid = post_payment(staff.kasir, loan, D("400000"), dt.date(2026, 7, 25), idempotency_key="k1")
    # 10 days late on the whole Rp 907.000: 45.350 of fee, then interest 240.000, principal 114.650.
    assert (paid.fee, paid.interest, paid.principal) == (D("45350"), D("240000"), D("114650"))
    first = rows(loan)[0]
    assert first.fee_accrued == D("45350") and first.fee_accrued_to == dt.date(2026, 7, 25)
    # From 25/07 the fee runs on the Rp 552.350 still owed: 20 days × 5 ‰ = 55.235 on 14/08.
    assert fees_on(loan, dt.date(2026, 8, 14)) == {1: D("55235")}
    # 29/08: installment 1 owes 552.350 × 5 ‰ × 35 = 96.661,25, installment 2 (due 15/08) 907.000 × 5 ‰ × 14.
    on_29 = fees_on(loan, dt.date(2026, 8, 29))
    assert on_29 == {1: D("96661"), 2: D("63490")}
    assert sum(on_29.values()) == D("160151")
    assert counter_view(fresh(loan), dt.date(2026, 8, 29)).late_fees == D("160151")
    assert payoff_quote(fresh(loan), dt.date(2026, 8, 29)).late_fees == D("160151")
    assert_books_agree()


def test_two_partial_payments_each_lower_the_base_only_from_their_own_day(ready_db, staff):
    # Another loan and order: Rp 6.000.000 at 24 % over 12 months (Rp 620.000), paid 100.000 then 300.000.
    loan = disburse(principal="6000000", rate="24", tenor=12, start=dt.date(2026, 3, 10))
    due = rows(loan)[0].due_date
    assert due == dt.date(2026, 4, 10) and rows(loan)[0].amount == D("620000")
    post_payment(staff.kasir, loan, D("100000"), due + dt.timedelta(days=5), idempotency_key="a")
    # 5 days on 620.000: 15.500 fee; then interest 84.500 of 120.000.
    post_payment(staff.kasir, loan, D("300000"), due + dt.timedelta(days=12), idempotency_key="b")
    # Days 6–12 earn 7 × 5 ‰ on the 535.500 left after the first payment: 18.742,50.  The fee is charged whole
    # rupiah on the running total (34.242,50 → 34.242), so 18.742 is paid now and the half rupiah is carried.
    first = rows(loan)[0]
    assert first.late_fee_paid == D("34242")
    assert first.remaining == D("620000") - (D("100000") - D("15500")) - (D("300000") - D("18742"))
    left = first.remaining
    day = due + dt.timedelta(days=20)
    expected = (D("34242.50") + left * D("0.005") * 8).quantize(D("1"), rounding="ROUND_FLOOR") - D("34242")
    assert fees_on(loan, day)[1] == expected
    assert_books_agree()


def test_a_partial_payment_within_grace_still_counts_from_the_due_date_once_late(ready_db, staff):
    loan = disburse(start=JUNE_15)
    post_payment(staff.kasir, loan, D("500000"), dt.date(2026, 7, 17), idempotency_key="a")  # day 2 of grace
    first = rows(loan)[0]
    assert first.late_fee_paid == 0
    # Day 10: 2 days on 907.000 + 8 days on 407.000 (the grace is a courtesy, not a discount).
    expected = D("907000") * D("0.005") * 2 + D("407000") * D("0.005") * 8
    assert fees_on(loan, dt.date(2026, 7, 25))[1] == expected.quantize(D("1"), rounding="ROUND_FLOOR")


# ------------------------------------------------------------------------------------ 2. fee last
def test_a_fee_last_order_never_makes_the_fee_vanish(ready_db, staff):
    product = LoanProduct.get(LoanProduct.code == "KM")
    update_product(staff.admin, product, allocation_order="interest,principal,fee")
    loan = disburse(start=JUNE_15)
    assert loan.allocation_order == "interest,principal,fee"
    day = dt.date(2026, 7, 25)
    owed = fees_on(loan, day)[1]
    assert owed == D("45350")
    result = post_payment(staff.kasir, loan, D("907000"), day, idempotency_key="k1")
    assert (result.interest, result.principal, result.fee) == (D("240000"), D("667000"), 0)
    assert rows(loan)[0].is_paid
    # The fee stays owed: on the loan view, at the counter and in the payoff quote, days later too.
    later = dt.date(2026, 8, 1)
    assert fees_on(loan, later) == {1: owed}
    assert counter_view(fresh(loan), later).late_fees == owed
    assert payoff_quote(fresh(loan), later).late_fees == owed
    # Only a waiver (recorded, approved by the branch head) removes it.
    waive_late_fee(staff.kasir, fresh(loan), Waiver(owed, "Nasabah sakit", staff.kacab, password="angsur-demo"), later)
    assert fees_on(loan, later) == {}
    assert_books_agree()


def test_the_product_form_offers_only_supported_orders():
    from models.products.products import ALLOCATION_ORDERS, validate_product

    assert "interest,principal,fee" in ALLOCATION_ORDERS and len(ALLOCATION_ORDERS) == 6
    errors = validate_product({"allocation_order": "fee,fee,principal"})
    assert any(e.field == "allocation_order" for e in errors)


# ------------------------------------------------------------------------------------ 3. advances
def test_an_advance_pays_the_installment_on_its_due_date(ready_db, staff):
    loan = disburse(start=JUNE_15)
    # One and a half installments before anything is due: the first paid whole, 453.500 held as titipan.
    post_payment(staff.kasir, loan, D("1360500"), dt.date(2026, 6, 20), idempotency_key="a")
    assert fresh(loan).advance_balance == D("453500")
    # The customer comes back 25 days after the second due date (15/08) with the rest.
    day = dt.date(2026, 9, 9)
    view = counter_view(fresh(loan), day)
    # The titipan paid half of installment 2 on 15/08: fee only on the other half, from then on.
    expected_fee = (D("453500") * D("0.005") * 25).quantize(D("1"), rounding="ROUND_FLOOR")
    assert view.late_fees == expected_fee
    # "Semua tunggakan" asks only for what the office does not already hold.
    assert view.all_arrears == D("453500") + expected_fee
    result = post_payment(staff.kasir, fresh(loan), view.all_arrears, day, idempotency_key="b")
    assert result.fee == expected_fee and result.advance == 0
    applied = Payment.get(Payment.kind == "advance")
    assert applied.date == dt.date(2026, 8, 15) and applied.amount == 0
    # Dr Titipan / Cr receivable and interest: no Kas line.
    codes = {(l.account.code, l.debit > 0) for l in applied.journal.lines}
    assert codes == {("2101", True), ("4101", False), ("1301", False)}
    assert fresh(loan).advance_balance == 0 == balance("2101")
    assert_books_agree()


def test_the_month_end_run_applies_advances_on_their_due_dates(ready_db, staff):
    loan = disburse(start=JUNE_15)
    # Less than an installment before anything is due: all of it is held as titipan.
    post_payment(staff.kasir, loan, D("500000"), dt.date(2026, 6, 20), idempotency_key="a")
    assert fresh(loan).advance_balance == D("500000")
    made = apply_due_advances(staff.kasir, dt.date(2026, 7, 31))
    assert made == 1
    loan = fresh(loan)
    # The 500.000 paid installment 1 on its due date, 15/07: the fee runs only on the 407.000 not covered.
    applied = Payment.get(Payment.kind == "advance")
    assert applied.date == dt.date(2026, 7, 15) and applied.receipt_no.startswith("TTP/")
    assert rows(loan)[0].remaining == D("407000") and loan.advance_balance == 0
    assert fees_on(loan, dt.date(2026, 7, 31)) == {1: D("407000") * D("0.005") * 16}
    assert apply_due_advances(staff.kasir, dt.date(2026, 7, 31)) == 0  # nothing twice
    assert_books_agree()


# ------------------------------------------------------------------------------------ 4. holidays
def test_a_due_date_on_a_holiday_counts_from_the_next_working_day(ready_db, staff):
    from models.core.db import run_in_transaction
    from models.core.office_calendar import Holiday, next_working_day, seed_holidays

    # The migration seeded the calendar; seeding again adds nothing.
    assert run_in_transaction(lambda: seed_holidays([2026])) == 0
    assert Holiday.get(Holiday.date == dt.date(2026, 8, 17)).kind == "public"
    assert next_working_day(dt.date(2026, 8, 17)) == dt.date(2026, 8, 18)
    product = LoanProduct.get(LoanProduct.code == "KM")
    # No grace at all, so one day late would cost a fee: the holiday rule alone keeps it at 0.
    LoanProduct.update(move_due_off_holidays=True, late_fee_grace_days=0).where(
        LoanProduct.id == product.id).execute()
    loan = disburse(start=dt.date(2026, 7, 17))
    assert rows(loan)[0].due_date == dt.date(2026, 8, 17)
    view = loan_view(fresh(loan), dt.date(2026, 8, 18))
    assert view["days_past_due"] == 0 and view["late_fees"] == 0
    result = post_payment(staff.kasir, fresh(loan), D("907000"), dt.date(2026, 8, 18), idempotency_key="a")
    assert result.fee == 0 and rows(loan)[0].is_paid
    # A contract without the rule counts from the printed date.
    LoanProduct.update(move_due_off_holidays=False).where(LoanProduct.id == product.id).execute()
    other = disburse(contract_no="BDG/2026/00002", start=dt.date(2026, 7, 17))
    view = loan_view(fresh(other), dt.date(2026, 8, 19))
    assert view["days_past_due"] == 2 and view["late_fees"] == D("9070")


# ------------------------------------------------------------------------------------ 5. waivers
def test_reversing_a_payment_reverses_the_waiver_granted_with_it(ready_db, staff):
    loan = disburse(start=JUNE_15)
    day = dt.date(2026, 7, 25)
    fee = fees_on(loan, day)[1]
    result = post_payment(staff.kasir, loan, D("907000"), day, idempotency_key="a",
                          waiver=Waiver(fee, "Banjir di rumah nasabah", staff.kacab, password="angsur-demo"))
    assert result.fee == 0 and fees_on(loan, day) == {}
    reverse_payment(staff.kacab, Payment.get_by_id(result.payment_id), "Salah input")
    waiver = LateFeeWaiver.get(LateFeeWaiver.loan == loan.id)
    assert waiver.withdrawn_at is not None and "dibatalkan" in waiver.withdrawal_reason
    assert fees_on(loan, day) == {1: fee}  # owed again
    assert_books_agree()


def test_a_supervisor_withdraws_a_waiver_with_a_reason(ready_db, staff):
    from models.core.audit import AuditLog
    from models.core.errors import ValidationError

    loan = disburse(start=JUNE_15)
    day = dt.date(2026, 7, 25)
    fee = fees_on(loan, day)[1]
    [granted] = waive_late_fee(staff.kasir, loan, Waiver(fee, "Nasabah sakit", staff.kacab, password="angsur-demo"), day)
    with pytest.raises(ValidationError):
        withdraw_waiver(staff.kacab, granted, "")
    withdraw_waiver(staff.kacab, granted, "Surat keterangan sakit palsu")
    assert fees_on(loan, day) == {1: fee}
    actions = [a for (a,) in AuditLog.select(AuditLog.action).tuples()]
    assert "fee.waive" in actions and "fee.waive.withdraw" in actions
    assert_books_agree()


# ------------------------------------------------------------------------------------ 6. residues
def test_an_old_loan_with_a_sen_residue_is_made_payable(ready_db, staff):
    loan = disburse(start=JUNE_15)
    last = rows(loan)[-1]
    # A loan booked before schedules were whole rupiah: the last installment carries 8 sen of interest.
    Installment.update(interest=last.interest + D("0.08"), amount=last.amount + D("0.08")).where(
        Installment.id == last.id).execute()
    failed = {r.name for r in run_checks() if not r.ok}
    assert "no whole-rupiah loan owes a sen residue" in failed
    fixes = settle_sen_residues(staff.akuntan, dt.date(2026, 6, 30))
    assert [(f.installment_no, f.amount) for f in fixes] == [(24, D("0.08"))]
    assert balance("5202") == D("0.08")
    assert rows(loan)[-1].remaining == last.amount
    assert_books_agree()


def test_paying_the_printed_last_installment_closes_the_loan(ready_db, staff):
    loan = disburse(principal="29750000", rate="22", tenor=24, start=dt.date(2024, 11, 15))
    amounts = {i.amount for i in rows(loan)}
    assert amounts == {D("1785000")}
    for n, inst in enumerate(rows(loan), start=1):
        post_payment(staff.kasir, fresh(loan), inst.amount, inst.due_date, idempotency_key=f"p{n}")
    assert fresh(loan).status == "paid_off"
    assert_books_agree()


# ------------------------------------------------------------------------------------ 8. payoff
def test_a_payoff_after_paying_ahead_charges_no_second_period_interest(ready_db, staff):
    today = dt.date.today()
    loan = disburse(start=today)
    post_payment(staff.kasir, loan, D("907000"), today, idempotency_key="a")
    quote = payoff_quote(fresh(loan), today)
    assert quote.interest == 0 and quote.principal == D("15333000")
    assert quote.basis == "schedule"
    settle_early(staff.kasir, fresh(loan), today, idempotency_key="b", amount=quote.total)
    assert fresh(loan).status == "settled_early"
    assert_books_agree()


def test_a_payoff_mid_period_charges_that_period_only(ready_db, staff):
    loan = disburse(start=JUNE_15)
    post_payment(staff.kasir, loan, D("907000"), dt.date(2026, 7, 15), idempotency_key="a")
    quote = payoff_quote(fresh(loan), dt.date(2026, 7, 30))
    assert quote.interest == D("240000")  # the period 15/07–15/08 only
    assert quote.waived_interest == D("240000") * 22


def test_the_effective_table_basis_is_a_product_setting_and_the_quote_says_so(ready_db, staff):
    LoanProduct.update(payoff_principal_basis="effective").where(LoanProduct.code == "KM").execute()
    loan = disburse(start=JUNE_15)
    assert loan.payoff_principal_basis == "effective"
    post_payment(staff.kasir, loan, D("907000"), dt.date(2026, 7, 15), idempotency_key="a")
    flat = payoff_quote(fresh(loan), dt.date(2026, 7, 15))
    assert flat.basis == "effective" and "efektif" in flat.basis_text
    # The effective balance after one payment is above the flat table's 15.333.000: the difference is interest
    # of later periods that is kept, not forgiven.
    from models.cashier.payments import _installments, effective_balance

    balance_now = effective_balance(fresh(loan), _installments(fresh(loan)), dt.date(2026, 7, 15))
    assert balance_now == balance_now.to_integral_value() and balance_now > D("15333000")
    assert flat.principal == D("15333000") and flat.interest == balance_now - D("15333000")
    result = settle_early(staff.kasir, fresh(loan), dt.date(2026, 7, 15), idempotency_key="b")
    assert result.interest == flat.interest
    assert_books_agree()


# ------------------------------------------------------------------------------------ 9. value dates
def test_a_transfer_found_late_keeps_its_value_date(ready_db, staff):
    loan = disburse(start=dt.date(2026, 9, 15))
    assert rows(loan)[0].due_date == dt.date(2026, 10, 15)
    for month in range(1, 11):
        close_month(staff.akuntan, 2026, month)
    result = post_payment(staff.kasir, fresh(loan), D("907000"), dt.date(2026, 11, 5), "transfer",
                          idempotency_key="a", reference="BCA 14/10", value_date=dt.date(2026, 10, 14))
    assert result.fee == 0
    payment = Payment.get_by_id(result.payment_id)
    assert payment.date == dt.date(2026, 10, 14) and payment.booked_on == dt.date(2026, 11, 5)
    assert payment.journal.date == dt.date(2026, 11, 1)  # the first open day
    assert rows(loan)[0].paid_on == dt.date(2026, 10, 14)
    assert loan_view(fresh(loan), dt.date(2026, 11, 5))["days_past_due"] == 0
    from reports.receipt_pdf import receipt_data

    data = receipt_data(payment)
    assert data.date == dt.date(2026, 10, 14) and data.booked_on == dt.date(2026, 11, 5)
    # The cash report lists it on the day it is in the books, beside the bank's receipt of that day.
    from reports.cash_report import cash_report

    summary, _recap, receipts, _out = cash_report(dt.date(2026, 11, 1))
    assert [r["no"] for r in receipts.rows] == [payment.receipt_no]
    assert next(r for r in summary.rows if r["code"] == "1111")["in"] == D("907000")
    assert list(cash_report(dt.date(2026, 11, 5))[2].rows) == []
    assert_books_agree()


# ------------------------------------------------------------------------------------ 10. receipt facts
def test_a_reprint_shows_the_receipt_as_first_issued(ready_db, staff):
    from models.customers.customers import Customer
    from reports.receipt_pdf import receipt_data

    loan = disburse(start=JUNE_15)
    result = post_payment(staff.kasir, loan, D("1000000"), dt.date(2026, 7, 15), idempotency_key="a")
    payment = Payment.get_by_id(result.payment_id)
    first = receipt_data(payment)
    assert first.advance == D("93000")
    Customer.update(full_name="Nama Baru Setelah Menikah").where(Customer.id == loan.customer_id).execute()
    post_payment(staff.kasir, fresh(loan), D("814000"), dt.date(2026, 8, 15), idempotency_key="b")
    again = receipt_data(Payment.get_by_id(result.payment_id))
    assert again.customer == first.customer != "Nama Baru Setelah Menikah"
    assert again.advance == D("93000") and again.outstanding_after == first.outstanding_after
    assert_books_agree()
    # Changing the stored facts afterwards is found by check.
    Payment.update(receipt_facts=payment.receipt_facts.replace("93000.00", "0.00")).where(
        Payment.id == payment.id).execute()
    assert "stored receipt facts are never changed" in {r.name for r in run_checks() if not r.ok}


def test_closing_a_month_applies_the_advances_of_its_due_dates_first(ready_db, staff):
    from models.cashier.figures import close_month as month_end

    loan = disburse(start=dt.date(2026, 1, 15))
    post_payment(staff.kasir, loan, D("300000"), dt.date(2026, 1, 20), idempotency_key="a")
    month_end(staff.akuntan, 2026, 1)
    assert fresh(loan).advance_balance == D("300000")  # nothing fell due in January
    month_end(staff.akuntan, 2026, 2)
    applied = Payment.get(Payment.kind == "advance")
    assert applied.date == dt.date(2026, 2, 15) and fresh(loan).advance_balance == 0
    assert rows(loan)[0].remaining == D("607000")
    assert_books_agree()


def test_the_new_checks_find_what_they_guard_against(ready_db, staff):
    loan = disburse(start=JUNE_15)
    result = post_payment(staff.kasir, loan, D("907000"), dt.date(2026, 7, 15), idempotency_key="a")
    assert_books_agree()
    failed = lambda: {r.name for r in run_checks() if not r.ok}  # noqa: E731
    # A receipt whose amount no longer matches the cash its journal moved.
    Payment.update(amount=D("900000")).where(Payment.id == result.payment_id).execute()
    assert "every cash-report line traces to a receipt or a voucher" in failed()
    Payment.update(amount=D("907000")).where(Payment.id == result.payment_id).execute()
    # An installment of Rp 0 written around the schedule.
    last = rows(loan)[-1]
    Installment.update(amount=D("0")).where(Installment.id == last.id).execute()
    assert "no installment of Rp 0 or less" in failed()


def test_the_loan_view_counts_the_advance_held_as_paid_on_its_due_date(ready_db, staff):
    from models.cashier.payments import loan_position

    loan = disburse(start=JUNE_15)
    post_payment(staff.kasir, loan, D("1360500"), dt.date(2026, 6, 20), idempotency_key="a")
    day = dt.date(2026, 9, 9)  # 25 days after the second due date; nothing posted since June
    booked = loan_view(fresh(loan), day)
    shown = loan_position(fresh(loan), day)
    assert booked["late_fees"] == (D("907000") * D("0.005") * 25).quantize(D("1"))
    # The 453.500 held paid half of installment 2 on 15/08: fee and arrears only on the other half.
    assert shown["late_fees"] == (D("453500") * D("0.005") * 25).quantize(D("1"), rounding="ROUND_FLOOR")
    assert shown["arrears"] == D("453500") and shown["days_past_due"] == 25
    assert shown["late_fees"] == counter_view(fresh(loan), day).late_fees


def test_an_advance_pays_what_fell_due_before_any_of_it_is_refunded(ready_db, staff):
    from models.cashier.payments import refund_advance
    from models.core.errors import ValidationError

    loan = disburse(start=JUNE_15)
    post_payment(staff.kasir, loan, D("1360500"), dt.date(2026, 6, 20), idempotency_key="a")  # 453.500 held
    # On 20/08 the customer asks for the titipan back; installment 2 fell due on 15/08 and takes it first.
    with pytest.raises(ValidationError):
        refund_advance(staff.kasir, fresh(loan), D("453500"), dt.date(2026, 8, 20), approved_by=staff.kacab, approver_password="angsur-demo",
                       reason="minta kembali", idempotency_key="r1")
    assert fresh(loan).advance_balance == D("453500")  # nothing was written by the refused refund
    assert Payment.select().where(Payment.kind == "advance").count() == 0
    assert_books_agree()


def test_an_advance_applied_prints_as_a_voucher_not_a_receipt(ready_db, staff, tmp_path):
    from pypdf import PdfReader

    from reports.receipt_pdf import write_receipt_pdf

    loan = disburse(start=JUNE_15)
    post_payment(staff.kasir, loan, D("500000"), dt.date(2026, 6, 20), idempotency_key="a")
    apply_due_advances(staff.kasir, dt.date(2026, 7, 31))
    applied = Payment.get(Payment.kind == "advance")
    text = " ".join(p.extract_text() for p in PdfReader(str(write_receipt_pdf(applied, tmp_path / "t.pdf"))).pages)
    assert "BUKTI PEMAKAIAN TITIPAN" in text and "KWITANSI PEMBAYARAN" not in text
    assert "Titipan sebelumnya dipakai" in text


def test_a_cash_line_naming_another_receipt_is_found_on_every_line_not_the_first_thousands(ready_db, staff):
    """The cash-report check joins every cash line to the receipt it names in SQL (issue 18: it matched the
    first 5.000 lines against a dict of every receipt): a receipt pointed at another receipt's journal is found
    however late it comes."""
    from models.cashier.figures_checks import cash_lines_trace

    first = disburse(start=JUNE_15)
    second = disburse("BDG/2026/00002", start=JUNE_15)
    paid = [post_payment(staff.kasir, loan, D("907000"), dt.date(2026, 7, 15), idempotency_key=f"k{n}")
            for n, loan in enumerate((first, second))]
    assert cash_lines_trace() == []
    one, other = (Payment.get_by_id(p.payment_id) for p in paid)
    Payment.update(journal=other.journal_id).where(Payment.id == one.id).execute()
    problems = cash_lines_trace()
    assert any(one.receipt_no in p and "does not carry it" in p for p in problems), problems


def test_receipt_facts_wiped_or_written_in_afterwards_are_found(ready_db, staff):
    """The facts check reads only the receipts that hold facts or whose audit row does (issue 18), so both ways
    round are still found: facts wiped from a receipt, and facts written into one posted before facts were kept."""
    from models.cashier.figures_checks import facts_problems

    loan = disburse(start=JUNE_15)
    paid = [post_payment(staff.kasir, loan, D("907000"), dt.date(2026, day, 15), idempotency_key=f"f{day}")
            for day in (7, 8)]
    assert facts_problems() == []
    wiped, other = (Payment.get_by_id(p.payment_id) for p in paid)
    Payment.update(receipt_facts="").where(Payment.id == wiped.id).execute()
    assert [p for p in facts_problems() if wiped.receipt_no in p]
    Payment.update(receipt_facts=other.receipt_facts).where(Payment.id == wiped.id).execute()
    assert [p for p in facts_problems() if wiped.receipt_no in p]   # another receipt's facts copied in
