from datetime import date

from casedesk.domain.normalize import parse_date
from casedesk.domain.vocabulary import EventKind, Status
from casedesk.services.cases import NewCase, NewEvent, add_cases, find_case
from casedesk.services.releases import create_release_claims, match_release_list
from casedesk.storage.models import Verification

LIST = """LISTA DE EXCARCELADOS - 7 de enero de 2025

1. MARÍA JOSÉ PÉREZ RODRÍGUEZ
2. rodriguez perez, maria jose
3) Jose Iniguez Paez, C.I. 12.345.678
4. Néstor Rondón
- Wilmer Quintero Salazar
5. Rigoberto Salcedo Méndez
6. Ana Gabriela Torres
"""

from tests.conftest import run_cli


def _cases(vault):
    ids = add_cases(vault, [
        NewCase.named("María José Pérez Rodríguez", national_id="V-20.111.222", arrest_date=parse_date("2022-01-01")),
        NewCase.named("José Íñiguez Páez", national_id="V-12.345.678", arrest_date=parse_date("2021-01-01")),
        NewCase.named("Néstor Rondón Marcano", arrest_date=parse_date("2020-03-03")),
        NewCase.named("Néstor Rondón Chacón", arrest_date=parse_date("2020-04-04")),
        NewCase.named("Wilmer Quintero Salazar", arrest_date=parse_date("2019-01-01")),
        NewCase.named("Ana Gabriela Torres Díaz", arrest_date=parse_date("2019-01-01"),
                      events=[NewEvent(EventKind.RELEASE_VERIFIED, parse_date("2024-01-01"), Status.RELEASED_FULL)]),
    ])
    return dict(zip(["maria", "jose", "nestor1", "nestor2", "wilmer", "ana"], ids))


def test_names_match_whatever_the_accents_case_order_or_numbering(vault):
    cases = _cases(vault)
    result = match_release_list(LIST)
    matched = {item["line"]: item["case_id"] for item in result["matched"]}
    assert matched == {3: cases["maria"], 4: cases["maria"], 5: cases["jose"], 7: cases["wilmer"]}
    ambiguous = result["ambiguous"]
    assert [item["line"] for item in ambiguous] == [6]
    assert {c["case_id"] for c in ambiguous[0]["candidates"]} == {cases["nestor1"], cases["nestor2"]}
    # Nobody has the invented name; a person already released is not on the held list any more
    # (and the vault says so); the title is a line that names nobody, not a person to find.
    assert [item["text"] for item in result["unmatched"]] == ["Rigoberto Salcedo Méndez", "Ana Gabriela Torres"]
    assert "Ana Gabriela Torres Díaz" in result["unmatched"][1]["note"]
    assert [item["text"] for item in result["not_names"]] == ["LISTA DE EXCARCELADOS - 7 de enero de 2025"]


def test_matched_lines_become_reported_claims_and_move_no_status(vault):
    cases = _cases(vault)
    matched = match_release_list(LIST)["matched"]
    create_release_claims(vault, matched, date(2025, 1, 7), source="Nota de prensa del Ministerio")
    assert Verification.select().count() == 4
    claim = Verification.get(Verification.case == find_case(cases["wilmer"]))
    assert (claim.state, claim.claimed_date, claim.reported_by) == ("reported", "2025-01-07", "Nota de prensa del Ministerio")
    assert find_case(cases["wilmer"]).status == "detained"


def test_the_command_line_matches_a_list_saved_by_a_windows_tool(tmp_path):
    import json
    folder = str(tmp_path / "vault")
    run_cli("init", folder)
    case = run_cli("add", folder, "--name", "José Íñiguez Páez", "--arrested", "2021-01-01").strip()
    listing = tmp_path / "lista.txt"
    listing.write_bytes("1. JOSÉ ÍÑIGUEZ PÁEZ\r\n2. Nadie Conocido\r\n".encode("cp1252"))
    result = json.loads(run_cli("releases", "match", folder, str(listing), "--date", "8/1/2025",
                                 "--create-claims", "--json"))
    assert [(m["line"], m["case_id"]) for m in result["matched"]] == [(1, case)]
    assert [u["text"] for u in result["unmatched"]] == ["Nadie Conocido"]
    assert len(result["claims_created"]) == 1
