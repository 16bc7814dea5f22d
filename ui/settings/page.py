"""Settings: a tab per module, discovered from the ``*_tab`` modules of the ``ui.settings`` package.

Each such module defines ``TAB_ORDER``, ``tab_title()`` and ``class Tab(QWidget)`` taking the session; a tab
whose ``PERMISSION`` (optional) the user lacks is not shown.  Discovery keeps this page ignorant of the
modules' details: products, chart of accounts, users, permissions, backups, dealers each bring their own tab.
"""
from __future__ import annotations

import importlib
import pkgutil

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

import ui.settings
from ui.common.focus import chain_as_laid_out
from ui.common.page_base import Page, build_guarded
from ui.common.session import Session


def discover_tabs() -> list:
    modules = []
    for info in pkgutil.iter_modules(ui.settings.__path__):
        if not info.name.endswith("_tab"):
            continue
        module = importlib.import_module(f"ui.settings.{info.name}")
        if hasattr(module, "Tab") and hasattr(module, "tab_title"):
            modules.append(module)
    return sorted(modules, key=lambda m: (getattr(m, "TAB_ORDER", 100), m.__name__))


class SettingsPage(Page):
    topics = ("settings",)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(session, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label(self.tr("Pengaturan")))
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        for module in discover_tabs():
            permission = getattr(module, "PERMISSION", None)
            if permission and not session.can(permission):
                continue
            # Each tab reads the file while it is built: on a damaged file one tab shows the reason in its
            # place and the others still open (issue 19, item 5).
            tab = build_guarded(lambda module=module: module.Tab(session))
            if getattr(tab, "tab_chain", None) is None:
                chain_as_laid_out(tab)  # a tab that states no order of its own tabs in reading order
            self.tabs.addTab(tab, module.tab_title())

    def refresh(self) -> None:
        current = self.tabs.currentWidget()
        if current is not None and hasattr(current, "refresh"):
            current.refresh()  # a failure here is answered by Page.safe_refresh
