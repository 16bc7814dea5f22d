"""The Laporan page and the cashier's day on screen: statements in a worker thread, preview, day-close."""
from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal

import pytest
from conftest import session_for

from models.cashier.payments import post_payment
from tests.payments_helpers import disburse


def pdf_text(path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages)


@pytest.fixture
def previews(monkeypatch):
    """The print preview is not shown; the test reads the PDF it would have shown."""
    from ui.common import printing

    shown = []
    monkeypatch.setattr(printing.PdfPreviewDialog, "exec", lambda dialog: shown.append(dialog.path) or 1)
    return shown


def test_the_reports_page_prints_one_officer_s_statements_in_the_background(qtbot, ready_db, staff, previews):
    from ui.reports.page import ReportsPage

    a = disburse()
    b = disburse(contract_no="BDG/2026/00002")
    page = ReportsPage(session_for(staff.kacab))
    qtbot.addWidget(page)
    page.show()
    tab = page.statements
    tab.by_officer.setChecked(True)
    tab.officer.setCurrentIndex(tab.officer.findData("cmo1"))
    tab.print_statements()
    assert len(previews) == 1
    text = pdf_text(previews[0])
    assert a.contract_no in text and b.contract_no in text and text.count("KARTU ANGSURAN") == 2


def test_an_unknown_contract_is_a_message_not_a_traceback(qtbot, ready_db, staff, previews, monkeypatch):
    from ui.common import dialogs
    from ui.reports.page import ReportsPage

    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, exc, title=None: shown.append(str(exc)))
    page = ReportsPage(session_for(staff.kacab))
    qtbot.addWidget(page)
    page.statements.contract.setText("TIDAK/ADA")
    assert page.statements.print_statements() is None
    assert shown and "TIDAK/ADA" in shown[0] and not previews


def _jobs_started(monkeypatch, then) -> list:
    """Every job the statements batch starts, with ``then(job)`` applied as it starts."""
    from ui.common import jobs

    started = []
    real_start = jobs.start_job

    def start(parent, title, label, fn, **kwargs):
        # The work waits until ``then`` has run: a cancel pressed "at once" lands before the first statement,
        # not after a two-statement batch that may already have finished on a fast worker.
        gate = threading.Event()

        def gated(progress):
            gate.wait(10)
            return fn(progress)

        job = real_start(parent, title, label, gated, **kwargs)
        then(job)
        gate.set()
        started.append(job)
        return job

    monkeypatch.setattr(jobs, "start_job", start)
    return started


def test_a_cancelled_batch_opens_no_preview(qtbot, ready_db, staff, previews, monkeypatch):
    """"Batal" on the progress dialog stops the batch at the next statement: no file, no preview."""
    from ui.reports.report_actions import preview_statements

    loans = [disburse(), disburse(contract_no="BDG/2026/00002")]
    started = _jobs_started(monkeypatch, lambda job: job.cancel())  # the cashier presses "Batal" at once
    assert preview_statements(None, session_for(staff.kacab), [loan.id for loan in loans], stem="batal") is None
    assert started[0].state == "cancelled" and not previews


def test_a_batch_reports_its_progress_through_the_job(qtbot, ready_db, staff, previews, monkeypatch):
    from ui.reports.report_actions import preview_statements

    loans = [disburse(), disburse(contract_no="BDG/2026/00002")]
    seen = []
    _jobs_started(monkeypatch, lambda job: job.signals.progress.connect(
        lambda done, total, _text: seen.append((done, total))))
    preview_statements(None, session_for(staff.kacab), [loan.id for loan in loans])
    assert len(previews) == 1 and seen and seen[-1][0] == seen[-1][1] == 4  # read 2, laid out 2


def test_the_cashier_opens_the_day_s_cash_report_and_closes_the_day(qtbot, ready_db, staff, previews):
    from ui.cashier.day_close_dialog import DayCloseDialog
    from ui.cashier.page import CashierPage

    loan = disburse()
    today = dt.date.today()
    post_payment(staff.kasir, loan, Decimal("907000"), today, idempotency_key="ui1")
    session = session_for(staff.kasir)
    page = CashierPage(session)
    qtbot.addWidget(page)
    page.show()
    page.open_cash_report()
    assert "Laporan Kas Harian" in pdf_text(previews[-1]) and "Rp 907.000" in pdf_text(previews[-1])

    dialog = DayCloseDialog(session, today)
    qtbot.addWidget(dialog)
    dialog.spins[100000].setValue(9)
    dialog.spins[5000].setValue(1)
    assert dialog.diff_label.text() == "-Rp 2.000"
    dialog.spins[2000].setValue(1)
    assert dialog.diff_label.text() == "Rp 0"
    dialog.close_day()
    assert dialog.result_record is not None and dialog.result_record.difference == 0
    from models.cashier.cashier_day import day_closed

    assert day_closed(staff.kasir.id, today)


def test_the_loan_view_prints_the_statement_and_the_payoff_quote(qtbot, ready_db, staff, previews):
    from models.cashier.payments import payoff_quote
    from models.core.money import format_rupiah
    from ui.loans.loan_view import LoanView

    loan = disburse()
    view = LoanView(session_for(staff.kasir))
    qtbot.addWidget(view)
    view.set_loan(loan, dt.date(2026, 4, 15))
    view.print_statement()
    assert "KARTU ANGSURAN" in pdf_text(previews[-1]) and loan.contract_no in pdf_text(previews[-1])
    view.paper_button.click()
    text = pdf_text(previews[-1])
    assert "RINCIAN PELUNASAN" in text and format_rupiah(payoff_quote(loan, dt.date(2026, 4, 15)).total) in text


def test_statements_for_a_work_area_picked_from_the_list(qtbot, ready_db, staff, previews):
    from models.customers.customers import Customer
    from models.customers.work_areas import set_work_areas
    from ui.reports.page import ReportsPage

    customer = Customer.select().order_by(Customer.id).first()
    regency = ".".join(customer.region_code.split(".")[:2])
    set_work_areas(staff.kacab, staff.cmo1, [regency])
    loan = disburse(customer=customer)
    page = ReportsPage(session_for(staff.kacab))
    qtbot.addWidget(page)
    tab = page.statements
    tab.by_region.setChecked(True)
    tab.region.setCurrentIndex(tab.region.findData(regency))
    assert tab.selection() == {"region": regency}
    tab.print_statements()
    assert loan.contract_no in pdf_text(previews[-1])
