"""Audit retention: old audit rows may be purged, recent ones never.

The audit log stays append-only: no row can ever be updated. A row may be
deleted only when it is older than the cutoff kept in ``store_info`` under
``audit_retention_cutoff``; without a cutoff nothing can be deleted. The
cutoff itself can never be set later than ``MIN_RETENTION_DAYS`` before now,
so no program path (ORM, SQL, a wrong setting) can purge recent rows.

Times compare as text: ``audit_event.at`` starts with a fixed-width UTC
timestamp (``famdesk.db.types.Instant``), and the cutoff is stored the same way.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Audit rows younger than this are never deletable (Datatilsynet's guidance
#: keeps access logs for at least six months).
MIN_RETENTION_DAYS = 180

_CUTOFF = "(SELECT value FROM store_info WHERE key = 'audit_retention_cutoff')"
_TOO_RECENT = (
    f"substr({{value}}, 1, 19) > strftime('%Y-%m-%dT%H:%M:%S', 'now', '-{MIN_RETENTION_DAYS} days')"
)


_PURGE_REFUSED = (
    "audit log is append-only: only rows older than the retention period can be purged"
)

#: The same rules on a server, as PL/pgSQL triggers (0001 made ``famdesk_refuse``).
SERVER_TRIGGERS = (
    "CREATE FUNCTION famdesk_audit_purge_guard() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "DECLARE cutoff text; BEGIN "
    "SELECT value INTO cutoff FROM store_info WHERE key = 'audit_retention_cutoff'; "
    "IF cutoff IS NULL OR substr(OLD.at, 1, 26) >= substr(cutoff, 1, 26) THEN "
    f"RAISE EXCEPTION USING MESSAGE = '{_PURGE_REFUSED}', "
    "ERRCODE = 'integrity_constraint_violation'; END IF; RETURN OLD; END $$",
    "DROP TRIGGER audit_event_no_delete ON audit_event",
    "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW "
    "EXECUTE FUNCTION famdesk_audit_purge_guard()",
    "CREATE FUNCTION famdesk_retention_floor() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "IF TG_OP = 'UPDATE' AND NEW.key = 'audit_retention_cutoff' "
    "AND OLD.key <> 'audit_retention_cutoff' THEN RAISE EXCEPTION USING MESSAGE = "
    "'the audit retention cutoff cannot be renamed into place', "
    "ERRCODE = 'integrity_constraint_violation'; END IF; "
    "IF NEW.key = 'audit_retention_cutoff' AND substr(NEW.value, 1, 19) > "
    "to_char(now() AT TIME ZONE 'UTC' - interval "
    f"'{MIN_RETENTION_DAYS} days', 'YYYY-MM-DD\"T\"HH24:MI:SS') THEN "
    "RAISE EXCEPTION USING MESSAGE = "
    f"'the audit retention period is shorter than {MIN_RETENTION_DAYS} days', "
    "ERRCODE = 'integrity_constraint_violation'; END IF; RETURN NEW; END $$",
    "CREATE TRIGGER store_info_retention_floor BEFORE INSERT OR UPDATE ON store_info "
    "FOR EACH ROW EXECUTE FUNCTION famdesk_retention_floor()",
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for sql in SERVER_TRIGGERS:
            op.execute(sql)
        return
    op.execute("DROP TRIGGER IF EXISTS audit_event_no_delete")
    op.execute(
        "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
        f"WHEN {_CUTOFF} IS NULL OR substr(OLD.at, 1, 26) >= substr({_CUTOFF}, 1, 26) "
        f"BEGIN SELECT RAISE(ABORT, '{_PURGE_REFUSED}'); END"
    )
    for event in ("INSERT", "UPDATE"):
        op.execute(
            f"CREATE TRIGGER store_info_retention_floor_{event.lower()} "
            f"BEFORE {event} ON store_info "
            "WHEN NEW.key = 'audit_retention_cutoff' AND "
            + _TOO_RECENT.format(value="NEW.value")
            + " BEGIN SELECT RAISE(ABORT, 'the audit retention period is shorter than "
            f"{MIN_RETENTION_DAYS} days'); END"
        )
    # Renaming a row into the cutoff key must not sidestep the floor either.
    op.execute(
        "CREATE TRIGGER store_info_retention_key_guard BEFORE UPDATE OF key ON store_info "
        "WHEN NEW.key = 'audit_retention_cutoff' AND OLD.key != 'audit_retention_cutoff' "
        "BEGIN SELECT RAISE(ABORT, 'the audit retention cutoff cannot be renamed into place'); END"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER store_info_retention_floor ON store_info")
        op.execute("DROP FUNCTION famdesk_retention_floor()")
        op.execute("DROP TRIGGER audit_event_no_delete ON audit_event")
        op.execute("DROP FUNCTION famdesk_audit_purge_guard()")
        op.execute(
            "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW "
            "EXECUTE FUNCTION famdesk_refuse('audit log is append-only')"
        )
        return
    for name in (
        "store_info_retention_key_guard",
        "store_info_retention_floor_update",
        "store_info_retention_floor_insert",
        "audit_event_no_delete",
    ):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute(
        "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
        "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"
    )
