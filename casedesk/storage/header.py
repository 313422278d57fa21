"""`vault.json`: the plaintext header holding the format version and the key slots.

It holds no personal data: only random values, parameters and wrapped keys. It carries a
SHA-256 of its own content so that a flipped byte reads as damage, not as a wrong passphrase.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import stat
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import accumulate
from pathlib import Path

from casedesk import limits
from casedesk.domain.errors import VaultDamaged, VaultTooNew, WrongPassphrase
from casedesk.safety import create_partial, partial_path_for, remove_abandoned_partials
from casedesk.storage.keys import (
    NONCE_BYTES, WRAPPED_KEY_BYTES, InvalidSlot, KdfParameters, derive_key, unbase64, unwrap_key, wrap_key,
)

FORMAT_NAME = "casedesk-vault"
FORMAT_VERSION = 1
HEADER_FILE = "vault.json"
HEADER_BACKUP_FILE = "vault.json.bak"
SLOT_IDS = ("passphrase", "recovery")
_HEADER_MEMBERS = {"format", "format_version", "vault_id", "created_at", "slots", "checksum"}
_SLOT_MEMBERS = {"slot_id", "kdf", "cipher", "nonce", "wrapped_key"}
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')


class HeaderDamaged(VaultDamaged):
    """A header file that is not exactly what CaseDesk writes; `reason_en`/`reason_es` say how."""

    def __init__(self, name: str, reason_en: str, reason_es: str) -> None:
        super().__init__(f"its header file {name} is unreadable ({reason_en}).",
                         f"su archivo de cabecera {name} no se puede leer ({reason_es}).")
        self.reason_en, self.reason_es = reason_en, reason_es


def _invalid(name: str) -> HeaderDamaged:
    return HeaderDamaged(name, "not a valid header", "no es una cabecera válida")


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
    def from_json(cls, data: object) -> "KeySlot":
        """A slot exactly as CaseDesk writes it.

        Raises:
            InvalidSlot: other members, an unknown slot or cipher, a nonce or wrapped key of the
                wrong length, or key derivation parameters beyond the limits.
        """
        if not isinstance(data, dict) or set(data) != _SLOT_MEMBERS:
            raise InvalidSlot("a key slot has other members than expected")
        if not isinstance(data["slot_id"], str) or data["slot_id"] not in SLOT_IDS:
            raise InvalidSlot("unknown key slot")
        if data["cipher"] != "aes-256-gcm":
            raise InvalidSlot("unknown cipher")
        return cls(data["slot_id"], KdfParameters.from_json(data["kdf"]),
                   unbase64(data["nonce"], NONCE_BYTES), unbase64(data["wrapped_key"], WRAPPED_KEY_BYTES))


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
    def from_bytes(cls, raw: bytes, name: str = HEADER_FILE) -> "VaultHeader":
        """Parse and check a header against the exact shape CaseDesk writes (resources/vault-format.md
        §2-§4): size and nesting before parsing, then members, types, lengths and the limits on key
        derivation, so that nothing hostile reaches Argon2 or AES-GCM.

        Raises:
            HeaderDamaged (a VaultDamaged): anything else; `name` is the file named in the message.
            VaultTooNew: a newer format version, with an intact checksum.
        """
        if len(raw) > limits.HEADER_FILE_BYTES:
            raise HeaderDamaged(name, "it is far larger than any header CaseDesk writes",
                                "es mucho mayor que cualquier cabecera que escriba CaseDesk")
        try:
            text = raw.decode("ascii")
            # Python's json is recursive: a deeply nested file is refused before it is parsed.
            if _nesting_depth(text) > limits.HEADER_JSON_DEPTH:
                raise ValueError("nested too deeply")
            body = json.loads(text, parse_constant=_refuse_constant)
        except (ValueError, RecursionError):          # UnicodeDecodeError and JSONDecodeError included
            raise _invalid(name) from None
        if not isinstance(body, dict) or body.get("format") != FORMAT_NAME:
            raise _invalid(name)
        version = body.get("format_version")
        if type(version) is not int or version < 1:
            raise _invalid(name)
        checksum = body.pop("checksum", None)
        if checksum != _checksum(body):
            raise HeaderDamaged(name, "its content does not match its checksum",
                                "su contenido no coincide con su suma de control")
        if version > FORMAT_VERSION:
            raise VaultTooNew(version, FORMAT_VERSION)
        if set(body) | {"checksum"} != _HEADER_MEMBERS or not _is_vault_id(body["vault_id"]) \
                or not _is_timestamp(body["created_at"]):
            raise _invalid(name)
        slots = body["slots"]
        if not isinstance(slots, list) or not 1 <= len(slots) <= len(SLOT_IDS):
            raise _invalid(name)
        try:
            parsed = [KeySlot.from_json(slot) for slot in slots]
        except InvalidSlot as problem:
            if problem.beyond_limits:
                raise HeaderDamaged(name, "its key derivation parameters are beyond CaseDesk's limits",
                                    "sus parámetros de derivación de clave superan los límites de CaseDesk") from None
            raise _invalid(name) from None
        ids = [slot.slot_id for slot in parsed]
        if len(set(ids)) != len(ids) or "passphrase" not in ids:
            raise _invalid(name)
        return cls(body["vault_id"], body["created_at"], parsed, version)

    @classmethod
    def new(cls, vault_id: str) -> "VaultHeader":
        return cls(vault_id, datetime.now(timezone.utc).replace(microsecond=0).isoformat())


@dataclass
class HeaderCopy:
    """One header file as found on disk: its bytes and header, or what is wrong with it."""

    path: Path
    raw: bytes | None = None                     # None: missing or not a readable file
    header: VaultHeader | None = None
    problem: VaultDamaged | VaultTooNew | None = None

    @property
    def missing(self) -> bool:
        return self.raw is None and self.problem is None


def read_copy(path: Path, name: str | None = None) -> HeaderCopy:
    """Read and check one header file; never raises (the answer says what is wrong). `name` is
    how messages call the file (its name by default)."""
    name = name or path.name
    try:
        with open(path, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):      # a FIFO or a device blocks or never ends
                return HeaderCopy(path, problem=_invalid(name))
            raw = handle.read(limits.HEADER_FILE_BYTES + 1)
    except FileNotFoundError:
        return HeaderCopy(path)
    except OSError:
        return HeaderCopy(path, problem=HeaderDamaged(name, "it cannot be read", "no se puede leer"))
    try:
        return HeaderCopy(path, raw, VaultHeader.from_bytes(raw, name))
    except (VaultDamaged, VaultTooNew) as problem:
        return HeaderCopy(path, raw, problem=problem)


def backup_header_paths(folder: Path) -> list[Path]:
    """The copies of vault.json kept inside the vault's backups, newest first."""
    return sorted(folder.glob(f"backups/*/{HEADER_FILE}"), reverse=True)


def _read_backup_copy(path: Path) -> HeaderCopy:
    return read_copy(path, f"backups/{path.parent.name}/{path.name}")


def read_header(folder: Path) -> VaultHeader:
    """The vault's header, falling back to the `.bak` copy when the main one is damaged or
    missing, and then to the copy inside the newest backup.

    Raises:
        VaultDamaged: no copy is a valid header (the message names what is wrong with vault.json).
        VaultTooNew: the header (or, when it is damaged, its copy) is from a newer CaseDesk.
    """
    main, backup = read_copy(folder / HEADER_FILE), read_copy(folder / HEADER_BACKUP_FILE)
    for copy in (main, backup):
        if isinstance(copy.problem, VaultTooNew):
            raise copy.problem
        if copy.header is not None:
            return copy.header
    for path in backup_header_paths(folder):
        copy = _read_backup_copy(path)
        if copy.header is not None:
            return copy.header
    raise _unusable(main)


@dataclass
class Unlocked:
    """A header whose slot opened with the secret given, and the state of both header files."""

    header: VaultHeader
    data_key: bytes
    raw: bytes                                    # the exact bytes of that header, as checked
    source: Path
    main: HeaderCopy
    backup: HeaderCopy


def unlock_header(folder: Path, slot_id: str, secret: str) -> Unlocked:
    """Find the header that `secret` opens: vault.json; then vault.json.bak when vault.json is
    damaged, missing or does not open with it (an interrupted passphrase change, or an edited
    file) and the copy differs; then, when both are unusable, the copy in the newest backup.
    At most two key derivations, each within the limits checked by the parser.

    Raises:
        WrongPassphrase: a valid header was tried and the secret did not open it.
        VaultDamaged: no valid header at all.
        VaultTooNew: the header (or, when it is damaged, its copy) is from a newer CaseDesk.
    """
    main, backup = read_copy(folder / HEADER_FILE), read_copy(folder / HEADER_BACKUP_FILE)
    if isinstance(main.problem, VaultTooNew):
        raise main.problem
    tried = False
    candidates = [main] + ([backup] if backup.raw != main.raw or main.header is None else [])
    if main.header is None and isinstance(backup.problem, VaultTooNew):
        raise backup.problem
    if main.header is None and backup.header is None:
        newest = next((copy for copy in map(_read_backup_copy, backup_header_paths(folder)) if copy.header), None)
        candidates += [newest] if newest else []
    for copy in candidates:
        if copy.header is None:
            continue
        tried = True
        data_key = copy.header.unlock(slot_id, secret)
        if data_key is not None:
            return Unlocked(copy.header, data_key, copy.raw, copy.path, main, backup)
    if tried:
        raise WrongPassphrase()
    raise _unusable(main)


def _unusable(main: HeaderCopy) -> VaultDamaged:
    if main.problem is not None:
        return main.problem
    return VaultDamaged(f"its header file {HEADER_FILE} is missing.", f"falta su archivo de cabecera {HEADER_FILE}.")


def write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so that a crash leaves either the old or the new file.

    The new file is 0600, written as `.casedesk-partial-<32 hex>` in the same folder and renamed
    when whole (casedesk/safety.py); such files a killed process left in that folder go first.
    """
    path = Path(path)
    remove_abandoned_partials(path.parent)
    temporary = partial_path_for(path)
    try:
        with create_partial(temporary) as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
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


def _nesting_depth(text: str) -> int:
    """How deeply arrays and objects nest in JSON `text` (brackets inside strings do not count)."""
    brackets = [1 if char in "[{" else -1 for char in re.findall(r"[\[\]{}]", _JSON_STRING.sub("", text))]
    return max(accumulate(brackets), default=0)


def _refuse_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number a header can hold")


def _is_vault_id(value: object) -> bool:
    """A UUID in its canonical form: lowercase hex with hyphens, as uuid4() prints it."""
    try:
        return isinstance(value, str) and str(uuid.UUID(value)) == value
    except ValueError:
        return False


def _is_timestamp(value: object) -> bool:
    if not isinstance(value, str) or len(value) > 40:
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True
