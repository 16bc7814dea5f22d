"""Daily cash report (laporan kas harian): what the drawer and the bank held, took in and paid out on one day.

Data first: :func:`cash_report` returns report tables (plain rows) that :mod:`reports.pdf` and
:mod:`reports.xlsx` render.

* **Ringkasan kas** — per cash account of the chart (role ``cash_accounts``): opening balance, receipts,
  disbursements, closing balance, from the ledger (SQL sums over posted journals), so the report can never
  disagree with the books.
* **Rekap per kasir** — what each cashier received that day by method (cash to hand over, transfers,
  payment points) and what was cancelled, and how many of its receipts needed the Rp 10.000 stamp duty (over
  Rp 5.000.000, UU 10/2020 Art. 3(2)(g)), split by who bears it (the product's setting): the office buys or
  accounts for that many meterai; and, once the cashier closed the day, the drawer as counted and the
  difference (selisih kas) with its reason.
* **Penerimaan** — every receipt of the day, reversed ones included and marked, so a receipt book page is
  never unaccounted for.
* **Pengeluaran kas** — every journal line that took money out of a cash account (disbursements, expenses,
  refunds).  Reversals are not money paid out: a cancelled receipt shows as DIBATALKAN among the receipts and in
  the summary's "Dibatalkan" column.  Receipts are listed by the day they are in the books; an advance applied or a
  rounding adjustment moves no money and is not a receipt (issue 13, item 11).

The audit chain head (:func:`models.core.audit.chain_head`) is printed in the meta block: a paper copy filed each
day anchors the hash chain outside the database, so a rewritten history would no longer match the paper.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from peewee import JOIN, fn

from models.core.money import ZERO
from reports.base import Column, Kind, ReportTable

MONEY = Kind.MONEY


def _cash_accounts():
    from models.ledger.chart import Account, chart_roles

    codes = chart_roles().get("cash_accounts") or [chart_roles().get("cash", "1101")]
    return list(Account.select().where(Account.code.in_([str(c) for c in codes])).order_by(Account.code))


def cash_report(date: dt.date, branch=None, cashier=None) -> list[ReportTable]:
    """The four tables of the day's cash report.

    Args:
        date: the day.
        branch: a :class:`models.core.office.Branch` to limit the receipts to (ledger figures are the office's).
        cashier: a :class:`models.core.users.User` to limit the receipts and the per-cashier recap to.
    Returns:
        [summary, per-cashier recap, receipts, disbursements].
    """
    from models.cashier.documents import needs_stamp_duty
    from models.cashier.payments import METHOD_LABELS, Payment
    from models.core.audit import chain_head
    from models.core.users import User
    from models.customers.customers import Customer
    from models.ledger.chart import SOURCE_LABELS
    from models.ledger.journals import Journal, JournalLine, account_totals
    from models.loans.loans import Loan
    from models.products.products import LoanProduct

    accounts = _cash_accounts()
    before = account_totals(None, date - dt.timedelta(days=1))
    # Money that moved (every journal but reversals) and cancellations (reversing journals) apart: a receipt
    # cancelled the same day is listed as DIBATALKAN among the receipts, never as money paid out (issue 13).
    moved = account_totals(date, date, exclude_sources=["reversal"])
    everything = account_totals(date, date)
    summary_rows = []
    for account in accounts:
        d0, c0 = before.get(account.id, (ZERO, ZERO))
        d1, c1 = moved.get(account.id, (ZERO, ZERO))
        da, ca = everything.get(account.id, (ZERO, ZERO))
        cancelled = (ca - c1) - (da - d1)
        opening = d0 - c0
        summary_rows.append({"code": account.code, "name": account.name, "opening": opening, "in": d1,
                             "out": c1, "cancelled": cancelled, "closing": opening + d1 - c1 - cancelled})
    totals = {k: sum((r[k] for r in summary_rows), ZERO) for k in ("opening", "in", "out", "cancelled", "closing")}
    seq, digest = chain_head()
    meta = [("Tanggal", f"{date:%d/%m/%Y}"), ("Cabang", branch.name if branch is not None else "Semua cabang"),
            ("Kasir", cashier.full_name if cashier is not None else "Semua kasir"),
            ("Rantai audit", f"#{seq} {digest[:16]}")]
    summary = ReportTable(
        "Laporan Kas Harian",
        (Column("code", "Akun", width=8), Column("name", "Nama akun", width=28),
         Column("opening", "Saldo awal", MONEY), Column("in", "Penerimaan", MONEY),
         Column("out", "Pengeluaran", MONEY), Column("cancelled", "Dibatalkan", MONEY),
         Column("closing", "Saldo akhir", MONEY)),
        summary_rows, totals=dict(totals, code="TOTAL"), subtitle=f"Per {date:%d/%m/%Y}", meta=meta)

    query = (Payment.select(Payment.receipt_no, Payment.created_at, Payment.method, Payment.amount,
                            Payment.status, Payment.kind, Loan.contract_no, Customer.full_name, User.full_name,
                            User.id, LoanProduct.stamp_duty_bearer)
             .join(Loan, on=(Payment.loan == Loan.id)).join(Customer, on=(Loan.customer == Customer.id))
             .switch(Loan).join(LoanProduct, on=(Loan.product == LoanProduct.id))
             .switch(Payment).join(User, on=(Payment.cashier == User.id))
             .switch(Payment).join(Journal, JOIN.LEFT_OUTER, on=(Payment.journal == Journal.id))
             # The day the receipt is in the books: its journal's date (a transfer found after its month was
             # closed is booked on the first open day), so the list agrees with the ledger summary above.
             .where((fn.COALESCE(Journal.date, Payment.booked_on, Payment.date) == date)
                    & Payment.kind.in_(["installment", "payoff"]))  # postings that move no money are not receipts
             .order_by(Payment.receipt_no))
    if branch is not None:
        query = query.where(Payment.branch == branch.id)
    if cashier is not None:
        query = query.where(Payment.cashier == cashier.id)
    receipt_rows, recap = [], {}
    for no, _created, method, amount, status, kind, contract, customer, cashier_name, cashier_id, bearer \
            in query.tuples():
        posted = status == "posted"
        stamped = needs_stamp_duty(amount)
        receipt_rows.append({"no": no, "contract": contract, "customer": customer,
                             "kind": "Pelunasan" if kind == "payoff" else "Angsuran",
                             "method": METHOD_LABELS.get(method, method), "cashier": cashier_name,
                             "amount": amount if posted else ZERO, "cancelled": ZERO if posted else amount,
                             "stamp": ("Ya, kantor" if bearer == "office" else "Ya, nasabah") if stamped else "",
                             "status": "Berlaku" if posted else "DIBATALKAN"})
        row = recap.setdefault(cashier_id, {"cashier": cashier_name, "count": 0, "cash": ZERO, "transfer": ZERO,
                                            "payment_point": ZERO, "cancelled": ZERO, "total": ZERO,
                                            "stamped": 0, "stamped_office": 0})
        row["count"] += 1
        # A receipt over Rp 5 juta needed a meterai even if it was later cancelled: the paper was issued.
        if stamped:
            row["stamped"] += 1
            row["stamped_office"] += bearer == "office"
        if posted:
            row[method] += amount
            row["total"] += amount
        else:
            row["cancelled"] += amount
    # The day-close of each cashier (models/cashier_close.py): counted drawer and difference, once closed.
    from models.cashier.cashier_day import CashierDayClose

    closes = {c.cashier_id: c for c in CashierDayClose.select().where(CashierDayClose.date == date)}
    for cashier_id, row in recap.items():
        close = closes.get(cashier_id)
        row["counted"] = close.counted_cash if close else None
        row["difference"] = close.difference if close else None
        row["closed"] = (f"Ditutup {close.closed_at:%H:%M}" + (f" - {close.reason}" if close.reason else "")) \
            if close else "Belum ditutup"
    recap_rows = sorted(recap.values(), key=lambda r: r["cashier"])
    recap_cols = ("count", "stamped", "stamped_office", "cash", "transfer", "payment_point", "cancelled", "total")
    recap_table = ReportTable(
        "Rekap per Kasir",
        (Column("cashier", "Kasir", width=24), Column("count", "Kwitansi", Kind.INT),
         Column("stamped", "Wajib meterai", Kind.INT), Column("stamped_office", "Meterai beban kantor", Kind.INT),
         Column("cash", "Tunai (disetor)", MONEY), Column("transfer", "Transfer", MONEY),
         Column("payment_point", "Payment point", MONEY), Column("cancelled", "Dibatalkan", MONEY),
         Column("total", "Jumlah diterima", MONEY), Column("counted", "Hasil hitung laci", MONEY),
         Column("difference", "Selisih kas", MONEY), Column("closed", "Tutup kas", width=22)),
        recap_rows, totals={k: sum((r[k] for r in recap_rows), 0 if k.startswith(("count", "stamped")) else ZERO)
                            for k in recap_cols},
        subtitle=f"Per {date:%d/%m/%Y}",
        meta=(("Bea meterai", "Kwitansi di atas Rp 5.000.000 wajib meterai Rp 10.000 (UU 10/2020)"),))
    receipts = ReportTable(
        "Penerimaan",
        (Column("no", "No. kwitansi", width=20), Column("contract", "No. kontrak", width=16),
         Column("customer", "Nasabah", width=24), Column("kind", "Jenis", width=10),
         Column("method", "Cara bayar", width=12), Column("cashier", "Kasir", width=18),
         Column("amount", "Jumlah", MONEY), Column("cancelled", "Dibatalkan", MONEY),
         Column("stamp", "Meterai", width=11), Column("status", "Status", width=11)),
        receipt_rows, totals={"amount": sum((r["amount"] for r in receipt_rows), ZERO),
                              "cancelled": sum((r["cancelled"] for r in receipt_rows), ZERO)},
        subtitle=f"Per {date:%d/%m/%Y}")

    out_rows = []
    out_query = (JournalLine.select(Journal.number, Journal.description, Journal.source, JournalLine.credit)
                 .join(Journal).where((Journal.date == date) & Journal.posted_at.is_null(False)
                                      & (JournalLine.account.in_([a.id for a in accounts]))
                                      & (JournalLine.credit > 0) & (Journal.source != "reversal"))
                 .order_by(Journal.number))
    if cashier is not None:
        out_query = out_query.where(Journal.created_by == cashier.id)
    for number, description, source, credit in out_query.tuples():
        out_rows.append({"journal": number, "description": description,
                         "source": SOURCE_LABELS.get(source, source), "amount": credit})
    disbursements = ReportTable(
        "Pengeluaran Kas",
        (Column("journal", "No. jurnal", width=16), Column("description", "Keterangan", width=44),
         Column("source", "Sumber", width=14), Column("amount", "Jumlah", MONEY)),
        out_rows, totals={"amount": sum((r["amount"] for r in out_rows), ZERO)}, subtitle=f"Per {date:%d/%m/%Y}")
    return [summary, recap_table, receipts, disbursements]


def write_cash_report(date: dt.date, path: str | Path, *, branch=None, cashier=None,
                      printed_by: str | None = None) -> Path:
    """Render the cash report to ``.pdf`` or ``.xlsx`` by the file's suffix."""
    from reports.quote_pdf import office_letterhead

    tables = cash_report(date, branch, cashier)
    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        from reports.xlsx import write_xlsx

        return write_xlsx(tables, path, letterhead=office_letterhead())
    from reports.pdf import write_pdf

    return write_pdf(tables, path, letterhead=office_letterhead(), orientation="landscape", printed_by=printed_by,
                     footer_note="Diperiksa dan disetujui kepala cabang: ____________________")


def print_cash_report_command(args) -> int:
    """``main.py --db FILE print cash-report [--date YYYY-MM-DD] [--cashier USERNAME] --out FILE.pdf|.xlsx``."""
    import sys

    from models.core.users import User

    try:
        date = dt.date.fromisoformat(args.date) if getattr(args, "date", None) else dt.date.today()
    except ValueError:
        print(f"error: --date: '{args.date}' is not a date (use YYYY-MM-DD)", file=sys.stderr)
        return 2
    cashier = None
    if getattr(args, "cashier", None):
        cashier = User.get_or_none(User.username == args.cashier)
        if cashier is None:
            print(f"error: --cashier: no user '{args.cashier}'", file=sys.stderr)
            return 2
    write_cash_report(date, args.out, cashier=cashier)
    print(args.out)
    return 0


def cash_totals(date: dt.date) -> dict[str, Decimal]:
    """Receipts of the day by method (for the cashier's screen footer)."""
    from models.cashier.payments import Payment

    rows = (Payment.select(Payment.method, fn.SUM(Payment.amount))
            .where((fn.COALESCE(Payment.booked_on, Payment.date) == date) & (Payment.status == "posted")
                   & Payment.kind.in_(["installment", "payoff"])).group_by(Payment.method).tuples())
    from models.core.money import from_minor

    return {method: from_minor(total) for method, total in rows}
