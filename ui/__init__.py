"""Angsur's screens (PySide6 only), one folder per area of the office, mirroring ``models/``:

``shell`` (application start, login, main window, screenshots), ``customers``, ``credit`` (quote,
applications, survey, approval), ``loans`` (loan list and loan view), ``cashier``, ``ledger``, ``settings``;
``common`` holds what every area shares: the page base, dialogs, the lazy table model, tables, the money editor,
printing, theme, translations and labels.  Screens call ``models`` and ``reports``; they hold no business rule
that ``models`` would not enforce on its own.
"""

from ui.common.qt_compat import keep_none_alive

keep_none_alive()  # shiboken6 6.12 drops references to None on Python 3.11 (see ui/common/qt_compat.py)
