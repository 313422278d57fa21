"""The verification queue: open claims, oldest first, what each still needs, whom to call.

Also where an announced list of releases is pasted and matched to the people held.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QInputDialog,
    QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from casedesk.domain.errors import CaseDeskError
from casedesk.domain.normalize import parse_date
from casedesk.domain.vocabulary import ClaimKind, SourceKind, VerificationState
from casedesk.gui.documents import EmptyTableHint
from casedesk.gui.i18n import show_date
from casedesk.services.importing import list_file_bytes
from casedesk.services.release_tracker import default_since, record_release_list, release_tracker
from casedesk.services.releases import create_release_claims, match_release_list, read_list_file
from casedesk.services.verification import (
    add_check, dispute_claim, open_claims, retract_claim, set_claimed_date, verify_claim,
)
from casedesk.storage.vault import Vault

CLAIM_ROLE = Qt.ItemDataRole.UserRole


class VerificationQueue(QWidget):
    case_changed = Signal(str)          # a verified claim changed this case's timeline
    failed = Signal(str)

    def __init__(self, vault: Vault, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.language = vault, language
        self.claims: dict[str, dict] = {}
        self.table = QTableWidget(0, 6)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column, width in ((0, 95), (1, 190), (2, 160), (3, 120), (5, 300)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())  # wrapped text fits
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._enable_buttons)
        self.empty_hint = EmptyTableHint(self.table)
        buttons = QHBoxLayout()
        self.add_source_button = QPushButton()
        self.add_source_button.clicked.connect(self.add_source)
        self.date_button = QPushButton()
        self.date_button.clicked.connect(self.set_date)
        self.verify_button = QPushButton()
        self.verify_button.clicked.connect(self.verify)
        self.dispute_button = QPushButton()
        self.dispute_button.clicked.connect(lambda: self._close(dispute_claim))
        self.retract_button = QPushButton()
        self.retract_button.clicked.connect(lambda: self._close(retract_claim))
        self.list_button = QPushButton()
        self.list_button.clicked.connect(self.match_list)
        self.tracker_button = QPushButton()
        self.tracker_button.clicked.connect(self.show_tracker)
        for button in (self.add_source_button, self.date_button, self.verify_button, self.dispute_button,
                       self.retract_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.tracker_button)
        buttons.addWidget(self.list_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.retranslate()
        self._enable_buttons()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Reported"), self.tr("Name"), self.tr("Claim"),
                                              self.tr("State"), self.tr("Still needs"), self.tr("Whom to call")])
        self.table.setAccessibleName(self.tr("Claims to verify"))
        self.empty_hint.setText(self.tr(
            "No claims wait for verification. When a release is announced, use “Announced list of releases…” "
            "to match the list with the people held: each match becomes a claim here, verified once two "
            "independent sources confirm it."))
        for button, text in ((self.add_source_button, self.tr("Add a checked &source…")),
                             (self.date_button, self.tr("Da&te of the claim…")),
                             (self.verify_button, self.tr("Mark ve&rified")),
                             (self.dispute_button, self.tr("&Disputed…")),
                             (self.retract_button, self.tr("Re&tracted…")),
                             (self.list_button, self.tr("Announced &list of releases…")),
                             (self.tracker_button, self.tr("Release trac&ker…"))):
            button.setText(text)
        self._enable_buttons()

    def _enable_buttons(self) -> None:
        """Actions on a claim are on only with a claim selected; "Mark verified" only when
        nothing is missing (the "Still needs" column says what is)."""
        claim = self.selected_claim()
        for button in (self.add_source_button, self.date_button, self.dispute_button, self.retract_button):
            button.setEnabled(claim is not None)
        ready = claim is not None and not claim["missing_en"]
        self.verify_button.setEnabled(ready)
        self.verify_button.setToolTip("" if ready or claim is None else
                                      self.tr("Not yet: the “Still needs” column says what is missing."))

    def reload(self) -> None:
        self.claims = {claim["id"]: claim for claim in open_claims()}
        self.table.setRowCount(0)
        for claim in self.claims.values():
            row = self.table.rowCount()
            self.table.insertRow(row)
            kind = ClaimKind(claim["kind"]).label(self.language)
            contacts = "; ".join(f"{c['name']} ({c['relationship']}) — {c['safe_channel'] or c['phones']}"
                                 for c in claim["contacts"])
            cells = [show_date(claim["reported_at"][:10]), claim["name"],
                     f"{kind} {show_date(claim['claimed_date'])}".strip(),
                     VerificationState(claim["state"]).label(self.language),
                     claim["missing_es"] if self.language == "es" else claim["missing_en"], contacts]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(CLAIM_ROLE, claim["id"])
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        self._enable_buttons()

    def clear(self) -> None:
        self.claims = {}
        self.table.setRowCount(0)
        for dialog in self.findChildren(ReleaseTrackerDialog):     # names of people: not left on screen
            dialog.clear()
            dialog.close()
        self._enable_buttons()

    def selected_claim(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        item = self.table.item(rows[0].row(), 0) if rows else None
        return self.claims.get(item.data(CLAIM_ROLE)) if item is not None else None

    def add_source(self) -> None:
        claim = self.selected_claim()
        if claim is None:
            return
        dialog = SourceDialog(claim, self.language, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._try(lambda: add_check(self.vault, claim["id"], **dialog.values()))

    def set_date(self) -> None:
        """The date the claim says it happened: without it a claim can never be verified."""
        claim = self.selected_claim()
        if claim is None:
            return
        text, ok = QInputDialog.getText(self, self.tr("Date of the claim"),
                                        self.tr("The date it happened (dd/mm/yyyy):"),
                                        text=show_date(claim["claimed_date"]) if claim["claimed_date"] else "")
        if ok and text.strip():
            self._try(lambda: set_claimed_date(self.vault, claim["id"], parse_date(text).value))

    def verify(self) -> None:
        claim = self.selected_claim()
        if claim is not None and self._try(lambda: verify_claim(self.vault, claim["id"])):
            self.case_changed.emit(claim["case_id"])

    def _close(self, action) -> None:
        claim = self.selected_claim()
        if claim is None:
            return
        note, ok = QInputDialog.getText(self, self.tr("Close the claim"), self.tr("Why (for the record):"))
        if ok:
            self._try(lambda: action(self.vault, claim["id"], note))

    def match_list(self) -> None:
        dialog = ReleaseListDialog(self.vault, self.language, self)
        dialog.exec()
        self.reload()

    def show_tracker(self) -> "ReleaseTrackerDialog":
        """Releases claimed, verified and disputed per day since an announcement."""
        dialog = ReleaseTrackerDialog(self.language, self)
        dialog.open()
        return dialog

    def _try(self, action) -> bool:
        try:
            action()
        except CaseDeskError as error:
            self.failed.emit(error.message(self.language))
            QMessageBox.warning(self, self.tr("Not done"), html.escape(error.message(self.language)))
            return False
        self.reload()
        return True


class SourceDialog(QDialog):
    """One source checked for a claim: its kind, what it said, and through whom."""

    def __init__(self, claim: dict, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Checked source"))
        self.kind = QComboBox()
        for kind in SourceKind:
            self.kind.addItem(kind.label(language), kind.value)
        self.detail = QLineEdit()
        self.confirms = QCheckBox(self.tr("This source confirms the claim"), checked=True)
        self.contact = QComboBox()
        self.contact.addItem("—", None)
        for contact in claim["contacts"]:       # never those marked do-not-contact
            self.contact.addItem(f"{contact['name']} ({contact['relationship']})", contact)
        self.channel = QLineEdit()
        self.contact.currentIndexChanged.connect(
            lambda _: self.channel.setText((self.contact.currentData() or {}).get("safe_channel", "")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Kind of source:"), self.kind)
        form.addRow(self.tr("&What it says:"), self.detail)
        form.addRow(self.tr("&Family contact:"), self.contact)
        form.addRow(self.tr("C&hannel:"), self.channel)
        form.addRow("", self.confirms)
        form.addRow(buttons)

    def values(self) -> dict:
        contact = self.contact.currentData()
        return {"source_kind": SourceKind(self.kind.currentData()), "detail": self.detail.text(),
                "confirms": self.confirms.isChecked(), "contact_uuid": contact["id"] if contact else None,
                "channel": self.channel.text()}


class ReleaseListDialog(QDialog):
    """Paste a list of names; see who matched, who needs a choice, who has no case."""

    def __init__(self, vault: Vault, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.language = vault, language
        self.result: dict | None = None
        self.setWindowTitle(self.tr("Announced list of releases"))
        self.resize(900, 640)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("The announced list"))
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("Paste the list here: one name per line, with or without cédula."))
        self.text.textChanged.connect(lambda: self.match_button.setEnabled(bool(self.text.toPlainText().strip())))
        # A format, not an example date: "08/01/2025" in grey read as a date already filled in.
        self.date = QLineEdit(placeholderText=self.tr("dd/mm/yyyy"))
        self.source = QLineEdit(placeholderText=self.tr("e.g. Ministry press note of 7 January"))
        self.match_button = QPushButton(self.tr("&Match with the people held"))
        self.match_button.setEnabled(False)
        self.match_button.clicked.connect(self.match)
        load = QPushButton(self.tr("L&oad a file…"))
        load.clicked.connect(self.load_file)
        self.results = QTableWidget(0, 3)
        self.results.setAccessibleName(self.tr("Who the list names"))
        self.results.setHorizontalHeaderLabels([self.tr("Line"), self.tr("In the list"), self.tr("Case")])
        self.results.horizontalHeader().resizeSection(0, 50)
        self.results.horizontalHeader().resizeSection(1, 360)
        self.results.horizontalHeader().setStretchLastSection(True)
        self.results.verticalHeader().setVisible(False)
        self.results.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.empty_hint = EmptyTableHint(self.results, self.tr(
            "Paste the list above (or load a file) and press “Match with the people held”: each line shows here "
            "with the case it names, a choice when several could fit, or that nobody held has that name."))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.create_button = QPushButton(self.tr("&Record claims to verify"))
        self.create_button.setEnabled(False)
        self.create_button.clicked.connect(self.create_claims)
        form = QFormLayout()
        form.addRow(self.tr("Announced release &date:"), self.date)
        form.addRow(self.tr("&Source of the list:"), self.source)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(load)
        row.addWidget(self.match_button, 1)
        layout.addLayout(row)
        layout.addWidget(self.results, 2)
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.results, self.create_button)
        self.setTabOrder(self.create_button, self.close_button)

    def load_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open the list"), "",
                                              self.tr("Text files (*.txt *.csv);;All files (*)"))
        if name:
            try:
                self.text.setPlainText(read_list_file(list_file_bytes(Path(name)), Path(name).name))
            except CaseDeskError as error:       # a photo, a video chosen by mistake, a file that cannot be read
                self.summary.setText(error.message(self.language))

    def match(self) -> None:
        self.result = match_release_list(self.text.toPlainText())
        self.results.setRowCount(0)
        for item in self.result["matched"]:
            if item.get("partial"):
                self._row(item, self.tr("≈ %1 (part of the name: check it)").replace("%1", item["name"]))
            else:
                self._row(item, f"✓ {item['name']}")
        for item in self.result["ambiguous"]:
            row = self._row(item, "")
            reason = item.get("reason_es" if self.language == "es" else "reason")
            if reason:
                self.results.item(row, 1).setToolTip(reason)
            choice = QComboBox()
            choice.setAccessibleName(self.tr("Case for line %1").replace("%1", str(item["line"])))
            choice.addItem(self.tr("? choose…"), None)
            for candidate in item["candidates"]:
                choice.addItem(f"{candidate['name']} ({candidate['score']:.0f})", candidate)
            self.results.setCellWidget(row, 2, choice)
        for item in self.result["unmatched"]:
            if item.get("note"):
                self._row(item, self.tr("✗ not held: %1").replace("%1", item["note"].split(": ", 1)[-1]))
            else:
                self._row(item, self.tr("✗ nobody held by this name"))
        for item in self.result.get("not_released", []):
            row = self._row(item, self._not_released(item))
            self.results.item(row, 1).setToolTip(item.get("sentence", ""))
        for item in self.result.get("unclear", []):
            row = self._row(item, self.tr("? unclear: read the sentence (“%1”)").replace("%1", ", ".join(item.get("cues", []))))
            self.results.item(row, 1).setToolTip(item.get("sentence", ""))
            self.results.item(row, 2).setToolTip(item.get("sentence", ""))
        for item in self.result["not_names"]:
            row = self._row(item, self.tr("— not a name (a heading, source or note)"))
            for column in range(3):
                self.results.item(row, column).setForeground(Qt.GlobalColor.gray)
        self.summary.setText(", ".join((
            self.tr("%Ln matched", "", len(self.result["matched"])),
            self.tr("%Ln to choose", "", len(self.result["ambiguous"])),
            self.tr("%Ln without a case", "", len(self.result["unmatched"])),
            self.tr("%Ln named but not as released", "", len(self.result.get("not_released", []))),
            self.tr("%Ln unclear", "", len(self.result.get("unclear", []))),
            self.tr("%Ln line(s) that name nobody", "", len(self.result["not_names"])))) + ".")
        self.create_button.setEnabled(bool(self.result["matched"] or self.result["ambiguous"]))

    def _not_released(self, item: dict) -> str:
        """Why a name the statement gives is not counted as released, in plain words."""
        cues = ", ".join(item.get("cues", []))
        said = {"still_held": self.tr("still held"), "transferred": self.tr("transferred, not released"),
                "lawyer": self.tr("a lawyer"), "relative": self.tr("a relative"), "official": self.tr("an official"),
                "speaker": self.tr("someone quoted"), "signatory": self.tr("signs the statement")}
        what = said.get(item.get("role") or item.get("status") or "", self.tr("not released"))
        text = f"✗ {what}" + (f" (“{cues}”)" if cues else "")
        if item.get("role") and item.get("case_id"):
            text += " — " + self.tr("a person held has the same name")
        return text

    def _row(self, item: dict, case_text: str) -> int:
        row = self.results.rowCount()
        self.results.insertRow(row)
        for column, text in enumerate((str(item["line"]), item["text"], case_text)):
            self.results.setItem(row, column, QTableWidgetItem(text))
        return row

    def chosen(self) -> list[dict]:
        """The matched lines plus the ambiguous ones whose case the user chose."""
        chosen = list(self.result["matched"])
        for row in range(self.results.rowCount()):
            combo = self.results.cellWidget(row, 2)
            if isinstance(combo, QComboBox) and combo.currentData():
                line = int(self.results.item(row, 0).text())
                text = self.results.item(row, 1).text()
                chosen.append({"line": line, "text": text, **combo.currentData()})
        return chosen

    def create_claims(self) -> None:
        # A claim without the date of the release can never be verified, and no window can date
        # it afterwards: it stayed in the queue for good. The date is asked for first.
        if not self.date.text().strip():
            self.summary.setText(self.tr("Type the announced date of the release first: a claim without its date "
                                         "cannot be verified."))
            self.date.setFocus()
            return
        try:
            released_on = parse_date(self.date.text()).value
            source = self.source.text().strip() or self.tr("Announced list")
            created = create_release_claims(self.vault, self.chosen(), released_on, source=source)
            record_release_list(self.vault, self.result, released_on, source=source, claims=len(created))
        except CaseDeskError as error:
            self.summary.setText(error.message(self.language))
            return
        self.summary.setText(self.tr("%Ln claim(s) recorded in the verification queue.", "", len(created)))
        self.create_button.setEnabled(False)


class ReleaseTrackerDialog(QDialog):
    """After an announcement: per day, how many the lists named as released, and how many
    releases were claimed, verified and disputed; and who still needs a second source."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.tracker: dict | None = None
        self.setWindowTitle(self.tr("Release tracker"))
        self.resize(900, 680)
        self.since = QLineEdit(default_since().strftime("%d/%m/%Y"))
        self.since.setAccessibleName(self.tr("Announcement date"))
        self.since.returnPressed.connect(self.refresh)
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.clicked.connect(self.refresh)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Releases since the announcement of:")))
        row.addWidget(self.since)
        row.addWidget(self.show_button)
        row.addStretch()
        self.days = QTableWidget(0, 6)
        self.days.setAccessibleName(self.tr("Releases per day"))
        self.days.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Announced"), self.tr("Claimed"),
                                             self.tr("Verified"), self.tr("Disputed"), self.tr("Still open")])
        self.days.setToolTip(self.tr("Announced: people the release lists loaded that day named as released. "
                                     "Claimed, verified, disputed: people, each counted once. Still open: claimed "
                                     "so far and not yet verified, disputed or retracted."))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.waiting = QTableWidget(0, 4)
        self.waiting.setAccessibleName(self.tr("Who still needs a second source"))
        self.waiting.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Claimed release"), self.tr("Source they have"),
                                                self.tr("Reported by")])
        self.waiting_hint = EmptyTableHint(self.waiting, self.tr(
            "Nobody waits for a second source: every release claimed since that date is verified, closed, or has "
            "no source yet."))
        for table in (self.days, self.waiting):
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
            table.verticalHeader().setVisible(False)
        self.waiting.horizontalHeader().setStretchLastSection(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.days, 2)
        layout.addWidget(self.summary)
        self.waiting_title = QLabel()
        layout.addWidget(self.waiting_title)
        layout.addWidget(self.waiting, 2)
        layout.addWidget(buttons)
        self.finished.connect(lambda _result: self.clear())     # closed: the names go with it
        self.refresh()

    def refresh(self) -> None:
        try:
            since = parse_date(self.since.text()).value
            self.tracker = release_tracker(since)
        except CaseDeskError as error:
            self.message.setText(html.escape(error.message(self.language)))
            return
        self.message.clear()
        tracker = self.tracker
        self.days.setRowCount(0)
        # The latest day first (that is what changes); days when nothing happened are left out.
        for day in reversed([day for day in tracker["days"] if any(
                day[name] for name in ("announced", "claimed", "verified", "disputed", "retracted"))
                or day is tracker["days"][-1]]):
            row = self.days.rowCount()
            self.days.insertRow(row)
            for column, value in enumerate((show_date(day["date"]), day["announced"], day["claimed"], day["verified"],
                                            day["disputed"], day["open_total"])):
                cell = QTableWidgetItem(str(value))
                if column:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.days.setItem(row, column, cell)
        totals = tracker["totals"]
        self.summary.setText(self.tr(
            "Since %1 — named as released in the lists loaded: %2; releases claimed: %3, verified: %4, disputed: %5, "
            "retracted: %6; still being verified: %7 (with no source yet: %8).")
            .replace("%1", show_date(tracker["since"])).replace("%2", str(totals["announced"]))
            .replace("%3", str(totals["claimed"])).replace("%4", str(totals["verified"]))
            .replace("%5", str(totals["disputed"])).replace("%6", str(totals["retracted"]))
            .replace("%7", str(totals["open"])).replace("%8", str(totals["no_source_yet"])))
        self.waiting_title.setText(self.tr("Still need a second source: %1").replace(
            "%1", str(totals["needs_second_source"])))
        self.waiting.setRowCount(0)
        for item in tracker["needs_second_source"]:
            row = self.waiting.rowCount()
            self.waiting.insertRow(row)
            sources = "; ".join(f"{source['kind_es' if self.language == 'es' else 'kind_en']}"
                                + (f" (“{source['detail']}”)" if source["detail"] else "")
                                + ("" if source["confirms"] else " — " + self.tr("contradicts the claim"))
                                for source in item["sources"])
            cells = [item["name"], show_date(item["claimed_date"]), sources,
                     f"{item['reported_by']} ({show_date(item['reported_on'])})" if item["reported_by"]
                     else show_date(item["reported_on"])]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.waiting.setItem(row, column, cell)
        self.days.resizeColumnsToContents()
        self.waiting.resizeColumnsToContents()

    def clear(self) -> None:
        self.tracker = None
        self.days.setRowCount(0)
        self.waiting.setRowCount(0)
        self.summary.clear()
