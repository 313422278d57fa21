"""Each row below a header: a person as the list describes them, or the reason it is not one.

A cell the readers do not understand never drops its row: the person is read with that field
unknown, the words kept as written, and a remark for the report. Headings inside the list
("MILITARES", "Estado Zulia:") and the sheet's own name ("Civiles") say something of the rows
under them, used where a row says nothing itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from casedesk.domain.errors import InvalidInput
from casedesk.domain.list_values import (
    is_not_a_person, read_list_date, read_nationality, read_service, read_sex, read_stage, read_state,
    section_heading, strip_rank, words_of,
)
from casedesk.domain.list_words import (
    ADULT_WORDS, DATE_PLACEHOLDERS, ID_PLACEHOLDERS, MINOR_WORDS, NO_CONDITION_WORDS, NO_WORDS, YES_WORDS,
)
from casedesk.domain.list_words import NAME_PARTICLES
from casedesk.domain.normalize import (
    FuzzyDate, NationalId, is_given_name, normalize_name, read_national_id, split_full_name,
)
from casedesk.domain.text import fold
from casedesk.domain.vocabulary import CivilianMilitary, Sex, Stage, Status, read_status
from casedesk.lists.columns import FIELDS, ColumnChoice, header_words, reads_as_sentence, sex_letters
from casedesk.lists.tables import Table


@dataclass
class ListedPerson:
    """One person as a row describes them, cleaned; what could not be read is in `kept`."""

    ref: str                                  # "12", or "Militares!12" when several sheets are read
    given_names: str
    surnames: str
    national_id: NationalId | None = None
    sex: Sex = Sex.UNKNOWN
    birth_date: FuzzyDate | None = None
    age: int | None = None
    nationality: str = ""
    arrest_date: FuzzyDate | None = None
    arrest_place: str = ""
    state: str = ""
    facility: str = ""
    agency: str = ""
    civilian_military: CivilianMilitary = CivilianMilitary.UNKNOWN
    status: Status | None = None
    stage: Stage | None = None
    release_date: FuzzyDate | None = None
    death_date: FuzzyDate | None = None
    charges: str = ""
    court: str = ""
    case_file_number: str = ""
    lawyer: str = ""
    occupation: str = ""
    aliases: str = ""
    notes: str = ""
    minor: bool = False                       # the list says a minor ("menor", an age under 18)
    health: str = ""                          # a serious condition, in the list's words
    kept: dict[str, str] = field(default_factory=dict)           # field -> the words as written
    remarks: list[tuple[str, str]] = field(default_factory=list)  # (English, Spanish) for the report
    source: dict[str, str] = field(default_factory=dict)         # header -> cell, as written
    also: list[str] = field(default_factory=list)                # refs of duplicates folded in
    shares_row: bool = False              # a second person named in the same cell ("Luis y Mario Rojas")

    @property
    def name(self) -> str:
        return f"{self.given_names} {self.surnames}".strip()

    @property
    def name_key(self) -> str:
        """The name's words in order, folded: the same person whatever order or accents."""
        return " ".join(sorted(fold(self.name).split()))

    @property
    def id_text(self) -> str | None:
        return str(self.national_id) if self.national_id else None

    def overridable(self) -> dict[str, str]:
        """The row's values for the fields a reviewer may choose over the vault's."""
        return {"national_id": self.id_text or "", "sex": self.sex.value if self.sex is not Sex.UNKNOWN else "",
                "nationality": self.nationality,
                "civilian_military": self.civilian_military.value
                if self.civilian_military is not CivilianMilitary.UNKNOWN else "",
                "birth_date": self.birth_date.iso() if self.birth_date else ""}

    def to_json(self) -> dict[str, Any]:
        """Plain data, to keep a row waiting for review inside the vault."""
        data = {name: getattr(self, name) for name in (
            "ref", "given_names", "surnames", "nationality", "arrest_place", "state", "facility", "agency", "charges",
            "court", "case_file_number", "lawyer", "occupation", "aliases", "notes", "kept", "source", "also", "age",
            "minor", "health")}
        data["remarks"] = [list(pair) for pair in self.remarks]
        data["national_id"] = [self.national_id.kind, self.national_id.number, self.national_id.letter_written] \
            if self.national_id else None
        for name in ("sex", "civilian_military", "status", "stage"):
            value = getattr(self, name)
            data[name] = value.value if value is not None else None
        for name in ("birth_date", "arrest_date", "release_date", "death_date"):
            value = getattr(self, name)
            data[name] = [value.iso(), value.precision.value] if value else None
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "ListedPerson":
        from casedesk.domain.vocabulary import DatePrecision
        values = dict(data)
        values["remarks"] = [tuple(pair) for pair in data.get("remarks", [])]
        values["national_id"] = NationalId(*data["national_id"]) if data.get("national_id") else None
        values["sex"] = Sex(data["sex"])
        values["civilian_military"] = CivilianMilitary(data["civilian_military"])
        values["status"] = Status(data["status"]) if data.get("status") else None
        values["stage"] = Stage(data["stage"]) if data.get("stage") else None
        for name in ("birth_date", "arrest_date", "release_date", "death_date"):
            values[name] = FuzzyDate(date.fromisoformat(data[name][0]), DatePrecision(data[name][1])) \
                if data.get(name) else None
        return cls(**values)


BLANK_ROW = "blank row"


@dataclass
class NotAPerson:
    ref: str
    reason_en: str
    reason_es: str


#: Placeholders in text fields: a dash or "desconocido" is no facility. "Se desconoce" or "sin
#: datos" where the prison goes says the same; read as a name it became a facility called
#: "Se desconoce" in the vault's facility list and filters.
_EMPTY_TEXT = frozenset({"", "desconocido", "desconocida", "sin informacion", "s i", "n d", "nd", "n a", "na",
                         "no se sabe", "por verificar", "unknown", "se desconoce", "no se conoce", "sin datos",
                         "sin dato", "s d", "no informado", "no indica", "no especificado", "por determinar",
                         "not known"})
_CONTEXT_FIELDS = ("civilian_military", "sex", "status", "stage", "state", "nationality")


def row_ref(sheet: str, number: int, several_sheets: bool, label: str | None = None) -> str:
    """How the report names a row: its number, "Sheet!12" when several sheets are read, or
    where a PDF had it ("p3-12")."""
    where = label or str(number)
    return f"{sheet}!{where}" if several_sheets else where


def read_rows(table: Table, choices: list[ColumnChoice], *, today: date, several_sheets: bool = False,
              context: dict[str, str] | None = None) -> list[ListedPerson | NotAPerson]:
    """Every row below the header, in order: a person, or why it is not one."""
    by_field: dict[str, list[int]] = {}
    for choice in choices:
        if choice.field:
            by_field.setdefault(choice.field, []).append(choice.index)
    yes_no = {choice.field for choice in choices if choice.yes_no}
    letters = sex_letters([cells[index] for _, cells in table.rows for index in by_field.get("sex", [])
                           if index < len(cells)],
                          " ".join(table.headers[index] for index in by_field.get("sex", []) if index < table.width))
    header_keys = [words_of(label) for label in table.headers]
    parent_keys = [words_of(label) for label in table.parents]
    name_columns = [index for name in ("full_name", "given_names", "surnames") for index in by_field.get(name, [])]
    surname_first = _surnames_first_hint(choices)
    # A profile column ("Perfil: Militar, Periodista, Estudiante…") with no civilian/military
    # column: those it calls military are, and the others are civilians.
    profile_tells_service = "civilian_military" not in by_field and any(
        read_service(cells[index]) is CivilianMilitary.MILITARY
        for _, cells in table.rows for index in by_field.get("occupation", []) if index < len(cells))
    labels = [choice.header or f"#{choice.index + 1}" for choice in choices]
    current = dict(context or {})
    out: list[ListedPerson | NotAPerson] = []
    for number, cells in table.rows:
        ref = row_ref(table.sheet, number, several_sheets, table.labels.get(number))
        filled = [cell.strip() for cell in cells if cell.strip()]
        if not filled:
            out.append(NotAPerson(ref, BLANK_ROW, "fila en blanco"))
            continue
        keys = [words_of(cell) for cell in cells]
        same = sum(1 for column, key in enumerate(keys) if key and column < len(header_keys)
                   and key in (header_keys[column], parent_keys[column]))
        if table.header_rows and same * 10 >= len(filled) * 6:
            out.append(NotAPerson(ref, "the header repeated", "el encabezado repetido"))
            continue
        distinct = list(dict.fromkeys(filled))
        if len(distinct) == 1 and (heading := section_heading(distinct[0])) is not None:
            current[heading[0]] = heading[1]
            out.append(NotAPerson(ref, f"a heading (“{distinct[0]}”): it applies to the rows below",
                                  f"un título (“{distinct[0]}”): se aplica a las filas de abajo"))
            continue
        name_text = " ".join(cells[index].strip() for index in name_columns if index < len(cells) and cells[index].strip())
        if any(is_not_a_person(cell) for cell in distinct[:2]) or (name_text and not re.search(r"[^\W\d_]{2}", name_text)):
            out.append(NotAPerson(ref, "a total or a note, not a person", "un total o una nota, no una persona"))
            continue
        if not name_text:
            out.append(NotAPerson(ref, "no name: not a person", "sin nombre: no es una persona"))
            continue
        if reads_as_sentence(name_text):
            out.append(NotAPerson(ref, "a sentence, not a name: not a person", "una frase, no un nombre: no es una persona"))
            continue
        if len(distinct) == 1 and distinct[0] != name_text:
            out.append(NotAPerson(ref, "a note outside the names column, not a person",
                                  "una nota fuera de la columna de nombres, no una persona"))
            continue
        if len(distinct) == 1 and (name_text.rstrip().endswith(":") or len(name_text.split()) > 8):
            out.append(NotAPerson(ref, "a heading or a note, not a person", "un título o una nota, no una persona"))
            continue
        values = {name: (" " if name in ("given_names", "surnames") else " · ").join(
            cells[index].strip() for index in indexes if index < len(cells) and cells[index].strip())
            for name, indexes in by_field.items()}
        source = {labels[index]: cells[index] for index in range(min(len(cells), len(labels))) if cells[index].strip()}
        written = _name_cell(values)
        for position, name in enumerate(written.names):
            person = _read_person(ref if position == 0 else f"{ref}·{position + 1}", {**values, **name}, source,
                                  current, today, surname_first, yes_no, letters)
            written.apply(person)
            person.shares_row = position > 0
            if profile_tells_service and person.civilian_military is CivilianMilitary.UNKNOWN and person.occupation:
                person.civilian_military = CivilianMilitary.CIVILIAN   # the profile column marks the military ones
            out.append(person)
    return out


def _read_service(text: str, yes_no: bool) -> CivilianMilitary | None:
    answer = words_of(text)
    if answer in ("c", "m"):                   # a C/M column: the initials of civil and militar
        return CivilianMilitary.CIVILIAN if answer == "c" else CivilianMilitary.MILITARY
    if yes_no and answer in YES_WORDS | NO_WORDS:
        return CivilianMilitary.MILITARY if answer in YES_WORDS else CivilianMilitary.CIVILIAN
    return read_service(text)


def _surnames_first_hint(choices: list[ColumnChoice]) -> bool:
    """A single names column headed "Apellidos y Nombres" writes surnames first."""
    for choice in choices:
        if choice.field == "full_name":
            words = header_words(choice.header).split()
            surname = next((i for i, w in enumerate(words) if w.startswith("apellido")), None)
            given = next((i for i, w in enumerate(words) if w.startswith("nombre")), None)
            return surname is not None and given is not None and surname < given
    return False


def _read_person(ref: str, values: dict[str, str], source: dict[str, str], context: dict[str, str],
                 today: date, surname_first: bool, yes_no: set[str],
                 letters: dict[str, Sex | None] | None = None) -> ListedPerson:
    person = ListedPerson(ref, "", "", source=source)

    def keep(name: str, value: str, en: str, es: str) -> None:
        person.kept[name] = value
        person.remarks.append((f"{FIELDS[name][0]} “{value}” {en}", f"{FIELDS[name][1]} «{value}» {es}"))

    _read_name(person, values, surname_first)
    nationality_letter = None
    if values.get("nationality"):
        if "nationality" in yes_no:
            answer = words_of(values["nationality"])
            if answer in YES_WORDS:
                person.nationality = "Extranjera"
        elif (reading := read_nationality(values["nationality"])) is None:
            keep("nationality", values["nationality"], "is not a nationality CaseDesk knows; kept as written",
                 "no es una nacionalidad que CaseDesk conozca; se guarda tal cual")
        else:
            person.nationality, nationality_letter = reading
    raw_id = values.get("national_id", "")
    try:
        found = read_national_id(raw_id, placeholders=ID_PLACEHOLDERS)
    except InvalidInput:
        found = None
        keep("national_id", raw_id, "is not an ID; kept as written", "no es una cédula; se guarda tal cual")
    if found is not None and found.is_cedula and not found.letter_written:
        if nationality_letter:
            found = NationalId(nationality_letter, found.number)
        elif found.kind == "E":
            person.remarks.append((f"cédula “{raw_id}” written without its letter: read as E-{found.number} "
                                   f"(only foreigners' cédulas are that high)",
                                   f"cédula «{raw_id}» escrita sin su letra: se lee E-{found.number} "
                                   f"(solo las de extranjeros llegan a ese número)"))
    elif found is not None and nationality_letter and found.is_cedula and found.kind != nationality_letter:
        person.remarks.append((f"the cédula says {found.kind}- but the nationality column says {nationality_letter}",
                               f"la cédula dice {found.kind}- pero la columna de nacionalidad dice {nationality_letter}"))
    person.national_id = found
    if values.get("sex"):
        key = words_of(values["sex"])
        sex = letters[key] if letters and key in letters else read_sex(values["sex"])    # H/M: sex_letters
        if sex is None:
            keep("sex", values["sex"], "is not a sex CaseDesk knows; kept as written",
                 "no es un sexo que CaseDesk conozca; se guarda tal cual")
        else:
            person.sex = sex
    for name in ("arrest_date", "birth_date", "release_date", "death_date"):
        if values.get(name) and (words_of(values[name]) in DATE_PLACEHOLDERS or not values[name].strip("-–—?. ")):
            continue                             # "S/F", "—": no date given
        if values.get(name):
            try:
                parsed = read_list_date(values[name], today=today)
            except InvalidInput:
                keep(name, values[name], "is not a date; kept as written", "no es una fecha; se guarda tal cual")
                continue
            if parsed.value > today:
                keep(name, values[name], "is in the future; kept as written", "es futura; se guarda tal cual")
                continue
            setattr(person, name, parsed)
    if values.get("age"):
        age = re.sub(r"\D", "", values["age"])
        if age and 0 < int(age) < 120:
            person.age = int(age)
            person.minor = person.age < 18
        elif words_of(values["age"]) in MINOR_WORDS:
            person.minor = True
        elif words_of(values["age"]) not in ADULT_WORDS:
            keep("age", values["age"], "is not an age; kept as written", "no es una edad; se guarda tal cual")
    if values.get("minor"):
        said = words_of(values["minor"])
        digits = re.sub(r"\D", "", values["minor"])
        if said in MINOR_WORDS or said in YES_WORDS:
            person.minor = True
        elif digits and 0 < int(digits) < 120 and person.age is None:      # an age under a "Menor" header
            person.age = int(digits)
            person.minor = person.age < 18
        elif said not in NO_WORDS and said not in ADULT_WORDS:
            keep("minor", values["minor"], "does not say whether a minor; kept as written",
                 "no dice si es menor de edad; se guarda tal cual")
    if values.get("health"):
        text = " ".join(values["health"].split())
        if words_of(text) not in NO_CONDITION_WORDS | _EMPTY_TEXT and text.strip("-–—_?. "):
            person.health = text
    if values.get("state"):
        state = read_state(values["state"])
        if state is None:
            keep("state", values["state"], "is not one of Venezuela's states; kept as written",
                 "no es un estado de Venezuela; se guarda tal cual")
        else:
            person.state = state
    if values.get("status"):
        reading = read_status(values["status"])
        if reading is None or (reading[0] is None and reading[1] is None):
            keep("status", values["status"], "is not a status CaseDesk knows; the status is left unknown",
                 "no es una situación que CaseDesk conozca; la situación queda desconocida")
            person.status = Status.UNKNOWN
        else:
            person.status, person.stage = reading
            if person.status is None and person.stage in (Stage.AWAITING_TRIAL, Stage.SENTENCED, Stage.NONE):
                person.status = Status.DETAINED
    if values.get("stage"):
        stage = read_stage(values["stage"])
        if stage is None:
            keep("stage", values["stage"], "is not a procedural stage CaseDesk knows; kept as written",
                 "no es una situación procesal que CaseDesk conozca; se guarda tal cual")
        else:
            person.stage = stage
    if values.get("civilian_military"):            # several columns may say it (rank, component): any will do
        readings = [_read_service(part, "civilian_military" in yes_no) for part in values["civilian_military"].split(" · ")]
        found = [reading for reading in readings if reading is not None]
        if found:
            person.civilian_military = CivilianMilitary.MILITARY if CivilianMilitary.MILITARY in found else found[0]
        elif person.civilian_military is CivilianMilitary.UNKNOWN:
            keep("civilian_military", values["civilian_military"], "is not civilian or military; kept as written",
                 "no es civil ni militar; se guarda tal cual")
    if values.get("occupation") and read_service(values["occupation"]) is CivilianMilitary.MILITARY \
            and person.civilian_military is CivilianMilitary.UNKNOWN:
        person.civilian_military = CivilianMilitary.MILITARY
    if values.get("facility") and (reading := read_status(values["facility"])) and reading[0] in (
            Status.WHEREABOUTS_UNKNOWN, Status.HOUSE_ARREST):     # "Paradero desconocido" where the prison goes
        if person.status is None:
            person.status = reading[0]
            person.remarks.append((f"the facility column says “{values['facility']}”: read as the status",
                                   f"la columna del centro dice «{values['facility']}»: se lee como la situación"))
        values = {**values, "facility": ""}
    for name in ("arrest_place", "facility", "agency", "charges", "court", "case_file_number", "lawyer", "occupation",
                 "notes"):
        text = " ".join(values.get(name, "").split())
        if name in ("arrest_place", "facility", "agency") and (not text.strip("-–—_?. ") or words_of(text) in _EMPTY_TEXT):
            text = ""
        setattr(person, name, text)
    if not person.state and person.arrest_place:          # "Maracaibo, Zulia": the state is in the place
        person.state = read_state(re.split(r"[,(–-]", person.arrest_place.rstrip(")"))[-1]) or ""
    _apply_context(person, context)
    return person


_ID_IN_NAME = re.compile(r"\s*[,(]?\s*(?:C\.?\s?I\.?|c[ée]dula|CI)\s*(?:N[°º.o]*)?\s*:?\s*"
                         r"((?:[VvEe]\s?-?\s?)?\d{1,3}(?:\.\d{3}){1,2}|(?:[VvEe]\s?-?\s?)?\d{6,9})\)?|"
                         r"\s+([VvEe]-\d{1,3}(?:\.\d{3}){1,2}|[VvEe]-\d{6,9})\b")
_REMARK_AFTER_DASH = re.compile(r"\s+[-–—]\s+(.+)$")
_DECEASED_MARK = re.compile(r"\s*[†✝]\s*")
_TWO_PEOPLE = re.compile(r"^(?P<first>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*)*?)\s+(?:y|e)\s+(?P<second>[^\W\d_].+)$")


@dataclass
class _NameCell:
    """What a name cell held besides the name: an ID, a remark, a mark of death, a note in
    brackets, or a second person ("Luis y Mario Rojas Silva")."""

    names: list[dict[str, str]]
    national_id: str = ""
    notes: list[str] = field(default_factory=list)
    deceased: bool = False

    def apply(self, person: "ListedPerson") -> None:
        if self.national_id and not person.national_id:
            try:
                person.national_id = read_national_id(self.national_id)
                person.remarks.append((f"cédula {self.national_id} taken from the name cell",
                                       f"cédula {self.national_id} tomada de la celda del nombre"))
            except InvalidInput:
                pass
        for note in self.notes:
            person.notes = f"{person.notes}\n{note}".strip()
            person.remarks.append((f"“{note}” written in the name cell: kept in the notes",
                                   f"«{note}» escrito en la celda del nombre: guardado en las notas"))
        if self.deceased and person.status is None:
            person.status = Status.DECEASED
            person.remarks.append(("† after the name: read as deceased", "† tras el nombre: se lee como fallecido/a"))
        if len(self.names) > 1:
            person.remarks.append((f"the name cell names {len(self.names)} people: one row each",
                                   f"la celda del nombre nombra a {len(self.names)} personas: una fila para cada una"))


_FOOTNOTE_MARK = re.compile(r"(?<=\w)(?:\*+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\(\*+\))(?=[\s,;]|$)")


def _name_cell(values: dict[str, str]) -> _NameCell:
    cell = _NameCell([{}])
    full = values.get("full_name", "")
    if not full:
        return cell
    if match := _ID_IN_NAME.search(full):
        cell.national_id = (match.group(1) or match.group(2)).strip()
        full = (full[:match.start()] + full[match.end():]).strip(" ,")
    if _DECEASED_MARK.search(full):
        cell.deceased = True
        full = _DECEASED_MARK.sub(" ", full).strip()
    if match := _REMARK_AFTER_DASH.search(full):
        cell.notes.append(match.group(1).strip())
        full = full[:match.start()].strip()
    for inside in re.findall(r"\(([^)]*)\)", full):
        if not re.match(r"\s*(?:a|alias|apodo)\b", inside, re.I) and (
                inside.strip().islower() or len(inside.split()) > 2 or read_status(inside) is not None):
            cell.notes.append(inside.strip())         # "(menor de edad)", "(hermanos)": a note, not an alias
            full = full.replace(f"({inside})", " ")
    full = " ".join(_FOOTNOTE_MARK.sub("", full).split())       # "Maldonado*", "Pérez¹": see the note below the list
    if (match := _TWO_PEOPLE.match(full)) and "," not in full:
        first, second = match.group("first"), match.group("second")
        second_words = [word for word in second.split() if word.lower() not in NAME_PARTICLES]
        if all(is_given_name(word) for word in first.split()) and len(second_words) >= 2:
            surnames = second.split()[len([w for w in second.split() if is_given_name(w)]):]
            if surnames:                               # "Luis y Mario Rojas Silva": the surnames are shared
                cell.names = [{"full_name": f"{first} {' '.join(surnames)}"}, {"full_name": second}]
                return cell
        elif len(first.split()) >= 2 and len(second_words) >= 2 and not _ALIAS_WORD.search(full):
            cell.names = [{"full_name": first}, {"full_name": second}]
            return cell
    cell.names = [{"full_name": full}]
    return cell


def _read_name(person: ListedPerson, values: dict[str, str], surname_first: bool) -> None:
    given, surnames, full = values.get("given_names", ""), values.get("surnames", ""), values.get("full_name", "")
    aliases = []
    for name, text in (("full_name", full), ("given_names", given), ("surnames", surnames)):
        alias, text = split_alias(text)
        if alias:
            aliases.append(alias)
        if name == "full_name":
            full = text
        elif name == "given_names":
            given = text
        else:
            surnames = text
    person.aliases = "\n".join(aliases)
    rank = None
    if full and surnames and f" {words_of(surnames)} " not in f" {words_of(full)} ":
        # A name column beside a surnames column, without those surnames: it holds the given
        # names. Splitting it as a whole name lost the surnames column altogether.
        given, full = full, ""
    if full:
        rank, full = strip_rank(full)
        given, surnames = split_full_name(full, likely_surnames_first=surname_first)
    elif given:
        rank, given = strip_rank(given)
    if rank:
        person.civilian_military = CivilianMilitary.MILITARY
        person.remarks.append((f"rank “{rank}” before the name: read as military",
                               f"grado «{rank}» antes del nombre: se lee como militar"))
    person.given_names, person.surnames = normalize_name(given), normalize_name(surnames)


_ALIAS_WORD = re.compile(r"\b(?:alias|apodo|a\.k\.a)\b", re.I)


def split_alias(text: str) -> tuple[str, str]:
    """(alias, name) from "Juan Pérez (a) El Gato", "Juan Pérez alias Gato" or "Juan Pérez (Gato)"."""
    if "(" not in text and not _ALIAS_WORD.search(text) and not re.search(r"[«\"“]", text):
        return "", text
    if match := re.search(r"\s*\((?:a|alias|apodo)\.?\)\s*(.+)$", text, re.I):
        return match.group(1).strip(), text[:match.start()].strip()
    if match := re.search(r"\s+\b(?:alias|apodo|a\.k\.a\.?)\s+(.+)$", text, re.I):
        return match.group(1).strip(), text[:match.start()].strip()
    if match := re.search(r"\s*[«\"“]([^»\"”]+)[»\"”]", text):     # Juan «El Gato» Pérez
        return match.group(1).strip(), (text[:match.start()] + " " + text[match.end():]).strip()
    if match := re.search(r"\s*\(([^)]*)\)?\s*$", text):
        return match.group(1).strip(), text[:match.start()].strip()
    return "", text


def _apply_context(person: ListedPerson, context: dict[str, str]) -> None:
    """What a heading or the sheet's name says, where the row itself says nothing."""
    for name, value in context.items():
        if name == "civilian_military" and person.civilian_military is CivilianMilitary.UNKNOWN:
            person.civilian_military = CivilianMilitary(value)
        elif name == "sex" and person.sex is Sex.UNKNOWN:
            person.sex = Sex(value)
        elif name == "status" and person.status is None:
            person.status = Status(value)
        elif name == "stage" and person.stage is None:
            person.stage = Stage(value)
            person.status = person.status or Status.DETAINED
        elif name == "state" and not person.state:
            person.state = value
        elif name == "nationality" and not person.nationality and not (
                person.national_id and person.national_id.is_cedula):
            person.nationality = "Extranjera"


def sheet_context(sheet_name: str) -> dict[str, str]:
    """What a sheet's name says of everyone on it ("Militares", "Mujeres", "Excarcelados")."""
    heading = section_heading(sheet_name)
    return {heading[0]: heading[1]} if heading else {}
