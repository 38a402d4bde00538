"""The small forms of a match: a candidate site with its fit, and one follow-up.

Each saves through core when the worker presses OK (``core.placement``:
``add_candidate``, ``update_candidate``, ``add_follow_up``, ``update_follow_up``),
which checks the whole match as import does; a refusal is shown under its
field in the catalogue's words and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from famdesk.core.errors import Code, CoreError, FieldError, ValidationFailed
from famdesk.core.placement import matches, sites
from famdesk.core.placement.matches import FollowUpData
from famdesk.core.placement.sites import SiteData
from famdesk.core.storage import Store
from famdesk.core.versions import RecordChanged
from famdesk.ui.common import words
from famdesk.ui.common.form_support import (
    DateField,
    ErrorLabel,
    FormController,
    combo_fill,
)
from famdesk.ui.common.record_table import accepted
from famdesk.ui.common.wrapping_label import WrappingLabel
from famdesk.ui.placement.match_tables import CandidateRow
from famdesk.ui.placement.site_dialog import SiteDialog
from famdesk.vocabulary import FOLLOW_UP_STATUSES, SCALE_MAX, SCALE_MIN

NO_SCORE = -1  # the combo's data for "no score yet"


def _text_box(parent: QWidget, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


def _score_items(with_none: str | None) -> list[tuple[str, int]]:
    items = [(str(n), n) for n in range(SCALE_MIN, SCALE_MAX + 1)]
    return [(with_none, NO_SCORE), *items] if with_none is not None else items


class CandidateDialog(QDialog):
    """A site from the register (or a new one) with the worker's assessment and a 0–10 fit."""

    def __init__(
        self,
        store: Store,
        match_uid: str,
        candidate: CandidateRow | None,
        taken: set[str],
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("candidateDialog")
        self.store = store
        self.match_uid = match_uid
        self.candidate = candidate
        self.today = today
        #: The candidate saved (its uid), once OK succeeded.
        self.candidate_uid: str | None = candidate.candidate.uid if candidate else None
        self.editing = candidate is not None
        self._taken = taken
        self.controller = c = FormController(self)
        self.setMinimumWidth(520)
        self.site = QComboBox(self)
        self.new_site_button = QPushButton(self)
        self.new_site_button.clicked.connect(self.new_site)
        self.site_info = WrappingLabel("", self)
        self.site_info.setObjectName("hint")
        self.fit = QComboBox(self)
        self.assessment = _text_box(self, 6)
        site_row = QWidget(self)
        row = QHBoxLayout(site_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.site, 1)
        row.addWidget(self.new_site_button)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # The site stands beside its "New site…" button, its details and its error below.
        self.site_label = QLabel(self)
        self.site_label.setBuddy(self.site)
        site_column = QWidget(self)
        column = QVBoxLayout(site_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(site_row)
        column.addWidget(self.site_info)
        self.site_error = ErrorLabel(site_column)
        column.addWidget(self.site_error)
        form.addRow(self.site_label, site_column)
        self._labels = {
            "fit": c.add_row(form, "fit", self.fit),
            "assessment": c.add_row(form, "assessment", self.assessment),
        }
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.general_error = ErrorLabel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        self._sites: list[SiteData] = []
        self.retranslate_ui()
        self._fill_sites(candidate.candidate.site_uid if candidate else None)
        if candidate is not None:
            self.site.setEnabled(False)  # another site is another candidate
            self.new_site_button.hide()
            self.fit.setCurrentIndex(self.fit.findData(candidate.fit))
            self.assessment.setPlainText(candidate.assessment)
        else:
            self.fit.setCurrentIndex(self.fit.findData(5))
        self.site.currentIndexChanged.connect(lambda _i: self._show_site())
        self._show_site()
        (self.assessment if candidate else self.site).setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Edit candidate") if self.editing else self.tr("Add candidate"))
        self.site_label.setText(self.tr("&Site:"))
        self._labels["fit"].setText(self.tr("&Fit (0–10):"))
        self._labels["assessment"].setText(self.tr("&Assessment:"))
        self.site.setAccessibleName(self.tr("Placement site"))
        self.fit.setAccessibleName(self.tr("Fit from 0 to 10"))
        self.fit.setToolTip(
            self.tr("How well the site meets the child's needs: 0 not at all, 10 fully")
        )
        self.assessment.setAccessibleName(self.tr("Assessment"))
        self.assessment.setPlaceholderText(
            self.tr("How the site meets the child's needs, and what speaks against it")
        )
        self.new_site_button.setText(self.tr("&New site…"))
        self.new_site_button.setToolTip(self.tr("Add a site to the register and choose it"))
        combo_fill(self.fit, _score_items(None))
        self._show_site()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fill_sites(self, current: str | None) -> None:
        self._sites = [
            s for s in sites.list_sites(self.store) if s.uid == current or s.uid not in self._taken
        ]
        blocked = self.site.blockSignals(True)
        self.site.clear()
        for s in self._sites:
            self.site.addItem(f"{s.name} ({words.label('placement_type', s.type).lower()})", s.uid)
        index = self.site.findData(current) if current else -1
        self.site.setCurrentIndex(index if index >= 0 else (0 if self._sites else -1))
        self.site.blockSignals(blocked)

    def chosen_site(self) -> SiteData | None:
        uid = self.site.currentData()
        return next((s for s in self._sites if s.uid == uid), None)

    def _show_site(self) -> None:
        site = self.chosen_site() if hasattr(self, "_sites") else None
        if site is None:
            self.site_info.setText(
                self.tr("The register has no site to choose yet: add one with New site…")
            )
            return
        parts = [x for x in (site.competences.strip(), site.address.strip()) if x]
        if site.capacity is not None:
            parts.append(self.tr("capacity %1").replace("%1", str(site.capacity)))
        self.site_info.setText(" · ".join(p.replace("\n", ", ") for p in parts))

    def new_site(self) -> str | None:
        dialog = SiteDialog(self.store, None, self)
        if not accepted(dialog):
            return None
        self._fill_sites(dialog.site_uid)
        self._show_site()
        return dialog.site_uid

    def accept(self) -> None:
        site = self.chosen_site()
        if site is None or site.uid is None:
            self.site_error.show_error(
                FieldError("site_uid", "a site is required", Code.VALUE_REQUIRED)
            )
            return
        fit = int(self.fit.currentData())
        assessment = self.assessment.toPlainText()
        try:
            if self.candidate is None:
                self.candidate_uid = matches.add_candidate(
                    self.store,
                    self.match_uid,
                    site.uid,
                    fit=fit,
                    assessment=assessment,
                    today=self.today(),
                )
            else:
                assert self.candidate_uid is not None
                matches.update_candidate(
                    self.store,
                    self.candidate_uid,
                    fit=fit,
                    assessment=assessment,
                    loaded=self.candidate.candidate,
                    today=self.today(),
                )
        except ValidationFailed as exc:
            unplaced = self.controller.show_errors(exc.errors)
            self.site_error.show_error([e for e in unplaced if e.field == "site_uid"])
            if not any(e.field == "site_uid" for e in unplaced):
                self.site_error.show_message("")
            self.general_error.show_error([e for e in unplaced if e.field != "site_uid"])
            return
        except (RecordChanged, CoreError) as exc:
            self.general_error.show_error(exc)
            return
        super().accept()


class FollowUpDialog(QDialog):
    """One follow-up: its date, whether it is held, the notes and the stability (0–10)."""

    def __init__(
        self,
        store: Store,
        match_uid: str,
        follow_up: FollowUpData | None,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("followUpDialog")
        self.store = store
        self.match_uid = match_uid
        self.follow_up = follow_up
        self.today = today
        #: The follow-up saved (its uid), once OK succeeded.
        self.follow_up_uid: str | None = follow_up.uid if follow_up else None
        self.editing = follow_up is not None
        self.controller = c = FormController(self)
        self.setMinimumWidth(480)
        self.date = DateField(self)
        self.status = QComboBox(self)
        self.stability = QComboBox(self)
        self.notes = _text_box(self, 6)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels = {
            "date": c.add_row(form, "date", self.date),
            "status": c.add_row(form, "status", self.status),
            "stability": c.add_row(form, "stability", self.stability),
            "notes": c.add_row(form, "notes", self.notes),
        }
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.general_error = ErrorLabel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.date.today = today
        self.retranslate_ui()
        f = follow_up or FollowUpData(date=today())
        c.load(
            {
                "date": f.date,
                "status": f.status,
                "stability": NO_SCORE if f.stability is None else f.stability,
                "notes": f.notes,
            }
        )
        self.date.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Edit follow-up") if self.editing else self.tr("Add follow-up"))
        texts = {
            "date": (self.tr("&Date:"), self.tr("Date of the follow-up")),
            "status": (self.tr("S&tatus:"), self.tr("Status")),
            "stability": (self.tr("Sta&bility (0–10):"), self.tr("Stability from 0 to 10")),
            "notes": (self.tr("&Notes:"), self.tr("Notes")),
        }
        for name, (text, accessible) in texts.items():
            self._labels[name].setText(text)
            self.controller.widget(name).setAccessibleName(accessible)
        self.stability.setToolTip(
            self.tr("How settled the placement is: 0 at risk, 10 settled (once held)")
        )
        self.notes.setPlaceholderText(
            self.tr("How the child is doing at the site, what was agreed")
        )
        combo_fill(
            self.status, [(words.label("follow_up_status", s), s) for s in FOLLOW_UP_STATUSES]
        )
        combo_fill(self.stability, _score_items(self.tr("not scored")))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def accept(self) -> None:
        values, errors = self.controller.read()
        if values["date"] is None and not errors:
            errors = [FieldError("date", "a follow-up needs a date", Code.VALUE_REQUIRED)]
        if errors:
            self.controller.show_errors(errors)
            return
        score = values["stability"]
        data = FollowUpData(
            date=values["date"],
            status=values["status"],
            notes=values["notes"],
            stability=None if score == NO_SCORE else int(score),
        )
        try:
            if self.follow_up is None:
                self.follow_up_uid = matches.add_follow_up(
                    self.store, self.match_uid, data, today=self.today()
                )
            else:
                assert self.follow_up_uid is not None
                matches.update_follow_up(
                    self.store, self.follow_up_uid, data, loaded=self.follow_up, today=self.today()
                )
        except ValidationFailed as exc:
            self.general_error.show_error(self.controller.show_errors(exc.errors))
            return
        except (RecordChanged, CoreError) as exc:
            self.general_error.show_error(exc)
            return
        super().accept()
