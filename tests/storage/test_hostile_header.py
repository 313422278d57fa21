"""vault.json edited by hand or by an adversary (issue 14, finding 5).

Each test writes real bytes into a real vault's header and opens it as a user would. A header
that is not exactly what CaseDesk writes counts as damaged: the intact `vault.json.bak` opens the
vault, the damaged file is rewritten from it, and the user is told. Key derivation never runs
with parameters past the limits in `casedesk/limits.py`.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from casedesk import limits
from casedesk.domain.errors import VaultDamaged, VaultTooNew, WrongPassphrase
from casedesk.services.cases import NewCase, add_case, find_case
from casedesk.storage import keys
from casedesk.storage.header import HEADER_BACKUP_FILE, HEADER_FILE, VaultHeader
from casedesk.storage.vault import change_passphrase, open_vault
from tests.conftest import PASSPHRASE

OTHER = "otra frase de paso bastante larga"


def checksum(body: dict) -> str:
    """The header checksum as resources/vault-format.md §2 defines it (an adversary can compute it)."""
    return hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":")).encode("ascii")).hexdigest()


def crafted(body: dict) -> bytes:
    """`body` with a correct checksum, serialised as CaseDesk would (floats such as Infinity included)."""
    body = {name: value for name, value in body.items() if name != "checksum"}
    body["checksum"] = checksum(body)
    return (json.dumps(body, indent=2, sort_keys=True) + "\n").encode("ascii")


@pytest.fixture
def closed(vault, vault_dir):
    """A closed vault with one case; returns (folder, case id, the intact header bytes)."""
    case = add_case(vault, NewCase.named("Ana Pérez"))
    vault.lock()
    intact = (vault_dir / HEADER_FILE).read_bytes()
    assert (vault_dir / HEADER_BACKUP_FILE).read_bytes() == intact
    return vault_dir, case, intact


def body_of(raw: bytes) -> dict:
    return json.loads(raw)


def _with_slot(raw: bytes, **changes) -> bytes:
    body = body_of(raw)
    slot = body["slots"][0]
    for name, value in changes.items():
        if name in slot["kdf"]:
            slot["kdf"][name] = value
        else:
            slot[name] = value
    return crafted(body)


HOSTILE = {
    "memory_kib Infinity": lambda raw: _with_slot(raw, memory_kib=float("inf")),
    "memory_kib NaN": lambda raw: _with_slot(raw, memory_kib=float("nan")),
    "memory_kib 1e400 as text": lambda raw: raw.replace(b'"memory_kib": 1024', b'"memory_kib": 1e400'),
    "iterations a float": lambda raw: _with_slot(raw, iterations=1.0),
    "iterations true": lambda raw: _with_slot(raw, iterations=True),
    "a 2-byte nonce": lambda raw: _with_slot(raw, nonce=base64.b64encode(b"\0\0").decode()),
    "a 100-byte nonce": lambda raw: _with_slot(raw, nonce=base64.b64encode(b"\0" * 100).decode()),
    "a short wrapped key": lambda raw: _with_slot(raw, wrapped_key=base64.b64encode(b"\0" * 20).decode()),
    "a nonce that is not base64": lambda raw: _with_slot(raw, nonce="not base64!!"),
    "a nonce as a number": lambda raw: _with_slot(raw, nonce=12),
    "a 4-byte salt": lambda raw: _with_slot(raw, salt=base64.b64encode(b"salt").decode()),
    "empty slots": lambda raw: crafted({**body_of(raw), "slots": []}),
    "slots as an object": lambda raw: crafted({**body_of(raw), "slots": {}}),
    "only a recovery slot": lambda raw: _with_slot(raw, slot_id="recovery"),
    "the passphrase slot twice": lambda raw: crafted({**body_of(raw), "slots": body_of(raw)["slots"] * 2}),
    "an unknown member": lambda raw: crafted({**body_of(raw), "extra": "x"}),
    "an unknown slot member": lambda raw: _with_slot(raw, extra=1),
    "format_version 1e400": lambda raw: raw.replace(b'"format_version": 1', b'"format_version": 1e400'),
    "format_version 0": lambda raw: crafted({**body_of(raw), "format_version": 0}),
    "format_version true": lambda raw: crafted({**body_of(raw), "format_version": True}),
    "vault_id not a uuid": lambda raw: crafted({**body_of(raw), "vault_id": "x" * 5000}),
    "a 100k-deep nested file": lambda raw: b"[" * 100_000 + b"]" * 100_000,
    "a 30k-deep nesting under the size limit": lambda raw: b'{"a":' * 10_000 + b"1" + b"}" * 10_000,
    "deep nesting inside a slot": lambda raw: _with_slot(raw, kdf=json.loads("[" * 300 + "]" * 300)),
    "a 10 MB file": lambda raw: raw[:-2] + b" " * (10 * 1024 * 1024) + b"}\n",
    "not UTF-8": lambda raw: b"\xff\xfe" + raw,
    "empty": lambda raw: b"",
    "JSON null": lambda raw: b"null",
    "a JSON string": lambda raw: b'"casedesk-vault"',
    "a flipped checksum": lambda raw: raw.replace(b'"checksum": "', b'"checksum": "0', 1)[:-1],
}


@pytest.mark.parametrize("damage", list(HOSTILE), ids=list(HOSTILE))
def test_a_crafted_header_falls_back_to_its_intact_copy_and_is_repaired(closed, damage):
    folder, case, intact = closed
    (folder / HEADER_FILE).write_bytes(HOSTILE[damage](intact))
    with open_vault(folder, PASSPHRASE) as reopened:
        assert find_case(case).person.given_names == "Ana"
        assert any(HEADER_FILE in notice[0] for notice in reopened.notices), reopened.notices
    assert (folder / HEADER_FILE).read_bytes() == intact                 # repaired, byte for byte
    assert (folder / HEADER_BACKUP_FILE).read_bytes() == intact
    if os.name == "posix":
        assert (folder / HEADER_FILE).stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("damage", list(HOSTILE), ids=list(HOSTILE))
def test_the_parser_answers_every_crafted_header_with_damage(closed, damage):
    _folder, _case, intact = closed
    with pytest.raises(VaultDamaged) as damaged:
        VaultHeader.from_bytes(HOSTILE[damage](intact))
    assert HEADER_FILE in damaged.value.message("en") and HEADER_FILE in damaged.value.message("es")


@pytest.mark.parametrize("damage", ["empty slots", "a 2-byte nonce", "memory_kib Infinity"])
def test_both_headers_crafted_is_damage_never_a_wrong_passphrase(closed, damage):
    folder, _case, intact = closed
    for name in (HEADER_FILE, HEADER_BACKUP_FILE):
        (folder / name).write_bytes(HOSTILE[damage](intact))
    with pytest.raises(VaultDamaged):
        open_vault(folder, PASSPHRASE)
    assert (folder / HEADER_FILE).read_bytes() == HOSTILE[damage](intact)    # nothing rewritten


def test_a_damaged_copy_is_repaired_from_the_header(closed):
    folder, case, intact = closed
    (folder / HEADER_BACKUP_FILE).write_bytes(b"{ damaged")
    with open_vault(folder, PASSPHRASE) as reopened:
        assert any(HEADER_BACKUP_FILE in notice[0] for notice in reopened.notices)
    assert (folder / HEADER_BACKUP_FILE).read_bytes() == intact


def test_a_damaged_header_is_not_rewritten_by_a_read_only_rescue(closed):
    folder, _case, _intact = closed
    (folder / HEADER_FILE).write_bytes(b"{ damaged")
    with open_vault(folder, PASSPHRASE, read_only=True) as rescued:
        assert any(HEADER_FILE in notice[0] for notice in rescued.notices)
    assert (folder / HEADER_FILE).read_bytes() == b"{ damaged"


def test_a_header_edited_with_a_correct_checksum_falls_back_to_its_copy(closed):
    """A changed salt (in range, checksum recomputed) makes the passphrase fail on vault.json;
    the copy opens, and vault.json is put back."""
    folder, case, intact = closed
    (folder / HEADER_FILE).write_bytes(_with_slot(intact, salt=base64.b64encode(b"\1" * 16).decode()))
    with open_vault(folder, PASSPHRASE) as reopened:
        assert find_case(case)
        assert reopened.notices
    assert (folder / HEADER_FILE).read_bytes() == intact


def test_a_wrong_passphrase_still_reads_as_wrong_and_changes_nothing(closed):
    folder, _case, intact = closed
    (folder / HEADER_FILE).write_bytes(b"{ damaged")
    with pytest.raises(WrongPassphrase):
        open_vault(folder, "not the passphrase at all")
    assert (folder / HEADER_FILE).read_bytes() == b"{ damaged"


@pytest.mark.parametrize("memory_kib, iterations, parallelism", [
    (4 * 1024 * 1024, 64, 4),                 # 4 GiB x 64 passes: minutes of work before the fix
    (limits.KDF_MEMORY_KIB_MAX + 1024, 1, 4),
    (1024 * 1024, 9, 4),                      # each in range, but 9 GiB-passes of work together
    (256 * 1024, 33, 4),
    (64 * 1024, limits.KDF_ITERATIONS_MAX + 1, 4),
    (64 * 1024, 3, limits.KDF_PARALLELISM_MAX + 1),
    (8, 3, 4),                                # below Argon2's own minimum of 8 KiB per lane
])
def test_hostile_but_well_formed_parameters_never_reach_the_key_derivation(closed, monkeypatch, memory_kib,
                                                                            iterations, parallelism):
    folder, case, intact = closed
    costs = []
    real = keys.hash_secret_raw

    def measured(**arguments):
        costs.append((arguments["memory_cost"], arguments["time_cost"], arguments["parallelism"]))
        return real(**arguments)

    monkeypatch.setattr(keys, "hash_secret_raw", measured)
    for name in (HEADER_FILE, HEADER_BACKUP_FILE):
        (folder / name).write_bytes(_with_slot(intact, memory_kib=memory_kib, iterations=iterations,
                                               parallelism=parallelism))
    with pytest.raises(VaultDamaged) as damaged:
        open_vault(folder, PASSPHRASE)
    assert costs == []
    assert "limit" in damaged.value.message("en") and "límite" in damaged.value.message("es")


def test_the_most_expensive_parameters_accepted_are_bounded(closed):
    """What one unlock can cost at worst: 1 GiB of memory and 8 GiB-passes of Argon2id."""
    worst_memory = limits.KDF_MEMORY_KIB_MAX
    assert worst_memory <= 1024 * 1024
    assert limits.KDF_WORK_MAX_KIB_PASSES <= 8 * 1024 * 1024
    _folder, _case, intact = closed
    at_the_limit = _with_slot(intact, memory_kib=worst_memory,
                              iterations=limits.KDF_WORK_MAX_KIB_PASSES // worst_memory)
    header = VaultHeader.from_bytes(at_the_limit)             # accepted: the limit itself is allowed
    assert header.slot("passphrase").kdf.memory_kib == worst_memory


def test_calibration_never_writes_what_reading_would_refuse(monkeypatch):
    for seconds_per_derivation in (1e-6, 0.01, 0.2, 5.0):
        monkeypatch.setattr(keys, "_time_derivation", lambda memory, iterations: seconds_per_derivation)
        memory, iterations = keys.calibrate()
        params = keys.KdfParameters(memory, iterations, keys.MIN_PARALLELISM, b"\0" * 16)
        assert keys.KdfParameters.from_json(params.to_json()) == params
        # with room to spare: twice the work and four times the memory still read
        assert memory * iterations * 2 <= limits.KDF_WORK_MAX_KIB_PASSES
        assert memory * 4 <= limits.KDF_MEMORY_KIB_MAX


def test_every_header_an_earlier_casedesk_could_write_still_reads(closed):
    """Before the limits, calibration wrote 256 MiB and as many passes as fit in 0.75 s (at most 64;
    more than 32 needs over 10 GiB-passes a second), or down to 64 MiB x 3 on a slow machine."""
    _folder, _case, intact = closed
    for memory_kib, iterations in ((256 * 1024, 32), (128 * 1024, 3), (64 * 1024, 3)):
        VaultHeader.from_bytes(_with_slot(intact, memory_kib=memory_kib, iterations=iterations, parallelism=4))


def test_a_newer_format_is_refused_only_when_its_checksum_holds(closed):
    folder, _case, intact = closed
    newer = crafted({**body_of(intact), "format_version": 2, "something_new": [1]})
    with pytest.raises(VaultTooNew):
        VaultHeader.from_bytes(newer)
    flipped = intact.replace(b'"format_version": 1', b'"format_version": 2')   # a flipped digit, checksum stale
    with pytest.raises(VaultDamaged):
        VaultHeader.from_bytes(flipped)
    (folder / HEADER_FILE).write_bytes(flipped)
    open_vault(folder, PASSPHRASE).lock()                      # damage, so the copy opens it


def _cli(folder: Path, *args: str, env_changes: dict[str, str | None] | None = None,
         passphrase: str = PASSPHRASE) -> subprocess.CompletedProcess:
    env = {**os.environ, "CASEDESK_PASSPHRASE": passphrase, "LANG": "en_US.UTF-8", "LC_ALL": "en_US.UTF-8"}
    for name, value in (env_changes or {}).items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return subprocess.run([sys.executable, "-m", "casedesk", *args], capture_output=True, text=True, env=env,
                          stdin=subprocess.DEVNULL, timeout=120)


@pytest.mark.parametrize("damage", ["memory_kib Infinity", "a 100k-deep nested file", "a 2-byte nonce",
                                    "empty slots"])
def test_the_command_line_opens_through_the_copy_and_says_it_repaired_the_header(closed, damage):
    folder, _case, intact = closed
    (folder / HEADER_FILE).write_bytes(HOSTILE[damage](intact))
    result = _cli(folder, "status", str(folder))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "nexpected" not in result.stderr
    assert "vault.json" in result.stderr and "restored" in result.stderr
    assert (folder / HEADER_FILE).read_bytes() == intact


def test_the_command_line_names_a_header_damaged_beyond_repair(closed):
    folder, _case, intact = closed
    for name in (HEADER_FILE, HEADER_BACKUP_FILE):
        (folder / name).write_bytes(HOSTILE["a 2-byte nonce"](intact))
    result = _cli(folder, "status", str(folder))
    assert result.returncode == 4 and "vault.json" in result.stderr and "Traceback" not in result.stderr


def test_a_vault_made_with_the_test_only_key_derivation_does_not_open_for_real_use(closed):
    """The test suite's cheap parameters (1 MiB, 1 pass) would make a passphrase quick to guess:
    without the test-only switch such a vault is refused with a message that says how to fix it."""
    folder, _case, _intact = closed
    refused = _cli(folder, "status", str(folder), env_changes={keys.TEST_ONLY_FAST_KDF_ENV: None})
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
    assert "test-only" in refused.stderr and "casedesk passwd" in refused.stderr
    assert _cli(folder, "status", str(folder)).returncode == 0           # with the switch, as in tests


@pytest.mark.slow
def test_changing_the_passphrase_without_the_switch_gives_full_strength_key_derivation(closed):
    folder, case, _intact = closed
    changed = _cli(folder, "passwd", str(folder),
                   env_changes={keys.TEST_ONLY_FAST_KDF_ENV: None, "CASEDESK_NEW_PASSPHRASE": OTHER})
    assert changed.returncode == 0, changed.stderr
    slot = json.loads((folder / HEADER_FILE).read_text())["slots"][0]["kdf"]
    assert slot["memory_kib"] >= keys.MIN_MEMORY_KIB and slot["iterations"] >= keys.MIN_ITERATIONS
    reopened = _cli(folder, "status", str(folder), env_changes={keys.TEST_ONLY_FAST_KDF_ENV: None},
                    passphrase=OTHER)
    assert reopened.returncode == 0, reopened.stderr


def test_in_tests_the_switch_opens_a_test_only_vault_directly(closed):
    folder, case, _intact = closed
    with open_vault(folder, PASSPHRASE):
        assert find_case(case)


def test_a_passphrase_change_rewraps_the_headers_kept_in_the_vaults_backups(vault, vault_dir, tmp_path):
    """The backups' copies of vault.json used to open the current database with the old passphrase:
    with vault.json and its copy deleted, CaseDesk itself fell back to them."""
    from casedesk.services.backups import make_backup, restore_backup
    add_case(vault, NewCase.named("Ana Pérez"))
    kept = make_backup(vault)
    elsewhere = make_backup(vault, to=tmp_path / "usb")
    change_passphrase(vault, PASSPHRASE, OTHER)
    vault.lock()
    assert VaultHeader.from_bytes((kept.folder / HEADER_FILE).read_bytes()).unlock("passphrase", PASSPHRASE) is None
    assert VaultHeader.from_bytes((kept.folder / HEADER_FILE).read_bytes()).unlock("passphrase", OTHER)
    (vault_dir / HEADER_FILE).unlink()
    (vault_dir / HEADER_BACKUP_FILE).unlink()
    with pytest.raises(WrongPassphrase):
        open_vault(vault_dir, PASSPHRASE)                     # the old passphrase opens nothing here
    open_vault(vault_dir, OTHER).lock()
    with pytest.raises(WrongPassphrase):
        open_vault(restore_backup(kept.folder, tmp_path / "restored"), PASSPHRASE)
    # A backup made to another folder is out of reach: it still opens with the old passphrase.
    open_vault(restore_backup(elsewhere.folder, tmp_path / "from-usb"), PASSPHRASE).lock()


def test_with_both_headers_unusable_the_backups_copy_opens_and_restores_them(vault, vault_dir):
    from casedesk.services.backups import make_backup
    case = add_case(vault, NewCase.named("Ana Pérez"))
    backup = make_backup(vault)
    intact = (vault_dir / HEADER_FILE).read_bytes()
    vault.lock()
    (vault_dir / HEADER_FILE).unlink()
    (vault_dir / HEADER_BACKUP_FILE).write_bytes(HOSTILE["a 2-byte nonce"](intact))
    with open_vault(vault_dir, PASSPHRASE) as reopened:
        assert find_case(case)
        assert f"backups/{backup.folder.name}/vault.json" in " ".join(notice[0] for notice in reopened.notices)
    assert (vault_dir / HEADER_FILE).read_bytes() == (vault_dir / HEADER_BACKUP_FILE).read_bytes() == intact


def test_a_copy_left_behind_by_an_interrupted_passphrase_change_is_brought_up_to_date(vault, vault_dir):
    """Killed between writing vault.json and its copy, a passphrase change leaves the old header in
    vault.json.bak: the next open with the new passphrase finishes the change."""
    old = (vault_dir / HEADER_FILE).read_bytes()
    change_passphrase(vault, PASSPHRASE, OTHER)
    vault.lock()
    (vault_dir / HEADER_BACKUP_FILE).write_bytes(old)
    with open_vault(vault_dir, OTHER) as reopened:
        assert any("interrupted" in notice[0] for notice in reopened.notices)
    assert (vault_dir / HEADER_BACKUP_FILE).read_bytes() == (vault_dir / HEADER_FILE).read_bytes() != old
    with pytest.raises(WrongPassphrase):
        open_vault(vault_dir, PASSPHRASE)
