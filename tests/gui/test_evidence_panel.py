from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox

from casedesk.services.cases import NewCase, add_case
from casedesk.storage.models import CustodyEvent, Evidence


def _photo(path: Path) -> Path:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f4e79"))
    image.save(str(path), "PNG")
    return path


def test_files_dropped_on_the_tab_are_encrypted_into_the_case(controller, demo_vault, tmp_path):
    case_id = add_case(demo_vault, NewCase.named("Rosa Quintero"))
    panel = controller.window.open_editor(case_id).evidence
    photo, note = _photo(tmp_path / "foto.png"), tmp_path / "nota.txt"
    note.write_text("Testimonio de la madre", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo)), QUrl.fromLocalFile(str(note))])
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    panel.dropEvent(drop)
    assert panel.table.rowCount() == 2
    assert {e.original_name for e in Evidence.select()} == {"foto.png", "nota.txt"}


def test_an_image_opens_from_memory_and_an_export_asks_first(controller, demo_vault, tmp_path, monkeypatch):
    case_id = add_case(demo_vault, NewCase.named("Rosa Quintero"))
    editor = controller.window.open_editor(case_id)
    panel = editor.evidence
    panel.add_files([_photo(tmp_path / "foto.png")])
    panel.table.selectRow(0)
    viewer = panel.view_selected()
    assert not viewer.image_label.pixmap().isNull()
    viewer.close()

    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: QMessageBox.StandardButton.Cancel)
    panel.export_selected()
    assert not (tmp_path / "copia.png").exists()            # cancelled at the warning
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(tmp_path / "copia.png"), ""))
    panel.export_selected()
    assert (tmp_path / "copia.png").read_bytes() == (tmp_path / "foto.png").read_bytes()
    assert [c.action for c in CustodyEvent.select().order_by(CustodyEvent.id)] == ["intake", "view", "export"]


def test_a_photo_gets_a_working_copy_without_metadata_from_the_tab(controller, demo_vault, tmp_path):
    case_id = add_case(demo_vault, NewCase.named("Rosa Quintero"))
    editor = controller.window.open_editor(case_id)
    panel = editor.evidence
    panel.add_files([_photo(tmp_path / "foto.png")])
    panel.table.selectRow(0)
    panel.clean_selected()
    assert panel.table.rowCount() == 2
    assert Evidence.select().where(Evidence.derived_from.is_null(False)).count() == 1


def test_a_pdf_opens_inside_the_app_from_memory(controller, demo_vault, vault_dir, tmp_path):
    from io import BytesIO

    from PySide6.QtPdf import QPdfDocument
    from reportlab.pdfgen import canvas
    pdf = BytesIO()
    page = canvas.Canvas(pdf)
    page.drawString(72, 750, "Boleta de excarcelación")
    page.save()
    (tmp_path / "boleta.pdf").write_bytes(pdf.getvalue())
    case_id = add_case(demo_vault, NewCase.named("Rosa Quintero"))
    panel = controller.window.open_editor(case_id).evidence
    panel.add_files([tmp_path / "boleta.pdf"])
    before = {p for p in vault_dir.rglob("*")} | {p for p in tmp_path.rglob("*")}
    panel.table.selectRow(0)
    viewer = panel.view_selected()
    assert viewer.document.status() == QPdfDocument.Status.Ready and viewer.document.pageCount() == 1
    after = {p for p in vault_dir.rglob("*")} | {p for p in tmp_path.rglob("*")}
    assert after - before <= {vault_dir / "casedesk.db-wal"}      # no decrypted file appeared
    viewer.close()


def test_checking_the_vault_from_the_window_reports_a_damaged_file(controller, demo_vault, vault_dir, tmp_path,
                                                                    monkeypatch):
    case_id = add_case(demo_vault, NewCase.named("Rosa Quintero"))
    panel = controller.window.open_editor(case_id).evidence
    panel.add_files([_photo(tmp_path / "foto.png")])
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said.append(("ok", text)))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(("problem", text)))
    controller.window.check_vault()
    blob = next((vault_dir / "evidence").glob("*.age"))
    blob.write_bytes(blob.read_bytes()[:-10])
    controller.window.check_vault()
    assert said[0][0] == "ok" and "audit chain" in said[0][1]
    assert said[1][0] == "problem" and "foto.png" in said[1][1] and "damaged" in said[1][1]


def test_details_are_edited_and_items_attached_from_the_tab(controller, demo_vault, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialog, QInputDialog

    from casedesk.gui.evidence_panel import EvidenceDetailsDialog
    case_id = add_case(demo_vault, NewCase.named("Rosa Quintero"))
    other = add_case(demo_vault, NewCase.named("Zoraida Íñiguez Quevedo"))
    editor = controller.window.open_editor(case_id)
    panel = editor.evidence
    panel.add_files([_photo(tmp_path / "foto.png")])
    panel.table.selectRow(0)

    def fill(dialog):
        dialog.title.setText("Foto de la detención")
        dialog.content_date.setText("3 dic 2020")
        dialog.accept()
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(EvidenceDetailsDialog, "exec", fill)
    panel.edit_details()
    assert Evidence.get().title == "foto" and panel.table.item(0, 1).text() == "Foto de la detención"
    editor.save()                                        # details are saved with the case, like every change
    item = Evidence.get()
    assert (item.title, item.content_date) == ("Foto de la detención", "2020-12-03")

    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("quevedo", True))
    monkeypatch.setattr(QInputDialog, "getItem", lambda parent, title, label, items, *rest: (items[0], True))
    panel.attach_selected()
    assert Evidence.select().where(Evidence.case == Evidence.get().case.id).count() == 1
    assert {e.case.uuid for e in Evidence.select()} == {case_id, other}


def test_actions_on_an_item_wait_for_a_selection_and_an_empty_tab_says_how_to_start(controller, demo_vault, tmp_path):
    case_id = add_case(demo_vault, NewCase.named("Rosa Quintero"))
    editor = controller.window.open_editor(case_id)
    panel = editor.evidence
    editor.show()
    editor.tabs.setCurrentWidget(panel) if hasattr(editor, "tabs") else None
    actions = (panel.view_button, panel.details_button, panel.export_button, panel.clean_button, panel.attach_button)
    assert panel.add_button.isEnabled() and not any(button.isEnabled() for button in actions)
    assert not panel.empty_hint.isHidden() and "Add files" in panel.empty_hint.text()
    note = tmp_path / "nota.txt"
    note.write_text("Testimonio de la madre", encoding="utf-8")
    panel.add_files([_photo(tmp_path / "foto.png"), note])
    assert panel.empty_hint.isHidden() and not any(button.isEnabled() for button in actions)
    row_of = {panel.table.item(row, 1).text(): row for row in range(panel.table.rowCount())}
    panel.table.selectRow(row_of["foto"])
    assert all(button.isEnabled() for button in actions)
    panel.table.selectRow(row_of["nota"])                  # a metadata-free copy is for photos only
    assert panel.view_button.isEnabled() and not panel.clean_button.isEnabled()
    panel.table.clearSelection()
    assert not any(button.isEnabled() for button in actions)


def test_a_new_case_says_to_save_it_before_adding_evidence(controller):
    editor = controller.window.open_editor(None)
    panel = editor.evidence
    assert not panel.add_button.isEnabled() and "Save the case first" in panel.empty_hint.text()
    assert not panel.empty_hint.isHidden()


def test_the_viewer_names_the_item_and_zooms(controller, demo_vault, tmp_path):
    case_id = add_case(demo_vault, NewCase.named("Rosa Quintero"))
    panel = controller.window.open_editor(case_id).evidence
    image = QImage(2000, 1500, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f4e79"))
    image.save(str(tmp_path / "celda.png"), "PNG")
    panel.add_files([tmp_path / "celda.png"])
    panel.table.selectRow(0)
    viewer = panel.view_selected()
    assert "celda" in viewer.windowTitle()
    fitted = viewer.scale
    assert fitted < 1 and viewer.image_label.pixmap().width() <= viewer.scroll.viewport().width()  # whole photo
    viewer.zoom_in()
    assert viewer.scale > fitted and viewer.image_label.pixmap().width() > round(2000 * fitted)
    viewer.actual_size()
    assert viewer.scale == 1 and viewer.image_label.pixmap().width() == 2000
    viewer.zoom_out()
    assert viewer.scale < 1 and "%" in viewer.zoom_label.text()
    viewer.fit()
    assert viewer.scale == fitted
    viewer.close()


def test_the_viewer_of_a_text_zooms_its_letters(controller, demo_vault, tmp_path):
    case_id = add_case(demo_vault, NewCase.named("Rosa Quintero"))
    panel = controller.window.open_editor(case_id).evidence
    (tmp_path / "testimonio.txt").write_text("Lo vieron entrar al Helicoide", encoding="utf-8")
    panel.add_files([tmp_path / "testimonio.txt"])
    panel.table.selectRow(0)
    viewer = panel.view_selected()
    assert "testimonio" in viewer.windowTitle() and "Helicoide" in viewer.text.toPlainText()
    size = viewer.text.font().pointSizeF()
    viewer.zoom_in()
    assert viewer.text.font().pointSizeF() > size
    viewer.close()


def test_exporting_proposes_the_original_name_and_remembers_the_folder(controller, demo_vault, tmp_path, monkeypatch):
    case_id = add_case(demo_vault, NewCase.named("Rosa Quintero"))
    panel = controller.window.open_editor(case_id).evidence
    panel.add_files([_photo(tmp_path / "foto.png")])
    panel.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: QMessageBox.StandardButton.Ok)
    offered = []
    out = tmp_path / "salida"
    out.mkdir()

    def save_as(parent, title, proposed, file_filter):
        offered.append(Path(proposed))
        return str(out / Path(proposed).name), ""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    panel.export_selected()
    panel.export_selected()
    assert offered[0].name == "foto.png" and offered[1] == out / "foto.png"     # the second time, where it went
    assert (out / "foto.png").read_bytes() == (tmp_path / "foto.png").read_bytes()
