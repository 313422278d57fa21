import json
import os

import pytest

from casedesk.domain.errors import (
    MigrationFailed, PassphraseTooShort, VaultAlreadyOpen, VaultLocked, VaultNotFound, VaultTooNew,
    WrongPassphrase,
)
from casedesk.services.cases import NewCase, add_case
from casedesk.services.search import search_cases
from casedesk.storage import keys
from casedesk.storage import vault as vault_module
from casedesk.storage.database import MEMORY_SECURITY
from casedesk.storage.header import HEADER_BACKUP_FILE, HEADER_FILE, VaultHeader
from casedesk.storage.migrations import LATEST_SCHEMA_VERSION
from casedesk.storage.models import DetentionCase, Person
from casedesk.storage.vault import change_passphrase, create_vault, open_vault
from tests.conftest import PASSPHRASE


def test_a_vault_reopens_with_its_passphrase_and_keeps_what_was_written(vault, vault_dir):
    case_id = add_case(vault, NewCase.named("Rosa Carreño Quintero"))
    vault.lock()
    with open_vault(vault_dir, PASSPHRASE) as reopened:
        assert [row.id for row in search_cases("Carreño")] == [case_id]
        assert reopened.migrated_from is None


def test_a_locked_vault_answers_nothing(vault):
    vault.lock()
    with pytest.raises(VaultLocked):
        Person.select().count()


def test_only_one_process_at_a_time_can_open_a_vault(vault, vault_dir):
    with pytest.raises(VaultAlreadyOpen):
        open_vault(vault_dir, PASSPHRASE)
    vault.lock()
    open_vault(vault_dir, PASSPHRASE).lock()


def test_a_missing_vault_is_named(tmp_path):
    with pytest.raises(VaultNotFound):
        open_vault(tmp_path / "nowhere", PASSPHRASE)


@pytest.mark.parametrize("short", ["", "a", "eleven char"])
def test_short_passphrases_create_nothing(tmp_path, short):
    assert len(short) < 12
    with pytest.raises(PassphraseTooShort):
        create_vault(tmp_path / "new", short)
    assert not (tmp_path / "new").exists()
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(PassphraseTooShort):
        create_vault(empty, short)
    assert list(empty.iterdir()) == []


def test_the_database_runs_with_the_stated_pragmas(vault):
    def pragma(name):
        return vault.db.execute_sql(f"PRAGMA {name}").fetchone()[0]
    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2          # FULL
    assert pragma("foreign_keys") == 1
    assert pragma("secure_delete") == 1
    assert pragma("temp_store") == 2           # MEMORY: no temporary files on disk
    assert pragma("cipher_memory_security") == ("1" if MEMORY_SECURITY == "ON" else "0")
    assert pragma("cipher_version").startswith("4.")


def test_changing_the_passphrase_rewraps_the_key_and_forgets_the_old_one(vault, vault_dir):
    add_case(vault, NewCase.named("Inés Páez"))
    new = "a completely different passphrase"
    change_passphrase(vault, PASSPHRASE, new)
    vault.lock()
    with pytest.raises(WrongPassphrase):
        open_vault(vault_dir, PASSPHRASE)
    # The backup copy of the header was replaced too: it no longer opens with the old one.
    backup = VaultHeader.from_bytes((vault_dir / HEADER_BACKUP_FILE).read_bytes())
    assert backup.unlock("passphrase", PASSPHRASE) is None
    assert backup.unlock("passphrase", new) is not None
    with open_vault(vault_dir, new):
        assert Person.select().count() == 1


def test_changing_the_passphrase_needs_the_current_one_and_a_long_new_one(vault, vault_dir):
    before = (vault_dir / HEADER_FILE).read_bytes()
    with pytest.raises(WrongPassphrase):
        change_passphrase(vault, "not the passphrase at all", "another long passphrase")
    with pytest.raises(PassphraseTooShort):
        change_passphrase(vault, PASSPHRASE, "short")
    assert (vault_dir / HEADER_FILE).read_bytes() == before


def test_passphrases_match_whatever_unicode_form_the_keyboard_sends(vault_dir):
    composed, decomposed = "contraseña muy larga", "contrasen\u0303a muy larga"
    create_vault(vault_dir, composed).lock()
    open_vault(vault_dir, decomposed).lock()


@pytest.mark.slow
def test_users_get_key_derivation_no_weaker_than_the_floor(tmp_path, monkeypatch):
    """The one test that runs the real, calibrated Argon2id parameters."""
    monkeypatch.delenv(keys.TEST_ONLY_FAST_KDF_ENV)
    create_vault(tmp_path / "real", PASSPHRASE).lock()
    slot = json.loads((tmp_path / "real" / HEADER_FILE).read_text())["slots"][0]
    assert slot["kdf"]["algorithm"] == "argon2id"
    assert slot["kdf"]["memory_kib"] >= 64 * 1024
    assert slot["kdf"]["iterations"] >= 3
    assert slot["kdf"]["parallelism"] >= 4
    assert len(slot["kdf"]["salt"]) >= 24          # 16 bytes in base64
    open_vault(tmp_path / "real", PASSPHRASE).lock()


def test_a_vault_from_a_newer_casedesk_is_left_alone(vault, vault_dir):
    vault.lock()
    body = json.loads((vault_dir / HEADER_FILE).read_text())
    body["format_version"] = 99
    body.pop("checksum")
    from casedesk.storage.header import _checksum
    body["checksum"] = _checksum(body)
    (vault_dir / HEADER_FILE).write_text(json.dumps(body))
    with pytest.raises(VaultTooNew):
        open_vault(vault_dir, PASSPHRASE)


def test_an_older_vault_is_backed_up_then_migrated_in_one_step(vault_dir):
    old = create_vault(vault_dir, PASSPHRASE, schema_version=1)
    # Written as version 1's code wrote it: today's add_case knows columns v1 does not have.
    old.db.execute_sql("INSERT INTO person (id, uuid, given_names, surnames, national_id, sort_key, created_at, "
                       "updated_at) VALUES (1, 'p1', 'Néstor', 'Íñiguez Rondón', 'V-9650774', 'iniguez', 'now', 'now')")
    case_id = "c1-0000-0000"
    old.db.execute_sql("INSERT INTO detention_case (id, uuid, person_id, created_at, updated_at) "
                       "VALUES (1, ?, 1, 'now', 'now')", (case_id,))
    old.db.execute_sql("INSERT INTO event (uuid, case_id, kind, date, created_at, updated_at) "
                       "VALUES ('e1', 1, 'sentence', '2024-01-01', 'now', 'now')")
    old.lock()

    with open_vault(vault_dir, PASSPHRASE) as migrated:
        assert migrated.migrated_from == 1
        assert migrated.db.execute_sql("PRAGMA user_version").fetchone()[0] == LATEST_SCHEMA_VERSION
        assert [row.id for row in search_cases("iniguez")] == [case_id]   # index built for old data
        assert DetentionCase.get(DetentionCase.uuid == case_id).stage == "sentenced"   # read from its sentence

    backups = list((vault_dir / "backups").iterdir())
    assert len(backups) == 1 and backups[0].name.startswith("before-migration-from-v1-")
    copy = backups[0] / "casedesk.db"
    assert not copy.read_bytes().startswith(b"SQLite format 3")
    assert (backups[0] / HEADER_FILE).exists()


def test_a_failing_migration_changes_nothing(vault, vault_dir, monkeypatch):
    add_case(vault, NewCase.named("Wilmer Marcano"))
    vault.lock()
    broken = [*vault_module.MIGRATIONS, (LATEST_SCHEMA_VERSION + 1, "CREATE TABLE extra (x); INSERT INTO missing VALUES (1);")]
    monkeypatch.setattr(vault_module, "MIGRATIONS", broken)
    monkeypatch.setattr(vault_module, "LATEST_SCHEMA_VERSION", LATEST_SCHEMA_VERSION + 1)
    with pytest.raises(MigrationFailed):
        open_vault(vault_dir, PASSPHRASE)
    monkeypatch.undo()
    with open_vault(vault_dir, PASSPHRASE) as reopened:
        assert reopened.db.execute_sql("PRAGMA user_version").fetchone()[0] == LATEST_SCHEMA_VERSION
        assert "extra" not in reopened.db.get_tables()
        assert Person.select().count() == 1


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_vault_is_private_to_its_owner(vault, vault_dir):
    assert vault_dir.stat().st_mode & 0o077 == 0
    assert (vault_dir / "casedesk.db").stat().st_mode & 0o077 == 0


def test_after_the_benchmarks_baseline_a_locked_vault_still_says_so(tmp_path):
    from casedesk.bench import _measure_plain
    _measure_plain(tmp_path / "plain.db", 20, ["ana"])
    with pytest.raises(VaultLocked):
        Person.select().count()
