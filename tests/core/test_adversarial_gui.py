"""Adversarial (issue 19, item 5) on screen: a database that turns read-only after login, or a damaged row read
by a page, is answered with a message box naming the file -- never silence."""
from __future__ import annotations

import sqlite3

import pytest
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
