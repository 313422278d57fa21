"""Normalisers for what people type: national IDs, dates with their precision, names.

Each function either returns a clean value or raises `InvalidInput` with a sentence that says
what was wrong, so an importer can report the row and a form can show it inline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from casedesk.domain.errors import InvalidInput
from casedesk.domain.text import fold
from casedesk.domain.vocabulary import DatePrecision

# --- National IDs -----------------------------------------------------------------------

# Venezuelan cédulas: V (national) or E (foreigner), 5 to 9 digits, written with or without
# the letter, dots, dashes or a "C.I." prefix. A bare number is a V: that is how lists write it.
_CEDULA = re.compile(r"^(?:C\.?\s*I\.?\s*:?\s*(?:N[O°º.]*\s*)?)?([VEve])?\s*[-–.:]?\s*(\d{1,3}(?:[.\s]?\d{3}){1,2}|\d{5,9})$", re.I)
_PASSPORT = re.compile(r"^[A-Z0-9][A-Z0-9-]{4,19}$")


def normalize_national_id(text: str) -> str:
    """One written form per ID: "V-12.345.678", "v12345678" and "12.345.678" -> "V-12345678".

    IDs that are not cédulas (passports, other countries) are kept in upper case without
    spaces, so they still compare equal however they were typed.

    Raises:
        InvalidInput: the text holds no usable ID.
    """
    raw = " ".join(text.strip().split())
    match = _CEDULA.match(raw)
    if match:
        letter = (match.group(1) or "V").upper()
        digits = re.sub(r"\D", "", match.group(2)).lstrip("0")
        if 5 <= len(digits) <= 9:
            return f"{letter}-{digits}"
    compact = re.sub(r"[\s.]", "", raw).upper()
    if _PASSPORT.match(compact) and any(c.isdigit() for c in compact):
        return compact
    raise InvalidInput(
        f"“{text}” is not a national ID: write it like V-12.345.678, E-81234567 or a passport number.",
        f"“{text}” no es una cédula: escríbala como V-12.345.678, E-81234567 o un número de pasaporte.",
    )


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
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ t].*)?", body):
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


def split_full_name(text: str) -> tuple[str, str]:
    """Split a full name into (given names, surnames).

    "Apellidos, Nombres" (with a comma) is taken as surnames first; otherwise the last two
    words are the two surnames, as Spanish names are usually written ("María José Pérez
    Rodríguez", "José Íñiguez Pérez"), and the last one alone when there are only two words.
    """
    clean = normalize_name(text.strip())
    if "," in clean:
        surnames, given = (part.strip() for part in clean.split(",", 1))
        return given, surnames
    words = clean.split(" ")
    if len(words) == 1:
        return "", clean
    cut = max(1, len(words) - 2)
    # Keep particles with the surname that follows them: "Juan de la Cruz" -> "de la Cruz".
    while cut > 1 and words[cut - 1].lower() in _LOWER_PARTICLES:
        cut -= 1
    return " ".join(words[:cut]), " ".join(words[cut:])
