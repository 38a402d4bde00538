"""The agenda: a week of planned sessions, plan review dates and § 95 follow-ups.

One week at a time, Monday to Sunday, every day under its own heading (a day
with nothing planned says so), each item with its time, kind, family, place
and basis (the rule or the law that sets its day, ``core.deadlines``);
"Previous week", "This week" and "Next week" page through the weeks,
Escape closes. In the current week the overdue items come first, in red,
under their own heading (a planned visit not yet marked held, a review date
passed). A double-click opens the family. "Export to calendar (.ics)…" writes the
coming weeks for a phone or web calendar on the thread pool, under a busy
dialog; by default each event carries only the family reference
(``core.calendar``), and the dialog says why.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from famdesk.core.calendar import AgendaItem, agenda_week, export_ics, week_start
from famdesk.core.sessions import LOCAL_TZ
from famdesk.core.storage import Store
from famdesk.ui.common import words
from famdesk.ui.common.form_support import error_text, format_date, ui_language
from famdesk.ui.shell.workers import Task, start_task

OVERDUE_COLOUR = QColor("#b3261e")
HEADING_BACKGROUND = QColor("#eef2f6")
EMPTY_DAY_COLOUR = QColor("#6b7280")
OVERDUE_HEADING_BACKGROUND = QColor("#fbe9e7")
#: The AgendaItem of a row (None on a day heading).
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
COL_WHEN, COL_REFERENCE, COL_NAME, COL_WHAT, COL_WHERE, COL_BASIS = range(6)
COLUMNS = 6


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their longest cell wrapped at its column's width.

    A tree view asks its delegate for a row's height without telling it the
    column's width, so wrapped text would be cut to one line; this delegate
    reads the width from the view's header.
    """

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(  # noqa: N802 - Qt override
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not text or self.view.isFirstColumnSpanned(index.row(), QModelIndex(index.parent())):
            return hint
        width = self.view.columnWidth(index.column()) - 8
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        rect = QFontMetrics(font).boundingRect(
            0, 0, max(width, 20), 10_000, int(Qt.TextFlag.TextWordWrap), str(text)
        )
        return QSize(hint.width(), max(hint.height(), rect.height() + 4))


DEFAULT_WEEKS = 4
MAX_WEEKS = 26


class ExportIcsDialog(QDialog):
    """How much an exported event may say: the reference only (default) or the name too."""

    def __init__(self, weeks: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportIcsDialog")
        self.setWindowTitle(self.tr("Export to calendar"))
        self.reference_only = QRadioButton(self.tr("Family reference only (recommended)"))
        self.with_name = QRadioButton(self.tr("Family reference and name, with the place"))
        self.reference_only.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.reference_only)
        group.addButton(self.with_name)
        self.privacy = QLabel(
            self.tr(
                "The file leaves the encrypted database and often ends up in a phone or an "
                "online calendar: the reference alone tells an outsider nothing."
            )
        )
        self.privacy.setWordWrap(True)
        self.privacy.setObjectName("privacyNote")
        self.weeks = QSpinBox()
        self.weeks.setRange(1, MAX_WEEKS)
        self.weeks.setValue(weeks)
        self.weeks.setSuffix(self.tr(" weeks"))
        weeks_row = QHBoxLayout()
        weeks_label = QLabel(
            self.tr("Appointments, reviews and deadlines from today, for the next")
        )
        weeks_label.setBuddy(self.weeks)
        weeks_row.addWidget(weeks_label)
        weeks_row.addWidget(self.weeks)
        weeks_row.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Choose file…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("What each calendar event shows:")))
        layout.addWidget(self.reference_only)
        layout.addWidget(self.with_name)
        layout.addWidget(self.privacy)
        layout.addSpacing(6)
        layout.addLayout(weeks_row)
        layout.addWidget(buttons)

    def detail(self) -> str:
        return "name" if self.with_name.isChecked() else "reference"


class AgendaWindow(QWidget):
    """A week across all open families, paged a week at a time."""

    #: The family uid of a double-clicked item.
    openFamily = Signal(str)
    #: The .ics written by an export (after the thread pool's work, on the GUI thread).
    calendarExported = Signal(object)
    #: The sentence shown when an export failed.
    exportFailed = Signal(str)

    def __init__(self, store: Store, today: date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("agendaWindow")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.store = store
        self._today = today
        self.items: list[AgendaItem] = []
        self.export_task: Task | None = None
        self.export_busy: QProgressDialog | None = None

        self.monday = week_start(self.today())
        self.previous_button = QPushButton()
        self.previous_button.setObjectName("agendaPreviousWeek")
        self.previous_button.clicked.connect(lambda: self.show_week(self.monday - timedelta(7)))
        self.this_week_button = QPushButton()
        self.this_week_button.setObjectName("agendaThisWeek")
        self.this_week_button.clicked.connect(lambda: self.show_week(week_start(self.today())))
        self.next_button = QPushButton()
        self.next_button.setObjectName("agendaNextWeek")
        self.next_button.clicked.connect(lambda: self.show_week(self.monday + timedelta(7)))
        self.week_label = QLabel()
        self.week_label.setObjectName("agendaWeek")
        self.week_label.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_calendar)
        self.close_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.close_shortcut.activated.connect(self.close)
        for keys, button in (("Alt+Left", self.previous_button), ("Alt+Right", self.next_button)):
            QShortcut(QKeySequence(keys), self).activated.connect(button.click)
        self.tree = QTreeWidget()
        self.tree.setObjectName("agendaTree")
        self.tree.setColumnCount(COLUMNS)
        self.tree.setRootIsDecorated(False)
        # Long plan titles, addresses and legal bases wrap onto a second line
        # instead of ending in "…": a worker reads the whole entry.
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setAlternatingRowColors(False)
        self.tree.itemDoubleClicked.connect(self._double_clicked)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_WHAT, QHeaderView.ResizeMode.Stretch)
        for col, width in (
            (COL_WHEN, 150),
            (COL_REFERENCE, 120),
            (COL_NAME, 200),
            (COL_WHERE, 190),
            (COL_BASIS, 270),
        ):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.tree.setColumnWidth(col, width)
        # Rows take their wrapped height again when a column is made narrower or wider.
        self.tree.setItemDelegate(_WrappingDelegate(self.tree))
        header.sectionResized.connect(lambda *_: self.tree.scheduleDelayedItemsLayout())
        self.summary = QLabel()
        self.summary.setObjectName("agendaSummary")

        top = QHBoxLayout()
        top.addWidget(self.previous_button)
        top.addWidget(self.this_week_button)
        top.addWidget(self.next_button)
        top.addSpacing(12)
        top.addWidget(self.week_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 12)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.refresh_button)
        bottom.addWidget(self.export_button)
        layout.addLayout(bottom)
        screen = self.screen().availableGeometry() if self.screen() else None
        self.resize(min(1320, screen.width() - 40) if screen else 1100, 620)
        self.retranslate_ui()
        self.refresh()

    def today(self) -> date:
        return self._today or date.today()

    # --- language -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.show_items()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Agenda"))
        self.previous_button.setText(self.tr("‹ Previous week"))
        self.this_week_button.setText(self.tr("This week"))
        self.next_button.setText(self.tr("Next week ›"))
        self._show_week_label()
        self.refresh_button.setText(self.tr("Refresh"))
        self.export_button.setText(self.tr("Export to calendar (.ics)…"))
        self.tree.setHeaderLabels(
            [
                self.tr("When"),
                self.tr("Reference"),
                self.tr("Family"),
                self.tr("What"),
                self.tr("Where"),
                self.tr("Basis"),
            ]
        )

    # --- content --------------------------------------------------------------------------

    def refresh(self) -> None:
        self.items = agenda_week(self.store, self.monday, self.today())
        self.show_items()

    def show_week(self, monday: date) -> None:
        """Page to the week starting ``monday``."""
        self.monday = week_start(monday)
        self._show_week_label()
        self.refresh()

    def _show_week_label(self) -> None:
        number = self.monday.isocalendar().week
        self.week_label.setText(
            self.tr("Week %1: %2 – %3")
            .replace("%1", str(number))
            .replace("%2", format_date(self.monday))
            .replace("%3", format_date(self.monday + timedelta(days=6)))
        )
        self.this_week_button.setEnabled(self.monday != week_start(self.today()))

    def day_heading(self, day: date) -> str:
        """A day as the week view heads it ("I dag, onsdag 02-12-2026"): the glossary's words."""
        today = self.today()
        name = QLocale().dayName(day.isoweekday(), QLocale.FormatType.LongFormat)
        text = f"{name} {format_date(day)}"
        if day == today:
            return self.tr("Today, %1").replace("%1", text)  # Danish: "I dag, onsdag …"
        if day == today + timedelta(days=1):
            return self.tr("Tomorrow, %1").replace("%1", text)
        return f"{text[:1].upper()}{text[1:]}"  # a heading starts with a capital

    def _what(self, item: AgendaItem) -> str:
        if item.kind == "review":
            return self.tr("Plan review: %1").replace("%1", item.title)
        if item.kind == "follow-up":
            return self.tr("Follow-up no. %1 on the support").replace("%1", str(item.number))
        if item.kind == "match-follow-up":
            return (
                self.tr("Follow-up no. %1 on the placement of %2")
                .replace("%1", str(item.number))
                .replace("%2", item.title)
            )
        if item.kind == "child-conversation":
            return self.tr("Conversation with %1 before the placement site is decided").replace(
                "%1", item.title
            )
        return words.label("session_kind", item.title)

    def _when(self, item: AgendaItem, overdue_group: bool) -> str:
        if item.start is None:
            return format_date(item.day) if overdue_group else self.tr("All day")
        local = item.start.astimezone(LOCAL_TZ)
        end = local + timedelta(minutes=item.duration_minutes)
        span = f"{local:%H:%M}–{end:%H:%M}"
        return f"{format_date(item.day)} {span}" if overdue_group else span

    def show_items(self) -> None:
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        red = QBrush(OVERDUE_COLOUR)
        groups: dict[str, QTreeWidgetItem] = {}

        def heading(key: str, overdue: bool = False) -> QTreeWidgetItem:
            group = QTreeWidgetItem(self.tree)
            group.setFirstColumnSpanned(True)
            group.setFont(COL_WHEN, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setBackground(COL_WHEN, QBrush(HEADING_BACKGROUND))
            if overdue:
                group.setForeground(COL_WHEN, red)
                group.setBackground(COL_WHEN, QBrush(OVERDUE_HEADING_BACKGROUND))
            groups[key] = group
            return group

        if any(item.overdue for item in self.items):
            heading("overdue", overdue=True)
        for offset in range(7):
            heading((self.monday + timedelta(days=offset)).isoformat())
        overdue = 0
        for item in self.items:
            late_first = item.overdue and "overdue" in groups
            group = groups["overdue" if late_first else item.day.isoformat()]
            row = QTreeWidgetItem(group)
            row.setData(COL_WHEN, ITEM_ROLE, item)
            row.setText(COL_WHEN, self._when(item, late_first))
            row.setText(COL_REFERENCE, item.family_reference)
            row.setText(COL_NAME, item.family_name)
            row.setText(COL_WHAT, self._what(item))
            row.setText(COL_WHERE, item.location)
            row.setText(COL_BASIS, words.label("deadline_basis", item.basis))
            for col in (COL_NAME, COL_WHAT, COL_WHERE, COL_BASIS):
                row.setToolTip(col, row.text(col))
            if item.overdue:
                overdue += 1
                for col in range(COLUMNS):
                    row.setForeground(col, red)
        for key, group in groups.items():
            count = group.childCount()
            if key == "overdue":
                group.setText(COL_WHEN, self.tr("Overdue (%n)", "", count))
                continue
            text = self.day_heading(date.fromisoformat(key))
            if not count:
                text = self.tr("%1 · nothing planned").replace("%1", text)
                group.setForeground(COL_WHEN, QBrush(EMPTY_DAY_COLOUR))
                group.setFont(COL_WHEN, self.tree.font())
            group.setText(COL_WHEN, text)
        self.tree.expandAll()
        coming = len(self.items) - overdue
        if not self.items:
            self.summary.setText(self.tr("Nothing planned this week."))
        else:
            self.summary.setText(
                self.tr("%n item(s) this week", "", coming)
                + "  ·  "
                + self.tr("%n overdue", "", overdue)
            )

    def day_headings(self) -> list[str]:
        """The headings in the order shown (tests read the week through this)."""
        shown = (self.tree.topLevelItem(g) for g in range(self.tree.topLevelItemCount()))
        return [group.text(COL_WHEN) for group in shown if group is not None]

    def item_rows(self) -> list[tuple[str, AgendaItem]]:
        """(group heading, item) in the order shown (tests read the tree through this)."""
        rows = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            if group is None:
                raise RuntimeError(f"agenda group {g} vanished while being read")
            for c in range(group.childCount()):
                child = group.child(c)
                if child is None:
                    raise RuntimeError(f"agenda item {c} vanished while being read")
                rows.append((group.text(COL_WHEN), child.data(COL_WHEN, ITEM_ROLE)))
        return rows

    def _double_clicked(self, row: QTreeWidgetItem, _column: int) -> None:
        item = row.data(COL_WHEN, ITEM_ROLE)
        if isinstance(item, AgendaItem):
            self.openFamily.emit(item.family_uid)

    # --- export ----------------------------------------------------------------------------

    def export_calendar(self) -> Task | None:
        """Ask how much to show and where, then write the .ics on the thread pool.

        The export reads every deadline in its weeks and stamps each event in the
        store (2,486 events took ~3 s): the window keeps painting under a busy
        dialog meanwhile. ``calendarExported`` (the path) or ``exportFailed`` (the
        sentence shown) follows on the GUI thread. The running task, or None when
        the worker cancelled a dialog.
        """
        dialog = ExportIcsDialog(DEFAULT_WEEKS, self)
        try:
            if not dialog.exec():
                return None
            detail, weeks = dialog.detail(), dialog.weeks.value()
        finally:
            dialog.deleteLater()
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to calendar"),
            str(Path.home() / f"famdesk-{self.today().isoformat()}.ics"),
            self.tr("iCalendar files (*.ics)"),
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != ".ics":
            path = path.with_name(path.name + ".ics")
        self.export_button.setEnabled(False)
        busy = QProgressDialog(self)
        busy.setObjectName("icsBusy")
        busy.setWindowTitle(self.tr("Export to calendar"))
        busy.setLabelText(self.tr("Writing the calendar file…"))
        busy.setRange(0, 0)
        busy.setCancelButton(None)
        busy.setMinimumDuration(0)
        busy.setWindowModality(Qt.WindowModality.WindowModal)
        busy.show()
        self.export_busy = busy
        task = Task(
            export_ics, self.store, path, self.today(), weeks, detail=detail, lang=ui_language()
        )
        task.signals.finished.connect(lambda count: self._exported(path, int(count)))
        task.signals.failed.connect(lambda _message: self._export_failed(task.exception))
        self.export_task = task
        return start_task(task)

    def _export_over(self) -> None:
        if self.export_busy is not None:
            self.export_busy.close()
            self.export_busy.deleteLater()
            self.export_busy = None
        self.export_button.setEnabled(True)

    def _exported(self, path: Path, count: int) -> None:
        self._export_over()
        self.calendarExported.emit(path)
        QMessageBox.information(
            self,
            self.tr("Calendar exported"),
            self.tr("%n event(s) written to %1.", "", count).replace("%1", str(path)),
        )

    def _export_failed(self, problem: BaseException | None) -> None:
        """Say why in the interface language: the system's reason for a file, else core's."""
        self._export_over()
        if isinstance(problem, OSError):
            reason = problem.strerror or str(problem)
        else:
            reason = error_text(problem) if problem is not None else ""
        text = self.tr("The calendar file could not be written: %1").replace("%1", reason)
        self.exportFailed.emit(text)
        QMessageBox.warning(self, self.tr("Export failed"), text)
