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


def test_a_photo_chosen_instead_of_a_list_is_refused_saying_what_it_is(controller, demo_vault, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    photo = tmp_path / "foto.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(photo), ""))
    dialog = ReleaseListDialog(demo_vault, "es")
    dialog.text.setPlainText("1. José Íñiguez Páez")
    dialog.load_file()
    assert "foto.png no es una lista de personas: es una imagen PNG" in dialog.summary.text()
    assert dialog.text.toPlainText() == "1. José Íñiguez Páez"              # what was typed stays


def test_claim_actions_wait_for_a_selection_and_an_empty_queue_says_how_to_start(controller, demo_vault):
    window = controller.window
    window.tabs.setCurrentWidget(window.queue)
    queue = window.queue
    claim_buttons = (queue.add_source_button, queue.verify_button, queue.dispute_button, queue.retract_button)
    assert queue.table.rowCount() == 0 and not queue.empty_hint.isHidden()
    assert "Announced list of releases" in queue.empty_hint.text()
    assert not any(button.isEnabled() for button in claim_buttons) and queue.list_button.isEnabled()
    case_id = add_case(demo_vault, NewCase.named("Génesis Marcano", arrest_date=parse_date("2022-02-02")))
    report_claim(demo_vault, case_id, ClaimKind.RELEASE, date(2025, 1, 8), claimed_status=Status.RELEASED_FULL)
    queue.reload()
    assert queue.empty_hint.isHidden() and not any(button.isEnabled() for button in claim_buttons)
    queue.table.selectRow(0)
    assert queue.add_source_button.isEnabled() and queue.dispute_button.isEnabled() and queue.retract_button.isEnabled()
    assert not queue.verify_button.isEnabled() and "Still needs" in queue.verify_button.toolTip()   # no sources yet
    queue.table.clearSelection()
    assert not any(button.isEnabled() for button in claim_buttons)


def test_the_release_list_dialog_closes_with_its_close_button(controller, demo_vault, qtbot):
    from PySide6.QtCore import Qt
    dialog = ReleaseListDialog(demo_vault, "en", controller.window)
    dialog.show()
    assert not dialog.empty_hint.isHidden() and not dialog.match_button.isEnabled()
    dialog.text.setPlainText("1. Nadie Conocido")
    assert dialog.match_button.isEnabled()
    assert dialog.close_button.text().replace("&", "") == "Close"
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_the_release_list_summary_uses_real_plurals_in_spanish(controller, demo_vault):
    controller.set_language("es")
    for name in ("Wilmer Zoilo Quintanilla", "Yusmary Ñáñez Quevedo"):
        add_case(demo_vault, NewCase.named(name, arrest_date=parse_date("2020-01-01")))
    dialog = ReleaseListDialog(demo_vault, "es", controller.window)
    dialog.text.setPlainText("1. Wilmer Zoilo Quintanilla\n2. Nadie Conocido Jamás")
    dialog.match()
    assert dialog.summary.text() == ("1 identificado, 0 por decidir, 1 sin caso, 0 nombrados pero no como excarcelados, "
                                     "0 dudosos, 0 líneas que no nombran a nadie.")
    dialog.text.setPlainText("1. Wilmer Zoilo Quintanilla\n2. Yusmary Ñáñez Quevedo\nNota de prensa")
    dialog.match()
    summary = dialog.summary.text()
    assert summary.startswith("2 identificados,") and summary.endswith("1 línea que no nombra a nadie.")
    dialog.close()


def test_people_a_statement_names_but_does_not_release_are_shown_with_the_words_that_say_so(controller, demo_vault):
    for name in ("Wilmer Zoilo Quintanilla", "Yusmary Ñáñez Quevedo", "Ender José Medina Urdaneta"):
        add_case(demo_vault, NewCase.named(name, arrest_date=parse_date("2020-01-01")))
    dialog = ReleaseListDialog(demo_vault, "en", controller.window)
    dialog.text.setPlainText("Fue excarcelado Wilmer Zoilo Quintanilla.\n"
                             "Yusmary Ñáñez Quevedo sigue detenida en el Rodeo I.\n"
                             "Sin confirmar, la familia dice que sigue adentro: Ender José Medina Urdaneta.")
    dialog.match()
    shown = {dialog.results.item(row, 1).text(): dialog.results.item(row, 2).text()
             for row in range(dialog.results.rowCount())}
    assert shown["Wilmer Zoilo Quintanilla"] == "✓ Wilmer Zoilo Quintanilla"
    assert shown["Yusmary Ñáñez Quevedo"].startswith("✗ still held")
    assert shown["Ender José Medina Urdaneta"].startswith("? unclear")
    assert "1 named but not as released, 1 unclear" in dialog.summary.text()
    assert [claim["text"] for claim in dialog.chosen()] == ["Wilmer Zoilo Quintanilla"]    # only the released
    dialog.close()


def test_a_claim_without_its_date_gets_one_in_the_queue_and_can_then_be_verified(controller, demo_vault, monkeypatch):
    from PySide6.QtWidgets import QInputDialog, QMessageBox
    controller.set_language("es")
    case_id = add_case(demo_vault, NewCase.named("Génesis Marcano", arrest_date=parse_date("2022-02-02")))
    claim = report_claim(demo_vault, case_id, ClaimKind.RELEASE, None, claimed_status=Status.RELEASED_FULL)
    window = controller.window
    window.tabs.setCurrentWidget(window.queue)
    queue = window.queue
    queue.reload()
    queue.table.selectRow(0)
    assert "necesita la fecha" in queue.table.item(0, 4).text() and queue.date_button.isEnabled()
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("31/12/2999", True))
    queue.set_date()                                             # a date to come: refused, said
    assert warnings and "después de hoy" in warnings[0] and Verification.get(Verification.uuid == claim).claimed_date is None
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("08/01/2025", True))
    queue.table.selectRow(0)
    queue.set_date()
    assert Verification.get(Verification.uuid == claim).claimed_date == "2025-01-08"
    assert "necesita la fecha" not in queue.table.item(0, 4).text()
    for kind in (SourceKind.OFFICIAL_DOCUMENT, SourceKind.FAMILY_CONFIRMATION):
        from casedesk.services.verification import add_check
        add_check(demo_vault, claim, kind, "confirmado")
    queue.reload()
    queue.table.selectRow(0)
    assert queue.verify_button.isEnabled()
    queue.verify()
    assert find_case(case_id).status == "released_full"
