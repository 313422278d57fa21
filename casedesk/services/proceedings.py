"""Court proceedings (causa / expediente): their own records, linked to the cases of their
defendants, with the hearings and decisions recorded once on the proceeding.

A hearing recorded on a proceeding is stored once and read into every defendant's timeline by
query (`proceedings_of_case`, `timeline_of`), never copied into each case's events: the
status and census rules keep reading case events only, and a correction reaches every
co-defendant at once. Every change is one transaction with its audit entries.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from typing import Any, Iterable

from casedesk.domain.errors import InvalidInput, NotFound
from casedesk.domain.normalize import FuzzyDate
from casedesk.domain.text import fold
from casedesk.domain.vocabulary import (
    PROCEEDING_EVENT_KINDS, DatePrecision, EventKind, HearingOutcome, Jurisdiction, Phase,
)
from casedesk.services.cases import find_case
from casedesk.storage.audit import AuditTrail, diff, snapshot
from casedesk.storage.models import (
    Proceeding, ProceedingDefendant, ProceedingEvent, database, new_uuid, utc_now,
)
from casedesk.storage.vault import Vault

_EDITABLE = ("court", "file_number", "judge", "prosecutor", "jurisdiction", "phase", "notes")
#: Kinds that may be dated in the future (scheduled); the others record what happened.
_SCHEDULABLE = {EventKind.HEARING.value}
_WITH_OUTCOME = {EventKind.HEARING.value, EventKind.PRESENTED_TO_JUDGE.value}


def number_key(file_number: str) -> str:
    """The form two writings of one file number share: "2C-12.345-25" and "2c 12345/25" (a
    point between digits groups thousands; any other mark or space separates parts)."""
    return " ".join(re.findall(r"[0-9a-z]+", re.sub(r"(?<=\d)\.(?=\d)", "", fold(file_number))))


def _infer_jurisdiction(court: str) -> str:
    """A court whose name says "militar" is a military court."""
    return Jurisdiction.MILITARY.value if "militar" in fold(court) else Jurisdiction.ORDINARY.value


def find_proceeding(reference: str) -> Proceeding:
    """A proceeding by its id or an unambiguous beginning of it (at least 6 characters)."""
    reference = reference.strip().lower()
    if len(reference) < 6:
        raise InvalidInput("Give at least the first 6 characters of the proceeding id.",
                           "Indique al menos los primeros 6 caracteres del id de la causa.")
    matches = list(Proceeding.select().where(Proceeding.uuid.between(reference, reference + "\uffff")).limit(2))
    if not matches:
        raise NotFound("proceeding", "una causa", reference)
    if len(matches) > 1:
        raise InvalidInput(f"More than one proceeding id starts with {reference}; give more characters.",
                           f"Más de un id de causa empieza por {reference}; indique más caracteres.")
    return matches[0]


def _created(row: dict[str, Any]) -> dict[str, list[Any]]:
    return {name: [None, value] for name, value in sorted(row.items())
            if name not in ("id", "created_at", "updated_at") and value not in (None, "")}


def _existing(court: str, file_number: str) -> Proceeding | None:
    key, court_key = number_key(file_number), fold(court)
    for candidate in Proceeding.select().where(Proceeding.file_number != ""):
        if number_key(candidate.file_number) == key and (not court_key or not candidate.court
                                                         or fold(candidate.court) == court_key):
            return candidate
    return None


def add_proceeding(vault: Vault, *, court: str, file_number: str, judge: str = "", prosecutor: str = "",
                   jurisdiction: str | None = None, phase: str | None = None, notes: str = "",
                   case_uuids: Iterable[str] = ()) -> str:
    """Record a proceeding and link its defendants' cases; returns its id.

    A proceeding with the same file number (however written) in the same court is not
    recorded twice: the cases are linked to it and its id is returned. Without a
    jurisdiction, a court named "militar" makes it military.
    """
    court, file_number = " ".join(court.split()), " ".join(file_number.split())
    if not file_number and not court:
        raise InvalidInput("A proceeding needs at least its court or its file number.",
                           "Una causa necesita al menos su tribunal o su número de expediente.")
    cases = [find_case(uuid) for uuid in case_uuids]
    with database.atomic("IMMEDIATE"):
        found = _existing(court, file_number) if file_number else None
        if found is None:
            found = Proceeding.create(
                court=court, file_number=file_number, judge=judge.strip(), prosecutor=prosecutor.strip(),
                jurisdiction=Jurisdiction.coerce(jurisdiction).value if jurisdiction else _infer_jurisdiction(court),
                phase=Phase.coerce(phase).value if phase else Phase.UNKNOWN.value, notes=notes)
            AuditTrail(vault.actor).write("create", "proceeding", found.uuid, _created(snapshot(found)))
        _link(vault, found, cases)
    return found.uuid


def update_proceeding(vault: Vault, proceeding_uuid: str, **changes: Any) -> None:
    """Change a proceeding's fields (court, file number, judge, prosecutor, jurisdiction, phase, notes)."""
    unknown = set(changes) - set(_EDITABLE)
    if unknown:
        raise InvalidInput(f"These fields cannot be changed here: {', '.join(sorted(unknown))}.",
                           f"Estos campos no se pueden cambiar aquí: {', '.join(sorted(unknown))}.")
    with database.atomic("IMMEDIATE"):
        record = find_proceeding(proceeding_uuid)
        before = snapshot(record)
        for name, value in changes.items():
            if name == "jurisdiction":
                value = Jurisdiction.coerce(value).value
            elif name == "phase":
                value = Phase.coerce(value).value
            setattr(record, name, value)
        changed = diff(before, snapshot(record))
        if changed:
            record.updated_at = utc_now()
            record.save()
            AuditTrail(vault.actor).write("update", "proceeding", record.uuid, changed)


def link_cases(vault: Vault, proceeding_uuid: str, case_uuids: Iterable[str]) -> int:
    """Link cases (defendants) to a proceeding; returns how many were not linked already."""
    with database.atomic("IMMEDIATE"):
        return _link(vault, find_proceeding(proceeding_uuid), [find_case(uuid) for uuid in case_uuids])


def _link(vault: Vault, proceeding: Proceeding, cases: list) -> int:
    linked = {row.case_id for row in ProceedingDefendant.select(ProceedingDefendant.case)
              .where(ProceedingDefendant.proceeding == proceeding)}
    trail = AuditTrail(vault.actor)
    added = 0
    for case in cases:
        if case.id in linked:
            continue
        link = ProceedingDefendant.create(proceeding=proceeding, case=case)
        linked.add(case.id)
        trail.record("create", "proceeding_defendant", link.uuid,
                     {"proceeding": [None, proceeding.uuid], "case": [None, case.uuid]})
        added += 1
    trail.flush()
    return added


def unlink_case(vault: Vault, proceeding_uuid: str, case_uuid: str) -> None:
    """Take a defendant's case out of a proceeding (the audit log keeps the link)."""
    with database.atomic("IMMEDIATE"):
        proceeding, case = find_proceeding(proceeding_uuid), find_case(case_uuid)
        link = ProceedingDefendant.get_or_none((ProceedingDefendant.proceeding == proceeding)
                                               & (ProceedingDefendant.case == case))
        if link is None:
            raise NotFound("defendant in this proceeding", "un imputado en esta causa", case_uuid)
        AuditTrail(vault.actor).write("delete", "proceeding_defendant", link.uuid,
                                      {"proceeding": [proceeding.uuid, None], "case": [case.uuid, None]})
        link.delete_instance()


def _check_event(kind: str, day: FuzzyDate, outcome: str | None, today: date) -> tuple[str, str | None]:
    code = EventKind.coerce(kind).value
    if code not in {k.value for k in PROCEEDING_EVENT_KINDS}:
        allowed = ", ".join(k.value for k in PROCEEDING_EVENT_KINDS)
        raise InvalidInput(
            f"A “{EventKind(code).label('en')}” is recorded on each defendant's case, not on the proceeding "
            f"(a proceeding records: {allowed}).",
            f"Un evento de “{EventKind(code).label('es')}” se registra en el caso de cada imputado, no en la causa "
            f"(en la causa se registra: {allowed}).")
    result = HearingOutcome.coerce(outcome).value if outcome else None
    if result and code not in _WITH_OUTCOME:
        raise InvalidInput("Only a hearing is held or deferred.", "Solo una audiencia se realiza o se difiere.")
    if day.value > today:
        if code not in _SCHEDULABLE:
            raise InvalidInput("Only a hearing can be dated in the future (scheduled).",
                               "Solo una audiencia puede tener fecha futura (fijada).")
        if result:
            raise InvalidInput("A hearing in the future is neither held nor deferred yet.",
                               "Una audiencia futura aún no se ha realizado ni diferido.")
    return code, result


def add_proceeding_event(vault: Vault, proceeding_uuid: str, kind: str, day: FuzzyDate, *,
                         outcome: str | None = None, note: str = "") -> str:
    """Record a hearing or decision on a proceeding: it appears in every defendant's timeline.

    A hearing may be scheduled in the future (no outcome yet); held or deferred says what
    happened on its day. Returns the event's id.
    """
    code, result = _check_event(kind, day, outcome, date.today())
    with database.atomic("IMMEDIATE"):
        proceeding = find_proceeding(proceeding_uuid)
        record = ProceedingEvent.create(proceeding=proceeding, kind=code, date=day.iso(),
                                        date_precision=day.precision.value, outcome=result, note=note.strip())
        AuditTrail(vault.actor).write("create", "proceeding_event", record.uuid,
                                      _created({**snapshot(record), "proceeding": proceeding.uuid}))
    return record.uuid


def set_hearing_outcome(vault: Vault, event_uuid: str, outcome: str | None, note: str | None = None) -> None:
    """Say what happened at a hearing recorded earlier: held or deferred (None: not known)."""
    with database.atomic("IMMEDIATE"):
        record = ProceedingEvent.get_or_none(ProceedingEvent.uuid == event_uuid)
        if record is None:
            raise NotFound("hearing", "una audiencia", event_uuid)
        _, result = _check_event(record.kind, FuzzyDate(date.fromisoformat(record.date), DatePrecision(record.date_precision)),
                                 outcome, date.today())
        before = snapshot(record)
        record.outcome = result
        if note is not None:
            record.note = note.strip()
        changed = diff(before, snapshot(record))
        if changed:
            record.updated_at = utc_now()
            record.save()
            AuditTrail(vault.actor).write("update", "proceeding_event", record.uuid, changed)


def delete_proceeding_event(vault: Vault, event_uuid: str) -> None:
    with database.atomic("IMMEDIATE"):
        record = ProceedingEvent.get_or_none(ProceedingEvent.uuid == event_uuid)
        if record is None:
            raise NotFound("hearing", "una audiencia", event_uuid)
        AuditTrail(vault.actor).write("delete", "proceeding_event", record.uuid,
                                      {name: [value, None] for name, value in snapshot(record).items()
                                       if value not in (None, "")})
        record.delete_instance()


# --- Reading ---------------------------------------------------------------------------------

_EVENT_SQL = ("SELECT uuid, kind, date, date_precision, outcome, note FROM proceeding_event "
              "WHERE proceeding_id = ? ORDER BY date, id")
_DEFENDANTS_SQL = ("SELECT c.uuid, p.given_names || ' ' || p.surnames, c.status, p.civilian_military "
                   "FROM proceeding_defendant d JOIN detention_case c ON c.id = d.case_id "
                   "JOIN person p ON p.id = c.person_id WHERE d.proceeding_id = ? ORDER BY p.sort_key, c.id")


def _events(proceeding_id: int) -> list[dict[str, Any]]:
    return [dict(zip(("id", "kind", "date", "date_precision", "outcome", "note"), row))
            for row in database.execute_sql(_EVENT_SQL, (proceeding_id,))]


def _summary(row: tuple) -> dict[str, Any]:
    proceeding_id, *values = row
    data = dict(zip(("id", "court", "file_number", "judge", "prosecutor", "jurisdiction", "phase", "notes"), values))
    events = _events(proceeding_id)
    data["events"] = events
    data["hearings_held"] = sum(1 for e in events if e["outcome"] == HearingOutcome.HELD.value)
    data["hearings_deferred"] = sum(1 for e in events if e["outcome"] == HearingOutcome.DEFERRED.value)
    return data


_PROCEEDING_SQL = ("SELECT p.id, p.uuid, p.court, p.file_number, p.judge, p.prosecutor, p.jurisdiction, p.phase, "
                   "p.notes FROM proceeding p")


def proceeding_details(reference: str) -> dict[str, Any]:
    """A proceeding with its defendants and its hearings and decisions, as plain data."""
    proceeding = find_proceeding(reference)
    row = database.execute_sql(f"{_PROCEEDING_SQL} WHERE p.id = ?", (proceeding.id,)).fetchone()
    data = _summary(row)
    data["defendants"] = [dict(zip(("case_id", "name", "status", "civilian_military"), r))
                          for r in database.execute_sql(_DEFENDANTS_SQL, (proceeding.id,))]
    return data


def proceedings_of_case(case_id: int) -> list[dict[str, Any]]:
    """The proceedings a case (by row id) is a defendant in, each with its co-defendants (the
    other defendants) and its hearings and decisions."""
    found = []
    own = _case_uuid(case_id)
    for row in database.execute_sql(
            f"{_PROCEEDING_SQL} JOIN proceeding_defendant d ON d.proceeding_id = p.id WHERE d.case_id = ? "
            "ORDER BY p.id", (case_id,)).fetchall():
        data = _summary(row)
        data["co_defendants"] = [dict(zip(("case_id", "name", "status"), r[:3]))
                                 for r in database.execute_sql(_DEFENDANTS_SQL, (row[0],))
                                 if r[0] != own]
        found.append(data)
    return found


def _case_uuid(case_id: int) -> str:
    return database.execute_sql("SELECT uuid FROM detention_case WHERE id = ?", (case_id,)).fetchone()[0]


def timeline_of(details: dict[str, Any]) -> list[dict[str, Any]]:
    """A case's whole timeline: its own events and those of its proceedings (marked with the
    proceeding's file number and their outcome), in date order, the case's own first on a day."""
    entries = [(event["date"], 0, index, {**event, "proceeding": None, "outcome": None})
               for index, event in enumerate(details["events"])]
    for proceeding in details.get("proceedings", []):
        for index, event in enumerate(proceeding["events"]):
            entries.append((event["date"], 1, index, {
                "id": event["id"], "kind": event["kind"], "date": event["date"],
                "date_precision": event["date_precision"], "status": None, "stage": None,
                "description": event["note"], "source": "", "outcome": event["outcome"],
                "proceeding": proceeding["file_number"] or proceeding["court"]}))
    return [entry for *_, entry in sorted(entries, key=lambda item: item[:3])]


def proceeding_agenda(today: date, days: int = 30) -> list[dict[str, Any]]:
    """Hearings and decisions of proceedings from `today` to `days` ahead: one entry per event,
    with its defendants' names (the first defendant's case opens from the agenda)."""
    rows = database.execute_sql(
        "SELECT e.id, e.date, e.kind, e.note, p.id, p.court, p.file_number FROM proceeding_event e "
        "JOIN proceeding p ON p.id = e.proceeding_id WHERE e.date >= ? AND e.date <= ? ORDER BY e.date, e.id",
        (today.isoformat(), (today + timedelta(days=days)).isoformat())).fetchall()
    items = []
    for _, day, kind, note, proceeding_id, court, number in rows:
        defendants = database.execute_sql(_DEFENDANTS_SQL, (proceeding_id,)).fetchall()
        if not defendants:
            continue
        items.append({"date": day, "kind": kind, "description": note, "case_id": defendants[0][0],
                      "names": [name for _, name, *_ in defendants], "court": court, "file_number": number})
    return items


# --- Lists ------------------------------------------------------------------------------------

def group_into_proceedings(trail: AuditTrail, rows: Iterable[tuple[int, str, str]]) -> dict[str, Any]:
    """Link imported cases to proceedings by their file number (expediente / causa).

    `rows` are (case row id, file number, court). Cases that share a file number (however
    written: "2C-12.345-25" and "2c 12345-25") become co-defendants of one proceeding; one the
    vault already has is reused. A value without a digit ("N/D", "sin datos") is no file
    number. Returns the ids of the proceedings created and how many cases were linked.
    """
    groups: dict[str, list[tuple[int, str, str]]] = {}
    for case_id, number, court in rows:
        number = " ".join((number or "").split())
        if number and any(character.isdigit() for character in number):
            groups.setdefault(number_key(number), []).append((case_id, number, (court or "").strip()))
    if not groups:
        return {"created": [], "linked": 0}
    existing = {number_key(number): proceeding_id for proceeding_id, number in database.execute_sql(
        "SELECT id, file_number FROM proceeding WHERE file_number != '' ORDER BY id DESC")}
    now, created, links = utc_now(), [], []
    for key, members in groups.items():
        proceeding_id = existing.get(key)
        if proceeding_id is None:
            courts = Counter(court for _, _, court in members if court)
            court = courts.most_common(1)[0][0] if courts else ""
            row = {"uuid": new_uuid(), "court": court, "file_number": members[0][1], "judge": "", "prosecutor": "",
                   "jurisdiction": _infer_jurisdiction(court), "phase": Phase.UNKNOWN.value, "notes": "",
                   "created_at": now, "updated_at": now}
            cursor = database.execute_sql(
                f"INSERT INTO proceeding ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", tuple(row.values()))
            proceeding_id = cursor.lastrowid
            existing[key] = proceeding_id
            created.append(row["uuid"])
            trail.record("create", "proceeding", row["uuid"], _created(row))
        links += [(proceeding_id, case_id) for case_id, _, _ in members]
    proceeding_ids = sorted({proceeding_id for proceeding_id, _ in links})
    linked_before = {tuple(row) for start in range(0, len(proceeding_ids), 500) for row in database.execute_sql(
        f"SELECT proceeding_id, case_id FROM proceeding_defendant WHERE proceeding_id IN "
        f"({', '.join('?' * len(proceeding_ids[start:start + 500]))})", proceeding_ids[start:start + 500])}
    new_links = [(new_uuid(), proceeding_id, case_id, now, now)
                 for proceeding_id, case_id in dict.fromkeys(links) if (proceeding_id, case_id) not in linked_before]
    database.cursor().executemany(
        "INSERT INTO proceeding_defendant (uuid, proceeding_id, case_id, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?)", new_links)
    for link_uuid, proceeding_id, case_id, _, _ in new_links:
        trail.record("create", "proceeding_defendant", link_uuid, {"proceeding_id": [None, proceeding_id],
                                                                   "case_id": [None, case_id]})
    return {"created": created, "linked": len(new_links)}


def remove_empty_proceedings(vault: Vault, proceeding_uuids: Iterable[str]) -> int:
    """Delete these proceedings if no defendant is left in them (undoing an import)."""
    removed = 0
    trail = AuditTrail(vault.actor)
    for uuid in proceeding_uuids:
        record = Proceeding.get_or_none(Proceeding.uuid == uuid)
        if record is None or record.defendants.exists():
            continue
        trail.record("delete", "proceeding", record.uuid,
                     {name: [value, None] for name, value in snapshot(record).items() if value not in (None, "")})
        record.delete_instance()
        removed += 1
    trail.flush()
    return removed


# --- Bundles ---------------------------------------------------------------------------------------
# Bundles (services/bundles.py) carry the proceedings of the cases they hold under the key
# "proceedings" of records.json: the proceedings, the links of the bundled cases only (a bundle
# never names a co-defendant it does not hold) and the hearings and decisions. A bundle without
# proceedings has no such key, so it reads and hashes as before.

_BUNDLE_PROCEEDING = ("court", "file_number", "judge", "prosecutor", "jurisdiction", "phase", "notes")
_BUNDLE_EVENT = ("proceeding", "kind", "date", "date_precision", "outcome", "note")


def bundle_records(case_uuids: list[str], profile: str) -> dict[str, list[dict[str, Any]]] | None:
    """The proceedings of these cases as a bundle carries them under `profile` (None: none).
    Notes stay in the team's own bundles; a public bundle carries no hearing notes either."""
    links = []
    for start in range(0, len(case_uuids), 500):
        chunk = case_uuids[start:start + 500]
        links += database.execute_sql(
            f"SELECT d.uuid, r.uuid, c.uuid, r.id FROM proceeding_defendant d JOIN proceeding r ON r.id = d.proceeding_id "
            f"JOIN detention_case c ON c.id = d.case_id WHERE c.uuid IN ({', '.join('?' * len(chunk))}) "
            f"ORDER BY d.id", chunk).fetchall()
    if not links:
        return None
    ids = sorted({row[3] for row in links})
    marks = ", ".join("?" * len(ids))
    proceedings = [dict(zip(("uuid", *_BUNDLE_PROCEEDING), row)) for row in database.execute_sql(
        f"SELECT uuid, {', '.join(_BUNDLE_PROCEEDING)} FROM proceeding WHERE id IN ({marks}) ORDER BY id", ids)]
    events = [dict(zip(("uuid", *_BUNDLE_EVENT), row)) for row in database.execute_sql(
        f"SELECT e.uuid, r.uuid, e.kind, e.date, e.date_precision, e.outcome, e.note FROM proceeding_event e "
        f"JOIN proceeding r ON r.id = e.proceeding_id WHERE e.proceeding_id IN ({marks}) ORDER BY e.id", ids)]
    for proceeding in proceedings:
        if profile != "internal":
            proceeding["notes"] = ""
    if profile == "public":
        for event in events:
            event["note"] = ""
    return {"proceedings": proceedings, "defendants": [{"uuid": link, "proceeding": proceeding, "case": case}
                                                        for link, proceeding, case, _ in links], "events": events}


def _text(value: Any, limit: int = 10_000) -> bool:
    return isinstance(value, str) and len(value) <= limit


def check_bundle_records(raw: Any) -> dict[str, list[dict[str, Any]]] | None:
    """A bundle's proceedings, each record of the kinds and values CaseDesk stores.

    Raises:
        ValueError: anything else (the bundle is then refused whole).
    """
    if raw is None:
        return None
    if not isinstance(raw, dict) or set(raw) - {"proceedings", "defendants", "events"}:
        raise ValueError("proceedings")
    checked: dict[str, list[dict[str, Any]]] = {}
    for key, fields in (("proceedings", _BUNDLE_PROCEEDING), ("defendants", ("proceeding", "case")),
                        ("events", _BUNDLE_EVENT)):
        rows = raw.get(key, [])
        if not isinstance(rows, list):
            raise ValueError(key)
        for record in rows:
            if not isinstance(record, dict) or set(record) != {"uuid", *fields} or not _text(record["uuid"], 64) \
                    or not all(_text(record[name]) or (name == "outcome" and record[name] is None) for name in fields):
                raise ValueError(key)
        checked[key] = rows
    for record in checked["proceedings"]:
        Jurisdiction(record["jurisdiction"]), Phase(record["phase"])
    for record in checked["events"]:
        date.fromisoformat(record["date"]), DatePrecision(record["date_precision"])
        if EventKind(record["kind"]) not in PROCEEDING_EVENT_KINDS:
            raise ValueError("kind")
        if record["outcome"] is not None:
            HearingOutcome(record["outcome"])
    return checked


def merge_bundle_records(actor: str, records: dict[str, list[dict[str, Any]]] | None, *,
                         trusted: bool) -> dict[str, int]:
    """Add a bundle's proceedings, links and hearings that this vault lacks (by uuid), inside
    the bundle's transaction. A proceeding this vault already has keeps its fields; from a
    sender who is not a colleague nothing is added (the cases themselves wait as proposals)."""
    counts = {"proceedings": 0, "defendants": 0, "events": 0, "left_out": 0}
    if not records:
        return counts
    if not trusted:
        counts["left_out"] = sum(len(rows) for rows in records.values())
        return counts
    trail, now = AuditTrail(actor), utc_now()

    def local_id(table: str, uuid: str) -> int | None:
        row = database.execute_sql(f"SELECT id FROM {table} WHERE uuid = ?", (uuid,)).fetchone()
        return row[0] if row else None

    for record in records["proceedings"]:
        if local_id("proceeding", record["uuid"]) is None:
            row = {**record, "created_at": now, "updated_at": now}
            database.execute_sql(f"INSERT INTO proceeding ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                                 tuple(row.values()))
            trail.record("create", "proceeding", record["uuid"], _created(record))
            counts["proceedings"] += 1
    for record in records["defendants"]:
        proceeding, case = local_id("proceeding", record["proceeding"]), local_id("detention_case", record["case"])
        if proceeding is None or case is None or local_id("proceeding_defendant", record["uuid"]) is not None:
            continue
        cursor = database.execute_sql(
            "INSERT OR IGNORE INTO proceeding_defendant (uuid, proceeding_id, case_id, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?)", (record["uuid"], proceeding, case, now, now))
        if cursor.rowcount:
            trail.record("create", "proceeding_defendant", record["uuid"],
                         {"proceeding": [None, record["proceeding"]], "case": [None, record["case"]]})
            counts["defendants"] += 1
    for record in records["events"]:
        proceeding = local_id("proceeding", record["proceeding"])
        if proceeding is None or local_id("proceeding_event", record["uuid"]) is not None:
            continue
        row = {"uuid": record["uuid"], "proceeding_id": proceeding,
               **{name: record[name] for name in _BUNDLE_EVENT[1:]}, "created_at": now, "updated_at": now}
        database.execute_sql(f"INSERT INTO proceeding_event ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                             tuple(row.values()))
        trail.record("create", "proceeding_event", record["uuid"], _created(record))
        counts["events"] += 1
    trail.flush()
    return counts
