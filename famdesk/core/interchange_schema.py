"""The interchange format, defined once.

Every object of a famdesk document is an ``Entity``: its keys in order, each
a ``Field`` with a kind (text, date, uid, list of …), whether it may be null,
its limits, the version that brought it, and the store column it maps to.
From this one definition come the validation specs
(``interchange_validate``), the key order and conversions of export
(``interchange_export``), the columns import writes (``interchange_write``),
the published JSON Schema (``docs/interchange.schema.json``) and the field
tables of ``docs/interchange.md``; ``tools/update_interchange_docs.py``
rewrites the two files and a test fails when they are stale.

To extend the format (as issue 14 did: placement sites, matches, conversations):
define the new ``Entity`` here, add a ``Field(kind="list", entity=…,
since=<version>)`` where it hangs (top level or a member), bump
``FORMAT_VERSION`` if the version is new, then walk it in the validator,
read it in the exporter and write it in the writer — each with the entity's
``plain_fields``, so none of them spells the keys again. Fields with
``since`` greater than a file's version are absent from that file and take
``Field.empty`` on import.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from famdesk import vocabulary as v
from famdesk.core.rules import CAPACITY_MAX
from famdesk.db import models as m

FORMAT_NAME = "famdesk"
#: The version export writes; every version from 1 up to it is read.
FORMAT_VERSION = 2
VERSIONS = (1, 2)

#: Kinds whose value is a plain column of the entity's table.
PLAIN_KINDS = frozenset({"uid", "text", "date", "time", "bool", "int", "enum", "cpr"})


@dataclass(frozen=True)
class Field:
    """One key of an object in the format."""

    name: str
    #: plain (a column of the entity's table): uid, text, date, time, bool, int, enum, cpr;
    #: built by the walk: ref (one uid), uids, number, numbers, scores, needs (``values``
    #: → text), list, object, const, version.
    kind: str
    doc: str = ""
    nullable: bool = False
    #: Longest text accepted (characters); None: no limit beyond the store's.
    max_len: int | None = None
    #: Text that must not be blank.
    required: bool = False
    values: tuple[str, ...] = ()
    lo: int | None = None
    hi: int | None = None
    #: The nested object (kind ``object``) or the list's items (kind ``list``).
    entity: Entity | None = None
    #: The format version that brought this key.
    since: int = 1
    #: The store column, when it is not named like the key.
    column: str | None = None
    #: What a file of an older version means by leaving it out.
    empty: Any = None
    #: A bool key of the same object: this one is an object exactly when that is
    #: true, else null.
    present_when: str | None = None

    @property
    def store_column(self) -> str:
        return self.column or self.name

    @property
    def plain(self) -> bool:
        return self.kind in PLAIN_KINDS


@dataclass(frozen=True)
class Entity:
    """One kind of object in the format: its keys in the order export writes them."""

    name: str
    #: "a family": how a message names it.
    title: str
    doc: str
    fields: tuple[Field, ...]
    #: Keys a document may leave out (apart from those of a later version).
    optional: tuple[str, ...] = ()
    _by_name: dict[str, Field] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_name.update({f.name: f for f in self.fields})

    def __getitem__(self, name: str) -> Field:
        return self._by_name[name]

    def key_names(self, version: int = FORMAT_VERSION) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.since <= version)

    def plain_fields(self, version: int = FORMAT_VERSION) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.plain and f.since <= version)

    def added_after(self, version: int) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.since > version)


def _len(column: Any) -> int | None:
    return getattr(column.type, "length", None)


_F, _M, _P = m.Family.__table__.c, m.Member.__table__.c, m.Professional.__table__.c
_PL, _PP = m.Placement.__table__.c, m.ActionPlan.__table__.c
_S, _CS, _ME = m.Step.__table__.c, m.ContactSession.__table__.c, m.Measurement.__table__.c
_CN = m.ConcernNotice.__table__.c
_SI, _CC = m.PlacementSite.__table__.c, m.ChildConversation.__table__.c


def _uid(doc: str = "the record's identity: a lowercase UUID, stable across files") -> Field:
    return Field("uid", "uid", doc)


def _text(
    name: str, doc: str = "", *, column: Any = None, required: bool = False, since: int = 1
) -> Field:
    return Field(
        name,
        "text",
        doc,
        max_len=None if column is None else _len(column),
        required=required,
        since=since,
        empty="",
    )


def _date(name: str, doc: str = "", *, nullable: bool = False, since: int = 1) -> Field:
    return Field(name, "date", doc, nullable=nullable, since=since)


def _enum(name: str, values: tuple[str, ...], doc: str = "", *, nullable: bool = False) -> Field:
    return Field(name, "enum", doc, nullable=nullable, values=values)


def _list(name: str, entity: Entity, doc: str = "", *, since: int = 1) -> Field:
    return Field(name, "list", doc, entity=entity, since=since, empty=[])


PLACEMENT = Entity(
    "placement",
    "a placement or null",
    "A child's current placement outside the home.",
    (
        _enum("type", v.PLACEMENT_TYPES),
        _text("site", "where the child lives", column=_PL.site),
        _date("since"),
    ),
)

CONVERSATION = Entity(
    "conversation",
    "a conversation",
    "A conversation with a child (børnesamtale, Barnets lov § 5); child members only. "
    "The child may decline to speak: that is recorded as an outcome, with no own words.",
    (
        _uid(),
        _date("date"),
        _text("present", "who was present", column=_CC.present),
        _text("support_person", "the child's support person (bisidder, § 6), if any",
              column=_CC.support_person),
        Field("declined", "bool", "the child declined to speak"),
        _text("child_own_words", "the child's own words, apart from the summary"),
        _text("summary", "the worker's summary"),
    ),
)

CANDIDATE = Entity(
    "candidate",
    "a candidate site",
    "A placement site considered for the child, with the worker's assessment and a 0–10 fit.",
    (
        Field("site_uid", "ref", "a site of `placement_sites`", column="site_id"),
        _text("assessment"),
        Field("fit", "int", "how well the site fits the child's needs", lo=v.SCALE_MIN,
              hi=v.SCALE_MAX),
    ),
)

FOLLOW_UP = Entity(
    "follow_up",
    "a follow-up",
    "A follow-up of the placement in its first year (proposed at 1, 3, 6 and 12 months).",
    (
        _date("date"),
        _enum("status", v.FOLLOW_UP_STATUSES),
        _text("notes"),
        Field("stability", "int", "0–10, once held", nullable=True, lo=v.SCALE_MIN,
              hi=v.SCALE_MAX),
    ),
)

BREAKDOWN = Entity(
    "breakdown",
    "a breakdown or null",
    "The placement's breakdown; needs `placed_on`, and the match has then ended.",
    (
        _date("date"),
        Field("planned", "bool", "the move was planned"),
        _enum("cause", v.BREAKDOWN_CAUSES),
        _text("notes"),
    ),
)

MATCH = Entity(
    "match",
    "a match",
    "The match between a child (a child member) and a placement site (Styrket match).",
    (
        _uid(),
        _enum("status", v.MATCH_STATUSES),
        Field("needs", "needs", "ICS dimension → the child's needs there",
              values=v.ICS_DIMENSIONS),
        _text("child_view", "the child's own view"),
        _text("parents_view", "the parents' view"),
        _list("candidates", CANDIDATE),
        _date("decided_on", nullable=True),
        Field("chosen_site_uid", "ref", "one of the candidates' sites", nullable=True,
              column="chosen_site_id"),
        _text("reasons", "the reasons for the decision"),
        _date("placed_on", "the placement date; a placed match agrees with the child's "
              "current placement (type and date)", nullable=True),
        _list("follow_ups", FOLLOW_UP),
        Field("breakdown", "object", "null unless the placement broke down", nullable=True,
              entity=BREAKDOWN),
    ),
)

MEMBER = Entity(
    "member",
    "a member",
    "A person in the family: parent, child, sibling or network.",
    (
        _uid(),
        _enum("role", v.MEMBER_ROLES),
        _text("given_name", column=_M.given_name, required=True),
        _text("family_name", column=_M.family_name),
        _date("birth_date", nullable=True),
        Field("cpr", "cpr", "DDMMYY-NNNN with a real date", nullable=True),
        _text("phone", column=_M.phone),
        _text("email", column=_M.email),
        _text("address"),
        Field("placement", "object", "the current placement", nullable=True, entity=PLACEMENT),
        _list("conversations", CONVERSATION, "child members only", since=2),
        _list("matches", MATCH, "child members only", since=2),
    ),
)

PLACEMENT_SITE = Entity(
    "placement_site",
    "a placement site",
    "A site in the register of placement sites, shared by all families: one already in the "
    "store (same uid) must carry identical fields.",
    (
        _uid(),
        _text("name", column=_SI.name, required=True),
        _enum("type", v.PLACEMENT_TYPES),
        _text("address"),
        _text("phone", column=_SI.phone),
        _text("email", column=_SI.email),
        _text("competences"),
        Field("capacity", "int", "how many children it can take", nullable=True, lo=0,
              hi=CAPACITY_MAX),
    ),
)

PROFESSIONAL = Entity(
    "professional",
    "a professional",
    "A collaborator (caseworker, teacher, health visitor …), shared between families: "
    "the same uid under several families, or one already in the store, must carry identical "
    "fields.",
    (
        _uid(),
        _text("name", column=_P.name, required=True),
        _text("organisation", column=_P.organisation),
        _text("role", column=_P.role),
        _text("phone", column=_P.phone),
        _text("email", column=_P.email),
    ),
)

STEP = Entity(
    "step",
    "a step",
    "A concrete step towards a goal: what, who and by when.",
    (
        _uid(),
        _text("text", required=True),
        _text("responsible", column=_S.responsible),
        _date("due_date", nullable=True),
        Field("done", "bool"),
    ),
)

GOAL = Entity(
    "goal",
    "a goal",
    "A goal in the parents' words, with the steps towards it.",
    (
        _uid(),
        _text("title", required=True),
        _text("success_criteria"),
        _date("target_date", nullable=True),
        _enum("ics_dimension", v.ICS_DIMENSIONS, "one of the ICS triangle's ten", nullable=True),
        _enum("status", v.GOAL_STATUSES),
        Field("baseline_score", "int", nullable=True, lo=v.SCALE_MIN, hi=v.SCALE_MAX),
        _list("steps", STEP),
    ),
)

REVIEW = Entity(
    "review",
    "a review",
    "A plan review (opfølgning) with a 0–10 score per goal of the plan.",
    (
        _uid(),
        _date("date"),
        _text("summary"),
        Field(
            "goal_scores",
            "scores",
            "goal uid → score",
            lo=v.SCALE_MIN,
            hi=v.SCALE_MAX,
        ),
    ),
)

#: Plan text sections, whose order is ``vocabulary.PLAN_TEXT_SECTIONS``.
_SECTION_SINCE = {"child_perspective": 2}

PLAN = Entity(
    "plan",
    "a plan",
    "A parent action plan (forældrehandleplan).",
    (
        _uid(),
        _text("title", column=_PP.title, required=True),
        _enum("status", v.PLAN_STATUSES),
        Field("member_uids", "uids", "the parents the plan concerns (members of this family)"),
        _date("created_on"),
        _date("agreed_on", nullable=True),
        _date("next_review", nullable=True),
        _enum("phase", v.PLAN_PHASES, "the phase of Målrettet støtte"),
        *(_text(name, since=_SECTION_SINCE.get(name, 1)) for name in v.PLAN_TEXT_SECTIONS),
        _list("goals", GOAL),
        _list("reviews", REVIEW),
    ),
)

ADDENDUM = Entity(
    "addendum",
    "an addendum",
    "A dated correction to a finalized note.",
    (Field("at", "time"), _text("text", required=True)),
)

CONCERN_NOTICE = Entity(
    "concern_notice",
    "who was told",
    "Who was told of the concern, when and how.",
    (
        _text("who", column=_CN.who, required=True),
        Field("when", "time", column="at"),
        _text("how", column=_CN.how),
    ),
)

CONCERN_DETAILS = Entity(
    "concern_details",
    "the concern's details or null",
    "What the concern was about and who was told; present exactly when `concern` is true.",
    (
        _text("what", column=None),
        _list("told", CONCERN_NOTICE),
    ),
)

#: Longest contact that makes sense as one session: a day.
MAX_SESSION_MINUTES = 24 * 60

SESSION = Entity(
    "session",
    "a session",
    "A contact with the family and its note (journalnotat).",
    (
        _uid(),
        _text("author", column=_CS.author),
        Field("start", "time"),
        Field("duration_minutes", "int", lo=0, hi=MAX_SESSION_MINUTES),
        _enum("status", v.SESSION_STATUSES),
        _enum("kind", v.SESSION_KINDS),
        _text("location", column=_CS.location),
        Field("member_uids", "uids", "members of this family"),
        Field("professional_uids", "uids", "professionals of this family"),
        Field("goal_uids", "uids", "goals of this family's plans"),
        _text("summary"),
        _text("notes", "what was observed and said"),
        _text("assessment", "the worker's professional assessment"),
        _text("agreements"),
        Field("concern", "bool", "the session raised a concern for the child's safety"),
        Field("finalized_at", "time", "when the note was locked", nullable=True),
        _list("addenda", ADDENDUM),
        Field(
            "concern_details",
            "object",
            "present exactly when `concern` is true",
            nullable=True,
            entity=CONCERN_DETAILS,
            since=2,
            present_when="concern",
        ),
    ),
)

MEASUREMENT = Entity(
    "measurement",
    "a measurement",
    "One administration of an outcome instrument (WHO-5, a 0–10 scale, …).",
    (
        _uid(),
        Field("member_uid", "ref", "the member measured (a member of this family)"),
        _text("instrument", column=_ME.instrument, required=True),
        _date("date"),
        Field("items", "numbers", "the item answers; empty for scores-only instruments"),
        Field("score", "number"),
    ),
)

FAMILY = Entity(
    "family",
    "a family",
    "A case: one family followed by one family-treatment worker.",
    (
        _uid(),
        _text("reference", column=_F.reference),
        _text("name", column=_F.name, required=True),
        _text("worker", "the family-treatment worker responsible", column=_F.worker),
        _enum("status", v.FAMILY_STATUSES),
        _enum("setting", v.SETTINGS),
        Field("programme", "text", "e.g. PMTO, FFT", nullable=True, max_len=_len(_F.programme)),
        Field("risk_of_placement", "bool"),
        _date("start_date"),
        _date("end_date", nullable=True),
        _text("notes"),
        _list("members", MEMBER),
        _list("professionals", PROFESSIONAL),
        _list("plans", PLAN),
        _list("sessions", SESSION),
        _list("measurements", MEASUREMENT),
        _date("support_started_on", "Barnets lov § 95: support started", nullable=True, since=2),
        _date(
            "investigation_finished_on",
            "§ 95: the child's investigation finished",
            nullable=True,
            since=2,
        ),
        Field(
            "follow_up_every_months",
            "int",
            "§ 95: the follow-up cadence decided after the first follow-up",
            nullable=True,
            lo=1,
            hi=120,
            since=2,
        ),
    ),
)

DOCUMENT = Entity(
    "document",
    "a famdesk document",
    "The whole file.",
    (
        Field("format", "const", 'always "famdesk"', values=(FORMAT_NAME,)),
        Field("version", "version", "the format version"),
        Field("exported_at", "time", "when the file was written"),
        _list("placement_sites", PLACEMENT_SITE, "the register of sites the matches name",
              since=2),
        _list("families", FAMILY),
    ),
    optional=("exported_at",),
)

ENTITIES = (
    DOCUMENT,
    FAMILY,
    PLACEMENT_SITE,
    MEMBER,
    PLACEMENT,
    CONVERSATION,
    MATCH,
    CANDIDATE,
    FOLLOW_UP,
    BREAKDOWN,
    PROFESSIONAL,
    PLAN,
    GOAL,
    STEP,
    REVIEW,
    SESSION,
    ADDENDUM,
    CONCERN_DETAILS,
    CONCERN_NOTICE,
    MEASUREMENT,
)


def walk(entity: Entity = DOCUMENT) -> Iterator[Entity]:
    """``entity`` and every entity nested in it, each once, outside in."""
    seen: set[str] = set()

    def visit(e: Entity) -> Iterator[Entity]:
        if e.name in seen:
            return
        seen.add(e.name)
        yield e
        for f in e.fields:
            if f.entity is not None:
                yield from visit(f.entity)

    yield from visit(entity)


def upgrade_to_current(obj: dict[str, Any], entity: Entity, version: int) -> None:
    """Give an object of an older version the keys it lacks, as their empty defaults."""
    for f in entity.added_after(version):
        if f.present_when is not None:
            present = obj.get(f.present_when) is True and f.entity is not None
            obj[f.name] = _empty_object(f.entity) if present else None  # type: ignore[arg-type]
        else:
            obj[f.name] = _empty(f)


def _empty(f: Field) -> Any:
    return [] if f.kind == "list" else f.empty


def _empty_object(entity: Entity) -> dict[str, Any]:
    return {f.name: _empty(f) for f in entity.fields}
