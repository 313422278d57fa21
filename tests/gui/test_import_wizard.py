"""The import wizard, page by page, over a real vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from casedesk.domain.normalize import parse_date
from casedesk.services.cases import NewCase, add_case
from casedesk.storage.models import ImportBatch, Person

SAMPLE = Path(__file__).parent.parent / "data" / "detenidos_muestra.csv"


def _at_review(controller, listing: Path):
    """The wizard on its review page for `listing`, its columns as proposed."""
    wizard = controller.window.import_spreadsheet()
    wizard.file_page.set_file(listing)
    wizard.next()
    wizard.next()
    return wizard


def test_the_sample_list_goes_through_every_page_and_can_be_undone(controller, monkeypatch):
    window = controller.window
    people_before = Person.select().count()
    wizard = window.import_spreadsheet()
    assert not wizard.file_page.isComplete()
    wizard.file_page.set_file(SAMPLE)
    wizard.file_page.status_date.setText("29/12/2025")
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    grid = wizard.mapping_page.tabs.widget(0)
    holds = {grid.item(row, 0).text().split("  ", 1)[1]: combo.currentData()
             for row, combo in enumerate(wizard.mapping_page.combos["detenidos_muestra.csv"])}
    assert holds["Cédula"] == "national_id" and holds["Lugar de reclusión"] == "facility"
    assert holds["Estatus"] == "status" and holds["Nombre"] == "full_name"
    assert "header" in grid.item(1, 2).text()                       # why: said for every column
    wizard.next()
    review = wizard.review_page
    assert wizard.currentPage() is review and "308" in review.summary.toPlainText()
    if wizard.plan.new_facilities:                       # new facilities wait for a confirmation
        assert not review.isComplete()
        review.confirm_facilities.setChecked(True)
    for box in review.decision_boxes.values():
        box.setCurrentIndex(box.findData("new"))
    assert review.isComplete()
    wizard.next()
    run = wizard.run_page
    assert run.isComplete() and "Imported" in run.result.text() and wizard.batch
    assert run.title() == "Import done" and not run.cancel_button.isVisible()
    assert not wizard.button(wizard.WizardButton.CancelButton).isVisible()    # done: nothing to cancel
    assert Person.select().count() > people_before
    assert ImportBatch.get(ImportBatch.uuid == wizard.batch).file_name == "detenidos_muestra.csv"
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    run.undo()
    assert Person.select().count() == people_before and "undone" in run.result.text()
    wizard.close()


def test_a_person_who_may_already_be_in_the_vault_is_decided_side_by_side(controller, tmp_path):
    known = add_case(controller.vault, NewCase.named("Zoila Margarita Chacón Ibáñez", nationality="Venezuela",
                                                     arrest_date=parse_date("2024-03-05")))
    listing = tmp_path / "lista.csv"
    listing.write_text("Nombre,Estatus,Nacionalidad,Sexo\nZoila Chacón Ibáñez,Detenida,Colombia,F\n", encoding="utf-8")
    wizard = _at_review(controller, listing)
    review = wizard.review_page
    assert review.review.rowCount() == 1 and "Zoila Margarita Chacón Ibáñez" in review.review.item(0, 1).text()
    assert not review.isComplete()
    box = review.decision_boxes["2"]
    person = Person.get(Person.given_names == "Zoila Margarita")
    box.setCurrentIndex(box.findData(person.uuid))
    assert review.isComplete()
    differing = review.field_boxes["2"]
    assert list(differing) == ["nationality"] and "Venezuela → Colombia" in differing["nationality"].text()
    differing["nationality"].setChecked(True)                           # the list is right about this one
    people_before = Person.select().count()
    wizard.next()
    assert Person.select().count() == people_before                     # merged, not added
    person = Person.get(Person.given_names == "Zoila Margarita")
    assert person.nationality == "Colombia" and person.sex == "female"  # chosen, and an empty field filled
    assert known
    wizard.close()


def test_an_unreadable_file_is_said_on_the_first_page(controller, tmp_path):
    video = tmp_path / "video.mp4"
    video.write_bytes(b"\x00\x00\x00\x18ftypmp42" + bytes(256))
    wizard = controller.window.import_spreadsheet()
    wizard.file_page.set_file(video)
    wizard.next()
    assert wizard.currentPage() is wizard.file_page and "not a list CaseDesk can read" in wizard.file_page.message.text()
    wizard.close()


def test_when_next_is_off_the_page_says_why(controller, tmp_path):
    listing = tmp_path / "lista.csv"
    listing.write_text("Nombre,Estatus\nZoila Chacón Ibáñez,Detenida\n", encoding="utf-8")
    add_case(controller.vault, NewCase.named("Zoila Margarita Chacón Ibáñez", arrest_date=parse_date("2024-03-05")))
    wizard = controller.window.import_spreadsheet()
    wizard.show()
    next_button = wizard.button(wizard.WizardButton.NextButton)
    page = wizard.file_page
    assert not next_button.isEnabled() and "choose the list" in page.reason.text()
    page.set_file(listing)
    assert next_button.isEnabled() and page.reason.text() == ""
    page.status_date.setText("31/31/2025")
    assert not next_button.isEnabled() and "status date" in page.reason.text()
    page.status_date.setText("01/01/2099")
    assert not next_button.isEnabled() and "future" in page.reason.text()
    page.status_date.setText("29/12/2025")
    wizard.next()
    wizard.next()
    review = wizard.review_page
    assert wizard.currentPage() is review and not next_button.isEnabled()
    assert "1 row in the table" in review.reason.text() and review.reason.isVisible()
    box = review.decision_boxes["2"]
    box.setCurrentIndex(box.findData("later"))
    assert next_button.isEnabled() and review.reason.text() == ""
    wizard.close()


def test_in_spanish_the_review_and_the_result_read_as_spanish(controller, tmp_path):
    controller.set_language("es")
    add_case(controller.vault, NewCase.named("Zoila Margarita Chacón Ibáñez", sex="female",
                                             arrest_date=parse_date("2024-03-05")))
    listing = tmp_path / "lista.csv"
    listing.write_text("Nombre,Sexo\nZoila Chacón Ibáñez,M\nPedro Pérez Quintero,M\n", encoding="utf-8")
    wizard = _at_review(controller, listing)
    review = wizard.review_page
    box = review.decision_boxes["2"]
    box.setCurrentIndex(box.findData(Person.get(Person.given_names == "Zoila Margarita").uuid))
    assert review.field_boxes["2"]["sex"].text() == "Sexo: Mujer → Hombre"        # labels, never "female → male"
    wizard.next()
    text = wizard.run_page.result.text()
    assert "1 persona nueva, 1 persona actualizada, 1 caso nuevo." in text      # real plurals, not "1 personas"
    assert wizard.run_page.title() == "Importación hecha"
    assert not wizard.button(wizard.WizardButton.CancelButton).isVisible()
    wizard.close()


def test_a_facility_written_without_its_parenthesis_is_shown_taken_as_the_vaults(controller, tmp_path):
    controller.set_language("es")
    add_case(controller.vault, NewCase.named("Zoila Margarita Chacón Ibáñez", facility="El Helicoide (SEBIN)",
                                             arrest_date=parse_date("2024-03-05")))
    listing = tmp_path / "lista.csv"
    listing.write_text("Nombre,Centro de reclusión\nPedro Pérez Quintero,El Helicoide\n", encoding="utf-8")
    wizard = _at_review(controller, listing)
    review = wizard.review_page
    assert "«El Helicoide» → «El Helicoide (SEBIN)»" in review.summary.toPlainText()
    assert "tomados como los de la bóveda" in review.summary.toPlainText()
    assert not review.confirm_facilities.isVisible() and review.isComplete()     # nothing new to create
    wizard.close()


def test_a_workbook_that_would_abort_the_reader_is_refused_on_the_first_page(controller, tmp_path):
    """A 1.6 KB XLSX with cells at A1 and XFD1048576 made the reader ask for 512 GB and abort the
    whole window; now the first page says why it was not opened, and the window goes on."""
    from tests import hostile_files
    hostile = tmp_path / "lista.xlsx"
    hostile.write_bytes(hostile_files.xlsx(hostile_files.cell("A1", "Nombre") + '<row r="1048576">'
                                           + hostile_files.cell("XFD1048576", "x") + "</row>"))
    wizard = controller.window.import_spreadsheet()
    wizard.file_page.set_file(hostile)
    wizard.file_page.status_date.setText("29/12/2025")
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert "a cell at XFD1048576" in wizard.file_page.message.text()
    assert "No list of people is that large" in wizard.file_page.message.text()
    wizard.close()
