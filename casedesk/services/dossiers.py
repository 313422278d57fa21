"""Case dossiers: what each redaction profile lets out, the evidence manifest, the password.

Profiles: `internal` (everything), `court` (no contacts' phones or addresses, no internal
notes), `family` (one person only, their family without phones or addresses, no notes),
`public` (no contacts, no national ID, no notes, no sources, only verified facts).
A password protects the file with AES-256 (PDF revision 6), applied by pikepdf to the bytes
ReportLab made in memory: no unprotected copy is ever written.
"""

from __future__ import annotations

import errno
import hashlib
import io
import json
import secrets
from datetime import date, datetime, timezone
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
from casedesk.storage.audit import AuditTrail, chain_head, recording
from casedesk.storage.header import write_atomically
from casedesk.storage.models import DetentionCase, Evidence, Verification
from casedesk.storage.vault import Vault

_EXIF_ORIENTATION = 0x0112
_UNVERIFIED_EVENTS = {EventKind.RELEASE_ANNOUNCED.value}


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
    pdf = build_dossier(data, language=language, vault_fingerprint=vault_fingerprint(vault),
                        audit_head=chain_head(), generated_at=datetime.now(timezone.utc))
    with recording():
        trail = AuditTrail(vault.actor)
        for dossier in data:
            trail.record("export", "dossier", dossier["case_id"],
                         {"profile": [None, profile], "language": [None, language],
                          "manifest_sha256": [None, dossier["manifest_sha256"]],
                          "password": [None, password is not None]})
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


def check_dossier(path: Path, password: str | None = None) -> list[dict[str, Any]]:
    """For each case in a dossier file: does its evidence manifest still match the vault?"""
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
    results = []
    for payload in payloads:
        case = DetentionCase.get_or_none(DetentionCase.uuid == payload.get("case"))
        current = evidence_manifest_sha256(case.uuid) if case else None
        results.append({"case_id": payload.get("case"), "found": case is not None,
                        "manifest_matches": current == payload.get("manifest_sha256"),
                        "manifest_in_dossier": payload.get("manifest_sha256"), "manifest_in_vault": current})
    return results
