"""Announced releases: match a pasted list of names to the cases of people still held.

Lists arrive as press notes or messages: one name per line, any accents or case, surnames
first or last, sometimes with a cédula. Each line ends up matched (one clear case),
ambiguous (candidates to choose from) or unmatched (no case: maybe not in the vault yet).
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from typing import Any, NamedTuple

from rapidfuzz import fuzz, process

from casedesk.domain.errors import InvalidInput
from casedesk.domain.normalize import normalize_national_id
from casedesk.domain.text import fold
from casedesk.domain.vocabulary import HELD_STATUSES, ClaimKind
from casedesk.services.verification import report_claim
from casedesk.storage.models import database
from casedesk.storage.vault import Vault

SURE = 90            # a match at least this good, and clearly ahead of the next, is unique
POSSIBLE = 72        # below this a candidate is not worth showing
CLEAR_LEAD = 6
_PARTICLES = {"de", "del", "la", "las", "los", "y", "da"}
_ID_IN_LINE = re.compile(r"(?:C\.?I\.?:?\s*)?\b[VvEe]?[-.\s]?\d{1,3}(?:[.\s]?\d{3}){1,2}\b|\b\d{6,9}\b")
_NUMBERING = re.compile(r"^\s*(?:\d{1,4}\s*[.)\-–]\s*|[-•*·]\s*)")


class _Held(NamedTuple):
    case_id: str
    name: str
    folded: str


def _name_tokens(folded: str) -> list[str]:
    return [t for t in re.findall(r"[a-z0-9ñ]+", folded) if len(t) > 1 and t not in _PARTICLES]


def _score(line: str, candidate: str) -> float:
    # token_set forgives a list that gives fewer names than the vault; token_sort keeps
    # "José Pérez" from tying with every José … Pérez. Their mean ranks full names first.
    return (fuzz.token_set_ratio(line, candidate) + fuzz.token_sort_ratio(line, candidate)) / 2


class NameIndex:
    """People by each word of their name, to find who a written name means: accents, case,
    word order and small typos aside. Built once per list or import."""

    def __init__(self, entries: list[tuple[Any, str, str | None]]) -> None:
        """`entries`: (key, name, national ID or None) for each person."""
        self.people: list[_Held] = []
        self.keys: list[Any] = []
        self.by_id: dict[str, int] = {}
        postings: dict[str, set[int]] = defaultdict(set)
        for index, (key, name, national_id) in enumerate(entries):
            folded = fold(name)
            self.people.append(_Held(key, " ".join(name.split()), folded))
            if national_id:
                self.by_id[national_id] = index
            for token in folded.split():
                if len(token) > 1 and token not in _PARTICLES:
                    postings[token].add(index)
        self.postings = dict(postings)
        self.vocabulary = list(self.postings)

    def candidates(self, tokens: list[str]) -> set[int]:
        sets = []
        for token in tokens:
            found = self.postings.get(token)
            if found is None:       # a typo: take the closest spellings in the vault
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

    def ranked(self, folded: str, limit: int = 5) -> list[tuple[int, float]]:
        """The closest people to a folded name, best first: (index, score 0-100)."""
        pool = self.candidates(_name_tokens(folded))
        choices = {i: self.people[i].folded for i in pool}
        # rapidfuzz's own loop narrows the pool; the blended score orders the few left.
        shortlist = process.extract(folded, choices, scorer=fuzz.token_set_ratio, score_cutoff=POSSIBLE, limit=20)
        ranked = sorted(((key, _score(folded, name)) for name, _, key in shortlist), key=lambda item: -item[1])
        return [item for item in ranked if item[1] >= POSSIBLE][:limit]


def _held_index() -> NameIndex:
    """Everyone held today."""
    marks = ", ".join("?" * len(HELD_STATUSES))
    rows = database.execute_sql(
        "SELECT c.uuid, p.given_names || ' ' || p.surnames || ' ' || p.aliases, p.national_id "
        f"FROM detention_case c JOIN person p ON p.id = c.person_id WHERE c.status IN ({marks})",
        sorted(HELD_STATUSES)).fetchall()
    return NameIndex(rows)


def read_list_file(raw: bytes) -> str:
    """A list as saved by whatever tool sent it: UTF-8 (with or without BOM) or Windows-1252."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def match_release_list(text: str) -> dict[str, list[dict[str, Any]]]:
    """Sort each line of an announced list into matched, ambiguous or unmatched."""
    index = _held_index()
    result: dict[str, list[dict[str, Any]]] = {"matched": [], "ambiguous": [], "unmatched": []}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = _NUMBERING.sub("", raw).strip()
        if not re.search(r"[^\W\d_]{2}", line):
            continue                       # blank, a rule, a page number
        entry = {"line": number, "text": line}
        found_id = _ID_IN_LINE.search(line)
        if found_id:
            try:
                held = index.by_id.get(normalize_national_id(found_id.group()))
            except InvalidInput:
                held = None
            if held is not None:
                person = index.people[held]
                result["matched"].append({**entry, "case_id": person.case_id, "name": person.name, "score": 100.0})
                continue
            line = (line[:found_id.start()] + line[found_id.end():]).strip(" ,;-")
        ranked = [(None, score, key) for key, score in index.ranked(fold(line))]
        if not ranked:
            result["unmatched"].append(entry)
            continue
        best_score = ranked[0][1]
        if best_score >= SURE and (len(ranked) == 1 or best_score - ranked[1][1] >= CLEAR_LEAD):
            person = index.people[ranked[0][2]]
            result["matched"].append({**entry, "case_id": person.case_id, "name": person.name,
                                      "score": round(best_score, 1)})
        else:
            result["ambiguous"].append({**entry, "candidates": [
                {"case_id": index.people[key].case_id, "name": index.people[key].name, "score": round(score, 1)}
                for _, score, key in ranked]})
    return result


def create_release_claims(vault: Vault, matched: list[dict[str, Any]], released_on: date | None, *,
                          source: str) -> list[str]:
    """A `reported` release claim for each matched line, with the list as its source."""
    return [report_claim(vault, item["case_id"], ClaimKind.RELEASE, released_on,
                         claim=f"Aparece en la lista: {item['text']}", reported_by=source,
                         reported_where=f"línea {item['line']}")
            for item in matched]
