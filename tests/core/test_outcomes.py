"""Measurements: scoring on entry, validation, guidance flags, series and audit."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from famdesk.core import outcomes
from famdesk.core.errors import NotFound, ValidationFailed
from famdesk.core.outcomes import (
    add_measurement,
    change_direction,
    delete_measurement,
    get_measurement,
    member_series,
    update_measurement,
    who5_guidance,
)
from famdesk.db.models import AuditEvent, Family, Measurement, Member
from famdesk.db.store import Store


def _family(store: Store, name: str = "Familien Testesen") -> tuple[str, str, str]:
    """A family with a mother and a child; returns (family uid, mother uid, child uid)."""
    with store.session() as s:
        f = Family(reference=f"REF-{name[-3:]}", name=name, start_date=date(2024, 1, 1))
        mother = Member(family=f, role="mother", given_name="Anna", family_name="Testesen")
        child = Member(family=f, role="child", given_name="Bo", family_name="Testesen", position=1)
        s.add_all([f, mother, child])
        s.flush()
        return f.uid, mother.uid, child.uid


@pytest.fixture
def fam(store: Store) -> tuple[str, str, str]:
    return _family(store)


def test_who5_score_is_item_sum_times_four(store: Store, fam: tuple[str, str, str]) -> None:
    family, mother, _ = fam
    uid = add_measurement(store, family, mother, "WHO-5", date(2024, 3, 1), [3, 2, 4, 1, 3])
    m = get_measurement(store, uid)
    assert m.score == 52  # (3+2+4+1+3) * 4
    assert m.items == [3, 2, 4, 1, 3]
    assert m.member_uid == mother and m.family_uid == family


def test_who5_given_score_must_agree_with_items(store: Store, fam: tuple[str, str, str]) -> None:
    family, mother, _ = fam
    with pytest.raises(ValidationFailed) as exc:
        add_measurement(store, family, mother, "WHO-5", date(2024, 3, 1), [3, 2, 4, 1, 3], 60)
    assert exc.value.for_field("score")
    assert "52" in str(exc.value)


@pytest.mark.parametrize(
    ("items", "field"),
    [
        ([3, 2, 4, 1], "items"),  # four items
        ([3, 2, 6, 1, 3], "items[2]"),  # 6 is out of 0-5
        ([3, 2, 2.5, 1, 3], "items[2]"),  # not whole
        ([-1, 2, 2, 1, 3], "items[0]"),
    ],
)
def test_who5_bad_items_are_refused_naming_the_item(
    store: Store, fam: tuple[str, str, str], items: list[float], field: str
) -> None:
    family, mother, _ = fam
    with pytest.raises(ValidationFailed) as exc:
        add_measurement(store, family, mother, "WHO-5", date(2024, 3, 1), items)
    assert [e.field for e in exc.value.errors] == [field]
    with store.read_session() as s:
        assert s.scalars(select(Measurement)).all() == []


def test_scale_score_from_its_one_answer_or_score_alone(
    store: Store, fam: tuple[str, str, str]
) -> None:
    family, mother, child = fam
    a = add_measurement(store, family, mother, "everyday-structure", date(2024, 3, 1), [4])
    b = add_measurement(store, family, child, "child-wellbeing", date(2024, 3, 1), [], 7)
    assert get_measurement(store, a).score == 4
    assert get_measurement(store, b).score == 7
    with pytest.raises(ValidationFailed) as exc:
        add_measurement(store, family, mother, "parenting-competence", date(2024, 3, 1), [], 11)
    assert exc.value.for_field("score")
    with pytest.raises(ValidationFailed) as exc:
        add_measurement(store, family, mother, "parenting-competence", date(2024, 3, 1), [])
    assert exc.value.for_field("score")


def test_licensed_instruments_take_a_score_never_items(
    store: Store, fam: tuple[str, str, str]
) -> None:
    family, _, child = fam
    uid = add_measurement(store, family, child, "SDQ-total", date(2024, 3, 1), [], 17)
    assert get_measurement(store, uid).items == []
    with pytest.raises(ValidationFailed) as exc:
        add_measurement(store, family, child, "SDQ-total", date(2024, 3, 1), [1, 2, 0], 17)
    assert exc.value.for_field("items")
    assert "licensed" in str(exc.value)


def test_date_must_not_be_in_the_future(store: Store, fam: tuple[str, str, str]) -> None:
    family, mother, _ = fam
    tomorrow = date.today() + timedelta(days=1)
    with pytest.raises(ValidationFailed) as exc:
        add_measurement(store, family, mother, "WHO-5", tomorrow, [3, 3, 3, 3, 3])
    assert exc.value.for_field("date")


def test_member_of_another_family_is_refused(store: Store, fam: tuple[str, str, str]) -> None:
    family, _, _ = fam
    _, other_mother, _ = _family(store, "Familien Andersen")
    with pytest.raises(ValidationFailed) as exc:
        add_measurement(store, family, other_mother, "WHO-5", date(2024, 3, 1), [3, 3, 3, 3, 3])
    assert exc.value.for_field("member")
    with pytest.raises(NotFound):
        add_measurement(store, family, "no-such-member", "WHO-5", date(2024, 3, 1), [1] * 5)


def test_update_recomputes_who5_and_audits_field_names_only(
    store: Store, fam: tuple[str, str, str]
) -> None:
    family, mother, _ = fam
    uid = add_measurement(store, family, mother, "WHO-5", date(2024, 3, 1), [1, 1, 1, 1, 1])
    changed = update_measurement(store, uid, items=[2, 2, 2, 2, 2])
    assert changed == ["items", "score"]
    assert get_measurement(store, uid).score == 40
    assert update_measurement(store, uid, date=date(2024, 3, 2)) == ["date"]
    assert update_measurement(store, uid, date=date(2024, 3, 2)) == []
    with pytest.raises(ValidationFailed):
        update_measurement(store, uid, items=[9, 2, 2, 2, 2])
    assert get_measurement(store, uid).score == 40  # nothing half-written
    delete_measurement(store, uid)
    with pytest.raises(NotFound):
        get_measurement(store, uid)
    with store.read_session() as s:
        rows = s.scalars(
            select(AuditEvent).where(AuditEvent.entity == "measurement").order_by(AuditEvent.id)
        ).all()
    assert [r.action for r in rows] == ["create", "update", "update", "delete"]
    assert rows[1].detail == {"fields": ["items", "score"]}
    assert all(r.family_uid == family and r.entity_uid == uid for r in rows)
    for r in rows:  # names of fields, never their values
        assert "40" not in str(r.detail) and "2, 2" not in str(r.detail)


def test_update_keeps_a_licensed_score_when_only_the_date_changes(
    store: Store, fam: tuple[str, str, str]
) -> None:
    family, _, child = fam
    uid = add_measurement(store, family, child, "ORS", date(2024, 3, 1), [], 21.5)
    assert update_measurement(store, uid, date=date(2024, 4, 1)) == ["date"]
    assert get_measurement(store, uid).score == 21.5


def test_member_series_per_instrument_oldest_first(store: Store, fam: tuple[str, str, str]) -> None:
    family, mother, child = fam
    add_measurement(store, family, mother, "WHO-5", date(2024, 5, 1), [4, 4, 4, 4, 4])
    add_measurement(store, family, mother, "WHO-5", date(2024, 2, 1), [2, 2, 2, 2, 2])
    add_measurement(store, family, mother, "everyday-structure", date(2024, 2, 1), [3])
    add_measurement(store, family, child, "child-wellbeing", date(2024, 2, 1), [6])
    series = member_series(store, mother)
    assert series == {
        "WHO-5": [(date(2024, 2, 1), 40.0), (date(2024, 5, 1), 80.0)],
        "everyday-structure": [(date(2024, 2, 1), 3.0)],
    }
    assert len(outcomes.list_measurements(store, family)) == 4
    assert len(outcomes.list_measurements(store, family, child)) == 1


@pytest.mark.parametrize(
    ("score", "code"),
    [
        (100, None),
        (52, None),
        (50, "who5-screen"),
        (32, "who5-screen"),
        (28, "who5-refer"),
        (0, "who5-refer"),
    ],
)
def test_who5_guidance_thresholds(score: float, code: str | None) -> None:
    flag = who5_guidance(score)
    assert (flag.code if flag else None) == code


def test_meaningful_change_is_direction_aware() -> None:
    assert change_direction("WHO-5", 40, 50) == "improved"  # +10 is meaningful
    assert change_direction("WHO-5", 40, 48) == "unchanged"
    assert change_direction("WHO-5", 60, 48) == "worsened"
    assert change_direction("everyday-structure", 3, 5) == "improved"  # 2 points
    assert change_direction("everyday-structure", 3, 4) == "unchanged"
    # Child problem behaviour: lower is better.
    assert change_direction("child-problem-behaviour", 7, 5) == "improved"
    assert change_direction("child-problem-behaviour", 5, 7) == "worsened"
    assert change_direction("local-instrument", 1, 9) is None
