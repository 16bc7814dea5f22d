"""A believable large office for benchmarks: N customers, N loans over 36 months, their payments and books.

    python benchmarks/make_office.py --loans 100000 --out /tmp/office100k.db [--seed 2026]

or, from Python, ``build_office(path, loans, seed)`` (``MAKE_OFFICE_TRACE=1`` prints the processor time of every
SQL statement of the build).  The office is the demo's (same staff, chart and
products; log in as any demo user with the demo password), with:

- ``loans`` customers through the customer module's own demo step (valid NIKs, search index filled in bulk);
- one loan per customer (Kredit Motor, one in seven Kredit Mobil), 36 monthly installments, disbursed on days
  spread evenly over the last 36 months, each with its disbursement journal (Dr Piutang / Cr Bank through the
  product's posting rules);
- the installments that fell due before "today" paid on or a few days before their due date, except for the
  customers who fell behind (one in five a little, one in fifty for good): one payment per installment, its
  allocations (interest, then principal), its gap-free receipt number, its journal (Dr Kas / Cr Bunga /
  Cr Piutang) and the loan's summary columns as the cashier's posting would leave them;
- the opening capital and a bank facility, the branch's monthly costs, and the cash banked at each month end;
- an audit row per step and month (the hash chain stays valid: every row goes through ``models.core.audit.record``).

Everything is written with the bulk helpers of :mod:`models.core.bulk` (one INSERT built by peewee, rows fed to
``cursor.executemany``) in id and date order, with numbers reserved in blocks from the same gap-free
sequences the cashier uses, so ``main.py check`` passes on the result.  Same seed → same office.

What it does not make: applications, surveys and collateral (the loans are contracts of record), late fees,
reversals and titipan.  One audit row summarises a month of bulk payments where the counter writes one per
payment; ``check``'s audit-chain pass is therefore shorter than an office that took 1,7 million payments at the
counter (docs/issue-18.md gives the per-row cost).
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TENOR = 36
MONTHS = 36
CAR_SHARE = 1 / 7


def _month_index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def _date_of(index: int, day: int) -> dt.date:
    return dt.date(index // 12, index % 12 + 1, day)


def _sen(value) -> int:
    from models.core.money import to_minor

    return to_minor(value)


class _Schedules:
    """Schedules by (product, principal): a flat-rate schedule's amounts do not depend on its dates."""

    def __init__(self):
        self.cache: dict = {}
        self.amounts: dict[int, list[tuple[int, int, int]]] = {}

    def get(self, product, principal: int):
        """(key, installment, total interest, effective rate ×10⁴, principal paid after k, interest paid after k)."""
        key = (product.code, principal)
        hit = self.cache.get(key)
        if hit is None:
            from models.products.loanmath import Method, build_schedule

            schedule = build_schedule(principal, product.rate_default, TENOR, Method(product.method),
                                      dt.date(2024, 1, 10), frequency=product.frequency, rounding=product.rounding)
            rows = [(_sen(r.principal), _sen(r.interest), _sen(r.installment)) for r in schedule.rows]
            cum_p, cum_i = [0], [0]
            for p, i, _a in rows:
                cum_p.append(cum_p[-1] + p)
                cum_i.append(cum_i[-1] + i)
            number = len(self.cache) + 1
            self.amounts[number] = rows
            hit = self.cache[key] = (number, _sen(schedule.installment), _sen(schedule.total_interest),
                                     int(schedule.effective_annual_rate.quantize(
                                         type(schedule.effective_annual_rate)("0.0001")) * 10_000), cum_p, cum_i)
        return hit

    def rows(self) -> list[tuple]:
        """(key, no, principal, interest, amount, principal paid through no) of every schedule, in sen."""
        out = []
        for number, rows in self.amounts.items():
            cum = 0
            for no, (p, i, amount) in enumerate(rows, start=1):
                cum += p
                out.append((number, no, p, i, amount, cum))
        return out


def _template(events: list[str], mapping: dict) -> list[tuple[str, str, tuple[int, ...]]]:
    """Journal lines of an event list as (account code, side, indexes of the events summed on it).

    Each event is run once through :func:`models.ledger.posting_rules.build_lines` (the product's own rules), then the
    lines are merged the way ``build_lines`` merges them: same account and side add up, debits first.
    """
    from models.core.money import D
    from models.ledger.posting_rules import build_lines

    order: list[tuple[str, str]] = []
    parts: dict[tuple[str, str], list[int]] = {}
    for i, event in enumerate(events):
        for line in build_lines([(event, D(1))], mapping):
            side = "debit" if line.debit else "credit"
            key = (line.code, side)
            if key not in parts:
                order.append(key)
                parts[key] = []
            parts[key].append(i)
    order.sort(key=lambda k: 0 if k[1] == "debit" else 1)
    return [(code, side, tuple(parts[(code, side)])) for code, side in order]


def build_office(path: str | os.PathLike, loans: int, seed: int = 2026, *, today: dt.date | None = None,
                 log=print) -> dict:
    """Build the large office into a NEW file.

    Args:
        path: the database file to create (must not exist).
        loans: how many customers and loans (one loan each).
        seed: same seed → same office.
        today: the office's "today" (histories end the day before); default the real today.
    Returns:
        Counts and timings: ``{"customers", "loans", "installments", "payments", "journals", "journal_lines",
        "seconds"}``.
    Raises:
        FileExistsError: ``path`` exists.
    """
    from models.cashier.payments import Payment, PaymentAllocation
    from models.core import audit
    from models.core.bulk import (
        indexes_deferred,
        insert_rows,
        insert_triggers_lifted,
        reserve_numbers,
    )
    from models.core.db import database, open_database, run_in_transaction
    from models.core.office import Branch
    from models.demo.customers import build_demo as build_customers
    from models.demo.build import DemoContext, build_core
    from models.ledger.accounts import install_default_chart
    from models.ledger.chart import Account, chart_roles
    from models.ledger.journals import Journal, JournalLine
    from models.loans.loans import Installment, Loan
    from models.products.products import LoanProduct
    from models.demo.products import build_demo as build_products

    path = Path(path)
    if path.exists():
        raise FileExistsError(f"{path} exists: make_office writes a new file")
    started = time.perf_counter()
    cpu_started = time.process_time()
    today = today or dt.date.today()
    db = open_database(path)
    # A build, not an office at work: no fsync per commit, rollback journal instead of a WAL the size of the
    # file, and a big page cache for the index builds.  The file is put back in WAL mode at the end.
    db.execute_sql("PRAGMA journal_mode=DELETE")
    db.execute_sql("PRAGMA synchronous=OFF")
    db.execute_sql("PRAGMA cache_size=-1000000")
    # Foreign keys are checked once at the end by ``main.py check`` (foreign_key_check) rather than row by row:
    # journal lines go in before their journals, already posted, so no journal is ever stamped twice.
    db.execute_sql("PRAGMA foreign_keys=OFF")
    db.execute_sql("PRAGMA temp_store=MEMORY")
    # Index builds sort millions of keys: SQLite's sorter may use helper threads for that (0 by default).
    db.execute_sql("PRAGMA threads=4")
    rng = random.Random(seed)
    ctx = DemoContext(seed=seed, customers=loans, today=today, rng=rng, log=lambda text: log(f"  {text}"))
    build_core(ctx)
    install_default_chart(ctx.office.kind)
    build_products(ctx)
    build_customers(ctx)
    step = time.perf_counter()
    log(f"office, staff, chart, products, {loans} customers: {step - started:.1f} s "
        f"({time.process_time() - cpu_started:.1f} s cpu)")

    roles = chart_roles()
    accounts = {code: aid for code, aid in Account.select(Account.code, Account.id).tuples()}
    branch = Branch.get(Branch.code == ctx.branch.code)
    products = [LoanProduct.get(LoanProduct.code == "KM"), LoanProduct.get(LoanProduct.code == "KMB")]
    cashiers = [ctx.users["kasir"].id, ctx.users["kasir2"].id]
    accountant = ctx.users["akuntan"].id
    customers = list(database.obj.execute_sql(
        "SELECT id, officer_id FROM customer ORDER BY id").fetchall())[:loans]
    schedules = _Schedules()
    pay_templates = {p.id: _template(["installment_interest", "installment_principal"], _product_mapping_of(p))
                     for p in products}
    disb_templates = {p.id: _template(["disbursement"], _product_mapping_of(p)) for p in products}

    # ------------------------------------------------------------------ loans (in date order)
    first_month = _month_index(today) - MONTHS
    plans = []
    for n, (customer_id, officer_id) in enumerate(customers):
        car = rng.random() < CAR_SHARE
        product = products[1 if car else 0]
        otr = rng.randrange(150_000_000, 420_000_000, 1_000_000) if car else rng.randrange(
            16_000_000, 36_000_000, 250_000)
        dp = otr * rng.choice((20, 25, 30)) // 100 // 100_000 * 100_000
        month = first_month + (n * MONTHS) // max(1, loans)  # the book grows evenly over the 36 months
        day = rng.randint(1, 28)
        if _date_of(month, day) >= today:
            month, day = _month_index(today - dt.timedelta(days=1)), 1
        plans.append((_date_of(month, day), customer_id, officer_id, product, otr, dp, otr - dp, month, day))
    plans.sort(key=lambda p: (p[0], p[1]))
    loan_start = (Loan.select(Loan.id).order_by(Loan.id.desc()).scalar() or 0) + 1
    contract_seq: dict[int, int] = {}
    stamp = dt.datetime.combine(today, dt.time(8, 0))
    loan_rows, staged = [], []
    this_month = _month_index(today)
    for k, (disbursed, customer_id, officer_id, product, otr, dp, principal, month, day) in enumerate(plans):
        loan_id = loan_start + k
        key, installment, total_interest, eff, cum_p, cum_i = schedules.get(product, principal)
        # Installments due before today: month + i earlier than this month, or this month on an earlier day.
        gap = this_month - month
        due_count = max(0, min(TENOR, gap - 1)) + (1 if 1 <= gap <= TENOR and day < today.day else 0)
        r = rng.random()
        if r < 0.78:
            paid = due_count
        elif r < 0.93:
            paid = max(0, due_count - rng.randint(1, 2))
        elif r < 0.98:
            paid = max(0, due_count - rng.randint(3, 6))
        else:
            paid = rng.randint(0, due_count)
        contract_seq[disbursed.year] = contract_seq.get(disbursed.year, 0) + 1
        contract = f"{branch.code}/{disbursed.year}/K{contract_seq[disbursed.year]:06d}"  # contracts of record
        principal_sen = principal * 100
        last_paid = _date_of(month + paid, day) - dt.timedelta(days=_offset(loan_id, paid)) if paid else None
        done = paid == TENOR
        loan_rows.append((
            loan_id, contract, customer_id, product.id, branch.id, officer_id, "paid_off" if done else "active",
            product.method, product.frequency, int(product.rate_default * 10_000), TENOR, product.rounding, 0,
            principal_sen, otr * 100, dp * 100, _sen(product.admin_fee), 0, 0, _sen(product.fiducia_fee),
            installment, total_interest, eff, int(product.late_fee_per_mille * 10_000),
            product.late_fee_grace_days,
            None if product.late_fee_cap_pct is None else int(product.late_fee_cap_pct * 10_000),
            None if product.late_fee_cap_amount is None else _sen(product.late_fee_cap_amount),
            product.allocation_order, int(product.payoff_penalty_pct * 10_000), disbursed, disbursed,
            _date_of(month + 1, day), _date_of(month + TENOR, day), principal_sen - cum_p[paid], cum_p[paid],
            cum_i[paid], 0, 0, 0, paid, None if done else _date_of(month + paid + 1, day), last_paid,
            last_paid if done else None, "", accountant, dt.datetime.combine(disbursed, dt.time(10, 0)), stamp,
            False, "schedule"))
        staged.append((loan_id, key, f"{month // 12:04d}-{month % 12 + 1:02d}-01", day - 1, paid, customer_id,
                       product.id, principal_sen))
    loan_columns = (
        "id", "contract_no", "customer", "product", "branch", "officer", "status", "method", "frequency",
        "annual_rate", "tenor", "rounding", "grace", "principal", "otr_price", "down_payment", "admin_fee",
        "provision", "insurance", "fiducia_fee", "installment_amount", "total_interest", "effective_rate",
        "late_fee_per_mille", "late_fee_grace_days", "late_fee_cap_pct", "late_fee_cap_amount", "allocation_order",
        "payoff_penalty_pct", "contract_date", "disbursed_on", "first_due", "maturity_date", "outstanding_principal",
        "principal_paid", "interest_paid", "late_fee_paid", "late_fee_waived", "advance_balance",
        "installments_paid", "oldest_unpaid_due", "last_payment_on", "closed_on", "notes", "created_by",
        "created_at", "updated_at", "move_due_off_holidays", "payoff_principal_basis")
    db = database.obj
    if os.environ.get("MAKE_OFFICE_TRACE"):
        raw = db.execute_sql

        def traced(sql, params=None):
            before = time.process_time()
            out = raw(sql, params)
            log(f"    {time.process_time() - before:6.2f} s cpu  {' '.join(sql.split())[:70]}")
            return out

        db.execute_sql = traced

    def write_loans():
        """Loans through the bulk INSERT; their 36 installments each derived set-based from the staged terms
        (due dates by SQLite's own month arithmetic, the same dates :func:`_date_of` gives)."""
        db.execute_sql("CREATE TEMP TABLE gen_loan (loan_id INTEGER PRIMARY KEY, sched_key INTEGER, base TEXT, "
                       "day0 INTEGER, paid INTEGER, customer_id INTEGER, product_id INTEGER, principal INTEGER)")
        db.execute_sql("CREATE TEMP TABLE gen_sched (sched_key INTEGER, no INTEGER, p INTEGER, i INTEGER, "
                       "amount INTEGER, cum_p INTEGER, PRIMARY KEY (sched_key, no))")
        db.cursor().executemany("INSERT INTO gen_loan VALUES (?, ?, ?, ?, ?, ?, ?, ?)", staged)
        db.cursor().executemany("INSERT INTO gen_sched VALUES (?, ?, ?, ?, ?, ?)", schedules.rows())
        with indexes_deferred(Loan, Installment):
            insert_rows(Loan, loan_columns, loan_rows)
            db.execute_sql(
                "INSERT INTO installment (loan_id, no, due_date, principal, interest, amount, principal_paid, "
                "interest_paid, late_fee_paid, late_fee_waived, interest_waived, paid_on, fee_accrued) "
                "SELECT l.loan_id, s.no, date(l.base, '+' || s.no || ' months', '+' || l.day0 || ' days'), "
                "s.p, s.i, s.amount, CASE WHEN s.no <= l.paid THEN s.p ELSE 0 END, "
                "CASE WHEN s.no <= l.paid THEN s.i ELSE 0 END, 0, 0, 0, "
                f"CASE WHEN s.no <= l.paid THEN date(l.base, '+' || s.no || ' months', "
                f"printf('%+d days', l.day0 - {_OFFSET_SQL})) END, 0 "
                "FROM gen_loan l JOIN gen_sched s ON s.sched_key = l.sched_key ORDER BY l.loan_id, s.no")
        by_month: dict[str, list[int]] = {}
        for row in loan_rows:
            by_month.setdefault(f"{row[30]:%Y-%m}", []).append(row[13])
        for month_text, amounts in sorted(by_month.items()):
            audit.record(None, "loan.bulk_disburse", "loan", month_text,
                         after={"loans": len(amounts), "principal_sen": sum(amounts), "source": "make_office"})

    run_in_transaction(write_loans)
    loan_count = len(loan_rows)
    inst_count = db.execute_sql("SELECT count(*) FROM installment WHERE loan_id >= ?", (loan_start,)).fetchone()[0]
    total_disbursed = sum(row[13] for row in loan_rows)
    del loan_rows, staged
    step2 = time.perf_counter()
    log(f"{loan_count} loans, {inst_count} installments: {step2 - step:.1f} s "
        f"({time.process_time() - cpu_started:.1f} s cpu so far)")

    # ------------------------------------------------------------------ journals and payments (date order)
    cash, bank = accounts[roles["cash"]], accounts[roles["bank"]]
    capital = accounts[roles.get("paid_in_capital", "3101")]
    facility = accounts.get("2201", capital)
    costs = [(accounts[c], text, amount * 100) for c, text, amount in (
        ("5101", "Gaji dan tunjangan karyawan", 148_500_000), ("5102", "Sewa kantor cabang", 17_500_000),
        ("5103", "Listrik, air, telepon dan internet", 4_350_000),
        ("5104", "Bensin dan transport penagihan", 23_800_000),
        ("5105", "Alat tulis, kuitansi dan cetakan", 2_950_000))]
    collected = {ym: total for ym, total in db.execute_sql(
        "SELECT substr(paid_on, 1, 7), SUM(principal + interest) FROM installment "
        "WHERE loan_id >= ? AND paid_on IS NOT NULL GROUP BY 1", (loan_start,)).fetchall()}
    # The office's own journals (capital, monthly costs, cash banked at month end): few, built here.
    own: list[tuple] = []  # (date, order in day, description, source, reference, lines)
    start_day = _date_of(first_month, 1) - dt.timedelta(days=1)
    equity = total_disbursed * 3 // 10
    own.append((start_day, 0, "Setoran modal dan fasilitas pinjaman bank", "opening", "AKTA-MODAL",
                [(bank, total_disbursed + 10_000_000_000, 0, ""), (capital, 0, equity + 10_000_000_000, ""),
                 (facility, 0, total_disbursed - equity, "")]))
    for month in range(first_month, _month_index(today) + 1):
        cost_day = _date_of(month, 25)
        if cost_day < today:
            lines, total = [], 0
            for aid, text, amount in costs:
                value = amount + rng.randrange(-20, 21) * 500_000
                lines.append((aid, value, 0, text))
                total += value
            lines.append((bank, 0, total, ""))
            own.append((cost_day, 3, f"Biaya operasional {cost_day:%m/%Y}", "manual", f"BKK/{cost_day:%Y%m}", lines))
        month_end = _date_of(month + 1, 1) - dt.timedelta(days=1)
        amount = collected.get(f"{month // 12:04d}-{month % 12 + 1:02d}")
        if month_end < today and amount:
            own.append((month_end, 4, f"Setoran kas ke bank {month_end:%m/%Y}", "manual", f"STR/{month_end:%Y%m}",
                        [(bank, amount, 0, ""), (cash, 0, amount, "")]))
    journal_number = _number_sql("journal", branch.code, "y.jbase + j.seq")
    receipt_number = _number_sql("receipt", branch.code, "y.rbase + j.pseq")

    def write_books():
        # Every journal in date order (own ones, disbursements, payments), numbered per year by window functions.
        db.execute_sql("CREATE TEMP TABLE gen_event (day TEXT, ord INTEGER, kind INTEGER, ref INTEGER)")
        db.cursor().executemany("INSERT INTO gen_event VALUES (?, ?, 0, ?)",
                                [(d.isoformat(), order, index) for index, (d, order, *_rest) in enumerate(own)])
        db.execute_sql("INSERT INTO gen_event SELECT disbursed_on, 1, 1, id FROM loan WHERE id >= ?", (loan_start,))
        db.execute_sql("INSERT INTO gen_event SELECT paid_on, 2, 2, id FROM installment "
                       "WHERE loan_id >= ? AND paid_on IS NOT NULL", (loan_start,))
        # One sort; numbers within a year and the payments' own sequence come from the first row of each year
        # (rowids follow the sort), not from window functions over two million rows.
        db.execute_sql("CREATE TEMP TABLE gen_j (seq INTEGER PRIMARY KEY, day TEXT, kind INTEGER, ref INTEGER, "
                       "year INTEGER, pseq INTEGER)")
        db.execute_sql("INSERT INTO gen_j (day, kind, ref, year) SELECT day, kind, ref, "
                       "CAST(substr(day, 1, 4) AS INTEGER) FROM gen_event ORDER BY day, ord, ref")
        db.execute_sql("CREATE TEMP TABLE gen_p (seq INTEGER PRIMARY KEY, pseq INTEGER)")
        db.execute_sql("INSERT INTO gen_p SELECT seq, row_number() OVER (ORDER BY seq) FROM gen_j WHERE kind = 2")
        db.execute_sql("UPDATE gen_j SET pseq = (SELECT pseq FROM gen_p WHERE gen_p.seq = gen_j.seq) WHERE kind = 2")
        years = db.execute_sql("SELECT year, count(*), sum(kind = 2), min(seq), min(pseq) FROM gen_j "
                               "GROUP BY year").fetchall()
        db.execute_sql("CREATE TEMP TABLE gen_year (year INTEGER PRIMARY KEY, jbase INTEGER, rbase INTEGER)")
        for year, count, receipts, first_seq, first_pseq in years:
            # number = jbase + seq, receipt = rbase + pseq
            jbase = reserve_numbers("journal", None, year, count) - first_seq
            rbase = reserve_numbers("receipt", branch.id, year, receipts) - first_pseq if receipts else 0
            db.execute_sql("INSERT INTO gen_year VALUES (?, ?, ?)", (year, jbase, rbase))
        jstart = (Journal.select(Journal.id).order_by(Journal.id.desc()).scalar() or 0) + 1
        pstart = (Payment.select(Payment.id).order_by(Payment.id.desc()).scalar() or 0) + 1
        c0, c1 = cashiers
        with indexes_deferred(Journal, JournalLine, Payment, PaymentAllocation), \
                insert_triggers_lifted(Journal, JournalLine):
            # The office's own journals and their lines.
            own_ids = dict(db.execute_sql(
                f"SELECT j.ref, ? + j.seq - 1 FROM gen_j j WHERE j.kind = 0", (jstart,)).fetchall())
            own_numbers = dict(db.execute_sql(
                f"SELECT j.ref, {journal_number} FROM gen_j j JOIN gen_year y ON y.year = j.year WHERE j.kind = 0"
            ).fetchall())
            insert_rows(JournalLine, ("journal", "line_no", "account", "debit", "credit", "memo"),
                        [(own_ids[n], k, aid, debit, credit, memo)
                         for n, (_d, _o, _t, _s, _r, lines) in enumerate(own)
                         for k, (aid, debit, credit, memo) in enumerate(lines, start=1)])
            insert_rows(Journal, ("id", "number", "date", "description", "source", "reference", "branch",
                                  "created_by", "created_at", "posted_at"),
                        [(own_ids[n], own_numbers[n], d, text, source, ref, branch.id, accountant,
                          dt.datetime.combine(d, dt.time(9, 0)), dt.datetime.combine(d, dt.time(9, 0)))
                         for n, (d, _o, text, source, ref, _l) in enumerate(own)])
            # Lines of disbursements and payments from the products' posting rules (templates staged once).
            db.execute_sql("CREATE TEMP TABLE gen_template (kind INTEGER, product_id INTEGER, line_no INTEGER, "
                           "account_id INTEGER, debit INTEGER, with_interest INTEGER, with_principal INTEGER)")
            db.cursor().executemany("INSERT INTO gen_template VALUES (?, ?, ?, ?, ?, ?, ?)", [
                (kind, product_id, line_no, accounts[code], side == "debit", 0 in parts and kind == 2,
                 1 in parts or kind == 1)
                for kind, templates in ((2, pay_templates), (1, disb_templates))
                for product_id, template in templates.items()
                for line_no, (code, side, parts) in enumerate(template, start=1)])
            amount = ("(CASE j.kind WHEN 2 THEN t.with_interest * i.interest + t.with_principal * i.principal "
                      "ELSE l.principal END)")
            db.execute_sql(
                "INSERT INTO journal_line (journal_id, line_no, account_id, debit, credit, memo, customer_id, "
                "loan_id) "
                f"SELECT ? + j.seq - 1, t.line_no, t.account_id, CASE WHEN t.debit THEN {amount} ELSE 0 END, "
                f"CASE WHEN t.debit THEN 0 ELSE {amount} END, '', l.customer_id, l.id "
                "FROM gen_j j LEFT JOIN installment i ON j.kind = 2 AND i.id = j.ref "
                "JOIN loan l ON l.id = CASE j.kind WHEN 2 THEN i.loan_id ELSE j.ref END "
                "JOIN gen_template t ON t.kind = j.kind AND t.product_id = l.product_id "
                f"WHERE j.kind IN (1, 2) AND {amount} > 0 ORDER BY j.seq, t.line_no", (jstart,))
            # Journals of disbursements and payments (descriptions and references as the posting writes them).
            db.execute_sql(
                "INSERT INTO journal (id, number, date, description, source, reference, branch_id, created_by_id, "
                "created_at, posted_at) "
                f"SELECT ? + j.seq - 1, {journal_number}, j.day, "
                "CASE j.kind WHEN 2 THEN 'Angsuran ke-' || i.no || ' ' || l.contract_no || ' kwitansi ' || "
                f"{receipt_number} ELSE 'Pencairan ' || l.contract_no END, "
                "CASE j.kind WHEN 2 THEN 'payment' ELSE 'disbursement' END, "
                f"CASE j.kind WHEN 2 THEN {receipt_number} ELSE l.contract_no END, ?, "
                "CASE WHEN j.kind = 1 THEN ? WHEN j.pseq % 2 = 0 THEN ? ELSE ? END, j.day || ' 09:00:00', "
                "j.day || ' 09:00:00' "
                "FROM gen_j j JOIN gen_year y ON y.year = j.year "
                "LEFT JOIN installment i ON j.kind = 2 AND i.id = j.ref "
                "JOIN loan l ON l.id = CASE j.kind WHEN 2 THEN i.loan_id ELSE j.ref END "
                "WHERE j.kind IN (1, 2) ORDER BY j.seq", (jstart, branch.id, accountant, c0, c1))
            # Payments, and their allocations (interest, then principal: the allocation order).
            db.execute_sql(
                "INSERT INTO payment (id, receipt_no, loan_id, branch_id, kind, date, amount, method, reference, "
                "cashier_id, idempotency_key, status, journal_id, reason, outstanding_after, print_count, created_at, "
                "receipt_facts) "
                f"SELECT ? + j.pseq - 1, {receipt_number}, i.loan_id, ?, 'installment', j.day, "
                "i.principal + i.interest, 'cash', '', CASE WHEN j.pseq % 2 = 0 THEN ? ELSE ? END, NULL, 'posted', "
                "? + j.seq - 1, '', g.principal - s.cum_p, 1, j.day || ' 09:00:00', '' "
                "FROM gen_j j JOIN gen_year y ON y.year = j.year JOIN installment i ON i.id = j.ref "
                "JOIN gen_loan g ON g.loan_id = i.loan_id JOIN gen_sched s ON s.sched_key = g.sched_key AND s.no = i.no "
                "WHERE j.kind = 2 ORDER BY j.seq", (pstart, branch.id, c0, c1, jstart))
            db.execute_sql(
                "INSERT INTO payment_allocation (payment_id, installment_id, part, amount) "
                "SELECT ? + j.pseq - 1, i.id, k.part, CASE k.n WHEN 1 THEN i.interest ELSE i.principal END "
                "FROM gen_j j JOIN installment i ON i.id = j.ref "
                "CROSS JOIN (SELECT 1 AS n, 'interest' AS part UNION ALL SELECT 2, 'principal') k "
                "WHERE j.kind = 2 AND (CASE k.n WHEN 1 THEN i.interest ELSE i.principal END) > 0 "
                "ORDER BY j.seq, k.n", (pstart,))
            log(f"  rows written: {time.perf_counter() - step2:.1f} s")
        log(f"  indexes built: {time.perf_counter() - step2:.1f} s")
        # The month balances the statements read, from the lines just written (as post_journal keeps them).
        from models.ledger.balances import rebuild

        rebuild()
        log(f"  monthly balances: {time.perf_counter() - step2:.1f} s")
        for month_text, total in sorted(collected.items()):
            audit.record(None, "bulk.payments", "payment", month_text,
                         after={"amount_sen": total, "source": "make_office"})
        # The bulk history has no per-posting seals (issue 19): the audit chain says so, and check verifies seals
        # from here on.
        from models.core.integrity_checks import mark_unsealed

        mark_unsealed("riwayat kantor besar dibuat massal oleh benchmarks/make_office.py; tanpa segel per baris")
        counts = db.execute_sql("SELECT count(*), sum(kind = 2) FROM gen_j").fetchone()
        for table in ("gen_event", "gen_j", "gen_p", "gen_year", "gen_template", "gen_loan", "gen_sched"):
            db.execute_sql(f"DROP TABLE {table}")
        return counts

    journal_count, payment_count = run_in_transaction(write_books)
    line_count = db.execute_sql("SELECT count(*) FROM journal_line").fetchone()[0]
    step3 = time.perf_counter()
    log(f"{payment_count} payments, {journal_count} journals, {line_count} lines: {step3 - step2:.1f} s")
    db.execute_sql("PRAGMA journal_mode=WAL")
    db.execute_sql("PRAGMA analysis_limit=2000")  # planner statistics from a sample: seconds saved, same plans
    db.execute_sql("ANALYZE")
    log(f"  WAL and planner statistics: {time.perf_counter() - step3:.1f} s")
    db.close()
    seconds = time.perf_counter() - started
    log(f"done in {seconds:.1f} s ({time.process_time() - cpu_started:.1f} s of processor time): {path} "
        f"({path.stat().st_size / 1e6:.0f} MB)")
    return {"customers": len(customers), "loans": loan_count, "installments": inst_count,
            "payments": payment_count, "journals": journal_count, "journal_lines": line_count, "seconds": seconds}


#: Days before its due date that an installment is paid: spread 0–4 by loan and installment, the same in Python
#: (:func:`_offset`) and in the SQL that fills the installments.
_OFFSET_SQL = "((l.loan_id * 7 + s.no * 3) % 5)"


def _offset(loan_id: int, no: int) -> int:
    return (loan_id * 7 + no * 3) % 5


def _number_sql(name: str, branch_code: str, n_expr: str) -> str:
    """The SQL expression of a document number in the office's format (``number.format.<name>``).

    The year comes from ``j.year``; ``n_expr`` gives the sequence number.  Supports the fields the formats use:
    ``{branch}``, ``{year}``, ``{name}``, ``{n}`` and ``{n:0Kd}``.
    """
    import re

    from models.core.bulk import number_pattern

    pattern = number_pattern(name)
    parts = []
    for literal, field in re.findall(r"([^{]*)(\{[^}]*\})?", pattern):
        if literal:
            parts.append("'" + literal.replace("'", "''") + "'")
        if not field:
            continue
        key, _, spec = field[1:-1].partition(":")
        if key == "branch":
            parts.append("'" + branch_code.replace("'", "''") + "'")
        elif key == "name":
            parts.append(f"'{name}'")
        elif key == "year":
            parts.append("j.year")
        elif key == "n":
            parts.append(f"printf('%{spec or 'd'}', {n_expr})")
        else:
            raise ValueError(f"number format {pattern!r}: unsupported field {field}")
    return "(" + " || ".join(parts) + ")"


def _product_mapping_of(product) -> dict:
    import json

    try:
        return json.loads(product.posting_overrides or "{}") or {}
    except ValueError:
        return {}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--loans", type=int, required=True, help="customers and loans (one loan each)")
    parser.add_argument("--out", required=True, help="the database file to create")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    if args.loans < 1 or args.loans > 1_000_000:
        parser.error("--loans: between 1 and 1000000")
    try:
        build_office(args.out, args.loans, args.seed)
    except FileExistsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
