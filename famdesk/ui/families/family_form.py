"""The family's own fields (the Overview tab): reference, status, programme …"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from famdesk.core import programmes
from famdesk.core.errors import FieldError
from famdesk.core.families import FamilyData
from famdesk.ui.common import words
from famdesk.ui.common.form_support import (
    DateField,
    ErrorLabel,
    FormController,
    combo_fill,
    limit_lengths,
    not_a_date,
    ui_language,
)

NO_PROGRAMME = ""


class EndDateDialog(QDialog):
    """Asks on which day a family's case is closed (defaults to today)."""

    def __init__(self, default: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close the family's case"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.date_edit = DateField(self)
        self.date_edit.set_value(default)
        self.date_edit.setAccessibleName(self.tr("End date"))
        label = QLabel(self.tr("&End date:"), self)
        label.setBuddy(self.date_edit)
        form.addRow(label, self.date_edit)
        layout.addWidget(QLabel(self.tr("On which day does the family's course end?"), self))
        layout.addLayout(form)
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.date_edit.selectAll()

    def accept(self) -> None:
        if not self.date_edit.text().strip() or not self.date_edit.is_valid():
            self.error.show_error(not_a_date("end_date"))
            return
        super().accept()

    def value(self) -> date | None:
        return self.date_edit.value()


def ask_end_date(parent: QWidget, default: date) -> date | None:
    """The end date chosen for closing a family, or None if the user cancelled."""
    dialog = EndDateDialog(default, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.value()
    return None


class FamilyForm(QWidget):
    """Edits a ``FamilyData``; validation messages appear under each field."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = FormController(self)
        self._status_before = "active"
        self.loaded: FamilyData | None = None

        self.reference = QLineEdit(self)
        self.name = QLineEdit(self)
        self.worker = QLineEdit(self)
        limit_lengths(
            "family", {"reference": self.reference, "name": self.name, "worker": self.worker}
        )
        self.status = QComboBox(self)
        self.setting = QComboBox(self)
        self.start_date = DateField(self)
        self.end_date = DateField(self)
        self.risk = QCheckBox(self)
        self.programme = QComboBox(self)
        self.target_group = QLabel(self)
        self.target_group.setObjectName("programmeTargetGroup")
        self.target_group.setWordWrap(True)
        self.target_group.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Long programme names must not widen the form past the pane: the combo
        # shows what fits and the full name sits in the description below it.
        for combo in (self.status, self.programme):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
        # Room for a programme's usual name ("FFT (Funktionel familieterapi)") on a laptop.
        self.programme.setMinimumContentsLength(26)
        # The setting's words whole ("Støtte til forældre med anbragte børn"): where the
        # box is narrow the field goes under its label (the form wraps long rows).
        self.setting.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.programme_description = QLabel(self)
        self.programme_description.setObjectName("programmeDescription")
        self.programme_description.setWordWrap(True)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(90)

        self.case_box = QGroupBox(self)
        case_form = QFormLayout(self.case_box)
        case_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # A field too wide beside its label (the risk tick's long text) goes under it, so
        # the form fits the pane beside a families list that shows its names whole.
        case_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        c = self.controller
        self._labels: dict[str, QLabel] = {
            "reference": c.add_row(case_form, "reference", self.reference),
            "name": c.add_row(case_form, "name", self.name),
            "worker": c.add_row(case_form, "worker", self.worker),
            "status": c.add_row(case_form, "status", self.status),
            "setting": c.add_row(case_form, "setting", self.setting),
            "start_date": c.add_row(case_form, "start_date", self.start_date),
            "end_date": c.add_row(case_form, "end_date", self.end_date),
            "risk_of_placement": c.add_row(case_form, "risk_of_placement", self.risk),
        }
        self.programme_box = QGroupBox(self)
        prog_form = QFormLayout(self.programme_box)
        prog_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Programme names are long: the label goes above the field, which gets the box's width.
        prog_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.target_caption = QLabel(self)
        self.target_caption.setObjectName("caption")
        self._labels["programme"] = c.add_row(
            prog_form,
            "programme",
            self.programme,
            extra=(self.target_caption, self.target_group, self.programme_description),
        )
        self.notes_box = QGroupBox(self)
        notes_form = QFormLayout(self.notes_box)
        notes_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self._labels["notes"] = c.add_row(notes_form, "notes", self.notes)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.case_box, 0, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.programme_box, 0, 1)
        grid.addWidget(self.notes_box, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)

        order = [
            self.reference, self.name, self.worker, self.status, self.setting,
            self.start_date, self.end_date, self.risk, self.programme, self.notes,
        ]  # fmt: skip
        for a, b in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(a, b)

        self.status.currentIndexChanged.connect(self._status_changed)
        self.programme.currentIndexChanged.connect(self._show_programme)
        self.retranslate_ui()
        self.load(None)

    # --- text ----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.case_box.setTitle(self.tr("Case"))
        self.programme_box.setTitle(self.tr("Programme"))
        self.notes_box.setTitle(self.tr("Notes"))
        self.target_caption.setText(self.tr("Target group:"))
        texts = {
            "reference": (self.tr("&Reference:"), self.tr("Reference")),
            "name": (self.tr("&Name:"), self.tr("Family name")),
            "worker": (self.tr("Family &worker:"), words.label("term", "worker")),
            "status": (self.tr("S&tatus:"), self.tr("Status")),
            "setting": (self.tr("Settin&g:"), self.tr("Setting")),
            "start_date": (self.tr("St&art date:"), self.tr("Start date")),
            "end_date": (self.tr("En&d date:"), self.tr("End date")),
            "risk_of_placement": (self.tr("Risk:"), self.tr("Risk of placement")),
            "programme": (self.tr("&Programme:"), self.tr("Programme")),
            "notes": (self.tr("N&otes:"), self.tr("Notes")),
        }
        for name, (label, accessible) in texts.items():
            self._labels[name].setText(label)
            self.controller.widget(name).setAccessibleName(accessible)
        self.risk.setText(self.tr("Risk of placement outside the home"))
        self.reference.setPlaceholderText(self.tr("e.g. the municipality's case number"))
        combo_fill(self.status, words.choices("family_status"))
        combo_fill(self.setting, words.choices("setting"))
        self._fill_programmes()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fill_programmes(self, extra: str | None = None) -> None:
        lang = ui_language()
        items: list[tuple[str, Any]] = [(self.tr("No programme"), NO_PROGRAMME)]
        items += [(p.name(lang), p.code) for p in programmes.catalogue()]
        current = self.programme.currentData()
        for code in (extra, current):
            if code and programmes.find(code) is None and code not in [d for _, d in items]:
                items.append((self.tr("%1 (not in the catalogue)").replace("%1", code), code))
        combo_fill(self.programme, items)
        self._show_programme()

    def _show_programme(self) -> None:
        p = programmes.find(self.programme.currentData())
        lang = ui_language()
        if p is None:
            self.target_caption.hide()
            self.target_group.setText("")
            self.programme_description.setText(
                self.tr("Choose the programme the family's treatment follows, if any.")
            )
        else:
            self.target_caption.show()
            self.target_group.setText(p.target_group(lang))
            self.programme_description.setText(p.description(lang))
        self.programme.setAccessibleDescription(self.target_group.text())

    # --- data ------------------------------------------------------------------------------

    def load(self, data: FamilyData | None) -> None:
        """Show a family (saved, or a new one's defaults from core); ``None``: an empty form."""
        if data is None:
            data = FamilyData(start_date=date.today())
        #: The family as loaded: its save hands it back (``core.versions``).
        self.loaded = data
        self._fill_programmes(extra=data.programme)
        self.controller.load(
            {
                "reference": data.reference,
                "name": data.name,
                "worker": data.worker,
                "status": data.status,
                "setting": data.setting,
                "start_date": data.start_date,
                "end_date": data.end_date,
                "risk_of_placement": data.risk_of_placement,
                "programme": data.programme or NO_PROGRAMME,
                "notes": data.notes,
            }
        )
        self._status_before = data.status
        self._show_programme()

    def family_data(self) -> tuple[FamilyData, list[FieldError]]:
        """What the form holds, and the fields whose text could not be read."""
        values, errors = self.controller.read()
        data = FamilyData(
            reference=values["reference"],
            name=values["name"],
            worker=values["worker"],
            status=values["status"],
            setting=values["setting"],
            programme=values["programme"] or None,
            risk_of_placement=values["risk_of_placement"],
            start_date=values["start_date"],
            end_date=values["end_date"],
            notes=values["notes"],
        )
        return data, errors

    def _status_changed(self) -> None:
        if self.controller.loading:
            return
        status = self.status.currentData()
        if status == "closed" and self._status_before != "closed":
            try:
                default = self.end_date.value() or date.today()
            except ValueError:
                default = date.today()
            chosen = ask_end_date(self, default)
            if chosen is None:
                self.controller.replace_value("status", self._status_before)
                return
            self.controller.set_value("end_date", chosen)
        self._status_before = status
