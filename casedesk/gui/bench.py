"""`casedesk bench --gui`: the window's figures over a large vault, on the offscreen platform.

Measures what a lawyer feels: the window ready after unlock, a keystroke in the search box
to an updated list (the pause-in-typing delay included), the longest stall while scrolling
to the end, and the process's resident memory.
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from casedesk.gui.main_window import MainWindow
from casedesk.gui.tasks import BackgroundRunner
from casedesk.services.cases import add_cases
from casedesk.services.demo import SURNAMES, synthetic_cases
from casedesk.storage.vault import create_vault, open_vault

PASSPHRASE = "benchmark passphrase, synthetic data"


def run_gui_benchmark(cases: int, progress: Callable[[str], None] = lambda _: None) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="casedesk-gui-bench-") as scratch:
        folder = Path(scratch) / "vault"
        progress(f"filling a vault with {cases} cases…")
        with create_vault(folder, PASSPHRASE) as vault:
            add_cases(vault, synthetic_cases(cases))
        start = time.perf_counter()
        vault = open_vault(folder, PASSPHRASE, check_pages=False)
        unlocked = time.perf_counter()
        window = MainWindow(vault, BackgroundRunner(), "es")
        window.show()
        window.model.index(0, 0).data()
        app.processEvents()
        ready = time.perf_counter()
        progress("typing in the search box…")
        keystrokes = _keystroke_latencies(app, window)
        progress("scrolling to the end…")
        stalls = _scroll_stalls(app, window)
        progress("a print preview of a 20-page dossier…")
        preview_s, preview_pages = _print_preview(app, vault, window)
        rss = _resident_mb()
        window.clear_for_lock()
        window.runner.wait()
        vault.lock()
    return {
        "cases": cases,
        "unlock_s": round(unlocked - start, 3),
        "window_ready_after_unlock_s": round(ready - unlocked, 3),
        "keystroke_to_list_ms_median": round(statistics.median(keystrokes), 1),
        "keystroke_to_list_ms_p95": round(sorted(keystrokes)[int(len(keystrokes) * 0.95) - 1], 1),
        "keystrokes": len(keystrokes),
        "scroll_longest_stall_ms": round(max(stalls), 1),
        "scroll_steps": len(stalls),
        "print_preview_s": round(preview_s, 2),
        "print_preview_pages": preview_pages,
        "resident_mb": rss,
    }


def _keystroke_latencies(app: QApplication, window: MainWindow) -> list[float]:
    rng = random.Random(3)
    words = [rng.choice(SURNAMES) for _ in range(40)]
    resets: list[float] = []
    # One connection for the whole run: disconnecting a Python slot crashed PySide6 6.12.
    window.model.modelReset.connect(lambda: resets.append(time.perf_counter()))
    latencies = []
    for word in words:
        window.search_box.clear()
        _wait_for_list(app, window)
        for character in word[:5]:
            seen = len(resets)
            sent = time.perf_counter()
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                app.sendEvent(window.search_box, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character))
            while len(resets) == seen and time.perf_counter() - sent < 5:
                app.processEvents()
            window.model.index(0, 0).data()            # the first page the view paints
            latencies.append((time.perf_counter() - sent) * 1000)
    return latencies


def _wait_for_list(app: QApplication, window: MainWindow) -> None:
    deadline = time.perf_counter() + 2
    while time.perf_counter() < deadline and (window._search_timer.isActive() or window.runner.busy):
        app.processEvents()


def _scroll_stalls(app: QApplication, window: MainWindow) -> list[float]:
    window.search_box.clear()
    _wait_for_list(app, window)
    bar = window.table.verticalScrollBar()
    stalls = []
    for step in range(101):
        start = time.perf_counter()
        bar.setValue(bar.maximum() * step // 100)
        window.table.viewport().repaint()
        app.processEvents()
        stalls.append((time.perf_counter() - start) * 1000)
    return stalls


def _print_preview(app: QApplication, vault, window: MainWindow) -> tuple[float, int]:
    """From the print button to every page of a 20-page dossier drawn in the preview."""
    from casedesk.gui.printing import PdfPages, print_pdf
    from casedesk.services.dossiers import make_dossier
    from casedesk.storage.models import DetentionCase
    cases, pdf = [], b""
    for case in DetentionCase.select(DetentionCase.uuid).limit(40):
        cases.append(case.uuid)
        pdf = make_dossier(vault, cases)
        if PdfPages(pdf).count >= 20:
            break
    start = time.perf_counter()
    preview = print_pdf(window, pdf, "dossier")
    app.processEvents()
    preview.grab()                                   # the preview as the screen shows it, drawn
    elapsed = time.perf_counter() - start
    pages = PdfPages(pdf).count
    preview.close()
    return elapsed, pages


def _resident_mb() -> int:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") // (1024 * 1024)
