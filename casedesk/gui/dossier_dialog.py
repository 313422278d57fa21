"""Make a dossier of the selected cases: profile, language, an optional password; save or print."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFormLayout, QRadioButton, QVBoxLayout, QWidget

from casedesk.gui.documents import (
    FILE_WORDS, DocumentDialog, PasswordRow, ask_folder, ask_save_path, language_box, profile_box, proposed_file_name,
)
from casedesk.gui.printing import print_pdf
from casedesk.gui.tasks import BackgroundRunner
from casedesk.services.dossiers import make_dossier, save_dossier
from casedesk.storage.vault import Vault


class DossierDialog(DocumentDialog):
    def __init__(self, vault: Vault, runner: BackgroundRunner, language: str, case_ids: list[str], names: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, language, parent, printable=True)
        self.vault, self.case_ids, self.names = vault, case_ids, names
        self.preview = None
        self.setWindowTitle(self.tr("Dossier of %1").replace("%1", names[0]) if len(names) == 1
                            else self.tr("Dossier of %Ln cases", "", len(names)))
        self.profile = profile_box()
        self.document_language = language_box(language)
        self.combined = QRadioButton(self.tr("&One file with a table of contents"), checked=True)
        self.each = QRadioButton(self.tr("One file per case, into a &folder"))
        files = QVBoxLayout()
        files.addWidget(self.combined)
        files.addWidget(self.each)
        self.password_row = PasswordRow(protect=True)
        self.protect, self.password = self.password_row.protect, self.password_row.password
        self.print_button.clicked.connect(self.print_dossier)
        form = QFormLayout(self)
        form.addRow(self.tr("Who will &read it:"), self.profile)
        form.addRow(self.tr("Lan&guage:"), self.document_language)
        if len(case_ids) > 1:
            form.addRow(self.tr("Files:"), files)
        else:
            self.combined.hide()
            self.each.hide()
        form.addRow("", self.protect)
        form.addRow(self.tr("Password:"), self.password_row)
        form.addRow("", self.password_row.hint)
        form.addRow(self.message)
        form.addRow(self.buttons)

    def options(self) -> dict:
        return {"profile": self.profile.currentData(), "language": self.document_language.currentData(),
                "password": self.password_row.chosen()}

    def proposed_name(self) -> str:
        """In the dossier's language: for one case "Dossier - María Pérez - 2026-11-30.pdf" (the
        user sees it and may change it); for several, "Dossiers - 2026-11-30.pdf"."""
        language = self.document_language.currentData()
        what = FILE_WORDS["dossier" if len(self.case_ids) == 1 else "dossiers"][language]
        return proposed_file_name(what, self.names if len(self.case_ids) == 1 else [], ".pdf")

    def choose_and_save(self) -> None:
        if len(self.case_ids) > 1 and self.each.isChecked():
            folder = ask_folder(self, self.tr("Save one dossier per case into"), self.vault)
            if folder is not None:
                self.save(folder, each=True)
            return
        target = ask_save_path(self, self.tr("Save the dossier as"), self.proposed_name(), "PDF (*.pdf)", self.vault)
        if target is not None:
            self.save(target)

    def save(self, target: Path, *, each: bool = False) -> None:
        """Build in the background; the window stays responsive. With `each`, `target` is a
        folder and each case gets its own file, named by its case id (not by the person)."""
        options, case_ids, vault = self.options(), list(self.case_ids), self.vault

        def work() -> None:
            if each:
                for case_id in case_ids:
                    save_dossier(vault, [case_id], target / f"dossier-{case_id[:8]}.pdf", **options)
            else:
                save_dossier(vault, case_ids, target, **options)

        self.run(self.tr("Making the dossier…"), work, lambda _: self.accept())

    def print_dossier(self) -> None:
        """Make the dossier in memory (no password: it goes to paper) and show the print preview."""
        options = {**self.options(), "password": None}
        case_ids, vault = list(self.case_ids), self.vault
        self.run(self.tr("Preparing the print preview…"), lambda: make_dossier(vault, case_ids, **options),
                 lambda pdf: setattr(self, "preview", print_pdf(self, pdf, self.windowTitle())))
