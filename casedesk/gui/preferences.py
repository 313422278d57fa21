"""Preferences: language, idle minutes before locking, default vault, row density."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSpinBox, QWidget,
)

from casedesk.domain.errors import CaseDeskError
from casedesk.settings import Settings


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.setWindowTitle(self.tr("Preferences"))
        self.result_settings: Settings | None = None
        self._settings = settings

        self.language_box = QComboBox()
        for code, text in (("system", self.tr("As the system")), ("es", "Español"), ("en", "English")):
            self.language_box.addItem(text, code)
        self.language_box.setCurrentIndex(self.language_box.findData(settings.language))
        self.language_box.setAccessibleName(self.tr("Language"))
        self.idle_minutes = QSpinBox(minimum=1, maximum=60, value=settings.idle_minutes)
        self.idle_minutes.setSuffix(" min")
        self.idle_minutes.setAccessibleName(self.tr("Minutes without use before CaseDesk locks itself"))
        self.default_vault = QLineEdit(settings.default_vault or "")
        self.default_vault.setAccessibleName(self.tr("Vault to open first"))
        choose = QPushButton(self.tr("C&hoose…"))
        choose.setAutoDefault(False)
        choose.clicked.connect(self._choose_vault)
        vault_row = QHBoxLayout()
        vault_row.addWidget(self.default_vault)
        vault_row.addWidget(choose)
        self.density = QComboBox()
        self.density.addItem(self.tr("Comfortable"), "comfortable")
        self.density.addItem(self.tr("Compact"), "compact")
        self.density.setCurrentIndex(self.density.findData(settings.table_density))
        self.density.setAccessibleName(self.tr("Rows"))
        self.message = QLabel()
        self.message.setStyleSheet("color: #b71c1c")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        vault_label = QLabel(self.tr("&Vault to open first:"))
        vault_label.setBuddy(self.default_vault)
        form.addRow(self.tr("&Language:"), self.language_box)
        form.addRow(self.tr("Lock &after this long without use:"), self.idle_minutes)
        form.addRow(vault_label, vault_row)
        form.addRow(self.tr("&Rows:"), self.density)
        form.addRow(self.message)
        form.addRow(buttons)

    def _choose_vault(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the vault folder"))
        if folder:
            self.default_vault.setText(folder)

    def accept(self) -> None:
        try:
            self.result_settings = replace(
                self._settings, language=self.language_box.currentData(), idle_minutes=self.idle_minutes.value(),
                default_vault=self.default_vault.text().strip() or None, table_density=self.density.currentData())
        except CaseDeskError as error:
            self.message.setText(error.message(self.language))
            return
        super().accept()
