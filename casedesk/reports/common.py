"""What every CaseDesk PDF shares: embedded fonts, styles, tables, the page furniture (a mark
fitted to the reader, page X of Y, when it was made in local time, the vault's fingerprint and
the audit head or a verification code) and the organisation's letterhead and signature block."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta
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
from reportlab.platypus import CondPageBreak, Image, Paragraph, Spacer, Table, TableStyle

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


#: The words of the page furniture and the letterhead.
_WORDS = {
    "es": {"page": "Página {page} de {pages}", "made": "Generado el {when}", "issued": "Emitido por {issuer} el {when}",
           "code": "Código de verificación {code}", "vault": "Bóveda {fingerprint}", "head": "Cabeza de auditoría {head}",
           "lawyer": "Abogado/a: {lawyer}", "at": "a las"},
    "en": {"page": "Page {page} of {pages}", "made": "Generated {when}", "issued": "Issued by {issuer} on {when}",
           "code": "Verification code {code}", "vault": "Vault {fingerprint}", "head": "Audit head {head}",
           "lawyer": "Lawyer: {lawyer}", "at": "at"},
}
#: The mark at the top of every page, by who reads the document. The team and a court get
#: "confidential"; a family's copy says it is theirs (it names their relatives, yet a red
#: stamp would read as a leaked official paper); a public document carries no mark (the
#: organisation's name when there is one).
_STAMPS = {
    "es": {"internal": "CONFIDENCIAL", "court": "CONFIDENCIAL", "family": "COPIA PARA LA FAMILIA", "public": ""},
    "en": {"internal": "CONFIDENTIAL", "court": "CONFIDENTIAL", "family": "COPY FOR THE FAMILY", "public": ""},
}
AUDIENCES = tuple(_STAMPS["en"])
_STAMP_COLOURS = {"internal": colors.HexColor("#b71c1c"), "court": colors.HexColor("#b71c1c"), "family": ACCENT,
                  "public": GREY}
_MINUS = "\u2212"          # a real minus sign: "UTC−04:00" reads as an offset, not a dash


def zone_label(moment: datetime) -> str:
    """The zone of an aware time as a reader anywhere understands it: "UTC−04:00", "UTC+01:00, CET", "UTC"."""
    offset = moment.utcoffset() or timedelta(0)
    minutes = round(offset.total_seconds() / 60)
    label = "UTC" if minutes == 0 else (f"UTC{'+' if minutes > 0 else _MINUS}"
                                        f"{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}")
    name = moment.tzname() or ""
    if name.isalpha() and name.upper() not in ("UTC", "GMT", "Z"):     # "CET" says more; "-04" says nothing new
        label += f", {name}"
    return label


def local_time(moment: datetime, language: str, *, long: bool = False) -> str:
    """When something was made, in this computer's time zone, with the zone said.

    30/11/2026 14:05 (UTC−04:00) / 30 Nov 2026 14:05 (UTC−04:00); `long`: 30 de noviembre de
    2026 a las 14:05 (UTC−04:00) / 30 November 2026 at 14:05 (UTC−04:00). A time without a zone
    is taken as this computer's.
    """
    local = moment.astimezone()
    day = local.date()
    if long:
        when = f"{long_date(day, language)} {_WORDS[language]['at']} {local:%H:%M}"
    elif language == "es":
        when = f"{local:%d/%m/%Y %H:%M}"
    else:
        when = f"{day.day} {_MONTHS['en'][day.month - 1][:3]} {day.year} {local:%H:%M}"
    return f"{when} ({zone_label(local)})"


def _fitted(text: str, room: float, size: float = 7, smallest: float = 5.5) -> tuple[str, float]:
    """A footer line at a font size that fits `room` points; cut with "…" if even the smallest does not."""
    while size > smallest and pdfmetrics.stringWidth(text, "Vera", size) > room:
        size -= 0.25
    while pdfmetrics.stringWidth(text, "Vera", size) > room and len(text) > 1:
        text = text[:-2] + "…"
    return text, size


def build_furnished(document: Any, story: list[Any], *, language: str, right_header: str, vault_fingerprint: str,
                    audit_head: str, generated_at: datetime, passes: int = 1, audience: str = "internal",
                    issuer: str = "", code: str = "") -> None:
    """Build `document` with what every CaseDesk page carries, fitted to who will read it.

    Every page: a mark at the top (see `_STAMPS`), a title, "page X of Y" and when it was
    made, in local time with its zone, by whom (`issuer`, the letterhead's organisation) when
    known. The team's copy and a court's also give the vault's fingerprint and the audit head
    on every page; a family's or the public's carry the verification `code` instead and leave
    the technical values to the end of the document. `passes=2` is for documents with a table
    of contents, which learn page numbers first.
    """
    words = _WORDS[language]
    when = local_time(generated_at, language)
    made = words["issued"].format(issuer=issuer, when=when) if issuer else words["made"].format(when=when)
    vault = words["vault"].format(fingerprint=vault_fingerprint)
    head = words["head"].format(head=audit_head)
    checked = words["code"].format(code=code) if code else ""
    if audience == "internal":
        lines = [" · ".join((made, vault)), head]
    elif audience == "court":
        lines = [" · ".join(filter(None, (made, checked))), " · ".join((vault, head))]
    else:
        lines = [" · ".join(filter(None, (made, checked)))]
    width = A4[0] - 40 * mm
    footer = [_fitted(lines[0], width - 28 * mm)] + [_fitted(line, width) for line in lines[1:]]
    stamp = _STAMPS[language][audience] or issuer
    stamp_font = "Vera-Bold" if _STAMPS[language][audience] else "Vera"
    stamp, stamp_size = _fitted(stamp, width / 2, size=8, smallest=6.5)
    header, header_size = _fitted(right_header, width / 2 - 4 * mm)

    def decorate(canvas: Canvas, _document: Any) -> None:
        canvas.saveState()
        canvas.setFont(stamp_font, stamp_size)
        canvas.setFillColor(_STAMP_COLOURS[audience])
        canvas.drawString(20 * mm, A4[1] - 12 * mm, stamp)
        canvas.setFont("Vera", header_size)
        canvas.setFillColor(GREY)
        canvas.drawRightString(A4[0] - 20 * mm, A4[1] - 12 * mm, header)
        for (text, size), y in zip(footer, (14 * mm, 10 * mm)):
            canvas.setFont("Vera", size)
            canvas.drawString(20 * mm, y, text)
        canvas.restoreState()

    build = document.multiBuild if passes > 1 else document.build
    build(story, onFirstPage=decorate, onLaterPages=decorate, canvasmaker=_numbered_canvas(words["page"], language))


_LETTERHEAD_NAME = ParagraphStyle("letterhead_name", parent=BODY, fontName="Vera-Bold", fontSize=12.5, leading=15,
                                  textColor=ACCENT)
_LETTERHEAD_LINE = ParagraphStyle("letterhead_line", parent=BODY, fontSize=8, leading=10, textColor=GREY)
_SIGNATURE = ParagraphStyle("signature", parent=BODY, alignment=1)
_SIGNATURE_NAME = ParagraphStyle("signature_name", parent=_SIGNATURE, fontName="Vera-Bold")


def letterhead_block(letterhead: dict[str, Any] | None, language: str, width: float = 170 * mm) -> list[Any]:
    """The organisation at the top of a first page: logo, name, address, lawyer, and a rule
    under them. Nothing when there is no letterhead."""
    if not letterhead:
        return []
    lines: list[Any] = []
    if letterhead.get("organisation"):
        lines.append(Paragraph(escape(letterhead["organisation"]), _LETTERHEAD_NAME))
    lines += [Paragraph(escape(line), _LETTERHEAD_LINE) for line in letterhead.get("address") or []]
    if letterhead.get("lawyer"):
        lines.append(Paragraph(escape(_WORDS[language]["lawyer"].format(lawyer=letterhead["lawyer"])),
                               _LETTERHEAD_LINE))
    cells: list[Any] = []
    widths: list[float] = []
    if letterhead.get("logo"):
        logo = Image(io.BytesIO(letterhead["logo"]))
        scale = min(48 * mm / logo.imageWidth, 20 * mm / logo.imageHeight)
        logo.drawWidth, logo.drawHeight = logo.imageWidth * scale, logo.imageHeight * scale
        cells.append(logo)
        widths.append(logo.drawWidth + 6 * mm)
    if lines:
        cells.append(lines)
        widths.append(width - sum(widths))
    table = Table([cells], colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle([TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("LEFTPADDING", (0, 0), (0, 0), 0),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.8, ACCENT), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return [table, Spacer(0, 5 * mm)]


def signature_block(letterhead: dict[str, Any] | None) -> list[Any]:
    """Room to sign, a line, and the signer's name, title and bar number under it; nothing when
    the letterhead names no one to sign. Keep it together with what it closes: a signature
    alone on the last page signs nothing."""
    lines = (letterhead or {}).get("signature") or []
    if not lines:
        return []
    rows = [[Paragraph(escape(lines[0]), _SIGNATURE_NAME)]] + [[Paragraph(escape(line), _SIGNATURE)]
                                                               for line in lines[1:]]
    table = Table(rows, colWidths=[80 * mm], hAlign="CENTER")
    table.setStyle(TableStyle([TABLE_FONT, ("LINEABOVE", (0, 0), (0, 0), 0.6, colors.black),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return [Spacer(0, 24 * mm), table]


def _numbered_canvas(page_format: str, language: str) -> type[Canvas]:
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
                self.drawRightString(A4[0] - 20 * mm, 14 * mm, page_format.format(
                    page=number(self._pageNumber, language), pages=number(total, language)))
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas
