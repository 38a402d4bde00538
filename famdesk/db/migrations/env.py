"""Alembic environment: always run programmatically with a live connection.

``famdesk.db.migrate`` passes the keyed connection in ``config.attributes``;
famdesk never runs Alembic against a URL of its own (the file is encrypted).
"""

from __future__ import annotations

from alembic import context

from famdesk.db.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - misuse guard
    raise RuntimeError("famdesk migrations run only through famdesk.db.migrate")


def _include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Leave the FTS5 index (created by hand in 0002) out of autogenerate."""
    return not (type_ == "table" and name is not None and name.startswith("session_fts"))


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    include_name=_include_name,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
