"""Recording or editing one conversation with a child (børnesamtale).

The form asks what Barnets lov asks: the day, who was present, the child's
support person (bisidder, § 6), and the child's own words — kept in a box of
their own, apart from the worker's summary. "The child declined to speak" is
an outcome, not a failure to fill in the form: ticked, there are no words of
the child's own, and what happened goes in the summary. The rules are core's
(``rules.check_conversation``), shown under their fields.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from famdesk.core import child_voice
from famdesk.core.child_voice import ConversationData
from famdesk.core.errors import ValidationFailed
from famdesk.core.storage import Store
from famdesk.core.versions import RecordChanged
from famdesk.ui.common.form_support import DateField, ErrorLabel, FormController, limit_lengths
from famdesk.ui.common.screen_fit import fit_dialog


class ConversationDialog(QDialog):
    """OK saves the conversation through core, or shows why it cannot."""

    def __init__(
        self,
        store: Store,
        member_uid: str,
        child_name: str,
        conversation_uid: str | None = None,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conversationDialog")
        self.store = store
        self.member_uid = member_uid
        self.child_name = child_name
        self.conversation_uid = conversation_uid
        self.today = today or date.today()
        self.loaded: ConversationData | None = (
            child_voice.get_conversation(store, conversation_uid) if conversation_uid else None
        )
        self.controller = c = FormController(self)

        self.intro = QLabel(self)
        self.intro.setObjectName("hint")
        self.intro.setWordWrap(True)
        self.date = DateField(self)
        self.present = QLineEdit(self)
        self.support_person = QLineEdit(self)
        self.support_hint = QLabel(self)
        self.support_hint.setObjectName("hint")
        self.support_hint.setWordWrap(True)
        self.declined = QCheckBox(self)
        self.child_own_words = QPlainTextEdit(self)
        self.child_own_words.setTabChangesFocus(True)
        self.words_hint = QLabel(self)
        self.words_hint.setObjectName("hint")
        self.words_hint.setWordWrap(True)
        self.summary = QPlainTextEdit(self)
        self.summary.setTabChangesFocus(True)
        limit_lengths(
            "conversation", {"present": self.present, "support_person": self.support_person}
        )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels = {
            "date": c.add_row(form, "date", self.date),
            "present": c.add_row(form, "present", self.present),
            "support_person": c.add_row(
                form, "support_person", self.support_person, extra=(self.support_hint,)
            ),
            "declined": c.add_row(form, "declined", self.declined),
            "child_own_words": c.add_row(
                form, "child_own_words", self.child_own_words, extra=(self.words_hint,)
            ),
            "summary": c.add_row(form, "summary", self.summary),
        }
        self.general_error = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        order = [
            self.date, self.present, self.support_person, self.declined,
            self.child_own_words, self.summary,
        ]  # fmt: skip
        for a, b in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(a, b)

        self.retranslate_ui()
        loaded = self.loaded or ConversationData(date=self.today)
        c.load({name: getattr(loaded, name) for name in child_voice.CONVERSATION_FIELDS})
        self.declined.toggled.connect(lambda _on: self._show_words_hint())
        self._show_words_hint()
        fit_dialog(self, 620, 640)
        self.date.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- text ------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        if self.conversation_uid:
            title = self.tr("Conversation with %1")
        else:
            title = self.tr("New conversation with %1")
        self.setWindowTitle(title.replace("%1", self.child_name))
        self.intro.setText(
            self.tr(
                "Barnets lov § 5: the child's own view, in a conversation before a decision. "
                "The child may decline to speak; that is recorded too."
            )
        )
        texts = {
            "date": (self.tr("&Date:"), self.tr("Date of the conversation")),
            "present": (self.tr("&Present:"), self.tr("Who was present")),
            "support_person": (self.tr("&Support person:"), self.tr("Support person")),
            "declined": (self.tr("Outcome:"), self.tr("The child declined to speak")),
            "child_own_words": (self.tr("The child's own &words:"), self.tr("The child's words")),
            "summary": (self.tr("Your s&ummary:"), self.tr("Your summary")),
        }
        for name, (label, accessible) in texts.items():
            self._labels[name].setText(label)
            self.controller.widget(name).setAccessibleName(accessible)
        self.present.setPlaceholderText(self.tr("e.g. the child, you, a parent"))
        self.support_hint.setText(
            self.tr(
                "A support person (bisidder) the child chose to bring (Barnets lov § 6); "
                "empty if none."
            )
        )
        self.declined.setText(self.tr("The child &declined to speak"))
        self.summary.setPlaceholderText(
            self.tr("What you saw and understood, kept apart from the child's words.")
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._show_words_hint()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _show_words_hint(self) -> None:
        if self.declined.isChecked():
            self.words_hint.setText(
                self.tr(
                    "The child declined to speak: there are no own words to write here. "
                    "Say what happened in your summary."
                )
            )
        else:
            self.words_hint.setText(self.tr("As the child said it, in the child's own words."))

    # --- saving ----------------------------------------------------------------------------

    def data(self) -> tuple[ConversationData, list]:
        values, errors = self.controller.read()
        return ConversationData(**values), errors

    def accept(self) -> None:
        data, errors = self.data()
        if errors:
            self.controller.show_errors(errors)
            return
        try:
            if self.conversation_uid is None:
                self.conversation_uid = child_voice.add_conversation(
                    self.store, self.member_uid, data, today=self.today
                )
            else:
                child_voice.update_conversation(
                    self.store, self.conversation_uid, data, self.loaded, today=self.today
                )
        except ValidationFailed as exc:
            unplaced = self.controller.show_errors(exc.errors)
            if unplaced:
                self.general_error.show_error(unplaced)
            else:
                self.general_error.show_message("")
            return
        except RecordChanged as exc:
            self.general_error.show_error(exc)
            return
        super().accept()


__all__ = ["ConversationDialog"]
