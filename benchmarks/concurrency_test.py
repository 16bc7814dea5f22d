"""Three desks, one file: N processes each post hundreds of payments into the same SQLite database at once.

    .venv/bin/python benchmarks/concurrency_test.py [--processes 3] [--count 500]

Expected: 0 "database is locked" errors (writes take the lock up front with BEGIN IMMEDIATE and the whole
transaction is retried when busy), 0 double posts, receipt numbers unique and gap-free.  The baseline is one
process posting the same total alone.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import workloads  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--processes", type=int, default=3)
    parser.add_argument("--count", type=int, default=500)
    args = parser.parse_args()
    total = args.processes * args.count
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "baseline.db"
        workloads.prepare(base)
        baseline = workloads.concurrent_posting(base, processes=1, count=total)
        path = Path(tmp) / "shared.db"
        workloads.prepare(path)
        figures = workloads.concurrent_posting(path, processes=args.processes, count=args.count)
        verdict = workloads.verify(path)
    print(f"baseline, 1 process      : {baseline.acked} payments in {baseline.seconds:.1f} s "
          f"({baseline.acked / baseline.seconds:.0f}/s)")
    print(f"{args.processes} processes × {args.count}     : {figures.acked} payments in {figures.seconds:.1f} s "
          f"({figures.acked / figures.seconds:.0f}/s)")
    print(f"'database is locked'     : {figures.locked_errors}")
    print(f"other errors             : {len(figures.other_errors)}")
    print(f"double posts             : {len(verdict.duplicate_keys)}")
    print(f"receipts                 : {verdict.payments} in the file; problems: {verdict.receipt_problems or 'none'}")
    print(f"check                    : {'passed' if not verdict.failed_checks else verdict.failed_checks}")
    ok = figures.locked_errors == 0 and not figures.other_errors and verdict.ok and figures.acked == total
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
