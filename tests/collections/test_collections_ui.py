"""The collection page, driven like the office does: a collector records a visit with a promise and finds the
broken promise on top the next day; an officer proposes a reschedule and the branch head approves it."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from conftest import session_for
from PySide6.QtCore import QDate

from models.cashier.payments import post_payment
from models.customers.customers import Customer
from models.loans.loans import Installment, Loan
from tests.payments_helpers import disburse

D = Decimal


@pytest.fixture
def book(ready_db, staff):
    """Two loans in arrears, assigned to the collector; `later` is the more overdue one."""
    from models.collections import collections as col

    c = list(Customer.select().order_by(Customer.id).limit(2))
    promised = disburse("BDG/2026/00001", customer=c[0])
    later = disburse("BDG/2026/00002", customer=c[1], start=dt.date(2026, 1, 15))
    post_payment(staff.kasir, promised, D("907000"), dt.date(2026, 2, 28), "cash", idempotency_key="p1")
    for loan in (promised, later):
        col.assign_loan(staff.kacab, loan, staff.kolektor, "", date=dt.date(2026, 2, 1))
    return promised, later


def page_for(qtbot, user):
    from ui.collections.page import CollectionsPage

    page = CollectionsPage(session_for(user))
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    return page


def contracts(tab) -> list[str]:
    return [r.contract_no for r in tab.model.rows]


def test_a_collector_records_a_promise_and_finds_it_broken_on_top_the_next_day(qtbot, book, staff, errors):
    promised, later = book
    page = page_for(qtbot, staff.kolektor)
    tab = page.worklist
    visit = dt.date(2026, 4, 20)
    tab.as_of.setDate(QDate(visit))
    assert contracts(tab) == [later.contract_no, promised.contract_no]  # by lateness
    assert tab.assign_button.isEnabled() is False  # a collector may not assign
    assert tab.collector.currentData() == staff.kolektor.id and not tab.collector.isEnabled()
    tab.select_row(1)
    dialog = tab.record_contact(exec_dialog=False)
    dialog.channel.setCurrentIndex(dialog.channel.findData("visit"))
    dialog.set_result("promise")
    assert dialog.promise_amount.isEnabled()
    dialog.promise_date.setDate(QDate(2026, 4, 24))
    dialog.promise_amount.setValue(D("907000"))
    dialog.note.setPlainText("Bertemu istri; gajian tanggal 24")
    dialog.save()
    assert errors == [] and dialog.result_row.promise_status == "open"
    tab.refresh()
    row = next(r for r in tab.model.rows if r.contract_no == promised.contract_no)
    assert row.last_result == "promise" and row.last_contact_on == visit
    # the promise date passes without a payment: the next morning it is on top, marked broken
    tab.as_of.setDate(QDate(2026, 4, 25))
    assert contracts(tab)[0] == promised.contract_no
    assert tab.model.rows[0].promise_status == "broken"
    cell = tab.model.data(tab.model.index(0, 0))
    assert "24/04" in cell
    assert "janji ingkar" in tab.count.text().lower() or "broken" in tab.count.text().lower()
    # the reminder for WhatsApp names the cashier's figure and opens the chat on the customer's number
    tab.select_row(0)
    reminder = tab.reminder(exec_dialog=False)
    figure = tab.model.figure(0)
    from models.core.money import format_rupiah

    assert format_rupiah(figure.total) in reminder.text.toPlainText()
    assert reminder.current_link().startswith("https://wa.me/62")
    page.grab().save("/tmp/i15_worklist.png")


def test_an_officer_proposes_a_reschedule_and_the_branch_head_approves_it(qtbot, book, staff, errors):
    promised, later = book
    officer = page_for(qtbot, staff.cmo1)
    tab = officer.worklist
    tab.as_of.setDate(QDate(2026, 5, 10))
    tab.select_row(contracts(tab).index(promised.contract_no))
    dialog = tab.propose_restructuring(exec_dialog=False)
    dialog.kind.setCurrentIndex(dialog.kind.findData("reschedule"))
    dialog.tenor.setValue(36)
    dialog.reason.setPlainText("Omzet warung turun sejak Maret")
    dialog.save()  # interest overdue: must be capitalised (or paid) first
    assert dialog.proposal is None and "kapitalisasi" in errors[-1]
    dialog.capitalise.setChecked(True)
    plan = dialog.show_preview()
    assert plan.schedule.tenor == 36 and "36" in dialog.preview_label.text()
    dialog.save()
    assert dialog.proposal is not None and dialog.proposal.status == "proposed"
    officer.restructuring.refresh()
    assert officer.restructuring.approve_button.isEnabled() is False  # the officer cannot approve
    assert Installment.select().where(Installment.loan == promised.id).count() == 24

    boss = page_for(qtbot, staff.kacab)
    boss.tabs.setCurrentWidget(boss.restructuring)
    rtab = boss.restructuring
    assert rtab.model.rowCount() == 1
    rtab.select_row(0)
    done = rtab.approve(ask=False)
    assert done is not None and done.status == "approved" and errors[1:] == []
    loan = Loan.get_by_id(promised.id)
    assert loan.tenor == 1 + 36 and loan.installment_amount == done.installment_after
    assert "36" in rtab.message.text()
    rtab.select_row(0)
    old = rtab.old_schedule(exec_dialog=False)
    assert old.model.rowCount() == 24 and old.model.rows[0][7] == dt.date(2026, 2, 28)  # the first was paid
    # the account shows it was restructured, and when
    from ui.loans.loan_view import open_loan_dialog

    account = open_loan_dialog(session_for(staff.kacab), loan)
    qtbot.addWidget(account)
    qtbot.wait(20)  # let the view's deferred scroll to the first unpaid installment run
    assert account.view.fields["restructured"].text() == "1× (terakhir 10/05/2026)"
    boss.grab().save("/tmp/i15_restructuring.png")


def test_the_other_tabs_show_their_figures(qtbot, book, staff, errors, tmp_path):
    promised, later = book
    page = page_for(qtbot, staff.kacab)
    page.premature.as_of.setDate(QDate(2026, 6, 30))
    assert page.premature.groups.rowCount() == 1 and page.premature.vintage.rowCount() == 1
    page.premature.groups_table.selectRow(0)
    page.premature.groups_table.setCurrentIndex(page.premature.groups.index(0, 0))
    drill = page.premature.drill(exec_dialog=False)
    assert drill.model.rowCount() == 2
    page.tabs.setCurrentWidget(page.premature)
    page.grab().save("/tmp/i15_premature.png")
    letters = page.letters
    letters.as_of.setDate(QDate(2026, 5, 1))
    batch = letters.issue(path=str(tmp_path / "sp.pdf"), ask=False)
    assert [l.stage for l in batch.letters] == ["SP1", "SP1"] and (tmp_path / "sp.pdf").exists()
    assert letters.model.rowCount() == 2
    page.worklist.as_of.setDate(QDate(2026, 5, 1))
    assert page.worklist.route_sheet(str(tmp_path / "rute.pdf")) is not None
    page.results.refresh()
    assert page.results.model.rowCount() == 1  # the collector with the two accounts
    page.tabs.setCurrentWidget(page.problem)
    assert page.problem.propose_button.isEnabled() is False and page.problem.repossess_button.isEnabled()
    assert errors == []


def test_the_approval_dialog_tells_the_dealer_its_premature_arrears(ready_db, staff):
    """The dealer panel beside the survey carries the first-payment default next to the branch's."""
    from types import SimpleNamespace

    from models.customers.dealers import Dealer
    from ui.credit.approval_dialog import dealer_html

    dealers = list(Dealer.select().order_by(Dealer.id).limit(2))
    c = list(Customer.select().order_by(Customer.id).limit(4))
    loans = [disburse(f"BDG/2026/0004{n}", customer=c[n]) for n in range(4)]
    for loan, dealer in zip(loans, [dealers[0], dealers[0], dealers[1], dealers[1]]):
        Loan.update(dealer_id=dealer.id).where(Loan.id == loan.id).execute()
    for n in (0, 2, 3):
        post_payment(staff.kasir, loans[n], D("907000"), dt.date(2026, 2, 28), "cash", idempotency_key=f"k{n}")
    html = dealer_html(SimpleNamespace(dealer_id=dealers[0].id, branch_id=dealers[0].branch_id),
                       dt.date(2026, 8, 31))
    assert "FPD" in html and "50 % (cabang 25 %)" in html


def test_the_manager_sets_the_letter_stages_on_screen(qtbot, ready_db, staff, errors):
    from models.collections.warning_letters import stages

    page = page_for(qtbot, staff.manajer)
    assert page.letters.stages_button.isEnabled()
    dialog = page.letters.edit_stages(exec_dialog=False)
    assert [f["stage"].text() for f in dialog.forms] == ["SP1", "SP2", "SP3", "SOMASI"]
    dialog.forms[0]["min_installments"].setValue(1)
    dialog.forms[0]["min_dpd"].setValue(7)
    dialog.tabs.setCurrentIndex(3)
    dialog.remove_stage()
    dialog.forms[1]["text"].setPlainText("Yth. {nama}, tunggakan {salah}")
    dialog.save()
    assert not dialog.saved and "salah" in errors[-1]  # an unknown field is refused, nothing saved
    assert len(stages()) == 4
    dialog.forms[1]["text"].setPlainText("Yth. {nama}: {total} per {tanggal}")
    dialog.save()
    assert dialog.saved
    got = stages()
    assert [s.stage for s in got] == ["SP1", "SP2", "SP3"] and (got[0].min_dpd, got[0].min_installments) == (7, 1)
    kacab = page_for(qtbot, staff.kacab)
    assert not kacab.letters.stages_button.isEnabled()


def test_the_manager_sets_the_account_numbers_and_limits_on_screen(qtbot, ready_db, staff, errors):
    from models.collections import collections as col

    page = page_for(qtbot, staff.manajer)
    dialog = page.worklist.edit_settings(exec_dialog=False)
    dialog.accounts.setPlainText("BCA 123-456-7890 a.n. PT Angsur Mitra Finance")
    dialog.numbers["restructure.cure_installments"].setValue(6)
    unlimited, amount = dialog.limits["supervisor"]
    assert not unlimited.isChecked() and amount.value() == D("100000000")
    amount.setValue(D("250000000"))
    dialog.save()
    assert dialog.saved and errors == []
    got = col.collection_settings()
    assert got["restructure.cure_installments"] == 6 and got["restructure.limit.supervisor"] == D("250000000")
    assert got[col.BANK_ACCOUNTS].startswith("BCA 123")
    assert not page_for(qtbot, staff.kacab).worklist.settings_button.isEnabled()


def test_the_customer_page_keeps_the_collection_history(qtbot, book, staff, errors):
    from models.collections import collections as col
    from ui.customers.page import CustomersPage

    promised, later = book
    col.record_contact(staff.kolektor, promised, date=dt.date(2026, 4, 20), channel="visit", result="promise",
                       promise_date=dt.date(2026, 4, 24), promise_amount=D("907000"), note="gajian")
    col.record_contact(staff.kolektor, promised, date=dt.date(2026, 4, 26), channel="call", result="not_met",
                       note="tidak diangkat")
    page = CustomersPage(session_for(staff.kacab))
    qtbot.addWidget(page)
    page.open_detail(promised.customer_id)
    history = page.detail.collection_tab
    assert history.contacts.rowCount() == 2
    assert [r[3] for r in history.contacts.rows] == ["Tidak bertemu", "Janji bayar"]
    assert history.contacts.rows[1][6] == "Janji ingkar"


def test_the_problem_account_forms_refuse_empty_input_with_a_message(qtbot, book, staff, errors, monkeypatch):
    """The repossession, sale, write-off and recovery forms reach models/, which refuses empty input: the office
    reads the reasons, nothing is saved (the forms are accepted as they open)."""
    from PySide6.QtWidgets import QDialog

    from models.collections.repossession import Repossession
    from models.collections.write_off import WriteOff

    promised, later = book
    monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    page = page_for(qtbot, staff.kacab)
    page.worklist.as_of.setDate(QDate(2026, 6, 1))
    page.worklist.select_row(0)
    assert page.problem.repossess() is None
    assert "tempat penyimpanan" in errors[-1] and "taksiran" in errors[-1]
    manager = page_for(qtbot, staff.manajer)
    manager.worklist.as_of.setDate(QDate(2026, 6, 1))
    manager.worklist.select_row(0)
    assert manager.problem.propose() is None and "alasan hapus buku" in errors[-1]
    assert Repossession.select().count() == 0 and WriteOff.select().count() == 0


def test_the_branch_head_moves_an_account_and_sees_its_history(qtbot, book, staff, errors, monkeypatch):
    from models.collections import collections as col

    promised, later = book
    page = page_for(qtbot, staff.kacab)
    page.worklist.as_of.setDate(QDate(2026, 4, 20))
    page.worklist.select_row(0)
    dialog = page.worklist.assign(exec_dialog=False)
    assert "Joko Susilo" in dialog.history.toPlainText()
    dialog.collector.setCurrentIndex(dialog.collector.findData(staff.cmo2.id))
    dialog.save()  # moving it needs a reason
    assert "alasan" in errors[-1] and col.current_collector(later).id == staff.kolektor.id
    dialog.reason.setText("Nasabah pindah ke Cimahi")
    dialog.save()
    assert col.current_collector(later).id == staff.cmo2.id
    assert len(col.assignment_history(later)) == 2


def test_the_loans_list_keeps_a_restructured_loan_in_its_class(qtbot, ready_db, staff):
    """The loans page filters by the class the restructuring rule gives (current by days, still class 2)."""
    from models.collections import restructuring as rs
    from models.core.db import run_in_transaction
    from models.core.office import put_setting
    from ui.loans.page import LoansModel

    run_in_transaction(lambda: put_setting("arrears.collectibility", "bank"))
    c = list(Customer.select().order_by(Customer.id).limit(2))
    late = disburse("BDG/2026/00051", customer=c[0])
    other = disburse("BDG/2026/00052", customer=c[1])
    rs.approve(staff.kacab, rs.propose(staff.cmo1, late, "capitalise", reason="sakit",
                                       effective_date=dt.date(2026, 5, 10), new_tenor=24))
    model = LoansModel(staff.kacab)
    model.as_of, model.klass = dt.date(2026, 5, 11), (2,)
    model.reload()
    assert {model.row_data(r)[0] for r in range(model.rowCount())} == {late.contract_no, other.contract_no}
    model.klass = (1,)
    model.reload()
    assert model.rowCount() == 0  # by days the restructured loan is current, but not yet class 1
