"""The placement match of one child: the workflow of *Styrket match af barn og anbringelsessted*.

Opened from the child on the Members tab. One tab per step — the child's needs
by ICS dimension, the child's and the parents' views, the candidate sites
compared, the decision and the placement, the first year's follow-ups, the
breakdown — over one match the window holds until Save. Core keeps the rules
(a decided match names its site among its candidates, a breakdown needs a
placement date, …); a refusal is shown in the catalogue's words under the
field, with its tab brought to the front. A child may have more than one
match (a new one after a breakdown): the window shows one at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

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

from famdesk.core import families, placement
from famdesk.core.errors import FieldError, NotFound, ValidationFailed
from famdesk.core.placement import (
    BreakdownData,
    CandidateData,
    FollowUpData,
    MatchData,
)
from famdesk.core.storage import Store
from famdesk.core.versions import RecordChanged
from famdesk.ui.common import words
from famdesk.ui.common.form_support import (
    ErrorLabel,
    FormController,
    combo_fill,
    format_date,
    ui_language,
)
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
from famdesk.ui.placement.match_tables import (
    CandidateRow,
    CandidatesModel,
    FollowUpRow,
    FollowUpsModel,
)
from famdesk.reports.match_pdf import build_match_pdf
from famdesk.ui.printing.pdf_preview import PreviewJob, build_and_preview
from famdesk.vocabulary import ICS_DIMENSIONS, MATCH_STATUSES

TAB_NEEDS, TAB_VIEWS, TAB_CANDIDATES, TAB_DECISION, TAB_FOLLOW_UPS, TAB_BREAKDOWN = range(6)

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
    "status": TAB_DECISION,
    "follow_ups": TAB_FOLLOW_UPS,
    "breakdown": TAB_BREAKDOWN,
}


def field_tab(field: str) -> int | None:
    """The tab of a refused field ("breakdown.date", "candidates[1].fit", "needs.school")."""
    head = field.split(".", 1)[0].split("[", 1)[0]
    return FIELD_TABS.get(head)


class MatchWindow(QDialog):
    """One child's placement match, edited step by step and saved as a whole."""

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
        self.match_uid: str | None = None
        self.loaded: MatchData | None = None
        self._tables_dirty = False
        self._preview_job: PreviewJob | None = None
        self.controller = c = FormController(self)

        # Header: whose match, which match, its status.
        self.title = QLabel(self)
        self.title.setObjectName("paneTitle")
        self.match_label = QLabel(self)
        self.match_choice = QComboBox(self)
        self.match_label.setBuddy(self.match_choice)
        self.new_button = QPushButton(self)
        self.status_label = QLabel(self)
        self.status = QComboBox(self)
        self.status_label.setBuddy(self.status)
        self.status_error = ErrorLabel(self)
        c.register("status", self.status, self.status_error)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.match_label)
        top.addWidget(self.match_choice)
        top.addWidget(self.new_button)
        top.addSpacing(12)
        top.addWidget(self.status_label)
        top.addWidget(self.status)

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
            self.propose_follow_ups,
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
        layout.addWidget(self.status_error)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)

        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close)
        self.print_button.clicked.connect(self.print_match)
        self.new_button.clicked.connect(self.new_match)
        self.match_choice.activated.connect(self._match_chosen)
        self.decision_page.chosenChanged.connect(self.candidates_model.set_chosen)
        c.dirtyChanged.connect(lambda _d: self._update_state())
        c.edited.connect(self._edited)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_match)

        self.retranslate_ui()
        self.resize(fitted_size(self, 1200, 700))
        matches = placement.list_matches(store, member_uid)
        if matches:
            self.show_match(matches[-1].uid)
        else:
            self._load(None)

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
        self.status_label.setText(self.tr("S&tatus:"))
        self.status.setAccessibleName(self.tr("Status of the match"))
        combo_fill(self.status, words.choices("match_status"))
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
        self.save_button.setToolTip(self.tr("Save the match (Ctrl+S)"))
        self.close_button.setText(self.tr("Close"))
        self.unsaved.setText(self.tr("● Unsaved changes"))
        self._fill_match_choice()
        self._show_stability()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- which match ---------------------------------------------------------------------------

    def _fill_match_choice(self) -> None:
        matches = placement.list_matches(self.store, self.member_uid)
        blocked = self.match_choice.blockSignals(True)
        self.match_choice.clear()
        for number, m in enumerate(matches, start=1):
            text = self.tr("%1. %2").replace("%1", str(number)).replace(
                "%2", words.label("match_status", m.status)
            )
            if m.placed_on is not None:
                text += " " + self.tr("(placed %1)").replace("%1", format_date(m.placed_on))
            self.match_choice.addItem(text, m.uid)
        if self.match_uid is None:
            self.match_choice.addItem(self.tr("New match (not saved)"), None)
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
        if uid is None:
            self._load(None)
        else:
            self.show_match(uid)

    def new_match(self) -> bool:
        """An empty match for the child (after asking about unsaved changes)."""
        if not self.confirm_leave():
            return False
        self._load(None)
        self.tabs.setCurrentIndex(TAB_NEEDS)
        return True

    def show_match(self, match_uid: str) -> None:
        self._load(placement.get_match(self.store, match_uid))

    # --- showing ------------------------------------------------------------------------------

    def _load(self, match: MatchData | None) -> None:
        self.loaded = match
        self.match_uid = match.uid if match is not None else None
        m = match or MatchData()
        rows = [
            CandidateRow(site=placement.get_site(self.store, cand.site_uid), fit=cand.fit, assessment=cand.assessment)
            for cand in m.candidates
        ]
        self.candidates_model.set_rows(rows)
        self._sync_candidates()
        self.follow_ups_model.set_rows(
            [FollowUpRow(date=f.date, status=f.status, notes=f.notes, stability=f.stability) for f in m.follow_ups]
        )
        b = m.breakdown
        values: dict[str, object] = {need_field(dim): m.needs.get(dim, "") for dim in ICS_DIMENSIONS}
        values.update(
            {
                "status": m.status,
                "child_view": m.child_view,
                "parents_view": m.parents_view,
                "decided_on": m.decided_on,
                "chosen_site_uid": m.chosen_site_uid,
                "reasons": m.reasons,
                "placed_on": m.placed_on,
                "breakdown": b is not None,
                "breakdown.date": b.date if b else None,
                "breakdown.planned": b.planned if b else False,
                "breakdown.cause": b.cause if b else None,
                "breakdown.notes": b.notes if b else "",
            }
        )
        self.controller.load(values)
        self.candidates_model.set_chosen(m.chosen_site_uid)
        self.breakdown_page.box.setEnabled(b is not None)
        self._tables_dirty = False
        self.error.show_message("")
        self._for_each_table_page(lambda p: p.error.show_message(""))
        self._fill_match_choice()
        self._show_stability()
        self._update_state()

    def _for_each_table_page(self, fn: Callable[[CandidatesPage | FollowUpsPage], object]) -> None:
        fn(self.candidates_page)
        fn(self.follow_ups_page)

    def _sync_candidates(self) -> None:
        """The decision's choice offers exactly the candidates."""
        self.decision_page.set_candidates(
            [(r.site.uid or "", r.site.name) for r in self.candidates_model.rows()]
        )

    def _show_stability(self) -> None:
        held = [
            f for f in self.follow_ups_model.rows() if f.status == "held" and f.stability is not None
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

    # --- reading -------------------------------------------------------------------------------

    def match_data(self) -> tuple[MatchData, list[FieldError]]:
        """The match as the window shows it, and the fields whose text is no value."""
        values, errors = self.controller.read()
        breakdown = None
        if values["breakdown"]:
            breakdown = BreakdownData(
                date=values["breakdown.date"],
                planned=bool(values["breakdown.planned"]),
                cause=values["breakdown.cause"],
                notes=values["breakdown.notes"],
            )
        else:
            errors = [e for e in errors if not e.field.startswith("breakdown")]
        data = MatchData(
            uid=self.match_uid,
            member_uid=self.member_uid,
            status=values["status"],
            needs={dim: values[need_field(dim)] for dim in ICS_DIMENSIONS if values[need_field(dim)].strip()},
            child_view=values["child_view"],
            parents_view=values["parents_view"],
            candidates=[
                CandidateData(site_uid=r.site.uid or "", assessment=r.assessment, fit=r.fit)
                for r in self.candidates_model.rows()
            ],
            decided_on=values["decided_on"],
            chosen_site_uid=values["chosen_site_uid"],
            reasons=values["reasons"],
            placed_on=values["placed_on"],
            follow_ups=[
                FollowUpData(date=f.date, status=f.status, notes=f.notes, stability=f.stability)
                for f in self.follow_ups_model.rows()
            ],
            breakdown=breakdown,
        )
        return data, errors

    # --- saving --------------------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return self.controller.is_dirty() or self._tables_dirty or self.match_uid is None and self._started()

    def _started(self) -> bool:
        """Something was written in a new match (an empty new match is nothing to save)."""
        return self.controller.is_dirty() or self._tables_dirty

    def save(self) -> bool:
        """Save the match through core; a refusal is shown at its field and tab."""
        data, errors = self.match_data()
        if errors:
            self._show_errors(errors)
            return False
        try:
            if self.match_uid is None:
                uid = placement.create_match(self.store, self.member_uid, data)
            else:
                uid = self.match_uid
                placement.update_match(self.store, uid, data, loaded=self.loaded)
        except ValidationFailed as exc:
            self._show_errors(exc.errors)
            return False
        except RecordChanged as exc:
            self.error.show_error(exc)
            return False
        except NotFound as exc:
            self.error.show_error(exc)
            return False
        self.show_match(uid)
        return True

    def _show_errors(self, errors: list[FieldError]) -> None:
        unplaced = self.controller.show_errors(errors)
        self._for_each_table_page(lambda p: p.error.show_message(""))
        tables = {TAB_CANDIDATES: self.candidates_page, TAB_FOLLOW_UPS: self.follow_ups_page}
        rest: list[FieldError] = []
        for err in unplaced:
            page = tables.get(field_tab(err.field) or -1)
            if page is not None:
                page.error.show_error([e for e in unplaced if field_tab(e.field) == field_tab(err.field)])
            else:
                rest.append(err)
        if rest:
            self.error.show_error(rest)
        else:
            self.error.show_live(lambda: self.tr("Not saved: correct what is marked in red."))
        first = next((field_tab(e.field) for e in errors if field_tab(e.field) is not None), None)
        if first is not None:
            self.tabs.setCurrentIndex(first)
            if first not in tables:
                for e in errors:
                    if field_tab(e.field) == first and e.field in self.controller.names():
                        self.controller.widget(e.field).setFocus(Qt.FocusReason.OtherFocusReason)
                        break

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
        self.close()

    # --- the state shown ---------------------------------------------------------------------

    def _edited(self, name: str) -> None:
        self.error.show_message("")
        if name in ("decided_on", "chosen_site_uid", "placed_on", "breakdown"):
            self._advance_status()
        if name == "placed_on":
            self._update_state()

    def _advance_status(self) -> None:
        """Move the status on when the worker records the next step (never back)."""
        values, _ = self.controller.read()
        order = list(MATCH_STATUSES)
        current = values["status"] if values["status"] in order else order[0]
        reached = "exploring"
        if values["decided_on"] is not None and values["chosen_site_uid"]:
            reached = "decided"
        if values["placed_on"] is not None:
            reached = "placed"
        if values["breakdown"]:
            reached = "ended"
        if order.index(reached) > order.index(current):
            self.controller.set_value("status", reached)

    def _tables_changed(self) -> None:
        self._tables_dirty = True
        self.error.show_message("")
        self._show_stability()
        self._update_state()

    def _update_state(self) -> None:
        dirty = self.controller.is_dirty() or self._tables_dirty
        self.unsaved.setVisible(dirty)
        self.print_button.setEnabled(self.match_uid is not None)
        values, _ = self.controller.read()
        self.follow_ups_page.propose_button.setEnabled(values["placed_on"] is not None)

    # --- candidates ------------------------------------------------------------------------------

    def _taken(self) -> set[str]:
        return {r.site.uid for r in self.candidates_model.rows() if r.site.uid}

    def add_candidate(self) -> bool:
        dialog = CandidateDialog(self.store, None, self._taken(), self)
        row = dialog.row() if accepted(dialog) else None
        if row is None:
            return False
        self.candidates_model.set_rows([*self.candidates_model.rows(), row])
        self.candidates_page.table.selectRow(self.candidates_model.rowCount() - 1)
        self._sync_candidates()
        self._tables_changed()
        return True

    def edit_candidate(self) -> bool:
        index = self.candidates_page.selected_row()
        current = self.candidates_model.at(index) if index is not None else None
        if current is None or index is None:
            return False
        dialog = CandidateDialog(self.store, current, self._taken(), self)
        row = dialog.row() if accepted(dialog) else None
        if row is None:
            return False
        rows = self.candidates_model.rows()
        rows[index] = row
        self.candidates_model.set_rows(rows)
        self.candidates_page.table.selectRow(index)
        self._tables_changed()
        return True

    def remove_candidate(self) -> bool:
        index = self.candidates_page.selected_row()
        current = self.candidates_model.at(index) if index is not None else None
        if current is None:
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
        self.candidates_model.set_rows([r for r in self.candidates_model.rows() if r is not current])
        self._sync_candidates()
        self._tables_changed()
        return True

    # --- follow-ups ------------------------------------------------------------------------------

    def propose_follow_ups(self) -> int:
        """Follow-ups at 1, 3, 6 and 12 months after the placement date (those not there yet)."""
        values, _ = self.controller.read()
        placed_on = values["placed_on"]
        if placed_on is None:
            return 0
        have = {f.date for f in self.follow_ups_model.rows()}
        new = [
            FollowUpRow(date=day, status="planned", notes="", stability=None)
            for day in placement.proposed_follow_up_dates(placed_on)
            if day not in have
        ]
        if new:
            self.follow_ups_model.set_rows([*self.follow_ups_model.rows(), *new])
            self._tables_changed()
        return len(new)

    def add_follow_up(self) -> bool:
        dialog = FollowUpDialog(None, self, suggested=self.today())
        row = dialog.row() if accepted(dialog) else None
        if row is None:
            return False
        self.follow_ups_model.set_rows([*self.follow_ups_model.rows(), row])
        self._tables_changed()
        return True

    def edit_follow_up(self) -> bool:
        index = self.follow_ups_page.selected_row()
        current = self.follow_ups_model.at(index) if index is not None else None
        if current is None or index is None:
            return False
        dialog = FollowUpDialog(current, self)
        row = dialog.row() if accepted(dialog) else None
        if row is None:
            return False
        rows = self.follow_ups_model.rows()
        rows[index] = row
        self.follow_ups_model.set_rows(rows)
        self._tables_changed()
        return True

    def remove_follow_up(self) -> bool:
        index = self.follow_ups_page.selected_row()
        current = self.follow_ups_model.at(index) if index is not None else None
        if current is None:
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
        self.follow_ups_model.set_rows([r for r in self.follow_ups_model.rows() if r is not current])
        self._tables_changed()
        return True

    # --- printing --------------------------------------------------------------------------------

    def print_match(self) -> PreviewJob | None:
        """The match PDF in the print preview (saving unsaved changes first)."""
        if self.has_unsaved_changes() and not self.save():
            return None
        if self.match_uid is None:
            return None
        name = f"{self.member.given_name or 'match'}-placement-match.pdf".replace("/", "-")
        self._preview_job = build_and_preview(
            self, build_match_pdf, self.store, self.match_uid, lang=ui_language(), file_name=name
        )
        return self._preview_job

