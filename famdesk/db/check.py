"""``famdesk check``: is the file sound, and is its schema the one we expect?"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import text

from famdesk.db import migrate
from famdesk.db.backup import INTEGRITY_CACHE_KIB, row_counts
from famdesk.db.store import Store


@dataclass
class CheckReport:
    ok: bool = True
    lines: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    def problem(self, line: str) -> None:
        self.ok = False
        self.lines.append(f"PROBLEM: {line}")


def check_store(store: Store) -> CheckReport:
    report = CheckReport()
    with store.engine.connect() as conn:
        revision = migrate.current_revision(conn)
        head = migrate.head_revision()
        if revision != head:
            report.problem(f"schema {revision}, expected {head}")
        else:
            report.lines.append(f"schema: {revision} (current)")
        if store.engine.dialect.name != "sqlite":
            report.lines.append("integrity: checked by the database server")
            return report
        # A large page cache: with SQLite's default 2 MB the check re-reads and
        # re-decrypts most pages several times (about twice as slow here).
        default_cache = conn.execute(text("PRAGMA cache_size")).scalar()
        conn.execute(text(f"PRAGMA cache_size = -{INTEGRITY_CACHE_KIB}"))
        try:
            integrity = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
        finally:
            conn.execute(text(f"PRAGMA cache_size = {int(default_cache or -2000)}"))
        if integrity != ["ok"]:
            for line in integrity[:20]:
                report.problem(f"integrity: {line}")
        else:
            report.lines.append("integrity: ok")
        dangling = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
        if dangling:
            report.problem(f"{len(dangling)} references point to missing records")
        else:
            report.lines.append("references: ok")
        try:
            conn.execute(
                text("INSERT INTO session_fts(session_fts, rank) VALUES ('integrity-check', 1)")
            )
            report.lines.append("search index: ok")
        except Exception as exc:  # noqa: BLE001 - any failure is a finding
            report.problem(f"search index: {exc}")
        cipher = conn.execute(text("PRAGMA cipher_version")).scalar()
        report.lines.append(f"encryption: SQLCipher {cipher}" if cipher else "encryption: NONE")
        if not cipher:
            report.ok = False
        raw = conn.connection.dbapi_connection
        report.counts = row_counts(raw)  # type: ignore[arg-type]
        conn.rollback()
    report.lines.append("records: " + ", ".join(f"{k} {v}" for k, v in report.counts.items()))
    return report
