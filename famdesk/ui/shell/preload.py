"""Loading the rest of famdesk while the worker types the passphrase.

The unlock dialog comes up with Qt and a few light modules only. Right after
it is shown, a thread imports the store (SQLAlchemy, SQLCipher), the main
window with its tabs and tools, and sets up the ORM's mappers, so that
pressing Enter costs the key derivation and the first page, not the imports.
Importing is all the thread does: it creates no Qt object. If the worker is
quicker than the thread, the GUI's own import simply waits for it.
"""

from __future__ import annotations

import importlib
import threading

#: What the main window needs, after the store's libraries (``storage.load_libraries``).
MODULES = (
    "famdesk.core.caseload",
    "famdesk.ui.shell.main_window",
)

_started: threading.Thread | None = None


def start() -> threading.Thread:
    """Start loading (once per process); the thread, for tests to join."""
    global _started
    if _started is None:
        _started = threading.Thread(target=_load, name="famdesk-preload", daemon=True)
        _started.start()
    return _started


def _load() -> None:
    try:
        from famdesk.core import storage

        storage.load_libraries()  # the heaviest first
        for name in MODULES:
            importlib.import_module(name)
    except Exception:  # noqa: BLE001 - the GUI thread's own import reports it properly
        return
