"""No typing lost: an editor's unsaved fields kept in the encrypted store every few seconds.

API (for any editor — the plan editor, the session editor)::

    self.autosave = AutosaveSupport(store, self._collect_fields, parent=self)
    self.autosave.start(key="plan:<uid>", family_uid=family_uid)  # when a record opens
    form.dirtyChanged.connect(self.autosave.set_dirty)          # the timer runs while dirty
    payload = self.autosave.offer_restore(self)                   # after start(): dict or None
    ...
    self.autosave.discard()   # after a real save, or when the worker throws the edits away
    self.autosave.stop()      # when the editor closes the record (keeps the draft)

``collect()`` returns plain data (str, int, bool, lists, dicts). Every
``interval_ms`` (default 5 s) while dirty, ``save_now`` writes it with
``core.autosave.save_draft`` — one short transaction on the GUI thread; it
takes a few milliseconds, far below what a typist notices, so no worker
thread (and no cross-thread copy of the fields) is needed. A failed write is
reported through ``failed`` and never interrupts typing. ``offer_restore``
asks "Unsaved text from <time> was recovered. Restore it?" and returns the
payload if the worker says yes; a "no" discards the draft.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from famdesk.core import autosave
from famdesk.core.autosave import Draft
from famdesk.core.storage import Store
from famdesk.ui.common.qt_dates import qdatetime

DEFAULT_INTERVAL_MS = 5000


class AutosaveSupport(QObject):
    """Keeps one editor's unsaved fields under a key while they are dirty."""

    saved = Signal()
    failed = Signal(str)

    def __init__(
        self,
        store: Store,
        collect: Callable[[], dict[str, Any]],
        parent: QObject | None = None,
        interval_ms: int = DEFAULT_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._collect = collect
        self.key: str | None = None
        self.family_uid: str | None = None
        self._dirty = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.save_now)

    def set_interval(self, msecs: int) -> None:
        self.timer.setInterval(msecs)

    def start(self, key: str, family_uid: str | None = None) -> None:
        """Follow the record ``key`` (e.g. ``"plan:<uid>"``); not dirty yet."""
        self.stop()
        self.key = key
        self.family_uid = family_uid

    def stop(self) -> None:
        """Stop following the record; a kept draft stays for recovery."""
        self.timer.stop()
        self.key = None
        self._dirty = False

    def set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        if dirty and self.key is not None:
            if not self.timer.isActive():
                self.timer.start()
        else:
            self.timer.stop()

    def save_now(self) -> bool:
        """Write the editor's fields now (while dirty); False if nothing was written."""
        if self.key is None or not self._dirty:
            return False
        try:
            autosave.save_draft(self.store, self.key, self._collect(), self.family_uid)
        except Exception as exc:  # noqa: BLE001 - typing must go on; the editor is told
            self.failed.emit(str(exc))
            return False
        self.saved.emit()
        return True

    def pending(self) -> Draft | None:
        """The draft kept for the current key, if any."""
        return autosave.load_draft(self.store, self.key) if self.key else None

    def discard(self) -> None:
        """Forget the kept draft (after saving the record for real, or on discard)."""
        if self.key is not None:
            autosave.discard_draft(self.store, self.key)

    def offer_restore(self, parent: QWidget | None) -> dict[str, Any] | None:
        """Ask whether to restore a kept draft; its fields if yes, None otherwise."""
        draft = self.pending()
        if draft is None:
            return None
        when = QLocale().toString(
            qdatetime(draft.saved_at.astimezone().replace(tzinfo=None)),
            QLocale.FormatType.ShortFormat,
        )
        answer = QMessageBox.question(
            parent,
            self.tr("Recovered text"),
            self.tr("Unsaved text from %1 was recovered. Restore it?").replace("%1", when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            return draft.payload
        self.discard()
        return None
