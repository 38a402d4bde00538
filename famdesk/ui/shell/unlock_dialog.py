"""Asking for the passphrase and opening the store without freezing the window.

Opening is slow on purpose (SQLCipher's key derivation), so ``open_store``
runs on a worker thread while the dialog shows a busy bar. A wrong
passphrase keeps the dialog open with the message next to the field; a file
that cannot be opened at all (not famdesk, too new, open elsewhere) is told in
a message box and the dialog closes with ``exit_code`` set.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from famdesk.core.passphrase import MIN_PASSPHRASE_LENGTH, passphrase_strength
from famdesk.core.storage import StoreLocked, WrongPassphrase
from famdesk.ui.common import messages
from famdesk.ui.common.wrapping_label import WrappingLabel
from famdesk.ui.shell.workers import Task, run_task

if TYPE_CHECKING:
    from famdesk.core.storage import Store

OpenFn = Callable[..., "Store"]


def _open_store(*args: Any, **kwargs: Any) -> Store:
    """``open_store``, imported on first use: the dialog shows before the store's
    libraries have loaded (they load while the worker types)."""
    from famdesk.core.storage import open_store

    return open_store(*args, **kwargs)


class UnlockDialog(QDialog):
    """Passphrase once for an existing store, twice (with a hint) for a new one.

    After ``exec()`` returns Accepted, ``store`` is the open store. Otherwise
    ``exit_code`` says why: 0 cancelled, 1 locked by another famdesk, 2 a file
    that cannot be opened.
    """

    def __init__(
        self,
        path: Path,
        create: bool,
        parent: QWidget | None = None,
        open_fn: OpenFn = _open_store,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.creating = create  # not "create": that would hide QWidget.create()
        self.store: Store | None = None
        self.exit_code = 0
        self.error: BaseException | None = None
        self._open_fn = open_fn
        self._task: Task | None = None

        self.intro = WrappingLabel()
        self.intro.setWordWrap(True)
        self.intro.setObjectName("dialogIntro")
        self.file_label = QLabel(str(path))
        self.file_label.setObjectName("pathLabel")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("passphrase")
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setObjectName("confirmPassphrase")
        self.strength = QLabel()
        self.strength.setObjectName("strengthHint")
        self.error_label = WrappingLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.passphrase_caption = QLabel()
        self.confirm_caption = QLabel()
        self.form.addRow(self.passphrase_caption, self.passphrase)
        if create:
            self.form.addRow(self.confirm_caption, self.confirm)
            self.form.addRow("", self.strength)
        else:
            self.confirm.hide()
            self.strength.hide()
        self.form.addRow("", self.error_label)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.addWidget(self.intro)
        layout.addWidget(self.file_label)
        layout.addLayout(self.form)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)

        self.passphrase.textChanged.connect(self._update_hint)
        self.passphrase.textChanged.connect(self._clear_error)
        self.confirm.textChanged.connect(self._clear_error)
        self.setMinimumWidth(460)
        self.retranslate_ui()

    # --- language ------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        if self.creating:
            self.setWindowTitle(self.tr("New database"))
            self.intro.setText(
                self.tr(
                    "Choose a passphrase for the new database. Everything in it is encrypted "
                    "with this passphrase, and it cannot be recovered if you forget it."
                )
            )
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        else:
            self.setWindowTitle(self.tr("Unlock database"))
            self.intro.setText(self.tr("Enter the passphrase for the database:"))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.passphrase_caption.setText(self.tr("Passphrase:"))
        self.confirm_caption.setText(self.tr("Repeat passphrase:"))
        self._update_hint()

    # --- input ----------------------------------------------------------------

    def _update_hint(self) -> None:
        if not self.creating:
            return
        text = self.passphrase.text()
        score = passphrase_strength(text)
        if score == 0:
            hint = self.tr("At least %1 characters. A short sentence is easy to remember.").replace(
                "%1", str(MIN_PASSPHRASE_LENGTH)
            )
        else:
            hint = (
                self.tr("Strength: weak"),
                self.tr("Strength: fair"),
                self.tr("Strength: strong"),
            )[score - 1]
        self.strength.setText(hint)
        self.strength.setProperty("strength", score)
        self.strength.style().unpolish(self.strength)
        self.strength.style().polish(self.strength)

    def _clear_error(self) -> None:
        self.error_label.hide()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def validation_error(self) -> str | None:
        """Why the typed passphrase(s) cannot be used, or None."""
        first = self.passphrase.text()
        if not first:
            return self.tr("Enter the passphrase.")
        if self.creating:
            if len(first) < MIN_PASSPHRASE_LENGTH:
                return self.tr("The passphrase must have at least %1 characters.").replace(
                    "%1", str(MIN_PASSPHRASE_LENGTH)
                )
            if first != self.confirm.text():
                return self.tr("The two passphrases are not the same.")
        return None

    # --- opening ------------------------------------------------------------------

    @property
    def busy_opening(self) -> bool:
        return self._task is not None

    def submit(self) -> None:
        if self._task is not None:
            return
        problem = self.validation_error()
        if problem:
            self.show_error(problem)
            return
        self._set_busy(True)
        self._task = run_task(
            self._open_fn,
            self.path,
            self.passphrase.text(),
            create=self.creating,
            on_finished=self._opened,
            on_failed=self._failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.passphrase.setEnabled(not busy)
        self.confirm.setEnabled(not busy)
        self.buttons.setEnabled(not busy)

    def _opened(self, store: Any) -> None:
        self._task = None
        self.store = store
        self._set_busy(False)
        self.accept()

    def _failed(self, _message: str) -> None:
        task, self._task = self._task, None
        exc = task.exception if task is not None else None
        self._set_busy(False)
        if isinstance(exc, WrongPassphrase):
            self.passphrase.clear()
            self.show_error(messages.wrong_passphrase())
            self.passphrase.setFocus()
            return
        self.error = exc
        self.exit_code = 1 if isinstance(exc, StoreLocked) else 2
        QMessageBox.critical(
            self,
            messages.store_error_title(),
            messages.store_error_text(exc or RuntimeError(_message), self.path),
        )
        super().reject()

    def reject(self) -> None:
        if self._task is not None:
            return  # opening cannot be interrupted half-way; it takes a moment
        super().reject()
