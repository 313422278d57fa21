"""Dossiers, the census report, printing and the dashboard, driven through the real window."""

from __future__ import annotations

import io
import json
import os
import tempfile
from datetime import date
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

from casedesk.gui.case_model import CASE_ID_ROLE, Column
from casedesk.gui.printing import PdfPages
from casedesk.services.census import overview
from casedesk.services.dossiers import check_dossier, make_dossier
from casedesk.storage.models import DetentionCase


def _select_rows(window, rows: list[int]) -> list[str]:
    model, selection = window.table.model(), window.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    return [model.index(row, Column.NAME).data(CASE_ID_ROLE) for row in rows]


def _grey(image: QImage) -> Image.Image:
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return Image.frombuffer("L", (image.width(), image.height()), bytes(image.constBits()), "raw", "L",
                            image.bytesPerLine(), 1)


def test_the_printed_qr_code_reads_back_as_the_case_and_its_evidence_manifest(demo_vault, qtbot):
    case_id = DetentionCase.select().first().uuid
    pages = PdfPages(make_dossier(demo_vault, [case_id]))
    codes = zxingcpp.read_barcodes(_grey(pages.render(0, 200)))
    text, = [code.text for code in codes]
    assert json.loads(text)["case"] == case_id
    assert check_dossier(text)["ok"]                 # the signed code alone checks against the vault


def test_printing_paints_every_page_and_writes_nothing_decrypted(controller, tmp_path, monkeypatch):
    window = controller.window
    names = [window.model.index(row, Column.NAME).data() for row in (0, 1)]
    _select_rows(window, [0, 1])
    dialog = window.make_dossier()
    private_tmp, home = tmp_path / "tmp", tmp_path / "home"      # private, so no other process disturbs them
    private_tmp.mkdir()
    home.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    monkeypatch.setenv("HOME", str(home))
    watched = [private_tmp, home, Path.cwd()]
    before = {folder: set(os.listdir(folder)) for folder in watched}
    dialog.print_dossier()
    assert isinstance(dialog.preview, QPrintPreviewDialog)
    assert not dialog.preview.grab().isNull()          # the preview paints its pages (and keeps its printer)
    assert {folder: set(os.listdir(folder)) for folder in watched} == before   # no temporary copy anywhere
    pdf = make_dossier(controller.vault, dialog.case_ids, language="en")
    expected = len(PdfReader(io.BytesIO(pdf)).pages)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)      # a real printer backend, writing a PDF
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert PdfPages(pdf).paint(printer) == expected
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == expected
    printer.setOutputFileName(str(tmp_path / "range.pdf"))
    assert PdfPages(pdf).paint(printer, 2, 3) == 2
    assert names[0] in " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())   # the contents page
    dialog.preview.close()


def test_several_selected_cases_make_one_file_each_named_by_case_id(controller, tmp_path):
    window = controller.window
    chosen = _select_rows(window, [0, 2, 4])
    dialog = window.make_dossier()
    assert dialog.case_ids == chosen and dialog.each.isVisibleTo(dialog)
    dialog.protect.setChecked(False)
    (tmp_path / "out").mkdir()
    dialog.save(tmp_path / "out", each=True)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(f"dossier-{c[:8]}.pdf" for c in chosen)
    combined = tmp_path / "juntos.pdf"
    dialog.save(combined)
    assert len(PdfReader(combined).outline) == 3


def test_the_census_report_is_saved_from_its_dialog_and_a_bad_date_is_said_plainly(controller, tmp_path):
    dialog = controller.window.make_census_report()
    dialog.protect.setChecked(False)
    dialog.since.setText("31/12/2099")
    dialog.save(tmp_path / "censo.pdf")
    assert not (tmp_path / "censo.pdf").exists() and "before" in dialog.message.text()
    dialog.since.setText("01/01/2024")
    dialog.document_language.setCurrentIndex(dialog.document_language.findData("es"))
    dialog.save(tmp_path / "censo.pdf")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(tmp_path / "censo.pdf").pages).split())
    assert f"Censo al {date.today().day} de" in text and "Entraron en la lista desde el 1 de enero de 2024" in text


def test_the_dashboard_shows_todays_figures_and_a_click_filters_the_list(controller):
    window = controller.window
    window.tabs.setCurrentWidget(window.dashboard)
    figures = overview(date.today())
    assert window.dashboard.held_button.text().replace(",", "") == str(figures.held)
    assert len(window.dashboard.chart.series) == 24
    table = window.dashboard.status_table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Detained")
    table.itemClicked.emit(table.item(row, 0))
    assert window.tabs.currentIndex() == 0 and window.status_filter.currentData() == "detained"
    detained_cases = DetentionCase.select().where(DetentionCase.status == "detained").count()
    assert window.model.rowCount() == detained_cases
    window.tabs.setCurrentWidget(window.dashboard)
    facilities = window.dashboard.facility_table
    facility_id, name, _count = figures.by_facility[0]
    facilities.itemActivated.emit(facilities.item(0, 1))
    assert window.facility_filter.currentData() == facility_id and window.status_filter.currentData() == "held"
    assert all(window.model.index(r, Column.FACILITY).data() == name for r in range(window.model.rowCount()))
    controller.lock()
    assert window.dashboard.held_button.text() == "" and window.dashboard.status_table.rowCount() == 0


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_dashboard_speaks_the_windows_language(controller, language):
    controller.set_language(language)
    window = controller.window
    window.tabs.setCurrentWidget(window.dashboard)
    labels = {window.dashboard.status_table.item(r, 0).text() for r in range(window.dashboard.status_table.rowCount())}
    assert ("Detenido/a" in labels) == (language == "es") and ("Detained" in labels) == (language == "en")
    assert window.tabs.tabText(3) == {"es": "Resumen", "en": "Dashboard"}[language]
    from PySide6.QtWidgets import QDialogButtonBox
    save = window.make_census_report().buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.text().replace("&", "") == {"es": "Guardar", "en": "Save"}[language]     # Qt's own catalogue


def test_the_list_is_exported_as_filtered_with_the_chosen_columns(controller, tmp_path):
    import csv
    window = controller.window
    window.status_filter.setCurrentIndex(window.status_filter.findData("held"))
    dialog = window.export_list()
    dialog.profile.setCurrentIndex(dialog.profile.findData("public"))
    dialog.save(tmp_path / "lista.csv")
    rows = list(csv.reader((tmp_path / "lista.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) - 1 == window.model.rowCount() and "National ID" not in rows[0] and "Name" in rows[0]


def test_the_census_dialog_proposes_a_password_shown_whole_like_the_dossier_dialog(controller, tmp_path):
    from PySide6.QtWidgets import QLineEdit
    window = controller.window
    window.table.selectRow(0)
    for dialog in (window.make_census_report(), window.make_dossier()):
        dialog.show()
        password = dialog.password
        assert dialog.protect.isChecked() and len(password.text().split()) == 7
        assert password.echoMode() == QLineEdit.EchoMode.Normal and password.isEnabled()
        assert password.fontMetrics().horizontalAdvance(password.text()) < password.contentsRect().width()
        assert "another channel" in dialog.password_row.hint.text() and dialog.password_row.hint.isVisible()
        first = password.text()
        dialog.password_row.propose.click()
        assert password.text() != first
        assert password.fontMetrics().horizontalAdvance(password.text()) < password.contentsRect().width()
        dialog.close()
    census = window.make_census_report()
    census.save(tmp_path / "censo.pdf")
    reader = PdfReader(tmp_path / "censo.pdf")
    assert reader.is_encrypted and reader.decrypt(census.password.text())


def test_the_proposed_file_name_is_the_case_and_the_date():
    from casedesk.gui.documents import proposed_file_name
    day = date(2026, 11, 30)
    assert proposed_file_name("Dossier", ["María Pérez"], ".pdf", day) == "Dossier - María Pérez - 2026-11-30.pdf"
    assert proposed_file_name("Dossiers", ["María Pérez", "Juan Ruiz"], ".pdf", day) == "Dossiers - 2026-11-30.pdf"
    assert proposed_file_name("Expediente", ['José "Cheo" Páez / alias: El Flaco?'], ".pdf", day) == \
        "Expediente - José Cheo Páez alias El Flaco - 2026-11-30.pdf"


def test_save_dialogs_propose_a_name_and_open_where_the_last_document_went(controller, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from casedesk.gui.documents import LAST_FOLDER_KEY
    from casedesk.storage.models import VaultMeta
    window = controller.window
    _select_rows(window, [0])
    name = window.model.index(0, Column.NAME).data()
    offered = []
    folder = tmp_path / "Casos de María"
    folder.mkdir()

    def save_as(parent, title, proposed, file_filter):
        offered.append(Path(proposed))
        return str(folder / "mi expediente"), "PDF (*.pdf)"          # typed without the extension
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    dossier = window.make_dossier()
    dossier.protect.setChecked(False)
    dossier.choose_and_save()
    assert offered[0].name == f"Dossier - {name} - {date.today().isoformat()}.pdf"
    assert offered[0].parent == Path.home()                            # nothing remembered yet
    assert (folder / "mi expediente.pdf").exists()
    census = window.make_census_report()
    census.document_language.setCurrentIndex(census.document_language.findData("es"))
    census.protect.setChecked(False)
    census.choose_and_save()
    assert offered[1] == folder / f"Censo - {date.today().isoformat()}.pdf"   # in the folder used last
    # The folder may name a case: it is kept inside the encrypted vault, never in the settings file.
    assert VaultMeta.get(VaultMeta.key == LAST_FOLDER_KEY).value == str(folder)
    assert all("María" not in json.dumps(settings.__dict__) for settings in controller.saved_settings)
    several = _select_rows(window, [0, 1])
    assert len(several) == 2
    window.make_dossier().choose_and_save()
    assert offered[2].name == f"Dossiers - {date.today().isoformat()}.pdf"   # several cases: no name


def test_the_export_dialog_counts_as_spanish_writes_numbers(controller):
    from casedesk.gui.export_dialog import ExportDialog
    from casedesk.services.search import CaseQuery
    controller.set_language("es")
    dialog = ExportDialog(controller.vault, controller.runner, "es", CaseQuery(), 2290, controller.window)
    assert dialog.count.text() == "2.290 casos, la lista tal como está filtrada"
    assert ExportDialog(controller.vault, controller.runner, "es", CaseQuery(), 1, controller.window).count.text() \
        == "1 caso, la lista tal como está filtrada"
