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
    """Statements of ``loan_ids`` built in a worker thread with progress and cancel, then previewed."""
    from reports.loan_statement import write_statements_pdf
    from ui.common import printing
    from ui.common.background import run_with_progress

    path = temp_pdf(stem)
    done = run_with_progress(parent, QCoreApplication.translate("reports", "Mencetak kartu angsuran…"),
                             write_statements_pdf, loan_ids, path, as_of=as_of, printed_by=_who(session))
    if done is None:
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
