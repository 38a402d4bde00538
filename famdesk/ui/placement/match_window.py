"""The placement match of one child: the workflow of *Styrket match af barn og anbringelsessted*.

Opened from the child on the Members tab. One tab per step — the child's needs
by ICS dimension, the child's and the parents' views, the candidate sites
compared, the decision and the placement, the first year's follow-ups, the
breakdown. Each step is saved through core's call for it (``update_views``,
``add_candidate``, ``decide``, ``place``, ``add_follow_up``,
``record_breakdown``, …), which checks the whole match as import does: a
refusal is shown in the catalogue's words under its field, its tab brought to
the front, and nothing is saved. Candidates and follow-ups are saved by their
own small forms; Save (Ctrl+S) saves what was typed on the other tabs, step by
step. Core keeps the status (exploring, decided, placed, ended) and the child's
placement in step with the match. A child may have more than one match (a new
one after a breakdown): the window shows one at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from famdesk.core import child_voice, families
from famdesk.core.errors import Code, CoreError, FieldError, ValidationFailed
from famdesk.core.placement import matches, sites
from famdesk.core.placement.matches import BreakdownData, MatchData
from famdesk.core.placement.sites import SiteData
from famdesk.core.storage import Store
from famdesk.reports.match_pdf import build_match_pdf
from famdesk.ui.common import words
from famdesk.ui.common.form_support import ErrorLabel, FormController, format_date, ui_language
from famdesk.ui.common.record_table import accepted
from famdesk.ui.common.screen_fit import fitted_size
from famdesk.ui.placement.match_dialogs import CandidateDialog, FollowUpDialog
from famdesk.ui.placement.match_pages import (
    BreakdownPage,
    CandidatesPage,
    DecisionPage,
    FollowUpsPage,
    NeedsPage,
    ViewsPage,
    need_field,
)
from famdesk.ui.placement.match_tables import CandidateRow, CandidatesModel, FollowUpsModel
from famdesk.ui.printing.pdf_preview import PreviewJob, build_and_preview
from famdesk.vocabulary import ICS_DIMENSIONS

TAB_NEEDS, TAB_VIEWS, TAB_CANDIDATES, TAB_DECISION, TAB_FOLLOW_UPS, TAB_BREAKDOWN = range(6)

# The window's fields by the step that saves them (the controller's names).
VIEW_FIELDS = (*(need_field(d) for d in ICS_DIMENSIONS), "child_view", "parents_view")
DECISION_FIELDS = ("decided_on", "chosen_site_uid", "reasons")
PLACEMENT_FIELDS = ("placed_on",)
BREAKDOWN_FIELDS = (
    "breakdown",
    "breakdown.date",
    "breakdown.planned",
    "breakdown.cause",
    "breakdown.notes",
)

# Which tab holds a field core may refuse (by the first part of its name).
FIELD_TABS = {
    "needs": TAB_NEEDS,
    "child_view": TAB_VIEWS,
    "parents_view": TAB_VIEWS,
    "candidates": TAB_CANDIDATES,
    "decided_on": TAB_DECISION,
    "chosen_site_uid": TAB_DECISION,
    "reasons": TAB_DECISION,
    "placed_on": TAB_DECISION,
    "follow_ups": TAB_FOLLOW_UPS,
    "breakdown": TAB_BREAKDOWN,
}


def field_tab(name: str) -> int | None:
    """The tab of a refused field ("breakdown.date", "candidates[1].fit", "needs.school")."""
    head = name.split(".", 1)[0].split("[", 1)[0]
    return FIELD_TABS.get(head)


class MatchWindow(QDialog):
    """One child's placement match, step by step, each step saved through core."""

    def __init__(
        self,
        store: Store,
        member_uid: str,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("matchWindow")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.store = store
        self.member_uid = member_uid
        self.today = today
        self.member = families.get_member(store, member_uid)
        self.match: MatchData | None = None
        self._baseline: dict[str, Any] = {}
        self._preview_job: PreviewJob | None = None
        self.controller = c = FormController(self)

        # Header: whose match, which match, its status.
        self.title = QLabel(self)
        self.title.setObjectName("paneTitle")
        self.match_label = QLabel(self)
        self.match_choice = QComboBox(self)
        self.match_label.setBuddy(self.match_choice)
        self.new_button = QPushButton(self)
        self.status = QLabel(self)
        self.status.setObjectName("matchStatus")
        self.end_button = QPushButton(self)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.status)
        top.addSpacing(12)
        top.addWidget(self.match_label)
        top.addWidget(self.match_choice)
        top.addWidget(self.new_button)
        top.addWidget(self.end_button)

        # The steps.
        self.candidates_model = CandidatesModel(self)
        self.follow_ups_model = FollowUpsModel(self)
        self.needs_page = NeedsPage(c, self)
        self.views_page = ViewsPage(c, self)
        self.candidates_page = CandidatesPage(
            self.candidates_model,
            self.add_candidate,
            self.edit_candidate,
            self.remove_candidate,
            self,
        )
        self.decision_page = DecisionPage(c, self)
        self.follow_ups_page = FollowUpsPage(
            self.follow_ups_model,
            self.add_follow_up,
            self.edit_follow_up,
            self.remove_follow_up,
            self,
        )
        self.breakdown_page = BreakdownPage(c, self)
        self.tabs = QTabWidget(self)
        for page in (
            self.needs_page,
            self.views_page,
            self.candidates_page,
            self.decision_page,
            self.follow_ups_page,
            self.breakdown_page,
        ):
            self.tabs.addTab(page, "")

        # Bottom: what stops a save, and the commands.
        self.error = ErrorLabel(self)
        self.print_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.save_button.setDefault(True)
        self.close_button = QPushButton(self)
        self.unsaved = QLabel(self)
        self.unsaved.setObjectName("unsavedMarker")
        bottom = QHBoxLayout()
        bottom.addWidget(self.print_button)
        bottom.addStretch(1)
        bottom.addWidget(self.unsaved)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)

        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close)
        self.print_button.clicked.connect(self.print_match)
        self.new_button.clicked.connect(self.new_match)
        self.end_button.clicked.connect(self.end_match)
        self.match_choice.activated.connect(self._match_chosen)
        self.decision_page.chosenChanged.connect(self.candidates_model.set_chosen)
        c.dirtyChanged.connect(lambda _d: self._update_state())
        c.edited.connect(self._edited)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_match)

        for button in (self.new_button, self.end_button, self.print_button, self.close_button):
            button.setAutoDefault(False)  # Enter saves (the default button), nothing else
        self.retranslate_ui()
        self.resize(fitted_size(self, 1200, 700))
        found = matches.list_matches(store, member_uid)
        self._load(found[-1] if found else None)
        self.needs_page.fields[ICS_DIMENSIONS[0]].setFocus()

    # --- text ------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        name = self.member.full_name
        self.setWindowTitle(self.tr("Placement match – %1").replace("%1", name))
        self.title.setText(self.tr("Placement match for %1").replace("%1", name))
        self.match_label.setText(self.tr("&Match:"))
        self.match_choice.setAccessibleName(self.tr("The child's matches"))
        self.new_button.setText(self.tr("&New match"))
        self.new_button.setToolTip(
            self.tr("Start another match for the child, e.g. after a breakdown")
        )
        self.end_button.setText(self.tr("E&nd match…"))
        self.end_button.setToolTip(
            self.tr("The match is over without a breakdown (dropped, or ended as planned)")
        )
        titles = [
            self.tr("1 · Needs"),
            self.tr("2 · Views"),
            self.tr("3 · Candidates"),
            self.tr("4 · Decision"),
            self.tr("5 · Follow-ups"),
            self.tr("6 · Breakdown"),
        ]
        for i, text in enumerate(titles):
            self.tabs.setTabText(i, text)
        self.print_button.setText(self.tr("&Print…"))
        self.print_button.setToolTip(
            self.tr("The match as a PDF for the meeting with the site and the family (Ctrl+P)")
        )
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save what was typed on the tabs (Ctrl+S)"))
        self.close_button.setText(self.tr("Close"))
        self.unsaved.setText(self.tr("● Unsaved changes"))
        self._fill_match_choice()
        self._show_status()
        self._show_stability()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- which match ---------------------------------------------------------------------------

    @property
    def match_uid(self) -> str | None:
        return self.match.uid if self.match is not None else None

    def _fill_match_choice(self) -> None:
        found = matches.list_matches(self.store, self.member_uid)
        blocked = self.match_choice.blockSignals(True)
        self.match_choice.clear()
        for number, m in enumerate(found, start=1):
            text = (
                self.tr("%1. %2")
                .replace("%1", str(number))
                .replace("%2", words.label("match_status", m.status))
            )
            if m.placed_on is not None:
                text += " " + self.tr("(placed %1)").replace("%1", format_date(m.placed_on))
            self.match_choice.addItem(text, m.uid)
        if self.match is None:
            self.match_choice.addItem(self.tr("New match"), None)
        self.match_choice.setCurrentIndex(max(0, self.match_choice.findData(self.match_uid)))
        self.match_choice.blockSignals(blocked)
        self.match_choice.setEnabled(self.match_choice.count() > 1)

    def _match_chosen(self, index: int) -> None:
        uid = self.match_choice.itemData(index)
        if uid == self.match_uid:
            return
        if not self.confirm_leave():
            self._fill_match_choice()
            return
        self._load(matches.get_match(self.store, uid) if uid is not None else None)

    def new_match(self) -> bool:
        """An empty match for the child (after asking about unsaved changes); saved when a
        step is."""
        if not self.confirm_leave():
            return False
        self._load(None)
        self.tabs.setCurrentIndex(TAB_NEEDS)
        return True

    def show_match(self, match_uid: str) -> None:
        self._load(matches.get_match(self.store, match_uid))

    def _ensure_match(self) -> str | None:
        """The match's uid, starting it (with what the views say) when it is new."""
        if self.match is not None:
            return self.match.uid
        if not self._save_views():
            return None
        return self.match_uid

    # --- showing ------------------------------------------------------------------------------

    def _values_of(self, m: MatchData | None) -> dict[str, Any]:
        b = m.breakdown if m is not None else None
        values: dict[str, Any] = {
            need_field(dim): (m.needs.get(dim, "") if m else "") for dim in ICS_DIMENSIONS
        }
        values.update(
            {
                "child_view": m.child_view if m else "",
                "parents_view": m.parents_view if m else "",
                "decided_on": m.decided_on if m else None,
                "chosen_site_uid": m.chosen_site_uid if m else None,
                "reasons": m.reasons if m else "",
                "placed_on": m.placed_on if m else None,
                "breakdown": b is not None,
                "breakdown.date": b.date if b else None,
                "breakdown.planned": b.planned if b else False,
                "breakdown.cause": b.cause if b else None,
                "breakdown.notes": b.notes if b else "",
            }
        )
        return values

    def _load(self, match: MatchData | None) -> None:
        self.match = match
        register = {s.uid: s for s in sites.list_sites(self.store)}
        rows = []
        for cand in match.candidates if match else []:
            site = register.get(cand.site_uid) or SiteData(
                uid=cand.site_uid, name=cand.site_name, type=cand.site_type
            )
            rows.append(CandidateRow(candidate=cand, site=site))
        self.candidates_model.set_rows(rows)
        self.decision_page.set_candidates([(r.candidate.site_uid, r.site.name) for r in rows])
        self.follow_ups_model.set_rows(list(match.follow_ups) if match else [])
        self.controller.load(self._values_of(match))
        self._baseline = {n: self.controller.raw(n) for n in self.controller.names()}
        self.candidates_model.set_chosen(match.chosen_site_uid if match else None)
        self.breakdown_page.box.setEnabled(match is not None and match.breakdown is not None)
        self.error.show_message("")
        self.candidates_page.error.show_message("")
        self.follow_ups_page.error.show_message("")
        self._fill_match_choice()
        self._show_status()
        self._show_stability()
        self._show_reminder()
        self.views_page.show_conversations(
            child_voice.list_conversations(self.store, self.member_uid)
        )
        self._update_state()

    def _edited(self, name: str) -> None:
        self.error.show_message("")
        if name == "decided_on":
            self._show_reminder()

    def _show_reminder(self) -> None:
        """Remind, without blocking, when the child was not heard before the decision."""
        if self.match is not None and self.match.status in ("placed", "ended"):
            self.decision_page.show_reminder(None)
            return
        try:
            day = self.decision_page.decided_on.value() or self.today()
        except ValueError:
            day = self.today()
        self.decision_page.show_reminder(
            child_voice.conversation_reminder(self.store, self.member_uid, day)
        )

    def _show_status(self) -> None:
        status = self.match.status if self.match is not None else "exploring"
        self.status.setText(words.label("match_status", status))
        self.status.setProperty("status", status)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def _show_stability(self) -> None:
        held = [
            f
            for f in self.follow_ups_model.rows()
            if f.status == "held" and f.stability is not None
        ]
        label = self.follow_ups_page.stability
        if not held:
            label.setText(self.tr("Stability so far: no follow-up held yet."))
            return
        latest = max(held, key=lambda f: f.date)
        label.setText(
            self.tr("Stability so far: %1 of 10 at the follow-up on %2.")
            .replace("%1", str(latest.stability))
            .replace("%2", format_date(latest.date))
        )

    def _dirty(self, names: tuple[str, ...]) -> bool:
        if names == BREAKDOWN_FIELDS and not self.controller.raw("breakdown"):
            # details typed under an unticked breakdown are nothing to save
            return bool(self._baseline.get("breakdown"))
        return any(self.controller.raw(n) != self._baseline.get(n) for n in names)

    def has_unsaved_changes(self) -> bool:
        steps = (VIEW_FIELDS, DECISION_FIELDS, PLACEMENT_FIELDS, BREAKDOWN_FIELDS)
        return any(self._dirty(names) for names in steps)

    def _update_state(self) -> None:
        self.unsaved.setVisible(self.has_unsaved_changes())
        exists = self.match is not None
        self.print_button.setEnabled(exists)
        self.end_button.setEnabled(
            exists and self.match is not None and self.match.status != "ended"
        )

    # --- saving the steps typed on the tabs ------------------------------------------------------

    def save(self) -> bool:
        """Save each step with unsaved edits, in the workflow's order; stop at a refusal."""
        self.error.show_message("")
        for dirty, step in (
            (self._dirty(VIEW_FIELDS), self._save_views),
            (self._dirty(DECISION_FIELDS), self._save_decision),
            (self._dirty(PLACEMENT_FIELDS), self._save_placement),
            (self._dirty(BREAKDOWN_FIELDS), self._save_breakdown),
        ):
            if dirty and not step():
                return False
        self._refresh()
        return True

    def _refused(self, errors: list[FieldError], prefix: str = "") -> bool:
        """Show core's refusal at its fields (``prefix``: the part core named them under)."""
        named = [
            FieldError(f"{prefix}{e.field}", e.message, e.code, e.params)
            if prefix and e.field and f"{prefix}{e.field}" in self.controller.names()
            else e
            for e in errors
        ]
        unplaced = self.controller.show_errors(named)
        if unplaced:
            self.error.show_error(unplaced)
        else:
            self.error.show_live(lambda: self.tr("Not saved: correct what is marked in red."))
        tab = next((field_tab(e.field) for e in named if field_tab(e.field) is not None), None)
        if tab is not None:
            self.tabs.setCurrentIndex(tab)
            first = next((e.field for e in named if e.field in self.controller.names()), None)
            if first is not None:
                self.controller.widget(first).setFocus(Qt.FocusReason.OtherFocusReason)
        return False

    def _call(self, step: Callable[[], object], prefix: str = "") -> bool:
        """Run one of core's calls; a refusal is shown, never raised."""
        try:
            step()
        except ValidationFailed as exc:
            return self._refused(exc.errors, prefix)
        except CoreError as exc:  # RecordChanged, NotFound, a refusal of the whole match
            return self._refused([exc.as_field_error()], prefix)
        return True

    def _save_views(self) -> bool:
        values, _ = self.controller.read()
        needs = {d: values[need_field(d)] for d in ICS_DIMENSIONS}
        if self.match is None:
            created: list[str] = []

            def create() -> None:
                created.append(
                    matches.create_match(
                        self.store,
                        self.member_uid,
                        needs=needs,
                        child_view=values["child_view"],
                        parents_view=values["parents_view"],
                        today=self.today(),
                    )
                )

            if not self._call(create):
                return False
            return self._refresh(VIEW_FIELDS, created[0])
        match = self.match
        return self._call(
            lambda: matches.update_views(
                self.store,
                match.uid,
                needs=needs,
                child_view=values["child_view"],
                parents_view=values["parents_view"],
                loaded=match,
                today=self.today(),
            )
        ) and self._refresh(VIEW_FIELDS)

    def _save_decision(self) -> bool:
        values, errors = self.controller.read()
        errors = [e for e in errors if e.field in DECISION_FIELDS]
        decided_on, chosen = values["decided_on"], values["chosen_site_uid"]
        if not errors and (decided_on is None or chosen is None):
            missing = "decided_on" if decided_on is None else "chosen_site_uid"
            errors = [
                FieldError(
                    missing,
                    "a decision needs both a date and the chosen site",
                    Code.MATCH_DECISION_INCOMPLETE,
                )
            ]
        if errors:
            return self._refused(errors)
        uid = self._ensure_match()
        if uid is None or self.match is None:
            return False
        match = self.match
        return self._call(
            lambda: matches.decide(
                self.store,
                uid,
                decided_on=decided_on,
                chosen_site_uid=chosen,
                reasons=values["reasons"],
                loaded=match,
                today=self.today(),
            )
        ) and self._refresh(DECISION_FIELDS)

    def _save_placement(self) -> bool:
        values, errors = self.controller.read()
        errors = [e for e in errors if e.field in PLACEMENT_FIELDS]
        placed_on = values["placed_on"]
        if not errors and placed_on is None:
            errors = [
                FieldError(
                    "placed_on",
                    "a placed match needs a placement date",
                    Code.MATCH_PLACED_ON_REQUIRED,
                )
            ]
        if errors:
            return self._refused(errors)
        uid = self._ensure_match()
        if uid is None or self.match is None:
            return False
        match = self.match
        return self._call(
            lambda: matches.place(
                self.store, uid, placed_on=placed_on, loaded=match, today=self.today()
            )
        ) and self._refresh(PLACEMENT_FIELDS)

    def _save_breakdown(self) -> bool:
        values, errors = self.controller.read()
        uid = self._ensure_match()
        if uid is None:
            return False
        if not values["breakdown"]:
            answer = QMessageBox.question(
                self,
                self.tr("Remove breakdown"),
                self.tr(
                    "Remove the breakdown recorded by mistake? The match is placed again, "
                    "and the child's placement is current again."
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            return self._call(
                lambda: matches.remove_breakdown(self.store, uid, today=self.today())
            ) and self._refresh(BREAKDOWN_FIELDS)
        errors = [e for e in errors if e.field in BREAKDOWN_FIELDS]
        day = values["breakdown.date"]
        if not errors and day is None:
            errors = [FieldError("breakdown.date", "a breakdown needs a date", Code.VALUE_REQUIRED)]
        if errors:
            return self._refused(errors)
        data = BreakdownData(
            date=day,
            cause=values["breakdown.cause"],
            planned=bool(values["breakdown.planned"]),
            notes=values["breakdown.notes"],
        )
        return self._call(
            lambda: matches.record_breakdown(self.store, uid, data, today=self.today()),
            prefix="breakdown.",
        ) and self._refresh(BREAKDOWN_FIELDS)

    def _refresh(self, saved: tuple[str, ...] = (), match_uid: str | None = None) -> bool:
        """Read the match again after a step was saved (its version, status, follow-ups).

        The saved step's fields show what core stored; edits on the other tabs not
        saved yet stay on screen.
        """
        uid = match_uid or self.match_uid
        if uid is None:
            return True
        pending = {
            n: self.controller.raw(n)
            for n in self.controller.names()
            if n not in saved and self.controller.raw(n) != self._baseline.get(n)
        }
        self._load(matches.get_match(self.store, uid))
        for name, value in pending.items():
            self.controller.replace_value(name, value)
        self._update_state()
        return True

    # --- leaving ---------------------------------------------------------------------------------

    def confirm_leave(self) -> bool:
        """Ask about unsaved changes: save, discard or stay. True when it is all right to go on."""
        if not self.has_unsaved_changes():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to the placement match?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.confirm_leave():
            event.accept()
        else:
            event.ignore()

    def reject(self) -> None:
        """Escape closes as the Close button does (asking about unsaved changes)."""
        if self.confirm_leave():
            super().reject()

    def end_match(self) -> bool:
        """The match is over without a breakdown, after the worker confirms."""
        if self.match is None or self.match.status == "ended":
            return False
        answer = QMessageBox.question(
            self,
            self.tr("End match"),
            self.tr(
                "End this match without a breakdown (the exploration was dropped, or the "
                "placement ended as planned)? A breakdown is recorded on its own tab."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        uid = self.match.uid
        if not self._call(lambda: matches.end_match(self.store, uid, today=self.today())):
            return False
        self._refresh()
        return True

    # --- candidates ------------------------------------------------------------------------------

    def _taken(self) -> set[str]:
        return {r.candidate.site_uid for r in self.candidates_model.rows()}

    def add_candidate(self) -> str | None:
        uid = self._ensure_match()
        if uid is None:
            return None
        dialog = CandidateDialog(self.store, uid, None, self._taken(), self, today=self.today)
        if not accepted(dialog):
            return None
        self._refresh()
        self.candidates_page.error.show_message("")
        saved = next(
            (
                i
                for i, r in enumerate(self.candidates_model.rows())
                if r.candidate.uid == dialog.candidate_uid
            ),
            None,
        )
        if saved is not None:
            self.candidates_page.table.selectRow(saved)
        return dialog.candidate_uid

    def edit_candidate(self) -> bool:
        index = self.candidates_page.selected_row()
        current = self.candidates_model.at(index) if index is not None else None
        if current is None or index is None or self.match is None:
            return False
        dialog = CandidateDialog(
            self.store, self.match.uid, current, self._taken(), self, today=self.today
        )
        if not accepted(dialog):
            return False
        self._refresh()
        self.candidates_page.table.selectRow(index)
        return True

    def remove_candidate(self) -> bool:
        index = self.candidates_page.selected_row()
        current = self.candidates_model.at(index) if index is not None else None
        if current is None or current.candidate.uid is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Remove candidate"),
            self.tr("Remove %1 from the candidates? The site stays in the register.").replace(
                "%1", current.site.name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            matches.remove_candidate(self.store, current.candidate.uid)
        except CoreError as exc:
            self.candidates_page.error.show_error(exc)
            return False
        self._refresh()
        self.candidates_page.error.show_message("")
        return True

    # --- follow-ups ------------------------------------------------------------------------------

    def add_follow_up(self) -> str | None:
        uid = self._ensure_match()
        if uid is None:
            return None
        dialog = FollowUpDialog(self.store, uid, None, self, today=self.today)
        if not accepted(dialog):
            return None
        self._refresh()
        return dialog.follow_up_uid

    def edit_follow_up(self) -> bool:
        index = self.follow_ups_page.selected_row()
        current = self.follow_ups_model.at(index) if index is not None else None
        if current is None or index is None or self.match is None:
            return False
        dialog = FollowUpDialog(self.store, self.match.uid, current, self, today=self.today)
        if not accepted(dialog):
            return False
        self._refresh()
        return True

    def remove_follow_up(self) -> bool:
        index = self.follow_ups_page.selected_row()
        current = self.follow_ups_model.at(index) if index is not None else None
        if current is None or current.uid is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Remove follow-up"),
            self.tr("Remove the follow-up on %1?").replace("%1", format_date(current.date)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            matches.remove_follow_up(self.store, current.uid)
        except CoreError as exc:
            self.follow_ups_page.error.show_error(exc)
            return False
        self._refresh()
        return True

    # --- printing --------------------------------------------------------------------------------

    def print_match(self) -> PreviewJob | None:
        """The match PDF in the print preview (saving unsaved steps first)."""
        if self.has_unsaved_changes() and not self.save():
            return None
        if self.match is None:
            return None
        name = f"{self.member.given_name or 'match'}-placement-match.pdf".replace("/", "-")
        self._preview_job = build_and_preview(
            self, build_match_pdf, self.store, self.match.uid, lang=ui_language(), file_name=name
        )
        return self._preview_job
