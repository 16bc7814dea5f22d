"""At the Simpanan page: the cashier finds a member, takes a deposit, and sees it on the account."""
from __future__ import annotations

import datetime as dt

import pytest
from conftest import session_for
from PySide6.QtWidgets import QDialog

from models.money import D
from tests.savings_helpers import coop_db, coop_template, customers, user  # noqa: F401 (fixtures)


@pytest.fixture
def member(coop_db):
    from models.savings import join

    return join(user("kasir"), customers(1)[0], dt.date.today() - dt.timedelta(days=3))


def _page(qtbot):
    from ui.pages.savings import SavingsPage

    page = SavingsPage(session_for(user("kasir")))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


def test_cashier_takes_a_deposit_at_the_simpanan_page(qtbot, member, monkeypatch, errors):
    from models.savings import account_of
    from ui.pages.savings import TxnDialog

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
    from models.savings import account_of
    from ui.pages.savings import TxnDialog

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
