"""Importing other groups' lists: exact counts, nothing lost, nothing merged when unsure.

Reading goes through `casedesk.lists`: the table is found on every sheet that holds people
(below titles and notes, under one- or two-row headers), each column is decided from its
header and its values, and each row becomes a person or a stated reason it is not one. A
value that cannot be read never drops its row: the field stays unknown, the words are kept as
written (in the case's notes) and the report lists them.

Every row is accounted for: rows read = people created + people merged + duplicates within
the file + rows waiting for review + rows that are not people (each with its reason).

People are merged only on certainty (see `lists.people`); the rest wait for review, in the
wizard or from the command line (`casedesk review`), kept inside the vault meanwhile.

Writing is one transaction recorded as an import batch, with every source row's provenance,
that can be undone as a whole. The statuses (and procedural stages) a list gives are events
on the list's status date, so the census of that date reflects the list; a release date
becomes a release on that date.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Callable, Iterable

from casedesk.domain.errors import CaseDeskError, InvalidInput, NotFound
from casedesk.domain.normalize import FuzzyDate
from casedesk.domain.text import fold
from casedesk.domain.timeline import TimelineEntry, stage_on
from casedesk.domain.timeline import status_on as timeline_status_on
from casedesk.domain.vocabulary import CivilianMilitary, DatePrecision, EventKind, Sex, Stage, Status
from casedesk.lists.columns import FIELDS, NAME_FIELDS, ColumnChoice, decide_columns, has_names
from casedesk.lists.grids import read_workbook
from casedesk.lists.people import Candidate, Known, People
from casedesk.lists.rows import BLANK_ROW, ListedPerson, NotAPerson, read_rows, sheet_context
from casedesk.lists.tables import Table, find_table
from casedesk.services.cases import NewCase, NewEvent, _created, _deleted, _refresh_status, add_cases
from casedesk.storage.audit import AuditTrail, snapshot
from casedesk.storage.models import Event, Person, ReviewItem, VaultMeta, database, new_uuid, utc_now
from casedesk.storage.vault import Vault
from casedesk.limits import LIST_FILE_BYTES as MAX_FILE_BYTES

NEW_EPISODE_DAYS = 365                   # an arrest this much later than the known one is a new case
#: Person fields the list's value may replace when a reviewer says so (otherwise only empty
#: fields are filled).
OVERRIDABLE = ("national_id", "sex", "nationality", "civilian_military", "birth_date")
_RELEASED = (Status.RELEASED_CONDITIONAL, Status.RELEASED_FULL)

__all__ = ["FIELDS", "ImportPlan", "ListReading", "import_file", "plan_import", "read_list", "run_import"]


# --- Reading ------------------------------------------------------------------------------

@dataclass
class SheetReading:
    """One sheet: its table, what each column holds and why, or why the sheet was left out."""

    name: str
    table: Table | None
    columns: list[ColumnChoice]
    context: dict[str, str]
    left_out: tuple[str, str] | None = None           # (English, Spanish) reason

    @property
    def used(self) -> bool:
        return self.left_out is None

    @property
    def mapping(self) -> dict[int, str]:
        return {choice.index: choice.field for choice in self.columns if choice.field}

    def report(self, language: str = "en") -> dict[str, Any]:
        data: dict[str, Any] = {"sheet": self.name, "used": self.used}
        if self.left_out:
            data["why_left_out"] = self.left_out[0 if language == "en" else 1]
        if self.table is not None:
            data["header_rows"] = self.table.header_rows
            data["rows_above_header"] = self.table.above
        if self.used:
            data["columns"] = [choice.to_json(language) for choice in self.columns if choice.field]
            data["unused_columns"] = [choice.to_json(language) for choice in self.columns if not choice.field]
        return data


@dataclass
class ListReading:
    """A list as read: how (encoding, separator, kind), its SHA-256, and each sheet."""

    file_name: str
    kind: str
    sha256: str
    sheets: list[SheetReading]
    today: date
    notes: list[tuple[str, str]] = field(default_factory=list)    # how a laid-out document was read

    @property
    def used(self) -> list[SheetReading]:
        return [sheet for sheet in self.sheets if sheet.used]

    def sheet(self, name: str) -> SheetReading:
        return next(sheet for sheet in self.sheets if sheet.name == name)


def read_list(path: Path, *, today: date | None = None) -> ListReading:
    """Read a CSV, TSV, XLSX, XLS or ODS list, or say plainly why it cannot be read."""
    path = Path(path)
    return parse_list(list_file_bytes(path), path.name, today=today)


def list_file_bytes(path: Path) -> bytes:
    """A list file's bytes, refused before reading when it is too large to be a list of people
    (a video chosen by mistake), or `InvalidInput` when it cannot be read."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InvalidInput(f"{path.name} is {size // (1024 * 1024)} MB: too large to be a list of people.",
                               f"{path.name} ocupa {size // (1024 * 1024)} MB: demasiado para ser una lista de personas.")
        return path.read_bytes()
    except OSError:
        raise InvalidInput(f"{path} cannot be read.", f"{path} no se puede leer.") from None


def parse_list(data: bytes, name: str = "", *, today: date | None = None) -> ListReading:
    today = today or date.today()
    from casedesk.lists.tables import looks_like_header
    workbook = read_workbook(data, name, is_header=lambda cells: looks_like_header(cells, today))
    sheets = [_read_sheet(sheet.name, find_table(sheet, today), today, sheet.hidden) for sheet in workbook.sheets]
    if not any(sheet.table for sheet in sheets):
        raise InvalidInput(f"{name or 'The file'} holds no rows.", f"{name or 'El archivo'} no tiene filas.")
    reading = ListReading(name, workbook.kind, workbook.sha256, sheets, today, workbook.notes)
    for sheet in reading.sheets:
        if sheet.table is not None and (saved := saved_mapping(sheet.table.headers)) is not None:
            _apply_mapping(sheet, saved, "remembered", "recordado")
    return reading


def _read_sheet(name: str, table: Table | None, today: date, hidden: bool) -> SheetReading:
    if table is None:
        return SheetReading(name, None, [], {}, ("the sheet is empty", "la hoja está vacía"))
    columns = [[cells[index] if index < len(cells) else "" for _, cells in table.rows] for index in range(table.width)]
    choices = decide_columns(table.headers, table.parents, columns, today)
    sheet = SheetReading(name, table, choices, sheet_context(name))
    if not has_names(choices):
        sheet.left_out = ("no column could be read as names (a summary, totals or notes; or a list whose columns "
                          "CaseDesk could not tell apart)",
                          "ninguna columna se pudo leer como nombres (un resumen, totales o notas; o una lista cuyas "
                          "columnas CaseDesk no supo separar)")
    elif not table.rows:
        sheet.left_out = ("a header and no rows", "un encabezado sin filas")
    if hidden and sheet.used:             # not what the workbook shows (a draft, an old copy): a person may map it
        sheet.left_out = ("a hidden sheet: not what the workbook shows", "una hoja oculta: no es lo que muestra el libro")
    return sheet


def _column_index(headers: list[str], column: int | str) -> int:
    """A column given by index, by letter ("B", as the import report shows it) or by header."""
    from casedesk.lists.columns import column_letter
    if isinstance(column, int):
        return column
    wanted = fold(column.strip())
    for index, header in enumerate(headers):
        if fold(header.strip()) == wanted or column_letter(index) == column.strip().upper():
            return index
    known = ", ".join(f"{column_letter(index)} “{header}”" for index, header in enumerate(headers))
    raise InvalidInput(f"No column “{column}” in the list: its columns are {known}.",
                       f"La lista no tiene la columna «{column}»: sus columnas son {known}.")


def remap(reading: ListReading, sheet_name: str, mapping: dict[int, str]) -> ListReading:
    """The same reading with the columns of one sheet set by the user (column -> field)."""
    check_mapping(mapping)
    sheets = []
    for sheet in reading.sheets:
        if sheet.name == sheet_name and sheet.table is not None:
            sheet = replace(sheet, columns=list(sheet.columns), left_out=None)
            _apply_mapping(sheet, mapping, "chosen", "elegido")
        sheets.append(sheet)
    return replace(reading, sheets=sheets)


def _apply_mapping(sheet: SheetReading, mapping: dict[int, str], how_en: str, how_es: str) -> None:
    choices = []
    for index in range(sheet.table.width if sheet.table else 0):
        header = sheet.columns[index].header if index < len(sheet.columns) else ""
        chosen = mapping.get(index)
        if chosen:
            choices.append(ColumnChoice(index, header, chosen, "chosen", f"{how_en} by the user", f"{how_es} por el usuario"))
        else:
            choices.append(ColumnChoice(index, header, None, "unused", "left out by the user",
                                        "dejada fuera por el usuario"))
    sheet.columns = choices
    sheet.left_out = None if has_names(choices) else sheet.left_out or (
        "no column holds names", "ninguna columna tiene nombres")


def check_mapping(mapping: dict[int, str]) -> None:
    unknown = set(mapping.values()) - set(FIELDS)
    if unknown:
        raise InvalidInput(f"Unknown fields: {', '.join(sorted(unknown))}.",
                           f"Campos desconocidos: {', '.join(sorted(unknown))}.")
    if not set(NAME_FIELDS) & set(mapping.values()):
        raise InvalidInput("No column holds the names: choose which column is the name.",
                           "Ninguna columna contiene los nombres: indique cuál es la del nombre.")


def _shape(headers: list[str]) -> str:
    from casedesk.lists.columns import header_words
    return hashlib.sha256(json.dumps([header_words(h) for h in headers]).encode()).hexdigest()[:16]


def saved_mapping(headers: list[str]) -> dict[int, str] | None:
    """The columns a user chose last time for a sheet with these same headers."""
    if not any(headers):
        return None                      # every headerless list has the same "shape"
    row = VaultMeta.get_or_none(VaultMeta.key == f"import_mapping:{_shape(headers)}")
    return {int(index): name for index, name in json.loads(row.value).items()} if row else None


def save_mapping(headers: list[str], mapping: dict[int, str]) -> None:
    """Remember a user's choice of columns for the next file with the same headers."""
    check_mapping(mapping)
    if any(headers):
        VaultMeta.insert(key=f"import_mapping:{_shape(headers)}", value=json.dumps(mapping)).on_conflict_replace().execute()


# --- Planning (the dry run) ---------------------------------------------------------------

@dataclass
class ImportPlan:
    """What an import would do; `run_import` does exactly this."""

    file_name: str
    status_date: date
    file_sha256: str
    kind: str = ""
    rows_read: int = 0
    new: list[ListedPerson] = field(default_factory=list)
    merges: list[tuple[ListedPerson, str]] = field(default_factory=list)         # (row, person uuid)
    review: list[tuple[ListedPerson, list[Candidate]]] = field(default_factory=list)
    duplicates_in_file: list[tuple[str, str]] = field(default_factory=list)      # (row, the row kept)
    skipped: list[dict[str, Any]] = field(default_factory=list)
    new_facilities: list[str] = field(default_factory=list)
    # (as the list writes it, the vault's facility it is taken as): "El Helicoide" -> "El Helicoide (SEBIN)"
    facilities_matched: list[tuple[str, str]] = field(default_factory=list)
    new_episodes: list[str] = field(default_factory=list)      # merged rows that are a later arrest
    overrides: dict[str, set[str]] = field(default_factory=dict)   # row -> fields where the list wins
    planned: dict[str, str] = field(default_factory=dict)          # row of a new person -> their uuid
    sheets: list[dict[str, Any]] = field(default_factory=list)     # how each sheet was read (en)
    sheets_es: list[dict[str, Any]] = field(default_factory=list)
    reading_notes: list[tuple[str, str]] = field(default_factory=list)
    shared_rows: int = 0              # people named second in a row's name cell ("Luis y Mario …")
    repeat_of: str | None = None      # an import of this very file for the same date, not undone

    def decide(self, decisions: dict[str, str], overrides: dict[str, set[str]] | None = None) -> None:
        """Settle rows under review: row -> a person uuid (the same person), "new" or "skip";
        `overrides` names, per row merged, the fields where the list's value replaces the vault's.
        A person this same file creates may be chosen: the row is then a duplicate within the file."""
        self.overrides.update({str(row): set(fields) & set(OVERRIDABLE) for row, fields in (overrides or {}).items()})
        decisions = {str(row): decision for row, decision in decisions.items()}
        new_rows = {person_uuid: row for row, person_uuid in self.planned.items()}
        undecided = []
        for row, candidates in self.review:
            decision = decisions.get(row.ref)
            if decision == "new":
                _keep_id_if_taken(row, {person.id_text for person in self.new if person.id_text})
                self.new.append(row)
                self.planned[row.ref] = new_uuid()
            elif decision == "skip":
                self.skipped.append({"row": row.ref, "reason": "left out at review", "reason_es": "excluida al revisar"})
            elif decision in new_rows:
                kept = next(person for person in self.new if person.ref == new_rows[decision])
                _fold_duplicate(kept, row)
                self.duplicates_in_file.append((row.ref, kept.ref))
            elif decision:
                self.merges.append((row, decision))
            else:
                undecided.append((row, candidates))
        self.review = undecided

    def summary(self, language: str = "en") -> dict[str, Any]:
        reason = "reason" if language == "en" else "reason_es"
        people = self.new + [row for row, _ in self.merges] + [row for row, _ in self.review]
        return {
            "file": self.file_name, "read_as": self.kind, "status_date": self.status_date.isoformat(),
            "reading_notes": [note[0 if language == "en" else 1] for note in self.reading_notes],
            "rows_read": self.rows_read, "people_created": len(self.new), "people_merged": len(self.merges),
            "cases_created": len(self.new) + len(self.new_episodes),
            "duplicates_in_file": len(self.duplicates_in_file),
            "duplicates": [{"row": row, "same_as_row": kept} for row, kept in self.duplicates_in_file],
            "to_review": [{"row": row.ref, "name": row.name, "national_id": row.id_text,
                           "candidates": [_candidate_json(c) for c in candidates]} for row, candidates in self.review],
            "skipped": [{"row": s["row"], "reason": s[reason]} for s in self.skipped],
            "kept_as_written": [{"row": row.ref, "field": name, "value": value}
                                for row in people for name, value in row.kept.items()],
            "remarks": [{"row": row.ref, "note": note[0 if language == "en" else 1]}
                        for row in people for note in row.remarks],
            "new_facilities": self.new_facilities,
            "facilities_matched": [{"written": written, "taken_as": known} for written, known in self.facilities_matched],
            "sheets": self.sheets if language == "en" else self.sheets_es,
            "second_people_in_rows": self.shared_rows,
            "already_imported": self.repeat_of,
            "accounted": self.rows_read + self.shared_rows == len(self.new) + len(self.merges)
            + len(self.duplicates_in_file) + len(self.review) + len(self.skipped),
        }


def _candidate_json(candidate: Candidate) -> dict[str, Any]:
    return {"person_id": candidate.person_uuid, "name": candidate.name, "national_id": candidate.national_id,
            "arrest_date": candidate.arrest_date, "score": candidate.score, "why": candidate.why_en,
            "why_es": candidate.why_es, "in_this_file": candidate.in_file}


def _fold_duplicate(kept: ListedPerson, other: ListedPerson) -> None:
    """Fill what `kept` lacks from a duplicate of it, and remember the duplicate's row."""
    # The same person twice with two statuses ("Detenido" in one row, "Excarcelado" in a later
    # one) or two arrest dates: the first row's is kept, and the report says so. Dropping the
    # other without a word hid a release (or an arrest) the list itself was unsure of.
    if kept.status is not None and other.status is not None and kept.status is not other.status:
        kept.remarks.append((f"row {other.ref}, the same person, says “{other.status.label('en')}”: this row's "
                             f"“{kept.status.label('en')}” is kept; check which is right",
                             f"la fila {other.ref}, la misma persona, dice «{other.status.label('es')}»: se guarda "
                             f"«{kept.status.label('es')}» de esta fila; compruebe cuál es la correcta"))
    if kept.arrest_date is not None and other.arrest_date is not None and kept.arrest_date != other.arrest_date:
        theirs, mine = other.arrest_date, kept.arrest_date
        kept.remarks.append((f"row {other.ref}, the same person, gives the arrest date {theirs.display('en')}: "
                             f"this row's {mine.display('en')} is kept",
                             f"la fila {other.ref}, la misma persona, da la fecha de detención "
                             f"{theirs.display('es')}: se guarda {mine.display('es')} de esta fila"))
    for name in ("national_id", "birth_date", "arrest_date", "status", "stage", "release_date", "age"):
        if getattr(kept, name) is None and getattr(other, name) is not None:
            setattr(kept, name, getattr(other, name))
    for name in ("nationality", "arrest_place", "state", "facility", "agency", "charges", "court",
                 "case_file_number", "lawyer", "notes"):
        if not getattr(kept, name) and getattr(other, name):
            setattr(kept, name, getattr(other, name))
    if kept.sex is Sex.UNKNOWN:
        kept.sex = other.sex
    if kept.civilian_military is CivilianMilitary.UNKNOWN:
        kept.civilian_military = other.civilian_military
    kept.also.append(other.ref)


def _keep_id_if_taken(row: ListedPerson, planned_ids: set[str]) -> None:
    """A row a reviewer called a different person may carry an ID someone already has: the new
    person is added without it, and the ID is kept as the list wrote it, with a remark."""
    if not row.id_text:
        return
    holder = Person.get_or_none(Person.national_id == row.id_text)
    if holder is None and row.id_text not in planned_ids:
        return
    row.kept["national_id"] = row.id_text
    row.remarks.append((f"ID {row.id_text} already belongs to someone else: added without it, kept as written",
                        f"la cédula {row.id_text} ya es de otra persona: se añade sin ella, guardada tal cual"))
    row.national_id = None


#: What matching reads of each person in the vault (`vault_people`): FROM person p, with
#: `LATEST_CASE` joined.
VAULT_PEOPLE_COLUMNS = "p.uuid, p.given_names, p.surnames, p.sort_key, p.national_id, latest.arrest_date"
LATEST_CASE = ("LEFT JOIN detention_case latest "
               "ON latest.id = (SELECT max(id) FROM detention_case WHERE person_id = p.id)")
#: The vault's people as matching takes them: the index, and the arrest date (ISO) of each
#: one's latest case by uuid (to tell a later arrest, a new case, from the one known).
VaultPeople = tuple[People, dict[str, str | None]]


def _vault_people() -> VaultPeople:
    """Everyone in the vault with their latest case, for matching, in one read: the plan asks
    nothing more of the vault row by row."""
    return vault_people(database.execute_sql(f"SELECT {VAULT_PEOPLE_COLUMNS} FROM person p {LATEST_CASE}"))


def vault_people(rows: Iterable[tuple]) -> VaultPeople:
    """The vault's people for matching, from rows that begin with `VAULT_PEOPLE_COLUMNS`."""
    people = People()
    latest_arrest: dict[str, str | None] = {}
    for uuid, given, surnames, sort_key, national_id, arrest, *_ in rows:
        latest_arrest[uuid] = arrest
        # The stored sort key is the folded name (surnames first, ñ marked): folding 100k names again cost seconds.
        people.add_stored(uuid, f"{given} {surnames}".strip(), national_id, arrest, sort_key.replace("n~", "n"))
    return people, latest_arrest


def _candidates(verdict_candidates) -> list[Candidate]:
    """The candidates of a row held for review; the vault people's `fields` are read afterwards
    for every row at once (`_add_candidate_fields`)."""
    return [Candidate(known.key, " ".join(known.name.split()), str(known.national_id) if known.national_id else None,
                      known.arrest_date.isoformat() if known.arrest_date else None, round(score, 1), why_en, why_es,
                      known.in_file)
            for known, score, why_en, why_es in verdict_candidates]


def _add_candidate_fields(review: list[tuple[ListedPerson, list[Candidate]]]) -> None:
    """Give each vault person among the candidates their values a row may replace (`OVERRIDABLE`),
    read in one query for every row under review: one query per candidate cost more than the
    matching itself."""
    in_vault = [candidate for _, candidates in review for candidate in candidates if not candidate.in_file]
    fields = _fields_of_people({candidate.person_uuid for candidate in in_vault})
    for candidate in in_vault:
        candidate.fields = dict(fields.get(candidate.person_uuid, {}))


def _fields_of_people(person_uuids: set[str]) -> dict[str, dict[str, str]]:
    """{person uuid: {field: value}} of `OVERRIDABLE` for these people."""
    rows = database.execute_sql(f"SELECT uuid, {', '.join(OVERRIDABLE)} FROM person "
                                "WHERE uuid IN (SELECT value FROM json_each(?))", (json.dumps(sorted(person_uuids)),))
    return {uuid: {name: value or "" for name, value in zip(OVERRIDABLE, values)} for uuid, *values in rows}


def _fields_of(person_uuid: str) -> dict[str, str]:
    values = database.execute_sql(f"SELECT {', '.join(OVERRIDABLE)} FROM person WHERE uuid = ?", (person_uuid,)).fetchone()
    return {name: value or "" for name, value in zip(OVERRIDABLE, values)} if values else {}


def plan_import(reading: ListReading, *, status_date: date | None = None, decisions: dict[str, str] | None = None,
                today: date | None = None, known_people: VaultPeople | None = None) -> ImportPlan:
    """The dry run: what importing the list would create, merge, hold for review and skip.

    `decisions` settles rows under review: row -> a person uuid to merge into, "new" or "skip".
    `known_people` is the vault's people (`vault_people`) when the caller has read them already
    (a comparison reads them with their statuses, in one pass); the plan adds the list's new
    people to it. Reads the vault; writes nothing.
    """
    today = today or date.today()
    status_date = status_date or today
    if status_date > today:
        raise InvalidInput("The status date cannot be in the future.", "La fecha de la situación no puede ser futura.")
    used = reading.used
    if not used:
        reasons = "; ".join(f"{sheet.name}: {sheet.left_out[0]}" for sheet in reading.sheets if sheet.left_out)
        reasons_es = "; ".join(f"{sheet.name}: {sheet.left_out[1]}" for sheet in reading.sheets if sheet.left_out)
        raise InvalidInput(
            f"CaseDesk found no column of names ({reasons}). If this is a list of people, say which column holds "
            f"the names (in the import window, or with --map COLUMN=full_name). A list written as sentences, or in "
            f"newspaper-style columns, cannot be imported: copy it into a spreadsheet first.",
            f"CaseDesk no encontró una columna de nombres ({reasons_es}). Si es una lista de personas, indique qué "
            f"columna tiene los nombres (en la ventana de importación, o con --map COLUMNA=full_name). Una lista "
            f"escrita en frases, o en columnas de periódico, no se puede importar: cópiela antes a una hoja de cálculo.")
    plan = ImportPlan(reading.file_name, status_date, reading.sha256, reading.kind,
                      sheets=[sheet.report("en") for sheet in reading.sheets],
                      sheets_es=[sheet.report("es") for sheet in reading.sheets],
                      reading_notes=list(reading.notes))
    several = len(used) > 1
    outcomes = [outcome for sheet in used for outcome in read_rows(
        sheet.table, sheet.columns, today=today, several_sheets=several, context=sheet.context)
        if not (isinstance(outcome, NotAPerson) and outcome.reason_en == BLANK_ROW)]     # blank lines are no rows
    plan.shared_rows = sum(1 for outcome in outcomes if isinstance(outcome, ListedPerson) and outcome.shares_row)
    plan.rows_read = len(outcomes) - plan.shared_rows
    people, latest_arrest = known_people or _vault_people()
    # The same file imported before for the same date: each row is the person it made or merged.
    earlier = database.execute_sql(
        "SELECT id, uuid FROM import_batch WHERE file_sha256 = ? AND status_date = ? AND undone_at IS NULL "
        "ORDER BY id DESC LIMIT 1", (reading.sha256, status_date.isoformat())).fetchone()
    same_row: dict[str, str] = {}
    if earlier:
        plan.repeat_of = earlier[1]
        for refs, person_uuid in database.execute_sql(
                "SELECT r.row_numbers, p.uuid FROM import_row r JOIN person p ON p.id = r.person_id "
                "WHERE r.batch_id = ?", (earlier[0],)):
            same_row.update({str(ref): person_uuid for ref in json.loads(refs)})
    merged_into: dict[str, ListedPerson] = {}       # vault person -> the row merged into them
    kept_rows: dict[str, ListedPerson] = {}
    for outcome in outcomes:
        if isinstance(outcome, NotAPerson):
            plan.skipped.append({"row": outcome.ref, "reason": outcome.reason_en, "reason_es": outcome.reason_es})
            continue
        row = outcome
        if row.ref in same_row and same_row[row.ref] not in merged_into:
            merged_into[same_row[row.ref]] = row
            plan.merges.append((row, same_row[row.ref]))
            continue
        verdict = people.match(row.name, row.national_id, row.arrest_date.value if row.arrest_date else None,
                               _fingerprint(row))
        row.remarks += verdict.remarks
        if verdict.kind == "same":
            known = verdict.known
            target = kept_rows.get(known.in_file) if known.in_file else merged_into.get(known.key)
            if target is not None:
                _fold_duplicate(target, row)
                plan.duplicates_in_file.append((row.ref, target.ref))
            else:
                merged_into[known.key] = row
                plan.merges.append((row, known.key))
        elif verdict.kind == "review":
            plan.review.append((row, _candidates(verdict.candidates)))
        else:
            person_uuid = new_uuid()
            plan.planned[row.ref] = person_uuid
            plan.new.append(row)
            kept_rows[row.ref] = row
            people.add(Known(person_uuid, row.name, row.national_id,
                             row.arrest_date.value if row.arrest_date else None, in_file=row.ref,
                             fingerprint=_fingerprint(row)))
    _add_candidate_fields(plan.review)
    plan.new_episodes = [row.ref for row, person_uuid in plan.merges
                         if _later_arrest(row, latest_arrest.get(person_uuid))]
    plan.decide(decisions or {})
    _match_facilities(plan)
    return plan


_PARENTHESIS = re.compile(r"\(([^()]*)\)")


def _without_parenthesis(name: str) -> tuple[str, bool]:
    """The folded name without what a parenthesis adds ("El Helicoide (SEBIN)" -> "el helicoide"),
    and whether it had one."""
    bare = _PARENTHESIS.sub(" ", name)
    return fold(bare), bare != name


def _match_facilities(plan: ImportPlan) -> None:
    """Each facility the list names, taken as the vault's when only a parenthesis tells them
    apart ("El Helicoide" and "El Helicoide (SEBIN)"): the same place, which two names would split
    in the census. Conservative: one side has no parenthesis, the rest is the same once folded
    (case, accents, spaces), and exactly one facility of the vault fits. "Rodeo I" and "Rodeo 1",
    or two different parentheses, stay apart; anything else not in the vault is proposed as new."""
    facilities = [(key, name) for key, name in database.execute_sql("SELECT name_key, name FROM facility")]
    known = {key for key, _ in facilities}
    by_bare: dict[str, list[tuple[str, bool]]] = defaultdict(list)
    for _, name in facilities:
        bare, qualified = _without_parenthesis(name)
        by_bare[bare].append((name, qualified))
    rows = plan.new + [row for row, _ in plan.merges]
    everyone = rows + [row for row, _ in plan.review]       # those settled at review later too
    taken_as: dict[str, str] = {}
    for row in everyone:
        if not row.facility or fold(row.facility) in known or row.facility in taken_as:
            continue
        bare, qualified = _without_parenthesis(row.facility)
        fitting = by_bare.get(bare, []) if bare else []
        if len(fitting) == 1 and fitting[0][1] != qualified:
            taken_as[row.facility] = fitting[0][0]
    for row in everyone:
        if row.facility in taken_as:
            row.facility = taken_as[row.facility]
    plan.facilities_matched = sorted(taken_as.items())
    for written, facility in plan.facilities_matched:
        plan.reading_notes.append((f"facility “{written}” taken as “{facility}”, already in the vault",
                                   f"centro de reclusión «{written}» tomado como «{facility}», que ya está en la bóveda"))
    wanted = {fold(row.facility): row.facility for row in rows if row.facility}
    plan.new_facilities = sorted(name for key, name in wanted.items() if key not in known)


def _fingerprint(row: ListedPerson) -> tuple:
    """A row's values besides the name, to recognise the very same row written twice."""
    return (row.sex, row.nationality, row.state, row.facility, row.agency, row.civilian_military, row.status,
            row.stage, row.charges, row.notes)


def _later_arrest(row: ListedPerson, known_arrest: str | None) -> bool:
    """Is the row's arrest a new detention, more than `NEW_EPISODE_DAYS` after `known_arrest`
    (that of the person's latest case, ISO)?"""
    return bool(row.arrest_date and known_arrest and
                (row.arrest_date.value - date.fromisoformat(known_arrest)).days > NEW_EPISODE_DAYS)


# --- Writing and undoing ------------------------------------------------------------------

class ImportCancelled(CaseDeskError):
    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was imported.",
                         "Se canceló la importación; no se importó nada.")


def _as_written_note(row: ListedPerson, file_name: str) -> str:
    """What the list said that CaseDesk could not read, kept in the case's notes."""
    parts = [f"{FIELDS[name][1]}: «{value}»" for name, value in row.kept.items()]
    if row.age is not None:
        parts.append(f"Edad: {row.age}")
    return f"Según la lista {file_name}, fila {row.ref}: " + "; ".join(parts) if parts else ""


def _timeline_events(row: ListedPerson, plan: ImportPlan) -> list[NewEvent]:
    """The events a new case gets from its row besides the arrest: a release or a death on its
    date, and what the list says on the status date: the status it gives (a record that the list
    said so, even when the arrest implies it, so an older list imported later cannot overrule
    it), or, when it says nothing and gives no arrest date either, that the person was held."""
    source = f"Lista importada: {plan.file_name}, fila {row.ref}"
    events = []
    status, stage = row.status, row.stage
    if row.release_date:
        released = status if status in _RELEASED else Status.RELEASED_CONDITIONAL
        events.append(NewEvent(EventKind.STATUS_RECORDED, row.release_date, released,
                               description=f"Excarcelación según la lista: {plan.file_name}, fila {row.ref}",
                               source=plan.file_name))
        if status in _RELEASED or status is None:
            status = None
    if row.death_date:
        events.append(NewEvent(EventKind.STATUS_RECORDED, row.death_date, Status.DECEASED,
                               description=f"Fallecimiento según la lista: {plan.file_name}, fila {row.ref}",
                               source=plan.file_name))
        if status in (Status.DECEASED, None):
            status = None
    if status is None and stage is None:
        if row.arrest_date or row.release_date or row.death_date:
            return events
        status = Status.DETAINED            # on a list of detainees with nothing else said: held that day
    events.append(NewEvent(EventKind.STATUS_RECORDED, FuzzyDate(plan.status_date, DatePrecision.DAY),
                           status or Status.DETAINED, description=source, source=plan.file_name, stage=stage))
    return events


def _new_case(row: ListedPerson, plan: ImportPlan, existing_person: str | None = None) -> NewCase:
    notes = "\n".join(part for part in (row.notes, _as_written_note(row, plan.file_name)) if part)
    return NewCase(
        given_names=row.given_names, surnames=row.surnames, national_id=None if existing_person else row.id_text,
        sex=row.sex, birth_date=_birth_date(row, plan.status_date), nationality=row.nationality,
        civilian_military=row.civilian_military, arrest_date=row.arrest_date, arrest_place=row.arrest_place,
        arrest_state=row.state, facility=row.facility or None, agency=row.agency or None, charges=row.charges,
        court=row.court, case_file_number=row.case_file_number, lawyer=row.lawyer, notes=notes,
        occupation=row.occupation, aliases=row.aliases,
        events=_timeline_events(row, plan), existing_person_uuid=existing_person,
        person_uuid=None if existing_person else plan.planned.get(row.ref),
        minor_at_arrest=row.minor, health_conditions=row.health)


def _birth_date(row: ListedPerson, on: date) -> FuzzyDate | None:
    """The row's birth date, or one estimated from the age it gives on the list's date: someone
    aged N was born within the year before the day N years earlier (the middle of it is kept,
    marked as an estimate, which the census reads as within a year either way)."""
    if row.birth_date is not None or row.age is None:
        return row.birth_date
    try:
        latest = on.replace(year=on.year - row.age)
    except ValueError:                       # 29 February
        latest = on.replace(year=on.year - row.age, day=28)
    return FuzzyDate(latest - timedelta(days=182), DatePrecision.ESTIMATED)


def _source(row: ListedPerson, sources: dict[str, dict[str, str]]) -> str:
    return json.dumps({ref: sources.get(ref, {}) for ref in [row.ref, *row.also]}, ensure_ascii=False)


def run_import(vault: Vault, plan: ImportPlan, *, progress: Callable[[int, int], bool] | None = None) -> str:
    """Do what `plan` says, all or nothing; returns the batch id (to undo it later). Rows
    still waiting for a decision are kept in the vault for review (`pending_reviews`).

    `progress(done, total)` is called as people are written; returning False cancels, and
    nothing is written.
    """
    total = len(plan.new) + len(plan.merges)
    today = date.today()
    sources = {row.ref: row.source for row in plan.new + [r for r, _ in plan.merges]}
    for row in plan.new + [r for r, _ in plan.merges]:
        for duplicate in row.also:
            sources.setdefault(duplicate, {})
    with database.atomic("IMMEDIATE"):
        trail = AuditTrail(vault.actor)
        batch = {"uuid": new_uuid(), "file_name": plan.file_name, "file_sha256": plan.file_sha256,
                 "status_date": plan.status_date.isoformat(), "actor": vault.actor, "created_at": utc_now()}
        database.execute_sql(
            "INSERT INTO import_batch (uuid, file_name, file_sha256, status_date, summary, actor, created_at) "
            "VALUES (?, ?, ?, ?, '{}', ?, ?)",
            (batch["uuid"], batch["file_name"], plan.file_sha256, batch["status_date"], vault.actor, batch["created_at"]))
        batch_id = database.execute_sql("SELECT id FROM import_batch WHERE uuid = ?", (batch["uuid"],)).fetchone()[0]
        provenance, later_arrests = _merge(plan, plan.merges, batch_id, trail, today, sources, progress, total)
        trail.flush()             # before add_cases starts its own trail: one chain, in order
        done = len(plan.merges) - len(later_arrests)
        new_cases: list[tuple[ListedPerson, str | None]] = [(row, None) for row in plan.new] + later_arrests
        provenance += _create(vault, plan, new_cases, batch_id, sources, progress, done, total)
        # People who share a file number (expediente / causa) become co-defendants of one proceeding.
        from casedesk.services.proceedings import group_into_proceedings
        listed = {row.ref: row for row in plan.new + [row for row, _ in plan.merges]}
        grouping = AuditTrail(vault.actor)
        proceedings = group_into_proceedings(grouping, [
            (entry[4], listed[json.loads(entry[1])[0]].case_file_number, listed[json.loads(entry[1])[0]].court)
            for entry in provenance if entry[4] is not None and json.loads(entry[1])[0] in listed])
        grouping.flush()
        now = utc_now()
        database.cursor().executemany(
            "INSERT INTO review_item (batch_id, row_ref, listed, candidates, created_at) VALUES (?, ?, ?, ?, ?)",
            [(batch_id, row.ref, json.dumps(row.to_json(), ensure_ascii=False),
              json.dumps([_candidate_json(c) | {"fields": c.fields} for c in candidates], ensure_ascii=False), now)
             for row, candidates in plan.review])
        database.cursor().executemany(
            "INSERT INTO import_row (batch_id, row_numbers, action, person_id, case_id, event_id, filled, source) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", provenance)
        summary = plan.summary()
        summary["cases_created"] = len(new_cases)           # later arrests found while merging included
        summary["proceedings_created"] = proceedings["created"]      # undoing the import removes them if empty
        summary["cases_linked_to_proceedings"] = proceedings["linked"]
        database.execute_sql("UPDATE import_batch SET summary = ? WHERE id = ?",
                             (json.dumps(summary, ensure_ascii=False), batch_id))
        AuditTrail(vault.actor).write("import", "import_batch", batch["uuid"], {
            "file_name": [None, plan.file_name], "file_sha256": [None, plan.file_sha256],
            "status_date": [None, batch["status_date"]], "people_created": [None, len(plan.new)],
            "people_merged": [None, len(plan.merges)], "cases_created": [None, len(new_cases)],
            "to_review": [None, len(plan.review)]})
    if progress:
        progress(total, total)
    return batch["uuid"]


def _create(vault: Vault, plan: ImportPlan, new_cases: list[tuple[ListedPerson, str | None]], batch_id: int,
            sources: dict[str, dict[str, str]], progress: Callable[[int, int], bool] | None, done: int,
            total: int) -> list[tuple]:
    provenance = []
    for start in range(0, len(new_cases), 1000):
        chunk = new_cases[start:start + 1000]
        case_uuids = add_cases(vault, [_new_case(row, plan, person_uuid) for row, person_uuid in chunk])
        marks = ", ".join("?" * len(case_uuids))
        ids = {uuid: (case_id, person_id) for uuid, case_id, person_id in database.execute_sql(
            f"SELECT uuid, id, person_id FROM detention_case WHERE uuid IN ({marks})", case_uuids)}
        for (row, person_uuid), case_uuid in zip(chunk, case_uuids):
            case_id, person_id = ids[case_uuid]
            provenance.append((batch_id, json.dumps([row.ref, *row.also]), "new_case" if person_uuid else "created",
                               person_id, case_id, None, "{}", _source(row, sources)))
        done += len(chunk)
        if progress and progress(done, total) is False:
            raise ImportCancelled()
    return provenance


_PERSON_FIELDS = ("id", "uuid", "national_id", "sex", "nationality", "civilian_military", "birth_date",
                  "birth_date_precision")
_EVENT_FIELDS = ("id", "uuid", "case_id", "kind", "date", "date_precision", "status", "stage", "description",
                 "source", "created_at", "updated_at")


def _merge(plan: ImportPlan, merges: list[tuple[ListedPerson, str]], batch_id: int, trail: AuditTrail, today: date,
           sources: dict[str, dict[str, str]], progress: Callable[[int, int], bool] | None,
           total: int) -> tuple[list[tuple], list[tuple[ListedPerson, str]]]:
    """Rows about people already in the vault: fill their empty fields (never overwrite, unless
    a reviewer chose the list's value) and, when the list gives a status or stage the timeline
    does not have on its date (or a release the timeline lacks), add the event.

    Read and written in bulk (a query per row cost 1 ms each through the ORM). Returns the
    provenance rows and the rows that are a later arrest, which become new cases.
    """
    people: dict[str, dict[str, Any]] = {}
    latest_case: dict[int, tuple] = {}
    uuids = sorted({uuid for _, uuid in merges})
    for start in range(0, len(uuids), 500):
        chunk = uuids[start:start + 500]
        for row in database.execute_sql(
                f"SELECT {', '.join('p.' + name for name in _PERSON_FIELDS)}, c.id, c.uuid, c.arrest_date, c.status, "
                f"c.status_since, c.stage, c.stage_since, c.arrest_state FROM person p LEFT JOIN detention_case c "
                f"ON c.id = (SELECT max(id) FROM detention_case WHERE person_id = p.id) "
                f"WHERE p.uuid IN ({', '.join('?' * len(chunk))})", chunk):
            person = dict(zip(_PERSON_FIELDS, row[:len(_PERSON_FIELDS)]))
            people[person["uuid"]] = person
            if row[len(_PERSON_FIELDS)] is not None:
                latest_case[person["id"]] = row[len(_PERSON_FIELDS):]
    missing = [uuid for uuid in uuids if uuid not in people]
    if missing:
        raise NotFound("person", "una persona", missing[0])
    case_ids = [case[0] for case in latest_case.values()]
    timelines: dict[int, list[TimelineEntry]] = defaultdict(list)
    for start in range(0, len(case_ids), 500):
        chunk = case_ids[start:start + 500]
        for case_id, day, event_id, status, stage in database.execute_sql(
                f"SELECT case_id, date, id, status, stage FROM event WHERE (status IS NOT NULL OR stage IS NOT NULL) "
                f"AND case_id IN ({', '.join('?' * len(chunk))})", chunk):
            timelines[case_id].append(TimelineEntry(date.fromisoformat(day), event_id,
                                                    Status(status) if status else None, Stage(stage) if stage else None))
    ids_taken = {national_id for (national_id,) in database.execute_sql(
        "SELECT national_id FROM person WHERE national_id IS NOT NULL")} if any(
        row.national_id for row, _ in merges) else set()
    next_event = database.execute_sql("SELECT coalesce(max(id), 0) + 1 FROM event").fetchone()[0]
    now = utc_now()
    provenance: list[tuple] = []
    later_arrests: list[tuple[ListedPerson, str]] = []
    events: list[tuple] = []
    person_updates: dict[int, dict[str, Any]] = {}
    changed_cases: set[int] = set()
    state_fills: list[tuple] = []

    def add_event(case_id: int, day: date, status: Status, stage: Stage | None, description: str) -> int:
        nonlocal next_event
        event_id, next_event = next_event, next_event + 1
        event = {"id": event_id, "uuid": new_uuid(), "case_id": case_id, "kind": EventKind.STATUS_RECORDED.value,
                 "date": day.isoformat(), "date_precision": DatePrecision.DAY.value, "status": status.value,
                 "stage": stage.value if stage else None, "description": description, "source": plan.file_name,
                 "created_at": now, "updated_at": now}
        events.append(tuple(event[name] for name in _EVENT_FIELDS))
        trail.record("create", "event", event["uuid"], _created(event))
        timelines[case_id].append(TimelineEntry(day, event_id, status, stage))
        changed_cases.add(case_id)
        return event_id

    for done, (row, person_uuid) in enumerate(merges, start=1):
        person = people[person_uuid]
        case = latest_case.get(person["id"])
        if case is None or (row.arrest_date and case[2] and
                            (row.arrest_date.value - date.fromisoformat(case[2])).days > NEW_EPISODE_DAYS):
            later_arrests.append((row, person_uuid))       # arrested again: a new detention episode
            continue
        filled = _fill(person, row, ids_taken, plan.overrides.get(row.ref, set()))
        if filled:
            person_updates[person["id"]] = person
            trail.record("update", "person", person_uuid, {name: [old, person[name]] for name, old in filled.items()})
        case_id, case_uuid = case[0], case[1]
        if row.state and not case[7]:
            state_fills.append((row.state, now, case_id))
            trail.record("update", "case", case_uuid, {"arrest_state": ["", row.state]})
        event_ids = []
        if row.release_date:
            current = timeline_status_on(timelines[case_id], row.release_date.value)
            if current is None or current[0] not in _RELEASED:
                released = row.status if row.status in _RELEASED else Status.RELEASED_CONDITIONAL
                event_ids.append(add_event(case_id, row.release_date.value, released, None,
                                           f"Excarcelación según la lista: {plan.file_name}, fila {row.ref}"))
        if row.death_date:
            current = timeline_status_on(timelines[case_id], row.death_date.value)
            if current is None or current[0] is not Status.DECEASED:
                event_ids.append(add_event(case_id, row.death_date.value, Status.DECEASED, None,
                                           f"Fallecimiento según la lista: {plan.file_name}, fila {row.ref}"))
        status = row.status if not (row.release_date and row.status in _RELEASED) else None
        if status is Status.UNKNOWN or (row.death_date and status is Status.DECEASED):
            status = None                   # "not known" in a list never overwrites what the vault knows
        if (status is not None or row.stage is not None) and not plan.repeat_of:
            # Recorded even when it changes nothing today: the list says so on its date, and an
            # older list imported later must not overrule it.
            current = timeline_status_on(timelines[case_id], plan.status_date)
            same_day = {(entry.status, entry.stage) for entry in timelines[case_id] if entry.date == plan.status_date}
            new_status = status or (current[0] if current else Status.DETAINED)
            if (new_status, row.stage) not in same_day and (new_status, None) not in same_day:
                event_ids.append(add_event(case_id, plan.status_date, new_status, row.stage,
                                           f"Lista importada: {plan.file_name}, fila {row.ref}"))
        provenance.append((batch_id, json.dumps([row.ref, *row.also]), "merged", person["id"], case_id,
                           event_ids[-1] if event_ids else None,
                           json.dumps(filled | ({"events": event_ids} if len(event_ids) > 1 else {}), ensure_ascii=False),
                           _source(row, sources)))
        if progress and done % 500 == 0 and progress(done, total) is False:
            raise ImportCancelled()
    database.cursor().executemany(
        f"INSERT INTO event ({', '.join(_EVENT_FIELDS)}) VALUES ({', '.join('?' * len(_EVENT_FIELDS))})", events)
    database.cursor().executemany(
        "UPDATE person SET national_id = ?, sex = ?, nationality = ?, civilian_military = ?, birth_date = ?, "
        "birth_date_precision = ?, updated_at = ? WHERE id = ?",
        [(p["national_id"], p["sex"], p["nationality"], p["civilian_military"], p["birth_date"],
          p["birth_date_precision"], now, person_id) for person_id, p in person_updates.items()])
    database.cursor().executemany("UPDATE detention_case SET arrest_state = ?, updated_at = ? WHERE id = ?", state_fills)
    cases_by_id = {case[0]: case for case in latest_case.values()}
    case_updates = []
    for case_id in changed_cases:          # the cached status and stage, as _refresh_status keeps them
        _, case_uuid, _, old_status, old_since, old_stage, old_stage_since, _ = cases_by_id[case_id]
        status, stage = timeline_status_on(timelines[case_id], today), stage_on(timelines[case_id], today)
        new = (status[0].value if status else "unknown", status[1].isoformat() if status else None,
               stage[0].value if stage else "unknown", stage[1].isoformat() if stage else None)
        old = (old_status, old_since, old_stage, old_stage_since)
        if new != old:
            case_updates.append((*new, now, case_id))
            trail.record("update", "case", case_uuid, {name: [before, after] for name, before, after in zip(
                ("status", "status_since", "stage", "stage_since"), old, new) if before != after})
    database.cursor().executemany("UPDATE detention_case SET status = ?, status_since = ?, stage = ?, stage_since = ?, "
                                  "updated_at = ? WHERE id = ?", case_updates)
    return provenance, later_arrests


def _fill(person: dict[str, Any], row: ListedPerson, ids_taken: set[str], replace_fields: set[str]) -> dict[str, Any]:
    """Fill the person's empty fields from the row, and replace those a reviewer chose (the
    rest are never overwritten); returns what was there."""
    values = {"national_id": row.id_text, "nationality": row.nationality,
              "sex": row.sex.value if row.sex is not Sex.UNKNOWN else None,
              "civilian_military": row.civilian_military.value
              if row.civilian_military is not CivilianMilitary.UNKNOWN else None,
              "birth_date": row.birth_date.iso() if row.birth_date else None}
    filled: dict[str, Any] = {}
    for name, value in values.items():
        if not value or value == person[name] or (person[name] not in (None, "", "unknown") and name not in replace_fields):
            continue
        if name == "national_id":
            if value in ids_taken:
                continue           # someone else has it: leave it for a person to look at
            ids_taken.add(value)
        filled[name] = person[name]
        person[name] = value
        if name == "birth_date":
            filled["birth_date_precision"] = person["birth_date_precision"]
            person["birth_date_precision"] = row.birth_date.precision.value
    return filled


# --- Review, without the window ------------------------------------------------------------

def pending_reviews() -> list[dict[str, Any]]:
    """Rows of imports still waiting for a decision, oldest first, with their candidates and
    the fields where the row and each candidate differ."""
    items = []
    for item in (ReviewItem.select(ReviewItem, ReviewItem.batch).where(ReviewItem.decided_at.is_null())
                 .order_by(ReviewItem.id)):
        listed = ListedPerson.from_json(json.loads(item.listed))
        candidates = json.loads(item.candidates)
        for candidate in candidates:
            theirs = _fields_of(candidate["person_id"]) or candidate.pop("fields", {})
            candidate.pop("fields", None)
            candidate["differs"] = {name: {"list": value, "vault": theirs.get(name, "")}
                                    for name, value in listed.overridable().items()
                                    if value and theirs.get(name) not in ("", None, "unknown", value)}
        items.append({"item": item.id, "import": item.batch.uuid, "file": item.batch.file_name, "row": item.row_ref,
                      "name": listed.name, "national_id": listed.id_text,
                      "arrest_date": listed.arrest_date.iso() if listed.arrest_date else None,
                      "candidates": candidates})
    return items


def decide_review(vault: Vault, item_id: int, decision: str) -> dict[str, Any]:
    """Settle one pending row: "merge:PERSON_ID" (the same person; a unique prefix of the id
    is enough), "new" (someone else: added) or "skip". Recorded in the row's import batch, so
    undoing the import undoes this too."""
    with database.atomic("IMMEDIATE"):
        item = ReviewItem.get_or_none(ReviewItem.id == item_id)
        if item is None or item.decided_at:
            raise InvalidInput(f"There is no pending review item {item_id}.",
                               f"No hay ninguna fila por revisar con el número {item_id}.")
        if item.batch.undone_at:
            raise InvalidInput("That import was undone.", "Esa importación se deshizo.")
        row = ListedPerson.from_json(json.loads(item.listed))
        batch = item.batch
        plan = ImportPlan(batch.file_name, date.fromisoformat(batch.status_date), batch.file_sha256)
        sources = {row.ref: row.source}
        if decision == "new":
            _keep_id_if_taken(row, set())
            plan.planned[row.ref] = new_uuid()
            plan.new.append(row)
            provenance = _create(vault, plan, [(row, None)], batch.id, sources, None, 0, 1)
            outcome = {"created": 1}
        elif decision.startswith("merge:"):
            person = _person_by_prefix(decision.removeprefix("merge:"))
            trail = AuditTrail(vault.actor)
            provenance, later = _merge(plan, [(row, person.uuid)], batch.id, trail, date.today(), sources, None, 1)
            trail.flush()
            provenance += _create(vault, plan, [(row, person.uuid)], batch.id, sources, None, 0, 1) if later else []
            outcome = {"merged_into": person.uuid}
        elif decision == "skip":
            provenance, outcome = [], {"skipped": 1}
        else:
            raise InvalidInput("Decide with merge:PERSON_ID, new or skip.", "Decida con merge:ID_PERSONA, new o skip.")
        database.cursor().executemany(
            "INSERT INTO import_row (batch_id, row_numbers, action, person_id, case_id, event_id, filled, source) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", provenance)
        item.decided_at, item.decision = utc_now(), decision
        item.save()
        AuditTrail(vault.actor).write("review", "import_batch", batch.uuid, {"row": [None, row.ref],
                                                                             "decision": [None, decision]})
    return {"item": item_id, "row": row.ref, **outcome}


def _person_by_prefix(prefix: str) -> Person:
    prefix = prefix.strip().lower()
    if len(prefix) < 6:
        raise InvalidInput("Give at least the first 6 characters of the person's id.",
                           "Indique al menos los primeros 6 caracteres del id de la persona.")
    found = list(Person.select().where(Person.uuid.between(prefix, prefix + "\uffff")).limit(2))
    if len(found) != 1:
        raise NotFound("person", "una persona", prefix) if not found else InvalidInput(
            f"More than one person's id starts with {prefix}.", f"Más de un id de persona empieza por {prefix}.")
    return found[0]


# --- The imports made ---------------------------------------------------------------------

def import_batches() -> list[dict[str, Any]]:
    """Every import, newest first, with what it did and how many rows still wait for review."""
    pending = dict(database.execute_sql(
        "SELECT batch_id, count(*) FROM review_item WHERE decided_at IS NULL GROUP BY batch_id").fetchall())
    rows = database.execute_sql(
        "SELECT id, uuid, file_name, status_date, summary, actor, created_at, undone_at FROM import_batch ORDER BY id DESC")
    return [{"id": uuid, "file": name, "status_date": status_date, "summary": json.loads(summary), "actor": actor,
             "imported_at": created, "undone_at": undone, "pending_review": pending.get(batch_id, 0)}
            for batch_id, uuid, name, status_date, summary, actor, created, undone in rows]


def undo_import(vault: Vault, batch_uuid: str) -> dict[str, int]:
    """Undo a whole import: its new cases (and people left without a case) are deleted, its
    status events removed and the fields it filled emptied again, in one transaction; rows
    still waiting for review are dropped. What was changed by hand since then is kept (a
    case someone edited is still deleted: the audit log keeps its content)."""
    from casedesk.services.cases import delete_case
    with database.atomic("IMMEDIATE"):
        batch = database.execute_sql("SELECT id, undone_at FROM import_batch WHERE uuid = ?", (batch_uuid,)).fetchone()
        if batch is None:
            raise NotFound("import", "una importación", batch_uuid)
        if batch[1]:
            raise InvalidInput("This import was already undone.", "Esta importación ya se deshizo.")
        rows = database.execute_sql(
            "SELECT r.action, r.person_id, c.uuid, r.event_id, r.filled FROM import_row r "
            "LEFT JOIN detention_case c ON c.id = r.case_id WHERE r.batch_id = ? ORDER BY r.id DESC",
            (batch[0],)).fetchall()
        counts = {"cases_deleted": 0, "people_deleted": 0, "events_removed": 0, "people_restored": 0}
        for action, person_id, case_uuid, event_id, filled in rows:
            if action in ("created", "new_case") and case_uuid:
                delete_case(vault, case_uuid)
                counts["cases_deleted"] += 1
                person = Person.get_or_none(Person.id == person_id)
                if action == "created" and person is not None and not person.cases.exists():
                    AuditTrail(vault.actor).write("delete", "person", person.uuid, _deleted(snapshot(person)))
                    person.delete_instance(recursive=False)
                    counts["people_deleted"] += 1
            elif action == "merged":
                previous = json.loads(filled)
                event_ids = previous.pop("events", [event_id] if event_id else [])
                for removed in event_ids:
                    event = Event.get_or_none(Event.id == removed)
                    if event is not None:
                        case = event.case
                        AuditTrail(vault.actor).write("delete", "event", event.uuid, _deleted(snapshot(event)))
                        event.delete_instance()
                        _refresh_status(vault, case, date.today())
                        counts["events_removed"] += 1
                person = Person.get_or_none(Person.id == person_id)
                if person is not None and previous:
                    before = snapshot(person)
                    for name, value in previous.items():
                        setattr(person, name, value)
                    person.save()
                    AuditTrail(vault.actor).write("update", "person", person.uuid,
                                                  {name: [before.get(name), value] for name, value in previous.items()})
                    counts["people_restored"] += 1
        created = json.loads(database.execute_sql("SELECT summary FROM import_batch WHERE id = ?",
                                                  (batch[0],)).fetchone()[0] or "{}").get("proceedings_created", [])
        if created:
            from casedesk.services.proceedings import remove_empty_proceedings
            remove_empty_proceedings(vault, created)
        database.execute_sql("DELETE FROM review_item WHERE batch_id = ? AND decided_at IS NULL", (batch[0],))
        database.execute_sql("UPDATE import_batch SET undone_at = ? WHERE id = ?", (utc_now(), batch[0]))
        AuditTrail(vault.actor).write("undo", "import_batch", batch_uuid, {"undone": [False, True]})
    return counts


def import_file(vault: Vault, path: Path, *, status_date: date | None = None, dry_run: bool = False,
                mapping: dict[int | str, str] | None = None, decisions: dict[str, str] | None = None) -> dict[str, Any]:
    """Read, plan and (unless `dry_run`) import a file: what the command line runs.

    `mapping` (column -> field) replaces the columns CaseDesk decided on the first sheet read;
    a column is its index, its letter as the report shows it ("B") or its header.
    Rows that need review are kept in the vault for `casedesk review` rather than guessed.
    """
    path = Path(path)
    reading = read_list(path)
    if mapping:
        first = (reading.used or [sheet for sheet in reading.sheets if sheet.table])[0]
        mapping = {_column_index(first.table.headers, column): field for column, field in mapping.items()}
        reading = remap(reading, first.name, mapping)
        save_mapping(first.table.headers, mapping)
    plan = plan_import(reading, status_date=status_date, decisions=decisions)
    summary = plan.summary()
    if dry_run:
        summary["dry_run"] = True
        return summary
    batch = run_import(vault, plan)
    summary = json.loads(database.execute_sql("SELECT summary FROM import_batch WHERE uuid = ?", (batch,)).fetchone()[0])
    summary["batch"] = batch
    summary["review_items"] = [item["item"] for item in pending_reviews() if item["import"] == batch]
    return summary
