from datetime import date

import pytest

from casedesk.domain.errors import InvalidInput
from casedesk.domain.normalize import parse_date
from casedesk.domain.vocabulary import ClaimKind, SourceKind, Status
from casedesk.services.cases import NewCase, NewContact, add_case, find_case, status_on
from casedesk.services.evidence import add_evidence
from casedesk.services.verification import (
    add_check, dispute_claim, missing_for_verification, open_claims, report_claim, retract_claim, verify_claim,
)
from casedesk.storage.audit import verify_audit_chain
from casedesk.storage.models import CheckEvidence, Verification


@pytest.fixture
def case_id(vault):
    return add_case(vault, NewCase.named(
        "Julián Chacón Montilla", arrest_date=parse_date("2023-05-02"),
        contacts=[NewContact("Carmen Montilla", relationship="madre", safe_channel="Signal"),
                  NewContact("Luis Chacón", relationship="hermano", do_not_contact=True)]))


def _release(vault, case_id, day="2025-01-08"):
    return report_claim(vault, case_id, ClaimKind.RELEASE, date.fromisoformat(day),
                        claimed_status=Status.RELEASED_CONDITIONAL, reported_by="Nota de prensa oficial",
                        reported_where="Canal estatal, 7 ene 2025")


def test_one_source_is_not_enough_and_the_app_says_what_is_missing(vault, case_id):
    claim = _release(vault, case_id)
    add_check(vault, claim, SourceKind.PRESS, "El Pitazo, 8 ene")
    add_check(vault, claim, SourceKind.PRESS, "Efecto Cocuyo, 8 ene")     # not independent of the first
    missing = missing_for_verification(claim)
    assert "1 more confirming source" in missing.message("en") and "official document" in missing.message("en")
    assert "Necesita 1 fuente más que lo confirme," in missing.message("es")
    with pytest.raises(InvalidInput):
        verify_claim(vault, claim)
    assert find_case(case_id).status == "detained"
    assert Verification.get(Verification.uuid == claim).state == "under_verification"


def test_a_verified_release_changes_the_status_from_its_date_only(vault, vault_dir, case_id, tmp_path):
    claim = _release(vault, case_id)
    order = tmp_path / "boleta.pdf"
    order.write_bytes(b"%PDF boleta de excarcelacion")
    evidence = add_evidence(vault, case_id, order)
    add_check(vault, claim, SourceKind.OFFICIAL_DOCUMENT, "Boleta de excarcelación", evidence_uuids=(evidence,))
    contact = next(c for c in find_case(case_id).person.contacts if c.name == "Carmen Montilla")
    add_check(vault, claim, SourceKind.FAMILY_CONFIRMATION, "Lo vio en casa", contact_uuid=contact.uuid,
              channel="Signal")
    assert not missing_for_verification(claim)
    verify_claim(vault, claim)

    case = find_case(case_id)
    assert status_on(case, date(2025, 1, 7)) is Status.DETAINED
    assert status_on(case, date(2025, 1, 8)) is Status.RELEASED_CONDITIONAL
    record = Verification.get(Verification.uuid == claim)
    assert (record.state, record.verifier) == ("verified", "test lawyer")
    assert record.event.kind == "release_verified" and "Boleta" in record.event.source
    assert CheckEvidence.select().count() == 1
    assert verify_audit_chain().ok
    with pytest.raises(InvalidInput):
        verify_claim(vault, claim)                 # closed claims stay closed


@pytest.mark.parametrize("close", [dispute_claim, retract_claim])
def test_disputed_or_retracted_claims_change_nothing(vault, case_id, close):
    claim = _release(vault, case_id)
    add_check(vault, claim, SourceKind.FAMILY_CONFIRMATION, "Sigue en Rodeo I", confirms=False)
    assert "contradicts" in missing_for_verification(claim).message("en")
    close(vault, claim, "La familia confirma que sigue detenido")
    assert find_case(case_id).status == "detained"
    assert status_on(find_case(case_id), date.today()) is Status.DETAINED


def test_a_do_not_contact_relative_cannot_be_recorded_as_a_source(vault, case_id):
    claim = _release(vault, case_id)
    brother = next(c for c in find_case(case_id).person.contacts if c.do_not_contact)
    with pytest.raises(InvalidInput) as refused:
        add_check(vault, claim, SourceKind.FAMILY_CONFIRMATION, contact_uuid=brother.uuid)
    assert "must not be contacted" in refused.value.message("en")


def test_the_queue_lists_open_claims_oldest_first_with_safe_contacts(vault, case_id):
    other = add_case(vault, NewCase.named("Inés Páez", arrest_date=parse_date("2024-02-02")))
    first = _release(vault, case_id)
    second = report_claim(vault, other, ClaimKind.TRANSFER, date(2025, 1, 3), claimed_facility="Tocorón")
    closed = _release(vault, other)
    retract_claim(vault, closed, "Error de la nota")
    queue = open_claims()
    assert [item["id"] for item in queue] == [first, second]
    assert [c["name"] for c in queue[0]["contacts"]] == ["Carmen Montilla"]     # never the do-not-contact one
    assert queue[0]["contacts"][0]["safe_channel"] == "Signal"
    assert "2 more confirming source" in queue[0]["missing_en"]


def test_with_no_source_yet_two_are_asked_for_in_the_plural(vault, case_id):
    missing = missing_for_verification(_release(vault, case_id))
    assert "Needs 2 more confirming sources of a kind" in missing.message("en")
    assert "Necesita 2 fuentes más que lo confirmen," in missing.message("es")
