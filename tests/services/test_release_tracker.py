"""The release tracker: day by day since an announcement, people announced, claimed, verified
and disputed (each person once), and who still needs a second source."""

from __future__ import annotations

import json
from datetime import date

import pytest

from casedesk.domain.errors import InvalidInput
from casedesk.domain.normalize import parse_date
from casedesk.domain.vocabulary import ClaimKind, SourceKind, Status
from casedesk.services.cases import NewCase, add_cases
from casedesk.services.release_tracker import record_release_list, release_lists, release_tracker
from casedesk.services.releases import create_release_claims, match_release_list
from casedesk.services.verification import add_check, dispute_claim, report_claim, verify_claim
from casedesk.storage.models import Verification, VaultMeta, VerificationCheck
from tests.conftest import run_cli

ANNOUNCED = date(2025, 1, 7)
LIST = """Excarcelados el 7 de enero
1. Marisol Quintana Ferrer
2. Rubén Darío Salcedo Mora
3. QUINTANA FERRER MARISOL
4. Teodoro Linárez Prieto
5. Fulano Inventado Nadie
"""


def _at(day: date) -> str:
    """Noon UTC that day: the same calendar day in every time zone the tests may run in."""
    return f"{day.isoformat()}T12:00:00+00:00"


def _dated(claim: str, reported: date, closed: date | None = None) -> None:
    changes = {"created_at": _at(reported)}
    if closed:
        changes.update(updated_at=_at(closed), verified_at=_at(closed)
                       if Verification.get(Verification.uuid == claim).state == "verified" else None)
    Verification.update(**changes).where(Verification.uuid == claim).execute()


def _check(vault, claim: str, kind: SourceKind, detail: str, day: date) -> None:
    check = add_check(vault, claim, kind, detail)
    VerificationCheck.update(checked_at=_at(day)).where(VerificationCheck.uuid == check).execute()


@pytest.fixture
def tracked(vault):
    """Over three days after the announcement of 7 January 2025:

    7 Jan: a list names 4 people as released (Marisol twice); 3 match a case: 3 claims recorded.
    8 Jan: a lawyer records a claim for Omaira by hand; Marisol verified (an official document and
           the family); Rubén has the press only.
    9 Jan: Teodoro's claim is disputed; Omaira has her family's word.
    A claim from before the announcement (Zenaida, 1 Jan) is not counted.
    """
    cases = dict(zip(["marisol", "ruben", "teodoro", "omaira", "zenaida"], add_cases(vault, [
        NewCase.named(name, arrest_date=parse_date("2022-03-03")) for name in (
            "Marisol Quintana Ferrer", "Rubén Darío Salcedo Mora", "Teodoro Linárez Prieto", "Omaira Benítez Lugo",
            "Zenaida Ortiz Carreño")])))
    result = match_release_list(LIST)
    claims = create_release_claims(vault, result["matched"], ANNOUNCED, source="Nota de prensa")
    record_release_list(vault, result, ANNOUNCED, source="Nota de prensa", claims=len(claims))
    VaultMeta.update(value=json.dumps({**release_lists()[0], "loaded_at": _at(ANNOUNCED)})).where(
        VaultMeta.key.startswith("release_list")).execute()
    by_case = {Verification.get(Verification.uuid == claim).case.uuid: claim for claim in claims}
    marisol, ruben, teodoro = by_case[cases["marisol"]], by_case[cases["ruben"]], by_case[cases["teodoro"]]
    for claim in claims:
        _dated(claim, ANNOUNCED)
    omaira = report_claim(vault, cases["omaira"], ClaimKind.RELEASE, date(2025, 1, 8),
                          claimed_status=Status.RELEASED_CONDITIONAL, reported_by="Hermana")
    _dated(omaira, date(2025, 1, 8))
    _check(vault, marisol, SourceKind.OFFICIAL_DOCUMENT, "Boleta de excarcelación", date(2025, 1, 8))
    _check(vault, marisol, SourceKind.FAMILY_CONFIRMATION, "Está en casa", date(2025, 1, 8))
    verify_claim(vault, marisol)
    _dated(marisol, ANNOUNCED, date(2025, 1, 8))
    _check(vault, ruben, SourceKind.PRESS, "Efecto Cocuyo", date(2025, 1, 8))
    dispute_claim(vault, teodoro, "El tribunal dice que sigue detenido")
    _dated(teodoro, ANNOUNCED, date(2025, 1, 9))
    _check(vault, omaira, SourceKind.FAMILY_CONFIRMATION, "La hermana la vio", date(2025, 1, 9))
    zenaida = report_claim(vault, cases["zenaida"], ClaimKind.RELEASE, date(2025, 1, 1))
    _dated(zenaida, date(2025, 1, 1))
    return cases


def test_each_day_since_the_announcement_counts_people_once(vault, tracked):
    tracker = release_tracker(ANNOUNCED, today=date(2025, 1, 10))
    assert [(d["date"], d["announced"], d["claimed"], d["verified"], d["disputed"], d["open_total"])
            for d in tracker["days"]] == [
        ("2025-01-07", 4, 3, 0, 0, 3),            # Marisol named twice: one person
        ("2025-01-08", 0, 1, 1, 0, 3),
        ("2025-01-09", 0, 0, 0, 1, 2),
        ("2025-01-10", 0, 0, 0, 0, 2)]
    assert {key: tracker["totals"][key] for key in ("announced", "claimed", "verified", "disputed", "retracted",
                                                     "open", "needs_second_source", "no_source_yet")} == {
        "announced": 4, "claimed": 4, "verified": 1, "disputed": 1, "retracted": 0, "open": 2,
        "needs_second_source": 2, "no_source_yet": 0}
    assert [record["named_released"] for record in tracker["lists"]] == [4]
    assert tracker["lists"][0]["matched"] == 3 and tracker["lists"][0]["without_case"] == 1


def test_who_still_needs_a_second_source_with_the_source_they_have(vault, tracked):
    waiting = release_tracker(ANNOUNCED, today=date(2025, 1, 10))["needs_second_source"]
    assert [(item["name"], item["case_id"], [(s["kind"], s["detail"]) for s in item["sources"]]) for item in waiting] == [
        ("Rubén Darío Salcedo Mora", tracked["ruben"], [("press", "Efecto Cocuyo")]),
        ("Omaira Benítez Lugo", tracked["omaira"], [("family_confirmation", "La hermana la vio")])]
    assert waiting[1]["reported_by"] == "Hermana" and waiting[1]["reported_on"] == "2025-01-08"


def test_a_later_start_leaves_out_what_came_before(vault, tracked):
    tracker = release_tracker(date(2025, 1, 8), today=date(2025, 1, 10))
    assert (tracker["totals"]["announced"], tracker["totals"]["claimed"]) == (0, 1)     # only Omaira's claim
    assert tracker["days"][0]["date"] == "2025-01-08"
    with pytest.raises(InvalidInput):
        release_tracker(date(2025, 1, 11), today=date(2025, 1, 10))


def test_the_command_line_prints_the_tracker(vault, tracked):
    folder = str(vault.folder)
    vault.lock()
    data = json.loads(run_cli("releases", "status", folder, "--since", "07/01/2025", "--json"))
    assert data["days"][0]["claimed"] == 3 and data["totals"]["verified"] == 1
    text = run_cli("releases", "status", folder, "--since", "07/01/2025")
    assert "Still need a second source (2):" in text
    assert "Rubén Darío Salcedo Mora" in text and "Press «Efecto Cocuyo»" in text


def test_claims_recorded_from_the_command_line_count_the_list_as_announced(vault, tmp_path):
    add_cases(vault, [NewCase.named("Marisol Quintana Ferrer", arrest_date=parse_date("2022-03-03"))])
    listing = tmp_path / "comunicado.txt"
    listing.write_text("1. Marisol Quintana Ferrer\n2. Fulano Inventado Nadie\n", encoding="utf-8")
    folder = str(vault.folder)
    vault.lock()
    matched = json.loads(run_cli("releases", "match", folder, str(listing), "--date", "8/1/2025", "--create-claims",
                                 "--json"))
    assert matched["release_list"]
    since = date.today().strftime("%d/%m/%Y")
    data = json.loads(run_cli("releases", "status", folder, "--since", since, "--json"))
    assert (data["totals"]["announced"], data["totals"]["claimed"], data["totals"]["no_source_yet"]) == (2, 1, 1)
    assert data["lists"][0]["source"] == "comunicado.txt" and data["lists"][0]["without_case"] == 1
