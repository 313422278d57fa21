"""What each column holds, decided from its header and its values together.

A header proposes one field or several ("Estado" may be the status, the federal state or the
procedural stage; "Condición" civilian/military or the status); the values confirm it,
choose among the candidates, or overrule a header they contradict ("Estado" full of Zulia,
Trujillo, Lara is the state). A column with no header the words know is recognised by its
values alone (cédulas, dates, names, states…). Every choice carries its reason for the report.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from casedesk.domain.errors import InvalidInput
from casedesk.domain.list_values import (
    is_date, is_not_a_person, read_nationality, read_service, read_sex, read_stage, read_state, section_heading, strip_rank, words_of,
)
from casedesk.domain.list_words import (
    AGENCY_WORDS, FACILITY_WORDS, HEADER_RULES, ID_PLACEHOLDERS, NAME_PARTICLES, NO_WORDS, NOT_A_NAME_WORDS,
    REMARK_STARTS, SENTENCE_WORDS, YES_WORDS,
)
from casedesk.domain.normalize import read_national_id
from casedesk.domain.vocabulary import Sex, read_status

#: The fields a column can feed, with their labels (English, Spanish).
FIELDS: dict[str, tuple[str, str]] = {
    "full_name": ("Full name", "Nombre completo"),
    "given_names": ("Given names", "Nombres"),
    "surnames": ("Surnames", "Apellidos"),
    "national_id": ("National ID", "Cédula"),
    "sex": ("Sex", "Sexo"),
    "birth_date": ("Date of birth", "Fecha de nacimiento"),
    "age": ("Age", "Edad"),
    "nationality": ("Nationality", "Nacionalidad"),
    "arrest_date": ("Arrest date", "Fecha de detención"),
    "arrest_place": ("Place of arrest", "Lugar de detención"),
    "state": ("State (entidad)", "Estado (entidad federal)"),
    "facility": ("Facility", "Centro de reclusión"),
    "agency": ("Arresting agency", "Organismo aprehensor"),
    "civilian_military": ("Civilian/military", "Civil/militar"),
    "status": ("Status", "Situación"),
    "stage": ("Procedural stage", "Situación procesal"),
    "release_date": ("Release date", "Fecha de excarcelación"),
    "death_date": ("Date of death", "Fecha de fallecimiento"),
    "charges": ("Charges", "Cargos"),
    "court": ("Court", "Tribunal"),
    "case_file_number": ("Case file number", "Número de expediente"),
    "lawyer": ("Lawyer", "Abogado/a"),
    "occupation": ("Occupation or profile", "Ocupación o perfil"),
    "notes": ("Notes", "Observaciones"),
    "minor": ("Minor", "Menor de edad"),
    "health": ("Health condition", "Condición de salud"),
}
NAME_FIELDS = ("full_name", "given_names", "surnames")
#: Fields at most one column may feed. Names may come in parts ("Primer apellido", "Segundo
#: apellido"), notes from several columns: those are joined.
SINGLE = frozenset(FIELDS) - {"notes", "given_names", "surnames", "civilian_military"}

#: Child labels that mean little without the label above them ("Detención" over "Fecha").
_GENERIC_CHILDREN = frozenset({"fecha", "date", "lugar", "tipo", "numero", "n", "nro", "no", "sitio", "dia"})


def header_words(label: str) -> list[str]:
    return words_of(label.replace("°", " ").replace("º", " ").replace("#", " numero "))


_ROW_NUMBER_HEADERS = frozenset({"", "n", "no", "nro", "num", "numero", "item", "orden", "n o", "nro orden",
                                 "numero de orden", "id registro"})


def header_candidates(label: str) -> tuple[str, ...]:
    """The fields a header may mean, most likely first; () when the words say nothing.
    "ignore" means a column to leave out whatever it holds (marital status)."""
    words = header_words(label)
    if not words:
        return ()
    if words in _ROW_NUMBER_HEADERS and words:
        return ("row_number",)
    tokens = words.split()
    for required, fields in HEADER_RULES:
        if all(any(token == word or (word.endswith("*") and token.startswith(word[:-1])) for token in tokens)
               for word in required):
            return fields
    return ()


def classify_header(parent: str, child: str) -> tuple[str, ...]:
    """Candidates for a column under a two-row header: the lower label alone when it says
    something by itself ("Apellidos" under "Nombre"), else both read together ("Fecha" under
    "Detención" is the arrest date)."""
    if not parent or words_of(parent) == words_of(child):
        return header_candidates(child)
    if not child:
        return header_candidates(parent)
    alone = header_candidates(child)
    if alone and header_words(child) not in _GENERIC_CHILDREN and len(alone) == 1:
        return alone
    return header_candidates(f"{parent} {child}") or alone


# --- What the values look like -------------------------------------------------------------

_ID_SHAPE = re.compile(r"^(?:c\.?\s*i\.?\s*:?\s*)?(?:[ve]\s*[-.]?\s*)?\d{1,3}(?:[.\s]?\d{3}){1,2}$|^\d{6,9}$|"
                       r"^(?:pas(?:aporte)?\.?|pp)\s*[-:]?\s*[a-z0-9]{5,}$", re.I)
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’.\-]*[.'’\-]?[^\W\d_]*\.?$")


def _is_id(value: str) -> bool:
    if not _ID_SHAPE.match(value.strip()):
        return False
    try:
        return read_national_id(value) is not None
    except InvalidInput:
        return False


_NOT_NAME_WORDS = REMARK_STARTS | NOT_A_NAME_WORDS


def reads_as_sentence(value: str) -> bool:
    """A piece of running text rather than a name: a word written in lower case that no name
    has ("estoy bien.", "aquí me tratan bien"), as a letter split at its commas gives. Only words
    written in lower case count: "Luz Mar Bien" or "SI" in a name are left to the other tests."""
    return any(word[:1].islower() and words_of(word) in SENTENCE_WORDS
               for word in value.replace(",", " ").split())


def _sentence_end(words: list[str]) -> bool:
    """All lower case and ending as a sentence ends ("la comida es poca."), not in an initial
    ("jose a.") nor an abbreviation of two letters ("ma.")."""
    last = words[-1]
    return all(word[:1].islower() for word in words) and last.endswith(".") and len(last.rstrip(".")) >= 3


def _is_name(value: str) -> bool:
    """Does a cell read as a person's name ("PÉREZ, ANA", "Cap. Luis Paz", "maria perez")?"""
    _, value = strip_rank(value)
    words = value.replace(",", " ").split()
    if not 2 <= len(words) <= 8 or not all(_NAME_WORD.match(word) for word in words):
        return False
    if reads_as_sentence(value) or _sentence_end(words):
        return False                     # a letter's sentence split at its commas
    plain = [word for word in words if word.lower() not in NAME_PARTICLES]
    lower = [word for word in plain if word[0].islower()]
    if lower and (len(lower) < len(plain) or any(words_of(word) in _NOT_NAME_WORDS for word in plain)):
        return False                     # a sentence, not a name
    return (read_status(value) is None and read_state(value) is None and section_heading(value) is None
            and read_service(value) is None and read_nationality(value) is None and not is_not_a_person(value)
            and not _mentions(value, FACILITY_WORDS) and not _mentions(value, AGENCY_WORDS))


def _mentions(value: str, vocabulary: tuple[str, ...]) -> bool:
    key = f" {words_of(value)} "
    return any(f" {word} " in key for word in vocabulary)


def _profile(values: list[str], today: date) -> dict[str, float]:
    """For each kind of value, the share of the column's non-empty cells that are of it."""
    filled = [value for value in values if value.strip()]
    if not filled:
        return {}
    weights = Counter(filled)             # each distinct value is tested once

    def share(test) -> float:
        return sum(count for value, count in weights.items() if test(value)) / len(filled)

    sample_ids = [v for v in filled if words_of(v) not in ID_PLACEHOLDERS]
    return {
        "national_id": (sum(1 for v in sample_ids if _is_id(v)) / len(sample_ids)) if sample_ids else 0.0,
        "date": share(lambda v: is_date(v, today)),
        "name": share(_is_name),
        "status": share(lambda v: (r := read_status(v)) is not None and r[0] is not None),
        "stage": share(lambda v: read_stage(v) is not None),
        "state": share(lambda v: read_state(v) is not None),
        "sex": share(lambda v: read_sex(v) is not None),
        "civilian_military": share(lambda v: read_service(v) is not None),
        "nationality": share(lambda v: read_nationality(v) is not None),
        "facility": share(lambda v: _mentions(v, FACILITY_WORDS)),
        "agency": share(lambda v: _mentions(v, AGENCY_WORDS)),
        "yes_no": share(lambda v: words_of(v) in YES_WORDS | NO_WORDS),
        "number": share(lambda v: v.strip().isdigit() and len(v.strip()) <= 5),
        "long_text": share(lambda v: len(v.split()) >= 6),
        "distinct": len(weights) / len(filled),
    }


#: Which profile entry confirms a field, and how much of the column must fit.
_CONTENT_OF = {
    "national_id": "national_id", "arrest_date": "date", "birth_date": "date", "release_date": "date",
    "death_date": "date",
    "full_name": "name", "status": "status", "stage": "stage", "state": "state", "sex": "sex",
    "civilian_military": "civilian_military", "nationality": "nationality", "facility": "facility",
    "agency": "agency",
}
#: Recognised by values alone (no header the words know): field, profile entry, share needed.
_BY_CONTENT = (("national_id", "national_id", 0.7), ("arrest_date", "date", 0.7), ("full_name", "name", 0.8),
               ("status", "status", 0.7), ("state", "state", 0.8), ("sex", "sex", 0.9),
               ("civilian_military", "civilian_military", 0.8), ("nationality", "nationality", 0.8),
               ("facility", "facility", 0.6), ("agency", "agency", 0.7))


@dataclass
class ColumnChoice:
    """What one source column feeds, and why (for the report and the wizard)."""

    index: int
    header: str
    field: str | None
    why: str                       # "header", "content", "header and content", or "unused"
    detail_en: str = ""
    detail_es: str = ""
    yes_no: bool = False           # cells say only yes/no under a header naming the field
    alternatives: tuple[str, ...] = ()     # what else the header may mean, should another column win

    def to_json(self, language: str = "en") -> dict:
        return {"column": column_letter(self.index), "header": self.header, "field": self.field, "why": self.why,
                "detail": self.detail_en if language == "en" else self.detail_es}


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def decide_columns(headers: list[str], parents: list[str], columns: list[list[str]], today: date,
                   *, sample: int = 3000) -> list[ColumnChoice]:
    """One choice per column. `parents` are the labels above (two-row headers) or ""; each
    of `columns` is that column's cells, top to bottom (a sample is enough)."""
    proposals: list[tuple[float, ColumnChoice]] = []
    for index, header in enumerate(headers):
        parent = parents[index] if index < len(parents) else ""
        label = _label(parent, header)
        values = columns[index][:sample] if index < len(columns) else []
        profile = _profile(values, today)
        candidates = classify_header(parent, header)
        confidence, choice = _propose(index, label, candidates, profile)
        choice.alternatives = tuple(field for field in candidates if field != choice.field and field in FIELDS)
        proposals.append((confidence, choice))
    choices = _settle(proposals)
    for choice in choices:
        if choice.field == "sex" and choice.index < len(columns) and (
                letters := sex_letters(columns[choice.index], choice.header)):
            choice.detail_en, choice.detail_es = (
                ("H and M: M read as mujer (H is hombre)", "H y M: M se lee como mujer (H es hombre)")
                if letters["m"] is Sex.FEMALE else
                ("H, M and F: M cannot be told apart, kept as written",
                 "H, M y F: la M no se distingue, se guarda tal cual"))
    return choices


def _label(parent: str, child: str) -> str:
    if parent and child and words_of(parent) != words_of(child):
        return f"{parent} {child}"
    return child or parent


def _propose(index: int, label: str, candidates: tuple[str, ...], profile: dict[str, float]) -> tuple[float, ColumnChoice]:
    """(confidence, choice) for one column."""
    if not profile:
        return 0.0, ColumnChoice(index, label, None, "unused", "the column is empty", "la columna está vacía")
    if candidates == ("ignore",):
        return 0.0, ColumnChoice(index, label, None, "unused", "not something CaseDesk records",
                                 "no es un dato que CaseDesk registre")
    if candidates == ("row_number",) or (not candidates and profile["number"] > 0.9 and profile["distinct"] > 0.9):
        return 0.0, ColumnChoice(index, label, None, "unused", "row numbers", "números de fila")
    # The values overrule a header they contradict, or choose among a header's candidates.
    fitting = [(profile.get(_CONTENT_OF.get(field, ""), 0.0), field) for field in candidates]
    if candidates:
        best_share, best = max(fitting, key=lambda item: item[0]) if len(candidates) > 1 else fitting[0]
        first = candidates[0]
        content_kind = _CONTENT_OF.get(first)
        if len(candidates) > 1 and best_share >= 0.5:
            return 2.0 + best_share, ColumnChoice(index, label, best, "header and content",
                                                  f"the header may mean several things; the values are {_kind_en(best)}",
                                                  f"el encabezado admite varios sentidos; los valores son {_kind_es(best)}")
        yes_no = first in ("civilian_military", "nationality") and profile["yes_no"] > 0.8
        if yes_no:
            return 3.0, ColumnChoice(index, label, first, "header", "the cells say yes or no",
                                     "las celdas dicen sí o no", yes_no=True)
        contradicted = content_kind and profile.get(content_kind, 0.0) < 0.3
        if contradicted:                     # the values say something else, even if less sure of it
            other = _by_content(profile, exclude={first}, leniency=0.2)
            if other:
                field, share = other
                return 1.5 + share, ColumnChoice(
                    index, label, field, "content",
                    f"the header suggests {_field_en(first)}, but the values are {_kind_en(field)}",
                    f"el encabezado sugiere {_field_es(first)}, pero los valores son {_kind_es(field)}")
            if len(candidates) > 1:
                return 0.5, ColumnChoice(index, label, None, "unused",
                                         "the header may mean several things and the values settle none",
                                         "el encabezado admite varios sentidos y los valores no deciden ninguno")
        confirmed = content_kind and profile.get(content_kind, 0.0) >= 0.5
        return (3.0 if confirmed else 2.5), ColumnChoice(index, label, first,
                                                        "header and content" if confirmed else "header")
    found = _by_content(profile)
    if found:
        field, share = found
        return 1.0 + share, ColumnChoice(index, label, field, "content", f"the values are {_kind_en(field)}",
                                         f"los valores son {_kind_es(field)}")
    return 0.0, ColumnChoice(index, label, None, "unused", "neither the header nor the values say what it holds",
                             "ni el encabezado ni los valores dicen qué contiene")


def _by_content(profile: dict[str, float], exclude: set[str] = frozenset(),
                leniency: float = 0.0) -> tuple[str, float] | None:
    for field, kind, needed in _BY_CONTENT:
        if field not in exclude and profile.get(kind, 0.0) >= needed - leniency:
            if field == "full_name" and profile["distinct"] < 0.6:
                continue                     # the same few words again and again are not names
            return field, profile[kind]
    return None


def _settle(proposals: list[tuple[float, ColumnChoice]]) -> list[ColumnChoice]:
    """Each single field to its most confident column; the others are left unused, saying so.
    Given names without surnames (or the reverse) are a full name."""
    owner: dict[str, tuple[float, int]] = {}
    for confidence, choice in proposals:
        if choice.field in SINGLE and (choice.field not in owner or confidence > owner[choice.field][0]):
            owner[choice.field] = (confidence, choice.index)
    choices = []
    for confidence, choice in proposals:
        if choice.field in SINGLE and owner[choice.field][1] != choice.index:
            taken = owner[choice.field][1]
            other = next((field for field in choice.alternatives if field not in owner), None)
            if other is not None:       # "Situación jurídica" beside an "Estatus" column: the stage
                owner[other] = (confidence, choice.index)
                choice = ColumnChoice(choice.index, choice.header, other, "header",
                                      f"column {column_letter(taken)} holds {_field_en(choice.field)}",
                                      f"la columna {column_letter(taken)} contiene {_field_es(choice.field)}")
            else:
                choice = ColumnChoice(choice.index, choice.header, None, "unused",
                                      f"column {column_letter(taken)} already holds {_field_en(choice.field)}",
                                      f"la columna {column_letter(taken)} ya contiene {_field_es(choice.field)}")
        choices.append(choice)
    fields = {choice.field for choice in choices}
    # "Apellidos | Nombre": beside a surnames column, a column headed just "Nombre" ("Name",
    # "Nombre(s)") holds the given names, as in any ID form. Read as a full name it made
    # "José Gregorio" the whole name and dropped "Pérez Rojas".
    bare = [choice for choice in choices if choice.field == "full_name" and header_words(choice.header) in _BARE_NAME]
    if "surnames" in fields and "given_names" not in fields and len(bare) == 1 and \
            sum(choice.field == "full_name" for choice in choices) == 1:
        bare[0].field, bare[0].why = "given_names", "header"
        bare[0].detail_en, bare[0].detail_es = "beside the surnames column", "junto a la columna de apellidos"
        fields = {choice.field for choice in choices}
    if ("given_names" in fields) != ("surnames" in fields) and "full_name" not in fields:
        for choice in choices:
            if choice.field in ("given_names", "surnames"):
                choice.field = "full_name"
    return choices


_BARE_NAME = frozenset({"nombre", "nombre s", "name", "name s"})


def _field_en(field: str) -> str:
    return FIELDS[field][0].lower() if field in FIELDS else field


def _field_es(field: str) -> str:
    return FIELDS[field][1].lower() if field in FIELDS else field


_KINDS = {"national_id": ("IDs", "cédulas"), "arrest_date": ("dates", "fechas"), "birth_date": ("dates", "fechas"),
          "release_date": ("dates", "fechas"), "full_name": ("names", "nombres"),
          "status": ("statuses", "situaciones"), "stage": ("procedural stages", "situaciones procesales"),
          "state": ("federal states", "estados (entidades federales)"), "sex": ("sexes", "sexos"),
          "civilian_military": ("civilian or military", "civil o militar"),
          "nationality": ("nationalities", "nacionalidades"), "facility": ("detention centres", "centros de reclusión"),
          "agency": ("security agencies", "organismos de seguridad")}


def _kind_en(field: str) -> str:
    return _KINDS.get(field, (field, field))[0]


def _kind_es(field: str) -> str:
    return _KINDS.get(field, (field, field))[1]


def sex_letters(values: list[str], header: str = "") -> dict[str, Sex | None]:
    """How the single letters of one sex column read, where they differ from M = masculino.

    Venezuelan lists write M/F (masculino, femenino); lists kept in Spain write H/M (hombre,
    mujer). In a column that has H and no F, or whose header says so ("Sexo (H/M)"), M is a
    woman: read as "masculino" it counted the women of a Madrid group's list as men. With H, M
    and F all there, M cannot be told: None (kept as written, never guessed)."""
    seen = {words_of(value) for value in values}
    said = set(header_words(header).split())
    if "m" not in seen:
        return {}
    if "h" in seen:
        return {"m": None} if "f" in seen else {"m": Sex.FEMALE}
    return {"m": Sex.FEMALE} if "f" not in seen and ({"h", "m"} <= said or "hombre" in said) else {}


def has_names(choices: list[ColumnChoice]) -> bool:
    return any(choice.field in NAME_FIELDS for choice in choices)
