"""One word for one thing: a value is named the same on screen and in print.

The screen's words are read from the widgets' models in each language; the
print's from the PDF's text (pypdf). Both come from resources/words, so a
label changed in one place changes in both — and a label class or a report
table that creeps back in with its own words fails here.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from famdesk.core import plans, sessions, words
from famdesk.core.plans import GoalData
from famdesk.core.sessions import SessionInput
from famdesk.db.store import Store
from famdesk.reports.plan_pdf import build_plan_pdf
from famdesk.reports.session_log_pdf import build_session_log_pdf
from famdesk.ui.plans.goals_model import COL_STATE, COL_WHO, GoalsModel
from famdesk.ui.sessions.timeline_model import COL_KIND, TimelineModel
from famdesk.ui.shell import i18n
from tests.core.plan_fixtures import make_family

CPH = ZoneInfo("Europe/Copenhagen")


def _pdf_text(path: Path) -> str:
    text = " ".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return re.sub(r"\s+", " ", text)


@pytest.fixture
def case(store: Store) -> dict[str, str]:
    ids = make_family(store)
    plan = plans.create_plan(store, ids.family, "Plan", created_on=date(2026, 2, 1))
    goal = plans.add_goal(
        store, plan, GoalData(title="Alma kommer i skole hver dag", ics_dimension="school")
    )
    plans.set_goal_status(store, goal, "dropped")
    session = sessions.create_session(
        store,
        ids.family,
        SessionInput(
            kind="office",
            start=datetime(2026, 2, 3, 9, 0, tzinfo=CPH),
            duration_minutes=45,
            member_uids=[ids.mother],
            summary="Samtale om skolestart",
        ),
    )
    return {"family": ids.family, "plan": plan, "session": session}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_screen_and_print_name_a_value_alike(
    qtbot,
    switcher: i18n.LanguageSwitcher,
    store: Store,
    case: dict[str, str],
    tmp_path: Path,
    lang: str,
) -> None:
    switcher.apply(lang)
    goals = GoalsModel(store)
    goals.load(plans.get_plan(store, case["plan"]))
    timeline = TimelineModel(store, today=date(2026, 2, 10))
    timeline.set_family(case["family"])
    on_screen = {
        "ics_dimension": goals.index(0, COL_WHO).data(),
        "goal_status": goals.index(0, COL_STATE).data(),
        "session_kind": timeline.index(0, COL_KIND).data(),
    }
    assert on_screen == {
        "ics_dimension": words.label("ics_dimension", "school", lang),
        "goal_status": words.label("goal_status", "dropped", lang),
        "session_kind": words.label("session_kind", "office", lang),
    }
    plan_pdf = _pdf_text(build_plan_pdf(store, case["plan"], tmp_path / "plan.pdf", lang))
    log_pdf = _pdf_text(
        build_session_log_pdf(store, case["family"], tmp_path / "log.pdf", lang=lang)
    )
    assert on_screen["ics_dimension"] in plan_pdf
    assert on_screen["goal_status"] in plan_pdf
    assert on_screen["session_kind"] in log_pdf


def test_the_words_that_used_to_differ_are_the_chosen_ones(switcher: i18n.LanguageSwitcher) -> None:
    switcher.apply("da")
    from famdesk.ui.common import words as ui_words

    assert ui_words.label("ics_dimension", "school") == "Skole og dagtilbud"
    assert ui_words.label("session_kind", "office") == "Samtale på kontoret"
    assert ui_words.label("placement_type", "own-room") == "Eget værelse eller kollegium"
    switcher.apply("en")
    assert ui_words.label("ics_dimension", "school") == "School and day care"


def test_danish_words_read_as_danish(qtbot, switcher: i18n.LanguageSwitcher, store: Store) -> None:
    """Lower-case weekdays inside a sentence, a decimal comma, a singular for one."""
    from famdesk.ui.outcomes.outcomes_tab import _number
    from famdesk.ui.safety.backups_dialog import _size
    from famdesk.ui.sessions.agenda_window import AgendaWindow

    switcher.apply("da")
    wednesday = date(2026, 12, 2)
    window = AgendaWindow(store, today=wednesday)
    qtbot.addWidget(window)
    assert window.day_heading(wednesday) == "I dag, onsdag 02-12-2026"
    assert window.day_heading(date(2026, 12, 4)) == "Fredag 04-12-2026"
    assert _size(3_500_000) == "3,5 MB"
    assert _number(10.5) == "10,5" and _number(52.0) == "52"
    assert words.text("log.drafts", "da", n=1) == "1 kladde"
    switcher.apply("en")
    assert _size(3_500_000) == "3.5 MB"


#: Words that named one thing two ways; the left is never used, the right is.
RETIRED_DANISH = {
    r"\b[Ss]amtaler\b": "kontakter (a session of any kind)",
    r"\b[Bb]ehandler(en|ens)?\b": "familiebehandler",
    r"[Tt]ilføj t&?ilføjelse": "skriv tilføjelse",
    r"noget her bekymrer mig": "the catalogue's term.concern",
    r"\b[Ss]amtalelog": "journaludskrift",
}


def test_retired_danish_words_are_gone_from_screen_and_print() -> None:
    from tests.ui.shell.test_i18n import TRANSLATIONS, messages, translations_of

    danish = [
        t for _c, _s, m in messages(TRANSLATIONS / "famdesk_da.ts") for t in translations_of(m)
    ]
    for table in (words.labels_table(), {"": words.sentences_table()}, {"": words.texts_table()}):
        for entries in table.values():
            for entry in entries.values():
                value = entry["da"]
                danish += [value] if isinstance(value, str) else list(value.values())
    found = [
        (text, better)
        for pattern, better in RETIRED_DANISH.items()
        for text in danish
        if re.search(pattern, text)
    ]
    assert found == []
