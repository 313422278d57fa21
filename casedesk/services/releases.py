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
    """Sort each person a communiqué names into matched, ambiguous or unmatched, and the lines
    that name nobody into not_names."""
    held = NameMatcher(_people(held=True))
    others: NameMatcher | None = None
    result: dict[str, list[dict[str, Any]]] = {"matched": [], "ambiguous": [], "unmatched": [], "not_names": []}
    for line in read_release_lines(text):
        if not line.mentions:
            result["not_names"].append({"line": line.number, "text": line.raw, "reason": line.not_a_name})
            continue
        for mention in line.mentions:
            written = " ".join(part for part in (mention.text, str(mention.national_id or "")) if part)
            entry = {"line": line.number, "text": written, "line_text": line.raw}
            found = held.match(mention.text, mention.national_id)
            if found.outcome == "matched":
                result["matched"].append({**entry, "case_id": found.key, "name": " ".join(found.name.split()),
                                          "score": found.score, "by": found.how,
                                          "partial": found.how == "partial name" or mention.surnames_borrowed})
            elif found.outcome == "ambiguous":
                result["ambiguous"].append({**entry, "candidates": [
                    {"case_id": key, "name": " ".join(name.split()), "score": score}
                    for key, name, score in found.candidates]})
            else:
                others = others or NameMatcher(_people(held=False))
                known = others.match(mention.text, mention.national_id)
                if known.outcome == "matched":
                    entry["note"] = f"in the vault but not held: {known.name.strip()}"
                    entry["note_es"] = f"en la bóveda pero no detenido/a: {known.name.strip()}"
                result["unmatched"].append(entry)
    return result


def create_release_claims(vault: Vault, matched: list[dict[str, Any]], released_on: date | None, *,
                          source: str) -> list[str]:
    """A `reported` release claim for each matched line, with the list as its source."""
    return [report_claim(vault, item["case_id"], ClaimKind.RELEASE, released_on,
                         claim=f"Aparece en la lista: {item['text']}", reported_by=source,
                         reported_where=f"línea {item['line']}")
            for item in matched]
