"""Rewrite what is published from the interchange schema (run after changing it).

    python tools/update_interchange_docs.py           # writes both files
    python tools/update_interchange_docs.py --check   # exit 1 if either is stale

``docs/interchange.schema.json`` (the JSON Schema) and the field tables in
``docs/interchange.md`` come from ``famdesk/core/interchange_schema.py``;
``tests/core/test_interchange_schema.py`` fails when they are stale.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from famdesk.core.interchange_publish import docs_with_tables, json_schema_text  # noqa: E402


def main(argv: list[str]) -> int:
    check = "--check" in argv
    schema_path = ROOT / "docs" / "interchange.schema.json"
    docs_path = ROOT / "docs" / "interchange.md"
    docs = docs_path.read_text(encoding="utf-8")
    wanted = {schema_path: json_schema_text(), docs_path: docs_with_tables(docs)}
    stale = [p for p, text in wanted.items() if not p.exists() or p.read_text("utf-8") != text]
    if check:
        for p in stale:
            print(f"stale: {p.relative_to(ROOT)}")
        return 1 if stale else 0
    for p in stale:
        p.write_text(wanted[p], encoding="utf-8")
        print(f"wrote {p.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
