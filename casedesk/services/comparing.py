"""Another group's list set beside the vault, without importing anything: who is in both
(and where the two disagree, field by field), who only the vault holds on the list's date,
who only the list names, and who may be the same person and needs a person to confirm.

The list is read and matched exactly as an import would read and match it (`importing.read_list`
and `importing.plan_import`, the dry run): the same column decisions, the same cédula
normalisation, the same rules for "the same person" (an ID that agrees, or the whole name with
arrest dates within a month) and the same near-name review. Nothing is paired on a guess: a row
the import would hold for review is "to confirm" here, with its candidates, and those vault
people are not counted as "only in the vault" either, since they may well be on the list.

"Only in the vault" means the people held on the list's date by the census's own computation
(the table `census.statuses_on` makes for `people_on` and the census), so the figures reconcile
with the census of that day:

    held in the vault = in both and held in the vault + only in the vault
                        + held people who may be a row to confirm
    rows read (+ second people in a row) = in both + only in the list + to confirm
                        + duplicates within the list + rows that are not people

Nothing is written to the vault. Saving the comparison as a workbook is an export (names leave
the vault), recorded in the audit log like any other.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from casedesk.domain.errors import InvalidInput
from casedesk.domain.normalize import NationalId
from casedesk.domain.text import fold
from casedesk.domain.timeline import TimelineEntry, stage_on
from casedesk.domain.vocabulary import HELD_STATUSES, CivilianMilitary, DatePrecision, Sex, Stage, Status
from casedesk.lists.people import _same_id
from casedesk.lists.rows import ListedPerson
from casedesk.services.census import statuses_on
from casedesk.services.importing import (
    LATEST_CASE, VAULT_PEOPLE_COLUMNS, ListReading, _column_index, plan_import, read_list, remap, vault_people,
)
from casedesk.storage.audit import AuditTrail, recording
from casedesk.storage.models import database
from casedesk.storage.vault import Vault

#: The fields compared for people in both, in the order they are shown: (English, Spanish).
COMPARED: dict[str, tuple[str, str]] = {
    "status": ("Status", "Situación"),
    "stage": ("Procedural stage", "Situación procesal"),
    "facility": ("Facility", "Centro de reclusión"),
    "arrest_date": ("Arrest date", "Fecha de detención"),
    "national_id": ("National ID", "Cédula"),
    "sex": ("Sex", "Sexo"),
    "civilian_military": ("Civilian/military", "Civil/militar"),
    "birth_date": ("Birth date", "Fecha de nacimiento"),
    "state": ("State", "Estado"),
}
#: The status a list gives when it gives none: a list of people held names them as held.
HELD_BY_LISTING = "held"
HELD_BY_LISTING_LABEL = ("held (on the list, no status given)", "detenido/a (en la lista, sin situación)")
NO_STATUS_LABEL = ("no status on that date", "sin situación en esa fecha")
_HELD_CODES = frozenset(status.value for status in HELD_STATUSES)
_RELEASED = (Status.RELEASED_CONDITIONAL, Status.RELEASED_FULL)
_CHUNK = 500


@dataclass
class Comparison:
    """A list compared with the vault on a date; `to_json` is what `casedesk compare --json` prints."""

    file_name: str
    file_sha256: str
    kind: str
    as_of: date
    rows_read: int = 0
    shared_rows: int = 0
    in_both: list[dict[str, Any]] = field(default_factory=list)
    only_vault: list[dict[str, Any]] = field(default_factory=list)
    only_file: list[dict[str, Any]] = field(default_factory=list)
    to_confirm: list[dict[str, Any]] = field(default_factory=list)
    duplicates_in_file: list[dict[str, Any]] = field(default_factory=list)
    not_people: list[dict[str, Any]] = field(default_factory=list)
    held_in_vault: int = 0
    held_to_confirm: int = 0           # held vault people who are candidates of a row to confirm
    sheets: list[dict[str, Any]] = field(default_factory=list)
    sheets_es: list[dict[str, Any]] = field(default_factory=list)
    reading_notes: list[tuple[str, str]] = field(default_factory=list)

    @property
    def disagreements(self) -> list[dict[str, Any]]:
        """Every field where the list and the vault disagree, one entry per field and person."""
        return [{"row": entry["row"], "person_id": entry["person_id"], "case_id": entry["case_id"],
                 "name": entry["list"]["name"], **difference}
                for entry in self.in_both for difference in entry["disagreements"]]

    def counts(self) -> dict[str, Any]:
        by_field = {name: 0 for name in COMPARED}
        for difference in self.disagreements:
            by_field[difference["field"]] += 1
        held_both = sum(1 for entry in self.in_both if entry["held_in_vault"])
        listed = self.in_both + self.only_file + self.to_confirm
        return {
            "rows_read": self.rows_read, "second_people_in_rows": self.shared_rows,
            "people_in_list": len(listed),
            "held_in_list": sum(1 for entry in listed if entry["held_in_list"]),
            "in_both": len(self.in_both), "in_both_held_in_vault": held_both,
            "in_both_not_held_in_vault": len(self.in_both) - held_both,
            "in_both_with_disagreements": sum(1 for entry in self.in_both if entry["disagreements"]),
            "disagreements": sum(by_field.values()), "disagreements_by_field": by_field,
            "only_vault": len(self.only_vault), "only_file": len(self.only_file), "to_confirm": len(self.to_confirm),
            "duplicates_in_file": len(self.duplicates_in_file), "not_people": len(self.not_people),
            "held_in_vault": self.held_in_vault, "held_in_vault_to_confirm": self.held_to_confirm,
            "accounted": self.rows_read + self.shared_rows == len(listed) + len(self.duplicates_in_file)
            + len(self.not_people) and self.held_in_vault == held_both + len(self.only_vault) + self.held_to_confirm,
        }

    def to_json(self, language: str = "en") -> dict[str, Any]:
        """Codes for values (statuses, stages, sexes), ISO dates; reasons in `language`."""
        pick = 0 if language == "en" else 1

        def said(pairs: list[tuple[str, str]]) -> list[str]:
            return [pair[pick] for pair in pairs]
        return {
            "file": self.file_name, "file_sha256": self.file_sha256, "read_as": self.kind,
            "as_of": self.as_of.isoformat(), "counts": self.counts(),
            "in_both": self.in_both, "disagreements": self.disagreements,
            "only_vault": self.only_vault,
            "only_file": [{**entry, "remarks": said(entry["remarks"])} for entry in self.only_file],
            "to_confirm": [{**entry, "candidates": [{**c, "why": c["why"][pick]} for c in entry["candidates"]]}
                           for entry in self.to_confirm],
            "duplicates_in_file": self.duplicates_in_file,
            "not_people": [{"row": item["row"], "reason": item["reason"][pick]} for item in self.not_people],
            "sheets": self.sheets if language == "en" else self.sheets_es,
            "reading_notes": said(self.reading_notes),
        }


# --- Comparing ---------------------------------------------------------------------------------

def read_for_comparison(path: Path, mapping: dict[int | str, str] | None = None) -> ListReading:
    """The list read as an import would read it; `mapping` (column -> field, a column by index,
    letter or header) replaces the columns decided on the first sheet read. Unlike an import,
    the choice is not remembered: comparing writes nothing."""
    reading = read_list(Path(path))
    if mapping:
        first = (reading.used or [sheet for sheet in reading.sheets if sheet.table])[0]
        chosen = {_column_index(first.table.headers, column): name for column, name in mapping.items()}
        reading = remap(reading, first.name, chosen)
    return reading


def compare_file(path: Path, *, as_of: date | None = None, mapping: dict[int | str, str] | None = None,
                 today: date | None = None) -> Comparison:
    """Read a list (CSV, TSV, XLSX, XLS, ODS, PDF or text) and compare it with the vault."""
    return compare_list(read_for_comparison(path, mapping), as_of=as_of, today=today)


def compare_list(reading: ListReading, *, as_of: date | None = None, today: date | None = None) -> Comparison:
    """Compare a list as read with the vault on `as_of` (the date the list describes; today by
    default). Reads the vault; writes nothing."""
    today = today or date.today()
    as_of = as_of or today
    if as_of > today:
        raise InvalidInput("The date the list describes cannot be in the future.",
                           "La fecha que describe la lista no puede ser futura.")
    # One consistent view of the vault throughout, and one read of everyone in it: the people to
    # match the list against, as an import reads them, each with their status and deciding case
    # on the date by the census's computation (reading the people twice cost a second at 100k).
    with database.atomic(), statuses_on(as_of, "comparison") as table:
        everyone = database.execute_sql(
            f"SELECT {VAULT_PEOPLE_COLUMNS}, t.status, t.case_id, c.uuid, c.arrest_date, f.name "
            f"FROM person p {LATEST_CASE} LEFT JOIN {table} t ON t.person_id = p.id "
            "LEFT JOIN detention_case c ON c.id = t.case_id LEFT JOIN facility f ON f.id = c.facility_id").fetchall()
        plan = plan_import(reading, status_date=as_of, today=today, known_people=vault_people(everyone))
        result = Comparison(reading.file_name, reading.sha256, reading.kind, as_of, plan.rows_read, plan.shared_rows,
                            sheets=plan.sheets, sheets_es=plan.sheets_es, reading_notes=list(reading.notes))
        result.only_file = [{**_listed(row, as_of), "remarks": list(row.remarks)} for row in plan.new]
        candidates: set[str] = set()
        for row, found in plan.review:
            entry = _listed(row, as_of)
            entry["candidates"] = [_candidate(candidate) for candidate in found]
            candidates |= {c["person_id"] for c in entry["candidates"] if c["person_id"]}
            result.to_confirm.append(entry)
        result.duplicates_in_file = [{"row": row, "same_as_row": kept} for row, kept in plan.duplicates_in_file]
        result.not_people = [{"row": item["row"], "reason": (item["reason"], item["reason_es"])}
                             for item in plan.skipped]
        matched = {person_uuid for _, person_uuid in plan.merges}
        vault_side, held, held_to_confirm, only_vault = _on_the_date(table, everyone, matched, candidates)
        missing = [person_uuid for person_uuid in matched if person_uuid not in vault_side]
        vault_side.update(_vault_side(missing, as_of))        # no status on that date: their latest case
        for row, person_uuid in plan.merges:
            result.in_both.append(_in_both(row, person_uuid, vault_side[person_uuid], as_of))
        result.held_in_vault = held
        result.held_to_confirm = held_to_confirm
        result.only_vault = only_vault
    return result           # each category in the order of the list, as the plan reads it


def list_status(row: ListedPerson, as_of: date) -> str:
    """What the list says of the person's status on its date: a status code, or `HELD_BY_LISTING`
    when it gives none (or "unknown"): a list of people held names them as held."""
    if row.death_date and row.death_date.value <= as_of:
        return Status.DECEASED.value
    if row.release_date and row.release_date.value <= as_of:
        return (row.status if row.status in _RELEASED else Status.RELEASED_CONDITIONAL).value
    if row.status is not None and row.status is not Status.UNKNOWN:
        return row.status.value
    return HELD_BY_LISTING


def _listed(row: ListedPerson, as_of: date) -> dict[str, Any]:
    """A row's values as the list gives them (None where it says nothing)."""
    status = list_status(row, as_of)
    return {"row": row.ref, "also_rows": list(row.also), "name": row.name, "national_id": row.id_text,
            "status": status, "stage": row.stage.value if row.stage not in (None, Stage.UNKNOWN) else None,
            "facility": row.facility or None, "arrest_date": row.arrest_date.iso() if row.arrest_date else None,
            "arrest_date_precision": row.arrest_date.precision.value if row.arrest_date else None,
            "sex": row.sex.value if row.sex is not Sex.UNKNOWN else None,
            "civilian_military": row.civilian_military.value
            if row.civilian_military is not CivilianMilitary.UNKNOWN else None,
            "birth_date": row.birth_date.iso() if row.birth_date else None,
            "birth_date_precision": row.birth_date.precision.value if row.birth_date else None,
            "state": row.state or None,
            "held_in_list": status == HELD_BY_LISTING or status in _HELD_CODES}


def _candidate(candidate) -> dict[str, Any]:
    """Someone a row to confirm may be: a vault person, or another row of this same list."""
    return {"person_id": None if candidate.in_file else candidate.person_uuid,
            "in_this_file": candidate.in_file, "name": candidate.name, "national_id": candidate.national_id,
            "arrest_date": candidate.arrest_date, "score": candidate.score,
            "why": (candidate.why_en, candidate.why_es)}


def _on_the_date(table: str, everyone: list[tuple], matched: set[str],
                 candidates: set[str]) -> tuple[dict[str, dict[str, Any]], int, int, list[dict[str, Any]]]:
    """The vault on the date, by the census's own computation (each person's deciding event
    across their cases, in the table `table` of `census.statuses_on`, and the stage by the same
    rule), from the rows `compare_list` read of everyone: the matched people's fields and
    deciding case, how many were held, how many of those are (only) candidates of a row to
    confirm, and the held people neither matched nor a candidate ("only in the vault"), by name."""
    held = held_to_confirm = 0
    deciding: dict[int, str] = {}             # the matched people's deciding cases: case id -> status
    only_vault = []
    for (person_uuid, given, surnames, sort_key, national_id, _latest_arrest, status, case_id, case_uuid, arrest,
         facility) in everyone:
        if status is None:
            continue                          # no status on the date
        is_held = status in _HELD_CODES
        held += is_held
        if person_uuid in matched:
            deciding[case_id] = status
        elif not is_held:
            continue
        elif person_uuid in candidates:
            held_to_confirm += 1
        else:
            only_vault.append((sort_key, {"person_id": person_uuid, "case_id": case_uuid,
                                          "name": " ".join(f"{given} {surnames}".split()),
                                          "national_id": national_id, "status": status, "arrest_date": arrest,
                                          "facility": facility}))
    only_vault.sort(key=lambda pair: pair[0])
    return _deciding_cases(table, deciding), held, held_to_confirm, [entry for _, entry in only_vault]


def _deciding_cases(table: str, statuses: dict[int, str]) -> dict[str, dict[str, Any]]:
    """The matched people's fields and those of their deciding cases (ids -> status on the date),
    with the stage on the date, by person uuid: a few thousand read by id."""
    side: dict[str, dict[str, Any]] = {}
    for (person_uuid, given, surnames, national_id, sex, service, birth, birth_precision, case_id, case_uuid, arrest,
         arrest_precision, arrest_state, facility, facility_state, stage) in database.execute_sql(
            "SELECT p.uuid, p.given_names, p.surnames, p.national_id, p.sex, p.civilian_military, p.birth_date, "
            "p.birth_date_precision, c.id, c.uuid, c.arrest_date, c.arrest_date_precision, c.arrest_state, f.name, "
            f"f.state, st.stage FROM detention_case c JOIN person p ON p.id = c.person_id "
            f"LEFT JOIN facility f ON f.id = c.facility_id LEFT JOIN {table}_stages st ON st.case_id = c.id "
            "WHERE c.id IN (SELECT value FROM json_each(?))", (json.dumps(sorted(statuses)),)):
        side[person_uuid] = {
            "person": {"given_names": given, "surnames": surnames, "national_id": national_id, "sex": sex,
                       "civilian_military": service, "birth_date": birth, "birth_date_precision": birth_precision},
            "case": {"uuid": case_uuid, "arrest_date": arrest, "arrest_date_precision": arrest_precision,
                     "arrest_state": arrest_state, "facility": facility, "facility_state": facility_state},
            "status": statuses[case_id], "stage": stage if stage not in (None, Stage.UNKNOWN.value) else None}
    return side


def _vault_side(person_uuids: list[str], as_of: date) -> dict[str, dict[str, Any]]:
    """For matched people with no status on `as_of` (arrested later, or nothing recorded): their
    fields, those of their latest case and its stage on that date. Read in bulk: a query per
    person cost a second per thousand rows."""
    people: dict[int, dict[str, Any]] = {}
    by_uuid: dict[str, int] = {}
    for start in range(0, len(person_uuids), _CHUNK):
        chunk = person_uuids[start:start + _CHUNK]
        for row in database.execute_sql(
                "SELECT id, uuid, given_names, surnames, national_id, sex, civilian_military, birth_date, "
                f"birth_date_precision FROM person WHERE uuid IN ({', '.join('?' * len(chunk))})", chunk):
            people[row[0]] = dict(zip(("id", "uuid", "given_names", "surnames", "national_id", "sex",
                                       "civilian_military", "birth_date", "birth_date_precision"), row))
            by_uuid[row[1]] = row[0]
    cases: dict[int, list[dict[str, Any]]] = defaultdict(list)
    person_ids = list(people)
    for start in range(0, len(person_ids), _CHUNK):
        chunk = person_ids[start:start + _CHUNK]
        for row in database.execute_sql(
                "SELECT c.id, c.uuid, c.person_id, c.arrest_date, c.arrest_date_precision, c.arrest_state, f.name, "
                "f.state FROM detention_case c LEFT JOIN facility f ON f.id = c.facility_id "
                f"WHERE c.person_id IN ({', '.join('?' * len(chunk))})", chunk):
            cases[row[2]].append(dict(zip(("id", "uuid", "person_id", "arrest_date", "arrest_date_precision",
                                           "arrest_state", "facility", "facility_state"), row)))
    timelines: dict[int, list[TimelineEntry]] = defaultdict(list)
    case_ids = [case["id"] for found in cases.values() for case in found]
    for start in range(0, len(case_ids), _CHUNK):
        chunk = case_ids[start:start + _CHUNK]
        for case_id, day, event_id, status, stage in database.execute_sql(
                "SELECT case_id, date, id, status, stage FROM event WHERE (status IS NOT NULL OR stage IS NOT NULL) "
                f"AND case_id IN ({', '.join('?' * len(chunk))})", chunk):
            timelines[case_id].append(TimelineEntry(date.fromisoformat(day), event_id,
                                                    Status(status) if status else None, Stage(stage) if stage else None))
    side = {}
    for person_uuid, person_id in by_uuid.items():
        found = cases.get(person_id)
        case = max(found, key=lambda case: case["id"]) if found else {}
        stage = stage_on(timelines[case["id"]], as_of) if case else None
        side[person_uuid] = {"person": people[person_id], "case": case, "status": None,
                             "stage": stage[0].value if stage and stage[0] is not Stage.UNKNOWN else None}
    return side


def _in_both(row: ListedPerson, person_uuid: str, vault: dict[str, Any], as_of: date) -> dict[str, Any]:
    listed = _listed(row, as_of)
    person, case, status = vault["person"], vault["case"], vault["status"]
    theirs = {
        "name": f"{person['given_names']} {person['surnames']}".strip(), "national_id": person["national_id"],
        "status": status, "stage": vault["stage"], "facility": case.get("facility"),
        "arrest_date": case.get("arrest_date"), "arrest_date_precision": case.get("arrest_date_precision"),
        "sex": person["sex"] if person["sex"] not in (None, "", Sex.UNKNOWN.value) else None,
        "civilian_military": person["civilian_military"]
        if person["civilian_military"] not in (None, "", CivilianMilitary.UNKNOWN.value) else None,
        "birth_date": person["birth_date"], "birth_date_precision": person["birth_date_precision"],
        "state": case.get("arrest_state") or case.get("facility_state") or None,
    }
    held_in_vault = status in _HELD_CODES
    disagreements, adds = [], {}
    for name in COMPARED:
        mine, other = listed[name], theirs[name]
        if name == "status":
            if listed["held_in_list"] != held_in_vault or (mine != HELD_BY_LISTING and other and mine != other):
                disagreements.append({"field": name, "list": mine, "vault": other})
            continue
        if mine is None:
            continue
        if other is None:
            adds[name] = mine
        elif not _agree(name, listed, theirs, row):
            disagreements.append({"field": name, "list": mine, "vault": other})
    return {"row": row.ref, "also_rows": list(row.also), "person_id": person_uuid, "case_id": case.get("uuid"),
            "list": {key: value for key, value in listed.items() if key not in ("row", "also_rows", "held_in_list")},
            "vault": theirs, "held_in_list": listed["held_in_list"], "held_in_vault": held_in_vault,
            "disagreements": disagreements, "list_adds": adds}


def _agree(name: str, listed: dict[str, Any], theirs: dict[str, Any], row: ListedPerson) -> bool:
    mine, other = listed[name], theirs[name]
    if name == "national_id":
        # The row's own reading: a cédula written without its letter fits the vault's E- or V-.
        return _same_id(row.national_id, NationalId.from_stored(other))
    if name in ("arrest_date", "birth_date"):
        return _same_day(mine, listed[f"{name}_precision"], other, theirs[f"{name}_precision"])
    if name == "facility":
        # "Rodeo I" and "Centro Penitenciario Rodeo I" are one place; "Rodeo I" and "Rodeo II" are not.
        one, two = set(fold(mine).split()), set(fold(other).split())
        return one <= two or two <= one
    if name == "state":
        return fold(mine) == fold(other)
    return mine == other


def _same_day(mine: str, mine_precision: str | None, other: str, other_precision: str | None) -> bool:
    """Two dates agree as far as the less precise of them goes (a month agrees with any day in it)."""
    precisions = {mine_precision, other_precision}
    width = 4 if DatePrecision.YEAR.value in precisions else 7 if DatePrecision.MONTH.value in precisions else 10
    return mine[:width] == other[:width]


# --- The workbook ------------------------------------------------------------------------------

#: Sheet names (Excel allows 31 characters) and column headers, (English, Spanish).
_SHEETS = {"summary": ("Summary", "Resumen"), "in_both": ("In both", "En ambas"),
           "disagreements": ("Disagreements", "Diferencias"), "only_file": ("Only in the list", "Solo en la lista"),
           "only_vault": ("Only in the vault", "Solo en la bóveda"), "to_confirm": ("To confirm", "Por confirmar")}
_HEADERS = {
    "row": ("Row", "Fila"), "name_list": ("Name in the list", "Nombre en la lista"),
    "name_vault": ("Name in the vault", "Nombre en la bóveda"), "name": ("Name", "Nombre"),
    "national_id": ("National ID", "Cédula"), "id_list": ("ID in the list", "Cédula en la lista"),
    "id_vault": ("ID in the vault", "Cédula en la bóveda"),
    "status_list": ("Status in the list", "Situación en la lista"),
    "status_vault": ("Status in the vault on the date", "Situación en la bóveda en esa fecha"),
    "stage_list": ("Stage in the list", "Situación procesal en la lista"),
    "stage_vault": ("Stage in the vault", "Situación procesal en la bóveda"),
    "facility_list": ("Facility in the list", "Centro en la lista"),
    "facility_vault": ("Facility in the vault", "Centro en la bóveda"),
    "arrest_list": ("Arrest date in the list", "Detención en la lista"),
    "arrest_vault": ("Arrest date in the vault", "Detención en la bóveda"),
    "differences": ("Fields that differ", "Campos que difieren"), "field": ("Field", "Campo"),
    "says_list": ("The list says", "La lista dice"), "says_vault": ("The vault says", "La bóveda dice"),
    "status": ("Status", "Situación"), "status_on": ("Status on the date", "Situación en esa fecha"),
    "stage": ("Procedural stage", "Situación procesal"), "facility": ("Facility", "Centro de reclusión"),
    "arrest_date": ("Arrest date", "Fecha de detención"), "state": ("State", "Estado"),
    "remarks": ("Remarks", "Observaciones"), "person_id": ("Person id", "Id de la persona"),
    "case_id": ("Case id", "Id del caso"), "candidate": ("Could be", "Podría ser"),
    "candidate_id": ("Their ID", "Su cédula"), "candidate_arrest": ("Their arrest date", "Su fecha de detención"),
    "score": ("Name likeness (0-100)", "Parecido del nombre (0-100)"), "why": ("Why it is not sure", "Por qué no es seguro"),
    "candidate_ref": ("Person id, or row of this list", "Id de la persona, o fila de esta lista"),
}


def value_label(name: str, value: Any, language: str) -> str:
    """A value as people read it: statuses, stages and the like by their label."""
    if name == "status" and value is None:
        return NO_STATUS_LABEL[0 if language == "en" else 1]
    if value in (None, ""):
        return ""
    if name == "status":
        return HELD_BY_LISTING_LABEL[0 if language == "en" else 1] if value == HELD_BY_LISTING \
            else Status(value).label(language)
    vocabulary = {"stage": Stage, "sex": Sex, "civilian_military": CivilianMilitary}.get(name)
    return vocabulary(value).label(language) if vocabulary else str(value)


def comparison_workbook(comparison: Comparison, language: str = "es") -> bytes:
    """The workbook two groups sit down with: a summary, then one sheet per category, headers
    and values in `language`. No cell can run as a formula."""
    from casedesk.services.spreadsheet_out import Workbook
    pick = 0 if language == "en" else 1
    # The shared writer: strings never formulas or links; a cell a spreadsheet would run once
    # edited ("=HYPERLINK(…)") carries Excel's own quote prefix, which shows no apostrophe.
    writer = Workbook()
    book, bold = writer.book, writer.bold

    def sheet(key: str, headers: list[str], rows: list[list[Any]]):
        page = book.add_worksheet(_SHEETS[key][pick])
        page.write_row(0, 0, [_HEADERS[name][pick] for name in headers], bold)
        widths = [len(_HEADERS[name][pick]) for name in headers]
        for number, row in enumerate(rows, start=1):
            for column, cell in enumerate(row):
                if isinstance(cell, (int, float)) and not isinstance(cell, bool):
                    page.write_number(number, column, cell)
                    continue
                text = "" if cell is None else str(cell)
                writer.text(page, number, column, text)
                if number <= 200:
                    widths[column] = max(widths[column], len(text))
        page.freeze_panes(1, 0)
        if rows:
            page.autofilter(0, 0, len(rows), len(headers) - 1)
        for column, width in enumerate(widths):
            page.set_column(column, column, min(50, width + 2))
        return page

    counts = comparison.counts()
    summary = book.add_worksheet(_SHEETS["summary"][pick])
    lines = _summary_lines(comparison, counts, language)
    for number, (label, value) in enumerate(lines):
        writer.text(summary, number, 0, label, bold if value is None else None)
        if isinstance(value, int):
            summary.write_number(number, 1, value)
        elif value is not None:
            writer.text(summary, number, 1, value)
    summary.set_column(0, 0, 62)
    summary.set_column(1, 1, 40)

    def label(name: str, value: Any) -> str:
        return value_label(name, value, language)
    sheet("in_both", ["row", "name_list", "name_vault", "id_list", "id_vault", "status_list", "status_vault",
                      "stage_list", "stage_vault", "facility_list", "facility_vault", "arrest_list", "arrest_vault",
                      "differences", "person_id", "case_id"],
          [[entry["row"], entry["list"]["name"], entry["vault"]["name"], entry["list"]["national_id"],
            entry["vault"]["national_id"], label("status", entry["list"]["status"]),
            label("status", entry["vault"]["status"]), label("stage", entry["list"]["stage"]),
            label("stage", entry["vault"]["stage"]), entry["list"]["facility"], entry["vault"]["facility"],
            entry["list"]["arrest_date"], entry["vault"]["arrest_date"],
            ", ".join(COMPARED[d["field"]][pick] for d in entry["disagreements"]), entry["person_id"],
            entry["case_id"]] for entry in comparison.in_both])
    sheet("disagreements", ["row", "name", "field", "says_list", "says_vault", "person_id"],
          [[d["row"], d["name"], COMPARED[d["field"]][pick], label(d["field"], d["list"]),
            label(d["field"], d["vault"]), d["person_id"]] for d in comparison.disagreements])
    sheet("only_file", ["row", "name", "national_id", "status", "stage", "facility", "arrest_date", "state", "remarks"],
          [[entry["row"], entry["name"], entry["national_id"], label("status", entry["status"]),
            label("stage", entry["stage"]), entry["facility"], entry["arrest_date"], entry["state"],
            "; ".join(remark[pick] for remark in entry["remarks"])] for entry in comparison.only_file])
    sheet("only_vault", ["name", "national_id", "status_on", "arrest_date", "facility", "case_id"],
          [[entry["name"], entry["national_id"], label("status", entry["status"]), entry["arrest_date"],
            entry["facility"], entry["case_id"]] for entry in comparison.only_vault])
    sheet("to_confirm", ["row", "name_list", "national_id", "arrest_date", "candidate", "candidate_id",
                         "candidate_arrest", "score", "why", "candidate_ref"],
          [[entry["row"], entry["name"], entry["national_id"], entry["arrest_date"], candidate["name"],
            candidate["national_id"], candidate["arrest_date"], candidate["score"], candidate["why"][pick],
            candidate["person_id"] or _in_file_label(candidate["in_this_file"], language)]
           for entry in comparison.to_confirm for candidate in entry["candidates"]])
    return writer.close()


def _in_file_label(ref: str | None, language: str) -> str:
    return (f"row {ref} of this list" if language == "en" else f"fila {ref} de esta lista") if ref else ""


def _summary_lines(comparison: Comparison, counts: dict[str, Any], language: str) -> list[tuple[str, Any]]:
    """(label, value) lines of the summary sheet; a value of None makes the label a heading."""
    en = language == "en"

    def say(english: str, spanish: str) -> str:
        return english if en else spanish
    day = comparison.as_of.isoformat()
    lines: list[tuple[str, Any]] = [
        (say("A list compared with the vault", "Una lista comparada con la bóveda"), None),
        (say("List", "Lista"), comparison.file_name), (say("Read as", "Leída como"), comparison.kind),
        ("SHA-256", comparison.file_sha256),
        (say("Date the list describes (compared on)", "Fecha que describe la lista (comparada a esa fecha)"), day),
        (say("Compared on", "Comparada el"), date.today().isoformat()),
        ("", ""),
        (say("The list", "La lista"), None),
        (say("Rows read", "Filas leídas"), counts["rows_read"]),
        (say("Second people named in a row", "Segundas personas nombradas en una fila"), counts["second_people_in_rows"]),
        (say("Rows that are not people", "Filas que no son personas"), counts["not_people"]),
        (say("Duplicates within the list", "Duplicadas dentro de la lista"), counts["duplicates_in_file"]),
        (say("People in the list", "Personas en la lista"), counts["people_in_list"]),
        (say("of whom held, by the list", "de ellas, detenidas según la lista"), counts["held_in_list"]),
        ("", ""),
        (say("Compared with the vault", "Frente a la bóveda"), None),
        (say("In both", "En ambas"), counts["in_both"]),
        (say("in both, held in the vault on the date", "en ambas, detenidas en la bóveda en esa fecha"),
         counts["in_both_held_in_vault"]),
        (say("in both, not held in the vault on the date", "en ambas, no detenidas en la bóveda en esa fecha"),
         counts["in_both_not_held_in_vault"]),
        (say("in both, with fields that differ", "en ambas, con campos que difieren"),
         counts["in_both_with_disagreements"]),
        (say("Only in the list", "Solo en la lista"), counts["only_file"]),
        (say("To confirm (may be someone in the vault, or another row)",
             "Por confirmar (puede ser alguien de la bóveda, u otra fila)"), counts["to_confirm"]),
        (say("Only in the vault (held on the date, not in the list)",
             "Solo en la bóveda (detenidas en esa fecha, no en la lista)"), counts["only_vault"]),
        (say("Held in the vault on the date", "Detenidas en la bóveda en esa fecha"), counts["held_in_vault"]),
        (say("of whom possibly a row to confirm", "de ellas, posiblemente una fila por confirmar"),
         counts["held_in_vault_to_confirm"]),
        ("", ""),
        (say("Fields that differ (people in both)", "Campos que difieren (personas en ambas)"), None),
        *[(label[0 if en else 1], counts["disagreements_by_field"][name]) for name, label in COMPARED.items()],
        ("", ""),
        (say("How the figures add up", "Cómo cuadran las cifras"), None),
        (say("Rows read + second people = in both + only in the list + to confirm + duplicates + not people",
             "Filas leídas + segundas personas = en ambas + solo en la lista + por confirmar + duplicadas + "
             "no personas"), f"{counts['rows_read'] + counts['second_people_in_rows']} = {counts['in_both']} + "
                             f"{counts['only_file']} + {counts['to_confirm']} + {counts['duplicates_in_file']} + "
                             f"{counts['not_people']}"),
        (say("Held in the vault = in both and held + only in the vault + possibly to confirm",
             "Detenidas en la bóveda = en ambas y detenidas + solo en la bóveda + posiblemente por confirmar"),
         f"{counts['held_in_vault']} = {counts['in_both_held_in_vault']} + {counts['only_vault']} + "
         f"{counts['held_in_vault_to_confirm']}"),
        (say("People are paired only when sure (the same ID, or the whole name and an arrest within a month), "
             "as an import would pair them; anything less is “to confirm”.",
             "Solo se emparejan personas cuando es seguro (la misma cédula, o el nombre completo y una detención "
             "con menos de un mes de diferencia), como lo haría una importación; lo demás queda «por confirmar»."),
         ""),
        (say("A person on the list without a status counts as held on its date.",
             "Una persona en la lista sin situación cuenta como detenida en su fecha."), ""),
    ]
    notes = [note[0 if en else 1] for note in comparison.reading_notes]
    if notes:
        lines += [("", ""), (say("How the list was read", "Cómo se leyó la lista"), None)]
        lines += [(note, "") for note in notes]
    return lines


def save_comparison(vault: Vault, comparison: Comparison, target: Path, *, language: str = "es") -> None:
    """Write the comparison workbook (names leave the vault: recorded in the audit log)."""
    from casedesk.services.dossiers import write_export
    target = Path(target)
    if target.suffix.lower() != ".xlsx":
        raise InvalidInput("Save the comparison as an .xlsx workbook.", "Guarde la comparación como libro .xlsx.")
    write_export(target, comparison_workbook(comparison, language))
    counts = comparison.counts()
    with recording():
        AuditTrail(vault.actor).write("export", "list_comparison", vault.header.vault_id, {
            "format": [None, "xlsx"], "list": [None, comparison.file_name],
            "list_sha256": [None, comparison.file_sha256], "as_of": [None, comparison.as_of.isoformat()],
            "people": [None, counts["in_both"] + counts["only_file"] + counts["to_confirm"] + counts["only_vault"]],
            "to": [None, str(target)]})
