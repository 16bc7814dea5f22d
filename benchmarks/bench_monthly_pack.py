"""The monthly report pack on a 100.000-loan office, next to bare openpyxl writing the same cells, same run.

Targets (issue 16): the pack within 1,3× of bare openpyxl write-only, under 60 s, under 300 MB peak memory.

What is timed, each in its own fresh process (so peak RSS is the run's own, read with ``resource.getrusage``):

* **pack**: :func:`reports.monthly_pack.export_monthly_pack` from the command line's point of view -- the month
  check, every SQL aggregate over the snapshot, the portfolio module's figures, the ledger statements, the
  100.000-row loan detail streamed from its cursor, the styled cells, the byte-stable zip and the audit row;
* **bare openpyxl (same cells)**: a write-only workbook with the same sheets, the same values and the same number
  formats per cell (a ``WriteOnlyCell`` with ``number_format`` for each formatted number, plain values for text
  and for the small counts the pack writes unformatted), no
  fonts, fills, borders, widths, filters or frozen panes, values already in memory (read back from the pack
  before the clock starts).  The pack's ratio is measured against this one;
* **bare openpyxl (values only)**: the same values appended as plain rows, no formats at all (for reference).

``make_office.py`` does not run month ends, so on first use this script writes the loan snapshots of the report
month and the month before with :func:`models.accounting.month_end.write_snapshot` and closes both periods with
:func:`models.ledger.journals.close_month` (timed once and printed).

Run: ``benchmarks/make_office.py --loans 100000 --out /tmp/big.db`` (once), then
``/work/venv/bin/python benchmarks/bench_monthly_pack.py --db /tmp/big.db [--month 2026-10] [--runs 3]``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)


def prepare(db: str, period_end: dt.date) -> None:
    """Snapshots and closed periods for the report month and the month before (when missing)."""
    from models.core import db as dbmod
    from models.core.db import run_in_transaction
    from models.core.users import User
    from models.ledger.journals import PERIOD_CLOSED, Period, close_month
    from models.loans.snapshots import LoanSnapshot

    dbmod.open_database(db)
    previous = _month_end(period_end.year - (period_end.month == 1), (period_end.month - 2) % 12 + 1)
    actor = User.select().where(User.role.in_(["accountant", "manager"]) & (User.active == True)).first()
    for end in (previous, period_end):
        if not LoanSnapshot.select().where(LoanSnapshot.period_end == end).exists():
            from models.accounting.month_end import write_snapshot

            started = time.perf_counter()
            count = run_in_transaction(lambda end=end: write_snapshot(end))
            print(f"  snapshot {end}: {count} loans written in {time.perf_counter() - started:.1f} s "
                  "(models.accounting.month_end.write_snapshot; make_office runs no month end)")
        period = Period.get_or_none((Period.year == end.year) & (Period.month == end.month))
        if period is None or period.status != PERIOD_CLOSED:
            close_month(actor, end.year, end.month)
            print(f"  period {end:%Y-%m} closed")
    dbmod.close_database()


def child_pack(db: str, period_end: dt.date, out: str) -> dict:
    from models.core import db as dbmod
    from models.core.users import User

    dbmod.open_database(db, migrate=False)
    user = User.select().where((User.role == "manager") & (User.active == True)).first()
    from reports.monthly_pack import export_monthly_pack

    cpu_before = _cpu()
    started = time.perf_counter()
    pack = export_monthly_pack(user, period_end, out)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "cpu_before": cpu_before, "sheets": len(pack.sheets),
            "rows": sum(s.count for s in pack.sheets)}


def _cells(path: str) -> list[tuple[str, list[list[tuple]]]]:
    """Every sheet's rows of (value, number format) read back from the pack (not timed)."""
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    out = []
    for ws in wb.worksheets:
        rows = []
        for row in ws.iter_rows():
            rows.append([(c.value, c.number_format if isinstance(c.value, (int, float, dt.date))
                          and c.number_format != "General" else None) for c in row])
        out.append((ws.title, rows))
    wb.close()
    return out


def child_bare(source: str, out: str, formats: bool) -> dict:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    sheets = _cells(source)
    cells = sum(len(r) for _t, rows in sheets for r in rows)
    cpu_before = _cpu()
    started = time.perf_counter()
    wb = Workbook(write_only=True)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            if not formats:
                ws.append([v for v, _f in row])
                continue
            line = []
            for value, fmt in row:
                if fmt is None:
                    line.append(value)
                else:
                    cell = WriteOnlyCell(ws, value=value)
                    cell.number_format = fmt
                    line.append(cell)
            ws.append(line)
    wb.save(out)
    return {"seconds": time.perf_counter() - started, "cpu_before": cpu_before, "cells": cells}


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def run_child(*argv: str) -> dict:
    proc = subprocess.run([sys.executable, __file__, *argv], capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        raise SystemExit(proc.stderr)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--month", default=None, help="YYYY-MM (default: the last month before the office's today)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", choices=["pack", "bare", "values"])
    parser.add_argument("--source", default="")
    parser.add_argument("--out", default="")
    args = parser.parse_args()
    if args.month:
        year, month = (int(x) for x in args.month.split("-"))
    else:
        import sqlite3

        last = sqlite3.connect(args.db).execute("SELECT MAX(date) FROM journal").fetchone()[0]
        today = dt.date.fromisoformat(last)
        year, month = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
    period_end = _month_end(year, month)

    if args.child:
        if args.child == "pack":
            result = child_pack(args.db, period_end, args.out)
        else:
            result = child_bare(args.source, args.out, formats=args.child == "bare")
        usage = resource.getrusage(resource.RUSAGE_SELF)
        result["peak_mb"] = usage.ru_maxrss / 1024
        result["cpu"] = usage.ru_utime + usage.ru_stime - result.pop("cpu_before")
        print(json.dumps(result))
        return

    print(f"monthly pack {period_end:%Y-%m} of {args.db}")
    prepare(args.db, period_end)
    folder = Path(tempfile.mkdtemp(prefix="bench-pack-"))
    pack, bare, values = [], [], []
    for i in range(args.runs):
        out = folder / f"pack{i}.xlsx"
        pack.append(run_child("--db", args.db, "--month", f"{period_end:%Y-%m}", "--child", "pack", "--out", str(out)))
        bare.append(run_child("--db", args.db, "--month", f"{period_end:%Y-%m}", "--child", "bare", "--source",
                              str(out), "--out", str(folder / f"bare{i}.xlsx")))
        values.append(run_child("--db", args.db, "--month", f"{period_end:%Y-%m}", "--child", "values", "--source",
                                str(out), "--out", str(folder / f"values{i}.xlsx")))
        print(f"  run {i + 1}: pack {pack[-1]['seconds']:.2f} s (CPU {pack[-1]['cpu']:.2f} s), bare openpyxl "
              f"{bare[-1]['seconds']:.2f} s (CPU {bare[-1]['cpu']:.2f} s), values only {values[-1]['seconds']:.2f} s "
              f"(CPU {values[-1]['cpu']:.2f} s)")
    same = len({(folder / f"pack{i}.xlsx").read_bytes() for i in range(args.runs)}) == 1
    med = {name: statistics.median(r["seconds"] for r in runs) for name, runs in
           (("pack", pack), ("bare", bare), ("values", values))}
    cpu = {name: statistics.median(r["cpu"] for r in runs) for name, runs in
           (("pack", pack), ("bare", bare), ("values", values))}
    peak = max(r["peak_mb"] for r in pack)
    size = (folder / "pack0.xlsx").stat().st_size / 1e6
    print(f"  {pack[0]['sheets']} sheets, {pack[0]['rows']} data rows, {bare[0]['cells']} cells, {size:.1f} MB; "
          f"identical bytes across runs: {same}")
    print("  (wall clock, and CPU time of the process: on a shared machine CPU time is the steadier figure)")
    print(f"  median pack                    {med['pack']:6.2f} s  CPU {cpu['pack']:6.2f} s   peak RSS {peak:.0f} MB")
    print(f"  median bare openpyxl (formats) {med['bare']:6.2f} s  CPU {cpu['bare']:6.2f} s   ratio "
          f"{med['pack'] / med['bare']:.2f}x wall, {cpu['pack'] / cpu['bare']:.2f}x CPU (target <= 1.3x)")
    print(f"  median bare openpyxl (values)  {med['values']:6.2f} s  CPU {cpu['values']:6.2f} s   ratio "
          f"{med['pack'] / med['values']:.2f}x wall, {cpu['pack'] / cpu['values']:.2f}x CPU")
    print(f"  targets: under 60 s {'OK' if med['pack'] < 60 else 'MISSED'}; under 300 MB "
          f"{'OK' if peak < 300 else 'MISSED'}; within 1.3x {'OK' if med['pack'] <= 1.3 * med['bare'] else 'MISSED'}")


if __name__ == "__main__":
    main()
