"""An office moving in brings its old books: the trial balance as of the cut-over date, and its loan book.

The accountant imports the loan book first (its receivable lands through the sub-ledger), then the trial
balance; afterwards every account equals the file and `check` passes.  A wrong file posts nothing.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import Workbook
from tests.customers.test_customers import siti

import models.cashier.checks  # noqa: F401  (registers the loan checks, incl. control account = sub-ledger)
from models.core.checks import run_checks
from models.core.errors import PermissionDenied, ValidationError
from models.core.users import system_context
from models.customers import customers as cust
from models.ledger.accounts import install_default_chart
from models.ledger.journals import Journal, JournalLine, balance, close_month
from models.ledger.opening_balance import REFERENCE, plan_opening, post_opening
from models.loans.loan_import import COLUMNS, plan_import, run_import, write_template
from models.products.products import install_default_products

CUTOVER = dt.date(2026, 10, 31)


def trial_balance(tmp_path, rows, name="neraca.xlsx"):
    """A workbook the way an office exports it from its old system: a title line, then the table."""
    wb = Workbook()
    ws = wb.active
    ws.append(["Neraca saldo per 31/10/2026"])
    ws.append(["Kode akun", "Nama akun", "Debit", "Kredit"])
    for code, debit, credit in rows:
        ws.append([code, "", debit, credit])
    path = tmp_path / name
    wb.save(path)
    return path


@pytest.fixture
def new_office(db, staff):
    """The demo office's people with the leasing chart and products, and no journal yet."""
    with system_context():
        install_default_chart("leasing")
        install_default_products("leasing")
    return staff


def failing(results):
    return {r.name: r.problems for r in results if not r.ok}


def test_a_balanced_trial_balance_becomes_one_opening_journal(new_office, tmp_path):
    path = trial_balance(tmp_path, [("1101", 15_250_000, None), ("1111", "412.500.000", None),
                                    ("1501", 0, 0), ("3101", None, 400_000_000), ("3201", None, 27_750_000)])
    plan = plan_opening(path, CUTOVER)
    assert plan.errors == []
    assert plan.total_debit == plan.total_credit == Decimal("427750000")
    result = post_opening(new_office.akuntan, path, CUTOVER)
    journal = Journal.get(Journal.number == result.journal_number)
    assert (journal.source, journal.reference, journal.date) == ("opening", REFERENCE, CUTOVER)
    assert journal.lines.count() == 4  # the zero row posts nothing
    assert balance("1101", CUTOVER) == Decimal("15250000") and balance("1111") == Decimal("412500000")
    assert balance("3101") == Decimal("400000000") and balance("3201") == Decimal("27750000")
    assert failing(run_checks()) == {}
    with pytest.raises(ValidationError) as twice:
        post_opening(new_office.akuntan, path, CUTOVER)
    assert {e.code for e in twice.value.errors} == {"twice"}


def test_an_unbalanced_file_is_refused_and_nothing_is_posted(new_office, tmp_path):
    path = trial_balance(tmp_path, [("1101", 1_000_000, None), ("3101", None, 999_999.99)])
    with pytest.raises(ValidationError) as refused:
        post_opening(new_office.akuntan, path, CUTOVER)
    assert [e.code for e in refused.value.errors] == ["unbalanced"]
    assert "selisih Rp 0,01" in str(refused.value)
    assert Journal.select().count() == 0 and JournalLine.select().count() == 0


def test_an_unknown_account_a_heading_and_bad_cells_are_all_reported_by_row(new_office, tmp_path):
    path = trial_balance(tmp_path, [("1101", 500_000, None), ("9999", 100_000, None), ("11", 50_000, None),
                                    ("3101", "lima ratus", None), ("3201", 10, 10), ("1111", -5, None)])
    plan = plan_opening(path, CUTOVER)
    found = {(e.code, e.row) for e in plan.errors}
    assert {("unknown", 4), ("heading", 5), ("amount", 6), ("one_side", 7), ("negative", 8)} <= found
    with pytest.raises(ValidationError):
        post_opening(new_office.akuntan, path, CUTOVER)
    assert Journal.select().count() == 0


def test_a_closed_period_is_refused(new_office, tmp_path):
    close_month(new_office.akuntan, 2026, 10)
    path = trial_balance(tmp_path, [("1101", 2_000_000, None), ("3101", None, 2_000_000)])
    with pytest.raises(ValidationError) as refused:
        post_opening(new_office.akuntan, path, CUTOVER)
    assert [e.code for e in refused.value.errors] == ["closed"]
    assert "10/2026" in str(refused.value)
    # The first day of the next month is open: the office takes that as its cut-over instead.
    post_opening(new_office.akuntan, path, dt.date(2026, 11, 1))
    assert balance("1101") == Decimal("2000000")


def test_only_the_accountant_posts_opening_balances(new_office, tmp_path):
    path = trial_balance(tmp_path, [("1101", 2_000_000, None), ("3101", None, 2_000_000)])
    for user in (new_office.admin, new_office.kasir, new_office.manajer):
        with pytest.raises(PermissionDenied):
            post_opening(user, path, CUTOVER)
    assert Journal.select().count() == 0


def _loan_book(tmp_path, staff):
    customer = cust.create_customer(staff.cmo1, siti(), today=dt.date(2025, 1, 5))
    path = write_template(tmp_path / "pinjaman.xlsx")
    from openpyxl import load_workbook

    wb = load_workbook(path)
    ws = wb.active
    ws.delete_rows(2)
    values = dict(nik=customer.nik, contract_no="LAMA/2025/001", product="KM", disbursed_on=dt.date(2025, 6, 10),
                  principal=12_000_000, rate=18, tenor=24, paid_count=8)
    for c, column in enumerate(COLUMNS, start=1):
        ws.cell(row=2, column=c, value=values.get(column.field))
    wb.save(path)
    with system_context():
        return run_import(None, plan_import(path, today=CUTOVER), date=CUTOVER)


def test_the_trial_balance_reconciles_with_the_loan_book_imported_first(new_office, tmp_path):
    loans = _loan_book(tmp_path, new_office)
    assert loans.outstanding == Decimal("8000000")  # 12.000.000 - 8 × 500.000
    # The old ledger: receivable 8.000.000 (what the loan book says), cash, bank, capital and retained result.
    path = trial_balance(tmp_path, [("1101", 3_000_000, None), ("1111", 41_000_000, None),
                                    ("1301", 8_000_000, None), ("3101", None, 50_000_000),
                                    ("3201", 0, None), ("5101", 1_000_000, None), ("4101", None, 3_000_000)])
    post_opening(new_office.akuntan, path, CUTOVER)
    assert balance("1301") == Decimal("8000000")       # the loan import's figure, not posted twice
    assert balance("3201") == Decimal("0")             # the loan import's temporary credit is cleared
    assert balance("3101") == Decimal("50000000") and balance("4101") == Decimal("3000000")
    assert failing(run_checks()) == {}


def test_a_receivable_that_disagrees_with_the_loan_book_names_the_import(new_office, tmp_path):
    _loan_book(tmp_path, new_office)
    path = trial_balance(tmp_path, [("1111", 42_000_000, None), ("1301", 8_500_000, None),
                                    ("3101", None, 50_500_000)])
    plan = plan_opening(path, CUTOVER)
    assert [(e.code, e.row) for e in plan.errors] == [("control", 4)]
    assert "buku pembantu Rp 8.000.000" in str(plan.errors[0])
    before = Journal.select().count()
    with pytest.raises(ValidationError):
        post_opening(new_office.akuntan, path, CUTOVER)
    assert Journal.select().count() == before
    assert failing(run_checks()) == {}


def test_opening_balances_come_before_the_first_transaction(ready_db, staff, tmp_path):
    path = trial_balance(tmp_path, [("1101", 2_000_000, None), ("3101", None, 2_000_000)])
    plan = plan_opening(path, CUTOVER)
    assert "not_first" in {e.code for e in plan.errors}


def test_the_command_line_posts_a_trial_balance_or_lists_every_problem(new_office, tmp_path, capsys):
    from types import SimpleNamespace

    from models.ledger.opening_balance import import_command

    bad = trial_balance(tmp_path, [("1101", 1_000_000, None), ("3101", None, 900_000)], name="salah.xlsx")
    args = SimpleNamespace(what="opening", file=str(bad), template=None, date="2026-10-31", user="akuntan")
    assert import_command(args) == 1
    assert "tidak seimbang" in capsys.readouterr().err and Journal.select().count() == 0
    good = trial_balance(tmp_path, [("1101", 1_000_000, None), ("3101", None, 1_000_000)])
    args.file = str(good)
    assert import_command(args) == 0
    assert "opening journal JU/2026/000001" in capsys.readouterr().out
    template = tmp_path / "template.xlsx"
    assert import_command(SimpleNamespace(what="opening", file=None, template=str(template), date=None)) == 0
    from openpyxl import load_workbook

    rows = list(load_workbook(template).active.iter_rows(values_only=True))
    assert rows[0] == ("Kode akun", "Nama akun", "Debit", "Kredit") and ("1101", "Kas", None, None) in rows


def test_the_accountant_checks_then_posts_from_settings(qtbot, new_office, tmp_path):
    from conftest import session_for

    from ui.settings.accounts_tab import Tab

    tab = Tab(session_for(new_office.akuntan))
    qtbot.addWidget(tab)
    assert tab.opening_button.isEnabled()
    dialog = tab.import_opening(exec_dialog=False)
    qtbot.addWidget(dialog)
    bad = trial_balance(tmp_path, [("1101", 1_000_000, None), ("9999", None, 1_000_000)], name="salah.xlsx")
    dialog.path.setText(str(bad))
    dialog.date.setDate(CUTOVER)
    dialog.check()
    assert "Akun: akun 9999 tidak ada di bagan akun" in dialog.report.text() and "baris 4" in dialog.report.text()
    assert not dialog.post_button.isEnabled()
    good = trial_balance(tmp_path, [("1101", 1_000_000, None), ("3101", None, 1_000_000)])
    dialog.path.setText(str(good))
    dialog.check()
    assert dialog.post_button.isEnabled()
    assert dialog.post().journal_number.startswith("JU/2026/")
    assert balance("1101") == Decimal("1000000")
    cashier_tab = Tab(session_for(new_office.kasir))
    qtbot.addWidget(cashier_tab)
    assert not cashier_tab.opening_button.isEnabled()
