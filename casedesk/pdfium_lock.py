"""One lock for every use of PDFium.

PDFium is not thread-safe: pypdfium2 says no two threads may call into it at the same time,
even on different documents. The window runs work on two background threads, so a dossier
being signed (its pages read back, `reports.dossier.page_texts`) and a PDF list being read
(`lists.layout.pdf_lines`) could meet; each holds this lock while PDFium works.
"""

from __future__ import annotations

import threading

PDFIUM = threading.RLock()
