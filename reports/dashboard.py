"""The home dashboard's figures, per role, and the lists behind them.

Data first: :func:`tiles` returns the figures one role sees as :class:`Tile` records (a label, a value, the key
of the list behind it); :func:`tile_list` returns that list as a :class:`~reports.base.ReportTable` (what a
click on the figure opens); :func:`monthly_trend` and :func:`arrears_by_officer` feed the charts.

Every figure is one SQL aggregate over indexed columns or the per-loan summary columns the posting functions
keep current (``Loan.outstanding_principal``, ``Loan.oldest_unpaid_due``), never a Python loop over loans, so
the page opens quickly on a large office.  The flow charts are built from dated
flows (disbursements, receipts, installments due); the quality trend (NPF gross and net, PAR 30, outstanding by
month end) is read from the stored month-end snapshots through :func:`quality_trend`, so a past month shows what
the books showed when it was closed.

Roles: ``cashier`` (today's receipts, cash in the drawer, due today), ``officer`` (my follow-ups due, my
accounts in arrears, my applications in progress), ``branch`` (approval queue, disbursements this month,
collections against due, arrears by officer), ``manager`` (the branch figures and the office's 12 months).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import fn

from models.core.money import ZERO, format_amount, format_rupiah, from_minor
from reports.base import Column, Kind, ReportTable

IN_PROGRESS = ("draft", "surveyed", "submitted", "approved", "contracted")


@dataclass(frozen=True)
class Tile:
    key: str            # the list behind it (tile_list)
    label: str          # Indonesian; the screen translates
    value: str          # formatted figure
    detail: str = ""    # a second line (count, share)
    alert: bool = False


def role_of(user) -> str:
    """Which dashboard a user sees: cashier, officer, branch or manager."""
    role = getattr(user, "role", "")
    if role == "cashier":
        return "cashier"
    if role in ("officer", "collector"):
        return "officer"
    if role == "supervisor":
        return "branch"
    return "manager"


def _month(today: dt.date) -> tuple[dt.date, dt.date]:
    start = today.replace(day=1)
    return start, (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)


def tiles(user, today: dt.date | None = None) -> list[Tile]:
    """The figures ``user``'s role sees on the home page."""
    today = today or dt.date.today()
    role = role_of(user)
    if role == "cashier":
        return _cashier_tiles(user, today)
    if role == "officer":
        return _officer_tiles(user, today)
    return _branch_tiles(today)


def _cashier_tiles(user, today: dt.date) -> list[Tile]:
    from models.cashier.cashier_close import day_summary
    from models.cashier.payments import Payment

    count, total = (Payment.select(fn.COUNT(Payment.id), fn.SUM(Payment.amount))
                    .where((Payment.cashier == user.id) & (Payment.date == today) & (Payment.status == "posted"))
                    .tuples().get())
    summary = day_summary(user, today)
    due_count, due = _due_on(today)
    return [Tile("receipts_today", "Kwitansi saya hari ini", format_rupiah(from_minor(total or 0)),
                 f"{count or 0} kwitansi"),
            Tile("receipts_today", "Uang tunai di laci (sistem)", format_rupiah(summary.expected_cash),
                 "kas ditutup" if summary.closed else "belum tutup kas"),
            Tile("due_today", "Jatuh tempo hari ini", format_rupiah(due), f"{due_count} angsuran")]


def _due_on(day: dt.date) -> tuple[int, Decimal]:
    from models.loans.loans import Installment, Loan

    count, total = (Installment.select(fn.COUNT(Installment.id),
                                       fn.SUM(Installment.amount - Installment.principal_paid
                                              - Installment.interest_paid - Installment.interest_waived))
                    .join(Loan, on=(Installment.loan == Loan.id))
                    .where((Installment.due_date == day) & (Loan.status == "active")
                           & (Installment.principal_paid + Installment.interest_paid + Installment.interest_waived
                              < Installment.amount))
                    .tuples().get())
    return count or 0, from_minor(total or 0)


def _officer_tiles(user, today: dt.date) -> list[Tile]:
    from models.credit.applications import Application
    from models.customers.customers import Customer, FollowUp
    from models.loans.loans import Loan

    follow = (FollowUp.select(fn.COUNT(FollowUp.id)).join(Customer, on=(FollowUp.customer == Customer.id))
              .where((Customer.officer == user.id) & (FollowUp.next_done == False)  # noqa: E712
                     & (FollowUp.next_contact <= today)).scalar() or 0)
    count, total = (Loan.select(fn.COUNT(Loan.id), fn.SUM(Loan.outstanding_principal))
                    .where((Loan.officer == user.id) & (Loan.status == "active")
                           & (Loan.oldest_unpaid_due < today)).tuples().get())
    apps = (Application.select(fn.COUNT(fn.DISTINCT(Application.number)))
            .where((Application.officer == user.id) & Application.status.in_(IN_PROGRESS)).scalar() or 0)
    return [Tile("my_follow_ups", "Tindak lanjut jatuh tempo", str(follow), "janji kontak hari ini atau lewat",
                 alert=follow > 0),
            Tile("my_arrears", "Nasabah saya menunggak", str(count or 0),
                 f"sisa pokok {format_rupiah(from_minor(total or 0))}", alert=bool(count)),
            Tile("my_applications", "Pengajuan saya dalam proses", str(apps))]


def _branch_tiles(today: dt.date) -> list[Tile]:
    from models.credit.applications import Application
    from reports.officer_report import figures

    queue = Application.select(fn.COUNT(Application.id)).where(Application.status == "submitted").scalar() or 0
    start, end = _month(today)
    f = figures(start, today, today=today)
    rate = f"{format_amount(f['collection_rate'], 2)} %" if f["collection_rate"] is not None else "-"
    npf = f"{format_amount(f['npf'], 2)} %" if f["npf"] is not None else "-"
    count, total = f["past_due"], f["past_due_outstanding"]
    return [Tile("approval_queue", "Antrean persetujuan", str(queue), "pengajuan menunggu keputusan",
                 alert=queue > 0),
            Tile("disbursed_month", "Pencairan bulan ini", format_rupiah(f["disbursed"]),
                 f"{f['disbursed_count']} pinjaman"),
            Tile("collections_month", "Penagihan bulan ini", format_rupiah(f["collected"]),
                 f"jatuh tempo {format_rupiah(f['due'])} - tingkat tagih {rate}"),
            Tile("arrears", "Pinjaman menunggak", str(count),
                 f"sisa pokok {format_rupiah(total)} - NPF {npf}", alert=bool(count))]


def monthly_trend(today: dt.date | None = None, months: int = 12) -> list[dict]:
    """Per calendar month, oldest first: ``month`` (date of the 1st), ``disbursed``, ``collected``, ``due``
    (rupiah).  Three grouped aggregates over indexed date columns (not one query per month)."""
    from models.cashier.payments import Payment
    from models.loans.loans import Installment, Loan

    today = today or dt.date.today()
    first = today.replace(day=1)
    starts = [first]
    for _ in range(months - 1):
        starts.append((starts[-1] - dt.timedelta(days=1)).replace(day=1))
    starts.reverse()
    start, end = starts[0], (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)

    def by_month(field, amount, *conditions) -> dict[dt.date, Decimal]:
        out: dict[dt.date, Decimal] = {}
        for day, total in (field.model.select(field, fn.SUM(amount)).where((field >= start) & (field <= end),
                                                                          *conditions)
                           .group_by(field).tuples()):
            day = day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day)[:10])
            key = day.replace(day=1)
            out[key] = out.get(key, ZERO) + from_minor(total or 0)
        return out

    disbursed = by_month(Loan.disbursed_on, Loan.principal)
    collected = by_month(Payment.date, Payment.amount, Payment.status == "posted")
    due = by_month(Installment.due_date, Installment.amount)
    return [{"month": m, "disbursed": disbursed.get(m, ZERO), "collected": collected.get(m, ZERO),
             "due": due.get(m, ZERO)} for m in starts]


def quality_trend(today: dt.date | None = None, months: int = 12) -> list[dict]:
    """The book at each of the last ``months`` closed month ends up to ``today``, oldest first: ``month_end``
    (date), ``outstanding`` (rupiah), ``npf_gross``, ``npf_net``, ``par30`` (Decimal percent or None).

    Read from the month-end snapshots (:func:`models.collections.portfolio.quality_trend`, one grouped query),
    never recomputed from today's loans; a month not yet closed is absent.
    """
    from models.collections.portfolio import quality_trend as trend

    return [{"month_end": t.period_end, "outstanding": t.outstanding, "npf_gross": t.npf_gross,
             "npf_net": t.npf_net, "par30": t.par30}
            for t in trend(as_of=today or dt.date.today(), months=months)]


def arrears_by_officer(today: dt.date | None = None, limit: int = 8) -> list[dict]:
    """Officers with the most principal in arrears today: ``officer``, ``loans``, ``outstanding`` (rupiah).

    Grouped on the loan table alone (officer names are looked up afterwards): joining the user table first
    made SQLite walk the loans by officer through the index, several times slower at 100.000 loans.
    """
    from models.core.users import User
    from models.loans.loans import Loan

    today = today or dt.date.today()
    rows = (Loan.select(Loan.officer, fn.COUNT(Loan.id), fn.SUM(Loan.outstanding_principal))
            .where((Loan.status == "active") & (Loan.oldest_unpaid_due < today))
            .group_by(Loan.officer).tuples())
    totals = sorted(((oid, n, from_minor(t or 0)) for oid, n, t in rows), key=lambda r: -r[2])[:limit]
    names = {i: n for i, n in User.select(User.id, User.full_name).where(User.id.in_([r[0] for r in totals]))
             .tuples()} if totals else {}
    return [{"officer": names.get(oid, "?"), "loans": n, "outstanding": t} for oid, n, t in totals]


# ---------------------------------------------------------------------------------------- the lists behind
_LOAN_COLUMNS = (Column("contract", "No. kontrak", width=16), Column("customer", "Nasabah", width=26),
                 Column("officer", "Petugas", width=18), Column("dpd", "Hari tunggak", Kind.INT),
                 Column("outstanding", "Sisa pokok", Kind.MONEY))


def tile_list(key: str, user, today: dt.date | None = None, limit: int = 500) -> ReportTable:
    """The rows behind a tile (at most ``limit``, worst or newest first)."""
    from models.cashier.payments import Payment
    from models.core.users import User
    from models.credit.applications import STATUS_LABELS, Application
    from models.customers.customers import Customer, FollowUp
    from models.loans.loans import Installment, Loan, dpd_sql

    today = today or dt.date.today()
    if key == "receipts_today":
        q = (Payment.select(Payment.receipt_no, Loan.contract_no, Customer.full_name, Payment.method,
                            Payment.amount, Payment.status)
             .join(Loan, on=(Payment.loan == Loan.id)).join(Customer, on=(Loan.customer == Customer.id))
             .where((Payment.cashier == user.id) & (Payment.date == today)).order_by(Payment.id.desc()).limit(limit))
        rows = [{"no": a, "contract": b, "customer": c, "method": d, "amount": e,
                 "status": "Berlaku" if f == "posted" else "Dibatalkan"} for a, b, c, d, e, f in q.tuples()]
        return ReportTable("Kwitansi hari ini", (Column("no", "No. kwitansi"), Column("contract", "No. kontrak"),
                                                 Column("customer", "Nasabah"), Column("method", "Cara bayar"),
                                                 Column("amount", "Jumlah", Kind.MONEY), Column("status", "Status")),
                           rows, totals={"amount": sum((r["amount"] for r in rows if r["status"] == "Berlaku"),
                                                       ZERO)})
    if key == "due_today":
        q = (Installment.select(Loan.contract_no, Customer.full_name, Customer.phone, Installment.no,
                                Installment.amount)
             .join(Loan, on=(Installment.loan == Loan.id)).join(Customer, on=(Loan.customer == Customer.id))
             .where((Installment.due_date == today) & (Loan.status == "active")
                    & (Installment.principal_paid + Installment.interest_paid + Installment.interest_waived
                       < Installment.amount)).order_by(Loan.contract_no).limit(limit))
        rows = [{"contract": a, "customer": b, "phone": c, "no": d, "amount": e} for a, b, c, d, e in q.tuples()]
        return ReportTable("Jatuh tempo hari ini", (Column("contract", "No. kontrak"), Column("customer", "Nasabah"),
                                                    Column("phone", "Telepon"), Column("no", "Angsuran ke", Kind.INT),
                                                    Column("amount", "Angsuran", Kind.MONEY)),
                           rows, totals={"amount": sum((r["amount"] for r in rows), ZERO)})
    if key == "my_follow_ups":
        q = (FollowUp.select(Customer.full_name, Customer.phone, FollowUp.next_contact, FollowUp.notes)
             .join(Customer, on=(FollowUp.customer == Customer.id))
             .where((Customer.officer == user.id) & (FollowUp.next_done == False)  # noqa: E712
                    & (FollowUp.next_contact <= today)).order_by(FollowUp.next_contact).limit(limit))
        rows = [{"customer": a, "phone": b, "date": c, "notes": d} for a, b, c, d in q.tuples()]
        return ReportTable("Tindak lanjut jatuh tempo", (Column("customer", "Nasabah"), Column("phone", "Telepon"),
                                                         Column("date", "Janji kontak", Kind.DATE),
                                                         Column("notes", "Catatan")), rows)
    if key in ("my_arrears", "arrears"):
        dpd = dpd_sql(today)
        q = (Loan.select(Loan.contract_no, Customer.full_name, User.full_name, dpd.alias("d"),
                         Loan.outstanding_principal)
             .join(Customer, on=(Loan.customer == Customer.id)).switch(Loan).join(User, on=(Loan.officer == User.id))
             .where((Loan.status == "active") & (Loan.oldest_unpaid_due < today)).order_by(dpd.desc()).limit(limit))
        if key == "my_arrears":
            q = q.where(Loan.officer == user.id)
        rows = [{"contract": a, "customer": b, "officer": c, "dpd": d, "outstanding": e} for a, b, c, d, e in q.tuples()]
        return ReportTable("Pinjaman menunggak", _LOAN_COLUMNS, rows,
                           totals={"outstanding": sum((r["outstanding"] for r in rows), ZERO)})
    if key in ("my_applications", "approval_queue"):
        q = (Application.select(Application.number, Customer.full_name, User.full_name, Application.status,
                                Application.amount_financed)
             .join(Customer, on=(Application.customer == Customer.id))
             .switch(Application).join(User, on=(Application.officer == User.id))
             .order_by(Application.id.desc()).limit(limit))
        q = (q.where((Application.officer == user.id) & Application.status.in_(IN_PROGRESS))
             if key == "my_applications" else q.where(Application.status == "submitted"))
        rows = [{"number": a, "customer": b, "officer": c, "status": STATUS_LABELS.get(d, d), "amount": e}
                for a, b, c, d, e in q.tuples()]
        return ReportTable("Pengajuan", (Column("number", "No. pengajuan"), Column("customer", "Nasabah"),
                                         Column("officer", "Petugas"), Column("status", "Status"),
                                         Column("amount", "Pokok", Kind.MONEY)), rows,
                           totals={"amount": sum((r["amount"] for r in rows), ZERO)})
    if key == "disbursed_month":
        start, end = _month(today)
        q = (Loan.select(Loan.contract_no, Customer.full_name, User.full_name, Loan.disbursed_on, Loan.principal)
             .join(Customer, on=(Loan.customer == Customer.id)).switch(Loan).join(User, on=(Loan.officer == User.id))
             .where((Loan.disbursed_on >= start) & (Loan.disbursed_on <= end)).order_by(Loan.disbursed_on.desc())
             .limit(limit))
        rows = [{"contract": a, "customer": b, "officer": c, "date": d, "principal": e} for a, b, c, d, e in q.tuples()]
        return ReportTable("Pencairan bulan ini", (Column("contract", "No. kontrak"), Column("customer", "Nasabah"),
                                                   Column("officer", "Petugas"), Column("date", "Tanggal", Kind.DATE),
                                                   Column("principal", "Pokok", Kind.MONEY)), rows,
                           totals={"principal": sum((r["principal"] for r in rows), ZERO)})
    if key == "collections_month":
        start, _end = _month(today)
        q = (Payment.select(Payment.date, fn.COUNT(Payment.id), fn.SUM(Payment.amount))
             .where((Payment.date >= start) & (Payment.date <= today) & (Payment.status == "posted"))
             .group_by(Payment.date).order_by(Payment.date))
        rows = [{"date": d, "count": n, "amount": from_minor(s or 0)} for d, n, s in q.tuples()]
        return ReportTable("Penagihan bulan ini per hari", (Column("date", "Tanggal", Kind.DATE),
                                                            Column("count", "Kwitansi", Kind.INT),
                                                            Column("amount", "Diterima", Kind.MONEY)), rows,
                           totals={"count": sum(r["count"] for r in rows),
                                   "amount": sum((r["amount"] for r in rows), ZERO)})
    raise ValueError(f"unknown dashboard list {key!r}")


# ------------------------------------------------------------------------------------------- PDF version
def _bar_drawing(width: float, categories: list[str], series: list[tuple[str, list[float]]], *,
                 horizontal: bool = False, title: str = ""):
    """A reportlab bar chart (the same figures as the screen's QtCharts), values in Rp juta."""
    from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib.colors import HexColor

    from reports.pdf import FONT, FONT_BOLD

    palette = [HexColor("#1d6fb8"), HexColor("#7cb342"), HexColor("#f39c12")]
    height = 190 if not horizontal else max(120, 26 * len(categories) + 60)
    drawing = Drawing(width, height)
    chart = HorizontalBarChart() if horizontal else VerticalBarChart()
    chart.x, chart.y = (110 if horizontal else 40), 40
    chart.width, chart.height = width - chart.x - 10, height - 70
    chart.data = [values or [0] for _name, values in series]
    chart.categoryAxis.categoryNames = categories or ["-"]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    for i in range(len(series)):
        chart.bars[i].fillColor = palette[i % len(palette)]
        chart.bars[i].strokeColor = None
    drawing.add(chart)
    drawing.add(String(0, height - 14, title, fontName=FONT_BOLD, fontSize=9))
    if len(series) > 1:
        legend = Legend()
        legend.x, legend.y = chart.x, 14
        legend.fontName, legend.fontSize = FONT, 7
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.deltax = 90
        legend.colorNamePairs = [(palette[i], name) for i, (name, _v) in enumerate(series)]
        drawing.add(legend)
    return drawing


def write_dashboard_pdf(user, path, today: dt.date | None = None, printed_by: str | None = None):
    """The dashboard on paper: the role's figures, and for a branch head or manager the two charts."""
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    from reports.pdf import FONT, _grey, build_document, markup, styles
    from reports.quote_pdf import office_letterhead

    today = today or dt.date.today()
    st = styles()
    items = tiles(user, today)
    from models.accounting.closed_months import MONTH_ABBREVIATIONS as months

    def story(width: float) -> list:
        out = [Paragraph("Ringkasan Kantor", st["title"]),
               Paragraph(markup(f"{user.full_name} - per {today:%d/%m/%Y}"), st["subtitle"]), Spacer(1, 6)]
        cells = [[Paragraph(f"<font size='7.5' color='#555555'>{markup(t.label)}</font><br/>"
                            f"<b><font size='12'>{markup(t.value)}</font></b><br/>"
                            f"<font size='7'>{markup(t.detail)}</font>", st["normal"]) for t in items]]
        grid = Table(cells, colWidths=[width / max(len(items), 1)] * len(items))
        grid.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, _grey(0.6)),
                                  ("INNERGRID", (0, 0), (-1, -1), 0.5, _grey(0.6)),
                                  ("BACKGROUND", (0, 0), (-1, -1), _grey(0.97)),
                                  ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONT", (0, 0), (-1, -1), FONT, 8)]))
        out += [grid, Spacer(1, 12)]
        if role_of(user) in ("branch", "manager"):
            trend = monthly_trend(today)
            out.append(_bar_drawing(width, [months[r["month"].month - 1] for r in trend],
                                    [(name, [float(r[key]) / 1_000_000 for r in trend])
                                     for key, name in (("disbursed", "Pencairan"), ("collected", "Diterima"),
                                                       ("due", "Jatuh tempo"))],
                                    title="12 bulan terakhir (Rp juta)"))
            out.append(Spacer(1, 10))
            quality = quality_trend(today)
            if quality:
                labels = [f"{months[r['month_end'].month - 1]} {r['month_end']:%y}" for r in quality]
                out.append(_bar_drawing(width, labels, [(name, [float(r[key] or 0) for r in quality])
                                                        for key, name in (("npf_gross", "NPF bruto"),
                                                                          ("npf_net", "NPF neto"),
                                                                          ("par30", "PAR 30"))],
                                        title="Kualitas portofolio per akhir bulan (%)"))
                out.append(Spacer(1, 10))
                out.append(_bar_drawing(width, labels, [("Outstanding", [float(r["outstanding"]) / 1_000_000
                                                                         for r in quality])],
                                        title="Outstanding pokok per akhir bulan (Rp juta)"))
                out.append(Spacer(1, 10))
            top = list(reversed(arrears_by_officer(today)))
            out.append(_bar_drawing(width, [r["officer"] for r in top],
                                    [("Sisa pokok menunggak", [float(r["outstanding"]) / 1_000_000 for r in top])],
                                    horizontal=True, title="Tunggakan per petugas (Rp juta)"))
        return out

    return build_document(path, story, office_letterhead(), title="Ringkasan Kantor", printed_by=printed_by)
