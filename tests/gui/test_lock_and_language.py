import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from casedesk.domain.errors import VaultLocked
from casedesk.domain.vocabulary import Status
from casedesk.gui.case_model import Column
from casedesk.gui.start_dialog import unlock_delay
from casedesk.storage.models import Person
from tests.conftest import PASSPHRASE
from tests.gui.conftest import type_text

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def _unlock(dialog, passphrase=PASSPHRASE):
    dialog.passphrase.setText(passphrase)
    dialog.unlock()


def test_ctrl_l_closes_the_vault_and_empties_every_view(controller):
    window = controller.window
    window.tabs.setCurrentIndex(1)
    assert window.agenda_table.rowCount() > 0
    window.table.selectRow(0)
    window.copy_case_id()
    assert QGuiApplication.clipboard().text()
    window.lock_action.trigger()
    assert not controller.vault.is_open
    with pytest.raises(VaultLocked):
        Person.select().count()
    assert window.model.rowCount() == 0 and window.model.cached_rows() == 0
    assert window.details.toPlainText() == "" and window.agenda_table.rowCount() == 0
    assert QGuiApplication.clipboard().text() == ""
    assert controller.start_dialog.isVisible() and controller.start_dialog.locked_label.isVisible()

    _unlock(controller.start_dialog)
    assert controller.vault.is_open and window.model.rowCount() == 300


def test_idle_time_locks_by_itself(qtbot, controller):
    controller.idle.set_minutes(1)
    controller.idle._timer.setInterval(100)      # a minute is too long for a test
    controller.idle.start()
    qtbot.waitUntil(lambda: not controller.vault.is_open, timeout=3000)
    assert controller.window.model.rowCount() == 0


def test_drafts_come_back_after_unlocking(controller):
    window = controller.window
    window.new_case()
    type_text(window.editors[-1].fields["surnames"], "Quintero Añez")
    controller.lock()
    assert window.editors == []
    _unlock(controller.start_dialog)
    assert [editor.fields["surnames"].text() for editor in window.editors] == ["Quintero Añez"]


def test_a_wrong_passphrase_is_calm_clears_the_field_and_slows_down(controller, vault_dir):
    from tests.conftest import file_digests
    controller.lock()
    before = file_digests(vault_dir)
    dialog = controller.start_dialog
    for attempt in range(1, 6):
        dialog._delay_left = 0
        dialog._count_down()
        _unlock(dialog, "not the passphrase at all")
        assert dialog.passphrase.text() == ""
        assert "does not open this vault" in dialog.unlock_message.text()
    assert not dialog.unlock_button.isEnabled() and "Wait" in dialog.unlock_button.text()
    assert [unlock_delay(n) for n in range(1, 8)] == [0, 1, 2, 4, 8, 16, 30]
    assert file_digests(vault_dir) == before                        # five wrong tries changed no byte


def test_switching_language_changes_what_the_window_says(controller):
    window = controller.window
    assert window.file_menu.title() == "&File"
    controller.set_language("es")
    assert window.file_menu.title() == "&Archivo"
    assert window.model.headerData(Column.NATIONAL_ID, Qt.Orientation.Horizontal) == "Cédula"
    assert window.model.index(0, Column.STATUS).data() in {s.label("es") for s in Status}
    assert window.status_filter.itemText(2) == "Detenido/a"
    assert controller.saved_settings[-1].language == "es"
    controller.set_language("en")
    assert window.file_menu.title() == "&File"


@pytest.mark.parametrize("language", ["es", "en"])
def test_every_catalogue_entry_is_translated_and_keeps_its_placeholders(language):
    tree = ET.parse(TRANSLATIONS / f"casedesk_{language}.ts")
    contexts = [context.find("name").text for context in tree.iter("context")]
    assert all(name.isidentifier() for name in contexts), contexts   # "self.window" would never be looked up
    messages = list(tree.iter("message"))
    assert len(messages) > 100
    for message in messages:
        source, translation = message.find("source").text, message.find("translation")
        assert translation.text and translation.get("type") is None, source
        assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", translation.text)), source
        assert source.count("<") == translation.text.count("<"), source


def test_preferences_change_the_idle_time_density_and_language(controller):
    from casedesk.gui.preferences import PreferencesDialog
    dialog = PreferencesDialog(controller.settings, "en")
    dialog.idle_minutes.setValue(12)
    dialog.density.setCurrentIndex(dialog.density.findData("compact"))
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("es"))
    dialog.accept()
    controller.apply_settings(dialog.result_settings)
    assert controller.idle._timer.interval() == 12 * 60_000
    assert controller.window.compact_action.isChecked()
    assert controller.window.file_menu.title() == "&Archivo"
    saved = controller.saved_settings[-1]
    assert (saved.idle_minutes, saved.table_density, saved.language) == (12, "compact", "es")
    assert dialog.idle_minutes.maximum() == 60 and dialog.idle_minutes.minimum() == 1


def test_a_result_arriving_after_the_lock_is_dropped(controller):
    window = controller.window
    late = window._unless_locked_since(lambda count: window.model.set_query(window.current_query(), count))
    controller.lock()
    late(300)                      # what a search still running at lock time would deliver
    assert window.model.rowCount() == 0


def test_after_unlocking_the_window_checks_every_page_and_reports_damage(controller, vault_dir, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from casedesk.storage.vault import open_vault
    controller.lock()
    data = bytearray((vault_dir / "casedesk.db").read_bytes())
    data[9 * 4096 + 500] ^= 0x01                          # page 10, not read while unlocking
    (vault_dir / "casedesk.db").write_bytes(bytes(data))
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    controller.vault_opened(open_vault(vault_dir, PASSPHRASE, check_pages=False))
    assert warned and "10" in warned[0] and "integrity" in warned[0] and "read-only" in warned[0]
    assert "integrity" in controller.window.statusBar().currentMessage()
    window = controller.window                                   # from now on it is only read
    assert controller.vault.read_only and "READ-ONLY" in window.read_only_label.text()
    assert not window.new_action.isEnabled() and not window.import_action.isEnabled()
    assert window.dossier_action.isEnabled() and window.export_action.isEnabled()


def test_the_panic_shortcut_locks_from_anywhere_in_the_app(controller):
    from PySide6.QtGui import QKeySequence

    from casedesk.gui.app import PANIC_SHORTCUT
    assert controller.panic.key() == QKeySequence(PANIC_SHORTCUT)
    assert controller.panic.context() == Qt.ShortcutContext.ApplicationShortcut
    controller.panic.activated.emit()
    assert not controller.vault.is_open and controller.window.model.rowCount() == 0


def test_a_copied_case_id_leaves_the_clipboard_unless_the_user_copied_something_else(controller):
    from PySide6.QtGui import QGuiApplication
    window = controller.window
    window.table.selectRow(0)
    window.copy_case_id()
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == window.selected_case_id()
    window.clear_clipboard()                                  # what the 30-second timer calls
    assert clipboard.text() == ""
    window.copy_case_id()
    clipboard.setText("una nota mía")
    window.clear_clipboard()
    assert clipboard.text() == "una nota mía"


def test_closing_casedesk_makes_the_days_backup_once(controller, vault_dir, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from casedesk.services.backups import backups_in
    monkeypatch.setattr(QApplication, "quit", lambda *args: None)
    controller.quit()
    assert len(backups_in(vault_dir / "backups")) == 1 and not controller.vault.is_open


def test_a_recovery_sheet_is_made_from_the_window_and_unlocks_from_the_lock_screen(controller, tmp_path):
    from pypdf import PdfReader
    sheet = controller.window.make_recovery_sheet(PASSPHRASE)
    sheet.save(tmp_path / "hoja.pdf")
    lines = PdfReader(tmp_path / "hoja.pdf").pages[0].extract_text().splitlines()
    words = [line.split(". ", 1)[1] for line in lines if ". " in line and line.split(". ", 1)[0].strip().isdigit()]
    controller.lock()
    recovery = controller.start_dialog.recover()
    recovery.words.setPlainText(" ".join(words))
    recovery.new_passphrase.setText("otra frase de paso muy larga")
    recovery.confirm.setText("otra frase de paso muy larga")
    recovery.recover()
    assert controller.vault.is_open and controller.window.model.rowCount() > 0
