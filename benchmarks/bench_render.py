"""How much the report renderers cost over bare openpyxl and bare reportlab, measured in the same run.

A 10,000-row loan list (the size of a branch's active portfolio) is rendered to xlsx and pdf by
``reports.xlsx.write_xlsx`` / ``reports.pdf.write_pdf`` and, as baselines, written with the same values by:

* bare openpyxl: a write-only workbook, one ``append`` per row of raw values, no styles or formats;
* bare reportlab: a ``SimpleDocTemplate`` with one ``LongTable`` (header repeated) of ``str()`` values and no
  styling -- the same table class Angsur uses, so the ratio measures our formatting, not a class choice.

Run: ``cd /work/main && .venv/bin/python benchmarks/bench_render.py [rows] [repeats]``
"""
from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from models.core.money import D  # noqa: E402
from reports.base import Column, Kind, Letterhead, ReportTable, sum_column  # noqa: E402
from reports.pdf import write_pdf  # noqa: E402
from reports.xlsx import write_xlsx  # noqa: E402

COLUMNS = (
    Column("no", "No", Kind.INT), Column("kontrak", "No. Kontrak"), Column("nama", "Nama Nasabah"),
    Column("cair", "Tgl Cair", Kind.DATE), Column("plafon", "Plafon", Kind.MONEY),
    Column("sisa", "Sisa Pokok", Kind.MONEY), Column("bunga", "Bunga Efektif", Kind.PERCENT),
)


def make_table(n: int) -> ReportTable:
    rows = tuple({
        "no": i, "kontrak": f"KTR/{i:06d}", "nama": f"Nasabah Nomor {i}",
        "cair": dt.date(2020 + i % 6, 1 + i % 12, 1 + i % 28), "plafon": D(1_250_000) + i * 1000,
        "sisa": D(1_000_000) + D(i) / 100, "bunga": D("31.69"),
    } for i in range(1, n + 1))
    return ReportTable("Daftar Pinjaman Aktif", COLUMNS, rows,
                       totals={"plafon": sum_column(rows, "plafon"), "sisa": sum_column(rows, "sisa")},
                       meta=(("Cabang", "Bandung"),))


def bare_openpyxl(table: ReportTable, path: Path) -> None:
    from openpyxl import Workbook
    wb = Workbook(write_only=True)
    ws = wb.create_sheet()
    keys = [c.key for c in table.columns]
    ws.append([c.label for c in table.columns])
    for row in table.rows:
        ws.append([row[k] for k in keys])  # openpyxl writes Decimal as a number without a format
    wb.save(path)


def bare_reportlab(table: ReportTable, path: Path) -> None:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import LongTable, SimpleDocTemplate
    keys = [c.key for c in table.columns]
    data = [[c.label for c in table.columns]] + [[str(row[k]) for k in keys] for row in table.rows]
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build([LongTable(data, repeatRows=1)])


def median_time(fn, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    table = make_table(n)
    head = Letterhead("KSP Maju Bersama", "Bandung", "Jl. Asia Afrika No. 1", "022-4201234")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        # warm the imports so neither side pays them inside the timing
        bare_openpyxl(make_table(10), out / "w.xlsx")
        bare_reportlab(make_table(10), out / "w.pdf")
        results = [
            ("xlsx", median_time(lambda: write_xlsx(table, out / "a.xlsx", head), repeats),
             median_time(lambda: bare_openpyxl(table, out / "b.xlsx"), repeats)),
            ("pdf", median_time(lambda: write_pdf(table, out / "a.pdf", head, orientation="landscape",
                                                  printed_by="bench"), repeats),
             median_time(lambda: bare_reportlab(table, out / "b.pdf"), repeats)),
        ]
    print(f"{n} rows, median of {repeats}")
    print(f"{'format':<6} {'angsur':>9} {'baseline':>9} {'ratio':>6}")
    for name, ours, base in results:
        print(f"{name:<6} {ours:>8.2f}s {base:>8.2f}s {ours / base:>5.2f}x")


if __name__ == "__main__":
    main()
