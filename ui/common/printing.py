"""Printing our reportlab PDFs through Qt: a print preview that shows the real document, and "Simpan PDF".

PySide6-Essentials has no QtPdf, so each page of the PDF is rasterised with pypdfium2 at the printer's
resolution and painted onto the printer's page.  The preview therefore shows exactly the paper the office will
get (receipts, quotes, letters, contracts all come through here), and the same function prints for real or to a
PDF file when the printer is set to PDF output (tests do that).

Usage: ``print_pdf(parent, path)`` — opens the preview; the user prints or saves a copy of the PDF.
"""
from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget


translate = QCoreApplication.translate  # called with literals (context "printing") so that lupdate finds them


def page_count(path: str | Path) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        return len(doc)
    finally:
        doc.close()


def render_pdf(path: str | Path, printer: QPrinter) -> int:
    """Paint every page of the PDF at ``path`` onto ``printer`` at its resolution.  Returns the pages printed."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    painter = QPainter()
    if not painter.begin(printer):
        doc.close()
        raise RuntimeError(translate("printing", "Printer tidak dapat dibuka"))
    try:
        dpi = max(72, printer.resolution())
        count = len(doc)
        for index in range(count):
            if index:
                printer.newPage()
            page = doc[index]
            bitmap = page.render(scale=dpi / 72)
            pil = bitmap.to_pil().convert("RGB")
            data = pil.tobytes("raw", "RGB")
            image = QImage(data, pil.width, pil.height, pil.width * 3, QImage.Format_RGB888).copy()
            target = painter.viewport()
            # Fit the page into the printable area keeping its proportions (A4 on A4 fills it).
            scaled = image.size().scaled(target.size(), Qt.KeepAspectRatio)
            painter.drawImage(QRect(target.x(), target.y(), scaled.width(), scaled.height()), image)
            page.close()
        return count
    finally:
        painter.end()
        doc.close()


def save_pdf_copy(source: str | Path, target: str | Path) -> Path:
    """Copy the generated PDF to where the user chose ("Simpan PDF")."""
    target = Path(target)
    if target.suffix.lower() != ".pdf":
        target = target.with_suffix(".pdf")
    shutil.copyfile(source, target)
    return target


class PdfPreviewDialog(QPrintPreviewDialog):
    """Qt's print preview of one of our PDFs, with a "Simpan PDF" button beside the printer's controls."""

    def __init__(self, path: str | Path, parent: QWidget | None = None, printer: QPrinter | None = None):
        self._printer = printer or QPrinter(QPrinter.HighResolution)
        super().__init__(self._printer, parent)
        self.path = Path(path)
        self.saved_to: Path | None = None
        self.setWindowTitle(translate("printing", "Pratinjau cetak — {name}").format(name=self.path.name))
        self.paintRequested.connect(lambda printer: render_pdf(self.path, printer))
        self.save_button = QPushButton(translate("printing", "Simpan PDF…"), self)
        self.save_button.clicked.connect(self.save_as)
        toolbar = self.findChild(__import__("PySide6.QtWidgets", fromlist=["QToolBar"]).QToolBar)
        if toolbar is not None:
            toolbar.addWidget(self.save_button)
        self.resize(900, 1000)

    def printer(self) -> QPrinter:  # noqa: D401 (Qt naming)
        return self._printer

    def save_as(self, target: str | Path | None = None) -> Path | None:
        if not target:
            target, _ = QFileDialog.getSaveFileName(self, translate("printing", "Simpan PDF"),
                                                    str(Path.home() / self.path.name),
                                                    translate("printing", "Dokumen PDF (*.pdf)"))
        if not target:
            return None
        self.saved_to = save_pdf_copy(self.path, target)
        return self.saved_to


def print_pdf(parent: QWidget | None, path: str | Path, *, exec_dialog: bool = True) -> PdfPreviewDialog:
    """Show the print preview of ``path``; the user prints it or saves a copy.

    Args:
        exec_dialog: ``False`` returns the dialog without running it (tests drive it themselves).
    Returns:
        The dialog (after it closed, when run).
    """
    dialog = PdfPreviewDialog(path, parent)
    if exec_dialog:
        dialog.exec()
    return dialog
