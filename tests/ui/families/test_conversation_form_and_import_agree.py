"""The conversation form refuses what ``famdesk import`` refuses, for the same reason.

For each conversation rule of tests/refusals.py with the form ``conversation``
the worker types the rule's bad value into the real form and presses Save:
the form shows the catalogue's sentence for core's code under the field and
nothing is saved; ``famdesk import`` of a file holding the same value exits 2
with its JSON path and the sentence for the same code. (A conversation on a
parent has no form to type it into: the button is there for a child only.)
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from famdesk.core import child_voice, families
from famdesk.core.dates import format_date
from famdesk.core.families import MemberData
from famdesk.ui.families.conversation_dialog import ConversationDialog
from tests.core.plan_fixtures import make_family
from tests.refusals import FUTURE, Refusal, assert_import_refuses, refusals_for

#: The birth date of the file's child (Emil), given to the form's child too.
BORN = date(2015, 3, 12)


def _save(qtbot: Any, d: ConversationDialog) -> None:
    qtbot.mouseClick(
        d.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def _declined_with_words(qtbot: Any, d: ConversationDialog) -> str:
    qtbot.keyClicks(d.child_own_words, "Jeg vil ikke snakke.")
    d.declined.setFocus()
    qtbot.keyClick(d.declined, Qt.Key.Key_Space)
    _save(qtbot, d)
    return d.controller.error_text("child_own_words")


def _dated(day: date) -> Callable[[Any, ConversationDialog], str]:
    def typed(qtbot: Any, d: ConversationDialog) -> str:
        d.date.clear()
        qtbot.keyClicks(d.date, format_date(day))
        qtbot.keyClicks(d.child_own_words, "Jeg vil have en hund.")
        _save(qtbot, d)
        return d.controller.error_text("date")

    return typed


#: rule name -> how the worker types it; returns what the form shows under the field.
TYPED: dict[str, Callable[[Any, ConversationDialog], str]] = {
    "a declined conversation with the child's own words": _declined_with_words,
    "a conversation in the future": _dated(FUTURE),
    "a conversation before the child was born": _dated(BORN - timedelta(days=1)),
}


def test_every_conversation_rule_is_typed_into_the_form() -> None:
    assert {r.name for r in refusals_for("conversation")} == set(TYPED)


@pytest.mark.parametrize("rule", refusals_for("conversation"), ids=lambda r: r.name)
def test_conversation_form_and_import_refuse_for_the_same_reason(
    qtbot: Any, store: Any, tmp_path: Path, switcher: Any, rule: Refusal
) -> None:
    ids = make_family(store)
    emil = families.add_member(
        store, ids.family, MemberData(role="child", given_name="Emil", birth_date=BORN)
    )
    d = ConversationDialog(store, emil, "Emil")
    qtbot.addWidget(d)
    d.show()
    shown = TYPED[rule.name](qtbot, d)
    assert d.isVisible(), "the form accepted it"
    assert shown == rule.form_sentence()
    assert child_voice.list_conversations(store, emil) == []
    assert_import_refuses(rule, tmp_path)
