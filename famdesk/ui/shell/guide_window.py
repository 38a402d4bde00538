"""Help → Guide (F1): a short built-in guide to the worker's main tasks, in her language.

A worker meets famdesk at a kitchen table, not in a training room, and Help
had only About. The guide is a handful of topics — the first start, a family,
a plan with the parents and agreeing it, logging a session, a concern,
printing, backups — each a few paragraphs with the keys that do the work.
Every sentence goes through ``tr()`` (the reminder of the duty to notify is
the catalogue's, as in the session editor and the printed reports), so it
follows a live language switch. Non-modal: it stays open beside the window.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from famdesk.ui.common import words
from famdesk.ui.common.screen_fit import fit_dialog

#: The topics, in the order a new worker meets them.
TOPICS = ("start", "family", "plan", "session", "concern", "match", "print", "backups")


class GuideWindow(QDialog):
    """The guide: topics on the left, the chosen one on the right; ``show_topic(key)``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideWindow")
        self.heading = QLabel(self)
        self.heading.setObjectName("dialogHeading")
        self.topics = QListWidget(self)
        self.topics.setObjectName("guideTopics")
        self.topics.setFixedWidth(230)
        self.topics.setWordWrap(True)
        self.page = QTextBrowser(self)
        self.page.setObjectName("guidePage")
        self.page.setOpenLinks(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        for key in TOPICS:
            self.topics.addItem("")
            self.topics.item(self.topics.count() - 1).setData(Qt.ItemDataRole.UserRole, key)
        self.topics.currentRowChanged.connect(lambda _row: self._show_current())

        body = QHBoxLayout()
        body.addWidget(self.topics)
        body.addWidget(self.page, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.topics.setCurrentRow(0)
        fit_dialog(self, 900, 620)

    # --- text --------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Guide"))
        self.heading.setText(self.tr("How to do the everyday work in famdesk"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        for row, key in enumerate(TOPICS):
            self.topics.item(row).setText(self.topic_title(key))
        self._show_current()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def topic_title(self, key: str) -> str:
        titles = {
            "start": self.tr("Getting started"),
            "family": self.tr("A family"),
            "plan": self.tr("A plan with the parents"),
            "session": self.tr("Logging a session"),
            "concern": self.tr("A concern for a child"),
            "match": self.tr("A placement match"),
            "print": self.tr("Printing"),
            "backups": self.tr("Backups"),
        }
        return titles[key]

    def topic_paragraphs(self, key: str) -> list[str]:
        """The topic's text, a paragraph an item."""
        if key == "start":
            return [
                self.tr(
                    "famdesk keeps your caseload in one encrypted file on this laptop. The first "
                    "time, choose a demo database (fictitious families, to look around safely) or "
                    "an empty one for your real caseload."
                ),
                self.tr(
                    "Choose a passphrase and type it twice. A forgotten passphrase cannot be "
                    "recovered: write it down and keep it where your municipality keeps such "
                    "things."
                ),
                self.tr(
                    "Then say who you are: name, title, organisation and phone. Your name goes on "
                    "the families and notes you create, on printed plans and reports, and in the "
                    "audit trail. Change it under Tools → Settings."
                ),
                self.tr(
                    "Every start asks for the passphrase. After some idle minutes the window "
                    "locks; nothing you have not saved is lost."
                ),
            ]
        if key == "family":
            return [
                self.tr(
                    "Ctrl+N starts a new family: fill in the reference and the name and save with "
                    "Ctrl+S. The list on the left finds a family by reference or name (Ctrl+F)."
                ),
                self.tr(
                    "The tabs on the right hold the family: Overview (the family at a glance), "
                    "Members (parents and children, with CPR numbers; Ctrl+Shift+M adds one), "
                    "Collaborators (the caseworker, the school and others; Ctrl+Shift+K), Plans, "
                    "Sessions and Outcomes."
                ),
                self.tr(
                    "While no family is chosen, the dashboard shows your day (Ctrl+Shift+D): "
                    "appointments, reviews that are due, unfinished notes and concerns nobody has "
                    "been told of. Double-click an item to open it."
                ),
            ]
        if key == "plan":
            return [
                self.tr(
                    "On the Plans tab, start a plan from a template or from the previous plan and "
                    "write it with the parents: their own words, the child's perspective, "
                    "resources, concerns and the support they get."
                ),
                self.tr(
                    "Add goals (Add goal…), each with a target date, a baseline score from 0 to "
                    "10 and steps that say who does what (Add step…)."
                ),
                self.tr(
                    "Agree… says what agreeing means and lists what the plan still lacks, such as "
                    "empty sections or goals without a date. Fill in what you can, then give the "
                    "day the parents and you agreed the plan and the day of the next review."
                ),
                self.tr(
                    "An agreed plan is frozen: steps can be ticked off, goals marked reached or "
                    "dropped and reviews added. To change anything else, Revise (new version) "
                    "starts a new version; the agreed one stays readable. Print the agreed plan "
                    "(Ctrl+P) for the parents to sign."
                ),
                self.tr(
                    "At a review (Add review…), score every open goal from 0 to 10; the scores are "
                    "charted over time."
                ),
            ]
        if key == "session":
            return [
                self.tr(
                    "Ctrl+L logs a session from anywhere. The time, the kind and the usual "
                    "participants are filled in; the cursor waits in Summary."
                ),
                self.tr(
                    "Write what was observed and said under Notes, in the family's own words where "
                    "you can, and your professional assessment in its own box."
                ),
                self.tr(
                    "Ctrl+Enter saves the note as a draft. Save and finalize (Ctrl+Shift+F) locks "
                    "it; later corrections are added as dated addenda. Notes left unfinished for "
                    "more than three days are flagged."
                ),
                self.tr(
                    "Plan a visit with Plan session… on the Sessions tab; after the visit, Mark as "
                    "held… and write the note."
                ),
            ]
        if key == "concern":
            return [
                self.tr(
                    "When a session leaves you concerned for the child, tick “%1” in the session "
                    "and write what the concern is."
                ).replace("%1", words.label("term", "concern")),
                words.text("concern.duty"),
                self.tr(
                    "Record who was told, when and how (Record who was told…); it can be added "
                    "after the note is finalized. The session log prints the concern and who was "
                    "told, and the dashboard lists concerns nobody has been told of yet."
                ),
            ]
        if key == "match":
            return [
                self.tr(
                    "On the Members tab, choose a child and press Placement match…. Each step of "
                    "the match has a tab: the child's needs by the areas of the ICS triangle, the "
                    "child's own view and the parents', the candidate sites side by side with a "
                    "fit from 0 to 10, the decision, the follow-ups and, if it comes, the "
                    "breakdown."
                ),
                self.tr(
                    "The sites come from the register under Tools → Placement sites…, shared by "
                    "all families; New site… in the candidate form adds one. Ctrl+S saves what is "
                    "typed on the tabs; a candidate and a follow-up are saved by their own forms."
                ),
                self.tr(
                    "The day the child moved in makes the chosen site the child's placement and "
                    "proposes follow-ups at 1, 3, 6 and 12 months. Deciding with no conversation "
                    "with the child in the three months before is reminded, never refused. "
                    "Print… gives the paper for the meeting with the site and the family."
                ),
            ]
        if key == "print":
            return [
                self.tr(
                    "Ctrl+P (File → Print) prints what fits the tab in front and says which: on "
                    "Plans the plan for the parents to sign, on Sessions the session log for a "
                    "period you choose, elsewhere the status report for the municipal caseworker."
                ),
                self.tr(
                    "The preview shows every page: Page Up and Page Down move between pages, "
                    "Ctrl++ and Ctrl+- zoom, Ctrl+0 fits the width. Print… sends it to a printer, "
                    "Save as PDF… keeps a copy."
                ),
                self.tr(
                    "A printed or saved PDF is the only place case data leave the encrypted "
                    "database in plain form: keep it as carefully as a paper case file."
                ),
            ]
        return [
            self.tr(
                "famdesk makes a verified, encrypted backup when you close it and at most once a "
                "day, and keeps daily, weekly and monthly generations."
            ),
            self.tr(
                "Under Tools → Settings, choose a USB drive or a network folder for the backups. "
                "famdesk warns when the last backup is old."
            ),
            self.tr(
                "Tools → Backups… lists the backups, makes one by hand and restores one; the "
                "database it replaces is kept."
            ),
        ]

    # --- showing ---------------------------------------------------------------------------

    def current_topic(self) -> str:
        item = self.topics.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else TOPICS[0]

    def show_topic(self, key: str) -> None:
        """Bring a topic in front (``TOPICS``)."""
        self.topics.setCurrentRow(TOPICS.index(key))

    def _show_current(self) -> None:
        key = self.current_topic()
        paragraphs = "".join(f"<p>{escape(p)}</p>" for p in self.topic_paragraphs(key))
        self.page.setHtml(f"<h2>{escape(self.topic_title(key))}</h2>{paragraphs}")

    def page_text(self) -> str:
        """The topic as plain text (what a reader sees)."""
        return self.page.toPlainText()
