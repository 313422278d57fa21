"""Backups: encrypted, verified copies of the whole vault, and restoring one into a new folder.

    VAULT/backups/
        evidence/                     every evidence blob ever backed up (encrypted, by name)
        20261125T140312.123456Z-daily/  casedesk.db (VACUUM INTO: consistent, same key),
                                      vault.json, backup.json (what it holds; no case data)

Evidence blobs never change once written, so each is copied once into the shared store and
every later backup only adds new ones. Each backup is reopened and checked (every page's
HMAC, SQLite's integrity check, the vault id, every blob it needs present) before it counts.
Generations: 7 daily and 4 weekly are kept; manual backups to another folder are left alone.
Every file is 0600 and every folder CaseDesk makes 0700. A backup's vault.json is rewritten when
the passphrase changes (storage/vault.py), so it opens only with today's secrets; backups made
to another folder keep the header they were made with.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

import peewee

from casedesk import limits
from casedesk.domain.errors import CaseDeskError, InvalidInput, VaultDamaged
from casedesk.safety import copy_private, create_private, make_private, make_private_folder, make_private_tree
from casedesk.storage.audit import AuditTrail
from casedesk.storage.database import check_integrity
from casedesk.storage.header import HEADER_BACKUP_FILE, HEADER_FILE, read_copy, write_atomically
from casedesk.storage.blobs import EVIDENCE_FOLDER, is_blob_name
from casedesk.storage.vault import BACKUP_FOLDER, BACKUP_MANIFEST, DATABASE_FILE, Vault

MANIFEST = BACKUP_MANIFEST
KEEP_DAILY = 7
KEEP_WEEKLY = 4


class BackupFailed(CaseDeskError):
    def __init__(self, reason_en: str, reason_es: str) -> None:
        super().__init__(f"The backup was not made: {reason_en}. The vault is unchanged.",
                         f"No se hizo la copia de seguridad: {reason_es}. La bóveda no cambió.")


@dataclass(frozen=True)
class Backup:
    folder: Path
    created_at: datetime
    kind: str
    blobs: int

    @property
    def label(self) -> str:
        return self.created_at.strftime("%Y-%m-%d %H:%M UTC")


def backups_in(root: Path) -> list[Backup]:
    """The verified backups under `root`, newest first."""
    found = []
    for manifest in root.glob(f"*/{MANIFEST}"):
        if not (manifest.parent / DATABASE_FILE).exists() or not (manifest.parent / HEADER_FILE).exists():
            continue
        try:
            data = read_manifest(manifest.parent)
            if data.get("verified") is True:
                found.append(Backup(manifest.parent, datetime.fromisoformat(data["created_at"]), str(data["kind"]),
                                    len(data.get("blobs", []))))
        except (InvalidInput, ValueError, KeyError, TypeError, OSError):
            continue
    return sorted(found, key=lambda backup: backup.created_at, reverse=True)


def make_backup(vault: Vault, *, to: Path | None = None, kind: str = "manual",
                progress: Callable[[int, int], None] | None = None) -> Backup:
    """Write, reopen and check a backup; prune old generations (only in the vault's own folder).

    Raises:
        BackupFailed: the disk was full, the folder not writable, or the copy did not check
            out; whatever was half-written is removed.
    """
    root = Path(to) / f"casedesk-backup-{vault.header.vault_id[:8]}" if to else vault.folder / BACKUP_FOLDER
    now = datetime.now(timezone.utc)
    target = root / f"{now.strftime('%Y%m%dT%H%M%S.%fZ')}-{kind}"
    store = root / EVIDENCE_FOLDER
    try:
        make_private_folder(store)            # the root and its store are ours: 0700 (a --to folder that
        if to is not None and (_loose(root) or _loose(store)):       # exists already is left as it is)
            make_private_tree(root)           # backups an earlier CaseDesk wrote there with looser modes
        target.mkdir(mode=0o700)
    except OSError as error:
        raise BackupFailed(*_reason(error)) from None
    copied: list[Path] = []
    try:
        # VACUUM INTO writes a consistent copy (what is in the WAL included), encrypted with the same
        # key, into the empty 0600 file made first (SQLite accepts an empty file as its target).
        create_private(target / DATABASE_FILE).close()
        vault.db.execute_sql("VACUUM INTO ?", (str(target / DATABASE_FILE),))
        write_atomically(target / HEADER_FILE, vault.header.to_bytes())
        names = sorted(name for (name,) in vault.db.execute_sql(
            "SELECT DISTINCT blob_name FROM evidence WHERE blob_name IS NOT NULL"))
        for number, name in enumerate(names, start=1):
            if not (store / name).exists():
                partial = store / f".{name}.partial"
                partial.unlink(missing_ok=True)          # left by a backup killed while copying
                copy_private(vault.folder / EVIDENCE_FOLDER / name, partial)
                os.replace(partial, store / name)
                copied.append(store / name)
            if progress:
                progress(number, len(names))
        _verify(vault, target, store, names)
        manifest = {"vault_id": vault.header.vault_id, "created_at": now.isoformat(), "kind": kind,
                    "schema_version": vault.db.execute_sql("PRAGMA user_version").fetchone()[0],
                    "blobs": names, "verified": True}
        write_atomically(target / MANIFEST, json.dumps(manifest, indent=1).encode())
    except (OSError, peewee.DatabaseError) as error:
        _discard(target, copied)
        raise BackupFailed(*_reason(error)) from None
    except BaseException:
        _discard(target, copied)
        raise
    AuditTrail(vault.actor).write("backup", "vault", vault.header.vault_id,
                                  {"kind": [None, kind], "to": [None, str(root)], "blobs": [None, len(names)]})
    if to is None:
        prune(root)
    return Backup(target, now, kind, len(names))


def _verify(vault: Vault, target: Path, store: Path, names: list[str]) -> None:
    copy = vault.db.sibling(str(target / DATABASE_FILE))
    try:
        copy.connect()
        problems = check_integrity(copy, full=True)
        row = copy.execute_sql("SELECT value FROM vault_meta WHERE key = 'vault_id'").fetchone()
    except peewee.DatabaseError as error:
        problems, row = [str(error)], None
    finally:
        copy.close()
    missing = [name for name in names if (store / name).stat().st_size != (vault.folder / EVIDENCE_FOLDER / name).stat().st_size]
    if problems or row is None or row[0] != vault.header.vault_id or missing:
        raise OSError(errno.EIO, "the copy did not check out when read back")


def _loose(path: Path) -> bool:
    return os.name == "posix" and path.stat().st_mode & 0o077 != 0


def _remove(folder: Path) -> None:
    """The manifest goes first: a removal cut short leaves an unfinished backup (cleared at the
    next open), never one that claims to be whole."""
    (folder / MANIFEST).unlink(missing_ok=True)
    shutil.rmtree(folder, ignore_errors=True)


def _discard(target: Path, copied: list[Path]) -> None:
    _remove(target)
    for path in copied:
        path.unlink(missing_ok=True)


def _reason(error: Exception) -> tuple[str, str]:
    number = getattr(error, "errno", None)
    if number in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG) or "full" in str(error).lower():
        return "the disk is full", "el disco está lleno"
    if number in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "no permission to write there", "no hay permiso para escribir allí"
    if number == errno.EIO:
        return "the copy did not check out when read back", "la copia no pasó la verificación al releerla"
    if "disk i/o error" in str(error).lower():          # SQLite's word for a write the disk refused
        return ("the disk refused the write (it may be full, removed or failing)",
                "el disco rechazó la escritura (puede estar lleno, desconectado o fallando)")
    return f"the copy could not be written ({type(error).__name__})", f"no se pudo escribir la copia ({type(error).__name__})"


def prune(root: Path) -> list[Path]:
    """Keep the newest backup of each of the last 7 days and of each of the last 4 weeks."""
    found = backups_in(root)
    days: dict[str, Path] = {}
    weeks: dict[str, Path] = {}
    for backup in found:                     # newest first: the first seen of a day or week stays
        day, week = backup.created_at.strftime("%Y-%m-%d"), backup.created_at.strftime("%G-W%V")
        if day not in days and len(days) < KEEP_DAILY:
            days[day] = backup.folder
        if week not in weeks and len(weeks) < KEEP_WEEKLY:
            weeks[week] = backup.folder
    keep = set(days.values()) | set(weeks.values())
    removed = [backup.folder for backup in found if backup.folder not in keep]
    for folder in removed:
        _remove(folder)
    needed = {name for folder in keep for name in _blobs_of(folder)}
    for blob in (root / EVIDENCE_FOLDER).glob("*"):
        if blob.name not in needed:
            blob.unlink(missing_ok=True)
    return removed


def _blobs_of(folder: Path) -> list[str]:
    return read_manifest(folder).get("blobs", [])


def read_manifest(folder: Path) -> dict:
    """A backup's backup.json, checked: a JSON object of bounded size whose `blobs` lists only
    names of the one shape evidence files have (32 hex + .age), so no name can reach outside the
    backup's store or the restored vault.

    Raises:
        InvalidInput: missing, too large, not JSON, or a name of another shape.
    """
    def refused() -> InvalidInput:
        return InvalidInput(f"{folder} is not a usable CaseDesk backup: its {MANIFEST} is damaged or was altered.",
                            f"{folder} no es una copia de CaseDesk utilizable: su {MANIFEST} está dañado o fue alterado.")
    try:
        with open(folder / MANIFEST, "rb") as handle:
            raw = handle.read(limits.BACKUP_MANIFEST_BYTES + 1)
    except OSError:
        raise refused() from None
    if len(raw) > limits.BACKUP_MANIFEST_BYTES:
        raise refused()
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):              # a deeply nested file makes Python's json recurse
        raise refused() from None
    blobs = data.get("blobs", []) if isinstance(data, dict) else None
    if not isinstance(blobs, list) or not all(is_blob_name(name) for name in blobs):
        raise refused()
    return data


def backup_if_due(vault: Vault) -> Backup | None:
    """The automatic backup: when the vault closes, at most one a day."""
    latest = next(iter(backups_in(vault.folder / BACKUP_FOLDER)), None)
    if latest is not None and latest.created_at.date() == datetime.now(timezone.utc).date():
        return None
    return make_backup(vault, kind="daily")


def restore_backup(backup_folder: Path, target: Path) -> Path:
    """Copy a backup into a new vault folder (never over an existing vault). The restored
    vault opens with the vault's passphrase as of the backup header's last rewrite: today's for
    a backup in the vault's own backups folder, the one valid when it was made for a backup made
    elsewhere.

    The backup is checked before anything is created: its manifest (bounded, and naming only
    evidence files of the one shape blob names have, so no name reaches outside the store or the
    new vault) and its header.

    Raises:
        InvalidInput: not a backup, a damaged or altered manifest, the target not empty, or a
            write that failed (nothing is left in the target).
        VaultDamaged: its header is damaged, or evidence files are missing.
    """
    backup_folder, target = Path(backup_folder), Path(target)
    if not (backup_folder / MANIFEST).exists() or not (backup_folder / DATABASE_FILE).exists():
        raise InvalidInput(f"{backup_folder} is not a CaseDesk backup.", f"{backup_folder} no es una copia de CaseDesk.")
    if target.exists() and any(target.iterdir()):
        raise InvalidInput(f"{target} is not empty: restore into a new folder; the current vault is never overwritten.",
                           f"{target} no está vacía: restaure en una carpeta nueva; nunca se sobrescribe la bóveda actual.")
    store = backup_folder.parent / EVIDENCE_FOLDER
    manifest = read_manifest(backup_folder)          # checked before anything is created
    blobs = manifest.get("blobs", [])
    header = read_copy(backup_folder / HEADER_FILE)
    if header.header is None:
        raise header.problem or VaultDamaged(f"the backup has no {HEADER_FILE}.", f"a la copia le falta {HEADER_FILE}.")
    if manifest.get("vault_id", header.header.vault_id) != header.header.vault_id:
        raise InvalidInput(f"{backup_folder} is not a usable CaseDesk backup: its {HEADER_FILE} belongs to another vault.",
                           f"{backup_folder} no es una copia de CaseDesk utilizable: su {HEADER_FILE} es de otra bóveda.")
    missing = [name for name in blobs if not (store / name).is_file()]
    if missing:
        raise VaultDamaged(f"the backup lacks {len(missing)} evidence file(s).",
                           f"a la copia le faltan {len(missing)} archivo(s) de evidencia.")
    try:
        make_private_folder(target)
        make_private(target)                 # an empty folder given for the restore becomes the vault's own
        (target / EVIDENCE_FOLDER).mkdir(mode=0o700)
        for name in sorted(set(blobs)):
            copy_private(store / name, target / EVIDENCE_FOLDER / name)
        copy_private(backup_folder / DATABASE_FILE, target / DATABASE_FILE)
        write_atomically(target / HEADER_FILE, header.raw)
        write_atomically(target / HEADER_BACKUP_FILE, header.raw)
    except OSError as error:
        shutil.rmtree(target, ignore_errors=True)
        reason_en, reason_es = _reason(error)
        raise InvalidInput(f"The backup could not be restored: {reason_en}. Nothing was left in {target}.",
                           f"No se pudo restaurar la copia: {reason_es}. No quedó nada en {target}.") from None
    return target
