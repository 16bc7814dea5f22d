"""Paket laporan bulanan: the manager's monthly Excel workbook, built from the closed month-end snapshot.

One workbook for one month, for the whole office or one branch (``main.py export monthly --month 2026-03``, or
"Paket laporan bulanan" on the Laporan page).  Its sheets, in order:

=====================  ==========================================================================================
Ringkasan              key figures of the month beside the previous month and the same month a year earlier
Per Produk … Per       outstanding principal, overdue, NPF and allowance grouped by product, officer, dealer,
Wilayah                branch and region (the customer's regency, :mod:`models.core.wilayah`)
Pencairan              the loans disbursed in the month
Penagihan              collections received against collections due, per officer, collector and branch
Umur Tunggakan         ageing buckets of days past due
Kolektibilitas         the office's collectibility classes (:mod:`models.loans.collectibility`), NPF gross/net,
                       the allowance (CKPN / PPKA)
Roll Rate              how last month's buckets moved into this month's
Prematur Petugas/      premature arrears (first 12 months on book) by officer and by dealer, and the vintage
Dealer, Vintage        table (% 30+ days past due per month on book)
Kinerja Petugas        new accounts, amount disbursed, collection rate, own portfolio quality
Kinerja Dealer         orders, approval rate, loans disbursed, early default
Rincian Pinjaman       one row per loan in the snapshot (the detail every total above adds up from)
Neraca Saldo, Neraca,  the ledger's trial balance of the month, balance sheet at the month end and income
Laba Rugi              statement year to date (:mod:`reports.statements`; office packs only)
=====================  ==========================================================================================

Why it reads the snapshot: the ``loan_snapshot`` table (:mod:`models.loans.snapshots`) holds each loan as the
month was closed, and a closed month's journals cannot change (:func:`models.ledger.journals.close_month`), so
last March's pack rebuilt today is the same workbook, cell for cell and byte for byte (the document dates are
the period end and the zip entries carry that date too).  A month that is not closed, or closed without a
snapshot, is refused with :class:`PackRefused`.  Names (customer, officer, dealer) are read from their live
tables: a customer renamed since then shows the new name.

Portfolio measures that have their own owner are not recomputed here: collection rates, roll rates, premature
arrears and vintages come from :mod:`models.collections.portfolio`, NPF and the allowance from its
``portfolio_quality``.  Everything else is a grouped SQL sum over the snapshot (CONVENTIONS: aggregate in SQL).

Internally every money figure is **integer sen** (as stored) and becomes an Excel number only at the cell
(:func:`_money_cell_value`); percentages are ``Decimal`` percent points and are written as Excel fractions with
a ``0.00%`` format.  The workbook is streamed (openpyxl write-only mode) to a file beside the target and moved
over it at the end, so a cancel or a failure leaves no half-written file.  The same summary, outstanding, ageing
and collectibility figures print as a PDF (:func:`write_summary_pdf`, through :mod:`reports.pdf`).
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from models.accounting.closed_months import (
    MONTH_NAMES,
    ClosedMonthRequired,
    closed_months,
    month_label,
    require_closed_month,
)
from models.collections import portfolio
from models.core.cells import safe_text, sheet_value
from models.ledger.journals import month_end
from reports.base import Column, Kind
from reports.xlsx import DATE_FORMAT, DECIMAL_FORMAT, INT_FORMAT, MONEY_FORMAT, PERCENT_FORMAT

__all__ = [
    "MONTH_NAMES",
    "MonthlyPack",
    "PackRefused",
    "Sheet",
    "build_pack",
    "export_monthly_command",
    "export_monthly_pack",
    "month_label",
    "pack_months",
    "require_closed_month",
    "summary_tables",
    "write_pack",
    "write_summary_pdf",
]

# The number formats every Angsur workbook uses (reports.xlsx): "Rp 1.250.000" in an Indonesian Excel.

#: Default column widths (characters) by kind: fixed, so a 100.000-row sheet is never scanned to size it.
_WIDTHS = {Kind.TEXT: 24, Kind.MONEY: 19, Kind.INT: 10, Kind.DATE: 12, Kind.PERCENT: 10, Kind.DECIMAL: 12}

#: Ageing buckets of days past due (lower, upper inclusive; None = open).  Practice of Indonesian multifinance
#: monthly reports: current, then 30-day bands to 120, then 121–180, 181–360 and over a year.
AGEING_BUCKETS = ((0, 0, "Lancar (0 hari)"), (1, 30, "1–30 hari"), (31, 60, "31–60 hari"), (61, 90, "61–90 hari"),
                  (91, 120, "91–120 hari"), (121, 180, "121–180 hari"), (181, 360, "181–360 hari"),
                  (361, None, "> 360 hari"))


#: The refusal of a month that is not closed or has no snapshot (the rule lives with the month-end close).
PackRefused = ClosedMonthRequired
#: Months a pack can be built for, newest first.
pack_months = closed_months


def _shift(period_end: dt.date, months: int) -> dt.date:
    index = period_end.year * 12 + period_end.month - 1 + months
    return month_end(index // 12, index % 12 + 1)


# ------------------------------------------------------------------------------------------- the sheet record
@dataclass(frozen=True)
class Sheet:
    """One worksheet of the pack, as data.

    Attributes:
        name: the tab name (≤ 31 characters, unique in the pack).
        title: the heading printed on the sheet.
        columns: the columns; MONEY values are **integer sen**, PERCENT values Decimal percent points.
        rows: tuples in column order (a list, or a zero-argument callable returning an iterator for the
            streamed loan detail).
        totals: the totals line in column order (``None`` only for the summary, whose lines are distinct
            figures that do not add up).
        notes: lines printed under the title (the rule behind a figure, the source of a table).
        row_kinds: for the summary only: per row the kind of its numeric cells (a count, an amount, a percent).
        count: how many rows (for progress).
        bold_rows: indexes of rows printed bold (a statement's headings and subtotals).
    """

    name: str
    title: str
    columns: tuple[Column, ...]
    rows: Sequence[tuple] | Callable[[], Iterator[tuple]]
    totals: tuple | None
    notes: tuple[str, ...] = ()
    row_kinds: tuple[Kind, ...] = ()
    count: int = 0
    bold_rows: frozenset[int] = frozenset()

    def iter_rows(self) -> Iterator[tuple]:
        return self.rows() if callable(self.rows) else iter(self.rows)

    def column(self, label: str) -> int:
        """0-based index of the column labelled ``label`` (tests and the summary use it)."""
        return [c.label for c in self.columns].index(label)


@dataclass(frozen=True)
class MonthlyPack:
    """The whole pack: its month, its scope and its sheets (built by :func:`build_pack`)."""

    period_end: dt.date
    branch_id: int | None
    branch_label: str
    office_name: str
    sheets: tuple[Sheet, ...]
    figures: dict = field(default_factory=dict, hash=False)  # this month's key figures (integer sen / counts)

    def sheet(self, name: str) -> Sheet:
        return next(s for s in self.sheets if s.name == name)


# --------------------------------------------------------------------------------------------- the queries
def _db():
    from models.core.db import database

    return database.obj


def _p() -> str:
    return _db().param


def _t(model) -> str:
    return '"' + model._meta.table_name + '"'


def _scope(branch_id: int | None, alias: str = "s") -> tuple[str, list]:
    if branch_id is None:
        return "", []
    return f" AND {alias}.branch_id = {_p()}", [branch_id]


def _rows(sql: str, params: Sequence) -> list[tuple]:
    return list(_db().execute_sql(sql, list(params)).fetchall())


def _int(value) -> int:
    return int(value or 0)


def _pct(part: int, whole: int) -> Decimal | None:
    """part ÷ whole in percent points, two decimals; None when the base is zero."""
    if not whole:
        return None
    return (Decimal(int(part)) * 100 / Decimal(int(whole))).quantize(Decimal("0.01"))


def _date(value) -> dt.date | None:
    return dt.date.fromisoformat(value[:10]) if isinstance(value, str) else value


# Loans on the book at the month end: the snapshot status the portfolio module counts (a loan closed during the
# month appears once more with its closing status and zero balances, models.loans.snapshots).
_IN_BOOK = f"(s.status = '{portfolio.ON_BOOK}')"


def _key_figures(period_end: dt.date, branch_id: int | None) -> dict | None:
    """The month's headline figures (None when the month has no snapshot).

    Loans, outstanding, non-performing outstanding, NPF gross and net, PAR 30 and the allowance are
    :func:`models.collections.portfolio.portfolio_quality`'s; the collections of the month its
    :func:`~models.collections.portfolio.collection_rates` (None when the month's snapshot did not record them);
    accrued interest, deferred fees, installments overdue and the month's disbursements are summed here from the
    same snapshot rows.  Money in integer sen.
    """
    from models.loans.loans import Loan
    from models.loans.snapshots import LoanSnapshot

    where, params = _scope(branch_id)
    p = _p()
    start = period_end.replace(day=1)
    row = _rows(
        f"SELECT COUNT(*), SUM(s.accrued_interest), SUM(s.deferred_fee), SUM(s.amount_overdue), "
        f"SUM(CASE WHEN s.disbursed_on >= {p} THEN 1 ELSE 0 END), "
        f"SUM(CASE WHEN s.disbursed_on >= {p} THEN l.principal ELSE 0 END) "
        f"FROM {_t(LoanSnapshot)} s JOIN {_t(Loan)} l ON l.id = s.loan_id WHERE s.period_end = {p}{where}",
        [start, start, period_end, *params])[0]
    if not row[0]:
        return None
    _all, accrued, deferred, overdue, new, disbursed = (_int(v) for v in row)
    q = portfolio.portfolio_quality(period_end, branch_id)
    figures = {"loans": q.loans, "outstanding": _sen(q.outstanding), "accrued": accrued, "deferred": deferred,
               "allowance": _sen(q.allowance), "overdue": overdue, "npl": _sen(q.npl_outstanding),
               "npl_allowance": _sen(q.allowance_npl), "par30": _sen(q.par_outstanding[30]),
               "par30_pct": q.par[30], "npf_gross": q.npf_gross, "npf_net": q.npf_net,
               "new_loans": new, "disbursed": disbursed, "due": None, "collected": None, "collection_rate": None}
    if portfolio.collection_recorded(period_end, branch_id):
        t = portfolio.total_rate(portfolio.collection_rates(period_end, by="branch", branch_id=branch_id))
        figures.update(due=_sen(t.due), collected=_sen(t.collected), collection_rate=t.rate)
    return figures


def _sen(amount) -> int:
    """A Decimal rupiah amount (or None) as integer sen."""
    if amount is None:
        return 0
    return int((Decimal(amount) * 100).to_integral_value())


# ---------------------------------------------------------------------------------------------- the sheets
def _c(key: str, label: str, kind: Kind = Kind.TEXT, width: int | None = None) -> Column:
    return Column(key, label, kind, width or _WIDTHS[kind])


SUMMARY_LINES = (
    ("loans", "Jumlah pinjaman aktif", Kind.INT),
    ("outstanding", "Sisa pokok (outstanding)", Kind.MONEY),
    ("accrued", "Bunga akrual", Kind.MONEY),
    ("deferred", "Pendapatan ditangguhkan (provisi dan administrasi)", Kind.MONEY),
    ("overdue", "Angsuran tertunggak", Kind.MONEY),
    ("par30", "Sisa pokok tunggakan > 30 hari (PAR 30)", Kind.MONEY),
    ("par30_pct", "PAR 30", Kind.PERCENT),
    ("npl", "Pembiayaan bermasalah (Kol 3–5)", Kind.MONEY),
    ("npf_gross", "NPF bruto", Kind.PERCENT),
    ("npf_net", "NPF neto", Kind.PERCENT),
    ("allowance", "Cadangan kerugian (CKPN/PPKA)", Kind.MONEY),
    ("new_loans", "Pinjaman baru dicairkan", Kind.INT),
    ("disbursed", "Jumlah pencairan", Kind.MONEY),
    ("due", "Tagihan jatuh tempo bulan ini", Kind.MONEY),
    ("collected", "Tagihan yang diterima", Kind.MONEY),
    ("collection_rate", "Tingkat penagihan", Kind.PERCENT),
)


def _summary_sheet(period_end: dt.date, branch_id: int | None, current: dict, control: int | None) -> Sheet:
    previous = _key_figures(_shift(period_end, -1), branch_id) or {}
    last_year = _key_figures(_shift(period_end, -12), branch_id) or {}
    rows, kinds = [], []
    for key, label, kind in SUMMARY_LINES:
        if key not in current:
            continue
        now, before = current.get(key), previous.get(key)
        change = None if now is None or before is None else now - before
        rows.append((label, now, before, last_year.get(key), change))
        kinds.append(kind)
    notes = [f"Dibanding {month_label(_shift(period_end, -1))} dan {month_label(_shift(period_end, -12))}; "
             "kosong bila bulan itu tidak punya snapshot."]
    if control is not None:
        rows.append(("Piutang pembiayaan di neraca (akun pokok)", control, None, None, None))
        rows.append(("Selisih sisa pokok − neraca (harus nol)", current["outstanding"] - control, None, None, None))
        kinds += [Kind.MONEY, Kind.MONEY]
    columns = (_c("label", "Uraian", width=48), _c("now", month_label(period_end), Kind.DECIMAL, 20),
               _c("previous", "Bulan lalu", Kind.DECIMAL, 20), _c("last_year", "Tahun lalu", Kind.DECIMAL, 20),
               _c("change", "Perubahan dari bulan lalu", Kind.DECIMAL, 20))
    return Sheet("Ringkasan", "Ringkasan Bulanan", columns, rows, None, tuple(notes), tuple(kinds), len(rows))


_GROUP_COLUMNS = (("loans", "Jumlah Pinjaman", Kind.INT), ("outstanding", "Sisa Pokok", Kind.MONEY),
                  ("share", "Porsi", Kind.PERCENT), ("overdue", "Angsuran Tertunggak", Kind.MONEY),
                  ("par30", "Pokok Tunggakan > 30 Hari", Kind.MONEY), ("npl", "Pokok Kol 3–5", Kind.MONEY),
                  ("npf", "NPF Bruto", Kind.PERCENT), ("allowance", "CKPN/PPKA", Kind.MONEY))


def _grouped(period_end: dt.date, branch_id: int | None, key_sql: str, joins: str = "") -> list[tuple]:
    """(key, loans, outstanding, overdue, par30, npl, allowance) per group, ordered by key."""
    from models.loans.snapshots import LoanSnapshot

    where, params = _scope(branch_id)
    return _rows(
        f"SELECT {key_sql} AS k, SUM(CASE WHEN {_IN_BOOK} THEN 1 ELSE 0 END), SUM(s.principal_outstanding), "
        f"SUM(s.amount_overdue), SUM(CASE WHEN s.days_past_due > 30 THEN s.principal_outstanding ELSE 0 END), "
        f"SUM(CASE WHEN s.collectibility >= 3 THEN s.principal_outstanding ELSE 0 END), SUM(s.allowance) "
        f"FROM {_t(LoanSnapshot)} s {joins} WHERE s.period_end = {_p()}{where} GROUP BY k ORDER BY k",
        [period_end, *params])


def _group_sheet(name: str, title: str, key_columns: tuple[Column, ...], keyed: list[tuple], total: int,
                 notes: tuple[str, ...] = ()) -> Sheet:
    """A breakdown sheet: key columns, then the common figures; ``keyed`` rows are (key values…, sums…)."""
    n = len(key_columns)
    rows = []
    sums = [0] * 6
    for r in keyed:
        loans, outstanding, overdue, par30, npl, allowance = (_int(v) for v in r[n:])
        rows.append((*r[:n], loans, outstanding, _pct(outstanding, total), overdue, par30, npl,
                     _pct(npl, outstanding), allowance))
        for i, v in enumerate((loans, outstanding, overdue, par30, npl, allowance)):
            sums[i] += v
    totals = ("TOTAL",) + ("",) * (n - 1) + (sums[0], sums[1], _pct(sums[1], total), sums[2], sums[3], sums[4],
                                             _pct(sums[4], sums[1]), sums[5])
    columns = key_columns + tuple(_c(k, label, kind) for k, label, kind in _GROUP_COLUMNS)
    return Sheet(name, title, columns, rows, totals, notes, count=len(rows))


def _names(model, field_name: str = "name") -> dict[int, str]:
    return {i: n for i, n in model.select(model.id, getattr(model, field_name)).tuples()}


def _outstanding_sheets(period_end: dt.date, branch_id: int | None, total: int) -> list[Sheet]:
    from models.core import wilayah
    from models.core.office import Branch
    from models.core.users import User
    from models.customers.dealers import Dealer
    from models.products.products import LoanProduct

    sheets = []
    products = {i: (code, name) for i, code, name in
                LoanProduct.select(LoanProduct.id, LoanProduct.code, LoanProduct.name).tuples()}
    keyed = [(*products.get(r[0], ("?", "?")), *r[1:]) for r in _grouped(period_end, branch_id, "s.product_id")]
    keyed.sort(key=lambda r: r[0])
    sheets.append(_group_sheet("Per Produk", "Outstanding per Produk",
                               (_c("code", "Kode", width=8), _c("name", "Produk", width=28)), keyed, total))
    users = {i: (u, n) for i, u, n in User.select(User.id, User.username, User.full_name).tuples()}
    keyed = sorted(((*users.get(r[0], ("?", "?"))[::-1], *r[1:]) for r in _grouped(period_end, branch_id,
                                                                                      "s.officer_id")),
                   key=lambda r: (r[0], r[1]))
    sheets.append(_group_sheet("Per Petugas", "Outstanding per Petugas (CMO/AO)",
                               (_c("name", "Petugas", width=26), _c("username", "Pengguna", width=14)), keyed, total))
    dealers = {i: (code, name) for i, code, name in Dealer.select(Dealer.id, Dealer.code, Dealer.name).tuples()}
    keyed = sorted(((*dealers.get(r[0], ("", "Tanpa dealer")), *r[1:])
                    for r in _grouped(period_end, branch_id, "s.dealer_id")),
                   key=lambda r: (r[0] == "", r[0], r[1]))
    sheets.append(_group_sheet("Per Dealer", "Outstanding per Dealer",
                               (_c("code", "Kode", width=10), _c("name", "Dealer", width=30)), keyed, total))
    branches = {i: (code, name) for i, code, name in Branch.select(Branch.id, Branch.code, Branch.name).tuples()}
    keyed = sorted(((*branches.get(r[0], ("?", "?")), *r[1:]) for r in _grouped(period_end, branch_id,
                                                                                  "s.branch_id")),
                   key=lambda r: r[0])
    sheets.append(_group_sheet("Per Cabang", "Outstanding per Cabang",
                               (_c("code", "Kode", width=8), _c("name", "Cabang", width=28)), keyed, total))
    keyed = []
    for r in _grouped(period_end, branch_id, "SUBSTR(s.region_code, 1, 5)"):
        code = r[0] or ""
        region = wilayah.get(code) if len(code) == 5 else None
        province = wilayah.get(code[:2]) if len(code) >= 2 else None
        keyed.append((code or "-", region.name if region else "Wilayah tidak diketahui",
                      province.name if province else "", *r[1:]))
    sheets.append(_group_sheet("Per Wilayah", "Outstanding per Wilayah (Kabupaten/Kota Nasabah)",
                               (_c("code", "Kode", width=8), _c("name", "Kabupaten/Kota", width=30),
                                _c("province", "Provinsi", width=22)), keyed, total,
                               ("Wilayah menurut alamat nasabah (kode Kemendagri) saat tutup buku.",)))
    return sheets


def _disbursement_sheet(period_end: dt.date, branch_id: int | None) -> Sheet:
    from models.core.office import Branch
    from models.core.users import User
    from models.customers.customers import Customer
    from models.customers.dealers import Dealer
    from models.loans.loans import Loan
    from models.loans.snapshots import LoanSnapshot
    from models.products.products import LoanProduct

    where, params = _scope(branch_id)
    p = _p()
    found = _rows(
        f"SELECT s.disbursed_on, l.contract_no, c.full_name, b.code, pr.code, u.full_name, d.name, l.tenor, "
        f"l.principal, s.principal_outstanding, s.collectibility "
        f"FROM {_t(LoanSnapshot)} s JOIN {_t(Loan)} l ON l.id = s.loan_id "
        f"JOIN {_t(Customer)} c ON c.id = s.customer_id JOIN {_t(Branch)} b ON b.id = s.branch_id "
        f"JOIN {_t(LoanProduct)} pr ON pr.id = s.product_id JOIN {_t(User)} u ON u.id = s.officer_id "
        f"LEFT JOIN {_t(Dealer)} d ON d.id = s.dealer_id "
        f"WHERE s.period_end = {p} AND s.disbursed_on >= {p}{where} ORDER BY s.disbursed_on, l.contract_no",
        [period_end, period_end.replace(day=1), *params])
    rows = [(_date(r[0]), r[1], r[2], r[3], r[4], r[5], r[6] or "", _int(r[7]), _int(r[8]), _int(r[9]), _int(r[10]))
            for r in found]
    totals = ("TOTAL", f"{len(rows)} pinjaman", "", "", "", "", "", None, sum(r[8] for r in rows),
              sum(r[9] for r in rows), None)
    columns = (_c("date", "Tgl Cair", Kind.DATE), _c("contract", "No. Kontrak", width=20),
               _c("customer", "Nasabah", width=28), _c("branch", "Cabang", width=8), _c("product", "Produk", width=8),
               _c("officer", "Petugas", width=22), _c("dealer", "Dealer", width=24), _c("tenor", "Tenor", Kind.INT, 7),
               _c("principal", "Pokok Pembiayaan", Kind.MONEY), _c("outstanding", "Sisa Pokok Akhir Bulan", Kind.MONEY),
               _c("klass", "Kol", Kind.INT, 5))
    return Sheet("Pencairan", "Pencairan Bulan Ini", columns, rows, totals, count=len(rows))


def _ageing_sheet(period_end: dt.date, branch_id: int | None, total: int) -> Sheet:
    from models.loans.snapshots import LoanSnapshot

    where, params = _scope(branch_id)
    cases = " ".join(f"WHEN s.days_past_due <= {upper} THEN {i}" for i, (_low, upper, _l) in
                     enumerate(AGEING_BUCKETS) if upper is not None)
    found = {r[0]: r[1:] for r in _rows(
        f"SELECT CASE {cases} ELSE {len(AGEING_BUCKETS) - 1} END AS k, "
        f"SUM(CASE WHEN {_IN_BOOK} THEN 1 ELSE 0 END), SUM(s.principal_outstanding), SUM(s.amount_overdue), "
        f"SUM(s.allowance) FROM {_t(LoanSnapshot)} s WHERE s.period_end = {_p()}{where} GROUP BY k",
        [period_end, *params])}
    rows, sums = [], [0, 0, 0, 0]
    for i, (low, upper, label) in enumerate(AGEING_BUCKETS):
        loans, outstanding, overdue, allowance = (_int(v) for v in found.get(i, (0, 0, 0, 0)))
        rows.append((label, low, upper, loans, outstanding, _pct(outstanding, total), overdue, allowance))
        for j, v in enumerate((loans, outstanding, overdue, allowance)):
            sums[j] += v
    totals = ("TOTAL", None, None, sums[0], sums[1], _pct(sums[1], total), sums[2], sums[3])
    columns = (_c("bucket", "Umur Tunggakan", width=20), _c("low", "Dari (hari)", Kind.INT),
               _c("high", "Sampai (hari)", Kind.INT), _c("loans", "Jumlah Pinjaman", Kind.INT),
               _c("outstanding", "Sisa Pokok", Kind.MONEY), _c("share", "Porsi", Kind.PERCENT),
               _c("overdue", "Angsuran Tertunggak", Kind.MONEY), _c("allowance", "CKPN/PPKA", Kind.MONEY))
    return Sheet("Umur Tunggakan", "Umur Tunggakan (Hari Lewat Jatuh Tempo)", columns, rows, totals,
                 ("Hari tunggak dihitung dari angsuran tertua yang belum lunas pada akhir bulan.",), count=len(rows))


def _collectibility_sheet(period_end: dt.date, branch_id: int | None, figures: dict) -> Sheet:
    from models.loans.collectibility import CLASS_NAMES, PRESET_LABELS, office_table
    from models.loans.snapshots import LoanSnapshot

    where, params = _scope(branch_id)
    found = {r[0]: r[1:] for r in _rows(
        f"SELECT s.collectibility, SUM(CASE WHEN {_IN_BOOK} THEN 1 ELSE 0 END), SUM(s.principal_outstanding), "
        f"SUM(s.collateral_value), SUM(s.allowance) FROM {_t(LoanSnapshot)} s "
        f"WHERE s.period_end = {_p()}{where} GROUP BY s.collectibility", [period_end, *params])}
    table = office_table()
    ranges = {klass: text for klass, _name, text in table.describe()}
    total = figures["outstanding"]
    rows, sums = [], [0, 0, 0, 0]
    for klass in sorted(set(table.classes) | set(found)):
        loans, outstanding, collateral, allowance = (_int(v) for v in found.get(klass, (0, 0, 0, 0)))
        rows.append((klass, CLASS_NAMES.get(klass, str(klass)), ranges.get(klass, ""),
                     "Ya" if klass >= 3 else "Tidak", loans, outstanding, _pct(outstanding, total), collateral,
                     allowance, _pct(allowance, outstanding)))
        for j, v in enumerate((loans, outstanding, collateral, allowance)):
            sums[j] += v
    totals = ("TOTAL", "", "", "", sums[0], sums[1], _pct(sums[1], total), sums[2], sums[3], _pct(sums[3], sums[1]))
    npf_gross, npf_net = figures.get("npf_gross"), figures.get("npf_net")
    fmt = lambda v: "-" if v is None else f"{v:.2f}".replace(".", ",") + " %"
    notes = (f"Tabel kolektibilitas kantor: {PRESET_LABELS.get(table.preset, table.preset)}.",
             f"NPF bruto (Kol 3–5 ÷ sisa pokok): {fmt(npf_gross)}; NPF neto (setelah CKPN Kol 3–5): {fmt(npf_net)}.")
    columns = (_c("klass", "Kol", Kind.INT, 5), _c("name", "Kolektibilitas", width=24),
               _c("range", "Hari Tunggak", width=14), _c("npl", "Bermasalah", width=11),
               _c("loans", "Jumlah Pinjaman", Kind.INT), _c("outstanding", "Sisa Pokok", Kind.MONEY),
               _c("share", "Porsi", Kind.PERCENT), _c("collateral", "Agunan Diperhitungkan", Kind.MONEY),
               _c("allowance", "CKPN/PPKA", Kind.MONEY), _c("coverage", "Cakupan", Kind.PERCENT))
    return Sheet("Kolektibilitas", "Kolektibilitas, NPF dan Cadangan Kerugian", columns, rows, totals, notes,
                 count=len(rows))


def _detail_sheet(period_end: dt.date, branch_id: int | None, count: int) -> Sheet:
    """One row per loan of the snapshot, streamed from the cursor (never held in memory as a list)."""
    from models.core.office import Branch
    from models.core.users import User
    from models.customers.customers import Customer
    from models.customers.dealers import Dealer
    from models.loans.loans import Loan
    from models.loans.snapshots import LoanSnapshot
    from models.products.products import LoanProduct

    where, params = _scope(branch_id)
    sql = (f"SELECT l.contract_no, c.full_name, b.code, pr.code, u.full_name, COALESCE(d.name, ''), "
           f"SUBSTR(s.region_code, 1, 5), s.disbursed_on, s.months_on_book, l.principal, s.principal_outstanding, "
           f"s.accrued_interest, s.deferred_fee, s.amount_overdue, s.days_past_due, s.collectibility, s.stage, "
           f"s.allowance, s.status "
           f"FROM {_t(LoanSnapshot)} s JOIN {_t(Loan)} l ON l.id = s.loan_id "
           f"JOIN {_t(Customer)} c ON c.id = s.customer_id JOIN {_t(Branch)} b ON b.id = s.branch_id "
           f"JOIN {_t(LoanProduct)} pr ON pr.id = s.product_id JOIN {_t(User)} u ON u.id = s.officer_id "
           f"LEFT JOIN {_t(Dealer)} d ON d.id = s.dealer_id "
           f"WHERE s.period_end = {_p()}{where} ORDER BY l.contract_no")
    sums = _rows(f"SELECT SUM(l.principal), SUM(s.principal_outstanding), SUM(s.accrued_interest), "
                 f"SUM(s.deferred_fee), SUM(s.amount_overdue), SUM(s.allowance) FROM {_t(LoanSnapshot)} s "
                 f"JOIN {_t(Loan)} l ON l.id = s.loan_id WHERE s.period_end = {_p()}{where}",
                 [period_end, *params])[0]

    from models.loans.loans import STATUS_LABELS

    def rows() -> Iterator[tuple]:
        cursor = _db().execute_sql(sql, [period_end, *params])
        while True:
            batch = cursor.fetchmany(2000)
            if not batch:
                return
            for r in batch:
                yield (*r[:7], _date(r[7]), *r[8:18], STATUS_LABELS.get(r[18], r[18]))

    columns = (_c("contract", "No. Kontrak", width=20), _c("customer", "Nasabah", width=28),
               _c("branch", "Cabang", width=8), _c("product", "Produk", width=8),
               _c("officer", "Petugas", width=22), _c("dealer", "Dealer", width=24),
               _c("region", "Kab/Kota", width=9), _c("disbursed", "Tgl Cair", Kind.DATE),
               _c("mob", "Bulan Berjalan", Kind.INT, 9), _c("principal", "Pokok Pembiayaan", Kind.MONEY),
               _c("outstanding", "Sisa Pokok", Kind.MONEY), _c("accrued", "Bunga Akrual", Kind.MONEY),
               _c("deferred", "Pendapatan Ditangguhkan", Kind.MONEY), _c("overdue", "Angsuran Tertunggak", Kind.MONEY),
               _c("dpd", "Hari Tunggak", Kind.INT, 9), _c("klass", "Kol", Kind.INT, 5),
               _c("stage", "Tahap PSAK 71", Kind.INT, 9), _c("allowance", "CKPN/PPKA", Kind.MONEY),
               _c("status", "Status", width=14))
    totals = ("TOTAL", f"{count} baris", "", "", "", "", "", None, None, *(_int(v) for v in sums[:5]), None, None,
              None, _int(sums[5]), "")
    return Sheet("Rincian Pinjaman", "Rincian Pinjaman per Akhir Bulan", columns, rows, totals,
                 ("Satu baris per pinjaman dalam snapshot akhir bulan; pinjaman yang lunas dalam bulan ini tampil "
                  "sekali lagi dengan saldo nol.",), count=count)


def _officer_sheet(period_end: dt.date, branch_id: int | None) -> Sheet:
    from models.core.users import User
    from models.loans.loans import Loan
    from models.loans.snapshots import LoanSnapshot

    where, params = _scope(branch_id)
    p = _p()
    start = period_end.replace(day=1)
    found = _rows(
        f"SELECT s.officer_id, SUM(CASE WHEN s.disbursed_on >= {p} THEN 1 ELSE 0 END), "
        f"SUM(CASE WHEN s.disbursed_on >= {p} THEN l.principal ELSE 0 END), "
        f"SUM(CASE WHEN {_IN_BOOK} THEN 1 ELSE 0 END), SUM(s.principal_outstanding), "
        f"SUM(CASE WHEN s.days_past_due > 30 THEN s.principal_outstanding ELSE 0 END), "
        f"SUM(CASE WHEN s.collectibility >= 3 THEN s.principal_outstanding ELSE 0 END) "
        f"FROM {_t(LoanSnapshot)} s JOIN {_t(Loan)} l ON l.id = s.loan_id WHERE s.period_end = {p}{where} "
        f"GROUP BY s.officer_id", [start, start, period_end, *params])
    recorded = portfolio.collection_recorded(period_end, branch_id)
    rates = _rates_by(period_end, "officer", branch_id) if recorded else {}
    users = {i: (u, n) for i, u, n in User.select(User.id, User.username, User.full_name).tuples()}
    rows = []
    for officer_id, new, amount, loans, outstanding, par30, npl in found:
        username, name = users.get(officer_id, ("?", "?"))
        due, collected = rates.get(officer_id, (0, 0)) if recorded else (None, None)
        rows.append((name, username, _int(new), _int(amount), due, collected, _pct(collected, due), _int(loans),
                     _int(outstanding), _pct(_int(par30), _int(outstanding)), _int(npl),
                     _pct(_int(npl), _int(outstanding))))
    rows.sort(key=lambda r: (r[0], r[1]))
    s = [sum(r[i] or 0 for r in rows) for i in (2, 3, 4, 5, 7, 8, 10)]
    if not recorded:
        s[2] = s[3] = None
    total_par30 = sum(_int(r[5]) for r in found)
    totals = ("TOTAL", "", s[0], s[1], s[2], s[3], _pct(s[3] or 0, s[2] or 0), s[4], s[5], _pct(total_par30, s[5]), s[6],
              _pct(s[6], s[5]))
    columns = (_c("name", "Petugas", width=26), _c("username", "Pengguna", width=14),
               _c("new", "Akun Baru", Kind.INT), _c("amount", "Jumlah Pencairan", Kind.MONEY),
               _c("due", "Tagihan Jatuh Tempo", Kind.MONEY), _c("collected", "Tagihan Diterima", Kind.MONEY),
               _c("rate", "Tingkat Penagihan", Kind.PERCENT, 11), _c("loans", "Portofolio (Akun)", Kind.INT),
               _c("outstanding", "Sisa Pokok Portofolio", Kind.MONEY), _c("par30", "PAR 30", Kind.PERCENT),
               _c("npl", "Pokok Kol 3–5", Kind.MONEY), _c("npf", "NPF Bruto", Kind.PERCENT))
    notes = (("Tagihan = pokok + bunga angsuran yang jatuh tempo dalam bulan; diterima = yang dibayar untuk "
              "angsuran jatuh tempo s.d. akhir bulan (tunggakan yang dilunasi ikut dihitung).",) if recorded else
             ("Snapshot bulan ini ditutup sebelum tagihan dan penerimaan dicatat per pinjaman: kolom penagihan "
              "kosong.",))
    return Sheet("Kinerja Petugas", "Kinerja Petugas", columns, rows, totals, notes, count=len(rows))


def _rates_by(period_end: dt.date, by: str, branch_id: int | None) -> dict:
    """{key_id: (due sen, collected sen)} from :func:`models.collections.portfolio.collection_rates`."""
    return {r.key_id: (_sen(r.due), _sen(r.collected))
            for r in portfolio.collection_rates(period_end, by=by, branch_id=branch_id)}


def _dealer_sheet(period_end: dt.date, branch_id: int | None) -> Sheet:
    """Orders, decisions and early default per dealer.

    Orders and decisions are read from the applications' stamped status history (``StatusChange``), which is
    never rewritten, so the month's counts stay what they were: *orders* = applications first submitted in the
    month, *approved*/*rejected* = decisions taken in the month (a counter-offer counts as approved, as
    :mod:`models.credit.dealer_stats` does).  Early default is the first-payment default rate of
    :func:`models.collections.portfolio.premature_arrears`.
    """
    from models.credit.applications import Application, StatusChange
    from models.customers.dealers import Dealer
    from models.loans.loans import Loan
    from models.loans.snapshots import LoanSnapshot

    p = _p()
    start = dt.datetime.combine(period_end.replace(day=1), dt.time())
    end = dt.datetime.combine(period_end + dt.timedelta(days=1), dt.time())
    where_app, params_app = ("", []) if branch_id is None else (f" AND a.branch_id = {p}", [branch_id])
    decisions = _rows(
        f"SELECT a.dealer_id, "
        f"COUNT(DISTINCT CASE WHEN sc.to_status = 'submitted' AND sc.from_status IN ('draft', 'surveyed', '') "
        f"THEN a.number END), "
        f"COUNT(DISTINCT CASE WHEN sc.to_status IN ('approved', 'countered') THEN a.number END), "
        f"COUNT(DISTINCT CASE WHEN sc.to_status = 'rejected' THEN a.number END) "
        f"FROM {_t(StatusChange)} sc JOIN {_t(Application)} a ON a.id = sc.application_id "
        f"WHERE a.dealer_id IS NOT NULL AND sc.at >= {p} AND sc.at < {p}{where_app} GROUP BY a.dealer_id",
        [start, end, *params_app])
    where, params = _scope(branch_id)
    loans = _rows(
        f"SELECT s.dealer_id, SUM(CASE WHEN s.disbursed_on >= {p} THEN 1 ELSE 0 END), "
        f"SUM(CASE WHEN s.disbursed_on >= {p} THEN l.principal ELSE 0 END), "
        f"SUM(CASE WHEN {_IN_BOOK} THEN 1 ELSE 0 END), SUM(s.principal_outstanding) "
        f"FROM {_t(LoanSnapshot)} s JOIN {_t(Loan)} l ON l.id = s.loan_id "
        f"WHERE s.period_end = {p} AND s.dealer_id IS NOT NULL{where} GROUP BY s.dealer_id",
        [period_end.replace(day=1), period_end.replace(day=1), period_end, *params])
    early = _premature_by(period_end, "dealer", branch_id)
    by_dealer: dict[int, list] = {}
    for dealer_id, sent, approved, rejected in decisions:
        by_dealer.setdefault(dealer_id, [0] * 7)[0:3] = [_int(sent), _int(approved), _int(rejected)]
    for dealer_id, new, amount, count, outstanding in loans:
        by_dealer.setdefault(dealer_id, [0] * 7)[3:7] = [_int(new), _int(amount), _int(count), _int(outstanding)]
    dealers = {i: (code, name) for i, code, name in Dealer.select(Dealer.id, Dealer.code, Dealer.name).tuples()}
    rows = []
    for dealer_id, (sent, approved, rejected, new, amount, count, outstanding) in by_dealer.items():
        code, name = dealers.get(dealer_id, ("?", "?"))
        accounts, fpd, rate = early.get(dealer_id, (None, None, None))
        rows.append((code, name, sent, approved, rejected, _pct(approved, approved + rejected), new, amount, count,
                     outstanding, accounts, fpd, rate))
    rows.sort(key=lambda r: (r[0], r[1]))
    s = [sum(r[i] for r in rows) for i in (2, 3, 4, 6, 7, 8, 9)]
    acc = sum(r[10] or 0 for r in rows)
    fpd = sum(r[11] or 0 for r in rows)
    totals = ("TOTAL", "", s[0], s[1], s[2], _pct(s[1], s[1] + s[2]), s[3], s[4], s[5], s[6], acc, fpd,
              _pct(fpd, acc))
    columns = (_c("code", "Kode", width=10), _c("name", "Dealer", width=30), _c("sent", "Order Masuk", Kind.INT),
               _c("approved", "Disetujui", Kind.INT), _c("rejected", "Ditolak", Kind.INT),
               _c("approval", "Tingkat Persetujuan", Kind.PERCENT, 12), _c("new", "Pinjaman Cair", Kind.INT),
               _c("amount", "Jumlah Pencairan", Kind.MONEY), _c("loans", "Portofolio (Akun)", Kind.INT),
               _c("outstanding", "Sisa Pokok", Kind.MONEY), _c("fpd_base", "Akun Dinilai FPD", Kind.INT, 11),
               _c("fpd", "Gagal Bayar Pertama", Kind.INT, 11), _c("fpd_rate", "Tingkat FPD", Kind.PERCENT, 11))
    notes = ("Order = aplikasi yang pertama kali diajukan dalam bulan ini; disetujui/ditolak = keputusan dalam "
             "bulan ini (tawaran ulang dihitung disetujui).",
             "Gagal bayar awal (FPD): akun 1–12 bulan berjalan yang angsuran pertamanya belum dibayar lewat batas "
             "hari FPD kantor pada akhir bulan.")
    return Sheet("Kinerja Dealer", "Kinerja Dealer", columns, rows, totals, notes, count=len(rows))


def _premature_by(period_end: dt.date, by: str, branch_id: int | None) -> dict:
    """{key_id: (accounts judged for first-payment default, defaults, rate)} from
    :func:`models.collections.portfolio.premature_arrears`."""
    return {r.key_id: (r.fpd_base, r.fpd, r.fpd_rate)
            for r in portfolio.premature_arrears(period_end, by=by, branch_id=branch_id)}


def _portfolio_sheets(period_end: dt.date, branch_id: int | None) -> list[Sheet]:
    """Collections, roll rates, premature arrears and vintage: figures owned by models.collections.portfolio."""
    sheets = []
    recorded = portfolio.collection_recorded(period_end, branch_id)
    # Collections received against collections due, per officer, collector and branch.
    rows = []
    labels = {"branch": "Cabang", "officer": "Petugas", "collector": "Kolektor"}
    for by in ("branch", "officer", "collector") if recorded else ():
        for r in sorted(portfolio.collection_rates(period_end, by=by, branch_id=branch_id),
                        key=lambda r: (str(r.name or ""), r.key_id or 0)):
            rows.append((labels[by], r.name or "-", _int(r.loans), _sen(r.due), _sen(r.collected),
                         _sen(r.collected) - _sen(r.due), r.rate))
    branch_rows = [r for r in rows if r[0] == "Cabang"]
    due = sum(r[3] for r in branch_rows)
    collected = sum(r[4] for r in branch_rows)
    totals = ("TOTAL", "per cabang", sum(r[2] for r in branch_rows), due, collected, collected - due,
              _pct(collected, due))
    columns = (_c("by", "Menurut", width=10), _c("name", "Nama", width=28), _c("loans", "Akun", Kind.INT),
               _c("due", "Tagihan Jatuh Tempo", Kind.MONEY), _c("collected", "Tagihan Diterima", Kind.MONEY),
               _c("gap", "Selisih", Kind.MONEY), _c("rate", "Tingkat Penagihan", Kind.PERCENT, 12))
    sheets.append(Sheet("Penagihan", "Penagihan: Diterima terhadap Jatuh Tempo", columns, rows, totals,
                        ("Tiga pengelompokan dari data yang sama; baris TOTAL menjumlah pengelompokan per cabang.",)
                        if recorded else ("Snapshot bulan ini ditutup sebelum tagihan dan penerimaan dicatat per "
                                          "pinjaman.",),
                        count=len(rows)))
    # Roll rates: rows are last month's buckets, columns this month's (and "left the book").
    previous = _shift(period_end, -1)
    if _snapshot_count(previous, None):
        matrix = portfolio.roll_rates(period_end, branch_id)
        buckets = list(matrix.buckets)
        rows = []
        for i in range(len(matrix.counts)):
            owed = _sen(sum(matrix.outstanding[i], Decimal(0)))
            rows.append((buckets[i], sum(int(v) for v in matrix.counts[i]), owed,
                         *(matrix.rate(i, j) for j in range(len(buckets)))))
        rows.append(("Baru (belum ada bulan lalu)", sum(matrix.entered), None, *([None] * len(buckets))))
        totals = ("TOTAL", sum(r[1] for r in rows), sum(r[2] or 0 for r in rows), *([None] * len(buckets)))
        columns = (_c("from", "Bulan Lalu", width=22), _c("loans", "Akun", Kind.INT),
                   _c("owed", "Sisa Pokok Bulan Lalu", Kind.MONEY),
                   *(_c(f"to{j}", f"Ke {b}", Kind.PERCENT, 11) for j, b in enumerate(buckets)))
        sheets.append(Sheet("Roll Rate", "Roll Rate Tunggakan (% Sisa Pokok)", columns, rows, totals,
                            (f"Perpindahan akun dari {month_label(matrix.previous_end)} ke {month_label(period_end)}, "
                             "menurut hari tunggak; persentase dari sisa pokok bulan lalu per baris.",),
                            count=len(rows)))
    else:
        columns = (_c("from", "Bulan Lalu", width=22), _c("loans", "Akun", Kind.INT))
        sheets.append(Sheet("Roll Rate", "Roll Rate Tunggakan (% Sisa Pokok)", columns, [], ("TOTAL", 0),
                            (f"{month_label(previous)} tidak punya snapshot: roll rate dimulai bulan depan.",)))
    # Premature arrears per officer and dealer.
    for by, name, label in (("officer", "Prematur Petugas", "Petugas"), ("dealer", "Prematur Dealer", "Dealer")):
        found = sorted(portfolio.premature_arrears(period_end, by=by, branch_id=branch_id),
                       key=lambda r: (str(r.name), r.key_id or 0))
        rows = [(str(r.name), _int(r.accounts), _int(r.fpd_base), _int(r.fpd), r.fpd_rate, *r.arrears_by_mob)
                for r in found]
        base = sum(r[2] for r in rows)
        fpd = sum(r[3] for r in rows)
        totals = ("TOTAL", sum(r[1] for r in rows), base, fpd, _pct(fpd, base), *([None] * 12))
        columns = (_c("name", label, width=30), _c("accounts", "Akun MOB 1–12", Kind.INT, 11),
                   _c("fpd_base", "Dinilai FPD", Kind.INT, 10), _c("fpd", "FPD", Kind.INT, 8),
                   _c("fpd_rate", "Tingkat FPD", Kind.PERCENT, 11),
                   *(_c(f"m{m}", f"MOB {m}", Kind.PERCENT, 9) for m in range(1, 13)))
        sheets.append(Sheet(name, f"Tunggakan Prematur per {label}", columns, rows, totals,
                            ("Persentase akun menunggak pada bulan ke-m sejak pencairan (MOB 1–12); FPD = gagal "
                             "bayar angsuran pertama.",), count=len(rows)))
    # Vintage.
    found = portfolio.vintage(period_end, branch_id)
    width = max((len(v[2]) for v in found), default=12)
    rows = [(_date(month), _int(loans), *cells, *([None] * (width - len(cells)))) for month, loans, cells in found]
    totals = ("TOTAL", sum(r[1] for r in rows), *([None] * width))
    columns = (_c("month", "Bulan Cair", Kind.DATE), _c("loans", "Akun", Kind.INT),
               *(_c(f"m{m}", f"MOB {m}", Kind.PERCENT, 9) for m in range(1, width + 1)))
    sheets.append(Sheet("Vintage", "Vintage: % Akun Tunggakan 30+ Hari per Bulan Berjalan", columns, rows, totals,
                        count=len(rows)))
    return sheets


def _ledger_sheets(period_end: dt.date) -> tuple[list[Sheet], int]:
    """Trial balance of the month, balance sheet at its end and income statement year to date, from the closed
    ledger (:mod:`reports.statements`), with the loans-receivable control balance (integer sen)."""
    from models.ledger.chart import Account, chart_roles
    from models.ledger.journals import account_totals, signed_balance
    from reports.statements import balance_sheet, income_statement, trial_balance

    sheets = []
    tables = ((trial_balance(period_end.replace(day=1), period_end), "Neraca Saldo"),
              (balance_sheet(period_end), "Neraca"),
              (income_statement(period_end.replace(month=1, day=1), period_end), "Laba Rugi"))
    for table, name in tables:
        columns = tuple(Column(c.key, c.label, c.kind, c.width or _WIDTHS[c.kind]) for c in table.columns)
        rows = [tuple(_table_value(row.get(c.key), c.kind) for c in columns) for row in table.rows]
        totals = None
        if table.totals is not None:
            totals = tuple(_table_value(table.totals.get(c.key), c.kind) for c in columns)
            if totals[0] in (None, ""):
                totals = ("TOTAL",) + totals[1:]
        notes = (table.subtitle,) + tuple(f"{k}: {v}" for k, v in table.meta)
        bold = frozenset(i for i, row in enumerate(table.rows) if row.get("style") in ("heading", "subtotal", "total"))
        sheets.append(Sheet(name, table.title, columns, rows, totals, notes, count=len(rows), bold_rows=bold))
    code = chart_roles().get("loans_receivable")
    control = 0
    account = Account.get_or_none(Account.code == str(code)) if code else None
    if account is not None:
        d, c = account_totals(date_to=period_end).get(account.id, (0, 0))
        control = _sen(signed_balance(account.type, d, c))
    return sheets, control


def _table_value(value, kind: Kind):
    if value is None or isinstance(value, str):
        return value
    if kind is Kind.MONEY:
        return _sen(value)
    return value


def build_pack(period_end: dt.date, branch_id: int | None = None, progress=None) -> MonthlyPack:
    """Gather every sheet of the month's pack (call inside :class:`models.core.db.read_transaction`).

    Args:
        period_end: any day of the month to report; the month end is used.
        branch_id: one branch, or ``None`` for the whole office.  The ledger statements are the office's and
            are left out of a branch pack (journals are not kept per branch).
        progress: a :class:`models.core.progress.Progress` (a cancel stops it).
    Returns:
        The :class:`MonthlyPack`; the loan detail is a query run when the sheet is written.
    Raises:
        PackRefused: the month is not closed or has no snapshot (:func:`require_closed_month`).
    """
    from models.core.office import Branch, Office
    from models.core.progress import progress_or_quiet

    progress = progress_or_quiet(progress)
    period_end = require_closed_month(period_end, branch_id)
    progress.step(0, 0, "membaca snapshot akhir bulan")
    figures = _key_figures(period_end, branch_id)
    office = Office.select().first()
    branch = Branch.get_or_none(Branch.id == branch_id) if branch_id is not None else None
    ledger, control = ([], None) if branch_id is not None else _ledger_sheets(period_end)
    progress.check()
    sheets = [_summary_sheet(period_end, branch_id, figures, control)]
    total = figures["outstanding"]
    sheets += _outstanding_sheets(period_end, branch_id, total)
    progress.check()
    sheets.append(_disbursement_sheet(period_end, branch_id))
    portfolio = _portfolio_sheets(period_end, branch_id)
    sheets += [s for s in portfolio if s.name == "Penagihan"]
    sheets.append(_ageing_sheet(period_end, branch_id, total))
    sheets.append(_collectibility_sheet(period_end, branch_id, figures))
    sheets += [s for s in portfolio if s.name != "Penagihan"]
    progress.check()
    sheets.append(_officer_sheet(period_end, branch_id))
    sheets.append(_dealer_sheet(period_end, branch_id))
    sheets.append(_detail_sheet(period_end, branch_id, _snapshot_count(period_end, branch_id)))
    sheets += ledger
    return MonthlyPack(period_end, branch_id, f"{branch.code} {branch.name}" if branch else "Seluruh kantor",
                       office.name if office else "", tuple(sheets), figures)


def _snapshot_count(period_end: dt.date, branch_id: int | None) -> int:
    from models.loans.snapshots import LoanSnapshot

    where, params = _scope(branch_id)
    return _int(_rows(f"SELECT COUNT(*) FROM {_t(LoanSnapshot)} s WHERE s.period_end = {_p()}{where}",
                      [period_end, *params])[0][0])


# --------------------------------------------------------------------------------------------- the writer
def _money_cell_value(sen: int):
    """Integer sen → the number an xlsx cell stores: whole rupiah as ``int``, otherwise the float Excel keeps
    (see :func:`reports.xlsx.excel_number`: an xlsx number *is* a double; 15 digits hold every amount).

    ``sen / 100`` is Python's correctly rounded integer division, so it gives the same double as
    ``float(Decimal(sen) / 100)`` at a fraction of the cost (the loan detail has 100.000 rows)."""
    sen = int(sen)
    return sen // 100 if sen % 100 == 0 else sen / 100


class _StampedZip(zipfile.ZipFile):
    """A zip whose every entry carries one fixed date, so the same workbook gives the same bytes."""

    def __init__(self, file, stamp: tuple):
        super().__init__(file, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
        self._stamp = stamp

    def _info(self, name: str) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(name, date_time=self._stamp)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o600 << 16
        return info

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        if not isinstance(zinfo_or_arcname, zipfile.ZipInfo):
            zinfo_or_arcname = self._info(zinfo_or_arcname)
        super().writestr(zinfo_or_arcname, data, compress_type, compresslevel)

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        info = self._info(arcname or os.path.basename(filename))
        # The size known up front, as ZipFile.write does: no ZIP64 extra field for a sheet under 2 GB (some Excel
        # versions call such a field "unreadable content").
        info.file_size = os.path.getsize(filename)
        with open(filename, "rb") as src, self.open(info, "w") as dest:
            shutil.copyfileobj(src, dest, 1 << 20)


def _styles():
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin")
    return {"office": Font(bold=True, size=12), "title": Font(bold=True, size=14), "bold": Font(bold=True),
            "italic": Font(italic=True, color="595959"), "fill": PatternFill("solid", fgColor="D9D9D9"),
            "head_border": Border(top=thin, bottom=thin),
            "total_border": Border(top=thin, bottom=Side(style="double")),
            "wrap": Alignment(wrap_text=True, vertical="center"),
            "wrap_right": Alignment(wrap_text=True, vertical="center", horizontal="right")}


_FORMATS = {Kind.MONEY: MONEY_FORMAT, Kind.INT: INT_FORMAT, Kind.DATE: DATE_FORMAT, Kind.PERCENT: PERCENT_FORMAT,
            Kind.DECIMAL: DECIMAL_FORMAT}


def _typed(value, kind: Kind):
    """(cell value, number format) for ``value`` in a column of ``kind``; text goes through the safe writer."""
    if value is None:
        return None, None
    if isinstance(value, str):
        return safe_text(value), None
    if kind is Kind.MONEY:
        return _money_cell_value(value), MONEY_FORMAT
    if kind is Kind.PERCENT:
        return float(Decimal(value) / 100), PERCENT_FORMAT
    if kind is Kind.INT:
        return int(value), INT_FORMAT
    if kind is Kind.DATE:
        return value, DATE_FORMAT
    if kind is Kind.TEXT:
        return sheet_value(value), None
    return value, _FORMATS.get(kind)


#: Counts below this need no thousands separator: written as plain numbers (no styled cell), they look the same.
_PLAIN_INT = 1000


def _converter(ws, cell_class, kind: Kind):
    """The function turning a non-text value of a ``kind`` column into what ``ws.append`` takes."""
    def styled(value, fmt):
        cell = cell_class(ws, value=value)
        cell.number_format = fmt
        return cell

    if kind is Kind.MONEY:
        return lambda v: styled(_money_cell_value(v), MONEY_FORMAT)
    if kind is Kind.INT:
        return lambda v: v if -_PLAIN_INT < v < _PLAIN_INT else styled(int(v), INT_FORMAT)
    if kind is Kind.DATE:
        return lambda v: styled(v, DATE_FORMAT)
    if kind is Kind.PERCENT:
        return lambda v: styled(float(Decimal(v) / 100), PERCENT_FORMAT)
    if kind is Kind.DECIMAL:
        return lambda v: styled(v, DECIMAL_FORMAT)
    return sheet_value


def _plain_cell(ws, cell_class, value, kind: Kind):
    v, fmt = _typed(value, kind)
    if fmt is None:
        return v
    cell = cell_class(ws, value=v)
    cell.number_format = fmt
    return cell


def _bold_cell(ws, cell_class, value, kind: Kind, st: dict):
    v, fmt = _typed(value, kind)
    cell = cell_class(ws, value=v)
    cell.font = st["bold"]
    if fmt:
        cell.number_format = fmt
    return cell


def _write_sheet(wb, sheet: Sheet, pack: MonthlyPack, st: dict, progress, done: list) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(title=sheet.name)
    columns = sheet.columns
    for i, c in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(i)].width = c.width or _WIDTHS[c.kind]
    block = [(pack.office_name, st["office"]), (sheet.title, st["title"]),
             (f"Periode: {month_label(pack.period_end)} (posisi {pack.period_end:%d/%m/%Y})", None),
             (f"Cakupan: {pack.branch_label}", None)]
    block += [(note, st["italic"]) for note in sheet.notes if note]
    header_row = len(block) + 2
    ws.freeze_panes = f"B{header_row + 1}" if len(columns) > 6 else f"A{header_row + 1}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.orientation = "landscape" if len(columns) > 6 else "portrait"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True

    def text(value, font=None):
        cell = WriteOnlyCell(ws, value=safe_text(value))
        if font is not None:
            cell.font = font
        return cell

    for line, font in block:
        ws.append([text(line, font)])
    ws.append([])
    header = []
    for c in columns:
        cell = text(c.label, st["bold"])
        cell.fill = st["fill"]
        cell.border = st["head_border"]
        cell.alignment = st["wrap"] if c.kind in (Kind.TEXT, Kind.DATE) else st["wrap_right"]
        header.append(cell)
    ws.append(header)

    kinds = [c.kind for c in columns]
    last = header_row
    if sheet.row_kinds or sheet.bold_rows:  # the summary and the statements: a few dozen rows
        for n, row in enumerate(sheet.iter_rows()):
            if n in sheet.bold_rows:
                ws.append([_bold_cell(ws, WriteOnlyCell, v, k, st) for v, k in zip(row, kinds)])
            else:
                row_kind = sheet.row_kinds[n] if sheet.row_kinds else None
                ws.append([_plain_cell(ws, WriteOnlyCell, v, row_kind if row_kind and k is not Kind.TEXT else k)
                           for v, k in zip(row, kinds)])
            last += 1
    else:
        # The hot loop (100.000 detail rows): one converter per column, chosen once.  Text goes in as a plain
        # string through the safe writer; a number that needs a format gets a styled cell, like bare openpyxl.
        convert = [_converter(ws, WriteOnlyCell, k) for k in kinds]
        step = progress.step
        for n, row in enumerate(sheet.iter_rows()):
            if n % 1000 == 0:
                step(done[0] + n, done[1])
            ws.append([None if v is None else safe_text(v) if v.__class__ is str else c(v)
                       for v, c in zip(row, convert)])
            last += 1
    done[0] += sheet.count
    ws.auto_filter.ref = f"A{header_row}:{get_column_letter(len(columns))}{max(last, header_row + 1)}"
    if sheet.totals is not None:
        cells = [_bold_cell(ws, WriteOnlyCell, v, k, st) for v, k in zip(sheet.totals, kinds)]
        for cell in cells:
            cell.border = st["total_border"]
        ws.append(cells)


def write_pack(pack: MonthlyPack, path: str | Path, progress=None) -> Path:
    """Write ``pack`` to ``path`` (.xlsx), streaming, through a partial file moved over the target at the end.

    Every sheet: office, title, period and scope lines, a frozen bold header with an autofilter, typed cells
    (money ``"Rp "#,##0``, counts ``#,##0``, percentages ``0.00%``, dates ``dd/mm/yyyy``), fixed column widths and
    a bold totals line.  The document properties and every zip entry are dated the period end, so rebuilding a
    closed month gives the same bytes.

    Raises:
        Cancelled: the progress was cancelled; no file is left (the previous one stays).
    """
    from openpyxl import Workbook
    from openpyxl.writer.excel import ExcelWriter

    from models.core.progress import progress_or_quiet

    progress = progress_or_quiet(progress)
    path = Path(path)
    partial = path.with_name(f".{path.name}.partial")
    stamp = dt.datetime.combine(pack.period_end, dt.time())
    wb = None
    try:
        wb = Workbook(write_only=True)
        wb.properties.creator = "Angsur"
        wb.properties.lastModifiedBy = "Angsur"
        wb.properties.title = safe_text(f"Paket Laporan Bulanan {month_label(pack.period_end)}")
        wb.properties.subject = safe_text(pack.branch_label)
        wb.properties.created = stamp
        wb.properties.modified = stamp
        st = _styles()
        done = [0, sum(s.count for s in pack.sheets)]
        for sheet in pack.sheets:
            progress.step(done[0], done[1], sheet.title)
            _write_sheet(wb, sheet, pack, st, progress, done)
        progress.step(done[1], done[1], "menyimpan berkas")
        with open(partial, "wb") as handle:
            archive = _StampedZip(handle, (pack.period_end.year, pack.period_end.month, pack.period_end.day, 0, 0, 0))
            ExcelWriter(wb, archive).save()  # not wb.save(): that stamps "modified" with the clock
        progress.check()
        os.replace(partial, path)
    except BaseException:
        for ws in (wb.worksheets if wb is not None else []):
            try:
                ws.close()
            except Exception:  # noqa: BLE001 - tidying after the real error, which is re-raised
                pass
        partial.unlink(missing_ok=True)
        raise
    return path


# ------------------------------------------------------------------------------------------ the PDF summary
#: The sheets printed in the one-page-each PDF summary (the manager's meeting copy of the pack).
SUMMARY_PDF_SHEETS = ("Ringkasan", "Kolektibilitas", "Umur Tunggakan", "Per Produk", "Per Cabang")


def _report_value(value, kind: Kind, as_text: bool):
    """A pack value (money in sen) as a :class:`reports.base.ReportTable` value (money in rupiah); the summary's
    mixed rows are pre-formatted text, since a report column has one kind."""
    from reports.base import format_cell

    if value is None or isinstance(value, str):
        return value
    if kind is Kind.MONEY:
        value = Decimal(int(value)) / 100
    return format_cell(value, kind) if as_text else value


def summary_tables(pack: MonthlyPack) -> list:
    """The summary, collectibility, ageing, product and branch sheets as :class:`reports.base.ReportTable` s, for
    :func:`reports.pdf.write_pdf` (same figures as the workbook: one source, two renderers)."""
    from reports.base import ReportTable

    tables = []
    for sheet in pack.sheets:
        if sheet.name not in SUMMARY_PDF_SHEETS:
            continue
        mixed = bool(sheet.row_kinds)
        rows = []
        for i, row in enumerate(sheet.iter_rows()):
            row_kind = sheet.row_kinds[i] if mixed else None
            rows.append({c.key: _report_value(v, row_kind if row_kind and c.kind is not Kind.TEXT else c.kind, mixed)
                         for c, v in zip(sheet.columns, row)})
        totals = None
        if sheet.totals is not None:
            totals = {c.key: _report_value(v, c.kind, False) for c, v in zip(sheet.columns, sheet.totals)}
        tables.append(ReportTable(sheet.title, sheet.columns, rows, totals=totals,
                                  subtitle=f"{month_label(pack.period_end)} (posisi {pack.period_end:%d/%m/%Y}) · "
                                           f"{pack.branch_label}",
                                  meta=tuple(("Catatan", note) for note in sheet.notes if note)))
    return tables


def write_summary_pdf(pack: MonthlyPack, path: str | Path, printed_by: str | None = None) -> Path:
    """Print :func:`summary_tables` to a landscape PDF with the office letterhead, each table on its own page."""
    from dataclasses import replace

    from reports.letterhead import office_letterhead
    from reports.pdf import write_pdf

    letterhead = office_letterhead(pack.branch_id)
    if letterhead is not None and pack.branch_id is None:
        letterhead = replace(letterhead, branch_name="")  # the whole office's pack, not its first branch's
    return write_pdf(summary_tables(pack), path, letterhead=letterhead, orientation="landscape",
                     printed_by=printed_by)


# ----------------------------------------------------------------------------------------- the user action
def export_monthly_pack(user, period_end: dt.date, path: str | Path, *, branch_id: int | None = None,
                        progress=None) -> MonthlyPack:
    """Build and write the month's pack for ``user``; audited (``report.monthly_pack``).

    ``path`` ending in ``.pdf`` prints the summary pages (:func:`write_summary_pdf`) instead of the workbook.

    Read inside one :class:`models.core.db.read_transaction` (a snapshot that never takes the write lock, so a
    cashier posting meanwhile is never blocked); the audit row follows in its own short write transaction once
    the file is in place, and the file is removed if that fails (an export is both or neither).

    Raises:
        PermissionDenied: ``user`` lacks ``report.export``.
        PackRefused: the month is not closed or has no snapshot.
        Cancelled: cancelled; nothing is left on disk and nothing is audited.
    """
    from models.core import audit
    from models.core.db import read_transaction, run_in_transaction
    from models.core.progress import progress_or_quiet
    from models.core.users import require

    progress = progress_or_quiet(progress)
    require(user, "report.export")
    with read_transaction():
        pack = build_pack(period_end, branch_id, progress)
        if str(path).lower().endswith(".pdf"):
            written = write_summary_pdf(pack, path, printed_by=user.full_name)
        else:
            written = write_pack(pack, path, progress)

    def record():
        audit.record(user, "report.monthly_pack", "report", f"{pack.period_end:%Y-%m}",
                     after={"file": written.name, "branch_id": branch_id, "sheets": len(pack.sheets)},
                     note="ekspor paket laporan bulanan")

    try:
        run_in_transaction(record)
    except BaseException:
        written.unlink(missing_ok=True)
        raise
    return pack


def export_monthly_command(args) -> int:
    """``main.py --db F export monthly --month YYYY-MM [--branch CODE] --out F.xlsx|F.pdf [--user USERNAME]``.

    Exit codes: 0 written; 1 refused (no closed snapshot, no permission, cannot write); 2 bad arguments.
    Without ``--user`` the command runs as the office's first active accountant or manager, as ``month-end``
    does (the command line is run by the system's operator).
    """
    from models.accounting.month_end import _command_user, parse_month
    from models.core.errors import DomainError as _DomainError
    from models.core.errors import ValidationError as _ValidationError
    from models.core.office import Branch
    from reports.commands import _fail

    if not getattr(args, "month", None):
        return _fail("--month: give the month to report (YYYY-MM)")
    try:
        period_end = parse_month(args.month)
    except _ValidationError:
        return _fail(f"--month: '{args.month}' is not a month (use YYYY-MM, e.g. 2026-03)")
    if not str(args.out).lower().endswith((".xlsx", ".pdf")):
        return _fail(f"--out: '{args.out}' must end in .xlsx (the workbook) or .pdf (its summary pages)")
    branch_id = None
    if getattr(args, "branch", None):
        branch = Branch.get_or_none(Branch.code == args.branch)
        if branch is None:
            return _fail(f"--branch: no branch with code '{args.branch}'")
        branch_id = branch.id
    try:
        user = _command_user(getattr(args, "user", None))
        pack = export_monthly_pack(user, period_end, args.out, branch_id=branch_id)
    except _DomainError as exc:
        return _fail(exc.message, 1)
    except OSError as exc:
        return _fail(f"cannot write {args.out}: {exc.strerror or exc}", 1)
    what = (f"{len(pack.sheets)} sheets" if str(args.out).lower().endswith(".xlsx")
            else f"the summary pages of {len(pack.sheets)} sheets")
    print(f"monthly pack {pack.period_end:%Y-%m} ({pack.branch_label}): {what} written to {args.out}")
    return 0

