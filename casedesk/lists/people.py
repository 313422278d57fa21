"""Who a row is: the same person as someone already known, maybe the same (a person must
decide), or someone new. A wrong merge erases a prisoner from the count, so "the same" needs
certainty:

- the same ID in any written form (V-12.345.678, 12345678; an E- cédula written without its
  letter; "Pas. 599418334" and "PAS-599418334"), with names that agree; or
- the same full name (accents, case, order and spacing aside), no ID that disagrees, and
  arrest dates within a month of each other; or the very same row written twice.

Namesakes with different IDs are different people. Everything else that looks close (a name
a surname short, two people of the same name, an ID whose names disagree) is for review.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any, NamedTuple

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from casedesk.domain.normalize import NationalId, is_given_name
from casedesk.domain.list_words import NAME_PARTICLES
from casedesk.domain.text import fold

SAME_ARREST_DAYS = 31           # two records of one detention rarely disagree by more
REVIEW_SCORE = 80               # a name at least this close is shown for review
POSSIBLE = 72                   # below this a candidate is not worth showing


_TOKEN = re.compile(r"[^\W_]+")


def name_tokens(folded: str) -> list[str]:
    """The words of a folded name that tell people apart: no particles, no initials."""
    # Word by word through a cache (a token never spans a space): the vault's 100k names are
    # made of a few thousand words, and reading each name anew was a fifth of matching a list.
    return [token for word in folded.split() for token in _word_tokens(word)]


@lru_cache(maxsize=1 << 16)
def _word_tokens(word: str) -> tuple[str, ...]:
    return tuple(token for token in _TOKEN.findall(word) if len(token) > 1 and token not in NAME_PARTICLES)


def name_key(name: str) -> str:
    return " ".join(sorted(fold(name).split()))


def _score(line: str, candidate: str) -> float:
    # token_set forgives a list that gives fewer names than the vault; token_sort keeps
    # "José Pérez" from tying with every José … Pérez. Their mean ranks full names first.
    return (fuzz.token_set_ratio(line, candidate) + fuzz.token_sort_ratio(line, candidate)) / 2


class _Entry(NamedTuple):
    key: Any
    name: str
    folded: str


class NameIndex:
    """People by each word of their name, to find who a written name means: accents, case,
    word order and small typos aside. Built once per list or import."""

    def __init__(self, entries: list[tuple[Any, str, str | None]]) -> None:
        """`entries`: (key, name, national ID or None) for each person."""
        self.people: list[_Entry] = []
        self.by_id: dict[str, int] = {}
        self.postings: dict[str, set[int]] = defaultdict(set)
        self._vocabulary: list[str] | None = None
        for key, name, national_id in entries:
            self.add(key, name, national_id)

    def add(self, key: Any, name: str, national_id: str | None = None, folded: str | None = None) -> int:
        index = len(self.people)
        folded = folded if folded is not None else fold(name)
        self.people.append(_Entry(key, " ".join(name.split()), folded))
        if national_id:
            self.by_id[national_id] = index
        for token in name_tokens(folded):
            self.postings[token].add(index)
        self._vocabulary = None
        return index

    @property
    def vocabulary(self) -> list[str]:
        if self._vocabulary is None:
            self._vocabulary = list(self.postings)
        return self._vocabulary

    def candidates(self, tokens: list[str], *, typos: bool = True) -> set[int]:
        sets = []
        for token in tokens:
            found = self.postings.get(token)
            if found is None and typos:       # a typo: take the closest spellings in the vault
                near = process.extract(token, self.vocabulary, scorer=fuzz.ratio, score_cutoff=80, limit=3)
                found = set().union(*(self.postings[word] for word, _, _ in near)) if near else set()
            if found:
                sets.append(found)
        if not sets:
            return set()
        sets.sort(key=len)
        if len(sets) == 1:
            return sets[0] if len(sets[0]) <= 500 else set()
        both = sets[0] & sets[1]
        return both or (sets[0] if len(sets[0]) <= 200 else set())

    def containing(self, tokens: list[str]) -> set[int]:
        """Everyone whose name has all of `tokens` (exact words)."""
        sets = [self.postings.get(token, set()) for token in tokens]
        if not sets:
            return set()
        return set.intersection(*sorted(sets, key=len))

    def ranked(self, folded: str, limit: int = 5, cutoff: float = POSSIBLE) -> list[tuple[int, float]]:
        """The people a folded name could be, best first: (index, score 0-100). Only names whose
        difference is explained (a part left out, a typo) count; "Marisol Fernández Castillo"
        is not "Marisol Briceño Fernández", however many letters they share."""
        tokens = name_tokens(folded)
        pool = self.candidates(tokens)
        choices = {i: self.people[i].folded for i in pool}
        # rapidfuzz's own loop narrows the pool; the blended score orders the few left.
        shortlist = process.extract(folded, choices, scorer=fuzz.token_set_ratio, score_cutoff=cutoff, limit=50)
        ranked = sorted(((key, _score(folded, name)) for name, _, key in shortlist
                         if could_be_same(tokens, name_tokens(name))), key=lambda item: -item[1])
        return [item for item in ranked if item[1] >= cutoff][:limit]


def is_typo(first: str, second: str) -> bool:
    """One letter off (two in a long word), same first letter: Gonzales/González, Oropesa/Oropeza;
    not Añez/Ibáñez."""
    allowed = 1 if max(len(first), len(second)) <= 6 else 2
    return first[:1] == second[:1] and Levenshtein.distance(first, second) <= allowed


def could_be_same(written: list[str], known: list[str]) -> bool:
    """Can two names, as word lists, be one person? Once words that differ only by a typo are
    paired, every word left must be on one side only: a name part one of them leaves out
    ("José Gregorio Íñiguez" and "José Gregorio Íñiguez Páez"). A word on each side that pairs
    with nothing (Castillo against Briceño) means two people. At least two words are shared."""
    left, right = set(written) - set(known), set(known) - set(written)
    for word in sorted(left):
        twin = next((other for other in sorted(right) if is_typo(word, other)), None)
        if twin is not None:
            left.discard(word)
            right.discard(twin)
    shared = len(set(written) & set(known)) + (len(set(written) - set(known)) - len(left))
    return shared >= 2 and not (left and right)


def names_agree(first: str, second: str) -> bool:
    """Can two spellings name one person? Two words in common, or a surname in common, or
    close enough for a typo. "Ana Rojas" and "Ana Rojas de Pérez" agree; "Ana Pérez" and
    "Ana Rodríguez" do not."""
    one, two = set(name_tokens(fold(first))), set(name_tokens(fold(second)))
    shared = one & two
    if len(shared) >= 2 or any(not is_given_name(token) for token in shared):
        return True
    return fuzz.token_set_ratio(fold(first), fold(second)) >= 85


def close_dates(first: date | None, second: date | None, days: int = SAME_ARREST_DAYS) -> bool:
    return first is not None and second is not None and abs((first - second).days) <= days


@dataclass
class Known:
    """Someone a row may be: a person in the vault, or a person this file will create."""

    key: str                       # the person's uuid (a new one for people this file creates)
    name: str                      # as written; `folded` may be given (the vault stores it) to save folding
    national_id: NationalId | None
    arrest_date: date | None
    in_file: str | None = None     # the row ref, for people this file creates
    fingerprint: tuple = ()        # the row's other values, to recognise a row written twice
    folded: str | None = None


@dataclass
class Candidate:
    person_uuid: str
    name: str
    national_id: str | None
    arrest_date: str | None
    score: float
    why_en: str = ""
    why_es: str = ""
    in_file: str | None = None                              # "row 12 of this file"
    fields: dict[str, str] = field(default_factory=dict)    # the person's values a row may replace


@dataclass
class Verdict:
    kind: str                                   # "same", "review" or "new"
    known: Known | None = None
    candidates: list[tuple[Known, float, str, str]] = field(default_factory=list)   # (who, score, why en, es)
    remarks: list[tuple[str, str]] = field(default_factory=list)


class People:
    """Everyone a row may be, by ID number, by name and by arrest date."""

    def __init__(self) -> None:
        # A `Known`, or the values of someone in the vault as stored, until a row is compared
        # with them (see `person`): making 100k `Known`s and IDs was a fifth of matching a list.
        self.known: list[Known | tuple[str, str, str | None, str | None, str]] = []
        self.by_number: dict[str, list[int]] = defaultdict(list)
        self.by_name: dict[str, list[int]] = defaultdict(list)
        self.names = NameIndex([])
        # A row with an ID can only be near someone without one (two IDs that differ are two
        # people): a second, much smaller index spares searching everyone for those rows.
        self.names_without_id = NameIndex([])

    def add(self, known: Known) -> int:
        index = len(self.known)
        self.known.append(known)
        folded = known.folded if known.folded is not None else fold(known.name)
        self._index(index, known.name, folded, known.national_id.number if known.national_id else None)
        return index

    def add_stored(self, key: str, name: str, national_id: str | None, arrest_date: str | None, folded: str) -> int:
        """Add someone as the vault stores them: the ID and the arrest date (ISO) as text, and
        the folded name. Their `Known` is made the first time a row is compared with them."""
        index = len(self.known)
        self.known.append((key, name, national_id, arrest_date, folded))
        self._index(index, name, folded, NationalId.stored_number(national_id) if national_id else None)
        return index

    def _index(self, index: int, name: str, folded: str, number: str | None) -> None:
        if number is not None:
            self.by_number[number].append(index)
        else:
            self.names_without_id.add(index, name, folded=folded)
        self.by_name[" ".join(sorted(folded.split()))].append(index)
        self.names.add(index, name, folded=folded)

    def person(self, index: int) -> Known:
        """Who is at `index` (made from the stored values the first time they are asked for)."""
        known = self.known[index]
        if isinstance(known, tuple):
            key, name, national_id, arrest_date, folded = known
            known = self.known[index] = Known(key, name, self.stored_id(national_id),
                                              date.fromisoformat(arrest_date) if arrest_date else None,
                                              folded=folded)
        return known

    @staticmethod
    def stored_id(text: str | None) -> NationalId | None:
        return NationalId.from_stored(text) if text else None

    def match(self, name: str, national_id: NationalId | None, arrest_date: date | None,
              fingerprint: tuple = ()) -> Verdict:
        """The verdict for one row (its name, ID, arrest date and its other values)."""
        if national_id:
            holders = [index for index in self.by_number.get(national_id.number, [])
                       if _same_id(national_id, self.person(index).national_id)]
            if len(holders) == 1:
                known = self.person(holders[0])
                if names_agree(name, known.name):
                    remarks = []
                    if not national_id.letter_written and known.national_id and known.national_id.kind == "E":
                        remarks.append((f"cédula written without its letter: it is {known.national_id}'s",
                                        f"cédula escrita sin su letra: es la de {known.national_id}"))
                    return Verdict("same", known, remarks=remarks)
                return Verdict("review", candidates=[(known, 100.0, "the same ID under another name",
                                                      "la misma cédula con otro nombre")])
            if len(holders) > 1:
                return Verdict("review", candidates=[(self.person(i), 100.0, "the same number, another letter",
                                                      "el mismo número con otra letra") for i in holders])
            # E-18765432 in the list, V-18765432 in the vault, and the names agree: one of the
            # two records has the letter wrong (or they are two people). Taken as someone new,
            # the one person counted twice, once "only in the list" and once "only in the vault".
            other_letter = [index for index in self.by_number.get(national_id.number, [])
                            if national_id.is_cedula and (known := self.person(index)).national_id
                            and known.national_id.is_cedula and names_agree(name, known.name)]
            if not holders and other_letter:
                return Verdict("review", candidates=[(self.person(i), 100.0, "the same number, another letter",
                                                      "el mismo número con otra letra") for i in other_letter[:5]])
        same_name = [index for index in self.by_name.get(name_key(name), [])
                     if not (national_id and self.person(index).national_id)]
        sure = [index for index in same_name if close_dates(arrest_date, self.person(index).arrest_date)
                or (fingerprint and fingerprint == self.person(index).fingerprint and not national_id
                    and arrest_date is None and self.person(index).arrest_date is None)]
        if len(sure) == 1 and len(same_name) == 1 or len(sure) == 1 and arrest_date is not None:
            return Verdict("same", self.person(sure[0]))
        # The same full name with two neighbouring digits of the cédula swapped (12345678 and
        # 12345687): a typing slip, not a namesake. Kept apart as a namesake, the one person was
        # counted twice ("only in the list" and "only in the vault"); a person decides. A
        # number one digit off is left a namesake: consecutive cédulas are how namesakes differ
        # in the team's reports (tests/lists/reports.py), and nothing tells the two apart.
        typo = [index for index in self.by_name.get(name_key(name), [])
                if national_id and national_id.is_cedula and (known := self.person(index)).national_id
                and known.national_id.is_cedula and _swapped_digits(national_id.number, known.national_id.number)]
        if same_name or typo:
            return Verdict("review", candidates=(
                [(self.person(i), 100.0, *_why_same_name(arrest_date, self.person(i))) for i in same_name] +
                [(self.person(i), 95.0, "the same name, two digits of the cédula swapped", "el mismo nombre, dos "
                  "dígitos de la cédula invertidos") for i in typo])[:5])
        names = self.names_without_id if national_id else self.names
        near = [(names.people[index].key, score) for index, score in names.ranked(fold(name), limit=5, cutoff=REVIEW_SCORE)]
        if near:
            return Verdict("review", candidates=[(self.person(i), score, *_why_near(name, self.person(i).name))
                                                 for i, score in near])
        if initialled := self._by_initials(name, names, arrest_date):
            return Verdict("review", candidates=[(known, float(REVIEW_SCORE), "initials for the given names",
                                                  "iniciales en lugar de los nombres") for known in initialled])
        remarks = []
        namesakes = [index for index in self.by_name.get(name_key(name), []) if self.person(index).national_id]
        if national_id and namesakes:
            remarks.append((f"the same name as {self.person(namesakes[0]).national_id}, with another ID: "
                            f"a namesake, kept apart", f"el mismo nombre que {self.person(namesakes[0]).national_id}, "
                            f"con otra cédula: un homónimo, se mantiene aparte"))
        return Verdict("new", remarks=remarks)

    def _by_initials(self, name: str, names: NameIndex, arrest_date: date | None) -> list[Known]:
        """People a name with initials for its given names may be ("Y. C. Marcano" for Yelitza
        Carolina Marcano, as the press writes minors and people who ask not to be named): the
        other words all theirs, the initials those of their next words in order, and an arrest
        date close to theirs (without it, any Y. Marcano would do). For review, never the same."""
        initials = [fold(letter) for letter in re.findall(r"(?<![^\W\d_])([^\W\d_])\.", name)]
        rest = name_tokens(fold(name))
        if not initials or not rest or arrest_date is None:
            return []
        found = []
        for index in sorted(names.containing(rest)):
            known = self.person(names.people[index].key)
            if not close_dates(arrest_date, known.arrest_date):
                continue
            others = [token[0] for token in name_tokens(known.folded or fold(known.name)) if token not in rest]
            if others[:len(initials)] == initials:
                found.append(known)
        return found[:5]


def _swapped_digits(first: str, second: str) -> bool:
    """Are two numbers the same but for two neighbouring digits swapped (12345678, 12345687)?"""
    if len(first) != len(second):
        return False
    differ = [position for position, (a, b) in enumerate(zip(first, second)) if a != b]
    return (len(differ) == 2 and differ[1] == differ[0] + 1
            and first[differ[0]] == second[differ[1]] and first[differ[1]] == second[differ[0]])


def _same_id(written: NationalId, stored: NationalId | None) -> bool:
    """Do two IDs with the same number name one document? A cédula written without its letter
    fits a V or an E; a passport fits a passport or an unmarked document."""
    if stored is None or stored.number != written.number:
        return False
    if written.is_cedula and stored.is_cedula:
        return written.kind == stored.kind or not written.letter_written or not stored.letter_written
    return (written.kind in ("PAS", "DOC")) and (stored.kind in ("PAS", "DOC"))


def _why_near(written: str, known: str) -> tuple[str, str]:
    mine, theirs = set(name_tokens(fold(written))), set(name_tokens(fold(known)))
    if mine < theirs:
        return "the list leaves out part of the name", "la lista omite parte del nombre"
    if theirs < mine:
        return "the vault has a shorter name", "la bóveda tiene el nombre más corto"
    return "a spelling difference", "una diferencia de escritura"


def _why_same_name(arrest_date: date | None, known: Known) -> tuple[str, str]:
    if arrest_date is None or known.arrest_date is None:
        return "the same name; no arrest date to compare", "el mismo nombre; sin fecha de detención que comparar"
    if close_dates(arrest_date, known.arrest_date):
        return "the same name, more than one such person", "el mismo nombre, hay más de una persona así"
    return "the same name, another arrest date", "el mismo nombre, otra fecha de detención"
