"""Quick entry of a contact session: log a visit, plan one, or read a locked note.

Keyboard first: the cursor starts in Summary with sensible defaults above it
(now rounded, the last kind, the usual participants), Tab runs top to bottom,
Ctrl+Enter saves and Ctrl+Shift+F saves and finalizes (after a confirmation).
Notes (what was observed and said) and the worker's professional assessment
sit in visibly separate boxes. The text being typed is kept in the encrypted
store every few seconds and offered back after a crash.

A finalized note opens read-only with its dated addenda below it; the only
things offered are "Add addendum…" and recording who was told of a concern —
the core refuses any change anyway.

Ticking the concern (the catalogue's one wording, ``term.concern``) opens its
box: the duty to notify (the catalogue's ``concern.duty``), what the concern
is about (asked before saving, ``sessions.concern_problems``) and who was
told, when and how (``ConcernNoticeDialog``; kept with an unsaved note and
written with it, or added at once to a saved finalized note).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from importlib import resources
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from famdesk.core import dates, families, sessions
from famdesk.core.errors import NotFound
from famdesk.core.sessions import (
    FINALIZABLE_STATUSES,
    LOCAL_TZ,
    MAX_DURATION,
    ConcernNoticeInput,
    ConcernNoticeView,
    LinkableGoal,
    SessionDetail,
    SessionError,
    SessionInput,
)
from famdesk.core.storage import Store
from famdesk.core.versions import RecordChanged
from famdesk.ui.common import words
from famdesk.ui.common.autosave_support import DEFAULT_INTERVAL_MS, AutosaveSupport
from famdesk.ui.common.form_support import (
    ErrorLabel,
    error_text,
    limit_lengths,
)
from famdesk.ui.common.screen_fit import fit_dialog
from famdesk.ui.common.wrapping_label import WrappingLabel, boxed
from famdesk.vocabulary import SESSION_KINDS, SESSION_STATUSES

TEXT_FIELDS = ("summary", "notes", "assessment", "agreements")


def stylesheet() -> str:
    """The session windows' styles (resources/styles/sessions.qss)."""
    path = resources.files("famdesk.resources").joinpath("styles", "sessions.qss")
    try:
        return path.read_text("utf-8")
    except OSError:  # pragma: no cover - a broken install still works, unstyled
        return ""


def family_goal_choices(store: Store, family_uid: str) -> list[LinkableGoal]:
    """The goals this family's sessions may link to (core decides which)."""
    return sessions.linkable_goals(store, family_uid)


class DateTimeField(QLineEdit):
    """Date and time typed the way a worker writes them, shown as DD-MM-YYYY HH:MM.

    A QDateTimeEdit took only its own sections; here any form ``core.dates``
    reads is accepted (1.6.2024 10.00, 01062024 1000, 1/6-24 kl. 9.30; a date
    alone keeps the time the field held) and tidied when the field is left.
    Text that is no date and time stays as typed: ``is_valid`` says so and the
    form refuses to save, while ``value`` keeps the last moment that was read.
    """

    dateTimeChanged = Signal(object)  # noqa: N815 - the moment, when the text reads as a new one

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: The day two-digit years are read from (tests set a fixed one).
        self.today: Callable[[], date] = date.today
        self._moment = datetime.now(LOCAL_TZ).replace(second=0, microsecond=0)
        self.setMaxLength(24)
        self.textChanged.connect(self._typed)
        self.editingFinished.connect(self.tidy)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setPlaceholderText(self.tr("DD-MM-YYYY HH:MM"))
        self.setToolTip(self.tr("Type a date and a time, e.g. 1.6.2024 10.00 or 01062024 1000"))

    def _read(self, text: str) -> datetime | None:
        try:
            naive = dates.parse_date_time(text, self.today(), self._moment.time())
        except ValueError:
            return None
        return None if naive is None else naive.replace(tzinfo=LOCAL_TZ)

    def _typed(self, text: str) -> None:
        moment = self._read(text)
        if moment is not None and moment != self._moment:
            self._moment = moment
            self.dateTimeChanged.emit(moment)

    def is_valid(self) -> bool:
        """Whether the text reads as a date and time."""
        return self._read(self.text()) is not None

    def tidy(self) -> None:
        """Show what was typed in the screen's style (no change when it is no date and time)."""
        if self.is_valid():
            shown = dates.format_date_time(self._moment.replace(tzinfo=None))
            if shown != self.text():
                self.setText(shown)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        self.tidy()
        super().focusOutEvent(event)

    def value(self) -> datetime:
        """The moment shown (the last one the text read as), in Copenhagen time."""
        return self._moment

    def set_value(self, moment: datetime) -> None:
        self._moment = moment.astimezone(LOCAL_TZ).replace(second=0, microsecond=0)
        self.setText(dates.format_date_time(self._moment.replace(tzinfo=None)))


class SessionEditor(QDialog):
    """One session: new (logged or planned), a draft, a planned one being marked held,
    or a finalized note shown read-only.

    After ``accept()`` ``saved_uid`` holds the session's uid; ``sessionSaved``
    tells the timeline to reload.
    """

    sessionSaved = Signal(str)  # noqa: N815 - Qt naming
    dirtyChanged = Signal(bool)  # noqa: N815

    def __init__(
        self,
        store: Store,
        family_uid: str | None = None,
        session_uid: str | None = None,
        parent: QWidget | None = None,
        *,
        planned: bool = False,
        mark_held: bool = False,
        now: datetime | None = None,
        autosave_ms: int = DEFAULT_INTERVAL_MS,
        offer_restore: bool = True,
    ) -> None:
        super().__init__(parent)
        if family_uid is None and session_uid is None:
            raise ValueError("SessionEditor needs a family or a session")
        self.setObjectName("sessionEditor")
        self.setStyleSheet(stylesheet())
        self.store = store
        self.session_uid = session_uid
        self.detail: SessionDetail | None = (
            sessions.get_session(store, session_uid) if session_uid else None
        )
        self.family_uid: str = self.detail.family_uid if self.detail else str(family_uid)
        self.planned = planned
        self.mark_held = mark_held and self.detail is not None and self.detail.status == "planned"
        self.now = now
        self.saved_uid: str | None = None
        self._baseline: dict[str, Any] = {}
        self._dirty = False
        self._loading = False
        self.family = families.get_family(store, self.family_uid)

        self._build()
        self.autosave = AutosaveSupport(store, self.collect_fields, self, autosave_ms)
        self.dirtyChanged.connect(self.autosave.set_dirty)
        self.retranslate_ui()
        self._load()
        if not self.read_only:
            key = (
                sessions.autosave_key(session_uid=self.session_uid)
                if self.session_uid
                else sessions.autosave_key(family_uid=self.family_uid)
            )
            self.autosave.start(key, self.family_uid)
            if offer_restore:
                payload = self.autosave.offer_restore(self)
                if payload is not None:
                    self.apply_fields(payload)
                    self._update_dirty()
                    self.autosave.set_dirty(self._dirty)
        self._first_focus().setFocus(Qt.FocusReason.OtherFocusReason)

    # --- building ----------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        return self.detail is not None and self.detail.finalized

    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("sessionHeading")
        self.lock_label = WrappingLabel("", self)
        self.lock_label.setObjectName("lockNotice")
        self.lock_label.setWordWrap(True)

        self.status_combo = QComboBox(self)
        self.kind_combo = QComboBox(self)
        self.start_edit = DateTimeField(self)
        self.duration_spin = QSpinBox(self)
        self.duration_spin.setRange(0, MAX_DURATION)
        self.duration_spin.setSingleStep(15)
        self.location_edit = QLineEdit(self)
        limit_lengths("session", {"location": self.location_edit})
        self.participants_list = QListWidget(self)
        self.participants_list.setObjectName("participantsList")
        self.goals_list = QListWidget(self)
        self.goals_list.setObjectName("goalsList")
        for lst in (self.participants_list, self.goals_list):
            lst.setMaximumHeight(120)
            # A collaborator's role and place, a goal in the parents' words: wrapped and
            # read whole, not scrolled sideways in half the dialog's width.
            lst.setWordWrap(True)
            lst.setResizeMode(QListWidget.ResizeMode.Adjust)
            lst.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.summary_edit = QLineEdit(self)
        self.summary_edit.setObjectName("summaryEdit")
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("notesEdit")
        self.assessment_edit = QPlainTextEdit(self)
        self.assessment_edit.setObjectName("assessmentEdit")
        self.agreements_edit = QPlainTextEdit(self)
        self.agreements_edit.setObjectName("agreementsEdit")
        for edit, height in (
            (self.notes_edit, 140),
            (self.assessment_edit, 70),
            (self.agreements_edit, 60),
        ):
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(height)
            edit.setMaximumHeight(height * 2)
        self.concern_check = QCheckBox(self)
        self.concern_check.setObjectName("concernCheck")
        self.concern_what_edit = QPlainTextEdit(self)
        self.concern_what_edit.setObjectName("concernWhatEdit")
        self.concern_what_edit.setTabChangesFocus(True)
        self.concern_what_edit.setMinimumHeight(56)
        self.concern_what_edit.setMaximumHeight(110)
        self.tell_button = QPushButton(self)
        self.tell_button.setObjectName("tellButton")
        self.tell_button.setAutoDefault(False)
        self.tell_button.clicked.connect(self.record_who_was_told)
        self._pending: list[ConcernNoticeInput] = []

        form = QWidget(self)
        self.captions: dict[str, QLabel] = {}

        def caption(name: str, buddy: QWidget) -> QLabel:
            label = QLabel(form)
            label.setBuddy(buddy)
            self.captions[name] = label
            return label

        # Status and kind share a line, as do start and duration.
        first = QHBoxLayout()
        first.addWidget(self.status_combo, 1)
        first.addWidget(caption("kind", self.kind_combo))
        first.addWidget(self.kind_combo, 2)
        when = QHBoxLayout()
        when.addWidget(self.start_edit, 2)
        when.addWidget(caption("duration", self.duration_spin))
        when.addWidget(self.duration_spin, 1)
        grid = QFormLayout()
        grid.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        grid.addRow(caption("status", self.status_combo), first)
        grid.addRow(caption("start", self.start_edit), when)
        grid.addRow(caption("location", self.location_edit), self.location_edit)

        people = QHBoxLayout()
        for name, lst in (("participants", self.participants_list), ("goals", self.goals_list)):
            col = QVBoxLayout()
            col.addWidget(caption(name, lst))
            col.addWidget(lst)
            people.addLayout(col, 1)
        summary_form = QFormLayout()
        summary_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        summary_form.addRow(caption("summary", self.summary_edit), self.summary_edit)

        self.notes_box = QGroupBox(form)
        self.notes_box.setObjectName("notesBox")
        notes_layout = QVBoxLayout(self.notes_box)
        self.notes_hint = QLabel(self.notes_box)
        self.notes_hint.setObjectName("hint")
        self.notes_hint.setWordWrap(True)
        notes_layout.addWidget(self.notes_hint)
        notes_layout.addWidget(self.notes_edit)

        # The worker's assessment is kept visibly apart from what was observed and said.
        self.assessment_box = QGroupBox(form)
        self.assessment_box.setObjectName("assessmentBox")
        assessment_layout = QVBoxLayout(self.assessment_box)
        self.assessment_hint = QLabel(self.assessment_box)
        self.assessment_hint.setObjectName("hint")
        self.assessment_hint.setWordWrap(True)
        assessment_layout.addWidget(self.assessment_hint)
        assessment_layout.addWidget(self.assessment_edit)

        self.agreements_box = QGroupBox(form)
        self.agreements_box.setObjectName("agreementsBox")
        agreements_layout = QVBoxLayout(self.agreements_box)
        agreements_layout.addWidget(self.agreements_edit)

        # The concern: the duty to notify, what it is about, who was told (shown while ticked).
        self.concern_box = QGroupBox(form)
        self.concern_box.setObjectName("concernBox")
        concern_layout = QVBoxLayout(self.concern_box)
        self.concern_duty = WrappingLabel("", self.concern_box)
        self.concern_duty.setObjectName("concernDuty")
        self.concern_duty.setWordWrap(True)
        self.concern_what_caption = QLabel(self.concern_box)
        self.concern_what_caption.setBuddy(self.concern_what_edit)
        self.concern_error = ErrorLabel(self.concern_box)
        self.concern_error.describe(self.concern_what_edit)
        self.told_caption = QLabel(self.concern_box)
        self.told_label = WrappingLabel("", self.concern_box)
        self.told_label.setObjectName("concernTold")
        self.told_label.setWordWrap(True)
        self.told_label.setTextFormat(Qt.TextFormat.PlainText)
        self.told_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        tell_row = QHBoxLayout()
        tell_row.addWidget(self.told_label, 1)
        tell_row.addWidget(self.tell_button, 0, Qt.AlignmentFlag.AlignTop)
        concern_layout.addWidget(boxed(self.concern_duty, "concernDutyBox"))
        concern_layout.addWidget(self.concern_what_caption)
        concern_layout.addWidget(self.concern_what_edit)
        concern_layout.addWidget(self.concern_error)
        concern_layout.addWidget(self.told_caption)
        concern_layout.addLayout(tell_row)

        self.addenda_box = QGroupBox(form)
        self.addenda_box.setObjectName("addendaBox")
        self.addenda_layout = QVBoxLayout(self.addenda_box)
        self.add_addendum_button = QPushButton(self.addenda_box)
        self.add_addendum_button.setAutoDefault(False)
        self.add_addendum_button.clicked.connect(self.add_addendum)

        column = QVBoxLayout(form)
        # The frame carries the notice's colour and padding: a padded wrapped label lost a line.
        self.lock_box = boxed(self.lock_label, "lockNoticeBox")
        column.addWidget(self.lock_box)
        column.addLayout(grid)
        column.addLayout(people)
        column.addLayout(summary_form)
        column.addWidget(self.notes_box, 4)
        column.addWidget(self.assessment_box, 2)
        column.addWidget(self.agreements_box, 1)
        column.addWidget(self.concern_check)
        column.addWidget(self.concern_box)
        column.addWidget(self.addenda_box)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(form)
        self.form_scroll = scroll

        self.error = ErrorLabel(self)
        self.save_button = QPushButton(self)
        self.finalize_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        for b in (self.save_button, self.finalize_button, self.cancel_button):
            b.setAutoDefault(False)
            b.setDefault(False)
        self.save_button.setObjectName("primaryButton")
        self.save_button.clicked.connect(lambda: self.save())
        self.finalize_button.clicked.connect(lambda: self.save(finalize=True))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.finalize_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        self.save_shortcuts = [
            QShortcut(QKeySequence(keys), self) for keys in ("Ctrl+Return", "Ctrl+Enter")
        ]
        for shortcut in self.save_shortcuts:
            shortcut.activated.connect(lambda: self.save())
        self.finalize_shortcut = QShortcut(QKeySequence("Ctrl+Shift+F"), self)
        self.finalize_shortcut.activated.connect(lambda: self.save(finalize=True))

        # Tab order: top to bottom, as the form reads.
        order: list[QWidget] = [
            self.status_combo,
            self.kind_combo,
            self.start_edit,
            self.duration_spin,
            self.location_edit,
            self.participants_list,
            self.goals_list,
            self.summary_edit,
            self.notes_edit,
            self.assessment_edit,
            self.agreements_edit,
            self.concern_check,
            self.concern_what_edit,
            self.tell_button,
            self.add_addendum_button,
            self.cancel_button,
            self.finalize_button,
            self.save_button,
        ]
        for before, after in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(before, after)

        for combo in (self.status_combo, self.kind_combo):
            combo.currentIndexChanged.connect(self._changed)
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        self.start_edit.dateTimeChanged.connect(self._changed)
        self.duration_spin.valueChanged.connect(self._changed)
        self.location_edit.textChanged.connect(self._changed)
        self.summary_edit.textChanged.connect(self._changed)
        for edit in (self.notes_edit, self.assessment_edit, self.agreements_edit):
            edit.textChanged.connect(self._changed)
        self.concern_check.toggled.connect(self._changed)
        self.concern_check.toggled.connect(self._concern_toggled)
        self.concern_what_edit.textChanged.connect(self._changed)
        self.concern_what_edit.textChanged.connect(lambda: self.concern_error.show_message(""))
        self.participants_list.itemChanged.connect(self._changed)
        self.goals_list.itemChanged.connect(self._changed)
        fit_dialog(self, 760, 860)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self._title())
        self.heading.setText(
            f"{self.family.name}  ·  {self.family.reference}" if self.family else ""
        )
        self.captions["status"].setText(self.tr("S&tatus:"))
        self.captions["kind"].setText(self.tr("&Kind:"))
        self.captions["start"].setText(self.tr("Sta&rt:"))
        self.captions["duration"].setText(self.tr("D&uration (min):"))
        self.captions["location"].setText(self.tr("&Location:"))
        self.captions["participants"].setText(self.tr("&Participants"))
        self.captions["goals"].setText(self.tr("Plan &goals worked on"))
        self.captions["summary"].setText(self.tr("&Summary:"))
        self.summary_edit.setPlaceholderText(self.tr("One line: what the session was about"))
        self.notes_box.setTitle(self.tr("&Notes – what was observed and said"))
        self.notes_hint.setText(
            self.tr(
                "Describe what happened; write the child's and the parents' own words "
                "in quotation marks."
            )
        )
        self.assessment_box.setTitle(self.tr("Professional &assessment (the family worker's own)"))
        self.assessment_hint.setText(
            self.tr("Your professional assessment, kept apart from what was observed and said.")
        )
        self.agreements_box.setTitle(self.tr("Agreements and next steps"))
        # The same words as the session log and the status report print.
        self.concern_check.setText("&" + words.label("term", "concern"))
        self.concern_duty.setText(words.text("concern.duty"))
        self.concern_what_caption.setText(self.tr("&What is the concern about?"))
        self.concern_what_edit.setPlaceholderText(
            self.tr("What you saw or heard, and why it worries you for the child")
        )
        self.told_caption.setText(self.tr("Who was told, when and how"))
        self.tell_button.setText(self.tr("&Record who was told…"))
        self.tell_button.setToolTip(
            self.tr("The municipal caseworker, your leader or another you passed the concern on to")
        )
        self._show_told()
        self.addenda_box.setTitle(self.tr("Addenda"))
        self.add_addendum_button.setText(self.tr("Add a&ddendum…"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save as a draft or planned session (Ctrl+Enter)"))
        self.finalize_button.setText(self.tr("Save and &finalize…"))
        self._finalize_tooltip()
        self.cancel_button.setText(self.tr("Cancel") if not self.read_only else self.tr("Close"))
        self.lock_label.setText(
            self.tr(
                "Finalized %1. The note cannot be changed; corrections are added as "
                "dated addenda below."
            ).replace("%1", self._finalized_text())
        )
        self._fill_combos()
        self._fill_addenda()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _title(self) -> str:
        if self.read_only:
            return self.tr("Session note (finalized)")
        if self.mark_held:
            return self.tr("Mark the planned session as held")
        if self.detail is not None:
            return self.tr("Edit session")
        if self.planned:
            return self.tr("Plan a session")
        return self.tr("Log a session")

    def _finalized_text(self) -> str:
        if self.detail is None or self.detail.finalized_at is None:
            return ""
        return f"{self.detail.finalized_at.astimezone(LOCAL_TZ):%d-%m-%Y %H:%M}"

    def _fill_combos(self) -> None:
        for combo, values, kind in (
            (self.status_combo, SESSION_STATUSES, "session_status"),
            (self.kind_combo, SESSION_KINDS, "session_kind"),
        ):
            current = combo.currentData()
            blocked = combo.blockSignals(True)
            combo.clear()
            for value in values:
                combo.addItem(words.label(kind, value), value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(blocked)

    def _fill_addenda(self) -> None:
        while self.addenda_layout.count():
            item = self.addenda_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not self.add_addendum_button:
                widget.deleteLater()
        self.addendum_labels: list[QLabel] = []
        shown = self.detail.addenda if self.detail is not None else []
        for addendum in shown:
            label = QLabel(self.addenda_box)
            label.setObjectName("addendum")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            when = f"{addendum.at.astimezone(LOCAL_TZ):%d-%m-%Y %H:%M}"
            label.setText(
                self.tr("%1 – Added after finalizing:").replace("%1", when) + "\n" + addendum.text
            )
            self.addenda_layout.addWidget(label)
            self.addendum_labels.append(label)
        if not shown:
            empty = QLabel(self.tr("No addenda."), self.addenda_box)
            empty.setObjectName("hint")
            self.addenda_layout.addWidget(empty)
        self.addenda_layout.addWidget(self.add_addendum_button)

    # --- loading -------------------------------------------------------------------------

    def _people(self, detail: SessionDetail | None) -> None:
        self.participants_list.clear()
        chosen = set()
        if detail is not None:
            chosen = {p.uid for p in detail.members} | {p.uid for p in detail.professionals}
        for m in families.list_members(self.store, self.family_uid):
            text = f"{m.full_name} ({words.label('member_role', m.role)})"
            self._check_item(self.participants_list, text, ("member", m.uid), m.uid in chosen)
        for p in families.list_family_professionals(self.store, self.family_uid):
            extra = ", ".join(x for x in (p.role, p.organisation) if x)
            text = f"{p.name} ({extra})" if extra else p.name
            self._check_item(self.participants_list, text, ("professional", p.uid), p.uid in chosen)

    def _goals(self, detail: SessionDetail | None) -> None:
        self.goals_list.clear()
        chosen = {g.uid for g in detail.goals} if detail is not None else set()
        listed = set()
        for g in family_goal_choices(self.store, self.family_uid):
            if not g.open and g.uid not in chosen:
                continue
            self._check_item(
                self.goals_list, f"{g.title} — {g.plan_title}", ("goal", g.uid), g.uid in chosen
            )
            listed.add(g.uid)
        if detail is not None:  # a goal of an earlier plan version stays visible
            for ref in detail.goals:
                if ref.uid not in listed:
                    self._check_item(
                        self.goals_list, f"{ref.title} — {ref.plan_title}", ("goal", ref.uid), True
                    )

    @staticmethod
    def _check_item(
        lst: QListWidget, text: str, data: tuple[str, str | None], checked: bool
    ) -> None:
        if data[1] is None:
            raise ValueError(f"a stored {data[0]} has no uid")
        item = QListWidgetItem(text, lst)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsSelectable
        )
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _load(self) -> None:
        self._loading = True
        try:
            self._people(self.detail)
            self._goals(self.detail)
            if self.detail is not None:
                data = self.detail.as_input()
                if self.mark_held:
                    data.status = "held"
            else:
                data = self._new_input()
            self.set_input(data)
        finally:
            self._loading = False
        self._baseline = self.collect_fields()
        self._dirty = False
        if self.mark_held:  # marking held is itself a change worth saving
            self._dirty = True
        ro = self.read_only
        for line in (self.summary_edit, self.location_edit):
            line.setReadOnly(ro)
        for text in (
            self.notes_edit,
            self.assessment_edit,
            self.agreements_edit,
            self.concern_what_edit,
        ):
            text.setReadOnly(ro)
        for w in (
            self.status_combo,
            self.kind_combo,
            self.start_edit,
            self.duration_spin,
            self.concern_check,
        ):
            w.setEnabled(not ro)
        for lst in (self.participants_list, self.goals_list):
            for i in range(lst.count()):
                item = lst.item(i)
                flags = item.flags()
                if ro:
                    flags &= ~Qt.ItemFlag.ItemIsUserCheckable
                item.setFlags(flags)
        told = self.detail.concern_notices if self.detail is not None else []
        if told:  # someone was told: the concern stays (core refuses to take it back)
            self.concern_check.setEnabled(False)
            self.concern_check.setToolTip(words.sentence("session.concern.told"))
        self._concern_toggled(self.concern_check.isChecked(), focus=False)
        self.lock_label.setVisible(ro)
        self.lock_box.setVisible(ro)
        self.addenda_box.setVisible(ro)
        self.save_button.setVisible(not ro)
        self.finalize_button.setVisible(not ro)
        self.cancel_button.setText(self.tr("Close") if ro else self.tr("Cancel"))
        self.setWindowTitle(self._title())
        self._status_changed()

    def _new_input(self) -> SessionInput:
        now = self.now or datetime.now(LOCAL_TZ)
        defaults = sessions.new_session_defaults(self.store, self.family_uid, now)
        start = defaults.start
        status = "held"
        if self.planned:
            status = "planned"
            # Routine visits are weekly: the same time next week, on the hour.
            start = (start + timedelta(days=7)).replace(minute=0)
        return SessionInput(
            kind=defaults.kind,
            start=start,
            status=status,
            duration_minutes=defaults.duration_minutes,
            member_uids=list(defaults.member_uids),
            professional_uids=list(defaults.professional_uids),
        )

    def _first_focus(self) -> QWidget:
        if self.read_only:
            return self.cancel_button
        if self.planned and self.detail is None:
            return self.start_edit
        return self.summary_edit

    # --- fields ------------------------------------------------------------------------

    def set_input(self, data: SessionInput) -> None:
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(data.status)))
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(data.kind)))
        self.start_edit.set_value(data.start)
        self.duration_spin.setValue(data.duration_minutes)
        self.location_edit.setText(data.location)
        self.summary_edit.setText(data.summary)
        self.notes_edit.setPlainText(data.notes)
        self.assessment_edit.setPlainText(data.assessment)
        self.agreements_edit.setPlainText(data.agreements)
        self.concern_check.setChecked(data.concern)
        self.concern_what_edit.setPlainText(data.concern_what)
        chosen = set(data.member_uids) | set(data.professional_uids) | set(data.goal_uids)
        for lst in (self.participants_list, self.goals_list):
            for i in range(lst.count()):
                item = lst.item(i)
                uid = item.data(Qt.ItemDataRole.UserRole)[1]
                item.setCheckState(
                    Qt.CheckState.Checked if uid in chosen else Qt.CheckState.Unchecked
                )

    def _checked(self, lst: QListWidget, kind: str) -> list[str]:
        out = []
        for i in range(lst.count()):
            item = lst.item(i)
            k, uid = item.data(Qt.ItemDataRole.UserRole)
            if k == kind and item.checkState() == Qt.CheckState.Checked:
                out.append(uid)
        return out

    def session_input(self) -> SessionInput:
        """The form as the core takes it."""
        return SessionInput(
            kind=str(self.kind_combo.currentData()),
            start=self.start_edit.value(),
            status=str(self.status_combo.currentData()),
            duration_minutes=self.duration_spin.value(),
            location=self.location_edit.text().strip(),
            member_uids=self._checked(self.participants_list, "member"),
            professional_uids=self._checked(self.participants_list, "professional"),
            goal_uids=self._checked(self.goals_list, "goal"),
            summary=self.summary_edit.text().strip(),
            notes=self.notes_edit.toPlainText(),
            assessment=self.assessment_edit.toPlainText(),
            agreements=self.agreements_edit.toPlainText(),
            concern=self.concern_check.isChecked(),
            concern_what=self.concern_what_edit.toPlainText().strip()
            if self.concern_check.isChecked()
            else "",
        )

    def collect_fields(self) -> dict[str, Any]:
        """Plain data of the form (for dirty tracking and the autosave)."""
        data = self.session_input()
        return {
            "status": data.status,
            "kind": data.kind,
            "start": data.start.isoformat(),
            "duration_minutes": data.duration_minutes,
            "location": data.location,
            "member_uids": data.member_uids,
            "professional_uids": data.professional_uids,
            "goal_uids": data.goal_uids,
            "summary": self.summary_edit.text(),
            "notes": data.notes,
            "assessment": data.assessment,
            "agreements": data.agreements,
            "concern": data.concern,
            "concern_what": data.concern_what,
            "told": [{"who": n.who, "at": n.at.isoformat(), "how": n.how} for n in self._pending],
        }

    def apply_fields(self, payload: dict[str, Any]) -> None:
        """Put kept fields back (after a crash); unknown or broken values are skipped."""
        current = self.session_input()
        try:
            start = datetime.fromisoformat(str(payload.get("start")))
            if start.tzinfo is None:
                start = start.replace(tzinfo=LOCAL_TZ)
        except ValueError:
            start = current.start

        def text(name: str) -> str:
            value = payload.get(name, getattr(current, name))
            return value if isinstance(value, str) else getattr(current, name)

        def uids(name: str) -> list[str]:
            value = payload.get(name)
            return [str(u) for u in value] if isinstance(value, list) else getattr(current, name)

        duration = payload.get("duration_minutes")
        self.set_input(
            SessionInput(
                kind=text("kind") if text("kind") in SESSION_KINDS else current.kind,
                start=start,
                status=text("status") if text("status") in SESSION_STATUSES else current.status,
                duration_minutes=duration
                if isinstance(duration, int)
                else current.duration_minutes,
                location=text("location"),
                member_uids=uids("member_uids"),
                professional_uids=uids("professional_uids"),
                goal_uids=uids("goal_uids"),
                summary=text("summary"),
                notes=text("notes"),
                assessment=text("assessment"),
                agreements=text("agreements"),
                concern=bool(payload.get("concern", current.concern)),
                concern_what=text("concern_what"),
            )
        )
        self._pending = []
        told = payload.get("told")
        for kept in told if isinstance(told, list) else []:
            try:
                at = datetime.fromisoformat(str(kept["at"]))
                self._pending.append(ConcernNoticeInput(str(kept["who"]), at, str(kept["how"])))
            except (KeyError, TypeError, ValueError):
                continue
        self._show_told()

    def _changed(self, *_args: Any) -> None:
        if self._loading:
            return
        self.error.show_message("")
        self._update_dirty()

    def _update_dirty(self) -> None:
        dirty = self.mark_held or self.collect_fields() != self._baseline
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)

    def has_unsaved_changes(self) -> bool:
        return not self.read_only and self._dirty

    def _status_changed(self, *_args: Any) -> None:
        """Finalize only what took place; the disabled button says why (core's reason).

        The shortcut stays on, so pressing it on a planned session shows the
        reason under the form instead of doing nothing.
        """
        can_finalize = self.status_combo.currentData() in FINALIZABLE_STATUSES
        self.finalize_button.setEnabled(can_finalize)
        self.finalize_shortcut.setEnabled(not self.read_only)
        self._finalize_tooltip()

    def _finalize_tooltip(self) -> None:
        try:
            sessions.check_finalizable(str(self.status_combo.currentData()))
        except SessionError as exc:
            self.finalize_button.setToolTip(error_text(exc))
            return
        self.finalize_button.setToolTip(
            self.tr("Lock the note; later corrections become dated addenda (Ctrl+Shift+F)")
        )

    # --- saving --------------------------------------------------------------------------

    def save(self, finalize: bool = False) -> bool:
        """Write the session (and lock it with ``finalize``); closes the dialog on success."""
        if self.read_only:
            return False
        if not self.start_edit.is_valid():  # the time as typed reads as no date and time
            self.error.show_live(
                lambda: self.tr(
                    "Not saved: type the date and time as DD-MM-YYYY HH:MM"
                    " (1.6.2024 10.00 works too)."
                )
            )
            self.start_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        data = self.session_input()
        concern = sessions.concern_problems(data)
        if concern:  # a ticked concern says what it is about
            self.concern_error.show_error(concern)
            self.concern_what_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        if finalize:
            try:  # before asking to confirm: core says whether it can be locked at all
                sessions.check_finalizable(data.status)
            except SessionError as exc:
                self.error.show_error(exc)
                return False
            if not self._confirm_finalize():
                return False
        try:
            told = list(self._pending)
            if self.detail is None:
                uid = sessions.create_session(
                    self.store, self.family_uid, data, finalize=finalize, told=told
                )
            elif self.detail.status == "planned" and data.status == "held":
                uid = self.detail.uid
                sessions.hold_planned_session(self.store, uid, data, finalize=finalize, told=told)
            else:
                uid = self.detail.uid
                sessions.update_session(
                    self.store, uid, data, finalize=finalize, told=told, loaded=self.detail
                )
        except RecordChanged as exc:
            self._saved_by_someone_else(exc.fields)
            return False
        except (SessionError, NotFound) as exc:
            problem = exc
            self.error.show_live(
                lambda: self.tr("Not saved: %1").replace("%1", error_text(problem))
            )
            return False
        self.autosave.stop()
        self.saved_uid = uid
        self._dirty = False
        self.sessionSaved.emit(uid)
        self.accept()
        return True

    def _saved_by_someone_else(self, theirs: list[str]) -> None:
        """Another save came first: say what it changed; this text stays, to be saved over it."""
        assert self.detail is not None
        self.detail = sessions.get_session(self.store, self.detail.uid)
        labels = {
            "status": self.captions["status"],
            "kind": self.captions["kind"],
            "start": self.captions["start"],
            "duration_minutes": self.captions["duration"],
            "location": self.captions["location"],
            "summary": self.captions["summary"],
        }
        boxes = {
            "notes": self.notes_box,
            "assessment": self.assessment_box,
            "agreements": self.agreements_box,
            "concern": self.concern_box,
        }

        def text() -> str:
            names = [
                (labels[n].text() if n in labels else boxes[n].title()).replace("&", "").rstrip(":")
                for n in theirs
                if n in labels or n in boxes
            ]
            return self.tr(
                "Not saved: someone else saved this note after you opened it (%1). Your text "
                "is still here; saving again puts it in place of theirs."
            ).replace("%1", ", ".join(names) or "—")

        self.error.show_live(text)

    def _confirm_finalize(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Finalize the note"),
            self.tr(
                "A finalized note cannot be changed afterwards; corrections become dated "
                "addenda. Finalize it now?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def reject(self) -> None:
        """Cancel: ask before throwing typed text away (and then forget the kept copy)."""
        if self.has_unsaved_changes():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved note"),
                self.tr("Throw away what you typed in this session note?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
            self.autosave.discard()
        self.autosave.stop()
        super().reject()

    # --- the concern ------------------------------------------------------------------------

    def _concern_toggled(self, checked: bool, focus: bool = True) -> None:
        """Ticked: the concern's box opens and asks what the concern is about."""
        self.concern_box.setVisible(checked)
        if checked and focus and not self._loading and not self.read_only:
            self.concern_what_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            # Once laid out, scroll so the whole box is in view.
            QTimer.singleShot(
                0, self, lambda: self.form_scroll.ensureWidgetVisible(self.concern_box)
            )

    def told(self) -> list[ConcernNoticeView | ConcernNoticeInput]:
        """Who was told: what is saved, then what is kept to save with the note."""
        saved: list[ConcernNoticeView | ConcernNoticeInput] = (
            list(self.detail.concern_notices) if self.detail is not None else []
        )
        return saved + list(self._pending)

    def _show_told(self) -> None:
        lines = []
        for notice in self.told():
            when = f"{notice.at.astimezone(LOCAL_TZ):%d-%m-%Y %H:%M}"
            line = " · ".join(x for x in (notice.who, when, notice.how) if x)
            if isinstance(notice, ConcernNoticeInput):
                line += "  " + self.tr("(saved with the note)")
            lines.append(line)
        self.told_label.setText(
            "\n".join(lines) if lines else self.tr("Nobody is recorded as told yet.")
        )
        self.told_label.setProperty("nobody", not lines)
        self.told_label.style().unpolish(self.told_label)
        self.told_label.style().polish(self.told_label)

    def notice_dialog(self) -> QDialog:
        """The dialog for one notice (not shown): tests and ``record_who_was_told`` use it."""
        from famdesk.ui.sessions.concern_dialog import ConcernNoticeDialog

        start = self.detail.start if self.detail is not None else self.start_edit.value()
        return ConcernNoticeDialog(self.store, self.family_uid, start, self, now=self.now)

    def record_who_was_told(self) -> bool:
        """Ask who was told; a finalized note gets it at once, an open one when it is saved."""
        dialog = self.notice_dialog()
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            notice = dialog.notice()  # type: ignore[attr-defined]
        finally:
            dialog.deleteLater()
        if self.read_only and self.detail is not None:
            try:
                sessions.add_concern_notice(self.store, self.detail.uid, notice, now=self.now)
            except (SessionError, NotFound) as exc:
                self.error.show_error(exc)
                return False
            self.detail = sessions.get_session(self.store, self.detail.uid)
            self._show_told()
            self.sessionSaved.emit(self.detail.uid)
            return True
        self._pending.append(notice)
        self._show_told()
        self._update_dirty()
        return True

    # --- addenda --------------------------------------------------------------------------

    def add_addendum(self) -> QDialog | None:
        """Open the addendum dialog; the note itself stays as it is.

        Non-blocking: the addenda list is reloaded when the dialog is accepted.
        """
        if not self.read_only or self.detail is None:
            return None
        from famdesk.ui.sessions.addendum_dialog import AddendumDialog

        dialog = AddendumDialog(self.store, self.detail, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.accepted.connect(self._addendum_added)
        self.addendum_dialog = dialog
        dialog.open()
        return dialog

    def _addendum_added(self) -> None:
        if self.detail is None:
            return
        self.detail = sessions.get_session(self.store, self.detail.uid)
        self._fill_addenda()
        self.sessionSaved.emit(self.detail.uid)
