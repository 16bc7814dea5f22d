"""Collections at the size of a large branch: today's worklist, warning letters to PDF, premature arrears.

    python benchmarks/bench_collections.py [--loans 100000] [--letters 1000] [--db /tmp/coll.db] [--keep]

A minimal bulk builder makes the office (the demo core: staff, chart, products, dealers, 20 customers) and then
copies one real customer, loan and installment row per new row with raw ``executemany`` (CONVENTIONS: bulk
writes bypass the ORM): ``--loans`` loans of 24 monthly installments disbursed over the last 24 months, each
paying on time, late or stopping by a seeded random draw, with summary columns consistent with the rows, spread
over four collectors' areas, with a few thousand contacts and promises.

Figures, each beside a raw baseline measured in the same run (medians of several rounds):

* worklist: :func:`models.collections.collections.worklist` for the branch head vs the same SQL through bare ``sqlite3``;
* letters: :func:`reports.collections_pdf.write_letters_pdf` of ``--letters`` letters vs the same pages drawn
  by bare reportlab from ready strings (and, apart, the batch :func:`models.collections.warning_letters.issue_batch`);
* premature: :func:`models.collections.premature.compute` per officer and per dealer vs the bare ``sqlite3`` reads it needs.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TODAY = dt.date(2026, 11, 23)
AREAS = [("Cicendo", "Pamoyanan"), ("Coblong", "Dago"), ("Antapani", "Antapani Kidul"), ("Cibiru", "Cisurupan"),
         ("Rancaekek", "Sukamanah"), ("Cimahi Utara", "Citeureup")]


CPU: dict = {}  # label -> median CPU seconds of the last median() call with that label


def median(fn, rounds: int, label: str = "") -> float:
    """Median wall time of ``fn``; the median CPU time (this process only) is kept in ``CPU[label]``.

    On a shared machine the wall time includes waiting for a core; the CPU time is what an idle desk would
    see, so both are printed.
    """
    times, cpu = [], []
    for _ in range(rounds):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    if label:
        CPU[label] = statistics.median(cpu)
    return statistics.median(times)


def cpu(label: str) -> str:
    return f"{CPU[label] * 1000:.0f} ms CPU"


def _row(cursor, table: str):
    cols = [r[1] for r in cursor.execute(f"PRAGMA table_info({table})")]
    row = list(cursor.execute(f"SELECT * FROM {table} ORDER BY id LIMIT 1").fetchone())
    return cols, row


def build(path: Path, loans: int, seed: int = 15) -> float:
    """The office and ``loans`` loans; returns seconds taken."""
    from models.core import db as dbmod
    from models.demo import build as demo
    from models.products.loanmath import add_months

    started = time.perf_counter()
    dbmod.open_database(path)
    saved = demo.DEMO_STEPS
    demo.DEMO_STEPS = ["models.demo.build:build_core", "models.demo.ledger:build_demo", "models.demo.products:build_demo",
                       "models.demo.customers:build_demo"]
    try:
        demo.build_demo(seed=seed, customers=20, today=TODAY, log=lambda _m: None)
    finally:
        demo.DEMO_STEPS = saved
    # one real loan to copy
    from tests.payments_helpers import disburse  # the test helper: a loan as the branch disburses it

    disburse("TPL/0001", start=dt.date(2025, 1, 31))
    dbmod.close_database()
    con = sqlite3.connect(str(path))
    cur = con.cursor()
    rng = random.Random(seed)
    ccols, crow = _row(cur, "customer")
    lcols, lrow = _row(cur, "loan")
    icols, irow = _row(cur, "installment")
    template_loan = lrow[0]
    officers = [r[0] for r in cur.execute("SELECT id FROM user WHERE role = 'officer'")]
    collectors = [r[0] for r in cur.execute("SELECT id FROM user WHERE role IN ('collector', 'officer')")]
    dealers = [r[0] for r in cur.execute("SELECT id FROM dealer")]
    cid0 = cur.execute("SELECT MAX(id) FROM customer").fetchone()[0] + 1
    lid0 = cur.execute("SELECT MAX(id) FROM loan").fetchone()[0] + 1
    iid0 = cur.execute("SELECT MAX(id) FROM installment").fetchone()[0] + 1
    ci = {c: n for n, c in enumerate(ccols)}
    li = {c: n for n, c in enumerate(lcols)}
    ii = {c: n for n, c in enumerate(icols)}
    customers, loan_rows, inst_rows, assign_rows, contact_rows = [], [], [], [], []
    principal, interest = 666_667_00, 240_000_00
    amount = principal + interest
    iid = iid0
    for n in range(loans):
        cid, lid = cid0 + n, lid0 + n
        district, village = AREAS[n % len(AREAS)]
        c = list(crow)
        c[ci["id"]] = cid
        c[ci["nik"]] = f"3273{n:012d}"
        c[ci["full_name"]] = f"Nasabah Uji {n}"
        c[ci["phone"]] = f"+62812{n:08d}"
        c[ci["district"]], c[ci["village"]] = district, village
        c[ci["officer_id"]] = officers[n % len(officers)]
        if "member_no" in ci:
            c[ci["member_no"]] = None
        customers.append(c)
        disbursed = TODAY - dt.timedelta(days=rng.randint(1, 730))
        risk = rng.random()
        paid_count = 0
        oldest = None
        last_paid = None
        for no in range(1, 25):
            due = add_months(disbursed, no, disbursed.day)
            row = list(irow)
            row[ii["id"]] = iid
            row[ii["loan_id"]] = lid
            row[ii["no"]], row[ii["due_date"]] = no, due.isoformat()
            row[ii["principal"]], row[ii["interest"]], row[ii["amount"]] = principal, interest, amount
            paid = None
            if due <= TODAY and oldest is None:
                roll = rng.random()
                if risk < 0.08 and roll < 0.5 or roll < 0.03:
                    paid = None  # stops here
                else:
                    paid = due + dt.timedelta(days=rng.randint(0, 40) if risk < 0.3 else rng.randint(-5, 0))
                    paid = min(paid, TODAY)
            if paid is not None:
                row[ii["principal_paid"]], row[ii["interest_paid"]] = principal, interest
                row[ii["paid_on"]] = paid.isoformat()
                paid_count += 1
                last_paid = paid
            else:
                row[ii["principal_paid"]], row[ii["interest_paid"]] = 0, 0
                row[ii["paid_on"]] = None
                if oldest is None:
                    oldest = due
            inst_rows.append(row)
            iid += 1
        lo = list(lrow)
        lo[li["id"]] = lid
        lo[li["contract_no"]] = f"BEN/{n:07d}"
        lo[li["customer_id"]] = cid
        lo[li["officer_id"]] = officers[n % len(officers)]
        lo[li["dealer_id"]] = dealers[n % len(dealers)] if dealers else None
        lo[li["disbursed_on"]] = lo[li["contract_date"]] = disbursed.isoformat()
        lo[li["first_due"]] = add_months(disbursed, 1, disbursed.day).isoformat()
        lo[li["maturity_date"]] = add_months(disbursed, 24, disbursed.day).isoformat()
        lo[li["principal"]] = principal * 24
        lo[li["principal_paid"]] = principal * paid_count
        lo[li["interest_paid"]] = interest * paid_count
        lo[li["outstanding_principal"]] = principal * (24 - paid_count)
        lo[li["installments_paid"]] = paid_count
        lo[li["oldest_unpaid_due"]] = oldest.isoformat() if oldest else None
        lo[li["last_payment_on"]] = last_paid.isoformat() if last_paid else None
        lo[li["status"]] = "active" if oldest else "paid_off"
        loan_rows.append(lo)
        assign_rows.append((lid, collectors[n % len(collectors)], "area", "", disbursed.isoformat(), None, None,
                            disbursed.isoformat()))
        if oldest and oldest < TODAY and rng.random() < 0.1:
            visit = TODAY - dt.timedelta(days=rng.randint(1, 10))
            contact_rows.append((lid, cid, collectors[n % len(collectors)], visit.isoformat(), "visit", "promise",
                                 (visit + dt.timedelta(days=rng.randint(1, 8))).isoformat(), amount, "",
                                 visit.isoformat()))
    ph = lambda cols: ", ".join("?" for _ in cols)  # noqa: E731
    cur.execute("BEGIN")
    cur.executemany(f"INSERT INTO customer ({', '.join(ccols)}) VALUES ({ph(ccols)})", customers)
    cur.executemany(f"INSERT INTO loan ({', '.join(lcols)}) VALUES ({ph(lcols)})", loan_rows)
    cur.executemany(f"INSERT INTO installment ({', '.join(icols)}) VALUES ({ph(icols)})", inst_rows)
    cur.executemany("INSERT INTO collection_assignment (loan_id, collector_id, how, reason, started_on, ended_on, "
                    "assigned_by_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", assign_rows)
    cur.executemany("INSERT INTO collection_contact (loan_id, customer_id, user_id, date, channel, result, "
                    "promise_date, promise_amount, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    contact_rows)
    cur.execute("DELETE FROM installment WHERE loan_id = ?", (template_loan,))
    cur.execute("UPDATE loan SET status = 'paid_off', oldest_unpaid_due = NULL WHERE id = ?", (template_loan,))
    con.commit()
    cur.execute("ANALYZE")
    con.close()
    return time.perf_counter() - started


def bare_letters(pages: list[dict], path: Path) -> None:
    """The same letter pages drawn by bare reportlab from ready strings (the baseline)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4, pageCompression=1)
    width, height = A4
    for p in pages:
        y = height - 45
        canvas.setFont("Helvetica-Bold", 12)
        canvas.drawString(62, y, p["head"])
        canvas.setFont("Helvetica", 8.5)
        canvas.drawString(62, y - 13, p["contact"])
        canvas.line(62, y - 20, width - 62, y - 20)
        y -= 42
        canvas.setFont("Helvetica", 10)
        for line in p["top"]:
            canvas.drawString(62, y, line)
            y -= 14
        canvas.setFont("Helvetica-Bold", 12)
        canvas.drawCentredString(width / 2, y, p["title"])
        y -= 38
        canvas.setFont("Helvetica", 10)
        for paragraph in p["body"].split("\n"):
            for line in simpleSplit(paragraph, "Helvetica", 10, width - 124):
                canvas.drawString(62, y, line)
                y -= 13.5
        for label, value in p["amounts"]:
            canvas.drawString(82, y, label)
            canvas.drawRightString(362, y, value)
            y -= 14
        canvas.drawString(width - 242, y - 40, "Hormat kami,")
        canvas.drawString(width - 242, y - 100, p["signer"])
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(62, 40, p["foot"])
        canvas.showPage()
    canvas.save()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--loans", type=int, default=100_000)
    parser.add_argument("--letters", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--db", default="")
    parser.add_argument("--keep", action="store_true", help="reuse --db if it exists")
    args = parser.parse_args(argv)
    path = Path(args.db) if args.db else Path(tempfile.mkdtemp(prefix="angsur-coll-")) / "coll.db"
    if not (args.keep and path.exists()):
        if path.exists():
            path.unlink()
        seconds = build(path, args.loans)
        print(f"built {args.loans:,} loans in {seconds:.1f} s -> {path}")

    from models.collections import collections as col
    from models.collections import premature
    from models.core import db as dbmod
    from models.core.users import User

    database = dbmod.open_database(path)
    user = User.get(User.username == "kacab")
    as_of = TODAY
    rows = col.worklist(user, as_of)
    raw = sqlite3.connect(str(path))
    keys_sql, keys_params = col._keys_sql(as_of)
    assert len(raw.execute(keys_sql, keys_params).fetchall()) >= len(rows)

    def page_open():  # what the page does when it opens: the keys, then the first block it paints
        keys = col.worklist_keys(user, as_of)
        col.worklist_rows(keys[:100], as_of, amounts=False)
        return keys

    def raw_page_open():
        ids = [r[0] for r in raw.execute(keys_sql, keys_params).fetchall()][:100]
        sql, params = col._rows_sql(ids, as_of, amounts=False)
        raw.execute(sql, params).fetchall()

    first = [k.loan_id for k in col.worklist_keys(user, as_of)[:50]]
    marks = ", ".join("?" for _ in first)

    def raw_figures():  # the rows counter_view works from
        raw.execute(f"SELECT * FROM loan WHERE id IN ({marks})", first).fetchall()
        raw.execute(f"SELECT * FROM installment WHERE loan_id IN ({marks}) ORDER BY loan_id, no", first).fetchall()

    t_raw_fig = median(raw_figures, args.rounds, "rawfig")
    t_fig50 = median(lambda: col.cashier_figures(first, as_of), args.rounds, "fig")

    t_raw = median(raw_page_open, args.rounds, "raw")
    t_page = median(page_open, args.rounds, "page")
    print(f"worklist page opens: {len(rows):,} of {args.loans:,} loans to chase, first 100 rows; "
          f"{t_page * 1000:.0f} ms ({cpu('page')}), raw sqlite3 {t_raw * 1000:.0f} ms ({cpu('raw')}), "
          f"ratio {t_page / t_raw:.2f} (target < 500 ms, within 2x)")
    print(f"  + the cashier's figure (counter_view) of the 50 rows painted first: {t_fig50 * 1000:.0f} ms "
          f"({cpu('fig')}); reading their loans and installments raw {t_raw_fig * 1000:.0f} ms ({cpu('rawfig')})")

    def raw_full():
        ids = [r[0] for r in raw.execute(keys_sql, keys_params).fetchall()]
        for start in range(0, len(ids), 500):
            sql, params = col._rows_sql(ids[start:start + 500], as_of, amounts=True)
            raw.execute(sql, params).fetchall()

    t_raw_full = median(raw_full, args.rounds, "rawfull")
    t_full = median(lambda: col.worklist(user, as_of), args.rounds, "full")
    print(f"whole worklist with every row's arrears (route sheet, exports): {t_full * 1000:.0f} ms "
          f"({cpu('full')}), raw sqlite3 {t_raw_full * 1000:.0f} ms ({cpu('rawfull')}), "
          f"ratio {t_full / t_raw_full:.2f}")
    collector = User.get(User.username == "kolektor")
    mine = col.worklist(collector, as_of)
    t_mine = median(lambda: col.worklist(collector, as_of), args.rounds, "mine")
    print(f"  one collector's whole list with arrears: {len(mine):,} accounts in {t_mine * 1000:.0f} ms "
          f"({cpu('mine')})")
    broken = sum(1 for r in rows if r.priority == col.PRIORITY_BROKEN)
    print(f"  {broken:,} broken promises on top")

    # premature arrears and vintage
    start = premature._window(as_of, 24).isoformat()
    cohort_sql, late_sql = premature._statements("l.officer_id", "l.disbursed_on >= ? AND l.disbursed_on <= ?")

    def raw_premature():  # the same two reads through bare sqlite3
        raw.execute(cohort_sql, (start, as_of.isoformat())).fetchall()
        raw.execute(late_sql, (start, as_of.isoformat(), as_of.isoformat())).fetchall()

    t_raw_p = median(raw_premature, args.rounds, "praw")
    t_off = median(lambda: premature.compute(as_of, group="officer"), max(1, args.rounds // 2), "off")
    t_dea = median(lambda: premature.compute(as_of, group="dealer"), max(1, args.rounds // 2), "dea")
    groups, vintages, _f = premature.compute(as_of, group="dealer")
    print(f"premature: per officer {t_off:.2f} s ({cpu('off')}), per dealer {t_dea:.2f} s ({cpu('dea')}); "
          f"{len(groups)} dealers, {len(vintages)} vintages; raw sqlite3 reads {t_raw_p:.2f} s ({cpu('praw')}) "
          f"(target < 3 s)")

    # warning letters
    from models.collections.warning_letters import WarningLetter, issue_batch
    from reports.collections_pdf import letter_pages, write_letters_pdf

    started = time.perf_counter()
    with database.atomic():
        ids = [r.loan_id for r in rows if r.dpd >= 31][:args.letters]
    batch = issue_batch(user, as_of, loan_ids=ids)
    t_issue = time.perf_counter() - started
    if batch.letters:
        letters = list(WarningLetter.select().where(WarningLetter.id.in_([l.id for l in batch.letters])))
    else:  # a --keep run on a database whose letters of the day were issued already
        letters = list(WarningLetter.select().order_by(WarningLetter.id).limit(args.letters))
    out = path.parent
    t_pdf = median(lambda: write_letters_pdf(letters, out / "sp.pdf", signer="Sri Wahyuni"), 3, "pdf")
    from models.core.money import format_rupiah
    from reports.quote_pdf import office_letterhead

    head = office_letterhead().lines()
    pages = []
    for p in letter_pages(letters):
        pages.append({"head": head[0], "contact": head[1] if len(head) > 1 else "",
                      "top": [f"Nomor : {p['number']}", f"Perihal : {p['title']}", "Kepada Yth.", p["customer"]]
                      + p["address"], "title": p["title"], "body": p["body"],
                      "amounts": [("Tunggakan angsuran", format_rupiah(p["arrears"])),
                                  ("Denda", format_rupiah(p["late_fees"])), ("Jumlah", format_rupiah(p["total"]))],
                      "signer": "Sri Wahyuni", "foot": f"{p['stage']} {p['number']}"})
    t_bare = median(lambda: bare_letters(pages, out / "bare.pdf"), 3, "bare")
    issued = (f"{len(batch.letters):,} issued in {t_issue:.2f} s (numbers, amounts, text)" if batch.letters else
              f"none left to issue today (--keep): {len(letters):,} printed again")
    print(f"letters: {issued}; PDF {t_pdf:.2f} s "
          f"({cpu('pdf')}), bare reportlab {t_bare:.2f} s ({cpu('bare')}), ratio {t_pdf / t_bare:.2f} "
          f"(target < 15 s, within 1.5x)")
    dbmod.close_database()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
