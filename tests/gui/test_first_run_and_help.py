"""The guided first start after creating a vault, and the built-in manual in both languages."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QDialog, QLabel

from casedesk.gui.app import Controller
from casedesk.gui.help import ManualDialog, manual_html
from casedesk.gui.tasks import BackgroundRunner
from casedesk.settings import Settings
from casedesk.storage.models import Person

SECTIONS = ("start", "daily", "release", "dossier", "bundles", "team", "seized", "restore")


def test_a_new_vault_is_followed_by_a_guided_start_with_the_recovery_sheet_offered(qtbot, tmp_path):
    controller = Controller(Settings(language="en"), runner=BackgroundRunner(synchronous=True), save=lambda s: None)
    start = controller.show_start()
    qtbot.addWidget(start)
    start.new_folder.setText(str(tmp_path / "mi-boveda"))
    start.new_passphrase.setText("cinco palabras sin relación entre sí")
    start.confirm_passphrase.setText("cinco palabras sin relación entre sí")
    start.create()
    wizard = controller.first_run
    assert controller.vault.is_open and wizard.isVisible()
    page_texts = " ".join(label.text() for label in wizard.findChildren(QLabel))
    assert "mi-boveda/backups" in page_texts and "16 words" in page_texts
    assert "rated “Strong”" in page_texts and "bits" not in page_texts       # plain words, no jargon
    assert wizard.make_sheet.isChecked() and not wizard.add_demo.isChecked()     # real work by default
    wizard.add_demo.setChecked(True)
    wizard.done(QDialog.DialogCode.Accepted)
    assert Person.select().count() == 50
    from casedesk.storage.models import DetentionCase
    assert all(case.tags == "sintético/synthetic" for case in DetentionCase.select())   # practice cases are marked
    sheets = [child for child in controller.window.findChildren(QDialog) if child.windowTitle() == "Recovery sheet"]
    assert sheets and controller.vault.header.slot("recovery") is not None
    controller.window.close()


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_manual_covers_every_topic_in_both_languages(qtbot, language):
    html = manual_html(language)
    assert set(re.findall(r'id="(\w+)"', html)) == set(SECTIONS)
    dialog = ManualDialog(language, section="seized")
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert ("Si el portátil es incautado" if language == "es" else "If the laptop is seized") in text
    assert ("Verificar una excarcelación" if language == "es" else "Verifying a release") in text
