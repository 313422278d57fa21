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
"""

from __future__ import annotations

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

from casedesk.domain.errors import InvalidInput
from casedesk.domain.normalize import FuzzyDate
from casedesk.domain.vocabulary import (
    Classification, Consent, DatePrecision, EventKind, EvidenceKind, Sex, SourceKind, Status, VerificationState,
)
from casedesk.reports.dossier import PROFILES, TEXT, build_dossier
from casedesk.services.cases import case_details, find_case
from casedesk.services.letterhead import letterhead_for_documents
from casedesk.storage.audit import AuditTrail, chain_head, recording
from casedesk.storage.header import write_atomically
from casedesk.storage.models import DetentionCase, Evidence, Verification, database
from casedesk.storage.vault import Vault

_EXIF_ORIENTATION = 0x0112
_UNVERIFIED_EVENTS = {EventKind.RELEASE_ANNOUNCED.value}
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
    events = [e for e in details["events"] if not (public and e["kind"] in _UNVERIFIED_EVENTS)]
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
                      ("lawyer", case["lawyer"]), ("classification", label(Classification, case["classification"]))],
        "timeline": [[when(e["date"], e["date_precision"]), label(EventKind, e["kind"])
                      + (f" » {label(Status, e['status'])}" if e["status"] else ""), e["description"],
                      "" if public else e["source"]] for e in events if e["date"] <= today],
        "hearings": [[when(e["date"], e["date_precision"]), e["description"]]
                     for e in events if e["kind"] == EventKind.HEARING.value and e["date"] > today],
        "contacts": contacts,
        "evidence": [[label(EvidenceKind, e.kind), e.title, "" if public else e.source, when(e.date_obtained), e.sha256]
                     for e in items],
        "claims": [[c.claim, label(VerificationState, c.state),
                    "; ".join(f"{label(SourceKind, check.source_kind)}" + ("" if public else f": {check.detail}")
                              for check in c.checks)] for c in claims],
        "notes": notes,
        "thumbnails": [] if public or vault is None else _thumbnails(vault, items),
        "portrait": None if vault is None else _portrait(vault, items, profile),
        "manifest_sha256": evidence_manifest_sha256(case_uuid),
    }


def make_dossier(vault: Vault, case_uuids: list[str], *, profile: str = "internal", language: str = "es",
                 password: str | None = None) -> bytes:
    """The dossier PDF for one or more cases (combined, in the order given), as bytes."""
    if profile == "family" and len({find_case(c).person_id for c in case_uuids}) > 1:
        raise InvalidInput("A family dossier covers one person only: another family's data must not be in it.",
                           "Un expediente para la familia cubre a una sola persona: no debe contener datos de otras familias.")
    data = [dossier_data(case_uuid, profile, language, vault) for case_uuid in case_uuids]
    # A vault opened read-only can record no export, so its dossiers get no code to check.
    code = "" if vault.read_only else new_verification_code()
    pdf = build_dossier(data, language=language, vault_fingerprint=vault_fingerprint(vault),
                        audit_head=chain_head(), generated_at=datetime.now().astimezone(), profile=profile,
                        letterhead=letterhead_for_documents(), code=code)
    with recording():
        trail = AuditTrail(vault.actor)
        for dossier in data:
            trail.record("export", "dossier", dossier["case_id"],
                         {"profile": [None, profile], "language": [None, language],
                          "manifest_sha256": [None, dossier["manifest_sha256"]],
                          "password": [None, password is not None], "code": [None, code or None]})
        trail.flush()
    return protect(pdf, password) if password else pdf


def protect(pdf: bytes, password: str) -> bytes:
    """AES-256 (revision 6) with `password` to open; printing allowed, changes not."""
    if len(password) < 8:
        raise InvalidInput("A dossier password needs at least 8 characters.",
                           "La contraseña del expediente necesita al menos 8 caracteres.")
    with pikepdf.open(io.BytesIO(pdf)) as document:
        out = io.BytesIO()
        document.save(out, encryption=pikepdf.Encryption(
            user=password, owner=secrets.token_urlsafe(24), R=6,
            allow=pikepdf.Permissions(modify_other=False, modify_annotation=False, modify_form=False,
                                      modify_assembly=False)))
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


def check_dossier(path: Path | str, password: str | None = None) -> list[dict[str, Any]]:
    """For each case in a dossier: does its evidence manifest still match the vault?

    `path` is the dossier's file or, for a printed copy, its verification code as typed (see
    `check_code`) or the text a phone read from its QR code.
    """
    text = str(path)
    path = Path(path)
    if not path.exists():
        code = verification_code(text)
        if code is not None:
            return check_code(code)
        payload = _qr_text(text)
        if payload is None:
            raise InvalidInput(f"{path} was not found: give a dossier's file or its verification code.",
                               f"No se encontró {path}: indique el archivo de un expediente o su código de "
                               "verificación.")
        return [_check_payload(payload)]
    try:
        with pikepdf.open(path, password=password or "") as document:
            keywords = str(document.docinfo.get("/Keywords", ""))
    except pikepdf.PasswordError:
        raise InvalidInput("The dossier is protected: give its password.",
                           "El expediente está protegido: indique su contraseña.") from None
    except pikepdf.PdfError:
        raise InvalidInput(f"{path} is not a readable PDF.", f"{path} no es un PDF legible.") from None
    try:
        payloads = [json.loads(item) for item in json.loads(keywords)]
    except (ValueError, TypeError):
        raise InvalidInput("This PDF is not a CaseDesk dossier (it carries no case data to check).",
                           "Este PDF no es un expediente de CaseDesk (no lleva datos del caso que comprobar).") from None
    return [_check_payload(payload) for payload in payloads]


def _qr_text(text: str) -> dict[str, Any] | None:
    """The case and manifest in the text of a dossier's QR code, or None."""
    try:
        payload = json.loads(text)
    except ValueError:
        return None
    if isinstance(payload, dict) and isinstance(payload.get("case"), str) and payload.get("manifest_sha256"):
        return payload
    return None


def _check_payload(payload: dict[str, Any]) -> dict[str, Any]:
    case = DetentionCase.get_or_none(DetentionCase.uuid == payload.get("case"))
    current = evidence_manifest_sha256(case.uuid) if case else None
    result = {"case_id": payload.get("case"), "found": case is not None,
              "manifest_matches": current == payload.get("manifest_sha256"),
              "manifest_in_dossier": payload.get("manifest_sha256"), "manifest_in_vault": current}
    if payload.get("code"):
        result["code"] = payload["code"]
    return result


def check_code(code: str) -> list[dict[str, Any]]:
    """The dossier this vault issued under a verification code: for each of its cases, who
    it is about, when, by whom and for whom it was made, and whether its evidence still matches.

    Raises:
        InvalidInput: no dossier made in this vault carries the code.
    """
    printed = verification_code(code)
    if printed is None:
        raise InvalidInput(f"“{code}” is not a verification code (it looks like K7QM-3XHP).",
                           f"«{code}» no es un código de verificación (tiene la forma K7QM-3XHP).")
    rows = database.execute_sql(
        "SELECT at, actor, entity_uuid, changes FROM audit_log WHERE action = 'export' AND entity = 'dossier' "
        "AND changes LIKE ? ORDER BY id", (f'%"{printed}"%',))
    results = []
    for at, actor, case_uuid, changes in rows:
        recorded = {name: values[-1] for name, values in json.loads(changes).items()}
        if recorded.get("code") != printed:
            continue
        case = DetentionCase.get_or_none(DetentionCase.uuid == case_uuid)
        current = evidence_manifest_sha256(case.uuid) if case else None
        results.append({"case_id": case_uuid, "found": case is not None,
                        "name": case.person.full_name if case else None,
                        "manifest_matches": current == recorded.get("manifest_sha256"),
                        "manifest_in_dossier": recorded.get("manifest_sha256"), "manifest_in_vault": current,
                        "code": printed, "issued_at": at, "issued_by": actor, "profile": recorded.get("profile"),
                        "language": recorded.get("language")})
    if not results:
        raise InvalidInput(f"No dossier made in this vault has the verification code {printed}: this copy was "
                           "not issued from here, or the code was misread.",
                           f"Ningún expediente hecho en esta bóveda tiene el código de verificación {printed}: "
                           "esta copia no se emitió desde aquí, o el código se leyó mal.")
    return results
