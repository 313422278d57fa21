"""The census report: the date it describes, an optional earlier date to compare with,
language and password; save it as PDF or print it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from casedesk.domain.errors import CaseDeskError, InvalidInput
from casedesk.domain.normalize import parse_date
from casedesk.gui.documents import (
    FILE_WORDS, DocumentDialog, PasswordRow, ask_save_path, language_box, proposed_file_name,
)
from casedesk.gui.printing import print_pdf
from casedesk.gui.tasks import BackgroundRunner
from casedesk.services.census import make_census_pdf, save_census_pdf
from casedesk.storage.vault import Vault


class CensusDialog(DocumentDialog):
    def __init__(self, vault: Vault, runner: BackgroundRunner, language: str, parent: QWidget | None = None) -> None:
        super().__init__(runner, language, parent, printable=True)
        self.vault = vault
        self.preview = None
        self.setWindowTitle(self.tr("Census report"))
        self.as_of = QLineEdit(date.today().strftime("%d/%m/%Y"))
        self.as_of.setAccessibleName(self.tr("Census date"))
        self.since = QLineEdit(placeholderText=self.tr("optional: who entered and left since this date"))
        self.since.setAccessibleName(self.tr("Date to compare with"))
        self.document_language = language_box(language)
        # Who entered and left the list is a list of names: protected by default, like a dossier.
        self.password_row = PasswordRow(protect=True)
        self.protect, self.password = self.password_row.protect, self.password_row.password
        self.print_button.clicked.connect(self.print_report)
        form = QFormLayout(self)
        form.addRow(self.tr("People &held on:"), self.as_of)
        form.addRow(self.tr("Co&mpare with:"), self.since)
        form.addRow(self.tr("Lan&guage:"), self.document_language)
        form.addRow("", self.protect)
        form.addRow(self.tr("Password:"), self.password_row)
        form.addRow("", self.password_row.hint)
        form.addRow(self.message)
        form.addRow(self.buttons)

    def options(self) -> tuple[date, dict]:
        """The dates and choices, or `InvalidInput` naming what is wrong."""
        as_of = parse_date(self.as_of.text()).value
        since = parse_date(self.since.text()).value if self.since.text().strip() else None
        if since is not None and since >= as_of:
            raise InvalidInput("The date to compare with must come before the census date.",
                               "La fecha de comparación debe ser anterior a la del censo.")
        return as_of, {"since": since, "language": self.document_language.currentData(),
                       "password": self.password_row.chosen()}

    def _checked_options(self) -> tuple[date, dict] | None:
        try:
            return self.options()
        except CaseDeskError as error:
            self.failed(error)
            return None

    def proposed_name(self, as_of: date) -> str:
        """In the report's language and named by the date it describes: "Census - 2026-11-30.pdf"."""
        return proposed_file_name(FILE_WORDS["census"][self.document_language.currentData()], [], ".pdf", as_of)

    def choose_and_save(self) -> None:
        chosen = self._checked_options()
        if chosen is None:
            return
        target = ask_save_path(self, self.tr("Save the census report as"), self.proposed_name(chosen[0]),
                               "PDF (*.pdf)", self.vault)
        if target is not None:
            self.save(target)

    def save(self, target: Path) -> None:
        chosen = self._checked_options()
        if chosen is not None:
            as_of, options, vault = *chosen, self.vault
            self.run(self.tr("Counting and making the report…"),
                     lambda: save_census_pdf(vault, as_of, target, **options), lambda _: self.accept())

    def print_report(self) -> None:
        chosen = self._checked_options()
        if chosen is not None:
            as_of, options, vault = *chosen, self.vault
            self.run(self.tr("Preparing the print preview…"),
                     lambda: make_census_pdf(vault, as_of, **{**options, "password": None}),
                     lambda pdf: setattr(self, "preview", print_pdf(self, pdf, self.windowTitle())))
