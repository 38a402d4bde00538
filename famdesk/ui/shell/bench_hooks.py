"""Hooks for ``benchmarks/``: time the start as a worker meets it, in a real process.

With ``FAMDESK_BENCH_EXIT_WHEN_READY=1`` the window prints ``READY <seconds
since process start>`` once the families list has its first page, and quits.
With ``FAMDESK_BENCH_UNLOCK=<seconds>`` as well, the unlock dialog is not
skipped: once it is shown it prints ``DIALOG <seconds>``, reads the passphrase
from standard input, "types" it for that many seconds (the time a worker
takes, during which famdesk loads the rest), and presses Enter into the field
as a key event, printing ``ENTER <seconds>``. Nothing here runs otherwise.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from famdesk.ui.shell.unlock_dialog import UnlockDialog

EXIT_WHEN_READY_ENV = "FAMDESK_BENCH_EXIT_WHEN_READY"
UNLOCK_ENV = "FAMDESK_BENCH_UNLOCK"


def since_start() -> float:
    """Seconds since this process started (/proc on Linux)."""
    from famdesk.ui.shell.app import process_start_time

    return time.time() - process_start_time()


def drive_unlock(dialog: UnlockDialog) -> None:
    """Type the passphrase from stdin into ``dialog`` and press Enter (benchmarks only)."""
    typing = os.environ.get(UNLOCK_ENV)
    if os.environ.get(EXIT_WHEN_READY_ENV) != "1" or typing is None:
        return

    def shown() -> None:
        print(f"DIALOG {since_start():.3f}", flush=True)
        passphrase = sys.stdin.readline().rstrip("\n")
        QTimer.singleShot(int(float(typing) * 1000), lambda: press_enter(passphrase))

    def press_enter(passphrase: str) -> None:
        dialog.passphrase.setText(passphrase)
        dialog.passphrase.setFocus()
        print(f"ENTER {since_start():.3f}", flush=True)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
            QApplication.postEvent(dialog.passphrase, event)

    QTimer.singleShot(0, shown)
