"""`vault.json`: the plaintext header holding the format version and the key slots.

It holds no personal data: only random values, parameters and wrapped keys. It carries a
SHA-256 of its own content so that a flipped byte reads as damage, not as a wrong passphrase.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from casedesk.domain.errors import VaultDamaged, VaultTooNew
from casedesk.storage.keys import KdfParameters, derive_key, unwrap_key, wrap_key

FORMAT_NAME = "casedesk-vault"
FORMAT_VERSION = 1
HEADER_FILE = "vault.json"
HEADER_BACKUP_FILE = "vault.json.bak"


@dataclass
class KeySlot:
    """The data key wrapped under a key derived from one secret (passphrase, recovery key)."""

    slot_id: str
    kdf: KdfParameters
    nonce: bytes
    wrapped_key: bytes

    def to_json(self) -> dict:
        return {
            "slot_id": self.slot_id,
            "kdf": self.kdf.to_json(),
            "cipher": "aes-256-gcm",
            "nonce": base64.b64encode(self.nonce).decode("ascii"),
            "wrapped_key": base64.b64encode(self.wrapped_key).decode("ascii"),
        }

    @classmethod
    def from_json(cls, data: dict) -> "KeySlot":
        if data.get("cipher") != "aes-256-gcm":
            raise ValueError("unknown cipher")
        return cls(str(data["slot_id"]), KdfParameters.from_json(data["kdf"]),
                   base64.b64decode(data["nonce"], validate=True),
                   base64.b64decode(data["wrapped_key"], validate=True))


@dataclass
class VaultHeader:
    vault_id: str
    created_at: str
    slots: list[KeySlot] = field(default_factory=list)
    format_version: int = FORMAT_VERSION

    def associated_data(self, slot_id: str) -> bytes:
        return f"{FORMAT_NAME}/{self.format_version}/{self.vault_id}/{slot_id}".encode()

    def slot(self, slot_id: str) -> KeySlot | None:
        return next((s for s in self.slots if s.slot_id == slot_id), None)

    def set_slot(self, slot_id: str, secret: str, data_key: bytes, kdf: KdfParameters) -> None:
        """Wrap `data_key` under `secret`, replacing any slot of the same name."""
        nonce, wrapped = wrap_key(data_key, derive_key(secret, kdf), self.associated_data(slot_id))
        self.slots = [s for s in self.slots if s.slot_id != slot_id]
        self.slots.append(KeySlot(slot_id, kdf, nonce, wrapped))

    def unlock(self, slot_id: str, secret: str) -> bytes | None:
        """The data key if `secret` opens the slot, else None."""
        slot = self.slot(slot_id)
        if slot is None:
            return None
        return unwrap_key(slot.nonce, slot.wrapped_key, derive_key(secret, slot.kdf),
                          self.associated_data(slot_id))

    def to_bytes(self) -> bytes:
        body = {
            "format": FORMAT_NAME,
            "format_version": self.format_version,
            "vault_id": self.vault_id,
            "created_at": self.created_at,
            "slots": [s.to_json() for s in self.slots],
        }
        body["checksum"] = _checksum(body)
        return (json.dumps(body, indent=2, sort_keys=True) + "\n").encode("ascii")

    @classmethod
    def from_bytes(cls, raw: bytes) -> "VaultHeader":
        """Parse and check a header.

        Raises:
            VaultDamaged: not a header, or its checksum does not match its content.
            VaultTooNew: written by a newer CaseDesk.
        """
        try:
            body = json.loads(raw.decode("ascii"))
            if body.get("format") != FORMAT_NAME:
                raise ValueError("not a CaseDesk header")
            version = int(body["format_version"])
            if version > FORMAT_VERSION:
                raise VaultTooNew(version, FORMAT_VERSION)
            if body.pop("checksum", None) != _checksum(body):
                raise ValueError("checksum mismatch")
            return cls(str(body["vault_id"]), str(body["created_at"]),
                       [KeySlot.from_json(s) for s in body["slots"]], version)
        except VaultTooNew:
            raise
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
            altered = "checksum" in str(exc)
            raise VaultDamaged(
                f"its header file {HEADER_FILE} is unreadable "
                f"({'its content does not match its checksum' if altered else 'not a valid header'}).",
                f"su archivo de cabecera {HEADER_FILE} no se puede leer "
                f"({'su contenido no coincide con su suma de control' if altered else 'no es una cabecera válida'}).",
            ) from None

    @classmethod
    def new(cls, vault_id: str) -> "VaultHeader":
        return cls(vault_id, datetime.now(timezone.utc).replace(microsecond=0).isoformat())


def read_header(folder: Path) -> VaultHeader:
    """The vault's header, falling back to the `.bak` copy when the main one is damaged, and
    then to the copy inside the newest backup."""
    try:
        return VaultHeader.from_bytes((folder / HEADER_FILE).read_bytes())
    except (VaultDamaged, FileNotFoundError) as first_problem:
        copies = [folder / HEADER_BACKUP_FILE] + sorted(folder.glob(f"backups/*/{HEADER_FILE}"), reverse=True)
        for copy in copies:
            try:
                return VaultHeader.from_bytes(copy.read_bytes())
            except (VaultDamaged, FileNotFoundError, OSError):
                continue
        else:
            if isinstance(first_problem, FileNotFoundError):
                raise VaultDamaged(f"its header file {HEADER_FILE} is missing.",
                                   f"falta su archivo de cabecera {HEADER_FILE}.") from None
            raise first_problem from None


def write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so that a crash leaves either the old or the new file."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _fsync_directory(path.parent)


def _fsync_directory(folder: Path) -> None:
    if os.name == "posix":
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _checksum(body: dict) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode("ascii")
    return hashlib.sha256(canonical).hexdigest()
