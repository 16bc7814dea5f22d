"""One way to run long work: on a worker thread, with a progress dialog whose cancel really stops it.

Exports, imports, backup, restore and ``check`` (and the month-end run, the monthly pack and batch printing as
they arrive) are domain functions that take a :class:`models.core.progress.Progress`.  :func:`start_job` runs such a
function on Qt's global thread pool and shows a :class:`QProgressDialog` (window-modal: the rest of the
application keeps repainting, and its timers keep firing).  "Batal" sets the job's cancel token; the function
stops at its next step by raising :class:`models.core.progress.Cancelled`, its transaction rolls back or its side
file is removed, and the dialog says nothing was saved.

Database work on the worker uses the worker thread's own connection (peewee keeps one per thread), so the
window's thread can keep reading while the job runs; SQLite's WAL lets readers and one writer overlap.

The result and any error come back to the window's thread through queued signals: ``on_done(result)`` for a
result, :func:`ui.common.dialogs.show_error` (or ``on_error``) for a :class:`~models.core.errors.DomainError` or a file
that cannot be written, nothing (just a status message) for a cancel.
"""
from __future__ import annotations

import traceback
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from models.core.errors import DomainError
from models.core.progress import Cancelled, CancelToken, Progress


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], signals: _Signals, token: CancelToken):
        super().__init__()
        self.fn = fn
        self.signals = signals
        self.token = token
        self.setAutoDelete(True)

    def run(self) -> None:  # the worker thread
        from models.core.db import database

        progress = Progress(lambda done, total, text: self._emit(self.signals.progress, done, total, text),
                            self.token)
        try:
            result = self.fn(progress)
        except Cancelled:
            self._emit(self.signals.cancelled)
        except (DomainError, OSError) as exc:
            self._emit(self.signals.failed, exc)
        except Exception as exc:  # a bug: reported as an unexpected error, never a silent worker death
            from models.core.db import is_database_error

            if not is_database_error(exc):  # a damaged or unreachable database is the file's fault, not a bug:
                traceback.print_exc()       # the caller shows its message (file, what went wrong, what to do)
            self._emit(self.signals.failed, exc)
        else:
            self._emit(self.signals.finished, result)
        finally:
            # Close this thread's own connection (peewee keeps one per thread); the window's stays open.
            try:
                db = database.obj
                if db is not None and not db.is_closed():
                    db.close()
            except Exception:
                pass


    @staticmethod
    def _emit(signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the window that asked is gone (closed, or the application quit): nobody to tell
            pass


class Job(QObject):
    """A running job: its token, its dialog, and its outcome (``state``: running, done, failed, cancelled)."""

    done = Signal(object)
    ended = Signal(str)

    def __init__(self, parent: QWidget | None, title: str, label: str):
        super().__init__(parent)
        self.token = CancelToken()
        self.label = label
        self.state = "running"
        self.result: Any = None
        self.error: BaseException | None = None
        self.dialog = QProgressDialog(label, QCoreApplication.translate("jobs", "Batal"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModal)
        self.dialog.setMinimumWidth(420)
        self.dialog.setMinimumDuration(300)  # quick jobs never flash a dialog
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self.signals = _Signals()
        self.signals.progress.connect(self._on_progress, Qt.QueuedConnection)
        self.signals.finished.connect(self._on_finished, Qt.QueuedConnection)
        self.signals.failed.connect(self._on_failed, Qt.QueuedConnection)
        self.signals.cancelled.connect(self._on_cancelled, Qt.QueuedConnection)

    @Slot()
    def cancel(self) -> None:
        if self.state == "running":
            self.token.cancel()
            self.dialog.setLabelText(QCoreApplication.translate("jobs", "Membatalkan…"))

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self.state != "running":
            return
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))
        else:
            self.dialog.setMaximum(0)
        if text:  # the step the domain names (a check's name, a file): under the translated label
            self.dialog.setLabelText(f"{self.label}\n{text}")

    def _end(self, state: str) -> None:
        self.state = state
        self.dialog.blockSignals(True)
        self.dialog.close()
        self.ended.emit(state)

    @Slot(object)
    def _on_finished(self, result) -> None:
        self.result = result
        self._end("done")
        self.done.emit(result)

    @Slot(object)
    def _on_failed(self, exc) -> None:
        self.error = exc
        self._end("failed")

    @Slot()
    def _on_cancelled(self) -> None:
        self._end("cancelled")

    def wait(self, timeout_ms: int = 60_000) -> str:
        """Spin the event loop until the job ends (tests, and a caller that must have the result)."""
        from PySide6.QtCore import QEventLoop

        loop = QEventLoop()
        self.ended.connect(loop.quit)
        if self.state == "running":
            QTimer.singleShot(timeout_ms, loop.quit)
            loop.exec()
        return self.state


def start_job(parent: QWidget | None, title: str, label: str, fn: Callable[[Progress], Any], *,
              on_done: Callable[[Any], None] | None = None, on_error: Callable[[BaseException], None] | None = None,
              on_cancel: Callable[[], None] | None = None, show_errors: bool = True) -> Job:
    """Run ``fn(progress)`` on the thread pool behind a progress dialog with a working cancel button.

    Args:
        parent: the window the dialog belongs to.
        title, label: the dialog's title and first line (translated by the caller).
        fn: the long domain call; takes the :class:`Progress` it must report to and be stopped by.
        on_done: called on the window's thread with the result.
        on_error: called with a failure; default :func:`ui.common.dialogs.show_error`.
        on_cancel: called after a cancelled job has stopped (nothing was saved).
    Returns:
        The :class:`Job` (its ``state``, ``result``, ``error``; ``wait()`` for tests).
    """
    job = Job(parent, title, label)

    def ended(state: str) -> None:
        if state == "done" and on_done is not None:
            on_done(job.result)
        elif state == "failed":
            if on_error is not None:
                on_error(job.error)
            elif show_errors:
                from ui.common.dialogs import show_error

                show_error(parent, job.error)
        elif state == "cancelled" and on_cancel is not None:
            on_cancel()

    job.ended.connect(ended)
    QThreadPool.globalInstance().start(_Runnable(fn, job.signals, job.token))
    return job


def start_background(parent: QObject | None, fn: Callable[[Progress], Any], *,
                     on_done: Callable[[Any], None] | None = None,
                     on_error: Callable[[BaseException], None] | None = None) -> Job:
    """Run ``fn(progress)`` on the thread pool without a dialog (start-up work: the daily backup, checks).

    The caller reports in the status bar from ``on_done``/``on_error`` (called on the window's thread).
    """
    job = Job(None, "", "")
    job.dialog.setMinimumDuration(10 ** 9)  # never shown
    if parent is not None:
        job.setParent(parent)

    def ended(state: str) -> None:
        if state == "done" and on_done is not None:
            on_done(job.result)
        elif state == "failed" and on_error is not None:
            on_error(job.error)

    job.ended.connect(ended)
    QThreadPool.globalInstance().start(_Runnable(fn, job.signals, job.token))
    return job
