"""Demo steps for the books: the chart, paid-in capital, running costs, banking the cash, closing."""
from __future__ import annotations

import datetime as dt

from peewee import fn

from models.core.money import ZERO, D
from models.ledger.accounts import install_default_chart
from models.ledger.chart import Account, Line, chart_roles
from models.ledger.journals import (
    Journal,
    balance,
    close_month,
    close_year,
    is_closed,
    month_end,
    post_journal,
    year_closing_journal,
)

DEMO_EXPENSES = (
    ("5101", "Gaji dan tunjangan karyawan", 48_500_000, "bank"),
    ("5102", "Sewa kantor cabang", 7_500_000, "bank"),
    ("5103", "Listrik, air, telepon dan internet", 2_350_000, "cash"),
    ("5104", "Bensin dan transport penagihan", 3_800_000, "cash"),
    ("5105", "Alat tulis, kuitansi dan cetakan", 950_000, "cash"),
)


#: The cash box's float: what the branch keeps in the box (the rest is banked at each month end).
OPENING_CASH = D("25000000")
#: The bank balance a branch keeps at the least at a month end; below it, the bank facility is drawn.
BANK_FLOOR = D("150000000")
#: A drawdown of the working-capital facility is a multiple of this.
DRAWDOWN_STEP = D("500000000")


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def build_demo(ctx) -> None:
    """Demo step ``models.demo.ledger:build_demo`` (after ``build_core``, before the loan steps).

    Installs the chart for the office's kind, posts the opening capital (Modal Disetor into Bank and Kas)
    25 months before ``ctx.today``, a bank loan, and the branch's running costs every month since, so the
    statements have content before any loan is booked.
    """
    install_default_chart(ctx.office.kind)
    roles = chart_roles()
    accountant = ctx.users.get("akuntan")
    start = _add_months(ctx.today, -25)
    capital_account = roles.get("paid_in_capital", "3101")
    post_journal(accountant, start, "Setoran modal awal pemegang saham", "opening",
                 [Line(roles["bank"], debit=D("4975000000")), Line(roles["cash"], debit=OPENING_CASH),
                  Line(capital_account, credit=D("5000000000"))], reference="AKTA-MODAL")
    if Account.get_or_none(Account.code == "2201") is not None:
        post_journal(accountant, _add_months(start, 6) + dt.timedelta(days=9), "Pencairan pinjaman modal kerja bank",
                     "manual", [Line(roles["bank"], debit=D("2500000000")), Line("2201", credit=D("2500000000"))],
                     reference="PK-0457/BJB")
    count = 2
    month = _add_months(start, 1)
    while month <= ctx.today:
        # The cash box is topped up from the bank at the start of each month, as a branch does, so that the
        # month's cash-paid costs never drive Kas below zero.
        cash_costs = sum((D(amount) for _c, _t, amount, paid_from in DEMO_EXPENSES if paid_from == "cash"), ZERO)
        top_up_day = month.replace(day=1)
        if cash_costs and top_up_day <= ctx.today:
            top_up = cash_costs + D("5000000")
            post_journal(accountant, top_up_day, f"Pengisian kas dari bank {month:%m/%Y}", "manual",
                         [Line(roles["cash"], debit=top_up), Line(roles["bank"], credit=top_up)],
                         reference=f"BKK/{month:%Y%m}/KAS")
            count += 1
        for code, text, amount, paid_from in DEMO_EXPENSES:
            day = month.replace(day=min(25, month_end(month.year, month.month).day))
            if day > ctx.today:
                continue
            # Costs drift a little from month to month, as real bills do (whole rupiah).
            actual = D(amount) + D(ctx.rng.randrange(-20, 21) * 5_000)
            post_journal(accountant, day, f"{text} {month:%m/%Y}", "manual",
                         [Line(code, debit=actual), Line(roles[paid_from], credit=actual)],
                         reference=f"BKK/{month:%Y%m}/{code}")
            count += 1
        month = _add_months(month, 1)
    ctx.made["ledger.accounts"] = Account.select().count()
    ctx.log(f"chart of accounts ({ctx.made['ledger.accounts']} accounts), {count} journals")


def build_demo_cash_deposits(ctx) -> None:
    """Demo step ``models.demo.ledger:build_demo_cash_deposits`` (after the payments, before the closing).

    Installments come in over the counter; a branch banks its cash and keeps only a float in the box.  At every
    month end (and on the demo's last day) the cash above the float is deposited to the bank, and the bank
    facility is drawn when the bank would end the month below :data:`BANK_FLOOR`, so neither the cash box nor
    the bank account shows an impossible balance in the statements.
    """
    roles = chart_roles()
    cashier = accountant = ctx.users.get("akuntan")
    float_amount = OPENING_CASH
    first = Journal.select(fn.MIN(Journal.date)).scalar()
    if first is None:
        return
    first = first if isinstance(first, dt.date) else dt.date.fromisoformat(str(first)[:10])
    month = dt.date(first.year, first.month, 1)
    count = drawdowns = 0
    while month <= ctx.today:
        day = min(month_end(month.year, month.month), ctx.today)
        surplus = balance(roles["cash"], day) - float_amount
        if surplus > 0 and not is_closed(day):
            post_journal(cashier, day, f"Setoran kas ke bank {day:%m/%Y}", "manual",
                         [Line(roles["bank"], debit=surplus), Line(roles["cash"], credit=surplus)],
                         reference=f"STR/{day:%Y%m}")
            count += 1
        # Disbursements run ahead of collections while the book grows: the branch draws its bank facility
        # (or, without one in the chart, the owners add capital) so that the bank never ends a month overdrawn.
        short = BANK_FLOOR - balance(roles["bank"], day)
        if short > 0 and not is_closed(month):
            amount = DRAWDOWN_STEP * ((short + DRAWDOWN_STEP - 1) // DRAWDOWN_STEP)
            source = "2201" if Account.get_or_none(Account.code == "2201") is not None else roles.get(
                "paid_in_capital", "3101")
            post_journal(accountant, month, f"Penarikan fasilitas kredit modal kerja {month:%m/%Y}", "manual",
                         [Line(roles["bank"], debit=amount), Line(source, credit=amount)],
                         reference=f"PK-0457/BJB/{month:%Y%m}")
            drawdowns += 1
        month = _add_months(month, 1)
    ctx.log(f"{count} cash deposits to the bank, {drawdowns} drawdowns of the bank facility")


def build_demo_closing(ctx) -> None:
    """Demo step ``models.demo.ledger:build_demo_closing`` (LAST, after every step that posts journals).

    Closes last year's books (closing journal into retained earnings / SHU) and every month of this year
    before last month, as an office that keeps its books up to date would have.
    """
    accountant = ctx.users.get("akuntan")
    first_year = Journal.select(fn.MIN(Journal.date)).scalar()
    if first_year is None:
        return
    first_year = first_year.year if isinstance(first_year, dt.date) else int(str(first_year)[:4])
    for year in range(first_year, ctx.today.year):
        if year_closing_journal(year) is None:
            close_year(accountant, year)
    last_open = _add_months(ctx.today, -1)
    month = dt.date(ctx.today.year, 1, 1)
    while month < last_open:
        if not is_closed(month):
            close_month(accountant, month.year, month.month)
        month = _add_months(month, 1)
    ctx.log(f"books closed up to {_add_months(last_open, -1):%m/%Y}")
