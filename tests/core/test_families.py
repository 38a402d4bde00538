"""Rules of the case register: families, members, placements, collaborators."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from famdesk.core import families as fam
from famdesk.core.errors import NotFound, ValidationFailed
from famdesk.core.families import FamilyData, MemberData, PlacementData, ProfessionalData
from famdesk.db.models import AuditEvent, Placement

CPR_MOD11_OK = "120318-4006"  # 12 March 2018, passes modulus 11
CPR_MOD11_FAILS = "070620-4007"  # 7 June 2020, a real date that fails modulus 11
CPR_SUBSTITUTE = "690320-4002"  # day 69 = 9 + 60: substitute number for 9 March 2020


def family(**kw) -> FamilyData:
    base = dict(reference="FB-2026-001", name="Familien Testesen", start_date=date(2026, 1, 5))
    base.update(kw)
    return FamilyData(**base)


def audit_rows(store, entity=None):
    with store.read_session() as s:
        q = select(AuditEvent).order_by(AuditEvent.id)
        if entity:
            q = q.where(AuditEvent.entity == entity)
        return list(s.scalars(q))


def fields_of(err: pytest.ExceptionInfo[ValidationFailed]) -> set[str]:
    return {e.field for e in err.value.errors}


# --- families -----------------------------------------------------------------------


def test_create_and_get_family_round_trips_every_field(store):
    data = family(
        worker="Mette Jensen",
        status="paused",
        setting="residential",
        programme="PMTO",
        risk_of_placement=True,
        notes="Fictitious family.",
    )
    uid = fam.create_family(store, data)
    got = fam.get_family(store, uid)
    assert got.uid == uid
    for name in fam.FAMILY_FIELDS:
        assert getattr(got, name) == getattr(data, name), name


def test_reference_name_and_start_date_are_required_all_reported_at_once(store):
    with pytest.raises(ValidationFailed) as err:
        fam.create_family(store, FamilyData(reference="  ", name=""))
    assert fields_of(err) == {"reference", "name", "start_date"}
    assert all(e.code == "value.required" for e in err.value.errors)
    assert audit_rows(store, "family") == []


def test_closed_family_needs_end_date_not_before_start(store):
    with pytest.raises(ValidationFailed) as err:
        fam.create_family(store, family(status="closed"))
    assert fields_of(err) == {"end_date"}
    assert "end date" in str(err.value)
    with pytest.raises(ValidationFailed) as err:
        fam.create_family(store, family(status="closed", end_date=date(2025, 12, 31)))
    assert err.value.errors[0].code == "date.before_start"
    uid = fam.create_family(store, family(status="closed", end_date=date(2026, 1, 5)))
    assert fam.get_family(store, uid).end_date == date(2026, 1, 5)


def test_status_setting_and_programme_come_from_the_vocabularies(store):
    with pytest.raises(ValidationFailed) as err:
        fam.create_family(store, family(status="open", setting="hotel", programme="Yoga"))
    assert fields_of(err) == {"status", "setting", "programme"}
    uid = fam.create_family(store, family(setting="placed-child-parent-support", programme="mst"))
    assert fam.get_family(store, uid).programme == "mst"  # known, case-insensitively


def test_an_imported_programme_outside_the_catalogue_survives_an_unrelated_edit(store):
    uid = fam.create_family(store, family())
    from famdesk.db.models import Family

    with store.session() as s:
        s.scalar(select(Family).where(Family.uid == uid)).programme = "Marte Meo"
    data = fam.get_family(store, uid)
    data.name = "Familien Nyt-Navn"
    assert fam.update_family(store, uid, data) == ["name"]
    data.programme = "Another unknown"
    with pytest.raises(ValidationFailed):
        fam.update_family(store, uid, data)


def test_reference_is_unique_among_families_with_a_clear_message(store):
    fam.create_family(store, family())
    with pytest.raises(ValidationFailed) as err:
        fam.create_family(store, family(reference="fb-2026-001", name="Familien Anden"))
    assert err.value.errors[0].field == "reference"
    assert "another family already has the reference" in err.value.errors[0].message
    other = fam.create_family(store, family(reference="FB-2026-002"))
    data = fam.get_family(store, other)
    data.reference = "FB-2026-001"
    with pytest.raises(ValidationFailed):
        fam.update_family(store, other, data)
    fam.create_family(store, family(reference="ÆB-7", name="Familien Ærø"))
    with pytest.raises(ValidationFailed):
        fam.create_family(store, family(reference="æb-7", name="Familien Æble"))
    # Saving a family under its own reference is fine.
    data.reference = "FB-2026-002"
    assert fam.update_family(store, other, data) == []


def test_update_writes_only_changed_fields_and_audits_their_names_not_contents(store):
    uid = fam.create_family(store, family(notes="Sensitive observation"))
    data = fam.get_family(store, uid)
    data.notes = "Another sensitive observation"
    data.risk_of_placement = True
    assert fam.update_family(store, uid, data) == ["risk_of_placement", "notes"]
    rows = audit_rows(store, "family")
    assert [r.action for r in rows] == ["create", "update"]
    assert rows[1].entity_uid == uid and rows[1].family_uid == uid
    assert rows[1].detail == {"fields": ["risk_of_placement", "notes"]}
    assert "sensitive" not in repr([r.detail for r in rows]).lower()
    # No change, no audit line.
    assert fam.update_family(store, uid, data) == []
    assert len(audit_rows(store, "family")) == 2


def test_open_family_records_a_read(store):
    uid = fam.create_family(store, family())
    assert fam.open_family(store, uid).name == "Familien Testesen"
    assert [r.action for r in audit_rows(store, "family")] == ["create", "read"]


def test_delete_family_removes_members_and_is_audited(store):
    uid = fam.create_family(store, family())
    fam.add_member(store, uid, MemberData(role="mother", given_name="Anna"))
    fam.delete_family(store, uid)
    with pytest.raises(NotFound):
        fam.get_family(store, uid)
    last = audit_rows(store, "family")[-1]
    assert (last.action, last.entity_uid, last.detail["members"]) == ("delete", uid, 1)


# --- members ----------------------------------------------------------------------------


@pytest.fixture
def fuid(store) -> str:
    return fam.create_family(store, family())


def test_given_name_is_required_and_role_from_vocabulary(store, fuid):
    with pytest.raises(ValidationFailed) as err:
        fam.add_member(store, fuid, MemberData(role="uncle", given_name=" "))
    assert fields_of(err) == {"role", "given_name"}
    assert fam.list_members(store, fuid) == []


def test_cpr_is_optional_and_fills_the_birth_date(store, fuid):
    plain = fam.add_member(store, fuid, MemberData(role="father", given_name="Bo"))
    assert fam.get_member(store, plain).cpr is None
    uid = fam.add_member(store, fuid, MemberData(role="child", given_name="Ida", cpr="1203184006"))
    got = fam.get_member(store, uid)
    assert got.cpr == CPR_MOD11_OK  # typed without the dash, stored normalised
    assert got.birth_date == date(2018, 3, 12)
    assert got.cpr_modulus11_ok and not got.cpr_substitute


@pytest.mark.parametrize(
    ("cpr", "code", "words"),
    [
        ("310299-1234", "cpr.no_such_date", "no such date"),
        ("12345", "cpr.format", "DDMMYY-NNNN"),
        ("ab0190-1234", "cpr.format", "DDMMYY-NNNN"),
    ],
)
def test_invalid_cpr_is_refused_with_a_clear_message(store, fuid, cpr, code, words):
    with pytest.raises(ValidationFailed) as err:
        fam.add_member(store, fuid, MemberData(role="child", given_name="Ida", cpr=cpr))
    (e,) = err.value.errors
    assert (e.field, e.code) == ("cpr", code)
    assert words in e.message
    assert fam.list_members(store, fuid) == []


def test_modulus11_failure_is_accepted_and_reported(store, fuid):
    uid = fam.add_member(
        store, fuid, MemberData(role="child", given_name="Ea", cpr=CPR_MOD11_FAILS)
    )
    got = fam.get_member(store, uid)
    assert got.cpr == CPR_MOD11_FAILS and got.birth_date == date(2020, 6, 7)
    assert not got.cpr_modulus11_ok


def test_substitute_number_is_accepted_and_marked(store, fuid):
    uid = fam.add_member(
        store, fuid, MemberData(role="child", given_name="Liv", cpr=CPR_SUBSTITUTE)
    )
    got = fam.get_member(store, uid)
    assert got.cpr_substitute and got.birth_date == date(2020, 3, 9)


def test_birth_date_and_cpr_must_agree(store, fuid):
    with pytest.raises(ValidationFailed) as err:
        fam.add_member(
            store,
            fuid,
            MemberData(
                role="child", given_name="Ida", cpr=CPR_MOD11_OK, birth_date=date(2018, 3, 13)
            ),
        )
    (e,) = err.value.errors
    assert (e.field, e.code, e.params) == (
        "birth_date",
        "member.birth_date.cpr_mismatch",
        {"cpr_date": "2018-03-12"},
    )
    fam.add_member(
        store,
        fuid,
        MemberData(role="child", given_name="Ida", cpr=CPR_MOD11_OK, birth_date=date(2018, 3, 12)),
    )


def test_contact_details_are_checked_loosely(store, fuid):
    with pytest.raises(ValidationFailed) as err:
        fam.add_member(
            store,
            fuid,
            MemberData(role="mother", given_name="Anna", phone="call me", email="anna@"),
        )
    assert fields_of(err) == {"phone", "email"}
    fam.add_member(
        store,
        fuid,
        MemberData(
            role="mother", given_name="Anna", phone="+45 12 34 56 78", email="a@eksempel.dk"
        ),
    )


def test_members_keep_their_order_and_update_audits_changed_fields(store, fuid):
    a = fam.add_member(store, fuid, MemberData(role="mother", given_name="Anna"))
    b = fam.add_member(store, fuid, MemberData(role="father", given_name="Bo"))
    assert [m.uid for m in fam.list_members(store, fuid)] == [a, b]
    data = fam.get_member(store, b)
    data.family_name = "Testesen"
    data.phone = "12345678"
    assert fam.update_member(store, b, data) == ["family_name", "phone"]
    rows = audit_rows(store, "member")
    assert [(r.action, r.entity_uid) for r in rows] == [("create", a), ("create", b), ("update", b)]
    assert rows[-1].family_uid == fuid
    assert rows[-1].detail == {"fields": ["family_name", "phone"]}
    assert "12345678" not in repr(rows[-1].detail)


def test_delete_member_is_audited(store, fuid):
    a = fam.add_member(store, fuid, MemberData(role="mother", given_name="Anna"))
    fam.delete_member(store, a)
    assert fam.list_members(store, fuid) == []
    last = audit_rows(store, "member")[-1]
    assert (last.action, last.entity_uid, last.family_uid) == ("delete", a, fuid)


def test_ages_in_years_and_months():
    born = date(2020, 6, 7)
    assert fam.age_on(born, date(2024, 6, 6)) == 3
    assert fam.age_on(born, date(2024, 6, 7)) == 4
    assert fam.age_months_on(born, date(2020, 12, 6)) == 5
    assert fam.age_months_on(born, date(2020, 12, 7)) == 6
    assert fam.age_on(date(2000, 2, 29), date(2001, 2, 28)) == 0


def test_future_birth_date_is_refused(store, fuid):
    with pytest.raises(ValidationFailed) as err:
        fam.add_member(
            store,
            fuid,
            MemberData(role="child", given_name="X", birth_date=date.today() + timedelta(days=2)),
        )
    assert fields_of(err) == {"birth_date"}


# --- placements --------------------------------------------------------------------------


def placed_child(store, fuid, since=date(2025, 9, 1)) -> str:
    return fam.add_member(
        store,
        fuid,
        MemberData(
            role="child",
            given_name="Ida",
            birth_date=date(2018, 3, 12),
            placement=PlacementData(type="foster-family", site="Plejefamilien Holm", since=since),
        ),
    )


def test_a_placed_child_has_a_current_placement(store, fuid):
    uid = placed_child(store, fuid)
    got = fam.get_member(store, uid)
    assert got.placement.type == "foster-family"
    assert got.placement.site == "Plejefamilien Holm"
    assert got.placement.ended_on is None and got.placement_history == []
    assert audit_rows(store, "member")[-1].detail["fields"][-1] == "placement"


def test_only_children_are_placed_with_a_known_type_and_a_start(store, fuid):
    with pytest.raises(ValidationFailed) as err:
        fam.add_member(
            store,
            fuid,
            MemberData(role="mother", given_name="Anna", placement=PlacementData(type="hotel")),
        )
    assert fields_of(err) == {"placement", "placement_type", "placement_since"}


def test_changing_the_placement_ends_the_current_one_and_keeps_history(store, fuid):
    uid = placed_child(store, fuid)
    data = fam.get_member(store, uid)
    data.placement = PlacementData(
        type="residential-institution", site="Egely", since=date(2026, 2, 1)
    )
    assert fam.update_member(store, uid, data) == ["placement"]
    got = fam.get_member(store, uid)
    assert (got.placement.type, got.placement.since) == (
        "residential-institution",
        date(2026, 2, 1),
    )
    (old,) = got.placement_history
    assert (old.type, old.site, old.ended_on) == (
        "foster-family",
        "Plejefamilien Holm",
        date(2026, 2, 1),
    )


def test_same_start_date_corrects_the_current_placement_in_place(store, fuid):
    uid = placed_child(store, fuid)
    data = fam.get_member(store, uid)
    data.placement.site = "Plejefamilien Holm-Hansen"
    fam.update_member(store, uid, data)
    got = fam.get_member(store, uid)
    assert got.placement.site == "Plejefamilien Holm-Hansen" and got.placement_history == []


def test_a_new_placement_cannot_start_before_the_current_one(store, fuid):
    uid = placed_child(store, fuid)
    data = fam.get_member(store, uid)
    data.placement = PlacementData(type="own-room", site="", since=date(2025, 1, 1))
    with pytest.raises(ValidationFailed) as err:
        fam.update_member(store, uid, data)
    assert err.value.errors[0].code == "placement.before_current"
    assert fam.get_member(store, uid).placement.type == "foster-family"


def test_ending_a_placement_keeps_it_in_history(store, fuid):
    uid = placed_child(store, fuid)
    data = fam.get_member(store, uid)
    data.placement = None
    data.placement_ended_on = date(2026, 3, 1)
    assert fam.update_member(store, uid, data) == ["placement"]
    got = fam.get_member(store, uid)
    assert got.placement is None
    assert got.placement_history[0].ended_on == date(2026, 3, 1)
    with store.read_session() as s:
        assert len(list(s.scalars(select(Placement)))) == 1


def test_placement_cannot_start_before_birth(store, fuid):
    with pytest.raises(ValidationFailed) as err:
        placed_child(store, fuid, since=date(2017, 1, 1))
    assert err.value.errors[0].code == "placement.before_birth"


# --- collaborators -------------------------------------------------------------------------


def prof(**kw) -> ProfessionalData:
    base = dict(name="Karen Sørensen", organisation="Eksempel Kommune", role="municipal caseworker")
    base.update(kw)
    return ProfessionalData(**base)


def test_collaborator_needs_a_name_and_a_plausible_email(store, fuid):
    with pytest.raises(ValidationFailed) as err:
        fam.create_professional(store, prof(name="", email="karen at kommune"), fuid)
    assert fields_of(err) == {"name", "email"}
    assert fam.list_family_professionals(store, fuid) == []


def test_collaborators_are_shared_between_families(store, fuid):
    other = fam.create_family(store, family(reference="FB-2026-002", name="Familien Anden"))
    puid = fam.create_professional(store, prof(email="ks@eksempel.dk"), fuid)
    assert fam.link_professional(store, other, puid) is True
    assert fam.link_professional(store, other, puid) is False  # already linked
    assert fam.get_professional(store, puid).family_count == 2
    # Editing the shared collaborator changes it for both families.
    data = fam.get_professional(store, puid)
    data.phone = "33 33 33 33"
    assert fam.update_professional(store, puid, data) == ["phone"]
    for f in (fuid, other):
        assert fam.list_family_professionals(store, f)[0].phone == "33 33 33 33"
    assert fam.unlink_professional(store, other, puid) is True
    assert fam.list_family_professionals(store, other) == []
    assert fam.get_professional(store, puid).family_count == 1
    actions = [
        (r.action, r.entity)
        for r in audit_rows(store)
        if r.entity != "family" or r.action == "update"
    ]
    assert ("create", "professional") in actions and ("update", "professional") in actions
    assert sum(1 for r in audit_rows(store, "family") if "unlinked_professional" in r.detail) == 1


def test_search_professionals_matches_name_organisation_or_role(store, fuid):
    fam.create_professional(store, prof())
    fam.create_professional(store, prof(name="Lars Lærer", organisation="Byskolen", role="teacher"))
    assert [p.name for p in fam.search_professionals(store, "søren")] == ["Karen Sørensen"]
    assert [p.name for p in fam.search_professionals(store, "BYSKOLEN")] == ["Lars Lærer"]
    # Case is folded in every alphabet, not just ASCII.
    assert [p.name for p in fam.search_professionals(store, "SØREN")] == ["Karen Sørensen"]
    assert [p.name for p in fam.search_professionals(store, "LÆRER")] == ["Lars Lærer"]
    assert len(fam.search_professionals(store, "")) == 2
    assert fam.search_professionals(store, "%") == fam.search_professionals(store, "")


def test_deleting_a_family_keeps_its_collaborators_in_the_register(store, fuid):
    puid = fam.create_professional(store, prof(), fuid)
    fam.delete_family(store, fuid)
    assert fam.get_professional(store, puid).family_count == 0
