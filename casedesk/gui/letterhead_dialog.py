"""The organisation's letterhead: name, address, lawyer, signature block and logo, kept in the
vault and printed on dossiers and census reports. Save or Cancel; nothing is kept before Save."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QVBoxLayout, QWidget,
)

from casedesk.domain.errors import CaseDeskError
from casedesk.services.letterhead import Letterhead, letterhead, read_logo, save_letterhead
from casedesk.storage.vault import Vault

PREVIEW_SIZE = (240, 80)      # the logo's preview, in pixels; it prints 20 mm high at most


class LetterheadDialog(QDialog):
    """Set the letterhead. The logo is read, checked and reduced in memory when chosen and
    shown as it will print; Save stores everything in the vault (and in the audit log)."""

    def __init__(self, vault: Vault, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.language = vault, language
        self.setWindowTitle(self.tr("Organisation letterhead"))
        current = letterhead()
        self.logo: bytes | None = current.logo

        explanation = QLabel(self.tr(
            "Printed at the top of dossiers and census reports. Court and family dossiers end with the "
            "signature block over a line to sign. Leave everything empty for documents without a letterhead."))
        explanation.setWordWrap(True)
        self.organisation = QLineEdit(current.organisation)
        self.address = QPlainTextEdit(current.address)
        self.address.setPlaceholderText(self.tr("Street, city, telephone (up to four lines)"))
        self.lawyer = QLineEdit(current.lawyer)
        self.signature = QPlainTextEdit(current.signature)
        self.signature.setPlaceholderText(self.tr("Name, title, bar number: one per line (empty: the lawyer's name)"))
        for box in (self.address, self.signature):
            box.setTabChangesFocus(True)
            box.setFixedHeight(box.fontMetrics().lineSpacing() * 4 + 12)

        self.logo_preview = QLabel()
        self.logo_preview.setMinimumSize(*PREVIEW_SIZE)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.choose_logo_button = QPushButton(self.tr("C&hoose a logo…"))
        self.choose_logo_button.setAutoDefault(False)
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(self.tr("&Remove logo"))
        self.remove_logo_button.setAutoDefault(False)
        self.remove_logo_button.clicked.connect(self.remove_logo)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.choose_logo_button)
        logo_buttons.addWidget(self.remove_logo_button)
        logo_buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview, 1)
        logo_row.addLayout(logo_buttons)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout(self)
        form.addRow(explanation)
        for text, widget in ((self.tr("&Organisation:"), self.organisation), (self.tr("A&ddress:"), self.address),
                             (self.tr("&Lawyer:"), self.lawyer), (self.tr("&Signature block:"), self.signature)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.tr("Logo:"), logo_row)
        form.addRow(self.message)
        form.addRow(self.buttons)
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.address.setAccessibleName(self.tr("Address"))
        self.lawyer.setAccessibleName(self.tr("Lawyer"))
        self.signature.setAccessibleName(self.tr("Signature block"))
        self.logo_preview.setAccessibleName(self.tr("Logo"))
        self._show_logo()
        self.resize(560, self.sizeHint().height())

    def _show_logo(self) -> None:
        """The logo as it will print (from memory: no copy of it is written anywhere)."""
        pixmap = QPixmap()
        if self.logo and pixmap.loadFromData(self.logo):
            self.logo_preview.setPixmap(pixmap.scaled(*PREVIEW_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                                                      Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
        self.remove_logo_button.setEnabled(self.logo is not None)

    def choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the organisation's logo"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if name:
            self.set_logo_file(Path(name))

    def set_logo_file(self, path: Path) -> bool:
        """Read, check and reduce the logo; say why not if it cannot be used."""
        try:
            self.logo = read_logo(path)
        except CaseDeskError as error:
            self.message.setText(error.message(self.language))
            return False
        self.message.clear()
        self._show_logo()
        return True

    def remove_logo(self) -> None:
        self.logo = None
        self._show_logo()

    def chosen(self) -> Letterhead:
        return Letterhead(organisation=self.organisation.text(), address=self.address.toPlainText(),
                          lawyer=self.lawyer.text(), signature=self.signature.toPlainText(), logo=self.logo)

    def accept(self) -> None:
        try:
            save_letterhead(self.vault, self.chosen())
        except CaseDeskError as error:
            self.message.setText(error.message(self.language))
            return
        super().accept()
