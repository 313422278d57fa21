"""The organisation's letterhead: its name, address, logo, the lawyer and a signature block.

Dossiers and census reports carry it on their first page when it is set (court and family
dossiers close with the signature block); nothing of it appears when it is not. It lives
inside the encrypted database, in one `vault_meta` row: the logo too, as bytes re-encoded
here, so no image of it is ever a plain file on disk. Every change is in the audit log.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import warnings
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from peewee import DatabaseError

from casedesk.domain.errors import InvalidInput
from casedesk.storage.audit import AuditTrail, read_only
from casedesk.storage.models import VaultMeta, database
from casedesk.storage.vault import Vault
from casedesk.limits import LOGO_FILE_BYTES as LOGO_MAX_BYTES

_KEY = "letterhead"

#: What a logo file may be: a PNG or JPEG of at most this many bytes and pixels (a small file
#: can still claim a huge picture, which would fill the memory when decoded).
LOGO_MAX_PIXELS = 25_000_000
#: The logo is kept at most this size: printed 20 mm high it is still about 300 dpi, and a
#: small image keeps every dossier fast to make.
LOGO_KEPT_SIZE = (720, 240)
#: Kept as a JPEG of high quality with full colour resolution, on white (it prints on paper):
#: ReportLab puts a JPEG into the PDF as it is, where a PNG costs ~13 ms more on every dossier
#: (decoded, then compressed again).
_LOGO_JPEG = {"format": "JPEG", "quality": 95, "subsampling": 0}
#: The longest each text may be (characters) and how many lines the multi-line ones may have.
TEXT_LIMITS = {"organisation": (160, 1), "address": (400, 4), "lawyer": (120, 1), "signature": (400, 6)}

_NAMES = {"organisation": ("The organisation's name", "El nombre de la organización"),
          "address": ("The address", "La dirección"), "lawyer": ("The lawyer's name", "El nombre del abogado/a"),
          "signature": ("The signature block", "El bloque de firma")}


@dataclass(frozen=True)
class Letterhead:
    """The organisation as its documents present it; every part optional.

    Attributes:
        organisation: The organisation's name, as printed at the top of the first page.
        address: Its address and other contact lines (up to four lines).
        lawyer: The responsible lawyer's name.
        signature: The lines under the line to sign (name, title, bar number…); when empty,
            the lawyer's name.
        logo: The logo as JPEG bytes (already checked and reduced by `logo_from_bytes`).
    """

    organisation: str = ""
    address: str = ""
    lawyer: str = ""
    signature: str = ""
    logo: bytes | None = None

    def is_set(self) -> bool:
        return any((self.organisation, self.address, self.lawyer, self.signature, self.logo))

    def signature_lines(self) -> list[str]:
        """What goes under the line to sign, or nothing when there is no one to sign."""
        text = self.signature or self.lawyer
        return [line for line in text.splitlines() if line.strip()]

    def for_report(self) -> dict[str, Any] | None:
        """Plain data for the PDF makers (None when nothing is set)."""
        if not self.is_set():
            return None
        return {"organisation": self.organisation, "address": self.address.splitlines(), "lawyer": self.lawyer,
                "signature": self.signature_lines(), "logo": self.logo}

    def to_json(self) -> dict[str, Any]:
        """What `casedesk letterhead --show --json` prints: the texts and a description of the logo."""
        data: dict[str, Any] = {name: getattr(self, name) for name in TEXT_LIMITS}
        data["logo"] = None if self.logo is None else {"bytes": len(self.logo), "sha256": _digest(self.logo),
                                                        "pixels": list(logo_size(self.logo))}
        return data


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _clean(name: str, value: str) -> str:
    """Spaces tidied, blank lines dropped; too long a text is refused, not cut."""
    longest, lines = TEXT_LIMITS[name]
    kept = [" ".join(line.split()) for line in (value or "").splitlines()]
    kept = [line for line in kept if line]
    text = "\n".join(kept) if lines > 1 else " ".join(kept)
    label_en, label_es = _NAMES[name]
    if len(text) > longest:
        raise InvalidInput(f"{label_en} is too long ({len(text)} characters; at most {longest}).",
                           f"{label_es} es demasiado largo ({len(text)} caracteres; como máximo {longest}).")
    if len(kept) > lines:
        raise InvalidInput(f"{label_en} has {len(kept)} lines; at most {lines} fit on the page.",
                           f"{label_es} tiene {len(kept)} líneas; caben como máximo {lines}.")
    return text


def logo_from_bytes(data: bytes) -> bytes:
    """A PNG or JPEG checked and reduced to what a letterhead needs; returns JPEG bytes.

    Re-encoding drops whatever else the file carried (camera and GPS data, comments); a
    transparent background becomes white, as on the page.

    Raises:
        InvalidInput: the bytes are not a PNG or JPEG, or are too large.
    """
    from PIL import Image, UnidentifiedImageError
    if len(data) > LOGO_MAX_BYTES:
        raise _too_large(len(data))
    not_image = InvalidInput("The logo must be a PNG or JPEG image.", "El logo debe ser una imagen PNG o JPEG.")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=("PNG", "JPEG")) as image:
                width, height = image.size
                if width * height > LOGO_MAX_PIXELS:
                    raise InvalidInput(f"The logo is too large a picture ({width}×{height} pixels).",
                                       f"El logo es una imagen demasiado grande ({width}×{height} píxeles).")
                image.draft("RGB", LOGO_KEPT_SIZE)        # a JPEG decodes straight at a smaller size
                has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
                kept = image.convert("RGBA" if has_alpha else "RGB")
    except (UnidentifiedImageError, Image.DecompressionBombError, Image.DecompressionBombWarning,
            OSError, ValueError, SyntaxError):
        raise not_image from None
    kept.thumbnail(LOGO_KEPT_SIZE, Image.Resampling.LANCZOS)
    if kept.mode == "RGBA":
        on_paper = Image.new("RGB", kept.size, "white")
        on_paper.paste(kept, mask=kept.getchannel("A"))
        kept = on_paper
    out = io.BytesIO()
    kept.save(out, **_LOGO_JPEG)
    return out.getvalue()


def _too_large(size: int) -> InvalidInput:
    megabytes = f"{size / 1024 / 1024:.1f}"
    return InvalidInput(f"The logo file is too large ({megabytes} MB; at most {LOGO_MAX_BYTES // 1024 // 1024} MB).",
                        f"El archivo del logo es demasiado grande ({megabytes.replace('.', ',')} MB; como máximo "
                        f"{LOGO_MAX_BYTES // 1024 // 1024} MB).")


def read_logo(path: Path) -> bytes:
    """A logo file, checked and reduced (see `logo_from_bytes`)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > LOGO_MAX_BYTES:            # refused before a byte of it is read
            raise _too_large(size)
        data = path.read_bytes()
    except OSError:
        raise InvalidInput(f"{path} cannot be read.", f"{path} no se puede leer.") from None
    return logo_from_bytes(data)


def logo_size(data: bytes) -> tuple[int, int]:
    """Width and height in pixels of a stored logo."""
    from PIL import Image
    with Image.open(io.BytesIO(data)) as image:
        return image.size


def letterhead() -> Letterhead:
    """The open vault's letterhead (an empty one when none was set)."""
    row = VaultMeta.get_or_none(VaultMeta.key == _KEY)
    if row is None:
        return Letterhead()
    data = json.loads(row.value)
    logo = data.get("logo")
    return Letterhead(**{name: str(data.get(name) or "") for name in TEXT_LIMITS},
                      logo=base64.b64decode(logo) if logo else None)


def letterhead_for_documents() -> dict[str, Any] | None:
    """The letterhead as the PDF makers take it: None when none is set or when, in a damaged
    vault opened only to read, it cannot be read (the document is still made, without it)."""
    try:
        return letterhead().for_report()
    except (DatabaseError, ValueError):
        if read_only():
            return None
        raise


def save_letterhead(vault: Vault, new: Letterhead) -> Letterhead:
    """Check and keep `new` as the vault's letterhead; the change goes into the audit log.

    The logo must already be checked (`read_logo` / `logo_from_bytes`); it is checked again
    here all the same, since it comes from outside. Returns what was stored.
    """
    if read_only():
        raise InvalidInput("This vault is damaged and open only to read: the letterhead cannot be changed.",
                           "Esta bóveda está dañada y abierta solo para leer: no se puede cambiar el membrete.")
    cleaned = replace(new, **{name: _clean(name, getattr(new, name)) for name in TEXT_LIMITS},
                      logo=logo_from_bytes(new.logo) if new.logo else None)
    with database.atomic("IMMEDIATE"):
        before = letterhead()
        changes = _changes(before, cleaned)
        if not changes:
            return cleaned
        if cleaned.is_set():
            stored = {name: getattr(cleaned, name) for name in TEXT_LIMITS}
            stored["logo"] = base64.b64encode(cleaned.logo).decode("ascii") if cleaned.logo else None
            VaultMeta.insert(key=_KEY, value=json.dumps(stored, ensure_ascii=False)).on_conflict_replace().execute()
        else:
            VaultMeta.delete().where(VaultMeta.key == _KEY).execute()
        AuditTrail(vault.actor).write("update", "letterhead", vault.header.vault_id, changes)
    return cleaned


def clear_letterhead(vault: Vault) -> None:
    """Remove the letterhead: documents go back to carrying none."""
    save_letterhead(vault, Letterhead())


def _changes(before: Letterhead, after: Letterhead) -> dict[str, list[Any]]:
    """What changed, field by field; the logo by its SHA-256 (its bytes stay out of the log)."""
    old, new = asdict(before), asdict(after)
    for side in (old, new):
        logo = side.pop("logo")
        side["logo_sha256"] = _digest(logo) if logo else None
    return {name: [old[name], new[name]] for name in sorted(old) if old[name] != new[name]}
