"""Adding or editing a placement site in the register shared by all families.

The fields are checked by core (``core.placement``), as import checks them; a
refusal is shown under its field in the catalogue's words.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from famdesk.core.errors import ValidationFailed
from famdesk.core.placement import sites
from famdesk.core.placement.sites import SiteData
from famdesk.core.storage import Store
from famdesk.core.versions import RecordChanged
from famdesk.ui.common import words
from famdesk.ui.common.form_support import ErrorLabel, FormController, combo_fill, limit_lengths
from famdesk.ui.common.wrapping_label import WrappingLabel

# The largest capacity the box lets a worker type (core decides what is allowed).
CAPACITY_DIGITS = 4


class SiteDialog(QDialog):
    """OK saves the site through core, or shows core's refusal under the field."""

    def __init__(self, store: Store, site_uid: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("siteDialog")
        self.store = store
        self.site_uid = site_uid
        self.controller = c = FormController(self)
        self._loaded = sites.get_site(store, site_uid) if site_uid else None
        self.setMinimumWidth(520)

        self.name = QLineEdit(self)
        self.type = QComboBox(self)
        self.address = QPlainTextEdit(self)
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)
        self.competences = QPlainTextEdit(self)
        self.competences.setTabChangesFocus(True)
        self.competences.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.capacity = QLineEdit(self)
        self.capacity.setValidator(QIntValidator(0, 10**CAPACITY_DIGITS - 1, self))
        self.capacity.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000") + 40)
        limit_lengths(
            "placement_site", {"name": self.name, "phone": self.phone, "email": self.email}
        )
        self.note = WrappingLabel("", self)
        self.note.setObjectName("sharedNote")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels = {
            "name": c.add_row(form, "name", self.name),
            "type": c.add_row(form, "type", self.type),
            "address": c.add_row(form, "address", self.address),
            "phone": c.add_row(form, "phone", self.phone),
            "email": c.add_row(form, "email", self.email),
            "competences": c.add_row(form, "competences", self.competences),
            "capacity": c.add_row(form, "capacity", self.capacity),
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

        self.retranslate_ui()
        self._load(self._loaded or SiteData())
        self.name.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            self.tr("Edit placement site") if self.site_uid else self.tr("Add placement site")
        )
        texts = {
            "name": (self.tr("&Name:"), self.tr("Name")),
            "type": (self.tr("&Type:"), self.tr("Type of placement")),
            "address": (self.tr("&Address:"), self.tr("Address")),
            "phone": (self.tr("&Phone:"), self.tr("Phone")),
            "email": (self.tr("&E-mail:"), self.tr("E-mail")),
            "competences": (self.tr("&Competences:"), self.tr("Competences")),
            "capacity": (self.tr("Ca&pacity:"), self.tr("Capacity (children)")),
        }
        for name, (text, accessible) in texts.items():
            self._labels[name].setText(text)
            self.controller.widget(name).setAccessibleName(accessible)
        self.competences.setPlaceholderText(
            self.tr("What the site is good at: ages, needs it meets, approach, languages …")
        )
        self.capacity.setPlaceholderText(self.tr("children"))
        self.capacity.setToolTip(self.tr("How many children the site can take; empty if unknown"))
        self.note.setText(
            self.tr(
                "The register of placement sites is shared by all families: a change here "
                "shows wherever the site is a candidate."
            )
        )
        combo_fill(self.type, words.choices("placement_type"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- values --------------------------------------------------------------------------

    def _load(self, site: SiteData) -> None:
        self.controller.load(
            {
                "name": site.name,
                "type": site.type,
                "address": site.address,
                "phone": site.phone,
                "email": site.email,
                "competences": site.competences,
                "capacity": "" if site.capacity is None else str(site.capacity),
            }
        )

    def site_data(self) -> SiteData:
        values, _ = self.controller.read()
        capacity = values["capacity"].strip()
        return SiteData(
            uid=self.site_uid,
            name=values["name"],
            type=values["type"],
            address=values["address"],
            phone=values["phone"],
            email=values["email"],
            competences=values["competences"],
            capacity=int(capacity) if capacity else None,
        )

    def accept(self) -> None:
        try:
            if self.site_uid is None:
                self.site_uid = sites.create_site(self.store, self.site_data())
            else:
                sites.update_site(self.store, self.site_uid, self.site_data(), loaded=self._loaded)
        except ValidationFailed as exc:
            self.general_error.show_error(self.controller.show_errors(exc.errors))
            return
        except RecordChanged as exc:
            self.general_error.show_error(exc)
            return
        super().accept()
