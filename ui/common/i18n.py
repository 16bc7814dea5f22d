"""Translations: Indonesian is the source language; English comes from resources/i18n/angsur_en.qm."""
from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ui.common.theme import resource_path

_installed: list[QTranslator] = []


def install_translations(app: QApplication, lang: str | None) -> str:
    """Install the translators for ``lang`` ("id" default, or "en"); returns the language used."""
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    lang = (lang or "id").lower()
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.English, QLocale.UnitedStates))
        ours = QTranslator(app)
        if ours.load(str(resource_path("i18n", "angsur_en.qm"))):
            app.installTranslator(ours)
            _installed.append(ours)
    else:
        lang = "id"
        QLocale.setDefault(QLocale(QLocale.Indonesian, QLocale.Indonesia))
        qt_tr = QTranslator(app)  # Qt's own dialogs (OK/Cancel …) in Indonesian where Qt ships them
        if qt_tr.load(QLocale(QLocale.Indonesian), "qtbase", "_",
                      QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
            app.installTranslator(qt_tr)
            _installed.append(qt_tr)
    return lang


# --------------------------------------------------------------------------------------- standard buttons
#: Qt ships no Indonesian translation of its own buttons (no qtbase_id.qm), so an Indonesian UI showed "Close",
#: "Cancel", "Yes".  Each standard button still wearing Qt's English text gets ours when its box is shown.
_STANDARD = None


def _standard_texts() -> dict:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QDialogButtonBox as B

    translate = QCoreApplication.translate  # literals, so lupdate extracts each
    return {B.Ok: translate("buttons", "OK"), B.Cancel: translate("buttons", "Batal"),
            B.Close: translate("buttons", "Tutup"), B.Save: translate("buttons", "Simpan"),
            B.Yes: translate("buttons", "Ya"), B.No: translate("buttons", "Tidak"),
            B.Apply: translate("buttons", "Terapkan"), B.Discard: translate("buttons", "Buang"),
            B.Open: translate("buttons", "Buka"), B.Reset: translate("buttons", "Atur ulang"),
            B.Help: translate("buttons", "Bantuan"), B.Abort: translate("buttons", "Batalkan"),
            B.Retry: translate("buttons", "Coba lagi"), B.Ignore: translate("buttons", "Abaikan")}


QT_ENGLISH = {"OK", "&OK", "Cancel", "&Cancel", "Close", "&Close", "Save", "&Save", "Yes", "&Yes", "No", "&No",
              "Apply", "&Apply", "Discard", "&Discard", "Open", "&Open", "Reset", "&Reset", "Help", "&Help",
              "Abort", "&Abort", "Retry", "&Retry", "Ignore", "&Ignore"}


def relabel_buttons(box) -> None:
    """Give a QDialogButtonBox's standard buttons the application's words (kept when a screen set its own)."""
    for standard, text in _standard_texts().items():
        button = box.button(standard)
        if button is not None and button.text() in QT_ENGLISH:
            button.setText(text)


def install_button_texts(app: QApplication) -> None:
    """Relabel every standard button box when it is first shown (dialogs, message boxes, wizards' boxes)."""
    global _STANDARD
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QDialogButtonBox

    class _Relabel(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Show and isinstance(obj, QDialogButtonBox):
                relabel_buttons(obj)
            return False

    if _STANDARD is None:
        _STANDARD = _Relabel(app)
        app.installEventFilter(_STANDARD)
