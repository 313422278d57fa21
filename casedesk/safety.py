"""Process-wide protections set before any case data is read, and the helpers that keep every
file CaseDesk writes private to its owner."""

from __future__ import annotations

import os
import re
import secrets
import shutil
import stat
from pathlib import Path
from typing import BinaryIO


def disable_core_dumps() -> None:
    """A crash must not write the process memory (decrypted cases, keys) to a core file."""
    try:
        import resource
    except ImportError:          # Windows: no core files to speak of
        return
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        pass


# --- Files only their owner can read -------------------------------------------------------
# Everything CaseDesk writes (the vault, its evidence and backups, and the decrypted copies,
# exports and PDFs a user asks for) is 0600 in folders CaseDesk makes 0700: on a shared or
# seized computer, another account must not read even the encrypted files' names and sizes.

PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700


def restrict_new_files() -> None:
    """Process-wide: whatever this process creates is private to its owner (umask 077), which
    also covers what libraries create for us (SQLite's -wal and -shm, Qt's files)."""
    if os.name == "posix":
        os.umask(0o077)


def make_private_folder(folder: Path) -> None:
    """Create `folder` and any missing parents as 0700; a folder that already exists is left as
    it is (it may be the user's own, such as a USB stick's root or ~/Documents)."""
    folder = Path(folder)
    missing = []
    while not folder.exists():
        missing.append(folder)
        if folder.parent == folder:
            break
        folder = folder.parent
    for path in reversed(missing):
        try:
            path.mkdir(mode=PRIVATE_FOLDER_MODE)
        except FileExistsError:
            continue
        make_private(path)


def make_private(path: Path) -> None:
    """0600 for a file, 0700 for a folder, when it is ours and the file system keeps modes
    (FAT on a USB stick does not: nothing to do there)."""
    if os.name != "posix":
        return
    try:
        mode = os.lstat(path).st_mode
        if stat.S_ISLNK(mode):
            return
        wanted = PRIVATE_FOLDER_MODE if stat.S_ISDIR(mode) else PRIVATE_FILE_MODE
        if stat.S_IMODE(mode) != wanted:
            os.chmod(path, wanted)
    except OSError:
        pass


def make_private_tree(folder: Path) -> None:
    """`make_private` for `folder` and everything under it (symbolic links are not followed)."""
    make_private(folder)
    for root, folders, files in os.walk(folder):
        for name in folders + files:
            make_private(Path(root) / name)


def create_private(path: Path) -> BinaryIO:
    """A new file opened for writing, 0600 from its first byte; fails if `path` exists."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    descriptor = os.open(path, flags, PRIVATE_FILE_MODE)
    try:
        return os.fdopen(descriptor, "wb")
    except BaseException:
        os.close(descriptor)
        raise


# --- Outputs written under a hidden name until they are whole ------------------------------
# Every file CaseDesk writes atomically (headers, settings, dossiers and other exports, decrypted
# evidence copies) is first written as `.casedesk-partial-<32 hex>` next to its target, 0600,
# held with an flock, then renamed. A process killed meanwhile leaves that file: the next write
# into the same folder removes it (no live process holds its lock), and so does the next open of
# the vault for the vault's own folders and for an evidence export (storage/vault.py).

PARTIAL_PREFIX = ".casedesk-partial-"
_PARTIAL_NAME = re.compile(re.escape(PARTIAL_PREFIX) + r"[0-9a-f]{32}")


def is_partial_output(name: str) -> bool:
    return _PARTIAL_NAME.fullmatch(name) is not None


def partial_path_for(target: Path) -> Path:
    """Where `target` is written until it is whole."""
    return Path(target).with_name(f"{PARTIAL_PREFIX}{secrets.token_hex(16)}")


def create_partial(path: Path) -> BinaryIO:
    """`create_private`, holding an flock until closed so that no other process takes the file for
    one a dead process left behind."""
    handle = create_private(path)
    if os.name == "posix":
        import fcntl
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            pass                     # a file system without locks: the name alone still marks it
    return handle


def remove_abandoned_partials(folder: Path) -> int:
    """Remove the half-written outputs in `folder` that no live process is writing. Returns how
    many went."""
    try:
        entries = [entry.path for entry in os.scandir(folder)
                   if is_partial_output(entry.name) and entry.is_file(follow_symlinks=False)]
    except OSError:
        return 0
    removed = 0
    for path in entries:
        if _being_written(path):
            continue
        try:
            os.unlink(path)
            removed += 1
        except OSError:              # Windows: still open in the process writing it
            continue
    return removed


def _being_written(path: str) -> bool:
    if os.name != "posix":
        return False
    import fcntl
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return True                  # cannot tell: leave it
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(descriptor)         # also releases the lock just taken
    return False


def copy_private(source: Path, target: Path) -> None:
    """Copy `source` to the new file `target` (0600), flushed to the disk before returning."""
    with open(source, "rb") as reader, create_private(target) as writer:
        shutil.copyfileobj(reader, writer, 1024 * 1024)
        writer.flush()
        os.fsync(writer.fileno())
