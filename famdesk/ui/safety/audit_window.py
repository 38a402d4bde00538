"""The Audit trail window: who did what, when, to which record — filtered, exported per person.

Read-only by construction: the table's model refuses edits (``AuditModel``)
and the view has no edit triggers. Filtering and paging go through
``famdesk.core.audit_log``; an export is written on the thread pool and is
itself audited there.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from famdesk.core import audit, rules
from famdesk.core.audit_log import (
    AuditFilter,
    actors,
    export_events,
    family_choices,
    person_choices,
)
from famdesk.core.storage import Store
from famdesk.ui.common import words
from famdesk.ui.common.form_support import DateField, error_text, not_a_date
from famdesk.ui.safety.audit_model import COL_EVENT, COL_TIME, AuditModel
from famdesk.ui.shell.workers import Task, run_task

# Period choices: key → days back from today (None: no limit; "custom": the date fields).
PERIODS: tuple[str, ...] = ("all", "today", "7", "30", "365", "custom")


class AuditWindow(QDialog):
    """A non-modal window over the audit trail of ``store``."""

    # Rows written (int) or the error text (str), after an export.
    export_finished = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditWindow")
        self.store = store
        self._task: Task | None = None
        self._family_refs: dict[str, str] = {}

        self.heading = QLabel()
        self.heading.setObjectName("dialogHeading")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setObjectName("fieldCaption")

        # --- filters --------------------------------------------------------------
        self.family_combo = QComboBox()
        # Reference and name whole ("FB-2024-00002 – Familien Kovalenko / El-Sayed").
        self.family_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.actor_combo = QComboBox()
        self.action_combo = QComboBox()
        self.period_combo = QComboBox()
        self.from_edit = DateField()
        self.to_edit = DateField()
        self.from_edit.set_value(date.today() - timedelta(days=30))
        self.to_edit.set_value(date.today())
        self._captions = {
            key: QLabel() for key in ("family", "actor", "action", "period", "from", "to")
        }
        filters = QGridLayout()
        filters.setHorizontalSpacing(10)
        filters.setVerticalSpacing(4)
        for col, (key, widget) in enumerate(
            (
                ("family", self.family_combo),
                ("actor", self.actor_combo),
                ("action", self.action_combo),
                ("period", self.period_combo),
                ("from", self.from_edit),
                ("to", self.to_edit),
            )
        ):
            self._captions[key].setObjectName("fieldCaption")
            filters.addWidget(self._captions[key], 0, col)
            filters.addWidget(widget, 1, col)
        filters.setColumnStretch(0, 3)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(2, 1)

        # --- the table -------------------------------------------------------------
        self.model = AuditModel(store, parent=self)
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(COL_TIME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_EVENT, QHeaderView.ResizeMode.Stretch)

        # --- bottom: count, export, close -----------------------------------------------
        self.count_label = QLabel()
        self.count_label.setObjectName("fieldCaption")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.person_caption = QLabel()
        self.person_combo = QComboBox()
        self.person_combo.setMinimumContentsLength(18)
        self.export_person_button = QPushButton()
        self.export_button = QPushButton()
        self.close_button = QPushButton()
        export_row = QHBoxLayout()
        export_row.addWidget(self.person_caption)
        export_row.addWidget(self.person_combo)
        export_row.addWidget(self.export_person_button)
        export_row.addStretch(1)
        export_row.addWidget(self.export_button)
        export_row.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        counts = QHBoxLayout()
        counts.addWidget(self.count_label)
        counts.addStretch(1)
        counts.addWidget(self.status)
        layout.addLayout(counts)
        layout.addLayout(export_row)

        self.retranslate_ui()
        self._fill_choices()
        for combo in (self.family_combo, self.actor_combo, self.action_combo):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.family_combo.currentIndexChanged.connect(self._fill_people)
        self.period_combo.currentIndexChanged.connect(self._period_changed)
        self.from_edit.editingFinished.connect(self.apply_filter)
        self.to_edit.editingFinished.connect(self.apply_filter)
        self.person_combo.currentIndexChanged.connect(self._sync_buttons)
        self.export_person_button.clicked.connect(self.export_for_person)
        self.export_button.clicked.connect(self.export_shown)
        self.close_button.clicked.connect(self.close)
        self.model.pageLoaded.connect(lambda _loaded, _total: self._update_count())
        self.model.modelReset.connect(self._update_count)
        self._period_changed()
        self.resize(1080, 640)

    # --- language ----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Audit trail"))
        self.heading.setText(self.tr("Audit trail"))
        self.intro.setText(
            self.tr(
                "Who did what, when, and to which record. The trail cannot be changed or "
                "deleted here; rows older than the retention period are removed automatically."
            )
        )
        captions = {
            "family": self.tr("Family"),
            "actor": self.tr("Who"),
            "action": self.tr("What"),
            "period": self.tr("Period"),
            "from": self.tr("From"),
            "to": self.tr("To"),
        }
        for key, text in captions.items():
            self._captions[key].setText(text)
        period_texts = {
            "all": self.tr("Any time"),
            "today": self.tr("Today"),
            "7": self.tr("Last 7 days"),
            "30": self.tr("Last 30 days"),
            "365": self.tr("Last 12 months"),
            "custom": self.tr("Chosen dates"),
        }
        self._refill(self.period_combo, [(period_texts[k], k) for k in PERIODS])
        if self.family_combo.count():
            self.family_combo.setItemText(0, self.tr("All families"))
        if self.actor_combo.count():
            self.actor_combo.setItemText(0, self.tr("Everyone"))
        if self.action_combo.count():
            self.action_combo.setItemText(0, self.tr("Everything"))
            for i in range(1, self.action_combo.count()):
                self.action_combo.setItemText(
                    i, words.label("audit_action", str(self.action_combo.itemData(i)))
                )
        self.person_caption.setText(self.tr("Person:"))
        self.export_person_button.setText(self.tr("Export for this person…"))
        self.export_person_button.setToolTip(
            self.tr(
                "For a request for access: every row about the person or their family, "
                "in any period."
            )
        )
        self.export_button.setText(self.tr("Export shown rows…"))
        self.close_button.setText(self.tr("Close"))
        self.model.retranslate()
        self._update_count()
        self._sync_buttons()

    # --- choices ---------------------------------------------------------------------------

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(current)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)

    def _fill_choices(self) -> None:
        families = family_choices(self.store)
        self._family_refs = {uid: text.split(" – ", 1)[0] for uid, text in families}
        self._refill(
            self.family_combo, [(self.tr("All families"), None), *[(t, u) for u, t in families]]
        )
        self._refill(
            self.actor_combo, [(self.tr("Everyone"), None), *[(a, a) for a in actors(self.store)]]
        )
        self._refill(
            self.action_combo,
            [
                (self.tr("Everything"), None),
                *[(words.label("audit_action", a), a) for a in audit.ACTIONS],
            ],
        )
        self._fill_people()

    def _fill_people(self) -> None:
        family_uid = self.family_combo.currentData()
        people = person_choices(self.store, family_uid) if family_uid else []
        self._refill(self.person_combo, [(name, uid) for uid, name in people])
        self.person_combo.setEnabled(bool(people))
        self._sync_buttons()

    def refresh(self) -> None:
        """Re-read the choices and the rows (after a restore, or new activity)."""
        self._fill_choices()
        self.apply_filter()

    # --- filtering -------------------------------------------------------------------------

    def current_filter(self) -> AuditFilter:
        since: date | None = None
        until: date | None = None
        period = self.period_combo.currentData()
        today = date.today()
        if period == "custom":
            since, until = self._typed(self.from_edit), self._typed(self.to_edit)
        elif period == "today":
            since = today
        elif period in ("7", "30", "365"):
            since = today - timedelta(days=int(period) - 1)
        return AuditFilter(
            family_uid=self.family_combo.currentData() or None,
            actor=self.actor_combo.currentData() or None,
            action=self.action_combo.currentData() or None,
            since=since,
            until=until,
        )

    def set_period(self, since: date, until: date) -> None:
        """Show a chosen period (both days included)."""
        self.from_edit.set_value(since)
        self.to_edit.set_value(until)
        self.period_combo.setCurrentIndex(self.period_combo.findData("custom"))
        self.apply_filter()

    def set_family(self, family_uid: str | None) -> None:
        index = self.family_combo.findData(family_uid) if family_uid else 0
        self.family_combo.setCurrentIndex(max(index, 0))

    def _period_changed(self) -> None:
        custom = self.period_combo.currentData() == "custom"
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)
        self.apply_filter()

    @staticmethod
    def _typed(edit: DateField) -> date | None:
        """The day in a period field; an empty field or one that is no date sets no bound."""
        try:
            return edit.value()
        except ValueError:
            return None

    def apply_filter(self) -> None:
        for edit in (self.from_edit, self.to_edit):
            if edit.isEnabled() and not edit.is_valid():
                self.status.setText(error_text(not_a_date()))
                return
        f = self.current_filter()
        backwards = rules.period_problem(f.since, f.until)
        if backwards is not None:
            self.status.setText(error_text(backwards))
            return
        self.status.clear()
        self.model.set_filter(f)

    def _update_count(self) -> None:
        total, loaded = self.model.total, self.model.loaded()
        if loaded < total:
            text = self.tr("Showing %1 of %n row(s) — scroll for more", "", total).replace(
                "%1", str(loaded)
            )
        else:
            text = self.tr("%n row(s)", "", total)
        self.count_label.setText(text)

    def _sync_buttons(self) -> None:
        idle = self._task is None or self._task.done
        self.export_person_button.setEnabled(idle and self.person_combo.currentData() is not None)
        self.export_button.setEnabled(idle)
        if self.family_combo.currentData() is None:
            self.person_combo.setToolTip(self.tr("Choose a family first."))
        else:
            self.person_combo.setToolTip("")

    # --- export ------------------------------------------------------------------------------

    def export_for_person(self) -> None:
        person_uid = self.person_combo.currentData()
        family_uid = self.family_combo.currentData()
        if not person_uid:
            return
        ref = self._family_refs.get(family_uid, "family")
        f = AuditFilter(family_uid=family_uid, person_uid=person_uid)
        self._export(f, f"audit-{_safe(ref)}-person-{date.today().isoformat()}")

    def export_shown(self) -> None:
        self._export(self.model.filter, f"audit-{date.today().isoformat()}")

    def _export(self, f: AuditFilter, stem: str) -> None:
        start = str(Path.home() / f"{stem}.csv")
        path_text, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the audit trail"),
            start,
            self.tr("CSV file (*.csv);;JSON file (*.json)"),
        )
        if not path_text:
            return
        out = Path(path_text)
        fmt = (
            "json"
            if out.suffix.lower() == ".json" or (not out.suffix and "json" in chosen.lower())
            else "csv"
        )
        if out.suffix.lower() not in (".csv", ".json"):
            out = out.with_name(out.name + f".{fmt}")
        if not out.parent.is_dir():
            self.status.setText(
                self.tr("The folder %1 does not exist.").replace("%1", str(out.parent))
            )
            return
        self.status.setText(self.tr("Exporting…"))
        self._task = run_task(
            export_events,
            self.store,
            f,
            out,
            fmt,
            on_finished=lambda rows: self._export_done(rows, out),
            on_failed=self._export_failed,
        )
        self._sync_buttons()

    def _export_done(self, rows: int, out: Path) -> None:
        self.status.setText(self.tr("%n row(s) exported to %1", "", rows).replace("%1", str(out)))
        self._sync_buttons()
        self.export_finished.emit(rows)

    def _export_failed(self, message: str) -> None:
        self.status.setText(self.tr("The export failed: %1").replace("%1", message))
        self._sync_buttons()
        self.export_finished.emit(message)


def _safe(text: str) -> str:
    """A piece of a file name: letters, digits and dashes only."""
    cleaned = "".join(c if c.isalnum() else "-" for c in text).strip("-")
    return cleaned or "x"
