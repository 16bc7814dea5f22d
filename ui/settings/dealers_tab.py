"""Settings → Dealer: the dealers a leasing office works with and their salespeople (see ``ui/customers/dealers.py``)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.customers.dealers import DealersWidget

TAB_ORDER = 35


def tab_title() -> str:
    return QCoreApplication.translate("DealersTab", "Dealer")


class Tab(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.dealers = DealersWidget(session, self)
        layout.addWidget(self.dealers)
