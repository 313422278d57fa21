"""The organisation's letterhead: kept (logo included) inside the encrypted vault, checked as
it comes in, audited when it changes, and printed on the documents that leave the vault."""

from __future__ import annotations

import io
import json
import time
from pathlib import Path

import pytest
from PIL import Image as PillowImage
from pypdf import PdfReader

from casedesk.domain.errors import InvalidInput
from casedesk.services.cases import NewCase, add_case
from casedesk.services.census import make_census_pdf
from casedesk.services.dossiers import make_dossier
from casedesk.services.letterhead import (
    LOGO_KEPT_SIZE, LOGO_MAX_BYTES, Letterhead, clear_letterhead, letterhead, logo_from_bytes, logo_size, read_logo,
    save_letterhead,
)
from casedesk.storage.models import AuditEntry

from tests.conftest import pdf_text, run_cli

ORGANISATION = "Observatorio Sintético de Derechos"


def _image(tmp_path: Path, name: str, size=(1800, 600), fmt="PNG", mode="RGBA", **save) -> Path:
    path = tmp_path / name
    colour = {"RGBA": (31, 78, 121, 255), "RGB": (31, 78, 121)}.get(mode, 0)
    PillowImage.new(mode, size, colour).save(path, format=fmt, **save)
    return path


@pytest.fixture
def full(tmp_path) -> Letterhead:
    return Letterhead(organisation=ORGANISATION, address="Calle Falsa 123\nCaracas", lawyer="Abg. Marta Quintero",
                      signature="Abg. Marta Quintero\nDefensora\nInpreabogado N.º 999.999",
                      logo=read_logo(_image(tmp_path, "logo.png")))


def test_a_vault_has_no_letterhead_until_one_is_set(vault):
    assert letterhead() == Letterhead() and not letterhead().is_set() and letterhead().for_report() is None


def test_the_letterhead_and_its_logo_live_only_inside_the_encrypted_database(vault, vault_dir, full):
    before = sorted(path.relative_to(vault_dir) for path in vault_dir.rglob("*") if path.is_file())
    save_letterhead(vault, full)
    assert letterhead() == full
    after = sorted(path.relative_to(vault_dir) for path in vault_dir.rglob("*") if path.is_file())
    assert after == before                                           # no file of its own
    for path in vault_dir.rglob("*"):
        if path.is_file():
            raw = path.read_bytes()
            assert full.logo[:64] not in raw and ORGANISATION.encode() not in raw, path


def test_a_logo_is_checked_reduced_and_stripped(tmp_path):
    exif = PillowImage.Exif()
    exif[0x010F] = "Camara Sintetica"                                    # Make: the kind of thing a file carries
    original = _image(tmp_path, "big.jpg", size=(3000, 1500), fmt="JPEG", mode="RGB", exif=exif.tobytes())
    assert b"Camara Sintetica" in original.read_bytes()
    kept = read_logo(original)
    width, height = logo_size(kept)
    assert width <= LOGO_KEPT_SIZE[0] and height <= LOGO_KEPT_SIZE[1]
    with PillowImage.open(io.BytesIO(kept)) as image:
        assert not image.getexif() and image.format == "JPEG"
    with PillowImage.open(io.BytesIO(read_logo(_image(tmp_path, "clear.png", mode="RGBA")))) as image:
        assert image.mode == "RGB" and image.size == (720, 240)               # on white, as on the page
    assert b"Camara Sintetica" not in kept
    (tmp_path / "notes.png").write_text("not a picture", encoding="utf-8")
    for bad in (tmp_path / "notes.png", _image(tmp_path, "anim.gif", fmt="GIF", mode="RGB")):
        with pytest.raises(InvalidInput, match="PNG or JPEG"):
            read_logo(bad)
    with pytest.raises(InvalidInput, match="too large a picture"):      # a small file claiming a huge picture
        read_logo(_image(tmp_path, "bomb.png", size=(6000, 6000), mode="1"))
    (tmp_path / "huge.png").write_bytes(b"\x89PNG" + b"\0" * LOGO_MAX_BYTES)
    with pytest.raises(InvalidInput, match="too large"):
        read_logo(tmp_path / "huge.png")
    with pytest.raises(InvalidInput):
        read_logo(tmp_path / "absent.png")
    with pytest.raises(InvalidInput) as refused:
        logo_from_bytes(b"GIF89a")
    assert refused.value.message("es") == "El logo debe ser una imagen PNG o JPEG."


def test_texts_are_tidied_and_too_long_ones_refused(vault):
    stored = save_letterhead(vault, Letterhead(organisation="  Observatorio   Sintético ", address="Calle 1\n\n  Caracas  "))
    assert (stored.organisation, stored.address) == ("Observatorio Sintético", "Calle 1\nCaracas")
    with pytest.raises(InvalidInput, match="at most 4"):
        save_letterhead(vault, Letterhead(address="\n".join(["línea"] * 5)))
    with pytest.raises(InvalidInput, match="too long"):
        save_letterhead(vault, Letterhead(organisation="x" * 500))
    assert letterhead() == stored                                     # a refused change leaves the old one


def test_every_change_is_audited_with_the_logo_by_its_hash(vault, full):
    save_letterhead(vault, full)
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).get()
    changes = json.loads(entry.changes)
    assert (entry.action, entry.entity) == ("update", "letterhead")
    assert changes["organisation"] == ["", ORGANISATION] and len(changes["logo_sha256"][1]) == 64
    assert "logo" not in changes and "iVBOR" not in entry.changes        # never the image itself
    count = AuditEntry.select().count()
    save_letterhead(vault, full)                                           # nothing changed: nothing recorded
    assert AuditEntry.select().count() == count
    clear_letterhead(vault)
    assert not letterhead().is_set()
    assert json.loads(AuditEntry.select().order_by(AuditEntry.id.desc()).get().changes)["lawyer"] == [
        "Abg. Marta Quintero", ""]


def test_dossiers_and_the_census_carry_it_when_set_and_not_before(vault, full, monkeypatch):
    monkeypatch.setenv("TZ", "<-04>4")
    time.tzset()
    try:
        case = add_case(vault, NewCase.named("Rosa Inés Prado"))
        plain = make_dossier(vault, [case], profile="court", language="es")
        assert ORGANISATION not in pdf_text(plain) and "Inpreabogado" not in pdf_text(plain)
        save_letterhead(vault, full)
        court = make_dossier(vault, [case], profile="court", language="es")
        first = " ".join(PdfReader(io.BytesIO(court)).pages[0].extract_text().split())
        assert ORGANISATION in first and "Calle Falsa 123" in first and "(UTC−04:00)" in first
        assert "Inpreabogado N.º 999.999" in pdf_text(court)
        public = pdf_text(make_dossier(vault, [case], profile="public", language="es"))
        assert "CONFIDENCIAL" not in public and ORGANISATION in public and "Inpreabogado" not in public
        from datetime import date
        census = pdf_text(make_census_pdf(vault, date.today(), language="en"))
        assert ORGANISATION in census and "(UTC−04:00)" in census
    finally:
        monkeypatch.undo()
        time.tzset()


def test_the_command_line_sets_shows_and_clears_the_letterhead(tmp_path):
    folder = str(tmp_path / "vault")
    run_cli("init", folder)
    assert "No letterhead" in run_cli("letterhead", folder)
    logo = _image(tmp_path, "logo.png")
    shown = run_cli("letterhead", folder, "--name", ORGANISATION, "--address", "Calle Falsa 123\\nCaracas",
                    "--signature-block", "Abg. Marta Quintero\\nInpreabogado N.º 999.999", "--logo", str(logo))
    assert ORGANISATION in shown and "Caracas" in shown and "720×240 px" in shown
    data = json.loads(run_cli("letterhead", folder, "--lawyer", "Abg. Marta Quintero", "--json"))
    assert data["address"] == "Calle Falsa 123\nCaracas" and data["lawyer"] == "Abg. Marta Quintero"
    assert data["logo"]["pixels"][0] <= LOGO_KEPT_SIZE[0]
    assert json.loads(run_cli("letterhead", folder, "--no-logo", "--json"))["logo"] is None
    (tmp_path / "x.png").write_text("nope", encoding="utf-8")
    run_cli("letterhead", folder, "--logo", str(tmp_path / "x.png"), expect=1)
    case = run_cli("add", folder, "--name", "Rosa Inés Prado").strip()
    run_cli("dossier", folder, case, "-o", str(tmp_path / "d.pdf"), "--profile", "family", "--language", "es")
    assert ORGANISATION in pdf_text((tmp_path / "d.pdf").read_bytes())
    run_cli("letterhead", folder, "--clear")
    assert "Sin membrete" in run_cli("letterhead", folder, lang="es_VE.UTF-8")
