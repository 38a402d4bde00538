"""A child's placement match, driven as a worker types and clicks: from the Members tab
through needs, views, candidates, decision, placement and follow-ups; core's refusals
are shown in the catalogue's words and save nothing."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QFileDialog, QMessageBox

from famdesk.core import child_voice, families, words
from famdesk.core.child_voice import ConversationData
from famdesk.core.errors import Code
from famdesk.core.families import FamilyData, MemberData
from famdesk.core.placement import matches, sites
from famdesk.core.placement.sites import SiteData
from famdesk.ui.families.family_view import TAB_MEMBERS, FamilyView
from famdesk.ui.placement.match_dialogs import CandidateDialog, FollowUpDialog
from famdesk.ui.placement.match_window import (
    TAB_BREAKDOWN,
    TAB_CANDIDATES,
    TAB_DECISION,
    TAB_FOLLOW_UPS,
    MatchWindow,
)
from tests.reports.match_data import CHILD_WORDS, make_placed_match
from tests.ui.families.test_family_view import drive_dialogs, show_active

TODAY = date(2026, 6, 1)


def sentence(code: str, **params: object) -> str:
    return words.sentence(code, "en", **params)


def child_with_sites(store) -> tuple[str, str, str, str]:
    """A family with a mother and a child, and two sites in the register."""
    family = families.create_family(
        store, FamilyData(reference="FB-7", name="Familien Holm", start_date=date(2025, 9, 1))
    )
    families.add_member(
        store, family, MemberData(role="mother", given_name="Sara", family_name="Holm")
    )
    child = families.add_member(
        store,
        family,
        MemberData(
            role="child", given_name="Emil", family_name="Holm", birth_date=date(2015, 4, 2)
        ),
    )
    bakke = sites.create_site(
        store,
        SiteData(name="Bakkehuset", type="residential-institution", competences="Skolegang"),
    )
    holm = sites.create_site(
        store, SiteData(name="Plejefamilien Lund", type="foster-family", capacity=1)
    )
    return family, child, bakke, holm


def open_window(qtbot, store, child: str) -> MatchWindow:
    window = MatchWindow(store, child, today=lambda: TODAY)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    return window


def save(qtbot, window: MatchWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def tick(qtbot, box: QCheckBox) -> None:
    """Click a check box on its box, where a worker clicks it."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_the_members_tab_opens_the_match_of_a_child_only(qtbot, store, monkeypatch, switcher):
    family, child, _b, _h = child_with_sites(store)
    view = FamilyView(store)
    qtbot.addWidget(view)
    show_active(qtbot, view)
    view.show_family(family)
    view.tabs.setCurrentIndex(TAB_MEMBERS)
    panel = view.members
    mother_row = next(
        i for i in range(panel.model.rowCount()) if panel.model.at(i).role == "mother"
    )
    panel.table.selectRow(mother_row)
    assert not panel.match_button.isEnabled()
    panel.table.selectRow(panel.model.row_of(child))
    assert panel.match_button.isEnabled()
    assert panel.match_button.text() == "Placement &match…"

    seen = drive_dialogs(monkeypatch, MatchWindow, lambda w: w.close())
    qtbot.mouseClick(panel.match_button, Qt.MouseButton.LeftButton)
    (window,) = seen
    assert window.title.text() == "Placement match for Emil Holm"
    assert window.status.text() == "Exploring"


def test_a_match_from_needs_to_a_held_follow_up(qtbot, store, monkeypatch, switcher):
    _family, child, bakke, lund = child_with_sites(store)
    window = open_window(qtbot, store, child)

    # 1-2: the child's needs by ICS dimension, the child's own view and the parents'
    qtbot.keyClicks(window.needs_page.fields["school"], "Har brug for ro omkring skolen")
    qtbot.keyClicks(window.needs_page.fields["relationships"], "Samvær med mor hver uge")
    qtbot.keyClicks(window.views_page.child_view, "Jeg vil gerne bo tæt på min skole")
    qtbot.keyClicks(window.views_page.parents_view, "Vi ønsker en plejefamilie")
    assert window.unsaved.isVisibleTo(window)
    save(qtbot, window)
    (match,) = matches.list_matches(store, child)
    assert match.needs == {
        "school": "Har brug for ro omkring skolen",
        "relationships": "Samvær med mor hver uge",
    }
    assert (match.child_view, match.parents_view) == (
        "Jeg vil gerne bo tæt på min skole",
        "Vi ønsker en plejefamilie",
    )
    assert not window.unsaved.isVisibleTo(window)

    # 3: two candidates, compared side by side with their fit
    def candidate(site: str, fit: int, text: str):
        def fill(d: CandidateDialog) -> None:
            d.site.setCurrentIndex(d.site.findData(site))
            d.fit.setCurrentIndex(d.fit.findData(fit))
            qtbot.keyClicks(d.assessment, text)
            qtbot.mouseClick(
                d.buttons.button(d.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
            )

        return fill

    drive_dialogs(
        monkeypatch,
        CandidateDialog,
        candidate(lund, 8, "Tæt på skolen, erfaren med samvær"),
        candidate(bakke, 5, "Stærk på skole, men langt fra mor"),
    )
    window.tabs.setCurrentIndex(TAB_CANDIDATES)
    qtbot.mouseClick(window.candidates_page.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.candidates_page.add_button, Qt.MouseButton.LeftButton)
    model = window.candidates_model
    rows = [
        (model.index(r, model.SITE).data(), model.index(r, model.FIT).data())
        for r in range(model.rowCount())
    ]
    assert rows == [("Plejefamilien Lund", "8"), ("Bakkehuset", "5")]
    assert model.index(1, model.COMPETENCES).data() == "Skolegang"

    # 4: a breakdown before there is a placement is refused with core's sentence
    window.tabs.setCurrentIndex(TAB_BREAKDOWN)
    page = window.breakdown_page
    tick(qtbot, page.broke_down)
    qtbot.keyClicks(page.date, "15-05-2026")
    page.cause.setCurrentIndex(page.cause.findData("conflict"))
    save(qtbot, window)
    assert window.controller.error_text("breakdown.date") == sentence(
        Code.MATCH_BREAKDOWN_NOT_PLACED
    )
    assert window.tabs.currentIndex() == TAB_BREAKDOWN
    assert matches.get_match(store, match.uid).breakdown is None
    assert matches.get_match(store, match.uid).status == "exploring"
    tick(qtbot, page.broke_down)  # not a breakdown after all

    # 4: the decision names a candidate, with its reasons; then the placement date
    window.tabs.setCurrentIndex(TAB_DECISION)
    decision = window.decision_page
    qtbot.keyClicks(decision.decided_on, "10022026")
    decision.chosen_site.setCurrentIndex(decision.chosen_site.findData(lund))
    qtbot.keyClicks(decision.reasons, "Emil kan blive i sin skole")
    qtbot.keyClicks(decision.placed_on, "20-02-2026")
    save(qtbot, window)
    saved = matches.get_match(store, match.uid)
    assert (saved.status, saved.decided_on, saved.chosen_site_uid, saved.placed_on) == (
        "placed",
        date(2026, 2, 10),
        lund,
        date(2026, 2, 20),
    )
    assert saved.reasons == "Emil kan blive i sin skole"
    assert window.status.text() == "Placed"
    assert model.index(0, model.SITE).data() == "✓ Plejefamilien Lund"
    placed = families.get_member(store, child).placement
    assert placed is not None and (placed.type, placed.since) == (
        "foster-family",
        date(2026, 2, 20),
    )

    # 5: the follow-ups proposed at 1, 3, 6 and 12 months; the first one held, scored 7
    follow_ups = window.follow_ups_model
    assert [follow_ups.index(r, 0).data() for r in range(follow_ups.rowCount())] == [
        "20-03-2026",
        "20-05-2026",
        "20-08-2026",
        "20-02-2027",
    ]

    def scored_while_planned(d: FollowUpDialog) -> None:
        d.stability.setCurrentIndex(d.stability.findData(7))
        qtbot.keyClicks(d.notes, "Emil er faldet godt til")
        qtbot.keyClick(d.date, Qt.Key.Key_Return)
        # a planned follow-up has no score: core refuses, the form says why
        assert d.isVisible()
        assert d.controller.error_text("stability") == sentence(Code.MATCH_FOLLOW_UP_PLANNED_SCORED)
        d.status.setCurrentIndex(d.status.findData("held"))
        qtbot.keyClick(d.date, Qt.Key.Key_Return)

    drive_dialogs(monkeypatch, FollowUpDialog, scored_while_planned)
    window.tabs.setCurrentIndex(TAB_FOLLOW_UPS)
    window.follow_ups_page.table.selectRow(0)
    window.follow_ups_page.table.setFocus()
    qtbot.keyClick(window.follow_ups_page.table, Qt.Key.Key_Return)
    first = matches.get_match(store, match.uid).follow_ups[0]
    assert (first.status, first.stability, first.notes) == ("held", 7, "Emil er faldet godt til")
    assert follow_ups.index(0, follow_ups.STATUS).data() == "Held"
    assert (
        window.follow_ups_page.stability.text()
        == "Stability so far: 7 of 10 at the follow-up on 20-03-2026."
    )


def test_the_chosen_site_cannot_be_removed_from_the_candidates(qtbot, store, monkeypatch, switcher):
    _family, child, bakke, lund = child_with_sites(store)
    uid = matches.create_match(store, child, today=TODAY)
    matches.add_candidate(store, uid, lund, fit=7, today=TODAY)
    matches.add_candidate(store, uid, bakke, fit=4, today=TODAY)
    matches.decide(
        store, uid, decided_on=date(2026, 5, 1), chosen_site_uid=lund, reasons="", today=TODAY
    )
    window = open_window(qtbot, store, child)
    window.tabs.setCurrentIndex(TAB_CANDIDATES)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.candidates_page.table.selectRow(0)
    window.candidates_page.table.setFocus()
    qtbot.keyClick(window.candidates_page.table, Qt.Key.Key_Delete)
    assert window.candidates_page.error.text() == sentence(Code.MATCH_CANDIDATE_CHOSEN)
    assert len(matches.get_match(store, uid).candidates) == 2
    window.candidates_page.table.selectRow(1)
    qtbot.keyClick(window.candidates_page.table, Qt.Key.Key_Delete)
    assert [c.site_uid for c in matches.get_match(store, uid).candidates] == [lund]
    assert window.candidates_page.error.isHidden()


def test_a_refusal_is_worded_again_in_danish(qtbot, store, monkeypatch, switcher):
    _family, child, _bakke, _lund = child_with_sites(store)
    window = open_window(qtbot, store, child)
    window.tabs.setCurrentIndex(TAB_DECISION)
    qtbot.keyClicks(window.decision_page.decided_on, "01-05-2026")
    save(qtbot, window)
    assert window.controller.error_text("chosen_site_uid") == sentence(
        Code.MATCH_DECISION_INCOMPLETE
    )
    assert matches.list_matches(store, child) == []
    switcher.apply("da")
    qtbot.waitUntil(
        lambda: (
            window.controller.error_text("chosen_site_uid")
            == words.sentence(Code.MATCH_DECISION_INCOMPLETE, "da")
        ),
        timeout=2000,
    )
    qtbot.waitUntil(lambda: window.tabs.tabText(TAB_DECISION) == "4 · Afgørelse", timeout=2000)
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Discard,
    )
    window.close()  # the typed date is not saved: the worker is asked, and discards it
    assert asked == ["Gem ændringerne i matchet?"]


def test_deciding_without_a_recent_conversation_reminds_without_blocking(qtbot, store, switcher):
    _family, child, _bakke, lund = child_with_sites(store)
    uid = matches.create_match(store, child, today=TODAY)
    matches.add_candidate(store, uid, lund, fit=7, today=TODAY)
    window = open_window(qtbot, store, child)
    window.tabs.setCurrentIndex(TAB_DECISION)
    page = window.decision_page
    assert page.reminder_box.isVisibleTo(window)
    assert page.reminder.text().startswith("No conversation with Emil Holm is recorded.")
    assert (
        window.views_page.conversations.toPlainText()
        == "No conversation with the child is recorded yet."
    )
    qtbot.keyClicks(page.decided_on, "15-05-2026")
    page.chosen_site.setCurrentIndex(page.chosen_site.findData(lund))
    save(qtbot, window)  # the reminder does not stop the decision
    assert matches.get_match(store, uid).status == "decided"
    child_voice.add_conversation(
        store,
        child,
        ConversationData(date=date(2026, 4, 20), child_own_words="Jeg vil bo med en hund"),
        today=TODAY,
    )
    window.show_match(uid)
    assert not page.reminder_box.isVisibleTo(window)
    # the child's own words from the conversation stand on the views tab
    assert window.views_page.conversations.toPlainText() == (
        "20-04-2026 – no support person – “Jeg vil bo med en hund”"
    )


def test_print_previews_the_match_pdf_in_the_interface_language(
    qtbot, store, monkeypatch, tmp_path, switcher
):  # type: ignore[no-untyped-def]
    ids = make_placed_match(store)
    switcher.apply("da")
    window = open_window(qtbot, store, ids.child)
    target = tmp_path / "match.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    qtbot.mouseClick(window.print_button, Qt.MouseButton.LeftButton)
    job = window._preview_job
    assert job is not None
    with qtbot.waitSignal(job.ready, timeout=30000) as ready:
        pass
    dialog = ready.args[0]
    assert dialog.page_count() >= 2
    dialog.save_button.click()
    text = " ".join(p.extract_text() for p in PdfReader(target).pages).replace("\n", " ")
    assert "De steder, vi har set på" in text and CHILD_WORDS in text
    dialog.close()


def test_ending_a_match_and_starting_a_new_one_for_the_same_child(
    qtbot, store, monkeypatch, switcher
):  # type: ignore[no-untyped-def]
    _family, child, _bakke, _lund = child_with_sites(store)
    first = matches.create_match(store, child, child_view="Jeg vil blive hjemme", today=TODAY)
    window = open_window(qtbot, store, child)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(window.end_button, Qt.MouseButton.LeftButton)
    assert matches.get_match(store, first).status == "ended"
    assert window.status.text() == "Ended" and not window.end_button.isEnabled()

    qtbot.mouseClick(window.new_button, Qt.MouseButton.LeftButton)
    assert window.match is None
    assert window.views_page.child_view.toPlainText() == ""
    qtbot.keyClicks(window.needs_page.fields["health"], "Astma")
    save(qtbot, window)
    first_again, second = matches.list_matches(store, child)
    assert first_again.uid == first and second.needs == {"health": "Astma"}
    choices = [window.match_choice.itemText(i) for i in range(window.match_choice.count())]
    assert choices == ["1. Ended", "2. Exploring"]
    window.match_choice.setCurrentIndex(0)
    window.match_choice.activated.emit(0)
    assert window.match is not None and window.match.uid == first
    assert window.views_page.child_view.toPlainText() == "Jeg vil blive hjemme"
