"""A believable large office for benchmarks: N customers, N loans over 36 months, their payments and books.

    python benchmarks/make_office.py --loans 100000 --out /tmp/office100k.db [--seed 2026]

or, from Python, ``build_office(path, loans, seed)``.  The office is the demo's (same staff, chart and
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
- an audit row per step and month (the hash chain stays valid: every row goes through ``models.audit.record``).

Everything is written with the bulk helpers of :mod:`models.bulk` (one INSERT built by peewee, rows fed to
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
    from models.money import to_minor

    return to_minor(value)


class _Schedules:
    """Schedules by (product, principal): a flat-rate schedule's amounts do not depend on its dates."""

    def __init__(self):
        self.cache: dict = {}

    def get(self, product, principal: int):
        key = (product.code, principal)
        hit = self.cache.get(key)
        if hit is None:
            from models.loanmath import Method, build_schedule

            schedule = build_schedule(principal, product.rate_default, TENOR, Method(product.method),
                                      dt.date(2024, 1, 10), frequency=product.frequency, rounding=product.rounding)
            rows = [(_sen(r.principal), _sen(r.interest), _sen(r.installment)) for r in schedule.rows]
            hit = self.cache[key] = (rows, _sen(schedule.installment), _sen(schedule.total_interest),
                                     int(schedule.effective_annual_rate.quantize(
                                         type(schedule.effective_annual_rate)("0.0001")) * 10_000))
        return hit


def _template(events: list[str], mapping: dict) -> list[tuple[str, str, tuple[int, ...]]]:
    """Journal lines of an event list as (account code, side, indexes of the events summed on it).

    Each event is run once through :func:`models.posting_rules.build_lines` (the product's own rules), then the
    lines are merged the way ``build_lines`` merges them: same account and side add up, debits first.
    """
    from models.money import D
    from models.posting_rules import build_lines

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
    from models import audit
    from models.customers import build_demo as build_customers
    from models.db import database, open_database, run_in_transaction
    from models.demo import DemoContext, build_core
    from models.ledger import Account, Journal, JournalLine, chart_roles, install_default_chart
    from models.loans import Installment, Loan
    from models.office import Branch
    from models.payments import Payment, PaymentAllocation
    from models.products import LoanProduct, build_demo as build_products
    from models.bulk import indexes_deferred, insert_rows, number_pattern, reserve_numbers

    path = Path(path)
    if path.exists():
        raise FileExistsError(f"{path} exists: make_office writes a new file")
    started = time.perf_counter()
    today = today or dt.date.today()
    db = open_database(path)
    # A build, not an office at work: no fsync per commit, rollback journal instead of a WAL the size of the
    # file, and a big page cache for the index builds.  The file is put back in WAL mode at the end.
    db.execute_sql("PRAGMA journal_mode=DELETE")
    db.execute_sql("PRAGMA synchronous=OFF")
    db.execute_sql("PRAGMA cache_size=-1000000")
    rng = random.Random(seed)
    ctx = DemoContext(seed=seed, customers=loans, today=today, rng=rng, log=lambda text: log(f"  {text}"))
    build_core(ctx)
    install_default_chart(ctx.office.kind)
    build_products(ctx)
    build_customers(ctx)
    step = time.perf_counter()
    log(f"office, staff, chart, products, {loans} customers: {step - started:.1f} s")

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

    # ------------------------------------------------------------------ loans, installments (in date order)
    first_month = _month_index(today) - MONTHS
    plans = []
    for n, (customer_id, officer_id) in enumerate(customers):
        car = rng.random() < CAR_SHARE
        product = products[1 if car else 0]
        otr = rng.randrange(150_000_000, 420_000_000, 1_000_000) if car else rng.randrange(
            16_000_000, 36_000_000, 250_000)
        dp = otr * rng.choice((20, 25, 30)) // 100 // 100_000 * 100_000
        principal = otr - dp
        month = first_month + (n * MONTHS) // max(1, loans)  # the book grows evenly over the 36 months
        day = rng.randint(1, 28)
        disbursed = _date_of(month, day)
        if disbursed >= today:
            disbursed = today - dt.timedelta(days=1)
            month, day = _month_index(disbursed), min(disbursed.day, 28)
            disbursed = _date_of(month, day)
        plans.append((disbursed, customer_id, officer_id, product, otr, dp, principal, month, day))
    plans.sort(key=lambda p: (p[0], p[1]))
    loan_start = (Loan.select(Loan.id).order_by(Loan.id.desc()).scalar() or 0) + 1
    inst_start = (Installment.select(Installment.id).order_by(Installment.id.desc()).scalar() or 0) + 1
    contract_pattern = "{branch}/{year}/K{n:06d}"  # contracts of record (no application in Angsur)
    contract_seq: dict[int, int] = {}
    stamp = dt.datetime.combine(today, dt.time(8, 0))
    loan_rows, inst_rows, payments, disbursements = [], [], [], []
    # payments: (date ordinal, loan id, inst no, inst id, principal, interest, outstanding after, customer id,
    #            product id, contract)
    for k, (disbursed, customer_id, officer_id, product, otr, dp, principal, month, day) in enumerate(plans):
        loan_id = loan_start + k
        rows, installment, total_interest, eff = schedules.get(product, principal)
        dues = [_date_of(month + i, day) for i in range(1, TENOR + 1)]
        due_count = sum(1 for d in dues if d < today)
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
        contract = contract_pattern.format(branch=branch.code, year=disbursed.year, n=contract_seq[disbursed.year])
        principal_sen = principal * 100
        paid_principal = paid_interest = 0
        last_paid = None
        for i, (p, it, amount) in enumerate(rows):
            due = dues[i]
            if i < paid:
                on = due - dt.timedelta(days=rng.randint(0, 4))
                if on <= disbursed:
                    on = due
                paid_principal += p
                paid_interest += it
                last_paid = on
                inst_rows.append((inst_start, loan_id, i + 1, due, p, it, amount, p, it, 0, 0, 0, on))
                payments.append((on.toordinal(), loan_id, i + 1, inst_start, p, it, principal_sen - paid_principal,
                                 customer_id, product.id, contract))
            else:
                inst_rows.append((inst_start, loan_id, i + 1, due, p, it, amount, 0, 0, 0, 0, 0, None))
            inst_start += 1
        done = paid == TENOR
        loan_rows.append((
            loan_id, contract, customer_id, product.id, branch.id, officer_id, "paid_off" if done else "active",
            product.method, product.frequency, int(product.rate_default * 10_000), TENOR, product.rounding, 0,
            principal_sen, otr * 100, dp * 100, _sen(product.admin_fee), 0, 0, _sen(product.fiducia_fee),
            installment, total_interest, eff, int(product.late_fee_per_mille * 10_000),
            product.late_fee_grace_days,
            None if product.late_fee_cap_pct is None else int(product.late_fee_cap_pct * 10_000),
            None if product.late_fee_cap_amount is None else _sen(product.late_fee_cap_amount),
            product.allocation_order, int(product.payoff_penalty_pct * 10_000), disbursed, disbursed, dues[0],
            dues[-1], principal_sen - paid_principal, paid_principal, paid_interest, 0, 0, 0, paid,
            None if done else dues[paid], last_paid, last_paid if done else None, "", accountant,
            dt.datetime.combine(disbursed, dt.time(10, 0)), stamp))
        disbursements.append((disbursed.toordinal(), loan_id, principal_sen, customer_id, product.id, contract))
    loan_columns = (
        "id", "contract_no", "customer", "product", "branch", "officer", "status", "method", "frequency",
        "annual_rate", "tenor", "rounding", "grace", "principal", "otr_price", "down_payment", "admin_fee",
        "provision", "insurance", "fiducia_fee", "installment_amount", "total_interest", "effective_rate",
        "late_fee_per_mille", "late_fee_grace_days", "late_fee_cap_pct", "late_fee_cap_amount", "allocation_order",
        "payoff_penalty_pct", "contract_date", "disbursed_on", "first_due", "maturity_date", "outstanding_principal",
        "principal_paid", "interest_paid", "late_fee_paid", "late_fee_waived", "advance_balance",
        "installments_paid", "oldest_unpaid_due", "last_payment_on", "closed_on", "notes", "created_by",
        "created_at", "updated_at")
    inst_columns = ("id", "loan", "no", "due_date", "principal", "interest", "amount", "principal_paid",
                    "interest_paid", "late_fee_paid", "late_fee_waived", "interest_waived", "paid_on")

    def write_loans():
        with indexes_deferred(Loan, Installment):
            insert_rows(Loan, loan_columns, loan_rows)
            insert_rows(Installment, inst_columns, inst_rows, chunk=50_000)
        by_month: dict[str, list[int]] = {}
        for row in loan_rows:
            by_month.setdefault(f"{row[30]:%Y-%m}", []).append(row[13])
        for month_text, amounts in sorted(by_month.items()):
            audit.record(None, "loan.bulk_disburse", "loan", month_text,
                         after={"loans": len(amounts), "principal_sen": sum(amounts), "source": "make_office"})

    run_in_transaction(write_loans)
    loan_count, inst_count = len(loan_rows), len(inst_rows)
    del loan_rows, inst_rows
    step2 = time.perf_counter()
    log(f"{loan_count} loans, {inst_count} installments: {step2 - step:.1f} s")

    # ------------------------------------------------------------------ journals and payments (date order)
    payments.sort()
    total_disbursed = sum(d[2] for d in disbursements)
    cash, bank = accounts[roles["cash"]], accounts[roles["bank"]]
    capital = accounts[roles.get("paid_in_capital", "3101")]
    facility = accounts.get("2201", capital)
    costs = [(accounts[c], text, amount * 100) for c, text, amount in (
        ("5101", "Gaji dan tunjangan karyawan", 148_500_000), ("5102", "Sewa kantor cabang", 17_500_000),
        ("5103", "Listrik, air, telepon dan internet", 4_350_000),
        ("5104", "Bensin dan transport penagihan", 23_800_000),
        ("5105", "Alat tulis, kuitansi dan cetakan", 2_950_000))]
    # Journals as (ordinal, order in day, kind, payload); payments and disbursements refer to their lists.
    journals: list[tuple] = []
    start_day = _date_of(first_month, 1) - dt.timedelta(days=1)
    journals.append((start_day.toordinal(), 0, "open", None))
    for index, d in enumerate(disbursements):
        journals.append((d[0], 1, "disb", index))
    collected: dict[int, int] = {}
    for index, p in enumerate(payments):
        journals.append((p[0], 2, "pay", index))
        key = _month_index(dt.date.fromordinal(p[0]))
        collected[key] = collected.get(key, 0) + p[4] + p[5]
    for month in range(first_month, _month_index(today) + 1):
        cost_day = _date_of(month, 25)
        if cost_day < today:
            journals.append((cost_day.toordinal(), 3, "cost", month))
        month_end = _date_of(month + 1, 1) - dt.timedelta(days=1)
        if month_end < today and collected.get(month):
            journals.append((month_end.toordinal(), 4, "deposit", month))
    journals.sort(key=lambda j: (j[0], j[1]))
    per_year: dict[int, int] = {}
    receipts_per_year: dict[int, int] = {}
    for j in journals:
        year = dt.date.fromordinal(j[0]).year
        per_year[year] = per_year.get(year, 0) + 1
        if j[2] == "pay":
            receipts_per_year[year] = receipts_per_year.get(year, 0) + 1
    journal_pattern, receipt_pattern = number_pattern("journal"), number_pattern("receipt")

    journal_columns = ("id", "number", "date", "description", "source", "reference", "branch", "created_by",
                       "created_at")
    line_columns = ("journal", "line_no", "account", "debit", "credit", "memo", "customer_id", "loan_id")
    payment_columns = ("id", "receipt_no", "loan", "branch", "kind", "date", "amount", "method", "reference",
                       "cashier", "idempotency_key", "status", "journal", "reason", "outstanding_after",
                       "print_count", "created_at")
    alloc_columns = ("payment", "installment", "part", "amount")

    def write_books():
        next_journal = {y: reserve_numbers("journal", None, y, c) for y, c in sorted(per_year.items())}
        next_receipt = {y: reserve_numbers("receipt", branch.id, y, c) for y, c in sorted(receipts_per_year.items())}
        journal_id = (Journal.select(Journal.id).order_by(Journal.id.desc()).scalar() or 0) + 1
        first_journal = journal_id
        payment_id = (Payment.select(Payment.id).order_by(Payment.id.desc()).scalar() or 0) + 1
        deferred = indexes_deferred(Journal, JournalLine, Payment, PaymentAllocation).__enter__()
        # A payment's journal lines and allocations follow from its amounts and its product's posting rules:
        # they are staged as one narrow row per payment and derived set-based (INSERT … SELECT) below.
        db = database.obj
        db.execute_sql("CREATE TEMP TABLE gen_payment (payment_id INTEGER PRIMARY KEY, journal_id INTEGER, "
                       "installment_id INTEGER, loan_id INTEGER, customer_id INTEGER, product_id INTEGER, "
                       "principal INTEGER, interest INTEGER)")
        db.execute_sql("CREATE TEMP TABLE gen_template (product_id INTEGER, line_no INTEGER, account_id INTEGER, "
                       "debit INTEGER, with_interest INTEGER, with_principal INTEGER)")
        db.cursor().executemany("INSERT INTO gen_template VALUES (?, ?, ?, ?, ?, ?)", [
            (product_id, line_no, accounts[code], side == "debit", 0 in parts, 1 in parts)
            for product_id, template in pay_templates.items()
            for line_no, (code, side, parts) in enumerate(template, start=1)])
        j_rows, l_rows, p_rows, a_rows = [], [], [], []
        month_pay: dict[str, list[int]] = {}

        def flush():
            insert_rows(Journal, journal_columns, j_rows)
            insert_rows(JournalLine, line_columns, l_rows, chunk=50_000)
            insert_rows(Payment, payment_columns, p_rows)
            db.cursor().executemany("INSERT INTO gen_payment VALUES (?, ?, ?, ?, ?, ?, ?, ?)", a_rows)
            j_rows.clear(), l_rows.clear(), p_rows.clear(), a_rows.clear()

        for ordinal, _order, kind, ref in journals:
            day = dt.date.fromordinal(ordinal)
            number = journal_pattern.format(year=day.year, n=next_journal[day.year], branch="", name="journal")
            next_journal[day.year] += 1
            at = dt.datetime.combine(day, dt.time(9, 0))
            if kind == "pay":
                _o, loan_id, no, inst_id, p, it, after, customer_id, product_id, contract = payments[ref]
                receipt = receipt_pattern.format(branch=branch.code, year=day.year, n=next_receipt[day.year])
                next_receipt[day.year] += 1
                cashier = cashiers[payment_id % 2]
                j_rows.append((journal_id, number, day, f"Angsuran ke-{no} {contract} kwitansi {receipt}", "payment",
                               receipt, branch.id, cashier, at))
                p_rows.append((payment_id, receipt, loan_id, branch.id, "installment", day, p + it, "cash", "",
                               cashier, None, "posted", journal_id, "", after, 1, at))
                a_rows.append((payment_id, journal_id, inst_id, loan_id, customer_id, product_id, p, it))
                month_pay.setdefault(f"{day:%Y-%m}", []).append(p + it)
                payment_id += 1
            elif kind == "disb":
                _o, loan_id, principal_sen, customer_id, product_id, contract = disbursements[ref]
                j_rows.append((journal_id, number, day, f"Pencairan {contract}", "disbursement", contract,
                               branch.id, accountant, at))
                for line_no, (code, side, _parts) in enumerate(disb_templates[product_id], start=1):
                    l_rows.append((journal_id, line_no, accounts[code], principal_sen if side == "debit" else 0,
                                   principal_sen if side == "credit" else 0, "", customer_id, loan_id))
            elif kind == "open":
                equity = total_disbursed * 3 // 10
                loan_part = total_disbursed - equity
                j_rows.append((journal_id, number, day, "Setoran modal dan fasilitas pinjaman bank", "opening",
                               "AKTA-MODAL", branch.id, accountant, at))
                l_rows.extend([(journal_id, 1, bank, total_disbursed + 10_000_000_000, 0, "", None, None),
                               (journal_id, 2, capital, 0, equity + 10_000_000_000, "", None, None),
                               (journal_id, 3, facility, 0, loan_part, "", None, None)])
            elif kind == "cost":
                total = 0
                j_rows.append((journal_id, number, day, f"Biaya operasional {day:%m/%Y}", "manual",
                               f"BKK/{day:%Y%m}", branch.id, accountant, at))
                for line_no, (aid, text, amount) in enumerate(costs, start=1):
                    drift = (rng.randrange(-20, 21) * 5_000) * 100
                    l_rows.append((journal_id, line_no, aid, amount + drift, 0, text, None, None))
                    total += amount + drift
                l_rows.append((journal_id, len(costs) + 1, bank, 0, total, "", None, None))
            else:  # deposit: the month's takings banked at month end
                amount = collected[ref]
                j_rows.append((journal_id, number, day, f"Setoran kas ke bank {day:%m/%Y}", "manual",
                               f"STR/{day:%Y%m}", branch.id, accountant, at))
                l_rows.extend([(journal_id, 1, bank, amount, 0, "", None, None),
                               (journal_id, 2, cash, 0, amount, "", None, None)])
            journal_id += 1
            if len(j_rows) >= 50_000:
                flush()
        flush()
        # Allocations (interest, then principal: the allocation order) and the payment journals' lines.
        db.execute_sql(
            "INSERT INTO payment_allocation (payment_id, installment_id, part, amount) "
            "SELECT g.payment_id, g.installment_id, k.part, CASE k.n WHEN 1 THEN g.interest ELSE g.principal END "
            "FROM gen_payment g CROSS JOIN (SELECT 1 AS n, 'interest' AS part UNION ALL SELECT 2, 'principal') k "
            "WHERE (CASE k.n WHEN 1 THEN g.interest ELSE g.principal END) > 0 ORDER BY g.payment_id, k.n")
        db.execute_sql(
            "INSERT INTO journal_line (journal_id, line_no, account_id, debit, credit, memo, customer_id, loan_id) "
            "SELECT g.journal_id, t.line_no, t.account_id, "
            "CASE WHEN t.debit THEN t.with_interest * g.interest + t.with_principal * g.principal ELSE 0 END, "
            "CASE WHEN t.debit THEN 0 ELSE t.with_interest * g.interest + t.with_principal * g.principal END, "
            "'', g.customer_id, g.loan_id "
            "FROM gen_payment g JOIN gen_template t ON t.product_id = g.product_id "
            "WHERE t.with_interest * g.interest + t.with_principal * g.principal > 0 "
            "ORDER BY g.journal_id, t.line_no")
        db.execute_sql("DROP TABLE gen_payment")
        db.execute_sql("DROP TABLE gen_template")
        log(f"  rows written: {time.perf_counter() - step2:.1f} s")
        deferred.__exit__(None, None, None)
        log(f"  indexes built: {time.perf_counter() - step2:.1f} s")
        # Stamping posted_at freezes the entries; the database re-checks each journal's balance here.
        database.obj.execute_sql("UPDATE journal SET posted_at = created_at WHERE id >= ? AND posted_at IS NULL",
                                 (first_journal,))
        log(f"  journals stamped posted: {time.perf_counter() - step2:.1f} s")
        for month_text, amounts in sorted(month_pay.items()):
            audit.record(None, "payment.bulk", "payment", month_text,
                         after={"payments": len(amounts), "amount_sen": sum(amounts), "source": "make_office"})
        return journal_id - first_journal, payment_id

    journal_count, _ = run_in_transaction(write_books)
    line_count = database.obj.execute_sql("SELECT count(*) FROM journal_line").fetchone()[0]
    step3 = time.perf_counter()
    log(f"{len(payments)} payments, {journal_count} journals, {line_count} lines: {step3 - step2:.1f} s")
    db.execute_sql("PRAGMA journal_mode=WAL")
    db.execute_sql("ANALYZE")
    db.close()
    seconds = time.perf_counter() - started
    log(f"done in {seconds:.1f} s: {path} ({path.stat().st_size / 1e6:.0f} MB)")
    return {"customers": len(customers), "loans": loan_count, "installments": inst_count,
            "payments": len(payments), "journals": journal_count, "journal_lines": line_count, "seconds": seconds}


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
