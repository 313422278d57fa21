"""How many people are held for political reasons on a date, and who entered and left the list.

Computed from the timelines with the same rule as `status_on` (the latest status-setting
event on or before the date; on the same day, the one entered last), so "863 as of
29 December 2025" always has one reproducible answer. People are counted, not cases:
someone arrested twice counts once, by their latest case with a status on that date.

The work stays in SQLite: a temporary in-memory table of each person's deciding event
(read through a covering index, no sort), then grouped counts. Building Python objects
for 100k people cost 2 s a date; this costs about half a second.
"""

from __future__ import annotations

import csv
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Iterator

from casedesk.domain.errors import InvalidInput
from casedesk.domain.list_values import is_foreign_nationality, words_of
from casedesk.domain.vocabulary import HELD_STATUSES, Stage, Status
from casedesk.storage.audit import AuditTrail, chain_head, recording
from casedesk.storage.models import database
from casedesk.storage.vault import Vault

_HELD_CODES = frozenset(status.value for status in HELD_STATUSES)
_HELD = "(" + ", ".join(f"'{code}'" for code in sorted(_HELD_CODES)) + ")"
_MONTHS_HELD = """CASE
    WHEN c.arrest_date IS NULL THEN NULL
    ELSE (CAST(strftime('%Y', :as_of) AS INTEGER) - CAST(strftime('%Y', c.arrest_date) AS INTEGER)) * 12
         + CAST(strftime('%m', :as_of) AS INTEGER) - CAST(strftime('%m', c.arrest_date) AS INTEGER) END"""
MAX_CHART_MONTHS = 240
_MONTH_BUCKETS = ((3, "0-3"), (6, "3-6"), (12, "6-12"), (24, "12-24"), (60, "24-60"))


@contextmanager
def _statuses_on(on: date, name: str) -> Iterator[str]:
    """A temporary table `name` of (person_id, case_id, status, kind, since) on `on`, and
    `name`_stages of (case_id, stage) by the same rule over the events that set a stage.

    SQLite returns the other columns of the row where max() is reached, so `max(key)` per
    case picks its latest status-setting event, and per person the case decided last.
    """
    for table in (f"{name}_cases", name, f"{name}_stages"):
        database.execute_sql(f"DROP TABLE IF EXISTS temp.{table}")
    database.execute_sql(
        f"CREATE TEMP TABLE {name}_cases AS SELECT case_id, status, kind, date AS since, "
        "max(date || ':' || printf('%012d', id)) AS decided FROM event INDEXED BY event_status "
        "WHERE status IS NOT NULL AND date <= ? GROUP BY case_id", (on.isoformat(),))
    database.execute_sql(
        f"CREATE TEMP TABLE {name} AS SELECT c.person_id, s.case_id, s.status, s.kind, s.since, "
        f"max(s.decided) AS decided FROM {name}_cases s JOIN detention_case c ON c.id = s.case_id "
        "GROUP BY c.person_id")
    database.execute_sql(
        f"CREATE TEMP TABLE {name}_stages AS SELECT case_id, stage, max(date || ':' || printf('%012d', id)) AS decided "
        "FROM event INDEXED BY event_stage WHERE stage IS NOT NULL AND date <= ? GROUP BY case_id", (on.isoformat(),))
    try:
        yield name
    finally:
        for table in (f"{name}_cases", name, f"{name}_stages"):
            database.execute_sql(f"DROP TABLE IF EXISTS temp.{table}")


def people_on(on: date) -> dict[str, str]:
    """Each person's status on `on` (person uuid -> status), for everyone who had one."""
    with database.atomic(), _statuses_on(on, "census_people") as table:
        return dict(database.execute_sql(
            f"SELECT p.uuid, t.status FROM {table} t JOIN person p ON p.id = t.person_id"))


@dataclass
class Census:
    as_of: date
    held: int
    by_status: dict[str, int]
    breakdowns: dict[str, dict[str, int]]
    foreigners_held: int
    military_held: int
    coverage: dict[str, int] = field(default_factory=dict)
    dual_nationals_held: int = 0
    since: date | None = None
    entered: list[dict[str, Any]] = field(default_factory=list)
    left: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        data = {"as_of": self.as_of.isoformat(), "held": self.held, "by_status": self.by_status,
                **self.breakdowns, "foreigners_held": self.foreigners_held,
                "dual_nationals_held": self.dual_nationals_held, "military_held": self.military_held,
                "unknown": self.coverage}
        if self.since is not None:
            data.update(since=self.since.isoformat(), entered=self.entered, left=self.left)
        return data


def census_as_of(as_of: date, since: date | None = None) -> Census:
    """The census on `as_of`; with `since`, who entered and who left the list in between."""
    with database.atomic(), _statuses_on(as_of, "census_now") as now:
        by_status = {status.value: 0 for status in Status}
        by_status.update(dict(database.execute_sql(f"SELECT status, count(*) FROM {now} GROUP BY status")))
        groups = database.execute_sql(
            f"SELECT p.sex, p.civilian_military, p.nationality, substr(coalesce(p.national_id, ''), 1, 2), "
            f"f.name, a.name, {_MONTHS_HELD} AS months, coalesce(st.stage, 'unknown'), "
            f"coalesce(nullif(c.arrest_state, ''), f.state, ''), count(*) "
            f"FROM {now} h JOIN person p ON p.id = h.person_id JOIN detention_case c ON c.id = h.case_id "
            f"LEFT JOIN facility f ON f.id = c.facility_id LEFT JOIN agency a ON a.id = c.agency_id "
            f"LEFT JOIN {now}_stages st ON st.case_id = h.case_id "
            f"WHERE h.status IN {_HELD} GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9", {"as_of": as_of.isoformat()}).fetchall()
        counters = {name: Counter() for name in ("by_sex", "by_civilian_military", "by_nationality", "by_stage",
                                                 "by_state", "by_facility", "by_agency", "by_months_held")}
        coverage = dict.fromkeys(("nationality", "sex", "civilian_military", "stage"), 0)
        foreigners = dual = military = held = 0
        for sex, service, nationality, id_kind, facility, agency, months, stage, state, count in groups:
            held += count
            # Foreign: another country and not Venezuela; both (a V- cédula, or both written): a dual national.
            venezuelan = id_kind == "V-" or any(words_of(part) in ("venezuela", "venezolano", "venezolana", "ven")
                                                 for part in (nationality or "").split("/"))
            other = id_kind == "E-" or is_foreign_nationality(nationality or "")
            shown = nationality or {"V-": "Venezuela", "E-": "(cédula E)"}.get(id_kind, "")
            for name, value in (("by_sex", sex), ("by_civilian_military", service), ("by_nationality", shown),
                                ("by_stage", stage), ("by_state", state), ("by_facility", facility),
                                ("by_agency", agency), ("by_months_held", _months_bucket(months))):
                counters[name][value or "—"] += count
            foreigners += count if other and not venezuelan else 0
            dual += count if other and venezuelan else 0
            military += count if service == "military" else 0
            # Unknown: nothing recorded says it (a V- or E- cédula tells the nationality).
            coverage["nationality"] += count if not (nationality or "").strip() and id_kind not in ("V-", "E-") else 0
            coverage["sex"] += count if sex == "unknown" else 0
            coverage["civilian_military"] += count if service == "unknown" else 0
            coverage["stage"] += count if stage == Stage.UNKNOWN.value else 0
        census = Census(as_of, held, by_status, {name: dict(sorted(c.items())) for name, c in counters.items()},
                        foreigners, military, coverage, since=since, dual_nationals_held=dual)
        if since is not None:
            with _statuses_on(since, "census_before") as before:
                census.entered = _changes(now, f"h.status IN {_HELD} AND h.person_id NOT IN "
                                               f"(SELECT person_id FROM {before} WHERE status IN {_HELD})")
                census.left = _changes(now, f"h.status NOT IN {_HELD} AND h.person_id IN "
                                            f"(SELECT person_id FROM {before} WHERE status IN {_HELD})")
    return census


def _changes(table: str, condition: str) -> list[dict[str, Any]]:
    """Who, and why: the event that put them on or took them off the list."""
    rows = database.execute_sql(
        f"SELECT c.uuid, p.given_names || ' ' || p.surnames, p.national_id, h.status, h.since, h.kind "
        f"FROM {table} h JOIN person p ON p.id = h.person_id JOIN detention_case c ON c.id = h.case_id "
        f"WHERE {condition} ORDER BY p.sort_key")
    return [dict(zip(("case_id", "name", "national_id", "status", "since", "reason"), row)) for row in rows]


def _months_bucket(months: int | None) -> str | None:
    if months is None:
        return None
    return next((label for limit, label in _MONTH_BUCKETS if months < limit), "60+")


def write_census_csv(as_of: date, target: Path) -> int:
    """The people held on the date, UTF-8 with BOM so spreadsheet programs keep the accents.
    Returns how many were written."""
    if target.exists():
        raise InvalidInput(f"{target} already exists; choose another name.",
                           f"{target} ya existe; elija otro nombre.")
    with database.atomic(), _statuses_on(as_of, "census_list") as table, \
            open(target, "x", newline="", encoding="utf-8-sig") as out:
        writer = csv.writer(out)
        writer.writerow(["name", "national_id", "status", "since", "stage", "sex", "nationality", "civilian_military",
                         "state", "facility", "agency", "arrest_date", "case_id"])
        rows = database.execute_sql(
            f"SELECT p.given_names || ' ' || p.surnames, coalesce(p.national_id, ''), h.status, h.since, "
            f"coalesce(st.stage, 'unknown'), p.sex, CASE WHEN trim(p.nationality) != '' THEN p.nationality "
            f"WHEN p.national_id LIKE 'V-%' THEN 'Venezuela' WHEN p.national_id LIKE 'E-%' THEN 'E' ELSE 'unknown' END, "
            f"p.civilian_military, coalesce(nullif(c.arrest_state, ''), f.state, ''), "
            f"coalesce(f.name, ''), coalesce(a.name, ''), coalesce(c.arrest_date, ''), c.uuid "
            f"FROM {table} h JOIN person p ON p.id = h.person_id JOIN detention_case c ON c.id = h.case_id "
            f"LEFT JOIN facility f ON f.id = c.facility_id LEFT JOIN agency a ON a.id = c.agency_id "
            f"LEFT JOIN {table}_stages st ON st.case_id = h.case_id "
            f"WHERE h.status IN {_HELD} ORDER BY p.sort_key").fetchall()
        writer.writerows(rows)
    return len(rows)


def held_counts(days: list[date]) -> dict[date, int]:
    """How many people were held on each of `days`, in one pass over the timelines.

    The same rule as `census_as_of` (a person's deciding event is their latest status-setting
    event on or before the day, across all their cases), swept in date order: one read of
    the status events instead of one census per day, so a ten-year monthly chart costs
    about what a single census does.
    """
    if not days:
        return {}
    ordered = sorted(set(days))
    ordered_iso = [day.isoformat() for day in ordered]
    held_now: set[int] = set()
    counts: dict[date, int] = {}
    position = 0
    rows = database.execute_sql(
        "SELECT c.person_id, e.date, e.status FROM event e INDEXED BY event_status "
        "JOIN detention_case c ON c.id = e.case_id WHERE e.status IS NOT NULL AND e.date <= ? "
        "ORDER BY e.date, e.id", (ordered_iso[-1],))
    for person_id, day, status in rows:
        while position < len(ordered) and day > ordered_iso[position]:
            counts[ordered[position]] = len(held_now)
            position += 1
        if status in _HELD_CODES:
            held_now.add(person_id)
        else:
            held_now.discard(person_id)
    for remaining in ordered[position:]:
        counts[remaining] = len(held_now)
    return counts


def month_ends(first: date, last: date) -> list[date]:
    """The last day of every month from `first`'s month up to `last` (which ends the list)."""
    ends = []
    year, month = first.year, first.month
    while True:
        following = date(year + month // 12, month % 12 + 1, 1)
        end = following - timedelta(days=1)
        if end >= last:
            break
        ends.append(end)
        year, month = following.year, following.month
    return ends + [last]


def _chart_days(until: date, months: int | None) -> list[date]:
    """Month ends up to `until` (the last point): the last `months` months, or from the first
    recorded event (twenty years at most)."""
    if months is None:
        first = database.execute_sql("SELECT min(date) FROM event WHERE status IS NOT NULL").fetchone()[0]
        first_day = date.fromisoformat(first) if first and first <= until.isoformat() else until
        months = min(MAX_CHART_MONTHS, (until.year - first_day.year) * 12 + until.month - first_day.month + 1)
    total = until.year * 12 + until.month - 1 - (months - 1)
    return month_ends(date(total // 12, total % 12 + 1, 1), until)


def held_over_time(until: date, *, months: int | None = None) -> list[tuple[date, int]]:
    """The held count at the end of each month up to `until` (the last point), over the last
    `months` months, or from the first recorded event (twenty years at most)."""
    days = _chart_days(until, months)
    with database.atomic():
        counts = held_counts(days)
    return [(day, counts[day]) for day in days]


@dataclass
class Overview:
    """The dashboard's figures: people held today and 30 days ago, month by month, and by
    status and facility (with the facility's uuid, so a click can filter the case list)."""

    today: date
    held: int
    held_30_days_ago: int
    series: list[tuple[date, int]]
    by_status: dict[str, int]
    by_facility: list[tuple[str | None, str | None, int]]


def overview(today: date, *, months: int = 24, facilities: int = 12) -> Overview:
    """What the dashboard shows, in one read of the timelines and one census table."""
    with database.atomic():
        with _statuses_on(today, "overview") as table:
            by_status = {status.value: 0 for status in Status}
            by_status.update(dict(database.execute_sql(f"SELECT status, count(*) FROM {table} GROUP BY status")))
            by_facility = [tuple(row) for row in database.execute_sql(
                f"SELECT f.uuid, f.name, count(*) AS held FROM {table} h "
                f"JOIN detention_case c ON c.id = h.case_id LEFT JOIN facility f ON f.id = c.facility_id "
                f"WHERE h.status IN {_HELD} GROUP BY c.facility_id ORDER BY held DESC, f.name IS NULL, f.name LIMIT ?",
                (facilities,))]
        month_before = today - timedelta(days=30)
        days = _chart_days(today, months)
        counts = held_counts(days + [month_before])          # one sweep for the chart and the change
    return Overview(today, sum(by_status[code] for code in _HELD_CODES), counts[month_before],
                    [(day, counts[day]) for day in days], by_status, by_facility)


def make_census_pdf(vault: Vault, as_of: date, *, since: date | None = None, language: str = "es",
                    password: str | None = None) -> bytes:
    """The census report as PDF bytes (AES-256 with `password`); the export is audited."""
    from casedesk.reports.census import build_census
    from casedesk.services.dossiers import protect, vault_fingerprint
    from casedesk.services.letterhead import letterhead_for_documents
    census = census_as_of(as_of, since)
    series = held_over_time(as_of)
    pdf = build_census(census.to_json(), series, language=language, vault_fingerprint=vault_fingerprint(vault),
                       audit_head=chain_head(), generated_at=datetime.now().astimezone(),
                       letterhead=letterhead_for_documents())
    with recording():
        AuditTrail(vault.actor).write("export", "census", vault.header.vault_id,
                                      {"as_of": [None, as_of.isoformat()],
                                       "since": [None, since.isoformat() if since else None],
                                       "language": [None, language], "password": [None, password is not None]})
    return protect(pdf, password) if password else pdf


def save_census_pdf(vault: Vault, as_of: date, target: Path, **options: Any) -> None:
    """Write the census report to `target`, whole or not at all."""
    from casedesk.services.dossiers import write_export
    write_export(Path(target), make_census_pdf(vault, as_of, **options))
