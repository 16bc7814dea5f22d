"""Month-end interest credit for 50,000 sukarela accounts: ``models.savings.savings.credit_monthly_interest`` next to the
same work written as raw SQL in ``sqlite3``, measured in the same run on copies of one database.

Setup (not timed): a koperasi office (demo core, the cooperative chart, the default savings products), N
customers through the demo step, one member and one sukarela account each, an opening deposit in October and
one to three counter movements in November per account, written with ``executemany``.

Timed, each round on a fresh copy of that database (the credit is idempotent per month, so a second run on the
same copy would do nothing):

* Angsur: ``credit_monthly_interest(None, 2026-11-30)`` — lowest end-of-day balance, interest down to the
  rupiah, tax by the member's monthly total (PP 15/2009), one row per account (two when taxed), balances, one
  journal per product, the run record and its audit row, in one transaction;
* raw: one ``INSERT … SELECT`` computing the same lowest balance with a window function and the same interest
  and tax in integer sen, one ``INSERT … SELECT`` for the tax rows, one ``UPDATE`` of the balances.

Target (issue 17): within 2× of raw and under 10 s.  Run:
``/work/venv/bin/python benchmarks/bench_savings_interest.py [--accounts 50000] [--rounds 3] [--db FILE]``
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from models.core.db import close_database, open_database  # noqa: E402

PERIOD_END = dt.date(2026, 11, 30)


def build(path: Path, accounts: int) -> None:
    from models.core.db import database, run_in_transaction
    from models.core.office import Office
    from models.customers.customers import Customer
    from models.demo import build as demo
    from models.ledger.accounts import install_default_chart
    from models.savings.savings import SavingsProduct, install_default_products

    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    open_database(path)
    saved = demo.DEMO_STEPS
    demo.DEMO_STEPS = ["models.demo.build:build_core", "models.demo.customers:build_demo"]
    try:
        demo.build_demo(seed=17, customers=accounts, today=dt.date(2026, 11, 23), log=lambda _m: None)
    finally:
        demo.DEMO_STEPS = saved
    run_in_transaction(lambda: Office.update(kind="koperasi").execute())
    install_default_chart("koperasi")
    install_default_products(None)
    sukarela = SavingsProduct.get(SavingsProduct.code == "SS")
    rng = random.Random(17)
    ids = [c for (c,) in Customer.select(Customer.id).order_by(Customer.id).tuples()]
    db = database.obj

    def body():
        cur = db.cursor()
        cur.executemany("INSERT INTO member (customer_id, seq, member_no, joined_on, status, leave_reason, "
                        "created_at) VALUES (?, ?, ?, '2026-10-01', 'active', '', '2026-10-01 08:00:00')",
                        [(cid, n, f"AGT-{n:06d}") for n, cid in enumerate(ids, start=1)])
        cur.executemany("INSERT INTO savings_account (number, member_id, product_id, branch_id, opened_on, status, "
                        "balance, term_months, on_maturity, interest_paid, passbook_book, passbook_line, "
                        "passbook_txn, created_at) VALUES (?, ?, ?, 1, '2026-10-01', 'active', 0, 0, '', 0, 1, 0, 0, "
                        "'2026-10-01 08:00:00')",
                        [(f"{n:06d}-SS-01", n, sukarela.id) for n in range(1, len(ids) + 1)])
        rows, balances = [], {}
        for account in range(1, len(ids) + 1):
            balance = rng.choice([50_000, 500_000, 2_000_000, 15_000_000, 150_000_000]) * 100
            rows.append((account, "2026-10-05", "deposit", balance, balance))
            for _ in range(rng.randrange(1, 4)):
                amount = rng.randrange(-balance // 2, balance // 2) // 100 * 100
                balance += amount
                day = dt.date(2026, 11, rng.randrange(1, 31)).isoformat()
                rows.append((account, day, "deposit" if amount >= 0 else "withdrawal", amount, balance))
            balances[account] = balance
        rows.sort(key=lambda r: (r[0], r[1]))
        cur.executemany("INSERT INTO savings_transaction (account_id, date, kind, amount, balance_after, branch_id, "
                        "method, status, memo, created_at) VALUES (?, ?, ?, ?, ?, 1, 'cash', 'posted', '', "
                        "'2026-11-01 08:00:00')", rows)
        cur.executemany("UPDATE savings_account SET balance = ? WHERE id = ?",
                        [(b, a) for a, b in balances.items()])

    run_in_transaction(body)
    close_database()


RAW = """
WITH open AS (
  SELECT a.id AS account_id, a.member_id,
         COALESCE((SELECT SUM(t.amount) FROM savings_transaction t WHERE t.account_id = a.id AND t.date < :first), 0)
           AS opening
  FROM savings_account a JOIN savings_product p ON p.id = a.product_id
  WHERE p.kind = 'sukarela' AND p.interest_basis = 'minimum' AND a.status = 'active'
), days AS (
  SELECT account_id, date, SUM(amount) AS moved FROM savings_transaction
  WHERE date >= :first AND date <= :last GROUP BY account_id, date
), eod AS (
  SELECT d.account_id, o.opening + SUM(d.moved) OVER (PARTITION BY d.account_id ORDER BY d.date) AS balance
  FROM days d JOIN open o ON o.account_id = d.account_id
), low AS (
  -- the opening balance counts only when no movement falls on the month's first day
  SELECT o.account_id, o.member_id,
         CASE WHEN EXISTS (SELECT 1 FROM days WHERE days.account_id = o.account_id AND days.date = :first)
              THEN (SELECT MIN(balance) FROM eod WHERE eod.account_id = o.account_id)
              ELSE MIN(o.opening, COALESCE((SELECT MIN(balance) FROM eod WHERE eod.account_id = o.account_id),
                                           o.opening)) END AS low
  FROM open o
), interest AS (
  SELECT l.account_id, (l.low * p.rate * :days / (365 * 100 * 10000 * 100)) * 100 AS gross, p.min_earning_balance,
         p.tax_free_limit, p.tax_rate, l.low
  FROM low l JOIN savings_account a ON a.id = l.account_id JOIN savings_product p ON p.id = a.product_id
)
INSERT INTO savings_transaction (account_id, date, kind, amount, balance_after, branch_id, period, memo, method,
                                 status, created_at)
SELECT i.account_id, :last, 'interest', i.gross, a.balance + i.gross, a.branch_id, :period, 'jasa', 'system',
       'posted', '2026-12-01 08:00:00'
FROM interest i JOIN savings_account a ON a.id = i.account_id
WHERE i.gross > 0 AND i.low >= i.min_earning_balance
"""
RAW_TAX = """
INSERT INTO savings_transaction (account_id, date, kind, amount, balance_after, branch_id, period, memo, method,
                                 status, created_at)
SELECT t.account_id, t.date, 'tax', -((t.amount * p.tax_rate / 1000000 + 50) / 100) * 100,
       t.balance_after - ((t.amount * p.tax_rate / 1000000 + 50) / 100) * 100, t.branch_id, t.period, 'pph',
       'system', 'posted', t.created_at
FROM savings_transaction t JOIN savings_account a ON a.id = t.account_id JOIN savings_product p ON p.id = a.product_id
WHERE t.period = :period AND t.kind = 'interest' AND t.amount > p.tax_free_limit
"""
RAW_BALANCES = """
UPDATE savings_account SET balance = balance + (SELECT SUM(t.amount) FROM savings_transaction t
  WHERE t.account_id = savings_account.id AND t.period = :period)
WHERE id IN (SELECT account_id FROM savings_transaction WHERE period = :period)
"""


def run_raw(path: Path) -> tuple[float, int, int]:
    con = sqlite3.connect(str(path), isolation_level=None)
    params = {"first": "2026-11-01", "last": PERIOD_END.isoformat(), "days": 30, "period": "2026-11"}
    started = time.perf_counter()
    con.execute("BEGIN IMMEDIATE")
    con.execute(RAW, params)
    con.execute(RAW_TAX, params)
    con.execute(RAW_BALANCES, params)
    con.execute("COMMIT")
    elapsed = time.perf_counter() - started
    gross, tax = con.execute("SELECT SUM(CASE WHEN kind='interest' THEN amount END), "
                             "-SUM(CASE WHEN kind='tax' THEN amount END) FROM savings_transaction "
                             "WHERE period = '2026-11'").fetchone()
    con.close()
    return elapsed, gross or 0, tax or 0


def run_angsur(path: Path):
    from models.savings import savings

    open_database(path)
    savings._today = lambda: dt.date(2026, 12, 1)
    started = time.perf_counter()
    result = savings.credit_monthly_interest(None, PERIOD_END)
    elapsed = time.perf_counter() - started
    close_database()
    return elapsed, result


def copy(source: Path, target: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    src, dst = sqlite3.connect(str(source)), sqlite3.connect(str(target))
    src.backup(dst)
    dst.close()
    src.close()
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--db", default="/tmp/bench_savings_interest.db")
    args = parser.parse_args()
    base = Path(args.db)
    started = time.perf_counter()
    build(base, args.accounts)
    print(f"setup: {args.accounts} members and sukarela accounts in {time.perf_counter() - started:.1f} s")
    angsur, raw = [], []
    for n in range(args.rounds):
        elapsed, result = run_angsur(copy(base, base.with_name(f"angsur-{n}.db")))
        angsur.append(elapsed)
        r_elapsed, r_gross, r_tax = run_raw(copy(base, base.with_name(f"raw-{n}.db")))
        raw.append(r_elapsed)
        same = "same" if (int(result.gross * 100), int(result.tax * 100)) == (r_gross, r_tax) else "DIFFERENT"
        print(f"round {n + 1}: Angsur {elapsed:.2f} s ({result.accounts} accounts, interest {result.gross}, "
              f"tax {result.tax}); raw SQL {r_elapsed:.2f} s (interest {r_gross / 100:.2f}, tax {r_tax / 100:.2f}) "
              f"— totals {same}")
    a, r = statistics.median(angsur), statistics.median(raw)
    print(f"median: Angsur {a:.2f} s, raw SQL {r:.2f} s, ratio {a / r:.2f}x "
          f"(target: within 2x and under 10 s: {'met' if a / r <= 2 and a < 10 else 'NOT met'})")
    for n in range(args.rounds):
        for name in (f"angsur-{n}.db", f"raw-{n}.db"):
            for suffix in ("", "-wal", "-shm"):
                Path(str(base.with_name(name)) + suffix).unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
