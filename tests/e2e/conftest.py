"""The command line under test speaks English: the reasons it prints are compared word for word.

A test that wants the Danish of a Danish locale sets ``LANG`` itself (after
removing ``LC_ALL``).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.conftest import PgTemplate
from tests.pg_cluster import PgCluster


@pytest.fixture(autouse=True)
def _english_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LC_ALL", "C.UTF-8")


@pytest.fixture(scope="module")
def team_database(pg_cluster: PgCluster, pg_template: PgTemplate) -> Iterator[str]:
    """A team database made by ``server init`` for one module's tests; the URL as its lead.

    The command-line tests that take a store run on the file and on a server
    alike (their store fixtures are parametrised with ``tests.backends.BACKENDS``).
    """
    name = pg_cluster.new_database(template=pg_template.database)
    try:
        url = pg_cluster.url(name, pg_template.lead, pg_template.lead_password)
        yield url.render_as_string(hide_password=False)
    finally:
        pg_cluster.drop_database(name)
