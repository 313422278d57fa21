"""The main window: the case list with search and filters, the selected case, the agenda."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QInputDialog, QLabel,
    QLineEdit, QMainWindow, QMessageBox, QProgressBar, QProgressDialog, QPushButton, QSplitter, QTableView, QTableWidget,
    QTableWidgetItem, QTabWidget, QTextBrowser, QToolBar, QVBoxLayout, QWidget,
)

import peewee

from casedesk import __version__, paths
from casedesk.domain.errors import CaseDeskError
from casedesk.domain.normalize import parse_date
from casedesk.domain.vocabulary import CivilianMilitary, EventKind, HearingOutcome, Status
from casedesk.gui.case_editor import CaseEditor
from casedesk.gui.case_model import CASE_ID_ROLE, DEFAULT_COLUMNS, CaseTableModel, Column
from casedesk.gui.census_dialog import CensusDialog
from casedesk.gui.compare_dialog import CompareDialog
from casedesk.gui.dashboard import Dashboard
from casedesk.gui.deadlines_view import DeadlinesView, agenda_event_text, full_agenda
from casedesk.gui.documents import ask_folder, forget_folders
from casedesk.gui.dossier_dialog import DossierDialog
from casedesk.gui.i18n import show_date, show_number
from casedesk.gui.theme import THEMES
from casedesk.gui.exchange import BundleExportDialog, BundleReceiver, ConflictDialog, ExchangeDialog
from casedesk.gui.export_dialog import ExportDialog
from casedesk.gui.help import ManualDialog
from casedesk.gui.recovery_sheet import RecoverySheetDialog
from casedesk.gui.import_wizard import ImportWizard
from casedesk.gui.review_dialog import ReviewDialog
from casedesk.gui.tasks import BackgroundRunner
from casedesk.gui.team_dialog import TeamDialog, TeamStatusLine, TeamSync
from casedesk.gui.verification_queue import VerificationQueue
from casedesk.paths import resource_path
from casedesk.services.cases import case_details, delete_case, find_case
from casedesk.services.proceedings import timeline_of
from casedesk.services.backups import make_backup
from casedesk.services.census import Overview, overview
from casedesk.services.recovery import new_recovery_sheet
from casedesk.services.integrity import verify_vault
from casedesk.services.search import CaseQuery, agenda, case_position, count_cases, filter_choices
from casedesk.services.workspace import drafts, save_filter, saved_filters
from casedesk.storage.database import damage_from
from casedesk.storage.vault import Vault

SEARCH_DELAY_MS = 50      # waits for a pause in typing; part of the 100 ms keystroke budget
CLIPBOARD_SECONDS = 30    # a copied case id leaves the clipboard after this long
AGENDA_COLUMNS = ("date", "event", "name", "court", "case_file")


def icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", f"{name}.svg")))


class MainWindow(QMainWindow):
    lock_requested = Signal()
    language_requested = Signal(str)
    preferences_requested = Signal()
    theme_requested = Signal(str)
    columns_changed = Signal(list)   # the names of the case list's visible columns, to remember
    closing = Signal(str)            # the window's geometry, to remember

    def __init__(self, vault: Vault, runner: BackgroundRunner, language: str, *, compact: bool = False) -> None:
        super().__init__()
        self.vault, self.runner, self.language = vault, runner, language
        self.editors: list[CaseEditor] = []
        self._epoch = 0                     # one per unlocked session of this window
        self.last_change: dict | None = None
        self.copied_text: str | None = None
        self._new_counter = 0
        self._query_generation = 0
        self.setWindowIcon(icon("casedesk"))
        self.resize(1280, 800)

        self.model = CaseTableModel(language, self, runner=runner)
        self.team_sync = TeamSync(runner, language, self)       # passes while unlocked (Controller starts it)
        self.team_line = TeamStatusLine(self.team_sync)
        self._build_actions()
        self._build_central()
        self._build_menus_and_toolbar()
        self.set_compact(compact)
        self.demo_label = QLabel()
        self.demo_label.setStyleSheet("color: #b71c1c; font-weight: bold")
        self.retranslate()
        self.busy = QProgressBar(minimum=0, maximum=0, maximumWidth=120, textVisible=False)
        self.busy.setVisible(False)
        self.statusBar().addPermanentWidget(self.demo_label)
        self.statusBar().addPermanentWidget(self.busy)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_query)
        self.read_only_label = QLabel()
        self.read_only_label.setStyleSheet("color: #b71c1c; font-weight: bold")
        self.statusBar().addPermanentWidget(self.read_only_label)
        self.statusBar().addPermanentWidget(self.team_line)
        self.team_line.link_requested.connect(self._team_link)
        self.team_sync.received.connect(self._team_changes_arrived)
        self.show_read_only()
        self.reload()

    # --- building --------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        def action(name: str, slot, shortcut=None, icon_name: str | None = None) -> QAction:
            act = QAction(self)
            act.setObjectName(name)
            if icon_name:
                act.setIcon(icon(icon_name))
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(lambda _checked=False: slot())    # no slot takes `checked` for an argument
            self.addAction(act)
            return act
        self.new_action = action("new_case", self.new_case, QKeySequence.StandardKey.New, "new")
        self.edit_action = action("edit_case", self.edit_selected, "Ctrl+E", "edit")
        self.delete_action = action("delete_case", self.delete_selected, QKeySequence.StandardKey.Delete, "delete")
        self.dossier_action = action("dossier", self.make_dossier, "Ctrl+Shift+D", "dossier")
        self.census_action = action("census", self.make_census_report, "Ctrl+Shift+P")
        self.import_action = action("import", self.import_spreadsheet, "Ctrl+I")
        self.review_action = action("review", self.review_rows)
        self.compare_action = action("compare", self.compare_list)
        self.export_action = action("export", self.export_list, "Ctrl+Shift+E")
        self.send_bundle_action = action("send_bundle", self.send_bundle, "Ctrl+Shift+B")
        self.receive_bundle_action = action("receive_bundle", self.choose_bundle_to_receive)
        self.colleagues_action = action("colleagues", self.show_colleagues)
        self.team_action = action("team", self.show_team, "Ctrl+Shift+T")
        self.backup_action = action("backup", lambda: self.back_up(None))
        self.backup_elsewhere_action = action("backup_elsewhere", self.back_up_elsewhere)
        self.recovery_action = action("recovery_sheet", self.make_recovery_sheet)
        self.letterhead_action = action("letterhead", self.edit_letterhead)
        self.lock_action = action("lock", self.lock_requested.emit, "Ctrl+L", "lock")
        self.check_action = action("check", self.check_vault)
        self.quit_action = action("quit", self.close, QKeySequence.StandardKey.Quit)
        self.undo_action = action("undo", self.undo_last_change, QKeySequence.StandardKey.Undo, "undo")
        self.find_action = action("find", lambda: self.search_box.setFocus(), QKeySequence.StandardKey.Find)
        self.copy_id_action = action("copy_id", self.copy_case_id, "Ctrl+Shift+C")
        self.compact_action = action("compact", lambda checked: self.set_compact(checked))
        self.compact_action.setCheckable(True)
        self.about_action = action("about", self.show_about)
        self.manual_action = action("manual", self.show_manual, QKeySequence.StandardKey.HelpContents)
        self.preferences_action = action("preferences", self.preferences_requested.emit,
                                         QKeySequence.StandardKey.Preferences)
        self.language_group = QActionGroup(self)
        self.language_actions = {}
        for code in ("system", "es", "en"):
            act = QAction(self, checkable=True)
            act.triggered.connect(lambda _=False, c=code: self.language_requested.emit(c))
            self.language_group.addAction(act)
            self.language_actions[code] = act
        self.theme_group = QActionGroup(self)
        self.theme_actions = {}
        for code in THEMES:
            act = QAction(self, checkable=True)
            act.triggered.connect(lambda _=False, c=code: self.theme_requested.emit(c))
            self.theme_group.addAction(act)
            self.theme_actions[code] = act
        self.column_actions = {}
        for column in Column:
            act = QAction(self, checkable=True, checked=column in DEFAULT_COLUMNS)
            act.setEnabled(column != Column.NAME)           # a list without names means nothing
            act.toggled.connect(lambda shown, c=column: self._show_column(c, shown))
            self.column_actions[column] = act

    def _build_central(self) -> None:
        self.search_box = QLineEdit(clearButtonEnabled=True)
        self.search_box.textChanged.connect(lambda _: self._search_timer.start())
        self.status_filter = QComboBox()
        self.facility_filter = QComboBox()
        self.agency_filter = QComboBox()
        self.military_filter = QComboBox()
        self.nationality_filter = QComboBox()
        self.proceeding_filter = QComboBox()        # a proceeding's defendants
        self.arrested_from = QLineEdit()
        self.arrested_to = QLineEdit()
        for combo in (self.status_filter, self.facility_filter, self.agency_filter, self.military_filter,
                      self.nationality_filter, self.proceeding_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            combo.currentIndexChanged.connect(lambda _: self.apply_query())
        for edit in (self.arrested_from, self.arrested_to):
            edit.setMaximumWidth(110)
            edit.editingFinished.connect(self.apply_query)
        self.saved_filter_box = QComboBox()
        # Sized to its words whenever they change: sized once, at the first show, it cut
        # "Filtros guardados…" to "Filtros guardad" after View → Language → Español.
        self.saved_filter_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.saved_filter_box.activated.connect(self._apply_saved_filter)
        self.save_filter_button = QPushButton()
        self.save_filter_button.clicked.connect(self.save_current_filter)
        self.count_label = QLabel()

        filters = QHBoxLayout()
        self.filter_labels = {}
        for key, widget in (("status", self.status_filter), ("facility", self.facility_filter),
                            ("agency", self.agency_filter), ("military", self.military_filter),
                            ("nationality", self.nationality_filter), ("proceeding", self.proceeding_filter)):
            self.filter_labels[key] = QLabel(buddy=widget)       # a screen reader names the box by its label
            filters.addWidget(self.filter_labels[key])
            filters.addWidget(widget)
        filters.addStretch()

        saved_row = QHBoxLayout()
        for key, widget in (("from", self.arrested_from), ("to", self.arrested_to)):
            self.filter_labels[key] = QLabel()
            saved_row.addWidget(self.filter_labels[key])
            saved_row.addWidget(widget)
        saved_row.addSpacing(24)
        saved_row.addWidget(self.saved_filter_box)
        saved_row.addWidget(self.save_filter_button)
        saved_row.addStretch()
        saved_row.addWidget(self.count_label)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)   # several for one dossier
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)      # cut values show whole in a tooltip
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.table.viewport().installEventFilter(self)          # the name column takes the room left
        self.search_box.installEventFilter(self)                # Down goes on to the results
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda position: self.columns_menu.exec(header.mapToGlobal(position)))
        for column in Column:
            self.table.setColumnHidden(column, column not in DEFAULT_COLUMNS)
        self.table.doubleClicked.connect(lambda _: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)      # a new search empties the selection

        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([960, 320])

        cases_page = QWidget()
        layout = QVBoxLayout(cases_page)
        layout.addLayout(filters)
        layout.addLayout(saved_row)
        layout.addWidget(splitter, 1)

        self.agenda_table = QTableWidget(0, len(AGENDA_COLUMNS))
        self.agenda_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agenda_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agenda_table.verticalHeader().setVisible(False)
        self.agenda_table.setWordWrap(False)
        self.agenda_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        agenda_header = self.agenda_table.horizontalHeader()
        agenda_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        agenda_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)    # the event takes what is left
        self.agenda_table.cellDoubleClicked.connect(self._open_agenda_row)

        self.queue = VerificationQueue(self.vault, self.language)
        self.queue.case_changed.connect(lambda case_id: self._case_saved(case_id, None))
        self.queue.failed.connect(lambda text: self.statusBar().showMessage(text, 10000))

        self.dashboard = Dashboard(self.language)
        self.dashboard.filter_requested.connect(self.show_cases_filtered)
        self.dashboard.census_report_requested.connect(self.make_census_report)

        self.tabs = QTabWidget()
        self.tabs.addTab(cases_page, "")
        self.tabs.addTab(self.agenda_table, "")
        self.tabs.addTab(self.queue, "")
        self.tabs.addTab(self.dashboard, "")
        self.deadlines_view = DeadlinesView(self.vault, self.runner, self.language)
        self.deadlines_view.open_case_requested.connect(self.open_editor)
        self.deadlines_view.failed.connect(self._report)
        self.tabs.addTab(self.deadlines_view, "")
        self._agenda_stale = True
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)

    def _build_menus_and_toolbar(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        for act in (self.new_action, self.edit_action, self.dossier_action, self.census_action, self.delete_action):
            self.file_menu.addAction(act)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.review_action)
        self.file_menu.addAction(self.compare_action)
        self.file_menu.addAction(self.export_action)
        self.file_menu.addSeparator()
        for act in (self.send_bundle_action, self.receive_bundle_action, self.colleagues_action, self.team_action):
            self.file_menu.addAction(act)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.backup_action)
        self.file_menu.addAction(self.backup_elsewhere_action)
        self.file_menu.addAction(self.recovery_action)
        self.file_menu.addAction(self.letterhead_action)
        self.file_menu.addAction(self.check_action)
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        for act in (self.undo_action, self.find_action, self.copy_id_action):
            self.edit_menu.addAction(act)
        self.view_menu = bar.addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        for act in self.language_actions.values():
            self.language_menu.addAction(act)
        self.theme_menu = self.view_menu.addMenu("")
        for act in self.theme_actions.values():
            self.theme_menu.addAction(act)
        self.columns_menu = self.view_menu.addMenu("")
        for act in self.column_actions.values():
            self.columns_menu.addAction(act)
        self.view_menu.addAction(self.compact_action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.preferences_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.manual_action)
        self.help_menu.addAction(self.about_action)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for act in (self.new_action, self.edit_action, self.dossier_action, self.lock_action):
            self.toolbar.addAction(act)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.search_box)
        self.addToolBar(self.toolbar)

    def retranslate(self) -> None:
        """Set every visible text in the current language (called again on a switch)."""
        self._show_which_vault()
        texts = {
            self.new_action: self.tr("&New case"), self.edit_action: self.tr("&Edit case"),
            self.delete_action: self.tr("&Delete case…"), self.lock_action: self.tr("&Lock"),
            self.quit_action: self.tr("&Quit"), self.undo_action: self.tr("&Undo last change"),
            self.find_action: self.tr("&Find"), self.copy_id_action: self.tr("Copy case &id"),
            self.compact_action: self.tr("&Compact rows"), self.about_action: self.tr("&About CaseDesk"),
            self.manual_action: self.tr("&Manual"),
            self.preferences_action: self.tr("&Preferences…"),
            self.check_action: self.tr("&Check the vault…"),
            self.dossier_action: self.tr("&Dossier (PDF)…"),
            self.census_action: self.tr("Census &report (PDF)…"),
            self.import_action: self.tr("&Import a list…"),
            self.review_action: self.tr("Rows to re&view…"),
            self.compare_action: self.tr("Co&mpare a list with the vault…"),
            self.export_action: self.tr("E&xport the list (CSV, XLSX)…"),
            self.send_bundle_action: self.tr("&Send cases to a colleague (bundle)…"),
            self.receive_bundle_action: self.tr("&Receive a bundle…"),
            self.colleagues_action: self.tr("Colleagues and exchange &keys…"),
            self.team_action: self.tr("&Team…"),
            self.backup_action: self.tr("&Back up now"),
            self.recovery_action: self.tr("Recovery &sheet…"),
            self.letterhead_action: self.tr("Organisation le&tterhead…"),
            self.backup_elsewhere_action: self.tr("Back up to &another folder (external drive)…"),
            self.language_actions["system"]: self.tr("As the system"),
            self.language_actions["es"]: "Español", self.language_actions["en"]: "English",
            self.theme_actions["system"]: self.tr("As the system"), self.theme_actions["light"]: self.tr("Light"),
            self.theme_actions["dark"]: self.tr("Dark"),
        }
        for act, text in texts.items():
            act.setText(text)
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.theme_menu.setTitle(self.tr("&Theme"))
        self.columns_menu.setTitle(self.tr("C&olumns of the case list"))
        for column, act in self.column_actions.items():
            act.setText(self.model.headerData(column, Qt.Orientation.Horizontal))
        self.help_menu.setTitle(self.tr("&Help"))
        self.search_box.setPlaceholderText(self.tr("Search by name, ID, facility or notes…"))
        labels = {"status": self.tr("Status"), "facility": self.tr("Facility"), "agency": self.tr("Agency"),
                  "military": self.tr("Civ./mil."), "nationality": self.tr("Nationality"),
                  "proceeding": self.tr("Proceeding"),
                  "from": self.tr("Arrested from"), "to": self.tr("to")}
        for key, text in labels.items():
            self.filter_labels[key].setText(text)
        self.search_box.setAccessibleName(self.tr("Search the cases"))
        for edit in (self.arrested_from, self.arrested_to):
            edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.arrested_from.setAccessibleName(self.tr("Arrested from (day/month/year)"))
        self.arrested_to.setAccessibleName(self.tr("Arrested until (day/month/year)"))
        self.saved_filter_box.setAccessibleName(self.tr("Saved filters"))
        self.save_filter_button.setText(self.tr("Save filter…"))
        self.tabs.setTabText(0, self.tr("Cases"))
        self.tabs.setTabText(1, self.tr("Agenda (next 30 days)"))
        self.tabs.setTabText(2, self.tr("Verification"))
        self.tabs.setTabText(3, self.tr("Dashboard"))
        self.tabs.setTabText(self.tabs.indexOf(self.deadlines_view), self.tr("Deadlines"))
        self.deadlines_view.language = self.language
        self.deadlines_view.retranslate()
        self.queue.retranslate()
        self.dashboard.language = self.language
        self.dashboard.retranslate()
        self.agenda_table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Event"), self.tr("Name"),
                                                     self.tr("Court"), self.tr("Case file")])
        self.model.language = self.language
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        self.fit_columns()
        self.details_placeholder()
        self.team_sync.language = self.language
        self.team_line.refresh()

    def _show_which_vault(self) -> None:
        """The title names the vault open now (after unlocking another one too), and the demo vault
        says it is one: its passphrase is printed on the start screen, yet nothing in the window
        told a lawyer who had just practised there not to keep real cases in it."""
        self.setWindowTitle(self.tr("CaseDesk — %1").replace("%1", self.vault.folder.name))
        try:
            demo = self.vault.folder.resolve() == paths.demo_vault_dir().resolve()
        except OSError:
            demo = False
        self.demo_label.setText(self.tr("Demo vault: its passphrase is public; keep no real case here. "
                                        "Your own vault: Lock, then Back, then “Create a new vault…”.")
                                if demo else "")
        self.demo_label.setVisible(demo)

    def show_read_only(self) -> None:
        """A damaged vault opened read-only: reading and exporting stay, every change is off."""
        self._show_which_vault()
        read_only = self.vault.read_only
        for act in (self.new_action, self.edit_action, self.delete_action, self.undo_action, self.import_action,
                    self.review_action, self.receive_bundle_action, self.team_action, self.backup_action,
                    self.backup_elsewhere_action,
                    self.recovery_action, self.letterhead_action, self.save_filter_button):
            act.setEnabled(not read_only)
        self.read_only_label.setText(self.tr("READ-ONLY: this vault is damaged") if read_only else "")
        self.read_only_label.setToolTip(self.vault.damage.message(self.language) if self.vault.damage else "")

    def set_language(self, language: str) -> None:
        self.language = language
        self.queue.language = language
        self.retranslate()
        self._fill_filter_choices()
        self.model.refresh()
        self._update_count()
        self._selection_changed()
        self.reload_agenda()

    def fit_columns(self) -> None:
        """Every header readable whole in the current language, every column as wide as the
        longest value it usually holds (a date, an ID); the name takes what is left."""
        metrics = self.table.fontMetrics()
        padding = 30            # the sort arrow and the cell margins
        typical = {Column.NATIONAL_ID: "V-00.000.000", Column.STATUS: "Paradero desconocido   ",
                   Column.FACILITY: "Rodeo I (Guatire)", Column.ARREST_DATE: "00/00/0000",
                   Column.DAYS_HELD: "00.000", Column.UPDATED: "00/00/0000", Column.STAGE: "Procesado/a",
                   Column.STATE: "Distrito Capital", Column.AGENCY: "DGCIM", Column.CIVILIAN_MILITARY: "Militar",
                   Column.NATIONALITY: "Venezuela"}
        for column, sample in typical.items():
            title = self.model.headerData(column, Qt.Orientation.Horizontal) or ""
            width = max(metrics.horizontalAdvance(title), metrics.horizontalAdvance(sample)) + padding
            self.table.horizontalHeader().resizeSection(column, width)
        self.table.horizontalHeader().setMinimumSectionSize(metrics.horizontalAdvance("0000") + 16)
        agenda_metrics = self.agenda_table.fontMetrics()
        for index, sample in ((0, "00/00/0000"), (2, "María Alejandra Rodríguez Pérez"),
                              (3, "Tribunal 2.º de Control (Caracas)"), (4, "2C-00000-2025")):
            self.agenda_table.horizontalHeader().resizeSection(index, agenda_metrics.horizontalAdvance(sample) + 24)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_name_column()
        if (watched is self.search_box and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Down and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            # From the search box the keyboard had no way to the results but Tab through the
            # tab bar and the filters: Down now selects the first case found.
            self._go_to_results()
            return True
        return super().eventFilter(watched, event)

    def _go_to_results(self) -> None:
        if self._search_timer.isActive():              # what was just typed is searched first
            self._search_timer.stop()
            self.apply_query()
        self.tabs.setCurrentIndex(0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def _fit_name_column(self) -> None:
        """Names are what people read the list for: the name column takes the width the others
        leave, and never less than a full name (more columns than fit scroll sideways)."""
        others = sum(self.table.columnWidth(c) for c in Column if c != Column.NAME and not self.table.isColumnHidden(c))
        room = self.table.viewport().width() - others
        self.table.setColumnWidth(Column.NAME, max(room, self.table.fontMetrics().horizontalAdvance("M" * 22)))

    def visible_columns(self) -> list[str]:
        return [column.name.lower() for column in Column if not self.table.isColumnHidden(column)]

    def set_visible_columns(self, names: list[str] | None) -> None:
        """Show the columns the user chose last time (by name; unknown names are ignored)."""
        if not names:
            return
        chosen = {name.upper() for name in names} | {"NAME"}
        for column, act in self.column_actions.items():
            act.blockSignals(True)
            act.setChecked(column.name in chosen)
            act.blockSignals(False)
            self.table.setColumnHidden(column, column.name not in chosen)
        self._fit_name_column()

    def _show_column(self, column: Column, shown: bool) -> None:
        self.table.setColumnHidden(column, not shown)
        self._fit_name_column()
        self.columns_changed.emit(self.visible_columns())

    def details_placeholder(self) -> None:
        """What the side panel says while no case is selected."""
        if not self.selected_case_ids():
            self.details.setHtml("<p style='color: gray'>" + html.escape(self.tr(
                "Select a case in the list to see it here. Double-click it, or press Ctrl+E, to edit it.")) + "</p>")

    def set_compact(self, compact: bool) -> None:
        self.compact_action.setChecked(compact)
        self.table.verticalHeader().setDefaultSectionSize(22 if compact else 30)

    # --- the list ----------------------------------------------------------------------------------
    def _fill_filter_choices(self) -> None:
        choices = filter_choices()
        current = {combo: combo.currentData() for combo in (self.status_filter, self.facility_filter,
                                                            self.agency_filter, self.military_filter,
                                                            self.nationality_filter, self.proceeding_filter)}
        entries = {
            self.status_filter: [(s.label(self.language), s.value) for s in Status],
            self.facility_filter: [(c.name, c.id) for c in choices["facilities"]],
            self.agency_filter: [(c.name, c.id) for c in choices["agencies"]],
            self.military_filter: [(c.label(self.language), c.value) for c in CivilianMilitary if c is not CivilianMilitary.UNKNOWN],
            self.nationality_filter: [(c.name, c.id) for c in choices["nationalities"]],
            self.proceeding_filter: [(c.name, c.id) for c in choices.get("proceedings", [])],
        }
        for combo, items in entries.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            if combo is self.status_filter:
                combo.addItem(self.tr("Held"), "held")
                combo.setItemData(1, self.tr("Detained, under house arrest or whereabouts unknown"),
                                  Qt.ItemDataRole.ToolTipRole)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current[combo])))
            combo.blockSignals(False)
        self.saved_filter_box.clear()
        self.saved_filter_box.addItem(self.tr("Saved filters…"), None)
        for name in saved_filters():
            self.saved_filter_box.addItem(name, name)

    def current_query(self) -> CaseQuery:
        status = self.status_filter.currentData()
        statuses = ({"detained", "house_arrest", "whereabouts_unknown"} if status == "held"
                    else {status} if status else set())
        return CaseQuery(
            text=self.search_box.text(), statuses=frozenset(statuses),
            facility=self.facility_filter.currentData(), agency=self.agency_filter.currentData(),
            civilian_military=self.military_filter.currentData(),
            nationality=self.nationality_filter.currentData(), proceeding=self.proceeding_filter.currentData(),
            arrested_from=self._filter_date(self.arrested_from), arrested_to=self._filter_date(self.arrested_to),
            sort_by=self.model.query.sort_by, descending=self.model.query.descending)

    def _filter_date(self, edit: QLineEdit) -> date | None:
        text = edit.text().strip()
        if not text:
            edit.setStyleSheet("")
            return None
        try:
            value = parse_date(text).value
        except CaseDeskError as error:
            edit.setStyleSheet("border: 1px solid #b71c1c")
            self.statusBar().showMessage(error.message(self.language), 6000)
            return None
        edit.setStyleSheet("")
        return value

    def apply_query(self) -> None:
        """Count in the background, then show the first page; a newer query wins."""
        query = self.current_query()
        self._query_generation += 1
        generation = self._query_generation

        def show(count: int) -> None:
            if generation == self._query_generation:
                self.busy.setVisible(False)
                self.model.set_query(query, count)
                self._update_count()

        def failed(error: Exception) -> None:
            self.busy.setVisible(False)
            self._report(error)

        self.busy.setVisible(True)
        self.runner.run(lambda: count_cases(query), self._unless_locked_since(show), failed)

    def _unless_locked_since(self, callback):
        """Wrap a background result's callback so it is dropped if the vault locked meanwhile."""
        epoch = self._epoch

        def deliver(value) -> None:
            if epoch == self._epoch:
                callback(value)
        return deliver

    def _apply_saved_filter(self, index: int) -> None:
        name = self.saved_filter_box.itemData(index)
        if not name:
            return
        query = saved_filters()[name]
        self.search_box.blockSignals(True)
        self.search_box.setText(query.text)
        self.search_box.blockSignals(False)
        status = "held" if query.statuses == {"detained", "house_arrest", "whereabouts_unknown"} else next(iter(query.statuses), None)
        for combo, value in ((self.status_filter, status), (self.facility_filter, query.facility),
                             (self.agency_filter, query.agency), (self.military_filter, query.civilian_military),
                             (self.nationality_filter, query.nationality),
                             (self.proceeding_filter, query.proceeding)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.arrested_from.setText(query.arrested_from.strftime("%d/%m/%Y") if query.arrested_from else "")
        self.arrested_to.setText(query.arrested_to.strftime("%d/%m/%Y") if query.arrested_to else "")
        self.model.set_query(query)
        self._update_count()

    def save_current_filter(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save filter"), self.tr("Name of this filter:"))
        if ok and name.strip():
            try:
                save_filter(name, self.current_query())
            except CaseDeskError as error:
                self._report(error)
                return
            self._fill_filter_choices()
            self.statusBar().showMessage(self.tr("Filter saved."), 4000)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%Ln matching cases", "", self.model.rowCount()))

    def reload(self) -> None:
        self._fill_filter_choices()
        self.model.set_query(self.current_query())
        self._update_count()
        self.reload_agenda()

    def reload_agenda(self) -> None:
        """Read the agenda in the background, and only once its tab is shown."""
        self._agenda_stale = True
        if self.tabs.currentWidget() is self.agenda_table:
            self._agenda_stale = False
            self.runner.run(lambda: full_agenda(30), self._unless_locked_since(self._show_agenda), self._report)

    def _tab_changed(self, _index: int) -> None:
        if self._agenda_stale:
            self.reload_agenda()
        if self.tabs.currentWidget() is self.queue:
            self.queue.reload()
        if self.tabs.currentWidget() is self.dashboard:
            self.reload_dashboard()
        if self.tabs.currentWidget() is self.deadlines_view:
            self.deadlines_view.reload()

    def reload_dashboard(self) -> None:
        """Count in the background (about a second at 100k cases); the window stays usable."""
        def show(figures: Overview) -> None:
            self.busy.setVisible(False)
            self.dashboard.show_figures(figures)

        def failed(error: Exception) -> None:
            self.busy.setVisible(False)
            self._report(error)

        self.busy.setVisible(True)
        self.runner.run(lambda: overview(date.today()), self._unless_locked_since(show), failed)

    def show_cases_filtered(self, status: str | None, facility_id: str | None) -> None:
        """What a click on the dashboard asks for: the case list with only those cases."""
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        for combo, value in ((self.status_filter, status), (self.facility_filter, facility_id),
                             (self.agency_filter, None), (self.military_filter, None),
                             (self.nationality_filter, None), (self.proceeding_filter, None)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.arrested_from.clear()
        self.arrested_to.clear()
        self.tabs.setCurrentIndex(0)
        self.apply_query()

    def _show_agenda(self, items) -> None:
        self.agenda_table.setRowCount(0)
        self.agenda_table.setUpdatesEnabled(False)
        for item in items:
            row = self.agenda_table.rowCount()
            self.agenda_table.insertRow(row)
            cells = [show_date(item.date), agenda_event_text(item.kind, item.description, self.language), item.name,
                     item.court, item.case_file_number]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.case_id)
                cell.setToolTip(text)
                self.agenda_table.setItem(row, column, cell)
        self.agenda_table.setUpdatesEnabled(True)

    def _open_agenda_row(self, row: int, _column: int) -> None:
        self.open_editor(self.agenda_table.item(row, 0).data(Qt.ItemDataRole.UserRole))

    # --- the selected case -----------------------------------------------------------------------
    def selected_case_id(self) -> str | None:
        """The current case: the row with the keyboard focus if selected, else the first selected."""
        ids = self.selected_case_ids()
        current = self.table.currentIndex().siblingAtColumn(Column.NAME).data(CASE_ID_ROLE)
        return current if current in ids else (ids[0] if ids else None)

    def selected_case_ids(self) -> list[str]:
        """Every selected case, in the list's order."""
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda index: index.row())
        return [index.data(CASE_ID_ROLE) for index in rows]

    def _selection_changed(self, *_: QItemSelection) -> None:
        case_id = self.selected_case_id()
        if case_id:
            self.details.setHtml(self._details_html(case_id))
        else:
            self.details_placeholder()

    def _details_html(self, case_id: str) -> str:
        details = case_details(find_case(case_id))
        e = html.escape
        person, case = details["person"], details["case"]
        since = (" " + self.tr("(since %1)").replace("%1", show_date(details["status_since"]))
                 if details["status_since"] else "")
        titles = {"timeline": self.tr("Timeline"), "contacts": self.tr("Family and contacts"),
                  "notes": self.tr("Notes"), "do_not": self.tr("DO NOT CONTACT")}
        rows = [
            (self.tr("National ID"), person["national_id"] or "—"),
            (self.tr("Status"), Status(details["status"]).label(self.language) + since),
            (self.tr("Arrested"), show_date(case["arrest_date"], case["arrest_date_precision"]) or "—"),
            (self.tr("Days held"), show_number(details["days_held"]) if details["days_held"] is not None else "—"),
            (self.tr("Facility"), case["facility"] or "—"), (self.tr("Agency"), case["agency"] or "—"),
            (self.tr("Charges"), case["charges"] or "—"), (self.tr("Lawyer"), case["lawyer"] or "—"),
        ]
        parts = [f"<h2>{e(details['name'])}</h2><table cellpadding='3'>"]
        parts += [f"<tr><td><b>{e(label)}</b></td><td>{e(str(value))}</td></tr>" for label, value in rows]
        parts.append("</table>")
        for proceeding in details.get("proceedings", []):
            parts.append("<p><b>" + e(self.tr("Proceeding")) + ":</b> " + e(" — ".join(
                part for part in (proceeding["file_number"], proceeding["court"]) if part)) + " · " + e(
                self.tr("%1 co-defendants; hearings held %2, deferred %3")
                .replace("%1", str(len(proceeding["co_defendants"]))).replace("%2", str(proceeding["hearings_held"]))
                .replace("%3", str(proceeding["hearings_deferred"]))) + "</p>")
        timeline = timeline_of(details)        # the case's events and its proceedings' hearings
        in_proceeding = self.tr("proceeding %1")
        if timeline:
            parts.append(f"<h3>{e(titles['timeline'])}</h3><ul>")
            parts += [f"<li>{e(show_date(ev['date'], ev['date_precision']))} — {e(EventKind(ev['kind']).label(self.language))}"
                      f"{' — ' + e(ev['description']) if ev['description'] else ''}"
                      f"{' — ' + e(in_proceeding.replace('%1', ev['proceeding'])) if ev['proceeding'] else ''}"
                      f"{' (' + e(HearingOutcome(ev['outcome']).label(self.language)) + ')' if ev['outcome'] else ''}"
                      "</li>" for ev in timeline]
            parts.append("</ul>")
        if details["contacts"]:
            parts.append(f"<h3>{e(titles['contacts'])}</h3><ul>")
            for contact in details["contacts"]:
                warning = (f" <span style='color:#b71c1c'><b>{e(titles['do_not'])}</b></span>"
                           if contact["do_not_contact"] else f" — {e(contact['safe_channel'])}")
                parts.append(f"<li>{e(contact['name'])} ({e(contact['relationship'])}){warning}</li>")
            parts.append("</ul>")
        if case["notes"]:
            parts.append(f"<h3>{e(titles['notes'])}</h3><p>{e(case['notes'])}</p>")
        return "".join(parts)

    # --- actions ---------------------------------------------------------------------------------
    def new_case(self) -> None:
        self._new_counter += 1
        self.open_editor(None, draft_key=f"case:new:{self._new_counter}")

    def edit_selected(self) -> None:
        if self.vault.read_only:
            return
        case_id = self.selected_case_id()
        if case_id:
            self.open_editor(case_id)

    def open_editor(self, case_id: str | None, *, draft_key: str | None = None, draft: dict | None = None) -> CaseEditor:
        for editor in self.editors:
            if case_id is not None and editor.case_id == case_id:
                editor.raise_()
                editor.activateWindow()
                return editor
        editor = CaseEditor(self.vault, self.language, case_id=case_id, draft_key=draft_key or f"case:{case_id}",
                            draft=draft, runner=self.runner, parent=self)
        editor.saved.connect(self._case_saved)
        editor.open_case_requested.connect(self.open_editor)
        editor.finished.connect(lambda _: self.editors.remove(editor) if editor in self.editors else None)
        self.editors.append(editor)
        editor.show()
        return editor

    def restore_drafts(self) -> int:
        """Reopen every editor whose draft was kept (after a crash or a lock)."""
        restored = 0
        for key, draft in drafts().items():
            case_id = draft.get("case_id")
            try:
                self.open_editor(case_id, draft_key=key, draft=draft.get("values"))
            except CaseDeskError:
                continue     # the case was deleted meanwhile; the draft stays for a later look
            restored += 1
            if key.startswith("case:new:"):
                self._new_counter = max(self._new_counter, int(key.rsplit(":", 1)[1]))
        if restored:
            self.statusBar().showMessage(self.tr("%n unsaved drafts restored.", "", restored), 8000)
        return restored

    def _case_saved(self, case_id: str, undo: dict | None) -> None:
        self.last_change = {"case_id": case_id, "before": undo}
        self.model.refresh()
        self._fill_filter_choices()
        self._update_count()
        self.reload_agenda()
        self._selection_changed()
        if self.tabs.currentWidget() is self.dashboard:
            self.reload_dashboard()
        self.statusBar().showMessage(self.tr("Case saved."), 4000)
        self._show_case(case_id)

    def _show_case(self, case_id: str) -> None:
        """Select and scroll to a case just saved: a new one lands wherever the sort puts it, and
        a newcomer could not see where it went. Its place is found off the GUI thread."""
        query = self.model.query

        def found(row: int | None) -> None:
            if row is not None and self.model.query is query and row < self.model.rowCount():
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, Column.NAME))

        self.runner.run(lambda: case_position(query, case_id), found, lambda _error: None)

    def undo_last_change(self) -> None:
        if not self.last_change or not self.last_change["before"]:
            self.statusBar().showMessage(self.tr("Nothing to undo."), 4000)
            return
        before = self.last_change["before"]
        editor = CaseEditor(self.vault, self.language, case_id=before["case_id"], draft_key="undo",
                            runner=self.runner, parent=self)
        editor.set_values(before["values"])
        editor.dirty = False
        editor.save()
        self.last_change = None
        self.statusBar().showMessage(self.tr("The last change was undone."), 4000)

    def delete_selected(self) -> None:
        case_id = self.selected_case_id()
        if not case_id:
            return
        name = find_case(case_id).person.full_name
        answer = QMessageBox.warning(
            self, self.tr("Delete case?"),
            self.tr("Delete the case of %1 with its timeline and evidence records? The audit log keeps a "
                    "record of the deletion.").replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            delete_case(self.vault, case_id)
            self.last_change = None
            self.reload()
            self.statusBar().showMessage(self.tr("Case deleted."), 4000)

    def make_dossier(self) -> DossierDialog | None:
        case_ids = self.selected_case_ids()
        if not case_ids:
            self.statusBar().showMessage(self.tr("Select one or more cases first."), 4000)
            return None
        names = [find_case(case_id).person.full_name for case_id in case_ids]
        dialog = DossierDialog(self.vault, self.runner, self.language, case_ids, names, self)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(self.tr("Dossier saved."), 6000))
        dialog.open()
        return dialog

    def import_spreadsheet(self) -> ImportWizard:
        wizard = ImportWizard(self.vault, self.runner, self.language, self)
        wizard.finished.connect(lambda _: self.reload())
        wizard.open()
        return wizard

    def compare_list(self) -> CompareDialog:
        """Another group's list beside the vault, without importing it (works read-only too)."""
        dialog = CompareDialog(self.vault, self.runner, self.language, self)
        dialog.open()
        return dialog

    def review_rows(self) -> ReviewDialog:
        dialog = ReviewDialog(self.vault, self.language, self)
        dialog.finished.connect(lambda _: self.reload())
        dialog.open()
        return dialog

    def export_list(self) -> ExportDialog:
        dialog = ExportDialog(self.vault, self.runner, self.language, self.current_query(), self.model.rowCount(), self)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(self.tr("List exported."), 6000))
        dialog.open()
        return dialog

    def send_bundle(self) -> BundleExportDialog | None:
        case_ids = self.selected_case_ids()
        if not case_ids:
            self.statusBar().showMessage(self.tr("Select one or more cases first."), 4000)
            return None
        dialog = BundleExportDialog(self.vault, self.runner, self.language, case_ids, self)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(self.tr("Bundle saved."), 6000))
        dialog.open()
        return dialog

    def choose_bundle_to_receive(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("A bundle from a colleague"), "",
                                              self.tr("CaseDesk bundles (*.casedesk *.age);;All files (*)"))
        if name:
            self.receive_bundle(Path(name))

    def receive_bundle(self, path: Path, passphrase: str | None = None) -> dict | None:
        report = BundleReceiver(self, self.vault, self.language).receive(path, passphrase)
        if report is not None:
            self.reload()
        return report

    def show_colleagues(self) -> ExchangeDialog:
        dialog = ExchangeDialog(self.vault, self.language, self)
        dialog.open()
        return dialog

    def show_team(self) -> TeamDialog | None:
        """The team folder, the colleagues and what each receives, a pass now."""
        if self.vault.read_only:
            return None
        dialog = TeamDialog(self.team_sync, self.vault, self.runner, self.language, self)
        dialog.open()
        return dialog

    def show_conflicts(self) -> ConflictDialog:
        """Records changed here and by a colleague, to decide field by field."""
        dialog = ConflictDialog(self.vault, self.language, self)
        dialog.finished.connect(lambda _result: (self.reload(), self.team_line.refresh()))
        dialog.open()
        return dialog

    def start_team_sync(self) -> None:
        """The vault was unlocked: team passes begin (if it has a team folder)."""
        self.team_sync.language = self.language
        self.team_sync.start(self.vault)

    def _team_link(self, link: str) -> None:
        if link == "conflicts":
            self.show_conflicts()
        elif link == "keys":
            dialog = self.show_colleagues()
            dialog.finished.connect(lambda _result: self.team_line.refresh())
        else:
            self.show_team()

    def _team_changes_arrived(self) -> None:
        """A pass brought colleagues' records: every view shows them, and the case being read
        stays selected where it was."""
        case_id, row = self.selected_case_id(), self.table.currentIndex().row()
        scrolled = self.table.verticalScrollBar().value()
        self.reload()
        self.table.verticalScrollBar().setValue(scrolled)
        if case_id:
            self._select_case_near(case_id, row)
        self._selection_changed()
        if self.tabs.currentWidget() is self.dashboard:
            self.reload_dashboard()
        if self.tabs.currentWidget() is self.queue:
            self.queue.reload()
        report = self.team_sync.last_report or {}
        count = sum(item["created"] + item["updated"] for item in report.get("received", []))
        if count:
            self.statusBar().showMessage(self.tr("%Ln record(s) arrived from colleagues.", "", count), 8000)

    def _select_case_near(self, case_id: str, row: int, reach: int = 50) -> None:
        """Select `case_id` again after the list reloaded, looking only near where it was (the
        list loads its rows lazily; a case that moved far is simply no longer selected)."""
        for candidate in range(max(0, row - reach), min(self.model.rowCount(), row + reach + 1)):
            if self.model.index(candidate, Column.NAME).data(CASE_ID_ROLE) == case_id:
                self.table.selectRow(candidate)
                return

    def make_census_report(self) -> CensusDialog:
        dialog = CensusDialog(self.vault, self.runner, self.language, self)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(self.tr("Census report saved."), 6000))
        dialog.open()
        return dialog

    def edit_letterhead(self) -> QDialog:
        """The organisation's letterhead for dossiers and census reports."""
        from casedesk.gui.letterhead_dialog import LetterheadDialog
        dialog = LetterheadDialog(self.vault, self.language, self)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(self.tr("Letterhead saved."), 6000))
        dialog.open()
        return dialog

    def back_up_elsewhere(self) -> None:
        folder = ask_folder(self, self.tr("Back up to which folder?"), self.vault, kind="backups")
        if folder is not None:
            self.back_up(folder)

    def back_up(self, folder: Path | None) -> None:
        """An encrypted, checked backup, in the background; the window stays usable."""
        self.statusBar().showMessage(self.tr("Backing up…"))
        self.busy.setVisible(True)

        def done(backup) -> None:
            self.busy.setVisible(False)
            self.statusBar().showMessage(self.tr("Backup made and checked: %1").replace("%1", str(backup.folder)), 10000)

        def failed(error: Exception) -> None:
            self.busy.setVisible(False)
            self._report(error)

        vault = self.vault
        self.runner.run(lambda: make_backup(vault, to=folder, kind="manual"), self._unless_locked_since(done), failed)

    def make_recovery_sheet(self, passphrase: str | None = None) -> QDialog | None:
        """A new recovery key on a sheet to print or save (asks for the passphrase again)."""
        if passphrase is None:
            passphrase, ok = QInputDialog.getText(self, self.tr("Recovery sheet"), self.tr(
                "A new recovery sheet replaces any earlier one. Type the vault's passphrase:"),
                QLineEdit.EchoMode.Password)
            if not ok:
                return None
        try:
            words, pdf = new_recovery_sheet(self.vault, passphrase)
        except CaseDeskError as error:
            QMessageBox.warning(self, self.tr("Recovery sheet"), error.message(self.language))
            return None
        dialog = RecoverySheetDialog(words, pdf, self.language, self, vault=self.vault)
        dialog.open()
        return dialog

    def check_vault(self) -> QProgressDialog:
        """Every page, the audit chain and every evidence file (decrypted and re-hashed), in the
        background with a progress bar."""
        dialog = QProgressDialog(self.tr("Checking the database, the audit chain and every evidence file…"),
                                 "", 0, 0, self)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        state = [0, 0]
        timer = QTimer(dialog, interval=150)
        timer.timeout.connect(lambda: (dialog.setMaximum(state[1]), dialog.setValue(state[0])) if state[1] else None)
        timer.start()

        def done(report) -> None:
            timer.stop()
            dialog.reset()
            if report.ok:
                QMessageBox.information(self, self.tr("Vault checked"), self.tr(
                    "Everything is intact: every database page, the audit chain of %1 entries and every "
                    "evidence file.").replace("%1", str(report.audit_entries)))
            else:
                QMessageBox.warning(self, self.tr("Problems found"), "\n".join(report.problems[:20]))

        def failed(error: Exception) -> None:
            timer.stop()
            dialog.reset()
            self._report(error)

        self.runner.run(lambda: verify_vault(self.vault, progress=lambda n, total: state.__setitem__(slice(None), [n, total])),
                        self._unless_locked_since(done), failed)
        return dialog

    def copy_case_id(self) -> None:
        case_id = self.selected_case_id()
        if case_id:
            QGuiApplication.clipboard().setText(case_id)
            self.copied_text = case_id
            QTimer.singleShot(CLIPBOARD_SECONDS * 1000, self.clear_clipboard)

    def clear_clipboard(self) -> None:
        """Empty the clipboard if it still holds what CaseDesk put there (never what the user copied since)."""
        clipboard = QGuiApplication.clipboard()
        if self.copied_text is not None and clipboard.text() == self.copied_text:
            clipboard.clear()
        self.copied_text = None

    def show_manual(self) -> ManualDialog:
        dialog = ManualDialog(self.language, self)
        dialog.show()
        return dialog

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About CaseDesk"), self.tr(
            "<h3>CaseDesk %1</h3><p>Encrypted case files for lawyers who defend people detained for "
            "political reasons.</p>").replace("%1", __version__))

    def _report(self, error: Exception) -> None:
        if isinstance(error, peewee.DatabaseError):
            error = damage_from(error)        # a write to a read-only (damaged) vault, or a damaged page
        text = error.message(self.language) if isinstance(error, CaseDeskError) else \
            self.tr("Something went wrong (%1); nothing was lost.").replace("%1", type(error).__name__)
        self.statusBar().showMessage(text, 10000)

    # --- locking ---------------------------------------------------------------------------------
    def clear_for_lock(self) -> None:
        """Keep drafts, close editors, and drop every row and text the window shows."""
        self._epoch += 1
        self.team_sync.stop()               # the Controller then waits for a running pass to stop
        for dialog in self.findChildren(QDialog):
            if isinstance(dialog, (TeamDialog, ConflictDialog, ExchangeDialog)):     # names on screen
                dialog.reject()
                dialog.close()
        for editor in list(self.editors):
            editor.close_for_lock()
        self.editors.clear()
        self._search_timer.stop()
        self.busy.setVisible(False)
        self.model.clear()
        self.details.clear()
        self.agenda_table.setRowCount(0)
        self.queue.clear()
        for comparison in self.findChildren(CompareDialog):     # names of people: not left on screen
            comparison.clear()
            comparison.close()
        self.dashboard.clear()
        self.deadlines_view.clear()
        self.search_box.clear()
        self.clear_clipboard()
        forget_folders()
        self.last_change = None

    def saved_geometry(self) -> str:
        return bytes(self.saveGeometry().toBase64()).decode("ascii")

    def restore_saved_geometry(self, text: str | None) -> None:
        if text:
            self.restoreGeometry(QByteArray.fromBase64(text.encode("ascii")))

    def closeEvent(self, event) -> None:
        self.closing.emit(self.saved_geometry())
        super().closeEvent(event)
