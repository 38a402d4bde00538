"""The worker's dashboard: what is due across the caseload, on the right while no family is.

Four cards — appointments (today and the coming week, and visits still
marked planned after their day), reviews and follow-ups (plans' reviews,
Barnets lov § 95 follow-ups, placements' first-year follow-ups and
børnesamtaler owed before a match is decided: overdue and in the next four
weeks), notes past their three days, and concerns nobody has been told of. Every date comes from
``core.deadlines``, and every item names its basis (the rule or the law that
sets its day, in the catalogue's words). Activating an item (double-click or
Enter) opens where it is handled, through the ``WindowHost``: the session in
its editor, the plan in the family's Plans tab, or the family.

The view is cheap to make; its data load on the thread pool each time it is
shown, so neither start-up nor the GUI thread waits for the queries.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QIcon,
    QKeySequence,
    QPainter,
    QPixmap,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from famdesk.core import deadlines
from famdesk.core.deadlines import Caseload, Deadline, Kind
from famdesk.core.sessions import LOCAL_TZ, STALE_DRAFT_DAYS
from famdesk.core.storage import Store
from famdesk.ui.common import words
from famdesk.ui.common.form_support import format_date
from famdesk.ui.shell.host import WindowHost
from famdesk.ui.shell.workers import Task, run_task

OVERDUE_COLOUR = QColor("#b3261e")
DUE_COLOUR = QColor("#1f5f8b")
MUTED_COLOUR = QColor("#5b6673")
# The Deadline of a list item (None on an "all clear" line).
DEADLINE_ROLE = Qt.ItemDataRole.UserRole + 1
# Days of appointments and of reviews ahead that the cards show.
WEEK_DAYS = 7
REVIEW_DAYS = 28
CARD_LIMIT = 50

CARD_APPOINTMENTS, CARD_REVIEWS, CARD_NOTES, CARD_CONCERNS = (
    "appointments",
    "reviews",
    "notes",
    "concerns",
)


def install_dashboard(host: WindowHost) -> DashboardFeature:
    """The dashboard as the window's start view, with View → Dashboard and a toolbar button."""
    return DashboardFeature(host)


#: How much of a note's summary an item shows (the rest is in the note).
SUMMARY_CHARS = 90


def _shortened(text: str, limit: int) -> str:
    """``text`` cut at a word before ``limit`` characters, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(" ,.;:") + " …"


class DeadlineWords(QObject):
    """How an item reads: its date, its family, what it is and why (in the interface language)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def when(self, item: Deadline, today: date) -> str:
        day = format_date(item.due)
        if item.due == today:
            day = self.tr("Today")
        elif item.due == today + timedelta(days=1):
            day = self.tr("Tomorrow")
        if item.kind == Kind.APPOINTMENT and item.start is not None:
            moment = item.start.astimezone(LOCAL_TZ)
            return f"{day} {moment.strftime('%H:%M')}"
        return day

    def what(self, item: Deadline, today: date) -> str:
        late = item.overdue(today)
        if item.kind == Kind.APPOINTMENT:
            kind = words.label("session_kind", item.detail)
            return self.tr("%1 · not marked held").replace("%1", kind) if late else kind
        if item.kind == Kind.REVIEW:
            days = (today - item.due).days
            if late:
                return self.tr("Review of “%1”, %n day(s) overdue", "", days).replace(
                    "%1", item.detail
                )
            return self.tr("Review of “%1”").replace("%1", item.detail)
        if item.kind == Kind.FOLLOW_UP:
            days = (today - item.due).days
            if late:
                text = self.tr("Follow-up no. %1 on the support, %n day(s) overdue", "", days)
                return text.replace("%1", str(item.number))
            return self.tr("Follow-up no. %1 on the support").replace("%1", str(item.number))
        if item.kind == Kind.MATCH_FOLLOW_UP:
            text = self.tr("Follow-up no. %1 on the placement of %2")
            text = text.replace("%1", str(item.number)).replace("%2", item.detail)
            return self.tr("%1 · not marked held").replace("%1", text) if late else text
        if item.kind == Kind.CHILD_CONVERSATION:
            return self.tr("Conversation with %1 before the placement site is decided").replace(
                "%1", item.detail
            )
        if item.kind == Kind.UNFINISHED_NOTE:
            held = format_date(item.start.astimezone(LOCAL_TZ).date()) if item.start else ""
            text = (
                self.tr("%1 of %2 · note not finalized")
                .replace("%1", words.label("session_kind", item.detail))
                .replace("%2", held)
            )
            if item.summary:
                text += "\n“" + _shortened(item.summary, SUMMARY_CHARS) + "”"
            return text
        return self.tr("%1 · concern not passed on").replace(
            "%1", words.label("session_kind", item.detail)
        )

    def basis(self, item: Deadline) -> str:
        """The rule or the law that sets the day, as the catalogue words it."""
        return self.tr("Basis: %1").replace("%1", words.label("deadline_basis", item.basis))

    def why(self, item: Deadline) -> str:
        if item.kind == Kind.APPOINTMENT:
            return self.tr("A planned session; mark it held (or cancelled) after the visit.")
        if item.kind == Kind.REVIEW:
            return self.tr("The plan's next review date, set when it was agreed or last reviewed.")
        if item.kind == Kind.FOLLOW_UP:
            return self.tr(
                "The support is followed up at the latest on this day: the first time at the "
                "earlier of the investigation's end and three months after the support started, "
                "then at the cadence decided with the family. A plan review recorded after the "
                "previous due day counts as the follow-up."
            )
        if item.kind == Kind.MATCH_FOLLOW_UP:
            return self.tr(
                "A follow-up of the placement in its first year, as planned in the match; "
                "mark it held with its stability score."
            )
        if item.kind == Kind.CHILD_CONVERSATION:
            return self.tr(
                "The child is heard before the match is decided: record a conversation with "
                "the child (declining to speak is recorded too). One counts for three months."
            )
        if item.kind == Kind.UNFINISHED_NOTE:
            return self.tr(
                "Notes are finalized within %n day(s) of the session.", "", STALE_DRAFT_DAYS
            )
        return self.tr(
            "A concern for the child's safety is passed on at once (duty to notify, "
            "Barnets lov § 133): record who was told, when and how."
        )


def _dot(colour: QColor) -> QIcon:
    """A small round marker: red for what is overdue, blue for what is coming."""
    pixmap = QPixmap(20, 20)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(2, 2, 16, 16)
    painter.end()
    return QIcon(pixmap)


class WrappingDelegate(QStyledItemDelegate):
    """Items as tall as their wrapped text at the list's current width (none cut off)."""

    #: Room the style takes beside the text: the marker, its gap, padding and borders.
    SIDE_ROOM = 44

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:  # noqa: N802
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        view = self.parent()
        # The list's width less a scroll bar, whether one shows or not: a width that
        # does not change when the bar comes and goes cannot start a layout loop.
        width = 300
        if isinstance(view, QListWidget):
            width = view.width() - view.verticalScrollBar().sizeHint().width()
        width = max(120, width - self.SIDE_ROOM)
        box = opt.fontMetrics.boundingRect(
            QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), opt.text
        )
        return QSize(width, box.height() + 14)


class DashboardCard(QFrame):
    """A titled list of deadlines; ``activated`` carries the item chosen."""

    activated = Signal(object)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardCard")
        self.name = name
        self.title = QLabel(self)
        self.title.setObjectName("dashboardCardTitle")
        self.title.setWordWrap(True)
        self.count = QLabel(self)
        self.count.setObjectName("dashboardCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.list = QListWidget(self)
        self.list.setObjectName(f"dashboard_{name}")
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Room for three items of two lines each: a card shorter than that cannot be worked in.
        two_lines = 2 * self.list.fontMetrics().lineSpacing() + 14
        self._base_height = 3 * two_lines + 2 * self.list.frameWidth() + 4
        self.list.setMinimumHeight(self._base_height)
        # Re-wrap the items when the card changes width (else long names are cut off).
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setIconSize(QSize(10, 10))
        self.list.setItemDelegate(WrappingDelegate(self.list))
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.itemActivated.connect(self._activated)
        self._overdue_dot = _dot(OVERDUE_COLOUR)
        self._due_dot = _dot(DUE_COLOUR)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.title, 1)
        head.addWidget(self.count, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addWidget(self.list, 1)

    def _activated(self, item: QListWidgetItem) -> None:
        deadline = item.data(DEADLINE_ROLE)
        if isinstance(deadline, Deadline):
            self.activated.emit(deadline)

    def fill(
        self,
        items: list[Deadline],
        today: date,
        texts: DeadlineWords,
        empty_text: str,
        more: bool,
    ) -> None:
        self.list.clear()
        overdue = sum(1 for d in items if d.overdue(today))
        self.count.setText(f"{len(items)}{'+' if more else ''}")
        self.count.setMinimumWidth(self.count.sizeHint().width())
        self.count.setProperty("alert", overdue > 0)
        self.count.style().unpolish(self.count)
        self.count.style().polish(self.count)
        if not items:
            line = QListWidgetItem(empty_text)
            line.setFlags(Qt.ItemFlag.NoItemFlags)
            line.setForeground(QBrush(MUTED_COLOUR))
            self.list.addItem(line)
            return
        for d in items:
            text = (
                f"{texts.when(d, today)} · {d.family_name} ({d.family_reference})\n"
                f"{texts.what(d, today)}\n{texts.basis(d)}"
            )
            line = QListWidgetItem(text)
            line.setData(DEADLINE_ROLE, d)
            late = d.overdue(today)
            line.setIcon(self._overdue_dot if late else self._due_dot)
            line.setToolTip(
                (self.tr("Overdue. ") if late else "")
                + texts.why(d)
                + "\n"
                + self.tr("Double-click or press Enter to open it.")
            )
            self.list.addItem(line)
        self._keep_three_rows()

    def _keep_three_rows(self) -> None:
        """Tall (wrapped) items still leave three in view: a shorter card cannot be worked in."""
        shown = range(min(3, self.list.count()))
        tallest = max((self.list.sizeHintForRow(i) for i in shown), default=0)
        needed = 3 * tallest + 2 * self.list.frameWidth() + 4
        self.list.setMinimumHeight(max(self._base_height, needed))

    def item_texts(self) -> list[str]:
        """What the card lists, one string per item (tests and the accessibility tree)."""
        return [self.list.item(i).text() for i in range(self.list.count())]


class DashboardView(QWidget):
    """The start view: four cards of what is due; ``openRequested`` carries the chosen item."""

    openRequested = Signal(object)  # noqa: N815 - Qt naming; a Deadline

    def __init__(
        self,
        store: Store,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.store = store
        self.today = today
        self.data: Caseload | None = None
        self._task: Task | None = None
        self.words = DeadlineWords(self)

        self.heading = QLabel(self)
        self.heading.setObjectName("dashboardHeading")
        self.heading.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("dashboardSummary")
        self.summary.setWordWrap(True)
        self.refresh_button = QPushButton(self)
        self.refresh_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload)
        )
        self.refresh_button.clicked.connect(self.refresh)
        head = QHBoxLayout()
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.heading)
        text.addWidget(self.summary)
        head.addLayout(text, 1)
        head.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)

        self.cards = {
            name: DashboardCard(name, self)
            for name in (CARD_APPOINTMENTS, CARD_REVIEWS, CARD_NOTES, CARD_CONCERNS)
        }
        grid = QGridLayout()
        grid.setSpacing(10)
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, i // 2, i % 2)
            card.activated.connect(self.openRequested)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(head)
        # The cards scroll together in a small window instead of making the window taller.
        cards = QWidget(self)
        cards.setLayout(grid)
        grid.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(cards)
        layout.addWidget(scroll, 1)
        self.retranslate_ui()

    # --- language ----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the caseload again"))
        titles = {
            CARD_APPOINTMENTS: self.tr(
                "Appointments: today and the next %n day(s)", "", WEEK_DAYS - 1
            ),
            CARD_REVIEWS: self.tr(
                "Reviews and follow-ups: overdue and the next %n week(s)", "", REVIEW_DAYS // 7
            ),
            CARD_NOTES: self.tr("Unfinished notes older than %n day(s)", "", STALE_DRAFT_DAYS),
            CARD_CONCERNS: self.tr("Concerns not yet passed on"),
        }
        for name, card in self.cards.items():
            card.title.setText(titles[name])
            card.list.setAccessibleName(titles[name])
        self._show()

    # --- data ----------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> Task | None:
        """Read what is due on the thread pool; the cards follow when it is done."""
        if self._task is not None and not self._task.done:
            return self._task
        self._task = run_task(
            deadlines.caseload,
            self.store,
            self.today(),
            week_days=WEEK_DAYS,
            review_days=REVIEW_DAYS,
            limit=CARD_LIMIT + 1,
            on_finished=self.set_data,
            on_failed=lambda _message: self.summary.setText(
                self.tr("The caseload could not be read. Try Refresh.")
            ),
        )
        return self._task

    def set_data(self, data: Caseload) -> None:
        self.data = data
        self._show()

    def _show(self) -> None:
        today = self.data.today if self.data is not None else self.today()
        name = QLocale().dayName(today.isoweekday(), QLocale.FormatType.LongFormat)
        self.heading.setText(
            self.tr("Today, %1 %2").replace("%1", name).replace("%2", format_date(today))
        )
        data = self.data
        if data is None:
            self.summary.setText(self.tr("Reading the caseload…"))
            return
        lists = {
            CARD_APPOINTMENTS: [*data.missed_appointments, *data.appointments],
            CARD_REVIEWS: deadlines.by_due(
                [
                    *data.overdue_reviews,
                    *data.upcoming_reviews,
                    *data.follow_ups,
                    *data.match_follow_ups,
                    *data.conversations,
                ]
            ),
            CARD_NOTES: data.unfinished_notes,
            CARD_CONCERNS: data.open_concerns,
        }
        empty = {
            CARD_APPOINTMENTS: self.tr("No appointments in the coming week."),
            CARD_REVIEWS: self.tr(
                "No plan review or follow-up is due in the next %n week(s).", "", REVIEW_DAYS // 7
            ),
            CARD_NOTES: self.tr("Every note is finalized in time."),
            CARD_CONCERNS: self.tr("Every concern has been passed on."),
        }
        for name, card in self.cards.items():
            items = lists[name]
            card.fill(items[:CARD_LIMIT], today, self.words, empty[name], len(items) > CARD_LIMIT)
        today_count = sum(1 for d in data.appointments if d.due == today)
        overdue = sum(1 for d in data.all() if d.overdue(today))
        parts = [self.tr("%n appointment(s) today", "", today_count)]
        if overdue:
            parts.append(self.tr("%n item(s) overdue", "", overdue))
        else:
            parts.append(self.tr("nothing overdue"))
        self.summary.setText(" · ".join(parts))

    def card(self, name: str) -> DashboardCard:
        return self.cards[name]


class DashboardFeature(QWidget):
    """Installs the dashboard and opens what its items point to through the host."""

    def __init__(self, host: WindowHost) -> None:
        window = host.window_widget()
        super().__init__(window)
        self.setObjectName("dashboardFeature")
        self.hide()
        self.host = host
        self.view = DashboardView(host.store)
        self.view.openRequested.connect(self.open)
        host.set_start_view(self.view)
        self.action = QAction(window)
        self.action.setObjectName("dashboardAction")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.action.setIcon(window.style().standardIcon(QStyle.StandardPixmap.SP_DirHomeIcon))
        self.action.triggered.connect(self.show_dashboard)
        window.addAction(self.action)
        host.add_view_action(self.action)
        host.add_toolbar_action(self.action)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.action.setText(self.tr("&Dashboard"))
        self.action.setToolTip(self.tr("What is due across your caseload (Ctrl+Shift+D)"))

    def show_dashboard(self) -> bool:
        if not self.host.show_start_view():
            return False
        self.view.refresh()
        return True

    def open(self, item: Deadline) -> bool:
        """Open where the item is handled: the session's editor, the plan, or the family
        (a § 95 follow-up without a live plan, a placement match)."""
        if item.target.entity == "plan":
            return self.host.open_plan(item.target.uid, item.family_uid)
        if item.target.entity != "session":
            return self.host.reveal_family(item.family_uid)
        return self.host.open_session(item.target.uid, item.family_uid)
