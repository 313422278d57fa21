"""Comparing another group's list with the vault: exact counts worked out by hand, no wrong
pairing, the same answer from CSV and XLSX, a workbook that adds up, and nothing written."""

from __future__ import annotations

import json
import zipfile
from datetime import date
from pathlib import Path

import pytest

from casedesk.domain.errors import InvalidInput
from casedesk.domain.normalize import parse_date
from casedesk.domain.vocabulary import EventKind, Sex, Status
from casedesk.services.cases import NewCase, NewEvent, add_cases
from casedesk.services.comparing import compare_file, comparison_workbook, save_comparison
from casedesk.storage.models import AuditEntry, DetentionCase, Event, Person, VaultMeta
from tests.conftest import run_cli

LIST_DAY = date(2025, 12, 15)
HEADER = ["Nombre", "Cédula", "Fecha de detención", "Situación", "Centro"]
# Row 2 is María José by her cédula (written with dots, no letter); row 3 José Gregorio, whom the
# vault has as released on 1 June 2025 (a status disagreement); row 4 Néstor, in another facility;
# row 5 a Rondón who is not Carlos Alberto Rondón (same surname, another person); row 6 a name a
# word short of Wilmer Antonio's (to confirm); row 7 someone the vault does not know, with a
# facility written as a formula; row 8 María José again (a duplicate); row 9 a total.
ROWS = [
    ["PEREZ RODRIGUEZ MARIA JOSE", "20.111.222", "10/01/2022", "Detenida", "Rodeo I"],
    ["Jose Gregorio Iniguez Paez", "12345678", "01/03/2021", "Detenido", ""],
    ["Néstor Ulises Quiroz Báez", "V-3.333.333", "07/07/2022", "Detenido", "El Helicoide"],
    ["María Elena Rondón", "", "12/12/2024", "Detenida", ""],
    ["Wilmer Quintero Salazar", "", "02/02/2020", "Detenido", ""],
    ["Pedro Pablo Linares Ochoa", "V-4.444.444", "01/11/2025", "Detenido", "=1+2"],
    ["Pérez Rodríguez, María José", "V-20111222", "10/01/2022", "Detenida", "Rodeo I"],
    ["TOTAL", "", "", "", "7"],
]


@pytest.fixture
def people(vault):
    """Seven people; on 15 December 2025 five are held (José Gregorio and Luis were released)."""
    ids = add_cases(vault, [
        NewCase.named("María José Pérez Rodríguez", national_id="V-20111222", arrest_date=parse_date("2022-01-10"),
                      facility="Rodeo I", sex=Sex.FEMALE),
        NewCase.named("José Gregorio Íñiguez Páez", national_id="V-12345678", arrest_date=parse_date("2021-03-01"),
                      events=[NewEvent(EventKind.RELEASE_VERIFIED, parse_date("2025-06-01"), Status.RELEASED_FULL)]),
        NewCase.named("Carlos Alberto Rondón Mérida", national_id="V-5555555", arrest_date=parse_date("2023-05-05")),
        NewCase.named("Wilmer Antonio Quintero Salazar", arrest_date=parse_date("2020-02-02")),
        NewCase.named("Ana Gabriela Torres Díaz", national_id="V-9999999", arrest_date=parse_date("2019-01-01")),
        NewCase.named("Luis Alfredo Marcano", national_id="V-7777777", arrest_date=parse_date("2024-01-01"),
                      events=[NewEvent(EventKind.RELEASE_VERIFIED, parse_date("2024-06-01"), Status.RELEASED_FULL)]),
        NewCase.named("Néstor Ulises Quiroz Báez", national_id="V-3333333", arrest_date=parse_date("2022-07-07"),
                      facility="Rodeo I"),
    ])
    cases = dict(zip(["maria", "jose", "carlos", "wilmer", "ana", "luis", "nestor"], ids))
    return {name: DetentionCase.get(DetentionCase.uuid == case).person.uuid for name, case in cases.items()}


def _csv(tmp_path: Path) -> Path:
    path = tmp_path / "lista del otro grupo.csv"
    path.write_text("\n".join(";".join(row) for row in [HEADER, *ROWS]) + "\n", encoding="utf-8")
    return path


def _xlsx(tmp_path: Path) -> Path:
    import xlsxwriter
    path = tmp_path / "lista del otro grupo.xlsx"
    book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_numbers": False})
    sheet = book.add_worksheet("Presos")
    for number, row in enumerate([HEADER, *ROWS]):
        sheet.write_row(number, 0, row)
    book.close()
    return path


def _written() -> tuple[int, ...]:
    return (Person.select().count(), DetentionCase.select().count(), Event.select().count(),
            AuditEntry.select().count(), VaultMeta.select().count())


@pytest.mark.parametrize("make", [_csv, _xlsx], ids=["csv", "xlsx"])
def test_a_list_compared_gives_the_counts_worked_out_by_hand(vault, people, tmp_path, make):
    before = _written()
    result = compare_file(make(tmp_path), as_of=LIST_DAY)
    assert _written() == before                                  # comparing writes nothing
    counts = result.counts()
    assert {key: counts[key] for key in (
        "rows_read", "people_in_list", "in_both", "in_both_held_in_vault", "in_both_not_held_in_vault",
        "in_both_with_disagreements", "disagreements", "only_file", "only_vault", "to_confirm", "duplicates_in_file",
        "not_people", "held_in_vault", "held_in_vault_to_confirm")} == {
        "rows_read": 8, "people_in_list": 6, "in_both": 3, "in_both_held_in_vault": 2, "in_both_not_held_in_vault": 1,
        "in_both_with_disagreements": 2, "disagreements": 2, "only_file": 2, "only_vault": 2, "to_confirm": 1,
        "duplicates_in_file": 1, "not_people": 1, "held_in_vault": 5, "held_in_vault_to_confirm": 1}
    assert counts["accounted"]
    assert [(entry["row"], entry["person_id"]) for entry in result.in_both] == [
        ("2", people["maria"]), ("3", people["jose"]), ("4", people["nestor"])]
    assert result.in_both[0]["also_rows"] == ["8"]
    assert result.duplicates_in_file == [{"row": "8", "same_as_row": "2"}]
    # Field by field: José Gregorio is held by the list and released by the vault on that date;
    # Néstor is in another facility. Nothing else differs.
    assert [(d["row"], d["field"], d["list"], d["vault"]) for d in result.disagreements] == [
        ("3", "status", "detained", "released_full"), ("4", "facility", "El Helicoide", "Rodeo I")]
    jose = result.in_both[1]
    assert (jose["held_in_list"], jose["held_in_vault"]) == (True, False)
    assert [entry["name"] for entry in result.only_file] == ["María Elena Rondón", "Pedro Pablo Linares Ochoa"]
    assert [entry["person_id"] for entry in result.only_vault] == [people["carlos"], people["ana"]]   # by surname
    # The near name is to confirm, with Wilmer Antonio as the one candidate; he is then not
    # counted as "only in the vault" either.
    assert [entry["row"] for entry in result.to_confirm] == ["6"]
    assert [c["person_id"] for c in result.to_confirm[0]["candidates"]] == [people["wilmer"]]
    # The same surname never pairs two people: Carlos Alberto Rondón is nowhere near María Elena.
    paired = {entry["person_id"] for entry in result.in_both} | {
        c["person_id"] for entry in result.to_confirm for c in entry["candidates"]}
    assert people["carlos"] not in paired and people["luis"] not in paired


def test_the_vaults_side_is_taken_on_the_date_the_list_describes(vault, people, tmp_path):
    """Before José Gregorio's release the list and the vault agree on him; six were held then."""
    counts = compare_file(_csv(tmp_path), as_of=date(2025, 5, 1)).counts()
    assert (counts["held_in_vault"], counts["in_both_held_in_vault"], counts["only_vault"],
            counts["held_in_vault_to_confirm"]) == (6, 3, 2, 1)
    assert counts["disagreements_by_field"]["status"] == 0 and counts["disagreements"] == 1
    # Before Néstor's arrest the vault has no status for him: the list's "held" disagrees.
    early = compare_file(_csv(tmp_path), as_of=date(2022, 6, 1))
    counts = early.counts()
    assert (counts["held_in_vault"], counts["in_both_held_in_vault"], counts["only_vault"],
            counts["held_in_vault_to_confirm"]) == (4, 2, 1, 1)
    assert [(d["row"], d["field"], d["list"], d["vault"]) for d in early.disagreements] == [
        ("4", "status", "detained", None), ("4", "facility", "El Helicoide", "Rodeo I")]
    with pytest.raises(InvalidInput):
        compare_file(_csv(tmp_path), as_of=date.today().replace(year=date.today().year + 1))


def test_the_json_has_the_keys_other_tools_read(vault, people, tmp_path):
    data = compare_file(_csv(tmp_path), as_of=LIST_DAY).to_json("es")
    assert {"in_both", "only_vault", "only_file", "to_confirm", "disagreements", "counts"} <= set(data)
    assert data["to_confirm"][0]["candidates"][0]["why"] == "la lista omite parte del nombre"
    assert data["not_people"] == [{"row": "9", "reason": data["not_people"][0]["reason"]}]
    json.dumps(data)                                          # plain data all the way down


def test_a_column_decided_by_hand_counts_as_for_import(vault, people, tmp_path):
    """--map: with the ID column left out, people are paired by name and arrest date alone."""
    path = _csv(tmp_path)
    mapping = {"A": "full_name", "C": "arrest_date", "D": "status", "E": "facility"}
    counts = compare_file(path, as_of=LIST_DAY, mapping=mapping).counts()
    assert (counts["in_both"], counts["only_file"], counts["to_confirm"]) == (3, 2, 1)


def test_the_workbook_has_a_summary_and_a_sheet_per_category_in_the_chosen_language(vault, people, tmp_path):
    from python_calamine import CalamineWorkbook
    result = compare_file(_csv(tmp_path), as_of=LIST_DAY)
    target = tmp_path / "comparación.xlsx"
    save_comparison(vault, result, target, language="es")
    book = CalamineWorkbook.from_path(str(target))
    assert book.sheet_names == ["Resumen", "En ambas", "Diferencias", "Solo en la lista", "Solo en la bóveda",
                                "Por confirmar"]

    def rows(name: str) -> list[list]:
        return book.get_sheet_by_name(name).to_python()
    summary = {row[0]: row[1] for row in rows("Resumen")}
    assert summary["En ambas"] == 3 and summary["Solo en la bóveda (detenidas en esa fecha, no en la lista)"] == 2
    assert summary["Detenidas en la bóveda = en ambas y detenidas + solo en la bóveda + posiblemente por confirmar"] \
        == "5 = 2 + 2 + 1"
    assert rows("Diferencias")[0][:5] == ["Fila", "Nombre", "Campo", "La lista dice", "La bóveda dice"]
    assert [row[2:5] for row in rows("Diferencias")[1:]] == [
        ["Situación", "Detenido/a", "Libertad plena"], ["Centro de reclusión", "El Helicoide", "Rodeo I"]]
    assert len(rows("Solo en la lista")) == 3 and len(rows("Solo en la bóveda")) == 3
    assert rows("Por confirmar")[1][4] == "Wilmer Antonio Quintero Salazar"
    english = CalamineWorkbook.from_filelike(__import__("io").BytesIO(comparison_workbook(result, "en")))
    assert english.sheet_names[:2] == ["Summary", "In both"]
    # The facility written "=1+2" is text with the quote prefix: no formula anywhere.
    assert ["7", "Pedro Pablo Linares Ochoa"] == rows("Solo en la lista")[2][:2]
    assert rows("Solo en la lista")[2][5] == "=1+2"
    with zipfile.ZipFile(target) as archive:
        sheets = [archive.read(name).decode() for name in archive.namelist() if name.startswith("xl/worksheets/")]
        assert not any("<f>" in sheet for sheet in sheets)
        assert 'quotePrefix="1"' in archive.read("xl/styles.xml").decode()
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).get()
    assert (entry.action, entry.entity) == ("export", "list_comparison")
    with pytest.raises(InvalidInput):
        save_comparison(vault, result, tmp_path / "comparación.csv")


def test_the_command_line_prints_the_same_comparison(vault, people, tmp_path):
    path = _csv(tmp_path)
    folder = str(vault.folder)
    vault.lock()
    data = json.loads(run_cli("compare", folder, str(path), "--as-of", "15/12/2025", "--json"))
    assert (data["counts"]["in_both"], data["counts"]["only_vault"], data["counts"]["only_file"],
            data["counts"]["to_confirm"], len(data["disagreements"])) == (3, 2, 2, 1, 2)
    text = run_cli("compare", folder, str(path), "--as-of", "15/12/2025", "--xlsx", str(tmp_path / "c.xlsx"),
                   lang="es_VE.UTF-8")
    assert "En ambas: 3" in text and "Solo en la bóveda (detenidas en esa fecha): 2" in text
    assert "Situación: la lista dice «Detenido/a», la bóveda «Libertad plena»" in text
    assert (tmp_path / "c.xlsx").exists()


def test_a_cedula_written_without_its_letter_agrees_with_the_vaults_e(vault, tmp_path):
    add_cases(vault, [NewCase.named("Étienne Moreau Dubois", national_id="E-80248183",
                                    arrest_date=parse_date("2024-02-02"))])
    path = tmp_path / "lista.csv"
    path.write_text("Nombre;Cédula\nEtienne Moreau Dubois;80.248.183\n", encoding="utf-8")
    result = compare_file(path, as_of=LIST_DAY)
    assert result.counts()["in_both"] == 1 and result.disagreements == []
