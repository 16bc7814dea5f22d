"""The applications page: the officer (cmo1) takes an order in the form, surveys and submits it; the branch head
(kacab) decides and makes the contract, the manager disburses — different people, real widgets."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

import models.credit.checks  # noqa: F401  (registers the application checks)
from models.core.checks import run_checks
from models.core.money import D, format_rupiah
from models.credit import applications as apps
from models.customers.customers import Customer
from models.loans.loans import Loan
from ui.common.session import Session
from ui.credit.applications_page import COL_AMOUNT, COL_STATUS, ApplicationsPage


def click(qtbot, dialog, which=QDialogButtonBox.Save):
    qtbot.mouseClick(dialog.buttons.button(which), Qt.MouseButton.LeftButton)


def pick(combo, text: str) -> None:
    index = combo.findText(text, Qt.MatchFlag.MatchContains)
    assert index >= 0, text
    combo.setCurrentIndex(index)


@pytest.fixture
def page(ready_db, staff, qtbot):
    session = Session(staff.cmo1)
    page = ApplicationsPage(session)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    return page


def test_from_the_officers_form_to_disbursement_by_a_second_person(page, staff, qtbot, qtmodeltester, tmp_path):
    customer = Customer.select().where((Customer.officer == staff.cmo1) & (Customer.status == "aktif")).first()
    # --- cmo1 takes the order at the dealer
    form = page.make_form()
    qtbot.addWidget(form)
    qtbot.keyClicks(form.customer_search, customer.full_name.split()[0])
    qtbot.keyClick(form.customer_search, Qt.Key.Key_Return)
    pick(form.customer, customer.full_name)
    pick(form.source, "Dealer")
    pick(form.dealer, "DL01")
    pick(form.product, "KM Kredit Motor")
    pick(form.vehicle_type, "roda dua")
    qtbot.keyClicks(form.brand, "Honda")
    qtbot.keyClicks(form.model_, "Vario 125")
    qtbot.keyClicks(form.colour, "Hitam")
    qtbot.keyClicks(form.chassis, "MH1JM9999KK000123")
    qtbot.keyClicks(form.engine, "JM92E1000123")
    qtbot.keyClicks(form.otr, "25000000")
    qtbot.keyClicks(form.dp, "2000000")
    form.tenor.setValue(24)
    form.update_preview()
    assert "POJK 35/2018" in form.preview.text()  # the DP rule is named before saving
    form.dp.clear()
    qtbot.keyClicks(form.dp, "6000000")
    form.update_preview()
    assert "angsuran" in form.preview.text()
    click(qtbot, form)
    app = form.saved
    assert app is not None and app.officer_id == staff.cmo1.id and app.down_payment == D(6_000_000)
    page.refresh()
    page.select(app.id)
    assert page.buttons["survey"].isEnabled() and not page.buttons["decide"].isEnabled()

    # --- the survey
    survey = page.make_survey_form()
    qtbot.addWidget(survey)
    qtbot.keyClicks(survey.money["income_main"], "7000000")
    qtbot.keyClicks(survey.money["household_expenses"], "2500000")
    assert "batas produk 30 %" in survey.capacity.text()
    survey.scores["character"].setValue(4)
    qtbot.keyClicks(survey.notes["character"], "tetangga dan RT mengenal baik")
    for code in ("ktp", "kk", "income", "residence"):
        survey.documents[code].setChecked(True)
    pick(survey.recommendation, "Layak disetujui")
    click(qtbot, survey)
    assert apps.get_application(app.id).status == "surveyed"
    page.select(app.id)
    qtbot.mouseClick(page.buttons["submit"], Qt.MouseButton.LeftButton)
    assert apps.get_application(app.id).status == "submitted"
    assert page.buttons["decide"].isEnabled() is False  # an officer does not decide

    # --- kacab, the branch head, decides with the survey beside the dealer's history
    page.session.set_user(staff.kacab)
    page.refresh()
    page.select_status("__queue__")
    assert page.model.rowCount() == 1
    page.select(app.id)
    dialog = page.make_approval_dialog()
    qtbot.addWidget(dialog)
    assert "Kemampuan bayar" in dialog.summary.toPlainText()
    assert "Honda Daya Motor" in dialog.dealer.toPlainText() and "Tingkat persetujuan" in dialog.dealer.toPlainText()
    click(qtbot, dialog, QDialogButtonBox.Ok)
    assert apps.get_application(app.id).status == "approved"

    page.select_status(None)
    page.select(app.id)
    page.ask_confirm = lambda title, text: True
    qtbot.mouseClick(page.buttons["contract"], Qt.MouseButton.LeftButton)
    contracted = apps.get_application(app.id)
    assert contracted.status == "contracted" and contracted.contract_no

    # --- the manager disburses: the approver may not (four eyes, issue 19)
    page.session.set_user(staff.manajer)
    page.refresh()
    page.select(app.id)
    disbursing = page.make_disbursement_dialog()
    qtbot.addWidget(disbursing)
    assert disbursing.account.currentData() == "1111"
    click(qtbot, disbursing, QDialogButtonBox.Ok)
    loan = Loan.get(Loan.application_id == app.id)
    assert loan.contract_no == contracted.contract_no and loan.created_by_id == staff.manajer.id
    assert [r.name for r in run_checks() if not r.ok] == []
    page.select(app.id)
    row = page.model.row_of(app.id)
    assert page.model.index(row, COL_STATUS).data() == "Dicairkan"
    assert page.model.index(row, COL_AMOUNT).data() == format_rupiah(loan.principal)
    assert page.write_document("contract", tmp_path / "k.pdf").exists()
    assert page.print_actions["agreement"].isEnabled()
    assert page.write_document("agreement", tmp_path / "pk.pdf").exists()
    qtmodeltester.check(page.model)


def test_rejection_letter_from_the_page_and_refusals_shown(page, staff, qtbot, tmp_path, monkeypatch):
    from tests.credit.test_applications import good_survey, motor_order

    app = apps.create_application(staff.cmo1, motor_order())
    apps.record_survey(staff.cmo1, app, good_survey())
    apps.submit_application(staff.cmo1, app)
    page.session.set_user(staff.spv)
    page.refresh()
    page.select(app.id)
    dialog = page.make_approval_dialog()
    qtbot.addWidget(dialog)
    dialog.kind_buttons["reject"].setChecked(True)
    pick(dialog.reason, "Dokumen wajib belum lengkap")
    qtbot.keyClicks(dialog.note, "slip gaji tidak sesuai")
    click(qtbot, dialog, QDialogButtonBox.Ok)
    assert apps.get_application(app.id).status == "rejected"
    page.select_status("rejected")
    page.select(app.id)
    assert page.print_actions["letter"].isEnabled() and not page.buttons["contract"].isEnabled()
    from pypdf import PdfReader

    path = page.write_document("letter", tmp_path / "surat.pdf")
    text = PdfReader(str(path)).pages[0].extract_text()
    assert "Dokumen wajib belum lengkap" in text and "slip gaji tidak sesuai" in text
    # A refusal from models/ reaches the user as a message, not a traceback.
    shown = []
    monkeypatch.setattr("ui.credit.applications_page.show_error", lambda parent, exc: shown.append(exc.message))
    page.ask_confirm = lambda title, text: True
    page.contract_selected()
    assert shown and "tidak dapat dibuatkan kontrak" in shown[0]


def test_screenshot_of_the_approval_queue(ready_db, staff, qtbot):
    from tests.credit.test_applications import good_survey, motor_order

    for dp in (5_000_000, 7_000_000, 9_000_000):
        app = apps.create_application(staff.cmo1, motor_order(down_payment=D(dp)))
        apps.record_survey(staff.cmo1, app, good_survey())
        apps.submit_application(staff.cmo1, app)
    page = ApplicationsPage(Session(staff.kacab))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.select_status("__queue__")
    assert page.model.rowCount() == 3
    page.grab().save("/tmp/applications.png")


def test_approval_limits_tab(ready_db, staff, qtbot):
    from ui.settings.approval_limits_tab import Tab

    tab = Tab(Session(staff.manajer))
    qtbot.addWidget(tab)
    edit, unlimited = tab.rows["supervisor"]
    assert edit.value() == D(150_000_000) and tab.rows["manager"][1].isChecked()
    edit.clear()
    qtbot.keyClicks(edit, "200000000")
    assert tab.save()
    assert apps.approval_limit("supervisor") == D(200_000_000)
    assert apps.approval_limit("manager") is None


def test_the_disbursement_dialog_takes_the_dealer_commission(page, staff, qtbot):
    """The supervisor enters the dealer's commission paid with the disbursement: it is deferred with the fees."""
    from models.credit.disbursement import create_contract
    from models.loans.loan_income import LoanIncome, balances
    from tests.credit.test_disbursement import approved

    app = approved(staff)
    create_contract(staff.kacab, app)
    page.session.set_user(staff.spv)
    page.refresh()
    page.select(app.id)
    dialog = page.make_disbursement_dialog()
    qtbot.addWidget(dialog)
    net = apps.net_disbursement(apps.get_application(app.id))
    assert format_rupiah(net) in dialog.total_out.text()
    qtbot.keyClicks(dialog.direct_costs, "350000")
    qtbot.waitUntil(lambda: format_rupiah(net + D("350000")) in dialog.total_out.text(), timeout=2000)
    click(qtbot, dialog, QDialogButtonBox.Ok)
    assert dialog.loan is not None
    assert LoanIncome.get(LoanIncome.loan == dialog.loan.id).costs == D("350000")
    app = apps.get_application(app.id)
    assert balances(dialog.loan.id)["deferred"] == D(app.admin_fee) + D(app.provision) - D("350000")
