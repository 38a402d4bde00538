"""The team: workers, who may see which family, and the server's access rules.

Both backends (the schema stays one):

- ``team_member``: the team's workers by their server role name, and who is a
  lead. Roles are server-wide; membership of *this* team is a row here.
- ``family.assigned_to``: the worker a family is assigned to (a team member),
  which decides who may see it on a server. ``worker`` stays the name printed
  on the family's documents. NULL in a file. A worker who still has families
  cannot leave the team (the reference has no ON DELETE action).
- ``autosave_draft.owner``: whose unsaved typing a draft is (the role on a
  server, "" in a file); a draft's key is unique per owner.

On PostgreSQL only:

- A group role for the team (``famdesk_team_<database>``, its name kept in
  ``store_info`` under ``team_role``) gets the privileges every worker needs:
  connect, read and write case data, append to the audit. No TRUNCATE, no
  UPDATE or DELETE of the audit; other roles may not connect at all.
- Row-level security on every table. A worker sees and changes the families
  assigned to them and everything under them; a lead sees the whole team.
  Tables below a family reach it through their parent (whose own policy
  applies), so one rule decides for the whole tree. Shared tables (the
  collaborators, the team, store facts) are readable by the team.
- The audit names ``session_user``, the role the server authenticated,
  whatever the client sends; a change of assignment writes its own audit line
  (who handed which family from whom to whom), by any path.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Who may see a family row (``f``).
_FAMILY_VISIBLE = "({f}.assigned_to = session_user OR (SELECT famdesk_is_lead()))"


def _through(parent: str, column: str, child: str, key: str = "id") -> str:
    """A child row is visible when its parent row is (the parent's own policy applies)."""
    return f"EXISTS (SELECT 1 FROM {parent} p WHERE p.{key} = {child}.{column})"


#: Every table that holds case data, and the rule that decides who sees a row.
CASE_TABLES: dict[str, str] = {
    "family": _FAMILY_VISIBLE.format(f="family"),
    "member": _through("family", "family_id", "member"),
    "placement": _through("member", "member_id", "placement"),
    "family_professional": _through("family", "family_id", "family_professional"),
    "action_plan": _through("family", "family_id", "action_plan"),
    "plan_member": _through("action_plan", "plan_id", "plan_member"),
    "goal": _through("action_plan", "plan_id", "goal"),
    "step": _through("goal", "goal_id", "step"),
    "review": _through("action_plan", "plan_id", "review"),
    "review_score": _through("review", "review_id", "review_score"),
    "contact_session": _through("family", "family_id", "contact_session"),
    "session_member": _through("contact_session", "session_id", "session_member"),
    "session_professional": _through("contact_session", "session_id", "session_professional"),
    "session_goal": _through("contact_session", "session_id", "session_goal"),
    "addendum": _through("contact_session", "session_id", "addendum"),
    "concern_notice": _through("contact_session", "session_id", "concern_notice"),
    "measurement": _through("family", "family_id", "measurement"),
    "status_report": _through("family", "family_id", "status_report"),
    "autosave_draft": (
        "autosave_draft.owner = session_user AND (autosave_draft.family_uid IS NULL OR "
        + _through("family", "family_uid", "autosave_draft", key="uid")
        + ")"
    ),
}

#: What the team shares: the collaborators (a directory used by many families).
SHARED_TABLES = ("professional",)

#: Rows a worker may write in ``store_info``: their own profile, and the
#: transient permit that lets a family's locked notes go with it.
_STORE_INFO_WRITABLE = (
    "(key = 'worker_profile:' || session_user OR key LIKE 'note-deletion-permit:%')"
)

_FUNCTIONS = (
    # The name of this database's team role (store_info, written below).
    "CREATE FUNCTION famdesk_team_role() RETURNS text LANGUAGE sql STABLE AS "
    "$$ SELECT value FROM store_info WHERE key = 'team_role' $$",
    "CREATE FUNCTION famdesk_is_lead() RETURNS boolean LANGUAGE sql STABLE AS "
    "$$ SELECT coalesce((SELECT lead FROM team_member WHERE role_name = session_user), false) $$",
    # A family someone on the team creates is theirs; the administrator's has no worker yet.
    "CREATE FUNCTION famdesk_default_assignee() RETURNS varchar LANGUAGE sql STABLE AS "
    "$$ SELECT role_name FROM team_member WHERE role_name = session_user $$",
    "CREATE FUNCTION famdesk_audit_actor() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "NEW.actor := session_user; RETURN NEW; END $$",
    # A handover is audited by the database itself, however it was made.
    "CREATE FUNCTION famdesk_audit_assignment() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "INSERT INTO audit_event (at, actor, action, entity, entity_uid, family_uid, detail) "
    "VALUES (to_char(clock_timestamp() AT TIME ZONE 'UTC', "
    "'YYYY-MM-DD\"T\"HH24:MI:SS.US') || ' +00:00', session_user, 'assign', 'family', "
    "NEW.uid, NEW.uid, json_build_object('from', OLD.assigned_to, 'to', NEW.assigned_to)); "
    "RETURN NEW; END $$",
)

_TRIGGERS = (
    "CREATE TRIGGER audit_event_actor BEFORE INSERT ON audit_event FOR EACH ROW "
    "EXECUTE FUNCTION famdesk_audit_actor()",
    "CREATE TRIGGER family_assignment_audit AFTER UPDATE OF assigned_to ON family "
    "FOR EACH ROW WHEN (OLD.assigned_to IS DISTINCT FROM NEW.assigned_to) "
    "EXECUTE FUNCTION famdesk_audit_assignment()",
)

_WRITABLE_TABLES = ", ".join((*CASE_TABLES, *SHARED_TABLES, "store_info"))

#: The team role, its privileges, and connecting only for the team (and the owner).
_TEAM_ROLE = f"""
DO $$
DECLARE
    team text := left('famdesk_team_' || current_database(), 63);
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = team) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', team);
    END IF;
    INSERT INTO store_info (key, value) VALUES ('team_role', team);
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', current_database(), team);
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', team);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON {_WRITABLE_TABLES} TO %I', team);
    EXECUTE format('GRANT SELECT, INSERT ON audit_event TO %I', team);
    EXECUTE format('GRANT SELECT ON team_member, alembic_version TO %I', team);
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %I', team);
END $$
"""


def _policies() -> list[str]:
    sql = [f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY" for t in (
        *CASE_TABLES, *SHARED_TABLES, "store_info", "audit_event", "team_member",
        "alembic_version")]
    for table, rule in CASE_TABLES.items():
        sql.append(f"CREATE POLICY {table}_assigned ON {table} USING ({rule}) WITH CHECK ({rule})")
    for table in SHARED_TABLES:
        sql.append(f"CREATE POLICY {table}_team ON {table} USING (true) WITH CHECK (true)")
    sql += [
        "CREATE POLICY store_info_read ON store_info FOR SELECT USING (true)",
        f"CREATE POLICY store_info_add ON store_info FOR INSERT WITH CHECK {_STORE_INFO_WRITABLE}",
        f"CREATE POLICY store_info_change ON store_info FOR UPDATE USING {_STORE_INFO_WRITABLE} "
        f"WITH CHECK {_STORE_INFO_WRITABLE}",
        f"CREATE POLICY store_info_remove ON store_info FOR DELETE USING {_STORE_INFO_WRITABLE}",
        # Workers read their own audit lines, a lead the team's; everyone appends.
        "CREATE POLICY audit_event_read ON audit_event FOR SELECT "
        "USING (actor = session_user OR (SELECT famdesk_is_lead()))",
        "CREATE POLICY audit_event_append ON audit_event FOR INSERT WITH CHECK (true)",
        "CREATE POLICY team_member_read ON team_member FOR SELECT USING (true)",
        "CREATE POLICY alembic_version_read ON alembic_version FOR SELECT USING (true)",
    ]
    return sql


#: 0008's triggers on ``family`` in a file, as 0008 made them (frozen here).
_FOLD_0008 = "famdesk_fold({c}.reference) || char(31) || famdesk_fold({c}.name)"
_FILE_FAMILY_TRIGGERS_0008 = (
    "CREATE TRIGGER family_search_text_ai AFTER INSERT ON family BEGIN "
    f"UPDATE family SET search_text = {_FOLD_0008.format(c='new')} WHERE id = new.id; END",
    "CREATE TRIGGER family_search_text_au AFTER UPDATE OF reference, name ON family BEGIN "
    f"UPDATE family SET search_text = {_FOLD_0008.format(c='new')} WHERE id = new.id; END",
)


def upgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    op.create_table(
        "team_member",
        sa.Column("role_name", sa.String(length=63), nullable=False),
        sa.Column("lead", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("added_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("role_name", name=op.f("pk_team_member")),
    )
    if postgresql:
        # Before the column whose default names one of them.
        for sql in _FUNCTIONS:
            op.execute(sql)
    if postgresql:
        op.add_column(
            "family",
            sa.Column(
                "assigned_to",
                sa.String(length=63),
                sa.ForeignKey(
                    "team_member.role_name", name=op.f("fk_family_assigned_to_team_member")
                ),
                nullable=True,
                server_default=sa.text("famdesk_default_assignee()"),
            ),
        )
    else:
        # ALTER TABLE ADD COLUMN with its reference inline: no rebuild of
        # ``family`` in a file, so its triggers stay.
        op.execute(
            "ALTER TABLE family ADD COLUMN assigned_to VARCHAR(63) "
            "CONSTRAINT fk_family_assigned_to_team_member REFERENCES team_member (role_name)"
        )
    op.create_index(op.f("ix_family_assigned_to"), "family", ["assigned_to"])
    with op.batch_alter_table("autosave_draft", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "owner",
                sa.String(length=63),
                nullable=False,
                server_default=sa.text("session_user") if postgresql else "",
            )
        )
        batch_op.drop_constraint(batch_op.f("uq_autosave_draft_key"), type_="unique")
        batch_op.create_unique_constraint(
            batch_op.f("uq_autosave_draft_owner"), ["owner", "key"]
        )
    if not postgresql:
        return
    for sql in (*_TRIGGERS, _TEAM_ROLE, *_policies()):
        op.execute(sql)


def downgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    if postgresql:
        for table in (*CASE_TABLES, *SHARED_TABLES, "store_info", "audit_event",
                      "team_member", "alembic_version"):
            op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
            for (policy,) in op.get_bind().execute(
                sa.text("SELECT policyname FROM pg_policies WHERE tablename = :t"), {"t": table}
            ).all():
                op.execute(f'DROP POLICY "{policy}" ON {table}')
        op.execute(
            "DO $$ DECLARE team text := famdesk_team_role(); BEGIN "
            "EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %I', team); "
            "EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM %I', team); "
            "EXECUTE format('REVOKE ALL ON SCHEMA public FROM %I', team); "
            "EXECUTE format('REVOKE ALL ON DATABASE %I FROM %I', current_database(), team); "
            "EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO PUBLIC', "
            "current_database()); END $$"
        )
        op.execute("DELETE FROM store_info WHERE key = 'team_role'")
        op.execute("DROP TRIGGER family_assignment_audit ON family")
        op.execute("DROP TRIGGER audit_event_actor ON audit_event")
        for name in ("famdesk_audit_assignment", "famdesk_audit_actor"):
            op.execute(f"DROP FUNCTION {name}()")
    with op.batch_alter_table("autosave_draft", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_autosave_draft_owner"), type_="unique")
        batch_op.create_unique_constraint(batch_op.f("uq_autosave_draft_key"), ["key"])
        batch_op.drop_column("owner")
    op.drop_index(op.f("ix_family_assigned_to"), "family")
    if postgresql:
        op.drop_column("family", "assigned_to")
    else:
        # The reference needs a rebuild of ``family``, which drops its triggers (0008's).
        with op.batch_alter_table("family", schema=None) as batch_op:
            batch_op.drop_column("assigned_to")
        for sql in _FILE_FAMILY_TRIGGERS_0008:
            op.execute(sql)
    op.drop_table("team_member")
    if postgresql:
        for name in ("famdesk_default_assignee", "famdesk_is_lead", "famdesk_team_role"):
            op.execute(f"DROP FUNCTION {name}()")
