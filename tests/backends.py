"""Running a folder's tests on both kinds of store: the encrypted file and a team server.

A folder's ``conftest.py`` says ``pytest_generate_tests = parametrise_backends``;
every test there that uses the ``store`` fixture (directly or through another
fixture) then runs twice, ``[sqlite]`` and ``[postgresql]``. A test of what
only the file has (encryption, the lock, backups) is marked
``@pytest.mark.file_only`` and runs on the file alone.
"""

from __future__ import annotations

import pytest

from famdesk.db.store import Store, open_store

BACKENDS = ("sqlite", "postgresql")


def parametrise_backends(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames and not metafunc.definition.get_closest_marker(
        "file_only"
    ):
        metafunc.parametrize("backend", BACKENDS)


#: The worker profile's name the ``store`` fixture saves.
PROFILE_NAME = "test-worker"


def audit_actor(store: Store) -> str:
    """Who the audit names for the ``store`` fixture's work: the profile's name in a
    file, the role the server authenticated on a server."""
    if store.target.is_sqlite:
        return PROFILE_NAME
    return str(store.target.url.username)


def reopen(store: Store) -> Store:
    """The same store opened again (after ``store.close()``), as a new start would."""
    if store.path is not None:
        return open_store(store.path, store.passphrase)
    return open_store(store.target.url.render_as_string(hide_password=False), None)
