"""The team server: ``server init``, ``server add-worker`` and ``assign``.

``server init`` and ``server add-worker`` are the database administrator's
(a role that owns the database and may create roles); ``assign`` is a team
lead's handover of a family to another worker.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from famdesk.commands.common import (
    CommandError,
    error_line,
    on_server,
    opened_store,
    server_url,
)
from famdesk.core.errors import CoreError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("server", help="set up a team database on a PostgreSQL server")
    server = p.add_subparsers(dest="server_command", metavar="SERVER_COMMAND", required=True)
    init = server.add_parser(
        "init", help="create or upgrade a team database (run as its administrator)"
    )
    init.add_argument("--db", required=True, metavar="URL", help="postgresql://ADMIN@HOST/DB")
    init.set_defaults(handler=cmd_init)

    add = server.add_parser(
        "add-worker", help="give a worker a role of their own on the team (administrator)"
    )
    add.add_argument("name", help="the worker's role name (lowercase, e.g. maria.holm)")
    add.add_argument("--db", required=True, metavar="URL", help="postgresql://ADMIN@HOST/DB")
    add.add_argument("--lead", action="store_true", help="a team lead: sees the whole team")
    add.add_argument(
        "--password-stdin", action="store_true", help="read the worker's password from stdin"
    )
    add.set_defaults(handler=cmd_add_worker)

    p = sub.add_parser("assign", help="hand a family over to another worker (team lead)")
    p.add_argument("family", metavar="FAMILY_UID")
    p.add_argument("worker", metavar="WORKER")
    p.add_argument("--db", required=True, metavar="URL")
    p.set_defaults(handler=cmd_assign)


def cmd_init(args: argparse.Namespace) -> int:
    from famdesk.core.team import init_team_database

    done = on_server(init_team_database, server_url(args.db))
    if done.before is None:
        print(f"created the team database at {done.where} (schema {done.after})")
    elif done.before != done.after:
        print(
            f"upgraded the team database at {done.where} "
            f"from schema {done.before} to {done.after}"
        )
    else:
        print(f"the team database at {done.where} is current (schema {done.after})")
    return 0


def _new_password(from_stdin: bool) -> str | None:
    """The worker's password: one line of stdin, or typed twice at a prompt, or none."""
    if from_stdin:
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise CommandError("--password-stdin: stdin gave no password")
        return line
    if not sys.stdin or not sys.stdin.isatty():
        return None  # an existing role keeps its password; a new one is refused below
    first = getpass.getpass("The worker's password: ")
    if getpass.getpass("The password again: ") != first:
        raise CommandError("the two passwords differ")
    return first or None


def cmd_add_worker(args: argparse.Namespace) -> int:
    from famdesk.core.team import add_worker

    password = _new_password(args.password_stdin)
    with opened_store(server_url(args.db)) as store:
        try:
            created = add_worker(store, args.name, password, lead=args.lead)
        except CoreError as exc:
            raise CommandError(f"{args.name}: {error_line(exc)}") from None
    kind = "team lead" if args.lead else "worker"
    if created:
        print(f"added {args.name} as a {kind} with a new role")
    else:
        print(f"added {args.name} as a {kind} (the role existed already)")
    return 0


def cmd_assign(args: argparse.Namespace) -> int:
    from famdesk.core.team import assign_family

    with opened_store(server_url(args.db)) as store:
        try:
            before = assign_family(store, args.family, args.worker)
        except CoreError as exc:
            raise CommandError(error_line(exc)) from None
    print(f"family {args.family} handed from {before or 'nobody'} to {args.worker}")
    return 0
