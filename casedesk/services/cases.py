"""Cases, people and their timelines: the user's tasks, each one transaction with its audit.

`add_cases` is the one way cases enter the vault (the form adds one, the demo and the
importer add thousands); it writes rows with `executemany` because per-row ORM saves would
make a 100k-case import take minutes.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterable

from casedesk.domain.errors import DuplicateNationalId, InvalidInput, NotFound
from casedesk.domain.normalize import FuzzyDate, normalize_name, normalize_national_id, split_full_name
from casedesk.domain.text import fold, sort_key
from casedesk.domain.timeline import TimelineEntry, days_whereabouts_unknown, stage_after, stage_on, status_after
from casedesk.domain.timeline import status_on as timeline_status_on
from casedesk.domain.vocabulary import (
    HELD_STATUSES, CivilianMilitary, Classification, Consent, DatePrecision, EventKind, Health, Priority, Sex,
    Stage, Status,
)
from casedesk.storage.audit import AuditTrail, diff, snapshot
from casedesk.storage.models import (
    Agency, Contact, DetentionCase, Event, Facility, Person, database, new_uuid, utc_now,
)
from casedesk.storage.vault import Vault


@dataclass
class NewEvent:
    kind: EventKind
    date: FuzzyDate
    status: Status | None = None
    description: str = ""
    source: str = ""
    stage: Stage | None = None


@dataclass
class NewContact:
    name: str
    relationship: str = ""
    phones: str = ""
    address: str = ""
    language: str = ""
    consent: Consent = Consent.UNKNOWN
    safe_channel: str = ""
    do_not_contact: bool = False
    notes: str = ""


@dataclass
class NewCase:
    """A detention episode to record, with the person (new, or `existing_person_uuid`).

    `status` (and `stage`) is what is known today when it is not simply "detained since the
    arrest"; it is recorded as an event on `status_date` (default today) so the timeline stays
    the truth. `person_uuid` gives a new person a uuid chosen beforehand (an import plans it).
    """

    given_names: str = ""
    surnames: str = ""
    national_id: str | None = None
    aliases: str = ""
    sex: Sex = Sex.UNKNOWN
    birth_date: FuzzyDate | None = None
    nationality: str = ""
    occupation: str = ""
    affiliation: str = ""
    civilian_military: CivilianMilitary = CivilianMilitary.UNKNOWN
    person_notes: str = ""
    arrest_date: FuzzyDate | None = None
    arrest_place: str = ""
    arrest_state: str = ""
    agency: str | None = None
    facility: str | None = None
    charges: str = ""
    court: str = ""
    case_file_number: str = ""
    judge: str = ""
    lawyer: str = ""
    classification: Classification = Classification.UNDER_REVIEW
    priority: Priority = Priority.NORMAL
    tags: str = ""
    notes: str = ""
    status: Status | None = None
    stage: Stage | None = None
    status_date: date | None = None
    events: list[NewEvent] = field(default_factory=list)
    contacts: list[NewContact] = field(default_factory=list)
    existing_person_uuid: str | None = None
    person_uuid: str | None = None
    # Marked when a list or a relative says "a minor" and the birth date is not known.
    minor_at_arrest: bool = False
    # A serious condition given in words (health_conditions) counts as one unless `health` says otherwise.
    health: Health = Health.UNKNOWN
    health_conditions: str = ""
    health_since: FuzzyDate | None = None
    treatment_needed: str = ""
    care_denied: str = ""
    care_denied_since: FuzzyDate | None = None

    @classmethod
    def named(cls, full_name: str, **details: Any) -> "NewCase":
        """A case for a person written as one name ("María José Pérez Rodríguez")."""
        given, surnames = split_full_name(full_name)
        return cls(given_names=given, surnames=surnames, **details)


# --- Adding ------------------------------------------------------------------------------

_PERSON_COLUMNS = ("id", "uuid", "given_names", "surnames", "aliases", "national_id", "sex",
                   "birth_date", "birth_date_precision", "nationality", "occupation", "affiliation",
                   "civilian_military", "notes", "sort_key", "created_at", "updated_at")
_CASE_COLUMNS = ("id", "uuid", "person_id", "arrest_date", "arrest_date_precision", "arrest_place",
                 "arrest_state", "agency_id", "facility_id", "charges", "court", "case_file_number", "judge",
                 "lawyer", "classification", "priority", "tags", "notes", "status", "status_since", "stage",
                 "stage_since", "minor_at_arrest", "health", "health_conditions", "health_since", "treatment_needed",
                 "care_denied", "care_denied_since", "created_at", "updated_at")
_EVENT_COLUMNS = ("id", "uuid", "case_id", "kind", "date", "date_precision", "status", "stage",
                  "description", "source", "created_at", "updated_at")
_CONTACT_COLUMNS = ("id", "uuid", "person_id", "name", "relationship", "phones", "address", "language",
                    "consent", "safe_channel", "do_not_contact", "notes", "created_at", "updated_at")
# The entry names its record already (entity_uuid); sort_key is derived from the names.
_AUDIT_SKIP = frozenset({"id", "uuid", "created_at", "updated_at", "sort_key"})


def add_case(vault: Vault, new: NewCase) -> str:
    """Record one case; returns its UUID. See `add_cases`."""
    return add_cases(vault, [new])[0]


def add_cases(vault: Vault, new_cases: Iterable[NewCase], *, batch_size: int = 2000) -> list[str]:
    """Record cases (and their people, timelines, contacts) in one transaction.

    Raises:
        InvalidInput: a name or date is unusable; nothing was written.
        DuplicateNationalId: a new person's ID already belongs to someone (in the vault or
            earlier in the same batch); nothing was written.
    """
    today = date.today()
    now = utc_now()
    uuids: list[str] = []
    with _transaction():
        trail = AuditTrail(vault.actor)
        ids = {table: _next_id(table) for table in ("person", "detention_case", "event", "contact")}
        first_case = ids["detention_case"]
        references = _ReferenceTables()
        seen_ids: set[str] = set()
        batch: list[NewCase] = []
        # The search index is filled once for all new cases (see migration 14), not row by row.
        database.execute_sql("INSERT OR IGNORE INTO vault_meta (key, value) VALUES ('search_index_deferred', '1')")
        for new in new_cases:
            batch.append(new)
            if len(batch) >= batch_size:
                uuids += _insert_batch(batch, ids, references, seen_ids, trail, today, now)
                batch = []
        if batch:
            uuids += _insert_batch(batch, ids, references, seen_ids, trail, today, now)
        database.execute_sql("DELETE FROM vault_meta WHERE key = 'search_index_deferred'")
        database.execute_sql("INSERT INTO case_search(rowid, names, national_id, facility, notes) "
                             "SELECT * FROM case_search_source WHERE case_id >= ?", (first_case,))
        trail.flush()
    return uuids


def _transaction():
    """A transaction of its own, or the caller's. Not a savepoint inside the caller's: within a
    savepoint the search index (FTS5) is synced at every statement, which made the cases of a
    6,000-row import take 8 s to insert instead of 0.2 s."""
    return contextlib.nullcontext() if database.in_transaction() else database.atomic("IMMEDIATE")


def _insert_batch(batch: list[NewCase], ids: dict[str, int], references: "_ReferenceTables",
                  seen_ids: set[str], trail: AuditTrail, today: date, now: str) -> list[str]:
    people, cases, events, contacts = [], [], [], []
    _check_new_national_ids(batch, seen_ids)
    for new in batch:
        if new.existing_person_uuid:
            person_id = _person_by_uuid(new.existing_person_uuid).id
        else:
            person = _person_row(new, ids["person"], now)
            ids["person"] += 1
            people.append(person)
            person_id = person["id"]
            trail.record("create", "person", person["uuid"], _created(person))
            for contact in new.contacts:
                row = _contact_row(contact, person_id, ids["contact"], now)
                ids["contact"] += 1
                contacts.append(row)
                trail.record("create", "contact", row["uuid"], _created(row))
        case = _case_row(new, person_id, ids["detention_case"], references, trail, now)
        ids["detention_case"] += 1
        timeline = []
        for event in _timeline_of(new, today):
            row = {"id": ids["event"], "uuid": new_uuid(), "case_id": case["id"], "kind": event.kind.value,
                   "date": event.date.iso(), "date_precision": event.date.precision.value,
                   "status": _event_status(event, today), "stage": _event_stage(event),
                   "description": event.description, "source": event.source, "created_at": now, "updated_at": now}
            ids["event"] += 1
            events.append(row)
            timeline.append(TimelineEntry(event.date.value, row["id"],
                                          Status.coerce(row["status"]) if row["status"] else None,
                                          Stage(row["stage"]) if row["stage"] else None))
        case.update(_current(timeline, today))
        cases.append(case)
        trail.record("create", "case", case["uuid"], _created(case))
        for row in events[len(events) - len(timeline):]:
            trail.record("create", "event", row["uuid"], _created(row))
    _insert_rows("person", _PERSON_COLUMNS, people)
    _insert_rows("detention_case", _CASE_COLUMNS, cases)
    _insert_rows("event", _EVENT_COLUMNS, events)
    _insert_rows("contact", _CONTACT_COLUMNS, contacts)
    return [case["uuid"] for case in cases]


def _check_new_national_ids(batch: list[NewCase], seen_ids: set[str]) -> None:
    """Refuse an ID given twice in the batch (nobody to name yet) or already in the vault."""
    wanted: dict[str, None] = {}         # an ordered set
    for new in batch:
        if new.national_id and not new.existing_person_uuid:
            normalized = normalize_national_id(new.national_id)
            if normalized in seen_ids or normalized in wanted:
                raise DuplicateNationalId(normalized, "")
            wanted[normalized] = None
    ids = list(wanted)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        taken = Person.select(Person.national_id, Person.uuid).where(Person.national_id.in_(chunk)).first()
        if taken:
            raise DuplicateNationalId(taken.national_id, taken.uuid)
    seen_ids.update(wanted)


def _person_row(new: NewCase, person_id: int, now: str) -> dict[str, Any]:
    given, surnames = normalize_name(new.given_names), normalize_name(new.surnames)
    if not (given or surnames):
        raise InvalidInput("A person needs at least a name or a surname.",
                           "Una persona necesita al menos un nombre o un apellido.")
    return {
        "id": person_id, "uuid": new.person_uuid or new_uuid(), "given_names": given, "surnames": surnames,
        "aliases": new.aliases.strip(),
        "national_id": normalize_national_id(new.national_id) if new.national_id else None,
        "sex": Sex.coerce(new.sex).value,
        "birth_date": new.birth_date.iso() if new.birth_date else None,
        "birth_date_precision": new.birth_date.precision.value if new.birth_date else None,
        "nationality": new.nationality.strip(), "occupation": new.occupation.strip(),
        "affiliation": new.affiliation.strip(),
        "civilian_military": CivilianMilitary.coerce(new.civilian_military).value,
        "notes": new.person_notes, "sort_key": sort_key(f"{surnames} {given}"),
        "created_at": now, "updated_at": now,
    }


def _case_row(new: NewCase, person_id: int, case_id: int, references: "_ReferenceTables",
              trail: AuditTrail, now: str) -> dict[str, Any]:
    return {
        "id": case_id, "uuid": new_uuid(), "person_id": person_id,
        "arrest_date": new.arrest_date.iso() if new.arrest_date else None,
        "arrest_date_precision": new.arrest_date.precision.value if new.arrest_date else None,
        "arrest_place": new.arrest_place.strip(), "arrest_state": new.arrest_state,
        "agency_id": references.agency_id(new.agency, trail, now),
        "facility_id": references.facility_id(new.facility, trail, now),
        "charges": new.charges, "court": new.court, "case_file_number": new.case_file_number,
        "judge": new.judge, "lawyer": new.lawyer,
        "classification": Classification.coerce(new.classification).value,
        "priority": Priority.coerce(new.priority).value, "tags": new.tags, "notes": new.notes,
        "status": Status.UNKNOWN.value, "status_since": None, "stage": Stage.UNKNOWN.value, "stage_since": None,
        "minor_at_arrest": int(bool(new.minor_at_arrest)), **_health_values(new),
        "created_at": now, "updated_at": now,
    }


def _health_values(new: NewCase) -> dict[str, Any]:
    health = Health.coerce(new.health)
    if health is Health.UNKNOWN and new.health_conditions.strip():
        health = Health.SERIOUS            # a condition written down is why it was recorded
    return {"health": health.value, "health_conditions": new.health_conditions.strip(),
            "health_since": new.health_since.iso() if new.health_since else None,
            "treatment_needed": new.treatment_needed.strip(), "care_denied": new.care_denied.strip(),
            "care_denied_since": new.care_denied_since.iso() if new.care_denied_since else None}


def _current(timeline: list[TimelineEntry], today: date) -> dict[str, str | None]:
    """The cached status and stage of a case: what its timeline says today."""
    status, stage = timeline_status_on(timeline, today), stage_on(timeline, today)
    return {"status": status[0].value if status else Status.UNKNOWN.value,
            "status_since": status[1].isoformat() if status else None,
            "stage": stage[0].value if stage else Stage.UNKNOWN.value,
            "stage_since": stage[1].isoformat() if stage else None}


def _contact_row(contact: NewContact, person_id: int, contact_id: int, now: str) -> dict[str, Any]:
    if not contact.name.strip():
        raise InvalidInput("A contact needs a name.", "Un contacto necesita un nombre.")
    return {
        "id": contact_id, "uuid": new_uuid(), "person_id": person_id, "name": normalize_name(contact.name),
        "relationship": contact.relationship, "phones": contact.phones, "address": contact.address,
        "language": contact.language, "consent": Consent.coerce(contact.consent).value,
        "safe_channel": contact.safe_channel, "do_not_contact": int(contact.do_not_contact),
        "notes": contact.notes, "created_at": now, "updated_at": now,
    }


def _timeline_of(new: NewCase, today: date) -> list[NewEvent]:
    timeline = []
    if new.arrest_date:
        timeline.append(NewEvent(EventKind.ARREST, new.arrest_date, description=new.arrest_place))
    if new.stage and not new.status:
        raise InvalidInput("A procedural stage is recorded with the status it goes with.",
                           "Una situación procesal se registra con la situación de la persona.")
    if new.status and not (new.status is Status.DETAINED and new.arrest_date and not new.stage):
        when = new.status_date or today
        timeline.append(NewEvent(EventKind.STATUS_RECORDED, FuzzyDate(when, DatePrecision.DAY), new.status,
                                 stage=new.stage))
    return timeline + list(new.events)


def _event_status(event: NewEvent, today: date) -> str | None:
    status = status_after(EventKind.coerce(event.kind), Status.coerce(event.status) if event.status else None)
    if status is not None and event.date.value > today:
        raise InvalidInput(
            "An event that changes the status cannot be dated in the future; record an "
            "announcement as a claim to verify instead.",
            "Un evento que cambia la situación no puede tener fecha futura; registre el anuncio "
            "como una afirmación por verificar.",
        )
    return status.value if status else None


def _event_stage(event: NewEvent) -> str | None:
    stage = stage_after(EventKind.coerce(event.kind), Stage.coerce(event.stage) if event.stage else None)
    return stage.value if stage else None


class _ReferenceTables:
    """Facilities and agencies by folded name, created on first use."""

    def __init__(self) -> None:
        self._facilities = {row.name_key: row.id for row in Facility.select(Facility.id, Facility.name_key)}
        self._agencies = {row.name_key: row.id for row in Agency.select(Agency.id, Agency.name_key)}

    def facility_id(self, name: str | None, trail: AuditTrail, now: str) -> int | None:
        return self._get_or_create(Facility, self._facilities, name, trail, now)

    def agency_id(self, name: str | None, trail: AuditTrail, now: str) -> int | None:
        return self._get_or_create(Agency, self._agencies, name, trail, now)

    @staticmethod
    def _get_or_create(model, known: dict[str, int], name: str | None, trail: AuditTrail, now: str) -> int | None:
        if not name or not name.strip():
            return None
        key = fold(name)
        if key not in known:
            record = model.create(name=" ".join(name.split()), name_key=key, created_at=now, updated_at=now)
            known[key] = record.id
            trail.record("create", model._meta.table_name, record.uuid, _created(snapshot(record)))
        return known[key]


def set_facility_state(vault: Vault, facility: str, state: str) -> None:
    """Record the federal state (entidad) a facility is in, read as lists write it ("Edo. Miranda");
    the census counts a detention there when its own arrest state is not recorded.

    Raises:
        NotFound: no facility has that name.
        InvalidInput: the state is not one of Venezuela's 23 states or the Capital District.
    """
    from casedesk.domain.list_values import read_state
    from casedesk.domain.list_words import STATES
    found = read_state(state)
    if found is None:
        raise InvalidInput(f"“{state}” is not one of Venezuela's states: {', '.join(STATES)}.",
                           f"«{state}» no es un estado de Venezuela: {', '.join(STATES)}.")
    with database.atomic("IMMEDIATE"):
        record = Facility.get_or_none(Facility.name_key == fold(facility))
        if record is None:
            raise NotFound("facility", "un centro de reclusión", facility)
        before = snapshot(record)
        record.state = found
        _save_with_audit(vault, record, "facility", before)


def _created(row: dict[str, Any]) -> dict[str, list[Any]]:
    return {name: [None, value] for name, value in sorted(row.items())
            if name not in _AUDIT_SKIP and value not in (None, "")}


def _next_id(table: str) -> int:
    return database.execute_sql(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0]


def _insert_rows(table: str, columns: tuple[str, ...], rows: list[dict[str, Any]]) -> None:
    if rows:
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        database.cursor().executemany(sql, [tuple(row[c] for c in columns) for row in rows])


# --- Finding and reading -----------------------------------------------------------------

def find_case(reference: str) -> DetentionCase:
    """A case by its UUID or an unambiguous prefix of it (at least 6 characters)."""
    reference = reference.strip().lower()
    if len(reference) < 6:
        raise InvalidInput("Give at least the first 6 characters of the case id.",
                           "Indique al menos los primeros 6 caracteres del id del caso.")
    matches = list(DetentionCase.select().where(
        DetentionCase.uuid.between(reference, reference + "\uffff")).limit(2))
    if not matches:
        raise NotFound("case", "un caso", reference)
    if len(matches) > 1:
        raise InvalidInput(f"More than one case id starts with {reference}; give more characters.",
                           f"Más de un id de caso empieza por {reference}; indique más caracteres.")
    return matches[0]


def _person_by_uuid(person_uuid: str) -> Person:
    person = Person.get_or_none(Person.uuid == person_uuid)
    if person is None:
        raise NotFound("person", "una persona", person_uuid)
    return person


def status_on(case: DetentionCase, on: date) -> Status | None:
    """The case's status on `on`, from its timeline (None: not yet in custody then)."""
    result = timeline_status_on(_timeline(case), on)
    return result[0] if result else None


def _timeline(case: DetentionCase) -> list[TimelineEntry]:
    return [TimelineEntry(date.fromisoformat(e.date), e.id, Status.coerce(e.status) if e.status else None,
                          Stage(e.stage) if e.stage else None)
            for e in Event.select(Event.id, Event.date, Event.status, Event.stage).where(Event.case == case)]


def days_held(arrest_date: str | None, status: str, status_since: str | None, today: date | None = None) -> int | None:
    """Days from the arrest to today while held, or to the day the detention ended."""
    if not arrest_date:
        return None
    start = date.fromisoformat(arrest_date)
    held = status in HELD_STATUSES
    end = (today or date.today()) if held or not status_since else date.fromisoformat(status_since)
    return max(0, (end - start).days)


def case_details(case: DetentionCase) -> dict[str, Any]:
    """Everything about one case, as plain data (the CLI prints it; dossiers will use it)."""
    from casedesk.services.census import minor_at_arrest
    person = case.person
    today = date.today()
    disappeared_days, disappeared_since = days_whereabouts_unknown(_timeline(case), today)
    return {
        "id": case.uuid,
        "name": person.full_name,
        "status": case.status,
        "status_since": case.status_since,
        "stage": case.stage,
        "stage_since": case.stage_since,
        "minor_at_arrest": minor_at_arrest(case.id),
        "health": case.health,
        "days_whereabouts_unknown": disappeared_days,
        "whereabouts_unknown_since": disappeared_since.isoformat() if disappeared_since else None,
        "days_held": days_held(case.arrest_date, case.status, case.status_since),
        "person": {key: value for key, value in snapshot(person).items() if key != "sort_key"},
        "case": {
            **{key: value for key, value in snapshot(case).items() if key not in ("person", "agency", "facility")},
            "agency": case.agency.name if case.agency else None,
            "facility": case.facility.name if case.facility else None,
        },
        "events": [{"id": e.uuid, "kind": e.kind, "date": e.date, "date_precision": e.date_precision,
                    "status": e.status, "stage": e.stage, "description": e.description, "source": e.source}
                   for e in case.events.order_by(Event.date, Event.id)],
        "contacts": [{key: value for key, value in snapshot(c).items() if key != "person"}
                     for c in person.contacts.order_by(Contact.id)],
        "evidence": [{key: value for key, value in snapshot(e).items() if key != "case"}
                     for e in case.evidence],
        "verifications": [{key: value for key, value in snapshot(v).items() if key != "case"}
                          for v in case.verifications],
        # The proceedings the case is a defendant in, with their co-defendants and hearings
        # (read by query: a hearing is stored once on its proceeding, see services/proceedings.py).
        "proceedings": _proceedings_of(case.id),
    }


def _proceedings_of(case_id: int) -> list[dict[str, Any]]:
    from casedesk.services.proceedings import proceedings_of_case
    return proceedings_of_case(case_id)


# --- Changing ----------------------------------------------------------------------------

_PERSON_EDITABLE = {"given_names", "surnames", "aliases", "national_id", "sex", "birth_date",
                    "birth_date_precision", "nationality", "occupation", "affiliation",
                    "civilian_military", "notes"}
_CASE_EDITABLE = {"arrest_place", "charges", "court", "case_file_number", "judge", "lawyer",
                  "classification", "priority", "tags", "notes", "arrest_state", "minor_at_arrest", "health",
                  "health_conditions", "health_since", "treatment_needed", "care_denied", "care_denied_since"}


def update_person(vault: Vault, person_uuid: str, **changes: Any) -> None:
    """Change fields of a person; the audit log records each field's before and after."""
    _refuse_unknown_fields(changes, _PERSON_EDITABLE)
    with database.atomic("IMMEDIATE"):
        person = _person_by_uuid(person_uuid)
        before = snapshot(person)
        for name, value in changes.items():
            if name in ("given_names", "surnames"):
                value = normalize_name(value)
            elif name == "national_id" and value:
                value = normalize_national_id(value)
                holder = Person.get_or_none((Person.national_id == value) & (Person.id != person.id))
                if holder:
                    raise DuplicateNationalId(value, holder.uuid)
            elif name == "sex":
                value = Sex.coerce(value).value
            elif name == "civilian_military":
                value = CivilianMilitary.coerce(value).value
            setattr(person, name, value or (None if name == "national_id" else value))
        person.sort_key = sort_key(f"{person.surnames} {person.given_names}")
        _save_with_audit(vault, person, "person", before)


def update_case(vault: Vault, case_uuid: str, **changes: Any) -> None:
    """Change fields of a case (facility and agency by name); audited field by field."""
    _refuse_unknown_fields(changes, _CASE_EDITABLE | {"facility", "agency"})
    with database.atomic("IMMEDIATE"):
        case = find_case(case_uuid)
        before = snapshot(case)
        trail = AuditTrail(vault.actor)
        references = _ReferenceTables()
        for name, value in changes.items():
            if name == "facility":
                case.facility = references.facility_id(value, trail, utc_now())
            elif name == "agency":
                case.agency = references.agency_id(value, trail, utc_now())
            elif name == "classification":
                case.classification = Classification.coerce(value).value
            elif name == "priority":
                case.priority = Priority.coerce(value).value
            elif name == "health":
                case.health = Health.coerce(value).value
            elif name == "minor_at_arrest":
                case.minor_at_arrest = bool(value)
            elif name in ("health_since", "care_denied_since"):
                setattr(case, name, _iso_day(value))
            elif name == "arrest_state":
                from casedesk.domain.list_values import read_state
                case.arrest_state = read_state(value or "") or (value or "").strip()
            elif name in ("health_conditions", "treatment_needed", "care_denied"):
                setattr(case, name, (value or "").strip())
            else:
                setattr(case, name, value)
        if case.health == Health.UNKNOWN.value and case.health_conditions and "health" not in changes:
            case.health = Health.SERIOUS.value     # as when the case was added
        trail.flush()
        _save_with_audit(vault, case, "case", before)


def _iso_day(value: FuzzyDate | date | str | None) -> str | None:
    """A date field as stored: ISO, or None when cleared."""
    if not value:
        return None
    if isinstance(value, FuzzyDate):
        return value.iso()
    if isinstance(value, date):
        return value.isoformat()
    from casedesk.domain.normalize import parse_date
    return parse_date(value).iso()


@dataclass
class Changes:
    """What the case editor changed besides the fields, applied with them or not at all:
    events and contacts added (uuid None), corrected, or removed; evidence details."""

    events: list[tuple[str | None, NewEvent | None]] = field(default_factory=list)       # None: remove
    contacts: list[tuple[str | None, NewContact | None]] = field(default_factory=list)
    evidence: dict[str, dict[str, Any]] = field(default_factory=dict)                     # uuid -> details


def edit_case(vault: Vault, case_uuid: str, *, person: dict[str, Any] | None = None,
              case: dict[str, Any] | None = None, arrest_date: FuzzyDate | None = None,
              changes: Changes | None = None) -> None:
    """Save what the case editor changed, in one transaction (all of it or nothing).

    `person` and `case` hold only changed fields; `arrest_date` moves the arrest event (or
    records one); `changes` adds, corrects and removes events and contacts and updates evidence
    details. The status is recomputed from the timeline.
    """
    from casedesk.services.evidence import update_evidence
    with database.atomic("IMMEDIATE"):
        record = find_case(case_uuid)
        if person:
            update_person(vault, record.person.uuid, **person)
        if case:
            update_case(vault, case_uuid, **case)
        if arrest_date is not None:
            _move_arrest(vault, find_case(case_uuid), arrest_date)
        for event_uuid, event in (changes.events if changes else []):
            if event_uuid is None:
                add_event(vault, case_uuid, event)
            elif event is None:
                delete_event(vault, event_uuid)
            else:
                update_event(vault, event_uuid, event)
        for contact_uuid, contact in (changes.contacts if changes else []):
            if contact_uuid is None:
                add_contact(vault, record.person.uuid, contact)
            elif contact is None:
                delete_contact(vault, contact_uuid)
            else:
                update_contact(vault, contact_uuid, contact)
        for evidence_uuid, details in (changes.evidence.items() if changes else []):
            update_evidence(vault, evidence_uuid, **details)


def _move_arrest(vault: Vault, case: DetentionCase, arrest_date: FuzzyDate) -> None:
    arrest = (Event.select().where((Event.case == case) & (Event.kind == EventKind.ARREST.value))
              .order_by(Event.date).first())
    if arrest is None:
        add_event(vault, case.uuid, NewEvent(EventKind.ARREST, arrest_date))
        return
    if arrest_date.value > date.today():
        raise InvalidInput("The arrest cannot be dated in the future.",
                           "La detención no puede tener fecha futura.")
    before = snapshot(arrest)
    arrest.date, arrest.date_precision = arrest_date.iso(), arrest_date.precision.value
    _save_with_audit(vault, arrest, "event", before)
    _refresh_status(vault, case, date.today())


def add_event(vault: Vault, case_uuid: str, event: NewEvent) -> str:
    """Add a dated event to a case's timeline and bring its current status up to date."""
    today = date.today()
    with database.atomic("IMMEDIATE"):
        case = find_case(case_uuid)
        record = Event.create(case=case, kind=EventKind.coerce(event.kind).value, date=event.date.iso(),
                              date_precision=event.date.precision.value,
                              status=_event_status(event, today), stage=_event_stage(event),
                              description=event.description, source=event.source)
        trail = AuditTrail(vault.actor)
        trail.write("create", "event", record.uuid, _created(snapshot(record)))
        _refresh_status(vault, case, today)
    return record.uuid


def update_event(vault: Vault, event_uuid: str, event: NewEvent) -> None:
    """Correct an event of the timeline (kind, date, status, text) and recompute the status."""
    today = date.today()
    with database.atomic("IMMEDIATE"):
        record = Event.get_or_none(Event.uuid == event_uuid)
        if record is None:
            raise NotFound("event", "un evento", event_uuid)
        before = snapshot(record)
        record.kind, record.date = EventKind.coerce(event.kind).value, event.date.iso()
        record.date_precision, record.status = event.date.precision.value, _event_status(event, today)
        record.stage = _event_stage(event)
        record.description, record.source = event.description, event.source
        _save_with_audit(vault, record, "event", before)
        _refresh_status(vault, record.case, today)


def delete_event(vault: Vault, event_uuid: str, *, actor: str | None = None) -> None:
    """Remove an event from a timeline (the audit log keeps it) and recompute the status.
    `actor`: who the audit log names, when not the vault's user (a colleague's deletion)."""
    with database.atomic("IMMEDIATE"):
        record = Event.get_or_none(Event.uuid == event_uuid)
        if record is None:
            raise NotFound("event", "un evento", event_uuid)
        case = record.case
        AuditTrail(actor or vault.actor).write("delete", "event", record.uuid, _deleted(snapshot(record)))
        record.delete_instance()
        _refresh_status(vault, case, date.today())


def _contact(contact_uuid: str) -> Contact:
    record = Contact.get_or_none(Contact.uuid == contact_uuid)
    if record is None:
        raise NotFound("contact", "un contacto", contact_uuid)
    return record


def update_contact(vault: Vault, contact_uuid: str, contact: NewContact) -> None:
    """Correct a contact: a relative who became unsafe to call is marked "do not contact" here."""
    with database.atomic("IMMEDIATE"):
        record = _contact(contact_uuid)
        before = snapshot(record)
        row = _contact_row(contact, record.person_id, record.id, utc_now())
        for name in ("name", "relationship", "phones", "address", "language", "consent", "safe_channel",
                     "do_not_contact", "notes"):
            setattr(record, name, row[name])
        _save_with_audit(vault, record, "contact", before)


def delete_contact(vault: Vault, contact_uuid: str, *, actor: str | None = None) -> None:
    """Remove a contact (the audit log keeps what it held). `actor` as for `delete_event`."""
    with database.atomic("IMMEDIATE"):
        record = _contact(contact_uuid)
        AuditTrail(actor or vault.actor).write("delete", "contact", record.uuid, _deleted(snapshot(record)))
        record.delete_instance()


def add_contact(vault: Vault, person_uuid: str, contact: NewContact) -> str:
    with database.atomic("IMMEDIATE"):
        person = _person_by_uuid(person_uuid)
        row = _contact_row(contact, person.id, _next_id("contact"), utc_now())
        _insert_rows("contact", _CONTACT_COLUMNS, [row])
        AuditTrail(vault.actor).write("create", "contact", row["uuid"], _created(row))
    return row["uuid"]


def delete_case(vault: Vault, case_uuid: str) -> None:
    """Delete a case with its timeline, evidence records and claims; the person stays.

    The audit log keeps what was deleted (field by field), so the deletion is accountable.
    """
    with database.atomic("IMMEDIATE"):
        case = find_case(case_uuid)
        trail = AuditTrail(vault.actor)
        for event in case.events:
            trail.record("delete", "event", event.uuid, _deleted(snapshot(event)))
        trail.record("delete", "case", case.uuid, _deleted(snapshot(case)))
        trail.flush()
        case.delete_instance()


def _refresh_status(vault: Vault, case: DetentionCase, today: date) -> None:
    rows = database.execute_sql(f"SELECT {_TIMELINE_COLUMNS} FROM event WHERE case_id = ?", (case.id,)).fetchall()
    before = snapshot(case)
    for name, value in _derived(rows, today).items():
        setattr(case, name, value)
    _save_with_audit(vault, case, "case", before)


def refresh_statuses(vault: Vault, case_ids: set[int], today: date) -> None:
    """`_refresh_status` for many cases (those a bundle touched), read with two plain queries:
    only a case whose cached status, stage or arrest date changes is loaded and saved."""
    ids = sorted(case_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join("?" * len(chunk))
        events: dict[int, list[tuple]] = {case_id: [] for case_id in chunk}
        for case_id, *row in database.execute_sql(
                f"SELECT case_id, {_TIMELINE_COLUMNS} FROM event WHERE case_id IN ({marks})", chunk):
            events[case_id].append(tuple(row))
        cached = {row[0]: dict(zip(_DERIVED, row[1:])) for row in database.execute_sql(
            f"SELECT id, {', '.join(_DERIVED)} FROM detention_case WHERE id IN ({marks})", chunk)}
        for case_id, held in cached.items():
            derived = _derived(events[case_id], today)
            if any(held[name] != value for name, value in derived.items()):
                _refresh_status(vault, DetentionCase.get_by_id(case_id), today)


#: The event columns `_derived` reads, and the case columns it sets.
_TIMELINE_COLUMNS = "id, date, status, stage, kind, date_precision"
_DERIVED = ("status", "status_since", "stage", "stage_since", "arrest_date", "arrest_date_precision")


def _derived(events: list[tuple], today: date) -> dict[str, Any]:
    """What a case's cached columns say, from its events (rows of `_TIMELINE_COLUMNS`): its status
    and stage today with their dates, and its first arrest's date when it has one."""
    derived: dict[str, Any] = _current(
        [TimelineEntry(date.fromisoformat(day), sequence, Status.coerce(status) if status else None,
                       Stage(stage) if stage else None) for sequence, day, status, stage, _, _ in events], today)
    arrests = sorted((day, sequence, precision) for sequence, day, _, _, kind, precision in events
                     if kind == EventKind.ARREST.value)
    if arrests:
        derived["arrest_date"], derived["arrest_date_precision"] = arrests[0][0], arrests[0][2]
    return derived


def _save_with_audit(vault: Vault, record, entity: str, before: dict[str, Any]) -> None:
    changes = {name: pair for name, pair in diff(before, snapshot(record)).items() if name not in _AUDIT_SKIP}
    if not changes:
        return
    record.updated_at = utc_now()
    record.save()
    AuditTrail(vault.actor).write("update", entity, record.uuid, changes)


def _deleted(row: dict[str, Any]) -> dict[str, list[Any]]:
    return {name: [value, None] for name, value in sorted(row.items())
            if name not in _AUDIT_SKIP and value not in (None, "")}


def _refuse_unknown_fields(changes: dict[str, Any], allowed: set[str]) -> None:
    unknown = set(changes) - allowed
    if unknown:
        raise InvalidInput(f"These fields cannot be changed here: {', '.join(sorted(unknown))}.",
                           f"Estos campos no se pueden cambiar aquí: {', '.join(sorted(unknown))}.")
