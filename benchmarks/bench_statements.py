"""1.000 loan statements (kartu angsuran) in one PDF, next to bare reportlab platypus of the same pages.

* Angsur: ``reports.loan_statement.write_statements_pdf`` -- the queries (four per 400 loans), the letterhead,
  the customer block, the installment card, totals, a footer per page with the page number *within* each
  statement, DejaVu Sans embedded.
* Baseline, same run: a ``SimpleDocTemplate`` fed the same cell text already in memory (no queries), the same
  three tables and two paragraphs per statement and a page break between statements, with no styles,
  letterhead, footer or font embedding (Helvetica).  The ratio is therefore what Angsur's reading, layout and
  decoration cost over the cheapest platypus writing of those pages.

The office: ``--db FILE`` with active loans (e.g. one built by ``benchmarks/make_office.py``); without it a
300-customer demo office is built into a temporary file (about 15 s, not timed).  When the office has fewer
loans than asked for, its loans are used again in turn (statements of the same sizes; the PDF still holds N
statements and their pages).

Run: ``python benchmarks/bench_statements.py [--db FILE] [--n 1000] [--repeats 3]``
Target (issue 16): within 1,5x of the baseline and under 12 s for 1.000 statements.
"""
from __future__ import annotations

import argparse
import datetime as dt
import itertools
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _baseline(statements, path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

    from reports.loan_statement import _HEAD, _d, _m

    st = getSampleStyleSheet()
    story = []
    for n, s in enumerate(statements):
        if n:
            story.append(PageBreak())
        story.append(Paragraph("KARTU ANGSURAN / REKENING PINJAMAN", st["Title"]))
        story.append(Paragraph(f"Posisi per {_d(s.as_of)}", st["Normal"]))
        story.append(Table([["Nama nasabah", s.customer, "No. kontrak", s.contract_no],
                            ["No. anggota", s.customer_no, "Produk", s.product],
                            ["Alamat", s.address[:40], "Pokok pinjaman", _m(s.principal)],
                            ["Telepon", s.phone, "Bunga / metode", s.method],
                            ["Petugas (AO)", s.officer, "Tenor / angsuran", str(s.tenor)],
                            ["Cabang", s.branch, "Cair / angsuran akhir", _d(s.maturity_date)],
                            ["", "", "Status", s.status]]))
        data = [list(_HEAD)]
        for line in s.lines:
            pays = line.payments
            data.append([str(line.no), _d(line.due_date), _m(line.amount), "\n".join(_d(p.date) for p in pays),
                         "\n".join(p.receipt_no for p in pays), "\n".join(_m(p.paid) for p in pays),
                         "\n".join(_m(p.fee) for p in pays), _m(line.fee_waived), _m(line.balance), line.status])
        t = s.totals
        data.append(["TOTAL", "", _m(t["amount"]), "", str(t["receipts"]), _m(t["paid"]), _m(t["fee_paid"]),
                     _m(t["fee_waived"]), _m(t["outstanding"]), ""])
        story.append(Table(data, repeatRows=1))
        story.append(Table([["Jumlah angsuran terjadwal", _m(t["amount"]), "Sisa pokok", _m(t["outstanding"])],
                            ["Pokok + bunga dibayar", _m(t["paid"]), "Tunggakan", _m(t["arrears"])],
                            ["Denda dibayar / dihapus", _m(t["fee_paid"]), "Titipan tersimpan", _m(s.advance)]]))
        story.append(Paragraph("Angka dalam tabel dalam rupiah. Kwitansi yang dibatalkan tidak dicantumkan.",
                               st["Normal"]))
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench_statements_"))
    db = args.db
    if not db:
        db = str(tmp / "office.db")
        print("building a 300-customer demo office (not timed) …", flush=True)
        subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", db, "demo", "--customers", "300"],
                       check=True, stdout=subprocess.DEVNULL)
    from models.core.db import open_database
    from reports.loan_statement import iter_statements, select_loans, write_statements_pdf

    open_database(db)
    active = select_loans(all_active=True)
    if not active:
        print("the office has no active loans")
        return 1
    ids = list(itertools.islice(itertools.cycle(active), args.n))
    as_of = dt.date.today()
    print(f"{args.n} statements from {len(active)} distinct active loans; {args.repeats} runs each")

    # Wall time, and this process's CPU time: on a shared machine (other jobs on the same cores) the CPU time is
    # what the same run would take on an idle one.
    ours, bare, ours_cpu, bare_cpu = [], [], [], []
    for r in range(args.repeats):
        t0, c0 = time.perf_counter(), time.process_time()
        out = write_statements_pdf(ids, tmp / f"ours{r}.pdf", as_of=as_of, printed_by="bench")
        ours.append(time.perf_counter() - t0)
        ours_cpu.append(time.process_time() - c0)
        statements = list(iter_statements(ids, as_of))      # the baseline gets its data for free
        t0, c0 = time.perf_counter(), time.process_time()
        _baseline(statements, tmp / f"bare{r}.pdf")
        bare.append(time.perf_counter() - t0)
        bare_cpu.append(time.process_time() - c0)
    from pypdf import PdfReader

    pages = len(PdfReader(str(out)).pages)
    bare_pages = len(PdfReader(str(tmp / "bare0.pdf")).pages)
    m_ours, m_bare = statistics.median(ours), statistics.median(bare)
    print(f"pages: Angsur {pages}, bare {bare_pages}")
    print(f"Angsur write_statements_pdf  median {m_ours:6.2f} s   runs {', '.join(f'{x:.2f}' for x in ours)}")
    print(f"bare reportlab platypus       median {m_bare:6.2f} s   runs {', '.join(f'{x:.2f}' for x in bare)}")
    c_ours, c_bare = statistics.median(ours_cpu), statistics.median(bare_cpu)
    print(f"CPU time: Angsur median {c_ours:6.2f} s, bare {c_bare:6.2f} s, ratio {c_ours / c_bare:.2f}x")
    ratio = m_ours / m_bare
    print(f"wall ratio {ratio:.2f}x (target <= 1.5x); {'OK' if ratio <= 1.5 and m_ours < 12 else 'MISSED'} "
          f"(target < 12 s wall); CPU {'OK' if c_ours < 12 else 'MISSED'} (< 12 s CPU)")
    print(f"file size: Angsur {out.stat().st_size / 1e6:.1f} MB, bare {(tmp / 'bare0.pdf').stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
