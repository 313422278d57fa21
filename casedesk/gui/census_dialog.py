"""The census report: the date it describes, an optional earlier date to compare with,
language and password; save it as PDF or print it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QWidget,
)

from casedesk.domain.errors import CaseDeskError, InvalidInput
from casedesk.domain.normalize import parse_date
from casedesk.domain.passphrase import propose_passphrase
from casedesk.gui.dossier_dialog import failure_text
from casedesk.gui.printing import print_pdf
from casedesk.gui.tasks import BackgroundRunner
from casedesk.services.census import make_census_pdf, save_census_pdf
from casedesk.storage.vault import Vault


class CensusDialog(QDialog):
    def __init__(self, vault: Vault, runner: BackgroundRunner, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.runner, self.language = vault, runner, language
        self.preview = None
        self.setWindowTitle(self.tr("Census report"))
        self.as_of = QLineEdit(date.today().strftime("%d/%m/%Y"))
        self.since = QLineEdit(placeholderText=self.tr("optional: who entered and left since this date"))
        self.document_language = QComboBox()
        self.document_language.addItem("Español", "es")
        self.document_language.addItem("English", "en")
        self.document_language.setCurrentIndex(self.document_language.findData(language))
        self.protect = QCheckBox(self.tr("Protect the file with a password (AES-256)"), checked=False)
        self.password = QLineEdit(propose_passphrase(), enabled=False)
        propose = QPushButton(self.tr("Propose another"))
        propose.clicked.connect(lambda: self.password.setText(propose_passphrase()))
        self.protect.toggled.connect(self.password.setEnabled)
        password_row = QHBoxLayout()
        password_row.addWidget(self.password, 1)
        password_row.addWidget(propose)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.print_button = self.buttons.addButton(self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_report)
        self.buttons.accepted.connect(self.choose_and_save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("People held on:"), self.as_of)
        form.addRow(self.tr("Compare with:"), self.since)
        form.addRow(self.tr("Language:"), self.document_language)
        form.addRow("", self.protect)
        form.addRow(self.tr("Password:"), password_row)
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
                       "password": self.password.text() if self.protect.isChecked() else None}

    def choose_and_save(self) -> None:
        try:
            self.options()
        except CaseDeskError as error:
            self._failed(error)
            return
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the census report as"), "", "PDF (*.pdf)")
        if target:
            self.save(Path(target if target.lower().endswith(".pdf") else f"{target}.pdf"))

    def save(self, target: Path) -> None:
        try:
            as_of, options = self.options()
        except CaseDeskError as error:
            self._failed(error)
            return
        self._busy(self.tr("Counting and making the report…"))
        vault = self.vault
        self.runner.run(lambda: save_census_pdf(vault, as_of, target, **options), lambda _: self.accept(),
                        self._failed)

    def print_report(self) -> None:
        try:
            as_of, options = self.options()
        except CaseDeskError as error:
            self._failed(error)
            return
        self._busy(self.tr("Preparing the print preview…"))
        vault = self.vault

        def show(pdf: bytes) -> None:
            self.buttons.setEnabled(True)
            self.message.clear()
            self.preview = print_pdf(self, pdf, self.windowTitle())

        self.runner.run(lambda: make_census_pdf(vault, as_of, **{**options, "password": None}), show, self._failed)

    def _busy(self, text: str) -> None:
        self.buttons.setEnabled(False)
        self.message.setText(text)

    def _failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(failure_text(error, self.language))
