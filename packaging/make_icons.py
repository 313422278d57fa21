"""Render resources/icons/casedesk.svg into the icon files each platform's bundle needs
(run after changing the SVG: python packaging/make_icons.py)."""

import io
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]


def render(size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ROOT / "resources" / "icons" / "casedesk.svg")).render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data())))


if __name__ == "__main__":
    app = QGuiApplication([])
    big = render(1024)
    big.resize((256, 256), Image.Resampling.LANCZOS).save(ROOT / "packaging" / "casedesk-256.png")
    big.save(ROOT / "packaging" / "casedesk.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128),
                                                           (256, 256)])
    big.save(ROOT / "packaging" / "casedesk.icns")
