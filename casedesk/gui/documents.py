"""What the dialogs that make a document share (dossier, census report, list export, bundle):
who will read it, a proposed password, the language, Save/Print/Cancel, and failures said
in plain words while the work runs in the background. Also what every save dialog shares (a
proposed file name, the last folder used) and the explanation an empty table shows."""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path
from typing import Any, Callable, Sequence

from peewee import DatabaseError
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QWidget,
)

from casedesk.domain.errors import CaseDeskError
from casedesk.domain.passphrase import propose_passphrase
from casedesk.gui.tasks import BackgroundRunner
from casedesk.storage.models import VaultMeta
from casedesk.storage.vault import Vault

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
    """A proposed password of seven words, shown whole and in clear (it is to be read out or
    copied, not hidden), another on request, and whether to use one at all. `hint` says how to
    pass it on; the dialog places it."""

    def __init__(self, *, protect: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.protect = QCheckBox(self.tr("Protect the file with a pass&word (AES-256)"), checked=protect)
        self.password = QLineEdit(propose_passphrase(), enabled=protect)
        self.password.setEchoMode(QLineEdit.EchoMode.Normal)
        self.password.setAccessibleName(self.tr("Password for the file"))
        self.password.textChanged.connect(self._fit)
        self.propose = QPushButton(self.tr("Propose a&nother"))
        self.propose.setEnabled(protect)
        self.propose.clicked.connect(lambda: self.password.setText(propose_passphrase()))
        self.protect.toggled.connect(self.password.setEnabled)
        self.protect.toggled.connect(self.propose.setEnabled)
        self.hint = QLabel(self.tr("Send the password by another channel than the file (for example, say it "
                                   "by phone)."))
        self.hint.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.password, 1)
        row.addWidget(self.propose)
        self._fit()

    def _fit(self) -> None:
        """Wide enough for the whole password: a clipped word would be copied wrong."""
        metrics = self.password.fontMetrics()
        self.password.setMinimumWidth(metrics.horizontalAdvance(self.password.text()) + 4 * metrics.averageCharWidth()
                                      + 12)

    def chosen(self) -> str | None:
        return self.password.text() if self.protect.isChecked() else None


# --- save dialogs: a proposed name and the last folder ------------------------------------------

# The last folder a document was saved to may name a case ("…/Casos/María Pérez"), so it is kept
# inside the vault (encrypted, like drafts), never in the settings file; a vault opened read-only
# keeps it for the session only.
LAST_FOLDER_KEY = "gui:last_save_folder"
_session_folders: dict[str, str] = {}
# The first word of a proposed file name, in the language of the document itself.
FILE_WORDS = {"dossier": {"es": "Expediente", "en": "Dossier"}, "dossiers": {"es": "Expedientes", "en": "Dossiers"},
              "census": {"es": "Censo", "en": "Census"}, "cases": {"es": "Casos", "en": "Cases"}}
_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def safe_file_name(text: str, limit: int = 150) -> str:
    """`text` with what no file system accepts taken out (slashes, colons, quotes…)."""
    cleaned = " ".join(_UNSAFE_IN_FILE_NAMES.sub(" ", text).split()).strip(" .")
    return cleaned[:limit].rstrip(" .") or "CaseDesk"


def proposed_file_name(what: str, names: Sequence[str], extension: str, day: date | None = None) -> str:
    """For one case "Dossier - María Pérez - 2026-11-30.pdf"; for several (or none), a neutral
    "Dossier - 2026-11-30.pdf". The date is ISO so files sort by it in any language."""
    day = day or date.today()
    parts = [what, *(names[:1] if len(names) == 1 else []), day.isoformat()]
    return safe_file_name(" - ".join(part.strip() for part in parts if part.strip())) + extension


def _folder_key(kind: str) -> str:
    return LAST_FOLDER_KEY if kind == "documents" else f"{LAST_FOLDER_KEY}:{kind}"


def last_folder(vault: Vault | None, kind: str = "documents") -> Path | None:
    """The folder the last document of this vault was saved to, if it still exists. `kind`
    keeps apart folders for different purposes (say, "backups" on an external drive)."""
    if vault is None or not vault.is_open:
        return None
    folder = _session_folders.get(f"{vault.folder}\n{kind}")
    if folder is None:
        try:
            row = VaultMeta.get_or_none(VaultMeta.key == _folder_key(kind))
        except DatabaseError:
            row = None
        folder = row.value if row is not None else None
    return Path(folder) if folder and Path(folder).is_dir() else None


def remember_folder(vault: Vault | None, folder: Path, kind: str = "documents") -> None:
    if vault is None or not vault.is_open:
        return
    if not vault.read_only:
        try:
            VaultMeta.insert(key=_folder_key(kind), value=str(folder)).on_conflict_replace().execute()
            _session_folders.pop(f"{vault.folder}\n{kind}", None)
            return
        except DatabaseError:
            pass
    _session_folders[f"{vault.folder}\n{kind}"] = str(folder)    # a read-only vault: for this session only


def forget_folders() -> None:
    """Forget the folders kept in memory for read-only vaults (the main window may call this
    when it locks)."""
    _session_folders.clear()


def _extensions(file_filter: str) -> list[str]:
    return [found.lower() for found in re.findall(r"\*(\.[A-Za-z0-9]+)", file_filter)]


def ask_save_path(parent: QWidget | None, title: str, proposed_name: str, file_filter: str,
                  vault: Vault | None, kind: str = "documents") -> Path | None:
    """Qt's save dialog, opened in the last folder used with `proposed_name` filled in; the
    extension of the chosen filter is added when the name typed has none of the filter's. The
    folder chosen is remembered (inside the vault). None if the user cancelled."""
    start = (last_folder(vault, kind) or Path.home()) / proposed_name
    target, chosen_filter = QFileDialog.getSaveFileName(parent, title, str(start), file_filter)
    if not target:
        return None
    path = Path(target)
    allowed = _extensions(file_filter)
    if allowed and path.suffix.lower() not in allowed:
        chosen = _extensions(chosen_filter or "") or allowed
        path = path.with_name(path.name + chosen[0])
    remember_folder(vault, path.parent, kind)
    return path


def ask_folder(parent: QWidget | None, title: str, vault: Vault | None, kind: str = "documents") -> Path | None:
    """Qt's folder dialog, opened in the last folder used; the choice is remembered."""
    folder = QFileDialog.getExistingDirectory(parent, title, str(last_folder(vault, kind) or Path.home()))
    if not folder:
        return None
    remember_folder(vault, Path(folder), kind)
    return Path(folder)


# --- empty tables -------------------------------------------------------------------------------

class EmptyTableHint(QLabel):
    """Over an empty table, what goes there and how to start; gone as soon as it has a row."""

    def __init__(self, table: QAbstractItemView, text: str = "") -> None:
        super().__init__(text, table.viewport())
        self.table = table
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        table.viewport().installEventFilter(self)
        model = table.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged):
            signal.connect(self.refresh)
        self._place()
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        self.setGeometry(self.table.viewport().rect().adjusted(24, 16, -24, -16))

    def refresh(self) -> None:
        self.setVisible(self.table.model().rowCount() == 0)


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
