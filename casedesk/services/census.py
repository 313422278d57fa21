"""How many people are held for political reasons on a date, and who entered and left the list.

Computed from the timelines with the same rule as `status_on` (the latest status-setting
event on or before the date; on the same day, the one entered last), in one SQL pass, so
"863 as of 29 December 2025" always has one reproducible answer. People are counted, not
cases: someone arrested twice counts once, by their latest case with a status on that date.
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from casedesk.domain.vocabulary import HELD_STATUSES, Status
from casedesk.storage.models import database

_MONTH_BUCKETS = ((3, "0-3"), (6, "3-6"), (12, "6-12"), (24, "12-24"), (60, "24-60"))

# Each person's deciding status on the date: per case, the latest status-setting event; per
# person, the case whose deciding event is latest.
_STATUS_ON = """
WITH deciding AS (
    SELECT e.case_id, e.status, e.date, e.id, e.kind,
           row_number() OVER (PARTITION BY e.case_id ORDER BY e.date DESC, e.id DESC) AS nth
    FROM event e WHERE e.status IS NOT NULL AND e.date <= ?
), per_case AS (
    SELECT c.person_id, c.id AS case_id, c.uuid, d.status, d.date AS since, d.kind, c.arrest_date,
           c.facility_id, c.agency_id,
           row_number() OVER (PARTITION BY c.person_id ORDER BY d.date DESC, d.id DESC) AS nth
    FROM deciding d JOIN detention_case c ON c.id = d.case_id WHERE d.nth = 1
)
SELECT pc.uuid, p.uuid, p.given_names || ' ' || p.surnames, p.national_id, p.sex, p.civilian_military,
       p.nationality, pc.status, pc.since, pc.kind, pc.arrest_date, f.name, a.name
FROM per_case pc JOIN person p ON p.id = pc.person_id
LEFT JOIN facility f ON f.id = pc.facility_id LEFT JOIN agency a ON a.id = pc.agency_id
WHERE pc.nth = 1
"""


@dataclass(frozen=True)
class PersonOnDate:
    case_id: str
    person_id: str
    name: str
    national_id: str | None
    sex: str
    civilian_military: str
    nationality: str
    status: str
    since: str
    event_kind: str
    arrest_date: str | None
    facility: str | None
    agency: str | None

    @property
    def held(self) -> bool:
        return self.status in HELD_STATUSES

    @property
    def foreign(self) -> bool:
        national = self.nationality.strip().lower() in ("", "venezuela", "venezolano", "venezolana")
        return (self.national_id or "").startswith("E-") or not national


def people_on(on: date) -> dict[str, PersonOnDate]:
    """Everyone with a status on `on`, by person id."""
    return {row[1]: PersonOnDate(*row) for row in database.execute_sql(_STATUS_ON, (on.isoformat(),))}


@dataclass
class Census:
    as_of: date
    held: list[PersonOnDate]
    by_status: dict[str, int]
    entered: list[dict[str, Any]] = field(default_factory=list)
    left: list[dict[str, Any]] = field(default_factory=list)
    since: date | None = None

    def to_json(self) -> dict[str, Any]:
        def count(key) -> dict[str, int]:
            return dict(sorted(Counter(key(p) or "—" for p in self.held).items()))
        data = {
            "as_of": self.as_of.isoformat(),
            "held": len(self.held),
            "by_status": self.by_status,
            "by_sex": count(lambda p: p.sex),
            "by_civilian_military": count(lambda p: p.civilian_military),
            "by_nationality": count(lambda p: p.nationality),
            "by_facility": count(lambda p: p.facility),
            "by_agency": count(lambda p: p.agency),
            "by_months_held": count(lambda p: _months_bucket(p.arrest_date, self.as_of)),
            "foreigners_held": sum(p.foreign for p in self.held),
            "military_held": sum(p.civilian_military == "military" for p in self.held),
        }
        if self.since is not None:
            data.update(since=self.since.isoformat(), entered=self.entered, left=self.left)
        return data


def census_as_of(as_of: date, since: date | None = None) -> Census:
    """The census on `as_of`; with `since`, who entered and who left the list in between."""
    now = people_on(as_of)
    held = sorted((p for p in now.values() if p.held), key=lambda p: p.name)
    by_status = {status.value: 0 for status in Status}
    by_status.update(Counter(p.status for p in now.values()))
    census = Census(as_of, held, by_status, since=since)
    if since is not None:
        before = people_on(since)
        held_before = {pid for pid, p in before.items() if p.held}
        held_now = {p.person_id for p in held}
        census.entered = [_change(now[pid]) for pid in sorted(held_now - held_before, key=lambda i: now[i].name)]
        census.left = [_change(now[pid]) for pid in sorted(held_before - held_now, key=lambda i: now[i].name)]
    return census


def _change(person: PersonOnDate) -> dict[str, Any]:
    """Who, and why: the event that put them on or took them off the list."""
    return {"case_id": person.case_id, "name": person.name, "national_id": person.national_id,
            "status": person.status, "since": person.since, "reason": person.event_kind}


def _months_bucket(arrest_date: str | None, as_of: date) -> str | None:
    if not arrest_date:
        return None
    arrested = date.fromisoformat(arrest_date)
    months = (as_of.year - arrested.year) * 12 + as_of.month - arrested.month
    return next((label for limit, label in _MONTH_BUCKETS if months < limit), "60+")


def write_census_csv(census: Census, target: Path) -> None:
    """The people held on the date, UTF-8 with BOM so spreadsheet programs keep the accents."""
    with open(target, "x", newline="", encoding="utf-8-sig") as out:
        writer = csv.writer(out)
        writer.writerow(["name", "national_id", "status", "since", "facility", "agency", "arrest_date", "case_id"])
        for p in census.held:
            writer.writerow([p.name, p.national_id or "", p.status, p.since, p.facility or "", p.agency or "",
                             p.arrest_date or "", p.case_id])
