"""The case dossier as a PDF, built in memory with ReportLab platypus from plain data.

Every page carries a mark fitted to its reader (confidential for the team and a court), its
number of the total and when it was made, in local time with the zone; the team's and a
court's copies also the vault's fingerprint and the audit-chain head. The cover carries the
organisation's letterhead when there is one, a QR code with the case id and the SHA-256 of
the evidence manifest, and the verification code under it, so a printed copy can be checked
against the vault; each case ends by saying, in plain words, how. Court and family copies close with the
signature block.
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
    BODY, H1, SMALL, TABLE_FONT, build_furnished, fields, grid, heading, letterhead_block, local_time, number,
    paragraph, signature_block,
)

PROFILES = ("internal", "court", "family", "public")
_TOC_ENTRY = ParagraphStyle("toc", parent=BODY, fontSize=10.5, leading=15)
_QR_CAPTION = ParagraphStyle("qr_caption", parent=SMALL, alignment=1)


@dataclass(frozen=True)
class DossierText:
    """Every fixed word of the dossier, in one language."""

    contents: str
    sections: dict[str, str]
    labels: dict[str, str]
    check: dict[str, str]


TEXT = {
    "es": DossierText(
        "Contenido",
        {"person": "Persona", "detention": "Detención", "timeline": "Cronología", "hearings": "Audiencias",
         "contacts": "Familia y contactos", "evidence": "Evidencias", "claims": "Verificaciones", "notes": "Notas",
         "check": "Cómo comprobar este documento"},
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
         "sources": "Fuentes consultadas", "none": "Sin registros.", "code": "Código de verificación"},
        {"what": "Este documento es el expediente del caso de {name}, {audience}, {origin}.",
         "internal": "para el trabajo interno del equipo", "court": "preparado para un tribunal",
         "family": "preparado para su familia", "public": "preparado para su difusión pública",
         "issued": "emitido por {issuer} el {when}", "made": "hecho con CaseDesk el {when}",
         "how": "Para confirmar que es auténtico, pida {contact} que lo verifique con CaseDesk: escanee el "
                "código QR de la primera página{or_code}. Así se confirma quién emitió el documento, cuándo y "
                "sobre qué caso, y si las evidencias que enumera siguen siendo las mismas.",
         "or_code": " o indique el código de verificación {code}",
         "nobody": "a quien le entregó este documento",
         "contact": "a {who}",
         "technical": "Datos técnicos para quien lo verifique: {code}caso {case}; manifiesto de evidencias "
                      "(SHA-256) {manifest}; bóveda {vault}; cabeza de la cadena de auditoría {head}. "
                      "En CaseDesk: casedesk check-dossier BÓVEDA {target}.",
         "technical_code": "código {code}; ", "file": "ARCHIVO.pdf"}),
    "en": DossierText(
        "Contents",
        {"person": "Person", "detention": "Detention", "timeline": "Timeline", "hearings": "Hearings",
         "contacts": "Family and contacts", "evidence": "Evidence", "claims": "Verification", "notes": "Notes",
         "check": "How to check this document"},
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
         "sources": "Sources checked", "none": "None recorded.", "code": "Verification code"},
        {"what": "This document is the case file of {name}, {audience}, {origin}.",
         "internal": "for the team's internal work", "court": "prepared for a court",
         "family": "prepared for their family", "public": "prepared for public release",
         "issued": "issued by {issuer} on {when}", "made": "made with CaseDesk on {when}",
         "how": "To confirm that it is authentic, ask {contact} to check it with CaseDesk: scan the QR code on "
                "the first page{or_code}. The check confirms who issued the document, when and about which case, "
                "and whether the evidence it lists is still the same.",
         "or_code": " or give the verification code {code}",
         "nobody": "whoever gave you this document",
         "contact": "{who}",
         "technical": "Technical details for whoever checks it: {code}case {case}; evidence manifest (SHA-256) "
                      "{manifest}; vault {vault}; audit chain head {head}. In CaseDesk: casedesk check-dossier "
                      "VAULT {target}.",
         "technical_code": "code {code}; ", "file": "FILE.pdf"}),
}


def _thumbnail(data: bytes, title: str) -> list[Any]:
    image = Image(io.BytesIO(data))
    scale = min(52 * mm / image.imageWidth, 40 * mm / image.imageHeight)
    image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
    return [image, paragraph(title, SMALL)]


def qr_payload(dossier: dict[str, Any]) -> str:
    """What the QR code holds: the case id and the evidence manifest's SHA-256 (the text a
    phone reads from it, which `check_dossier` accepts as well as the file)."""
    return json.dumps({"case": dossier["case_id"], "manifest_sha256": dossier["manifest_sha256"]},
                      separators=(",", ":"))


def _file_payload(dossier: dict[str, Any], code: str) -> str:
    """What the file's metadata holds for each case: the QR's content and the verification code."""
    payload = {"case": dossier["case_id"], "manifest_sha256": dossier["manifest_sha256"]}
    return json.dumps({**payload, "code": code} if code else payload, separators=(",", ":"))


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
                  generated_at: datetime, profile: str = "internal", letterhead: dict[str, Any] | None = None,
                  code: str = "") -> bytes:
    """One PDF for one or more cases (already redacted to `profile`); returns its bytes.

    Several cases get a table of contents first, with page numbers and PDF bookmarks.
    `letterhead` (plain data, see `Letterhead.for_report`) heads the first page and, for a
    court or a family, signs the end; `code` is the verification code the vault recorded.
    """
    text = TEXT[language]
    out = io.BytesIO()
    names = ", ".join(d["name"] for d in dossiers)
    issuer = (letterhead or {}).get("organisation") or (letterhead or {}).get("lawyer") or ""
    document = _Document(
        out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm, bottomMargin=24 * mm,
        title=f"{text.sections['person']}: {names}" if len(dossiers) == 1 else names,
        author=issuer or "CaseDesk", subject=qr_payload(dossiers[0]) if len(dossiers) == 1 else "",
        keywords=json.dumps([_file_payload(d, code) for d in dossiers]), creator="CaseDesk", invariant=True,
        initialFontName="Vera")   # the default Helvetica would be listed as an unembedded font
    check = {"profile": profile, "letterhead": letterhead, "code": code, "vault_fingerprint": vault_fingerprint,
             "audit_head": audit_head, "when": local_time(generated_at, language, long=True)}
    story: list[Any] = letterhead_block(letterhead, language)
    if len(dossiers) > 1:
        contents = TableOfContents(dotsMinLevel=0, levelStyles=[_TOC_ENTRY])
        story += [Paragraph(escape(text.contents), H1), contents, PageBreak()]
    # Court and family copies end signed, the signature kept on the page of the last words.
    signature = signature_block(letterhead) if profile in ("court", "family") else []
    for index, dossier in enumerate(dossiers):
        if index:
            story.append(PageBreak())
        story += _case_story(dossier, text, f"case-{index}", language, check,
                             closing=signature if index == len(dossiers) - 1 else [])
    build_furnished(document, story, language=language, right_header=names, vault_fingerprint=vault_fingerprint,
                    audit_head=audit_head, generated_at=generated_at, passes=2 if len(dossiers) > 1 else 1,
                    audience=profile, issuer=issuer, code=code)
    return out.getvalue()


def _portrait(data: bytes) -> Image:
    image = Image(io.BytesIO(data))
    scale = min(30 * mm / image.imageWidth, 38 * mm / image.imageHeight)
    image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
    return image


def _case_story(d: dict[str, Any], text: DossierText, anchor: str, language: str,
                check: dict[str, Any], closing: list[Any]) -> list[Any]:
    label, section = text.labels, text.sections
    none = label["none"]
    title = Paragraph(escape(d["name"]), H1)
    title.case_heading = (anchor, d["name"])
    story: list[Any] = [title]
    days_held = d["days_held"]
    cover = fields([(label["case"], d["case_id"]), (label["status_today"], d["status_label"]),
                    (label["arrest_date"], d["arrest_date"]), (label["facility"], d["facility"]),
                    (label["days_held"], number(days_held, language) if isinstance(days_held, int) else days_held)],
                   widths=(38 * mm, (64 if d.get("portrait") else 97) * mm))
    code = check["code"]
    qr: Any = QrCode(qr_payload(d))
    if code:
        qr = [qr, Paragraph(f"{escape(label['code'])}<br/><font name='Vera-Bold' size='8'>{escape(code)}</font>",
                            _QR_CAPTION)]
    cells = [cover, qr]
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
                   [22, 36, 30, 23, 59], none=none)]
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
    story.append(KeepTogether([*heading(section["check"]), *_check_words(d, text, check), *closing]))
    return story


def _check_words(d: dict[str, Any], text: DossierText, check: dict[str, Any]) -> list[Any]:
    """How a court clerk or a family confirms the document: what it is and who issued it,
    whom to ask and what to give them; then the technical values, for whoever checks."""
    words, letterhead, code = text.check, check["letterhead"] or {}, check["code"]
    organisation, lawyer = letterhead.get("organisation", ""), letterhead.get("lawyer", "")
    issuer = organisation or lawyer
    origin = (words["issued"].format(issuer=issuer, when=check["when"]) if issuer
              else words["made"].format(when=check["when"]))
    who = f"{lawyer} ({organisation})" if lawyer and organisation else issuer
    plain = " ".join((
        words["what"].format(name=d["name"], audience=words[check["profile"]], origin=origin),
        words["how"].format(contact=words["contact"].format(who=who) if who else words["nobody"],
                            or_code=words["or_code"].format(code=code) if code else "")))
    technical = words["technical"].format(
        code=words["technical_code"].format(code=code) if code else "", case=d["case_id"],
        manifest=d["manifest_sha256"], vault=check["vault_fingerprint"], head=check["audit_head"],
        target=code or words["file"])
    return [paragraph(plain, BODY), Spacer(0, 2 * mm), paragraph(technical, SMALL)]
