"""The defects a new user found in the window, each shown fixed the way they met it."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from casedesk.domain.normalize import parse_date
from casedesk.services.cases import NewCase, NewContact, add_case, find_case
from casedesk.storage.models import Contact, Event
from tests.conftest import PASSPHRASE
from tests.gui.conftest import type_text

ROOT = Path(__file__).resolve().parents[2]


def test_make_run_opens_a_real_window_only_tests_and_benchmarks_are_offscreen():
    makefile = (ROOT / "Makefile").read_text()
    assert not re.search(r"^export QT_QPA_PLATFORM", makefile, re.M)
    recipe = makefile.split("\nrun:")[1].split("\n\n")[0]
    assert "offscreen" not in recipe
    assert "QT_QPA_PLATFORM=offscreen" in makefile.split("\ntest:")[1].split("\n\n")[0]


def test_a_desktop_missing_qts_libraries_is_told_what_to_install(monkeypatch, capsys):
    from casedesk import cli
    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr("ctypes.util.find_library", lambda name: None if name == "xcb-cursor" else f"lib{name}.so")
    missing = cli.missing_desktop_libraries()
    assert "libxcb-cursor0" in missing
    assert cli.main([]) == cli.EXIT_SETUP
    said = capsys.readouterr().err
    assert "libxcb-cursor0" in said and "apt" in said and "Traceback" not in said


def test_enter_in_the_passphrase_unlocks_once_and_opens_nothing_else(controller, qtbot, monkeypatch):
    controller.lock()
    dialog = controller.start_dialog
    opened, started = [], []
    monkeypatch.setattr(dialog, "recover", lambda: opened.append("recovery"))
    # As on a desktop: the unlocking runs in the background, so it is still under way (Unlock
    # disabled) when the dialog decides what else Enter presses.
    monkeypatch.setattr(dialog.runner, "run", lambda work, done, failed: started.append(work))
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.passphrase.hasFocus)
    type_text(dialog.passphrase, "not the passphrase at all")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert len(started) == 1 and opened == []


def test_file_recovery_sheet_asks_for_the_passphrase_and_makes_the_sheet(controller, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: (PASSPHRASE, True))
    shown = []
    monkeypatch.setattr(QDialog, "open", lambda dialog: shown.append(type(dialog).__name__))
    controller.window.recovery_action.trigger()
    assert shown == ["RecoverySheetDialog"]


def test_a_contact_is_edited_switched_to_do_not_contact_and_removed_with_save(controller, demo_vault):
    case_id = add_case(demo_vault, NewCase.named("Marisol Pérez", contacts=[
        NewContact("Ana Pérez", relationship="madre", phones="0414-0000000"),
        NewContact("Luis Pérez", relationship="hermano")]))
    editor = controller.window.open_editor(case_id)
    editor.contacts_table.selectRow(0)
    assert editor.contact_name.text() == "Ana Pérez"
    editor.contact_do_not.setChecked(True)
    editor.apply_contact_button.click()
    editor.contacts_table.selectRow(1)
    editor.remove_contact_button.click()
    assert Contact.get(Contact.name == "Ana Pérez").do_not_contact is False      # nothing saved yet
    editor.save()
    person = find_case(case_id).person
    assert [(c.name, c.do_not_contact) for c in person.contacts] == [("Ana Pérez", True)]


def test_cancel_drops_a_contact_and_an_event_added_in_the_editor(controller, demo_vault, monkeypatch):
    case_id = add_case(demo_vault, NewCase.named("Rosa Quintero", arrest_date=parse_date("2024-01-05")))
    editor = controller.window.open_editor(case_id)
    type_text(editor.contact_name, "Carmen Quintero")
    editor.add_contact_button.click()
    type_text(editor.event_date, "10/01/2024")
    editor.event_kind.setCurrentIndex(editor.event_kind.findData("transfer"))
    editor.add_event_button.click()
    assert editor.contacts_table.rowCount() == 1 and editor.events_table.rowCount() == 2
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Discard)
    editor.reject()
    case = find_case(case_id)
    assert case.person.contacts.count() == 0
    assert Event.select().where(Event.case == case).count() == 1


def test_english_dates_are_day_first_like_the_fields(controller, demo_vault):
    from casedesk.gui.case_model import Column
    from casedesk.gui.i18n import show_date
    assert show_date("2025-12-29") == "29/12/2025"
    controller.set_language("en")
    window = controller.window
    for row in range(5):
        text = window.model.index(row, Column.ARREST_DATE).data()
        assert not text or re.fullmatch(r"\d{2}/\d{2}/\d{4}|\d{2}/\d{4}|\d{4}|≈ \d{2}/\d{2}/\d{4}", text), text


def test_the_print_preview_draws_at_screen_resolution_and_paper_at_print_resolution(controller, demo_vault,
                                                                                   monkeypatch, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from casedesk.gui import printing
    from casedesk.services.dossiers import make_dossier
    rendered = []
    original = printing.PdfPages.render
    monkeypatch.setattr(printing.PdfPages, "render", lambda self, page, dpi: rendered.append(dpi) or original(self, page, dpi))
    case = add_case(demo_vault, NewCase.named("Nohelia Rondón"))
    pdf = make_dossier(demo_vault, [case])
    preview = printing.print_pdf(controller.window, pdf, "dossier")
    preview.grab()
    assert rendered and set(rendered) == {printing.PREVIEW_DPI}
    rendered.clear()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printing.PdfPages(pdf).paint(printer)
    assert set(rendered) == {printing.PRINT_DPI}
    preview.close()


def test_the_timeline_sets_a_court_stage_and_takes_it_back_to_none(controller, demo_vault):
    """The census counts "sentenced" and "awaiting trial" from the timeline: the editor must be able
    to record a stage, including "no charges yet" after charges are dropped."""
    case_id = add_case(demo_vault, NewCase.named("Rosa Quintero", arrest_date=parse_date("2024-01-05")))
    editor = controller.window.open_editor(case_id)
    type_text(editor.event_date, "10/03/2024")
    editor.event_kind.setCurrentIndex(editor.event_kind.findData("hearing"))
    editor.event_stage.setCurrentIndex(editor.event_stage.findData("sentenced"))
    editor.add_event_button.click()
    type_text(editor.event_date, "10/06/2024")
    editor.event_kind.setCurrentIndex(editor.event_kind.findData("decision"))
    editor.event_stage.setCurrentIndex(editor.event_stage.findData("none"))
    editor.add_event_button.click()
    shown = [editor.events_table.item(row, 3).text() for row in range(editor.events_table.rowCount())]
    assert shown == ["", "Sentenced", "No charges yet"]
    editor.save()
    from datetime import date

    from casedesk.domain.timeline import stage_on
    from casedesk.services.cases import _timeline
    assert find_case(case_id).stage == "none"
    assert stage_on(_timeline(find_case(case_id)), date(2024, 4, 1))[0].value == "sentenced"


def test_a_new_case_records_its_court_stage_today(controller, demo_vault):
    editor = controller.window.open_editor(None)
    type_text(editor.fields["given_names"], "Luis")
    type_text(editor.fields["surnames"], "Parra")
    editor.fields["status"].setCurrentIndex(editor.fields["status"].findData("detained"))
    editor.fields["stage"].setCurrentIndex(editor.fields["stage"].findData("awaiting_trial"))
    editor.save()
    from casedesk.storage.models import DetentionCase, Person
    case = DetentionCase.get(DetentionCase.person == Person.get(Person.surnames == "Parra"))
    assert case.stage == "awaiting_trial"
