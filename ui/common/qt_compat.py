"""Work-arounds for defects of the Qt binding itself, applied once when ``ui`` is first imported.

shiboken6 6.12.0 on CPython 3.11 drops one reference to ``None`` on every call of a void C++ method from Python
(``label.setText``, ``widget.update``, ``setFont`` …) and on every Python override of a void virtual
(``changeEvent``).  Before Python 3.12 (PEP 683, immortal objects) ``None`` is reference-counted, so after some
tens of thousands of such calls -- a long day at the counter, or a font change reaching every widget of a few
windows -- its count reaches zero and CPython aborts with "none_dealloc: deallocating None".  Measured here:
100.000 ``QLabel.setText`` calls abort a bare PySide6 script; the Settings page's six money fields lose ~680
references per theme change.

``None`` is a static object that is never freed, so giving it a very large reference count cannot leak anything:
it only moves the abort out of reach (10**15 lost references).  On Python 3.12+ ``None`` is immortal and this
does nothing.
"""
from __future__ import annotations

import ctypes
import sys

#: The reference count ``None`` is raised by (far beyond any session: a billion void calls a day for years).
RESERVE = 10 ** 15


def keep_none_alive() -> bool:
    """Raise ``None``'s reference count by :data:`RESERVE` once (CPython before 3.12 only).

    Returns:
        True when the count was raised now, False when nothing was needed (already done, or Python ≥ 3.12).
    """
    if sys.version_info >= (3, 12) or getattr(keep_none_alive, "done", False) \
            or sys.implementation.name != "cpython":
        return False
    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is the first field of every PyObject
    count.value += RESERVE
    keep_none_alive.done = True
    return True
