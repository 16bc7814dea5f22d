"""The officer's weekly/monthly report per region, and the branch head's regions side by side."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from models.cashier.payments import post_payment
from models.core.errors import PermissionDenied, ValidationError
from models.customers.customers import Customer
from models.customers.work_areas import areas_of, set_work_areas
from reports.officer_report import (
    figures,
    officer_report,
    period_bounds,
    regions_side_by_side,
    write_officer_report,
)
from tests.payments_helpers import disburse

TODAY = dt.date(2026, 5, 20)


def regency(customer) -> str:
    return ".".join(customer.region_code.split(".")[:2])


@pytest.fixture
def book(ready_db, staff):
    """Three loans in two regencies: one paid up, one in arrears since its first installment (premature),
    one old loan in arrears after paying four."""
    customers = list(Customer.select().order_by(Customer.id))
    home = regency(customers[0])
    away = next(c for c in customers if regency(c) != home)
    same = next(c for c in customers[1:] if regency(c) == home)
    good = disburse("BDG/2026/00001", principal="12000000", tenor=12, start=dt.date(2026, 1, 31),
                    customer=customers[0])
    early = disburse("BDG/2026/00002", principal="6000000", tenor=12, start=dt.date(2026, 3, 10), customer=same)
    old = disburse("BDG/2025/00003", principal="9000000", tenor=24, start=dt.date(2025, 10, 5), customer=away)
    for n, day in enumerate([dt.date(2026, 2, 28), dt.date(2026, 3, 31), dt.date(2026, 4, 30)]):
        post_payment(staff.kasir, good, good.installment_amount, day, idempotency_key=f"g{n}")
    for n, day in enumerate([dt.date(2025, 11, 5), dt.date(2025, 12, 5), dt.date(2026, 1, 5), dt.date(2026, 2, 5)]):
        post_payment(staff.kasir, old, old.installment_amount, day, idempotency_key=f"o{n}")
    post_payment(staff.kasir, good, Decimal("500000"), dt.date(2026, 5, 15), idempotency_key="g-may")
    return {"home": home, "away": away_code(away), "good": good, "early": early, "old": old}


def away_code(customer) -> str:
    return regency(customer)


def test_work_areas_are_regencies_or_districts_set_by_the_branch_head(ready_db, staff):
    customer = Customer.select().first()
    with pytest.raises(PermissionDenied):
        set_work_areas(staff.cmo1, staff.cmo1, [regency(customer)])
    with pytest.raises(ValidationError) as err:
        set_work_areas(staff.kacab, staff.cmo1, ["99.99", "32", regency(customer)])
    assert len(err.value.errors) == 2 and areas_of(staff.cmo1) == []
    assert set_work_areas(staff.kacab, staff.cmo1, [regency(customer), regency(customer).replace(".", "")]) \
        == [regency(customer)]


def test_the_month_report_counts_disbursements_collections_quality_and_premature_arrears(book, staff):
    start, end = period_bounds("month", TODAY)
    assert (start, end) == (dt.date(2026, 5, 1), dt.date(2026, 5, 31))
    f = figures(start, end, officer=staff.cmo1, today=TODAY)
    assert f["disbursed_count"] == 0 and f["collected"] == Decimal("500000") and f["receipts"] == 1
    due = sum(i.amount for loan in (book["good"], book["early"], book["old"]) for i in loan.installments
              if start <= i.due_date <= end)
    assert f["due"] == due
    assert f["active"] == 3 and f["premature"] == 1 and f["past_due"] == 2
    tables = officer_report(start, end, officer=staff.cmo1, today=TODAY)
    summary, _follow, _apps, quality, premature, action = tables
    assert [r["contract"] for r in premature.rows] == ["BDG/2026/00002"]
    assert [r["contract"] for r in action.rows] == ["BDG/2025/00003", "BDG/2026/00002"]   # worst first
    assert action.rows[0]["dpd"] == (TODAY - dt.date(2026, 3, 5)).days
    assert quality.totals["outstanding"] == f["outstanding"]
    assert sum(r["count"] for r in quality.rows) == 3
    # March's disbursement shows in March's report.
    march = figures(*period_bounds("month", dt.date(2026, 3, 15)), officer=staff.cmo1, today=TODAY)
    assert march["disbursed_count"] == 1 and march["disbursed"] == Decimal("6000000")


def test_a_region_report_counts_only_customers_living_there(book, staff):
    start, end = period_bounds("month", TODAY)
    home = figures(start, end, region=book["home"], today=TODAY)
    away = figures(start, end, region=book["away"], today=TODAY)
    assert home["active"] == 2 and away["active"] == 1
    assert home["outstanding"] + away["outstanding"] == figures(start, end, today=TODAY)["outstanding"]


def test_the_branch_head_sees_regions_side_by_side_adding_up_to_the_office(book, staff, tmp_path):
    set_work_areas(staff.kacab, staff.cmo1, [book["home"]])
    set_work_areas(staff.kacab, staff.cmo2, [book["away"]])
    start, end = period_bounds("week", TODAY)
    activity, portfolio = regions_side_by_side(start, end, today=TODAY)
    assert len(portfolio.rows) == 2
    assert sum(r["outstanding"] for r in portfolio.rows) == portfolio.totals["outstanding"]
    assert sum(r["active"] for r in portfolio.rows) == 3
    import openpyxl

    out = write_officer_report(officer_report(start, end, region=book["home"], today=TODAY) + [activity, portfolio],
                               tmp_path / "ao.xlsx")
    wb = openpyxl.load_workbook(out)
    ws = wb["Laporan per Wilayah - Portofolio"[:31]]
    money = [c for row in ws.iter_rows() for c in row if isinstance(c.value, (int, float)) and "Rp" in
             (c.number_format or "")]
    assert money, "money cells are numbers with a Rupiah format"
    from pypdf import PdfReader

    pdf = write_officer_report(officer_report(start, end, officer=staff.cmo1, today=TODAY), tmp_path / "ao.pdf")
    text = " ".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    assert "Laporan Petugas" in text and "BDG/2026/00002" in text and "Tunggakan Dini" in text
