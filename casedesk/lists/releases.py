"""Release communiqués, line by line: who each line names.

Lists of released people arrive as messages and press notes: numbered or bulleted, with
emoji and hashtags, ranks and titles before names ("Sgto.", "el periodista"), remarks after
them ("…, con régimen de presentación", "(INOF Los Teques)", "— liberado en Caracas"), two
people on one line ("… y …"), brothers sharing surnames ("Carlos y Andrés Gómez Díaz"),
surnames first with a comma, a cédula alone. Headings, sources and notes are told apart from
names. Matching each mention to a person is `NameMatcher`, which never picks when unsure.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from casedesk.domain.errors import InvalidInput
from casedesk.domain.list_values import rank_of, words_of
from casedesk.domain.list_words import (
    NAME_PARTICLES, NOT_A_NAME_WORDS, REMARK_STARTS, SECTION_HEADINGS, TITLES,
)
from casedesk.domain.normalize import NationalId, is_given_name, read_national_id
from casedesk.domain.text import fold
from casedesk.lists.people import NameIndex, name_tokens

_NUMBERING = re.compile(r"^\s*(?:(?:n[°º.]?\s*)?\d{1,4}\s*[.)\-–:°º]+\s*|\(\d{1,4}\)\s*|[-–—•*·►▪‣◦●○■□➢➤→✓✔☑>]+\s*)", re.I)
_ID = re.compile(r"(?:\b(?:C\.?\s?I\.?|c[ée]dula|CI)\s*(?:N[°º.o]*)?\s*:?\s*)?\b(?:[VvEe]\s?[-.]?\s?)?"
                 r"\d{1,3}(?:\.\d{3}){1,2}\b|(?:\b[VvEe]\s?-\s?)?\b\d{6,9}\b"
                 r"|\b(?:pasaporte|pas\.?)\s*(?:n[°º.o]*)?\s*[-:]?\s*[A-Z0-9]{5,12}\b", re.I)
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]|\{[^}]*\}")
_SEPARATORS = re.compile(r"\s*[,;/|]\s*|\s+(?:y|e|Y|E)\s+|\s+[—–-]\s+|\s*[—–]\s*")
_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|['’.\-])*$")
_INITIAL = re.compile(r"^[A-ZÁÉÍÓÚÑ]\.?$")
_URL = re.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\S+", re.I)


@dataclass
class Mention:
    """One person a line names: their name as written (titles and remarks removed) and an ID."""

    line: int
    text: str
    national_id: NationalId | None = None
    surnames_borrowed: bool = False       # "Carlos" in "Carlos y Andrés Gómez Díaz"


@dataclass
class ReleaseLine:
    number: int
    raw: str
    mentions: list[Mention] = field(default_factory=list)
    not_a_name: str = ""                  # why the line names nobody, when it does not


def _clean(line: str) -> str:
    """The line without numbering, bullets, emoji, hashtags, @handles, links and brackets."""
    line = _URL.sub(" ", line)
    line = "".join(" " if unicodedata.category(char) in ("So", "Sk", "Cs", "Co", "Me") or char in "\u200d\ufe0f" else char
                   for char in line)                   # emoji, keycaps (1️⃣), flags
    line = re.sub(r"[#@]\w+", " ", line)
    line = re.sub(r"(?<!\w)[*_~]+|[*_~]+(?!\w)", " ", line)   # *bold*, _italics_, ~struck~ (WhatsApp)
    line = re.sub(r"^\s*\d{1,3}\s+(?=[^\W\d_])", "", line)     # "1 José …" once the keycap is gone
    for _ in range(2):
        line = _NUMBERING.sub("", line)
    line = _BRACKETS.sub(" ", line)
    return " ".join(line.split()).strip(" .:;,-–—*")


def _is_name_word(word: str, lower_ok: bool) -> bool:
    if word.lower() in NAME_PARTICLES:
        return True
    return bool(_WORD.match(word)) and (word[0].isupper() or lower_ok) and len(word.strip(".")) >= 2 \
        and words_of(word) not in REMARK_STARTS


def _strip_titles(words: list[str]) -> list[str]:
    """Titles and ranks written before a name: "el sargento", "Sgto.", "la señora"."""
    changed = True
    while changed and words:
        changed = False
        rank = rank_of(words_of(" ".join(words[:4])))
        if rank and len(words) > len(rank.split()):
            words = words[len(rank.split()):]
            changed = True
        elif words_of(words[0]) in TITLES and len(words) > 1:
            words = words[1:]
            changed = True
    return words


def _name_part(segment: str, lower_ok: bool) -> str:
    """The name at the start of a segment, cut where a remark begins ("Juan Pérez liberado en
    Caracas" -> "Juan Pérez"); "" when the segment does not start with a name."""
    words = _strip_titles(segment.split())
    kept: list[str] = []
    for word in words:
        if kept and _INITIAL.match(word):
            kept.append(word)                     # "Andrés E. Blanco T.": an initial inside a name
            continue
        if not _is_name_word(word, lower_ok):
            break
        kept.append(word)
    while kept and kept[-1].lower() in NAME_PARTICLES:
        kept.pop()
    while kept and kept[0].lower() in NAME_PARTICLES - {"de", "del"}:
        kept.pop(0)
    return " ".join(kept)


def _only_given_names(name: str) -> bool:
    tokens = name_tokens(fold(name))
    return bool(tokens) and all(is_given_name(token) for token in tokens)


def _has_surname(name: str) -> bool:
    return any(not is_given_name(token) for token in name_tokens(fold(name)))


_SOURCE_WORDS = frozenset({"fuente", "fuentes", "via", "foto", "fotos", "video", "nota", "source", "actualizado",
                           "actualizacion", "total", "totales", "elaborado", "publicado", "comunicado", "lista",
                           "listado", "informe", "reporte", "boletin", "http", "https", "www"})


def not_a_name_reason(text: str) -> str | None:
    """Why a cleaned line is a heading, a source or a note rather than names (None: it may be names)."""
    key = words_of(text)
    if not key:
        return "only symbols, emoji or hashtags"
    words = key.split()
    if words[0] in _SOURCE_WORDS:
        return "a source or a note"
    if key.rstrip(":") in SECTION_HEADINGS or text.rstrip().endswith(":"):
        return "a heading"
    if any(word in NOT_A_NAME_WORDS for word in words) and not any(
            is_given_name(word) for word in words if word not in NOT_A_NAME_WORDS):
        return "a heading"
    return None


def read_release_lines(text: str) -> list[ReleaseLine]:
    """Every non-blank line of a communiqué, with the people it names or why it names nobody."""
    out = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        line = ReleaseLine(number, raw.strip())
        cleaned = _clean(raw)
        if not words_of(cleaned) or words_of(cleaned).split()[0] in _SOURCE_WORDS:
            line.not_a_name = not_a_name_reason(cleaned) or "a source or a note"
            out.append(line)
            continue
        ids = [(match.start(), match.end(), match.group()) for match in _ID.finditer(cleaned)]
        without_ids = cleaned
        for start, end, _ in reversed(ids):
            without_ids = without_ids[:start] + " ¦ " + without_ids[end:]
        head, colon, rest = without_ids.partition(":")
        if colon and rest.strip() and not re.search(r"\d", head) and not_a_name_reason(head + ":") == "a heading":
            without_ids = rest                # "CIVILES: Juan Pérez y …": the heading, then names
        reason = None if ids else not_a_name_reason(without_ids)
        if reason:
            line.not_a_name = reason
            out.append(line)
            continue
        line.mentions = _mentions(number, without_ids, [_read_id(text) for _, _, text in ids])
        if not line.mentions:
            line.not_a_name = "no name in it"
        out.append(line)
    return out


def _read_id(text: str) -> NationalId | None:
    try:
        return read_national_id(re.sub(r"(?i)^\s*(c\.?\s?i\.?|c[ée]dula|ci)\s*(n[°º.o]*)?\s*:?\s*", "", text))
    except InvalidInput:
        return None


def _mentions(number: int, text: str, ids: list[NationalId | None]) -> list[Mention]:
    """The names in one line, each with the ID written next to it."""
    lower_ok = not any(char.isupper() for char in text)
    pieces = [piece for piece in _SEPARATORS.split(text) if piece and piece.strip()]
    names: list[tuple[str, NationalId | None]] = []
    pending_ids = list(ids)
    for piece in pieces:
        parts = [part for part in piece.split("¦")]
        for index, part in enumerate(parts):
            name = _name_part(part.strip(), lower_ok)
            if index > 0 and pending_ids:     # an ID stood before this part
                national_id = pending_ids.pop(0)
                if names and names[-1][1] is None and (not name or names[-1][0]):
                    names[-1] = (names[-1][0], national_id)
                else:
                    names.append(("", national_id))
            if name:
                names.append((name, None))
    for leftover in pending_ids:
        names.append(("", leftover))
    names = [(name, national_id) for name, national_id in names if name or national_id]
    names = _join_surnames_first(names)
    mentions = [Mention(number, name, national_id) for name, national_id in names
                if national_id or (len(name_tokens(fold(name))) >= 2 or _only_given_names(name))]
    _share_surnames(mentions)
    return [mention for mention in mentions if mention.national_id or len(name_tokens(fold(mention.text))) >= 2]


def _join_surnames_first(names: list[tuple[str, NationalId | None]]) -> list[tuple[str, NationalId | None]]:
    """"PÉREZ RODRÍGUEZ, MARÍA JOSÉ" is one person: surnames, then given names only."""
    out: list[tuple[str, NationalId | None]] = []
    index = 0
    while index < len(names):
        name, national_id = names[index]
        if index + 1 < len(names):
            following, following_id = names[index + 1]
            if name and following and _only_given_names(following) and not any(
                    is_given_name(token) for token in name_tokens(fold(name))) and national_id is None:
                out.append((f"{following} {name}", following_id))
                index += 2
                continue
        out.append((name, national_id))
        index += 1
    return out


def _share_surnames(mentions: list[Mention]) -> None:
    """"los hermanos Carlos y Andrés Gómez Díaz": given names alone borrow the surnames of the
    next name in the line."""
    for index, mention in enumerate(mentions[:-1]):
        if mention.national_id is None and _only_given_names(mention.text):
            following = mentions[index + 1].text
            surnames = [word for word in following.split() if not is_given_name(word)
                        and word.lower() not in NAME_PARTICLES]
            if surnames and _has_surname(following):
                tail = following.split()[following.split().index(surnames[0]):]
                mention.text = f"{mention.text} {' '.join(tail)}"
                mention.surnames_borrowed = True


# --- Who each mention is ---------------------------------------------------------------------

@dataclass
class Match:
    """One mention and who it is: "matched" (one person, sure), "ambiguous" (candidates) or
    "unmatched" (nobody among those searched)."""

    outcome: str
    key: Any = None
    name: str = ""
    score: float = 0.0
    how: str = ""                          # "id", "name", "partial name"
    candidates: list[tuple[Any, str, float]] = field(default_factory=list)


class NameMatcher:
    """Who a written name means among a set of people (the people held), without guessing:
    an ID, the whole name, or a part of a name that fits exactly one person; anything close
    but not sure comes back with its candidates."""

    def __init__(self, people: list[tuple[Any, str, str | None]]) -> None:
        """`people`: (key, full name, national ID or None)."""
        self.index = NameIndex(people)
        self.by_number: dict[str, list[int]] = {}
        for position, (_, _, national_id) in enumerate(people):
            found = _stored_id(national_id)
            if found:
                self.by_number.setdefault(found.number, []).append(position)
        self.ids = [_stored_id(national_id) for _, _, national_id in people]

    def match(self, name: str, national_id: NationalId | None = None) -> Match:
        by_id = self._by_id(national_id) if national_id else None
        by_name = self._by_name(name) if name else Match("unmatched")
        if by_id is None:
            return by_name
        if by_name.outcome == "matched" and by_name.key != by_id.key:
            return Match("ambiguous", candidates=[(by_id.key, by_id.name, 100.0), (by_name.key, by_name.name,
                                                                                 by_name.score)])
        return by_id

    def _by_id(self, national_id: NationalId) -> Match | None:
        holders = [position for position in self.by_number.get(national_id.number, [])
                   if self.ids[position] and (self.ids[position].kind == national_id.kind
                                              or not national_id.letter_written)]
        if len(holders) == 1:
            person = self.index.people[holders[0]]
            return Match("matched", person.key, person.name, 100.0, "id")
        if holders:
            return Match("ambiguous", candidates=[(self.index.people[i].key, self.index.people[i].name, 100.0)
                                                  for i in holders])
        return None

    def _by_name(self, name: str) -> Match:
        folded = fold(name)
        tokens = sorted(set(name_tokens(folded)))
        if not tokens:
            return Match("unmatched")
        containing = self.index.containing(tokens)
        exact = [i for i in containing if sorted(set(name_tokens(self.index.people[i].folded))) == tokens]
        exact = list({self.index.people[i].key: i for i in exact}.values())      # one per person
        if len(exact) == 1:
            person = self.index.people[exact[0]]
            return Match("matched", person.key, person.name, 100.0, "name")
        if exact:
            return self._ambiguous([(i, 100.0) for i in exact])
        containing = set({self.index.people[i].key: i for i in sorted(containing)}.values())
        if containing and len(tokens) >= 2 and _has_surname(name):
            if len(containing) == 1:
                person = self.index.people[next(iter(containing))]
                return Match("matched", person.key, person.name, 95.0, "partial name")
            return self._ambiguous([(i, 95.0) for i in sorted(containing)][:8])
        near = self.index.ranked(folded, limit=5)
        if near:
            return self._ambiguous(near)
        return Match("unmatched")

    def _ambiguous(self, ranked: list[tuple[int, float]]) -> Match:
        seen: dict[Any, tuple[Any, str, float]] = {}
        for i, score in ranked:             # a person's name and aliases are one candidate
            person = self.index.people[i]
            seen.setdefault(person.key, (person.key, person.name, round(score, 1)))
        return Match("ambiguous", candidates=list(seen.values()))


def _stored_id(text: str | None) -> NationalId | None:
    if not text:
        return None
    try:
        return read_national_id(text)
    except InvalidInput:
        return None
