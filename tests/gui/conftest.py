"""Real widgets over a real vault, offscreen; background work runs in place."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from casedesk.gui.app import Controller
from casedesk.gui.tasks import BackgroundRunner
from casedesk.services.demo import fill_demo_vault
from casedesk.settings import Settings


@pytest.fixture
def demo_vault(vault):
    fill_demo_vault(vault, 300)
    return vault


@pytest.fixture
def controller(qtbot, demo_vault):
    saved = []
    control = Controller(Settings(language="en"), runner=BackgroundRunner(synchronous=True),
                         save=saved.append)
    control.saved_settings = saved
    control.vault_opened(demo_vault)
    qtbot.addWidget(control.window)
    yield control
    for editor in list(control.window.editors):
        editor.close_for_lock()
    if control.start_dialog is not None:
        control.start_dialog.close()
    control.window.close()
    control.translations.remove()          # a test that switched to Spanish leaves no Spanish behind


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard would, accents included (qtbot.keyClicks aborts on "ñ")."""
    widget.setFocus()
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character))
