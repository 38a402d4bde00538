"""File → Log session… (Ctrl+L): write a note from anywhere in the main window.

With a family chosen in the list the quick-entry editor opens at once; with
none, a small filterable family picker comes first (type part of the
reference or name, Enter). After a save, the Sessions tab of the family on
screen reloads.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from famdesk.core import caseload
from famdesk.core.storage import Store
from famdesk.ui.sessions.session_editor import SessionEditor
from famdesk.ui.shell.host import WindowHost

PICKER_LIMIT = 50


class FamilyPicker(QDialog):
    """Choose a family by typing part of its reference or name; Enter picks the first."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("familyPicker")
        self.store = store
        self.family_uid: str | None = None
        self.editor: SessionEditor | None = None
        self.prompt = QLabel(self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.choose)
        self.buttons.rejected.connect(self.reject)
        self.filter_edit.textChanged.connect(self.refill)
        self.filter_edit.returnPressed.connect(self.choose)
        self.list.itemActivated.connect(lambda _i: self.choose())
        self.filter_edit.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(460, 420)
        self.retranslate_ui()
        self.refill("")
        self.filter_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Log session"))
        self.prompt.setText(self.tr("Log a session for which family?"))
        self.filter_edit.setPlaceholderText(self.tr("Type part of the reference or name"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Up and Down in the filter move through the list, so hands stay on the keys."""
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.list.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = min(max(self.list.currentRow() + step, 0), self.list.count() - 1)
                self.list.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def refill(self, text: str) -> None:
        self.list.clear()
        for row in caseload.list_families(self.store, text, limit=PICKER_LIMIT):
            item = QListWidgetItem(f"{row.reference}  ·  {row.name}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, row.uid)
        if self.list.count():
            self.list.setCurrentRow(0)

    def choose(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.family_uid = str(item.data(Qt.ItemDataRole.UserRole))
        self.accept()


def _editor_for(host: WindowHost, family_uid: str) -> SessionEditor:
    editor = SessionEditor(host.store, family_uid, parent=host.window_widget())
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    editor.sessionSaved.connect(lambda session_uid: host.session_saved(family_uid, session_uid))
    editor.open()
    return editor


def open_log_session(host: WindowHost, family_uid: str | None = None) -> QDialog:
    """Open the quick-entry editor for ``family_uid`` (default: the family on screen).

    With no family, a ``FamilyPicker`` opens first and is returned; its
    ``editor`` is set once a family is picked.
    """
    family_uid = family_uid or host.current_family_uid()
    if family_uid:
        return _editor_for(host, family_uid)
    picker = FamilyPicker(host.store, host.window_widget())
    picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

    def picked() -> None:
        if picker.family_uid:
            picker.editor = _editor_for(host, picker.family_uid)

    picker.accepted.connect(picked)
    picker.open()
    return picker


class LogSessionAction(QObject):
    """The File menu's "Log session…" action, kept in the window's language."""

    def __init__(self, host: WindowHost) -> None:
        window = host.window_widget()
        super().__init__(window)
        self.setObjectName("logSessionTool")
        self.host = host
        self.window = window
        self.action = QAction(window)
        self.action.setObjectName("logSessionAction")
        self.action.setShortcut(QKeySequence("Ctrl+L"))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.setIcon(
            window.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogNewFolder)
        )
        self.action.triggered.connect(lambda _c=False: self.trigger())
        self.last: QDialog | None = None
        window.installEventFilter(self)
        self.retranslate_ui()

    def trigger(self) -> QDialog:
        self.last = open_log_session(self.host)
        return self.last

    def retranslate_ui(self) -> None:
        self.action.setText(self.tr("&Log session…"))
        self.action.setToolTip(self.tr("Write a session note for the chosen family (Ctrl+L)"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return super().eventFilter(watched, event)


def install_log_session(host: WindowHost) -> LogSessionAction:
    """Put File → Log session… (Ctrl+L) right after New family, and on the toolbar."""
    tool = LogSessionAction(host)
    host.add_file_action(tool.action)
    host.add_toolbar_action(tool.action)
    return tool


def log_session_tool(window: QWidget) -> LogSessionAction | None:
    """The tool installed on ``window`` (tests look it up)."""
    return window.findChild(LogSessionAction, "logSessionTool")
