"""Print a PDF made in memory: a print preview, then the system's print dialog.

QtPdf renders each page from a memory buffer and QPrinter sends it to the printer, so no
decrypted copy is written on the way (the system's print spooler is outside CaseDesk's reach:
choose a printer you trust).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRect, QSize, Qt
from PySide6.QtGui import QImage, QPagedPaintDevice, QPainter, QPaintEngine
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

PRINT_DPI = 300
PREVIEW_DPI = 110        # sharp at the preview's largest zoom on a high-DPI screen, light to redraw


class PdfPages(QObject):
    """A PDF's pages held in memory, to render on screen or on paper."""

    def __init__(self, pdf: bytes, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            raise ValueError("The document could not be read for printing.")

    @property
    def count(self) -> int:
        return self.document.pageCount()

    def render(self, page: int, dpi: int) -> QImage:
        """One page as an image at `dpi`, on white (QtPdf leaves the paper transparent)."""
        points = self.document.pagePointSize(page)
        size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        sheet = QImage(size, QImage.Format.Format_RGB32)
        sheet.fill(Qt.GlobalColor.white)
        painter = QPainter(sheet)
        painter.drawImage(0, 0, self.document.render(page, size))
        painter.end()
        return sheet

    def paint(self, device: QPagedPaintDevice, first: int = 1, last: int = 0) -> int:
        """Paint pages `first`..`last` (1-based; 0 = to the end) on a printer, one a sheet,
        each fitted to the sheet and centred. Returns how many pages were painted."""
        last = last or self.count
        painter = QPainter()
        if not painter.begin(device):
            return 0
        painted = 0
        # The preview records each page as a picture it redraws at every zoom and scroll: a page
        # at print resolution there made a two-page preview take 11 s. Paper gets PRINT_DPI.
        preview = painter.paintEngine() is not None and painter.paintEngine().type() == QPaintEngine.Type.Picture
        dpi = PREVIEW_DPI if preview else min(PRINT_DPI, max(device.logicalDpiX(), 72))
        try:
            for page in range(max(first, 1) - 1, min(last, self.count)):
                if painted:
                    device.newPage()
                image = self.render(page, dpi)
                target = painter.viewport()
                fitted = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                left = target.x() + (target.width() - fitted.width()) // 2
                top = target.y() + (target.height() - fitted.height()) // 2
                painter.drawImage(QRect(left, top, fitted.width(), fitted.height()), image)
                painted += 1
        finally:
            painter.end()
        return painted


def print_pdf(parent: QWidget, pdf: bytes, title: str) -> QPrintPreviewDialog:
    """Show a preview of `pdf`; its print button opens the system's print dialog."""
    pages = PdfPages(pdf)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setFullPage(False)
    preview = QPrintPreviewDialog(printer, parent)
    preview.printer = printer        # the dialog does not own it: without this Python frees it, and Qt crashes
    preview.setWindowTitle(title)
    pages.setParent(preview)         # freed with the dialog, and with it the decrypted bytes
    preview.paintRequested.connect(lambda target: pages.paint(target, *_chosen_range(target)))
    preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    preview.open()
    return preview


def _chosen_range(printer: QPrinter) -> tuple[int, int]:
    if printer.printRange() == QPrinter.PrintRange.PageRange:
        return printer.fromPage(), printer.toPage()
    return 1, 0
