"""The month-end close for N loans (default 100,000) next to the same aggregate in raw SQL, in the same run.

Builds an office quickly with bulk inserts (``executemany``; a minimal builder kept inside this benchmark):
the demo core, chart and products through their demo steps, then N customers and N flat-rate loans disbursed
over the 18 months before the month end, their installments, effective-interest income schedules (from a few
dozen loan templates, so the IRR is solved once per template), the deferred fees, and their payments — most
customers pay every installment on its due date, some are a few months behind, some far behind (so the month
end has non-accrual loans and an allowance in every class).  One opening journal puts the loans, the deferred
fees and the bank into the ledger, so the reconciliation step has books that agree.  (The bulk payments carry
no journals and their receipts are not gap-free: ``check`` flags those two things on this file, which is built
for timing only.)

Then it times, each on a fresh copy of that file:

* Angsur: :func:`models.accounting.month_end.run_all` — advances due, accruals, non-accrual reversals, allowance,
  reconciliation checks, close (snapshot + period close): every step set-based, journals posted through the
  ledger's one posting function, audit rows;
* raw: ``sqlite3`` running the same aggregate by hand — the month-end base aggregate
  (:func:`models.accounting.month_end.state_sql`), the sub-ledger sums joined on it, and the per-loan writes of the run
  (the accrual, non-accrual and allowance entries and the snapshot), each one ``INSERT … SELECT``.

Target (issue 14): Angsur within 2× of raw and under 30 s for 100,000 loans on this 2-core machine.

Run: ``.venv/bin/python benchmarks/bench_month_end.py [--loans N] [--rounds R] [--db FILE]``, or on an office
built by ``benchmarks/make_office.py``: ``… bench_month_end.py --office /tmp/office10k.db``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import sqlite3
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from models.core.db import close_database, open_database  # noqa: E402

PERIOD_END = dt.date(2026, 10, 31)
TODAY = dt.date(2026, 11, 20)


def _add_months(day: dt.date, n: int) -> dt.date:
    from models.products.loanmath import add_months

    return add_months(day, n)


def _templates():
    """A few dozen loan shapes: (principal sen, rate, tenor, fee sen, installments, interest parts, income rows)."""
    from models.core.money import D, to_minor
    from models.products.effective_interest import income_table

    out = []
    for principal in (5_000_000, 8_000_000, 12_000_000, 18_000_000, 25_000_000, 40_000_000):
        for rate in (18, 24, 30):
            for tenor in (12, 24):
                interest = principal * rate // 100 // 12
                part = -(-(principal // tenor + interest) // 1000) * 1000  # rounded up to Rp 1.000
                flows = [part] * (tenor - 1) + [principal + interest * tenor - part * (tenor - 1)]
                principal_parts = [principal // tenor] * (tenor - 1) + [principal - principal // tenor * (tenor - 1)]
                interest_parts = [f - p for f, p in zip(flows, principal_parts)]
                fee = principal * 2 // 100
                table = income_table(D(principal), [D(f) for f in flows], D(fee))
                out.append(dict(principal=principal * 100, rate=rate, tenor=tenor, fee=fee * 100,
                                flows=[f * 100 for f in flows], pparts=[p * 100 for p in principal_parts],
                                iparts=[i * 100 for i in interest_parts],
                                inc=[(to_minor(r.interest), to_minor(r.fee)) for r in table.rows]))
    return out


def _bulk(db, table: str, columns: tuple, rows) -> None:
    marks = ", ".join([db.param] * len(columns))
    db.cursor().executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)


def build(path: Path, loans: int, seed: int = 14) -> float:
    """Build the office into ``path`` (replacing it); returns seconds taken."""
    from models.core.db import database
    from models.core.office import Branch
    from models.core.users import User
    from models.demo import build as demo
    from models.ledger.chart import Line
    from models.ledger.journals import post_journal
    from models.loans.loans import Loan
    from models.products.products import LoanProduct

    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    started = time.perf_counter()
    open_database(path)
    steps = demo.DEMO_STEPS
    demo.DEMO_STEPS = ["models.demo.build:build_core", "models.demo.ledger:build_demo", "models.demo.products:build_demo"]
    try:
        demo.build_demo(seed=seed, customers=0, today=TODAY, log=lambda _m: None)
    finally:
        demo.DEMO_STEPS = steps
    db = database.obj
    rng = random.Random(seed)
    branch = Branch.select().first().id
    officer = User.get(User.username == "cmo1").id
    cashier = User.get(User.username == "kasir").id
    product = LoanProduct.get(LoanProduct.code == "KM").id
    stamp = "2026-11-20 08:00:00"
    templates = _templates()
    with db.atomic():
        _bulk(db, "customer", ("id", "branch_id", "officer_id", "status", "status_reason", "full_name", "nik",
                               "kk_number", "npwp", "birth_place", "birth_date", "gender", "marital_status",
                               "mother_maiden_name", "address", "rt", "rw", "region_code", "village", "district",
                               "regency", "province", "postal_code", "phone", "phone2", "email", "occupation",
                               "employer", "monthly_income", "monthly_expenses", "spouse_name", "spouse_nik",
                               "spouse_phone", "emergency_name", "emergency_relation", "emergency_phone",
                               "home_ownership", "notes", "created_at", "updated_at", "version"),
              [(i, branch, officer, "aktif", "", f"Nasabah {i}", f"32730{i:011d}", "", "", "", "1990-01-01", "L",
                "", "", "", "", "", f"32.73.0{i % 9 + 1}.1001", "", "", "", "", "", "", "", "", "", "", 0, 0, "",
                "", "", "", "", "", "", "", stamp, stamp, 1) for i in range(1, loans + 1)])
        loan_rows, inst_rows, sched_rows, income_rows, entry_rows, pay_rows, alloc_rows = [], [], [], [], [], [], []
        inst_id = pay_id = 0
        total_out = total_fee = 0
        for i in range(1, loans + 1):
            t = templates[rng.randrange(len(templates))]
            start = PERIOD_END - dt.timedelta(days=rng.randrange(1, 540))
            dues = [_add_months(start, k) for k in range(1, t["tenor"] + 1)]
            fallen = sum(1 for d in dues if d <= PERIOD_END)
            behaviour = rng.random()
            missed = 0 if behaviour < 0.80 else rng.randint(1, 2) if behaviour < 0.92 else rng.randint(3, 8)
            paid = max(0, fallen - missed)
            paid_principal = sum(t["pparts"][:paid])
            paid_interest = sum(t["iparts"][:paid])
            status = "paid_off" if paid == t["tenor"] else "active"
            closed_on = dues[-1].isoformat() if status == "paid_off" else None
            outstanding = t["principal"] - paid_principal
            oldest = dues[paid].isoformat() if paid < t["tenor"] else None
            loan_rows.append((i, f"BDG/B/{i:07d}", i, product, branch, officer, None, None, status, "flat", "monthly",
                              t["rate"] * 10000, t["tenor"], "1000", 0, t["principal"], 0, 0, t["fee"], 0, 0, 0,
                              t["flows"][0], sum(t["iparts"]), 0, 0, 0, None, None, "fee,interest,principal", 0,
                              False, "schedule",  # move_due_off_holidays, payoff_principal_basis
                              start.isoformat(), start.isoformat(), dues[0].isoformat(), dues[-1].isoformat(),
                              outstanding, paid_principal, paid_interest, 0, 0, 0, paid, oldest,
                              oldest,  # arrears_from
                              dues[paid - 1].isoformat() if paid else None, closed_on, "", None, stamp, stamp))
            if status == "active":
                total_out += outstanding
            total_fee += t["fee"]
            prev = start
            for k in range(t["tenor"]):
                inst_id += 1
                is_paid = k < paid
                inst_rows.append((inst_id, i, k + 1, dues[k].isoformat(), t["pparts"][k], t["iparts"][k], t["flows"][k],
                                  t["pparts"][k] if is_paid else 0, t["iparts"][k] if is_paid else 0, 0, 0, 0,
                                  dues[k].isoformat() if is_paid else None, 0))
                sched_rows.append((i, k + 1, prev.isoformat(), dues[k].isoformat(), t["inc"][k][0], t["inc"][k][1]))
                prev = dues[k]
                if is_paid:
                    pay_id += 1
                    pay_rows.append((pay_id, f"KW/B/{pay_id:08d}", i, branch, "installment", dues[k].isoformat(),
                                     t["flows"][k], "cash", "", cashier, "posted", "", 0, 0, stamp, ""))
                    alloc_rows.append((pay_id, inst_id, "interest", t["iparts"][k]))
                    alloc_rows.append((pay_id, inst_id, "principal", t["pparts"][k]))
            income_rows.append((i, "effective", "0", t["fee"], 0, stamp))
            entry_rows.append((i, start.isoformat(), "disbursement", t["fee"], 0, 0, 0, 0, 0, 0, stamp))
        _bulk(db, "loan", tuple(f.column_name for f in Loan._meta.sorted_fields), loan_rows)
        _bulk(db, "installment", ("id", "loan_id", "no", "due_date", "principal", "interest", "amount",
                                  "principal_paid", "interest_paid", "late_fee_paid", "late_fee_waived",
                                  "interest_waived", "paid_on", "fee_accrued"), inst_rows)
        _bulk(db, "loan_income_schedule", ("loan_id", "no", "start_date", "due_date", "interest", "fee"), sched_rows)
        _bulk(db, "loan_income", ("loan_id", "method", "rate", "fees", "costs", "created_at"), income_rows)
        _bulk(db, "loan_income_entry", ("loan_id", "date", "source", "deferred", "accrued", "allowance",
                                        "interest_income", "fee_income", "suspended", "modification", "created_at"),
              entry_rows)
        _bulk(db, "payment", ("id", "receipt_no", "loan_id", "branch_id", "kind", "date", "amount", "method",
                              "reference", "cashier_id", "status", "reason", "outstanding_after", "print_count",
                              "created_at", "receipt_facts"), pay_rows)
        _bulk(db, "payment_allocation", ("payment_id", "installment_id", "part", "amount"), alloc_rows)
        # The loans' book value enters the ledger once (as an imported book would), so the books reconcile.
        from models.core.money import from_minor
        from models.loans.loan_income import ensure_accounts

        from models.core.users import system_context

        ensure_accounts()
        with system_context():  # a builder posting without a logged-in user, as the demo builder does
            post_journal(None, dt.date(2025, 4, 30), "Saldo awal portofolio (benchmark)", "opening",
                         [Line("1301", debit=from_minor(total_out)), Line("1305", credit=from_minor(total_fee)),
                          Line("1111", credit=from_minor(total_out - total_fee))], _allow_control=True)
    db.execute_sql("ANALYZE")
    close_database()
    return time.perf_counter() - started


def _copy(src: Path, dst: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(dst) + suffix).unlink(missing_ok=True)
    shutil.copyfile(src, dst)


def time_angsur(path: Path) -> tuple[float, dict]:
    from models.accounting import month_end as me
    from models.core.users import User
    from models.loans.snapshots import LoanSnapshot

    open_database(path)
    accountant = User.get(User.username == "akuntan")
    started = time.perf_counter()
    results = me.run_all(accountant, PERIOD_END)
    elapsed = time.perf_counter() - started
    figures = {r.step: dict(r.figures) for r in results}
    figures["snapshot rows"] = LoanSnapshot.select().where(LoanSnapshot.period_end == PERIOD_END).count()
    close_database()
    return elapsed, figures


def raw_statements(path: Path) -> list[tuple[str, list]]:
    """The SQL of the same aggregate and writes, taken from the model functions (texts only)."""
    from models.accounting import allowance as al
    from models.accounting import month_end as me
    from models.loans.snapshots import COLLECTION_COLUMNS, SNAPSHOT_COLUMNS

    open_database(path)
    base_sql, base_params = me.state_sql(PERIOD_END)
    d, first = PERIOD_END.isoformat(), PERIOD_END.replace(day=1).isoformat()
    target = al.target_sql(al.policy())
    state = ("CREATE TEMP TABLE me_state AS SELECT b.*, COALESCE(en.accrued, 0) AS accrued_interest, "
             "COALESCE(en.deferred, 0) AS deferred_fee, COALESCE(en.allowance, 0) AS allowance, "
             "COALESCE(en.interest_income, 0) AS interest_income, COALESCE(en.fee_income, 0) AS fee_income, "
             "COALESCE(en.suspended, 0) AS interest_suspended FROM me_base b LEFT JOIN (SELECT loan_id, "
             "SUM(accrued) AS accrued, SUM(deferred) AS deferred, SUM(allowance) AS allowance, "
             "SUM(interest_income) AS interest_income, SUM(fee_income) AS fee_income, SUM(suspended) AS suspended "
             "FROM loan_income_entry WHERE date <= ? GROUP BY loan_id) en ON en.loan_id = b.loan_id")
    head = ("INSERT INTO loan_income_entry (loan_id, date, source, accrued, deferred, allowance, interest_income, "
            "fee_income, suspended, modification, created_at) ")
    stmts = [
        (base_sql, base_params), (state, [d]),
        (head + "SELECT loan_id, ?, 'accrual', target_interest - interest_income, fee_income - target_fee, 0, "
                "target_interest - interest_income, target_fee - fee_income, 0, 0, '2026-11-20' FROM me_state "
                "WHERE open = 1 AND settled = 0 AND method = 'effective' AND collectibility < 3", [d]),
        (head + "SELECT loan_id, ?, 'nonaccrual', -accrued_interest, 0, 0, -accrued_interest, 0, accrued_interest, "
                "0, '2026-11-20' FROM me_state WHERE open = 1 AND settled = 0 AND collectibility >= 3 "
                "AND accrued_interest > 0", [d]),
        (head + f"SELECT loan_id, ?, 'allowance', 0, 0, {target} - allowance, 0, 0, 0, 0, '2026-11-20' "
                "FROM me_state WHERE open = 1 AND settled = 0", [d]),
        # The snapshot with the collection columns of migration 0016 (collector at the month end, due and
        # collected in the month), as write_snapshot writes it.
        (f"INSERT INTO loan_snapshot ({', '.join(SNAPSHOT_COLUMNS + COLLECTION_COLUMNS)}) SELECT ?, s.loan_id, "
         "branch_id, product_id, officer_id, dealer_id, customer_id, region_code, disbursed_on, months_on_book, "
         "principal_outstanding, accrued_interest, deferred_fee, allowance, interest_suspended, days_past_due, "
         "collectibility, stage, amount_overdue, status, collectibility < 3, method, collateral_value, "
         "ca.collector_id, COALESCE(du.amount, 0), COALESCE(co.amount, 0) FROM me_state s "
         "LEFT JOIN (SELECT loan_id, MAX(collector_id) AS collector_id FROM collection_assignment "
         "WHERE started_on <= ? AND (ended_on IS NULL OR ended_on > ?) GROUP BY loan_id) ca ON ca.loan_id = s.loan_id "
         "LEFT JOIN (SELECT loan_id, SUM(amount) AS amount FROM installment WHERE due_date >= ? AND due_date <= ? "
         "GROUP BY loan_id) du ON du.loan_id = s.loan_id "
         "LEFT JOIN (SELECT py.loan_id, SUM(a.amount) AS amount FROM payment py JOIN payment_allocation a "
         "ON a.payment_id = py.id JOIN installment i ON i.id = a.installment_id WHERE py.status = 'posted' "
         "AND py.date >= ? AND py.date <= ? AND a.part IN ('principal', 'interest') AND i.due_date <= ? "
         "GROUP BY py.loan_id) co ON co.loan_id = s.loan_id", [d, d, d, first, d, first, d, d]),
    ]
    close_database()
    return stmts


def time_raw(path: Path, stmts) -> float:
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=wal")
    con.execute("PRAGMA synchronous=2")
    con.execute("PRAGMA cache_size=-32000")
    started = time.perf_counter()
    con.execute("BEGIN IMMEDIATE")
    for sql, params in stmts:
        con.execute(sql.replace("%s", "?"), params)
    con.execute("COMMIT")
    elapsed = time.perf_counter() - started
    con.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loans", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--db", default="/tmp/angsur_bench_month_end.db")
    parser.add_argument("--office", help="time a copy of an office built by make_office.py (its loans, payments "
                                         "and books) instead of building one here")
    args = parser.parse_args()
    if args.office:
        source = Path(args.office)
        print(f"office {source} ({source.stat().st_size / 1e6:.0f} MB), month end {PERIOD_END:%d/%m/%Y}")
    else:
        source = Path(args.db)
        built = build(source, args.loans)
        print(f"office with {args.loans:,} loans built in {built:.1f} s ({source}, "
              f"{source.stat().st_size / 1e6:.0f} MB)")
    work = source.with_name(source.stem + "-run.db")
    stmts = raw_statements(source)
    ours, raw, figures = [], [], {}
    for _ in range(args.rounds):
        _copy(source, work)
        raw.append(time_raw(work, stmts))
        _copy(source, work)
        seconds, figures = time_angsur(work)
        ours.append(seconds)
    m_ours, m_raw = statistics.median(ours), statistics.median(raw)
    with sqlite3.connect(source) as con:
        count = con.execute("SELECT COUNT(*) FROM loan").fetchone()[0]
    print(f"month-end run_all, {count:,} loans: median {m_ours:.2f} s  (runs: "
          f"{', '.join(f'{s:.2f}' for s in ours)})")
    print(f"raw sqlite3, same aggregate + writes: median {m_raw:.2f} s  (runs: "
          f"{', '.join(f'{s:.2f}' for s in raw)})")
    print(f"ratio {m_ours / m_raw:.2f}x (target ≤ 2x), under 30 s: {'yes' if m_ours < 30 else 'NO'}")
    for step, values in figures.items():
        print(f"  {step}: {values}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
