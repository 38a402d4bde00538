"""A team database per test, with its administrator and workers (real login roles)."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from famdesk.core.team import add_worker
from famdesk.db.store import Store, open_store
from tests.conftest import PgTemplate
from tests.pg_cluster import PgCluster


@dataclass
class Team:
    """A fresh team database: URLs for its administrator and for each worker added."""

    cluster: PgCluster
    database: str
    lead: str
    lead_password: str
    stores: list[Store] = field(default_factory=list)

    def url(self, role: str | None = None, password: str | None = None) -> str:
        return self.cluster.url(self.database, role, password).render_as_string(
            hide_password=False
        )

    @property
    def admin_url(self) -> str:
        return self.url()

    @property
    def lead_url(self) -> str:
        return self.url(self.lead, self.lead_password)

    def add(self, hint: str, *, lead: bool = False) -> tuple[str, str]:
        """A new worker role on this team: (name, URL with its password)."""
        name, password = f"{hint}_{uuid.uuid4().hex[:6]}", secrets.token_urlsafe(16)
        with open_store(self.admin_url, None) as admin:
            add_worker(admin, name, password, lead=lead)
        self.cluster.roles.append(name)
        return name, self.url(name, password)

    def open(self, url: str) -> Store:
        store = open_store(url, None)
        self.stores.append(store)
        return store


@pytest.fixture
def team(pg_cluster: PgCluster, pg_template: PgTemplate) -> Iterator[Team]:
    name = pg_cluster.new_database(template=pg_template.database)
    t = Team(pg_cluster, name, pg_template.lead, pg_template.lead_password)
    try:
        yield t
    finally:
        for store in t.stores:
            store.close()
        pg_cluster.drop_database(name)
