"""Case-insensitive matching in every alphabet, on SQLite as on a server."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.dialects import mysql, postgresql, sqlite

from famdesk.db.models import Family
from famdesk.db.sql import contains_folded, folded


def test_folded_matches_danish_and_other_letters(store) -> None:
    with store.session() as s:
        names_ = ("Familien Ærøskøbing", "Familien Łukasiewicz", "Familien Åberg", "Familien Berg")
        for name in names_:
            s.add(Family(reference=name[-4:], name=name, start_date=date(2026, 1, 1)))
    with store.read_session() as s:
        def names(text: str) -> list[str]:
            stmt = select(Family.name).where(contains_folded(Family.name, text))
            return list(s.scalars(stmt))

        assert names("ærø") == ["Familien Ærøskøbing"]
        assert names("ÆRØ") == ["Familien Ærøskøbing"]
        assert names("łUK") == ["Familien Łukasiewicz"]
        assert names("åB") == ["Familien Åberg"]
        assert sorted(names("berg")) == ["Familien Berg", "Familien Åberg"]
        # Full case folding, as Python's casefold: ß is ss on both backends.
        s.add(Family(reference="ST-1", name="Familien Strauß", start_date=date(2026, 1, 1)))
        s.flush()
        assert names("STRAUSS") == ["Familien Strauß"]
        assert names("100%") == []  # LIKE wildcards in user text are literal


def test_folded_is_famdesk_fold_on_both_backends_and_lower_elsewhere() -> None:
    sql = str(select(folded(Family.name)).compile(dialect=postgresql.dialect()))
    assert "famdesk_fold(family.name)" in sql
    sql = str(select(folded(Family.name)).compile(dialect=sqlite.dialect()))
    assert "famdesk_fold(family.name)" in sql
    sql = str(select(folded(Family.name)).compile(dialect=mysql.dialect()))
    assert "lower(family.name)" in sql
