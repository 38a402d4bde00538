"""The team database on a server: creating it, and (later) its workers and handovers.

famdesk on a laptop keeps one worker's families in an encrypted file; a team
shares a PostgreSQL database. Setting one up is the database administrator's
work, done through here by ``famdesk server …``.
"""

from __future__ import annotations

import os

from famdesk.db.engine import make_engine, parse_target
from famdesk.db.server import ServerInit, init_server


def init_team_database(spec: str | os.PathLike[str]) -> ServerInit:
    """Create the team database at the server URL ``spec``, or upgrade it to this famdesk."""
    target = parse_target(spec)
    engine = make_engine(target, None)
    try:
        return init_server(engine, target)
    finally:
        engine.dispose()
