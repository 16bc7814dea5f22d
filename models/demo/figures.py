"""Demo step for issue 13: the cases the figures fixes are about, made through the public functions.

* the month-end run applies the advances (titipan) the demo's customers left behind, each on its due date;
* a bank transfer found on the statement after the fact is posted with its value date;
* one late-fee waiver is withdrawn by the branch head (the fee is owed again).

Runs after the payment history and before the books are closed (``models.demo.build.DEMO_STEPS``).
"""
from __future__ import annotations

import datetime as dt

from models.core.errors import DomainError


def build(ctx) -> None:
    from models.cashier.figures import apply_due_advances
    from models.cashier.payments import Waiver, post_payment, waive_late_fee, withdraw_waiver
    from models.loans.loans import Installment, Loan, loan_view

    boss = ctx.users.get("kacab") or ctx.users.get("spv")
    cashier = ctx.users.get("kasir")
    if boss is None or cashier is None or not ctx.made.get("loan_ids"):
        ctx.log("figures: no loans or staff; skipped")
        return
    today = min(ctx.today, dt.date.today())
    applied = apply_due_advances(boss, today)
    # A transfer that arrived soon after an installment fell due, found on the bank statement only today.
    late_found = 0
    query = (Loan.select().where((Loan.status == "active") & Loan.id.in_(ctx.made["loan_ids"])
                                 & (Loan.oldest_unpaid_due.between(today - dt.timedelta(days=45),
                                                                   today - dt.timedelta(days=2))))
             .order_by(Loan.id).limit(5))
    for loan in query:
        due = Installment.get((Installment.loan == loan.id) & (Installment.due_date == loan.oldest_unpaid_due))
        # The money arrived two days after the due date (within the grace days), the office saw it only today.
        value = max(due.due_date + dt.timedelta(days=2), loan.last_payment_on or due.due_date)
        if value >= today:
            continue
        try:
            post_payment(cashier, loan, due.remaining, today, "transfer", reference="mutasi rekening",
                         idempotency_key=f"demo-valuta-{loan.id}", value_date=value)
            late_found += 1
        except DomainError:
            continue
        if late_found >= 2:
            break
    # A late fee waived on a hospital letter, then withdrawn when the letter could not be verified.
    withdrawn = 0
    for loan in (Loan.select().where((Loan.status == "active") & Loan.id.in_(ctx.made["loan_ids"])
                                     & (Loan.oldest_unpaid_due < today - dt.timedelta(days=30)))
                 .order_by(Loan.id).limit(10)):
        fees = loan_view(loan, today)["late_fees"]
        if fees <= 0:
            continue
        try:
            [waiver, *_rest] = waive_late_fee(cashier, loan, Waiver(fees, "Nasabah dirawat (surat rumah sakit)", boss),
                                              today)
            withdraw_waiver(boss, waiver, "Surat keterangan tidak dapat diverifikasi")
            withdrawn = 1
        except DomainError:
            continue
        break
    ctx.log(f"figures: {applied} advances applied on their due dates, {late_found} transfers posted with their "
            f"value date, {withdrawn} waiver withdrawn")
