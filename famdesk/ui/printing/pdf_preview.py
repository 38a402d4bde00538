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

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPainter
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
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from famdesk.files import make_held_dir, remove_held_dir, remove_unheld_dirs
from famdesk.ui.common.screen_fit import fitted_size
from famdesk.ui.shell.workers import Task, run_task

#: Printing renders pages as images; more than this many dots per inch only costs memory.
MAX_PRINT_DPI = 300
#: Each zoom step multiplies (or divides) the size by this much; the zoom stays within bounds.
ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.25, 4.0


def memory_backed_temp_root() -> Path | None:
    """A per-user folder in memory (tmpfs), where a preview never touches the disk.

    ``$XDG_RUNTIME_DIR`` on Linux desktops, else ``/dev/shm``; None elsewhere
    (Windows and macOS keep temp files in the user's own profile).
    """
    for candidate in (os.environ.get("XDG_RUNTIME_DIR"), "/dev/shm"):
        if candidate and os.path.isdir(candidate) and os.access(candidate, os.W_OK | os.X_OK):
            return Path(candidate)
    return None


#: How a preview's folder is named; ``remove_stale_previews`` finds a crash's leftovers by it.
PREVIEW_PREFIX = "famdesk-pdf-"


def make_private_dir() -> Path:
    """A fresh folder only the user can enter (0700) for a preview, held while it is shown.

    The previewed PDF holds case data in plain form until the preview closes
    (it is deleted then), so it goes to memory-backed storage where there is
    some; a crash's leftover is removed at the next start (``remove_stale_previews``).
    """
    return make_held_dir(PREVIEW_PREFIX, memory_backed_temp_root())


def remove_stale_previews() -> list[Path]:
    """Delete preview folders (plain PDFs) that a crashed famdesk left; not another's open one."""
    roots = [root for root in (memory_backed_temp_root(), Path(tempfile.gettempdir())) if root]
    return remove_unheld_dirs(PREVIEW_PREFIX, roots)


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
    """Shows a PDF page by page, with zoom, page navigation, Save as PDF… and Print….

    Keys: Ctrl++ / Ctrl+- zoom in and out, Ctrl+0 fits the page's width;
    Page Down / Page Up go to the next and previous page, Ctrl+Home / Ctrl+End
    to the first and last.
    """

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
        self.view.pageNavigator().currentPageChanged.connect(lambda _p: self._show_position())
        self.view.zoomFactorChanged.connect(lambda _z: self._show_position())
        self.view.zoomModeChanged.connect(lambda _m: self._show_position())

        # Page navigation and zoom: a button for each, with its keys in the tooltip.
        self.previous_action = self._action(QKeySequence.StandardKey.MoveToPreviousPage)
        self.previous_action.triggered.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.next_action = self._action(QKeySequence.StandardKey.MoveToNextPage)
        self.next_action.triggered.connect(lambda: self.go_to_page(self.current_page() + 1))
        self.first_action = self._action(QKeySequence("Ctrl+Home"))
        self.first_action.triggered.connect(lambda: self.go_to_page(0))
        self.last_action = self._action(QKeySequence("Ctrl+End"))
        self.last_action.triggered.connect(lambda: self.go_to_page(self.page_count() - 1))
        self.zoom_in_action = self._action(QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+="))
        self.zoom_in_action.triggered.connect(self.zoom_in)
        self.zoom_out_action = self._action(QKeySequence.StandardKey.ZoomOut)
        self.zoom_out_action.triggered.connect(self.zoom_out)
        self.fit_width_action = self._action(QKeySequence("Ctrl+0"))
        self.fit_width_action.triggered.connect(self.fit_width)
        # The keys also when the page has the focus: its scroll area would take Page Up/Down.
        self.view.installEventFilter(self)
        self.previous_button = self._tool_button(self.previous_action)
        self.next_button = self._tool_button(self.next_action)
        self.zoom_out_button = self._tool_button(self.zoom_out_action)
        self.zoom_in_button = self._tool_button(self.zoom_in_action)
        self.fit_width_button = self._tool_button(self.fit_width_action)
        self.page_label = QLabel(self)
        self.page_label.setObjectName("previewPage")
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("previewZoom")

        self.pages_label = QLabel(self)
        self.save_button = QPushButton(self)
        self.print_button = QPushButton(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_document)

        navigation = QHBoxLayout()
        navigation.addWidget(self.previous_button)
        navigation.addWidget(self.page_label)
        navigation.addWidget(self.next_button)
        navigation.addStretch(1)
        navigation.addWidget(self.zoom_out_button)
        navigation.addWidget(self.zoom_label)
        navigation.addWidget(self.zoom_in_button)
        navigation.addWidget(self.fit_width_button)
        bar = QHBoxLayout()
        bar.addWidget(self.pages_label)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.print_button)
        bar.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(navigation)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        self.finished.connect(self._cleanup)
        self.resize(fitted_size(self, 820, 1000))
        self.retranslate_ui()

    def _action(self, *keys: QKeySequence | QKeySequence.StandardKey) -> QAction:
        """An action of the whole dialog (its keys work wherever the focus is in it)."""
        action = QAction(self)
        shortcuts: list[QKeySequence] = []
        for key in keys:
            shortcuts += (
                QKeySequence.keyBindings(key)
                if isinstance(key, QKeySequence.StandardKey)
                else [key]
            )
        action.setShortcuts(list(dict.fromkeys(shortcuts)))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.addAction(action)
        return action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Page Up/Down and Ctrl+Home/End on the page move by whole pages."""
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            pressed = QKeySequence(event.keyCombination())  # type: ignore[attr-defined]
            for action in (
                self.previous_action,
                self.next_action,
                self.first_action,
                self.last_action,
            ):
                if any(
                    pressed.matches(k) == QKeySequence.SequenceMatch.ExactMatch
                    for k in action.shortcuts()
                ):
                    if action.isEnabled():
                        action.trigger()
                    return True
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._show_position()  # fitting the width: the zoom changes with the window

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        QTimer.singleShot(0, self, self._show_position)

    def _tool_button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Preview – %1").replace("%1", self._suggested))
        self.save_button.setText(self.tr("Save as PDF…"))
        self.print_button.setText(self.tr("Print…"))
        self.pages_label.setText(self.tr("%n page(s)", "", self.document.pageCount()))
        for action, text in (
            (self.previous_action, self.tr("◀ Previous page")),
            (self.next_action, self.tr("Next page ▶")),
            (self.first_action, self.tr("First page")),
            (self.last_action, self.tr("Last page")),
            (self.zoom_in_action, self.tr("Zoom in")),
            (self.zoom_out_action, self.tr("Zoom out")),
            (self.fit_width_action, self.tr("Fit width")),
        ):
            action.setText(text)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({keys})")
        self.zoom_in_action.setText("+")
        self.zoom_out_action.setText("−")
        self._show_position()

    # --- pages and zoom ----------------------------------------------------------------

    def current_page(self) -> int:
        """The page in view, counted from 0."""
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, index: int) -> int:
        """Scroll to page ``index`` (counted from 0, kept within the document); returns it."""
        count = self.page_count()
        if count <= 0:
            return 0
        index = max(0, min(index, count - 1))
        navigator = self.view.pageNavigator()
        navigator.jump(index, QPointF(), navigator.currentZoom())
        self._show_position()
        return index

    def zoom_factor(self) -> float:
        """The size shown, 1.0 being the page's own size (also while fitting the width)."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom:
            return float(self.view.zoomFactor())
        page = self.document.pagePointSize(max(0, self.current_page()))
        if page.width() <= 0:
            return 1.0
        # QPdfView draws a point as a pixel at 72 dpi scaled to the screen's dpi.
        dpi = self.view.logicalDpiX() or 96
        room = self.view.viewport().width() - 2 * self.view.documentMargins().left()
        return max(MIN_ZOOM, room / (page.width() / 72 * dpi))

    def set_zoom(self, factor: float) -> float:
        """Show the pages at ``factor`` (kept within bounds), staying on the page in view."""
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        page = self.current_page()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)
        self._stay_on(page)
        return factor

    def zoom_in(self) -> float:
        return self.set_zoom(self.zoom_factor() * ZOOM_STEP)

    def zoom_out(self) -> float:
        return self.set_zoom(self.zoom_factor() / ZOOM_STEP)

    def fit_width(self) -> None:
        page = self.current_page()
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._stay_on(page)

    def _stay_on(self, page: int) -> None:
        """Back to the top of ``page`` now and once the pages are laid out at the new size."""
        self.go_to_page(page)
        QTimer.singleShot(0, self, lambda: self.go_to_page(page))

    def _show_position(self) -> None:
        count = self.page_count()
        page = self.current_page() + 1 if count else 0
        self.page_label.setText(
            self.tr("Page %1 of %2").replace("%1", str(page)).replace("%2", str(count))
        )
        fitting = self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
        percent = str(round(self.zoom_factor() * 100))
        self.zoom_label.setText(self.tr("%1%", "zoom, in per cent").replace("%1", percent))
        self.previous_action.setEnabled(page > 1)
        self.first_action.setEnabled(page > 1)
        self.next_action.setEnabled(page < count)
        self.last_action.setEnabled(page < count)
        factor = self.zoom_factor()
        self.zoom_in_action.setEnabled(factor < MAX_ZOOM - 1e-6)
        self.zoom_out_action.setEnabled(factor > MIN_ZOOM + 1e-6)
        self.fit_width_action.setEnabled(not fitting)

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
            remove_held_dir(self._temp_dir)
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
        remove_held_dir(self.temp_dir)
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
