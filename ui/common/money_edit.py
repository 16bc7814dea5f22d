"""MoneyEdit: the one Rupiah input used on every form (payments, loan amounts, fees, savings).

The cashier types digits and sees them grouped the Indonesian way as they type (``1.250.000``); the caret
stays next to the digit it was next to, because a field that throws the caret to the end while someone corrects
the middle digit causes wrong amounts at the counter.

The regrouping is done inside a ``QValidator``: ``QLineEdit`` passes every edit (typing, deleting, pasting from
the keyboard or the context menu, drag-and-drop) through ``validate()``, which may rewrite the text and the
caret.  Returning ``Invalid`` makes the line edit refuse the edit outright, which is how letters are refused.
Out-of-range amounts are *not* refused: they are shown (red border, tooltip) so the user can type ``5`` on the
way to ``500.000``.

Numbers are read with :func:`models.core.money.parse_rupiah` and written with :func:`models.core.money.format_amount`;
the widget never holds a float.
"""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette, QValidator
from PySide6.QtWidgets import QLabel, QLineEdit, QStyle, QStyleOptionFrame, QWidget

from models.core.money import D, MoneyError, format_amount, format_rupiah, parse_rupiah

__all__ = ["MoneyEdit", "regroup"]

#: Whole-rupiah digits accepted: 15 is a quadrillion rupiah, far beyond any office yet inside a BIGINT of sen.
MAX_WHOLE_DIGITS = 15


def regroup(text: str, pos: int, allow_sen: bool) -> tuple[str, int] | None:
    """Re-format what is in the field after an edit, keeping the caret beside the same digit.

    Args:
        text: the raw field content after the edit (may hold misplaced dots, a pasted ``Rp`` prefix, spaces).
        pos: the caret position in ``text``.
        allow_sen: whether a comma and up to two sen digits are allowed.
    Returns:
        ``(formatted, caret)``, or ``None`` when the edit must be refused (letters, a second comma, sen when
        they are not allowed, a third sen digit, too many digits).
    """
    before, after = text[:pos], text[pos:]
    stripped = before.lstrip()
    if stripped[:2].lower() == "rp":  # a pasted "Rp 1.250.000"; the prefix is shown by the widget itself
        before = stripped[2:]
    before = before.replace(" ", "").replace("\u00a0", "")
    after = after.replace(" ", "").replace("\u00a0", "")
    raw = before + after
    if any(ch not in "0123456789.," for ch in raw) or raw.count(",") > 1:
        return None
    # Significant characters are digits and the comma; dots are ours to place.
    caret = sum(1 for ch in before if ch != ".")
    digits = raw.replace(".", "")
    whole, comma, frac = digits.partition(",")
    if comma and not allow_sen:
        # A pasted "1.250.000,00" loses nothing when the sen are dropped; anything else would change the amount.
        if not frac or frac.strip("0"):
            return None
        caret = min(caret, len(whole))
        comma, frac = "", ""
    if len(frac) > 2 or len(whole.lstrip("0")) > MAX_WHOLE_DIGITS:
        return None
    trimmed = whole.lstrip("0")
    if not trimmed and (whole or comma):
        trimmed = "0"  # "0" and "0,5" keep their zero; only *leading* zeros go
    caret = max(0, caret - (len(whole) - len(trimmed)))
    formatted = (format_amount(D(trimmed), 0) if trimmed else "") + comma + frac
    # Walk the formatted text until `caret` significant characters have been passed.
    new_pos, seen = 0, 0
    while new_pos < len(formatted) and seen < caret:
        if formatted[new_pos] != ".":
            seen += 1
        new_pos += 1
    return formatted, new_pos


class _RupiahValidator(QValidator):
    def __init__(self, edit: "MoneyEdit"):
        super().__init__(edit)
        self._edit = edit

    def validate(self, text: str, pos: int):
        result = regroup(text, pos, self._edit.allowSen())
        if result is None:
            return QValidator.State.Invalid, text, pos
        formatted, new_pos = result
        return QValidator.State.Acceptable, formatted, new_pos


class MoneyEdit(QLineEdit):
    """A right-aligned Rupiah field with a fixed "Rp" prefix, live grouping and an optional range.

    Signals:
        valueChanged(object): the new amount as ``Decimal``, or ``None`` when the field is emptied.
    """

    valueChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, allow_sen: bool = False,
                 minimum: Decimal | None = None, maximum: Decimal | None = None):
        super().__init__(parent)
        self._allow_sen = allow_sen
        self._minimum = D(minimum) if minimum is not None else None
        self._maximum = D(maximum) if maximum is not None else None
        self._last_value: Decimal | None = None
        self._error = ""
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.setValidator(_RupiahValidator(self))
        self.setPlaceholderText("0")

        # The prefix is a label inside the frame, not text: it cannot be deleted, selected or copied with the
        # amount, and it takes no focus (Tab goes straight to the next field).
        self._prefix = QLabel("Rp", self)
        self._prefix.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._prefix.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._prefix.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._prefix.setObjectName("moneyPrefix")

        self.textChanged.connect(self._on_text_changed)
        self._place_prefix()

    # --- value ---------------------------------------------------------------------------------------

    def value(self) -> Decimal | None:
        """The amount shown, or ``None`` when the field is empty."""
        text = self.text().rstrip(",")  # "1.000," while the user is about to type sen
        if not text:
            return None
        return parse_rupiah(text)

    def setValue(self, value: Decimal | int | str | None) -> None:
        """Show ``value`` (``None`` clears the field).

        Raises:
            MoneyError: for negative amounts, and for sen when the field was built with ``allow_sen=False``
                (rounding is the domain's job, through ``round_money``, not the widget's).
        """
        if value is None:
            self.clear()
            return
        amount = D(value)
        if amount < 0:
            raise MoneyError(f"MoneyEdit holds amounts of zero or more, not {amount}")
        if amount != amount.to_integral_value() and not self._allow_sen:
            raise MoneyError(f"{amount} has sen but this field takes whole rupiah; round it first")
        self.setText(format_amount(amount))

    def allowSen(self) -> bool:
        return self._allow_sen

    def setAllowSen(self, allow: bool) -> None:
        self._allow_sen = allow

    # --- range ---------------------------------------------------------------------------------------

    def minimum(self) -> Decimal | None:
        return self._minimum

    def setMinimum(self, minimum: Decimal | None) -> None:
        self._minimum = D(minimum) if minimum is not None else None
        self._check()

    def maximum(self) -> Decimal | None:
        return self._maximum

    def setMaximum(self, maximum: Decimal | None) -> None:
        self._maximum = D(maximum) if maximum is not None else None
        self._check()

    def setRange(self, minimum: Decimal | None, maximum: Decimal | None) -> None:
        self._minimum = D(minimum) if minimum is not None else None
        self._maximum = D(maximum) if maximum is not None else None
        self._check()

    def errorText(self) -> str:
        """Why the amount is not acceptable (in the UI language), or ``""`` when it is."""
        return self._error

    def isValid(self) -> bool:
        """True when the field is empty or its amount lies within the range."""
        return not self._error

    # --- internals -----------------------------------------------------------------------------------

    def _on_text_changed(self, _text: str) -> None:
        self._check()
        value = self.value()
        if value != self._last_value:
            self._last_value = value
            self.valueChanged.emit(value)

    def _check(self) -> None:
        value = self.value()
        error = ""
        if value is not None and self._minimum is not None and value < self._minimum:
            error = QCoreApplication.translate("MoneyEdit", "Minimal {amount}").format(
                amount=format_rupiah(self._minimum))
        elif value is not None and self._maximum is not None and value > self._maximum:
            error = QCoreApplication.translate("MoneyEdit", "Maksimal {amount}").format(
                amount=format_rupiah(self._maximum))
        if error == self._error and self.property("invalid") is not None:
            return
        self._error = error
        self.setToolTip(error)
        self.setProperty("invalid", bool(error))
        # Style sheets match dynamic properties only when the widget is re-polished.
        self.style().unpolish(self)
        self.style().polish(self)
        self._place_prefix()
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Backspace right after a grouping dot (or Delete right before one) would only remove the dot, which
        # regrouping puts straight back: step over it so the key removes the digit the user meant.
        if not self.hasSelectedText():
            text, pos = self.text(), self.cursorPosition()
            if event.key() == Qt.Key.Key_Backspace and pos > 0 and text[pos - 1] == ".":
                self.setCursorPosition(pos - 1)
            elif event.key() == Qt.Key.Key_Delete and pos < len(text) and text[pos] == ".":
                self.setCursorPosition(pos + 1)
        super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_prefix()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if hasattr(self, "_prefix"):  # font or style changes alter the prefix width
            self._place_prefix()

    def _place_prefix(self) -> None:
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        margins = self.textMargins()
        contents = self.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, self)
        self._prefix.setFont(self.font())
        hint = self._prefix.sizeHint()
        gap = self.fontMetrics().horizontalAdvance(" ")
        wanted = hint.width() + gap
        if margins.left() != wanted:
            self.setTextMargins(wanted, margins.top(), margins.right(), margins.bottom())
        self._prefix.setGeometry(contents.left() + 2, contents.top(), hint.width(), contents.height())
