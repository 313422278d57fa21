"""Exchange from the window: keys and colleagues, sending and receiving bundles, conflicts."""

from __future__ import annotations

import hashlib
import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from casedesk.gui.case_model import CASE_ID_ROLE, Column
from casedesk.services.bundles import make_bundle, my_public_key, open_conflicts
from casedesk.services.cases import find_case, update_case
from casedesk.services.verification import open_claims


def test_keys_colleagues_bundles_and_a_conflict_decided_field_by_field(controller, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    window = controller.window
    exchange = window.show_colleagues()
    key = my_public_key(window.vault.folder.name)
    assert exchange.fingerprint.text() == key.fingerprint and len(key.fingerprint) == 24
    (tmp_path / "yo.json").write_bytes(key.to_file())       # this vault as its own colleague, for the round trip
    exchange.add_key_file(tmp_path / "yo.json", verified_by="en persona")
    assert exchange.table.item(0, 1).text() == key.fingerprint and "en persona" in exchange.table.item(0, 2).text()

    window.table.selectRow(0)
    case_id = window.model.index(0, Column.NAME).data(CASE_ID_ROLE)
    court_before = find_case(case_id).court
    first = window.send_bundle()
    first.recipients.item(0).setCheckState(Qt.CheckState.Checked)
    first.save(tmp_path / "uno.casedesk")
    update_case(controller.vault, case_id, court="Tribunal 1.º")
    second = window.send_bundle()
    second.recipients.item(0).setCheckState(Qt.CheckState.Checked)
    second.save(tmp_path / "dos.casedesk")
    report = window.receive_bundle(tmp_path / "dos.casedesk")
    assert report["unchanged"] > 0 and not report["conflicts"] and "this vault's own key" in shown[-1]

    update_case(controller.vault, case_id, court="Tribunal 2.º")      # changed here after the last exchange…
    report = window.receive_bundle(tmp_path / "uno.casedesk")        # …and the older bundle differs too
    assert [c["entity"] for c in report["conflicts"]] == ["case"]
    from casedesk.gui.exchange import ConflictDialog
    dialog = ConflictDialog(controller.vault, "en", window)
    rows = {dialog.table.item(r, 0).text(): (dialog.table.item(r, 1).text(), dialog.table.item(r, 2).text())
            for r in range(dialog.table.rowCount())}
    assert rows["Court"] == ("Tribunal 2.º", court_before)            # field names as dossiers print them
    dialog.checks[[name for name, _ in dialog.checks].index("court")][1].setChecked(True)
    dialog.apply()
    assert find_case(case_id).court == court_before and "No conflicts" in dialog.label.text()


def test_a_damaged_bundle_is_refused_in_a_dialog(controller, tmp_path, monkeypatch):
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", lambda *args, **kwargs: ("", False))
    (tmp_path / "roto.casedesk").write_bytes(b"age-encryption.org/v1\n-> X25519 roto\n")
    assert controller.window.receive_bundle(tmp_path / "roto.casedesk") is None
    assert warned and "Nothing was imported" in warned[0]


def test_conflicts_show_values_as_words_in_the_windows_language(controller, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    controller.set_language("es")
    window = controller.window
    exchange = window.show_colleagues()
    assert not exchange.empty_hint.isHidden() and not exchange.verify_button.isEnabled()   # nobody yet: says how
    key = my_public_key(window.vault.folder.name)
    (tmp_path / "yo.json").write_bytes(key.to_file())
    exchange.add_key_file(tmp_path / "yo.json", verified_by="en persona")
    assert exchange.empty_hint.isHidden()
    exchange.table.selectRow(0)
    assert exchange.verify_button.isEnabled()
    window.table.selectRow(0)
    case_id = window.model.index(0, Column.NAME).data(CASE_ID_ROLE)
    update_case(controller.vault, case_id, priority="normal")
    for name, priority in (("uno", "high"), ("dos", None)):
        bundle = window.send_bundle()
        bundle.recipients.item(0).setCheckState(Qt.CheckState.Checked)
        bundle.save(tmp_path / f"{name}.casedesk")
        if priority:
            update_case(controller.vault, case_id, priority=priority)
    window.receive_bundle(tmp_path / "dos.casedesk")
    update_case(controller.vault, case_id, priority="urgent")
    report = window.receive_bundle(tmp_path / "uno.casedesk")
    assert report["conflicts"]
    from casedesk.gui.exchange import ConflictDialog
    dialog = ConflictDialog(controller.vault, "es", window)
    rows = {dialog.table.item(r, 1).text(): dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())}
    assert rows.get("Urgente") == "Normal" and "urgent" not in rows            # labels, never the stored codes
    assert dialog.label.text().startswith("Queda 1 conflicto.")


def _from_a_stranger(bundle: bytes, change) -> tuple[bytes, str]:
    """This vault's own bundle, its records changed by `change` and signed by a key nobody here knows."""
    import io
    import json
    import zipfile

    import pyrage
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from casedesk.services.bundles import _seal, _secrets, _unseal, fingerprint
    identity = _secrets()[0]
    manifest_bytes, _, payload = _unseal(pyrage.decrypt(bundle, [identity]))
    records = json.loads(zipfile.ZipFile(io.BytesIO(bytes(payload))).read("records.json"))
    change(records)
    data = json.dumps(records).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("records.json", data)
    payload = out.getvalue()
    signing = Ed25519PrivateKey.generate()
    sender = {"name": "Abogada de confianza", "age": str(pyrage.x25519.Identity.generate().to_public()),
              "ed25519": signing.public_key().public_bytes_raw().hex()}
    manifest = {**json.loads(manifest_bytes), "sender": sender,
                "payload": {"sha256": hashlib.sha256(payload).hexdigest(), "bytes": len(payload)},
                "files": {"records.json": {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}}}
    return (pyrage.encrypt(_seal(manifest, payload, signing), [identity.to_public()]),
            fingerprint(sender["age"], sender["ed25519"]))


def test_a_strangers_bundle_is_refused_unless_reviewed_as_proposals(controller, tmp_path, monkeypatch):
    asked, shown = [], []
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *args: asked.append(text) or answer[0])
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    window = controller.window
    case_id = window.model.index(0, Column.NAME).data(CASE_ID_ROLE)
    before = find_case(case_id)
    claims_before = len(open_claims())
    release = str(uuid.uuid4())

    def change(records):
        records["case"][0]["court"] = "Tribunal de nadie"
        records["event"].append({"uuid": release, "case": case_id, "kind": "release_verified", "date": "2025-01-08",
                                 "date_precision": "day", "status": "released_full", "description": "",
                                 "source": "un rumor"})
    own = make_bundle(controller.vault, [case_id], recipients=[my_public_key("yo")])
    bundle, stranger = _from_a_stranger(own, change)
    (tmp_path / "extraño.casedesk").write_bytes(bundle)

    assert window.receive_bundle(tmp_path / "extraño.casedesk") is None          # the user says no: nothing
    assert stranger in asked[0] and "Abogada de confianza" in asked[0] and not shown
    assert open_conflicts() == [] and find_case(case_id).court == before.court

    answer[0] = QMessageBox.StandardButton.Yes                                    # review it as proposals
    report = window.receive_bundle(tmp_path / "extraño.casedesk")
    assert [c["entity"] for c in report["conflicts"]] == ["case"] and report["proposed"] == [
        {"entity": "event", "uuid": release}]
    assert "NOT among your colleagues" in shown[-1]
    assert find_case(case_id).court == before.court and find_case(case_id).status == before.status
    from casedesk.gui.exchange import ConflictDialog
    dialog = ConflictDialog(controller.vault, "en", window)
    assert dialog.accept_new.isHidden() and stranger in dialog.label.text()
    dialog.apply()                                                                # the court: keep this vault's
    assert not dialog.accept_new.isHidden() and "A new timeline event" in dialog.label.text()
    dialog.accept_new.setChecked(True)
    dialog.apply()                                                                # the release: a claim
    assert "No conflicts" in dialog.label.text()
    assert find_case(case_id).court == before.court and find_case(case_id).status == before.status
    assert len(open_claims()) == claims_before + 1
