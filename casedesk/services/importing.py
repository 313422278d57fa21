"""Spreadsheet import: the lists organisations already keep, brought in without duplicates.

Reading: CSV in the encodings people's tools produce (UTF-8 with or without BOM, Windows-1252,
Latin-1) and any of `,` `;` tab, quoted fields included; XLSX, XLS and ODS through calamine.
Mapping: columns are proposed from their Spanish or English headers, can be changed, and are
remembered (inside the vault) for the next file of the same shape.
Cleaning: IDs, dates, names, statuses, sex and civilian/military go through the domain's
normalisers; blank rows, subtotals and repeated headers are skipped, and unusable rows are
reported with their row number, never dropped in silence.
Deduplication: the same national ID in any written form is the same person; without an ID,
the same name (accents, case and word order aside) with an arrest date within a month. A
near match goes to review instead of being guessed.
Writing: one transaction recorded as an import batch, with every source row's provenance,
that can be undone as a whole. The imported status is an event on the list's status date,
so the census of that date reflects the list.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable

from casedesk.domain.errors import CaseDeskError, InvalidInput, NotFound
from casedesk.domain.normalize import FuzzyDate, normalize_name, normalize_national_id, parse_date, split_full_name
from casedesk.domain.timeline import TimelineEntry
from casedesk.domain.timeline import status_on as timeline_status_on
from casedesk.domain.text import fold
from casedesk.domain.vocabulary import CivilianMilitary, DatePrecision, EventKind, Sex, Status, parse_status
from casedesk.services.cases import NewCase, _created, _deleted, _refresh_status, add_cases
from casedesk.services.releases import NameIndex
from casedesk.storage.audit import AuditTrail, snapshot
from casedesk.storage.models import Event, Person, VaultMeta, database, new_uuid, utc_now
from casedesk.storage.vault import Vault

MAX_FILE_BYTES = 100 * 1024 * 1024       # a list of people, not a video
SAME_ARREST_DAYS = 31                    # two records of one detention rarely disagree by more
NEW_EPISODE_DAYS = 365                   # an arrest this much later than the known one is a new case
SURE_NAME = 92
#: Person fields the list's value may replace when a reviewer says so (otherwise only empty
#: fields are filled).
OVERRIDABLE = ("national_id", "sex", "nationality", "civilian_military", "birth_date")
REVIEW_NAME = 80

#: The fields a column can feed, with their labels.
FIELDS: dict[str, tuple[str, str]] = {
    "full_name": ("Full name", "Nombre completo"),
    "given_names": ("Given names", "Nombres"),
    "surnames": ("Surnames", "Apellidos"),
    "national_id": ("National ID", "Cédula"),
    "sex": ("Sex", "Sexo"),
    "birth_date": ("Date of birth", "Fecha de nacimiento"),
    "nationality": ("Nationality", "Nacionalidad"),
    "arrest_date": ("Arrest date", "Fecha de detención"),
    "arrest_place": ("Place of arrest", "Lugar de detención"),
    "facility": ("Facility", "Centro de reclusión"),
    "agency": ("Arresting agency", "Organismo aprehensor"),
    "civilian_military": ("Civilian/military", "Civil/militar"),
    "status": ("Status", "Situación"),
    "charges": ("Charges", "Cargos"),
    "lawyer": ("Lawyer", "Abogado/a"),
    "notes": ("Notes", "Observaciones"),
}

_HEADERS: dict[str, str] = {
    "nombre": "full_name", "nombre completo": "full_name", "nombres y apellidos": "full_name",
    "apellidos y nombres": "full_name", "apellidos nombres": "full_name", "detenido": "full_name",
    "detenida": "full_name", "persona": "full_name", "name": "full_name", "full name": "full_name",
    "nombres": "given_names", "primer nombre": "given_names", "given names": "given_names",
    "first name": "given_names", "first names": "given_names",
    "apellidos": "surnames", "apellido": "surnames", "surname": "surnames", "surnames": "surnames",
    "last name": "surnames",
    "cedula": "national_id", "cedula de identidad": "national_id", "c i": "national_id", "ci": "national_id",
    "documento": "national_id", "documento de identidad": "national_id", "n de cedula": "national_id",
    "nro cedula": "national_id", "id": "national_id", "national id": "national_id", "id number": "national_id",
    "pasaporte": "national_id",
    "sexo": "sex", "genero": "sex", "sex": "sex", "gender": "sex",
    "fecha de nacimiento": "birth_date", "nacimiento": "birth_date", "date of birth": "birth_date",
    "birth date": "birth_date",
    "nacionalidad": "nationality", "nationality": "nationality", "pais": "nationality",
    "fecha de detencion": "arrest_date", "fecha detencion": "arrest_date", "fecha de la detencion": "arrest_date",
    "fecha de arresto": "arrest_date", "detenido el": "arrest_date", "fecha": "arrest_date",
    "arrest date": "arrest_date", "date of arrest": "arrest_date", "arrested": "arrest_date",
    "lugar de detencion": "arrest_place", "lugar de la detencion": "arrest_place", "place of arrest": "arrest_place",
    "lugar de reclusion": "facility", "centro de reclusion": "facility", "centro de detencion": "facility",
    "recinto": "facility", "carcel": "facility", "centro": "facility", "reclusion": "facility",
    "facility": "facility", "prison": "facility", "place of detention": "facility",
    "organismo aprehensor": "agency", "organismo": "agency", "cuerpo aprehensor": "agency", "cuerpo": "agency",
    "aprehensor": "agency", "agency": "agency", "arresting agency": "agency",
    "civil militar": "civilian_military", "civil o militar": "civilian_military", "condicion": "civilian_military",
    "civilian military": "civilian_military",
    "estatus": "status", "status": "status", "situacion": "status", "situacion actual": "status",
    "estado": "status", "estatus actual": "status",
    "cargos": "charges", "delitos": "charges", "imputacion": "charges", "charges": "charges",
    "abogado": "lawyer", "abogada": "lawyer", "defensa": "lawyer", "lawyer": "lawyer",
    "observaciones": "notes", "notas": "notes", "comentarios": "notes", "notes": "notes", "comments": "notes",
}
_SEX_WORDS = {"m": Sex.MALE, "masculino": Sex.MALE, "hombre": Sex.MALE, "h": Sex.MALE, "male": Sex.MALE,
              "f": Sex.FEMALE, "femenino": Sex.FEMALE, "mujer": Sex.FEMALE, "female": Sex.FEMALE}
_SERVICE_WORDS = {"civil": CivilianMilitary.CIVILIAN, "civilian": CivilianMilitary.CIVILIAN,
                  "militar": CivilianMilitary.MILITARY, "military": CivilianMilitary.MILITARY}
_NO_ID = {"", "no posee", "no tiene", "sin cedula", "s n", "sn", "s i", "si", "n a", "na", "nd", "n d", "no", "ninguna",
          "desconocida", "desconocido", "none", "unknown", "indocumentado", "indocumentada"}
_NOT_A_PERSON = re.compile(r"^(sub\s*)?total\b|^totales?\b|^suma\b|^cantidad\b|^count\b", re.I)


# --- Reading ------------------------------------------------------------------------------

@dataclass
class SourceTable:
    """A spreadsheet's first sheet: its header row and each data row with its row number as
    the spreadsheet shows it, and the file's SHA-256 (kept with the import batch)."""

    headers: list[str]
    rows: list[tuple[int, list[str]]]
    kind: str                               # "csv (cp1252, ;)" or "spreadsheet": shown to the user
    sha256: str


def read_table(path: Path) -> SourceTable:
    """Read a CSV, XLSX, XLS or ODS file, or say plainly why it cannot be read."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InvalidInput(f"{path.name} is {size // (1024 * 1024)} MB: too large to be a list of people.",
                               f"{path.name} ocupa {size // (1024 * 1024)} MB: demasiado para ser una lista de personas.")
        data = path.read_bytes()
    except OSError:
        raise InvalidInput(f"{path} cannot be read.", f"{path} no se puede leer.") from None
    return parse_table(data, path.name)


def parse_table(data: bytes, name: str = "") -> SourceTable:
    if data[:4] in (b"PK\x03\x04", b"\xd0\xcf\x11\xe0"):      # XLSX/ODS (zip) or XLS (OLE)
        grid, kind = _read_workbook(data, name), "spreadsheet"
    else:
        if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise _unreadable(name)
        text, encoding = _decode(data)
        delimiter = _delimiter(text)
        try:
            grid = [row for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
        except csv.Error:
            raise _unreadable(name) from None
        kind = f"csv ({encoding}, {'tab' if delimiter == chr(9) else delimiter})"
    numbered = [(number, [cell.strip() for cell in row]) for number, row in enumerate(grid, start=1)]
    while numbered and not any(numbered[-1][1]):
        numbered.pop()                       # trailing empty lines are not rows anyone typed
    first = next((position for position, (_, row) in enumerate(numbered) if any(row)), None)
    if first is None:
        raise InvalidInput(f"{name or 'The file'} holds no rows.", f"{name or 'El archivo'} no tiene filas.")
    headers = numbered[first][1]
    width = len(headers)
    rows = [(number, (row + [""] * width)[:max(width, len(row))]) for number, row in numbered[first + 1:]]
    return SourceTable(headers, rows, kind, hashlib.sha256(data).hexdigest())


def _unreadable(name: str) -> InvalidInput:
    return InvalidInput(f"{name or 'The file'} is not a spreadsheet CaseDesk can read (CSV, XLSX, XLS or ODS).",
                        f"{name or 'El archivo'} no es una hoja de cálculo que CaseDesk pueda leer (CSV, XLSX, XLS u ODS).")


def _decode(data: bytes) -> tuple[str, str]:
    """UTF-8 (BOM or not), UTF-16 with a BOM, else Windows-1252, else Latin-1 (never fails)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace").removeprefix("\ufeff"), "utf-16"
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


def _delimiter(text: str) -> str:
    """The separator that splits the first lines most consistently (quotes respected)."""
    sample = "\n".join(text.splitlines()[:20])
    best, best_score = ",", -1
    for candidate in (",", ";", "\t"):
        try:
            widths = [len(row) for row in csv.reader(io.StringIO(sample), delimiter=candidate) if row]
        except csv.Error:
            continue
        if not widths or widths[0] < 2:
            continue
        score = sum(width == widths[0] for width in widths) * widths[0]
        if score > best_score:
            best, best_score = candidate, score
    return best


def _read_workbook(data: bytes, name: str) -> list[list[str]]:
    from python_calamine import CalamineWorkbook
    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        rows = workbook.get_sheet_by_index(0).to_python(skip_empty_area=False)
    except Exception:          # calamine has an exception of its own for each way a file is broken
        raise _unreadable(name) from None
    return [[_cell_text(value) for value in row] for row in rows]


def _cell_text(value: Any) -> str:
    """Spreadsheet cells as the text a person would see: 12345678.0 is an ID, not a float."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


# --- Mapping ------------------------------------------------------------------------------

def _header_key(header: str) -> str:
    return " ".join("".join(c if c.isalnum() else " " for c in fold(header)).split())


def propose_mapping(headers: list[str]) -> dict[int, str]:
    """Column index -> field, from the header words; each field taken once, first column wins."""
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        wanted = _HEADERS.get(_header_key(header))
        if wanted and wanted not in mapping.values():
            mapping[index] = wanted
    return mapping


def shape_of(headers: list[str]) -> str:
    return hashlib.sha256(json.dumps([_header_key(h) for h in headers]).encode()).hexdigest()[:16]


def saved_mapping(headers: list[str]) -> dict[int, str] | None:
    """The mapping chosen last time for a file with these same headers."""
    row = VaultMeta.get_or_none(VaultMeta.key == f"import_mapping:{shape_of(headers)}")
    return {int(index): name for index, name in json.loads(row.value).items()} if row else None


def save_mapping(headers: list[str], mapping: dict[int, str]) -> None:
    check_mapping(mapping)
    VaultMeta.insert(key=f"import_mapping:{shape_of(headers)}", value=json.dumps(mapping)).on_conflict_replace().execute()


def mapping_for(headers: list[str]) -> dict[int, str]:
    return saved_mapping(headers) or propose_mapping(headers)


def check_mapping(mapping: dict[int, str]) -> None:
    unknown = set(mapping.values()) - set(FIELDS)
    if unknown:
        raise InvalidInput(f"Unknown fields: {', '.join(sorted(unknown))}.",
                           f"Campos desconocidos: {', '.join(sorted(unknown))}.")
    if not {"full_name", "surnames", "given_names"} & set(mapping.values()):
        raise InvalidInput("No column holds the names: choose which column is the name.",
                           "Ninguna columna contiene los nombres: indique cuál es la del nombre.")


# --- Cleaning -----------------------------------------------------------------------------

@dataclass
class ImportRow:
    """One person as a row describes them, cleaned."""

    row: int
    given_names: str
    surnames: str
    national_id: str | None = None
    sex: Sex = Sex.UNKNOWN
    birth_date: FuzzyDate | None = None
    nationality: str = ""
    arrest_date: FuzzyDate | None = None
    arrest_place: str = ""
    facility: str = ""
    agency: str = ""
    civilian_military: CivilianMilitary = CivilianMilitary.UNKNOWN
    status: Status | None = None
    charges: str = ""
    lawyer: str = ""
    notes: str = ""
    source: dict[str, str] = field(default_factory=dict)
    also_rows: list[int] = field(default_factory=list)       # duplicates folded into this one

    @property
    def name(self) -> str:
        return f"{self.given_names} {self.surnames}".strip()

    def overridable(self) -> dict[str, str]:
        """The row's values for the fields a reviewer may choose over the vault's."""
        return {"national_id": self.national_id or "", "sex": self.sex.value if self.sex is not Sex.UNKNOWN else "",
                "nationality": self.nationality,
                "civilian_military": self.civilian_military.value
                if self.civilian_military is not CivilianMilitary.UNKNOWN else "",
                "birth_date": self.birth_date.iso() if self.birth_date else ""}

    @property
    def name_key(self) -> str:
        return " ".join(sorted(fold(self.name).split()))


def _clean_row(number: int, cells: list[str], headers: list[str], mapping: dict[int, str],
               today: date) -> ImportRow | tuple[str, str, str]:
    """The cleaned row, or ("skipped" | "error", reason in English, reason in Spanish)."""
    values = {name: cells[index].strip() for index, name in mapping.items() if index < len(cells)}
    name = values.get("full_name", "")
    given, surnames = values.get("given_names", ""), values.get("surnames", "")
    if not any(cells):
        return "skipped", "blank row", "fila en blanco"
    if [_header_key(c) for c in cells[:len(headers)]] == [_header_key(h) for h in headers]:
        return "skipped", "the header repeated", "el encabezado repetido"
    if not (name or given or surnames):
        return "skipped", "no name: not a person", "sin nombre: no es una persona"
    joined = name or f"{given} {surnames}"
    if _NOT_A_PERSON.match(fold(joined)) or not re.search(r"[^\W\d_]{2}", joined):
        return "skipped", "a total or a note, not a person", "un total o una nota, no una persona"
    if name and not (given or surnames):
        given, surnames = split_full_name(name)
    row = ImportRow(number, normalize_name(given), normalize_name(surnames),
                    source={headers[i] if i < len(headers) else f"#{i + 1}": cells[i]
                            for i in range(len(cells)) if cells[i]})
    try:
        raw_id = values.get("national_id", "")
        if _header_key(raw_id) not in _NO_ID:
            row.national_id = normalize_national_id(raw_id)
        for name_of_field in ("arrest_date", "birth_date"):
            if values.get(name_of_field):
                parsed = parse_date(values[name_of_field], today=today)
                if parsed.value > today:
                    raise InvalidInput(f"the date {values[name_of_field]} is in the future",
                                       f"la fecha {values[name_of_field]} es futura")
                setattr(row, name_of_field, parsed)
        if values.get("status"):
            row.status = parse_status(values["status"])
            if row.status is None:
                raise InvalidInput(f"“{values['status']}” is not a status CaseDesk knows",
                                   f"“{values['status']}” no es una situación que CaseDesk conozca")
    except InvalidInput as error:
        return "error", error.message("en"), error.message("es")
    row.sex = _SEX_WORDS.get(_header_key(values.get("sex", "")), Sex.UNKNOWN)
    row.civilian_military = _SERVICE_WORDS.get(_header_key(values.get("civilian_military", "")),
                                               CivilianMilitary.UNKNOWN)
    for text_field in ("nationality", "arrest_place", "facility", "agency", "charges", "lawyer", "notes"):
        setattr(row, text_field, " ".join(values.get(text_field, "").split()))
    return row


def _merge_into(kept: ImportRow, other: ImportRow) -> None:
    """Fill what `kept` lacks from a duplicate of it, and remember the duplicate's row."""
    for name in ("national_id", "birth_date", "arrest_date", "status"):
        if getattr(kept, name) is None and getattr(other, name) is not None:
            setattr(kept, name, getattr(other, name))
    for name in ("nationality", "arrest_place", "facility", "agency", "charges", "lawyer", "notes"):
        if not getattr(kept, name) and getattr(other, name):
            setattr(kept, name, getattr(other, name))
    if kept.sex is Sex.UNKNOWN:
        kept.sex = other.sex
    if kept.civilian_military is CivilianMilitary.UNKNOWN:
        kept.civilian_military = other.civilian_military
    kept.also_rows.append(other.row)


def _close_dates(first: FuzzyDate | None, second: FuzzyDate | date | str | None, days: int = SAME_ARREST_DAYS) -> bool:
    if first is None or second is None:
        return False
    other = second.value if isinstance(second, FuzzyDate) else (
        date.fromisoformat(second) if isinstance(second, str) else second)
    return abs((first.value - other).days) <= days


# --- Planning (the dry run) ---------------------------------------------------------------

@dataclass
class Candidate:
    person_uuid: str
    name: str
    national_id: str | None
    arrest_date: str | None
    score: float
    fields: dict[str, str] = field(default_factory=dict)     # the person's values a row may replace


@dataclass
class ImportPlan:
    """What an import would do; `run_import` does exactly this."""

    file_name: str
    status_date: date
    file_sha256: str
    rows_read: int = 0
    new: list[ImportRow] = field(default_factory=list)
    merges: list[tuple[ImportRow, str]] = field(default_factory=list)        # (row, person uuid)
    review: list[tuple[ImportRow, list[Candidate]]] = field(default_factory=list)
    duplicates_in_file: list[tuple[int, int]] = field(default_factory=list)  # (row, kept row)
    skipped: list[dict[str, Any]] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    new_facilities: list[str] = field(default_factory=list)
    new_episodes: list[int] = field(default_factory=list)     # merged rows that are a later arrest
    overrides: dict[int, set[str]] = field(default_factory=dict)   # row -> fields where the list wins

    def decide(self, decisions: dict[int, str], overrides: dict[int, set[str]] | None = None) -> None:
        """Settle rows under review: row number -> person uuid (same person), "new" or "skip";
        `overrides` names, per row merged, the fields where the list's value replaces the vault's."""
        self.overrides.update({row: set(fields) & set(OVERRIDABLE) for row, fields in (overrides or {}).items()})
        undecided = []
        for row, candidates in self.review:
            decision = decisions.get(row.row)
            if decision == "new":
                self.new.append(row)
            elif decision == "skip":
                self.skipped.append({"row": row.row, "reason": "left out at review", "reason_es": "excluida al revisar"})
            elif decision:
                self.merges.append((row, decision))
            else:
                undecided.append((row, candidates))
        self.review = undecided

    def summary(self, language: str = "en") -> dict[str, Any]:
        reason = "reason" if language == "en" else "reason_es"
        return {
            "file": self.file_name, "status_date": self.status_date.isoformat(), "rows_read": self.rows_read,
            "people_created": len(self.new), "people_merged": len(self.merges),
            "cases_created": len(self.new) + len(self.new_episodes),
            "duplicates_in_file": len(self.duplicates_in_file),
            "to_review": [{"row": row.row, "name": row.name, "candidates": [asdict(c) for c in candidates]}
                          for row, candidates in self.review],
            "skipped": [{"row": s["row"], "reason": s[reason]} for s in self.skipped],
            "errors": [{"row": e["row"], "reason": e[reason]} for e in self.errors],
            "new_facilities": self.new_facilities,
        }


class _VaultPeople:
    """Everyone in the vault with their latest case, by ID, by name and by arrest date."""

    def __init__(self) -> None:
        rows = database.execute_sql(
            "SELECT p.uuid, p.given_names || ' ' || p.surnames, p.national_id, c.arrest_date "
            "FROM person p LEFT JOIN detention_case c ON c.id = "
            "(SELECT max(id) FROM detention_case WHERE person_id = p.id)").fetchall()
        self.people = rows
        self.by_id = {national_id: index for index, (_, _, national_id, _) in enumerate(rows) if national_id}
        self.by_uuid = {uuid: index for index, (uuid, _, _, _) in enumerate(rows)}
        self.by_key: dict[str, list[int]] = defaultdict(list)
        for index, (_, name, _, _) in enumerate(rows):
            self.by_key[" ".join(sorted(fold(name).split()))].append(index)
        self.names = NameIndex([(index, name, None) for index, (_, name, _, _) in enumerate(rows)])

    def later_arrest(self, person_uuid: str, row: ImportRow) -> bool:
        """Is the row an arrest well after the person's latest known one (a new case)?"""
        known = self.people[self.by_uuid[person_uuid]][3] if person_uuid in self.by_uuid else None
        return bool(row.arrest_date and known and
                    (row.arrest_date.value - date.fromisoformat(known)).days > NEW_EPISODE_DAYS)

    def candidate(self, index: int, score: float) -> Candidate:
        uuid, name, national_id, arrest = self.people[index]
        values = database.execute_sql(f"SELECT {', '.join(OVERRIDABLE)} FROM person WHERE uuid = ?", (uuid,)).fetchone()
        return Candidate(uuid, " ".join(name.split()), national_id, arrest, round(score, 1),
                         {name: value or "" for name, value in zip(OVERRIDABLE, values)})

    def match(self, row: ImportRow) -> tuple[str | None, list[Candidate]]:
        """(person uuid for a sure match, or None with candidates to review, or None and [])."""
        if row.national_id and row.national_id in self.by_id:
            return self.people[self.by_id[row.national_id]][0], []
        compatible = [i for i in self.by_key.get(row.name_key, [])
                      if not (row.national_id and self.people[i][2] and self.people[i][2] != row.national_id)]
        sure = [i for i in compatible if _close_dates(row.arrest_date, self.people[i][3])]
        if len(sure) == 1:
            return self.people[sure[0]][0], []
        if compatible:
            return None, [self.candidate(i, 100.0) for i in compatible[:5]]
        near = [(i, score) for i, score in self.names.ranked(fold(row.name), limit=5)
                if score >= REVIEW_NAME and not (row.national_id and self.people[i][2])]
        if not near:
            return None, []
        best, best_score = near[0]
        if best_score >= SURE_NAME and _close_dates(row.arrest_date, self.people[best][3], days=0) and (
                len(near) == 1 or near[1][1] < best_score - 5):
            return self.people[best][0], []
        return None, [self.candidate(i, score) for i, score in near]


def plan_import(table: SourceTable, mapping: dict[int, str], *, file_name: str = "", status_date: date | None = None,
                decisions: dict[int, str] | None = None, today: date | None = None) -> ImportPlan:
    """The dry run: what importing `table` with `mapping` would create, merge, skip and report.

    `decisions` settles rows under review: row number -> a person uuid to merge into, "new"
    or "skip". Reads the vault; writes nothing.
    """
    check_mapping(mapping)
    today = today or date.today()
    status_date = status_date or today
    if status_date > today:
        raise InvalidInput("The status date cannot be in the future.", "La fecha de la situación no puede ser futura.")
    decisions = decisions or {}
    plan = ImportPlan(file_name, status_date, table.sha256, rows_read=len(table.rows))
    kept: list[ImportRow] = []
    by_id: dict[str, ImportRow] = {}
    by_key: dict[str, list[ImportRow]] = defaultdict(list)
    for number, cells in table.rows:
        cleaned = _clean_row(number, cells, table.headers, mapping, today)
        if isinstance(cleaned, tuple):
            kind, reason_en, reason_es = cleaned
            (plan.skipped if kind == "skipped" else plan.errors).append(
                {"row": number, "reason": reason_en, "reason_es": reason_es})
            continue
        same = by_id.get(cleaned.national_id) if cleaned.national_id else None
        if same is None:
            same = next((other for other in by_key.get(cleaned.name_key, [])
                         if not (cleaned.national_id and other.national_id)
                         and (_close_dates(cleaned.arrest_date, other.arrest_date)
                              or cleaned.arrest_date is None or other.arrest_date is None)), None)
        if same is not None:
            _merge_into(same, cleaned)
            plan.duplicates_in_file.append((number, same.row))
            if same.national_id:
                by_id[same.national_id] = same
            continue
        kept.append(cleaned)
        if cleaned.national_id:
            by_id[cleaned.national_id] = cleaned
        by_key[cleaned.name_key].append(cleaned)
    people = _VaultPeople()
    for row in kept:
        person, candidates = people.match(row)
        if person:
            plan.merges.append((row, person))
            if people.later_arrest(person, row):
                plan.new_episodes.append(row.row)
        elif candidates:
            plan.review.append((row, candidates))
        else:
            plan.new.append(row)
    plan.decide(decisions)
    known = {key for (key,) in database.execute_sql("SELECT name_key FROM facility")}
    wanted = {fold(row.facility): row.facility for row in plan.new + [r for r, _ in plan.merges] if row.facility}
    plan.new_facilities = sorted(name for key, name in wanted.items() if key not in known)
    return plan


# --- Writing and undoing ------------------------------------------------------------------

class ImportCancelled(CaseDeskError):
    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was imported.",
                         "Se canceló la importación; no se importó nada.")


def _new_case(row: ImportRow, plan: ImportPlan, person_uuid: str | None = None) -> NewCase:
    return NewCase(
        given_names=row.given_names, surnames=row.surnames, national_id=None if person_uuid else row.national_id,
        sex=row.sex, birth_date=row.birth_date, nationality=row.nationality,
        civilian_military=row.civilian_military, arrest_date=row.arrest_date, arrest_place=row.arrest_place,
        facility=row.facility or None, agency=row.agency or None, charges=row.charges, lawyer=row.lawyer,
        notes=row.notes, status=row.status, status_date=plan.status_date, existing_person_uuid=person_uuid)


def _source(row: ImportRow, sources: dict[int, dict[str, str]]) -> str:
    return json.dumps({str(number): sources.get(number, {}) for number in [row.row, *row.also_rows]},
                      ensure_ascii=False)


def run_import(vault: Vault, plan: ImportPlan, *, progress: Callable[[int, int], bool] | None = None) -> str:
    """Do what `plan` says, all or nothing; returns the batch id (to undo it later).

    `progress(done, total)` is called as people are written; returning False cancels, and
    nothing is written.
    """
    if plan.review:
        raise InvalidInput(f"{len(plan.review)} row(s) still need a decision (same person or not).",
                           f"{len(plan.review)} fila(s) necesitan todavía una decisión (¿misma persona o no?).")
    total = len(plan.new) + len(plan.merges)
    today = date.today()
    sources = {row.row: row.source for row in plan.new + [r for r, _ in plan.merges]}
    with database.atomic("IMMEDIATE"):
        trail = AuditTrail(vault.actor)
        batch = {"uuid": new_uuid(), "file_name": plan.file_name, "file_sha256": plan.file_sha256,
                 "status_date": plan.status_date.isoformat(), "actor": vault.actor, "created_at": utc_now()}
        database.execute_sql(
            "INSERT INTO import_batch (uuid, file_name, file_sha256, status_date, summary, actor, created_at) "
            "VALUES (?, ?, ?, ?, '{}', ?, ?)",
            (batch["uuid"], batch["file_name"], plan.file_sha256, batch["status_date"], vault.actor, batch["created_at"]))
        batch_id = database.execute_sql("SELECT id FROM import_batch WHERE uuid = ?", (batch["uuid"],)).fetchone()[0]
        new_cases: list[tuple[ImportRow, str | None]] = [(row, None) for row in plan.new]
        provenance, later_arrests = _merge(plan, batch_id, trail, today, sources, progress, total)
        trail.flush()             # before add_cases starts its own trail: one chain, in order
        new_cases += later_arrests
        done = len(plan.merges) - len(later_arrests)
        for start in range(0, len(new_cases), 1000):
            chunk = new_cases[start:start + 1000]
            case_uuids = add_cases(vault, [_new_case(row, plan, person_uuid) for row, person_uuid in chunk])
            ids = dict(database.execute_sql(
                f"SELECT uuid, id FROM detention_case WHERE uuid IN ({', '.join('?' * len(case_uuids))})",
                case_uuids).fetchall())
            people = dict(database.execute_sql(
                f"SELECT id, person_id FROM detention_case WHERE uuid IN ({', '.join('?' * len(case_uuids))})",
                case_uuids).fetchall())
            for (row, person_uuid), case_uuid in zip(chunk, case_uuids):
                case_id = ids[case_uuid]
                provenance.append((batch_id, json.dumps([row.row, *row.also_rows]),
                                   "new_case" if person_uuid else "created", people[case_id], case_id, None, "{}",
                                   _source(row, sources)))
            done += len(chunk)
            if progress and progress(done, total) is False:
                raise ImportCancelled()
        database.cursor().executemany(
            "INSERT INTO import_row (batch_id, row_numbers, action, person_id, case_id, event_id, filled, source) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", provenance)
        summary = plan.summary()
        summary["cases_created"] = len(new_cases)           # later arrests found while merging included
        database.execute_sql("UPDATE import_batch SET summary = ? WHERE id = ?",
                             (json.dumps(summary, ensure_ascii=False), batch_id))
        AuditTrail(vault.actor).write("import", "import_batch", batch["uuid"], {
            "file_name": [None, plan.file_name], "file_sha256": [None, plan.file_sha256],
            "status_date": [None, batch["status_date"]], "people_created": [None, len(plan.new)],
            "people_merged": [None, len(plan.merges)], "cases_created": [None, len(new_cases)]})
    if progress:
        progress(total, total)
    return batch["uuid"]


_PERSON_FIELDS = ("id", "uuid", "national_id", "sex", "nationality", "civilian_military", "birth_date",
                  "birth_date_precision")


def _merge(plan: ImportPlan, batch_id: int, trail: AuditTrail, today: date,
           sources: dict[int, dict[str, str]], progress: Callable[[int, int], bool] | None,
           total: int) -> tuple[list[tuple], list[tuple[ImportRow, str]]]:
    """Rows about people already in the vault: fill their empty fields (never overwrite) and,
    when the list gives a status the timeline does not have on its date, add a status event.

    Read and written in bulk (a query per row cost 1 ms each through the ORM). Returns the
    provenance rows and the rows that are a later arrest, which become new cases.
    """
    people: dict[str, dict[str, Any]] = {}
    latest_case: dict[int, tuple[int, str, str | None, str, str | None]] = {}
    uuids = sorted({uuid for _, uuid in plan.merges})
    for start in range(0, len(uuids), 500):
        chunk = uuids[start:start + 500]
        for row in database.execute_sql(
                f"SELECT {', '.join('p.' + name for name in _PERSON_FIELDS)}, c.id, c.uuid, c.arrest_date, c.status, "
                f"c.status_since FROM person p LEFT JOIN detention_case c ON c.id = "
                f"(SELECT max(id) FROM detention_case WHERE person_id = p.id) WHERE p.uuid IN ({', '.join('?' * len(chunk))})",
                chunk):
            person = dict(zip(_PERSON_FIELDS, row[:len(_PERSON_FIELDS)]))
            people[person["uuid"]] = person
            if row[len(_PERSON_FIELDS)] is not None:
                latest_case[person["id"]] = row[len(_PERSON_FIELDS):]
    case_ids = [case[0] for case in latest_case.values()]
    timelines: dict[int, list[TimelineEntry]] = defaultdict(list)
    for start in range(0, len(case_ids), 500):
        chunk = case_ids[start:start + 500]
        for case_id, day, event_id, status in database.execute_sql(
                f"SELECT case_id, date, id, status FROM event WHERE status IS NOT NULL AND case_id IN "
                f"({', '.join('?' * len(chunk))})", chunk):
            timelines[case_id].append(TimelineEntry(date.fromisoformat(day), event_id, Status(status)))
    ids_taken = {national_id for (national_id,) in database.execute_sql(
        "SELECT national_id FROM person WHERE national_id IS NOT NULL")} if any(
        row.national_id for row, _ in plan.merges) else set()
    next_event = database.execute_sql("SELECT coalesce(max(id), 0) + 1 FROM event").fetchone()[0]
    now = utc_now()
    provenance: list[tuple] = []
    later_arrests: list[tuple[ImportRow, str]] = []
    events: list[tuple] = []
    person_updates: dict[int, dict[str, Any]] = {}
    status_changed: set[int] = set()
    for done, (row, person_uuid) in enumerate(plan.merges, start=1):
        person = people[person_uuid]
        case = latest_case.get(person["id"])
        if case is None or (row.arrest_date and case[2] and
                            (row.arrest_date.value - date.fromisoformat(case[2])).days > NEW_EPISODE_DAYS):
            later_arrests.append((row, person_uuid))       # arrested again: a new detention episode
            continue
        filled = _fill(person, row, ids_taken, plan.overrides.get(row.row, set()))
        if filled:
            person_updates[person["id"]] = person
            trail.record("update", "person", person_uuid, {name: [old, person[name]] for name, old in filled.items()})
        event_id = None
        current = timeline_status_on(timelines[case[0]], plan.status_date)
        if row.status is not None and (current is None or current[0] is not row.status):
            event_id, next_event = next_event, next_event + 1
            event = {"id": event_id, "uuid": new_uuid(), "case_id": case[0], "kind": EventKind.STATUS_RECORDED.value,
                     "date": plan.status_date.isoformat(), "date_precision": DatePrecision.DAY.value,
                     "status": row.status.value, "description": f"Lista importada: {plan.file_name}, fila {row.row}",
                     "source": plan.file_name, "created_at": now, "updated_at": now}
            events.append(tuple(event[name] for name in _EVENT_FIELDS))
            trail.record("create", "event", event["uuid"], _created(event))
            timelines[case[0]].append(TimelineEntry(plan.status_date, event_id, row.status))
            status_changed.add(person["id"])
        provenance.append((batch_id, json.dumps([row.row, *row.also_rows]), "merged", person["id"], case[0], event_id,
                           json.dumps(filled, ensure_ascii=False), _source(row, sources)))
        if progress and done % 500 == 0 and progress(done, total) is False:
            raise ImportCancelled()
    database.cursor().executemany(
        f"INSERT INTO event ({', '.join(_EVENT_FIELDS)}) VALUES ({', '.join('?' * len(_EVENT_FIELDS))})", events)
    database.cursor().executemany(
        "UPDATE person SET national_id = ?, sex = ?, nationality = ?, civilian_military = ?, birth_date = ?, "
        "birth_date_precision = ?, updated_at = ? WHERE id = ?",
        [(p["national_id"], p["sex"], p["nationality"], p["civilian_military"], p["birth_date"],
          p["birth_date_precision"], now, person_id) for person_id, p in person_updates.items()])
    case_updates = []
    for person_id in status_changed:          # the cached current status, as _refresh_status keeps it
        case_id, case_uuid, _, old_status, old_since = latest_case[person_id]
        current = timeline_status_on(timelines[case_id], today)
        status, since = (current[0].value, current[1].isoformat()) if current else ("unknown", None)
        if (status, since) != (old_status, old_since):
            case_updates.append((status, since, now, case_id))
            trail.record("update", "case", case_uuid, {name: pair for name, pair in
                                                       (("status", [old_status, status]), ("status_since", [old_since, since]))
                                                       if pair[0] != pair[1]})
    database.cursor().executemany("UPDATE detention_case SET status = ?, status_since = ?, updated_at = ? WHERE id = ?",
                                  case_updates)
    return provenance, later_arrests


_EVENT_FIELDS = ("id", "uuid", "case_id", "kind", "date", "date_precision", "status", "description", "source",
                 "created_at", "updated_at")


def _fill(person: dict[str, Any], row: ImportRow, ids_taken: set[str], replace: set[str]) -> dict[str, Any]:
    """Fill the person's empty fields from the row, and replace those a reviewer chose (the
    rest are never overwritten); returns what was there."""
    values = {"national_id": row.national_id, "nationality": row.nationality,
              "sex": row.sex.value if row.sex is not Sex.UNKNOWN else None,
              "civilian_military": row.civilian_military.value
              if row.civilian_military is not CivilianMilitary.UNKNOWN else None,
              "birth_date": row.birth_date.iso() if row.birth_date else None}
    filled: dict[str, Any] = {}
    for name, value in values.items():
        if not value or value == person[name] or (person[name] not in (None, "", "unknown") and name not in replace):
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


def import_batches() -> list[dict[str, Any]]:
    """Every import, newest first, with what it did."""
    rows = database.execute_sql(
        "SELECT uuid, file_name, status_date, summary, actor, created_at, undone_at FROM import_batch ORDER BY id DESC")
    return [{"id": uuid, "file": name, "status_date": status_date, "summary": json.loads(summary), "actor": actor,
             "imported_at": created, "undone_at": undone}
            for uuid, name, status_date, summary, actor, created, undone in rows]


def undo_import(vault: Vault, batch_uuid: str) -> dict[str, int]:
    """Undo a whole import: its new cases (and people left without a case) are deleted, its
    status events removed and the fields it filled emptied again, in one transaction.
    What was changed by hand since then is kept (a case someone edited is still deleted:
    the audit log keeps its content). Each entry starts from the chain's current head, as
    `delete_case` and the status refresh write their own entries in between."""
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
                event = Event.get_or_none(Event.id == event_id) if event_id else None
                if event is not None:
                    case = event.case
                    AuditTrail(vault.actor).write("delete", "event", event.uuid, _deleted(snapshot(event)))
                    event.delete_instance()
                    _refresh_status(vault, case, date.today())
                    counts["events_removed"] += 1
                person = Person.get_or_none(Person.id == person_id)
                previous = json.loads(filled)
                if person is not None and previous:
                    before = snapshot(person)
                    for name, value in previous.items():
                        setattr(person, name, value)
                    person.save()
                    AuditTrail(vault.actor).write("update", "person", person.uuid,
                                {name: [before.get(name), value] for name, value in previous.items()})
                    counts["people_restored"] += 1
        database.execute_sql("UPDATE import_batch SET undone_at = ? WHERE id = ?", (utc_now(), batch[0]))
        AuditTrail(vault.actor).write("undo", "import_batch", batch_uuid, {"undone": [False, True]})
    return counts


def import_file(vault: Vault, path: Path, *, status_date: date | None = None, dry_run: bool = False,
                mapping: dict[int, str] | None = None, decisions: dict[int, str] | None = None) -> dict[str, Any]:
    """Read, plan and (unless `dry_run`) import a file: what the command line runs.

    Rows that need review are left out of a real run (reported under `to_review`) rather
    than guessed; the window asks about each.
    """
    path = Path(path)
    table = read_table(path)
    mapping = mapping or mapping_for(table.headers)
    plan = plan_import(table, mapping, file_name=path.name, status_date=status_date, decisions=decisions)
    summary = plan.summary()
    if dry_run:
        summary["dry_run"] = True
        return summary
    held_back = plan.review
    plan.review = []
    save_mapping(table.headers, mapping)
    batch = run_import(vault, plan)
    summary = json.loads(database.execute_sql("SELECT summary FROM import_batch WHERE uuid = ?", (batch,)).fetchone()[0])
    summary["to_review"] = [{"row": row.row, "name": row.name, "candidates": [asdict(c) for c in candidates]}
                            for row, candidates in held_back]
    summary["batch"] = batch
    return summary
