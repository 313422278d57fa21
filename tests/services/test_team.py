"""Team sync between three real vaults sharing one folder (services/team.py): changes flow
every way, conflicts wait for a decision, strangers' and removed colleagues' files are ignored,
half-written files are never read, repeated passes change nothing and a killed pass loses
nothing. The folder is a plain directory here, as a USB stick or a shared drive would be;
tests/services/test_syncthing.py carries it with two real Syncthing daemons."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from casedesk.domain.normalize import parse_date
from casedesk.domain.vocabulary import EventKind, Status
from casedesk.services import team
from casedesk.services.bundles import add_colleague, my_public_key, open_conflicts
from casedesk.services.cases import (
    NewContact, NewEvent, add_case, add_event, delete_case, delete_contact, delete_event, find_case, update_case,
    update_contact,
)
from casedesk.services.census import census_as_of
from casedesk.storage.models import AuditEntry, Contact, DetentionCase, Event, Person
from casedesk.storage.vault import create_vault
from tests.conftest import PASSPHRASE, run_cli
from tests.services.team_vaults import NAMES, case_named, open_member, pass_of

def _folder_files(shared: Path) -> list[Path]:
    return [path for path in shared.rglob("*") if path.is_file()]


def test_a_case_added_in_one_vault_reaches_the_other_two_and_back(team_of_three):
    root, shared = team_of_three
    with open_member(root, "a") as a:
        case = add_case(a, case_named("Rosa", "Mérida Quintero", national_id="V-14555666",
                                       facility="Rodeo I", notes="Nota interna de Ana"))
    sent = pass_of(root, "a")
    assert sent["sent"] and sent["sent"][0]["cases"] == 1
    for name in ("b", "c"):
        got = pass_of(root, name)
        assert got["received"][0]["created"] >= 2, got
        with open_member(root, name):
            assert find_case(case).person.national_id == "V-14555666"
    # b records a hearing; a and c see it after their next pass.
    with open_member(root, "b") as b:
        add_event(b, case, NewEvent(EventKind.TRANSFER, parse_date("2025-03-01"), description="Traslado a Tocorón"))
    pass_of(root, "b")
    for name in ("a", "c"):
        pass_of(root, name)
        with open_member(root, name):
            assert any(e.description == "Traslado a Tocorón" for e in find_case(case).events)


def test_the_folder_reveals_no_names_and_sizes_fall_in_buckets(team_of_three):
    root, shared = team_of_three
    with open_member(root, "a") as a:
        add_case(a, case_named("Rosa", "Mérida Quintero", national_id="V-14555666", facility="Rodeo I",
                                contacts=[NewContact("Carmen Quintero", relationship="madre", phones="+58 412 5550101")]))
    pass_of(root, "a")
    pass_of(root, "b")
    files = _folder_files(shared)
    assert files
    for path in files:
        assert re.fullmatch(r"[0-9a-f]{32}", path.name) and re.fullmatch(r"[0-9a-f]{32}", path.parent.name)
        data = path.read_bytes()
        for secret in (b"Rosa", b"M\xc3\xa9rida", b"14555666", b"Rodeo", b"Quintero", b"5550101", b"casedesk",
                       b"CASEDESK"):
            assert secret not in data
        assert data.startswith(b"age-encryption.org/v1")


def test_contacts_travel_only_where_the_policy_says(team_of_three):
    root, shared = team_of_three
    with open_member(root, "a") as a:
        case = add_case(a, case_named("Rosa", "Mérida Quintero", national_id="V-14555666",
                                       contacts=[NewContact("Carmen Quintero", relationship="madre", phones="0414")]))
        team.set_policy(a, NAMES["c"], contacts=True)
    pass_of(root, "a")
    pass_of(root, "b")
    pass_of(root, "c")
    with open_member(root, "b"):
        assert find_case(case) and Contact.select().count() == 0
    with open_member(root, "c"):
        assert Contact.select().count() == 1


def test_a_filtered_policy_sends_only_the_cases_it_covers(team_of_three):
    root, shared = team_of_three
    with open_member(root, "a") as a:
        zulia = add_case(a, case_named("Luis", "Parra", arrest_state="Zulia"))
        lara = add_case(a, case_named("Ana", "Colmenares", arrest_state="Lara"))
        team.set_policy(a, NAMES["b"], cases_filter={"state": ["zulia"]})
    pass_of(root, "a")
    pass_of(root, "b")
    with open_member(root, "b"):
        assert DetentionCase.get_or_none(DetentionCase.uuid == zulia)
        assert DetentionCase.get_or_none(DetentionCase.uuid == lara) is None


def test_two_lawyers_changing_the_same_field_both_keep_a_conflict_to_decide(team_of_three):
    root, shared = team_of_three
    with open_member(root, "a") as a:
        case = add_case(a, case_named("Rosa", "Mérida Quintero", facility="Rodeo I"))
    for name in "abc":
        pass_of(root, name)
    with open_member(root, "a") as a:
        update_case(a, case, court="Tribunal 3.º de Control")
    with open_member(root, "b") as b:
        update_case(b, case, court="Tribunal 5.º de Juicio")
    pass_of(root, "a")
    pass_of(root, "b")         # b reads a's change on top of its own
    pass_of(root, "a")         # a reads b's change on top of its own
    for name, mine in (("a", "Tribunal 3.º de Control"), ("b", "Tribunal 5.º de Juicio")):
        with open_member(root, name):
            assert find_case(case).court == mine, name          # nobody's value was silently replaced
            waiting = [c for c in open_conflicts() if c["uuid"] == case]
            assert waiting and {f["field"] for f in waiting[0]["fields"]} == {"court"}, name


def test_repeated_passes_change_nothing_and_read_files_leave_the_folder(team_of_three):
    root, shared = team_of_three
    with open_member(root, "a") as a:
        add_case(a, case_named("Rosa", "Mérida Quintero"))
    for _ in range(2):
        for name in "abc":
            pass_of(root, name)
    before = {name: _snapshot(root, name) for name in "abc"}
    for name in "abc":
        report = pass_of(root, name)
        assert not report["sent"] and not report["received"], report
    assert before == {name: _snapshot(root, name) for name in "abc"}
    # Everything a sent was read by b and c and acknowledged: only the three acks remain.
    assert len(_folder_files(shared)) == 3


def _snapshot(root: Path, name: str):
    with open_member(root, name):
        return (Person.select().count(), DetentionCase.select().count(),
                sorted((c.uuid, c.court, c.status) for c in DetentionCase.select()))


def test_a_half_written_file_is_never_read_and_is_taken_when_whole(team_of_three):
    root, shared = team_of_three
    with open_member(root, "a") as a:
        case = add_case(a, case_named("Rosa", "Mérida Quintero"))
    pass_of(root, "a")
    message = next(p for p in _folder_files(shared) if _is_bundle_for(root, "b", p))
    whole = message.read_bytes()
    message.write_bytes(whole[: len(whole) // 2])            # a copy still under way
    report = pass_of(root, "b")
    assert not report["received"] and report["waiting"]
    with open_member(root, "b"):
        assert DetentionCase.get_or_none(DetentionCase.uuid == case) is None
    message.write_bytes(whole)
    report = pass_of(root, "b")
    assert report["received"] and report["received"][0]["created"] >= 2
    with open_member(root, "b"):
        assert find_case(case)


def _is_bundle_for(root: Path, name: str, path: Path) -> bool:
    with open_member(root, name):
        try:
            header, *_ = team._unseal(path.read_bytes())
        except (team._NotForUs, team._Unreadable):
            return False
    return header["kind"] == "bundle"


def test_files_from_a_stranger_and_from_a_removed_colleague_are_ignored_with_a_note(team_of_three, tmp_path):
    root, shared = team_of_three
    # A stranger who knows b's public key writes into the folder.
    with open_member(root, "b"):
        key_b = my_public_key("b")
    with create_vault(tmp_path / "x", PASSPHRASE, actor="Extraño") as x:
        add_colleague(x, key_b, verified_by="nadie")
        add_case(x, case_named("Falso", "Preso"))
        team.join(x, shared)
        team.sync_pass(x)
    report = pass_of(root, "b")
    assert [item["why"] for item in report["ignored"]] == ["not among your colleagues"]
    with open_member(root, "b"):
        assert DetentionCase.select().count() == 0
    # c leaves the team: a stops writing to c, and b ignores what c still writes.
    with open_member(root, "a") as a:
        team.remove(a, NAMES["c"])
        add_case(a, case_named("Rosa", "Mérida Quintero"))
    with open_member(root, "b") as b:
        team.remove(b, NAMES["c"])
    sent = pass_of(root, "a")
    assert sent["sent"] and all(NAMES["c"] not in item["to"] for item in sent["sent"])
    with open_member(root, "c") as c:
        add_case(c, case_named("Otro", "Caso"))
    pass_of(root, "c")
    report = pass_of(root, "b")
    assert any(item["why"] == "removed" for item in report["ignored"])
    with open_member(root, "b"):
        assert DetentionCase.select().count() == 1


def test_a_pass_killed_after_storing_its_message_loses_nothing(team_of_three, monkeypatch):
    root, shared = team_of_three
    with open_member(root, "a") as a:
        case = add_case(a, case_named("Rosa", "Mérida Quintero"))

    def killed(folder, message):
        raise KeyboardInterrupt        # the power goes after the vault stored the message, before the file

    monkeypatch.setattr(team, "_write_message", killed)
    with pytest.raises(KeyboardInterrupt):
        pass_of(root, "a")
    monkeypatch.undo()
    assert pass_of(root, "b")["received"] == []
    report = pass_of(root, "a")
    assert report["rewritten_files"] == 1 and not report["sent"]         # the stored message, written now
    pass_of(root, "b")
    with open_member(root, "b"):
        assert find_case(case)


def test_a_pass_killed_by_the_system_loses_nothing(team_of_three, tmp_path):
    """A real kill -9 in the middle of a pass of 300 cases, then a normal pass."""
    root, shared = team_of_three
    with open_member(root, "a") as a:
        for number in range(300):
            add_case(a, case_named("Persona", f"Número {number}", national_id=f"V-{20000000 + number}"))
    _pass_killed_by_the_system(root, "a", "original = team._write_message\n"
                                          "def write_then_die(folder, message):\n"
                                          "    original(folder, message); os._exit(9)\n"
                                          "team._write_message = write_then_die\n")
    pass_of(root, "a")
    for name in ("b", "c"):
        pass_of(root, name)
        with open_member(root, name):
            assert DetentionCase.select().count() == 300


def _pass_killed_by_the_system(root: Path, name: str, patch: str) -> None:
    """A pass of `name`'s vault in another process, killed as by `kill -9` (os._exit) where
    `patch` (code that replaces a function of services/team.py) says."""
    script = ("import os\nfrom casedesk.services import team\nfrom casedesk.storage.vault import open_vault\n"
              f"{patch}with open_vault({str(root / name)!r}, {PASSPHRASE!r}) as v:\n    team.sync_pass(v)\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=300,
                            env={**os.environ, "CASEDESK_TEST_ONLY_FAST_KDF": "1"})
    assert result.returncode == 9, result.stderr.decode()


@pytest.mark.parametrize("first", ["a", "b"])
def test_the_coordinator_counts_a_person_two_lawyers_reported_once(team_of_three, first):
    root, shared = team_of_three
    with open_member(root, "a") as a:
        add_case(a, case_named("Rosa", "Mérida Quintero", national_id="V-14555666", facility="Rodeo I"))
        add_case(a, case_named("Luis", "Parra", national_id="V-9876543"))
    with open_member(root, "b") as b:
        add_case(b, case_named("Rosa Elena", "Mérida", national_id="V-14555666", facility="Rodeo I"))
        add_case(b, case_named("Ana", "Colmenares", national_id="V-5554443"))
    second = "b" if first == "a" else "a"
    pass_of(root, first)
    same = pass_of(root, "c")["same_person"]
    pass_of(root, second)            # reads the first lawyer's cases, takes Rosa as its own, sends everything
    report = pass_of(root, "c")
    assert not report["refused"] and same + report["same_person"] == 1, report
    for name in "abc":
        with open_member(root, name):
            assert census_as_of(date(2026, 1, 1)).held == (3 if name in ("c", second) else 2), name
    with open_member(root, "c"):
        assert Person.select().count() == 3 and DetentionCase.select().count() == 4


def test_a_seized_laptop_s_old_key_is_refused_and_the_new_one_waits_for_a_fingerprint_check(team_of_three):
    root, shared = team_of_three
    with open_member(root, "a") as a:
        add_case(a, case_named("Rosa", "Mérida Quintero"))
    for name in "abc":
        pass_of(root, name)
    with open_member(root, "a") as a:
        result = team.rotate_keys(a, "seized")
        add_case(a, case_named("Luis", "Parra"))
    pass_of(root, "a")
    report = pass_of(root, "b")
    assert report["notices"] == [{"from": NAMES["a"], "reason": "seized", "old_fingerprint": result["old_fingerprint"],
                                  "new_fingerprint": result["new_fingerprint"], "verified": False}]
    with open_member(root, "b") as b:
        assert DetentionCase.select().count() == 1           # nothing from the new key before the check
        assert team.status()["unverified"] == [NAMES["a"]]
        from casedesk.services.bundles import mark_verified
        from casedesk.storage.models import Colleague
        mark_verified(b, Colleague.get(Colleague.fingerprint == result["new_fingerprint"]), "llamada al número de siempre")
    pass_of(root, "b")
    with open_member(root, "b"):
        assert DetentionCase.select().count() == 2


def test_a_scheduled_rotation_is_trusted_on_the_old_key_s_word(team_of_three):
    root, shared = team_of_three
    with open_member(root, "a") as a:
        team.rotate_keys(a, "rotated")
        add_case(a, case_named("Rosa", "Mérida Quintero"))
    pass_of(root, "a")
    report = pass_of(root, "b")
    assert report["notices"][0]["verified"] and report["received"]
    with open_member(root, "b"):
        assert DetentionCase.select().count() == 1
    # and b's answers reach a under a's new key
    with open_member(root, "b") as b:
        add_case(b, case_named("Luis", "Parra"))
    pass_of(root, "b")
    pass_of(root, "a")
    with open_member(root, "a"):
        assert DetentionCase.select().count() == 2


def test_a_release_from_the_team_still_needs_two_sources(team_of_three):
    root, shared = team_of_three
    with open_member(root, "a") as a:
        case = add_case(a, case_named("Rosa", "Mérida Quintero"))
    for name in "abc":
        pass_of(root, name)
    with open_member(root, "a") as a:
        add_event(a, case, NewEvent(EventKind.RELEASE_VERIFIED, parse_date("2026-01-08"), status=Status.RELEASED_CONDITIONAL,
                                    description="Excarcelada con medida cautelar"))
    pass_of(root, "a")
    pass_of(root, "b")
    with open_member(root, "b"):
        assert find_case(case).status == "detained"          # a claim to verify, not a release


def test_doctor_checks_the_folder(team_of_three):
    root, shared = team_of_three
    with open_member(root, "a") as a:
        findings = team.doctor(a)
    levels = {f["en"].split(":")[0]: f["level"] for f in findings}
    assert "problem" not in levels.values(), findings
    assert any("written" in f["en"] and f["level"] == "ok" for f in findings)
    with open_member(root, "a") as a:
        with pytest.raises(team.InvalidInput):
            team.join(a, root / "a" / "equipo")


def test_doctor_names_a_colleague_who_has_read_nothing_for_a_month(team_of_three):
    from datetime import datetime, timedelta, timezone

    from casedesk.storage.models import TeamOutbox
    root, _ = team_of_three
    with open_member(root, "a") as a:
        add_case(a, case_named("Rosa", "Mérida Quintero"))
    pass_of(root, "a")
    pass_of(root, "b")                                  # b reads (and says so); c is away
    pass_of(root, "a")
    with open_member(root, "a") as a:
        TeamOutbox.update(created_at=(datetime.now(timezone.utc) - timedelta(days=40)).isoformat()).execute()
        away = [f for f in team.doctor(a) if "has not read" in f["en"]]
        assert [f["level"] for f in away] == ["warning"] and away[0]["en"].startswith(f"{NAMES['c']} has not read "
                                                                                      "the team's files for 40 days")
        assert away[0]["es"].startswith(f"{NAMES['c']} no lee los archivos del equipo desde hace 40 días")
        team.remove(a, NAMES["c"])
        assert not [f for f in team.doctor(a) if "has not read" in f["en"]]


def test_a_conflict_decided_in_one_vault_settles_it_in_the_other(team_of_three):
    root, shared = team_of_three
    with open_member(root, "a") as a:
        case = add_case(a, case_named("Rosa", "Mérida Quintero"))
    for name in "abc":
        pass_of(root, name)
    with open_member(root, "a") as a:
        update_case(a, case, court="Tribunal 3.º de Control")
    with open_member(root, "b") as b:
        update_case(b, case, court="Tribunal 5.º de Juicio")
    for name in ("a", "b", "a"):
        pass_of(root, name)
    with open_member(root, "a") as a:
        from casedesk.services.bundles import resolve_conflict
        waiting = next(c for c in open_conflicts() if c["uuid"] == case)
        resolve_conflict(a, waiting["id"], {"court"})            # Ana takes Beto's court
    for name in ("a", "b", "c"):
        pass_of(root, name)
    for name in "abc":
        with open_member(root, name):
            assert find_case(case).court == "Tribunal 5.º de Juicio", name
            assert not [c for c in open_conflicts() if c["uuid"] == case], name


def test_keys_are_replaced_on_schedule_and_the_team_follows(team_of_three):
    root, shared = team_of_three
    with open_member(root, "a") as a:
        from casedesk.storage.models import VaultMeta
        row = VaultMeta.get(VaultMeta.key == "exchange_identity")
        identity = json.loads(row.value)
        identity["created_at"] = "2026-01-01T00:00:00Z"            # older than the 90 days of the schedule
        row.value = json.dumps(identity)
        row.save()
        old = my_public_key("").fingerprint
        add_case(a, case_named("Rosa", "Mérida Quintero"))
    report = pass_of(root, "a")
    assert report["rotated"]["old_fingerprint"] == old and report["rotated"]["reason"] == "rotated"
    with open_member(root, "a"):
        assert my_public_key("").fingerprint != old
    assert pass_of(root, "a").get("rotated") is None                 # not again until the next term
    got = pass_of(root, "b")
    assert got["received"] and got["notices"][0]["verified"]
    with open_member(root, "b") as b:
        add_case(b, case_named("Luis", "Parra"))
    pass_of(root, "b")
    pass_of(root, "a")
    with open_member(root, "a"):
        assert DetentionCase.select().count() == 2


def test_a_full_disk_mid_pass_gives_a_clear_message_and_the_next_pass_delivers(team_of_three, monkeypatch):
    import errno

    from casedesk.storage import header
    root, shared = team_of_three
    with open_member(root, "a") as a:
        case = add_case(a, case_named("Rosa", "Mérida Quintero"))

    def full(path, data):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(team, "write_atomically", full)
    with pytest.raises(team.InvalidInput) as refused:
        pass_of(root, "a")
    assert "Nothing is lost" in refused.value.en and "No se pierde nada" in refused.value.es
    monkeypatch.setattr(team, "write_atomically", header.write_atomically)
    assert pass_of(root, "a")["rewritten_files"] == 1
    pass_of(root, "b")
    with open_member(root, "b"):
        assert find_case(case)


def test_a_colleague_named_after_a_key_change_is_the_key_in_use(team_of_three):
    root, shared = team_of_three
    with open_member(root, "a") as a:
        result = team.rotate_keys(a, "seized")
    pass_of(root, "a")
    pass_of(root, "b")
    with open_member(root, "b") as b:
        assert team._find_colleague(NAMES["a"]).fingerprint == result["new_fingerprint"]
        assert team._find_colleague(result["old_fingerprint"][:9]).removed_at


def test_messages_imported_together_are_all_kept_or_all_read_again_after_a_kill(team_of_three, tmp_path):
    """Messages waiting are imported in batches (one commit for many): a kill -9 inside a batch
    leaves none of its cases and none of its evidence files behind, and the next pass takes
    every message once, evidence and all."""
    from casedesk.services.evidence import add_evidence, blob_store
    from casedesk.storage.blobs import EVIDENCE_FOLDER
    root, _ = team_of_three
    with open_member(root, "a") as a:
        team.set_policy(a, NAMES["b"], evidence=True)
    cases = []
    for number in range(3):                       # three passes of a: three messages wait for b
        with open_member(root, "a") as a:
            cases.append(add_case(a, case_named("Persona", f"Número {number}")))
            photo = tmp_path / f"foto-{number}.jpg"
            photo.write_bytes(os.urandom(2048))
            add_evidence(a, cases[-1], photo)
        pass_of(root, "a")
    _pass_killed_by_the_system(root, "b", "team._Batch.COMMIT_AFTER_S = 3600\n"   # one batch, however slow the machine
                                          "original, taken = team._take, []\n"
                                          "def take_then_die(*args):\n"
                                          "    outcome = original(*args); taken.append(outcome)\n"
                                          "    if len(taken) == 3: os._exit(9)\n"
                                          "    return outcome\n"
                                          "team._take = take_then_die\n")
    with open_member(root, "b") as b:
        assert DetentionCase.select().count() == 0
        assert list((root / "b" / EVIDENCE_FOLDER).glob("*")) == []       # files of the lost batch removed on opening
    report = pass_of(root, "b")
    assert len(report["received"]) == 3 and not report["refused"]
    assert not pass_of(root, "b")["received"]
    with open_member(root, "b") as b:
        assert DetentionCase.select().count() == 3
        store = blob_store(b)
        assert len(store.names()) == 3
        assert not [p for p in (root / "b" / EVIDENCE_FOLDER).iterdir() if p.name.startswith(".")]   # all settled
        for case in cases:
            (evidence,) = find_case(case).evidence
            assert len(store.read(evidence.blob_name)) == 2048


def _sharing_contacts(root: Path) -> None:
    for name in "abc":
        with open_member(root, name) as vault:
            for other in "abc":
                if other != name:
                    team.set_policy(vault, NAMES[other], contacts=True)


def _case_with_contact_and_visit(root: Path) -> tuple[str, str, str]:
    with open_member(root, "a") as a:
        case = add_case(a, case_named("Rosa", "Mérida Quintero", national_id="V-14555666",
                                       contacts=[NewContact("Carmen Quintero", relationship="madre", phones="0414")]))
        visit = add_event(a, case, NewEvent(EventKind.OTHER, parse_date("2025-02-01"), description="Visita"))
        contact = find_case(case).person.contacts[0].uuid
    for name in "abc":
        pass_of(root, name)
    return case, contact, visit


def _holds(root: Path, name: str, contact: str, visit: str) -> tuple[bool, bool]:
    with open_member(root, name):
        return (Contact.get_or_none(Contact.uuid == contact) is not None,
                Event.get_or_none(Event.uuid == visit) is not None)


def test_a_contact_or_event_deleted_in_one_vault_is_deleted_in_the_others(team_of_three):
    root, _ = team_of_three
    _sharing_contacts(root)
    case, contact, visit = _case_with_contact_and_visit(root)
    assert _holds(root, "b", contact, visit) == (True, True)
    with open_member(root, "a") as a:
        delete_contact(a, contact)               # the family asked to be taken off
        delete_event(a, visit)                   # entered in error
    assert pass_of(root, "a")["sent"][0]["deleted"] == 2
    for name in "bc":
        report = pass_of(root, name)
        assert report["received"] and not report["conflicts"], report
        assert _holds(root, name, contact, visit) == (False, False), name
        with open_member(root, name):
            (entry,) = AuditEntry.select().where((AuditEntry.entity_uuid == contact) & (AuditEntry.action == "delete"))
            assert entry.actor.startswith(NAMES[name]) and "bundle from" in entry.actor
            assert find_case(case)                      # the case itself stays
    for name in "abc":                                  # nothing echoes back, nothing comes back
        assert not any(item["deleted"] for item in pass_of(root, name)["sent"])
    for name in "abc":
        pass_of(root, name)
        assert _holds(root, name, contact, visit) == (False, False), name


def test_a_deleted_contact_carried_unchanged_by_a_colleague_does_not_come_back(team_of_three):
    root, _ = team_of_three
    _sharing_contacts(root)
    case, contact, visit = _case_with_contact_and_visit(root)
    with open_member(root, "a") as a:
        delete_contact(a, contact)
    pass_of(root, "a")
    pass_of(root, "b")
    with open_member(root, "c") as c:            # c, not yet told, changes the case: its bundle carries the contact
        add_event(c, case, NewEvent(EventKind.OTHER, parse_date("2025-03-01"), description="Otra visita"))
    pass_of(root, "c")
    for name in "abc":
        pass_of(root, name)
    for name in "abc":
        assert _holds(root, name, contact, visit)[0] is False, name
        with open_member(root, name):
            assert any(e.description == "Otra visita" for e in find_case(case).events)


def test_a_contact_changed_in_one_vault_while_deleted_in_another_is_kept(team_of_three):
    # A change and a deletion at once: nothing is lost. The change wins, everywhere, and the
    # vault that kept the record says so.
    root, _ = team_of_three
    _sharing_contacts(root)
    case, contact, visit = _case_with_contact_and_visit(root)
    with open_member(root, "a") as a:
        delete_contact(a, contact)
    with open_member(root, "b") as b:
        update_contact(b, contact, NewContact("Carmen Quintero", relationship="madre", phones="0416 5550199"))
    pass_of(root, "a")
    said = run_cli("team", "sync", str(root / "b"), lang="es_ES.UTF-8")
    assert "1 borrados" not in said and f"{NAMES['a']} borró un contacto ({contact}) que aquí se había cambiado" in said
    for name in "cab":
        pass_of(root, name)
    for name in "abc":
        with open_member(root, name):
            assert Contact.get(Contact.uuid == contact).phones == "0416 5550199", name


def test_a_case_deleted_whole_stays_in_colleagues_vaults(team_of_three):
    # Deleting cases is also how a lawyer carries fewer across a border: the team keeps them.
    root, _ = team_of_three
    case, contact, visit = _case_with_contact_and_visit(root)
    with open_member(root, "a") as a:
        delete_case(a, case)
    assert not any(item["deleted"] for item in pass_of(root, "a")["sent"])
    for name in "bc":
        pass_of(root, name)
        with open_member(root, name):
            assert find_case(case) and Event.get_or_none(Event.uuid == visit), name


def test_a_vault_restored_from_an_older_backup_gets_back_what_it_had_read(team_of_three):
    """b's laptop dies; b restores last week's backup into a new folder. The messages b had read
    since are gone from the folder (everyone read them), so b2 says it has read less than b did:
    colleagues send everything again, and b2's own new changes still reach them."""
    from casedesk.services.backups import make_backup, restore_backup
    from casedesk.storage.vault import open_vault
    root, _ = team_of_three
    with open_member(root, "a") as a:
        first = add_case(a, case_named("Rosa", "Mérida Quintero"))
    for name in "abc":
        pass_of(root, name)
    with open_member(root, "b") as b:
        backup = make_backup(b).folder
    with open_member(root, "a") as a:
        later = add_case(a, case_named("Luis", "Parra"))
    with open_member(root, "c") as c:
        from_c = add_case(c, case_named("Ana", "Colmenares"))
    for name in ("a", "c", "b", "a", "c"):       # b reads both; a and c see b's ack and tidy the folder
        pass_of(root, name)
    restore_backup(backup, root / "b2")
    with open_vault(root / "b2", PASSPHRASE, actor=NAMES["b"]) as b2:
        assert find_case(first) and DetentionCase.get_or_none(DetentionCase.uuid == later) is None
        after_restore = add_case(b2, case_named("Nueva", "Tras Restaurar"))
        team.sync_pass(b2)
        assert DetentionCase.get_or_none(DetentionCase.uuid == later) is None     # its message left the folder
    for name in ("a", "c"):
        pass_of(root, name)
    with open_vault(root / "b2", PASSPHRASE, actor=NAMES["b"]) as b2:
        team.sync_pass(b2)
        for case in (first, later, from_c):
            assert find_case(case), case
    for name in ("a", "c"):
        with open_member(root, name):
            assert find_case(after_restore), name
