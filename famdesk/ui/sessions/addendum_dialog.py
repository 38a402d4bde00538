"""A dated addendum to a finalized note: the correction is appended, the note stays.

The dialog shows the note's summary and date for context, takes the text and
calls ``core.sessions.add_addendum``; an empty text is refused next to the
field.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from famdesk.core import sessions
from famdesk.core.errors import NotFound
from famdesk.core.sessions import LOCAL_TZ, SessionDetail, SessionError
from famdesk.core.storage import Store
from famdesk.ui.common.form_support import ErrorLabel, error_text


class AddendumDialog(QDialog):
    """Write one addendum; ``addendum_uid`` is set after ``accept()``."""

    def __init__(self, store: Store, detail: SessionDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addendumDialog")
        self.store = store
        self.detail = detail
        self.addendum_uid: str | None = None
        self.context = QLabel(self)
        self.context.setWordWrap(True)
        self.context.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation = QLabel(self)
        self.explanation.setObjectName("hint")
        self.explanation.setWordWrap(True)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setTabChangesFocus(True)
        self.error = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.text_edit.textChanged.connect(lambda: self.error.show_message(""))
        self.shortcuts = [
            QShortcut(QKeySequence(keys), self) for keys in ("Ctrl+Return", "Ctrl+Enter")
        ]
        for shortcut in self.shortcuts:
            shortcut.activated.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.context)
        layout.addWidget(self.explanation)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(560, 360)
        self.retranslate_ui()
        self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Add addendum"))
        when = f"{self.detail.start.astimezone(LOCAL_TZ):%d-%m-%Y %H:%M}"
        self.context.setText(
            self.tr("Session %1: %2").replace("%1", when).replace("%2", self.detail.summary)
        )
        self.explanation.setText(
            self.tr(
                "The note is finalized and stays as it is. The addendum is dated today and "
                "shown below the note as added after finalizing."
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add addendum"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def save(self) -> bool:
        try:
            self.addendum_uid = sessions.add_addendum(
                self.store, self.detail.uid, self.text_edit.toPlainText()
            )
        except (SessionError, NotFound) as exc:
            if exc.field == "text":  # what was typed: the reason says what to change
                self.error.show_error(exc)
            else:
                problem = exc
                self.error.show_live(
                    lambda: self.tr("Not saved: %1").replace("%1", error_text(problem))
                )
            return False
        self.accept()
        return True
