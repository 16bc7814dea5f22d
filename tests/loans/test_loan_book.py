"""The branch head's loan book: who owes what and how late, exported to Excel for the Monday meeting."""
from __future__ import annotations

import argparse
import datetime as dt
from decimal import Decimal

import openpyxl
import pytest

from models.cashier import payments as pay
from models.core.audit import AuditLog
from models.core.idempotency import new_key
from models.loans.loans import Loan
from reports.commands import export_command
from reports.loan_book import loan_book
from tests.payments_helpers import disburse

MID_AUGUST = dt.date(2026, 8, 15)


@pytest.fixture
def book(ready_db, staff):
    """Two motorbike loans of 31 January: Rina's never paid; Budi paid seven installments on the first due date
    and has since moved to the other officer's portfolio."""
    late = disburse("BDG/2026/00001")
    current = disburse("BDG/2026/00002", customer=_second_customer(late))
    seven = current.installment_amount * 7
    pay.post_payment(staff.kasir, current, seven, dt.date(2026, 2, 28), idempotency_key=new_key())
    Loan.update(officer=staff.cmo2.id).where(Loan.id == current.id).execute()
    return Loan.get_by_id(late.id), Loan.get_by_id(current.id)


def _second_customer(loan):
    from models.customers.customers import Customer

    return Customer.select().where(Customer.id != loan.customer_id).order_by(Customer.id).first()


def _rows(table):
    return {row["contract_no"]: row for row in table.rows}


def test_a_loan_never_paid_is_doubtful_by_mid_august_and_the_prepaid_one_is_current(book):
    late, current = book
    rows = _rows(loan_book(None, as_of=MID_AUGUST))
    unpaid = rows[late.contract_no]
    # Due 28/2, 31/3, 30/4, 31/5, 30/6 and 31/7 by 15 August: six installments, the oldest 168 days ago.
    assert unpaid["dpd"] == (MID_AUGUST - dt.date(2026, 2, 28)).days == 168
    assert (unpaid["klass"], unpaid["klass_name"]) == (4, "Diragukan")
    assert unpaid["arrears"] == late.installment_amount * 6
    assert unpaid["outstanding"] == Decimal("16000000") and unpaid["paid"] == "0/24"
    prepaid = rows[current.contract_no]
    assert (prepaid["dpd"], prepaid["klass"], prepaid["arrears"]) == (0, 1, Decimal("0"))
    assert prepaid["paid"] == "7/24" and prepaid["outstanding"] < Decimal("16000000")


def test_the_totals_and_the_npf_ratio_come_from_the_rows(book):
    late, current = book
    table = loan_book(None, as_of=MID_AUGUST)
    assert table.totals["outstanding"] == late.outstanding_principal + current.outstanding_principal
    assert table.totals["arrears"] == late.installment_amount * 6
    npf = (late.outstanding_principal * 100 / table.totals["outstanding"]).quantize(Decimal("0.01"))
    assert dict(table.meta)["NPF (Kol 3–5)"] == f"{npf} % dari sisa pokok".replace(".", ",")
    assert dict(table.meta)["Jumlah pinjaman"] == "2"


def test_an_officer_sees_only_the_loans_of_their_own_portfolio(book, staff):
    late, current = book
    assert list(_rows(loan_book(staff.cmo1, as_of=MID_AUGUST))) == [late.contract_no]
    assert list(_rows(loan_book(staff.cmo2, as_of=MID_AUGUST))) == [current.contract_no]
    assert len(loan_book(staff.kacab, as_of=MID_AUGUST).rows) == 2


def test_a_paid_off_loan_leaves_the_active_book_but_stays_in_the_full_list(book, staff):
    late, current = book
    Loan.update(status="paid_off").where(Loan.id == current.id).execute()
    assert list(_rows(loan_book(None, as_of=MID_AUGUST))) == [late.contract_no]
    everything = _rows(loan_book(None, as_of=MID_AUGUST, status=None))
    assert everything[current.contract_no]["status"] == "Lunas"


def _args(**kw):
    base = dict(what="loans", date_from=None, date_to=None, out="", user=None)
    base.update(kw)
    return argparse.Namespace(**base)


def test_the_branch_head_exports_the_book_to_excel_and_the_export_is_audited(book, tmp_path, capsys):
    out = tmp_path / "pinjaman.xlsx"
    assert export_command(_args(out=str(out), user="kacab")) == 0
    assert "2 loans written" in capsys.readouterr().out
    sheet = openpyxl.load_workbook(out).active
    values = [row for row in sheet.iter_rows(values_only=True)]
    header = next(i for i, row in enumerate(values) if row[0] == "No. Kontrak")
    assert [row[0] for row in values[header + 1:header + 3]] == ["BDG/2026/00001", "BDG/2026/00002"]
    assert values[header + 3][0] == "TOTAL"
    last = AuditLog.select().order_by(AuditLog.seq.desc()).first()
    assert (last.action, last.username) == ("loan.export", "kacab")


@pytest.mark.parametrize("kw, words", [
    (dict(user=None), "--user"),
    (dict(user="kacab", date_from="2026-01-01"), "--from"),
    (dict(user="kacab", date_to="2020-01-31"), "--to"),
    (dict(user="kacab", date_to="31/01/2026"), "--to"),
    (dict(user="kacab", out="pinjaman.pdf"), "--out"),
    (dict(user="kasir"), "tidak berhak"),
])
def test_a_wrong_export_request_is_refused_with_the_option_named_and_nothing_written(book, tmp_path, capsys,
                                                                                    kw, words):
    out = kw.pop("out", None) or "pinjaman.xlsx"
    before = AuditLog.select().count()
    assert export_command(_args(out=str(tmp_path / out), **kw)) != 0
    assert words in capsys.readouterr().err
    assert not (tmp_path / out).exists() and AuditLog.select().count() == before



# ------------------------------------------------------------------------------------------------ on screen
def test_the_branch_head_exports_the_non_performing_book_from_the_loans_page(qtbot, book, staff, tmp_path,
                                                                           monkeypatch):
    from conftest import session_for

    from ui.loans.page import LoansPage

    late, current = book
    # Budi prepays up to installment 20 (October 2027), so he stays current whenever this test runs.
    pay.post_payment(staff.kasir, current, current.installment_amount * 13, dt.date(2026, 2, 28),
                     idempotency_key=new_key())
    page = LoansPage(session_for(staff.kacab))
    qtbot.addWidget(page)
    assert page.export_button.isEnabled()
    page.klass.setCurrentIndex(2)  # "Bermasalah / NPL (3–5)": only the never-paid loan is that late
    target = tmp_path / "npl.xlsx"
    monkeypatch.setattr("ui.loans.page.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    page.export_button.click()
    from ui.common.jobs import Job

    jobs = page.findChildren(Job)
    assert jobs and jobs[-1].wait() == "done"
    sheet = openpyxl.load_workbook(target).active
    contracts = [row[0] for row in sheet.iter_rows(values_only=True) if row[0] and str(row[0]).startswith("BDG/")]
    assert contracts == [late.contract_no] and "1 baris diekspor" in page.count.text()
    assert AuditLog.select().order_by(AuditLog.seq.desc()).first().action == "loan.export"


def test_a_cashier_has_no_export_button_and_an_unwritable_file_is_said_plainly(qtbot, book, staff, tmp_path,
                                                                             errors):
    from conftest import session_for

    from ui.loans.page import LoansPage

    cashier = LoansPage(session_for(staff.kasir))
    qtbot.addWidget(cashier)
    assert not cashier.export_button.isEnabled()
    head = LoansPage(session_for(staff.kacab))
    qtbot.addWidget(head)
    before = AuditLog.select().count()
    taken = tmp_path / "pinjaman.xlsx"
    taken.mkdir()  # a folder where the file should go: the disk refuses the write
    assert head.export_to(str(taken)).wait() == "failed"
    assert errors and "pinjaman.xlsx" in errors[-1]
    assert AuditLog.select().count() == before  # nothing exported, nothing recorded as exported


def test_an_export_that_fails_half_way_leaves_yesterdays_file_intact(book, tmp_path, monkeypatch):
    from models.core.users import get_user
    from reports import xlsx
    from reports.loan_book import export_loan_book

    folder = tmp_path / "laporan"
    folder.mkdir()
    target = folder / "pinjaman.xlsx"
    export_loan_book(get_user("kacab"), target)
    yesterday = target.read_bytes()

    def disk_full(*_args, **_kw):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(xlsx, "_write_sheet", disk_full)
    with pytest.raises(OSError):
        export_loan_book(get_user("kacab"), target)
    assert target.read_bytes() == yesterday
    assert [p.name for p in folder.iterdir()] == ["pinjaman.xlsx"]  # no half-written file left behind
