"""Dossiers read back as a reader would: text, fonts, structure, password."""

import base64
import io
import json
import re
import shutil
import subprocess
from datetime import date, datetime, timedelta

import pikepdf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from casedesk.domain.errors import InvalidInput
from casedesk.domain.normalize import parse_date
from casedesk.domain.vocabulary import EventKind
from casedesk.reports.dossier import canonical_text, text_digest
from casedesk.services.cases import NewCase, NewContact, NewEvent, add_case, add_event
from casedesk.services.dossiers import (
    PROFILES, DossierCheckRefused, check_dossier, describe_check, evidence_manifest_sha256, make_dossier,
    read_check_data, vault_fingerprint,
)
from casedesk.services.evidence import add_evidence
from casedesk.storage.audit import chain_head
from casedesk.storage.models import AuditEntry

PHONE, ADDRESS = "+58 412-555-0142", "Calle Los Mangos 14, Barquisimeto"

from tests.conftest import PASSPHRASE, pdf_text, run_cli


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
    result = check_dossier(target, "una clave larga")
    assert result["ok"] and result["cases"][0]["manifest_matches"] is True
    (tmp_path / "nueva.txt").write_bytes(b"nuevo testimonio")
    add_evidence(vault, case_id, tmp_path / "nueva.txt")
    result = check_dossier(target, "una clave larga")
    assert not result["ok"] and result["failed"] == "evidence"
    assert result["checks"]["content"] is True                           # the pages themselves are as issued
    assert result["cases"][0]["found"] and result["cases"][0]["manifest_matches"] is False
    with pytest.raises(DossierCheckRefused) as missing:
        check_dossier(target)                                              # no password
    assert missing.value.check == "password_needed"


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
    result = check_dossier(code.lower().replace("-", " "))                # as dictated over the phone
    assert result["ok"] and result["checks"]["issued"] is True
    checked, = result["cases"]
    assert checked["found"] and checked["manifest_matches"] and checked["name"] == "Rosa Inés Prado"
    assert (result["code"], result["profile"], result["language"]) == (code, "family", "es")
    with pytest.raises(InvalidInput, match="No dossier made in this vault"):
        check_dossier("ZZZZ-ZZZZ")


# --- Signed dossiers: what check-dossier refuses (issue 14, items 2 and 8) -----------------------

LONG_PASSWORD = "una clave larga"


def _long_case(vault) -> str:
    """A case whose dossier runs to several pages: a timeline of 120 weekly visits."""
    from casedesk.domain.normalize import FuzzyDate
    from casedesk.domain.vocabulary import DatePrecision
    events = [NewEvent(EventKind.TRANSFER, FuzzyDate(date(2021, 1, 4) + timedelta(days=7 * n), DatePrecision.DAY),
                       description=f"Visita de la abogada n.º {n}: traslado a otra celda", source="Acta de visita")
              for n in range(120)]
    return add_case(vault, NewCase.named("Marta Elena Quintero", arrest_date=parse_date("2021-01-04"),
                                         facility="Centro Sintético de Reclusión", events=events))


def _check_data(pdf: bytes, password: str = "") -> dict:
    with pikepdf.open(io.BytesIO(pdf), password=password) as document:
        return json.loads(str(document.docinfo["/CaseDeskCheck"]))


def _with_a_date_changed(pdf: bytes, page_number: int) -> tuple[bytes, str]:
    """The dossier with one date in a table on `page_number` changed by a digit, as someone
    editing the file would do it: that page's content stream rewritten, nothing else touched."""
    with pikepdf.open(io.BytesIO(pdf)) as document:
        page = document.pages[page_number - 1]
        operations = pikepdf.parse_content_stream(page)
        for index, (operands, operator) in enumerate(operations):
            shown = str(operands[0]) if str(operator) == "Tj" else ""
            if re.fullmatch(r"\d\d/\d\d/\d{4}|\d{4}-\d\d-\d\d", shown):
                changed = shown[:-1] + str((int(shown[-1]) + 1) % 10)
                operations[index] = pikepdf.ContentStreamInstruction([pikepdf.String(changed)], pikepdf.Operator("Tj"))
                break
        else:
            raise AssertionError(f"no date on page {page_number}")
        page.obj.Contents = document.make_stream(pikepdf.unparse_content_stream(operations))
        out = io.BytesIO()
        document.save(out)
    return out.getvalue(), changed


def _invented_with_real_metadata(real: bytes) -> bytes:
    """A new PDF saying something the vault never issued, with every metadata entry of a real
    dossier copied into it."""
    from reportlab.pdfgen.canvas import Canvas
    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(72, 760, "Marta Elena Quintero: liberación verificada el 8 de enero de 2025.")
    canvas.showPage()
    canvas.save()
    with pikepdf.open(io.BytesIO(real)) as source, pikepdf.open(io.BytesIO(out.getvalue())) as forged:
        for key, value in source.docinfo.items():
            forged.docinfo[key] = pikepdf.String(str(value))
        result = io.BytesIO()
        forged.save(result)
    return result.getvalue()


def _pdf_with_information(**entries) -> bytes:
    """A one-page PDF whose document information holds `entries` (pikepdf objects) and nothing else."""
    from reportlab.pdfgen.canvas import Canvas
    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(72, 760, "Expediente")
    canvas.showPage()
    canvas.save()
    with pikepdf.open(io.BytesIO(out.getvalue())) as document:
        for key in list(document.docinfo.keys()):
            del document.docinfo[key]
        for key, value in entries.items():
            document.docinfo["/" + key] = value
        result = io.BytesIO()
        document.save(result)
    return result.getvalue()


def _english(result: dict) -> str:
    return " ".join(en for en, _ in describe_check(result))


def _cli(*args: str, lang: str = "en_US.UTF-8") -> subprocess.CompletedProcess:
    """The real `casedesk` in a subprocess; the caller checks its exit code and both outputs."""
    import os
    import sys
    env = {**os.environ, "CASEDESK_PASSPHRASE": PASSPHRASE, "LANG": lang, "LC_ALL": lang}
    result = subprocess.run([sys.executable, "-m", "casedesk", *args], capture_output=True, text=True, env=env,
                            stdin=subprocess.DEVNULL, timeout=120, check=False)
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr, result.stderr
    return result


def test_the_signature_covers_the_text_a_reader_extracts_and_the_audit_log_keeps_it(vault, case_id):
    pdf = make_dossier(vault, [case_id], profile="internal", language="es")
    sealed = _check_data(pdf)
    record = json.loads(sealed["signed"])
    # The text pypdf reads, in the canonical form, is the text PDFium read when the vault signed it.
    pypdf_pages = [text_digest(canonical_text(page.extract_text())) for page in PdfReader(io.BytesIO(pdf)).pages]
    assert pypdf_pages == record["pages"] and len(record["drawing"]) == len(record["pages"])
    assert (record["cases"], record["profile"], record["language"]) == (
        [{"case": case_id, "manifest_sha256": evidence_manifest_sha256(case_id)}], "internal", "es")
    assert record["code"] in pdf_text(pdf) and sealed["signature"] not in pdf_text(pdf)   # not on any page
    export = json.loads(AuditEntry.select().order_by(AuditEntry.id.desc()).get().changes)
    assert export["pages"][1] == record["pages"] and export["signature"][1] == sealed["signature"]
    assert export["drawing"][1] == record["drawing"]
    assert export["made_at"][1] == record["made_at"]
    head = chain_head()
    with pytest.raises(InvalidInput, match="8 characters"):              # refused before anything is recorded
        make_dossier(vault, [case_id], password="corta")
    assert chain_head() == head


def test_an_untouched_dossier_passes_and_so_does_a_protected_one_with_its_password(vault, case_id, tmp_path):
    target = tmp_path / "expediente.pdf"
    target.write_bytes(make_dossier(vault, [case_id], profile="court", language="en"))
    result = check_dossier(target)
    assert result["ok"] and result["failed"] is None and result["page"] is None
    assert result["checks"] == {"signature": True, "content": True, "drawing": True, "issued": True, "cases": True,
                                "evidence": True}
    assert result["signed_by"] == "this_vault" and result["profile"] == "court"
    assert _english(result).startswith("Authentic: this vault issued this dossier on ")
    target.write_bytes(make_dossier(vault, [case_id], profile="family", password=LONG_PASSWORD))
    assert check_dossier(target, LONG_PASSWORD)["ok"]
    with pytest.raises(DossierCheckRefused, match="That password does not open this dossier") as wrong:
        check_dossier(target, "otra clave larga")
    with pytest.raises(DossierCheckRefused, match="protected with a password: give its password") as missing:
        check_dossier(target)
    assert (wrong.value.check, missing.value.check) == ("password_wrong", "password_needed")
    assert wrong.value.message("es") == "Esa contraseña no abre este expediente."


def test_a_dossier_with_its_visible_text_edited_is_refused_naming_the_page(vault, tmp_path):
    pdf = make_dossier(vault, [_long_case(vault)], profile="court", language="es")
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    assert pages >= 4
    edited, changed = _with_a_date_changed(pdf, 3)
    before, after = ([page.extract_text() for page in PdfReader(io.BytesIO(data)).pages] for data in (pdf, edited))
    assert changed in after[2] and changed not in before[2] and before[:2] == after[:2] and before[3:] == after[3:]
    target = tmp_path / "editado.pdf"
    target.write_bytes(edited)
    result = check_dossier(target)
    assert not result["ok"] and result["failed"] == "content" and result["page"] == 3
    assert result["checks"]["signature"] is True and result["checks"]["issued"] is False
    assert "Page 3 differs from what this vault issued" in _english(result)
    assert "La página 3 no coincide con lo que emitió esta bóveda" in describe_check(result)[0][1]
    with pikepdf.open(io.BytesIO(pdf)) as document:                    # a page taken out
        del document.pages[pages - 1]
        document.save(target)
    result = check_dossier(target)
    assert (result["failed"], result["page"]) == ("content", pages)
    assert (f"This copy has {pages - 1} pages; the dossier this vault issued had {pages} pages: page {pages} is "
            "missing.") in _english(result)


def test_a_new_pdf_with_invented_text_and_the_real_metadata_is_refused(vault, case_id, tmp_path):
    pdf = make_dossier(vault, [case_id], profile="court", language="es")
    target = tmp_path / "inventado.pdf"
    target.write_bytes(_invented_with_real_metadata(pdf))
    result = check_dossier(target)
    assert not result["ok"] and result["failed"] == "content" and result["page"] == 1


def test_a_dossier_remade_with_one_fact_changed_and_the_real_check_data_is_refused_on_that_page(vault, tmp_path):
    from casedesk.reports.dossier import build_dossier, qr_payload, seal
    from casedesk.services.dossiers import dossier_data
    from casedesk.services.letterhead import letterhead_for_documents
    case = _long_case(vault)
    head = chain_head()
    pdf = make_dossier(vault, [case], profile="court", language="es")
    sealed = _check_data(pdf)
    record = json.loads(sealed["signed"])
    data = dossier_data(case, "court", "es", vault)
    # The same layout, the same code and time, the real signature in the QR code and the
    # metadata; only the status on the cover says something else.
    forged = build_dossier([{**data, "status_label": "Excarcelado/a"}], language="es",
                           vault_fingerprint=record["vault"], audit_head=head,
                           generated_at=datetime.fromisoformat(record["made_at"]), profile="court",
                           letterhead=letterhead_for_documents(), code=record["code"])
    target = tmp_path / "rehecho.pdf"
    target.write_bytes(seal(forged, check_data=json.dumps(sealed), qr_payloads=[
        qr_payload(data, code=record["code"], signature=sealed["signature"])]))
    assert "Excarcelado/a" in pdf_text(target.read_bytes())
    result = check_dossier(target)
    assert not result["ok"] and (result["failed"], result["page"]) == ("content", 1)


def test_check_data_changed_or_signed_by_another_key_is_refused(vault, case_id, tmp_path):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    pdf = make_dossier(vault, [case_id], profile="court", language="en")
    sealed = _check_data(pdf)
    record = json.loads(sealed["signed"])
    target = tmp_path / "cambiado.pdf"

    def with_check_data(check_data: dict) -> dict:
        with pikepdf.open(io.BytesIO(pdf)) as document:
            document.docinfo["/CaseDeskCheck"] = json.dumps(check_data)
            document.save(target)
        return check_dossier(target)
    result = with_check_data({**sealed, "signed": json.dumps({**record, "profile": "internal"})})
    assert (result["failed"], result["signed_by"]) == ("signature", "this_vault")
    assert "The signature does not match" in _english(result)
    stranger = Ed25519PrivateKey.generate()
    signed = json.dumps({**record, "profile": "internal"})
    signature = stranger.sign(b"CaseDesk dossier check data\n" + signed.encode())
    result = with_check_data({"signed": signed, "signature": base64.urlsafe_b64encode(signature).decode().rstrip("="),
                              "key": stranger.public_key().public_bytes_raw().hex()})
    assert (result["failed"], result["signed_by"]) == ("signature", "another_key")
    assert "This dossier was not signed by this vault" in _english(result)


def test_a_combined_dossier_built_in_two_passes_checks_and_names_a_page_of_its_second_case(vault, tmp_path):
    first = _long_case(vault)
    second = add_case(vault, NewCase.named("Ana Pérez", arrest_date=parse_date("2025-01-02")))
    pdf = make_dossier(vault, [second, first], profile="court", language="en")
    target = tmp_path / "combinado.pdf"
    target.write_bytes(pdf)
    result = check_dossier(target)
    assert result["ok"] and [case["case_id"] for case in result["cases"]] == [second, first]
    target.write_bytes(_with_a_date_changed(pdf, 4)[0])
    assert (check_dossier(target)["failed"], check_dossier(target)["page"]) == ("content", 4)


def test_a_text_reader_that_orders_a_line_otherwise_cannot_make_a_genuine_copy_fail(vault, tmp_path, monkeypatch):
    from casedesk.services import dossiers
    pdf = make_dossier(vault, [add_case(vault, NewCase.named("Ana Pérez")), _long_case(vault)], profile="court")
    target = tmp_path / "combinado.pdf"
    target.write_bytes(pdf)
    # pypdf reads the table of contents' page numbers before the names, PDFium after them: as a
    # newer PDFium might one day, for a genuine copy.
    by_pypdf = [canonical_text(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]
    assert by_pypdf[0] != dossiers.page_texts(pdf)[0] and sorted(by_pypdf[0]) == sorted(dossiers.page_texts(pdf)[0])
    monkeypatch.setattr(dossiers, "page_texts", lambda data, password=None: [
        canonical_text(page.extract_text()) for page in PdfReader(io.BytesIO(data)).pages])
    assert check_dossier(target)["ok"]
    target.write_bytes(_with_a_date_changed(pdf, 5)[0])                # a real change is still caught
    assert (check_dossier(target)["failed"], check_dossier(target)["page"]) == ("content", 5)


def test_the_qr_code_carries_the_signature_and_a_phone_reading_it_can_check_it(vault):
    import pypdfium2
    import zxingcpp
    case = add_case(vault, NewCase.named("Rosa Inés Prado"))
    pdf = make_dossier(vault, [case], profile="family", language="es")
    image = pypdfium2.PdfDocument(pdf)[0].render(scale=150 / 72).to_pil()     # printed at 150 dpi
    text, = [code.text for code in zxingcpp.read_barcodes(image)]
    payload = json.loads(text)
    assert set(payload) == {"case", "code", "sig"} and payload["case"] == case
    assert payload["sig"] == _check_data(pdf)["signature"] and payload["code"] in pdf_text(pdf)
    result = check_dossier(text)
    assert result["ok"] and result["checks"]["signature"] and result["cases"][0]["name"] == "Rosa Inés Prado"
    altered = json.dumps({**payload, "sig": payload["sig"][::-1]})
    assert check_dossier(altered)["failed"] == "signature"
    with pytest.raises(DossierCheckRefused, match="carries no signature") as unsigned:
        check_dossier(json.dumps({"case": case, "manifest_sha256": evidence_manifest_sha256(case)}))
    assert unsigned.value.check == "unsigned"


def _replace_the_portrait(document) -> None:
    from PIL import Image as PillowImage
    portrait, = document.pages[0].get_images().values()                 # the cover's only picture
    other = io.BytesIO()                                                    # another face, the same size
    PillowImage.new("RGB", (int(portrait.Width), int(portrait.Height)), "darkred").save(other, format="JPEG")
    portrait.write(other.getvalue(), filter=pikepdf.Name.DCTDecode)


def _paint_over_a_line(document) -> None:
    document.pages[2].contents_add(document.make_stream(b"q 1 1 1 rg 56 500 480 60 re f Q"), prepend=False)


def _add_a_note(document) -> None:
    note = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.FreeText, Rect=[56, 500, 400, 540],
                              Contents=pikepdf.String("Liberado el 8 de enero"), DA=pikepdf.String("/Helv 14 Tf 0 g"))
    document.pages[1].obj.Annots = document.make_indirect(pikepdf.Array([document.make_indirect(note)]))


def _replace_the_qr_code(document) -> None:
    from casedesk.reports.dossier import qr_drawing, qr_forms
    (_page, form), = qr_forms(document)
    form.write(qr_drawing('{"case":"0f64d758-583e-4129-8510-e183eb7a2a8f","manifest_sha256":"00"}').encode())


@pytest.mark.parametrize("change, page", [(_replace_the_portrait, 1), (_paint_over_a_line, 3), (_add_a_note, 2),
                                          (_replace_the_qr_code, 1)])
def test_a_page_with_its_text_kept_but_its_drawing_changed_is_refused(vault, tmp_path, change, page):
    from PIL import Image as PillowImage

    from casedesk.services.evidence import update_evidence
    case = _long_case(vault)
    PillowImage.new("RGB", (600, 800), "navy").save(tmp_path / "retrato.jpg", format="JPEG")
    update_evidence(vault, add_evidence(vault, case, tmp_path / "retrato.jpg"), portrait=True)
    pdf = make_dossier(vault, [case], profile="court", language="en")
    with pikepdf.open(io.BytesIO(pdf)) as document:
        change(document)
        document.save(tmp_path / "cambiado.pdf")
    texts = [[page.extract_text() for page in PdfReader(source).pages] for source in (io.BytesIO(pdf),
                                                                                      tmp_path / "cambiado.pdf")]
    assert texts[0] == texts[1]                          # every word as issued: the text alone would pass
    result = check_dossier(tmp_path / "cambiado.pdf")
    assert not result["ok"] and (result["failed"], result["page"]) == ("drawing", page)
    assert result["checks"]["content"] is True and result["checks"]["signature"] is True
    assert f"Page {page} differs from what this vault issued: its text is the same" in _english(result)


_OLD_STYLE = json.dumps([json.dumps({"case": "0f64d758-583e-4129-8510-e183eb7a2a8f", "manifest_sha256": "5c" * 32})])
_VALID_RECORD = {"format": "casedesk-dossier/1", "vault": "FAAC-9C18-3D24-7AFC", "code": "K7QM-3XHP",
                 "profile": "court", "language": "es", "made_at": "2026-11-30T14:05:00-04:00",
                 "cases": [{"case": "0f64d758", "manifest_sha256": "5c" * 32}], "pages": ["ab" * 32]}


@pytest.mark.parametrize("entries, refused", [
    ({}, "not_dossier"),
    ({"Keywords": pikepdf.String("")}, "not_dossier"),
    ({"Keywords": pikepdf.String("[]")}, "not_dossier"),                 # was: exit 0 with no output
    ({"Keywords": pikepdf.String('["1"]')}, "not_dossier"),              # was: AttributeError
    ({"Keywords": pikepdf.String("[" * 100_000)}, "not_dossier"),
    ({"Keywords": pikepdf.String(_OLD_STYLE)}, "unsigned"),              # made before dossiers were signed
    ({"CaseDeskCheck": pikepdf.String("")}, "damaged"),
    ({"CaseDeskCheck": pikepdf.String("{}")}, "damaged"),
    ({"CaseDeskCheck": pikepdf.String("null")}, "damaged"),
    ({"CaseDeskCheck": pikepdf.Name("/Roto")}, "damaged"),
    ({"CaseDeskCheck": pikepdf.Array([1, 2])}, "damaged"),
    ({"CaseDeskCheck": pikepdf.String("[" * 100_000)}, "damaged"),
    ({"CaseDeskCheck": pikepdf.String(json.dumps({"signed": "{}", "signature": "", "key": ""}))}, "damaged"),
    ({"CaseDeskCheck": pikepdf.String(json.dumps({"signed": json.dumps({**_VALID_RECORD, "pages": []}),
                                                  "signature": "", "key": ""}))}, "damaged"),
    ({"CaseDeskCheck": pikepdf.String(json.dumps({"signed": json.dumps(_VALID_RECORD), "signature": "x" * 86,
                                                  "key": ""})[:-30])}, "damaged"),
])
def test_empty_or_malformed_check_data_is_a_clear_refusal(vault, tmp_path, entries, refused):
    target = tmp_path / "raro.pdf"
    target.write_bytes(_pdf_with_information(**entries))
    with pytest.raises(DossierCheckRefused) as error:
        check_dossier(target)
    assert error.value.check == refused
    assert "CaseDesk" in error.value.message("en") and "CaseDesk" in error.value.message("es")


def test_what_is_not_a_pdf_is_said_so(vault, tmp_path):
    for name, data in (("vacio.pdf", b""), ("texto.pdf", b"no soy un PDF"), ("cortado.pdf", b"%PDF-1.4\n1 0 obj")):
        (tmp_path / name).write_bytes(data)
        with pytest.raises(DossierCheckRefused, match="is not a readable PDF"):
            check_dossier(tmp_path / name)
    with pytest.raises(DossierCheckRefused, match="was not found") as missing:
        check_dossier(tmp_path / "no-existe.pdf")
    assert missing.value.check == "file"


@settings(max_examples=200, deadline=None)
@given(check_data=st.one_of(
    st.none(), st.text(max_size=200),
    st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
                 lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                 max_leaves=20).map(json.dumps),
    st.builds(lambda key, value: json.dumps({"signed": json.dumps({**_VALID_RECORD, key: value}), "signature": "",
                                             "key": ""}),
              st.sampled_from(sorted(_VALID_RECORD)),
              st.recursive(st.none() | st.integers() | st.text(max_size=70),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                                       max_size=3), max_leaves=8))),
    keywords=st.one_of(st.none(), st.text(max_size=50)))
def test_check_data_of_any_shape_is_read_or_refused_clearly(check_data, keywords):
    try:
        sealed = read_check_data(check_data, keywords)
    except DossierCheckRefused as refused:
        assert refused.check in ("not_dossier", "unsigned", "damaged")
    else:
        assert isinstance(sealed["record"]["pages"], list) and sealed["record"]["profile"] in PROFILES


def test_check_dossier_on_the_command_line_refuses_forgeries_and_says_which_check_failed(vault, tmp_path):
    from casedesk.storage.vault import create_vault
    case = _long_case(vault)
    pdf = make_dossier(vault, [case], profile="court", language="en")
    files = {"genuine": pdf, "edited": _with_a_date_changed(pdf, 3)[0], "invented": _invented_with_real_metadata(pdf),
             "protected": make_dossier(vault, [case], password=LONG_PASSWORD),
             "empty": _pdf_with_information(Keywords=pikepdf.String("[]")),
             "broken": _pdf_with_information(Keywords=pikepdf.String('["1"]'))}
    for name, data in files.items():
        (tmp_path / f"{name}.pdf").write_bytes(data)
    (tmp_path / "right.txt").write_text(LONG_PASSWORD + "\n", encoding="utf-8")
    (tmp_path / "wrong.txt").write_text("otra clave larga\n", encoding="utf-8")
    folder = str(vault.folder)
    vault.lock()
    with create_vault(tmp_path / "another", PASSPHRASE, actor="another lawyer") as another:
        (tmp_path / "another.pdf").write_bytes(make_dossier(another, [_long_case(another)], profile="court"))

    def check(name: str, *options: str, lang: str = "en_US.UTF-8") -> subprocess.CompletedProcess:
        return _cli("check-dossier", folder, str(tmp_path / f"{name}.pdf"), *options, lang=lang)
    genuine = check("genuine")
    assert genuine.returncode == 0 and genuine.stdout.startswith("Authentic: this vault issued this dossier")
    edited = check("edited", lang="es_ES.UTF-8")
    assert edited.returncode == 1 and "La página 3 no coincide con lo que emitió esta bóveda" in edited.stdout
    invented = check("invented", "--json")
    assert invented.returncode == 1
    assert {key: json.loads(invented.stdout)[key] for key in ("ok", "failed", "page")} == {
        "ok": False, "failed": "content", "page": 1}
    assert check("protected", "--password-file", str(tmp_path / "right.txt")).returncode == 0
    wrong = check("protected", "--password-file", str(tmp_path / "wrong.txt"))
    assert wrong.returncode == 1 and wrong.stderr.splitlines()[-1] == "That password does not open this dossier."
    missing = check("protected", "--json")
    assert missing.returncode == 1 and json.loads(missing.stdout)["failed"] == "password_needed"
    empty = check("empty", lang="es_ES.UTF-8")                          # was: exit 0 with no output
    assert empty.returncode == 1 and empty.stdout == ""
    assert empty.stderr.splitlines()[-1] == ("Este PDF no es un expediente de CaseDesk (no lleva datos de "
                                             "comprobación).")
    broken = check("broken", "--json")                                    # was: AttributeError
    assert broken.returncode == 1
    assert {key: json.loads(broken.stdout)[key] for key in ("ok", "failed", "messages")} == {
        "ok": False, "failed": "not_dossier",
        "messages": ["This PDF is not a CaseDesk dossier (it carries no check data)."]}
    another = check("another")
    assert another.returncode == 1 and "This dossier was not signed by this vault" in another.stdout


def test_a_vault_opened_read_only_without_evidence_still_makes_its_dossiers(vault, vault_dir):
    """A damaged vault is opened read-only so that what is intact can still be printed: a case
    with no evidence must not need the evidence key, which a read-only vault cannot create."""
    from casedesk.storage.vault import open_vault
    case_id = add_case(vault, NewCase.named("Ana Pérez Rondón"))
    vault.lock()
    rescued = open_vault(vault_dir, PASSPHRASE, read_only=True, allow_test_only_kdf=True)
    try:
        assert "Ana Pérez Rondón" in pdf_text(make_dossier(rescued, [case_id]))
    finally:
        rescued.lock()
