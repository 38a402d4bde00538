"""Autosave: the text being typed survives a crash, inside the encrypted store."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from famdesk.core import autosave
from famdesk.db.store import Store
from tests.backends import reopen
from tests.core.session_fixtures import make_family

PAYLOAD = {"notes": "Frøja sagde: »Jeg vil gerne i børnehaven«", "concern": False, "minutes": 45}


def test_saved_draft_survives_reopening_the_store(store: Store) -> None:
    fam = make_family(store).uid
    autosave.save_draft(store, f"new-session:{fam}", PAYLOAD, family_uid=fam)
    store.close()  # as after a crash: nothing but what was committed remains
    reopened = reopen(store)
    try:
        draft = autosave.load_draft(reopened, f"new-session:{fam}")
        assert draft is not None
        assert draft.payload == PAYLOAD and draft.family_uid == fam
    finally:
        reopened.close()


@pytest.mark.file_only
def test_typing_is_not_written_in_plain_form(store: Store, db_path: Path) -> None:
    autosave.save_draft(store, "k", {"notes": "HEMMELIG-SÆTNING-42"})
    store.close()
    for path in db_path.parent.iterdir():
        assert b"HEMMELIG" not in path.read_bytes(), path.name


def test_save_replaces_and_discard_forgets(store: Store) -> None:
    autosave.save_draft(store, "k", {"notes": "første"})
    autosave.save_draft(store, "k", {"notes": "anden"})
    assert [d.payload for d in autosave.list_drafts(store)] == [{"notes": "anden"}]
    assert autosave.discard_draft(store, "k") is True
    assert autosave.load_draft(store, "k") is None
    assert autosave.discard_draft(store, "k") is False


def test_list_newest_first_and_by_family(store: Store) -> None:
    # Real families: on a server a draft is seen only with its family.
    f1, f2 = make_family(store).uid, make_family(store, reference="FB-2026-002").uid
    autosave.save_draft(store, "a", {}, f1, saved_at=datetime(2026, 3, 1, 9, tzinfo=UTC))
    autosave.save_draft(store, "b", {}, f2, saved_at=datetime(2026, 3, 1, 10, tzinfo=UTC))
    autosave.save_draft(store, "c", {}, f1, saved_at=datetime(2026, 3, 1, 11, tzinfo=UTC))
    assert [d.key for d in autosave.list_drafts(store)] == ["c", "b", "a"]
    assert [d.key for d in autosave.list_drafts(store, family_uid=f1)] == ["c", "a"]


@pytest.mark.parametrize(("key", "payload"), [("", {}), ("x" * 121, {}), ("k", {"t": object()})])
def test_bad_key_or_payload_is_refused_and_nothing_written(
    store: Store, key: str, payload: dict
) -> None:
    with pytest.raises(ValueError):
        autosave.save_draft(store, key, payload)
    assert autosave.list_drafts(store) == []
