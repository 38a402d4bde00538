"""Alembic environment: always run programmatically with a live connection.

``famdesk.db.migrate`` passes the keyed connection in ``config.attributes``;
famdesk never runs Alembic against a URL of its own (the file is encrypted).
"""

from __future__ import annotations

from alembic import context

from famdesk.db.models import Base
from famdesk.db.search_index import is_search_index

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - misuse guard
    raise RuntimeError("famdesk migrations run only through famdesk.db.migrate")


def _include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Leave the search index (FTS5 in a file, ``session_search`` on a server) out of
    autogenerate: it is made by hand in its migrations."""
    return not (type_ == "table" and name is not None and is_search_index(name))


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    include_name=_include_name,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
