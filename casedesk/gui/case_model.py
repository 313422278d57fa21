"""The case list as a Qt table model that reads pages from the vault as the view needs them.

Only the rows the view has asked for are held, a bounded number of pages at a time, so a
list of 100k cases costs the same memory as a list of a thousand. The first pages are read
directly; further down, a list of the matching row ids (8 bytes a case), built in the
background, takes the view to any page at once. Until it arrives, far rows show "…" rather
than freezing the window while SQLite counts its way down with OFFSET (0.5 s at 100k).
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from dataclasses import replace
from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTimer,
)
from PySide6.QtGui import QIcon

from casedesk.domain.vocabulary import CivilianMilitary, Stage, Status
from casedesk.gui.i18n import show_date, show_number
from casedesk.paths import resource_path
from casedesk.gui.tasks import BackgroundRunner
from casedesk.services.search import (
    CaseQuery, CaseRow, SortBy, cases_by_ids, count_cases, list_cases, ordered_case_ids,
)


class Column(IntEnum):
    NAME = 0
    NATIONAL_ID = 1
    STATUS = 2
    FACILITY = 3
    ARREST_DATE = 4
    DAYS_HELD = 5
    UPDATED = 6
    STAGE = 7
    STATE = 8
    AGENCY = 9
    CIVILIAN_MILITARY = 10
    NATIONALITY = 11


#: Shown until the user chooses otherwise (View → Columns, or the header's context menu).
DEFAULT_COLUMNS = (Column.NAME, Column.NATIONAL_ID, Column.STATUS, Column.FACILITY, Column.ARREST_DATE,
                   Column.DAYS_HELD)


# Translated when shown, so a language switch only needs a headerDataChanged.
_HEADERS = {
    Column.NAME: QT_TRANSLATE_NOOP("CaseTableModel", "Name"),
    Column.NATIONAL_ID: QT_TRANSLATE_NOOP("CaseTableModel", "National ID"),
    Column.STATUS: QT_TRANSLATE_NOOP("CaseTableModel", "Status"),
    Column.FACILITY: QT_TRANSLATE_NOOP("CaseTableModel", "Facility"),
    Column.ARREST_DATE: QT_TRANSLATE_NOOP("CaseTableModel", "Arrested"),
    Column.DAYS_HELD: QT_TRANSLATE_NOOP("CaseTableModel", "Days held"),
    Column.UPDATED: QT_TRANSLATE_NOOP("CaseTableModel", "Last change"),
    Column.STAGE: QT_TRANSLATE_NOOP("CaseTableModel", "Court stage"),
    Column.STATE: QT_TRANSLATE_NOOP("CaseTableModel", "State"),
    Column.AGENCY: QT_TRANSLATE_NOOP("CaseTableModel", "Agency"),
    Column.CIVILIAN_MILITARY: QT_TRANSLATE_NOOP("CaseTableModel", "Civilian/military"),
    Column.NATIONALITY: QT_TRANSLATE_NOOP("CaseTableModel", "Nationality"),
}
_SORT_BY = {
    Column.NAME: SortBy.NAME, Column.NATIONAL_ID: SortBy.NATIONAL_ID, Column.STATUS: SortBy.STATUS,
    Column.FACILITY: SortBy.FACILITY, Column.ARREST_DATE: SortBy.ARREST_DATE,
    Column.DAYS_HELD: SortBy.DAYS_HELD, Column.UPDATED: SortBy.UPDATED, Column.STAGE: SortBy.STAGE,
    Column.STATE: SortBy.STATE, Column.AGENCY: SortBy.AGENCY, Column.CIVILIAN_MILITARY: SortBy.CIVILIAN_MILITARY,
    Column.NATIONALITY: SortBy.NATIONALITY,
}

_STATUS_ICONS: dict[str, QIcon] = {}


def status_icon(status: str) -> QIcon:
    """Each status its own shape as well as its own colour (Okabe–Ito colours, which people
    with the common colour-vision deficiencies tell apart): bars for detained, a house, a
    question mark for whereabouts unknown, a check (dashed underline while conditions apply),
    a cross for deceased, a dashed ring for unknown."""
    if status not in _STATUS_ICONS:
        known = status if status in Status._value2member_map_ else Status.UNKNOWN.value
        _STATUS_ICONS[status] = QIcon(str(resource_path("icons", f"status-{known}.svg")))
    return _STATUS_ICONS[status]


CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class CaseTableModel(QAbstractTableModel):
    PAGE_SIZE = 100
    MAX_PAGES = 40          # at most 4,000 rows in memory, whatever the list's length
    DIRECT_PAGES = 3        # read with OFFSET; deeper pages wait for the id list
    PREFETCH_DELAY_MS = 400

    def __init__(self, language: str = "en", parent=None, *, runner: BackgroundRunner | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.runner = runner
        self._query = CaseQuery()
        self._count = 0
        self._pages: OrderedDict[int, list[CaseRow]] = OrderedDict()
        self._ids: array | None = None
        self._ids_requested = False
        self._generation = 0

    # --- what the view shows -------------------------------------------------------------
    @property
    def query(self) -> CaseQuery:
        return self._query

    def set_query(self, query: CaseQuery, count: int | None = None) -> None:
        """Show the cases `query` matches (count them here unless the caller already did)."""
        self.beginResetModel()
        self._query = query
        self._count = count_cases(query) if count is None else count
        self._forget_rows()
        self.endResetModel()
        if self.runner is not None and self._count > self.DIRECT_PAGES * self.PAGE_SIZE:
            # Ready before anyone scrolls far, but not built for every keystroke of a search.
            generation = self._generation
            QTimer.singleShot(self.PREFETCH_DELAY_MS,
                              lambda: self._request_ids() if generation == self._generation else None)

    def refresh(self) -> None:
        self.set_query(self._query)

    def clear(self) -> None:
        """Drop every row (the vault is locking)."""
        self.beginResetModel()
        self._count = 0
        self._forget_rows()
        self.endResetModel()

    def _forget_rows(self) -> None:
        self._pages.clear()
        self._ids = None
        self._ids_requested = False
        self._generation += 1

    def cached_rows(self) -> int:
        return sum(len(page) for page in self._pages.values())

    def case_row(self, row: int) -> CaseRow | None:
        if not 0 <= row < self._count:
            return None
        page_number, offset = divmod(row, self.PAGE_SIZE)
        page = self._page(page_number)
        return page[offset] if page is not None and offset < len(page) else None

    def _page(self, number: int) -> list[CaseRow] | None:
        """A page of rows, or None while the id list it needs is being built."""
        if number in self._pages:
            self._pages.move_to_end(number)
            return self._pages[number]
        if self._ids is None and number >= self.DIRECT_PAGES and self.runner is not None:
            self._request_ids()
        if self._ids is not None:
            start = number * self.PAGE_SIZE
            page = cases_by_ids(self._ids[start:start + self.PAGE_SIZE])
        elif number < self.DIRECT_PAGES or self.runner is None:
            page = list_cases(number * self.PAGE_SIZE, self.PAGE_SIZE, self._query, matches=self._count)
        else:
            return None
        self._pages[number] = page
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def _request_ids(self) -> None:
        if self._ids_requested:
            return
        self._ids_requested = True
        generation, query = self._generation, self._query

        def arrived(ids: array) -> None:
            if generation == self._generation:
                self._ids = ids
                if self._count:
                    self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(Column) - 1))

        self.runner.run(lambda: ordered_case_ids(query), arrived, lambda _error: None)

    # --- QAbstractTableModel --------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            return QCoreApplication.translate("CaseTableModel", _HEADERS[Column(section)])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.column() < len(Column):
            return None
        case = self.case_row(index.row())
        if case is None:
            loading = role == Qt.ItemDataRole.DisplayRole and index.column() == Column.NAME
            return "…" if loading else None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(case, column)
        if role == CASE_ID_ROLE:
            return case.id
        if role == SORT_ROLE:
            return self._sort_value(case, column)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.STATUS:
            return status_icon(case.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._display(case, column) or None        # the whole value where the column cuts it
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.DAYS_HELD:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, case: CaseRow, column: Column) -> str:
        if column == Column.NAME:
            return case.name
        if column == Column.NATIONAL_ID:
            return case.national_id or ""
        if column == Column.STATUS:
            return Status(case.status).label(self.language)
        if column == Column.FACILITY:
            return case.facility or ""
        if column == Column.ARREST_DATE:
            return show_date(case.arrest_date, case.arrest_date_precision)
        if column == Column.DAYS_HELD:
            return "" if case.days_held is None else show_number(case.days_held)
        if column == Column.UPDATED:
            return show_date(case.updated_at[:10])
        if column == Column.STAGE:
            return Stage(case.stage).label(self.language) if case.stage in Stage._value2member_map_ else case.stage
        if column == Column.STATE:
            return case.state
        if column == Column.AGENCY:
            return case.agency or ""
        if column == Column.CIVILIAN_MILITARY:
            return CivilianMilitary(case.civilian_military).label(self.language) \
                if case.civilian_military in CivilianMilitary._value2member_map_ else case.civilian_military
        return case.nationality

    def _sort_value(self, case: CaseRow, column: Column):
        if column == Column.DAYS_HELD:
            return case.days_held or 0
        if column == Column.ARREST_DATE:
            return case.arrest_date or ""
        if column == Column.UPDATED:
            return case.updated_at
        return self._display(case, column)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self._query, sort_by=_SORT_BY[Column(column)], descending=descending))
