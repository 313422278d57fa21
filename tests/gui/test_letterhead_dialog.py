"""The letterhead dialog: what is typed and the logo chosen are kept on Save, nothing on Cancel;
a file that is not a logo is refused in words; the File menu opens it, in both languages."""

from __future__ import annotations

from pathlib import Path

from PIL import Image as PillowImage
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from casedesk.gui.letterhead_dialog import LetterheadDialog
from casedesk.services.letterhead import Letterhead, letterhead, save_letterhead
from casedesk.storage.models import AuditEntry

from tests.gui.conftest import type_text


def _logo(tmp_path: Path) -> Path:
    path = tmp_path / "logo.png"
    PillowImage.new("RGBA", (900, 300), (31, 78, 121, 255)).save(path)
    return path


def test_typed_texts_and_a_chosen_logo_are_kept_on_save(vault, qtbot, tmp_path, monkeypatch):
    dialog = LetterheadDialog(vault, "es")
    qtbot.addWidget(dialog)
    assert dialog.logo_preview.text() == "No logo" and not dialog.remove_logo_button.isEnabled()
    type_text(dialog.organisation, "Observatorio Sintético de Derechos")
    dialog.address.setPlainText("Calle Falsa 123\nCaracas")
    type_text(dialog.lawyer, "Abg. Marta Quintero")
    dialog.signature.setPlainText("Abg. Marta Quintero\nInpreabogado N.º 999.999")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(_logo(tmp_path)), ""))
    dialog.choose_logo_button.click()
    assert not dialog.logo_preview.pixmap().isNull() and dialog.remove_logo_button.isEnabled()
    before = AuditEntry.select().count()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    stored = letterhead()
    assert (stored.organisation, stored.address, stored.lawyer) == (
        "Observatorio Sintético de Derechos", "Calle Falsa 123\nCaracas", "Abg. Marta Quintero")
    assert stored.signature_lines() == ["Abg. Marta Quintero", "Inpreabogado N.º 999.999"]
    assert stored.logo is not None and AuditEntry.select().count() == before + 1


def test_it_opens_with_the_current_letterhead_and_cancel_changes_nothing(vault, qtbot, tmp_path):
    save_letterhead(vault, Letterhead(organisation="Observatorio Sintético", logo=_logo(tmp_path).read_bytes()))
    dialog = LetterheadDialog(vault, "en")
    qtbot.addWidget(dialog)
    assert dialog.organisation.text() == "Observatorio Sintético" and not dialog.logo_preview.pixmap().isNull()
    dialog.remove_logo_button.click()
    assert dialog.logo_preview.text() == "No logo"
    dialog.organisation.setText("Otro nombre")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert letterhead().organisation == "Observatorio Sintético" and letterhead().logo is not None
    dialog = LetterheadDialog(vault, "en")
    qtbot.addWidget(dialog)
    dialog.remove_logo_button.click()
    dialog.accept()
    assert letterhead().logo is None and letterhead().organisation == "Observatorio Sintético"


def test_a_file_that_is_not_a_logo_is_refused_in_words_and_the_old_logo_stays(vault, qtbot, tmp_path):
    dialog = LetterheadDialog(vault, "es")
    qtbot.addWidget(dialog)
    assert dialog.set_logo_file(_logo(tmp_path))
    kept = dialog.logo
    (tmp_path / "acta.pdf").write_bytes(b"%PDF-1.4 no es una imagen")
    assert not dialog.set_logo_file(tmp_path / "acta.pdf")
    assert dialog.message.text() == "El logo debe ser una imagen PNG o JPEG." and dialog.logo == kept
    dialog.address.setPlainText("\n".join(["línea"] * 6))
    dialog.accept()                                          # refused: the dialog stays open and says why
    assert dialog.result() == 0 and "4" in dialog.message.text() and not letterhead().is_set()


def test_the_file_menu_opens_it_in_both_languages(controller, qtbot):
    window = controller.window
    assert window.letterhead_action in window.file_menu.actions()
    assert window.letterhead_action.text() == "Organisation le&tterhead…"
    dialog = window.edit_letterhead()
    assert isinstance(dialog, LetterheadDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Organisation letterhead"
    dialog.reject()
    controller.set_language("es")
    try:
        assert window.letterhead_action.text() == "&Membrete de la organización…"
        dialog = window.edit_letterhead()
        assert dialog.windowTitle() == "Membrete de la organización"
        assert dialog.choose_logo_button.text() == "&Elegir un logo…"
        dialog.reject()
    finally:
        controller.set_language("en")
