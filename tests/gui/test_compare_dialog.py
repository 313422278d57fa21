"""File → Compare a list with the vault: the categories a lawyer reads, the fields that differ
marked, the workbook saved, the names gone when the vault locks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from casedesk.domain.normalize import parse_date
from casedesk.domain.vocabulary import EventKind, Status
from casedesk.gui.compare_dialog import CompareDialog
from casedesk.services.cases import NewCase, NewEvent, add_cases
from tests.gui.conftest import type_text

LIST = ("Nombre;Cédula;Fecha de detención;Situación\n"
        "Eufemia Quilarque Yépez;31.000.001;03/03/2023;Detenida\n"       # in both, agrees
        "Teótimo Arocha Lander;V-31000002;04/04/2022;Detenido\n"         # in both; released in the vault
        "Anacleto Berroterán;;05/05/2021;Detenido\n"                     # a word short: to confirm
        "Filomena Ustáriz Peraza;V-31000009;06/06/2024;Detenida\n")      # only in the list


def _people(vault) -> dict[str, str]:
    return dict(zip(["eufemia", "teotimo", "anacleto", "casimira"], add_cases(vault, [
        NewCase.named("Eufemia Quilarque Yépez", national_id="V-31000001", arrest_date=parse_date("2023-03-03")),
        NewCase.named("Teótimo Arocha Lander", national_id="V-31000002", arrest_date=parse_date("2022-04-04"),
                      events=[NewEvent(EventKind.RELEASE_VERIFIED, parse_date("2025-06-01"), Status.RELEASED_FULL)]),
        NewCase.named("Anacleto Berroterán Silva", arrest_date=parse_date("2021-05-05")),
        NewCase.named("Casimira Ojeda Lander", national_id="V-31000004", arrest_date=parse_date("2020-01-01")),
    ])))


def _listing(tmp_path: Path) -> Path:
    path = tmp_path / "lista.csv"
    path.write_text(LIST, encoding="utf-8")
    return path


def _compare(controller, tmp_path: Path) -> CompareDialog:
    window = controller.window
    assert window.compare_action in window.file_menu.actions()
    assert window.compare_action.text() == "Co&mpare a list with the vault…"
    dialog = window.compare_list()
    assert not dialog.compare_button.isEnabled() and not dialog.save_button.isEnabled()
    dialog.set_file(_listing(tmp_path))
    dialog.as_of.clear()
    type_text(dialog.as_of, "15/12/2025")
    dialog.compare_button.click()
    return dialog


def _column(model, header: str) -> int:
    return model.headers.index(header)


def test_the_dialog_shows_each_category_and_marks_what_differs(controller, tmp_path):
    people = _people(controller.vault)
    dialog = _compare(controller, tmp_path)
    counts = dialog.comparison.counts()
    assert (counts["in_both"], counts["only_file"], counts["to_confirm"]) == (2, 1, 1)
    assert [dialog.tabs.tabText(index) for index in range(1, 5)] == [
        "In both (2)", f"Only in the vault ({counts['only_vault']:,})", "Only in the list (1)", "To confirm (1)"]
    both = dialog.in_both_model
    assert [row[2] for row in both.rows] == ["Eufemia Quilarque Yépez", "Teótimo Arocha Lander"]
    status_list, status_vault = _column(both, "Status in the list"), _column(both, "Status in the vault")
    assert (both.rows[1][status_list], both.rows[1][status_vault]) == ("Detained", "Fully released")
    assert both.rows[1][-1] == "Status" and both.rows[0][-1] == ""
    bold = both.index(1, status_vault).data(Qt.ItemDataRole.FontRole)
    assert bold is not None and bold.bold()
    assert both.index(0, status_vault).data(Qt.ItemDataRole.FontRole) is None
    dialog.only_differences.setChecked(True)
    assert both.rowCount() == 1
    assert [row[1] for row in dialog.only_file_model.rows] == ["Filomena Ustáriz Peraza"]
    assert "Anacleto Berroterán Silva" in dialog.to_confirm_model.rows[0][4]
    assert "the list leaves out part of the name" in dialog.to_confirm_model.rows[0][4]
    only_vault = [row[0] for row in dialog.only_vault_model.rows]
    assert "Casimira Ojeda Lander" in only_vault and "Anacleto Berroterán Silva" not in only_vault
    assert len(only_vault) == counts["only_vault"]
    assert dialog.comparison.to_confirm[0]["candidates"][0]["person_id"] is not None
    assert people["anacleto"]
    summary = dialog.summary.toPlainText()
    assert "In both" in summary and "Held in the vault on that date" in summary

    target = tmp_path / "comparison.xlsx"
    dialog.save(target)
    assert target.exists() and "Saved to" in dialog.message.text()


def test_a_wrong_date_or_file_is_said_in_the_dialog(controller, tmp_path):
    dialog = controller.window.compare_list()
    dialog.set_file(tmp_path / "missing.csv")
    dialog.compare()
    assert "cannot be read" in dialog.message.text() and dialog.comparison is None
    dialog.set_file(_listing(tmp_path))
    dialog.as_of.setText("31/02/2025")
    dialog.compare()
    assert dialog.message.text() and dialog.comparison is None and dialog.compare_button.isEnabled()


def test_locking_closes_the_comparison_and_forgets_the_names(controller, tmp_path):
    _people(controller.vault)
    dialog = _compare(controller, tmp_path)
    assert dialog.in_both_model.rowCount() == 2
    controller.lock()
    assert not dialog.isVisible() and dialog.comparison is None
    assert all(model.rowCount() == 0 for model in (dialog.in_both_model, dialog.only_vault_model,
                                                   dialog.only_file_model, dialog.to_confirm_model))
    assert dialog.summary.toPlainText() == ""
    dialog.show_comparison(object())                 # a comparison that arrives after the lock is dropped
    assert dialog.comparison is None and dialog.in_both_model.rowCount() == 0


def test_the_dialog_speaks_spanish(controller, tmp_path):
    _people(controller.vault)
    controller.set_language("es")
    window = controller.window
    dialog = window.compare_list()
    dialog.set_file(_listing(tmp_path))
    dialog.as_of.setText("15/12/2025")
    dialog.compare()
    assert dialog.windowTitle() == "Comparar una lista con la bóveda"
    assert dialog.tabs.tabText(1) == "En ambas (2)"
    both = dialog.in_both_model
    assert both.rows[1][_column(both, "Situación según la bóveda")] == "Libertad plena"
