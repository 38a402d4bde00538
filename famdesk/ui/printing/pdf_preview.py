"""Preview of a built PDF, with Save as PDF… and Print…; shared by every report.

Usage (from any widget)::

    from famdesk.ui.printing.pdf_preview import build_and_preview

    self._preview_job = build_and_preview(
        self, build_plan_pdf, store, plan_uid, lang="da", file_name="plan.pdf"
    )

``build_and_preview(parent, build_fn, *args, file_name=..., **kwargs)`` calls
``build_fn(*args, out_path=<temp file>, **kwargs)`` on the thread pool while a
busy indicator shows, then opens a ``PdfPreviewDialog``. The PDF holds case
data, so it is written to a private temporary folder (owner-only, 0700) that is
deleted when the dialog closes — or at once if the build fails. The returned
``PreviewJob`` emits ``ready(dialog)`` or ``failed(message)``; keep it while
the build runs.

``PdfPreviewDialog(pdf_path, parent)`` may also be used on its own for a PDF
that already exists; it deletes nothing unless given ``temp_dir``.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from famdesk.ui.common.screen_fit import fitted_size
from famdesk.ui.shell.workers import Task, run_task

#: Printing renders pages as images; more than this many dots per inch only costs memory.
MAX_PRINT_DPI = 300


def memory_backed_temp_root() -> Path | None:
    """A per-user folder in memory (tmpfs), where a preview never touches the disk.

    ``$XDG_RUNTIME_DIR`` on Linux desktops, else ``/dev/shm``; None elsewhere
    (Windows and macOS keep temp files in the user's own profile).
    """
    for candidate in (os.environ.get("XDG_RUNTIME_DIR"), "/dev/shm"):
        if candidate and os.path.isdir(candidate) and os.access(candidate, os.W_OK | os.X_OK):
            return Path(candidate)
    return None


def make_private_dir() -> Path:
    """A fresh folder only the user can enter (mkdtemp makes it 0700) for a preview.

    The previewed PDF holds case data in plain form until the preview closes
    (it is deleted then), so it goes to memory-backed storage where there is
    some.
    """
    root = memory_backed_temp_root()
    path = Path(tempfile.mkdtemp(prefix="famdesk-pdf-", dir=root))
    os.chmod(path, 0o700)
    return path


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Render the document's pages onto ``printer``; returns the number of pages printed.

    Honours the page range chosen in the print dialog. Each page is scaled to
    the printable area, keeping its proportions.
    """
    count = document.pageCount()
    if count <= 0:
        return 0
    first, last = 0, count - 1
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(0, printer.fromPage() - 1)
        last = min(count - 1, max(first, printer.toPage() - 1))
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        for index in range(first, last + 1):
            if printed:
                printer.newPage()
            points = document.pagePointSize(index)
            pixels = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image = document.render(index, pixels)
            target = QSize(image.size()).scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(QPoint(0, 0), target), image)
            printed += 1
    finally:
        painter.end()
    return printed


class PdfPreviewDialog(QDialog):
    """Shows a PDF page by page, with Save as PDF… and Print…."""

    saved = Signal(str)
    printed = Signal(int)

    def __init__(
        self,
        pdf_path: str | os.PathLike[str],
        parent: QWidget | None = None,
        *,
        temp_dir: str | os.PathLike[str] | None = None,
        suggested_name: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.pdf_path = Path(pdf_path)
        self._temp_dir = Path(temp_dir) if temp_dir is not None else None
        self._suggested = suggested_name or self.pdf_path.name
        self.document = QPdfDocument(self)
        self.document.load(str(self.pdf_path))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pages_label = QLabel(self)
        self.save_button = QPushButton(self)
        self.print_button = QPushButton(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_document)

        bar = QHBoxLayout()
        bar.addWidget(self.pages_label)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.print_button)
        bar.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        self.finished.connect(self._cleanup)
        self.resize(fitted_size(self, 820, 1000))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Preview – %1").replace("%1", self._suggested))
        self.save_button.setText(self.tr("Save as PDF…"))
        self.print_button.setText(self.tr("Print…"))
        self.pages_label.setText(self.tr("%n page(s)", "", self.document.pageCount()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def page_count(self) -> int:
        return self.document.pageCount()

    def save_as(self) -> str | None:
        """Ask where to keep a copy of the PDF; returns the path written, or None."""
        start = str(Path.home() / self._suggested)
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), start, self.tr("PDF files (*.pdf)")
        )
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            shutil.copyfile(self.pdf_path, path)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Save as PDF"),
                self.tr("The PDF could not be saved to %1: %2")
                .replace("%1", path)
                .replace("%2", exc.strerror or str(exc)),
            )
            return None
        self.saved.emit(path)
        return path

    def print_document(self) -> int:
        """Ask for a printer and print the pages; returns the number printed."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._suggested)
        printer.setFromTo(1, max(1, self.document.pageCount()))
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        count = print_pdf(self.document, printer)
        if count == 0:
            QMessageBox.warning(
                self, self.tr("Print"), self.tr("The document could not be sent to the printer.")
            )
        else:
            self.printed.emit(count)
        return count

    def _cleanup(self) -> None:
        """Close the document, then delete the private folder with the PDF in it."""
        self.document.close()
        if self._temp_dir is not None:
            shutil.rmtree(self._temp_dir, ignore_errors=True)
            self._temp_dir = None

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self._cleanup()
        super().closeEvent(event)


class PreviewJob(QObject):
    """One build-then-preview: the busy indicator, the worker and the dialog it opens."""

    ready = Signal(object)  # the PdfPreviewDialog
    failed = Signal(str)

    def __init__(
        self,
        parent: QWidget,
        build_fn: Callable[..., Any],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        file_name: str,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self.file_name = file_name
        self.temp_dir = make_private_dir()
        self.out_path = self.temp_dir / file_name
        self.dialog: PdfPreviewDialog | None = None
        self.busy = QProgressDialog(parent)
        self.busy.setObjectName("pdfBusy")
        self.busy.setWindowTitle(self.tr("Preparing the PDF"))
        self.busy.setLabelText(self.tr("Preparing the PDF…"))
        self.busy.setRange(0, 0)
        self.busy.setCancelButton(None)
        self.busy.setMinimumDuration(0)
        self.busy.setWindowModality(Qt.WindowModality.WindowModal)
        self.busy.show()
        self.task: Task = run_task(
            build_fn,
            *args,
            out_path=self.out_path,
            on_finished=self._built,
            on_failed=self._failed,
            **kwargs,
        )

    def _built(self, _result: Any) -> None:
        self.busy.close()
        self.busy.deleteLater()
        dialog = PdfPreviewDialog(
            self.out_path, self._parent, temp_dir=self.temp_dir, suggested_name=self.file_name
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.dialog = dialog
        dialog.destroyed.connect(lambda _o=None: setattr(self, "dialog", None))
        dialog.open()
        self.ready.emit(dialog)

    def _failed(self, message: str) -> None:
        self.busy.close()
        self.busy.deleteLater()
        shutil.rmtree(self.temp_dir, ignore_errors=True)
        self.failed.emit(message)
        QMessageBox.warning(
            self._parent,
            self.tr("PDF"),
            self.tr("The PDF could not be made: %1").replace("%1", message),
        )


def build_and_preview(
    parent: QWidget,
    build_fn: Callable[..., Any],
    *args: Any,
    file_name: str = "famdesk.pdf",
    **kwargs: Any,
) -> PreviewJob:
    """Build a PDF off the GUI thread into a private temp folder, then preview it.

    ``build_fn`` is called as ``build_fn(*args, out_path=path, **kwargs)``.
    """
    return PreviewJob(parent, build_fn, args, kwargs, file_name)
