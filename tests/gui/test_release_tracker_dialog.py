"""The release tracker in the Verification tab: per day since the announcement, and who still
needs a second source; recording an announced list counts its names as announced."""

from __future__ import annotations

from datetime import date, timedelta

from casedesk.domain.normalize import parse_date
from casedesk.domain.vocabulary import ClaimKind, SourceKind
from casedesk.gui.verification_queue import ReleaseListDialog, ReleaseTrackerDialog
from casedesk.services.cases import NewCase, add_cases
from casedesk.services.verification import add_check, dispute_claim, report_claim, verify_claim
from casedesk.storage.models import Verification
from tests.gui.conftest import type_text


def _at(day: date) -> str:
    return f"{day.isoformat()}T12:00:00+00:00"


def test_the_tracker_counts_each_day_and_lists_who_needs_a_second_source(controller, demo_vault):
    today = date.today()
    announced, yesterday = today - timedelta(days=2), today - timedelta(days=1)
    cases = add_cases(demo_vault, [NewCase.named(name, arrest_date=parse_date("2022-02-02")) for name in (
        "Eufemia Quilarque Yépez", "Teótimo Arocha Lander", "Casimira Ojeda Lander")])
    claims = [report_claim(demo_vault, case, ClaimKind.RELEASE, announced, reported_by="Comunicado")
              for case in cases]
    Verification.update(created_at=_at(announced)).execute()
    add_check(demo_vault, claims[0], SourceKind.OFFICIAL_DOCUMENT, "Boleta")
    add_check(demo_vault, claims[0], SourceKind.FAMILY_CONFIRMATION, "La madre")
    verify_claim(demo_vault, claims[0])
    add_check(demo_vault, claims[1], SourceKind.PRESS, "Nota de El Pitazo")
    dispute_claim(demo_vault, claims[2], "Sigue en el Rodeo I")
    Verification.update(verified_at=_at(yesterday), updated_at=_at(yesterday)).where(
        Verification.uuid.in_([claims[0], claims[2]])).execute()

    window = controller.window
    window.tabs.setCurrentWidget(window.queue)
    queue = window.queue
    assert queue.tracker_button.text() == "Release trac&ker…"
    dialog = queue.show_tracker()
    assert isinstance(dialog, ReleaseTrackerDialog)
    assert dialog.since.text() == announced.strftime("%d/%m/%Y")        # the oldest open release claim
    dialog.since.clear()
    type_text(dialog.since, announced.strftime("%d/%m/%Y"))
    dialog.show_button.click()
    # The latest day first: today (nothing new, 1 still open), yesterday (verified, disputed), then
    # the announcement day (3 claimed).
    rows = [[dialog.days.item(row, column).text() for column in range(6)] for row in range(dialog.days.rowCount())]
    assert [row[1:] for row in rows] == [["0", "0", "0", "0", "1"], ["0", "0", "1", "1", "1"], ["0", "3", "0", "0", "3"]]
    assert "releases claimed: 3, verified: 1, disputed: 1" in dialog.summary.text()
    assert dialog.waiting_title.text() == "Still need a second source: 1"
    assert dialog.waiting.rowCount() == 1
    assert dialog.waiting.item(0, 0).text() == "Teótimo Arocha Lander"
    assert dialog.waiting.item(0, 2).text() == "Press (“Nota de El Pitazo”)"
    dialog.since.setText("no es una fecha")
    dialog.refresh()
    assert dialog.message.text()
    controller.lock()
    assert not dialog.isVisible() and dialog.waiting.rowCount() == 0 and dialog.days.rowCount() == 0


def test_recording_an_announced_list_counts_its_names_as_announced(controller, demo_vault):
    add_cases(demo_vault, [NewCase.named("Eufemia Quilarque Yépez", arrest_date=parse_date("2022-02-02"))])
    dialog = ReleaseListDialog(demo_vault, "en")
    dialog.text.setPlainText("1. Eufemia Quilarque Yépez\n2. Nadie Conocido Jamás")
    dialog.source.setText("Comunicado oficial")
    dialog.date.setText(date.today().strftime("%d/%m/%Y"))      # claims are recorded only with their date
    dialog.match()
    dialog.create_claims()
    tracker = ReleaseTrackerDialog("en")
    assert tracker.tracker["totals"]["announced"] == 2 and tracker.tracker["totals"]["claimed"] == 1
    assert tracker.days.item(0, 1).text() == "2"
    assert tracker.tracker["lists"][0]["source"] == "Comunicado oficial"
