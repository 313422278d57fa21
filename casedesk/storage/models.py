"""Peewee models of the newest schema (see migrations.py for how it is created).

Models are bound to `database` (a proxy) when a vault is unlocked and unbound when it is
locked, so nothing can read a locked vault by accident.
"""

from __future__ import annotations

import logging
import uuid as uuid_module
from datetime import datetime, timezone

from peewee import (
    BooleanField, CharField, CompositeKey, DatabaseProxy, Field, ForeignKeyField, IntegerField, Model, TextField,
)

database = DatabaseProxy()

# peewee logs every statement with its parameters (names, IDs, notes) at DEBUG. Pin its
# logger above DEBUG so that turning on debug logging never writes case data to a log.
logging.getLogger("peewee").setLevel(logging.INFO)


def new_uuid() -> str:
    return str(uuid_module.uuid4())


def utc_now() -> str:
    """A UTC timestamp with seconds precision, as stored everywhere in the vault."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


class Record(Model):
    """Every record has a UUID (so vaults can exchange it) and its creation/change times."""

    uuid = CharField(unique=True, default=new_uuid)
    created_at = CharField(default=utc_now)
    updated_at = CharField(default=utc_now)

    class Meta:
        database = database
        legacy_table_names = False


class VaultMeta(Model):
    key = CharField(primary_key=True)
    value = TextField()

    class Meta:
        database = database
        table_name = "vault_meta"


def meta_value(key: str) -> str | None:
    """A vault_meta value, read with plain SQL: the vault's keys are read several times for
    every bundle a team pass imports, and the ORM's building of the query cost more than the read."""
    row = database.execute_sql("SELECT value FROM vault_meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


class Facility(Record):
    name = CharField()
    name_key = CharField(unique=True)
    location = TextField(default="")
    state = CharField(default="")               # the federal state (entidad), e.g. "Zulia"
    notes = TextField(default="")


class Agency(Record):
    name = CharField()
    name_key = CharField(unique=True)
    acronym = CharField(default="")
    notes = TextField(default="")


class Person(Record):
    given_names = CharField(default="")
    surnames = CharField(default="")
    aliases = TextField(default="")           # one alias per line
    national_id = CharField(null=True, unique=True)   # normalised: V-12345678
    sex = CharField(default="unknown")
    birth_date = CharField(null=True)
    birth_date_precision = CharField(null=True)
    nationality = CharField(default="")
    occupation = CharField(default="")
    affiliation = CharField(default="")
    civilian_military = CharField(default="unknown")
    notes = TextField(default="")
    sort_key = CharField()

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.given_names, self.surnames) if part)


class DetentionCase(Record):
    person = ForeignKeyField(Person, backref="cases", on_delete="RESTRICT")
    arrest_date = CharField(null=True)
    arrest_date_precision = CharField(null=True)
    arrest_place = CharField(default="")
    agency = ForeignKeyField(Agency, null=True, backref="cases")
    facility = ForeignKeyField(Facility, null=True, backref="cases")
    charges = TextField(default="")
    court = CharField(default="")
    case_file_number = CharField(default="")
    judge = CharField(default="")
    lawyer = CharField(default="")
    classification = CharField(default="under_review")
    priority = CharField(default="normal")
    tags = TextField(default="")
    notes = TextField(default="")
    status = CharField(default="unknown")
    status_since = CharField(null=True)
    stage = CharField(default="unknown")        # the procedural stage today, from the timeline
    stage_since = CharField(null=True)
    arrest_state = CharField(default="")        # the federal state (entidad) of the arrest
    minor_at_arrest = BooleanField(default=False)   # marked when only "a minor" is known (no birth date)
    health = CharField(default="unknown")       # serious / not_serious / unknown (vocabulary.Health)
    health_conditions = TextField(default="")
    health_since = CharField(null=True)
    treatment_needed = TextField(default="")
    care_denied = TextField(default="")
    care_denied_since = CharField(null=True)

    class Meta:
        table_name = "detention_case"


class Event(Record):
    case = ForeignKeyField(DetentionCase, backref="events", on_delete="CASCADE")
    kind = CharField()
    date = CharField()
    date_precision = CharField(default="day")
    status = CharField(null=True)
    stage = CharField(null=True)
    facility = ForeignKeyField(Facility, null=True)
    description = TextField(default="")
    source = TextField(default="")


class Contact(Record):
    person = ForeignKeyField(Person, backref="contacts", on_delete="CASCADE")
    name = CharField()
    relationship = CharField(default="")
    phones = TextField(default="")
    address = TextField(default="")
    language = CharField(default="")
    consent = CharField(default="unknown")
    safe_channel = CharField(default="")
    do_not_contact = BooleanField(default=False)
    last_contacted = CharField(null=True)
    notes = TextField(default="")


class Evidence(Record):
    case = ForeignKeyField(DetentionCase, backref="evidence", on_delete="CASCADE")
    kind = CharField()
    title = CharField(default="")
    source = TextField(default="")
    date_obtained = CharField(null=True)
    sha256 = CharField(default="")           # of the original bytes, taken at intake
    verification_state = CharField(default="reported")
    notes = TextField(default="")
    blob_name = CharField(null=True)         # the encrypted file under evidence/
    original_name = CharField(default="")
    size = IntegerField(null=True)
    mime_type = CharField(default="")
    content_date = CharField(null=True)
    language = CharField(default="")
    confidentiality = CharField(default="internal")
    derived_from = ForeignKeyField("self", null=True, backref="derivatives")
    portrait = BooleanField(default=False)   # shown on the dossier's cover; one per case


class CustodyEvent(Model):
    """One act on an evidence item: intake, view, export, derive, verify, attach."""

    uuid = CharField(unique=True, default=new_uuid)
    evidence = ForeignKeyField(Evidence, backref="custody", on_delete="CASCADE")
    action = CharField()
    actor = CharField()
    at = CharField(default=utc_now)
    sha256 = CharField()
    detail = TextField(default="")

    class Meta:
        database = database
        table_name = "custody_event"


class Verification(Record):
    """A claim about a case to verify, e.g. "released on 8 January"."""

    case = ForeignKeyField(DetentionCase, backref="verifications", on_delete="CASCADE")
    claim = TextField()                       # the claim in the reporter's words
    method = CharField(default="")
    sources = TextField(default="")
    verifier = CharField(default="")
    state = CharField(default="reported")
    verified_at = CharField(null=True)
    claim_kind = CharField(default="release")
    claimed_date = CharField(null=True)
    claimed_status = CharField(null=True)
    claimed_facility = CharField(default="")
    reported_by = CharField(default="")
    reported_where = CharField(default="")
    closing_note = TextField(default="")
    event = ForeignKeyField(Event, null=True, on_delete="SET NULL")


class VerificationCheck(Record):
    """One source checked for a claim; `confirms` False records a source that contradicts it."""

    verification = ForeignKeyField(Verification, backref="checks", on_delete="CASCADE")
    source_kind = CharField()
    detail = TextField(default="")
    contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL")
    channel = CharField(default="")
    confirms = BooleanField(default=True)
    checked_by = CharField()
    checked_at = CharField(default=utc_now)

    class Meta:
        table_name = "verification_check"


class CheckEvidence(Model):
    check = ForeignKeyField(VerificationCheck, backref="evidence_links", on_delete="CASCADE")
    evidence = ForeignKeyField(Evidence, on_delete="CASCADE")

    class Meta:
        database = database
        table_name = "check_evidence"
        primary_key = CompositeKey("check", "evidence")


class AuditEntry(Model):
    at = CharField()
    actor = CharField()
    action = CharField()
    entity = CharField()
    entity_uuid = CharField()
    changes = TextField()
    previous_hash = CharField()
    entry_hash = CharField()

    class Meta:
        database = database
        table_name = "audit_log"


RECORD_MODELS: tuple[type[Record], ...] = (
    Facility, Agency, Person, DetentionCase, Event, Contact, Evidence, Verification, VerificationCheck,
)


class ImportBatch(Model):
    """One run of a spreadsheet import; `undone_at` is set when it was undone."""

    uuid = CharField(unique=True, default=new_uuid)
    file_name = CharField()
    file_sha256 = CharField()
    status_date = CharField()
    summary = TextField()
    actor = CharField()
    created_at = CharField(default=utc_now)
    undone_at = CharField(null=True)

    class Meta:
        database = database
        table_name = "import_batch"


class ImportProvenance(Model):
    """What one person's source rows did: created a person and case, merged into a person
    (perhaps adding a status event and filling empty fields), or added a new case."""

    batch = ForeignKeyField(ImportBatch, backref="rows", on_delete="CASCADE")
    row_numbers = TextField()                # JSON list: the row and its duplicates in the file
    action = CharField()
    person = ForeignKeyField(Person, null=True, on_delete="SET NULL")
    case = ForeignKeyField(DetentionCase, null=True, on_delete="SET NULL")
    event = ForeignKeyField(Event, null=True, on_delete="SET NULL")
    filled = TextField(default="{}")         # JSON {field: value before the import}
    source = TextField()                     # JSON {header: cell} of each source row

    class Meta:
        database = database
        table_name = "import_row"


class ReviewItem(Model):
    """A row of an import that may be someone already in the vault: it waits, with its
    candidates, until a person decides (`casedesk review`, or the import wizard)."""

    batch = ForeignKeyField(ImportBatch, backref="review_items", on_delete="CASCADE")
    row_ref = CharField()
    listed = TextField()                     # JSON: the row as read (lists.rows.ListedPerson)
    candidates = TextField()                 # JSON: who it may be, with scores and why
    created_at = CharField(default=utc_now)
    decided_at = CharField(null=True)
    decision = CharField(null=True)          # "merge:PERSON_UUID" or "new"

    class Meta:
        database = database
        table_name = "review_item"


class Colleague(Model):
    """A colleague's vault: its public keys, and who checked the fingerprint with them, when."""

    name = CharField()
    age_recipient = CharField(unique=True)
    ed25519 = CharField()
    fingerprint = CharField()
    verified_by = CharField(default="")
    verified_at = CharField(null=True)
    created_at = CharField(default=utc_now)
    removed_at = CharField(null=True)            # left the team, or their key was replaced
    removed_reason = CharField(default="")       # left / rotated / seized

    class Meta:
        database = database
        table_name = "colleague"


class ExchangeState(Model):
    """The version (a hash of the exchanged fields) of a record when it was last exchanged."""

    uuid = CharField(primary_key=True)
    entity = CharField()
    version = CharField()

    class Meta:
        database = database
        table_name = "exchange_state"


class ExchangeConflict(Model):
    """A record changed in this vault and in a colleague's since they last exchanged it."""

    uuid = CharField()
    entity = CharField()
    sender = CharField()
    remote = TextField()                     # JSON: the colleague's record
    fields = TextField()                     # JSON: [{"field", "local", "remote"}]
    created_at = CharField(default=utc_now)
    resolved_at = CharField(null=True)

    class Meta:
        database = database
        table_name = "exchange_conflict"


class Proceeding(Record):
    """A court proceeding (causa / expediente) with its defendants: cases linked to it."""

    court = CharField(default="")
    file_number = CharField(default="")
    judge = CharField(default="")
    prosecutor = CharField(default="")
    jurisdiction = CharField(default="ordinary")     # vocabulary.Jurisdiction
    phase = CharField(default="unknown")             # vocabulary.Phase
    notes = TextField(default="")


class ProceedingDefendant(Record):
    """A case (one defendant's detention) linked to a proceeding."""

    proceeding = ForeignKeyField(Proceeding, backref="defendants", on_delete="CASCADE")
    case = ForeignKeyField(DetentionCase, backref="proceeding_links", on_delete="CASCADE")

    class Meta:
        table_name = "proceeding_defendant"


class ProceedingEvent(Record):
    """A hearing or decision recorded once on a proceeding; it belongs to every defendant's timeline."""

    proceeding = ForeignKeyField(Proceeding, backref="events", on_delete="CASCADE")
    kind = CharField()                                # vocabulary.PROCEEDING_EVENT_KINDS
    date = CharField()
    date_precision = CharField(default="day")
    outcome = CharField(null=True)                    # held / deferred; None: not yet known
    note = TextField(default="")

    class Meta:
        table_name = "proceeding_event"


class TeamMember(Model):
    """What this vault sends a colleague through the team folder, and how far each way has got."""

    colleague = ForeignKeyField(Colleague, primary_key=True, on_delete="CASCADE")
    profile = CharField(default="internal")
    filter = TextField(default="{}")             # JSON: {"facility"|"state"|"lawyer"|"proceeding": [values]}
    contacts = BooleanField(default=False)
    evidence = BooleanField(default=False)
    send_all = BooleanField(default=True)        # every matching case goes on the next pass
    last_sent = IntegerField(default=0)          # our last message addressed to them
    acked = IntegerField(default=0)              # the last of ours they said they read
    ack_seq = IntegerField(default=0)            # their latest ack, so an old one replayed is ignored
    last_read = IntegerField(default=0)          # the last of theirs this vault imported
    read_at = CharField(null=True)
    acked_at = CharField(null=True)

    class Meta:
        database = database
        table_name = "team_member"


class _Bytes(Field):
    """Raw bytes (peewee's BlobField asks the database for its binary type when the proxy is
    bound, which the locked placeholder refuses)."""

    field_type = "BLOB"

    def db_value(self, value):
        return None if value is None else bytes(value)

    def python_value(self, value):
        return None if value is None else bytes(value)


class TeamOutbox(Model):
    """A message this vault wrote to the team folder, kept until every recipient has read it."""

    seq = IntegerField(primary_key=True)
    name = CharField(unique=True)
    kind = CharField()
    recipients = TextField()                     # JSON: colleague ids
    data = _Bytes()                              # the encrypted file, written again if lost
    created_at = CharField(default=utc_now)

    class Meta:
        database = database
        table_name = "team_outbox"


ALL_MODELS: tuple[type[Model], ...] = (VaultMeta, *RECORD_MODELS, CheckEvidence, CustodyEvent, AuditEntry,
                                       ImportBatch, ImportProvenance, ReviewItem, Colleague, ExchangeState, ExchangeConflict,
                                       Proceeding, ProceedingDefendant, ProceedingEvent, TeamMember, TeamOutbox)
