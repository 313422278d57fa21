"""Normalisers for what people type: national IDs, dates with their precision, names.

Each function either returns a clean value or raises `InvalidInput` with a sentence that says
what was wrong, so an importer can report the row and a form can show it inline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from casedesk.domain.errors import InvalidInput
from casedesk.domain.list_words import GIVEN_NAMES, GIVEN_PARTICLE_NAMES
from casedesk.domain.text import fold
from casedesk.domain.vocabulary import DatePrecision

# --- National IDs -----------------------------------------------------------------------

# Venezuelan cédulas: V (national) or E (foreigner), written with or without the letter, dots,
# dashes or a "C.I." prefix. A bare number is a V unless it is in the range only foreigners'
# cédulas use (80 million and up). Passports are marked ("Pas.", "Pasaporte", "PAS-").
_CEDULA = re.compile(r"^(?:C\.?\s*I\.?\s*:?\s*(?:N[O°º.]*\s*)?)?([VEve])?\s*[-–.:]?\s*(\d{1,3}(?:[.,\s]?\d{3}){1,2}|\d{5,9})$", re.I)
_PASSPORT = re.compile(r"^(?:PASAPORTE|PASSPORT|PAS|PASS|PPT|PP|PA)\b\.?\s*(?:N[O°º.]*\s*)?[-:#]?\s*"
                       r"([A-Z0-9][A-Z0-9 .-]{3,19})$", re.I)
_DOCUMENT = re.compile(r"^[A-Z0-9][A-Z0-9-]{4,19}$")
FOREIGN_CEDULAS_FROM = 80_000_000


@dataclass(frozen=True)
class NationalId:
    """An ID as lists write it: a cédula (V or E), a passport, or another document.

    `letter_written` is False for a cédula written without its V or E: the letter was
    assumed (V) or inferred from the number (E), and another record of the same person may
    carry the right one.
    """

    kind: str                        # "V", "E", "PAS" or "DOC"
    number: str                      # digits, or letters and digits
    letter_written: bool = True

    def __str__(self) -> str:
        return self.number if self.kind == "DOC" else f"{self.kind}-{self.number}"

    @property
    def is_cedula(self) -> bool:
        return self.kind in ("V", "E")

    @classmethod
    def from_stored(cls, text: str) -> "NationalId":
        """An ID as the vault stores it ("V-12345678", "PAS-AB123", "599418334"): no reading needed."""
        kind, _, number = text.partition("-")
        if number and kind in ("V", "E", "PAS"):
            return cls(kind, number)
        return cls("DOC", text)

    @staticmethod
    def stored_number(text: str) -> str:
        """`from_stored(text).number`, without making the ID (matching files 100k of them by number)."""
        kind, _, number = text.partition("-")
        return number if number and kind in ("V", "E", "PAS") else text


def read_national_id(text: str, *, placeholders: frozenset[str] = frozenset()) -> NationalId | None:
    """Read an ID in any written form; None for an empty cell or one of `placeholders` (the
    words lists write where there is no ID, compared folded and without punctuation).

    Raises:
        InvalidInput: the text holds no usable ID.
    """
    raw = " ".join(text.strip().split()).rstrip(".")
    raw = re.sub(r"^(\d{5,9})\.0+$", r"\1", raw)         # an ID a program saved as a number: 12345678.0
    if not raw or " ".join(re.sub(r"[^\w]", " ", fold(raw)).split()) in placeholders or not raw.strip("-–—_?. "):
        return None
    match = _CEDULA.match(raw)
    if match:
        digits = re.sub(r"\D", "", match.group(2)).lstrip("0")
        if match.group(1) and 5 <= len(digits) <= 9:
            return NationalId(match.group(1).upper(), digits)
        if 5 <= len(digits) <= 8:
            return NationalId("E" if int(digits) >= FOREIGN_CEDULAS_FROM else "V", digits, letter_written=False)
        if len(digits) == 9:
            return NationalId("DOC", digits)          # too long for a cédula: a passport or another paper
    passport = _PASSPORT.match(raw)
    if passport:
        number = re.sub(r"[\s.-]", "", passport.group(1)).upper()
        if len(number) >= 4 and any(c.isdigit() for c in number):
            return NationalId("PAS", number)
    compact = re.sub(r"[\s.]", "", raw).upper()
    if _DOCUMENT.match(compact) and any(c.isdigit() for c in compact):
        if re.fullmatch(r"PAS-?[A-Z0-9]+", compact):
            return NationalId("PAS", compact.removeprefix("PAS").lstrip("-"))
        return NationalId("DOC", compact)
    raise InvalidInput(
        f"“{text}” is not a national ID: write it like V-12.345.678, E-81234567 or a passport number.",
        f"“{text}” no es una cédula: escríbala como V-12.345.678, E-81234567 o un número de pasaporte.",
    )


def normalize_national_id(text: str) -> str:
    """One written form per ID: "V-12.345.678", "v12345678" and "12.345.678" -> "V-12345678";
    "Pas. 599418334" -> "PAS-599418334"; other documents in upper case without spaces.

    Raises:
        InvalidInput: the text holds no usable ID.
    """
    found = read_national_id(text)
    if found is None:
        raise InvalidInput(
            f"“{text}” is not a national ID: write it like V-12.345.678, E-81234567 or a passport number.",
            f"“{text}” no es una cédula: escríbala como V-12.345.678, E-81234567 o un número de pasaporte.",
        )
    return str(found)


def national_id_search_terms(national_id: str) -> str:
    """Words the search index holds for an ID, so any written form finds it."""
    digits = re.sub(r"\D", "", national_id)
    return f"{national_id.replace('-', '')} {digits}" if digits else national_id


def is_foreign_id(national_id: str) -> bool:
    """E- cédulas belong to foreigners resident in Venezuela."""
    return national_id.startswith("E-")


# --- Dates -------------------------------------------------------------------------------

@dataclass(frozen=True)
class FuzzyDate:
    """A date as precise as the source was: `value` is the first day of the period."""

    value: date
    precision: DatePrecision

    def iso(self) -> str:
        return self.value.isoformat()

    def display(self, language: str = "es") -> str:
        """29/12/2025, 12/2025 or 2025 (ca. 29/12/2025 when estimated)."""
        d = self.value
        if self.precision is DatePrecision.YEAR:
            return f"{d.year}"
        if self.precision is DatePrecision.MONTH:
            return f"{d.month:02d}/{d.year}"
        shown = f"{d.day:02d}/{d.month:02d}/{d.year}" if language == "es" else d.isoformat()
        return f"ca. {shown}" if self.precision is DatePrecision.ESTIMATED else shown


_MONTHS = {
    "ene": 1, "enero": 1, "jan": 1, "january": 1,
    "feb": 2, "febrero": 2, "february": 2,
    "mar": 3, "marzo": 3, "march": 3,
    "abr": 4, "abril": 4, "apr": 4, "april": 4,
    "may": 5, "mayo": 5,
    "jun": 6, "junio": 6, "june": 6,
    "jul": 7, "julio": 7, "july": 7,
    "ago": 8, "agosto": 8, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "set": 9, "septiembre": 9, "setiembre": 9, "september": 9,
    "oct": 10, "octubre": 10, "october": 10,
    "nov": 11, "noviembre": 11, "november": 11,
    "dic": 12, "diciembre": 12, "dec": 12, "december": 12,
}
_ESTIMATE_MARKERS = re.compile(r"^(?:aprox\.?|aproximadamente|approx\.?|circa|ca\.?|~|±)\s*", re.I)


def parse_date(text: str, *, today: date | None = None) -> FuzzyDate:
    """Read a date the way Spanish-speaking lists write it (day first).

    Accepts 2025-12-29, 29/12/2025, 29-12-25, 29.12.2025, "3 dic 2020", "3 de diciembre de
    2020", "diciembre 2020" / 12/2020 (month precision), 2020 (year precision), and an
    "aprox." or "~" prefix (estimated). Two-digit years are read as the latest year not
    after `today`.

    Raises:
        InvalidInput: the text is not a date, or names an impossible one (31/02/2024).
    """
    today = today or date.today()
    raw = " ".join(text.strip().split())
    estimated = bool(_ESTIMATE_MARKERS.match(raw))
    body = fold(_ESTIMATE_MARKERS.sub("", raw)).replace(" de ", " ").replace(" del ", " ")
    try:
        value, precision = _parse_date_body(body, today)
    except (ValueError, KeyError):
        value, precision = None, None
    if value is None:
        raise InvalidInput(
            f"“{text}” is not a date that exists: write it as day/month/year, e.g. 29/12/2025.",
            f"“{text}” no es una fecha válida: escríbala como día/mes/año, p. ej. 29/12/2025.",
        )
    if estimated:
        precision = DatePrecision.ESTIMATED
    return FuzzyDate(value, precision)


def _parse_date_body(body: str, today: date) -> tuple[date | None, DatePrecision | None]:
    body = re.sub(r"[ t]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?\s?m\.?)?$", "", body)   # a time after the date
    if m := re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", body):
        return date(int(m[1]), int(m[2]), int(m[3])), DatePrecision.DAY
    if m := re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})", body):
        return date(_full_year(m[3], today), int(m[2]), int(m[1])), DatePrecision.DAY
    if m := re.fullmatch(r"(\d{1,2})[ \-/.]*([a-z]+)\.?[ \-/.,]*(\d{2}|\d{4})", body):
        return date(_full_year(m[3], today), _MONTHS[m[2]], int(m[1])), DatePrecision.DAY
    if m := re.fullmatch(r"([a-z]+)\.?[ \-/.,]*(\d{2}|\d{4})", body):
        return date(_full_year(m[2], today), _MONTHS[m[1]], 1), DatePrecision.MONTH
    if m := re.fullmatch(r"(\d{1,2})[/\-.](\d{4})", body):
        return date(int(m[2]), int(m[1]), 1), DatePrecision.MONTH
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})", body):
        return date(int(m[1]), int(m[2]), 1), DatePrecision.MONTH
    if m := re.fullmatch(r"(\d{4})", body):
        return date(int(m[1]), 1, 1), DatePrecision.YEAR
    return None, None


def _full_year(text: str, today: date) -> int:
    if len(text) == 4:
        return int(text)
    year = 2000 + int(text)
    return year if year <= today.year else year - 100


# --- Names -------------------------------------------------------------------------------

_LOWER_PARTICLES = {"de", "del", "la", "las", "los", "y", "e", "da", "van", "von"}


def normalize_name(text: str) -> str:
    """Tidy spacing and case: "  JOSÉ  DE LA  cruz " -> "José de la Cruz"."""
    words = " ".join(text.split()).split(" ")
    tidy = []
    for index, word in enumerate(words):
        lower = word.lower()
        if index > 0 and lower in _LOWER_PARTICLES:
            tidy.append(lower)
        else:
            # capitalize() would lower "McDonald"; only change words typed all in one case.
            tidy.append("-".join(p[:1].title() + p[1:].lower() for p in word.split("-"))
                        if word.isupper() or word.islower() else word)
    return " ".join(tidy)


def _name_units(words: list[str]) -> list[str]:
    """Words with their particles: ["María", "del Valle", "Pérez", "de la Cruz"]."""
    units: list[str] = []
    pending: list[str] = []
    for word in words:
        if word.lower() in _LOWER_PARTICLES and len(words) > 1:
            pending.append(word)
            continue
        units.append(" ".join(pending + [word]))
        pending = []
    if pending:
        units = units[:-1] + [" ".join([units[-1], *pending])] if units else [" ".join(pending)]
    return units


def is_given_name(unit: str) -> bool:
    """A common given name ("Pedro", "del Valle", "Juan de Dios" in parts), folded."""
    folded = fold(unit)
    return folded in GIVEN_NAMES or folded in GIVEN_PARTICLE_NAMES


def split_full_name(text: str, *, surnames_first: bool | None = None,
                    likely_surnames_first: bool = False) -> tuple[str, str]:
    """Split a full name into (given names, surnames).

    "Apellidos, Nombres" (with a comma) is taken as surnames first. Otherwise the order is
    `surnames_first` when given, else read from the name itself (a common given name at one
    end and not at the other), else surnames first only if `likely_surnames_first` (a column
    headed "Apellidos y Nombres"). Spanish names are usually one or two given
    names and two surnames: with four or more parts the last (or first) two are the surnames;
    with three, the middle one goes with the given names only when it is a common given name
    ("Pedro Pablo Montes", but "José Íñiguez Pérez"). Particles stay with the word that
    follows them ("María del Valle", "Pérez de la Cruz").
    """
    clean = normalize_name(text.strip().strip(","))
    if "," in clean:
        surnames, given = (part.strip() for part in clean.split(",", 1))
        return given, surnames
    units = _name_units(clean.split(" "))
    if len(units) <= 1:
        return "", clean
    if surnames_first is None:
        first, last = is_given_name(units[0]), is_given_name(units[-1])
        surnames_first = (last and not first) or (first == last and likely_surnames_first)
    ordered = list(reversed(units)) if surnames_first else units
    if len(units) == 2:
        given_count = 1
    elif len(units) == 3:
        given_count = 2 if is_given_name(ordered[1]) else 1
    else:
        given_count = len(units) - 2
    given, surnames = ordered[:given_count], ordered[given_count:]
    if surnames_first:
        given, surnames = list(reversed(given)), list(reversed(surnames))
    return " ".join(given), " ".join(surnames)
