"""What the books' seals (issue 19) cost: ``check`` recomputing every journal, receipt and loan digest, beside
a raw sqlite3 baseline that reads the same rows and hashes them in one pass, measured in the same run.

Also: the cost of one posting's seal (the digest written into its audit row), as the time of
``models.core.integrity.journal_digest`` for one journal beside a raw query of that journal's lines; and the cost of
a whole cashier posting (``post_payment``) with the seals and, as the baseline in the same run on a copy of the
same file, with the three digest functions replaced by no-ops (what posting cost before issue 19).

Run: ``python benchmarks/bench_seals.py DEMO.db [repeats]`` (build DEMO.db with ``main.py demo``).
"""
from __future__ import annotations

import hashlib
import sqlite3
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from models.core import db as dbmod  # noqa: E402
from models.core import (
    integrity,
    integrity_checks,  # noqa: E402
)


def timed(fn, repeats: int) -> float:
    runs = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def raw_baseline(path: Path) -> None:
    con = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    h = hashlib.sha256()
    for sql in ("SELECT * FROM journal_line ORDER BY journal_id, line_no", "SELECT * FROM payment_allocation",
                "SELECT * FROM installment ORDER BY loan_id, no", "SELECT after FROM audit_log"):
        for row in con.execute(sql):
            h.update(repr(row).encode())
    con.close()


def main() -> None:
    path = Path(sys.argv[1])
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    db = dbmod.open_database(path, migrate=False)
    counts = {t: db.execute_sql(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
              for t in ("journal", "journal_line", "payment", "payment_allocation", "loan", "installment")}
    print("rows:", ", ".join(f"{k} {v:,}" for k, v in counts.items()))
    seals = timed(lambda: (integrity_checks.journals_sealed(), integrity_checks.receipts_sealed(),
                           integrity_checks.installments_sealed()), repeats)
    raw = timed(lambda: raw_baseline(path), repeats)
    print(f"three seal checks:         {seals * 1000:8.1f} ms (median of {repeats})")
    print(f"raw sqlite3 read + sha256: {raw * 1000:8.1f} ms   ratio {seals / raw:.1f}x")
    last = db.execute_sql("SELECT MAX(id) FROM journal").fetchone()[0]
    one = timed(lambda: integrity.journal_digest(last), repeats * 20)
    con = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    raw_one = timed(lambda: con.execute("SELECT * FROM journal_line WHERE journal_id = ?", (last,)).fetchall(),
                    repeats * 20)
    print(f"one journal's digest:      {one * 1e6:8.0f} µs; raw query of its lines {raw_one * 1e6:.0f} µs")
    dbmod.close_database()
    with_seals = posting(path, sealed=True)
    without = posting(path, sealed=False)
    print(f"post_payment with seals:   {with_seals * 1000:8.2f} ms per payment (median)")
    print(f"post_payment without:      {without * 1000:8.2f} ms per payment   ratio {with_seals / without:.2f}x")


def posting(path: Path, *, sealed: bool, count: int = 60) -> float:
    """Median time of one cash payment on a copy of ``path`` (each on its own active loan when possible)."""
    import tempfile

    from models.cashier.payments import post_payment
    from models.core.users import User
    from models.loans.loans import Loan

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "copy.db"
        src = sqlite3.connect(str(path))
        dst = sqlite3.connect(str(copy))
        src.backup(dst)
        dst.close()
        src.close()
        saved = (integrity.journal_digest, integrity.payment_digest, integrity.pending_seals)
        if not sealed:
            integrity.journal_digest = lambda _id: ""
            integrity.payment_digest = lambda _id: ""
            integrity.pending_seals = lambda: None
        try:
            dbmod.open_database(copy)
            cashier = User.get(User.username == "kasir")
            loans = list(Loan.select().where(Loan.status == "active").order_by(Loan.id).limit(count))
            day = max(l.last_payment_on or l.disbursed_on for l in loans)
            runs = []
            for n in range(count):
                loan = loans[n % len(loans)]
                start = time.perf_counter()
                post_payment(cashier, loan, "50000", day, idempotency_key=f"bench-{sealed}-{n}")
                runs.append(time.perf_counter() - start)
            dbmod.close_database()
        finally:
            integrity.journal_digest, integrity.payment_digest, integrity.pending_seals = saved
    return statistics.median(runs)


if __name__ == "__main__":
    main()
