"""Exchange with colleagues: this vault's key and fingerprint, the address book, sending
cases as a bundle, receiving one, and deciding conflicts field by field."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QInputDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMessageBox, QPushButton, QRadioButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)
from reportlab.graphics.barcode.qr import QrCodeWidget

from casedesk.domain.errors import CaseDeskError
from casedesk.domain.passphrase import propose_passphrase
from casedesk.domain.vocabulary import (
    CivilianMilitary, Classification, Consent, DatePrecision, EventKind, EvidenceKind, Priority, Sex, Status,
)
from casedesk.gui.documents import (
    FILE_WORDS, DocumentDialog, EmptyTableHint, ask_save_path, failure_text, profile_box, proposed_file_name,
    safe_file_name,
)
from casedesk.gui.i18n import show_date
from casedesk.gui.tasks import BackgroundRunner
from casedesk.reports.dossier import TEXT as DOSSIER_TEXT
from casedesk.services.bundles import (
    BundleRefused, PublicKey, UnknownSender, add_colleague, colleagues, decide_proposal, import_bundle,
    mark_verified, my_public_key, open_conflicts, read_public_key, resolve_conflict, save_bundle,
)
from casedesk.services.dossiers import write_export
from casedesk.storage.models import Colleague
from casedesk.storage.vault import Vault


class QrView(QWidget):
    """A QR code painted from its modules (no image file, no extra library)."""

    def __init__(self, payload: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        code = QrCodeWidget(payload).qr
        code.make()
        self.modules = code.modules
        self.setFixedSize(180, 180)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        count = len(self.modules)
        box = min(self.width(), self.height()) / (count + 4)
        path = QPainterPath()
        for row, cells in enumerate(self.modules):
            for column, dark in enumerate(cells):
                if dark:
                    path.addRect(QRectF((column + 2) * box, (row + 2) * box, box, box))
        painter.fillPath(path, QColor("black"))
        painter.end()


class ExchangeDialog(QDialog):
    """This vault's key and the colleagues it exchanges with."""

    def __init__(self, vault: Vault, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.language = vault, language
        self.setWindowTitle(self.tr("Colleagues and exchange keys"))
        self.name = QLineEdit(vault.folder.name)
        self.name.setAccessibleName(self.tr("Name colleagues see"))
        self.name.editingFinished.connect(self._show_key)
        self.fingerprint = QLabel()
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSizeF(mono.pointSizeF() * 1.4)
        self.fingerprint.setFont(mono)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        save_key = QPushButton(self.tr("&Save my public key…"))
        save_key.clicked.connect(self.save_key)
        self.qr_holder = QHBoxLayout()
        mine = QGroupBox(self.tr("This vault"))
        mine_form = QFormLayout(mine)
        mine_form.addRow(self.tr("&Name colleagues see:"), self.name)
        mine_form.addRow(self.tr("Fingerprint:"), self.fingerprint)
        mine_form.addRow(QLabel(self.tr("Read the fingerprint to colleagues by phone or in person; they compare it "
                                        "with what their CaseDesk shows for your key.")))
        mine_form.addRow(self.qr_holder)
        mine_form.addRow("", save_key)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Colleague"), self.tr("Fingerprint"), self.tr("Verified")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Colleagues"))
        self.empty_hint = EmptyTableHint(self.table, self.tr(
            "No colleagues yet. Ask a colleague for their public key file (they save it here with “Save my "
            "public key…”), then add it with “Add a colleague's key…” and compare the fingerprint by phone."))
        add = QPushButton(self.tr("&Add a colleague's key…"))
        add.clicked.connect(self.choose_colleague_key)
        self.verify_button = verify = QPushButton(self.tr("&Mark the fingerprint as checked…"))
        verify.setEnabled(False)
        verify.clicked.connect(self.verify_selected)
        self.table.itemSelectionChanged.connect(
            lambda: verify.setEnabled(bool(self.table.selectionModel().selectedRows())))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(verify)
        buttons.addStretch()
        book = QGroupBox(self.tr("Colleagues"))
        book_layout = QVBoxLayout(book)
        book_layout.addWidget(self.table)
        book_layout.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(mine)
        layout.addWidget(book, 1)
        layout.addWidget(close)
        self.qr: QrView | None = None
        self._show_key()
        self.reload()
        self.resize(720, 700)

    def key(self):
        return my_public_key(self.name.text().strip() or self.vault.folder.name)

    def _show_key(self) -> None:
        key = self.key()
        self.fingerprint.setText(key.fingerprint)
        if self.qr is not None:
            self.qr.deleteLater()
        self.qr = QrView(key.to_file().decode())
        self.qr_holder.addWidget(self.qr)

    def save_key(self) -> None:
        name = safe_file_name(self.tr("CaseDesk key of %1").replace("%1", self.key().name)) + ".json"
        target = ask_save_path(self, self.tr("Save my public key as"), name, self.tr("CaseDesk keys (*.json)"),
                               self.vault)
        if target is not None:
            try:
                write_export(target, self.key().to_file())
            except CaseDeskError as error:
                QMessageBox.warning(self, self.tr("Not saved"), failure_text(error, self.language))

    def reload(self) -> None:
        self.table.setRowCount(0)
        for colleague in colleagues():
            row = self.table.rowCount()
            self.table.insertRow(row)
            checked = (self.tr("%1, by %2").replace("%1", show_date(colleague.verified_at[:10]))
                       .replace("%2", colleague.verified_by)
                       if colleague.verified_at else self.tr("NOT checked"))
            for column, text in enumerate((colleague.name, colleague.fingerprint, checked)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, colleague.id)
                if not colleague.verified_at and column == 2:
                    item.setForeground(QColor("#b71c1c"))
                self.table.setItem(row, column, item)

    def choose_colleague_key(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("A colleague's public key"), "",
                                              self.tr("CaseDesk keys (*.json);;All files (*)"))
        if name:
            self.add_key_file(Path(name))

    def add_key_file(self, path: Path, verified_by: str | None = None) -> Colleague | None:
        try:
            key = read_public_key(path.read_bytes())
        except (CaseDeskError, OSError) as error:
            QMessageBox.warning(self, self.tr("Not a key"), failure_text(error, self.language)
                                if isinstance(error, CaseDeskError) else self.tr("That file cannot be read."))
            return None
        if verified_by is None:
            verified_by, ok = QInputDialog.getText(self, self.tr("Check the fingerprint"), self.tr(
                "Fingerprint of %1:\n\n%2\n\nIf you compared it with them (by phone or in person), write who did; "
                "leave it empty if not yet.").replace("%1", key.name).replace("%2", key.fingerprint))
            if not ok:
                return None
        colleague = add_colleague(self.vault, key, verified_by=verified_by.strip())
        self.reload()
        return colleague

    def verify_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        colleague = Colleague.get_by_id(rows[0].data(Qt.ItemDataRole.UserRole))
        who, ok = QInputDialog.getText(self, self.tr("Check the fingerprint"), self.tr(
            "Did you compare %1 with %2? Who checked it:").replace("%1", colleague.fingerprint)
            .replace("%2", colleague.name))
        if ok and who.strip():
            mark_verified(self.vault, colleague, who.strip())
            self.reload()


class BundleExportDialog(DocumentDialog):
    """Send the selected cases: to colleagues' keys or with a passphrase."""

    def __init__(self, vault: Vault, runner: BackgroundRunner, language: str, case_ids: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, language, parent)
        self.vault, self.case_ids = vault, case_ids
        self.setWindowTitle(self.tr("Send %Ln case(s) as a bundle", "", len(case_ids)))
        self.to_keys = QRadioButton(self.tr("To &colleagues (only their vaults can open it)"), checked=True)
        self.to_passphrase = QRadioButton(self.tr("With a pass&phrase (say it by another channel)"))
        self.recipients = QListWidget()
        self.recipients.setAccessibleName(self.tr("Colleagues to send to"))
        for colleague in colleagues():
            label = f"{colleague.name} — {colleague.fingerprint}"
            if not colleague.verified_at:
                label += " " + self.tr("(fingerprint NOT checked)")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, colleague.id)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.recipients.addItem(item)
        self.passphrase = QLineEdit(propose_passphrase(), enabled=False)
        self.passphrase.setAccessibleName(self.tr("Passphrase of the bundle"))
        self.passphrase.setMinimumWidth(self.passphrase.fontMetrics().horizontalAdvance(self.passphrase.text())
                                        + 4 * self.passphrase.fontMetrics().averageCharWidth() + 12)
        self.to_passphrase.toggled.connect(self.passphrase.setEnabled)
        self.to_passphrase.toggled.connect(lambda on: self.recipients.setEnabled(not on))
        self.profile = profile_box()
        self.with_evidence = QCheckBox(self.tr("Include the &evidence files"))
        form = QFormLayout(self)
        form.addRow(self.to_keys)
        form.addRow(self.recipients)
        form.addRow(self.to_passphrase)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("Who will &read it:"), self.profile)
        form.addRow("", self.with_evidence)
        form.addRow(self.message)
        form.addRow(self.buttons)

    def options(self) -> dict:
        if self.to_passphrase.isChecked():
            return {"passphrase": self.passphrase.text(), "recipients": None}
        chosen = [self.recipients.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.recipients.count())
                  if self.recipients.item(i).checkState() == Qt.CheckState.Checked]
        keys = [PublicKey(colleague.name, colleague.age_recipient, colleague.ed25519)
                for colleague in Colleague.select().where(Colleague.id.in_(chosen))]
        return {"recipients": keys or None, "passphrase": None}

    def choose_and_save(self) -> None:
        # Neutral even for one case: a bundle travels (mail, USB sticks) and its name is not encrypted.
        name = proposed_file_name(FILE_WORDS["cases"][self.language], [], ".casedesk")
        target = ask_save_path(self, self.tr("Save the bundle as"), name, self.tr("CaseDesk bundles (*.casedesk)"),
                               self.vault)
        if target is not None:
            self.save(target)

    def save(self, target: Path) -> None:
        vault, case_ids = self.vault, list(self.case_ids)
        options = {**self.options(), "profile": self.profile.currentData(),
                   "with_evidence": self.with_evidence.isChecked(), "sender_name": vault.folder.name}
        self.run(self.tr("Making the bundle…"), lambda: save_bundle(vault, case_ids, target, **options),
                 lambda _: self.accept())


class BundleReceiver(QObject):
    """Import a bundle, asking for a passphrase when it is not addressed to this vault's key;
    says who sent it and how far they are trusted, then offers the conflicts to decide. A bundle
    from someone not among the colleagues is refused, unless the user explicitly chooses to
    review its contents as proposals (nothing of it applies by itself)."""

    def __init__(self, parent: QWidget, vault: Vault, language: str) -> None:
        super().__init__(parent)
        self.window, self.vault, self.language = parent, vault, language
        self.conflicts: ConflictDialog | None = None

    def receive(self, path: Path, passphrase: str | None = None, accept_unverified: bool = False) -> dict | None:
        try:
            report = import_bundle(self.vault, path, passphrase=passphrase, accept_unverified=accept_unverified)
        except UnknownSender as unknown:
            if self.ask_to_review_unverified(unknown):
                return self.receive(path, passphrase, accept_unverified=True)
            return None
        except BundleRefused as refused:
            if passphrase is None and "passphrase" in refused.message("en"):
                typed, ok = QInputDialog.getText(self.window, self.tr("Bundle passphrase"), self.tr(
                    "This bundle is not addressed to this vault's key. If it was made with a passphrase, type it:"),
                    QLineEdit.EchoMode.Password)
                if ok and typed:
                    return self.receive(path, typed, accept_unverified)
            QMessageBox.warning(self.window, self.tr("Bundle refused"), html.escape(refused.message(self.language)))
            return None
        except CaseDeskError as error:
            QMessageBox.warning(self.window, self.tr("Bundle refused"), failure_text(error, self.language))
            return None
        sender = report["sender"]
        trust = (self.tr("this vault's own key") if sender["this_vault"] else
                 self.tr("a colleague whose fingerprint was checked") if sender["verified"] else
                 self.tr("a colleague whose fingerprint was NOT checked yet") if sender["known"] else
                 self.tr("someone NOT among your colleagues: nothing was applied, every change waits for "
                         "your decision"))
        counts = [self.tr("%Ln record(s) added", "", sum(report["created"].values())),
                  self.tr("%Ln record(s) updated", "", sum(report["updated"].values())),
                  self.tr("%Ln record(s) unchanged", "", report["unchanged"]),
                  self.tr("%Ln conflict(s) to decide", "", len(report["conflicts"]))]
        if report["proposed"]:
            counts.append(self.tr("%Ln new record(s) proposed", "", len(report["proposed"])))
        text = (self.tr("From %1 (%2), %3.").replace("%1", html.escape(sender["name"]))
                .replace("%2", sender["fingerprint"]).replace("%3", trust) + "\n\n" + ", ".join(counts) + ".")
        if report["claims"]:
            text += "\n\n" + self.tr(
                "%Ln release(s) arrived as claims to verify: a release counts only when two independent sources "
                "confirm it (Verification queue).", "", len(report["claims"]))
        if report["evidence_files_left_out"]:
            text += "\n\n" + self.tr(
                "%Ln evidence file(s) left out: files are kept only from colleagues.", "",
                report["evidence_files_left_out"])
        QMessageBox.information(self.window, self.tr("Bundle imported"), text)
        if report["conflicts"] or report["proposed"]:
            self.conflicts = ConflictDialog(self.vault, self.language, self.window)
            self.conflicts.open()
        return report

    def ask_to_review_unverified(self, unknown: UnknownSender) -> bool:
        """Say who signed a bundle from outside the address book; True if the user chooses to
        review its contents as proposals anyway."""
        text = (self.tr(
            "This bundle is signed by a key that is not among your colleagues. Its fingerprint:\n\n%1\n\n"
            "It calls itself “%2”, which anyone can write. Nothing was imported.\n\n"
            "If you expect it, compare the fingerprint with the sender by phone or in person and add their key "
            "first (Colleagues and exchange keys).\n\n"
            "Review its contents now as proposals? Nothing changes until you accept each one, a release only "
            "becomes a claim to verify, and its evidence files are left out.")
            .replace("%1", unknown.fingerprint).replace("%2", html.escape(unknown.calls_itself)))
        answer = QMessageBox.question(self.window, self.tr("Sender not among your colleagues"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes


class ConflictDialog(QDialog):
    """Records changed here and by a colleague: choose, field by field, whose value stays. New
    records proposed by someone not among the colleagues: accept or decline each."""

    def __init__(self, vault: Vault, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.language = vault, language
        self.setWindowTitle(self.tr("Changed here and by a colleague"))
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("In this vault"), self.tr("The colleague's"),
                                              self.tr("Take the colleague's")])
        self.table.setAccessibleName(self.tr("Fields changed on both sides"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.accept_new = QCheckBox(self.tr("&Add it to this vault"))
        self.accept_new.setAccessibleName(self.tr("Add the proposed record to this vault"))
        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton(self.tr("&Apply and next"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.table)
        layout.addWidget(self.accept_new)
        layout.addWidget(self.buttons)
        self.current: dict | None = None
        self.checks: list[tuple[str, QCheckBox]] = []
        self.next_conflict()
        self.resize(760, 420)

    def next_conflict(self) -> None:
        waiting = open_conflicts()
        self.current = waiting[0] if waiting else None
        self.table.setRowCount(0)
        self.checks = []
        self.apply_button.setEnabled(self.current is not None)
        new = bool(self.current and self.current.get("new"))
        self.accept_new.setVisible(new)
        self.accept_new.setChecked(False)
        self.table.setColumnHidden(3, new)
        if self.current is None:
            self.label.setText(self.tr("No conflicts are waiting."))
            return
        kinds = {"person": self.tr("person"), "case": self.tr("case"), "event": self.tr("timeline event"),
                 "contact": self.tr("contact"), "evidence": self.tr("evidence item")}
        if new:
            self.label.setText(self.tr("%Ln decision(s) left.", "", len(waiting)) + " " + self.tr(
                "A new %1 (%2) proposed by %3, who was not among your colleagues when it arrived. Tick “Add it "
                "to this vault” to accept it (with the person or case it belongs to), or leave it unticked to "
                "decline it (with what belongs to it):")
                .replace("%1", kinds.get(self.current["entity"], "")).replace("%2", self.current["uuid"][:8])
                .replace("%3", self.current["sender_name"]))
        else:
            self.label.setText(self.tr("%Ln conflict(s) left.", "", len(waiting)) + " " +
                               self.tr("A %1 (%2) was changed here and by %3 since you last exchanged it:")
                               .replace("%1", kinds.get(self.current["entity"], ""))
                               .replace("%2", self.current["uuid"][:8]).replace("%3", self.current["sender_name"]))
        labels = DOSSIER_TEXT[self.language].labels      # the field names dossiers print, in both languages
        for field in self.current["fields"]:
            row = self.table.rowCount()
            self.table.insertRow(row)
            shown = labels.get(field["field"], field["field"].replace("_", " "))
            for column, value in enumerate((shown, self._value(field["field"], field["local"]),
                                            self._value(field["field"], field["remote"]))):
                self.table.setItem(row, column, QTableWidgetItem(value))
            check = QCheckBox()
            check.setAccessibleName(self.tr("Take the colleague's %1").replace("%1", shown))
            self.table.setCellWidget(row, 3, check)
            self.checks.append((field["field"], check))

    def _value(self, field: str, value) -> str:
        """A stored value as a lawyer reads it: vocabulary codes as labels in the window's
        language ("female" → "Mujer"), dates day first, yes/no for flags."""
        if value is None or value == "":
            return ""
        if field in ("person", "case"):          # a reference: the record's short id
            return str(value)[:8]
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        entity = self.current["entity"] if self.current else ""
        vocabulary = {"sex": Sex, "civilian_military": CivilianMilitary, "status": Status, "classification":
                      Classification, "priority": Priority, "consent": Consent,
                      "kind": EventKind if entity == "event" else EvidenceKind if entity == "evidence" else None,
                      }.get(field) or (DatePrecision if field.endswith("precision") else None)
        if vocabulary is not None and value in vocabulary._value2member_map_:
            return vocabulary(value).label(self.language)
        if field in ("date", "date_obtained", "content_date") or field.endswith("_date"):
            return show_date(str(value)[:10])
        if field == "confidentiality":
            return {"internal": self.tr("Internal"), "restricted": self.tr("Restricted"),
                    "shareable": self.tr("Can be shared")}.get(value, value)
        return str(value)

    def apply(self) -> None:
        if self.current is None:
            return
        try:
            if self.current.get("new"):
                decide_proposal(self.vault, self.current["id"], self.accept_new.isChecked())
            else:
                resolve_conflict(self.vault, self.current["id"],
                                 {name for name, check in self.checks if check.isChecked()})
        except CaseDeskError as error:
            self.label.setText(failure_text(error, self.language))
            return
        self.next_conflict()
