import pytest

from casedesk.domain.normalize import parse_date
from casedesk.services.cases import NewCase, add_case, add_cases, delete_case, find_case, update_person
from casedesk.services.search import count_cases, fts_query, list_cases, search_cases


@pytest.fixture
def cases(vault):
    return {
        "iniguez": add_case(vault, NewCase.named("José Íñiguez Pérez", national_id="V-12.345.678",
                                                 facility="El Helicoide (SEBIN)", arrest_date=parse_date("2020-12-03"))),
        "nunez": add_case(vault, NewCase.named("Joel Ramón Núñez Núñez", national_id="21.923.924",
                                               facility="Zona 7 Boleíta", notes="Requiere atención médica")),
        "foreign": add_case(vault, NewCase.named("Camila Rojas Díaz", national_id="E-81.234.567",
                                                 facility="Rodeo I", aliases="La Profe")),
    }


def _found(query: str) -> list[str]:
    return [row.id for row in search_cases(query)]


@pytest.mark.parametrize("query", ["íñiguez", "IÑIGUEZ", "Iniguez", "iñig", "jose iniguez", "Perez Jose"])
def test_names_are_found_whatever_the_accents_case_or_order(cases, query):
    assert _found(query) == [cases["iniguez"]]


@pytest.mark.parametrize("query", ["V-12.345.678", "V12345678", "12.345.678", "12345678", "v-12345678", "12345"])
def test_an_id_finds_its_person_in_any_written_form(cases, query):
    assert _found(query) == [cases["iniguez"]]


def test_foreign_ids_aliases_facilities_and_notes_are_searchable(cases):
    assert _found("E-81.234.567") == [cases["foreign"]]
    assert _found("profe") == [cases["foreign"]]
    assert _found("helicoide") == [cases["iniguez"]]
    assert _found("atencion medica") == [cases["nunez"]]


def test_no_match_is_an_empty_list_and_a_zero_count(cases):
    assert _found("Zambrano") == [] and count_cases("Zambrano") == 0
    assert count_cases("") == 3 and count_cases("nunez") == 1


@pytest.mark.parametrize("typed", ['"', "*", "AND (", "-", "NEAR(", "a OR", "^", "'; DROP TABLE person; --"])
def test_search_syntax_typed_by_accident_never_breaks_the_search(cases, typed):
    search_cases(typed)
    count_cases(typed)


def test_the_index_follows_edits_and_deletions(vault, cases):
    person = find_case(cases["iniguez"]).person
    update_person(vault, person.uuid, surnames="Ibáñez Páez")
    assert _found("iniguez") == [] and _found("ibanez paez") == [cases["iniguez"]]
    delete_case(vault, cases["nunez"])
    assert _found("nunez") == []


def test_the_case_list_is_in_spanish_name_order(vault):
    add_cases(vault, [NewCase(given_names="Ana", surnames=s) for s in ("Nuzco", "Núñez", "Nunez", "Álvarez", "Oropeza")])
    assert [row.name.split()[1] for row in list_cases()] == ["Álvarez", "Nunez", "Núñez", "Nuzco", "Oropeza"]
    assert [row.name for row in list_cases(offset=3, limit=2)] == ["Ana Nuzco", "Ana Oropeza"]


def test_the_query_sent_to_the_index_is_only_quoted_words():
    assert fts_query("V-12.345.678") == '"12345678"*'
    assert fts_query('Íñiguez "AND" (') == '"iniguez"* "and"*'
    assert fts_query("  ") is None


def test_filters_narrow_the_list_and_the_count_agrees(vault):
    from datetime import date

    from casedesk.domain.vocabulary import CivilianMilitary, Status
    from casedesk.services.search import CaseQuery, SortBy, filter_choices
    add_cases(vault, [
        NewCase.named("Ana Pérez", facility="Rodeo I", agency="SEBIN", arrest_date=parse_date("2019-05-01"),
                      civilian_military=CivilianMilitary.MILITARY, nationality="Venezuela"),
        NewCase.named("Luis Páez", facility="Rodeo I", agency="DGCIM", arrest_date=parse_date("2024-01-10"),
                      status=Status.RELEASED_FULL, nationality="Colombia"),
        NewCase.named("Inés Marcano", facility="Yare III", agency="SEBIN", arrest_date=parse_date("2025-02-01")),
    ])
    choices = filter_choices()
    rodeo = next(c.id for c in choices["facilities"] if c.name == "Rodeo I")
    sebin = next(c.id for c in choices["agencies"] if c.name == "SEBIN")
    assert [c.name for c in choices["nationalities"]] == ["Colombia", "Venezuela"]

    def names(query):
        rows = list_cases(query=query)
        assert count_cases(query) == len(rows)
        return [row.name for row in rows]

    assert names(CaseQuery(facility=rodeo)) == ["Luis Páez", "Ana Pérez"]
    assert names(CaseQuery(facility=rodeo, agency=sebin)) == ["Ana Pérez"]
    assert names(CaseQuery(statuses=frozenset({"released_full"}))) == ["Luis Páez"]
    assert names(CaseQuery(civilian_military="military")) == ["Ana Pérez"]
    assert names(CaseQuery(nationality="Colombia")) == ["Luis Páez"]
    assert names(CaseQuery(arrested_from=date(2020, 1, 1), arrested_to=date(2024, 12, 31))) == ["Luis Páez"]
    assert names(CaseQuery(text="marcano", agency=sebin)) == ["Inés Marcano"]
    assert names(CaseQuery(sort_by=SortBy.ARREST_DATE, descending=True)) == ["Inés Marcano", "Luis Páez", "Ana Pérez"]
    assert names(CaseQuery(sort_by=SortBy.FACILITY)) == ["Luis Páez", "Ana Pérez", "Inés Marcano"]


def test_the_agenda_lists_the_next_30_days_soonest_first(vault):
    from datetime import date, timedelta

    from casedesk.domain.normalize import FuzzyDate
    from casedesk.domain.vocabulary import DatePrecision, EventKind
    from casedesk.services.cases import NewEvent
    from casedesk.services.search import agenda
    today = date.today()

    def hearing(days):
        return NewEvent(EventKind.HEARING, FuzzyDate(today + timedelta(days=days), DatePrecision.DAY),
                        description=f"Audiencia en {days} días")
    add_cases(vault, [NewCase.named("Ana Pérez", events=[hearing(20), hearing(45)]),
                      NewCase.named("Luis Páez", events=[hearing(3)])])
    assert [(item.name, item.description) for item in agenda(30)] == [
        ("Luis Páez", "Audiencia en 3 días"), ("Ana Pérez", "Audiencia en 20 días")]


def test_a_broad_search_pages_the_same_whichever_way_it_is_read(vault, monkeypatch):
    from casedesk.services import search
    from casedesk.services.demo import fill_demo_vault
    from casedesk.services.search import CaseQuery
    fill_demo_vault(vault, 400)
    monkeypatch.setattr(search, "DENSE_MATCHES", 10)
    for query in (CaseQuery(text="ma"), CaseQuery(text="ma", statuses=frozenset({"detained"}), descending=True)):
        matches = count_cases(query)
        assert matches > 50
        for offset in (0, 20, matches - 5):
            sorted_page = [row.id for row in list_cases(offset, 25, query)]
            walked_page = [row.id for row in list_cases(offset, 25, query, matches=matches)]
            assert walked_page == sorted_page


def test_sorting_by_days_held_counts_days_to_release_for_those_released(vault):
    """A man held since 2015 but released in 2015 after a month was held fewer days than a
    woman arrested in 2024 and still held: the arrest date alone would order them wrongly."""
    from datetime import date, timedelta

    from casedesk.domain.vocabulary import Status
    from casedesk.services.search import CaseQuery, SortBy
    today = date.today()
    add_cases(vault, [
        NewCase.named("Pedro Released", arrest_date=parse_date("2015-03-01"),
                      status=Status.RELEASED_FULL, status_date=date(2015, 4, 1)),
        NewCase.named("Rosa Held", arrest_date=parse_date((today - timedelta(days=400)).isoformat())),
        NewCase.named("Juan Longest", arrest_date=parse_date("2019-01-01")),
        NewCase.named("Sin Fecha"),
    ])
    rows = list_cases(query=CaseQuery(sort_by=SortBy.DAYS_HELD, descending=True))
    assert [(row.name, row.days_held) for row in rows] == [
        ("Juan Longest", (today - date(2019, 1, 1)).days), ("Rosa Held", 400), ("Pedro Released", 31),
        ("Sin Fecha", None)]
    ascending = list_cases(query=CaseQuery(sort_by=SortBy.DAYS_HELD))
    assert [row.name for row in ascending] == ["Pedro Released", "Rosa Held", "Juan Longest", "Sin Fecha"]
