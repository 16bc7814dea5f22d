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
