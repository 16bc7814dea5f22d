"""The customer screens as the office uses them: type to search, open a customer, register one, import a file."""
from __future__ import annotations

import datetime as dt
import random

import pytest
from conftest import session_for
from openpyxl import Workbook
from PySide6.QtCore import QDate, Qt

from models.core.audit import AuditLog
from models.customers.customers import Customer


@pytest.fixture
def office(db, staff):
    """The demo's customers (300), dealers and follow-ups on top of the office's staff."""
    from models.core.office import Branch, Office
    from models.core.users import User
    from models.demo import build as demo

    ctx = demo.DemoContext(seed=11, customers=300, today=dt.date.today(), rng=random.Random(11),
                           log=lambda _m: None)
    ctx.users = {u.username: u for u in User.select()}
    ctx.branch, ctx.office = Branch.get(), Office.get()
    from models.demo import customers as demo_customers
    demo_customers.build_demo(ctx)
    return staff




def page_for(qtbot, user):
    from ui.customers.page import CustomersPage

    page = CustomersPage(session_for(user))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    return page


def type_search(qtbot, page, text):
    page.search.clear()
    qtbot.keyClicks(page.search, text)
    qtbot.waitUntil(lambda: not page._timer.isActive(), timeout=2000)


def test_typing_in_the_search_box_filters_the_list(qtbot, qtmodeltester, office, errors):
    page = page_for(qtbot, office.kasir)
    assert page.model.rowCount() == 300
    qtmodeltester.check(page.model)
    target = Customer.select().order_by(Customer.id).first()
    first_name = target.full_name.split()[0]
    type_search(qtbot, page, first_name[:3])
    narrowed = page.model.rowCount()
    assert 0 < narrowed < 300
    names = [page.model.index(r, 0).data() for r in range(narrowed)]
    assert all(any(w.casefold().startswith(first_name[:3].casefold()) for w in n.split()) for n in names)
    assert names == sorted(names, key=str.casefold) or names == sorted(names)
    type_search(qtbot, page, "0" + target.phone[3:10])
    assert target.id in [page.model.customer_id(r) for r in range(page.model.rowCount())]
    # NIK masked for a cashier, and no way to unmask
    row = page.model.row_of(target.id)
    assert page.model.index(row, 1).data() == target.nik[:4] + "********" + target.nik[-4:]
    assert not page.unmask_box.isVisibleTo(page)
    type_search(qtbot, page, "zzzzqx")
    assert page.model.rowCount() == 0 and "0 nasabah" in page.count_label.text()
    qtmodeltester.check(page.model)
    assert errors == []


def test_filters_and_an_officers_own_portfolio(qtbot, office, errors):
    kacab = page_for(qtbot, office.kacab)
    kacab.officer_filter.setCurrentIndex(kacab.officer_filter.findData(office.cmo2.id))
    assert kacab.model.rowCount() == Customer.select().where(Customer.officer == office.cmo2.id).count()
    kacab.status_filter.setCurrentIndex(kacab.status_filter.findData("nonaktif"))
    assert kacab.model.rowCount() == Customer.select().where(
        (Customer.officer == office.cmo2.id) & (Customer.status == "nonaktif")).count()

    cmo1 = page_for(qtbot, office.cmo1)
    assert not cmo1.officer_filter.isVisibleTo(cmo1)
    own = Customer.select().where(Customer.officer == office.cmo1.id).count()
    assert cmo1.model.rowCount() == own == 100
    # an officer may reveal NIKs in the list, and that is audited
    cmo1.unmask_box.setChecked(True)
    someone = Customer.get_by_id(cmo1.model.customer_id(0))
    assert cmo1.model.index(0, 1).data() == someone.nik
    assert AuditLog.get(AuditLog.action == "customer.unmask").username == "cmo1"


def test_enter_opens_the_detail_with_its_tabs_and_escape_returns(qtbot, office, errors, tmp_path):
    page = page_for(qtbot, office.cmo1)
    page.table.setFocus()
    page.table.selectRow(0)
    customer_id = page.model.customer_id(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.stack.currentIndex() == 1
    tabs = [page.detail.tabs.tabText(i) for i in range(page.detail.tabs.count())]
    assert tabs == ["Data", "Pinjaman", "Pembayaran", "Simpanan", "Tindak lanjut", "Penagihan"]
    customer = Customer.get_by_id(customer_id)
    assert page.detail._values["nik"].text() == customer.nik[:4] + "********" + customer.nik[-4:]
    page.detail.reveal_button.click()
    assert page.detail._values["nik"].text() == customer.nik
    # attach a photo of the KTP
    photo = tmp_path / "ktp.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 jpeg")
    page.detail.attach_file(str(photo))
    assert page.detail.documents.rowCount() == 1 and page.detail.documents.item(0, 1).text() == "ktp.jpg"
    page.open_detail(customer_id)  # reloading rebuilds the rows and keeps the document
    assert page.detail.documents.rowCount() == 1
    # log a follow-up from the detail
    page.detail.tabs.setCurrentIndex(4)
    qtbot.keyClicks(page.detail.follow_tab.notes, "Telepon, minta brosur kredit motor")
    page.detail.follow_tab.has_next.setChecked(True)
    page.detail.follow_tab.log_button.click()
    assert page.detail.follow_tab.table.rowCount() >= 1
    assert page.detail.follow_tab.table.item(0, 2).text() == "Telepon, minta brosur kredit motor"
    qtbot.keyClick(page.detail, Qt.Key.Key_Escape)
    assert page.stack.currentIndex() == 0
    page.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    assert errors == []


def fill_form(qtbot, dialog, **values):
    for name, text in values.items():
        widget = dialog.fields[name]
        widget.clear()
        qtbot.keyClicks(widget, text)


def test_an_officer_registers_a_customer_through_the_form(qtbot, office, errors):
    from ui.customers.customer_form import CustomerFormDialog

    dialog = CustomerFormDialog(session_for(office.cmo1))
    qtbot.addWidget(dialog)
    # saving an empty form shows the errors next to the fields, and saves nothing
    before = Customer.select().count()
    dialog.save()
    assert dialog.fields["full_name"].property("invalid") is True
    assert dialog.errors["nik"].isVisibleTo(dialog) and "wajib" in dialog.errors["nik"].text()
    assert Customer.select().count() == before

    fill_form(qtbot, dialog, full_name="Siti Nurhaliza", nik="3273205201900999", phone="0812 3456 7890",
              mother_maiden_name="Aminah", address="Jl. Cipaganti No. 12", rt="003", rw="005")
    dialog.fields["birth_date"].setDate(QDate(1990, 1, 12))
    dialog.fields["gender"].setCurrentIndex(dialog.fields["gender"].findData("L"))  # the NIK says woman
    # the region cascade: Jawa Barat → Kota Bandung → Antapani → Antapani Kulon
    dialog.set_region("32.73.20.1001")
    assert dialog.region["village"].currentText() == "Antapani Kulon"
    assert dialog.region["regency"].currentText() == "Kota Bandung"
    asked = []
    dialog.confirm_warnings = lambda warnings: asked.append([w.code for w in warnings]) or False
    dialog.save()
    assert asked == [["nik.gender_mismatch"]] and dialog.saved is None
    assert "perempuan" in dialog.errors["nik"].text()
    dialog.fields["gender"].setCurrentIndex(dialog.fields["gender"].findData("P"))
    dialog.save()
    assert dialog.saved is not None and dialog.result() == dialog.DialogCode.Accepted
    saved = Customer.get_by_id(dialog.saved.id)
    assert (saved.officer_id, saved.phone, saved.village, saved.rt) == (
        office.cmo1.id, "+6281234567890", "Antapani Kulon", "003")

    # the same NIK again: the form offers the existing customer
    again = CustomerFormDialog(session_for(office.cmo1))
    qtbot.addWidget(again)
    fill_form(qtbot, again, full_name="Siti N", nik="3273205201900999", phone="0812 1111 2222",
              mother_maiden_name="Aminah", address="Jl. Lain")
    again.fields["birth_date"].setDate(QDate(1990, 1, 12))
    again.fields["gender"].setCurrentIndex(again.fields["gender"].findData("P"))
    again.set_region("32.73.20.1001")
    again.offer_existing = lambda exc: True
    again.save()
    assert again.open_existing_id == saved.id
    assert errors == []


def test_the_page_opens_the_existing_customer_after_a_duplicate(qtbot, office, errors, monkeypatch):
    page = page_for(qtbot, office.cmo1)
    existing = Customer.select().where(Customer.officer == office.cmo1.id).first()

    class Fake:
        saved = None
        open_existing_id = existing.id

    page._after_form(Fake())
    assert page.stack.currentIndex() == 1 and page.detail.customer_id == existing.id


def test_the_import_dialog_previews_and_refuses_a_bad_file(qtbot, qtmodeltester, office, errors, tmp_path):
    from ui.customers.import_dialog import ImportDialog

    wb = Workbook()
    ws = wb.active
    ws.append(["Nama lengkap*", "NIK*", "Tanggal lahir", "Jenis kelamin", "Kode petugas"])
    ws.append(["Rina Marlina", "3273206503950001", dt.date(1995, 3, 25), "P", "CMO01"])
    ws.append(["Angka", 3273206503950002, dt.date(1995, 3, 25), "P", "CMO01"])
    ws["B2"].number_format = "@"
    path = tmp_path / "nasabah.xlsx"
    wb.save(path)
    dialog = ImportDialog(session_for(office.kacab))
    qtbot.addWidget(dialog)
    dialog.load(path)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 2
    assert dialog.model.index(1, 1).data() == "salah"
    assert "15 digit" in dialog.model.index(1, 4).data()
    assert not dialog.import_button.isEnabled()
    dialog.skip_errors.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert dialog.job.wait() == "done"
    assert dialog.result.created == 1 and dialog.result.refused == 1
    assert Customer.select().where(Customer.full_name == "Rina Marlina").count() == 1


def test_dealers_are_managed_from_a_list_and_form(qtbot, qtmodeltester, office, errors):
    from models.customers.dealers import Dealer, Salesperson
    from ui.customers.dealers import DealersWidget

    widget = DealersWidget(session_for(office.kacab))
    qtbot.addWidget(widget)
    qtmodeltester.check(widget.model)
    assert widget.model.rowCount() == 12
    qtbot.keyClicks(widget.search, "toyota")
    assert widget.model.rowCount() == 1
    widget.search.clear()
    widget.show_dealer(None)
    qtbot.keyClicks(widget.fields["code"], "dl13")
    widget.save()
    assert widget.fields["name"].property("invalid") is True and Dealer.select().count() == 12
    qtbot.keyClicks(widget.fields["name"], "Honda Anugerah Cileunyi")
    qtbot.keyClicks(widget.fields["phone"], "022-7800123")
    widget.save()
    dealer = Dealer.get(Dealer.code == "DL13")
    assert dealer.phone == "+62227800123"
    qtbot.keyClicks(widget.sales_name, "Yayan Sopyan")
    widget.sales_add.click()
    assert Salesperson.select().where(Salesperson.dealer == dealer.id).count() == 1
    assert widget.sales.count() == 1
    assert errors == []


def test_render_the_customer_page(qtbot, office):
    page = page_for(qtbot, office.kacab)
    type_search(qtbot, page, "a")
    page.grab().save("/tmp/customers_page.png")
    page.open_detail(page.model.customer_id(0))
    page.grab().save("/tmp/customers_detail.png")
    from ui.customers.customer_form import CustomerFormDialog

    dialog = CustomerFormDialog(session_for(office.cmo1))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save()
    dialog.grab().save("/tmp/customers_form.png")


def test_a_supervisor_moves_the_listed_part_of_a_portfolio(qtbot, office, errors, monkeypatch):
    from ui.customers import page as page_module

    page = page_for(qtbot, office.kacab)
    page.officer_filter.setCurrentIndex(page.officer_filter.findData(office.cmo1.id))
    page.status_filter.setCurrentIndex(page.status_filter.findData("nonaktif"))
    listed = [page.model.customer_id(r) for r in range(page.model.rowCount())]
    assert listed

    def answer(dialog):
        assert dialog.source.currentData() == office.cmo1.id
        dialog.target.setCurrentIndex(dialog.target.findData(office.ao1.id))
        dialog.reason.setText("Pembagian wilayah baru")
        dialog.only_listed.setChecked(True)
        return True

    monkeypatch.setattr(page_module.ReassignDialog, "exec", answer)
    page.reassign()
    assert Customer.select().where(Customer.id.in_(listed) & (Customer.officer == office.ao1.id)).count() == len(listed)
    assert Customer.select().where(Customer.officer == office.cmo1.id).count() == 100 - len(listed)
    page.open_detail(listed[0])
    assert "Pembagian wilayah baru" in page.detail._values["officer"].text()
    assert errors == []
    cmo = page_for(qtbot, office.cmo1)
    assert not cmo.reassign_button.isVisibleTo(cmo)
