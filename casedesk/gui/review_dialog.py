"""Rows of past imports that wait for a decision: is this the same person as someone in the
vault, someone new, or not for this vault? The same decisions as `casedesk review`."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from casedesk.domain.errors import CaseDeskError
from casedesk.gui.documents import EmptyTableHint, failure_text
from casedesk.gui.i18n import show_date
from casedesk.services.importing import decide_review, pending_reviews
from casedesk.storage.vault import Vault


class ReviewDialog(QDialog):
    def __init__(self, vault: Vault, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.language = vault, language
        self.setWindowTitle(self.tr("Rows to review"))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.verticalHeader().setVisible(False)
        self.table.setHorizontalHeaderLabels([self.tr("In the list"), self.tr("Maybe the same as"), self.tr("Decision")])
        self.table.setAccessibleName(self.tr("Rows to review"))
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)     # the choices, never cut
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())  # wrapped text fits
        self.empty_hint = EmptyTableHint(self.table, self.tr(
            "Nothing waits for review. When an imported list has rows that may be people already in the vault "
            "and you choose “Decide later”, they wait here."))
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Close)
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setText(self.tr("&Apply the decisions"))
        self.apply_button.clicked.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.boxes: dict[int, QComboBox] = {}
        self.resize(900, 480)
        self.reload()

    def reload(self) -> None:
        items = pending_reviews()
        self.intro.setText(self.tr("%n row(s) of imported lists may be people already in the vault. "
                                   "Nothing is merged until you say so.", "", len(items)) if items else
                           self.tr("Nothing waits for review."))
        self.table.setRowCount(len(items))
        self.boxes = {}
        for position, item in enumerate(items):
            listed = " · ".join(part for part in (
                item["file"], self.tr("Row %1").replace("%1", item["row"]), item["name"], item["national_id"] or "",
                show_date(item["arrest_date"])) if part)
            self.table.setItem(position, 0, QTableWidgetItem(listed))
            self.table.setItem(position, 1, QTableWidgetItem("\n".join(
                " · ".join(part for part in (c["name"], c["national_id"] or "", show_date(c["arrest_date"]),
                                             f"{c['score']:.0f}%", c["why" if self.language == "en" else "why_es"])
                             if part)
                for c in item["candidates"])))
            box = QComboBox()
            box.setAccessibleName(self.tr("Decision for row %1").replace("%1", item["row"]))
            box.addItem(self.tr("Decide later"), None)
            for candidate in item["candidates"]:
                box.addItem(self.tr("Same person as %1").replace("%1", candidate["name"]),
                            f"merge:{candidate['person_id']}")
            box.addItem(self.tr("A different person: add"), "new")
            box.addItem(self.tr("Leave out"), "skip")
            self.table.setCellWidget(position, 2, box)
            self.boxes[item["item"]] = box
        self.table.resizeRowsToContents()
        self.apply_button.setEnabled(bool(items))

    def apply(self) -> None:
        decided = 0
        for item, box in self.boxes.items():
            if box.currentData():
                try:
                    decide_review(self.vault, item, box.currentData())
                except CaseDeskError as error:
                    self.message.setText(failure_text(error, self.language))
                    break
                decided += 1
        self.reload()
        if decided:
            self.message.setText(self.tr("%n decision(s) applied.", "", decided))
