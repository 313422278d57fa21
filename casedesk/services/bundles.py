"""Exchange bundles: cases passed between colleagues' vaults without any server.

Each vault has an exchange identity: an age X25519 key to receive bundles and an Ed25519 key
to sign them, kept inside the encrypted database. Its public half travels as a small key file
and is shown as a short fingerprint that colleagues compare by phone or in person; the
address book records who checked it and when.

A bundle is one age-encrypted file (to the recipients' keys, or to a passphrase with scrypt).
Inside is a signed envelope (format 2):

    b"CASEDESK-BUNDLE\n"  4-byte big-endian length of the manifest  manifest (JSON, UTF-8)
    64-byte Ed25519 signature of b"CaseDesk bundle manifest v2\n" + manifest   payload (a ZIP)

The manifest names the sender's keys, whom the bundle was made for (`to`: the recipients' age
keys, or a passphrase), the profile, the sender's audit head, the payload's SHA-256 and size,
and each file of the payload with its SHA-256 and unpacked size. The payload holds
`records.json` (people, cases, timelines, contacts and evidence records, as the redaction
profile allows) and, if asked, the evidence files as `blobs/<sha256>`.

Importing checks everything before writing anything, and in an order that lets nothing be
unpacked on a stranger's word: it decrypts, reads the manifest, verifies its signature with
the key this vault's address book holds for the sender (a sender not there is refused, naming
their fingerprint, unless the user explicitly takes the bundle as proposals), checks that the
bundle was made for this vault, checks the payload's hash and the sizes it declares against
`casedesk.limits`, and only then unpacks, never past the declared sizes. It then merges by
UUID in one transaction. New records are added; a record changed on one side only since the
last exchange takes that side; a record changed on both sides becomes a conflict shown field
by field. From a sender who is not a colleague nothing is applied: every change is a conflict
to decide and every new record a proposal to accept or decline. From anyone, a timeline event
that would release a person arrives as a verification claim with the sender as one source,
never as a verified event. Importing the same bundle twice changes nothing.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import unicodedata
import zipfile
import zlib
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import peewee
import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pyrage import x25519
from sqlcipher3 import dbapi2 as sqlcipher

from casedesk.domain.errors import CaseDeskError, InvalidInput, NotFound
from casedesk.domain.text import sort_key
from casedesk.domain.timeline import TimelineEntry
from casedesk.domain.timeline import status_on as timeline_status_on
from casedesk.domain.vocabulary import (
    CivilianMilitary, ClaimKind, Classification, Consent, DatePrecision, EventKind, Health, Priority, Sex, SourceKind,
    Stage, Status,
)
from casedesk.limits import BUNDLE_FILE_BYTES as MAX_BUNDLE_BYTES
from casedesk.limits import (
    BUNDLE_FILE_COUNT, BUNDLE_INFLATED_BYTES, BUNDLE_MANIFEST_BYTES, BUNDLE_RECORDS_BYTES, GIB, MIB,
)
from casedesk.services.cases import _created, _ReferenceTables, _refresh_status, find_case, refresh_statuses
from casedesk.services.dossiers import PROFILES, write_export
from casedesk.services.proceedings import bundle_records, check_bundle_records, merge_bundle_records
from casedesk.services.evidence import _custody, blob_store
from casedesk.services.verification import OPEN_STATES, add_check, report_claim
from casedesk.storage.audit import AuditTrail, chain_head, read_only, recording, snapshot
from casedesk.storage.models import (
    Colleague, Contact, DetentionCase, Event, Evidence, ExchangeConflict, ExchangeState, Person,
    VaultMeta, database, meta_value, utc_now,
)
from casedesk.storage.vault import Vault

FORMAT = 2
_IDENTITY_KEY = "exchange_identity"
_RETIRED_KEY = "exchange_identity_retired"     # keys replaced by rotate_identity
_MAGIC = b"CASEDESK-BUNDLE\n"
#: What the signature covers besides the manifest: this vault's key may sign other things
#: (dossiers), and a signature made for one of them must never pass for another.
_SIGNED_AS = b"CaseDesk bundle manifest v2\n"
_LENGTH_BYTES = 4
_SIGNATURE_BYTES = 64
#: Statuses that take a person off the list of the held.
_RELEASED = frozenset({Status.RELEASED_CONDITIONAL.value, Status.RELEASED_FULL.value})

#: The fields each kind of record carries in a bundle (references travel as uuids or names).
FIELDS: dict[str, tuple[str, ...]] = {
    "person": ("given_names", "surnames", "aliases", "national_id", "sex", "birth_date", "birth_date_precision",
               "nationality", "occupation", "affiliation", "civilian_military", "notes"),
    "case": ("person", "arrest_date", "arrest_date_precision", "arrest_place", "agency", "facility", "charges",
             "court", "case_file_number", "judge", "lawyer", "classification", "priority", "tags", "notes",
             "arrest_state", "minor_at_arrest", "health", "health_conditions", "health_since", "treatment_needed",
             "care_denied", "care_denied_since"),
    "event": ("case", "kind", "date", "date_precision", "status", "description", "source", "stage"),
    "contact": ("person", "name", "relationship", "phones", "address", "language", "consent", "safe_channel",
                "do_not_contact", "notes"),
    "evidence": ("case", "kind", "title", "source", "date_obtained", "sha256", "original_name", "size", "mime_type",
                 "content_date", "language", "confidentiality", "notes"),
}
#: What each profile keeps out of a bundle (whole kinds of record, or fields).
_LEFT_OUT: dict[str, dict[str, set[str]]] = {
    "internal": {},
    "court": {"person": {"notes"}, "case": {"notes"}, "contact": {"phones", "address", "notes"}},
    "family": {"person": {"notes"}, "case": {"notes"}, "contact": {"phones", "address", "notes"}},
    "public": {"person": {"national_id", "birth_date", "birth_date_precision", "notes"}, "case": {"notes"},
               "event": {"source"}, "evidence": {"source", "notes"}},
}
#: Fields added after bundles were first made: left out of a record while they hold these values,
#: so a record that does not use them reads (and hashes) as it always did.
_LEFT_OUT_WHEN = {"case": {"arrest_state": "", "minor_at_arrest": False, "health": "unknown", "health_conditions": "",
                           "health_since": None, "treatment_needed": "", "care_denied": "", "care_denied_since": None},
                  "event": {"stage": None}}
#: Health is for the team, the court and the family; a public bundle leaves it out.
_HEALTH_FIELDS = {"health", "health_conditions", "health_since", "treatment_needed", "care_denied", "care_denied_since"}
_LEFT_OUT["public"]["case"] = _LEFT_OUT["public"]["case"] | _HEALTH_FIELDS
_MODELS = {"person": Person, "case": DetentionCase, "event": Event, "contact": Contact, "evidence": Evidence}
_ORDER = ("person", "case", "event", "contact", "evidence")


class BundleRefused(CaseDeskError):
    """A bundle that cannot be trusted or read: nothing of it was imported."""


class UnknownSender(BundleRefused):
    """A bundle signed by a key that is not among this vault's colleagues (nor its own)."""

    def __init__(self, fingerprint: str, calls_itself: str) -> None:
        self.fingerprint, self.calls_itself = fingerprint, calls_itself
        super().__init__(
            f"This bundle is signed by a key that is not among your colleagues: fingerprint {fingerprint} "
            f"(it calls itself “{calls_itself}”, which anyone can write). Nothing was imported. If you expect "
            "it, compare the fingerprint with the sender by phone or in person and add their key; or take its "
            "contents as proposals that change nothing until you accept them one by one.",
            f"Este paquete está firmado con una clave que no está entre sus colegas: huella {fingerprint} "
            f"(dice llamarse «{calls_itself}», lo que cualquiera puede escribir). No se importó nada. Si lo "
            "espera, compare la huella con el remitente por teléfono o en persona y añada su clave; o tome su "
            "contenido como propuestas que no cambian nada hasta que las acepte una a una.")


class RemovedSender(BundleRefused):
    """A bundle signed by a colleague's key that was removed: they left, or the key was replaced."""

    def __init__(self, colleague: Colleague) -> None:
        self.fingerprint = colleague.fingerprint
        why_en, why_es = _REMOVED_WHY.get(colleague.removed_reason, _REMOVED_WHY["left"])
        super().__init__(
            f"This bundle is signed by {colleague.name}'s key {colleague.fingerprint}, which was removed on "
            f"{(colleague.removed_at or '')[:10]} ({why_en}). Nothing was imported.",
            f"Este paquete está firmado con la clave {colleague.fingerprint} de {colleague.name}, que se retiró el "
            f"{(colleague.removed_at or '')[:10]} ({why_es}). No se importó nada.")


_REMOVED_WHY = {"left": ("they left the team", "dejó el equipo"),
                "rotated": ("they replaced it with a new key", "la reemplazó por una clave nueva"),
                "seized": ("the laptop holding it was seized", "el portátil que la guardaba fue incautado")}


# --- Identity and address book ------------------------------------------------------------

@dataclass(frozen=True)
class PublicKey:
    name: str
    age: str
    ed25519: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.age, self.ed25519)

    def to_file(self) -> bytes:
        return json.dumps({"casedesk_public_key": FORMAT, "name": self.name, "age": self.age,
                           "ed25519": self.ed25519, "fingerprint": self.fingerprint}, indent=2).encode()


def fingerprint(age: str, ed25519: str) -> str:
    """Five groups of four: short enough to read out on a call, long enough (80 bits) to trust."""
    digest = hashlib.sha256(f"{age}\n{ed25519}".encode()).hexdigest()[:20].upper()
    return "-".join(digest[i:i + 4] for i in range(0, 20, 4))


def _new_identity() -> str:
    return json.dumps({"age": str(x25519.Identity.generate()),
                       "ed25519": Ed25519PrivateKey.generate().private_bytes_raw().hex(), "created_at": utc_now()})


def _secrets() -> tuple[x25519.Identity, Ed25519PrivateKey]:
    """This vault's exchange keys, made on first use and kept inside the encrypted database."""
    value = meta_value(_IDENTITY_KEY)
    if value is None:
        with database.atomic():
            row = VaultMeta.get_or_none(VaultMeta.key == _IDENTITY_KEY)
            if row is None:
                row = VaultMeta.create(key=_IDENTITY_KEY, value=_new_identity())
            value = row.value
    stored = json.loads(value)
    return x25519.Identity.from_str(stored["age"]), Ed25519PrivateKey.from_private_bytes(bytes.fromhex(stored["ed25519"]))


def identity_created_at() -> str | None:
    """When this vault's current keys were made (None for keys made before that was recorded)."""
    value = meta_value(_IDENTITY_KEY)
    return json.loads(value).get("created_at") if value else None


def _retired() -> list[dict[str, str]]:
    value = meta_value(_RETIRED_KEY)
    return json.loads(value) if value else []


def rotate_identity(vault: Vault, reason: str) -> tuple[PublicKey, PublicKey]:
    """Replace this vault's exchange keys with new ones; returns (old, new) public keys.

    The old keys are kept, retired: they still open bundles colleagues addressed to them before
    they heard of the new ones, and still check the dossiers they signed. Call inside the
    transaction that also tells the team (services/team.py)."""
    old = my_public_key("")
    with database.atomic():
        row = VaultMeta.get(VaultMeta.key == _IDENTITY_KEY)
        retired = [*_retired(), {**json.loads(row.value), "retired_at": utc_now(), "reason": reason}]
        VaultMeta.insert(key=_RETIRED_KEY, value=json.dumps(retired)).on_conflict_replace().execute()
        row.value = _new_identity()
        row.save()
        AuditTrail(vault.actor).write("rotate", "exchange_identity", old.fingerprint, {"reason": [None, reason]})
    return old, my_public_key("")


def _identities() -> list[x25519.Identity]:
    """Every age key that may open a bundle for this vault: the current one, then the retired."""
    return [_secrets()[0], *(x25519.Identity.from_str(item["age"]) for item in _retired())]


def age_decrypt(data: bytes, identities: list[x25519.Identity]) -> bytes:
    """pyrage.decrypt through its streaming call, which reads a header of many recipients
    several times faster (45 ms against 7 ms for 50 colleagues: the team folder's messages).
    Raises pyrage.DecryptError as pyrage.decrypt does, for a file cut short too."""
    out = io.BytesIO()
    try:
        pyrage.decrypt_io(io.BytesIO(data), out, identities)
    except OSError as error:
        raise pyrage.DecryptError(str(error)) from None
    return out.getvalue()


def verifying_keys() -> list[Ed25519PublicKey]:
    """The public halves of this vault's signing keys, current first, then retired ones (which
    still check what they signed)."""
    key = signing_key(may_create=False)
    current = [key.public_key()] if key else []
    return current + [Ed25519PrivateKey.from_private_bytes(bytes.fromhex(item["ed25519"])).public_key()
                      for item in _retired()]


def signing_key(*, may_create: bool = True) -> Ed25519PrivateKey | None:
    """This vault's Ed25519 key, which signs its bundles and its dossiers. None when it has
    none yet and may not make one: a vault opened read-only, or a check (checking writes
    nothing)."""
    if (not may_create or read_only()) and meta_value(_IDENTITY_KEY) is None:
        return None
    return _secrets()[1]


def my_public_key(name: str) -> PublicKey:
    identity, signing = _secrets()
    return PublicKey(name, str(identity.to_public()), signing.public_key().public_bytes_raw().hex())


def read_public_key(data: bytes) -> PublicKey:
    try:
        fields = json.loads(data.decode("utf-8"))
        key = PublicKey(str(fields["name"]), str(fields["age"]), str(fields["ed25519"]))
        x25519.Recipient.from_str(key.age)
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(key.ed25519))
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, pyrage.RecipientError):
        raise InvalidInput("This is not a CaseDesk public key file.",
                           "Este no es un archivo de clave pública de CaseDesk.") from None
    return key


def add_colleague(vault: Vault, key: PublicKey, *, verified_by: str = "") -> Colleague:
    """Keep a colleague's key; `verified_by` says who compared the fingerprint with them."""
    with database.atomic():
        colleague = Colleague.get_or_none(Colleague.age_recipient == key.age)
        if colleague is None:
            colleague = Colleague.create(name=key.name, age_recipient=key.age, ed25519=key.ed25519,
                                         fingerprint=key.fingerprint)
            AuditTrail(vault.actor).write("create", "colleague", key.fingerprint, {"name": [None, key.name]})
        elif colleague.removed_at and colleague.removed_reason == "left" and verified_by:
            colleague.removed_at, colleague.removed_reason = None, ""      # back in the team
            colleague.save()
        if verified_by:
            mark_verified(vault, colleague, verified_by)
    return colleague


def mark_verified(vault: Vault, colleague: Colleague, verified_by: str) -> None:
    colleague.verified_by, colleague.verified_at = verified_by, utc_now()
    colleague.save()
    AuditTrail(vault.actor).write("verify", "colleague", colleague.fingerprint, {"verified_by": [None, verified_by]})


def colleagues() -> list[Colleague]:
    """The address book, removed colleagues included (they are shown as such)."""
    return list(Colleague.select().order_by(Colleague.name))


def remove_colleague(vault: Vault, colleague: Colleague, reason: str = "left") -> None:
    """Stop trusting a colleague's key: their bundles are refused, nothing more goes to them."""
    if colleague.removed_at:
        return
    colleague.removed_at, colleague.removed_reason = utc_now(), reason
    colleague.save()
    AuditTrail(vault.actor).write("remove", "colleague", colleague.fingerprint, {"reason": [None, reason]})


# --- Records ------------------------------------------------------------------------------

def version(record: dict[str, Any]) -> str:
    """A hash of a record's exchanged fields: equal versions, equal content."""
    return hashlib.sha256(json.dumps(record, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()


def _redacted(entity: str, record: dict[str, Any], profile: str) -> dict[str, Any]:
    hidden = _LEFT_OUT[profile].get(entity, set())
    unused = _LEFT_OUT_WHEN.get(entity, {})
    return {name: value for name, value in record.items()
            if name not in hidden and not (name in unused and value == unused[name])}


#: How this vault's records read as bundle records (columns in the order of FIELDS).
_LOCAL_SQL = {
    "person": f"SELECT uuid, {', '.join(FIELDS['person'])} FROM person t",
    "case": "SELECT t.uuid, p.uuid, t.arrest_date, t.arrest_date_precision, t.arrest_place, a.name, f.name, "
            "t.charges, t.court, t.case_file_number, t.judge, t.lawyer, t.classification, t.priority, t.tags, t.notes, "
            "t.arrest_state, t.minor_at_arrest, t.health, t.health_conditions, t.health_since, t.treatment_needed, "
            "t.care_denied, t.care_denied_since "
            "FROM detention_case t JOIN person p ON p.id = t.person_id LEFT JOIN agency a ON a.id = t.agency_id "
            "LEFT JOIN facility f ON f.id = t.facility_id",
    "event": "SELECT t.uuid, c.uuid, t.kind, t.date, t.date_precision, t.status, t.description, t.source, t.stage "
             "FROM event t JOIN detention_case c ON c.id = t.case_id",
    "contact": "SELECT t.uuid, p.uuid, t.name, t.relationship, t.phones, t.address, t.language, t.consent, "
               "t.safe_channel, t.do_not_contact, t.notes FROM contact t JOIN person p ON p.id = t.person_id",
    "evidence": "SELECT t.uuid, c.uuid, t.kind, t.title, t.source, t.date_obtained, t.sha256, t.original_name, "
                "t.size, t.mime_type, t.content_date, t.language, t.confidentiality, t.notes "
                "FROM evidence t JOIN detention_case c ON c.id = t.case_id",
}
def _chunks(items: list[str], size: int = 500):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def collect(case_uuids: list[str], profile: str, *, contacts: bool = True,
            evidence: bool = True) -> dict[str, list[dict[str, Any]]]:
    """The records a bundle of these cases holds under `profile`, read in a few queries
    (without the family contacts or the evidence records when those are false)."""
    if profile not in PROFILES:
        raise InvalidInput(f"Unknown profile “{profile}”.", f"Perfil desconocido “{profile}”.")
    cases = [find_case(uuid).uuid for uuid in case_uuids]
    records: dict[str, list[dict[str, Any]]] = {entity: [] for entity in _ORDER}
    records["case"] = _read("case", "t.uuid", cases)
    people = list(dict.fromkeys(case["person"] for case in records["case"]))
    if profile == "family" and len(people) > 1:
        raise InvalidInput("A family bundle covers one person only.",
                           "Un paquete para la familia cubre a una sola persona.")
    records["person"] = _read("person", "t.uuid", people)
    records["event"] = [event for event in _read("event", "c.uuid", cases)
                        if not (profile == "public" and event["kind"] == "release_announced")]
    if evidence:
        records["evidence"] = _read("evidence", "c.uuid", cases)
    if profile != "public" and contacts:
        records["contact"] = _read("contact", "p.uuid", people)
    collected: dict[str, Any] = {entity: [_redacted(entity, record, profile) for record in rows]
                                 for entity, rows in records.items()}
    proceedings = bundle_records(cases, profile)       # only when the cases are in one (services/proceedings.py)
    if proceedings:
        collected["proceedings"] = proceedings
    return collected


def _read(entity: str, key: str, values: list[str]) -> list[dict[str, Any]]:
    """Records of one kind as bundles carry them, in the order they were entered."""
    found = []
    for chunk in _chunks(values):
        for row in database.execute_sql(
                f"{_LOCAL_SQL[entity]} WHERE {key} IN ({', '.join('?' * len(chunk))}) ORDER BY t.id", chunk):
            record = dict(zip(("uuid", *FIELDS[entity]), row))
            if entity == "contact":
                record["do_not_contact"] = bool(record["do_not_contact"])
            elif entity == "case":
                record["minor_at_arrest"] = bool(record["minor_at_arrest"])
            found.append(record)
    return found


# --- Export -------------------------------------------------------------------------------

def make_bundle(vault: Vault, case_uuids: list[str], *, recipients: list[PublicKey] | None = None,
                passphrase: str | None = None, profile: str = "internal", with_evidence: bool = False,
                sender_name: str = "", contacts: bool = True, evidence: bool = True,
                parents: dict[str, str] | None = None, largest_file: int | None = None,
                deleted: list[dict[str, str]] | None = None) -> bytes:
    """The encrypted bundle's bytes, made in memory. `contacts` and `evidence` false leave the
    family contacts or the evidence records (and files) out; evidence files larger than
    `largest_file` bytes stay out (their records travel).

    `parents` (team sync) names, for each record changed since this vault last exchanged it,
    the version it replaced; the receiver then takes a change only when it replaced what the
    receiver holds. Such a bundle writes nothing to the vault: the team sync records the
    exchanged versions and the export itself (`record_export`), after reading, so that its
    read does not hold the database's write lock while bundles are built. `deleted` (team
    sync too): events and contacts this vault deleted, each with the version colleagues hold
    (see `_Merger._delete`)."""
    if bool(recipients) == bool(passphrase):
        raise InvalidInput("Encrypt the bundle either to colleagues' keys or with a passphrase.",
                           "Cifre el paquete con las claves de sus colegas o con una contraseña.")
    if passphrase is not None and len(passphrase) < 12:
        raise InvalidInput("A bundle passphrase needs at least 12 characters.",
                           "La contraseña del paquete necesita al menos 12 caracteres.")
    records = collect(case_uuids, profile, contacts=contacts, evidence=evidence)
    contents = records if parents is None else {**records, "parents": parents, **({"deleted": deleted} if deleted else {})}
    files: dict[str, bytes] = {"records.json": json.dumps(contents, ensure_ascii=False, sort_keys=True).encode()}
    if with_evidence:
        store = blob_store(vault)
        for item in records["evidence"]:
            stored = Evidence.get(Evidence.uuid == item["uuid"])
            if stored.blob_name and (largest_file is None or (stored.size or 0) <= largest_file):
                files[f"blobs/{stored.sha256}"] = store.read(stored.blob_name)
    _, signing = _secrets()
    # The name is only shown (receivers trust the key, and name a colleague as their address book
    # does); it defaults to the vault's folder name, never to the computer's login.
    me = my_public_key(sender_name or vault.folder.name)
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as bundle:
        for name, data in files.items():
            bundle.writestr(name, data)
    payload = archive.getvalue()
    plain = _seal({
        "format": FORMAT, "created_at": utc_now(), "profile": profile, "audit_head": chain_head(),
        "sender": {"name": me.name, "age": me.age, "ed25519": me.ed25519},
        # Signed, so that a bundle cannot be re-encrypted for someone it was not made for.
        "to": {"passphrase": True} if passphrase else {"recipients": sorted(key.age for key in recipients)},
        "payload": {"sha256": hashlib.sha256(payload).hexdigest(), "bytes": len(payload)},
        "files": {name: {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
                  for name, data in sorted(files.items())},
    }, payload, signing)
    encrypted = (pyrage.passphrase.encrypt(plain, passphrase) if passphrase else
                 pyrage.encrypt(plain, [x25519.Recipient.from_str(key.age) for key in recipients]))
    if parents is not None:
        return encrypted
    with recording():
        if not read_only():       # a rescued (read-only) vault cannot remember what it sent
            database.cursor().executemany(
                "INSERT OR REPLACE INTO exchange_state (uuid, entity, version) VALUES (?, ?, ?)",
                [(record["uuid"], entity, version(record)) for entity in _ORDER for record in records[entity]])
        record_export(vault, encrypted, case_uuids, profile, with_evidence, recipients)
    return encrypted


def record_export(vault: Vault, encrypted: bytes, case_uuids: list[str], profile: str, with_evidence: bool,
                  recipients: list[PublicKey] | None) -> None:
    """The audit log's entry for a bundle made (call in a transaction that may write)."""
    AuditTrail(vault.actor).write("export", "bundle", hashlib.sha256(encrypted).hexdigest(), {
        "cases": [None, case_uuids], "profile": [None, profile], "with_evidence": [None, with_evidence],
        "to": [None, [key.fingerprint for key in recipients] if recipients else "passphrase"]})


def save_bundle(vault: Vault, case_uuids: list[str], target: Path, **options: Any) -> None:
    write_export(Path(target), make_bundle(vault, case_uuids, **options))


def _remember(uuid: str, entity: str, record_version: str) -> None:
    ExchangeState.insert(uuid=uuid, entity=entity, version=record_version).on_conflict_replace().execute()


# --- Import -------------------------------------------------------------------------------

@dataclass
class Opened:
    manifest: dict[str, Any]
    records: dict[str, list[dict[str, Any]]]
    blobs: dict[str, bytes]
    sender: PublicKey
    colleague: Colleague | None
    own: bool = False               # signed by this vault's own key
    proceedings: dict[str, list[dict[str, Any]]] | None = None    # see services/proceedings.py
    parents: dict[str, str] | None = None     # team bundles: the version each changed record replaced
    deleted: list[dict[str, str]] = field(default_factory=list)   # team bundles: events and contacts deleted

    @property
    def trusted(self) -> bool:
        """Signed by a key in the address book (or this vault's): its changes may apply."""
        return self.own or self.colleague is not None


def _refuse(en: str, es: str) -> BundleRefused:
    return BundleRefused(f"{en} Nothing was imported.", f"{es} No se importó nada.")


def _damaged() -> BundleRefused:
    return _refuse("The bundle is incomplete or damaged.", "El paquete está incompleto o dañado.")


def _not_understood() -> BundleRefused:
    return _refuse("The bundle holds a record CaseDesk does not understand.",
                   "El paquete contiene un registro que CaseDesk no entiende.")


def _size(count: int, language: str) -> str:
    shown = f"{count / GIB:.1f} GiB" if count >= GIB else f"{math.ceil(count / MIB)} MiB"
    return shown.replace(".", ",") if language == "es" else shown


def _too_large(count: int, limit: int) -> BundleRefused:
    return _refuse(f"The bundle would unpack to {_size(count, 'en')}, more than CaseDesk accepts "
                   f"({_size(limit, 'en')}): it may have been built to fill this computer's memory.",
                   f"El paquete se desempaquetaría en {_size(count, 'es')}, más de lo que CaseDesk acepta "
                   f"({_size(limit, 'es')}): puede estar hecho para llenar la memoria de este equipo.")


def _seal(manifest: dict[str, Any], payload: bytes, signing: Ed25519PrivateKey) -> bytes:
    """What age encrypts: the manifest, its signature and the payload (see the module's docstring)."""
    manifest_bytes = json.dumps(manifest, indent=1, sort_keys=True, ensure_ascii=False).encode()
    return b"".join((_MAGIC, len(manifest_bytes).to_bytes(_LENGTH_BYTES, "big"), manifest_bytes,
                     signing.sign(_SIGNED_AS + manifest_bytes), payload))


def _unseal(plain: bytes) -> tuple[bytes, bytes, memoryview]:
    """The manifest, its signature and the payload (not copied) of a decrypted bundle."""
    if plain.startswith(b"PK"):          # format 1: a ZIP whose signature covered only inflated content
        raise _refuse("This bundle was made by an older CaseDesk, which checked bundles less strictly: ask the "
                      "sender to make it again with the current version.",
                      "Este paquete lo hizo un CaseDesk anterior, que comprobaba los paquetes con menos rigor: "
                      "pida al remitente que lo haga de nuevo con la versión actual.")
    if not plain.startswith(_MAGIC):
        raise _damaged()
    view = memoryview(plain)
    start = len(_MAGIC) + _LENGTH_BYTES
    length = int.from_bytes(view[len(_MAGIC):start], "big")
    if length > BUNDLE_MANIFEST_BYTES or len(view) < start + length + _SIGNATURE_BYTES:
        raise _damaged()
    end = start + length
    return bytes(view[start:end]), bytes(view[end:end + _SIGNATURE_BYTES]), view[end + _SIGNATURE_BYTES:]


def _shown_name(value: Any) -> str:
    """A name a bundle gives itself, fit to show: no control characters, not a page long."""
    if not isinstance(value, str):
        raise TypeError("name")
    return "".join(c for c in value if not unicodedata.category(c).startswith("C"))[:100]


def _hex(value: Any, length: int) -> str:
    if not isinstance(value, str) or len(value) != length or value.strip("0123456789abcdef"):
        raise ValueError("not a digest")
    return value


def _count(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError("not a size")
    return value


def _read_manifest(manifest_bytes: bytes) -> tuple[dict[str, Any], PublicKey]:
    """The manifest, strictly checked against the format, and the keys it names."""
    try:
        manifest = json.loads(manifest_bytes)
    except (ValueError, RecursionError):
        raise _damaged() from None
    if not isinstance(manifest, dict):
        raise _damaged()
    found = manifest.get("format")
    if isinstance(found, int) and not isinstance(found, bool) and found > FORMAT:
        raise _refuse("This bundle was made by a newer CaseDesk.", "Este paquete lo hizo un CaseDesk más reciente.")
    try:
        if found != FORMAT:
            raise ValueError("format")
        sender = manifest["sender"]
        key = PublicKey(_shown_name(sender["name"]), sender["age"], sender["ed25519"])
        if not isinstance(key.age, str) or len(key.age) > 100:
            raise ValueError("age key")
        x25519.Recipient.from_str(key.age)
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(_hex(key.ed25519, 64)))
        to = manifest["to"]
        if to != {"passphrase": True} and (set(to) != {"recipients"} or not isinstance(to["recipients"], list)
                                           or not all(isinstance(r, str) for r in to["recipients"])):
            raise ValueError("recipients")
        _hex(manifest["payload"]["sha256"], 64)
        _count(manifest["payload"]["bytes"])
        files = manifest["files"]
        if not isinstance(files, dict) or len(files) > BUNDLE_FILE_COUNT or "records.json" not in files:
            raise ValueError("files")
        for name, entry in files.items():
            if name != "records.json":
                _hex(name.removeprefix("blobs/"), 64)
                if not name.startswith("blobs/"):
                    raise ValueError("file name")
            _hex(entry["sha256"], 64)
            _count(entry["bytes"])
    except (KeyError, TypeError, ValueError, AttributeError, pyrage.RecipientError):
        raise _damaged() from None
    return manifest, key


def _signer(claimed: PublicKey) -> tuple[Colleague | None, bool, str]:
    """Who signed, as this vault knows them: (the colleague, whether it is this vault's own key,
    the key to verify the signature with). The key comes from the address book whenever the
    bundle names a colleague, never from the bundle alone."""
    identity, signing = _secrets()
    own_ed25519 = signing.public_key().public_bytes_raw().hex()
    if claimed.ed25519 == own_ed25519 or claimed.age == str(identity.to_public()):
        if (claimed.ed25519, claimed.age) != (own_ed25519, str(identity.to_public())):
            raise _refuse("The bundle claims to come from this vault but is signed with another key.",
                          "El paquete dice venir de esta bóveda pero está firmado con otra clave.")
        return None, True, own_ed25519
    found = list(Colleague.select().where((Colleague.ed25519 == claimed.ed25519) |
                                          (Colleague.age_recipient == claimed.age)))
    by_key = next((c for c in found if c.ed25519 == claimed.ed25519), None)
    by_address = next((c for c in found if c.age_recipient == claimed.age), None)
    if (by_key or by_address) and (by_key is None or by_address is None or by_key.id != by_address.id):
        raise _refuse("The bundle claims to come from a colleague but is signed with another key.",
                      "El paquete dice venir de un colega pero está firmado con otra clave.")
    return by_key, False, by_key.ed25519 if by_key else claimed.ed25519


class _Slice(io.RawIOBase):
    """A read-only file over part of a bytes object, so the payload is unpacked without a copy."""

    def __init__(self, view: memoryview) -> None:
        super().__init__()
        self._view, self._position = view, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        count = max(0, min(len(buffer), len(self._view) - self._position))
        buffer[:count] = self._view[self._position:self._position + count]
        self._position += count
        return count

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._position, io.SEEK_END: len(self._view)}[whence]
        self._position = max(0, base + offset)
        return self._position

    def tell(self) -> int:
        return self._position


def _unpack(payload: memoryview, listed: dict[str, dict[str, Any]]) -> dict[str, bytes]:
    """The payload's files, each checked against the signed manifest. The sizes it declares are
    checked against the limits first, and no file is unpacked past its declared size, so a
    payload built to inflate without end is refused before it takes any memory."""
    records = listed["records.json"]["bytes"]
    if records > BUNDLE_RECORDS_BYTES:
        raise _too_large(records, BUNDLE_RECORDS_BYTES)
    total = sum(entry["bytes"] for entry in listed.values())
    if total > BUNDLE_INFLATED_BYTES:
        raise _too_large(total, BUNDLE_INFLATED_BYTES)
    mismatch = _refuse("A file in the bundle does not match its manifest: it was altered or damaged.",
                       "Un archivo del paquete no coincide con su manifiesto: fue alterado o está dañado.")
    contents: dict[str, bytes] = {}
    try:
        with zipfile.ZipFile(_Slice(payload)) as archive:
            members = archive.infolist()
            names = [member.filename for member in members]
            if len(names) != len(set(names)) or set(names) != set(listed) or any(
                    member.file_size != listed[member.filename]["bytes"] or member.flag_bits & 0x1
                    or member.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) for member in members):
                raise mismatch
            for member in members:
                expected = listed[member.filename]
                with archive.open(member) as stream:
                    data = stream.read(expected["bytes"] + 1)      # never past what was declared
                if len(data) != expected["bytes"] or hashlib.sha256(data).hexdigest() != expected["sha256"]:
                    raise mismatch
                contents[member.filename] = data
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError,
            ValueError, OSError):
        raise _damaged() from None
    return contents


#: The fields that may be empty (null) in a bundle, as in the vault; every field is text but for
#: those in `_NOT_TEXT`.
_NULLABLE: dict[str, set[str]] = {
    "person": {"national_id", "birth_date", "birth_date_precision"},
    "case": {"arrest_date", "arrest_date_precision", "agency", "facility", "health_since", "care_denied_since"},
    "event": {"status", "stage"},
    "contact": set(),
    "evidence": {"date_obtained", "size", "content_date"},
}
_NOT_TEXT = {("contact", "do_not_contact"): bool, ("evidence", "size"): int, ("case", "minor_at_arrest"): bool}
#: Fields whose value is a code of a vocabulary (the vault refuses any other).
_CODES = {("case", "health"): Health, ("event", "stage"): Stage,
          ("person", "sex"): Sex, ("person", "civilian_military"): CivilianMilitary,
          ("person", "birth_date_precision"): DatePrecision, ("case", "arrest_date_precision"): DatePrecision,
          ("case", "classification"): Classification, ("case", "priority"): Priority,
          ("event", "date_precision"): DatePrecision, ("event", "status"): Status, ("contact", "consent"): Consent}


def _fits(entity: str, name: str, value: Any) -> bool:
    """Whether a field's value is of the kind the vault stores there."""
    if value is None:
        return name in _NULLABLE[entity]
    kind = _NOT_TEXT.get((entity, name), str)
    if kind is int:
        return type(value) is int and 0 <= value < 2 ** 63
    return type(value) is kind and (kind is not str or len(value) <= 1_000_000)


#: Fields a record of each kind cannot be stored without, with what each must be.
_REQUIRED: dict[str, dict[str, Any]] = {
    "case": {"person": str},
    "event": {"case": str, "kind": EventKind, "date": date},
    "contact": {"person": str, "name": str},
    "evidence": {"case": str, "kind": str},
}


def _check_parents(raw: Any) -> dict[str, str] | None:
    """A team bundle's `parents`: for each record changed since the sender last exchanged it,
    the version it replaced (see `_Merger._compare`). None for a bundle made by hand."""
    if raw is None:
        return None
    if not isinstance(raw, dict) or not all(isinstance(uuid, str) and isinstance(parent, str) and len(parent) == 64
                                            for uuid, parent in raw.items()):
        raise _not_understood()
    return raw


#: What a deletion in one vault removes in its colleagues' too: corrections (an event entered in
#: error, a contact the family asked to be taken off). A whole case deleted stays in colleagues'
#: vaults: a lawyer may delete cases to carry fewer across a border, and that must not wipe the
#: team's records.
DELETED_TRAVEL = ("event", "contact")


def _check_deleted(raw: Any) -> list[dict[str, str]]:
    """A team bundle's `deleted`: [{"entity", "uuid", "version"}], each of a kind that travels."""
    if raw is None:
        return []
    if not isinstance(raw, list) or len(raw) > 100_000 or not all(
            isinstance(item, dict) and set(item) == {"entity", "uuid", "version"} and item["entity"] in DELETED_TRAVEL
            and isinstance(item["uuid"], str) and 0 < len(item["uuid"]) <= 64
            and isinstance(item["version"], str) and len(item["version"]) == 64 for item in raw):
        raise _not_understood()
    return raw


def _check_records(raw: Any) -> dict[str, list[dict[str, Any]]]:
    """The bundle's records, each of a kind, fields and values CaseDesk understands."""
    if not isinstance(raw, dict):
        raise _not_understood()
    records: dict[str, list[dict[str, Any]]] = {}
    for entity in _ORDER:
        rows = raw.get(entity, [])
        if not isinstance(rows, list):
            raise _not_understood()
        uuids = set()
        for record in rows:
            if not isinstance(record, dict) or not isinstance(record.get("uuid"), str) or not record["uuid"] \
                    or record["uuid"] in uuids or set(record) - {"uuid", *FIELDS[entity]} \
                    or not all(_fits(entity, name, value) for name, value in record.items() if name != "uuid"):
                raise _not_understood()
            uuids.add(record["uuid"])
            for name, kind in _REQUIRED.get(entity, {}).items():
                value = record.get(name)
                try:
                    if kind is date:
                        date.fromisoformat(value)
                    elif kind is EventKind:
                        EventKind(value)
                    elif not isinstance(value, kind) or not value:
                        raise ValueError(name)
                except (ValueError, TypeError):
                    raise _not_understood() from None
            if entity == "event" and record.get("status") is not None \
                    and record["status"] not in Status._value2member_map_:
                raise _not_understood()
            if any(record.get(name) is not None and record[name] not in vocabulary._value2member_map_
                   for (kind, name), vocabulary in _CODES.items() if kind == entity):
                raise _not_understood()
        records[entity] = rows
    return records


def open_bundle(data: bytes, passphrase: str | None = None, *, accept_unverified: bool = False,
                signed_by: Colleague | None = None) -> Opened:
    """Decrypt and check a bundle completely (sender, signature, recipients, sizes, every hash)
    before anything is used; nothing is unpacked before the signature is verified with the
    sender's key from the address book. `signed_by`: the colleague (from the address book) whose
    team message carried the bundle; one signed by anyone else is refused.

    Raises:
        UnknownSender: the signing key is not among the colleagues, and `accept_unverified` is false.
        BundleRefused: anything else that makes the bundle untrustworthy or unreadable.
    """
    if len(data) > MAX_BUNDLE_BYTES:
        raise _refuse("The file is too large to be a bundle.", "El archivo es demasiado grande para ser un paquete.")
    identities = _identities()
    try:
        if passphrase is not None:
            plain = pyrage.passphrase.decrypt(data, passphrase)
        else:
            plain = age_decrypt(data, identities)
    except (pyrage.DecryptError, ValueError, TypeError):
        if passphrase is not None:
            raise _refuse("The passphrase does not open this bundle, or the file is damaged.",
                          "La contraseña no abre este paquete, o el archivo está dañado.") from None
        raise _refuse("This bundle is not addressed to this vault (or it needs a passphrase), or it is damaged.",
                      "Este paquete no está dirigido a esta bóveda (o necesita una contraseña), o está dañado.") from None
    manifest_bytes, signature, payload = _unseal(plain)
    manifest, sender = _read_manifest(manifest_bytes)
    if signed_by is None:
        colleague, own, verifying_key = _signer(sender)
    elif (sender.ed25519, sender.age) == (signed_by.ed25519, signed_by.age_recipient):
        colleague, own, verifying_key = signed_by, False, signed_by.ed25519     # looked up once a pass, not a bundle
    else:
        raise _refuse("The bundle is signed by someone other than the colleague who sent it.",
                      "El paquete está firmado por otra persona que el colega que lo envió.")
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(verifying_key)).verify(signature, _SIGNED_AS + manifest_bytes)
    except InvalidSignature:
        raise _refuse("The bundle's signature does not match: it was altered after it was made.",
                      "La firma del paquete no coincide: fue alterado después de hacerse.") from None
    if colleague is not None and colleague.removed_at:
        raise RemovedSender(colleague)
    if colleague is None and not own and not accept_unverified:
        raise UnknownSender(sender.fingerprint, sender.name)
    to = manifest["to"]
    made_for_us = to.get("passphrase") is True if passphrase is not None else \
        any(str(identity.to_public()) in to.get("recipients", ()) for identity in identities)
    if not made_for_us:
        raise _refuse("This bundle was not made for this vault: its sender made it for others, and someone "
                      "passed it on.",
                      "Este paquete no se hizo para esta bóveda: su remitente lo hizo para otros y alguien "
                      "lo reenvió.")
    if len(payload) != manifest["payload"]["bytes"] or \
            hashlib.sha256(payload).hexdigest() != manifest["payload"]["sha256"]:
        raise _refuse("The bundle does not match its manifest: it was altered or damaged.",
                      "El paquete no coincide con su manifiesto: fue alterado o está dañado.")
    contents = _unpack(payload, manifest["files"])
    del plain, payload
    try:
        raw = json.loads(contents.pop("records.json"))
        records = _check_records(raw)
        proceedings = check_bundle_records(raw.get("proceedings"))
        parents = _check_parents(raw.get("parents"))
        deleted = _check_deleted(raw.get("deleted")) if parents is not None else []
    except (ValueError, RecursionError):
        raise _refuse("The bundle holds no records.", "El paquete no contiene registros.") from None
    blobs = {name.removeprefix("blobs/"): data for name, data in contents.items()}
    return Opened(manifest, records, blobs, sender, colleague, own, proceedings, parents, deleted)


@contextmanager
def _refused_if_unstorable():
    """A record the checks let through but the database's own constraints refuse (a code it does
    not know, a duplicate): the transaction is rolled back and the bundle refused, never a crash."""
    try:
        yield
    except (peewee.IntegrityError, sqlcipher.IntegrityError):
        raise _refuse("The bundle holds a record this vault cannot store.",
                      "El paquete contiene un registro que esta bóveda no puede guardar.") from None


def import_bundle(vault: Vault, path: Path, *, passphrase: str | None = None,
                  accept_unverified: bool = False) -> dict[str, Any]:
    """Merge a bundle into the vault by UUID, all or nothing; returns what happened.

    A bundle from a sender who is not among the colleagues is refused (`UnknownSender`) unless
    `accept_unverified`: then it changes nothing by itself; its changes become conflicts and its
    new records proposals, each for the user to decide (`open_conflicts`, `resolve_conflict`),
    and its evidence files are left out.
    """
    try:
        if Path(path).stat().st_size > MAX_BUNDLE_BYTES:
            raise _refuse("The file is too large to be a bundle.",
                          "El archivo es demasiado grande para ser un paquete.")
        data = Path(path).read_bytes()
    except OSError:
        raise InvalidInput(f"{path} cannot be read.", f"{path} no se puede leer.") from None
    return import_bundle_data(vault, data, passphrase=passphrase, accept_unverified=accept_unverified)


def import_bundle_data(vault: Vault, data: bytes, *, passphrase: str | None = None, accept_unverified: bool = False,
                       same_person_by_id: bool = False, signed_by: Colleague | None = None,
                       settle_later: list[str] | None = None) -> dict[str, Any]:
    """`import_bundle` of a bundle's bytes. With `same_person_by_id`, a new person who carries
    the ID number of someone this vault holds is taken as that person (the team's coordinator
    receives the same person from two lawyers and counts them once); without it such a bundle
    is refused until the two records are merged by hand. `signed_by` (the colleague the team's
    message carrying it names as its sender) refuses a bundle signed by anyone else.
    `settle_later`: the caller's transaction holds this import, so the evidence files stored are
    added to the list, for the caller to settle once it commits (until then, opening the vault
    after a crash removes them)."""
    opened = open_bundle(data, passphrase, accept_unverified=accept_unverified, signed_by=signed_by)
    sender, known = opened.sender, opened.colleague
    report: dict[str, Any] = {
        "sender": {"name": known.name if known else sender.name, "calls_itself": sender.name,
                   "fingerprint": sender.fingerprint, "known": opened.trusted,
                   "verified": opened.own or bool(known and known.verified_at), "this_vault": opened.own},
        "profile": opened.manifest.get("profile"), "sender_audit_head": opened.manifest.get("audit_head"),
        "created": dict.fromkeys(_ORDER, 0), "updated": dict.fromkeys(_ORDER, 0), "unchanged": 0,
        "kept_local": 0, "conflicts": [], "proposed": [], "claims": [], "evidence_files": 0,
        "evidence_files_left_out": 0 if opened.trusted else len(opened.blobs), "same_person": [],
        "deleted": dict.fromkeys(DELETED_TRAVEL, 0), "deletions_kept": [],
    }
    merger = _Merger(vault, opened, report, same_person_by_id=same_person_by_id)
    try:
        with _refused_if_unstorable(), database.atomic("IMMEDIATE"):
            merger.run()
            report["proceedings"] = merge_bundle_records(merger.actor, opened.proceedings, trusted=opened.trusted)
            AuditTrail(vault.actor).write("import", "bundle", hashlib.sha256(data).hexdigest(), {
                "from": [None, sender.fingerprint], "sender_known": [None, opened.trusted],
                "sender_verified": [None, report["sender"]["verified"]],
                "created": [None, sum(report["created"].values())], "updated": [None, sum(report["updated"].values())],
                "conflicts": [None, len(report["conflicts"])], "proposed": [None, len(report["proposed"])],
                "claims": [None, len(report["claims"])]})
    except BaseException:
        for name in merger.stored_blobs:
            merger.store.remove(name)
        raise
    if settle_later is not None:
        settle_later.extend(merger.stored_blobs)
    else:
        for name in merger.stored_blobs:
            merger.store.settle(name)
    return report


_INSERT_COLUMNS = {
    "person": ("uuid", *FIELDS["person"], "sort_key", "created_at", "updated_at"),
    "case": ("uuid", "person_id", "arrest_date", "arrest_date_precision", "arrest_place", "agency_id", "facility_id",
             "charges", "court", "case_file_number", "judge", "lawyer", "classification", "priority", "tags", "notes",
             "status", "status_since", "created_at", "updated_at", *_LEFT_OUT_WHEN["case"]),
    "event": ("uuid", "case_id", "kind", "date", "date_precision", "status", "description", "source",
              "created_at", "updated_at", "stage"),
    "contact": ("uuid", "person_id", *FIELDS["contact"][1:], "created_at", "updated_at"),
    "evidence": ("uuid", "case_id", *FIELDS["evidence"][1:], "blob_name", "created_at", "updated_at"),
}
_TABLES = {"person": "person", "case": "detention_case", "event": "event", "contact": "contact", "evidence": "evidence"}
_DEFAULTS = {
    "person": {"given_names": "", "surnames": "", "aliases": "", "sex": "unknown", "nationality": "", "occupation": "",
               "affiliation": "", "civilian_military": "unknown", "notes": ""},
    "case": {"arrest_place": "", "charges": "", "court": "", "case_file_number": "", "judge": "", "lawyer": "",
             "classification": "under_review", "priority": "normal", "tags": "", "notes": "", **_LEFT_OUT_WHEN["case"]},
    "event": {"date_precision": "day", "description": "", "source": "", **_LEFT_OUT_WHEN["event"]},
    "contact": {"relationship": "", "phones": "", "address": "", "language": "", "consent": "unknown",
                "safe_channel": "", "do_not_contact": False, "notes": ""},
    "evidence": {"title": "", "source": "", "sha256": "", "original_name": "", "mime_type": "", "language": "",
                 "confidentiality": "internal", "notes": ""},
}


class _Merger:
    """Merges a checked bundle: new records inserted in bulk, the rest compared by version.

    Reading what the vault holds for every uuid in the bundle in one query per kind, and
    inserting new records with executemany, is what makes 1,000 cases take seconds rather
    than a query per record through the ORM.
    """

    def __init__(self, vault: Vault, opened: Opened, report: dict[str, Any], *, same_person_by_id: bool = False) -> None:
        self.vault, self.opened, self.report = vault, opened, report
        self.same_person_by_id = same_person_by_id
        self.trusted = opened.trusted
        self.source = f"bundle from {opened.sender.fingerprint}"
        self.sender_label = _sender_label(opened.sender.fingerprint, report["sender"]["name"])
        self.actor = f"{vault.actor} ({self.source})"
        self.store = blob_store(vault)
        self.stored_blobs: list[str] = []
        self.touched_cases: set[int] = set()
        self.ids: dict[str, dict[str, int]] = {"person": {}, "case": {}}
        self.new_case_ids: set[int] = set()

    def run(self) -> None:
        records = self.opened.records
        versions: list[tuple[str, str, str]] = []
        for entity in _ORDER:
            if entity in ("case", "contact"):
                self._follow_aliases(records[entity])      # people just taken as this vault's too
            remotes = records[entity]
            uuids = [remote["uuid"] for remote in remotes]
            local = self._local(entity, uuids)
            bases = dict(row for chunk in _chunks(uuids) for row in database.execute_sql(
                f"SELECT uuid, version FROM exchange_state WHERE uuid IN ({', '.join('?' * len(chunk))})", chunk))
            new = []
            for remote in remotes:
                remote_version = version(remote)
                mine = local.get(remote["uuid"])
                if mine is None:
                    if bases.get(remote["uuid"]) == remote_version:
                        self.report["kept_local"] += 1      # declined here before, or taken as a claim
                    elif self.trusted and entity == "event" and _releases(remote):
                        self._reference_id("case", remote["case"])
                        self._claim(remote)
                        versions.append((remote["uuid"], entity, remote_version))
                    else:
                        new.append(remote)
                        if self.trusted:
                            versions.append((remote["uuid"], entity, remote_version))
                    continue
                outcome = self._compare(entity, remote, {name: mine[name] for name in remote}, remote_version,
                                        bases.get(remote["uuid"]))
                if outcome in ("unchanged", "updated"):
                    versions.append((remote["uuid"], entity, remote_version))
            if self.trusted:
                if entity == "person" and self.same_person_by_id:
                    new = self._same_people(new)
                self._insert(entity, new)
            else:
                self._propose(entity, new)
        self._delete()
        refresh_statuses(self.vault, self.touched_cases, date.today())
        database.cursor().executemany(
            "INSERT OR REPLACE INTO exchange_state (uuid, entity, version) VALUES (?, ?, ?)", versions)
        self._settle_waiting(versions)

    @staticmethod
    def _follow_aliases(records: list[dict[str, Any]]) -> None:
        """Cases or contacts of a colleague's person taken as one of this vault's (`_same_people`)
        point at this vault's person, so they compare with this vault's records as they are."""
        referenced = list({record["person"] for record in records})
        local = dict(row for chunk in _chunks(referenced) for row in database.execute_sql(
            "SELECT a.uuid, p.uuid FROM person_alias a JOIN person p ON p.id = a.person_id "
            f"WHERE a.uuid IN ({', '.join('?' * len(chunk))})", chunk))
        for record in records:
            record["person"] = local.get(record["person"], record["person"])

    def _same_people(self, new: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """New people who are people this vault holds: known by an alias already, or carrying
        the same ID number. Their records point at this vault's person; the rest are new."""
        uuids = [remote["uuid"] for remote in new]
        aliases = dict(row for chunk in _chunks(uuids) for row in database.execute_sql(
            f"SELECT uuid, person_id FROM person_alias WHERE uuid IN ({', '.join('?' * len(chunk))})", chunk))
        wanted = [remote["national_id"] for remote in new if remote.get("national_id") and remote["uuid"] not in aliases]
        holders = dict(row for chunk in _chunks(wanted) for row in database.execute_sql(
            f"SELECT national_id, id FROM person WHERE national_id IN ({', '.join('?' * len(chunk))})", chunk))
        still_new = []
        for remote in new:
            person_id = aliases.get(remote["uuid"]) or holders.get(remote.get("national_id") or "")
            if person_id is None:
                still_new.append(remote)
                continue
            if remote["uuid"] not in aliases:
                database.execute_sql("INSERT INTO person_alias (uuid, person_id) VALUES (?, ?)", (remote["uuid"], person_id))
                self.report["same_person"].append({"uuid": remote["uuid"], "national_id": remote["national_id"]})
            else:
                self.report["unchanged"] += 1
            self.ids["person"][remote["uuid"]] = person_id
        return still_new

    def _settle_decided_elsewhere(self, uuid: str) -> None:
        """A colleague's change made from the version this vault holds (or that comes round to
        it) settles this vault's open conflicts with that colleague on the record: they saw both
        versions and decided (team bundles only)."""
        ExchangeConflict.update(resolved_at=utc_now()).where(
            (ExchangeConflict.uuid == uuid) & ExchangeConflict.resolved_at.is_null()
            & (ExchangeConflict.sender == self.opened.sender.fingerprint)).execute()

    def _delete(self) -> None:
        """Events and contacts the sender deleted, deleted here too when this vault holds them as
        the sender last had them; one changed here since (or held under another profile) is kept
        and reported, never lost. This vault then remembers the deleted version as the one last
        exchanged, so a colleague's bundle carrying the record unchanged does not bring it back."""
        if not self.trusted or not self.opened.deleted:
            return
        from casedesk.services.cases import delete_contact, delete_event
        remove = {"event": delete_event, "contact": delete_contact}
        for item in self.opened.deleted:
            held = _read(item["entity"], "t.uuid", [item["uuid"]])
            if not held:
                continue
            if version(_redacted(item["entity"], held[0], "internal")) != item["version"]:
                self.report["deletions_kept"].append({"entity": item["entity"], "uuid": item["uuid"]})
                continue
            remove[item["entity"]](self.vault, item["uuid"], actor=self.actor)
            ExchangeState.insert(uuid=item["uuid"], entity=item["entity"],
                                 version=item["version"]).on_conflict_replace().execute()
            self.report["deleted"][item["entity"]] += 1

    def _settle_waiting(self, versions: list[tuple[str, str, str]]) -> None:
        """Conflicts and proposals this bundle made moot: the vault now holds what they proposed."""
        now_holds = {uuid: record_version for uuid, _, record_version in versions}
        uuids = list(now_holds)
        settled = [conflict_id for chunk in _chunks(uuids) for conflict_id, uuid, remote in database.execute_sql(
            "SELECT id, uuid, remote FROM exchange_conflict WHERE resolved_at IS NULL "
            f"AND uuid IN ({', '.join('?' * len(chunk))})", chunk) if version(json.loads(remote)) == now_holds[uuid]]
        for chunk in _chunks(settled):
            database.execute_sql(f"UPDATE exchange_conflict SET resolved_at = ? WHERE id IN "
                                 f"({', '.join('?' * len(chunk))})", (utc_now(), *chunk))

    def _claim(self, event: dict[str, Any]) -> None:
        claim = _release_claim(self.vault, event, self.sender_label, self.opened.sender.fingerprint)
        entry = {"case": event["case"], "claim": claim, "date": event["date"]}
        if claim is not None and entry not in self.report["claims"]:
            self.report["claims"].append(entry)

    def _propose(self, entity: str, new: list[dict[str, Any]]) -> None:
        """New records from a sender who is not a colleague: each waits for the user's decision."""
        for remote in new:
            for reference in ("person", "case"):
                if reference in remote and not self._holds(reference, remote[reference]):
                    raise _refuse(f"The bundle refers to a {reference} it does not hold.",
                                  f"El paquete se refiere a un registro ({reference}) que no contiene.")
            fields = json.dumps([{"field": name, "local": None, "remote": value} for name, value in remote.items()
                                 if name != "uuid" and value not in (None, "", False)], ensure_ascii=False)
            waiting = ExchangeConflict.get_or_none((ExchangeConflict.uuid == remote["uuid"])
                                                   & ExchangeConflict.resolved_at.is_null())
            if waiting is None:
                ExchangeConflict.create(uuid=remote["uuid"], entity=entity, sender=self.opened.sender.fingerprint,
                                        remote=json.dumps(remote, ensure_ascii=False), fields=fields)
            elif json.loads(waiting.remote) != remote:
                waiting.remote, waiting.fields = json.dumps(remote, ensure_ascii=False), fields
                waiting.sender = self.opened.sender.fingerprint
                waiting.save()
            self.report["proposed"].append({"entity": entity, "uuid": remote["uuid"]})

    def _holds(self, entity: str, uuid: str) -> bool:
        """Whether `uuid` is a record of this vault or of the bundle."""
        if any(record["uuid"] == uuid for record in self.opened.records[entity]):
            return True
        return database.execute_sql(f"SELECT 1 FROM {_TABLES[entity]} WHERE uuid = ?", (uuid,)).fetchone() is not None

    def _local(self, entity: str, uuids: list[str]) -> dict[str, dict[str, Any]]:
        return {record["uuid"]: record for record in _read(entity, "t.uuid", uuids)}

    def _compare(self, entity: str, remote: dict[str, Any], mine: dict[str, Any], remote_version: str,
                 base: str | None) -> str:
        """unchanged, kept_local, updated or conflict.

        A bundle made by hand is judged by this vault's own record of the last exchange (`base`):
        a change on one side only takes that side. A team bundle also says which version each
        changed record replaced (its parent), because with many colleagues "the last exchange"
        differs per colleague: a change applies only when its parent is what this vault holds,
        an unchanged record of the sender's never overwrites this vault's, and anything else is a
        conflict for the user. So two lawyers editing the same field at once both see a conflict
        instead of silently swapping values.
        """
        local_version = version(mine)
        parents = self.opened.parents
        parent = None if parents is None else parents.get(remote["uuid"])
        if local_version == remote_version:
            if parent is not None:
                self._settle_decided_elsewhere(remote["uuid"])     # the sender came round to this vault's version
            self.report["unchanged"] += 1
            return "unchanged"
        if base == remote_version or (parents is not None and parent is None):
            self.report["kept_local"] += 1       # only this vault changed it since the last exchange
            return "kept_local"
        follows_mine = parent == local_version if parents is not None else base == local_version
        if parents is not None and follows_mine:
            self._settle_decided_elsewhere(remote["uuid"])
        model = _MODELS[entity]
        if self.trusted and entity == "event" and _releases(remote) and not _releases(mine):
            self._claim(remote)                  # the release itself never applies; the rest may
            if follows_mine:
                held = {**remote, "kind": mine["kind"], "status": mine["status"]}
                if version(held) != local_version:
                    _apply(self.vault, entity, model.get(model.uuid == remote["uuid"]), held, self.source,
                           self.touched_cases)
                    self.report["updated"][entity] += 1
                return "updated"
        elif self.trusted and follows_mine:
            _apply(self.vault, entity, model.get(model.uuid == remote["uuid"]), remote, self.source, self.touched_cases)
            self.report["updated"][entity] += 1
            return "updated"
        changed = [{"field": name, "local": mine.get(name), "remote": value}
                   for name, value in remote.items() if name != "uuid" and mine.get(name) != value]
        waiting = ExchangeConflict.get_or_none((ExchangeConflict.uuid == remote["uuid"])
                                               & ExchangeConflict.resolved_at.is_null())
        if waiting is None or json.loads(waiting.remote) != remote:
            ExchangeConflict.create(uuid=remote["uuid"], entity=entity, sender=self.opened.sender.fingerprint,
                                    remote=json.dumps(remote, ensure_ascii=False),
                                    fields=json.dumps(changed, ensure_ascii=False))
        self.report["conflicts"].append({"entity": entity, "uuid": remote["uuid"], "fields": changed})
        return "conflict"

    def _reference_id(self, entity: str, uuid: str) -> int:
        known = self.ids[entity].get(uuid)
        if known is None:
            row = database.execute_sql(f"SELECT id FROM {_TABLES[entity]} WHERE uuid = ?", (uuid,)).fetchone()
            if row is None:
                raise _refuse(f"The bundle refers to a {entity} it does not hold.",
                              f"El paquete se refiere a un registro ({entity}) que no contiene.")
            known = self.ids[entity][uuid] = row[0]
        return known

    def _insert(self, entity: str, new: list[dict[str, Any]]) -> None:
        if not new:
            return
        trail = AuditTrail(self.actor)
        now = utc_now()
        rows = []
        references = _ReferenceTables() if entity == "case" else None
        if entity == "person":
            self._check_national_ids(new)
        statuses = self._statuses_of_new_cases() if entity == "case" else {}
        for remote in new:
            values = {**_DEFAULTS[entity], **{name: value for name, value in remote.items()}}
            if entity == "person":
                values["sort_key"] = sort_key(f"{values['surnames']} {values['given_names']}")
            elif entity == "case":
                values["person_id"] = self._reference_id("person", values.pop("person"))
                values["agency_id"] = references.agency_id(values.pop("agency", None), trail, now)
                values["facility_id"] = references.facility_id(values.pop("facility", None), trail, now)
                values["status"], values["status_since"] = statuses.get(remote["uuid"], ("unknown", None))
            elif entity in ("event", "evidence"):
                values["case_id"] = self._reference_id("case", values.pop("case"))
                if entity == "event" and values["case_id"] not in self.new_case_ids:
                    self.touched_cases.add(values["case_id"])     # a new event on a case this vault had
            elif entity == "contact":
                values["person_id"] = self._reference_id("person", values.pop("person"))
                values["do_not_contact"] = int(bool(values["do_not_contact"]))
            if entity == "evidence":
                values["blob_name"] = self._store_blob(remote)
            values["created_at"] = values["updated_at"] = now
            rows.append(values)
        columns = _INSERT_COLUMNS[entity]
        database.cursor().executemany(
            f"INSERT INTO {_TABLES[entity]} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            [tuple(row.get(column) for column in columns) for row in rows])
        for row in rows:
            trail.record("create", entity, row["uuid"], _created({k: v for k, v in row.items() if k != "blob_name"}))
        trail.flush()
        if entity in self.ids:
            for chunk in _chunks([row["uuid"] for row in rows]):
                self.ids[entity].update(database.execute_sql(
                    f"SELECT uuid, id FROM {_TABLES[entity]} WHERE uuid IN ({', '.join('?' * len(chunk))})", chunk))
            if entity == "case":
                self.new_case_ids = {self.ids["case"][row["uuid"]] for row in rows}
        if entity == "evidence":
            trail = AuditTrail(self.actor)
            for item in Evidence.select().where(Evidence.uuid.in_([row["uuid"] for row in rows])):
                _custody(trail, item, "intake", self.source + (" (file included)" if item.blob_name else " (record only)"))
            trail.flush()
        self.report["created"][entity] += len(rows)

    def _check_national_ids(self, new: list[dict[str, Any]]) -> None:
        wanted = [remote["national_id"] for remote in new if remote.get("national_id")]
        taken = [row[0] for chunk in _chunks(wanted) for row in database.execute_sql(
            f"SELECT national_id FROM person WHERE national_id IN ({', '.join('?' * len(chunk))})", chunk)]
        if taken or len(set(wanted)) != len(wanted):
            duplicate = taken[0] if taken else next(i for i in wanted if wanted.count(i) > 1)
            raise _refuse(f"The bundle's person with ID {duplicate} is a different record from this vault's: "
                          "merge them by hand first.",
                          f"La persona del paquete con cédula {duplicate} es otro registro que el de esta bóveda: "
                          "únalos a mano primero.")

    def _statuses_of_new_cases(self) -> dict[str, tuple[str, str | None]]:
        """Each bundled case's current status, from the bundled events, with the timeline rule."""
        timelines: dict[str, list[TimelineEntry]] = {}
        for sequence, event in enumerate(self.opened.records["event"]):
            if event.get("status") and event.get("date") and not _releases(event):    # releases are claims
                timelines.setdefault(event.get("case"), []).append(
                    TimelineEntry(date.fromisoformat(event["date"]), sequence, Status(event["status"])))
        today = date.today()
        statuses = {}
        for case_uuid, timeline in timelines.items():
            current = timeline_status_on(timeline, today)
            if current:
                statuses[case_uuid] = (current[0].value, current[1].isoformat())
        return statuses

    def _store_blob(self, remote: dict[str, Any]) -> str | None:
        blob = self.opened.blobs.get(remote.get("sha256") or "")
        if blob is None:
            return None
        stored = self.store.store(io.BytesIO(blob))
        self.stored_blobs.append(stored.name)
        if stored.sha256 != remote.get("sha256"):
            raise _refuse("An evidence file in the bundle does not match its record.",
                          "Un archivo de evidencia del paquete no coincide con su registro.")
        self.report["evidence_files"] += 1
        return stored.name


def _values(entity: str, remote: dict[str, Any], touched_cases: set[int], actor: str) -> dict[str, Any]:
    """A remote record's fields as this vault stores them (references resolved)."""
    values: dict[str, Any] = {}
    for name, value in remote.items():
        if name == "uuid":
            continue
        if name == "person":
            person = Person.get_or_none(Person.uuid == value)
            if person is None:
                raise _refuse("The bundle refers to a person it does not hold.",
                              "El paquete se refiere a una persona que no contiene.")
            values["person"] = person
        elif name == "case":
            case = DetentionCase.get_or_none(DetentionCase.uuid == value)
            if case is None:
                raise _refuse("The bundle refers to a case it does not hold.",
                              "El paquete se refiere a un caso que no contiene.")
            values["case"] = case
            touched_cases.add(case.id)
        elif name in ("facility", "agency"):    # by name, created (and audited) when this vault lacks it
            trail = AuditTrail(actor)
            tables = _ReferenceTables()
            values[name] = (tables.facility_id if name == "facility" else tables.agency_id)(value, trail, utc_now())
            trail.flush()
        else:
            values[name] = value
    return values


def _apply(vault: Vault, entity: str, local: Any, remote: dict[str, Any], source: str, touched_cases: set[int]) -> None:
    before = snapshot(local)
    for name, value in _values(entity, remote, touched_cases, f"{vault.actor} ({source})").items():
        setattr(local, name, value)
    if entity == "person":
        local.sort_key = sort_key(f"{local.surnames} {local.given_names}")
    if entity == "case":
        touched_cases.add(local.id)
    local.updated_at = utc_now()
    local.save()
    after = snapshot(local)
    AuditTrail(f"{vault.actor} ({source})").write("update", entity, local.uuid, {
        name: [before.get(name), after.get(name)] for name in after
        if before.get(name) != after.get(name) and name not in ("updated_at", "sort_key")})


# --- Releases and proposals ---------------------------------------------------------------

def _releases(event: dict[str, Any]) -> bool:
    """Whether a timeline event would take the person off the list of the held."""
    return event.get("kind") == EventKind.RELEASE_VERIFIED.value or event.get("status") in _RELEASED


def _sender_label(fingerprint: str, name: str | None = None) -> str:
    """How a sender is named in claims and audit entries: the address book's name when there is one."""
    if name is None:
        colleague = Colleague.get_or_none(Colleague.fingerprint == fingerprint)
        name = colleague.name if colleague else None
    return f"{name} ({fingerprint})" if name else fingerprint


def _release_claim(vault: Vault, event: dict[str, Any], sender_label: str, fingerprint: str) -> str | None:
    """A release someone else recorded, as a claim to verify here with them as one source (an open
    claim of the same release gets them as a source instead). Returns the claim's id, or None
    when this vault's timeline already has that release."""
    # Plain SQL for the look-ups: a bundle of many cases may carry many releases.
    case = database.execute_sql("SELECT id FROM detention_case WHERE uuid = ?", (event["case"],)).fetchone()
    if case is None:
        raise _refuse("The bundle refers to a case it does not hold.",
                      "El paquete se refiere a un caso que no contiene.")
    claimed = date.fromisoformat(event["date"])
    if database.execute_sql(
            f"SELECT 1 FROM event WHERE case_id = ? AND date = ? AND (kind = ? OR status IN "
            f"({', '.join('?' * len(_RELEASED))}))",
            (case[0], claimed.isoformat(), EventKind.RELEASE_VERIFIED.value, *sorted(_RELEASED))).fetchone():
        return None
    claim = database.execute_sql(
        f"SELECT id, uuid FROM verification WHERE case_id = ? AND claim_kind = ? AND claimed_date = ? "
        f"AND state IN ({', '.join('?' * len(OPEN_STATES))}) ORDER BY id LIMIT 1",
        (case[0], ClaimKind.RELEASE.value, claimed.isoformat(), *OPEN_STATES)).fetchone()
    if claim is not None and database.execute_sql(
            "SELECT 1 FROM verification_check WHERE verification_id = ? AND instr(detail, ?) > 0",
            (claim[0], fingerprint)).fetchone():
        return claim[1]                    # this sender already counts as a source of this claim
    claim_uuid = claim[1] if claim is not None else report_claim(
        vault, event["case"], ClaimKind.RELEASE, claimed, claim=event.get("description") or "",
        claimed_status=Status(event["status"]) if event.get("status") in _RELEASED else None,
        reported_by=sender_label, reported_where="bundle")
    said = "; ".join(str(part) for part in (event.get("source"), event.get("description")) if part)
    add_check(vault, claim_uuid, SourceKind.OTHER, f"Bundle from {sender_label}" + (f": {said}" if said else ""))
    return claim_uuid


def _create(vault: Vault, entity: str, remote: dict[str, Any], fingerprint: str) -> None:
    """Add a record a sender proposed, now that the user accepted it."""
    source = f"bundle from {fingerprint}, accepted by hand"
    actor = f"{vault.actor} ({source})"
    if entity == "event" and _releases(remote):
        _release_claim(vault, remote, _sender_label(fingerprint), fingerprint)
        return
    if entity == "person" and remote.get("national_id") and Person.get_or_none(
            Person.national_id == remote["national_id"]):
        raise InvalidInput(f"This vault already has another person with ID {remote['national_id']}: merge them by "
                           "hand first.",
                           f"Esta bóveda ya tiene otra persona con la cédula {remote['national_id']}: únalas a mano "
                           "primero.")
    touched: set[int] = set()
    values = {**_DEFAULTS[entity], **_values(entity, remote, touched, actor)}
    if entity == "person":
        values["sort_key"] = sort_key(f"{values['surnames']} {values['given_names']}")
    elif entity == "contact":
        values["do_not_contact"] = bool(values["do_not_contact"])
    record = _MODELS[entity].create(uuid=remote["uuid"], **values)
    trail = AuditTrail(actor)
    trail.record("create", entity, record.uuid, _created(snapshot(record)))
    if entity == "evidence":
        _custody(trail, record, "intake", source + " (record only)")
    trail.flush()
    if entity == "case":
        touched.add(record.id)
    for case_id in touched:
        _refresh_status(vault, DetentionCase.get_by_id(case_id), date.today())


#: What hangs from a record: declining it declines their proposals too.
_DEPENDENTS = {"person": ("case", "contact"), "case": ("event", "evidence")}


def _waiting(entity: str | tuple[str, ...]) -> list[ExchangeConflict]:
    entities = (entity,) if isinstance(entity, str) else entity
    return list(ExchangeConflict.select().where(ExchangeConflict.resolved_at.is_null()
                                                & ExchangeConflict.entity.in_(entities)).order_by(ExchangeConflict.id))


def _decide_proposal(vault: Vault, proposal: ExchangeConflict, accept: bool) -> None:
    """Accept a proposed new record (with the proposed records it belongs to) or decline it (with
    the proposed records that belong to it). Either way it is settled for good."""
    remote = json.loads(proposal.remote)
    if accept:
        for reference in ("person", "case"):
            if reference in remote and not _MODELS[reference].get_or_none(_MODELS[reference].uuid == remote[reference]):
                parent = next((w for w in _waiting(reference) if w.uuid == remote[reference]), None)
                if parent is None:
                    raise InvalidInput(f"The {reference} this record belongs to was declined: decline this one too.",
                                       "El registro al que pertenece este fue rechazado: rechace este también.")
                _decide_proposal(vault, parent, True)
        _create(vault, proposal.entity, remote, proposal.sender)
    else:
        for dependent in _waiting(_DEPENDENTS.get(proposal.entity, ())):
            if json.loads(dependent.remote).get(proposal.entity) == proposal.uuid:
                _decide_proposal(vault, dependent, False)
    _remember(proposal.uuid, proposal.entity, version(remote))
    proposal.resolved_at = utc_now()
    proposal.save()
    AuditTrail(vault.actor).write("accept" if accept else "decline", "exchange_proposal", proposal.uuid, {
        "entity": [None, proposal.entity], "from": [None, proposal.sender]})


# --- Conflicts ----------------------------------------------------------------------------

def open_conflicts() -> list[dict[str, Any]]:
    """What waits for the user's decision, oldest first: records changed here and by the sender
    (`new` false), and new records proposed by a sender who is not a colleague (`new` true)."""
    waiting = []
    for c in ExchangeConflict.select().where(ExchangeConflict.resolved_at.is_null()).order_by(ExchangeConflict.id):
        model = _MODELS[c.entity]
        waiting.append({"id": c.id, "entity": c.entity, "uuid": c.uuid, "sender": c.sender,
                        "sender_name": _sender_label(c.sender), "fields": json.loads(c.fields),
                        "new": not model.select().where(model.uuid == c.uuid).exists()})
    return waiting


def decide_proposal(vault: Vault, conflict_id: int, accept: bool) -> None:
    """Accept a proposed new record (with the proposed person or case it belongs to) or decline
    it (with the proposed records that belong to it)."""
    with _refused_if_unstorable(), database.atomic("IMMEDIATE"):
        proposal = ExchangeConflict.get_or_none(ExchangeConflict.id == conflict_id)
        if proposal is None or proposal.resolved_at:
            raise NotFound("proposal", "una propuesta", str(conflict_id))
        model = _MODELS[proposal.entity]
        if model.select().where(model.uuid == proposal.uuid).exists():
            raise InvalidInput("This record is already in the vault: decide its fields instead.",
                               "Este registro ya está en la bóveda: decida sus campos.")
        _decide_proposal(vault, proposal, accept)


def resolve_conflict(vault: Vault, conflict_id: int, take_remote: set[str]) -> None:
    """Settle a conflict: the fields named in `take_remote` take the colleague's value, the
    others keep this vault's. Either way the record counts as exchanged at the remote version,
    so importing the same bundle again changes nothing.

    For a proposed new record, any field named accepts the whole record (and the proposed
    records it belongs to); none declines it (and the proposed records that belong to it). A
    field change that would release a person becomes a claim to verify instead.
    """
    with _refused_if_unstorable(), database.atomic("IMMEDIATE"):
        conflict = ExchangeConflict.get_or_none(ExchangeConflict.id == conflict_id)
        if conflict is None or conflict.resolved_at:
            raise NotFound("conflict", "un conflicto", str(conflict_id))
        remote = json.loads(conflict.remote)
        model = _MODELS[conflict.entity]
        local = model.get_or_none(model.uuid == conflict.uuid)
        if local is None:
            _decide_proposal(vault, conflict, bool(take_remote))
            return
        chosen = {name: value for name, value in remote.items() if name in take_remote}
        if conflict.entity == "event" and chosen:
            mine = _read("event", "t.uuid", [conflict.uuid])[0]
            if _releases({**mine, **chosen}) and not _releases(mine):
                _release_claim(vault, {**mine, **chosen}, _sender_label(conflict.sender), conflict.sender)
                chosen = {name: value for name, value in chosen.items() if name not in ("kind", "status")}
        touched: set[int] = set()
        if chosen:
            _apply(vault, conflict.entity, local, {"uuid": conflict.uuid, **chosen}, f"conflict with {conflict.sender}",
                   touched)
            for case_id in touched:
                _refresh_status(vault, DetentionCase.get_by_id(case_id), date.today())
        _remember(conflict.uuid, conflict.entity, version(remote))
        conflict.resolved_at = utc_now()
        conflict.save()
        AuditTrail(vault.actor).write("resolve", "exchange_conflict", conflict.uuid, {
            "took_remote": [None, sorted(take_remote)]})
