"""The look: Qt's Fusion style with a light or a dark palette, following the system unless
the user chose one (View → Theme).

Fusion looks the same on Windows, macOS and every Linux desktop, so what the manual and the
screenshots show is what a lawyer sees. Colours come from the palette only (no style sheet
on the whole application), so every widget, Qt's own dialogs included, follows a switch.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from casedesk.settings import THEMES

__all__ = ["THEMES", "apply_theme"]

# A deep blue accent (the icons' colour) for selection and links; readable on both palettes.
_LIGHT = {
    QPalette.ColorRole.Window: "#f3f4f6", QPalette.ColorRole.WindowText: "#1c1f24",
    QPalette.ColorRole.Base: "#ffffff", QPalette.ColorRole.AlternateBase: "#f0f3f7",
    QPalette.ColorRole.Text: "#1c1f24", QPalette.ColorRole.Button: "#e9ebef",
    QPalette.ColorRole.ButtonText: "#1c1f24", QPalette.ColorRole.Highlight: "#1f4e79",
    QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#fffbe6",
    QPalette.ColorRole.ToolTipText: "#1c1f24", QPalette.ColorRole.Link: "#1f4e79",
    QPalette.ColorRole.PlaceholderText: "#6b7280", QPalette.ColorRole.Mid: "#c4c8cf",
}
_DARK = {
    QPalette.ColorRole.Window: "#25282d", QPalette.ColorRole.WindowText: "#e8eaed",
    QPalette.ColorRole.Base: "#1b1d21", QPalette.ColorRole.AlternateBase: "#23262b",
    QPalette.ColorRole.Text: "#e8eaed", QPalette.ColorRole.Button: "#32363c",
    QPalette.ColorRole.ButtonText: "#e8eaed", QPalette.ColorRole.Highlight: "#3d7ab8",
    QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#32363c",
    QPalette.ColorRole.ToolTipText: "#e8eaed", QPalette.ColorRole.Link: "#8ab4f8",
    QPalette.ColorRole.PlaceholderText: "#9aa0a6", QPalette.ColorRole.Mid: "#4a4f57",
}


def is_dark(theme: str) -> bool:
    if theme == "system":
        return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    return theme == "dark"


def palette(dark: bool) -> QPalette:
    result = QPalette()
    for role, colour in (_DARK if dark else _LIGHT).items():
        result.setColor(role, QColor(colour))
    disabled = QColor("#6b7280" if dark else "#9aa0a6")
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return result


_chosen = {"theme": "system", "following": False}


def apply_theme(theme: str) -> bool:
    """Fusion with the chosen palette on the running application; returns whether it is dark.
    While the choice is "system", a switch between light and dark on the desktop is followed."""
    app = QApplication.instance()
    _chosen["theme"] = theme
    if not _chosen["following"]:
        # One connection for the application's life, holding no window or controller alive.
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_theme(_chosen["theme"]))
        _chosen["following"] = True
    if app.style().name().lower() != "fusion":       # setting a style again re-polishes every widget
        app.setStyle("Fusion")
    dark = is_dark(theme)
    wanted = palette(dark)
    if app.palette().color(QPalette.ColorRole.Window) != wanted.color(QPalette.ColorRole.Window):
        app.setPalette(wanted)
    font = app.font()
    if font.pointSizeF() < 10:          # offscreen and some minimal desktops start at 9 pt
        font.setPointSizeF(10)
        app.setFont(font)
    return dark
