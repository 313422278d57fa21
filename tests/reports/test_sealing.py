"""What a dossier's signature covers, read back from the PDF: the text of each page in one
canonical form whatever reads it, what draws each page, and QR codes drawn after signing
that change neither. Built from plain data (no vault)."""

from __future__ import annotations

import io
import json
import random
import string
from datetime import datetime, timezone

import pikepdf
import pypdfium2
import pytest
import zxingcpp
from pypdf import PdfReader
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.barcode.qrencoder import QRCode

from casedesk.reports.dossier import (
    _codewords, build_dossier, canonical_text, page_drawings, page_texts, qr_forms, qr_payload, seal,
)
from tests.reports.test_pdf_readers import LETTERHEAD, _dossier

MADE = datetime(2026, 11, 30, 18, 5, tzinfo=timezone.utc)
SIGNED = {"code": "K7QM-3XHP", "signature": "A" * 86}


def _build(cases: int = 1, **options) -> bytes:
    dossiers = [_dossier(f"Persona Sintética {n}", f"0f64d758-583e-4129-8510-e183eb7a2a8{n}") for n in range(cases)]
    return build_dossier(dossiers, language="es", vault_fingerprint="FAAC-9C18-3D24-7AFC", audit_head="ab" * 32,
                         generated_at=MADE, profile="court", letterhead=LETTERHEAD, code=SIGNED["code"], **options)


def _qr_texts(pdf: bytes) -> list[list[str]]:
    document = pypdfium2.PdfDocument(pdf)
    return [[code.text for code in zxingcpp.read_barcodes(document[n].render(scale=150 / 72).to_pil())]
            for n in range(len(document))]


def test_the_canonical_text_keeps_the_letters_and_drops_what_readers_disagree_on():
    assert canonical_text("José  Íñiguez\n\tPáez\u00a0 V-1") == "JoséÍñiguezPáezV-1"
    assert canonical_text("Jose\u0301 Pa\u0301ez") == "JoséPáez"              # decomposed accents: NFC
    assert canonical_text("re\u00adcluso\u200b\x02\ufffe") == "recluso"         # soft hyphen, zero width, controls
    assert canonical_text("página 3") != canonical_text("página 8")


def test_the_error_correction_is_reportlabs_to_the_byte():
    randomly = random.Random(14)
    for length in [*range(1, 300, 11), 161, 700, 1500]:
        payload = "".join(randomly.choice(string.printable) for _ in range(length))
        code = QrCodeWidget(payload).qr
        code.version = code.calculate_version()
        assert _codewords(code) == QRCode.createData(code.version, code.errorCorrectLevel, code.dataList), length


def test_qr_codes_drawn_after_signing_change_no_page_text_nor_what_the_signature_covers():
    blank = _build(cases=2, qr_codes=False)              # two cases: a table of contents, two passes
    assert _qr_texts(blank) == [[], [], [], [], []]
    with pikepdf.open(io.BytesIO(blank)) as document:
        assert [page for page, _form in qr_forms(document)] == [2, 4]
        drawings = page_drawings(document)
    payloads = [qr_payload({"case_id": f"0f64d758-583e-4129-8510-e183eb7a2a8{n}"}, **SIGNED) for n in range(2)]
    sealed = seal(blank, check_data=json.dumps({"signed": "{}"}), qr_payloads=payloads,
                  encryption=pikepdf.Encryption(user="una clave larga", owner="otra clave larga", R=6))
    assert page_texts(sealed, "una clave larga") == page_texts(blank)
    with pikepdf.open(io.BytesIO(sealed), password="una clave larga") as document:
        assert page_drawings(document) == drawings
        assert json.loads(str(document.docinfo["/CaseDeskCheck"])) == {"signed": "{}"}
        plain = io.BytesIO()
        document.save(plain, encryption=False)
    assert _qr_texts(plain.getvalue()) == [[], [payloads[0]], [], [payloads[1]], []]
    # pypdf reads the same letters on every page; on the table of contents, in another order.
    reader = PdfReader(io.BytesIO(sealed))
    reader.decrypt("una clave larga")
    by_pypdf = [canonical_text(page.extract_text()) for page in reader.pages]
    assert [sorted(text) for text in by_pypdf] == [sorted(text) for text in page_texts(blank)]


@pytest.mark.parametrize("resave", [
    lambda document, out: document.save(out),
    lambda document, out: document.save(out, compress_streams=False),
    lambda document, out: document.save(out, object_stream_mode=pikepdf.ObjectStreamMode.generate),
    lambda document, out: document.save(out, linearize=True),
])
def test_saving_the_file_again_changes_no_drawing_but_a_changed_logo_does(resave):
    pdf = _build()
    with pikepdf.open(io.BytesIO(pdf)) as document:
        drawings = page_drawings(document)
        out = io.BytesIO()
        resave(document, out)
    with pikepdf.open(out) as document:
        assert page_drawings(document) == drawings
        logo, = document.pages[0].get_images().values()
        logo.write(logo.read_bytes()[::-1])
        changed = page_drawings(document)
    assert changed[0] != drawings[0] and changed[1:] == drawings[1:]
