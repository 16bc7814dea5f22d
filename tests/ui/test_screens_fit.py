"""Every page on a 1280×720 laptop: nothing of a figure is cut, the status bar stays on screen.

The office's smallest screens are 1366×768 laptops (about 1366×728 without the task bar) and 1280×720 ones.
Each page of the demo office is shown in the main window at 1280×720, and every visible label that shows an
amount is measured: its text must fit its width (or the label elides on purpose with the full text in its
tooltip).  Each settings tab is measured too.  Each role starts on the page where it works.
"""
from __future__ import annotations

import pytest
from conftest import _build_template, _open_copy
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QLabel

from models.core import db as dbmod
from models.demo.build import DEMO_STEPS
from ui.common.page_base import PlaceholderPage
from ui.common.session import Session
from ui.shell.main_window import MainWindow, default_size
from ui.shell.screenshots import _at_the_counter, cut_money_labels

SIZES = [(1280, 720), (1366, 728)]


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    """The whole demo office (every step), with few customers: loans in every state, payments, the ledger."""
    return _build_template(tmp_path_factory.mktemp("fit") / "demo.db", list(DEMO_STEPS), seed=11, customers=40)


@pytest.fixture
def demo_db(demo_template, tmp_path):
    database = _open_copy(demo_template, tmp_path)
    yield database
    dbmod.close_database()


def _user(username):
    from models.core.users import User

    return User.get(User.username == username)


def _window(qtbot, username, size):
    window = MainWindow(Session(_user(username), "demo.db"))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    return window


def _cut_labels_of_any_kind(widget) -> list[str]:
    """Single-line labels (captions and values) whose text is wider than the label (e.g. "2 Dalam Perhati")."""
    from ui.shell.screenshots import _plain

    cut = []
    for label in widget.findChildren(QLabel):
        if not label.isVisible() or label.wordWrap() or label.property("elided") or not label.text():
            continue
        if label.pixmap() is not None and not label.pixmap().isNull():
            continue
        text = _plain(label.text())
        if label.textFormat() == Qt.RichText or "<" in label.text():
            continue  # rich text is laid out by a document, measured differently
        need = max(label.fontMetrics().horizontalAdvance(line) for line in text.splitlines() or [""])
        if need > label.contentsRect().width() + 1:
            cut.append(f"{text!r}: {label.contentsRect().width()} px < {need} px")
    return cut


@pytest.mark.parametrize("size", SIZES)
def test_every_page_fits_a_small_laptop_without_cutting_a_figure(qtbot, demo_db, size):
    window = _window(qtbot, "kacab", size)
    problems = {}
    for key in list(window._keys):
        page = window.show_page(key)
        if isinstance(page, PlaceholderPage):
            continue
        if key == "cashier":
            _at_the_counter(page)  # a customer with arrears at the counter: the busiest this page gets
        if getattr(page, "loading", None) is not None:
            page.loading.wait()  # the dashboard reads its figures on a worker
        QApplication.processEvents()
        assert (window.width(), window.height()) == size, f"{key}: the window grew to {window.size()}"
        bar = window.statusBar()
        assert QRect(0, 0, *size).contains(bar.geometry()), f"{key}: the status bar is off the window"
        cut = [f"{t!r} ({w} px < {n} px)" for t, w, n in cut_money_labels(window)]
        cut += _cut_labels_of_any_kind(page)
        if cut:
            problems[key] = cut
        if size == SIZES[0]:
            window.grab().save(f"/tmp/fit_{key}.png")
    assert problems == {}


def test_every_settings_tab_fits(qtbot, demo_db):
    window = _window(qtbot, "manajer", SIZES[0])
    page = window.show_page("settings")
    problems = {}
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        tab = page.tabs.widget(index)
        cut = _cut_labels_of_any_kind(tab) + [t for t, _w, _n in cut_money_labels(window)]
        if cut:
            problems[page.tabs.tabText(index)] = cut
        window.grab().save(f"/tmp/fit_settings_{index}.png")
    assert (window.width(), window.height()) == SIZES[0]
    assert problems == {}


def test_the_loans_list_shows_arrears_without_scrolling_and_totals_what_is_filtered(qtbot, demo_db):
    from models.core.money import format_rupiah
    from models.loans.loans import Loan
    from ui.loans.page import COL_COLL, COL_DPD

    window = _window(qtbot, "kacab", SIZES[0])
    page = window.show_page("loans")
    QApplication.processEvents()
    table = page.table
    for column in (COL_DPD, COL_COLL):
        right = table.columnViewportPosition(column) + table.columnWidth(column)
        assert 0 <= table.columnViewportPosition(column) and right <= table.viewport().width()
        from ui.common.tables import header_width

        assert header_width(table, column, padding=20) <= table.columnWidth(column)
    active = Loan.select().where(Loan.status == "active")
    total = sum((l.outstanding_principal for l in active), 0)
    assert page.count.text().startswith(f"{active.count()} pinjaman")
    assert format_rupiah(total) in page.count.text()
    page.klass.setCurrentIndex(2)  # class 3–5: the footer follows the filter
    shown = page.model.rowCount()
    assert 0 < shown < active.count() and page.count.text().startswith(f"{shown} pinjaman")
    npl = sum((Loan.get_by_id(page.model.loan_id(r)).outstanding_principal for r in range(shown)), 0)
    assert format_rupiah(npl) in page.count.text()


def test_the_default_window_follows_the_screen():
    assert default_size(QRect(0, 0, 1366, 728)) == QSize(1280, 688)
    assert default_size(QRect(0, 0, 1280, 720)) == QSize(1240, 680)
    assert default_size(QRect(0, 0, 1920, 1040)) == QSize(1280, 800)
    assert default_size(QRect(0, 0, 1024, 600)) == QSize(984, 600)  # never below the minimum


@pytest.mark.parametrize("username, page_key", [("kasir", "cashier"), ("kolektor", "collections"),
                                                ("cmo1", "home"), ("akuntan", "ledger"),
                                                ("admin", "settings")])
def test_each_role_starts_where_it_works(qtbot, demo_db, username, page_key):
    window = _window(qtbot, username, SIZES[0])
    assert window._keys[window.sidebar.currentRow()] == page_key


def test_the_cashier_starts_typing_into_the_search_box(qtbot, demo_db):
    window = _window(qtbot, "kasir", SIZES[0])
    qtbot.waitExposed(window)
    page = window.page("cashier")
    window.activateWindow()
    page.focus_first()
    assert page.focusWidget() is page.search or QApplication.focusWidget() is page.search


def test_the_measure_catches_a_cut_figure(qtbot):
    """The check above can fail: a figure squeezed into too little room is reported, a roomy one is not."""
    from PySide6.QtWidgets import QHBoxLayout, QWidget

    holder = QWidget()
    qtbot.addWidget(holder)
    row = QHBoxLayout(holder)
    cut, whole = QLabel("Rp 12.502.800"), QLabel("Rp 12.502.800")
    cut.setFixedWidth(40)
    row.addWidget(cut)
    row.addWidget(whole)
    holder.resize(400, 40)
    holder.show()
    QApplication.processEvents()
    found = cut_money_labels(holder)
    assert [t for t, _w, _n in found] == ["Rp 12.502.800"] and found[0][1] < found[0][2]
    assert _cut_labels_of_any_kind(holder) == [f"'Rp 12.502.800': {cut.contentsRect().width()} px < "
                                               f"{cut.fontMetrics().horizontalAdvance('Rp 12.502.800')} px"]


def test_the_setup_checklist_shows_until_the_office_is_ready(qtbot, db, staff):
    from models.core.office_profile import update_profile
    from models.setup.office_setup import install_defaults, ready_to_disburse

    window = _window(qtbot, "admin", SIZES[0])
    panel = window.checklist
    qtbot.waitUntil(panel.isVisible)  # read right after the first paint
    assert panel.isVisible() and "Pasang bagan akun" in panel.text.text()
    assert "oleh: Administrator, Manajer, Akuntan" in panel.text.text()
    install_defaults(staff.admin, "leasing")
    update_profile(staff.admin, licence="KEP-9/NB.1/2024", signatory_name="Sri Wahyuni",
                   signatory_title="Kepala Cabang")
    assert ready_to_disburse()
    window.session.notify("settings")
    assert not panel.isVisible()
