"""The look: icons for every purpose the app names, the palette and style sheet, and a rendered sample screen."""
from decimal import Decimal

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QMainWindow, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ui.common.theme import COLORS, ICON_NAMES, apply_theme, icon, resource_path
from ui.common.money_edit import MoneyEdit

# Qt's offscreen platform warns when a top-level window is shown; that is the test platform, not the theme.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _ink(image, color: QColor) -> int:
    """How many pixels of ``image`` are opaque and close to ``color``."""
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            px = image.pixelColor(x, y)
            if px.alpha() > 200 and abs(px.red() - color.red()) < 40 and abs(px.green() - color.green()) < 40 \
                    and abs(px.blue() - color.blue()) < 40:
                count += 1
    return count


def test_every_icon_the_app_names_exists_and_draws_in_the_text_colour(qapp):
    apply_theme(qapp)
    text = qapp.palette().color(QPalette.ColorRole.WindowText)
    for name in ICON_NAMES:
        ic = icon(name)
        assert not ic.isNull(), name
        image = ic.pixmap(QSize(24, 24)).toImage()
        assert _ink(image, text) > 15, f"{name} is invisible on a light background"


def test_icons_are_cached_and_take_a_colour(qapp):
    assert icon("loans") is icon("loans")
    red = QColor(COLORS["error"])
    image = icon("error", color=red).pixmap(QSize(32, 32)).toImage()
    assert _ink(image, red) > 20
    # Selected rows are white-on-accent: the icon follows.
    selected = icon("loans").pixmap(QSize(32, 32), QIcon.Mode.Selected).toImage()
    assert _ink(selected, QColor("#ffffff")) > 20


def test_icons_are_crisp_at_high_dpi(qapp):
    pixmap = icon("customers").pixmap(QSize(20, 20), 2.0)
    assert pixmap.devicePixelRatio() == 2.0
    assert pixmap.width() == 40  # rendered from the SVG at device pixels, not scaled up from 20


def test_a_misspelt_icon_fails_loudly():
    with pytest.raises(KeyError, match="customer"):
        icon("cutsomers")


def test_icon_folder_is_licensed_and_documented():
    folder = resource_path("icons")
    assert sorted(p.stem for p in folder.glob("*.svg")) == sorted(ICON_NAMES)
    assert "ISC License" in (folder / "LICENSE").read_text(encoding="utf-8")
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "lucide-static" in readme
    for name in ICON_NAMES:
        assert f"| {name} |" in readme


def test_apply_theme_sets_fusion_palette_font_and_sheet(qapp):
    apply_theme(qapp)
    size = qapp.font().pointSizeF()
    base = qapp.property("angsurBaseFontPointSize")
    assert size == base + 1
    apply_theme(qapp)  # twice (a settings dialog re-applies it) must not grow the font again
    assert qapp.font().pointSizeF() == size
    assert qapp.palette().color(QPalette.ColorRole.Highlight) == QColor(COLORS["accent"])
    sheet = qapp.styleSheet()
    for selector in ("#navSidebar", "#pageTitle", '[primary="true"]', '[invalid="true"]', "QHeaderView",
                     "QGroupBox", "QStatusBar", ":focus"):
        assert selector in sheet
    assert "@" not in sheet  # every token was filled


def test_invalid_money_field_is_drawn_with_the_error_border(qapp, qtbot):
    apply_theme(qapp)
    edit = MoneyEdit(minimum=Decimal("100000"))
    qtbot.addWidget(edit)
    edit.resize(240, 32)
    edit.show()
    edit.setValue(Decimal("5000"))
    assert _ink(edit.grab().toImage(), QColor(COLORS["error"])) > 100
    edit.setValue(Decimal("500000"))
    assert _ink(edit.grab().toImage(), QColor(COLORS["error"])) == 0


def _sample_window() -> QMainWindow:
    window = QMainWindow()
    window.resize(1000, 760)
    central = QWidget()
    row = QHBoxLayout(central)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(0)
    nav = QListWidget()
    nav.setObjectName("navSidebar")
    nav.setFixedWidth(200)
    for name in ICON_NAMES:
        QListWidgetItem(icon(name), name.replace("-", " ").capitalize(), nav)
    nav.setCurrentRow(2)
    row.addWidget(nav)
    page = QWidget()
    column = QVBoxLayout(page)
    title = QLabel("Pembayaran Angsuran")
    title.setObjectName("pageTitle")
    column.addWidget(title)
    group = QGroupBox("Data pembayaran")
    form = QFormLayout(group)
    paid = MoneyEdit()
    paid.setValue(Decimal("1250000"))
    form.addRow("Jumlah bayar", paid)
    too_small = MoneyEdit(minimum=Decimal("100000"))
    too_small.setValue(Decimal("5000"))
    form.addRow("Pokok pinjaman", too_small)
    column.addWidget(group)
    save = QPushButton(icon("save", color="#ffffff"), "Simpan")
    save.setProperty("primary", True)
    column.addWidget(save)
    table = QTableWidget(4, 2)
    table.setHorizontalHeaderLabels(["Jatuh tempo", "Angsuran"])
    for r in range(4):
        table.setItem(r, 0, QTableWidgetItem(f"0{r + 1}/01/2027"))
        table.setItem(r, 1, QTableWidgetItem("Rp 1.250.000"))
    column.addWidget(table)
    row.addWidget(page, 1)
    window.setCentralWidget(central)
    window.statusBar().showMessage("Kasir: Siti")
    return window


def test_sample_screen_renders(qapp, qtbot, tmp_path):
    apply_theme(qapp)
    window = _sample_window()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    image = window.grab()
    assert image.save(str(tmp_path / "theme_sample.png"))
    assert image.width() >= 1000
    nav = window.findChild(QListWidget, "navSidebar")
    assert nav.iconSize() == QSize(20, 20)  # from the style sheet
    # The selected sidebar row is painted in the accent.
    assert _ink(nav.grab().toImage(), QColor(COLORS["accent"])) > 2000
