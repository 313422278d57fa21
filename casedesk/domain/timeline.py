"""A case's status and procedural stage on any date, computed from its timeline of events.

This is the single rule behind the case list, the census and every dossier, so "how many
were held on 29 December 2025" always has one reproducible answer. An event dated only to
the month or year counts from the first day of that period. The procedural stage (awaiting
trial, sentenced…) follows the same rule over the events that set it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from casedesk.domain.errors import InvalidInput
from casedesk.domain.vocabulary import STAGE_AFTER_EVENT, STATUS_AFTER_EVENT, EventKind, Stage, Status


@dataclass(frozen=True)
class TimelineEntry:
    """What the rule needs of an event: its date, its order of entry and the status it sets."""

    date: date
    sequence: int
    status: Status | None
    stage: Stage | None = None


def status_after(kind: EventKind, explicit: Status | None) -> Status | None:
    """The status an event of `kind` leaves a case in (None: unchanged).

    Raises:
        InvalidInput: a "status recorded" event without a status, or a status given to an
            event kind that cannot change it (a hearing does not release anyone).
    """
    if kind is EventKind.STATUS_RECORDED:
        if explicit is None:
            raise InvalidInput("A “status recorded” event needs the status it records.",
                               "Un evento de “situación registrada” necesita la situación que registra.")
        return explicit
    if kind is EventKind.RELEASE_VERIFIED:
        if explicit not in (None, Status.RELEASED_CONDITIONAL, Status.RELEASED_FULL):
            raise InvalidInput("A verified release leaves the person released, with or without conditions.",
                               "Una excarcelación verificada deja a la persona en libertad, con o sin medidas.")
        return explicit or STATUS_AFTER_EVENT[kind]
    default = STATUS_AFTER_EVENT.get(kind)
    if explicit is not None and explicit is not default:
        raise InvalidInput(
            f"A “{kind.label('en')}” event cannot set the status to “{explicit.label('en')}”.",
            f"Un evento de “{kind.label('es')}” no puede poner la situación en “{explicit.label('es')}”.",
        )
    return default


def status_on(timeline: list[TimelineEntry], on: date) -> tuple[Status, date] | None:
    """(status, since) on `on`, or None when no event on or before that date set one.

    The latest status-setting event wins; on the same date, the one entered last.
    """
    deciding = None
    for entry in timeline:
        if entry.status is None or entry.date > on:
            continue
        if deciding is None or (entry.date, entry.sequence) >= (deciding.date, deciding.sequence):
            deciding = entry
    return (deciding.status, deciding.date) if deciding else None


def stage_after(kind: EventKind, explicit: Stage | None) -> Stage | None:
    """The procedural stage an event leaves a case in (None: unchanged): its own, or the one
    its kind implies (a sentence: sentenced; a charge: awaiting trial)."""
    return explicit or STAGE_AFTER_EVENT.get(kind)


def stage_on(timeline: list[TimelineEntry], on: date) -> tuple[Stage, date] | None:
    """(stage, since) on `on`, by the same rule as `status_on` over the events that set one."""
    deciding = None
    for entry in timeline:
        if entry.stage is None or entry.date > on:
            continue
        if deciding is None or (entry.date, entry.sequence) >= (deciding.date, deciding.sequence):
            deciding = entry
    return (deciding.stage, deciding.date) if deciding else None


def days_whereabouts_unknown(timeline: list[TimelineEntry], on: date) -> tuple[int, date | None]:
    """(days, since): the days of one detention episode with whereabouts unknown up to `on`,
    and the day the current spell began (None when the whereabouts are known on `on`).

    The statuses follow the same rule as `status_on`; a spell runs from the event that set
    "whereabouts unknown" to the next status-setting event that set another status (or to
    `on`), counted in whole days, so someone disappeared yesterday counts one day.
    """
    total, since = 0, None
    for entry in sorted((e for e in timeline if e.status is not None and e.date <= on),
                        key=lambda e: (e.date, e.sequence)):
        if entry.status is Status.WHEREABOUTS_UNKNOWN:
            since = since or entry.date
        elif since is not None:
            total += (entry.date - since).days
            since = None
    if since is not None:
        total += (on - since).days
    return total, since
