"""The start and lock screen as a lawyer meets it: what each page says it does, the folder it
proposes, showing the passphrase, the strength bar, the demo vault in the user's language and the
keyboard. Real vaults, offscreen; the unlocking runs in place."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QLineEdit, QListWidget, QProgressBar, QPushButton

from casedesk import paths
from casedesk.gui.i18n import Translations
from casedesk.gui.start_dialog import CREATE_PAGE, UNLOCK_PAGE, RecoveryDialog, StartDialog
from casedesk.gui.tasks import BackgroundRunner
from casedesk.services.demo import EARLIER_DEMO_PASSPHRASES, create_demo_vault, demo_passphrase, fill_demo_vault
from casedesk.storage.models import Person
from casedesk.storage.vault import create_vault, open_vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import type_text


@pytest.fixture
def spanish(qtbot):
    translations = Translations()
    translations.install("es")
    yield
    translations.install("en")


def start_dialog(qtbot, language: str = "en", recent: list[str] | None = None, **options) -> StartDialog:
    dialog = StartDialog(BackgroundRunner(synchronous=True), language, recent or [], **options)
    qtbot.addWidget(dialog)
    opened = []
    dialog.vault_opened.connect(opened.append)
    dialog.vault_created.connect(lambda vault, _passphrase: opened.append(vault))
    dialog.opened = opened
    return dialog


def everything_it_says(dialog: QDialog) -> str:
    """The words on the visible page: labels, buttons, placeholders, names read to a screen reader."""
    said = [dialog.windowTitle()]
    for widget in dialog.findChildren(QLabel) + dialog.findChildren(QPushButton) + dialog.findChildren(QCheckBox):
        if widget.isVisibleTo(dialog):
            said += [widget.text(), widget.accessibleName(), widget.toolTip()]
    for field in dialog.findChildren(QLineEdit):
        if field.isVisibleTo(dialog):
            said += [field.placeholderText(), field.accessibleName()]
    return " ".join(said).replace("&", "")


def colour_of_the_bar(bar: QProgressBar) -> QColor:
    image = bar.grab().toImage()
    return image.pixelColor(4, image.height() // 2)


def test_the_create_page_proposes_a_folder_in_documents_never_one_in_use(qtbot, tmp_path, monkeypatch):
    documents = tmp_path / "Documentos"
    (documents / "CaseDesk").mkdir(parents=True)
    (documents / "CaseDesk" / "notas.txt").write_text("a colleague's folder")
    monkeypatch.setattr(paths, "documents_dir", lambda: documents)
    dialog = start_dialog(qtbot)
    assert dialog.windowTitle().startswith("Open a vault") and dialog.title_label.text() == "Open a vault"
    dialog.new_vault_button.click()
    assert dialog.pages.currentIndex() == CREATE_PAGE
    assert dialog.windowTitle().startswith("Create a new vault") and dialog.title_label.text() == "Create a new vault"
    assert dialog.new_folder.text() == str(documents / "CaseDesk 2")
    dialog.new_passphrase.setText("cinco palabras sin relación entre sí")
    dialog.confirm_passphrase.setText("cinco palabras sin relación entre sí")
    assert dialog.create_button.isEnabled()
    dialog.create_button.click()
    [vault] = dialog.opened
    assert (documents / "CaseDesk 2" / "vault.json").exists() and vault.is_open
    vault.lock()
    # A documents folder that a sync client uploads as it changes is not proposed.
    synced = paths.proposed_vault_dir(Path("/home/ana/OneDrive/Documentos"))
    assert "OneDrive" not in str(synced) and synced.name == "CaseDesk"


def test_show_reveals_what_is_typed_and_the_next_screen_hides_it_again(qtbot, tmp_path):
    dialog = start_dialog(qtbot, preselect=tmp_path)
    assert dialog.passphrase.echoMode() == QLineEdit.EchoMode.Password
    dialog.show_passphrase.click()
    assert dialog.passphrase.echoMode() == QLineEdit.EchoMode.Normal
    dialog.show_passphrase.click()
    assert dialog.passphrase.echoMode() == QLineEdit.EchoMode.Password

    dialog.show_passphrase.click()
    dialog.show_unlock(tmp_path, locked=True)                     # the lock screen never starts revealed
    assert dialog.passphrase.echoMode() == QLineEdit.EchoMode.Password and not dialog.show_passphrase.isChecked()

    dialog.show_create()
    dialog.show_new_passphrase.click()
    assert dialog.new_passphrase.echoMode() == dialog.confirm_passphrase.echoMode() == QLineEdit.EchoMode.Normal
    dialog.show_new_passphrase.click()
    assert dialog.new_passphrase.echoMode() == dialog.confirm_passphrase.echoMode() == QLineEdit.EchoMode.Password


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_strength_bar_turns_from_red_to_green_and_says_so_in_plain_words(qtbot, tmp_path, language, request):
    if language == "es":
        request.getfixturevalue("spanish")
    dialog = start_dialog(qtbot, language)
    dialog.show()
    dialog.show_create()
    assert "words" in dialog.strength_label.text() or "palabras" in dialog.strength_label.text()   # advice first

    type_text(dialog.new_passphrase, "libertad")
    weak_colour, weak_words = colour_of_the_bar(dialog.strength_bar), dialog.strength_label.text()
    dialog.new_passphrase.clear()
    type_text(dialog.new_passphrase, "tortuga violeta bajo la lluvia de Mérida")
    strong_colour, strong_words = colour_of_the_bar(dialog.strength_bar), dialog.strength_label.text()

    assert weak_colour.red() > 150 and weak_colour.green() < 100                   # red
    assert strong_colour.green() > strong_colour.red() + 50                        # green
    assert ("Muy débil" if language == "es" else "Very weak") in weak_words
    assert ("Fuerte" if language == "es" else "Strong") in strong_words
    for words in (weak_words, strong_words, dialog.strength_bar.accessibleDescription()):
        assert "bit" not in words.lower() and "entrop" not in words.lower()
        assert not any(character.isdigit() for character in re.sub("<[^>]*>", "", words)), words
    assert dialog.strength_bar.accessibleName()


def test_in_spanish_the_unlock_page_says_contraseña_and_never_frase(qtbot, spanish, vault, vault_dir):
    vault.lock()
    dialog = start_dialog(qtbot, "es", preselect=vault_dir)
    said = everything_it_says(dialog)
    assert "Contraseña" in said and "Desbloquear" in said and "Abrir una bóveda" in dialog.windowTitle()
    assert "frase" not in said.lower() and "passphrase" not in said.lower()

    dialog.passphrase.setText("esta no es la que abre")
    dialog.unlock()
    assert dialog.unlock_message.text() == "Esa contraseña no abre esta bóveda. No se modificó nada."
    recovery = dialog.recover()
    qtbot.addWidget(recovery)
    said = everything_it_says(recovery)
    assert "Contraseña nueva" in said and "frase" not in said.lower()
    recovery.close()

    dialog.show_unlock(vault_dir, locked=True)
    assert dialog.windowTitle().startswith("CaseDesk está bloqueado")
    dialog.show_create()
    dialog.new_passphrase.setText("corta")
    said = everything_it_says(dialog)
    assert "Crear una bóveda nueva" in said and "Contraseña" in said and "frase" not in said.lower()

    dialog.show_unlock(vault_dir)
    type_text(dialog.passphrase, PASSPHRASE)
    dialog.unlock()
    [opened] = dialog.opened
    assert opened.is_open
    opened.lock()


@pytest.mark.parametrize("made_with", ["es", "en", "earlier"])
def test_the_demo_passphrase_shown_in_spanish_opens_the_demo_vault(qtbot, spanish, tmp_path, monkeypatch, made_with):
    """Whatever language made the demo vault (or an earlier CaseDesk, with its English-only
    passphrase), the Spanish screen shows a Spanish passphrase and it opens the vault."""
    folder = tmp_path / "demo-vault"
    monkeypatch.setattr(paths, "demo_vault_dir", lambda: folder)
    if made_with == "earlier":
        with create_vault(folder, EARLIER_DEMO_PASSPHRASES[0]) as vault:
            fill_demo_vault(vault, 20)
    else:
        create_demo_vault(folder, made_with, cases=20)
    # As `casedesk` starts the window from an English terminal, with Spanish chosen in CaseDesk.
    dialog = start_dialog(qtbot, "es", preselect=folder, demo_passphrase=demo_passphrase("en"))
    shown = demo_passphrase("es")
    assert shown in dialog.demo_label.text() and "invented" not in dialog.demo_label.text()
    assert dialog.windowTitle().startswith("Abrir la bóveda de demostración")
    type_text(dialog.passphrase, shown)
    dialog.unlock()
    [vault] = dialog.opened
    assert vault.is_open and Person.select().count() == 20
    vault.lock()
    with open_vault(folder, shown):                               # from now on it opens at the first try
        pass


def test_the_demo_vault_can_be_opened_again_after_locking_with_type_it_for_me(qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "demo-vault"
    monkeypatch.setattr(paths, "demo_vault_dir", lambda: folder)
    create_demo_vault(folder, "es", cases=5)
    # The lock screen gets no demo passphrase from the caller; the folder says it is the demo.
    dialog = start_dialog(qtbot, "en", preselect=folder, locked=True)
    assert demo_passphrase("en") in dialog.demo_label.text()
    dialog.fill_demo_button.click()
    dialog.unlock_button.click()
    [vault] = dialog.opened
    assert vault.is_open
    vault.lock()


def test_a_real_vault_is_not_opened_by_a_demo_passphrase(qtbot, tmp_path):
    with create_vault(tmp_path / "real", demo_passphrase("es")):
        pass
    dialog = start_dialog(qtbot, "en", preselect=tmp_path / "real")
    assert not dialog.demo_label.isVisibleTo(dialog)
    dialog.passphrase.setText(demo_passphrase("en"))
    dialog.unlock()
    assert dialog.opened == [] and "does not open this vault" in dialog.unlock_message.text()


def test_the_keyboard_reaches_everything_and_a_screen_reader_names_it(qtbot, tmp_path, vault, vault_dir):
    vault.lock()
    dialog = start_dialog(qtbot, recent=[str(vault_dir)])
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.recent_list.hasFocus)
    for widget in dialog.findChildren(QPushButton) + dialog.findChildren(QCheckBox):
        assert "&" in widget.text(), widget.text()                # a mnemonic on every button
    for widget in (dialog.findChildren(QLineEdit) + dialog.findChildren(QCheckBox)
                   + dialog.findChildren(QProgressBar) + dialog.findChildren(QListWidget)):
        assert widget.accessibleName(), widget

    qtbot.keyClick(dialog.recent_list, Qt.Key.Key_Return)         # Enter opens the vault chosen in the list
    assert dialog.pages.currentIndex() == UNLOCK_PAGE and dialog.unlock_message.text() == ""
    qtbot.waitUntil(dialog.passphrase.hasFocus)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Tab)
    assert dialog.show_passphrase.hasFocus()
    qtbot.keyClick(dialog.show_passphrase, Qt.Key.Key_Tab)
    assert dialog.unlock_button.hasFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)   # Alt+W: Show (a button's
    qtbot.waitUntil(dialog.show_passphrase.isChecked)                          # mnemonic animates the click)

    dialog.passphrase.setFocus()
    type_text(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)          # Enter unlocks
    [opened] = dialog.opened
    opened.lock()

    other = start_dialog(qtbot)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(other.new_vault_button.hasFocus)               # no recent vault: Create is the first choice
    qtbot.keyClick(other.new_vault_button, Qt.Key.Key_Escape)                      # Esc closes
    assert not other.isVisible() and other.result() == QDialog.DialogCode.Rejected


def test_the_recovery_form_moves_on_with_tab_and_names_its_fields(qtbot, tmp_path):
    dialog = RecoveryDialog(tmp_path, BackgroundRunner(synchronous=True), "en")
    qtbot.addWidget(dialog)
    assert dialog.words.tabChangesFocus()
    assert all(field.accessibleName() for field in (dialog.words, dialog.new_passphrase, dialog.confirm))
    dialog.show_passphrase.click()
    assert dialog.new_passphrase.echoMode() == dialog.confirm.echoMode() == QLineEdit.EchoMode.Normal


@pytest.mark.parametrize("language", ["en", "es"])
def test_no_two_controls_on_a_page_share_an_alt_letter(qtbot, tmp_path, language, request, monkeypatch):
    if language == "es":
        request.getfixturevalue("spanish")
    monkeypatch.setattr(paths, "demo_vault_dir", lambda: tmp_path / "demo-vault")
    dialog = start_dialog(qtbot, language, recent=[str(tmp_path)])
    dialog.show()
    pages = {"choose": lambda: None, "demo": lambda: dialog.show_unlock(tmp_path / "demo-vault"),
             "create": dialog.show_create}
    for name, show in pages.items():
        show()
        dialog.restore_button.setVisible(name == "demo")
        texts = [widget.text() for widget in dialog.findChildren(QPushButton) + dialog.findChildren(QCheckBox)
                 + [label for label in dialog.findChildren(QLabel) if label.buddy() is not None]
                 if widget.isVisible()]
        letters = [QKeySequence.mnemonic(text).toString() for text in texts]
        assert all(letters) and len(set(letters)) == len(letters), (name, texts)
