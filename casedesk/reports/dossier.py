"""The case dossier as a PDF, built in memory with ReportLab platypus from plain data.

Every page says "Confidential", its number of the total, when it was made, the vault's
fingerprint and the audit-chain head; the cover carries a QR code with the case id and the
SHA-256 of the evidence manifest, so a printed copy can be checked against the vault.
"""

from __future__ import annotations

import io
import itertools
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable, Image, KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from casedesk.reports.common import (
    BODY, H1, SMALL, TABLE_FONT, build_furnished, fields, grid, heading, paragraph,
)

PROFILES = ("internal", "court", "family", "public")
_TOC_ENTRY = ParagraphStyle("toc", parent=BODY, fontSize=10.5, leading=15)


@dataclass(frozen=True)
class DossierText:
    """Every fixed word of the dossier, in one language."""

    contents: str
    sections: dict[str, str]
    labels: dict[str, str]


TEXT = {
    "es": DossierText(
        "Contenido",
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
        "Contents",
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


def _thumbnail(data: bytes, title: str) -> list[Any]:
    image = Image(io.BytesIO(data))
    scale = min(52 * mm / image.imageWidth, 40 * mm / image.imageHeight)
    image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
    return [image, paragraph(title, SMALL)]


def qr_payload(dossier: dict[str, Any]) -> str:
    return json.dumps({"case": dossier["case_id"], "manifest_sha256": dossier["manifest_sha256"]},
                      separators=(",", ":"))


class QrCode(Flowable):
    """A QR code drawn as one filled path: ReportLab's widget draws a shape per module, which
    cost ~85 ms a dossier; this costs ~1 ms. The mask pattern is fixed rather than scored
    eight ways (another ~20 ms): every mask is valid, and the tests decode the printed code."""

    def __init__(self, payload: str, size: float = 32 * mm, border: int = 2) -> None:
        super().__init__()
        code = QrCodeWidget(payload).qr
        code.version = code.calculate_version()
        code.makeImpl(False, 0)
        self.modules, self.border = code.modules, border
        self.width = self.height = size

    def wrap(self, *_: Any) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        count = len(self.modules)
        box = self.width / (count + 2 * self.border)
        path = self.canv.beginPath()
        for row_number, row in enumerate(self.modules):
            y = self.height - (row_number + self.border + 1) * box
            column = 0
            for dark, run in itertools.groupby(bool(module) for module in row):
                length = len(list(run))
                if dark:
                    path.rect((column + self.border) * box, y, length * box, box)
                column += length
        self.canv.setFillColorRGB(0, 0, 0)
        self.canv.drawPath(path, stroke=0, fill=1)


class _Document(SimpleDocTemplate):
    """Tells the table of contents (and the PDF's bookmarks) where each case starts."""

    def afterFlowable(self, flowable: Any) -> None:
        if isinstance(flowable, Paragraph) and getattr(flowable, "case_heading", None):
            key, title = flowable.case_heading
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(title, key, level=0)
            self.notify("TOCEntry", (0, escape(title), self.page, key))


def build_dossier(dossiers: list[dict[str, Any]], *, language: str, vault_fingerprint: str, audit_head: str,
                  generated_at: datetime) -> bytes:
    """One PDF for one or more cases (already redacted to their profile); returns its bytes.

    Several cases get a table of contents first, with page numbers and PDF bookmarks.
    """
    text = TEXT[language]
    out = io.BytesIO()
    names = ", ".join(d["name"] for d in dossiers)
    document = _Document(
        out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm, bottomMargin=24 * mm,
        title=f"{text.sections['person']}: {names}" if len(dossiers) == 1 else names,
        author="CaseDesk", subject=qr_payload(dossiers[0]) if len(dossiers) == 1 else "",
        keywords=json.dumps([qr_payload(d) for d in dossiers]), creator="CaseDesk", invariant=True,
        initialFontName="Vera")   # the default Helvetica would be listed as an unembedded font
    story: list[Any] = []
    if len(dossiers) > 1:
        contents = TableOfContents(dotsMinLevel=0, levelStyles=[_TOC_ENTRY])
        story += [Paragraph(escape(text.contents), H1), contents, PageBreak()]
    for number, dossier in enumerate(dossiers):
        if number:
            story.append(PageBreak())
        story += _case_story(dossier, text, f"case-{number}")
    build_furnished(document, story, language=language, right_header=names, vault_fingerprint=vault_fingerprint,
                    audit_head=audit_head, generated_at=generated_at, passes=2 if len(dossiers) > 1 else 1)
    return out.getvalue()


def _portrait(data: bytes) -> Image:
    image = Image(io.BytesIO(data))
    scale = min(30 * mm / image.imageWidth, 38 * mm / image.imageHeight)
    image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
    return image


def _case_story(d: dict[str, Any], text: DossierText, anchor: str) -> list[Any]:
    label, section = text.labels, text.sections
    none = label["none"]
    title = Paragraph(escape(d["name"]), H1)
    title.case_heading = (anchor, d["name"])
    story: list[Any] = [title]
    cover = fields([(label["case"], d["case_id"]), (label["status_today"], d["status_label"]),
                    (label["arrest_date"], d["arrest_date"]), (label["facility"], d["facility"]),
                    (label["days_held"], d["days_held"])],
                   widths=(38 * mm, (64 if d.get("portrait") else 97) * mm))
    cells = [cover, QrCode(qr_payload(d))]
    widths = [135 * mm, 35 * mm]
    if d.get("portrait"):
        cells.insert(1, _portrait(d["portrait"]))
        widths = [102 * mm, 33 * mm, 35 * mm]
    top = Table([cells], colWidths=widths)
    top.setStyle(TableStyle([TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [top, Spacer(0, 4 * mm)]
    story += [*heading(section["person"]), fields([(label[key], value) for key, value in d["person"]])]
    story += [*heading(section["detention"]), fields([(label[key], value) for key, value in d["detention"]])]
    story += [*heading(section["timeline"]),
              grid([label["date"], label["event"], label["description"], label["source"]], d["timeline"],
                   [22, 48, 60, 40], none=none)]
    story += [*heading(section["hearings"]),
              grid([label["date"], label["description"]], d["hearings"], [30, 140], none=none)]
    if d["contacts"] is not None:
        story += [*heading(section["contacts"]),
                  grid([label["name"], label["relationship"], label["phones"], label["address"], label["channel"],
                        label["consent"]], d["contacts"], [28, 25, 26, 31, 24, 36], none=none)]
    story += [*heading(section["evidence"]),
              grid([label["kind"], label["title"], label["source"], label["obtained"], "SHA-256"], d["evidence"],
                   [22, 38, 32, 20, 58], none=none)]
    if d.get("thumbnails"):
        cells = [[_thumbnail(data, title) for title, data in d["thumbnails"][i:i + 3]]
                 for i in range(0, len(d["thumbnails"]), 3)]
        cells[-1] += [""] * (3 - len(cells[-1]))
        photos = Table(cells, colWidths=[57 * mm] * 3)
        photos.setStyle(TableStyle([TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story += [Spacer(0, 3 * mm), photos]
    story += [*heading(section["claims"]),
              grid([label["claim"], label["state"], label["sources"]], d["claims"], [60, 30, 80], none=none)]
    if d["notes"] is not None:
        story += [*heading(section["notes"]), paragraph(d["notes"] or none, BODY)]
    story.append(KeepTogether([*heading(section["check"]), paragraph(label["qr_help"], SMALL),
                               paragraph(f"{label['manifest']}: {d['manifest_sha256']}", SMALL)]))
    return story
