"""The dashboard: people held today and the change over 30 days, the paragraph the press quotes
(one click copies it), monthly charts of people held and of releases verified, and counts by
status, facility and every census breakdown with how many are not recorded; clicking a status
or a facility filters the case list."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPainterPath, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSizePolicy, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from casedesk.domain.vocabulary import HELD_STATUSES, CivilianMilitary, Health, Sex, Stage, Status
from casedesk.gui.i18n import show_date
from casedesk.reports.common import nice_step
from casedesk.services.census import FOREIGN_COUNTRY_NOT_RECORDED, Overview, press_summary

ACCENT = QColor("#1f4e79")
RELEASES = QColor("#2e7d32")
_FILTER_ROLE = Qt.ItemDataRole.UserRole + 1


class HeldChart(QWidget):
    """Bars of the held count at each month's end; the last bar is today."""

    def __init__(self, parent: QWidget | None = None, colour: QColor = ACCENT, height: int = 180) -> None:
        super().__init__(parent)
        self.series: list[tuple[date, int]] = []
        self.colour = colour
        self.setMinimumHeight(height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_series(self, series: list[tuple[date, int]]) -> None:
        self.series = series
        self.setToolTip("\n".join(f"{show_date(day.isoformat())}: {count}" for day, count in series[-12:]))
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        area = QRectF(self.rect()).adjusted(48, 10, -10, -24)
        highest = max((count for _, count in self.series), default=0)
        step = nice_step(highest)
        top = max(step, -(-highest // step) * step)
        metrics = painter.fontMetrics()
        for value in range(0, top + 1, step):
            y = area.bottom() - area.height() * value / top
            painter.setPen(QColor("#c8ced4"))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(text_color)
            label = QLocale().toString(value)
            painter.drawText(QPointF(area.left() - 6 - metrics.horizontalAdvance(label), y + metrics.ascent() / 2 - 1),
                             label)
        if not self.series:
            return
        slot = area.width() / len(self.series)
        bars = QPainterPath()
        for index, (_, count) in enumerate(self.series):
            height = area.height() * count / top
            bars.addRect(QRectF(area.left() + index * slot + slot * 0.12, area.bottom() - height, slot * 0.76, height))
        painter.fillPath(bars, self.colour)
        painter.setPen(text_color)
        every = max(1, round(len(self.series) / 6))
        for index in range(0, len(self.series), every):
            day = self.series[index][0]
            label = f"{day.month:02d}/{day.year}"
            x = area.left() + (index + 0.5) * slot - metrics.horizontalAdvance(label) / 2
            painter.drawText(QPointF(x, area.bottom() + metrics.ascent() + 6), label)
        painter.end()


class Dashboard(QWidget):
    """Emits `filter_requested(status, facility_uuid)`: "held" or a status code, and a facility."""

    filter_requested = Signal(object, object)
    census_report_requested = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.figures: Overview | None = None
        self.held_button = QPushButton()
        self.held_button.setFlat(True)
        self.held_button.setCursor(Qt.CursorShape.PointingHandCursor)
        font = QFont(self.held_button.font())
        font.setPointSizeF(font.pointSizeF() * 2.6)
        font.setBold(True)
        self.held_button.setFont(font)
        self.held_button.setStyleSheet(f"color: {ACCENT.name()}; text-align: left")
        self.held_button.clicked.connect(lambda: self.filter_requested.emit("held", None))
        self.change_label = QLabel()
        self.title_label = QLabel()
        self.chart_label = QLabel()
        self.report_button = QPushButton()
        self.report_button.clicked.connect(self.census_report_requested.emit)
        self.chart = HeldChart()
        self.releases_label = QLabel()
        self.releases_chart = HeldChart(colour=RELEASES, height=90)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_summary)
        self.status_table = self._table()
        self.facility_table = self._table()
        self.breakdown_table = self._table(columns=3)

        heading = QHBoxLayout()
        figure = QVBoxLayout()
        figure.addWidget(self.title_label)
        figure.addWidget(self.held_button, 0, Qt.AlignmentFlag.AlignLeft)
        figure.addWidget(self.change_label)
        heading.addLayout(figure)
        heading.addStretch()
        heading.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignTop)
        tables = QGridLayout()
        self.status_heading, self.facility_heading, self.breakdown_heading = QLabel(), QLabel(), QLabel()
        tables.addWidget(self.status_heading, 0, 0)
        tables.addWidget(self.facility_heading, 0, 1)
        tables.addWidget(self.breakdown_heading, 0, 2)
        tables.addWidget(self.status_table, 1, 0)
        tables.addWidget(self.facility_table, 1, 1)
        tables.addWidget(self.breakdown_table, 1, 2)
        summary = QHBoxLayout()
        summary.addWidget(self.summary, 1)
        summary.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addLayout(summary)
        layout.addWidget(self.chart_label)
        layout.addWidget(self.chart, 2)
        layout.addWidget(self.releases_label)
        layout.addWidget(self.releases_chart, 1)
        layout.addLayout(tables, 3)
        self.retranslate()

    def _table(self, columns: int = 2) -> QTableWidget:
        table = QTableWidget(0, columns)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, columns):
            table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.setCursor(Qt.CursorShape.PointingHandCursor)
        table.itemActivated.connect(self._row_chosen)      # Enter, or a double click
        table.itemClicked.connect(self._row_chosen)
        return table

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("People held today"))
        self.chart_label.setText(self.tr("People held at the end of each month"))
        self.report_button.setText(self.tr("Census report (PDF)…"))
        self.status_heading.setText(self.tr("<b>By status</b> (people) — click to list them"))
        self.facility_heading.setText(self.tr("<b>Held, by facility</b> — click to list them"))
        self.breakdown_heading.setText(self.tr("<b>Held, by what the census publishes</b> (not recorded)"))
        self.releases_label.setText(self.tr("Releases verified each month"))
        self.copy_button.setText(self.tr("&Copy the paragraph"))
        self.copy_button.setToolTip(self.tr("Copy the census paragraph, ready to paste into a statement"))
        self.held_button.setToolTip(self.tr("List the people held"))
        if self.figures is not None:
            self.show_figures(self.figures)

    def show_figures(self, figures: Overview) -> None:
        self.figures = figures
        self.held_button.setText(QLocale().toString(figures.held))
        change = figures.held - figures.held_30_days_ago
        self.change_label.setText(
            self.tr("%1 in the last 30 days (%2 on %3)")
            .replace("%1", ("+" if change > 0 else "") + QLocale().toString(change) if change else "±0")
            .replace("%2", QLocale().toString(figures.held_30_days_ago))
            .replace("%3", show_date((figures.today - timedelta(days=30)).isoformat())))
        self.chart.set_series(figures.series)
        held = {status.value for status in HELD_STATUSES}
        rows = sorted(((Status(code).label(self.language), count, (code, None))
                       for code, count in figures.by_status.items()),
                      key=lambda row: (row[2][0] not in held, -row[1]))      # the held statuses first
        self._fill(self.status_table, rows)
        self._fill(self.facility_table, [(name or self.tr("Not recorded"), count,
                                          ("held", facility_id) if facility_id is not None else (None, None))
                                         for facility_id, name, count in figures.by_facility])
        self.releases_chart.set_series(figures.releases)
        census = figures.census.to_json() if figures.census is not None else None
        self.summary.setText(press_summary(census, self.language) if census else "")
        self.copy_button.setEnabled(census is not None)
        self._fill_breakdowns(census)

    def copy_summary(self) -> None:
        if self.summary.text():
            QGuiApplication.clipboard().setText(self.summary.text())

    def _fill_breakdowns(self, census: dict | None) -> None:
        """Each breakdown as a heading row (with how many are not recorded) and its counts."""
        self.breakdown_table.setRowCount(0)
        if census is None:
            return
        unknown = census["unknown"]
        values = {"minor": self.tr("Minor when arrested"), "adult": self.tr("Adult when arrested"),
                  Health.SERIOUS.value: Health.SERIOUS.label(self.language),
                  Health.NOT_SERIOUS.value: Health.NOT_SERIOUS.label(self.language),
                  FOREIGN_COUNTRY_NOT_RECORDED: self.tr("Foreign, country not recorded")}
        sections = (
            ("by_stage", self.tr("Procedural stage"), "stage", Stage),
            ("by_minor", self.tr("Minors when arrested"), "minor", None),
            ("by_health", self.tr("Serious illness"), "health", None),
            ("by_whereabouts_unknown_days", self.tr("Forced disappearance (days)"), "forced_disappearance", None),
            ("by_state", self.tr("State"), "state", None),
            ("by_sex", self.tr("Sex"), "sex", Sex),
            ("by_civilian_military", self.tr("Civilian or military"), "civilian_military", CivilianMilitary),
            ("by_country", self.tr("Country"), "country", None),
        )
        for key, title, coverage, vocabulary in sections:
            heading = self._append(self.breakdown_table, [title, "", self.tr("%1 not recorded").replace(
                "%1", QLocale().toString(unknown.get(coverage, 0)))])
            font = QFont(self.breakdown_table.font())
            font.setBold(True)
            for column in range(3):
                self.breakdown_table.item(heading, column).setFont(font)
            counts = census.get(key, {})
            if key == "by_whereabouts_unknown_days":
                rows = [(self.tr("%1 days").replace("%1", label), count) for label, count in counts.items()]
                rows.insert(0, (self.tr("Now"), census["forced_disappearance"]["held"]))
            else:
                rows = sorted(counts.items(), key=lambda item: -item[1])
            for value, count in rows:
                if key != "by_whereabouts_unknown_days" and value in ("unknown", "—"):
                    continue                        # in the heading's "not recorded"
                if vocabulary is not None and value in vocabulary._value2member_map_:
                    value = vocabulary(value).label(self.language)
                self._append(self.breakdown_table, ["    " + values.get(value, value), QLocale().toString(count), ""])

    @staticmethod
    def _append(table: QTableWidget, texts: list[str]) -> int:
        row = table.rowCount()
        table.insertRow(row)
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setData(_FILTER_ROLE, (None, None))
            if column:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)
        return row

    def clear(self) -> None:
        self.figures = None
        self.held_button.setText("")
        self.change_label.clear()
        self.chart.set_series([])
        self.releases_chart.set_series([])
        self.summary.clear()
        self.copy_button.setEnabled(False)
        self.status_table.setRowCount(0)
        self.facility_table.setRowCount(0)
        self.breakdown_table.setRowCount(0)

    def _fill(self, table: QTableWidget, rows: list[tuple[str, int, tuple]]) -> None:
        table.setRowCount(0)
        for label, count, target in rows:
            row = table.rowCount()
            table.insertRow(row)
            for column, text in enumerate((label, QLocale().toString(count))):
                item = QTableWidgetItem(text)
                item.setData(_FILTER_ROLE, target)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)

    def _row_chosen(self, item: QTableWidgetItem) -> None:
        status, facility_id = item.data(_FILTER_ROLE)
        if facility_id is None and status is None:
            return
        self.filter_requested.emit(status, facility_id)
