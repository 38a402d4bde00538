"""famdesk's window on a team server: signing in, whose data on which server, local-only tools.

``famdesk --db postgresql://…`` asks for the worker's password when the URL
and PGPASSWORD give none (again after a wrong one), shows who is signed in
and where, and the tools that only a file has say so instead of failing.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from famdesk.core.passphrase import passphrase_matches
from famdesk.ui.shell import i18n
from famdesk.ui.shell.main_window import MainWindow
from famdesk.ui.shell.server_login import sign_in
from tests.server.conftest import Team, team  # noqa: F401 - the fixture

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
