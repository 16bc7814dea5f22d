"""Demo step ``models.demo.savings:build``: a cooperative's members and their savings (koperasi offices only).

Runs after the loans and payments, before the books are closed.  Through the same public functions the savings
desk uses: members join three years before ``ctx.today`` (customers with loans among them) and pay their
simpanan pokok; simpanan wajib comes in every quarter (a few members fall behind), sukarela deposits and
withdrawals come and go, month-end credits interest every month, a few time deposits are placed, some
installments are paid from savings, last year is closed and its SHU distributed to the sukarela accounts in
February, and each passbook has been printed up to a few months ago, so the next print starts mid-page.

Leasing and BPR offices skip the step (no members).
"""
from __future__ import annotations

import datetime as dt

from models.core.money import ZERO, D


def _month_end(day: dt.date) -> dt.date:
    from models.ledger.journals import month_end

    return month_end(day.year, day.month)


def build(ctx) -> None:
    from models.core.db import run_in_transaction
    from models.customers.customers import Customer
    from models.ledger.journals import close_year, year_closing_journal
    from models.loans.loans import Installment, Loan
    from models.savings import savings
    from models.savings.passbook import mark_printed, plan_print
    from models.savings.shu import distribute_shu, year_result
    from models.savings.time_deposits import open_time_deposit

    if ctx.office is None or ctx.office.kind != "koperasi":
        return
    rng = ctx.rng
    kasir, kacab, akuntan = ctx.users["kasir"], ctx.users["kacab"], ctx.users["akuntan"]
    savings.install_default_products(None)
    start = dt.date(ctx.today.year - 3, ctx.today.month, 1)
    with_loans = [c for (c,) in Loan.select(Loan.customer).where(Loan.status == "active")
                  .order_by(Loan.id).limit(15).tuples()]
    others = [c for (c,) in Customer.select(Customer.id).where(Customer.id.not_in(with_loans or [0]))
              .order_by(Customer.id).limit(35).tuples()]
    ids = sorted(set(with_loans + others))
    members = []
    for n, cid in enumerate(ids):
        joined = start + dt.timedelta(days=rng.randrange(0, 120) + n)
        members.append(savings.join(kasir, Customer.get_by_id(cid), joined))
    members.sort(key=lambda m: m.joined_on)
    sukarela = {m.id: savings.account_of(m, "sukarela") for m in members}
    wajib = {m.id: savings.account_of(m, "wajib") for m in members}
    behind = {m.id for m in members if rng.random() < 0.15}
    printed_until = _month_end(ctx.today.replace(day=1) - dt.timedelta(days=70))
    month = start
    shu_year = ctx.today.year - 1

    def one_month(month: dt.date) -> None:
        last = min(_month_end(month), ctx.today)
        for m in members:
            if m.joined_on > last:
                continue
            day = max(m.joined_on, month.replace(day=min(10, last.day)))
            if day > last:
                continue
            # wajib by the quarter; members who fall behind skip about half of their quarters
            if month.month % 3 == 1 and (m.id not in behind or rng.random() < 0.5):
                savings.deposit(kasir, wajib[m.id], D(savings.account_of(m, "wajib").product.fixed_amount) * 3, day)
            if rng.random() < 0.45:
                savings.deposit(kasir, sukarela[m.id], D(rng.choice([100, 250, 500, 1000, 2500])) * 1000, day)
            acct = savings.SavingsAccount.get_by_id(sukarela[m.id].id)
            if rng.random() < 0.2 and D(acct.balance) > D("600000"):
                take = (D(acct.balance) / 3 / 1000).to_integral_value() * 1000
                savings.withdraw(kasir, acct, take, min(day + dt.timedelta(days=5), last),
                                 approved_by=kacab if take > D("10000000") else None)
        _mature_deposits(savings, kasir, last)
        if last == _month_end(month) and last < ctx.today:
            savings.credit_monthly_interest(akuntan, last)
        if month == start.replace(year=start.year + 1):
            for m in members[:4]:
                open_time_deposit(kasir, m, savings.product_by_code("SB12"), D(rng.choice([5, 10, 20])) * 1_000_000,
                                  month.replace(day=15), on_maturity=rng.choice(["rollover", "payout"]))
        if last == printed_until:
            for m in members:
                job = plan_print(sukarela[m.id])
                if not job.empty:
                    mark_printed(kasir, job)
        if month.year == shu_year + 1 and month.month == 2:
            # the RAT approved last year's accounts: close the years and distribute the SHU
            for year in range(start.year, shu_year + 1):
                if year_closing_journal(year) is None:
                    close_year(akuntan, year)
            if year_result(shu_year) > ZERO:
                distribute_shu(akuntan, shu_year, month.replace(day=20), mode="credit")

    # one transaction a month (a commit per counter action would make the demo wait on the disk)
    while month <= ctx.today:
        run_in_transaction(lambda: one_month(month))
        month = (month + dt.timedelta(days=32)).replace(day=1)
    paid = 0
    for m in members:
        loan = Loan.select().where((Loan.customer == m.customer_id) & (Loan.status == "active")).first()
        if loan is None or paid >= 5:
            continue
        inst = (Installment.select().where(Installment.loan == loan.id).order_by(Installment.no)
                .where(Installment.paid_on.is_null()).first())
        if inst is None:
            continue
        owed = D(inst.principal) + D(inst.interest) - D(inst.principal_paid) - D(inst.interest_paid)
        when = max(ctx.today - dt.timedelta(days=2), loan.last_payment_on or loan.disbursed_on)
        acct = savings.SavingsAccount.get_by_id(sukarela[m.id].id)
        if D(acct.balance) < owed + D("25000"):
            savings.deposit(kasir, acct, (owed / 1000).to_integral_value() * 1000 + 100_000, when)
        savings.pay_installment_from_savings(kasir, savings.SavingsAccount.get_by_id(acct.id), loan, owed, when,
                                             idempotency_key=f"demo-pb-{loan.id}")
        paid += 1
    ctx.made["members"] = [m.id for m in members]
    ctx.log(f"{len(members)} members with savings since {start:%m/%Y}, SHU {shu_year} distributed, "
            f"{paid} installments paid from savings")


def _mature_deposits(savings, kasir, today: dt.date) -> None:
    from models.savings.time_deposits import mature

    for acct in savings.SavingsAccount.select().join(savings.SavingsProduct).where(
            (savings.SavingsProduct.kind == "berjangka") & (savings.SavingsAccount.status == "active")):
        while acct.status == "active" and acct.maturity_date <= today:
            result = mature(kasir, acct, acct.maturity_date)
            acct = savings.SavingsAccount.get_by_id(acct.id)
            if not isinstance(result, savings.SavingsAccount):
                break
