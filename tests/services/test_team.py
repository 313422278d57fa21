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
from casedesk.services.cases import NewCase, NewContact, NewEvent, add_case, add_event, find_case, update_case
from casedesk.services.census import census_as_of
from casedesk.storage.models import Contact, DetentionCase, Person
from casedesk.storage.vault import create_vault, open_vault
from tests.conftest import PASSPHRASE

NAMES = {"a": "Abogada Ana", "b": "Abogado Beto", "c": "Coordinación"}


@pytest.fixture
def team_of_three(tmp_path):
    """Vaults a, b and c, each knowing the other two (fingerprints checked), all joined to one folder."""
    keys = {}
    for name in NAMES:
        with create_vault(tmp_path / name, PASSPHRASE, actor=NAMES[name]):
            keys[name] = my_public_key(NAMES[name])
    shared = tmp_path / "equipo"
    for name in NAMES:
        with _open(tmp_path, name) as vault:
            for other in NAMES:
                if other != name:
                    add_colleague(vault, keys[other], verified_by="llamada")
            team.join(vault, shared)
    return tmp_path, shared


def _open(root: Path, name: str):
    return open_vault(root / name, PASSPHRASE, actor=NAMES[name])


def _sync(root: Path, name: str) -> dict:
    with _open(root, name) as vault:
        return team.sync_pass(vault)


def _case_named(given: str, surnames: str, **fields) -> NewCase:
    return NewCase.named(f"{given} {surnames}", arrest_date=parse_date("2025-01-09"), **fields)


def _folder_files(shared: Path) -> list[Path]:
    return [path for path in shared.rglob("*") if path.is_file()]


def test_a_case_added_in_one_vault_reaches_the_other_two_and_back(team_of_three):
    root, shared = team_of_three
    with _open(root, "a") as a:
        case = add_case(a, _case_named("Rosa", "Mérida Quintero", national_id="V-14555666",
                                       facility="Rodeo I", notes="Nota interna de Ana"))
    sent = _sync(root, "a")
    assert sent["sent"] and sent["sent"][0]["cases"] == 1
    for name in ("b", "c"):
        got = _sync(root, name)
        assert got["received"][0]["created"] >= 2, got
        with _open(root, name):
            assert find_case(case).person.national_id == "V-14555666"
    # b records a hearing; a and c see it after their next pass.
    with _open(root, "b") as b:
        add_event(b, case, NewEvent(EventKind.TRANSFER, parse_date("2025-03-01"), description="Traslado a Tocorón"))
    _sync(root, "b")
    for name in ("a", "c"):
        _sync(root, name)
        with _open(root, name):
            assert any(e.description == "Traslado a Tocorón" for e in find_case(case).events)


def test_the_folder_reveals_no_names_and_sizes_fall_in_buckets(team_of_three):
    root, shared = team_of_three
    with _open(root, "a") as a:
        add_case(a, _case_named("Rosa", "Mérida Quintero", national_id="V-14555666", facility="Rodeo I",
                                contacts=[NewContact("Carmen Quintero", relationship="madre", phones="+58 412 5550101")]))
    _sync(root, "a")
    _sync(root, "b")
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
    with _open(root, "a") as a:
        case = add_case(a, _case_named("Rosa", "Mérida Quintero", national_id="V-14555666",
                                       contacts=[NewContact("Carmen Quintero", relationship="madre", phones="0414")]))
        team.set_policy(a, NAMES["c"], contacts=True)
    _sync(root, "a")
    _sync(root, "b")
    _sync(root, "c")
    with _open(root, "b"):
        assert find_case(case) and Contact.select().count() == 0
    with _open(root, "c"):
        assert Contact.select().count() == 1


def test_a_filtered_policy_sends_only_the_cases_it_covers(team_of_three):
    root, shared = team_of_three
    with _open(root, "a") as a:
        zulia = add_case(a, _case_named("Luis", "Parra", arrest_state="Zulia"))
        lara = add_case(a, _case_named("Ana", "Colmenares", arrest_state="Lara"))
        team.set_policy(a, NAMES["b"], cases_filter={"state": ["zulia"]})
    _sync(root, "a")
    _sync(root, "b")
    with _open(root, "b"):
        assert DetentionCase.get_or_none(DetentionCase.uuid == zulia)
        assert DetentionCase.get_or_none(DetentionCase.uuid == lara) is None


def test_two_lawyers_changing_the_same_field_both_keep_a_conflict_to_decide(team_of_three):
    root, shared = team_of_three
    with _open(root, "a") as a:
        case = add_case(a, _case_named("Rosa", "Mérida Quintero", facility="Rodeo I"))
    for name in "abc":
        _sync(root, name)
    with _open(root, "a") as a:
        update_case(a, case, court="Tribunal 3.º de Control")
    with _open(root, "b") as b:
        update_case(b, case, court="Tribunal 5.º de Juicio")
    _sync(root, "a")
    _sync(root, "b")         # b reads a's change on top of its own
    _sync(root, "a")         # a reads b's change on top of its own
    for name, mine in (("a", "Tribunal 3.º de Control"), ("b", "Tribunal 5.º de Juicio")):
        with _open(root, name):
            assert find_case(case).court == mine, name          # nobody's value was silently replaced
            waiting = [c for c in open_conflicts() if c["uuid"] == case]
            assert waiting and {f["field"] for f in waiting[0]["fields"]} == {"court"}, name


def test_repeated_passes_change_nothing_and_read_files_leave_the_folder(team_of_three):
    root, shared = team_of_three
    with _open(root, "a") as a:
        add_case(a, _case_named("Rosa", "Mérida Quintero"))
    for _ in range(2):
        for name in "abc":
            _sync(root, name)
    before = {name: _snapshot(root, name) for name in "abc"}
    for name in "abc":
        report = _sync(root, name)
        assert not report["sent"] and not report["received"], report
    assert before == {name: _snapshot(root, name) for name in "abc"}
    # Everything a sent was read by b and c and acknowledged: only the three acks remain.
    assert len(_folder_files(shared)) == 3


def _snapshot(root: Path, name: str):
    with _open(root, name):
        return (Person.select().count(), DetentionCase.select().count(),
                sorted((c.uuid, c.court, c.status) for c in DetentionCase.select()))


def test_a_half_written_file_is_never_read_and_is_taken_when_whole(team_of_three):
    root, shared = team_of_three
    with _open(root, "a") as a:
        case = add_case(a, _case_named("Rosa", "Mérida Quintero"))
    _sync(root, "a")
    message = next(p for p in _folder_files(shared) if _is_bundle_for(root, "b", p))
    whole = message.read_bytes()
    message.write_bytes(whole[: len(whole) // 2])            # a copy still under way
    report = _sync(root, "b")
    assert not report["received"] and report["waiting"]
    with _open(root, "b"):
        assert DetentionCase.get_or_none(DetentionCase.uuid == case) is None
    message.write_bytes(whole)
    report = _sync(root, "b")
    assert report["received"] and report["received"][0]["created"] >= 2
    with _open(root, "b"):
        assert find_case(case)


def _is_bundle_for(root: Path, name: str, path: Path) -> bool:
    with _open(root, name):
        try:
            header, *_ = team._unseal(path.read_bytes())
        except (team._NotForUs, team._Unreadable):
            return False
    return header["kind"] == "bundle"


def test_files_from_a_stranger_and_from_a_removed_colleague_are_ignored_with_a_note(team_of_three, tmp_path):
    root, shared = team_of_three
    # A stranger who knows b's public key writes into the folder.
    with _open(root, "b"):
        key_b = my_public_key("b")
    with create_vault(tmp_path / "x", PASSPHRASE, actor="Extraño") as x:
        add_colleague(x, key_b, verified_by="nadie")
        add_case(x, _case_named("Falso", "Preso"))
        team.join(x, shared)
        team.sync_pass(x)
    report = _sync(root, "b")
    assert [item["why"] for item in report["ignored"]] == ["not among your colleagues"]
    with _open(root, "b"):
        assert DetentionCase.select().count() == 0
    # c leaves the team: a stops writing to c, and b ignores what c still writes.
    with _open(root, "a") as a:
        team.remove(a, NAMES["c"])
        add_case(a, _case_named("Rosa", "Mérida Quintero"))
    with _open(root, "b") as b:
        team.remove(b, NAMES["c"])
    sent = _sync(root, "a")
    assert sent["sent"] and all(NAMES["c"] not in item["to"] for item in sent["sent"])
    with _open(root, "c") as c:
        add_case(c, _case_named("Otro", "Caso"))
    _sync(root, "c")
    report = _sync(root, "b")
    assert any(item["why"] == "removed" for item in report["ignored"])
    with _open(root, "b"):
        assert DetentionCase.select().count() == 1


def test_a_pass_killed_after_storing_its_message_loses_nothing(team_of_three, monkeypatch):
    root, shared = team_of_three
    with _open(root, "a") as a:
        case = add_case(a, _case_named("Rosa", "Mérida Quintero"))

    def killed(folder, message):
        raise KeyboardInterrupt        # the power goes after the vault stored the message, before the file

    monkeypatch.setattr(team, "_write_message", killed)
    with pytest.raises(KeyboardInterrupt):
        _sync(root, "a")
    monkeypatch.undo()
    assert _sync(root, "b")["received"] == []
    report = _sync(root, "a")
    assert report["rewritten_files"] == 1 and not report["sent"]         # the stored message, written now
    _sync(root, "b")
    with _open(root, "b"):
        assert find_case(case)


def test_a_pass_killed_by_the_system_loses_nothing(team_of_three, tmp_path):
    """A real kill -9 in the middle of a pass of 300 cases, then a normal pass."""
    root, shared = team_of_three
    with _open(root, "a") as a:
        for number in range(300):
            add_case(a, _case_named("Persona", f"Número {number}", national_id=f"V-{20000000 + number}"))
    script = (f"import os, sys; os.environ['CASEDESK_TEST_ONLY_FAST_KDF'] = '1'\n"
              f"from casedesk.services import team\nfrom casedesk.storage.vault import open_vault\n"
              f"original = team._write_message\n"
              f"def write_then_die(folder, message):\n    original(folder, message); os._exit(9)\n"
              f"team._write_message = write_then_die\n"
              f"with open_vault({str(root / 'a')!r}, {PASSPHRASE!r}) as v:\n    team.sync_pass(v)\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=300,
                            env={**os.environ, "CASEDESK_TEST_ONLY_FAST_KDF": "1"})
    assert result.returncode == 9, result.stderr.decode()
    _sync(root, "a")
    for name in ("b", "c"):
        _sync(root, name)
        with _open(root, name):
            assert DetentionCase.select().count() == 300


@pytest.mark.parametrize("first", ["a", "b"])
def test_the_coordinator_counts_a_person_two_lawyers_reported_once(team_of_three, first):
    root, shared = team_of_three
    with _open(root, "a") as a:
        add_case(a, _case_named("Rosa", "Mérida Quintero", national_id="V-14555666", facility="Rodeo I"))
        add_case(a, _case_named("Luis", "Parra", national_id="V-9876543"))
    with _open(root, "b") as b:
        add_case(b, _case_named("Rosa Elena", "Mérida", national_id="V-14555666", facility="Rodeo I"))
        add_case(b, _case_named("Ana", "Colmenares", national_id="V-5554443"))
    second = "b" if first == "a" else "a"
    _sync(root, first)
    same = _sync(root, "c")["same_person"]
    _sync(root, second)            # reads the first lawyer's cases, takes Rosa as its own, sends everything
    report = _sync(root, "c")
    assert not report["refused"] and same + report["same_person"] == 1, report
    for name in "abc":
        with _open(root, name):
            assert census_as_of(date(2026, 1, 1)).held == (3 if name in ("c", second) else 2), name
    with _open(root, "c"):
        assert Person.select().count() == 3 and DetentionCase.select().count() == 4


def test_a_seized_laptop_s_old_key_is_refused_and_the_new_one_waits_for_a_fingerprint_check(team_of_three):
    root, shared = team_of_three
    with _open(root, "a") as a:
        add_case(a, _case_named("Rosa", "Mérida Quintero"))
    for name in "abc":
        _sync(root, name)
    with _open(root, "a") as a:
        result = team.rotate_keys(a, "seized")
        add_case(a, _case_named("Luis", "Parra"))
    _sync(root, "a")
    report = _sync(root, "b")
    assert report["notices"] == [{"from": NAMES["a"], "reason": "seized", "old_fingerprint": result["old_fingerprint"],
                                  "new_fingerprint": result["new_fingerprint"], "verified": False}]
    with _open(root, "b") as b:
        assert DetentionCase.select().count() == 1           # nothing from the new key before the check
        assert team.status()["unverified"] == [NAMES["a"]]
        from casedesk.services.bundles import mark_verified
        from casedesk.storage.models import Colleague
        mark_verified(b, Colleague.get(Colleague.fingerprint == result["new_fingerprint"]), "llamada al número de siempre")
    _sync(root, "b")
    with _open(root, "b"):
        assert DetentionCase.select().count() == 2


def test_a_scheduled_rotation_is_trusted_on_the_old_key_s_word(team_of_three):
    root, shared = team_of_three
    with _open(root, "a") as a:
        team.rotate_keys(a, "rotated")
        add_case(a, _case_named("Rosa", "Mérida Quintero"))
    _sync(root, "a")
    report = _sync(root, "b")
    assert report["notices"][0]["verified"] and report["received"]
    with _open(root, "b"):
        assert DetentionCase.select().count() == 1
    # and b's answers reach a under a's new key
    with _open(root, "b") as b:
        add_case(b, _case_named("Luis", "Parra"))
    _sync(root, "b")
    _sync(root, "a")
    with _open(root, "a"):
        assert DetentionCase.select().count() == 2


def test_a_release_from_the_team_still_needs_two_sources(team_of_three):
    root, shared = team_of_three
    with _open(root, "a") as a:
        case = add_case(a, _case_named("Rosa", "Mérida Quintero"))
    for name in "abc":
        _sync(root, name)
    with _open(root, "a") as a:
        add_event(a, case, NewEvent(EventKind.RELEASE_VERIFIED, parse_date("2026-01-08"), status=Status.RELEASED_CONDITIONAL,
                                    description="Excarcelada con medida cautelar"))
    _sync(root, "a")
    _sync(root, "b")
    with _open(root, "b"):
        assert find_case(case).status == "detained"          # a claim to verify, not a release


def test_doctor_checks_the_folder(team_of_three):
    root, shared = team_of_three
    with _open(root, "a") as a:
        findings = team.doctor(a)
    levels = {f["en"].split(":")[0]: f["level"] for f in findings}
    assert "problem" not in levels.values(), findings
    assert any("written" in f["en"] and f["level"] == "ok" for f in findings)
    with _open(root, "a") as a:
        with pytest.raises(team.InvalidInput):
            team.join(a, root / "a" / "equipo")


def test_a_conflict_decided_in_one_vault_settles_it_in_the_other(team_of_three):
    root, shared = team_of_three
    with _open(root, "a") as a:
        case = add_case(a, _case_named("Rosa", "Mérida Quintero"))
    for name in "abc":
        _sync(root, name)
    with _open(root, "a") as a:
        update_case(a, case, court="Tribunal 3.º de Control")
    with _open(root, "b") as b:
        update_case(b, case, court="Tribunal 5.º de Juicio")
    for name in ("a", "b", "a"):
        _sync(root, name)
    with _open(root, "a") as a:
        from casedesk.services.bundles import resolve_conflict
        waiting = next(c for c in open_conflicts() if c["uuid"] == case)
        resolve_conflict(a, waiting["id"], {"court"})            # Ana takes Beto's court
    for name in ("a", "b", "c"):
        _sync(root, name)
    for name in "abc":
        with _open(root, name):
            assert find_case(case).court == "Tribunal 5.º de Juicio", name
            assert not [c for c in open_conflicts() if c["uuid"] == case], name


def test_keys_are_replaced_on_schedule_and_the_team_follows(team_of_three):
    root, shared = team_of_three
    with _open(root, "a") as a:
        from casedesk.storage.models import VaultMeta
        row = VaultMeta.get(VaultMeta.key == "exchange_identity")
        identity = json.loads(row.value)
        identity["created_at"] = "2026-01-01T00:00:00Z"            # older than the 90 days of the schedule
        row.value = json.dumps(identity)
        row.save()
        old = my_public_key("").fingerprint
        add_case(a, _case_named("Rosa", "Mérida Quintero"))
    report = _sync(root, "a")
    assert report["rotated"]["old_fingerprint"] == old and report["rotated"]["reason"] == "rotated"
    with _open(root, "a"):
        assert my_public_key("").fingerprint != old
    assert _sync(root, "a").get("rotated") is None                 # not again until the next term
    got = _sync(root, "b")
    assert got["received"] and got["notices"][0]["verified"]
    with _open(root, "b") as b:
        add_case(b, _case_named("Luis", "Parra"))
    _sync(root, "b")
    _sync(root, "a")
    with _open(root, "a"):
        assert DetentionCase.select().count() == 2


def test_a_full_disk_mid_pass_gives_a_clear_message_and_the_next_pass_delivers(team_of_three, monkeypatch):
    import errno

    from casedesk.storage import header
    root, shared = team_of_three
    with _open(root, "a") as a:
        case = add_case(a, _case_named("Rosa", "Mérida Quintero"))

    def full(path, data):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(team, "write_atomically", full)
    with pytest.raises(team.InvalidInput) as refused:
        _sync(root, "a")
    assert "Nothing is lost" in refused.value.en and "No se pierde nada" in refused.value.es
    monkeypatch.setattr(team, "write_atomically", header.write_atomically)
    assert _sync(root, "a")["rewritten_files"] == 1
    _sync(root, "b")
    with _open(root, "b"):
        assert find_case(case)
