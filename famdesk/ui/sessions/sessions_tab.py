"""The Sessions tab of a family: the timeline newest first, quick entry, print.

Filters (kind, period, plan goal) narrow the lazily loaded timeline. "Log
session…" and "Plan session…" open the quick-entry editor; a planned session
is turned into a held one with "Mark as held…"; a finalized note opens
read-only and takes addenda. "Session log PDF…" builds the printed log for a
period off the GUI thread and shows it in the shared preview.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from famdesk.core import families, rules, sessions
from famdesk.core.errors import NotFound
from famdesk.core.sessions import STALE_DRAFT_DAYS, Period, SessionError
from famdesk.core.storage import Store
from famdesk.reports.session_log_pdf import build_session_log_pdf
from famdesk.ui.common import words
from famdesk.ui.common.autosave_support import DEFAULT_INTERVAL_MS
from famdesk.ui.common.form_support import (
    DateField,
    ErrorLabel,
    error_text,
    not_a_date,
    ui_language,
)
from famdesk.ui.common.wrapping_label import WrappingLabel
from famdesk.ui.printing.pdf_preview import PreviewJob, build_and_preview
from famdesk.ui.sessions.addendum_dialog import AddendumDialog
from famdesk.ui.sessions.session_editor import SessionEditor, family_goal_choices, stylesheet
from famdesk.ui.sessions.timeline_model import (
    COL_CONCERN,
    COL_KIND,
    COL_STATUS,
    COL_SUMMARY,
    COL_WHEN,
    TimelineModel,
)
from famdesk.vocabulary import SESSION_KINDS


class PeriodDialog(QDialog):
    """Which period the printed session log covers (either end may stay open)."""

    def __init__(
        self, date_from: date | None, date_to: date | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionLogPeriod")
        self.from_edit = DateField(self)
        self.to_edit = DateField(self)
        self.from_edit.set_value(date_from)
        self.to_edit.set_value(date_to)
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.error = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._check_and_accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.from_label = QLabel(self)
        self.from_label.setBuddy(self.from_edit)
        self.to_label = QLabel(self)
        self.to_label.setBuddy(self.to_edit)
        self.form.addRow(self.from_label, self.from_edit)
        self.form.addRow(self.to_label, self.to_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Session log PDF"))
        self.hint.setText(
            self.tr("Print the sessions in this period. Leave a date empty to leave that end open.")
        )
        self.from_label.setText(self.tr("&From:"))
        self.to_label.setText(self.tr("&To:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Preview"))

    def period(self) -> tuple[date | None, date | None]:
        return self.from_edit.value(), self.to_edit.value()

    def _check_and_accept(self) -> None:
        try:
            start, end = self.period()
        except ValueError:
            self.error.show_error(not_a_date())
            return
        backwards = rules.period_problem(start, end)
        if backwards is not None:
            self.error.show_error(backwards)
            return
        self.accept()


class SessionsTab(QWidget):
    """``set_family(uid)``, ``has_unsaved_changes()``, ``save()``, ``discard()``."""

    #: A session of the shown family was created, changed or deleted (family uid).
    sessionsChanged = Signal(str)  # noqa: N815 - Qt naming

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        autosave_ms: int = DEFAULT_INTERVAL_MS,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionsTab")
        self.setStyleSheet(stylesheet())
        self.store = store
        self.autosave_ms = autosave_ms
        self._today = today
        self.family_uid: str | None = None
        self.editor: SessionEditor | None = None
        self.addendum_dialog: AddendumDialog | None = None
        self.period_dialog: PeriodDialog | None = None
        self.preview_job: PreviewJob | None = None

        self.title = QLabel(self)
        self.title.setObjectName("paneTitle")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("hint")
        self.drafts_label = QLabel(self)
        self.drafts_label.setObjectName("draftSummary")
        self.log_button = QPushButton(self)
        self.log_button.setObjectName("primaryButton")
        self.plan_button = QPushButton(self)
        self.print_button = QPushButton(self)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.count_label)
        head.addStretch(1)
        head.addWidget(self.print_button)
        head.addWidget(self.plan_button)
        head.addWidget(self.log_button)

        self.kind_filter = QComboBox(self)
        self.kind_filter.setObjectName("kindFilter")
        self.from_filter = DateField(self)
        self.to_filter = DateField(self)
        self.goal_filter = QComboBox(self)
        self.goal_filter.setObjectName("goalFilter")
        self.goal_filter.setMinimumContentsLength(12)
        self.goal_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.clear_button = QPushButton(self)
        self.filter_error = ErrorLabel(self)
        self.kind_caption = QLabel(self)
        self.kind_caption.setBuddy(self.kind_filter)
        self.from_caption = QLabel(self)
        self.from_caption.setBuddy(self.from_filter)
        self.to_caption = QLabel(self)
        self.to_caption.setBuddy(self.to_filter)
        self.goal_caption = QLabel(self)
        self.goal_caption.setBuddy(self.goal_filter)
        # Two short rows, so the tab fits a narrow window.
        filters = QGridLayout()
        filters.addWidget(self.kind_caption, 0, 0)
        filters.addWidget(self.kind_filter, 0, 1)
        filters.addWidget(self.goal_caption, 0, 2)
        filters.addWidget(self.goal_filter, 0, 3, 1, 3)
        filters.addWidget(self.from_caption, 1, 0)
        filters.addWidget(self.from_filter, 1, 1)
        filters.addWidget(self.to_caption, 1, 2)
        filters.addWidget(self.to_filter, 1, 3)
        filters.addWidget(self.clear_button, 1, 5)
        filters.setColumnStretch(3, 1)
        filters.setColumnStretch(4, 2)

        self.model = TimelineModel(store, self, today=today)
        self.table = QTableView(self)
        self.table.setObjectName("sessionsTimeline")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(COL_SUMMARY, QHeaderView.ResizeMode.Stretch)
        # Date, kind and status as wide as their words (measured on the rows loaded): the
        # summary, the column a worker reads, gets the rest instead of a guessed width's slack.
        for col in (COL_WHEN, COL_KIND, COL_STATUS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_CONCERN, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(COL_CONCERN, 32)
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        self.open_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table)
        self.open_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.open_shortcut.activated.connect(self.open_current)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_actions())

        self.open_button = QPushButton(self)
        self.held_button = QPushButton(self)
        self.addendum_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        # Wrapped: the hint shares its row with four buttons in a pane beside the list.
        self.empty_label = WrappingLabel("", self)
        self.empty_label.setObjectName("hint")
        actions = QHBoxLayout()
        actions.addWidget(self.empty_label, 1)
        actions.addWidget(self.delete_button)
        actions.addWidget(self.addendum_button)
        actions.addWidget(self.held_button)
        actions.addWidget(self.open_button)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.drafts_label)
        layout.addLayout(filters)
        layout.addWidget(self.filter_error)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        self.log_button.clicked.connect(lambda: self.log_session())
        self.plan_button.clicked.connect(lambda: self.plan_session())
        self.print_button.clicked.connect(lambda: self.ask_session_log_period())
        self.open_button.clicked.connect(lambda: self.open_current())
        self.held_button.clicked.connect(lambda: self.mark_current_held())
        self.addendum_button.clicked.connect(lambda: self.add_addendum_to_current())
        self.delete_button.clicked.connect(lambda: self.delete_current())
        self.clear_button.clicked.connect(self.clear_filters)
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.goal_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        for field in (self.from_filter, self.to_filter):
            field.textChanged.connect(lambda _t: self._dates_edited())
            field.editingFinished.connect(self.apply_filters)
        self.model.pageLoaded.connect(lambda _n, _t: self._update_counts())
        self.model.modelReset.connect(self._update_actions)

        self.retranslate_ui()
        self.set_family(None)

    # --- text ---------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Sessions"))
        self.log_button.setText(self.tr("&Log session…"))
        self.log_button.setToolTip(self.tr("Log a session that has taken place (Ctrl+L)"))
        self.plan_button.setText(self.tr("Pla&n session…"))
        self.plan_button.setToolTip(self.tr("Put a future session in the calendar"))
        self.print_button.setText(self.tr("Session log &PDF…"))
        self.kind_caption.setText(self.tr("&Kind:"))
        self.from_caption.setText(self.tr("&From:"))
        self.to_caption.setText(self.tr("&To:"))
        self.goal_caption.setText(self.tr("&Goal:"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.open_button.setText(self.tr("&Open"))
        self.held_button.setText(self.tr("Mark as &held…"))
        self.held_button.setToolTip(
            self.tr("After the visit: open the planned session as held, ready for the note")
        )
        self.addendum_button.setText(self.tr("Add a&ddendum…"))
        self.delete_button.setText(self.tr("Delete…"))
        self.delete_button.setToolTip(self.tr("Delete a draft or a planned session"))
        self._fill_kind_filter()
        if self.goal_filter.count():  # the goals are the plan's words; only "All goals" is ours
            self.goal_filter.setItemText(0, self._all_goals())
        self.model.retranslate()
        self._update_counts()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fill_kind_filter(self) -> None:
        current = self.kind_filter.currentData()
        blocked = self.kind_filter.blockSignals(True)
        self.kind_filter.clear()
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in SESSION_KINDS:
            self.kind_filter.addItem(words.label("session_kind", kind), kind)
        self.kind_filter.setCurrentIndex(max(0, self.kind_filter.findData(current)))
        self.kind_filter.blockSignals(blocked)

    def _all_goals(self) -> str:
        return self.tr("All goals")

    def _fill_goal_filter(self) -> None:
        blocked = self.goal_filter.blockSignals(True)
        self.goal_filter.clear()
        self.goal_filter.addItem(self._all_goals(), None)
        if self.family_uid is not None:
            for g in family_goal_choices(self.store, self.family_uid):
                self.goal_filter.addItem(g.title, g.uid)
                self.goal_filter.setItemData(
                    self.goal_filter.count() - 1, g.plan_title, Qt.ItemDataRole.ToolTipRole
                )
        self.goal_filter.blockSignals(blocked)

    # --- the interface the family view uses -----------------------------------------------

    def today(self) -> date:
        return self._today or date.today()

    def set_family(self, family_uid: str | None) -> None:
        """Show another family's timeline, with the filters cleared."""
        self.family_uid = family_uid
        self._clear_filter_widgets()
        self._fill_goal_filter()
        self.model.set_family(family_uid)
        enabled = family_uid is not None
        for w in (self.log_button, self.plan_button, self.print_button):
            w.setEnabled(enabled)
        self._update_counts()
        self._update_actions()

    def has_unsaved_changes(self) -> bool:
        editor = self.editor
        return editor is not None and editor.isVisible() and editor.has_unsaved_changes()

    def save(self) -> bool:
        """Save the open session editor, if any (True when nothing is left unsaved)."""
        if not self.has_unsaved_changes():
            return True
        assert self.editor is not None
        return self.editor.save()

    def discard(self) -> None:
        """Close the open editor without saving (its autosaved copy is forgotten)."""
        editor = self.editor
        if editor is not None and editor.isVisible():
            editor.autosave.discard()
            editor.autosave.stop()
            editor.done(QDialog.DialogCode.Rejected)

    def refresh(self, select_uid: str | None = None) -> None:
        """Reload the timeline (after a change made elsewhere) and select ``select_uid``."""
        self.model.reload()
        if select_uid is not None:
            self.select_session(select_uid)
        self._update_counts()

    def select_session(self, uid: str) -> bool:
        """Select session ``uid`` in the timeline, fetching pages until it is found."""
        row = self.model.row_of(uid)
        while row is None and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(uid)
        if row is None and self._filtered():  # hidden by the filters: show everything
            self.clear_filters()
            return self.select_session(uid)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def current_uid(self) -> str | None:
        index = self.table.currentIndex()
        row = self.model.session_at(index.row()) if index.isValid() else None
        return row.uid if row is not None else None

    # --- filters ---------------------------------------------------------------------------

    def _clear_filter_widgets(self) -> None:
        for w in (self.kind_filter, self.goal_filter, self.from_filter, self.to_filter):
            w.blockSignals(True)
        self.kind_filter.setCurrentIndex(0)
        self.goal_filter.setCurrentIndex(0)
        self.from_filter.clear()
        self.to_filter.clear()
        for w in (self.kind_filter, self.goal_filter, self.from_filter, self.to_filter):
            w.blockSignals(False)
        self.filter_error.show_message("")

    def clear_filters(self) -> None:
        self._clear_filter_widgets()
        self.apply_filters()

    def _dates_edited(self) -> None:
        """Apply as soon as both dates read as dates (or are empty); complain on leaving."""
        if self.from_filter.is_valid() and self.to_filter.is_valid():
            self.apply_filters()

    def current_period(self) -> Period | None:
        """The period typed in the filters; raises ``ValueError`` for a bad date."""
        start, end = self.from_filter.value(), self.to_filter.value()
        return Period(start, end) if start or end else None

    def apply_filters(self) -> None:
        if self.family_uid is None:
            return
        try:
            period = self.current_period()
        except ValueError:
            self.filter_error.show_error(not_a_date())
            return
        backwards = rules.period_problem(period.start, period.end) if period else None
        if backwards is not None:
            self.filter_error.show_error(backwards)
            return
        self.filter_error.show_message("")
        kind = self.kind_filter.currentData()
        new = ([kind] if kind else [], period, self.goal_filter.currentData())
        if new == (self.model.kinds, self.model.period, self.model.goal_uid):
            return
        self.model.set_filters(*new)
        self._update_counts()

    # --- counts and buttons -------------------------------------------------------------

    def _filtered(self) -> bool:
        return bool(self.model.kinds or self.model.period or self.model.goal_uid)

    def _update_counts(self) -> None:
        total = self.model.total
        if self._filtered():
            self.count_label.setText(self.tr("%n session(s) match", "", total))
        else:
            self.count_label.setText(self.tr("%n session(s)", "", total))
        self.count_label.setVisible(self.family_uid is not None)
        if self.family_uid is None:
            self.empty_label.setText("")
            self.drafts_label.hide()
            return
        if total == 0:
            self.empty_label.setText(
                self.tr("No session matches the filters.")
                if self._filtered()
                else self.tr("No sessions yet — press Log session… to write the first note.")
            )
        else:
            self.empty_label.setText("")
        drafts = sessions.list_drafts(self.store, self.today(), self.family_uid)
        stale = sum(1 for d in drafts if d.stale)
        if drafts:
            text = self.tr("%n note(s) not finalized yet", "", len(drafts))
            if stale:
                text += " · " + self.tr("%n older than %1 days — finalize soon", "", stale).replace(
                    "%1", str(STALE_DRAFT_DAYS)
                )
            self.drafts_label.setText(text)
        self.drafts_label.setProperty("stale", bool(stale))
        self.drafts_label.style().unpolish(self.drafts_label)
        self.drafts_label.style().polish(self.drafts_label)
        self.drafts_label.setVisible(bool(drafts))

    def _update_actions(self) -> None:
        index = self.table.currentIndex()
        row = self.model.session_at(index.row()) if index.isValid() else None
        self.open_button.setEnabled(row is not None)
        self.held_button.setEnabled(row is not None and row.status == "planned")
        self.addendum_button.setEnabled(row is not None and row.finalized)
        self.delete_button.setEnabled(row is not None and not row.finalized)

    # --- commands ----------------------------------------------------------------------------

    def _open_editor(self, **kwargs: object) -> SessionEditor | None:
        if self.family_uid is None and "session_uid" not in kwargs:
            return None
        if self.editor is not None and self.editor.isVisible():
            self.editor.raise_()
            self.editor.activateWindow()
            return self.editor
        editor = SessionEditor(
            self.store,
            family_uid=self.family_uid,
            parent=self,
            autosave_ms=self.autosave_ms,
            **kwargs,  # type: ignore[arg-type]
        )
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        editor.sessionSaved.connect(self._session_saved)
        editor.destroyed.connect(lambda _o=None: setattr(self, "editor", None))
        self.editor = editor
        editor.open()
        return editor

    def log_session(self) -> SessionEditor | None:
        """Quick entry of a session that has taken place (now, last kind, usual people)."""
        return self._open_editor()

    def plan_session(self) -> SessionEditor | None:
        """Quick entry of a future session (status planned)."""
        return self._open_editor(planned=True)

    def open_session(self, uid: str) -> SessionEditor | None:
        """Open a session: editable while a draft or planned, read-only once finalized."""
        try:
            return self._open_editor(session_uid=uid)
        except (SessionError, NotFound) as exc:
            QMessageBox.warning(self, self.tr("Session"), error_text(exc))
            self.refresh()
            return None

    def open_current(self) -> SessionEditor | None:
        uid = self.current_uid()
        return self.open_session(uid) if uid else None

    def mark_current_held(self) -> SessionEditor | None:
        """After the visit: the planned session opens as held, ready for the note."""
        index = self.table.currentIndex()
        row = self.model.session_at(index.row()) if index.isValid() else None
        if row is None or row.status != "planned":
            return None
        return self._open_editor(session_uid=row.uid, mark_held=True)

    def add_addendum_to_current(self) -> AddendumDialog | None:
        index = self.table.currentIndex()
        row = self.model.session_at(index.row()) if index.isValid() else None
        if row is None or not row.finalized:
            return None
        detail = sessions.get_session(self.store, row.uid)
        dialog = AddendumDialog(self.store, detail, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.accepted.connect(lambda uid=row.uid: self._session_saved(uid))
        dialog.destroyed.connect(lambda _o=None: setattr(self, "addendum_dialog", None))
        self.addendum_dialog = dialog
        dialog.open()
        return dialog

    def delete_current(self) -> bool:
        """Delete a draft or a planned session after the worker confirms."""
        index = self.table.currentIndex()
        row = self.model.session_at(index.row()) if index.isValid() else None
        if row is None or row.finalized:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Delete session"),
            self.tr("Delete the session %2 (%1)? This cannot be undone.")
            .replace("%1", words.label("session_status", row.status))
            .replace("%2", self.model.data(index.siblingAtColumn(COL_WHEN)) or ""),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            sessions.delete_draft_session(self.store, row.uid)
        except (SessionError, NotFound) as exc:
            QMessageBox.warning(self, self.tr("Delete session"), error_text(exc))
            return False
        self.refresh()
        if self.family_uid:
            self.sessionsChanged.emit(self.family_uid)
        return True

    def _session_saved(self, uid: str) -> None:
        self.refresh(uid)
        if self.family_uid:
            self.sessionsChanged.emit(self.family_uid)

    # --- print ---------------------------------------------------------------------------------

    def ask_session_log_period(self) -> PeriodDialog | None:
        """Ask for the period (the filter's period to start with), then build and preview."""
        if self.family_uid is None:
            return None
        try:
            period = self.current_period()
        except ValueError:
            period = None
        dialog = PeriodDialog(
            period.start if period else None, period.end if period else None, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.accepted.connect(lambda: self.print_session_log(*dialog.period()))
        dialog.destroyed.connect(lambda _o=None: setattr(self, "period_dialog", None))
        self.period_dialog = dialog
        dialog.open()
        return dialog

    def print_session_log(
        self, date_from: date | None = None, date_to: date | None = None
    ) -> PreviewJob | None:
        """Build the session log PDF off the GUI thread and show it in the preview."""
        if self.family_uid is None:
            return None
        reference = families.get_family(self.store, self.family_uid).reference
        name = f"{reference}-sessions.pdf".replace("/", "-")
        self.preview_job = build_and_preview(
            self,
            build_session_log_pdf,
            self.store,
            self.family_uid,
            date_from=date_from,
            date_to=date_to,
            lang=ui_language(),
            file_name=name,
        )
        return self.preview_job
