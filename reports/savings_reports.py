"""Savings reports as data: the member statement, the SHU distribution and the RAT pack.

Each function returns :class:`reports.base.ReportTable` rows (CONVENTIONS, habit 9); ``reports.xlsx`` and
``reports.pdf`` render them, and :mod:`reports.savings_pdf` adds the passbook and the receipts.

The RAT pack (Rapat Anggota Tahunan: the annual members' meeting) carries the statements a cooperative presents
under SAK EP with the Permenkop names: Laporan Posisi Keuangan (neraca), Laporan Perhitungan Hasil Usaha,
Laporan Arus Kas (direct method, by activity), Laporan Perubahan Ekuitas, plus Mutasi Keanggotaan, Ringkasan
Pinjaman dan Simpanan and Pembagian SHU (the split and the per-member table).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from peewee import fn

from models.core.money import ZERO, from_minor
from reports.base import Column, Kind, ReportTable


def _d(day: dt.date) -> str:
    return f"{day:%d/%m/%Y}"


# ------------------------------------------------------------------------------------------ member statement
STATEMENT_COLUMNS = (
    Column("date", "Tanggal", Kind.DATE, width=11), Column("kind", "Transaksi", width=18),
    Column("receipt_no", "No. Bukti", width=20), Column("debit", "Debit", Kind.MONEY),
    Column("credit", "Kredit", Kind.MONEY), Column("balance", "Saldo", Kind.MONEY),
)
LOAN_COLUMNS = (
    Column("date", "Tanggal", Kind.DATE, width=11), Column("receipt_no", "No. Kwitansi", width=20),
    Column("principal", "Pokok", Kind.MONEY), Column("interest", "Jasa", Kind.MONEY),
    Column("fee", "Denda", Kind.MONEY),
    Column("amount", "Jumlah", Kind.MONEY),
)


def member_statement(member, date_from: dt.date, date_to: dt.date) -> list[ReportTable]:
    """Every savings account and every loan of ``member`` over a period: opening balance, movements, closing.

    Returns:
        One table per savings account (opening row, transactions, totals with the closing balance) and one per
        loan (payments in the period with their allocation; the outstanding principal in the meta).
    """
    from models.cashier.payments import Payment, PaymentAllocation
    from models.loans.loans import Loan
    from models.savings.savings import TXN_LABELS, accounts_of, balance_on, transactions

    customer = member.customer
    tables = []
    for acct in accounts_of(member, include_closed=True):
        opening = balance_on(acct, date_from - dt.timedelta(days=1))
        rows = [{"date": date_from, "kind": "Saldo awal", "receipt_no": "", "debit": None, "credit": None,
                 "balance": opening}]
        running, debit, credit = opening, ZERO, ZERO
        for t in transactions(acct, date_from, date_to):
            amount = Decimal(t.amount)
            running += amount
            rows.append({"date": t.date, "kind": TXN_LABELS.get(t.kind, t.kind), "receipt_no": t.receipt_no or "",
                         "debit": -amount if amount < 0 else None, "credit": amount if amount > 0 else None,
                         "balance": running})
            debit += -amount if amount < 0 else ZERO
            credit += amount if amount > 0 else ZERO
        tables.append(ReportTable(f"{acct.product.name} {acct.number}", STATEMENT_COLUMNS, rows,
                                  totals={"kind": "Mutasi / saldo akhir", "debit": debit, "credit": credit,
                                          "balance": running},
                                  subtitle=f"{_d(date_from)} s.d. {_d(date_to)}",
                                  meta=(("Anggota", f"{member.member_no} {customer.full_name}"),)))
    for loan in Loan.select().where(Loan.customer == customer.id).order_by(Loan.id):
        rows, totals = [], {"principal": ZERO, "interest": ZERO, "fee": ZERO, "amount": ZERO}
        payments = list(Payment.select().where((Payment.loan == loan.id) & (Payment.status == "posted")
                                               & (Payment.date >= date_from) & (Payment.date <= date_to))
                        .order_by(Payment.id))
        parts = {}
        if payments:
            for pid, part, amount in (PaymentAllocation.select(PaymentAllocation.payment, PaymentAllocation.part,
                                                               fn.SUM(PaymentAllocation.amount))
                                      .where(PaymentAllocation.payment.in_([p.id for p in payments]))
                                      .group_by(PaymentAllocation.payment, PaymentAllocation.part).tuples()):
                parts[(pid, part)] = from_minor(amount or 0)
        for p in payments:
            row = {"date": p.date, "receipt_no": p.receipt_no, "principal": parts.get((p.id, "principal"), ZERO),
                   "interest": parts.get((p.id, "interest"), ZERO), "fee": parts.get((p.id, "fee"), ZERO),
                   "amount": Decimal(p.amount)}
            rows.append(row)
            for k in totals:
                totals[k] += row[k]
        tables.append(ReportTable(f"Pinjaman {loan.contract_no}", LOAN_COLUMNS, rows, totals=dict(totals, date=None),
                                  subtitle=f"{_d(date_from)} s.d. {_d(date_to)}",
                                  meta=(("Anggota", f"{member.member_no} {customer.full_name}"),
                                        ("Pokok pinjaman", f"{Decimal(loan.principal):,.0f}".replace(",", ".")),
                                        ("Sisa pokok", f"{Decimal(loan.outstanding_principal):,.0f}"
                                         .replace(",", ".")), ("Status", loan.status))))
    return tables


# ------------------------------------------------------------------------------------------------- SHU
SHU_MEMBER_COLUMNS = (
    Column("member_no", "No. Anggota", width=14), Column("name", "Nama", width=26),
    Column("avg_savings", "Rata-rata Simpanan", Kind.MONEY),
    Column("interest_paid", "Jasa Pinjaman Dibayar", Kind.MONEY),
    Column("capital_part", "SHU Jasa Modal", Kind.MONEY), Column("service_part", "SHU Jasa Anggota", Kind.MONEY),
    Column("total", "Jumlah SHU", Kind.MONEY),
)
SHU_PART_COLUMNS = (Column("label", "Pembagian", width=32), Column("pct", "Persen", Kind.PERCENT),
                    Column("amount", "Jumlah", Kind.MONEY))


def shu_tables(year: int, pool: Decimal | None = None, as_of: dt.date | None = None) -> list[ReportTable]:
    """The SHU split (parts, residue on the reserve) and the per-member table of ``year``: the posted
    distribution when there is one, else the plan."""
    from models.savings.shu import ShuDistribution, plan, shares_of

    dist = ShuDistribution.get_or_none(ShuDistribution.year == year)
    if dist is not None:
        import json

        parts = [dict(p, amount=Decimal(p["amount"])) for p in json.loads(dist.parts)]
        pool = Decimal(dist.pool)
        members = [{"member_no": s.member.member_no, "name": s.member.customer.full_name,
                    "avg_savings": Decimal(s.avg_savings), "interest_paid": Decimal(s.interest_paid),
                    "capital_part": Decimal(s.capital_part), "service_part": Decimal(s.service_part),
                    "total": Decimal(s.total)} for s in shares_of(year)]
        how = "dikreditkan ke simpanan sukarela" if dist.mode == "credit" else "dibayar tunai"
        status = f"dibagikan {_d(dist.date)} ({how})"
    else:
        the_plan = plan(year, pool, as_of=as_of)
        parts, pool = list(the_plan.parts), the_plan.pool
        members = [{"member_no": s.member_no, "name": s.name, "avg_savings": s.avg_savings,
                    "interest_paid": s.interest_paid, "capital_part": s.capital_part,
                    "service_part": s.service_part, "total": s.total} for s in the_plan.members]
        status = "rencana (belum dibagikan)"
    part_rows = [{"label": p["label"], "pct": Decimal(str(p["pct"])), "amount": p["amount"]} for p in parts]
    totals = {k: sum((r[k] for r in members), ZERO) for k in ("capital_part", "service_part", "total")}
    return [ReportTable("Pembagian SHU", SHU_PART_COLUMNS, part_rows,
                        totals={"label": "SHU dibagi", "pct": Decimal(100), "amount": pool},
                        subtitle=f"Tahun buku {year}", meta=(("Status", status),)),
            ReportTable("SHU per Anggota", SHU_MEMBER_COLUMNS, members, totals=dict(totals, member_no="TOTAL"),
                        subtitle=f"Tahun buku {year}")]


# --------------------------------------------------------------------------------------------- RAT pack
FLOW_COLUMNS = (Column("name", "Uraian", width=44), Column("amount", "Jumlah", Kind.MONEY))
#: Journal source → activity of the direct-method cash flow (SAK EP 7; lending to members is a savings-and-loan
#: cooperative's operating activity, members' savings and capital are its financing).
ACTIVITY = {"payment": "operasi", "payoff": "operasi", "late_fee": "operasi", "fee": "operasi",
            "disbursement": "operasi", "refund": "operasi", "write_off": "operasi", "manual": "operasi",
            "savings": "pendanaan", "opening": "pendanaan"}
SOURCE_TEXT = {"payment": "Penerimaan angsuran pinjaman", "payoff": "Penerimaan pelunasan pinjaman",
               "late_fee": "Penerimaan denda", "fee": "Penerimaan biaya", "disbursement": "Pinjaman disalurkan",
               "refund": "Pengembalian titipan", "write_off": "Hapus buku", "manual": "Penerimaan/pembayaran lain",
               "savings": "Simpanan anggota (setoran − penarikan)", "opening": "Modal"}


def cash_flow(year: int) -> ReportTable:
    """Laporan Arus Kas (direct method) of ``year``: cash and bank movements grouped by activity and kind."""
    from models.ledger.chart import Account, chart_roles
    from models.ledger.journals import Journal, JournalLine, balance_of_codes

    roles = chart_roles()
    codes = roles.get("cash_accounts") or [roles.get("cash"), roles.get("bank")]
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    # A reversal counts with the activity of the entry it reverses.
    rows_ = (JournalLine.select(Journal.source, fn.COALESCE(Journal.reversal_of, 0), fn.SUM(JournalLine.debit),
                                fn.SUM(JournalLine.credit))
             .join(Journal).switch(JournalLine).join(Account)
             .where(Account.code.in_(codes) & (Journal.date >= start) & (Journal.date <= end)
                    & Journal.posted_at.is_null(False))
             .group_by(Journal.source, fn.COALESCE(Journal.reversal_of, 0)).tuples())
    origin_source = {}
    sums: dict[str, Decimal] = {}
    for source, reversal_of, debit, credit in rows_:
        if source == "reversal" and reversal_of:
            source = origin_source.get(reversal_of) or Journal.get_by_id(reversal_of).source
            origin_source[reversal_of] = source
        if source == "closing":
            continue
        sums[source] = sums.get(source, ZERO) + from_minor(debit or 0) - from_minor(credit or 0)
    rows = []
    for activity, title in (("operasi", "ARUS KAS DARI AKTIVITAS OPERASI"),
                            ("investasi", "ARUS KAS DARI AKTIVITAS INVESTASI"),
                            ("pendanaan", "ARUS KAS DARI AKTIVITAS PENDANAAN")):
        rows.append({"name": title, "amount": None})
        subtotal = ZERO
        for source, amount in sorted(sums.items()):
            if ACTIVITY.get(source, "operasi") == activity:
                rows.append({"name": "   " + SOURCE_TEXT.get(source, source), "amount": amount})
                subtotal += amount
        rows.append({"name": f"Kas bersih dari aktivitas {activity}", "amount": subtotal})
    opening = balance_of_codes(codes, start - dt.timedelta(days=1))
    closing = balance_of_codes(codes, end)
    rows += [{"name": "Kenaikan (penurunan) kas", "amount": closing - opening},
             {"name": "Kas dan setara kas awal tahun", "amount": opening}]
    return ReportTable("Laporan Arus Kas", FLOW_COLUMNS, rows, totals={"name": "Kas dan setara kas akhir tahun",
                                                                        "amount": closing},
                       subtitle=f"Tahun buku {year} (metode langsung)")


EQUITY_COLUMNS = (Column("name", "Komponen Ekuitas", width=34), Column("opening", "Saldo Awal", Kind.MONEY),
                  Column("increase", "Penambahan", Kind.MONEY), Column("decrease", "Pengurangan", Kind.MONEY),
                  Column("closing", "Saldo Akhir", Kind.MONEY))


def changes_in_equity(year: int) -> ReportTable:
    """Laporan Perubahan Ekuitas: each equity account's opening balance, increases, decreases and closing."""
    from models.ledger.chart import Account
    from models.ledger.journals import account_totals

    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    before = account_totals(date_to=start - dt.timedelta(days=1))
    during = account_totals(date_from=start, date_to=end)
    rows = []
    for acct in Account.select().where(Account.type == "equity").order_by(Account.code):
        if acct.children.count():
            continue
        d0, c0 = before.get(acct.id, (ZERO, ZERO))
        d1, c1 = during.get(acct.id, (ZERO, ZERO))
        rows.append({"name": f"{acct.code} {acct.name}", "opening": c0 - d0, "increase": c1, "decrease": d1,
                     "closing": c0 - d0 + c1 - d1})
    totals = {k: sum((r[k] for r in rows), ZERO) for k in ("opening", "increase", "decrease", "closing")}
    return ReportTable("Laporan Perubahan Ekuitas", EQUITY_COLUMNS, rows, totals=dict(totals, name="Jumlah Ekuitas"),
                       subtitle=f"Tahun buku {year}")


MOVEMENT_COLUMNS = (Column("name", "Uraian", width=40), Column("count", "Jumlah Anggota", Kind.INT))


def membership_movements(year: int) -> ReportTable:
    """Mutasi Keanggotaan: members at the start of the year, joined, resigned, died, at the end."""
    from models.savings.savings import Member

    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    at_start = Member.select().where((Member.joined_on < start)
                                     & (Member.left_on.is_null() | (Member.left_on >= start))).count()
    joined = Member.select().where((Member.joined_on >= start) & (Member.joined_on <= end)).count()
    resigned = Member.select().where((Member.status == "resigned") & (Member.left_on >= start)
                                     & (Member.left_on <= end)).count()
    died = Member.select().where((Member.status == "deceased") & (Member.left_on >= start)
                                 & (Member.left_on <= end)).count()
    rows = [{"name": "Anggota awal tahun", "count": at_start}, {"name": "Anggota masuk", "count": joined},
            {"name": "Anggota keluar", "count": -resigned}, {"name": "Anggota meninggal dunia", "count": -died}]
    return ReportTable("Mutasi Keanggotaan", MOVEMENT_COLUMNS, rows,
                       totals={"name": "Anggota akhir tahun", "count": at_start + joined - resigned - died},
                       subtitle=f"Tahun buku {year}")


SUMMARY_COLUMNS = (Column("name", "Uraian", width=36), Column("count", "Rekening", Kind.INT),
                   Column("inflow", "Setoran / Penyaluran", Kind.MONEY),
                   Column("outflow", "Penarikan / Angsuran Pokok", Kind.MONEY),
                   Column("balance", "Saldo Akhir Tahun", Kind.MONEY))


def loans_and_savings_summary(year: int) -> ReportTable:
    """Ringkasan Pinjaman dan Simpanan: per savings product and for loans, the year's flows and the year-end
    balance."""
    from models.cashier.payments import Payment, PaymentAllocation
    from models.loans.loans import Loan
    from models.savings.savings import SavingsAccount, SavingsProduct, SavingsTransaction

    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    rows = []
    for product in SavingsProduct.select().order_by(SavingsProduct.id):
        base = (SavingsTransaction.select(fn.SUM(SavingsTransaction.amount)).join(SavingsAccount)
                .where(SavingsAccount.product == product.id))
        inflow = from_minor(base.where((SavingsTransaction.date >= start) & (SavingsTransaction.date <= end)
                                       & (SavingsTransaction.amount > 0)).scalar() or 0)
        outflow = -from_minor(base.where((SavingsTransaction.date >= start) & (SavingsTransaction.date <= end)
                                         & (SavingsTransaction.amount < 0)).scalar() or 0)
        balance = from_minor(base.where(SavingsTransaction.date <= end).scalar() or 0)
        count = SavingsAccount.select().where((SavingsAccount.product == product.id)
                                              & (SavingsAccount.opened_on <= end)
                                              & (SavingsAccount.closed_on.is_null()
                                                 | (SavingsAccount.closed_on > end))).count()
        rows.append({"name": product.name, "count": count, "inflow": inflow, "outflow": outflow, "balance": balance})
    disbursed = from_minor(Loan.select(fn.SUM(Loan.principal)).where((Loan.disbursed_on >= start)
                                                                      & (Loan.disbursed_on <= end)).scalar() or 0)
    repaid_in_year = from_minor(PaymentAllocation.select(fn.SUM(PaymentAllocation.amount)).join(Payment).where(
        (PaymentAllocation.part == "principal") & (Payment.status == "posted") & (Payment.date >= start)
        & (Payment.date <= end)).scalar() or 0)
    principal_to_end = from_minor(Loan.select(fn.SUM(Loan.principal)).where(Loan.disbursed_on <= end).scalar() or 0)
    repaid_to_end = from_minor(PaymentAllocation.select(fn.SUM(PaymentAllocation.amount)).join(Payment).where(
        (PaymentAllocation.part == "principal") & (Payment.status == "posted") & (Payment.date <= end)).scalar() or 0)
    loans = Loan.select().where(Loan.disbursed_on <= end).count()
    rows.append({"name": "Pinjaman anggota (pokok)", "count": loans, "inflow": disbursed,
                 "outflow": repaid_in_year, "balance": principal_to_end - repaid_to_end})
    return ReportTable("Ringkasan Pinjaman dan Simpanan", SUMMARY_COLUMNS, rows, subtitle=f"Tahun buku {year}")


def rat_pack(year: int) -> list[ReportTable]:
    """The RAT bundle of ``year`` in presentation order (SAK EP statement names, Permenkop practice)."""
    from reports.statements import balance_sheet, income_statement

    end = dt.date(year, 12, 31)
    position = dataclasses.replace(balance_sheet(end), title="Laporan Posisi Keuangan (Neraca)")
    result = dataclasses.replace(income_statement(dt.date(year, 1, 1), end), title="Laporan Perhitungan Hasil Usaha")
    tables = [position, result, cash_flow(year), changes_in_equity(year), membership_movements(year),
              loans_and_savings_summary(year)]
    try:
        tables += shu_tables(year, as_of=end + dt.timedelta(days=1))
    except Exception as exc:  # noqa: BLE001 - a year not yet closed has no SHU: the pack says so
        tables.append(ReportTable("Pembagian SHU", FLOW_COLUMNS, [{"name": str(getattr(exc, "message", exc)),
                                                                   "amount": None}], subtitle=f"Tahun buku {year}"))
    return tables


ARREARS_COLUMNS = (Column("member_no", "No. Anggota", width=14), Column("name", "Nama", width=28),
                   Column("joined_on", "Masuk", Kind.DATE), Column("months_due", "Bulan Jatuh Tempo", Kind.INT),
                   Column("paid", "Sudah Dibayar", Kind.MONEY), Column("months_behind", "Bulan Tertunggak", Kind.INT),
                   Column("oldest_unpaid", "Tertunggak Sejak", Kind.DATE), Column("owed", "Tunggakan", Kind.MONEY))


def wajib_arrears_table(as_of: dt.date) -> ReportTable:
    """Daftar Tunggakan Simpanan Wajib: active members behind on their monthly wajib, the longest first (the
    same shape as the loan arrears list: months behind, since when, how much)."""
    from models.savings.savings import wajib_arrears_list

    rows = [{"member_no": m.member_no, "name": m.customer.full_name, "joined_on": m.joined_on,
             "months_due": a.months_due, "paid": a.paid, "months_behind": a.months_behind,
             "oldest_unpaid": a.oldest_unpaid, "owed": a.owed} for m, a in wajib_arrears_list(as_of)]
    return ReportTable("Daftar Tunggakan Simpanan Wajib", ARREARS_COLUMNS, rows,
                       totals={"member_no": "TOTAL", "owed": sum((r["owed"] for r in rows), ZERO)},
                       subtitle=f"Per {_d(as_of)}")
