from datetime import date, timedelta

import pytest

from casedesk.domain.errors import DuplicateNationalId, InvalidInput, NotFound
from casedesk.domain.normalize import FuzzyDate, parse_date
from casedesk.domain.vocabulary import DatePrecision, EventKind, Status
from casedesk.services.cases import (
    NewCase, NewContact, NewEvent, add_case, add_cases, add_contact, add_event, case_details,
    days_held, delete_case, edit_case, find_case, status_on, update_case, update_person,
)
from casedesk.storage.models import AuditEntry, Contact, DetentionCase, Event, Facility, Person


def test_a_new_case_keeps_its_person_detention_and_arrest_on_the_timeline(vault):
    case_id = add_case(vault, NewCase.named(
        "  ANA MARÍA   GARCÍA GUZMÁN ", national_id=" 28826016 ", arrest_date=parse_date("11/02/2019"),
        facility="Yare III", agency="CICPC", charges="Instigación al odio"))
    details = case_details(find_case(case_id))
    assert details["name"] == "Ana María García Guzmán"
    assert details["person"]["national_id"] == "V-28826016"
    assert details["case"]["facility"] == "Yare III" and details["case"]["agency"] == "CICPC"
    assert [(e["kind"], e["date"], e["status"]) for e in details["events"]] == [("arrest", "2019-02-11", "detained")]
    assert details["status"] == "detained"


def test_facilities_are_one_record_however_they_are_typed(vault):
    add_cases(vault, [NewCase.named("Ana Pérez", facility="Fénix Lara"),
                      NewCase.named("Luis Páez", facility="  FENIX  lara ")])
    assert Facility.select().count() == 1


def test_a_status_known_today_is_recorded_as_an_event_on_its_date(vault):
    case_id = add_case(vault, NewCase.named(
        "Rosa Ramírez Peña", arrest_date=parse_date("2025-03-06"),
        status=Status.RELEASED_FULL, status_date=date(2025, 9, 1)))
    case = find_case(case_id)
    assert case.status == "released_full"
    assert status_on(case, date(2025, 8, 31)) is Status.DETAINED
    assert status_on(case, date(2025, 9, 1)) is Status.RELEASED_FULL


def test_a_verified_release_changes_the_status_from_its_date_only(vault):
    case_id = add_case(vault, NewCase.named("Joel Núñez", arrest_date=parse_date("2020-12-03")))
    add_event(vault, case_id, NewEvent(EventKind.RELEASE_VERIFIED, parse_date("2025-01-08"),
                                       source="Boleta de excarcelación"))
    case = find_case(case_id)
    assert status_on(case, date(2025, 1, 7)) is Status.DETAINED
    assert status_on(case, date(2025, 1, 8)) is Status.RELEASED_CONDITIONAL
    assert case.status == "released_conditional" and case.status_since == "2025-01-08"
    assert days_held(case.arrest_date, case.status, case.status_since) == (date(2025, 1, 8) - date(2020, 12, 3)).days


def test_an_announcement_frees_no_one(vault):
    case_id = add_case(vault, NewCase.named("Iván Salazar", arrest_date=parse_date("2024-04-17")))
    add_event(vault, case_id, NewEvent(EventKind.RELEASE_ANNOUNCED, FuzzyDate(date.today(), DatePrecision.DAY)))
    assert find_case(case_id).status == "detained"


def test_a_release_dated_in_the_future_is_refused(vault):
    case_id = add_case(vault, NewCase.named("Tomás Añez", arrest_date=parse_date("2024-04-17")))
    tomorrow = FuzzyDate(date.today() + timedelta(days=1), DatePrecision.DAY)
    with pytest.raises(InvalidInput):
        add_event(vault, case_id, NewEvent(EventKind.RELEASE_VERIFIED, tomorrow))
    add_event(vault, case_id, NewEvent(EventKind.HEARING, tomorrow))      # a future hearing is fine
    assert Event.select().where(Event.kind == "release_verified").count() == 0


def test_the_same_id_in_another_form_is_the_same_person(vault):
    first = add_case(vault, NewCase.named("Simón Briceño", national_id="V-28.337.104"))
    with pytest.raises(DuplicateNationalId) as duplicate:
        add_case(vault, NewCase.named("Simon Briceno", national_id="28337104"))
    assert duplicate.value.existing_person_uuid == find_case(first).person.uuid
    assert Person.select().count() == 1


def test_a_duplicate_inside_one_batch_writes_nothing(vault):
    with pytest.raises(DuplicateNationalId):
        add_cases(vault, [NewCase.named("Ana Pérez", national_id="V-1234567"),
                          NewCase.named("Ana Perez", national_id="1.234.567")])
    assert Person.select().count() == 0 and AuditEntry.select().count() == 0


def test_a_second_detention_of_the_same_person_is_a_second_case(vault):
    first = add_case(vault, NewCase.named("Wilmer Rondón", national_id="V-9650774",
                                          arrest_date=parse_date("2019-01-01")))
    person = find_case(first).person
    second = add_case(vault, NewCase(arrest_date=parse_date("2024-06-01"), existing_person_uuid=person.uuid))
    assert find_case(second).person.id == person.id
    assert DetentionCase.select().count() == 2


def test_a_person_without_a_name_is_refused(vault):
    with pytest.raises(InvalidInput):
        add_case(vault, NewCase(given_names="  ", surnames=""))


def test_edits_are_checked_and_recorded_field_by_field(vault):
    case_id = add_case(vault, NewCase.named("Néstor Chacón", national_id="V-7092831"))
    other = add_case(vault, NewCase.named("Inés Chacón", national_id="V-7092832"))
    person = find_case(case_id).person
    update_person(vault, person.uuid, surnames="chacón ibáñez", sex="male")
    with pytest.raises(DuplicateNationalId):
        update_person(vault, person.uuid, national_id="7.092.832")
    with pytest.raises(InvalidInput):
        update_person(vault, person.uuid, sex="varón")
    with pytest.raises(InvalidInput):
        update_case(vault, other, status="released_full")     # status comes from the timeline only
    update_case(vault, case_id, facility="Rodeo I", judge="Jueza de control 3")

    entry = AuditEntry.select().where((AuditEntry.entity == "person") & (AuditEntry.action == "update")).get()
    assert '"surnames": ["Chacón", "Chacón Ibáñez"]' in entry.changes
    assert '"sex": ["unknown", "male"]' in entry.changes
    assert find_case(case_id).facility.name == "Rodeo I"


def test_contacts_keep_consent_channel_and_do_not_contact(vault):
    case_id = add_case(vault, NewCase.named("Deisy Montilla"))
    add_contact(vault, find_case(case_id).person.uuid, NewContact(
        "marisol montilla", relationship="madre", phones="+58 412-555-0101",
        safe_channel="Signal", do_not_contact=True))
    contact = Contact.get()
    assert (contact.name, contact.safe_channel, contact.do_not_contact) == ("Marisol Montilla", "Signal", True)


def test_deleting_a_case_keeps_the_person_and_an_audited_record_of_what_was_deleted(vault):
    case_id = add_case(vault, NewCase.named("Ángel Marcano", arrest_date=parse_date("2021-11-11")))
    delete_case(vault, case_id)
    with pytest.raises(NotFound):
        find_case(case_id)
    assert Person.select().count() == 1 and Event.select().count() == 0
    deleted = [e.entity for e in AuditEntry.select().where(AuditEntry.action == "delete")]
    assert sorted(deleted) == ["case", "event"]


def test_cases_are_found_by_a_prefix_of_their_id(vault):
    case_id = add_case(vault, NewCase.named("Génesis Rondón"))
    assert find_case(case_id[:8].upper()).uuid == case_id
    with pytest.raises(InvalidInput):
        find_case(case_id[:3])


def test_the_editor_saves_person_case_and_arrest_date_in_one_step(vault):
    case_id = add_case(vault, NewCase.named("Zuleima Rondón", arrest_date=parse_date("2024-05-01")))
    edit_case(vault, case_id, person={"occupation": "Periodista"}, case={"lawyer": "Abg. Colmenares"},
              arrest_date=parse_date("2024-04-28"))
    case = find_case(case_id)
    assert (case.person.occupation, case.lawyer, case.arrest_date) == ("Periodista", "Abg. Colmenares", "2024-04-28")
    assert status_on(case, date(2024, 4, 29)) is Status.DETAINED


def test_a_failing_part_of_an_edit_saves_no_part(vault):
    case_id = add_case(vault, NewCase.named("Luis Páez", arrest_date=parse_date("2024-05-01")))
    entries = AuditEntry.select().count()
    next_year = FuzzyDate(date.today() + timedelta(days=365), DatePrecision.DAY)
    with pytest.raises(InvalidInput):       # the arrest date fails after the other two saved
        edit_case(vault, case_id, person={"occupation": "Docente"}, case={"lawyer": "Abg. Pérez"},
                  arrest_date=next_year)
    case = find_case(case_id)
    assert (case.lawyer, case.person.occupation, case.arrest_date) == ("", "", "2024-05-01")
    assert AuditEntry.select().count() == entries


def test_correcting_an_event_moves_the_status_with_it(vault):
    from casedesk.services.cases import update_event
    case_id = add_case(vault, NewCase.named("Maryelis Chacón", arrest_date=parse_date("2022-03-01")))
    release = add_event(vault, case_id, NewEvent(EventKind.RELEASE_VERIFIED, parse_date("2024-06-01")))
    update_event(vault, release, NewEvent(EventKind.RELEASE_VERIFIED, parse_date("2024-07-15"),
                                          Status.RELEASED_FULL, source="Boleta de libertad"))
    case = find_case(case_id)
    assert status_on(case, date(2024, 7, 1)) is Status.DETAINED
    assert (case.status, case.status_since) == ("released_full", "2024-07-15")
    entry = AuditEntry.select().where(AuditEntry.entity == "event").order_by(AuditEntry.id.desc()).get()
    assert '"date": ["2024-06-01", "2024-07-15"]' in entry.changes
