"""Month-end accounting as the accountant runs it: effective-interest income, deferred fees, non-accrual, the
allowance, the guided close and its reruns (issue 14)."""
from __future__ import annotations

import datetime as dt

import pytest

from models.accounting import month_end as me
from models.cashier.payments import post_payment, reverse_payment, settle_early
from models.core.checks import run_checks
from models.core.db import run_in_transaction
from models.core.errors import ConflictError
from models.core.idempotency import new_key
from models.core.money import ZERO, D
from models.core.office import Branch
from models.customers.customers import Customer
from models.ledger.journals import balance, reopen_month
from models.loans.loan_income import LoanIncomeEntry, balances, open_loan
from models.loans.loans import Installment, Loan, create_loan
from models.loans.snapshots import LoanSnapshot
from models.products.effective_interest import income_table, prorated
from models.products.loanmath import Method, build_schedule
from models.products.products import LoanProduct


def effective_loan(staff, contract_no: str, principal="206250000", rate="9", tenor=36, fees="4562500",
                   start=dt.date(2025, 1, 15), rounding="100") -> Loan:
    """The branch disburses a loan booked by the effective-interest method: fees deferred against the receivable."""
    from models.ledger.journals import post_event
    from models.loans.loan_income import ensure_accounts

    customer = Customer.select().order_by(Customer.id).first()
    product = LoanProduct.get(LoanProduct.code == "KM")
    branch = Branch.get(Branch.code == "BDG")
    schedule = build_schedule(D(principal), D(rate), tenor, Method.FLAT, start, rounding=rounding)

    def body():
        ensure_accounts()
        loan = create_loan(customer=customer, product=product, branch=branch, officer=staff.cmo1,
                           contract_no=contract_no, schedule=schedule, disbursed_on=start, created_by=staff.kacab,
                           admin_fee=D(fees))
        journal = post_event(staff.kacab, [("disbursement", loan.principal), ("deferred_fee", D(fees))], date=start,
                             description=f"Pencairan {contract_no}", source="disbursement", reference=contract_no,
                             customer_id=customer.id, loan_id=loan.id, branch=branch, cash_account="1111")
        open_loan(loan, method="effective", fees=D(fees), date=start, journal=journal)
        return loan

    return run_in_transaction(body)


def pay(staff, loan, amount, date):
    return post_payment(staff.kasir, Loan.get_by_id(loan.id), D(amount), date, idempotency_key=new_key())


def failing():
    return {r.name: r.problems for r in run_checks() if not r.ok}


# ------------------------------------------------------------------------------------------- pure maths
def test_the_worked_car_loan_earns_its_income_by_the_effective_rate():
    schedule = build_schedule(D("206250000"), D("9"), 36, Method.FLAT, dt.date(2025, 1, 15), rounding="100")
    assert schedule.installment == D("7276100") and schedule.rows[-1].installment == D("7274000")
    table = income_table(D("206250000"), [r.installment for r in schedule.rows], D("2500000") + D("2062500"))
    assert (table.rate * 100).quantize(D("0.000001")) == D("1.487283")
    assert [r.income for r in table.rows[:3]] == [D("2999663.61"), D("2936060.90"), D("2871512.24")]
    assert [y.quantize(D("1")) for y in table.income_by_year()] == [D("31582942"), D("20781204"), D("7885853")]
    # Over the life: the contract's interest plus the fees, to the sen; the interest line alone is the interest.
    assert table.total_income == schedule.total_interest + D("4562500")
    assert sum((r.interest for r in table.rows), ZERO) == schedule.total_interest
    assert sum((r.fee for r in table.rows), ZERO) == D("4562500")
    # Today's flat booking: fees at disbursement plus the flat split.
    assert D("4562500") + 12 * D("1546875") == D("23125000")


@pytest.mark.parametrize("principal, rate, tenor, fees", [
    ("16000000", "18", 24, "750000"), ("5000000", "30", 6, "0"), ("120000000", "12", 60, "3600000"),
])
def test_other_loans_land_exactly_on_interest_plus_fees(principal, rate, tenor, fees):
    schedule = build_schedule(D(principal), D(rate), tenor, Method.FLAT, dt.date(2026, 3, 31), rounding="1000")
    table = income_table(D(principal), [r.installment for r in schedule.rows], D(fees))
    assert table.total_income == schedule.total_interest + D(fees)
    assert table.rows[-1].closing == ZERO and table.rate >= table.rate_plain
    assert all(r.income > 0 for r in table.rows)


def test_a_running_period_earns_by_days():
    start, due = dt.date(2026, 1, 15), dt.date(2026, 2, 15)
    assert prorated(D("3100.00"), start, due, dt.date(2026, 1, 31)) == D("1600.00")  # 16 of 31 days
    assert prorated(D("-3100.00"), start, due, dt.date(2026, 1, 31)) == D("-1600.00")
    assert prorated(D("3100.00"), start, due, due) == D("3100.00")
    assert prorated(D("3100.00"), start, due, start) == ZERO


# ------------------------------------------------------------------------------------------ month end runs
def test_month_end_accrues_previews_and_reruns_without_posting_twice(ready_db, staff):
    loan = effective_loan(staff, "BDG/2025/90001")
    assert balance("1305") == D("-4562500")  # deferred against the receivable
    jan = dt.date(2025, 1, 31)
    preview = me.preview("accruals", jan)
    figures = dict(preview.figures)
    table = income_table(loan.principal, [r.amount for r in loan.installments.order_by(me_no())], D("4562500"))
    expected = prorated(table.rows[0].interest, dt.date(2025, 1, 15), dt.date(2025, 2, 15), jan)
    assert figures["Bunga efektif diakui"] == expected
    assert {code for code, _d, _c in preview.lines} == {"1304", "4101", "1305", "4107"}
    assert balance("1304") == ZERO  # a preview writes nothing
    result = me.run_step(staff.akuntan, "accruals", jan)
    assert result.journal and balance("1304") == expected and balance("4101") == expected
    again = me.run_step(staff.akuntan, "accruals", jan)
    assert again.journal is None and balance("1304") == expected  # idempotent
    # By the third due date the income of months 1–3 has been earned (installments paid on time).
    for n, due in enumerate((dt.date(2025, 2, 15), dt.date(2025, 3, 15), dt.date(2025, 4, 15))):
        pay(staff, loan, "7276100", due)
    for month_end_day in (dt.date(2025, 2, 28), dt.date(2025, 3, 31), dt.date(2025, 4, 30)):
        me.run_step(staff.akuntan, "accruals", month_end_day)
    # At 30/04 the income of months 1–3 is earned in full and month 4 (15/04–15/05) for 15 of its 30 days.
    bal = balances(loan.id, dt.date(2025, 4, 30))
    row4 = table.rows[3]
    april = dt.date(2025, 4, 30)
    earned = (sum((r.income for r in table.rows[:3]), ZERO)
              + prorated(row4.interest, dt.date(2025, 4, 15), dt.date(2025, 5, 15), april)
              + prorated(row4.fee, dt.date(2025, 4, 15), dt.date(2025, 5, 15), april))
    assert bal["interest_income"] + bal["fee_income"] == earned
    assert bal["deferred"] == D("4562500") - bal["fee_income"]
    # Accrued interest receivable = interest earned − the flat interest the customer paid in three installments.
    assert bal["accrued"] == bal["interest_income"] - 3 * D("1546875")
    assert failing() == {}


def me_no():
    from models.loans.loans import Installment

    return Installment.no


def test_non_accrual_reverses_and_recognises_interest_when_collected(ready_db, staff):
    loan = effective_loan(staff, "BDG/2025/90002", principal="12000000", rate="24", tenor=12, fees="300000",
                          start=dt.date(2025, 1, 10), rounding="1000")
    for day in (dt.date(2025, 1, 31), dt.date(2025, 2, 28), dt.date(2025, 3, 31), dt.date(2025, 4, 30),
                dt.date(2025, 5, 31)):
        me.run_step(staff.akuntan, "accruals", day)
        me.run_step(staff.akuntan, "nonaccrual", day)
        me.close(staff.akuntan, day) if False else me.write_snapshot(day)
    # Never paid: 10/02 due → 31/05 is 110 days past due: Kurang Lancar (multifinance table), non-accrual.
    snap = LoanSnapshot.get((LoanSnapshot.loan == loan.id) & (LoanSnapshot.period_end == dt.date(2025, 5, 31)))
    assert snap.days_past_due == 110 and snap.collectibility == 3 and snap.stage == 3 and not snap.accruing
    bal = balances(loan.id)
    assert bal["accrued"] == ZERO and bal["suspended"] > ZERO
    assert balance("1304") == ZERO
    income_before = balance("4101")
    # The customer pays an installment: its interest is income on receipt, not a receivable cleared.
    result = pay(staff, loan, loan.installment_amount, dt.date(2025, 6, 5))
    assert balance("4101") - income_before == result.interest and balance("1304") == ZERO
    assert failing() == {}


def test_payoff_settles_every_deferred_and_accrued_balance(ready_db, staff):
    loan = effective_loan(staff, "BDG/2025/90003", principal="24000000", rate="18", tenor=24, fees="900000",
                          start=dt.date(2025, 1, 20), rounding="1000")
    pay(staff, loan, loan.installment_amount, dt.date(2025, 2, 20))
    for day in (dt.date(2025, 1, 31), dt.date(2025, 2, 28), dt.date(2025, 3, 31)):
        me.run_step(staff.akuntan, "accruals", day)
    settle_early(staff.kasir, Loan.get_by_id(loan.id), dt.date(2025, 4, 3), idempotency_key=new_key())
    loan = Loan.get_by_id(loan.id)
    bal = balances(loan.id)
    assert loan.status == "settled_early"
    assert bal["accrued"] == ZERO and bal["deferred"] == ZERO and bal["allowance"] == ZERO
    # Income over the life = interest received + fees.
    assert bal["interest_income"] == loan.interest_paid and bal["fee_income"] == D("900000")
    assert failing() == {}


def test_a_reversed_payment_reverses_its_sub_ledger_entry(ready_db, staff):
    loan = effective_loan(staff, "BDG/2025/90004", principal="6000000", rate="24", tenor=6, fees="150000",
                          start=dt.date(2025, 1, 5), rounding="1000")
    result = pay(staff, loan, loan.installment_amount, dt.date(2025, 2, 5))
    from models.cashier.payments import Payment

    reverse_payment(staff.spv, Payment.get_by_id(result.payment_id), "salah input", date=dt.date(2025, 2, 6))
    assert balances(loan.id)["accrued"] == ZERO and balance("1304") == ZERO
    assert failing() == {}


def test_the_guided_close_refuses_missing_steps_and_reopen_adjusts(ready_db, staff):
    loan = effective_loan(staff, "BDG/2025/90005", principal="30000000", rate="15", tenor=12, fees="600000",
                          start=dt.date(2025, 1, 2), rounding="1000")
    jan = dt.date(2025, 1, 31)
    me.run_step(staff.akuntan, "advances", jan)
    me.run_step(staff.akuntan, "accruals", jan)
    with pytest.raises(ConflictError, match="belum dijalankan"):
        me.close(staff.akuntan, jan)
    me.run_step(staff.akuntan, "nonaccrual", jan)
    me.run_step(staff.akuntan, "allowance", jan)
    me.run_step(staff.akuntan, "reconcile", jan)
    me.close(staff.akuntan, jan)
    assert me.month_status(jan).closed
    allowance = balance("1302")
    assert allowance < ZERO  # stage 1 loss rate on a performing loan (held as a credit)
    snap = LoanSnapshot.get((LoanSnapshot.loan == loan.id) & (LoanSnapshot.period_end == jan))
    assert snap.allowance == -allowance and snap.deferred_fee > ZERO and snap.accrued_interest > ZERO
    # The balance sheet shows loans gross, the allowance and net; the income statement the financing lines.
    from reports.statements import balance_sheet, income_statement

    sheet = {r["name"]: r["amount"] for r in balance_sheet(jan).rows}
    gross = balance("1301") + balance("1304") + balance("1305")
    assert sheet["Piutang pembiayaan neto"] == gross + allowance and sheet["Cadangan kerugian penurunan nilai (CKPN)"] \
        == allowance and balance_sheet(jan).totals["amount"] == ZERO
    lines = {r["name"]: r["amount"] for r in income_statement(dt.date(2025, 1, 1), jan).rows}
    assert lines["Pendapatan bunga (metode suku bunga efektif)"] == balance("4101") > ZERO
    assert lines["Amortisasi provisi dan administrasi"] == balance("4107") > ZERO
    assert lines["Beban kerugian penurunan nilai (CKPN)"] == -allowance
    entries = LoanIncomeEntry.select().count()
    # The manager reopens January; the accountant's earlier steps no longer count.
    reopen_month(staff.manajer, 2025, 1, "koreksi")
    assert set(me.month_status(jan).missing) == set(me.STEPS[:-1])
    with pytest.raises(ConflictError):
        me.close(staff.akuntan, jan)
    me.run_all(staff.akuntan, jan)
    assert LoanIncomeEntry.select().count() == entries  # nothing changed: nothing posted twice
    assert LoanSnapshot.select().where(LoanSnapshot.period_end == jan).count() == 1
    assert failing() == {}


# --------------------------------------------------------------------------------- year-end after reopen
def test_a_reopened_year_closes_again_with_a_supplementary_journal(db, staff):
    from models.accounting.month_end_checks import closed_year_problems
    from models.ledger.accounts import install_default_chart
    from models.ledger.chart import Line
    from models.ledger.journals import close_year, post_journal
    from reports.statements import balance_sheet, income_statement

    install_default_chart("leasing")
    # The 2025 books: income and costs that close with Laba Ditahan Rp 40.469.665,24.
    post_journal(staff.akuntan, dt.date(2025, 6, 30), "Pendapatan jasa giro", "manual",
                 [Line("1111", debit=D("90469665.24")), Line("4201", credit=D("90469665.24"))])
    post_journal(staff.akuntan, dt.date(2025, 7, 31), "Gaji", "manual",
                 [Line("5101", debit=D("50000000")), Line("1111", credit=D("50000000"))])
    retained_before = balance("3201")
    close_year(staff.akuntan, 2025)
    assert balance("3201") - retained_before == D("40469665.24")
    reopen_month(staff.manajer, 2025, 12, "biaya yang terlambat dicatat")
    post_journal(staff.akuntan, dt.date(2025, 12, 31), "Biaya audit", "manual",
                 [Line("5209", debit=D("10000000")), Line("1111", credit=D("10000000"))])
    assert closed_year_problems()  # check flags the closed year that now holds an expense
    journal = close_year(staff.akuntan, 2025)
    assert journal.reference == "TUTUP-2025-2"
    assert balance("3201") - retained_before == D("30469665.24")
    assert closed_year_problems() == []
    year_profit = income_statement(dt.date(2025, 1, 1), dt.date(2025, 12, 31)).totals["amount"]
    assert year_profit == D("30469665.24") == balance("3201")
    sheet = balance_sheet(dt.date(2025, 12, 31))
    assert sheet.totals["amount"] == ZERO
    with pytest.raises(ConflictError):
        close_year(staff.akuntan, 2025)


def test_check_proves_each_income_account_against_its_sub_ledger(ready_db, staff):
    loan = effective_loan(staff, "BDG/2025/90006", principal="10000000", rate="20", tenor=10, fees="250000",
                          start=dt.date(2025, 2, 3), rounding="1000")
    me.run_step(staff.akuntan, "accruals", dt.date(2025, 2, 28))
    me.run_step(staff.akuntan, "allowance", dt.date(2025, 2, 28))
    assert failing() == {}
    for column, name in (("accrued", "accrued interest receivable"), ("deferred", "deferred fees"),
                         ("allowance", "allowance for losses")):
        # A sub-ledger row written behind the ledger's back (raw SQL) is found.
        amounts = {"accrued": 0, "deferred": 0, "allowance": 0, column: 100}
        ready_db.execute_sql("INSERT INTO loan_income_entry (loan_id, date, source, accrued, deferred, allowance, "
                             "interest_income, fee_income, suspended, modification, created_at) "
                             "VALUES (?, '2025-02-28', 'accrual', ?, ?, ?, 0, 0, 0, 0, '2025-02-28 00:00:00')",
                             (loan.id, amounts["accrued"], amounts["deferred"], amounts["allowance"]))
        problems = failing()["ledger: control accounts equal their sub-ledgers"]
        assert any(p.startswith(name) for p in problems), problems
        ready_db.execute_sql("DELETE FROM loan_income_entry WHERE id = (SELECT MAX(id) FROM loan_income_entry)")
    assert failing() == {}


def test_disbursement_defers_fees_and_a_cooperative_keeps_the_flat_split(ready_db, staff):
    from models.credit.disbursement import create_contract, disburse
    from models.loans.loan_income import LoanIncome, LoanIncomeSchedule, set_income_method
    from tests.credit.test_disbursement import approved

    app = approved(staff)
    create_contract(staff.kacab, app)
    fees = app.admin_fee + app.provision
    loan = disburse(staff.spv, app, dt.date.today(), cash_account="1111")
    assert fees > 0 and balance("1305") == -fees and balance("4102") == ZERO and balance("4103") == ZERO
    assert LoanIncome.get(LoanIncome.loan == loan.id).method == "effective"
    rows = list(LoanIncomeSchedule.select().where(LoanIncomeSchedule.loan == loan.id))
    assert len(rows) == loan.tenor
    assert sum((r.interest + r.fee for r in rows), ZERO) == loan.total_interest + fees
    # The office switches to the flat split (a small cooperative's simpler basis): fees are income at once.
    set_income_method(staff.admin, "flat")
    app2 = approved(staff)
    create_contract(staff.kacab, app2)
    loan2 = disburse(staff.spv, app2, dt.date.today(), cash_account="1111")
    assert balance("4102") == app2.admin_fee and balance("1305") == -fees
    assert LoanIncome.get(LoanIncome.loan == loan2.id).method == "flat"
    assert failing() == {}


def test_the_month_end_command_previews_runs_and_refuses_a_closed_month(ready_db, tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    path = tmp_path / "angsur.db"

    def run(*args):
        return subprocess.run([sys.executable, str(root / "main.py"), "--db", str(path), "month-end", *args],
                              capture_output=True, text=True, timeout=120, cwd=root)

    ready_db.close()
    out = run("--month", "2026-09", "--preview")
    assert out.returncode == 0, out.stderr
    assert "Akrual pendapatan bunga efektif" in out.stdout and "Cadangan kerugian" in out.stdout
    out = run("--month", "2026-09")
    assert out.returncode == 0, out.stderr
    assert "✓ Tutup buku bulan 09/2026" in out.stdout
    again = run("--month", "2026-09")
    assert again.returncode == 1 and "sudah ditutup" in again.stderr
    assert run("--month", "2026-13").returncode == 1


def test_write_off_settles_every_balance_against_the_allowance_and_recoveries_are_income(ready_db, staff):
    """The office's one write-off (the register of models.collections.write_off: a manager proposes, a second one
    approves) settles the loan's deferred and accrued balances and uses its own allowance (issue 14)."""
    from models.collections import write_off as wo
    from models.core.errors import PermissionDenied
    from models.core.users import Role, create_user, system_context

    loan = effective_loan(staff, "BDG/2025/90007", principal="15000000", rate="24", tenor=12, fees="450000",
                          start=dt.date(2025, 1, 8), rounding="1000")
    pay(staff, loan, loan.installment_amount, dt.date(2025, 2, 8))
    for day in (dt.date(2025, 1, 31), dt.date(2025, 2, 28), dt.date(2025, 3, 31)):
        for step in ("accruals", "nonaccrual", "allowance"):
            me.run_step(staff.akuntan, step, day)
    before = balances(loan.id)
    assert before["allowance"] > ZERO and before["deferred"] > ZERO
    proposal = wo.propose_write_off(staff.manajer, Loan.get_by_id(loan.id), "debitur tidak dapat ditemukan",
                                    date=dt.date(2025, 4, 10))
    with pytest.raises(PermissionDenied):
        wo.approve_write_off(staff.manajer, proposal, date=dt.date(2025, 4, 10))  # four eyes
    with system_context():
        director = create_user(None, "direktur", "Ir. Direktur", Role.MANAGER, "angsur-demo-pass-1")
    outstanding = Loan.get_by_id(loan.id).outstanding_principal
    expense_before = balance("5106")
    done = wo.approve_write_off(director, proposal, date=dt.date(2025, 4, 10))
    assert done.principal == outstanding
    assert balance("5106") - expense_before == outstanding - before["allowance"]
    after = balances(loan.id)
    assert after["accrued"] == ZERO and after["deferred"] == ZERO and after["allowance"] == ZERO
    assert after["fee_income"] == D("450000")
    assert Loan.get_by_id(loan.id).status == "written_off"
    recovered_before = balance("4106")
    wo.post_recovery(staff.kasir, Loan.get_by_id(loan.id), D("1000000"), dt.date(2025, 5, 2))
    assert balance("4106") - recovered_before == D("1000000")
    assert failing() == {}


def test_a_month_closed_after_a_payoff_leaves_the_settled_loan_alone(ready_db, staff):
    loan = effective_loan(staff, "BDG/2025/90008", principal="9000000", rate="18", tenor=12, fees="270000",
                          start=dt.date(2025, 1, 6), rounding="1000")
    me.run_step(staff.akuntan, "accruals", dt.date(2025, 1, 31))
    pay(staff, loan, loan.installment_amount, dt.date(2025, 2, 6))
    # The customer settles on 3 March; the accountant closes February on 5 March.
    settle_early(staff.kasir, Loan.get_by_id(loan.id), dt.date(2025, 3, 3), idempotency_key=new_key())
    me.run_all(staff.akuntan, dt.date(2025, 2, 28))
    bal = balances(loan.id)
    assert bal["accrued"] == ZERO and bal["deferred"] == ZERO and bal["allowance"] == ZERO
    assert bal["interest_income"] == Loan.get_by_id(loan.id).interest_paid and bal["fee_income"] == D("270000")
    snap = LoanSnapshot.get((LoanSnapshot.loan == loan.id) & (LoanSnapshot.period_end == dt.date(2025, 2, 28)))
    assert snap.status == "active" and snap.principal_outstanding > ZERO  # as it stood on 28/02
    assert failing() == {}


def test_advances_due_are_applied_at_the_month_end(ready_db, staff):
    """Issue 13's rule: the advance pays on the installment's due date, so no late fee comes out of it."""
    from models.cashier.payments import Payment

    loan = effective_loan(staff, "BDG/2025/90009", principal="12000000", rate="18", tenor=12, fees="0",
                          start=dt.date(2025, 1, 10), rounding="1000")
    installment = Loan.get_by_id(loan.id).installment_amount
    # Before anything falls due the customer brings less than an installment: all of it is held as titipan.
    pay(staff, loan, installment - 1000, dt.date(2025, 1, 25))
    held = Loan.get_by_id(loan.id).advance_balance
    assert held == installment - 1000
    february = dt.date(2025, 2, 28)
    preview = me.preview("advances", february)
    assert dict(preview.figures)["Titipan yang bisa dipakai"] == held
    result = me.run_step(staff.akuntan, "advances", february)
    assert dict(result.figures)["Titipan dipakai"] == held
    fresh = Loan.get_by_id(loan.id)
    # Applied on 10/02 (the due date), not on 28/02: interest first, no late fee taken from the advance.
    voucher = Payment.get((Payment.loan == loan.id) & (Payment.kind == "advance"))
    assert voucher.date == dt.date(2025, 2, 10) and voucher.amount == ZERO
    assert fresh.advance_balance == ZERO and fresh.late_fee_paid == ZERO
    assert fresh.principal_paid + fresh.interest_paid == held
    # Idempotent: the rerun finds nothing held and posts nothing.
    vouchers = Payment.select().where(Payment.loan == loan.id).count()
    again = me.run_step(staff.akuntan, "advances", february)
    assert dict(again.figures)["Titipan dipakai"] == ZERO and again.journal is None
    assert Payment.select().where(Payment.loan == loan.id).count() == vouchers
    assert failing() == {}


def test_an_advance_covering_part_of_an_installment_at_the_month_end(ready_db, staff):
    """Half an installment held: it pays half of installment 2 on 10/03; the late fee runs on the other half
    only, and the month end takes no fee out of the advance."""
    from models.cashier.payments import Payment
    from models.loans.loans import Installment

    loan = effective_loan(staff, "BDG/2025/90019", principal="12000000", rate="18", tenor=12, fees="0",
                          start=dt.date(2025, 1, 10), rounding="1000")
    installment = Loan.get_by_id(loan.id).installment_amount
    pay(staff, loan, installment * D("1.5"), dt.date(2025, 2, 10))  # installment 1, half of 2 held as titipan
    held = Loan.get_by_id(loan.id).advance_balance
    assert held == (installment / 2).quantize(D("0.01"))
    results = me.run_all(staff.akuntan, dt.date(2025, 3, 31), close_month=False)
    assert dict(results[0].figures)["Titipan dipakai"] == held
    fresh = Loan.get_by_id(loan.id)
    second = Installment.get((Installment.loan == loan.id) & (Installment.no == 2))
    assert fresh.advance_balance == ZERO and fresh.late_fee_paid == ZERO
    assert D(second.principal_paid) + D(second.interest_paid) == held and second.paid_on is None
    voucher = Payment.get((Payment.loan == loan.id) & (Payment.kind == "advance"))
    assert voucher.date == dt.date(2025, 3, 10)
    # Rerunning every step of the month posts nothing twice.
    entries = LoanIncomeEntry.select().where(LoanIncomeEntry.loan == loan.id).count()
    rerun = me.run_all(staff.akuntan, dt.date(2025, 3, 31), close_month=False)
    assert all(r.journal is None for r in rerun)
    assert LoanIncomeEntry.select().where(LoanIncomeEntry.loan == loan.id).count() == entries
    assert Payment.select().where((Payment.loan == loan.id) & (Payment.kind == "advance")).count() == 1
    assert failing() == {}


def test_non_accrual_into_a_suspense_account(ready_db, staff):
    from models.core.errors import ConflictError as Conflict
    from models.loans.loan_income import nonaccrual_mode, set_nonaccrual_mode

    set_nonaccrual_mode(staff.admin, "suspense")
    assert nonaccrual_mode() == "suspense"
    loan = effective_loan(staff, "BDG/2025/90010", principal="12000000", rate="24", tenor=12, fees="300000",
                          start=dt.date(2025, 1, 10), rounding="1000")
    for day in (dt.date(2025, 1, 31), dt.date(2025, 2, 28), dt.date(2025, 3, 31), dt.date(2025, 4, 30),
                dt.date(2025, 5, 31)):
        for step in ("accruals", "nonaccrual"):
            me.run_step(staff.akuntan, step, day)
        me.write_snapshot(day)
    bal = balances(loan.id)
    # The receivable stays on the balance sheet; the interest sits in Bunga Tangguhan, out of income.
    assert bal["suspended"] > ZERO and bal["accrued"] == bal["suspended"]
    assert balance("1304") == bal["accrued"] and balance("2109") == bal["suspended"]
    assert me.run_step(staff.akuntan, "nonaccrual", dt.date(2025, 5, 31)).journal is None  # no double suspense
    with pytest.raises(Conflict):
        set_nonaccrual_mode(staff.admin, "off_balance")  # not while interest is suspended
    income_before = balance("4101")
    result = pay(staff, loan, loan.installment_amount, dt.date(2025, 6, 5))
    assert balance("4101") - income_before == result.interest  # recognised when collected
    assert balance("2109") == bal["suspended"] - result.interest
    assert failing() == {}
    # The customer catches up: at the June month end the loan is current again and accrues; what was still
    # suspended returns to income from the suspense account.
    pay(staff, loan, loan.installment_amount * 4, dt.date(2025, 6, 10))
    me.run_step(staff.akuntan, "accruals", dt.date(2025, 6, 30))
    me.run_step(staff.akuntan, "nonaccrual", dt.date(2025, 6, 30))
    me.write_snapshot(dt.date(2025, 6, 30))
    bal = balances(loan.id)
    assert bal["suspended"] == ZERO and balance("2109") == ZERO and balance("1304") == bal["accrued"]
    assert failing() == {}
    settle_early(staff.kasir, Loan.get_by_id(loan.id), dt.date(2025, 7, 2), idempotency_key=new_key())
    bal = balances(loan.id)
    assert bal["accrued"] == bal["suspended"] == bal["deferred"] == ZERO and balance("2109") == ZERO
    assert bal["interest_income"] == Loan.get_by_id(loan.id).interest_paid
    assert failing() == {}


def test_a_transfer_found_after_its_month_closed_leaves_that_month_as_closed(ready_db, staff):
    """The figures of a closed month do not depend on what is posted later: a transfer whose value date lies in
    February, found after February was closed, lands with its journal on 1 March, and February's snapshot
    still agrees with the sub-ledger."""
    loan = effective_loan(staff, "BDG/2025/90029", principal="12000000", rate="18", tenor=12, fees="240000",
                          start=dt.date(2025, 1, 10), rounding="1000")
    me.run_all(staff.akuntan, dt.date(2025, 1, 31))
    me.run_all(staff.akuntan, dt.date(2025, 2, 28))
    february = {(s.loan_id, s.accrued_interest) for s in LoanSnapshot.select().where(
        LoanSnapshot.period_end == dt.date(2025, 2, 28))}
    amount = Loan.get_by_id(loan.id).installment_amount
    result = post_payment(staff.kasir, Loan.get_by_id(loan.id), amount, dt.date(2025, 3, 5), "transfer",
                          idempotency_key=new_key(), value_date=dt.date(2025, 2, 10))
    entry = LoanIncomeEntry.select().where((LoanIncomeEntry.loan == loan.id)
                                           & (LoanIncomeEntry.source == "payment")).get()
    assert entry.date == dt.date(2025, 3, 1) and entry.accrued == -result.interest
    assert failing() == {}  # February's snapshot still agrees with the sub-ledger as of 28/02
    assert {(s.loan_id, s.accrued_interest) for s in LoanSnapshot.select().where(
        LoanSnapshot.period_end == dt.date(2025, 2, 28))} == february
    # March's month end sees it.
    me.run_all(staff.akuntan, dt.date(2025, 3, 31))
    assert failing() == {}


def test_loans_booked_before_the_sub_ledger_are_opened_in_bulk_at_the_first_month_end(ready_db, staff):
    """Two identical old loans and a different one: the first month end gives each its amortised-cost table (the
    same rows open_loan writes), with the interest already received standing as recognised."""
    from models.loans.loan_income import LoanIncome, LoanIncomeSchedule
    from tests.payments_helpers import disburse

    start = dt.date(2025, 1, 10)
    twins = [disburse(f"BDG/2025/9100{n}", principal="12000000", rate="18", tenor=12, start=start) for n in (1, 2)]
    other = disburse("BDG/2025/91003", principal="7000000", rate="24", tenor=6, start=start)
    pay(staff, twins[0], twins[0].installment_amount, dt.date(2025, 2, 10))
    me.run_all(staff.akuntan, dt.date(2025, 2, 28))
    for loan in [*twins, other]:
        loan = Loan.get_by_id(loan.id)
        record = LoanIncome.get(LoanIncome.loan == loan.id)
        rows = list(LoanIncomeSchedule.select().where(LoanIncomeSchedule.loan == loan.id)
                    .order_by(LoanIncomeSchedule.no))
        amounts = [i.amount for i in Installment.select().where(Installment.loan == loan.id).order_by(Installment.no)]
        table = income_table(loan.principal, amounts, ZERO)
        assert record.method == "effective" and record.fees == ZERO and D(record.rate) == table.rate.quantize(
            D("1E-24"))
        assert [(r.interest, r.fee) for r in rows] == [(t.interest, t.fee) for t in table.rows]
        assert rows[0].start_date == start and rows[-1].due_date == loan.maturity_date
        opening = LoanIncomeEntry.get_or_none((LoanIncomeEntry.loan == loan.id) & (LoanIncomeEntry.source == "opening"))
        assert (opening.interest_income if opening else ZERO) == loan.interest_paid
    assert Loan.get_by_id(twins[0].id).interest_paid > ZERO
    assert failing() == {}
