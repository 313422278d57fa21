"""The SQLCipher connection: keyed with the raw data key, pragmas in a fixed order.

Traps this module exists to avoid (see ARCHITECTURE.md): peewee escapes a passphrase as a
string, so a raw key needs its own `_connect`; an empty key would silently create a plain
SQLite file; a wrong key only fails at the first read; SQLCipher writes "hmac check failed"
to stderr unless its log level is set; temporary tables and sorts must stay in memory.
"""

from __future__ import annotations

import re

import peewee
from sqlcipher3 import dbapi2 as sqlcipher

from casedesk.domain.errors import VaultDamaged, VaultReadOnly
from casedesk.storage.keys import DATA_KEY_BYTES

# SQLCipher's memory security (lock and wipe every allocation) is process-wide and was
# measured here at 5x slower search (p95 10 ms vs 2.2 ms over 20k cases), 2x slower pages
# and 5-24x slower writes. It cannot protect what matters in this program: every value read
# becomes a Python string on a heap that is never wiped. SQLCipher wipes its own key
# material either way. Swap and hibernation files are the operating system's to encrypt
# (README, security model). The setting stays explicit, in its place in the order.
MEMORY_SECURITY = "OFF"

# After the key and the two cipher settings. temp_store=MEMORY keeps sorts and temporary
# tables off the disk; cache_size (KiB when negative) saves decrypting hot pages again.
CONNECTION_PRAGMAS = (
    ("journal_mode", "WAL"),
    ("synchronous", "FULL"),
    ("foreign_keys", "ON"),
    ("secure_delete", "ON"),
    ("temp_store", "MEMORY"),
    ("cache_size", "-32768"),
)


class EncryptedDatabase(peewee.SqliteDatabase):
    """A peewee database over SQLCipher 4, keyed with a raw 256-bit key."""

    def __init__(self, path: str, data_key: bytes, *, read_only: bool = False, **kwargs) -> None:
        if len(data_key) != DATA_KEY_BYTES:
            raise ValueError("the data key must be 32 bytes")
        super().__init__(path, **kwargs)
        self._key_pragma = f"PRAGMA key = \"x'{data_key.hex()}'\""
        self.read_only = read_only     # a damaged vault, opened to read and export what is intact

    def _connect(self):
        if self._key_pragma is None:
            raise peewee.InterfaceError("the vault is locked")
        conn = sqlcipher.connect(self.database, isolation_level=None,
                                 **self.connect_params)
        try:
            conn.execute(self._key_pragma)
            conn.execute(f"PRAGMA cipher_memory_security = {MEMORY_SECURITY}")
            conn.execute("PRAGMA cipher_log_level = NONE")
            _apply_pragmas(conn)
            if self.read_only:
                conn.execute("PRAGMA query_only = ON")
            self._add_conn_hooks(conn)
        except sqlcipher.DatabaseError as exc:
            conn.close()
            raise damage_from(exc) from None
        except BaseException:
            conn.close()
            raise
        return conn

    def sibling(self, path: str) -> "EncryptedDatabase":
        """Another database file under the same key (a backup copy, to check or restore it)."""
        if self._key_pragma is None:
            raise peewee.InterfaceError("the vault is locked")
        copy = EncryptedDatabase.__new__(EncryptedDatabase)
        peewee.SqliteDatabase.__init__(copy, path)
        copy._key_pragma, copy.read_only = self._key_pragma, False
        return copy

    def forget_key(self) -> None:
        """Close and drop the key so this object can never reopen the database."""
        self.close()
        self._key_pragma = None


class PlainDatabase(peewee.SqliteDatabase):
    """The same engine and pragmas without encryption: the benchmark's baseline only."""

    def _connect(self):
        conn = sqlcipher.connect(self.database, isolation_level=None)
        _apply_pragmas(conn)
        self._add_conn_hooks(conn)
        return conn


def _apply_pragmas(conn) -> None:
    for name, value in CONNECTION_PRAGMAS:
        conn.execute(f"PRAGMA {name} = {value}")


def check_integrity(db: peewee.SqliteDatabase, *, full: bool) -> list[str]:
    """Problems found in the database file; an empty list when all is well.

    `cipher_integrity_check` checks the HMAC of every page (it returns no rows when all is
    well); the full check adds SQLite's `integrity_check` and `foreign_key_check`.
    """
    try:
        problems = [row[0] for row in db.execute_sql("PRAGMA cipher_integrity_check")]
        if full and not problems:      # pages that fail their HMAC would only fail again, less precisely
            problems += [row[0] for row in db.execute_sql("PRAGMA integrity_check") if row[0] != "ok"]
            problems += [f"row {row[1]} of {row[0]} points to a missing {row[2]} record"
                         for row in db.execute_sql("PRAGMA foreign_key_check")]
    except (peewee.DatabaseError, sqlcipher.DatabaseError) as exc:
        problems = [str(exc)]
    return problems


def describe_problems(problems: list[str]) -> VaultDamaged:
    """Turn SQLCipher's findings into one sentence ("pages 4 and 9 failed their check")."""
    pages = sorted({int(p) for text in problems for p in re.findall(r"page (\d+)", text)})
    if pages:
        shown = ", ".join(map(str, pages[:10])) + (" …" if len(pages) > 10 else "")
        return VaultDamaged(
            f"database page(s) {shown} failed their integrity check.",
            f"las páginas {shown} de la base de datos no pasaron la verificación de integridad.",
        )
    first = problems[0][:200]
    return VaultDamaged(f"the database failed its integrity check ({first}).",
                        f"la base de datos no pasó la verificación de integridad ({first}).")


def damage_from(exc: Exception) -> VaultDamaged | VaultReadOnly:
    """A failed read of the database file (or a write to a read-only one) as the user-facing error."""
    if "readonly database" in str(exc):
        return VaultReadOnly()
    if "not a database" in str(exc) or "malformed" in str(exc):
        return VaultDamaged(
            "the first page of the database cannot be read with this vault's key "
            "(the file is damaged or was replaced).",
            "la primera página de la base de datos no se puede leer con la clave de esta bóveda "
            "(el archivo está dañado o fue reemplazado).",
        )
    return VaultDamaged(f"the database cannot be read ({exc}).",
                        f"la base de datos no se puede leer ({exc}).")

