"""Note search on a team server: PostgreSQL's full-text search, matching as the file's does.

A file searches with SQLite FTS5 (0002, 0008); nothing changes there. A server
gets ``session_search``: one row per session with its start, its family and a
``tsvector`` of its summary, notes, assessment, agreements and addenda, kept
by triggers (statement triggers for bulk imports) and indexed with GIN.

Matching is the file's: the ``simple`` configuration (no stemming, no stop
words, lowercase), every run of characters other than letters and digits a
separator (as FTS5's ``unicode61`` tokenizer, diacritics kept), and a gap
between the columns so a phrase never spans two of them. A Danish stemming
configuration would give other hits than the file ("børne" must find
"børnehave").

Row-level security keeps ``@@`` (not leakproof) out of index conditions for a
worker, so the search runs in ``famdesk_search``, a SECURITY DEFINER function
that reads the index as its owner and filters by assignment itself: the
families assigned to the caller, or the whole team for a lead or the
administrator. Workers have no privilege on ``session_search`` itself.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SAFE = "SECURITY DEFINER SET search_path = pg_catalog, public"
#: How many of the newest sessions the team-wide search tries before the index.
PROBE = 5000

_SQL = (
    "CREATE TABLE session_search ("
    "session_id integer PRIMARY KEY REFERENCES contact_session (id) ON DELETE CASCADE, "
    "family_id integer NOT NULL, start varchar(40) NOT NULL, document tsvector NOT NULL)",
    "CREATE INDEX ix_session_search_document ON session_search USING gin (document)",
    "CREATE INDEX ix_session_search_start ON session_search (start DESC, session_id DESC)",
    "CREATE INDEX ix_session_search_family_start "
    "ON session_search (family_id, start DESC, session_id DESC)",
    # Words as FTS5's unicode61 sees them: letters and digits, everything else a separator.
    "CREATE FUNCTION famdesk_words(value text) RETURNS tsvector LANGUAGE sql IMMUTABLE "
    "PARALLEL SAFE AS $$ SELECT to_tsvector('simple', "
    "regexp_replace(coalesce(value, ''), '[^[:alnum:]]+', ' ', 'g')) $$",
    # The columns in FTS5's order, a lexeme no query can name ('_') between them.
    "CREATE FUNCTION famdesk_session_document(sid integer) RETURNS tsvector "
    "LANGUAGE sql STABLE AS $$ SELECT famdesk_words(cs.summary) || '_:1'::tsvector "
    "|| famdesk_words(cs.notes) || '_:1'::tsvector || famdesk_words(cs.assessment) "
    "|| '_:1'::tsvector || famdesk_words(cs.agreements) || '_:1'::tsvector "
    "|| famdesk_words((SELECT string_agg(a.text, ' ' ORDER BY a.id) FROM addendum a "
    "WHERE a.session_id = cs.id)) FROM contact_session cs WHERE cs.id = sid $$",
    f"CREATE FUNCTION famdesk_index_sessions(sessions integer[]) RETURNS void LANGUAGE sql {_SAFE} "
    "AS $$ INSERT INTO session_search (session_id, family_id, start, document) "
    "SELECT cs.id, cs.family_id, cs.start, famdesk_session_document(cs.id) "
    "FROM contact_session cs WHERE cs.id = ANY(sessions) "
    "ON CONFLICT (session_id) DO UPDATE SET family_id = excluded.family_id, "
    "start = excluded.start, document = excluded.document $$",
    "CREATE FUNCTION famdesk_search_new_sessions() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN PERFORM famdesk_index_sessions(ARRAY(SELECT id FROM changed)); RETURN NULL; END $$",
    "CREATE FUNCTION famdesk_search_changed_session() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN PERFORM famdesk_index_sessions(ARRAY[NEW.id]); RETURN NULL; END $$",
    "CREATE FUNCTION famdesk_search_changed_addenda() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN PERFORM famdesk_index_sessions(ARRAY(SELECT DISTINCT session_id FROM changed)); "
    "RETURN NULL; END $$",
    "CREATE TRIGGER session_search_insert AFTER INSERT ON contact_session "
    "REFERENCING NEW TABLE AS changed FOR EACH STATEMENT "
    "EXECUTE FUNCTION famdesk_search_new_sessions()",
    "CREATE TRIGGER session_search_update AFTER UPDATE OF family_id, start, summary, notes, "
    "assessment, agreements ON contact_session FOR EACH ROW "
    "EXECUTE FUNCTION famdesk_search_changed_session()",
    "CREATE TRIGGER session_search_addendum_insert AFTER INSERT ON addendum "
    "REFERENCING NEW TABLE AS changed FOR EACH STATEMENT "
    "EXECUTE FUNCTION famdesk_search_changed_addenda()",
    "CREATE TRIGGER session_search_addendum_delete AFTER DELETE ON addendum "
    "REFERENCING OLD TABLE AS changed FOR EACH STATEMENT "
    "EXECUTE FUNCTION famdesk_search_changed_addenda()",
    # Sessions written before this revision.
    "INSERT INTO session_search (session_id, family_id, start, document) "
    "SELECT id, family_id, start, famdesk_session_document(id) FROM contact_session",
    # Who sees every family: a lead, the administrator (owner of the tables), a superuser.
    "CREATE FUNCTION famdesk_sees_all() RETURNS boolean LANGUAGE sql STABLE AS $$ "
    "SELECT famdesk_is_lead() OR (SELECT pg_has_role(session_user, c.relowner, 'MEMBER') "
    "FROM pg_class c WHERE c.oid = 'family'::regclass) "
    "OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) $$",
    # The search itself: a page of the matches the caller may see, newest first, or
    # ranked among the newest ``ranked`` matches. A worker's (or one family's)
    # sessions are read through the family index and sorted; for the whole team
    # the newest PROBE sessions are tried first (a common word is among them) and
    # the GIN index finds the rest (a rare word or a phrase has few matches).
    # Plans are made for each call's values: one cached plan cannot fit both.
    "CREATE FUNCTION famdesk_search(q tsquery, only_family integer, by_rank boolean, "
    "ranked integer, page integer, skip integer) RETURNS TABLE (session_id integer) "
    f"LANGUAGE plpgsql STABLE {_SAFE} SET plan_cache_mode = force_custom_plan AS $$ "
    "DECLARE everyone boolean := famdesk_sees_all(); fams integer[]; hits integer[]; "
    "BEGIN "
    "IF only_family IS NOT NULL THEN fams := ARRAY(SELECT f.id FROM family f "
    "WHERE f.id = only_family AND (everyone OR f.assigned_to = session_user)); "
    "ELSIF NOT everyone THEN fams := ARRAY(SELECT f.id FROM family f "
    "WHERE f.assigned_to = session_user); END IF; "
    "IF by_rank THEN RETURN QUERY "
    "SELECT m.session_id FROM (SELECT s.session_id, s.start, ts_rank(s.document, q) AS r "
    "FROM session_search s WHERE s.document @@ q "
    "AND (fams IS NULL OR s.family_id = ANY (fams)) "
    "ORDER BY s.start DESC, s.session_id DESC LIMIT ranked) m "
    "ORDER BY m.r DESC, m.start DESC, m.session_id DESC LIMIT page OFFSET skip; RETURN; "
    "END IF; "
    # A caseload (10-40 families) is read whole: walking the date index instead,
    # hoping to meet the hits early, reads every session when a word is rare.
    "IF fams IS NOT NULL THEN RETURN QUERY "
    "WITH mine AS MATERIALIZED (SELECT s.session_id, s.start, s.document "
    "FROM session_search s WHERE s.family_id = ANY (fams)) "
    "SELECT mine.session_id FROM mine WHERE mine.document @@ q "
    "ORDER BY mine.start DESC, mine.session_id DESC LIMIT page OFFSET skip; "
    "RETURN; END IF; "
    f"hits := ARRAY(SELECT n.session_id FROM (SELECT s.session_id, s.start, s.document "
    f"FROM session_search s ORDER BY s.start DESC, s.session_id DESC LIMIT {PROBE}) n "
    "WHERE n.document @@ q ORDER BY n.start DESC, n.session_id DESC LIMIT page + skip); "
    "IF cardinality(hits) >= page + skip THEN "
    "RETURN QUERY SELECT h FROM unnest(hits[skip + 1:]) AS h; RETURN; END IF; "
    "RETURN QUERY WITH m AS MATERIALIZED (SELECT s.session_id, s.start FROM session_search s "
    "WHERE s.document @@ q) SELECT m.session_id FROM m "
    "ORDER BY m.start DESC, m.session_id DESC LIMIT page OFFSET skip; "
    "END $$",
    "REVOKE ALL ON FUNCTION famdesk_search(tsquery, integer, boolean, integer, integer, integer) "
    "FROM PUBLIC",
    "REVOKE ALL ON FUNCTION famdesk_index_sessions(integer[]) FROM PUBLIC",
    "DO $$ BEGIN EXECUTE format('GRANT EXECUTE ON FUNCTION famdesk_search(tsquery, integer, "
    "boolean, integer, integer, integer), famdesk_index_sessions(integer[]) TO %I', "
    "famdesk_team_role()); END $$",
    # Every table has a policy (0009): the index is a session's, seen with it.
    "ALTER TABLE session_search ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY session_search_assigned ON session_search USING "
    "(EXISTS (SELECT 1 FROM contact_session p WHERE p.id = session_search.session_id))",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for sql in _SQL:
        op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TABLE session_search")
    for name in (
        "famdesk_search(tsquery, integer, boolean, integer, integer, integer)",
        "famdesk_sees_all()",
        "famdesk_search_changed_addenda() CASCADE",
        "famdesk_search_changed_session() CASCADE",
        "famdesk_search_new_sessions() CASCADE",
        "famdesk_index_sessions(integer[])",
        "famdesk_session_document(integer)",
        "famdesk_words(text)",
    ):
        op.execute(f"DROP FUNCTION {name}")
