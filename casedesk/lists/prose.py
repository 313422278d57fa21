"""Release statements in prose: the people a news article or an official statement names, and
what it says about each of them, each with the sentence that names them.

"Entre los excarcelados se encuentran María José Pérez, el sargento Luis Alberto Rojas y los
hermanos Carlos y Andrés Gómez Díaz. «Es un primer paso», dijo su abogado, Juan Pérez."
gives four released (the brothers share their surnames) and one lawyer who is not.

What a statement says about a person is read from the words around the name, as a reader
does (`judge`): the phrases of `list_words` (RELEASE_SAID, STILL_HELD_SAID, TRANSFER_SAID,
UNSURE_SAID) found first in the words that follow the name up to the next name ("X sigue
detenido", "X, quien permanecerá recluido"), shared by a list they close ("A, B y C, quienes
permanecen en Tocorón"); then in the words before it in its clause ("Fue excarcelado X",
"Siguen detenidos, pese a tener boleta de excarcelación: A y B"); then in the heading above or
the statement as a whole. A negation or a future turns a release around ("no ha sido
excarcelado", "será excarcelado"); a release and a detention said of the same name, or words
such as "sin confirmar", make it unclear, which is shown to the user, never counted as a release.
A name in another role (a lawyer, a relative, an official, someone speaking) is not a release
unless it is listed with the released ("… y su esposa, X").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from casedesk.domain.list_values import rank_of, read_state, words_of
from casedesk.domain.list_words import (
    ACCORDING_TO,
    AGENCY_WORDS,
    AUXILIARIES,
    CLAUSE_BREAKS,
    CONCESSIONS,
    COUNTRIES,
    FACILITY_WORDS,
    INSTITUTION_WORDS,
    LIST_GLUE,
    MILITARY_RANKS,
    NAME_PARTICLES,
    NEGATIONS,
    NOT_A_NAME_WORDS,
    NOT_YET,
    PHRASE_FILLERS,
    RANK_ORDINALS,
    RELEASE_SAID,
    REMARK_STARTS,
    SPEECH_VERBS,
    STATEMENT_ROLES,
    STILL_HELD_SAID,
    TITLES,
    TRANSFER_SAID,
    UNSURE_SAID,
)
from casedesk.domain.normalize import is_given_name
from casedesk.domain.text import fold

#: What a statement says about a person it names.
RELEASED = "released"
STILL_HELD = "still_held"
TRANSFERRED = "transferred"
OTHER_ROLE = "other_role"          # a lawyer, a relative, an official, someone speaking, a signatory
UNCLEAR = "unclear"
STATUSES = (RELEASED, STILL_HELD, TRANSFERRED, OTHER_ROLE, UNCLEAR)

_ABBREVIATIONS = {"sr", "sra", "srta", "dr", "dra", "lic", "ing", "sgto", "cap", "cnel", "tte", "gral", "my", "prof",
                  "edo", "av", "nro", "no", "c", "i", "v", "e", "etc", "ee", "uu", "art", "p", "pág", "pag", "st",
                  "ej", "arm", "tcnel", "abg", "abog", "lcdo", "lcda", "pbro", "mons", "cbo", "dgdo",
                  "alf", "ptte", "gnb", "fanb", "s", "n", "nº"}
_WORD = re.compile(r"[^\W\d_][^\W\d_'’\-]*\.?", re.U)
_NOT_NAMES = (frozenset(TITLES) | REMARK_STARTS | NOT_A_NAME_WORDS
              | {fold(form) for forms in COUNTRIES.values() for form in forms}
              | {"entre", "segun", "hoy", "ayer", "este", "esta", "estos", "estas", "ese", "esa", "tras", "durante",
                 "ademas", "tambien", "asimismo", "luego", "sin", "otros", "otras", "ambos", "ambas", "nuestro",
                 "nuestra", "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
                 "republica", "bolivariana", "venezuela", "caracas", "sebin", "dgcim", "cicpc", "gnb", "pnb",
                 "ministerio", "publico", "tribunal", "supremo", "justicia", "fiscalia", "asamblea", "gobierno",
                 "onu", "cidh", "naciones", "unidas", "comision", "interamericana", "derechos", "humanos", "ong",
                 "provea", "foro", "penal", "observatorio", "comite", "alto", "comisionado", "the", "of",
                 "quienes", "cuales", "todos", "todas", "uno", "una", "dos", "tres", "varios", "varias", "quien",
                 "se", "su", "sus", "mi", "mis", "no", "ni", "aun", "todavia", "sera", "seran", "ya", "fue"})


@dataclass
class ProseMention:
    """A person a statement names: how it writes them, the sentence, where in it, and what the
    statement says about them (`status`, one of STATUSES; `role` for OTHER_ROLE: "lawyer",
    "relative", "official", "speaker", "signatory"), with the words that said so (`cues`)."""

    text: str
    sentence: str
    line: int
    role: str | None = None
    surnames_borrowed: bool = False
    start: int = 0
    end: int = 0
    status: str = RELEASED
    cues: list[str] = field(default_factory=list)


def is_prose(line: str) -> bool:
    """Running text rather than a list entry: a long line of mostly lower-case words."""
    words = _WORD.findall(line)
    if len(words) < 10:
        return False
    lower = sum(1 for word in words if word[0].islower())
    return lower >= len(words) * 0.35


def sentences(text: str) -> list[tuple[int, str]]:
    """(line number, sentence), split at . ! ? that end a sentence (not "Sr." or "C.I.")."""
    out: list[tuple[int, str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        start = 0
        for match in re.finditer(r"[.!?…]+[»\"”’)]*\s+(?=[«\"“¿¡(]?[A-ZÁÉÍÓÚÑ])", line):
            before = re.findall(r"(\w+)\.?$", line[:match.start() + 1].rstrip(".!?…»\"”’)"))
            if before and fold(before[-1]) in _ABBREVIATIONS:
                continue
            out.append((number, line[start:match.end()].strip()))
            start = match.end()
        if line[start:].strip():
            out.append((number, line[start:].strip()))
    return out


# --- The phrases that say what happened ------------------------------------------------------

@dataclass(frozen=True)
class _Slot:
    words: frozenset[str]
    prefixes: tuple[str, ...]
    optional: bool

    def fits(self, word: str) -> bool:
        return word in self.words or any(word.startswith(prefix) for prefix in self.prefixes)


def _compile(phrase: str) -> tuple[_Slot, ...]:
    """"sigue|siguen detenid*" -> two slots; "[la]" may be left out."""
    slots = []
    for part in phrase.split():
        optional = part.startswith("[")
        alternatives = part.strip("[]").split("|")
        slots.append(_Slot(frozenset(a for a in alternatives if not a.endswith("*")),
                           tuple(a[:-1] for a in alternatives if a.endswith("*")), optional))
    return tuple(slots)


_SAID = "released", "held", "transferred", "unsure"
_PHRASES: list[tuple[tuple[_Slot, ...], str]] = [
    (_compile(phrase), kind) for kind, table in zip(_SAID, (RELEASE_SAID, STILL_HELD_SAID, TRANSFER_SAID, UNSURE_SAID))
    for phrase in table]
_ROLE_OF = {word: role for role, words in STATEMENT_ROLES.items() for word in words}
_RANK_WORDS = frozenset(word for rank in MILITARY_RANKS for word in rank.split()) | RANK_ORDINALS
_TOKEN = re.compile(r"[^\W_]+", re.U)


_BY_FIRST_WORD: dict[str, list[tuple[tuple[_Slot, ...], str]]] = {}
_BY_FIRST_PREFIX: list[tuple[str, tuple[_Slot, ...], str]] = []
for _slots, _kind in _PHRASES:
    for _word in _slots[0].words:
        _BY_FIRST_WORD.setdefault(_word, []).append((_slots, _kind))
    _BY_FIRST_PREFIX += [(_prefix, _slots, _kind) for _prefix in _slots[0].prefixes]


@lru_cache(maxsize=1 << 14)
def _starting_with(word: str) -> tuple[tuple[tuple[_Slot, ...], str], ...]:
    return tuple(_BY_FIRST_WORD.get(word, [])) + tuple(
        (slots, kind) for prefix, slots, kind in _BY_FIRST_PREFIX if word.startswith(prefix))


def _a_phrase_word(word: str) -> bool:
    """A word that starts a phrase of what happened ("Excarcelaron", "Trasladada"): not a name."""
    return bool(_starting_with(word)) and not is_given_name(word)


@dataclass(frozen=True)
class Cue:
    """Words that say what happened, where they are in the text, and what they say: "released",
    "held", "transferred" or "unsure"."""

    start: int
    end: int
    kind: str
    words: str


@lru_cache(maxsize=1 << 16)
def _folded(word: str) -> str:
    return fold(word)


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(match.start(), match.end(), _folded(match.group())) for match in _TOKEN.finditer(text)]


def _match_at(tokens: list[tuple[int, int, str]], index: int, slots: tuple[_Slot, ...]) -> int | None:
    """Where a phrase that starts at tokens[index] ends, or None; a filler ("aún") may stand
    between its words."""
    def from_slot(at: int, slot_index: int) -> int | None:
        if slot_index == len(slots):
            return at
        slot = slots[slot_index]
        for skip in range(3 if slot_index else 1):
            here = at + skip
            if skip and (here > len(tokens) or tokens[here - 1][2] not in PHRASE_FILLERS):
                break
            if here < len(tokens) and slot.fits(tokens[here][2]):
                found = from_slot(here + 1, slot_index + 1)
                if found is not None:
                    return found
        return from_slot(at, slot_index + 1) if slot.optional else None
    return from_slot(index, 0)


def find_cues(text: str) -> list[Cue]:
    """The phrases of what happened in a text, longest first at each place, each turned around
    by a negation or a future written just before it ("no ha sido excarcelado": held)."""
    return list(_cues(text))


@lru_cache(maxsize=256)
def _cues(text: str) -> tuple[Cue, ...]:
    tokens = _tokens(text)
    cues: list[Cue] = []
    index = 0
    while index < len(tokens):
        best: tuple[int, str] | None = None
        for slots, kind in _starting_with(tokens[index][2]):
            end = _match_at(tokens, index, slots)
            if end is not None and (best is None or end > best[0]):
                best = (end, kind)
        if best is None:
            index += 1
            continue
        end, kind = best
        first = index
        negated = not_yet = False
        while first > 0 and index - first < 5 and tokens[first - 1][2] in AUXILIARIES | NEGATIONS | NOT_YET:
            first -= 1
            negated = negated or tokens[first][2] in NEGATIONS
            not_yet = not_yet or tokens[first][2] in NOT_YET
        if kind != "unsure" and (negated or not_yet):
            kind = ("unsure" if kind == "held" else "held") if negated else ("held" if kind == "held" else "unsure")
            while tokens[first][2] not in NEGATIONS | NOT_YET:
                first += 1                                   # the cue starts at "no" / "será"
        else:
            first = index
        if cues and cues[-1].end > tokens[first][0]:
            first = index
        cues.append(Cue(tokens[first][0], tokens[end - 1][1], kind, text[tokens[first][0]:tokens[end - 1][1]]))
        index = end
    return tuple(cues)


def decide(cues: list[Cue]) -> str | None:
    """What a set of phrases says together: anything unsure, or a release said together with a
    detention or a transfer, is unclear; a transfer is not a release; None when nothing is said."""
    kinds = {cue.kind for cue in cues}
    if not kinds:
        return None
    if kinds == {"unsure", "held"} and all(_an_order_or_a_wait(cue) for cue in cues if cue.kind == "unsure"):
        return STILL_HELD       # "tenía boleta de excarcelación, aún no ha sido liberado": an order not carried out
    if "unsure" in kinds or ("released" in kinds and kinds & {"held", "transferred"}):
        return UNCLEAR
    if "transferred" in kinds:
        return TRANSFERRED
    return STILL_HELD if "held" in kinds else RELEASED


def _an_order_or_a_wait(cue: Cue) -> bool:
    """A release ordered or waited for ("boleta de excarcelación", "esperando su libertad"): said
    together with a detention that goes on, the person is still held."""
    return fold(cue.words).split()[0].startswith(("boleta", "orden", "acord", "aprob", "decret", "esper", "release"))


# --- Who is named, and in what words -----------------------------------------------------------

_PLACES = frozenset(fold(term) for term in FACILITY_WORDS + AGENCY_WORDS)


def _is_name_word(word: str) -> bool:
    stem = word.rstrip(".")
    if not stem or not stem[0].isupper() or len(stem) < 2:
        return False
    folded = fold(stem)
    return folded not in _NOT_NAMES and not _a_phrase_word(folded)


def is_place_or_institution(name: str) -> bool:
    """A run made only of places, agencies and institutions ("Rodeo", "Zulia", "SEBIN", "Servicio
    Penitenciario"): not a person. A state's name inside a person's ("Zoila Margarita Chacón") is a name."""
    return all(read_state(word) is not None or fold(word) in _PLACES or fold(word) in INSTITUTION_WORDS
               or word.lower() in NAME_PARTICLES for word in name.split())


def _spans(sentence: str) -> list[tuple[int, int, str]]:
    """Maximal runs of capitalised words (particles inside), with where they start and end."""
    words = [(match.start(), match.end(), match.group()) for match in _WORD.finditer(sentence)]
    spans: list[tuple[int, int, str]] = []
    run: list[tuple[int, int, str]] = []

    def close() -> None:
        while run and run[-1][2].lower() in NAME_PARTICLES:
            run.pop()
        if run:
            spans.append((run[0][0], run[-1][1], " ".join(word.rstrip(".") for _, _, word in run)))
        run.clear()

    for index, (start, end, word) in enumerate(words):
        gap = sentence[run[-1][1]:start] if run else " "
        joined = gap.strip() == ""
        if _is_name_word(word) and (not run or joined):
            run.append((start, end, word))
        elif run and joined and word.lower() in NAME_PARTICLES and word.lower() not in ("y", "e") \
                and _name_follows(words, index + 1):
            run.append((start, end, word))                   # "Rojas de Pérez", "María del Valle", "de la Cruz"
        elif run and joined and word[0].isupper() and is_given_name(word.rstrip(".")) \
                and index + 1 < len(words) and _is_name_word(words[index + 1][2]) \
                and sentence[end:words[index + 1][0]].strip() == "":
            run.append((start, end, word))                   # "Héctor Julio Salcedo": a month, here a name
        else:
            close()
            if _is_name_word(word):
                run.append((start, end, word))
    close()
    return spans


def _name_follows(words: list[tuple[int, int, str]], index: int) -> bool:
    """After particles ("de la"), does a name word come?"""
    while index < len(words) and words[index][2].lower() in NAME_PARTICLES - {"y", "e"}:
        index += 1
    return index < len(words) and _is_name_word(words[index][2])


def _strip_titles(name: str) -> str:
    words = name.split()
    while len(words) > 1:
        rank = rank_of(words_of(" ".join(words[:4])))
        if rank and len(words) > len(rank.split()):
            words = words[len(rank.split()):]
        elif words_of(words[0]) in TITLES:
            words = words[1:]
        else:
            break
    return " ".join(words)


#: A place named after a person: "el Hospital Militar Carlos Arvelo", "la Plaza Francisco de Miranda".
_NAMED_PLACE = re.compile(r"(?i)\b(?:hospital|cl[ií]nica|plaza|avenida|av\.|calle|fuerte|liceo|escuela|universidad|"
                          r"urbanizaci[oó]n|urb\.|barrio|sector|parroquia|municipio|aeropuerto)"
                          r"(?:\s+(?:militar|universitario|general|central|dr\.?|dra\.?|doctor|doctora))*\s+$")


def find_names(sentence: str, line: int = 0) -> list[ProseMention]:
    """The people a sentence names, in order, each with where the name is written (a given name
    that borrows the surnames after it, "Carlos y Andrés Gómez Díaz", is where "Carlos" is)."""
    found: list[ProseMention] = []
    spans = [span for span in _spans(sentence)
             if not is_place_or_institution(span[2]) and not _NAMED_PLACE.search(sentence[:span[0]])]
    for index, (start, end, name) in enumerate(spans):
        name = _strip_titles(name)
        tokens = [word for word in fold(name).split() if word not in NAME_PARTICLES]
        following = spans[index + 1] if index + 1 < len(spans) else None
        joined_by = sentence[end:following[0]] if following else ""
        if len(tokens) == 1 and following and re.fullmatch(r"\s+(?:y|e)\s+", joined_by) \
                and all(is_given_name(token) for token in tokens):
            surnames = [word for word in following[2].split() if not is_given_name(word)
                        and word.lower() not in NAME_PARTICLES]
            if surnames:                                       # "Carlos y Andrés Gómez Díaz"
                tail = following[2].split()[following[2].split().index(surnames[0]):]
                found.append(ProseMention(f"{name} {' '.join(tail)}", sentence, line, surnames_borrowed=True,
                                          start=start, end=end))
                continue
        if len(tokens) < 2:
            continue
        found.append(ProseMention(name, sentence, line, start=start, end=end))
    return found


# --- What is said about each name -------------------------------------------------------------

@dataclass
class Judgement:
    """What a text says about one name in it: a status of STATUSES, the role when it is
    OTHER_ROLE, and the words that said so, as written."""

    status: str
    role: str | None = None
    cues: list[str] = field(default_factory=list)


def _phrase_starts(tokens: list[tuple[int, int, str]], phrases: tuple[str, ...]) -> list[tuple[int, int]]:
    """(token index where a phrase starts, where it ends) for each of `phrases` found."""
    out = []
    first_words = {phrase.split()[0] for phrase in phrases}
    for index, (_, _, word) in enumerate(tokens):
        if word not in first_words:
            continue
        for phrase in phrases:
            words = phrase.split()
            if [token[2] for token in tokens[index:index + len(words)]] == words:
                out.append((index, index + len(words)))
                break
    return out


def _set_aside(text: str, tokens: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Concessions ("pese a tener boleta de excarcelación") up to the next comma or colon."""
    regions = []
    for first, _ in _phrase_starts(tokens, CONCESSIONS):
        start = tokens[first][0]
        stop = re.search(r"[,:;.]", text[start:])
        regions.append((start, start + stop.start() if stop else len(text)))
    return regions


def _clause_breaks(text: str, tokens: list[tuple[int, int, str]]) -> list[int]:
    """Where a clause with its own subject starts: after ";" or ". ", at "pero", "sin embargo"…"""
    breaks = [match.end() for match in re.finditer(r";", text)]
    for match in re.finditer(r"[.!?…]+[»\"”’)]*(?=\s|$)", text):
        before = re.findall(r"(\w+)\.?$", text[:match.start() + 1].rstrip(".!?…»\"”’)"))
        if not before or not (fold(before[-1]) in _ABBREVIATIONS or len(before[-1]) == 1 or before[-1].isdigit()):
            breaks.append(match.end())      # not "Sr.", "C.I." or "5."
    breaks += [tokens[first][0] for first, _ in _phrase_starts(tokens, CLAUSE_BREAKS)]
    return sorted(set(breaks))


def _is_glue(text: str) -> bool:
    """Words between two names of one list: commas, "y", titles, ranks, an age in brackets, an
    ID, "su esposa" — nothing said about either."""
    text = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", text)
    if re.search(r"[:;.!?]\s", text + " ") and not re.fullmatch(r"[\s,.]*", text):
        return False
    for _, _, word in _tokens(text):
        if word.isdigit() or word in LIST_GLUE or word in TITLES or word in _RANK_WORDS or word in NAME_PARTICLES \
                or _ROLE_OF.get(word) == "relative" or word in ("v", "e", "c", "i", "ci", "cedula"):
            continue
        return False
    return True


def _role_before(words: list[str]) -> tuple[str | None, str, bool]:
    """(role, the word, whether it is listed with others: "y su esposa", "junto a su hermano")
    from the words just before a name; role "kin" for the person a role is of ("la madre de X")."""
    if not words or words[-1] in ("hermanos", "hermanas"):
        return None, "", False                   # "los hermanos Carlos y Andrés": the people themselves
    joined = " ".join(words)
    if "defensor del pueblo" in joined:
        return "official", "defensor del pueblo", False
    for index in range(len(words) - 1, -1, -1):
        role = _ROLE_OF.get(words[index])
        if role is None:
            continue
        rest = words[index + 1:]
        if rest and rest[0] in ("de", "del") and all(word in NAME_PARTICLES | {"el"} for word in rest):
            return "kin", words[index], False     # "la madre de X": X is the son, not the mother
        before = [word for word in words[:index]]
        while before and before[-1] in ("su", "sus", "mi", "mis", "el", "la", "a", "al", "los", "las"):
            before.pop()
        listed = bool(before) and (before[-1] in ("y", "e") or (role == "relative" and before[-1] == "junto"))
        return role, words[index], listed
    return None, "", False


def _role_after(own: str) -> tuple[str | None, str]:
    """A role in apposition just after a name: "…, madre de Daniel", "… (abogado)"."""
    match = re.match(r"\s*[,(]\s*(.*)", own)
    if not match:
        return None, ""
    words = words_of(match.group(1)).split()[:3]
    while words and words[0] in ("el", "la", "su", "sus", "mi", "mis"):
        words = words[1:]
    if words and words[0] in _ROLE_OF:
        return _ROLE_OF[words[0]], words[0]
    return None, ""


def _speaks(own: str, before: list[str], name_follows: bool = False) -> str:
    """The speech verb after a name ("X, de la ONG, dijo"), right before it ("«…», dijo X") or
    "según" before it: the words, or "". A verb between two names is the second one's: "Fue
    excarcelado X, informó Y" has Y speak, and X released."""
    aside = re.match(r"\s*,[^,.;]{0,80},", own)
    rest = own[aside.end():] if aside else own
    words = words_of(rest).split()[:2]
    if words and words[0] in ("le", "les", "lo", "se") and len(words) > 1:
        words = words[1:]
    if words and words[0] in SPEECH_VERBS and not (
            name_follows and all(word in SPEECH_VERBS | {"el", "la", "the"} for word in words_of(rest).split())):
        return words[0]
    tail = " ".join(word for word in before if word not in ("el", "la", "los", "las"))
    if tail.split() and tail.split()[-1] in SPEECH_VERBS:
        return tail.split()[-1]                 # "«…», dijo Pedro Aray", "…, said Julia Thornton": who speaks
    return next((phrase for phrase in ACCORDING_TO if tail.endswith(phrase)), "")


def judge(text: str, spans: list[tuple[int, int]], default: str) -> list[Judgement]:
    """What `text` says about each name written at `spans` (start, end): read from the words
    after the name up to the next one (shared along a list), then those before it in its
    clause; `default` (the heading above, or the statement's subject) when they say nothing."""
    tokens = _tokens(text)
    aside = _set_aside(text, tokens)
    cues = [cue for cue in find_cues(text) if not any(start <= cue.start < stop for start, stop in aside)]
    breaks = _clause_breaks(text, tokens)
    order = sorted(range(len(spans)), key=lambda i: spans[i])
    clause_start = {i: max((b for b in breaks if b <= spans[i][0]), default=0) for i in order}
    own: dict[int, tuple[int, int]] = {}
    following: dict[int, int | None] = {}
    for position, i in enumerate(order):
        clause_end = min((b for b in breaks if b > spans[i][1]), default=len(text))
        after = order[position + 1] if position + 1 < len(order) else None
        if after is not None and spans[after][0] >= clause_end:
            after = None
        following[i] = after
        own[i] = (spans[i][1], spans[after][0] if after is not None else clause_end)
    said: dict[int, list[Cue]] = {}
    for i in reversed(order):
        mine = [cue for cue in cues if own[i][0] <= cue.start < own[i][1]]
        after = following[i]
        if not mine and after is not None and _is_glue(text[own[i][0]:own[i][1]]):
            mine = said[after]                      # "A, B y C, quienes permanecen en Tocorón"
        said[i] = mine
    out: list[Judgement] = []
    for i in range(len(spans)):
        start, _ = spans[i]
        governing = [cue for cue in cues if clause_start[i] <= cue.start and cue.end <= start]
        chosen = said[i] if decide(said[i]) else governing
        status = decide(chosen) or default
        words = [cue.words for cue in chosen]
        window = text[max(clause_start[i], start - 60, text.rfind(":", 0, start) + 1):start]
        before = words_of(window).split()[-5:]
        role, role_word, listed = _role_before(before)
        if role == "kin":                            # "la madre de X celebró su excarcelación": about X
            role = None
        elif role is None:
            role, role_word = _role_after(text[own[i][0]:own[i][1]])
            listed = False
            speech = _speaks(text[own[i][0]:own[i][1]], words_of(text[clause_start[i]:start]).split()[-4:],
                             following[i] is not None)
            if role is None and speech:
                role, role_word = "speaker", speech
        if role and not (listed and decide(chosen) == RELEASED):   # released with the others, said in words
            out.append(Judgement(OTHER_ROLE, role, [role_word]))
        else:
            out.append(Judgement(status, None, words + ([role_word] if role else [])))
    return out


def read_statement(text: str, default: str = RELEASED) -> list[ProseMention]:
    """Every person a statement in prose names, in order, with their sentence and what it says
    about them (`default` when nothing around the name says anything)."""
    mentions: list[ProseMention] = []
    for line, sentence in sentences(text):
        found = find_names(sentence, line)
        for mention, judgement in zip(found, judge(sentence, [(m.start, m.end) for m in found], default)):
            mention.status, mention.role, mention.cues = judgement.status, judgement.role, judgement.cues
        mentions += found
    return mentions
