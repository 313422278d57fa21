"""Round 3 of lists from outside the team (tests/data/outsider/o3_*, made by make_o3.py; all
people invented), with the figures written down by hand before running CaseDesk
(o3_expected.json). Imports go into an empty vault, dated 15 November 2025; comparisons are
against the thirteen people of `people`, as of that day.

Shapes: Excel's cp1252 semicolon CSV with "APELLIDOS, Nombres"; a workbook with a logo, a
merged title, the facility merged down, a total and footnotes; a list in English for the UN;
a Madrid group's ODS with Sexo H/M and a merged state; namesakes and near names; cells as
people type them; a communiqué in prose; hard pairs (a cédula with two digits swapped, E for V,
initials, a brother arrested the same day)."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from casedesk.domain.errors import InvalidInput
from casedesk.domain.normalize import parse_date
from casedesk.domain.vocabulary import CivilianMilitary, EventKind, Sex, Stage, Status
from casedesk.services.cases import NewCase, NewEvent, add_cases
from casedesk.services.comparing import compare_file
from casedesk.services.importing import import_file
from casedesk.services.releases import match_release_list, read_list_file
from casedesk.storage.models import DetentionCase, Person

FILES = Path(__file__).parent.parent / "data" / "outsider"
DAY = date(2025, 11, 15)
M, F = Sex.MALE, Sex.FEMALE


@pytest.fixture
def people(vault) -> dict[str, str]:
    """V01…V13 of o3_expected.json; on 15 November 2025 eleven are held (V05 was released with
    conditions on 1 June 2025, V13 died in custody on 1 December 2024)."""
    d = parse_date
    cases = {
        "V01": NewCase.named("José Gregorio Pérez Rojas", national_id="V-12345678", sex=M, arrest_date=d("2025-11-03"),
                             facility="El Helicoide"),
        "V02": NewCase.named("María Fernanda Ochoa Villamizar", national_id="V-18765432", sex=F,
                             arrest_date=d("2025-11-03"), facility="INOF"),
        "V03": NewCase.named("Luis Alberto Rojas Medina", national_id="V-10000001", sex=M, arrest_date=d("2024-08-01"),
                             facility="Tocorón"),
        "V04": NewCase.named("Yelitza Carolina Marcano", sex=F, arrest_date=d("2025-01-10")),
        "V05": NewCase.named("Andrés Eloy Blanco Fermín", national_id="V-15222333", sex=M, arrest_date=d("2024-08-02"),
                             events=[NewEvent(EventKind.RELEASE_VERIFIED, d("2025-06-01"), Status.RELEASED_CONDITIONAL)]),
        "V06": NewCase.named("Keila Rosmary Gutiérrez Salas", national_id="V-22111444", sex=F, arrest_date=d("2025-11-04"),
                             events=[NewEvent(EventKind.WHEREABOUTS_UNKNOWN, d("2025-11-04"), Status.WHEREABOUTS_UNKNOWN)]),
        "V07": NewCase.named("Pierre Jean Baptiste Duval", national_id="E-84123456", sex=M, arrest_date=d("2025-02-14"),
                             facility="Rodeo I", nationality="Francia"),
        "V08": NewCase.named("Rafael Antonio Suárez Lugo", national_id="V-9876543", sex=M, arrest_date=d("2019-05-05"),
                             facility="Ramo Verde", civilian_military=CivilianMilitary.MILITARY, stage=Stage.SENTENCED,
                             status=Status.DETAINED, status_date=date(2019, 5, 5)),
        "V09": NewCase.named("Carmen Teresa Álvarez de Pino", sex=F, arrest_date=d("2025-11-03")),
        "V10": NewCase.named("Nelson Enrique Bracho", national_id="V-16444555", sex=M, arrest_date=d("2025-11-05"),
                             facility="El Helicoide"),
        "V11": NewCase.named("Johan Manuel Díaz Urdaneta", sex=M, arrest_date=d("2025-11-04")),
        "V12": NewCase.named("Gabriela Sofía Pino Herrera", national_id="V-27888999", sex=F, arrest_date=d("2025-08-20"),
                             facility="INOF"),
        "V13": NewCase.named("Ramón Darío Colina", national_id="V-7111222", sex=M, arrest_date=d("2023-03-03"),
                             facility="Tocorón",
                             events=[NewEvent(EventKind.DEATH_IN_CUSTODY, d("2024-12-01"), Status.DECEASED)]),
    }
    ids = add_cases(vault, list(cases.values()))
    return {DetentionCase.get(DetentionCase.uuid == case).person.uuid: label for label, case in zip(cases, ids)}


def _import(vault, name: str) -> tuple[dict, Counter, Counter]:
    summary = import_file(vault, FILES / name, status_date=DAY)
    cases = list(DetentionCase.select().join(Person))
    return summary, Counter(case.status for case in cases), Counter(case.person.sex for case in cases)


def _person(full_name: str) -> tuple[Person, DetentionCase]:
    person = next(p for p in Person.select() if f"{p.given_names} {p.surnames}" == full_name)
    return person, person.cases.get()


def _compare(name: str, people: dict[str, str]):
    result = compare_file(FILES / name, as_of=DAY)
    counts = result.counts()
    assert counts["accounted"]
    figures = {key: counts[key] for key in ("rows_read", "people_in_list", "in_both", "only_file", "only_vault",
                                            "to_confirm", "duplicates_in_file", "not_people", "disagreements")}
    only_vault = sorted(people[entry["person_id"]] for entry in result.only_vault)
    disagreements = [(d["row"], d["field"], d["list"], d["vault"]) for d in result.disagreements]
    return result, figures, only_vault, disagreements


# --- o3_a: Excel's CSV in cp1252 -------------------------------------------------------------

def test_excels_semicolon_csv_in_cp1252_with_surnames_first(vault):
    summary, statuses, sexes = _import(vault, "o3_a_excel_cp1252.csv")
    assert summary["read_as"] == "CSV (Windows-1252, ;)" and summary["accounted"]
    assert (summary["rows_read"], summary["people_created"]) == (9, 6)
    assert summary["duplicates"] == [{"row": "8", "same_as_row": "2"}]
    assert [item["row"] for item in summary["skipped"]] == ["10", "11"]          # "TOTAL;7" and the source line
    assert statuses == {"detained": 4, "whereabouts_unknown": 1, "released_conditional": 1}
    assert sexes == {"male": 4, "female": 2}
    expected = {"José Gregorio Pérez Rojas": ("V-12345678", "2025-11-03"),
                "María Fernanda Ochoa Villamizar": ("V-18765432", "2025-11-03"),     # v18765432, 03-nov-25
                "Pierre Jean Baptiste Duval": ("E-84123456", "2025-02-14"),          # 14/2/2025
                "Keila Rosmary Gutiérrez Salas": (None, "2025-11-04"),
                "Wuilmer Jesús Márquez León": ("V-20333111", "2025-11-05"),          # "V 20.333.111"
                "Nelson Enrique Bracho": ("V-16444555", "2025-11-05")}
    for name, (national_id, arrested) in expected.items():
        person, case = _person(name)
        assert (person.national_id, case.arrest_date) == (national_id, arrested), name


def test_excels_semicolon_csv_compared(vault, people):
    _, figures, only_vault, disagreements = _compare("o3_a_excel_cp1252.csv", people)
    assert figures == {"rows_read": 9, "people_in_list": 6, "in_both": 5, "only_file": 1, "only_vault": 6,
                       "to_confirm": 0, "duplicates_in_file": 1, "not_people": 2, "disagreements": 1}
    assert only_vault == ["V03", "V04", "V08", "V09", "V11", "V12"]
    assert disagreements == [("7", "status", "released_conditional", "detained")]       # Nelson, "Excarcelado"


# --- o3_b: logo, merged title and facility, totals ---------------------------------------------

def test_a_workbook_with_a_logo_a_merged_facility_and_footnotes(vault):
    summary, statuses, sexes = _import(vault, "o3_b_logo_titulo_totales.xlsx")
    assert summary["sheets"][0]["header_rows"] == [4] and summary["accounted"]
    assert (summary["rows_read"], summary["people_created"], len(summary["skipped"])) == (11, 8, 3)
    assert statuses == {"detained": 4, "released_conditional": 2, "deceased": 1, "whereabouts_unknown": 1}
    assert sexes == {"male": 5, "female": 3}                                       # Masc. / Fem.
    # F5:F6 and F7:F8 are merged: the facility applies to both rows; "(*)" is a footnote mark.
    assert _person("Nelson Enrique Bracho")[1].facility.name == "El Helicoide"
    assert _person("Gabriela Sofía Pino Herrera")[1].facility.name == "INOF"
    # "Se desconoce" where the prison goes is no facility (it was made one).
    assert _person("Keila Rosmary Gutiérrez Salas")[1].facility is None


def test_a_workbook_with_a_logo_compared(vault, people):
    _, figures, only_vault, disagreements = _compare("o3_b_logo_titulo_totales.xlsx", people)
    assert figures == {"rows_read": 11, "people_in_list": 8, "in_both": 7, "only_file": 1, "only_vault": 6,
                       "to_confirm": 0, "duplicates_in_file": 0, "not_people": 3, "disagreements": 1}
    assert only_vault == ["V03", "V04", "V07", "V08", "V09", "V11"]
    assert disagreements == [("6", "status", "released_conditional", "detained")]


# --- o3_c: a list in English ---------------------------------------------------------------------

def test_a_list_in_english_with_month_first_dates(vault):
    summary, statuses, sexes = _import(vault, "o3_c_english_un.csv")
    assert (summary["rows_read"], summary["people_created"], summary["kept_as_written"]) == (8, 8, [])
    assert statuses == {"detained": 4, "whereabouts_unknown": 1, "deceased": 1, "released_conditional": 1,
                        "house_arrest": 1}
    assert sexes == {"male": 5, "female": 3}
    assert _person("José Gregorio Pérez Rojas")[1].arrest_date == "2025-11-03"          # "Nov 3, 2025"
    assert _person("Daniela Valentina Rincón Ávila")[1].arrest_date == "2025-10-28"     # "Oct 28, 2025"
    assert _person("Rafael Antonio Suárez Lugo")[1].stage == "sentenced"


def test_a_list_in_english_compared_never_pairs_a_namesake_with_another_cedula(vault, people):
    result, figures, only_vault, _ = _compare("o3_c_english_un.csv", people)
    assert {key: figures[key] for key in ("in_both", "only_file", "only_vault", "to_confirm", "disagreements")} == {
        "in_both": 6, "only_file": 2, "only_vault": 7, "to_confirm": 0, "disagreements": 0}
    assert [entry["row"] for entry in result.only_file] == ["8", "9"]     # Daniela; Luis Alberto V-20000002
    assert "V03" in only_vault                                             # Luis Alberto V-10000001, held, not listed


# --- o3_d: a Madrid group's ODS ------------------------------------------------------------------

def test_sexo_h_m_apellidos_beside_nombre_and_a_merged_state_in_an_ods(vault):
    summary, statuses, sexes = _import(vault, "o3_d_madrid_hm.ods")
    assert (summary["rows_read"], summary["people_created"]) == (6, 6)
    columns = {column["header"]: (column["field"], column["detail"]) for column in summary["sheets"][0]["columns"]}
    assert columns["Nombre"][0] == "given_names" and columns["Apellidos"][0] == "surnames"
    assert columns["Sexo"] == ("sex", "H and M: M read as mujer (H is hombre)")
    assert sexes == {"male": 2, "female": 4}                               # M is mujer where H is hombre
    assert statuses == {"detained": 4, "whereabouts_unknown": 1, "house_arrest": 1}
    person, _ = _person("Daniela Valentina Rincón Ávila")                  # surnames kept, not dropped
    assert (person.given_names, person.surnames, person.sex) == ("Daniela Valentina", "Rincón Ávila", "female")
    assert _person("Nelson Enrique Bracho")[1].arrest_state == "Zulia"      # merged down from Keila's row


def test_the_madrid_list_compared_has_no_sex_disagreements(vault, people):
    _, figures, _, disagreements = _compare("o3_d_madrid_hm.ods", people)
    assert (figures["in_both"], figures["only_file"], figures["only_vault"], figures["to_confirm"]) == (5, 1, 6, 0)
    assert disagreements == []


def test_a_sex_header_that_gives_its_legend(vault, tmp_path):
    path = tmp_path / "mujeres.csv"
    path.write_text("Nombre;Cédula;Sexo (H/M)\nAna Luisa Pérez Mora;V-11.222.333;M\nLuisa Elena Rivas;V-11.222.444;M\n",
                    encoding="utf-8")
    import_file(vault, path, status_date=DAY)
    assert [person.sex for person in Person.select()] == ["female", "female"]


# --- o3_e: namesakes and near names --------------------------------------------------------------

def test_namesakes_and_near_names_compared(vault, people):
    result, figures, only_vault, disagreements = _compare("o3_e_homonimos.csv", people)
    assert figures == {"rows_read": 13, "people_in_list": 12, "in_both": 5, "only_file": 3, "only_vault": 3,
                       "to_confirm": 4, "duplicates_in_file": 1, "not_people": 0, "disagreements": 2}
    assert {entry["row"]: people[entry["person_id"]] for entry in result.in_both} == {
        "2": "V01", "7": "V05", "8": "V08", "11": "V06", "13": "V07"}
    assert {entry["row"]: [people[c["person_id"]] for c in entry["candidates"]] for entry in result.to_confirm} == {
        "4": ["V04"], "5": ["V09"], "6": ["V11"], "14": ["V10"]}
    assert [entry["row"] for entry in result.only_file] == ["3", "9", "10"]   # two María José González are two
    assert only_vault == ["V02", "V03", "V12"]
    assert result.duplicates_in_file == [{"row": "12", "same_as_row": "11"}]
    assert disagreements == [("7", "status", "detained", "released_conditional"),
                             ("8", "arrest_date", "2020-05-05", "2019-05-05")]
    assert result.counts()["held_in_vault_to_confirm"] == 4


# --- o3_f: cells as people type them -------------------------------------------------------------

def test_cells_as_people_type_them(vault):
    summary, statuses, sexes = _import(vault, "o3_f_celdas_sucias.xlsx")
    assert (summary["rows_read"], summary["people_created"]) == (6, 6)
    assert statuses == {"detained": 6} and sexes == {"male": 4, "female": 2}
    expected = {"José Gregorio Pérez Rojas": ("V-12345678", "2025-11-03", False),       # a line break in the name
                "María Fernanda Ochoa Villamizar": ("V-18765432", "2025-11-03", False),  # 18765432.0, no-break space
                "Santiago Andrés Mora Paredes": ("V-30456789", "2025-11-05", True),     # 45966, age 17
                "Valentina Rosales": (None, "2025-11-05", True),                        # "16 años"
                "Óscar Eduardo Lugo Lugo": (None, "2025-11-01", False),                 # "N/T", "noviembre 2025"
                "Wuilmer Jesús Márquez León": ("V-20333111", "2025-11-05", False)}
    for name, (national_id, arrested, minor) in expected.items():
        person, case = _person(name)
        assert (person.national_id, case.arrest_date, case.minor_at_arrest) == (national_id, arrested, minor), name
    assert _person("Óscar Eduardo Lugo Lugo")[1].arrest_date_precision == "month"


# --- o3_g: a communiqué in prose ------------------------------------------------------------------

def test_a_communique_in_prose_is_refused_for_import_and_read_as_still_held(vault, people):
    with pytest.raises(InvalidInput, match="copy it into a spreadsheet first"):
        import_file(vault, FILES / "o3_g_comunicado.txt", status_date=DAY, dry_run=True)
    result = match_release_list(read_list_file((FILES / "o3_g_comunicado.txt").read_bytes()))
    # Each name with the cédula written after it ("…, C.I. V-20.333.111, …"); Daniela has none.
    assert result["matched"] == [] and [item["text"] for item in result["not_released"]] == [
        "Wuilmer Jesús Márquez León V-20333111", "Daniela Valentina Rincón Ávila", "Héctor Luis Mendoza Crespo V-14777888",
        "Ana Isabel Torrealba V-23456001"]


# --- o3_h: hard pairs ------------------------------------------------------------------------------

def test_hard_pairs_are_confirmed_by_a_person_never_guessed(vault, people):
    """A cédula with two digits swapped, E for V, initials: to confirm (each was counted twice,
    only in the list and only in the vault). A brother arrested the same day: never paired."""
    result, figures, only_vault, disagreements = _compare("o3_h_pares_dificiles.csv", people)
    assert figures == {"rows_read": 11, "people_in_list": 10, "in_both": 3, "only_file": 1, "only_vault": 2,
                       "to_confirm": 6, "duplicates_in_file": 1, "not_people": 0, "disagreements": 2}
    assert {entry["row"]: people[entry["person_id"]] for entry in result.in_both} == {
        "7": "V11", "9": "V10", "10": "V12"}
    confirm = {entry["row"]: [(people[c["person_id"]], c["why"][0]) for c in entry["candidates"]]
               for entry in result.to_confirm}
    assert confirm == {
        "2": [("V01", "the same name, two digits of the cédula swapped")],
        "3": [("V02", "the same number, another letter")],
        "5": [("V04", "initials for the given names")],
        "6": [("V09", "the list leaves out part of the name")],
        "11": [("V08", "the list leaves out part of the name")],
        "12": [("V07", "the list leaves out part of the name")]}
    assert [entry["name"] for entry in result.only_file] == ["Carlos Eduardo Rojas Medina"]
    assert only_vault == ["V03", "V06"]
    assert result.duplicates_in_file == [{"row": "8", "same_as_row": "7"}]
    assert disagreements == [("9", "arrest_date", "2015-11-05", "2025-11-05"),
                             ("10", "status", "released_conditional", "detained")]


def test_the_same_person_twice_with_two_statuses_is_said(vault, tmp_path):
    path = tmp_path / "dos_veces.csv"
    path.write_text("Nombre;Cédula;Situación\nJosé Gregorio Pérez Rojas;V-12.345.678;Detenido\n"
                    "José Gregorio Pérez Rojas;12345678;Excarcelado\n", encoding="utf-8")
    summary = import_file(vault, path, status_date=DAY, dry_run=True)
    assert summary["duplicates"] == [{"row": "3", "same_as_row": "2"}]
    assert [item["row"] for item in summary["remarks"]] == ["2"]
    assert "row 3, the same person, says “Released with conditions”" in summary["remarks"][0]["note"]
