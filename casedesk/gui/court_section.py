"""The case editor's court section: the proceedings a case is in, its co-defendants and the
hearings held and deferred, with the two acts a lawyer does there (link the case to a
proceeding, record a hearing); and the proceedings' hearings and decisions shown (read-only)
in the case's timeline tab. Both show what `case_details()["proceedings"]` holds.

Linking and recording apply at once, like adding evidence: a proceeding and its hearings are
records of their own, shared by every co-defendant, not fields of this case's form."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QSizePolicy, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from casedesk.domain.errors import CaseDeskError
from casedesk.domain.normalize import parse_date
from casedesk.domain.vocabulary import (
    PROCEEDING_EVENT_KINDS, EventKind, HearingOutcome, Jurisdiction, Phase, Status,
)
from casedesk.gui.i18n import show_date


class CourtSection(QGroupBox):
    """Compact: each proceeding in a line or two, the co-defendants in a short list (a double
    click opens one's case), and the hearings held and deferred."""

    open_case_requested = Signal(str)
    changed = Signal(list)          # the case's proceedings after a link or a hearing recorded

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.vault, self.case_id = None, None
        self.setTitle(self.tr("Court proceeding"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.co_defendants_label = QLabel()
        self.co_defendants = QListWidget()
        self.co_defendants.setMaximumHeight(72)
        self.co_defendants.setAccessibleName(self.tr("Co-defendants"))
        self.co_defendants.itemActivated.connect(
            lambda item: self.open_case_requested.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.link_button = QPushButton(self.tr("Link to a proceeding…"))
        self.link_button.clicked.connect(self.link_proceeding)
        self.hearing_button = QPushButton(self.tr("Record a hearing…"))
        self.hearing_button.clicked.connect(self.record_hearing)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c")
        self.message.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.hearing_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.co_defendants_label)
        layout.addWidget(self.co_defendants)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.show_proceedings([])

    def set_case(self, vault, case_id: str | None) -> None:
        """The saved case this section acts on (a new case is linked once saved)."""
        self.vault, self.case_id = vault, case_id
        self._enable()

    def _enable(self) -> None:
        usable = self.case_id is not None and self.vault is not None and not self.vault.read_only
        self.link_button.setEnabled(usable)
        self.hearing_button.setEnabled(usable and bool(self.proceedings))
        self.link_button.setToolTip("" if usable else self.tr("Save the case first"))
        self.hearing_button.setToolTip("" if self.hearing_button.isEnabled() else
                                       self.tr("Link the case to a proceeding first"))

    def _refresh(self) -> None:
        from casedesk.services.cases import find_case
        from casedesk.services.proceedings import proceedings_of_case
        proceedings = proceedings_of_case(find_case(self.case_id).id)
        self.show_proceedings(proceedings)
        self.changed.emit(proceedings)

    def link_proceeding(self) -> QDialog | None:
        """Choose a proceeding the vault has, or record a new one; the case becomes a defendant."""
        if self.case_id is None:
            return None
        dialog = LinkDialog(self.language, self)
        dialog.accepted.connect(lambda: self._link(dialog))
        dialog.open()
        return dialog

    def _link(self, dialog: "LinkDialog") -> None:
        from casedesk.services.proceedings import add_proceeding, link_cases
        try:
            chosen = dialog.existing.currentData()
            if chosen:
                link_cases(self.vault, chosen, [self.case_id])
            else:
                add_proceeding(self.vault, court=dialog.court.text(), file_number=dialog.number.text(),
                               judge=dialog.judge.text(), jurisdiction=dialog.jurisdiction.currentData(),
                               phase=dialog.phase.currentData(), case_uuids=[self.case_id])
        except CaseDeskError as error:
            self._say(error.message(self.language))
            return
        self._say("")
        self._refresh()

    def record_hearing(self) -> QDialog | None:
        """A hearing or decision on one of the case's proceedings, for every co-defendant."""
        if not self.proceedings:
            return None
        dialog = HearingDialog(self.language, self.proceedings, self)
        dialog.accepted.connect(lambda: self._record(dialog))
        dialog.open()
        return dialog

    def _record(self, dialog: "HearingDialog") -> None:
        from casedesk.services.proceedings import add_proceeding_event
        try:
            add_proceeding_event(self.vault, dialog.proceeding.currentData(), dialog.kind.currentData(),
                                 parse_date(dialog.date.text()), outcome=dialog.outcome.currentData(),
                                 note=dialog.note.text())
        except CaseDeskError as error:
            self._say(error.message(self.language))
            return
        self._say("")
        self._refresh()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def show_proceedings(self, proceedings: list[dict[str, Any]]) -> None:
        self.proceedings = proceedings
        self.co_defendants.clear()
        if hasattr(self, "link_button"):
            self._enable()
        if not proceedings:
            self.summary.setText(self.tr("Not linked to a proceeding."))
            self.co_defendants_label.setVisible(False)
            self.co_defendants.setVisible(False)
            return
        lines, seen = [], set()
        for proceeding in proceedings:
            heading = " — ".join(part for part in (proceeding["file_number"], proceeding["court"]) if part)
            details = [self.tr("Phase: %1").replace("%1", Phase(proceeding["phase"]).label(self.language)),
                       self.tr("Jurisdiction: %1").replace(
                           "%1", Jurisdiction(proceeding["jurisdiction"]).label(self.language))]
            if proceeding["judge"]:
                details.append(self.tr("Judge: %1").replace("%1", proceeding["judge"]))
            details.append(self.tr("Hearings held: %1, deferred: %2")
                           .replace("%1", str(proceeding["hearings_held"]))
                           .replace("%2", str(proceeding["hearings_deferred"])))
            lines.append(f"{heading}\n{' · '.join(details)}")
            for defendant in proceeding["co_defendants"]:
                if defendant["case_id"] in seen:
                    continue
                seen.add(defendant["case_id"])
                item = QListWidgetItem(f"{defendant['name']} — {Status(defendant['status']).label(self.language)}")
                item.setData(Qt.ItemDataRole.UserRole, defendant["case_id"])
                self.co_defendants.addItem(item)
        self.summary.setText("\n".join(lines))
        self.co_defendants_label.setText(self.tr("Co-defendants (%1):").replace("%1", str(len(seen))))
        self.co_defendants_label.setVisible(True)
        self.co_defendants.setVisible(bool(seen))


class ProceedingEvents(QWidget):
    """The hearings and decisions of the case's proceedings, as they stand in its timeline
    (recorded on the proceeding, so changed there, for every defendant at once)."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.title = QLabel(self.tr("Hearings and decisions of the proceeding (shared with the co-defendants):"))
        self.title.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Event"), self.tr("Outcome"),
                                              self.tr("Proceeding and note")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setMaximumHeight(140)
        self.table.setAccessibleName(self.tr("Hearings and decisions of the proceeding"))
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        # The case's own timeline above takes the room; this one only what its rows need.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.show_proceedings([])

    def show_proceedings(self, proceedings: list[dict[str, Any]]) -> None:
        events = sorted(((event, proceeding) for proceeding in proceedings for event in proceeding["events"]),
                        key=lambda pair: pair[0]["date"])
        self.table.setRowCount(0)
        for event, proceeding in events:
            row = self.table.rowCount()
            self.table.insertRow(row)
            note = " — ".join(part for part in (proceeding["file_number"] or proceeding["court"], event["note"]) if part)
            cells = [show_date(event["date"], event["date_precision"]), EventKind(event["kind"]).label(self.language),
                     HearingOutcome(event["outcome"]).label(self.language) if event["outcome"] else "", note]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.setVisible(bool(events))


class LinkDialog(QDialog):
    """A proceeding the vault has (by file number and court), or a new one."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from casedesk.services.search import filter_choices
        self.setWindowTitle(self.tr("Link to a proceeding"))
        self.existing = QComboBox()
        self.existing.addItem(self.tr("A new proceeding"), None)
        for choice in filter_choices()["proceedings"]:
            self.existing.addItem(choice.name, choice.id)
        self.court = QLineEdit()
        self.number = QLineEdit()
        self.judge = QLineEdit()
        self.phase = QComboBox()
        for phase in Phase:
            self.phase.addItem(phase.label(language), phase.value)
        self.phase.setCurrentIndex(self.phase.findData(Phase.UNKNOWN.value))
        self.jurisdiction = QComboBox()
        self.jurisdiction.addItem(self.tr("As the court's name says"), None)
        for jurisdiction in Jurisdiction:
            self.jurisdiction.addItem(jurisdiction.label(language), jurisdiction.value)
        form = QFormLayout()
        form.addRow(self.tr("Proceeding:"), self.existing)
        form.addRow(self.tr("Court:"), self.court)
        form.addRow(self.tr("File number:"), self.number)
        form.addRow(self.tr("Judge:"), self.judge)
        form.addRow(self.tr("Phase:"), self.phase)
        form.addRow(self.tr("Jurisdiction:"), self.jurisdiction)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.existing.currentIndexChanged.connect(self._new_or_existing)
        self._new_or_existing()

    def _new_or_existing(self) -> None:
        new = self.existing.currentData() is None
        for widget in (self.court, self.number, self.judge, self.phase, self.jurisdiction):
            widget.setEnabled(new)


class HearingDialog(QDialog):
    """A hearing (scheduled, held or deferred) or a decision, on one of the case's proceedings."""

    def __init__(self, language: str, proceedings: list[dict[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a hearing or decision"))
        self.proceeding = QComboBox()
        for proceeding in proceedings:
            self.proceeding.addItem(" — ".join(part for part in (proceeding["file_number"], proceeding["court"])
                                               if part), proceeding["id"])
        self.kind = QComboBox()
        for kind in PROCEEDING_EVENT_KINDS:
            self.kind.addItem(kind.label(language), kind.value)
        self.date = QLineEdit(placeholderText="29/12/2025")
        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("Not yet known (scheduled)"), None)
        for outcome in HearingOutcome:
            self.outcome.addItem(outcome.label(language), outcome.value)
        self.note = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Proceeding:"), self.proceeding)
        form.addRow(self.tr("What:"), self.kind)
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.tr("Outcome:"), self.outcome)
        form.addRow(self.tr("Note:"), self.note)
        explanation = QLabel(self.tr("It is recorded once, on the proceeding, and appears in the timeline of every "
                                     "defendant."))
        explanation.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explanation)
        layout.addWidget(buttons)
