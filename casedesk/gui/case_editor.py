"""The case editor: person, detention, timeline, contacts, evidence and notes.

Everything typed is saved as a draft inside the vault every two seconds, on lock and on a
crash's next start, until the case is saved or the draft is knowingly discarded.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QMessageBox, QPlainTextEdit, QPushButton, QScrollArea, QTableWidget, QTableWidgetItem,
    QTabWidget, QVBoxLayout, QWidget,
)

from casedesk.domain.errors import CaseDeskError, DuplicateNationalId
from casedesk.domain.normalize import FuzzyDate, parse_date
from casedesk.domain.list_words import STATES
from casedesk.domain.timeline import status_after
from casedesk.domain.vocabulary import (
    CivilianMilitary, ClaimKind, Classification, Consent, DatePrecision, EventKind, Health, Priority, Sex, Stage,
    Status, Vocabulary,
)
from casedesk.gui.court_section import CourtSection, ProceedingEvents
from casedesk.gui.dossier_dialog import DossierDialog
from casedesk.gui.evidence_panel import EvidencePanel
from casedesk.gui.tasks import BackgroundRunner
from casedesk.services.cases import Changes, NewCase, NewContact, NewEvent, add_case, case_details, edit_case, find_case
from casedesk.services.search import search_cases
from casedesk.services.verification import report_claim
from casedesk.services.workspace import discard_draft, save_draft
from casedesk.storage.models import Agency, Facility, Person, database
from casedesk.storage.vault import Vault

PERSON_TEXT = ("given_names", "surnames", "national_id", "nationality", "occupation", "affiliation")
CASE_TEXT = ("arrest_place", "court", "case_file_number", "judge", "lawyer", "tags")
# The health section and what else the census publishes about a detention.
CENSUS_FIELDS = ("arrest_state", "minor_at_arrest", "health", "health_conditions", "treatment_needed", "care_denied")
HEALTH_DATES = ("health_since", "care_denied_since")
# A release typed by hand is only a claim: it counts once two independent sources confirm it.
RELEASED = (Status.RELEASED_CONDITIONAL.value, Status.RELEASED_FULL.value)
AUTOSAVE_MS = 2000


class CaseEditor(QDialog):
    saved = Signal(str, object)            # case uuid, what undo needs (None for a new case)
    open_case_requested = Signal(str)

    def __init__(self, vault: Vault, language: str, *, case_id: str | None = None,
                 draft_key: str, draft: dict[str, Any] | None = None, runner: BackgroundRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.language, self.case_id, self.draft_key = vault, language, case_id, draft_key
        self.runner = runner or BackgroundRunner(self)
        self.dirty = False
        self.setWindowTitle(self.tr("New case") if case_id is None else self.tr("Edit case"))
        self.resize(760, 620)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.events: list[dict[str, Any]] = []       # the timeline as it will be saved
        self.contacts: list[dict[str, Any]] = []
        self.claims: list[dict[str, Any]] = []       # releases typed here, for the verification queue on Save

        self.tabs = QTabWidget()
        self.tabs.addTab(self._person_tab(), self.tr("Person"))
        self.tabs.addTab(self._detention_tab(), self.tr("Detention"))
        self.tabs.addTab(self._timeline_tab(), self.tr("Timeline"))
        self.tabs.addTab(self._contacts_tab(), self.tr("Family and contacts"))
        self.tabs.addTab(self._evidence_tab(), self.tr("Evidence"))
        self.tabs.addTab(self._notes_tab(), self.tr("Notes"))

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c")
        self.open_existing = QPushButton(self.tr("Open the existing person's case"))
        self.open_existing.setVisible(False)
        self.open_existing.clicked.connect(self._open_existing)
        self.suggestions = QListWidget()
        self.suggestions.setMaximumHeight(90)
        self.suggestions.setVisible(False)
        self.suggestions.itemActivated.connect(lambda item: self.open_case_requested.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.suggestions_label = QLabel(self.tr("Possible matches already in the vault:"))
        self.suggestions_label.setVisible(False)

        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.dossier_button = QPushButton(self.tr("Dossier (PDF)…"))
        self.dossier_button.setEnabled(case_id is not None)
        self.dossier_button.clicked.connect(self.make_dossier)
        buttons.addWidget(self.dossier_button)
        self.filing_button = QPushButton(self.tr("Draft a &filing…"))
        self.filing_button.setEnabled(case_id is not None)
        self.filing_button.setToolTip(self.tr("A petition filled from this case (decaimiento, habeas corpus, medical "
                                              "transfer, whereabouts, WGAD, IACHR), as an editable Word file"))
        self.filing_button.clicked.connect(self.draft_filing)
        buttons.addWidget(self.filing_button)
        buttons.addStretch()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.suggestions_label)
        layout.addWidget(self.suggestions)
        layout.addWidget(self.message)
        layout.addWidget(self.open_existing)
        layout.addLayout(buttons)

        self._existing_person_uuid: str | None = None
        self._duplicate_of: str | None = None       # the person a duplicate national ID belongs to
        self._loaded: dict[str, Any] = {}
        if case_id is not None:
            self._load_case()
        else:
            # A new record starts from the vault's defaults, never from a list's first entry
            # (which would make every new person female, civilian and a political prisoner).
            defaults = NewCase()
            self.set_values({"sex": defaults.sex.value, "civilian_military": defaults.civilian_military.value,
                             "classification": defaults.classification.value,
                             "priority": defaults.priority.value, "status": None, "stage": None,
                             "health": defaults.health.value})
            self._loaded = self.values()
            # The cursor waits in the first field: the focus fell on the tab bar, where the name
            # a lawyer typed after Ctrl+N went nowhere.
            self.fields["given_names"].setFocus()
        if draft:
            self.set_values(draft)
            self.dirty = True
        for widget in self.fields.values():
            _on_change(widget, self._changed)
        self.evidence.changed.connect(self._changed)

        self._autosave = QTimer(self, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft_now)
        self._autosave.start()
        self._duplicate_timer = QTimer(self, singleShot=True, interval=300)
        self._duplicate_timer.timeout.connect(self._check_duplicates)

    # --- tabs ------------------------------------------------------------------------------------
    def _form_tab(self) -> tuple[QWidget, QFormLayout]:
        page = QWidget()
        return page, QFormLayout(page)

    def _add(self, form: QFormLayout, name: str, label: str, widget: QWidget) -> None:
        self.fields[name] = widget
        error = QLabel()
        error.setStyleSheet("color: #b71c1c")
        error.setVisible(False)
        self.errors[name] = error
        column = QVBoxLayout()
        column.setSpacing(1)
        column.addWidget(widget)
        column.addWidget(error)
        form.addRow(label, column)

    def _combo(self, vocabulary: type[Vocabulary], empty: bool = False) -> QComboBox:
        combo = QComboBox()
        if empty:
            combo.addItem("—", None)
        for term in vocabulary:
            combo.addItem(term.label(self.language), term.value)
        return combo

    def _person_tab(self) -> QWidget:
        page, form = self._form_tab()
        self._add(form, "given_names", self.tr("Given names:"), QLineEdit())
        self._add(form, "surnames", self.tr("Surnames:"), QLineEdit())
        self._add(form, "aliases", self.tr("Aliases (one per line):"), _plain(60))
        self._add(form, "national_id", self.tr("National ID:"), QLineEdit(placeholderText="V-12.345.678"))
        self._add(form, "sex", self.tr("Sex:"), self._combo(Sex))
        self._add(form, "birth_date", self.tr("Birth date:"), QLineEdit(placeholderText="29/12/1990"))
        self._add(form, "nationality", self.tr("Nationality:"), QLineEdit())
        self._add(form, "occupation", self.tr("Occupation:"), QLineEdit())
        self._add(form, "affiliation", self.tr("Affiliation:"), QLineEdit())
        self._add(form, "civilian_military", self.tr("Civilian or military:"), self._combo(CivilianMilitary))
        self._add(form, "person_notes", self.tr("About the person:"), _plain(80))
        for name in ("given_names", "surnames", "national_id"):
            self.fields[name].textEdited.connect(lambda _: self._duplicate_timer.start())
        return page

    def _detention_tab(self) -> QWidget:
        page, form = self._form_tab()
        self._add(form, "arrest_date", self.tr("Arrest date:"), QLineEdit(placeholderText="3 dic 2020"))
        self._add(form, "arrest_place", self.tr("Place of arrest:"), QLineEdit())
        self._add(form, "agency", self.tr("Arresting agency:"), _editable_combo([a.name for a in Agency.select().order_by(Agency.name_key)]))
        self._add(form, "facility", self.tr("Facility:"), _editable_combo([f.name for f in Facility.select().order_by(Facility.name_key)]))
        self._add(form, "charges", self.tr("Charges:"), _plain(60))
        self._add(form, "court", self.tr("Court:"), QLineEdit())
        self._add(form, "case_file_number", self.tr("Case file number:"), QLineEdit())
        self._add(form, "judge", self.tr("Judge:"), QLineEdit())
        self._add(form, "lawyer", self.tr("Lawyer:"), QLineEdit())
        self.court_section = CourtSection(self.language)
        self.court_section.open_case_requested.connect(self.open_case_requested)
        form.addRow(self.court_section)
        self._add(form, "classification", self.tr("Classification:"), self._combo(Classification))
        self._add(form, "priority", self.tr("Priority:"), self._combo(Priority))
        self._add(form, "status", self.tr("Status today:"), self._combo(Status, empty=True))
        self._add(form, "stage", self.tr("Court stage today:"), self._combo(Stage, empty=True))
        self._add(form, "tags", self.tr("Tags:"), QLineEdit())
        self._add(form, "arrest_state", self.tr("State of the arrest:"), _editable_combo(list(STATES)))
        self._add(form, "minor_at_arrest", "",
                  QCheckBox(self.tr("A mi&nor when arrested (mark it when the birth date is not known)")))
        health = QGroupBox(self.tr("Health"))
        health_form = QFormLayout(health)
        self._add(health_form, "health", self.tr("Serious condition:"), self._combo(Health))
        self._add(health_form, "health_conditions", self.tr("Conditions:"),
                  QLineEdit(placeholderText=self.tr("e.g. hypertension, needs insulin")))
        self._add(health_form, "health_since", self.tr("Known since:"), QLineEdit(placeholderText="3 dic 2025"))
        self._add(health_form, "treatment_needed", self.tr("Treatment needed:"), QLineEdit())
        self._add(health_form, "care_denied", self.tr("Care denied:"),
                  QLineEdit(placeholderText=self.tr("what was denied, by whom")))
        self._add(health_form, "care_denied_since", self.tr("Denied since:"), QLineEdit(placeholderText="3 dic 2025"))
        form.addRow(health)
        # The tab scrolls: laid out whole it made the editor over 900 pixels tall, so on a laptop
        # screen Save, Cancel and the contacts' "Add contact" were below the screen's edge.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        return scroll

    def _timeline_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.events_table = _table([self.tr("Date"), self.tr("Event"), self.tr("Status after"),
                                    self.tr("Court stage after"), self.tr("Description"), self.tr("Source")],
                                   stretch=4)
        self.events_table.itemSelectionChanged.connect(self._event_selected)
        layout.addWidget(self.events_table)
        self.proceeding_events = ProceedingEvents(self.language)
        layout.addWidget(self.proceeding_events)
        row = QHBoxLayout()
        self.event_kind = self._combo(EventKind)
        self.event_kind.setAccessibleName(self.tr("Event"))
        self.event_kind.setToolTip(self.tr("A release typed here is not counted yet: it goes to the verification "
                                           "queue as a claim, verified with two independent sources."))
        self.event_date = QLineEdit(placeholderText=self.tr("date"))
        self.event_date.setAccessibleName(self.tr("Date of the event"))
        self.event_status = self._combo(Status, empty=True)
        self.event_status.setAccessibleName(self.tr("Status after the event"))
        self.event_stage = self._combo(Stage, empty=True)
        self.event_stage.setAccessibleName(self.tr("Court stage after the event"))
        self.event_stage.setToolTip(self.tr("Leave it empty to keep the stage as it was (a charge or a sentence "
                                            "sets it by itself)."))
        self.event_description = QLineEdit(placeholderText=self.tr("description"))
        self.event_description.setAccessibleName(self.tr("Description of the event"))
        self.event_source = QLineEdit(placeholderText=self.tr("source"))
        self.event_source.setAccessibleName(self.tr("Source of the event"))
        for widget in (self.event_kind, self.event_date, self.event_status, self.event_stage, self.event_description,
                       self.event_source):
            row.addWidget(widget)
        layout.addLayout(row)
        buttons = QHBoxLayout()
        self.add_event_button = QPushButton(self.tr("&Add to the timeline"))
        self.add_event_button.clicked.connect(lambda: self._put_event(None))
        self.apply_event_button = QPushButton(self.tr("Apply to the selected event"))
        self.apply_event_button.clicked.connect(lambda: self._put_event(self._selected_row(self.events_table)))
        self.remove_event_button = QPushButton(self.tr("Remove the selected event"))
        self.remove_event_button.clicked.connect(self._remove_event)
        for button in (self.add_event_button, self.apply_event_button, self.remove_event_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout.addLayout(buttons)
        self.event_message = QLabel(self.tr("Changes to the timeline are saved with the case: Save keeps them, "
                                            "Cancel drops them."))
        self.event_message.setWordWrap(True)
        layout.addWidget(self.event_message)
        self.claims_label = QLabel()
        self.claims_label.setWordWrap(True)
        self.claims_label.setVisible(False)
        layout.addWidget(self.claims_label)
        self._event_selected()
        return page

    def _contacts_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.contacts_table = _table([self.tr("Name"), self.tr("Relationship"), self.tr("Phones"),
                                      self.tr("Safe channel"), self.tr("Consent"), self.tr("Contact?")], stretch=0)
        self.contacts_table.itemSelectionChanged.connect(self._contact_selected)
        layout.addWidget(self.contacts_table)
        form = QFormLayout()
        self.contact_name = QLineEdit()
        self.contact_relationship = QLineEdit()
        self.contact_phones = QLineEdit()
        self.contact_channel = QLineEdit()
        self.contact_consent = self._combo(Consent)
        self.contact_do_not = QCheckBox(self.tr("&Do not contact (unsafe for them or for the case)"))
        form.addRow(self.tr("Name:"), self.contact_name)
        form.addRow(self.tr("Relationship:"), self.contact_relationship)
        form.addRow(self.tr("Phones:"), self.contact_phones)
        form.addRow(self.tr("Safe channel:"), self.contact_channel)
        form.addRow(self.tr("Consent:"), self.contact_consent)
        form.addRow("", self.contact_do_not)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.add_contact_button = QPushButton(self.tr("Add contact"))
        self.add_contact_button.clicked.connect(lambda: self._put_contact(None))
        self.apply_contact_button = QPushButton(self.tr("Apply to the selected contact"))
        self.apply_contact_button.clicked.connect(lambda: self._put_contact(self._selected_row(self.contacts_table)))
        self.remove_contact_button = QPushButton(self.tr("Remove the selected contact"))
        self.remove_contact_button.clicked.connect(self._remove_contact)
        for button in (self.add_contact_button, self.apply_contact_button, self.remove_contact_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout.addLayout(buttons)
        self.contact_message = QLabel(self.tr("Changes to contacts are saved with the case: Save keeps them, "
                                              "Cancel drops them."))
        self.contact_message.setWordWrap(True)
        layout.addWidget(self.contact_message)
        self._contact_selected()
        return page

    def _evidence_tab(self) -> QWidget:
        self.evidence = EvidencePanel(self.vault, self.runner, self.language, self.case_id)
        return self.evidence

    def _notes_tab(self) -> QWidget:
        page, form = self._form_tab()
        self._add(form, "notes", self.tr("Case notes:"), _plain(240))
        return page

    # --- values ----------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """What the editor holds now, as plain data (the draft): fields, and the timeline and
        contacts as they will be saved."""
        return {**{name: _value(widget) for name, widget in self.fields.items()},
                "events": [dict(event) for event in self.events], "contacts": [dict(c) for c in self.contacts],
                "claims": [dict(claim) for claim in self.claims], "evidence": dict(self.evidence.pending)}

    def set_values(self, values: dict[str, Any]) -> None:
        for name, value in values.items():
            if name in self.fields:
                _set_value(self.fields[name], value)
        if "events" in values:
            self.events = [dict(event) for event in values["events"]]
        if "contacts" in values:
            self.contacts = [dict(contact) for contact in values["contacts"]]
        if "claims" in values:
            self.claims = [dict(claim) for claim in values["claims"]]
        if "evidence" in values:
            self.evidence.pending = dict(values["evidence"])
            if self.case_id is not None:
                self.evidence.reload()
        self._show_lists()

    def _load_case(self) -> None:
        details = case_details(find_case(self.case_id))
        person, case = details["person"], details["case"]
        self._existing_person_uuid = person["uuid"]
        self.court_section.set_case(self.vault, self.case_id)
        self.court_section.show_proceedings(details["proceedings"])
        self.court_section.changed.connect(self.proceeding_events.show_proceedings)
        self.proceeding_events.show_proceedings(details["proceedings"])
        self.setWindowTitle(self.tr("%1 — case").replace("%1", details["name"]))
        loaded = {name: person.get(name) or "" for name in PERSON_TEXT}
        loaded.update({name: case.get(name) or "" for name in CASE_TEXT})
        loaded.update(aliases=person["aliases"], sex=person["sex"], civilian_military=person["civilian_military"],
                      person_notes=person["notes"], charges=case["charges"], notes=case["notes"],
                      birth_date=_editable_date(person["birth_date"], person["birth_date_precision"]),
                      arrest_date=_editable_date(case["arrest_date"], case["arrest_date_precision"]),
                      agency=case["agency"] or "", facility=case["facility"] or "",
                      classification=case["classification"], priority=case["priority"], status=None, stage=None,
                      arrest_state=case["arrest_state"], minor_at_arrest=bool(case["minor_at_arrest"]),
                      health=case["health"], health_conditions=case["health_conditions"],
                      treatment_needed=case["treatment_needed"], care_denied=case["care_denied"],
                      health_since=_editable_date(case["health_since"], "day"),
                      care_denied_since=_editable_date(case["care_denied_since"], "day"),
                      events=[{"id": event["id"], "kind": event["kind"],
                               "date": _editable_date(event["date"], event["date_precision"]),
                               "status": event["status"], "stage": event["stage"],
                               "description": event["description"], "source": event["source"]}
                              for event in details["events"]],
                      contacts=[{"id": contact["uuid"], "name": contact["name"],
                                 "relationship": contact["relationship"], "phones": contact["phones"],
                                 "safe_channel": contact["safe_channel"], "consent": contact["consent"],
                                 "do_not_contact": bool(contact["do_not_contact"])} for contact in details["contacts"]],
                      evidence={})
        self.set_values(loaded)
        self._loaded = self.values()
        self.fields["status"].setEnabled(False)      # on an existing case the timeline decides
        self.fields["stage"].setEnabled(False)

    def _show_lists(self) -> None:
        """The timeline and the contacts as they will be saved."""
        self.events_table.setRowCount(0)
        for index, event in enumerate(self.events):
            status, stage = event.get("status"), event.get("stage")
            row = _append(self.events_table, [
                event["date"], EventKind(event["kind"]).label(self.language),
                Status(status).label(self.language) if status else "",
                Stage(stage).label(self.language) if stage else "", event["description"], event["source"]])
            self.events_table.item(row, 0).setData(Qt.ItemDataRole.UserRole, index)
        self.claims_label.setText(self.tr("Releases to verify, sent to the verification queue when you save: %1").replace(
            "%1", "; ".join(f"{claim['date']} ({Status(claim['status']).label(self.language)})"
                            + (f" — {claim['claim']}" if claim["claim"] else "") for claim in self.claims)))
        self.claims_label.setVisible(bool(self.claims))
        self.contacts_table.setRowCount(0)
        for index, contact in enumerate(self.contacts):
            row = _append(self.contacts_table, [
                contact["name"], contact["relationship"], contact["phones"], contact["safe_channel"],
                Consent(contact["consent"]).label(self.language),
                self.tr("DO NOT CONTACT") if contact["do_not_contact"] else self.tr("yes")])
            self.contacts_table.item(row, 0).setData(Qt.ItemDataRole.UserRole, index)
            if contact["do_not_contact"]:
                for column in range(self.contacts_table.columnCount()):
                    item = self.contacts_table.item(row, column)
                    item.setForeground(Qt.GlobalColor.white)
                    item.setBackground(Qt.GlobalColor.darkRed)
                    item.setToolTip(self.tr("Do not contact this person"))

    # --- changes, drafts, duplicates -------------------------------------------------------------
    def _changed(self) -> None:
        self.dirty = True

    def save_draft_now(self) -> None:
        if self.dirty:
            save_draft(self.draft_key, {"case_id": self.case_id, "values": self.values()})

    def _check_duplicates(self) -> None:
        if self.case_id is not None:
            return
        values = self.values()
        typed = values["national_id"].strip() or f"{values['given_names']} {values['surnames']}".strip()
        matches = search_cases(typed, limit=5) if len(typed) >= 3 else []
        self.suggestions.clear()
        for row in matches:
            item = QListWidgetItem(f"{row.name} — {row.national_id or '—'} — {Status(row.status).label(self.language)}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.suggestions.addItem(item)
        self.suggestions.setVisible(bool(matches))
        self.suggestions_label.setVisible(bool(matches))

    # --- saving ----------------------------------------------------------------------------------
    def make_dossier(self) -> QDialog | None:
        """The dossier shows what is saved, so unsaved changes are asked to be saved first."""
        if self.case_id is None:
            return None
        if self.dirty:
            self.message.setText(self.tr("Save your changes first: the dossier shows what is saved."))
            return None
        dialog = DossierDialog(self.vault, self.runner, self.language, [self.case_id],
                               [find_case(self.case_id).person.full_name], self)
        dialog.open()
        return dialog

    def draft_filing(self) -> QDialog | None:
        """A filing is filled from what is saved, so unsaved changes are asked to be saved first."""
        from casedesk.gui.filing_dialog import FilingDialog
        if self.case_id is None:
            return None
        if self.dirty:
            self.message.setText(self.tr("Save your changes first: the filing is filled from what is saved."))
            return None
        dialog = FilingDialog(self.vault, self.runner, self.language, self.case_id,
                              find_case(self.case_id).person.full_name, self)
        dialog.filed.connect(self._filed)
        dialog.open()
        return dialog

    def _filed(self, filing) -> None:
        """The timeline shows the filing just recorded (already saved: nothing for Save to do)."""
        if filing.event_id is None:
            return
        event = next((e for e in case_details(find_case(self.case_id))["events"] if e["id"] == filing.event_id), None)
        if event is None:
            return
        shown = {"id": event["id"], "kind": event["kind"], "date": _editable_date(event["date"], event["date_precision"]),
                 "status": event["status"], "stage": event["stage"], "description": event["description"],
                 "source": event["source"]}
        self.events.append(dict(shown))
        self._loaded["events"].append(dict(shown))
        self.events.sort(key=lambda item: _sortable_date(item["date"]))
        self._loaded["events"].sort(key=lambda item: _sortable_date(item["date"]))
        self._show_lists()
        self.tabs.setCurrentIndex(self.tabs.indexOf(self.events_table.parentWidget()))
        self.event_message.setText(self.tr("Filing saved to %1 and recorded in the timeline.").replace(
            "%1", str(filing.path)))

    def save(self) -> None:
        for label in self.errors.values():
            label.setVisible(False)
        self.message.clear()
        self.open_existing.setVisible(False)
        if self._stop_for_unadded():
            return
        try:
            # A release typed before this rule was enforced (a draft restored from then) is a claim too.
            typed = [(event, _release_claim(event, None)) for event in self.events if event["id"] is None]
        except CaseDeskError as error:
            self.message.setText(error.message(self.language))
            return
        for event, claim in typed:
            if claim is not None:
                self.events.remove(event)
                self.claims.append(claim)
        values = self.values()
        dates = {}
        for name in ("birth_date", "arrest_date", *HEALTH_DATES):
            text = values[name].strip()
            if text and text != self._loaded.get(name):
                try:
                    dates[name] = parse_date(text)
                except CaseDeskError as error:
                    self._field_error(name, error.message(self.language))
                    return
        if self.case_id is None and values["status"] in RELEASED:
            self._field_error("status", self.tr(
                "A release is not recorded as today's status: add it to the timeline with its date, and it goes to "
                "the verification queue as a claim, verified with two independent sources."))
            return
        try:
            with database.atomic("IMMEDIATE"):       # the case and its release claims, or neither
                if self.case_id is None:
                    case_id = add_case(self.vault, self._new_case(values, dates))
                    undo = None
                else:
                    case_id, undo = self.case_id, self._save_edits(values, dates)
                self._report_claims(case_id)
            self.case_id = case_id
        except DuplicateNationalId as duplicate:
            self._field_error("national_id", duplicate.message(self.language))
            self._duplicate_of = duplicate.existing_person_uuid
            self.open_existing.setVisible(bool(duplicate.existing_person_uuid))
            return
        except CaseDeskError as error:
            self.message.setText(error.message(self.language))
            return
        discard_draft(self.draft_key)
        self.dirty = False
        self.saved.emit(self.case_id, undo)
        self.accept()

    def _report_claims(self, case_id: str) -> None:
        """The releases typed in the timeline, as claims in the verification queue."""
        for claim in self.claims:
            report_claim(self.vault, case_id, ClaimKind.RELEASE, parse_date(claim["date"]).value,
                         claim=claim["claim"], claimed_status=Status(claim["status"]),
                         reported_by=claim["reported_by"])

    def _new_case(self, values: dict[str, Any], dates: dict[str, FuzzyDate]) -> NewCase:
        return NewCase(
            **{name: values[name] for name in (*PERSON_TEXT, *CASE_TEXT, "aliases", "charges", "notes")
               if name != "national_id"},
            national_id=values["national_id"].strip() or None, sex=Sex(values["sex"]),
            civilian_military=CivilianMilitary(values["civilian_military"]),
            person_notes=values["person_notes"], birth_date=dates.get("birth_date"),
            arrest_date=dates.get("arrest_date"), agency=values["agency"] or None,
            facility=values["facility"] or None, classification=Classification(values["classification"]),
            priority=Priority(values["priority"]), status=Status(values["status"]) if values["status"] else None,
            stage=Stage(values["stage"]) if values.get("stage") else None,
            events=[_new_event(event) for event in self.events],
            contacts=[_new_contact(contact) for contact in self.contacts],
            arrest_state=values["arrest_state"].strip(), minor_at_arrest=values["minor_at_arrest"],
            health=Health(values["health"]), health_conditions=values["health_conditions"],
            treatment_needed=values["treatment_needed"], care_denied=values["care_denied"],
            health_since=dates.get("health_since"), care_denied_since=dates.get("care_denied_since"),
        )

    def _save_edits(self, values: dict[str, Any], dates: dict[str, FuzzyDate]) -> dict[str, Any]:
        changed = {name for name, value in values.items() if value != self._loaded.get(name)}
        person_fields = {"aliases", "sex", "civilian_military", *PERSON_TEXT}
        person = {name: values[name] for name in changed & person_fields}
        if "person_notes" in changed:
            person["notes"] = values["person_notes"]
        if "birth_date" in dates:
            person.update(birth_date=dates["birth_date"].iso(), birth_date_precision=dates["birth_date"].precision.value)
        case_fields = {"charges", "notes", "classification", "priority", "agency", "facility", *CASE_TEXT,
                       *CENSUS_FIELDS}
        case = {name: values[name] for name in changed & case_fields}
        for name in changed & set(HEALTH_DATES):
            case[name] = dates.get(name)             # None: the date was cleared
        changes = Changes(events=_differences(self._loaded["events"], self.events, _new_event),
                          contacts=_differences(self._loaded["contacts"], self.contacts, _new_contact),
                          evidence=dict(self.evidence.pending))
        edit_case(self.vault, self.case_id, person=person, case=case, arrest_date=dates.get("arrest_date"),
                  changes=changes)
        return {"case_id": self.case_id, "values": self._loaded}

    def _unadded_contact(self) -> str | None:
        """What the contact form holds when it is not in the contacts list (typed, and "Add
        contact" never pressed, or a chosen contact changed and not applied); None otherwise."""
        texts = [widget.text().strip() for widget in (self.contact_name, self.contact_relationship,
                                                       self.contact_phones, self.contact_channel)]
        if not any(texts):
            return None
        form = (*texts, self.contact_consent.currentData(), self.contact_do_not.isChecked())
        for contact in self.contacts:
            if form == (*((contact.get(key) or "").strip() for key in ("name", "relationship", "phones", "safe_channel")),
                        contact.get("consent"), bool(contact.get("do_not_contact"))):
                return None
        return next(text for text in texts if text)

    def _unadded_event(self) -> str | None:
        """What the timeline form holds when it is not in the timeline; None otherwise."""
        texts = [widget.text().strip() for widget in (self.event_date, self.event_description, self.event_source)]
        if not any(texts):
            return None
        form = (self.event_kind.currentData(), *texts, self.event_status.currentData(), self.event_stage.currentData())
        for event in self.events:
            if form == (event.get("kind"), *((event.get(key) or "").strip() for key in ("date", "description", "source")),
                        event.get("status"), event.get("stage")):
                return None
        return texts[1] or texts[0] or texts[2]

    def _stop_for_unadded(self) -> bool:
        """A contact or an event typed into its form but never added to its list was dropped
        without a word by Save: say so on its tab and save nothing until it is added or cleared."""
        contact = self._unadded_contact()
        if contact is not None:
            text = self.tr("“%1” is typed in the contact form but is not in the list: press “Add contact” "
                           "(or “Apply to the selected contact”), or empty the form; then Save.").replace("%1", contact)
            self.contact_message.setText(text)
            self.message.setText(text)
            self.tabs.setCurrentIndex(self.tabs.indexOf(self.contacts_table.parentWidget()))
            self.add_contact_button.setFocus()
            return True
        event = self._unadded_event()
        if event is not None:
            text = self.tr("“%1” is typed in the timeline form but is not in the timeline: press “Add to the "
                           "timeline” (or “Apply to the selected event”), or empty the form; then Save.").replace(
                "%1", event)
            self.event_message.setText(text)
            self.message.setText(text)
            self.tabs.setCurrentIndex(self.tabs.indexOf(self.events_table.parentWidget()))
            self.add_event_button.setFocus()
            return True
        return False

    def _field_error(self, name: str, text: str) -> None:
        label = self.errors[name]
        label.setText(text)
        label.setVisible(True)
        for index in range(self.tabs.count()):
            if self.tabs.widget(index).isAncestorOf(self.fields[name]):
                self.tabs.setCurrentIndex(index)
                area = self.tabs.widget(index)
                if isinstance(area, QScrollArea):        # the detention tab scrolls to the field and its error
                    area.widget().layout().activate()
                    area.ensureWidgetVisible(label)
                    area.ensureWidgetVisible(self.fields[name])
        self.fields[name].setFocus()

    def _open_existing(self) -> None:
        person = Person.get_or_none(Person.uuid == self._duplicate_of)
        if person is not None and person.cases.count():
            self.open_case_requested.emit(person.cases.first().uuid)

    # --- the timeline and the contacts, changed in place until Save ---------------------------------
    @staticmethod
    def _selected_row(table: QTableWidget) -> int | None:
        rows = table.selectionModel().selectedRows()
        return table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole) if rows else None

    def _event_selected(self) -> None:
        index = self._selected_row(self.events_table)
        self.apply_event_button.setEnabled(index is not None)
        self.remove_event_button.setEnabled(index is not None)
        if index is None:
            return
        event = self.events[index]
        _set_value(self.event_kind, event["kind"])
        self.event_date.setText(event["date"])
        self.event_status.setCurrentIndex(max(0, self.event_status.findData(event["status"])))
        self.event_stage.setCurrentIndex(max(0, self.event_stage.findData(event.get("stage"))))
        self.event_description.setText(event["description"])
        self.event_source.setText(event["source"])

    def _put_event(self, index: int | None) -> None:
        """Add the event in the form to the timeline, or put it in place of the selected one."""
        event = {"id": None if index is None else self.events[index]["id"], "kind": self.event_kind.currentData(),
                 "date": self.event_date.text().strip(), "status": self.event_status.currentData(),
                 "stage": self.event_stage.currentData(),
                 "description": self.event_description.text(), "source": self.event_source.text()}
        try:
            _new_event(event)                       # the date and the status read now, not at Save
            claim = _release_claim(event, None if index is None else self.events[index])
        except CaseDeskError as error:
            self.event_message.setText(error.message(self.language))
            return
        if claim is not None:
            # A release typed by hand never enters the timeline as verified (it would move the
            # census on one word): it goes to the verification queue, and the event, if one was
            # selected, stays as it was.
            self.claims.append(claim)
            self._timeline_changed(self.tr(
                "The release of %1 is not recorded as verified here: when you save the case it goes to the "
                "verification queue as a claim to verify (main window, “Verification” tab). It counts, and "
                "changes the person's status, only once two independent sources of different kinds confirm "
                "it (a release order and the family, not two press notes).").replace("%1", claim["date"]))
            return
        if index is None:
            self.events.append(event)
        else:
            self.events[index] = event
        self._timeline_changed()

    def _remove_event(self) -> None:
        index = self._selected_row(self.events_table)
        if index is not None:
            del self.events[index]
            self._timeline_changed()

    def _timeline_changed(self, message: str | None = None) -> None:
        self.events.sort(key=lambda event: _sortable_date(event["date"]))
        self._show_lists()
        for widget in (self.event_date, self.event_description, self.event_source):
            widget.clear()
        self.event_status.setCurrentIndex(0)
        self.event_stage.setCurrentIndex(0)
        self.event_message.setText(message or self.tr("Timeline changed: Save keeps it, Cancel drops it."))
        self._changed()

    def _contact_selected(self) -> None:
        index = self._selected_row(self.contacts_table)
        self.apply_contact_button.setEnabled(index is not None)
        self.remove_contact_button.setEnabled(index is not None)
        if index is None:
            return
        contact = self.contacts[index]
        self.contact_name.setText(contact["name"])
        self.contact_relationship.setText(contact["relationship"])
        self.contact_phones.setText(contact["phones"])
        self.contact_channel.setText(contact["safe_channel"])
        self.contact_consent.setCurrentIndex(max(0, self.contact_consent.findData(contact["consent"])))
        self.contact_do_not.setChecked(contact["do_not_contact"])

    def _put_contact(self, index: int | None) -> None:
        if not self.contact_name.text().strip():
            self.contact_message.setText(self.tr("A contact needs a name."))
            return
        contact = {"id": None if index is None else self.contacts[index]["id"], "name": self.contact_name.text().strip(),
                   "relationship": self.contact_relationship.text(), "phones": self.contact_phones.text(),
                   "safe_channel": self.contact_channel.text(), "consent": self.contact_consent.currentData(),
                   "do_not_contact": self.contact_do_not.isChecked()}
        if index is None:
            self.contacts.append(contact)
        else:
            self.contacts[index] = contact
        self._contacts_changed()

    def _remove_contact(self) -> None:
        index = self._selected_row(self.contacts_table)
        if index is not None:
            del self.contacts[index]
            self._contacts_changed()

    def _contacts_changed(self) -> None:
        self._show_lists()
        for widget in (self.contact_name, self.contact_relationship, self.contact_phones, self.contact_channel):
            widget.clear()
        self.contact_do_not.setChecked(False)
        self.contact_message.setText(self.tr("Contacts changed: Save keeps them, Cancel drops them."))
        self._changed()

    def reject(self) -> None:
        """Cancel: ask before throwing away what was typed (a contact or an event left in its
        form included)."""
        if self.dirty or self._unadded_contact() is not None or self._unadded_event() is not None:
            answer = QMessageBox.question(
                self, self.tr("Discard changes?"),
                self.tr("What you typed in this case has not been saved. Discard it?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        discard_draft(self.draft_key)
        self.dirty = False
        super().reject()

    def close_for_lock(self) -> None:
        """Keep the draft and close without asking: the vault is locking."""
        self.save_draft_now()
        self.dirty = False
        super().reject()

    def done(self, result: int) -> None:
        """However the editor closes, its timers stop: none may touch a vault about to lock."""
        self._autosave.stop()
        self._duplicate_timer.stop()
        super().done(result)


# --- what the editor holds, as the services take it ---------------------------------------------

def _new_event(event: dict[str, Any]) -> NewEvent:
    return NewEvent(EventKind(event["kind"]), parse_date(event["date"]),
                    Status(event["status"]) if event.get("status") else None, event.get("description", ""),
                    event.get("source", ""), Stage(event["stage"]) if event.get("stage") else None)


def _release_claim(event: dict[str, Any], before: dict[str, Any] | None) -> dict[str, Any] | None:
    """The claim to verify when `event` (put in place of `before`, if any) would leave the person
    released; None otherwise. A verified release already in the timeline (from the queue, the
    demo or an import) keeps being editable in its other fields: same kind, same status.

    Raises:
        InvalidInput: a status the event's kind cannot set (said now, not at Save).
    """
    new = _new_event(event)
    status = status_after(new.kind, new.status)
    if status is None or status.value not in RELEASED:
        return None
    if before is not None and before["kind"] == event["kind"]:
        was = status_after(EventKind(before["kind"]), Status(before["status"]) if before.get("status") else None)
        if was is status:
            return None
    return {"date": event["date"], "status": status.value, "claim": event["description"].strip(),
            "reported_by": event["source"].strip()}


def _new_contact(contact: dict[str, Any]) -> NewContact:
    return NewContact(contact["name"], relationship=contact["relationship"], phones=contact["phones"],
                      consent=Consent(contact["consent"]), safe_channel=contact["safe_channel"],
                      do_not_contact=bool(contact["do_not_contact"]))


def _differences(before: list[dict[str, Any]], after: list[dict[str, Any]], build) -> list[tuple[str | None, Any]]:
    """Added (id None), corrected and removed (value None) items between two lists."""
    kept = {item["id"] for item in after if item["id"]}
    old = {item["id"]: item for item in before if item["id"]}
    changes: list[tuple[str | None, Any]] = [(item_id, None) for item_id in old if item_id not in kept]
    for item in after:
        if item["id"] is None:
            changes.append((None, build(item)))
        elif item != old.get(item["id"]):
            changes.append((item["id"], build(item)))
    return changes


def _sortable_date(text: str) -> date:
    try:
        return parse_date(text).value
    except CaseDeskError:
        return date.max


# --- small widget helpers ------------------------------------------------------------------------

def _editable_date(iso: str | None, precision: str | None) -> str:
    """Day first whatever the language, so what is shown reads back as the same date."""
    if not iso:
        return ""
    return FuzzyDate(date.fromisoformat(iso), DatePrecision(precision or "day")).display("es")


def _plain(height: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setMinimumHeight(height)
    edit.setTabChangesFocus(True)
    return edit


def _editable_combo(choices: list[str]) -> QComboBox:
    combo = QComboBox(editable=True)
    combo.addItem("")
    combo.addItems(choices)
    return combo


def _table(headers: list[str], *, stretch: int) -> QTableWidget:
    """A read-only list whose headers read whole; column `stretch` takes the room left, and a
    value cut short shows whole in its tooltip."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    metrics = header.fontMetrics()
    for column, text in enumerate(headers):
        header.resizeSection(column, max(metrics.horizontalAdvance(text) + 28, metrics.horizontalAdvance("00/00/0000") + 28))
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _append(table: QTableWidget, cells: list[str]) -> int:
    row = table.rowCount()
    table.insertRow(row)
    for column, text in enumerate(cells):
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        table.setItem(row, column, item)
    return row


def _value(widget: QWidget) -> Any:
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText() if widget.isEditable() else widget.currentData()
    raise TypeError(widget)


def _set_value(widget: QWidget, value: Any) -> None:
    if isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QLineEdit):
        widget.setText(value or "")
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value or "")
    elif isinstance(widget, QComboBox):
        if widget.isEditable():
            widget.setCurrentText(value or "")
        else:
            widget.setCurrentIndex(max(0, widget.findData(value)))


def _on_change(widget: QWidget, slot) -> None:
    if isinstance(widget, QCheckBox):
        widget.toggled.connect(slot)
    elif isinstance(widget, QLineEdit):
        widget.textEdited.connect(slot)
    elif isinstance(widget, QPlainTextEdit):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(slot)
        if widget.isEditable():
            widget.editTextChanged.connect(slot)
