"""The officer's weekly and monthly report, per region (laporan AO), and the branch head's regions side by side.

For one officer, one work area (a regency or district from the region table, see models/work_areas.py), or the
whole office, over a week or a month:

* follow-ups and visits logged in the period, by kind;
* new applications of the period and their outcome (the latest version of each application number);
* disbursements of the period;
* collections received in the period against the installments that fell due in it;
* the portfolio's quality *today* by collectibility class (the office's preset), NPF (classes 3–5 over the total);
* premature arrears: loans in arrears before their third installment was paid (early default, the dealer's and
  the officer's warning sign);
* accounts needing action: every active loan past due, worst first, with the phone number to call.

All figures are SQL aggregates over today's data (integer sen summed in SQL, back through ``from_minor``); a
report is a list of :class:`~reports.base.ReportTable` that reports/pdf.py and reports/xlsx.py render.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from peewee import Case, fn

from models.core.money import ZERO, from_minor
from reports.base import Column, Kind, ReportTable

MONEY, INT, PCT = Kind.MONEY, Kind.INT, Kind.PERCENT
PREMATURE_INSTALLMENTS = 3     # in arrears before the 3rd installment was paid = premature (practice)


def period_bounds(kind: str, day: dt.date) -> tuple[dt.date, dt.date]:
    """``week`` (Monday to Sunday around ``day``) or ``month`` (the calendar month of ``day``)."""
    if kind == "week":
        start = day - dt.timedelta(days=day.weekday())
        return start, start + dt.timedelta(days=6)
    if kind == "month":
        start = day.replace(day=1)
        nxt = (start + dt.timedelta(days=32)).replace(day=1)
        return start, nxt - dt.timedelta(days=1)
    raise ValueError(f"period must be 'week' or 'month', not {kind!r}")


def _scope(query, model, officer=None, region: str | None = None, officer_field=None, customer_field=None):
    """Limit ``query`` to one officer's rows and/or customers living in ``region`` (code prefix)."""
    from models.customers.customers import Customer

    if officer is not None:
        query = query.where(officer_field == (officer if isinstance(officer, int) else officer.id))
    if region:
        sub = Customer.select(Customer.id).where((Customer.region_code == region)
                                                  | Customer.region_code.startswith(region + "."))
        query = query.where(customer_field.in_(sub))
    return query


def _pct(part: Decimal, whole: Decimal) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.01"))


def figures(date_from: dt.date, date_to: dt.date, *, officer=None, region: str | None = None,
            today: dt.date | None = None) -> dict:
    """The headline figures of one scope: plain numbers (money in rupiah) for the summary and the side-by-side.

    Keys: follow_ups, applications, approved, rejected, pending, disbursed_count, disbursed, collected,
    receipts, due, collection_rate (% or None), active, outstanding, npf_outstanding, npf (% or None),
    premature, premature_outstanding, past_due, past_due_outstanding.
    """
    from models.cashier.payments import Payment
    from models.customers.customers import FollowUp
    from models.loans.loans import Installment, Loan, collectibility_sql

    today = today or dt.date.today()
    start = dt.datetime.combine(date_from, dt.time.min)
    end = dt.datetime.combine(date_to, dt.time.max)
    out: dict = {}
    q = FollowUp.select(fn.COUNT(FollowUp.id)).where((FollowUp.contacted_at >= start) & (FollowUp.contacted_at <= end))
    out["follow_ups"] = _scope(q, FollowUp, officer, region, FollowUp.officer, FollowUp.customer).scalar() or 0

    outcome = application_outcomes(date_from, date_to, officer=officer, region=region)
    out["applications"] = len(outcome)
    out["approved"] = sum(1 for r in outcome if r["status"] in ("approved", "contracted", "disbursed"))
    out["rejected"] = sum(1 for r in outcome if r["status"] == "rejected")
    out["pending"] = sum(1 for r in outcome if r["status"] in ("draft", "surveyed", "submitted"))

    q = Loan.select(fn.COUNT(Loan.id), fn.SUM(Loan.principal)).where(
        (Loan.disbursed_on >= date_from) & (Loan.disbursed_on <= date_to))
    count, total = _scope(q, Loan, officer, region, Loan.officer, Loan.customer).tuples().get()
    out["disbursed_count"], out["disbursed"] = count or 0, from_minor(total or 0)

    scoped = officer is not None or bool(region)
    loans = _scope(Loan.select(Loan.id), Loan, officer, region, Loan.officer, Loan.customer)
    paid = Payment.select(fn.COUNT(Payment.id), fn.SUM(Payment.amount)).where(
        (Payment.date >= date_from) & (Payment.date <= date_to) & (Payment.status == "posted"))
    # The whole office needs no loan filter: "IN (every loan)" would cost a second index walk per row.
    count, total = (paid.where(Payment.loan.in_(loans)) if scoped else paid).tuples().get()
    out["receipts"], out["collected"] = count or 0, from_minor(total or 0)
    due_q = Installment.select(fn.SUM(Installment.amount)).where(
        (Installment.due_date >= date_from) & (Installment.due_date <= date_to))
    due = (due_q.where(Installment.loan.in_(loans)) if scoped else due_q).scalar()
    out["due"] = from_minor(due or 0)
    out["collection_rate"] = _pct(out["collected"], out["due"])

    # The portfolio today in ONE pass over the active loans (conditional sums), not one scan per figure.
    klass = collectibility_sql(today)
    overdue = Loan.oldest_unpaid_due < today            # days past due > 0
    early = overdue & (Loan.installments_paid < PREMATURE_INSTALLMENTS)
    principal = Loan.outstanding_principal
    q = Loan.select(fn.COUNT(Loan.id), fn.SUM(principal),
                    fn.SUM(Case(None, [(klass >= 3, principal)], 0)),
                    fn.SUM(Case(None, [(early, 1)], 0)), fn.SUM(Case(None, [(early, principal)], 0)),
                    fn.SUM(Case(None, [(overdue, 1)], 0)), fn.SUM(Case(None, [(overdue, principal)], 0))
                    ).where(Loan.status == "active")
    (count, total, npf, premature, premature_total, past_due, past_due_total) = \
        _scope(q, Loan, officer, region, Loan.officer, Loan.customer).tuples().get()
    out["active"], out["outstanding"] = count or 0, from_minor(total or 0)
    out["npf_outstanding"] = from_minor(npf or 0)
    out["npf"] = _pct(out["npf_outstanding"], out["outstanding"])
    out["premature"], out["premature_outstanding"] = int(premature or 0), from_minor(premature_total or 0)
    out["past_due"], out["past_due_outstanding"] = int(past_due or 0), from_minor(past_due_total or 0)
    return out


def application_outcomes(date_from: dt.date, date_to: dt.date, *, officer=None, region=None) -> list[dict]:
    """Applications first created in the period, each by its latest version: number, customer, amount, status."""
    from models.credit.applications import STATUS_LABELS, Application
    from models.customers.customers import Customer

    start = dt.datetime.combine(date_from, dt.time.min)
    end = dt.datetime.combine(date_to, dt.time.max)
    first = _scope(Application.select(Application.number).where(
        (Application.version == 1) & (Application.created_at >= start) & (Application.created_at <= end)),
        Application, officer, region, Application.officer, Application.customer)
    latest: dict[str, tuple] = {}
    for number, version, status, amount, created, name in (
            Application.select(Application.number, Application.version, Application.status,
                               Application.amount_financed, Application.created_at, Customer.full_name)
            .join(Customer, on=(Application.customer == Customer.id))
            .where(Application.number.in_(first)).tuples()):
        if number not in latest or version > latest[number][0]:
            latest[number] = (version, status, amount, created, name)
    return [{"number": n, "customer": v[4], "date": v[3].date() if hasattr(v[3], "date") else v[3],
             "amount": v[2], "status": v[1], "status_label": STATUS_LABELS.get(v[1], v[1])}
            for n, v in sorted(latest.items())]


def _scope_label(officer=None, region: str | None = None) -> str:
    from models.customers.work_areas import area_name

    parts = []
    if officer is not None:
        parts.append(f"Petugas {officer.full_name}")
    if region:
        parts.append(f"Wilayah {area_name(region)} ({region})")
    return " - ".join(parts) or "Seluruh kantor"


def officer_report(date_from: dt.date, date_to: dt.date, *, officer=None, region: str | None = None,
                   today: dt.date | None = None) -> list[ReportTable]:
    """The officer's report as tables: summary, follow-ups, applications, portfolio quality, premature arrears,
    accounts needing action.

    Args:
        officer: a :class:`models.core.users.User` (their own loans and customers), or None.
        region: a work-area code (``32.73``): customers living there, or None.
        today: the day portfolio quality is measured on (default today).
    """
    from models.customers.customers import Customer, FollowUp
    from models.loans.loans import COLLECTIBILITY_NAMES, Installment, Loan, collectibility_sql, dpd_sql

    today = today or dt.date.today()
    f = figures(date_from, date_to, officer=officer, region=region, today=today)
    scope = _scope_label(officer, region)
    subtitle = f"{scope} - periode {date_from:%d/%m/%Y} s.d. {date_to:%d/%m/%Y}"
    meta = (("Lingkup", scope), ("Kualitas portofolio per", f"{today:%d/%m/%Y}"))
    summary_rows = [
        {"item": "Tindak lanjut dan kunjungan", "count": f["follow_ups"], "amount": None},
        {"item": "Pengajuan baru", "count": f["applications"], "amount": None},
        {"item": "  disetujui / berkontrak / cair", "count": f["approved"], "amount": None},
        {"item": "  ditolak", "count": f["rejected"], "amount": None},
        {"item": "  masih dalam proses", "count": f["pending"], "amount": None},
        {"item": "Pencairan", "count": f["disbursed_count"], "amount": f["disbursed"]},
        {"item": "Angsuran jatuh tempo dalam periode", "count": None, "amount": f["due"]},
        {"item": "Penagihan diterima (kwitansi)", "count": f["receipts"], "amount": f["collected"]},
        {"item": "Pinjaman aktif / sisa pokok", "count": f["active"], "amount": f["outstanding"]},
        {"item": "NPF (kolektibilitas 3-5)", "count": None, "amount": f["npf_outstanding"]},
        {"item": "Tunggakan dini (sebelum angsuran ke-3)", "count": f["premature"],
         "amount": f["premature_outstanding"]},
        {"item": "Pinjaman menunggak", "count": f["past_due"], "amount": None},
    ]
    rate = f"{f['collection_rate']} %" if f["collection_rate"] is not None else "-"
    npf = f"{f['npf']} %" if f["npf"] is not None else "-"
    summary = ReportTable("Laporan Petugas", (Column("item", "Uraian", width=40), Column("count", "Jumlah", INT),
                                              Column("amount", "Nilai", MONEY)),
                          summary_rows, subtitle=subtitle,
                          meta=meta + (("Tingkat tagih (diterima / jatuh tempo)", rate), ("NPF", npf)))

    start = dt.datetime.combine(date_from, dt.time.min)
    end = dt.datetime.combine(date_to, dt.time.max)
    q = (FollowUp.select(FollowUp.kind, fn.COUNT(FollowUp.id))
         .where((FollowUp.contacted_at >= start) & (FollowUp.contacted_at <= end)).group_by(FollowUp.kind))
    follow_rows = [{"kind": k, "count": n} for k, n in
                   _scope(q, FollowUp, officer, region, FollowUp.officer, FollowUp.customer).tuples()]
    follow = ReportTable("Tindak Lanjut dan Kunjungan", (Column("kind", "Jenis", width=30),
                                                         Column("count", "Jumlah", INT)),
                         follow_rows, totals={"count": sum(r["count"] for r in follow_rows)}, subtitle=subtitle)

    app_rows = application_outcomes(date_from, date_to, officer=officer, region=region)
    apps = ReportTable("Pengajuan Baru dan Hasilnya",
                       (Column("number", "No. pengajuan", width=18), Column("customer", "Nasabah", width=28),
                        Column("date", "Tanggal", Kind.DATE), Column("amount", "Pokok diajukan", MONEY),
                        Column("status_label", "Hasil", width=14)),
                       app_rows, totals={"amount": sum((r["amount"] for r in app_rows), ZERO)}, subtitle=subtitle)

    klass = collectibility_sql(today)
    q = (Loan.select(klass.alias("k"), fn.COUNT(Loan.id), fn.SUM(Loan.outstanding_principal))
         .where(Loan.status == "active").group_by(klass))
    by_class = {k: (n, from_minor(s or 0)) for k, n, s in
                _scope(q, Loan, officer, region, Loan.officer, Loan.customer).tuples()}
    total_out = sum((v[1] for v in by_class.values()), ZERO)
    quality_rows = [{"class": f"{k} - {COLLECTIBILITY_NAMES[k]}", "count": by_class.get(k, (0, ZERO))[0],
                     "outstanding": by_class.get(k, (0, ZERO))[1],
                     "share": _pct(by_class.get(k, (0, ZERO))[1], total_out)} for k in range(1, 6)]
    quality = ReportTable("Kualitas Portofolio", (Column("class", "Kolektibilitas", width=30),
                                                  Column("count", "Pinjaman", INT),
                                                  Column("outstanding", "Sisa pokok", MONEY),
                                                  Column("share", "Porsi", PCT)),
                          quality_rows, totals={"count": sum(r["count"] for r in quality_rows),
                                                "outstanding": total_out,
                                                "share": Decimal(100) if total_out else None},
                          subtitle=f"{scope} - per {today:%d/%m/%Y}", meta=(("NPF", npf),))

    dpd = dpd_sql(today)
    arrears = (Installment.select(Installment.loan, fn.SUM(Installment.amount - Installment.principal_paid
                                                           - Installment.interest_paid - Installment.interest_waived))
               .where(Installment.due_date < today).group_by(Installment.loan))

    def past_due_rows(extra):
        q = (Loan.select(Loan.id, Loan.contract_no, Customer.full_name, Customer.phone, Customer.district,
                         Loan.disbursed_on, Loan.installments_paid, dpd.alias("dpd"), klass.alias("k"),
                         Loan.outstanding_principal)
             .join(Customer, on=(Loan.customer == Customer.id))
             .where((Loan.status == "active") & (dpd > 0) & extra).order_by(dpd.desc(), Loan.contract_no))
        rows = list(_scope(q, Loan, officer, region, Loan.officer, Loan.customer).tuples())
        ids = [r[0] for r in rows]
        owed = {lid: from_minor(s or 0) for lid, s in arrears.where(Installment.loan.in_(ids)).tuples()} \
            if ids else {}
        return [{"contract": r[1], "customer": r[2], "phone": r[3], "district": r[4], "disbursed": r[5],
                 "paid": r[6], "dpd": r[7], "class": r[8], "arrears": owed.get(r[0], ZERO), "outstanding": r[9]}
                for r in rows]

    cols = (Column("contract", "No. kontrak", width=16), Column("customer", "Nasabah", width=24),
            Column("phone", "Telepon", width=15), Column("district", "Kecamatan", width=16),
            Column("disbursed", "Cair", Kind.DATE), Column("paid", "Angs. dibayar", INT),
            Column("dpd", "Hari tunggak", INT), Column("class", "Kol", INT),
            Column("arrears", "Tunggakan", MONEY), Column("outstanding", "Sisa pokok", MONEY))
    premature_rows = past_due_rows(Loan.installments_paid < PREMATURE_INSTALLMENTS)
    premature = ReportTable("Tunggakan Dini", cols, premature_rows,
                            totals={"arrears": sum((r["arrears"] for r in premature_rows), ZERO),
                                    "outstanding": sum((r["outstanding"] for r in premature_rows), ZERO)},
                            subtitle=f"Menunggak sebelum angsuran ke-{PREMATURE_INSTALLMENTS} lunas - "
                                     f"per {today:%d/%m/%Y}")
    action_rows = past_due_rows(Loan.id > 0)
    action = ReportTable("Nasabah Perlu Tindakan", cols, action_rows,
                         totals={"arrears": sum((r["arrears"] for r in action_rows), ZERO),
                                 "outstanding": sum((r["outstanding"] for r in action_rows), ZERO)},
                         subtitle=f"Semua pinjaman menunggak, terlama lebih dulu - per {today:%d/%m/%Y}")
    return [summary, follow, apps, quality, premature, action]


ACTIVITY_COLUMNS = (
    Column("region", "Wilayah"), Column("officers", "Petugas"),
    Column("follow_ups", "Tindak lanjut", INT), Column("applications", "Pengajuan", INT),
    Column("approved", "Disetujui", INT), Column("disbursed", "Pencairan", MONEY),
    Column("due", "Jatuh tempo", MONEY), Column("collected", "Diterima", MONEY),
    Column("collection_rate", "Tingkat tagih", PCT),
)
PORTFOLIO_COLUMNS = (
    Column("region", "Wilayah"), Column("officers", "Petugas"), Column("active", "Pinjaman aktif", INT),
    Column("outstanding", "Sisa pokok", MONEY), Column("npf_outstanding", "Sisa pokok NPF", MONEY),
    Column("npf", "NPF", PCT), Column("premature", "Tunggakan dini", INT), Column("past_due", "Menunggak", INT),
)


def regions_side_by_side(date_from: dt.date, date_to: dt.date, *,
                         today: dt.date | None = None) -> list[ReportTable]:
    """The branch head's view: one row per work area in use (models/work_areas.py), the office total below;
    two tables (the period's activity, the portfolio today) so that each fits a landscape page.

    Loans of customers outside every work area are shown on their own row, so the rows add up to the office.
    """
    from models.core.users import User
    from models.customers.work_areas import all_areas, area_name

    areas = all_areas()
    names = {u.id: u.full_name for u in User.select(User.id, User.full_name)}
    rows = []
    keys = ("follow_ups", "applications", "approved", "disbursed", "due", "collected", "active", "outstanding",
            "npf_outstanding", "premature", "past_due")
    # Nested areas (a district inside a regency that is also an area) would count twice: keep the widest.
    codes = [c for c in areas if not any(c != o and c.startswith(o + ".") for o in areas)]
    for code in codes:
        f = figures(date_from, date_to, region=code, today=today)
        rows.append({"region": f"{area_name(code)} ({code})",
                     "officers": ", ".join(sorted(names.get(i, "?") for i in areas[code])),
                     **{k: f[k] for k in keys}, "collection_rate": f["collection_rate"], "npf": f["npf"]})
    office = figures(date_from, date_to, today=today)
    rest = {k: office[k] - sum((r[k] for r in rows), type(office[k])(0)) for k in keys}
    if any(rest.values()):
        rows.append({"region": "Di luar wilayah kerja", "officers": "", **rest,
                     "collection_rate": _pct(rest["collected"], rest["due"]),
                     "npf": None})
    for row in rows:
        if row["npf"] is None and row["outstanding"]:
            row["npf"] = _pct(row["npf_outstanding"], row["outstanding"])
    totals = {k: office[k] for k in keys}
    totals.update(collection_rate=office["collection_rate"], npf=office["npf"], region="TOTAL KANTOR")
    day = today or dt.date.today()
    return [ReportTable("Laporan per Wilayah - Aktivitas", ACTIVITY_COLUMNS, rows, totals=totals,
                        subtitle=f"Periode {date_from:%d/%m/%Y} s.d. {date_to:%d/%m/%Y}"),
            ReportTable("Laporan per Wilayah - Portofolio", PORTFOLIO_COLUMNS, rows, totals=totals,
                        subtitle=f"Kualitas portofolio per {day:%d/%m/%Y}")]


def write_officer_report(tables: list[ReportTable] | ReportTable, path: str | Path, *,
                         printed_by: str | None = None) -> Path:
    """Render to ``.pdf`` (landscape) or ``.xlsx`` by the file's suffix."""
    from reports.quote_pdf import office_letterhead

    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        from reports.xlsx import write_xlsx

        return write_xlsx(tables, path, letterhead=office_letterhead())
    from reports.pdf import write_pdf

    return write_pdf(tables, path, letterhead=office_letterhead(), orientation="landscape", printed_by=printed_by)
