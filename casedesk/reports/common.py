"""What every CaseDesk PDF shares: embedded fonts, styles, tables, and the page furniture
("Confidential", page X of Y, when it was made, the vault's fingerprint, the audit head)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import reportlab
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Paragraph, Table, TableStyle

_FONTS = Path(reportlab.__file__).parent / "fonts"
# Bitstream Vera ships with ReportLab and covers every Spanish letter; embedded in each PDF.
for _name, _file in (("Vera", "Vera.ttf"), ("Vera-Bold", "VeraBd.ttf"), ("Vera-Italic", "VeraIt.ttf")):
    if _name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(_name, str(_FONTS / _file)))

BODY = ParagraphStyle("body", fontName="Vera", fontSize=9.5, leading=12.5)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#444444"))
H1 = ParagraphStyle("h1", parent=BODY, fontName="Vera-Bold", fontSize=20, leading=25, spaceAfter=6)
H2 = ParagraphStyle("h2", parent=BODY, fontName="Vera-Bold", fontSize=12.5, leading=16, spaceBefore=10,
                    spaceAfter=4, textColor=colors.HexColor("#1f4e79"))
CELL = ParagraphStyle("cell", parent=BODY, fontSize=8.5, leading=10.5)
CELL_BOLD = ParagraphStyle("cell_bold", parent=CELL, fontName="Vera-Bold")
GREY = colors.HexColor("#444444")
ACCENT = colors.HexColor("#1f4e79")

# Tables set their cell font even when every cell is a Paragraph; the default would put an
# unembedded Helvetica into the file.
TABLE_FONT = ("FONTNAME", (0, 0), (-1, -1), "Vera")
_GRID_STYLE = TableStyle([
    TABLE_FONT, ("FONTSIZE", (0, 0), (-1, -1), CELL.fontSize), ("LEADING", (0, 0), (-1, -1), CELL.leading),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
    ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#b0b8c0")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
])

_MONTHS = {
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}


def long_date(day: date, language: str) -> str:
    """29 de diciembre de 2025 / 29 December 2025."""
    month = _MONTHS[language][day.month - 1]
    return f"{day.day} de {month} de {day.year}" if language == "es" else f"{day.day} {month} {day.year}"


def number(value: int, language: str) -> str:
    """1.638 / 1,638."""
    return f"{value:,}".replace(",", ".") if language == "es" else f"{value:,}"


def nice_step(top: int) -> int:
    """The smallest round step (1, 2, 5, 10, 20, 50…) that reaches `top` in five lines or fewer."""
    magnitude = 1
    while True:
        for step in (magnitude, 2 * magnitude, 5 * magnitude):
            if top <= 5 * step:
                return step
        magnitude *= 10


def short_date(day: date, language: str) -> str:
    """29/12/2025 / 2025-12-29: for tables, where a long date would wrap."""
    return day.strftime("%d/%m/%Y") if language == "es" else day.isoformat()


def short_month(day: date, language: str) -> str:
    """dic 2025 / Dec 2025: a chart's axis label."""
    return f"{_MONTHS[language][day.month - 1][:3]} {day.year}"


def heading(text: str) -> list[Any]:
    """A section heading that never sits alone at the foot of a page."""
    return [CondPageBreak(30 * mm), Paragraph(escape(text), H2)]


def paragraph(text: Any, style: ParagraphStyle = CELL) -> Paragraph:
    """A paragraph of plain text (escaped; line breaks kept; a dash when empty)."""
    return Paragraph(escape(str(text if text not in (None, "") else "—")).replace("\n", "<br/>"), style)


def _cell(value: Any, width: float) -> Any:
    """A value as plain lines of text, broken at spaces to fit the column: ReportLab lays those
    out many times faster than a Paragraph. A word too long for the column (a hash) keeps
    the Paragraph, which can break inside it."""
    text = str(value if value not in (None, "") else "—")
    room = width - 12      # the cell's default padding, 6 points a side
    lines = simpleSplit(text, "Vera", CELL.fontSize, room)
    if all(pdfmetrics.stringWidth(line, "Vera", CELL.fontSize) <= room for line in lines):
        return "\n".join(lines)
    return paragraph(text)


def fields(rows: list[tuple[str, Any]], widths: tuple[float, float] = (45 * mm, 125 * mm)) -> Table:
    """Label and value, one pair a row."""
    table = Table([[paragraph(label, CELL_BOLD), _cell(value, widths[1])] for label, value in rows],
                  colWidths=list(widths))
    table.setStyle(TableStyle([TABLE_FONT, ("FONTSIZE", (0, 0), (-1, -1), CELL.fontSize),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 2)]))
    return table


def grid(header: list[str], rows: list[list[Any]], widths_mm: list[float], *, none: str) -> Any:
    """A table with a header row repeated on every page, or `none` when there are no rows."""
    if not rows:
        return paragraph(none, BODY)
    widths = [w * mm for w in widths_mm]
    table = Table([[paragraph(h, CELL_BOLD) for h in header]]
                  + [[_cell(value, width) for value, width in zip(row, widths)] for row in rows],
                  colWidths=widths, repeatRows=1)
    table.setStyle(_GRID_STYLE)
    return table


#: The words every page carries: (confidential, page X of Y, generated, vault, audit head).
_FURNITURE = {
    "es": ("CONFIDENCIAL", "Página {page} de {pages}", "Generado el {when}", "Bóveda {fingerprint}",
           "Cabeza de auditoría {head}"),
    "en": ("CONFIDENTIAL", "Page {page} of {pages}", "Generated {when}", "Vault {fingerprint}", "Audit head {head}"),
}


def build_furnished(document: Any, story: list[Any], *, language: str, right_header: str, vault_fingerprint: str,
                    audit_head: str, generated_at: datetime, passes: int = 1) -> None:
    """Build `document` with what every CaseDesk page carries: the confidentiality mark, a
    title, "page X of Y", when it was made, the vault's fingerprint and the audit head.
    `passes=2` is for documents with a table of contents, which learn page numbers first."""
    confidential, page_format, generated, vault, head = _FURNITURE[language]
    footer = (" · ".join((generated.format(when=generated_at.strftime("%Y-%m-%d %H:%M UTC")),
                          vault.format(fingerprint=vault_fingerprint))), head.format(head=audit_head))

    def decorate(canvas: Canvas, _document: Any) -> None:
        canvas.saveState()
        canvas.setFont("Vera-Bold", 8)
        canvas.setFillColor(colors.HexColor("#b71c1c"))
        canvas.drawString(20 * mm, A4[1] - 12 * mm, confidential)
        canvas.setFont("Vera", 7)
        canvas.setFillColor(GREY)
        canvas.drawRightString(A4[0] - 20 * mm, A4[1] - 12 * mm, right_header[:90])
        canvas.drawString(20 * mm, 14 * mm, footer[0])
        canvas.drawString(20 * mm, 10 * mm, footer[1])
        canvas.restoreState()

    build = document.multiBuild if passes > 1 else document.build
    build(story, onFirstPage=decorate, onLaterPages=decorate, canvasmaker=_numbered_canvas(page_format))


def _numbered_canvas(page_format: str) -> type[Canvas]:
    """A canvas that keeps its pages until the end, so each can say "page X of N".

    Bookmarks are kept with their page too: set while the page is held back, they would all
    point at the first page.
    """

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict] = []
            self._page_bookmarks: list[tuple[tuple, dict]] = []

        def bookmarkPage(self, *args, **kwargs) -> None:
            self._page_bookmarks.append((args, kwargs))

        def showPage(self) -> None:
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()
            self._page_bookmarks = []

        def save(self) -> None:
            total = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                for args, kwargs in self._page_bookmarks:
                    Canvas.bookmarkPage(self, *args, **kwargs)
                self.setFont("Vera", 7)
                self.setFillColor(GREY)
                self.drawRightString(A4[0] - 20 * mm, 14 * mm, page_format.format(page=self._pageNumber, pages=total))
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas
