"""PDF renderer for any :class:`~reports.base.ReportTable`, and the building blocks of single documents.

Two layers:

* :func:`write_pdf` prints report tables: letterhead on every page, title block, a table whose header row
  repeats after each page break, right-aligned money, zebra rows, subtotals and a totals line, and a footer
  with "Halaman X dari Y" and "Dicetak dd/mm/yyyy HH:MM oleh <user>".
* :func:`build_document`, :func:`styles`, :func:`money_table`, :func:`key_value_table` and
  :func:`report_flowables` are what a receipt (kwitansi), a quote (simulasi) or a letter (SP1) is made of,
  so every paper the office hands out shares one letterhead, one footer and one type scale.

The look is sober on purpose: black text, hairlines and light grey fills that survive a mono laser printer
and a photocopy.

Fonts: every PDF embeds DejaVu Sans (regular, bold, oblique; shipped in ``resources/fonts`` with its licence),
subset to the characters used.  Customer names are not Latin-1: ``Maʼruf``, ``D’Souza``, ``Nguyễn Thị Ánh``
or a Chinese-Indonesian family name such as 陈 must print as written, never as a black box, so Helvetica
(Latin-1 only, not embedded) is not used.  DejaVu has no CJK glyphs; :func:`markup` wraps runs of characters
DejaVu lacks in the Droid Sans Fallback face (Apache 2.0, also shipped) and the footer/letterhead drawing does
the same per run.  reportlab is imported inside the functions (~0.2 s at import).
"""
from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Callable, Iterable, Sequence
from xml.sax.saxutils import escape

from reports.base import (
    NUMERIC_KINDS,
    Kind,
    Letterhead,
    ReportTable,
    format_cell,
    iter_body,
    totals_line,
)

__all__ = ["write_pdf", "build_document", "styles", "money_table", "key_value_table", "report_flowables",
           "register_fonts", "markup", "draw_text", "FONT", "FONT_BOLD", "FONT_ITALIC", "FONT_FALLBACK",
           "FONT_CELL", "FONT_CELL_BOLD"]

FONT = "AngsurSans"
FONT_BOLD = "AngsurSans-Bold"
FONT_ITALIC = "AngsurSans-Oblique"
FONT_FALLBACK = "AngsurSansCJK"
#: Table cells use the condensed cut: DejaVu Sans is ~12 % wider than Helvetica, and a 14-column landscape
#: report must still fit its figures.
FONT_CELL = "AngsurSansCond"
FONT_CELL_BOLD = "AngsurSansCond-Bold"
FONT_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"
_FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf", FONT_ITALIC: "DejaVuSans-Oblique.ttf",
               FONT_FALLBACK: "DroidSansFallback.ttf", FONT_CELL: "DejaVuSansCondensed.ttf",
               FONT_CELL_BOLD: "DejaVuSansCondensed-Bold.ttf"}
_covered: frozenset[int] | None = None
CELL_SIZE = 8
CELL_PAD = 3
_WIDTH_SAMPLE = 300          # rows measured to size PDF columns
_ZEBRA_GREY = 0.94           # light enough to vanish on a photocopy, visible on screen
_HEADER_GREY = 0.85
_CM = 28.3465                # points per centimetre (reportlab.lib.units.cm, without importing it here)


def register_fonts() -> None:
    """Register the shipped TrueType faces with reportlab once per process (idempotent, ~40 ms the first time).

    ``<b>`` and ``<i>`` inside paragraphs map to the bold and oblique DejaVu faces through a font family.
    Raises ``FileNotFoundError`` naming the file when ``resources/fonts`` is incomplete.
    """
    global _covered
    if _covered is not None:
        return
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, filename in _FONT_FILES.items():
        path = FONT_DIR / filename
        if not path.exists():
            raise FileNotFoundError(f"font file missing: {path}")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD)
    pdfmetrics.registerFontFamily(FONT_CELL, normal=FONT_CELL, bold=FONT_CELL_BOLD, italic=FONT_CELL,
                                  boldItalic=FONT_CELL_BOLD)
    addMapping(FONT_FALLBACK, 1, 0, FONT_FALLBACK)   # no bold CJK face: bold runs print regular
    addMapping(FONT_FALLBACK, 0, 1, FONT_FALLBACK)
    addMapping(FONT_FALLBACK, 1, 1, FONT_FALLBACK)
    # Tables and canvases default to rl_config's base font (Helvetica, not embedded): make ours the default.
    from reportlab import rl_config

    rl_config.canvas_basefontname = FONT
    _covered = frozenset(pdfmetrics.getFont(FONT).face.charToGlyph)


def _runs(text: str) -> list[tuple[bool, str]]:
    """Split ``text`` into ``(needs_fallback, run)`` pieces by DejaVu's character coverage."""
    register_fonts()
    out: list[tuple[bool, str]] = []
    for ch in text:
        fb = ord(ch) not in _covered and not ch.isspace()
        if out and out[-1][0] == fb:
            out[-1] = (fb, out[-1][1] + ch)
        else:
            out.append((fb, ch))
    return out


def markup(text: object) -> str:
    """``text`` escaped for a reportlab Paragraph, with characters DejaVu lacks (CJK) set in the fallback face.

    Use it wherever user data (a name, an address, a reason) goes into a Paragraph.
    """
    text = "" if text is None else str(text)
    if text.isascii():
        return escape(text)
    return "".join(f'<font name="{FONT_FALLBACK}">{escape(run)}</font>' if fb else escape(run)
                   for fb, run in _runs(text))


def draw_text(canvas, x: float, y: float, text: str, font: str, size: float, align: str = "left") -> None:
    """Draw one line on a canvas, switching to the fallback face for characters DejaVu lacks.

    ``align`` is ``left``, ``right`` or ``centre`` around ``x``.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    runs = [(FONT_FALLBACK if fb else font, run) for fb, run in _runs(text)] if not text.isascii() \
        else [(font, text)]
    width = sum(stringWidth(run, f, size) for f, run in runs)
    if align == "right":
        x -= width
    elif align == "centre":
        x -= width / 2
    # One text object, fonts switched inside it: text extraction then reads the line as one line.
    text = canvas.beginText(x, y)
    for f, run in runs:
        text.setFont(f, size)
        text.textOut(run)
    canvas.drawText(text)


def styles() -> dict:
    """The house stylesheet: a small dict of ``ParagraphStyle`` by name.

    Names: ``title``, ``subtitle``, ``heading``, ``normal``, ``small``, ``meta``, ``cell``, ``cell_right``,
    ``th``, ``th_right``, ``note``.  A fresh dict each call, so a caller may tweak its copy freely.
    """
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    register_fonts()
    base = ParagraphStyle("normal", fontName=FONT, fontSize=9.5, leading=12.5)
    return {
        "normal": base,
        "title": ParagraphStyle("title", base, fontName=FONT_BOLD, fontSize=13, leading=16, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=9.5, leading=12, spaceAfter=2),
        "heading": ParagraphStyle("heading", base, fontName=FONT_BOLD, fontSize=10.5, leading=13,
                                  spaceBefore=6, spaceAfter=3),
        "small": ParagraphStyle("small", base, fontSize=8, leading=10),
        "meta": ParagraphStyle("meta", base, fontSize=8.5, leading=11),
        "note": ParagraphStyle("note", base, fontName=FONT_ITALIC, fontSize=8, leading=10),
        "cell": ParagraphStyle("cell", base, fontName=FONT_CELL, fontSize=CELL_SIZE, leading=CELL_SIZE + 1.5),
        "cell_right": ParagraphStyle("cell_right", base, fontName=FONT_CELL, fontSize=CELL_SIZE,
                                     leading=CELL_SIZE + 1.5, alignment=TA_RIGHT),
        "th": ParagraphStyle("th", base, fontName=FONT_CELL_BOLD, fontSize=CELL_SIZE, leading=CELL_SIZE + 1.5),
        "th_right": ParagraphStyle("th_right", base, fontName=FONT_CELL_BOLD, fontSize=CELL_SIZE,
                                   leading=CELL_SIZE + 1.5, alignment=TA_RIGHT),
    }


def _now() -> _dt.datetime:
    return _dt.datetime.now()


def _canvas_class(letterhead: Letterhead | None, printed_by: str | None, footer_note: str | None,
                  printed_at: _dt.datetime, compact: bool = False):
    """A canvas that holds its pages until the end, so each footer can say "Halaman X dari Y"."""
    from reportlab.pdfgen.canvas import Canvas

    printed = f"Dicetak {printed_at:%d/%m/%Y %H:%M}" + (f" oleh {printed_by}" if printed_by else "")

    class _PagedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            # reportlab's canvas starts every page in Helvetica; start in ours so no unembedded font is listed.
            kwargs.setdefault("initialFontName", FONT)
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._decorate(number, total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _decorate(self, number: int, total: int) -> None:
            width, height = self._pagesize
            # Compact papers (half A4, A5, continuous form) get a tighter letterhead and footer.
            k = 0.65 if compact else 1.0
            margin = (1.0 if compact else 1.5) * _CM
            left, right = margin, width - margin
            self.saveState()
            self.setFillGray(0)
            self.setStrokeGray(0)
            if letterhead is not None:
                lines = letterhead.lines()
                text_left = left
                if letterhead.logo:  # the office's logo beside its name (issue 20)
                    text_left = left + _draw_logo(self, letterhead.logo, left, height - (1.95 * k) * _CM,
                                                  1.1 * k * _CM)
                draw_text(self, text_left, height - 1.0 * k * _CM, lines[0], FONT_BOLD, 11 if not compact else 10)
                for n, line in enumerate(lines[1:3], start=1):
                    draw_text(self, text_left, height - (1.0 + 0.36 * n) * k * _CM, line, FONT,
                              7.5 if not compact else 6.5)
                self.setLineWidth(0.8)
                self.line(left, height - 2.05 * k * _CM, right, height - 2.05 * k * _CM)
            self.setLineWidth(0.4)
            self.line(left, 1.4 * k * _CM, right, 1.4 * k * _CM)
            draw_text(self, left, 1.0 * k * _CM, printed, FONT, 7.5 if not compact else 6.5)
            if total > 1 or not compact:
                draw_text(self, right, 1.0 * k * _CM, f"Halaman {number} dari {total}", FONT, 7.5, "right")
            if footer_note:
                draw_text(self, width / 2 if not compact else right, (1.4 * k + 0.15) * _CM, footer_note,
                          FONT_ITALIC, 7.5 if not compact else 6.5, "centre" if not compact else "right")
            self.restoreState()

    return _PagedCanvas


def _draw_logo(canvas, data: bytes, x: float, y: float, height: float) -> float:
    """Draw the office logo with its bottom-left at (x, y), ``height`` points tall; returns the width used
    (with a small gap), or 0 when the image cannot be read (a broken logo must not stop a receipt)."""
    from io import BytesIO

    from reportlab.lib.utils import ImageReader

    try:
        image = ImageReader(BytesIO(data))
        w, h = image.getSize()
    except Exception:  # noqa: BLE001 - reportlab/PIL raise many kinds; the letterhead prints without the logo
        return 0.0
    width = height * w / h if h else height
    canvas.drawImage(image, x, y, width=width, height=height, mask="auto")
    return width + 0.3 * _CM


def build_document(path: str | Path, story_fn: Callable[[float], list], letterhead: Letterhead | None = None,
                   pagesize=None, orientation: str = "portrait", title: str = "",
                   printed_by: str | None = None, footer_note: str | None = None,
                   printed_at: _dt.datetime | None = None, compact: bool = False) -> Path:
    """Lay out a document with Angsur's letterhead and footer on every page.

    Args:
        path: the PDF file to write (overwritten).
        story_fn: called with the usable frame width in points; returns the reportlab flowables to print.
        letterhead: the office block at the top of each page (``None`` for none).
        pagesize: a reportlab page size; default A4.
        orientation: ``"portrait"`` or ``"landscape"``.
        title: the PDF's document title (shown by viewers).
        printed_by: the user named in "Dicetak ... oleh <user>".
        footer_note: an extra italic line above the footer rule (``"Dokumen ini sah tanpa tanda tangan"``).
        printed_at: the print time in the footer; default now.
        compact: tighter margins, letterhead and footer for small paper (a receipt on half A4 or A5);
            ``pagesize`` is then used as given (width × height), whatever ``orientation`` says.
    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    from reportlab.lib.pagesizes import A4, landscape, portrait
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    if orientation not in ("portrait", "landscape"):
        raise ValueError(f"orientation must be 'portrait' or 'landscape', not {orientation!r}")
    register_fonts()
    size = pagesize or A4
    if not compact:
        size = landscape(size) if orientation == "landscape" else portrait(size)
    path = Path(path)
    if compact:
        top = (1.75 if letterhead is not None else 1.0) * _CM
        bottom = (1.35 if footer_note else 1.1) * _CM
        side = 1.0 * _CM
    else:
        top = (2.5 if letterhead is not None else 1.5) * _CM
        bottom = (2.0 if footer_note else 1.7) * _CM
        side = 1.5 * _CM
    doc = BaseDocTemplate(str(path), pagesize=size, leftMargin=side, rightMargin=side,
                          topMargin=top, bottomMargin=bottom, title=title, author="Angsur",
                          creator="Angsur")
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    story = story_fn(doc.width)
    doc.build(story, canvasmaker=_canvas_class(letterhead, printed_by, footer_note, printed_at or _now(), compact))
    return path


def key_value_table(pairs: Iterable[tuple[str, object]], width: float | None = None,
                    label_width: float | None = None):
    """A "Label : value" block (customer data on a receipt, the meta lines of a report).

    Values that are Decimals are printed as rupiah; dates as ``dd/mm/yyyy``; anything else with ``str``.
    """
    from decimal import Decimal

    from reportlab.platypus import Paragraph, Table, TableStyle

    st = styles()
    rows = []
    for label, value in pairs:
        kind = Kind.MONEY if isinstance(value, Decimal) else Kind.DATE if isinstance(value, _dt.date) \
            else Kind.TEXT
        rows.append([Paragraph(markup(label), st["meta"]), ":",
                     Paragraph(markup(format_cell(value, kind)), st["meta"])])
    if not rows:
        return Table([[""]])
    label_width = label_width or 3.5 * _CM
    widths = [label_width, 0.35 * _CM, (width - label_width - 0.35 * _CM) if width else None]
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 0.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
    ]))
    return table


def money_table(rows: Sequence[tuple[str, object]], total: tuple[str, object] | None = None,
                width: float | None = None, header: tuple[str, str] | None = None):
    """A two-column "description | Rp amount" table with an optional bold total line.

    Used for the lines of a receipt or the cost summary of a quote.

    Args:
        rows: ``(description, amount)`` pairs; amounts are Decimals (``None`` prints empty).
        total: ``(label, amount)`` printed bold under a rule.
        width: the table width in points (default: natural).
        header: optional column captions, e.g. ``("Uraian", "Jumlah")``.
    """
    from reportlab.platypus import Paragraph, Table, TableStyle

    st = styles()
    data = []
    if header:
        data.append([Paragraph(markup(header[0]), st["th"]), Paragraph(markup(header[1]), st["th_right"])])
    for label, amount in rows:
        data.append([Paragraph(markup(label), st["cell"]), format_cell(amount, Kind.MONEY)])
    if total is not None:
        data.append([Paragraph(f"<b>{markup(total[0])}</b>", st["cell"]),
                     format_cell(total[1], Kind.MONEY)])
    amount_width = 3.6 * _CM
    widths = [(width - amount_width) if width else None, amount_width]
    table = Table(data, colWidths=widths, hAlign="LEFT")
    cmds = [
        ("FONT", (0, 0), (-1, -1), FONT, CELL_SIZE + 1),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, _grey(0.7)),
    ]
    if header:
        cmds.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, _grey(0)))
    if total is not None:
        cmds += [("FONT", (1, -1), (1, -1), FONT_BOLD, CELL_SIZE + 1),
                 ("LINEABOVE", (0, -1), (-1, -1), 0.8, _grey(0))]
    table.setStyle(TableStyle(cmds))
    return table


def _grey(level: float):
    from reportlab.lib.colors import Color
    return Color(level, level, level)


def _column_widths(table: ReportTable, lines: list[dict], avail: float) -> list[float]:
    """Natural widths from the content, then fitted to the frame: text columns give way first (they wrap)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    register_fonts()
    natural = []
    for c in table.columns:
        if c.width:
            natural.append(c.width * stringWidth("n", FONT_CELL, CELL_SIZE) + 2 * CELL_PAD)
            continue
        words = c.label.split() or [""]
        label_w = max(min(stringWidth(c.label, FONT_CELL_BOLD, CELL_SIZE), 70),
                      max(stringWidth(w, FONT_CELL_BOLD, CELL_SIZE) for w in words))
        widest = label_w
        for line in lines:
            v = line.get(c.key)
            if v is not None:
                widest = max(widest, stringWidth(format_cell(v, c.kind), FONT_CELL_BOLD, CELL_SIZE))
        natural.append(widest + 2 * CELL_PAD + 1)
    text_idx = [i for i, c in enumerate(table.columns) if c.kind is Kind.TEXT] or list(range(len(natural)))
    total = sum(natural)
    if total > avail:
        fixed = sum(w for i, w in enumerate(natural) if i not in text_idx)
        flexible = sum(natural[i] for i in text_idx)
        room = avail - fixed
        if room >= 40 * len(text_idx):
            return [natural[i] * room / flexible if i in text_idx else natural[i] for i in range(len(natural))]
        return [w * avail / total for w in natural]
    spare = (avail - total) / len(text_idx)
    return [w + spare if i in text_idx else w for i, w in enumerate(natural)]


def report_flowables(table: ReportTable, width: float) -> list:
    """The title block and table of one report, ready for :func:`build_document`'s story."""
    from reportlab.lib.colors import white
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import LongTable, Paragraph, Spacer, TableStyle

    st = styles()
    out = [Paragraph(markup(table.title), st["title"])]
    if table.subtitle:
        out.append(Paragraph(markup(table.subtitle), st["subtitle"]))
    if table.meta:
        out.append(key_value_table(table.meta, width))
    out.append(Spacer(1, 6))
    if not table.columns:
        return out

    body = list(iter_body(table))
    total = totals_line(table)
    sample = [b.values for b in body[:_WIDTH_SAMPLE]] + ([total] if total else [])
    widths = _column_widths(table, sample, width)
    numeric = [c.kind in NUMERIC_KINDS for c in table.columns]

    header = [Paragraph(markup(c.label), st["th_right" if num else "th"])
              for c, num in zip(table.columns, numeric)]
    data = [header]
    cell_style = st["cell"]

    def render(values: dict) -> list:
        cells = []
        for c, w in zip(table.columns, widths):
            text = format_cell(values.get(c.key), c.kind)
            # Plain strings are fast; only text too wide for its column becomes a wrapping Paragraph.
            # Text DejaVu cannot draw (a Chinese name) also goes through a Paragraph, for the fallback face.
            if c.kind is Kind.TEXT and text and (not text.isascii() and any(fb for fb, _ in _runs(text))
                                                 or stringWidth(text, FONT_CELL, CELL_SIZE) > w - 2 * CELL_PAD):
                cells.append(Paragraph(markup(text), cell_style))
            else:
                cells.append(text)
        return cells

    subtotal_rows = []
    for line in body:
        if line.kind == "subtotal":
            subtotal_rows.append(len(data))
        data.append(render(line.values))
    cmds = [
        ("FONT", (0, 0), (-1, -1), FONT_CELL, CELL_SIZE),
        ("LEADING", (0, 0), (-1, -1), CELL_SIZE + 1.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("BACKGROUND", (0, 0), (-1, 0), _grey(_HEADER_GREY)),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, _grey(0)),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, _grey(0)),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [white, _grey(_ZEBRA_GREY)]),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, _grey(0)),
    ]
    for i, num in enumerate(numeric):
        if num:
            cmds.append(("ALIGN", (i, 1), (i, -1), "RIGHT"))
    for r in subtotal_rows:
        cmds += [("FONT", (0, r), (-1, r), FONT_CELL_BOLD, CELL_SIZE),
                 ("ALIGN", (0, r), (0, r), "LEFT"),  # the "Subtotal 2026" label, even in a number column
                 ("LINEABOVE", (0, r), (-1, r), 0.4, _grey(0))]
    if total is not None:
        data.append(render(total))
        cmds += [("FONT", (0, -1), (-1, -1), FONT_CELL_BOLD, CELL_SIZE),
                 ("ALIGN", (0, -1), (0, -1), "LEFT"),
                 ("BACKGROUND", (0, -1), (-1, -1), _grey(_HEADER_GREY)),
                 ("LINEABOVE", (0, -1), (-1, -1), 0.8, _grey(0))]
    # LongTable stops measuring rows once a page is full, which keeps 10,000-row lists linear in time.
    grid = LongTable(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    grid.setStyle(TableStyle(cmds))
    out.append(grid)
    return out


def write_pdf(tables: list[ReportTable] | ReportTable, path: str | Path, letterhead: Letterhead | None = None,
              orientation: str = "portrait", printed_by: str | None = None, footer_note: str | None = None,
              printed_at: _dt.datetime | None = None) -> Path:
    """Print report tables to a PDF, each table starting on a new page.

    Args:
        tables: one table or a list of them.
        path: the PDF file to write (overwritten).
        letterhead: the office block on every page.
        orientation: ``"portrait"`` or ``"landscape"`` (wide reports).
        printed_by: the user named in the footer ("Dicetak 23/11/2026 11:40 oleh rina").
        footer_note: an optional italic line above the footer.
        printed_at: the time in the footer; default now (tests pass a fixed one).
    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    from reportlab.platypus import PageBreak

    if isinstance(tables, ReportTable):
        tables = [tables]
    if not tables:
        raise ValueError("write_pdf needs at least one table")

    def story(width: float) -> list:
        out: list = []
        for i, table in enumerate(tables):
            if i:
                out.append(PageBreak())
            out += report_flowables(table, width)
        return out

    return build_document(path, story, letterhead, orientation=orientation, title=tables[0].title,
                          printed_by=printed_by, footer_note=footer_note, printed_at=printed_at)
