"""The cooperative's savings desk, as its day goes: members join, the cashier takes deposits and pays
withdrawals, the supervisor approves and corrects, month-end credits interest, time deposits mature or break,
members resign against their loans.  Interest figures are worked by hand in the comments."""
from __future__ import annotations

import datetime as dt

import pytest

from models.errors import DomainError, PermissionDenied, ValidationError
from models.money import D
from tests.savings_helpers import coop_db, coop_template, customers, d, user  # noqa: F401 (fixtures)


@pytest.fixture
def desk(coop_db):
    from models import savings

    return savings


def _join(customer, date="2026-02-10"):
    from models.savings import join

    return join(user("kasir"), customer, d(date))


def _acct(member, kind):
    from models.savings import account_of

    return account_of(member, kind)


def _ledger(code):
    from models.ledger import balance

    return balance(code)


def _checks_ok(*names):
    from models.checks import run_checks

    results = {r.name: r for r in run_checks()}
    bad = {n: r.problems for n, r in results.items() if not r.ok and (not names or any(k in n for k in names))}
    assert not bad, bad
    return results


# ---------------------------------------------------------------------------------------------- membership
def test_members_join_with_gap_free_numbers_and_pay_pokok(desk):
    a, b, c = customers(3)
    m1, m2, m3 = _join(a), _join(b, "2026-02-11"), _join(c, "2026-02-12")
    assert [m.member_no for m in (m1, m2, m3)] == ["AGT-000001", "AGT-000002", "AGT-000003"]
    assert a.__class__.get_by_id(a.id).member_no == "AGT-000001"
    pokok = _acct(m1, "pokok")
    assert D(pokok.balance) == D("100000")
    # the pokok journal: debit Kas, credit Simpanan Pokok (3101); the receipt is from the loan receipt sequence
    tx = desk.transactions(pokok)[0]
    assert tx.receipt_no == "KW/BDG/2026/000001" and tx.journal_id
    assert _ledger("3101") == D("300000")
    with pytest.raises(Exception, match="sudah menjadi anggota"):
        _join(a)
    _checks_ok("savings", "receipt")


def test_pokok_once_and_wajib_in_whole_months(desk):
    m = _join(customers(1)[0])
    kasir = user("kasir")
    with pytest.raises(ValidationError, match="sekali saja"):
        desk.deposit(kasir, _acct(m, "pokok"), "100000", d("2026-02-12"))
    with pytest.raises(ValidationError, match="kelipatannya"):
        desk.deposit(kasir, _acct(m, "wajib"), "70000", d("2026-02-12"))
    r = desk.deposit(kasir, _acct(m, "wajib"), "100000", d("2026-02-12"))  # two months
    assert r.balance_after == D("100000")


# ------------------------------------------------------------------------------------------- withdrawals
def test_refused_withdrawals_name_the_rule(desk):
    m = _join(customers(1)[0])
    kasir = user("kasir")
    desk.deposit(kasir, _acct(m, "wajib"), "50000", d("2026-02-10"))
    desk.deposit(kasir, _acct(m, "sukarela"), "500000", d("2026-02-11"))
    with pytest.raises(ValidationError, match="Simpanan Pokok tidak dapat ditarik") as e:
        desk.withdraw(kasir, _acct(m, "pokok"), "100000", d("2026-02-12"))
    assert e.value.errors[0].code == "pokok.locked"
    with pytest.raises(ValidationError, match="Simpanan Wajib tidak dapat ditarik"):
        desk.withdraw(kasir, _acct(m, "wajib"), "50000", d("2026-02-12"))
    # the sukarela minimum balance (Rp 25.000) stays: at most 475.000 may go
    with pytest.raises(ValidationError) as e:
        desk.withdraw(kasir, _acct(m, "sukarela"), "480000", d("2026-02-12"))
    assert e.value.errors[0].code == "sukarela.min_balance" and "Rp 475.000" in str(e.value)
    with pytest.raises(ValidationError, match="saldo tidak cukup"):
        desk.withdraw(kasir, _acct(m, "sukarela"), "600000", d("2026-02-12"))
    with pytest.raises(ValidationError, match="sebelum transaksi terakhir"):
        desk.withdraw(kasir, _acct(m, "sukarela"), "1000", d("2026-02-10"))
    r = desk.withdraw(kasir, _acct(m, "sukarela"), "475000", d("2026-02-12"))
    assert r.balance_after == D("25000")
    assert _ledger("2102") == D("25000")
    _checks_ok("savings")


def test_large_withdrawal_needs_a_second_person(desk):
    m = _join(customers(1)[0])
    kasir, kacab = user("kasir"), user("kacab")
    desk.deposit(kasir, _acct(m, "sukarela"), "30000000", d("2026-02-11"))
    with pytest.raises(DomainError, match="persetujuan orang kedua"):
        desk.withdraw(kasir, _acct(m, "sukarela"), "15000000", d("2026-02-12"))
    with pytest.raises(PermissionDenied):
        desk.withdraw(kasir, _acct(m, "sukarela"), "15000000", d("2026-02-12"), approved_by=user("kasir2"))
    r = desk.withdraw(kasir, _acct(m, "sukarela"), "15000000", d("2026-02-12"), approved_by=kacab)
    assert r.balance_after == D("15000000")
    tx = desk.SavingsTransaction.get_by_id(r.txn_id)
    assert tx.approved_by_id == kacab.id


def test_transfer_between_members_is_one_receipt_and_one_journal(desk):
    a, b = customers(2)
    ma, mb = _join(a), _join(b)
    kasir = user("kasir")
    desk.deposit(kasir, _acct(ma, "sukarela"), "1000000", d("2026-02-11"))
    r = desk.transfer(kasir, _acct(ma, "sukarela"), _acct(mb, "sukarela"), "300000", d("2026-02-12"))
    assert D(_acct(ma, "sukarela").balance) == D("700000")
    assert D(_acct(mb, "sukarela").balance) == D("300000")
    out = desk.SavingsTransaction.get_by_id(r.txn_id)
    inn = desk.SavingsTransaction.get_by_id(r.extra["target_txn"])
    assert out.receipt_no == inn.receipt_no and out.journal_id == inn.journal_id
    assert out.counterpart_id == inn.id and inn.counterpart_id == out.id
    _checks_ok("savings", "receipt")


def test_idempotent_deposit(desk):
    m = _join(customers(1)[0])
    kasir = user("kasir")
    first = desk.deposit(kasir, _acct(m, "sukarela"), "250000", d("2026-02-11"), idempotency_key="form-1")
    again = desk.deposit(kasir, _acct(m, "sukarela"), "250000", d("2026-02-11"), idempotency_key="form-1")
    assert again.replayed and again.receipt_no == first.receipt_no
    assert D(_acct(m, "sukarela").balance) == D("250000")


# ---------------------------------------------------------------------------------------------- reversal
def test_reversal_by_a_second_person_newest_first(desk):
    m = _join(customers(1)[0])
    kasir, kacab = user("kasir"), user("kacab")
    first = desk.deposit(kasir, _acct(m, "sukarela"), "400000", d("2026-02-11"))
    second = desk.deposit(kasir, _acct(m, "sukarela"), "100000", d("2026-02-12"))
    with pytest.raises(PermissionDenied):
        desk.reverse_transaction(kasir, desk.SavingsTransaction.get_by_id(second.txn_id), "salah ketik")
    with pytest.raises(DomainError, match="batalkan yang terbaru"):
        desk.reverse_transaction(kacab, desk.SavingsTransaction.get_by_id(first.txn_id), "salah",
                                 date=d("2026-02-13"))
    rows = desk.reverse_transaction(kacab, desk.SavingsTransaction.get_by_id(second.txn_id), "salah ketik",
                                    date=d("2026-02-13"))
    assert rows[0].kind == "correction" and D(rows[0].amount) == D("-100000")
    assert desk.SavingsTransaction.get_by_id(second.txn_id).status == "reversed"
    assert D(_acct(m, "sukarela").balance) == D("400000") == _ledger("2102")
    # the rows are still there: nothing deleted
    assert len(desk.transactions(_acct(m, "sukarela"))) == 3
    with pytest.raises(Exception, match="sudah dibatalkan"):
        desk.reverse_transaction(kacab, desk.SavingsTransaction.get_by_id(second.txn_id), "lagi",
                                 date=d("2026-02-13"))
    _checks_ok("savings", "receipt", "ledger")


# ---------------------------------------------------------------------------------------------- interest
def _march_account(desk, basis):
    """Sukarela 1.000.000 from February; in March −400.000 on the 10th and +2.000.000 on the 20th."""
    from models.savings import SavingsProduct

    SavingsProduct.update(interest_basis=basis).where(SavingsProduct.code == "SS").execute()
    m = _join(customers(1)[0])
    kasir = user("kasir")
    acct = _acct(m, "sukarela")
    desk.deposit(kasir, acct, "1000000", d("2026-02-10"))
    desk.withdraw(kasir, _acct(m, "sukarela"), "400000", d("2026-03-10"))
    desk.deposit(kasir, _acct(m, "sukarela"), "2000000", d("2026-03-20"))
    return m


def test_interest_on_the_lowest_balance_of_a_hand_worked_month(desk):
    # end-of-day balances in March: 1.000.000 (1–9), 600.000 (10–19), 2.600.000 (20–31); lowest 600.000.
    # 600.000 × 3 % × 31 ÷ 365 = 1.528,77 → Rp 1.528 (down to the rupiah); below Rp 240.000: no tax.
    m = _march_account(desk, "minimum")
    result = desk.credit_monthly_interest(user("akuntan"), d("2026-03-31"))
    assert result.gross == D("1528") and result.tax == D("0")
    rows = [t for t in desk.transactions(_acct(m, "sukarela")) if t.kind in ("interest", "tax")]
    assert [(t.kind, D(t.amount), t.date) for t in rows] == [("interest", D("1528"), d("2026-03-31"))]
    assert D(_acct(m, "sukarela").balance) == D("2601528")
    assert _ledger("5109") == D("1528")
    slips = desk.tax_slips(d("2026-03-31"))
    assert [(s.member_no, s.gross, s.tax) for s in slips] == [(m.member_no, D("1528"), D("0"))]
    # month-end may run twice: nothing more is credited
    again = desk.credit_monthly_interest(user("akuntan"), d("2026-03-15"))
    assert again.replayed and again.gross == D("1528")
    assert D(_acct(m, "sukarela").balance) == D("2601528")
    _checks_ok("savings", "ledger")


def test_interest_on_the_average_daily_balance_of_the_same_month(desk):
    # Σ balances = 9 × 1.000.000 + 10 × 600.000 + 12 × 2.600.000 = 46.200.000 rupiah-days; average 1.490.322,58
    # interest = 46.200.000 ÷ 31 × 3 % × 31 ÷ 365 = 1.386.000 ÷ 365 = 3.797,26 → Rp 3.797
    m = _march_account(desk, "average")
    assert desk.credit_monthly_interest(user("akuntan"), d("2026-03-31")).gross == D("3797")
    line = next(t for t in desk.transactions(_acct(m, "sukarela")) if t.kind == "interest")
    assert "1.490.322,58" in line.memo


def test_no_interest_below_the_minimum_earning_balance(desk):
    m = _join(customers(1)[0])
    desk.deposit(user("kasir"), _acct(m, "sukarela"), "90000", d("2026-02-10"))  # below Rp 100.000
    assert desk.credit_monthly_interest(None, d("2026-03-31")).accounts == 0


def test_interest_above_240000_is_taxed_10_percent_of_the_whole(desk):
    # 100.000.000 all April (30 days): 100.000.000 × 3 % × 30 ÷ 365 = 246.575,34 → Rp 246.575 > Rp 240.000,
    # so the tax is 10 % of the whole 246.575 = 24.657,5 → Rp 24.658 (half up).
    m = _join(customers(1)[0])
    desk.deposit(user("kasir"), _acct(m, "sukarela"), "100000000", d("2026-03-31"))
    result = desk.credit_monthly_interest(user("akuntan"), d("2026-04-30"))
    assert (result.gross, result.tax) == (D("246575"), D("24658"))
    assert D(_acct(m, "sukarela").balance) == D("100000000") + D("246575") - D("24658")
    assert _ledger("2109") == D("24658")
    slip = desk.tax_slips(d("2026-04-30"))[0]
    assert (slip.gross, slip.tax, slip.rate_pct) == (D("246575"), D("24658"), D("10"))
    _checks_ok("savings", "ledger")


def test_month_end_refuses_a_month_not_over_or_closed(desk):
    from models.ledger import close_month

    with pytest.raises(ValidationError, match="belum berakhir"):
        desk.credit_monthly_interest(None, dt.date.today() + dt.timedelta(days=40))
    close_month(user("akuntan"), 2026, 1)
    with pytest.raises(ValidationError, match="sudah ditutup"):
        desk.credit_monthly_interest(None, d("2026-01-31"))


# ------------------------------------------------------------------------------------------ wajib arrears
def test_wajib_arrears_like_loan_arrears_and_collected_with_an_installment(desk):
    from tests.payments_helpers import disburse

    c = customers(1)[0]
    m = _join(c, "2026-01-05")
    kasir = user("kasir")
    desk.deposit(kasir, _acct(m, "wajib"), "100000", d("2026-01-05"))  # January and February
    arrears = desk.wajib_arrears(m, d("2026-05-10"))
    # due 5 Jan, 5 Feb, 5 Mar, 5 Apr, 5 May: five months, two paid, three behind since 5 March
    assert (arrears.months_due, arrears.paid, arrears.owed, arrears.months_behind, arrears.oldest_unpaid) == \
        (5, D("100000"), D("150000"), 3, d("2026-03-05"))
    assert [mm.id for mm, _a in desk.wajib_arrears_list(d("2026-05-10"))] == [m.id]
    loan = disburse("KSP/2026/00001", principal="6000000", rate="12", tenor=12, start=d("2026-01-31"), customer=c,
                    product_code="PA")
    # 6.000.000 over 12 months at 12 % flat: 500.000 principal + 60.000 interest a month
    r = desk.collect_with_installment(kasir, m, loan, D("560000"), "150000", d("2026-03-02"),
                                      idempotency_key="counter-1")
    assert r.extra["payment"].receipt_no == r.receipt_no
    assert desk.wajib_arrears(m, d("2026-05-10")).owed == D("0")
    _checks_ok("savings", "receipt", "ledger")


# ----------------------------------------------------------------------------------- loans from savings
def test_installment_paid_from_savings_moves_no_cash(desk):
    from models.loans import Loan
    from tests.payments_helpers import disburse

    c = customers(1)[0]
    m = _join(c, "2026-01-05")
    kasir = user("kasir")
    desk.deposit(kasir, _acct(m, "sukarela"), "2000000", d("2026-01-06"))
    loan = disburse("KSP/2026/00002", principal="6000000", rate="12", tenor=12, start=d("2026-01-31"), customer=c,
                    product_code="PA")
    cash_before = _ledger("1101")
    r = desk.pay_installment_from_savings(kasir, _acct(m, "sukarela"), loan, "560000", d("2026-02-28"),
                                          idempotency_key="pb-1")
    assert _ledger("1101") == cash_before
    assert r.extra["payment"].principal + r.extra["payment"].interest == D("560000")
    assert Loan.get_by_id(loan.id).installments_paid == 1
    assert D(_acct(m, "sukarela").balance) == D("1440000")
    other = _join(customers(2)[1], "2026-01-05")
    desk.deposit(kasir, _acct(other, "sukarela"), "2000000", d("2026-01-06"))
    with pytest.raises(DomainError, match="bukan milik anggota"):
        desk.pay_installment_from_savings(kasir, _acct(other, "sukarela"), loan, "560000", d("2026-03-01"),
                                          idempotency_key="pb-2")
    _checks_ok("savings", "receipt", "ledger")


# -------------------------------------------------------------------------------------------- resignation
def test_resignation_settles_savings_against_the_loan(desk):
    from models.loans import Loan
    from models.payments import payoff_quote
    from tests.payments_helpers import disburse

    c = customers(1)[0]
    m = _join(c, "2026-01-05")
    kasir, kacab = user("kasir"), user("kacab")
    desk.deposit(kasir, _acct(m, "wajib"), "100000", d("2026-01-05"))
    desk.deposit(kasir, _acct(m, "sukarela"), "8000000", d("2026-01-06"))
    loan = disburse("KSP/2026/00003", principal="5000000", rate="12", tenor=10, start=d("2026-01-31"), customer=c,
                    product_code="PA")
    quote = payoff_quote(loan, d("2026-03-02")).total
    cash_before = _ledger("1101")
    with pytest.raises(PermissionDenied):
        desk.resign_member(kasir, m, d("2026-03-02"), "pindah kota", approved_by=kasir, idempotency_key="r1")
    st = desk.resign_member(kasir, m, d("2026-03-02"), "pindah kota", approved_by=kacab, idempotency_key="r1")
    total = D("100000") + D("100000") + D("8000000")
    assert st.savings_total == total
    assert st.applied_to_loans == quote and st.paid_out == total - quote and st.loan_left == D("0")
    assert Loan.get_by_id(loan.id).status == "settled_early"
    assert desk.Member.get_by_id(m.id).status == "resigned"
    assert all(a.status == "closed" and D(a.balance) == 0 for a in desk.accounts_of(m, include_closed=True))
    # Kas goes down only by what the member took home
    assert _ledger("1101") == cash_before - st.paid_out
    assert st.journals and st.receipt_no
    _checks_ok("savings", "receipt", "ledger")


def test_resignation_with_savings_short_of_the_loan_leaves_the_rest_owed(desk):
    from models.loans import Loan
    from tests.payments_helpers import disburse

    c = customers(1)[0]
    m = _join(c, "2026-01-05")
    kasir, kacab = user("kasir"), user("kacab")
    desk.deposit(kasir, _acct(m, "sukarela"), "1000000", d("2026-01-06"))
    loan = disburse("KSP/2026/00004", principal="5000000", rate="12", tenor=10, start=d("2026-01-31"), customer=c,
                    product_code="PA")
    st = desk.resign_member(kasir, m, d("2026-03-02"), "meninggal dunia", approved_by=kacab,
                            idempotency_key="r2", status="deceased")
    assert st.paid_out == D("0") and st.applied_to_loans == D("1100000") and st.loan_left > 0
    assert Loan.get_by_id(loan.id).status == "active"
    _checks_ok("savings", "receipt", "ledger")


# ------------------------------------------------------------------------------------------------ checks
def test_check_finds_a_balance_moved_behind_the_ledgers_back(desk):
    from models.checks import run_checks
    from models.db import database

    m = _join(customers(1)[0])
    desk.deposit(user("kasir"), _acct(m, "sukarela"), "500000", d("2026-02-11"))
    database.obj.execute_sql("UPDATE savings_account SET balance = balance + 100 WHERE id = ?",
                             (_acct(m, "sukarela").id,))
    results = {r.name: r for r in run_checks()}
    assert not results["savings: member balances equal the savings accounts of the ledger"].ok
    assert not results["savings: every account's balance is the sum of its transactions"].ok
    database.obj.execute_sql("UPDATE member SET seq = 7 WHERE id = ?", (m.id,))
    results = {r.name: r for r in run_checks()}
    assert "missing" in results["savings: member numbers are gap-free"].problems[0]


def test_reversing_an_installment_paid_from_savings_reverses_the_loan_payment(desk):
    from models.loans import Loan
    from models.payments import Payment
    from tests.payments_helpers import disburse

    c = customers(1)[0]
    m = _join(c, "2026-01-05")
    kasir, kacab = user("kasir"), user("kacab")
    desk.deposit(kasir, _acct(m, "sukarela"), "1000000", d("2026-01-06"))
    loan = disburse("KSP/2026/00005", principal="6000000", rate="12", tenor=12, start=d("2026-01-31"), customer=c,
                    product_code="PA")
    r = desk.pay_installment_from_savings(kasir, _acct(m, "sukarela"), loan, "560000", d("2026-02-28"),
                                          idempotency_key="pb-9")
    desk.reverse_transaction(kacab, desk.SavingsTransaction.get_by_id(r.txn_id), "salah rekening",
                             date=d("2026-03-02"))
    assert Payment.get_by_id(r.extra["payment"].payment_id).status == "reversed"
    assert Loan.get_by_id(loan.id).installments_paid == 0
    assert D(_acct(m, "sukarela").balance) == D("1000000")
    _checks_ok("savings", "receipt", "ledger")


def test_a_member_with_nothing_to_settle_resigns_without_a_receipt(desk):
    from models.savings import SavingsTransaction, account_of

    m = _join(customers(1)[0], "2026-01-05")
    pokok = account_of(m, "pokok")
    desk.reverse_transaction(user("kacab"), SavingsTransaction.get(SavingsTransaction.account == pokok.id),
                             "pokok belum dibayar", date=d("2026-01-06"))
    st = desk.resign_member(user("kasir"), m, d("2026-01-07"), "batal bergabung", approved_by=user("kacab"),
                            idempotency_key="r-empty")
    assert st.receipt_no is None and st.savings_total == D("0") and st.paid_out == D("0")
    with pytest.raises(Exception, match="sudah tidak aktif"):
        desk.resign_member(user("kasir"), m, d("2026-01-07"), "lagi", approved_by=user("kacab"),
                           idempotency_key="r-empty-2")
    _checks_ok("savings", "receipt")


def test_products_are_configurable_and_checked(desk):
    from models.savings import product_by_code, save_product

    admin = user("admin")
    with pytest.raises(ValidationError) as e:
        save_product(admin, dict(code="SW2", name="Wajib baru", kind="wajib", account_code="3102", fixed_amount=D(0)))
    assert "jumlah tetap" in str(e.value)
    with pytest.raises(ValidationError, match="jangka waktu"):
        save_product(admin, dict(code="SB0", name="Berjangka", kind="berjangka", account_code="2110"))
    with pytest.raises(PermissionDenied):
        save_product(user("kasir"), dict(interest_basis="average"), product_by_code("SS"))
    changed = save_product(admin, dict(interest_basis="average", rate=D("4.5")), product_by_code("SS"))
    assert (changed.interest_basis, D(changed.rate)) == ("average", D("4.5"))
    made = save_product(admin, dict(code="SB6", name="Berjangka 6 Bulan", kind="berjangka", account_code="2110",
                                    rate=D("5"), term_months=6, penalty_kind="interest", penalty_rate=D("50")))
    assert product_by_code("SB6").id == made.id


@pytest.mark.parametrize("basis", ["minimum", "average"])
def test_month_end_sql_agrees_with_the_pure_interest_function(desk, basis):
    """Random counter days for eight members: the set-based month-end run credits exactly what
    models.savings_interest computes day by day for each account."""
    import random

    from models.savings import SavingsProduct, interest_preview
    from models.savings_interest import monthly_interest

    SavingsProduct.update(interest_basis=basis, min_earning_balance=D("50000")).where(
        SavingsProduct.code == "SS").execute()
    rng = random.Random(basis)
    kasir = user("kasir")
    expected = {}
    for n, c in enumerate(customers(8)):
        m = _join(c, "2026-04-01")
        acct = _acct(m, "sukarela")
        opening = D(rng.randrange(0, 40)) * 25000
        if opening:
            desk.deposit(kasir, acct, opening, d("2026-04-20"))
        moves, balance = [], opening
        for day in sorted(rng.sample(range(1, 31), rng.randrange(0, 6))):
            date = dt.date(2026, 6, day)
            if balance > D("100000") and rng.random() < 0.4:
                amount = (balance / 2 // 1000) * 1000
                desk.withdraw(kasir, _acct(m, "sukarela"), amount, date)
                moves.append((date, -amount))
                balance -= amount
            else:
                amount = D(rng.randrange(1, 200)) * 5000
                desk.deposit(kasir, _acct(m, "sukarela"), amount, date)
                moves.append((date, amount))
                balance += amount
        line = monthly_interest(basis, opening, moves, d("2026-06-30"), D("3"), D("50000"))
        expected[acct.id] = line.gross
    got = {l["account_id"]: l["gross"] for l in interest_preview(d("2026-06-30"))}
    assert got == {k: v for k, v in expected.items() if v > 0}
    assert any(v > 0 for v in expected.values())
