"""Case dossiers: what each redaction profile lets out, the evidence manifest, the password.

Profiles: `internal` (everything), `court` (no contacts' phones or addresses, no internal
notes), `family` (one person only, their family without phones or addresses, no notes),
`public` (no contacts, no national ID, no notes, no sources, only verified facts).
A password protects the file with AES-256 (PDF revision 6), applied by pikepdf to the bytes
ReportLab made in memory: no unprotected copy is ever written.

Each dossier gets a verification code (two groups of four letters and digits, none that
look alike), printed on it and kept in the audit log with the export: whoever holds a
printed copy can read it out, and `check_dossier` with the code says which dossier the vault
issued under it, when, and whether its evidence still matches.

Each dossier is also signed with the vault's Ed25519 key over what it shows: the text of
every page (as `reports.dossier.canonical_text` reads it) and everything that draws it
(`reports.dossier.page_drawings`: content, fonts, pictures, notes on top), its cases, profile
and date. The signature is in the file's metadata and in each QR code, which are neither page
text nor part of what the signature covers. `check_dossier` on a file checks the signature,
compares every page with what was signed and with what the audit log recorded at the export,
and names the first page that differs.
"""

from __future__ import annotations

import base64
import errno
import hashlib
import io
import json
import re
import secrets
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pikepdf
from cryptography.exceptions import InvalidSignature

from casedesk.domain.errors import InvalidInput
from casedesk.domain.normalize import FuzzyDate
from casedesk.domain.vocabulary import (
    Classification, Consent, DatePrecision, EventKind, EvidenceKind, Health, HearingOutcome, Jurisdiction, Phase,
    Sex, SourceKind, Status, VerificationState,
)
from casedesk.limits import DOSSIER_CHECK_DATA_CHARS, DOSSIER_DRAWING_OBJECTS, DOSSIER_FILE_BYTES, DOSSIER_PAGES, MIB
from casedesk.reports.common import local_time
from casedesk.reports.dossier import (
    CHECK_DATA_KEY, PROFILES, TEXT, build_dossier, page_drawings, page_texts, qr_drawing, qr_forms, qr_payload, seal,
    text_digest,
)
from casedesk.services.cases import case_details, find_case
from casedesk.services.letterhead import letterhead_for_documents
from casedesk.services.proceedings import timeline_of
from casedesk.storage.audit import AuditTrail, chain_head, recording
from casedesk.storage.header import write_atomically
from casedesk.storage.models import DetentionCase, Evidence, Verification, database
from casedesk.storage.vault import Vault

_EXIF_ORIENTATION = 0x0112
#: Left out of public dossiers: a release announced but not verified, and a filing drafted
#: (the defence's own work, not a fact of the case until a court has it).
_NOT_PUBLIC_EVENTS = {EventKind.RELEASE_ANNOUNCED.value, EventKind.FILING.value}
#: The verification code's letters: no 0/O, 1/I/L or U/V pairs to mistake when read aloud or by hand.
_CODE_LETTERS = "23456789ABCDEFGHJKMNPQRSTWXYZ"
_CODE_LENGTH = 8


def new_verification_code() -> str:
    """A random code such as "K7QM-3XHP" (about 39 bits: not guessable, short to dictate)."""
    code = "".join(secrets.choice(_CODE_LETTERS) for _ in range(_CODE_LENGTH))
    return f"{code[:4]}-{code[4:]}"


def verification_code(text: str) -> str | None:
    """The code as printed ("K7QM-3XHP") from what someone typed ("k7qm 3xhp"); None if it is not one."""
    letters = re.sub(r"[\s\-–—.]", "", text).upper()
    if len(letters) != _CODE_LENGTH or any(letter not in _CODE_LETTERS for letter in letters):
        return None
    return f"{letters[:4]}-{letters[4:]}"


def vault_fingerprint(vault: Vault) -> str:
    digest = hashlib.sha256(vault.header.vault_id.encode()).hexdigest()[:16].upper()
    return "-".join(digest[i:i + 4] for i in range(0, 16, 4))


def evidence_manifest_sha256(case_uuid: str) -> str:
    """SHA-256 over the case's evidence (id and hash, sorted): what a printed QR code pins."""
    items = sorted((e.uuid, e.sha256) for e in find_case(case_uuid).evidence)
    return hashlib.sha256(json.dumps(items, separators=(",", ":")).encode()).hexdigest()


def _small_jpeg(data: bytes, size: int) -> bytes | None:
    """A small JPEG of a photo, made in memory; None if the bytes are not an image."""
    from PIL import Image, ImageOps, UnidentifiedImageError
    try:
        with Image.open(io.BytesIO(data)) as image:
            # A JPEG decodes at 1/2, 1/4 or 1/8 of its size while staying at least this large:
            # several times faster than decoding every pixel of a camera photo.
            image.draft("RGB", (size // 2, size // 2))
            if image.getexif().get(_EXIF_ORIENTATION, 1) != 1:
                image = ImageOps.exif_transpose(image)
            small = image.convert("RGB")
            small.thumbnail((size, size), Image.Resampling.BILINEAR)
            out = io.BytesIO()
            small.save(out, format="JPEG", quality=80)
    except (UnidentifiedImageError, OSError, ValueError):
        return None
    return out.getvalue()


def _thumbnails(vault: Vault, items: list[Evidence], size: int = 360) -> list[tuple[str, bytes]]:
    """Small JPEGs of the photo evidence, made in memory from the decrypted bytes."""
    from casedesk.services.evidence import blob_store
    if not any(item.mime_type.startswith("image/") and item.blob_name for item in items):
        return []           # no key needed (a read-only vault that never held evidence has none)
    store = blob_store(vault)
    thumbnails = []
    for item in items:
        if item.mime_type.startswith("image/") and item.blob_name:
            small = _small_jpeg(store.read(item.blob_name), size)
            if small is not None:
                thumbnails.append((item.title, small))
    return thumbnails


def _portrait(vault: Vault, items: list[Evidence], profile: str) -> bytes | None:
    """The photo marked as the portrait; a public dossier shows it only if marked shareable."""
    from casedesk.services.evidence import blob_store
    for item in items:
        if item.portrait and item.blob_name and (profile != "public" or item.confidentiality == "shareable"):
            return _small_jpeg(blob_store(vault).read(item.blob_name), 480)
    return None


def _court_section(proceedings: list[dict[str, Any]], profile: str, language: str) -> list[tuple[str, str]]:
    """The proceedings and co-defendants: their names only for the team and a court, a count otherwise."""
    if not proceedings:
        return []
    es = language == "es"
    described, others = [], {}
    for proceeding in proceedings:
        parts = [" — ".join(part for part in (proceeding["file_number"], proceeding["court"]) if part)]
        if proceeding["phase"] != Phase.UNKNOWN.value:
            parts.append(f"{'fase' if es else 'phase'}: {Phase(proceeding['phase']).label(language)}")
        if proceeding["jurisdiction"] == Jurisdiction.MILITARY.value:
            parts.append("jurisdicción militar" if es else "military jurisdiction")
        parts.append(f"{'audiencias realizadas' if es else 'hearings held'} {proceeding['hearings_held']}, "
                     f"{'diferidas' if es else 'deferred'} {proceeding['hearings_deferred']}")
        described.append("; ".join(parts))
        others.update((d["case_id"], d["name"]) for d in proceeding["co_defendants"])
    co_defendants = str(len(others))
    if others and profile in ("internal", "court"):
        co_defendants += ": " + ", ".join(sorted(others.values()))
    return [("proceeding", "\n".join(described)), ("co_defendants", co_defendants)]


def _with_proceeding(event: dict[str, Any], language: str) -> str:
    """An event's description, and for one recorded on a proceeding, which one and its outcome."""
    if not event.get("proceeding"):
        return event["description"]
    said = f"{'causa' if language == 'es' else 'proceeding'} {event['proceeding']}"
    if event.get("outcome"):
        said += f", {HearingOutcome(event['outcome']).label(language).lower()}"
    return " ".join(part for part in (event["description"], f"({said})") if part)


def dossier_data(case_uuid: str, profile: str, language: str, vault: Vault | None = None) -> dict[str, Any]:
    """One case as the dossier shows it under `profile`."""
    if profile not in PROFILES:
        raise InvalidInput(f"Unknown profile “{profile}”; use one of: {', '.join(PROFILES)}.",
                           f"Perfil desconocido “{profile}”; use uno de: {', '.join(PROFILES)}.")
    public = profile == "public"
    details = case_details(find_case(case_uuid))
    person, case = details["person"], details["case"]

    def when(iso: str | None, precision: str | None = "day") -> str:
        return FuzzyDate(date.fromisoformat(iso), DatePrecision(precision or "day")).display(language) if iso else ""

    def label(vocabulary, code: str | None) -> str:
        return vocabulary(code).label(language) if code else ""

    today = date.today().isoformat()
    items = list(Evidence.select().where(Evidence.case == find_case(case_uuid)).order_by(Evidence.id))
    events = [e for e in timeline_of(details) if not (public and e["kind"] in _NOT_PUBLIC_EVENTS)]
    claims = list(Verification.select().where(Verification.case == find_case(case_uuid)).order_by(Verification.id))
    if public:
        claims = [c for c in claims if c.state == VerificationState.VERIFIED.value]
    contacts = None
    if profile != "public":
        contacts = [[c["name"], c["relationship"],
                     c["phones"] if profile == "internal" else "", c["address"] if profile == "internal" else "",
                     c["safe_channel"], TEXT[language].labels["do_not_contact"]
                     if c["do_not_contact"] else label(Consent, c["consent"])]
                    for c in details["contacts"]]
    notes = None
    if profile == "internal":
        notes = "\n\n".join(part for part in (person["notes"], case["notes"]) if part)
    # Health is for the team, the court (humanitarian measures, a transfer for treatment) and the
    # family (their relative); a public dossier leaves it out: a diagnosis is published only as a
    # count in the census, never against a name.
    health = None
    if not public and (case["health"] != Health.UNKNOWN.value or case["health_conditions"]
                       or case["treatment_needed"] or case["care_denied"]):
        health = [("health", label(Health, case["health"])), ("health_conditions", case["health_conditions"]),
                  ("health_since", when(case["health_since"])), ("treatment_needed", case["treatment_needed"]),
                  ("care_denied", case["care_denied"]), ("care_denied_since", when(case["care_denied_since"]))]
    return {
        "case_id": details["id"], "name": details["name"],
        "status_label": label(Status, details["status"]),
        "arrest_date": when(case["arrest_date"], case["arrest_date_precision"]),
        "facility": case["facility"], "days_held": details["days_held"],
        "person": [("national_id", None if public else person["national_id"]), ("sex", label(Sex, person["sex"])),
                   ("birth_date", None if public else when(person["birth_date"], person["birth_date_precision"])),
                   ("nationality", person["nationality"]), ("occupation", person["occupation"]),
                   ("affiliation", person["affiliation"]), ("aliases", person["aliases"])],
        "detention": [("arrest_date", when(case["arrest_date"], case["arrest_date_precision"])),
                      ("arrest_place", case["arrest_place"]), ("agency", case["agency"]),
                      ("facility", case["facility"]), ("charges", case["charges"]), ("court", case["court"]),
                      ("case_file_number", case["case_file_number"]), ("judge", case["judge"]),
                      ("lawyer", case["lawyer"]), ("classification", label(Classification, case["classification"])),
                      *_court_section(details["proceedings"], profile, language)],
        "timeline": [[when(e["date"], e["date_precision"]), label(EventKind, e["kind"])
                      + (f" » {label(Status, e['status'])}" if e["status"] else ""),
                      _with_proceeding(e, language), "" if public else e["source"]]
                     for e in events if e["date"] <= today],
        "hearings": [[when(e["date"], e["date_precision"]), _with_proceeding(e, language)]
                     for e in events if e["kind"] == EventKind.HEARING.value and e["date"] > today],
        "contacts": contacts,
        "evidence": [[label(EvidenceKind, e.kind), e.title, "" if public else e.source, when(e.date_obtained), e.sha256]
                     for e in items],
        "claims": [[c.claim, label(VerificationState, c.state),
                    "; ".join(f"{label(SourceKind, check.source_kind)}" + ("" if public else f": {check.detail}")
                              for check in c.checks)] for c in claims],
        "notes": notes,
        "health": health,
        "thumbnails": [] if public or vault is None else _thumbnails(vault, items),
        "portrait": None if vault is None else _portrait(vault, items, profile),
        "manifest_sha256": evidence_manifest_sha256(case_uuid),
    }


def make_dossier(vault: Vault, case_uuids: list[str], *, profile: str = "internal", language: str = "es",
                 password: str | None = None) -> bytes:
    """The dossier PDF for one or more cases (combined, in the order given), as bytes.

    The vault signs it with its Ed25519 key (the one that signs its bundles): the signature
    covers the text of every page (`reports.dossier.canonical_text`) and everything that draws
    it (`reports.dossier.page_drawings`), the cases, the profile and when it was made, and goes
    into the file's metadata and each case's QR code, where it changes no page. The export
    entry in the audit log keeps what was signed, so `check_dossier` can also compare a copy
    with what this vault issued.
    """
    if profile == "family" and len({find_case(c).person_id for c in case_uuids}) > 1:
        raise InvalidInput("A family dossier covers one person only: another family's data must not be in it.",
                           "Un expediente para la familia cubre a una sola persona: no debe contener datos de otras familias.")
    encryption = _encryption(password) if password else None       # refused before anything is made or recorded
    data = [dossier_data(case_uuid, profile, language, vault) for case_uuid in case_uuids]
    # A vault opened read-only can record no export, so its dossiers get no code to check.
    code = "" if vault.read_only else new_verification_code()
    made_at = datetime.now().astimezone()
    fingerprint = vault_fingerprint(vault)
    pdf = build_dossier(data, language=language, vault_fingerprint=fingerprint, audit_head=chain_head(),
                        generated_at=made_at, profile=profile, letterhead=letterhead_for_documents(), code=code,
                        qr_codes=False)
    record = {"format": _CHECK_FORMAT, "vault": fingerprint, "code": code, "profile": profile, "language": language,
              "made_at": made_at.isoformat(timespec="seconds"),
              "cases": [{"case": d["case_id"], "manifest_sha256": d["manifest_sha256"]} for d in data],
              "pages": [text_digest(text) for text in page_texts(pdf)]}
    with pikepdf.open(io.BytesIO(pdf)) as document:
        record["drawing"] = page_drawings(document)
    signed = json.dumps(record, sort_keys=True, separators=(",", ":"))
    from casedesk.services.bundles import signing_key          # bundles imports this module
    key = signing_key(may_create=not vault.read_only)
    signature = _text_of(key.sign(_SIGNED_PREFIX + signed.encode("ascii"))) if key else ""
    public = key.public_key().public_bytes_raw().hex() if key else ""
    pdf = seal(pdf, check_data=json.dumps({"signed": signed, "signature": signature, "key": public}),
               qr_payloads=[qr_payload(d, code=code, signature=signature) for d in data], encryption=encryption)
    with recording():
        trail = AuditTrail(vault.actor)
        for dossier in data:
            trail.record("export", "dossier", dossier["case_id"],
                         {"profile": [None, profile], "language": [None, language],
                          "manifest_sha256": [None, dossier["manifest_sha256"]],
                          "password": [None, password is not None], "code": [None, code or None],
                          "made_at": [None, record["made_at"]], "pages": [None, record["pages"]],
                          "drawing": [None, record["drawing"]], "signature": [None, signature or None]})
        trail.flush()
    return pdf


def _text_of(signature: bytes) -> str:
    return base64.urlsafe_b64encode(signature).decode("ascii").rstrip("=")


def _signature_from(text: str) -> bytes:
    """The 64 bytes of a signature as written by `_text_of`. Raises ValueError otherwise."""
    if not re.fullmatch(r"[A-Za-z0-9_-]{86}", text):
        raise ValueError("not a signature")
    return base64.urlsafe_b64decode(text + "==")


def _encryption(password: str) -> pikepdf.Encryption:
    """AES-256 (revision 6) with `password` to open; printing allowed, changes not."""
    if len(password) < 8:
        raise InvalidInput("A dossier password needs at least 8 characters.",
                           "La contraseña del expediente necesita al menos 8 caracteres.")
    return pikepdf.Encryption(user=password, owner=secrets.token_urlsafe(24), R=6,
                              allow=pikepdf.Permissions(modify_other=False, modify_annotation=False,
                                                        modify_form=False, modify_assembly=False))


def protect(pdf: bytes, password: str) -> bytes:
    """AES-256 (revision 6) with `password` to open; printing allowed, changes not."""
    encryption = _encryption(password)
    with pikepdf.open(io.BytesIO(pdf)) as document:
        out = io.BytesIO()
        document.save(out, encryption=encryption)
    return out.getvalue()


def write_export(target: Path, data: bytes) -> None:
    """Write a document the user asked for, whole or not at all, with a clear error."""
    try:
        write_atomically(target, data)
    except OSError as error:
        if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            reason_en, reason_es = "the disk is full", "el disco está lleno"
        elif error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            reason_en, reason_es = "no permission to write there", "no hay permiso para escribir allí"
        else:
            reason_en = reason_es = error.strerror or type(error).__name__
        raise InvalidInput(f"{target} could not be written ({reason_en}); nothing was saved there.",
                           f"No se pudo escribir {target} ({reason_es}); no se guardó nada allí.") from None


def save_dossier(vault: Vault, case_uuids: list[str], target: Path, **options: Any) -> None:
    write_export(Path(target), make_dossier(vault, case_uuids, **options))


# --- Checking a dossier ---------------------------------------------------------------------

_CHECK_FORMAT = "casedesk-dossier/1"
#: Put before the signed JSON: the same key signs bundle manifests (plain JSON), so neither
#: signature can ever pass for the other.
_SIGNED_PREFIX = b"CaseDesk dossier check data\n"
#: The checks, in the order a failure is reported: the signature is this vault's, the text of
#: the pages is the signed text, what draws them is what was signed (pictures, fonts, QR codes,
#: nothing painted or noted on top), the vault recorded issuing them, the cases are still in
#: the vault, their evidence is unchanged.
CHECKS = ("signature", "content", "drawing", "issued", "cases", "evidence")


class DossierCheckRefused(InvalidInput):
    """A dossier (or a code) that cannot be checked at all; `check` names what stopped it:
    file, too_large, pdf, password_needed, password_wrong, not_dossier, unsigned, damaged or code."""

    def __init__(self, check: str, en: str, es: str) -> None:
        super().__init__(en, es)
        self.check = check


def check_dossier(path: Path | str, password: str | None = None) -> dict[str, Any]:
    """Is a dossier what this vault issued, and does its evidence still match?

    `path` is the dossier's file or, for a printed copy, its verification code as typed (see
    `check_code`) or the text a phone read from its QR code (see `check_qr`). For a file,
    the signature in its metadata must be this vault's, every page (its text and what draws
    it) must be the signed one and the one the vault recorded when it issued the dossier (the
    first page that differs is named), and each case's evidence must still be what the
    dossier lists.

    Returns:
        `ok`, `failed` (the first of `CHECKS` that failed, or None), `checks` (each True,
        False, or None when it does not apply), `page` (the first page that differs),
        the dossier's `code`, `profile`, `language` and `made_at`, and for each case its
        `case_id`, `name`, `found` and whether its evidence manifest still matches.

    Raises:
        DossierCheckRefused: nothing to check: no such file or code, not a PDF, a password
            missing or wrong, not a CaseDesk dossier, or its check data damaged.
    """
    text = str(path)
    path = Path(path)
    if not _is_file(path):
        code = verification_code(text)
        if code is not None:
            return check_code(code)
        payload = _qr_text(text)
        if payload is None:
            raise DossierCheckRefused(
                "file", f"{path} was not found: give a dossier's file or its verification code.",
                f"No se encontró {path}: indique el archivo de un expediente o su código de verificación.")
        return check_qr(payload)
    size = path.stat().st_size
    if size > DOSSIER_FILE_BYTES:
        raise DossierCheckRefused(
            "too_large", f"{path} is {size // MIB} MB, larger than any dossier: it was not checked.",
            f"{path} ocupa {size // MIB} MB, más que cualquier expediente: no se comprobó.")
    try:
        data = path.read_bytes()
    except OSError:
        raise DossierCheckRefused("file", f"{path} cannot be read.", f"{path} no se puede leer.") from None
    return _check_file(data, password, path)


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except (OSError, ValueError):     # a QR code's text is no file name: too long, or a NUL in it
        return False


def _check_file(data: bytes, password: str | None, path: Path) -> dict[str, Any]:
    not_pdf = DossierCheckRefused("pdf", f"{path} is not a readable PDF.", f"{path} no es un PDF legible.")
    try:
        document = pikepdf.open(io.BytesIO(data), password=password or "")
    except pikepdf.PasswordError:
        if password:
            raise DossierCheckRefused("password_wrong", "That password does not open this dossier.",
                                      "Esa contraseña no abre este expediente.") from None
        raise DossierCheckRefused("password_needed", "This dossier is protected with a password: give its password.",
                                  "Este expediente está protegido con contraseña: indique su contraseña.") from None
    except (pikepdf.PdfError, ValueError, OverflowError):
        raise not_pdf from None
    with document:
        try:
            pages = len(document.pages)
            check_data, keywords = (_information(document, key) for key in (CHECK_DATA_KEY, "/Keywords"))
        except (pikepdf.PdfError, ValueError, TypeError, KeyError, AttributeError, RecursionError):
            raise not_pdf from None
        if pages > DOSSIER_PAGES:
            raise DossierCheckRefused(
                "too_large", f"{path} has {pages} pages, more than any dossier: it was not checked.",
                f"{path} tiene {pages} páginas, más que cualquier expediente: no se comprobó.")
        sealed = read_check_data(check_data, keywords)
        try:
            drawings = page_drawings(document, most_objects=DOSSIER_DRAWING_OBJECTS)
            qr_codes = [(page, _stream_data(form)) for page, form in qr_forms(document)]
        except (pikepdf.PdfError, ValueError, TypeError, KeyError, AttributeError):
            raise not_pdf from None
    import pypdfium2
    try:
        texts = page_texts(data, password)
    except pypdfium2.PdfiumError:
        raise not_pdf from None
    return _verdict(sealed, [text_digest(page) for page in texts], drawings, qr_codes)


def _stream_data(form: pikepdf.Stream) -> bytes | None:
    try:
        return form.read_bytes()
    except pikepdf.PdfError:
        return None


def _information(document: pikepdf.Pdf, key: str) -> str | None:
    """A text entry of the document information: None when absent, "" when it is not text."""
    information = document.trailer.get("/Info")
    value = information.get(key) if isinstance(information, pikepdf.Dictionary) else None
    if value is None:
        return None
    return str(value) if isinstance(value, pikepdf.String) else ""


def read_check_data(check_data: str | None, keywords: str | None = None) -> dict[str, Any]:
    """The signed record in a dossier's metadata, its signature and the key that made it.

    Raises:
        DossierCheckRefused: there is none (`not_dossier`, or `unsigned` for a dossier made
            before CaseDesk signed them), or it is not what CaseDesk writes (`damaged`).
    """
    if check_data is None:
        if _old_payloads(keywords):
            raise DossierCheckRefused(
                "unsigned", "This dossier was made by an older CaseDesk, which did not sign the text of its pages: "
                "its content cannot be checked. Check its verification code instead, or make the dossier again.",
                "Este expediente lo hizo una versión anterior de CaseDesk, que no firmaba el texto de sus páginas: "
                "no se puede comprobar su contenido. Compruebe su código de verificación o vuelva a hacer el "
                "expediente.")
        raise DossierCheckRefused("not_dossier", "This PDF is not a CaseDesk dossier (it carries no check data).",
                                  "Este PDF no es un expediente de CaseDesk (no lleva datos de comprobación).")
    try:
        if len(check_data) > DOSSIER_CHECK_DATA_CHARS:
            raise ValueError("too long")
        outer = json.loads(check_data)
        _expect(isinstance(outer, dict))
        signed, signature, key = outer.get("signed"), outer.get("signature"), outer.get("key")
        _expect(isinstance(signed, str) and isinstance(signature, str) and isinstance(key, str))
        record = json.loads(signed)
        _expect_record(record)
        sealed = {"record": record, "signed": signed, "key": key,
                  "signature": _signature_from(signature) if signature else None}
    except (ValueError, TypeError, RecursionError):
        raise DossierCheckRefused(
            "damaged", "This PDF's check data is damaged or incomplete, so it cannot be checked: do not rely on it "
            "as a CaseDesk dossier.",
            "Los datos de comprobación de este PDF están dañados o incompletos, así que no se puede comprobar: no "
            "confíe en él como expediente de CaseDesk.") from None
    return sealed


def _expect(condition: bool) -> None:
    if not condition:
        raise ValueError("not as CaseDesk writes it")


def _expect_record(record: Any) -> None:
    _expect(isinstance(record, dict) and record.get("format") == _CHECK_FORMAT)
    _expect(all(isinstance(record.get(name), str) for name in ("vault", "code", "language", "made_at")))
    _expect(record["code"] == "" or verification_code(record["code"]) == record["code"])
    _expect(record.get("profile") in PROFILES)
    datetime.fromisoformat(record["made_at"])
    cases, pages = record.get("cases"), record.get("pages")
    _expect(isinstance(cases, list) and 0 < len(cases) <= DOSSIER_PAGES)
    _expect(all(isinstance(case, dict) and isinstance(case.get("case"), str)
                and isinstance(case.get("manifest_sha256"), str) for case in cases))
    _expect(isinstance(pages, list) and 0 < len(pages) <= DOSSIER_PAGES)
    drawing = record.get("drawing")
    _expect(isinstance(drawing, list) and len(drawing) == len(pages))
    _expect(all(isinstance(page, str) and re.fullmatch(r"[0-9a-f]{64}", page) for page in pages + drawing))


def _old_payloads(keywords: str | None) -> bool:
    """Does the metadata hold the case data dossiers carried before they were signed?"""
    try:
        items = json.loads(keywords or "")
        return bool(items) and all(_qr_text(item) for item in items)
    except (ValueError, TypeError, RecursionError):
        return False


def _differences(texts: list[str], drawings: list[str], reference: dict[str, Any]) -> tuple[int | None, bool]:
    """How a copy's pages differ from `reference` (its "pages" and "drawing" digests): the
    number (from 1) of the first page that differs, a page missing or added included, and
    whether any page that differs has other words.

    What draws a page decides whether it differs: it is exact, and no program reads it
    another way. Its words only tell what kind of change it is, so a newer text extractor
    that orders the pieces of a line otherwise cannot turn a genuine copy into a forgery.
    """
    reference_texts, reference_drawings = reference["pages"], reference["drawing"]
    count = max(len(drawings), len(reference_drawings))
    changed = [index for index in range(count) if index >= len(drawings) or index >= len(reference_drawings)
               or drawings[index] != reference_drawings[index]]
    other_words = any(index >= len(texts) or index >= len(reference_texts) or texts[index] != reference_texts[index]
                      for index in changed)
    return (changed[0] + 1 if changed else None), other_words


def _verdict(sealed: dict[str, Any], texts: list[str], drawings: list[str],
             qr_codes: list[tuple[int, bytes | None]]) -> dict[str, Any]:
    record = sealed["record"]
    from casedesk.services.bundles import verifying_keys
    keys = verifying_keys()          # the current key, then keys replaced since (they still check what they signed)
    mine = {key.public_bytes_raw().hex() for key in keys}
    signature_valid = False
    for key in keys if sealed["signature"] is not None else ():
        try:
            key.verify(sealed["signature"], _SIGNED_PREFIX + sealed["signed"].encode("utf-8"))
            signature_valid = True
            break
        except InvalidSignature:
            pass
    signed_page, signed_words = _differences(texts, drawings, record)
    if sealed["signature"] is not None:
        # Each case's QR code must be the one the signed payload makes, on the page it was on.
        signature = _text_of(sealed["signature"])
        expected = [qr_drawing(qr_payload({"case_id": case["case"], "manifest_sha256": case["manifest_sha256"]},
                                          code=record["code"], signature=signature)).encode("ascii")
                    for case in record["cases"]]
        wrong_codes = [page for (page, drawn), wanted in zip(qr_codes, expected) if drawn != wanted]
        if len(qr_codes) != len(expected):
            wrong_codes.append(1)
        signed_page = min(filter(None, [signed_page, *wrong_codes]), default=None)
    # What the vault recorded when it issued the dossier under this code.
    issued = _issued(record["code"]) if record["code"] else []
    recorded = next((entry for entry in issued if isinstance(entry.get("pages"), list)
                     and isinstance(entry.get("drawing"), list)), None)
    issued_page, _ = _differences(texts, drawings, recorded) if recorded else (None, False)
    if not record["code"]:
        issued_ok = None          # made while the vault was open read-only: it could record nothing
    else:
        issued_ok = (recorded is not None and issued_page is None
                     and any(entry.get("signature") == _text_of(sealed["signature"] or b"") for entry in issued))
    cases = [_case_result(case["case"], case["manifest_sha256"]) for case in record["cases"]]
    checks = {"signature": signature_valid,
              "content": not signed_words if signature_valid else None,
              "drawing": signed_page is None if signature_valid else None,
              "issued": issued_ok,
              "cases": all(case["found"] for case in cases),
              "evidence": all(case["manifest_matches"] for case in cases)}
    page = min(filter(None, [issued_page, signed_page if signature_valid else None]), default=None)
    reference = recorded or record
    return _result(checks, cases, code=record["code"], profile=record["profile"], language=record["language"],
                   made_at=record["made_at"], page=page, pages=len(drawings), pages_issued=len(reference["drawing"]),
                   signed_by=("nobody" if sealed["signature"] is None else
                              "this_vault" if sealed["key"] in mine else "another_key"))


def _result(checks: dict[str, bool | None], cases: list[dict[str, Any]], **details: Any) -> dict[str, Any]:
    failed = next((name for name in CHECKS if checks.get(name) is False), None)
    return {"ok": failed is None, "failed": failed, "checks": {name: checks.get(name) for name in CHECKS},
            **details, "cases": cases}


def _case_result(case_uuid: str, manifest: str | None) -> dict[str, Any]:
    case = DetentionCase.get_or_none(DetentionCase.uuid == case_uuid)
    current = evidence_manifest_sha256(case.uuid) if case else None
    return {"case_id": case_uuid, "found": case is not None, "name": case.person.full_name if case else None,
            "manifest_matches": case is not None and current == manifest,
            "manifest_in_dossier": manifest, "manifest_in_vault": current}


def _qr_text(text: Any) -> dict[str, Any] | None:
    """What the text of a dossier's QR code holds (the case, and its code and signature or,
    printed before dossiers were signed, its evidence manifest), or None."""
    try:
        payload = json.loads(text) if isinstance(text, str) else None
    except (ValueError, RecursionError):
        return None
    if isinstance(payload, dict) and isinstance(payload.get("case"), str) and (
            isinstance(payload.get("manifest_sha256"), str) or isinstance(payload.get("sig"), str)):
        return payload
    return None


def _issued(code: str) -> list[dict[str, Any]]:
    """What the audit log recorded for each case of the dossier issued under `code`."""
    rows = database.execute_sql(
        "SELECT at, actor, entity_uuid, changes FROM audit_log WHERE action = 'export' AND entity = 'dossier' "
        "AND changes LIKE ? ORDER BY id", (f'%"{code}"%',))
    entries = []
    for at, actor, case_uuid, changes in rows:
        recorded = {name: values[-1] for name, values in json.loads(changes).items()}
        if recorded.get("code") == code:
            entries.append({**recorded, "at": at, "actor": actor, "case": case_uuid})
    return entries


def _unknown_code(code: str) -> DossierCheckRefused:
    return DossierCheckRefused(
        "code", f"No dossier made in this vault has the verification code {code}: this copy was not issued from "
        "here, or the code was misread.",
        f"Ningún expediente hecho en esta bóveda tiene el código de verificación {code}: esta copia no se emitió "
        "desde aquí, o el código se leyó mal.")


def check_qr(payload: dict[str, Any]) -> dict[str, Any]:
    """What a phone read from a dossier's QR code: the signature in it must be the one this
    vault put on the dossier issued under its code, and the case one of that dossier's.

    Raises:
        DossierCheckRefused: the QR code carries no signature (printed before dossiers were
            signed) or its code is not one this vault issued.
    """
    code, signature = payload.get("code"), payload.get("sig")
    if not isinstance(signature, str) or not signature or not isinstance(code, str) or not code:
        raise DossierCheckRefused(
            "unsigned", "This QR code carries no signature: it was printed by an older CaseDesk, or it is not "
            "genuine. Check the verification code printed under it instead.",
            "Este código QR no lleva firma: lo imprimió una versión anterior de CaseDesk, o no es auténtico. "
            "Compruebe en su lugar el código de verificación impreso debajo.")
    printed = verification_code(code)
    issued = _issued(printed) if printed else []
    if not issued:
        raise _unknown_code(printed or code)
    entry = next((entry for entry in issued if entry["case"] == payload["case"]), None)
    checks = {"signature": any(entry.get("signature") == signature for entry in issued),
              "issued": entry is not None and payload.get("manifest_sha256", entry.get("manifest_sha256"))
              == entry.get("manifest_sha256")}
    cases = [_case_result(payload["case"], entry.get("manifest_sha256") if entry else None)]
    checks |= {"cases": cases[0]["found"], "evidence": cases[0]["manifest_matches"]}
    return _result(checks, cases, **_issue_details(issued))


def _issue_details(issued: list[dict[str, Any]]) -> dict[str, Any]:
    first = issued[0]
    return {"code": first.get("code"), "profile": first.get("profile"), "language": first.get("language"),
            "made_at": first.get("made_at"), "issued_at": first["at"], "issued_by": first["actor"]}


def check_code(code: str) -> dict[str, Any]:
    """The dossier this vault issued under a verification code: for each of its cases, who
    it is about, when, by whom and for whom it was made, and whether its evidence still matches.

    A code read off paper vouches for no text: it says what the vault issued, for whoever
    compares it with the printed pages.

    Raises:
        DossierCheckRefused: no dossier made in this vault carries the code.
    """
    printed = verification_code(code)
    if printed is None:
        raise DossierCheckRefused("code", f"“{code}” is not a verification code (it looks like K7QM-3XHP).",
                                  f"«{code}» no es un código de verificación (tiene la forma K7QM-3XHP).")
    issued = _issued(printed)
    if not issued:
        raise _unknown_code(printed)
    cases = [_case_result(entry["case"], entry.get("manifest_sha256")) for entry in issued]
    checks = {"issued": True, "cases": all(case["found"] for case in cases),
              "evidence": all(case["manifest_matches"] for case in cases)}
    return _result(checks, cases, **_issue_details(issued))


def describe_check(result: dict[str, Any]) -> list[tuple[str, str]]:
    """What a check found, in sentences (English, Spanish): first what failed, then each case."""
    lines: list[tuple[str, str]] = []

    def say(en: str, es: str) -> None:
        lines.append((en, es))

    code, page, failed, signed_by = result.get("code"), result.get("page"), result["failed"], result.get("signed_by")
    when_en, when_es = _made_at(result.get("made_at"))
    if failed == "signature" and signed_by is None:          # a QR code's text
        say(f"The signature in this QR code is not the one this vault put on the dossier with code {code}: "
            "the QR code was not printed from here.",
            f"La firma de este código QR no es la que esta bóveda puso en el expediente con código {code}: el "
            "código QR no se imprimió desde aquí.")
    elif failed == "signature" and signed_by == "nobody":
        say("This dossier carries no signature (it was made while its vault was open read-only): its content "
            "cannot be vouched for.",
            "Este expediente no lleva firma (se hizo con su bóveda abierta solo para lectura): no se puede dar fe "
            "de su contenido.")
    elif failed == "signature" and signed_by == "another_key":
        say("This dossier was not signed by this vault: it was made in another vault, or its check data was "
            "replaced.",
            "Este expediente no lo firmó esta bóveda: se hizo en otra bóveda, o se sustituyeron sus datos de "
            "comprobación.")
    elif failed == "signature":
        say("The signature does not match: this dossier's check data was changed after this vault issued it.",
            "La firma no coincide: los datos de comprobación de este expediente se cambiaron después de que esta "
            "bóveda lo emitiera.")
    if page is not None and failed in ("signature", "content", "drawing", "issued"):
        pages, issued = result.get("pages", 0), result.get("pages_issued", 0)
        if pages != issued:
            if page > pages:
                what_en, what_es = f"page {page} is missing", f"falta la página {page}"
            elif page > issued:
                what_en, what_es = f"page {page} was added", f"la página {page} se añadió"
            else:
                what_en = f"page {page} differs from what this vault issued"
                what_es = f"la página {page} no coincide con lo que emitió esta bóveda"
            say(f"This copy has {_pages(pages, 'en')}; the dossier this vault issued had {_pages(issued, 'en')}: "
                f"{what_en}.",
                f"Esta copia tiene {_pages(pages, 'es')}; el expediente que emitió esta bóveda tenía "
                f"{_pages(issued, 'es')}: {what_es}.")
        elif failed == "drawing":
            say(f"Page {page} differs from what this vault issued: its text is the same, but not what is drawn on "
                "it (a picture replaced, something painted over or added on top): this copy was altered after it "
                "was made.",
                f"La página {page} no coincide con lo que emitió esta bóveda: su texto es el mismo, pero no lo que "
                "hay dibujado en ella (una imagen sustituida, algo tapado o añadido encima): esta copia se alteró "
                "después de hacerse.")
        else:
            say(f"Page {page} differs from what this vault issued: this copy was altered after it was made.",
                f"La página {page} no coincide con lo que emitió esta bóveda: esta copia se alteró después de "
                "hacerse.")
    elif failed == "issued" and signed_by is None:
        say(f"This QR code does not match the dossier this vault issued with code {code} (another case or other "
            "evidence).",
            f"Este código QR no coincide con el expediente que emitió esta bóveda con código {code} (otro caso u "
            "otras evidencias).")
    elif failed == "issued":
        say(f"This vault has no record of issuing this dossier (code {code}).",
            f"Esta bóveda no tiene constancia de haber emitido este expediente (código {code}).")
    if failed in (None, "cases", "evidence"):
        if "pages" in result:
            coded_en, coded_es = (f" (code {code})", f" (código {code})") if code else ("", "")
            say(f"Authentic: this vault issued this dossier{when_en}{coded_en}, and its {result['pages']} pages "
                "are exactly as issued.",
                f"Auténtico: esta bóveda emitió este expediente{when_es}{coded_es}, y sus {result['pages']} "
                "páginas son exactamente las emitidas.")
        else:
            say(f"This vault issued the dossier with code {code}{when_en}.",
                f"Esta bóveda emitió el expediente con código {code}{when_es}.")
        for case in result["cases"]:
            case_id = case["case_id"]
            if not case["found"]:
                say(f"Case {case_id}: not in this vault.", f"Caso {case_id}: no está en esta bóveda.")
            elif case["manifest_matches"]:
                say(f"Case {case_id}: the evidence matches the vault.",
                    f"Caso {case_id}: las evidencias coinciden con la bóveda.")
            else:
                say(f"Case {case_id}: the evidence has changed since this dossier was made.",
                    f"Caso {case_id}: las evidencias cambiaron desde que se hizo este expediente.")
    if not lines:      # never a silent answer
        say("This dossier could not be confirmed.", "No se pudo confirmar este expediente.")
    return lines


def _pages(count: int, language: str) -> str:
    if language == "es":
        return f"{count} página" if count == 1 else f"{count} páginas"
    return f"{count} page" if count == 1 else f"{count} pages"


def _made_at(made_at: str | None) -> tuple[str, str]:
    if not made_at:
        return "", ""
    try:
        moment = datetime.fromisoformat(made_at)
    except ValueError:
        return "", ""
    return f" on {local_time(moment, 'en', long=True)}", f" el {local_time(moment, 'es', long=True)}"
