"""Another group's list set beside the vault, without importing it: a summary that adds up,
people in both (the fields where the list and the vault disagree marked), only in the vault
(held on the list's date), only in the list, and rows to confirm (maybe someone in the vault).
The comparison can be saved as a workbook for the two groups to reconcile their counts."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QTableView, QTabWidget, QTextBrowser, QVBoxLayout, QWidget,
)

from casedesk.domain.errors import CaseDeskError, InvalidInput
from casedesk.domain.normalize import parse_date
from casedesk.gui.documents import EmptyTableHint, ask_save_path, failure_text, proposed_file_name
from casedesk.gui.i18n import show_date, show_number
from casedesk.gui.tasks import BackgroundRunner
from casedesk.services.comparing import COMPARED, Comparison, compare_file, save_comparison, value_label
from casedesk.storage.vault import Vault

#: The first word of the proposed file name, in the workbook's language.
FILE_WORD = {"es": "Comparación", "en": "Comparison"}


class RowsModel(QAbstractTableModel):
    """Rows of text for a table view: a category may hold tens of thousands of people, which
    a table widget (an item per cell) would make slow to show. Cells in `marked` are bold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.rows: list[list[str]] = []
        self.marked: set[tuple[int, int]] = set()

    def set_rows(self, headers: list[str], rows: list[list[str]], marked: set[tuple[int, int]] | None = None) -> None:
        self.beginResetModel()
        self.headers, self.rows, self.marked = headers, rows, marked or set()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.FontRole and (index.row(), index.column()) in self.marked:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if section < len(self.headers) else None
        return None


def _table(model: RowsModel, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class CompareDialog(QDialog):
    """Choose the list and the date it describes, compare, read the categories, save them."""

    def __init__(self, vault: Vault, runner: BackgroundRunner, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.runner, self.language = vault, runner, language
        self.path: Path | None = None
        self.comparison: Comparison | None = None
        self.setWindowTitle(self.tr("Compare a list with the vault"))
        self.resize(1100, 720)
        intro = QLabel(self.tr(
            "Another group's list set beside the vault, without importing anything. People are paired only when "
            "sure, as an import would pair them (the same ID, or the whole name and an arrest within a month); "
            "anything less is left “to confirm”."))
        intro.setWordWrap(True)
        self.file_edit = QLineEdit(readOnly=True)
        self.file_edit.setAccessibleName(self.tr("The list to compare"))
        self.file_edit.setPlaceholderText(self.tr("No file chosen yet"))
        self.choose_button = QPushButton(self.tr("&Choose…"))
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        self.as_of = QLineEdit(date.today().strftime("%d/%m/%Y"))
        self.as_of.setAccessibleName(self.tr("The date the list describes"))
        self.compare_button = QPushButton(self.tr("C&ompare"))
        self.compare_button.setEnabled(False)
        self.compare_button.clicked.connect(self.compare)
        date_row = QHBoxLayout()
        date_row.addWidget(self.as_of)
        date_row.addWidget(self.compare_button)
        date_row.addStretch()
        form = QFormLayout()
        # Labels made here: a row that is a layout gets no buddy, and its "&" would show as is.
        file_label, date_label = QLabel(self.tr("&List:")), QLabel(self.tr("The list &describes:"))
        file_label.setBuddy(self.choose_button)
        date_label.setBuddy(self.as_of)
        form.addRow(file_label, file_row)
        form.addRow(date_label, date_row)
        self.message = QLabel()
        self.message.setWordWrap(True)

        self.summary = QTextBrowser()
        self.summary.setAccessibleName(self.tr("Summary of the comparison"))
        self.summary.setPlaceholderText(self.tr(
            "Choose a list (CSV, XLSX, XLS, ODS, a PDF report or text) and the date it describes, then press "
            "“Compare”. Nothing is imported."))
        self.in_both_model, self.only_vault_model = RowsModel(self), RowsModel(self)
        self.only_file_model, self.to_confirm_model = RowsModel(self), RowsModel(self)
        self.in_both = _table(self.in_both_model, self.tr("People in both"))
        self.only_vault = _table(self.only_vault_model, self.tr("People only in the vault"))
        self.only_file = _table(self.only_file_model, self.tr("People only in the list"))
        self.to_confirm = _table(self.to_confirm_model, self.tr("Rows to confirm"))
        self.to_confirm.setWordWrap(True)
        self.only_differences = QCheckBox(self.tr("Only people whose fields &differ"))
        self.only_differences.toggled.connect(lambda _: self._fill_in_both())
        in_both_page = QWidget()
        in_both_layout = QVBoxLayout(in_both_page)
        in_both_layout.setContentsMargins(0, 0, 0, 0)
        in_both_layout.addWidget(self.only_differences)
        in_both_layout.addWidget(self.in_both)
        self.hints = [
            EmptyTableHint(self.in_both, self.tr("Nobody in the list is someone the vault knows.")),
            EmptyTableHint(self.only_vault, self.tr("Everyone the vault holds on that date is in the list "
                                                    "(or among the rows to confirm).")),
            EmptyTableHint(self.only_file, self.tr("Everyone in the list is in the vault (or among the rows to "
                                                   "confirm).")),
            EmptyTableHint(self.to_confirm, self.tr("No row needs a person to confirm who it is.")),
        ]
        self.tabs = QTabWidget()
        for page in (self.summary, in_both_page, self.only_vault, self.only_file, self.to_confirm):
            self.tabs.addTab(page, "")
        self._name_tabs()

        self.save_button = QPushButton(self.tr("&Save as a spreadsheet (XLSX)…"))
        self.save_button.setEnabled(False)
        self.save_button.setToolTip(self.tr("Compare a list first."))
        self.save_button.clicked.connect(self.choose_and_save)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.closed = False
        self.finished.connect(lambda _result: self.clear())     # closed: the names go with it

    # --- choosing and comparing ------------------------------------------------------------------
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the list to compare"), "",
                                              self.tr("Lists (*.csv *.tsv *.txt *.xlsx *.xls *.ods *.pdf);;"
                                                      "All files (*)"))
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path) -> None:
        self.path = Path(path)
        self.file_edit.setText(str(self.path))
        self.compare_button.setEnabled(True)
        self.message.clear()

    def chosen_date(self) -> date:
        """The date typed, or `InvalidInput` saying what is wrong with it."""
        day = parse_date(self.as_of.text()).value
        if day > date.today():
            raise InvalidInput("The date the list describes cannot be in the future.",
                               "La fecha que describe la lista no puede ser futura.")
        return day

    def compare(self) -> None:
        if self.path is None:
            return
        try:
            as_of = self.chosen_date()
        except CaseDeskError as error:
            self.failed(error)
            return
        path = self.path
        self.compare_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.message.setText(self.tr("Reading the list and comparing it with the vault…"))
        self.runner.run(lambda: compare_file(path, as_of=as_of), self.show_comparison, self.failed)

    def failed(self, error: Exception) -> None:
        self.compare_button.setEnabled(self.path is not None)
        self.save_button.setEnabled(self.comparison is not None)
        self.message.setText(failure_text(error, self.language))

    # --- showing ---------------------------------------------------------------------------------
    def _name_tabs(self) -> None:
        counts = self.comparison.counts() if self.comparison else None

        def title(text: str, key: str) -> str:
            return f"{text} ({show_number(counts[key])})" if counts else text
        for index, text in enumerate((
                self.tr("Summary"), title(self.tr("In both"), "in_both"),
                title(self.tr("Only in the vault"), "only_vault"), title(self.tr("Only in the list"), "only_file"),
                title(self.tr("To confirm"), "to_confirm"))):
            self.tabs.setTabText(index, text)

    def show_comparison(self, comparison: Comparison) -> None:
        if self.closed:
            return                   # the dialog was closed (or the vault locked) while it ran
        self.comparison = comparison
        self.message.clear()
        self.compare_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self.save_button.setToolTip("")
        label = self._label
        self._fill_in_both()
        self.only_vault_model.set_rows(
            [self.tr("Name"), self.tr("ID"), self.tr("Status on that date"), self.tr("Arrest date"), self.tr("Facility")],
            [[entry["name"], entry["national_id"] or "", label("status", entry["status"]),
              show_date(entry["arrest_date"]), entry["facility"] or ""] for entry in comparison.only_vault])
        pick = 0 if self.language == "en" else 1
        self.only_file_model.set_rows(
            [self.tr("Row"), self.tr("Name"), self.tr("ID"), self.tr("Status in the list"), self.tr("Stage"),
             self.tr("Facility"), self.tr("Arrest date"), self.tr("Remarks")],
            [[entry["row"], entry["name"], entry["national_id"] or "", label("status", entry["status"]),
              label("stage", entry["stage"]), entry["facility"] or "", show_date(entry["arrest_date"]),
              "; ".join(remark[pick] for remark in entry["remarks"])] for entry in comparison.only_file])
        self.to_confirm_model.set_rows(
            [self.tr("Row"), self.tr("Name in the list"), self.tr("ID"), self.tr("Arrest date"), self.tr("Could be")],
            [[entry["row"], entry["name"], entry["national_id"] or "", show_date(entry["arrest_date"]),
              "\n".join(self._candidate_text(candidate) for candidate in entry["candidates"])]
             for entry in comparison.to_confirm])
        self.to_confirm.resizeRowsToContents()
        for view in (self.in_both, self.only_vault, self.only_file, self.to_confirm):
            view.resizeColumnsToContents()
            for column in range(view.model().columnCount()):
                view.setColumnWidth(column, min(view.columnWidth(column), 320))
        self.summary.setHtml(self._summary_html(comparison))
        self._name_tabs()

    def _label(self, name: str, value: Any) -> str:
        return value_label(name, value, self.language)

    def _candidate_text(self, candidate: dict) -> str:
        details = ", ".join(part for part in (candidate["national_id"], show_date(candidate["arrest_date"])) if part)
        where = (self.tr("row %1 of this list").replace("%1", candidate["in_this_file"])
                 if candidate["in_this_file"] else "")
        why = candidate["why"][0 if self.language == "en" else 1]
        return " — ".join(part for part in (f"{candidate['name']}" + (f" ({details})" if details else ""), where, why)
                          if part)

    def _fill_in_both(self) -> None:
        if self.comparison is None:
            return
        label, pick = self._label, 0 if self.language == "en" else 1
        columns = [("status", self.tr("Status in the list"), self.tr("Status in the vault")),
                   ("stage", self.tr("Stage in the list"), self.tr("Stage in the vault")),
                   ("facility", self.tr("Facility in the list"), self.tr("Facility in the vault")),
                   ("arrest_date", self.tr("Arrest date in the list"), self.tr("Arrest date in the vault")),
                   ("national_id", self.tr("ID in the list"), self.tr("ID in the vault"))]
        headers = [self.tr("Row"), self.tr("Name in the list"), self.tr("Name in the vault")]
        for _, mine, theirs in columns:
            headers += [mine, theirs]
        headers.append(self.tr("Fields that differ"))
        rows, marked = [], set()
        entries = [entry for entry in self.comparison.in_both
                   if entry["disagreements"] or not self.only_differences.isChecked()]
        for number, entry in enumerate(entries):
            differing = {difference["field"] for difference in entry["disagreements"]}
            row = [entry["row"], entry["list"]["name"], entry["vault"]["name"]]
            for name, _, _ in columns:
                shown = [show_date(entry[side][name]) if name == "arrest_date" else label(name, entry[side][name])
                         for side in ("list", "vault")]
                if name in differing:
                    marked |= {(number, len(row)), (number, len(row) + 1)}
                row += shown
            row.append(", ".join(COMPARED[name][pick] for name in COMPARED if name in differing))
            rows.append(row)
        self.in_both_model.set_rows(headers, rows, marked)

    def _summary_html(self, comparison: Comparison) -> str:
        counts = comparison.counts()
        number = show_number

        def line(text: str, value: int, indent: bool = False) -> str:
            return (f"<tr><td style='padding-left:{24 if indent else 0}px'>{html.escape(text)}</td>"
                    f"<td align='right'><b>{number(value)}</b></td></tr>")
        pick = 0 if self.language == "en" else 1
        parts = [f"<h3>{html.escape(comparison.file_name)}</h3>",
                 "<p>" + html.escape(self.tr("Compared with the vault as of %1; read as %2.")
                                     .replace("%1", show_date(comparison.as_of.isoformat()))
                                     .replace("%2", comparison.kind)) + "</p>",
                 "<table cellspacing='4'>",
                 line(self.tr("Rows read"), counts["rows_read"]),
                 line(self.tr("People in the list"), counts["people_in_list"]),
                 line(self.tr("In both"), counts["in_both"]),
                 line(self.tr("of whom not held in the vault on that date"), counts["in_both_not_held_in_vault"], True),
                 line(self.tr("with fields that differ"), counts["in_both_with_disagreements"], True),
                 line(self.tr("Only in the list"), counts["only_file"]),
                 line(self.tr("To confirm (may be someone in the vault)"), counts["to_confirm"]),
                 line(self.tr("Only in the vault (held on that date)"), counts["only_vault"]),
                 line(self.tr("Held in the vault on that date"), counts["held_in_vault"]),
                 line(self.tr("Duplicates within the list"), counts["duplicates_in_file"]),
                 line(self.tr("Rows that are not people"), counts["not_people"]),
                 "</table>"]
        differing = [(COMPARED[name][pick], count) for name, count in counts["disagreements_by_field"].items() if count]
        if differing:
            parts.append("<p>" + html.escape(self.tr("Fields that differ, people in both:")) + " "
                         + html.escape(", ".join(f"{name} {number(count)}" for name, count in differing)) + "</p>")
        parts.append("<p>" + html.escape(self.tr(
            "Held in the vault on that date: %1 = %2 in both + %3 only in the vault + %4 who may be a row to "
            "confirm.").replace("%1", number(counts["held_in_vault"])).replace("%2", number(counts["in_both_held_in_vault"]))
            .replace("%3", number(counts["only_vault"])).replace("%4", number(counts["held_in_vault_to_confirm"])))
            + "</p>")
        parts.append("<p>" + html.escape(self.tr(
            "A person on the list without a status counts as held on its date.")) + "</p>")
        notes = [note[pick] for note in comparison.reading_notes]
        if notes:
            parts.append("<p>" + "<br>".join(html.escape(note) for note in notes) + "</p>")
        return "".join(parts)

    def clear(self) -> None:
        """Forget the comparison and every name shown (closed, or the vault is locking); a
        comparison still running is dropped when it arrives."""
        self.closed = True
        self.comparison = None
        for model in (self.in_both_model, self.only_vault_model, self.only_file_model, self.to_confirm_model):
            model.set_rows([], [])
        self.summary.clear()
        self.save_button.setEnabled(False)
        self._name_tabs()

    # --- saving ----------------------------------------------------------------------------------
    def proposed_name(self) -> str:
        day = self.comparison.as_of if self.comparison else date.today()
        return proposed_file_name(FILE_WORD[self.language], [], ".xlsx", day)

    def choose_and_save(self) -> None:
        if self.comparison is None:
            return
        target = ask_save_path(self, self.tr("Save the comparison as"), self.proposed_name(), "Excel (*.xlsx)",
                               self.vault)
        if target is not None:
            self.save(target)

    def save(self, target: Path) -> None:
        comparison, vault, language = self.comparison, self.vault, self.language
        if comparison is None:
            return
        self.save_button.setEnabled(False)
        self.message.setText(self.tr("Writing the workbook…"))

        def saved(_: object) -> None:
            self.save_button.setEnabled(True)
            self.message.setText(self.tr("Saved to %1. The file is not encrypted: keep it on an encrypted drive "
                                         "and delete it when done.").replace("%1", str(target)))
        self.runner.run(lambda: save_comparison(vault, comparison, target, language=language), saved, self.failed)
