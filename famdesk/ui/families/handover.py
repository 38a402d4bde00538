"""Handing a family over to another worker on a team server: a lead's decision, in the window.

A worker sees the families assigned to them; when a colleague covers a
holiday or a family changes hands, the team lead assigns it to someone else
(``core.team.assign_family``, the same rule as ``famdesk assign``). The
server writes the audit line. The family's ``worker``, the name on its
documents, stays as written. The action exists only for a lead (or the
database's administrator) on a server; a file has no team.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from famdesk.core import team
from famdesk.core.errors import CoreError
from famdesk.core.storage import Store
from famdesk.ui.common.form_support import ErrorLabel
from famdesk.ui.shell.host import WindowHost


class HandOverDialog(QDialog):
    """Choose the worker the family goes to; the handover is saved on OK."""

    def __init__(
        self, store: Store, family_uid: str, reference: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handOverDialog")
        self.store = store
        self.family_uid = family_uid
        self.reference = reference
        # Who had the family before the handover saved here (None: nobody).
        self.previous = team.assigned_to(store, family_uid)
        self.handed_to: str | None = None
        self.now_label = QLabel(self)
        self.worker = QComboBox(self)
        self.worker_label = QLabel(self)
        self.worker_label.setBuddy(self.worker)
        for w in team.list_workers(store):
            self.worker.addItem(w.name, w.name)
        self.worker.setCurrentIndex(max(0, self.worker.findData(self.previous)))
        self.error = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.worker_label, self.worker)
        layout = QVBoxLayout(self)
        layout.addWidget(self.now_label)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Hand family %1 over").replace("%1", self.reference))
        self.now_label.setText(
            self.tr("Now assigned to: %1").replace("%1", self.previous)
            if self.previous
            else self.tr("Now assigned to nobody.")
        )
        self.worker_label.setText(self.tr("&Hand over to:"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def accept(self) -> None:
        """Save the handover; a refusal stays in the dialog in the catalogue's words."""
        chosen = str(self.worker.currentData() or "")
        try:
            team.assign_family(self.store, self.family_uid, chosen)
        except CoreError as exc:
            self.error.show_error(exc)
            return
        self.handed_to = chosen
        super().accept()


class HandOverAction(QObject):
    """File → "Hand family over…", for a lead on a team server, enabled with a family shown."""

    def __init__(self, host: WindowHost) -> None:
        window = host.window_widget()
        super().__init__(window)
        self.setObjectName("handOverTool")
        self.host = host
        self.window = window
        self.action = QAction(window)
        self.action.setObjectName("handOverAction")
        self.action.triggered.connect(lambda _c=False: self.trigger())
        self.action.setEnabled(host.current_family_uid() is not None)
        host.when_family_changed(lambda uid: self.action.setEnabled(uid is not None))
        window.installEventFilter(self)
        self.retranslate_ui()

    def trigger(self) -> HandOverDialog | None:
        uid = self.host.current_family_uid()
        if uid is None:
            return None
        dialog = HandOverDialog(
            self.host.store, uid, self.host.current_family_reference(), self.window
        )
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.handed_to:
                self.host.show_message(
                    self.tr("Family %1 handed over to %2.")
                    .replace("%1", dialog.reference)
                    .replace("%2", dialog.handed_to),
                    8000,
                )
        finally:
            dialog.deleteLater()
        return dialog

    def retranslate_ui(self) -> None:
        self.action.setText(self.tr("&Hand family over…"))
        self.action.setToolTip(
            self.tr("Assign the family on screen to another worker of the team (team lead)")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return super().eventFilter(watched, event)


def install_handover(host: WindowHost) -> HandOverAction | None:
    """File → Hand family over…, only where it can be done: a lead on a team server."""
    if not team.may_hand_over(host.store):
        return None
    tool = HandOverAction(host)
    host.add_file_action(tool.action)
    return tool
