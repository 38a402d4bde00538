"""The family on the right of the main window: header, tabs and the save cycle.

``FamilyView`` is what the main window embeds. It owns no database session:
every load and save is one short core call. Members and collaborators are
saved by their own dialogs; the Overview form is saved by ``save()``.
"""

from __future__ import annotations

from datetime import date
from importlib import resources
from typing import TypeVar

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from famdesk.core import families, programmes
from famdesk.core.errors import NotFound, ValidationFailed
from famdesk.core.families import FamilyData
from famdesk.core.storage import Store
from famdesk.core.versions import RecordChanged
from famdesk.ui.common import words
from famdesk.ui.common.form_support import ErrorLabel, ui_language
from famdesk.ui.common.wrapping_label import WrappingLabel
from famdesk.ui.families.collaborators_panel import CollaboratorsPanel
from famdesk.ui.families.family_form import FamilyForm
from famdesk.ui.families.family_summary import FamilySummary
from famdesk.ui.families.members_panel import MembersPanel
from famdesk.ui.outcomes.outcomes_tab import OutcomesTab
from famdesk.ui.plans.plans_tab import PlansTab
from famdesk.ui.sessions.sessions_tab import SessionsTab

TAB_OVERVIEW, TAB_MEMBERS, TAB_COLLABORATORS, TAB_PLANS, TAB_SESSIONS, TAB_OUTCOMES = range(6)
#: Tabs built on first use; the Overview (the family form) is always there.
LAZY_TABS = (TAB_MEMBERS, TAB_COLLABORATORS, TAB_PLANS, TAB_SESSIONS, TAB_OUTCOMES)


#: What Ctrl+P prints, by the tab in front (``FamilyView.print_target``).
PRINT_PLAN, PRINT_SESSION_LOG, PRINT_STATUS_REPORT = "plan", "session-log", "status-report"

_T = TypeVar("_T", bound=QWidget)
_NOTHING = object()  # a tab that has loaded no family yet


def _stylesheet() -> str:
    path = resources.files("famdesk.resources").joinpath("styles", "family_view.qss")
    try:
        return path.read_text("utf-8")
    except OSError:  # pragma: no cover - a broken install still works, unstyled
        return ""


class _TitleLabel(WrappingLabel):
    """The family's name: on one line where it fits, wrapped only where it does not.

    A word-wrapped QLabel asks for a "pleasing" width and wrapped short names too.
    """

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self.text()) + margins.left() + margins.right()
        width += 2 * self.margin() + 2
        return QSize(width, self.heightForWidth(width))


class FamilyView(QWidget):
    """One family: Overview, Members, Collaborators, Plans, Sessions, Outcomes."""

    familyChanged = Signal(str)  # noqa: N815 - uid, after a successful save or create
    familyDeleted = Signal(str)  # noqa: N815
    dirtyChanged = Signal(bool)  # noqa: N815 - the Overview form has unsaved edits
    #: What Ctrl+P would print now changed (another tab in front, a family shown or not).
    printTargetChanged = Signal(str)  # noqa: N815 - one of PRINT_PLAN, PRINT_SESSION_LOG, …

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.family_uid: str | None = None
        self._editing = False  # a family (saved or new) is on screen
        self.setStyleSheet(_stylesheet())

        # Header: who the family is, at a glance.
        self.header = QWidget(self)
        self.header.setObjectName("familyHeader")
        self.header.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.title = _TitleLabel("", self.header)
        self.title.setObjectName("familyTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Wrapped: a long setting or programme must not widen the pane and squeeze the list.
        self.subtitle = WrappingLabel("", self.header)
        self.subtitle.setObjectName("familySubtitle")
        self.status_chip = QLabel(self.header)
        self.status_chip.setObjectName("statusChip")
        self.risk_chip = QLabel(self.header)
        self.risk_chip.setObjectName("riskChip")
        self.unsaved = QLabel(self.header)
        self.unsaved.setObjectName("unsavedMarker")
        self.unsaved.hide()
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.status_chip, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.risk_chip, 0, Qt.AlignmentFlag.AlignTop)
        top.addStretch(1)
        top.addWidget(self.unsaved)
        head = QVBoxLayout(self.header)
        head.setContentsMargins(14, 10, 14, 10)
        head.addLayout(top)
        head.addWidget(self.subtitle)

        # Overview: the family at a glance (read-only), then its form and buttons.
        self.summary = FamilySummary(store, parent=self)
        self.summary.openRequested.connect(self.open_from_summary)
        self.form = FamilyForm(self)
        self.save_button = QPushButton(self)
        self.save_button.setDefault(True)
        self.undo_button = QPushButton(self)
        self.discard_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.save_error = ErrorLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.save_button)
        overview = QWidget(self)
        column = QVBoxLayout(overview)
        column.addWidget(self.summary)
        column.addWidget(self.form, 1)
        column.addWidget(self.save_error)
        column.addLayout(buttons)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(overview)

        # The other tabs are built the first time they are shown (or asked for),
        # and load a family only when they are in front: opening a family
        # reads what the worker sees, not all six tabs.
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.tabs.addTab(scroll, "")
        self._pages: dict[int, QWidget] = {}
        for index in LAZY_TABS:
            page = QWidget(self)
            layout = QVBoxLayout(page)
            layout.setContentsMargins(0, 0, 0, 0)
            self._pages[index] = page
            self.tabs.addTab(page, "")
        self._built: dict[int, QWidget] = {}
        self._shows: dict[int, str | None] = {}  # tab -> the family it has loaded
        self.tabs.currentChanged.connect(self._tab_in_front)
        self.tabs.currentChanged.connect(lambda _i: self._print_target_changed())

        family_page = QWidget(self)
        family_layout = QVBoxLayout(family_page)
        family_layout.setContentsMargins(0, 0, 0, 0)
        family_layout.addWidget(self.header)
        family_layout.addWidget(self.tabs, 1)
        self.empty = QLabel(self)
        self.empty.setObjectName("placeholder")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(family_page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        # Keyboard: these work anywhere inside the view.
        self.add_member_action = self._action(
            QKeySequence("Ctrl+Shift+M"), self._add_member_from_anywhere
        )
        self.add_collaborator_action = self._action(
            QKeySequence("Ctrl+Shift+K"), self._add_collaborator_from_anywhere
        )
        self.undo_action = self._action(QKeySequence("Ctrl+Alt+Z"), self.undo_last_edit)

        self.save_button.clicked.connect(self.save)
        self.undo_button.clicked.connect(self.undo_last_edit)
        self.discard_button.clicked.connect(self.discard)
        self.delete_button.clicked.connect(self.delete_family)
        self.form.controller.dirtyChanged.connect(self._dirty_changed)
        self.form.controller.edited.connect(lambda _n: self._update_buttons())

        self.retranslate_ui()
        self.show_family(None)

    def _action(self, keys: QKeySequence, slot: object) -> QAction:
        action = QAction(self)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # --- text ------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        titles = [
            self.tr("Overview"),
            self.tr("Members"),
            self.tr("Collaborators"),
            self.tr("Plans"),
            self.tr("Sessions"),
            self.tr("Outcomes"),
        ]
        for i, text in enumerate(titles):
            self.tabs.setTabText(i, text)
        self.empty.setText(self.tr("Choose a family in the list, or create a new one (Ctrl+N)."))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the family (Ctrl+S)"))
        self.undo_button.setText(self.tr("&Undo last edit"))
        self.undo_button.setToolTip(self.tr("Put back the field changed last (Ctrl+Alt+Z)"))
        self.discard_button.setText(self.tr("Discard changes"))
        self.delete_button.setText(self.tr("Delete family…"))
        self.unsaved.setText(self.tr("● Unsaved changes"))
        self.risk_chip.setText(self.tr("Risk of placement"))
        self.add_member_action.setText(self.tr("Add member"))
        self.add_collaborator_action.setText(self.tr("Add collaborator"))
        self.undo_action.setText(self.tr("Undo last edit"))
        self._update_header()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- the interface the main window uses --------------------------------------------------

    def show_family(self, family_uid: str | None) -> None:
        """Show a saved family (its opening is audited), or nothing for ``None``.

        Unsaved edits are dropped: the main window asks first
        (``has_unsaved_changes``).
        """
        data = families.open_family(self.store, family_uid) if family_uid else None
        self.family_uid = family_uid
        self._editing = data is not None
        self.form.load(data)
        self.summary.set_family(family_uid if data is not None else None)
        self._load_tab_in_front()
        self.save_error.show_message("")
        self.stack.setCurrentIndex(1 if data is not None else 0)
        self._set_saved_tabs_enabled(data is not None)
        self._update_header(data)
        self._update_buttons()

    def new_family(self) -> None:
        """Empty forms for a new family; the cursor waits in Reference."""
        self.family_uid = None
        self._editing = True
        self.form.load(families.new_family_defaults(self.store, date.today()))
        self.summary.set_family(None)
        self._load_tab_in_front()
        self.save_error.show_message("")
        self.stack.setCurrentIndex(1)
        self._set_saved_tabs_enabled(False)
        self.tabs.setCurrentIndex(TAB_OVERVIEW)
        self._update_header(None)
        self._update_buttons()
        self.form.reference.setFocus(Qt.FocusReason.OtherFocusReason)

    def _editing_tabs(self) -> list:
        """Tabs that hold edits of their own (the plan editor, …), if built."""
        return [self._built[i] for i in (TAB_PLANS, TAB_SESSIONS) if i in self._built]

    # --- tabs built and loaded when first in front ------------------------------------------

    @property
    def members(self) -> MembersPanel:
        return self._tab(TAB_MEMBERS, MembersPanel)

    @property
    def collaborators(self) -> CollaboratorsPanel:
        return self._tab(TAB_COLLABORATORS, CollaboratorsPanel)

    @property
    def plans_tab(self) -> PlansTab:
        return self._tab(TAB_PLANS, PlansTab)

    @property
    def sessions_tab(self) -> SessionsTab:
        return self._tab(TAB_SESSIONS, SessionsTab)

    @property
    def outcomes(self) -> OutcomesTab:
        return self._tab(TAB_OUTCOMES, OutcomesTab)

    def tab_is_built(self, index: int) -> bool:
        return index == TAB_OVERVIEW or index in self._built

    def _tab(self, index: int, kind: type[_T]) -> _T:
        """The tab's widget, built if need be and showing the current family."""
        widget = self._built.get(index)
        if widget is None:
            widget = self._build_tab(index)
        if self._shows.get(index, _NOTHING) != self.family_uid:
            self._shows[index] = self.family_uid
            widget.set_family(self.family_uid)  # type: ignore[attr-defined]
        assert isinstance(widget, kind)
        return widget

    def _build_tab(self, index: int) -> QWidget:
        widget: QWidget
        shown: QWidget
        if index == TAB_MEMBERS:
            widget = shown = MembersPanel(self.store, self)
            widget.membersChanged.connect(self._member_or_collaborator_changed)
        elif index == TAB_COLLABORATORS:
            widget = shown = CollaboratorsPanel(self.store, self)
            widget.collaboratorsChanged.connect(self._member_or_collaborator_changed)
        elif index == TAB_PLANS:
            widget = PlansTab(self.store, self)
            widget.printAvailable.connect(lambda _a: self._print_target_changed())
            # The plan editor is tall; a scroll area keeps small windows possible.
            shown = QScrollArea(self)
            shown.setWidgetResizable(True)
            shown.setFrameShape(QScrollArea.Shape.NoFrame)
            shown.setWidget(widget)
        elif index == TAB_SESSIONS:
            widget = shown = SessionsTab(self.store, self)
        else:
            widget = shown = OutcomesTab(self.store, self)
        self._built[index] = widget
        layout = self._pages[index].layout()
        assert layout is not None
        layout.addWidget(shown)
        shown.show()  # now, not at the layout's next event: shortcuts need it visible
        return widget

    def _tab_in_front(self, index: int) -> None:
        if index in LAZY_TABS and self.family_uid is not None:
            self._tab(index, QWidget)

    def _load_tab_in_front(self) -> None:
        """Bring the tab in front up to date; the others catch up when shown."""
        index = self.tabs.currentIndex()
        if index in self._built or (index in LAZY_TABS and self.family_uid is not None):
            self._tab(index, QWidget)

    def is_showing_family(self) -> bool:
        """A family (saved, or a new one being entered) is on screen."""
        return self._editing

    def show_plan(self, plan_uid: str) -> None:
        """The Plans tab in front with ``plan_uid`` selected."""
        self.tabs.setCurrentIndex(TAB_PLANS)
        self.plans_tab.refresh(plan_uid)

    def has_unsaved_changes(self) -> bool:
        if any(tab.has_unsaved_changes() for tab in self._editing_tabs()):
            return True
        return self._editing and self.form.controller.is_dirty()

    def save(self) -> bool:
        """Validate and save the Overview; errors go next to their fields.

        Returns False (and writes nothing) while any error stands.
        """
        if not self._editing:
            return False
        for tab in self._editing_tabs():
            if tab.has_unsaved_changes() and not tab.save():
                self.tabs.setCurrentIndex(TAB_PLANS)
                return False
        data, errors = self.form.family_data()
        if errors:
            self._show_errors(errors)
            return False
        if self.family_uid is not None and not self.form.controller.is_dirty():
            return True
        try:
            if self.family_uid is None:
                uid = families.create_family(self.store, data)
            else:
                uid = self.family_uid
                families.update_family(self.store, uid, data, loaded=self.form.loaded)
        except RecordChanged as exc:
            # Theirs is shown with this worker's edits on top, unsaved, to check and save.
            mine = self.form.controller.edits()
            self.form.load(families.get_family(self.store, uid))
            self.form.controller.put_edits(mine)
            self.save_error.show_error(exc)
            return False
        except ValidationFailed as exc:
            self._show_errors(exc.errors)
            return False
        except NotFound:
            self.save_error.show_message(
                self.tr("This family no longer exists; it may have been deleted.")
            )
            return False
        creating = self.family_uid is None
        self.family_uid = uid
        saved = families.get_family(self.store, uid)
        self.form.load(saved)
        self.save_error.show_message("")
        if creating:
            self.summary.set_family(uid)
            self._load_tab_in_front()
            self._set_saved_tabs_enabled(True)
        self._update_header(saved)
        self._update_buttons()
        self.familyChanged.emit(uid)
        return True

    def discard(self) -> None:
        """Forget unsaved edits: back to the saved family (or nothing, for a new one)."""
        for tab in self._editing_tabs():
            tab.discard()
        if self.family_uid is None:
            self.show_family(None)
            return
        self.form.controller.revert()
        self.save_error.show_message("")
        self._update_buttons()

    # --- printing --------------------------------------------------------------------------------

    def can_print(self) -> bool:
        """A saved family is shown (and, on the Plans tab, a plan in the editor)."""
        if self.family_uid is None:
            return False
        if self.print_target() == PRINT_PLAN and TAB_PLANS in self._built:
            return self.plans_tab.editor.plan is not None
        return True

    def _print_target_changed(self) -> None:
        self.printTargetChanged.emit(self.print_target())

    def print_target(self) -> str:
        """What Ctrl+P prints with the tab in front (the main window names it on the action).

        Plans → the plan for signature; Sessions → the session log; anywhere
        else → the status report for the municipal caseworker.
        """
        index = self.tabs.currentIndex()
        if index == TAB_PLANS:
            return PRINT_PLAN
        if index == TAB_SESSIONS:
            return PRINT_SESSION_LOG
        return PRINT_STATUS_REPORT

    def print_current(self) -> object | None:
        """Ctrl+P: the document ``print_target`` names."""
        if self.family_uid is None:
            return None
        target = self.print_target()
        if target == PRINT_PLAN:
            return self.plans_tab.print_current()
        if target == PRINT_SESSION_LOG:
            return self.sessions_tab.ask_session_log_period()
        return self.outcomes.open_status_report()

    def open_from_summary(self, kind: str, uid: str) -> None:
        """An item of the summary: the session in its editor, the plan, the outcomes, or a
        child's conversations."""
        if kind == "session":
            self.show_session(uid)
        elif kind == "plan":
            self.show_plan(uid)
        elif kind == "outcomes":
            self.tabs.setCurrentIndex(TAB_OUTCOMES)
        elif kind == "conversations":  # uid: the child's; its conversations, over Members
            self.tabs.setCurrentIndex(TAB_MEMBERS)
            self.members.reload(select_uid=uid)
            self.members.open_conversations()

    def _tab_changed(self, index: int) -> None:
        if index == TAB_OVERVIEW and self.family_uid is not None:
            self.summary.refresh()  # a note finalized or a review held meanwhile

    def show_session(self, session_uid: str) -> None:
        """The Sessions tab in front, ``session_uid`` selected and open in its editor."""
        self.tabs.setCurrentIndex(TAB_SESSIONS)
        self.sessions_tab.select_session(session_uid)
        self.sessions_tab.open_session(session_uid)

    # --- more actions --------------------------------------------------------------------------

    def undo_last_edit(self) -> bool:
        """Put back the Overview field edited last."""
        if not self._editing:
            return False
        self.tabs.setCurrentIndex(TAB_OVERVIEW)
        done = self.form.controller.undo_last_edit() is not None
        self._update_buttons()
        return done

    def delete_family(self) -> bool:
        """Delete the family after the user confirms; audited by core."""
        uid = self.family_uid
        if uid is None:
            return False
        data = families.get_family(self.store, uid)
        answer = QMessageBox.question(
            self,
            self.tr("Delete family"),
            self.tr(
                "Delete the family %1 (%2) with its members, plans and sessions? "
                "This cannot be undone."
            )
            .replace("%1", data.name)
            .replace("%2", data.reference),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        families.delete_family(self.store, uid)
        self.show_family(None)
        self.familyDeleted.emit(uid)
        return True

    def _add_member_from_anywhere(self) -> None:
        if self.family_uid is None:
            return
        self.tabs.setCurrentIndex(TAB_MEMBERS)
        self.members.add_member()

    def _add_collaborator_from_anywhere(self) -> None:
        if self.family_uid is None:
            return
        self.tabs.setCurrentIndex(TAB_COLLABORATORS)
        self.collaborators.add_collaborator()

    # --- internals -------------------------------------------------------------------------------

    def _show_errors(self, errors: list) -> None:
        self.tabs.setCurrentIndex(TAB_OVERVIEW)
        unplaced = self.form.controller.show_errors(errors)
        if unplaced:
            self.save_error.show_error(unplaced)
        else:
            self.save_error.show_live(
                lambda: self.tr("Not saved: correct the fields marked in red.")
            )

    def _set_saved_tabs_enabled(self, enabled: bool) -> None:
        for i in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(i, enabled)
            self.tabs.setTabToolTip(i, "" if enabled else self.tr("Save the new family first."))

    def _dirty_changed(self, dirty: bool) -> None:
        self.unsaved.setVisible(dirty)
        self._update_buttons()
        self.dirtyChanged.emit(dirty)

    def _member_or_collaborator_changed(self) -> None:
        if self.family_uid is not None:
            self.familyChanged.emit(self.family_uid)

    def _update_buttons(self) -> None:
        c = self.form.controller
        self.save_button.setEnabled(self._editing)
        self.undo_button.setEnabled(self._editing and c.can_undo())
        self.discard_button.setEnabled(self._editing and c.is_dirty())
        self.delete_button.setEnabled(self.family_uid is not None)
        self.unsaved.setVisible(self._editing and c.is_dirty())

    def _update_header(self, data: FamilyData | None = None) -> None:
        if data is None and self.family_uid is not None:
            data = families.get_family(self.store, self.family_uid)
        if data is None:
            self.title.setText(self.tr("New family") if self._editing else "")
            self.subtitle.setText(self.tr("Fill in the reference and name, then save (Ctrl+S)."))
            self.status_chip.hide()
            self.risk_chip.hide()
            return
        self.title.setText(data.name)
        parts = [data.reference, words.label("setting", data.setting)]
        prog = programmes.find(data.programme)
        if prog is not None:
            parts.append(prog.name(ui_language()))
        elif data.programme:
            parts.append(data.programme)
        if data.worker:
            parts.append(self.tr("Family worker: %1").replace("%1", data.worker))
        self.subtitle.setText("  ·  ".join(parts))
        self.status_chip.setText(words.label("family_status", data.status))
        self.status_chip.setProperty("status", data.status)
        self.status_chip.style().unpolish(self.status_chip)
        self.status_chip.style().polish(self.status_chip)
        self.status_chip.show()
        self.risk_chip.setVisible(data.risk_of_placement)
