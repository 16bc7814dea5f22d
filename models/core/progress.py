"""Progress and cancellation for long work, without Qt: what a domain function reports and what stops it.

A long action (an export, an import, ``check``, a backup or restore, and the month-end run, the monthly pack and
batch printing as they arrive) takes a :class:`Progress`: it calls :meth:`Progress.step` as it goes, which
reports ``(done, total, text)`` to whoever listens — a progress dialog on the window's thread, a line on the
terminal, nothing in a test — and raises :class:`Cancelled` once someone has asked it to stop.  Because the
request is only honoured at a step, and every long action does its writing either in one transaction or into a
file beside its target that is moved over it at the end, a cancelled action leaves nothing half-written: the
transaction rolls back, the side file is removed.

The token is a ``threading.Event``: the window's thread sets it, the worker thread reads it.
"""
from __future__ import annotations

import threading
import time
from typing import Callable

from models.core.errors import DomainError
from models.core.texts import _

Reporter = Callable[[int, int, str], None]


class Cancelled(DomainError):
    """The person running the action stopped it; nothing was saved."""

    def __init__(self, message: str = _("dibatalkan: tidak ada yang disimpan")):
        super().__init__(message)


class CancelToken:
    """Set once from any thread; read by the worker at each step."""

    def __init__(self):
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` when cancellation was asked for."""
        if self._event.is_set():
            raise Cancelled()


class Progress:
    """What a long domain function reports to and is stopped by.

    Args:
        report: called with ``(done, total, text)``; ``total`` 0 means "unknown".  Called at most every
            ``interval`` seconds (and always for the first and the final step), so a loop over a million rows may
            call :meth:`step` on every row.
        token: the cancel token (a new one when omitted).
        interval: seconds between two reports.
    """

    def __init__(self, report: Reporter | None = None, token: CancelToken | None = None, *, interval: float = 0.05):
        self.report = report
        self.token = token or CancelToken()
        self.interval = interval
        self._last = 0.0
        self.text = ""

    def step(self, done: int, total: int = 0, text: str | None = None) -> None:
        """Report progress and honour a cancel request (raises :class:`Cancelled`)."""
        self.token.check()
        if text is not None:
            self.text = text
        if self.report is None:
            return
        now = time.monotonic()
        if text is not None or now - self._last >= self.interval or (total and done >= total):
            self._last = now
            self.report(done, total, self.text)

    def check(self) -> None:
        """Honour a cancel request without reporting (inside tight loops)."""
        self.token.check()

    @property
    def cancelled(self) -> bool:
        return self.token.cancelled


def quiet() -> Progress:
    """A progress that reports nothing and is never cancelled (the default of every long function)."""
    return Progress()


def progress_or_quiet(progress: Progress | None) -> Progress:
    return progress if progress is not None else quiet()


def terminal(label: str, stream=None) -> Progress:
    """A progress for the command line: ``label: 42 % text`` on one rewritten line of ``stream`` (stderr) when it is
    a terminal, else one line per new step text and per tenth done (so logs stay short)."""
    import sys

    stream = stream or sys.stderr
    tty = hasattr(stream, "isatty") and stream.isatty()
    state = {"text": None, "tenth": -1}

    def report(done: int, total: int, text: str) -> None:
        pct = int(done * 100 / total) if total else None
        if tty:
            shown = f"{label}: {pct:3d} % {text}" if pct is not None else f"{label}: {text}"
            stream.write("\r" + shown[:100].ljust(100))
            if total and done >= total:
                stream.write("\r" + " " * 100 + "\r")
            stream.flush()
            return
        tenth = pct // 10 if pct is not None else -1
        if text != state["text"] or (tenth != state["tenth"] and not text):
            state["text"], state["tenth"] = text, tenth
            stream.write(f"{label}: {pct if pct is not None else '…'}{' %' if pct is not None else ''} {text}\n")
            stream.flush()

    return Progress(report, interval=0.2)
