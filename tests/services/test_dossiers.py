"""Dossiers read back as a reader would: text, fonts, structure, password."""

import io
import json
import shutil
import subprocess

import pikepdf
import pytest
from pypdf import PdfReader

from casedesk.domain.errors import InvalidInput
from casedesk.domain.normalize import parse_date
from casedesk.domain.vocabulary import EventKind
from casedesk.services.cases import NewCase, NewContact, NewEvent, add_case, add_event
from casedesk.services.dossiers import check_dossier, evidence_manifest_sha256, make_dossier, vault_fingerprint
from casedesk.services.evidence import add_evidence
from casedesk.storage.audit import chain_head
from casedesk.storage.models import AuditEntry

PHONE, ADDRESS = "+58 412-555-0142", "Calle Los Mangos 14, Barquisimeto"

from tests.conftest import pdf_text, run_cli


@pytest.fixture
def case_id(vault, tmp_path):
    case = add_case(vault, NewCase.named(
        "José Íñiguez Páez", national_id="V-12.345.678", arrest_date=parse_date("3 dic 2020"),
        facility="El Helicoide (SEBIN)", agency="SEBIN", charges="Instigación al odio", lawyer="Abg. Núñez",
        person_notes="Nota interna sobre la salud", notes="Estrategia de defensa reservada",
        contacts=[NewContact("Carmen Páez", relationship="madre", phones=PHONE, address=ADDRESS,
                             safe_channel="Signal"),
                  NewContact("Luis Íñiguez", relationship="hermano", do_not_contact=True)]))
    add_event(vault, case, NewEvent(EventKind.RELEASE_ANNOUNCED, parse_date("2025-01-07"), description="Anuncio oficial"))
    (tmp_path / "boleta.pdf").write_bytes(b"%PDF-1.4 boleta")
    add_evidence(vault, case, tmp_path / "boleta.pdf")
    return case


def test_the_internal_dossier_has_everything_with_accents_and_its_checks(vault, case_id):
    head = chain_head()
    pdf = make_dossier(vault, [case_id], profile="internal", language="es")
    text = pdf_text(pdf)
    for expected in ("José Íñiguez Páez", "V-12345678", "El Helicoide (SEBIN)", "Instigación al odio", PHONE,
                     ADDRESS, "Estrategia de defensa reservada", "Nota interna sobre la salud", "NO CONTACTAR",
                     "CONFIDENCIAL", "Anuncio oficial", vault_fingerprint(vault), evidence_manifest_sha256(case_id)):
        assert expected in text, expected
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    assert f"Página 1 de {pages}" in text and f"Página {pages} de {pages}" in text
    assert f"Cabeza de auditoría {head}" in text
    export = AuditEntry.select().order_by(AuditEntry.id.desc()).get()    # the dossier's own export entry
    assert (export.action, export.entity, export.previous_hash) == ("export", "dossier", head)
    with pikepdf.open(io.BytesIO(pdf)) as document:
        assert document.check_pdf_syntax() == []                          # qpdf's structural check
        payload = json.loads(str(document.docinfo["/Subject"]))
        fonts = {str(f.get("/BaseFont")) for page in document.pages for f in page.Resources.Font.values()}
    assert payload == {"case": case_id, "manifest_sha256": evidence_manifest_sha256(case_id)}
    assert fonts and all("BitstreamVera" in font for font in fonts)       # only embedded Vera, no Helvetica


@pytest.mark.parametrize("profile, absent, present", [
    ("court", [PHONE, ADDRESS, "Estrategia de defensa reservada", "Nota interna"], ["Carmen Páez", "V-12345678"]),
    ("family", [PHONE, ADDRESS, "Estrategia de defensa reservada", "Nota interna", "CONFIDENCIAL"],
     ["Carmen Páez", "COPIA PARA LA FAMILIA"]),
    ("public", ["V-12345678", "Carmen Páez", PHONE, "Estrategia de defensa reservada", "Nota interna",
                "Anuncio oficial", "CONFIDENCIAL"], ["José Íñiguez Páez", "El Helicoide (SEBIN)"]),
])
def test_each_profile_leaves_out_what_it_must(vault, case_id, profile, absent, present):
    text = pdf_text(make_dossier(vault, [case_id], profile=profile, language="es"))
    for word in absent:
        assert word not in text, (profile, word)
    for word in present:
        assert word in text, (profile, word)


def test_a_family_dossier_never_holds_another_familys_data(vault, case_id):
    other = add_case(vault, NewCase.named("Ana Pérez"))
    with pytest.raises(InvalidInput):
        make_dossier(vault, [case_id, other], profile="family")
    combined = pdf_text(make_dossier(vault, [case_id, other], profile="court", language="en"))
    assert "José Íñiguez Páez" in combined and "Ana Pérez" in combined and "CONFIDENTIAL" in combined


def test_a_password_protects_the_file_with_aes_256(vault, case_id, tmp_path):
    pdf = make_dossier(vault, [case_id], profile="court", language="es", password="una clave larga")
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.is_encrypted and not reader.decrypt("otra clave")
    assert "José Íñiguez Páez" in pdf_text(pdf, "una clave larga")
    with pikepdf.open(io.BytesIO(pdf), password="una clave larga") as document:
        assert document.encryption.R == 6 and document.encryption.stream_method.name == "aesv3"
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(io.BytesIO(pdf))
    if shutil.which("pdftotext"):                                       # poppler, when installed
        target = tmp_path / "expediente.pdf"
        target.write_bytes(pdf)
        assert "Íñiguez" in subprocess.run(["pdftotext", "-upw", "una clave larga", str(target), "-"],
                                           capture_output=True, text=True).stdout
        assert subprocess.run(["pdftotext", str(target), "-"], capture_output=True).returncode != 0


def test_check_dossier_notices_when_the_evidence_changed(vault, case_id, tmp_path):
    target = tmp_path / "expediente.pdf"
    target.write_bytes(make_dossier(vault, [case_id], password="una clave larga"))
    assert check_dossier(target, "una clave larga")[0]["manifest_matches"] is True
    (tmp_path / "nueva.txt").write_bytes(b"nuevo testimonio")
    add_evidence(vault, case_id, tmp_path / "nueva.txt")
    result = check_dossier(target, "una clave larga")[0]
    assert result["found"] and result["manifest_matches"] is False
    with pytest.raises(InvalidInput):
        check_dossier(target)                                              # no password


def test_the_command_line_makes_and_checks_a_dossier(tmp_path):
    folder = str(tmp_path / "vault")
    run_cli("init", folder)
    case = run_cli("add", folder, "--name", "Inés Marcano", "--arrested", "2024-02-02").strip()
    (tmp_path / "pw.txt").write_text("clave del expediente\n", encoding="utf-8")
    out = tmp_path / "d.pdf"
    run_cli("dossier", folder, case[:8], "-o", str(out), "--profile", "public", "--language", "es",
             "--password-file", str(tmp_path / "pw.txt"))
    assert "Inés Marcano" in pdf_text(out.read_bytes(), "clave del expediente")
    checked = json.loads(run_cli("check-dossier", folder, str(out), "--password-file", str(tmp_path / "pw.txt"),
                                  "--json"))
    assert checked["ok"] is True and checked["cases"][0]["case_id"] == case
    other = run_cli("add", folder, "--name", "Luis Páez").strip()
    run_cli("dossier", folder, case, other, "--each", "-o", str(tmp_path / "each"), "--language", "en")
    files = sorted(path.name for path in (tmp_path / "each").iterdir())
    assert files == sorted([f"dossier-{case[:8]}.pdf", f"dossier-{other[:8]}.pdf"])   # no names in file names
    assert "Luis Páez" in pdf_text((tmp_path / "each" / f"dossier-{other[:8]}.pdf").read_bytes())


def test_photo_evidence_appears_as_thumbnails_except_in_public_dossiers(vault, case_id, tmp_path):
    from PIL import Image as PillowImage
    PillowImage.new("RGB", (1600, 1200), "darkgreen").save(tmp_path / "celda.jpg", format="JPEG")
    add_evidence(vault, case_id, tmp_path / "celda.jpg")

    def images(pdf: bytes) -> int:
        with pikepdf.open(io.BytesIO(pdf)) as document:
            return sum(len(page.get_images()) for page in document.pages)
    assert images(make_dossier(vault, [case_id], profile="internal")) == 1
    assert images(make_dossier(vault, [case_id], profile="public")) == 0


def test_a_combined_dossier_opens_with_contents_and_bookmarks_for_each_case(vault, case_id):
    other = add_case(vault, NewCase.named("Ana Pérez", arrest_date=parse_date("2025-01-02")))
    pdf = make_dossier(vault, [case_id, other], profile="court", language="es")
    reader = PdfReader(io.BytesIO(pdf))
    contents = " ".join(reader.pages[0].extract_text().split())
    assert "Contenido" in contents and "José Íñiguez Páez" in contents and "Ana Pérez" in contents
    starts = {item.title: reader.get_destination_page_number(item) + 1 for item in reader.outline}
    assert set(starts) == {"José Íñiguez Páez", "Ana Pérez"} and starts["José Íñiguez Páez"] == 2
    listed = " ".join(contents.replace(".", " ").split())   # the dot leaders read as dots
    for name, page in starts.items():                         # the number may be read before the name
        assert f"{name} {page}" in listed or f"{page} {name}" in listed
    assert "Ana Pérez" in reader.pages[starts["Ana Pérez"] - 1].extract_text()


def test_the_photo_marked_as_portrait_is_on_the_cover_and_public_only_if_shareable(vault, case_id, tmp_path):
    from PIL import Image as PillowImage

    from casedesk.services.evidence import update_evidence
    PillowImage.new("RGB", (600, 800), "navy").save(tmp_path / "retrato.jpg", format="JPEG")
    portrait = add_evidence(vault, case_id, tmp_path / "retrato.jpg")

    def cover_images(pdf: bytes) -> int:
        with pikepdf.open(io.BytesIO(pdf)) as document:
            return len(document.pages[0].get_images())
    before = cover_images(make_dossier(vault, [case_id]))
    update_evidence(vault, portrait, portrait=True)
    assert cover_images(make_dossier(vault, [case_id])) == before + 1
    assert cover_images(make_dossier(vault, [case_id], profile="public")) == 0
    update_evidence(vault, portrait, confidentiality="shareable")
    assert cover_images(make_dossier(vault, [case_id], profile="public")) == 1
    (tmp_path / "acta.txt").write_text("acta", encoding="utf-8")
    with pytest.raises(InvalidInput):
        update_evidence(vault, add_evidence(vault, case_id, tmp_path / "acta.txt"), portrait=True)
    second = add_evidence(vault, case_id, tmp_path / "retrato.jpg")
    update_evidence(vault, second, portrait=True)                      # one portrait per case
    from casedesk.storage.models import Evidence
    assert [e.uuid for e in Evidence.select().where(Evidence.portrait)] == [second]


def test_the_printed_code_tells_the_lawyer_which_dossier_it_is(vault):
    case = add_case(vault, NewCase.named("Rosa Inés Prado"))
    text = pdf_text(make_dossier(vault, [case], profile="family", language="es"))
    assert json.loads(AuditEntry.select().order_by(AuditEntry.id.desc()).get().changes)["code"][1] in text
    code = text.split("Código de verificación ")[1][:9]
    result, = check_dossier(code.lower().replace("-", " "))               # as dictated over the phone
    assert result["found"] and result["manifest_matches"] and result["name"] == "Rosa Inés Prado"
    assert (result["code"], result["profile"], result["language"]) == (code, "family", "es")
    with pytest.raises(InvalidInput, match="No dossier made in this vault"):
        check_dossier("ZZZZ-ZZZZ")
    qr_text = json.dumps({"case": case, "manifest_sha256": result["manifest_in_vault"]})
    assert check_dossier(qr_text)[0]["manifest_matches"] is True          # what a phone reads from the QR code
