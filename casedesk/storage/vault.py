"""Create, unlock, lock and re-key a vault folder.

    vault.json        header: format version, key slots (storage/header.py)
    vault.json.bak    a verified copy of the header
    casedesk.db       SQLCipher 4, keyed with the random data key
    casedesk.lock     held (flock) while a process has the vault open
    backups/          copies taken before a migration (and, later, scheduled backups)
"""

from __future__ import annotations

import getpass
import os
import shutil
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import peewee
from sqlcipher3 import dbapi2 as sqlcipher

from casedesk.domain.errors import (
    MigrationFailed, PassphraseTooShort, VaultAlreadyOpen, VaultDamaged, VaultExists, VaultLocked, VaultNotFound,
    VaultTooNew, WrongPassphrase,
)
from casedesk.storage import models
from casedesk.storage.blobs import EVIDENCE_FOLDER, INTENT_PREFIX
from casedesk.storage.database import (
    EncryptedDatabase, check_integrity, damage_from, describe_problems,
)
from casedesk.storage.header import (
    HEADER_BACKUP_FILE, HEADER_FILE, VaultHeader, read_header, write_atomically,
)
from casedesk.storage.keys import MIN_PASSPHRASE_CHARS, new_data_key, new_kdf_parameters
from casedesk.storage.migrations import LATEST_SCHEMA_VERSION, MIGRATIONS

DATABASE_FILE = "casedesk.db"
LOCK_FILE = "casedesk.lock"
BACKUP_FOLDER = "backups"
BACKUP_MANIFEST = "backup.json"      # written last: a backup folder without it is unfinished
PASSPHRASE_SLOT = "passphrase"
RECOVERY_SLOT = "recovery"
RECOVERY_WORDS = 16        # from a list of 233 words: about 126 bits


class _Locked:
    """Stands in for the database while no vault is open: any use says the vault is locked."""

    def __getattr__(self, name: str):
        raise VaultLocked()


def release_database() -> None:
    """Unbind the models: from now on any use says the vault is locked."""
    models.database.initialize(_Locked())


release_database()


class _FolderLock:
    """An exclusive lock on `casedesk.lock`, released by the OS if the process dies."""

    def __init__(self, path: Path) -> None:
        self._descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if os.name == "nt":
                import msvcrt
                msvcrt.locking(self._descriptor, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl
                fcntl.flock(self._descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(self._descriptor)
            raise VaultAlreadyOpen() from None

    def release(self) -> None:
        if self._descriptor is not None:
            os.close(self._descriptor)   # closing drops the lock on every platform
            self._descriptor = None


@dataclass
class Vault:
    """An unlocked vault. Use as a context manager, or call `lock()` when done."""

    folder: Path
    header: VaultHeader
    db: EncryptedDatabase
    actor: str
    _folder_lock: _FolderLock = field(repr=False)
    migrated_from: int | None = None
    damage: VaultDamaged | None = None      # set when a damaged vault was opened read-only

    @property
    def read_only(self) -> bool:
        return self.db.read_only

    @property
    def is_open(self) -> bool:
        return self._folder_lock._descriptor is not None

    def lock(self) -> None:
        """Close the database, forget the key and release the folder."""
        if not self.is_open:
            return
        if models.database.obj is self.db:
            release_database()
        self.db.forget_key()
        self._folder_lock.release()

    def __enter__(self) -> "Vault":
        return self

    def __exit__(self, *exc_info) -> None:
        self.lock()


def make_read_only(vault: Vault, damage: VaultDamaged) -> None:
    """Damage found while the vault is open: from now on it is only read (every connection,
    the open ones and those threads open later)."""
    vault.damage = damage
    vault.db.read_only = True
    if not vault.db.is_closed():
        vault.db.execute_sql("PRAGMA query_only = ON")


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a passphrase too short to protect a vault (before anything is written)."""
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise PassphraseTooShort(MIN_PASSPHRASE_CHARS)


def create_vault(folder: Path | str, passphrase: str, *, actor: str | None = None,
                 schema_version: int = LATEST_SCHEMA_VERSION) -> Vault:
    """Create a vault in `folder` (made if absent, or empty) and return it unlocked.

    `schema_version` exists so tests can make a vault as an older CaseDesk would have.

    Raises:
        PassphraseTooShort: nothing was written.
        VaultExists: the folder already holds files.
    """
    check_new_passphrase(passphrase)
    folder = Path(folder)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise VaultExists(str(folder))
    created_folder = not folder.exists()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        folder_lock = _FolderLock(folder / LOCK_FILE)
        data_key = new_data_key()
        header = VaultHeader.new(str(uuid.uuid4()))
        header.set_slot(PASSPHRASE_SLOT, passphrase, data_key, new_kdf_parameters())
        header_bytes = header.to_bytes()
        write_atomically(folder / HEADER_FILE, header_bytes)
        write_atomically(folder / HEADER_BACKUP_FILE, header_bytes)
        db = EncryptedDatabase(str(folder / DATABASE_FILE), data_key)
        db.connect()
        os.chmod(folder / DATABASE_FILE, 0o600)
        _migrate(db, 0, schema_version)
        db.execute_sql("INSERT INTO vault_meta(key, value) VALUES ('vault_id', ?)", (header.vault_id,))
    except BaseException:
        if "folder_lock" in locals():
            folder_lock.release()
        _remove_new_vault(folder, created_folder)
        raise
    return _bind(Vault(folder, header, db, actor or _default_actor(), folder_lock))


def open_vault(folder: Path | str, passphrase: str, *, actor: str | None = None,
               check_pages: bool = True, read_only: bool = False) -> Vault:
    """Unlock a vault, check it and bring its schema up to date.

    `check_pages` verifies the HMAC of every page before returning (about 1.5 s for 100k
    cases). The window passes False and runs the same check in the background, so unlocking
    costs only the key derivation; the first page and the schema are always read.

    `read_only` opens a damaged vault anyway, so that what is intact can be read and exported:
    nothing can be written, and `damage` says what failed its check.

    Raises:
        VaultNotFound, VaultAlreadyOpen, VaultTooNew.
        WrongPassphrase: no file was touched.
        VaultDamaged: says what is known (header unreadable, pages failing their check).
    """
    folder = Path(folder)
    if not (folder / HEADER_FILE).exists() and not (folder / HEADER_BACKUP_FILE).exists() \
            and not any(folder.glob(f"{BACKUP_FOLDER}/*/{HEADER_FILE}")):
        raise VaultNotFound(str(folder))
    folder_lock = _FolderLock(folder / LOCK_FILE)
    try:
        header = read_header(folder)
        data_key = header.unlock(PASSPHRASE_SLOT, passphrase)
        if data_key is None:
            raise WrongPassphrase()
        if not (folder / DATABASE_FILE).exists():
            raise VaultDamaged(f"its database file {DATABASE_FILE} is missing.",
                               f"falta su archivo de base de datos {DATABASE_FILE}.")
        db = EncryptedDatabase(str(folder / DATABASE_FILE), data_key, read_only=read_only)
        damage = None
        try:
            if read_only:
                db.connect()
                problems = check_integrity(db, full=False)
                damage = describe_problems(problems) if problems else None
            else:
                _check_on_open(db, header, check_pages)
            version = db.execute_sql("PRAGMA user_version").fetchone()[0]
            if version > LATEST_SCHEMA_VERSION:
                raise VaultTooNew(version, LATEST_SCHEMA_VERSION)
            if version < LATEST_SCHEMA_VERSION and read_only:
                raise VaultDamaged("it was made by an older CaseDesk and cannot be updated while damaged.",
                                   "la hizo un CaseDesk anterior y no se puede actualizar estando dañada.")
            if version < LATEST_SCHEMA_VERSION:
                _backup_before_migration(db, folder, version)
                try:
                    _migrate(db, version, LATEST_SCHEMA_VERSION)
                except (peewee.DatabaseError, sqlcipher.DatabaseError):
                    raise MigrationFailed(version, LATEST_SCHEMA_VERSION) from None
        except BaseException:
            db.forget_key()
            raise
    except BaseException:
        folder_lock.release()
        raise
    vault = Vault(folder, header, db, actor or _default_actor(), folder_lock,
                  migrated_from=version if version < LATEST_SCHEMA_VERSION else None, damage=damage)
    if not read_only:
        _clear_leftovers(folder, db)
    return _bind(vault)


def _clear_leftovers(folder: Path, db: EncryptedDatabase) -> None:
    """What a crash left half-written (an evidence file still being encrypted or not yet
    recorded, a backup not yet checked) is not part of the vault: with the folder locked to
    us, nobody is still writing it, so it goes."""
    for partial in [*folder.glob("evidence/.partial-*"), *folder.glob(f"{BACKUP_FOLDER}/evidence/.*.partial")]:
        partial.unlink(missing_ok=True)
    for intent in folder.glob(f"{EVIDENCE_FOLDER}/{INTENT_PREFIX}*"):
        name = intent.name.removeprefix(INTENT_PREFIX)
        if not db.execute_sql("SELECT 1 FROM evidence WHERE blob_name = ?", (name,)).fetchone():
            (intent.parent / name).unlink(missing_ok=True)      # stored, but its record never committed
        intent.unlink()
    for unfinished in folder.glob(f"{BACKUP_FOLDER}/*"):
        if unfinished.is_dir() and unfinished.name != "evidence" and not (unfinished / BACKUP_MANIFEST).exists() \
                and not unfinished.name.startswith("before-migration"):
            shutil.rmtree(unfinished, ignore_errors=True)


def change_passphrase(vault: Vault, current: str, new: str) -> None:
    """Rewrap the data key under `new`. The database is not rewritten.

    The old header stays as `vault.json.bak` until the new one has been read back and
    opened; then the backup copy is replaced too, so the old passphrase opens nothing.

    Raises:
        PassphraseTooShort, WrongPassphrase: nothing was changed.
    """
    check_new_passphrase(new)
    if not vault.is_open:
        raise VaultLocked()
    data_key = vault.header.unlock(PASSPHRASE_SLOT, current)
    if data_key is None:
        raise WrongPassphrase()
    vault.header = _rewrite_slot(vault.folder, vault.header, PASSPHRASE_SLOT, new, data_key)


def add_recovery_key(vault: Vault, passphrase: str) -> str:
    """Make a new recovery key (words to print on the recovery sheet) that unlocks the vault
    through its own key slot; a previous recovery key stops working. Asks for the passphrase
    again: whoever finds the laptop unlocked must not be able to mint a way back in.

    Raises:
        WrongPassphrase: nothing was changed.
    """
    from casedesk.domain.passphrase import propose_passphrase
    if not vault.is_open:
        raise VaultLocked()
    data_key = vault.header.unlock(PASSPHRASE_SLOT, passphrase)
    if data_key is None:
        raise WrongPassphrase()
    words = propose_passphrase(RECOVERY_WORDS)
    vault.header = _rewrite_slot(vault.folder, vault.header, RECOVERY_SLOT, normalize_recovery_key(words), data_key)
    return words


def has_recovery_key(folder: Path | str) -> bool:
    return read_header(Path(folder)).slot(RECOVERY_SLOT) is not None


def normalize_recovery_key(words: str) -> str:
    """The words as typed from paper: any case, accents, spacing, hyphens or line breaks."""
    from casedesk.domain.text import fold
    return " ".join(fold(words.replace("-", " ").replace(",", " ")).split())


def recover_with_key(folder: Path | str, words: str, new_passphrase: str) -> None:
    """Unlock with the recovery sheet and set a new passphrase: the old one stops working.

    Raises:
        PassphraseTooShort: nothing was changed.
        WrongPassphrase: the words do not open the vault; nothing was changed.
    """
    check_new_passphrase(new_passphrase)
    folder = Path(folder)
    folder_lock = _FolderLock(folder / LOCK_FILE)
    try:
        header = read_header(folder)
        data_key = header.unlock(RECOVERY_SLOT, normalize_recovery_key(words))
        if data_key is None:
            raise WrongPassphrase()
        _rewrite_slot(folder, header, PASSPHRASE_SLOT, new_passphrase, data_key)
    finally:
        folder_lock.release()


def _rewrite_slot(folder: Path, header: VaultHeader, slot_id: str, secret: str, data_key: bytes) -> VaultHeader:
    """Write the header with one slot set anew, crash-safe: the old header stays as the `.bak`
    copy until the new one has been read back and opened."""
    old_bytes = header.to_bytes()
    new_header = VaultHeader(header.vault_id, header.created_at, list(header.slots), header.format_version)
    new_header.set_slot(slot_id, secret, data_key, new_kdf_parameters())
    new_bytes = new_header.to_bytes()
    header_path, backup_path = folder / HEADER_FILE, folder / HEADER_BACKUP_FILE
    write_atomically(backup_path, old_bytes)
    write_atomically(header_path, new_bytes)
    if VaultHeader.from_bytes(header_path.read_bytes()).unlock(slot_id, secret) != data_key:
        write_atomically(header_path, old_bytes)
        raise VaultDamaged("the new header could not be read back; nothing was changed.",
                           "la nueva cabecera no se pudo releer; no se cambió nada.")
    write_atomically(backup_path, new_bytes)
    return new_header


def _bind(vault: Vault) -> Vault:
    models.database.initialize(vault.db)
    return vault


def _check_on_open(db: EncryptedDatabase, header: VaultHeader, check_pages: bool) -> None:
    try:
        db.connect(reuse_if_open=True)
        problems = check_integrity(db, full=False) if check_pages else []
        if problems:
            raise describe_problems(problems)
        row = db.execute_sql("SELECT value FROM vault_meta WHERE key = 'vault_id'").fetchone()
    except peewee.DatabaseError as exc:
        raise damage_from(exc) from None
    if row is None or row[0] != header.vault_id:
        raise VaultDamaged("its database belongs to another vault.",
                           "su base de datos pertenece a otra bóveda.")


def _migrate(db: peewee.SqliteDatabase, current: int, target: int) -> None:
    """Run migrations current+1..target in one transaction: all of them or none."""
    pending = [sql for version, sql in MIGRATIONS if current < version <= target]
    if not pending:
        return
    script = "BEGIN IMMEDIATE;\n" + "\n".join(pending) + f"\nPRAGMA user_version = {target};\nCOMMIT;"
    connection = db.connection()
    try:
        connection.executescript(script)
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise


def _backup_before_migration(db: EncryptedDatabase, folder: Path, version: int) -> Path:
    """An encrypted copy of the database (same key) and its header, before any change."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = folder / BACKUP_FOLDER / f"before-migration-from-v{version}-{stamp}"
    target.mkdir(parents=True, mode=0o700)
    # VACUUM INTO writes a consistent copy (WAL included) encrypted with the same key.
    db.execute_sql("VACUUM INTO ?", (str(target / DATABASE_FILE),))
    shutil.copy2(folder / HEADER_FILE, target / HEADER_FILE)
    return target


def _remove_new_vault(folder: Path, created_folder: bool) -> None:
    if created_folder:
        shutil.rmtree(folder, ignore_errors=True)
    else:
        for child in folder.iterdir():
            shutil.rmtree(child, ignore_errors=True) if child.is_dir() else child.unlink(missing_ok=True)


def _default_actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
