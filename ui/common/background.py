"""Long report runs off the window's thread, with a progress dialog and a cancel button.

A batch of a thousand statements takes seconds: the window must keep painting and the user must be able to stop
it.  :func:`run_with_progress` runs ``fn(progress=…, cancelled=…)`` in a ``QThread``; the reports/ function
reports ``(done, total)`` and polls ``cancelled()``.  Peewee opens its own SQLite connection in the worker thread
(connections are per thread) and the worker closes it when done.

Returns the function's result, or ``None`` when it was cancelled or failed (the error is shown as a message,
never a traceback).
"""
from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget


class _Worker(QObject):
    progressed = Signal(int, int)
    finished = Signal(object, object)   # result, exception

    def __init__(self, fn, args, kwargs, stop: threading.Event):
        super().__init__()
        self.fn, self.args, self.kwargs, self.stop = fn, args, kwargs, stop

    def run(self) -> None:
        from models.core.db import database

        result = error = None
        try:
            result = self.fn(*self.args, progress=lambda d, t: self.progressed.emit(d, t),
                             cancelled=self.stop.is_set, **self.kwargs)
        except BaseException as exc:  # noqa: BLE001 - handed to the window's thread to show
            error = exc
        finally:
            if database.obj is not None and not database.obj.is_closed():
                database.obj.close()     # this thread's connection only
        self.finished.emit(result, error)


class _Bridge(QObject):
    """Lives in the window's thread, so the worker's signals are delivered there (a plain function would be
    called in the worker's thread)."""

    def __init__(self, dialog: QProgressDialog, thread: QThread, outcome: dict):
        super().__init__()
        self.dialog, self.thread, self.outcome = dialog, thread, outcome

    @Slot(int, int)
    def on_progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, total))

    @Slot(object, object)
    def on_finished(self, result, error) -> None:
        self.outcome["result"], self.outcome["error"] = result, error
        self.thread.quit()


def run_with_progress(parent: QWidget | None, title: str, fn, *args, **kwargs):
    """Run ``fn(*args, progress=, cancelled=, **kwargs)`` in a worker thread behind a progress dialog.

    Returns:
        What ``fn`` returned; ``None`` when the user cancelled or an error was shown.
    """
    from ui.common.dialogs import show_error

    stop = threading.Event()
    dialog = QProgressDialog(title, QCoreApplication.translate("background", "Batal"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    thread = QThread()
    worker = _Worker(fn, args, kwargs, stop)
    worker.moveToThread(thread)
    loop = QEventLoop()
    outcome: dict = {}
    bridge = _Bridge(dialog, thread, outcome)
    worker.progressed.connect(bridge.on_progress, Qt.QueuedConnection)
    worker.finished.connect(bridge.on_finished, Qt.QueuedConnection)
    dialog.canceled.connect(stop.set)
    thread.started.connect(worker.run)
    thread.finished.connect(loop.quit)
    thread.start()
    loop.exec()
    thread.wait()
    dialog.close()
    error = outcome.get("error")
    if error is not None:
        if stop.is_set() or type(error).__name__.endswith("Cancelled"):
            return None
        show_error(parent, error)
        return None
    return outcome.get("result")
