from PySide6.QtCore import Qt

from casedesk.gui.case_model import CASE_ID_ROLE, CaseTableModel, Column
from casedesk.services.cases import NewCase, add_case
from casedesk.services.demo import fill_demo_vault
from casedesk.services.search import CaseQuery
from tests.gui.conftest import type_text


def test_the_case_model_passes_qt_model_tester(qtmodeltester, demo_vault):
    model = CaseTableModel()
    model.set_query(CaseQuery())
    qtmodeltester.check(model, force_py=True)


def test_the_model_reads_only_the_pages_the_view_asks_for(vault):
    fill_demo_vault(vault, 1200)
    model = CaseTableModel()
    model.set_query(CaseQuery())
    assert model.rowCount() == 1200 and model.cached_rows() == 0
    assert model.index(1150, Column.NAME).data()
    assert model.cached_rows() == CaseTableModel.PAGE_SIZE
    for row in range(0, 1200, 100):
        model.index(row, Column.NAME).data()
    assert model.cached_rows() <= CaseTableModel.PAGE_SIZE * CaseTableModel.MAX_PAGES


def test_sorting_asks_the_vault_for_the_new_order(controller):
    model = controller.window.model
    model.sort(Column.ARREST_DATE, Qt.SortOrder.AscendingOrder)
    dates = [model.index(row, Column.ARREST_DATE).data(Qt.ItemDataRole.UserRole + 2) for row in range(50)]
    assert dates == sorted(dates)


def test_typing_in_the_search_box_narrows_the_list(qtbot, controller, demo_vault):
    window = controller.window
    target = add_case(demo_vault, NewCase.named("Zoraida Íñiguez Quevedo", national_id="V-30.111.222"))
    window.reload()
    assert window.model.rowCount() == 301
    type_text(window.search_box, "íñiguez quev")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=3000)
    assert window.model.index(0, Column.NAME).data(CASE_ID_ROLE) == target
    assert "1 matching" in window.count_label.text()

    window.search_box.clear()
    type_text(window.search_box, "30.111.222")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=3000)


def test_filters_narrow_the_list_and_the_count_follows(qtbot, controller):
    window = controller.window
    window.status_filter.setCurrentIndex(window.status_filter.findData("released_full"))
    released = window.model.rowCount()
    assert 0 < released < 300
    assert all(window.model.index(row, Column.STATUS).data() == "Fully released" for row in range(released))
    assert f"{released} matching" in window.count_label.text()


def test_selecting_a_case_shows_it_in_the_side_panel(controller):
    window = controller.window
    window.table.selectRow(0)
    name = window.model.index(0, Column.NAME).data()
    assert name in window.details.toPlainText()
    assert "Timeline" in window.details.toPlainText()


def test_the_agenda_lists_upcoming_hearings(controller):
    assert controller.window.agenda_table.rowCount() == 0        # read only when shown
    controller.window.tabs.setCurrentIndex(1)
    assert controller.window.agenda_table.rowCount() > 0
    assert "Hearing" in controller.window.agenda_table.item(0, 1).text()


def test_far_pages_are_reached_through_the_id_list_in_the_right_order(vault):
    from casedesk.gui.tasks import BackgroundRunner
    fill_demo_vault(vault, 1500)
    direct, through_ids = CaseTableModel(), CaseTableModel(runner=BackgroundRunner(synchronous=True))
    for model in (direct, through_ids):
        model.set_query(CaseQuery(text="ma"))
    assert direct.rowCount() == through_ids.rowCount() > 300
    for row in (0, 150, 299, 300, direct.rowCount() - 1):
        assert through_ids.index(row, Column.NAME).data(CASE_ID_ROLE) == direct.index(row, Column.NAME).data(CASE_ID_ROLE)
    assert through_ids._ids is not None and direct._ids is None


def test_a_dossier_is_made_from_the_selected_case_with_a_proposed_password(controller, tmp_path):
    import io

    from pypdf import PdfReader
    window = controller.window
    window.table.selectRow(0)
    name = window.model.index(0, Column.NAME).data()
    dialog = window.make_dossier()
    assert len(dialog.password.text().split()) == 7
    dialog.profile.setCurrentIndex(dialog.profile.findData("court"))
    dialog.save(tmp_path / "expediente.pdf")
    reader = PdfReader(io.BytesIO((tmp_path / "expediente.pdf").read_bytes()))
    assert reader.is_encrypted and reader.decrypt(dialog.password.text())
    assert name in " ".join(reader.pages[0].extract_text().split())
