"""Change passphrase: current, new, new again; the store is re-keyed (``core.passphrase``)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from famdesk.core.passphrase import MIN_PASSPHRASE_LENGTH, PassphraseError, change_passphrase
from famdesk.core.storage import Store
from famdesk.ui.common.wrapping_label import WrappingLabel
from famdesk.ui.safety.safety_texts import passphrase_error_text


class ChangePassphraseDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.current = QLineEdit()
        self.new = QLineEdit()
        self.repeat = QLineEdit()
        for field in (self.current, self.new, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = WrappingLabel()
        self.message.setObjectName("passphraseMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.form = QFormLayout(self)
        self._labels = [QLabel(), QLabel(), QLabel()]
        for label, field in zip(self._labels, (self.current, self.new, self.repeat), strict=True):
            self.form.addRow(label, field)
        self.form.addRow(self.message)
        self.form.addRow(self.buttons)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Change passphrase"))
        self._labels[0].setText(self.tr("Current passphrase"))
        self._labels[1].setText(self.tr("New passphrase"))
        self._labels[2].setText(self.tr("New passphrase again"))
        self.new.setPlaceholderText(
            self.tr("At least %1 characters").replace("%1", str(MIN_PASSPHRASE_LENGTH))
        )

    def apply(self) -> None:
        try:
            change_passphrase(self.store, self.current.text(), self.new.text(), self.repeat.text())
        except PassphraseError as exc:
            self.message.setText(passphrase_error_text(exc))
            return
        finally:
            self.current.clear()
        self.new.clear()
        self.repeat.clear()
        self.accept()
