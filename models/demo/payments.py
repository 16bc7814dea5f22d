"""Demo step: the loans paid month by month, each dealer's customers by that dealer's risk profile."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from models.cashier.payments import (
    Payment,
    Waiver,
    _batch,
    _installments,
    _today,
    post_payment,
    refund_advance,
    reverse_payment,
    settle_early,
)
from models.core.db import run_in_transaction
from models.core.errors import ValidationError
from models.core.money import ZERO, D
from models.loans.loans import Installment, LateFeeRule, Loan, accrued_late_fees


# ---------------------------------------------------------------------------------------------------- demo
def build_demo(ctx) -> None:
    """Demo step ``models.demo.payments:build_demo`` (after ``models.demo.applications:build_demo``).

    Every loan in ``ctx.made["loan_ids"]`` is paid month by month up to ``ctx.today`` through the real
    :func:`post_payment` with back dates, so receipts, journals, audit rows and arrears are all genuine.  How a
    customer pays follows the risk of the dealer who brought them (``ctx.made["dealer_risk"]``): on time,
    late (paying the arrears with something towards the late fee), missing months, or stopping altogether;
    a few pay more than due (titipan), a few settle early, a waiver or two is granted by the branch head, and
    one or two receipts are reversed by the branch head and posted again correctly.

    The plan is drawn first for every loan, then posted in date order across loans so that receipt numbers
    follow the calendar as they would at a real counter.  One transaction.
    """
    def body():
        with _batch():
            _build_demo(ctx)

    run_in_transaction(body)


def _build_demo(ctx) -> None:
    from models.core.money import ROUND_UP_1000, round_money

    rng = ctx.rng
    today = min(ctx.today, _today())
    risk = ctx.made.get("dealer_risk", {})
    loan_ids = list(ctx.made.get("loan_ids", []))
    if not loan_ids:
        ctx.log("payments: no loans; skipped")
        return
    cashiers = [ctx.users[u] for u in ("kasir", "kasir2") if u in ctx.users]
    boss = ctx.users.get("kacab") or ctx.users.get("spv")
    loans = {l.id: l for l in Loan.select().where(Loan.id.in_(loan_ids))}
    dues: dict[int, list[tuple[dt.date, Decimal]]] = {}
    for loan_id, due_date, amount in (Installment.select(Installment.loan, Installment.due_date, Installment.amount)
                                      .where(Installment.loan.in_(loan_ids)).order_by(Installment.loan,
                                                                                      Installment.no).tuples()):
        dues.setdefault(loan_id, []).append((due_date, amount))
    plan: list[tuple[dt.date, int, str, Decimal]] = []  # (date, loan id, kind, amount)
    for loan_id in loan_ids:
        loan = loans[loan_id]
        p = float(risk.get(loan.dealer_id, 0.15))
        last = loan.disbursed_on
        owed = 0  # installments fallen due and not yet paid in the plan
        stopped = False
        payoff_after = rng.randint(8, 20) if rng.random() < 0.04 else None
        for n, (due_date, amount) in enumerate(dues.get(loan_id, []), start=1):
            if due_date > today or stopped:
                break
            owed += 1
            if payoff_after is not None and n >= payoff_after:
                day = max(last, due_date - dt.timedelta(days=rng.randint(0, 10)))
                plan.append((day, loan_id, "payoff", ZERO))
                break
            roll = rng.random()
            # A dealer's risk p is the share of its customers' months that go wrong in some way: most of those
            # are paid late, some are missed and caught up with the next installment, and a few customers stop
            # paying altogether.  With the dealers' risks in the demo this leaves about one first-year account
            # in ten in arrears (a believable branch), and the good dealers' books visibly cleaner.
            if roll < p * 0.05:
                stopped = True  # the customer stops paying: the account goes bad
                continue
            if roll < p * 0.15:
                continue  # a month missed; paid later with the next one, or never
            late = roll < p * 0.7
            day = due_date + dt.timedelta(days=rng.randint(5, 35) if late else -rng.randint(0, 6))
            day = min(max(day, last), today)
            pay = amount * owed
            # The customer pays what the counter asks: every installment fallen due and the late fee run up on
            # each (the allocation takes the fee first, so paying less would leave the oldest one short and
            # roll the account from month to month), rounded up to the thousand.
            rate = D(loan.late_fee_per_mille) / 1000
            # (past the grace days the fee runs from the due date itself)
            fees = sum((due_amount * rate * (day - due).days for due, due_amount in dues[loan_id][n - owed:n]
                        if (day - due).days > loan.late_fee_grace_days), ZERO)
            if fees:
                pay = round_money(pay + fees, ROUND_UP_1000)
            if not fees and rng.random() < 0.06:
                pay = round_money(pay + amount / 2, ROUND_UP_1000)  # rounded up at the counter: titipan
            plan.append((day, loan_id, "pay", pay))
            last, owed = day, 0
    plan.sort(key=lambda e: (e[0], e[1]))
    reversals = set(rng.sample(range(len(plan)), k=min(2, len(plan)))) if plan else set()
    counts = {"pay": 0, "payoff": 0, "reversed": 0, "waived": 0}
    for index, (day, loan_id, kind, amount) in enumerate(plan):
        cashier = cashiers[index % len(cashiers)]
        loan = loans[loan_id]
        key = f"demo-{loan_id}-{index}"
        try:
            if kind == "payoff":
                settle_early(cashier, loan, day, idempotency_key=key)
                counts["payoff"] += 1
                continue
            waiver = None
            if boss is not None and counts["waived"] < 3 and rng.random() < 0.01:
                loan = Loan.get_by_id(loan_id)
                fees = accrued_late_fees(_installments(loan), day, LateFeeRule.of(loan))
                total = sum(fees.values(), ZERO)
                if total > ZERO:
                    waiver = Waiver(total, "Nasabah dirawat di rumah sakit (surat keterangan terlampir)", boss)
                    counts["waived"] += 1
            method = "transfer" if rng.random() < 0.2 else "cash"
            if index in reversals and boss is not None:
                wrong = post_payment(cashier, loan, amount * 10, day, method, idempotency_key=key + "-x")
                reverse_payment(boss, Payment.get_by_id(wrong.payment_id), "Salah ketik nominal (kelebihan nol)",
                                date=day)
                counts["reversed"] += 1
            post_payment(cashier, loan, amount, day, method, idempotency_key=key, waiver=waiver)
            counts["pay"] += 1
        except ValidationError:
            continue  # e.g. a loan already paid off by an earlier overpayment
    # Customers whose last payment left change behind come back for it (the branch head approves).
    counts["refunded"] = 0
    if boss is not None:
        leftover = (Loan.select().where((Loan.id.in_(list(loans))) & (Loan.status != "active")
                                        & (Loan.advance_balance > 0)).order_by(Loan.id).limit(3))
        for n, loan in enumerate(leftover):
            refund_advance(cashiers[n % len(cashiers)], loan, loan.advance_balance, loan.last_payment_on,
                           approved_by=boss, reason="Kelebihan bayar angsuran terakhir diambil nasabah",
                           idempotency_key=f"demo-refund-{loan.id}")
            counts["refunded"] += 1
    ctx.made["payments"] = counts
    ctx.log(f"payments: {counts['pay']} receipts, {counts['payoff']} early payoffs, "
            f"{counts['reversed']} reversed, {counts['waived']} late fees waived, "
            f"{counts['refunded']} advances refunded")
