"""`casedesk self-test`: the whole chain on a throwaway vault of synthetic data, so that an
installed (or frozen) CaseDesk can show it works on this computer before real cases go in."""

from __future__ import annotations

import io
import shutil
import tempfile
from datetime import date
from pathlib import Path
from typing import Callable

STEPS = ("create an encrypted vault", "write and search a case", "seal an evidence file", "make a dossier",
         "make a census report", "read a list from a PDF", "back up and check the backup", "verify everything",
         "remove the test vault")


def run_self_test(report: Callable[[str, bool, str], None]) -> bool:
    """Run every step; `report(step, ok, detail)` after each. True when all passed."""
    from pikepdf import Pdf

    from casedesk.services.backups import make_backup
    from casedesk.services.cases import NewCase, add_case
    from casedesk.services.census import make_census_pdf
    from casedesk.services.dossiers import make_dossier
    from casedesk.services.evidence import add_evidence
    from casedesk.services.integrity import verify_vault
    from casedesk.services.search import search_cases
    from casedesk.storage.vault import create_vault

    scratch = Path(tempfile.mkdtemp(prefix="casedesk-self-test-"))
    vault = None
    ok = True

    def step(name: str, action: Callable[[], str]) -> None:
        nonlocal ok
        if not ok:
            return
        try:
            detail = action()
        except Exception as error:     # a self-test reports every failure instead of stopping at a traceback
            ok = False
            report(name, False, f"{type(error).__name__}: {error}")
            return
        report(name, True, detail)

    state: dict = {}
    try:
        def create() -> str:
            nonlocal vault
            vault = create_vault(scratch / "vault", "self-test passphrase, synthetic data only", actor="self-test")
            return f"Argon2id {vault.header.slots[0].kdf.memory_kib // 1024} MiB"

        def write_and_search() -> str:
            state["case"] = add_case(vault, NewCase.named("Íñigo Prueba Núñez", national_id="V-1.234.567"))
            found = search_cases("inigo nunez")
            assert found and found[0].id == state["case"], "the case was not found by a folded search"
            return "found without accents"

        def evidence() -> str:
            (scratch / "acta.txt").write_text("acta de prueba", encoding="utf-8")
            add_evidence(vault, state["case"], scratch / "acta.txt")
            return "encrypted with age"

        def dossier() -> str:
            with Pdf.open(io.BytesIO(make_dossier(vault, [state["case"]], password="clave de prueba larga"))
                          , password="clave de prueba larga") as pdf:
                return f"{len(pdf.pages)} page(s), AES-256"

        def census() -> str:
            with Pdf.open(io.BytesIO(make_census_pdf(vault, date.today()))) as pdf:
                return f"{len(pdf.pages)} page(s)"

        def pdf_list() -> str:
            from reportlab.pdfgen.canvas import Canvas

            from casedesk.services.importing import parse_list
            out = io.BytesIO()
            canvas = Canvas(out)
            for line, cells in enumerate((("Nombre", "Cédula", "Estatus"), ("Íñigo Prueba Núñez", "V-1.234.567", "Detenido"),
                                          ("Ana Prueba Díaz", "V-1.234.568", "Excarcelada"))):
                for column, text in enumerate(cells):
                    canvas.drawString(60 + column * 170, 760 - line * 16, text)
            canvas.save()
            reading = parse_list(out.getvalue(), "lista.pdf")
            assert reading.used and len(reading.used[0].table.rows) == 2, "the PDF's table was not found"
            return "2 rows read with PDFium"

        def backup() -> str:
            return str(make_backup(vault, kind="manual").folder.name)

        def verify() -> str:
            result = verify_vault(vault)
            assert result.ok, "; ".join(result.problems)
            return f"{result.audit_entries} audit entries chained"

        for name, action in zip(STEPS[:-1], (create, write_and_search, evidence, dossier, census, pdf_list, backup,
                                             verify)):
            step(name, action)
    finally:
        if vault is not None:
            vault.lock()
        shutil.rmtree(scratch, ignore_errors=True)
        removed = not scratch.exists()
        report(STEPS[-1], removed, "")
        ok = ok and removed
    return ok
