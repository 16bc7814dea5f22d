"""Daftar pinjaman: the loan book as it stands today, one row per loan, for Excel (``main.py export loans``).

The branch head's everyday list: who owes what, since when, and how late.  Days past due and the
collectibility class come from the same SQL expressions as the loans page (:func:`models.loans.loans.dpd_sql`,
:func:`models.loans.loans.collectibility_sql`), and the arrears (installments due and unpaid) from one grouped query
over the schedule joined in, so the export of ten thousand loans is one query, not a pass per loan.

It is today's position only: the stored summaries (outstanding principal, oldest unpaid due date) are the
current ones, so a past as-of date would mix today's balances with yesterday's lateness.  A month-end
snapshot belongs to the monthly report pack.
"""
from __future__ import annotations

import datetime as dt

from peewee import JOIN, fn

from models.collections.restructuring import (
    restructured_collectibility_sql as collectibility_sql,
)  # the restructuring rule
from models.core.db import read_transaction, run_in_transaction
from models.core.money import ZERO, D, format_amount, from_minor
from models.loans.loans import (
    COLLECTIBILITY_NAMES,
    NONPERFORMING_CLASSES,
    STATUS_LABELS,
    Installment,
    Loan,
    collectibility_preset,
    dpd_sql,
)
from reports.base import Column, Kind, ReportTable

COLUMNS = (
    Column("contract_no", "No. Kontrak", width=18),
    Column("customer", "Nasabah", width=28),
    Column("product", "Produk", width=8),
    Column("officer", "Petugas", width=20),
    Column("dealer", "Dealer", width=22),
    Column("disbursed_on", "Tgl Cair", Kind.DATE),
    Column("principal", "Pokok", Kind.MONEY),
    Column("installment", "Angsuran", Kind.MONEY),
    Column("paid", "Dibayar", width=8),
    Column("outstanding", "Sisa Pokok", Kind.MONEY),
    Column("arrears", "Tunggakan", Kind.MONEY),
    Column("oldest_due", "Jatuh Tempo Tertua", Kind.DATE),
    Column("dpd", "Hari Tunggak", Kind.INT),
    Column("klass", "Kol", Kind.INT, width=5),
    Column("klass_name", "Kolektibilitas", width=22),
    Column("status", "Status", width=16),
)


def _arrears_query(as_of: dt.date):
    """Per loan, the scheduled principal and interest due by ``as_of`` and not yet paid (or waived)."""
    owed = (Installment.amount - Installment.principal_paid - Installment.interest_paid
            - Installment.interest_waived)
    return (Installment.select(Installment.loan.alias("loan_id"), fn.SUM(owed).alias("owed"))
            .where(Installment.due_date <= as_of, Installment.paid_on.is_null())
            .group_by(Installment.loan)).alias("arrears")


def loan_book(user=None, *, as_of: dt.date | None = None, status: str | None = "active",
              classes: tuple[int, ...] = ()) -> ReportTable:
    """The loans ``user`` may see (officers: their own portfolio), ordered by contract number.

    Args:
        user: the person asking; ``None`` means the whole office (command line run by the system).
        as_of: the day lateness is counted to (default today).
        status: ``"active"`` (default), another loan status, or ``None`` for every loan ever made.
        classes: only these collectibility classes (``(3, 4, 5)``: the non-performing book); empty = all.
    Returns:
        A table with totals of principal, outstanding principal and arrears, and the NPF ratio (classes 3–5
        over the outstanding principal) in its heading.
    """
    from models.core.users import User, sees_all_portfolios
    from models.customers.customers import Customer
    from models.customers.dealers import Dealer
    from models.products.products import LoanProduct

    as_of = as_of or dt.date.today()
    preset = collectibility_preset()
    arrears = _arrears_query(as_of)
    query = (Loan.select(Loan.contract_no, Customer.full_name, LoanProduct.code, User.full_name,
                         Dealer.name, Loan.disbursed_on, Loan.principal, Loan.installment_amount,
                         Loan.installments_paid, Loan.tenor, Loan.outstanding_principal, Loan.oldest_unpaid_due,
                         dpd_sql(as_of), collectibility_sql(as_of, preset), Loan.status,
                         fn.COALESCE(arrears.c.owed, 0))
             .join(Customer, on=(Loan.customer == Customer.id))
             .switch(Loan).join(LoanProduct, on=(Loan.product == LoanProduct.id))
             .switch(Loan).join(User, on=(Loan.officer == User.id))
             .switch(Loan).join(Dealer, JOIN.LEFT_OUTER, on=(Loan.dealer_id == Dealer.id))
             .switch(Loan).join(arrears, JOIN.LEFT_OUTER, on=(Loan.id == arrears.c.loan_id))
             .order_by(Loan.contract_no))
    if user is not None and not sees_all_portfolios(user):
        query = query.where(Loan.officer == user.id)
    if status:
        query = query.where(Loan.status == status)
    if classes:
        query = query.where(collectibility_sql(as_of, preset).in_(list(classes)))
    rows = []
    for (contract_no, customer, product, officer, dealer, disbursed_on, principal, installment, paid,
         tenor, outstanding, oldest_due, dpd, klass, loan_status, owed) in query.tuples():
        rows.append({"contract_no": contract_no, "customer": customer, "product": product,
                     "officer": officer, "dealer": dealer or "", "disbursed_on": _date(disbursed_on),
                     "principal": D(principal), "installment": D(installment), "paid": f"{paid}/{tenor}",
                     "outstanding": D(outstanding), "oldest_due": _date(oldest_due), "dpd": int(dpd),
                     "klass": int(klass), "klass_name": COLLECTIBILITY_NAMES[int(klass)],
                     "status": STATUS_LABELS.get(loan_status, loan_status), "arrears": from_minor(owed)})
    outstanding = sum((r["outstanding"] for r in rows), ZERO)
    npf = sum((r["outstanding"] for r in rows if r["klass"] in NONPERFORMING_CLASSES), ZERO)
    ratio = (npf * 100 / outstanding).quantize(D("0.01")) if outstanding else ZERO
    totals = {"principal": sum((r["principal"] for r in rows), ZERO), "outstanding": outstanding,
              "arrears": sum((r["arrears"] for r in rows), ZERO)}
    meta = (("Jumlah pinjaman", format_amount(len(rows), 0)),
            ("NPF (Kol 3–5)", f"{format_amount(ratio, 2)} % dari sisa pokok"))
    return ReportTable("Daftar Pinjaman", COLUMNS, rows, totals=totals,
                       subtitle=f"Posisi per {as_of:%d/%m/%Y}", meta=meta)


def _date(value) -> dt.date | None:
    # SQLite hands back ISO text for dates read through an aliased select; PostgreSQL a date.
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def export_loan_book(user, path, *, as_of: dt.date | None = None, status: str | None = "active",
                     classes: tuple[int, ...] = (), progress=None) -> ReportTable:
    """Write :func:`loan_book` to ``path`` (.xlsx with the letterhead, or .csv) for ``user``; audited.

    The rows are read inside :class:`models.core.db.read_transaction` (one consistent snapshot that never takes the
    write lock, so cashiers keep posting while a 100.000-loan book is written); the audit row follows in its
    own short write transaction once the file is in place.  The file is written beside its target and moved
    over it, so a failure or a cancel leaves the previous file, and no audit row.

    Args:
        progress: a :class:`models.core.progress.Progress` (reports rows written; its cancel stops the export).
    Raises:
        PermissionDenied: ``user`` lacks ``report.export``; nothing is written.
        Cancelled: the export was cancelled; nothing is written.
    """
    from models.core import audit
    from models.core.progress import progress_or_quiet
    from models.core.users import require
    from reports.commands import write_table

    progress = progress_or_quiet(progress)
    require(user, "report.export")
    progress.step(0, 0, "membaca daftar pinjaman")
    with read_transaction():
        table = loan_book(user, as_of=as_of, status=status, classes=classes)
    written = write_table(table, str(path), progress=progress)

    def record():
        audit.record(user, "loan.export", "loan", "", after={"file": written.name, "rows": len(table.rows),
                                                             "status": status or "", "classes": list(classes)},
                     note="ekspor daftar pinjaman")

    try:
        run_in_transaction(record)
    except BaseException:
        written.unlink(missing_ok=True)  # no audit row, no file: an export is both or neither
        raise
    return table


def export_loans_command(args) -> int:
    """``main.py --db F export loans --user USERNAME --out F.xlsx|F.csv [--to YYYY-MM-DD]``: audited."""
    from models.core.errors import DomainError
    from models.core.users import get_user
    from reports.commands import SUFFIXES, _fail

    if not getattr(args, "user", None):
        return _fail("--user: the loan book lists customers and their debts; name the user who exports it "
                     "(report.export)")
    if getattr(args, "date_from", None):
        return _fail("--from: the loan book is a position on one day; give only --to (default today)")
    as_of = dt.date.today()
    if getattr(args, "date_to", None):
        try:
            as_of = dt.date.fromisoformat(args.date_to)
        except ValueError:
            return _fail(f"--to: '{args.date_to}' is not a date (use YYYY-MM-DD)")
        if as_of < dt.date.today():
            return _fail("--to: the loan book holds today's balances; a past month-end needs the monthly "
                         "report pack")
    if not str(args.out).lower().endswith(SUFFIXES):
        return _fail(f"--out: '{args.out}' must end in .xlsx or .csv")

    try:
        table = export_loan_book(get_user(args.user), args.out, as_of=as_of)
    except DomainError as exc:
        return _fail(exc.message, 1)
    except OSError as exc:
        return _fail(f"cannot write {args.out}: {exc.strerror or exc}", 1)
    print(f"{len(table.rows)} loans written to {args.out}")
    return 0
