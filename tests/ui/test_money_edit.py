"""MoneyEdit at the cashier's counter: typing, correcting, pasting and range checks on a Rupiah field."""
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from models.core.money import MoneyError
from ui.common.money_edit import MoneyEdit, regroup

# Qt's offscreen platform warns when a top-level window is shown; that is the test platform, not the widget.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def edit(qtbot):
    widget = MoneyEdit()
    qtbot.addWidget(widget)
    widget.show()
    widget.setFocus()
    return widget


def test_cashier_types_an_installment_and_sees_it_grouped(edit, qtbot):
    seen = []
    edit.valueChanged.connect(seen.append)
    qtbot.keyClicks(edit, "1250000")
    assert edit.text() == "1.250.000"
    assert edit.value() == Decimal("1250000")
    assert edit.cursorPosition() == len("1.250.000")
    assert seen[-1] == Decimal("1250000")
    assert all(isinstance(v, Decimal) for v in seen)
    assert edit.alignment() & Qt.AlignmentFlag.AlignRight


def test_backspace_in_the_middle_keeps_grouping_and_caret(edit, qtbot):
    qtbot.keyClicks(edit, "1250000")
    edit.setCursorPosition(len("1.250"))  # after the 0 of "250"
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.text() == "125.000"
    assert edit.text()[:edit.cursorPosition()].replace(".", "") == "125"
    # Typing a digit there puts it back where it was.
    qtbot.keyClicks(edit, "0")
    assert edit.text() == "1.250.000"
    assert edit.cursorPosition() == len("1.250")


def test_backspace_after_a_dot_removes_the_digit_before_it(edit, qtbot):
    qtbot.keyClicks(edit, "1250000")
    edit.setCursorPosition(len("1.250."))
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.text() == "125.000"
    assert edit.value() == Decimal("125000")
    qtbot.keyClick(edit, Qt.Key.Key_Delete)  # caret sits before the dot now: Delete removes the next digit
    assert edit.value() == Decimal("12500")


def test_paste_with_prefix_or_plain_digits(edit, qtbot):
    clipboard = QApplication.clipboard()
    clipboard.setText("Rp 1.250.000")
    edit.paste()
    assert edit.text() == "1.250.000"
    assert edit.value() == Decimal("1250000")
    edit.clear()
    clipboard.setText("1250000")
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert edit.text() == "1.250.000"


def test_letters_and_a_comma_without_sen_are_refused(edit, qtbot):
    qtbot.keyClicks(edit, "12a5x,")
    assert edit.text() == "125"
    QApplication.clipboard().setText("dua juta")
    edit.paste()
    assert edit.text() == "125"


def test_sen_after_a_comma_when_allowed(qtbot):
    edit = MoneyEdit(allow_sen=True)
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit, "1250000,505")  # the third sen digit is refused
    assert edit.text() == "1.250.000,50"
    assert edit.value() == Decimal("1250000.50")


def test_leading_zeros_and_empty_field(edit, qtbot):
    qtbot.keyClicks(edit, "0005")
    assert edit.text() == "5"
    edit.clear()
    assert edit.value() is None


def test_set_value_shows_grouping_and_refuses_what_would_need_rounding(qtbot):
    edit = MoneyEdit()
    qtbot.addWidget(edit)
    with qtbot.waitSignal(edit.valueChanged) as blocker:
        edit.setValue(Decimal("3500000"))
    assert blocker.args == [Decimal("3500000")]
    assert edit.text() == "3.500.000"
    with pytest.raises(MoneyError):
        edit.setValue(Decimal("10.5"))
    with pytest.raises(MoneyError):
        edit.setValue(Decimal("-1"))
    edit.setValue(None)
    assert edit.value() is None


def test_out_of_range_is_shown_invalid_with_a_reason(qtbot):
    edit = MoneyEdit(minimum=Decimal("500000"), maximum=Decimal("50000000"))
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit, "5")
    assert edit.property("invalid") is True
    assert edit.errorText() == "Minimal Rp 500.000"
    assert not edit.isValid()
    qtbot.keyClicks(edit, "00000")
    assert edit.property("invalid") is False
    assert edit.errorText() == ""
    edit.setValue(Decimal("75000000"))
    assert edit.property("invalid") is True
    assert edit.errorText() == "Maksimal Rp 50.000.000"
    edit.setMaximum(None)
    assert edit.isValid()


def test_prefix_is_not_text_and_tab_moves_on(qtbot):
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
    form = QWidget()
    layout = QVBoxLayout(form)
    amount, note = MoneyEdit(), QLineEdit()
    layout.addWidget(amount)
    layout.addWidget(note)
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    amount.setFocus()
    qtbot.waitUntil(amount.hasFocus)
    amount.setValue(Decimal("1000"))
    assert "Rp" not in amount.text()
    assert amount.textMargins().left() > 0  # room for the "Rp" label
    qtbot.keyClick(amount, Qt.Key.Key_Tab)
    assert note.hasFocus()


@pytest.mark.parametrize("text,pos,sen,expected", [
    ("1.2500.000", 6, False, ("12.500.000", 6)),
    (",5", 2, True, ("0,5", 3)),
    ("1.250.000,00", 12, False, ("1.250.000", 9)),
    ("1.250.000,50", 12, False, None),
    ("9" * 16, 16, False, None),
])
def test_regroup_rules(text, pos, sen, expected):
    assert regroup(text, pos, sen) == expected
