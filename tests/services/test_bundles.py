"""Exchange bundles between real vaults: round trips, one-sided changes, conflicts, and
bundles that are tampered with, truncated or addressed to someone else."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from datetime import date
from pathlib import Path

import pyrage
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casedesk.domain.errors import InvalidInput
from casedesk.domain.normalize import FuzzyDate, parse_date
from casedesk.domain.vocabulary import DatePrecision, EventKind, Status
from casedesk.limits import GIB, MIB
from casedesk.services.bundles import (
    FIELDS, BundleRefused, PublicKey, _seal, _secrets, _unseal, add_colleague, import_bundle, make_bundle, my_public_key,
    open_bundle, open_conflicts, read_public_key, resolve_conflict,
)
from casedesk.services.cases import (
    NewCase, NewContact, NewEvent, add_case, add_event, find_case, update_case, update_event,
)
from casedesk.services.census import census_as_of
from casedesk.services.evidence import add_evidence, list_evidence, view_evidence
from casedesk.services.verification import missing_for_verification, open_claims
from casedesk.storage.audit import verify_audit_chain
from casedesk.storage.models import Colleague, Contact, DetentionCase, Event, Person
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
        key_a = my_public_key("Abogada A")
    with open_vault(tmp_path / "b", PASSPHRASE, actor="Bufete B") as b:
        add_colleague(b, key_a, verified_by="en persona")
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
        assert report["evidence_files"] == 1 and report["sender"]["name"] == "Abogada A"
        assert report["sender"]["known"] and report["sender"]["verified"]
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
    """What B's identity decrypts: the signed envelope inside a bundle addressed to B."""
    with open_vault(folder_b, PASSPHRASE):
        return pyrage.decrypt(data, [_secrets()[0]])


def test_an_altered_manifest_fails_its_signature(two_vaults, tmp_path):
    folder_a, folder_b, case, key_b = two_vaults
    with open_vault(folder_a, PASSPHRASE) as a:
        bundle = make_bundle(a, [case], recipients=[key_b])
    manifest_bytes, signature, payload = _unseal(_plain_for_b(folder_b, bundle))
    with zipfile.ZipFile(io.BytesIO(bytes(payload))) as original:
        contents = {name: original.read(name) for name in original.namelist()}
    records = json.loads(contents["records.json"])
    records["case"][0]["lawyer"] = "Alguien que no es"
    contents["records.json"] = json.dumps(records).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as forged:
        for name, data in contents.items():
            forged.writestr(name, data)
    forged_payload = out.getvalue()
    manifest = json.loads(manifest_bytes)
    manifest["files"]["records.json"] = {"sha256": hashlib.sha256(contents["records.json"]).hexdigest(),
                                         "bytes": len(contents["records.json"])}
    manifest["payload"] = {"sha256": hashlib.sha256(forged_payload).hexdigest(), "bytes": len(forged_payload)}
    refixed = json.dumps(manifest).encode()                                  # a forger fixes the hashes…
    to_b = [pyrage.x25519.Recipient.from_str(key_b.age)]
    for name, manifest_bytes_now in (("forged.age", refixed), ("swapped.age", manifest_bytes)):
        sealed = (b"CASEDESK-BUNDLE\n" + len(manifest_bytes_now).to_bytes(4, "big") + manifest_bytes_now + signature
                  + forged_payload)
        (tmp_path / name).write_bytes(pyrage.encrypt(sealed, to_b))
    with open_vault(folder_b, PASSPHRASE) as b:
        with pytest.raises(BundleRefused) as refused:                        # …but cannot sign them
            import_bundle(b, tmp_path / "forged.age")
        assert "signature" in refused.value.message("en") and _counts() == (0, 0, 0, 0)
        with pytest.raises(BundleRefused) as refused:                        # nor keep the old ones
            import_bundle(b, tmp_path / "swapped.age")
        assert "does not match its manifest" in refused.value.message("en") and _counts() == (0, 0, 0, 0)


def test_a_public_bundle_leaves_out_contacts_ids_and_notes(two_vaults):
    folder_a, folder_b, case, key_b = two_vaults
    with open_vault(folder_a, PASSPHRASE) as a:
        bundle = make_bundle(a, [case], recipients=[key_b], profile="public")
    text = zipfile.ZipFile(io.BytesIO(bytes(_unseal(_plain_for_b(folder_b, bundle))[2]))).read("records.json").decode()
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


def _cli(*args: str, expect: int) -> tuple[str, str]:
    """Like run_cli, with what the command wrote to stderr too."""
    import os
    import subprocess
    import sys
    env = {**os.environ, "CASEDESK_PASSPHRASE": PASSPHRASE, "LANG": "en_US.UTF-8", "LC_ALL": "en_US.UTF-8"}
    result = subprocess.run([sys.executable, "-m", "casedesk", *args], capture_output=True, text=True, env=env,
                            stdin=subprocess.DEVNULL, timeout=120, check=False)
    assert result.returncode == expect and "Traceback" not in result.stderr, result.stderr
    return result.stdout, result.stderr


def test_the_command_line_exchanges_a_bundle(tmp_path):
    a, b = str(tmp_path / "a"), str(tmp_path / "b")
    run_cli("init", a)
    run_cli("init", b)
    run_cli("bundle", "identity", b, "--name", "Bufete B", "--export", str(tmp_path / "b.key"))
    identity_a = run_cli("bundle", "identity", a, "--name", "Abogada A", "--export", str(tmp_path / "a.key"))
    fingerprint_a = identity_a.split("fingerprint ")[1].strip()
    case = run_cli("add", a, "--name", "Inés Marcano", "--arrested", "2024-02-02").strip()
    out = run_cli("bundle", "add-colleague", a, str(tmp_path / "b.key"), "--verified-by", "llamada")
    assert "Bufete B" in out
    run_cli("bundle", "export", a, case, "-o", str(tmp_path / "p.age"), "--to", str(tmp_path / "b.key"))
    _, refused = _cli("bundle", "import", b, str(tmp_path / "p.age"), expect=1)      # A is not among B's colleagues
    assert fingerprint_a in refused and "Nothing was imported" in refused and "--accept-unverified" in refused
    proposals = json.loads(run_cli("bundle", "import", b, str(tmp_path / "p.age"), "--accept-unverified", "--json"))
    assert sum(proposals["created"].values()) == 0 and not proposals["sender"]["known"]
    assert {p["entity"] for p in proposals["proposed"]} == {"person", "case", "event"}
    listed = json.loads(run_cli("bundle", "conflicts", b, "--json"))
    assert [c["entity"] for c in listed] == ["person", "case", "event"] and all(c["new"] for c in listed)
    run_cli("bundle", "decide", b, str(listed[1]["id"]), "--accept")         # the case, and the person with it
    assert "Inés Marcano" in run_cli("show", b, case)
    run_cli("bundle", "decide", b, str(listed[2]["id"]))                     # the arrest: declined
    assert json.loads(run_cli("bundle", "conflicts", b, "--json")) == []
    run_cli("bundle", "add-colleague", b, str(tmp_path / "a.key"), "--verified-by", "en persona")
    report = json.loads(run_cli("bundle", "import", b, str(tmp_path / "p.age"), "--json"))
    assert report["sender"]["known"] and report["unchanged"] == 2 and report["kept_local"] == 1
    run_cli("bundle", "import", a, str(tmp_path / "p.age"), expect=1)       # not addressed to A


# --- Who may change this vault: colleagues, strangers, and releases --------------------------

def _key(folder: Path, name: str) -> PublicKey:
    with open_vault(folder, PASSPHRASE):
        return my_public_key(name)


def _stranger_with_the_case(tmp_path: Path, folder_a: Path, case: str) -> tuple[Path, PublicKey]:
    """A vault B has never heard of, holding A's case (it got A's bundle), whose owner signs as A's name."""
    folder_s = tmp_path / "s"
    with create_vault(folder_s, PASSPHRASE, actor="Abogada A"):
        key_s = my_public_key("Abogada A")
    with open_vault(folder_a, PASSPHRASE) as a:
        (tmp_path / "for_s.age").write_bytes(make_bundle(a, [case], recipients=[key_s]))
        key_a = my_public_key("Abogada A")
    with open_vault(folder_s, PASSPHRASE) as s:
        add_colleague(s, key_a, verified_by="en persona")
        import_bundle(s, tmp_path / "for_s.age")
    return folder_s, key_s


def _release(vault, case: str, on: date = date(2025, 1, 8)) -> str:
    return add_event(vault, case, NewEvent(EventKind.RELEASE_VERIFIED, FuzzyDate(on, DatePrecision.DAY),
                                           Status.RELEASED_FULL, source="boleta de excarcelación"))


def test_a_bundle_from_someone_not_among_colleagues_is_refused_naming_their_fingerprint(two_vaults, tmp_path):
    folder_a, folder_b, case, key_b = two_vaults
    with open_vault(folder_a, PASSPHRASE) as a:
        (tmp_path / "1.age").write_bytes(make_bundle(a, [case], recipients=[key_b]))
    with open_vault(folder_b, PASSPHRASE) as b:
        import_bundle(b, tmp_path / "1.age")
    folder_s, key_s = _stranger_with_the_case(tmp_path, folder_a, case)
    with open_vault(folder_s, PASSPHRASE) as s:
        _release(s, case)                                 # the attack: a stranger "verifies" a release
        (tmp_path / "s.age").write_bytes(make_bundle(s, [case], recipients=[key_b], sender_name="Abogada A"))
    with open_vault(folder_b, PASSPHRASE) as b:
        before, head = _counts(), verify_audit_chain().head
        with pytest.raises(BundleRefused) as refused:
            import_bundle(b, tmp_path / "s.age")
        assert key_s.fingerprint in refused.value.message("en") and key_s.fingerprint in refused.value.message("es")
        assert "not among your colleagues" in refused.value.message("en")
        assert "No se importó nada" in refused.value.message("es")
        assert refused.value.exit_code == 1
        assert _counts() == before and verify_audit_chain().head == head       # not even an audit entry
        assert find_case(case).status == "detained" and census_as_of(date.today()).held == 1
        assert open_conflicts() == [] and open_claims() == []


def test_an_unverified_bundle_can_only_be_taken_as_proposals_to_review(two_vaults, tmp_path):
    folder_a, folder_b, case, key_b = two_vaults
    with open_vault(folder_a, PASSPHRASE) as a:
        (tmp_path / "1.age").write_bytes(make_bundle(a, [case], recipients=[key_b]))
    with open_vault(folder_b, PASSPHRASE) as b:
        import_bundle(b, tmp_path / "1.age")
        court = find_case(case).court
    folder_s, key_s = _stranger_with_the_case(tmp_path, folder_a, case)
    with open_vault(folder_s, PASSPHRASE) as s:
        update_case(s, case, court="Tribunal de un desconocido")           # B never changed it: would flow
        new_case = add_case(s, NewCase.named("Luisa Fernández", arrest_date=parse_date("2025-02-01"),
                                             contacts=[NewContact("Pedro Fernández", relationship="hermano")]))
        _release(s, new_case)
        (tmp_path / "s.age").write_bytes(make_bundle(s, [case, new_case], recipients=[key_b]))
    with open_vault(folder_b, PASSPHRASE) as b:
        before = _counts()
        report = import_bundle(b, tmp_path / "s.age", accept_unverified=True)
        assert _counts() == before and find_case(case).court == court      # nothing applied
        assert not report["sender"]["known"] and report["sender"]["fingerprint"] == key_s.fingerprint
        assert sum(report["created"].values()) == sum(report["updated"].values()) == 0
        assert [c["entity"] for c in report["conflicts"]] == ["case"]
        waiting = open_conflicts()
        assert [(c["entity"], c["new"]) for c in waiting] == [
            ("person", True), ("case", False), ("case", True), ("event", True), ("event", True), ("contact", True)]
        assert all(c["sender"] == key_s.fingerprint for c in waiting)
        again = import_bundle(b, tmp_path / "s.age", accept_unverified=True)     # the same bundle again
        assert len(open_conflicts()) == len(waiting) and _counts() == before and again["proposed"]
        arrest, release = [c for c in waiting if c["entity"] == "event"]
        assert {f["field"]: f["remote"] for f in release["fields"]}["kind"] == "release_verified"
        resolve_conflict(b, arrest["id"], {"kind", "date"})       # accepting the arrest brings its case and person
        held = find_case(new_case)
        assert held.person.full_name == "Luisa Fernández" and held.status == "detained"
        resolve_conflict(b, release["id"], {"kind"})                # a release accepted is a claim, not an event
        assert find_case(new_case).status == "detained" and census_as_of(date.today()).held == 2
        assert [c["case_id"] for c in open_claims()] == [new_case]
        contact = next(c for c in open_conflicts() if c["entity"] == "contact")
        resolve_conflict(b, contact["id"], set())                   # declined
        assert Contact.select().where(Contact.name == "Pedro Fernández").count() == 0
        assert [c["entity"] for c in open_conflicts()] == ["case"]   # the court is still the user's to decide
        import_bundle(b, tmp_path / "s.age", accept_unverified=True)
        assert [c["entity"] for c in open_conflicts()] == ["case"]   # declined and accepted ones do not come back
        assert len(open_claims()) == 1 and verify_audit_chain().ok


def test_declining_a_proposed_person_declines_what_hangs_from_it(two_vaults, tmp_path):
    folder_a, folder_b, case, key_b = two_vaults
    with open_vault(folder_a, PASSPHRASE) as a:
        (tmp_path / "1.age").write_bytes(make_bundle(a, [case], recipients=[key_b], with_evidence=True))
    with open_vault(folder_b, PASSPHRASE) as b:
        Colleague.delete().execute()                        # here B has not met A
        report = import_bundle(b, tmp_path / "1.age", accept_unverified=True)
        assert report["evidence_files_left_out"] == 1 and report["evidence_files"] == 0
        person = next(c for c in open_conflicts() if c["entity"] == "person")
        resolve_conflict(b, person["id"], set())
        assert open_conflicts() == [] and _counts() == (0, 0, 0, 0)


def test_a_release_in_a_colleagues_bundle_arrives_as_a_claim_to_verify(two_vaults, tmp_path):
    folder_a, folder_b, case, key_b = two_vaults
    with open_vault(folder_a, PASSPHRASE) as a:
        (tmp_path / "1.age").write_bytes(make_bundle(a, [case], recipients=[key_b]))
        _release(a, case)
        assert find_case(case).status == "released_full"                 # A verified it, by A's rules
        (tmp_path / "2.age").write_bytes(make_bundle(a, [case], recipients=[key_b]))
    with open_vault(folder_b, PASSPHRASE) as b:
        import_bundle(b, tmp_path / "1.age")
        assert census_as_of(date.today()).held == 1
        report = import_bundle(b, tmp_path / "2.age")
        assert report["sender"]["known"] and report["sender"]["verified"]
        assert find_case(case).status == "detained" and census_as_of(date.today()).held == 1
        assert Event.select().where(Event.kind == "release_verified").count() == 0
        claims = open_claims()
        assert len(claims) == 1 and claims[0]["case_id"] == case and claims[0]["claimed_date"] == "2025-01-08"
        assert report["claims"] == [{"case": case, "claim": claims[0]["id"], "date": "2025-01-08"}]
        [check] = claims[0]["checks"]
        assert check["confirms"] and "Abogada A" in check["detail"] and "boleta" in check["detail"]
        assert missing_for_verification(claims[0]["id"])                 # one source is not two
        import_bundle(b, tmp_path / "2.age")
        assert len(open_claims()) == 1 and len(open_claims()[0]["checks"]) == 1   # nothing doubled
        assert verify_audit_chain().ok


def test_a_new_case_whose_bundle_says_released_arrives_held_with_a_claim(two_vaults, tmp_path):
    folder_a, folder_b, case, key_b = two_vaults
    with open_vault(folder_a, PASSPHRASE) as a:
        _release(a, case)
        (tmp_path / "1.age").write_bytes(make_bundle(a, [case], recipients=[key_b]))
    with open_vault(folder_b, PASSPHRASE) as b:
        report = import_bundle(b, tmp_path / "1.age")
        assert report["created"]["case"] == 1 and report["created"]["event"] == 1     # the arrest only
        assert find_case(case).status == "detained" and census_as_of(date.today()).held == 1
        assert [c["case_id"] for c in open_claims()] == [case]


def test_a_conflict_cannot_turn_an_event_into_a_release(two_vaults, tmp_path):
    folder_a, folder_b, case, key_b = two_vaults
    with open_vault(folder_a, PASSPHRASE) as a:
        (tmp_path / "1.age").write_bytes(make_bundle(a, [case], recipients=[key_b]))
        arrest = Event.get(Event.kind == "arrest")
        update_event(a, arrest.uuid, NewEvent(EventKind.STATUS_RECORDED, FuzzyDate(date(2025, 3, 1), DatePrecision.DAY),
                                              Status.RELEASED_CONDITIONAL, description="salió"))
        (tmp_path / "2.age").write_bytes(make_bundle(a, [case], recipients=[key_b]))
    with open_vault(folder_b, PASSPHRASE) as b:
        import_bundle(b, tmp_path / "1.age")
        update_event(b, arrest.uuid, NewEvent(EventKind.ARREST, FuzzyDate(date(2024, 3, 5), DatePrecision.DAY),
                                              Status.DETAINED, description="detenido en su casa"))
        report = import_bundle(b, tmp_path / "2.age")
        assert [c["entity"] for c in report["conflicts"]] == ["event"]
        resolve_conflict(b, open_conflicts()[0]["id"], {"kind", "date", "status", "description"})
        event = Event.get(Event.uuid == arrest.uuid)
        assert event.kind == "arrest" and event.status == "detained" and event.description == "salió"
        assert find_case(case).status == "detained" and len(open_claims()) == 1


# --- Keys, recipients and the signature --------------------------------------------------------

def _opened_for(folder: Path, data: bytes) -> tuple[dict, bytes]:
    """The signed manifest and the payload of a bundle, as `folder`'s vault decrypts it."""
    manifest_bytes, _signature, payload = _unseal(_plain_for_b(folder, data))
    return json.loads(manifest_bytes), bytes(payload)


def _sealed(signer: Path, manifest: dict, payload: bytes, to: PublicKey) -> bytes:
    with open_vault(signer, PASSPHRASE):
        signing = _secrets()[1]
    return pyrage.encrypt(_seal(manifest, payload, signing), [pyrage.x25519.Recipient.from_str(to.age)])


def test_a_bundle_passed_on_to_someone_it_was_not_made_for_is_refused(two_vaults, tmp_path):
    folder_a, folder_b, case, key_b = two_vaults
    with create_vault(tmp_path / "c", PASSPHRASE):
        key_c = my_public_key("C")
    with open_vault(folder_a, PASSPHRASE) as a:
        for_c = make_bundle(a, [case], recipients=[key_c])
    passed_on = pyrage.encrypt(_plain_for_b(tmp_path / "c", for_c), [pyrage.x25519.Recipient.from_str(key_b.age)])
    manifest, payload = _opened_for(tmp_path / "c", for_c)
    manifest["to"] = {"passphrase": True}
    as_if_by_passphrase = _sealed(folder_a, manifest, payload, key_b)      # signed by A, but for a passphrase
    with open_vault(folder_b, PASSPHRASE) as b:
        for name, data in (("passed_on.age", passed_on), ("passphrase.age", as_if_by_passphrase)):
            (tmp_path / name).write_bytes(data)
            with pytest.raises(BundleRefused) as refused:
                import_bundle(b, tmp_path / name)
            assert "not made for this vault" in refused.value.message("en") and _counts() == (0, 0, 0, 0), name


def test_the_signing_key_comes_from_the_address_book_not_from_the_bundle(two_vaults, tmp_path):
    folder_a, folder_b, case, key_b = two_vaults
    folder_s = tmp_path / "s"
    with create_vault(folder_s, PASSPHRASE):
        key_s = my_public_key("Abogada A")
    with open_vault(folder_a, PASSPHRASE) as a:
        genuine = make_bundle(a, [case], recipients=[key_b], sender_name="Abogada A")
        key_a = my_public_key("Abogada A")
    manifest, payload = _opened_for(folder_b, genuine)
    manifest["sender"] = {"name": "Abogada A", "age": key_a.age, "ed25519": key_s.ed25519}    # A's address, S's key
    mixed = _sealed(folder_s, manifest, payload, key_b)
    manifest["sender"] = {"name": "Abogada A", "age": key_a.age, "ed25519": key_a.ed25519}    # A's keys, S signs
    impostor = _sealed(folder_s, manifest, payload, key_b)
    with open_vault(folder_b, PASSPHRASE) as b:
        (tmp_path / "mixed.age").write_bytes(mixed)
        (tmp_path / "impostor.age").write_bytes(impostor)
        with pytest.raises(BundleRefused) as refused:
            import_bundle(b, tmp_path / "mixed.age", accept_unverified=True)
        assert "signed with another key" in refused.value.message("en")
        with pytest.raises(BundleRefused) as refused:
            import_bundle(b, tmp_path / "impostor.age", accept_unverified=True)
        assert "signature" in refused.value.message("en") and _counts() == (0, 0, 0, 0)
        Colleague.update(name="Abogada A. (Caracas)").execute()
        report = import_bundle(b, _write(tmp_path / "genuine.age", genuine))
        assert report["sender"]["name"] == "Abogada A. (Caracas)"          # the address book's name, not the bundle's
        assert report["sender"]["calls_itself"] == "Abogada A"


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_a_bundle_of_the_old_format_is_refused_with_a_reason(two_vaults, tmp_path):
    _, folder_b, _, key_b = two_vaults
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as old:
        old.writestr("manifest.json", json.dumps({"format": 1}))
    _write(tmp_path / "old.age", pyrage.encrypt(out.getvalue(), [pyrage.x25519.Recipient.from_str(key_b.age)]))
    with open_vault(folder_b, PASSPHRASE) as b:
        with pytest.raises(BundleRefused) as refused:
            import_bundle(b, tmp_path / "old.age")
        assert "older CaseDesk" in refused.value.message("en")


# --- Bundles built to fill the memory ----------------------------------------------------------

def _bomb(name: str, inflated: int, *, header_says: int | None = None) -> bytes:
    """A ZIP whose one member is `inflated` bytes of zeros deflated (about 1/1000 of it), built
    without ever holding the zeros; `header_says` is the size its headers declare."""
    import struct
    import zlib
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = compressor.compress(bytes(MIB)) + compressor.flush(zlib.Z_FULL_FLUSH)
    block = compressor.compress(bytes(MIB)) + compressor.flush(zlib.Z_FULL_FLUSH)
    stream = first + block * (inflated // MIB - 1) + compressor.flush()
    declared = inflated if header_says is None else header_says
    encoded = name.encode()
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, 0, len(stream), declared, len(encoded), 0)
    central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, 0, len(stream), declared,
                          len(encoded), 0, 0, 0, 0, 0, 0) + encoded
    body = local + encoded + stream
    return body + central + struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(central), len(body), 0)


def test_a_bundle_that_would_inflate_past_the_limits_is_refused_before_inflating(two_vaults, tmp_path):
    import tracemalloc
    folder_a, folder_b, case, key_b = two_vaults
    with create_vault(tmp_path / "s", PASSPHRASE):
        key_s = my_public_key("S")
    with open_vault(folder_a, PASSPHRASE) as a:
        genuine = make_bundle(a, [case], recipients=[key_b])
    manifest, _ = _opened_for(folder_b, genuine)
    three_gib = 3 * GIB
    bombs = {}
    for label, signer, files_say, header_says, name in (
            ("records, declared", folder_a, three_gib, None, "records.json"),
            ("records, manifest lies", folder_a, 1000, None, "records.json"),
            ("records, manifest and zip lie", folder_a, 1000, 1000, "records.json"),
            ("evidence, declared", folder_a, three_gib, None, f"blobs/{'0' * 64}"),
            ("stranger", tmp_path / "s", three_gib, None, "records.json")):
        payload = _bomb(name, three_gib, header_says=header_says)
        forged = {**manifest, "payload": {"sha256": hashlib.sha256(payload).hexdigest(), "bytes": len(payload)},
                  "files": {"records.json": {"sha256": "0" * 64, "bytes": 2}, name: {"sha256": "0" * 64, "bytes": files_say}}}
        if label == "stranger":
            forged["sender"] = {"name": "S", "age": key_s.age, "ed25519": key_s.ed25519}
        bombs[label] = _write(tmp_path / f"{len(bombs)}.age", _sealed(signer, forged, payload, key_b))
        assert len(bombs[label].read_bytes()) < 4 * MIB
    with open_vault(folder_b, PASSPHRASE) as b:
        tracemalloc.start()
        try:
            for label, path in bombs.items():
                for accept in (False, True):
                    with pytest.raises(BundleRefused) as refused:
                        import_bundle(b, path, accept_unverified=accept)
                    text = refused.value.message("en")
                    if label == "stranger" and not accept:
                        assert key_s.fingerprint in text, label
                    elif "declared" in label or label == "stranger":
                        assert "would unpack to 3.0 GiB" in text and "more than CaseDesk accepts" in text, label
                    else:
                        assert "does not match its manifest" in text or "damaged" in text, label
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert peak < 64 * MIB and _counts() == (0, 0, 0, 0)        # nothing near 3 GiB was ever held


# --- Fuzzing what a bundle carries -------------------------------------------------------------

FUZZ = settings(deadline=None, max_examples=120, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
_scalars = (st.none() | st.booleans() | st.integers(min_value=-(2 ** 70), max_value=2 ** 70)
            | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=30)
            | st.sampled_from(["records.json", "blobs/" + "0" * 64, "2025-01-08", "release_verified",
                               "released_full", "0" * 64, "age1", ""]))
_json = st.recursive(_scalars, lambda children: st.lists(children, max_size=4)
                     | st.dictionaries(st.text(max_size=12), children, max_size=5), max_leaves=16)


def _own_bundle(vault, manifest_changes: dict, payload: bytes) -> bytes:
    """A bundle this vault signs (so the signature holds) with fuzzed manifest members and payload."""
    key = my_public_key("yo")
    manifest = {"format": 2, "created_at": "2025-01-01T00:00:00+00:00", "profile": "internal", "audit_head": "0",
                "sender": {"name": "yo", "age": key.age, "ed25519": key.ed25519}, "to": {"recipients": [key.age]},
                "payload": {"sha256": hashlib.sha256(payload).hexdigest(), "bytes": len(payload)},
                "files": {"records.json": {"sha256": "0" * 64, "bytes": 2}}, **manifest_changes}
    return pyrage.encrypt(_seal(manifest, payload, _secrets()[1]), [pyrage.x25519.Recipient.from_str(key.age)])


@FUZZ
@given(plain=st.binary(max_size=200) | st.builds(lambda length, rest: b"CASEDESK-BUNDLE\n" + length + rest,
                                                   st.binary(min_size=4, max_size=4), st.binary(max_size=200)))
def test_any_decrypted_bytes_are_read_or_refused(vault, plain):
    to_me = [pyrage.x25519.Recipient.from_str(my_public_key("yo").age)]
    with pytest.raises(BundleRefused):
        open_bundle(pyrage.encrypt(plain, to_me), accept_unverified=True)


@FUZZ
@given(changes=st.dictionaries(st.sampled_from(["format", "sender", "to", "payload", "files", "profile"]), _json,
                               max_size=3),
       payload=st.binary(max_size=300))
def test_any_signed_manifest_is_read_or_refused(vault, changes, payload):
    try:
        open_bundle(_own_bundle(vault, changes, payload), accept_unverified=True)
    except BundleRefused:
        pass


_plausible = st.sampled_from(["p1", "p2", "c1", "c2", "e1", "V-1", "2025-01-08", "2025-13-40", "arrest",
                              "release_verified", "released_full", "detained", "day", True, False, None, 0, 7, -1, ""])


def _records_of(entity: str):
    return st.lists(st.fixed_dictionaries(
        {"uuid": st.sampled_from(["p1", "p2", "c1", "c2", "e1", "e2", "k1", "v1"])},
        optional={name: _plausible | _scalars for name in FIELDS[entity]}), max_size=3)


@FUZZ
@given(records=_json | st.fixed_dictionaries({}, optional={entity: _records_of(entity) for entity in FIELDS}))
def test_any_records_are_merged_or_refused(vault, records):
    data = json.dumps(records, allow_nan=True).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("records.json", data)
    payload = out.getvalue()
    bundle = _own_bundle(vault, {"files": {"records.json": {"sha256": hashlib.sha256(data).hexdigest(),
                                                              "bytes": len(data)}}}, payload)
    path = vault.folder.parent / "fuzz.casedesk"
    path.write_bytes(bundle)
    try:
        import_bundle(vault, path)
    except BundleRefused:
        pass
    assert verify_audit_chain().ok


@FUZZ
@given(records=st.fixed_dictionaries({}, optional={entity: _records_of(entity) for entity in FIELDS}),
       choices=st.lists(st.booleans(), min_size=12, max_size=12))
def test_any_records_from_a_stranger_are_proposed_then_decided_or_refused(vault, records, choices):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from casedesk.domain.errors import CaseDeskError
    from casedesk.services.bundles import decide_proposal
    data = json.dumps(records).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("records.json", data)
    payload = out.getvalue()
    signing = Ed25519PrivateKey.generate()
    me = my_public_key("yo")
    manifest = {"format": 2, "created_at": "2025-01-01T00:00:00+00:00", "profile": "internal", "audit_head": "0",
                "sender": {"name": "?", "age": str(pyrage.x25519.Identity.generate().to_public()),
                           "ed25519": signing.public_key().public_bytes_raw().hex()},
                "to": {"recipients": [me.age]},
                "payload": {"sha256": hashlib.sha256(payload).hexdigest(), "bytes": len(payload)},
                "files": {"records.json": {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}}}
    path = _write(vault.folder.parent / "fuzz.casedesk",
                  pyrage.encrypt(_seal(manifest, payload, signing), [pyrage.x25519.Recipient.from_str(me.age)]))
    before = _counts()
    try:
        import_bundle(vault, path, accept_unverified=True)
    except BundleRefused:
        return
    assert _counts() == before                                   # nothing applied by itself
    for choice, waiting in zip(choices, open_conflicts()):
        try:
            if waiting["new"]:
                decide_proposal(vault, waiting["id"], choice)
            else:
                resolve_conflict(vault, waiting["id"], {f["field"] for f in waiting["fields"]} if choice else set())
        except CaseDeskError:
            pass
    assert Event.select().where(Event.kind == "release_verified").count() == 0 and verify_audit_chain().ok
