"""The shared PDF preview: build off the GUI thread, show, save a copy, print, clean up."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from famdesk.core import plans
from famdesk.reports.plan_pdf import build_plan_pdf
from famdesk.ui.printing import pdf_preview
from famdesk.ui.printing.pdf_preview import PdfPreviewDialog, build_and_preview
from tests.reports.plan_data import make_agreed_plan


def _open_preview(qtbot, store, plan_uid: str, parent) -> PdfPreviewDialog:  # type: ignore[no-untyped-def]
    job = build_and_preview(
        parent, build_plan_pdf, store, plan_uid, lang="en", file_name="plan.pdf"
    )
    with qtbot.waitSignal(job.ready, timeout=30000) as blocker:
        pass
    dialog = blocker.args[0]
    assert isinstance(dialog, PdfPreviewDialog)
    return dialog


def test_preview_saves_a_copy_and_deletes_its_private_folder(
    qtbot, store, tmp_path, monkeypatch, switcher
):  # type: ignore[no-untyped-def]
    ids = make_agreed_plan(store)
    plan = plans.get_plan(store, ids.plan)
    parent = QDialog()
    qtbot.addWidget(parent)
    dialog = _open_preview(qtbot, store, ids.plan, parent)
    temp_dir = dialog.pdf_path.parent
    # The case data sit in a folder only the user may enter.
    assert stat.S_IMODE(temp_dir.stat().st_mode) == 0o700
    assert dialog.page_count() >= 2
    assert "page" in dialog.pages_label.text()

    target = tmp_path / "out" / "signed-plan"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (str(target), "PDF files (*.pdf)")),
    )
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save_button.click()
    written = Path(saved.args[0])
    assert written == target.with_suffix(".pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(written).pages)
    for goal in plan.goals:
        assert goal.title[:30] in text.replace("\n", " ")

    dialog.close()
    assert not temp_dir.exists()


def test_save_to_an_unwritable_place_says_so(qtbot, store, tmp_path, monkeypatch, switcher):  # type: ignore[no-untyped-def]
    ids = make_agreed_plan(store, reviews=False)
    parent = QDialog()
    qtbot.addWidget(parent)
    dialog = _open_preview(qtbot, store, ids.plan, parent)
    missing = tmp_path / "no-such-folder" / "plan.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(missing), ""))
    )
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: warnings.append(text))
    )
    assert dialog.save_as() is None
    assert warnings and "could not be saved" in warnings[0]
    assert not missing.exists()
    dialog.reject()


def test_print_renders_every_page_to_the_printer(qtbot, store, tmp_path, monkeypatch, switcher):  # type: ignore[no-untyped-def]
    ids = make_agreed_plan(store, reviews=False)
    parent = QDialog()
    qtbot.addWidget(parent)
    dialog = _open_preview(qtbot, store, ids.plan, parent)
    out = tmp_path / "printed.pdf"

    def accept(self):  # type: ignore[no-untyped-def]
        # A PDF printer stands in for the real one chosen in the dialog.
        self.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer().setOutputFileName(str(out))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    with qtbot.waitSignal(dialog.printed) as printed:
        dialog.print_button.click()
    assert printed.args[0] == dialog.page_count()
    assert len(PdfReader(out).pages) == dialog.page_count()
    dialog.reject()


def test_a_failed_build_warns_and_leaves_nothing_behind(qtbot, store, monkeypatch, switcher):  # type: ignore[no-untyped-def]
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: warnings.append(text))
    )
    made: list[Path] = []
    real = pdf_preview.make_private_dir

    def spy() -> Path:
        made.append(real())
        return made[-1]

    monkeypatch.setattr(pdf_preview, "make_private_dir", spy)
    parent = QDialog()
    qtbot.addWidget(parent)
    job = build_and_preview(parent, build_plan_pdf, store, "no-such-plan", lang="en")
    with qtbot.waitSignal(job.failed, timeout=30000):
        pass
    assert warnings and "no-such-plan" in warnings[0]
    assert made and not made[0].exists()
    assert job.dialog is None


def test_print_of_an_empty_document_prints_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPdf import QPdfDocument

    assert pdf_preview.print_pdf(QPdfDocument(), QPrinter()) == 0


def test_preview_folder_prefers_memory_backed_storage(tmp_path, monkeypatch) -> None:
    import stat

    from famdesk.ui.printing import pdf_preview

    runtime = tmp_path / "run-user"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    folder = pdf_preview.make_private_dir()
    try:
        assert folder.parent == runtime
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    finally:
        pdf_preview.remove_held_dir(folder)
    assert not folder.exists()


def test_preview_pages_and_zoom_by_keys_and_buttons(qtbot, store, switcher):  # type: ignore[no-untyped-def]
    """Page n of m, next/previous (Page Down/Up, buttons), zoom in/out/fit width (Ctrl++/-/0)."""
    from PySide6.QtCore import Qt
    from PySide6.QtPdfWidgets import QPdfView

    ids = make_agreed_plan(store)
    parent = QDialog()
    qtbot.addWidget(parent)
    dialog = _open_preview(qtbot, store, ids.plan, parent)
    dialog.show()
    qtbot.waitExposed(dialog)
    count = dialog.page_count()
    assert count >= 2
    assert dialog.page_label.text() == f"Page 1 of {count}"
    assert not dialog.previous_button.isEnabled() and dialog.next_button.isEnabled()

    qtbot.keyClick(dialog.view, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: dialog.current_page() == 1)
    assert dialog.page_label.text() == f"Page 2 of {count}"
    assert dialog.previous_button.isEnabled()
    qtbot.keyClick(dialog.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.current_page() == count - 1)
    assert not dialog.next_button.isEnabled()
    qtbot.mouseClick(dialog.previous_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.current_page() == count - 2)
    qtbot.keyClick(dialog.view, Qt.Key.Key_PageUp)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.page_label.text() == f"Page {count - 1} of {count}"

    fitted = dialog.zoom_factor()
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    # The zoom shown is the fitted width's, once the window has its size.
    qtbot.waitUntil(lambda: dialog.zoom_label.text() == f"{round(fitted * 100)}%")
    assert fitted > 0.5
    assert not dialog.fit_width_button.isEnabled()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert dialog.zoom_factor() > fitted * 1.2
    assert dialog.zoom_label.text() == f"{round(dialog.zoom_factor() * 100)}%"
    # zooming keeps the page the reader was on
    assert dialog.current_page() == count - 2
    qtbot.mouseClick(dialog.zoom_out_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert dialog.zoom_factor() < fitted
    while dialog.zoom_out_button.isEnabled():  # never smaller than a quarter
        dialog.zoom_out_button.click()
    assert dialog.zoom_factor() == pytest.approx(0.25)
    assert not dialog.zoom_out_button.isEnabled()
    qtbot.keyClick(dialog.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert dialog.zoom_factor() == pytest.approx(fitted, rel=0.02)
    assert "Ctrl+0" in dialog.fit_width_button.toolTip()
    dialog.reject()


def test_a_crashs_leftover_preview_is_removed_at_the_next_start_not_one_in_use(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import fcntl
    import os

    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    # Left by a famdesk killed while a preview was open: its lock died with it.
    crashed = runtime / f"{pdf_preview.PREVIEW_PREFIX}crashed"
    crashed.mkdir(mode=0o700)
    (crashed / ".held").write_bytes(b"")
    (crashed / "plan.pdf").write_bytes("%PDF-1.4 Familien Bøgh, plain".encode())
    # Made before a famdesk could hold it: no hold file at all.
    unheld = runtime / f"{pdf_preview.PREVIEW_PREFIX}early"
    unheld.mkdir(mode=0o700)
    (unheld / "log.pdf").write_bytes(b"%PDF-1.4")
    # Shown right now by another famdesk (it holds the lock), and one shown by this one.
    other = runtime / f"{pdf_preview.PREVIEW_PREFIX}other"
    other.mkdir(mode=0o700)
    held_by_other = os.open(other / ".held", os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(held_by_other, fcntl.LOCK_EX | fcntl.LOCK_NB)
    mine = pdf_preview.make_private_dir()
    unrelated = runtime / "something-else"
    unrelated.mkdir()
    try:
        removed = pdf_preview.remove_stale_previews()
        assert set(removed) == {crashed, unheld}
        assert not crashed.exists() and not unheld.exists()
        assert other.exists() and mine.exists() and unrelated.exists()
    finally:
        os.close(held_by_other)
        pdf_preview.remove_held_dir(mine)
    assert not mine.exists()
