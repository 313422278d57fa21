from datetime import date

import pytest

from casedesk.domain.errors import InvalidInput
from casedesk.domain.timeline import TimelineEntry, status_after, status_on
from casedesk.domain.vocabulary import EventKind, Status


def entry(day: str, sequence: int, status: Status | None) -> TimelineEntry:
    return TimelineEntry(date.fromisoformat(day), sequence, status)


TIMELINE = [
    entry("2020-12-03", 1, Status.DETAINED),
    entry("2021-06-01", 2, None),                          # a hearing
    entry("2023-02-10", 3, Status.WHEREABOUTS_UNKNOWN),
    entry("2023-03-01", 4, Status.DETAINED),
    entry("2025-01-08", 5, Status.RELEASED_CONDITIONAL),
]


@pytest.mark.parametrize("day, expected", [
    ("2020-12-02", None),
    ("2020-12-03", (Status.DETAINED, "2020-12-03")),
    ("2022-01-01", (Status.DETAINED, "2020-12-03")),
    ("2023-02-20", (Status.WHEREABOUTS_UNKNOWN, "2023-02-10")),
    ("2025-01-07", (Status.DETAINED, "2023-03-01")),
    ("2025-01-08", (Status.RELEASED_CONDITIONAL, "2025-01-08")),
])
def test_status_on_a_date_comes_from_the_timeline(day, expected):
    result = status_on(TIMELINE, date.fromisoformat(day))
    assert (result and (result[0], result[1].isoformat())) == expected


def test_on_the_same_day_the_event_entered_last_decides():
    same_day = [entry("2025-01-08", 7, Status.RELEASED_FULL), entry("2025-01-08", 3, Status.DETAINED)]
    assert status_on(same_day, date(2025, 1, 8))[0] is Status.RELEASED_FULL


def test_what_each_event_does_to_the_status():
    assert status_after(EventKind.ARREST, None) is Status.DETAINED
    assert status_after(EventKind.HEARING, None) is None
    assert status_after(EventKind.RELEASE_ANNOUNCED, None) is None   # an announcement frees no one
    assert status_after(EventKind.RELEASE_VERIFIED, None) is Status.RELEASED_CONDITIONAL
    assert status_after(EventKind.RELEASE_VERIFIED, Status.RELEASED_FULL) is Status.RELEASED_FULL
    assert status_after(EventKind.STATUS_RECORDED, Status.HOUSE_ARREST) is Status.HOUSE_ARREST


@pytest.mark.parametrize("kind, status", [
    (EventKind.STATUS_RECORDED, None),
    (EventKind.HEARING, Status.RELEASED_FULL),
    (EventKind.RELEASE_VERIFIED, Status.DETAINED),
])
def test_contradictory_events_are_refused(kind, status):
    with pytest.raises(InvalidInput):
        status_after(kind, status)
