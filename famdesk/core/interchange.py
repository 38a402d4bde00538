"""The famdesk interchange format (docs/design.md, docs/interchange.md): the public API.

- ``parse_document`` reads JSON text; ``validate_document`` lists every problem.
- ``import_document`` validates, refuses uids the store already holds, then
  writes everything in one transaction with an audit line, or nothing at all.
- ``export_document`` reads the store (or one family) back out; ``dump_document``
  renders it as stable, human-readable JSON.
- ``check_file`` and ``import_checked_file`` do the same for a file, streamed
  family by family (a first pass validates all of it, a second writes), and
  ``export_to`` streams an export to a text handle: memory stays flat however
  large the store or the file.

The format itself is defined once in ``interchange_schema``. The work is split
over ``interchange_validate`` (checks), ``interchange_json`` (strict, streamed
JSON), ``interchange_write`` (the fast bulk writer) and ``interchange_export``
(bulk reads); import from here.

How famdesk reads the format, beyond docs/design.md:

- Every key is required (``null`` where the format allows it) except the
  top-level ``exported_at`` and, in a version 1 file, the keys version 2
  added (they take empty defaults); uids are lowercase UUID text, unique in
  the file.
- A professional may appear under several families with the same uid only
  with identical fields. On import, one already in the store (same uid) is
  accepted only with identical fields, and then linked (as a site is); any
  other uid the store holds is refused.
- Version 2's ``placement_sites`` is the register the matches name: every
  candidate's ``site_uid`` and a ``chosen_site_uid`` is a site of the file
  (wherever the list stands in it). A site already in the store (same uid) is
  accepted only with identical fields, and then reused.
- Export order: members, plans, goals, steps, reviews, measurements and
  addenda as imported; sessions by start; reference lists canonical (members
  and goals by position, professionals by name, then uid). So export → import
  → export is identical apart from ``exported_at``.
- Only a child's current placement travels; whole scores are written as ints.
"""

from __future__ import annotations

import copy
import json
import os
from dataclasses import dataclass
from typing import IO, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from famdesk.core import audit, rules
from famdesk.core import interchange_schema as schema
from famdesk.core.errors import Code
from famdesk.core.families import PROFESSIONAL_FIELDS
from famdesk.core.interchange_export import read_document, record_object, write_document_file
from famdesk.core.interchange_json import STREAMED, DocumentReader
from famdesk.core.interchange_schema import FORMAT_NAME, FORMAT_VERSION
from famdesk.core.interchange_validate import (
    SITE_FIELDS,
    DocumentInvalid,
    InterchangeError,
    Walk,
    check_document,
    describe,
    parse_document,
    validate_document,
)
from famdesk.core.interchange_write import (
    FamilyWriter,
    ImportSummary,
    bulk_mode,
    existing_rows,
    upgrade_family,
    write_document,
)
from famdesk.core.team import check_assignee
from famdesk.db import models as m
from famdesk.db.store import Store

__all__ = [
    "as_current_version",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "DocumentInvalid",
    "ImportSummary",
    "InterchangeError",
    "check_file",
    "dump_document",
    "export_document",
    "export_to",
    "record_export",
    "import_checked_file",
    "find_collisions",
    "import_document",
    "parse_document",
    "validate_document",
    "write_document",
]

#: Tables whose uids an imported document must not reuse, with a name for messages.
_UID_TABLES: tuple[tuple[Any, str], ...] = (
    (m.Family, "family"),
    (m.Member, "member"),
    (m.Professional, "professional"),
    (m.Placement, "placement"),
    (m.ActionPlan, "plan"),
    (m.Goal, "goal"),
    (m.Step, "step"),
    (m.Review, "review"),
    (m.ContactSession, "session"),
    (m.Addendum, "addendum"),
    (m.ConcernNotice, "concern notice"),
    (m.Measurement, "measurement"),
    (m.PlacementSite, "placement site"),
    (m.PlacementMatch, "match"),
    (m.ChildConversation, "conversation"),
)


#: Load a table's uids whole unless it holds this many times more rows than the
#: file has uids; then look the file's uids up instead.
LOAD_ALL_FACTOR = 4


def find_collisions(session: Session, uids: dict[str, tuple[str, str]]) -> list[InterchangeError]:
    """Document uids already used in the store, in document order.

    A professional whose uid is already a professional in the store is not a
    collision: professionals are shared, and import links the existing one.
    """
    problems: list[tuple[str, InterchangeError]] = []
    order = {uid: i for i, uid in enumerate(uids)}
    wanted = list(uids)
    for model, name in _UID_TABLES:
        rows = session.scalar(select(func.count()).select_from(model)) or 0
        if rows <= LOAD_ALL_FACTOR * len(wanted):
            existing = set(session.scalars(select(model.uid))).intersection(uids)
        else:  # a small file into a big store: look the file's uids up
            existing = set()
            for i in range(0, len(wanted), 500):
                chunk = wanted[i : i + 500]
                existing.update(session.scalars(select(model.uid).where(model.uid.in_(chunk))))
        for uid in existing:
            path, entity = uids[uid]
            if (entity, name) in _SHARED:
                continue
            problems.append(
                (
                    uid,
                    InterchangeError(
                        f"{path}.uid",
                        f"uid {uid} is already used by a {name} in this store; "
                        "nothing was imported",
                    ),
                )
            )
    problems.sort(key=lambda p: order[p[0]])
    return [e for _, e in problems]


#: Shared records: the same uid in the store is the same record (see ``find_shared_changes``).
_SHARED = {("professional", "professional"), ("placement_site", "placement site")}


@dataclass(frozen=True)
class _SharedKind:
    """A record that families share, as import compares it with the store's."""

    entity: str  # the format's entity name (interchange_schema)
    model: Any
    fields: tuple[str, ...]
    code: Code
    problem: str  # the English fallback: what it is, and the rule


SHARED_KINDS = {
    "placement_site": _SharedKind(
        "placement_site", m.PlacementSite, SITE_FIELDS, Code.PLACEMENT_SITE_STORED_DIFFERS,
        "placement site {uid} is already in this store with other {fields}; "
        "a site in the register must be identical; nothing was imported",
    ),
    "professional": _SharedKind(
        "professional", m.Professional, PROFESSIONAL_FIELDS, Code.PROFESSIONAL_STORED_DIFFERS,
        "professional {uid} is already in this store with other {fields}; "
        "a shared collaborator must be identical; nothing was imported",
    ),
}


def find_shared_changes(
    session: Session, entity: str, objects: list[tuple[str, dict[str, Any]]]
) -> list[InterchangeError]:
    """Shared records of the document whose uid the store holds with other fields: refused.

    Sites and collaborators are shared between families; a file must not change
    one that other families use. One rule for both kinds (docs/design.md).
    ``objects`` are (path, object), each uid once, as ``Walk`` keeps them.
    """
    kind = SHARED_KINDS[entity]
    stored = existing_rows(session, kind.model, {obj["uid"] for _path, obj in objects})
    problems = []
    for path, obj in objects:
        row = stored.get(obj["uid"])
        if row is None:
            continue
        theirs = record_object(kind.entity, row)
        differing = [k for k in kind.fields if theirs[k] != obj[k]]
        if differing:
            problems.append(InterchangeError(
                f"{path}.uid",
                kind.problem.format(uid=obj["uid"], fields=", ".join(differing)),
                kind.code,
                fields=", ".join(differing),
            ))
    return problems


def _store_clashes(
    session: Session,
    uids: dict[str, tuple[str, str]],
    sites: list[tuple[str, dict[str, Any]]],
    professionals: list[tuple[str, dict[str, Any]]],
) -> list[InterchangeError]:
    """What the store refuses of a valid document: taken uids, changed shared records."""
    return (
        find_collisions(session, uids)
        + find_shared_changes(session, "placement_site", sites)
        + find_shared_changes(session, "professional", professionals)
    )


def _document_professionals(doc: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """(path, professional) of each collaborator uid's first appearance in ``doc``."""
    seen: set[str] = set()
    found = []
    for i, fam in enumerate(doc.get("families", [])):
        for j, prof in enumerate(fam.get("professionals", [])):
            if prof["uid"] not in seen:
                seen.add(prof["uid"])
                found.append((f"$.families[{i}].professionals[{j}]", prof))
    return found


def find_reference_clashes(session: Session, doc: dict[str, Any]) -> list[InterchangeError]:
    """Families whose reference the store already uses (ignoring case, as forms do)."""
    return _reference_clashes(
        session,
        [
            (f"$.families[{i}]", fam.get("reference"))
            for i, fam in enumerate(doc.get("families", []))
        ],
    )


def _reference_clashes(session: Session, found: list[tuple[str, Any]]) -> list[InterchangeError]:
    wanted: dict[str, tuple[str, str]] = {}
    for path, reference in found:
        if isinstance(reference, str) and reference.strip():
            wanted.setdefault(rules.reference_key(reference), (path, reference))
    if not wanted:
        return []
    taken = {
        rules.reference_key(r) for r in session.scalars(select(m.Family.reference)) if r
    }.intersection(wanted)
    return [
        InterchangeError(
            f"{path}.reference",
            f"another family in this store already has the reference {reference!r} "
            "(references are compared ignoring case); nothing was imported",
            Code.FAMILY_REFERENCE_TAKEN,
            reference=reference,
        )
        for key, (path, reference) in wanted.items()
        if key in taken
    ]


def import_document(store: Store, doc: dict[str, Any]) -> ImportSummary:
    """Validate ``doc`` and write all of it in one transaction, or nothing.

    Raises ``DocumentInvalid`` (an ``InterchangeError`` whose ``errors`` lists
    every problem) when the document is invalid or reuses a uid the store
    already holds; the store is then untouched.
    """
    errors, uids = check_document(doc)
    if errors:
        raise DocumentInvalid(errors)
    return import_checked_document(store, doc, uids)


def import_checked_document(
    store: Store,
    doc: dict[str, Any],
    uids: dict[str, tuple[str, str]],
    sites: list[tuple[str, dict[str, Any]]] | None = None,
) -> ImportSummary:
    """Write a document that ``check_document`` already passed (its ``uids``).

    For callers that validate before they even open the store (the CLI): the
    uid collision check against the store, the write and the audit row, in one
    transaction, without validating the whole file a second time. ``sites`` are
    the document's sites with their paths (``Walk.site_objects``); by default
    read from ``doc``.
    """
    if sites is None:
        sites = [
            (f"$.placement_sites[{i}]", site)
            for i, site in enumerate(doc.get("placement_sites", []))
        ]
    with store.session() as s:
        collisions = (
            _store_clashes(s, uids, sites, _document_professionals(doc))
            + find_reference_clashes(s, doc)
        )
        if collisions:
            raise DocumentInvalid(collisions)
        summary = write_document(s, doc)
        audit.record(s, "import", entity="store", detail=summary.as_dict())
    return summary


def export_document(store: Store, family_uid: str | None = None) -> dict[str, Any]:
    """The store, or the one family ``family_uid``, as a famdesk document.

    An unknown ``family_uid`` raises ``NotFound`` (``family.not_found``). The export
    is recorded in the audit log with the family count (and uid).
    """
    with store.session() as s:
        with bulk_mode(s):
            doc = read_document(s, family_uid)
        detail: dict[str, Any] = {"families": len(doc["families"])}
        if family_uid is not None:
            detail["family_uid"] = family_uid
        audit.record(
            s,
            "export",
            entity="family" if family_uid is not None else "store",
            entity_uid=family_uid,
            family_uid=family_uid,
            detail=detail,
        )
    return doc


def dump_document(doc: dict[str, Any]) -> str:
    """JSON text for a document: UTF-8 friendly, indented, a trailing newline.

    Keys keep the format's own order (as export builds them), which is stable.
    """
    return json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


# --- files, streamed -----------------------------------------------------------------


class CheckedFile:
    """A file that ``check_file`` passed: its path, version and uids (for collisions)."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        version: int,
        uids: Any,
        references: list[tuple[str, str]] | None = None,
        sites: list[tuple[str, dict[str, Any]]] | None = None,
        professionals: list[tuple[str, dict[str, Any]]] | None = None,
    ) -> None:
        self.path = path
        self.version = version
        self.uids = uids
        self.references = references or []
        #: The file's placement sites (path, site), written before its families.
        self.sites = sites or []
        #: The file's collaborators (path, professional), each uid's first appearance.
        self.professionals = professionals or []


def check_file(path: str | os.PathLike[str]) -> CheckedFile:
    """Validate a file completely, family by family, without holding it whole.

    Raises ``InterchangeError`` for bad JSON (a key given twice included) and
    ``DocumentInvalid`` listing every problem; nothing is written anywhere.
    """
    reader = DocumentReader(path)
    top = reader.read(stop_after_header=lambda top: "format" in top and "version" in top)
    walk = Walk()
    if not walk.header(top, keys=False):
        raise DocumentInvalid(walk.errors)
    if top.get("families", STREAMED) is not STREAMED:  # not a list: kept as it was
        walk.err("$.families", f"expected a list, got {describe(top['families'])}")
    if "placement_sites" in top:  # before the families: their references are checked against it
        walk.placement_sites(top["placement_sites"])

    def family(index: int, value: Any) -> None:
        walk.family_safely(value, f"$.families[{index}]", index)

    whole = reader.read(on_family=family)
    walk.top_keys(whole)
    if "placement_sites" in whole and not walk.sites_seen:  # it followed the families
        walk.placement_sites(whole["placement_sites"])
    walk.finish()
    if walk.errors:
        raise DocumentInvalid(walk.errors)
    return CheckedFile(
        path, walk.version, walk.uids, walk.family_references, walk.site_objects,
        walk.professional_objects,
    )


def import_checked_file(
    store: Store, checked: CheckedFile, assign_to: str | None = None
) -> ImportSummary:
    """Write a file that ``check_file`` passed, streamed, in one transaction.

    The uid collision check against the store, the write and the audit row
    happen in one transaction: all of the file, or nothing. ``checked`` is
    used up (its uids are dropped once the collision check has passed).
    On a team server ``assign_to`` names the worker the families go to
    (``core.team.check_assignee`` decides who may give them to whom).
    """
    with store.session() as s:
        if assign_to is not None:
            assign_to = check_assignee(s, assign_to)
        collisions = (
            _store_clashes(s, checked.uids, checked.sites, checked.professionals)
            + _reference_clashes(s, checked.references)
        )
        if collisions:
            raise DocumentInvalid(collisions)
        checked.uids = {}  # no longer needed: its memory goes before the write starts
        writer = FamilyWriter(s, checked.version, assign_to=assign_to)
        with bulk_mode(s):
            writer.sites([site for _path, site in checked.sites])
            DocumentReader(checked.path).read(on_family=lambda _i, fam: writer.add(fam))
            summary = writer.finish()
        detail: dict[str, object] = dict(summary.as_dict())
        if assign_to is not None:
            detail["assigned_to"] = assign_to
        audit.record(s, "import", entity="store", detail=detail)
    return summary


def export_to(store: Store, out: IO[str], family_uid: str | None = None) -> int:
    """Write the store (or one family) as JSON text to ``out``, streamed; the family count.

    Gives the text ``dump_document(export_document(...))`` gives, family by
    family. An unknown ``family_uid`` raises ``UnknownFamily``. Not audited
    here: the file is not written until the caller has flushed and renamed it
    (a full disk can still fail then), so the caller calls ``record_export``
    once the file is in place.
    """
    with store.session() as s, bulk_mode(s):
        return write_document_file(s, out, family_uid)


def record_export(store: Store, count: int, family_uid: str | None = None) -> None:
    """Audit an export that is written: ``count`` families (or the one ``family_uid``)."""
    detail: dict[str, Any] = {"families": count}
    if family_uid is not None:
        detail["family_uid"] = family_uid
    with store.session() as s:
        audit.record(
            s,
            "export",
            entity="family" if family_uid is not None else "store",
            entity_uid=family_uid,
            family_uid=family_uid,
            detail=detail,
        )


def as_current_version(doc: dict[str, Any]) -> dict[str, Any]:
    """A valid document of an older version as the version export writes (a copy).

    The keys a later version added take their empty defaults, as import gives
    them: what an export after importing ``doc`` shows.
    """
    out = copy.deepcopy(doc)
    version = out.get("version", FORMAT_VERSION)
    if version < FORMAT_VERSION:
        for family in out["families"]:
            upgrade_family(family, version)
        families = out.pop("families")
        schema.upgrade_to_current(out, schema.DOCUMENT, version)
        out["families"] = families  # the format's key order: the register before the families
        out["version"] = FORMAT_VERSION
    return out
