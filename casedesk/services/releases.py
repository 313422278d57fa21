"""Announced releases: match a communiqué's names to the cases of people still held.

Lists arrive as press notes or messages: numbered or bulleted, names in any case and order,
two people on a line, ranks before names and remarks after them, sometimes only a cédula;
statements in prose name others too. `casedesk.lists.releases.read_release_statement` reads
who each line names and what it says about them; here each person said to be released is
matched against the people held today: matched (one case, sure: by ID, by the whole name, or by
part of a name that fits exactly one person, marked partial), ambiguous (candidates to choose
from, with the reason, such as a cédula that is not the vault's) or unmatched (nobody held by
that name; the vault may still know them, released). The people it names as still held,
transferred or in another role go to not_released; those it is unsure about to unclear, for a
person to read (both with the case they would be, when the name fits one). Lines that name
nobody (headings, sources, signatures' offices) are reported apart from names that match nobody.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from casedesk.domain.normalize import is_given_name
from casedesk.domain.text import fold
from casedesk.domain.vocabulary import HELD_STATUSES, ClaimKind
from casedesk.lists.grids import refuse_if_not_text
from casedesk.lists.prose import OTHER_ROLE, RELEASED, UNCLEAR
from casedesk.lists.releases import Match, NameMatcher, read_release_statement
from casedesk.services.verification import report_claim
from casedesk.storage.models import database
from casedesk.storage.vault import Vault

#: Why a name is ambiguous, for people: (English, Spanish) by `NameMatcher` reason.
AMBIGUOUS_REASONS: dict[str, tuple[str, str]] = {
    "namesakes": ("several people held have this very name", "varias personas detenidas tienen este mismo nombre"),
    "several fit": ("several people held fit the name", "el nombre coincide con varias personas detenidas"),
    "close names": ("nobody held has this name; these are close", "nadie detenido tiene este nombre; estos se parecen"),
    "id differs": ("the ID in the statement differs from the vault's", "la cédula de la declaración no es la de la bóveda"),
    "id and name differ": ("the name and the ID point to different people",
                           "el nombre y la cédula señalan a personas distintas"),
    "id shared": ("several people held have this ID", "varias personas detenidas tienen esta cédula"),
}


def _people(held: bool) -> list[tuple[str, str, str | None]]:
    """(case uuid, a name, ID) of everyone held today, once by name and once per alias; or of
    everyone else, by their latest case (to say that a name matching nobody held is someone
    already released)."""
    marks = ", ".join("?" * len(HELD_STATUSES))
    condition = f"c.status IN ({marks})" if held else (
        f"c.status NOT IN ({marks}) AND c.id = (SELECT max(id) FROM detention_case WHERE person_id = p.id)")
    people = []
    for case_uuid, name, aliases, national_id in database.execute_sql(
            "SELECT c.uuid, p.given_names || ' ' || p.surnames, p.aliases, p.national_id "
            f"FROM detention_case c JOIN person p ON p.id = c.person_id WHERE {condition}", sorted(HELD_STATUSES)):
        people.append((case_uuid, name, national_id))
        people += [(case_uuid, alias, None) for alias in aliases.splitlines() if alias.strip()]
    return people


def read_list_file(raw: bytes, name: str = "") -> str:
    """A list as saved by whatever tool sent it: UTF-8 (with or without BOM) or Windows-1252.
    A photo or a recording chosen by mistake is refused, saying what it is."""
    refuse_if_not_text(raw, name)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def match_release_list(text: str) -> dict[str, list[dict[str, Any]]]:
    """Sort each person a statement names: said to be released into matched, ambiguous or
    unmatched; said to be still held, transferred or named in another role (a lawyer, a
    relative, an official, a speaker, a signatory) into not_released, with `status` and `role`;
    said in words that leave it unsure into unclear. Lines that name nobody go to not_names.
    Every entry keeps its line, the sentence (or list line) that names the person and the
    words that decided (`cues`); a person named twice in one line (a name and a cédula) is
    one entry."""
    held = NameMatcher(_people(held=True))
    others: NameMatcher | None = None
    result: dict[str, list[dict[str, Any]]] = {"matched": [], "ambiguous": [], "unmatched": [], "not_released": [],
                                               "unclear": [], "not_names": []}
    reading = read_release_statement(text)
    reported: set[int] = set()
    for mention in reading.mentions:
        written = " ".join(part for part in (mention.text, str(mention.national_id or "")) if part)
        entry: dict[str, Any] = {"line": mention.line, "text": written, "sentence": mention.sentence,
                                 "line_text": mention.sentence, "status": mention.status, "role": mention.role,
                                 "cues": mention.cues}
        found = held.match(mention.text, mention.national_id)
        if mention.in_prose and mention.status != OTHER_ROLE and found.outcome != "matched" \
                and not _looks_like_a_person(mention.text):
            continue                           # "Unidad de Alguacilazgo": capitalised, not a person
        reported.add(mention.line)
        if mention.status != RELEASED:
            entry.update({"case_id": None, **_who(found)})
            result["unclear" if mention.status == UNCLEAR else "not_released"].append(entry)
        elif found.outcome == "matched":
            if any(item["line"] == mention.line and item["case_id"] == found.key for item in result["matched"]):
                continue                       # the same person again in the same line
            result["matched"].append({**entry, "case_id": found.key, "name": " ".join(found.name.split()),
                                      "score": found.score, "by": found.how,
                                      "partial": found.how == "partial name" or mention.surnames_borrowed})
        elif found.outcome == "ambiguous":
            result["ambiguous"].append({**entry, **_who(found)})
        else:
            others = others or NameMatcher(_people(held=False))
            known = others.match(mention.text, mention.national_id)
            if known.outcome == "matched":
                entry["note"] = f"in the vault but not held: {known.name.strip()}"
                entry["note_es"] = f"en la bóveda pero no detenido/a: {known.name.strip()}"
            result["unmatched"].append(entry)
    lines = text.splitlines()
    for number, line, reason in reading.not_names:
        result["not_names"].append({"line": number, "text": line, "reason": reason})
    for number in {mention.line for mention in reading.mentions} - reported:
        result["not_names"].append({"line": number, "text": lines[number - 1].strip(), "reason": "text that names nobody"})
    for bucket in result.values():
        bucket.sort(key=lambda item: item["line"])
    return result


def _who(found: Match) -> dict[str, Any]:
    """The case a name fits (or the candidates, and why there are several)."""
    if found.outcome == "matched":
        return {"case_id": found.key, "name": " ".join(found.name.split()), "by": found.how}
    if found.outcome == "ambiguous":
        english, spanish = AMBIGUOUS_REASONS.get(found.reason, ("", ""))
        return {"reason": english, "reason_es": spanish, "candidates": [
            {"case_id": key, "name": " ".join(person.split()), "score": score} for key, person, score in found.candidates]}
    return {"case_id": None}


def _looks_like_a_person(name: str) -> bool:
    """In prose, a capitalised phrase that matches nobody is reported only when it reads as a
    person's name (a common given name in it), not an institution or a place."""
    return any(is_given_name(word) for word in fold(name).split())


def create_release_claims(vault: Vault, matched: list[dict[str, Any]], released_on: date | None, *,
                          source: str) -> list[str]:
    """A `reported` release claim for each matched line, with the list as its source."""
    return [report_claim(vault, item["case_id"], ClaimKind.RELEASE, released_on,
                         claim=f"Aparece en la lista: {item['text']}", reported_by=source,
                         reported_where=f"línea {item['line']}")
            for item in matched]
