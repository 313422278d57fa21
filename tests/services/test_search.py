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
