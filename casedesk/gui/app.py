"""The desktop application: start dialog → main window → lock → start dialog again."""

from __future__ import annotations

import signal
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QSystemTrayIcon, QWidget

from casedesk import __version__
from casedesk.domain.errors import CaseDeskError, VaultReadOnly
from casedesk.gui.help import FirstRunWizard
from casedesk.gui.i18n import Translations, resolve
from casedesk.gui.idle import IdleWatcher, watch_screen_locker
from casedesk.gui.main_window import MainWindow, icon
from casedesk.gui.preferences import PreferencesDialog
from casedesk.gui.start_dialog import StartDialog
from casedesk.gui.theme import apply_theme
from casedesk.gui.tasks import BackgroundRunner
from casedesk.services.backups import backup_if_due
from casedesk.services.demo import fill_demo_vault
from casedesk.services.recovery import mark_reminded, should_remind
from casedesk.settings import Settings, load_settings, save_settings
from casedesk.storage.database import check_integrity, describe_problems
from casedesk.storage.vault import Vault, make_read_only


PANIC_SHORTCUT = "Ctrl+Alt+L"      # locks from any CaseDesk window, even a dialog


class Controller(QObject):
    """Owns the open vault and the windows; the only place that locks and unlocks."""

    def __init__(self, settings: Settings, *, runner: BackgroundRunner | None = None,
                 demo: tuple[Path, str] | None = None, save=save_settings) -> None:
        super().__init__()
        self.settings = settings
        self.runner = runner or BackgroundRunner(self)
        self.demo = demo
        self._save = save
        self.translations = Translations()
        self.translations.install(resolve(settings.language))
        apply_theme(settings.theme)
        self.vault: Vault | None = None
        self.window: MainWindow | None = None
        self.start_dialog: StartDialog | None = None
        self.panic = QShortcut(QKeySequence(PANIC_SHORTCUT), self._shortcut_host(), activated=self.lock)
        self.panic.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.tray = self._tray_icon()
        self.idle = IdleWatcher(settings.idle_minutes, self)
        self.idle.idle.connect(self.lock)
        QApplication.instance().installEventFilter(self.idle)
        watch_screen_locker(self.lock)

    @property
    def language(self) -> str:
        return self.translations.language

    def _shortcut_host(self) -> QWidget:
        # An application-wide shortcut still needs a widget to belong to; this one is never shown.
        self._host = QWidget()
        return self._host

    def _tray_icon(self) -> QSystemTrayIcon | None:
        """A tray icon whose menu locks at once, where the desktop has a tray."""
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return None
        tray = QSystemTrayIcon(icon("lock"), self)
        menu = QMenu()
        menu.addAction(self.tr("Lock CaseDesk now"), self.lock)
        tray.setContextMenu(menu)
        tray.activated.connect(lambda _reason: self.lock())
        tray.setToolTip("CaseDesk")
        tray.show()
        self._tray_menu = menu
        return tray

    def show_start(self, *, locked_folder: Path | None = None) -> StartDialog:
        preselect = locked_folder
        demo_passphrase = None
        if preselect is None and self.demo is not None:
            preselect, demo_passphrase = self.demo
        elif preselect is None and self.settings.default_vault:
            preselect = Path(self.settings.default_vault)
        self.start_dialog = StartDialog(self.runner, self.language, self.settings.recent_vaults,
                                        preselect=preselect, demo_passphrase=demo_passphrase,
                                        locked=locked_folder is not None)
        self.start_dialog.setWindowIcon(icon("casedesk"))
        self.start_dialog.vault_opened.connect(self.vault_opened)
        self.start_dialog.vault_created.connect(self.vault_created)
        self.start_dialog.rejected.connect(self._start_cancelled)
        self.start_dialog.show()
        return self.start_dialog

    def vault_opened(self, vault: Vault) -> None:
        self.vault = vault
        self.settings.remember_vault(vault.folder)
        self._save(self.settings)
        if self.window is None:
            self.window = MainWindow(vault, self.runner, self.language,
                                     compact=self.settings.table_density == "compact")
            self.window.restore_saved_geometry(self.settings.window_geometry)
            self.window.set_visible_columns(self.settings.case_columns)
            self.window.lock_requested.connect(self.lock)
            self.window.language_requested.connect(self.set_language)
            self.window.theme_requested.connect(self.set_theme)
            self.window.columns_changed.connect(self._remember_columns)
            self.window.preferences_requested.connect(self.edit_preferences)
            self.window.closing.connect(self.quit)
            self.window.compact_action.toggled.connect(self._remember_density)
        else:
            self.window.vault = self.window.queue.vault = vault
            self.window.show_read_only()
            self.window.reload()
        self.window.language_actions[self.settings.language].setChecked(True)
        self.window.theme_actions[self.settings.theme].setChecked(True)
        self.window.show()
        self.idle.start()
        self.window.restore_drafts()
        if should_remind(vault):
            mark_reminded()
            self.window.statusBar().showMessage(self.tr(
                "This vault has no recovery sheet yet: if the passphrase is forgotten, nothing can open it. "
                "File → Recovery sheet."), 30000)
        self.show_repairs(vault)
        self.check_pages_in_background(vault)
        self.window.start_team_sync()

    def show_repairs(self, vault: Vault) -> QMessageBox | None:
        """Say what opening had to repair (a damaged vault.json restored from its copy), in a
        box that does not block: the vault is open and usable meanwhile."""
        if not vault.notices:
            return None
        said = [spanish if self.language == "es" else english for english, spanish in vault.notices]
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The vault was repaired"), "\n\n".join(said),
                          QMessageBox.StandardButton.Ok, self.window)
        box.setModal(False)
        box.show()
        self._repairs_box = box
        return box

    def vault_created(self, vault: Vault, passphrase: str) -> FirstRunWizard:
        """A new vault: open it, then the guided first start (passphrase, recovery sheet,
        optional practice cases, backups)."""
        self.vault_opened(vault)
        wizard = FirstRunWizard(self.language, passphrase, str(vault.folder), self.window)

        def finished(result: int) -> None:
            if result != FirstRunWizard.DialogCode.Accepted or self.vault is not vault or not vault.is_open:
                return
            if wizard.add_demo.isChecked():
                fill_demo_vault(vault, 50)
                self.window.reload()
            if wizard.make_sheet.isChecked():
                self.window.make_recovery_sheet(passphrase)

        wizard.finished.connect(finished)
        wizard.open()
        self.first_run = wizard
        return wizard

    def check_pages_in_background(self, vault: Vault) -> None:
        """Unlocking skipped the HMAC check of every page (about 1.5 s at 100k cases); do it now,
        with SQLite's own integrity check, off the GUI thread, and say so at once if anything fails."""
        def checked(problems: list[str]) -> None:
            if problems and self.vault is vault and vault.is_open:
                damage = describe_problems(problems)
                make_read_only(vault, damage)       # writing on would risk what is still intact
                self.window.show_read_only()
                self.window.statusBar().showMessage(damage.message(self.language))
                QMessageBox.warning(self.window, "CaseDesk", damage.message(self.language) + "\n\n"
                                    + VaultReadOnly().message(self.language))

        self.runner.run(lambda: check_integrity(vault.db, full=True), checked, lambda _error: None)

    def lock(self) -> None:
        """Close the vault now: drafts kept, views emptied, clipboard cleared, unlock screen."""
        if self.vault is None or not self.vault.is_open:
            return
        self.idle.stop()
        self.window.clear_for_lock()
        self.runner.wait()
        folder = self.vault.folder
        self.vault.lock()
        self.window.hide()
        self.show_start(locked_folder=folder)

    def set_language(self, setting: str) -> None:
        self.settings.language = setting
        self._save(self.settings)
        self.translations.install(resolve(setting))
        if self.window is not None:
            self.window.set_language(self.language)

    def set_theme(self, theme: str) -> None:
        self.settings.theme = theme
        self._save(self.settings)
        apply_theme(theme)

    def _remember_columns(self, names: list[str]) -> None:
        self.settings.case_columns = names
        self._save(self.settings)

    def edit_preferences(self) -> None:
        dialog = PreferencesDialog(self.settings, self.language, self.window)
        if dialog.exec() != PreferencesDialog.DialogCode.Accepted:
            return
        self.apply_settings(dialog.result_settings)

    def apply_settings(self, settings: Settings) -> None:
        language_changed = settings.language != self.settings.language
        self.settings = settings
        self._save(settings)
        self.idle.set_minutes(settings.idle_minutes)
        if self.vault is not None and self.vault.is_open:
            self.idle.start()
        if self.window is not None:
            self.window.set_compact(settings.table_density == "compact")
        if language_changed:
            self.set_language(settings.language)

    def quit(self, geometry: str | None = None) -> None:
        """Close CaseDesk: the day's automatic backup (once a day) is made before the vault closes."""
        if self.window is not None:
            self._remember_geometry(geometry or self.window.saved_geometry())
            self.window.clear_for_lock()
        self.runner.wait()
        if self.vault is not None and self.vault.is_open and not self.vault.read_only:
            try:
                backup_if_due(self.vault)
            except CaseDeskError as error:        # a failed backup never keeps the vault open
                QMessageBox.warning(None, "CaseDesk", error.message(self.language))
            self.vault.lock()
        QApplication.instance().quit()

    def _start_cancelled(self) -> None:
        if self.vault is None or not self.vault.is_open:
            QApplication.instance().quit()

    def _remember_geometry(self, geometry: str) -> None:
        self.settings.window_geometry = geometry
        self._save(self.settings)

    def _remember_density(self, compact: bool) -> None:
        self.settings.table_density = "compact" if compact else "comfortable"
        self._save(self.settings)


def run_app(argv: list[str], *, demo: tuple[Path, str] | None = None) -> int:
    """Start the window; returns the process exit code."""
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("CaseDesk")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icon("casedesk"))
    app.setQuitOnLastWindowClosed(False)
    try:
        settings = load_settings()
    except CaseDeskError as error:
        QMessageBox.warning(None, "CaseDesk", error.message("es") + "\n\n" + error.message("en"))
        settings = Settings()
    controller = Controller(settings, demo=demo)
    _lock_and_quit_on_signals(controller)
    controller.show_start()
    code = app.exec()
    if controller.vault is not None:
        controller.vault.lock()
    return code


def _lock_and_quit_on_signals(controller: Controller) -> None:
    """A logout, shutdown or Ctrl+C locks the vault and quits instead of killing the process.

    Python runs signal handlers only between bytecodes, so a timer gives it the chance while
    Qt's event loop waits.
    """
    for name in ("SIGTERM", "SIGINT", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), lambda *_: controller.quit())
    controller._signal_timer = QTimer(controller, interval=250)
    controller._signal_timer.timeout.connect(lambda: None)
    controller._signal_timer.start()


if __name__ == "__main__":
    sys.exit(run_app(sys.argv))
