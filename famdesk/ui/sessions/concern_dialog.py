"""Who was told of a concern for the child, when and how.

A concern is passed on at once (underretning, Barnets lov § 133); the note
records that it was. The dialog takes one notice — who (the family's
collaborators are offered, any name may be typed), when, how — and checks it
with core's rule (``sessions.concern_notice_problems``) before it closes. It
writes nothing itself: the session editor keeps the notice with an unsaved
note, or adds it at once to a saved or finalized one
(``sessions.add_concern_notice``).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from famdesk.core import families, sessions
from famdesk.core.sessions import LOCAL_TZ, ConcernNoticeInput
from famdesk.core.storage import Store
from famdesk.ui.common import words
from famdesk.ui.common.form_support import ErrorLabel, FormController, limit_lengths
from famdesk.ui.common.screen_fit import fit_dialog
from famdesk.ui.common.wrapping_label import WrappingLabel, boxed


class ConcernNoticeDialog(QDialog):
    """One notice of a concern; ``notice()`` after it is accepted."""

    def __init__(
        self,
        store: Store,
        family_uid: str,
        session_start: datetime,
        parent: QWidget | None = None,
        *,
        now: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        from famdesk.ui.sessions.session_editor import DateTimeField

        self.setObjectName("concernNoticeDialog")
        self.session_start = session_start
        self._now = now
        self.duty = WrappingLabel("", self)
        self.duty.setObjectName("concernDuty")
        self.duty.setWordWrap(True)
        self.who_combo = QComboBox(self)
        self.who_combo.setEditable(True)
        self.who_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.when_edit = DateTimeField(self)
        self.how_combo = QComboBox(self)
        self.how_combo.setEditable(True)
        self.how_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        limit_lengths("concern_notice", {"who": self.who_combo, "how": self.how_combo})
        for p in families.list_family_professionals(store, family_uid):
            extra = ", ".join(x for x in (p.role, p.organisation) if x)
            self.who_combo.addItem(f"{p.name} ({extra})" if extra else p.name)
        self.who_combo.setCurrentText("")

        self.form = FormController(self)
        grid = QFormLayout()
        grid.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.when_error = ErrorLabel(self)
        when_box = QVBoxLayout()
        when_box.setSpacing(2)
        when_box.addWidget(self.when_edit)
        when_box.addWidget(self.when_error)
        self.captions = {"who": self.form.add_row(grid, "who", self.who_combo)}
        self.captions["at"] = QLabel(self)
        self.captions["at"].setBuddy(self.when_edit)
        grid.addRow(self.captions["at"], when_box)
        self.captions["how"] = self.form.add_row(grid, "how", self.how_combo)
        self.when_edit.dateTimeChanged.connect(lambda _d: self.when_error.show_message(""))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(boxed(self.duty, "concernDutyBox"))
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.when_edit.set_value(self.now())
        self.retranslate_ui()
        fit_dialog(self, 560, 230)
        self.who_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def now(self) -> datetime:
        return (self._now or datetime.now(LOCAL_TZ)).replace(second=0, microsecond=0)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Record who was told"))
        self.duty.setText(words.text("concern.duty"))
        self.captions["who"].setText(self.tr("&Who was told:"))
        self.captions["at"].setText(self.tr("W&hen:"))
        self.captions["how"].setText(self.tr("H&ow:"))
        who_line = self.who_combo.lineEdit()
        if who_line is not None:
            who_line.setPlaceholderText(self.tr("For example the municipal caseworker"))
        how = self.how_combo.currentText()
        self.how_combo.clear()
        self.how_combo.addItems(
            [
                self.tr("By phone"),
                self.tr("In writing (underretning)"),
                self.tr("At a meeting"),
                self.tr("By secure e-mail"),
            ]
        )
        self.how_combo.setCurrentText(how)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def notice(self) -> ConcernNoticeInput:
        """The notice as typed (names and ways trimmed)."""
        return ConcernNoticeInput(
            who=self.who_combo.currentText().strip(),
            at=self.when_edit.value(),
            how=self.how_combo.currentText().strip(),
        )

    def accept(self) -> None:
        """Only a notice core would keep: someone told, not before the session, not ahead."""
        if not self.when_edit.is_valid():  # the time as typed reads as no date and time
            self.when_error.show_message(
                self.tr("Type the date and time as DD-MM-YYYY HH:MM (1.6.2024 10.00 works too).")
            )
            self.when_edit.setFocus()
            return
        problems = sessions.concern_notice_problems(
            self.notice(), self.session_start, now=self.now()
        )
        unplaced = self.form.show_errors(problems)
        self.when_error.show_message("")
        if unplaced:
            self.when_error.show_error(unplaced)
        if problems:
            return
        super().accept()
