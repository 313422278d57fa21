"""Export the case list as it is filtered: columns, redaction profile, CSV or XLSX."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QListWidget, QListWidgetItem, QWidget

from casedesk.gui.documents import FILE_WORDS, DocumentDialog, ask_save_path, profile_box, proposed_file_name
from casedesk.gui.tasks import BackgroundRunner
from casedesk.services.exporting import DEFAULT_COLUMNS, column_labels, export_cases
from casedesk.services.search import CaseQuery
from casedesk.storage.vault import Vault


class ExportDialog(DocumentDialog):
    def __init__(self, vault: Vault, runner: BackgroundRunner, language: str, query: CaseQuery, count: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, language, parent)
        self.vault, self.query = vault, query
        self.setWindowTitle(self.tr("Export the list"))
        self.columns = QListWidget()
        self.columns.setAccessibleName(self.tr("Columns to export"))
        for name, label in column_labels(language).items():
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setCheckState(Qt.CheckState.Checked if name in DEFAULT_COLUMNS else Qt.CheckState.Unchecked)
            self.columns.addItem(item)
        self.profile = profile_box()
        warning = QLabel(self.tr("The file is not encrypted: keep it on an encrypted drive and delete it when "
                                 "done. The export is recorded in the audit log."))
        warning.setWordWrap(True)
        form = QFormLayout(self)
        self.count = QLabel(self.tr("%Ln case(s), the list as filtered now", "", count))
        form.addRow(self.tr("Cases:"), self.count)
        form.addRow(self.tr("&Columns:"), self.columns)
        form.addRow(self.tr("Who will &read it:"), self.profile)
        form.addRow(warning)
        form.addRow(self.message)
        form.addRow(self.buttons)

    def chosen_columns(self) -> list[str]:
        return [self.columns.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.columns.count())
                if self.columns.item(i).checkState() == Qt.CheckState.Checked]

    def choose_and_save(self) -> None:
        name = proposed_file_name(FILE_WORDS["cases"][self.language], [], ".xlsx")
        target = ask_save_path(self, self.tr("Export the list as"), name, "Excel (*.xlsx);;CSV (*.csv)", self.vault)
        if target is not None:
            self.save(target)

    def save(self, target: Path) -> None:
        vault, query, columns = self.vault, self.query, self.chosen_columns()
        options = {"profile": self.profile.currentData(), "language": self.language}
        self.run(self.tr("Exporting…"), lambda: export_cases(vault, query, target, columns=columns, **options),
                 lambda _: self.accept())
