"""Kill test: a payment poster SIGKILLed at hundreds of random points; the file is verified after every kill.

    .venv/bin/python benchmarks/kill_test.py [--rounds 300] [--max-delay 0.25] [--seed 8]

After each kill: ``check`` passes (integrity, foreign keys, audit chain, every registered check), every journal
balances, every loan equals its receivable in the ledger, every acknowledged payment is present exactly once
and receipt numbers are gap-free.  Prints the figures next to a baseline: the same poster run without kills.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import workloads  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--max-delay", type=float, default=0.25)
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "baseline.db"
        workloads.prepare(base)
        started = time.perf_counter()
        baseline = workloads.concurrent_posting(base, processes=1, count=500)
        rate = baseline.acked / (time.perf_counter() - started)
        path = Path(tmp) / "kill.db"
        workloads.prepare(path)
        started = time.perf_counter()

        def progress(round_no, verdict, figures):
            if (round_no + 1) % 50 == 0:
                print(f"  {round_no + 1} kills, {figures.acked} acknowledged, {len(figures.failures)} failed",
                      flush=True)

        figures = workloads.kill_rounds(path, args.rounds, seed=args.seed, max_delay=args.max_delay,
                                        on_round=progress)
        elapsed = time.perf_counter() - started
        final = workloads.verify(path)
    print(f"baseline (no kills)      : 500 payments, {rate:.0f} payments/s, one process")
    print(f"kills (SIGKILL)          : {figures.kills}")
    print(f"payments acknowledged    : {figures.acked_keys} distinct ({figures.acked} ACK lines)")
    print(f"retries after a kill     : {figures.replays} found already posted (committed, killed before the ACK) "
          "and not posted again")
    print(f"payments in the file     : {final.payments} (distinct keys {final.keys}; the last round's "
          f"unacknowledged commit: {final.keys - figures.acked_keys})")
    print(f"verdicts failed          : {len(figures.failures)}")
    print(f"poster errors            : {len(figures.errors)}")
    print(f"double posts             : {len(final.duplicate_keys)}; unbalanced journals: {len(final.unbalanced)}; "
          f"loans off the ledger: {len(final.loans_off_ledger)}; receipt problems: {len(final.receipt_problems)}")
    print(f"time                     : {elapsed:.1f} s ({figures.verify_seconds:.1f} s verifying)")
    for failure in figures.failures[:5] + figures.errors[:5]:
        print("  ", failure)
    return 0 if not figures.failures and not figures.errors and final.ok else 1


if __name__ == "__main__":
    sys.exit(main())
