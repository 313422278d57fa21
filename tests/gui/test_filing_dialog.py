"""“Draft a filing…” in the case editor, driven through the real window."""

from __future__ import annotations

import io
import stat
from datetime import date
from pathlib import Path

from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel

from casedesk.gui.filing_dialog import FilingDialog
from casedesk.storage.models import AuditEntry, DetentionCase, Event
from tests.gui.conftest import type_text


def _editor(controller):
    window = controller.window
    window.table.selectRow(0)
    case_id = window.selected_case_id()
    return window.open_editor(case_id), case_id


def test_a_filing_is_saved_where_the_lawyer_chooses_and_shown_in_the_timeline(controller, tmp_path, monkeypatch, qtbot):
    editor, case_id = _editor(controller)
    name = DetentionCase.get(DetentionCase.uuid == case_id).person.full_name
    offered = []

    def save_as(parent, title, proposed, file_filter):
        offered.append(Path(proposed))
        return str(tmp_path / "comunicación"), "Word (*.docx)"            # typed without the extension
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    rows_before = editor.events_table.rowCount()
    qtbot.mouseClick(editor.filing_button, Qt.MouseButton.LeftButton)
    dialog = editor.findChildren(FilingDialog)[-1]
    warnings = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("not encrypted" in text for text in warnings)
    dialog.template.setCurrentIndex(dialog.template.findData("wgad"))
    assert dialog.document_language.isEnabled() and dialog.document_language.count() == 2
    dialog.document_language.setCurrentIndex(dialog.document_language.findData("en"))
    dialog.choose_and_save()

    assert offered[0].name == f"WGAD communication - {name} - {date.today().isoformat()}.docx"
    written = tmp_path / "comunicación.docx"
    assert written.exists() and stat.S_IMODE(written.stat().st_mode) == 0o600
    document = Document(io.BytesIO(written.read_bytes()))
    text = "\n".join([p.text for p in document.paragraphs]
                     + [c.text for t in document.tables for r in t.rows for c in r.cells])
    assert name in text and "Working Group on Arbitrary Detention" in text and "{{" not in text
    assert not dialog.isVisible()
    # Recorded, and the open editor shows it without anything left to save.
    assert Event.select().where((Event.kind == "filing")).count() == 1
    assert AuditEntry.select().where(AuditEntry.entity == "filing").count() == 1
    assert editor.events_table.rowCount() == rows_before + 1
    kinds = [editor.events_table.item(row, 1).text() for row in range(editor.events_table.rowCount())]
    assert "Filing drafted" in kinds
    assert not editor.dirty
    editor.save()                                   # saving the editor keeps the filing's event
    assert Event.select().where((Event.kind == "filing")).count() == 1


def test_unsaved_changes_are_saved_first_and_spanish_templates_have_one_language(controller):
    editor, _case_id = _editor(controller)
    type_text(editor.fields["occupation"], "docente")
    assert editor.draft_filing() is None
    assert "Save your changes first" in editor.message.text()
    editor.save()
    editor, _case_id = _editor(controller)
    dialog = editor.draft_filing()
    dialog.template.setCurrentIndex(dialog.template.findData("decaimiento"))
    assert not dialog.document_language.isEnabled() and dialog.document_language.currentData() == "es"
    assert dialog.proposed_name().startswith("Decaimiento - ")
    assert "two years" in dialog.description.text()
    dialog.reject()


def test_a_new_case_cannot_draft_a_filing_yet(controller):
    controller.window.new_case()
    editor = controller.window.editors[-1]
    assert not editor.filing_button.isEnabled() and editor.draft_filing() is None


def test_the_dialog_speaks_spanish(controller):
    controller.set_language("es")
    editor, case_id = _editor(controller)
    name = DetentionCase.get(DetentionCase.uuid == case_id).person.full_name
    dialog = editor.draft_filing()
    assert dialog.windowTitle() == f"Redactar un escrito para {name}"
    assert dialog.template.itemText(0) == "Decaimiento de la medida privativa de libertad (COPP art. 230)"
    assert editor.filing_button.text() == "Redactar un &escrito…"
    assert dialog.proposed_name().startswith(f"Decaimiento - {name} - ")
    dialog.reject()
