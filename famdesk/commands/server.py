"""``server init``: the database administrator sets up a team database on PostgreSQL."""

from __future__ import annotations

import argparse

from famdesk.commands.common import on_server, server_url


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("server", help="set up a team database on a PostgreSQL server")
    server = p.add_subparsers(dest="server_command", metavar="SERVER_COMMAND", required=True)
    init = server.add_parser(
        "init", help="create or upgrade a team database (run as its administrator)"
    )
    init.add_argument("--db", required=True, metavar="URL", help="postgresql://ADMIN@HOST/DB")
    init.set_defaults(handler=cmd_init)


def cmd_init(args: argparse.Namespace) -> int:
    from famdesk.core.team import init_team_database

    done = on_server(init_team_database, server_url(args.db))
    where = done.where
    if done.before is None:
        print(f"created the team database at {where} (schema {done.after})")
    elif done.before != done.after:
        print(f"upgraded the team database at {where} from schema {done.before} to {done.after}")
    else:
        print(f"the team database at {where} is current (schema {done.after})")
    return 0
