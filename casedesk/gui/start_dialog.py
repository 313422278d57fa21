"""The first screen, and the lock screen: choose a vault, create one, or unlock it."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QProgressBar, QPushButton, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget,
)

from casedesk import __version__, paths
from casedesk.domain.errors import CaseDeskError, VaultDamaged, WrongPassphrase
from casedesk.domain.passphrase import estimate_strength
from casedesk.gui.tasks import BackgroundRunner
from casedesk.storage.keys import MIN_PASSPHRASE_CHARS
from casedesk.services.backups import backups_in, restore_backup
from casedesk.services.demo import demo_passphrase, is_demo_passphrase, open_demo_vault
from casedesk.storage.vault import BACKUP_FOLDER, Vault, create_vault, open_vault, recover_with_key

MAX_DELAY_SECONDS = 30
ERROR_STYLE = "color: #b71c1c"
HINT_STYLE = "color: palette(dark)"
# The strength bar by score (0 very weak … 4 strong): red, red, orange, light green, green. The
# verdict is always said in words too, for whoever does not tell these colours apart.
STRENGTH_COLOURS = ("#c62828", "#c62828", "#ef6c00", "#689f38", "#2e7d32")
EMPTY_STRENGTH_COLOUR = "#9e9e9e"
STRENGTH_BAR_STYLE = ("QProgressBar {{ border: 1px solid #9e9e9e; border-radius: 3px; background: palette(base); "
                      "min-height: 10px; max-height: 10px; }} "
                      "QProgressBar::chunk {{ background-color: {colour}; border-radius: 2px; }}")
CHOOSE_PAGE, UNLOCK_PAGE, CREATE_PAGE = range(3)


def unlock_delay(failures: int) -> int:
    """Seconds to wait after `failures` wrong passphrases in a row: 0, 0, 1, 2, 4 … 30."""
    return 0 if failures < 2 else min(MAX_DELAY_SECONDS, 2 ** (failures - 2))


def _same_folder(one: Path, other: Path) -> bool:
    try:
        return one.resolve() == other.resolve()
    except OSError:
        return False


def _reveal(fields: tuple[QLineEdit, ...], shown: bool) -> None:
    for field in fields:
        field.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)


class RecoveryDialog(QDialog):
    """The recovery sheet's words and a new passphrase (the old one stops working)."""

    recovered = Signal(str)

    def __init__(self, folder: Path, runner: BackgroundRunner, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder, self.runner, self.language = folder, runner, language
        self.setWindowTitle(self.tr("Recover the vault"))
        self.words = QPlainTextEdit()
        self.words.setTabChangesFocus(True)          # Tab moves on, as in every other field
        self.words.setPlaceholderText(self.tr("The words of the recovery sheet, in order"))
        self.words.setAccessibleName(self.tr("Recovery words"))
        self.new_passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.new_passphrase.setAccessibleName(self.tr("New passphrase"))
        self.confirm = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("New passphrase, again"))
        self.show_passphrase = QCheckBox(self.tr("Sho&w"))
        self.show_passphrase.setAccessibleName(self.tr("Show the passphrase"))
        self.show_passphrase.toggled.connect(lambda shown: _reveal((self.new_passphrase, self.confirm), shown))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.recover)
        self.buttons.rejected.connect(self.reject)
        intro = QLabel(self.tr("The recovery sheet unlocks the vault once you choose a new passphrase; "
                               "the old passphrase will stop working."))
        intro.setWordWrap(True)
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_passphrase)
        new_row.addWidget(self.show_passphrase)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("&Recovery words:"), self.words)
        form.addRow(self._buddy(self.tr("&New passphrase:"), self.new_passphrase), new_row)
        form.addRow(self.tr("Type it &again:"), self.confirm)
        form.addRow(self.message)
        form.addRow(self.buttons)
        self.setMinimumWidth(520)

    def _buddy(self, text: str, field: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(field)
        return label

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
    """Three pages: choose a vault (recent ones, another folder, or a new one), unlock it, or
    create one. The heading and the window title say which; Esc closes, Enter unlocks or creates."""

    vault_opened = Signal(object)          # Vault
    vault_created = Signal(object, str)    # a new Vault, and its passphrase for the first start

    def __init__(self, runner: BackgroundRunner, language: str, recent: list[str], *,
                 preselect: Path | None = None, demo_passphrase: str | None = None,
                 locked: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.language = runner, language
        self.demo_passphrase = demo_passphrase
        self._demo_folder = preselect if demo_passphrase is not None else None
        self.failures = 0
        self.folder: Path | None = None
        self.locked = False
        self._demo_shown = False
        self._proposed_folder = ""
        self.setMinimumWidth(600)

        self.title_label = QLabel()
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.title_label.setAccessibleName(self.tr("What this screen does"))
        tagline = QLabel(self.tr("Encrypted case files. Version %1").replace("%1", __version__))
        tagline.setStyleSheet(HINT_STYLE)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._choose_page(recent))
        self.pages.addWidget(self._unlock_page())
        self.pages.addWidget(self._create_page())
        self.pages.currentChanged.connect(self._page_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(tagline)
        layout.addSpacing(6)
        layout.addWidget(self.pages)

        self._delay_timer = QTimer(self, interval=1000)
        self._delay_timer.timeout.connect(self._count_down)
        self._delay_left = 0
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self._page_changed(CHOOSE_PAGE)
        (self.recent_list if recent else self.new_vault_button).setFocus()
        if preselect is not None:
            self.show_unlock(preselect, locked=locked)

    # --- pages -------------------------------------------------------------------------------
    def _choose_page(self, recent: list[str]) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(self.tr("A vault is a folder that keeps your cases encrypted on this computer. "
                               "Open one you already have, or create a new one."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.recent_list = QListWidget()
        self.recent_list.setAccessibleName(self.tr("Recent vaults"))
        for path in recent:
            QListWidgetItem(path, self.recent_list)
        if recent:
            self.recent_list.setCurrentRow(0)
        # Enter presses the page's default button (Open); a double click opens too.
        self.recent_list.itemDoubleClicked.connect(lambda item: self.show_unlock(Path(item.text())))
        recent_label = QLabel(self.tr("&Recent vaults:"))
        recent_label.setBuddy(self.recent_list)
        self.no_recent_label = QLabel(self.tr("No vault has been opened on this computer yet."))
        self.no_recent_label.setStyleSheet(HINT_STYLE)
        for widget in (recent_label, self.recent_list):
            widget.setVisible(bool(recent))
        self.no_recent_label.setVisible(not recent)
        layout.addWidget(recent_label)
        layout.addWidget(self.recent_list)
        layout.addWidget(self.no_recent_label)
        if not recent:
            layout.addStretch()
        self.open_selected_button = QPushButton(self.tr("&Open the selected vault"))
        self.open_selected_button.setVisible(bool(recent))
        self.open_selected_button.clicked.connect(self.open_selected)
        layout.addWidget(self.open_selected_button, 0, Qt.AlignmentFlag.AlignRight)
        buttons = QHBoxLayout()
        self.open_other_button = QPushButton(self.tr("Open another vault &folder…"))
        self.open_other_button.clicked.connect(self._choose_folder)
        self.new_vault_button = QPushButton(self.tr("&Create a new vault…"))
        self.new_vault_button.clicked.connect(self.show_create)
        buttons.addWidget(self.open_other_button)
        buttons.addStretch()
        buttons.addWidget(self.new_vault_button)
        layout.addSpacing(6)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.recent_list, self.open_selected_button)
        QWidget.setTabOrder(self.open_selected_button, self.open_other_button)
        QWidget.setTabOrder(self.open_other_button, self.new_vault_button)
        return page

    def _unlock_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.locked_label = QLabel(self.tr("CaseDesk locked itself. Everything you typed is kept."))
        self.locked_label.setWordWrap(True)
        self.locked_label.setVisible(False)
        self.vault_label = QLabel()
        self.vault_label.setWordWrap(True)
        self.vault_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_label = QLabel()
        self.demo_label.setWordWrap(True)
        self.demo_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fill_demo_button = QPushButton(self.tr("&Type it for me"))
        self.fill_demo_button.clicked.connect(self.fill_demo_passphrase)
        demo_row = QHBoxLayout()
        demo_row.addWidget(self.demo_label, 1)
        demo_row.addWidget(self.fill_demo_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.show_passphrase = QCheckBox(self.tr("Sho&w"))
        self.show_passphrase.setAccessibleName(self.tr("Show the passphrase"))
        self.show_passphrase.setToolTip(self.tr("Show what you type; make sure nobody is looking."))
        self.show_passphrase.toggled.connect(lambda shown: _reveal((self.passphrase,), shown))
        passphrase_label = QLabel(self.tr("&Passphrase:"))
        passphrase_label.setBuddy(self.passphrase)
        passphrase_row = QHBoxLayout()
        passphrase_row.addWidget(passphrase_label)
        passphrase_row.addWidget(self.passphrase, 1)
        passphrase_row.addWidget(self.show_passphrase)
        # Enter presses the page's default button (Unlock) and nothing else: no button here is an
        # "auto default" that Enter could reach while Unlock waits (that opened the recovery form).
        self.unlock_message = QLabel()
        self.unlock_message.setWordWrap(True)
        self.unlock_message.setStyleSheet(ERROR_STYLE)
        self.forgot_button = QPushButton(self.tr("&Forgot the passphrase? Use the recovery sheet…"))
        self.forgot_button.setFlat(True)
        self.forgot_button.clicked.connect(self.recover)
        self.restore_button = QPushButton(self.tr("&Restore the newest backup into a new folder…"))
        self.restore_button.setVisible(False)
        self.restore_button.clicked.connect(self.restore_newest_backup)
        buttons = QHBoxLayout()
        self.unlock_back_button = QPushButton(self.tr("&Back"))
        self.unlock_back_button.clicked.connect(lambda: self.pages.setCurrentIndex(CHOOSE_PAGE))
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        buttons.addWidget(self.unlock_back_button)
        buttons.addStretch()
        buttons.addWidget(self.unlock_button)
        layout.addWidget(self.locked_label)
        layout.addWidget(self.vault_label)
        layout.addLayout(demo_row)
        layout.addSpacing(4)
        layout.addLayout(passphrase_row)
        layout.addWidget(self.unlock_message)
        layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.forgot_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()
        layout.addLayout(buttons)
        for first, second in ((self.passphrase, self.show_passphrase), (self.show_passphrase, self.unlock_button),
                              (self.unlock_button, self.fill_demo_button), (self.fill_demo_button, self.forgot_button),
                              (self.forgot_button, self.restore_button), (self.restore_button, self.unlock_back_button)):
            QWidget.setTabOrder(first, second)
        return page

    def _create_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(self.tr("CaseDesk keeps the vault's cases encrypted in this folder. Nobody can open them "
                               "without the passphrase, not even CaseDesk's developers. Once the vault is made you "
                               "can print a recovery sheet, in case the passphrase is forgotten."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.new_folder = QLineEdit()
        self.new_folder.setAccessibleName(self.tr("Folder for the new vault"))
        self.new_folder.setToolTip(self.tr("A new or empty folder; it is created if it does not exist."))
        self.new_folder.textChanged.connect(self._show_strength)
        self.browse_button = QPushButton(self.tr("C&hoose…"))
        self.browse_button.clicked.connect(self._choose_new_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.new_folder, 1)
        folder_row.addWidget(self.browse_button)
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.new_folder)
        self.new_passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.new_passphrase.setAccessibleName(self.tr("New passphrase"))
        self.new_passphrase.textChanged.connect(self._show_strength)
        self.confirm_passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.confirm_passphrase.setAccessibleName(self.tr("New passphrase, again"))
        self.confirm_passphrase.textChanged.connect(self._show_strength)
        self.show_new_passphrase = QCheckBox(self.tr("Sho&w"))
        self.show_new_passphrase.setAccessibleName(self.tr("Show the passphrase"))
        self.show_new_passphrase.setToolTip(self.tr("Show what you type; make sure nobody is looking."))
        self.show_new_passphrase.toggled.connect(
            lambda shown: _reveal((self.new_passphrase, self.confirm_passphrase), shown))
        passphrase_row = QHBoxLayout()
        passphrase_row.addWidget(self.new_passphrase, 1)
        passphrase_row.addWidget(self.show_new_passphrase)
        passphrase_label = QLabel(self.tr("&Passphrase:"))
        passphrase_label.setBuddy(self.new_passphrase)
        self.strength_bar = QProgressBar(minimum=0, maximum=5, textVisible=False)
        self.strength_bar.setAccessibleName(self.tr("Passphrase strength"))
        self.strength_label = QLabel()
        self.strength_label.setWordWrap(True)
        self.strength_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.strength_label.setMinimumHeight(2 * self.fontMetrics().lineSpacing())
        self.create_message = QLabel()
        self.create_message.setWordWrap(True)
        self.create_message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.create_message.setStyleSheet(ERROR_STYLE)
        form.addRow(folder_label, folder_row)
        form.addRow(passphrase_label, passphrase_row)
        form.addRow(self.tr("Type it &again:"), self.confirm_passphrase)
        # The bar, its words and any problem in one column: a word-wrapped label alone in a form
        # row gets squeezed to a few words a line.
        strength_column = QVBoxLayout()
        strength_column.setContentsMargins(0, 4, 0, 0)
        strength_column.addWidget(self.strength_bar)
        strength_column.addWidget(self.strength_label)
        strength_column.addWidget(self.create_message)
        strength_label = QLabel(self.tr("Strength:"))
        strength_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.addRow(strength_label, strength_column)
        layout.addLayout(form)
        layout.addStretch()
        buttons = QHBoxLayout()
        self.create_back_button = QPushButton(self.tr("&Back"))
        self.create_back_button.clicked.connect(lambda: self.pages.setCurrentIndex(CHOOSE_PAGE))
        self.create_button = QPushButton(self.tr("&Create the vault"))
        self.create_button.setEnabled(False)
        self.create_button.clicked.connect(self.create)
        buttons.addWidget(self.create_back_button)
        buttons.addStretch()
        buttons.addWidget(self.create_button)
        layout.addLayout(buttons)
        for first, second in ((self.new_folder, self.browse_button), (self.browse_button, self.new_passphrase),
                              (self.new_passphrase, self.show_new_passphrase),
                              (self.show_new_passphrase, self.confirm_passphrase),
                              (self.confirm_passphrase, self.create_button), (self.create_button, self.create_back_button)):
            QWidget.setTabOrder(first, second)
        self._show_strength()
        return page

    def _page_changed(self, index: int) -> None:
        """The heading and window title say what this page does; Enter presses its main button."""
        if index == CREATE_PAGE:
            title = self.tr("Create a new vault")
            self.create_button.setDefault(True)
        elif index == UNLOCK_PAGE and self.locked:
            title = self.tr("CaseDesk is locked")
            self.unlock_button.setDefault(True)
        elif index == UNLOCK_PAGE and self._demo_shown:
            title = self.tr("Open the demo vault")
            self.unlock_button.setDefault(True)
        else:
            title = self.tr("Open a vault")
            (self.unlock_button if index == UNLOCK_PAGE else self.open_selected_button).setDefault(True)
        self.title_label.setText(title)
        self.setWindowTitle(f"{title} — CaseDesk")

    # --- choosing ------------------------------------------------------------------------------
    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the vault folder"))
        if folder:
            self.show_unlock(Path(folder))

    def _choose_new_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose an empty folder for the new vault"))
        if folder:
            self.new_folder.setText(folder)

    def open_selected(self) -> None:
        item = self.recent_list.currentItem()
        if item is not None:
            self.show_unlock(Path(item.text()))

    def show_create(self) -> None:
        """The create page, with a folder proposed (unless the user already chose one)."""
        current = self.new_folder.text().strip()
        if not current or current == self._proposed_folder:
            self._proposed_folder = str(paths.proposed_vault_dir())
            self.new_folder.setText(self._proposed_folder)
        self.show_new_passphrase.setChecked(False)
        self.pages.setCurrentIndex(CREATE_PAGE)
        self.new_passphrase.setFocus()

    def _shown_demo_passphrase(self, folder: Path) -> str | None:
        """The demo vault's passphrase in this screen's language, when `folder` is the demo vault."""
        given = self._demo_folder is not None and _same_folder(folder, self._demo_folder)
        if not given and not _same_folder(folder, paths.demo_vault_dir()):
            return None
        if self.demo_passphrase is None or is_demo_passphrase(self.demo_passphrase):
            return demo_passphrase(self.language)
        return self.demo_passphrase

    def show_unlock(self, folder: Path, *, locked: bool = False) -> None:
        self.folder = folder
        self.locked = locked
        self.vault_label.setText(self.tr("Vault: %1").replace("%1", str(folder)))
        self.locked_label.setVisible(locked)
        shown = self._shown_demo_passphrase(folder)
        self._demo_shown = shown is not None
        self.demo_label.setVisible(shown is not None)
        self.fill_demo_button.setVisible(shown is not None)
        if shown is not None:
            self.demo_label.setText(self.tr("This demo vault holds invented cases, for practice. Its passphrase is: %1")
                                    .replace("%1", f"<b>{html.escape(shown)}</b>"))
        self.unlock_message.clear()
        self.restore_button.setVisible(False)
        self.show_passphrase.setChecked(False)
        self.pages.setCurrentIndex(UNLOCK_PAGE)
        self._page_changed(UNLOCK_PAGE)
        self.passphrase.setFocus()

    def fill_demo_passphrase(self) -> None:
        shown = self._shown_demo_passphrase(self.folder) if self.folder else None
        if shown is not None:
            self.passphrase.setText(shown)
            self.passphrase.setFocus()

    # --- unlocking -----------------------------------------------------------------------------
    def unlock(self) -> None:
        if self.folder is None or not self.unlock_button.isEnabled():
            return
        passphrase, folder = self.passphrase.text(), self.folder
        if not passphrase:
            self.unlock_message.setText(self.tr("Type the vault's passphrase first."))
            self.passphrase.setFocus()
            return
        self._set_busy(True, self.tr("Unlocking…"))
        opener = open_demo_vault if self._shown_demo_passphrase(folder) is not None else open_vault
        self.runner.run(lambda: opener(folder, passphrase, check_pages=False), self._unlocked, self._unlock_failed)

    def _unlocked(self, vault: Vault) -> None:
        self.passphrase.clear()
        self.show_passphrase.setChecked(False)
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
        # The field was disabled while unlocking, which sent the focus on to "Show": retyping the
        # passphrase there lost it and its spaces ticked "Show". (After a wait the count-down
        # gives the focus back when the field comes back.)
        if self.passphrase.isEnabled():
            self.passphrase.setFocus()

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
            self.unlock_button.setText(self.tr("&Unlock"))
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
        """The bar and its words follow the passphrase as it is typed; Create waits for a folder,
        a long enough passphrase and the same passphrase typed again."""
        first, again = self.new_passphrase.text(), self.confirm_passphrase.text()
        if first:
            strength = estimate_strength(first)
            colour = STRENGTH_COLOURS[strength.score]
            self.strength_bar.setValue(strength.score + 1)
            self.strength_label.setText(f'<b style="color: {colour}">{html.escape(strength.label(self.language))}</b>'
                                        f": {html.escape(strength.hint(self.language), quote=False)}")
            self.strength_bar.setAccessibleDescription(strength.message(self.language))
        else:
            colour = EMPTY_STRENGTH_COLOUR
            self.strength_bar.setValue(0)
            self.strength_label.setText(self.tr("Four or more unrelated words are easy to remember and hard to guess."))
            self.strength_bar.setAccessibleDescription(self.strength_label.text())
        self.strength_bar.setStyleSheet(STRENGTH_BAR_STYLE.format(colour=colour))
        self.strength_bar.setProperty("colour", colour)
        problem = ""
        if first and len(first) < MIN_PASSPHRASE_CHARS:
            problem = self.tr("At least %1 characters.").replace("%1", str(MIN_PASSPHRASE_CHARS))
        elif again and again != first:
            problem = self.tr("The two passphrases differ.")
        self.create_message.setText(problem)
        self.create_button.setEnabled(bool(first) and not problem and again == first
                                      and bool(self.new_folder.text().strip()))

    def create(self) -> None:
        folder, passphrase = Path(self.new_folder.text().strip()).expanduser(), self.new_passphrase.text()
        self.create_button.setEnabled(False)
        self.create_message.setText(self.tr("Creating the vault (measuring this computer)…"))
        self.runner.run(lambda: create_vault(folder, passphrase), lambda vault: self._created(vault, passphrase),
                        self._create_failed)

    def _created(self, vault: Vault, passphrase: str) -> None:
        self.new_passphrase.clear()
        self.confirm_passphrase.clear()
        self.show_new_passphrase.setChecked(False)
        self.vault_created.emit(vault, passphrase)     # the guided first start needs it once, for the sheet
        self.accept()

    def _create_failed(self, error: Exception) -> None:
        message = (error.message(self.language) if isinstance(error, CaseDeskError)
                   else self.tr("The vault could not be created (%1).").replace("%1", type(error).__name__))
        self.create_message.setText(message)
        self.create_button.setEnabled(True)
