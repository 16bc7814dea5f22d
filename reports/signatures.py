"""Signature blocks for printed papers: a row of ``(caption, name, role)`` blocks with space to sign, and the
place where the Rp 10.000 meterai is stuck (UU 10/2020).  Shared by the agreement, letters, receipts of hand-over
and the dealer's purchase order, so it sits beside the PDF renderer rather than inside one of them."""
from __future__ import annotations

from reports.pdf import markup

_CM = 28.3465


def signature_table(width: float, blocks: list[tuple[str, str, str]], *, stamp_on: int | None = None,
                    height: float = 52):
    """A row of signature blocks: ``(caption, name, role)`` each, a blank to sign on, the name in brackets.

    ``stamp_on`` marks the block where the Rp 10.000 meterai is stuck (a dashed box in the signing space).
    """
    from reportlab.platypus import Paragraph, Table, TableStyle

    from reports.pdf import FONT, _grey, styles

    st = styles()
    n = len(blocks)
    captions = [Paragraph(f"<b>{markup(c)}</b>", st["small"]) for c, _n, _r in blocks]
    spaces = ["" for _ in blocks]
    stamp_box = None
    if stamp_on is not None:
        # The place where the meterai tempel is stuck and signed across: a small dashed box, 3 × 1,8 cm.
        stamp_box = Paragraph("<font size='6.5'>METERAI<br/>Rp 10.000</font>", _centred(st["small"]))
        spaces[stamp_on] = Table([[stamp_box]], colWidths=[3 * _CM], rowHeights=[1.8 * _CM])
        spaces[stamp_on].setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.7, _grey(0), None, (2, 2)),
                                              ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    names = [Paragraph(f"( {markup(name) if name else '.' * 36} )", st["small"]) for _c, name, _r in blocks]
    roles = [Paragraph(markup(role), st["small"]) for _c, _n, role in blocks]
    table = Table([captions, spaces, names, roles], colWidths=[width / n] * n, rowHeights=[None, height, None, None])
    cmds = [("ALIGN", (0, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("FONT", (0, 0), (-1, -1), FONT, 8)]
    table.setStyle(TableStyle(cmds))
    # center alignment of Paragraphs comes from their style: give the small style centred copies
    for row in (captions, names, roles):
        for p in row:
            p.style = _centred(p.style)
    return table


def _centred(style):
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(style.name + "_c", style, alignment=TA_CENTER)
