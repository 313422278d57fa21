"""The case dossier as a PDF, built in memory with ReportLab platypus from plain data.

Every page carries a mark fitted to its reader (confidential for the team and a court), its
number of the total and when it was made, in local time with the zone; the team's and a
court's copies also the vault's fingerprint and the audit-chain head. The cover carries the
organisation's letterhead when there is one, a QR code with the case id, the verification
code and the vault's signature, and the verification code under it, so a printed copy can be
checked against the vault; each case ends by saying, in plain words, how. Court and family
copies close with the signature block.

What the signature covers is read back from the finished PDF: each page's text as PDFium
extracts it (`canonical_text`) and what draws each page (`page_drawings`). The QR codes are
form XObjects left blank by `build_dossier` and drawn by `seal` once the signature exists; a
QR code is drawing, not text, so putting the signature in it changes nothing it signs.
"""

from __future__ import annotations

import decimal
import functools
import hashlib
import io
import itertools
import json
import re
import unicodedata
import zlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from xml.sax.saxutils import escape

import pikepdf
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.barcode.qrencoder import QRBitBuffer, QRCode, QRRSBlock
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
         "check": "Cómo comprobar este documento", "health": "Salud"},
        {"case": "Caso", "status_today": "Situación hoy", "national_id": "Cédula", "sex": "Sexo",
         "birth_date": "Nacimiento", "nationality": "Nacionalidad", "occupation": "Ocupación",
         "affiliation": "Afiliación", "civilian_military": "Civil/militar", "aliases": "Alias",
         "arrest_date": "Detención", "arrest_place": "Lugar", "agency": "Organismo", "facility": "Centro de reclusión",
         "charges": "Cargos", "court": "Tribunal", "case_file_number": "Expediente", "judge": "Juez/a",
         "proceeding": "Causa", "co_defendants": "Coimputados",
         "lawyer": "Abogado/a", "classification": "Clasificación", "days_held": "Días detenido/a",
         "date": "Fecha", "event": "Evento", "description": "Descripción", "source": "Fuente",
         "name": "Nombre", "relationship": "Parentesco", "phones": "Teléfonos", "address": "Dirección",
         "channel": "Canal seguro", "consent": "Consentimiento", "do_not_contact": "NO CONTACTAR",
         "kind": "Tipo", "title": "Título", "obtained": "Obtenida", "claim": "Afirmación", "state": "Estado",
         "sources": "Fuentes consultadas", "none": "Sin registros.", "code": "Código de verificación",
         "health": "Enfermedad grave", "health_conditions": "Padecimientos", "health_since": "Conocida desde",
         "treatment_needed": "Tratamiento necesario", "care_denied": "Atención negada",
         "care_denied_since": "Negada desde"},
        {"what": "Este documento es el expediente del caso de {name}, {audience}, {origin}.",
         "internal": "para el trabajo interno del equipo", "court": "preparado para un tribunal",
         "family": "preparado para su familia", "public": "preparado para su difusión pública",
         "issued": "emitido por {issuer} el {when}", "made": "hecho con CaseDesk el {when}",
         "how": "Para confirmar que es auténtico, pida {contact} que lo verifique con CaseDesk: escanee el "
                "código QR de la primera página{or_code}. Así se confirma quién emitió el documento, cuándo y "
                "sobre qué caso, y si las evidencias que enumera siguen siendo las mismas. Si se comprueba el archivo "
                "PDF, también se ve si alguna de sus páginas se alteró después de emitirse.",
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
         "check": "How to check this document", "health": "Health"},
        {"case": "Case", "status_today": "Status today", "national_id": "National ID", "sex": "Sex",
         "birth_date": "Born", "nationality": "Nationality", "occupation": "Occupation",
         "affiliation": "Affiliation", "civilian_military": "Civilian/military", "aliases": "Aliases",
         "arrest_date": "Arrested", "arrest_place": "Place", "agency": "Arresting agency", "facility": "Facility",
         "charges": "Charges", "court": "Court", "case_file_number": "Case file", "judge": "Judge",
         "proceeding": "Proceeding", "co_defendants": "Co-defendants",
         "lawyer": "Lawyer", "classification": "Classification", "days_held": "Days held",
         "date": "Date", "event": "Event", "description": "Description", "source": "Source",
         "name": "Name", "relationship": "Relationship", "phones": "Phones", "address": "Address",
         "channel": "Safe channel", "consent": "Consent", "do_not_contact": "DO NOT CONTACT",
         "kind": "Kind", "title": "Title", "obtained": "Obtained", "claim": "Claim", "state": "State",
         "sources": "Sources checked", "none": "None recorded.", "code": "Verification code",
         "health": "Serious illness", "health_conditions": "Conditions", "health_since": "Known since",
         "treatment_needed": "Treatment needed", "care_denied": "Care denied", "care_denied_since": "Denied since"},
        {"what": "This document is the case file of {name}, {audience}, {origin}.",
         "internal": "for the team's internal work", "court": "prepared for a court",
         "family": "prepared for their family", "public": "prepared for public release",
         "issued": "issued by {issuer} on {when}", "made": "made with CaseDesk on {when}",
         "how": "To confirm that it is authentic, ask {contact} to check it with CaseDesk: scan the QR code on "
                "the first page{or_code}. The check confirms who issued the document, when and about which case, "
                "and whether the evidence it lists is still the same. Checked as a PDF file, it also shows whether any "
                "of its pages was altered after it was issued.",
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


def qr_payload(dossier: dict[str, Any], *, code: str = "", signature: str = "") -> str:
    """What the QR code holds (the text a phone reads from it, which `check_dossier` accepts as
    well as the file): once the vault has signed the dossier, the case id, the verification
    code and the signature, which the vault, holding the rest under that code, checks; before,
    the case id and the evidence manifest's SHA-256. (The manifest is left out of a signed
    code: the vault recorded it, and a shorter text makes a QR code of larger squares, quicker
    to make and easier to scan.)"""
    if signature:
        return json.dumps({"case": dossier["case_id"], "code": code, "sig": signature}, separators=(",", ":"))
    return json.dumps({"case": dossier["case_id"], "manifest_sha256": dossier["manifest_sha256"]},
                      separators=(",", ":"))


def _file_payload(dossier: dict[str, Any], code: str) -> str:
    """What the file's metadata holds for each case: the QR's content and the verification code."""
    payload = {"case": dossier["case_id"], "manifest_sha256": dossier["manifest_sha256"]}
    return json.dumps({**payload, "code": code} if code else payload, separators=(",", ":"))


QR_SIZE = 32 * mm
_QR_BORDER = 2
#: Each case's QR code is a form XObject of its own under this name (case 0, 1…), so that the
#: signature, which covers the text of the finished pages, can be put into it afterwards
#: (`seal`): a QR code is drawn, never written as text, so changing it changes no page's text.
QR_FORM = "CaseDeskQR{}"
#: The document-information entry that holds the signed check data (see `seal`).
CHECK_DATA_KEY = "/CaseDeskCheck"


def qr_drawing(payload: str, size: float = QR_SIZE, border: int = _QR_BORDER) -> str:
    """A QR code of `payload` as PDF drawing operators: one filled path of its dark runs.

    ReportLab's widget draws a shape per module, which cost ~85 ms a dossier; this costs ~1 ms.
    The mask pattern is fixed rather than scored eight ways (another ~20 ms): every mask is
    valid, and the tests decode the printed code.
    """
    modules = qr_modules(payload)
    box = size / (len(modules) + 2 * border)
    operators = ["0 0 0 rg"]
    for row_number, row in enumerate(modules):
        y = size - (row_number + border + 1) * box
        for run in re.finditer("1+", "".join("1" if module else "0" for module in row)):
            operators.append(f"{(run.start() + border) * box:.3f} {y:.3f} {len(run.group()) * box:.3f} {box:.3f} re")
    operators.append("f")
    return "\n".join(operators)


def qr_modules(payload: str) -> list[list[bool]]:
    """The dark and light squares of a QR code of `payload` (error correction level L, mask 0),
    row by row: ReportLab's encoder, with its Reed–Solomon step done from tables (`_codewords`)."""
    code = QrCodeWidget(payload).qr
    code.version = code.calculate_version()
    code.dataCache = _codewords(code)
    code.makeImpl(False, 0)
    return code.modules


def _codewords(code: Any) -> list[int]:
    """What ReportLab's `QRCode.createData` returns (data and error-correction codewords,
    interleaved), with the Reed–Solomon remainders computed from log/antilog tables: ReportLab
    multiplies polynomial objects, ~6 ms for the signed QR code of every dossier."""
    blocks = QRRSBlock.getRSBlocks(code.version, code.errorCorrectLevel)
    buffer = QRBitBuffer()
    for data in code.dataList:
        data.write(buffer, code.version)
    capacity = 8 * sum(block.dataCount for block in blocks)
    if buffer.getLengthInBits() + 4 <= capacity:
        buffer.put(0, 4)                        # the terminator
    while buffer.getLengthInBits() % 8:
        buffer.putBit(False)
    for pad in itertools.cycle((QRCode.PAD0, QRCode.PAD1)):
        if buffer.getLengthInBits() >= capacity:
            break
        buffer.put(pad, 8)
    data_blocks, correction_blocks, offset = [], [], 0
    for block in blocks:
        data = buffer.buffer[offset:offset + block.dataCount]
        offset += block.dataCount
        data_blocks.append(data)
        correction_blocks.append(_remainder(data, _generator(block.totalCount - block.dataCount)))
    return [value for row in itertools.chain(itertools.zip_longest(*data_blocks),
                                              itertools.zip_longest(*correction_blocks))
            for value in row if value is not None]


_EXP = [0] * 512
_LOG = [0] * 256
_value = 1
for _power in range(255):          # GF(256) with the QR polynomial x^8 + x^4 + x^3 + x^2 + 1
    _EXP[_power], _LOG[_value] = _value, _power
    _value = (_value << 1) ^ (0x11D if _value & 0x80 else 0)
for _power in range(255, 512):
    _EXP[_power] = _EXP[_power - 255]


@functools.cache
def _generator(degree: int) -> tuple[int, ...]:
    """The Reed–Solomon generator polynomial (x - a^0)...(x - a^(degree-1)), highest term first."""
    polynomial = [1]
    for power in range(degree):
        product = polynomial + [0]
        for index, coefficient in enumerate(polynomial):
            if coefficient:
                product[index + 1] ^= _EXP[_LOG[coefficient] + power]
        polynomial = product
    return tuple(polynomial)


def _remainder(data: list[int], generator: tuple[int, ...]) -> list[int]:
    """The error-correction codewords of one block: `data` times x^n modulo the generator."""
    message = list(data) + [0] * (len(generator) - 1)
    logs = [_LOG[coefficient] for coefficient in generator[1:]]
    for index in range(len(data)):
        coefficient = message[index]
        if coefficient:
            lead = _LOG[coefficient]
            for offset, log in enumerate(logs, start=index + 1):
                message[offset] ^= _EXP[lead + log]
    return message[len(data):]


class QrCode(Flowable):
    """A QR code, drawn as a form XObject named `form` (see `QR_FORM`); blank without a payload."""

    def __init__(self, payload: str, form: str, size: float = QR_SIZE) -> None:
        super().__init__()
        self.drawing, self.form = qr_drawing(payload, size) if payload else "", form
        self.width = self.height = size

    def wrap(self, *_: Any) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.beginForm(self.form, 0, 0, self.width, self.height)
        self.canv.addLiteral(self.drawing)
        self.canv.endForm()
        self.canv.doForm(self.form)


class _LeftOut(dict):
    """For `str.translate`: whitespace, control, format and unassigned characters removed;
    each character decided once."""

    def __missing__(self, code: int) -> int | None:
        character = chr(code)
        kept = not character.isspace() and unicodedata.category(character) not in ("Cc", "Cf", "Cn")
        self[code] = code if kept else None
        return self[code]


_LEFT_OUT = _LeftOut()


def canonical_text(text: str) -> str:
    """A page's text in the form its signature covers: NFC, with no whitespace and no control
    or format characters. Text extractors (PDFium, pypdf, and their versions) differ in where
    they put spaces and line breaks between the pieces of a page, and sometimes in the order
    of pieces on a line (a table of contents' page numbers); only the letters count here, and
    the order a check compares only where what draws the page (`page_drawings`) differs too."""
    return unicodedata.normalize("NFC", text).translate(_LEFT_OUT)


def page_texts(pdf: bytes, password: str | None = None) -> list[str]:
    """The canonical text (`canonical_text`) of each page, read with PDFium (about a hundredth
    of a second a page).

    Raises:
        pypdfium2.PdfiumError: not a PDF PDFium can open (damaged, or the password is wrong).
    """
    import pypdfium2 as pdfium

    from casedesk.pdfium_lock import PDFIUM
    with PDFIUM:
        document = pdfium.PdfDocument(pdf, password=password or None)
        try:
            texts = []
            for page_number in range(len(document)):
                page = document[page_number]
                textpage = page.get_textpage()
                texts.append(canonical_text(textpage.get_text_range()))
                textpage.close()
                page.close()
        finally:
            document.close()
    return texts


def text_digest(text: str) -> str:
    """SHA-256 of a page's canonical text, hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def seal(pdf: bytes, *, check_data: str, qr_payloads: list[str],
         encryption: pikepdf.Encryption | None = None) -> bytes:
    """The finished dossier: each case's QR code redrawn with its final payload (the one with
    the signature), the signed check data in the document information, and the password if
    any, in one pass of pikepdf over the bytes ReportLab made. No page's text changes."""
    with pikepdf.open(io.BytesIO(pdf)) as document:
        forms = qr_forms(document)
        for (_page, form), payload in zip(forms, qr_payloads, strict=True):
            form.write(zlib.compress(qr_drawing(payload).encode("ascii")), filter=pikepdf.Name.FlateDecode)
        document.docinfo[CHECK_DATA_KEY] = pikepdf.String(check_data)
        out = io.BytesIO()
        if encryption is not None:
            document.save(out, encryption=encryption)
        else:
            # Every stream as ReportLab compressed it: qpdf would otherwise inflate and deflate
            # each again, for a file of the same size, at ten times the cost.
            document.save(out, compress_streams=False, stream_decode_level=pikepdf.StreamDecodeLevel.none)
    return out.getvalue()


def qr_forms(document: pikepdf.Pdf) -> list[tuple[int, pikepdf.Stream]]:
    """The QR codes' form XObjects, case by case, with the number of the page each is on, in
    a dossier opened with pikepdf."""
    found: dict[int, tuple[int, pikepdf.Stream]] = {}
    prefix = "/FormXob." + QR_FORM.format("")
    for page_number, page in enumerate(document.pages, start=1):
        resources = page.obj.get("/Resources")
        xobjects = resources.get("/XObject") if isinstance(resources, pikepdf.Dictionary) else None
        for name, xobject in (xobjects.items() if isinstance(xobjects, pikepdf.Dictionary) else ()):
            if name.startswith(prefix) and name[len(prefix):].isdigit() and isinstance(xobject, pikepdf.Stream):
                found.setdefault(int(name[len(prefix):]), (page_number, xobject))
    return [found[index] for index in sorted(found)]


class _TooComplex(Exception):
    """More nesting or more objects than any page CaseDesk makes."""


#: Left out of the drawing digest: the way back up the page tree, and how a stream is stored
#: (its data is hashed decoded, so a program that saves the file again changes nothing).
_NOT_DRAWN = frozenset({"/Parent", "/Length", "/Filter", "/DecodeParms"})
_INHERITED = ("/Resources", "/MediaBox", "/CropBox", "/Rotate")
#: The catalog's entries that show nothing themselves: the pages (each hashed on its own), and
#: what a program may add when it saves or encrypts the file (XMP metadata, the PDF version and
#: its extensions, such as the one AES-256 declares).
_NOT_SHOWN = frozenset({"/Type", "/Pages", "/Metadata", "/Version", "/Extensions"})


def _scalar(value: Any) -> bytes:
    """A number, boolean or null as the same bytes however pikepdf hands it over."""
    if value is None:
        return b"null"
    if isinstance(value, bool):
        return b"true" if value else b"false"
    if isinstance(value, int):
        return str(value).encode("ascii")
    try:
        return format(decimal.Decimal(str(value)).normalize(), "f").encode("ascii")
    except (decimal.InvalidOperation, ValueError):
        return repr(value).encode("ascii", "backslashreplace")


def page_drawings(document: pikepdf.Pdf, *, most_objects: int = 2_000_000) -> list[str]:
    """For each page, SHA-256 (hex) of everything that draws it: its content, the fonts,
    images and forms it draws with, its annotations and its boxes.

    The text alone would let a copy keep every word and still show something else: a photo
    replaced, a box painted over a line, a note added on top, a font whose "1" draws a "7".
    The QR codes' drawings are left out, as they are filled in after signing; a check compares
    them with what `qr_drawing` makes of the signed payload. A page that nests deeper or holds
    more than `most_objects` objects than any dossier gets "" (it matches nothing).
    """
    pages = {page.obj.objgen: page_number for page_number, page in enumerate(document.pages, start=1)}
    qr_codes = {form.objgen for _page, form in qr_forms(document)}
    memo: dict[tuple[int, int], bytes] = {}
    in_progress: set[tuple[int, int]] = set()
    visited = 0

    def walk(value: Any, hasher: Any, depth: int) -> None:
        nonlocal visited
        visited += 1
        if depth > 40 or visited > most_objects:
            raise _TooComplex
        if isinstance(value, pikepdf.Object) and value.is_indirect:
            key = value.objgen
            if key in pages:                       # a link's target: by its number, not its contents
                hasher.update(b"P%d;" % pages[key])
                return
            if key not in memo:
                if key in in_progress:
                    hasher.update(b"cycle;")
                    return
                in_progress.add(key)
                inner = hashlib.sha256()
                serialize(value, inner, depth)
                memo[key] = inner.digest()
                in_progress.discard(key)
            hasher.update(b"R" + memo[key])
            return
        serialize(value, hasher, depth)

    def serialize(value: Any, hasher: Any, depth: int) -> None:
        if isinstance(value, (pikepdf.Dictionary, pikepdf.Stream)):
            hasher.update(b"<<")
            for key in sorted(value.keys()):
                if key not in _NOT_DRAWN:
                    hasher.update(key.encode("utf-8", "surrogateescape") + b" ")
                    walk(value[key], hasher, depth + 1)
            hasher.update(b">>")
            if isinstance(value, pikepdf.Stream) and value.objgen not in qr_codes:
                try:
                    data = b"D" + value.read_bytes()
                except pikepdf.PdfError:           # a JPEG: qpdf keeps it as stored
                    data = b"E" + value.read_raw_bytes()
                hasher.update(b"%d:" % len(data) + data)
        elif isinstance(value, pikepdf.Array):
            hasher.update(b"[")
            for item in value:
                walk(item, hasher, depth + 1)
            hasher.update(b"]")
        elif isinstance(value, pikepdf.String):
            data = bytes(value)
            hasher.update(b"(%d:" % len(data) + data)
        elif isinstance(value, pikepdf.Name):
            hasher.update(str(value).encode("utf-8", "surrogateescape") + b" ")
        else:
            hasher.update(_scalar(value) + b" ")

    digests = []
    for page in document.pages:
        hasher = hashlib.sha256()
        try:
            serialize(page.obj, hasher, 0)
            if not digests:
                # The document's own entries that can change what a reader shows (a script run on
                # opening, form fields, layers) count as the first page's.
                catalog = document.Root
                for key in sorted(set(catalog.keys()) - _NOT_SHOWN):
                    hasher.update(b"catalog " + key.encode("utf-8", "surrogateescape") + b" ")
                    walk(catalog[key], hasher, 1)
            for key in _INHERITED:                 # what a page takes from the tree above it
                if key not in page.obj:
                    hasher.update(key.encode() + b" ")
                    walk(_inherited(page.obj, key), hasher, 1)
        except (_TooComplex, RecursionError):
            digests.append("")
            continue
        digests.append(hasher.hexdigest())
    return digests


def _inherited(page: pikepdf.Dictionary, key: str) -> Any:
    node, depth = page.get("/Parent"), 0
    while isinstance(node, pikepdf.Dictionary) and depth < 40:
        if key in node:
            return node[key]
        node, depth = node.get("/Parent"), depth + 1
    return None


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
                  code: str = "", qr_codes: bool = True) -> bytes:
    """One PDF for one or more cases (already redacted to `profile`); returns its bytes.

    `qr_codes=False` leaves each QR code's form blank, for `seal` to draw once the dossier
    is signed.

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
        story += _case_story(dossier, text, f"case-{index}", language,
                             {**check, "qr_form": QR_FORM.format(index), "qr_codes": qr_codes},
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
    qr: Any = QrCode(qr_payload(d) if check["qr_codes"] else "", form=check["qr_form"])
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
    if d.get("health"):
        story += [*heading(section["health"]), fields([(label[key], value) for key, value in d["health"]])]
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
