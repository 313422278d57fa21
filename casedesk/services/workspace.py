"""What the window keeps inside the vault between sessions: editor drafts and saved filters.

Neither is a record of the case, so neither is audited; both stay encrypted with the rest.
"""

from __future__ import annotations

import json
from dataclasses import asdict, replace
from datetime import date
from typing import Any

from casedesk.domain.errors import InvalidInput
from casedesk.services.search import CaseQuery, SortBy
from casedesk.storage.models import database, utc_now


def save_draft(key: str, data: dict[str, Any]) -> None:
    """Keep what is typed in an editor (key: "case:new:<n>" or "case:<uuid>")."""
    database.execute_sql(
        "INSERT INTO draft(key, data, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT(key) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at",
        (key, json.dumps(data, ensure_ascii=False), utc_now()))


def drafts() -> dict[str, dict[str, Any]]:
    """Every unsaved draft, oldest first."""
    rows = database.execute_sql("SELECT key, data FROM draft ORDER BY updated_at, key")
    return {key: json.loads(data) for key, data in rows}


def discard_draft(key: str) -> None:
    database.execute_sql("DELETE FROM draft WHERE key = ?", (key,))


def save_filter(name: str, query: CaseQuery) -> None:
    name = " ".join(name.split())
    if not name:
        raise InvalidInput("A saved filter needs a name.", "Un filtro guardado necesita un nombre.")
    data = asdict(replace(query, statuses=frozenset()))
    data.update(statuses=sorted(query.statuses),
                arrested_from=query.arrested_from and query.arrested_from.isoformat(),
                arrested_to=query.arrested_to and query.arrested_to.isoformat())
    database.execute_sql(
        "INSERT INTO saved_filter(name, query, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT(name) DO UPDATE SET query = excluded.query, updated_at = excluded.updated_at",
        (name, json.dumps(data, ensure_ascii=False), utc_now()))


def saved_filters() -> dict[str, CaseQuery]:
    result = {}
    for name, text in database.execute_sql("SELECT name, query FROM saved_filter ORDER BY name"):
        data = json.loads(text)
        data.update(statuses=frozenset(data["statuses"]), sort_by=SortBy(data["sort_by"]),
                    arrested_from=data["arrested_from"] and date.fromisoformat(data["arrested_from"]),
                    arrested_to=data["arrested_to"] and date.fromisoformat(data["arrested_to"]))
        result[name] = CaseQuery(**data)
    return result


def delete_filter(name: str) -> None:
    database.execute_sql("DELETE FROM saved_filter WHERE name = ?", (name,))
