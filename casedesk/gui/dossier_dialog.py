"""Make a dossier of the selected cases: profile, language, an optional password; save or print."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QRadioButton, QVBoxLayout, QWidget,
)

from casedesk.domain.errors import CaseDeskError
from casedesk.domain.passphrase import propose_passphrase
from casedesk.gui.printing import print_pdf
from casedesk.gui.tasks import BackgroundRunner
from casedesk.services.dossiers import make_dossier, save_dossier
from casedesk.storage.vault import Vault

PROFILES = (
    ("internal", QT_TRANSLATE_NOOP("DossierDialog", "Internal: everything")),
    ("court", QT_TRANSLATE_NOOP("DossierDialog", "Court: no family phones or addresses, no internal notes")),
    ("family", QT_TRANSLATE_NOOP("DossierDialog", "Family: this person only, no internal notes")),
    ("public", QT_TRANSLATE_NOOP("DossierDialog", "Public: no contacts, ID or notes; verified facts only")),
)


def failure_text(error: Exception, language: str) -> str:
    """What to say when making a document failed: the error's own words, never a traceback."""
    if isinstance(error, CaseDeskError):
        return html.escape(error.message(language))
    return QCoreApplication.translate("Documents", "The document could not be made (%1); nothing was lost.").replace(
        "%1", type(error).__name__)


class DossierDialog(QDialog):
    def __init__(self, vault: Vault, runner: BackgroundRunner, language: str, case_ids: list[str], names: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.runner, self.language, self.case_ids = vault, runner, language, case_ids
        self.preview = None
        self.setWindowTitle(self.tr("Dossier of %1").replace("%1", names[0]) if len(names) == 1
                            else self.tr("Dossier of %1 cases").replace("%1", str(len(names))))
        self.profile = QComboBox()
        for code, text in PROFILES:
            self.profile.addItem(self.tr(text), code)
        self.document_language = QComboBox()
        self.document_language.addItem("Español", "es")
        self.document_language.addItem("English", "en")
        self.document_language.setCurrentIndex(self.document_language.findData(language))
        self.combined = QRadioButton(self.tr("One file with a table of contents"), checked=True)
        self.each = QRadioButton(self.tr("One file per case, into a folder"))
        files = QVBoxLayout()
        files.addWidget(self.combined)
        files.addWidget(self.each)
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
        self.print_button = self.buttons.addButton(self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_dossier)
        self.buttons.accepted.connect(self.choose_and_save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Who will read it:"), self.profile)
        form.addRow(self.tr("Language:"), self.document_language)
        if len(case_ids) > 1:
            form.addRow(self.tr("Files:"), files)
        else:
            self.combined.hide()
            self.each.hide()
        form.addRow("", self.protect)
        form.addRow(self.tr("Password:"), password_row)
        form.addRow("", hint)
        form.addRow(self.message)
        form.addRow(self.buttons)

    def options(self) -> dict:
        return {"profile": self.profile.currentData(), "language": self.document_language.currentData(),
                "password": self.password.text() if self.protect.isChecked() else None}

    def choose_and_save(self) -> None:
        if len(self.case_ids) > 1 and self.each.isChecked():
            folder = QFileDialog.getExistingDirectory(self, self.tr("Save one dossier per case into"))
            if folder:
                self.save(Path(folder), each=True)
            return
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the dossier as"), "", "PDF (*.pdf)")
        if target:
            self.save(Path(target if target.lower().endswith(".pdf") else f"{target}.pdf"))

    def save(self, target: Path, *, each: bool = False) -> None:
        """Build in the background; the window stays responsive. With `each`, `target` is a
        folder and each case gets its own file, named by its case id (not by the person)."""
        self._busy(self.tr("Making the dossier…"))
        options, case_ids, vault = self.options(), list(self.case_ids), self.vault

        def work() -> None:
            if each:
                for case_id in case_ids:
                    save_dossier(vault, [case_id], target / f"dossier-{case_id[:8]}.pdf", **options)
            else:
                save_dossier(vault, case_ids, target, **options)

        self.runner.run(work, lambda _: self.accept(), self._failed)

    def print_dossier(self) -> None:
        """Make the dossier in memory (no password: it goes to paper) and show the print preview."""
        self._busy(self.tr("Preparing the print preview…"))
        options = {**self.options(), "password": None}
        case_ids, vault = list(self.case_ids), self.vault

        def show(pdf: bytes) -> None:
            self.buttons.setEnabled(True)
            self.message.clear()
            self.preview = print_pdf(self, pdf, self.windowTitle())

        self.runner.run(lambda: make_dossier(vault, case_ids, **options), show, self._failed)

    def _busy(self, text: str) -> None:
        self.buttons.setEnabled(False)
        self.message.setText(text)

    def _failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(failure_text(error, self.language))
