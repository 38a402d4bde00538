"""What is published from the interchange schema: a JSON Schema and the docs' field tables.

Both are generated from ``interchange_schema`` and committed
(``docs/interchange.schema.json``, the tables in ``docs/interchange.md``);
``tools/update_interchange_docs.py`` rewrites them and a test fails when they
are stale. The JSON Schema describes the version export writes; famdesk also
reads older versions (see ``interchange_schema.VERSIONS``).
"""

from __future__ import annotations

import json
from typing import Any

from famdesk.core import interchange_schema as schema
from famdesk.core.interchange_schema import FORMAT_VERSION, Entity, Field

SCHEMA_ID = "https://famdesk.invalid/interchange.schema.json"
UID_PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
TIME_PATTERN = (
    "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,6})?)?"
    "(Z|[+-][0-9]{2}:[0-9]{2})$"
)
CPR_PATTERN = "^[0-9]{6}-[0-9]{4}$"

DOCS_BEGIN = "<!-- generated from famdesk/core/interchange_schema.py: begin -->"
DOCS_END = "<!-- generated from famdesk/core/interchange_schema.py: end -->"


def _uid() -> dict[str, Any]:
    return {"type": "string", "pattern": UID_PATTERN}


def _value(f: Field) -> dict[str, Any]:
    """The JSON Schema of one field's value, null aside."""
    kind = f.kind
    if kind in ("uid", "ref"):
        return _uid()
    if kind == "text":
        out: dict[str, Any] = {"type": "string"}
        if f.max_len is not None:
            out["maxLength"] = f.max_len
        if f.required:
            out["pattern"] = "\\S"
        return out
    if kind == "date":
        return {"type": "string", "format": "date", "pattern": DATE_PATTERN}
    if kind == "time":
        return {"type": "string", "format": "date-time", "pattern": TIME_PATTERN}
    if kind == "bool":
        return {"type": "boolean"}
    if kind == "int":
        return {"type": "integer", "minimum": f.lo, "maximum": f.hi}
    if kind == "enum":
        return {"enum": list(f.values)}
    if kind == "cpr":
        return {"type": "string", "pattern": CPR_PATTERN}
    if kind == "number":
        return {"type": "number"}
    if kind == "numbers":
        return {"type": "array", "items": {"type": "number"}}
    if kind == "uids":
        return {"type": "array", "items": _uid(), "uniqueItems": True}
    if kind == "scores":
        return {
            "type": "object",
            "propertyNames": {"pattern": UID_PATTERN},
            "additionalProperties": {"type": "integer", "minimum": f.lo, "maximum": f.hi},
        }
    if kind == "needs":
        return {
            "type": "object",
            "propertyNames": {"enum": list(f.values)},
            "additionalProperties": {"type": "string"},
        }
    if kind == "list":
        assert f.entity is not None
        return {"type": "array", "items": {"$ref": f"#/$defs/{f.entity.name}"}}
    if kind == "object":
        assert f.entity is not None
        return {"$ref": f"#/$defs/{f.entity.name}"}
    if kind == "const":
        return {"const": f.values[0]}
    if kind == "version":
        return {"const": FORMAT_VERSION}
    raise ValueError(f"no JSON Schema for kind {kind!r}")  # pragma: no cover


def _field(f: Field) -> dict[str, Any]:
    value = _value(f)
    if f.nullable:
        value = {"anyOf": [value, {"type": "null"}]}
    if f.doc:
        value = {"description": f.doc, **value}
    return value


def _entity(e: Entity) -> dict[str, Any]:
    out: dict[str, Any] = {
        "description": e.doc,
        "type": "object",
        "properties": {f.name: _field(f) for f in e.fields},
        "required": [f.name for f in e.fields if f.name not in e.optional],
        "additionalProperties": False,
    }
    rules = [f for f in e.fields if f.present_when]
    if rules:
        out["allOf"] = [
            {
                "if": {"properties": {f.present_when: {"const": True}}},
                "then": {"properties": {f.name: {"type": "object"}}},
                "else": {"properties": {f.name: {"type": "null"}}},
            }
            for f in rules
        ]
    return out


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a document of the version export writes."""
    top = _entity(schema.DOCUMENT)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": f"famdesk interchange format, version {FORMAT_VERSION}",
        **top,
        "$defs": {e.name: _entity(e) for e in schema.walk() if e is not schema.DOCUMENT},
    }


def json_schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"


# --- the docs' field tables ---------------------------------------------------------------

_KIND_WORDS = {
    "uid": "uid",
    "ref": "uid",
    "text": "text",
    "date": "date `YYYY-MM-DD`",
    "time": "time, ISO 8601 with offset",
    "bool": "true/false",
    "cpr": "`DDMMYY-NNNN`",
    "number": "number",
    "numbers": "list of numbers",
    "uids": "list of uids",
    "scores": "object: goal uid → whole number",
    "needs": "object: ICS dimension (as a goal's `ics_dimension`) → text",
    "const": "text",
    "version": "whole number",
}


def _type_words(f: Field) -> str:
    if f.kind == "enum":
        words = " \\| ".join(f"`{v}`" for v in f.values)
    elif f.kind == "int" or f.kind == "scores":
        base = _KIND_WORDS.get(f.kind, "whole number")
        words = f"{base} {f.lo}–{f.hi}"
    elif f.kind == "list":
        assert f.entity is not None
        words = f"list of [{f.entity.name}](#{f.entity.name})"
    elif f.kind == "object":
        assert f.entity is not None
        words = f"[{f.entity.name}](#{f.entity.name})"
    elif f.kind == "const":
        words = f'`"{f.values[0]}"`'
    else:
        words = _KIND_WORDS[f.kind]
    if f.kind == "text" and f.max_len is not None:
        words += f", at most {f.max_len} characters"
    if f.kind == "text" and f.required:
        words += ", not empty"
    if f.nullable:
        words = f"null or {words}"
    return words


def markdown_tables() -> str:
    """One table per object of the format: key, type, version, notes."""
    parts = []
    for e in schema.walk():
        lines = [
            f"### {e.name}",
            "",
            e.doc,
            "",
            "| key | value | since | notes |",
            "|---|---|---|---|",
        ]
        for f in e.fields:
            note = f.doc.replace("|", "\\|")
            if f.name in e.optional:
                note = (note + "; " if note else "") + "may be left out"
            lines.append(f"| `{f.name}` | {_type_words(f)} | {f.since} | {note} |")
        parts.append("\n".join(lines))
    return "\n\n".join(parts) + "\n"


def docs_with_tables(docs: str) -> str:
    """``docs`` (the text of docs/interchange.md) with its generated section renewed."""
    begin, end = docs.index(DOCS_BEGIN), docs.index(DOCS_END)
    return docs[: begin + len(DOCS_BEGIN)] + "\n\n" + markdown_tables() + "\n" + docs[end:]
