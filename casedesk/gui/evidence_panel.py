"""The evidence tab of a case: add files (dialog or drag and drop), view, export.

Files stream into the vault in the background with a progress bar that can cancel. Images,
PDFs and text open from memory; nothing decrypted is written unless the user exports a copy,
after a warning.
"""

from __future__ import annotations

import html
import threading
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QInputDialog, QLabel,
    QLineEdit, QMessageBox, QPlainTextEdit, QProgressDialog, QPushButton, QScrollArea, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from casedesk.domain.errors import CaseDeskError
from casedesk.domain.normalize import parse_date
from casedesk.domain.vocabulary import EvidenceKind
from casedesk.gui.documents import EmptyTableHint, ask_save_path, safe_file_name
from casedesk.gui.i18n import show_date
from casedesk.gui.tasks import BackgroundRunner
from casedesk.services.evidence import (
    add_evidence, attach_evidence, derive_clean_photo, export_evidence, list_evidence, view_evidence,
)
from casedesk.services.search import search_cases
from casedesk.storage.models import Evidence
from casedesk.storage.vault import Vault

ID_ROLE = Qt.ItemDataRole.UserRole
MIME_ROLE = Qt.ItemDataRole.UserRole + 1


def viewable(mime: str) -> bool:
    """What opens inside CaseDesk, from memory."""
    return mime.startswith("image/") or mime.startswith("text/") or mime == "application/pdf"


class EvidencePanel(QWidget):
    changed = Signal()

    def __init__(self, vault: Vault, runner: BackgroundRunner, language: str, case_id: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.runner, self.language, self.case_id = vault, runner, language, case_id
        self.pending: dict[str, dict] = {}          # evidence uuid -> details changed, not yet saved
        self.setAcceptDrops(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Title"), self.tr("Source"),
                                              self.tr("Obtained"), "SHA-256"])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Evidence of this case"))
        self.table.doubleClicked.connect(lambda _: self.view_selected())
        self.table.itemSelectionChanged.connect(self._enable_buttons)
        self.empty_hint = EmptyTableHint(self.table)
        self.hint = QLabel(self.tr("Drop files here or use “Add files…”. They are encrypted into the vault; "
                                   "the originals are not changed."))
        self.hint.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add files…"))
        self.add_button.clicked.connect(self.choose_files)
        self.view_button = QPushButton(self.tr("&View"))
        self.view_button.clicked.connect(self.view_selected)
        self.export_button = QPushButton(self.tr("E&xport decrypted copy…"))
        self.export_button.clicked.connect(self.export_selected)
        self.clean_button = QPushButton(self.tr("Working copy without &metadata"))
        self.clean_button.setToolTip(self.tr("A copy of the photo without GPS position, camera or other "
                                             "metadata, for sharing. The original is kept unchanged."))
        self.clean_button.clicked.connect(self.clean_selected)
        self.details_button = QPushButton(self.tr("De&tails…"))
        self.details_button.clicked.connect(self.edit_details)
        self.attach_button = QPushButton(self.tr("Attac&h to another case…"))
        self.attach_button.clicked.connect(self.attach_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.view_button, self.details_button, self.export_button,
                       self.clean_button, self.attach_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.setEnabled(case_id is not None)
        if case_id is None:
            self.empty_hint.setText(self.tr("Save the case first to add evidence: photos, documents, "
                                            "recordings or testimonies, encrypted into the vault."))
        else:
            self.empty_hint.setText(self.tr(
                "No evidence yet. Drop photos, PDFs, recordings or documents here, or use “Add files…”. They "
                "are encrypted into the vault; the originals are not changed."))
            self.reload()
        self._enable_buttons()

    def _enable_buttons(self) -> None:
        """Each action on an item is on only when an item is selected (and fits it)."""
        selected = self._selected()
        for button in (self.view_button, self.details_button, self.export_button, self.attach_button):
            button.setEnabled(selected is not None)
        self.clean_button.setEnabled(selected is not None and selected[1].startswith("image/"))
        self.hint.setVisible(self.table.rowCount() > 0)

    def reload(self) -> None:
        """Refill the list, keeping the selected item selected."""
        selected = self._selected()
        self.table.setRowCount(0)
        for item in list_evidence(self.case_id):
            item = {**item, **self.pending.get(item["id"], {})}
            row = self.table.rowCount()
            self.table.insertRow(row)
            cells = [EvidenceKind(item["kind"]).label(self.language), item["title"], item["source"],
                     show_date(item["date_obtained"]), item["sha256"]]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(ID_ROLE, item["id"])
                cell.setData(MIME_ROLE, item["mime_type"])
                self.table.setItem(row, column, cell)
            if selected and item["id"] == selected[0]:
                self.table.selectRow(row)
        self._enable_buttons()

    # --- adding ----------------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if self.case_id is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        event.acceptProposedAction()
        self.add_files([path for path in paths if path.is_file()])

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose evidence files"))
        self.add_files([Path(name) for name in names])

    def add_files(self, paths: list[Path]) -> None:
        """Add the files one after another, each with a progress bar that can cancel."""
        if paths:
            self._intake(paths, [])

    def _intake(self, remaining: list[Path], problems: list[str]) -> None:
        if not remaining:
            self.reload()
            self.changed.emit()
            if problems:
                QMessageBox.warning(self, self.tr("Some files were not added"), "\n".join(problems))
            return
        path, rest = remaining[0], remaining[1:]
        size = max(path.stat().st_size, 1)
        dialog = QProgressDialog(self.tr("Encrypting %1…").replace("%1", path.name), self.tr("Cancel"),
                                 0, 1000, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        stop = threading.Event()
        done = [0]
        dialog.canceled.connect(stop.set)
        # The worker only writes a number; the GUI thread reads it to move the bar.
        timer = QTimer(dialog, interval=100)
        timer.timeout.connect(lambda: dialog.setValue(min(999, done[0] * 1000 // size)))
        timer.start()

        def finished(_evidence_id=None) -> None:
            timer.stop()
            dialog.reset()
            self._intake(rest, problems)

        def failed(error: Exception) -> None:
            timer.stop()
            dialog.reset()
            problems.append(error.message(self.language) if isinstance(error, CaseDeskError)
                            else self.tr("%1 could not be added (%2).").replace("%1", path.name)
                            .replace("%2", type(error).__name__))
            self._intake(rest, problems)

        self.runner.run(lambda: add_evidence(self.vault, self.case_id, path,
                                             progress=lambda n: done.__setitem__(0, n), cancelled=stop.is_set),
                        finished, failed)

    # --- viewing and exporting -------------------------------------------------------------------
    def _selected(self) -> tuple[str, str] | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        cell = self.table.item(rows[0].row(), 0)
        return cell.data(ID_ROLE), cell.data(MIME_ROLE) or ""

    def _selected_name(self) -> str:
        """The selected item's title as the table shows it (changes not yet saved included)."""
        rows = self.table.selectionModel().selectedRows()
        title = self.table.item(rows[0].row(), 1).text() if rows else ""
        return title or Evidence.get(Evidence.uuid == self._selected()[0]).original_name

    def view_selected(self) -> "EvidenceViewer | None":
        selected = self._selected()
        if selected is None:
            return None
        evidence_id, mime = selected
        if not viewable(mime):
            QMessageBox.information(self, self.tr("View"), self.tr(
                "This kind of file cannot be shown inside CaseDesk. Export a decrypted copy to open it "
                "with another program."))
            return None
        data = view_evidence(self.vault, evidence_id)      # in memory, logged as a view
        viewer = EvidenceViewer(data, mime, self._selected_name(), self)
        viewer.show()
        return viewer

    def edit_details(self) -> None:
        """Change an item's details; like every change in the case editor, they are saved
        with the case (Save) or dropped with it (Cancel)."""
        selected = self._selected()
        if selected is None:
            return
        dialog = EvidenceDetailsDialog(Evidence.get(Evidence.uuid == selected[0]), self.language, self,
                                       pending=self.pending.get(selected[0]))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.pending[selected[0]] = dialog.values()
        self.reload()
        self.changed.emit()

    def attach_selected(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        text, ok = QInputDialog.getText(self, self.tr("Attach to another case"),
                                        self.tr("Name or ID of the person in the other case:"))
        rows = [row for row in search_cases(text, limit=10) if row.id != self.case_id] if ok and text.strip() else []
        if not rows:
            return
        labels = [f"{row.name} — {row.national_id or '—'} ({row.id[:8]})" for row in rows]
        choice, ok = QInputDialog.getItem(self, self.tr("Attach to another case"), self.tr("Case:"), labels, 0, False)
        if ok:
            attach_evidence(self.vault, selected[0], rows[labels.index(choice)].id)
            self.changed.emit()

    def clean_selected(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        try:
            derive_clean_photo(self.vault, selected[0])
        except CaseDeskError as error:
            QMessageBox.warning(self, self.tr("No copy made"), html.escape(error.message(self.language)))
            return
        self.reload()
        self.changed.emit()

    def export_selected(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        answer = QMessageBox.warning(self, self.tr("Export a decrypted copy?"), self.tr(
            "The copy will not be protected by the vault: anyone with access to where you save it can "
            "read it. Keep it on an encrypted drive and delete it when done. The export is recorded in "
            "the item's custody log."),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Ok:
            return
        original = Evidence.get(Evidence.uuid == selected[0]).original_name
        target = ask_save_path(self, self.tr("Save the decrypted copy as"), safe_file_name(original), "", self.vault)
        if target is None:
            return
        try:
            export_evidence(self.vault, selected[0], target)
        except CaseDeskError as error:
            QMessageBox.warning(self, self.tr("Not exported"), html.escape(error.message(self.language)))


class EvidenceDetailsDialog(QDialog):
    """What an item is and where it came from; the file and its hash are not editable."""

    def __init__(self, item: Evidence, language: str, parent: QWidget | None = None, *,
                 pending: dict | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.setWindowTitle(self.tr("Evidence details: %1").replace("%1", item.title or item.original_name))
        if pending:                            # changed already in this editor, not yet saved
            item = Evidence(**{**item.__data__, **pending})
        self.kind = QComboBox()
        for kind in EvidenceKind:
            self.kind.addItem(kind.label(language), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(item.kind))
        self.title = QLineEdit(item.title)
        self.source = QLineEdit(item.source)
        self.date_obtained = QLineEdit(_day_first(item.date_obtained))
        self.content_date = QLineEdit(_day_first(item.content_date))
        self.item_language = QLineEdit(item.language)
        self.confidentiality = QComboBox()
        for code, text in (("internal", self.tr("Internal")), ("restricted", self.tr("Restricted")),
                           ("shareable", self.tr("Can be shared"))):
            self.confidentiality.addItem(text, code)
        self.confidentiality.setCurrentIndex(max(0, self.confidentiality.findData(item.confidentiality)))
        self.notes = QPlainTextEdit(item.notes)
        self.portrait = QCheckBox(self.tr("The portrait on the dossier's cover"), checked=item.portrait)
        self.portrait.setEnabled(item.mime_type.startswith("image/"))
        self.portrait.setToolTip(self.tr("Public dossiers show it only if it can be shared."))
        self.message = QLabel()
        self.message.setStyleSheet("color: #b71c1c")
        fixed = QLabel(f"{html.escape(item.original_name)} · {self._size(item.size or 0)} · SHA-256 {item.sha256}")
        fixed.setWordWrap(True)
        fixed.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(fixed)
        for label, widget in ((self.tr("Kind:"), self.kind), (self.tr("Title:"), self.title),
                              (self.tr("Source (who, how obtained):"), self.source),
                              (self.tr("Date obtained:"), self.date_obtained),
                              (self.tr("Date of the content:"), self.content_date),
                              (self.tr("Language:"), self.item_language),
                              (self.tr("Confidentiality:"), self.confidentiality), (self.tr("Notes:"), self.notes)):
            form.addRow(label, widget)
        form.addRow("", self.portrait)
        form.addRow(self.message)
        form.addRow(buttons)
        self._values: dict = {}

    def _size(self, size: int) -> str:
        if size < 1024:
            return self.tr("%Ln byte(s)", "", size)
        return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)

    def accept(self) -> None:
        try:
            dates = {name: parse_date(edit.text()).value if edit.text().strip() else None
                     for name, edit in (("date_obtained", self.date_obtained), ("content_date", self.content_date))}
        except CaseDeskError as error:
            self.message.setText(error.message(self.language))
            return
        self._values = {"kind": self.kind.currentData(), "title": self.title.text(), "source": self.source.text(),
                        "language": self.item_language.text(), "confidentiality": self.confidentiality.currentData(),
                        "notes": self.notes.toPlainText(), "portrait": self.portrait.isChecked(),
                        **{name: value.isoformat() if value else None for name, value in dates.items()}}
        super().accept()

    def values(self) -> dict:
        return self._values


def _day_first(iso: str | None) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}" if iso else ""


class EvidenceViewer(QDialog):
    """A photo, PDF or text shown from memory, with its name in the title, zoom and fit.

    `scale` is the zoom (1.0 = the file's own size; for text, the normal font size). Fit shows a
    photo whole (never enlarged past its own size) and a PDF at the width of the window."""

    STEP = 1.25
    LIMITS = (0.05, 8.0)

    def __init__(self, data: bytes, mime: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mime, self.name = mime, name
        self.scale = 1.0
        self.fitting = True
        self.setWindowTitle(self.tr("Evidence: %1").replace("%1", name))
        self.image_label: QLabel | None = None
        self.text: QPlainTextEdit | None = None
        self.pages: QPdfView | None = None
        self.zoom_out_button = QPushButton(self.tr("Zoom &out"))
        self.zoom_in_button = QPushButton(self.tr("Zoom &in"))
        self.fit_button = QPushButton(self.tr("&Fit to window") if not mime.startswith("text/")
                                      else self.tr("&Normal size"))
        self.actual_button = QPushButton(self.tr("&Actual size"))
        self.actual_button.setVisible(not mime.startswith("text/"))
        self.zoom_label = QLabel()
        self.zoom_label.setAccessibleName(self.tr("Zoom"))
        for button, action, keys in ((self.zoom_out_button, self.zoom_out, (QKeySequence.StandardKey.ZoomOut,)),
                                     (self.zoom_in_button, self.zoom_in,
                                      (QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+="))),
                                     (self.fit_button, self.fit, (QKeySequence("Ctrl+0"),)),
                                     (self.actual_button, self.actual_size, (QKeySequence("Ctrl+1"),))):
            button.clicked.connect(action)
            button.setAutoDefault(False)
            for key in keys:
                QShortcut(QKeySequence(key), self, activated=action)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        tools = QHBoxLayout()
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button, self.actual_button,
                       self.zoom_label):
            tools.addWidget(widget)
        tools.addStretch()
        tools.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        if mime == "application/pdf":
            # From a buffer in memory: QtPdf never sees a file, so no plaintext copy exists.
            self.buffer = QBuffer(self)
            self.buffer.setData(QByteArray(data))
            self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document = QPdfDocument(self)
            self.document.load(self.buffer)
            self.pages = QPdfView(self)
            self.pages.setAccessibleName(name)
            self.pages.setPageMode(QPdfView.PageMode.MultiPage)
            self.pages.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.pages.setDocument(self.document)
            layout.addWidget(self.pages, 1)
        elif mime.startswith("image/"):
            self.pixmap = QPixmap()
            self.pixmap.loadFromData(data)
            self.image_label = QLabel()
            self.image_label.setAccessibleName(name)
            self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.scroll = QScrollArea()
            self.scroll.setWidget(self.image_label)
            self.scroll.setWidgetResizable(True)
            self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.scroll.viewport().installEventFilter(self)         # fit follows the room the photo has
            layout.addWidget(self.scroll, 1)
        else:
            self.text = QPlainTextEdit(data.decode("utf-8", errors="replace"))
            self.text.setReadOnly(True)
            self.text.setAccessibleName(name)
            self.base_font = self.text.font().pointSizeF()
            layout.addWidget(self.text, 1)
        self.resize(920, 720)
        self._show_scale()

    # --- zoom ------------------------------------------------------------------------------------
    def zoom_in(self) -> None:
        self.set_scale(self.current_scale() * self.STEP)

    def zoom_out(self) -> None:
        self.set_scale(self.current_scale() / self.STEP)

    def actual_size(self) -> None:
        self.set_scale(1.0)

    def current_scale(self) -> float:
        if self.pages is not None and self.fitting:
            # What "fit to width" shows now: the view's width over the page's width in points.
            size = self.document.pagePointSize(0) if self.document.pageCount() else None
            if size is not None and size.width() > 0:
                return max(self.LIMITS[0], (self.pages.viewport().width() - 12) / (size.width() * 96 / 72))
        return self.scale

    def set_scale(self, scale: float) -> None:
        self.scale = min(max(scale, self.LIMITS[0]), self.LIMITS[1])
        self.fitting = False
        if self.pages is not None:
            self.pages.setZoomMode(QPdfView.ZoomMode.Custom)
            self.pages.setZoomFactor(self.scale)
        elif self.text is not None:
            font = self.text.font()
            font.setPointSizeF(self.base_font * self.scale)
            self.text.setFont(font)
        self._show_scale()

    def fit(self) -> None:
        """A photo whole, a PDF at the window's width, text at its normal size."""
        self.fitting = True
        if self.pages is not None:
            self.pages.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif self.text is not None:
            self.set_scale(1.0)
            return
        self._show_scale()

    def _fitting_scale(self) -> float:
        if self.pixmap.isNull():
            return 1.0
        room = self.scroll.viewport().size()
        return min(1.0, (room.width() - 4) / self.pixmap.width(), (room.height() - 4) / self.pixmap.height())

    def _show_scale(self) -> None:
        if self.image_label is not None:
            if self.fitting:
                self.scale = max(self.LIMITS[0], self._fitting_scale())
            if not self.pixmap.isNull():
                self.image_label.setPixmap(self.pixmap.scaled(
                    max(1, round(self.pixmap.width() * self.scale)), max(1, round(self.pixmap.height() * self.scale)),
                    Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
        self.zoom_label.setText(self.tr("%1%").replace("%1", QLocale().toString(round(self.current_scale() * 100))))

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and self.fitting:
            self._show_scale()
        return False

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fitting and self.pages is not None:
            self._show_scale()
