"""A release typed into the case editor's timeline is a claim to verify, never a verified release:
only two independent sources of different kinds, in the verification queue, make it count."""

from __future__ import annotations

from datetime import date

from casedesk.domain.normalize import parse_date
from casedesk.domain.vocabulary import ClaimKind, EventKind, SourceKind, Status
from casedesk.services.cases import NewCase, add_case, find_case
from casedesk.services.verification import (
    add_check,
    open_claims,
    report_claim,
    verify_claim,
)
from casedesk.storage.models import Event, Verification
from tests.gui.conftest import type_text


def _claims_of(case_id: str) -> list[Verification]:
    return list(Verification.select().where(Verification.case == find_case(case_id)))


def _type_event(editor, kind: EventKind, day: str, status: Status | None = None, description: str = "",
                source: str = "") -> None:
    editor.event_kind.setCurrentIndex(editor.event_kind.findData(kind.value))
    editor.event_status.setCurrentIndex(max(0, editor.event_status.findData(status.value if status else None)))
    for widget, text in ((editor.event_date, day), (editor.event_description, description),
                         (editor.event_source, source)):
        widget.clear()
        if text:
            type_text(widget, text)


def test_a_release_typed_in_the_timeline_becomes_a_claim_in_the_queue_and_the_case_stays_held(controller, demo_vault):
    case_id = add_case(demo_vault, NewCase.named("Yusmary Peñaloza", arrest_date=parse_date("2021-03-04")))
    editor = controller.window.open_editor(case_id)
    _type_event(editor, EventKind.RELEASE_VERIFIED, "08/01/2026", Status.RELEASED_FULL,
                "Excarcelada de El Helicoide", "Nota de prensa de El Pitazo")
    editor.add_event_button.click()
    said = editor.event_message.text()
    assert "verification queue" in said and "two independent sources" in said and "“Verification” tab" in said
    assert [event["kind"] for event in editor.events] == ["arrest"]          # not in the timeline as verified
    assert editor.event_date.text() == "" and editor._unadded_event() is None
    editor.save()
    assert not editor.isVisible() or editor.result()
    case = find_case(case_id)
    assert case.status == "detained"
    assert not Event.select().where((Event.case == case) & (Event.kind == "release_verified")).exists()
    claims = _claims_of(case_id)
    assert len(claims) == 1
    claim = claims[0]
    assert (claim.claim_kind, claim.state, claim.claimed_date, claim.claimed_status) == (
        "release", "reported", "2026-01-08", "released_full")
    assert claim.claim == "Excarcelada de El Helicoide" and claim.reported_by == "Nota de prensa de El Pitazo"
    assert [row["id"] for row in open_claims() if row["case_id"] == case_id] == [claim.uuid]


def test_a_status_recorded_as_released_is_a_claim_too_and_so_is_a_new_cases_release(controller, demo_vault):
    case_id = add_case(demo_vault, NewCase.named("Dervis Ñáñez", arrest_date=parse_date("2021-03-04")))
    editor = controller.window.open_editor(case_id)
    _type_event(editor, EventKind.STATUS_RECORDED, "09/01/2026", Status.RELEASED_CONDITIONAL, "Régimen de presentación")
    editor.add_event_button.click()
    assert "verification queue" in editor.event_message.text()
    editor.save()
    assert find_case(case_id).status == "detained"
    assert [(c.claimed_status, c.claimed_date) for c in _claims_of(case_id)] == [("released_conditional", "2026-01-09")]

    # The same on a case not yet saved: the claim waits for Save, then goes to the queue.
    controller.window.new_case()
    editor = controller.window.editors[-1]
    type_text(editor.fields["given_names"], "Oriana")
    type_text(editor.fields["surnames"], "Guzmán Peña")
    type_text(editor.fields["arrest_date"], "02/02/2022")
    _type_event(editor, EventKind.RELEASE_VERIFIED, "10/01/2026")
    editor.add_event_button.click()
    assert "verification queue" in editor.event_message.text()
    editor.save()
    new_id = editor.case_id
    assert new_id is not None and find_case(new_id).status == "detained"
    assert [(c.claimed_status, c.state) for c in _claims_of(new_id)] == [("released_conditional", "reported")]


def test_changing_an_event_into_a_release_keeps_the_event_and_makes_a_claim(controller, demo_vault):
    case_id = add_case(demo_vault, NewCase.named("Nohelia Rondón", arrest_date=parse_date("2021-03-04")))
    editor = controller.window.open_editor(case_id)
    editor.events_table.selectRow(0)
    editor.event_kind.setCurrentIndex(editor.event_kind.findData(EventKind.RELEASE_VERIFIED.value))
    editor.event_status.setCurrentIndex(editor.event_status.findData(Status.RELEASED_FULL.value))
    editor.event_date.clear()
    type_text(editor.event_date, "08/01/2026")
    editor.apply_event_button.click()
    assert "verification queue" in editor.event_message.text()
    editor.save()
    case = find_case(case_id)
    assert case.status == "detained"
    assert [event.kind for event in case.events] == ["arrest"]
    assert len(_claims_of(case_id)) == 1


def test_a_release_verified_in_the_queue_still_shows_and_its_other_fields_can_be_edited(controller, demo_vault):
    case_id = add_case(demo_vault, NewCase.named("Génesis Marcano", arrest_date=parse_date("2022-02-02")))
    claim = report_claim(demo_vault, case_id, ClaimKind.RELEASE, date(2025, 1, 8), claimed_status=Status.RELEASED_FULL)
    add_check(demo_vault, claim, SourceKind.OFFICIAL_DOCUMENT, "Boleta de libertad plena")
    add_check(demo_vault, claim, SourceKind.FAMILY_CONFIRMATION, "Está en casa")
    event_id = verify_claim(demo_vault, claim)
    editor = controller.window.open_editor(case_id)
    rows = [editor.events_table.item(row, 1).text() for row in range(editor.events_table.rowCount())]
    assert rows == ["Arrest", "Release verified"]
    assert editor.events_table.item(1, 2).text() == "Fully released"
    editor.events_table.selectRow(1)
    assert editor.event_kind.currentData() == "release_verified"
    editor.event_description.clear()
    type_text(editor.event_description, "Salió de Rodeo I")
    editor.apply_event_button.click()
    assert "verification queue" not in editor.event_message.text()
    editor.save()
    event = Event.get(Event.uuid == event_id)
    assert (event.kind, event.status, event.description) == ("release_verified", "released_full", "Salió de Rodeo I")
    assert find_case(case_id).status == "released_full"
    assert [c.uuid for c in _claims_of(case_id)] == [claim]              # no new claim for an edit

    # Deleting it stays possible (a release entered by mistake is taken back from the timeline).
    editor = controller.window.open_editor(case_id)
    editor.events_table.selectRow(1)
    editor.remove_event_button.click()
    editor.save()
    assert Event.get_or_none(Event.uuid == event_id) is None
    assert find_case(case_id).status == "detained"


def test_the_editor_says_it_in_spanish(controller, demo_vault):
    controller.set_language("es")
    case_id = add_case(demo_vault, NewCase.named("Yusmary Peñaloza", arrest_date=parse_date("2021-03-04")))
    editor = controller.window.open_editor(case_id)
    _type_event(editor, EventKind.RELEASE_VERIFIED, "08/01/2026")
    editor.add_event_button.click()
    said = editor.event_message.text()
    assert "cola de verificación" in said and "afirmación" in said and "«Verificación»" in said


def test_a_new_case_cannot_start_released_nor_bring_a_verified_release_in_its_draft(controller, demo_vault):
    controller.window.new_case()
    editor = controller.window.editors[-1]
    type_text(editor.fields["given_names"], "Oriana")
    type_text(editor.fields["surnames"], "Guzmán Peña")
    editor.fields["status"].setCurrentIndex(editor.fields["status"].findData(Status.RELEASED_FULL.value))
    editor.save()
    assert editor.case_id is None and "verification queue" in editor.errors["status"].text()

    # A draft from before the rule, with a typed "release verified", saves it as a claim.
    editor.fields["status"].setCurrentIndex(0)
    editor.set_values({"events": [{"id": None, "kind": "release_verified", "date": "08/01/2026", "status": None,
                                   "stage": None, "description": "", "source": "Prensa"}]})
    editor.save()
    assert editor.case_id is not None
    assert not Event.select().where((Event.case == find_case(editor.case_id))
                                    & (Event.kind == "release_verified")).exists()
    assert [(c.claimed_date, c.reported_by) for c in _claims_of(editor.case_id)] == [("2026-01-08", "Prensa")]
