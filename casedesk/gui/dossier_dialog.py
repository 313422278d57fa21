"""Make a dossier of the selected case: profile, language, and an optional password."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QWidget,
)

from casedesk.domain.errors import CaseDeskError
from casedesk.domain.passphrase import propose_passphrase
from casedesk.gui.tasks import BackgroundRunner
from casedesk.services.dossiers import save_dossier
from casedesk.storage.vault import Vault

PROFILES = (
    ("internal", QT_TRANSLATE_NOOP("DossierDialog", "Internal: everything")),
    ("court", QT_TRANSLATE_NOOP("DossierDialog", "Court: no family phones or addresses, no internal notes")),
    ("family", QT_TRANSLATE_NOOP("DossierDialog", "Family: this person only, no internal notes")),
    ("public", QT_TRANSLATE_NOOP("DossierDialog", "Public: no contacts, ID or notes; verified facts only")),
)


class DossierDialog(QDialog):
    def __init__(self, vault: Vault, runner: BackgroundRunner, language: str, case_id: str, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.runner, self.language, self.case_id = vault, runner, language, case_id
        self.setWindowTitle(self.tr("Dossier of %1").replace("%1", name))
        self.profile = QComboBox()
        for code, text in PROFILES:
            self.profile.addItem(self.tr(text), code)
        self.document_language = QComboBox()
        self.document_language.addItem("Español", "es")
        self.document_language.addItem("English", "en")
        self.document_language.setCurrentIndex(self.document_language.findData(language))
        self.protect = QCheckBox(self.tr("Protect the file with a password (AES-256)"), checked=True)
        self.password = QLineEdit(propose_passphrase())
        propose = QPushButton(self.tr("Propose another"))
        propose.clicked.connect(lambda: self.password.setText(propose_passphrase()))
        self.protect.toggled.connect(self.password.setEnabled)
        password_row = QHBoxLayout()
        password_row.addWidget(self.password, 1)
        password_row.addWidget(propose)
        hint = QLabel(self.tr("Send the password by another channel than the file (for example, say it by phone)."))
        hint.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.choose_and_save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Who will read it:"), self.profile)
        form.addRow(self.tr("Language:"), self.document_language)
        form.addRow("", self.protect)
        form.addRow(self.tr("Password:"), password_row)
        form.addRow("", hint)
        form.addRow(self.message)
        form.addRow(self.buttons)

    def options(self) -> dict:
        return {"profile": self.profile.currentData(), "language": self.document_language.currentData(),
                "password": self.password.text() if self.protect.isChecked() else None}

    def choose_and_save(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the dossier as"), "", "PDF (*.pdf)")
        if target:
            self.save(Path(target if target.lower().endswith(".pdf") else f"{target}.pdf"))

    def save(self, target: Path) -> None:
        """Build in the background; the window stays responsive."""
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Making the dossier…"))
        options = self.options()

        def failed(error: Exception) -> None:
            self.buttons.setEnabled(True)
            self.message.setText(html.escape(error.message(self.language)) if isinstance(error, CaseDeskError)
                                 else self.tr("The dossier could not be made (%1).").replace("%1", type(error).__name__))

        self.runner.run(lambda: save_dossier(self.vault, [self.case_id], target, **options),
                        lambda _: self.accept(), failed)
