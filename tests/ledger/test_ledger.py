"""The general ledger as the office's accountant and cashier meet it: chart, posting, reversing, closing."""
from __future__ import annotations

import datetime as dt

import peewee
import pytest

from models.ledger import journals as ledger
from models.ledger import accounts as accounts_mod
from models.ledger import chart as chart_mod
from models.core.audit import AuditLog
from models.core.errors import ConflictError, PermissionDenied, ValidationError
from models.ledger.chart import Account, Line
from models.ledger.journals import Journal, JournalLine, post_event, post_journal
from models.ledger.subledgers import register_subledger, unregister_subledger
from models.core.money import D
from models.core.office import NumberSequence

DAY = dt.date(2026, 11, 23)


@pytest.fixture
def books(db):
    """The demo office with its default (multifinance) chart installed."""
    accounts_mod.install_default_chart("leasing")
    return db


def codes_used(journal: Journal) -> list[tuple[str, D, D]]:
    return [(l.account.code, l.debit, l.credit) for l in journal.lines.order_by(JournalLine.line_no)]


def journal_count() -> int:
    return Journal.select().count()


def problems_of(check_name: str) -> list[str]:
    from models.core.checks import run_checks

    return next(r for r in run_checks() if r.name == check_name).problems


# ------------------------------------------------------------------------------------------------ the chart
def test_a_leasing_office_gets_the_multifinance_chart_with_control_accounts(books):
    receivable = Account.get(Account.code == "1301")
    assert receivable.name == "Piutang Pembiayaan" and receivable.is_control and receivable.type == "asset"
    assert Account.get(Account.code == "2101").name == "Titipan Angsuran"
    assert Account.get(Account.code == "2101").type == "liability"
    assert receivable.parent.code == "13" and receivable.parent.parent.code == "1"
    assert chart_mod.chart_roles()["year_end_result"] == "3201"
    assert accounts_mod.install_default_chart("leasing") == 0  # idempotent


def test_a_cooperative_gets_member_savings_and_shu(empty_db):
    created = accounts_mod.install_default_chart("koperasi")
    assert created == Account.select().count() > 40
    names = {a.name for a in Account.select()}
    assert {"Simpanan Pokok", "Simpanan Wajib", "Simpanan Sukarela", "SHU Tahun Berjalan"} <= names
    assert all(Account.get(Account.name == n).is_control
               for n in ("Simpanan Pokok", "Simpanan Wajib", "Simpanan Sukarela"))
    assert chart_mod.chart_roles()["year_end_result"] == "3301"


def test_accountant_adds_an_account_and_a_cashier_may_not(books, staff):
    parent = Account.get(Account.code == "51")
    account = accounts_mod.create_account(staff.akuntan, "5110", "Beban Pemasaran", "expense", parent)
    assert account.parent.code == "51"
    with pytest.raises(PermissionDenied):
        accounts_mod.create_account(staff.kasir, "5111", "Beban Lain", "expense", parent)
    with pytest.raises(ValidationError) as err:
        accounts_mod.create_account(staff.akuntan, "5112", "Beban Salah", "income", parent)
    assert err.value.for_field("parent")
    with pytest.raises(ConflictError):
        accounts_mod.create_account(staff.akuntan, "5110", "Dua Kali", "expense", parent)


def test_an_account_holding_money_cannot_be_deactivated(books, staff):
    post_journal(staff.akuntan, DAY, "Beli ATK", "manual", [Line("5105", debit=D(150000)),
                                                           Line("1101", credit=D(150000))])
    with pytest.raises(ValidationError):
        accounts_mod.update_account(staff.akuntan, Account.get(Account.code == "5105"), active=False)
    renamed = accounts_mod.update_account(staff.akuntan, Account.get(Account.code == "1102"), name="Kas Kecil Cabang",
                                    active=False)
    assert renamed.name == "Kas Kecil Cabang" and not renamed.active


# ------------------------------------------------------------------------------------------------ posting
def test_a_balanced_journal_is_posted_numbered_and_audited(books, staff):
    journal = post_journal(staff.akuntan, DAY, "Bayar listrik November", "manual",
                           [Line("5103", debit=D("2350000.50")), Line("1101", credit=D("2350000.50"))],
                           reference="BKK/001")
    assert journal.number == "JU/2026/000001"
    assert journal.posted_at is not None and journal.created_by_id == staff.akuntan.id
    assert codes_used(journal) == [("5103", D("2350000.50"), D(0)), ("1101", D(0), D("2350000.50"))]
    assert ledger.balance("5103") == D("2350000.50")
    assert ledger.balance("1101") == D("-2350000.50")
    assert ledger.balance("11") == D("-2350000.50")  # a heading sums its children
    assert AuditLog.select().where((AuditLog.action == "journal.post")
                                   & (AuditLog.entity_id == str(journal.id))).exists()
    second = post_journal(staff.akuntan, DAY, "Bayar telepon", "manual",
                          [Line("5103", debit=D(100)), Line("1101", credit=D(100))])
    assert second.number == "JU/2026/000002"


@pytest.mark.parametrize("lines, code", [
    ([Line("5103", debit=D("100.00")), Line("1101", credit=D("99.99"))], "unbalanced"),
    ([Line("5103", debit=D(100))], "too_few"),
    ([Line("5103", debit=D(100), credit=D(100)), Line("1101", credit=D(100))], "one_side"),
    ([Line("5103"), Line("1101", credit=D(0))], "one_side"),
    ([Line("5103", debit=D(-100)), Line("1101", credit=D(-100))], "negative"),
    ([Line("5103", debit=D("100.001")), Line("1101", credit=D("100.001"))], "amount"),
    ([Line("9999", debit=D(100)), Line("1101", credit=D(100))], "unknown"),
    ([Line("51", debit=D(100)), Line("1101", credit=D(100))], "heading"),
    ([Line("1301", debit=D(100)), Line("1101", credit=D(100))], "control"),
    ([Line("2101", debit=D(100)), Line("1101", credit=D(100))], "control"),
])
def test_a_journal_that_breaks_a_rule_is_refused_and_leaves_no_trace(books, staff, lines, code):
    audit_rows = AuditLog.select().count()
    with pytest.raises(ValidationError) as err:
        post_journal(staff.akuntan, DAY, "Salah", "manual", lines)
    assert code in {e.code for e in err.value.errors}
    assert journal_count() == 0 and JournalLine.select().count() == 0
    assert AuditLog.select().count() == audit_rows
    assert not NumberSequence.select().where(NumberSequence.name == "journal").exists()  # no number burnt


def test_every_problem_is_reported_at_once(books, staff):
    with pytest.raises(ValidationError) as err:
        post_journal(staff.akuntan, DAY, "", "manual", [Line("9999", debit=D(5)), Line("1301", credit=D(4))])
    fields = {e.field for e in err.value.errors}
    assert {"description", "lines", "account"} <= fields


def test_an_inactive_account_takes_no_postings(books, staff):
    accounts_mod.update_account(staff.akuntan, Account.get(Account.code == "1102"), active=False)
    with pytest.raises(ValidationError) as err:
        post_journal(staff.akuntan, DAY, "Isi kas kecil", "manual",
                     [Line("1102", debit=D(500000)), Line("1101", credit=D(500000))])
    assert err.value.errors[0].code == "inactive"


def test_only_the_accountant_writes_manual_journals(books, staff):
    with pytest.raises(PermissionDenied):
        post_journal(staff.kasir, DAY, "Coba", "manual", [Line("5105", debit=D(1)), Line("1101", credit=D(1))])
    with pytest.raises(PermissionDenied):
        post_journal(None, DAY, "Coba", "manual", [Line("5105", debit=D(1)), Line("1101", credit=D(1))])


def test_a_posting_joins_the_callers_transaction_and_rolls_back_with_it(books, staff):
    from models.core.db import run_in_transaction

    def payment_that_fails_after_the_journal():
        post_journal(staff.kasir, DAY, "Angsuran ke-3", "payment",
                     [Line("1101", debit=D(950000)), Line("1301", credit=D(800000)),
                      Line("4101", credit=D(150000))], reference="KW/BDG/2026/000003", loan_id=7)
        assert journal_count() == 1  # visible inside the transaction
        raise RuntimeError("printer jammed before commit")

    with pytest.raises(RuntimeError):
        run_in_transaction(payment_that_fails_after_the_journal)
    assert journal_count() == 0
    assert not NumberSequence.select().where(NumberSequence.name == "journal").exists()


def test_the_database_refuses_to_change_a_posted_entry(books, staff):
    journal = post_journal(staff.akuntan, DAY, "Bayar sewa", "manual",
                           [Line("5102", debit=D(7500000)), Line("1111", credit=D(7500000))])
    db = books
    for sql in (f"UPDATE journal_line SET debit = 1 WHERE journal_id = {journal.id}",
                f"DELETE FROM journal_line WHERE journal_id = {journal.id}",
                f"UPDATE journal SET description = 'x' WHERE id = {journal.id}",
                f"DELETE FROM journal WHERE id = {journal.id}",
                f"INSERT INTO journal_line (journal_id, line_no, account_id, debit, credit, memo) "
                f"VALUES ({journal.id}, 3, {Account.get(Account.code == '1101').id}, 5, 0, '')"):
        with pytest.raises(peewee.DatabaseError, match="immutable"):
            with db.atomic():
                db.execute_sql(sql)
    assert ledger.balance("5102") == D(7500000)


def test_the_database_refuses_to_post_an_unbalanced_journal_written_behind_the_apps_back(books, staff):
    db = books
    kas = Account.get(Account.code == "1101").id
    with pytest.raises(peewee.DatabaseError, match="balance"):
        with db.atomic():
            db.execute_sql("INSERT INTO journal (number, date, description, source, reference, created_at) "
                           "VALUES ('X/1', '2026-11-23', 'x', 'manual', '', '2026-11-23 10:00:00')")
            jid = db.execute_sql("SELECT id FROM journal WHERE number = 'X/1'").fetchone()[0]
            db.execute_sql(f"INSERT INTO journal_line (journal_id, line_no, account_id, debit, credit, memo) "
                           f"VALUES ({jid}, 1, {kas}, 100, 0, ''), ({jid}, 2, {kas}, 0, 99, '')")
            db.execute_sql(f"UPDATE journal SET posted_at = '2026-11-23 10:00:00' WHERE id = {jid}")


# ------------------------------------------------------------------------------------------ posting events
def test_an_installment_payment_posts_through_the_rules(books, staff):
    journal = post_event(staff.kasir, [("installment_principal", D(800000)), ("installment_interest", D(150000)),
                                       ("late_fee", D(12500)), ("late_fee_waiver", D(5000))],
                         date=DAY, description="Angsuran ke-3 KMB-001", source="payment",
                         reference="KW/BDG/2026/000010", customer_id=3, loan_id=7)
    assert codes_used(journal) == [("1101", D(962500), D(0)), ("1301", D(0), D(800000)),
                                   ("4101", D(0), D(150000)), ("4104", D(0), D(12500))]
    assert {(l.customer_id, l.loan_id) for l in journal.lines} == {(3, 7)}


def test_a_transfer_payment_goes_to_the_bank_and_a_product_can_remap_an_event(books, staff):
    journal = post_event(staff.kasir, [("installment_principal", D(500000)), ("installment_interest", D(90000))],
                         {"installment_interest": {"debit": "1101", "credit": "4209"}},
                         date=DAY, description="Angsuran via transfer", source="payment", cash_account="1111")
    assert codes_used(journal) == [("1111", D(590000), D(0)), ("1301", D(0), D(500000)),
                                   ("4209", D(0), D(90000))]


def test_an_overpayment_waits_in_titipan_until_applied(books, staff):
    post_event(staff.kasir, [("installment_principal", D(800000)), ("installment_interest", D(150000)),
                             ("overpayment", D(50000))], date=DAY, description="Bayar lebih", source="payment")
    assert ledger.balance("2101") == D(50000)
    post_event(staff.kasir, [("overpayment_applied", D(50000)), ("installment_principal", D(50000))],
               date=DAY, description="Titipan dipakai", source="payment")
    assert ledger.balance("2101") == D(0)
    assert ledger.balance("1101") == D(1000000)
    assert ledger.balance("1301") == D(-850000)


def test_events_with_nothing_to_post_post_nothing(books, staff):
    assert post_event(staff.kasir, [("late_fee_waiver", D(5000)), ("late_fee", D(0))], date=DAY,
                      description="Denda dihapus", source="late_fee") is None
    with pytest.raises(ValidationError):
        post_event(staff.kasir, [("bonus", D(1))], date=DAY, description="?", source="payment")
    assert journal_count() == 0


# ------------------------------------------------------------------------------------------------ reversal
def test_a_manual_journal_is_corrected_by_its_mirror(books, staff):
    wrong = post_journal(staff.akuntan, DAY, "Bayar sewa (salah akun)", "manual",
                         [Line("5101", debit=D(7500000)), Line("1111", credit=D(7500000))])
    mirror = ledger.reverse_journal(staff.akuntan, wrong, "salah akun, seharusnya sewa", date=DAY)
    assert mirror.reversal_of_id == wrong.id and mirror.source == "reversal"
    assert codes_used(mirror) == [("5101", D(0), D(7500000)), ("1111", D(7500000), D(0))]
    assert ledger.balance("5101") == D(0) and ledger.balance("1111") == D(0)
    assert codes_used(Journal.get_by_id(wrong.id))[0] == ("5101", D(7500000), D(0))  # original untouched
    with pytest.raises(ConflictError):
        ledger.reverse_journal(staff.akuntan, wrong, "lagi", date=DAY)
    with pytest.raises(ValidationError):
        ledger.reverse_journal(staff.akuntan, mirror, "  ", date=DAY)


def test_a_payment_journal_is_reversed_only_by_its_sub_ledger(books, staff):
    payment = post_event(staff.kasir, [("installment_principal", D(800000))], date=DAY,
                         description="Angsuran", source="payment")
    with pytest.raises(PermissionDenied):
        ledger.reverse_journal(staff.akuntan, payment, "salah input", date=DAY)
    mirror = ledger.reverse_journal(staff.kacab, payment, "salah input", date=DAY, by_subledger=True)
    assert ledger.balance("1301") == D(0) and mirror.reference == payment.number


# ------------------------------------------------------------------------------------------------- periods
def test_a_closed_month_takes_no_postings_until_a_manager_reopens_it(books, staff):
    october = dt.date(2026, 10, 31)
    ledger.close_month(staff.akuntan, 2026, 10)
    with pytest.raises(ValidationError) as err:
        post_journal(staff.akuntan, october, "Susulan", "manual",
                     [Line("5105", debit=D(1000)), Line("1101", credit=D(1000))])
    assert err.value.errors[0].code == "closed"
    with pytest.raises(ConflictError):
        ledger.close_month(staff.manajer, 2026, 10)
    with pytest.raises(PermissionDenied):
        ledger.reopen_month(staff.akuntan, 2026, 10, "koreksi")  # no period.reopen
    with pytest.raises(ValidationError):
        ledger.reopen_month(staff.manajer, 2026, 10, "")
    period = ledger.reopen_month(staff.manajer, 2026, 10, "faktur listrik Oktober terlambat datang")
    assert period.status == "open" and period.reopened_by_id == staff.manajer.id
    entry = AuditLog.get(AuditLog.action == "period.reopen")
    assert entry.username == "manajer" and "terlambat" in entry.note
    post_journal(staff.akuntan, october, "Susulan", "manual", [Line("5105", debit=D(1000)),
                                                              Line("1101", credit=D(1000))])


def test_who_closed_a_month_cannot_reopen_it(books, staff):
    ledger.close_month(staff.manajer, 2026, 9)
    with pytest.raises(PermissionDenied, match="empat mata"):
        ledger.reopen_month(staff.manajer, 2026, 9, "koreksi")
    with pytest.raises(PermissionDenied):
        ledger.close_month(staff.kasir, 2026, 8)


def test_the_database_refuses_a_journal_dated_in_a_closed_month(books, staff):
    ledger.close_month(staff.akuntan, 2026, 10)
    with pytest.raises(peewee.DatabaseError, match="closed"):
        with books.atomic():
            books.execute_sql("INSERT INTO journal (number, date, description, source, reference, created_at) "
                              "VALUES ('X/2', '2026-10-15', 'x', 'manual', '', '2026-11-23 10:00:00')")


def _year_of_business(staff, year: int) -> None:
    post_journal(staff.akuntan, dt.date(year, 1, 2), "Modal", "opening",
                 [Line("1111", debit=D(100000000)), Line("3101", credit=D(100000000))])
    post_event(staff.kacab, [("disbursement", D(20000000))], date=dt.date(year, 2, 1), description="Cair",
               source="disbursement")
    post_event(staff.kasir, [("installment_principal", D(1500000)), ("installment_interest", D(400000)),
                             ("late_fee", D(25000))], date=dt.date(year, 3, 1), description="Angsuran",
               source="payment")
    post_journal(staff.akuntan, dt.date(year, 3, 25), "Gaji", "manual",
                 [Line("5101", debit=D(300000)), Line("1111", credit=D(300000))])


def test_year_end_closing_moves_the_result_to_retained_earnings(books, staff):
    _year_of_business(staff, 2025)
    closing = ledger.close_year(staff.akuntan, 2025)
    assert closing.date == dt.date(2025, 12, 31) and closing.source == "closing"
    assert ledger.balance("4") == D(0) and ledger.balance("5") == D(0)
    assert ledger.balance("3201") == D(400000 + 25000 - 300000)
    assert all(ledger.is_closed(dt.date(2025, m, 1)) for m in range(1, 13))
    with pytest.raises(ConflictError):
        ledger.close_year(staff.akuntan, 2025)
    assert problems_of("ledger: balance sheet balances") == ()
    with pytest.raises(ValidationError):
        post_journal(staff.akuntan, dt.date(2025, 12, 31), "Terlambat", "manual",
                     [Line("5105", debit=D(1)), Line("1101", credit=D(1))])


def test_a_cooperative_closes_its_year_into_shu(empty_db):
    from models.demo.build import DEMO_STAFF, DEMO_PASSWORD
    from models.core.office import Office
    from models.core.users import create_user, system_context

    accounts_mod.install_default_chart("koperasi")
    with system_context():
        akuntan = create_user(None, "akuntan", "Maya Sari", "accountant", DEMO_PASSWORD)
    assert DEMO_STAFF  # the same role names as the demo office
    post_journal(akuntan, dt.date(2025, 5, 1), "Modal penyertaan", "opening",
                 [Line("1101", debit=D(5000000)), Line("3103", credit=D(5000000))])
    post_journal(akuntan, dt.date(2025, 6, 1), "Jasa giro", "manual",
                 [Line("1111", debit=D(80000)), Line("4201", credit=D(80000))])
    ledger.close_year(akuntan, 2025)
    assert ledger.balance("3301") == D(80000)
    assert Office.select().count() == 0  # no office needed to close a chart


# -------------------------------------------------------------------------------------------------- checks
def test_the_checks_pass_on_healthy_books_and_catch_a_sub_ledger_that_disagrees(books, staff, monkeypatch):
    from models.ledger import subledgers as ledger_checks

    # This office's loan book is the test's own: the real loans module's registrations are set aside.
    monkeypatch.setattr(ledger_checks, "_SUBLEDGERS", {})
    register_subledger("overpayments", ["2101"], lambda: D(0))
    register_subledger("loans", ["1301"], lambda: D(18500000))
    _year_of_business(staff, 2026)
    for name in ("ledger: every journal balances", "ledger: trial balance balances",
                 "ledger: balance sheet balances", "ledger: control accounts equal their sub-ledgers",
                 "ledger: no unposted journals", "ledger: control accounts untouched by manual journals"):
        assert problems_of(name) == (), name
    register_subledger("loans", ["1301"], lambda: D(18400000))
    (problem,) = problems_of("ledger: control accounts equal their sub-ledgers")
    assert "loans" in problem and "Rp 100.000" in problem
    unregister_subledger("loans")
    assert [s.name for s in ledger_checks.registered_subledgers()] == ["overpayments"]


def test_the_balance_check_catches_a_journal_tampered_with_outside_the_app(books, staff):
    journal = post_journal(staff.akuntan, DAY, "Sewa", "manual", [Line("5102", debit=D(700)),
                                                                 Line("1111", credit=D(700))])
    books.execute_sql("DROP TRIGGER journal_line_posted_no_update")
    books.execute_sql(f"UPDATE journal_line SET debit = 80000 WHERE journal_id = {journal.id} AND line_no = 1")
    assert problems_of("ledger: every journal balances")
    assert problems_of("ledger: trial balance balances")


# ---------------------------------------------------------------------------------------------------- demo
def test_the_demo_ledger_passes_every_check(db):
    from models.core.checks import run_checks
    from models.demo.build import DemoContext
    from models.core.office import the_office, Branch
    from models.core.users import User
    import random

    ctx = DemoContext(seed=7, customers=0, today=DAY, rng=random.Random(7), office=the_office(),
                      branch=Branch.get(), users={u.username: u for u in User.select()}, log=lambda _m: None)
    from models.demo import ledger as demo_ledger
    demo_ledger.build_demo(ctx)
    demo_ledger.build_demo_closing(ctx)
    assert ledger.balance("3101") == D(5000000000)
    assert ledger.balance("5101") > 0  # this year's salaries (last year's were closed)
    assert ledger.balance("3201") < 0  # a branch without loans yet runs at a loss
    assert ledger.year_closing_journal(2025) is not None
    assert ledger.is_closed(dt.date(2026, 9, 1)) and not ledger.is_closed(dt.date(2026, 10, 1))
    failing = [r for r in run_checks() if not r.ok and r.name.startswith("ledger")]
    assert failing == []
