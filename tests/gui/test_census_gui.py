"""The census facts in the window: the editor's health section, minor and state; the dashboard's
paragraph, its breakdowns with what is not recorded, and the chart of releases verified."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from casedesk.services.cases import find_case
from casedesk.services.census import census_as_of
from casedesk.storage.models import DetentionCase, Person
from tests.gui.conftest import type_text


def test_the_editor_records_health_minority_and_state(qtbot, controller):
    window = controller.window
    window.new_case()
    editor = window.editors[-1]
    assert editor.fields["health"].currentData() == "unknown"         # nothing recorded until someone says
    type_text(editor.fields["given_names"], "Zoila")
    type_text(editor.fields["surnames"], "Chacón")
    editor.tabs.setCurrentIndex(1)
    type_text(editor.fields["arrest_date"], "01/06/2025")
    editor.fields["arrest_state"].setCurrentText("Zulia")
    editor.fields["minor_at_arrest"].setChecked(True)
    type_text(editor.fields["health_conditions"], "Tuberculosis")
    type_text(editor.fields["health_since"], "10/07/2025")
    type_text(editor.fields["care_denied"], "Traslado al hospital")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    case = DetentionCase.get(DetentionCase.person == Person.get(Person.surnames == "Chacón"))
    assert (case.arrest_state, case.minor_at_arrest, case.health, case.health_since) == (
        "Zulia", True, "serious", "2025-07-10")
    assert case.care_denied == "Traslado al hospital"

    window.open_editor(case.uuid, draft_key=f"case:{case.uuid}")
    editor = window.editors[-1]
    assert editor.fields["health_since"].text() == "10/07/2025" and editor.fields["minor_at_arrest"].isChecked()
    editor.fields["health"].setCurrentIndex(editor.fields["health"].findData("not_serious"))
    editor.fields["health_since"].clear()
    editor.fields["minor_at_arrest"].setChecked(False)
    editor.save()
    saved = find_case(case.uuid)
    assert (saved.health, saved.health_since, saved.minor_at_arrest) == ("not_serious", None, False)


def test_the_dashboard_gives_the_paragraph_and_every_breakdown(controller):
    window = controller.window
    window.tabs.setCurrentWidget(window.dashboard)
    dashboard = window.dashboard
    census = census_as_of(date.today())
    assert dashboard.summary.text() == census.summary("en")
    dashboard.copy_button.click()
    assert QApplication.clipboard().text() == census.summary("en")
    assert len(dashboard.releases_chart.series) == 24
    table = dashboard.breakdown_table
    rows = [table.item(row, 0).text() for row in range(table.rowCount())]
    headings = {table.item(row, 0).text(): table.item(row, 2).text() for row in range(table.rowCount())
                if not table.item(row, 0).text().startswith(" ")}
    assert list(headings) == ["Procedural stage", "Minors when arrested", "Serious illness",
                              "Forced disappearance (days)", "State", "Sex", "Civilian or military", "Country"]
    data = census.to_json()
    assert headings["Serious illness"] == f"{data['unknown']['health']} not recorded"
    minors = rows.index("    Minor when arrested")
    assert table.item(minors, 1).text().replace(",", "") == str(data["minors_held"])
    controller.lock()
    assert dashboard.summary.text() == "" and dashboard.breakdown_table.rowCount() == 0


def test_the_dashboard_paragraph_follows_the_language(controller):
    controller.set_language("es")
    window = controller.window
    window.tabs.setCurrentWidget(window.dashboard)
    assert window.dashboard.summary.text() == census_as_of(date.today()).summary("es")
    assert window.dashboard.copy_button.text().replace("&", "") == "Copiar el párrafo"
