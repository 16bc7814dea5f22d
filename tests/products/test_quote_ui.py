"""The Simulasi screen: the CMO types a price, picks DP and tenors, reads the table and copies it."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from models.core.money import D
from models.core.users import system_context
from models.products import products


@pytest.fixture
def page(qtbot, staff):
    from ui.common.session import Session
    from ui.credit.quote_page import QuotePage

    with system_context():
        for kind in ("leasing", "bpr"):
            products.install_default_products(kind)
    session = Session(staff.cmo1, "test")
    widget = QuotePage(session)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def cell(page, row, col):
    model = page.model
    return model.data(model.index(row, col))


def test_cmo_quotes_a_motorcycle_and_copies_it(page, qtbot, qtmodeltester, tmp_path):
    from ui.credit.quote_page import QuoteTableModel as M

    page.product.setCurrentIndex(page.product.findData("KM"))
    qtbot.keyClicks(page.otr, "25000000")
    assert page.otr.text() == "25.000.000"
    page.dp_pct.clear()
    qtbot.keyClicks(page.dp_pct, "20")
    for n, box in page.tenor_boxes.items():
        box.setChecked(n in (12, 24, 36))
    assert page.model.rowCount() == 3
    assert cell(page, 0, M.COL_TENOR) == "12 bulan"
    # 12 months: insurance 625.000 financed → 20.625.000; 1.718.750 + 412.500 = 2.131.250 → up to Rp 100
    assert cell(page, 0, M.COL_FINANCED) == "Rp 20.625.000"
    assert cell(page, 0, M.COL_INSTALLMENT) == "Rp 2.131.300"
    assert page.model.data(page.model.index(0, M.COL_INSTALLMENT), Qt.ItemDataRole.UserRole) == 213_130_000
    assert page.quote().row(24).installment == page.quote().rows[1].installment
    qtmodeltester.check(page.model)

    # The schedule of the selected tenor is shown beneath; choosing 36 months shows 36 rows.
    assert page.schedule_model.rowCount() == 12
    page.table.selectRow(2)
    assert page.schedule_model.rowCount() == 36
    qtmodeltester.check(page.schedule_model)

    text = page.copy_to_clipboard()
    assert QApplication.clipboard().text() == text
    assert "*12 bln*: Rp 2.131.300/bln" in text

    pdf = page.save_pdf(tmp_path / "simulasi.pdf", open_after=False)
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")
    sched = page.save_schedule_pdf(tmp_path / "jadwal.pdf", open_after=False)
    assert sched.exists()
    page.grab().save("/tmp/quote_page.png")


def test_dp_below_minimum_shows_the_rule_instead_of_figures(page, qtbot):
    page.product.setCurrentIndex(page.product.findData("KM"))
    qtbot.keyClicks(page.otr, "25000000")
    page.dp_pct.clear()
    qtbot.keyClicks(page.dp_pct, "10")
    assert page.model.rowCount() == 0
    assert "DP minimum 20 % untuk roda dua (POJK 35/2018 Pasal 20, NPF > 5 %)" in page.message.text()
    assert not page.pdf_button.isEnabled()
    # DP as an amount: Rp 5.000.000 is exactly 20 %.
    page.dp_by_amount.setChecked(True)
    qtbot.keyClicks(page.dp_amount, "5000000")
    assert page.model.rowCount() == 3 and page.message.text() == ""


def test_working_capital_needs_no_dp(page, qtbot):
    page.product.setCurrentIndex(page.product.findData("KMK"))
    assert not page.vehicle.isEnabled() and not page.dp_pct.isEnabled()
    assert page.rate.text() == "14"
    qtbot.keyClicks(page.otr, "50000000")
    assert page.model.rowCount() == 3
    assert page.quote().dp == D(0) and page.quote().rows[0].amount_financed == D(50_000_000)


def test_manager_edits_a_product_in_settings(qtbot, staff, qtmodeltester):
    from ui.common.session import Session
    from ui.settings.products_tab import Tab

    with system_context():
        products.install_default_products("leasing")
    tab = Tab(Session(staff.manajer, "test"))
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    qtmodeltester.check(tab.model)
    assert tab.code.text() == "KM" and tab.code.isReadOnly()
    assert tab.dp_edits[("gt5", "two_wheel")].text() == "20"
    tab.rate_default.setText("26,5")
    tab.dp_edits[("gt5", "two_wheel")].setText("25")
    assert tab.save() is not None
    km = products.get_product("KM")
    assert km.rate_default == D("26.5") and km.dp_table()["gt5"]["two_wheel"] == "25"
    # Issue 13: the allocation order is a picker of the orders the cashier supports (never free text), and the
    # holiday rule, the payoff basis and the four-wheel multiguna DP are product settings.
    from PySide6.QtWidgets import QComboBox

    assert isinstance(tab.allocation, QComboBox) and tab.allocation.count() == len(products.ALLOCATION_ORDERS)
    tab.allocation.setCurrentIndex(tab.allocation.findData("interest,principal,fee"))
    tab.move_due.setChecked(True)
    tab.payoff_basis.setCurrentIndex(tab.payoff_basis.findData("effective"))
    assert tab.dp_edits[("unh5", "four_wheel_multiguna")].text() == "20"
    assert tab.save() is not None
    km = products.get_product("KM")
    assert (km.allocation_order, km.move_due_off_holidays, km.payoff_principal_basis) == (
        "interest,principal,fee", True, "effective")

    tab.new_product()
    tab.code.setText("KM-SY")
    tab.name.setText("Kredit Motor Syariah")
    product = tab.save()
    assert product.code == "KM-SY" and product.method == "flat"
    tab.toggle_active()
    assert not products.get_product("KM-SY").active
    tab.band.setCurrentIndex(tab.band.findData("3to5"))
    tab.store_band()
    assert products.npf_band() == "3to5"
    tab.grab().save("/tmp/products_tab.png")


def test_officer_sees_products_but_cannot_save(qtbot, staff):
    from ui.common.session import Session
    from ui.settings.products_tab import Tab

    tab = Tab(Session(staff.cmo1, "test"))
    qtbot.addWidget(tab)
    assert not tab.save_button.isEnabled() and not tab.save_band.isEnabled()
