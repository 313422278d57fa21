"""The PDFs as the people who receive them read them: the mark on each page fits the reader,
the time is local with its zone, the letterhead heads page 1 and the check is in plain words.

Built straight from plain data (no vault): the reports take nothing else.
"""

from __future__ import annotations

import io
import re
import time
from datetime import date, datetime, timezone

import pytest
from PIL import Image as PillowImage
from pypdf import PdfReader

from casedesk.reports import census as census_report
from casedesk.reports import common, dossier as dossier_report, recovery
from casedesk.reports.census import build_census
from casedesk.reports.common import local_time, number, zone_label
from casedesk.reports.dossier import build_dossier
from casedesk.reports.recovery import build_recovery_sheet

MADE = datetime(2026, 11, 30, 18, 5, tzinfo=timezone.utc)
HEAD = "ab" * 32
VAULT = "FAAC-9C18-3D24-7AFC"
MANIFEST = "5c" * 32
CODE = "K7QM-3XHP"


def _logo() -> bytes:
    image = PillowImage.new("RGBA", (360, 120), (0, 0, 0, 0))
    image.paste((31, 78, 121, 255), (10, 10, 110, 110))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


LETTERHEAD = {"organisation": "Observatorio Sintético de Derechos", "address": ["Calle Falsa 123", "Caracas"],
              "lawyer": "Abg. Marta Quintero", "signature": ["Abg. Marta Quintero", "Defensora",
                                                             "Inpreabogado N.º 999.999"], "logo": _logo()}


@pytest.fixture
def caracas(monkeypatch):
    """This computer's clock set to Venezuela's time (UTC−4, no summer time)."""
    monkeypatch.setenv("TZ", "<-04>4")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _dossier(name: str = "Rosa Inés Prado", case_id: str = "0f64d758-583e-4129-8510-e183eb7a2a8f") -> dict:
    return {"case_id": case_id, "name": name, "status_label": "Detenida", "arrest_date": "03/12/2020",
            "facility": "Centro Sintético", "days_held": 2290,
            "person": [("national_id", "V-1"), ("sex", ""), ("birth_date", ""), ("nationality", ""),
                       ("occupation", ""), ("affiliation", ""), ("aliases", "")],
            "detention": [("arrest_date", "03/12/2020"), ("facility", "Centro Sintético")],
            "timeline": [["03/12/2020", "Detención", "", ""]], "hearings": [], "contacts": None,
            "evidence": [], "claims": [], "notes": None, "thumbnails": [], "portrait": None,
            "manifest_sha256": MANIFEST}


def _pages(pdf: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def _make(profile: str, language: str = "es", letterhead: dict | None = LETTERHEAD, cases: int = 1) -> list[str]:
    dossiers = [_dossier(f"Persona Sintética {n}", f"0f64d758-583e-4129-8510-e183eb7a2a8{n}") for n in range(cases)]
    return _pages(build_dossier(dossiers, language=language, vault_fingerprint=VAULT, audit_head=HEAD,
                                generated_at=MADE, profile=profile, letterhead=letterhead, code=CODE))


def test_local_time_says_its_zone_in_both_languages(caracas):
    assert local_time(MADE, "es") == "30/11/2026 14:05 (UTC−04:00)"
    assert local_time(MADE, "en") == "30 Nov 2026 14:05 (UTC−04:00)"
    assert local_time(MADE, "es", long=True) == "30 de noviembre de 2026 a las 14:05 (UTC−04:00)"
    assert local_time(MADE, "en", long=True) == "30 November 2026 at 14:05 (UTC−04:00)"


def test_a_zone_with_a_name_is_named_and_utc_is_plain(monkeypatch):
    monkeypatch.setenv("TZ", "CET-1")
    time.tzset()
    try:
        assert local_time(MADE, "es") == "30/11/2026 19:05 (UTC+01:00, CET)"
    finally:
        monkeypatch.undo()
        time.tzset()
    assert zone_label(MADE) == "UTC"


@pytest.mark.parametrize("profile, mark", [("internal", "CONFIDENCIAL"), ("court", "CONFIDENCIAL"),
                                           ("family", "COPIA PARA LA FAMILIA"), ("public", None)])
def test_each_reader_gets_the_mark_that_fits(profile, mark):
    pages = _make(profile)
    for page in pages:
        if mark:
            assert page.startswith(mark), (profile, page[:60])
        if profile in ("family", "public"):
            assert "CONFIDENCIAL" not in page and "CONFIDENTIAL" not in page
    if profile == "public":                           # the organisation's name instead of a stamp
        assert all(page.startswith(LETTERHEAD["organisation"]) for page in pages)


def test_public_and_family_copies_in_english_are_not_stamped_confidential():
    for profile in ("public", "family"):
        text = " ".join(_make(profile, "en"))
        assert "CONFIDENTIAL" not in text and "Confidential" not in text
    assert "COPY FOR THE FAMILY" in " ".join(_make("family", "en"))
    assert "CONFIDENTIAL" in " ".join(_make("court", "en"))


def test_footers_give_local_time_with_its_zone_and_the_team_keeps_its_technical_values(caracas):
    internal, court, family = _make("internal")[0], _make("court")[0], _make("family")[0]
    issued = f"Emitido por {LETTERHEAD['organisation']} el 30/11/2026 14:05 (UTC−04:00)"
    assert issued in internal and issued in court and issued in family
    assert f"Cabeza de auditoría {HEAD}" in internal and f"Bóveda {VAULT}" in court
    assert f"Código de verificación {CODE}" in family
    footer = family[family.rindex("Emitido por"):]
    assert HEAD not in footer and VAULT not in footer          # a family's page footer has no hashes
    english = _make("public", "en", letterhead=None)[0]
    assert "Generated 30 Nov 2026 14:05 (UTC−04:00)" in english
    assert not re.search(r"\d\d:\d\d UTC", english)          # the old UTC time with no zone to read it by


def test_the_letterhead_heads_page_one_only_and_nothing_shows_without_one():
    pages = _make("court", cases=2)
    assert LETTERHEAD["organisation"] in pages[0] and "Calle Falsa 123" in pages[0]
    assert "Abogado/a: Abg. Marta Quintero" in pages[0]
    assert not any("Calle Falsa 123" in page for page in pages[1:])
    bare = " ".join(_make("court", letterhead=None))
    assert "Calle Falsa" not in bare and "Abogado/a:" not in bare and "Inpreabogado" not in bare
    with_logo = build_dossier([_dossier()], language="es", vault_fingerprint=VAULT, audit_head=HEAD,
                              generated_at=MADE, profile="public", letterhead=LETTERHEAD, code=CODE)
    without = build_dossier([_dossier()], language="es", vault_fingerprint=VAULT, audit_head=HEAD,
                            generated_at=MADE, profile="public", letterhead=None, code=CODE)
    assert len(PdfReader(io.BytesIO(with_logo)).pages[0].images) == 1
    assert len(PdfReader(io.BytesIO(without)).pages[0].images) == 0


@pytest.mark.parametrize("profile, signed", [("court", True), ("family", True), ("internal", False),
                                             ("public", False)])
def test_court_and_family_copies_end_with_the_signature_block(profile, signed):
    pages = _make(profile, cases=2 if profile == "court" else 1)
    assert ("Inpreabogado N.º 999.999" in pages[-1]) is signed
    assert not any("Inpreabogado" in page for page in pages[:-1])   # once, at the very end


def test_the_check_says_in_plain_words_what_it_is_whom_to_ask_and_what_to_give(caracas):
    text = " ".join(_make("family"))
    plain = (f"Este documento es el expediente del caso de Persona Sintética 0, preparado para su familia, "
             f"emitido por {LETTERHEAD['organisation']} el 30 de noviembre de 2026 a las 14:05 (UTC−04:00).")
    ask = (f"pida a Abg. Marta Quintero ({LETTERHEAD['organisation']}) que lo verifique con CaseDesk: escanee "
           f"el código QR de la primera página o indique el código de verificación {CODE}.")
    assert plain in text and ask in text
    assert text.index(ask) < text.index(MANIFEST) and text.index(ask) < text.index(HEAD)   # the words first
    anonymous = " ".join(_make("public", "en", letterhead=None))
    assert "ask whoever gave you this document to check it with CaseDesk" in anonymous
    assert "made with CaseDesk on 30 November 2026" in anonymous
    assert f"give the verification code {CODE}" in anonymous and "casedesk check-dossier VAULT " + CODE in anonymous


def test_spanish_numbers_are_grouped_with_a_point():
    assert number(2290, "es") == "2.290" and number(2290, "en") == "2,290"
    assert "Días detenido/a 2.290" in _make("internal")[0]
    assert "Days held 2,290" in _make("internal", "en")[0]


def test_the_census_carries_the_letterhead_and_spanish_numbers(caracas):
    census = {"as_of": "2026-11-30", "held": 2290, "foreigners_held": 1234, "military_held": 12,
              "by_status": {"detained": 2290}, "unknown": {}}
    text = " ".join(_pages(build_census(census, [(date(2026, 11, 30), 2290)], language="es", vault_fingerprint=VAULT,
                                       audit_head=HEAD, generated_at=MADE, letterhead=LETTERHEAD)))
    assert text.startswith("CONFIDENCIAL") and LETTERHEAD["organisation"] in text
    assert "2.290 personas detenidas" in text and "De ellas, 1.234 extranjeras y 12 militares." in text
    assert "30/11/2026 14:05 (UTC−04:00)" in text
    bare = " ".join(_pages(build_census(census, [], language="en", vault_fingerprint=VAULT, audit_head=HEAD,
                                        generated_at=MADE)))
    assert "Calle Falsa" not in bare and "2,290 people held" in bare


def test_the_recovery_sheet_says_contrasena_and_its_local_date(caracas):
    text = " ".join(_pages(build_recovery_sheet(" ".join(["palabra"] * 16), vault_fingerprint=VAULT, made_at=MADE)))
    assert "si se olvida la contraseña" in text and "«¿Olvidó la contraseña?»" in text
    assert "hoja creada el 30/11/2026 14:05 (UTC−04:00)" in text


def test_no_pdf_says_frase_de_paso_or_frase_secreta():
    words = repr((common._WORDS, common._STAMPS, dossier_report.TEXT, census_report.TEXT, recovery._TEXT))
    assert "frase de paso" not in words.lower() and "frase secreta" not in words.lower()
    assert "contraseña" in repr(recovery._TEXT["es"])
