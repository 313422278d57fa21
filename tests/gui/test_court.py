"""The window's court features: the editor's proceeding section and the proceeding's hearings
in the timeline tab, the case list's proceeding filter, the agenda, and the Deadlines view."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from casedesk.domain.normalize import parse_date
from casedesk.domain.vocabulary import EventKind
from casedesk.services.cases import NewCase, NewEvent, add_case
from casedesk.services.proceedings import add_proceeding, add_proceeding_event
from tests.gui.conftest import type_text


@pytest.fixture
def causa(demo_vault):
    soon = (date.today() + timedelta(days=3)).isoformat()
    ana = add_case(demo_vault, NewCase.named("Ana Coimputada Uno", arrest_date=parse_date("10/01/2025")))
    luis = add_case(demo_vault, NewCase.named("Luis Coimputado Dos", arrest_date=parse_date("10/01/2025")))
    proceeding = add_proceeding(demo_vault, court="Tribunal 9.º de Control", file_number="9C-4242-25",
                                judge="Jueza Prueba", phase="trial", case_uuids=[ana, luis])
    for day, outcome in (("12/01/2025", "held"), ("20/03/2025", "deferred"), ("20/04/2025", "deferred")):
        add_proceeding_event(demo_vault, proceeding, "hearing", parse_date(day), outcome=outcome)
    add_proceeding_event(demo_vault, proceeding, "hearing", parse_date(soon), note="Audiencia de juicio")
    missing = add_case(demo_vault, NewCase.named(
        "Víctor Sinparadero Prueba", arrest_date=parse_date((date.today() - timedelta(days=25)).isoformat()),
        events=[NewEvent(EventKind.WHEREABOUTS_UNKNOWN, parse_date((date.today() - timedelta(days=20)).isoformat()))]))
    return {"ana": ana, "luis": luis, "proceeding": proceeding, "missing": missing}


def test_the_editor_shows_the_proceeding_its_co_defendants_and_its_hearings(qtbot, controller, causa):
    window = controller.window
    editor = window.open_editor(causa["ana"])
    section = editor.court_section
    text = section.summary.text()
    assert "9C-4242-25 — Tribunal 9.º de Control" in text
    assert "Phase: Trial" in text and "Judge: Jueza Prueba" in text
    assert "Hearings held: 1, deferred: 2" in text
    assert section.co_defendants_label.text() == "Co-defendants (1):"
    assert [section.co_defendants.item(i).text() for i in range(section.co_defendants.count())] == [
        "Luis Coimputado Dos — Detained"]
    opened = []
    editor.open_case_requested.connect(opened.append)
    section.co_defendants.itemActivated.emit(section.co_defendants.item(0))
    assert opened == [causa["luis"]]
    table = editor.proceeding_events.table
    assert not editor.proceeding_events.isHidden() and table.rowCount() == 4
    assert [table.item(row, 2).text() for row in range(3)] == ["Held", "Deferred", "Deferred"]
    assert table.item(3, 3).text() == "9C-4242-25 — Audiencia de juicio"
    assert editor.events_table.rowCount() == 1              # the case's own timeline: only the arrest
    editor.reject()


def test_a_case_without_a_proceeding_says_so(controller, causa):
    editor = controller.window.open_editor(causa["missing"])
    assert "Not linked to a proceeding" in editor.court_section.summary.text()
    assert editor.court_section.co_defendants.isHidden() and editor.proceeding_events.isHidden()
    editor.reject()


def test_the_case_list_filters_by_proceeding_and_the_agenda_shows_its_hearing(controller, causa):
    window = controller.window
    window.reload()
    combo = window.proceeding_filter
    combo.setCurrentIndex(combo.findData(causa["proceeding"]))
    window.apply_query()
    assert window.model.rowCount() == 2
    window.tabs.setCurrentWidget(window.agenda_table)
    window.reload_agenda()
    table = window.agenda_table
    rows = [[table.item(row, column).text() for column in range(5)] for row in range(table.rowCount())]
    hearing = next(row for row in rows if row[4] == "9C-4242-25")
    assert hearing[0] == (date.today() + timedelta(days=3)).strftime("%d/%m/%Y")
    assert hearing[1] == "Hearing — Audiencia de juicio" and hearing[2] == "Ana Coimputada Uno, Luis Coimputado Dos"


def test_the_deadlines_view_lists_each_case_with_rule_basis_since_and_by_how_much(qtbot, controller, causa):
    window = controller.window
    view = window.deadlines_view
    window.tabs.setCurrentWidget(view)
    rows = {(row["name"], row["rule"]): row for row in view.rows()}
    missing = rows[("Víctor Sinparadero Prueba", "Whereabouts unknown")]
    assert missing["amount"] == "13 d"                       # 20 days unknown, 7 allowed
    assert missing["since"] == (date.today() - timedelta(days=12)).strftime("%d/%m/%Y")
    assert "art. 45" in missing["basis"]
    assert rows[("Ana Coimputada Uno", "Next hearing")]["amount"] == "3 d"
    assert view.count_label.text().endswith("deadlines")
    # One rule at a time, each with how many cases; the selected row's basis whole below.
    view.rule_filter.setCurrentIndex(view.rule_filter.findData("whereabouts_unknown"))
    assert {row["rule"] for row in view.rows()} == {"Whereabouts unknown"}
    assert view.rule_filter.currentText() == f"Whereabouts unknown ({len(view.rows())})"
    view.table.selectRow(next(i for i, r in enumerate(view.rows()) if r["name"] == "Víctor Sinparadero Prueba"))
    assert "enforced disappearance" in view.detail.text() and "13 days beyond the limit" in view.detail.text()
    view.rule_filter.setCurrentIndex(0)
    # The team tolerates 25 days: the alert goes, for everyone who uses the vault.
    view.whereabouts_days.setValue(25)
    view.apply_button.click()
    assert ("Víctor Sinparadero Prueba", "Whereabouts unknown") not in {(r["name"], r["rule"]) for r in view.rows()}
    # As of 1 May 2025 two hearings had been deferred: tolerated at three, not at one.
    view.as_of.setText("01/05/2025")
    view.reload()
    names = {(row["name"], row["rule"]) for row in view.rows()}
    assert ("Ana Coimputada Uno", "Hearings deferred") not in names
    view.deferrals.setValue(1)
    view.apply_button.click()
    assert ("Ana Coimputada Uno", "Hearings deferred") in {(r["name"], r["rule"]) for r in view.rows()}
    row = next(i for i, r in enumerate(view.rows()) if r["name"] == "Luis Coimputado Dos")
    view.table.cellDoubleClicked.emit(row, 0)
    assert window.editors[-1].case_id == causa["luis"]
    window.editors[-1].reject()


def test_the_deadlines_view_speaks_spanish(controller, causa):
    window = controller.window
    controller.set_language("es")
    window = controller.window
    assert window.tabs.tabText(window.tabs.indexOf(window.deadlines_view)) == "Plazos"
    window.tabs.setCurrentWidget(window.deadlines_view)
    rows = {(row["name"], row["rule"]): row for row in window.deadlines_view.rows()}
    assert rows[("Víctor Sinparadero Prueba", "Paradero desconocido")]["amount"] == "13 d"
    assert "desde hace 20 días" in rows[("Víctor Sinparadero Prueba", "Paradero desconocido")]["summary"]
    assert window.deadlines_view.apply_button.text() == "Aplicar límites"


def test_the_editor_links_a_case_to_a_proceeding_and_records_a_hearing_for_every_defendant(controller, causa):
    from casedesk.services.cases import case_details, find_case
    editor = controller.window.open_editor(causa["missing"])
    section = editor.court_section
    assert section.link_button.isEnabled() and not section.hearing_button.isEnabled()
    dialog = section.link_proceeding()
    dialog.existing.setCurrentIndex(dialog.existing.findData(causa["proceeding"]))
    assert not dialog.court.isEnabled()
    dialog.accept()
    assert "9C-4242-25" in section.summary.text() and section.co_defendants.count() == 2
    hearing = section.record_hearing()
    hearing.date.setText((date.today() - timedelta(days=1)).strftime("%d/%m/%Y"))
    hearing.outcome.setCurrentIndex(hearing.outcome.findData("deferred"))
    hearing.note.setText("Diferida: no trajeron a los detenidos")
    hearing.accept()
    assert "Hearings held: 1, deferred: 3" in section.summary.text()
    assert editor.proceeding_events.table.rowCount() == 5
    shared = [e for e in case_details(find_case(causa["luis"]))["proceedings"][0]["events"]
              if e["note"].startswith("Diferida: no trajeron")]
    assert len(shared) == 1                      # recorded once, in the co-defendant's timeline too
    bad = section.record_hearing()
    bad.date.setText((date.today() + timedelta(days=9)).strftime("%d/%m/%Y"))
    bad.outcome.setCurrentIndex(bad.outcome.findData("held"))
    bad.accept()
    assert "neither held nor deferred yet" in section.message.text()
    new = controller.window.open_editor(None, draft_key="case:new:test")
    assert not new.court_section.link_button.isEnabled()
    for opened in (editor, new):
        opened.reject()
