"""Release statements in prose: the people a news article or an official statement names as
released, and the others it mentions (a lawyer quoted, a mother, an official, someone who
remains in prison), each with the sentence that names them.

"Entre los excarcelados se encuentran María José Pérez, el sargento Luis Alberto Rojas y los
hermanos Carlos y Andrés Gómez Díaz. «Es un primer paso», dijo su abogado, Juan Pérez."
gives four released (the brothers share their surnames) and one lawyer who is not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from casedesk.domain.list_values import rank_of, read_state, words_of
from casedesk.domain.list_words import (
    AGENCY_WORDS, COUNTRIES, FACILITY_WORDS, NAME_PARTICLES, NOT_A_NAME_WORDS, REMARK_STARTS, TITLES,
)
from casedesk.domain.normalize import is_given_name
from casedesk.domain.text import fold

# Words before a name that make its bearer someone other than a released prisoner.
_ROLE_WORDS = {
    "lawyer": ("abogado", "abogada", "abogados", "defensor", "defensora", "defensa", "apoderado", "apoderada"),
    "relative": ("madre", "padre", "esposa", "esposo", "hija", "hijo", "tia", "tio", "abuela", "abuelo", "prima",
                 "primo", "pareja", "conyuge", "familiar", "sobrina", "sobrino", "suegra", "suegro", "nuera",
                 "yerno", "mama", "papa", "novia", "novio", "viuda", "hermana", "hermano"),
    "official": ("fiscal", "juez", "jueza", "ministro", "ministra", "viceministro", "viceministra", "director",
                 "directora", "coordinador", "coordinadora", "presidente", "presidenta", "vocero", "vocera",
                 "portavoz", "representante", "gobernador", "gobernadora", "alcalde", "alcaldesa", "comisionado",
                 "comisionada", "relator", "relatora", "secretario", "secretaria", "defensor del pueblo"),
}
_SPEECH = re.compile(r"^\s*(?:,[^,.;]{0,80},\s*)?(?:le\s+|les\s+|lo\s+)?(dijo|declar[oó]|afirm[oó]|inform[oó]|"
                     r"explic[oó]|señal[oó]|denunci[oó]|indic[oó]|precis[oó]|asegur[oó]|agreg[oó]|añadi[oó]|"
                     r"manifest[oó]|expres[oó]|coment[oó]|detall[oó]|sostuvo|advirti[oó]|exigi[oó]|pidi[oó]|"
                     r"solicit[oó]|lament[oó]|destac[oó]|record[oó]|relat[oó]|cont[oó]|escribi[oó]|public[oó]|"
                     r"report[oó]|celebr[oó]|critic[oó]|dijeron|informaron|denunciaron|explicaron)\b", re.I)
_ACCORDING = re.compile(r"(?:seg[uú]n|de acuerdo con|en palabras de|para|explic[oó]|dijo|afirm[oó])\s+"
                        r"(?:el|la|los|las)?\s*$", re.I)
_STILL_HELD = re.compile(r"\b(?:sigue[n]?|permanece[n]?|contin[uú]a[n]?|a[uú]n\s+(?:est[aá]n?|se\s+encuentra[n]?)|"
                         r"todav[ií]a\s+(?:est[aá]n?|se\s+encuentra[n]?)|qued[oó]|quedaron|siguen)\s+"
                         r"(?:\w+\s+){0,2}(?:detenid|pres[oa]|privad|recluid|en\s+prisi[oó]n|tras\s+las\s+rejas|"
                         r"en\s+el\s+sebin|en\s+el\s+helicoide|incomunicad|desaparecid)|"
                         r"\bno\s+(?:fue|fueron|ha\s+sido|han\s+sido|ha|han)\s+(?:\w+\s+)?(?:excarcelad|liberad|"
                         r"puest[oa]s?\s+en\s+libertad|incluid)", re.I)
_CLAUSE_BREAK = re.compile(r"[;:]|,\s*(?:pero|mientras|aunque|sin embargo|en cambio)\b|\s(?:pero|mientras que|"
                           r"aunque|sin embargo|en cambio)\s", re.I)
_ABBREVIATIONS = {"sr", "sra", "srta", "dr", "dra", "lic", "ing", "sgto", "cap", "cnel", "tte", "gral", "my", "prof",
                  "edo", "av", "nro", "no", "c", "i", "v", "e", "etc", "ee", "uu", "art", "p", "pág", "pag", "st"}
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
                 "quienes", "cuales", "todos", "todas", "uno", "una", "dos", "tres", "varios", "varias"})


@dataclass
class ProseMention:
    """A person a statement names: how it writes them, the sentence, and whether it names them
    as released (`role` None) or as someone else ("lawyer", "relative", "official", "speaker",
    "still held")."""

    text: str
    sentence: str
    line: int
    role: str | None = None
    surnames_borrowed: bool = False


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


_PLACES = frozenset(fold(term) for term in FACILITY_WORDS + AGENCY_WORDS)


def _is_name_word(word: str) -> bool:
    stem = word.rstrip(".")
    return bool(stem) and stem[0].isupper() and fold(stem) not in _NOT_NAMES and len(stem) >= 2


def _a_place(name: str) -> bool:
    """A run made only of places and agencies ("Rodeo", "Zulia", "SEBIN"): not a person. A state's
    name inside a person's ("Zoila Margarita Chacón") is a name."""
    return all(read_state(word) is not None or fold(word) in _PLACES or word.lower() in NAME_PARTICLES
               for word in name.split())


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


def _role(sentence: str, start: int, end: int) -> str | None:
    """Why a name at sentence[start:end] is not someone released, or None."""
    clause_start = max((match.end() for match in _CLAUSE_BREAK.finditer(sentence, 0, start)), default=0)
    clause_end = next((match.start() for match in _CLAUSE_BREAK.finditer(sentence, end)), len(sentence))
    clause = sentence[clause_start:clause_end]
    if _STILL_HELD.search(clause):
        return "still held"
    after = sentence[end:end + 120]
    if _SPEECH.match(after) or _ACCORDING.search(sentence[max(0, start - 40):start]):
        return "speaker"
    before = words_of(sentence[max(clause_start, start - 60):start]).split()[-5:]
    if before and before[-1] in ("hermanos", "hermanas"):
        return None                                           # "los hermanos Carlos y Andrés": the released
    for role, words in _ROLE_WORDS.items():
        if any(word in before for word in words):
            return role
    return None


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


def read_statement(text: str) -> list[ProseMention]:
    """Every person a statement in prose names, in order, with their sentence and role."""
    mentions: list[ProseMention] = []
    for line, sentence in sentences(text):
        if not is_prose(sentence) and len(_WORD.findall(sentence)) < 10:
            pass                                              # a short sentence still names people
        spans = _spans(sentence)
        found: list[ProseMention] = []
        spans = [span for span in spans if not _a_place(span[2])]
        for index, (start, end, name) in enumerate(spans):
            name = _strip_titles(name)
            tokens = [word for word in fold(name).split() if word not in NAME_PARTICLES]
            following = spans[index + 1] if index + 1 < len(spans) else None
            joined_by = sentence[end:following[0]] if following else ""
            if len(tokens) == 1 and following and re.fullmatch(r"\s+(?:y|e)\s+", joined_by) \
                    and all(is_given_name(token) for token in tokens):
                surnames = [word for word in following[2].split() if not is_given_name(word)
                            and word.lower() not in NAME_PARTICLES]
                if surnames:                                   # "Carlos y Andrés Gómez Díaz"
                    tail = following[2].split()[following[2].split().index(surnames[0]):]
                    found.append(ProseMention(f"{name} {' '.join(tail)}", sentence, line,
                                              _role(sentence, start, end), surnames_borrowed=True))
                    continue
            if len(tokens) < 2:
                continue
            found.append(ProseMention(name, sentence, line, _role(sentence, start, end)))
        mentions += found
    return mentions
