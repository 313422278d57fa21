from datetime import date

from PySide6.QtWidgets import QComboBox, QDialog

from casedesk.domain.normalize import parse_date
from casedesk.domain.vocabulary import ClaimKind, SourceKind, Status
from casedesk.gui.verification_queue import ReleaseListDialog, SourceDialog
from casedesk.services.cases import NewCase, NewContact, add_case, find_case
from casedesk.services.verification import report_claim
from casedesk.storage.models import Verification


def test_the_queue_shows_what_is_missing_and_verifying_updates_the_case(controller, demo_vault, monkeypatch):
    case_id = add_case(demo_vault, NewCase.named(
        "Génesis Marcano", arrest_date=parse_date("2022-02-02"),
        contacts=[NewContact("Inés Marcano", relationship="madre", safe_channel="Signal"),
                  NewContact("Luis Marcano", relationship="tío", do_not_contact=True)]))
    claim = report_claim(demo_vault, case_id, ClaimKind.RELEASE, date(2025, 1, 8), claimed_status=Status.RELEASED_FULL)
    window = controller.window
    window.tabs.setCurrentWidget(window.queue)
    queue = window.queue
    assert queue.table.rowCount() == 1
    assert "2 more confirming source" in queue.table.item(0, 4).text()
    assert "Inés Marcano" in queue.table.item(0, 5).text() and "Luis" not in queue.table.item(0, 5).text()
    queue.table.selectRow(0)

    answers = iter([(SourceKind.OFFICIAL_DOCUMENT, "Boleta de libertad plena", None),
                    (SourceKind.FAMILY_CONFIRMATION, "Está en casa", "Inés Marcano (madre)")])

    def fill_and_accept(dialog: SourceDialog) -> int:
        kind, detail, contact = next(answers)
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind.value))
        dialog.detail.setText(detail)
        if contact:
            dialog.contact.setCurrentIndex(dialog.contact.findText(contact))
            assert dialog.channel.text() == "Signal"
        assert dialog.contact.findText("Luis Marcano (tío)") == -1
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(SourceDialog, "exec", fill_and_accept)
    queue.add_source()
    queue.table.selectRow(0)
    queue.add_source()
    queue.table.selectRow(0)
    queue.verify()
    assert Verification.get(Verification.uuid == claim).state == "verified"
    assert find_case(case_id).status == "released_full"
    assert queue.table.rowCount() == 0


def test_an_announced_list_becomes_claims_with_choices_for_the_ambiguous(controller, demo_vault):
    wilmer = add_case(demo_vault, NewCase.named("Wilmer Zoilo Quintanilla", arrest_date=parse_date("2020-01-01")))
    first = add_case(demo_vault, NewCase.named("Néstor Ulises Quiroz", arrest_date=parse_date("2020-01-01")))
    add_case(demo_vault, NewCase.named("Néstor Ulises Quiroz Báez", arrest_date=parse_date("2020-01-01")))
    dialog = ReleaseListDialog(demo_vault, "en")
    dialog.text.setPlainText("1. WILMER ZOILO QUINTANILLA\n2. Néstor Quiroz\n3. Nadie Conocido Jamás")
    dialog.date.setText("08/01/2025")
    dialog.match()
    assert "1 matched, 1 to choose, 1 without a case" in dialog.summary.text()
    choice = next(dialog.results.cellWidget(row, 2) for row in range(dialog.results.rowCount())
                  if isinstance(dialog.results.cellWidget(row, 2), QComboBox))
    choice.setCurrentIndex(next(i for i in range(choice.count()) if (choice.itemData(i) or {}).get("case_id") == first))
    dialog.create_claims()
    assert {c.case.uuid for c in Verification.select()} == {wilmer, first}
    assert all(c.claimed_date == "2025-01-08" and c.state == "reported" for c in Verification.select())


def test_a_list_file_in_windows_encoding_loads_into_the_dialog(controller, demo_vault, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    listing = tmp_path / "lista.txt"
    listing.write_bytes("1. José Íñiguez Páez\r\n".encode("cp1252"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(listing), ""))
    dialog = ReleaseListDialog(demo_vault, "en")
    dialog.load_file()
    assert dialog.text.toPlainText().strip() == "1. José Íñiguez Páez"
