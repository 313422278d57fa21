"""The append-only audit log, chained by SHA-256.

Each entry's hash covers the previous entry's hash and the entry's canonical JSON, so
changing, removing or reordering any entry breaks every hash after it. The head hash is
printed on dossiers: a printed copy then pins the whole history up to that moment.
Entries are written in the same transaction as the change they describe.
"""

from __future__ import annotations

import hashlib
import json
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Iterator

from casedesk.storage.models import AuditEntry, Record, database, utc_now

GENESIS_HASH = "0" * 64
_ENTRY_FIELDS = ("at", "actor", "action", "entity", "entity_uuid", "changes")


def read_only() -> bool:
    """Is the open vault a damaged one opened only to read what is intact?"""
    return bool(getattr(database.obj, "read_only", False))


@contextmanager
def recording() -> Iterator[None]:
    """The transaction that records reading or exporting (a view, a dossier, a bundle); in a
    vault opened read-only nothing can be recorded, so there is none."""
    if read_only():
        yield
        return
    with database.atomic("IMMEDIATE"):
        yield


def canonical_entry(entry: dict[str, Any]) -> bytes:
    """The bytes an entry's hash covers: its fields as sorted, compact JSON in UTF-8."""
    payload = {name: entry[name] for name in _ENTRY_FIELDS}
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def chain_hash(previous_hash: str, entry: dict[str, Any]) -> str:
    """SHA-256(previous_hash || canonical entry), hex."""
    return hashlib.sha256(bytes.fromhex(previous_hash) + canonical_entry(entry)).hexdigest()


def chain_head() -> str:
    """The newest entry's hash (the genesis value for an empty log). Plain SQL: every change
    saved reads it, and the ORM's building of the query cost more than the read."""
    last = database.execute_sql("SELECT entry_hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return last[0] if last else GENESIS_HASH


_UNAUDITED_FIELDS = frozenset({"id", "created_at", "updated_at"})


def snapshot(record: Record) -> dict[str, Any]:
    """A record's stored values (foreign keys as ids), for the before/after of a change."""
    return {name: value for name, value in record.__data__.items() if name not in _UNAUDITED_FIELDS}


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    """Field-level changes as {field: [before, after]}, only for fields that changed."""
    return {name: [before.get(name), after.get(name)]
            for name in sorted(set(before) | set(after)) if before.get(name) != after.get(name)}


class AuditTrail:
    """Writes entries for one transaction, keeping the chain head in memory.

    Use inside `database.atomic()`; the writer must be the only one appending meanwhile,
    which the vault lock (one process) and SQLite's write lock guarantee.
    """

    def __init__(self, actor: str) -> None:
        self.actor = actor
        self.head = chain_head()
        self._pending: list[dict[str, Any]] = []

    def record(self, action: str, entity: str, entity_uuid: str, changes: dict[str, list[Any]]) -> str:
        """Queue one entry; returns its hash. `flush()` (or `write`) stores the queue."""
        entry = {"at": utc_now(), "actor": self.actor, "action": action, "entity": entity,
                 "entity_uuid": entity_uuid, "changes": changes}
        entry_hash = chain_hash(self.head, entry)
        entry.update(changes=json.dumps(changes, sort_keys=True, ensure_ascii=False),
                     previous_hash=self.head, entry_hash=entry_hash)
        self._pending.append(entry)
        self.head = entry_hash
        return entry_hash

    def flush(self) -> None:
        if read_only():
            self._pending.clear()       # a damaged vault opened read-only can record nothing (it is only read)
            return
        columns = (*_ENTRY_FIELDS, "previous_hash", "entry_hash")
        database.cursor().executemany(
            f"INSERT INTO audit_log ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            [tuple(entry[c] for c in columns) for entry in self._pending])
        self._pending.clear()

    def write(self, action: str, entity: str, entity_uuid: str, changes: dict[str, list[Any]]) -> str:
        """Record one entry and store it at once."""
        entry_hash = self.record(action, entity, entity_uuid, changes)
        self.flush()
        return entry_hash


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    entries: int
    head: str
    first_broken_entry: int | None = None
    reason: str = ""


def verify_audit_chain() -> ChainReport:
    """Recompute every hash in order; name the first entry that does not fit the chain."""
    previous = GENESIS_HASH
    count = 0
    cursor = database.execute_sql(
        "SELECT id, at, actor, action, entity, entity_uuid, changes, previous_hash, entry_hash "
        "FROM audit_log ORDER BY id")
    for row in cursor:
        entry_id, at, actor, action, entity, entity_uuid, changes, previous_hash, entry_hash = row
        count += 1
        if previous_hash != previous:
            return ChainReport(False, count, previous, entry_id, "does not follow the entry before it")
        try:
            entry = {"at": at, "actor": actor, "action": action, "entity": entity,
                     "entity_uuid": entity_uuid, "changes": json.loads(changes)}
        except json.JSONDecodeError:
            return ChainReport(False, count, previous, entry_id, "its content is unreadable")
        if chain_hash(previous, entry) != entry_hash:
            return ChainReport(False, count, previous, entry_id, "its content was changed after it was written")
        previous = entry_hash
    return ChainReport(True, count, previous)
