"""Workers are roles, and row-level security decides what each one sees.

A worker sees and changes only the families assigned to them, with
everything under them, through famdesk and through psql with their own
password alike; a lead sees the whole team; a handover is a lead's, and the
server audits it. Every table has a policy, and the test that says so fails
on a table without one.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import Connection, select, text

from famdesk.core import audit, caseload, interchange
from famdesk.core import team as core_team
from famdesk.core.errors import Code
from famdesk.core.interchange import check_file
from famdesk.core.team import TeamError
from famdesk.db.models import AuditEvent, Family
from famdesk.db.store import Store
from tests.server.conftest import Team
from tests.server.test_server_schema import psql

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "interchange"
FIXTURE = FIXTURE / "valid_two_families.json"
#: Tables famdesk keeps on a server that hold no case data (read by the whole team);
#: the register of placement sites is the team's, like the collaborators.
NOT_CASE_DATA = {
    "professional", "placement_site", "store_info", "team_member", "alembic_version",
    "audit_event",
}


def tables_without_policy(conn: Connection) -> list[str]:
    """Tables of the schema that row-level security does not guard with a policy."""
    return list(
        conn.execute(
            text(
                "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND (NOT c.relrowsecurity "
                "OR NOT EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid)) "
                "ORDER BY c.relname"
            )
        ).scalars()
    )


def _import(store: Store, assign_to: str | None = None) -> None:
    interchange.import_checked_file(store, check_file(FIXTURE), assign_to=assign_to)


def _visible_rows(url: str) -> dict[str, int]:
    """How many rows of each case table psql shows a role."""
    tables = ("family", "member", "contact_session", "addendum", "action_plan", "goal", "step",
              "review", "measurement", "family_professional", "session_member")
    sql = " UNION ALL ".join(f"SELECT '{t}', count(*) FROM {t}" for t in tables)
    r = psql(url, f"COPY ({sql}) TO STDOUT")
    assert r.returncode == 0, r.stderr
    return {t: int(n) for t, n in (line.split("\t") for line in r.stdout.splitlines())}


def test_every_table_has_a_policy(team: Team) -> None:
    admin = team.open(team.admin_url)
    with admin.engine.begin() as conn:
        assert tables_without_policy(conn) == []
        tables = set(conn.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars())
        # Every table with case data in it reaches a family, and that decides.
        family_rule = set(conn.execute(text(
            "SELECT tablename FROM pg_policies WHERE policyname = tablename || '_assigned'"
        )).scalars())
        assert tables - NOT_CASE_DATA == family_rule
        # The check itself fails on a table without one.
        conn.execute(text("CREATE TABLE placement_match_note (id serial PRIMARY KEY, t text)"))
        assert tables_without_policy(conn) == ["placement_match_note"]
        conn.execute(text("ALTER TABLE placement_match_note ENABLE ROW LEVEL SECURITY"))
        assert tables_without_policy(conn) == ["placement_match_note"]
        conn.rollback()


def test_a_worker_sees_only_the_families_assigned_to_them(team: Team) -> None:
    anna, anna_url = team.add("anna")
    bo, bo_url = team.add("bo")
    _import(team.open(team.admin_url), assign_to=anna)
    as_anna, as_bo, as_lead = team.open(anna_url), team.open(bo_url), team.open(team.lead_url)

    assert caseload.count_families(as_anna) == 2
    assert caseload.count_families(as_bo) == 0
    assert caseload.count_families(as_lead) == 2
    assert interchange.export_document(as_bo)["families"] == []
    assert len(interchange.export_document(as_anna)["families"]) == 2
    # The same through psql with bo's own password: nothing of it at all.
    assert set(_visible_rows(bo_url).values()) == {0}
    anna_rows = _visible_rows(anna_url)
    assert anna_rows["family"] == 2 and anna_rows["contact_session"] == 4
    assert _visible_rows(team.lead_url) == anna_rows
    # bo cannot write into anna's family either.
    r = psql(bo_url, "UPDATE contact_session SET notes = 'x'; DELETE FROM family")
    assert r.returncode == 0 and "UPDATE 0" in r.stdout and "DELETE 0" in r.stdout
    family_id = _visible_ids(anna_url)[0]
    r = psql(bo_url, f"INSERT INTO member (uid, family_id, position, role, given_name, "
                     f"family_name, phone, email, address) VALUES ('m-x', {family_id}, 9, "
                     "'network', 'Ukendt', '', '', '', '')")
    assert r.returncode != 0 and "row-level security" in r.stderr


def _visible_ids(url: str) -> list[int]:
    r = psql(url, "COPY (SELECT id FROM family ORDER BY id) TO STDOUT")
    return [int(x) for x in r.stdout.split()]


def test_a_handover_shows_the_family_to_its_new_worker_and_is_audited(team: Team) -> None:
    anna, anna_url = team.add("anna")
    bo, bo_url = team.add("bo")
    _import(team.open(team.admin_url), assign_to=anna)
    as_lead, as_bo = team.open(team.lead_url), team.open(bo_url)
    uid = interchange.export_document(as_lead)["families"][0]["uid"]

    with pytest.raises(TeamError) as refused:
        core_team.assign_family(team.open(anna_url), uid, bo)
    assert refused.value.code == Code.TEAM_LEAD_ONLY

    assert core_team.assign_family(as_lead, uid, bo) == anna
    assert [f["uid"] for f in interchange.export_document(as_bo)["families"]] == [uid]
    assert caseload.count_families(team.open(anna_url)) == 1
    with as_lead.read_session() as s:
        line = s.scalars(select(AuditEvent).where(AuditEvent.action == "assign")).one()
    assert (line.actor, line.family_uid) == (team.lead, uid)
    assert line.detail == {"from": anna, "to": bo}
    # The family's worker on its documents stays as written.
    written = {f["uid"]: f["worker"] for f in json.loads(FIXTURE.read_text("utf-8"))["families"]}
    with as_bo.read_session() as s:
        assert s.scalar(select(Family.worker).where(Family.uid == uid)) == written[uid]


def test_a_worker_cannot_hand_their_family_on_even_in_psql(team: Team) -> None:
    anna, anna_url = team.add("anna")
    bo, _ = team.add("bo")
    _import(team.open(team.admin_url), assign_to=anna)
    r = psql(anna_url, f"UPDATE family SET assigned_to = '{bo}'")
    assert r.returncode != 0 and "row-level security" in r.stderr
    assert len(_visible_ids(anna_url)) == 2


def test_the_audit_names_the_authenticated_role_not_what_the_client_says(team: Team) -> None:
    anna, anna_url = team.add("anna")
    as_anna = team.open(anna_url)
    with as_anna.session() as s:
        audit.record(s, "read", "family", "u-1", "u-1", actor="the lead, honestly")
    r = psql(anna_url, "INSERT INTO audit_event (at, actor, action, entity, detail) VALUES "
                       "('2026-01-01T00:00:00.000000 +00:00', 'someone else', 'read', '', '{}')")
    assert r.returncode == 0, r.stderr
    with as_anna.read_session() as s:
        assert set(s.scalars(select(AuditEvent.actor))) == {anna}
    # A worker cannot change, remove or empty the audit.
    for statement in ("UPDATE audit_event SET actor = 'x'", "DELETE FROM audit_event",
                      "TRUNCATE audit_event"):
        r = psql(anna_url, statement)
        assert r.returncode != 0 and "permission denied" in r.stderr, statement


def test_a_workers_drafts_are_their_own(team: Team) -> None:
    from famdesk.core import autosave

    _, anna_url = team.add("anna")
    _, bo_url = team.add("bo")
    as_anna, as_bo = team.open(anna_url), team.open(bo_url)
    autosave.save_draft(as_anna, "new-family", {"name": "Familien Ørsted"})
    autosave.save_draft(as_bo, "new-family", {"name": "Familien Berg"})
    assert autosave.load_draft(as_anna, "new-family").payload == {"name": "Familien Ørsted"}
    assert [d.payload for d in autosave.list_drafts(as_bo)] == [{"name": "Familien Berg"}]


def test_a_family_a_worker_creates_is_theirs(team: Team) -> None:
    from tests.core.session_fixtures import make_family

    anna, anna_url = team.add("anna")
    _, bo_url = team.add("bo")
    fam = make_family(team.open(anna_url))
    with team.open(team.lead_url).read_session() as s:
        assert s.scalar(select(Family.assigned_to).where(Family.uid == fam.uid)) == anna
    assert caseload.count_families(team.open(bo_url)) == 0


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Maria", Code.TEAM_WORKER_NAME),
        ("1maria", Code.TEAM_WORKER_NAME),
        ("pg_maria", Code.TEAM_WORKER_NAME),
        ("public", Code.TEAM_WORKER_NAME),
        ("m" * 64, Code.TEAM_WORKER_NAME),
        ("maria; drop table family", Code.TEAM_WORKER_NAME),
    ],
)
def test_a_workers_name_is_a_plain_role_name(team: Team, name: str, code: str) -> None:
    with pytest.raises(TeamError) as refused:
        team_add_worker(team, name, "a long enough password")
    assert refused.value.code == code


def team_add_worker(t: Team, name: str, password: str | None, lead: bool = False) -> bool:
    return core_team.add_worker(t.open(t.admin_url), name, password, lead=lead)


def test_only_the_administrator_adds_workers_and_never_an_administrator(team: Team) -> None:
    with pytest.raises(TeamError) as refused:
        core_team.add_worker(team.open(team.lead_url), "carl", "a long enough password")
    assert refused.value.code == Code.TEAM_ADMIN_ONLY
    with pytest.raises(TeamError) as refused:
        team_add_worker(team, "famdesk_admin", None)
    assert refused.value.code == Code.TEAM_WORKER_PRIVILEGED
    with pytest.raises(TeamError) as refused:
        team_add_worker(team, "dorte_new", None)
    assert refused.value.code == Code.TEAM_PASSWORD_REQUIRED
    with pytest.raises(TeamError) as refused:
        team_add_worker(team, "dorte_new", "kort")
    assert refused.value.code == Code.TEAM_PASSWORD_TOO_SHORT


def test_a_role_the_server_has_joins_the_team_and_becomes_lead(team: Team) -> None:
    anna, anna_url = team.add("anna")
    assert team_add_worker(team, anna, None, lead=True) is False
    assert core_team.my_standing(team.open(anna_url)) == "lead"
    assert [w.name for w in core_team.list_workers(team.open(anna_url))] == sorted(
        [anna, team.lead]
    )


def test_handing_a_family_to_someone_off_the_team_is_refused(team: Team) -> None:
    _import(team.open(team.admin_url))
    as_lead = team.open(team.lead_url)
    uid = interchange.export_document(as_lead)["families"][0]["uid"]
    with pytest.raises(TeamError) as refused:
        core_team.assign_family(as_lead, uid, "nobody_here")
    assert refused.value.code == Code.TEAM_WORKER_UNKNOWN
    with pytest.raises(TeamError):
        _import(team.open(team.lead_url), assign_to="nobody_here")


def test_the_audit_trail_on_a_server_is_by_role(team: Team) -> None:
    from famdesk.core.audit_log import AuditFilter, actors, count_events

    anna, anna_url = team.add("anna")
    bo, bo_url = team.add("bo")
    for url in (anna_url, bo_url, bo_url):
        with team.open(url).session() as s:
            audit.record(s, "read", "family", "u-1", "u-1")
    as_lead = team.open(team.lead_url)
    assert {anna, bo} <= set(actors(as_lead))
    assert count_events(as_lead, AuditFilter(actor=bo, action="read")) == 2
    # A worker reads their own lines only.
    assert set(actors(team.open(anna_url))) == {anna}
    assert count_events(team.open(anna_url), AuditFilter(action="read")) == 1
