"""What the dialogs that make a document share (dossier, census report, list export, bundle):
who will read it, a proposed password, the language, Save/Print/Cancel, and failures said
in plain words while the work runs in the background."""

from __future__ import annotations

import html
from typing import Any, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget,
)

from casedesk.domain.errors import CaseDeskError
from casedesk.domain.passphrase import propose_passphrase
from casedesk.gui.tasks import BackgroundRunner

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


def profile_box() -> QComboBox:
    """Who will read it: the four redaction profiles."""
    box = QComboBox()
    for code, text in PROFILES:
        box.addItem(QCoreApplication.translate("DossierDialog", text), code)
    return box


def language_box(language: str) -> QComboBox:
    box = QComboBox()
    box.addItem("Español", "es")
    box.addItem("English", "en")
    box.setCurrentIndex(box.findData(language))
    return box


class PasswordRow(QWidget):
    """A proposed password of seven words, another on request, and whether to use one at all."""

    def __init__(self, *, protect: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.protect = QCheckBox(self.tr("Protect the file with a password (AES-256)"), checked=protect)
        self.password = QLineEdit(propose_passphrase(), enabled=protect)
        propose = QPushButton(self.tr("Propose another"))
        propose.clicked.connect(lambda: self.password.setText(propose_passphrase()))
        self.protect.toggled.connect(self.password.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.password, 1)
        row.addWidget(propose)

    def chosen(self) -> str | None:
        return self.password.text() if self.protect.isChecked() else None


class DocumentDialog(QDialog):
    """Save (and optionally Print) and Cancel, a message line, and background work whose
    failure is said in the message line."""

    def __init__(self, runner: BackgroundRunner, language: str, parent: QWidget | None = None, *,
                 printable: bool = False) -> None:
        super().__init__(parent)
        self.runner, self.language = runner, language
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.print_button = (self.buttons.addButton(QCoreApplication.translate("Documents", "&Print…"),
                                                    QDialogButtonBox.ButtonRole.ActionRole) if printable else None)
        self.buttons.accepted.connect(self.choose_and_save)
        self.buttons.rejected.connect(self.reject)

    def choose_and_save(self) -> None:
        raise NotImplementedError

    def run(self, busy_text: str, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Run `work` in the background with the buttons off; `done` gets its result."""
        self.buttons.setEnabled(False)
        self.message.setText(busy_text)

        def finished(result: Any) -> None:
            self.buttons.setEnabled(True)
            self.message.clear()
            done(result)

        self.runner.run(work, finished, self.failed)

    def failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(failure_text(error, self.language))
