"""The import wizard: choose a list and the date it describes, check what CaseDesk read (which
sheets, where the header is, what each column holds and why), see what would happen (and
decide about people who may already be in the vault, now or later), then import with a
progress bar that can cancel. The result can be undone as a whole."""

from __future__ import annotations

import html
import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox,
    QProgressBar, QPushButton, QTableWidget, QTableWidgetItem, QTabWidget, QTextBrowser, QVBoxLayout, QWidget, QWizard,
    QWizardPage,
)

from casedesk.domain.errors import CaseDeskError
from casedesk.domain.normalize import parse_date
from casedesk.gui.documents import failure_text
from casedesk.gui.i18n import show_date, show_number
from casedesk.gui.tasks import BackgroundRunner
from casedesk.lists.columns import column_letter
from casedesk.services.importing import (
    FIELDS, ImportPlan, ListReading, check_mapping, plan_import, read_list, remap, run_import, save_mapping,
    undo_import,
)
from casedesk.storage.vault import Vault

SAMPLE_ROWS = 3
DECIDE_LATER = "later"


class ImportWizard(QWizard):
    """State shared by the pages: the list read, the plan, the batch made."""

    def __init__(self, vault: Vault, runner: BackgroundRunner, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.runner, self.language = vault, runner, language
        self.path: Path | None = None
        self.reading: ListReading | None = None
        self.status_date = date.today()
        self.plan: ImportPlan | None = None
        self.batch: str | None = None
        self.setWindowTitle(self.tr("Import a list"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        # On the last page the import runs (its own button cancels it) or is done: nothing to cancel.
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.review_page = ReviewPage(self)
        self.run_page = RunPage(self)
        for page in (self.file_page, self.mapping_page, self.review_page, self.run_page):
            self.addPage(page)
        self.resize(980, 680)

    def field_label(self, name: str) -> str:
        english, spanish = FIELDS[name]
        return spanish if self.language == "es" else english

    def say(self, error: Exception) -> str:
        return failure_text(error, self.language)


def reason_label() -> QLabel:
    """Under a page, why "Next" is not available yet (empty when it is)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setAccessibleName(QCoreApplication.translate("ImportWizard", "Why you cannot go on yet"))
    return label


class _ExplainedPage(QWizardPage):
    """A page whose Next stays disabled while `blocker()` says why, in `self.reason`."""

    reason: QLabel

    def blocker(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        self.reason.setText(self.blocker())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.blocker()


class FilePage(_ExplainedPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("The list to import"))
        self.setSubTitle(self.tr("CSV or TSV in any encoding and separator, XLSX, XLS or ODS (every sheet), a PDF "
                                 "report or text copied out of one. The file is only read."))
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setAccessibleName(self.tr("The list to import"))
        self.file_edit.setPlaceholderText(self.tr("No file chosen yet"))
        self.choose_button = QPushButton(self.tr("&Choose…"))
        self.choose_button.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.choose_button)
        self.status_date = QLineEdit(date.today().strftime("%d/%m/%Y"))
        self.status_date.setAccessibleName(self.tr("Status date"))
        self.status_date.textChanged.connect(lambda _: self.refresh())
        hint = QLabel(self.tr("The date the list describes: the statuses it gives are recorded on that date, "
                              "so the census of that day reflects the list."))
        hint.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c")
        self.reason = reason_label()
        form = QFormLayout(self)
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Status &date:"), self.status_date)
        form.addRow("", hint)
        form.addRow(self.message)
        form.addRow(self.reason)
        self.setTabOrder(self.choose_button, self.status_date)
        self.refresh()

    def choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the list"), "",
                                              self.tr("Lists (*.csv *.tsv *.txt *.xlsx *.xls *.ods *.pdf)"))
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path) -> None:
        self.owner.path = path
        self.file_edit.setText(str(path))
        self.message.clear()
        self.refresh()

    def blocker(self) -> str:
        """Why "Next" is off, in words; empty when the page is complete."""
        if self.owner.path is None:
            return self.tr("To go on, choose the list to import with “Choose…”.")
        try:
            day = parse_date(self.status_date.text()).value
        except CaseDeskError as error:
            return self.tr("To go on, correct the status date: %1").replace("%1", self.owner.say(error))
        if day > date.today():
            return self.tr("The status date cannot be in the future.")
        return ""


    def validatePage(self) -> bool:
        try:
            self.owner.status_date = parse_date(self.status_date.text()).value
            if self.owner.status_date > date.today():
                self.message.setText(self.tr("The status date cannot be in the future."))
                return False
            self.owner.reading = read_list(self.owner.path)
        except CaseDeskError as error:
            self.message.setText(self.owner.say(error))
            return False
        return True


class MappingPage(QWizardPage):
    """One tab per sheet: each column, what it holds (changeable), why CaseDesk thinks so, and
    the first rows; a sheet left out says why."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("What CaseDesk read"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        self.combos: dict[str, list[QComboBox]] = {}

    def initializePage(self) -> None:
        reading = self.owner.reading
        self.setSubTitle(self.tr("Read as: %1. What each column holds was decided from its header and its "
                                 "values; change any that is wrong. A choice you make is remembered for the "
                                 "next file with the same columns.").replace("%1", reading.kind))
        self.tabs.clear()
        self.combos = {}
        self.message.clear()
        lines = []
        for sheet in reading.sheets:
            if sheet.table is None:
                lines.append(self.tr("Sheet “%1” is empty.").replace("%1", sheet.name))
                continue
            self.tabs.addTab(self._sheet_grid(sheet), sheet.name)
            if not sheet.used:
                reason = sheet.left_out[0 if self.owner.language == "en" else 1]
                lines.append(self.tr("Sheet “%1” left out: %2.").replace("%1", sheet.name).replace("%2", reason))
            elif sheet.table.header_rows:
                rows = sheet.table.header_rows
                lines.append(self.tr("Sheet “%1”: header on row %2.").replace("%1", sheet.name).replace(
                    "%2", f"{rows[0]}–{rows[-1]}" if len(rows) > 1 else str(rows[0])))
            else:
                lines.append(self.tr("Sheet “%1”: no header; the columns were recognised by their values.")
                             .replace("%1", sheet.name))
        language = 0 if self.owner.language == "en" else 1
        lines += [note[language][:1].upper() + note[language][1:] + "." for note in reading.notes]
        self.summary.setText("\n".join(lines))

    def _sheet_grid(self, sheet) -> QTableWidget:
        table = sheet.table
        samples = [cells for _, cells in table.rows if any(cell.strip() for cell in cells)][:SAMPLE_ROWS]
        grid = QTableWidget(table.width, 3 + len(samples))
        grid.setAccessibleName(self.tr("Columns of “%1”").replace("%1", sheet.name))
        grid.verticalHeader().setVisible(False)
        grid.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Holds"), self.tr("Why")]
                                       + [self.tr("Example %1").replace("%1", str(n + 1)) for n in range(len(samples))])
        grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        grid.horizontalHeader().setStretchLastSection(True)
        combos = []
        for choice in sheet.columns:
            grid.setItem(choice.index, 0, QTableWidgetItem(f"{column_letter(choice.index)}  {choice.header or '—'}"))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("What column %1 holds").replace("%1", column_letter(choice.index)))
            combo.addItem(self.tr("— not imported —"), None)
            for name in FIELDS:
                combo.addItem(self.owner.field_label(name), name)
            combo.setCurrentIndex(max(0, combo.findData(choice.field)))
            grid.setCellWidget(choice.index, 1, combo)
            combos.append(combo)
            grid.setItem(choice.index, 2, QTableWidgetItem(self._why(choice)))
            for column, cells in enumerate(samples, start=3):
                value = cells[choice.index] if choice.index < len(cells) else ""
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                grid.setItem(choice.index, column, item)
        grid.setWordWrap(True)
        grid.resizeColumnsToContents()
        for column, widest in ((0, 220), (2, 300)):     # the reasons wrap; the examples keep their room
            grid.setColumnWidth(column, min(grid.columnWidth(column), widest))
        grid.resizeRowsToContents()
        self.combos[sheet.name] = combos
        return grid

    def _why(self, choice) -> str:
        detail = choice.detail_en if self.owner.language == "en" else choice.detail_es
        why = {"header": self.tr("its header"), "content": self.tr("its values"),
               "header and content": self.tr("its header and its values"), "chosen": self.tr("your choice"),
               "unused": self.tr("not used")}.get(choice.why, choice.why)
        return f"{why}: {detail}" if detail else why

    def validatePage(self) -> bool:
        reading = self.owner.reading
        changed = False
        for sheet in reading.sheets:
            combos = self.combos.get(sheet.name)
            if not combos:
                continue
            mapping = {index: combo.currentData() for index, combo in enumerate(combos) if combo.currentData()}
            if mapping == sheet.mapping and sheet.used:
                continue
            if not mapping or not any(name in mapping.values() for name in ("full_name", "given_names", "surnames")):
                continue                        # still no names: the sheet stays out
            singles = [name for name in mapping.values() if name != "notes"]
            if len(set(singles)) != len(singles):
                self.message.setText(self.tr("Two columns of “%1” are set to hold the same thing.")
                                     .replace("%1", sheet.name))
                return False
            try:
                check_mapping(mapping)
                reading = remap(reading, sheet.name, mapping)
                save_mapping(sheet.table.headers, mapping)
            except CaseDeskError as error:
                self.message.setText(self.owner.say(error))
                return False
            changed = True
        if not reading.used:
            self.message.setText(self.tr("No sheet has a column of names: choose which column holds the names."))
            return False
        if changed:
            self.owner.reading = reading
        return True


class ReviewPage(_ExplainedPage):
    """The dry run, and a decision for each person who may already be in the vault."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("What the import will do"))
        self.setSubTitle(self.tr("Nothing has been written yet."))
        self.summary = QTextBrowser()
        self.review_label = QLabel(self.tr("These rows look like people already in the vault. Choose for each:"))
        self.summary.setAccessibleName(self.tr("What the import will do"))
        self.review = QTableWidget(0, 3)
        self.review.setAccessibleName(self.tr("Rows that may be people already in the vault"))
        self.review.verticalHeader().setVisible(False)
        self.review.setWordWrap(True)
        header = self.review.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)   # fitted to the choices: never cut
        header.sectionResized.connect(lambda *_: self.review.resizeRowsToContents())   # wrapped text fits
        self.confirm_facilities = QCheckBox()
        self.confirm_facilities.toggled.connect(lambda _: self.refresh())
        self.reason = reason_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary, 2)
        layout.addWidget(self.confirm_facilities)
        layout.addWidget(self.review_label)
        layout.addWidget(self.review, 2)
        layout.addWidget(self.reason)
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
        reading, status_date = owner.reading, owner.status_date
        self._planning = True
        self.refresh()

        def done(plan: ImportPlan) -> None:
            self._planning = False
            owner.plan = plan
            self._show(plan)
            self.refresh()

        def failed(error: Exception) -> None:
            self._planning = False
            self.summary.setHtml(f"<p style='color:#b71c1c'>{html.escape(owner.say(error))}</p>")
            self.refresh()

        owner.runner.run(lambda: plan_import(reading, status_date=status_date), done, failed)

    def _show(self, plan: ImportPlan) -> None:
        e = html.escape
        language = self.owner.language
        summary = plan.summary(language)
        counts = [
            (self.tr("Rows read"), plan.rows_read), (self.tr("New people (with their case)"), len(plan.new)),
            (self.tr("Already in the vault (updated)"), len(plan.merges)),
            (self.tr("Of those, arrested again (new case)"), len(plan.new_episodes)),
            (self.tr("Duplicates within the file (merged)"), len(plan.duplicates_in_file)),
            (self.tr("To decide below"), len(plan.review)), (self.tr("Not people (skipped)"), len(plan.skipped)),
        ]
        parts = ["<table cellpadding='2'>"]
        parts += [f"<tr><td>{e(label)}</td><td align='right'><b>{show_number(count)}</b></td></tr>"
                  for label, count in counts]
        parts.append("</table>")
        row_label = self.tr("Row %1")
        sections = [
            (self.tr("Kept as written (not understood; the field is left unknown):"),
             [f"{row_label.replace('%1', item['row'])}: {self.owner.field_label(item['field'])} «{item['value']}»"
              for item in summary["kept_as_written"]]),
            (self.tr("Remarks:"), [f"{row_label.replace('%1', item['row'])}: {item['note']}" for item in summary["remarks"]]),
            (self.tr("Skipped:"), [f"{row_label.replace('%1', item['row'])}: {item['reason']}" for item in summary["skipped"]]),
            (self.tr("Duplicates within the file:"),
             [self.tr("Row %1 is row %2 again").replace("%1", item["row"]).replace("%2", item["same_as_row"])
              for item in summary["duplicates"]]),
            # "El Helicoide" taken as the vault's "El Helicoide (SEBIN)": said, so a wrong match can be seen.
            (self.tr("Facilities written without their parenthesis, taken as the vault's:"),
             [f"«{written}» → «{known}»" for written, known in plan.facilities_matched]),
        ]
        for title, items in sections:
            if items:
                parts.append(f"<p><b>{e(title)}</b></p><ul>")
                parts += [f"<li>{e(item)}</li>" for item in items[:300]]
                parts.append("</ul>")
        self.summary.setHtml("".join(parts))
        self.confirm_facilities.setVisible(bool(plan.new_facilities))
        self.confirm_facilities.setChecked(False)
        self.confirm_facilities.setText(self.tr("&Create these new facilities: %1").replace(
            "%1", ", ".join(plan.new_facilities)))
        self.review_label.setVisible(bool(plan.review))
        self.review.setHorizontalHeaderLabels([self.tr("In the list"), self.tr("Maybe the same as"),
                                               self.tr("Decision")])
        self.review.setRowCount(len(plan.review))
        self.decision_boxes = {}
        for position, (row, candidates) in enumerate(plan.review):
            listed = " · ".join(part for part in (
                self.tr("Row %1").replace("%1", row.ref), row.name, row.id_text or "",
                row.arrest_date.display(language) if row.arrest_date else "") if part)
            self.review.setItem(position, 0, QTableWidgetItem(listed))
            self.review.setItem(position, 1, QTableWidgetItem("\n".join(
                " · ".join(p for p in (c.name, c.national_id or "", show_date(c.arrest_date), f"{c.score:.0f}%",
                                       self.tr("row %1 of this list").replace("%1", c.in_file) if c.in_file else "",
                                       c.why_en if language == "en" else c.why_es) if p)
                for c in candidates)))
            box = QComboBox()
            box.setAccessibleName(self.tr("Decision for row %1").replace("%1", row.ref))
            box.addItem(self.tr("Decide…"), None)
            for candidate in candidates:
                box.addItem(self.tr("Same person as %1").replace("%1", candidate.name), candidate.person_uuid)
            box.addItem(self.tr("A different person: add"), "new")
            box.addItem(self.tr("Decide later (kept for review)"), DECIDE_LATER)
            box.addItem(self.tr("Leave out of this import"), "skip")
            box.currentIndexChanged.connect(lambda _: self.refresh())
            box.currentIndexChanged.connect(
                lambda _, p=position, r=row, c=candidates, b=box: self._show_field_choices(p, r, c, b.currentData()))
            holder = QWidget()
            cell = QVBoxLayout(holder)
            cell.setContentsMargins(2, 2, 2, 2)
            cell.addWidget(box)
            self.review.setCellWidget(position, 2, holder)
            self.decision_boxes[row.ref] = box
        self._fit_rows()

    def _fit_rows(self) -> None:
        self.review.resizeColumnToContents(2)
        self.review.resizeRowsToContents()

    def _show_field_choices(self, position: int, row, candidates, decision: str | None) -> None:
        """Side by side, field by field: where the list and the chosen person differ, a box to
        take the list's value (unticked, the vault's value stays)."""
        self.field_boxes.pop(row.ref, None)
        chosen = next((c for c in candidates if c.person_uuid == decision), None)
        cell = self.review.cellWidget(position, 2).layout()
        while cell.count() > 1:                 # the decision box stays; the choices under it change
            cell.takeAt(1).widget().deleteLater()
        if chosen is not None:
            boxes = {}
            for name, listed in row.overridable().items():
                stored = chosen.fields.get(name, "")
                if listed and stored not in ("", "unknown") and listed != stored:   # empty ones just fill
                    if not boxes:
                        cell.addWidget(QLabel(self.tr("Take from the list (unticked, the vault's value stays):")))
                    check = QCheckBox(f"{self.owner.field_label(name)}: {self._value(name, stored)} → "
                                      f"{self._value(name, listed)}")
                    check.setAccessibleName(self.tr("Take %1 from the list")
                                            .replace("%1", self.owner.field_label(name)))
                    cell.addWidget(check)
                    boxes[name] = check
            if boxes:
                self.field_boxes[row.ref] = boxes
            else:
                cell.addWidget(QLabel(self.tr("(empty fields are filled; nothing differs)")))
        for index in range(1, cell.count()):
            cell.itemAt(index).widget().show()     # now, not at the next event: the row is sized for them
        self._fit_rows()

    def _value(self, name: str, value: str) -> str:
        """A stored code as the user reads it ("female" -> "Mujer")."""
        from casedesk.domain.vocabulary import CivilianMilitary, Sex
        vocabulary = {"sex": Sex, "civilian_military": CivilianMilitary}.get(name)
        if vocabulary is not None and value in vocabulary._value2member_map_:
            return vocabulary(value).label(self.owner.language)
        return show_date(value) if name == "birth_date" else value

    def overrides(self) -> dict[str, set[str]]:
        return {row: {name for name, check in boxes.items() if check.isChecked()}
                for row, boxes in self.field_boxes.items()}

    def decisions(self) -> dict[str, str]:
        return {row: box.currentData() for row, box in self.decision_boxes.items() if box.currentData()}

    def blocker(self) -> str:
        """Why "Next" is off, in words; empty when the page is complete."""
        plan = self.owner.plan
        if self._planning:
            return self.tr("Wait: the list is still being compared with the vault.")
        if plan is None:
            return self.tr("The list could not be compared with the vault: go back and choose another file.")
        undecided = len(plan.review) - len(self.decisions())
        if undecided:
            return self.tr("To go on, choose a decision for %Ln row(s) in the table (“Decide later” keeps "
                           "them for review).", "", undecided)
        if plan.new_facilities and not self.confirm_facilities.isChecked():
            return self.tr("To go on, tick “Create these new facilities”, or go back and correct the column "
                           "that holds the facility.")
        return ""


    def validatePage(self) -> bool:
        decided = {row: decision for row, decision in self.decisions().items() if decision != DECIDE_LATER}
        self.owner.plan.decide(decided, self.overrides())
        return True


class RunPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Importing"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.cancel_button = QPushButton(self.tr("&Cancel the import"))
        self.cancel_button.clicked.connect(self.cancel)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("&Undo this import"))
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
        self.cancel_button.setVisible(True)
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr("All or nothing: “Cancel the import” stops it and nothing is written."))
        self.result.clear()
        self._cancelled.clear()
        self._running = True
        self.cancel_button.setEnabled(True)

        def progress(done: int, total: int) -> bool:
            self._state[:] = [done, total]
            return not self._cancelled.is_set()

        def done(batch: str) -> None:
            self._finish()
            owner.batch = batch
            self.setTitle(self.tr("Import done"))
            self.setSubTitle(self.tr("It can be undone as a whole: the people and cases it added and the statuses "
                                     "it recorded."))
            self.progress.setValue(self.progress.maximum())
            text = self.tr("Imported: %1.").replace("%1", ", ".join((
                self.tr("%Ln new person(s)", "", len(plan.new)),
                self.tr("%Ln person(s) updated", "", len(plan.merges)),
                self.tr("%Ln new case(s)", "", len(plan.new) + len(plan.new_episodes)))))
            if plan.review:
                text += " " + self.tr("%Ln row(s) wait for a decision: File → Rows to review…", "",
                                      len(plan.review))
            self.result.setText(text)
            self.cancel_button.setVisible(False)
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
