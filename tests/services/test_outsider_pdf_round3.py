"""A third outside round on PDF reports and release communiqués, with the figures written by hand
before CaseDesk read them (tests/data/reports/outsider3/expected.json and
tests/data/releases/outsider3/expected.json; the README.md of each folder says what each file is).

Reports (made by tests/data/reports/outsider3/make_reports.py from the invented people of
pool.tsv): rows shaded with no rules over two pages, names over two or three lines in a narrow
column, one table per state under a heading with no state column, a 12-column landscape table
(ruled, and without any rule), a cover and two tables of counts before the list, a typed list
whose words are each placed on their own, and `pdftotext -layout` copies of two of them.

Communiqués, matched against the 33 people held in vault_people.tsv: a government statement with
cédulas in brackets, a numbered list partly in capitals, a press note about people NOT released or
transferred, a forwarded chat with names wrapped onto the next line, a press release in English,
and an English list in an Android chat export. Nobody outside `released` may become a claim, and
no name may go to the wrong person (two Rafael Ignacio Montilla, two Francisco Javier Uzcátegui).
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from casedesk.domain.list_values import section_heading
from casedesk.domain.normalize import parse_date
from casedesk.domain.text import fold
from casedesk.lists.grids import _laid_out_in_columns
from casedesk.services.cases import NewCase, add_cases
from casedesk.services.census import census_as_of
from casedesk.services.importing import import_file
from casedesk.services.releases import create_release_claims, match_release_list
from casedesk.storage.models import DetentionCase, Person, Verification
from tests.conftest import run_cli

DATA = Path(__file__).parent.parent / "data"
REPORTS = DATA / "reports" / "outsider3"
RELEASES = DATA / "releases" / "outsider3"
REPORTS_EXPECTED = json.loads((REPORTS / "expected.json").read_text(encoding="utf-8"))
RELEASES_EXPECTED = json.loads((RELEASES / "expected.json").read_text(encoding="utf-8"))
DAY = date(2025, 9, 30)
SEX = {"M": "male", "F": "female"}


def _pool() -> dict[int, tuple[str, str, str]]:
    """Pool number -> (given names, surnames, cédula)."""
    out = {}
    for line in (REPORTS / "pool.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            number, given, surnames, cedula, *_ = line.split("\t")
            out[int(number)] = (given, surnames, cedula)
    return out


POOL = _pool()


def _digits(text: str | None) -> str:
    return re.sub(r"\D", "", text or "")


# --- PDF reports ---------------------------------------------------------------------------------

CASES = {name: name for name in REPORTS_EXPECTED if not name.startswith("_")} | {
    "t02_q02_layout.txt": "q02_nombres_en_dos_lineas.pdf",      # pdftotext -layout: names over 2-3 lines
    "t04_q04_layout.txt": "q04_apaisado_doce_columnas.pdf",     # pdftotext -layout: the 12 columns
}


@pytest.mark.parametrize("name", CASES)
def test_every_person_and_every_figure_as_written_by_hand(vault, name):
    expected = REPORTS_EXPECTED[CASES[name]]
    summary = import_file(vault, REPORTS / name, status_date=DAY)

    assert summary["accounted"], summary["skipped"]
    assert (summary["people_created"], summary["duplicates_in_file"], len(summary["to_review"])) == (
        expected["distinct_people"], expected["duplicates_in_file"], 0)
    # Exactly these people: every name whole (accents aside: q06 is typed without them), with
    # its cédula, and nobody else (no total, heading, summary row or note line made a person).
    people = {(fold(person.full_name), _digits(person.national_id)) for person in Person.select()}
    assert people == {(fold(f"{POOL[n][0]} {POOL[n][1]}"), _digits(POOL[n][2])) for n in expected["people"]}
    census = census_as_of(DAY).to_json()
    assert (census["held"], census["foreigners_held"]) == (expected["held"], expected["foreigners_held"])
    assert {status: count for status, count in census["by_status"].items() if count} == expected["by_status"]
    if "held_by_state" in expected:
        assert {state: count for state, count in census["by_state"].items() if count} == expected["held_by_state"]
    if "held_by_sex" in expected:
        assert {sex: count for sex, count in census["by_sex"].items() if count} == {
            SEX[sex]: count for sex, count in expected["held_by_sex"].items()}
    if "by_stage" in expected:
        assert {stage: count for stage, count in census["by_stage"].items() if count} == expected["by_stage"]
        assert census["minors_held"] == expected["minors_held"]


def test_each_state_is_the_heading_over_its_table(vault):
    """"Estado Lara (3 casos)" counts its rows in the heading; between two ruled tables the
    "Subtotal: 4" line and the next heading sit between the same two rules."""
    summary = import_file(vault, REPORTS / "q03_secciones_por_estado.pdf", status_date=DAY)
    headings = [item["reason"] for item in summary["skipped"] if item["reason"].startswith("a heading")]
    assert len(headings) == 5
    by_person = {fold(case.person.full_name): case.arrest_state for case in DetentionCase.select()}
    for heading, numbers in (("Zulia", [1, 9, 18, 30]), ("Lara", [2, 8, 21]), ("Distrito Capital", [5, 13, 25]),
                             ("Carabobo", [3, 4, 24]), ("Mérida", [12, 23])):
        assert {by_person[fold(f"{POOL[n][0]} {POOL[n][1]}")] for n in numbers} == {heading}


def test_the_twelve_columns_each_go_where_they_belong(vault):
    """'Tiempo detenido' ("1 año 1 mes") is not the name; the court is not the facility; "Se
    desconoce" is no facility; the age of 17 makes a minor."""
    import_file(vault, REPORTS / "q07_apaisado_sin_lineas.pdf", status_date=DAY)
    jenny = Person.get(Person.national_id == "V-20661358")
    assert (jenny.given_names, jenny.surnames) == ("Jenny Coromoto", "Albarrán Sifontes")
    assert DetentionCase.get(DetentionCase.person == jenny).facility.name == "El Helicoide"
    dilcia = Person.get(Person.national_id == "V-8992006")
    assert DetentionCase.get(DetentionCase.person == dilcia).facility is None
    assert not any(re.search(r"\d", person.full_name) for person in Person.select())


def test_a_cover_and_tables_of_counts_make_nobody(vault):
    """The cover, "Detenidos 4 4 8", "Zulia 3" and "Total 14" are above the list's header; the
    paragraph after the list wraps its last word ("mensualmente.") into the names column."""
    summary = import_file(vault, REPORTS / "q05_portada_resumen_y_lista.pdf", status_date=DAY, dry_run=True)
    assert summary["people_created"] == 14
    assert [item["reason"] for item in summary["skipped"]] == ["no name: not a person"] * 2   # "3. Metodología"


def test_the_command_line_dry_run_says_what_each_heading_does(vault_dir):
    run_cli("init", str(vault_dir))
    out = json.loads(run_cli("import", str(vault_dir), str(REPORTS / "q03_secciones_por_estado.pdf"), "--dry-run",
                             "--json", "--status-date", DAY.isoformat()))
    assert out["dry_run"] and out["people_created"] == 15
    assert [item["reason"] for item in out["skipped"]].count("a total or a note, not a person") == 5


def test_headings_that_count_their_rows_and_text_with_wrapped_names():
    assert section_heading("Estado Lara (3 casos)") == ("state", "Lara")
    assert section_heading("ZULIA (4)") == ("state", "Zulia")
    assert section_heading("LARA (23 años)") is None                 # an age: a person, not a state
    assert _laid_out_in_columns((REPORTS / "t02_q02_layout.txt").read_text(encoding="utf-8"))


# --- Release communiqués -------------------------------------------------------------------------

COMMUNIQUES = [name for name in RELEASES_EXPECTED if not name.startswith("_")]


@pytest.fixture
def held(vault) -> dict[str, str]:
    """Vault name by case id: the 33 people of vault_people.tsv, all held."""
    rows = [line.split("\t") for line in (RELEASES / "vault_people.tsv").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    ids = add_cases(vault, [NewCase.named(name, national_id=national_id, arrest_date=parse_date(arrested.split()[0]))
                            for name, national_id, arrested in rows])
    return dict(zip(ids, (name for name, _, _ in rows)))


def _without_id(text: str) -> str:
    return re.sub(r"\s+[VEP]-?\d+$", "", text)


@pytest.mark.parametrize("name", COMMUNIQUES)
def test_who_is_claimed_released_and_who_is_not(held, name):
    expected = RELEASES_EXPECTED[name]
    result = match_release_list((RELEASES / name).read_text(encoding="utf-8"))

    released = [held[item["case_id"]] for item in result["matched"]]
    assert sorted(released) == sorted(expected["released"])            # each once, never anyone else
    assert {_without_id(item["text"]): {candidate["name"] for candidate in item["candidates"]}
            for item in result["ambiguous"]} == {text: set(names) for text, names in expected["ambiguous"].items()}
    assert [item["text"] for item in result["unmatched"]] == expected["nobody_held"]
    assert {item.get("name") or _without_id(item["text"]): item["status"]
            for item in result["not_released"]} == expected["not_released"]
    assert result["unclear"] == []


def test_a_cedula_in_brackets_decides_between_two_namesakes(held):
    """"Rafael Ignacio Montilla (V-17.404.221)" fits two people held by name; the cédula is
    Montilla Rojas's. A cédula with two digits swapped is for a person to confirm."""
    result = match_release_list((RELEASES / "c1_gobierno_cedulas.txt").read_text(encoding="utf-8"))
    [montilla] = [item for item in result["matched"] if item["text"].startswith("Rafael")]
    assert (held[montilla["case_id"]], montilla["by"]) == ("Rafael Ignacio Montilla Rojas", "id")
    [bastardo] = result["ambiguous"]
    assert bastardo["reason"] == "the ID in the statement differs from the vault's"


def test_only_the_released_become_claims(vault, held):
    for name in COMMUNIQUES:
        matched = match_release_list((RELEASES / name).read_text(encoding="utf-8"))["matched"]
        create_release_claims(vault, matched, date(2025, 8, 16), source=name)
    assert Verification.select().count() == sum(len(RELEASES_EXPECTED[name]["released"]) for name in COMMUNIQUES)


def test_a_name_wrapped_by_the_phone_is_one_person(held):
    result = match_release_list((RELEASES / "c4_reenviado_emoji_cortado.txt").read_text(encoding="utf-8"))
    [montilla] = [item for item in result["matched"] if item["line"] == 11]
    assert (montilla["text"], montilla["partial"]) == ("Rafael Ignacio Montilla Rojas", False)
    rest = {item["line"]: item["text"] for item in result["not_names"]}
    assert rest[12] == "Rojas 🙌" and 1 not in rest                   # the attachment line is gone
    assert not any("5550192" in item["text"] for item in result["unmatched"])   # a telephone, not a cédula
