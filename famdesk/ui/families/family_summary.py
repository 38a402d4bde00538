"""The family at a glance, above its Overview form (read-only).

Last contact, next appointment, next review and the Barnets lov § 95
follow-up owed (each flagged when overdue), open goals with their latest
scores, latest measurements, unfinished notes, and when each child was last
heard in a conversation (red when not in the last three months), from
``core.overview``. Every item is a link (mouse or Tab + Enter) that asks the
family view to open where it is handled (a follow-up without a live plan has
nowhere else): ``openRequested`` carries ``("session", uid)``, ``("plan",
uid)``, ``("outcomes", uid)`` or ``("conversations", member uid)``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from famdesk.core.deadlines import Deadline
from famdesk.core.overview import FamilyOverview, family_overview
from famdesk.core.sessions import LOCAL_TZ
from famdesk.core.storage import Store
from famdesk.ui.common import words
from famdesk.ui.common.form_support import format_date

OVERDUE_STYLE = "color:#b3261e;font-weight:600;text-decoration:none"
LINK_STYLE = "color:#1f5f8b;text-decoration:none"


def _link(kind: str, uid: str, text: str, overdue: bool = False) -> str:
    style = OVERDUE_STYLE if overdue else LINK_STYLE
    return f'<a href="{kind}:{escape(uid)}" style="{style}">{escape(text)}</a>'


def _score_text(score: float) -> str:
    return f"{score:g}"


class FamilySummary(QFrame):
    """A read-only panel of what matters now for one family; links open the places."""

    openRequested = Signal(str, str)  # noqa: N815 - Qt naming; (kind, uid)

    def __init__(
        self,
        store: Store,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("familySummary")
        self.store = store
        self.today = today
        self.family_uid: str | None = None
        self.data: FamilyOverview | None = None

        self.title = QLabel(self)
        self.title.setObjectName("summaryTitle")
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        names = (
            "last_contact",
            "next_appointment",
            "next_review",
            "follow_up",
            "goals",
            "measurements",
            "notes",
            "conversations",
        )
        for row, name in enumerate(names):
            caption = QLabel(self)
            caption.setObjectName("summaryCaption")
            caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            value = QLabel(self)
            value.setObjectName(f"summary_{name}")
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.RichText)
            value.setTextInteractionFlags(
                Qt.TextInteractionFlag.LinksAccessibleByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
            value.linkActivated.connect(self._link_activated)
            caption.setBuddy(value)
            grid.addWidget(caption, row, 0)
            grid.addWidget(value, row, 1)
            self.captions[name] = caption
            self.values[name] = value
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addLayout(grid)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("At a glance"))
        captions = {
            "last_contact": self.tr("Last contact"),
            "next_appointment": self.tr("Next appointment"),
            "next_review": self.tr("Next review"),
            "follow_up": self.tr("Next follow-up (§ 95)"),
            "goals": self.tr("Open goals"),
            "measurements": self.tr("Latest measurements"),
            "notes": self.tr("Unfinished notes"),
            "conversations": self.tr("Child conversations"),
        }
        for name, text in captions.items():
            self.captions[name].setText(text)
            self.values[name].setAccessibleName(text)
        self._show()

    # --- data ----------------------------------------------------------------------------------

    def set_family(self, family_uid: str | None) -> None:
        self.family_uid = family_uid
        self.refresh()

    def refresh(self) -> None:
        """Read the family's summary again (a few bounded, indexed queries)."""
        if self.family_uid is None:
            self.data = None
        else:
            self.data = family_overview(self.store, self.family_uid, self.today())
        self._show()

    def _link_activated(self, href: str) -> None:
        kind, _, uid = href.partition(":")
        self.openRequested.emit(kind, uid)

    def _session_when(self, start: object) -> str:
        assert hasattr(start, "astimezone")
        moment = start.astimezone(LOCAL_TZ)  # type: ignore[union-attr]
        return f"{format_date(moment.date())} {moment.strftime('%H:%M')}"

    def _deadline(self, item: Deadline | None, text: str, today: date) -> str:
        if item is None:
            return escape(self.tr("none"))
        late = item.overdue(today)
        if item.target.entity in ("session", "plan"):
            html = _link(item.target.entity, item.target.uid, text, late)
        else:  # nothing to open beyond the family shown
            html = f'<span style="{OVERDUE_STYLE if late else ""}">{escape(text)}</span>'
        if late:
            days = (today - item.due).days
            html += " " + escape(self.tr("(%n day(s) overdue)", "", days))
        return html

    def _show(self) -> None:
        data = self.data
        self.setVisible(data is not None)
        if data is None:
            return
        today = data.today
        none = escape(self.tr("none"))
        v = self.values
        last = data.last_contact
        v["last_contact"].setText(
            _link(
                "session",
                last.session_uid,
                f"{self._session_when(last.start)} · {words.label('session_kind', last.kind)}",
            )
            if last
            else none
        )
        nxt = data.next_appointment
        v["next_appointment"].setText(
            self._deadline(
                nxt,
                f"{self._session_when(nxt.start)} · {words.label('session_kind', nxt.detail)}"
                if nxt and nxt.start
                else "",
                today,
            )
        )
        review = data.next_review
        v["next_review"].setText(
            self._deadline(
                review, f"{format_date(review.due)} · {review.detail}" if review else "", today
            )
        )
        follow_up = data.next_follow_up
        v["follow_up"].setText(
            self._deadline(
                follow_up,
                self.tr("%1 · follow-up no. %2 on the support")
                .replace("%1", format_date(follow_up.due))
                .replace("%2", str(follow_up.number))
                if follow_up
                else "",
                today,
            )
        )
        v["follow_up"].setToolTip(
            words.label("deadline_basis", follow_up.basis) if follow_up else ""
        )
        goals = []
        for g in data.open_goals:
            if g.score is None:
                score = self.tr("no score yet")
            else:
                score = (
                    self.tr("%1/10 on %2")
                    .replace("%1", str(g.score))
                    .replace("%2", format_date(g.scored_on))
                )
            goals.append(f"{_link('plan', g.plan_uid, g.title)} — {escape(score)}")
        for draft in data.draft_revisions:  # its goals are the agreed plan's, listed once above
            goals.append(_link("plan", draft.plan_uid, self.tr(
                "Version %1 of the plan is a draft; the goals above apply until it is agreed"
            ).replace("%1", str(draft.version))))
        v["goals"].setText("<br>".join(goals) or none)
        rows = []
        for m in data.measurements:
            text = f"{m.member_name}: {words.instrument_label(m.instrument)} {_score_text(m.score)}"
            rows.append(f"{_link('outcomes', m.measurement_uid, text)} ({format_date(m.day)})")
        v["measurements"].setText("<br>".join(rows) or none)
        notes = []
        for d in data.unfinished_notes:
            assert d.start is not None
            text = f"{self._session_when(d.start)} · {words.label('session_kind', d.detail)}"
            line = _link("session", d.target.uid, text, d.overdue(today))
            if d.overdue(today):
                line += " " + escape(
                    self.tr("(finalize: due %1)").replace("%1", format_date(d.due))
                )
            notes.append(line)
        v["notes"].setText("<br>".join(notes) or escape(self.tr("none — every note is finalized")))
        heard = []
        for h in data.children_heard:
            if h.last is None:
                when = self.tr("%1: none recorded")
            elif h.recent:
                when = self.tr("%1: %2")
            else:
                when = self.tr("%1: %2, more than three months ago")
            text = when.replace("%2", format_date(h.last)).replace("%1", h.child)
            heard.append(_link("conversations", h.member_uid, text, h.owed))
        v["conversations"].setText("<br>".join(heard))
        for w in (self.captions["conversations"], v["conversations"]):
            w.setVisible(bool(heard))  # a family without children has no line for them

    def value_text(self, name: str) -> str:
        """What a line says, without the markup (tests; screen readers get the label)."""
        doc = QTextDocument()
        doc.setHtml(self.values[name].text())
        return doc.toPlainText()
