"""Draft a filing from a case: choose the template (and its language), save an editable DOCX."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from casedesk.gui.documents import DocumentDialog, ask_save_path, proposed_file_name
from casedesk.gui.tasks import BackgroundRunner
from casedesk.services.filings import Filing, draft_filing, filing_templates, find_template
from casedesk.storage.vault import Vault

_LANGUAGE_NAMES = {"es": "Español", "en": "English"}


class FilingDialog(DocumentDialog):
    """Which filing, in which language; Save asks where, proposing "Decaimiento - María Pérez -
    2026-11-30.docx". `filed` carries the filing once written (and recorded in the timeline)."""

    filed = Signal(object)

    def __init__(self, vault: Vault, runner: BackgroundRunner, language: str, case_id: str, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, language, parent)
        self.vault, self.case_id, self.name = vault, case_id, name
        self.setWindowTitle(self.tr("Draft a filing for %1").replace("%1", name))
        self.template = QComboBox()
        self.template.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)     # titles read whole
        self.template.setAccessibleName(self.tr("Filing"))
        for template in filing_templates():
            self.template.addItem(template.title(language), template.name)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.document_language = QComboBox()
        self.document_language.setAccessibleName(self.tr("Language of the filing"))
        self.template.currentIndexChanged.connect(self._template_chosen)
        explanation = QLabel(self.tr("The filing is filled from what is saved in this case (and its proceeding) and "
                                     "from the organisation's letterhead. Open it in Word or LibreOffice to finish "
                                     "it: what the vault does not know reads “[completar: …]”."))
        explanation.setWordWrap(True)
        warning = QLabel(self.tr("The file is not encrypted: keep it on an encrypted drive and delete it when "
                                 "done. The filing is recorded in the case's timeline and in the audit log."))
        warning.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("&Filing:"), self.template)
        form.addRow("", self.description)
        form.addRow(self.tr("Lan&guage:"), self.document_language)
        form.addRow(explanation)
        form.addRow(warning)
        form.addRow(self.message)
        form.addRow(self.buttons)
        self._template_chosen()
        self.resize(self.sizeHint())            # wide enough for the longest title

    def _template_chosen(self) -> None:
        template = find_template(self.template.currentData())
        self.description.setText(template.description(self.language))
        self.document_language.clear()
        for code in template.languages:
            self.document_language.addItem(_LANGUAGE_NAMES[code], code)
        preferred = self.document_language.findData(self.language)
        self.document_language.setCurrentIndex(0 if preferred < 0 else preferred)
        self.document_language.setEnabled(len(template.languages) > 1)

    def proposed_name(self) -> str:
        """In the filing's language: "Decaimiento - María Pérez - 2026-11-30.docx"."""
        template = find_template(self.template.currentData())
        return proposed_file_name(template.file_word(self.document_language.currentData()), [self.name], ".docx")

    def choose_and_save(self) -> None:
        target = ask_save_path(self, self.tr("Save the filing as"), self.proposed_name(), "Word (*.docx)", self.vault)
        if target is not None:
            self.save(target)

    def save(self, target: Path) -> None:
        vault, case_id = self.vault, self.case_id
        name, language = self.template.currentData(), self.document_language.currentData()

        def done(filing: Filing) -> None:
            self.filed.emit(filing)
            self.accept()

        self.run(self.tr("Drafting the filing…"),
                 lambda: draft_filing(vault, case_id, name, target, language=language), done)
