"""What a lawyer new to CaseDesk ran into on a first walk through it (Spanish first, keyboard
for part of it, a laptop screen): each test is one thing that went wrong there, over real
widgets and a real vault."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QStyle, QStyleOptionComboBox

from casedesk import paths
from casedesk.domain.normalize import parse_date
from casedesk.gui.case_model import CASE_ID_ROLE, Column
from casedesk.gui.start_dialog import StartDialog
from casedesk.gui.tasks import BackgroundRunner
from casedesk.gui.verification_queue import ReleaseListDialog
from casedesk.services.cases import NewCase, add_case, find_case
from casedesk.storage.models import Contact, Person, Verification
from casedesk.storage.vault import create_vault, open_vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import type_text

# A laptop screen of 1366 x 768 keeps about 700 pixels for a window under its title bar and panel.
LAPTOP_HEIGHT = 700


def test_the_case_editor_fits_a_laptop_screen_so_save_is_never_below_its_edge(controller):
    window = controller.window
    window.new_action.trigger()
    editor = window.editors[-1]
    assert editor.minimumSizeHint().height() <= LAPTOP_HEIGHT
    editor.resize(editor.width(), LAPTOP_HEIGHT)
    editor.show()
    editor.tabs.setCurrentIndex(1)                     # the longest tab: detention, proceeding and health
    QApplication.processEvents()
    for widget in (editor.save_button, editor.cancel_button):
        bottom = widget.mapTo(editor, widget.rect().bottomLeft()).y()
        assert widget.isVisible() and bottom <= editor.height()
    # The tab's last field is still reached: a wrong date there scrolls to it and says so beside it.
    type_text(editor.fields["given_names"], "Rosa")
    type_text(editor.fields["care_denied_since"], "31/02/2025")
    editor.save()
    QApplication.processEvents()
    assert editor.tabs.currentIndex() == 1 and not editor.fields["care_denied_since"].visibleRegion().isEmpty()
    assert not editor.errors["care_denied_since"].visibleRegion().isEmpty()


def test_a_wrong_passphrase_gives_the_field_back_so_retyping_does_not_tick_show(qtbot, vault, vault_dir):
    vault.lock()
    dialog = StartDialog(BackgroundRunner(synchronous=True), "es", [str(vault_dir)], preselect=vault_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.passphrase.hasFocus)
    type_text(dialog.passphrase, "una contraseña equivocada")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert "no abre" in dialog.unlock_message.text()
    assert dialog.passphrase.hasFocus()                 # not "Show": a space there would reveal what is typed
    type_text(QApplication.focusWidget(), PASSPHRASE)
    assert not dialog.show_passphrase.isChecked()
    opened = []
    dialog.vault_opened.connect(opened.append)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert len(opened) == 1
    opened[0].lock()


def test_a_new_case_opens_with_the_cursor_in_given_names(qtbot, controller):
    window = controller.window
    window.show()
    window.activateWindow()
    window.new_action.trigger()
    editor = window.editors[-1]
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.fields["given_names"])
    type_text(QApplication.focusWidget(), "José Gregorio")
    assert editor.fields["given_names"].text() == "José Gregorio"


def _new_case_with_typed_contact(controller):
    window = controller.window
    window.new_action.trigger()
    editor = window.editors[-1]
    type_text(editor.fields["given_names"], "José Gregorio")
    type_text(editor.fields["surnames"], "Pérez Núñez")
    editor.tabs.setCurrentIndex(3)
    type_text(editor.contact_name, "Carmen Núñez")
    type_text(editor.contact_relationship, "madre")
    type_text(editor.contact_phones, "+58 414 555 0101")
    return editor


def test_save_does_not_drop_a_contact_typed_but_not_added(controller):
    editor = _new_case_with_typed_contact(controller)
    editor.save()                                      # "Add contact" was never pressed
    assert Person.select().where(Person.surnames == "Pérez Núñez").count() == 0
    assert editor in controller.window.editors and editor.tabs.currentIndex() == 3
    assert "Carmen Núñez" in editor.message.text() and "Carmen Núñez" in editor.contact_message.text()
    editor.add_contact_button.click()
    editor.save()
    person = Person.get(Person.surnames == "Pérez Núñez")
    assert [c.name for c in Contact.select().where(Contact.person == person)] == ["Carmen Núñez"]


def test_cancel_asks_before_dropping_a_contact_typed_but_not_added(controller, monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: asked.append(args[1]) or QMessageBox.StandardButton.Cancel)
    editor = _new_case_with_typed_contact(controller)
    editor.dirty = False                                # as if only the contact form had been typed in
    editor.reject()
    assert asked and editor in controller.window.editors


def test_a_contact_chosen_in_the_list_and_left_unchanged_does_not_stop_save(controller, demo_vault):
    editor = _new_case_with_typed_contact(controller)
    editor.add_contact_button.click()
    editor.contacts_table.selectRow(0)                 # the form shows it again, nothing new in it
    editor.save()
    assert Person.select().where(Person.surnames == "Pérez Núñez").count() == 1


def test_save_does_not_drop_a_timeline_event_typed_but_not_added(controller, demo_vault):
    case_id = add_case(demo_vault, NewCase.named("Rosa Quintero", arrest_date=parse_date("2024-01-05")))
    editor = controller.window.open_editor(case_id)
    editor.tabs.setCurrentIndex(2)
    editor.event_kind.setCurrentIndex(editor.event_kind.findData("transfer"))
    type_text(editor.event_date, "03/02/2025")
    type_text(editor.event_description, "Traslado a Rodeo I")
    editor.save()
    assert editor in controller.window.editors and editor.tabs.currentIndex() == 2
    assert "Traslado a Rodeo I" in editor.event_message.text()
    editor.add_event_button.click()
    editor.save()
    assert editor not in controller.window.editors
    assert "Traslado a Rodeo I" in [event.description for event in find_case(case_id).events]


def test_an_announced_list_without_its_date_records_no_claim_that_could_never_be_verified(controller, demo_vault):
    controller.set_language("es")
    add_case(demo_vault, NewCase.named("José Gregorio Pérez Núñez", arrest_date=parse_date("2025-03-12")))
    before = Verification.select().count()
    dialog = ReleaseListDialog(demo_vault, "es")
    dialog.text.setPlainText("José Gregorio Pérez Núñez")
    dialog.match()
    assert dialog.create_button.isEnabled()
    dialog.create_claims()                               # the date field was left as it came: empty
    assert Verification.select().count() == before
    assert "fecha" in dialog.summary.text()
    assert dialog.date.placeholderText() == "dd/mm/aaaa"  # an example date looked like one already filled in
    dialog.date.setText("08/01/2025")
    dialog.create_claims()
    assert Verification.select().count() == before + 1


def _text_fits(combo: QComboBox) -> bool:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    room = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                        QStyle.SubControl.SC_ComboBoxEditField, combo).width()
    return combo.fontMetrics().horizontalAdvance(combo.currentText()) <= room


def test_saved_filters_reads_whole_after_switching_to_spanish(controller, qtbot):
    window = controller.window
    window.resize(1366, 700)
    window.show()
    qtbot.waitExposed(window)
    assert _text_fits(window.saved_filter_box)
    controller.set_language("es")
    QApplication.processEvents()
    assert window.saved_filter_box.currentText() == "Filtros guardados…"
    assert _text_fits(window.saved_filter_box)


def test_down_from_the_search_box_goes_to_the_results(qtbot, controller):
    window = controller.window
    window.show()
    window.activateWindow()
    window.search_box.setFocus()
    qtbot.waitUntil(window.search_box.hasFocus)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    assert window.table.hasFocus()
    assert window.selected_case_id() == window.model.index(0, 0).data(CASE_ID_ROLE)   # the first result, chosen


def test_the_demo_vault_says_so_in_the_window_and_a_real_vault_does_not(controller, vault_dir, tmp_path,
                                                                         monkeypatch):
    window = controller.window
    assert not window.demo_label.isVisibleTo(window)               # a real vault: nothing said
    controller.lock()
    monkeypatch.setattr(paths, "demo_vault_dir", lambda: vault_dir)  # as `make run` opens it
    controller.vault_opened(open_vault(vault_dir, PASSPHRASE))
    controller.set_language("es")
    assert window.demo_label.isVisibleTo(window)
    assert "demostración" in window.demo_label.text() and "casos reales" in window.demo_label.text()


def test_the_title_names_the_vault_unlocked_after_another(controller, tmp_path):
    window = controller.window
    assert window.windowTitle().endswith("vault")
    controller.lock()
    other = create_vault(tmp_path / "Bufete Caracas", PASSPHRASE)
    controller.vault_opened(other)
    assert window.windowTitle() == "CaseDesk — Bufete Caracas"
    controller.lock()


def test_the_case_list_says_situacion_procesal_like_the_editor_and_the_census(controller):
    controller.set_language("es")
    window = controller.window
    assert window.model.headerData(Column.STAGE, Qt.Orientation.Horizontal) == "Situación procesal"
