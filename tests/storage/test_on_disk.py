"""What an attacker with the laptop's disk would find: tests that read the bytes."""

import logging

import pytest

from casedesk.domain.errors import VaultDamaged, WrongPassphrase
from casedesk.services.cases import NewCase, NewContact, add_case, update_case
from casedesk.services.search import search_cases
from casedesk.storage.header import HEADER_BACKUP_FILE, HEADER_FILE
from casedesk.storage.vault import open_vault
from tests.conftest import CANARY, PASSPHRASE, file_digests

PAGE = 4096


def _canary_forms(text: str) -> list[bytes]:
    return [form.encode(encoding) for form in {text, text.lower(), text.upper()}
            for encoding in ("utf-8", "utf-16-le", "utf-16-be")]


def _files_holding(folder, needles: list[bytes]) -> list[str]:
    return [str(path) for path in folder.rglob("*") if path.is_file()
            and any(needle in path.read_bytes() for needle in needles)]


def test_a_canary_name_is_nowhere_in_the_vault_folder_open_or_closed(vault, vault_dir, caplog):
    caplog.set_level(logging.DEBUG)
    case_id = add_case(vault, NewCase.named(
        f"Ana {CANARY} Pérez", national_id="V-27.123.817", facility=f"Celda {CANARY}",
        person_notes=f"nota {CANARY}", notes=f"caso {CANARY}",
        contacts=[NewContact(f"Madre {CANARY}", phones="+58 412-555-0199")]))
    update_case(vault, case_id, notes=f"editado {CANARY}")
    assert search_cases(CANARY)[0].id == case_id
    needles = _canary_forms(CANARY) + [b"27123817", b"412-555-0199"]

    assert _files_holding(vault_dir, needles) == []          # open: db, -wal, -shm, header
    assert (vault_dir / "casedesk.db-wal").exists()
    vault.lock()
    assert _files_holding(vault_dir, needles) == []          # closed
    assert CANARY not in caplog.text                          # nor in DEBUG logs (peewee's SQL included)


def test_the_database_file_is_not_a_readable_sqlite_file(vault, vault_dir):
    add_case(vault, NewCase.named("Belkis Rondón"))
    vault.lock()
    assert not (vault_dir / "casedesk.db").read_bytes().startswith(b"SQLite format 3")


def test_a_wrong_passphrase_changes_no_byte(vault, vault_dir):
    add_case(vault, NewCase.named("Julián Chacón"))
    vault.lock()
    before = file_digests(vault_dir)
    for attempt in range(3):
        with pytest.raises(WrongPassphrase):
            open_vault(vault_dir, f"wrong passphrase number {attempt}")
    assert file_digests(vault_dir) == before


def _damage(path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def _closed_vault_with_cases(vault, vault_dir, count=200):
    from casedesk.services.demo import fill_demo_vault
    fill_demo_vault(vault, count)
    vault.lock()
    return vault_dir / "casedesk.db"


def test_a_flipped_byte_in_a_database_page_is_reported_with_its_page(vault, vault_dir):
    database = _closed_vault_with_cases(vault, vault_dir)
    _damage(database, 6 * PAGE + 1000)                        # inside page 7
    with pytest.raises(VaultDamaged) as damaged:
        open_vault(vault_dir, PASSPHRASE)
    assert "page(s) 7 failed" in damaged.value.message("en")
    assert "páginas 7" in damaged.value.message("es")


def test_a_flipped_byte_in_the_first_page_is_damage_not_a_wrong_passphrase(vault, vault_dir):
    database = _closed_vault_with_cases(vault, vault_dir)
    _damage(database, 100)
    with pytest.raises(VaultDamaged):
        open_vault(vault_dir, PASSPHRASE)


def test_a_truncated_database_is_reported_as_damage(vault, vault_dir):
    database = _closed_vault_with_cases(vault, vault_dir)
    database.write_bytes(database.read_bytes()[: 5 * PAGE + 123])
    with pytest.raises(VaultDamaged):
        open_vault(vault_dir, PASSPHRASE)


def test_a_damaged_header_falls_back_to_its_copy(vault, vault_dir):
    vault.lock()
    _damage(vault_dir / HEADER_FILE, 200)
    open_vault(vault_dir, PASSPHRASE).lock()


def test_both_headers_damaged_is_reported_not_taken_for_a_wrong_passphrase(vault, vault_dir):
    vault.lock()
    header = (vault_dir / HEADER_FILE).read_bytes()
    salt_at = header.index(b'"salt"') + 12                    # inside the base64 salt
    for name in (HEADER_FILE, HEADER_BACKUP_FILE):
        _damage(vault_dir / name, salt_at)
    with pytest.raises(VaultDamaged) as damaged:
        open_vault(vault_dir, PASSPHRASE)
    assert "vault.json" in damaged.value.message("en")


def test_a_database_from_another_vault_is_refused(vault, vault_dir, tmp_path):
    from casedesk.storage.vault import create_vault
    vault.lock()
    other = create_vault(tmp_path / "other", PASSPHRASE)
    other.lock()
    (vault_dir / "casedesk.db").write_bytes((tmp_path / "other" / "casedesk.db").read_bytes())
    with pytest.raises(VaultDamaged):
        open_vault(vault_dir, PASSPHRASE)


def test_a_damaged_vault_opens_read_only_to_rescue_what_is_intact(vault, vault_dir, tmp_path):
    import peewee

    from casedesk.domain.errors import VaultReadOnly
    from casedesk.services.demo import fill_demo_vault
    from casedesk.services.dossiers import make_dossier
    from casedesk.services.evidence import add_evidence, list_evidence, view_evidence
    from casedesk.storage.database import damage_from
    fill_demo_vault(vault, 300)
    case = add_case(vault, NewCase.named("Ana Pérez"))
    (tmp_path / "acta.txt").write_text("acta", encoding="utf-8")
    add_evidence(vault, case, tmp_path / "acta.txt")
    vault.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = (vault_dir / "casedesk.db").stat().st_size // PAGE
    vault.lock()
    _damage(vault_dir / "casedesk.db", (pages // 2) * PAGE + 500)
    with pytest.raises(VaultDamaged):
        open_vault(vault_dir, PASSPHRASE)
    before = file_digests(vault_dir)
    with open_vault(vault_dir, PASSPHRASE, read_only=True) as rescued:
        assert rescued.read_only and "page" in rescued.damage.message("en")
        assert view_evidence(rescued, list_evidence(case)[0]["id"]) == b"acta"
        assert b"%PDF" in make_dossier(rescued, [case])[:8]
        with pytest.raises(peewee.DatabaseError) as refused:
            add_case(rescued, NewCase.named("Luis Páez"))
        assert isinstance(damage_from(refused.value), VaultReadOnly)
    assert file_digests(vault_dir) == before                    # reading it changed nothing
