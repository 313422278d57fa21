"""`casedesk bench`: the vault's speed measured against plain SQLite in the same run.

Both sides run the same schema, the same services and the same synthetic cases; the only
difference is SQLCipher's encryption. The vault side uses the real, calibrated key
derivation unless the test-only switch is on (the result then says so).

`unlock_s` is what the window waits for (key derivation, first page, schema);
`unlock_checked_s` adds the HMAC check of every page that the CLI runs before each command
and the window runs in the background.
"""

from __future__ import annotations

import io
import os
import random
import statistics
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Callable

from casedesk.services.cases import add_cases
from casedesk.services.census import census_as_of, held_over_time, open_data, overview
from casedesk.services.demo import SURNAMES, synthetic_cases
from casedesk.services.releases import match_release_list
from casedesk.services.search import list_cases, search_cases
from casedesk.storage import models
from casedesk.storage.database import PlainDatabase
from casedesk.storage.keys import test_only_fast_kdf_enabled
from casedesk.storage.migrations import LATEST_SCHEMA_VERSION
from casedesk.storage.vault import DATABASE_FILE, _migrate, create_vault, open_vault, release_database

SEARCHES = 200
PAGE_REPEATS = 20
BENCH_PASSPHRASE = "benchmark passphrase, synthetic data"


def run_benchmark(cases: int, *, progress: Callable[[str], None] = lambda _: None) -> dict:
    with tempfile.TemporaryDirectory(prefix="casedesk-bench-") as scratch:
        scratch_path = Path(scratch)
        queries = _queries(cases)
        progress(f"plain SQLite: inserting {cases} cases…")
        plain = _measure_plain(scratch_path / "plain.db", cases, queries)
        progress(f"vault: inserting {cases} cases…")
        vault = _measure_vault(scratch_path / "vault", cases, queries)
    return {
        "cases": cases,
        "unlock_s": vault["unlock_s"],
        "unlock_checked_s": vault["unlock_checked_s"],
        "create_s": vault["create_s"],
        "insert_s": vault["insert_s"],
        "insert_plain_s": plain["insert_s"],
        "insert_ratio": round(vault["insert_s"] / plain["insert_s"], 3),
        "search_ms_median": vault["search_ms_median"],
        "search_ms_p95": vault["search_ms_p95"],
        "search_plain_ms_median": plain["search_ms_median"],
        "search_plain_ms_p95": plain["search_ms_p95"],
        "first_page_ms": vault["first_page_ms"],
        "first_page_cold_ms": vault["first_page_cold_ms"],
        "first_page_plain_ms": plain["first_page_ms"],
        "release_match_500_s": vault["release_match_500_s"],
        "census_s": vault["census_s"],
        "census_plain_s": plain["census_s"],
        "census_since_s": vault["census_since_s"],
        "census_open_data_s": vault["census_open_data_s"],
        "held_monthly_series_s": vault["held_monthly_series_s"],
        "dashboard_s": vault["dashboard_s"],
        "db_bytes": vault["db_bytes"],
        "db_plain_bytes": plain["db_bytes"],
        "kdf": vault["kdf"],
    }


def _measure_vault(folder: Path, cases: int, queries: list[str]) -> dict:
    start = time.perf_counter()
    vault = create_vault(folder, BENCH_PASSPHRASE, actor="benchmark")
    create_s = time.perf_counter() - start
    kdf = vault.header.slots[0].kdf
    with vault:
        insert_s = _timed(lambda: add_cases(vault, synthetic_cases(cases)))
    start = time.perf_counter()
    open_vault(folder, BENCH_PASSPHRASE, actor="benchmark").lock()
    unlock_checked_s = time.perf_counter() - start
    start = time.perf_counter()
    vault = open_vault(folder, BENCH_PASSPHRASE, actor="benchmark", check_pages=False)
    unlock_s = time.perf_counter() - start
    with vault:
        cold = _timed(lambda: list_cases(0, 100)) * 1000
        results = _measure_queries(queries)
        results["release_match_500_s"] = round(_timed(lambda: match_release_list(_release_list())), 3)
        vault.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return {**results, "create_s": round(create_s, 3), "unlock_s": round(unlock_s, 3),
            "unlock_checked_s": round(unlock_checked_s, 3),
            "insert_s": round(insert_s, 3), "first_page_cold_ms": round(cold, 2),
            "db_bytes": (folder / DATABASE_FILE).stat().st_size,
            "kdf": {"memory_kib": kdf.memory_kib, "iterations": kdf.iterations,
                    "parallelism": kdf.parallelism, "test_only": test_only_fast_kdf_enabled()}}


@contextmanager
def _plain_sqlite(path: Path) -> Iterator[SimpleNamespace]:
    """The vault's schema in plain SQLite, the baseline every figure is compared with; yields
    what the services take in place of an open vault."""
    db = PlainDatabase(str(path))
    db.connect()
    _migrate(db, 0, LATEST_SCHEMA_VERSION)
    models.database.initialize(db)
    try:
        yield SimpleNamespace(actor="benchmark", database=db)
    finally:
        db.close()
        release_database()


def _measure_plain(path: Path, cases: int, queries: list[str]) -> dict:
    with _plain_sqlite(path) as stand_in:
        insert_s = _timed(lambda: add_cases(stand_in, synthetic_cases(cases)))
        results = _measure_queries(queries)
        stand_in.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return {**results, "insert_s": round(insert_s, 3), "db_bytes": path.stat().st_size}


def _measure_queries(queries: list[str]) -> dict:
    timings = sorted(_timed(lambda q=q: search_cases(q)) * 1000 for q in queries)
    pages = [_timed(lambda: list_cases(0, 100)) * 1000 for _ in range(PAGE_REPEATS)]
    today = date.today()
    census = [_timed(lambda: census_as_of(today)) for _ in range(3)]
    return {"search_ms_median": round(statistics.median(timings), 2),
            "search_ms_p95": round(timings[int(len(timings) * 0.95) - 1], 2),
            "first_page_ms": round(statistics.median(pages), 2),
            "census_s": round(statistics.median(census), 3),
            "census_since_s": round(_timed(lambda: census_as_of(today, date(today.year - 1, 1, 1))), 3),
            "census_open_data_s": round(_timed(lambda: open_data(today)), 3),
            "held_monthly_series_s": round(_timed(lambda: held_over_time(today)), 3),
            "dashboard_s": round(_timed(lambda: overview(today)), 3)}


def _release_list() -> str:
    """An announced list of 500 lines: 400 people held, written every way, and 100 unknowns."""
    rng = random.Random(11)
    rows = models.database.execute_sql(
        "SELECT p.given_names, p.surnames, p.national_id FROM detention_case c JOIN person p ON p.id = c.person_id "
        "WHERE c.status = 'detained' ORDER BY c.id LIMIT 400").fetchall()
    lines = []
    for number, (given, surnames, national_id) in enumerate(rows, start=1):
        style = number % 4
        line = (f"{surnames}, {given}" if style == 0 else f"{given} {surnames}".upper() if style == 1
                else f"{given} {surnames}, C.I. {national_id}" if style == 2 and national_id else f"{given} {surnames}")
        lines.append(f"{number}. {line}")
    lines += [f"{400 + i}. Nombre{i} Inventado{rng.randrange(1000)}" for i in range(1, 101)]
    return "\n".join(lines)


def _queries(cases: int) -> list[str]:
    """What people type: surnames and their beginnings, two words, and IDs written every way."""
    rng = random.Random(7)
    ids = [c.national_id for c, _ in zip(synthetic_cases(cases), range(2000)) if c.national_id]
    queries = []
    for index in range(SEARCHES):
        kind = index % 4
        if kind == 0:
            queries.append(rng.choice(SURNAMES)[: rng.randrange(3, 8)])
        elif kind == 1:
            queries.append(f"{rng.choice(SURNAMES)} {rng.choice(SURNAMES)[:4]}")
        else:
            number = rng.choice(ids).split("-")[1]
            written = (f"V-{int(number):,}".replace(",", "."), number, f"V{number}", number[:5])
            queries.append(rng.choice(written))
    return queries


def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def run_evidence_benchmark(megabytes: int, *, progress: Callable[[str], None] = lambda _: None) -> dict:
    """Intake of one large file against `sha256sum` and raw pyrage on the same file, with the
    process's peak memory before and after (flat memory means the file was streamed)."""
    import hashlib
    import resource
    import shutil
    import subprocess

    import pyrage
    from pyrage import x25519

    from casedesk.services.cases import NewCase, add_case
    from casedesk.services.evidence import add_evidence

    with tempfile.TemporaryDirectory(prefix="casedesk-bench-") as scratch:
        scratch_path = Path(scratch)
        source = scratch_path / "video.mp4"
        progress(f"writing a {megabytes} MB test file…")
        block = os.urandom(1024 * 1024)
        with open(source, "wb") as out:
            for _ in range(megabytes):
                out.write(block)
        results: dict = {"evidence_mb": megabytes}
        if shutil.which("sha256sum"):
            results["sha256sum_s"] = round(_timed(lambda: subprocess.run(
                ["sha256sum", str(source)], check=True, capture_output=True)), 3)
        identity = x25519.Identity.generate()

        def raw_pyrage() -> None:
            with open(source, "rb") as reader, open(scratch_path / "raw.age", "wb") as writer:
                pyrage.encrypt_io(reader, writer, [identity.to_public()])
        results["raw_pyrage_s"] = round(_timed(raw_pyrage), 3)
        (scratch_path / "raw.age").unlink()

        def python_sha256() -> None:
            digest = hashlib.sha256()
            with open(source, "rb") as reader:
                for chunk in iter(lambda: reader.read(1 << 20), b""):
                    digest.update(chunk)
        results["python_sha256_s"] = round(_timed(python_sha256), 3)

        with create_vault(scratch_path / "vault", BENCH_PASSPHRASE, actor="benchmark") as vault:
            case_id = add_case(vault, NewCase.named("Ana Pérez"))
            peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
            progress("intake into the vault…")
            intake_s = _timed(lambda: add_evidence(vault, case_id, source))
            peak_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        results.update(intake_s=round(intake_s, 3), intake_mb_per_s=round(megabytes / intake_s, 1),
                       raw_pyrage_mb_per_s=round(megabytes / results["raw_pyrage_s"], 1),
                       peak_rss_mb_before=peak_before, peak_rss_mb_after=peak_after)
    return results


def run_dossier_benchmark(*, progress: Callable[[str], None] = lambda _: None) -> dict:
    """A ~20-page dossier with 10 photos, and 100 one-case dossiers, each against the same
    content laid out with ReportLab the textbook way (every cell a Paragraph, the QR widget),
    and against our own layout alone (data already gathered: no vault reads, no thumbnails)."""
    from datetime import datetime, timedelta, timezone

    import pikepdf
    from PIL import Image as PillowImage

    from casedesk.domain.normalize import FuzzyDate
    from casedesk.domain.vocabulary import DatePrecision, EventKind
    from casedesk.reports.dossier import build_dossier
    from casedesk.services.cases import NewCase, NewEvent, add_case
    from casedesk.services.dossiers import dossier_data, make_dossier, vault_fingerprint
    from casedesk.services.evidence import add_evidence
    from casedesk.storage.audit import chain_head

    with tempfile.TemporaryDirectory(prefix="casedesk-bench-") as scratch:
        scratch_path = Path(scratch)
        with create_vault(scratch_path / "vault", BENCH_PASSPHRASE, actor="benchmark") as vault:
            progress("a long case with 10 photos…")
            start = date(2016, 1, 1)
            events = [NewEvent(EventKind.TRANSFER if i % 3 else EventKind.OTHER,
                               FuzzyDate(start + timedelta(days=7 * i), DatePrecision.DAY),
                               description=f"Visita de la abogada n.º {i}: se constata su estado de salud y traslado",
                               source="Acta de visita") for i in range(300)]
            big = add_case(vault, NewCase.named("María José Íñiguez Rodríguez", arrest_date=FuzzyDate(start, DatePrecision.DAY),
                                                events=events, notes="Notas " * 300))
            for number in range(10):
                photo = scratch_path / f"foto{number}.jpg"
                PillowImage.new("RGB", (1600, 1200), (20 * number, 80, 120)).save(photo, format="JPEG", quality=85)
                add_evidence(vault, big, photo)
            data = [dossier_data(big, "internal", "es", vault)]
            head, fingerprint, now = chain_head(), vault_fingerprint(vault), datetime.now(timezone.utc)

            def layout_only(gathered: list[dict]) -> bytes:
                return build_dossier(gathered, language="es", vault_fingerprint=fingerprint, audit_head=head,
                                     generated_at=now)
            full = [_timed(lambda: make_dossier(vault, [big])) * 1000 for _ in range(5)]
            layout = [_timed(lambda: layout_only(data)) * 1000 for _ in range(5)]
            textbook = [_timed(lambda: _textbook_reportlab(data[0])) * 1000 for _ in range(5)]
            with pikepdf.open(io.BytesIO(make_dossier(vault, [big]))) as document:
                pages = len(document.pages)
            progress("100 dossiers…")
            ids = add_cases(vault, synthetic_cases(100, seed=5))
            many = _timed(lambda: [make_dossier(vault, [case_id]) for case_id in ids])
            many_data = [dossier_data(case_id, "internal", "es", vault) for case_id in ids]
            many_layout = _timed(lambda: [layout_only([d]) for d in many_data])
            many_textbook = _timed(lambda: [_textbook_reportlab(d) for d in many_data])
    return {"dossier_pages": pages, "dossier_photos": 10,
            "dossier_ms_median": round(statistics.median(full), 1),
            "dossier_layout_only_ms_median": round(statistics.median(layout), 1),
            "dossier_raw_reportlab_ms_median": round(statistics.median(textbook), 1),
            "dossiers_100_s": round(many, 2), "dossiers_100_layout_only_s": round(many_layout, 2),
            "dossiers_100_raw_reportlab_s": round(many_textbook, 2)}


def _textbook_reportlab(d: dict) -> bytes:
    """The dossier's content as ReportLab's documentation would lay it out: every table cell a
    Paragraph, the QR code as its widget, images as they come. The baseline for our layout."""
    from xml.sax.saxutils import escape

    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Table

    from casedesk.reports.common import BODY, CELL, H1, H2
    from casedesk.reports.dossier import qr_payload

    def cell(value: object) -> Paragraph:
        return Paragraph(escape(str(value if value not in (None, "") else "—")), CELL)

    def table(rows: list[list]) -> Table:
        return Table([[cell(value) for value in row] for row in rows] or [[cell("—")]], repeatRows=1)

    widget = QrCodeWidget(qr_payload(d))
    x1, y1, x2, y2 = widget.getBounds()
    qr = Drawing(32 * mm, 32 * mm, transform=[32 * mm / (x2 - x1), 0, 0, 32 * mm / (y2 - y1), 0, 0])
    qr.add(widget)
    story = [Paragraph(escape(d["name"]), H1), qr, table([[key, value] for key, value in d["person"]]),
             table([[key, value] for key, value in d["detention"]]), Paragraph("Cronología", H2),
             table(d["timeline"]), table(d["contacts"] or []), table(d["evidence"])]
    for _title, data in d["thumbnails"]:
        image = Image(io.BytesIO(data), width=52 * mm, height=39 * mm)
        story.append(image)
    story += [table(d["claims"]), Paragraph(escape(d["notes"] or ""), BODY)]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()


def run_import_benchmark(cases: int, rows: int = 10_000, *, progress: Callable[[str], None] = lambda _: None) -> dict:
    """A messy list of `rows` people imported into a vault of `cases`, deduplication included,
    against the same import into plain SQLite holding the same cases."""
    from casedesk.services.importing import import_file

    with tempfile.TemporaryDirectory(prefix="casedesk-bench-") as scratch:
        scratch_path = Path(scratch)
        progress(f"plain SQLite: {cases} cases, then a list of {rows}…")
        with _plain_sqlite(scratch_path / "plain.db") as stand_in:
            add_cases(stand_in, synthetic_cases(cases))
            listing = _messy_list(scratch_path / "lista.xlsx", rows)
            plain_s = _timed(lambda: import_file(stand_in, listing))
        progress(f"vault: {cases} cases, then the same list…")
        with create_vault(scratch_path / "vault", BENCH_PASSPHRASE, actor="benchmark") as vault:
            add_cases(vault, synthetic_cases(cases))
            summary: dict = {}
            vault_s = _timed(lambda: summary.update(import_file(vault, listing)))
    return {"cases_in_vault": cases, "rows": rows, "import_s": round(vault_s, 2), "import_plain_s": round(plain_s, 2),
            **{key: summary[key] if not isinstance(summary[key], list) else len(summary[key])
               for key in ("rows_read", "people_created", "people_merged", "cases_created", "duplicates_in_file",
                           "to_review", "skipped", "kept_as_written")}, "accounted": summary["accounted"]}


def run_compare_benchmark(cases: int, rows: int = 10_000, *, progress: Callable[[str], None] = lambda _: None) -> dict:
    """Another group's messy list of `rows` people compared with a vault of `cases` (nothing
    imported), and the comparison written as a workbook; against the same comparison over
    plain SQLite holding the same cases."""
    from casedesk.services.comparing import compare_file, comparison_workbook

    with tempfile.TemporaryDirectory(prefix="casedesk-bench-") as scratch:
        scratch_path = Path(scratch)
        progress(f"plain SQLite: {cases} cases, then a list of {rows}…")
        with _plain_sqlite(scratch_path / "plain.db") as stand_in:
            add_cases(stand_in, synthetic_cases(cases))
            listing = _messy_list(scratch_path / "lista.xlsx", rows)
            plain_s = _timed(lambda: compare_file(listing))
        progress(f"vault: {cases} cases, then the same list…")
        with create_vault(scratch_path / "vault", BENCH_PASSPHRASE, actor="benchmark") as vault:
            add_cases(vault, synthetic_cases(cases))
            found: list = []
            compare_s = _timed(lambda: found.append(compare_file(listing)))
            workbook_s = _timed(lambda: comparison_workbook(found[0], "es"))
    counts = found[0].counts()
    return {"cases_in_vault": cases, "rows": rows, "compare_s": round(compare_s, 2),
            "compare_plain_s": round(plain_s, 2), "workbook_s": round(workbook_s, 2),
            **{key: counts[key] for key in ("rows_read", "in_both", "in_both_with_disagreements", "only_file",
                                            "only_vault", "to_confirm", "duplicates_in_file", "not_people",
                                            "held_in_vault", "accounted")}}


def _messy_list(path: Path, rows: int) -> Path:
    """A workbook as other groups keep them: a title and a note above a two-row merged header,
    a third of the people already in the vault written every way (IDs with and without dots
    or letter, placeholders, names in capitals or surnames first), statuses and stages in
    their words, states in an "Estado" column, dates as text and as Excel serials, some rows
    repeated, blank rows and totals, and a summary sheet."""
    import xlsxwriter
    rng = random.Random(13)
    known = models.database.execute_sql(
        "SELECT p.given_names, p.surnames, p.national_id, c.arrest_date FROM person p "
        "JOIN detention_case c ON c.person_id = p.id ORDER BY random() LIMIT ?", (rows // 3,)).fetchall()
    statuses = ("Detenido", "Privado de libertad", "Excarcelado", "Procesado/a", "Condenada", "Murió bajo custodia",
                "Desaparecido", "Arresto domiciliario")
    states = ("Zulia", "Lara", "Carabobo", "Distrito Capital", "Táchira", "Miranda", "Aragua")
    lines: list[list[str]] = []
    for given, surnames, national_id, arrest in known:
        number = (national_id or "")[2:]
        written_id = rng.choice((national_id or "", f"{int(number):,}".replace(",", ".") if number else "", number,
                                 "S/C" if not number else number))
        day = date.fromisoformat(arrest) if arrest else None
        written_day = rng.choice((day.strftime("%d/%m/%Y"), str((day - date(1899, 12, 30)).days))) if day else ""
        lines.append([rng.choice((f"{surnames}".upper(), surnames)), rng.choice((given.upper(), given)), written_id,
                      written_day, "Rodeo I", "DGCIM", rng.choice(states), rng.choice(statuses)])
    for new in synthetic_cases(rows - len(known) - rows // 20, seed=99):
        day = new.arrest_date.value.strftime("%d/%m/%Y") if new.arrest_date else ""
        lines.append([new.surnames, new.given_names, (new.national_id or "N/P").replace("V-", ""), day,
                      new.facility or "", new.agency or "", rng.choice(states), rng.choice(statuses)])
    lines += rng.sample(lines, rows // 20 - 20) + [[""] * 8] * 10 + [["TOTAL", "", "", "", "", "", "", "9999"]] * 10
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("Presos políticos")
    sheet.write_row(0, 0, ["REGISTRO DE PRESOS POLÍTICOS"])
    sheet.write_row(1, 0, ["Actualizado por el equipo de documentación"])
    sheet.write_row(3, 0, ["Nombre", "", "Cédula", "Detención", "", "", "Estado", "Situación"])
    sheet.write_row(4, 0, ["Apellidos", "Nombres", "", "Fecha", "Centro", "Organismo", "", ""])
    for index, line in enumerate(lines, start=5):
        sheet.write_row(index, 0, line)
    summary = book.add_worksheet("Resumen")
    summary.write_row(0, 0, ["Total", len(lines)])
    book.close()
    return path


def run_pdf_report_benchmark(people: int = 1500, *, progress: Callable[[str], None] = lambda _: None) -> dict:
    """A PDF report of `people` rows (about forty pages, a legend, a running title, page
    numbers) imported into an empty vault; against PDFium reading the same pages' text
    alone, the floor any PDF import stands on."""
    import pypdfium2 as pdfium

    from casedesk.services.importing import import_file

    with tempfile.TemporaryDirectory(prefix="casedesk-bench-") as scratch:
        scratch_path = Path(scratch)
        progress(f"a report of {people} people…")
        report = _pdf_report(scratch_path / "reporte.pdf", people)
        document = pdfium.PdfDocument(str(report))
        pages = len(document)
        text_s = _timed(lambda: [document[index].get_textpage().get_text_range() for index in range(pages)])
        document.close()
        progress("importing it…")
        with create_vault(scratch_path / "vault", BENCH_PASSPHRASE, actor="benchmark") as vault:
            summary: dict = {}
            import_s = _timed(lambda: summary.update(import_file(vault, report)))
    return {"people": people, "pages": pages, "import_s": round(import_s, 2), "text_only_s": round(text_s, 2),
            **{key: summary[key] if not isinstance(summary[key], list) else len(summary[key])
               for key in ("rows_read", "people_created", "duplicates_in_file", "to_review", "skipped",
                           "kept_as_written")}, "accounted": summary["accounted"]}


def _pdf_report(path: Path, people: int) -> Path:
    """A report as groups publish them: a legend of status codes, a table without rules over
    many pages, a running title and page numbers, long names wrapped."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=10.5)
    codes = {"DET": "Detenido", "PROC": "Procesado", "COND": "Condenado", "CC": "Casa por cárcel",
             "DESAP": "Desaparición forzada", "EXC": "Excarcelado", "FALL": "Fallecido bajo custodia"}
    head = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=8.5, leading=10.5)
    rows = [[Paragraph(label, head) for label in ("N°", "Apellidos y nombres", "C.I.", "Sexo", "Fecha de detención",
                                                   "Estado", "Situación")]]
    states = ("Zulia", "Lara", "Carabobo", "Distrito Capital", "Táchira", "Miranda")
    for number, new in enumerate(synthetic_cases(people, seed=41), start=1):
        arrested = new.arrest_date.value.strftime("%d/%m/%Y") if new.arrest_date else "S/F"
        rows.append([str(number), Paragraph(f"{new.surnames.upper()}, {new.given_names.upper()}", cell),
                     new.national_id or "N/P", "F" if number % 3 == 0 else "M", arrested, states[number % 6],
                     list(codes)[number % len(codes)]])
    table = Table(rows, colWidths=[28, 170, 72, 30, 70, 80, 48], repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8.5), ("VALIGN", (0, 0), (-1, -1), "TOP")]))

    def furniture(canvas, document) -> None:
        canvas.setFont("Helvetica", 7)
        canvas.drawString(document.leftMargin, A4[1] - 24, "Reporte de presos políticos")
        canvas.drawRightString(A4[0] - document.rightMargin, 20, f"Página {document.page}")
    legend = "; ".join(f"{code}: {meaning}" for code, meaning in codes.items())
    SimpleDocTemplate(str(path), pagesize=A4, topMargin=36, bottomMargin=36).build(
        [Paragraph(f"Leyenda: {legend}.", cell), table], onFirstPage=furniture, onLaterPages=furniture)
    return path


def run_bundle_benchmark(cases: int = 1000, *, progress: Callable[[str], None] = lambda _: None) -> dict:
    """A bundle of `cases` cases (no evidence) made in one vault and merged into another,
    then merged again (nothing to change); against age encrypting and decrypting the same
    bytes alone."""
    import pyrage
    from pyrage import x25519

    from casedesk.services.bundles import add_colleague, import_bundle, make_bundle, my_public_key

    with tempfile.TemporaryDirectory(prefix="casedesk-bench-") as scratch:
        scratch_path = Path(scratch)
        with create_vault(scratch_path / "b", BENCH_PASSPHRASE, actor="benchmark") as receiver:
            key = my_public_key("B")
        progress(f"{cases} cases into a bundle…")
        with create_vault(scratch_path / "a", BENCH_PASSPHRASE, actor="benchmark") as sender:
            ids = add_cases(sender, synthetic_cases(cases))
            add_colleague(sender, key)
            sender_key = my_public_key("A")
            bundle: list[bytes] = []
            export_s = _timed(lambda: bundle.append(make_bundle(sender, ids, recipients=[key])))
        (scratch_path / "bundle.age").write_bytes(bundle[0])
        progress("merging it into another vault…")
        with open_vault(scratch_path / "b", BENCH_PASSPHRASE, actor="benchmark", check_pages=False) as receiver:
            add_colleague(receiver, sender_key)          # bundles are taken only from colleagues
            report: dict = {}
            import_s = _timed(lambda: report.update(import_bundle(receiver, scratch_path / "bundle.age")))
            again_s = _timed(lambda: import_bundle(receiver, scratch_path / "bundle.age"))
        identity = x25519.Identity.generate()
        plain = bundle[0]       # bytes of the bundle's size: what age alone costs for them
        raw_encrypt_s = _timed(lambda: bundle.append(pyrage.encrypt(plain, [identity.to_public()])))
        raw_decrypt_s = _timed(lambda: pyrage.decrypt(bundle[-1], [identity]))
    return {"cases": cases, "bundle_bytes": len(bundle[0]), "export_s": round(export_s, 2),
            "import_s": round(import_s, 2), "import_again_s": round(again_s, 2),
            "records_created": sum(report["created"].values()),
            "raw_age_encrypt_ms": round(raw_encrypt_s * 1000, 1), "raw_age_decrypt_ms": round(raw_decrypt_s * 1000, 1)}


def run_deadlines_benchmark(cases: int, *, progress: Callable[[str], None] = lambda _: None) -> dict:
    """`casedesk deadlines` over `cases` synthetic cases, a third of them grouped into
    proceedings with hearings (deferred and ahead): as of today (the statuses cached on the
    cases) and as of a year ago (statuses read from the timelines), against the same over plain
    SQLite holding the same data. Median of three runs each."""
    from casedesk.services.deadlines import deadlines_as_of
    from casedesk.services.demo import add_demo_proceedings

    today = date.today()
    year_ago = date(today.year - 1, today.month, min(today.day, 28))

    def measure() -> dict:
        now = [_timed(lambda: deadlines_as_of(today)) for _ in range(3)]
        past = [_timed(lambda: deadlines_as_of(year_ago)) for _ in range(3)]
        return {"today_s": round(statistics.median(now), 3), "year_ago_s": round(statistics.median(past), 3),
                "findings": len(deadlines_as_of(today))}

    with tempfile.TemporaryDirectory(prefix="casedesk-bench-") as scratch:
        scratch_path = Path(scratch)
        progress(f"plain SQLite: {cases} cases and their proceedings…")
        with _plain_sqlite(scratch_path / "plain.db") as stand_in:
            add_cases(stand_in, synthetic_cases(cases))
            add_demo_proceedings(stand_in)
            plain = measure()
        progress(f"vault: {cases} cases and their proceedings…")
        with create_vault(scratch_path / "vault", BENCH_PASSPHRASE, actor="benchmark") as vault:
            add_cases(vault, synthetic_cases(cases))
            proceedings = add_demo_proceedings(vault)
            hearings = models.database.execute_sql("SELECT count(*) FROM proceeding_event").fetchone()[0]
            encrypted = measure()
    return {"cases": cases, "proceedings": proceedings, "proceeding_hearings": hearings,
            "findings": encrypted["findings"], "deadlines_s": encrypted["today_s"],
            "deadlines_plain_s": plain["today_s"], "deadlines_year_ago_s": encrypted["year_ago_s"],
            "deadlines_year_ago_plain_s": plain["year_ago_s"]}


# --- Team sync through a shared folder ------------------------------------------------------

TEAM_PENDING = 100
#: What one pass with TEAM_PENDING bundles waiting should take at most.
TEAM_PENDING_TARGET_S = 1.0


class _Lawyer:
    """One simulated lawyer: a vault kept unlocked for the whole run (as the window keeps it
    while the lawyer works), made the one the services use while the lawyer acts."""

    def __init__(self, number: int, vault) -> None:
        self.number, self.vault, self.name = number, vault, vault.actor

    def use(self):
        models.database.initialize(self.vault.db)
        return self.vault


def run_team_benchmark(vaults: int = 20, cases: int = 2000, minutes: int = 5, *, pending: int = TEAM_PENDING,
                       seed: int = 17, profile_to: Path | None = None,
                       progress: Callable[[str], None] = lambda _: None) -> dict:
    """A team of `vaults` lawyers keeping `cases` cases in step through one team folder
    (services/team.py), every lawyer a colleague of every other.

    The folder is a local directory: what Syncthing would carry arrives at once, so the figures
    are CaseDesk's own (the pass schedule, the files, the work of a pass). Every vault is a copy
    of one new empty vault (one key derivation calibration; each copy is unlocked once, with the
    real key derivation unless the test-only switch is on) and makes its own exchange keys; all
    stay unlocked, each acting in turn. Everyone adds everyone (fingerprints taken as checked)
    and joins the folder; one lawyer enters the cases and the others receive them through the
    folder (`seed_*`). Then, for `minutes` simulated minutes, every lawyer in turn (in a random
    order each minute, spread over the minute) adds an event to one of the cases and runs a
    pass; one more round of passes without changes lets the last changes arrive.

    The first lawyer is away from the first simulated minute until `pending` bundles wait for
    them, and comes back with one pass (`pass_with_pending_live_s`, the simulation runs longer if
    needed). After the simulation, with every vault locked, that pass runs again on copies of
    their vault and of the folder taken just before it (`pass_with_pending_s`: one vault open, as
    on a laptop), and so do its baselines: the same files opened with age alone, and their
    bundles merged with `bundles.import_bundle` into another copy of that vault.

    `reach_everyone_*`: from a change to the pass of the last colleague present that imports it,
    in simulated minutes and in passes run by the whole team meanwhile;
    `reach_passes_of_each_colleague_max`: how many of their own passes a colleague needed (1:
    the next one). `pass_s_*`: passes of a lawyer who has just made a change; `quiet_pass_s_*`:
    the last round's. `folder_*`: files and bytes in the team folder after every pass (its
    `.stignore` left out), at most, at the end, and at the end of every simulated minute."""
    from casedesk.domain.errors import InvalidInput

    if vaults < 2 or cases < 1 or minutes < 1 or pending < 1:
        raise InvalidInput("The team simulation needs at least 2 vaults, 1 case, 1 minute and 1 pending bundle.",
                           "La simulación de equipo necesita al menos 2 bóvedas, 1 caso, 1 minuto y 1 paquete "
                           "pendiente.")
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="casedesk-bench-") as scratch:
        run = _TeamRun(Path(scratch), vaults, cases, random.Random(seed), progress)
        try:
            run.make_vaults()
            run.form_team()
            run.bring_cases(seed)
            run.simulate(minutes, pending, profile_to)
        finally:
            run.lock_all()
        run.baselines()
    results = run.results
    results["wall_s"] = round(time.perf_counter() - began, 1)
    if results["kdf"]["test_only"]:
        results["kdf_note"] = ("test-only key derivation (CASEDESK_TEST_ONLY_FAST_KDF=1) for these simulated "
                               "vaults: it changes only create_s and unlock_s_median, which no pass includes")
    first = ("vaults", "cases", "minutes", "minutes_run", "transport", "vaults_made_as", "kdf", "kdf_note")
    last = ("folder_by_minute", "profile", "wall_s")
    return {**{key: results[key] for key in first if key in results},
            **{key: value for key, value in results.items() if key not in first + last},
            **{key: results[key] for key in last if key in results}}


class _TeamRun:
    """The steps of `run_team_benchmark`, and what they found (`results`)."""

    def __init__(self, scratch: Path, vaults: int, cases: int, rng: random.Random,
                 progress: Callable[[str], None]) -> None:
        self.scratch, self.vaults, self.cases, self.rng, self.progress = scratch, vaults, cases, rng, progress
        self.folder = scratch / "equipo"
        self.lawyers: list[_Lawyer] = []
        self.results: dict = {"vaults": vaults, "cases": cases,
                              "transport": "a local folder: what Syncthing would carry arrives at once"}
        self.case_uuids: list[str] = []
        self.saved_files: dict[Path, bytes] = {}
        self.away_name, self.profile_to = "", None

    def make_vaults(self) -> None:
        import shutil
        self.progress(f"{self.vaults} vaults…")
        template = self.scratch / "plantilla"
        start = time.perf_counter()
        with create_vault(template, BENCH_PASSPHRASE, actor="benchmark") as made:
            create_s = time.perf_counter() - start
            kdf = made.header.slots[0].kdf
        unlocks = []
        for number in range(self.vaults):
            copy = self.scratch / f"abogado-{number + 1:02d}"
            shutil.copytree(template, copy, ignore=shutil.ignore_patterns("casedesk.lock"))
            start = time.perf_counter()
            vault = open_vault(copy, BENCH_PASSPHRASE, actor=f"Abogado {number + 1:02d}", check_pages=False)
            unlocks.append(time.perf_counter() - start)
            self.lawyers.append(_Lawyer(number, vault))
        self.results.update({
            "vaults_made_as": "copies of one new empty vault, each unlocked once and kept unlocked; each makes "
                              "its own exchange keys",
            "kdf": {"memory_kib": kdf.memory_kib, "iterations": kdf.iterations, "parallelism": kdf.parallelism,
                    "test_only": test_only_fast_kdf_enabled()},
            "create_s": round(create_s, 3), "unlock_s_median": round(statistics.median(unlocks), 3)})

    def form_team(self) -> None:
        from casedesk.services import bundles, team
        self.progress("colleagues and the team folder…")
        keys = []
        for lawyer in self.lawyers:
            lawyer.use()
            keys.append(bundles.my_public_key(lawyer.name))
        for lawyer in self.lawyers:
            vault = lawyer.use()
            for other, key in zip(self.lawyers, keys, strict=True):
                if other is not lawyer:
                    bundles.add_colleague(vault, key, verified_by="benchmark")
            team.join(vault, self.folder)
        for lawyer in self.lawyers:                     # the first pass: nothing to send yet
            team.sync_pass(lawyer.use())

    def bring_cases(self, seed: int) -> None:
        """One lawyer enters the cases; everyone else receives them through the folder."""
        from casedesk.services import team
        first = self.lawyers[0]
        self.progress(f"{first.name}: {self.cases} cases, sent to the team…")
        vault = first.use()
        add_s = _timed(lambda: add_cases(vault, synthetic_cases(self.cases, seed=seed)))
        self.case_uuids = [row[0] for row in models.database.execute_sql("SELECT uuid FROM detention_case")]
        send_s = _timed(lambda: team.sync_pass(vault))
        sent = _folder_state(self.folder)
        receive = []
        for lawyer in self.lawyers[1:]:
            self.progress(f"{lawyer.name}: receiving {self.cases} cases…")
            vault = lawyer.use()
            receive.append(_timed(lambda vault=vault: team.sync_pass(vault)))
            held = models.database.execute_sql("SELECT count(*) FROM detention_case").fetchone()[0]
            if held != self.cases:
                raise RuntimeError(f"{lawyer.name} holds {held} cases after the first exchange, not {self.cases}")
        team.sync_pass(first.use())                   # reads the acks: the files of the first exchange leave
        self.results.update({
            "seed_add_cases_s": round(add_s, 2), "seed_send_pass_s": round(send_s, 2),
            "seed_folder_files": sent["files"], "seed_folder_bytes": sent["bytes"],
            "seed_receive_pass_s_median": round(statistics.median(receive), 2),
            "seed_receive_pass_s_max": round(max(receive), 2)})

    def simulate(self, minutes: int, pending: int, profile_to: Path | None) -> None:
        from casedesk.domain.normalize import FuzzyDate
        from casedesk.domain.vocabulary import DatePrecision, EventKind
        from casedesk.services import team
        from casedesk.services.cases import NewEvent, add_event

        today = FuzzyDate(date.today(), DatePrecision.DAY)
        away = self.lawyers[0]
        waiting_for_away = 0
        away_since: float | None = 0.0
        passes: list[float] = []
        quiet_passes: list[float] = []
        in_flight: dict[str, dict] = {}         # event uuid -> when it was made, who has not got it yet
        reached: list[dict] = []
        samples: list[dict] = []
        team_passes = 0
        own_passes = [0] * self.vaults
        minute = 0
        quiet = False
        by_minute = [{"minute": 0, **_folder_state(self.folder)}]       # at the end of each minute
        while not quiet:
            quiet = minute >= minutes and away_since is None
            self.progress("one more round, no changes…" if quiet else f"minute {minute + 1} of {minutes}…")
            for slot, lawyer in enumerate(self.rng.sample(self.lawyers, self.vaults)):
                now = minute + slot / self.vaults
                if lawyer is away and away_since is not None:
                    continue
                vault = lawyer.use()
                if not quiet:
                    event = add_event(vault, self.rng.choice(self.case_uuids), NewEvent(
                        EventKind.OTHER, today, description=f"Visita {minute + 1}-{lawyer.number + 1}"))
                    missing = {other.number: own_passes[other.number] for other in self.lawyers
                               if other is not lawyer and not (other is away and away_since is not None)}
                    if missing:                 # (in a team of two, nobody else is there while one is away)
                        in_flight[event] = {"at": now, "team_pass": team_passes, "passes": 0, "missing": missing}
                start = time.perf_counter()
                report = team.sync_pass(vault)
                took = time.perf_counter() - start
                (quiet_passes if quiet else passes).append(took)
                team_passes += 1
                own_passes[lawyer.number] += 1
                self._note_arrivals(lawyer, in_flight, reached, own_passes, now, team_passes)
                samples.append({"minute": round(now, 3), **_folder_state(self.folder)})
                if away_since is not None:
                    waiting_for_away += sum(1 for item in report["sent"] if away.name in item["to"])
                    if waiting_for_away >= pending:
                        self._come_back(away, pending, now - away_since, profile_to)
                        own_passes[away.number] += 1
                        away_since = None
            minute += 1
            if not quiet:
                by_minute.append({"minute": minute, **_folder_state(self.folder)})
        end = _folder_state(self.folder)
        self.results.update({
            "minutes": minutes, "minutes_run": minute - 1,
            "changes": len(passes),
            "changes_reached_everyone": len(reached), "changes_not_everywhere": len(in_flight),
            "reach_everyone_minutes_median": _rounded(statistics.median, [r["minutes"] for r in reached], 2),
            "reach_everyone_minutes_max": _rounded(max, [r["minutes"] for r in reached], 2),
            "reach_everyone_team_passes_median": _rounded(statistics.median, [r["team_passes"] for r in reached], 1),
            "reach_everyone_team_passes_max": _rounded(max, [r["team_passes"] for r in reached], 0),
            "reach_passes_of_each_colleague_max": _rounded(max, [r["own_passes"] for r in reached], 0),
            "pass_s_median": round(statistics.median(passes), 3),
            "pass_s_p95": round(sorted(passes)[max(0, int(len(passes) * 0.95) - 1)], 3),
            "pass_s_max": round(max(passes), 3),
            "quiet_pass_s_median": round(statistics.median(quiet_passes), 3),
            "folder_files_max": max(s["files"] for s in samples), "folder_bytes_max": max(s["bytes"] for s in samples),
            "folder_files_end": end["files"], "folder_bytes_end": end["bytes"],
            "folder_by_minute": by_minute,
        })

    def _note_arrivals(self, lawyer: _Lawyer, in_flight: dict[str, dict], reached: list[dict], own_passes: list[int],
                       now: float, team_passes: int) -> None:
        waiting = [uuid for uuid, change in in_flight.items() if lawyer.number in change["missing"]]
        for uuid in _present(waiting):
            change = in_flight[uuid]
            needed = own_passes[lawyer.number] - change["missing"].pop(lawyer.number)
            change["passes"] = max(change["passes"], needed)
            if not change["missing"]:
                reached.append({"minutes": now - change["at"], "team_passes": team_passes - change["team_pass"],
                                "own_passes": change["passes"]})
                del in_flight[uuid]

    def _come_back(self, away: _Lawyer, pending: int, away_minutes: float, profile_to: Path | None) -> None:
        """The away lawyer's one pass with `pending` bundles waiting (`pass_with_pending_live_s`,
        in this process that holds every vault open), with copies of their vault and of the team
        folder taken just before it: `baselines` runs the same pass again on them, and the
        plain imports, once every other vault is locked."""
        import shutil

        from casedesk.services import team
        self.progress(f"{away.name} back: one pass with {pending} bundles waiting…")
        vault = away.use()
        models.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        for name in ("copia", "copia-pase") + (("copia-perfil",) if profile_to else ()):
            shutil.copytree(vault.folder, self.scratch / name, ignore=shutil.ignore_patterns("casedesk.lock"))
        shutil.copytree(self.folder, self.scratch / "equipo-al-volver")
        self.away_name, self.profile_to = away.name, profile_to
        self.saved_files = {path: path.read_bytes() for path in team._colleague_files(
            self.folder, team.settings()["outbox"])}
        state = _folder_state(self.folder)
        report: dict = {}
        took = _timed(lambda: report.update(team.sync_pass(vault)))
        self.results.update({
            "pending_bundles": pending, "pending_away_minutes": round(away_minutes, 2),
            "pending_folder_files": state["files"], "pending_folder_bytes": state["bytes"],
            "pending_received": len(report["received"]),
            "pass_with_pending_live_s": round(took, 3), "pass_with_pending_target_s": TEAM_PENDING_TARGET_S})

    def lock_all(self) -> None:
        for lawyer in self.lawyers:
            lawyer.vault.lock()
        release_database()

    def baselines(self) -> None:
        """The same files opened with age alone (`pyrage.decrypt`, which team.py and bundles.py
        call, and `pyrage.decrypt_io` on the same bytes); their bundles merged with `import_bundle`."""
        import pyrage

        from casedesk.services import bundles, team
        if not self.saved_files:
            return
        self.progress("the pass with bundles waiting again, alone; baselines: the same files with age alone, their "
                      "bundles with bundles.import_bundle…")
        self._pass_again("copia-pase")
        if self.profile_to:
            self._pass_again("copia-perfil", self.profile_to)
        with open_vault(self.scratch / "copia", BENCH_PASSPHRASE, actor="benchmark", check_pages=False) as alone:
            identities = bundles._identities()
            opened = []
            for path, data in self.saved_files.items():
                try:
                    header, body, _, _ = team._unseal(data)
                except (team._NotForUs, team._Unreadable):
                    continue
                opened.append((path, data, header, body))
            raw_s = _timed(lambda: [pyrage.decrypt(data, identities) for _, data, _, _ in opened])
            raw_io_s = _timed(lambda: [pyrage.decrypt_io(io.BytesIO(data), io.BytesIO(), identities)
                                       for _, data, _, _ in opened])
            inner = sorted((item for item in opened if item[2]["kind"] == "bundle"),
                           key=lambda item: (item[0].parent.name, item[2]["seq"]))
            plain = self.scratch / "paquetes"
            plain.mkdir()
            paths = []
            for index, (_, _, _, body) in enumerate(inner):
                paths.append(plain / f"{index:04d}.age")
                paths[-1].write_bytes(body)
            import_s = _timed(lambda: [bundles.import_bundle(alone, path) for path in paths])
        self.results.update({
            "baseline_files": len(opened), "baseline_raw_age_decrypt_s": round(raw_s, 3),
            "baseline_raw_age_decrypt_io_s": round(raw_io_s, 3),
            "baseline_bundles": len(paths), "baseline_import_bundle_s": round(import_s, 3)})

    def _pass_again(self, copy: str, profile_to: Path | None = None) -> None:
        """The away lawyer's pass with bundles waiting, on a copy of their vault and of the team
        folder as it was then, in the same conditions as the baselines (`pass_with_pending_s`):
        one vault open, as on a lawyer's laptop, not fifty in one process."""
        import cProfile
        import shutil

        from casedesk.services import team
        shutil.rmtree(self.folder)
        shutil.copytree(self.scratch / "equipo-al-volver", self.folder)
        with open_vault(self.scratch / copy, BENCH_PASSPHRASE, actor=self.away_name, check_pages=False) as same:
            if profile_to:
                profiler = cProfile.Profile()
                profiler.runcall(team.sync_pass, same)
                profiler.dump_stats(str(profile_to))
                self.results["profile"] = str(profile_to)
                return
            report: dict = {}
            took = _timed(lambda: report.update(team.sync_pass(same)))
        self.results.update({"pass_with_pending_s": round(took, 3), "pass_with_pending_alone_received":
                             len(report["received"])})


def _rounded(summary: Callable, values: list[float], digits: int) -> float | int | None:
    """`summary` of `values` rounded (whole numbers for 0 digits), None when there are none."""
    if not values:
        return None
    value = summary(values)
    return round(value) if digits == 0 else round(value, digits)


def _present(event_uuids: list[str]) -> list[str]:
    """Which of these events the vault in use holds."""
    found = []
    for start in range(0, len(event_uuids), 500):
        chunk = event_uuids[start:start + 500]
        found += [row[0] for row in models.database.execute_sql(
            f"SELECT uuid FROM event WHERE uuid IN ({', '.join('?' * len(chunk))})", chunk)]
    return found


def _folder_state(folder: Path) -> dict:
    """Files in the team folder and their bytes (Syncthing's own .stignore left out)."""
    files = sizes = 0
    for path in folder.rglob("*"):
        if path.is_file() and path.name != ".stignore":
            files += 1
            sizes += path.stat().st_size
    return {"files": files, "bytes": sizes}
