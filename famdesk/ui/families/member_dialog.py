"""Adding or editing one family member, with CPR check and placement history."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from famdesk.core import families
from famdesk.core.cpr import format_cpr, normalize_cpr, parse_cpr
from famdesk.core.errors import ValidationFailed
from famdesk.core.families import MemberData, PlacementData
from famdesk.core.storage import Store
from famdesk.core.versions import RecordChanged
from famdesk.ui.common import words
from famdesk.ui.common.form_support import (
    DateField,
    ErrorLabel,
    FormController,
    combo_fill,
    format_date,
    limit_lengths,
)
from famdesk.ui.common.wrapping_label import WrappingLabel
from famdesk.vocabulary import CHILD_ROLES, PLACEMENT_TYPES

# Core field names that this dialog shows under another widget.
_ALIASES = {"placement": "placed"}


class MemberDialog(QDialog):
    """Edits a member; OK saves through core in one unit of work, or shows the errors."""

    def __init__(
        self,
        store: Store,
        family_uid: str,
        member_uid: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.store = store
        self.family_uid = family_uid
        self.member_uid = member_uid
        self.controller = c = FormController(self)
        self._original: MemberData | None = (
            families.get_member(store, member_uid) if member_uid else None
        )
        self.setWindowTitle(self.tr("Edit member") if member_uid else self.tr("Add member"))
        # Room to read a name, an e-mail or an address as typed (the fields were ~80 px wide).
        self.setMinimumWidth(760)

        self.role = QComboBox(self)
        self.given_name = QLineEdit(self)
        self.family_name = QLineEdit(self)
        self.cpr = QLineEdit(self)
        self.cpr.setMaxLength(13)  # room for "010136 1234" typed with spaces
        self.cpr.setPlaceholderText("DDMMYY-NNNN")
        self.cpr_info = WrappingLabel("", self)
        self.cpr_info.setObjectName("cprInfo")
        self.cpr_info.setWordWrap(True)
        self.birth_date = DateField(self)
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)
        self.address = QLineEdit(self)
        limit_lengths(
            "member",
            {
                "given_name": self.given_name,
                "family_name": self.family_name,
                "phone": self.phone,
                "email": self.email,
                "address": self.address,
            },
        )

        person = QGroupBox(self)
        self.person_box = person
        form = QFormLayout(person)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels = {
            "role": c.add_row(form, "role", self.role),
            "given_name": c.add_row(form, "given_name", self.given_name),
            "family_name": c.add_row(form, "family_name", self.family_name),
            "cpr": c.add_row(form, "cpr", self.cpr, extra=(self.cpr_info,)),
            "birth_date": c.add_row(form, "birth_date", self.birth_date),
            "phone": c.add_row(form, "phone", self.phone),
            "email": c.add_row(form, "email", self.email),
            "address": c.add_row(form, "address", self.address),
        }

        self.placement_box = QGroupBox(self)
        pform = QFormLayout(self.placement_box)
        pform.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.placed = QCheckBox(self)
        self.placement_type = QComboBox(self)
        self.placement_site = QLineEdit(self)
        limit_lengths("placement", {"site": self.placement_site})
        self.placement_since = DateField(self)
        self.placement_ended_on = DateField(self)
        self._labels.update(
            {
                "placed": c.add_row(pform, "placed", self.placed),
                "placement_type": c.add_row(pform, "placement_type", self.placement_type),
                "placement_site": c.add_row(pform, "placement_site", self.placement_site),
                "placement_since": c.add_row(pform, "placement_since", self.placement_since),
                "placement_ended_on": c.add_row(
                    pform, "placement_ended_on", self.placement_ended_on
                ),
            }
        )
        self._pform = pform
        self.history_caption = QLabel(self)
        self.history = QTableWidget(0, 4, self)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.history.setMaximumHeight(120)
        pform.addRow(self.history_caption)
        pform.addRow(self.history)

        self.general_error = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        columns.addWidget(person, 1)
        columns.addWidget(self.placement_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        order = [
            self.role, self.given_name, self.family_name, self.cpr, self.birth_date,
            self.phone, self.email, self.address, self.placed, self.placement_type,
            self.placement_site, self.placement_since, self.placement_ended_on,
        ]  # fmt: skip
        for a, b in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(a, b)

        self.retranslate_ui()
        self._load(self._original)
        self.role.currentIndexChanged.connect(self._update_visibility)
        self.placed.toggled.connect(self._update_visibility)
        self.cpr.textChanged.connect(self._show_cpr_info)
        self.cpr.editingFinished.connect(self._tidy_cpr)
        self._update_visibility()
        self._show_cpr_info()
        (self.role if member_uid else self.given_name).setFocus()

    def retranslate_ui(self) -> None:
        self.person_box.setTitle(self.tr("Person"))
        self.placement_box.setTitle(self.tr("Placement outside the home"))
        texts = {
            "role": (self.tr("&Role:"), self.tr("Role")),
            "given_name": (self.tr("&Given name:"), self.tr("Given name")),
            "family_name": (self.tr("&Family name:"), self.tr("Family name")),
            "cpr": (self.tr("&CPR number:"), self.tr("CPR number")),
            "birth_date": (self.tr("&Birth date:"), self.tr("Birth date")),
            "phone": (self.tr("P&hone:"), self.tr("Phone")),
            "email": (self.tr("E-&mail:"), self.tr("E-mail")),
            "address": (self.tr("A&ddress:"), self.tr("Address")),
            "placed": (self.tr("Placed:"), self.tr("Placed outside the home")),
            "placement_type": (self.tr("&Type:"), self.tr("Placement type")),
            "placement_site": (self.tr("&Site:"), self.tr("Placement site")),
            "placement_since": (self.tr("Si&nce:"), self.tr("Placed since")),
            "placement_ended_on": (self.tr("&Ended on:"), self.tr("Placement ended on")),
        }
        for name, (label, accessible) in texts.items():
            self._labels[name].setText(label)
            self.controller.widget(name).setAccessibleName(accessible)
        self.placed.setText(self.tr("The child lives in a &placement"))
        self.history_caption.setText(self.tr("Earlier placements:"))
        self.history.setHorizontalHeaderLabels(
            [self.tr("Type"), self.tr("Site"), self.tr("From"), self.tr("To")]
        )
        self.history.setAccessibleName(self.tr("Earlier placements"))
        combo_fill(self.role, words.choices("member_role"))
        combo_fill(self.placement_type, words.choices("placement_type"))

    # --- showing ---------------------------------------------------------------------------

    def _load(self, m: MemberData | None) -> None:
        m = m or MemberData(role="child")
        p = m.placement
        self.controller.load(
            {
                "role": m.role,
                "given_name": m.given_name,
                "family_name": m.family_name,
                "cpr": m.cpr or "",
                "birth_date": m.birth_date,
                "phone": m.phone,
                "email": m.email,
                "address": m.address,
                "placed": p is not None,
                "placement_type": p.type if p else PLACEMENT_TYPES[0],
                "placement_site": p.site if p else "",
                "placement_since": p.since if p else None,
                "placement_ended_on": None,
            }
        )
        history = sorted(m.placement_history, key=lambda h: h.since or date.min, reverse=True)
        self.history.setRowCount(len(history))
        for row, h in enumerate(history):
            cells = [
                words.label("placement_type", h.type),
                h.site,
                format_date(h.since),
                format_date(h.ended_on),
            ]
            for col, text in enumerate(cells):
                self.history.setItem(row, col, QTableWidgetItem(text))
        self.history.setVisible(bool(history))
        self.history_caption.setVisible(bool(history))

    def _set_row_visible(self, name: str, visible: bool) -> None:
        row = self.controller.widget(name).parentWidget()
        if row is None:
            raise RuntimeError(f"placement field {name!r} is not in the form")
        self._pform.setRowVisible(row, visible)

    def _update_visibility(self) -> None:
        is_child = self.role.currentData() in CHILD_ROLES
        had = self._original is not None and self._original.placement is not None
        self.placement_box.setVisible(is_child or had)
        placed = self.placed.isChecked()
        for name in ("placement_type", "placement_site", "placement_since"):
            self._set_row_visible(name, placed)
        self._set_row_visible("placement_ended_on", had and not placed)
        if had and not placed and not self.placement_ended_on.text():
            self.placement_ended_on.set_value(date.today())
        self.adjustSize()

    def _tidy_cpr(self) -> None:
        """Show a typed CPR number as DDMMYY-NNNN (0101361234 becomes 010136-1234)."""
        tidied = format_cpr(self.cpr.text())
        if tidied != self.cpr.text():
            self.cpr.setText(tidied)

    def _show_cpr_info(self) -> None:
        text = self.cpr.text().strip()
        self.birth_date.setPlaceholderText(self.tr("DD-MM-YYYY"))
        if not text:
            self.cpr_info.setText(self.tr("Optional. The birth date is taken from it."))
            return
        if families.check_cpr(text) is not None:
            self.cpr_info.setText("")
            return
        info = parse_cpr(normalize_cpr(text))
        parts = [self.tr("Born %1").replace("%1", format_date(info.birth_date))]
        if info.substitute:
            parts.append(self.tr("substitute number (erstatningsnummer)"))
        if not info.modulus11_ok:
            parts.append(
                self.tr("fails the modulus-11 check: accepted, numbers issued since 2007 may")
            )
        self.cpr_info.setText(" · ".join(parts))
        self.birth_date.setPlaceholderText(format_date(info.birth_date))

    # --- saving ---------------------------------------------------------------------------------

    def member_data(self) -> tuple[MemberData, list]:
        values, errors = self.controller.read()
        is_child = values["role"] in CHILD_ROLES
        placement = None
        if values["placed"] and (is_child or self.placement_box.isVisible()):
            placement = PlacementData(
                type=values["placement_type"],
                site=values["placement_site"],
                since=values["placement_since"],
            )
        data = MemberData(
            role=values["role"],
            given_name=values["given_name"],
            family_name=values["family_name"],
            birth_date=values["birth_date"],
            cpr=values["cpr"] or None,
            phone=values["phone"],
            email=values["email"],
            address=values["address"],
            placement=placement,
            placement_ended_on=values["placement_ended_on"] if placement is None else None,
        )
        errors = [e for e in errors if e.field != "placement_ended_on" or placement is None]
        return data, errors

    def accept(self) -> None:
        data, errors = self.member_data()
        if errors:
            self.controller.show_errors(errors)
            return
        try:
            if self.member_uid is None:
                self.member_uid = families.add_member(self.store, self.family_uid, data)
            else:
                families.update_member(self.store, self.member_uid, data, loaded=self._original)
        except RecordChanged as exc:
            self._theirs_with_mine_on_top(exc)
            return
        except ValidationFailed as exc:
            self.general_error.show_error(self.controller.show_errors(exc.errors, _ALIASES))
            return
        super().accept()

    def _theirs_with_mine_on_top(self, refusal: RecordChanged) -> None:
        """Someone saved the member first: show theirs with this worker's edits on top."""
        assert self.member_uid is not None
        mine = self.controller.edits()
        self._original = families.get_member(self.store, self.member_uid)
        self._load(self._original)
        self.controller.put_edits(mine)
        self.general_error.show_error(refusal)


__all__ = ["MemberDialog"]
