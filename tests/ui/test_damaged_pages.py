"""A damaged file while the screens are built (issue 19, item 5): each page and each settings tab is built inside
a guard; a database error shows its message (the file, what went wrong, what to do) in place of the part that
could not be read, never a half-built widget, and no exception escapes a Qt slot or event handler."""
from __future__ import annotations

import sqlite3
import sys

import pytest
from adversarial_helpers import demo_db, demo_template  # noqa: F401 - fixtures
from PySide6.QtWidgets import QApplication, QLabel

from models.core import db as dbmod


def _windows() -> int:
    """Parentless windows (a combo box's popup is a window too, but it belongs to its combo box)."""
    return sum(1 for w in QApplication.topLevelWidgets() if w.parentWidget() is None)

from models.core.users import User
from ui.common.page_base import LoadFailedPanel, Page, build_guarded
from ui.common.session import Session


def _garble_audit_entities(path) -> None:
    """Bytes that are not UTF-8 in the audit trail's entity column (what a flipped bit in a text cell gives)."""
    dbmod.close_database()
    con = sqlite3.connect(str(path))
    con.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    con.execute("UPDATE audit_log SET entity = CAST(x'6a6f75726ee96c' AS TEXT) WHERE seq = 2")
    con.commit()
    con.close()
    dbmod.open_database(path)


def test_the_administrator_opens_settings_on_a_damaged_file_and_reads_why_one_tab_is_missing(
        qtbot, demo_db, tmp_path):
    from ui.settings.page import SettingsPage

    path = dbmod.sqlite_path(dbmod.database.obj)
    _garble_audit_entities(path)
    admin = User.get(User.username == "admin")
    windows_before = _windows()
    page = SettingsPage(Session(admin, str(path)))
    qtbot.addWidget(page)
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    audit = page.tabs.widget(titles.index("Jejak audit"))
    assert isinstance(audit, LoadFailedPanel)
    text = audit.text()
    assert str(path) in text and "cannot be read" in text and "restore" in text
    # Every other tab was built in full; nothing half-built was left behind as a stray window.
    others = [page.tabs.widget(i) for i in range(page.tabs.count()) if titles[i] != "Jejak audit"]
    assert len(others) >= 8 and not any(isinstance(w, LoadFailedPanel) for w in others)
    assert _windows() == windows_before + 1  # the page itself
    page.tabs.setCurrentWidget(audit)
    page.refresh()  # the panel has nothing to reload and says so by doing nothing
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)


def test_the_cashier_and_the_administrator_reach_the_main_window_of_a_damaged_file(qtbot, demo_db):
    from ui.shell.main_window import MainWindow

    path = dbmod.sqlite_path(dbmod.database.obj)
    _garble_audit_entities(path)
    for username, start in (("admin", "settings"), ("kasir", "cashier")):
        window = MainWindow(Session(User.get(User.username == username), str(path)))
        qtbot.addWidget(window)
        assert window.start_key() == start
        assert window.stack.currentWidget() is window.page(start)
        assert not isinstance(window.page(start), LoadFailedPanel)


class _BrokenPage(Page):
    """A page whose second widget is built from a damaged row."""

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.first = QLabel("ok", self)
        self.stray = QLabel("a parentless helper built on the way")
        raise sqlite3.DatabaseError("database disk image is malformed")


def test_a_page_failing_half_way_is_replaced_by_its_reason_and_its_half_built_widgets_are_gone(qtbot, demo_db):
    before = _windows()
    admin = User.get(User.username == "admin")
    widget = build_guarded(lambda: _BrokenPage(Session(admin, "kantor.db")))
    qtbot.addWidget(widget)
    assert isinstance(widget, LoadFailedPanel)
    assert "damaged" in widget.text() and "restore the latest good backup" in widget.text()
    assert _windows() == before + 1  # the panel; the broken page and its stray are gone


def test_a_bug_while_building_is_still_reported_but_does_not_escape(qtbot, demo_db, monkeypatch):
    seen = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: seen.append(exc))

    def broken():
        raise KeyError("kolom")

    widget = build_guarded(broken)
    qtbot.addWidget(widget)
    assert isinstance(widget, LoadFailedPanel) and isinstance(seen[0], KeyError)


class _RefreshFails(Page):
    def refresh(self) -> None:
        raise sqlite3.OperationalError("database disk image is malformed")


def test_a_refresh_failing_in_a_show_event_becomes_a_message(qtbot, demo_db, monkeypatch):
    import ui.common.dialogs

    shown = []
    monkeypatch.setattr(ui.common.dialogs, "show_error", lambda parent, exc, title=None: shown.append(exc))
    admin = User.get(User.username == "admin")
    page = _RefreshFails(Session(admin, "kantor.db"))
    qtbot.addWidget(page)
    page._stale = True
    page.show()  # showEvent refreshes a stale page: the error must not escape the event handler
    qtbot.waitExposed(page)
    assert len(shown) == 1 and isinstance(shown[0], sqlite3.OperationalError)
    assert page.safe_refresh() is False and len(shown) == 2


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 (PEP 683)")
def test_none_survives_a_long_day_of_void_qt_calls(qtbot):
    """shiboken6 6.12 drops a reference to None on every void call; 100.000 of them used to abort Python."""
    from ui.common.qt_compat import RESERVE

    label = QLabel()
    qtbot.addWidget(label)
    for _ in range(100_000):
        label.setText("Rp 1.250.000")
    assert sys.getrefcount(None) > RESERVE // 2
