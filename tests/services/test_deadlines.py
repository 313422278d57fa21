"""Legal deadlines on vaults built for them, against answers worked out by hand beforehand.

Years run from date to date (Código Civil art. 12): arrested 1 March 2022, the two-year term ends
on 1 March 2024 and a person still held on 2 March 2024 is one day beyond it. Arrested on 29
February 2024, the term ends on 28 February 2026 (no 29th that year), so 1 March 2026 is one day
beyond. An arrest known only to the month counts from its last day: March 2022 ends its term on
31 March 2024, and on 30 April 2024 the person is *at least* 30 days beyond.
"""

from datetime import date, timedelta

import pytest

from casedesk.domain.deadlines import Rule, add_years, bounds, describe
from casedesk.domain.errors import InvalidInput
from casedesk.domain.normalize import parse_date
from casedesk.domain.vocabulary import EventKind, Status
from casedesk.services.cases import NewCase, NewEvent, add_case, add_event, case_details, find_case, status_on
from casedesk.services.census import census_as_of
from casedesk.services.deadlines import deadline_settings, deadlines_as_of, set_deadline_settings
from casedesk.services.proceedings import (
    add_proceeding, add_proceeding_event, proceeding_details, set_hearing_outcome, timeline_of,
)


def _findings(rule: Rule, as_of: date) -> dict[str, object]:
    """{name: finding} of one rule on a date."""
    return {finding.name: finding for finding in deadlines_as_of(as_of, rules={rule})}


def _case(vault, name: str, arrested: str, *events: tuple, **details) -> str:
    return add_case(vault, NewCase.named(name, arrest_date=parse_date(arrested),
                                         events=[NewEvent(kind, parse_date(day), status) for kind, day, status in events],
                                         **details))


# --- The date arithmetic ------------------------------------------------------------------------

def test_years_run_from_date_to_date_and_a_29_february_ends_on_the_28th():
    assert add_years(date(2022, 3, 1), 2) == date(2024, 3, 1)
    assert add_years(date(2024, 2, 29), 2) == date(2026, 2, 28)
    assert add_years(date(2024, 2, 29), 4) == date(2028, 2, 29)
    assert bounds(date(2022, 3, 1), "month") == (date(2022, 3, 1), date(2022, 3, 31))
    assert bounds(date(2024, 2, 1), "month") == (date(2024, 2, 1), date(2024, 2, 29))
    assert bounds(date(2021, 1, 1), "year") == (date(2021, 1, 1), date(2021, 12, 31))


# --- Presentation before a judge within 48 hours ------------------------------------------------------

def test_the_48_hours_end_with_the_second_day_after_the_arrest(vault):
    presented = EventKind.PRESENTED_TO_JUDGE
    _case(vault, "Ana A Tiempo", "10/06/2025", (presented, "12/06/2025", None))
    _case(vault, "Berta Tarde", "10/06/2025", (presented, "13/06/2025", None))
    _case(vault, "Carla Sinpresentar", "10/06/2025")

    assert _findings(Rule.PRESENTATION, date(2025, 6, 12)) == {}
    on_13 = _findings(Rule.PRESENTATION, date(2025, 6, 13))
    assert set(on_13) == {"Berta Tarde", "Carla Sinpresentar"}
    assert (on_13["Berta Tarde"].since, on_13["Berta Tarde"].amount) == (date(2025, 6, 13), 1)
    assert on_13["Berta Tarde"].detail["presented"] == "2025-06-13"
    assert (on_13["Carla Sinpresentar"].since, on_13["Carla Sinpresentar"].amount) == (date(2025, 6, 13), 1)
    # Still not presented a week later: 7 days beyond (13..20 June counted from the 12th).
    assert _findings(Rule.PRESENTATION, date(2025, 6, 19))["Carla Sinpresentar"].amount == 7
    # After 30 days without any record, a missing record is likelier than a missing hearing.
    assert "Carla Sinpresentar" not in _findings(Rule.PRESENTATION, date(2025, 7, 15))
    assert "Berta Tarde" in _findings(Rule.PRESENTATION, date(2025, 7, 15))      # a fact, still reported


def test_a_presentation_recorded_on_the_proceeding_counts_for_every_defendant(vault):
    first = _case(vault, "Daniel Uno", "10/06/2025")
    second = _case(vault, "Ernesto Dos", "10/06/2025")
    proceeding = add_proceeding(vault, court="Tribunal 1.º de Control", file_number="1C-100-25",
                                case_uuids=[first, second])
    add_proceeding_event(vault, proceeding, "presented_to_judge", parse_date("12/06/2025"))
    assert _findings(Rule.PRESENTATION, date(2025, 6, 20)) == {}


# --- Preventive detention beyond two years (COPP art. 230) ----------------------------------------------

def test_two_years_across_a_leap_day(vault):
    _case(vault, "Fabiola Marzo", "01/03/2022")
    _case(vault, "Gustavo Bisiesto", "29/02/2024")

    assert "Fabiola Marzo" not in _findings(Rule.PREVENTIVE_DETENTION, date(2024, 3, 1))
    beyond = _findings(Rule.PREVENTIVE_DETENTION, date(2024, 3, 2))["Fabiola Marzo"]
    assert (beyond.since, beyond.amount, beyond.at_least) == (date(2024, 3, 2), 1, False)
    assert beyond.detail["limit"] == "2024-03-01"

    assert "Gustavo Bisiesto" not in _findings(Rule.PREVENTIVE_DETENTION, date(2026, 2, 28))
    leap = _findings(Rule.PREVENTIVE_DETENTION, date(2026, 3, 1))["Gustavo Bisiesto"]
    assert (leap.since, leap.amount, leap.detail["limit"]) == (date(2026, 3, 1), 1, "2026-02-28")


def test_an_extension_moves_the_limit_to_three_years(vault):
    _case(vault, "Hilda Prorrogada", "01/03/2022", (EventKind.DETENTION_EXTENDED, "15/02/2024", None))
    assert _findings(Rule.PREVENTIVE_DETENTION, date(2024, 3, 2)) == {}
    assert _findings(Rule.PREVENTIVE_DETENTION, date(2025, 3, 1)) == {}
    extended = _findings(Rule.PREVENTIVE_DETENTION, date(2025, 3, 2))["Hilda Prorrogada"]
    assert (extended.amount, extended.detail["years"], extended.detail["extended"]) == (1, 3, True)
    # Before the extension was granted, the two-year term applied: held on 10 Feb 2024 was within it.
    assert _findings(Rule.PREVENTIVE_DETENTION, date(2024, 2, 10)) == {}


def test_an_extension_on_the_proceeding_reaches_every_defendant(vault):
    first = _case(vault, "Iván Uno", "01/03/2022")
    second = _case(vault, "Julia Dos", "01/03/2022")
    proceeding = add_proceeding(vault, court="Tribunal 2.º de Control", file_number="2C-200-22",
                                case_uuids=[first, second])
    add_proceeding_event(vault, proceeding, "detention_extended", parse_date("20/02/2024"))
    assert _findings(Rule.PREVENTIVE_DETENTION, date(2024, 6, 1)) == {}
    assert set(_findings(Rule.PREVENTIVE_DETENTION, date(2025, 6, 1))) == {"Iván Uno", "Julia Dos"}


def test_a_sentence_ends_preventive_detention(vault):
    _case(vault, "Karla Condenada Antes", "01/03/2022", (EventKind.SENTENCE, "01/12/2023", None))
    _case(vault, "Lucas Condenado Despues", "01/03/2022", (EventKind.SENTENCE, "01/05/2024", None))
    on_april = _findings(Rule.PREVENTIVE_DETENTION, date(2024, 4, 1))
    assert set(on_april) == {"Lucas Condenado Despues"}            # not sentenced yet on 1 April
    assert on_april["Lucas Condenado Despues"].amount == 31        # 2 March .. 1 April
    assert _findings(Rule.PREVENTIVE_DETENTION, date(2024, 6, 1)) == {}


def test_a_month_only_arrest_gives_at_least(vault):
    _case(vault, "Marta Solo Mes", "03/2022")
    assert _findings(Rule.PREVENTIVE_DETENTION, date(2024, 3, 31)) == {}
    finding = _findings(Rule.PREVENTIVE_DETENTION, date(2024, 4, 30))["Marta Solo Mes"]
    assert (finding.since, finding.amount, finding.at_least) == (date(2024, 4, 1), 30, True)
    assert "at least 30 days" in describe(finding, "en")
    assert "al menos 30 días" in describe(finding, "es")


def test_only_people_held_count_and_the_census_states_how_many_are_beyond(vault):
    _case(vault, "Nora Excarcelada", "01/03/2022", (EventKind.RELEASE_VERIFIED, "01/06/2023", Status.RELEASED_FULL))
    _case(vault, "Oscar Detenido", "01/03/2022")
    _case(vault, "Pablo Reciente", "01/03/2024")
    assert set(_findings(Rule.PREVENTIVE_DETENTION, date(2024, 12, 1))) == {"Oscar Detenido"}
    assert census_as_of(date(2024, 12, 1)).to_json()["beyond_preventive_detention_limit"] == 1
    # Today (statuses cached on the cases): Pablo, arrested 1 March 2024, is beyond too once two years passed.
    expected = {"Oscar Detenido"} | ({"Pablo Reciente"} if date.today() > date(2026, 3, 1) else set())
    assert set(_findings(Rule.PREVENTIVE_DETENTION, date.today())) == expected


# --- A civilian before a military court ------------------------------------------------------------------

def test_a_civilian_before_a_military_court(vault):
    civilian = _case(vault, "Quintín Civil", "01/03/2024", civilian_military="civilian")
    soldier = _case(vault, "Rafael Militar", "01/03/2024", civilian_military="military")
    unknown = _case(vault, "Sara Sin Dato", "01/03/2024")
    _case(vault, "Tomás Sin Causa", "01/03/2024", civilian_military="civilian",
          court="Tribunal Militar 2.º de Control de Caracas")
    ordinary = _case(vault, "Úrsula Causa Ordinaria", "01/03/2024", civilian_military="civilian",
                     court="Tribunal Militar 5.º de Control")
    military = add_proceeding(vault, court="Tribunal Militar 1.º de Control", file_number="CJPM-1-24",
                              case_uuids=[civilian, soldier, unknown])
    assert proceeding_details(military)["jurisdiction"] == "military"     # the court's name says so
    add_proceeding(vault, court="Tribunal 3.º de Control", file_number="3C-1-24", case_uuids=[ordinary])
    found = _findings(Rule.MILITARY_COURT, date(2025, 1, 1))
    assert set(found) == {"Quintín Civil", "Tomás Sin Causa"}
    assert found["Quintín Civil"].detail["file_number"] == "CJPM-1-24"


# --- Whereabouts unknown --------------------------------------------------------------------------------

def test_whereabouts_unknown_for_more_than_the_vaults_days(vault):
    _case(vault, "Víctor Desaparecido", "28/12/2024", (EventKind.WHEREABOUTS_UNKNOWN, "01/01/2025", None))
    assert deadline_settings()["whereabouts_days"] == 7
    assert _findings(Rule.WHEREABOUTS, date(2025, 1, 8)) == {}
    finding = _findings(Rule.WHEREABOUTS, date(2025, 1, 9))["Víctor Desaparecido"]
    assert (finding.since, finding.amount, finding.detail["days_unknown"]) == (date(2025, 1, 9), 1, 8)
    set_deadline_settings(vault, whereabouts_days=10)
    assert _findings(Rule.WHEREABOUTS, date(2025, 1, 11)) == {}
    assert _findings(Rule.WHEREABOUTS, date(2025, 1, 12))["Víctor Desaparecido"].amount == 1
    with pytest.raises(InvalidInput):
        set_deadline_settings(vault, whereabouts_days=-1)


# --- Hearings deferred, and the next hearing --------------------------------------------------------------

@pytest.fixture
def co_defendants(vault):
    held = _case(vault, "Wilmer Preso", "01/10/2023")
    also_held = _case(vault, "Ximena Presa", "01/10/2023")
    released = _case(vault, "Yolanda Libre", "01/10/2023",
                     (EventKind.RELEASE_VERIFIED, "01/12/2023", Status.RELEASED_FULL))
    proceeding = add_proceeding(vault, court="Tribunal 4.º de Control", file_number="4C-400-23",
                                case_uuids=[held, also_held, released])
    for day in ("10/01/2024", "10/02/2024", "10/03/2024", "10/04/2024"):
        add_proceeding_event(vault, proceeding, "hearing", parse_date(day), outcome="deferred",
                             note="Diferida por falta de traslado")
    add_proceeding_event(vault, proceeding, "hearing", parse_date("10/05/2024"), outcome="held")
    return {"proceeding": proceeding, "held": held, "also_held": also_held, "released": released}


def test_deferred_hearings_count_for_every_co_defendant_still_in_the_courts(vault, co_defendants):
    assert _findings(Rule.HEARINGS_DEFERRED, date(2024, 3, 31)) == {}          # three deferrals: tolerated
    found = _findings(Rule.HEARINGS_DEFERRED, date(2024, 4, 10))
    assert set(found) == {"Wilmer Preso", "Ximena Presa"}                     # Yolanda was fully released
    assert {(f.since, f.amount, f.unit, f.detail["deferred"]) for f in found.values()} == {
        (date(2024, 4, 10), 1, "times", 4)}
    assert "deferred 4 times" in describe(found["Wilmer Preso"], "en")
    details = proceeding_details(co_defendants["proceeding"])
    assert (details["hearings_deferred"], details["hearings_held"]) == (4, 1)
    set_deadline_settings(vault, deferrals=4)
    assert _findings(Rule.HEARINGS_DEFERRED, date(2024, 6, 1)) == {}


def test_the_next_hearing_within_seven_days(vault, co_defendants):
    soon = date.today() + timedelta(days=3)
    add_proceeding_event(vault, co_defendants["proceeding"], "hearing", parse_date(soon.isoformat()),
                         note="Audiencia preliminar")
    _case(vault, "Zoe Audiencia Propia", "01/10/2023",
          (EventKind.HEARING, (date.today() + timedelta(days=6)).isoformat(), None))
    later = _case(vault, "Abel Audiencia Lejana", "01/10/2023",
                  (EventKind.HEARING, (date.today() + timedelta(days=8)).isoformat(), None))
    found = _findings(Rule.NEXT_HEARING, date.today())
    assert {name: finding.amount for name, finding in found.items()} == {
        "Wilmer Preso": 3, "Ximena Presa": 3, "Zoe Audiencia Propia": 6}
    assert find_case(later).status == "detained"


def test_a_hearing_in_the_future_has_no_outcome_and_only_hearings_are_scheduled(vault, co_defendants):
    ahead = parse_date((date.today() + timedelta(days=10)).isoformat())
    with pytest.raises(InvalidInput):
        add_proceeding_event(vault, co_defendants["proceeding"], "hearing", ahead, outcome="held")
    with pytest.raises(InvalidInput):
        add_proceeding_event(vault, co_defendants["proceeding"], "detention_extended", ahead)
    with pytest.raises(InvalidInput):          # a sentence is personal: it goes on each case
        add_proceeding_event(vault, co_defendants["proceeding"], "sentence", parse_date("01/06/2024"))
    scheduled = add_proceeding_event(vault, co_defendants["proceeding"], "hearing", ahead)
    with pytest.raises(InvalidInput):
        set_hearing_outcome(vault, scheduled, "deferred")


# --- One hearing, every defendant's timeline ------------------------------------------------------------

def test_a_hearing_on_the_proceeding_is_in_every_defendants_timeline_and_changes_no_status(vault, co_defendants):
    for key in ("held", "also_held", "released"):
        timeline = timeline_of(case_details(find_case(co_defendants[key])))
        shared = [(e["date"], e["kind"], e["outcome"], e["proceeding"]) for e in timeline if e["proceeding"]]
        assert shared == [("2024-01-10", "hearing", "deferred", "4C-400-23"),
                          ("2024-02-10", "hearing", "deferred", "4C-400-23"),
                          ("2024-03-10", "hearing", "deferred", "4C-400-23"),
                          ("2024-04-10", "hearing", "deferred", "4C-400-23"),
                          ("2024-05-10", "hearing", "held", "4C-400-23")]
    # Stored once, on the proceeding: no case got events of its own, and the statuses stand.
    held = find_case(co_defendants["held"])
    assert [e["kind"] for e in case_details(held)["events"]] == ["arrest"]
    assert status_on(held, date(2024, 5, 10)) is Status.DETAINED
    assert status_on(find_case(co_defendants["released"]), date(2024, 5, 10)) is Status.RELEASED_FULL
    co = case_details(held)["proceedings"][0]["co_defendants"]
    assert sorted(d["name"] for d in co) == ["Ximena Presa", "Yolanda Libre"]


def test_the_same_file_number_is_one_proceeding_however_it_is_written(vault):
    first = _case(vault, "Beatriz Uno", "01/10/2023")
    second = _case(vault, "Camilo Dos", "01/10/2023")
    one = add_proceeding(vault, court="Tribunal 5.º de Control", file_number="5C-12.345-23", case_uuids=[first])
    again = add_proceeding(vault, court="Tribunal 5.º de Control", file_number="5c 12345-23", case_uuids=[second])
    assert one == again
    assert [d["name"] for d in proceeding_details(one)["defendants"]] == ["Camilo Dos", "Beatriz Uno"]   # by surname


def test_a_case_without_a_proceeding_keeps_working(vault):
    case = _case(vault, "Dario Solo", "01/10/2023", court="Tribunal 6.º de Control", case_file_number="6C-1-23")
    details = case_details(find_case(case))
    assert details["proceedings"] == [] and details["case"]["court"] == "Tribunal 6.º de Control"
    add_event(vault, case, NewEvent(EventKind.PRESENTED_TO_JUDGE, parse_date("03/10/2023")))
    assert timeline_of(case_details(find_case(case)))[-1]["kind"] == "presented_to_judge"


def test_day_counts_are_grouped_as_each_language_writes_numbers():
    from casedesk.domain.deadlines import _days
    assert (_days(2891, "es"), _days(2891, "en"), _days(1, "es")) == ("2.891 días", "2,891 days", "1 día")
