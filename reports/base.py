"""What a report is: plain data that any renderer can print.

Habit 9 of CONVENTIONS ("reports are data first"): a report is a function returning a :class:`ReportTable`
(title, typed columns, plain ``dict`` rows, totals).  ``reports/xlsx.py`` and ``reports/pdf.py`` render *any*
ReportTable, so a report's figures are tested once, on its rows, and each renderer is tested once, on its
output.  Nothing here imports openpyxl, reportlab or Qt: this module is imported at start-up by screens that
only need the rows, and those two libraries cost ~0.2 s each to import (CONVENTIONS, performance habits).

Value conventions, shared by every renderer:

* ``Kind.MONEY``   -- ``Decimal`` rupiah (never float), shown ``Rp 1.250.000``.
* ``Kind.INT``     -- ``int``, shown with thousands dots (``1.234``).
* ``Kind.DATE``    -- ``datetime.date`` (or ``datetime``), shown ``dd/mm/yyyy``.
* ``Kind.PERCENT`` -- ``Decimal`` *percentage points*, as rates are typed in the office:
  ``Decimal("31.69")`` is shown ``31,69 %``.
* ``Kind.DECIMAL`` -- any other ``Decimal`` (a ratio, a quantity), shown with its own precision.
* ``Kind.TEXT``    -- anything else, printed with ``str()``; spreadsheet output passes it through
  :func:`safe_text`.

``None`` is an empty cell for every kind.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from typing import Iterator

# The one cell writer lives in models.core.cells (the customers export and the importers are domain code); reports
# re-export it so every renderer keeps calling ``safe_text`` (issue 19).
from models.core.cells import safe_text  # noqa: F401
from models.core.money import ZERO, D, format_amount, format_rupiah

__all__ = [
    "Kind", "Column", "ReportTable", "Letterhead", "format_cell", "safe_text", "sum_column",
    "iter_body", "totals_line", "BodyLine", "NUMERIC_KINDS", "TOTAL_LABEL", "SUBTOTAL_LABEL",
]

TOTAL_LABEL = "TOTAL"
SUBTOTAL_LABEL = "Subtotal"


class Kind(str, Enum):
    """How a column's values are typed, aligned and formatted."""

    TEXT = "text"
    MONEY = "money"
    INT = "int"
    DATE = "date"
    PERCENT = "percent"
    DECIMAL = "decimal"


#: Kinds that are right-aligned and that a subtotal may add up.
NUMERIC_KINDS = frozenset({Kind.MONEY, Kind.INT, Kind.DECIMAL, Kind.PERCENT})


@dataclass(frozen=True)
class Column:
    """One column of a report.

    ``width`` is in characters (the unit Excel uses for column widths); ``None`` lets the renderer size the
    column from its content.
    """

    key: str
    label: str
    kind: Kind = Kind.TEXT
    width: int | None = None


@dataclass(frozen=True)
class ReportTable:
    """A finished report: what to print, nothing about how.

    Attributes:
        title: the report's name (``"Daftar Tunggakan"``).
        columns: the columns in print order.
        rows: one ``dict`` per line, keyed by ``Column.key``; extra keys are ignored except ``"_group"``.
        totals: values for the totals line, keyed by column key (missing keys print empty); ``None`` means no
            totals line.  The first column prints ``TOTAL`` unless ``totals`` gives it a value.
        subtitle: a second line under the title (``"Per 30/11/2026"``).
        meta: labelled facts printed under the title, e.g. ``(("Cabang", "Bandung"), ("Petugas", "Rina"))``.
        subtotals: when true, consecutive rows sharing a ``"_group"`` value are followed by a subtotal line
            (yearly subtotals of a schedule).  A subtotal adds up the numeric columns that have a value in
            ``totals`` -- so a running balance, which has no total, is not summed -- or every MONEY and INT
            column when there are no totals.
    """

    title: str
    columns: tuple[Column, ...]
    rows: tuple[dict, ...]
    totals: dict | None = None
    subtitle: str = ""
    meta: tuple[tuple[str, str], ...] = ()
    subtotals: bool = False

    def __post_init__(self) -> None:
        # Accept lists from callers but keep the record immutable (and hashable where its rows allow).
        object.__setattr__(self, "columns", tuple(self.columns))
        object.__setattr__(self, "rows", tuple(self.rows))
        object.__setattr__(self, "meta", tuple(tuple(m) for m in self.meta))
        keys = [c.key for c in self.columns]
        if len(set(keys)) != len(keys):
            raise ValueError(f"duplicate column keys in report {self.title!r}: {keys}")

    def subtotal_keys(self) -> tuple[str, ...]:
        """The column keys a subtotal line adds up (see the class docstring)."""
        if self.totals is not None:
            return tuple(c.key for c in self.columns
                         if c.kind in NUMERIC_KINDS and self.totals.get(c.key) is not None)
        return tuple(c.key for c in self.columns if c.kind in (Kind.MONEY, Kind.INT))


@dataclass(frozen=True)
class Letterhead:
    """The office's name block printed at the top of every page and sheet.

    Built from the office profile by :func:`reports.letterhead.office_letterhead`; ``logo`` is the image file's
    bytes (PNG/JPEG) or empty, ``signatory`` the name and title that sign letters.
    """

    office_name: str
    branch_name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    npwp: str = ""
    licence: str = ""
    logo: bytes = field(default=b"", repr=False)
    signatory_name: str = ""
    signatory_title: str = ""

    def lines(self) -> tuple[str, ...]:
        """Name (with branch), then address and contacts, then NPWP and licence, skipping empty parts."""
        name = self.office_name + (f" - {self.branch_name}" if self.branch_name else "")
        contact = "  ".join(p for p in (self.address, f"Telp. {self.phone}" if self.phone else "",
                                        self.email) if p)
        legal = "  ".join(p for p in (f"NPWP {self.npwp}" if self.npwp else "",
                                      f"Izin {self.licence}" if self.licence else "") if p)
        return tuple(x for x in (name, contact, legal) if x)


@dataclass(frozen=True)
class BodyLine:
    """One printed line of a table body: ``kind`` is ``"row"`` or ``"subtotal"``."""

    kind: str
    values: dict = field(hash=False)


def iter_body(table: ReportTable) -> Iterator[BodyLine]:
    """Yield the body lines of ``table``: its rows, with a subtotal after each group when asked.

    Renderers share this so that a subtotal means the same thing in every format.
    """
    if not table.subtotals:
        for row in table.rows:
            yield BodyLine("row", row)
        return
    keys = table.subtotal_keys()
    first_key = table.columns[0].key if table.columns else None
    current = object()
    sums: dict[str, Decimal | int] = {}
    started = False
    for row in table.rows:
        group = row.get("_group")
        if started and group != current:
            yield BodyLine("subtotal", _subtotal_line(first_key, current, sums))
        if not started or group != current:
            current, started = group, True
            sums = {k: 0 for k in keys}
        for k in keys:
            v = row.get(k)
            if v is not None:
                sums[k] = sums[k] + v
        yield BodyLine("row", row)
    if started:
        yield BodyLine("subtotal", _subtotal_line(first_key, current, sums))


def _subtotal_line(first_key: str | None, group: object, sums: dict) -> dict:
    line = dict(sums)
    if first_key is not None and first_key not in line:
        line[first_key] = f"{SUBTOTAL_LABEL} {group}" if group is not None else SUBTOTAL_LABEL
    return line


def totals_line(table: ReportTable) -> dict | None:
    """The totals dict with the ``TOTAL`` label filled into the first column when it has no value."""
    if table.totals is None:
        return None
    line = dict(table.totals)
    if table.columns and line.get(table.columns[0].key) is None:
        line[table.columns[0].key] = TOTAL_LABEL
    return line


def sum_column(rows, key: str) -> Decimal:
    """Add up a MONEY/DECIMAL column of plain rows exactly (for building ``totals``)."""
    total = ZERO
    for row in rows:
        v = row.get(key)
        if v is not None:
            total += D(v)
    return total


def _fmt_date(value: _dt.date) -> str:
    if isinstance(value, _dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    return value.strftime("%d/%m/%Y")


def format_cell(value: object, kind: Kind) -> str:
    """The text a person reads for ``value`` in a column of ``kind`` (PDF cells, CSV-free previews).

    Args:
        value: the raw row value (see the module docstring for each kind's type).
        kind: the column kind.
    Returns:
        ``"Rp 1.250.000"``, ``"05/01/2026"``, ``"31,69 %"``, ``"1.234"``; ``""`` for ``None``.  A value that
        is not of its column's kind (text in a money column, such as a ``TOTAL`` label) is printed as text.
    Raises:
        MoneyError: for a float in a MONEY, PERCENT or DECIMAL column -- floats are never money.
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if kind is Kind.MONEY:
        return format_rupiah(D(value))
    if kind is Kind.INT:
        return format_amount(D(value), 0)
    if kind is Kind.DATE:
        if isinstance(value, _dt.date):
            return _fmt_date(value)
        return str(value)
    if kind is Kind.PERCENT:
        return format_amount(D(value), 2) + " %"
    if kind is Kind.DECIMAL:
        v = D(value)
        exponent = v.as_tuple().exponent
        return format_amount(v, max(0, -exponent) if isinstance(exponent, int) else 2)
    if isinstance(value, _dt.date):
        return _fmt_date(value)
    return str(value)

