"""The family, member and collaborator forms refuse what `famdesk import` refuses, and why.

For each rule of tests/refusals.py that these forms keep, a test types the
rule's bad value into the real form as a worker would and presses OK or Save:
the form must stay open (or unsaved) with the catalogue's sentence for core's
code next to the field, and save nothing. The same test then runs
``famdesk import`` on a file holding the same value: exit 2, the value's JSON
path, and the sentence for the same code. One code, one sentence, both doors.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import func, select

from famdesk.core import families
from famdesk.core.errors import FieldError
from famdesk.core.families import FamilyData, MemberData, PlacementData
from famdesk.core.interchange import validate_document
from famdesk.db.models import Family
from famdesk.field_lengths import max_chars
from famdesk.ui.common.form_support import FormController
from famdesk.ui.families.family_view import FamilyView
from famdesk.ui.families.member_dialog import MemberDialog
from famdesk.ui.families.professional_dialog import ProfessionalDialog
from tests.refusals import (
    FUTURE,
    FUTURE_CPR,
    VALID,
    Refusal,
    assert_import_refuses,
    refusal,
    refusals_for,
)

FUTURE_TEXT = FUTURE.strftime("%d-%m-%Y")
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def view(qtbot: Any, store: Any) -> FamilyView:
    v = FamilyView(store)
    qtbot.addWidget(v)
    v.resize(1100, 750)
    v.show()
    v.activateWindow()
    qtbot.waitUntil(v.isActiveWindow, timeout=2000)
    return v


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[FieldError]:
    """Every core error a form put on screen (FormController.show_errors is the one way)."""
    seen: list[FieldError] = []
    original = FormController.show_errors

    def spy(self: FormController, errors: Any, aliases: Any = None) -> list[FieldError]:
        errors = list(errors)
        seen.extend(errors)
        return original(self, errors, aliases)

    monkeypatch.setattr(FormController, "show_errors", spy)
    return seen


def _new_family(qtbot: Any, view: FamilyView, reference: str = "FB-2026-014") -> str:
    view.new_family()
    qtbot.keyClicks(view.form.reference, reference)
    qtbot.keyClicks(view.form.name, "Familien Testesen")
    with qtbot.waitSignal(view.familyChanged, timeout=2000) as sig:
        qtbot.mouseClick(view.save_button, LEFT)
    return str(sig.args[0])


def _run_dialog(
    monkeypatch: pytest.MonkeyPatch, cls: type[QDialog], fill: Callable[[Any], None]
) -> dict[str, Any]:
    """Let the next ``cls`` opened be shown and filled by ``fill``; what it showed, after."""
    seen: dict[str, Any] = {}

    def fake_exec(self: Any) -> int:
        self.show()
        fill(self)
        seen["open"] = self.isVisible()
        seen["dialog"] = self
        self.reject()
        return self.result()

    monkeypatch.setattr(cls, "exec", fake_exec)
    return seen


# --- the member form ---------------------------------------------------------------------------


def _type(name: str, text: str) -> Callable[[Any, Any], None]:
    def fill(qtbot: Any, d: Any) -> None:
        qtbot.keyClicks(getattr(d, name), text)

    return fill


def _paste(name: str, text: str) -> Callable[[Any, Any], None]:
    """As a paste from another program: the text arrives whole, control characters too."""

    def fill(qtbot: Any, d: Any) -> None:
        QApplication.clipboard().setText(text)
        getattr(d, name).setFocus()
        qtbot.keyClick(getattr(d, name), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)

    return fill


def _placed_since(text: str) -> Callable[[Any, Any], None]:
    def fill(qtbot: Any, d: Any) -> None:
        d.placed.setFocus()
        qtbot.keyClick(d.placed, Qt.Key.Key_Space)
        qtbot.keyClicks(d.placement_since, text)

    return fill


#: rule name -> (how the worker types it into a new child's form, the field that says why)
NEW_MEMBER: dict[str, tuple[Callable[[Any, Any], None], str]] = {
    "bad e-mail of a member": (_type("email", "mor@"), "email"),
    "bad phone of a member": (_type("phone", "ring mig"), "phone"),
    "birth date in the future": (_type("birth_date", FUTURE_TEXT), "birth_date"),
    "birth date in the future from the CPR number": (_type("cpr", FUTURE_CPR), "birth_date"),
    "placement starting in the future": (_placed_since(FUTURE_TEXT), "placement_since"),
    "bell in a member's name": (_paste("family_name", "Jensen\x07"), "family_name"),
    "direction override in a member's name": (
        _paste("family_name", "Jensen \u202eXX"),
        "family_name",
    ),
}
#: Rules shown on a member already saved.
EDITED_MEMBER = {"placement on a mother"}


def test_every_member_rule_is_typed_into_the_form() -> None:
    assert {r.name for r in refusals_for("member")} == set(NEW_MEMBER) | EDITED_MEMBER


@pytest.mark.parametrize(
    "rule",
    [r for r in refusals_for("member") if r.name in NEW_MEMBER],
    ids=lambda r: r.name,
)
def test_member_form_and_import_refuse_for_the_same_reason(
    qtbot: Any,
    view: FamilyView,
    store: Any,
    monkeypatch: pytest.MonkeyPatch,
    shown: list[FieldError],
    tmp_path: Path,
    rule: Refusal,
) -> None:
    family_uid = _new_family(qtbot, view)
    type_in, field = NEW_MEMBER[rule.name]

    def fill(d: Any) -> None:
        d.role.setFocus()
        qtbot.keyClicks(d.role, "Child")
        qtbot.keyClicks(d.given_name, "Ida")
        type_in(qtbot, d)
        qtbot.keyClick(d.given_name, Qt.Key.Key_Return)

    seen = _run_dialog(monkeypatch, MemberDialog, fill)
    view.members.add_member()
    assert seen["open"], "the form accepted it"
    assert seen["dialog"].controller.error_text(field) == rule.form_sentence()
    assert rule.code in {e.code for e in shown if e.field == field}
    assert families.list_members(store, family_uid) == []
    assert_import_refuses(rule, tmp_path)


def test_a_placement_on_a_mother_is_refused_by_form_and_import_alike(
    qtbot: Any,
    view: FamilyView,
    store: Any,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """A placed child changed to a mother keeps the placement the form shows: refused."""
    rule = refusal("placement on a mother")
    family_uid = _new_family(qtbot, view)
    placement = PlacementData(type="foster-family", since=date(2024, 11, 15))
    child = families.add_member(
        store, family_uid, MemberData(role="child", given_name="Ida", placement=placement)
    )
    view.show_family(family_uid)
    view.tabs.setCurrentWidget(view.members)
    view.members.reload(select_uid=child)

    def fill(d: Any) -> None:
        d.role.setFocus()
        qtbot.keyClicks(d.role, "Mother")
        assert d.placed.isChecked() and d.placed.isVisible()  # the placement is still shown
        qtbot.keyClick(d.given_name, Qt.Key.Key_Return)

    seen = _run_dialog(monkeypatch, MemberDialog, fill)
    view.members.edit_member()
    assert seen["open"], "the form accepted it"
    assert seen["dialog"].controller.error_text("placed") == rule.form_sentence()
    (kept,) = families.list_members(store, family_uid)
    assert kept.role == "child"
    assert_import_refuses(rule, tmp_path)


# --- the collaborator form ---------------------------------------------------------------------

COLLABORATOR: dict[str, tuple[str, str]] = {
    "bad e-mail of a collaborator": ("email", "anders@"),
    "bad phone of a collaborator": ("phone", "ring til kommunen"),
}


def test_every_collaborator_rule_is_typed_into_the_form() -> None:
    assert {r.name for r in refusals_for("collaborator")} == set(COLLABORATOR)


@pytest.mark.parametrize("rule", refusals_for("collaborator"), ids=lambda r: r.name)
def test_collaborator_form_and_import_refuse_for_the_same_reason(
    qtbot: Any,
    view: FamilyView,
    store: Any,
    monkeypatch: pytest.MonkeyPatch,
    shown: list[FieldError],
    tmp_path: Path,
    rule: Refusal,
) -> None:
    family_uid = _new_family(qtbot, view)
    field, value = COLLABORATOR[rule.name]

    def fill(d: Any) -> None:
        qtbot.keyClicks(d.name, "Anders Lærer")
        qtbot.keyClicks(d.organisation, "Fiktivby Skole")
        qtbot.keyClicks(getattr(d, field), value)
        qtbot.mouseClick(d.buttons.button(d.buttons.StandardButton.Ok), LEFT)

    seen = _run_dialog(monkeypatch, ProfessionalDialog, fill)
    view.collaborators.add_collaborator()
    assert seen["open"], "the form accepted it"
    assert seen["dialog"].controller.error_text(field) == rule.form_sentence()
    assert rule.code in {e.code for e in shown if e.field == field}
    assert families.list_family_professionals(store, family_uid) == []
    assert_import_refuses(rule, tmp_path)


# --- the family form ---------------------------------------------------------------------------


def test_every_family_rule_is_typed_into_the_form() -> None:
    assert {r.name for r in refusals_for("family")} == {
        "empty reference",
        "reference differing only in case",
    }


def test_empty_reference_is_refused_by_form_and_import_alike(
    qtbot: Any, view: FamilyView, store: Any, shown: list[FieldError], tmp_path: Path
) -> None:
    rule = refusal("empty reference")
    view.new_family()
    qtbot.keyClicks(view.form.name, "Familien Uden Sag")
    qtbot.mouseClick(view.save_button, LEFT)
    assert view.form.controller.error_text("reference") == rule.form_sentence()
    assert rule.code in {e.code for e in shown if e.field == "reference"}
    with store.read_session() as s:
        assert s.scalar(select(func.count(Family.id))) == 0
    assert_import_refuses(rule, tmp_path)


def test_a_reference_differing_only_in_case_is_refused_by_form_and_import_alike(
    qtbot: Any, view: FamilyView, store: Any, shown: list[FieldError], tmp_path: Path
) -> None:
    rule = refusal("reference differing only in case")
    families.create_family(
        store, FamilyData(reference="TEST-001", name="Familien Først", start_date=date(2026, 1, 5))
    )
    view.new_family()
    qtbot.keyClicks(view.form.reference, "test-001")
    qtbot.keyClicks(view.form.name, "Familien Anden")
    qtbot.mouseClick(view.save_button, LEFT)
    assert view.form.controller.error_text("reference") == rule.form_sentence()
    assert rule.code in {e.code for e in shown if e.field == "reference"}
    with store.read_session() as s:
        assert s.scalar(select(func.count(Family.id))) == 1
    assert_import_refuses(rule, tmp_path)


def test_the_form_holds_no_more_than_import_accepts(
    qtbot: Any, view: FamilyView, tmp_path: Path
) -> None:
    """A 250-character worker: the form stops at the shared limit; import refuses more."""
    rule = refusal("a 250-character worker")
    view.new_family()
    limit = max_chars("family", "worker")
    qtbot.keyClicks(view.form.worker, "w" * (limit + 50))
    assert len(view.form.worker.text()) == limit == rule.params["max"]
    fits = json.loads(VALID.read_text(encoding="utf-8"))
    fits["families"][0]["worker"] = "w" * limit
    assert validate_document(fits) == []
    assert_import_refuses(rule, tmp_path)
