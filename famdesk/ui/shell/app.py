"""Starting the GUI: language, look, which database, passphrase, main window.

``run_gui`` is what ``famdesk`` without a subcommand calls. Each step that
can fail for a foreseeable reason (cancelled, wrong file, open elsewhere)
ends with a translated message and an exit status, never a traceback.

A thin start: this module and the dialogs before the main window import Qt
and famdesk's light modules only, so the unlock dialog is up as soon as a
bare Qt window would be. The store's libraries and the main window load on a
thread (``preload``) while the worker types the passphrase.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QStyleFactory

from famdesk.core.storage import (
    PasswordRequired,
    ServerUnavailable,
    StoreError,
    StoreLocked,
    WrongPassword,
    store_file_exists,
)
from famdesk.paths import default_db_path
from famdesk.ui.common import messages
from famdesk.ui.shell import bench_hooks, i18n, preload
from famdesk.ui.shell.crash_dialog import install_excepthook
from famdesk.ui.shell.start_dialog import CHOICE_DEMO, CHOICE_OPEN, DemoProgressDialog, StartDialog
from famdesk.ui.shell.unlock_dialog import UnlockDialog
from famdesk.ui.shell.workers import wait_for_all

if TYPE_CHECKING:
    from famdesk.core.storage import Store

PASSPHRASE_ENV = "FAMDESK_PASSPHRASE"
BENCH_ENV = bench_hooks.EXIT_WHEN_READY_ENV
EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2

_IMPORTED_AT = time.time()


def process_start_time() -> float:
    """When this process started (epoch seconds): /proc on Linux, else module import."""
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])  # field 22 of stat, counted after "(comm)"
        with open("/proc/uptime", encoding="ascii") as fh:
            uptime = float(fh.read().split()[0])
        ticks = os.sysconf("SC_CLK_TCK")
        return time.time() - (uptime - start_ticks / ticks)
    except (OSError, ValueError, IndexError, AttributeError):
        return _IMPORTED_AT


def application() -> QApplication:
    """The one QApplication, made and styled on first call."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setOrganizationName(i18n.ORGANISATION)
    app.setApplicationName(i18n.APPLICATION)
    app.setApplicationDisplayName("famdesk")
    apply_look(app)
    return app


def apply_look(app: QApplication) -> None:
    """Fusion with a light palette and famdesk's style sheet: calm on every platform."""
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    palette = app.style().standardPalette()
    palette.setColor(
        QPalette.ColorRole.AlternateBase, palette.color(QPalette.ColorRole.Base).darker(103)
    )
    app.setPalette(palette)
    qss = i18n.resources_dir() / "styles" / "famdesk.qss"
    if qss.is_file():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))
    icon = i18n.resources_dir() / "icons" / "famdesk.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))


def _show_error(exc: BaseException, path: Path | None) -> None:
    print(f"famdesk: {exc}", file=sys.stderr)
    QMessageBox.critical(None, messages.store_error_title(), messages.store_error_text(exc, path))


def _exit_code_for(exc: BaseException) -> int:
    """1 for what the user could not help (a locked file, a server out of reach), else 2."""
    unreachable = isinstance(exc, ServerUnavailable) and not isinstance(
        exc, PasswordRequired | WrongPassword
    )
    return EXIT_FAILURE if isinstance(exc, StoreLocked) or unreachable else EXIT_BAD_INPUT


def open_from_environment(spec: str, passphrase: str, create: bool) -> tuple[Store | None, int]:
    """Open with ``FAMDESK_PASSPHRASE`` (benchmarks, scripted runs): no unlock dialog."""
    from famdesk.core.storage import open_store

    try:
        return open_store(spec, passphrase, create=create), EXIT_OK
    except StoreError as exc:
        target = Path(spec) if "://" not in spec else None
        _show_error(exc, target)
        return None, _exit_code_for(exc)


def open_interactively(spec: str) -> tuple[Store | None, int]:
    """Start dialog if there is no database yet, then the unlock dialog (and demo data)."""
    env_passphrase = os.environ.get(PASSPHRASE_ENV) or None
    if "://" in spec and not spec.startswith("sqlite"):
        # A team database: the worker's own password (URL, PGPASSWORD or asked), no passphrase.
        from famdesk.ui.shell.server_login import ask_with_dialog, sign_in

        try:
            store = sign_in(spec, ask_with_dialog())
        except StoreError as exc:
            _show_error(exc, None)
            return None, _exit_code_for(exc)
        return store, EXIT_OK
    path = Path(spec).expanduser()
    choice = CHOICE_OPEN
    create = False
    if not store_file_exists(path):
        start = StartDialog(path)
        if start.exec() != QDialog.DialogCode.Accepted or start.choice is None:
            return None, EXIT_OK
        choice = start.choice
        path = start.path
        create = choice != CHOICE_OPEN
    if env_passphrase is not None:
        store, code = open_from_environment(str(path), env_passphrase, create)
    else:
        unlock = UnlockDialog(path, create=create)
        # Once the dialog is up, the rest of famdesk loads while the worker types.
        QTimer.singleShot(0, preload.start)
        bench_hooks.drive_unlock(unlock)
        if unlock.exec() != QDialog.DialogCode.Accepted or unlock.store is None:
            return None, unlock.exit_code
        store, code = unlock.store, EXIT_OK
    if store is not None and choice == CHOICE_DEMO:
        demo = DemoProgressDialog(store)
        demo.start()
        if demo.exec() != QDialog.DialogCode.Accepted:
            store.close()
            return None, EXIT_FAILURE
    return store, code


def run_gui(db: str | None = None) -> int:
    """Open the window on ``db`` (or the default database); the process's exit status."""
    app = application()
    install_excepthook()
    switcher = i18n.LanguageSwitcher(app)
    switcher.apply(i18n.resolve_language(i18n.language_setting()))
    spec = db if db else str(default_db_path())
    store, code = open_interactively(spec)
    if store is None:
        return code
    try:
        # Loaded by ``preload`` while the passphrase was typed (or now, if it was quicker).
        from famdesk.ui.shell.main_window import MainWindow

        if os.environ.get(BENCH_ENV) != "1":
            from famdesk.ui.shell.profile_dialog import ask_for_profile

            ask_for_profile(store)  # first start: who works here (for records and the audit)
        window = MainWindow(store, switcher)
        window.show()
        QTimer.singleShot(0, _remove_stale_previews)
        if os.environ.get(BENCH_ENV) == "1":
            QTimer.singleShot(0, lambda: _report_ready(app, window.model.rowCount()))
        return int(app.exec())
    finally:
        # Work still running on the pool (a list page, the dashboard) uses the store:
        # let it end before the store closes under it.
        wait_for_all()
        store.close()


def _remove_stale_previews() -> None:
    """A preview's plain PDF that a crash left behind goes at the next start."""
    from famdesk.ui.printing.pdf_preview import remove_stale_previews

    remove_stale_previews()


def _report_ready(app: QApplication, rows: int) -> None:
    """The benchmark hook: the list has its first page; say how long it took and stop."""
    elapsed = time.time() - process_start_time()
    print(f"READY {elapsed:.3f}", flush=True)
    app.exit(EXIT_OK)
