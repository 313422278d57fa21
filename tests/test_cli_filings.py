"""`casedesk filing`: the real program in a subprocess, as a lawyer at a terminal would run it."""

import io
import json
import stat

from docx import Document

from tests.conftest import run_cli


def _text(path) -> str:
    document = Document(io.BytesIO(path.read_bytes()))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([paragraph.text for paragraph in document.paragraphs] + cells)


def test_the_templates_are_listed_without_a_vault():
    listed = run_cli("filing", "--list")
    for name in ("decaimiento", "habeas-corpus", "traslado-medico", "paradero", "wgad", "cidh-cautelares"):
        assert name in listed
    assert "Working Group on Arbitrary Detention" in listed
    assert "Solicitud de medidas cautelares a la CIDH" in run_cli("filing", "--list", lang="es_VE.UTF-8")


def test_a_filing_is_drafted_from_a_case_and_recorded_in_its_timeline(tmp_path):
    vault = str(tmp_path / "vault")
    run_cli("init", vault)
    run_cli("letterhead", vault, "--name", "Foro Sintético", "--lawyer", "Ana Inventada")
    case_id = run_cli("add", vault, "--name", "Yusmary Ochoa Pinto", "--national-id", "V-19.384.221",
                      "--arrested", "5 ago 2024", "--facility", "Rodeo I").strip()
    out = tmp_path / "Decaimiento.docx"
    run_cli("filing", vault, case_id[:8], "--template", "decaimiento", "-o", str(out))
    text = _text(out)
    assert "Yusmary Ochoa Pinto" in text and "V-19.384.221" in text and "5 de agosto de 2024" in text
    assert "Ana Inventada" in text and "{{" not in text
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    shown = json.loads(run_cli("show", vault, case_id, "--json"))
    assert [event["kind"] for event in shown["events"]].count("filing") == 1
    english = tmp_path / "WGAD.docx"
    run_cli("filing", vault, case_id, "--template", "wgad", "--language", "en", "-o", str(english))
    assert "5 August 2024" in _text(english)


def test_mistakes_are_said_in_one_sentence(tmp_path):
    vault = str(tmp_path / "vault")
    run_cli("init", vault)
    case_id = run_cli("add", vault, "--name", "Ana Pérez").strip()
    run_cli("filing", vault, case_id, "-o", str(tmp_path / "x.docx"), expect=2)           # no --template
    run_cli("filing", vault, case_id, "--template", "amparo", "-o", str(tmp_path / "x.docx"), expect=1)
    run_cli("filing", vault, case_id, "--template", "paradero", "--language", "en", "-o",
            str(tmp_path / "x.docx"), expect=1)
    assert not (tmp_path / "x.docx").exists()
