"""Other groups' lists, as they really write them, imported into real vaults: every count is
compared with the figures worked out by hand in tests/data/lists/expected.json before the
importer was written. Nothing here is tuned to the code; a mismatch is a bug in one or the other."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from casedesk.domain.text import fold
from casedesk.services.census import census_as_of
from casedesk.services.importing import import_file, pending_reviews
from casedesk.storage.models import DetentionCase, Person
from tests.conftest import run_cli

LISTS = Path(__file__).parent.parent / "data" / "lists"
EXPECTED = json.loads((LISTS / "expected.json").read_text(encoding="utf-8"))
FILES = [name for name in EXPECTED if not name.startswith("_")]


def _import(vault, name: str, *, dry_run: bool = False) -> dict:
    expected = EXPECTED[name]
    return import_file(vault, LISTS / name, status_date=date.fromisoformat(expected["status_date"]), dry_run=dry_run)


def _prepare(vault, name: str) -> None:
    """Lists read after another one: import that one first."""
    if "_after" in EXPECTED[name]:
        _import(vault, EXPECTED[name]["_after"])


@pytest.mark.parametrize("name", FILES)
def test_each_list_is_read_and_accounted_for_exactly(vault, name):
    expected = EXPECTED[name]
    _prepare(vault, name)
    dry = _import(vault, name, dry_run=True)
    counts = {key: dry[key] if not isinstance(dry[key], list) else len(dry[key])
              for key in ("rows_read", "people_created", "people_merged", "duplicates_in_file", "to_review")}
    assert counts == {key: expected[key] for key in counts}
    # rows read = created + merged + duplicates in the file + held for review + skipped
    assert dry["accounted"] and dry["rows_read"] == (dry["people_created"] + dry["people_merged"]
                                                     + dry["duplicates_in_file"] + len(dry["to_review"])
                                                     + len(dry["skipped"]))
    assert [item["row"] for item in dry["skipped"]] == expected["skipped_rows"]
    assert all(item["reason"] for item in dry["skipped"])
    if "duplicates" in expected:
        assert {item["row"]: item["same_as_row"] for item in dry["duplicates"]} == expected["duplicates"]
    if "review_rows" in expected:
        assert [item["row"] for item in dry["to_review"]] == expected["review_rows"]
    used = [sheet for sheet in dry["sheets"] if sheet["used"]]
    if "sheets_used" in expected:
        assert [sheet["sheet"] for sheet in used] == expected["sheets_used"]
        assert [sheet["sheet"] for sheet in dry["sheets"] if not sheet["used"]] == expected["sheets_ignored"]
        assert all(sheet["why_left_out"] for sheet in dry["sheets"] if not sheet["used"])
    if "header_rows" in expected:
        assert used[0]["header_rows"] == expected["header_rows"]
    if "columns" in expected:
        mapped = {column["header"]: column["field"] for column in used[0]["columns"]}
        assert mapped == expected["columns"]
        assert all(column["why"] in ("header", "content", "header and content") for column in used[0]["columns"])
    if "columns_by_position" in expected:
        letters = {str(ord(column["column"]) - 65): column["field"] for column in used[0]["columns"]}
        assert letters == expected["columns_by_position"]
        assert {column["why"] for column in used[0]["columns"]} == {"content"}
    if "kept_as_written" in expected:
        kept = {}
        for item in dry["kept_as_written"]:
            kept.setdefault(item["row"], []).append(item["field"])
        assert {row: sorted(fields) for row, fields in kept.items()} == expected["kept_as_written"]
    if "flagged_rows" in expected:
        assert sorted({item["row"] for item in dry["remarks"] if "letter" in item["note"]}) == expected["flagged_rows"]


@pytest.mark.parametrize("name", FILES)
def test_the_census_after_each_list_is_the_one_counted_by_hand(vault, name):
    expected = EXPECTED[name]
    _prepare(vault, name)
    _import(vault, name)
    census = census_as_of(date.fromisoformat(expected["status_date"])).to_json()
    assert census["held"] == expected["held"]
    if "by_status" in expected:
        assert census["by_status"] == expected["by_status"]
    for key, census_key in (("held_military", "military_held"), ("held_foreigners", "foreigners_held")):
        if key in expected:
            assert census[census_key] == expected[key], key
    if "held_by_stage" in expected:
        assert census["by_stage"] == expected["held_by_stage"]
    for field in ("nationality", "sex", "civilian_military", "stage"):
        if f"unknown_{field}" in expected:
            assert census["unknown"][field] == expected[f"unknown_{field}"], field
    for day, held in expected.get("held_on", {}).items():
        assert census_as_of(date.fromisoformat(day)).held == held, day
    for national_id, values in expected.get("people", {}).items():
        person = Person.get(Person.national_id == national_id)
        case = person.cases.order_by(DetentionCase.id.desc()).get()
        seen = {"given_names": person.given_names, "surnames": person.surnames, "nationality": person.nationality,
                "civilian_military": person.civilian_military, "status": case.status, "stage": case.stage,
                "state": case.arrest_state, "facility": case.facility.name if case.facility else None,
                "arrest_date": case.arrest_date, "aliases": person.aliases, "occupation": person.occupation}
        assert {key: seen[key] for key in values} == values, national_id
    for name_without_id in expected.get("no_id", []):
        assert any(fold(person.full_name) == fold(name_without_id) and person.national_id is None
                   for person in Person.select()), name_without_id
    for full_name, arrest in expected.get("serial_date", {}).items():
        person = next(p for p in Person.select() if fold(p.full_name) == fold(full_name))
        assert person.cases.get().arrest_date == arrest


def test_what_could_not_be_read_is_kept_in_the_case_as_written(vault):
    _import(vault, "ong_presos_politicos.xlsx")
    case = Person.get(Person.national_id == "V-19888777").cases.get()
    assert "«Ver observación»" in case.notes and "fila 21" in case.notes      # "sin fecha" is simply no date
    assert case.status == "unknown" and case.arrest_date is None


def test_rows_left_for_review_are_decided_from_the_command_line(tmp_path):
    folder = str(tmp_path / "vault")
    run_cli("init", folder)
    first = EXPECTED["foro_mayusculas.csv"]
    run_cli("import", folder, str(LISTS / "foro_mayusculas.csv"), "--status-date", first["status_date"])
    second = EXPECTED["reingreso_tras_foro.csv"]
    done = json.loads(run_cli("import", folder, str(LISTS / "reingreso_tras_foro.csv"),
                              "--status-date", second["status_date"], "--json"))
    assert len(done["review_items"]) == 2
    listed = json.loads(run_cli("imports", folder, "--json"))
    assert listed[0]["pending_review"] == 2
    pending = json.loads(run_cli("review", folder, "--json"))
    assert [item["row"] for item in pending] == ["5", "6"]
    namesakes = pending[0]["candidates"]
    assert len(namesakes) == 2 and {c["national_id"] for c in namesakes} == {"V-6666777", "V-6666778"}
    carla = pending[1]["candidates"]
    assert [c["name"] for c in carla] == ["Carla del Valle Montes"] and carla[0]["score"] < 100
    held = json.loads(run_cli("census", folder, "--as-of", second["status_date"], "--json"))["held"]
    assert held == second["held"]
    target = next(c for c in namesakes if c["national_id"] == "V-6666777")["person_id"]
    run_cli("review", folder, "--decide", f"{pending[0]['item']}=merge:{target[:8]}")
    run_cli("review", folder, "--decide", f"{pending[1]['item']}=merge:{carla[0]['person_id']}")
    assert json.loads(run_cli("review", folder, "--json")) == []
    assert json.loads(run_cli("imports", folder, "--json"))[0]["pending_review"] == 0
    after = json.loads(run_cli("census", folder, "--as-of", second["status_date"], "--json"))
    assert after["held"] == second["held"] and after["unknown"]["nationality"] == 0
    # A decision is part of its import: undoing the import undoes it.
    run_cli("undo-import", folder, done["batch"])
    assert json.loads(run_cli("census", folder, "--as-of", second["status_date"], "--json"))["held"] == 8


def test_a_decision_for_a_new_person_adds_them_and_a_bad_decision_is_refused(vault, tmp_path):
    from casedesk.domain.errors import InvalidInput
    from casedesk.services.importing import decide_review
    _import(vault, "foro_mayusculas.csv")
    _import(vault, "reingreso_tras_foro.csv")
    items = pending_reviews()
    with pytest.raises(InvalidInput):
        decide_review(vault, items[1]["item"], "maybe")
    before = Person.select().count()
    assert decide_review(vault, items[1]["item"], "new")["created"] == 1
    assert Person.select().count() == before + 1
    with pytest.raises(InvalidInput):
        decide_review(vault, items[1]["item"], "new")                  # already decided
