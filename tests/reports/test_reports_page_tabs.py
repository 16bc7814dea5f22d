"""The Laporan page's other tabs: the officer's report and the customer papers (register, settings, template)."""
from __future__ import annotations

import datetime as dt

import pytest
from conftest import session_for

from tests.payments_helpers import disburse


@pytest.fixture
def previews(monkeypatch):
    from ui.common import printing

    shown = []
    monkeypatch.setattr(printing.PdfPreviewDialog, "exec", lambda dialog: shown.append(dialog.path) or 1)
    return shown


def pdf_text(path) -> str:
    from pypdf import PdfReader

    return " ".join(p.extract_text() for p in PdfReader(str(path)).pages)


def test_an_officer_prints_only_their_own_report_and_the_branch_head_sees_regions(qtbot, ready_db, staff, previews,
                                                                                  tmp_path):
    from models.customers.work_areas import set_work_areas
    from ui.reports.officer_report_tab import OfficerReportTab

    disburse()
    own = OfficerReportTab(session_for(staff.cmo1))
    qtbot.addWidget(own)
    assert own.scope.count() == 1
    own.print_pdf()
    assert "Laporan Petugas" in pdf_text(previews[-1]) and staff.cmo1.full_name in pdf_text(previews[-1])

    set_work_areas(staff.kacab, staff.cmo1, ["32.73"])
    head = OfficerReportTab(session_for(staff.kacab))
    qtbot.addWidget(head)
    assert head.scope.currentData() == ("side", None)
    head.period.setCurrentIndex(head.period.findData("month"))
    head.print_pdf()
    assert "Laporan per Wilayah" in pdf_text(previews[-1]) and "Kota Bandung" in pdf_text(previews[-1])
    out = head.save_xlsx(str(tmp_path / "wilayah.xlsx"))
    assert out is not None and (tmp_path / "wilayah.xlsx").exists()


def test_the_administrator_sets_receipt_paper_and_edits_the_template_with_messages(qtbot, ready_db, staff,
                                                                                     monkeypatch):
    from models.cashier.documents import agreement_template, receipt_settings
    from ui.common import dialogs
    from ui.reports.papers_tab import PapersTab

    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, exc, title=None: shown.append(str(exc)))
    tab = PapersTab(session_for(staff.admin))
    qtbot.addWidget(tab)
    tab.paper.setCurrentIndex(tab.paper.findData("continuous"))
    tab.stamp_mode.setCurrentIndex(tab.stamp_mode.findData("lunas"))
    assert tab.save_receipt_settings() is not None
    assert receipt_settings().paper == "continuous" and receipt_settings().stamp_mode == "lunas"
    tab.template.setPlainText("Pasal 1\n{nama_debitur} berjanji {tidak_ada}.")
    assert tab.save_template() is None and shown and "tidak_ada" in shown[-1]
    tab.template.setPlainText("Pasal 1 - Pokok\n{nama_debitur} meminjam {pokok}.")
    assert tab.save_template() is not None and agreement_template().startswith("Pasal 1 - Pokok")
    cashier_view = PapersTab(session_for(staff.kasir))
    qtbot.addWidget(cashier_view)
    assert not cashier_view.template.parentWidget().isEnabled()


def test_the_bpkb_register_prints_from_the_papers_tab(qtbot, ready_db, staff, previews, tmp_path):
    from ui.reports.papers_tab import PapersTab

    tab = PapersTab(session_for(staff.kacab))
    qtbot.addWidget(tab)
    tab.print_register()
    assert "Register BPKB" in pdf_text(previews[-1])
    assert tab.save_register(str(tmp_path / "reg.xlsx")) is not None


def test_the_manager_sets_who_bears_a_product_s_stamp_duty(qtbot, ready_db, staff):
    from models.products.products import LoanProduct
    from ui.reports.papers_tab import PapersTab

    tab = PapersTab(session_for(staff.manajer))
    qtbot.addWidget(tab)
    km = LoanProduct.get(LoanProduct.code == "KM")
    combo = tab.bearers[km.id]
    combo.setCurrentIndex(combo.findData("office"))
    assert LoanProduct.get_by_id(km.id).stamp_duty_bearer == "office"
    assert "KM" in tab.message.text()


def test_a_settled_vehicle_loan_prints_the_bpkb_hand_over_from_the_loan_view(qtbot, ready_db, staff, previews):
    from tests.credit.test_disbursement import submitted

    from models.cashier.payments import payoff_quote, settle_early
    from models.credit import applications as apps
    from models.credit.collateral import collateral_of, record_movement, sign_off
    from models.credit.disbursement import create_contract
    from models.credit.disbursement import disburse as disburse_app
    from ui.loans.loan_view import LoanView

    app = submitted(staff)
    apps.approve_application(staff.kacab, app)
    create_contract(staff.kacab, app)
    loan = disburse_app(staff.spv, app, dt.date.today())
    sign_off(staff.spv, record_movement(staff.kacab, collateral_of(app), "receive", bpkb_no="M-7654321"))
    settle_early(staff.kasir, loan, dt.date.today(), idempotency_key="l1",
                 amount=payoff_quote(loan, dt.date.today()).total)
    view = LoanView(session_for(staff.spv))
    qtbot.addWidget(view)
    view.set_loan(loan)
    view.paper_button.click()
    assert "SURAT KETERANGAN LUNAS" in pdf_text(previews[-1])
    view.bpkb_button.click()
    text = pdf_text(previews[-1])
    assert "TANDA TERIMA PENYERAHAN BPKB" in text and "M-7654321" in text
