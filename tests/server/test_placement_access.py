"""On a server a child's match and conversations are the family's; the site register the team's.

Through psql with each worker's own password: another worker sees none of a
family's matches, candidates, follow-ups, breakdowns or conversations and
cannot add to them; every worker reads and extends the register of sites,
and none can delete a site a match names.
"""

from __future__ import annotations

from famdesk.db.store import Store
from tests.db.placement_rows import add_match_tree
from tests.server.conftest import Team
from tests.server.test_server_schema import psql

CASE_TABLES = (
    "placement_match", "placement_match_need", "placement_candidate", "placement_follow_up",
    "placement_breakdown", "child_conversation",
)


def _counts(url: str) -> dict[str, int]:
    sql = " UNION ALL ".join(
        f"SELECT '{t}', count(*) FROM {t}" for t in (*CASE_TABLES, "placement_site"))
    r = psql(url, f"COPY ({sql}) TO STDOUT")
    assert r.returncode == 0, r.stderr
    return {t: int(n) for t, n in (line.split("\t") for line in r.stdout.splitlines())}


def test_matches_and_conversations_are_seen_only_by_the_familys_worker(team: Team) -> None:
    anna, anna_url = team.add("anna")
    _, bo_url = team.add("bo")
    as_anna: Store = team.open(anna_url)
    with as_anna.session() as s:
        add_match_tree(s)

    mine = _counts(anna_url)
    assert mine["placement_candidate"] == 2 and mine["placement_site"] == 2
    assert all(mine[t] >= 1 for t in CASE_TABLES)
    assert _counts(team.lead_url) == mine
    theirs = _counts(bo_url)
    assert [theirs[t] for t in CASE_TABLES] == [0] * len(CASE_TABLES)
    assert theirs["placement_site"] == 2  # the register is the team's

    member_id = psql(anna_url, "COPY (SELECT id FROM member) TO STDOUT").stdout.strip()
    for sql in (
        "INSERT INTO placement_match (uid, member_id, position, status, child_view, "
        f"parents_view, reasons) VALUES ('m-x', {member_id}, 1, 'exploring', '', '', '')",
        "INSERT INTO child_conversation (uid, member_id, position, date, present, "
        f"support_person, declined, child_own_words, summary) VALUES ('c-x', {member_id}, 1, "
        "'2026-03-01', '', '', false, '', '')",
    ):
        r = psql(bo_url, sql)
        assert r.returncode != 0 and "row-level security" in r.stderr, r.stderr
    r = psql(bo_url, "UPDATE placement_follow_up SET notes = 'x'; DELETE FROM placement_match")
    assert r.returncode == 0 and "UPDATE 0" in r.stdout and "DELETE 0" in r.stdout
    assert _counts(anna_url) == mine


def test_every_worker_extends_the_register_but_no_site_in_use_is_deleted(team: Team) -> None:
    _, anna_url = team.add("anna")
    _, bo_url = team.add("bo")
    with team.open(anna_url).session() as s:
        add_match_tree(s)
    r = psql(bo_url, "INSERT INTO placement_site (uid, name, type, address, phone, email, "
                     "competences) VALUES ('s-bo', 'Opholdsstedet Havblik', "
                     "'socio-educational-home', '', '', '', 'Unge 14-17 år'); "
                     "UPDATE placement_site SET capacity = 3 WHERE uid = 's-bo'")
    assert r.returncode == 0, r.stderr
    assert _counts(anna_url)["placement_site"] == 3
    # Neither worker can take a site that anna's match names out of the register.
    for url in (bo_url, anna_url):
        r = psql(url, "DELETE FROM placement_site WHERE type = 'foster-family'")
        assert r.returncode != 0 and "foreign key" in r.stderr, r.stderr
    r = psql(anna_url, "DELETE FROM placement_site WHERE uid = 's-bo'")
    assert r.returncode == 0 and "DELETE 1" in r.stdout
