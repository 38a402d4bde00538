"""The last line of defence: an unexpected error becomes a calm message, not a traceback.

Installed as ``sys.excepthook`` by ``run_gui``. Every change famdesk makes is
its own short transaction, so an error in one command leaves committed work
intact; the message says so and the window stays open. Nothing is written to
a log: an exception's text can quote case data (SQL parameters), and case data
never leave the encrypted store. The message shows the error's first line only,
without SQL parameters.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def short_description(exc: BaseException) -> str:
    """One line naming the error, never the statement or its parameters."""
    cause = getattr(exc, "orig", None) or exc  # SQLAlchemy wraps the driver's error
    first = str(cause).strip().splitlines()[0] if str(cause).strip() else ""
    first = first.split(" [SQL:")[0].split("[parameters:")[0].strip()
    name = type(cause).__name__
    return f"{name}: {first}" if first else name


def connection_lost(exc: BaseException) -> bool:
    """The team server went away (the network, a restart), not a fault of famdesk's."""
    from famdesk.core.storage import ServerUnavailable

    return isinstance(exc, ServerUnavailable) or bool(getattr(exc, "connection_invalidated", False))


def show_connection_lost() -> None:
    """Calm words for a lost server: what was typed stays in its window, to save again."""
    from famdesk.ui.common import messages

    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("CrashDialog", "No connection to the server"))
    box.setText(messages.connection_lost_text())
    box.setInformativeText(
        QCoreApplication.translate(
            "CrashDialog",
            "Your unsaved text is still in its window. Save it again when the connection is "
            "back; famdesk reconnects by itself.",
        )
    )
    box.exec()


def show_unexpected_error(exc: BaseException) -> None:
    if connection_lost(exc):
        show_connection_lost()
        return
    title = QCoreApplication.translate("CrashDialog", "Something went wrong")
    text = QCoreApplication.translate(
        "CrashDialog",
        "famdesk met an unexpected error and stopped what it was doing. Everything you "
        "saved is safe; text you had not saved yet is still in its window.",
    )
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(short_description(exc))
    box.exec()


class _ToGuiThread(QObject):
    """Carries an error raised on a worker thread to the GUI thread: a dialog may only
    be shown there (shown from a worker, Qt crashes the process)."""

    raised = Signal(object)


def install_excepthook() -> ExceptHook:
    """Show unexpected errors in the GUI; returns the hook that was replaced."""
    previous = sys.excepthook
    relay = _ToGuiThread(QApplication.instance())
    # Queued when emitted from another thread; looked up at call time (tests replace it).
    relay.raised.connect(lambda exc: show_unexpected_error(exc))

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        app = QApplication.instance()
        if issubclass(kind, KeyboardInterrupt) or app is None:
            previous(kind, exc, tb)
            return
        if threading.current_thread() is not threading.main_thread():  # the GUI thread
            relay.raised.emit(exc)
            return
        show_unexpected_error(exc)

    sys.excepthook = hook
    return previous
