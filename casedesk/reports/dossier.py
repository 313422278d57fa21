"""The case dossier as a PDF, built in memory with ReportLab platypus from plain data.

Every page says "Confidential", its number of the total, when it was made, the vault's
fingerprint and the audit-chain head; the cover carries a QR code with the case id and the
SHA-256 of the evidence manifest, so a printed copy can be checked against the vault.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import reportlab
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Image, KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle,
)

_FONTS = Path(reportlab.__file__).parent / "fonts"
# Bitstream Vera ships with ReportLab and covers every Spanish letter; embedded in each PDF.
for _name, _file in (("Vera", "Vera.ttf"), ("Vera-Bold", "VeraBd.ttf"), ("Vera-Italic", "VeraIt.ttf")):
    if _name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(_name, str(_FONTS / _file)))

_BODY = ParagraphStyle("body", fontName="Vera", fontSize=9.5, leading=12.5)
_SMALL = ParagraphStyle("small", parent=_BODY, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#444444"))
_H1 = ParagraphStyle("h1", parent=_BODY, fontName="Vera-Bold", fontSize=20, leading=25, spaceAfter=6)
_H2 = ParagraphStyle("h2", parent=_BODY, fontName="Vera-Bold", fontSize=12.5, leading=16, spaceBefore=10,
                     spaceAfter=4, textColor=colors.HexColor("#1f4e79"))
_CELL = ParagraphStyle("cell", parent=_BODY, fontSize=8.5, leading=10.5)

PROFILES = ("internal", "court", "family", "public")
# Tables set their cell font even when every cell is a Paragraph; the default would put an
# unembedded Helvetica into the file.
_TABLE_FONT = ("FONTNAME", (0, 0), (-1, -1), "Vera")


@dataclass(frozen=True)
class DossierText:
    """Every fixed word of the dossier, in one language."""

    confidential: str
    page: str
    generated: str
    vault: str
    audit_head: str
    sections: dict[str, str]
    labels: dict[str, str]


TEXT = {
    "es": DossierText(
        "CONFIDENCIAL", "Página {page} de {pages}", "Generado el {when}", "Bóveda {fingerprint}",
        "Cabeza de auditoría {head}",
        {"person": "Persona", "detention": "Detención", "timeline": "Cronología", "hearings": "Audiencias",
         "contacts": "Familia y contactos", "evidence": "Evidencias", "claims": "Verificaciones", "notes": "Notas",
         "check": "Para comprobar esta copia"},
        {"case": "Caso", "status_today": "Situación hoy", "national_id": "Cédula", "sex": "Sexo",
         "birth_date": "Nacimiento", "nationality": "Nacionalidad", "occupation": "Ocupación",
         "affiliation": "Afiliación", "civilian_military": "Civil/militar", "aliases": "Alias",
         "arrest_date": "Detención", "arrest_place": "Lugar", "agency": "Organismo", "facility": "Centro de reclusión",
         "charges": "Cargos", "court": "Tribunal", "case_file_number": "Expediente", "judge": "Juez/a",
         "lawyer": "Abogado/a", "classification": "Clasificación", "days_held": "Días detenido/a",
         "date": "Fecha", "event": "Evento", "description": "Descripción", "source": "Fuente",
         "name": "Nombre", "relationship": "Parentesco", "phones": "Teléfonos", "address": "Dirección",
         "channel": "Canal seguro", "consent": "Consentimiento", "do_not_contact": "NO CONTACTAR",
         "kind": "Tipo", "title": "Título", "obtained": "Obtenida", "claim": "Afirmación", "state": "Estado",
         "sources": "Fuentes consultadas", "none": "Sin registros.", "manifest": "Manifiesto de evidencias",
         "qr_help": "El código QR contiene el id del caso y el SHA-256 del manifiesto de evidencias; "
                    "compárelo con la bóveda con «casedesk check-dossier»."}),
    "en": DossierText(
        "CONFIDENTIAL", "Page {page} of {pages}", "Generated {when}", "Vault {fingerprint}",
        "Audit head {head}",
        {"person": "Person", "detention": "Detention", "timeline": "Timeline", "hearings": "Hearings",
         "contacts": "Family and contacts", "evidence": "Evidence", "claims": "Verification", "notes": "Notes",
         "check": "To check this copy"},
        {"case": "Case", "status_today": "Status today", "national_id": "National ID", "sex": "Sex",
         "birth_date": "Born", "nationality": "Nationality", "occupation": "Occupation",
         "affiliation": "Affiliation", "civilian_military": "Civilian/military", "aliases": "Aliases",
         "arrest_date": "Arrested", "arrest_place": "Place", "agency": "Arresting agency", "facility": "Facility",
         "charges": "Charges", "court": "Court", "case_file_number": "Case file", "judge": "Judge",
         "lawyer": "Lawyer", "classification": "Classification", "days_held": "Days held",
         "date": "Date", "event": "Event", "description": "Description", "source": "Source",
         "name": "Name", "relationship": "Relationship", "phones": "Phones", "address": "Address",
         "channel": "Safe channel", "consent": "Consent", "do_not_contact": "DO NOT CONTACT",
         "kind": "Kind", "title": "Title", "obtained": "Obtained", "claim": "Claim", "state": "State",
         "sources": "Sources checked", "none": "None recorded.", "manifest": "Evidence manifest",
         "qr_help": "The QR code holds the case id and the SHA-256 of the evidence manifest; compare it "
                    "with the vault using “casedesk check-dossier”."}),
}


def _p(text: Any, style: ParagraphStyle = _CELL) -> Paragraph:
    return Paragraph(escape(str(text if text not in (None, "") else "—")).replace("\n", "<br/>"), style)


def _fields(rows: list[tuple[str, Any]]) -> Table:
    table = Table([[_p(label, ParagraphStyle("l", parent=_CELL, fontName="Vera-Bold")), _p(value)]
                   for label, value in rows], colWidths=[45 * mm, 125 * mm])
    table.setStyle(TableStyle([_TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 2)]))
    return table


def _grid(header: list[str], rows: list[list[Any]], widths: list[float], *, none: str) -> Any:
    if not rows:
        return _p(none, _BODY)
    table = Table([[_p(h, ParagraphStyle("h", parent=_CELL, fontName="Vera-Bold")) for h in header]]
                  + [[_p(cell) for cell in row] for row in rows], colWidths=[w * mm for w in widths], repeatRows=1)
    table.setStyle(TableStyle([
        _TABLE_FONT,
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
        ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#b0b8c0")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return table


def _thumbnail(data: bytes, title: str) -> list[Any]:
    image = Image(io.BytesIO(data))
    scale = min(52 * mm / image.imageWidth, 40 * mm / image.imageHeight)
    image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
    return [image, _p(title, _SMALL)]


def qr_payload(dossier: dict[str, Any]) -> str:
    return json.dumps({"case": dossier["case_id"], "manifest_sha256": dossier["manifest_sha256"]},
                      separators=(",", ":"))


def _qr(payload: str, size: float = 32 * mm) -> Drawing:
    widget = QrCodeWidget(payload)
    x1, y1, x2, y2 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x2 - x1), 0, 0, size / (y2 - y1), 0, 0])
    drawing.initialFontName = "Vera"   # the graphics default is Helvetica, which would go in unembedded
    drawing.add(widget)
    return drawing


def build_dossier(dossiers: list[dict[str, Any]], *, language: str, vault_fingerprint: str, audit_head: str,
                  generated_at: datetime) -> bytes:
    """One PDF for one or more cases (already redacted to their profile); returns its bytes."""
    text = TEXT[language]
    out = io.BytesIO()
    names = ", ".join(d["name"] for d in dossiers)
    document = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm, bottomMargin=24 * mm,
        title=f"{text.sections['person']}: {names}" if len(dossiers) == 1 else names,
        author="CaseDesk", subject=qr_payload(dossiers[0]) if len(dossiers) == 1 else "",
        keywords=json.dumps([qr_payload(d) for d in dossiers]), creator="CaseDesk", invariant=True,
        initialFontName="Vera")   # the default Helvetica would be listed as an unembedded font
    story: list[Any] = []
    for number, dossier in enumerate(dossiers):
        if number:
            story.append(PageBreak())
        story += _case_story(dossier, text)

    def decorate(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("Vera-Bold", 8)
        canvas.setFillColor(colors.HexColor("#b71c1c"))
        canvas.drawString(20 * mm, A4[1] - 12 * mm, text.confidential)
        canvas.setFont("Vera", 7)
        canvas.setFillColor(colors.HexColor("#444444"))
        canvas.drawRightString(A4[0] - 20 * mm, A4[1] - 12 * mm, names[:90])
        footer = " · ".join((text.generated.format(when=generated_at.strftime("%Y-%m-%d %H:%M UTC")),
                             text.vault.format(fingerprint=vault_fingerprint)))
        canvas.drawString(20 * mm, 14 * mm, footer)
        canvas.drawString(20 * mm, 10 * mm, text.audit_head.format(head=audit_head))
        canvas.restoreState()

    document.build(story, onFirstPage=decorate, onLaterPages=decorate, canvasmaker=_numbered_canvas(text.page))
    return out.getvalue()


def _case_story(d: dict[str, Any], text: DossierText) -> list[Any]:
    label, section = text.labels, text.sections
    none = label["none"]
    story: list[Any] = [Paragraph(escape(d["name"]), _H1)]
    cover = _fields([(label["case"], d["case_id"]), (label["status_today"], d["status_label"]),
                     (label["arrest_date"], d["arrest_date"]), (label["facility"], d["facility"]),
                     (label["days_held"], d["days_held"])])
    qr = Table([[cover, _qr(qr_payload(d))]], colWidths=[135 * mm, 35 * mm])
    qr.setStyle(TableStyle([_TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [qr, Spacer(0, 4 * mm)]
    story += [Paragraph(section["person"], _H2), _fields([(label[key], value) for key, value in d["person"]])]
    story += [Paragraph(section["detention"], _H2), _fields([(label[key], value) for key, value in d["detention"]])]
    story += [Paragraph(section["timeline"], _H2),
              _grid([label["date"], label["event"], label["description"], label["source"]], d["timeline"],
                    [25, 40, 60, 45], none=none)]
    story += [Paragraph(section["hearings"], _H2),
              _grid([label["date"], label["description"]], d["hearings"], [30, 140], none=none)]
    if d["contacts"] is not None:
        story += [Paragraph(section["contacts"], _H2),
                  _grid([label["name"], label["relationship"], label["phones"], label["address"], label["channel"],
                         label["consent"]], d["contacts"], [30, 24, 28, 34, 24, 30], none=none)]
    story += [Paragraph(section["evidence"], _H2),
              _grid([label["kind"], label["title"], label["source"], label["obtained"], "SHA-256"], d["evidence"],
                    [22, 38, 32, 20, 58], none=none)]
    if d.get("thumbnails"):
        cells = [[_thumbnail(data, title) for title, data in d["thumbnails"][i:i + 3]]
                 for i in range(0, len(d["thumbnails"]), 3)]
        cells[-1] += [""] * (3 - len(cells[-1]))
        photos = Table(cells, colWidths=[57 * mm] * 3)
        photos.setStyle(TableStyle([_TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story += [Spacer(0, 3 * mm), photos]
    story += [Paragraph(section["claims"], _H2),
              _grid([label["claim"], label["state"], label["sources"]], d["claims"], [60, 30, 80], none=none)]
    if d["notes"] is not None:
        story += [Paragraph(section["notes"], _H2), _p(d["notes"] or none, _BODY)]
    story.append(KeepTogether([Paragraph(section["check"], _H2), _p(label["qr_help"], _SMALL),
                               _p(f"{label['manifest']}: {d['manifest_sha256']}", _SMALL)]))
    return story


def _numbered_canvas(page_format: str) -> type[Canvas]:
    """A canvas that keeps its pages until the end, so each can say "page X of N"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict] = []

        def showPage(self) -> None:
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                self.setFont("Vera", 7)
                self.setFillColor(colors.HexColor("#444444"))
                self.drawRightString(A4[0] - 20 * mm, 14 * mm, page_format.format(page=self._pageNumber, pages=total))
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas
