"""Release communiqués, line by line: who each line names.

Lists of released people arrive as messages and press notes: numbered or bulleted, with
emoji and hashtags, ranks and titles before names ("Sgto.", "el periodista"), remarks after
them ("…, con régimen de presentación", "(INOF Los Teques)", "— liberado en Caracas"), two
people on one line ("… y …"), brothers sharing surnames ("Carlos y Andrés Gómez Díaz"),
surnames first with a comma, a cédula alone. Headings, sources and notes are told apart from
names. Matching each mention to a person is `NameMatcher`, which never picks when unsure.

`read_release_statement` reads a whole statement, lists and prose together, and says what it
says about each person: released, still held, transferred, named in another role (a lawyer, a
relative, an official, the one who signs) or unclear (see `casedesk.lists.prose`). A heading
that says something ("SIGUEN DETENIDOS:", "Excarcelados hoy") governs the list under it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from casedesk.domain.errors import InvalidInput
from casedesk.domain.list_values import rank_of, read_state, words_of
from casedesk.domain.list_words import (
    COUNTRIES,
    INSTITUTION_WORDS,
    MONTH_NAMES,
    MORE_TITLES,
    NAME_PARTICLES,
    NOT_A_NAME_WORDS,
    NOT_AN_ID_LABELS,
    REMARK_STARTS,
    SECTION_HEADINGS,
    SIGNATURE_OPENINGS,
    STATEMENT_ROLES,
    TITLES,
)
from casedesk.domain.normalize import NationalId, is_given_name, read_national_id
from casedesk.domain.text import fold
from casedesk.lists.people import NameIndex, name_tokens
from casedesk.lists.prose import (
    OTHER_ROLE,
    RELEASED,
    UNCLEAR,
    decide,
    find_cues,
    find_names,
    is_place_or_institution,
    is_prose,
    judge,
    sentences,
)

_NUMBERING = re.compile(r"^\s*(?:(?:n[°º.]?\s*)?\d{1,4}\s*[.)\-–:°º]+\s*|\(\d{1,4}\)\s*|[-–—•*·►▪‣◦●○■□➢➤→✓✔☑>]+\s*)", re.I)
_ID = re.compile(r"(?:\b(?:C\.?\s?I\.?|c[ée]dula|CI)\s*(?:N[°º.o]*)?\s*:?\s*)?"
                 r"(?:\b(?:[VvEe]\s?[-.]?\s?)?\d{1,3}(?:\.\d{3}){1,2}\b|(?:\b[VvEe]\s?-\s?)?\b\d{6,9}\b)"
                 r"|\b(?:pasaporte|pas\.?)\s*(?:n[°º.o]*)?\s*[-:]?\s*[A-Z0-9]{5,12}\b", re.I)
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]|\{[^}]*\}")
_SEPARATORS = re.compile(r"\s*[,;/|]\s*|\s+(?:y|e|Y|E)\s+|\s+[—–-]\s+|\s*[—–]\s*")
_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|['’.\-])*$")
#: "Juan Pérez (V-12.345.678)": the cédula in brackets is the person's, not a remark to drop.
_ID_IN_BRACKETS = re.compile(r"[(\[]\s*(" + _ID.pattern + r")\s*[)\]]", re.I)
#: Telephone numbers ("+58 414-5550192", "0414-555.01.92"): their last seven digits read as a cédula.
_PHONE = re.compile(r"\+\d{1,3}[\s.-]*\(?\d{2,4}\)?[\s.-]*\d{3}[\s.-]*\d{2}[\s.-]*\d{2}\b"
                    r"|\b0(?:2\d\d|4[12]\d)[\s.-]*\d{3}[\s.-]*\d{2}[\s.-]*\d{2}\b")
#: What a chat export adds to each message ("[16/8/25, 21:04:37] ~ Tía Nena: ", "16/8/25 21:04 - Ana: ")
#: and the files it attached: never a person, and the sender is not someone released.
_CHAT_PREFIX = re.compile(r"^\s*\[?\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?\]?"
                          r"\s*(?:-\s*)?~?\s*[^:\n]{1,40}:\s*", re.I)
_CHAT_ATTACHMENT = re.compile(r"<(?:adjunto|attached|archivo adjunto)\s*:[^>]*>|<(?:multimedia omitido|media omitted|"
                              r"se eliminó este mensaje|this message was deleted)>|\u200e", re.I)
_INITIAL = re.compile(r"^[A-ZÁÉÍÓÚÑ]\.?$")
_URL = re.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\S+", re.I)


@dataclass
class Mention:
    """One person a line names: their name as written (titles and remarks removed) and an ID."""

    line: int
    text: str
    national_id: NationalId | None = None
    surnames_borrowed: bool = False       # "Carlos" in "Carlos y Andrés Gómez Díaz"
    written: str = ""                     # the name as the line writes it, before borrowing surnames


@dataclass
class ReleaseLine:
    number: int
    raw: str
    mentions: list[Mention] = field(default_factory=list)
    not_a_name: str = ""                  # why the line names nobody, when it does not


def _clean(line: str) -> str:
    """The line without numbering, bullets, emoji, hashtags, @handles, links and brackets."""
    line = _URL.sub(" ", line)
    line = _PHONE.sub(" ", line)
    line = _ID_IN_BRACKETS.sub(r" \1 ", line)
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
        elif (words_of(words[0]) in TITLES or words_of(words[0]) in MORE_TITLES) and len(words) > 1:
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


_OFFICES = frozenset(STATEMENT_ROLES["official"])
_PLACE_WORDS = frozenset(fold(form) for forms in COUNTRIES.values() for form in forms)


def not_a_name_reason(text: str) -> str | None:
    """Why a cleaned line is a heading, a source or a note rather than names (None: it may be names)."""
    key = words_of(text)
    if not key:
        return "only symbols, emoji or hashtags"
    words = key.split()
    if words[0] in _SOURCE_WORDS:
        return "a source or a note"
    if words[0] in NOT_AN_ID_LABELS:
        return "a bar or reference number"
    if words[0] in _OFFICES and not any(is_given_name(word) for word in words[1:]) and any(
            word in INSTITUTION_WORDS - NAME_PARTICLES or word in _PLACE_WORDS for word in words[1:]):
        return "an office or title"                  # "Fiscal Superior del Área Metropolitana"
    if all(word in INSTITUTION_WORDS or word in _PLACE_WORDS or read_state(word) is not None for word in words):
        return "a heading"                           # "REPÚBLICA BOLIVARIANA DE VENEZUELA", "DECLARACIÓN PÚBLICA"
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
        ids = [(match.start(), match.end(), match.group()) for match in _ID.finditer(cleaned)
               if not _labelled_not_an_id(cleaned[:match.start()])]
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
    _join_wrapped_names(out)
    return out


def _marked(raw: str) -> bool:
    """A list item's line: it starts with a number, a bullet or an emoji."""
    stripped = raw.strip()
    return bool(stripped) and (not stripped[0].isalnum() or bool(re.match(r"\d{1,3}\s*[.)\-–:°º]", stripped)))


def _join_wrapped_names(lines: list[ReleaseLine]) -> None:
    """A phone wraps a long name onto the next line ("✅ Rafael Ignacio Montilla" / "Rojas"): in a
    list whose items carry a mark, a line without one that holds only a word or two of a name
    (no place, no remark, nothing said) is the end of the name above. Read apart, "Rafael Ignacio
    Montilla" fits two people held and "Rojas" names nobody."""
    for previous, line in pairwise(lines):
        if line.number != previous.number + 1 or not previous.mentions or not _marked(previous.raw) \
                or _marked(line.raw) or previous.mentions[-1].national_id is not None:
            continue
        words = _clean(line.raw).split()
        name = previous.mentions[-1].text
        if not 1 <= len(words) <= 2 or not _clean(previous.raw).endswith(name.split()[-1]) or find_cues(line.raw) \
                or not all(_is_name_word(word, False) and word.lower() not in NAME_PARTICLES for word in words) \
                or is_place_or_institution(" ".join(words)) or not_a_name_reason(" ".join(words)):
            continue
        previous.mentions[-1].text = f"{name} {' '.join(words)}"
        line.mentions = []
        line.not_a_name = "the rest of the name above"


def _labelled_not_an_id(before: str) -> bool:
    """"Inpreabogado N° 123.456", "Exp. 1234567", "Tlf. 04141234567": not a cédula."""
    words = words_of(before).split()[-3:]
    while words and words[-1] in ("n", "nro", "no", "num", "numero", "o"):
        words.pop()
    return bool(words) and words[-1] in NOT_AN_ID_LABELS


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
                mention.written = mention.text
                mention.text = f"{mention.text} {' '.join(tail)}"
                mention.surnames_borrowed = True


# --- What a statement says about each person ---------------------------------------------------

@dataclass
class StatementMention:
    """One person a statement names, and what it says about them: `status` is one of
    `prose.STATUSES`; `role` says who they are when they are named in another role; `cues` are
    the words that said so, as written."""

    line: int
    text: str
    sentence: str                         # the sentence (prose) or the line (a list) that names them
    status: str
    role: str | None = None
    cues: list[str] = field(default_factory=list)
    national_id: NationalId | None = None
    surnames_borrowed: bool = False
    in_prose: bool = False


@dataclass
class StatementReading:
    mentions: list[StatementMention] = field(default_factory=list)
    not_names: list[tuple[int, str, str]] = field(default_factory=list)     # (line, text, why it names nobody)


def read_release_statement(text: str) -> StatementReading:
    """Every person a release statement names (a list, running text, or both) with what it says
    about them, and the lines that name nobody. A list under no heading is a list of releases;
    a heading that says something ("Siguen detenidos:") governs the lines under it until the
    next one that does; a sentence that says nothing takes what the statement is about (a
    release, or unclear when nothing in it speaks of one)."""
    text = _without_chat_marks(text)
    lines = text.splitlines()
    readings = {reading.number: reading for reading in read_release_lines(text)}
    prose = {number for number, line in enumerate(lines, start=1) if is_prose(line)}
    signatories = _signatories(lines, readings, prose)
    out = StatementReading()
    context: str | None = None            # what the last heading that said anything said
    context_words: list[str] = []         # and in which words
    releases_said = False                 # the statement has spoken of releases
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line:
            continue
        if number in prose:
            named = False
            for _, sentence in sentences(raw):
                cues = find_cues(sentence)
                releases_said = releases_said or any(cue.kind == "released" for cue in cues)
                found = find_names(sentence, number)
                named = named or bool(found)
                out.mentions += _judged(found, sentence, context or (RELEASED if releases_said else UNCLEAR),
                                        context_words)
                if sentence.rstrip().endswith(":") and decide(cues):
                    context, context_words = decide(cues), [cue.words for cue in cues]
            if not named:
                out.not_names.append((number, line, "text that names nobody"))
            continue
        reading = readings[number]
        cues = find_cues(raw)
        releases_said = releases_said or any(cue.kind == "released" for cue in cues)
        if reading.mentions:
            if number in signatories:
                [mention] = reading.mentions
                out.mentions.append(StatementMention(number, mention.text, line, OTHER_ROLE, "signatory"))
                continue
            listed = [(span, mention) for span, mention in zip(_locate(raw, reading.mentions), reading.mentions)]
            missed = [found for found in (find_names(raw, number) if cues else [])
                      if not any(start < found.end and found.start < end for (start, end), _ in listed)
                      and any(is_given_name(word) for word in name_tokens(fold(found.text)))]
            listed += [((found.start, found.end), found) for found in missed]   # "Fue excarcelado A; B sigue …"
            listed.sort(key=lambda pair: pair[0])
            judgements = judge(raw, [span for span, _ in listed], context or RELEASED)
            for (span, mention), judgement in zip(listed, judgements):
                out.mentions.append(StatementMention(
                    number, mention.text, _sentence_at(raw, span[0]), judgement.status, judgement.role,
                    judgement.cues or (context_words if context and judgement.status == context else []),
                    getattr(mention, "national_id", None) or (_id_after(raw, span[1]) if mention in missed else None),
                    mention.surnames_borrowed, in_prose=mention in missed))
            continue
        found = find_names(raw, number) if reading.not_a_name == "no name in it" else []
        if found:                         # a short sentence: "Fue excarcelado Daniel Parra Gil."
            for mention, judgement in zip(found, judge(raw, [(m.start, m.end) for m in found], context or RELEASED)):
                out.mentions.append(StatementMention(number, mention.text, _sentence_at(raw, mention.start),
                                                     judgement.status, judgement.role,
                                                     judgement.cues or (context_words if context and judgement.status
                                                                        == context else []),
                                                     _id_after(raw, mention.end),
                                                     surnames_borrowed=mention.surnames_borrowed, in_prose=True))
            continue
        out.not_names.append((number, line, reading.not_a_name))
        if decide(cues):                      # "❌ SIGUEN DETENIDOS", "*EXCARCELADOS HOY*"
            context, context_words = decide(cues), [cue.words for cue in cues]
    return out


def _without_chat_marks(text: str) -> str:
    """The text without what a chat export adds: each message's date, time and sender, and the
    files attached. Line numbers stay as they are."""
    return "\n".join(_CHAT_PREFIX.sub("", _CHAT_ATTACHMENT.sub(" ", line)) if _CHAT_PREFIX.match(line)
                     or _CHAT_ATTACHMENT.search(line) else line for line in text.split("\n"))


_ID_LABEL = re.compile(r"\s*[,(\[]?\s*(?:(?:titular\s+de\s+la\s+)?c[ée]dula\s+de\s+identidad|"
                       r"(?:ID|identity)\s+(?:card|number|no\.?))?\s*(?:N[°º.o]*)?\s*:?\s*", re.I)


def _id_after(sentence: str, end: int) -> NationalId | None:
    """The cédula written right after a name in running text: "Juan Pérez (V-12.345.678)",
    "…, titular de la cédula de identidad V-15.337.912", "…, C.I. 17004556". The person's own,
    so that the name is checked against it (a name that fits two people, a cédula that is not
    the vault's) rather than left out."""
    label = _ID_LABEL.match(sentence, end)
    found = _ID.match(sentence, label.end()) if label else None
    if not found or _labelled_not_an_id(sentence[:found.start()]) or _PHONE.match(sentence, found.start()):
        return None
    return _read_id(found.group())


def _judged(found: list, sentence: str, default: str, default_words: list[str]) -> list[StatementMention]:
    judgements = judge(sentence, [(mention.start, mention.end) for mention in found], default)
    return [StatementMention(mention.line, mention.text, sentence, judgement.status, judgement.role,
                             judgement.cues or (default_words if judgement.status == default else []),
                             _id_after(sentence, mention.end), surnames_borrowed=mention.surnames_borrowed,
                             in_prose=True)
            for mention, judgement in zip(found, judgements)]


def _sentence_at(raw: str, start: int) -> str:
    """The sentence of a short line that holds `start`: the line itself, unless it is made of
    sentences of a few words each ("Fue excarcelado X. Su abogado, Y, lo confirmó.")."""
    parts = [sentence for _, sentence in sentences(raw)]
    if len(parts) < 2 or any(len(part.split()) < 4 for part in parts):
        return raw.strip()
    cursor = 0
    for part in parts:
        at = raw.find(part, cursor)
        if at < 0:
            break
        if start < at + len(part):
            return part
        cursor = at + len(part)
    return raw.strip()


_LINE_TOKEN = re.compile(r"[^\W_]+", re.U)


def _locate(raw: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Where in the line each mention is written: from its first word to its last, whatever
    their order ("ORTEGA BLANCO, Kelvin José"); an ID alone, where the ID is."""
    tokens = [(match.start(), match.end(), fold(match.group())) for match in _LINE_TOKEN.finditer(raw)]
    spans: list[tuple[int, int]] = []
    cursor = 0
    for mention in mentions:
        places = []
        for word in name_tokens(fold(mention.written or mention.text)):
            hit = next((index for index in range(cursor, len(tokens)) if tokens[index][2] == word), None)
            if hit is not None:
                places.append(hit)
        if places:
            spans.append((tokens[min(places)][0], tokens[max(places)][1]))
            cursor = max(places) + 1
            continue
        number = mention.national_id.number if mention.national_id else None
        where = next((match for match in _ID.finditer(raw) if number and re.sub(r"\D", "", match.group()) == number),
                     None)
        spans.append((where.start(), where.end()) if where else (len(raw), len(raw)))
    return spans


def _signatories(lines: list[str], readings: dict[int, ReleaseLine], prose: set[int]) -> set[int]:
    """Lines that hold the name of whoever signs the statement: a name over an office or a bar
    number ("Abg. Luisa Carvajal" / "Inpreabogado N° 123.456"), or a name among the last lines
    after "Atentamente" or the place and date."""
    filled = [number for number, line in enumerate(lines, start=1) if line.strip()]
    out = set()
    for position, number in enumerate(filled):
        reading = readings.get(number)
        if number in prose or reading is None or len(reading.mentions) != 1 or reading.mentions[0].national_id:
            continue
        below = readings.get(filled[position + 1]) if position + 1 < len(filled) else None
        above = lines[filled[position - 1] - 1] if position else ""
        if below is not None and below.not_a_name in ("an office or title", "a bar or reference number") or position >= len(filled) - 3 and _closes(above):
            out.add(number)
    return out


def _closes(line: str) -> bool:
    """"Atentamente", "Por el Comité", or a place and a date ("Caracas, 3 de julio de 2025")."""
    key = words_of(line)
    if any(key == opening or key.startswith(opening + " ") for opening in SIGNATURE_OPENINGS):
        return True
    words = key.split()
    return len(words) <= 8 and any(word in MONTH_NAMES for word in words) and any(
        re.fullmatch(r"(?:19|20)\d\d", word) for word in words)


# --- Who each mention is ---------------------------------------------------------------------

@dataclass
class Match:
    """One mention and who it is: "matched" (one person, sure), "ambiguous" (candidates) or
    "unmatched" (nobody among those searched)."""

    outcome: str
    key: Any = None
    name: str = ""
    score: float = 0.0
    how: str = ""                          # "id", "name", "name and id", "partial name"
    candidates: list[tuple[Any, str, float]] = field(default_factory=list)
    reason: str = ""                       # why ambiguous: one of AMBIGUOUS_REASONS


#: Why a mention is ambiguous, as codes (the services word them for people).
AMBIGUOUS_REASONS = ("namesakes", "several fit", "close names", "id differs", "id and name differ", "id shared")


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
        self.number_of = {key: found.number for (key, _, _), found in zip(people, self.ids) if found}

    def match(self, name: str, national_id: NationalId | None = None) -> Match:
        by_id = self._by_id(national_id) if national_id else None
        by_name = self._by_name(name) if name else Match("unmatched")
        if by_id is None:
            if national_id and by_name.outcome == "matched" and self._stored_number(by_name.key) not in (
                    None, national_id.number):    # the name fits, the cédula written is another
                return Match("ambiguous", candidates=[(by_name.key, by_name.name, by_name.score)],
                             reason="id differs")
            return by_name
        if by_name.outcome == "matched" and by_name.key != by_id.key:
            return Match("ambiguous", candidates=[(by_id.key, by_id.name, 100.0), (by_name.key, by_name.name,
                                                                                 by_name.score)],
                         reason="id and name differ")
        if by_name.outcome == "matched" and by_id.outcome == "matched":
            by_id.how = "name and id"
        return by_id

    def _stored_number(self, key: Any) -> str | None:
        """The cédula number the vault holds for a person (None when it holds none)."""
        return self.number_of.get(key)

    def _by_id(self, national_id: NationalId) -> Match | None:
        holders = [position for position in self.by_number.get(national_id.number, [])
                   if self.ids[position] and (self.ids[position].kind == national_id.kind
                                              or not national_id.letter_written)]
        if len(holders) == 1:
            person = self.index.people[holders[0]]
            return Match("matched", person.key, person.name, 100.0, "id")
        if holders:
            return Match("ambiguous", candidates=[(self.index.people[i].key, self.index.people[i].name, 100.0)
                                                  for i in holders], reason="id shared")
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
            return self._ambiguous([(i, 100.0) for i in exact], "namesakes")
        containing = set({self.index.people[i].key: i for i in sorted(containing)}.values())
        if containing and len(tokens) >= 2 and _has_surname(name):
            if len(containing) == 1:
                person = self.index.people[next(iter(containing))]
                return Match("matched", person.key, person.name, 95.0, "partial name")
            return self._ambiguous([(i, 95.0) for i in sorted(containing)][:8], "several fit")
        maiden = _without_married_name(name)
        if not containing and maiden:         # "Mariela Ochoa de Salcedo": her husband's surname
            found = self._by_name(maiden)
            if found.outcome == "matched":
                return Match("matched", found.key, found.name, min(found.score, 90.0), "partial name")
            if found.outcome == "ambiguous" and found.reason != "close names":
                return found
        near = self.index.ranked(folded, limit=5)
        if near:
            return self._ambiguous(near, "close names")
        return Match("unmatched")

    def _ambiguous(self, ranked: list[tuple[int, float]], reason: str) -> Match:
        seen: dict[Any, tuple[Any, str, float]] = {}
        for i, score in ranked:             # a person's name and aliases are one candidate
            person = self.index.people[i]
            seen.setdefault(person.key, (person.key, person.name, round(score, 1)))
        return Match("ambiguous", candidates=list(seen.values()), reason=reason)


def _without_married_name(name: str) -> str | None:
    """"Mariela Josefina Ochoa de Salcedo" -> "Mariela Josefina Ochoa": a married woman's name
    adds "de" and her husband's surname; None when the name does not end so."""
    words = name.split()
    if len(words) >= 4 and words[-2].lower() == "de" and words[-1].lower() not in NAME_PARTICLES \
            and len(name_tokens(fold(" ".join(words[:-2])))) >= 2 and _has_surname(" ".join(words[:-2])):
        return " ".join(words[:-2])
    return None


def _stored_id(text: str | None) -> NationalId | None:
    if not text:
        return None
    try:
        return read_national_id(text)
    except InvalidInput:
        return None
