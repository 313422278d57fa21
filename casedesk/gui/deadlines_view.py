"""The "Deadlines" (Plazos) view: every legal deadline reached or near on a date, case by case,
with the rule, its legal basis, since when and by how much; and the vault's two limits a team
may set (days with whereabouts unknown, deferred hearings tolerated)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSpinBox, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from casedesk.domain.deadlines import RULES, Finding, Rule, describe
from casedesk.domain.errors import CaseDeskError
from casedesk.domain.normalize import parse_date
from casedesk.gui.i18n import show_date, show_number
from casedesk.gui.tasks import BackgroundRunner

COLUMNS = ("name", "rule", "since", "amount", "summary", "basis")


def agenda_event_text(kind: str, description: str, language: str) -> str:
    """What the agenda says of an item: an event's kind, or the deadline a case reaches that day."""
    from casedesk.domain.vocabulary import EventKind
    if kind.startswith("deadline:"):
        rule = RULES[Rule(kind.removeprefix("deadline:"))]
        said = ("Plazo: " if language == "es" else "Deadline: ") + rule.name(language)
    else:
        said = EventKind(kind).label(language)
    return said + (f" — {description}" if description else "")


class DeadlinesView(QWidget):
    """A table of findings read in the background; a double click opens the case."""

    open_case_requested = Signal(str)
    failed = Signal(object)          # the error, for the window to report

    def __init__(self, vault, runner: BackgroundRunner, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.runner, self.language = vault, runner, language
        self.findings: list[Finding] = []
        self._generation = 0
        self.as_of = QLineEdit()
        self.as_of.setMaximumWidth(120)
        self.as_of.editingFinished.connect(self.reload)
        self.as_of_label = QLabel(buddy=self.as_of)
        self.whereabouts_days = QSpinBox(minimum=0, maximum=3650)
        self.whereabouts_label = QLabel(buddy=self.whereabouts_days)
        self.deferrals = QSpinBox(minimum=0, maximum=100)
        self.deferrals_label = QLabel(buddy=self.deferrals)
        self.apply_button = QPushButton()
        self.apply_button.clicked.connect(self.save_settings)
        self.count_label = QLabel()
        self.rule_filter = QComboBox()              # one rule, or all; each with how many cases
        self.rule_filter.currentIndexChanged.connect(lambda _: self._show(refill=False))
        self.rule_label = QLabel(buddy=self.rule_filter)
        top = QHBoxLayout()
        for widget in (self.as_of_label, self.as_of, self.rule_label, self.rule_filter, self.whereabouts_label,
                       self.whereabouts_days, self.deferrals_label, self.deferrals, self.apply_button):
            top.addWidget(widget)
        top.addStretch()
        top.addWidget(self.count_label)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMNS.index("summary"), QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(
            lambda row, _column: self.open_case_requested.emit(self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)))
        self.table.itemSelectionChanged.connect(self._selected)
        self.detail = QLabel()                      # the selected row's sentence and legal basis, whole
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: gray")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.empty)
        self.retranslate()

    def retranslate(self) -> None:
        self.as_of_label.setText(self.tr("As of"))
        self.rule_label.setText(self.tr("Rule"))
        self.as_of.setPlaceholderText(self.tr("today"))
        self.as_of.setAccessibleName(self.tr("Deadlines as of (day/month/year)"))
        self.whereabouts_label.setText(self.tr("Whereabouts unknown, days"))
        self.whereabouts_days.setAccessibleName(self.tr("Days with whereabouts unknown before warning"))
        self.deferrals_label.setText(self.tr("Deferred hearings tolerated"))
        self.deferrals.setAccessibleName(self.tr("Deferred hearings tolerated before warning"))
        self.apply_button.setText(self.tr("Apply limits"))
        self.apply_button.setToolTip(self.tr("Keep these limits in this vault, for everyone who uses it"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Rule"), self.tr("Since"), self.tr("By"),
                                              self.tr("What"), self.tr("Legal basis")])
        self.empty.setText(self.tr("No deadline is reached or near on this date."))
        metrics = self.table.fontMetrics()
        for column, sample in ((0, "María Alejandra Rodríguez Pérez"), (1, "Privación preventiva vencida"),
                               (2, "00/00/0000"), (3, "≥ 0000 d"), (5, "Constitución, art. 44.1")):
            self.table.horizontalHeader().resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        self._show()

    def chosen_date(self) -> date | None:
        text = self.as_of.text().strip()
        if not text:
            self.as_of.setStyleSheet("")
            return date.today()
        try:
            value = parse_date(text).value
        except CaseDeskError as error:
            self.as_of.setStyleSheet("border: 1px solid #b71c1c")
            self.failed.emit(error)
            return None
        self.as_of.setStyleSheet("")
        return value

    def reload(self) -> None:
        """Evaluate the rules in the background (well under two seconds at 100k cases)."""
        from casedesk.services.deadlines import deadline_settings, deadlines_as_of
        as_of = self.chosen_date()
        if as_of is None:
            return
        settings = deadline_settings()
        for spin, name in ((self.whereabouts_days, "whereabouts_days"), (self.deferrals, "deferrals")):
            spin.blockSignals(True)
            spin.setValue(settings[name])
            spin.blockSignals(False)
        self._generation += 1
        generation = self._generation

        def show(findings: list[Finding]) -> None:
            if generation == self._generation:
                self.findings = findings
                self._show()

        self.runner.run(lambda: deadlines_as_of(as_of), show, self.failed.emit)

    def save_settings(self) -> None:
        from casedesk.services.deadlines import set_deadline_settings
        try:
            set_deadline_settings(self.vault, whereabouts_days=self.whereabouts_days.value(),
                                  deferrals=self.deferrals.value())
        except CaseDeskError as error:
            self.failed.emit(error)
            return
        self.reload()

    def _fill_rules(self) -> None:
        counts = {rule: 0 for rule in RULES}
        for finding in self.findings:
            counts[finding.rule] += 1
        chosen = self.rule_filter.currentData()
        self.rule_filter.blockSignals(True)
        self.rule_filter.clear()
        self.rule_filter.addItem(self.tr("All (%1)").replace("%1", show_number(len(self.findings))), None)
        for code, rule in RULES.items():
            self.rule_filter.addItem(f"{rule.short(self.language)} ({show_number(counts[code])})", code.value)
            self.rule_filter.setItemData(self.rule_filter.count() - 1, rule.name(self.language),
                                         Qt.ItemDataRole.ToolTipRole)
        self.rule_filter.setCurrentIndex(max(0, self.rule_filter.findData(chosen)))
        self.rule_filter.blockSignals(False)

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.detail.clear()
            return
        row = rows[0].row()
        self.detail.setText(f"{self.table.item(row, 0).text()}: {self.table.item(row, 4).text()}.\n"
                            f"{self.table.item(row, 5).text()}")

    def _show(self, *, refill: bool = True) -> None:
        if refill:
            self._fill_rules()
        chosen = self.rule_filter.currentData()
        self.table.setRowCount(0)
        self.detail.clear()
        self.table.setUpdatesEnabled(False)
        for finding in self.findings:
            if chosen and finding.rule.value != chosen:
                continue
            rule = RULES[finding.rule]
            amount = self._amount(finding)
            cells = [finding.name, rule.short(self.language), show_date(finding.since.isoformat()), amount,
                     describe(finding, self.language), rule.basis(self.language)]
            row = self.table.rowCount()
            self.table.insertRow(row)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, finding.case_id)
                item.setToolTip(text)
                if rule.reminder:
                    item.setForeground(Qt.GlobalColor.darkGray)
                self.table.setItem(row, column, item)
        self.table.setUpdatesEnabled(True)
        self.count_label.setText(self.tr("%Ln deadlines", "", self.table.rowCount()))
        self.empty.setVisible(not self.table.rowCount())

    def _amount(self, finding: Finding) -> str:
        if finding.amount is None:
            return ""
        if finding.unit == "times":
            text = self.tr("%Ln more", "", finding.amount)
        else:
            text = self.tr("%Ln d", "days", finding.amount)
        return ("≥ " if finding.at_least else "≈ " if finding.approximate else "") + text

    def clear(self) -> None:
        self._generation += 1
        self.findings = []
        self.table.setRowCount(0)
        self.rule_filter.clear()
        self.detail.clear()
        self.count_label.clear()

    def rows(self) -> list[dict[str, Any]]:
        """What the table shows, as plain data (tests and the screenshots read it)."""
        return [{name: self.table.item(row, column).text() for column, name in enumerate(COLUMNS)}
                for row in range(self.table.rowCount())]


def full_agenda(days: int = 30) -> list:
    """The cases' dated events, the proceedings' hearings and the deadlines ahead, soonest
    first; on one day, events before deadlines."""
    from casedesk.services.deadlines import court_agenda
    from casedesk.services.search import agenda
    return sorted(agenda(days) + court_agenda(days), key=lambda item: (item.date, item.kind.startswith("deadline:")))
