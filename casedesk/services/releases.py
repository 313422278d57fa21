"""Announced releases: match a communiqué's names to the cases of people still held.

Lists arrive as press notes or messages: numbered or bulleted, names in any case and order,
two people on a line, ranks before names and remarks after them, sometimes only a cédula.
`casedesk.lists.releases` reads each line; here each person it names is matched against the
people held today: matched (one case, sure: by ID, by the whole name, or by part of a name
that fits exactly one person, marked partial), ambiguous (candidates to choose from) or
unmatched (nobody held by that name; the vault may still know them, released). Lines that
name nobody (headings, sources) are reported apart from names that match nobody.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from casedesk.domain.vocabulary import HELD_STATUSES, ClaimKind
from casedesk.domain.normalize import is_given_name
from casedesk.domain.text import fold
from casedesk.lists.prose import is_prose, read_statement
from casedesk.lists.releases import NameMatcher, read_release_lines
from casedesk.services.verification import report_claim
from casedesk.storage.models import database
from casedesk.storage.vault import Vault


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


def read_list_file(raw: bytes) -> str:
    """A list as saved by whatever tool sent it: UTF-8 (with or without BOM) or Windows-1252."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def match_release_list(text: str) -> dict[str, list[dict[str, Any]]]:
    """Sort each person a communiqué names into matched, ambiguous or unmatched; the people a
    statement in prose names in another role (a lawyer, a relative, an official, a speaker,
    someone still held) into not_released; and the lines that name nobody into not_names.
    A line of running text is read as prose, a list entry as a list."""
    held = NameMatcher(_people(held=True))
    others: NameMatcher | None = None
    result: dict[str, list[dict[str, Any]]] = {"matched": [], "ambiguous": [], "unmatched": [], "not_released": [],
                                               "not_names": []}

    def place(entry: dict[str, Any], name: str, national_id, borrowed: bool, strict: bool) -> None:
        nonlocal others
        found = held.match(name, national_id)
        if found.outcome == "matched":
            result["matched"].append({**entry, "case_id": found.key, "name": " ".join(found.name.split()),
                                      "score": found.score, "by": found.how,
                                      "partial": found.how == "partial name" or borrowed})
        elif found.outcome == "ambiguous":
            result["ambiguous"].append({**entry, "candidates": [
                {"case_id": key, "name": " ".join(person.split()), "score": score}
                for key, person, score in found.candidates]})
        elif not strict or _looks_like_a_person(name):
            others = others or NameMatcher(_people(held=False))
            known = others.match(name, national_id)
            if known.outcome == "matched":
                entry["note"] = f"in the vault but not held: {known.name.strip()}"
                entry["note_es"] = f"en la bóveda pero no detenido/a: {known.name.strip()}"
            result["unmatched"].append(entry)

    lines = text.splitlines()
    prose_lines = {number for number, line in enumerate(lines, start=1) if is_prose(line)}
    if prose_lines:
        mentions = read_statement("\n".join(line if number in prose_lines else "" for number, line in enumerate(lines, 1)))
        for number in sorted(prose_lines - {mention.line for mention in mentions}):
            result["not_names"].append({"line": number, "text": lines[number - 1].strip(), "reason": "text that names nobody"})
        for mention in mentions:
            entry = {"line": mention.line, "text": mention.text, "sentence": mention.sentence,
                     "line_text": mention.sentence}
            if mention.role:
                found = held.match(mention.text)
                result["not_released"].append({**entry, "role": mention.role, "case_id": found.key
                                               if found.outcome == "matched" else None})
                continue
            place(entry, mention.text, None, mention.surnames_borrowed, strict=True)
    for line in read_release_lines(text):
        if line.number in prose_lines:
            continue
        if not line.mentions:
            result["not_names"].append({"line": line.number, "text": line.raw, "reason": line.not_a_name})
            continue
        for mention in line.mentions:
            written = " ".join(part for part in (mention.text, str(mention.national_id or "")) if part)
            place({"line": line.number, "text": written, "line_text": line.raw}, mention.text, mention.national_id,
                  mention.surnames_borrowed, strict=False)
    for bucket in ("matched", "ambiguous", "unmatched", "not_released", "not_names"):
        result[bucket].sort(key=lambda item: item["line"])
    return result


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
