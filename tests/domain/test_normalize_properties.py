"""Whatever a spreadsheet holds, a normaliser returns a clean value or says what is wrong."""

from hypothesis import given
from hypothesis import strategies as st

from casedesk.domain.errors import InvalidInput
from casedesk.domain.normalize import normalize_name, normalize_national_id, parse_date
from casedesk.domain.vocabulary import parse_status
from casedesk.services.search import fts_query


@given(st.text())
def test_national_ids_are_normalised_or_refused_never_crash(text):
    try:
        first = normalize_national_id(text)
    except InvalidInput:
        return
    assert normalize_national_id(first) == first          # normalising twice changes nothing


@given(st.integers(min_value=10_000, max_value=999_999_999), st.sampled_from(["V", "E", ""]),
       st.sampled_from(["-", "", " ", "."]), st.booleans())
def test_a_cedula_in_any_spelling_normalises_to_one_value(number, letter, separator, dotted):
    digits = f"{number:,}".replace(",", ".") if dotted else str(number)
    written = f"{letter}{separator if letter else ''}{digits}"
    if letter:
        expected = f"{letter}-{number}"
    elif number >= 100_000_000:
        expected = str(number)                              # too long for a cédula: another document
    else:
        expected = f"{'E' if number >= 80_000_000 else 'V'}-{number}"   # only foreigners' cédulas go that high
    assert normalize_national_id(written) == expected


@given(st.text())
def test_dates_are_parsed_or_refused_never_crash(text):
    try:
        parse_date(text)
    except InvalidInput:
        pass


@given(st.text())
def test_names_and_statuses_never_crash(text):
    assert normalize_name(normalize_name(text)) == normalize_name(text)
    parse_status(text)


@given(st.text())
def test_search_queries_hold_only_quoted_words(text):
    query = fts_query(text)
    if query is not None:
        for term in query.split(" "):
            assert term.startswith('"') and term.endswith('"*') and '"' not in term[1:-2]
