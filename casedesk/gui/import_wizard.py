"""The import wizard: choose a spreadsheet and the date it describes, check the columns, see
what would happen (and decide about people who may already be in the vault), then import
with a progress bar that can cancel. The result can be undone as a whole."""

from __future__ import annotations

import html
import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox,
    QProgressBar, QPushButton, QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget, QWizard,
    QWizardPage,
)

from casedesk.domain.errors import CaseDeskError
from casedesk.domain.normalize import parse_date
from casedesk.gui.documents import failure_text
from casedesk.gui.i18n import show_date
from casedesk.gui.tasks import BackgroundRunner
from casedesk.services.importing import (
    FIELDS, ImportPlan, SourceTable, check_mapping, mapping_for, plan_import, read_table, run_import, save_mapping,
    undo_import,
)
from casedesk.storage.vault import Vault

SAMPLE_ROWS = 3


class ImportWizard(QWizard):
    """State shared by the pages: the table read, the mapping, the plan, the batch made."""

    def __init__(self, vault: Vault, runner: BackgroundRunner, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.runner, self.language = vault, runner, language
        self.path: Path | None = None
        self.table: SourceTable | None = None
        self.status_date = date.today()
        self.mapping: dict[int, str] = {}
        self.plan: ImportPlan | None = None
        self.batch: str | None = None
        self.setWindowTitle(self.tr("Import a spreadsheet"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.review_page = ReviewPage(self)
        self.run_page = RunPage(self)
        for page in (self.file_page, self.mapping_page, self.review_page, self.run_page):
            self.addPage(page)
        self.resize(900, 640)

    def field_label(self, name: str) -> str:
        english, spanish = FIELDS[name]
        return spanish if self.language == "es" else english

    def say(self, error: Exception) -> str:
        return failure_text(error, self.language)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("The list to import"))
        self.setSubTitle(self.tr("CSV in any encoding and separator, XLSX, XLS or ODS. The file is only read."))
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(choose)
        self.status_date = QLineEdit(date.today().strftime("%d/%m/%Y"))
        hint = QLabel(self.tr("The date the list describes: the statuses it gives are recorded on that date, "
                              "so the census of that day reflects the list."))
        hint.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c")
        form = QFormLayout(self)
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Status date:"), self.status_date)
        form.addRow("", hint)
        form.addRow(self.message)

    def choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the list"), "",
                                              self.tr("Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xls *.ods)"))
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path) -> None:
        self.owner.path = path
        self.file_edit.setText(str(path))
        self.message.clear()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.owner.path is not None

    def validatePage(self) -> bool:
        try:
            self.owner.status_date = parse_date(self.status_date.text()).value
            if self.owner.status_date > date.today():
                self.message.setText(self.tr("The status date cannot be in the future."))
                return False
            self.owner.table = read_table(self.owner.path)
        except CaseDeskError as error:
            self.message.setText(self.owner.say(error))
            return False
        self.owner.mapping = mapping_for(self.owner.table.headers)
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(self.tr("What each column holds. CaseDesk proposed this from the headers; it is "
                                 "remembered for the next file with the same columns."))
        self.grid = QTableWidget(0, 2 + SAMPLE_ROWS)
        self.grid.verticalHeader().setVisible(False)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b71c1c")
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid)
        layout.addWidget(self.message)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        table = self.owner.table
        self.setSubTitle(self.tr("What each column holds. CaseDesk proposed this from the headers; it is "
                                 "remembered for the next file with the same columns.") + " "
                         + self.tr("Read as: %1.").replace("%1", table.kind))
        self.grid.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Holds")]
                                            + [self.tr("Row %1").replace("%1", str(n)) for n, _ in table.rows[:SAMPLE_ROWS]]
                                            + [""] * (SAMPLE_ROWS - len(table.rows[:SAMPLE_ROWS])))
        self.grid.setRowCount(len(table.headers))
        self.combos = []
        for index, header in enumerate(table.headers):
            self.grid.setItem(index, 0, QTableWidgetItem(header or f"#{index + 1}"))
            combo = QComboBox()
            combo.addItem(self.tr("— not imported —"), None)
            for name in FIELDS:
                combo.addItem(self.owner.field_label(name), name)
            combo.setCurrentIndex(max(0, combo.findData(self.owner.mapping.get(index))))
            self.grid.setCellWidget(index, 1, combo)
            self.combos.append(combo)
            for column, (_, cells) in enumerate(table.rows[:SAMPLE_ROWS], start=2):
                self.grid.setItem(index, column, QTableWidgetItem(cells[index] if index < len(cells) else ""))

    def validatePage(self) -> bool:
        mapping = {index: combo.currentData() for index, combo in enumerate(self.combos) if combo.currentData()}
        try:
            check_mapping(mapping)
            if len(set(mapping.values())) != len(mapping):
                self.message.setText(self.tr("Two columns are set to hold the same thing."))
                return False
        except CaseDeskError as error:
            self.message.setText(self.owner.say(error))
            return False
        self.owner.mapping = mapping
        return True


class ReviewPage(QWizardPage):
    """The dry run, and a decision for each person who may already be in the vault."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("What the import will do"))
        self.setSubTitle(self.tr("Nothing has been written yet."))
        self.summary = QTextBrowser()
        self.review_label = QLabel(self.tr("These rows look like people already in the vault. Choose for each:"))
        self.review = QTableWidget(0, 4)
        self.review.verticalHeader().setVisible(False)
        self.review.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.confirm_facilities = QCheckBox()
        self.confirm_facilities.toggled.connect(lambda _: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary, 2)
        layout.addWidget(self.confirm_facilities)
        layout.addWidget(self.review_label)
        layout.addWidget(self.review, 2)
        self.decision_boxes: dict[int, QComboBox] = {}
        self.field_boxes: dict[int, dict[str, QCheckBox]] = {}
        self._planning = False

    def initializePage(self) -> None:
        self.summary.setHtml(html.escape(self.tr("Reading the list and comparing it with the vault…")))
        self.review.setRowCount(0)
        self.review_label.setVisible(False)
        self.confirm_facilities.setVisible(False)
        self.decision_boxes = {}
        self.field_boxes = {}
        self.owner.plan = None
        owner = self.owner
        table, mapping, status_date, name = owner.table, dict(owner.mapping), owner.status_date, owner.path.name
        self._planning = True
        self.completeChanged.emit()

        def done(plan: ImportPlan) -> None:
            self._planning = False
            owner.plan = plan
            self._show(plan)
            self.completeChanged.emit()

        def failed(error: Exception) -> None:
            self._planning = False
            self.summary.setHtml(f"<p style='color:#b71c1c'>{owner.say(error)}</p>")
            self.completeChanged.emit()

        owner.runner.run(lambda: plan_import(table, mapping, file_name=name, status_date=status_date), done, failed)

    def _show(self, plan: ImportPlan) -> None:
        e = html.escape
        counts = [
            (self.tr("Rows read"), plan.rows_read), (self.tr("New people (with their case)"), len(plan.new)),
            (self.tr("Already in the vault (updated)"), len(plan.merges)),
            (self.tr("Of those, arrested again (new case)"), len(plan.new_episodes)),
            (self.tr("Duplicates within the file (merged)"), len(plan.duplicates_in_file)),
            (self.tr("To decide below"), len(plan.review)), (self.tr("Skipped"), len(plan.skipped)),
            (self.tr("Not imported: errors to fix"), len(plan.errors)),
        ]
        parts = ["<table cellpadding='2'>"]
        parts += [f"<tr><td>{e(label)}</td><td align='right'><b>{count}</b></td></tr>" for label, count in counts]
        parts.append("</table>")
        reason = "reason" if self.owner.language == "en" else "reason_es"
        for title, items in ((self.tr("Not imported (fix the file and import it again):"), plan.errors),
                             (self.tr("Skipped:"), plan.skipped)):
            if items:
                parts.append(f"<p><b>{e(title)}</b></p><ul>")
                parts += [f"<li>{e(self.tr('Row %1').replace('%1', str(item['row'])))}: {e(item[reason])}</li>"
                          for item in items[:200]]
                parts.append("</ul>")
        self.summary.setHtml("".join(parts))
        self.confirm_facilities.setVisible(bool(plan.new_facilities))
        self.confirm_facilities.setChecked(False)
        self.confirm_facilities.setText(self.tr("Create these new facilities: %1").replace(
            "%1", ", ".join(plan.new_facilities)))
        self.review_label.setVisible(bool(plan.review))
        self.review.setHorizontalHeaderLabels([self.tr("In the list"), self.tr("Maybe in the vault"),
                                               self.tr("Decision"), self.tr("Take from the list")])
        self.review.setRowCount(len(plan.review))
        self.decision_boxes = {}
        for position, (row, candidates) in enumerate(plan.review):
            listed = " · ".join(part for part in (
                self.tr("Row %1").replace("%1", str(row.row)), row.name, row.national_id or "",
                row.arrest_date.display(self.owner.language) if row.arrest_date else "") if part)
            self.review.setItem(position, 0, QTableWidgetItem(listed))
            self.review.setItem(position, 1, QTableWidgetItem("\n".join(
                " · ".join(p for p in (c.name, c.national_id or "", show_date(c.arrest_date), f"{c.score:.0f}%") if p)
                for c in candidates)))
            box = QComboBox()
            box.addItem(self.tr("Decide…"), None)
            for candidate in candidates:
                box.addItem(self.tr("Same person as %1").replace("%1", candidate.name), candidate.person_uuid)
            box.addItem(self.tr("A different person: add"), "new")
            box.addItem(self.tr("Leave out of this import"), "skip")
            box.currentIndexChanged.connect(lambda _: self.completeChanged.emit())
            box.currentIndexChanged.connect(
                lambda _, p=position, r=row, c=candidates, b=box: self._show_field_choices(p, r, c, b.currentData()))
            self.review.setCellWidget(position, 2, box)
            self.decision_boxes[row.row] = box
        self.review.resizeRowsToContents()

    def _show_field_choices(self, position: int, row, candidates, decision: str | None) -> None:
        """Side by side, field by field: where the list and the chosen person differ, a box to
        take the list's value (unticked, the vault's value stays)."""
        self.field_boxes.pop(row.row, None)
        chosen = next((c for c in candidates if c.person_uuid == decision), None)
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(2, 2, 2, 2)
        if chosen is not None:
            boxes = {}
            for name, listed in row.overridable().items():
                stored = chosen.fields.get(name, "")
                if listed and stored not in ("", "unknown") and listed != stored:   # empty ones just fill
                    check = QCheckBox(f"{self.owner.field_label(name)}: {stored} → {listed}")
                    layout.addWidget(check)
                    boxes[name] = check
            if boxes:
                self.field_boxes[row.row] = boxes
            else:
                layout.addWidget(QLabel(self.tr("(empty fields are filled; nothing differs)")))
        self.review.setCellWidget(position, 3, holder)
        self.review.resizeRowsToContents()

    def overrides(self) -> dict[int, set[str]]:
        return {row: {name for name, check in boxes.items() if check.isChecked()}
                for row, boxes in self.field_boxes.items()}

    def decisions(self) -> dict[int, str]:
        return {row: box.currentData() for row, box in self.decision_boxes.items() if box.currentData()}

    def isComplete(self) -> bool:
        plan = self.owner.plan
        return (not self._planning and plan is not None and len(self.decisions()) == len(plan.review)
                and (not plan.new_facilities or self.confirm_facilities.isChecked()))

    def validatePage(self) -> bool:
        self.owner.plan.decide(self.decisions(), self.overrides())
        return True


class RunPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Importing"))
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancel the import"))
        self.cancel_button.clicked.connect(self.cancel)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo this import"))
        self.undo_button.clicked.connect(self.undo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result)
        layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()
        self._cancelled = threading.Event()
        self._state = [0, 0]
        self._running = False
        self._timer = QTimer(self, interval=100)
        self._timer.timeout.connect(self._show_progress)

    def initializePage(self) -> None:
        owner = self.owner
        plan, vault = owner.plan, owner.vault
        self.undo_button.setVisible(False)
        self.result.clear()
        self._cancelled.clear()
        self._running = True
        self.cancel_button.setEnabled(True)
        save_mapping(owner.table.headers, owner.mapping)

        def progress(done: int, total: int) -> bool:
            self._state[:] = [done, total]
            return not self._cancelled.is_set()

        def done(batch: str) -> None:
            self._finish()
            owner.batch = batch
            self.progress.setValue(self.progress.maximum())
            self.result.setText(self.tr("Imported: %1 new people, %2 updated, %3 new cases.")
                                .replace("%1", str(len(plan.new))).replace("%2", str(len(plan.merges)))
                                .replace("%3", str(len(plan.new) + len(plan.new_episodes))))
            self.undo_button.setVisible(True)

        def failed(error: Exception) -> None:
            self._finish()
            self.result.setText(owner.say(error))

        self._timer.start()
        owner.runner.run(lambda: run_import(vault, plan, progress=progress), done, failed)

    def _show_progress(self) -> None:
        done, total = self._state
        if total:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _finish(self) -> None:
        self._timer.stop()
        self._running = False
        self.cancel_button.setEnabled(False)
        self.completeChanged.emit()

    def cancel(self) -> None:
        self._cancelled.set()

    def isComplete(self) -> bool:
        return not self._running

    def undo(self) -> None:
        answer = QMessageBox.question(self, self.tr("Undo the import?"), self.tr(
            "Remove the people and cases this import added, and the statuses it recorded?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            undo_import(self.owner.vault, self.owner.batch)
        except CaseDeskError as error:
            self.result.setText(self.owner.say(error))
            return
        self.owner.batch = None
        self.undo_button.setVisible(False)
        self.result.setText(self.tr("The import was undone."))
