"""Team sync from the window, over real vaults sharing a folder: joining from the Team dialog,
"Sync now" bringing a colleague's case, the team's line in both languages, no pass while the
vault is locked (and a pass under way when it locks stops cleanly), what a colleague receives,
removing one, and new keys after a seizure. Only the file dialog and QMessageBox answers are
stood in for; the colleague's vault is a second real vault opened for a moment in this process."""

from __future__ import annotations

import re
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from casedesk.domain.normalize import parse_date
from casedesk.gui.exchange import ConflictDialog
from casedesk.services import team
from casedesk.services.bundles import add_colleague, my_public_key, open_conflicts
from casedesk.services.cases import NewCase, add_case, delete_event, find_case, update_case
from casedesk.services.demo import fill_demo_vault
from casedesk.storage import models
from casedesk.storage.models import DetentionCase
from casedesk.storage.vault import create_vault, open_vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import type_text

BETO = "Abogado Beto"


@pytest.fixture
def demo_vault(vault):
    fill_demo_vault(vault, 12)          # a first pass sends every case: a small vault keeps the tests quick
    return vault


@contextmanager
def as_colleague(folder: Path, home):
    """The colleague's laptop, for a moment: their vault open here, then the window's again."""
    other = open_vault(folder, PASSPHRASE, actor=BETO)
    try:
        yield other
    finally:
        other.lock()
        models.database.initialize(home.db)


@pytest.fixture
def colleague(controller, tmp_path):
    """Beto's vault knows this vault's key (checked by phone), has joined the shared folder and
    has sent one case; this vault knows Beto's key (checked) but has not joined yet."""
    home = controller.vault
    mine = my_public_key("Bufete")
    shared, folder = tmp_path / "equipo", tmp_path / "beto"
    with create_vault(folder, PASSPHRASE, actor=BETO) as other:
        key = my_public_key(BETO)
        add_colleague(other, mine, verified_by="llamada")
        team.join(other, shared)
        case = add_case(other, NewCase.named("Rosa Mérida Quintero", arrest_date=parse_date("2025-01-09"),
                                             national_id="V-14555666", arrest_state="Zulia"))
        team.sync_pass(other)
    models.database.initialize(home.db)
    add_colleague(home, key, verified_by="llamada")
    return SimpleNamespace(folder=folder, shared=shared, case=case)


def _choose_folder(monkeypatch, folder: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(folder))


def _unlock(controller) -> None:
    controller.start_dialog.passphrase.setText(PASSPHRASE)
    controller.start_dialog.unlock()


def test_joining_from_the_team_dialog_sets_the_folder(controller, tmp_path, monkeypatch):
    window = controller.window
    assert not window.team_line.isVisible() and not window.team_sync.scheduled     # no team yet: nothing runs
    dialog = window.show_team()
    assert "No team folder yet" in dialog.folder_label.text() and not dialog.sync_button.isEnabled()

    _choose_folder(monkeypatch, controller.vault.folder / "equipo")                  # inside the vault: refused
    dialog.choose_button.click()
    assert team.settings() is None and "outside the vault" in dialog.message.text()

    shared = tmp_path / "equipo"
    _choose_folder(monkeypatch, shared)
    dialog.choose_button.click()
    assert team.settings()["folder"] == str(shared.resolve()) == dialog.folder_label.text()
    assert dialog.sync_button.isEnabled() and dialog.message.text() == ""
    assert window.team_sync.scheduled and window.team_sync.paused      # passes wait while the dialog is open
    assert window.team_line.isVisible() and window.team_line.plain_text().startswith(
        "No verified colleagues in the team yet · no exchange yet")
    assert ("ok", "The team folder is outside the vault.") in dialog.check_texts
    dialog.reject()
    assert not window.team_sync.paused


def test_sync_now_brings_a_colleagues_case_and_the_line_follows(controller, colleague, monkeypatch):
    window = controller.window
    dialog = window.show_team()
    _choose_folder(monkeypatch, colleague.shared)
    dialog.choose_button.click()
    assert [dialog.table.item(0, c).text() for c in (0, 2, 3)] == [
        BETO, "Checked", "Internal · all cases · no contacts · no evidence"]
    before = window.model.rowCount()
    window.table.selectRow(5)
    reading = window.selected_case_id()

    dialog.sync_button.click()
    assert find_case(colleague.case).person.national_id == "V-14555666"
    assert window.model.rowCount() == before + 1                     # the case list shows it at once…
    assert window.selected_case_id() == reading                      # …and the case being read stays selected
    assert "arrived from colleagues" in window.statusBar().currentMessage()
    assert f"From {BETO}:" in dialog.report_label.text() and f"To {BETO}: 13 cases sent." in dialog.report_label.text()
    assert re.fullmatch(r"In step with 0 of 1 colleague · last exchange \d{1,2}:\d\d\W*(AM|PM)",
                        window.team_line.plain_text()), window.team_line.plain_text()
    assert BETO in window.team_line.toolTip()                         # who has not read it yet

    with as_colleague(colleague.folder, controller.vault) as other:   # Beto reads it (and says so)
        assert team.sync_pass(other)["received"]
    dialog.sync_button.click()
    assert window.team_line.plain_text().startswith("In step with 1 colleague · last exchange ")
    assert dialog.table.item(0, 4).text() == "0"


def test_the_team_line_in_spanish_with_a_conflict_and_an_unreachable_folder(controller, colleague, monkeypatch):
    window = controller.window
    team.join(controller.vault, colleague.shared)
    window.start_team_sync()
    assert window.team_sync.sync_now()
    controller.set_language("es")
    assert window.team_line.plain_text().startswith("Al día con 0 de 1 colega · último intercambio ")
    assert window.team_action.text() == "E&quipo…"

    # Both lawyers change the same court: a conflict waits here, and the line says so.
    with as_colleague(colleague.folder, controller.vault) as other:
        team.sync_pass(other)
        update_case(other, colleague.case, court="Tribunal 5.º de Juicio")
        team.sync_pass(other)
    update_case(controller.vault, colleague.case, court="Tribunal 3.º de Control")
    assert window.team_sync.sync_now()
    assert len(open_conflicts()) == 1
    line = window.team_line.plain_text()
    assert line.startswith("Al día con 0 de 1 colega · último intercambio ")     # this vault's change is on its way
    assert line.endswith(" · 1 conflicto por decidir")
    window.team_line.linkActivated.emit("conflicts")                  # a click on it
    assert any(isinstance(d, ConflictDialog) and d.isVisible() for d in window.findChildren(ConflictDialog))

    # The folder cannot be reached (a drive unplugged and something else in its place): said, not a traceback.
    colleague.shared.rename(colleague.shared.with_name("equipo-desconectado"))
    colleague.shared.write_text("no es una carpeta")
    assert window.team_sync.sync_now()
    assert window.team_line.plain_text().startswith("Carpeta de equipo no disponible · último intercambio ")
    assert "memoria USB" in window.team_line.toolTip()


def test_the_dialog_says_in_spanish_what_a_colleague_deleted(controller, colleague, monkeypatch):
    controller.set_language("es")
    window = controller.window
    dialog = window.show_team()
    _choose_folder(monkeypatch, colleague.shared)
    dialog.choose_button.click()
    dialog.sync_button.click()
    (arrest,) = find_case(colleague.case).events
    with as_colleague(colleague.folder, controller.vault) as other:
        team.sync_pass(other)
        delete_event(other, arrest.uuid)                  # entered by mistake, Beto says
        team.sync_pass(other)
    dialog.sync_button.click()
    assert not find_case(colleague.case).events
    assert f"De {BETO}:" in dialog.report_label.text() and "1 contacto o evento borrado." in dialog.report_label.text()


def test_no_pass_runs_while_the_vault_is_locked_and_one_runs_soon_after_unlocking(qtbot, controller, colleague):
    window = controller.window
    team.join(controller.vault, colleague.shared)
    window.start_team_sync()
    assert window.team_sync.scheduled and window.team_line.isVisible()
    controller.lock()
    assert not window.team_sync.scheduled and not window.team_line.isVisible()
    window.team_sync.tick()                                           # a stray tick: nothing
    assert window.team_sync.sync_now() is False and not window.team_sync.running

    window.team_sync.first_timer.setInterval(50)                      # "shortly" is ten seconds in use
    _unlock(controller)
    assert DetentionCase.get_or_none(DetentionCase.uuid == colleague.case) is None     # nothing ran while locked
    assert window.team_sync.scheduled
    qtbot.waitUntil(lambda: DetentionCase.get_or_none(DetentionCase.uuid == colleague.case) is not None, timeout=5000)
    assert window.team_line.plain_text().startswith("In step with 0 of 1 colleague")


def test_locking_during_a_pass_waits_for_it_and_drops_its_result(qtbot, controller, colleague):
    window = controller.window
    team.join(controller.vault, colleague.shared)
    window.start_team_sync()
    controller.runner.synchronous = False           # a real worker thread, as in use
    try:
        assert window.team_sync.sync_now() and window.team_sync.running
        assert window.team_sync.sync_now() is False                   # never two at once
        controller.lock()
        assert not controller.vault.is_open and not window.team_sync.running
        qtbot.wait(200)                                               # its late result arrives, and is dropped
        assert not window.team_line.isVisible()
    finally:
        controller.runner.wait()
        controller.runner.synchronous = True
    _unlock(controller)
    assert window.team_sync.sync_now()                               # the vault is whole: the next pass completes
    assert find_case(colleague.case)


def test_what_a_colleague_receives_and_removing_them(controller, colleague, monkeypatch):
    window = controller.window
    team.join(controller.vault, colleague.shared)
    window.start_team_sync()
    dialog = window.show_team()
    dialog.select(BETO)
    policy = dialog.edit_policy()
    policy.profile.setCurrentIndex(policy.profile.findData("court"))
    type_text(policy.fields["state"], "Zulia; Táchira")
    policy.contacts.setChecked(True)
    policy.save()
    assert team.members()[0]["policy"] == {"profile": "court", "filter": {"state": ["Zulia", "Táchira"]},
                                           "contacts": True, "evidence": False}
    assert dialog.table.item(0, 3).text() == "Court · state: Zulia, Táchira · contacts · no evidence"

    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Cancel)
    dialog.select(BETO)
    assert not dialog.remove_selected() and not team.members()[0]["removed"]
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    dialog.select(BETO)
    assert dialog.remove_selected()
    assert team.members()[0]["removed"] == "left"
    assert dialog.table.item(0, 2).text() == "Removed: left the team" and not dialog.edit_button.isEnabled()


def test_a_seized_laptop_gets_new_keys_only_after_confirmation(controller, colleague, monkeypatch):
    window = controller.window
    team.join(controller.vault, colleague.shared)
    window.start_team_sync()
    dialog = window.show_team()
    old = my_public_key("").fingerprint
    assert dialog.fingerprint.text() == old

    monkeypatch.setattr(QMessageBox, "warning", lambda *args: QMessageBox.StandardButton.Cancel)
    dialog.seized_button.click()
    assert my_public_key("").fingerprint == old and not dialog.notice.isVisible()

    asked = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *rest: asked.append(text) or QMessageBox.StandardButton.Yes)
    dialog.seized_button.click()
    new = my_public_key("").fingerprint
    assert new != old and dialog.fingerprint.text() == new
    assert new in dialog.notice.text() and BETO in dialog.notice.text() and dialog.notice.isVisible()
    assert "stops accepting the old key" in asked[0] and "by phone" in asked[0]

    with as_colleague(colleague.folder, controller.vault) as other:   # Beto's CaseDesk hears of it
        notice = team.sync_pass(other)["notices"][0]
        assert notice["reason"] == "seized" and not notice["verified"] and notice["new_fingerprint"] == new
