"""Create, unlock, lock and re-key a vault folder.

    vault.json        header: format version, key slots (storage/header.py)
    vault.json.bak    a verified copy of the header
    casedesk.db       SQLCipher 4, keyed with the random data key
    casedesk.lock     held (flock) while a process has the vault open
    backups/          copies taken before a migration (and, later, scheduled backups)
"""

from __future__ import annotations

import getpass
import logging
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
from casedesk.safety import (
    create_private, make_private, make_private_folder, make_private_tree, remove_abandoned_partials,
)
from casedesk.storage import models
from casedesk.storage.blobs import EVIDENCE_FOLDER, EXPORT_PARTIAL_KEY_PREFIX, INTENT_PREFIX, is_export_partial
from casedesk.storage.database import (
    EncryptedDatabase, check_integrity, damage_from, describe_problems,
)
from casedesk.storage.header import (
    HEADER_BACKUP_FILE, HEADER_FILE, HeaderCopy, HeaderDamaged, Unlocked, VaultHeader, backup_header_paths,
    read_copy, read_header, unlock_header, write_atomically,
)
from casedesk.storage.keys import (
    MIN_PASSPHRASE_CHARS, TestOnlyKeyDerivation, new_data_key, new_kdf_parameters, test_only_fast_kdf_enabled,
)
from casedesk.storage.migrations import LATEST_SCHEMA_VERSION, MIGRATIONS

DATABASE_FILE = "casedesk.db"
LOCK_FILE = "casedesk.lock"
BACKUP_FOLDER = "backups"
BACKUP_MANIFEST = "backup.json"      # written last: a backup folder without it is unfinished
PASSPHRASE_SLOT = "passphrase"
RECOVERY_SLOT = "recovery"
RECOVERY_WORDS = 16        # from a list of 233 words: about 126 bits
# In vault_meta: set once every file of the vault has been made private (0600 in 0700 folders),
# so that a vault written by an earlier CaseDesk is tightened once, not walked at every open.
PRIVATE_MODES_KEY = "file_modes_private"

log = logging.getLogger(__name__)


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
    # What opening found and repaired (a damaged header rewritten from its copy…), as (English,
    # Spanish) sentences for the user: the command line prints them, the window should show them.
    notices: list[tuple[str, str]] = field(default_factory=list)

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
    make_private_folder(folder)
    try:
        make_private(folder)                  # an empty folder the user chose becomes the vault's own
        folder_lock = _FolderLock(folder / LOCK_FILE)
        data_key = new_data_key()
        header = VaultHeader.new(str(uuid.uuid4()))
        header.set_slot(PASSPHRASE_SLOT, passphrase, data_key, new_kdf_parameters())
        header_bytes = header.to_bytes()
        write_atomically(folder / HEADER_FILE, header_bytes)
        write_atomically(folder / HEADER_BACKUP_FILE, header_bytes)
        create_private(folder / DATABASE_FILE).close()   # 0600 before SQLite writes a byte (its -wal, -shm follow)
        db = EncryptedDatabase(str(folder / DATABASE_FILE), data_key)
        db.connect()
        _migrate(db, 0, schema_version)
        db.execute_sql("INSERT INTO vault_meta(key, value) VALUES ('vault_id', ?)", (header.vault_id,))
        db.execute_sql("INSERT INTO vault_meta(key, value) VALUES (?, '1')", (PRIVATE_MODES_KEY,))
    except BaseException:
        if "folder_lock" in locals():
            folder_lock.release()
        _remove_new_vault(folder, created_folder)
        raise
    return _bind(Vault(folder, header, db, actor or _default_actor(), folder_lock))


def open_vault(folder: Path | str, passphrase: str, *, actor: str | None = None,
               check_pages: bool = True, read_only: bool = False, allow_test_only_kdf: bool = False) -> Vault:
    """Unlock a vault, check it and bring its schema up to date.

    `check_pages` verifies the HMAC of every page before returning (about 1.5 s for 100k
    cases). The window passes False and runs the same check in the background, so unlocking
    costs only the key derivation; the first page and the schema are always read.

    `read_only` opens a damaged vault anyway, so that what is intact can be read and exported:
    nothing can be written, and `damage` says what failed its check.

    A header that is damaged, missing, or does not open with the passphrase while its copy does,
    is rewritten from the copy that opened (not in a read-only open); `notices` says so.

    A passphrase slot made with the test-only key derivation opens only with the test-only
    switch set, or with `allow_test_only_kdf` (used by `casedesk passwd`, which then writes
    full-strength parameters).

    Raises:
        VaultNotFound, VaultAlreadyOpen, VaultTooNew.
        WrongPassphrase: no file was touched.
        VaultDamaged: says what is known (header unreadable, pages failing their check).
        TestOnlyKeyDerivation: the vault's passphrase slot has the test suite's cheap parameters.
    """
    folder = Path(folder)
    if not (folder / HEADER_FILE).exists() and not (folder / HEADER_BACKUP_FILE).exists() \
            and not any(folder.glob(f"{BACKUP_FOLDER}/*/{HEADER_FILE}")):
        raise VaultNotFound(str(folder))
    folder_lock = _FolderLock(folder / LOCK_FILE)
    try:
        unlocked = unlock_header(folder, PASSPHRASE_SLOT, passphrase)
        header, data_key = unlocked.header, unlocked.data_key
        if header.slot(PASSPHRASE_SLOT).kdf.is_test_only() and not (allow_test_only_kdf or test_only_fast_kdf_enabled()):
            raise TestOnlyKeyDerivation()
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
                _backup_before_migration(db, folder, version, unlocked.raw)
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
    vault.notices = _repair_headers(unlocked, repair=not read_only)
    for english, _spanish in vault.notices:
        log.info(english)             # the caller shows `notices` to the user, in their language
    if not read_only:
        _clear_leftovers(folder, db)
    return _bind(vault)


def _repair_headers(unlocked: Unlocked, *, repair: bool) -> list[tuple[str, str]]:
    """Make vault.json and vault.json.bak byte-identical copies of the header that opened the
    vault (written atomically, 0600), and say what was wrong with each one rewritten."""
    notices = []
    source = unlocked.source.relative_to(unlocked.main.path.parent).as_posix()
    for copy in (unlocked.main, unlocked.backup):
        if copy.raw == unlocked.raw:
            continue
        name = copy.path.name
        what_en, what_es = _what_was_wrong(copy, is_main=copy is unlocked.main)
        if repair:
            try:
                write_atomically(copy.path, unlocked.raw)
            except OSError as error:          # a read-only disk: the vault still opens, and says so
                notices.append((f"{name} {what_en}; the vault was opened with {source}, but {name} could not be "
                                f"rewritten ({error.strerror or type(error).__name__}).",
                                f"{name} {what_es}; la bóveda se abrió con {source}, pero no se pudo reescribir "
                                f"{name} ({error.strerror or type(error).__name__})."))
                continue
            notices.append((f"{name} {what_en}; it has been restored from {source}.",
                            f"{name} {what_es}; se ha restaurado a partir de {source}."))
        else:
            notices.append((f"{name} {what_en}; the vault was opened with {source}. Nothing was repaired "
                            "(the vault is open read-only).",
                            f"{name} {what_es}; la bóveda se abrió con {source}. No se reparó nada "
                            "(la bóveda está abierta solo para lectura)."))
    return notices


def _what_was_wrong(copy: HeaderCopy, *, is_main: bool) -> tuple[str, str]:
    if copy.missing:
        return "was missing", "faltaba"
    if isinstance(copy.problem, HeaderDamaged):
        return (f"was damaged ({copy.problem.reason_en})", f"estaba dañado ({copy.problem.reason_es})")
    if copy.problem is not None:
        return "was damaged", "estaba dañado"
    if is_main:
        return ("did not open with this passphrase although its copy did (an interrupted passphrase change, or "
                "the file was edited)",
                "no se abría con esta contraseña aunque su copia sí (un cambio de contraseña interrumpido, o el "
                "archivo fue editado)")
    return ("differed from vault.json (an interrupted passphrase change)",
            "no coincidía con vault.json (un cambio de contraseña interrumpido)")


def _clear_leftovers(folder: Path, db: EncryptedDatabase) -> None:
    """What a crash left half-written (an evidence file still being encrypted or not yet
    recorded, a backup not yet checked) is not part of the vault: with the folder locked to
    us, nobody is still writing it, so it goes."""
    for partial in [*folder.glob("evidence/.partial-*"), *folder.glob(f"{BACKUP_FOLDER}/evidence/.*.partial")]:
        partial.unlink(missing_ok=True)
    for place in [folder, folder / BACKUP_FOLDER, *(folder / BACKUP_FOLDER).glob("*")]:   # a header or manifest
        remove_abandoned_partials(place)                                                  # cut short
    # Decrypted copies an export was writing when the process died: the folder they were going to
    # is recorded inside the (encrypted) database until the copy is whole or removed.
    for key, value in db.execute_sql("SELECT key, value FROM vault_meta WHERE key GLOB ?",
                                     (f"{EXPORT_PARTIAL_KEY_PREFIX}*",)).fetchall():
        if is_export_partial(Path(value).name):
            try:
                Path(value).unlink(missing_ok=True)
            except OSError:                 # a drive no longer there: nothing we can reach
                pass
        db.execute_sql("DELETE FROM vault_meta WHERE key = ?", (key,))
    for intent in folder.glob(f"{EVIDENCE_FOLDER}/{INTENT_PREFIX}*"):
        name = intent.name.removeprefix(INTENT_PREFIX)
        if not db.execute_sql("SELECT 1 FROM evidence WHERE blob_name = ?", (name,)).fetchone():
            (intent.parent / name).unlink(missing_ok=True)      # stored, but its record never committed
        intent.unlink()
    for unfinished in folder.glob(f"{BACKUP_FOLDER}/*"):
        if unfinished.is_dir() and unfinished.name != "evidence" and not (unfinished / BACKUP_MANIFEST).exists() \
                and not unfinished.name.startswith("before-migration"):
            shutil.rmtree(unfinished, ignore_errors=True)
    _make_vault_private(folder, db)


def _make_vault_private(folder: Path, db: EncryptedDatabase) -> None:
    """0600 files in 0700 folders. The folder's own entries are checked at every open (cheap); the
    whole tree (every evidence file and backup) once, or again when those entries show the vault
    was copied or written with looser modes."""
    entries = [folder, *folder.iterdir(), *(folder / BACKUP_FOLDER).glob("*")]
    loose = [path for path in entries if _is_loose(path)]
    for path in loose:
        make_private(path)
    if loose or not db.execute_sql("SELECT 1 FROM vault_meta WHERE key = ?", (PRIVATE_MODES_KEY,)).fetchone():
        make_private_tree(folder)
        db.execute_sql("INSERT OR REPLACE INTO vault_meta(key, value) VALUES (?, '1')", (PRIVATE_MODES_KEY,))


def _is_loose(path: Path) -> bool:
    if os.name != "posix":
        return False
    try:
        return not path.is_symlink() and path.stat().st_mode & 0o077 != 0
    except OSError:
        return False


def change_passphrase(vault: Vault, current: str, new: str) -> int:
    """Rewrap the data key under `new`. The database is not rewritten.

    The old header stays as `vault.json.bak` until the new one has been read back and
    opened; then the backup copy is replaced too, so the old passphrase opens nothing. The
    copies of the header inside the vault's own backups are rewritten the same way: they wrap
    the same data key, so left alone they would open today's database with the old passphrase.
    Backups made to other folders are out of reach. Returns how many backup headers were
    rewritten.

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
    return rewrap_backup_headers(vault.folder, vault.header)


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
    rewrap_backup_headers(vault.folder, vault.header)
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
        unlocked = unlock_header(folder, RECOVERY_SLOT, normalize_recovery_key(words))
        new_header = _rewrite_slot(folder, unlocked.header, PASSPHRASE_SLOT, new_passphrase, unlocked.data_key)
        rewrap_backup_headers(folder, new_header)
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


def rewrap_backup_headers(folder: Path, header: VaultHeader) -> int:
    """Write `header` over the copy of vault.json in each of the vault's own backups (a damaged
    copy too; never one of another vault or from a newer CaseDesk). Every header of a vault
    wraps the same data key, so the backup's database opens exactly as before, but only with
    today's secrets. Returns how many were rewritten."""
    data, rewritten = header.to_bytes(), 0
    for path in backup_header_paths(folder):
        copy = read_copy(path)
        if isinstance(copy.problem, VaultTooNew) or (copy.header is not None and copy.header.vault_id != header.vault_id):
            continue
        if copy.raw != data:
            try:
                write_atomically(path, data)
            except OSError:              # a backup folder we cannot write: it keeps its old header
                continue
        rewritten += 1
    return rewritten


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


def _backup_before_migration(db: EncryptedDatabase, folder: Path, version: int, header: bytes) -> Path:
    """An encrypted copy of the database (same key) and its header, before any change."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = folder / BACKUP_FOLDER / f"before-migration-from-v{version}-{stamp}"
    make_private_folder(target.parent)
    target.mkdir(mode=0o700)
    # VACUUM INTO writes a consistent copy (WAL included) encrypted with the same key, into the
    # empty 0600 file made first (SQLite accepts an empty file as its target).
    create_private(target / DATABASE_FILE).close()
    db.execute_sql("VACUUM INTO ?", (str(target / DATABASE_FILE),))
    write_atomically(target / HEADER_FILE, header)
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
