"""Pictures of CaseDesk's screens, made from a fresh demo vault of synthetic cases.

    python packaging/screenshots.py OUTDIR    every screen, in Spanish and in English (OUTDIR/es, OUTDIR/en)
    python packaging/screenshots.py           the README's two images in resources/screenshots/

The gallery is for looking: before a release, open every picture as a lawyer would and fix
what you would not ship. Screens are drawn offscreen; nothing is written outside OUTDIR
except a throwaway vault in a temporary folder, removed at the end.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CASEDESK_TEST_ONLY_FAST_KDF", "1")     # a throwaway vault: its key strength is moot

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtWidgets import QApplication, QDialog, QWidget

ROOT = Path(__file__).resolve().parents[1]
README_IMAGES = ROOT / "resources" / "screenshots"
PASSPHRASE = "demo vault - synthetic cases only"

# A list from another group: a title above the header, a person already in the vault under a
# shorter name (to decide), a status the reader has to interpret.
OTHER_GROUP_LIST = """Lista de personas detenidas por razones políticas — corte al 15/11/2026
,,,,
Nombre,Cédula,Estatus,Lugar de reclusión,Fecha de detención,Sexo
{near},,Detenida,Rodeo I,12/03/2024,F
Wilmer Antonio Castellanos Urbina,V-19.384.221,Procesado,El Helicoide,05/08/2024,M
Yusmary del Valle Ochoa Pinto,,Paradero desconocido,,21/10/2025,F
Total,3,,,,
"""


def png(widget_or_image, path: Path, width: int | None = None) -> None:
    """Save a widget (drawn as shown) or a QImage/QPixmap as a small PNG."""
    image = widget_or_image.grab() if isinstance(widget_or_image, QWidget) else widget_or_image
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    picture = Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")
    if width and picture.width > width:
        picture = picture.resize((width, round(picture.height * width / picture.width)), Image.Resampling.LANCZOS)
    path.parent.mkdir(parents=True, exist_ok=True)
    picture.save(path, optimize=True)


def settle(widget: QWidget | None = None, size: tuple[int, int] | None = None) -> None:
    if widget is not None:
        if size:
            widget.resize(*size)
        widget.show()
    for _ in range(3):
        QApplication.processEvents()


class Gallery:
    """Walks every screen of one language over one demo vault."""

    def __init__(self, vault, language: str, out: Path, scratch: Path) -> None:
        from casedesk.gui.app import Controller
        from casedesk.gui.tasks import BackgroundRunner
        from casedesk.settings import Settings
        self.vault, self.language, self.out, self.scratch = vault, language, out / language, scratch
        self.count = 0
        self.controller = Controller(Settings(language=language, theme="light"),
                                     runner=BackgroundRunner(synchronous=True), save=lambda _s: None)

    def shot(self, name: str, widget: QWidget, size: tuple[int, int] | None = None, width: int | None = None) -> None:
        settle(widget, size)
        self.count += 1
        png(widget, self.out / f"{self.count:02d}-{name}.png", width)

    def close(self, widget: QWidget) -> None:
        if isinstance(widget, QDialog):
            widget.reject()
        widget.close()
        widget.deleteLater()
        QApplication.processEvents()

    # --- before the vault is open ---------------------------------------------------------------
    def start_screens(self, vault_folder: Path, other_folder: Path) -> None:
        from casedesk.gui.start_dialog import RecoveryDialog, StartDialog
        runner = self.controller.runner
        recent = [str(vault_folder), str(other_folder)]
        choose = StartDialog(runner, self.language, recent)
        self.shot("start-choose-a-vault", choose)
        choose.new_vault_button.click()
        choose.new_passphrase.setText("perro")
        choose.confirm_passphrase.setText("perro")
        self.shot("start-create-weak-password", choose)
        choose.new_passphrase.setText("nublado tortuga farol cuaderno ámbar")
        choose.confirm_passphrase.setText("nublado tortuga farol cuaderno ámbar")
        self.shot("start-create-strong-password", choose)
        self.close(choose)

        demo = StartDialog(runner, self.language, recent, preselect=vault_folder, demo_passphrase=PASSPHRASE)
        self.shot("start-unlock-demo-vault", demo)
        demo.passphrase.setText("wrong")
        demo.unlock()
        demo._delay_timer.stop()
        self.shot("start-wrong-password", demo)
        recovery = RecoveryDialog(vault_folder, runner, self.language, demo)
        self.shot("start-forgot-password-recovery", recovery)
        self.close(recovery)
        self.close(demo)

        locked = StartDialog(runner, self.language, recent, preselect=vault_folder, locked=True)
        self.shot("lock-screen", locked)
        self.close(locked)

    # --- the main window ------------------------------------------------------------------------
    def main_window(self):
        self.controller.vault_opened(self.vault)
        window = self.controller.window
        window.team_sync.first_timer.stop()        # no pass by the clock while the pictures are taken
        window.team_sync.timer.stop()
        settle(window, (1360, 820))
        window.table.selectRow(2)
        self.shot("case-list", window, width=1360)
        window.search_box.setText("maría")
        window.apply_query()
        window.table.selectRow(0)
        self.shot("case-list-search", window, width=1360)
        window.search_box.clear()
        window.status_filter.setCurrentIndex(window.status_filter.findData("held"))
        window.facility_filter.setCurrentIndex(2)
        window.apply_query()
        self.shot("case-list-filters", window, width=1360)
        window.show_cases_filtered(None, None)
        for column in (window.column_actions.keys()):
            window.column_actions[column].setChecked(True)
        window.fit_columns()
        self.shot("case-list-all-columns", window, width=1360)
        for column, act in window.column_actions.items():
            act.setChecked(column.value < 7)
        return window

    def editor(self, window) -> None:
        window.table.selectRow(1)
        editor = window.open_editor(window.selected_case_id())
        names = ["person", "detention", "timeline", "contacts", "evidence", "notes"]
        for index in range(editor.tabs.count()):
            editor.tabs.setCurrentIndex(index)
            self.shot(f"editor-{names[index] if index < len(names) else index}", editor, (980, 720))
        evidence = editor.evidence
        if evidence.table.rowCount():
            evidence.table.selectRow(0)
            viewer = evidence.view_selected()
            if viewer is not None:
                self.shot("evidence-viewer", viewer, (900, 700))
                self.close(viewer)
        filing = editor.draft_filing() if hasattr(editor, "draft_filing") else None
        if filing is not None:
            filing.template.setCurrentIndex(filing.template.findData("wgad"))
            self.shot("filing-dialog", filing)
            self.close(filing)
        editor.close_for_lock()

    def tabs(self, window) -> None:
        window.tabs.setCurrentIndex(1)
        window.reload_agenda()
        self.shot("agenda", window, width=1360)
        window.tabs.setCurrentIndex(2)
        window.queue.reload()
        if window.queue.table.rowCount():
            window.queue.table.selectRow(0)
        self.shot("verification", window, width=1360)
        window.tabs.setCurrentIndex(3)
        self.shot("dashboard", window, width=1360)
        window.tabs.setCurrentWidget(window.deadlines_view)
        self.shot("deadlines", window, width=1360)
        window.tabs.setCurrentIndex(0)

    def import_wizard(self, window, listing: Path) -> None:
        wizard = window.import_spreadsheet()
        self.shot("import-1-choose-file", wizard, (900, 640))
        wizard.file_page.set_file(listing)
        wizard.file_page.status_date.setText("15/11/2026")
        self.shot("import-1-file-chosen", wizard, (900, 640))
        wizard.next()
        self.shot("import-2-columns", wizard, (900, 640))
        wizard.next()
        self.shot("import-3-review", wizard, (900, 640))
        review = wizard.review_page
        for box in getattr(review, "decision_boxes", {}).values():
            box.setCurrentIndex(box.count() - 1)        # decide later
        wizard.next()
        settle(wizard)
        self.shot("import-4-done", wizard, (900, 640))
        self.close(wizard)

    def compare_dialog(self, window) -> None:
        """Another group's list beside the vault: people in both (one the list calls released), a
        name a word short, and two people the vault does not know."""
        from casedesk.services.search import CaseQuery, list_cases
        held = [row for row in list_cases(limit=80, query=CaseQuery()) if row.status == "detained"]
        lines = ["Nombre;Cédula;Fecha de detención;Situación"]

        def written(row, status: str, name: str | None = None, with_id: bool = True) -> str:
            day = "/".join(reversed(row.arrest_date.split("-"))) if row.arrest_date else ""
            return f"{name or row.name};{(row.national_id or '') if with_id else ''};{day};{status}"
        lines += [written(row, "Detenido") for row in held[3:12]]
        lines.append(written(held[12], "Excarcelado"))
        words = held[13].name.split()
        lines.append(written(held[13], "Detenida", " ".join(words[:1] + words[-2:]), with_id=False))
        lines += ["Filomena Ustáriz Peraza;V-31000009;06/06/2024;Detenida", "Teótimo Arocha Lander;;04/04/2022;Detenido"]
        listing = self.scratch / "lista-para-comparar.csv"
        listing.write_text("\n".join(lines) + "\n", encoding="utf-8")
        dialog = window.compare_list()
        dialog.set_file(listing)
        dialog.compare()
        dialog.tabs.setCurrentIndex(1)
        self.shot("compare-in-both", dialog, (1180, 640))
        dialog.tabs.setCurrentIndex(0)
        self.shot("compare-summary", dialog, (1180, 640))
        dialog.tabs.setCurrentIndex(4)
        self.shot("compare-to-confirm", dialog, (1180, 640))
        self.close(dialog)

    def dialogs(self, window) -> None:
        window.table.selectRow(0)
        shots = [("dossier-dialog", window.make_dossier), ("census-dialog", window.make_census_report),
                 ("export-dialog", window.export_list), ("bundle-dialog", window.send_bundle),
                 ("colleagues-dialog", window.show_colleagues), ("rows-to-review", window.review_rows),
                 ("manual", window.show_manual)]
        if hasattr(window, "edit_letterhead"):
            shots.append(("letterhead-dialog", window.edit_letterhead))
        for name, open_dialog in shots:
            dialog = open_dialog()
            if dialog is not None:
                self.shot(name, dialog)
                self.close(dialog)
        from casedesk.gui.verification_queue import ReleaseListDialog
        releases = ReleaseListDialog(self.vault, self.language, window)
        self.shot("release-list", releases)
        self.close(releases)
        tracker = window.queue.show_tracker()
        self.shot("release-tracker", tracker)
        self.close(tracker)
        sheet = window.make_recovery_sheet(PASSPHRASE)
        if sheet is not None:
            self.shot("recovery-sheet", sheet)
            self.close(sheet)
        from casedesk.gui.preferences import PreferencesDialog
        preferences = PreferencesDialog(self.controller.settings, self.language, window)
        self.shot("preferences", preferences)
        self.close(preferences)
        from casedesk.gui.help import FirstRunWizard
        first = FirstRunWizard(self.language, PASSPHRASE, str(self.vault.folder), window)
        self.shot("first-start-guide", first)
        self.close(first)

    def team(self, window) -> None:
        """The team's line in the status bar, the Team dialog, what one colleague receives, and
        the warning before new keys after a seizure (the vault joined a team in prepare_team)."""
        from PySide6.QtWidgets import QMessageBox

        from casedesk.gui.team_dialog import PolicyDialog
        window.team_sync.sync_now()                   # a pass from the window: its report shows in the dialog
        settle(window, (1360, 820))
        self.shot("team-status-line", window.statusBar())
        dialog = window.show_team()
        dialog.select(TEAM_NAMES["beto"])
        self.shot("team-dialog", dialog)
        member = next(m for m in dialog.members if m["name"] == TEAM_NAMES["beto"])
        policy = PolicyDialog(self.vault, self.language, member, dialog)
        self.shot("team-what-a-colleague-receives", policy)
        self.close(policy)
        warning = QMessageBox(QMessageBox.Icon.Warning, dialog.seized_title(), dialog.seized_text(),
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, dialog)
        self.shot("team-laptop-seized-warning", warning)
        self.close(warning)
        self.close(dialog)

    def finish(self) -> None:
        window = self.controller.window
        if window is not None:           # hidden, not closed: closing the window locks the vault and quits
            window.clear_for_lock()
            window.hide()


def prepare(scratch: Path):
    """A demo vault with what every screen needs: cases, hearings soon, a photo, a claim to verify."""
    from casedesk.domain.normalize import FuzzyDate
    from casedesk.domain.vocabulary import ClaimKind, DatePrecision, EventKind, SourceKind, Status
    from casedesk.services.cases import NewEvent, edit_case, Changes
    from casedesk.services.demo import fill_demo_vault
    from casedesk.services.evidence import add_evidence
    from casedesk.services.search import CaseQuery, list_cases
    from casedesk.services.verification import add_check, report_claim
    from casedesk.storage.vault import create_vault
    vault = create_vault(scratch / "Bufete demo", PASSPHRASE, actor="demo")
    fill_demo_vault(vault, 400)
    rows = list_cases(limit=400, query=CaseQuery())
    for offset, row in enumerate(rows[:6]):
        when = FuzzyDate(date.today() + timedelta(days=2 + offset * 3), DatePrecision.DAY)
        edit_case(vault, row.id, changes=Changes(events=[(None, NewEvent(EventKind.HEARING, when,
                                                                          description="Audiencia preliminar"))]))
    # The editor's case and two others are co-defendants of one proceeding, with its hearings.
    from casedesk.services.proceedings import add_proceeding, add_proceeding_event
    proceeding = add_proceeding(vault, court="Tribunal 2.º de Control con competencia en terrorismo (Caracas)",
                                file_number="2C-18.734-2024", judge="Jueza de control", phase="control",
                                case_uuids=[rows[1].id, rows[5].id, rows[9].id])
    for weeks, outcome in ((-40, "held"), (-30, "deferred"), (-22, "deferred"), (-14, "deferred"), (-6, "deferred")):
        add_proceeding_event(vault, proceeding, "hearing", FuzzyDate(date.today() + timedelta(weeks=weeks),
                                                                      DatePrecision.DAY),
                             outcome=outcome, note="Audiencia preliminar")
    add_proceeding_event(vault, proceeding, "hearing", FuzzyDate(date.today() + timedelta(days=5), DatePrecision.DAY),
                         note="Audiencia preliminar")
    photo = scratch / "foto-visita.png"
    picture = Image.new("RGB", (640, 420), "#6d8fb3")
    picture.save(photo)
    add_evidence(vault, rows[1].id, photo)
    held = [row for row in rows if row.status == Status.DETAINED]
    claim = report_claim(vault, held[0].id, ClaimKind.RELEASE, date.today(), claimed_status=Status.RELEASED_FULL,
                         reported_by="Comunicado oficial", reported_where="Prensa")
    add_check(vault, claim, SourceKind.PRESS, "Nota de prensa")
    report_claim(vault, held[1].id, ClaimKind.TRANSFER, date.today(), claimed_facility="Tocorón",
                 reported_by="Familia")
    listing = scratch / "lista-otra-ong.csv"
    near = held[2].name.split()
    listing.write_text(OTHER_GROUP_LIST.format(near=" ".join(near[:1] + near[-2:])), encoding="utf-8")
    return vault, listing


TEAM_NAMES = {"ana": "Abg. Ana Rivas", "beto": "Abg. Alberto Salazar (Maracaibo)",
              "coordination": "Coordinación Caracas", "lara": "Defensoría Lara", "left": "Abg. Carla Méndez"}


def prepare_team(vault, shared: Path, colleague_folder: Path) -> None:
    """The demo vault in a team: Ana's vault (a real one, which reads and answers), two
    colleagues whose laptops are elsewhere, a key still waiting for its fingerprint check and a
    colleague who left; passes both ways, and a court changed on both sides (a conflict)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from pyrage import x25519

    from casedesk.services import team
    from casedesk.services.bundles import PublicKey, add_colleague, my_public_key
    from casedesk.services.cases import update_case
    from casedesk.services.search import CaseQuery, list_cases
    from casedesk.storage import models
    from casedesk.storage.vault import open_vault

    def elsewhere(name: str) -> PublicKey:           # a colleague whose vault is on another laptop
        return PublicKey(name, str(x25519.Identity.generate().to_public()),
                         Ed25519PrivateKey.generate().public_key().public_bytes_raw().hex())

    @contextmanager
    def at_ana():
        with open_vault(colleague_folder, PASSPHRASE, actor=TEAM_NAMES["ana"]) as ana:
            yield ana
        models.database.initialize(vault.db)         # the demo vault again

    mine = my_public_key(vault.folder.name)
    with at_ana() as ana:
        ana_key = my_public_key(TEAM_NAMES["ana"])
        add_colleague(ana, mine, verified_by="llamada")
        team.join(ana, shared)
    add_colleague(vault, ana_key, verified_by="llamada del 12/11")
    add_colleague(vault, elsewhere(TEAM_NAMES["beto"]), verified_by="en persona")
    add_colleague(vault, elsewhere(TEAM_NAMES["coordination"]), verified_by="videollamada")
    add_colleague(vault, elsewhere(TEAM_NAMES["lara"]))
    add_colleague(vault, elsewhere(TEAM_NAMES["left"]), verified_by="en persona")
    team.join(vault, shared)
    team.set_policy(vault, TEAM_NAMES["beto"], profile="court", cases_filter={"state": ["Zulia"]})
    team.set_policy(vault, TEAM_NAMES["coordination"], contacts=True)
    team.remove(vault, TEAM_NAMES["left"])
    case = list_cases(limit=1, query=CaseQuery())[0].id
    team.sync_pass(vault)
    with at_ana() as ana:
        team.sync_pass(ana)
        update_case(ana, case, court="Tribunal 5.º de Juicio (Caracas)")
        team.sync_pass(ana)
    update_case(vault, case, court="Tribunal 3.º de Control (Caracas)")
    team.sync_pass(vault)
    with at_ana() as ana:
        team.sync_pass(ana)
    team.sync_pass(vault)


def gallery(out: Path) -> int:
    from casedesk.storage.vault import create_vault
    app = QApplication.instance() or QApplication([])
    total = 0
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        other = create_vault(scratch / "Otra bóveda", PASSPHRASE, actor="demo")     # a second recent vault
        other.lock()
        vault, listing = prepare(scratch)
        prepare_team(vault, scratch / "Equipo (Syncthing)", other.folder)
        for language in ("es", "en"):
            shots = Gallery(vault, language, out, scratch)
            shots.start_screens(vault.folder, other.folder)
            window = shots.main_window()
            shots.editor(window)
            shots.tabs(window)
            shots.compare_dialog(window)
            shots.import_wizard(window, listing)
            shots.dialogs(window)
            shots.team(window)
            shots.finish()
            total += shots.count
            shots.controller.window = None
        vault.lock()
    app.processEvents()
    return total


def readme_images() -> None:
    from casedesk.gui.printing import PdfPages
    from casedesk.services.dossiers import make_dossier
    QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        vault, _listing = prepare(Path(folder))
        shots = Gallery(vault, "es", Path(folder), Path(folder))
        window = shots.main_window()
        window.table.selectRow(3)
        settle(window, (1280, 760))
        png(window, README_IMAGES / "main-window.png", 1000)
        case = window.selected_case_id()
        png(PdfPages(make_dossier(vault, [case], profile="court")).render(0, 110), README_IMAGES / "dossier-page.png", 620)
        shots.finish()
        vault.lock()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        target = Path(sys.argv[1])
        print(f"{gallery(target)} screens in {target}/es and {target}/en")
    else:
        readme_images()
