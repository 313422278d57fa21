"""The first screen, and the lock screen: choose a vault, create one, or unlock it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QProgressBar, QPushButton, QStackedWidget, QVBoxLayout, QWidget,
)

from casedesk import __version__
from casedesk.domain.errors import CaseDeskError, VaultDamaged, WrongPassphrase
from casedesk.domain.passphrase import estimate_strength
from casedesk.gui.tasks import BackgroundRunner
from casedesk.storage.keys import MIN_PASSPHRASE_CHARS
from casedesk.services.backups import backups_in, restore_backup
from casedesk.storage.vault import BACKUP_FOLDER, Vault, create_vault, open_vault, recover_with_key

MAX_DELAY_SECONDS = 30


def unlock_delay(failures: int) -> int:
    """Seconds to wait after `failures` wrong passphrases in a row: 0, 0, 1, 2, 4 … 30."""
    return 0 if failures < 2 else min(MAX_DELAY_SECONDS, 2 ** (failures - 2))


class RecoveryDialog(QDialog):
    """The recovery sheet's words and a new passphrase (the old one stops working)."""

    recovered = Signal(str)

    def __init__(self, folder: Path, runner: BackgroundRunner, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder, self.runner, self.language = folder, runner, language
        self.setWindowTitle(self.tr("Recover the vault"))
        self.words = QPlainTextEdit()
        self.words.setPlaceholderText(self.tr("The words of the recovery sheet, in order"))
        self.new_passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.recover)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("The recovery sheet unlocks the vault once you choose a new passphrase; "
                                   "the old passphrase will stop working.")))
        form.addRow(self.tr("Recovery words:"), self.words)
        form.addRow(self.tr("New passphrase:"), self.new_passphrase)
        form.addRow(self.tr("Again:"), self.confirm)
        form.addRow(self.message)
        form.addRow(self.buttons)

    def recover(self) -> None:
        if self.new_passphrase.text() != self.confirm.text():
            self.message.setText(self.tr("The two passphrases differ."))
            return
        words, new = self.words.toPlainText(), self.new_passphrase.text()
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Checking the words…"))

        def done(_result) -> None:
            self.recovered.emit(new)
            self.accept()

        def failed(error: Exception) -> None:
            self.buttons.setEnabled(True)
            if isinstance(error, WrongPassphrase):
                self.message.setText(self.tr("These words do not open this vault. Check them against the sheet."))
            else:
                self.message.setText(error.message(self.language) if isinstance(error, CaseDeskError)
                                     else type(error).__name__)

        self.runner.run(lambda: recover_with_key(self.folder, words, new), done, failed)


class StartDialog(QDialog):
    vault_opened = Signal(object)          # Vault
    vault_created = Signal(object, str)    # a new Vault, and its passphrase for the first start

    def __init__(self, runner: BackgroundRunner, language: str, recent: list[str], *,
                 preselect: Path | None = None, demo_passphrase: str | None = None,
                 locked: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.language = runner, language
        self.demo_passphrase = demo_passphrase
        self.failures = 0
        self.folder: Path | None = None
        self.setWindowTitle(self.tr("CaseDesk — open a vault"))
        self.setMinimumWidth(560)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._choose_page(recent))
        self.pages.addWidget(self._unlock_page())
        self.pages.addWidget(self._create_page())
        layout = QVBoxLayout(self)
        tagline = self.tr("Encrypted case files. Version %1").replace("%1", __version__)
        heading = QLabel(f"<h2>CaseDesk</h2><p>{tagline}</p>")
        layout.addWidget(heading)
        layout.addWidget(self.pages)

        self._delay_timer = QTimer(self, interval=1000)
        self._delay_timer.timeout.connect(self._count_down)
        self._delay_left = 0
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        if preselect is not None:
            self.show_unlock(preselect, locked=locked)

    # --- pages -------------------------------------------------------------------------------
    def _choose_page(self, recent: list[str]) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Recent vaults:")))
        self.recent_list = QListWidget()
        for path in recent:
            QListWidgetItem(path, self.recent_list)
        self.recent_list.itemActivated.connect(lambda item: self.show_unlock(Path(item.text())))
        layout.addWidget(self.recent_list)
        buttons = QHBoxLayout()
        self.open_other_button = QPushButton(self.tr("Open another vault folder…"))
        self.open_other_button.clicked.connect(self._choose_folder)
        self.new_vault_button = QPushButton(self.tr("Create a new vault…"))
        self.new_vault_button.clicked.connect(lambda: self.pages.setCurrentIndex(2))
        buttons.addWidget(self.open_other_button)
        buttons.addWidget(self.new_vault_button)
        layout.addLayout(buttons)
        return page

    def _unlock_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.locked_label = QLabel(self.tr("CaseDesk locked itself. Everything you typed is kept."))
        self.locked_label.setVisible(False)
        self.vault_label = QLabel()
        self.vault_label.setWordWrap(True)
        self.demo_label = QLabel()
        self.demo_label.setWordWrap(True)
        self.demo_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        # Enter presses the page's default button (Unlock) and nothing else: no button here is an
        # "auto default" that Enter could reach while Unlock waits (that opened the recovery form).
        self.unlock_message = QLabel()
        self.unlock_message.setWordWrap(True)
        self.unlock_message.setStyleSheet("color: #b71c1c")
        self.forgot_button = QPushButton(self.tr("Forgot the passphrase? Use the recovery sheet…"))
        self.forgot_button.setFlat(True)
        self.forgot_button.clicked.connect(self.recover)
        self.restore_button = QPushButton(self.tr("Restore the newest backup into a new folder…"))
        self.restore_button.setVisible(False)
        self.restore_button.clicked.connect(self.restore_newest_backup)
        buttons = QHBoxLayout()
        back = QPushButton(self.tr("Back"))
        back.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        buttons.addWidget(back)
        buttons.addStretch()
        buttons.addWidget(self.unlock_button)
        for widget in (self.locked_label, self.vault_label, self.demo_label, self.passphrase, self.unlock_message,
                       self.restore_button):
            layout.addWidget(widget)
        layout.addWidget(self.forgot_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()
        layout.addLayout(buttons)
        return page

    def _create_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        folder_row = QHBoxLayout()
        self.new_folder = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_new_folder)
        folder_row.addWidget(self.new_folder)
        folder_row.addWidget(browse)
        self.new_passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.new_passphrase.textChanged.connect(self._show_strength)
        self.confirm_passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.confirm_passphrase.textChanged.connect(self._show_strength)
        self.strength_bar = QProgressBar(minimum=0, maximum=4, textVisible=False)
        self.strength_label = QLabel()
        self.strength_label.setWordWrap(True)
        self.create_message = QLabel()
        self.create_message.setWordWrap(True)
        self.create_message.setStyleSheet("color: #b71c1c")
        buttons = QHBoxLayout()
        back = QPushButton(self.tr("Back"))
        back.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.create_button = QPushButton(self.tr("Create vault"))
        self.create_button.setEnabled(False)
        self.create_button.clicked.connect(self.create)
        buttons.addWidget(back)
        buttons.addStretch()
        buttons.addWidget(self.create_button)
        form.addRow(self.tr("Folder:"), folder_row)
        form.addRow(self.tr("Passphrase:"), self.new_passphrase)
        form.addRow(self.tr("Again:"), self.confirm_passphrase)
        form.addRow(self.tr("Strength:"), self.strength_bar)
        form.addRow("", self.strength_label)
        form.addRow("", self.create_message)
        form.addRow(buttons)
        return page

    # --- choosing ------------------------------------------------------------------------------
    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the vault folder"))
        if folder:
            self.show_unlock(Path(folder))

    def _choose_new_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose an empty folder for the new vault"))
        if folder:
            self.new_folder.setText(folder)

    def show_unlock(self, folder: Path, *, locked: bool = False) -> None:
        self.folder = folder
        self.vault_label.setText(self.tr("Vault: %1").replace("%1", str(folder)))
        self.locked_label.setVisible(locked)
        demo = self.demo_passphrase is not None and locked is False
        self.demo_label.setVisible(demo)
        if demo:
            self.demo_label.setText(self.tr("Demo vault of synthetic cases. Its passphrase is: %1")
                                    .replace("%1", self.demo_passphrase))
        self.unlock_message.clear()
        self.restore_button.setVisible(False)
        self.pages.setCurrentIndex(1)
        self.passphrase.setFocus()

    # --- unlocking -----------------------------------------------------------------------------
    def unlock(self) -> None:
        if self.folder is None or not self.unlock_button.isEnabled():
            return
        passphrase = self.passphrase.text()
        self._set_busy(True, self.tr("Unlocking…"))
        self.runner.run(lambda: open_vault(self.folder, passphrase, check_pages=False),
                        self._unlocked, self._unlock_failed)

    def _unlocked(self, vault: Vault) -> None:
        self.passphrase.clear()
        self.failures = 0
        self._set_busy(False, "")
        self.vault_opened.emit(vault)
        self.accept()

    def _unlock_failed(self, error: Exception) -> None:
        self.passphrase.clear()
        self._set_busy(False, "")
        if isinstance(error, WrongPassphrase):
            self.failures += 1
            self.unlock_message.setText(error.message(self.language))
            self._start_delay(unlock_delay(self.failures))
        elif isinstance(error, VaultDamaged):
            self.unlock_message.setText(error.message(self.language) + self._backups_hint())
            self.restore_button.setVisible(bool(self._newest_backup()))
        elif isinstance(error, CaseDeskError):
            self.unlock_message.setText(error.message(self.language))
        else:
            self.unlock_message.setText(self.tr("The vault could not be opened (%1).").replace("%1", type(error).__name__))

    def _newest_backup(self):
        return next(iter(backups_in(self.folder / BACKUP_FOLDER)), None) if self.folder else None

    def _backups_hint(self) -> str:
        newest = self._newest_backup()
        if newest is None:
            return ""
        return " " + self.tr("The newest checked backup is from %1; it can be restored into a new folder.").replace(
            "%1", newest.label)

    def restore_newest_backup(self) -> None:
        newest = self._newest_backup()
        target = QFileDialog.getExistingDirectory(self, self.tr("An empty folder for the restored vault"))
        if newest is None or not target:
            return
        try:
            restored = restore_backup(newest.folder, Path(target))
        except CaseDeskError as error:
            self.unlock_message.setText(error.message(self.language))
            return
        self.show_unlock(restored)
        self.unlock_message.setText(self.tr("Restored. Unlock it with the passphrase that was valid on %1.")
                                    .replace("%1", newest.label))

    def recover(self) -> RecoveryDialog | None:
        if self.folder is None:
            return None
        dialog = RecoveryDialog(self.folder, self.runner, self.language, self)
        dialog.recovered.connect(self._recovered)
        dialog.open()
        return dialog

    def _recovered(self, new_passphrase: str) -> None:
        self.passphrase.setText(new_passphrase)
        self.unlock()

    def _start_delay(self, seconds: int) -> None:
        if seconds <= 0:
            return
        self._delay_left = seconds
        self.unlock_button.setEnabled(False)
        self.passphrase.setEnabled(False)
        self._count_down(initial=True)
        self._delay_timer.start()

    def _count_down(self, initial: bool = False) -> None:
        if not initial:
            self._delay_left -= 1
        if self._delay_left <= 0:
            self._delay_timer.stop()
            self.unlock_button.setEnabled(True)
            self.unlock_button.setText(self.tr("Unlock"))
            self.passphrase.setEnabled(True)
            self.passphrase.setFocus()
            return
        self.unlock_button.setText(self.tr("Wait %1 s").replace("%1", str(self._delay_left)))

    def _set_busy(self, busy: bool, text: str) -> None:
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        if text:
            self.unlock_message.setText(text)

    # --- creating ------------------------------------------------------------------------------
    def _show_strength(self) -> None:
        first, again = self.new_passphrase.text(), self.confirm_passphrase.text()
        strength = estimate_strength(first)
        self.strength_bar.setValue(strength.score)
        self.strength_label.setText(strength.message(self.language))
        problem = ""
        if len(first) < MIN_PASSPHRASE_CHARS:
            problem = self.tr("At least %1 characters.").replace("%1", str(MIN_PASSPHRASE_CHARS))
        elif again and again != first:
            problem = self.tr("The two passphrases differ.")
        self.create_message.setText(problem)
        self.create_button.setEnabled(not problem and again == first and bool(self.new_folder.text().strip()))

    def create(self) -> None:
        folder, passphrase = Path(self.new_folder.text().strip()), self.new_passphrase.text()
        self.create_button.setEnabled(False)
        self.create_message.setText(self.tr("Creating the vault (measuring this computer)…"))
        self.runner.run(lambda: create_vault(folder, passphrase), lambda vault: self._created(vault, passphrase),
                        self._create_failed)

    def _created(self, vault: Vault, passphrase: str) -> None:
        self.new_passphrase.clear()
        self.confirm_passphrase.clear()
        self.vault_created.emit(vault, passphrase)     # the guided first start needs it once, for the sheet
        self.accept()

    def _create_failed(self, error: Exception) -> None:
        message = (error.message(self.language) if isinstance(error, CaseDeskError)
                   else self.tr("The vault could not be created (%1).").replace("%1", type(error).__name__))
        self.create_message.setText(message)
        self.create_button.setEnabled(True)
