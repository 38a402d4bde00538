"""A team lead hands a family over in the window; a worker has no such command.

File → Hand family over… is there for a lead on a team server, saves through
``core.team.assign_family`` (the server audits it), and the new worker sees
the family; a worker's window and a file's have no such command.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from famdesk.core import caseload, interchange
from famdesk.core.interchange import check_file
from famdesk.core.team import assigned_to
from famdesk.db.models import AuditEvent
from famdesk.ui.families.handover import HandOverDialog, install_handover
from famdesk.ui.shell import i18n
from famdesk.ui.shell.main_window import MainWindow
from tests.server.conftest import Team, team  # noqa: F401 - the fixture

__all__ = ["team"]

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "interchange"
FIXTURE = FIXTURE / "valid_two_families.json"


def _window(qtbot: QtBot, store: object, switcher: i18n.LanguageSwitcher) -> MainWindow:
    window = MainWindow(store, switcher)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_lead_hands_a_family_over_in_the_window(
    team: Team,  # noqa: F811 - first: the database outlives the window
    qtbot: QtBot,
    switcher: i18n.LanguageSwitcher,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    anna, anna_url = team.add("anna")
    bo, bo_url = team.add("bo")
    interchange.import_checked_file(
        team.open(team.admin_url), check_file(FIXTURE), assign_to=anna
    )
    lead = team.open(team.lead_url)
    uid = interchange.export_document(lead)["families"][0]["uid"]
    window = _window(qtbot, lead, switcher)
    action = window.findChild(QAction, "handOverAction")
    assert action is not None and not action.isEnabled()
    assert window.reveal_family(uid)
    assert action.isEnabled()

    seen: list[str] = []

    def choose_bo(dialog: HandOverDialog) -> int:
        seen.append(dialog.now_label.text())
        dialog.worker.setCurrentIndex(dialog.worker.findData(bo))
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(HandOverDialog, "exec", choose_bo)
    action.trigger()
    assert seen == [f"Now assigned to: {anna}"]
    assert assigned_to(lead, uid) == bo
    assert caseload.count_families(team.open(bo_url)) == 1
    assert caseload.count_families(team.open(anna_url)) == 1
    with lead.read_session() as s:
        line = s.scalars(select(AuditEvent).where(AuditEvent.action == "assign")).one()
    assert (line.actor, line.detail) == (team.lead, {"from": anna, "to": bo})
    assert window.show_start_view()  # no family left on screen to read once the test is over


def test_a_refused_handover_is_told_in_the_dialog(
    team: Team,  # noqa: F811 - first: the database outlives the window
    qtbot: QtBot,
    switcher: i18n.LanguageSwitcher,
) -> None:
    """The worker chosen has left the team meanwhile: the catalogue says so, nothing moves."""
    anna, _ = team.add("anna")
    interchange.import_checked_file(
        team.open(team.admin_url), check_file(FIXTURE), assign_to=anna
    )
    lead = team.open(team.lead_url)
    uid = interchange.export_document(lead)["families"][0]["uid"]
    dialog = HandOverDialog(lead, uid, "TEST-001")
    qtbot.addWidget(dialog)
    dialog.worker.addItem("nobody_here", "nobody_here")
    dialog.worker.setCurrentIndex(dialog.worker.findData("nobody_here"))
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "nobody_here" in dialog.error.text()
    assert assigned_to(lead, uid) == anna


def test_a_worker_and_a_file_have_no_handover(
    team: Team,  # noqa: F811 - first: the database outlives the window
    qtbot: QtBot,
    switcher: i18n.LanguageSwitcher,
    store: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: None))
    _, anna_url = team.add("anna")
    for opened in (team.open(anna_url), store):
        window = _window(qtbot, opened, switcher)
        assert window.findChild(QAction, "handOverAction") is None
        assert install_handover(window) is None  # type: ignore[arg-type]
