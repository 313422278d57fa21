"""How many people are held for political reasons on a date, and who entered and left the list.

Computed from the timelines with the same rule as `status_on` (the latest status-setting
event on or before the date; on the same day, the one entered last), so "863 as of
29 December 2025" always has one reproducible answer. People are counted, not cases:
someone arrested twice counts once, by their latest case with a status on that date.

The work stays in SQLite: a temporary in-memory table of each person's deciding event
(read through covering indexes, no sort), the timelines of the few whose whereabouts were
ever unknown, for the days of forced disappearance, then one read of the people held, each
column arriving as one JSON array, counted in Python (stage, minors, health, state, sex,
civilian/military, country…). Building Python objects for 100k people cost 2 s a date, and a
tuple per person half of that; grouping by every breakdown in SQLite cost several times more
than this does. The people held beyond the preventive-detention limit are the deadlines'
figure (`deadlines.held_beyond_preventive_limit`), from the statuses the census has made.
Every figure carries how many people it could not say (`Census.coverage`), and the press
paragraph (`press_summary`) and the open data (`open_data`) follow the same rules.
"""

from __future__ import annotations

import bisect
import json
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Iterator

from casedesk.domain.errors import InvalidInput
from casedesk.domain.list_values import is_foreign_nationality, read_nationality, words_of
from casedesk.domain.timeline import TimelineEntry, days_whereabouts_unknown
from casedesk.domain.vocabulary import HELD_STATUSES, Health, Stage, Status
from casedesk.services.spreadsheet_out import csv_bytes, write_csv
from casedesk.storage.audit import AuditTrail, chain_head, recording
from casedesk.storage.models import database
from casedesk.storage.vault import Vault

_HELD_CODES = frozenset(status.value for status in HELD_STATUSES)
_HELD = "(" + ", ".join(f"'{code}'" for code in sorted(_HELD_CODES)) + ")"
# Dates are stored as ISO text, so the comparisons below are string work: SQLite's date
# functions parse every value and cost more than the rest of the census.
MAX_CHART_MONTHS = 240
_MONTH_BUCKETS = ((3, "0-3"), (6, "3-6"), (12, "6-12"), (24, "12-24"), (60, "24-60"))
#: Days of forced disappearance (of the spell going on at the census date), for the breakdown.
DAY_BUCKETS = ((8, "0-7"), (31, "8-30"), (91, "31-90"), (366, "91-365"))
LONGEST_DAY_BUCKET = "365+"

# Under 18 on the arrest date. The birth date may be known only to the month or the year, or be
# an estimate (from an age a list gave: within a year either way); the arrest may be known only
# to the month or the year. A minor for certain: the earliest possible 18th birthday falls after
# the latest possible arrest day; an adult for certain: the latest possible 18th birthday falls
# on or before the earliest. Anything between is unknown, and counted as such, never guessed.
# (An ISO date with its year moved on is a string; "2026-02-29" sorts between the 28th and
# 1 March, so someone born on 29 February turns 18 on 1 March, as the rule below wants.)
_YEAR = "CAST(substr(p.birth_date, 1, 4) AS INTEGER)"
_EARLIEST_18TH = (f"printf('%04d', {_YEAR} + CASE p.birth_date_precision WHEN 'estimated' THEN 17 ELSE 18 END) "
                  f"|| substr(p.birth_date, 5)")
_LATEST_18TH = (f"printf('%04d', {_YEAR} + CASE p.birth_date_precision WHEN 'estimated' THEN 19 ELSE 18 END) "
                f"|| CASE p.birth_date_precision WHEN 'month' THEN substr(p.birth_date, 5, 3) || '-31' "
                f"WHEN 'year' THEN '-12-31' ELSE substr(p.birth_date, 5) END")
_LATEST_ARREST = ("CASE c.arrest_date_precision WHEN 'month' THEN substr(c.arrest_date, 1, 7) || '-31' "
                  "WHEN 'year' THEN substr(c.arrest_date, 1, 4) || '-12-31' ELSE c.arrest_date END")
# Most people were arrested 20 years or more after the year they were born: adults for certain
# by the rule below, told by the years alone (CAST reads a date's leading year), which spares
# building the birthday strings for them (a third of the census's reading of the people held).
MINOR_SQL = f"""CASE WHEN c.minor_at_arrest = 1 THEN 'minor'
    WHEN p.birth_date IS NULL OR c.arrest_date IS NULL THEN 'unknown'
    WHEN CAST(c.arrest_date AS INTEGER) - CAST(p.birth_date AS INTEGER) >= 20 THEN 'adult'
    WHEN {_EARLIEST_18TH} > {_LATEST_ARREST} THEN 'minor'
    WHEN {_LATEST_18TH} <= c.arrest_date THEN 'adult'
    ELSE 'unknown' END"""
# Health on the census date: a serious condition counts from the day it was known (always,
# when that day is not recorded); before it, the record says no serious condition was known.
HEALTH_SQL = """CASE WHEN c.health != 'serious' THEN c.health
    WHEN c.health_since IS NULL OR c.health_since <= :as_of THEN 'serious' ELSE 'not_serious' END"""


@contextmanager
def statuses_on(on: date, name: str, *, people: bool = True, cases: bool = False) -> Iterator[str]:
    """Temporary tables of the statuses on `on`, the one way they are computed (the census, the
    comparison of lists and the deadlines read them): `name` of (person_id, case_id, status,
    kind, since, decided), keyed by person, for everyone with a status (left out with
    `people=False`); with `cases=True`, `name`_cases of (case_id, status, kind, since, decided)
    for every case with a status; and `name`_stages of (case_id, stage, decided), the stage by
    the same rule over the events that set one.

    SQLite returns the other columns of the row where max() is reached, so `max(key)` per
    case picks its latest status-setting event, and per person the event decided last across
    their cases (the same as the latest of each case's).
    """
    # Keyed by person and case id (the rowid), the tables are read by lookup. The people's table
    # walks the cases in person order through `case_person` and looks each one's events up in
    # the status index, instead of sorting them; it used to be made from the table of cases,
    # which cost a third of the census and which only the deadlines of an earlier date read.
    tables = (f"{name}_cases", name, f"{name}_stages")
    for table in tables:
        database.execute_sql(f"DROP TABLE IF EXISTS temp.{table}")
    day = (on.isoformat(),)
    if people:
        database.execute_sql(f"CREATE TEMP TABLE {name} (person_id INTEGER PRIMARY KEY, case_id, status, kind, since, "
                             "decided)")
        database.execute_sql(
            f"INSERT INTO {name} SELECT c.person_id, e.case_id, e.status, e.kind, e.date AS since, "
            "max(e.date || ':' || printf('%012d', e.id)) AS decided FROM detention_case c INDEXED BY case_person "
            "JOIN event e INDEXED BY event_status ON e.case_id = c.id WHERE e.status IS NOT NULL AND e.date <= ? "
            "GROUP BY c.person_id", day)
    if cases:
        database.execute_sql(f"CREATE TEMP TABLE {name}_cases (case_id INTEGER PRIMARY KEY, status, kind, since, "
                             "decided)")
        database.execute_sql(
            f"INSERT INTO {name}_cases SELECT case_id, status, kind, date AS since, "
            "max(date || ':' || printf('%012d', id)) AS decided FROM event INDEXED BY event_status "
            "WHERE status IS NOT NULL AND date <= ? GROUP BY case_id", day)
    database.execute_sql(f"CREATE TEMP TABLE {name}_stages (case_id INTEGER PRIMARY KEY, stage, decided)")
    database.execute_sql(
        f"INSERT INTO {name}_stages SELECT case_id, stage, max(date || ':' || printf('%012d', id)) AS decided "
        "FROM event INDEXED BY event_stage WHERE stage IS NOT NULL AND date <= ? GROUP BY case_id", day)
    try:
        yield name
    finally:
        for table in tables:
            database.execute_sql(f"DROP TABLE IF EXISTS temp.{table}")


def people_on(on: date) -> dict[str, str]:
    """Each person's status on `on` (person uuid -> status), for everyone who had one."""
    with database.atomic(), statuses_on(on, "census_people") as table:
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
    minors_held: int = 0
    seriously_ill_held: int = 0
    forced_disappearance: dict[str, Any] = field(default_factory=dict)
    foreigners_by_sex: dict[str, int] = field(default_factory=dict)
    beyond_preventive_detention_limit: int = 0    # people held beyond COPP art. 230's term (services/deadlines.py)

    def to_json(self) -> dict[str, Any]:
        data = {"as_of": self.as_of.isoformat(), "held": self.held, "by_status": self.by_status,
                **self.breakdowns, "foreigners_held": self.foreigners_held,
                "dual_nationals_held": self.dual_nationals_held, "military_held": self.military_held,
                "minors_held": self.minors_held, "seriously_ill_held": self.seriously_ill_held,
                "forced_disappearance": self.forced_disappearance, "foreigners_by_sex": self.foreigners_by_sex,
                "unknown": self.coverage,
                "beyond_preventive_detention_limit": self.beyond_preventive_detention_limit}
        if self.since is not None:
            data.update(since=self.since.isoformat(), entered=self.entered, left=self.left)
        return data

    def summary(self, language: str = "es") -> str:
        """The paragraph the press quotes, every number from this census (see `press_summary`)."""
        return press_summary(self.to_json(), language)


#: The breakdowns of the people held, in the order reports show them.
BREAKDOWNS = ("by_stage", "by_minor", "by_health", "by_whereabouts_unknown_days", "by_state", "by_sex",
              "by_civilian_military", "by_country", "by_nationality", "by_months_held", "by_facility", "by_agency")
#: Not recorded, per breakdown (the key of `Census.coverage`).
COVERAGE_OF = {"by_stage": "stage", "by_minor": "minor", "by_health": "health",
               "by_whereabouts_unknown_days": "forced_disappearance", "by_state": "state", "by_sex": "sex",
               "by_civilian_military": "civilian_military", "by_country": "country", "by_nationality": "nationality"}
FOREIGN_COUNTRY_NOT_RECORDED = "foreign_country_not_recorded"


def census_as_of(as_of: date, since: date | None = None, *, preventive_limit: bool = True) -> Census:
    """The census on `as_of`; with `since`, who entered and who left the list in between.

    `preventive_limit=False` leaves out `Census.beyond_preventive_detention_limit` (0), for a
    caller that does not show it (the PDF report)."""
    from casedesk.services.deadlines import held_beyond_preventive_limit, reads_case_statuses
    today = date.today()
    # For an earlier date the deadlines read each case's status on it: made here with the
    # census's, not again (for today or later they read those cached on the cases).
    for_deadlines = preventive_limit and reads_case_statuses(as_of, today)
    with database.atomic(), statuses_on(as_of, "census_now", cases=for_deadlines) as now:
        census = _count(now, as_of)
        census.since = since
        if preventive_limit:
            census.beyond_preventive_detention_limit = held_beyond_preventive_limit(
                as_of, today, statuses=now if for_deadlines else None)
        if since is not None:
            with statuses_on(since, "census_before") as before:
                census.entered = _changes(now, f"h.status IN {_HELD} AND h.person_id NOT IN "
                                               f"(SELECT person_id FROM {before} WHERE status IN {_HELD})")
                census.left = _changes(now, f"h.status NOT IN {_HELD} AND h.person_id IN "
                                            f"(SELECT person_id FROM {before} WHERE status IN {_HELD})")
    return census


#: What `_count` reads of each person held, one JSON array per column (see `_held_columns`).
_HELD_COLUMNS = {
    "sex": "p.sex", "civilian_military": "p.civilian_military", "nationality": "p.nationality",
    "id_kind": "substr(coalesce(p.national_id, ''), 1, 2)", "facility_id": "c.facility_id",
    "agency_id": "c.agency_id", "arrest_date": "c.arrest_date", "stage": "coalesce(st.stage, 'unknown')",
    "arrest_state": "c.arrest_state", "minor": MINOR_SQL, "health": HEALTH_SQL,
}


def _held_columns(now: str, as_of: date) -> dict[str, list]:
    """The columns of `_HELD_COLUMNS` for every person held on `as_of`, one list per column.

    Each column arrives as one JSON array: the driver's cost is per value returned, and a
    tuple per row of 100k people cost twice the SQL that reads them; json.loads makes the
    same values in C at a fraction of it (and, unlike a separator, no free text can break it)."""
    texts = database.execute_sql(
        "SELECT " + ", ".join(f"json_group_array({column})" for column in _HELD_COLUMNS.values()) +
        f" FROM {now} h JOIN person p ON p.id = h.person_id JOIN detention_case c ON c.id = h.case_id "
        f"LEFT JOIN {now}_stages st ON st.case_id = h.case_id WHERE h.status IN {_HELD}",
        {"as_of": as_of.isoformat()}).fetchone()
    return {name: json.loads(text) for name, text in zip(_HELD_COLUMNS, texts)}


def _count(now: str, as_of: date) -> Census:
    """Every figure of the census from the table of statuses on `as_of` (see `statuses_on`).

    One read of the people held (`_held_columns`), counted column by column in Python, then
    each distinct value (a facility, a nationality, an arrest date) named or bucketed once:
    grouping by a dozen columns in SQLite sorted 100k rows and cost several times as much."""
    # Each status counted in one pass (grouping by status sorted 100k rows and took twice as long).
    codes = [status.value for status in Status]
    counts = ", ".join(f"count(*) FILTER (WHERE status = '{code}')" for code in codes)
    by_status = dict(zip(codes, database.execute_sql(f"SELECT {counts} FROM {now}").fetchone()))
    # Before the people are read: the timelines come from the status index `statuses_on` has just
    # decrypted, which reading 100k people and cases pushes out of the page cache.
    spells = _disappearances(now, as_of)
    columns = _held_columns(now, as_of)
    sexes, services = columns["sex"], columns["civilian_military"]
    held = len(sexes)
    facilities = {row[0]: (row[1], row[2]) for row in database.execute_sql("SELECT id, name, state FROM facility")}
    agencies = dict(database.execute_sql("SELECT id, name FROM agency").fetchall())
    counters = {"by_sex": Counter(), "by_civilian_military": Counter(services),
                "by_stage": Counter(columns["stage"]), "by_minor": Counter(columns["minor"]),
                "by_health": Counter(columns["health"]),
                "by_facility": Counter(), "by_agency": Counter(), "by_months_held": Counter(), "by_state": Counter(),
                "by_nationality": Counter(), "by_country": Counter()}
    for agency_id, count in Counter(columns["agency_id"]).items():
        counters["by_agency"][agencies[agency_id] if agency_id else "—"] += count
    for arrested, count in Counter(columns["arrest_date"]).items():
        counters["by_months_held"][_months_bucket(_months_held(arrested, as_of)) or "—"] += count
    # The facility and the sex are counted with the columns they go with (the state, the
    # nationality): one count of 100k values fewer each.
    for (state, facility_id), count in Counter(zip(columns["arrest_state"], columns["facility_id"])).items():
        counters["by_facility"][facilities[facility_id][0] if facility_id else "—"] += count
        counters["by_state"][state or (facilities[facility_id][1] if facility_id else "") or "—"] += count
    foreigners_by_sex: Counter = Counter()
    foreigners = dual = unknown_nationality = unknown_country = 0
    for (nationality, id_kind, sex), count in Counter(zip(columns["nationality"], columns["id_kind"], sexes)).items():
        counters["by_sex"][sex] += count
        # Foreign: another country and not Venezuela; both (a V- cédula, or both written): a dual national.
        venezuelan = id_kind == "V-" or any(words_of(part) in ("venezuela", "venezolano", "venezolana", "ven")
                                             for part in (nationality or "").split("/"))
        other = id_kind == "E-" or is_foreign_nationality(nationality or "")
        shown = nationality or {"V-": "Venezuela", "E-": "(cédula E)"}.get(id_kind, "")
        country = _country(nationality or "", id_kind, other)
        counters["by_nationality"][shown or "—"] += count
        counters["by_country"][country or "—"] += count
        if other and not venezuelan:
            foreigners += count
            foreigners_by_sex[sex] += count
        dual += count if other and venezuelan else 0
        # Unknown: nothing recorded says it (a V- or E- cédula tells the nationality).
        unknown_nationality += count if not (nationality or "").strip() and id_kind not in ("V-", "E-") else 0
        unknown_country += count if country in ("", FOREIGN_COUNTRY_NOT_RECORDED) else 0
    coverage = {"nationality": unknown_nationality, "country": unknown_country,
                "sex": counters["by_sex"]["unknown"], "civilian_military": counters["by_civilian_military"]["unknown"],
                "stage": counters["by_stage"][Stage.UNKNOWN.value], "state": counters["by_state"]["—"],
                "minor": counters["by_minor"]["unknown"], "health": counters["by_health"][Health.UNKNOWN.value],
                "forced_disappearance": 0}
    breakdowns = {name: dict(sorted((value, count) for value, count in c.items() if count))
                  for name, c in counters.items()}
    current = [(as_of - since).days for _, since in spells.values() if since is not None]
    by_days = Counter(_days_bucket(days) for days in current)
    breakdowns["by_whereabouts_unknown_days"] = {label: by_days[label] for _, label in DAY_BUCKETS} | {
        LONGEST_DAY_BUCKET: by_days[LONGEST_DAY_BUCKET]}
    # Whereabouts unknown is a held status: everyone with it on the date is among the people held.
    forced = {"held": by_status[Status.WHEREABOUTS_UNKNOWN.value], "longest_days": max(current, default=0),
              "days_total": sum(days for days, _ in spells.values()),
              "ever_in_this_detention": sum(1 for days, since in spells.values() if days or since is not None)}
    return Census(as_of, held, by_status, breakdowns, foreigners, counters["by_civilian_military"]["military"],
                  coverage, dual_nationals_held=dual, minors_held=counters["by_minor"]["minor"],
                  seriously_ill_held=counters["by_health"][Health.SERIOUS.value], forced_disappearance=forced,
                  foreigners_by_sex=dict(sorted((k, v) for k, v in foreigners_by_sex.items() if v)))


# --- The paragraph the press quotes ----------------------------------------------------------
# (count, singular, plural, zero) for each figure, in each language. Spanish words after the colon
# agree with "personas" where they describe them ("condenadas"); nouns keep their own gender
# ("extranjeros", "extranjeras" when all are women).
_UNKNOWN_PHRASES = {
    "es": {"sex": "el sexo de {n}", "civilian_military": "la condición civil o militar de {n}",
           "nationality": "la nacionalidad de {n}", "stage": "el estado procesal de {n}", "minor": "la edad de {n}",
           "health": "el estado de salud de {n}"},
    "en": {"sex": "the sex of {n}", "civilian_military": "the civilian or military status of {n}",
           "nationality": "the nationality of {n}", "stage": "the procedural stage of {n}", "minor": "the age of {n}",
           "health": "the health of {n}"},
}


def press_summary(data: dict[str, Any], language: str = "es") -> str:
    """The census as one paragraph ready to paste, in Spanish or English, from `Census.to_json()`:
    held, by sex, civilian/military, foreigners, forced disappearance, procedural stage, minors and
    serious illness, then what is not known. Numbers are grouped as the language writes them
    ("1.084" / "1,084"); a figure nobody recorded is left out and said to be unknown, never a zero."""
    from casedesk.reports.common import long_date, number
    spanish = language == "es"
    day = long_date(date.fromisoformat(data["as_of"]), language)
    held, unknown = data["held"], data.get("unknown", {})

    def count(value: int, one: str, many: str, none: str | None = None) -> str:
        if value == 0 and none is not None:
            return none
        return f"{number(value, language)} {one if value == 1 else many}"

    def listing(items: list[str]) -> str:
        joiner = " y " if spanish else " and "
        return items[0] if len(items) == 1 else ", ".join(items[:-1]) + joiner + items[-1]

    def known(name: str) -> bool:
        return unknown.get(name, 0) < held

    if held == 0:
        return (f"Al {day} no hay personas detenidas por motivos políticos." if spanish else
                f"As of {day}, no one is held for political reasons.")
    sex, service, stage = data.get("by_sex", {}), data.get("by_civilian_military", {}), data.get("by_stage", {})
    parts = []
    if known("sex"):
        sexes = [count(sex.get("male", 0), *(("hombre", "hombres") if spanish else ("man", "men"))),
                 count(sex.get("female", 0), *(("mujer", "mujeres") if spanish else ("woman", "women")))]
        if sex.get("other"):
            sexes.append(count(sex["other"], *(("persona de otro sexo", "personas de otro sexo") if spanish else
                                               ("person of another sex", "people of another sex"))))
        parts.append(listing(sexes))
    if known("civilian_military"):
        parts.append(listing([count(service.get("civilian", 0), *(("civil", "civiles") if spanish else
                                                                   ("civilian", "civilians"))),
                              count(service.get("military", 0), *(("militar", "militares") if spanish else
                                                                   ("military", "military")))]))
    if known("nationality"):
        foreigners = data.get("foreigners_held", 0)
        women = data.get("foreigners_by_sex", {}).get("female", 0) == foreigners > 0
        parts.append(count(foreigners, *((("extranjera", "extranjeras") if women else ("extranjero", "extranjeros"))
                                         if spanish else ("foreigner", "foreigners")),
                           "ningún extranjero" if spanish else "no foreigners"))
    parts.append(count(data.get("forced_disappearance", {}).get("held", 0),
                       *(("en desaparición forzada",) * 2 if spanish else ("in forced disappearance",) * 2),
                       "ninguna en desaparición forzada" if spanish else "none in forced disappearance"))
    stages = [count(stage.get(code, 0), *words) for code, words in (
        ("sentenced", ("persona condenada", "condenadas") if spanish else ("sentenced", "sentenced")),
        ("awaiting_trial", ("en espera de sentencia",) * 2 if spanish else ("awaiting sentence",) * 2),
        ("none", ("aún sin cargos",) * 2 if spanish else ("not yet charged",) * 2)) if stage.get(code)]
    if stages:
        parts.append(listing(stages))
    if known("minor"):
        parts.append(count(data.get("minors_held", 0), *(("menor de edad", "menores de edad") if spanish else
                                                         ("minor", "minors")),
                           "ningún menor de edad" if spanish else "no minors"))
    if known("health"):
        parts.append(count(data.get("seriously_ill_held", 0),
                           *(("con una enfermedad grave", "con enfermedades graves") if spanish else
                             ("with a serious illness", "with serious illnesses")),
                           "ninguna con enfermedades graves" if spanish else "none with serious illnesses"))
    if spanish:
        opening = f"Al {day} hay {count(held, 'persona detenida', 'personas detenidas')} por motivos políticos"
    else:
        opening = f"As of {day}, {count(held, 'person is', 'people are')} held for political reasons"
    text = opening + (": " + "; ".join(parts) if parts else "") + "."
    missing = [phrase.format(n=number(unknown[name], language))
               for name, phrase in _UNKNOWN_PHRASES[language].items() if unknown.get(name)]
    if len(missing) == 1:
        text += f" {missing[0][0].upper()}{missing[0][1:]} " + ("se desconoce." if spanish else "is not known.")
    elif missing:
        text += (" Se desconoce " if spanish else " Not known: ") + listing(missing) + "."
    return text


def _country(nationality: str, id_kind: str, foreign: bool) -> str:
    """The country as a name ("venezolana" -> "Venezuela", "Colombiana" -> "Colombia"); a
    foreigner whose country is not recorded apart; "" when nothing says it."""
    if nationality.strip():
        reading = read_nationality(nationality)
        if reading is None:
            return nationality.strip()
        if reading[0]:
            return reading[0]
        return FOREIGN_COUNTRY_NOT_RECORDED if foreign or reading[1] == "E" else ""
    return {"V-": "Venezuela", "E-": FOREIGN_COUNTRY_NOT_RECORDED}.get(id_kind, "")


def _disappearances(now: str, as_of: date) -> dict[int, tuple[int, date | None]]:
    """For each person held whose detention had its whereabouts unknown on or before `as_of`:
    case id -> (days with whereabouts unknown in this detention, since when they are now)."""
    # Those cases are found in the status index, which `statuses_on` has just read: its partial
    # index on whereabouts unknown has no dates, and reading them from the events cost 0.15 s.
    rows = database.execute_sql(
        f"WITH gone AS (SELECT case_id FROM event INDEXED BY event_status "
        f"              WHERE status = 'whereabouts_unknown' AND date <= :as_of), "
        f"held AS (SELECT h.case_id FROM {now} h WHERE h.status IN {_HELD} AND h.case_id IN gone) "
        f"SELECT e.case_id, e.date, e.id, e.status FROM event e INDEXED BY event_status "
        f"WHERE e.case_id IN held AND e.status IS NOT NULL AND e.date <= :as_of ORDER BY e.case_id",
        {"as_of": as_of.isoformat()})
    timelines: dict[int, list[TimelineEntry]] = {}
    statuses = Status._value2member_map_          # a lookup: Status(code) per event cost more than the sums
    for case_id, day, event_id, status in rows:
        timelines.setdefault(case_id, []).append(TimelineEntry(date.fromisoformat(day), event_id, statuses[status]))
    return {case_id: days_whereabouts_unknown(timeline, as_of) for case_id, timeline in timelines.items()}


def _days_bucket(days: int) -> str:
    return next((label for limit, label in DAY_BUCKETS if days < limit), LONGEST_DAY_BUCKET)


def minor_at_arrest(case_id: int) -> bool | None:
    """Was the person under 18 on the arrest date of this case (None: the records cannot say),
    by the census's rule (`MINOR_SQL`)."""
    row = database.execute_sql(f"SELECT {MINOR_SQL} FROM detention_case c JOIN person p ON p.id = c.person_id "
                               f"WHERE c.id = ?", (case_id,)).fetchone()
    return {"minor": True, "adult": False}.get(row[0]) if row else None


def _changes(table: str, condition: str) -> list[dict[str, Any]]:
    """Who, and why: the event that put them on or took them off the list."""
    rows = database.execute_sql(
        f"SELECT c.uuid, p.given_names || ' ' || p.surnames, p.national_id, h.status, h.since, h.kind "
        f"FROM {table} h JOIN person p ON p.id = h.person_id JOIN detention_case c ON c.id = h.case_id "
        f"WHERE {condition} ORDER BY p.sort_key")
    return [dict(zip(("case_id", "name", "national_id", "status", "since", "reason"), row)) for row in rows]


def _months_held(arrest_date: str | None, as_of: date) -> int | None:
    """Whole calendar months from the arrest's month to the census's (None: no arrest date)."""
    if arrest_date is None:
        return None
    return (as_of.year - int(arrest_date[:4])) * 12 + as_of.month - int(arrest_date[5:7])


def _months_bucket(months: int | None) -> str | None:
    if months is None:
        return None
    return next((label for limit, label in _MONTH_BUCKETS if months < limit), "60+")


def write_census_csv(as_of: date, target: Path) -> int:
    """The people held on the date, UTF-8 with BOM so spreadsheet programs keep the accents.
    No cell can run as a formula. Returns how many were written."""
    if target.exists():
        raise InvalidInput(f"{target} already exists; choose another name.",
                           f"{target} ya existe; elija otro nombre.")
    with database.atomic(), statuses_on(as_of, "census_list") as table, \
            open(target, "x", newline="", encoding="utf-8-sig") as out:
        header = (["name", "national_id", "status", "since", "stage", "sex", "nationality", "civilian_military",
                         "state", "facility", "agency", "arrest_date", "case_id", "minor_at_arrest", "health",
                         "days_whereabouts_unknown"])
        rows = database.execute_sql(
            f"SELECT p.given_names || ' ' || p.surnames, coalesce(p.national_id, ''), h.status, h.since, "
            f"coalesce(st.stage, 'unknown'), p.sex, CASE WHEN trim(p.nationality) != '' THEN p.nationality "
            f"WHEN p.national_id LIKE 'V-%' THEN 'Venezuela' WHEN p.national_id LIKE 'E-%' THEN 'E' ELSE 'unknown' END, "
            f"p.civilian_military, coalesce(nullif(c.arrest_state, ''), f.state, ''), "
            f"coalesce(f.name, ''), coalesce(a.name, ''), coalesce(c.arrest_date, ''), c.uuid, "
            f"{MINOR_SQL}, {HEALTH_SQL}, c.id "
            f"FROM {table} h JOIN person p ON p.id = h.person_id JOIN detention_case c ON c.id = h.case_id "
            f"LEFT JOIN facility f ON f.id = c.facility_id LEFT JOIN agency a ON a.id = c.agency_id "
            f"LEFT JOIN {table}_stages st ON st.case_id = h.case_id "
            f"WHERE h.status IN {_HELD} ORDER BY p.sort_key", {"as_of": as_of.isoformat()}).fetchall()
        spells = _disappearances(table, as_of)
        write_csv(out, header, ([*row[:-1], spells.get(row[-1], (0, None))[0]] for row in rows))
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


def releases_verified_counts(days: list[date]) -> dict[date, int]:
    """For each of `days` (month ends, as the charts use them), the releases verified in its
    month up to that day: events "release verified" dated from the first of the month."""
    if not days:
        return {}
    ordered = sorted(set(days))
    first = ordered[0].replace(day=1).isoformat()
    dates = [row[0] for row in database.execute_sql(
        "SELECT date FROM event INDEXED BY event_release_verified WHERE kind = 'release_verified' "
        "AND date >= ? AND date <= ? ORDER BY date", (first, ordered[-1].isoformat()))]
    return {day: bisect.bisect_right(dates, day.isoformat()) - bisect.bisect_left(dates, day.replace(day=1).isoformat())
            for day in ordered}


def releases_over_time(until: date, *, months: int | None = None) -> list[tuple[date, int]]:
    """Releases verified in each month up to `until`, on the same months as `held_over_time`."""
    days = _chart_days(until, months)
    with database.atomic():
        counts = releases_verified_counts(days)
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
    census: Census | None = None                      # every breakdown, on the same day
    releases: list[tuple[date, int]] = field(default_factory=list)      # verified, month by month


def overview(today: date, *, months: int = 24, facilities: int = 12) -> Overview:
    """What the dashboard shows, in one read of the timelines and one census table."""
    with database.atomic():
        with statuses_on(today, "overview") as table:
            census = _count(table, today)
            by_status = census.by_status
            by_facility = [tuple(row) for row in database.execute_sql(
                f"SELECT f.uuid, f.name, count(*) AS held FROM {table} h "
                f"JOIN detention_case c ON c.id = h.case_id LEFT JOIN facility f ON f.id = c.facility_id "
                f"WHERE h.status IN {_HELD} GROUP BY c.facility_id ORDER BY held DESC, f.name IS NULL, f.name LIMIT ?",
                (facilities,))]
        month_before = today - timedelta(days=30)
        days = _chart_days(today, months)
        counts = held_counts(days + [month_before])          # one sweep for the chart and the change
        releases = releases_verified_counts(days)
    return Overview(today, sum(by_status[code] for code in _HELD_CODES), counts[month_before],
                    [(day, counts[day]) for day in days], by_status, by_facility, census,
                    [(day, releases[day]) for day in days])


def make_census_pdf(vault: Vault, as_of: date, *, since: date | None = None, language: str = "es",
                    password: str | None = None, census: Census | None = None) -> bytes:
    """The census report as PDF bytes (AES-256 with `password`); the export is audited.
    `census`: the same date's census when the caller has it already (the command line prints
    it too): at 100,000 cases, computing it again took as long as the rest of the report."""
    from casedesk.reports.census import build_census
    from casedesk.services.dossiers import protect, vault_fingerprint
    from casedesk.services.letterhead import letterhead_for_documents
    if census is None:
        census = census_as_of(as_of, since, preventive_limit=False)   # the report does not print that figure
    series = held_over_time(as_of)
    releases = releases_over_time(as_of, months=len(series))
    pdf = build_census(census.to_json(), series, language=language, vault_fingerprint=vault_fingerprint(vault),
                       audit_head=chain_head(), generated_at=datetime.now().astimezone(),
                       letterhead=letterhead_for_documents(), summary=census.summary(language), releases=releases)
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


# --- Open data ---------------------------------------------------------------------------------
#: The fewest people any published combination of attributes may describe.
OPEN_DATA_MIN_PEOPLE = 5
_AGE_BANDS = ((18, "0-17"), (25, "18-24"), (35, "25-34"), (45, "35-44"), (55, "45-54"), (65, "55-64"))
#: The columns of the open table (English, Spanish), and the order in which a column is given up
#: for the rows whose combination is too rare: the most identifying first.
OPEN_DATA_COLUMNS = {
    "status": ("status", "situacion"), "stage": ("procedural_stage", "situacion_procesal"), "sex": ("sex", "sexo"),
    "age": ("age_band", "edad"), "minor": ("minor_at_arrest", "menor_al_ser_detenida"),
    "civilian_military": ("civilian_military", "civil_militar"), "country": ("country", "pais"),
    "state": ("state", "estado"), "arrest_month": ("arrest_month", "mes_de_detencion"),
    "health": ("serious_illness", "enfermedad_grave"),
    "disappeared_days": ("days_forced_disappearance", "dias_desaparicion_forzada"),
}
SUPPRESSION_ORDER = ("arrest_month", "country", "state", "age", "disappeared_days", "minor", "health", "stage",
                     "civilian_military", "sex", "status")
_OPEN_WORDS = {
    "es": {"suppressed": "[suprimido]", "unknown": "sin dato", "yes": "sí", "no": "no", "not_applicable": "no aplica",
           FOREIGN_COUNTRY_NOT_RECORDED: "extranjera, país sin dato"},
    "en": {"suppressed": "[suppressed]", "unknown": "not recorded", "yes": "yes", "no": "no",
           "not_applicable": "not applicable", FOREIGN_COUNTRY_NOT_RECORDED: "foreign, country not recorded"},
}


@dataclass
class OpenData:
    """A de-identified table of the people held on a date, ready to publish."""

    as_of: date
    header: list[str]
    rows: list[list[str]]
    suppressed: dict[str, int]          # column -> cells suppressed
    method: str


def open_data(as_of: date, language: str = "es") -> OpenData:
    """The people held on `as_of`, one row each, with no name, ID, contact, facility, agency or
    free text: status, stage, sex, age band on the date, minor at arrest, civilian/military,
    country, state, month of arrest, serious illness and days of forced disappearance (in bands).

    Any combination of published values shared by fewer than `OPEN_DATA_MIN_PEOPLE` rows has
    values replaced by a marker, column by column in `SUPPRESSION_ORDER`, until every
    combination describes at least that many people (k-anonymity by local suppression). Rows
    are sorted by their values, so their order says nothing about who they are.
    """
    words = _OPEN_WORDS[language]
    with database.atomic(), statuses_on(as_of, "census_open") as table:
        records = database.execute_sql(
            f"SELECT h.status, coalesce(st.stage, 'unknown'), p.sex, p.birth_date, {MINOR_SQL}, p.civilian_military, "
            f"p.nationality, substr(coalesce(p.national_id, ''), 1, 2), "
            f"coalesce(nullif(c.arrest_state, ''), f.state, ''), c.arrest_date, {HEALTH_SQL}, c.id "
            f"FROM {table} h JOIN person p ON p.id = h.person_id JOIN detention_case c ON c.id = h.case_id "
            f"LEFT JOIN facility f ON f.id = c.facility_id LEFT JOIN {table}_stages st ON st.case_id = h.case_id "
            f"WHERE h.status IN {_HELD}", {"as_of": as_of.isoformat()}).fetchall()
        spells = _disappearances(table, as_of)
    from casedesk.domain.vocabulary import CivilianMilitary, Sex
    columns = list(OPEN_DATA_COLUMNS)
    rows = []
    for status, stage, sex, birth, minor, service, nationality, id_kind, state, arrested, health, case_id in records:
        since = spells.get(case_id, (0, None))[1]
        country = _country(nationality or "", id_kind, id_kind == "E-" or is_foreign_nationality(nationality or ""))
        values = {
            "status": Status(status).label(language), "stage": Stage(stage).label(language),
            "sex": Sex(sex).label(language) if sex != "unknown" else words["unknown"],
            "age": _age_band(birth, as_of) or words["unknown"],
            "minor": {"minor": words["yes"], "adult": words["no"]}.get(minor, words["unknown"]),
            "civilian_military": CivilianMilitary(service).label(language) if service != "unknown" else words["unknown"],
            "country": words.get(country, country) or words["unknown"], "state": state or words["unknown"],
            "arrest_month": arrested[:7] if arrested else words["unknown"],
            "health": {"serious": words["yes"], "not_serious": words["no"]}.get(health, words["unknown"]),
            "disappeared_days": _days_bucket((as_of - since).days) if since is not None else words["not_applicable"],
        }
        rows.append([values[name] for name in columns])
    suppressed = _suppress(rows, [columns.index(name) for name in SUPPRESSION_ORDER], words["suppressed"])
    rows.sort()
    header = [OPEN_DATA_COLUMNS[name][1 if language == "es" else 0] for name in columns]
    counts = {OPEN_DATA_COLUMNS[name][1 if language == "es" else 0]: suppressed[columns.index(name)] for name in columns}
    return OpenData(as_of, header, rows, counts, _reflowed(_open_data_method(as_of, len(rows), counts, language)))


def _age_band(birth: str | None, on: date) -> str | None:
    if not birth:
        return None
    born = date.fromisoformat(birth)
    age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    if age < 0:
        return None
    return next((label for limit, label in _AGE_BANDS if age < limit), "65+")


def _suppress(rows: list[list[str]], order: list[int], mark: str) -> Counter:
    """Replace values, column by column in `order`, in the rows whose whole combination fewer
    than `OPEN_DATA_MIN_PEOPLE` rows share; returns how many cells of each column were replaced.
    A combination shared by enough rows is never touched, and a suppressed value only makes
    rows more alike, so every combination left describes enough people (or says nothing)."""
    suppressed: Counter = Counter()
    for column in order:
        sizes = Counter(tuple(row) for row in rows)
        for row in rows:
            if sizes[tuple(row)] < OPEN_DATA_MIN_PEOPLE and row[column] != mark:
                row[column] = mark
                suppressed[column] += 1
    return suppressed


def _open_data_method(as_of: date, people: int, suppressed: dict[str, int], language: str) -> str:
    from casedesk.reports.common import long_date
    day = long_date(as_of, language)
    cells = ", ".join(f"{name} {count}" for name, count in suppressed.items() if count) or "0"
    if language == "es":
        return f"""Datos abiertos del censo de personas detenidas por motivos políticos al {day}
Hecho con CaseDesk. El archivo CSV (UTF-8) tiene una fila por persona detenida en esa fecha ({people} filas).

Qué contiene: situación, situación procesal, sexo, edad en tramos el día del censo (0-17, 18-24, 25-34,
35-44, 45-54, 55-64, 65+), si era menor de edad al ser detenida, civil o militar, país de nacionalidad,
estado (entidad federal) de la detención o, si no consta, del centro de reclusión, mes de la detención
(sin día), si tiene una enfermedad grave conocida y, para quien está en desaparición forzada, los días
que lleva así, en tramos (0-7, 8-30, 31-90, 91-365, 365+).

Qué no contiene: nombres, cédulas u otros documentos, contactos, centros de reclusión, organismos
aprehensores, tribunales, notas ni ningún texto libre. Las filas van ordenadas por sus valores, no por
persona.

Cómo se calcula: la situación de cada persona en esa fecha sale de la cronología de su caso (el
último evento registrado en esa fecha o antes); cada persona cuenta una vez. "Menor de edad" significa
menor de 18 años el día de la detención según la fecha de nacimiento, o marcado así cuando solo se
sabe eso; una edad estimada da un tramo estimado. "sin dato" significa que no se registró, no un cero.

Protección de las personas: ninguna combinación de valores publicada describe a menos de
{OPEN_DATA_MIN_PEOPLE} personas. Cuando una fila tenía una combinación más rara, se sustituyeron sus
valores por "[suprimido]", columna por columna en este orden, hasta que cada combinación la comparten
al menos {OPEN_DATA_MIN_PEOPLE} filas: mes de la detención, país, estado, edad, días de desaparición,
menor de edad, enfermedad grave, situación procesal, civil o militar, sexo, situación. Celdas
suprimidas por columna: {cells}. Ninguna celda empieza por un signo que una hoja de cálculo ejecute
como fórmula.
"""
    return f"""Open data of the census of people held for political reasons as of {day}
Made with CaseDesk. The CSV file (UTF-8) has one row per person held on that date ({people} rows).

What it holds: status, procedural stage, sex, age band on the census date (0-17, 18-24, 25-34, 35-44,
45-54, 55-64, 65+), whether they were a minor when arrested, civilian or military, country of
nationality, federal state of the arrest (or of the facility when the arrest's is not recorded),
month of the arrest (no day), whether a serious illness is known and, for people in forced
disappearance, the days so far, in bands (0-7, 8-30, 31-90, 91-365, 365+).

What it does not hold: names, national ID or other document numbers, contacts, facilities,
arresting agencies, courts, notes or any free text. Rows are sorted by their values, not by person.

How it is computed: each person's status on the date comes from their case's timeline (the latest
event recorded on or before it); each person counts once. "Minor" means under 18 on the arrest date
by the birth date, or marked so when only that is known; an estimated age gives an estimated band.
"not recorded" means nobody recorded it, not a zero.

Protecting the people: no published combination of values describes fewer than
{OPEN_DATA_MIN_PEOPLE} people. Where a row's combination was rarer, its values were replaced with
"[suppressed]", column by column in this order, until at least {OPEN_DATA_MIN_PEOPLE} rows share
every combination: month of arrest, country, state, age, days of disappearance, minor, serious
illness, procedural stage, civilian or military, sex, status. Cells suppressed per column: {cells}.
No cell starts with a sign a spreadsheet would run as a formula.
"""


def _reflowed(text: str) -> str:
    """The note's paragraphs filled to a readable width (the first two lines kept as they are)."""
    import textwrap
    title, *paragraphs = text.strip().split("\n\n")
    return "\n\n".join([title, *(textwrap.fill(" ".join(part.split()), 100) for part in paragraphs)]) + "\n"


def method_note_path(target: Path) -> Path:
    """Where the note on the method goes: beside the CSV, "OUT.method.txt"."""
    return Path(target).with_suffix(".method.txt")


def write_open_data(vault: Vault, as_of: date, target: Path, *, language: str = "es") -> OpenData:
    """Write the open table to `target` (CSV, UTF-8 with BOM) and the note on the method beside it
    (`method_note_path`), each whole or not at all; the export is audited. Refuses to overwrite."""
    from casedesk.services.dossiers import write_export
    target = Path(target)
    note = method_note_path(target)
    for path in (target, note):
        if path.exists():
            raise InvalidInput(f"{path} already exists; choose another name.", f"{path} ya existe; elija otro nombre.")
    table = open_data(as_of, language)
    write_export(target, csv_bytes(table.header, table.rows))
    write_export(note, table.method.encode("utf-8"))
    with recording():
        AuditTrail(vault.actor).write("export", "open_data", vault.header.vault_id, {
            "as_of": [None, as_of.isoformat()], "rows": [None, len(table.rows)], "language": [None, language],
            "to": [None, str(target)]})
    return table
