"""Finding cases: full-text search as you type, filters, and sorted pages of the case list.

Search goes through the FTS5 index (accent- and case-insensitive), never `LIKE`, which
ignores case only for ASCII. A national ID finds its person however it is written. Pages
are read by offset so the window never holds the whole list.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import asdict, dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum

from casedesk.domain.text import fold
from casedesk.domain.vocabulary import HELD_STATUSES
from casedesk.services.cases import days_held
from casedesk.storage.models import database

_ROW_SQL = """
SELECT c.uuid, p.uuid, p.given_names, p.surnames, p.national_id, c.status, f.name,
       c.arrest_date, c.arrest_date_precision, c.status_since, c.updated_at,
       c.stage, COALESCE(NULLIF(f.state, ''), c.arrest_state), a.name, p.civilian_military, p.nationality, c.id
FROM person p
JOIN detention_case c ON c.person_id = p.id
LEFT JOIN facility f ON f.id = c.facility_id
LEFT JOIN agency a ON a.id = c.agency_id
"""


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list."""

    id: str
    person_id: str
    name: str
    national_id: str | None
    status: str
    facility: str | None
    arrest_date: str | None
    arrest_date_precision: str | None
    days_held: int | None
    updated_at: str
    stage: str = "unknown"
    state: str = ""                 # the facility's federal state, else the arrest's
    agency: str | None = None
    civilian_military: str = "unknown"
    nationality: str = ""

    def to_json(self) -> dict:
        return asdict(self)


def _row(values) -> CaseRow:
    (case_uuid, person_uuid, given, surnames, national_id, status, facility, arrest_date,
     precision, status_since, updated_at, stage, state, agency, civilian_military, nationality, _row_id) = values
    return CaseRow(case_uuid, person_uuid, " ".join(p for p in (given, surnames) if p), national_id,
                   status, facility, arrest_date, precision,
                   days_held(arrest_date, status, status_since), updated_at,
                   stage or "unknown", state or "", agency, civilian_military or "unknown", nationality or "")


def fts_query(text: str) -> str | None:
    """The FTS5 query for what someone typed: every word must match as a prefix.

    "V-12.345.678" and "12.345.678" become the digits token the index holds for IDs;
    "íñig" becomes "inig"*. Returns None when nothing searchable was typed.
    """
    text = re.sub(r"(?<=\d)[.\s](?=\d{3}\b)", "", text)          # 12.345.678 -> 12345678
    text = re.sub(r"\b[VvEe]\s*[-.]?\s*(?=\d{5})", "", text)      # V-12345678 -> 12345678
    # One letter narrows nothing in a long list and costs a scan of every term; it waits
    # for the next keystroke.
    words = [word for word in re.findall(r"\w+", fold(text)) if len(word) > 1]
    return " ".join(f'"{word}"*' for word in words) or None


def search_cases(text: str, limit: int = 50) -> list[CaseRow]:
    """The best matches for `text`, best first (bm25 rank)."""
    query = fts_query(text)
    if query is None:
        return list_cases(limit=limit)
    sql = (f"WITH hits AS (SELECT rowid, rank FROM case_search WHERE case_search MATCH ? "
           f"ORDER BY rank LIMIT ?) {_ROW_SQL} JOIN hits ON hits.rowid = c.id ORDER BY hits.rank")
    return [_row(values) for values in database.execute_sql(sql, (query, limit))]


class SortBy(StrEnum):
    NAME = "name"
    NATIONAL_ID = "national_id"
    STATUS = "status"
    FACILITY = "facility"
    ARREST_DATE = "arrest_date"
    DAYS_HELD = "days_held"
    UPDATED = "updated"
    STAGE = "stage"
    STATE = "state"
    AGENCY = "agency"
    CIVILIAN_MILITARY = "civilian_military"
    NATIONALITY = "nationality"


# Each ends in the name order so equal values list alphabetically. The name order is
# (sort_key, person id) only, so SQLite walks the person_sort_key index and stops after the
# page; adding c.id made it sort all 100k rows first (148 ms instead of 0.3 ms). With typed
# text, "{p}" becomes "+", which keeps SQLite from walking that index past every
# non-matching name: it starts from the matches and sorts only them. That costs ~250 ms for
# 20k matches at 100k cases, so dense matches take `_walk_matches` instead (a few ms).
DENSE_MATCHES = 2000
_ORDER = {
    SortBy.NAME: "{p}p.sort_key {d}, {p}p.id {d}",
    SortBy.NATIONAL_ID: "{p}p.national_id {d}, {p}p.sort_key, {p}p.id",
    SortBy.STATUS: "{p}c.status {d}, {p}p.sort_key, {p}p.id",
    SortBy.FACILITY: "{p}f.name_key {d}, {p}p.sort_key, {p}p.id",
    SortBy.ARREST_DATE: "{p}c.arrest_date {d}, {p}p.sort_key, {p}p.id",
    SortBy.UPDATED: "{p}c.updated_at {d}, {p}p.sort_key, {p}p.id",
    # As days_held(): to today while held, else to the day the detention ended; no arrest date last.
    SortBy.DAYS_HELD: "c.arrest_date IS NULL, julianday(CASE WHEN c.status IN ({held}) OR c.status_since IS NULL "
                      "THEN date('now', 'localtime') ELSE c.status_since END) - julianday({p}c.arrest_date) {d}, "
                      "{p}p.sort_key, {p}p.id",
    SortBy.STAGE: "{p}c.stage {d}, {p}p.sort_key, {p}p.id",
    SortBy.STATE: "COALESCE(NULLIF(f.state, ''), c.arrest_state) {d}, {p}p.sort_key, {p}p.id",
    SortBy.AGENCY: "(SELECT name_key FROM agency WHERE id = c.agency_id) {d}, {p}p.sort_key, {p}p.id",
    SortBy.CIVILIAN_MILITARY: "{p}p.civilian_military {d}, {p}p.sort_key, {p}p.id",
    SortBy.NATIONALITY: "{p}p.nationality {d}, {p}p.sort_key, {p}p.id",
}


@dataclass(frozen=True)
class CaseQuery:
    """What the case list shows: typed text, filters and the order."""

    text: str = ""
    statuses: frozenset[str] = field(default_factory=frozenset)
    facility: str | None = None            # facility uuid
    agency: str | None = None              # agency uuid
    civilian_military: str | None = None
    nationality: str | None = None
    arrested_from: date | None = None
    arrested_to: date | None = None
    proceeding: str | None = None          # proceeding uuid: its defendants' cases
    sort_by: SortBy = SortBy.NAME
    descending: bool = False

    def _where(self) -> tuple[str, list]:
        clauses, values = [], []
        text = fts_query(self.text)
        if text:
            clauses.append("c.id IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)")
            values.append(text)
        if self.statuses:
            clauses.append(f"c.status IN ({', '.join('?' * len(self.statuses))})")
            values += sorted(self.statuses)
        for clause, value in (("f.uuid = ?", self.facility),
                              ("c.agency_id = (SELECT id FROM agency WHERE uuid = ?)", self.agency),
                              ("p.civilian_military = ?", self.civilian_military),
                              ("p.nationality = ?", self.nationality),
                              ("c.id IN (SELECT d.case_id FROM proceeding_defendant d JOIN proceeding r "
                               "ON r.id = d.proceeding_id WHERE r.uuid = ?)", self.proceeding)):
            if value:
                clauses.append(clause)
                values.append(value)
        if self.arrested_from:
            clauses.append("c.arrest_date >= ?")
            values.append(self.arrested_from.isoformat())
        if self.arrested_to:
            clauses.append("c.arrest_date <= ?")
            values.append(self.arrested_to.isoformat())
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), values


    def only_text(self) -> bool:
        return self == CaseQuery(text=self.text, sort_by=self.sort_by, descending=self.descending)

    def _order(self) -> str:
        return _ORDER[self.sort_by].format(d="DESC" if self.descending else "ASC",
                                           p="+" if fts_query(self.text) else "", held=_HELD_SQL)


_HELD_SQL = ", ".join(f"'{status}'" for status in sorted(HELD_STATUSES))
_FROM = "FROM person p JOIN detention_case c ON c.person_id = p.id LEFT JOIN facility f ON f.id = c.facility_id"


def count_cases(query: CaseQuery | str = "") -> int:
    """How many cases the query matches (all of them for an empty one)."""
    query = CaseQuery(text=query) if isinstance(query, str) else query
    where, values = query._where()
    if not where:
        return database.execute_sql("SELECT count(*) FROM detention_case").fetchone()[0]
    if query.only_text():
        return database.execute_sql("SELECT count(*) FROM case_search WHERE case_search MATCH ?",
                                    values).fetchone()[0]
    return database.execute_sql(f"SELECT count(*) {_FROM}{where}", values).fetchone()[0]


def list_cases(offset: int = 0, limit: int = 100, query: CaseQuery | None = None, *,
               matches: int | None = None) -> list[CaseRow]:
    """One page of the case list: filtered, in the query's order (by name by default).

    `matches`, the count when the caller already has it, lets a broad search take the
    faster of the two ways to find a page.
    """
    query = query or CaseQuery()
    text = fts_query(query.text)
    if text and matches is not None and matches > DENSE_MATCHES:
        return cases_by_ids(_walk_matches(query, text, offset, limit))
    where, values = query._where()
    sql = f"{_ROW_SQL}{where} ORDER BY {query._order()} LIMIT ? OFFSET ?"
    return [_row(row) for row in database.execute_sql(sql, (*values, limit, offset))]


def _walk_matches(query: CaseQuery, text: str, offset: int, limit: int) -> list[int]:
    """Walk the list in its order without the text, keeping the ids the text matches.

    When a search matches many cases, a page of them turns up within a few hundred rows of
    the (indexed) order, which is far cheaper than sorting every match.
    """
    wanted = {row[0] for row in database.execute_sql(
        "SELECT rowid FROM case_search WHERE case_search MATCH ?", (text,))}
    unfiltered = replace(query, text="")
    where, values = unfiltered._where()
    cursor = database.execute_sql(f"SELECT c.id {_FROM}{where} ORDER BY {unfiltered._order()}", values)
    found: list[int] = []
    try:
        for (case_id,) in cursor:
            if case_id not in wanted:
                continue
            if offset:
                offset -= 1
                continue
            found.append(case_id)
            if len(found) == limit:
                break
    finally:
        cursor.close()
    return found


def ordered_case_ids(query: CaseQuery) -> array:
    """Every matching case's row id, in the list's order: 8 bytes a case, so the window can
    reach any page directly instead of counting its way there with OFFSET."""
    where, values = query._where()
    rows = database.execute_sql(f"SELECT c.id {_FROM}{where} ORDER BY {query._order()}", values)
    return array("q", (row[0] for row in rows))


def case_position(query: CaseQuery, case_uuid: str) -> int | None:
    """Where a case stands in the list `query` shows (None when it does not match), so the
    window can show a case just saved wherever the sort put it."""
    found = database.execute_sql("SELECT id FROM detention_case WHERE uuid = ?", (case_uuid,)).fetchone()
    if found is None:
        return None
    try:
        return ordered_case_ids(query).index(found[0])
    except ValueError:
        return None


def cases_by_ids(ids: list[int] | array) -> list[CaseRow]:
    """The rows for these case ids, in the order given."""
    if not len(ids):
        return []
    marks = ", ".join("?" * len(ids))
    rows = {row[-1]: _row(row) for row in database.execute_sql(f"{_ROW_SQL} WHERE c.id IN ({marks})", list(ids))}
    return [rows[case_id] for case_id in ids if case_id in rows]


@dataclass(frozen=True)
class Choice:
    id: str
    name: str


def filter_choices() -> dict[str, list[Choice]]:
    """The facilities, agencies and nationalities the filters can offer."""
    return {
        "facilities": [Choice(*row) for row in database.execute_sql(
            "SELECT uuid, name FROM facility ORDER BY name_key")],
        "agencies": [Choice(*row) for row in database.execute_sql(
            "SELECT uuid, name FROM agency ORDER BY name_key")],
        "nationalities": [Choice(row[0], row[0]) for row in database.execute_sql(
            "SELECT DISTINCT nationality FROM person WHERE nationality <> '' ORDER BY nationality")],
        "proceedings": [Choice(uuid, " — ".join(part for part in (number, court) if part))
                        for uuid, number, court in database.execute_sql(
                            "SELECT uuid, file_number, court FROM proceeding ORDER BY file_number, court")],
    }


@dataclass(frozen=True)
class AgendaItem:
    date: str
    kind: str
    description: str
    case_id: str
    name: str
    facility: str | None
    court: str = ""
    case_file_number: str = ""


def agenda(days: int = 30, today: date | None = None) -> list[AgendaItem]:
    """Dated events from today to `days` ahead, across all cases, soonest first."""
    today = today or date.today()
    rows = database.execute_sql(
        "SELECT e.date, e.kind, e.description, c.uuid, p.given_names || ' ' || p.surnames, f.name, "
        "c.court, c.case_file_number "
        "FROM event e JOIN detention_case c ON c.id = e.case_id JOIN person p ON p.id = c.person_id "
        "LEFT JOIN facility f ON f.id = c.facility_id "
        "WHERE e.date >= ? AND e.date <= ? ORDER BY e.date, p.sort_key",
        (today.isoformat(), (today + timedelta(days=days)).isoformat()))
    return [AgendaItem(*row) for row in rows]
