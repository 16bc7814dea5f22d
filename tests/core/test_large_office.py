"""A large office: the generator builds one that passes ``check``, and reading it never blocks the cashier.

The office is built once per module by ``benchmarks/make_office.py`` (10.000 loans, about 360.000 installments
and 180.000 payments, in seconds); each test works on its own copy.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
import sys
import threading
import time
from pathlib import Path

import pytest

from models.core import db as dbmod

ROOT = Path(__file__).resolve().parents[2]
LOANS = 10_000


@pytest.fixture(scope="module")
def office_file(tmp_path_factory) -> Path:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import make_office
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    path = tmp_path_factory.mktemp("office") / "office10k.db"
    made = make_office.build_office(path, LOANS, seed=7, log=lambda _text: None)
    dbmod.close_database()
    assert made["loans"] == LOANS and made["customers"] == LOANS
    return path


@pytest.fixture
def office(office_file, tmp_path):
    target = tmp_path / "office.db"
    src, dst = sqlite3.connect(str(office_file)), sqlite3.connect(str(target))
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    database = dbmod.open_database(target)
    yield database
    dbmod.close_database()


def test_the_generated_office_is_believable_and_passes_every_check(office):
    from models.cashier.payments import Payment
    from models.core.checks import run_checks
    from models.ledger.journals import Journal
    from models.loans.loans import Installment, Loan

    failed = [(r.name, r.problems[:3]) for r in run_checks() if not r.ok]
    assert failed == []
    assert Loan.select().count() == LOANS
    assert Installment.select().count() == LOANS * 36
    payments = Payment.select().count()
    # Loans spread over 36 months have paid about half their installments on average; some fell behind.
    assert LOANS * 14 < payments < LOANS * 18
    assert Journal.select().where(Journal.source == "payment").count() == payments
    behind = Loan.select().where(Loan.oldest_unpaid_due < dt.date.today() - dt.timedelta(days=30)).count()
    assert LOANS * 0.05 < behind < LOANS * 0.4


def test_same_seed_same_office(office_file, tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import make_office
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    again = tmp_path / "again.db"
    make_office.build_office(again, 300, seed=7, log=lambda _text: None)
    dbmod.close_database()
    other = tmp_path / "other.db"
    make_office.build_office(other, 300, seed=7, log=lambda _text: None)
    dbmod.close_database()
    query = "SELECT contract_no, principal, outstanding_principal, installments_paid FROM loan ORDER BY id"
    rows = [sqlite3.connect(str(p)).execute(query).fetchall() for p in (again, other)]
    assert rows[0] == rows[1] and len(rows[0]) == 300
    with pytest.raises(FileExistsError):
        make_office.build_office(again, 10, seed=1, log=lambda _text: None)


def _open_loans(count: int):
    from models.loans.loans import Loan

    return list(Loan.select().where(Loan.status == "active").order_by(Loan.id.desc()).limit(count))


def test_a_cashier_posting_while_the_loan_book_is_exported_never_waits_100_ms(office, tmp_path):
    """The manager exports the whole book (10.000 rows) while the cashier takes 50 payments at the counter."""
    from models.cashier.payments import post_payment
    from models.core.db import last_lock_wait
    from models.core.idempotency import new_key
    from models.core.progress import Progress
    from models.core.users import User
    from reports.loan_book import export_loan_book

    manager = User.get(User.username == "manajer")
    cashier = User.get(User.username == "kasir")
    loans = _open_loans(50)
    reading = threading.Event()
    window: dict[str, float] = {}
    failure: list[BaseException] = []

    def export():
        try:
            window["start"] = time.monotonic()
            progress = Progress(lambda done, total, text: reading.set())
            table = export_loan_book(manager, tmp_path / "buku.xlsx", status=None, progress=progress)
            window["rows"] = len(table.rows)
        except BaseException as exc:  # reported in the main thread
            failure.append(exc)
        finally:
            window["end"] = time.monotonic()
            dbmod.database.obj.close()  # this thread's own connection

    worker = threading.Thread(target=export)
    worker.start()
    assert reading.wait(30)
    waits, stamps = [], []
    today = dt.date.today()
    for loan in loans:
        post_payment(cashier, loan, loan.installment_amount, today, idempotency_key=new_key())
        waits.append(last_lock_wait())
        stamps.append(time.monotonic())
    worker.join(120)
    assert not failure, failure
    assert window["rows"] == LOANS
    # The payments were taken while the export ran (it started first and ended after the fifth payment at least).
    assert window["start"] < stamps[0] and window["end"] > stamps[4]
    assert max(waits) < 0.1, f"longest wait for the write lock {max(waits) * 1000:.0f} ms"


def test_a_desk_that_waits_for_another_is_told_after_a_second_and_refused_at_the_limit(office, monkeypatch):
    """Another desk holds the write lock (a raw BEGIN IMMEDIATE): after 1 s the listeners hear "waiting"; at the
    limit the payment is refused with a clear message and nothing was saved."""
    from models.cashier.payments import Payment, post_payment
    from models.core.db import add_lock_wait_listener, remove_lock_wait_listener, set_lock_wait_limit, sqlite_path
    from models.core.errors import DatabaseUnavailable
    from models.core.idempotency import new_key
    from models.core.users import User

    cashier = User.get(User.username == "kasir")
    loan = _open_loans(1)[0]
    before = Payment.select().count()
    heard: list[tuple[str, float]] = []
    listener = lambda state, seconds: heard.append((state, seconds))  # noqa: E731
    add_lock_wait_listener(listener)
    monkeypatch.setattr(dbmod, "LOCK_WAIT_LIMIT", dbmod.LOCK_WAIT_LIMIT)
    set_lock_wait_limit(2.5)
    other = sqlite3.connect(str(sqlite_path()), timeout=0.1, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        with pytest.raises(DatabaseUnavailable) as refused:
            post_payment(cashier, loan, loan.installment_amount, dt.date.today(), idempotency_key=new_key())
        took = time.monotonic() - started
    finally:
        other.execute("ROLLBACK")
        other.close()
        remove_lock_wait_listener(listener)
    assert 2.5 <= took < 4.5
    assert "nothing was saved" in refused.value.message and "another desk" in refused.value.message
    waiting = [s for state, s in heard if state == "waiting"]
    assert waiting and 1.0 <= waiting[0] < 1.6
    assert heard[-1][0] == "done"
    assert Payment.select().count() == before


def test_a_short_wait_is_told_and_then_the_payment_goes_through(office):
    from models.cashier.payments import Payment, post_payment
    from models.core.db import add_lock_wait_listener, last_lock_wait, remove_lock_wait_listener, sqlite_path
    from models.core.idempotency import new_key
    from models.core.users import User

    cashier = User.get(User.username == "kasir2")
    loan = _open_loans(1)[0]
    heard: list[str] = []
    listener = lambda state, seconds: heard.append(state)  # noqa: E731
    add_lock_wait_listener(listener)
    other = sqlite3.connect(str(sqlite_path()), timeout=0.1, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    releaser = threading.Timer(1.5, lambda: other.execute("ROLLBACK"))
    releaser.start()
    try:
        result = post_payment(cashier, loan, loan.installment_amount, dt.date.today(), idempotency_key=new_key())
    finally:
        releaser.join()
        other.close()
        remove_lock_wait_listener(listener)
    assert 1.4 < last_lock_wait() < 3.0
    assert heard[0] == "waiting" and heard[-1] == "done"
    assert Payment.get(Payment.receipt_no == result.receipt_no).amount == loan.installment_amount


def test_check_names_a_missing_and_a_doubled_receipt_number_set_based(office):
    """Someone renumbers two receipts with raw SQL: one number of 2025 is now missing, one is used twice."""
    from models.cashier.payments import Payment
    from models.core.checks import run_checks

    first, second = (Payment.select().where(Payment.date.between("2025-01-01", "2025-12-31"))
                     .order_by(Payment.id).limit(2))
    office.execute_sql("UPDATE payment SET receipt_no = 'KW/BDG/2025/900000' WHERE id = ?", (first.id,))
    office.execute_sql("UPDATE payment SET receipt_no = ? WHERE id = ?",
                       ("KX" + Payment.get_by_id(second.id + 5).receipt_no[2:], second.id))
    (result,) = [r for r in run_checks() if r.name.startswith("receipt numbers")]
    assert any("used twice" in p and "2025" in p for p in result.problems)
    assert any("missing: [1, 2," in p for p in result.problems), result.problems


def test_a_held_read_sees_one_snapshot_while_the_cashier_posts(office):
    """A report's read transaction held open across 20 payments: both reads agree, the payments never wait 100 ms
    for the lock, and a fresh read afterwards shows them."""
    from models.cashier.payments import post_payment
    from models.core.db import last_lock_wait, read_transaction
    from models.core.idempotency import new_key
    from models.core.users import User
    from reports.loan_book import loan_book

    cashier = User.get(User.username == "kasir")
    loans = _open_loans(20)
    reading, paid = threading.Event(), threading.Event()
    seen: dict[str, object] = {}
    errors: list[BaseException] = []

    def manager():
        try:
            with read_transaction():
                seen["first"] = loan_book(None).totals
                reading.set()
                paid.wait(120)
                seen["second"] = loan_book(None).totals
        except BaseException as exc:
            errors.append(exc)
        finally:
            reading.set()
            dbmod.database.obj.close()

    worker = threading.Thread(target=manager)
    worker.start()
    assert reading.wait(120)
    waits = []
    for loan in loans:
        post_payment(cashier, loan, loan.installment_amount, dt.date.today(), idempotency_key=new_key())
        waits.append(last_lock_wait())
    paid.set()
    worker.join(120)
    assert errors == [] and max(waits) < 0.1
    assert seen["first"] == seen["second"]
    assert loan_book(None).totals["outstanding"] < seen["first"]["outstanding"]
