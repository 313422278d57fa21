"""Releases being verified after an announcement, day by day.

An announcement ("a significant number will be released") comes with no names; lists follow,
and lawyers verify each release with two independent sources (see `verification`). From the
announcement date on, each day: how many people the release lists loaded that day named as
released (announced), how many people's releases were claimed (a release claim recorded:
from a list or by hand), verified and disputed, with running totals; and who still needs a
second source, with the case and the source they have.

People are counted, not claims: a person named on two lines, or claimed twice, counts once,
on the day of their first claim; their outcome is verified if any claim of theirs was, else
disputed if one was, else retracted if one was and none is open.

A release list is remembered when its claims are recorded (`record_release_list`): the file
or the source, the announced release date, how many it named as released and how many of
those matched a case. Days are the computer's local calendar days.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, datetime, timedelta, timezone
from typing import Any

from casedesk.domain.errors import InvalidInput
from casedesk.domain.vocabulary import ClaimKind, SourceKind, VerificationState
from casedesk.storage.audit import AuditTrail
from casedesk.storage.models import VaultMeta, database, new_uuid, utc_now
from casedesk.storage.vault import Vault

LIST_KEY = "release_list:"
MAX_DAYS = 3660                 # a tracker is about weeks; ten years of rows is already too many
_OPEN = (VerificationState.REPORTED.value, VerificationState.UNDER_VERIFICATION.value)


def local_day(timestamp: str) -> date:
    """The local calendar day of a stored UTC timestamp ("2025-01-08T02:30:00+00:00")."""
    moment = datetime.fromisoformat(timestamp)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone().date()


def record_release_list(vault: Vault, result: dict[str, list[dict[str, Any]]], released_on: date | None, *,
                        source: str, claims: int) -> str:
    """Remember a release list whose claims were recorded: how many people it named as
    released (a matched person once, however many lines name them), how many of those
    matched a case, and how many claims it gave. Returns the record's id."""
    matched = len({item["case_id"] for item in result.get("matched", [])})
    record = {"id": new_uuid(), "loaded_at": utc_now(), "source": source,
              "released_on": released_on.isoformat() if released_on else None,
              "named_released": matched + len(result.get("ambiguous", [])) + len(result.get("unmatched", [])),
              "matched": matched, "to_choose": len(result.get("ambiguous", [])),
              "without_case": len(result.get("unmatched", [])), "claims": claims}
    with database.atomic("IMMEDIATE"):
        VaultMeta.insert(key=LIST_KEY + record["id"], value=json.dumps(record, ensure_ascii=False)).execute()
        AuditTrail(vault.actor).write("create", "release_list", record["id"],
                                      {name: [None, value] for name, value in record.items()
                                       if name not in ("id", "loaded_at") and value is not None})
    return record["id"]


def release_lists() -> list[dict[str, Any]]:
    """Every release list recorded, oldest first."""
    rows = VaultMeta.select().where(VaultMeta.key.between(LIST_KEY, LIST_KEY + "\uffff"))     # LIKE would read "_" as any
    return sorted((json.loads(row.value) for row in rows), key=lambda record: record["loaded_at"])


def default_since() -> date:
    """Where the tracker starts when nobody says: the day of the oldest open release claim, or
    of the latest release list recorded, else today."""
    oldest = database.execute_sql(
        f"SELECT min(created_at) FROM verification WHERE claim_kind = ? AND state IN ({', '.join('?' * len(_OPEN))})",
        (ClaimKind.RELEASE.value, *_OPEN)).fetchone()[0]
    if oldest:
        return local_day(oldest)
    lists = release_lists()
    return local_day(lists[-1]["loaded_at"]) if lists else date.today()


def release_tracker(since: date, *, today: date | None = None) -> dict[str, Any]:
    """The tracker from `since` (the announcement date) to today: per day and in total, and
    who still needs sources. See the module's docstring for how people are counted."""
    today = today or date.today()
    if since > today:
        raise InvalidInput("The announcement date cannot be in the future.",
                           "La fecha del anuncio no puede ser futura.")
    lists = [record for record in release_lists() if local_day(record["loaded_at"]) >= since]
    claims = [claim for claim in _release_claims() if local_day(claim["reported_at"]) >= since]
    checks = _checks([claim["id"] for claim in claims])
    people: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for claim in claims:
        claim["sources"] = checks.get(claim["id"], [])
        people[claim["case_id"]].append(claim)
    outcomes = {case_id: _outcome(found) for case_id, found in people.items()}

    last = max([today, *(day for outcome in outcomes.values() for day in (outcome["claimed_on"], outcome["on"]) if day),
                *(local_day(record["loaded_at"]) for record in lists)])
    if (last - since).days >= MAX_DAYS:
        raise InvalidInput(f"The tracker covers at most {MAX_DAYS} days; choose a later announcement date.",
                           f"El seguimiento abarca como máximo {MAX_DAYS} días; elija una fecha de anuncio posterior.")
    per_day: dict[date, dict[str, int]] = {
        since + timedelta(days=offset): dict.fromkeys(("announced", "claimed", "verified", "disputed", "retracted"), 0)
        for offset in range((last - since).days + 1)}
    for record in lists:
        per_day[local_day(record["loaded_at"])]["announced"] += record["named_released"]
    for outcome in outcomes.values():
        per_day[outcome["claimed_on"]]["claimed"] += 1
        if outcome["state"] in ("verified", "disputed", "retracted"):
            per_day[outcome["on"]][outcome["state"]] += 1
    days, running = [], dict.fromkeys(("announced", "claimed", "verified", "disputed", "retracted"), 0)
    for day, counts in per_day.items():
        for name, count in counts.items():
            running[name] += count
        days.append({"date": day.isoformat(), **counts, **{f"{name}_total": total for name, total in running.items()},
                     "open_total": running["claimed"] - running["verified"] - running["disputed"] - running["retracted"]})

    waiting = [outcome for outcome in outcomes.values() if outcome["state"] == "open"]
    waiting.sort(key=lambda outcome: (outcome["claim"]["reported_at"], outcome["claim"]["name"]))
    needs_second = [_waiting(outcome) for outcome in waiting if outcome["kinds"] == 1]
    no_source = [_waiting(outcome) for outcome in waiting if outcome["kinds"] == 0]
    ready = [_waiting(outcome) for outcome in waiting if outcome["kinds"] >= 2]
    return {
        "since": since.isoformat(), "today": today.isoformat(),
        "lists": [{**record, "loaded_on": local_day(record["loaded_at"]).isoformat()} for record in lists],
        "days": days,
        "totals": {**running, "open": len(waiting), "needs_second_source": len(needs_second),
                   "no_source_yet": len(no_source), "two_sources_not_yet_verified": len(ready)},
        "needs_second_source": needs_second, "no_source_yet": no_source, "two_sources_not_yet_verified": ready,
    }


def _release_claims() -> list[dict[str, Any]]:
    rows = database.execute_sql(
        "SELECT v.id, v.uuid, v.state, v.created_at, v.verified_at, v.updated_at, v.claimed_date, v.reported_by, "
        "v.reported_where, c.uuid, p.given_names || ' ' || p.surnames FROM verification v "
        "JOIN detention_case c ON c.id = v.case_id JOIN person p ON p.id = c.person_id "
        "WHERE v.claim_kind = ? ORDER BY v.created_at, v.id", (ClaimKind.RELEASE.value,))
    return [{"row_id": row_id, "id": uuid, "state": state, "reported_at": created, "verified_at": verified,
             "closed_at": updated, "claimed_date": claimed, "reported_by": by, "reported_where": where,
             "case_id": case_uuid, "name": " ".join(name.split())}
            for row_id, uuid, state, created, verified, updated, claimed, by, where, case_uuid, name in rows]


def _checks(claim_uuids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """The sources checked for each claim, in the order they were checked."""
    found: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for start in range(0, len(claim_uuids), 500):
        chunk = claim_uuids[start:start + 500]
        for claim_uuid, kind, detail, confirms, checked_at, checked_by in database.execute_sql(
                "SELECT v.uuid, k.source_kind, k.detail, k.confirms, k.checked_at, k.checked_by "
                "FROM verification_check k JOIN verification v ON v.id = k.verification_id "
                f"WHERE v.uuid IN ({', '.join('?' * len(chunk))}) ORDER BY k.id", chunk):
            found[claim_uuid].append({"kind": kind, "kind_en": SourceKind(kind).label("en"),
                                      "kind_es": SourceKind(kind).label("es"), "detail": detail,
                                      "confirms": bool(confirms), "checked_on": local_day(checked_at).isoformat(),
                                      "checked_by": checked_by})
    return found


def _outcome(claims: list[dict[str, Any]]) -> dict[str, Any]:
    """One person's release claims since the announcement: when first claimed, where they stand
    and since when, and (while open) the claim with the most sources."""
    claimed_on = min(local_day(claim["reported_at"]) for claim in claims)
    verified = [local_day(claim["verified_at"] or claim["closed_at"]) for claim in claims if claim["state"] == "verified"]
    open_claims = [claim for claim in claims if claim["state"] in _OPEN]
    disputed = [local_day(claim["closed_at"]) for claim in claims if claim["state"] == "disputed"]
    retracted = [local_day(claim["closed_at"]) for claim in claims if claim["state"] == "retracted"]
    if verified:
        return {"claimed_on": claimed_on, "state": "verified", "on": min(verified)}
    if disputed:
        return {"claimed_on": claimed_on, "state": "disputed", "on": min(disputed)}
    if not open_claims:
        return {"claimed_on": claimed_on, "state": "retracted", "on": min(retracted)}

    def confirming_kinds(claim: dict[str, Any]) -> int:
        return len({source["kind"] for source in claim["sources"] if source["confirms"]})
    best = max(open_claims, key=lambda claim: (confirming_kinds(claim), claim["reported_at"]))
    return {"claimed_on": claimed_on, "state": "open", "on": None, "claim": best, "kinds": confirming_kinds(best)}


def _waiting(outcome: dict[str, Any]) -> dict[str, Any]:
    claim = outcome["claim"]
    return {"claim_id": claim["id"], "case_id": claim["case_id"], "name": claim["name"], "state": claim["state"],
            "claimed_date": claim["claimed_date"], "reported_by": claim["reported_by"],
            "reported_where": claim["reported_where"], "reported_on": local_day(claim["reported_at"]).isoformat(),
            "sources": claim["sources"]}
