"""Spreadsheet renderers for any :class:`~reports.base.ReportTable`: Excel workbooks and CSV files.

Managers take their monthly figures to Excel to sort, filter and add them up, so the workbook carries real
values -- money and counts as numbers, dates as dates -- with display formats on top, never pre-formatted
text.  openpyxl is imported inside the functions: it costs ~0.2 s, paid only when someone exports.

The workbook is written in openpyxl's write-only (streaming) mode: a 10,000-row arrears list is the normal
case, and streaming keeps memory flat and time close to bare openpyxl (see ``benchmarks/bench_render.py``).
"""
from __future__ import annotations

import csv
import datetime as _dt
import os
import re
from decimal import Decimal
from pathlib import Path
from typing import Iterable

from models.core.money import D
from reports.base import (
    Column,
    Kind,
    Letterhead,
    ReportTable,
    format_cell,
    iter_body,
    safe_text,
    totals_line,
)

__all__ = ["write_xlsx", "write_csv", "sheet_names", "excel_number",
           "MONEY_FORMAT", "MONEY_FORMAT_SEN", "DATE_FORMAT"]

# Excel number formats are written in the file's invariant syntax (',' = grouping, '.' = decimal); Excel and
# LibreOffice display them with the reader's locale, so an Indonesian Windows shows "Rp 1.250.000".
MONEY_FORMAT = '"Rp "#,##0;-"Rp "#,##0'
MONEY_FORMAT_SEN = '"Rp "#,##0.00;-"Rp "#,##0.00'
INT_FORMAT = "#,##0"
DATE_FORMAT = "dd/mm/yyyy"
DATETIME_FORMAT = "dd/mm/yyyy hh:mm"
PERCENT_FORMAT = "0.00%"
DECIMAL_FORMAT = "#,##0.00##"

_SHEET_NAME_MAX = 31
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_WIDTH_SAMPLE = 500  # rows looked at to size a column; a 10,000-row list needs no full pass for that
_WIDTH_MAX = 60


def excel_number(value: Decimal | int | str) -> int | float:
    """A Decimal amount as the number an xlsx cell stores.

    Whole amounts become ``int`` (exact at any size).  Amounts with sen become ``float``: this is the only
    place in Angsur where a Decimal turns into a float, and it is sound *here* because an xlsx number cell
    *is* an IEEE double -- Excel has no decimal type -- and a double holds 15 significant digits, so every
    amount up to 10^13 rupiah with two decimals survives the round trip (``repr`` gives back the same digits).
    Text would avoid the conversion but then Excel could not add the column up.
    """
    d = D(value)
    if d == d.to_integral_value():
        return int(d)
    return float(d)


def sheet_names(titles: Iterable[str]) -> list[str]:
    """Valid, unique worksheet names for ``titles``.

    Excel refuses names over 31 characters, names with ``[ ] : * ? / \\``, names starting or ending with an
    apostrophe, and two names differing only in case; such a workbook opens with a "repair" warning.
    """
    used: set[str] = set()
    out = []
    for i, title in enumerate(titles, start=1):
        base = _SHEET_FORBIDDEN.sub(" ", title or "").strip().strip("'").strip() or f"Laporan {i}"
        name = base[:_SHEET_NAME_MAX].rstrip()
        n = 2
        while name.lower() in used:
            suffix = f" ({n})"
            name = base[:_SHEET_NAME_MAX - len(suffix)].rstrip() + suffix
            n += 1
        used.add(name.lower())
        out.append(name)
    return out


def _column_width(column: Column, table: ReportTable, total: dict | None) -> float:
    if column.width:
        return column.width
    longest = len(column.label)
    sample = list(table.rows[:_WIDTH_SAMPLE])
    if total:
        sample.append(total)
    for row in sample:
        value = row.get(column.key)
        if value is not None:
            longest = max(longest, len(format_cell(value, column.kind)))
    return min(longest + 2, _WIDTH_MAX)


def _money_format(column: Column, table: ReportTable) -> str:
    """Show sen only in a money column that has any, so the digits of a column line up."""
    for row in table.rows:
        v = row.get(column.key)
        if v is not None and not isinstance(v, str) and D(v) != D(v).to_integral_value():
            return MONEY_FORMAT_SEN
    return MONEY_FORMAT


class _Styles:
    """Fonts, borders and alignments built once per workbook (openpyxl de-duplicates them by value)."""

    def __init__(self) -> None:
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        thin = Side(style="thin")
        self.bold = Font(bold=True)
        self.office = Font(bold=True, size=12)
        self.title = Font(bold=True, size=14)
        self.header_fill = PatternFill("solid", fgColor="D9D9D9")
        self.header_border = Border(bottom=thin, top=thin)
        self.subtotal_border = Border(top=thin)
        self.total_border = Border(top=thin, bottom=Side(style="double"))
        self.right = Alignment(horizontal="right")
        self.wrap_header = Alignment(vertical="center", wrap_text=True)


def _write_sheet(wb, name: str, table: ReportTable, letterhead: Letterhead | None, st: _Styles,
                 progress=None) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(title=name)
    columns = table.columns
    ncols = max(len(columns), 1)
    total = totals_line(table)
    formats = {}
    for c in columns:
        if c.kind is Kind.MONEY:
            formats[c.key] = _money_format(c, table)

    # Column widths must be set before the first row in write-only mode.
    for i, c in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(i)].width = _column_width(c, table, total)

    def text_cell(value, font=None):
        cell = WriteOnlyCell(ws, value=safe_text(value))
        if font is not None:
            cell.font = font
        return cell

    # The sheet head (views, page set-up flags) is streamed with the first row in write-only mode, so the
    # frozen pane and print titles are set from the header's row number before anything is appended.
    block = []
    if letterhead is not None:
        block += [(line, st.office if j == 0 else None) for j, line in enumerate(letterhead.lines())]
    block.append((table.title, st.title))
    if table.subtitle:
        block.append((table.subtitle, None))
    block += [(f"{label}: {value}", None) for label, value in table.meta]
    header_row = len(block) + 2  # one blank line between the title block and the header
    last_col = get_column_letter(ncols)
    ws.freeze_panes = f"A{header_row + 1}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.orientation = "landscape" if ncols > 6 else "portrait"
    ws.page_setup.paperSize = "9"  # A4 (ECMA-376 paper size code 9)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True

    for text, font in block:
        ws.append([text_cell(text, font)])
    ws.append([])
    header = []
    for c in columns:
        cell = text_cell(c.label, st.bold)
        cell.fill = st.header_fill
        cell.border = st.header_border
        cell.alignment = st.right if c.kind not in (Kind.TEXT, Kind.DATE) else st.wrap_header
        header.append(cell)
    ws.append(header)
    row_no = header_row

    def line_cells(values: dict, font=None, border=None) -> list:
        cells = []
        for c in columns:
            cell = _value_cell(ws, WriteOnlyCell, c, values.get(c.key), formats)
            if font is not None:
                cell.font = font
            if border is not None:
                cell.border = border
            cells.append(cell)
        return cells

    first_data = header_row + 1
    count = len(table.rows)
    for done, line in enumerate(iter_body(table)):
        if progress is not None and done % 500 == 0:
            progress.step(done, count)  # honours a cancel: the partial file is removed by write_xlsx
        if line.kind == "row":
            ws.append(line_cells(line.values))
        else:
            ws.append(line_cells(line.values, st.bold, st.subtotal_border))
        row_no += 1
    last_data = max(row_no, first_data)
    ws.auto_filter.ref = f"A{header_row}:{last_col}{last_data}"
    if total is not None:
        ws.append(line_cells(total, st.bold, st.total_border))


def _value_cell(ws, cell_class, column: Column, value, formats: dict):
    """One typed cell.  Text anywhere (a TOTAL label in a numeric column) goes through ``safe_text``."""
    kind = column.kind
    if value is None:
        return cell_class(ws, value=None)
    if isinstance(value, str) or kind is Kind.TEXT:
        if isinstance(value, _dt.date) and kind is Kind.TEXT:
            value = format_cell(value, kind)
        return cell_class(ws, value=safe_text(value))
    if kind is Kind.MONEY:
        cell = cell_class(ws, value=excel_number(value))
        cell.number_format = formats[column.key]
    elif kind is Kind.INT:
        cell = cell_class(ws, value=int(value))
        cell.number_format = INT_FORMAT
    elif kind is Kind.DATE:
        cell = cell_class(ws, value=value)
        cell.number_format = DATETIME_FORMAT if isinstance(value, _dt.datetime) else DATE_FORMAT
    elif kind is Kind.PERCENT:
        # Percentage points in the row (31.69) become Excel's fraction (0.3169) so formulas work; exact in
        # Decimal, converted once at this boundary like money.
        cell = cell_class(ws, value=excel_number(D(value) / 100))
        cell.number_format = PERCENT_FORMAT
    else:  # DECIMAL
        cell = cell_class(ws, value=excel_number(value))
        cell.number_format = DECIMAL_FORMAT
    return cell


def write_xlsx(tables: list[ReportTable] | ReportTable, path: str | Path,
               letterhead: Letterhead | None = None, progress=None) -> Path:
    """Write one worksheet per report table.

    Each sheet has the letterhead and title block, a bold header row with frozen panes below it and an
    autofilter, columns sized from their content, typed cells (money as numbers formatted ``Rp 1.250.000``,
    dates as dates ``dd/mm/yyyy``), subtotal lines when the table asks for them, and a bold totals row.
    Every text cell passes through :func:`reports.base.safe_text`.

    Args:
        tables: one table or a list of them (sheet names come from their titles, made valid and unique).
        path: the ``.xlsx`` file to write (overwritten).
        letterhead: the office block printed on top of every sheet.
        progress: a :class:`models.core.progress.Progress`: rows written are reported, and a cancel stops the
            export with the previous file intact (the partial file is removed).
    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    from openpyxl import Workbook

    if isinstance(tables, ReportTable):
        tables = [tables]
    if not tables:
        raise ValueError("write_xlsx needs at least one table")
    path = Path(path)
    # Written beside the target and moved over it at the end: an export that fails half-way (disk full, the
    # file open in Excel on Windows) leaves yesterday's file intact, and an unwritable folder fails before
    # a single sheet is built.
    partial = path.with_name(f".{path.name}.partial")
    wb = None
    try:
        with open(partial, "wb") as handle:
            wb = Workbook(write_only=True)
            wb.properties.creator = "Angsur"
            wb.properties.title = tables[0].title
            st = _Styles()
            for name, table in zip(sheet_names(t.title for t in tables), tables):
                _write_sheet(wb, name, table, letterhead, st, progress)
            wb.save(handle)
        os.replace(partial, path)
    except BaseException:
        # Close the sheets' row writers while their temporary files are still open (a stopped export would
        # otherwise leave openpyxl's finaliser writing into a closed file), then drop the partial file.
        for ws in (wb.worksheets if wb is not None else []):
            try:
                ws.close()
            except Exception:  # noqa: BLE001 - tidying up after the real error, which is re-raised
                pass
        partial.unlink(missing_ok=True)
        raise
    return path


def _csv_value(value, kind: Kind) -> str:
    if value is None:
        return ""
    if isinstance(value, str) or kind is Kind.TEXT:
        return safe_text(value)
    if kind is Kind.DATE:
        return value.isoformat(sep=" ", timespec="minutes") if isinstance(value, _dt.datetime) \
            else value.isoformat()
    if kind is Kind.INT:
        return str(int(value))
    d = D(value)
    if d == d.to_integral_value():
        return str(int(d))
    return f"{d:f}"


def write_csv(table: ReportTable, path: str | Path, delimiter: str = ";", progress=None) -> Path:
    """Write the header and data rows of ``table`` as CSV for other programs.

    Choices, for data interchange rather than reading (people get the xlsx):

    * UTF-8 with a BOM, so Excel recognises the encoding of names like "Ni Luh Putu Ayu".
    * ``;`` by default: Indonesian-locale Excel, whose decimal mark is the comma, uses ``;`` as its list
      separator, so a double-clicked file still opens in columns.  Pass ``delimiter=","`` for RFC 4180 tools.
    * Numbers are plain and unambiguous: money ``1250000`` or ``1250000.50`` (dot decimal, no grouping,
      no "Rp"), percentages in points (``31.69``), dates ISO ``2026-01-05``.
    * No title block, subtotals or totals: a consumer reading rows must not meet a TOTAL line.
    * Text cells get the same formula-injection guard as the workbook.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    path = Path(path)
    partial = path.with_name(f".{path.name}.partial")  # moved over the target at the end, as write_xlsx does
    count = len(table.rows)
    try:
        with partial.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL)
            writer.writerow([safe_text(c.label) for c in table.columns])
            for done, row in enumerate(table.rows):
                if progress is not None and done % 500 == 0:
                    progress.step(done, count)
                writer.writerow([_csv_value(row.get(c.key), c.kind) for c in table.columns])
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return path
