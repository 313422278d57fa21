"""Court proceedings carried everywhere a case goes: the case list's filter, spreadsheet imports
(the file number groups co-defendants), exports, dossiers, bundles and the command line."""

from __future__ import annotations

import json
from datetime import date

import pytest

from casedesk.domain.normalize import parse_date
from casedesk.services.bundles import add_colleague, collect, import_bundle, make_bundle, my_public_key
from casedesk.services.cases import NewCase, add_case, case_details, find_case
from casedesk.services.dossiers import dossier_data
from casedesk.services.exporting import export_rows
from casedesk.services.importing import import_file, undo_import
from casedesk.services.proceedings import add_proceeding, add_proceeding_event, proceeding_details
from casedesk.services.search import CaseQuery, count_cases, filter_choices, list_cases
from casedesk.storage.audit import verify_audit_chain
from casedesk.storage.models import Proceeding, ProceedingDefendant, ProceedingEvent
from casedesk.storage.vault import create_vault, open_vault
from tests.conftest import PASSPHRASE, run_cli


@pytest.fixture
def causa(vault):
    """Ana and Luis co-defendants in 2C-12.345-25 (one hearing held, one deferred); Rosa alone."""
    ana = add_case(vault, NewCase.named("Ana Pérez", arrest_date=parse_date("10/01/2025"), civilian_military="civilian"))
    luis = add_case(vault, NewCase.named("Luis Páez", arrest_date=parse_date("10/01/2025")))
    rosa = add_case(vault, NewCase.named("Rosa Díaz", arrest_date=parse_date("10/01/2025")))
    proceeding = add_proceeding(vault, court="Tribunal 2.º de Control", file_number="2C-12.345-25", phase="control",
                                case_uuids=[ana, luis])
    add_proceeding_event(vault, proceeding, "hearing", parse_date("12/01/2025"), outcome="held",
                         note="Audiencia de presentación")
    add_proceeding_event(vault, proceeding, "hearing", parse_date("20/03/2025"), outcome="deferred")
    return {"ana": ana, "luis": luis, "rosa": rosa, "proceeding": proceeding}


def test_the_case_list_filters_by_proceeding(vault, causa):
    assert [choice.name for choice in filter_choices()["proceedings"]] == ["2C-12.345-25 — Tribunal 2.º de Control"]
    query = CaseQuery(proceeding=causa["proceeding"])
    assert count_cases(query) == 2
    assert sorted(row.name for row in list_cases(query=query)) == ["Ana Pérez", "Luis Páez"]


def test_export_columns_and_what_each_profile_lets_out(vault, causa):
    header, rows = export_rows(CaseQuery(), ["name", "proceeding", "co_defendants"], profile="internal", language="es")
    assert header == ["Nombre", "Causa", "Coimputados"]
    assert sorted(rows) == [["Ana Pérez", "2C-12.345-25 — Tribunal 2.º de Control", "1"],
                            ["Luis Páez", "2C-12.345-25 — Tribunal 2.º de Control", "1"],
                            ["Rosa Díaz", "", ""]]
    header, _ = export_rows(CaseQuery(), ["name", "proceeding", "co_defendants"], profile="family", language="en")
    assert header == ["Name", "Co-defendants"]


def test_the_dossier_names_co_defendants_only_for_the_team_and_the_court(vault, causa):
    internal = dict(dossier_data(causa["ana"], "internal", "es")["detention"])
    assert internal["proceeding"] == ("2C-12.345-25 — Tribunal 2.º de Control; fase: Control; "
                                      "audiencias realizadas 1, diferidas 1")
    assert internal["co_defendants"] == "1: Luis Páez"
    assert dict(dossier_data(causa["ana"], "court", "en")["detention"])["co_defendants"] == "1: Luis Páez"
    for profile in ("family", "public"):
        assert dict(dossier_data(causa["ana"], profile, "es")["detention"])["co_defendants"] == "1"
    timeline = dossier_data(causa["luis"], "internal", "es")["timeline"]
    assert [row[2] for row in timeline if "causa" in row[2]] == [
        "Audiencia de presentación (causa 2C-12.345-25, realizada)", "(causa 2C-12.345-25, diferida)"]
    assert "proceeding" not in dict(dossier_data(causa["rosa"], "internal", "es")["detention"])


def test_an_imported_list_groups_people_who_share_a_file_number(vault, tmp_path):
    listing = tmp_path / "lista.csv"
    listing.write_text(
        "Nombre,Cédula,Expediente,Tribunal\n"
        "Ana Pérez,V-1000001,2C-12.345-25,Tribunal 2.º de Control\n"
        "Luis Páez,V-1000002,2c 12345-25,Tribunal 2.º de Control\n"
        "Rosa Díaz,V-1000003,N/D,\n"
        "Juan Gil,V-1000004,3C-999-25,Tribunal Militar 3.º de Control\n", encoding="utf-8")
    summary = import_file(vault, listing, status_date=date(2025, 6, 1))
    assert len(summary["proceedings_created"]) == 2 and summary["cases_linked_to_proceedings"] == 3
    by_number = {p.file_number: proceeding_details(p.uuid) for p in Proceeding.select()}
    assert sorted(by_number) == ["2C-12.345-25", "3C-999-25"]
    assert [d["name"] for d in by_number["2C-12.345-25"]["defendants"]] == ["Luis Páez", "Ana Pérez"]
    assert by_number["3C-999-25"]["jurisdiction"] == "military"
    assert verify_audit_chain().ok
    undo_import(vault, summary["batch"])
    assert Proceeding.select().count() == 0 and ProceedingDefendant.select().count() == 0


def test_a_bundle_carries_the_proceeding_but_names_no_co_defendant_it_does_not_hold(tmp_path):
    with create_vault(tmp_path / "b", PASSPHRASE, actor="Bufete B"):
        key_b = my_public_key("Bufete B")
    with create_vault(tmp_path / "a", PASSPHRASE, actor="Abogada A") as a:
        ana = add_case(a, NewCase.named("Ana Pérez", arrest_date=parse_date("10/01/2025")))
        luis = add_case(a, NewCase.named("Luis Páez", arrest_date=parse_date("10/01/2025")))
        proceeding = add_proceeding(a, court="Tribunal 2.º de Control", file_number="2C-1-25", case_uuids=[ana, luis])
        add_proceeding_event(a, proceeding, "hearing", parse_date("20/03/2025"), outcome="deferred", note="Sin traslado")
        carried = collect([ana], "internal")
        assert len(carried["proceedings"]["defendants"]) == 1 and "Luis" not in json.dumps(carried)
        assert collect([ana], "public")["proceedings"]["events"][0]["note"] == ""
        add_colleague(a, key_b, verified_by="en persona")
        key_a = my_public_key("Abogada A")
        bundle = tmp_path / "paquete.age"
        bundle.write_bytes(make_bundle(a, [ana], recipients=[key_b], sender_name="Abogada A"))
    with open_vault(tmp_path / "b", PASSPHRASE, actor="Bufete B") as b:
        add_colleague(b, key_a, verified_by="en persona")
        report = import_bundle(b, bundle)
        assert report["proceedings"] == {"proceedings": 1, "defendants": 1, "events": 1, "left_out": 0}
        received = case_details(find_case(ana))["proceedings"]
        assert [(p["file_number"], p["co_defendants"], p["hearings_deferred"]) for p in received] == [
            ("2C-1-25", [], 1)]
        assert import_bundle(b, bundle)["proceedings"] == {"proceedings": 0, "defendants": 0, "events": 0,
                                                           "left_out": 0}
        assert ProceedingEvent.select().count() == 1 and verify_audit_chain().ok


def test_the_command_line_records_a_proceeding_its_hearings_and_lists_deadlines(vault_dir):
    with create_vault(vault_dir, PASSPHRASE, actor="test lawyer") as vault:
        first = add_case(vault, NewCase.named("Ana Pérez", arrest_date=parse_date("10/01/2023"),
                                              civilian_military="civilian"))
        second = add_case(vault, NewCase.named("Luis Páez", arrest_date=parse_date("10/01/2023"),
                                               civilian_military="military"))
    proceeding = run_cli("proceeding", "add", str(vault_dir), "--court", "Tribunal Militar 1.º de Control",
                         "--number", "CJPM-7-23", first, second[:8]).strip()
    assert len(proceeding) == 36
    for day in ("10/02/2023", "10/03/2023", "10/04/2023", "10/05/2023"):
        assert len(run_cli("hearing", "add", str(vault_dir), proceeding[:8], "--date", day, "--kind", "hearing",
                           "--outcome", "deferred", "--note", "Sin traslado").strip()) == 36
    shown = json.loads(run_cli("proceeding", "show", str(vault_dir), proceeding[:8], "--json"))
    assert (shown["jurisdiction"], shown["hearings_deferred"], sorted(d["name"] for d in shown["defendants"])) == (
        "military", 4, ["Ana Pérez", "Luis Páez"])
    listed = json.loads(run_cli("deadlines", str(vault_dir), "--as-of", "01/06/2024", "--json"))
    assert listed["as_of"] == "2024-06-01"
    assert sorted((d["rule"], d["name"]) for d in listed["deadlines"]) == [
        ("civilian_military_court", "Ana Pérez"),
        ("hearings_deferred", "Ana Pérez"), ("hearings_deferred", "Luis Páez")]
    spanish = run_cli("deadlines", str(vault_dir), "--as-of", "01/06/2024", lang="es_VE.UTF-8")
    assert "Audiencia diferida 4 veces en la causa CJPM-7-23" in spanish and "COPP" not in spanish
    assert "Civil ante la jurisdicción militar" in spanish and "art. 261" in spanish
    timeline = run_cli("show", str(vault_dir), second[:8])
    assert "(proceeding CJPM-7-23, deferred)" in timeline
    run_cli("deadlines", str(vault_dir), "--whereabouts-days", "10", "--json")
    with open_vault(vault_dir, PASSPHRASE) as vault:
        from casedesk.services.deadlines import deadline_settings
        assert deadline_settings()["whereabouts_days"] == 10
