"""Who else on the computer can read what CaseDesk writes (issue 14, finding 6): every file it
writes is 0600 and every folder it makes is 0700, checked with os.stat on the real files of a
vault, its backups, a restored copy and a decrypted export."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from casedesk.services.backups import make_backup, restore_backup
from casedesk.services.cases import NewCase, add_case
from casedesk.services.evidence import add_evidence, export_evidence, list_evidence
from casedesk.storage.vault import create_vault, open_vault
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def modes(folder: Path) -> dict[str, str]:
    """Every path under `folder` (itself included) that others could read, with its mode."""
    found = {}
    for path in [folder, *folder.rglob("*")]:
        mode = path.lstat().st_mode
        wanted = 0o700 if stat.S_ISDIR(mode) else 0o600
        if stat.S_IMODE(mode) != wanted:
            found[str(path.relative_to(folder.parent))] = oct(stat.S_IMODE(mode))
    return found


@pytest.fixture
def with_evidence(vault, tmp_path):
    case = add_case(vault, NewCase.named("Ana Pérez"))
    (tmp_path / "acta.txt").write_text("acta de excarcelación", encoding="utf-8")
    os.chmod(tmp_path / "acta.txt", 0o644)
    item = add_evidence(vault, case, tmp_path / "acta.txt")
    return case, item


def test_every_file_of_an_open_vault_and_its_backups_is_private(vault, vault_dir, with_evidence):
    make_backup(vault)
    assert (vault_dir / "casedesk.db-wal").exists()             # open: the WAL and its index too
    assert modes(vault_dir) == {}
    vault.lock()
    assert modes(vault_dir) == {}


def test_a_backup_to_another_folder_is_private_and_the_users_folder_is_left_alone(vault, tmp_path, with_evidence):
    made_by_us = tmp_path / "usb" / "casedesk"
    make_backup(vault, to=made_by_us)
    assert modes(tmp_path / "usb") == {}
    users = tmp_path / "shared"
    users.mkdir(mode=0o755)
    os.chmod(users, 0o755)
    backup = make_backup(vault, to=users)
    assert stat.S_IMODE(users.stat().st_mode) == 0o755           # not ours to change
    assert modes(backup.folder.parent) == {}


def test_a_restored_vault_is_private(vault, vault_dir, tmp_path, with_evidence):
    backup = make_backup(vault)
    vault.lock()
    restored = restore_backup(backup.folder, tmp_path / "restored")
    assert modes(restored) == {}
    open_vault(restored, PASSPHRASE).lock()
    assert modes(restored) == {}


def test_the_copy_made_before_a_migration_is_private(vault_dir):
    create_vault(vault_dir, PASSPHRASE, schema_version=1).lock()
    open_vault(vault_dir, PASSPHRASE).lock()
    assert list((vault_dir / "backups").glob("before-migration-*"))
    assert modes(vault_dir) == {}


def test_a_vault_made_by_an_earlier_casedesk_is_made_private_when_opened(vault, vault_dir, with_evidence):
    make_backup(vault)
    vault.lock()
    for path in [vault_dir, *vault_dir.rglob("*")]:              # as 0644 files in 0755 folders left them
        os.chmod(path, 0o755 if path.is_dir() else 0o644)
    open_vault(vault_dir, PASSPHRASE).lock()
    assert modes(vault_dir) == {}


def test_a_decrypted_export_is_private_while_written_and_after(vault, tmp_path, with_evidence, monkeypatch):
    from casedesk.storage import blobs
    case, item = with_evidence
    out = tmp_path / "out"
    out.mkdir(mode=0o755)
    seen = []
    real = blobs.pyrage.decrypt_io

    def watching(source, target, identities):
        seen.append([(p.name, oct(stat.S_IMODE(p.stat().st_mode))) for p in out.iterdir()])
        return real(source, target, identities)

    monkeypatch.setattr(blobs.pyrage, "decrypt_io", watching)
    export_evidence(vault, item, out / "acta.txt")
    [during] = seen
    assert len(during) == 1 and during[0][0].startswith(blobs.EXPORT_PARTIAL_PREFIX) and during[0][1] == "0o600"
    assert [p.name for p in out.iterdir()] == ["acta.txt"]
    assert stat.S_IMODE((out / "acta.txt").stat().st_mode) == 0o600
    assert (out / "acta.txt").read_text(encoding="utf-8") == "acta de excarcelación"


def test_a_file_written_atomically_goes_through_a_private_hidden_name_and_leftovers_go(vault, vault_dir, tmp_path):
    """Headers, settings, dossiers and exports are written by one helper: 0600 under a hidden name,
    then renamed. What a killed writer left is removed by the next write to that folder, and in the
    vault's own folders by the next open."""
    from casedesk.safety import PARTIAL_PREFIX
    from casedesk.storage.header import write_atomically
    out = tmp_path / "out"
    out.mkdir(mode=0o755)
    abandoned = out / f"{PARTIAL_PREFIX}{'c' * 32}"
    abandoned.write_bytes(b"%PDF half a dossier")
    write_atomically(out / "dossier.pdf", b"%PDF whole")
    assert [p.name for p in out.iterdir()] == ["dossier.pdf"]
    assert stat.S_IMODE((out / "dossier.pdf").stat().st_mode) == 0o600
    vault.lock()
    left = vault_dir / f"{PARTIAL_PREFIX}{'d' * 32}"
    left.write_bytes(b"half a header")
    open_vault(vault_dir, PASSPHRASE).lock()
    assert not left.exists()
