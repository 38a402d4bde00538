"""How many matches name a placement site, counted across the team on a server.

The register of sites is the team's, the matches are the families' (0012): on
a server row-level security hides another worker's matches, so a worker who
counted them before deleting a site counted none, and the delete met the
foreign key instead of core's refusal (and the register showed "0 matches"
for a site in use). ``famdesk_site_matches`` counts as its owner, across the
team, and gives out only the number per site: no case data. A file has one
worker and counts with a plain query; nothing changes there.

Revision ID: 0015
Revises: 0014
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SAFE = "SECURITY DEFINER SET search_path = pg_catalog, public"

_SQL = (
    "CREATE FUNCTION famdesk_site_matches(sites integer[]) "
    "RETURNS TABLE (site_id integer, matches integer) "
    f"LANGUAGE sql STABLE {_SAFE} AS $$ "
    "SELECT u.site, count(*)::integer FROM ("
    "SELECT c.site_id AS site, c.match_id AS m FROM placement_candidate c "
    "WHERE c.site_id = ANY (sites) "
    "UNION SELECT pm.chosen_site_id, pm.id FROM placement_match pm "
    "WHERE pm.chosen_site_id = ANY (sites)) u GROUP BY u.site $$",
    "REVOKE ALL ON FUNCTION famdesk_site_matches(integer[]) FROM PUBLIC",
    "DO $$ BEGIN EXECUTE format('GRANT EXECUTE ON FUNCTION famdesk_site_matches(integer[]) "
    "TO %I', famdesk_team_role()); END $$",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for sql in _SQL:
        op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP FUNCTION famdesk_site_matches(integer[])")
