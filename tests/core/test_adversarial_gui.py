"""Adversarial (issue 19, item 5) on screen: a database that turns read-only after login, or a damaged row read
by a page, is answered with a message box naming the file -- never silence."""
from __future__ import annotations

import sqlite3

import pytest
from adversarial_helpers import demo_db, demo_template  # noqa: F401 - fixtures
from conftest import session_for

pytestmark = pytest.mark.adversarial


def test_saving_a_customer_after_the_file_turned_read_only_shows_why(qtbot, ready_db, staff, errors):
    from models.customers.customers import Customer
    from ui.customers.customer_form import CustomerFormDialog

    customer = Customer.select().order_by(Customer.id).first()
    dialog = CustomerFormDialog(session_for(staff.manajer), customer_id=customer.id)
    qtbot.addWidget(dialog)
    dialog.fields["address"].setText("Jl. Baru No. 1")
    ready_db.execute_sql("PRAGMA query_only = 1")  # what a file made read-only under a running desk gives
    try:
        dialog.save()
    finally:
        ready_db.execute_sql("PRAGMA query_only = 0")
    assert len(errors) == 1 and "read-only" in errors[0] and "nothing was saved" in errors[0]
    assert Customer.get_by_id(customer.id).address != "Jl. Baru No. 1"
    assert dialog.saved is None


def test_an_error_escaping_a_page_is_shown_with_the_file_and_what_to_do(qtbot, ready_db, errors, monkeypatch):
    import sys

    from ui.shell.app import install_error_hook

    monkeypatch.setattr(sys, "excepthook", lambda *a: None)
    install_error_hook()
    try:
        raise sqlite3.DatabaseError("database disk image is malformed")
    except sqlite3.DatabaseError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert len(errors) == 1
    assert ready_db.database in errors[0] and "damaged" in errors[0] and "restore" in errors[0]


def test_run_action_answers_a_psycopg2_like_error_with_a_message(qtbot, ready_db, errors):
    from ui.common.dialogs import run_action

    class OperationalError(Exception):  # what psycopg2 raises when the server goes away
        pass

    OperationalError.__module__ = "psycopg2.errors"

    def lost():
        raise OperationalError("server closed the connection unexpectedly")

    assert run_action(None, lost) is None
    assert len(errors) == 1 and "server" in errors[0]


def test_a_failing_live_file_is_said_at_once_and_the_newest_good_backup_is_restored(
        qtbot, demo_db, tmp_path, monkeypatch):
    import datetime as dt
    from pathlib import Path

    from PySide6.QtWidgets import QMessageBox, QWidget
    from test_adversarial_backup import _tamper_books

    from models.core.backup import LiveDatabaseFailing, maybe_daily_backup
    from models.core.checks import run_checks
    from models.core.office import put_setting
    from models.core.users import User
    from ui.settings.backup_tab import CheckerDialog
    from ui.shell.app import offer_restore

    put_setting("backup.folder", str(tmp_path / "harian"))
    good = maybe_daily_backup(dt.datetime(2026, 11, 20, 8, 0))
    _tamper_books(Path(demo_db.database))
    with pytest.raises(LiveDatabaseFailing) as caught:
        maybe_daily_backup(dt.datetime(2026, 11, 21, 8, 0))
    told = []

    def answer(box):
        told.append(box.text())
        restore = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.AcceptRole]
        monkeypatch.setattr(QMessageBox, "clickedButton", lambda self: restore[0])
        return 0

    def second_person(dialog):
        dialog.username.setText("manajer")
        dialog.password.setText("angsur-demo")
        return 1

    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(CheckerDialog, "exec", second_person)
    window = QWidget()
    qtbot.addWidget(window)
    window.session = session_for(User.get(User.username == "admin"))
    assert offer_restore(window, caught.value) is True
    assert good.name in told[0] and "fails its checks" in told[0]
    assert [r.name for r in run_checks() if not r.ok] == []  # the newest good backup is the live file now


def test_the_ceiling_and_the_four_eyes_rule_are_set_in_settings_with_a_supervisors_password(
        qtbot, ready_db, staff, errors):
    from decimal import Decimal

    from models.core import limits
    from ui.settings.limits_tab import Tab

    tab = Tab(session_for(staff.admin))
    qtbot.addWidget(tab)
    assert tab.ceiling.value() == Decimal("100000000000")
    tab.ceiling.setValue(Decimal("250000000000"))
    tab.username.setText("kacab")
    tab.password.setText("tebakan")
    assert tab.save() is False and "kata sandi" in errors[-1]  # refused in models/, shown on screen
    assert limits.amount_ceiling() == Decimal("100000000000") and tab.password.text() == ""
    tab.ceiling.setValue(Decimal("250000000000"))
    tab.password.setText("angsur-demo")
    tab.approver_may_disburse.setChecked(True)
    assert tab.save() is True
    assert limits.amount_ceiling() == Decimal("250000000000") and limits.approver_may_disburse()
    tab.grab().save("/tmp/i19/limits_tab.png")
