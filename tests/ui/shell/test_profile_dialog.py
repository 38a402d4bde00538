"""The worker profile on screen: asked for at first start, edited in Settings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from famdesk.core import profile
from famdesk.core.profile import WorkerProfile
from famdesk.db.store import Store, open_store
from famdesk.ui.safety.settings_dialog import SettingsDialog
from famdesk.ui.shell.profile_dialog import ProfileDialog


@pytest.fixture
def bare_store(tmp_path: Path, passphrase: str) -> Any:
    """A store as a first start leaves it: no profile yet."""
    with open_store(tmp_path / "first.famdesk", passphrase, create=True) as s:
        yield s


def _save(buttons: QDialogButtonBox) -> Any:
    return buttons.button(QDialogButtonBox.StandardButton.Save)


def test_first_start_asks_who_works_here_and_needs_a_name(
    qtbot: QtBot, switcher: Any, bare_store: Store
) -> None:
    dialog = ProfileDialog(bare_store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.heading.text() == "Who works with this database?"
    assert not _save(dialog.buttons).isEnabled()  # the name is required
    qtbot.keyClicks(dialog.form.fields["name"], "Maria Holm")
    qtbot.keyClicks(dialog.form.fields["title"], "Familiebehandler")
    qtbot.keyClicks(dialog.form.fields["organisation"], "Eksempel Kommune")
    qtbot.keyClicks(dialog.form.fields["phone"], "12 34 56 78")
    assert _save(dialog.buttons).isEnabled()
    qtbot.mouseClick(_save(dialog.buttons), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert profile.load_profile(bare_store) == WorkerProfile(
        "Maria Holm", "Familiebehandler", "Eksempel Kommune", "12 34 56 78"
    )


def test_the_first_start_dialog_speaks_danish(
    qtbot: QtBot, switcher: Any, bare_store: Store
) -> None:
    switcher.apply("da")
    dialog = ProfileDialog(bare_store)
    qtbot.addWidget(dialog)
    assert dialog.heading.text() == "Hvem arbejder med denne database?"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Senere"
    assert dialog.form.labels["name"].text() == "&Navn"


def test_later_leaves_the_store_without_a_profile(
    qtbot: QtBot, switcher: Any, bare_store: Store
) -> None:
    dialog = ProfileDialog(bare_store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert profile.load_profile(bare_store) is None


def test_settings_show_and_change_the_profile(qtbot: QtBot, switcher: Any, store: Store) -> None:
    dialog = SettingsDialog(store=store)
    qtbot.addWidget(dialog)
    dialog.show()
    name = dialog.profile_form.fields["name"]
    assert name.text() == "test-worker"
    assert dialog.profile_group.title() == "Worker profile"
    name.selectAll()
    qtbot.keyClicks(name, "Maria Holm")
    qtbot.keyClicks(dialog.profile_form.fields["title"], "Familiebehandler")
    assert dialog.save()
    assert profile.load_profile(store) == WorkerProfile("Maria Holm", "Familiebehandler")


def test_settings_refuse_an_empty_name_and_save_nothing(
    qtbot: QtBot, switcher: Any, store: Store
) -> None:
    dialog = SettingsDialog(store=store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.profile_form.fields["name"].clear()
    assert not dialog.save()
    assert dialog.profile_form.controller.error_text("name")
    assert profile.load_profile(store) == WorkerProfile("test-worker")
