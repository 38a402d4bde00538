"""The family and member forms refuse what import refuses, for the same reason.

Each case types a value into the real form as a worker would and puts the same
value into an interchange file. The form must show an error next to the field
and save nothing; import must refuse the file at the value's JSON path; and
both must name the same rule (the same error code from core.rules). The real
``famdesk import`` command for these cases is in tests/e2e/test_cli_import_rules.py.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import func, select

from famdesk.core import families
from famdesk.core.errors import FieldError
from famdesk.core.interchange import validate_document
from famdesk.db.models import Family
from famdesk.field_lengths import max_chars
from famdesk.ui.common.form_support import FormController
from famdesk.ui.families.family_view import FamilyView
from famdesk.ui.families.member_dialog import MemberDialog

VALID = Path(__file__).resolve().parents[2] / "fixtures" / "interchange" / "valid_two_families.json"
FUTURE = date.today() + timedelta(days=30)
FUTURE_TEXT = FUTURE.strftime("%d-%m-%Y")

Doc = dict[str, Any]


@dataclass
class Case:
    name: str
    field: str  # the form's field name
    type_in: Callable[[Any, QDialog], None]  # (qtbot, member dialog)
    mutate: Callable[[Doc], None]
    path: str


def _mother(doc: Doc) -> Doc:
    return doc["families"][0]["members"][0]


def _child(doc: Doc) -> Doc:
    return doc["families"][0]["members"][1]


def _type(name: str, text: str) -> Callable[[Any, QDialog], None]:
    def fill(qtbot: Any, d: QDialog) -> None:
        qtbot.keyClicks(getattr(d, name), text)

    return fill


def _paste(name: str, text: str) -> Callable[[Any, QDialog], None]:
    """As a paste from another program: the text arrives whole, control characters too."""

    def fill(qtbot: Any, d: QDialog) -> None:
        getattr(d, name).insert(text)

    return fill


def _placed_since(text: str) -> Callable[[Any, QDialog], None]:
    def fill(qtbot: Any, d: Any) -> None:
        d.placed.setFocus()
        qtbot.keyClick(d.placed, Qt.Key.Key_Space)
        qtbot.keyClicks(d.placement_since, text)

    return fill


MEMBER_CASES = [
    Case(
        "bad e-mail",
        "email",
        _type("email", "mor@"),
        lambda d: _mother(d).update(email="mor@"),
        "$.families[0].members[0].email",
    ),
    Case(
        "bad phone",
        "phone",
        _type("phone", "ring mig"),
        lambda d: _mother(d).update(phone="ring mig"),
        "$.families[0].members[0].phone",
    ),
    Case(
        "birth date in the future",
        "birth_date",
        _type("birth_date", FUTURE_TEXT),
        lambda d: _child(d).update(birth_date=FUTURE.isoformat(), cpr=None),
        "$.families[0].members[1].birth_date",
    ),
    Case(
        "birth date in the future from the CPR number",
        "birth_date",
        _type("cpr", "010136-4000"),
        lambda d: _child(d).update(birth_date=None, cpr="010136-4000"),
        "$.families[0].members[1].birth_date",
    ),
    Case(
        "placement starting in the future",
        "placement_since",
        _placed_since(FUTURE_TEXT),
        lambda d: _child(d)["placement"].update(since=FUTURE.isoformat()),
        "$.families[0].members[1].placement.since",
    ),
    Case(
        "a bell character in a name",
        "family_name",
        _paste("family_name", "Jensen\x07"),
        lambda d: _mother(d).update(family_name="Jensen\x07"),
        "$.families[0].members[0].family_name",
    ),
    Case(
        "a direction override in a name",
        "family_name",
        _paste("family_name", "Jensen \u202eXX"),
        lambda d: _mother(d).update(family_name="Jensen \u202eXX"),
        "$.families[0].members[0].family_name",
    ),
]


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

    def spy(self: FormController, errors: Any, aliases: Any = None) -> list[str]:
        errors = list(errors)
        seen.extend(errors)
        return original(self, errors, aliases)

    monkeypatch.setattr(FormController, "show_errors", spy)
    return seen


def _import_problem(mutate: Callable[[Doc], None], path: str) -> Any:
    doc = json.loads(VALID.read_text(encoding="utf-8"))
    mutate(doc)
    problems = validate_document(doc)
    assert problems, "import accepted what the form refuses"
    first = problems[0]
    assert first.path == path, str(first)
    return first


def _new_family(qtbot: Any, view: FamilyView, reference: str = "FB-2026-014") -> str:
    view.new_family()
    qtbot.keyClicks(view.form.reference, reference)
    qtbot.keyClicks(view.form.name, "Familien Testesen")
    with qtbot.waitSignal(view.familyChanged, timeout=2000) as sig:
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    return str(sig.args[0])


@pytest.mark.parametrize("case", MEMBER_CASES, ids=[c.name for c in MEMBER_CASES])
def test_member_form_and_import_refuse_for_the_same_reason(
    qtbot: Any,
    view: FamilyView,
    store: Any,
    monkeypatch: pytest.MonkeyPatch,
    shown: list[FieldError],
    case: Case,
) -> None:
    family_uid = _new_family(qtbot, view)
    seen: dict[str, str] = {}

    def fill(d: Any) -> None:
        d.role.setCurrentIndex(d.role.findData("child"))
        qtbot.keyClicks(d.given_name, "Ida")
        case.type_in(qtbot, d)
        qtbot.keyClick(d.given_name, Qt.Key.Key_Return)
        seen["open"] = str(d.isVisible())
        seen["text"] = d.controller.error_text(case.field)
        d.reject()

    def fake_exec(self: QDialog) -> int:
        self.show()
        fill(self)
        self.hide()
        return self.result()

    monkeypatch.setattr(MemberDialog, "exec", fake_exec)
    view.members.add_member()
    assert seen["open"] == "True", "the form accepted it"
    assert seen["text"], "no message next to the field"
    assert families.list_members(store, family_uid) == []
    form_codes = {e.code for e in shown if e.field == case.field}
    problem = _import_problem(case.mutate, case.path)
    assert problem.code in form_codes, (problem.code, form_codes)


def test_empty_reference_is_refused_by_form_and_import_alike(
    qtbot: Any, view: FamilyView, store: Any, shown: list[FieldError]
) -> None:
    view.new_family()
    qtbot.keyClicks(view.form.name, "Familien Uden Sag")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert view.form.controller.error_text("reference")
    with store.read_session() as s:
        assert s.scalar(select(func.count(Family.id))) == 0
    problem = _import_problem(
        lambda d: d["families"][0].update(reference=""), "$.families[0].reference"
    )
    assert problem.code in {e.code for e in shown if e.field == "reference"}


def test_a_reference_differing_only_in_case_is_refused_by_form_and_import_alike(
    qtbot: Any, view: FamilyView, store: Any, shown: list[FieldError]
) -> None:
    _new_family(qtbot, view, reference="TEST-001")
    view.new_family()
    qtbot.keyClicks(view.form.reference, "test-001")
    qtbot.keyClicks(view.form.name, "Familien Anden")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert view.form.controller.error_text("reference")
    problem = _import_problem(
        lambda d: d["families"][1].update(reference="test-001"), "$.families[1].reference"
    )
    assert problem.code in {e.code for e in shown if e.field == "reference"}


def test_the_form_holds_no_more_than_import_accepts(qtbot: Any, view: FamilyView) -> None:
    """A 250-character worker: the form stops at the shared limit; import refuses more."""
    view.new_family()
    limit = max_chars("family", "worker")
    qtbot.keyClicks(view.form.worker, "w" * (limit + 50))
    assert len(view.form.worker.text()) == limit
    fits = json.loads(VALID.read_text(encoding="utf-8"))
    fits["families"][0]["worker"] = "w" * limit
    assert validate_document(fits) == []
    problem = _import_problem(
        lambda d: d["families"][0].update(worker="w" * (limit + 50)), "$.families[0].worker"
    )
    assert problem.code == "text.too_long" and problem.params["max"] == limit
