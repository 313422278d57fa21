"""A reader that is not CaseDesk opens a vault, reads a case and decrypts its evidence.

Users are never locked into CaseDesk to reach their own data: resources/vault-format.md describes the
vault precisely enough to read it with general-purpose libraries. This test holds the document
to that promise. CaseDesk makes the vault (the `_make_*` functions, the only code here that
imports `casedesk`); everything after `vault.lock()` uses only the standard library (json,
hashlib, hmac, base64, zipfile, unicodedata), argon2-cffi's low-level API, cryptography,
pyrage and apsw built with SQLite3 Multiple Ciphers (`apsw-sqlite3mc`), following the steps
of resources/vault-format.md. `test_the_reading_part_imports_nothing_from_casedesk` keeps it that way.
"""

from __future__ import annotations

import ast
import base64
import hashlib
import hmac
import io
import json
import os
import struct
import unicodedata
import zipfile
from pathlib import Path

import apsw
import pyrage
from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from pyrage import x25519

from tests.conftest import PASSPHRASE

# Synthetic: no real person has this name.
GIVEN_NAMES = "Zyxqa Ondina"
SURNAMES = "Lectorval Íñiguez"
EVIDENCE_NAME = "acta de detención.pdf"
EVIDENCE_BYTES = b"%PDF-1.7 synthetic " + os.urandom(40_000) + b"Testimonio de Zyxqa Ondina"


# --- The independent reader: resources/vault-format.md, step by step ----------------------------------

def read_header(folder: Path) -> dict:
    """Step 1: vault.json, checked against its own checksum (vault-format.md, "vault.json")."""
    header = json.loads((folder / "vault.json").read_bytes().decode("ascii"))
    assert header["format"] == "casedesk-vault" and header["format_version"] == 1
    body = {name: value for name, value in header.items() if name != "checksum"}
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode("ascii")
    assert hashlib.sha256(canonical).hexdigest() == header["checksum"], "vault.json is damaged"
    return header


def normalize_recovery_words(typed: str) -> str:
    """The recovery slot's secret from the words as typed (vault-format.md, "The recovery slot")."""
    words = []
    for word in typed.replace("-", " ").replace(",", " ").casefold().split():
        if not word.isascii():
            decomposed = unicodedata.normalize("NFKD", word)
            word = "".join(c for c in decomposed if not unicodedata.combining(c)).replace(" ", "")
        words.append(word)
    return " ".join(words)


def unwrap_data_key(header: dict, slot_id: str, secret: str) -> bytes:
    """Steps 2-3: Argon2id over the NFC-normalised secret, then AES-256-GCM with the slot's
    associated data (vault-format.md, "Key derivation" and "Key slots")."""
    slot = next(s for s in header["slots"] if s["slot_id"] == slot_id)
    kdf = slot["kdf"]
    assert (slot["cipher"], kdf["algorithm"], kdf["version"]) == ("aes-256-gcm", "argon2id", 19)
    key_encryption_key = hash_secret_raw(
        secret=unicodedata.normalize("NFC", secret).encode("utf-8"),
        salt=base64.b64decode(kdf["salt"], validate=True),
        time_cost=kdf["iterations"], memory_cost=kdf["memory_kib"], parallelism=kdf["parallelism"],
        hash_len=32, type=Type.ID, version=19)
    nonce = base64.b64decode(slot["nonce"], validate=True)
    wrapped = base64.b64decode(slot["wrapped_key"], validate=True)
    assert (len(nonce), len(wrapped)) == (12, 48)
    associated_data = f"casedesk-vault/{header['format_version']}/{header['vault_id']}/{slot_id}".encode()
    data_key = AESGCM(key_encryption_key).decrypt(nonce, wrapped, associated_data)
    assert len(data_key) == 32
    return data_key


def open_database(path: Path, data_key: bytes) -> apsw.Connection:
    """Step 4: SQLCipher 4 through SQLite3 Multiple Ciphers, keyed with the raw data key,
    read-only and immutable so that reading leaves no file behind (vault-format.md, "casedesk.db")."""
    assert not Path(f"{path}-wal").exists(), "a -wal file: copy it with the database and open the copy"
    connection = apsw.Connection(f"{path.as_uri()}?immutable=1",
                                 flags=apsw.SQLITE_OPEN_READONLY | apsw.SQLITE_OPEN_URI)
    connection.execute("PRAGMA cipher = 'sqlcipher'")
    connection.execute("PRAGMA legacy = 4")
    connection.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
    connection.execute("SELECT count(*) FROM sqlite_master").fetchall()   # a wrong key fails here
    return connection


def audit_chain_head(connection: apsw.Connection) -> tuple[str, int]:
    """Step 7: recompute every entry's hash from the genesis value (vault-format.md, "Audit chain")."""
    previous = "0" * 64
    entries = 0
    for at, actor, action, entity, entity_uuid, changes, previous_hash, entry_hash in connection.execute(
            "SELECT at, actor, action, entity, entity_uuid, changes, previous_hash, entry_hash "
            "FROM audit_log ORDER BY id"):
        assert previous_hash == previous, f"entry {entries + 1} does not follow the one before it"
        canonical = json.dumps({"at": at, "actor": actor, "action": action, "entity": entity,
                                "entity_uuid": entity_uuid, "changes": json.loads(changes)},
                               sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        assert hashlib.sha256(bytes.fromhex(previous) + canonical).hexdigest() == entry_hash, \
            f"entry {entries + 1} was changed after it was written"
        previous, entries = entry_hash, entries + 1
    return previous, entries


def one_value(connection: apsw.Connection, sql: str, *parameters) -> object:
    rows = connection.execute(sql, parameters).fetchall()
    assert len(rows) == 1, rows
    return rows[0][0]


# --- The vault, made with CaseDesk ----------------------------------------------------------

def _make_case_with_evidence(vault, tmp_path: Path) -> dict:
    from casedesk.domain.normalize import parse_date
    from casedesk.services.cases import NewCase, add_case
    from casedesk.services.evidence import add_evidence
    case_uuid = add_case(vault, NewCase(given_names=GIVEN_NAMES, surnames=SURNAMES, national_id="V-30.123.457",
                                        arrest_date=parse_date("2025-03-06"), facility="Rodeo I",
                                        charges="Instigación al odio"))
    source = tmp_path / EVIDENCE_NAME
    source.write_bytes(EVIDENCE_BYTES)
    evidence_uuid = add_evidence(vault, case_uuid, source)
    return {"case": case_uuid, "evidence": evidence_uuid}


def _make_recovery_key(vault) -> str:
    from casedesk.storage.vault import add_recovery_key
    return add_recovery_key(vault, PASSPHRASE)


def _make_backup(vault) -> None:
    from casedesk.services.backups import make_backup
    make_backup(vault, kind="manual")


def _make_bundle(vault, case_uuid: str) -> bytes:
    from casedesk.services.bundles import make_bundle, my_public_key
    return make_bundle(vault, [case_uuid], recipients=[my_public_key("Colega")], with_evidence=True,
                       sender_name="Oficina Zyxqa")


def _make_chain_head() -> str:
    from casedesk.storage.audit import chain_head
    return chain_head()


# --- Tests ----------------------------------------------------------------------------------

def test_an_outside_reader_opens_the_vault_reads_the_case_and_decrypts_its_evidence(vault, vault_dir, tmp_path):
    made = _make_case_with_evidence(vault, tmp_path)
    words = _make_recovery_key(vault)
    casedesk_head = _make_chain_head()
    vault.lock()
    files_before = {p.name for p in vault_dir.rglob("*")}

    header = read_header(vault_dir)
    data_key = unwrap_data_key(header, "passphrase", PASSPHRASE)
    # The recovery sheet's words, typed the way people type from paper, open the same key.
    typed = "-".join(words.split()[:8]).upper() + ",\n " + "  ".join(words.split()[8:])
    assert unwrap_data_key(header, "recovery", normalize_recovery_words(typed)) == data_key

    connection = open_database(vault_dir / "casedesk.db", data_key)
    try:
        assert one_value(connection, "SELECT value FROM vault_meta WHERE key = 'vault_id'") == header["vault_id"]
        assert one_value(connection, "PRAGMA user_version") >= 14
        (_, given, surnames, national_id, case_uuid, arrest_date, precision, status, facility), = \
            connection.execute(
                "SELECT p.uuid, p.given_names, p.surnames, p.national_id, c.uuid, c.arrest_date, "
                "c.arrest_date_precision, c.status, f.name FROM detention_case c "
                "JOIN person p ON p.id = c.person_id LEFT JOIN facility f ON f.id = c.facility_id "
                "WHERE p.surnames = ?", (SURNAMES,)).fetchall()
        assert (given, surnames, case_uuid) == (GIVEN_NAMES, SURNAMES, made["case"])
        assert (national_id, arrest_date, precision, status, facility) == (
            "V-30123457", "2025-03-06", "day", "detained", "Rodeo I")
        timeline = connection.execute("SELECT kind, date, status FROM event WHERE case_id = "
                                      "(SELECT id FROM detention_case WHERE uuid = ?) ORDER BY date, id",
                                      (case_uuid,)).fetchall()
        assert ("arrest", "2025-03-06", "detained") in timeline

        (blob_name, sha256, size, original_name), = connection.execute(
            "SELECT blob_name, sha256, size, original_name FROM evidence WHERE uuid = ?",
            (made["evidence"],)).fetchall()
        identity = x25519.Identity.from_str(
            one_value(connection, "SELECT value FROM vault_meta WHERE key = 'evidence_identity'"))
        head, entries = audit_chain_head(connection)
        custody = connection.execute("SELECT action, sha256 FROM custody_event WHERE evidence_id = "
                                     "(SELECT id FROM evidence WHERE uuid = ?)", (made["evidence"],)).fetchall()
    finally:
        connection.close()

    blob = (vault_dir / "evidence" / blob_name).read_bytes()
    assert blob.startswith(b"age-encryption.org/v1\n-> X25519 ")
    original = pyrage.decrypt(blob, [identity])
    assert original == EVIDENCE_BYTES
    assert hashlib.sha256(original).hexdigest() == sha256 and len(original) == size
    assert original_name == EVIDENCE_NAME and custody == [("intake", sha256)]

    assert head == casedesk_head and entries >= 3      # the head CaseDesk prints on every dossier
    assert {p.name for p in vault_dir.rglob("*")} == files_before     # reading wrote nothing


def test_the_database_pages_are_laid_out_as_documented(vault, vault_dir):
    """vault-format.md's byte-level description of a SQLCipher 4 page, checked without any SQLite."""
    vault.lock()
    data_key = unwrap_data_key(read_header(vault_dir), "passphrase", PASSPHRASE)
    raw = (vault_dir / "casedesk.db").read_bytes()
    assert len(raw) % 4096 == 0
    salt = raw[:16]
    hmac_key = hashlib.pbkdf2_hmac("sha512", data_key, bytes(b ^ 0x3A for b in salt), 2, 32)
    for number in (1, 2):
        page = raw[(number - 1) * 4096:number * 4096]
        start = 16 if number == 1 else 0
        encrypted, iv, tag = page[start:4016], page[4016:4032], page[4032:]
        assert hmac.new(hmac_key, encrypted + iv + struct.pack("<I", number), hashlib.sha512).digest() == tag
    decryptor = Cipher(algorithms.AES(data_key), modes.CBC(raw[4016:4032])).decryptor()
    plain = decryptor.update(raw[16:4016]) + decryptor.finalize()
    # SQLite's header from byte 16: page size 4096, WAL (2, 2), 80 bytes reserved per page.
    assert plain[:5] == bytes([0x10, 0x00, 0x02, 0x02, 80])


def test_a_backup_is_read_like_the_vault(vault, vault_dir, tmp_path):
    made = _make_case_with_evidence(vault, tmp_path)
    _make_backup(vault)
    vault.lock()

    backups = vault_dir / "backups"
    (manifest_path,) = backups.glob("*/backup.json")
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    folder = manifest_path.parent
    assert folder.name.endswith("-manual") and manifest["kind"] == "manual" and manifest["verified"] is True
    assert {p.name for p in folder.iterdir()} == {"backup.json", "casedesk.db", "vault.json"}

    header = read_header(folder)                      # the header as it was when the backup was made
    assert header["vault_id"] == manifest["vault_id"]
    connection = open_database(folder / "casedesk.db", unwrap_data_key(header, "passphrase", PASSPHRASE))
    try:
        assert one_value(connection, "PRAGMA user_version") == manifest["schema_version"]
        assert manifest["blobs"] == [name for (name,) in connection.execute(
            "SELECT DISTINCT blob_name FROM evidence WHERE blob_name IS NOT NULL ORDER BY blob_name")]
        blob_name, sha256 = connection.execute("SELECT blob_name, sha256 FROM evidence WHERE uuid = ?",
                                               (made["evidence"],)).fetchall()[0]
        identity = x25519.Identity.from_str(
            one_value(connection, "SELECT value FROM vault_meta WHERE key = 'evidence_identity'"))
    finally:
        connection.close()
    original = pyrage.decrypt((backups / "evidence" / blob_name).read_bytes(), [identity])
    assert hashlib.sha256(original).hexdigest() == sha256 and original == EVIDENCE_BYTES


def test_an_exchange_bundle_is_opened_and_its_signature_checked_as_documented(vault, vault_dir, tmp_path):
    made = _make_case_with_evidence(vault, tmp_path)
    bundle = _make_bundle(vault, made["case"])
    vault.lock()

    connection = open_database(vault_dir / "casedesk.db",
                               unwrap_data_key(read_header(vault_dir), "passphrase", PASSPHRASE))
    try:
        keys = json.loads(one_value(connection, "SELECT value FROM vault_meta WHERE key = 'exchange_identity'"))
        (export_previous_hash,) = connection.execute(
            "SELECT previous_hash FROM audit_log WHERE action = 'export' AND entity = 'bundle' AND entity_uuid = ?",
            (hashlib.sha256(bundle).hexdigest(),)).fetchone()
    finally:
        connection.close()

    assert bundle.startswith(b"age-encryption.org/v1\n-> X25519 ")
    plain = pyrage.decrypt(bundle, [x25519.Identity.from_str(keys["age"])])
    assert plain.startswith(b"CASEDESK-BUNDLE\n")
    length = int.from_bytes(plain[16:20], "big")
    manifest_bytes, signature, payload = plain[20:20 + length], plain[20 + length:84 + length], plain[84 + length:]
    manifest = json.loads(manifest_bytes)
    own_public = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(keys["ed25519"])).public_key()
    own_public.verify(signature, b"CaseDesk bundle manifest v2\n" + manifest_bytes)   # before unpacking anything
    own_recipient = str(x25519.Identity.from_str(keys["age"]).to_public())
    assert manifest["sender"] == {"name": "Oficina Zyxqa", "age": own_recipient,
                                  "ed25519": own_public.public_bytes_raw().hex()}
    assert manifest["format"] == 2 and manifest["profile"] == "internal"
    assert manifest["to"] == {"recipients": [own_recipient]}
    assert manifest["audit_head"] == export_previous_hash      # the chain head just before the export
    assert manifest["payload"] == {"sha256": hashlib.sha256(payload).hexdigest(), "bytes": len(payload)}
    with zipfile.ZipFile(io.BytesIO(payload)) as archive:
        contents = {name: archive.read(name) for name in archive.namelist()}
    assert manifest["files"] == {name: {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
                                 for name, data in contents.items()}

    records = json.loads(contents["records.json"].decode("utf-8"))
    assert sorted(records) == ["case", "contact", "event", "evidence", "person"]
    (person,), (case,), (item,) = records["person"], records["case"], records["evidence"]
    assert (person["given_names"], person["surnames"], case["uuid"], case["person"], case["facility"]) == (
        GIVEN_NAMES, SURNAMES, made["case"], person["uuid"], "Rodeo I")
    assert (item["uuid"], item["case"], item["original_name"]) == (made["evidence"], made["case"], EVIDENCE_NAME)
    assert contents[f"blobs/{item['sha256']}"] == EVIDENCE_BYTES


def test_the_reading_part_imports_nothing_from_casedesk():
    """Only the `_make_*` functions (CaseDesk making the vault) may import CaseDesk."""
    tree = ast.parse(Path(__file__).read_text(encoding="utf-8"))
    allowed = {id(node) for function in tree.body if isinstance(function, ast.FunctionDef)
               and function.name.startswith("_make_") for node in ast.walk(function)}
    offenders = [node.lineno for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom))
                 and id(node) not in allowed
                 and any(name.split(".")[0] == "casedesk" for name in (
                     [alias.name for alias in node.names] if isinstance(node, ast.Import) else [node.module or ""]))]
    assert offenders == []
