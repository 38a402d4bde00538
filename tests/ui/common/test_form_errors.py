"""A refusal under a field is the catalogue's sentence for core's code, in the interface language.

The forms keep no copy of the sentences (resources/words/errors.toml holds
them, Danish and English); a date in a sentence is written as the worker types
dates, and a message already on screen is worded again when the language is
switched.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from famdesk.core import words
from famdesk.core.errors import Code, FieldError, NotFound, ValidationFailed
from famdesk.ui.common.form_support import ErrorLabel, error_text
from famdesk.ui.families.family_view import FamilyView
from famdesk.ui.plans.goal_dialog import GoalDialog

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def view(qtbot: Any, store: Any, switcher: Any) -> FamilyView:
    v = FamilyView(store)
    qtbot.addWidget(v)
    v.resize(1100, 750)
    v.show()
    return v


def _type(qtbot: Any, field: Any, text: str) -> None:
    field.selectAll()
    qtbot.keyClicks(field, text)


def test_messages_under_fields_follow_a_language_switch(
    qtbot: Any, view: FamilyView, switcher: Any
) -> None:
    view.new_family()
    form = view.form
    qtbot.keyClicks(form.reference, "FB-1")
    _type(qtbot, form.start_date, "05-01-2026")
    _type(qtbot, form.end_date, "04-01-2026")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    shown = form.controller.error_text
    assert shown("name") == "This field is required."
    assert shown("end_date") == "Must not be before the start date (05-01-2026)."
    assert form.end_date.accessibleDescription() == shown("end_date")

    switcher.apply("da")  # the change arrives as an event
    qtbot.waitUntil(lambda: shown("name") == "Skal udfyldes.")
    assert shown("end_date") == "Må ikke ligge før startdatoen (05-01-2026)."
    assert form.end_date.accessibleDescription() == shown("end_date")
    switcher.apply("en")
    qtbot.waitUntil(lambda: shown("end_date") == "Must not be before the start date (05-01-2026).")

    # Typing in a field clears its message for good: a switch does not bring it back.
    qtbot.keyClicks(form.name, "Familien Ny")
    switcher.apply("da")
    qtbot.waitUntil(lambda: shown("end_date").startswith("Må ikke"))
    assert shown("name") == ""


def test_every_date_parameter_is_written_as_the_worker_types_dates(switcher: Any) -> None:
    err = FieldError("since", "", Code.PLACEMENT_BEFORE_CURRENT, {"current": "2024-11-15"})
    assert error_text(err) == "A new placement cannot start before the current one (15-11-2024)."
    out_of_range = FieldError(
        "start", "", Code.DATE_OUT_OF_RANGE, {"min": "1900-01-01", "max": "2100-12-31"}
    )
    assert error_text(out_of_range) == "The date must be between 01-01-1900 and 31-12-2100."
    # A number is not a date, even where a date code's neighbour uses the same name.
    number = FieldError("score", "", Code.NUMBER_OUT_OF_RANGE, {"min": "0", "max": "40"})
    assert error_text(number) == "Must be a number from 0 to 40."


def test_a_refusal_names_every_reason_and_anything_else_keeps_its_text(switcher: Any) -> None:
    failed = ValidationFailed(
        [
            FieldError("name", "a name is required", Code.VALUE_REQUIRED),
            FieldError("email", "not an e-mail address", Code.EMAIL_FORMAT),
        ]
    )
    assert error_text(failed) == (
        "This field is required. Not an e-mail address (name@example.dk)."
    )
    assert error_text(NotFound("family", "f-1")) == words.sentence(
        "family.not_found", "en", uid="f-1"
    )
    assert error_text(OSError("disk full")) == "disk full"


def test_an_error_label_rewords_a_refusal_but_not_a_plain_text(qtbot: Any, switcher: Any) -> None:
    refusal, plain = ErrorLabel(), ErrorLabel()
    for label in (refusal, plain):
        qtbot.addWidget(label)
    refusal.show_error(FieldError("date", "", Code.DATE_FUTURE))
    plain.show_message("Fejl")  # a text the caller worded itself stays as written
    assert refusal.text() == "The date is in the future." and not refusal.isHidden()
    switcher.apply("da")
    qtbot.waitUntil(lambda: refusal.text() == "Datoen ligger i fremtiden.")
    assert plain.text() == "Fejl"
    refusal.show_message("")  # cleared: a switch does not bring the refusal back
    plain.show_error(FieldError("date", "", Code.DATE_FUTURE))
    switcher.apply("en")
    qtbot.waitUntil(lambda: plain.text() == "The date is in the future.")
    assert refusal.text() == "" and refusal.isHidden()


def test_a_goal_without_a_title_is_refused_in_the_interface_language(
    qtbot: Any, switcher: Any
) -> None:
    switcher.apply("da")
    dialog = GoalDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    assert dialog.isVisible()
    assert dialog.form.error_text("title") == "Skal udfyldes."


def test_the_goal_and_step_dialogs_apply_the_rules_import_applies(
    qtbot: Any, switcher: Any
) -> None:
    """A date import refuses (outside 1900–2100) is refused by the forms for the same reason."""
    from famdesk.core import rules
    from famdesk.ui.plans.goal_dialog import StepDialog

    switcher.apply("en")
    goal = GoalDialog(None)
    qtbot.addWidget(goal)
    goal.show()
    qtbot.keyClicks(goal.title_edit, "Liva sleeps in her own bed")
    goal.target_edit.setText("01-01-1850")
    qtbot.mouseClick(goal.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    assert goal.isVisible()
    (expected,) = rules.check_goal({"title": "x", "target_date": date(1850, 1, 1)})
    assert expected.field == "target_date"
    assert goal.form.error_text("target_date") == error_text(expected)
    assert "1900" in error_text(expected)

    step = StepDialog(None, [])
    qtbot.addWidget(step)
    step.show()
    qtbot.mouseClick(step.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    assert step.isVisible()
    assert step.form.error_text("text") == "This field is required."
