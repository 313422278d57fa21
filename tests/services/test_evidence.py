"""Evidence files: real files in, real age encryption on disk, checked by reading the bytes."""

import hashlib
import json
import os
import subprocess
import sys

import pytest

from casedesk.domain.errors import InvalidInput
from casedesk.services.cases import NewCase, add_case
from casedesk.services.evidence import (
    EvidenceDetails, IntakeFailed, add_evidence, check_evidence, export_evidence, list_evidence, view_evidence,
)
from casedesk.services.integrity import verify_vault
from casedesk.storage.audit import verify_audit_chain
from casedesk.storage.models import CustodyEvent, Evidence
from casedesk.storage.vault import open_vault
from tests.conftest import CANARY, PASSPHRASE, run_cli


@pytest.fixture
def case_id(vault):
    return add_case(vault, NewCase.named("Belkis Urdaneta Peña", national_id="V-14.551.594"))


def _file(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_intake_hashes_the_original_and_logs_custody(vault, case_id, tmp_path):
    data = os.urandom(300_000)
    source = _file(tmp_path, "boleta de excarcelación.pdf", data)
    evidence_id = add_evidence(vault, case_id, source, EvidenceDetails(source="Familia, en persona"))
    item = Evidence.get(Evidence.uuid == evidence_id)
    assert item.sha256 == hashlib.sha256(data).hexdigest()
    assert (item.size, item.kind, item.mime_type, item.original_name) == (
        300_000, "document", "application/pdf", "boleta de excarcelación.pdf")
    assert [(c.action, c.sha256, c.actor) for c in item.custody] == [("intake", item.sha256, "test lawyer")]
    assert source.read_bytes() == data                      # the original is never changed
    assert verify_audit_chain().ok


def test_a_canary_inside_an_evidence_file_is_nowhere_on_disk(vault, vault_dir, case_id, tmp_path):
    add_evidence(vault, case_id, _file(tmp_path, "testimonio.txt", f"Testimonio de {CANARY} en Rodeo I".encode()))
    files = [p for p in vault_dir.rglob("*") if p.is_file()]
    assert any(p.parent.name == "evidence" for p in files)
    assert not any(CANARY.encode() in p.read_bytes() or CANARY.lower().encode() in p.read_bytes() for p in files)
    vault.lock()
    assert not any(CANARY.encode() in p.read_bytes() for p in vault_dir.rglob("*") if p.is_file())


def test_viewing_happens_in_memory_and_exporting_is_explicit_and_logged(vault, vault_dir, case_id, tmp_path):
    data = b"\x89PNG fake image bytes " * 1000
    evidence_id = add_evidence(vault, case_id, _file(tmp_path, "foto.png", data))
    before = {p for p in vault_dir.rglob("*")}
    assert view_evidence(vault, evidence_id) == data
    assert {p for p in vault_dir.rglob("*")} - before <= {vault_dir / "casedesk.db-wal"}
    target = tmp_path / "out" / "copia.png"
    target.parent.mkdir()
    export_evidence(vault, evidence_id, target)
    assert target.read_bytes() == data
    with pytest.raises(InvalidInput):
        export_evidence(vault, evidence_id, target)           # never overwrites
    actions = [c.action for c in CustodyEvent.select().order_by(CustodyEvent.id)]
    assert actions == ["intake", "view", "export"]
    assert list_evidence(case_id)[0]["kind"] == "photo"


def _blob(vault_dir):
    return next((vault_dir / "evidence").glob("*.age"))


@pytest.mark.parametrize("damage", ["flip", "truncate", "remove"])
def test_verify_finds_a_damaged_truncated_or_missing_file(vault, vault_dir, case_id, tmp_path, damage):
    add_evidence(vault, case_id, _file(tmp_path, "acta.pdf", os.urandom(200_000)))
    blob = _blob(vault_dir)
    data = bytearray(blob.read_bytes())
    if damage == "flip":
        data[len(data) // 2] ^= 0x01
        blob.write_bytes(bytes(data))
    elif damage == "truncate":
        blob.write_bytes(bytes(data[: len(data) // 2]))
    else:
        blob.unlink()
    problems = check_evidence(vault)
    expected = "missing" if damage == "remove" else "damaged"
    assert len(problems) == 1 and expected in problems[0] and "acta.pdf" in problems[0]
    assert not verify_vault(vault).ok


def test_verify_names_files_that_belong_to_no_item(vault, vault_dir, case_id, tmp_path):
    add_evidence(vault, case_id, _file(tmp_path, "a.txt", b"uno"))
    (vault_dir / "evidence" / ("0" * 32 + ".age")).write_bytes(b"stray")
    assert check_evidence(vault) == [f"file evidence/{'0' * 32}.age belongs to no evidence item"]


def test_a_cancelled_intake_leaves_nothing(vault, vault_dir, case_id, tmp_path):
    reads = []
    with pytest.raises(IntakeFailed):
        add_evidence(vault, case_id, _file(tmp_path, "video.mp4", os.urandom(500_000)),
                     progress=reads.append, cancelled=lambda: len(reads) > 3)
    assert list((vault_dir / "evidence").iterdir()) == [] and Evidence.select().count() == 0


def test_an_unreadable_file_is_refused_with_a_sentence(vault, case_id, tmp_path):
    with pytest.raises(IntakeFailed) as refused:
        add_evidence(vault, case_id, tmp_path / "no-existe.pdf")
    assert "cannot be read" in refused.value.message("en") and "no se puede leer" in refused.value.message("es")


FULL_DISK = """
import os, resource, signal, sys
from pathlib import Path
from casedesk.services.cases import NewCase, add_case
from casedesk.services.evidence import IntakeFailed, add_evidence
from casedesk.storage.vault import create_vault
folder, source = Path(sys.argv[1]), Path(sys.argv[2])
vault = create_vault(folder, "correct horse battery staple")
case_id = add_case(vault, NewCase.named("Ana Pérez"))
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
limit = 2 * 1024 * 1024          # no file may grow past 2 MiB: the 5 MiB evidence cannot fit
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
try:
    add_evidence(vault, case_id, source)
except IntakeFailed as error:
    print(error.message("en"))
vault.lock()
"""


@pytest.mark.skipif(not hasattr(os, "setrlimit") and sys.platform != "linux", reason="RLIMIT_FSIZE")
def test_a_write_failing_mid_stream_leaves_no_blob_and_no_record(tmp_path):
    source = _file(tmp_path, "video.mp4", os.urandom(5 * 1024 * 1024))
    folder = tmp_path / "vault"
    result = subprocess.run([sys.executable, "-c", FULL_DISK, str(folder), str(source)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "the disk is full" in result.stdout and "Nothing was kept" in result.stdout
    assert list((folder / "evidence").iterdir()) == []
    with open_vault(folder, PASSPHRASE):
        assert Evidence.select().count() == 0


def test_the_command_line_adds_lists_and_exports(tmp_path):
    folder = str(tmp_path / "vault")
    run_cli("init", folder)
    case = run_cli("add", folder, "--name", "Ana Pérez").strip()
    first, second = _file(tmp_path, "uno.txt", b"primero"), _file(tmp_path, "dos.jpg", b"segundo")
    added = run_cli("evidence", "add", folder, case, str(first), str(second), "--source", "Madre").split()
    listed = json.loads(run_cli("evidence", "list", folder, case, "--json"))
    assert sorted(item["id"] for item in listed) == sorted(added)
    assert {item["kind"] for item in listed} == {"document", "photo"}
    run_cli("evidence", "export", folder, added[0][:8], "-o", str(tmp_path / "copia.txt"))
    assert (tmp_path / "copia.txt").read_bytes() == b"primero"
    assert json.loads(run_cli("verify", folder, "--json"))["ok"] is True


def test_a_working_copy_of_a_photo_has_no_gps_and_the_original_is_untouched(vault, vault_dir, case_id, tmp_path):
    from io import BytesIO

    from PIL import Image

    from casedesk.services.evidence import blob_store, derive_clean_photo
    photo = Image.new("RGB", (64, 48), "navy")
    exif = photo.getexif()
    exif[0x010F] = "Camara del testigo"                               # Make
    exif.get_ifd(0x8825).update({1: "N", 2: (10.0, 30.0, 0.0), 3: "W", 4: (66.0, 55.0, 0.0)})  # GPS
    source = tmp_path / "detencion.jpg"
    photo.save(source, format="JPEG", exif=exif.tobytes(), xmp=b"<x:xmpmeta>lugar secreto</x:xmpmeta>")
    with Image.open(source) as carried:
        assert carried.getexif().get_ifd(0x8825)                      # the original does carry GPS

    original_id = add_evidence(vault, case_id, source)
    original = Evidence.get(Evidence.uuid == original_id)
    original_blob = (vault_dir / "evidence" / original.blob_name).read_bytes()
    copy_id = derive_clean_photo(vault, original_id)

    copy = Evidence.get(Evidence.uuid == copy_id)
    clean = blob_store(vault).read(copy.blob_name)
    image = Image.open(BytesIO(clean))
    assert not image.getexif() and not image.getexif().get_ifd(0x8825)
    assert b"lugar secreto" not in clean and b"Camara del testigo" not in clean
    assert image.size == (64, 48)
    assert copy.derived_from.uuid == original_id and copy.sha256 == hashlib.sha256(clean).hexdigest()
    assert Evidence.get(Evidence.uuid == original_id).sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    assert (vault_dir / "evidence" / original.blob_name).read_bytes() == original_blob
    assert [c.action for c in original.custody.order_by(CustodyEvent.id)] == ["intake", "derive"]
    assert check_evidence(vault) == []


def test_attaching_to_another_case_shares_the_file_and_logs_both_sides(vault, vault_dir, case_id, tmp_path):
    from casedesk.services.evidence import attach_evidence
    other = add_case(vault, NewCase.named("Inés Páez"))
    original = add_evidence(vault, case_id, _file(tmp_path, "acta.pdf", b"%PDF acta compartida"))
    attached = attach_evidence(vault, original, other)
    assert [item["id"] for item in list_evidence(other)] == [attached]
    assert len(list((vault_dir / "evidence").glob("*.age"))) == 1
    assert view_evidence(vault, attached) == b"%PDF acta compartida"
    logs = {uuid: [c.action for c in Evidence.get(Evidence.uuid == uuid).custody.order_by(CustodyEvent.id)]
            for uuid in (original, attached)}
    assert logs == {original: ["intake", "attach"], attached: ["attach", "view"]}
    assert check_evidence(vault) == []
    with pytest.raises(InvalidInput):
        attach_evidence(vault, original, case_id)


def test_an_items_description_can_be_corrected_but_not_its_hash(vault, case_id, tmp_path):
    from datetime import date

    from casedesk.services.evidence import update_evidence
    from casedesk.storage.models import AuditEntry
    item = add_evidence(vault, case_id, _file(tmp_path, "audio.ogg", b"OggS audio"))
    update_evidence(vault, item, title="Llamada de la madre", content_date=date(2025, 1, 7), confidentiality="restricted")
    record = Evidence.get(Evidence.uuid == item)
    assert (record.title, record.content_date, record.kind) == ("Llamada de la madre", "2025-01-07", "audio")
    with pytest.raises(InvalidInput):
        update_evidence(vault, item, sha256="0" * 64)
    entry = AuditEntry.select().where(AuditEntry.action == "update").get()
    assert '"title": ["audio", "Llamada de la madre"]' in entry.changes


def test_a_file_stored_but_never_recorded_is_removed_at_the_next_open(vault, vault_dir, tmp_path):
    """The window between the encrypted file's completion and its record's commit: a crash
    there leaves the file with its intent marker, and the next open removes both."""
    import io

    from casedesk.services.evidence import blob_store
    from casedesk.storage.vault import open_vault
    from tests.conftest import PASSPHRASE
    stored = blob_store(vault).store(io.BytesIO(b"nunca registrado"))    # as if the process died here
    assert (vault_dir / "evidence" / stored.name).exists()
    vault.lock()
    with open_vault(vault_dir, PASSPHRASE) as reopened:
        assert not (vault_dir / "evidence" / stored.name).exists()
        assert list((vault_dir / "evidence").iterdir()) == []
        from casedesk.services.integrity import verify_vault
        assert verify_vault(reopened).ok


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions and locks")
def test_an_export_removes_the_plaintext_a_killed_export_left_in_its_folder(vault, case_id, tmp_path):
    """A copy left half-written by a process that died (the registry inside the vault is the other
    way it goes, at the next start) is removed by the next export to the same folder; one still
    being written by a live process is not touched."""
    import stat

    from casedesk.storage.blobs import EXPORT_PARTIAL_PREFIX
    evidence_id = add_evidence(vault, case_id, _file(tmp_path, "acta.txt", b"acta"))
    out = tmp_path / "out"
    out.mkdir()
    abandoned = out / f"{EXPORT_PARTIAL_PREFIX}{'a' * 32}"
    abandoned.write_bytes(b"half of a decrypted file")
    in_progress = out / f"{EXPORT_PARTIAL_PREFIX}{'b' * 32}"
    in_progress.write_bytes(b"another export, still running")
    holder = subprocess.Popen([sys.executable, "-c", "import fcntl, sys, time\n"
                               "f = open(sys.argv[1], 'rb'); fcntl.flock(f, fcntl.LOCK_EX)\n"
                               "print('locked', flush=True); time.sleep(60)", str(in_progress)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        unrelated = out / ".partial-notes.txt"                   # not ours: the name says so
        unrelated.write_bytes(b"x")
        export_evidence(vault, evidence_id, out / "acta.txt")
        assert not abandoned.exists() and in_progress.exists() and unrelated.exists()
        assert stat.S_IMODE((out / "acta.txt").stat().st_mode) == 0o600
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()


def test_exporting_into_a_missing_folder_is_a_clear_error(vault, case_id, tmp_path):
    evidence_id = add_evidence(vault, case_id, _file(tmp_path, "acta.txt", b"acta"))
    with pytest.raises(InvalidInput) as refused:
        export_evidence(vault, evidence_id, tmp_path / "no-such-folder" / "acta.txt")
    assert "no-such-folder" in refused.value.message("en")
    assert not any(p.name.startswith(".") for p in tmp_path.iterdir())
    assert [c.action for c in CustodyEvent.select()] == ["intake"]     # nothing left, so nothing logged
