"""Several desks on one PostgreSQL server: the same office, the same rules, the same checks as on SQLite.

The server is either the one named by ``ANGSUR_TEST_POSTGRES`` (``postgresql://user@host:port/db``; the tests
create and drop their own database next to it) or a throwaway cluster started here with the machine's
``initdb``/``pg_ctl`` (Debian's ``postgresql`` package; ``.ci/run`` installs it).  With neither, the module is
skipped and says why.
"""
from __future__ import annotations

import datetime as dt
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import threading
import time
import uuid
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from models.core import db as dbmod

TODAY = dt.date(2026, 11, 23)


def _pg_bin() -> Path | None:
    for candidate in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (candidate / "initdb").exists():
            return candidate
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    """The URL of a PostgreSQL server's maintenance database (``postgres``) the tests may create databases on."""
    given = os.environ.get("ANGSUR_TEST_POSTGRES")
    if given:
        parts = urlsplit(given)
        yield urlunsplit(parts._replace(path="/postgres"))
        return
    pg_bin = _pg_bin()
    if pg_bin is None:
        pytest.skip("no PostgreSQL server: set ANGSUR_TEST_POSTGRES or install Debian's postgresql package")
    # initdb refuses to run as root; the package's own 'postgres' account owns the throwaway cluster then.
    run_as: list[str] = []
    workdir = Path(tempfile.mkdtemp(prefix="angsur-pg-"))
    if os.geteuid() == 0:
        try:
            account = pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and there is no 'postgres' account to own a test cluster")
        os.chown(workdir, account.pw_uid, account.pw_gid)
        run_as = ["runuser", "-u", "postgres", "--"]
    data, port = workdir / "data", _free_port()

    def run(*cmd):
        return subprocess.run(run_as + [str(c) for c in cmd], capture_output=True, text=True, timeout=120)

    done = run(pg_bin / "initdb", "-D", data, "-A", "trust", "-U", "angsur", "--no-sync")
    if done.returncode:
        pytest.skip(f"initdb failed: {done.stderr.strip()[:300]}")
    done = run(pg_bin / "pg_ctl", "-D", data, "-l", workdir / "log", "-w", "-o",
               f"-k {workdir} -p {port} -c listen_addresses=127.0.0.1 -c fsync=off", "start")
    if done.returncode:
        pytest.skip(f"pg_ctl start failed: {(done.stdout + done.stderr).strip()[:300]}")
    try:
        yield f"postgresql://angsur@127.0.0.1:{port}/postgres"
    finally:
        run(pg_bin / "pg_ctl", "-D", data, "-m", "immediate", "stop")
        shutil.rmtree(workdir, ignore_errors=True)


def _admin(server_url: str, sql: str) -> None:
    import psycopg2

    parts = urlsplit(server_url)
    con = psycopg2.connect(host=parts.hostname, port=parts.port or 5432, user=parts.username,
                           password=parts.password, dbname="postgres")
    con.autocommit = True
    try:
        con.cursor().execute(sql)
    finally:
        con.close()


@pytest.fixture(scope="module")
def office(server):
    """A new database on the server holding the demo office (40 customers, their loans and a year of
    payments), migrated by the same scripts as an SQLite file."""
    pytest.importorskip("psycopg2", reason="the 'postgres' extra (psycopg2-binary) is not installed")
    name = f"angsur_{uuid.uuid4().hex[:10]}"
    _admin(server, f"CREATE DATABASE {name}")
    url = urlunsplit(urlsplit(server)._replace(path=f"/{name}"))
    from models.demo import build as demo

    dbmod.open_database(url)
    try:
        demo.build_demo(seed=7, customers=40, today=TODAY, log=lambda _msg: None)
        yield url
    finally:
        dbmod.close_database()
        _admin(server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def pg(office):
    """The office database bound to the models for one test (rebound if another module's test opened SQLite)."""
    from peewee import PostgresqlDatabase

    if not isinstance(dbmod.database.obj, PostgresqlDatabase):
        dbmod.open_database(office, migrate=False)
    return dbmod.database.obj


def test_the_demo_office_on_postgresql_passes_every_check(pg):
    from models.cashier.payments import Payment
    from models.core.checks import run_checks
    from models.loans.loans import Loan

    assert not dbmod.is_sqlite()
    results = run_checks()
    failed = [(r.name, r.problems) for r in results if not r.ok]
    assert failed == []
    skipped = {r.name for r in results if r.skipped}
    # SQLite pragmas, said so rather than faked; the anchors check runs only when an anchor is given (issue 19)
    assert skipped == {"integrity_check", "foreign_key_check", "audit chain reaches the anchors kept outside the "
                                                                "database"}
    assert Loan.select().count() > 20 and Payment.select().count() > 100


def test_the_loan_book_joins_its_arrears_in_one_query_on_the_server_too(pg):
    from models.loans.loans import Installment, Loan
    from reports.loan_book import loan_book

    book = loan_book(None, as_of=TODAY)
    assert len(book.rows) == Loan.select().where(Loan.status == "active").count()
    due = [i for i in Installment.select().join(Loan).where(Loan.status == "active", Installment.due_date <= TODAY,
                                                             Installment.paid_on.is_null())]
    expected = sum((i.amount - i.principal_paid - i.interest_paid - i.interest_waived for i in due), Decimal(0))
    assert book.totals["arrears"] == expected > 0


def test_money_sums_come_back_as_exact_rupiah(pg):
    from peewee import fn

    from models.core.money import from_minor
    from models.loans.loans import Loan

    loans = list(Loan.select())
    in_python = sum((loan.outstanding_principal for loan in loans), Decimal(0))
    in_sql = from_minor(Loan.select(fn.SUM(Loan.outstanding_principal)).scalar())
    assert isinstance(in_python, Decimal) and in_sql == in_python


def test_customer_search_finds_a_name_prefix_a_nik_and_a_local_phone_number(pg):
    from models.core.users import User
    from models.customers.customers import Customer
    from models.customers.search import search_ids

    admin = User.get(User.username == "kacab")
    someone = Customer.select().where(Customer.phone != "").order_by(Customer.id).first()
    first_name = someone.full_name.split()[0]
    assert someone.id in search_ids(admin, first_name[:4].lower(), limit=500)
    assert search_ids(admin, someone.nik) == [someone.id]
    local = "0" + someone.phone[3:] if someone.phone.startswith("+62") else someone.phone
    assert someone.id in search_ids(admin, local)
    officer = User.get_by_id(someone.officer_id)
    other = User.select().where(User.role == officer.role, User.id != officer.id).first()
    if other is not None:  # an officer does not find another officer's client
        assert someone.id not in search_ids(other, someone.nik)


def test_the_audit_trail_and_posted_journals_refuse_to_be_rewritten(pg):
    import peewee

    from models.core.audit import verify_chain
    from models.ledger.journals import Journal

    with pytest.raises(peewee.DatabaseError, match="append-only"):
        with pg.atomic():
            pg.execute_sql("UPDATE audit_log SET note = 'edited' WHERE seq = 1")
    posted = Journal.select().where(Journal.posted_at.is_null(False)).first()
    with pytest.raises(peewee.DatabaseError, match="immutable"):
        with pg.atomic():
            pg.execute_sql("UPDATE journal SET description = 'edited' WHERE id = %s", (posted.id,))
    assert verify_chain() == []


def test_receipt_numbers_stay_gap_free_when_four_desks_take_them_at_once(pg, office):
    from models.core.db import run_in_transaction
    from models.core.office import Branch, next_number

    branch = Branch.get(Branch.code == "BDG")
    taken: list[str] = []
    lock = threading.Lock()
    errors: list[BaseException] = []

    def desk():
        try:
            for _ in range(25):
                number = run_in_transaction(lambda: next_number("testdesk", branch, 2026))
                with lock:
                    taken.append(number)
        except BaseException as exc:  # surfaced below; a thread's exception is otherwise lost
            errors.append(exc)
        finally:
            pg.close()  # peewee keeps one connection per thread

    desks = [threading.Thread(target=desk) for _ in range(4)]
    for t in desks:
        t.start()
    for t in desks:
        t.join(timeout=120)
    assert errors == []
    values = sorted(int(n.rsplit("/", 1)[-1]) for n in taken)
    assert values == list(range(1, 101))


@pytest.mark.parametrize("branch_code", ["BDG", None])
def test_two_desks_opening_a_new_years_sequence_at_once_get_one_and_two(pg, branch_code):
    """The first receipt of the year creates the sequence row; a second desk arriving while that row is
    still uncommitted must wait for it, not create a second row or fail on the unique index."""
    from models.core.db import run_in_transaction
    from models.core.office import Branch, NumberSequence, next_number

    branch = Branch.get(Branch.code == branch_code) if branch_code else None
    name = f"newyear{branch_code or 'office'}"
    first_inside = threading.Event()
    got: dict[str, object] = {}

    def first_desk():
        def body():
            number = next_number(name, branch, 2027, fmt="{n}")
            first_inside.set()
            time.sleep(0.5)  # the second desk arrives while this row is not yet committed
            return number
        try:
            got["first"] = run_in_transaction(body)
        except BaseException as exc:
            got["first"] = exc
        finally:
            pg.close()

    def second_desk():
        first_inside.wait(10)
        try:
            got["second"] = run_in_transaction(lambda: next_number(name, branch, 2027, fmt="{n}"))
        except BaseException as exc:
            got["second"] = exc
        finally:
            pg.close()

    desks = [threading.Thread(target=first_desk), threading.Thread(target=second_desk)]
    for t in desks:
        t.start()
    for t in desks:
        t.join(timeout=60)
    assert (got["first"], got["second"]) == ("1", "2")
    assert NumberSequence.select().where(NumberSequence.name == name).count() == 1


def test_the_branch_head_opens_every_area_on_the_server(pg, qtbot):
    from models.core.users import User
    from models.loans.loans import Loan
    from ui.common.session import Session
    from ui.shell.main_window import MainWindow

    win = MainWindow(Session(User.get(User.username == "kacab"), "postgresql://…/angsur"))
    qtbot.addWidget(win)
    for key in win._keys:
        win.show_page(key)
        assert win.stack.currentWidget() is not None, key
    win.show_page("loans")
    loans_page = win.stack.currentWidget()
    active = Loan.select().where(Loan.status == "active").count()
    qtbot.waitUntil(lambda: loans_page.model.rowCount() == active, timeout=5000)
    assert "pg_dump" in win.backup_label.text()  # never "no backup yet" for a server the DBA backs up


def test_a_loan_book_read_never_blocks_the_cashier_and_reads_one_snapshot(pg):
    """The manager's loan book is read in a REPEATABLE READ transaction held open while the cashier takes 50
    payments: no payment waits 100 ms longer than the same payment with nobody reading, and the book read twice in
    that transaction shows the same figures (one snapshot), while a fresh read shows the payments."""
    import statistics

    from models.cashier.payments import post_payment
    from models.core.db import read_transaction
    from models.core.idempotency import new_key
    from models.core.users import User
    from models.loans.loans import Loan
    from reports.loan_book import loan_book

    cashier = User.get(User.username == "kasir")
    loans = list(Loan.select().where(Loan.status == "active").order_by(Loan.id))
    today = dt.date.today()

    def pay(loan) -> float:
        started = time.perf_counter()
        post_payment(cashier, loan, Decimal("10000"), today, idempotency_key=new_key())
        return time.perf_counter() - started

    alone = statistics.median(pay(loans[n % len(loans)]) for n in range(10))
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
            pg.close()

    worker = threading.Thread(target=manager)
    worker.start()
    assert reading.wait(60)
    during = [pay(loans[n % len(loans)]) for n in range(50)]
    paid.set()
    worker.join(120)
    assert errors == []
    assert max(during) < alone + 0.1, (max(during), alone)
    assert seen["first"] == seen["second"]  # one snapshot, whatever was posted meanwhile
    assert loan_book(None).totals["outstanding"] < seen["first"]["outstanding"]
def test_the_collection_desk_on_postgresql(pg):
    """The worklist, premature arrears, letters register and the restructuring rule in the loan book run on the
    server as on SQLite (the demo's collection step made them)."""
    from models.collections import collections as col
    from models.collections.premature import compute
    from models.collections.warning_letters import register
    from models.core.users import User
    from reports.loan_book import loan_book

    boss = User.get(User.username == "kacab")
    rows = col.worklist(boss, TODAY)
    assert rows and rows[0].priority <= rows[-1].priority and all(r.arrears is not None for r in rows)
    keys = col.worklist_keys(boss, TODAY, bucket="90+")
    assert all(k.dpd > 90 for k in keys)
    groups, vintages, _f = compute(TODAY, group="dealer")
    assert groups and vintages and sum(g.loans for g in groups) == sum(v.loans for v in vintages)
    assert register()
    assert {r["klass"] for r in loan_book(as_of=TODAY).rows} <= {1, 2, 3, 4, 5}


def test_portfolio_quality_from_snapshots_on_postgresql(pg):
    """Issue 15, item 9: the portfolio figures read the month-end snapshots with the same SQL on the server (day
    arithmetic, text casts of dates, sums of BIGINT that come back as numeric)."""
    from models.collections import portfolio as pf

    latest, previous = pf.month_ends()[:2]
    q = pf.portfolio_quality(latest)
    assert q.loans > 0 and q.outstanding == sum((r.outstanding for r in q.by_class), Decimal(0))
    assert q.par[1] is not None and q.par[1] >= q.par[30] >= q.par[90]
    roll = pf.roll_rates(latest)
    assert roll.previous_end == previous and sum(map(sum, roll.counts)) == pf.portfolio_quality(previous).loans
    assert pf.collection_recorded(latest)
    total = pf.total_rate(pf.collection_rates(latest, "collector"))
    assert total.due > 0 and total == pf.total_rate(pf.collection_rates(latest, "officer"))
    assert pf.premature_arrears(latest, "dealer") and pf.vintage(latest)


def _desk_holding_the_loan(office_url: str, loan_id: int, release_after: float | None):
    """Another desk: a raw connection that updates the loan's row and keeps its transaction open (the row stays
    locked) until ``release_after`` seconds have passed (None: until the caller closes it)."""
    import psycopg2

    parts = urlsplit(office_url)
    con = psycopg2.connect(host=parts.hostname, port=parts.port or 5432, user=parts.username,
                           password=parts.password, dbname=parts.path.lstrip("/"))
    con.cursor().execute("UPDATE loan SET status = status WHERE id = %s", (loan_id,))
    if release_after is not None:
        timer = threading.Timer(release_after, con.commit)
        timer.start()
    return con


def test_a_desk_waiting_for_another_desks_row_is_told_then_refused_at_the_limit(pg, office):
    """Item 7 of issue 18 on the server: after a second of waiting for a row another desk holds the listeners
    hear "waiting"; at the configured limit the payment is refused with nothing saved; a desk that lets go in
    time lets the payment through."""
    from models.cashier.payments import Payment, post_payment
    from models.core.errors import DatabaseUnavailable
    from models.core.idempotency import new_key
    from models.core.users import User
    from models.loans.loans import Loan

    cashier = User.get(User.username == "kasir")
    loan = Loan.select().where(Loan.status == "active").order_by(Loan.id.desc()).first()
    heard: list[tuple[str, float]] = []
    listener = lambda state, seconds: heard.append((state, seconds))  # noqa: E731
    saved_limit = dbmod.LOCK_WAIT_LIMIT
    dbmod.add_lock_wait_listener(listener)
    try:
        dbmod.set_lock_wait_limit(2.5)
        before = Payment.select().count()
        other = _desk_holding_the_loan(office, loan.id, None)
        started = time.monotonic()
        try:
            with pytest.raises(DatabaseUnavailable) as refused:
                post_payment(cashier, loan, Decimal("25000"), dt.date.today(), idempotency_key=new_key())
        finally:
            other.rollback()
            other.close()
        waited = time.monotonic() - started
        assert 2.4 <= waited < 6, waited
        assert "another desk" in str(refused.value) and "nothing was saved" in str(refused.value)
        assert Payment.select().count() == before
        waiting = [s for state, s in heard if state == "waiting"]
        assert waiting and 0.9 <= waiting[0] < 2.0 and heard[-1][0] == "done"
        # The other desk commits after 1,5 s: told, then through.
        heard.clear()
        dbmod.set_lock_wait_limit(10)
        other = _desk_holding_the_loan(office, loan.id, 1.5)
        try:
            post_payment(cashier, loan, Decimal("25000"), dt.date.today(), idempotency_key=new_key())
        finally:
            other.close()
        assert Payment.select().count() == before + 1
        assert [state for state, _s in heard][:1] == ["waiting"] and heard[-1][0] == "done"
        assert 0.9 <= dbmod.last_lock_wait() < 4  # on the server: the attempts that timed out waiting
    finally:
        dbmod.remove_lock_wait_listener(listener)
        dbmod.set_lock_wait_limit(saved_limit)
