"""Printing a report from any screen: build the PDF (off the window's thread when it is long) and open the
print preview, where the user prints it or saves it as PDF (ui/common/printing.py)."""
from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication


def temp_pdf(stem: str) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="angsur-"))
    return folder / (stem.replace("/", "-") + ".pdf")


def _who(session) -> str | None:
    return getattr(getattr(session, "user", None), "full_name", None)


def preview_cash_report(parent, session, date: dt.date, cashier=None):
    """The daily cash report (one cashier's or the branch's) in the print preview."""
    from reports.cash_report import write_cash_report
    from ui.common import printing
    from ui.common.dialogs import run_action

    path = temp_pdf(f"kas-harian-{date:%Y%m%d}")
    if run_action(parent, write_cash_report, date, path, cashier=cashier, printed_by=_who(session)) is None:
        return None
    return printing.print_pdf(parent, path)


def preview_statements(parent, session, loan_ids: list[int], as_of: dt.date | None = None, stem: str = "kartu"):
    """Statements of ``loan_ids`` built on a worker thread (:func:`ui.common.jobs.start_job`: progress and a
    cancel that stops at the next statement), then previewed.

    Returns:
        The preview's result; ``None`` when the user cancelled or an error was shown.
    """
    from models.core.progress import Cancelled
    from reports.loan_statement import StatementCancelled, write_statements_pdf
    from ui.common import printing
    from ui.common.jobs import start_job

    path = temp_pdf(stem)
    printed_by = _who(session)

    def run(progress):
        try:
            return write_statements_pdf(loan_ids, path, as_of=as_of, printed_by=printed_by,
                                        progress=lambda done, total: progress.step(done, total),
                                        cancelled=lambda: progress.cancelled)
        except StatementCancelled as exc:
            raise Cancelled() from exc

    title = QCoreApplication.translate("reports", "Mencetak kartu angsuran…")
    job = start_job(parent, title, title, run)
    if job.wait(timeout_ms=24 * 3600 * 1000) != "done":  # the preview follows the batch: wait for it here
        return None
    return printing.print_pdf(parent, path)


def preview_pdf(parent, session, writer, stem: str, *args, **kwargs):
    """Any one-document writer ``writer(*args, path, printed_by=…)``-style: write, then preview."""
    from ui.common import printing
    from ui.common.dialogs import run_action

    path = temp_pdf(stem)
    if run_action(parent, writer, *args, path, **kwargs) is None:
        return None
    return printing.print_pdf(parent, path)
