"""Evidence intake, viewing, export and checking, each act written to the custody log.

The vault's X25519 identity lives inside the encrypted database, so the evidence files are
only as readable as the database is. The record is committed after the blob is complete;
if the record cannot be written, the blob is removed: no partial blob, no dangling record.
"""

from __future__ import annotations

import errno
import mimetypes
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Callable

import pyrage
from pyrage import x25519

from casedesk.domain.errors import CaseDeskError, InvalidInput, NotFound
from casedesk.domain.vocabulary import EvidenceKind
from casedesk.services.cases import find_case
from casedesk.storage.audit import AuditTrail, read_only, recording, snapshot
from casedesk.storage.blobs import (
    EXPORT_PARTIAL_KEY_PREFIX, EXPORT_PARTIAL_PREFIX, BlobStore, Cancelled, StoredBlob, export_partial_path,
    remove_abandoned_exports,
)
from casedesk.storage.models import CustodyEvent, Evidence, VaultMeta, database, meta_value
from casedesk.storage.vault import Vault

_IDENTITY_KEY = "evidence_identity"


class IntakeFailed(CaseDeskError):
    def __init__(self, name: str, reason_en: str, reason_es: str) -> None:
        super().__init__(f"{name} was not added: {reason_en}. Nothing was kept.",
                         f"{name} no se añadió: {reason_es}. No se guardó nada.")


@dataclass
class EvidenceDetails:
    kind: EvidenceKind | None = None          # guessed from the file when not given
    title: str = ""
    source: str = ""
    date_obtained: date | None = None
    content_date: date | None = None
    language: str = ""
    confidentiality: str = "internal"
    notes: str = ""


def blob_store(vault: Vault) -> BlobStore:
    return BlobStore(vault.folder, _identity())


def _identity() -> x25519.Identity:
    """The vault's evidence key, made on first use and kept inside the encrypted database."""
    value = meta_value(_IDENTITY_KEY)
    if value is None:
        with database.atomic():
            row = VaultMeta.get_or_none(VaultMeta.key == _IDENTITY_KEY)
            if row is None:
                row = VaultMeta.create(key=_IDENTITY_KEY, value=str(x25519.Identity.generate()))
            value = row.value
    return x25519.Identity.from_str(value)


def guess_kind(file_name: str) -> tuple[EvidenceKind, str]:
    mime = mimetypes.guess_type(file_name)[0] or "application/octet-stream"
    major = mime.split("/")[0]
    kind = {"image": EvidenceKind.PHOTO, "video": EvidenceKind.VIDEO, "audio": EvidenceKind.AUDIO}.get(major)
    if kind is None:
        kind = EvidenceKind.DOCUMENT if major == "text" or mime in _DOCUMENT_TYPES else EvidenceKind.OTHER
    return kind, mime


_DOCUMENT_TYPES = {"application/pdf", "application/msword", "application/rtf",
                   "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                   "application/vnd.oasis.opendocument.text"}


def add_evidence(vault: Vault, case_uuid: str, path: Path, details: EvidenceDetails | None = None, *,
                 progress: Callable[[int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> str:
    """Stream one file into the vault: hash it, encrypt it, then record it. Returns its id.

    Raises:
        IntakeFailed: unreadable file, full disk, or cancelled; nothing was kept.
    """
    details = details or EvidenceDetails()
    case = find_case(case_uuid)
    path = Path(path)
    guessed, mime = guess_kind(path.name)
    store = blob_store(vault)
    try:
        with open(path, "rb") as source:
            blob = store.store(source, progress=progress, cancelled=cancelled)
    except Cancelled:
        raise IntakeFailed(path.name, "cancelled", "cancelado") from None
    except OSError as error:
        raise _intake_error(path.name, error) from None
    return _record_blob(
        vault, store, blob, f"from {path.name}", case=case, kind=EvidenceKind.coerce(details.kind or guessed).value,
        title=details.title or path.stem, source=details.source,
        date_obtained=(details.date_obtained or date.today()).isoformat(),
        content_date=details.content_date.isoformat() if details.content_date else None,
        original_name=path.name, mime_type=mime, language=details.language,
        confidentiality=details.confidentiality, notes=details.notes)


def _record_blob(vault: Vault, store: BlobStore, blob: StoredBlob, intake_detail: str, **fields: Any) -> str:
    """Record a stored blob as a new item, audited with its intake (and its derivation, for a
    derived copy); if that fails, remove the blob: never one without the other."""
    try:
        with database.atomic("IMMEDIATE"):
            record = Evidence.create(sha256=blob.sha256, blob_name=blob.name, size=blob.size, **fields)
            trail = AuditTrail(vault.actor)
            trail.record("create", "evidence", record.uuid,
                         {name: [None, value] for name, value in snapshot(record).items()
                          if name not in ("uuid", "blob_name") and value not in (None, "")})
            if record.derived_from is not None:
                _custody(trail, record.derived_from, "derive", f"working copy {record.uuid} without metadata")
            _custody(trail, record, "intake", intake_detail)
            trail.flush()
    except BaseException:
        store.remove(blob.name)
        raise
    store.settle(blob.name)
    return record.uuid


def _intake_error(name: str, error: OSError) -> IntakeFailed:
    if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return IntakeFailed(name, "the disk is full", "el disco está lleno")
    if error.errno in (errno.ENOENT, errno.EACCES, errno.EISDIR, errno.EPERM):
        return IntakeFailed(name, "the file cannot be read", "el archivo no se puede leer")
    return IntakeFailed(name, f"the file could not be stored ({error.strerror})",
                        f"el archivo no se pudo guardar ({error.strerror})")


def _custody(trail: AuditTrail, record: Evidence, action: str, detail: str = "") -> None:
    """One custody event, in the item's log and in the audit chain (none in a vault opened
    read-only, which can record nothing)."""
    if read_only():
        return
    event = CustodyEvent.create(evidence=record, action=action, actor=trail.actor, sha256=record.sha256,
                                detail=detail)
    trail.record("custody", "evidence", record.uuid,
                 {"action": [None, action], "sha256": [None, record.sha256], "custody_event": [None, event.uuid],
                  **({"detail": [None, detail]} if detail else {})})


def _evidence(evidence_uuid: str) -> Evidence:
    record = Evidence.get_or_none(Evidence.uuid == evidence_uuid)
    if record is None:
        raise NotFound("evidence item", "una evidencia", evidence_uuid)
    return record


def attach_evidence(vault: Vault, evidence_uuid: str, case_uuid: str) -> str:
    """Attach an item to another case too: a second record sharing the same encrypted file,
    with the act in both custody logs. Returns the new record's id."""
    with database.atomic("IMMEDIATE"):
        original = _evidence(evidence_uuid)
        case = find_case(case_uuid)
        if case.id == original.case_id:
            raise InvalidInput("The item already belongs to that case.", "La evidencia ya pertenece a ese caso.")
        fields = {name: getattr(original, name) for name in (
            "kind", "title", "source", "date_obtained", "sha256", "blob_name", "original_name", "size",
            "mime_type", "content_date", "language", "confidentiality", "notes")}
        copy = Evidence.create(case=case, derived_from=original.derived_from, **fields)
        trail = AuditTrail(vault.actor)
        trail.record("create", "evidence", copy.uuid, {"attached_from": [None, original.uuid],
                                                        "case": [None, case.uuid]})
        _custody(trail, original, "attach", f"to case {case.uuid}")
        _custody(trail, copy, "attach", f"from case {original.case.uuid}, item {original.uuid}")
        trail.flush()
    return copy.uuid


_EDITABLE_DETAILS = {"kind", "title", "source", "date_obtained", "content_date", "language", "confidentiality",
                     "notes", "portrait"}


def update_evidence(vault: Vault, evidence_uuid: str, **changes: Any) -> None:
    """Correct an item's description (never its file or hash); audited field by field.

    `portrait=True` makes a photo the one on its case's dossier cover (any other loses it).
    """
    unknown = set(changes) - _EDITABLE_DETAILS
    if unknown:
        raise InvalidInput(f"These fields cannot be changed: {', '.join(sorted(unknown))}.",
                           f"Estos campos no se pueden cambiar: {', '.join(sorted(unknown))}.")
    with database.atomic("IMMEDIATE"):
        record = _evidence(evidence_uuid)
        before = snapshot(record)
        for name, value in changes.items():
            if name == "kind":
                value = EvidenceKind.coerce(value).value
            elif name in ("date_obtained", "content_date") and isinstance(value, date):
                value = value.isoformat()
            elif name == "portrait" and value and not record.mime_type.startswith("image/"):
                raise InvalidInput("Only a photo can be the portrait on the dossier's cover.",
                                   "Solo una foto puede ser el retrato de la portada del expediente.")
            setattr(record, name, value)
        after = snapshot(record)
        changed = {name: [before[name], after[name]] for name in after if before[name] != after[name]}
        if changed:
            trail = AuditTrail(vault.actor)
            if changed.get("portrait", [False, False])[1]:
                for other in Evidence.select().where((Evidence.case == record.case) & Evidence.portrait
                                                     & (Evidence.id != record.id)):
                    other.portrait = False
                    other.save()
                    trail.record("update", "evidence", other.uuid, {"portrait": [True, False]})
            record.save()
            trail.record("update", "evidence", record.uuid, changed)
            trail.flush()


def list_evidence(case_uuid: str) -> list[dict[str, Any]]:
    case = find_case(case_uuid)
    return [{"id": e.uuid, "kind": e.kind, "title": e.title, "source": e.source,
             "date_obtained": e.date_obtained, "original_name": e.original_name, "size": e.size,
             "mime_type": e.mime_type, "sha256": e.sha256, "portrait": e.portrait}
            for e in case.evidence.order_by(Evidence.date_obtained, Evidence.id)]


def view_evidence(vault: Vault, evidence_uuid: str) -> bytes:
    """The original bytes in memory, for showing inside the app. Logged as a view."""
    record = _evidence(evidence_uuid)
    data = blob_store(vault).read(record.blob_name)
    with recording():
        trail = AuditTrail(vault.actor)
        _custody(trail, record, "view")
        trail.flush()
    return data


def export_evidence(vault: Vault, evidence_uuid: str, target: Path) -> None:
    """Write a decrypted copy to `target`: an explicit act, logged with where it went.

    The copy is 0600, written under a hidden name and renamed when whole. Half-written copies a
    killed export left in the same folder are removed first; where this one is being written is
    recorded inside the vault until it is done, so that the next open removes it if the process
    dies (`storage/vault.py`, `_clear_leftovers`).

    Raises:
        InvalidInput: `target` exists, its folder is missing or not writable, or the disk is
            full; nothing is left behind.
    """
    record = _evidence(evidence_uuid)
    target = Path(target)
    if target.exists():
        raise InvalidInput(f"{target} already exists; choose another name.",
                           f"{target} ya existe; elija otro nombre.")
    if not record.blob_name:
        raise InvalidInput("This item arrived without its file: there is nothing to export.",
                           "Esta evidencia llegó sin su archivo: no hay nada que exportar.")
    store = blob_store(vault)
    remove_abandoned_exports(target.parent)
    partial = export_partial_path(target)
    marker = _remember_partial(partial)
    try:
        if not store.path(record.blob_name).is_file():
            raise InvalidInput("This item's encrypted file is missing from the vault; `casedesk verify` lists "
                               "what else is missing.",
                               "Falta en la bóveda el archivo cifrado de esta evidencia; `casedesk verify` "
                               "indica qué más falta.")
        store.export(record.blob_name, target, partial)
    except pyrage.DecryptError:
        raise InvalidInput("This item's encrypted file is damaged and cannot be decrypted; nothing was written.",
                           "El archivo cifrado de esta evidencia está dañado y no se puede descifrar; no se "
                           "escribió nada.") from None
    except OSError as error:
        raise _export_error(target, error) from None
    finally:
        _forget_partial(marker)
    with recording():
        trail = AuditTrail(vault.actor)
        _custody(trail, record, "export", f"to {target}")
        trail.flush()


def _remember_partial(partial: Path) -> str | None:
    """Record, inside the vault, the hidden file an export is about to write (none in a vault
    opened read-only, which can record nothing: there only the next export cleans up)."""
    if read_only():
        return None
    key = EXPORT_PARTIAL_KEY_PREFIX + partial.name.removeprefix(EXPORT_PARTIAL_PREFIX)
    with database.atomic():
        VaultMeta.insert(key=key, value=os.path.abspath(partial)).on_conflict_replace().execute()
    return key


def _forget_partial(key: str | None) -> None:
    if key is not None:
        with database.atomic():
            VaultMeta.delete().where(VaultMeta.key == key).execute()


def _export_error(target: Path, error: OSError) -> InvalidInput:
    if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        reason_en, reason_es = "the disk is full", "el disco está lleno"
    elif error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason_en, reason_es = "no permission to write there", "no hay permiso para escribir allí"
    elif error.errno == errno.ENOENT and not target.parent.is_dir():
        reason_en, reason_es = "its folder does not exist", "su carpeta no existe"
    else:
        reason_en = reason_es = error.strerror or type(error).__name__
    return InvalidInput(f"{target} could not be written ({reason_en}); nothing was left there.",
                        f"No se pudo escribir {target} ({reason_es}); no quedó nada allí.")


def check_evidence(vault: Vault, *, progress: Callable[[int, int], None] | None = None) -> list[str]:
    """Decrypt and re-hash every blob: name each item whose file is missing, damaged or
    changed, and each file that belongs to no item."""
    store = blob_store(vault)
    problems = []
    items = list(Evidence.select().where(Evidence.blob_name.is_null(False)))
    on_disk = store.names()
    trail = AuditTrail(vault.actor)
    for done, record in enumerate(items, start=1):
        label = f"evidence {record.uuid} ({record.original_name})"
        if record.blob_name not in on_disk:
            problems.append(f"{label}: its encrypted file is missing")
        else:
            try:
                digest = store.hash_of(record.blob_name)
            except (pyrage.DecryptError, OSError) as error:
                problems.append(f"{label}: its encrypted file is damaged ({type(error).__name__})")
            else:
                if digest != record.sha256:
                    problems.append(f"{label}: its content no longer matches the hash taken at intake")
                else:
                    _custody(trail, record, "verify")
        if progress is not None:
            progress(done, len(items))
    with database.atomic("IMMEDIATE"):
        trail.flush()
    known = {record.blob_name for record in items}   # a file shared by attached items counts once
    problems += [f"file evidence/{name} belongs to no evidence item" for name in sorted(on_disk - known)]
    return problems


def derive_clean_photo(vault: Vault, evidence_uuid: str) -> str:
    """A working copy of a photo with no EXIF, GPS, XMP or other metadata, stored as its own
    item linked to the original (whose file and hash are untouched). Returns its id.

    The pixels are copied into a new image, so no metadata block can ride along; the EXIF
    orientation is applied first, so the copy still stands the right way up.
    """
    from io import BytesIO

    from PIL import Image, ImageOps, UnidentifiedImageError

    original = _evidence(evidence_uuid)
    store = blob_store(vault)
    try:
        with Image.open(BytesIO(store.read(original.blob_name))) as image:
            image_format = image.format or "PNG"
            upright = ImageOps.exif_transpose(image)
            clean = Image.frombytes(upright.mode, upright.size, upright.tobytes())
    except (UnidentifiedImageError, OSError):
        raise InvalidInput("Only photos can have a working copy without metadata.",
                           "Solo las fotos pueden tener una copia de trabajo sin metadatos.") from None
    out = BytesIO()
    if image_format == "JPEG":
        clean.save(out, format="JPEG", quality=95)
    else:
        image_format = image_format if image_format in ("PNG", "WEBP", "TIFF", "GIF", "BMP") else "PNG"
        clean.save(out, format=image_format)
    out.seek(0)
    name = Path(original.original_name)
    return _record_blob(
        vault, store, store.store(out), f"derived from {original.uuid}", case=original.case, kind=original.kind,
        title=f"{original.title} (sin metadatos)", source=original.source, date_obtained=original.date_obtained,
        content_date=original.content_date, original_name=f"{name.stem}-sin-metadatos{name.suffix}",
        mime_type=original.mime_type, language=original.language, confidentiality=original.confidentiality,
        derived_from=original)
