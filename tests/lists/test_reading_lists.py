"""The list-reading steps on their own: the header finder, the column decisions, the words
lists use, and who is the same person. Property tests build sheets the way groups do."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casedesk.domain.list_values import read_nationality, read_service, read_state
from casedesk.domain.list_words import STATUS_PHRASES
from casedesk.domain.normalize import read_national_id
from casedesk.domain.vocabulary import CivilianMilitary, read_status
from casedesk.lists.columns import decide_columns
from casedesk.lists.grids import Sheet
from casedesk.lists.people import Known, People, names_agree
from casedesk.lists.tables import find_table

TODAY = date(2026, 1, 15)

# Headers as different groups write them, for the fields every list has.
HEADERS = {
    "full_name": ["Nombre", "NOMBRES Y APELLIDOS", "Apellidos y nombres", "Nombre completo", "Detenido/a"],
    "national_id": ["Cédula", "C.I.", "CI", "Documento de identidad", "N° de cédula"],
    "arrest_date": ["Fecha de detención", "F. Detención", "FECHA DE DETENCION", "Detenido desde"],
    "status": ["Estatus", "Situación", "ESTATUS ACTUAL", "Status"],
    "facility": ["Lugar de reclusión", "Centro de reclusión", "CENTRO", "Recinto"],
}
_GIVEN = ["José", "María", "Luis", "Ana", "Carlos", "Rosa", "Pedro", "Yusmary"]
_SURNAME = ["Pérez", "Gómez", "Rondón", "Chacón", "Marcano", "Oropeza", "Quintero", "Briceño"]


@st.composite
def _people_rows(draw, count: int) -> list[dict[str, str]]:
    rows = []
    for number in range(count):
        name = f"{draw(st.sampled_from(_GIVEN))} {draw(st.sampled_from(_SURNAME))} {draw(st.sampled_from(_SURNAME))}"
        rows.append({"full_name": draw(st.sampled_from([name, name.upper()])),
                     "national_id": f"V-{10_000_000 + number * 7919:,}".replace(",", "."),
                     "arrest_date": f"{draw(st.integers(1, 28)):02d}/{draw(st.integers(1, 12)):02d}/2024",
                     "status": draw(st.sampled_from(["Detenido", "Procesada", "Excarcelado", "Desaparecido"])),
                     "facility": draw(st.sampled_from(["Rodeo I", "El Helicoide", "INOF", "Tocorón"]))})
    return rows


@settings(max_examples=80, deadline=None)
@given(st.data())
def test_the_header_is_found_below_titles_notes_and_blank_rows(data):
    fields = data.draw(st.permutations(list(HEADERS)))
    labels = [data.draw(st.sampled_from(HEADERS[field])) for field in fields]
    above = data.draw(st.lists(st.sampled_from([
        ["LISTA DE PRESOS POLÍTICOS"], [], ["Actualizado al 15/12/2025"], ["Fuente: registro propio", ""],
        ["CONFIDENCIAL – uso interno"]]), max_size=5))
    people = data.draw(_people_rows(data.draw(st.integers(3, 12))))
    rows = [list(row) for row in above] + [labels] + [[person[field] for field in fields] for person in people]
    table = find_table(Sheet("Hoja1", rows), TODAY)
    assert table.header_rows == [len(above) + 1]
    assert table.above == list(range(1, len(above) + 1))
    columns = [[cells[i] if i < len(cells) else "" for _, cells in table.rows] for i in range(table.width)]
    choices = decide_columns(table.headers, table.parents, columns, TODAY)
    assert [choice.field for choice in choices][:len(fields)] == fields


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_a_two_row_merged_header_gives_each_column_its_own_field(data):
    people = data.draw(_people_rows(data.draw(st.integers(2, 8))))
    top = ["Nombre", "Nombre", "Cédula", "Detención", "Detención", "Situación"]
    below = ["Apellidos", "Nombres", "Cédula", "Fecha", "Centro", "Situación"]
    if data.draw(st.booleans()):                  # as a CSV keeps it: the merged cells left empty
        top = ["Nombre", "", "Cédula", "Detención", "", "Situación"]
        below = ["Apellidos", "Nombres", "", "Fecha", "Centro", ""]
    rows = [top, below]
    for person in people:
        given, *surnames = person["full_name"].split(" ", 1)
        rows.append([" ".join(surnames), given, person["national_id"], person["arrest_date"], person["facility"],
                     person["status"]])
    table = find_table(Sheet("Hoja1", rows), TODAY)
    assert table.header_rows == [1, 2]
    columns = [[cells[i] for _, cells in table.rows] for i in range(table.width)]
    fields = [choice.field for choice in decide_columns(table.headers, table.parents, columns, TODAY)]
    assert fields == ["surnames", "given_names", "national_id", "arrest_date", "facility", "status"]
    assert len(table.rows) == len(people)                    # no sub-header row read as a person


def test_a_column_headed_estado_holding_federal_states_is_the_state():
    rows = [["Nombre", "Cédula", "Estado"], ["Ana Pérez", "V-1000001", "Zulia"], ["Luis Páez", "V-1000002", "Trujillo"],
            ["Rosa Díaz", "V-1000003", "LARA"]]
    table = find_table(Sheet("x", rows), TODAY)
    columns = [[cells[i] for _, cells in table.rows] for i in range(3)]
    [_, _, estado] = decide_columns(table.headers, table.parents, columns, TODAY)
    assert (estado.field, estado.why) == ("state", "header and content") and "federal states" in estado.detail_en


def _variants(phrase: str):
    return st.tuples(st.sampled_from(["", "  "]), st.sampled_from(["lower", "upper", "title"]),
                     st.sampled_from(["", ".", " (confirmado)", " - ver nota"])).map(
        lambda parts: parts[0] + getattr(phrase, parts[1])() + parts[2])


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(STATUS_PHRASES)).flatmap(lambda phrase: st.tuples(st.just(phrase), _variants(phrase))))
def test_every_status_word_is_read_whatever_its_case_spacing_or_remark(pair):
    phrase, written = pair
    status, stage = STATUS_PHRASES[phrase]
    assert read_status(written) is not None
    read = read_status(written)
    assert (read[0].value if read[0] else None, read[1].value if read[1] else None) == (status, stage)


@pytest.mark.parametrize("written, status, stage", [
    ("Procesado/a", "detained", "awaiting_trial"), ("Condenado/a", "detained", "sentenced"),
    ("PENADA", "detained", "sentenced"), ("Murió bajo custodia", "deceased", None),
    ("Falleció en custodia", "deceased", None), ("fallecido en custodia", "deceased", None),
    ("Detenido - procesado", "detained", "awaiting_trial"),
    ("Excarcelada con régimen de presentación", "released_conditional", None),
])
def test_the_words_of_venezuelan_lists(written, status, stage):
    read = read_status(written)
    assert (read[0].value, read[1].value if read[1] else None) == (status, stage)


@pytest.mark.parametrize("written", ["Trujillo", "Zulia", "Ver observación", "Pendiente de cita", "45"])
def test_what_is_not_a_status_is_not_read_as_one(written):
    assert read_status(written) is None


@pytest.mark.parametrize("written, expected", [
    ("VEN", ("Venezuela", None)), ("V", ("Venezuela", "V")), ("venezolano/a", ("Venezuela", None)),
    ("Venezolana", ("Venezuela", None)), ("E", ("", "E")), ("COL", ("Colombia", None)),
    ("Colombiano", ("Colombia", None)), ("Venezolano-Español", ("España / Venezuela", None)),
])
def test_nationalities_as_lists_write_them(written, expected):
    assert read_nationality(written) == expected


@pytest.mark.parametrize("written", ["Militar activo", "Militar (R)", "Militar (r)", "Militar retirado", "GNB",
                                     "FANB", "Sargento primero", "Teniente coronel", "Militar en situación de retiro"])
def test_military_in_every_wording(written):
    assert read_service(written) is CivilianMilitary.MILITARY


def test_venezuelas_states_are_read_however_written():
    assert [read_state(text) for text in ("Edo. Zulia", "TÁCHIRA", "Vargas", "Caracas", "Dtto. Capital")] == [
        "Zulia", "Táchira", "La Guaira", "Distrito Capital", "Distrito Capital"]


@pytest.mark.parametrize("placeholder", ["N/P", "s/c", "S/C", "no posee", "sin cédula", "Por verificar", "—", "-",
                                         "N/A", "S/I"])
def test_id_placeholders_mean_no_id(placeholder):
    from casedesk.domain.list_words import ID_PLACEHOLDERS
    assert read_national_id(placeholder, placeholders=ID_PLACEHOLDERS) is None


def test_the_same_id_in_any_written_form_is_one_person_but_a_namesake_with_another_is_not():
    people = People()
    people.add(Known("e-person", "Zoila Chacón Ibáñez", read_national_id("E-81.574.853"), None))
    people.add(Known("v-person", "Ana Rojas de Pérez", read_national_id("V-4.444.333"), None))
    people.add(Known("pas-person", "Facundo Giménez", read_national_id("Pas. 599418334"), None))
    assert people.match("ZOILA CHACON IBANEZ", read_national_id("81.574.853"), None).known.key == "e-person"
    assert people.match("Facundo Giménez García", read_national_id("PAS-599418334"), None).known.key == "pas-person"
    assert people.match("Ana Rojas de Pérez", read_national_id("V-4.444.334"), None).kind == "new"
    # The same ID under a name that shares nothing is a typo somewhere: a person decides.
    assert people.match("Pedro Infante", read_national_id("V-4444333"), None).kind == "review"


def test_names_agree_only_when_they_can_name_one_person():
    assert names_agree("Ana Rojas", "Ana Rojas de Pérez")
    assert names_agree("José Inez Peña Añez", "José Inés Peña Añez")
    assert not names_agree("Ana Pérez", "Ana Rodríguez")


def test_only_normalised_names_with_close_dates_merge_without_an_id():
    people = People()
    people.add(Known("a", "Luis Alberto Rojas", None, date(2025, 3, 1)))
    assert people.match("ROJAS LUIS ALBERTO", None, date(2025, 3, 2)).kind == "same"
    assert people.match("ROJAS LUIS ALBERTO", None, date(2023, 3, 2)).kind == "review"
    assert people.match("ROJAS LUIS ALBERTO", None, None).kind == "review"
    assert people.match("Luis Rojas", None, date(2025, 3, 1)).kind == "review"    # a name short


def test_accented_and_decomposed_unicode_read_the_same():
    decomposed = unicodedata.normalize("NFD", "Falleció en custodia")
    assert read_status(decomposed) == read_status("Falleció en custodia")
