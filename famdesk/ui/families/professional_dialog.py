"""Adding, linking or editing a collaborator (sagsbehandler, teacher, …).

Collaborators are shared between families: typing a name offers the ones
already in the register, and picking one links it instead of making a copy.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from famdesk.core import families
from famdesk.core.errors import ValidationFailed
from famdesk.core.families import PROFESSIONAL_ROLE_SUGGESTIONS, ProfessionalData
from famdesk.core.storage import Store
from famdesk.core.versions import RecordChanged
from famdesk.ui.common import words
from famdesk.ui.common.form_support import ErrorLabel, FormController, limit_lengths


class ProfessionalDialog(QDialog):
    """OK creates and links, links an existing collaborator, or saves an edit."""

    def __init__(
        self,
        store: Store,
        family_uid: str,
        professional_uid: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.store = store
        self.family_uid = family_uid
        self.professional_uid = professional_uid
        #: Set when the user picked an existing collaborator to link.
        self.linked_uid: str | None = None
        self.controller = c = FormController(self)
        self._matches: dict[str, ProfessionalData] = {}
        self.setMinimumWidth(460)

        self.name = QLineEdit(self)
        self.organisation = QLineEdit(self)
        self.role = QComboBox(self)
        self.role.setEditable(True)
        self.role.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)
        limit_lengths(
            "professional",
            {
                "name": self.name,
                "organisation": self.organisation,
                "role": self.role,
                "phone": self.phone,
                "email": self.email,
            },
        )
        self.note = QLabel(self)
        self.note.setObjectName("sharedNote")
        self.note.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels = {
            "name": c.add_row(form, "name", self.name),
            "organisation": c.add_row(form, "organisation", self.organisation),
            "role": c.add_row(form, "role", self.role),
            "phone": c.add_row(form, "phone", self.phone),
            "email": c.add_row(form, "email", self.email),
        }
        self.general_error = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        self.completer_model = QStringListModel(self)
        self.completer = QCompleter(self.completer_model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        if professional_uid is None:
            self.name.setCompleter(self.completer)
            self.name.textEdited.connect(self._name_edited)
            # The text overload of activated(QString|QModelIndex); PySide6's stubs lack
            # SignalInstance.__getitem__ for choosing an overload.
            self.completer.activated[str].connect(self.pick)  # type: ignore[index]

        self.retranslate_ui()
        original = families.get_professional(store, professional_uid) if professional_uid else None
        #: The collaborator as loaded: its save hands it back (``core.versions``).
        self._original = original
        self._count = original.family_count if original else 0
        self._load(original or ProfessionalData())
        self._show_note()
        self.name.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            self.tr("Edit collaborator") if self.professional_uid else self.tr("Add collaborator")
        )
        texts = {
            "name": (self.tr("&Name:"), self.tr("Name")),
            "organisation": (self.tr("&Organisation:"), self.tr("Organisation")),
            "role": (self.tr("&Role:"), self.tr("Role")),
            "phone": (self.tr("&Phone:"), self.tr("Phone")),
            "email": (self.tr("&E-mail:"), self.tr("E-mail")),
        }
        for name, (label, accessible) in texts.items():
            self._labels[name].setText(label)
            self.controller.widget(name).setAccessibleName(accessible)
        self.name.setPlaceholderText(self.tr("Type to find someone already in the register"))
        current = self.role.currentText()
        self.role.clear()
        for key in PROFESSIONAL_ROLE_SUGGESTIONS:
            self.role.addItem(words.label("professional_role", key), key)
        self.role.setCurrentText(current)

    # --- values ------------------------------------------------------------------------------

    def _role_text(self, stored: str) -> str:
        return words.label("professional_role", stored) if stored else ""

    def _role_value(self, shown: str) -> str:
        for key in PROFESSIONAL_ROLE_SUGGESTIONS:
            if shown.strip().casefold() == words.label("professional_role", key).casefold():
                return key
        return shown.strip()

    def _load(self, p: ProfessionalData) -> None:
        self.controller.load(
            {
                "name": p.name,
                "organisation": p.organisation,
                "role": self._role_text(p.role),
                "phone": p.phone,
                "email": p.email,
            }
        )

    def data(self) -> ProfessionalData:
        values, _ = self.controller.read()
        return ProfessionalData(
            name=values["name"],
            organisation=values["organisation"],
            role=self._role_value(values["role"]),
            phone=values["phone"],
            email=values["email"],
        )

    def _show_note(self) -> None:
        if self.linked_uid is not None:
            text = self.tr(
                "%1 is already in the register. OK links this collaborator to the family; "
                "no copy is made."
            ).replace("%1", self.name.text())
        elif self.professional_uid is not None and self._count > 1:
            text = self.tr("Shared with %1 families: changes here apply to all of them.").replace(
                "%1", str(self._count)
            )
        elif self.professional_uid is not None:
            text = self.tr("Changes apply wherever this collaborator is used.")
        else:
            text = self.tr(
                "Start typing a name: collaborators already in the register are offered, "
                "so the same person is not entered twice."
            )
        self.note.setText(text)

    # --- linking an existing collaborator ------------------------------------------------------

    def _name_edited(self, text: str) -> None:
        if self.linked_uid is not None:
            self._set_linked(None)
        matches = families.search_professionals(self.store, text) if text.strip() else []
        self._matches = {self._match_label(p): p for p in matches}
        self.completer_model.setStringList(list(self._matches))

    def _match_label(self, p: ProfessionalData) -> str:
        details = ", ".join(x for x in (self._role_text(p.role), p.organisation) if x)
        return f"{p.name} ({details})" if details else p.name

    def pick(self, label: str) -> bool:
        """Use the existing collaborator shown as ``label`` in the completer."""
        p = self._matches.get(label)
        if p is None:
            return False
        self._load(p)
        self._set_linked(p.uid)
        return True

    def _set_linked(self, uid: str | None) -> None:
        self.linked_uid = uid
        for w in (self.organisation, self.role, self.phone, self.email):
            w.setEnabled(uid is None)
        self._show_note()

    # --- saving ----------------------------------------------------------------------------------

    def accept(self) -> None:
        try:
            if self.linked_uid is not None:
                families.link_professional(self.store, self.family_uid, self.linked_uid)
                self.professional_uid = self.linked_uid
            elif self.professional_uid is None:
                self.professional_uid = families.create_professional(
                    self.store, self.data(), self.family_uid
                )
            else:
                families.update_professional(
                    self.store, self.professional_uid, self.data(), loaded=self._original
                )
        except RecordChanged as exc:
            self._theirs_with_mine_on_top(exc)
            return
        except ValidationFailed as exc:
            self.general_error.show_error(self.controller.show_errors(exc.errors))
            return
        super().accept()

    def _theirs_with_mine_on_top(self, refusal: RecordChanged) -> None:
        """Someone saved the collaborator first: show theirs with this worker's edits on top."""
        assert self.professional_uid is not None
        mine = self.controller.edits()
        self._original = families.get_professional(self.store, self.professional_uid)
        self._load(self._original)
        self.controller.put_edits(mine)
        self.general_error.show_error(refusal)
