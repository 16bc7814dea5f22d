"""Shared fixtures: a fresh database per test, the office's staff, and headless Qt.

Building a database by running every migration and hashing eleven argon2id passwords costs about a second, so
it is done once per test session into a template file; each test then gets its own copy through SQLite's
backup API (a few milliseconds).  Tests therefore run against exactly the schema the application migrates to.
"""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from models.core import db as dbmod  # noqa: E402

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="session", autouse=True)
def _private_qt_settings(tmp_path_factory):
    """Window geometry and column widths go to a throwaway folder, never to the developer's own settings."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("AngsurTests")
    QCoreApplication.setApplicationName("AngsurTests")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path_factory.mktemp("qsettings")))


@pytest.fixture(autouse=True)
def _no_unanswered_message_boxes(qapp):
    """A modal message box that nobody answers would hang the whole run (offscreen, nobody clicks).  A timer
    closes any message box left on screen and the test fails, saying what it said.  A test that expects a message
    box patches it itself, as before.  (Patching QMessageBox's static functions instead corrupted PySide's
    reference counts and aborted the run.)"""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    seen: list[str] = []

    def sweep() -> None:
        for widget in qapp.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                seen.append(f"{widget.windowTitle()!r}: {widget.text()!r}")
                widget.reject()

    timer = QTimer()
    timer.setInterval(300)
    timer.timeout.connect(sweep)
    timer.start()
    yield
    timer.stop()
    if seen:
        pytest.fail("an unexpected message box was shown (closed by the test harness): " + "; ".join(seen))


def _copy_sqlite(source: Path, target: Path) -> None:
    src = sqlite3.connect(str(source))
    dst = sqlite3.connect(str(target))
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


@pytest.fixture(scope="session")
def _template_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("templates")


@pytest.fixture(scope="session")
def empty_template(_template_dir) -> Path:
    path = _template_dir / "empty.db"
    dbmod.open_database(path)
    dbmod.close_database()
    return path


def _build_template(path: Path, steps: list[str], seed: int, customers: int) -> Path:
    """Migrate a new database file and run the given demo steps into it."""
    from models.demo import build as demo

    dbmod.open_database(path)
    saved = demo.DEMO_STEPS
    demo.DEMO_STEPS = steps
    try:
        demo.build_demo(seed=seed, customers=customers, today=TODAY, log=lambda _msg: None)
    finally:
        demo.DEMO_STEPS = saved
    dbmod.close_database()
    return path


@pytest.fixture(scope="session")
def office_template(_template_dir) -> Path:
    """A migrated database holding the demo office's core (office, branch, staff) and nothing else."""
    return _build_template(_template_dir / "office.db", ["models.demo.build:build_core"], seed=1, customers=0)


@pytest.fixture(scope="session")
def ready_template(_template_dir) -> Path:
    """The office ready for business: staff, chart of accounts, products, 20 customers, 12 dealers."""
    return _build_template(_template_dir / "ready.db",
                           ["models.demo.build:build_core", "models.demo.ledger:build_demo", "models.demo.products:build_demo",
                            "models.demo.customers:build_demo"], seed=3, customers=20)


def _open_copy(template: Path, tmp_path: Path):
    target = tmp_path / "angsur.db"
    _copy_sqlite(template, target)
    database = dbmod.open_database(target)
    return database


@pytest.fixture
def empty_db(empty_template, tmp_path):
    """A fresh, migrated, empty database bound to the models."""
    database = _open_copy(empty_template, tmp_path)
    yield database
    dbmod.close_database()


@pytest.fixture
def db(office_template, tmp_path):
    """A fresh database with the demo office's core: office, branch BDG and its eleven staff."""
    database = _open_copy(office_template, tmp_path)
    yield database
    dbmod.close_database()


@pytest.fixture
def ready_db(ready_template, tmp_path):
    """A fresh copy of the office ready for business (see ``ready_template``)."""
    database = _open_copy(ready_template, tmp_path)
    yield database
    dbmod.close_database()


class Staff:
    """The office's people, by their demo user names: ``staff.cmo1``, ``staff.kasir``, ``staff.kacab`` …"""

    def __getattr__(self, username):
        from models.core.users import User

        user = User.get_or_none(User.username == username)
        if user is None:
            raise AttributeError(username)
        return user


def _office_database(request) -> None:
    """Open ``db`` unless the test asked for the ready office (``ready_db``)."""
    if "ready_db" not in request.fixturenames:
        request.getfixturevalue("db")


@pytest.fixture
def staff(request) -> Staff:
    """The people of the office database the test opened (``db`` by default, or ``ready_db``)."""
    _office_database(request)
    return Staff()


@pytest.fixture
def branch(request):
    _office_database(request)
    from models.core.office import Branch

    return Branch.get(Branch.code == "BDG")


@pytest.fixture
def errors(monkeypatch):
    """Messages the screens would show (ui.common.dialogs.show_error), captured instead of blocking the test."""
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr("ui.common.dialogs.QMessageBox.exec", lambda box: shown.append(box.text()) or QMessageBox.Ok)
    return shown


def session_for(user):
    """A UI session for ``user`` (import it in UI tests: ``from conftest import session_for``)."""
    from ui.common.session import Session

    return Session(user, "test.db")
