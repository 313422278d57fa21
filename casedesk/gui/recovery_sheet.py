"""The recovery sheet on screen: the words, and printing or saving the sheet (only where the
user says; nothing is written on the way)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from casedesk.domain.errors import CaseDeskError
from casedesk.gui.documents import ask_save_path, proposed_file_name
from casedesk.gui.printing import print_pdf
from casedesk.services.dossiers import write_export
from casedesk.storage.vault import Vault


class RecoverySheetDialog(QDialog):
    def __init__(self, words: str, pdf: bytes, language: str, parent: QWidget | None = None, *,
                 vault: Vault | None = None) -> None:
        super().__init__(parent)
        self.pdf, self.language, self.vault = pdf, language, vault
        self.preview = None
        self.setWindowTitle(self.tr("Recovery sheet"))
        listed = words.split()
        shown = QLabel("\n".join("   ".join(f"{n + 1:>2}. {listed[n]:<10}" for n in range(row, min(row + 4, len(listed))))
                                 for row in range(0, len(listed), 4)))
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        shown.setFont(font)
        shown.setAccessibleName(self.tr("Recovery words"))
        advice = QLabel(self.tr("Print this sheet and keep it away from the laptop, somewhere safe. With it and the "
                                "laptop, anyone can open the vault. Any earlier sheet no longer works."))
        advice.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = buttons.addButton(self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = buttons.addButton(self.tr("&Save as PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_sheet)
        self.save_button.clicked.connect(self.choose_and_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(advice)
        layout.addWidget(shown)
        layout.addWidget(buttons)

    def print_sheet(self) -> None:
        self.preview = print_pdf(self, self.pdf, self.windowTitle())

    def choose_and_save(self) -> None:
        vault_name = [self.vault.folder.name] if self.vault is not None else []
        target = ask_save_path(self, self.tr("Save the recovery sheet as"),
                               proposed_file_name(self.tr("Recovery sheet"), vault_name, ".pdf"), "PDF (*.pdf)",
                               self.vault, kind="recovery")
        if target is not None:
            self.save(target)

    def save(self, target: Path) -> None:
        try:
            write_export(target, self.pdf)
        except CaseDeskError as error:
            QMessageBox.warning(self, self.tr("Not saved"), error.message(self.language))
