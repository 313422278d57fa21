"""Team sync in the window: a pass in the background while the vault is unlocked, the team's
line in the status bar, and the Team dialog (the folder, the colleagues and what each one
receives, "Sync now", new keys after a seizure, the folder's checks).

What is sent, read and trusted is decided by services/team.py; this module only says when a
pass runs and shows what it found.
"""

from __future__ import annotations

import html
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import peewee
from PySide6.QtCore import QLocale, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPalette, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QProgressBar, QPushButton, QScrollArea, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from casedesk.domain.errors import CaseDeskError, InvalidInput
from casedesk.gui.documents import profile_box
from casedesk.gui.i18n import LOCALES, show_date
from casedesk.gui.tasks import BackgroundRunner
from casedesk.paths import resource_path
from casedesk.services import team
from casedesk.services.bundles import my_public_key
from casedesk.storage.vault import Vault

#: A pass runs when this long has gone by since the last one (any pass: "Sync now" counts).
PASS_EVERY_MINUTES = 5
#: After unlocking, the first pass waits this long: the window shows the cases first.
FIRST_PASS_DELAY_MS = 10_000
#: How often the clock is looked at between passes.
CHECK_EVERY_MS = 60_000
#: The filter fields of a policy, in the order the dialog shows them.
FILTER_KEYS = ("facility", "state", "lawyer", "proceeding")
#: Several values in one filter field: facility names hold commas, never semicolons.
SEPARATOR = ";"


def check_icon(level: str) -> QIcon:
    """The doctor's levels: ok, warning, problem."""
    return QIcon(str(resource_path("icons", f"check-{level}.svg")))


def _message(error: Exception, language: str) -> str:
    return error.message(language) if isinstance(error, CaseDeskError) else type(error).__name__


class PassStopped(Exception):
    """A pass was asked to stop (the vault is locking, or the user pressed Stop). The service
    loses nothing when a pass ends early: what was not done is done by the next one."""


class TeamSync(QObject):
    """When passes run: once shortly after unlocking, then whenever five minutes have gone by
    since the last, off the GUI thread, one at a time, never on a locked or read-only vault.

    `stop()` (the vault is locking) ends the schedule and asks a running pass to stop at its
    next step; the caller then waits for the runner, so the vault never locks under a pass."""

    started = Signal()
    progressed = Signal(str)      # the colleague(s) the running pass is reading from or writing to
    finished = Signal(object)     # the pass's report, or None when it failed or was stopped
    received = Signal()           # a pass brought records or new keys: the window reloads
    changed = Signal()            # the team's line may read differently now

    def __init__(self, runner: BackgroundRunner, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner, self.language = runner, language
        self.vault: Vault | None = None
        self.running = False
        self.stopping = False
        self.paused = False                  # the Team dialog is open: passes only on "Sync now"
        self.problem: Exception | None = None
        self.last_report: dict[str, Any] | None = None
        self.epoch = 0                       # one per unlocked session: late results are dropped
        self._stop = threading.Event()
        self.first_timer = QTimer(self, singleShot=True, interval=FIRST_PASS_DELAY_MS)
        self.first_timer.timeout.connect(self._first_pass)
        self.timer = QTimer(self, interval=CHECK_EVERY_MS)
        self.timer.timeout.connect(self.tick)

    # --- the schedule ---------------------------------------------------------------------------
    def start(self, vault: Vault) -> None:
        """The vault was unlocked (or has just joined a team): a first pass shortly, then the
        schedule. Nothing runs for a vault without a team folder or opened read-only."""
        self.stop()
        self.vault = vault
        if not vault.read_only and self._settings() is not None:
            self.first_timer.start()
            self.timer.start()
        self.changed.emit()

    def stop(self) -> None:
        """The vault is locking: no more passes, a running one stops at its next step, and
        whatever it reports is dropped."""
        self.epoch += 1
        self.first_timer.stop()
        self.timer.stop()
        self._stop.set()
        self.running = self.stopping = False
        self.vault = None
        self.problem = self.last_report = None
        self.changed.emit()

    @property
    def scheduled(self) -> bool:
        return self.timer.isActive() or self.first_timer.isActive()

    def can_run(self) -> bool:
        vault = self.vault
        return vault is not None and vault.is_open and not vault.read_only and not self.running

    def _settings(self) -> dict[str, Any] | None:
        vault = self.vault
        if vault is None or not vault.is_open:
            return None
        try:
            return team.settings()
        except (CaseDeskError, peewee.DatabaseError):
            return None

    def _first_pass(self) -> None:
        if not self.paused:
            self.sync_now()

    def tick(self) -> None:
        """The clock: a pass when five minutes have gone by since the last one."""
        if self.paused or not self.can_run():
            return
        values = self._settings()
        if values is not None and team.first_pass_due(values, PASS_EVERY_MINUTES):
            self.sync_now()

    # --- one pass -------------------------------------------------------------------------------
    def sync_now(self) -> bool:
        """Start a pass in the background. False (and nothing runs) while one is running, or
        when the vault is locked, read-only or has no team folder."""
        if not self.can_run() or self._settings() is None:
            return False
        vault, epoch = self.vault, self.epoch
        stop = self._stop = threading.Event()
        say = self.progressed.emit

        def progress(name: str) -> None:         # called by the pass between its steps
            if stop.is_set():
                raise PassStopped()
            say(name)

        def work() -> dict[str, Any]:
            if stop.is_set() or not vault.is_open:
                raise PassStopped()
            return team.sync_pass(vault, progress=progress)

        self.running, self.stopping = True, False
        self.started.emit()
        self.changed.emit()
        self.runner.run(work, lambda report: self._done(epoch, report), lambda error: self._failed(epoch, error))
        return True

    def cancel(self) -> None:
        """Ask the running pass to stop at its next step (what it did so far is kept)."""
        if self.running:
            self.stopping = True
            self._stop.set()
            self.changed.emit()

    def _done(self, epoch: int, report: dict[str, Any]) -> None:
        if epoch != self.epoch:
            return
        self.running = self.stopping = False
        self.problem = None
        self.last_report = report
        self.finished.emit(report)
        if report.get("notices") or any(item["created"] or item["updated"] or item["conflicts"] or item["claims"]
                                        for item in report.get("received", [])):
            self.received.emit()
        self.changed.emit()

    def _failed(self, epoch: int, error: Exception) -> None:
        if epoch != self.epoch:
            return
        self.running = self.stopping = False
        if isinstance(error, team.NotJoined):
            self.first_timer.stop()
            self.timer.stop()
        elif not isinstance(error, PassStopped):
            self.problem = error          # said on the team's line, never as a traceback
        self.finished.emit(None)
        self.changed.emit()

    # --- what the line says ---------------------------------------------------------------------
    def describe(self) -> tuple[str, str]:
        """The team's line (rich text with links "conflicts", "keys", "team") and its tooltip;
        empty when the vault is locked or has no team folder."""
        values = self._settings()
        if values is None:
            return "", ""
        e = html.escape
        tip = self.tr("Team folder: %1").replace("%1", values["folder"])
        if self.running:
            text = self.tr("Stopping the exchange…") if self.stopping else self.tr("Exchanging with the team…")
            return e(text), tip
        state = team.status()
        parts = []
        if self.problem is not None:
            text = (self.tr("Team folder not available") if isinstance(self.problem, InvalidInput)
                    else self.tr("The last exchange failed"))
            parts.append(f'<a href="team">{e(text)}</a>')
            tip = _message(self.problem, self.language)
        elif not state["colleagues"]:
            parts.append(e(self.tr("No verified colleagues in the team yet")))
        else:
            # Plural strings carry no %1 (the catalogue check reads one translation per string).
            colleagues = self.tr("%n colleague(s)", "", state["colleagues"])
            if state["in_step"] >= state["colleagues"]:
                parts.append(e(self.tr("In step with %1").replace("%1", colleagues)))
            else:
                parts.append(e(self.tr("In step with %1 of %2").replace("%1", str(state["in_step"]))
                               .replace("%2", colleagues)))
            tip += "\n" + self.tr("Not yet read by: %1").replace("%1", ", ".join(state["not_yet_read_by"]))
        parts.append(e(self.last_exchange(state["last_pass"])))
        if state["conflicts"]:
            conflicts = self.tr("%n conflict(s) to decide", "", state["conflicts"])
            parts.append(f'<a href="conflicts">{e(conflicts)}</a>')
        if state["unverified"]:
            keys = self.tr("%n key(s) waiting for a fingerprint check", "", len(state["unverified"]))
            parts.append(f'<a href="keys">{e(keys)}</a>')
            tip += "\n" + self.tr("Waiting for a fingerprint check: %1").replace("%1", ", ".join(state["unverified"]))
        return " · ".join(parts), tip

    def last_exchange(self, iso: str | None) -> str:
        """The time of the last pass in this computer's time ("last exchange 10:42 a. m."), with
        the date when it was not today."""
        if not iso:
            return self.tr("no exchange yet")
        try:
            moment = datetime.fromisoformat(iso)
        except ValueError:
            return self.tr("no exchange yet")
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        local = moment.astimezone()
        when = LOCALES.get(self.language, QLocale()).toString(QTime(local.hour, local.minute),
                                                             QLocale.FormatType.ShortFormat)
        if local.date() != datetime.now().astimezone().date():
            when = f"{show_date(local.date().isoformat())} {when}"
        return self.tr("last exchange %1").replace("%1", when)


class TeamStatusLine(QLabel):
    """The team's permanent line in the status bar. Its links open the conflicts to decide,
    the keys waiting for a fingerprint check, or the Team dialog."""

    link_requested = Signal(str)     # "conflicts", "keys" or "team"

    def __init__(self, team_sync: TeamSync, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.team_sync = team_sync
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.linkActivated.connect(self.link_requested.emit)
        team_sync.changed.connect(self.refresh)
        self.setVisible(False)

    def refresh(self) -> None:
        try:
            text, tip = self.team_sync.describe()
        except (CaseDeskError, peewee.DatabaseError):
            text, tip = "", ""
        self.setText(text)
        self.setToolTip(tip)
        self.setAccessibleName(self.plain_text())
        self.setVisible(bool(text))

    def plain_text(self) -> str:
        return QTextDocumentFragment.fromHtml(self.text()).toPlainText() if self.text() else ""


class PolicyDialog(QDialog):
    """What one colleague receives: the profile, which cases, contacts and evidence."""

    def __init__(self, vault: Vault, language: str, colleague: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.language, self.colleague = vault, language, colleague
        policy = colleague.get("policy") or {"profile": "internal", "filter": {}, "contacts": False, "evidence": False}
        self.setWindowTitle(self.tr("What %1 receives").replace("%1", colleague["name"]))
        self.profile = profile_box()
        self.profile.setCurrentIndex(max(0, self.profile.findData(policy["profile"])))
        self.profile.setAccessibleName(self.tr("Profile: what is left out of the cases they receive"))
        labels = {"facility": self.tr("&Facility:"), "state": self.tr("S&tate:"), "lawyer": self.tr("&Lawyer:"),
                  "proceeding": self.tr("&Proceeding (file number):")}
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.addRow(self.tr("Who will &read it:"), self.profile)
        cases = QGroupBox(self.tr("Which cases"))
        cases_form = QFormLayout(cases)
        hint = QLabel(self.tr("Leave every field empty to send all cases. A case is sent when it matches each field "
                              "filled in; several values in one field: separate them with “;”."))
        hint.setWordWrap(True)
        cases_form.addRow(hint)
        for key in FILTER_KEYS:
            edit = QLineEdit(f"{SEPARATOR} ".join(policy["filter"].get(key, [])))
            edit.setPlaceholderText(self.tr("any"))
            edit.setAccessibleName(labels[key].replace("&", "").rstrip(":"))
            self.fields[key] = edit
            cases_form.addRow(labels[key], edit)
        self.contacts = QCheckBox(self.tr("Family &contacts (names, phones, safe channels)"),
                                  checked=bool(policy["contacts"]))
        self.evidence = QCheckBox(self.tr("&Evidence (records and files)"), checked=bool(policy["evidence"]))
        note = QLabel(self.tr("The next exchange sends them everything the new choice covers."))
        note.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        heading = QLabel(self.windowTitle())       # the title bar may not show it whole
        heading.setTextFormat(Qt.TextFormat.PlainText)
        bold = heading.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        heading.setFont(bold)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(cases)
        layout.addWidget(self.contacts)
        layout.addWidget(self.evidence)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(620, self.sizeHint().height())

    def failure(self, error: Exception) -> str:
        if isinstance(error, CaseDeskError):
            return error.message(self.language)
        return self.tr("It did not work (%1); nothing was changed. Try again in a moment.").replace(
            "%1", type(error).__name__)

    def chosen_filter(self) -> dict[str, list[str]]:
        return {key: [part.strip() for part in edit.text().split(SEPARATOR) if part.strip()]
                for key, edit in self.fields.items() if edit.text().strip()}

    def save(self) -> None:
        try:
            team.set_policy(self.vault, self.colleague["fingerprint"], profile=self.profile.currentData(),
                            cases_filter=self.chosen_filter(), contacts=self.contacts.isChecked(),
                            evidence=self.evidence.isChecked())
        except (CaseDeskError, peewee.DatabaseError, OSError) as error:
            self.message.setText(self.failure(error))
            return
        self.accept()


class TeamDialog(QDialog):
    """The team: its folder, the colleagues and what each receives, a pass now, new keys after
    a seizure, and the checks of the folder."""

    COLUMNS = 5

    def __init__(self, team_sync: TeamSync, vault: Vault, runner: BackgroundRunner, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.team_sync, self.vault, self.runner, self.language = team_sync, vault, runner, language
        self.members: list[dict[str, Any]] = []
        self._closed = False
        self.setWindowTitle(self.tr("Team"))

        # The folder and this vault's key.
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("Choose the team &folder…"))
        self.choose_button.clicked.connect(self.choose_folder)
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.fingerprint = QLabel(my_public_key("").fingerprint)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.fingerprint.setFont(mono)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hint = QLabel(self.tr(
            "The team folder only carries encrypted files between laptops: Syncthing, a shared drive or a USB stick "
            "keeps it the same on each one. Choose a folder outside the vault. While this vault is unlocked, "
            "CaseDesk exchanges with the team every %1 minutes.").replace("%1", str(PASS_EVERY_MINUTES)))
        hint.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.setStyleSheet("border: 1px solid #e69f00; padding: 6px")
        self.notice.setVisible(False)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.choose_button)
        folder_box = QGroupBox(self.tr("Team folder"))
        folder_form = QFormLayout(folder_box)
        folder_form.addRow(self.tr("Folder:"), folder_row)
        folder_form.addRow(self.tr("Exchange:"), self.status_label)
        folder_form.addRow(self.tr("This vault's fingerprint:"), self.fingerprint)
        folder_form.addRow(hint)
        folder_form.addRow(self.notice)

        # The colleagues.
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels([self.tr("Colleague"), self.tr("Fingerprint"), self.tr("Key"),
                                              self.tr("What they receive"), self.tr("Not yet read")])
        self.table.horizontalHeaderItem(4).setToolTip(self.tr("Messages from this vault they have not read yet"))
        header = self.table.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)            # what a colleague receives may take two lines
        header.sectionResized.connect(self._fit_rows)
        self.table.setAccessibleName(self.tr("Colleagues in the team"))
        self.table.itemSelectionChanged.connect(self.update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_policy())
        self.empty_hint = QLabel(self.tr(
            "No colleagues yet. Add their keys and check each fingerprint by phone (Add or check keys…): only "
            "colleagues whose fingerprint was checked take part in the team."))
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.edit_button = QPushButton(self.tr("&What they receive…"))
        self.edit_button.clicked.connect(self.edit_policy)
        self.remove_button = QPushButton(self.tr("&Remove from the team…"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.keys_button = QPushButton(self.tr("Add or check &keys…"))
        self.keys_button.clicked.connect(self.show_keys)
        people_buttons = QHBoxLayout()
        for button in (self.edit_button, self.remove_button, self.keys_button):
            people_buttons.addWidget(button)
        people_buttons.addStretch()
        people = QGroupBox(self.tr("Colleagues"))
        people_layout = QVBoxLayout(people)
        people_layout.addWidget(self.table)
        people_layout.addWidget(self.empty_hint)
        people_layout.addLayout(people_buttons)

        # The doctor's checks.
        self.checks = QWidget()
        self.checks_layout = QGridLayout(self.checks)
        self.checks_layout.setColumnStretch(1, 1)
        self.checks_layout.setContentsMargins(4, 4, 4, 4)
        checks_scroll = QScrollArea()
        checks_scroll.setWidgetResizable(True)
        checks_scroll.setWidget(self.checks)
        checks_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        checks_scroll.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        checks_scroll.setMaximumHeight(self.fontMetrics().lineSpacing() * 11)
        checks_box = QGroupBox(self.tr("Checks of the team folder"))
        QVBoxLayout(checks_box).addWidget(checks_scroll)

        # A pass: progress, Stop, what it did.
        self.progress = QProgressBar(minimum=0, maximum=0, textVisible=False)
        self.progress_label = QLabel()
        self.progress_label.setTextFormat(Qt.TextFormat.PlainText)
        self.stop_button = QPushButton(self.tr("S&top"))
        self.stop_button.clicked.connect(self.team_sync.cancel)
        self.progress_label.setWordWrap(True)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.stop_button)
        self.report_label = QLabel(self.tr("Nothing yet while this window is open. “Sync now” exchanges at once."))
        self.report_label.setWordWrap(True)
        self.report_label.setTextFormat(Qt.TextFormat.PlainText)
        self.report_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet("color: #b71c1c")

        self.sync_button = QPushButton(self.tr("&Sync now"))
        self.sync_button.clicked.connect(self.sync_now)
        self.seized_button = QPushButton(self.tr("This laptop was s&eized…"))
        self.seized_button.clicked.connect(self.laptop_seized)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.sync_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.seized_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        last_box = QGroupBox(self.tr("Last exchange"))
        last_layout = QVBoxLayout(last_box)
        last_layout.addLayout(progress_row)
        last_layout.addWidget(self.progress_label)
        last_layout.addWidget(self.report_label)
        last_layout.addStretch()
        bottom = QHBoxLayout()
        bottom.addWidget(checks_box, 3)
        bottom.addWidget(last_box, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(folder_box)
        layout.addWidget(people, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        team_sync.started.connect(self._pass_started)
        team_sync.progressed.connect(self._pass_progressed)
        team_sync.finished.connect(self._pass_finished)
        team_sync.paused = True            # passes only on "Sync now" while the policies are being looked at
        self.finished.connect(self._closing)
        self.reload()
        self.run_checks()
        if team_sync.last_report is not None:
            self.report_label.setText(self.report_text(team_sync.last_report))
        self.resize(1060, 700)          # fits a 1366×768 laptop screen

    # --- showing --------------------------------------------------------------------------------
    def joined(self) -> dict[str, Any] | None:
        return team.settings() if self.vault.is_open else None

    def reload(self) -> None:
        """The folder, the line and the colleagues as the vault has them now."""
        if self._closed or not self.vault.is_open:
            return
        values = self.joined()
        self.folder_label.setText(values["folder"] if values else self.tr("No team folder yet."))
        self.choose_button.setText(self.tr("Change the team &folder…") if values else
                                   self.tr("Choose the team &folder…"))
        text, _tip = self.team_sync.describe() if values else ("", "")
        self.status_label.setText(QTextDocumentFragment.fromHtml(text).toPlainText() if text else
                                  self.tr("Not in a team yet: choose the team folder."))
        self.fingerprint.setText(my_public_key("").fingerprint)
        selected = self.selected()
        self.members = team.members()
        self.table.setRowCount(0)
        for member in self.members:
            self._add_row(member)
        if selected is not None:
            for row, member in enumerate(self.members):
                if member["fingerprint"] == selected["fingerprint"]:
                    self.table.selectRow(row)
        self._fit_rows()
        self.table.setVisible(bool(self.members))
        self.empty_hint.setVisible(not self.members)
        self.update_buttons()

    def _add_row(self, member: dict[str, Any]) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        key, key_color = self.key_text(member)
        unread = "—" if member["removed"] or not member["verified"] else str(member["unread_by_them"])
        for column, text in enumerate((member["name"], member["fingerprint"], key, self.policy_text(member), unread)):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if column == 2 and key_color:
                item.setForeground(QColor(key_color))
            if member["removed"]:
                item.setForeground(QColor("#757575"))
            if column == 4:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, column, item)

    def _fit_rows(self, *_args) -> None:
        # After the columns settle (the stretched one is only known once the dialog is shown).
        QTimer.singleShot(0, self._resize_rows)

    def _resize_rows(self) -> None:
        if self._closed:
            return
        self.table.resizeRowsToContents()
        one_line = self.table.fontMetrics().lineSpacing() + 12
        for row in range(self.table.rowCount()):
            self.table.setRowHeight(row, max(self.table.rowHeight(row) + 6, one_line))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_rows()

    def key_text(self, member: dict[str, Any]) -> tuple[str, str]:
        """(what the key's state is, a colour for it or "")."""
        removed = member["removed"]
        if removed == "seized":
            return self.tr("Removed: their laptop was seized"), ""
        if removed == "rotated":
            return self.tr("Removed: replaced by a new key"), ""
        if removed:
            return self.tr("Removed: left the team"), ""
        if not member["verified"]:
            return self.tr("Fingerprint not checked"), "#b71c1c"
        return self.tr("Checked"), ""

    def policy_text(self, member: dict[str, Any]) -> str:
        if member["removed"]:
            return self.tr("nothing")
        if not member["verified"]:
            return self.tr("nothing until the fingerprint is checked")
        policy = member["policy"] or {"profile": "internal", "filter": {}, "contacts": False, "evidence": False}
        profiles = {"internal": self.tr("Internal"), "court": self.tr("Court"), "family": self.tr("Family"),
                    "public": self.tr("Public")}
        keys = {"facility": self.tr("facility"), "state": self.tr("state"), "lawyer": self.tr("lawyer"),
                "proceeding": self.tr("proceeding")}
        cases = "; ".join(f"{keys.get(key, key)}: {', '.join(values)}" for key, values in policy["filter"].items()
                          if values) or self.tr("all cases")
        return " · ".join((profiles.get(policy["profile"], policy["profile"]), cases,
                           self.tr("contacts") if policy["contacts"] else self.tr("no contacts"),
                           self.tr("evidence") if policy["evidence"] else self.tr("no evidence")))

    def selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.members[rows[0].row()] if rows and rows[0].row() < len(self.members) else None

    def select(self, name: str) -> None:
        """Select a colleague by name (the keyboard does the same with the arrows)."""
        for row, member in enumerate(self.members):
            if member["name"] == name:
                self.table.selectRow(row)
                return

    def update_buttons(self) -> None:
        running = self.team_sync.running
        joined = self.vault.is_open and not self._closed and self.joined() is not None
        member = self.selected()
        active = bool(member and member["verified"] and not member["removed"])
        self.choose_button.setEnabled(not running)
        self.sync_button.setEnabled(joined and not running)
        self.seized_button.setEnabled(joined and not running)
        self.seized_button.setToolTip("" if joined else self.tr("Choose the team folder first: the new keys are "
                                                                "announced to colleagues through it."))
        self.edit_button.setEnabled(active and not running)
        self.remove_button.setEnabled(active and not running)
        self.keys_button.setEnabled(not running)
        for widget in (self.progress, self.progress_label, self.stop_button):
            widget.setVisible(running)
        self.stop_button.setEnabled(running and not self.team_sync.stopping)

    def run_checks(self) -> None:
        """The doctor's findings, found in the background (it may ask the local Syncthing)."""
        if self._closed or not self.vault.is_open:
            return
        if self.joined() is None:
            self.show_checks([{"level": "warning", "en": "No team folder yet: choose one above.",
                               "es": "Aún no hay carpeta de equipo: elija una arriba."}])
            return
        vault, epoch = self.vault, self.team_sync.epoch

        def show(found: list[dict[str, str]]) -> None:
            if epoch == self.team_sync.epoch and not self._closed:
                self.show_checks(found)

        def failed(error: Exception) -> None:
            if epoch == self.team_sync.epoch and not self._closed:
                self.show_checks([{"level": "problem", "en": _message(error, "en"), "es": _message(error, "es")}])

        self.runner.run(lambda: team.doctor(vault), show, failed)

    def show_checks(self, found: list[dict[str, str]]) -> None:
        while self.checks_layout.count():
            widget = self.checks_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        names = {"ok": self.tr("Fine"), "warning": self.tr("Warning"), "problem": self.tr("Problem")}
        self.check_texts: list[tuple[str, str]] = []
        for row, finding in enumerate(found):
            level = finding.get("level", "warning")
            picture = QLabel()
            picture.setPixmap(check_icon(level).pixmap(18, 18))
            picture.setAccessibleName(names.get(level, level))
            picture.setToolTip(names.get(level, level))
            picture.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            text = finding["es"] if self.language == "es" else finding["en"]
            words = QLabel(text)
            words.setTextFormat(Qt.TextFormat.PlainText)
            words.setWordWrap(True)
            words.setAccessibleName(f"{names.get(level, level)}: {text}")
            self.checks_layout.addWidget(picture, row, 0)
            self.checks_layout.addWidget(words, row, 1)
            self.check_texts.append((level, text))
        self.checks_layout.setRowStretch(len(found), 1)

    # --- actions --------------------------------------------------------------------------------
    def failure(self, error: Exception) -> str:
        """What to say when an action failed: the error's own words, never a traceback."""
        if isinstance(error, CaseDeskError):
            return error.message(self.language)
        return self.tr("It did not work (%1); nothing was changed. Try again in a moment.").replace(
            "%1", type(error).__name__)

    def choose_folder(self) -> None:
        values = self.joined()
        start = values["folder"] if values else str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("The team folder"), start)
        if folder:
            self.join(Path(folder))

    def join(self, folder: Path) -> bool:
        self.message.clear()
        try:
            team.join(self.vault, folder)
        except (CaseDeskError, peewee.DatabaseError, OSError) as error:
            self.message.setText(self.failure(error))
            return False
        self.team_sync.start(self.vault)       # the schedule begins (it waits while this dialog is open)
        self.reload()
        self.run_checks()
        return True

    def sync_now(self) -> bool:
        self.message.clear()
        started = self.team_sync.sync_now()
        if not started and not self.team_sync.running:
            self.message.setText(self.tr("No exchange now: the vault has no team folder, or it is read-only."))
        return started

    def _pass_started(self) -> None:
        if self._closed:
            return
        self.progress_label.setText(self.tr("Exchanging with the team…"))
        self.report_label.clear()
        self.update_buttons()

    def _pass_progressed(self, names: str) -> None:
        if self._closed:
            return
        self.progress_label.setText(self.tr("Exchanging with %1…").replace("%1", names))

    def _pass_finished(self, report: dict[str, Any] | None) -> None:
        if self._closed:
            return
        problem = self.team_sync.problem
        if report is not None:
            self.report_label.setText(self.report_text(report))
        elif problem is not None:
            self.report_label.clear()
            self.message.setText(_message(problem, self.language))
        else:
            self.report_label.setText(self.tr("The exchange was stopped; the next one goes on from there."))
        self.update_buttons()
        self.reload()
        self.run_checks()

    def report_text(self, report: dict[str, Any]) -> str:
        """What a pass did, in a few plain sentences."""
        spanish = self.language == "es"
        lines = []
        received: dict[str, int] = {}
        for item in report.get("received", []):
            received[item["from"]] = received.get(item["from"], 0) + item["created"] + item["updated"]
        deleted: dict[str, int] = {}
        for item in report.get("received", []):
            deleted[item["from"]] = deleted.get(item["from"], 0) + item.get("deleted", 0)
        for name, count in received.items():
            lines.append(self.tr("From %1:").replace("%1", name) + " "
                         + self.tr("%Ln record(s) added or updated.", "", count)
                         + ("" if not deleted[name] else " " + self.tr("%Ln contact(s) or event(s) deleted.", "",
                                                                        deleted[name])))
        for item in report.get("deletions_kept", []):
            lines.append(self.tr("%1 deleted a contact or an event that was changed here meanwhile: it is kept, "
                                 "and the change goes back to them.").replace("%1", item["from"]))
        for item in report.get("sent", []):
            lines.append(self.tr("To %1:").replace("%1", ", ".join(item["to"])) + " "
                         + self.tr("%Ln case(s) sent.", "", item["cases"]))
        for item in report.get("notices", []):
            if item["verified"]:
                lines.append(self.tr("%1 has new keys (a scheduled change; trusted on the old key's word).")
                             .replace("%1", item["from"]))
            else:
                lines.append(self.tr("%1's laptop was seized: their old key is no longer accepted. Compare their new "
                                     "fingerprint %2 with them by phone, then mark it as checked (Add or check keys).")
                             .replace("%1", item["from"]).replace("%2", item["new_fingerprint"]))
        ignored: dict[str, int] = {}
        for item in report.get("ignored", []):
            ignored[item["why"]] = ignored.get(item["why"], 0) + item["files"]
        for why, count in ignored.items():
            lines.append(self.tr("%Ln file(s) from keys not among your colleagues were ignored.", "", count)
                         if why == "not among your colleagues" else
                         self.tr("%Ln file(s) from removed keys were ignored.", "", count) if why == "removed" else
                         self.tr("%Ln file(s) wait for a fingerprint check of their sender.", "", count))
        if report.get("waiting"):
            lines.append(self.tr("%Ln file(s) wait: still arriving, or an earlier file has not arrived yet.", "",
                                 len(report["waiting"])))
        for item in report.get("refused", []):
            lines.append(self.tr("Refused from %1: %2").replace("%1", item["from"])
                         .replace("%2", item["why_es"] if spanish else item["why_en"]))
        if report.get("conflicts"):
            lines.append(self.tr("%Ln conflict(s) to decide.", "", report["conflicts"]))
        if not lines:
            lines.append(self.tr("Nothing new to send or receive."))
        return "\n".join(lines)

    def edit_policy(self) -> PolicyDialog | None:
        member = self.selected()
        if member is None or not member["verified"] or member["removed"] or self.team_sync.running:
            return None
        dialog = PolicyDialog(self.vault, self.language, member, self)
        dialog.accepted.connect(self.reload)
        dialog.accepted.connect(self.team_sync.changed.emit)     # they are no longer in step: everything goes again
        dialog.open()
        return dialog

    def remove_selected(self) -> bool:
        member = self.selected()
        if member is None or member["removed"] or self.team_sync.running:
            return False
        answer = QMessageBox.question(
            self, self.tr("Remove from the team?"),
            self.tr("Remove %1 from the team?\n\nNothing more will be sent to them, and files signed with their key "
                    "will be ignored. What they received before stays with them.").replace("%1", member["name"]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            team.remove(self.vault, member["fingerprint"])
        except (CaseDeskError, peewee.DatabaseError, OSError) as error:
            self.message.setText(self.failure(error))
            return False
        self.reload()
        self.team_sync.changed.emit()
        return True

    def show_keys(self) -> QDialog:
        from casedesk.gui.exchange import ExchangeDialog
        dialog = ExchangeDialog(self.vault, self.language, self)
        dialog.finished.connect(lambda _result: (self.reload(), self.team_sync.changed.emit()))
        dialog.open()
        return dialog

    def seized_title(self) -> str:
        return self.tr("Was this laptop seized?")

    def seized_text(self) -> str:
        return self.tr(
            "Use this if this laptop, or a copy of this vault, was out of your hands: seized, stolen or taken for "
            "inspection.\n\n"
            "CaseDesk makes new exchange keys for this vault and tells your colleagues through the team folder:\n\n"
            "• their CaseDesk stops accepting the old key at once, so whoever holds it cannot send them anything in "
            "your name;\n"
            "• they accept the new key only after you read its fingerprint to each of them, by phone or in person, "
            "and they mark it as checked. Until then, nothing is exchanged with them.\n\n"
            "Your cases do not change. Make new keys now?")

    def laptop_seized(self) -> dict[str, Any] | None:
        if self.team_sync.running or self.joined() is None:
            return None
        answer = QMessageBox.warning(self, self.seized_title(), self.seized_text(),
                                     QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                     QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return None
        self.message.clear()
        try:
            result = team.rotate_keys(self.vault, "seized")
        except (CaseDeskError, peewee.DatabaseError, OSError) as error:
            self.message.setText(self.failure(error))
            return None
        told = ", ".join(result["told"]) or self.tr("no colleague yet")
        self.notice.setText(self.tr(
            "New keys made. This vault's new fingerprint is %1.\n"
            "Call each colleague (%2) and read it to them; until they check it, their CaseDesk accepts nothing "
            "from this vault.").replace("%1", result["new_fingerprint"]).replace("%2", told))
        self.notice.setVisible(True)
        self.reload()
        self.team_sync.changed.emit()
        return result

    # --- closing --------------------------------------------------------------------------------
    def _closing(self, _result: int) -> None:
        # The pass's signals stay connected (disconnecting warns in PySide6); every slot they
        # reach checks `_closed` first.
        self._closed = True
        self.team_sync.paused = False
