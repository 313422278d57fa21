from PySide6.QtCore import Qt

from casedesk.services.cases import NewCase, add_case, find_case
from casedesk.services.workspace import drafts
from casedesk.storage.models import DetentionCase, Person
from tests.gui.conftest import type_text


def test_a_new_case_typed_into_the_form_reaches_the_vault(qtbot, controller):
    window = controller.window
    window.new_action.trigger()
    editor = window.editors[-1]
    type_text(editor.fields["given_names"], "María José")
    type_text(editor.fields["surnames"], "Núñez Ibáñez")
    type_text(editor.fields["national_id"], "v-27.123.456")
    editor.tabs.setCurrentIndex(1)
    type_text(editor.fields["arrest_date"], "3 dic 2020")
    editor.fields["facility"].setCurrentText("Rodeo I")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    person = Person.get(Person.national_id == "V-27123456")
    assert (person.given_names, person.surnames) == ("María José", "Núñez Ibáñez")
    case = DetentionCase.get(DetentionCase.person == person)
    assert (case.arrest_date, case.facility.name, case.status) == ("2020-12-03", "Rodeo I", "detained")
    assert window.model.rowCount() == 301
    assert editor not in window.editors and drafts() == {}
    assert window.selected_case_id() == case.uuid            # the list shows where the new case went


def test_an_impossible_date_is_shown_next_to_its_field_and_nothing_is_saved(controller):
    window = controller.window
    window.new_case()
    editor = window.editors[-1]
    type_text(editor.fields["surnames"], "Páez")
    type_text(editor.fields["arrest_date"], "31/02/2024")
    editor.save()
    assert editor.errors["arrest_date"].isVisible() or not editor.errors["arrest_date"].isHidden()
    assert "31/02/2024" in editor.errors["arrest_date"].text()
    assert editor.tabs.currentIndex() == 1
    assert Person.select().where(Person.surnames == "Páez").count() == 0


def test_a_duplicate_id_offers_to_open_the_existing_person(controller, demo_vault):
    existing = add_case(demo_vault, NewCase.named("Inés Rondón Páez", national_id="V-9.999.999"))
    window = controller.window
    window.new_case()
    editor = window.editors[-1]
    type_text(editor.fields["surnames"], "Rondón")
    type_text(editor.fields["national_id"], "9999999")
    editor._check_duplicates()
    assert editor.suggestions.count() == 1          # suggested while typing
    editor.save()
    assert "V-9999999" in editor.errors["national_id"].text()
    opened = []
    editor.open_case_requested.connect(opened.append)
    editor.open_existing.click()
    assert opened == [existing]


def test_editing_a_case_saves_only_what_changed_and_undo_restores_it(controller):
    window = controller.window
    window.table.selectRow(0)
    case_id = window.selected_case_id()
    before = find_case(case_id).lawyer
    window.edit_action.trigger()
    editor = window.editors[-1]
    editor.fields["lawyer"].clear()
    type_text(editor.fields["lawyer"], "Abg. Colmenares")
    editor.save()
    assert find_case(case_id).lawyer == "Abg. Colmenares"
    window.undo_action.trigger()
    assert find_case(case_id).lawyer == before


def test_what_is_typed_is_kept_as_a_draft_every_few_seconds(qtbot, controller):
    window = controller.window
    window.new_case()
    editor = window.editors[-1]
    type_text(editor.fields["surnames"], "Borrador")
    qtbot.waitUntil(lambda: bool(drafts()), timeout=5000)
    assert list(drafts().values())[0]["values"]["surnames"] == "Borrador"


def test_an_event_of_the_timeline_is_corrected_in_place_and_saved_with_the_case(controller, demo_vault):
    from casedesk.domain.normalize import parse_date
    from casedesk.storage.models import Event
    case_id = add_case(demo_vault, NewCase.named("Nohelia Rondón", arrest_date=parse_date("2021-03-04")))
    editor = controller.window.open_editor(case_id)
    editor.events_table.selectRow(0)
    assert editor.event_date.text() == "04/03/2021"
    editor.event_date.clear()
    type_text(editor.event_date, "05/03/2021")
    editor.apply_event_button.click()
    assert Event.get(Event.kind == "arrest", Event.case == find_case(case_id)).date == "2021-03-04"   # not yet
    editor.save()
    assert Event.get(Event.kind == "arrest", Event.case == find_case(case_id)).date == "2021-03-05"
    assert find_case(case_id).arrest_date == "2021-03-05"


def test_a_new_case_starts_from_the_vaults_defaults_not_the_first_choice_of_each_list(controller):
    controller.window.new_case()
    values = controller.window.editors[-1].values()
    assert (values["sex"], values["civilian_military"], values["classification"], values["priority"], values["status"]) \
        == ("unknown", "unknown", "under_review", "normal", None)
