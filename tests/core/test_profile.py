"""The worker profile: stored in the database, and the name every new record and audit line gets."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select, update

from famdesk.core import families, profile, sessions
from famdesk.core.audit import record
from famdesk.core.errors import ValidationFailed
from famdesk.core.families import FamilyData
from famdesk.core.profile import NO_PROFILE_ACTOR, WorkerProfile
from famdesk.core.sessions import SessionInput
from famdesk.db.models import AuditEvent, Family
from famdesk.db.store import Store, open_store
from famdesk.reports.plan_pdf import build_plan_pdf
from tests.backends import reopen
from tests.core.session_fixtures import make_family as make_session_family
from tests.reports.plan_data import make_agreed_plan

MARIA = WorkerProfile(
    name="Maria Holm",
    title="Familiebehandler",
    organisation="Eksempel Kommune",
    phone="12 34 56 78",
)


def test_the_profile_is_kept_in_the_database_and_follows_it(store: Store) -> None:
    profile.save_profile(store, MARIA)
    store.close()
    with reopen(store) as again:
        assert profile.load_profile(again) == MARIA


def test_spaces_are_tidied_and_the_name_is_required(store: Store) -> None:
    saved = profile.save_profile(store, WorkerProfile(name="  Maria   Holm ", phone=" 12 34 "))
    assert saved == WorkerProfile(name="Maria Holm", phone="12 34")
    with pytest.raises(ValidationFailed) as caught:
        profile.save_profile(store, WorkerProfile(name="   ", phone="1" * 61))
    assert {(e.field, e.code) for e in caught.value.errors} == {
        ("name", "value.required"),
        ("phone", "text.too_long"),
    }
    assert profile.load_profile(store) == saved  # nothing written by the refusal


def test_new_families_and_sessions_get_the_profile_name(store: Store) -> None:
    profile.save_profile(store, MARIA)
    defaults = families.new_family_defaults(store, date(2026, 3, 2))
    assert defaults.worker == "Maria Holm"
    assert defaults.start_date == date(2026, 3, 2)
    ids = make_session_family(store)
    uid = sessions.create_session(
        store,
        ids.uid,
        SessionInput(kind="home-visit", start=datetime(2026, 3, 2, 9, tzinfo=UTC)),
    )
    assert sessions.get_session(store, uid).author == "Maria Holm"


@pytest.mark.file_only  # a server's audit names the role it authenticated
def test_the_audit_names_the_profile_and_never_the_login(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("USER", "root")
    monkeypatch.setenv("LOGNAME", "root")
    profile.save_profile(store, MARIA)
    families.create_family(
        store, FamilyData(reference="P-1", name="Familien Prøve", start_date=date(2026, 1, 1))
    )
    with store.read_session() as s:
        actors = set(s.scalars(select(AuditEvent.actor)))
    assert actors == {"Maria Holm"}


def test_a_store_without_a_profile_says_so_in_the_audit(tmp_path: Path, passphrase: str) -> None:
    with open_store(tmp_path / "new.famdesk", passphrase, create=True) as fresh:
        assert profile.load_profile(fresh) is None
        assert families.new_family_defaults(fresh, date(2026, 1, 1)).worker == ""
        with fresh.session() as s:
            record(s, "read", "family", "u-1", "u-1")
        with fresh.read_session() as s:
            assert s.scalars(select(AuditEvent.actor)).all() == [NO_PROFILE_ACTOR]


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_plan_signature_line_names_the_profile_when_the_family_names_nobody(
    store: Store, tmp_path: Path, lang: str
) -> None:
    profile.save_profile(store, MARIA)
    plan = make_agreed_plan(store)
    with store.session() as s:
        s.execute(update(Family).where(Family.uid == plan.family.family).values(worker=""))
    out = build_plan_pdf(store, plan.plan, tmp_path / "plan.pdf", lang, printed_on=date(2026, 8, 1))
    pages = [" ".join((p.extract_text() or "").split()) for p in PdfReader(out).pages]
    assert "Maria Holm" in pages[-1]  # the signature page
    assert "root" not in " ".join(pages)
