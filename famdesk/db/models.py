"""The store's tables, as typed SQLAlchemy 2.0 declarative models.

Every record carries a ``uid`` (UUID text) that survives export, import and
merge; integer primary keys are internal. Vocabulary values are stored as the
interchange format's wire strings (see ``famdesk.vocabulary``); the rules that
govern them live in ``famdesk.core``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    FetchedValue,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from famdesk.db.types import Instant, new_uid
from famdesk.field_lengths import max_chars

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: Instant, dict[str, Any]: JSON, list[Any]: JSON}


class Versioned:
    """A record changed after it is written: ``row_version`` counts its saves.

    The ORM raises it with each UPDATE and updates only the version it read
    (``version_id_col``); ``famdesk.core.versions`` checks it against the
    version an editor loaded, so a save based on an older version is refused.
    """

    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.row_version}  # type: ignore[attr-defined]


def _uid_column() -> Mapped[str]:
    return mapped_column(String(36), unique=True, nullable=False, default=new_uid)


# --- association tables -------------------------------------------------------

family_professional = Table(
    "family_professional",
    Base.metadata,
    Column("family_id", ForeignKey("family.id", ondelete="CASCADE"), primary_key=True),
    Column("professional_id", ForeignKey("professional.id", ondelete="CASCADE"), primary_key=True),
)

plan_member = Table(
    "plan_member",
    Base.metadata,
    Column("plan_id", ForeignKey("action_plan.id", ondelete="CASCADE"), primary_key=True),
    Column("member_id", ForeignKey("member.id", ondelete="CASCADE"), primary_key=True),
)

session_member = Table(
    "session_member",
    Base.metadata,
    Column("session_id", ForeignKey("contact_session.id", ondelete="CASCADE"), primary_key=True),
    Column("member_id", ForeignKey("member.id", ondelete="CASCADE"), primary_key=True),
)

session_professional = Table(
    "session_professional",
    Base.metadata,
    Column("session_id", ForeignKey("contact_session.id", ondelete="CASCADE"), primary_key=True),
    Column("professional_id", ForeignKey("professional.id", ondelete="CASCADE"), primary_key=True),
)

session_goal = Table(
    "session_goal",
    Base.metadata,
    Column("session_id", ForeignKey("contact_session.id", ondelete="CASCADE"), primary_key=True),
    Column("goal_id", ForeignKey("goal.id", ondelete="CASCADE"), primary_key=True),
)


# --- families and people ------------------------------------------------------


class Family(Versioned, Base):
    """A case: one family followed by one family-treatment worker."""

    __tablename__ = "family"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = _uid_column()
    reference: Mapped[str] = mapped_column(String(max_chars("family", "reference")), index=True)
    name: Mapped[str] = mapped_column(String(max_chars("family", "name")), index=True)
    worker: Mapped[str] = mapped_column(String(max_chars("family", "worker")), default="")
    status: Mapped[str] = mapped_column(String(16), default="active", index=True)
    setting: Mapped[str] = mapped_column(String(40), default="home")
    programme: Mapped[str | None] = mapped_column(String(max_chars("family", "programme")))
    risk_of_placement: Mapped[bool] = mapped_column(Boolean, default=False)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    #: Barnets lov § 95: the first follow-up is due at the earlier of the
    #: investigation's end or 3 months after support started; then every N months.
    support_started_on: Mapped[date | None] = mapped_column(Date)
    investigation_finished_on: Mapped[date | None] = mapped_column(Date)
    follow_up_every_months: Mapped[int | None] = mapped_column(Integer)
    #: Reference and name case-folded for the families filter; written by
    #: triggers (migration 0008) on SQLite, never by the program.
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="", index=True)
    #: On a team server, the worker (role) the family is assigned to: who may see
    #: it. Not the name on its documents (``worker``) and not in the interchange
    #: file. The server fills in the team member who creates the family; NULL in a file.
    assigned_to: Mapped[str | None] = mapped_column(
        # FetchedValue: the ORM leaves the column to the server's default.
        ForeignKey("team_member.role_name"), index=True, server_default=FetchedValue()
    )

    members: Mapped[list[Member]] = relationship(
        back_populates="family", cascade="all, delete-orphan", order_by="Member.position"
    )
    professionals: Mapped[list[Professional]] = relationship(
        secondary=family_professional, back_populates="families", order_by="Professional.name"
    )
    plans: Mapped[list[ActionPlan]] = relationship(
        back_populates="family", cascade="all, delete-orphan", order_by="ActionPlan.position"
    )
    sessions: Mapped[list[ContactSession]] = relationship(
        back_populates="family", cascade="all, delete-orphan", order_by="ContactSession.start"
    )
    measurements: Mapped[list[Measurement]] = relationship(
        back_populates="family", cascade="all, delete-orphan", order_by="Measurement.position"
    )


class Member(Versioned, Base):
    """A person in the family: parent, child, sibling or network."""

    __tablename__ = "member"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = _uid_column()
    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    role: Mapped[str] = mapped_column(String(20))
    given_name: Mapped[str] = mapped_column(String(max_chars("member", "given_name")))
    family_name: Mapped[str] = mapped_column(String(max_chars("member", "family_name")), default="")
    birth_date: Mapped[date | None] = mapped_column(Date)
    cpr: Mapped[str | None] = mapped_column(String(11))
    phone: Mapped[str] = mapped_column(String(max_chars("member", "phone")), default="")
    email: Mapped[str] = mapped_column(String(max_chars("member", "email")), default="")
    address: Mapped[str] = mapped_column(Text, default="")

    family: Mapped[Family] = relationship(back_populates="members")
    placements: Mapped[list[Placement]] = relationship(
        back_populates="member", cascade="all, delete-orphan", order_by="Placement.since"
    )
    matches: Mapped[list[PlacementMatch]] = relationship(
        back_populates="member", cascade="all, delete-orphan", order_by="PlacementMatch.position"
    )
    conversations: Mapped[list[ChildConversation]] = relationship(
        back_populates="member",
        cascade="all, delete-orphan",
        order_by="ChildConversation.position",
    )


class Placement(Versioned, Base):
    """A child's placement outside the home; ``ended_on`` is None while current.

    The interchange format carries the current placement only; the history of
    earlier placements stays in the store.
    """

    __tablename__ = "placement"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = _uid_column()
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    type: Mapped[str] = mapped_column(String(40))
    site: Mapped[str] = mapped_column(String(max_chars("placement", "site")), default="")
    since: Mapped[date] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)

    member: Mapped[Member] = relationship(back_populates="placements")


class Professional(Versioned, Base):
    """A collaborator in the interdisciplinary network; may serve several families."""

    __tablename__ = "professional"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = _uid_column()
    name: Mapped[str] = mapped_column(String(max_chars("professional", "name")))
    organisation: Mapped[str] = mapped_column(
        String(max_chars("professional", "organisation")), default=""
    )
    role: Mapped[str] = mapped_column(String(max_chars("professional", "role")), default="")
    phone: Mapped[str] = mapped_column(String(max_chars("professional", "phone")), default="")
    email: Mapped[str] = mapped_column(String(max_chars("professional", "email")), default="")

    families: Mapped[list[Family]] = relationship(
        secondary=family_professional, back_populates="professionals"
    )


# --- action plans ---------------------------------------------------------------


class ActionPlan(Versioned, Base):
    """A parent action plan (forældrehandleplan)."""

    __tablename__ = "action_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = _uid_column()
    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(max_chars("plan", "title")))
    status: Mapped[str] = mapped_column(String(16), default="draft")
    created_on: Mapped[date] = mapped_column(Date)
    agreed_on: Mapped[date | None] = mapped_column(Date)
    next_review: Mapped[date | None] = mapped_column(Date, index=True)
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    phase: Mapped[str] = mapped_column(String(16), default="preparation")
    parents_own_words: Mapped[str] = mapped_column(Text, default="")
    resources: Mapped[str] = mapped_column(Text, default="")
    concerns: Mapped[str] = mapped_column(Text, default="")
    crisis_notes: Mapped[str] = mapped_column(Text, default="")
    support: Mapped[str] = mapped_column(Text, default="")
    child_perspective: Mapped[str] = mapped_column(Text, default="")
    #: Changing an agreed plan starts a new version linked to the one it revises.
    version: Mapped[int] = mapped_column(Integer, default=1)
    previous_plan_id: Mapped[int | None] = mapped_column(
        ForeignKey("action_plan.id", ondelete="SET NULL"), index=True
    )

    family: Mapped[Family] = relationship(back_populates="plans")
    previous_plan: Mapped[ActionPlan | None] = relationship(remote_side="ActionPlan.id")
    members: Mapped[list[Member]] = relationship(secondary=plan_member, order_by="Member.position")
    goals: Mapped[list[Goal]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="Goal.position"
    )
    reviews: Mapped[list[Review]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="Review.position"
    )


class Goal(Versioned, Base):
    """A goal in the parents' words, with the steps towards it."""

    __tablename__ = "goal"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = _uid_column()
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("action_plan.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text)
    success_criteria: Mapped[str] = mapped_column(Text, default="")
    target_date: Mapped[date | None] = mapped_column(Date)
    ics_dimension: Mapped[str | None] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(16), default="open")
    baseline_score: Mapped[int | None] = mapped_column(Integer)
    #: The goal of the earlier version this one was copied from (its score
    #: history continues here); not part of the interchange format.
    previous_goal_id: Mapped[int | None] = mapped_column(
        ForeignKey("goal.id", ondelete="SET NULL"), index=True
    )

    plan: Mapped[ActionPlan] = relationship(back_populates="goals")
    steps: Mapped[list[Step]] = relationship(
        back_populates="goal", cascade="all, delete-orphan", order_by="Step.position"
    )


class Step(Versioned, Base):
    """A concrete step (delmål/handling): what, who and by when."""

    __tablename__ = "step"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = _uid_column()
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    responsible: Mapped[str] = mapped_column(String(max_chars("step", "responsible")), default="")
    due_date: Mapped[date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, default=False)

    goal: Mapped[Goal] = relationship(back_populates="steps")


class Review(Versioned, Base):
    """A plan review (opfølgning) with a 0–10 score per goal."""

    __tablename__ = "review"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = _uid_column()
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("action_plan.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    date: Mapped[date] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(Text, default="")

    plan: Mapped[ActionPlan] = relationship(back_populates="reviews")
    scores: Mapped[list[ReviewScore]] = relationship(
        back_populates="review", cascade="all, delete-orphan", order_by="ReviewScore.id"
    )


class ReviewScore(Base):
    __tablename__ = "review_score"
    __table_args__ = (UniqueConstraint("review_id", "goal_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"), index=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), index=True)
    score: Mapped[int] = mapped_column(Integer)

    review: Mapped[Review] = relationship(back_populates="scores")
    goal: Mapped[Goal] = relationship()


# --- contact sessions -------------------------------------------------------------


class ContactSession(Versioned, Base):
    """A contact with the family and its note (journalnotat)."""

    __tablename__ = "contact_session"
    __table_args__ = (
        Index("ix_contact_session_family_start", "family_id", "start"),
        # The dashboard's lists (core.deadlines), oldest first; migration 0014.
        Index(
            "ix_contact_session_unfinished",
            "start",
            sqlite_where=text("finalized_at IS NULL"),
            postgresql_where=text("finalized_at IS NULL"),
        ),
        Index(
            "ix_contact_session_concern",
            "start",
            sqlite_where=text("concern IS 1"),
            postgresql_where=text("concern IS true"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = _uid_column()
    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"))
    author: Mapped[str] = mapped_column(String(max_chars("session", "author")), default="")
    start: Mapped[datetime] = mapped_column(Instant, index=True)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=60)
    status: Mapped[str] = mapped_column(String(16), default="held", index=True)
    kind: Mapped[str] = mapped_column(String(40))
    location: Mapped[str] = mapped_column(String(max_chars("session", "location")), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    assessment: Mapped[str] = mapped_column(Text, default="")
    agreements: Mapped[str] = mapped_column(Text, default="")
    concern: Mapped[bool] = mapped_column(Boolean, default=False)
    #: What the concern was about (only meaningful while ``concern`` is set).
    concern_what: Mapped[str] = mapped_column(Text, default="")
    finalized_at: Mapped[datetime | None] = mapped_column(Instant)

    family: Mapped[Family] = relationship(back_populates="sessions")
    members: Mapped[list[Member]] = relationship(
        secondary=session_member, order_by="Member.position"
    )
    professionals: Mapped[list[Professional]] = relationship(
        secondary=session_professional, order_by="Professional.name"
    )
    goals: Mapped[list[Goal]] = relationship(secondary=session_goal, order_by="Goal.position")
    addenda: Mapped[list[Addendum]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="Addendum.position"
    )
    concern_notices: Mapped[list[ConcernNotice]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="ConcernNotice.position"
    )


class Addendum(Base):
    """A dated correction appended to a finalized note; the note itself never changes."""

    __tablename__ = "addendum"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = _uid_column()
    session_id: Mapped[int] = mapped_column(
        ForeignKey("contact_session.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    at: Mapped[datetime] = mapped_column(Instant)
    text: Mapped[str] = mapped_column(Text)

    session: Mapped[ContactSession] = relationship(back_populates="addenda")


class ConcernNotice(Versioned, Base):
    """Who was told of a session's concern for the child's safety, when and how."""

    __tablename__ = "concern_notice"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = _uid_column()
    session_id: Mapped[int] = mapped_column(
        ForeignKey("contact_session.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    who: Mapped[str] = mapped_column(String(max_chars("concern_notice", "who")))
    at: Mapped[datetime] = mapped_column(Instant)
    how: Mapped[str] = mapped_column(String(max_chars("concern_notice", "how")), default="")

    session: Mapped[ContactSession] = relationship(back_populates="concern_notices")


# --- outcomes -----------------------------------------------------------------------


class Measurement(Versioned, Base):
    """One administration of an outcome instrument (WHO-5, a 0–10 scale, …)."""

    __tablename__ = "measurement"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = _uid_column()
    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    instrument: Mapped[str] = mapped_column(
        String(max_chars("measurement", "instrument")), index=True
    )
    date: Mapped[date] = mapped_column(Date)
    items: Mapped[list[Any]] = mapped_column(JSON, default=list)
    score: Mapped[float] = mapped_column(Float)

    family: Mapped[Family] = relationship(back_populates="measurements")
    member: Mapped[Member] = relationship()


class StatusReport(Versioned, Base):
    """A status report for the municipal caseworker: the texts written for it.

    The family's own view and the worker's assessment are written in the GUI
    before printing and kept with the report; printing is logged in the audit.
    """

    __tablename__ = "status_report"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = _uid_column()
    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"), index=True)
    period_from: Mapped[date] = mapped_column(Date)
    period_to: Mapped[date] = mapped_column(Date)
    family_view: Mapped[str] = mapped_column(Text, default="")
    assessment: Mapped[str] = mapped_column(Text, default="")
    seen_by_family: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(Instant)
    printed_at: Mapped[datetime | None] = mapped_column(Instant)


# --- placement match and the child's voice -------------------------------------------


class PlacementSite(Versioned, Base):
    """A site in the register of placement sites, shared by all families (and the team).

    ``type`` is one of the placement types; a site in use by a match (as a
    candidate or the chosen site) cannot be deleted.
    """

    __tablename__ = "placement_site"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = _uid_column()
    name: Mapped[str] = mapped_column(String(max_chars("placement_site", "name")), index=True)
    type: Mapped[str] = mapped_column(String(40), index=True)
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(max_chars("placement_site", "phone")), default="")
    email: Mapped[str] = mapped_column(String(max_chars("placement_site", "email")), default="")
    competences: Mapped[str] = mapped_column(Text, default="")
    capacity: Mapped[int | None] = mapped_column(Integer)


class PlacementMatch(Versioned, Base):
    """The match between a child (a member) and a placement site, from exploring to its end."""

    __tablename__ = "placement_match"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = _uid_column()
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(16), default="exploring")
    child_view: Mapped[str] = mapped_column(Text, default="")
    parents_view: Mapped[str] = mapped_column(Text, default="")
    decided_on: Mapped[date | None] = mapped_column(Date)
    #: No ON DELETE action: a chosen site stays in the register.
    chosen_site_id: Mapped[int | None] = mapped_column(
        ForeignKey("placement_site.id"), index=True
    )
    reasons: Mapped[str] = mapped_column(Text, default="")
    placed_on: Mapped[date | None] = mapped_column(Date, index=True)

    member: Mapped[Member] = relationship(back_populates="matches")
    chosen_site: Mapped[PlacementSite | None] = relationship()
    needs: Mapped[list[MatchNeed]] = relationship(
        back_populates="match", cascade="all, delete-orphan", order_by="MatchNeed.id"
    )
    candidates: Mapped[list[MatchCandidate]] = relationship(
        back_populates="match", cascade="all, delete-orphan", order_by="MatchCandidate.position"
    )
    follow_ups: Mapped[list[MatchFollowUp]] = relationship(
        back_populates="match",
        cascade="all, delete-orphan",
        order_by="MatchFollowUp.position",
    )
    breakdown: Mapped[PlacementBreakdown | None] = relationship(
        back_populates="match", cascade="all, delete-orphan", uselist=False
    )


class MatchNeed(Base):
    """The child's needs in one ICS dimension, as the match describes them.

    Saved with its match (whose ``row_version`` guards it), keyed by dimension.
    """

    __tablename__ = "placement_match_need"
    __table_args__ = (UniqueConstraint("match_id", "dimension"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    match_id: Mapped[int] = mapped_column(
        ForeignKey("placement_match.id", ondelete="CASCADE"), index=True
    )
    dimension: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text, default="")

    match: Mapped[PlacementMatch] = relationship(back_populates="needs")


class MatchCandidate(Versioned, Base):
    """A site considered for the child: the worker's assessment and a 0–10 fit."""

    __tablename__ = "placement_candidate"
    __table_args__ = (UniqueConstraint("match_id", "site_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = _uid_column()
    match_id: Mapped[int] = mapped_column(
        ForeignKey("placement_match.id", ondelete="CASCADE"), index=True
    )
    #: No ON DELETE action: a site considered for a child stays in the register.
    site_id: Mapped[int] = mapped_column(ForeignKey("placement_site.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    assessment: Mapped[str] = mapped_column(Text, default="")
    fit: Mapped[int] = mapped_column(Integer)

    match: Mapped[PlacementMatch] = relationship(back_populates="candidates")
    site: Mapped[PlacementSite] = relationship()


class MatchFollowUp(Versioned, Base):
    """A follow-up of a placement in its first year: planned, or held with a 0–10 stability."""

    __tablename__ = "placement_follow_up"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = _uid_column()
    match_id: Mapped[int] = mapped_column(
        ForeignKey("placement_match.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    date: Mapped[date] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(16), default="planned")
    notes: Mapped[str] = mapped_column(Text, default="")
    stability: Mapped[int | None] = mapped_column(Integer)

    match: Mapped[PlacementMatch] = relationship(back_populates="follow_ups")


class PlacementBreakdown(Versioned, Base):
    """The end of a placement before it was meant to end (at most one per match)."""

    __tablename__ = "placement_breakdown"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = _uid_column()
    match_id: Mapped[int] = mapped_column(
        ForeignKey("placement_match.id", ondelete="CASCADE"), unique=True
    )
    date: Mapped[date] = mapped_column(Date)
    planned: Mapped[bool] = mapped_column(Boolean, default=False)
    cause: Mapped[str] = mapped_column(String(20))
    notes: Mapped[str] = mapped_column(Text, default="")

    match: Mapped[PlacementMatch] = relationship(back_populates="breakdown")


class ChildConversation(Versioned, Base):
    """A conversation with a child (børnesamtale, Barnets lov § 5); declining is an outcome.

    The child's own words are kept apart from the worker's summary.
    """

    __tablename__ = "child_conversation"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = _uid_column()
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    date: Mapped[date] = mapped_column(Date, index=True)
    present: Mapped[str] = mapped_column(
        String(max_chars("conversation", "present")), default=""
    )
    support_person: Mapped[str] = mapped_column(
        String(max_chars("conversation", "support_person")), default=""
    )
    declined: Mapped[bool] = mapped_column(Boolean, default=False)
    child_own_words: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")

    member: Mapped[Member] = relationship(back_populates="conversations")


# --- work in progress -------------------------------------------------------------------


class CalendarEvent(Versioned, Base):
    """What famdesk last wrote to a calendar for one appointment or deadline.

    An event keeps its iCalendar ``uid`` for as long as its record lives (a
    session, a plan's review, the n-th § 95 follow-up of a family: ``key``), and
    ``sequence`` grows each time it moves, changes length or is cancelled, so a
    calendar that imports the file again updates the event instead of adding a
    second one (RFC 5545). ``last_start``/``last_end``/``status`` are what was
    last exported (an instant as ISO 8601 UTC, or a whole day as YYYY-MM-DD).
    """

    __tablename__ = "calendar_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: On a team server the family's assignment decides who sees the row.
    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(120), unique=True)
    uid: Mapped[str] = mapped_column(String(200))
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    last_start: Mapped[str] = mapped_column(String(40))
    last_end: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(16), default="confirmed")


class AutosaveDraft(Base):
    """Unsaved editor text kept every few seconds, offered back after a crash.

    Lives inside the encrypted store, so typing is never written in plain form.
    ``key`` names the editor and its record, e.g. ``session:<uid>`` or
    ``new-session:<family uid>``; ``payload`` is the editor's fields.
    """

    __tablename__ = "autosave_draft"
    __table_args__ = (UniqueConstraint("owner", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Whose typing this is: the role on a team server (the server's default,
    #: ``session_user``), "" in a file. Never set by the program.
    owner: Mapped[str] = mapped_column(String(63), server_default="")
    key: Mapped[str] = mapped_column(String(120))
    family_uid: Mapped[str | None] = mapped_column(String(36), index=True)
    saved_at: Mapped[datetime] = mapped_column(Instant)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


# --- audit ----------------------------------------------------------------------------


class AuditEvent(Base):
    """An append-only log line: who did what to which record, and when.

    The migrations install triggers that refuse UPDATE and DELETE on this table
    (Datatilsynet's logging measure). ``detail`` holds criteria (e.g. a search's
    terms), never note contents.
    """

    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(Instant, index=True)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(40), index=True)
    entity: Mapped[str] = mapped_column(String(40), default="")
    entity_uid: Mapped[str | None] = mapped_column(String(36))
    family_uid: Mapped[str | None] = mapped_column(String(36), index=True)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class TeamMember(Base):
    """A worker of the team on a server, by role name; a lead sees the whole team.

    The role itself (login, password) is the server's; this row makes it a
    member of *this* team database. Empty in a file.
    """

    __tablename__ = "team_member"

    role_name: Mapped[str] = mapped_column(String(63), primary_key=True)
    lead: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    added_at: Mapped[datetime] = mapped_column(Instant)


class StoreInfo(Base):
    """Key/value facts about the store itself (identity, creation)."""

    __tablename__ = "store_info"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
