"""The worker profile: asked for once a database is open, edited again in Settings.

``ProfileForm`` is the four fields (name, title, organisation, phone);
``ProfileDialog`` wraps it for the first start. The rules (name required,
lengths) and the storage are ``famdesk.core.profile``'s.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from famdesk.core import profile
from famdesk.core.errors import ValidationFailed
from famdesk.core.profile import WorkerProfile
from famdesk.core.storage import Store
from famdesk.ui.common.form_support import FormController

FIELDS = ("name", "title", "organisation", "phone")


class ProfileForm(QWidget):
    """Name (required), title, organisation and phone, with an error line under each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileForm")
        self.controller = FormController(self)
        self.fields: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for name in FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(f"profile_{name}")
            edit.setMaxLength(profile.MAX_LENGTHS[name])
            self.fields[name] = edit
            self.labels[name] = self.controller.add_row(form, name, edit)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        texts = {
            "name": self.tr("&Name"),
            "title": self.tr("&Title"),
            "organisation": self.tr("&Organisation"),
            "phone": self.tr("&Phone"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
            self.fields[name].setAccessibleName(text.replace("&", ""))
        self.fields["name"].setPlaceholderText(self.tr("Your full name, as on a signature"))
        self.fields["title"].setPlaceholderText(self.tr("e.g. Family worker"))
        self.fields["organisation"].setPlaceholderText(
            self.tr("e.g. the municipality's family unit")
        )

    def load(self, value: WorkerProfile | None) -> None:
        value = value or WorkerProfile(name="")
        for name in FIELDS:
            self.fields[name].setText(getattr(value, name))
        self.controller.clear_errors()

    def value(self) -> WorkerProfile:
        return WorkerProfile(**{name: self.fields[name].text() for name in FIELDS})

    def has_name(self) -> bool:
        return bool(self.fields["name"].text().strip())

    def save(self, store: Store) -> WorkerProfile | None:
        """Store the profile; on a refusal show why under the fields and return None."""
        try:
            saved = profile.save_profile(store, self.value())
        except ValidationFailed as exc:
            self.controller.show_errors(exc.errors)
            return None
        self.load(saved)
        return saved


class ProfileDialog(QDialog):
    """First start: who works with this database. "Later" leaves it for the next start."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileDialog")
        self.store = store
        self.saved: WorkerProfile | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName("dialogHeading")
        self.heading.setWordWrap(True)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.form = ProfileForm(self)
        self.form.load(profile.load_profile(store))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.form.fields["name"].textChanged.connect(lambda _t: self._update_save())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addSpacing(4)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.retranslate_ui()
        self._update_save()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Your worker profile"))
        self.heading.setText(self.tr("Who works with this database?"))
        self.intro.setText(
            self.tr(
                "famdesk writes your name on new families and session notes, on printed plans "
                "and reports, and in the audit trail. It is kept in the encrypted database; "
                "change it later under Tools → Settings."
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Later"))

    def _update_save(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(self.form.has_name())

    def submit(self) -> bool:
        saved = self.form.save(self.store)
        if saved is None:
            return False
        self.saved = saved
        self.accept()
        return True


def ask_for_profile(store: Store, parent: QWidget | None = None) -> WorkerProfile | None:
    """Ask for the profile if the store has none yet (first start); the stored one otherwise."""
    current = profile.load_profile(store)
    if current is not None:
        return current
    dialog = ProfileDialog(store, parent)
    dialog.exec()
    return dialog.saved
