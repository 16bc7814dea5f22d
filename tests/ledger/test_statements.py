"""Statements from a small, known year of business: the figures first, then the Excel, PDF and CSV files."""
from __future__ import annotations

import csv
import datetime as dt
import sys

import pytest

from models.ledger import journals as ledger
from models.ledger import accounts
from models.ledger.chart import Line
from models.ledger.journals import post_event, post_journal
from models.core.money import D
from reports import statements

JAN1, DEC31 = dt.date(2026, 1, 1), dt.date(2026, 12, 31)


@pytest.fixture
def year(db, staff):
    """Capital in January, a loan in February, two installments, salaries, a correction."""
    accounts.install_default_chart("leasing")
    post_journal(staff.akuntan, dt.date(2026, 1, 2), "Setoran modal", "opening",
                 [Line("1111", debit=D(90000000)), Line("1101", debit=D(10000000)), Line("3101", credit=D(100000000))],
                 reference="AKTA-01")
    post_event(staff.kacab, [("disbursement", D(24000000))], date=dt.date(2026, 2, 3), description="Pencairan KMB-1",
               source="disbursement", reference="BDG/2026/00001", loan_id=1)
    for month in (3, 4):
        post_event(staff.kasir, [("installment_principal", D(2000000)), ("installment_interest", D(360000)),
                                 ("late_fee", D(15000) if month == 4 else D(0))],
                   date=dt.date(2026, month, 3), description=f"Angsuran ke-{month - 2} KMB-1", source="payment",
                   reference=f"KW/BDG/2026/00000{month}", loan_id=1)
    post_journal(staff.akuntan, dt.date(2026, 3, 25), "Gaji Maret", "manual",
                 [Line("5101", debit=D("4500000.50")), Line("1111", credit=D("4500000.50"))])
    wrong = post_journal(staff.akuntan, dt.date(2026, 4, 25), "Gaji April (salah akun)", "manual",
                         [Line("5102", debit=D(4500000)), Line("1111", credit=D(4500000))])
    ledger.reverse_journal(staff.akuntan, wrong, "salah akun", date=dt.date(2026, 4, 26))
    post_journal(staff.akuntan, dt.date(2026, 4, 26), "Gaji April", "manual",
                 [Line("5101", debit=D(4500000)), Line("1111", credit=D(4500000))])
    return staff


def row(table, **match):
    return next(r for r in table.rows if all(r.get(k) == v for k, v in match.items()))


def test_trial_balance_balances_and_shows_each_account(year):
    table = statements.trial_balance(JAN1, DEC31)
    totals = table.totals
    moved = D(100000000 + 24000000 + 2360000 + 2375000) + D("4500000.50") + 3 * D(4500000)
    assert totals["debit"] == totals["credit"] == moved
    assert totals["close_debit"] == totals["close_credit"]
    kas = row(table, code="1101")
    assert kas["close_debit"] == D(10000000 + 2 * 2360000 + 15000)
    receivable = row(table, code="1301")
    assert receivable["debit"] == D(24000000) and receivable["credit"] == D(4000000)
    assert receivable["close_debit"] == D(20000000)
    assert row(table, code="3101")["close_credit"] == D(100000000)
    assert {r["code"] for r in table.rows}.isdisjoint({"1", "11", "13"})  # headings take no postings


def test_trial_balance_carries_an_opening_balance_into_a_later_period(year):
    table = statements.trial_balance(dt.date(2026, 4, 1), dt.date(2026, 4, 30))
    receivable = row(table, code="1301")
    assert receivable["open_debit"] == D(22000000)
    assert receivable["credit"] == D(2000000) and receivable["close_debit"] == D(20000000)
    assert table.totals["open_debit"] == table.totals["open_credit"]
    assert table.totals["debit"] == table.totals["credit"]


def test_general_ledger_runs_a_balance_line_by_line(year):
    table = statements.general_ledger("1111", JAN1, DEC31)
    balances = [r["balance"] for r in table.rows]
    assert balances == [D(0), D(90000000), D(66000000), D("61499999.50"), D("56999999.50"), D("61499999.50"),
                        D("56999999.50")]
    assert table.rows[0]["description"] == "Saldo awal"
    assert table.totals["balance"] == ledger.balance("1111") == D("56999999.50")
    march = statements.general_ledger("1111", dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert march.rows[0]["balance"] == D(66000000) and march.totals["balance"] == D("61499999.50")


def test_cash_book_lists_receipts_and_payments_of_kas(year):
    table = statements.cash_book(JAN1, DEC31)
    labels = [c.label for c in table.columns]
    assert "Penerimaan" in labels and "Pengeluaran" in labels
    assert [r["debit"] for r in table.rows[1:]] == [D(10000000), D(2360000), D(2375000)]
    assert table.totals["balance"] == D(14735000)


def test_balance_sheet_balances_with_the_unclosed_result_in_equity(year):
    table = statements.balance_sheet(DEC31)
    assert table.totals["amount"] == 0
    income = 2 * 360000 + 15000
    expense = D("9000000.50")
    result = row(table, name="Laba (Rugi) Tahun Berjalan")["amount"]
    assert result == D(income) - expense
    assert row(table, name="JUMLAH ASET")["amount"] == row(table, name="JUMLAH LIABILITAS DAN EKUITAS")["amount"]
    assert row(table, name="JUMLAH ASET")["amount"] == D(100000000) + result
    ledger.close_year(year.akuntan, 2026)
    after = statements.balance_sheet(DEC31)
    assert row(after, name="Laba Ditahan")["amount"] == result
    assert row(after, name="Laba (Rugi) Tahun Berjalan")["amount"] == 0
    assert after.totals["amount"] == 0


def test_income_statement_is_unchanged_by_the_year_end_closing(year):
    before = statements.income_statement(JAN1, DEC31)
    assert row(before, name="Pendapatan Bunga")["amount"] == D(720000)
    assert row(before, name="Pendapatan Denda")["amount"] == D(15000)
    assert row(before, name="Beban Gaji dan Tunjangan")["amount"] == D("9000000.50")
    assert not any(r["name"] == "Beban Sewa Kantor" for r in before.rows)  # reversed: nets to zero
    assert before.totals["amount"] == D(735000) - D("9000000.50")
    ledger.close_year(year.akuntan, 2026)
    assert statements.income_statement(JAN1, DEC31).totals == before.totals


def test_a_cooperative_reports_sisa_hasil_usaha(empty_db):
    accounts.install_default_chart("koperasi")
    table = statements.income_statement(JAN1, DEC31)
    assert table.title == "Perhitungan Hasil Usaha" and table.totals["name"] == "SISA HASIL USAHA"


def test_statements_print_to_excel_and_pdf_with_the_same_figures(year, tmp_path):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    from reports.pdf import write_pdf
    from reports.xlsx import write_xlsx

    tables = [statements.trial_balance(JAN1, DEC31), statements.balance_sheet(DEC31),
              statements.income_statement(JAN1, DEC31)]
    xlsx = write_xlsx(tables, tmp_path / "laporan.xlsx")
    wb = load_workbook(xlsx)
    assert wb.sheetnames == ["Neraca Saldo", "Neraca", "Laporan Laba Rugi"]
    values = [c for r in wb["Neraca"].iter_rows(values_only=True) for c in r if c is not None]
    assert "JUMLAH ASET" in values and 100000000 + 735000 - 9000000.50 in values
    pdf = write_pdf(tables, tmp_path / "laporan.pdf", orientation="landscape")
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Neraca Saldo" in text and "Rp 91.734.999,50" in text and "LABA (RUGI) BERSIH" in text


def _main(argv):
    sys.modules.pop("main", None)
    import main

    return main.main(argv)


def test_export_journal_to_excel_and_csv_from_the_command_line(year, db, tmp_path, capsys):
    from openpyxl import load_workbook

    from models.core.db import sqlite_path

    path = str(sqlite_path(db))
    xlsx, csv_path = tmp_path / "jurnal.xlsx", tmp_path / "jurnal.csv"
    assert _main(["--db", path, "export", "journal", "--from", "2026-01-01", "--to", "2026-12-31",
                  "--out", str(xlsx)]) == 0
    assert _main(["--db", path, "export", "journal", "--from", "2026-03-01", "--to", "2026-03-31",
                  "--out", str(csv_path)]) == 0
    sheet = load_workbook(xlsx).active
    rows = [r for r in sheet.iter_rows(values_only=True)]
    header_at = next(i for i, r in enumerate(rows) if r[0] == "Tanggal")
    assert rows[header_at][:8] == ("Tanggal", "No. Jurnal", "Kode Akun", "Nama Akun", "Debit", "Kredit",
                                   "Keterangan", "Referensi")
    body = [r for r in rows[header_at + 1:] if r[1]]
    assert len(body) == 20 and body[0][1] == "JU/2026/000001" and body[0][2] == "1111"
    assert sum(r[4] for r in body) == sum(r[5] for r in body)
    with open(csv_path, encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.reader(fh, delimiter=";"))
    assert lines[0][:4] == ["Tanggal", "No. Jurnal", "Kode Akun", "Nama Akun"]
    assert lines[1][0] == "2026-03-03" and lines[1][2] == "1101" and lines[1][4] == "2360000"
    assert [l[4] for l in lines[1:] if l[2] == "5101"] == ["4500000.50"]
    assert len(lines) == 1 + 3 + 2  # March: a payment (3 lines) and the salaries (2)


def test_export_trial_balance_and_honest_refusals(year, db, tmp_path, capsys):
    from models.core.db import sqlite_path

    path = str(sqlite_path(db))
    out = tmp_path / "ns.csv"
    assert _main(["--db", path, "export", "trial-balance", "--to", "2026-12-31", "--out", str(out)]) == 0
    assert "Saldo Akhir Debit" in out.read_text(encoding="utf-8-sig")
    assert _main(["--db", path, "export", "journal", "--from", "2026-13-01", "--out", str(out)]) == 2
    assert "--from" in capsys.readouterr().err
    assert _main(["--db", path, "export", "journal", "--out", str(tmp_path / "x.txt")]) == 2


def test_a_document_nobody_has_delivered_yet_is_refused_plainly(capsys):
    from argparse import Namespace

    from reports import commands

    assert commands._dispatch({}, "cash-report", Namespace(), "print") == 2
    assert "'print cash-report' is not available yet" in capsys.readouterr().err
