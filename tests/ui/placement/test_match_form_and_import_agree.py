"""The placement site form and the match window refuse what ``famdesk import`` refuses.

For each rule of tests/refusals.py with the form ``site`` or ``match`` the worker
types the rule's bad value into the real form and saves: the form shows the
catalogue's sentence for core's code under the field and nothing is saved;
``famdesk import`` of a file holding the same value exits 2 with its JSON path
and the sentence for the same code. (A match on a parent, a site outside the
candidates, a fit or a stability of 11 have no form to type them into: the
button is there for a child only, the choice offers the candidates only, the
scores are chosen from 0 to 10.)
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from famdesk.core import families
from famdesk.core.families import MemberData
from famdesk.core.placement import matches, sites
from famdesk.core.placement.sites import SiteData
from famdesk.ui.placement.match_dialogs import FollowUpDialog
from famdesk.ui.placement.match_window import MatchWindow
from famdesk.ui.placement.site_dialog import SiteDialog
from tests.core.plan_fixtures import make_family
from tests.refusals import Refusal, assert_import_refuses, refusals_for
from tests.ui.families.test_family_view import drive_dialogs

#: The file's match: decided on 1 November 2024, Emil placed on 15 November 2024.
DECIDED, PLACED = date(2024, 11, 1), date(2024, 11, 15)


def _ok(qtbot: Any, d: SiteDialog | FollowUpDialog) -> None:
    qtbot.mouseClick(
        d.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


# --- the site form ----------------------------------------------------------------------


def _site(name: str, capacity: str) -> Callable[[Any, SiteDialog], str]:
    def typed(qtbot: Any, d: SiteDialog) -> str:
        qtbot.keyClicks(d.name, name)
        qtbot.keyClicks(d.capacity, capacity)
        _ok(qtbot, d)
        return d.controller.error_text("capacity" if capacity else "name")

    return typed


SITE_TYPED: dict[str, Callable[[Any, SiteDialog], str]] = {
    "a site without a name": _site(" ", ""),
    "a site's capacity out of range": _site("Plejefamilie i Fiktivby", "1000"),
}


def test_every_site_rule_is_typed_into_the_form() -> None:
    assert {r.name for r in refusals_for("site")} == set(SITE_TYPED)


@pytest.mark.parametrize("rule", refusals_for("site"), ids=lambda r: r.name)
def test_site_form_and_import_refuse_for_the_same_reason(
    qtbot: Any, store: Any, tmp_path: Path, switcher: Any, rule: Refusal
) -> None:
    d = SiteDialog(store)
    qtbot.addWidget(d)
    d.show()
    shown = SITE_TYPED[rule.name](qtbot, d)
    assert d.isVisible(), "the form accepted it"
    assert shown == rule.form_sentence()
    assert sites.list_sites(store) == []
    assert_import_refuses(rule, tmp_path)


# --- the match window ----------------------------------------------------------------------


def _child_with_match(store: Any, *, placed: bool) -> tuple[str, str, str]:
    """Emil with a match naming a foster family (decided and placed when ``placed``)."""
    ids = make_family(store)
    emil = families.add_member(
        store, ids.family, MemberData(role="child", given_name="Emil", birth_date=date(2015, 3, 12))
    )
    site = sites.create_site(store, SiteData(name="Plejefamilie i Fiktivby", type="foster-family"))
    uid = matches.create_match(store, emil)
    matches.add_candidate(store, uid, site, fit=8)
    if placed:
        matches.decide(store, uid, decided_on=DECIDED, chosen_site_uid=site, reasons="")
        matches.place(store, uid, placed_on=PLACED)
    return emil, uid, site


def _decided_without_date(qtbot: Any, w: MatchWindow, site: str, _mp: Any) -> str:
    page = w.decision_page
    page.chosen_site.setCurrentIndex(page.chosen_site.findData(site))
    qtbot.mouseClick(w.save_button, Qt.MouseButton.LeftButton)
    return w.controller.error_text("decided_on")


def _follow_up_before_placement(qtbot: Any, w: MatchWindow, _site: str, mp: Any) -> str:
    shown: list[str] = []

    def fill(d: FollowUpDialog) -> None:
        d.date.clear()
        qtbot.keyClicks(d.date, "10-11-2024")
        _ok(qtbot, d)
        assert d.isVisible(), "the form accepted it"
        shown.append(d.controller.error_text("date"))
        d.reject()

    drive_dialogs(mp, FollowUpDialog, fill)
    qtbot.mouseClick(w.follow_ups_page.add_button, Qt.MouseButton.LeftButton)
    return shown[0]


def _breakdown_without_placement(qtbot: Any, w: MatchWindow, _site: str, _mp: Any) -> str:
    page = w.breakdown_page
    box = page.broke_down
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    qtbot.keyClicks(page.date, "10-01-2025")
    page.cause.setCurrentIndex(page.cause.findData("conflict"))
    qtbot.mouseClick(w.save_button, Qt.MouseButton.LeftButton)
    return w.controller.error_text("breakdown.date")


#: rule name -> (whether the match is placed first, how the worker types it).
MATCH_TYPED: dict[str, tuple[bool, Callable[[Any, MatchWindow, str, Any], str]]] = {
    "a decided match without its decision date": (False, _decided_without_date),
    "a follow-up before the placement": (True, _follow_up_before_placement),
    "a breakdown without a placement date": (False, _breakdown_without_placement),
}


def test_every_match_rule_is_typed_into_the_window() -> None:
    assert {r.name for r in refusals_for("match")} == set(MATCH_TYPED)


@pytest.mark.parametrize("rule", refusals_for("match"), ids=lambda r: r.name)
def test_match_window_and_import_refuse_for_the_same_reason(
    qtbot: Any, store: Any, tmp_path: Path, switcher: Any, monkeypatch: Any, rule: Refusal
) -> None:
    placed, typed = MATCH_TYPED[rule.name]
    emil, uid, site = _child_with_match(store, placed=placed)
    before = matches.get_match(store, uid)
    w = MatchWindow(store, emil)
    qtbot.addWidget(w)
    w.show()
    assert typed(qtbot, w, site, monkeypatch) == rule.form_sentence()
    after = matches.get_match(store, uid)
    assert (after.row_version, after.status, after.follow_ups, after.breakdown) == (
        before.row_version,
        before.status,
        before.follow_ups,
        before.breakdown,
    )
    assert_import_refuses(rule, tmp_path)
    monkeypatch.setattr(w, "confirm_leave", lambda: True)  # the refused edits are let go
