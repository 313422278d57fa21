"""Legal deadlines evaluated over the timelines as of any date (the rules are in
`domain/deadlines.py`, kept as data).

Each rule is a set query in SQLite that returns only the cases it reports on, read through
covering indexes (never the wide case rows one by one); Python does the date arithmetic of the
domain once per distinct date, then names the people of every finding in one read. The status
and stage on the date follow the census rule (the latest status-setting event on or before it);
for today or a later date the ones cached on each case are that answer (see `_On`). At 100k
cases (90k findings) the whole table took 1.6 s; `casedesk bench --deadlines` measures it
against plain SQLite.

A status counts as "held" for the detention rules (detained, house arrest, whereabouts
unknown); the court rules (military court, deferred hearings, next hearing) also cover people
released with conditions, who are still being tried.
"""

from __future__ import annotations

import json
from collections import defaultdict
from contextlib import contextmanager
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, Iterator

from casedesk.domain.deadlines import (
    RULES, SETTINGS, Finding, Rule, add_years, bounds, deferrals_finding, presentation_finding,
    preventive_detention_finding, preventive_detention_limit, whereabouts_finding,
)
from casedesk.domain.errors import InvalidInput
from casedesk.domain.vocabulary import HELD_STATUSES, Stage, Status
from casedesk.services.census import statuses_on
from casedesk.storage.audit import AuditTrail
from casedesk.storage.models import VaultMeta, database
from casedesk.storage.vault import Vault

_SETTINGS_KEY = "deadline_settings"
_HELD = tuple(sorted(status.value for status in HELD_STATUSES))
_ACTIVE = (*_HELD, Status.RELEASED_CONDITIONAL.value)
_NAME = "trim(p.given_names || ' ' || p.surnames)"


def _any(column: str, codes: tuple[str, ...]) -> str:
    """(column = 'a' OR column = 'b'): see migrations._one_of for why not IN."""
    return "(" + " OR ".join(f"{column} = '{code}'" for code in codes) + ")"


# --- Settings --------------------------------------------------------------------------------

def deadline_settings() -> dict[str, int]:
    """The parameters this vault set (whereabouts_days, deferrals), over the table's defaults."""
    values = {name: RULES[rule].parameters[parameter] for name, (rule, parameter) in SETTINGS.items()}
    row = VaultMeta.get_or_none(VaultMeta.key == _SETTINGS_KEY)
    if row is not None:
        stored = json.loads(row.value)
        values.update({name: int(value) for name, value in stored.items() if name in SETTINGS})
    return values


def set_deadline_settings(vault: Vault, **values: int) -> dict[str, int]:
    """Change this vault's deadline parameters (audited); returns them all."""
    unknown = set(values) - set(SETTINGS)
    if unknown:
        raise InvalidInput(f"Unknown deadline setting: {', '.join(sorted(unknown))}.",
                           f"Parámetro de plazos desconocido: {', '.join(sorted(unknown))}.")
    for name, value in values.items():
        if not isinstance(value, int) or not 0 <= value <= 3650:
            raise InvalidInput(f"{name} must be a whole number from 0 to 3650.",
                               f"{name} debe ser un número entero de 0 a 3650.")
    with database.atomic("IMMEDIATE"):
        before = deadline_settings()
        after = {**before, **values}
        VaultMeta.insert(key=_SETTINGS_KEY, value=json.dumps(after, sort_keys=True)).on_conflict_replace().execute()
        changes = {name: [before[name], after[name]] for name in after if before[name] != after[name]}
        if changes:
            AuditTrail(vault.actor).write("update", "deadline_settings", "vault", changes)
    return after


def _parameters() -> dict[Rule, dict[str, int]]:
    parameters = {code: dict(rule.parameters) for code, rule in RULES.items()}
    for name, value in deadline_settings().items():
        rule, parameter = SETTINGS[name]
        parameters[rule][parameter] = value
    return parameters


# --- Statuses on the date ----------------------------------------------------------------------

class _On:
    """Where the rules read each case's status and stage on the date.

    Today or later, the status and stage cached on each case are the ones the timeline gives
    (status events cannot be dated in the future; for a later date, what is recorded today is
    taken to hold), read from the covering index `case_deadlines`. For an earlier date the
    temporary tables of `census.statuses_on` hold them (`status_table`, every case with a
    status on the date, and `stage_table`), computed from the events by the census rule.
    Cases are never looked up one by one in the wide case table: at 100k cases
    each such look-up decrypts another page, which made the first version of this module take
    seconds. Each rule asks SQLite for the cases it reports on, and only for those: making a
    Python object of every case held cost more than all the rules together.
    """

    def __init__(self, as_of: date, today: date, statuses: str | None = None) -> None:
        self.as_of, self.cached = as_of, not reads_case_statuses(as_of, today)
        self.day = as_of.isoformat()
        self.status_table = f"{statuses}_cases" if statuses else None
        self.stage_table = f"{statuses}_stages" if statuses else None

    def cases(self, condition: str, columns: tuple[str, ...] = (), *, many: bool = False) -> tuple[list[str], str]:
        """The columns c.id, c.uuid, c.person_id, status, since, stage and `columns`, and the
        rest of the SELECT for the cases whose id is in the JSON array bound as its parameter
        and that meet `condition` (written over `{status}`, `{since}`, `{stage}` and `c`)."""
        if self.cached:
            status, since, stage = "c.status", "c.status_since", "c.stage"
            # Thousands of cases: one pass over the narrow covering index reads a fifth of the
            # pages that looking each case up in the wide table does.
            source, key = ("detention_case c INDEXED BY case_deadlines", "+c.id") \
                if many and set(columns) <= _COVERED else ("detention_case c", "c.id")
        else:
            source, key = (f"detention_case c CROSS JOIN {self.status_table} s ON s.case_id = c.id "
                           f"LEFT JOIN {self.stage_table} st ON st.case_id = c.id"), "c.id"
            status, since, stage = "s.status", "s.since", "coalesce(st.stage, 'unknown')"
            # The rules read the cases held or released with conditions; the table has every status.
            condition = f"{_any('s.status', _ACTIVE)} AND ({condition or '1'})"
        condition = condition.format(status=status, since=since, stage=stage) if condition else "1"
        return (["c.id", "c.uuid", "c.person_id", status, since, stage, *columns],
                f"FROM {source} WHERE {key} IN (SELECT value FROM json_each(?)) AND {condition}")


def reads_case_statuses(as_of: date, today: date) -> bool:
    """Do the rules read each case's status on `as_of` from the timelines (an earlier date than
    `today`), rather than the status cached on the cases?"""
    return as_of < today


@contextmanager
def _cases_on(as_of: date, today: date, statuses: str | None = None) -> Iterator[_On]:
    """The statuses and stages on the date (see `_On`): for today or a later date the ones cached
    on the cases; for an earlier date the tables `census.statuses_on(cases=True)` makes, or,
    when the census has already made them for that date, its tables, named by `statuses`
    (read, not made again)."""
    if not reads_case_statuses(as_of, today) or statuses is not None:
        yield _On(as_of, today, statuses)
        return
    with statuses_on(as_of, "deadline_statuses", people=False, cases=True) as made:
        yield _On(as_of, today, made)


@lru_cache(maxsize=1 << 16)          # tens of thousands of dates, a few thousand distinct days
def _day(text: str) -> date:
    return date.fromisoformat(text)


@lru_cache(maxsize=1 << 16)
def _latest(text: str, precision: str) -> date:
    """The latest day a stored date can be (the last of its month or year when that is all we know)."""
    return bounds(date.fromisoformat(text), precision)[1]


def _ids(values: Any) -> str:
    """A JSON array of ids (ints or their digits), bound as one parameter and read with json_each."""
    return "[" + ",".join({str(value) for value in values}) + "]"


def _select(columns: list[str], rest: str, parameters: tuple = ()) -> list[tuple[str, ...]]:
    """Rows as tuples of text (NULL as ""), read column by column: each column of every row
    arrives as one text, split here.

    The driver's cost is per value returned and Python's per object made, not SQLite's per row
    read: at 100k cases, fifty thousand rows of five values cost 0.31 s one value at a time,
    0.1 s as one text a row, and a few milliseconds as five texts split and zipped in C.
    """
    return list(zip(*_columns(columns, rest, parameters)))


def _columns(columns: list[str], rest: str, parameters: tuple = ()) -> list[list[str]]:
    """The same, as one list per column."""
    texts = database.execute_sql(
        "SELECT " + ", ".join(f"group_concat(coalesce({column}, ''), char(30))" for column in columns) + f" {rest}",
        parameters).fetchone()
    if texts is None or texts[0] is None:
        return [[] for _ in columns]
    return [text.split("\x1e") for text in texts]


def _people(person_ids: Any) -> dict[str, tuple[str, str]]:
    """{person id: (name, civilian or military)}: a few looked up, thousands read in one pass
    over the narrow index `person_names` (a sixth of the pages of the person table)."""
    ids = _ids(person_ids)
    source = "person p INDEXED BY person_names WHERE +p.id" if ids.count(",") > 2000 else "person p WHERE p.id"
    ids, names, services = _columns(["p.id", _NAME, "p.civilian_military"],
                                    f"FROM {source} IN (SELECT value FROM json_each(?))", (ids,))
    return dict(zip(ids, zip(names, services)))


def _cases(on: _On, case_ids: Any, condition: str, columns: tuple[str, ...] = ()) -> list[tuple]:
    """(id, uuid, person id, status, since, stage, *columns) of these cases meeting `condition`."""
    ids = _ids(case_ids)
    return [(int(row[0]), *row[1:]) for row in _select(*on.cases(condition, columns, many=ids.count(",") > 2000),
                                                       (ids,))]


#: The case columns the covering index `case_deadlines` holds (besides id, uuid, person, status, stage).
_COVERED = {"c.arrest_date", "c.arrest_date_precision", "c.status_since"}


_HELD_SQL = "({status} = 'detained' OR {status} = 'house_arrest' OR {status} = 'whereabouts_unknown')"
_ACTIVE_SQL = _HELD_SQL[:-1] + " OR {status} = 'released_conditional')"


# --- The rules -----------------------------------------------------------------------------------

def _extended_cases(as_of: date) -> set[int]:
    """Cases whose preventive detention was extended on or before the date (on the case or
    on one of its proceedings)."""
    day = as_of.isoformat()
    rows = database.execute_sql(
        "SELECT case_id FROM event INDEXED BY event_extended WHERE kind = 'detention_extended' AND date <= ? "
        "UNION SELECT d.case_id FROM proceeding_event e JOIN proceeding_defendant d ON d.proceeding_id = e.proceeding_id "
        "WHERE e.kind = 'detention_extended' AND e.date <= ?", (day, day))
    return {case_id for (case_id,) in rows}


def _held_unsentenced_before(on: _On) -> str:
    """FROM and WHERE of the cases held and not sentenced on the date that were arrested on or
    before `:cutoff`: those whose preventive-detention term may have ended. Read through the
    index `case_deadlines`, in the order of its status and arrest date."""
    if on.cached:
        return ("FROM detention_case c INDEXED BY case_deadlines WHERE c.status IN "
                "('detained', 'house_arrest', 'whereabouts_unknown') AND c.arrest_date <= :cutoff "
                "AND c.stage != 'sentenced'")
    return (f"FROM detention_case c INDEXED BY case_deadlines CROSS JOIN {on.status_table} s ON s.case_id = c.id "
            f"LEFT JOIN {on.stage_table} st ON st.case_id = c.id WHERE {_any('s.status', _HELD)} "
            "AND c.arrest_date <= :cutoff AND coalesce(st.stage, '') != 'sentenced'")


def _preventive_detention(on: _On, parameters: dict[str, int]) -> list[Finding]:
    """Every case held and not sentenced, arrested before the date two years back (whose term
    may have ended); the date arithmetic is the domain's."""
    as_of = on.as_of
    extended = _extended_cases(as_of)
    cutoff = add_years(as_of, -parameters["years"]).isoformat()
    ids, uuids, people, arrests, precisions = _columns(
        ["c.id", "c.uuid", "c.person_id", "c.arrest_date", "c.arrest_date_precision"],
        _held_unsentenced_before(on), {"cutoff": cutoff})
    years, extended_years = parameters["years"], parameters["extended_years"]
    extended_ids = {str(case_id) for case_id in extended}
    # Half the cases can be beyond the term, but arrests fall on a few thousand distinct days:
    # the arithmetic runs once a day (and precision), not once a case.
    outcomes: dict[tuple[str, str, bool], Finding | None] = {}
    found = []
    for case_id, uuid, person, arrest, precision in zip(ids, uuids, people, arrests, precisions):
        key = (arrest, precision, case_id in extended_ids)
        model = outcomes.get(key, False)
        if model is False:
            model = outcomes[key] = preventive_detention_finding(
                "", "", _day(arrest), precision, as_of, sentenced=False, extended=key[2], years=years,
                extended_years=extended_years)
        if model is not None:
            found.append(Finding(model.rule, uuid, "", model.since, model.amount, model.unit, model.at_least,
                                 model.approximate, model.detail, person))
    return found


def _presentations(as_of: date) -> dict[int, list[date]]:
    day = as_of.isoformat()
    presented: dict[int, list[date]] = defaultdict(list)
    for case_id, when in database.execute_sql(
            "SELECT case_id, date FROM event INDEXED BY event_presented WHERE kind = 'presented_to_judge' AND date <= ? "
            "UNION SELECT d.case_id, e.date FROM proceeding_event e "
            "JOIN proceeding_defendant d ON d.proceeding_id = e.proceeding_id "
            "WHERE e.kind = 'presented_to_judge' AND e.date <= ?", (day, day)):
        presented[case_id].append(_day(when))
    return presented


def _presentation(on: _On, parameters: dict[str, int]) -> list[Finding]:
    """The arrests of the last days (by the arrest-date index) and the cases with a
    presentation recorded."""
    as_of = on.as_of
    presented = _presentations(as_of)
    recent = [case_id for (case_id,) in database.execute_sql(
        "SELECT id FROM detention_case INDEXED BY case_arrest_date WHERE arrest_date >= ? AND arrest_date <= ?",
        ((as_of - timedelta(days=parameters["watch_days"])).isoformat(), on.day))]
    rows = _cases(on, [*recent, *presented], f"{_HELD_SQL} AND c.arrest_date <= '{on.day}'",
                  ("c.arrest_date", "c.arrest_date_precision"))
    found = []
    for case_id, uuid, person, _status, _since, stage, arrest, precision in rows:
        earliest = bounds(_day(arrest), precision)[0]
        first = min((day for day in presented.get(case_id, []) if day >= earliest), default=None)
        if first is None and stage in (Stage.AWAITING_TRIAL.value, Stage.SENTENCED.value):
            continue                 # charged or sentenced: a court saw them; the record lacks the date
        finding = presentation_finding(uuid, "", _day(arrest), precision, first, as_of,
                                       hours=parameters["hours"], watch_days=parameters["watch_days"])
        if finding:
            finding.person = person
            found.append(finding)
    return found


def _whereabouts(on: _On, parameters: dict[str, int]) -> list[Finding]:
    days = parameters["days"]
    cutoff = (on.as_of - timedelta(days=days + 1)).isoformat()
    if on.cached:
        rows = _select(["c.id", "c.uuid", "c.person_id", "c.status_since"],
                       "FROM detention_case c INDEXED BY case_deadlines "
                       "WHERE c.status = 'whereabouts_unknown' AND c.status_since <= ?", (cutoff,))
    else:
        rows = _select(["c.id", "c.uuid", "c.person_id", "s.since"],
                       f"FROM detention_case c INDEXED BY case_deadlines CROSS JOIN {on.status_table} s "
                       "ON s.case_id = c.id WHERE s.status = 'whereabouts_unknown' AND s.since <= ?", (cutoff,))
    # The precision of the event that made the whereabouts unknown ("only the month is known"):
    # a date known only to the month or year is stored as its first day, so only those are asked.
    precisions = {str(case_id): precision for case_id, day, precision in database.execute_sql(
        "SELECT e.case_id, e.date, e.date_precision FROM event e WHERE e.status = 'whereabouts_unknown' "
        "AND e.case_id IN (SELECT value FROM json_each(?)) ORDER BY e.date, e.id",
        (_ids(row[0] for row in rows if row[3].endswith("-01")),))}
    found = []
    for case_id, uuid, person, since in rows:
        finding = whereabouts_finding(uuid, "", _day(since), precisions.get(case_id, "day"), on.as_of, days)
        if finding:
            finding.person = person
            found.append(finding)
    return found


def _military_court(on: _On, _parameters: dict[str, int]) -> list[Finding]:
    """Civilians in a military proceeding, or, with no proceeding, before a court named "militar"
    (read from the partial index of those courts). Who is a civilian is read with the names."""
    courts: dict[int, tuple[str, str]] = {}
    for case_id, court, number in database.execute_sql(
            "SELECT d.case_id, r.court, r.file_number FROM proceeding r JOIN proceeding_defendant d "
            "ON d.proceeding_id = r.id WHERE r.jurisdiction = 'military' ORDER BY r.id"):
        courts.setdefault(case_id, (court, number))
    rows = [(*row, "") for row in _cases(on, courts, _ACTIVE_SQL, ("c.arrest_date", "c.arrest_date_precision"))]
    no_proceeding = "c.court LIKE '%militar%' AND c.id NOT IN (SELECT case_id FROM proceeding_defendant)"
    if on.cached:
        rows += [(int(row[0]), *row[1:]) for row in _select(
            ["c.id", "c.uuid", "c.person_id", "c.status", "''", "''", "c.arrest_date", "c.arrest_date_precision",
             "c.court"], f"FROM detention_case c INDEXED BY case_military_court WHERE {no_proceeding} "
            f"AND {_ACTIVE_SQL.format(status='c.status')}")]
    else:
        named = [case_id for (case_id,) in database.execute_sql(
            f"SELECT c.id FROM detention_case c INDEXED BY case_military_court WHERE {no_proceeding}")]
        rows += _cases(on, named, _ACTIVE_SQL, ("c.arrest_date", "c.arrest_date_precision", "c.court"))
    found = []
    for case_id, uuid, person, _status, _since, _stage, arrest, precision, case_court in rows:
        court, number = courts.get(case_id, (case_court, ""))
        since = _latest(arrest, precision) if arrest else on.as_of
        found.append(Finding(Rule.MILITARY_COURT, uuid, "", min(since, on.as_of), None, unit="",
                             detail={"court": court or "", "file_number": number or ""}, person=person))
    return found


def _defendants(on: _On, proceeding_ids: list[int]) -> dict[int, list[tuple[str, str]]]:
    """The defendants held or released with conditions on the date, by proceeding: (case
    uuid, person id)."""
    links = database.execute_sql(
        "SELECT proceeding_id, case_id FROM proceeding_defendant "
        "WHERE proceeding_id IN (SELECT value FROM json_each(?))", (_ids(proceeding_ids),)).fetchall()
    rows = {row[0]: row for row in _cases(on, (case_id for _, case_id in links), _ACTIVE_SQL)}
    found: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for proceeding_id, case_id in links:
        if case_id in rows:
            found[proceeding_id].append((rows[case_id][1], rows[case_id][2]))
    return found


def _deferrals(on: _On, parameters: dict[str, int]) -> list[Finding]:
    times = parameters["times"]
    deferred: dict[int, list[date]] = defaultdict(list)
    for proceeding_id, when in database.execute_sql(
            "SELECT proceeding_id, date FROM proceeding_event WHERE outcome = 'deferred' AND date <= ?", (on.day,)):
        deferred[proceeding_id].append(_day(when))
    over = [proceeding_id for proceeding_id, days in deferred.items() if len(days) > times]
    if not over:
        return []
    described = {row[0]: {"proceeding_id": row[1], "file_number": row[2], "court": row[3]}
                 for row in database.execute_sql(
                     "SELECT id, uuid, file_number, court FROM proceeding WHERE id IN (SELECT value FROM json_each(?))",
                     (_ids(over),))}
    found = []
    for proceeding_id, defendants in _defendants(on, over).items():
        model = deferrals_finding("", "", deferred[proceeding_id], described[proceeding_id], times)
        for uuid, person_id in defendants:
            found.append(Finding(model.rule, uuid, "", model.since, model.amount, model.unit,
                                 detail=model.detail, person=person_id))
    return found


def _next_hearings(on: _On, parameters: dict[str, int]) -> list[Finding]:
    as_of = on.as_of
    until = (as_of + timedelta(days=parameters["days"])).isoformat()
    nearest: dict[str, tuple[date, int, dict[str, Any]]] = {}

    def keep(uuid: str, person_id: int, day: date, detail: dict[str, Any]) -> None:
        if uuid not in nearest or day < nearest[uuid][0]:
            nearest[uuid] = (day, person_id, detail)

    by_proceeding: dict[int, list[tuple[date, dict[str, Any]]]] = defaultdict(list)
    for proceeding_id, when, note, number, court in database.execute_sql(
            "SELECT e.proceeding_id, e.date, e.note, p.file_number, p.court FROM proceeding_event e "
            "JOIN proceeding p ON p.id = e.proceeding_id WHERE e.kind = 'hearing' AND e.date >= ? AND e.date <= ? "
            "AND (e.outcome IS NULL OR e.outcome = 'held')", (on.day, until)):
        by_proceeding[proceeding_id].append((_day(when), {"note": note, "file_number": number, "court": court}))
    for proceeding_id, defendants in _defendants(on, list(by_proceeding)).items():
        for uuid, person_id in defendants:
            for day, detail in by_proceeding[proceeding_id]:
                keep(uuid, person_id, day, detail)
    hearings = database.execute_sql(
        "SELECT case_id, date, description FROM event INDEXED BY event_date "
        "WHERE date >= ? AND date <= ? AND kind = 'hearing'", (on.day, until)).fetchall()
    rows = {row[0]: row for row in _cases(on, (row[0] for row in hearings), _ACTIVE_SQL,
                                          ("c.case_file_number", "c.court"))}
    for case_id, when, note in hearings:
        if case_id in rows:
            row = rows[case_id]
            keep(row[1], row[2], _day(when), {"note": note, "file_number": row[6], "court": row[7]})
    return [Finding(Rule.NEXT_HEARING, uuid, "", day, (day - as_of).days, detail=detail, person=person_id)
            for uuid, (day, person_id, detail) in nearest.items()]


_EVALUATE = {
    Rule.PRESENTATION: _presentation,
    Rule.PREVENTIVE_DETENTION: _preventive_detention,
    Rule.MILITARY_COURT: _military_court,
    Rule.WHEREABOUTS: _whereabouts,
    Rule.HEARINGS_DEFERRED: _deferrals,
    Rule.NEXT_HEARING: _next_hearings,
}


def _evaluate(as_of: date, rules: set[Rule] | None, today: date) -> list[Finding]:
    parameters = _parameters()
    found: list[Finding] = []
    with database.atomic(), _cases_on(as_of, today) as on:
        for rule in RULES:
            if rules is None or rule in rules:
                found += _EVALUATE[rule](on, parameters[rule])
        # The names once for every rule (one read of the people), and who is a civilian.
        people = _people(finding.person for finding in found)
    kept = []
    military = Rule.MILITARY_COURT
    for finding in found:
        finding.name, service = people[finding.person]
        if finding.rule is not military or service == "civilian":
            kept.append(finding)
    return kept


def deadlines_as_of(as_of: date | None = None, *, rules: set[Rule] | None = None,
                    today: date | None = None) -> list[Finding]:
    """Every rule that applies to a case on `as_of` (default today): the rules in the table's
    order; within a rule, the longest overdue first (the nearest hearing first), then by name."""
    today = today or date.today()
    by_rule: dict[Rule, list[Finding]] = {rule: [] for rule in RULES}
    for finding in _evaluate(as_of or today, rules, today):
        by_rule[finding.rule].append(finding)
    ordered: list[Finding] = []
    for rule, findings in by_rule.items():
        if rule is Rule.NEXT_HEARING:
            findings.sort(key=lambda f: (f.amount, f.name, f.case_id))
        else:
            findings.sort(key=lambda f: (-(f.amount or 0), f.name, f.case_id))
        ordered += findings
    return ordered


def held_beyond_preventive_limit(as_of: date, today: date | None = None, *, statuses: str | None = None) -> int:
    """How many people are held on `as_of` beyond the preventive-detention limit (for the census):
    the people of that rule's findings (`deadlines_as_of`), counted without making them.

    `statuses` names the tables of the statuses on `as_of` that the census has made with
    `census.statuses_on`, read rather than computed a second time. SQLite groups the cases by
    status, arrest date and precision (for today in the order of the index, with no sort), and
    the domain's limit is worked out once per arrest date, precision and extension (a finding is
    made exactly when the date is past that limit): a Python step per case cost more than the
    census's own count of the people held."""
    parameters = _parameters()[Rule.PREVENTIVE_DETENTION]
    extended = "c.id IN (SELECT value FROM json_each(:extended))"
    with database.atomic(), _cases_on(as_of, today or date.today(), statuses) as on:
        status = "c.status" if on.cached else "s.status"
        # The person ids of each group as one text (digits and commas): a value per case cost more.
        groups = database.execute_sql(
            f"SELECT c.arrest_date, c.arrest_date_precision, group_concat(c.person_id) FILTER (WHERE NOT {extended}), "
            f"group_concat(c.person_id) FILTER (WHERE {extended}) {_held_unsentenced_before(on)} "
            f"GROUP BY {status}, c.arrest_date, c.arrest_date_precision",
            {"cutoff": add_years(as_of, -parameters["years"]).isoformat(),
             "extended": _ids(_extended_cases(as_of))}).fetchall()
    limits: dict[tuple[str, str, bool], date] = {}
    people: set[str] = set()
    for arrest, precision, *person_ids in groups:
        for is_extended, ids in zip((False, True), person_ids):
            if ids is None:
                continue                      # the group has no case of this kind (extended or not)
            key = (arrest, precision, is_extended)
            if key not in limits:
                limits[key] = preventive_detention_limit(_day(arrest), precision, extended=is_extended,
                                                         years=parameters["years"],
                                                         extended_years=parameters["extended_years"])
            if as_of > limits[key]:
                people.update(ids.split(","))
    return len(people)


# --- Ahead: for the agenda ------------------------------------------------------------------------

def deadlines_ahead(today: date, days: int = 30) -> list[dict[str, Any]]:
    """Limits people held today will reach in the next `days` days if nothing changes: the
    48 hours to be presented before a judge, the preventive-detention term, the days of
    unknown whereabouts. Each with the day it is reached (the first day beyond the limit)."""
    parameters = _parameters()
    until = today + timedelta(days=days)
    items: list[dict[str, Any]] = []

    def add(day: date, rule: Rule, uuid: str, name: str, court: str, number: str) -> None:
        if today < day <= until:
            items.append({"date": day.isoformat(), "rule": rule.value, "case_id": uuid, "name": name,
                          "court": court, "file_number": number})

    with database.atomic(), _cases_on(today, today) as on:
        preventive = parameters[Rule.PREVENTIVE_DETENTION]
        extended = _extended_cases(until)
        presented = _presentations(today)
        # Arrests whose term ends in the window: for a date known to the day, one window of
        # arrests; a month or a year known only can end up to 31 or 366 days later.
        low, high = add_years(today, -preventive["years"]) - timedelta(days=1), add_years(until, -preventive["years"])
        candidates = [case_id for (case_id,) in database.execute_sql(
            "SELECT c.id FROM detention_case c INDEXED BY case_deadlines "
            "WHERE c.status IN ('detained', 'house_arrest', 'whereabouts_unknown') AND c.arrest_date >= ? "
            "AND c.arrest_date <= ? AND (c.arrest_date >= ? OR c.arrest_date_precision = 'year' "
            "OR (c.arrest_date_precision = 'month' AND c.arrest_date >= ?))",
            ((low - timedelta(days=366)).isoformat(), high.isoformat(), low.isoformat(),
             (low - timedelta(days=31)).isoformat()))]
        recent = [case_id for (case_id,) in database.execute_sql(
            "SELECT id FROM detention_case INDEXED BY case_arrest_date WHERE arrest_date >= ?",
            ((today - timedelta(days=3)).isoformat(),))]
        rows = _cases(on, [*candidates, *recent, *extended], f"{_HELD_SQL} AND c.arrest_date IS NOT NULL",
                      ("c.arrest_date", "c.arrest_date_precision", "c.court", "c.case_file_number"))
        names = _people(row[2] for row in rows)
        hours = parameters[Rule.PRESENTATION]["hours"]
        for case_id, uuid, person_id, _status, _since, stage, arrest, precision, court, number in rows:
            name = names[person_id][0]
            latest_day = bounds(_day(arrest), precision)[1]
            if stage != Stage.SENTENCED.value:
                years = preventive["extended_years"] if case_id in extended else preventive["years"]
                add(add_years(latest_day, years) + timedelta(days=1), Rule.PREVENTIVE_DETENTION, uuid, name,
                    court, number)
            if case_id not in presented and stage not in (Stage.AWAITING_TRIAL.value, Stage.SENTENCED.value):
                add(latest_day + timedelta(days=-(-hours // 24) + 1), Rule.PRESENTATION, uuid, name, court, number)
        whereabouts = parameters[Rule.WHEREABOUTS]["days"]
        missing = [case_id for (case_id,) in database.execute_sql(
            "SELECT c.id FROM detention_case c INDEXED BY case_deadlines WHERE c.status = 'whereabouts_unknown' "
            "AND c.status_since >= ?", ((today - timedelta(days=whereabouts + 31)).isoformat(),))]
        rows = _cases(on, missing, "{since} IS NOT NULL", ("c.court", "c.case_file_number"))
        names = _people(row[2] for row in rows)
        for _case_id, uuid, person_id, _status, since, _stage, court, number in rows:
            add(_day(since) + timedelta(days=whereabouts + 1), Rule.WHEREABOUTS, uuid, names[person_id][0], court,
                number)
    return sorted(items, key=lambda item: (item["date"], item["name"]))


def court_agenda(days: int = 30, today: date | None = None) -> list:
    """What the agenda adds to the cases' own dated events: the hearings and decisions of
    proceedings (one line each, naming its defendants) and the deadlines people held will
    reach (kind "deadline:RULE"), as `search.AgendaItem`s, soonest first."""
    from casedesk.services.proceedings import proceeding_agenda
    from casedesk.services.search import AgendaItem
    today = today or date.today()
    items = []
    with database.atomic():
        for entry in proceeding_agenda(today, days):
            names = entry["names"]
            shown = ", ".join(names[:2]) + (f" (+{len(names) - 2})" if len(names) > 2 else "")
            items.append(AgendaItem(entry["date"], entry["kind"], entry["description"], entry["case_id"], shown, None,
                                    entry["court"], entry["file_number"]))
    for entry in deadlines_ahead(today, days):
        items.append(AgendaItem(entry["date"], f"deadline:{entry['rule']}", "", entry["case_id"], entry["name"], None,
                                entry["court"], entry["file_number"]))
    return sorted(items, key=lambda item: (item.date, item.kind.startswith("deadline:")))
