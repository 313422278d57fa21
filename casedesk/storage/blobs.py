"""Evidence files on disk: age-encrypted (X25519) under random names in `VAULT/evidence/`.

A file is read once: its SHA-256 and size are taken from the original bytes as they stream
into the encryptor, so the hash is of what the lawyer was given, and no plaintext is ever
written. A blob appears under its final name only when it is complete (temporary name,
fsync, rename); any failure removes the partial file. Every file here is 0600 from its first
byte, in 0700 folders.

A decrypted export is written under a hidden name `.casedesk-partial-<32 hex>` next to its
target (0600, held with an flock while it is written; casedesk/safety.py) and renamed when
whole. If the process dies first, the next export to the same folder removes it (no live process
holds its lock), and so does the next open of the vault (the service records where it was
writing).
"""

from __future__ import annotations

import errno
import hashlib
import io
import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable

import pyrage
from pyrage import x25519

from casedesk.safety import (
    PARTIAL_PREFIX, create_partial, create_private, is_partial_output, partial_path_for, remove_abandoned_partials,
)

EVIDENCE_FOLDER = "evidence"
BLOB_SUFFIX = ".age"
# The only names blobs have: 16 random bytes in lowercase hex. Names read from elsewhere (a
# backup's manifest, a bundle) are used as paths only when they have exactly this shape.
BLOB_NAME = re.compile(r"[0-9a-f]{32}\.age")
_PARTIAL_PREFIX = ".partial-"
EXPORT_PARTIAL_PREFIX = PARTIAL_PREFIX
EXPORT_PARTIAL_KEY_PREFIX = "export_partial:"      # vault_meta: key + 32 hex -> the partial's path
is_export_partial = is_partial_output
export_partial_path = partial_path_for
remove_abandoned_exports = remove_abandoned_partials
# Written before a blob and removed once its record is committed: a crash in between leaves
# the marker, so the next open knows the blob was never recorded and removes it.
INTENT_PREFIX = ".intent-"


class Cancelled(Exception):
    """The user stopped an intake; nothing was kept."""


def is_blob_name(name: object) -> bool:
    return isinstance(name, str) and BLOB_NAME.fullmatch(name) is not None




@dataclass(frozen=True)
class StoredBlob:
    name: str
    sha256: str
    size: int


class _HashingReader(io.RawIOBase):
    """Hands the original bytes to the encryptor while hashing and counting them."""

    def __init__(self, source: BinaryIO, progress: Callable[[int], None] | None,
                 cancelled: Callable[[], bool] | None) -> None:
        super().__init__()
        self._source, self._progress, self._cancelled = source, progress, cancelled
        self.digest = hashlib.sha256()
        self.size = 0
        self.failure: BaseException | None = None   # pyrage re-raises it as EncryptError

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        if self._cancelled is not None and self._cancelled():
            self.failure = Cancelled()
            raise self.failure
        try:
            chunk = self._source.read(size)
        except OSError as error:
            self.failure = error
            raise
        self.digest.update(chunk)
        self.size += len(chunk)
        if self._progress is not None:
            self._progress(self.size)
        return chunk


class _HashingWriter(io.RawIOBase):
    """Receives decrypted bytes only to hash them: checking a blob writes nothing."""

    def __init__(self) -> None:
        super().__init__()
        self.digest = hashlib.sha256()
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self.digest.update(data)
        self.size += len(data)
        return len(data)


class BlobStore:
    def __init__(self, vault_folder: Path, identity: x25519.Identity) -> None:
        self.folder = vault_folder / EVIDENCE_FOLDER
        self._identity = identity

    def path(self, name: str) -> Path:
        if not is_blob_name(name):
            raise ValueError("not a blob name")
        return self.folder / name

    def store(self, source: BinaryIO, *, progress: Callable[[int], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> StoredBlob:
        """Encrypt `source` into a new blob; returns its name and the original's hash."""
        self.folder.mkdir(mode=0o700, exist_ok=True)
        name = secrets.token_hex(16) + BLOB_SUFFIX
        partial = self.folder / f"{_PARTIAL_PREFIX}{name}"
        reader = _HashingReader(source, progress, cancelled)
        intent = self.folder / f"{INTENT_PREFIX}{name}"
        with create_private(intent) as marker:
            os.fsync(marker.fileno())
        try:
            with create_private(partial) as out:
                try:
                    pyrage.encrypt_io(reader, out, [self._identity.to_public()])
                except pyrage.EncryptError as wrapped:
                    raise reader.failure or OSError(errno.EIO, str(wrapped)) from None
                out.flush()
                os.fsync(out.fileno())
            os.replace(partial, self.folder / name)
        except BaseException:
            partial.unlink(missing_ok=True)
            intent.unlink(missing_ok=True)
            raise
        return StoredBlob(name, reader.digest.hexdigest(), reader.size)

    def settle(self, name: str) -> None:
        """The blob's record is committed: it no longer needs its intent marker."""
        (self.folder / f"{INTENT_PREFIX}{name}").unlink(missing_ok=True)

    def read(self, name: str) -> bytes:
        """The original bytes, in memory (for viewing; never written out)."""
        with open(self.path(name), "rb") as blob:
            out = io.BytesIO()
            pyrage.decrypt_io(blob, out, [self._identity])
            return out.getvalue()

    def export(self, name: str, target: Path, partial: Path | None = None) -> None:
        """Write a decrypted copy where the user chose (an explicit, warned-about act): 0600,
        under the hidden name `partial` (see `export_partial_path`) until it is whole."""
        partial = partial or export_partial_path(target)
        try:
            with open(self.path(name), "rb") as blob, create_partial(partial) as out:
                pyrage.decrypt_io(blob, out, [self._identity])
                out.flush()
                os.fsync(out.fileno())
            os.replace(partial, target)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise

    def hash_of(self, name: str) -> str:
        """SHA-256 of the original, re-derived by decrypting (raises on a damaged blob)."""
        writer = _HashingWriter()
        with open(self.path(name), "rb") as blob:
            pyrage.decrypt_io(blob, writer, [self._identity])
        return writer.digest.hexdigest()

    def names(self) -> set[str]:
        if not self.folder.exists():
            return set()
        return {p.name for p in self.folder.iterdir() if p.name.endswith(BLOB_SUFFIX)
                and not p.name.startswith(_PARTIAL_PREFIX)}

    def remove(self, name: str) -> None:
        self.path(name).unlink(missing_ok=True)
        self.settle(name)
