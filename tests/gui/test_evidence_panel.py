from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

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
    assert not viewer.findChild(QLabel).pixmap().isNull()
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
