"""At the Simpanan page: the cashier finds a member, takes a deposit, and sees it on the account."""
from __future__ import annotations

import datetime as dt

import pytest
from conftest import session_for
from PySide6.QtWidgets import QDialog

from models.core.money import D
from tests.savings_helpers import coop_db, coop_template, customers, user  # noqa: F401 (fixtures)


@pytest.fixture
def member(coop_db):
    from models.savings.savings import join

    return join(user("kasir"), customers(1)[0], dt.date.today() - dt.timedelta(days=3))


def _page(qtbot):
    from ui.savings.page import SavingsPage

    page = SavingsPage(session_for(user("kasir")))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


def test_cashier_takes_a_deposit_at_the_simpanan_page(qtbot, member, monkeypatch, errors):
    from models.savings.savings import account_of
    from ui.savings.page import TxnDialog

    page = _page(qtbot)
    qtbot.keyClicks(page.search, member.member_no)
    qtbot.waitUntil(lambda: page.members_model.rowCount() == 1)
    page.pick_member(0)
    sukarela = account_of(member, "sukarela")
    row = page.accounts_model.keys.index(sukarela.id)
    page.accounts.selectRow(row)
    assert page.account.id == sukarela.id

    def fill_and_accept(dialog):
        dialog.amount.setValue(D("275000"))
        return QDialog.Accepted

    printed = []
    monkeypatch.setattr(TxnDialog, "exec", fill_and_accept)
    monkeypatch.setattr(page, "print_receipt", lambda txn_id: printed.append(txn_id))
    result = page.deposit()
    assert result is not None and not errors
    assert D(account_of(member, "sukarela").balance) == D("275000")
    assert printed == [result.txn_id]
    # the account list and the movements show it
    assert page.accounts_model.rows[row][2] == D("275000")
    assert page.txn_model.rows[-1][4] == D("275000") and page.txn_model.rows[-1][2] == result.receipt_no
    page.grab().save("/tmp/i17/savings_page.png")


def test_a_refused_withdrawal_is_shown_with_its_rule(qtbot, member, monkeypatch, errors):
    from models.savings.savings import account_of
    from ui.savings.page import TxnDialog

    page = _page(qtbot)
    page.pick_member(0)
    page.accounts.selectRow(page.accounts_model.keys.index(account_of(member, "pokok").id))

    def fill(dialog):
        dialog.amount.setValue(D("100000"))
        return QDialog.Accepted

    monkeypatch.setattr(TxnDialog, "exec", fill)
    assert page.withdraw() is None
    assert errors and "tidak dapat ditarik" in errors[0]
    assert D(account_of(member, "pokok").balance) == D("100000")


def test_a_customer_joins_from_the_simpanan_page(qtbot, coop_db, monkeypatch, errors):
    from models.savings.savings import Member, account_of
    from ui.savings.page import JoinDialog

    page = _page(qtbot)
    assert page.members_model.rowCount() == 0
    target = customers(2)[1]

    def pick(dialog):
        dialog.search.setText(target.full_name)
        row = dialog.model.keys.index(target.id)
        dialog.table.selectRow(row)
        return QDialog.Accepted

    printed = []
    monkeypatch.setattr(JoinDialog, "exec", pick)
    monkeypatch.setattr(page, "print_receipt", lambda txn_id: printed.append(txn_id))
    member = page.join()
    assert member is not None and not errors
    assert Member.get(Member.customer == target.id).member_no == "AGT-000001"
    assert D(account_of(member, "pokok").balance) == D("100000") and len(printed) == 1
    assert page.members_model.rowCount() == 1 and "AGT-000001" in page.header.text()


def test_the_office_sets_its_passbook_geometry(qtbot, coop_db, monkeypatch, errors):
    from models.savings.passbook import geometry
    from ui.savings.page import PassbookDialog

    session = session_for(user("admin"))
    dialog = PassbookDialog(session)
    qtbot.addWidget(dialog)
    dialog.preset.setCurrentIndex(dialog.preset.findData("Epson PLQ-35"))
    assert dialog.fields["lines_per_page"].value() == 30
    dialog.fields["top_margin_mm"].setValue(13.5)
    shown = []
    monkeypatch.setattr("ui.common.printing.print_pdf", lambda parent, path, **kw: shown.append(path))
    dialog.print_test()
    assert shown and shown[0].exists()
    assert dialog.save() and not errors
    geo = geometry()
    assert (geo.name, geo.lines_per_page, geo.fold_after_line, geo.top_margin_mm) == ("Epson PLQ-35", 30, 15, D("13.5"))
    dialog.fields["fold_after_line"].setValue(31)
    assert not dialog.save() and "lipatan" in errors[-1]


def test_passbook_print_from_the_page_remembers_the_line(qtbot, member, monkeypatch, errors):
    from PySide6.QtWidgets import QMessageBox

    from models.savings.savings import SavingsAccount, account_of, deposit

    acct = account_of(member, "sukarela")
    deposit(user("kasir"), acct, "300000", dt.date.today() - dt.timedelta(days=2))
    page = _page(qtbot)
    page.pick_member(0)
    page.accounts.selectRow(page.accounts_model.keys.index(acct.id))
    shown = []
    monkeypatch.setattr("ui.common.printing.print_pdf", lambda parent, path, **kw: shown.append(path))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append("info"))
    job = page.print_passbook()
    assert len(job.pages) == 1 and shown[0].exists() and not errors
    stored = SavingsAccount.get_by_id(acct.id)
    assert (stored.passbook_line, stored.passbook_txn) == (1, job.last_txn)
    assert page.print_passbook().empty and shown[-1] == "info"  # nothing new: nothing printed


def test_wajib_collected_with_the_installment_at_the_kasir_page(qtbot, coop_db, monkeypatch, errors, tmp_path):
    from models.cashier.payments import Payment
    from models.savings.savings import account_of, join
    from reports.receipt_pdf import receipt_data
    from tests.payments_helpers import disburse
    from ui.cashier.page import CashierPage

    c = customers(1)[0]
    member = join(user("kasir"), c, dt.date(2026, 1, 5))
    loan = disburse("KSP/2026/00011", principal="6000000", rate="12", tenor=12, start=dt.date(2026, 1, 31),
                    customer=c, product_code="PA")
    page = CashierPage(session_for(user("kasir")))
    qtbot.addWidget(page)
    printed = []
    monkeypatch.setattr("ui.cashier.page.print_receipt", lambda parent, payment, session=None: printed.append(payment))
    page.set_loan(loan)
    assert page.wajib.isVisibleTo(page) and page.wajib.value() == D("50000")  # a month of wajib is owed
    page.amount.setValue(D("560000"))
    page.wajib.setValue(D("100000"))
    result = page.post()
    assert result is not None and not errors
    assert D(account_of(member, "wajib").balance) == D("100000")
    data = receipt_data(Payment.get_by_id(result.payment_id))
    assert data.amount == D("660000") and ("Simpanan wajib", D("100000")) in data.lines
    assert "enam ratus enam puluh ribu" in data.words.lower()
    assert printed and printed[0].receipt_no == result.receipt_no


def test_transfer_and_resignation_from_the_simpanan_page(qtbot, member, monkeypatch, errors):
    from models.savings.savings import Member, account_of, deposit, join
    from ui.savings.page import MoveDialog, ResignDialog

    other = join(user("kasir"), customers(2)[1], dt.date.today() - dt.timedelta(days=3))
    deposit(user("kasir"), account_of(member, "sukarela"), "500000", dt.date.today() - dt.timedelta(days=1))
    page = _page(qtbot)
    page.pick_member(0)
    page.accounts.selectRow(page.accounts_model.keys.index(account_of(member, "sukarela").id))
    monkeypatch.setattr(page, "print_receipt", lambda txn_id: None)
    target = account_of(other, "sukarela")

    def fill(dialog):
        dialog.target.setCurrentIndex(dialog.target.findData(target.id))
        dialog.amount.setValue(D("200000"))
        return QDialog.Accepted

    monkeypatch.setattr(MoveDialog, "exec", fill)
    assert page.transfer() is not None and not errors
    assert D(account_of(other, "sukarela").balance) == D("200000")

    def approve(dialog):
        dialog.reason.setText("pindah kota")
        dialog.username.setText("kacab")
        dialog.password.setText("angsur-demo")
        return QDialog.Accepted

    shown = []
    monkeypatch.setattr(ResignDialog, "exec", approve)
    monkeypatch.setattr("ui.common.printing.print_pdf", lambda parent, path, **kw: shown.append(path))
    statement = page.resign()
    assert statement is not None and not errors, errors
    assert statement.paid_out == D("100000") + D("300000") and shown[0].exists()
    assert Member.get_by_id(member.id).status == "resigned"


def test_time_deposit_placed_and_broken_early_from_the_page(qtbot, member, monkeypatch, errors):
    from models.savings.savings import SavingsAccount, account_of, deposit
    from ui.savings.page import ApproveDialog, TimeDepositDialog

    deposit(user("kasir"), account_of(member, "sukarela"), "3000000", dt.date.today() - dt.timedelta(days=1))
    page = _page(qtbot)
    page.pick_member(0)
    monkeypatch.setattr(page, "print_receipt", lambda txn_id: None)

    def place(dialog):
        dialog.amount.setValue(D("2000000"))
        dialog.term.setValue(6)
        dialog.source.setCurrentIndex(1)  # from the member's sukarela account
        return QDialog.Accepted

    monkeypatch.setattr(TimeDepositDialog, "exec", place)
    result = page.place_time_deposit()
    assert result is not None and not errors, errors
    deposit_acct = SavingsAccount.get_by_id(result.extra["account_id"])
    assert D(deposit_acct.balance) == D("2000000") and D(account_of(member, "sukarela").balance) == D("1000000")
    page.refresh()
    page.accounts.selectRow(page.accounts_model.keys.index(deposit_acct.id))

    def approve(dialog):
        dialog.reason.setText("biaya berobat")
        dialog.username.setText("kacab")
        dialog.password.setText("angsur-demo")
        return QDialog.Accepted

    monkeypatch.setattr(ApproveDialog, "exec", approve)
    out = page.cash_time_deposit()
    assert out is not None and not errors, errors
    assert out.extra["penalty"] == D("20000") and out.amount == D("1980000")  # 1 % of the principal
    assert SavingsAccount.get_by_id(deposit_acct.id).status == "closed"


def test_shu_dialog_shows_the_plan_exports_and_distributes(qtbot, coop_db, monkeypatch, errors, tmp_path):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from models.ledger.chart import Line
    from models.ledger.journals import close_year, post_journal
    from models.savings.savings import account_of, deposit, join
    from models.savings.shu import ShuDistribution
    from ui.savings.page import ShuDialog

    kasir = user("kasir")
    for c in customers(2):
        m = join(kasir, c, dt.date(2025, 1, 6))
        deposit(kasir, account_of(m, "wajib"), "600000", dt.date(2025, 1, 7))
    post_journal(user("akuntan"), dt.date(2025, 12, 20), "Pendapatan lain", "manual",
                 [Line("1111", debit=D("2000000000")), Line("4209", credit=D("2000000000"))])
    close_year(user("akuntan"), 2025)
    dialog = ShuDialog(session_for(user("akuntan")))
    qtbot.addWidget(dialog)
    dialog.year.setValue(2025)
    assert dialog.model.rowCount() == 2 and "rencana" in dialog.summary.text()
    assert dialog.post_button.isEnabled()
    target = tmp_path / "rat.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.export("rat.xlsx")
    assert target.exists() and not errors
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    assert dialog.distribute() is not None and not errors, errors
    assert ShuDistribution.get(ShuDistribution.year == 2025).mode == "credit"
    assert not dialog.post_button.isEnabled() and "dibagikan" in dialog.summary.text()
    dialog.year.setValue(2019)
    assert dialog.model.rowCount() == 0 and "belum ditutup" in dialog.summary.text()


def test_a_supervisor_reverses_a_deposit_at_the_page(qtbot, member, monkeypatch, errors):
    from PySide6.QtWidgets import QInputDialog

    from models.savings.savings import account_of, deposit

    acct = account_of(member, "sukarela")
    r = deposit(user("kasir"), acct, "150000", dt.date.today())
    from ui.savings.page import SavingsPage

    page = SavingsPage(session_for(user("kacab")))
    qtbot.addWidget(page)
    page.show()
    page.pick_member(0)
    page.accounts.selectRow(page.accounts_model.keys.index(acct.id))
    page.txns.selectRow(page.txn_model.keys.index(r.txn_id))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("salah rekening", True))
    rows = page.reverse()
    assert rows and not errors, errors
    assert D(account_of(member, "sukarela").balance) == D("0")
    assert page.txn_model.rows[-1][1] == "Koreksi"
    # the cashier's own page cannot reverse at all
    cashier_page = _page(qtbot)
    assert not cashier_page.reverse_button.isEnabled()


def test_the_manager_changes_a_savings_product(qtbot, coop_db, errors):
    from models.savings.savings import product_by_code
    from ui.savings.page import ProductsDialog

    dialog = ProductsDialog(session_for(user("manajer")))
    qtbot.addWidget(dialog)
    row = dialog.model.keys.index(product_by_code("SS").id)
    dialog.table.selectRow(row)
    dialog.show_product(row)
    assert dialog.rate.text() == "3" and dialog.basis.currentData() == "minimum"
    dialog.rate.setText("3,5")
    dialog.basis.setCurrentIndex(dialog.basis.findData("average"))
    dialog.min_balance.setValue(D("50000"))
    assert dialog.save() is not None and not errors, errors
    ss = product_by_code("SS")
    assert (D(ss.rate), ss.interest_basis, D(ss.min_balance)) == (D("3.5"), "average", D("50000"))
    dialog.rate.setText("tiga")
    assert dialog.save() is None and "angka" in errors[-1]
    # a cashier sees the products but cannot save them
    viewer = ProductsDialog(session_for(user("kasir")))
    qtbot.addWidget(viewer)
    assert not viewer.save_button.isEnabled()


def test_the_bylaws_shu_split_is_edited_and_must_total_100(qtbot, coop_db, errors):
    from models.savings.shu import parts_setting
    from ui.savings.page import ShuPartsDialog

    dialog = ShuPartsDialog(session_for(user("admin")))
    qtbot.addWidget(dialog)
    assert "100%" in dialog.total.text()
    dialog.table.item(0, 1).setText("35")  # reserve 40 → 35: total 95 %
    assert "95%" in dialog.total.text()
    assert not dialog.save() and "100%" in errors[-1]
    dialog.table.item(6, 1).setText("10")  # social 5 → 10: back to 100 %
    assert dialog.save()
    assert [str(p["pct"]) for p in parts_setting()] == ["35", "20", "20", "5", "5", "5", "10"]
