"""Exchange bundles: cases passed between colleagues' vaults without any server.

Each vault has an exchange identity: an age X25519 key to receive bundles and an Ed25519 key
to sign them, kept inside the encrypted database. Its public half travels as a small key file
and is shown as a short fingerprint that colleagues compare by phone or in person; the
address book records who checked it and when.

A bundle is one age-encrypted file (to the recipients' keys, or to a passphrase with scrypt)
holding a ZIP: `records.json` (people, cases, timelines, contacts and evidence records, as
the redaction profile allows), the evidence files if asked, and `manifest.json` with every
file's SHA-256 and the sender's audit head, signed with Ed25519 (`manifest.sig`).

Importing checks everything before writing anything: it decrypts, checks the signature and
every hash, then merges by UUID in one transaction. New records are added; a record changed
on one side only since the last exchange takes that side; a record changed on both sides
becomes a conflict shown field by field. Importing the same bundle twice changes nothing.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pyrage import x25519

from casedesk.domain.errors import CaseDeskError, InvalidInput, NotFound
from casedesk.domain.text import sort_key
from casedesk.domain.timeline import TimelineEntry
from casedesk.domain.timeline import status_on as timeline_status_on
from casedesk.domain.vocabulary import Status
from casedesk.services.cases import _created, _ReferenceTables, _refresh_status, find_case
from casedesk.services.dossiers import PROFILES, write_export
from casedesk.services.evidence import _custody, blob_store
from casedesk.storage.audit import AuditTrail, chain_head, read_only, recording, snapshot
from casedesk.storage.models import (
    Colleague, Contact, DetentionCase, Event, Evidence, ExchangeConflict, ExchangeState, Person,
    VaultMeta, database, utc_now,
)
from casedesk.storage.vault import Vault
from casedesk.limits import BUNDLE_FILE_BYTES as MAX_BUNDLE_BYTES

FORMAT = 1
_IDENTITY_KEY = "exchange_identity"

#: The fields each kind of record carries in a bundle (references travel as uuids or names).
FIELDS: dict[str, tuple[str, ...]] = {
    "person": ("given_names", "surnames", "aliases", "national_id", "sex", "birth_date", "birth_date_precision",
               "nationality", "occupation", "affiliation", "civilian_military", "notes"),
    "case": ("person", "arrest_date", "arrest_date_precision", "arrest_place", "agency", "facility", "charges",
             "court", "case_file_number", "judge", "lawyer", "classification", "priority", "tags", "notes"),
    "event": ("case", "kind", "date", "date_precision", "status", "description", "source"),
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
_MODELS = {"person": Person, "case": DetentionCase, "event": Event, "contact": Contact, "evidence": Evidence}
_ORDER = ("person", "case", "event", "contact", "evidence")


class BundleRefused(CaseDeskError):
    """A bundle that cannot be trusted or read: nothing of it was imported."""


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


def _secrets() -> tuple[x25519.Identity, Ed25519PrivateKey]:
    """This vault's exchange keys, made on first use and kept inside the encrypted database."""
    with database.atomic():
        row = VaultMeta.get_or_none(VaultMeta.key == _IDENTITY_KEY)
        if row is None:
            signing = Ed25519PrivateKey.generate().private_bytes_raw().hex()
            row = VaultMeta.create(key=_IDENTITY_KEY, value=json.dumps(
                {"age": str(x25519.Identity.generate()), "ed25519": signing}))
    stored = json.loads(row.value)
    return x25519.Identity.from_str(stored["age"]), Ed25519PrivateKey.from_private_bytes(bytes.fromhex(stored["ed25519"]))


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
        if verified_by:
            mark_verified(vault, colleague, verified_by)
    return colleague


def mark_verified(vault: Vault, colleague: Colleague, verified_by: str) -> None:
    colleague.verified_by, colleague.verified_at = verified_by, utc_now()
    colleague.save()
    AuditTrail(vault.actor).write("verify", "colleague", colleague.fingerprint, {"verified_by": [None, verified_by]})


def colleagues() -> list[Colleague]:
    return list(Colleague.select().order_by(Colleague.name))


# --- Records ------------------------------------------------------------------------------

def version(record: dict[str, Any]) -> str:
    """A hash of a record's exchanged fields: equal versions, equal content."""
    return hashlib.sha256(json.dumps(record, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()


def _redacted(entity: str, record: dict[str, Any], profile: str) -> dict[str, Any]:
    hidden = _LEFT_OUT[profile].get(entity, set())
    return {name: value for name, value in record.items() if name not in hidden}


#: How this vault's records read as bundle records (columns in the order of FIELDS).
_LOCAL_SQL = {
    "person": f"SELECT uuid, {', '.join(FIELDS['person'])} FROM person t",
    "case": "SELECT t.uuid, p.uuid, t.arrest_date, t.arrest_date_precision, t.arrest_place, a.name, f.name, "
            "t.charges, t.court, t.case_file_number, t.judge, t.lawyer, t.classification, t.priority, t.tags, t.notes "
            "FROM detention_case t JOIN person p ON p.id = t.person_id LEFT JOIN agency a ON a.id = t.agency_id "
            "LEFT JOIN facility f ON f.id = t.facility_id",
    "event": "SELECT t.uuid, c.uuid, t.kind, t.date, t.date_precision, t.status, t.description, t.source "
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


def collect(case_uuids: list[str], profile: str) -> dict[str, list[dict[str, Any]]]:
    """The records a bundle of these cases holds under `profile`, read in a few queries."""
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
    records["evidence"] = _read("evidence", "c.uuid", cases)
    if profile != "public":
        records["contact"] = _read("contact", "p.uuid", people)
    return {entity: [_redacted(entity, record, profile) for record in rows] for entity, rows in records.items()}


def _read(entity: str, key: str, values: list[str]) -> list[dict[str, Any]]:
    """Records of one kind as bundles carry them, in the order they were entered."""
    found = []
    for chunk in _chunks(values):
        for row in database.execute_sql(
                f"{_LOCAL_SQL[entity]} WHERE {key} IN ({', '.join('?' * len(chunk))}) ORDER BY t.id", chunk):
            record = dict(zip(("uuid", *FIELDS[entity]), row))
            if entity == "contact":
                record["do_not_contact"] = bool(record["do_not_contact"])
            found.append(record)
    return found


# --- Export -------------------------------------------------------------------------------

def make_bundle(vault: Vault, case_uuids: list[str], *, recipients: list[PublicKey] | None = None,
                passphrase: str | None = None, profile: str = "internal", with_evidence: bool = False,
                sender_name: str = "") -> bytes:
    """The encrypted bundle's bytes, made in memory."""
    if bool(recipients) == bool(passphrase):
        raise InvalidInput("Encrypt the bundle either to colleagues' keys or with a passphrase.",
                           "Cifre el paquete con las claves de sus colegas o con una contraseña.")
    if passphrase is not None and len(passphrase) < 12:
        raise InvalidInput("A bundle passphrase needs at least 12 characters.",
                           "La contraseña del paquete necesita al menos 12 caracteres.")
    records = collect(case_uuids, profile)
    files: dict[str, bytes] = {"records.json": json.dumps(records, ensure_ascii=False, sort_keys=True).encode()}
    if with_evidence:
        store = blob_store(vault)
        for item in records["evidence"]:
            stored = Evidence.get(Evidence.uuid == item["uuid"])
            if stored.blob_name:
                files[f"blobs/{stored.sha256}"] = store.read(stored.blob_name)
    identity, signing = _secrets()
    me = my_public_key(sender_name or vault.actor)
    manifest = json.dumps({
        "format": FORMAT, "created_at": utc_now(), "profile": profile, "audit_head": chain_head(),
        "sender": {"name": me.name, "age": me.age, "ed25519": me.ed25519},
        "files": {name: hashlib.sha256(data).hexdigest() for name, data in sorted(files.items())},
    }, indent=1, sort_keys=True).encode()
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr("manifest.json", manifest)
        bundle.writestr("manifest.sig", signing.sign(manifest).hex())
        for name, data in files.items():
            bundle.writestr(name, data)
    plain = archive.getvalue()
    encrypted = (pyrage.passphrase.encrypt(plain, passphrase) if passphrase else
                 pyrage.encrypt(plain, [x25519.Recipient.from_str(key.age) for key in recipients]))
    with recording():
        if not read_only():       # a rescued (read-only) vault cannot remember what it sent
            database.cursor().executemany(
                "INSERT OR REPLACE INTO exchange_state (uuid, entity, version) VALUES (?, ?, ?)",
                [(record["uuid"], entity, version(record)) for entity in _ORDER for record in records[entity]])
        AuditTrail(vault.actor).write("export", "bundle", hashlib.sha256(encrypted).hexdigest(), {
            "cases": [None, case_uuids], "profile": [None, profile], "with_evidence": [None, with_evidence],
            "to": [None, [key.fingerprint for key in recipients] if recipients else "passphrase"]})
    return encrypted


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


def _refuse(en: str, es: str) -> BundleRefused:
    return BundleRefused(f"{en} Nothing was imported.", f"{es} No se importó nada.")


def open_bundle(data: bytes, passphrase: str | None = None) -> Opened:
    """Decrypt and check a bundle completely (signature, every hash) before anything is used."""
    if len(data) > MAX_BUNDLE_BYTES:
        raise _refuse("The file is too large to be a bundle.", "El archivo es demasiado grande para ser un paquete.")
    try:
        if passphrase is not None:
            plain = pyrage.passphrase.decrypt(data, passphrase)
        else:
            identity, _ = _secrets()
            plain = pyrage.decrypt(data, [identity])
    except (pyrage.DecryptError, ValueError, TypeError):
        if passphrase is not None:
            raise _refuse("The passphrase does not open this bundle, or the file is damaged.",
                          "La contraseña no abre este paquete, o el archivo está dañado.") from None
        raise _refuse("This bundle is not addressed to this vault (or it needs a passphrase), or it is damaged.",
                      "Este paquete no está dirigido a esta bóveda (o necesita una contraseña), o está dañado.") from None
    try:
        with zipfile.ZipFile(io.BytesIO(plain)) as bundle:
            contents = {name: bundle.read(name) for name in bundle.namelist()}
        manifest_bytes = contents.pop("manifest.json")
        signature = bytes.fromhex(contents.pop("manifest.sig").decode())
        manifest = json.loads(manifest_bytes)
        sender = PublicKey(str(manifest["sender"]["name"]), manifest["sender"]["age"], manifest["sender"]["ed25519"])
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(sender.ed25519)).verify(signature, manifest_bytes)
    except InvalidSignature:
        raise _refuse("The bundle's signature does not match: it was altered after it was made.",
                      "La firma del paquete no coincide: fue alterado después de hacerse.") from None
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, UnicodeDecodeError):
        raise _refuse("The bundle is incomplete or damaged.", "El paquete está incompleto o dañado.") from None
    if manifest.get("format") != FORMAT:
        raise _refuse("This bundle was made by a newer CaseDesk.", "Este paquete lo hizo un CaseDesk más reciente.")
    listed = manifest.get("files", {})
    if set(listed) != set(contents) or any(hashlib.sha256(contents[name]).hexdigest() != digest
                                           for name, digest in listed.items()):
        raise _refuse("A file in the bundle does not match its manifest: it was altered or damaged.",
                      "Un archivo del paquete no coincide con su manifiesto: fue alterado o está dañado.")
    try:
        records = json.loads(contents.pop("records.json"))
        records = {entity: list(records.get(entity, [])) for entity in _ORDER}
    except (KeyError, ValueError, AttributeError):
        raise _refuse("The bundle holds no records.", "El paquete no contiene registros.") from None
    colleague = Colleague.get_or_none(Colleague.age_recipient == sender.age)
    if colleague is not None and colleague.ed25519 != sender.ed25519:
        raise _refuse("The bundle claims to come from a colleague but is signed with another key.",
                      "El paquete dice venir de un colega pero está firmado con otra clave.")
    blobs = {name.removeprefix("blobs/"): data for name, data in contents.items() if name.startswith("blobs/")}
    return Opened(manifest, records, blobs, sender, colleague)


def import_bundle(vault: Vault, path: Path, *, passphrase: str | None = None) -> dict[str, Any]:
    """Merge a bundle into the vault by UUID, all or nothing; returns what happened."""
    try:
        data = Path(path).read_bytes()
    except OSError:
        raise InvalidInput(f"{path} cannot be read.", f"{path} no se puede leer.") from None
    opened = open_bundle(data, passphrase)
    sender, known = opened.sender, opened.colleague
    report: dict[str, Any] = {
        "sender": {"name": known.name if known else sender.name, "fingerprint": sender.fingerprint,
                   "known": known is not None, "verified": bool(known and known.verified_at)},
        "profile": opened.manifest.get("profile"), "sender_audit_head": opened.manifest.get("audit_head"),
        "created": dict.fromkeys(_ORDER, 0), "updated": dict.fromkeys(_ORDER, 0), "unchanged": 0,
        "kept_local": 0, "conflicts": [], "evidence_files": 0,
    }
    merger = _Merger(vault, opened, report)
    try:
        with database.atomic("IMMEDIATE"):
            merger.run()
            AuditTrail(vault.actor).write("import", "bundle", hashlib.sha256(data).hexdigest(), {
                "from": [None, sender.fingerprint], "sender_known": [None, known is not None],
                "sender_verified": [None, report["sender"]["verified"]],
                "created": [None, sum(report["created"].values())], "updated": [None, sum(report["updated"].values())],
                "conflicts": [None, len(report["conflicts"])]})
    except BaseException:
        for name in merger.stored_blobs:
            merger.store.remove(name)
        raise
    for name in merger.stored_blobs:
        merger.store.settle(name)
    return report


_INSERT_COLUMNS = {
    "person": ("uuid", *FIELDS["person"], "sort_key", "created_at", "updated_at"),
    "case": ("uuid", "person_id", "arrest_date", "arrest_date_precision", "arrest_place", "agency_id", "facility_id",
             "charges", "court", "case_file_number", "judge", "lawyer", "classification", "priority", "tags", "notes",
             "status", "status_since", "created_at", "updated_at"),
    "event": ("uuid", "case_id", "kind", "date", "date_precision", "status", "description", "source",
              "created_at", "updated_at"),
    "contact": ("uuid", "person_id", *FIELDS["contact"][1:], "created_at", "updated_at"),
    "evidence": ("uuid", "case_id", *FIELDS["evidence"][1:], "blob_name", "created_at", "updated_at"),
}
_TABLES = {"person": "person", "case": "detention_case", "event": "event", "contact": "contact", "evidence": "evidence"}
_DEFAULTS = {
    "person": {"given_names": "", "surnames": "", "aliases": "", "sex": "unknown", "nationality": "", "occupation": "",
               "affiliation": "", "civilian_military": "unknown", "notes": ""},
    "case": {"arrest_place": "", "charges": "", "court": "", "case_file_number": "", "judge": "", "lawyer": "",
             "classification": "under_review", "priority": "normal", "tags": "", "notes": ""},
    "event": {"date_precision": "day", "description": "", "source": ""},
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

    def __init__(self, vault: Vault, opened: Opened, report: dict[str, Any]) -> None:
        self.vault, self.opened, self.report = vault, opened, report
        self.source = f"bundle from {opened.sender.fingerprint}"
        self.actor = f"{vault.actor} ({self.source})"
        self.store = blob_store(vault)
        self.stored_blobs: list[str] = []
        self.touched_cases: set[int] = set()
        self.ids: dict[str, dict[str, int]] = {"person": {}, "case": {}}
        self.new_case_ids: set[int] = set()

    def run(self) -> None:
        records = self.opened.records
        for entity in _ORDER:
            for remote in records[entity]:
                if not isinstance(remote.get("uuid"), str) or set(remote) - {"uuid", *FIELDS[entity]}:
                    raise _refuse("The bundle holds a record CaseDesk does not understand.",
                                  "El paquete contiene un registro que CaseDesk no entiende.")
        versions: list[tuple[str, str, str]] = []
        for entity in _ORDER:
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
                    new.append(remote)
                    versions.append((remote["uuid"], entity, remote_version))
                    continue
                outcome = self._compare(entity, remote, {name: mine[name] for name in remote}, remote_version,
                                        bases.get(remote["uuid"]))
                if outcome in ("unchanged", "updated"):
                    versions.append((remote["uuid"], entity, remote_version))
            self._insert(entity, new)
        for case_id in self.touched_cases:
            _refresh_status(self.vault, DetentionCase.get_by_id(case_id), date.today())
        database.cursor().executemany(
            "INSERT OR REPLACE INTO exchange_state (uuid, entity, version) VALUES (?, ?, ?)", versions)

    def _local(self, entity: str, uuids: list[str]) -> dict[str, dict[str, Any]]:
        return {record["uuid"]: record for record in _read(entity, "t.uuid", uuids)}

    def _compare(self, entity: str, remote: dict[str, Any], mine: dict[str, Any], remote_version: str,
                 base: str | None) -> str:
        local_version = version(mine)
        if local_version == remote_version:
            self.report["unchanged"] += 1
            return "unchanged"
        if base == remote_version:
            self.report["kept_local"] += 1       # only this vault changed it since the last exchange
            return "kept_local"
        model = _MODELS[entity]
        if base == local_version:
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
            if event.get("status") and event.get("date"):
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


# --- Conflicts ----------------------------------------------------------------------------

def open_conflicts() -> list[dict[str, Any]]:
    return [{"id": c.id, "entity": c.entity, "uuid": c.uuid, "sender": c.sender, "fields": json.loads(c.fields)}
            for c in ExchangeConflict.select().where(ExchangeConflict.resolved_at.is_null()).order_by(ExchangeConflict.id)]


def resolve_conflict(vault: Vault, conflict_id: int, take_remote: set[str]) -> None:
    """Settle a conflict: the fields named in `take_remote` take the colleague's value, the
    others keep this vault's. Either way the record counts as exchanged at the remote version,
    so importing the same bundle again changes nothing."""
    with database.atomic("IMMEDIATE"):
        conflict = ExchangeConflict.get_or_none(ExchangeConflict.id == conflict_id)
        if conflict is None or conflict.resolved_at:
            raise NotFound("conflict", "un conflicto", str(conflict_id))
        remote = json.loads(conflict.remote)
        model = _MODELS[conflict.entity]
        local = model.get(model.uuid == conflict.uuid)
        chosen = {name: value for name, value in remote.items() if name in take_remote}
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
