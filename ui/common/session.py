"""The logged-in session: who is working, on which database, and a change signal pages listen to.

Shape taken from Anki's operations: a models/ function does one user action and returns; the page that called
it then calls :meth:`Session.notify` with a topic ("customers", "loans", "ledger", …) and every other page
that shows that data refreshes itself, instead of each page polling the database.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from models.core.users import User, has_permission


class Session(QObject):
    changed = Signal(str)
    userChanged = Signal(object)

    def __init__(self, user: User | None, db_label: str = "", parent: QObject | None = None):
        super().__init__(parent)
        self.user = user
        self.db_label = db_label

    def can(self, permission: str) -> bool:
        return has_permission(self.user, permission)

    def notify(self, topic: str) -> None:
        self.changed.emit(topic)

    def set_user(self, user: User) -> None:
        self.user = user
        self.userChanged.emit(user)
