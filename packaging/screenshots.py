"""Make the README's screenshots from a fresh demo vault of synthetic cases:
resources/screenshots/main-window.png and dossier-page.png (run: python packaging/screenshots.py)."""

import io
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CASEDESK_TEST_ONLY_FAST_KDF", "1")     # a throwaway vault: its key strength is moot

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "screenshots"


def save(image, name: str, width: int) -> None:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    picture = Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")
    picture = picture.resize((width, round(picture.height * width / picture.width)), Image.Resampling.LANCZOS)
    picture.quantize(colors=128, method=Image.Quantize.MEDIANCUT).save(OUT / name, optimize=True)


def main() -> None:
    from casedesk.gui.app import Controller
    from casedesk.gui.printing import PdfPages
    from casedesk.gui.tasks import BackgroundRunner
    from casedesk.services.demo import fill_demo_vault
    from casedesk.services.dossiers import make_dossier
    from casedesk.settings import Settings
    from casedesk.storage.vault import create_vault

    app = QApplication([])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        vault = create_vault(Path(scratch) / "Bufete demo", "demo vault - synthetic cases only", actor="demo")
        fill_demo_vault(vault, 400)
        controller = Controller(Settings(language="es"), runner=BackgroundRunner(synchronous=True), save=lambda s: None)
        controller.vault_opened(vault)
        window = controller.window
        window.resize(1280, 760)
        window.table.selectRow(3)
        app.processEvents()
        save(window.grab(), "main-window.png", 1000)
        case = window.selected_case_id()
        save(PdfPages(make_dossier(vault, [case], profile="court")).render(0, 110), "dossier-page.png", 620)
        window.close()
        vault.lock()


if __name__ == "__main__":
    main()
