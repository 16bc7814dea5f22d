"""The look of Angsur: palette, style sheet, fonts and icons, applied in one place.

A credit office works at the screen all day, so the theme aims for calm rather than flash: Qt's Fusion style
(identical on Windows, macOS and Linux, so a screenshot in the manual matches every branch), a light palette
with one deep teal accent, and a font one point larger than the system default.

Colours live only in :data:`COLORS`.  ``resources/style.qss`` refers to them as ``@name`` tokens which
:func:`apply_theme` substitutes, because Qt style sheets have no variables and a colour repeated in two files
drifts.

Icons come from the Lucide set (``resources/icons/README.md``).  They are stroke-only SVGs drawn in
``currentColor``, which Qt's SVG renderer would paint black or not at all, so :func:`icon` substitutes a real
colour and renders the SVG itself at whatever size and device-pixel ratio is asked for: icons stay crisp on
high-DPI screens without shipping bitmaps.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path
from types import MappingProxyType

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

__all__ = ["COLORS", "ICON_NAMES", "resource_path", "icon", "apply_theme", "style_sheet"]

#: The palette, by purpose.  The accent is a deep teal: reads as "bank", stays legible as white-on-accent.
COLORS = MappingProxyType({
    "accent": "#0b6e79",
    "accent_hover": "#09606a",
    "accent_pressed": "#074b53",
    "accent_soft": "#d5ecee",
    "window": "#f3f5f7",
    "base": "#ffffff",
    "alt_base": "#f2f7f8",
    "text": "#1d2b33",
    "muted": "#5f6f78",
    "disabled": "#9aa6ad",
    "border": "#c5cfd5",
    "sidebar": "#e4ecef",
    "header": "#e7eef1",
    "error": "#c62828",
    "error_bg": "#fdeeee",
    "warning": "#b26a00",
    "success": "#2e7d32",
})

#: Every icon the application uses, named by purpose (file ``resources/icons/<name>.svg``).
ICON_NAMES = (
    "customers", "applications", "loans", "cashier", "collections", "savings", "ledger", "reports",
    "settings", "search", "add", "edit", "delete", "save", "print", "pdf", "excel", "import", "export",
    "refresh", "filter", "user", "lock", "logout", "about", "warning", "error", "info", "check", "calendar",
    "money", "receipt", "approve", "reject", "backup", "restore", "dealer", "officer", "follow-up", "chart",
)

_BASE_FONT_PROPERTY = "angsurBaseFontPointSize"


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/``, from a source checkout or a frozen (PyInstaller) bundle.

    Args:
        parts: path components below ``resources/``, e.g. ``resource_path("icons", "loans.svg")``.
    Returns:
        The absolute path; existence is not checked (callers decide how loudly to fail).
    """
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parents[2]
    return root.joinpath("resources", *parts)


class _SvgIconEngine(QIconEngine):
    """Renders one tinted SVG at any size; disabled and selected states get the palette's colours."""

    def __init__(self, name: str, svg: str, color: str | None):
        super().__init__()
        self._name = name
        self._svg = svg
        self._color = color
        self._pixmaps: dict[tuple, QPixmap] = {}

    def _tint(self, mode: QIcon.Mode) -> str:
        app = QApplication.instance()
        palette = app.palette() if app is not None else QPalette()
        if mode == QIcon.Mode.Disabled:
            return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
        if mode == QIcon.Mode.Selected:
            # Selected rows paint white-on-accent; a dark icon there would vanish.
            return palette.color(QPalette.ColorRole.HighlightedText).name()
        return self._color or palette.color(QPalette.ColorRole.WindowText).name()

    def _renderer(self, color: str) -> QSvgRenderer:
        data = self._svg.replace("currentColor", color)
        return QSvgRenderer(QByteArray(data.encode("utf-8")))

    def paint(self, painter: QPainter, rect, mode, state):
        side = min(rect.width(), rect.height())
        target = QRectF(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side)
        self._renderer(self._tint(mode)).render(painter, target)

    def scaledPixmap(self, size: QSize, mode, state, scale: float) -> QPixmap:
        color = self._tint(mode)
        key = (size.width(), size.height(), scale, color)
        cached = self._pixmaps.get(key)
        if cached is not None:
            return cached
        pixmap = QPixmap(size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(pixmap.width(), pixmap.height())
        target = QRectF((pixmap.width() - side) / 2, (pixmap.height() - side) / 2, side, side)
        self._renderer(color).render(painter, target)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        self._pixmaps[key] = pixmap
        return pixmap

    def pixmap(self, size: QSize, mode, state) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def actualSize(self, size: QSize, mode, state) -> QSize:
        return size

    def clone(self) -> QIconEngine:
        return _SvgIconEngine(self._name, self._svg, self._color)

    def key(self) -> str:
        return "AngsurSvgIconEngine"

    def iconName(self) -> str:
        return self._name

    def isNull(self) -> bool:
        return False


_icon_cache: dict[tuple[str, str | None], QIcon] = {}
# QIcon holds its engine by pointer; keeping the Python engines here guarantees they outlive their icons.
_engines: list[_SvgIconEngine] = []


def icon(name: str, color: str | QColor | None = None) -> QIcon:
    """The application icon for a purpose, tinted to be visible on the current palette.

    Args:
        name: one of :data:`ICON_NAMES` (any ``resources/icons/<name>.svg`` works).
        color: a colour for the normal state (``"#c62828"``, a ``QColor``); ``None`` follows the palette's
            text colour.  Disabled and selected states always follow the palette.
    Returns:
        A cached ``QIcon`` that renders the SVG at any requested size.
    Raises:
        KeyError: if there is no such icon; a typo should fail at once, not show an empty button.
    """
    if isinstance(color, QColor):
        color = color.name()
    key = (name, color)
    cached = _icon_cache.get(key)
    if cached is not None:
        return cached
    path = resource_path("icons", f"{name}.svg")
    if not path.is_file():
        raise KeyError(f"no icon named {name!r}; known: {', '.join(ICON_NAMES)}")
    engine = _SvgIconEngine(name, path.read_text(encoding="utf-8"), color)
    _engines.append(engine)
    result = QIcon(engine)
    _icon_cache[key] = result
    return result


def _palette() -> QPalette:
    c = {k: QColor(v) for k, v in COLORS.items()}
    p = QPalette()
    role = QPalette.ColorRole
    for r, col in ((role.Window, c["window"]), (role.WindowText, c["text"]), (role.Base, c["base"]),
                   (role.AlternateBase, c["alt_base"]), (role.Text, c["text"]), (role.Button, c["header"]),
                   (role.ButtonText, c["text"]), (role.Highlight, c["accent"]),
                   (role.HighlightedText, QColor("#ffffff")), (role.ToolTipBase, c["base"]),
                   (role.ToolTipText, c["text"]), (role.PlaceholderText, c["muted"]), (role.Link, c["accent"]),
                   (role.BrightText, c["error"]), (role.Mid, c["border"]), (role.Midlight, c["alt_base"]),
                   (role.Dark, c["muted"]), (role.Light, c["base"]), (role.Shadow, c["muted"])):
        p.setColor(r, col)
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(disabled, r, c["disabled"])
    p.setColor(disabled, role.Highlight, c["border"])
    # Inactive windows keep the accent on selections: a cashier's selected row must not fade when a dialog opens.
    p.setColor(QPalette.ColorGroup.Inactive, role.Highlight, c["accent"])
    p.setColor(QPalette.ColorGroup.Inactive, role.HighlightedText, QColor("#ffffff"))
    return p


def style_sheet(base_point_size: float) -> str:
    """``resources/style.qss`` with its ``@colour`` and ``@font`` tokens filled in.

    Args:
        base_point_size: the application's body font size in points; titles are sized relative to it.
    Raises:
        KeyError: for a token the sheet uses but :data:`COLORS` does not define.
    """
    values = dict(COLORS)
    values["title_pt"] = f"{base_point_size + 5:g}pt"
    values["section_pt"] = f"{base_point_size + 1:g}pt"
    text = resource_path("style.qss").read_text(encoding="utf-8")

    def fill(match: re.Match) -> str:
        token = match.group(1)
        if token not in values:
            raise KeyError(f"style.qss uses unknown token @{token}")
        return values[token]

    text = re.sub(r"/\*.*?\*/", "", text, flags=re.DOTALL)  # comments may mention tokens in prose
    return re.sub(r"@([a-z_]+)", fill, text)


def apply_theme(app: QApplication) -> None:
    """Give ``app`` Angsur's look: Fusion style, the palette, a readable font and the style sheet.

    Safe to call more than once: the font grows by one point relative to the system default only once.
    """
    app.setStyle("Fusion")
    app.setPalette(_palette())
    base = app.property(_BASE_FONT_PROPERTY)
    font = QFont(app.font())
    if base is None:
        base = font.pointSizeF()
        if base <= 0:  # the platform gave a pixel size; points are what scale with DPI, so fall back to 9pt
            base = 9.0
        app.setProperty(_BASE_FONT_PROPERTY, base)
    font.setPointSizeF(base + 1)
    app.setFont(font)
    app.setStyleSheet(style_sheet(base + 1))
