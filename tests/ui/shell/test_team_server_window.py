"""famdesk's window on a team server: signing in, whose data on which server, local-only tools.

``famdesk --db postgresql://…`` asks for the worker's password when the URL
and PGPASSWORD give none (again after a wrong one), shows who is signed in
and where, and the tools that only a file has say so instead of failing.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlalchemy.engine import make_url

from famdesk.core import plans
from famdesk.core.passphrase import passphrase_matches
from famdesk.ui.plans.plan_editor import PlanEditor
from famdesk.ui.shell import i18n
from famdesk.ui.shell.crash_dialog import show_unexpected_error
from famdesk.ui.shell.main_window import MainWindow
from famdesk.ui.shell.server_login import sign_in
from tests.core.plan_fixtures import make_family
from tests.server.conftest import Team, team  # noqa: F401 - the fixture
from tests.socket_relay import SocketRelay

__all__ = ["team"]


def _without_password(url: str) -> str:
    return make_url(url)._replace(password=None).render_as_string(hide_password=False)


def test_a_missing_then_wrong_password_is_asked_for_again(team: Team) -> None:  # noqa: F811
    name, url = team.add("anna")
    password = make_url(url).password
    asked: list[str] = []
    answers = iter(["not it", password])

    def ask(label: str) -> str | None:
        asked.append(label)
        return next(answers)

    store = sign_in(_without_password(url), ask)
    assert store is not None
    team.stores.append(store)
    assert asked[0].startswith(f"Password for {name} on ")
    assert asked[1].startswith(f"Wrong password for {name} on ")
    assert sign_in(_without_password(url), lambda _label: None) is None


def test_the_window_says_who_is_signed_in_where_and_what_only_a_file_has(
    qtbot: QtBot,
    team: Team,  # noqa: F811
    switcher: i18n.LanguageSwitcher,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    name, url = team.add("anna")
    store = team.open(url)
    window = MainWindow(store, switcher)
    qtbot.addWidget(window)
    window.show()
    assert window.path_label.text().startswith(f"Team database {team.database} on ")
    assert window.path_label.text().endswith(f"signed in as {name} (worker)")
    assert "***" not in window.path_label.text()

    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, _t, text, *a: told.append(text))
    )
    from famdesk.ui.safety.safety_features import SafetyFeatures

    features = window.findChild(SafetyFeatures, "safetyFeatures")
    assert features is not None
    features.open_backups()
    features.open_change_passphrase()
    assert "IT backs it up" in told[0] and "no passphrase to change" in told[1]
    assert features.check_warnings() == [] and features.purge_audit() == 0
    # The idle lock opens with the worker's own password.
    assert passphrase_matches(store, make_url(url).password or "")
    assert not passphrase_matches(store, "something else")
    switcher.apply("da")  # the change arrives as an event
    qtbot.waitUntil(lambda: f"logget ind som {name} (medarbejder)" in window.path_label.text())


@pytest.fixture
def relay(team: Team) -> Iterator[SocketRelay]:  # noqa: F811
    sockets = [p for p in team.cluster.folder.glob(".s.PGSQL.*") if p.suffix != ".lock"]
    r = SocketRelay(sockets[0])
    try:
        yield r
    finally:
        r.close()


def test_a_lost_connection_is_told_calmly_and_the_text_kept(
    qtbot: QtBot,
    team: Team,  # noqa: F811
    relay: SocketRelay,
    switcher: i18n.LanguageSwitcher,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, url = team.add("anna")
    store = team.open(relay.url(url))
    fam = make_family(store)
    uid = plans.create_plan(store, fam.family, "Plan", created_on=date(2026, 2, 2))
    editor = PlanEditor(store, autosave_ms=3_600_000)
    qtbot.addWidget(editor)
    editor.load_plan(uid)
    qtbot.keyClicks(editor.text_edits["purpose"], "Alma kommer hjem til sommer.")

    relay.cut()  # the network goes while the worker types
    with pytest.raises(Exception) as lost:
        editor.save()
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: told.append((box.text(), box.informativeText()))
    )
    show_unexpected_error(lost.value)
    assert told == [
        (
            "The connection to the team server was lost. Nothing you typed is lost; "
            "try again in a moment.",
            "Your unsaved text is still in its window. Save it again when the connection is "
            "back; famdesk reconnects by itself.",
        )
    ]
    assert editor.text_edits["purpose"].toPlainText() == "Alma kommer hjem til sommer."
    assert editor.has_unsaved_changes()

    relay.restore()  # back: the same save goes through, nothing retyped
    assert editor.save()
    assert plans.get_plan(store, uid).purpose == "Alma kommer hjem til sommer."


def test_the_window_asks_for_the_password_and_a_wrong_one_changes_nothing(
    qtbot: QtBot,
    team: Team,  # noqa: F811
    switcher: i18n.LanguageSwitcher,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``famdesk --db URL`` asks in a dialog; a file's passphrase in the environment,
    even one that is the password, is never tried on a server."""
    from famdesk.ui.shell import app, server_login

    name, url = team.add("anna")
    monkeypatch.setenv(app.PASSPHRASE_ENV, make_url(url).password or "")
    asked: list[str] = []

    def dialog(parent: object = None) -> server_login.Ask:
        return lambda label: asked.append(label) or "not the password"

    monkeypatch.setattr(server_login, "ask_with_dialog", dialog)
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _p, title, msg, *a: told.append((title, msg)))
    )
    audit = "SELECT count(*) FROM audit_event"
    admin = team.open(team.admin_url)
    with admin.read_session() as s:
        before = s.execute(text(audit)).scalar()

    store, code = app.open_interactively(_without_password(url))

    assert store is None and code == app.EXIT_BAD_INPUT
    assert asked[0].startswith(f"Password for {name} on ")
    assert all(a.startswith(f"Wrong password for {name} on ") for a in asked[1:])
    [(title, message)] = told
    assert title == "Cannot open the database"
    assert message.startswith("The team server did not accept the password (")
    assert "password authentication failed" in message
    with admin.read_session() as s:
        assert s.execute(text(audit)).scalar() == before
