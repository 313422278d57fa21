"""Exchange bundles between real vaults: round trips, one-sided changes, conflicts, and
bundles that are tampered with, truncated or addressed to someone else."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

import pyrage
import pytest

from casedesk.domain.errors import InvalidInput
from casedesk.domain.normalize import parse_date
from casedesk.services.bundles import (
    BundleRefused, add_colleague, import_bundle, make_bundle, my_public_key, open_conflicts, read_public_key,
    resolve_conflict,
)
from casedesk.services.cases import NewCase, NewContact, add_case, find_case, update_case
from casedesk.services.evidence import add_evidence, list_evidence, view_evidence
from casedesk.storage.audit import verify_audit_chain
from casedesk.storage.models import Contact, DetentionCase, Event, Person
from casedesk.storage.vault import create_vault, open_vault
from tests.conftest import PASSPHRASE, run_cli

PHONE = "+58 412-555-0142"


def _counts() -> tuple[int, int, int, int]:
    return Person.select().count(), DetentionCase.select().count(), Event.select().count(), Contact.select().count()


@pytest.fixture
def two_vaults(tmp_path):
    """Vault A (with one case, a relative and a text file) knows B's key; returns (folder A, folder B, case id, B's key)."""
    with create_vault(tmp_path / "b", PASSPHRASE, actor="Bufete B"):
        key_b = my_public_key("Bufete B")
    with create_vault(tmp_path / "a", PASSPHRASE, actor="Abogada A") as a:
        case = add_case(a, NewCase.named(
            "José Íñiguez Páez", national_id="V-12345678", arrest_date=parse_date("2024-03-05"),
            facility="El Helicoide (SEBIN)", notes="Estrategia reservada",
            contacts=[NewContact("Carmen Páez", relationship="madre", phones=PHONE, safe_channel="Signal")]))
        (tmp_path / "acta.txt").write_text("Acta de detención: texto íntegro", encoding="utf-8")
        add_evidence(a, case, tmp_path / "acta.txt")
        add_colleague(a, key_b, verified_by="llamada del 3 de marzo")
    return tmp_path / "a", tmp_path / "b", case, key_b


def test_a_bundle_carries_the_case_its_family_and_evidence_to_a_colleague(two_vaults, tmp_path):
    folder_a, folder_b, case, key_b = two_vaults
    with open_vault(folder_a, PASSPHRASE) as a:
        bundle = tmp_path / "paquete.age"
        bundle.write_bytes(make_bundle(a, [case], recipients=[key_b], with_evidence=True, sender_name="Abogada A"))
    assert "Íñiguez".encode() not in bundle.read_bytes() and b"12345678" not in bundle.read_bytes()
    with open_vault(folder_b, PASSPHRASE, actor="Bufete B") as b:
        report = import_bundle(b, bundle)
        assert report["created"]["person"] == 1 and report["created"]["case"] == 1 and report["created"]["contact"] == 1
        assert report["evidence_files"] == 1 and report["sender"] == {
            "name": "Abogada A", "fingerprint": report["sender"]["fingerprint"], "known": False, "verified": False}
        received = find_case(case)
        assert received.person.national_id == "V-12345678" and received.facility.name == "El Helicoide (SEBIN)"
        assert received.status == "detained" and received.notes == "Estrategia reservada"
        item = list_evidence(case)[0]
        assert view_evidence(b, item["id"]) == "Acta de detención: texto íntegro".encode()
        before = _counts()
        again = import_bundle(b, bundle)                                # the same bundle twice changes nothing
        assert sum(again["created"].values()) == sum(again["updated"].values()) == 0 and not again["conflicts"]
        assert _counts() == before and verify_audit_chain().ok


def test_a_change_made_on_one_side_flows_and_a_change_on_both_is_a_conflict(two_vaults, tmp_path):
    folder_a, folder_b, case, key_b = two_vaults
    with open_vault(folder_b, PASSPHRASE) as b:
        key_b_full = my_public_key("Bufete B")
    with open_vault(folder_a, PASSPHRASE) as a:
        key_a = my_public_key("Abogada A")
        (tmp_path / "1.age").write_bytes(make_bundle(a, [case], recipients=[key_b_full]))
    with open_vault(folder_b, PASSPHRASE) as b:
        import_bundle(b, tmp_path / "1.age")
        add_colleague(b, key_a)
        update_case(b, case, lawyer="Abg. Rondón", facility="Rodeo I")   # only B changes them
        (tmp_path / "2.age").write_bytes(make_bundle(b, [case], recipients=[key_a]))
    with open_vault(folder_a, PASSPHRASE) as a:
        report = import_bundle(a, tmp_path / "2.age")
        assert report["updated"]["case"] == 1 and find_case(case).lawyer == "Abg. Rondón"
        assert find_case(case).facility.name == "Rodeo I"                # a facility A did not have yet
        assert report["sender"]["known"] and report["sender"]["verified"]     # A checked B's fingerprint
        update_case(a, case, court="Tribunal 1.º de Control")
        (tmp_path / "3.age").write_bytes(make_bundle(a, [case], recipients=[key_b_full]))
    with open_vault(folder_b, PASSPHRASE) as b:
        update_case(b, case, court="Tribunal 3.º de Juicio", judge="Juez Pérez")   # both change the court
        report = import_bundle(b, tmp_path / "3.age")
        assert [c["entity"] for c in report["conflicts"]] == ["case"]
        fields = {f["field"]: (f["local"], f["remote"]) for f in report["conflicts"][0]["fields"]}
        assert fields["court"] == ("Tribunal 3.º de Juicio", "Tribunal 1.º de Control")
        assert find_case(case).court == "Tribunal 3.º de Juicio"          # nothing decided for the user
        conflict = open_conflicts()[0]
        resolve_conflict(b, conflict["id"], {"court"})
        assert find_case(case).court == "Tribunal 1.º de Control" and find_case(case).judge == "Juez Pérez"
        assert open_conflicts() == []
        assert not import_bundle(b, tmp_path / "3.age")["conflicts"]       # settled for good
        assert verify_audit_chain().ok


@pytest.mark.slow     # age's passphrase mode runs scrypt for real: ~2 s a try
def test_tampered_truncated_or_misaddressed_bundles_are_refused_and_nothing_is_imported(two_vaults, tmp_path):
    folder_a, folder_b, case, key_b = two_vaults
    with create_vault(tmp_path / "c", PASSPHRASE):
        key_c = my_public_key("C")
    with open_vault(folder_a, PASSPHRASE) as a:
        good = make_bundle(a, [case], recipients=[key_b])
        for_c = make_bundle(a, [case], recipients=[key_c])
        by_passphrase = make_bundle(a, [case], passphrase="una frase de paso larga")
    flipped = bytearray(good)
    flipped[len(flipped) // 2] ^= 0x01
    cases = {"flipped.age": bytes(flipped), "truncated.age": good[: len(good) - 40], "for_c.age": for_c,
             "empty.age": b""}
    with open_vault(folder_b, PASSPHRASE) as b:
        for name, data in cases.items():
            (tmp_path / name).write_bytes(data)
            with pytest.raises(BundleRefused) as refused:
                import_bundle(b, tmp_path / name)
            assert "Nothing was imported" in refused.value.message("en")
            assert _counts() == (0, 0, 0, 0), name
            if name == "for_c.age":
                assert "not addressed to this vault" in refused.value.message("en")
        (tmp_path / "p.age").write_bytes(by_passphrase)
        with pytest.raises(BundleRefused):
            import_bundle(b, tmp_path / "p.age", passphrase="otra frase de paso distinta")
        assert import_bundle(b, tmp_path / "p.age", passphrase="una frase de paso larga")["created"]["case"] == 1


def _plain_for_b(folder_b: Path, data: bytes) -> bytes:
    """What B's identity decrypts: the ZIP inside a bundle addressed to B."""
    from casedesk.services.bundles import _secrets
    with open_vault(folder_b, PASSPHRASE):
        return pyrage.decrypt(data, [_secrets()[0]])


def test_an_altered_manifest_fails_its_signature(two_vaults, tmp_path):
    folder_a, folder_b, case, key_b = two_vaults
    with open_vault(folder_a, PASSPHRASE) as a:
        bundle = make_bundle(a, [case], recipients=[key_b])
    with zipfile.ZipFile(io.BytesIO(_plain_for_b(folder_b, bundle))) as original:
        contents = {name: original.read(name) for name in original.namelist()}
    records = json.loads(contents["records.json"])
    records["case"][0]["lawyer"] = "Alguien que no es"
    contents["records.json"] = json.dumps(records).encode()
    manifest = json.loads(contents["manifest.json"])
    manifest["files"]["records.json"] = hashlib.sha256(contents["records.json"]).hexdigest()
    contents["manifest.json"] = json.dumps(manifest).encode()                 # a forger fixes the hash…
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as forged:
        for name, data in contents.items():
            forged.writestr(name, data)
    (tmp_path / "forged.age").write_bytes(pyrage.encrypt(out.getvalue(), [pyrage.x25519.Recipient.from_str(key_b.age)]))
    with open_vault(folder_b, PASSPHRASE) as b:
        with pytest.raises(BundleRefused) as refused:                        # …but cannot sign it
            import_bundle(b, tmp_path / "forged.age")
        assert "signature" in refused.value.message("en") and _counts() == (0, 0, 0, 0)


def test_a_public_bundle_leaves_out_contacts_ids_and_notes(two_vaults):
    folder_a, folder_b, case, key_b = two_vaults
    with open_vault(folder_a, PASSPHRASE) as a:
        bundle = make_bundle(a, [case], recipients=[key_b], profile="public")
    text = zipfile.ZipFile(io.BytesIO(_plain_for_b(folder_b, bundle))).read("records.json").decode()
    assert "José" in text and "12345678" not in text and "Carmen" not in text and "Estrategia" not in text


def test_keys_travel_as_small_files_with_a_fingerprint_to_read_aloud(vault, tmp_path):
    key = my_public_key("Abogada A")
    assert my_public_key("Abogada A") == key
    again = read_public_key(key.to_file())
    assert again == key and len(key.fingerprint) == 24 and key.fingerprint.count("-") == 4
    with pytest.raises(InvalidInput):
        read_public_key(b"not a key")
    with pytest.raises(InvalidInput):
        make_bundle(vault, [], recipients=[key], passphrase="una frase de paso larga")


def test_the_command_line_exchanges_a_bundle(tmp_path):
    a, b = str(tmp_path / "a"), str(tmp_path / "b")
    run_cli("init", a)
    run_cli("init", b)
    run_cli("bundle", "identity", b, "--name", "Bufete B", "--export", str(tmp_path / "b.key"))
    case = run_cli("add", a, "--name", "Inés Marcano", "--arrested", "2024-02-02").strip()
    out = run_cli("bundle", "add-colleague", a, str(tmp_path / "b.key"), "--verified-by", "llamada")
    assert "Bufete B" in out
    run_cli("bundle", "export", a, case, "-o", str(tmp_path / "p.age"), "--to", str(tmp_path / "b.key"))
    report = json.loads(run_cli("bundle", "import", b, str(tmp_path / "p.age"), "--json"))
    assert report["created"]["case"] == 1 and not report["sender"]["known"]
    assert "Inés Marcano" in run_cli("show", b, case)
    run_cli("bundle", "import", a, str(tmp_path / "p.age"), expect=1)       # not addressed to A
