"""Backups made, checked, pruned and restored; and what they rescue when the vault is damaged."""

from __future__ import annotations

import json
import os
import resource
from datetime import datetime, timedelta, timezone

import pytest

from casedesk.domain.errors import InvalidInput, VaultDamaged
from casedesk.services.backups import BackupFailed, backup_if_due, backups_in, make_backup, prune, restore_backup
from casedesk.services.cases import NewCase, add_case, find_case
from casedesk.services.evidence import add_evidence, list_evidence, view_evidence
from casedesk.services.integrity import verify_vault
from casedesk.storage.header import HEADER_BACKUP_FILE, HEADER_FILE
from casedesk.storage.vault import open_vault
from tests.conftest import CANARY, PASSPHRASE, file_digests, run_cli


@pytest.fixture
def filled(vault, tmp_path):
    case = add_case(vault, NewCase.named(f"Ana {CANARY} Pérez", national_id="V-27123817"))
    (tmp_path / "acta.txt").write_text(f"acta {CANARY}", encoding="utf-8")
    add_evidence(vault, case, tmp_path / "acta.txt")
    return case


def test_a_backup_is_encrypted_checked_and_restores_into_a_new_folder(vault, vault_dir, filled, tmp_path):
    backup = make_backup(vault)
    assert backup.blobs == 1 and backups_in(vault_dir / "backups")[0].folder == backup.folder
    for path in (vault_dir / "backups").rglob("*"):                   # nothing readable in the copies
        if path.is_file():
            assert CANARY.encode() not in path.read_bytes() and b"27123817" not in path.read_bytes()
    assert not (backup.folder / "casedesk.db").read_bytes().startswith(b"SQLite format 3")
    add_case(vault, NewCase.named("Luis Páez"))                       # after the backup
    vault.lock()
    restored = restore_backup(backup.folder, tmp_path / "restaurada")
    with open_vault(restored, PASSPHRASE) as copy:
        assert find_case(filled).person.national_id == "V-27123817"
        assert view_evidence(copy, list_evidence(filled)[0]["id"]) == f"acta {CANARY}".encode()
        assert verify_vault(copy).ok
        from casedesk.storage.models import Person
        assert Person.select().count() == 1                           # the backup's state, not today's
    with pytest.raises(InvalidInput):
        restore_backup(backup.folder, vault_dir)                      # never over the current vault


def test_evidence_is_copied_once_and_later_backups_add_only_new_files(vault, vault_dir, filled, tmp_path):
    first = make_backup(vault, kind="manual")
    (tmp_path / "foto.txt").write_text("otra", encoding="utf-8")
    add_evidence(vault, filled, tmp_path / "foto.txt")
    stored = {p.name: p.stat().st_mtime_ns for p in (vault_dir / "backups" / "evidence").iterdir()}
    os.utime(next(iter((vault_dir / "backups" / "evidence").iterdir())), ns=(1, 1))
    second = make_backup(vault, kind="manual")
    names = {p.name for p in (vault_dir / "backups" / "evidence").iterdir()}
    assert len(names) == 2 and set(stored) < names and second.blobs == 2 and first.folder != second.folder


def test_generations_keep_seven_days_and_four_weeks(vault, vault_dir, filled):
    root = vault_dir / "backups"
    now = datetime.now(timezone.utc)
    for days_ago in range(40):                                        # forty days of backups, written by hand
        day = now - timedelta(days=days_ago)
        folder = root / f"{day.strftime('%Y%m%dT%H%M%SZ')}-daily"
        folder.mkdir(parents=True)
        (folder / "casedesk.db").write_bytes(b"")
        (folder / HEADER_FILE).write_bytes(b"")
        (folder / "backup.json").write_text(json.dumps({"created_at": day.isoformat(), "kind": "daily",
                                                        "blobs": [], "verified": True}))
    prune(root)
    kept = backups_in(root)
    assert 7 <= len(kept) <= 11 and kept[0].created_at.date() == now.date()
    assert (now - kept[-1].created_at).days >= 14                      # the weekly ones reach back three weeks


def test_the_automatic_backup_runs_at_most_once_a_day(vault, vault_dir, filled):
    assert backup_if_due(vault) is not None
    assert backup_if_due(vault) is None and len(backups_in(vault_dir / "backups")) == 1


def test_a_full_disk_leaves_no_backup_and_the_vault_as_it_was(vault, vault_dir, filled):
    before = {k: v for k, v in file_digests(vault_dir).items() if not k.startswith("casedesk.db")}
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    import signal
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, hard))      # files may not grow past 64 KiB
    try:
        with pytest.raises(BackupFailed) as failed:
            make_backup(vault)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)
    assert "full" in failed.value.message("en") and "lleno" in failed.value.message("es")
    assert backups_in(vault_dir / "backups") == []
    assert not any(p.is_file() for p in (vault_dir / "backups").rglob("*") if "evidence" not in p.parts
                   or p.name.startswith("."))
    after = {k: v for k, v in file_digests(vault_dir).items() if not k.startswith("casedesk.db")
             and not k.startswith("backups")}
    assert after == {k: v for k, v in before.items() if not k.startswith("backups")}
    assert verify_vault(vault).ok


def test_with_both_headers_lost_the_copy_in_a_backup_opens_the_vault(vault, vault_dir, filled):
    make_backup(vault)
    vault.lock()
    (vault_dir / HEADER_FILE).unlink()
    (vault_dir / HEADER_BACKUP_FILE).write_bytes(b"{ damaged")
    with open_vault(vault_dir, PASSPHRASE):
        assert find_case(filled).person.national_id == "V-27123817"


def test_a_flipped_byte_in_a_backup_is_caught_and_the_other_backups_still_restore(vault, vault_dir, filled, tmp_path):
    good = make_backup(vault, kind="manual")
    bad = make_backup(vault, to=tmp_path / "usb")
    vault.lock()
    data = bytearray((bad.folder / "casedesk.db").read_bytes())
    data[5 * 4096 + 100] ^= 0x01
    (bad.folder / "casedesk.db").write_bytes(bytes(data))
    damaged = restore_backup(bad.folder, tmp_path / "desde-usb")
    with pytest.raises(VaultDamaged) as refused:
        open_vault(damaged, PASSPHRASE)
    assert "page" in refused.value.message("en")
    with open_vault(restore_backup(good.folder, tmp_path / "buena"), PASSPHRASE):
        assert find_case(filled)


def test_the_command_line_backs_up_lists_and_restores(tmp_path):
    folder = str(tmp_path / "vault")
    run_cli("init", folder)
    run_cli("add", folder, "--name", "Inés Marcano")
    run_cli("backup", folder, "--to", str(tmp_path / "usb"))
    run_cli("backup", folder)
    listed = json.loads(run_cli("backups", folder, "--json"))
    assert len(listed) == 1 and listed[0]["kind"] == "manual"
    run_cli("restore", listed[0]["folder"], str(tmp_path / "restaurada"))
    assert "Inés Marcano" in run_cli("search", str(tmp_path / "restaurada"), "marcano")
    run_cli("restore", listed[0]["folder"], folder, expect=1)


@pytest.mark.parametrize("name", ["../../../escaped.age", "../evidence/../../../escaped.age", "/tmp/escaped.age",
                                  "a" * 32 + ".age/../../escaped", "A" * 32 + ".age", "a" * 31 + ".age", 7, None])
def test_a_backup_naming_files_outside_its_store_is_refused(vault, vault_dir, filled, tmp_path, name):
    """A crafted backup.json used to make restore copy files to and from any path (../ in a blob name)."""
    backup = make_backup(vault)
    vault.lock()
    (tmp_path / "escaped.age").write_bytes(b"outside")
    manifest = json.loads((backup.folder / "backup.json").read_text())
    manifest["blobs"].append(name)
    (backup.folder / "backup.json").write_text(json.dumps(manifest))
    with pytest.raises(InvalidInput) as refused:
        restore_backup(backup.folder, tmp_path / "restored" / "deep" / "vault")
    assert "backup" in refused.value.message("en")
    assert not (tmp_path / "restored").exists()
    assert list(tmp_path.rglob("escaped*")) == [tmp_path / "escaped.age"]
    assert (tmp_path / "escaped.age").read_bytes() == b"outside"


@pytest.mark.parametrize("manifest", [b"[" * 100_000 + b"]" * 100_000, b"{", b"null", b'{"blobs": "abc"}',
                                      b"\xff", b'{"blobs": []}' + b" " * (40 * 1024 * 1024)])
def test_a_damaged_or_crafted_backup_manifest_is_a_clear_refusal(vault, filled, tmp_path, manifest):
    backup = make_backup(vault)
    vault.lock()
    (backup.folder / "backup.json").write_bytes(manifest)
    with pytest.raises(InvalidInput):
        restore_backup(backup.folder, tmp_path / "restored")
    assert not (tmp_path / "restored").exists()


def test_a_backup_whose_header_is_damaged_is_refused_before_anything_is_copied(vault, filled, tmp_path):
    backup = make_backup(vault)
    vault.lock()
    (backup.folder / HEADER_FILE).write_bytes(b'{"format": "casedesk-vault", "slots": []}')
    with pytest.raises(VaultDamaged):
        restore_backup(backup.folder, tmp_path / "restored")
    assert not (tmp_path / "restored").exists()


def test_restoring_from_the_command_line_with_a_crafted_manifest_says_so(vault, filled, tmp_path):
    backup = make_backup(vault)
    vault.lock()
    manifest = json.loads((backup.folder / "backup.json").read_text())
    manifest["blobs"] = ["../../escaped.age"]
    (backup.folder / "backup.json").write_text(json.dumps(manifest))
    run_cli("restore", str(backup.folder), str(tmp_path / "restored"), expect=1)
