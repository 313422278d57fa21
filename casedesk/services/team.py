"""Team sync: colleagues' vaults kept in step through a folder that something else carries.

The team folder is only a transport. Syncthing, a shared drive or a USB stick carried between
offices keeps it the same on every laptop; CaseDesk speaks no network protocol of its own, and
each vault stays the only place its cases are ever decrypted.

    FOLDER/
      <outbox>/            one per vault (32 random hex digits), written by that vault only, so
                           the sync engine never sees two writers on one file
        <name>             a message: 32 random hex digits, age-encrypted, padded to a size bucket

A message decrypts to

    b"CASEDESK-TEAM\\n"  4-byte big-endian header length  header (JSON)
    64-byte Ed25519 signature of b"CaseDesk team message v1\\n" + header   body   zero padding

The header names the sender's keys, the recipients, the kind (`bundle`: the body is an
ordinary signed, encrypted bundle, services/bundles.py; `ack`: how far this vault has read
each colleague; `notice`: this vault's keys were replaced), the message's sequence number and,
for each recipient, the sequence number of the previous message addressed to them. The body's
hash and length are in the header, so the signature covers everything but the padding.

One pass (`sync_pass`) reads, then writes:
 1. every colleague's outbox: messages that are not for this vault are remembered and never
    opened again; messages from keys not among the verified colleagues are ignored with a note;
    the rest are imported in their sender's order, once (a message whose predecessor has not
    arrived waits); acks say which of this vault's messages every recipient has read;
 2. this vault's changes since the last pass (found in the audit log, confirmed against the
    version last exchanged) go as one bundle to every colleague whose sharing policy covers
    them, with the version each changed record replaced, so that the receiver applies a
    change only on top of what it holds and keeps a conflict for the user otherwise;
 3. this vault's ack is rewritten when it changed, and messages every recipient has read are
    removed.
A message is stored in the vault (already encrypted) in the same transaction that advances the
sequence, and written to the folder under a temporary name then renamed: a pass killed at any
point loses nothing, and a half-synced file is never read (it does not decrypt and is retried).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Callable

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from peewee import fn
from pyrage import x25519

from casedesk.domain.errors import CaseDeskError, InvalidInput, NotFound
from casedesk.domain.text import sort_key
from casedesk.services import bundles
from casedesk.services.bundles import BundleRefused, PublicKey, version
from casedesk.services.dossiers import PROFILES
from casedesk.services.evidence import blob_store
from casedesk.storage.audit import AuditTrail
from casedesk.storage.header import write_atomically
from casedesk.storage.models import (
    Colleague, ExchangeConflict, TeamMember, TeamOutbox, VaultMeta, database, utc_now,
)
from casedesk.storage.vault import Vault

FORMAT = 1
_SETTINGS_KEY = "team"
_MAGIC = b"CASEDESK-TEAM\n"
_SIGNED_AS = b"CaseDesk team message v1\n"
_SUCCESSOR_SIGNED_AS = b"CaseDesk key successor v1\n"
#: How the address book marks a key trusted on its predecessor's word (a scheduled rotation).
_SUCCESSOR_OF = "key notice signed by "
_LENGTH_BYTES = 4
_SIGNATURE_BYTES = 64
_HEADER_BYTES = 64 * 1024
#: Cases per bundle: a first pass to a new colleague sends everything their policy covers.
CASES_PER_BUNDLE = 500
#: The smallest size bucket; above it, sizes are rounded up to the next power of two (and to
#: whole MiB above 1 MiB), so a file's size says little about how many cases changed.
_MIN_BUCKET = 4096
_MIB = 1024 * 1024
#: Keys are replaced on this schedule unless the team settings say otherwise.
ROTATE_EVERY_DAYS = 90
#: Colleagues' clocks this far from this computer's are reported (file times and message dates).
CLOCK_SKEW_WARNING = timedelta(minutes=10)
#: `team doctor` names a colleague who has read nothing for this long.
AWAY_WARNING = timedelta(days=30)
_FILTER_KEYS = ("facility", "state", "lawyer", "proceeding")
#: Names CaseDesk gives outboxes and messages; anything else in the folder is not looked at.
_NAME = re.compile(r"[0-9a-f]{32}")
#: A message numbered further ahead than this of this computer's clock is refused: a number far in
#: the future would make every later genuine message look already read.
_SEQ_AHEAD = timedelta(days=7)
#: SQLite's integers: file times beyond them (year 2262) are junk.
_LARGEST_INTEGER = 2 ** 63 - 1
#: Folders of services that keep copies of deleted and replaced files on their servers.
_CLOUD_FOLDERS = ("dropbox", "google drive", "googledrive", "my drive", "onedrive", "icloud drive", "mobile documents",
                  "clouddocs", "nextcloud", "owncloud", "pcloud", "box sync", "mega", "yandex.disk", "synologydrive",
                  "tresorit", "sync.com")


class NotJoined(InvalidInput):
    def __init__(self) -> None:
        super().__init__("This vault has no team folder yet: choose one with `team join`.",
                         "Esta bóveda aún no tiene carpeta de equipo: elija una con `team join`.")


class _NotForUs(Exception):
    """A file addressed to other vaults (or not a message at all)."""


class _Unreadable(Exception):
    """A file for this vault that does not decrypt: still being copied, or damaged."""


class _NotAMessage(Exception):
    """A file for this vault that decrypts but is no valid message (forged, or made by a newer
    CaseDesk): remembered, not opened again."""


@dataclass
class _Message:
    path: Path
    key: str                      # outbox/name, how team_seen knows the file
    size: int
    mtime: int
    header: dict[str, Any]
    body: bytes
    sender: Colleague


# --- Settings -------------------------------------------------------------------------------

def settings() -> dict[str, Any] | None:
    row = VaultMeta.get_or_none(VaultMeta.key == _SETTINGS_KEY)
    return json.loads(row.value) if row else None


def _save_settings(values: dict[str, Any]) -> None:
    VaultMeta.insert(key=_SETTINGS_KEY, value=json.dumps(values)).on_conflict_replace().execute()


def _joined() -> dict[str, Any]:
    values = settings()
    if values is None:
        raise NotJoined()
    return values


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
        return True
    except ValueError:
        return False


def join(vault: Vault, folder: Path, *, rotate_every_days: int = ROTATE_EVERY_DAYS) -> dict[str, Any]:
    """Make `folder` this vault's team folder (creating it and this vault's outbox in it).
    Joining again, to another folder, keeps everything else."""
    folder = Path(folder).expanduser().resolve()
    _refuse_inside_vault(vault, folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _check_writable(folder)
    except OSError:
        raise InvalidInput(f"{folder} cannot be written to; choose a folder this account can write in.",
                           f"No se puede escribir en {folder}; elija una carpeta en la que esta cuenta pueda "
                           "escribir.") from None
    with database.atomic():
        values = settings() or {"outbox": secrets.token_hex(16), "ack_name": secrets.token_hex(16), "seq": 0,
                                "audit_mark": _audit_top(), "joined_at": utc_now(), "last_pass": None,
                                "rotate_every_days": rotate_every_days, "ack_digest": "", "skew_seconds": 0,
                                "colleagues_digest": "", "waiting_since": {}}
        values["folder"] = str(folder)
        values["rotate_every_days"] = rotate_every_days
        _save_settings(values)
        _ensure_members()
        AuditTrail(vault.actor).write("join", "team_folder", values["outbox"], {"folder": [None, str(folder)]})
    (folder / values["outbox"]).mkdir(exist_ok=True)
    return values


def _refuse_inside_vault(vault: Vault, folder: Path) -> None:
    """The team folder (wherever its links now lead) must be outside the vault and not hold it."""
    folder, vault_folder = Path(folder).resolve(), vault.folder.resolve()
    if _inside(folder, vault_folder) or _inside(vault_folder, folder):
        raise InvalidInput("The team folder must be outside the vault's folder (and not hold it): what is synced "
                           "must never include the vault itself. Nothing was changed.",
                           "La carpeta de equipo debe estar fuera de la carpeta de la bóveda (y no contenerla): lo "
                           "que se sincroniza nunca debe incluir la bóveda. No se cambió nada.")


def _check_writable(folder: Path) -> None:
    probe = folder / f".{secrets.token_hex(8)}"
    probe.write_bytes(b"")
    probe.unlink()


def _audit_top() -> int:
    return database.execute_sql("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]


# --- Members and their sharing policies ------------------------------------------------------

def _active_colleagues() -> list[Colleague]:
    return list(Colleague.select().where(Colleague.removed_at.is_null() & Colleague.verified_at.is_null(False))
                .order_by(Colleague.name))


def _ensure_members() -> None:
    """Every verified colleague is a member, sharing all cases at the internal profile until the
    user sets a policy (contacts and evidence files only when the policy says so)."""
    for (colleague_id,) in database.execute_sql(
            "SELECT id FROM colleague WHERE removed_at IS NULL AND verified_at IS NOT NULL "
            "AND id NOT IN (SELECT colleague_id FROM team_member)").fetchall():
        TeamMember.insert(colleague=colleague_id).execute()


def _find_colleague(reference: str) -> Colleague:
    """A colleague by fingerprint (or its first four or more characters), or by name. A name
    means the colleague's key in use: keys replaced or removed keep the name in the address
    book, and are reached only by their fingerprint."""
    wanted = reference.strip().upper().replace(" ", "").replace("-", "")
    everyone = list(Colleague.select())
    if len(wanted) >= 4:
        by_print = [c for c in everyone if c.fingerprint.replace("-", "").startswith(wanted)]
        if len(by_print) == 1:
            return by_print[0]
    named = [c for c in everyone if sort_key(c.name) == sort_key(reference)]
    in_use = [c for c in named if not c.removed_at] or named
    if len(in_use) == 1:
        return in_use[0]
    if len(in_use) > 1:
        prints = ", ".join(c.fingerprint for c in in_use)
        raise InvalidInput(f"Several colleagues are called “{reference}”: name one by its fingerprint ({prints}).",
                           f"Varios colegas se llaman «{reference}»: indique uno por su huella ({prints}).")
    raise NotFound("colleague", "un colega", reference)


def set_policy(vault: Vault, colleague: str, *, profile: str = "internal", cases_filter: dict[str, list[str]] | None = None,
               contacts: bool = False, evidence: bool = False) -> dict[str, Any]:
    """What goes to a colleague: all cases or those matching `cases_filter` (facility, state,
    lawyer, proceeding file number; any of the values of each key given), at `profile`, with
    family contacts and evidence (records and files) only when asked. The next pass sends them
    everything the new policy covers."""
    if profile not in PROFILES:
        raise InvalidInput(f"Unknown profile “{profile}”.", f"Perfil desconocido “{profile}”.")
    cases_filter = {key: [value for value in values if value.strip()] for key, values in (cases_filter or {}).items()}
    unknown = set(cases_filter) - set(_FILTER_KEYS)
    if unknown:
        raise InvalidInput(f"Unknown filter “{sorted(unknown)[0]}” (use {', '.join(_FILTER_KEYS)}).",
                           f"Filtro desconocido “{sorted(unknown)[0]}” (use {', '.join(_FILTER_KEYS)}).")
    found = _find_colleague(colleague)
    with database.atomic():
        _ensure_members()
        member = TeamMember.get_or_none(TeamMember.colleague == found.id)
        if member is None:
            raise InvalidInput(f"{found.name} is not a verified colleague: compare the fingerprint first.",
                               f"{found.name} no es un colega verificado: compare primero la huella.")
        member.profile, member.filter = profile, json.dumps({k: v for k, v in cases_filter.items() if v})
        member.contacts, member.evidence, member.send_all = contacts, evidence, True
        member.save()
        AuditTrail(vault.actor).write("update", "team_policy", found.fingerprint, {
            "profile": [None, profile], "filter": [None, cases_filter], "contacts": [None, contacts],
            "evidence": [None, evidence]})
    return policy_of(member)


def members() -> list[dict[str, Any]]:
    """The address book as the team sees it: each colleague with their policy and how far the
    exchange has got (removed colleagues and keys waiting for a check included, marked)."""
    rows = {m.colleague_id: m for m in TeamMember.select()}
    unread = _unread(rows)
    found = []
    for colleague in Colleague.select().order_by(Colleague.name):
        member = rows.get(colleague.id)
        found.append({
            "name": colleague.name, "fingerprint": colleague.fingerprint, "verified": bool(colleague.verified_at),
            "removed": colleague.removed_reason if colleague.removed_at else "",
            "policy": policy_of(member) if member else None,
            "last_read_at": member.read_at if member else None, "acked_at": member.acked_at if member else None,
            "unread_by_them": unread.get(colleague.id, 0),
        })
    return found


def _unread(members: dict[int, TeamMember]) -> dict[int, int]:
    """How many of this vault's messages each colleague has not acknowledged yet."""
    unread: dict[int, int] = {}
    for seq, recipients in TeamOutbox.select(TeamOutbox.seq, TeamOutbox.recipients).tuples():
        for cid in json.loads(recipients):
            member = members.get(cid)
            if member is not None and member.acked < seq:
                unread[cid] = unread.get(cid, 0) + 1
    return unread


def policy_of(member: TeamMember) -> dict[str, Any]:
    return {"profile": member.profile, "filter": json.loads(member.filter), "contacts": member.contacts,
            "evidence": member.evidence}


def remove(vault: Vault, colleague: str) -> Colleague:
    """A colleague leaves: nothing more is addressed to them and their messages are ignored."""
    found = _find_colleague(colleague)
    with database.atomic():
        bundles.remove_colleague(vault, found, "left")
    return found


def _matching_cases(cases_filter: dict[str, list[str]], among: set[str] | None = None) -> set[str]:
    """The uuids of the cases a policy's filter covers (all cases for an empty filter), of all
    cases or only `among` these."""
    query = ("SELECT c.uuid, coalesce(f.name, ''), coalesce(f.state, ''), c.arrest_state, c.lawyer, "
             "coalesce((SELECT group_concat(p.file_number, char(31)) FROM proceeding_defendant d "
             "          JOIN proceeding p ON p.id = d.proceeding_id WHERE d.case_id = c.id), '') "
             "FROM detention_case c LEFT JOIN facility f ON f.id = c.facility_id")
    if among is None:
        rows = database.execute_sql(query).fetchall()
    else:
        wanted_cases = sorted(among)
        rows = [row for start in range(0, len(wanted_cases), 500) for row in database.execute_sql(
            f"{query} WHERE c.uuid IN ({', '.join('?' * len(wanted_cases[start:start + 500]))})",
            wanted_cases[start:start + 500])]
    if not cases_filter:
        return {row[0] for row in rows}
    wanted = {key: {sort_key(value) for value in values} for key, values in cases_filter.items()}

    def covers(row) -> bool:
        _, facility, facility_state, arrest_state, lawyer, proceedings = row
        found = {"facility": {sort_key(facility)}, "state": {sort_key(facility_state), sort_key(arrest_state)},
                 "proceeding": {sort_key(number) for number in proceedings.split("\x1f")}}
        for key, values in wanted.items():
            if key == "lawyer":
                if not any(value in sort_key(lawyer) for value in values):
                    return False
            elif not values & found[key]:
                return False
        return True
    return {row[0] for row in rows if covers(row)}


# --- Messages -------------------------------------------------------------------------------

def _bucket(size: int) -> int:
    if size <= _MIN_BUCKET:
        return _MIN_BUCKET
    if size <= _MIB:
        return 1 << (size - 1).bit_length()
    return -(-size // _MIB) * _MIB


def _seal(kind: str, body: bytes, recipients: list[Colleague], seq: int, after: dict[str, int],
          sender: tuple[PublicKey, Ed25519PrivateKey] | None = None) -> bytes:
    """A message's encrypted bytes (see the module's docstring), signed by this vault's keys or
    by `sender`'s (a notice speaks for the keys being replaced)."""
    me, signing = sender or (bundles.my_public_key(""), bundles.signing_key())
    header = json.dumps({
        "format": FORMAT, "kind": kind, "seq": seq, "created_at": utc_now(),
        "from": {"age": me.age, "ed25519": me.ed25519},
        "to": sorted(colleague.age_recipient for colleague in recipients), "after": after,
        "body": {"sha256": hashlib.sha256(body).hexdigest(), "bytes": len(body)},
    }, sort_keys=True).encode()
    plain = b"".join((_MAGIC, len(header).to_bytes(_LENGTH_BYTES, "big"), header, signing.sign(_SIGNED_AS + header),
                      body))
    plain += bytes(_bucket(len(plain)) - len(plain))
    return pyrage.encrypt(plain, [x25519.Recipient.from_str(colleague.age_recipient) for colleague in recipients])


def _unseal(data: bytes, keys: _PassKeys | None = None) -> tuple[dict[str, Any], bytes, Colleague | None, str]:
    """(header, body, the colleague who signed or None, their fingerprint), checked.

    Raises _NotForUs for a file addressed to others, _Unreadable for one addressed to this
    vault that does not open (incomplete or damaged)."""
    keys = keys or _PassKeys.read()
    try:
        plain = bundles.age_decrypt(data, keys.identities)
    except pyrage.DecryptError as error:
        if "no matching keys" in str(error).lower() or "header is invalid" in str(error).lower():
            raise _NotForUs() from None
        raise _Unreadable() from None
    newest = (time.time_ns() // 1000) + int(_SEQ_AHEAD.total_seconds() * 1_000_000)

    def number(value: Any) -> int:
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= newest:
            raise ValueError("number")
        return value
    try:
        if not plain.startswith(_MAGIC):
            raise ValueError("magic")
        start = len(_MAGIC) + _LENGTH_BYTES
        length = int.from_bytes(plain[len(_MAGIC):start], "big")
        if length > _HEADER_BYTES:
            raise ValueError("header length")
        header_bytes = plain[start:start + length]
        signature = plain[start + length:start + length + _SIGNATURE_BYTES]
        header = json.loads(header_bytes)
        if header.get("format") != FORMAT or header.get("kind") not in ("bundle", "ack", "notice"):
            raise ValueError("format")
        sender = PublicKey("", str(header["from"]["age"]), str(header["from"]["ed25519"]))
        body_start = start + length + _SIGNATURE_BYTES
        body_bytes = header["body"]["bytes"]
        if not isinstance(body_bytes, int) or isinstance(body_bytes, bool) or body_bytes < 0:
            raise ValueError("body length")
        body = plain[body_start:body_start + body_bytes]
        if len(body) != body_bytes or hashlib.sha256(body).hexdigest() != header["body"]["sha256"]:
            raise ValueError("body")
        number(header["seq"])
        if not isinstance(header["after"], dict) or not all(isinstance(age, str) and number(value) >= 0
                                                            for age, value in header["after"].items()):
            raise ValueError("after")
        if not isinstance(header["to"], list) or not all(isinstance(age, str) for age in header["to"]):
            raise ValueError("to")
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(sender.ed25519)).verify(signature, _SIGNED_AS + header_bytes)
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError, OverflowError, InvalidSignature):
        raise _NotAMessage() from None
    if not keys.ages & set(header["to"]):
        raise _NotForUs()            # made for others and encrypted again for this vault: not ours to read
    colleague = keys.colleagues.get(sender.ed25519)
    if colleague is not None and colleague.age_recipient != sender.age:
        raise _NotAMessage()
    return header, body, colleague, sender.fingerprint


def _write_message(folder: Path, outbox: TeamOutbox) -> None:
    write_atomically(folder / outbox.name, outbox.data)


def _next_seq(values: dict[str, Any]) -> int:
    # Microseconds since 1970 unless the counter is already past them: a vault restored from an
    # older backup still numbers its messages after everything it sent before.
    values["seq"] = max(values["seq"] + 1, time.time_ns() // 1000)
    return values["seq"]


def _queue(values: dict[str, Any], kind: str, body: bytes, recipients: list[Colleague],
           members: dict[int, TeamMember], sender: tuple[PublicKey, Ed25519PrivateKey] | None = None) -> TeamOutbox:
    """Give a message the next sequence number and keep it in the vault (call in a transaction;
    it is written to the folder after the commit)."""
    seq = _next_seq(values)
    after = {colleague.age_recipient: members[colleague.id].last_sent for colleague in recipients}
    data = _seal(kind, body, recipients, seq, after, sender)
    for colleague in recipients:
        members[colleague.id].last_sent = seq
        members[colleague.id].save()
    return TeamOutbox.create(seq=seq, name=secrets.token_hex(16), kind=kind,
                             recipients=json.dumps([colleague.id for colleague in recipients]), data=data)


# --- One pass -------------------------------------------------------------------------------

def sync_pass(vault: Vault, *, progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Read the team folder, send this vault's changes, acknowledge and tidy. Returns what
    happened (see `team sync --json`)."""
    values = _joined()
    folder = Path(values["folder"])
    outbox = folder / values["outbox"]
    _refuse_inside_vault(vault, folder)
    try:
        if outbox.is_symlink():
            raise OSError("this vault's outbox is a link to somewhere else")
        outbox.mkdir(parents=True, exist_ok=True)
        _check_writable(outbox)
    except OSError:
        raise InvalidInput(f"The team folder {folder} cannot be reached or written (is the USB stick or the shared "
                           "drive connected?). Nothing was changed.",
                           f"No se puede llegar a la carpeta de equipo {folder} o escribir en ella (¿está conectada la "
                           "memoria USB o la unidad compartida?). No se cambió nada.") from None
    report: dict[str, Any] = {"received": [], "sent": [], "notices": [], "ignored": [], "waiting": [], "refused": [],
                              "removed_files": 0, "rewritten_files": 0, "conflicts": 0, "same_person": 0,
                              "deletions_kept": []}
    with database.atomic():
        _ensure_members()
    try:
        report["rewritten_files"] = _write_lost(outbox)
        for _ in range(3):            # a notice read names a new key: its messages are read in the same pass
            if not _read(vault, values, folder, report, progress):
                break
        _send(vault, values, outbox, report, progress)
        _rotate_if_due(vault, values, outbox, report)
        _acknowledge(values, outbox)
        report["removed_files"] = _remove_read(outbox)
    except OSError as error:
        # A full disk, a stick pulled out mid-pass: what was read is imported, and what was not
        # written is kept in the vault and written on the next pass.
        reason = os.strerror(error.errno) if error.errno else type(error).__name__
        raise InvalidInput(f"The team folder could not be written ({reason}). Nothing is lost: what was not "
                           "written is kept in the vault and written on the next exchange.",
                           f"No se pudo escribir en la carpeta de equipo ({reason}). No se pierde nada: lo que no "
                           "se escribió queda en la bóveda y se escribe en el próximo intercambio.") from None
    with database.atomic():
        values["last_pass"] = utc_now()
        _save_settings(values)
    report["conflicts"] = ExchangeConflict.select().where(ExchangeConflict.resolved_at.is_null()).count()
    report["status"] = status()
    return report


def _write_lost(outbox: Path) -> int:
    """Messages kept in the vault whose file is not in the folder as written (a pass killed
    before writing it, a copy cut short or replaced by something else, a file deleted) are
    written again: under the same name, or a new one when something that is not a file holds it."""
    with os.scandir(outbox) as entries:
        present = {entry.name: entry.stat(follow_symlinks=False).st_size if entry.is_file(follow_symlinks=False)
                   else None for entry in entries}
    written = 0
    stored = TeamOutbox.select(TeamOutbox.seq, TeamOutbox.name, fn.length(TeamOutbox.data)).order_by(TeamOutbox.seq)
    for seq, name, size in stored.tuples():
        if name in present and present[name] == size:
            continue
        message = TeamOutbox.get_by_id(seq)      # its bytes, only for what is written again
        if message.name in present and present[message.name] is None:
            with database.atomic():
                message.name = _fresh_name(outbox)      # a folder or a link took the name: leave it be
                message.save()
        _write_message(outbox, message)
        written += 1
    return written


def _fresh_name(outbox: Path) -> str:
    while True:
        name = secrets.token_hex(16)
        if not os.path.lexists(outbox / name):
            return name


def _read(vault: Vault, values: dict[str, Any], folder: Path, report: dict[str, Any],
          progress: Callable[[str], None] | None) -> bool:
    """Read colleagues' outboxes. True when a notice named a new key (read again)."""
    colleagues_digest = hashlib.sha256(json.dumps(sorted(
        (c.fingerprint, c.verified_at or "", c.removed_at or "") for c in Colleague.select())).encode()).hexdigest()
    if colleagues_digest != values.get("colleagues_digest"):
        # Someone was added, verified or removed: files ignored for their sender are looked at again.
        database.execute_sql("DELETE FROM team_seen WHERE outcome = 'ignored'")
        values["colleagues_digest"] = colleagues_digest
    seen = {row[0]: row[1:] for row in database.execute_sql("SELECT path, size, mtime, outcome FROM team_seen")}
    present: set[str] = set()
    pending: dict[int, list[_Message]] = {}
    now = datetime.now(timezone.utc)
    keys = _PassKeys.read()             # read once: every file is tried with them
    with database.atomic():             # one commit for every file looked at, not one each
        for path in _colleague_files(folder, values["outbox"]):
            key = f"{path.parent.name}/{path.name}"
            present.add(key)
            try:
                info = path.stat()
            except OSError:
                continue
            stamp = (info.st_size, min(info.st_mtime_ns, _LARGEST_INTEGER))
            known = seen.get(key)
            if known and tuple(known[:2]) == stamp and known[2] in ("other", "done", "ack", "refused", "ignored"):
                continue
            outcome, sender, note = _open_file(vault, path, key, info, pending, report, keys)
            if outcome:
                _remember_seen(key, stamp, outcome, sender, None, note)
    gone = [key for key in seen if key not in present]
    with database.atomic():
        for start in range(0, len(gone), 500):
            chunk = gone[start:start + 500]
            database.execute_sql(f"DELETE FROM team_seen WHERE path IN ({', '.join('?' * len(chunk))})", chunk)
    new_keys = False
    with _Batch(vault) as batch:
        for messages in pending.values():
            new_keys |= _import_in_order(vault, values, messages, report, progress, now, keys, batch)
    return new_keys


@dataclass
class _PassKeys:
    """What every file of a pass is read with: this vault's age keys (current and retired),
    their public halves, its signing keys, and the address book by signing key. Read once a
    pass (or again after a notice changed the address book), not once a file."""
    identities: list[x25519.Identity]
    ages: set[str]
    verifying: set[str]
    colleagues: dict[str, Colleague]

    @classmethod
    def read(cls) -> _PassKeys:
        identities = bundles._identities()
        return cls(identities, {str(identity.to_public()) for identity in identities},
                   {key.public_bytes_raw().hex() for key in bundles.verifying_keys()},
                   {colleague.ed25519: colleague for colleague in Colleague.select()})


class _Batch:
    """Messages imported in one transaction, committed about every half second: a commit is a
    disk flush, and one a message was most of the cost of a pass with many messages waiting.
    Each message stays all or nothing (a savepoint of its own), and a batch never holds the
    vault long enough for the window's own saves to wait noticeably. What a killed pass had
    not committed is read again on the next one (its messages' notes that they were read
    commit with them)."""

    COMMIT_AFTER_S = 0.5

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.transaction = None
        self.began = 0.0
        self.blobs: list[str] = []

    def __enter__(self) -> _Batch:
        return self

    def __exit__(self, kind, error, trace) -> None:
        self.commit()           # what was taken before a failure is kept, as message by message

    @contextmanager
    def message(self):
        if self.transaction is None:
            self.transaction = database.atomic("IMMEDIATE")
            self.transaction.__enter__()
            self.began = time.monotonic()
        with database.atomic():
            yield
        if time.monotonic() - self.began >= self.COMMIT_AFTER_S:
            self.commit()

    def commit(self) -> None:
        if self.transaction is not None:
            transaction, self.transaction = self.transaction, None
            transaction.__exit__(None, None, None)
        if self.blobs:
            store = blob_store(self.vault)
            for name in self.blobs:
                store.settle(name)
            self.blobs.clear()


def _colleague_files(folder: Path, own_outbox: str):
    """Colleagues' messages: files named as CaseDesk names them, in outboxes named so. Anything
    else (files being written, which have hidden names; a sync engine's own files; links; junk)
    is never opened."""
    try:
        with os.scandir(folder) as entries:
            outboxes = [entry.path for entry in entries if _NAME.fullmatch(entry.name) and entry.name != own_outbox
                        and entry.is_dir(follow_symlinks=False)]
    except OSError:
        return
    for outbox in outboxes:
        try:
            with os.scandir(outbox) as entries:
                found = [entry.path for entry in entries
                         if _NAME.fullmatch(entry.name) and entry.is_file(follow_symlinks=False)]
        except OSError:
            continue
        yield from map(Path, found)


def _open_file(vault: Vault, path: Path, key: str, info: os.stat_result, pending: dict[int, list[_Message]],
               report: dict[str, Any], keys: _PassKeys) -> tuple[str | None, str, str]:
    """What a file is: (outcome to remember or None when it waits in `pending`, sender, note)."""
    if info.st_size > bundles.MAX_BUNDLE_BYTES + _MIB:
        return "other", "", "too large to be a message"
    try:
        data = path.read_bytes()
    except OSError:
        return None, "", ""                        # gone or unreadable right now: next pass
    try:
        header, body, colleague, fingerprint = _unseal(data, keys)
    except _NotForUs:
        return "other", "", ""
    except _Unreadable:
        report["waiting"].append({"file": key, "why": "incomplete or damaged"})
        return "incomplete", "", "incomplete or damaged"
    except _NotAMessage:
        report["refused"].append({"from": "", "why_en": "a file addressed to this vault that is not a valid message",
                                  "why_es": "un archivo dirigido a esta bóveda que no es un mensaje válido"})
        return "refused", "", "not a valid message"
    if colleague is not None and colleague.removed_at and header["kind"] == "notice":
        _second_notice(vault, colleague, body, report)
        keys.colleagues = _PassKeys.read().colleagues          # a successor may have joined the address book
        return "refused" if colleague.removed_reason != "rotated" else "done", fingerprint, "notice of a replaced key"
    if colleague is None or colleague.removed_at or not colleague.verified_at:
        why = ("not among your colleagues" if colleague is None else
               "removed" if colleague.removed_at else "not verified yet")
        entry = next((item for item in report["ignored"] if (item["fingerprint"], item["why"]) == (fingerprint, why)),
                     None)
        if entry is None:
            entry = {"fingerprint": fingerprint, "why": why, "files": 0}
            if colleague is not None:
                entry["name"] = colleague.name
            report["ignored"].append(entry)
        entry["files"] += 1
        return "ignored", fingerprint, why
    if header["kind"] == "ack":
        _take_ack(colleague, header["seq"], body, keys.verifying)
        return "ack", fingerprint, ""
    pending.setdefault(colleague.id, []).append(
        _Message(path, key, info.st_size, min(info.st_mtime_ns, _LARGEST_INTEGER), header, body, colleague))
    return None, fingerprint, ""


def _remember_seen(key: str, stamp: tuple[int, int], outcome: str, sender: str, seq: int | None, note: str) -> None:
    database.execute_sql("INSERT OR REPLACE INTO team_seen (path, size, mtime, outcome, sender, seq, note) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?)", (key, *stamp, outcome, sender, seq, note))


def _note_clock(values: dict[str, Any], moment: datetime, now: datetime) -> None:
    """The clock difference read off a verified colleague's message in this pass (the latest
    reading counts, so a difference fixed is no longer reported)."""
    values["skew_seconds"] = int((moment - now).total_seconds())


def _import_in_order(vault: Vault, values: dict[str, Any], messages: list[_Message], report: dict[str, Any],
                     progress: Callable[[str], None] | None, now: datetime, keys: _PassKeys, batch: _Batch) -> bool:
    """A colleague's messages to this vault, oldest first: each one is taken when the one
    before it (addressed to this vault) has been; later ones wait for a missing predecessor.
    True when a notice replaced the colleague's key (the rest are not taken from the old one)."""
    member = TeamMember.get_or_none(TeamMember.colleague == messages[0].sender.id)
    if member is None:
        return False
    for message in sorted(messages, key=lambda m: m.header["seq"]):
        seq = message.header["seq"]
        after = max((value for age, value in message.header["after"].items() if age in keys.ages), default=0)
        # A seizure is taken whatever its place: a thief holding the old key may have numbered
        # their messages so that the owner's notice would look already read, or not yet due.
        seized = message.header["kind"] == "notice" and _notice_reason(message.body) == "seized"
        if seq <= member.last_read and not seized:
            _remember(message, "done", seq, "read before")
            continue
        if after > member.last_read and not seized:
            # An earlier message to this vault has not arrived yet: wait for it.
            report["waiting"].append({"file": message.key, "from": message.sender.name, "why": "an earlier file "
                                      "from this colleague has not arrived yet"})
            _remember(message, "waiting", seq, "waits for an earlier file")
            break
        created = _parse_time(message.header.get("created_at"))
        if created is not None:
            _note_clock(values, created, now)
        if progress:
            progress(message.sender.name)
        # The import and the note that it was read commit together, so a pass killed between
        # them cannot happen.
        with batch.message():
            outcome = _take(vault, message, member, report, batch.blobs)
            member.last_read, member.read_at = max(seq, member.last_read), utc_now()
            database.execute_sql("UPDATE team_member SET last_read = ?, read_at = ? WHERE colleague_id = ?",
                                 (member.last_read, member.read_at, member.colleague_id))
            _remember(message, "refused" if outcome == "refused" else "done", seq, "")
        if outcome == "new key":
            return True
    return False


def _notice_reason(body: bytes) -> str | None:
    try:
        return json.loads(body).get("reason")
    except (ValueError, AttributeError, RecursionError):
        return None


def _remember(message: _Message, outcome: str, seq: int, note: str) -> None:
    _remember_seen(message.key, (message.size, message.mtime), outcome, message.sender.fingerprint, seq, note)


def _parse_time(text: Any) -> datetime | None:
    try:
        moment = datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _take(vault: Vault, message: _Message, member: TeamMember, report: dict[str, Any], blobs: list[str]) -> str:
    """Import one message: a bundle merged (its evidence files added to `blobs`, to settle once
    committed), or a notice that the sender's keys changed."""
    if message.header["kind"] == "notice":
        return _take_notice(vault, message, member, report)
    try:
        result = bundles.import_bundle_data(vault, message.body, same_person_by_id=True,
                                            signed_by=message.sender, settle_later=blobs)
    except (BundleRefused, CaseDeskError) as error:
        report["refused"].append({"from": message.sender.name, "why_en": error.en, "why_es": error.es})
        return "refused"
    report["received"].append({
        "from": message.sender.name, "fingerprint": message.sender.fingerprint,
        "created": sum(result["created"].values()), "updated": sum(result["updated"].values()),
        "unchanged": result["unchanged"], "kept_local": result["kept_local"], "conflicts": len(result["conflicts"]),
        "claims": len(result["claims"]), "deleted": sum(result["deleted"].values())})
    # A record the colleague deleted that was changed here meanwhile stays (the change travels
    # to them and brings it back there): the user is told, not asked.
    report["deletions_kept"] += [{**item, "from": message.sender.name} for item in result["deletions_kept"]]
    report["same_person"] += len(result.get("same_person", ()))
    return "imported"


def _take_ack(colleague: Colleague, seq: int, body: bytes, mine: set[str]) -> None:
    """A colleague says how far they have read this vault's messages (keyed by `mine`, its
    signing keys). An ack older than the last one taken (a copy kept somewhere, replayed) says
    nothing new."""
    try:
        read = json.loads(body)["read"]
        value = max((seq for key, seq in read.items() if key in mine and isinstance(seq, int)), default=None)
    except (ValueError, KeyError, TypeError, AttributeError):
        return
    if value is None:
        return
    # Plain SQL: a pass takes an ack from every colleague, and the ORM's query building cost
    # more than the reads.
    with database.atomic():
        row = database.execute_sql("SELECT ack_seq, acked FROM team_member WHERE colleague_id = ?",
                                   (colleague.id,)).fetchone()
        if row is None or seq <= row[0]:
            return
        if value < row[1]:
            # They read less than they said before: their vault was restored from an older
            # backup. Start their chain again from where they are, with everything their policy covers.
            database.execute_sql("UPDATE team_member SET last_sent = ?, send_all = 1 WHERE colleague_id = ?",
                                 (value, colleague.id))
        database.execute_sql("UPDATE team_member SET ack_seq = ?, acked = ?, acked_at = ? WHERE colleague_id = ?",
                             (seq, value, utc_now(), colleague.id))


def _acknowledge(values: dict[str, Any], outbox: Path) -> None:
    """Rewrite this vault's ack (one file, for every colleague) when it says something new."""
    colleagues = _active_colleagues()
    members = {m.colleague_id: m for m in TeamMember.select().where(
        TeamMember.colleague.in_([c.id for c in colleagues]))}
    read = {c.ed25519: members[c.id].last_read for c in colleagues if c.id in members}
    digest = hashlib.sha256(json.dumps([read, sorted(c.age_recipient for c in colleagues),
                                        bundles.my_public_key("").ed25519], sort_keys=True).encode()).hexdigest()
    previous = outbox / values["ack_name"]
    if not colleagues or (digest == values.get("ack_digest") and previous.is_file() and not previous.is_symlink()):
        return
    body = json.dumps({"read": read}, sort_keys=True).encode()
    # A new name each time: on a FAT stick (times to 2 s) a rewrite under the same name and size
    # could look unchanged to a colleague.
    values["ack_name"] = _fresh_name(outbox)
    write_atomically(outbox / values["ack_name"], _seal("ack", body, colleagues, _next_seq(values), {}))
    values["ack_digest"] = digest
    with database.atomic():
        _save_settings(values)
    if previous.is_file() and not previous.is_symlink():
        previous.unlink(missing_ok=True)


def _remove_read(outbox: Path) -> int:
    """Messages every recipient still in the team has read leave the folder (and the vault)."""
    acked = {member.colleague_id: member.acked for member in TeamMember.select()}
    active = {colleague.id for colleague in _active_colleagues()}
    removed = 0
    for seq, name, recipients in TeamOutbox.select(TeamOutbox.seq, TeamOutbox.name, TeamOutbox.recipients).tuples():
        if any(cid in active and acked.get(cid, 0) < seq for cid in json.loads(recipients)):
            continue
        try:
            (outbox / name).unlink(missing_ok=True)
        except OSError:
            continue
        TeamOutbox.delete_by_id(seq)
        removed += 1
    return removed


# --- Sending --------------------------------------------------------------------------------

_CASES_OF = {
    "case": "SELECT uuid, uuid FROM detention_case WHERE uuid IN ({})",
    "person": "SELECT p.uuid, c.uuid FROM person p JOIN detention_case c ON c.person_id = p.id WHERE p.uuid IN ({})",
    "event": "SELECT e.uuid, c.uuid FROM event e JOIN detention_case c ON c.id = e.case_id WHERE e.uuid IN ({})",
    "contact": "SELECT t.uuid, c.uuid FROM contact t JOIN detention_case c ON c.person_id = t.person_id "
               "WHERE t.uuid IN ({})",
    "evidence": "SELECT e.uuid, c.uuid FROM evidence e JOIN detention_case c ON c.id = e.case_id WHERE e.uuid IN ({})",
}


def _touched_cases(mark: int) -> set[str]:
    """Cases with a record the audit log shows created or changed in this vault after entry
    `mark`. What a colleague's bundle brought is recorded under the actor "… (bundle from …)"
    and left out: it is not this vault's change to send (and reading it again cost more than
    the import at 100 bundles a pass)."""
    uuids = [row[0] for row in database.execute_sql(
        "SELECT DISTINCT entity_uuid FROM audit_log WHERE id > ? AND actor NOT LIKE '% (bundle from %)' "
        "AND entity IN ('person', 'case', 'event', 'contact', 'evidence', 'exchange_conflict', 'exchange_proposal')",
        (mark,))]
    cases: set[str] = set()
    for start in range(0, len(uuids), 500):
        chunk = uuids[start:start + 500]
        for sql in _CASES_OF.values():
            cases.update(row[1] for row in database.execute_sql(sql.format(", ".join("?" * len(chunk))), chunk))
    return cases


def _deleted_since(mark: int) -> list[dict[str, str]]:
    """Events and contacts this vault deleted after entry `mark` that colleagues hold (they
    were exchanged), each with the version last exchanged (see bundles.DELETED_TRAVEL). Left
    out: deletions a colleague's bundle brought (theirs to send), and the events of a case
    deleted whole (that stays in this vault)."""
    found = []
    for entity, uuid, changes, held in database.execute_sql(
            "SELECT a.entity, a.entity_uuid, a.changes, s.version FROM audit_log a "
            "JOIN exchange_state s ON s.uuid = a.entity_uuid WHERE a.id > ? AND a.action = 'delete' "
            f"AND a.entity IN ({', '.join('?' * len(bundles.DELETED_TRAVEL))}) "
            "AND a.actor NOT LIKE '% (bundle from %)' ORDER BY a.id", (mark, *bundles.DELETED_TRAVEL)):
        if entity == "event":
            case_id = json.loads(changes).get("case", [None])[0]
            if not database.execute_sql("SELECT 1 FROM detention_case WHERE id = ?", (case_id,)).fetchone():
                continue
        found.append({"entity": entity, "uuid": uuid, "version": held})
    return found


def _decided(mark: int) -> dict[str, str]:
    """Records whose conflict the user decided after entry `mark`, each with the version this
    vault held when the conflict arose: the decision goes to the team even when it took the
    colleague's version whole, and replaces what the others hold."""
    uuids = [row[0] for row in database.execute_sql(
        "SELECT DISTINCT entity_uuid FROM audit_log WHERE id > ? AND action = 'resolve' "
        "AND entity = 'exchange_conflict'", (mark,))]
    held: dict[str, str] = {}
    for uuid in uuids:
        conflict = (ExchangeConflict.select().where((ExchangeConflict.uuid == uuid)
                                                    & ExchangeConflict.resolved_at.is_null(False))
                    .order_by(ExchangeConflict.id.desc()).first())
        if conflict is not None:
            remote = json.loads(conflict.remote)
            held[uuid] = version({**remote, **{item["field"]: item["local"] for item in json.loads(conflict.fields)}})
    return held


def _changes(case_uuids: set[str], decided: dict[str, str] | None = None
             ) -> tuple[set[str], dict[str, str], dict[str, tuple[str, str]]]:
    """Of these cases, those with a record that differs from the version last exchanged (or
    whose conflict was just decided): (the cases, each changed record's parent version, every
    record's current (entity, version))."""
    records = bundles.collect(sorted(case_uuids), "internal")
    current = {record["uuid"]: (entity, version(record)) for entity in bundles._ORDER for record in records[entity]}
    uuids = list(current)
    bases: dict[str, str] = {}
    for start in range(0, len(uuids), 500):
        chunk = uuids[start:start + 500]
        bases.update(database.execute_sql(
            f"SELECT uuid, version FROM exchange_state WHERE uuid IN ({', '.join('?' * len(chunk))})", chunk))
    changed_records = {uuid for uuid, (_, record_version) in current.items() if bases.get(uuid) != record_version}
    parents = {uuid: bases[uuid] for uuid in changed_records if uuid in bases}
    for uuid, held in (decided or {}).items():
        if uuid in current:
            changed_records.add(uuid)
            parents[uuid] = held
    cases_of_person: dict[str, set[str]] = {}
    for case in records["case"]:
        cases_of_person.setdefault(case["person"], set()).add(case["uuid"])
    changed: set[str] = set()
    for case in records["case"]:
        if case["uuid"] in changed_records:
            changed.add(case["uuid"])
    for entity, owner in (("event", "case"), ("evidence", "case")):
        changed.update(record[owner] for record in records[entity] if record["uuid"] in changed_records)
    for entity in ("person", "contact"):
        for record in records[entity]:
            if record["uuid"] in changed_records:
                changed.update(cases_of_person.get(record["uuid"] if entity == "person" else record["person"], ()))
    return changed, parents, current


def _largest_message() -> int:
    """The most a message's evidence files may weigh: what every receiver accepts as a bundle,
    with room for the padding."""
    return max(0, min(512 * _MIB, bundles.MAX_BUNDLE_BYTES // 2) - 2 * _MIB)


def _chunks(cases: list[str], evidence_limit: int | None) -> tuple[list[list[str]], int]:
    """Cases in bundles of at most CASES_PER_BUNDLE and, when evidence files travel, at most
    `evidence_limit` bytes of them; a file larger than that stays out (its record travels).
    Returns the chunks and how many files stay out."""
    sizes: dict[str, int] = {}
    left_out = 0
    if evidence_limit is not None:
        for start in range(0, len(cases), 500):
            chunk = cases[start:start + 500]
            for uuid, size in database.execute_sql(
                    "SELECT c.uuid, e.size FROM evidence e JOIN detention_case c ON c.id = e.case_id "
                    f"WHERE e.blob_name IS NOT NULL AND c.uuid IN ({', '.join('?' * len(chunk))})", chunk):
                if (size or 0) > evidence_limit:
                    left_out += 1
                else:
                    sizes[uuid] = sizes.get(uuid, 0) + (size or 0)
    chunks: list[list[str]] = []
    weight = 0
    for uuid in cases:
        size = sizes.get(uuid, 0)
        if not chunks or len(chunks[-1]) >= CASES_PER_BUNDLE or (weight + size > (evidence_limit or 0) and size):
            chunks.append([])
            weight = 0
        chunks[-1].append(uuid)
        weight += size
    return chunks, left_out


def _send(vault: Vault, values: dict[str, Any], outbox: Path, report: dict[str, Any],
          progress: Callable[[str], None] | None) -> None:
    """This vault's changes since the last pass, to every colleague whose policy covers them.

    Bundles are built in a read transaction (one snapshot of the vault, no write lock held, so
    the window can save a case meanwhile), then recorded in one short write transaction. A
    change saved between the two carries a later audit entry than the mark recorded, so the
    next pass sends it."""
    with database.atomic():
        mark = _audit_top()
        touched = _touched_cases(values["audit_mark"])
        decided = _decided(values["audit_mark"])
        colleagues = {c.id: c for c in _active_colleagues()}
        members = {m.colleague_id: m for m in TeamMember.select().where(TeamMember.colleague.in_(list(colleagues)))}
        changed, parents, current = _changes(touched, decided) if touched else (set(), {}, {})
        deleted = _deleted_since(values["audit_mark"])
        coverage: dict[tuple[str, bool], set[str]] = {}
        groups: dict[tuple, list[Colleague]] = {}
        for colleague_id, member in members.items():
            if not member.send_all and not changed and not deleted:
                continue
            covering = (member.filter, member.send_all)
            if covering not in coverage:
                coverage[covering] = _matching_cases(json.loads(member.filter), None if member.send_all else changed)
            if coverage[covering] or deleted:     # deletions go to everyone: a uuid tells nothing
                group = (member.profile, member.contacts, member.evidence, tuple(sorted(coverage[covering])))
                groups.setdefault(group, []).append(colleagues[colleague_id])
        first_passes = {colleague_id: policy_of(member) for colleague_id, member in members.items()
                        if member.send_all}
        extra = {uuid for group in groups for uuid in group[3]} - touched
        if extra:                      # a first pass to a colleague: everything their policy covers
            _, more_parents, more_current = _changes(extra)
            parents.update(more_parents)
            current.update(more_current)
        built: list[tuple[bytes, list[Colleague], list[str], str, bool]] = []
        largest = _largest_message()
        for (profile, contacts, evidence, cases), recipients in groups.items():
            keys = [PublicKey(c.name, c.age_recipient, c.ed25519) for c in recipients]
            chunks, left_out = _chunks(list(cases), largest if evidence else None)
            for number, chunk in enumerate(chunks or [[]]):
                if progress:
                    progress(", ".join(c.name for c in recipients))
                built.append((bundles.make_bundle(vault, chunk, recipients=keys, profile=profile,
                                                  with_evidence=evidence, contacts=contacts, evidence=evidence,
                                                  parents=parents, sender_name=vault.folder.name,
                                                  largest_file=largest, deleted=deleted if number == 0 else None),
                              recipients, chunk, profile, evidence))
            report["sent"].append({"to": [c.name for c in recipients], "cases": len(cases), "profile": profile,
                                   "evidence_files_too_large": left_out, "deleted": len(deleted)})
    written: list[TeamOutbox] = []
    with database.atomic("IMMEDIATE"):
        members = {m.colleague_id: m for m in TeamMember.select().where(TeamMember.colleague.in_(list(colleagues)))}
        for data, recipients, chunk, profile, evidence in built:
            bundles.record_export(vault, data, chunk, profile, evidence,
                                  [PublicKey(c.name, c.age_recipient, c.ed25519) for c in recipients])
            written.append(_queue(values, "bundle", data, recipients, members))
        for colleague_id, policy in first_passes.items():
            member = members.get(colleague_id)
            if member is not None and policy_of(member) == policy:     # a policy changed meanwhile: another
                member.send_all = False
                member.save()
        # What was just sent (or found unchanged) is now the version last exchanged.
        database.cursor().executemany(
            "INSERT OR REPLACE INTO exchange_state (uuid, entity, version) VALUES (?, ?, ?)",
            [(uuid, entity, record_version) for uuid, (entity, record_version) in current.items()])
        values["audit_mark"] = mark
        _save_settings(values)
    for message in written:
        _write_message(outbox, message)


# --- Keys replaced --------------------------------------------------------------------------

def rotate_keys(vault: Vault, reason: str = "rotated") -> dict[str, Any]:
    """Replace this vault's keys and tell the team with a notice signed by the old key and by
    the new one. `reason` "seized": the old key may be in other hands, so colleagues stop
    accepting it at once and check the new key's fingerprint with this vault before trusting it;
    "rotated" (the schedule): they trust the new key on the old one's word."""
    if reason not in ("rotated", "seized"):
        raise InvalidInput("Unknown reason.", "Motivo desconocido.")
    values = _joined()
    outbox = Path(values["folder"]) / values["outbox"]
    with database.atomic("IMMEDIATE"):
        colleagues = _active_colleagues()
        members = {m.colleague_id: m for m in TeamMember.select()}
        old_signing = bundles.signing_key()
        old, new = bundles.rotate_identity(vault, reason)
        proof = bundles.signing_key().sign(_SUCCESSOR_SIGNED_AS + old.ed25519.encode() + b"\n" + new.age.encode())
        body = json.dumps({"reason": reason, "old": {"age": old.age, "ed25519": old.ed25519},
                           "new": {"age": new.age, "ed25519": new.ed25519}, "proof": proof.hex()}).encode()
        message = None
        if colleagues:
            message = _queue(values, "notice", body, colleagues, members, sender=(old, old_signing))
        values["rotated_at"] = utc_now()
        values["ack_digest"] = ""            # the ack is signed with the new key from now on
        _save_settings(values)
    if message is not None:
        try:
            _write_message(outbox, message)
        except OSError:
            pass                             # written by the next pass (it stays in the vault)
    return {"old_fingerprint": old.fingerprint, "new_fingerprint": new.fingerprint, "reason": reason,
            "told": [c.name for c in colleagues]}


def _read_notice(sender: Colleague, body: bytes) -> tuple[str, PublicKey]:
    """A key notice's reason and new key, checked: the new key proves it holds itself, and is
    neither a key this vault knows already nor this vault's own (ValueError otherwise)."""
    try:
        notice = json.loads(body)
        reason = notice["reason"]
        new = PublicKey(sender.name, str(notice["new"]["age"]), str(notice["new"]["ed25519"]))
        if reason not in ("rotated", "seized") or notice["old"]["ed25519"] != sender.ed25519:
            raise ValueError("notice")
        x25519.Recipient.from_str(new.age)
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(new.ed25519)).verify(
            bytes.fromhex(notice["proof"]), _SUCCESSOR_SIGNED_AS + sender.ed25519.encode() + b"\n" + new.age.encode())
    except (KeyError, TypeError, AttributeError, RecursionError, InvalidSignature, pyrage.RecipientError) as error:
        raise ValueError("notice") from error
    known = Colleague.select().where((Colleague.age_recipient == new.age) | (Colleague.ed25519 == new.ed25519)).exists()
    mine = _PassKeys.read()
    if known or new.age in mine.ages or new.ed25519 in mine.verifying:
        raise ValueError("a key already known")
    return reason, new


def _refused_notice(report: dict[str, Any], name: str) -> str:
    report["refused"].append({"from": name, "why_en": "a key notice that does not check out",
                              "why_es": "un aviso de claves que no se puede comprobar"})
    return "refused"


def _take_notice(vault: Vault, message: _Message, member: TeamMember, report: dict[str, Any]) -> str:
    """A colleague's keys were replaced: the old one is no longer accepted; the new one takes its
    place (trusted at once after a scheduled rotation, after a fingerprint check after a seizure)."""
    old = message.sender
    try:
        reason, new = _read_notice(old, message.body)
    except ValueError:
        return _refused_notice(report, old.name)
    with database.atomic():
        bundles.remove_colleague(vault, old, reason)
        successor = bundles.add_colleague(vault, new)
        if reason == "rotated":
            bundles.mark_verified(vault, successor, f"{_SUCCESSOR_OF}{old.fingerprint}")
        TeamMember.insert(colleague=successor.id, profile=member.profile, filter=member.filter,
                          contacts=member.contacts, evidence=member.evidence, send_all=reason == "seized",
                          last_sent=member.last_sent, acked=member.acked,
                          last_read=message.header["seq"]).on_conflict_ignore().execute()
        # Messages still waiting for the old key are now the new key's to read (the retired key
        # still opens them).
        for waiting in TeamOutbox.select():
            recipients = json.loads(waiting.recipients)
            if old.id in recipients:
                waiting.recipients = json.dumps([successor.id if cid == old.id else cid for cid in recipients])
                waiting.save()
    report["notices"].append({"from": old.name, "reason": reason, "old_fingerprint": old.fingerprint,
                              "new_fingerprint": successor.fingerprint, "verified": reason == "rotated"})
    return "new key"


def _second_notice(vault: Vault, old: Colleague, body: bytes, report: dict[str, Any]) -> None:
    """A key already replaced announces a successor again. After a scheduled rotation, that means
    the old key is in two hands (a seized laptop's, and its owner's): no successor is trusted until
    its fingerprint is checked again. After a seizure, what the old key says is not heard."""
    if old.removed_reason != "rotated":
        return
    try:
        reason, new = _read_notice(old, body)
    except ValueError:
        _refused_notice(report, old.name)
        return
    trusted_on_its_word = list(Colleague.select().where(Colleague.verified_by == f"{_SUCCESSOR_OF}{old.fingerprint}"))
    for successor in trusted_on_its_word:
        successor.verified_by, successor.verified_at = "", None
        successor.save()
        AuditTrail(vault.actor).write("unverify", "colleague", successor.fingerprint, {
            "why": [None, f"{old.fingerprint} announced two successors"]})
    successor = bundles.add_colleague(vault, new)
    member = TeamMember.get_or_none(TeamMember.colleague.in_([c.id for c in trusted_on_its_word]))
    TeamMember.insert(colleague=successor.id, profile=member.profile if member else "internal",
                      filter=member.filter if member else "{}", send_all=True).on_conflict_ignore().execute()
    report["notices"].append({"from": old.name, "reason": reason, "old_fingerprint": old.fingerprint,
                              "new_fingerprint": successor.fingerprint, "verified": False, "key_in_two_hands": True})


def _rotate_if_due(vault: Vault, values: dict[str, Any], outbox: Path, report: dict[str, Any]) -> None:
    days = values.get("rotate_every_days") or 0
    if days <= 0:
        return
    made = _parse_time(bundles.identity_created_at() or values.get("rotated_at") or values.get("joined_at"))
    if made is not None and datetime.now(timezone.utc) - made >= timedelta(days=days):
        report["rotated"] = rotate_keys(vault, "rotated")
        values.update(_joined())


# --- Status and checks ----------------------------------------------------------------------

def status() -> dict[str, Any]:
    """The team line of the window: colleagues in step, when, what waits for a decision."""
    values = settings()
    if values is None:
        return {"joined": False}
    colleagues = _active_colleagues()
    members = {m.colleague_id: m for m in TeamMember.select()}
    unread = _unread(members)
    outstanding = {c.id: unread.get(c.id, 0) for c in colleagues}
    waiting_files = database.execute_sql(
        "SELECT count(*) FROM team_seen WHERE outcome IN ('waiting', 'incomplete')").fetchone()[0]
    unverified = [c.name for c in Colleague.select().where(Colleague.removed_at.is_null()
                                                           & Colleague.verified_at.is_null())]
    return {
        "joined": True, "folder": values["folder"], "last_pass": values.get("last_pass"),
        "colleagues": len(colleagues),
        "in_step": sum(1 for c in colleagues if outstanding[c.id] == 0 and members.get(c.id)
                       and not members[c.id].send_all),
        "not_yet_read_by": [c.name for c in colleagues if outstanding[c.id]],
        "conflicts": ExchangeConflict.select().where(ExchangeConflict.resolved_at.is_null()).count(),
        "waiting_files": waiting_files, "unverified": unverified,
        "ignored_files": database.execute_sql(
            "SELECT count(*) FROM team_seen WHERE outcome = 'ignored'").fetchone()[0],
    }


def doctor(vault: Vault) -> list[dict[str, str]]:
    """Checks of the team folder, each {"level": ok|warning|problem, "en", "es"}."""
    values = _joined()
    folder = Path(values["folder"])
    found: list[dict[str, str]] = []

    def say(level: str, en: str, es: str) -> None:
        found.append({"level": level, "en": en, "es": es})

    if not folder.is_dir():
        say("problem", f"The team folder {folder} is not there (a USB stick or drive not connected?).",
            f"La carpeta de equipo {folder} no está (¿una memoria USB o unidad sin conectar?).")
        return found
    try:
        _check_writable(folder / values["outbox"])
        say("ok", "The team folder can be written.", "Se puede escribir en la carpeta de equipo.")
    except OSError:
        say("problem", "This account cannot write in the team folder.",
            "Esta cuenta no puede escribir en la carpeta de equipo.")
    vault_folder = vault.folder.resolve()
    if _inside(folder.resolve(), vault_folder) or _inside(vault_folder, folder.resolve()):
        say("problem", "The team folder is inside the vault's folder (or holds it): move it out.",
            "La carpeta de equipo está dentro de la carpeta de la bóveda (o la contiene): sáquela.")
    else:
        say("ok", "The team folder is outside the vault.", "La carpeta de equipo está fuera de la bóveda.")
    lowered = str(folder.resolve()).casefold()
    cloud = next((name for name in _CLOUD_FOLDERS if name in lowered), None)
    if cloud:
        say("warning", f"The team folder is in a cloud service's folder ({cloud}): it keeps copies of deleted and "
            "replaced files on its servers. They are encrypted, but they outlive their deletion there; prefer "
            "Syncthing, a shared drive or a USB stick.",
            f"La carpeta de equipo está en la carpeta de un servicio en la nube ({cloud}): guarda copias de los "
            "archivos borrados y reemplazados en sus servidores. Están cifradas, pero sobreviven allí a su borrado; "
            "prefiera Syncthing, una unidad compartida o una memoria USB.")
    if (folder / ".stversions").exists():
        say("warning", "Syncthing keeps old versions of deleted files in .stversions (encrypted; they stay until "
            "Syncthing's versioning removes them).",
            "Syncthing guarda versiones antiguas de los archivos borrados en .stversions (cifradas; quedan hasta "
            "que el control de versiones de Syncthing las borra).")
    recorded = values.get("skew_seconds", 0)       # read off the last verified message (services: _note_clock)
    # Only "ahead" can be told apart: a message written a while ago reads as behind.
    if recorded > CLOCK_SKEW_WARNING.total_seconds():
        minutes = round(recorded / 60)
        say("warning", f"A colleague's clock is about {minutes} minutes ahead of this computer's (or this one is "
            "behind): dates of changes may read wrong. Set both clocks to update automatically.",
            f"El reloj de un colega va unos {minutes} minutos por delante del de este equipo (o este va atrasado): "
            "las fechas de los cambios pueden leerse mal. Ponga ambos relojes en hora automática.")
    else:
        say("ok", "No clock difference seen with colleagues.", "No se ve diferencia de reloj con los colegas.")
    state = status()
    count, in_step = state["colleagues"], state["in_step"]
    say("ok" if count else "warning",
        f"{_n(count, 'verified colleague', 'verified colleagues')} in the team; "
        f"{_n(in_step, 'has', 'have', shown=in_step)} read everything sent to them.",
        f"{_n(count, 'colega verificado', 'colegas verificados')} en el equipo; "
        f"{_n(in_step, 'ha', 'han', shown=in_step)} leído todo lo enviado.")
    if state["unverified"]:
        names = ", ".join(state["unverified"])
        say("warning", f"Keys waiting for a fingerprint check (nothing is exchanged with them until then): {names}.",
            f"Claves que esperan la comprobación de la huella (no se intercambia nada con ellas hasta entonces): "
            f"{names}.")
    for name, days, files in _away():
        say("warning", f"{name} has not read the team's files for {days} days: {_n(files, 'file waits', 'files wait')} "
            "for them in the folder (encrypted), and more with every change. If they left the team, remove them.",
            f"{name} no lee los archivos del equipo desde hace {days} días: "
            f"{_n(files, 'archivo espera', 'archivos esperan')} en la carpeta (cifrados), y más con cada cambio. Si "
            "dejó el equipo, retírelo.")
    if state["waiting_files"]:
        waiting = state["waiting_files"]
        say("warning", f"{_n(waiting, 'file waits', 'files wait')}: still arriving, or an earlier file has not arrived.",
            f"{_n(waiting, 'archivo espera', 'archivos esperan')}: aún llegando, o no ha llegado un archivo anterior.")
    from casedesk.services import syncthing
    report = syncthing.local_status(folder)
    level = "ok" if report is not None and report.up_to_date else "warning"
    say(level, syncthing.describe(report, "en"), syncthing.describe(report, "es"))
    return found


def _away() -> list[tuple[str, int, int]]:
    """Colleagues still in the team whose oldest unread message is over AWAY_WARNING old: (name,
    days, messages waiting). Every message stays in the folder until they read it."""
    colleagues = {c.id: c for c in _active_colleagues()}
    acked = {m.colleague_id: m.acked for m in TeamMember.select() if m.colleague_id in colleagues}
    oldest: dict[int, str] = {}
    waiting: dict[int, int] = {}
    for seq, recipients, created in TeamOutbox.select(TeamOutbox.seq, TeamOutbox.recipients,
                                                      TeamOutbox.created_at).order_by(TeamOutbox.seq).tuples():
        for cid in json.loads(recipients):
            if cid in acked and acked[cid] < seq:
                oldest.setdefault(cid, created)
                waiting[cid] = waiting.get(cid, 0) + 1
    now = datetime.now(timezone.utc)
    found = []
    for cid, created in oldest.items():
        moment = _parse_time(created)
        if moment is not None and now - moment >= AWAY_WARNING:
            found.append((colleagues[cid].name, (now - moment).days, waiting[cid]))
    return sorted(found)


def _n(count: int, one: str, many: str, *, shown: int | None = None) -> str:
    """ "1 colega verificado", "2 colegas verificados"; with `shown`, "0 han", "1 ha"."""
    return f"{count if shown is None else shown} {one if count == 1 else many}"


def first_pass_due(values: dict[str, Any], minutes: int) -> bool:
    """Whether the window's background pass is due (`minutes` since the last)."""
    last = _parse_time(values.get("last_pass")) if values else None
    return last is None or datetime.now(timezone.utc) - last >= timedelta(minutes=minutes)
