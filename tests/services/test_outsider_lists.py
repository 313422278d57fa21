"""Lists and release communiqués made by someone outside the team, with the figures they wrote
down by hand before running CaseDesk (tests/data/outsider/README.md)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from casedesk.services.census import census_as_of
from casedesk.services.importing import import_file
from casedesk.services.releases import match_release_list, read_list_file

FILES = Path(__file__).parent.parent / "data" / "outsider"


def _import(vault, *steps: tuple[str, str]) -> list[dict]:
    return [import_file(vault, FILES / name, status_date=date.fromisoformat(day)) for name, day in steps]


def _census(day: str) -> dict:
    return census_as_of(date.fromisoformat(day)).to_json()


def test_a_military_families_list_whose_situacion_is_the_service_situation(vault):
    [summary] = _import(vault, ("09_militares_gsheets.csv", "2025-02-01"))
    census = _census("2025-02-01")
    assert (summary["people_created"], census["held"], census["military_held"]) == (7, 7, 7)


def test_four_groups_lists_one_after_another(vault):
    """01 (31 Jan), 02 (15 Feb), 03b (28 Feb), then 09 dated 1 Feb: on 28 Feb, 24 held, 8 military,
    4 foreigners; the namesake without a cédula in 03b waits for review."""
    summaries = _import(vault, ("01_ong_numerada.xlsx", "2025-01-31"), ("02_comite_familiares.csv", "2025-02-15"),
                        ("03b_colectivo_abogados_semicolon.csv", "2025-02-28"), ("09_militares_gsheets.csv", "2025-02-01"))
    assert [len(summary["to_review"]) for summary in summaries] == [0, 0, 1, 0]
    assert all(summary["accounted"] for summary in summaries)
    census = _census("2025-02-28")
    assert (census["held"], census["military_held"], census["foreigners_held"]) == (24, 8, 4)


def test_sheets_per_state_one_per_sex_deaths_and_remarks_in_names(vault, tmp_path):
    [states] = _import(vault, ("04_por_estados.xlsx", "2025-01-15"))
    census = _census("2025-01-15")
    assert (states["people_created"], states["duplicates_in_file"], census["held"], census["military_held"]) == (11, 1, 8, 1)


def test_deaths_in_custody_are_deceased_and_not_held(vault):
    _import(vault, ("07_fallecidos_mixto.xlsx", "2025-01-31"))
    census = _census("2025-01-31")
    assert (census["held"], census["by_status"]["deceased"]) == (3, 4)


def test_remarks_and_two_people_in_one_name_cell(vault):
    [summary] = _import(vault, ("10_prensa_estado_status.csv", "2025-02-10"))
    assert summary["second_people_in_rows"] == 1 and summary["duplicates_in_file"] == 1 and summary["accounted"]
    assert _census("2025-02-10")["held"] == 5


def test_a_hidden_sheet_is_left_out(vault):
    [summary] = _import(vault, ("11b_hidden_sheet.xlsx", "2025-01-20"))
    assert summary["people_created"] == 2
    assert any("hidden" in sheet.get("why_left_out", "") for sheet in summary["sheets"])


def test_a_passport_written_two_ways_is_one_person(vault):
    _import(vault, ("08b_prensa_extranjeros_utf8bom.csv", "2025-01-15"), ("03b_colectivo_abogados_semicolon.csv", "2025-02-28"))
    census = _census("2025-02-28")
    assert (census["held"], census["foreigners_held"], census["military_held"]) == (13, 6, 3)


def test_three_communiques_against_the_four_lists(vault):
    _import(vault, ("01_ong_numerada.xlsx", "2025-01-31"), ("02_comite_familiares.csv", "2025-02-15"),
            ("03b_colectivo_abogados_semicolon.csv", "2025-02-28"), ("09_militares_gsheets.csv", "2025-02-01"))
    expected = {
        "r1_whatsapp.txt": ({"José Gregorio Urdaneta Paz", "Maria Alejandra Finol", "Jean Carlos Pierre-Louis"},
                            {"Luis Alberto Morales"}, {"Ana Karina Colmenares"}),
        "r2_nota_prensa.txt": ({"RAMÓN ANTONIO PÉREZ GONZÁLEZ", "WILMER ALEXANDER CASTILLO RIVAS", "YOHANDRY HERNÁNDEZ",
                                "MARLENE QUINTERO", "FRANCYS OCHOA GUERRERO", "JOHN ROBERT SMITH"},
                               {"JOSÉ LUIS MORA SALAS"}, set()),
        "r3_civiles_militares.txt": ({"Yusmary del Valle Rodríguez", "Igor Alfonso Bracamonte Lugo", "Héctor Uzcátegui",
                                      "Yender Carrasquero", "Andrés E. Blanco T"}, set(),
                                     {"Edgar Javier Contreras Moncada", "Luisa Dávila", "Reinaldo José Araujo Páez"}),
    }
    for name, (matched, ambiguous, unmatched) in expected.items():
        result = match_release_list(read_list_file((FILES / name).read_bytes()))
        assert {item["text"] for item in result["matched"]} == matched, name
        assert {item["text"] for item in result["ambiguous"]} == ambiguous, name
        assert {item["text"] for item in result["unmatched"]} == unmatched, name
        if name == "r1_whatsapp.txt":          # "(por confirmar ⚠️)": shown with its line, not counted
            assert [item["text"] for item in result["unclear"]] == ["Pedro Pérez"]
