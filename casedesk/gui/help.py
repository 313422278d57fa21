"""The built-in manual (resources/manual/es.html or en.html), and the guided first start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget, QWizard, QWizardPage,
)

from casedesk.domain.passphrase import estimate_strength
from casedesk.paths import resource_path


def manual_html(language: str) -> str:
    return resource_path("manual", f"{'es' if language == 'es' else 'en'}.html").read_text(encoding="utf-8")


class ManualDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None, *, section: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("CaseDesk manual"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(manual_html(language))
        if section:
            self.browser.scrollToAnchor(section)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(760, 680)


def _page(title: str, text: str) -> QWizardPage:
    page = QWizardPage()
    page.setTitle(title)
    label = QLabel(text)
    label.setWordWrap(True)
    QVBoxLayout(page).addWidget(label)
    return page


class FirstRunWizard(QWizard):
    """After a new vault is created: the passphrase explained, the recovery sheet offered,
    optional demo data, and where backups go. Each choice is the user's; nothing is assumed."""

    def __init__(self, language: str, passphrase: str, vault_folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your new vault"))
        strength = estimate_strength(passphrase)
        self.addPage(_page(self.tr("The passphrase is the only key"), self.tr(
            "Everything in this vault is encrypted with a key that only your passphrase unlocks. Nobody, not "
            "even CaseDesk's developers, can open it without the passphrase or the recovery sheet.\n\n"
            "Your passphrase is rated “%1”: %2\n\nLong passphrases of unrelated words are the strongest, and "
            "easier to remember than symbols.").replace("%1", strength.label(language))
            .replace("%2", strength.hint(language))))
        recovery = _page(self.tr("A recovery sheet"), self.tr(
            "If the passphrase is forgotten, a printed recovery sheet of 16 words is the only way back in. "
            "Print it and keep it away from the laptop (a safe, a trusted person)."))
        self.make_sheet = QCheckBox(self.tr("&Make the recovery sheet now (recommended)"), checked=True)
        recovery.layout().addWidget(self.make_sheet)
        self.addPage(recovery)
        demo = _page(self.tr("Try it first?"), self.tr(
            "You can add 50 invented cases to learn CaseDesk; they are marked as synthetic and can be "
            "deleted. For real work, leave this unticked."))
        self.add_demo = QCheckBox(self.tr("&Add 50 synthetic cases to practise"), checked=False)
        demo.layout().addWidget(self.add_demo)
        self.addPage(demo)
        self.addPage(_page(self.tr("Backups"), self.tr(
            "When CaseDesk closes it makes the day's encrypted backup in %1. Copy backups regularly to an "
            "external drive with File → Back up to another folder, and keep that drive apart from the laptop. "
            "Help → Manual explains what to do if the laptop is seized or lost.").replace(
                "%1", str(Path(vault_folder) / "backups"))))
