"""Readers for one cell of someone else's list: sex, civilian or military, nationality, the
federal state, dates (Excel serials included), ranks before a name, section headings.

Each reader returns the value it understood, or None when it did not understand the cell,
so the caller keeps the words as written and says so instead of guessing. The words come
from `list_words`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from casedesk.domain.errors import InvalidInput
from casedesk.domain.list_words import (
    CIVILIAN_WORDS, COUNTRIES, FOREIGN_WORDS, MILITARY_RANKS, MILITARY_WORDS, NATIONAL_LETTER, RANK_ORDINALS,
    NOT_A_PERSON_STARTS, SECTION_HEADINGS, SEX_WORDS, STAGE_PHRASES, STATE_PREFIXES, STATES, VENEZUELA,
)
from casedesk.domain.normalize import FuzzyDate, parse_date
from casedesk.domain.text import fold
from casedesk.domain.vocabulary import CivilianMilitary, DatePrecision, Sex, Stage


_GENDERED = re.compile(r"([a-z]o)(s?)(?:/|\()as?\)?(?![a-z])")


@lru_cache(maxsize=1 << 16)       # lists repeat the same statuses, states and places thousands of times
def words_of(text: str) -> str:
    """Folded, one gender for words written for both ("venezolano/a", "detenido(a)"), every
    punctuation mark as a space: "Militar (R)" -> "militar r"."""
    folded = _GENDERED.sub(r"\1\2", fold(text))
    return " ".join("".join(c if c.isalnum() else " " for c in folded).split())


def read_sex(text: str) -> Sex | None:
    return Sex(SEX_WORDS[key]) if (key := words_of(text)) in SEX_WORDS else None


_MILITARY = frozenset(MILITARY_WORDS) | frozenset(MILITARY_RANKS)
_CIVILIAN = frozenset(CIVILIAN_WORDS)


def read_service(text: str) -> CivilianMilitary | None:
    """Civilian or military as lists write it: "Militar (R)", "GNB", "Sargento primero",
    "Civil"; a column of "Sí"/"X" under a "Militar" header reads as military too."""
    key = words_of(text)
    rank = rank_of(key)
    rest = key[len(rank):].split() if rank else []
    if key in _MILITARY or key.removesuffix(" r") in _MILITARY or (
            rank and all(word in _MILITARY or word in RANK_ORDINALS for word in rest)):
        return CivilianMilitary.MILITARY
    if key in _CIVILIAN:
        return CivilianMilitary.CIVILIAN
    return None


_RANKS = frozenset(MILITARY_RANKS)


def rank_of(folded_words: str) -> str | None:
    """The military rank a text starts with ("sargento primero luis paz" -> "sargento primero"):
    the longest of its beginnings that ends a word (at a space or the end) and is a rank. Looked
    up, not searched for: trying every rank on every cell was a sixth of reading a list."""
    end = len(folded_words)
    while end >= 0:
        if folded_words[:end] in _RANKS:
            return folded_words[:end]
        end = folded_words.rfind(" ", 0, end)
    return None


def strip_rank(name: str) -> tuple[str | None, str]:
    """("cap", "Ramón Herrera") for "Cap. Ramón Herrera": a rank written before a name."""
    words = name.split()
    for count in range(min(4, len(words) - 1), 0, -1):
        written = words_of(" ".join(words[:count]))
        # Short abbreviations ("My", "S1") count only with their full stop: "My." is a major.
        if written in _RANKS_BY_WORDS or (words[count - 1].endswith(".") and written in _RANKS_ABBREVIATED):
            rank = written
            while count < len(words) - 1 and words_of(words[count]) in RANK_ORDINALS:
                count += 1                               # "Sgto. 1ro.", "My. (Av)"
            return rank, " ".join(words[count:])
    return None, name


_RANKS_ABBREVIATED = frozenset({"r", "my", "s1", "s2", "g j", "m g", "g d", "g b", "cc", "cf", "cn", "tf", "tn"})
_RANKS_BY_WORDS = frozenset(MILITARY_RANKS) - _RANKS_ABBREVIATED

_NATIONALITY = {form: country for country, written in COUNTRIES.items() for form in written}


def read_nationality(text: str) -> tuple[str, str | None] | None:
    """(country, cédula letter) for a nationality cell: "VEN" -> ("Venezuela", None), "V" ->
    ("Venezuela", "V"), "E" -> ("", "E") (foreign, country not said), "Colombiana" ->
    ("Colombia", None). Two nationalities ("Venezolano-Español") are kept as both, the
    other country first. None when the cell names no country."""
    key = words_of(text)
    if not key:
        return "", None
    if key in NATIONAL_LETTER:
        return VENEZUELA, "V"
    if key in FOREIGN_WORDS:
        return "", "E" if key == "e" else None
    if key in _NATIONALITY:
        return _NATIONALITY[key], None
    parts = [part for part in re.split(r"\s+(?:y|e)\s+|\s+", key) if part]
    countries = []
    for part in parts:
        if part not in _NATIONALITY:
            return None
        countries.append(_NATIONALITY[part])
    ordered = sorted(set(countries), key=lambda country: (country == VENEZUELA, country))
    return (" / ".join(ordered), None) if ordered else None


def is_foreign_nationality(nationality: str) -> bool:
    """Does a stored nationality name a country other than Venezuela (or only "foreign")?
    Values stored before nationalities were read ("venezolana", "VEN") count as written."""
    for part in nationality.split("/"):
        key = words_of(part)
        if not key:
            continue
        if key in FOREIGN_WORDS or _NATIONALITY.get(key, part.strip()) != VENEZUELA:
            return True
    return False


_STATES = {form: state for state, written in STATES.items() for form in written}


def read_state(text: str) -> str | None:
    """One of Venezuela's 24 federal entities, however written ("Edo. Zulia", "TACHIRA",
    "Vargas" for La Guaira, "Caracas" for the Capital District)."""
    key = words_of(text)
    for prefix in STATE_PREFIXES:
        if key.startswith(prefix + " "):
            key = key[len(prefix) + 1:]
            break
    return _STATES.get(key)


def read_stage(text: str) -> Stage | None:
    key = words_of(text)
    if key in STAGE_PHRASES:
        return Stage(STAGE_PHRASES[key])
    from casedesk.domain.vocabulary import read_status
    reading = read_status(text)
    return reading[1] if reading else None


_EXCEL_EPOCH = date(1899, 12, 30)
#: Serial numbers from 1 January 1920 to the end of 2099: a date cell typed or saved as text.
_SERIALS = range(7306, 73051)


def read_list_date(text: str, *, today: date) -> FuzzyDate:
    """A date as lists hold it: day first in any spelling, or an Excel serial number that lost
    its cell format ("45952" is 22/10/2025).

    Raises:
        InvalidInput: the text is not a date.
    """
    stripped = text.strip()
    if re.fullmatch(r"\d{5}(?:\.0+)?", stripped) and int(float(stripped)) in _SERIALS:
        return FuzzyDate(_EXCEL_EPOCH + timedelta(days=int(float(stripped))), DatePrecision.DAY)
    # A list written in English for a UN or press submission puts the month first ("Nov 3, 2025",
    # "November 3rd, 2025"). With the month in words and a four-digit year nothing is ambiguous:
    # read it as "3 Nov 2025". (Month-first in digits, 11/03/2025, stays day-first: Venezuelan.)
    if month_first := _MONTH_FIRST.fullmatch(stripped):
        try:
            return parse_date(f"{month_first['day']} {month_first['month']} {month_first['year']}", today=today)
        except InvalidInput:
            pass                                  # not a month: refused below, in the list's own words
    return parse_date(stripped, today=today)


_MONTH_FIRST = re.compile(r"(?P<month>[^\W\d_]{3,})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})",
                          re.I)


def is_date(text: str, today: date) -> bool:
    try:
        read_list_date(text, today=today)
    except InvalidInput:
        return False
    return True


_COUNTED = (r"(?:n\s*=\s*)?\d{1,5}(?:\s+(?:casos?|personas?|detenid[oa]s?|pres[oa]s?|registros?|v[ií]ctimas?|cases?|"
            r"people|persons|prisoners?|detainees?)(?:\s+(?:pol[ií]tic[oa]s?|detenid[oa]s?|political))?)?")
_SECTION_COUNT = re.compile(rf"(?i)\s*(?:\(\s*{_COUNTED}\s*\)|\[\s*{_COUNTED}\s*\]|\s[—–-]\s*{_COUNTED}"
                            rf"|:\s*{_COUNTED})\s*:?\s*$")
_SECTION_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}[.)]|[IVX]{1,4}\.)\s+(?=[^\W\d_])")


@lru_cache(maxsize=4096)
def section_heading(text: str) -> tuple[str, str] | None:
    """What a heading row says of the rows below it: "MILITARES:" -> ("civilian_military",
    "military"), "Estado Zulia" -> ("state", "Zulia"); None when it is not such a heading."""
    # Reports number their sections and count each one in its heading: "Estado Lara (3 casos)",
    # "ZULIA (4)", "Estado Zulia — 4 casos", "4. Estado Zulia". Number and count say nothing of
    # the rows; left in, they hid the state, and its people took the state of the heading above.
    text = _SECTION_COUNT.sub(lambda found: ":" if ":" in found.group() else "", _SECTION_NUMBER.sub("", text.strip()))
    key = re.sub(r"^(?:tabla|cuadro|grupo|anexo|seccion|parte|table)\s+(?:\w{1,4}\s+)?", "",
                 words_of(text.strip().rstrip(":")))          # "Tabla 2. Militares"
    if key in SECTION_HEADINGS:
        return SECTION_HEADINGS[key]
    state = read_state(key)
    if state and (text.strip().endswith(":") or text.strip().isupper() or key.startswith(STATE_PREFIXES)):
        return "state", state
    return None


_NOT_A_PERSON = re.compile("|".join(rf"^{re.escape(start)}(?: |$)" for start in NOT_A_PERSON_STARTS if start.isalnum()
                                    or " " in start))


def is_not_a_person(text: str) -> bool:
    """A total, a note or a source line ("TOTAL DETENIDOS: 7", "Fuente: …", "* cifras …")."""
    stripped = text.strip()
    if stripped.startswith(("*", "(*)")) or re.match(r"(?i)(https?://|www\.)", stripped):
        return True
    return bool(_NOT_A_PERSON.match(words_of(stripped)))      # whole words: "Fuentes" is a surname
