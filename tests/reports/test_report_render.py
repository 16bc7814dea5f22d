"""Reports are data first: the rows are checked, then the rendered xlsx, csv and pdf are opened and read back.

The scenario: the Bandung branch head prints the month's loan list for the manager, who opens it in Excel;
the same rows go to a PDF for the file cabinet.
"""
from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from models.core.money import D, MoneyError, format_rupiah
from reports.base import (
    Column, Kind, Letterhead, ReportTable, format_cell, iter_body, safe_text, sum_column,
)
from reports.pdf import build_document, key_value_table, money_table, styles, write_pdf
from reports.terbilang import terbilang
from reports.xlsx import MONEY_FORMAT, MONEY_FORMAT_SEN, sheet_names, write_csv, write_xlsx

ROOT = Path(__file__).resolve().parents[2]
INJECTION = '=HYPERLINK("http://x","y")'
PRINTED_AT = dt.datetime(2026, 11, 23, 11, 40)
LETTERHEAD = Letterhead("KSP Maju Bersama", "Bandung", "Jl. Asia Afrika No. 1", "022-4201234")

COLUMNS = (
    Column("no", "No", Kind.INT),
    Column("kontrak", "No. Kontrak"),
    Column("nama", "Nama Nasabah"),
    Column("cair", "Tgl Cair", Kind.DATE),
    Column("plafon", "Plafon", Kind.MONEY),
    Column("sisa", "Sisa Pokok", Kind.MONEY),
    Column("bunga", "Bunga Efektif", Kind.PERCENT),
)


def loan_list(n: int = 4, with_sen: bool = False) -> ReportTable:
    """What a report function returns: plain rows and totals (a stand-in for a query over loans)."""
    names = ["Budi Santoso", INJECTION, "Ni Luh Putu Ayu", "Siti Rahmawati"]
    rows = []
    for i in range(1, n + 1):
        plafon = D(1_250_000) * i
        sisa = plafon - D(250_000) - (D("0.50") if with_sen and i == 1 else 0)
        rows.append({
            "no": i, "kontrak": f"KTR/{i:05d}", "nama": names[(i - 1) % len(names)],
            "cair": dt.date(2026, 1 + (i - 1) % 12, 1 + (i - 1) % 28), "plafon": plafon, "sisa": sisa,
            "bunga": Decimal("31.69"), "_group": 2026 if i <= n // 2 else 2027,
        })
    return ReportTable(
        title="Daftar Pinjaman Aktif", columns=COLUMNS, rows=tuple(rows),
        totals={"plafon": sum_column(rows, "plafon"), "sisa": sum_column(rows, "sisa")},
        subtitle="Per 30/11/2026", meta=(("Cabang", "Bandung"), ("Petugas", "Rina")),
    )


# --- the foundation stays light -------------------------------------------------------------------------

def test_importing_reports_loads_neither_openpyxl_reportlab_nor_qt():
    code = ("import sys, reports.base, reports.xlsx, reports.pdf, reports.terbilang; "
            "print(sorted(m for m in ('openpyxl', 'reportlab', 'PySide6') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# --- rows first ------------------------------------------------------------------------------------------

def test_report_rows_and_totals_add_up():
    table = loan_list(4)
    assert [r["plafon"] for r in table.rows] == [D(1_250_000), D(2_500_000), D(3_750_000), D(5_000_000)]
    assert table.totals["plafon"] == D(12_500_000)
    assert table.totals["sisa"] == D(12_500_000) - 4 * D(250_000)


def test_subtotals_per_group_sum_only_the_totalled_columns():
    table = loan_list(4)
    table = ReportTable(table.title, table.columns, table.rows, table.totals, subtotals=True)
    lines = list(iter_body(table))
    assert [l.kind for l in lines] == ["row", "row", "subtotal", "row", "row", "subtotal"]
    first, second = lines[2].values, lines[5].values
    assert first["no"] == "Subtotal 2026" and second["no"] == "Subtotal 2027"
    assert first["plafon"] == D(3_750_000) and second["plafon"] == D(8_750_000)
    assert first["plafon"] + second["plafon"] == table.totals["plafon"]
    assert "bunga" not in first  # a rate has no total, so it is not summed


@pytest.mark.parametrize("value, kind, expected", [
    (D(1_250_000), Kind.MONEY, "Rp 1.250.000"),
    (D("1250000.50"), Kind.MONEY, "Rp 1.250.000,50"),
    (D(-5000), Kind.MONEY, "-Rp 5.000"),
    (dt.date(2026, 1, 5), Kind.DATE, "05/01/2026"),
    (dt.datetime(2026, 1, 5, 9, 7), Kind.DATE, "05/01/2026 09:07"),
    (Decimal("31.69"), Kind.PERCENT, "31,69 %"),
    (Decimal("18"), Kind.PERCENT, "18,00 %"),
    (12345, Kind.INT, "12.345"),
    (Decimal("1.2345"), Kind.DECIMAL, "1,2345"),
    (None, Kind.MONEY, ""),
    ("TOTAL", Kind.MONEY, "TOTAL"),
    ("Budi", Kind.TEXT, "Budi"),
])
def test_format_cell(value, kind, expected):
    assert format_cell(value, kind) == expected


def test_format_cell_refuses_float_money():
    with pytest.raises(MoneyError):
        format_cell(1250000.0, Kind.MONEY)


@pytest.mark.parametrize("text", [INJECTION, "+62812", "-1+1", "@SUM(A1)", "\t=1", "\r=1"])
def test_safe_text_neutralises_formula_starts(text):
    out = safe_text(text)
    assert out == "'" + text
    assert not out.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_safe_text_leaves_names_alone_and_drops_xml_control_characters():
    assert safe_text("Budi Santoso") == "Budi Santoso"
    assert safe_text("Bu\x00di\x07") == "Budi"
    assert safe_text(None) == ""


# --- xlsx ------------------------------------------------------------------------------------------------

def _header_index(ws) -> int:
    for row in ws.iter_rows():
        if row[0].value == "No":
            return row[0].row
    raise AssertionError("header row not found")


def test_xlsx_has_typed_cells_formats_and_guarded_text(tmp_path):
    import openpyxl

    table = loan_list(4)
    path = write_xlsx(table, tmp_path / "pinjaman.xlsx", letterhead=LETTERHEAD)
    ws = openpyxl.load_workbook(path).active
    assert ws["A1"].value == "KSP Maju Bersama - Bandung" and ws["A1"].font.bold
    titles = [ws.cell(r, 1).value for r in range(1, 7)]
    assert "Daftar Pinjaman Aktif" in titles and "Cabang: Bandung" in titles

    h = _header_index(ws)
    assert [c.value for c in ws[h]] == [c.label for c in COLUMNS]
    assert all(c.font.bold for c in ws[h])
    assert ws.freeze_panes == f"A{h + 1}"
    assert ws.auto_filter.ref == f"A{h}:G{h + 4}"

    first = {c.label: ws.cell(h + 1, i + 1) for i, c in enumerate(COLUMNS)}
    assert first["Plafon"].value == 1_250_000 and first["Plafon"].data_type == "n"
    assert first["Plafon"].number_format == MONEY_FORMAT
    assert first["Tgl Cair"].is_date and first["Tgl Cair"].value.date() == dt.date(2026, 1, 1)
    assert first["Tgl Cair"].number_format == "dd/mm/yyyy"
    assert first["Bunga Efektif"].value == pytest.approx(0.3169) and "%" in first["Bunga Efektif"].number_format
    assert first["No"].value == 1 and first["No"].data_type == "n"

    injected = ws.cell(h + 2, 3)
    assert injected.data_type == "s"
    assert not str(injected.value).startswith("=")
    assert injected.value == "'" + INJECTION

    totals = ws[h + 5]
    assert totals[0].value == "TOTAL" and all(c.font.bold for c in totals)
    assert totals[4].value == 12_500_000 and totals[4].data_type == "n"
    assert totals[5].value == 11_500_000
    # columns are sized from content: the money column is wider than its label
    assert ws.column_dimensions["E"].width >= len("Rp 12.500.000")


def test_xlsx_money_keeps_every_digit_up_to_ten_trillion(tmp_path):
    import openpyxl

    amounts = [D("9999999999999.99"), D("1234567890123.45"), D("10000000000000"), D("0.01"), D("-2500.50")]
    table = ReportTable("Saldo", (Column("saldo", "Saldo", Kind.MONEY),),
                        tuple({"saldo": a} for a in amounts))
    ws = openpyxl.load_workbook(write_xlsx(table, tmp_path / "saldo.xlsx")).active
    h = next(r[0].row for r in ws.iter_rows() if r[0].value == "Saldo" and r[0].font.bold
             and r[0].row > 1)
    back = [ws.cell(h + 1 + i, 1) for i in range(len(amounts))]
    assert [Decimal(repr(c.value)) for c in back] == amounts
    assert isinstance(back[2].value, int)  # whole amounts are written as exact integers
    assert all(c.number_format == MONEY_FORMAT_SEN for c in back)  # the column has sen somewhere


def test_xlsx_one_sheet_per_table_with_valid_unique_names(tmp_path):
    import openpyxl

    long_title = "Rekapitulasi Tunggakan per Kolektibilitas: Cabang Bandung/Cimahi"
    tables = [loan_list(2), loan_list(3), ReportTable(long_title, COLUMNS, ()),
              ReportTable(long_title, COLUMNS, ())]
    wb = openpyxl.load_workbook(write_xlsx(tables, tmp_path / "rekap.xlsx"))
    names = wb.sheetnames
    assert len(names) == 4 and len({n.lower() for n in names}) == 4
    assert all(len(n) <= 31 and not set(n) & set("[]:*?/\\") for n in names)
    assert names[0] == "Daftar Pinjaman Aktif" and names[1] == "Daftar Pinjaman Aktif (2)"
    assert sheet_names(["", "x" * 40]) == ["Laporan 1", "x" * 31]


def test_xlsx_prints_subtotal_lines_for_yearly_groups(tmp_path):
    import openpyxl

    base = loan_list(4)
    table = ReportTable(base.title, base.columns, base.rows, base.totals, subtotals=True)
    ws = openpyxl.load_workbook(write_xlsx(table, tmp_path / "sub.xlsx")).active
    labels = {c.value: c.row for c in ws["A"] if isinstance(c.value, str)}
    assert ws.cell(labels["Subtotal 2026"], 5).value == 3_750_000
    assert ws.cell(labels["Subtotal 2027"], 5).value == 8_750_000
    assert ws.cell(labels["Subtotal 2027"], 1).font.bold
    assert labels["TOTAL"] == labels["Subtotal 2027"] + 1


# --- csv -------------------------------------------------------------------------------------------------

def test_csv_reads_back_with_plain_numbers_and_guarded_text(tmp_path):
    table = loan_list(4, with_sen=True)
    path = write_csv(table, tmp_path / "pinjaman.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[0] == [c.label for c in COLUMNS]
    assert len(rows) == 1 + len(table.rows)  # no totals line for programs reading rows
    assert rows[1] == ["1", "KTR/00001", "Budi Santoso", "2026-01-01", "1250000", "999999.50", "31.69"]
    assert rows[2][2] == "'" + INJECTION
    assert sum(Decimal(r[4]) for r in rows[1:]) == table.totals["plafon"]


# --- pdf -------------------------------------------------------------------------------------------------

def _pdf_pages(path: Path) -> list[str]:
    from pypdf import PdfReader
    return [p.extract_text() for p in PdfReader(str(path)).pages]


def test_pdf_shows_title_money_and_footer(tmp_path):
    table = loan_list(4)
    path = write_pdf(table, tmp_path / "pinjaman.pdf", letterhead=LETTERHEAD, printed_by="rina",
                     footer_note="Dokumen ini dicetak oleh sistem", printed_at=PRINTED_AT)
    pages = _pdf_pages(path)
    assert len(pages) == 1
    text = pages[0]
    for expected in ("KSP Maju Bersama - Bandung", "Daftar Pinjaman Aktif", "Per 30/11/2026", "Bandung",
                     "Rp 1.250.000", format_rupiah(table.totals["plafon"]), "31,69 %", "01/01/2026",
                     "TOTAL", "Halaman 1 dari 1", "Dicetak 23/11/2026 11:40 oleh rina",
                     "Dokumen ini dicetak oleh sistem", INJECTION):
        assert expected in text, expected


def test_pdf_of_2000_rows_paginates_with_the_header_on_every_page(tmp_path):
    table = loan_list(2000)
    path = write_pdf(table, tmp_path / "besar.pdf", letterhead=LETTERHEAD, printed_by="rina",
                     orientation="landscape", printed_at=PRINTED_AT)
    pages = _pdf_pages(path)
    n = len(pages)
    assert n > 20
    for number, text in enumerate(pages, start=1):
        assert "Nama Nasabah" in text and "Sisa Pokok" in text
        assert "KSP Maju Bersama" in text
        assert f"Halaman {number} dari {n}" in text
    assert "KTR/02000" in pages[-1] and "TOTAL" in pages[-1]
    assert format_rupiah(table.totals["plafon"]) in pages[-1]


def test_several_tables_each_start_on_a_new_page(tmp_path):
    other = ReportTable("Rekap Kolektibilitas", (Column("kol", "Kolektibilitas"),
                                                 Column("jumlah", "Jumlah", Kind.INT)),
                        ({"kol": "1 Lancar", "jumlah": 120}, {"kol": "5 Macet", "jumlah": 3}))
    pages = _pdf_pages(write_pdf([loan_list(3), other], tmp_path / "dua.pdf", printed_at=PRINTED_AT))
    assert len(pages) == 2
    assert "Daftar Pinjaman Aktif" in pages[0] and "Rekap Kolektibilitas" in pages[1]
    assert "Halaman 2 dari 2" in pages[1]


def test_single_document_building_blocks_make_a_receipt(tmp_path):
    paid = D(1_229_167)

    def story(width):
        from reportlab.platypus import Paragraph, Spacer
        st = styles()
        return [
            Paragraph("KWITANSI", st["title"]),
            key_value_table([("No. Kwitansi", "KW/2026/000123"), ("Tanggal", dt.date(2026, 11, 23)),
                             ("Nama", "Budi Santoso")], width),
            Spacer(1, 6),
            money_table([("Pokok angsuran ke-3", D(1_041_667)), ("Bunga", D(187_500))],
                        total=("Jumlah dibayar", paid), width=width, header=("Uraian", "Jumlah")),
            Paragraph(f"Terbilang: {terbilang(paid, capitalize=True)}", st["note"]),
        ]

    path = build_document(tmp_path / "kwitansi.pdf", story, LETTERHEAD, printed_by="kasir1",
                          printed_at=PRINTED_AT)
    text = _pdf_pages(path)[0]
    for expected in ("KWITANSI", "KW/2026/000123", "23/11/2026", "Rp 1.041.667", "Rp 1.229.167",
                     "Satu juta dua ratus dua puluh sembilan ribu seratus enam puluh tujuh rupiah",
                     "Dicetak 23/11/2026 11:40 oleh kasir1", "Halaman 1 dari 1"):
        assert expected in text, expected


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_pdf_page_renders_to_an_image(tmp_path):
    path = write_pdf(loan_list(30), tmp_path / "lihat.pdf", letterhead=LETTERHEAD, printed_by="rina",
                     printed_at=PRINTED_AT)
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "p")],
                   check=True)
    png = next(tmp_path.glob("p*.png"))
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 5000
