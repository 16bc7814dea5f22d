"""Kill test with REAL payments: the cashier's ``post_payment`` SIGKILLed at random points.

    .venv/bin/python benchmarks/kill_payments.py [--rounds 100] [--max-delay 0.3] [--seed 6]

The drivers are helper-8's (``benchmarks/workloads.py``: start a poster, kill it at a random moment, restart
it from the first unacknowledged key as a cashier pressing "Simpan" again); this module supplies the office
(real chart, products, customers and disbursed loans), the poster (``models.cashier.payments.post_payment`` under the
form's idempotency key) and the verdict, measured on the file after every kill:

* ``check`` passes — integrity, foreign keys, the audit chain, loans == ledger (Piutang 1301 and Titipan 2101),
  the cashier's own checks (allocations add up, no installment over-paid, receipts gap-free);
* no journal is unbalanced or left unposted;
* every acknowledged payment is present, and no key was posted twice.

As a script: ``prepare``/``post``/``verify`` are the child-process actions; with no action it runs the rounds
and prints the figures next to a baseline (the same poster without kills).
"""
from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
for p in (str(ROOT), str(HERE)):
    if p not in sys.path:
        sys.path.insert(0, p)

import workloads  # noqa: E402

LOANS = 7
CASHIER = "kasir.uji"
START = dt.date(2026, 1, 5)


def prepare(path: str | os.PathLike) -> None:
    """A ready office (chart, products, customers), a test cashier and seven large disbursed loans."""
    import random
    import secrets

    from models.demo import build as demo
    from models.customers.customers import Customer
    from models.core.db import close_database, open_database, run_in_transaction
    from models.ledger.journals import post_event
    from models.products.loanmath import Method, build_schedule
    from models.loans.loans import create_loan
    from models.core.office import Branch
    from models.products.products import LoanProduct
    from models.core.users import Role, User, create_user, system_context

    open_database(path)
    steps = demo.DEMO_STEPS
    demo.DEMO_STEPS = ["models.demo.build:build_core", "models.demo.ledger:build_demo", "models.demo.products:build_demo",
                       "models.demo.customers:build_demo"]
    try:
        demo.build_demo(seed=6, customers=LOANS, today=dt.date.today(), log=lambda _m: None)
    finally:
        demo.DEMO_STEPS = steps
    with system_context():
        create_user(None, CASHIER, "Kasir Uji", Role.CASHIER, secrets.token_urlsafe(16))
    rng = random.Random(6)

    def loans():
        branch = Branch.get()
        officer = User.get(User.username == "cmo1")
        product = LoanProduct.get(LoanProduct.code == "KM")
        for n, customer in enumerate(Customer.select().order_by(Customer.id).limit(LOANS), start=1):
            # Large enough that hundreds of payments never exhaust a loan.
            schedule = build_schedule(Decimal(10_000_000_000 + rng.randint(0, 9) * 1_000_000), Decimal(18), 60,
                                      Method.FLAT, START)
            loan = create_loan(customer=customer, product=product, branch=branch, officer=officer,
                               contract_no=f"UJI/{n:03d}", schedule=schedule, disbursed_on=START, created_by=None)
            post_event(None, [("disbursement", loan.principal)], date=START, description=f"Pencairan {n}",
                       source="disbursement", loan_id=loan.id, customer_id=customer.id)

    with system_context():
        run_in_transaction(loans)
    close_database()


def post_real_payment(key: str, cashier=None):
    """One real payment under ``key`` (loan and amount derived from the key, so a retry is the same payment)."""
    from models.core.idempotency import Once
    from models.loans.loans import Loan
    from models.cashier.payments import post_payment

    index, sen = workloads.amount_for(key)
    loan = Loan.get(Loan.contract_no == f"UJI/{index:03d}")
    result = post_payment(cashier, loan, Decimal(sen) / 100, dt.date.today(), "cash", idempotency_key=key)
    return Once(result.receipt_no, result.replayed)


def verify(path: str | os.PathLike, acked=frozenset()):
    """The verdict on the file as it is now (a :class:`workloads.Verdict`)."""
    import models.cashier.checks  # noqa: F401  (the cashier's checks, until the lead lists them)
    from models.core.checks import run_checks
    from models.core.db import close_database, open_database
    from models.ledger.journals import unposted_journals

    v = workloads.Verdict()
    db = open_database(path, migrate=False)
    try:
        v.failed_checks = [f"{r.name}: {'; '.join(r.problems[:3])}" for r in run_checks() if not r.ok]
        q = lambda sql: db.execute_sql(sql).fetchall()  # noqa: E731
        v.payments = q("SELECT count(*) FROM payment")[0][0]
        keys = {k for (k,) in q("SELECT idempotency_key FROM payment")}
        v.keys = len(keys)
        v.duplicate_keys = [k for (k,) in q("SELECT idempotency_key FROM payment GROUP BY idempotency_key "
                                            "HAVING count(*) > 1")]
        v.unbalanced = [n for (n,) in q("SELECT j.number FROM journal j JOIN journal_line l ON l.journal_id = j.id "
                                        "GROUP BY j.id HAVING sum(l.debit) <> sum(l.credit)")]
        v.unbalanced += unposted_journals()
        v.unbalanced += [r for (r,) in q("SELECT p.receipt_no FROM payment p LEFT JOIN journal j "
                                         "ON j.id = p.journal_id WHERE j.id IS NULL OR j.reference <> p.receipt_no")]
        v.loans_off_ledger = [f for f in v.failed_checks if "ledger" in f.lower() or "sub-ledger" in f.lower()]
        idem = q("SELECT count(*) FROM idempotency_key WHERE action = 'payment.post'")[0][0]
        audited = q("SELECT count(*) FROM audit_log WHERE action = 'payment.installment'")[0][0]
        if not (idem == audited == v.payments):
            v.receipt_problems.append(f"{v.payments} payments, {idem} idempotency rows, {audited} audit rows")
        v.missing_acked = sorted(set(acked) - keys)
    finally:
        close_database()
    return v


def _child(path, prefix: str, start: int, count: int):
    import subprocess

    return subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "post", "--db", str(path),
                             "--prefix", prefix, "--start", str(start), "--count", str(count)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=str(ROOT))


@contextlib.contextmanager
def real_payments():
    """Point helper-8's drivers at this module's poster, child process and verdict while the block runs."""
    saved = workloads.POST, workloads._child, workloads.verify
    workloads.POST, workloads._child, workloads.verify = post_real_payment, _child, verify
    try:
        yield workloads
    finally:
        workloads.POST, workloads._child, workloads.verify = saved


def kill_rounds(path, rounds: int, *, seed: int = 6, max_delay: float = 0.3, on_round=None):
    with real_payments():
        return workloads.kill_rounds(path, rounds, seed=seed, max_delay=max_delay, on_round=on_round)


def run(rounds: int, max_delay: float, seed: int) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "baseline.db"
        prepare(base)
        started = time.perf_counter()
        with real_payments():
            baseline = workloads.concurrent_posting(base, processes=1, count=300)
        rate = baseline.acked / (time.perf_counter() - started)
        path = Path(tmp) / "kill.db"
        prepare(path)
        started = time.perf_counter()

        def progress(round_no, verdict, figures):
            if (round_no + 1) % 25 == 0:
                print(f"  {round_no + 1} kills, {figures.acked} acknowledged, {len(figures.failures)} failed",
                      flush=True)

        figures = kill_rounds(path, rounds, seed=seed, max_delay=max_delay, on_round=progress)
        elapsed = time.perf_counter() - started
        final = verify(path)
    print(f"baseline (no kills)      : 300 real payments, {rate:.0f} payments/s incl. process start, one process")
    print(f"kills (SIGKILL)          : {figures.kills}")
    print(f"payments acknowledged    : {figures.acked_keys} distinct ({figures.acked} ACK lines)")
    print(f"retries after a kill     : {figures.replays} found already posted and not posted again")
    print(f"payments in the file     : {final.payments} (distinct keys {final.keys})")
    print(f"verdicts failed          : {len(figures.failures)}; poster errors: {len(figures.errors)}")
    print(f"double posts             : {len(final.duplicate_keys)}; unbalanced journals: {len(final.unbalanced)}; "
          f"failed checks: {len(final.failed_checks)}")
    print(f"time                     : {elapsed:.1f} s ({figures.verify_seconds:.1f} s verifying)")
    for failure in figures.failures[:5] + figures.errors[:5]:
        print("  ", failure)
    return 0 if not figures.failures and not figures.errors and final.ok else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("action", nargs="?", choices=["prepare", "post", "verify"])
    parser.add_argument("--db")
    parser.add_argument("--prefix", default="K")
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument("--max-delay", type=float, default=0.3)
    parser.add_argument("--seed", type=int, default=6)
    args = parser.parse_args(argv)
    if args.action == "prepare":
        prepare(args.db)
        return 0
    if args.action == "post":
        # helper-8's poster loop (logs in as "kasir.uji", prints READY / ACK / ERR / DONE) with real payments.
        workloads.POST = post_real_payment
        return workloads.run_poster(args.db, args.prefix, args.start, args.count)
    if args.action == "verify":
        verdict = verify(args.db)
        print(verdict)
        return 0 if verdict.ok else 1
    return run(args.rounds, args.max_delay, args.seed)


if __name__ == "__main__":
    sys.exit(main())
