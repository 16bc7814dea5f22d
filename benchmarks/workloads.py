"""Payment-shaped write transactions for the crash (kill) and concurrency tests.

One call of :func:`post_payment_like` is shaped like a cashier posting an installment: under an idempotency
key (the form's retry must never post twice) it lowers a loan's balance, takes a gap-free receipt number with
:func:`models.core.office.next_number`, posts a balanced journal (cash debit, receivable credit) and writes the
audit row -- all in ONE ``BEGIN IMMEDIATE`` transaction through :func:`models.core.db.run_in_transaction`.
The journal goes through the real ledger (:func:`models.ledger.journals.post_journal`, which takes its own gap-free
journal number and audit row) into a control account "1399 Piutang Uji Ketahanan" whose sub-ledger is the
scratch ``crash_loan`` table, so ``check``'s "control accounts equal their sub-ledgers" proves loans = ledger.
Without ``models.ledger.journals`` the two journal lines go to a scratch table instead.  When real payments exist, the
cashier's module points :data:`POST` at ``post_payment`` and extends :func:`verify`.

Run as a script it is the child process of ``tests/core/test_crash.py`` and ``benchmarks/kill_test.py``:

    python benchmarks/workloads.py prepare --db FILE
    python benchmarks/workloads.py post --db FILE --prefix A --start 0 --count 500   # prints "ACK <key> …"
    python benchmarks/workloads.py verify --db FILE
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

LOANS = 7
PRINCIPAL_SEN = 10_000_000_000 * 100  # large enough that hundreds of payments never exhaust a loan
BRANCH_CODE = "CRS"
YEAR = 2026

SCRATCH_SQL = [
    "CREATE TABLE IF NOT EXISTS crash_loan (id INTEGER PRIMARY KEY, principal INTEGER NOT NULL, "
    "balance INTEGER NOT NULL, payments INTEGER NOT NULL DEFAULT 0)",
    # key is deliberately NOT unique: a double post must be visible to verify(), not hidden by a constraint.
    "CREATE TABLE IF NOT EXISTS crash_payment (id INTEGER PRIMARY KEY, key TEXT NOT NULL, receipt TEXT NOT NULL, "
    "loan_id INTEGER NOT NULL REFERENCES crash_loan(id), amount INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS crash_journal_line (id INTEGER PRIMARY KEY, receipt TEXT NOT NULL, "
    "account TEXT NOT NULL, debit INTEGER NOT NULL, credit INTEGER NOT NULL)",
]


def prepare(path: str | os.PathLike) -> None:
    """Create the database (migrated), an office with branch CRS, a cashier, and the scratch loans."""
    import secrets

    from models.core.db import open_database, run_in_transaction
    from models.core.office import Branch, Office
    from models.core.users import Role, User, create_user, system_context

    db = open_database(path)
    for sql in SCRATCH_SQL:
        db.execute_sql(sql)

    def setup():
        if not Office.select().exists():
            Office.create(name="Kantor Uji Ketahanan", kind="leasing")
        if not Branch.select().where(Branch.code == BRANCH_CODE).exists():
            Branch.create(code=BRANCH_CODE, name="Cabang Uji")
        if not db.execute_sql("SELECT 1 FROM crash_loan LIMIT 1").fetchone():
            for loan_id in range(1, LOANS + 1):
                db.execute_sql("INSERT INTO crash_loan (id, principal, balance) VALUES (?, ?, ?)",
                               (loan_id, PRINCIPAL_SEN, PRINCIPAL_SEN))

    run_in_transaction(setup)
    if has_ledger():
        _prepare_ledger()
    with system_context():
        # Random passwords: the workload logs nobody in, and no default password exists anywhere.  An office
        # always has an administrator (``check`` says so), so the test office has one too.
        for username, full_name, role in (("admin.uji", "Admin Uji", Role.ADMIN),
                                          ("kasir.uji", "Kasir Uji", Role.CASHIER)):
            if not User.select().where(User.username == username).exists():
                create_user(None, username, full_name, role, secrets.token_urlsafe(16))
    db.close()


RECEIVABLE = "1399"  # the scratch loans' control account in the real chart
CASH = "1101"
POSTING_DATE = dt.date(YEAR, 11, 23)


def has_ledger() -> bool:
    import importlib.util

    return importlib.util.find_spec("models.ledger.journals") is not None


def _prepare_ledger() -> None:
    """Install the leasing chart, add the control account and post the loans' opening balance."""
    from models.core.db import run_in_transaction
    from models.core.money import D
    from models.ledger.accounts import install_default_chart
    from models.ledger.chart import Account, Line
    from models.ledger.journals import Journal, post_journal

    install_default_chart("leasing")

    def setup():
        if Account.get_or_none(Account.code == RECEIVABLE) is None:
            Account.create(code=RECEIVABLE, name="Piutang Uji Ketahanan", type="asset",
                           parent=Account.get_or_none(Account.code == "13"), is_control=True)
        if not Journal.select().where(Journal.source == "opening").exists():
            lines = [Line(RECEIVABLE, debit=D(PRINCIPAL_SEN) / 100, loan_id=loan_id)
                     for loan_id in range(1, LOANS + 1)]
            lines.append(Line("3101", credit=D(PRINCIPAL_SEN * LOANS) / 100))
            post_journal(None, POSTING_DATE.replace(day=1), "Saldo awal pinjaman uji", "opening", lines)

    from models.core.users import system_context

    with system_context():  # the opening balance is a system posting (no logged-in user), issue 19
        run_in_transaction(setup)


def register_crash_subledger() -> None:
    """Tell the ledger's reconciliation check that account 1399 must equal the scratch loans' balances."""
    from models.core.db import database
    from models.core.money import D
    from models.ledger.subledgers import register_subledger

    register_subledger("crash loans", [RECEIVABLE], lambda: D(database.obj.execute_sql(
        "SELECT coalesce(sum(balance), 0) FROM crash_loan").fetchone()[0]) / 100)


def _post_journal(receipt: str, loan_id: int, amount: int, cashier, branch) -> None:
    from models.core.db import database

    if has_ledger():
        from models.core.money import D
        from models.ledger.chart import Line
        from models.ledger.journals import post_journal

        rupiah = D(amount) / 100
        post_journal(cashier, POSTING_DATE, f"Angsuran uji {receipt}", "payment",
                     [Line(CASH, debit=rupiah), Line(RECEIVABLE, credit=rupiah, loan_id=loan_id)],
                     reference=receipt, branch=branch)
        return
    db = database.obj
    db.execute_sql("INSERT INTO crash_journal_line (receipt, account, debit, credit) VALUES (?, ?, ?, 0)",
                   (receipt, "kas", amount))
    db.execute_sql("INSERT INTO crash_journal_line (receipt, account, debit, credit) VALUES (?, ?, 0, ?)",
                   (receipt, f"piutang:{loan_id}", amount))


def amount_for(key: str) -> tuple[int, int]:
    """(loan id, amount in sen) derived from the key, so a retry of the same key is the same payment."""
    digest = hashlib.sha256(key.encode()).digest()
    loan_id = digest[0] % LOANS + 1
    amount = 100_000_00 + int.from_bytes(digest[1:4], "big") % 5_000_000_00  # Rp 100.000 – Rp 5.100.000
    return loan_id, amount


def post_payment_like(key: str, cashier=None):
    """Post one payment-shaped transaction under ``key``; a second call with the same key posts nothing.

    Returns:
        :class:`models.core.idempotency.Once` (``ref`` = receipt number, ``replayed`` = it had been posted already).
    """
    from models.core import audit
    from models.core.db import database, run_in_transaction
    from models.core.idempotency import once
    from models.core.office import Branch, next_number

    loan_id, amount = amount_for(key)

    def body() -> str:
        db = database.obj
        branch = Branch.get(Branch.code == BRANCH_CODE)
        cur = db.execute_sql("UPDATE crash_loan SET balance = balance - ?, payments = payments + 1 WHERE id = ?",
                             (amount, loan_id))
        assert cur.rowcount == 1
        receipt = next_number("receipt", branch, YEAR)
        db.execute_sql("INSERT INTO crash_payment (key, receipt, loan_id, amount) VALUES (?, ?, ?, ?)",
                       (key, receipt, loan_id, amount))
        _post_journal(receipt, loan_id, amount, cashier, branch)
        audit.record(cashier, "payment.post", "crash_payment", key,
                     after={"receipt": receipt, "loan": loan_id, "amount_sen": amount})
        return receipt

    if cashier is None:  # a test's single posting without a desk user: a system posting (issue 19)
        from models.core.users import system_context

        with system_context():
            return run_in_transaction(lambda: once(key, "payment.post", body))
    return run_in_transaction(lambda: once(key, "payment.post", body))


# The drivers post through this name; the cashier's module can point it at real payments.
POST = post_payment_like


def run_poster(path: str | os.PathLike, prefix: str, start: int, count: int, out=sys.stdout) -> int:
    """Child process body: post ``count`` payments with keys ``prefix+start`` …, printing one line per commit.

    Lines: ``READY``; ``ACK <key> <receipt> N`` (posted now) or ``… R`` (found already posted: a replay);
    ``ERR <key> <message>`` on any error (the concurrency test counts them).
    """
    from models.core.db import open_database
    from models.core.users import User

    open_database(path, migrate=False)
    cashier = User.get(User.username == "kasir.uji")
    print("READY", file=out, flush=True)
    errors = 0
    for i in range(start, start + count):
        key = f"{prefix}{i:06d}"
        try:
            result = POST(key, cashier)
        except Exception as exc:  # noqa: BLE001 - counted and printed, never hidden
            errors += 1
            print(f"ERR {key} {type(exc).__name__}: {exc}", file=out, flush=True)
            continue
        print(f"ACK {key} {result.ref} {'R' if result.replayed else 'N'}", file=out, flush=True)
    print("DONE", file=out, flush=True)
    return 1 if errors else 0


@dataclass
class Verdict:
    payments: int = 0
    keys: int = 0
    duplicate_keys: list[str] = field(default_factory=list)
    unbalanced: list[str] = field(default_factory=list)
    loans_off_ledger: list[str] = field(default_factory=list)
    receipt_problems: list[str] = field(default_factory=list)
    missing_acked: list[str] = field(default_factory=list)
    failed_checks: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.duplicate_keys or self.unbalanced or self.loans_off_ledger or self.receipt_problems
                    or self.missing_acked or self.failed_checks)


_RECEIPT_N = re.compile(r"(\d+)$")


def verify(path: str | os.PathLike, acked: set[str] | frozenset[str] = frozenset()) -> Verdict:
    """Everything the kill and concurrency tests demand, measured on the file as it is now.

    ``check`` (every registered check, including integrity_check and the audit chain) passes; every journal
    balances; each loan's balance equals its receivable in the ledger; every acknowledged key is present once
    and no key twice; receipt numbers are unique and gap-free; every payment has its idempotency key and audit row.
    """
    from models.core.checks import run_checks
    from models.core.db import close_database, open_database

    v = Verdict()
    db = open_database(path, migrate=False)
    ledger = has_ledger()
    if ledger:
        register_crash_subledger()
    try:
        v.failed_checks = [f"{r.name}: {'; '.join(r.problems[:3])}" for r in run_checks() if not r.ok]
        q = lambda sql: db.execute_sql(sql).fetchall()  # noqa: E731
        v.payments = q("SELECT count(*) FROM crash_payment")[0][0]
        keys = {k for (k,) in q("SELECT key FROM crash_payment")}
        v.keys = len(keys)
        v.duplicate_keys = [k for (k,) in q("SELECT key FROM crash_payment GROUP BY key HAVING count(*) > 1")]
        if ledger:
            # Every payment has exactly one posted journal, and that journal balances (the ledger's own check
            # "every journal balances" covers all journals; this ties each one to its payment).
            v.unbalanced = [r for (r,) in q(
                "SELECT p.receipt FROM crash_payment p LEFT JOIN journal j ON j.reference = p.receipt "
                "AND j.source = 'payment' AND j.posted_at IS NOT NULL "
                "LEFT JOIN journal_line l ON l.journal_id = j.id GROUP BY p.id "
                "HAVING count(DISTINCT j.id) <> 1 OR sum(l.debit) <> sum(l.credit) OR sum(l.debit) <> p.amount")]
            credited_sql = ("SELECT coalesce(sum(l.credit), 0) FROM journal_line l JOIN account a ON a.id = "
                            f"l.account_id JOIN journal j ON j.id = l.journal_id WHERE a.code = '{RECEIVABLE}' "
                            "AND j.source = 'payment' AND l.loan_id = {loan_id}")
        else:
            v.unbalanced = [r for (r,) in q("SELECT receipt FROM crash_journal_line GROUP BY receipt "
                                            "HAVING sum(debit) <> sum(credit) OR count(*) <> 2")]
            v.unbalanced += [r for (r,) in q("SELECT p.receipt FROM crash_payment p LEFT JOIN crash_journal_line j "
                                             "ON j.receipt = p.receipt WHERE j.id IS NULL")]
            credited_sql = ("SELECT coalesce(sum(credit), 0) FROM crash_journal_line "
                            "WHERE account = 'piutang:{loan_id}'")
        for loan_id, principal, balance in q("SELECT id, principal, balance FROM crash_loan"):
            credited = q(credited_sql.format(loan_id=loan_id))[0][0]
            paid = q(f"SELECT coalesce(sum(amount), 0) FROM crash_payment WHERE loan_id = {loan_id}")[0][0]
            if principal - balance != credited or paid != credited:
                v.loans_off_ledger.append(f"loan {loan_id}: balance says {principal - balance} paid, ledger "
                                          f"{credited}, payments {paid}")
        receipts = [r for (r,) in q("SELECT receipt FROM crash_payment")]
        numbers = sorted(int(_RECEIPT_N.search(r).group(1)) for r in receipts)
        if len(set(receipts)) != len(receipts):
            v.receipt_problems.append("a receipt number was used twice")
        if numbers != list(range(1, len(numbers) + 1)):
            v.receipt_problems.append(f"receipt numbers are not 1..{len(numbers)} without gaps")
        last = q("SELECT coalesce(max(last_value), 0) FROM number_sequence WHERE name = 'receipt'")[0][0]
        if last != len(numbers):
            v.receipt_problems.append(f"the receipt sequence is at {last} but {len(numbers)} receipts exist")
        if ledger:
            journals = q("SELECT count(*) FROM journal")[0][0]
            taken = q("SELECT coalesce(sum(last_value), 0) FROM number_sequence WHERE name = 'journal'")[0][0]
            if journals != taken:
                v.receipt_problems.append(f"{journals} journals but {taken} journal numbers taken (a gap)")
        idem = q("SELECT count(*) FROM idempotency_key WHERE action = 'payment.post'")[0][0]
        audited = q("SELECT count(*) FROM audit_log WHERE action = 'payment.post'")[0][0]
        if not (idem == audited == v.keys):
            v.receipt_problems.append(f"{v.keys} keys posted, {idem} idempotency rows, {audited} audit rows")
        v.missing_acked = sorted(set(acked) - keys)
    finally:
        if ledger:
            from models.ledger.subledgers import unregister_subledger

            unregister_subledger("crash loans")
        close_database()
    return v


# ------------------------------------------------------------------------------------------------ drivers
def _child(path, prefix: str, start: int, count: int):
    import subprocess

    return subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "post", "--db", str(path),
                             "--prefix", prefix, "--start", str(start), "--count", str(count)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=str(ROOT))


@dataclass
class KillFigures:
    kills: int = 0
    acked: int = 0  # ACK lines, replays included
    acked_keys: int = 0  # distinct keys acknowledged
    replays: int = 0  # committed, killed before the ACK, retried: found posted and NOT posted again
    errors: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # verdicts that were not ok, with the round
    verify_seconds: float = 0.0


def kill_rounds(path: str | os.PathLike, rounds: int, *, seed: int = 8, max_delay: float = 0.25,
                prefix: str = "K", on_round=None) -> KillFigures:
    """Start a poster, SIGKILL it at a random moment, verify the file; ``rounds`` times.

    Each new poster starts again at the first key that was not acknowledged, as the cashier presses "Simpan"
    again after the crash: if that payment had committed before the kill, the idempotency key must make the
    retry a replay, not a second payment.
    """
    import random
    import signal
    import time

    rng = random.Random(seed)
    figures = KillFigures()
    acked: set[str] = set()
    next_index = 0
    for round_no in range(rounds):
        proc = _child(path, prefix, next_index, 100_000)
        ready = proc.stdout.readline().strip()
        if ready != "READY":
            proc.kill()
            figures.errors.append(f"round {round_no}: poster did not start: {ready} {proc.stderr.read()[-500:]}")
            proc.wait()
            continue
        time.sleep(rng.uniform(0.0, max_delay))
        os.kill(proc.pid, signal.SIGKILL)
        # Read through the same text wrapper as readline(): communicate() would read the raw pipe and lose the
        # ACK lines readline() had already buffered.
        out = proc.stdout.read()
        proc.stdout.close()
        proc.stderr.read()
        proc.stderr.close()
        proc.wait()
        figures.kills += 1
        for line in out.splitlines():
            parts = line.split()
            if parts and parts[0] == "ACK":
                acked.add(parts[1])
                figures.acked += 1
                figures.replays += parts[3] == "R"
                next_index = int(parts[1][len(prefix):]) + 1
            elif parts and parts[0] == "ERR":
                figures.errors.append(line)
        started = time.perf_counter()
        verdict = verify(path, acked)
        figures.verify_seconds += time.perf_counter() - started
        if not verdict.ok:
            figures.failures.append(f"round {round_no}: {verdict}")
        if on_round:
            on_round(round_no, verdict, figures)
    figures.acked_keys = len(acked)
    return figures


@dataclass
class ConcurrencyFigures:
    processes: int = 0
    per_process: int = 0
    acked: int = 0
    locked_errors: int = 0
    other_errors: list[str] = field(default_factory=list)
    seconds: float = 0.0


def concurrent_posting(path: str | os.PathLike, processes: int, count: int) -> ConcurrencyFigures:
    """``processes`` posters, each posting ``count`` payments into the same file at the same time."""
    import time

    started = time.perf_counter()
    children = [_child(path, f"P{n}-", 0, count) for n in range(processes)]
    figures = ConcurrencyFigures(processes, count)
    for proc in children:
        out, err = proc.communicate(timeout=600)
        for line in out.splitlines():
            if line.startswith("ACK"):
                figures.acked += 1
            elif line.startswith("ERR"):
                if "locked" in line.lower() or "busy" in line.lower():
                    figures.locked_errors += 1
                else:
                    figures.other_errors.append(line)
        if proc.returncode not in (0, 1):
            figures.other_errors.append(f"poster exited {proc.returncode}: {err[-500:]}")
    figures.seconds = time.perf_counter() - started
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("action", choices=["prepare", "post", "verify"])
    parser.add_argument("--db", required=True)
    parser.add_argument("--prefix", default="K")
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--count", type=int, default=100)
    args = parser.parse_args(argv)
    if args.action == "prepare":
        prepare(args.db)
        return 0
    if args.action == "post":
        return run_poster(args.db, args.prefix, args.start, args.count)
    verdict = verify(args.db)
    print(json.dumps(verdict.__dict__ | {"ok": verdict.ok}, indent=1, default=str))
    return 0 if verdict.ok else 1


if __name__ == "__main__":
    sys.exit(main())
