"""The team on a server: setting up its database, its workers, and handing families over.

famdesk on a laptop keeps one worker's families in an encrypted file; a team
shares a PostgreSQL database where every worker is a database role with their
own password. The database decides what a role sees (row-level security,
migration 0009): a worker the families assigned to them, a lead the whole
team. The rules a person meets — what a worker's name may be, who may add
workers and hand families over — are here, and the command line and the
window both use them.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from famdesk.core import audit
from famdesk.core.errors import Code, CoreError, NotFound
from famdesk.db.engine import make_engine, parse_target
from famdesk.db.models import Family, TeamMember
from famdesk.db.server import (
    ADMIN,
    LEAD,
    ServerInit,
    init_server,
    role_facts,
    save_role,
    session_role,
    standing,
)
from famdesk.db.store import Store

#: PostgreSQL's longest identifier.
MAX_WORKER_NAME = 63
MIN_PASSWORD_LENGTH = 12
_WORKER_NAME = re.compile(r"[a-z][a-z0-9_.-]*")
#: Names a worker's role may not have: the server's own, and famdesk's team roles.
_RESERVED = re.compile(r"(pg_|famdesk_team_)|(public|postgres|none|current_user|session_user)$")


class TeamError(CoreError):
    """A refusal about the team (who may do what, a worker's name or password)."""


@dataclass(frozen=True)
class Worker:
    name: str
    lead: bool


def init_team_database(spec: str | os.PathLike[str]) -> ServerInit:
    """Create the team database at the server URL ``spec``, or upgrade it to this famdesk."""
    target = parse_target(spec)
    engine = make_engine(target, None)
    try:
        return init_server(engine, target)
    finally:
        engine.dispose()


def check_worker_name(name: str) -> str:
    """A worker's role name: lowercase, a letter first, nothing the server reserves."""
    clean = name.strip()
    if (
        not _WORKER_NAME.fullmatch(clean)
        or len(clean) > MAX_WORKER_NAME
        or _RESERVED.match(clean)
    ):
        raise TeamError(
            Code.TEAM_WORKER_NAME,
            f"a worker's name uses lowercase letters a-z, digits, '.', '-' or '_', starts with "
            f"a letter and has at most {MAX_WORKER_NAME} characters (not {name!r})",
            field="name",
            max=MAX_WORKER_NAME,
        )
    return clean


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise TeamError(
            Code.TEAM_PASSWORD_TOO_SHORT,
            f"the password needs at least {MIN_PASSWORD_LENGTH} characters",
            field="password",
            min=MIN_PASSWORD_LENGTH,
        )


def _server_only(store: Store) -> None:
    if store.target.is_sqlite:
        raise TeamError(Code.TEAM_SERVER_ONLY, "that exists only in a team database on a server")


@dataclass(frozen=True)
class SignedIn:
    """Whose team database this is and where: for the window to show."""

    role: str
    standing: str | None
    server: str
    database: str


def signed_in(store: Store) -> SignedIn | None:
    """The worker signed in to a team server, with their standing; None for a file."""
    if store.target.is_sqlite:
        return None
    url = store.target.url
    host = url.host or str(url.query.get("host", "localhost"))
    return SignedIn(str(url.username or ""), my_standing(store), host, str(url.database or ""))


def my_standing(store: Store) -> str | None:
    """How the connected role stands: ``admin``, ``lead``, ``worker``; None in a file."""
    if store.target.is_sqlite:
        return None
    with store.read_session() as s:
        return standing(s.connection())


def list_workers(store: Store) -> list[Worker]:
    """The team's workers by name (empty in a file)."""
    with store.read_session() as s:
        rows = s.scalars(select(TeamMember).order_by(TeamMember.role_name))
        return [Worker(r.role_name, r.lead) for r in rows]


def add_worker(store: Store, name: str, password: str | None, *, lead: bool = False) -> bool:
    """Make ``name`` a worker of this team (creating the role); True if the role is new.

    Run by the database administrator. A role the server already has (from
    another team database) joins with its own password unless a new one is
    given; a new role needs one. ``lead`` sets whether it sees the whole team.
    """
    _server_only(store)
    name = check_worker_name(name)
    if password is not None:
        check_password(password)
    with store.session() as s:
        conn = s.connection()
        if standing(conn) != ADMIN:
            raise TeamError(Code.TEAM_ADMIN_ONLY, "only the database administrator adds workers")
        facts = role_facts(conn, name)
        if facts.administers:
            raise TeamError(
                Code.TEAM_WORKER_PRIVILEGED,
                f"the role {name} can administer the server and cannot be a worker",
                field="name",
                name=name,
            )
        if not facts.exists and password is None:
            raise TeamError(
                Code.TEAM_PASSWORD_REQUIRED, "a new worker needs a password", field="password"
            )
        save_role(conn, name, password, create=not facts.exists)
        member = s.get(TeamMember, name)
        if member is None:
            s.add(TeamMember(role_name=name, lead=lead, added_at=datetime.now(UTC)))
        else:
            member.lead = lead
        audit.record(
            s,
            "create" if member is None else "update",
            "team_member",
            detail={"worker": name, "lead": lead, "new_role": not facts.exists},
        )
    return not facts.exists


def check_assignee(s: Session, worker: str) -> str:
    """``worker`` may be given families by whoever works in ``s``: returns the clean name.

    A worker may take new families themselves; handing one to someone else is
    a lead's (or the administrator's) decision.
    """
    if s.get_bind().dialect.name == "sqlite":
        raise TeamError(Code.TEAM_SERVER_ONLY, "assignment exists only on a team server")
    name = check_worker_name(worker)
    conn = s.connection()
    if s.get(TeamMember, name) is None:
        raise TeamError(
            Code.TEAM_WORKER_UNKNOWN, f"there is no worker {name} on the team", name=name
        )
    if name != session_role(conn) and standing(conn) not in (ADMIN, LEAD):
        raise TeamError(Code.TEAM_LEAD_ONLY, "only a team lead hands a family to another worker")
    return name


def assigned_to(store: Store, family_uid: str) -> str | None:
    """The worker the family is assigned to (None: nobody, or a file)."""
    if store.target.is_sqlite:
        return None
    with store.read_session() as s:
        family = s.scalar(select(Family).where(Family.uid == family_uid))
        if family is None:
            raise NotFound("family", family_uid)
        return family.assigned_to


def may_hand_over(store: Store) -> bool:
    """Whether the signed-in role hands families over: a lead's (or the administrator's)."""
    return my_standing(store) in (ADMIN, LEAD)


def assign_family(store: Store, family_uid: str, worker: str) -> str | None:
    """Hand the family over to ``worker``; returns who had it (None: nobody).

    The server itself writes the audit line (who handed it from whom to whom),
    whichever program makes the change.
    """
    _server_only(store)
    with store.session() as s:
        name = check_assignee(s, worker)
        if standing(s.connection()) not in (ADMIN, LEAD):
            raise TeamError(Code.TEAM_LEAD_ONLY, "only a team lead hands a family over")
        family = s.scalar(select(Family).where(Family.uid == family_uid))
        if family is None:
            raise NotFound("family", family_uid)
        before = family.assigned_to
        family.assigned_to = name
    return before
