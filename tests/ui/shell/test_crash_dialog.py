"""An unexpected error is a calm message without a traceback or case data."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.exc import IntegrityError

from famdesk.ui.shell import crash_dialog


def test_sql_errors_are_shown_without_statement_or_parameters() -> None:
    orig = Exception("a finalized note cannot be changed")
    exc = IntegrityError("UPDATE contact_session SET notes=?", ("Barnet græd hele natten",), orig)
    text = crash_dialog.short_description(exc)
    assert "a finalized note cannot be changed" in text
    assert "græd" not in text and "UPDATE" not in text


def test_the_hook_shows_a_message_and_keeps_running(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[str, str]] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append((box.text(), box.informativeText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    previous = crash_dialog.install_excepthook()
    try:
        try:
            raise ValueError("the chart has no points")
        except ValueError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = previous
    assert len(shown) == 1
    text, detail = shown[0]
    assert "saved is safe" in text
    assert detail == "ValueError: the chart has no points"
    assert "Traceback" not in text + detail


def test_an_error_on_a_worker_thread_is_shown_on_the_gui_thread(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A dialog built on a worker thread crashes Qt: the hook hands the error over."""
    shown_on: list[threading.Thread] = []

    def fake_exec(box: QMessageBox) -> int:
        shown_on.append(threading.current_thread())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    previous = crash_dialog.install_excepthook()
    try:

        def fail_in_worker() -> None:
            try:
                raise RuntimeError("the store was closed")
            except RuntimeError as exc:
                sys.excepthook(type(exc), exc, exc.__traceback__)

        worker = threading.Thread(target=fail_in_worker)
        worker.start()
        worker.join()
        assert shown_on == []  # not on the worker
        qtbot.waitUntil(lambda: len(shown_on) == 1)
    finally:
        sys.excepthook = previous
    assert shown_on == [threading.main_thread()]
