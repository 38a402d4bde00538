"""The one definition of the interchange format: what is published from it, version 2
and version-1 files, keys given twice, and times kept exactly as a file gives them."""

from __future__ import annotations

import copy
import io
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from famdesk.core import interchange_publish, interchange_schema
from famdesk.core.interchange import (
    DocumentInvalid,
    InterchangeError,
    check_file,
    dump_document,
    export_document,
    export_to,
    import_checked_file,
    import_document,
    parse_document,
    validate_document,
)
from famdesk.db.store import Store
from famdesk.vocabulary import PLAN_TEXT_SECTIONS

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "interchange"
VALID_V1 = FIXTURES / "valid_two_families.json"
F0 = "$.families[0]"


def v1_doc() -> dict[str, Any]:
    return parse_document(VALID_V1.read_bytes())


SITE_FOSTER = "05170000-0000-4000-8000-000000000001"
SITE_HOME = "05170000-0000-4000-8000-000000000002"
SITES = (
    {"uid": SITE_HOME, "name": "Opholdsstedet Fjordly", "type": "socio-educational-home",
     "address": "", "phone": "", "email": "", "competences": "Børn 8-14 år", "capacity": None},
    {"uid": SITE_FOSTER, "name": "Plejefamilie i Fiktivby", "type": "foster-family",
     "address": "Fiktivvej 1, 9999 Fiktivby", "phone": "+45 11 22 33 44",
     "email": "pleje@fiktivby.dk", "competences": "Skolebørn, hund og have", "capacity": 2},
)
MATCH_PLACED = {
    "uid": "0a7c0000-0000-4000-8000-000000000001",
    "status": "placed",
    "needs": {"school": "Blive på sin skole", "relationships": "Samvær med mor hver uge"},
    "child_view": "Jeg vil bo et sted med en hund.",
    "parents_view": "Mor ønsker en plejefamilie tæt på.",
    "candidates": [
        {"site_uid": SITE_FOSTER, "assessment": "Tæt på skolen", "fit": 8},
        {"site_uid": SITE_HOME, "assessment": "Langt fra mor", "fit": 4},
    ],
    "decided_on": "2024-11-01",
    "chosen_site_uid": SITE_FOSTER,
    "reasons": "Skolen og samværet med mor",
    "placed_on": "2024-11-15",
    "follow_ups": [
        {"date": "2024-12-15", "status": "held", "notes": "Falder godt til", "stability": 8},
        {"date": "2025-02-15", "status": "held", "notes": "Savner mor", "stability": 6},
        {"date": "2025-05-15", "status": "planned", "notes": "", "stability": None},
    ],
    "breakdown": None,
}


def v2_doc() -> dict[str, Any]:
    """The version-1 fixture as version 2, with every field version 2 added filled in."""
    doc = v1_doc()
    doc["version"] = 2
    for fam in doc["families"]:
        fam["support_started_on"] = "2025-09-01"
        fam["investigation_finished_on"] = None
        fam["follow_up_every_months"] = 6
        for plan in fam["plans"]:
            plan["child_perspective"] = "Emil siger, at han savner sin mor om aftenen."
        for ses in fam["sessions"]:
            ses["concern_details"] = {"what": "", "told": []} if ses["concern"] else None
        for member in fam["members"]:
            member["conversations"] = []
            member["matches"] = []
    doc["placement_sites"] = [dict(site) for site in SITES]
    emil = doc["families"][0]["members"][1]  # placed in a foster family since 2024-11-15
    emil["conversations"] = [
        {"uid": "0c0e0000-0000-4000-8000-000000000001", "date": "2024-10-01",
         "present": "Emil, familiebehandler", "support_person": "Moster Hanne",
         "declined": False, "child_own_words": "Jeg vil gerne bo et sted med en hund.",
         "summary": "Emil fortalte om sine ønsker til et nyt hjem."},
        {"uid": "0c0e0000-0000-4000-8000-000000000002", "date": "2025-02-01",
         "present": "Emil", "support_person": "", "declined": True, "child_own_words": "",
         "summary": "Emil ville ikke tale i dag."},
    ]
    emil["matches"] = [MATCH_PLACED]
    maja = doc["families"][1]["members"][1]
    maja["matches"] = [{
        **MATCH_PLACED, "uid": "0a7c0000-0000-4000-8000-000000000002", "status": "exploring",
        "decided_on": None, "chosen_site_uid": None, "reasons": "", "placed_on": None,
        "follow_ups": [], "candidates": MATCH_PLACED["candidates"][1:],
    }]
    ses = doc["families"][0]["sessions"][0]
    ses["concern"] = True
    ses["concern_details"] = {
        "what": "Mærker på armen",
        "told": [{"who": "Sagsbehandler", "when": "2025-10-01T11:00Z", "how": "telefon"}],
    }
    return copy.deepcopy(doc)  # nothing shared with SITES and MATCH_PLACED


def without_time(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if k != "exported_at"}


# --- published from the one definition -----------------------------------------------------


def test_the_published_json_schema_is_generated_from_the_definition() -> None:
    published = (ROOT / "docs" / "interchange.schema.json").read_text(encoding="utf-8")
    assert published == interchange_publish.json_schema_text(), (
        "docs/interchange.schema.json is stale: run python tools/update_interchange_docs.py"
    )


def test_the_docs_field_tables_are_generated_from_the_definition() -> None:
    docs = (ROOT / "docs" / "interchange.md").read_text(encoding="utf-8")
    assert docs == interchange_publish.docs_with_tables(docs), (
        "docs/interchange.md is stale: run python tools/update_interchange_docs.py"
    )
    for entity in interchange_schema.walk():
        for field in entity.fields:
            assert f"| `{field.name}` |" in docs


def test_a_real_export_validates_against_the_published_schema(store: Store) -> None:
    import_document(store, v2_doc())
    exported = export_document(store)
    published = json.loads((ROOT / "docs" / "interchange.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(published)
    jsonschema.Draft202012Validator(published).validate(exported)


def test_the_published_schema_refuses_what_famdesk_refuses() -> None:
    validator = jsonschema.Draft202012Validator(interchange_publish.json_schema())
    doc = v2_doc()
    doc["families"][0]["colour"] = "blue"
    assert not validator.is_valid(doc)
    doc = v2_doc()
    doc["families"][0]["sessions"][2]["concern_details"] = {"what": "", "told": []}
    assert not validator.is_valid(doc)  # concern is false there
    assert not validator.is_valid({**v2_doc(), "version": 3})


def test_plan_text_sections_are_one_list_in_the_format() -> None:
    plan_keys = interchange_schema.PLAN.key_names()
    assert [k for k in plan_keys if k in PLAN_TEXT_SECTIONS] == list(PLAN_TEXT_SECTIONS)
    assert "child_perspective" in PLAN_TEXT_SECTIONS


# --- version 2 and version 1 -------------------------------------------------------------------


def test_export_writes_version_2_with_its_new_fields(store: Store) -> None:
    doc = v2_doc()
    import_document(store, doc)
    exported = export_document(store)
    assert exported["version"] == 2
    assert without_time(exported) == without_time(doc)


def test_a_version_1_file_imports_with_empty_defaults(store: Store) -> None:
    doc = v1_doc()
    doc["families"][0]["sessions"][0]["concern"] = True
    import_document(store, doc)
    exported = export_document(store)
    fam = exported["families"][0]
    assert fam["support_started_on"] is None
    assert fam["investigation_finished_on"] is None
    assert fam["follow_up_every_months"] is None
    assert all(p["child_perspective"] == "" for p in fam["plans"])
    assert fam["sessions"][0]["concern_details"] == {"what": "", "told": []}
    assert fam["sessions"][1]["concern_details"] == {"what": "", "told": []}
    assert fam["sessions"][2]["concern_details"] is None
    assert exported["placement_sites"] == []
    assert all(m["matches"] == [] and m["conversations"] == [] for m in fam["members"])


def test_a_version_2_file_with_matches_and_conversations_imports_and_exports_back_equal(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "v2.json"
    path.write_text(dump_document(v2_doc()), encoding="utf-8")
    summary = import_checked_file(store, check_file(path))
    assert (summary.placement_sites, summary.matches, summary.conversations) == (2, 2, 2)
    exported = export_document(store)
    assert without_time(exported) == without_time(v2_doc())
    emil = exported["families"][0]["members"][1]
    assert emil["conversations"][1]["declined"] is True
    assert [c["fit"] for c in emil["matches"][0]["candidates"]] == [8, 4]


def test_every_site_a_match_names_is_in_the_files_register() -> None:
    doc = v2_doc()
    match = doc["families"][0]["members"][1]["matches"][0]
    match["candidates"][1]["site_uid"] = "05170000-0000-4000-8000-0000000000ff"
    doc["families"][1]["members"][1]["matches"][0]["candidates"] = [
        {"site_uid": "05170000-0000-4000-8000-0000000000ff", "assessment": "", "fit": 1}]
    doc["placement_sites"] = doc["placement_sites"][1:]  # the foster family only
    assert [str(e) for e in validate_document(doc)] == [
        f"{F0}.members[1].matches[0].candidates[1].site_uid: 05170000-0000-4000-8000-0000000000ff"
        " is not a site of this file's placement_sites",
        "$.families[1].members[1].matches[0].candidates[0].site_uid: "
        "05170000-0000-4000-8000-0000000000ff is not a site of this file's placement_sites",
    ]


def test_a_site_already_in_the_store_is_accepted_only_with_identical_fields(
    store: Store,
) -> None:
    first = v2_doc()
    for fam in first["families"]:
        for member in fam["members"]:
            member["matches"], member["conversations"] = [], []
    first["families"] = first["families"][1:]
    import_document(store, first)
    second = v2_doc()
    second["families"] = second["families"][:1]
    second["placement_sites"][1] = {**second["placement_sites"][1], "capacity": 3,
                                    "phone": "+45 99 99 99 99"}
    with pytest.raises(DocumentInvalid) as refused:
        import_document(store, second)
    assert [str(e) for e in refused.value.errors] == [
        f"$.placement_sites[1].uid: placement site {SITE_FOSTER} is already in this store with "
        "other phone, capacity; a site in the register must be identical; nothing was imported"
    ]
    summary = import_document(store, {**second, "placement_sites": v2_doc()["placement_sites"]})
    assert (summary.placement_sites, summary.placement_sites_reused, summary.matches) == (0, 2, 1)
    assert len(export_document(store)["placement_sites"]) == 2


@pytest.mark.parametrize("streamed", [False, True], ids=["document", "file"])
def test_a_collaborator_already_in_the_store_is_accepted_only_with_identical_fields(
    store: Store, tmp_path: Path, streamed: bool
) -> None:
    """The sites' rule, by the same function: a shared caseworker is not changed by a file."""

    def run(doc: dict[str, Any]) -> Any:
        if not streamed:
            return import_document(store, doc)
        path = tmp_path / "doc.json"
        path.write_text(dump_document(doc), encoding="utf-8")
        return import_checked_file(store, check_file(path))

    first = v1_doc()
    first["families"] = first["families"][1:]  # Maja's family: the caseworker only
    run(first)
    second = v1_doc()
    second["families"] = second["families"][:1]
    caseworker = second["families"][0]["professionals"][1]
    caseworker.update(phone="+45 99 99 99 99", role="teamleder")
    with pytest.raises(DocumentInvalid) as refused:
        run(second)
    assert [(str(e), e.code, e.params["fields"]) for e in refused.value.errors] == [(
        f"{F0}.professionals[1].uid: professional {caseworker['uid']} is already in this "
        "store with other role, phone; a shared collaborator must be identical; "
        "nothing was imported",
        "professional.stored.differs",
        "role, phone",
    )]
    assert len(export_document(store)["families"]) == 1
    summary = run({**second, "families": v1_doc()["families"][:1]})
    assert (summary.families, summary.professionals, summary.professionals_reused) == (1, 1, 1)


def test_one_family_exports_with_the_sites_its_matches_name(store: Store) -> None:
    doc = v2_doc()
    doc["placement_sites"].append({**doc["placement_sites"][0], "name": "Ikke brugt",
                                   "uid": "05170000-0000-4000-8000-0000000000aa"})
    import_document(store, doc)
    maja = doc["families"][1]["uid"]
    assert [s["uid"] for s in export_document(store, maja)["placement_sites"]] == [SITE_HOME]
    assert len(export_document(store)["placement_sites"]) == 3


def test_a_version_1_file_may_not_carry_version_2_keys() -> None:
    doc = v1_doc()
    doc["families"][0]["support_started_on"] = "2025-09-01"
    assert [str(e) for e in validate_document(doc)] == [
        f"{F0}.support_started_on: unknown key: not part of the famdesk format"
    ]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda s: s.update(concern_details=None),
            "concern_details: a session with a concern needs its details",
        ),
        (
            lambda s: s.update(concern=False),
            "concern_details: must be null when concern is false",
        ),
        (
            lambda s: s["concern_details"]["told"][0].update(when="2025-10-01T11:00"),
            "concern_details.told[0].when: a time needs its UTC offset",
        ),
        (lambda s: s["concern_details"].pop("told"), "concern_details.told: required key"),
        (
            lambda s: s["concern_details"]["told"][0].update(who=" "),
            "concern_details.told[0].who: must not be empty",
        ),
    ],
)
def test_concern_details_are_present_exactly_when_there_is_a_concern(
    change: Any, expected: str
) -> None:
    doc = v2_doc()
    change(doc["families"][0]["sessions"][0])
    found = [str(e) for e in validate_document(doc)]
    assert len(found) == 1 and found[0].startswith(f"{F0}.sessions[0].{expected}"), found


def test_follow_up_cadence_is_a_whole_number_of_months() -> None:
    doc = v2_doc()
    doc["families"][0]["follow_up_every_months"] = 0
    assert [str(e) for e in validate_document(doc)] == [
        f"{F0}.follow_up_every_months: must be 1-120, got 0"
    ]


# --- strict JSON -------------------------------------------------------------------------------


def test_a_key_given_twice_is_refused_with_its_path() -> None:
    text = VALID_V1.read_text(encoding="utf-8")
    twice = text.replace('"notes": "Fiktiv', '"notes": "first", "notes": "Fiktiv', 1)
    with pytest.raises(InterchangeError) as caught:
        parse_document(twice)
    assert str(caught.value).startswith(f"{F0}.notes: this key is given twice")


def test_families_given_twice_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "twice.json"
    path.write_text('{"format": "famdesk", "version": 2, "families": [], "families": []}')
    with pytest.raises(InterchangeError, match=r"^\$\.families: this key is given twice"):
        parse_document(path.read_bytes())
    with pytest.raises(InterchangeError, match=r"^\$\.families: this key is given twice"):
        check_file(path)


def test_a_key_given_twice_deep_in_a_streamed_file_is_refused(tmp_path: Path) -> None:
    text = VALID_V1.read_text(encoding="utf-8")
    twice = text.replace('"done": true', '"done": true, "done": false', 1)
    assert twice != text
    path = tmp_path / "deep.json"
    path.write_text(twice, encoding="utf-8")
    with pytest.raises(InterchangeError, match=r"\.steps\[\d+\]\.done: this key is given twice"):
        check_file(path)


# --- times exactly as given ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "spelled",
    [
        "2025-10-01T11:00:00Z",
        "2025-10-01T11:00Z",
        "2025-10-01T11:00:00.5Z",
        "2025-10-01T13:00:00.500+02:00",
        "2025-10-01T13:00+02:00",
        "2025-10-01T06:30:00-04:30",
        "2025-10-01T11:00:00.123456+00:00",
    ],
)
def test_times_survive_export_and_import_exactly_as_given(store: Store, spelled: str) -> None:
    doc = v2_doc()
    ses = doc["families"][0]["sessions"][0]
    ses["finalized_at"] = spelled
    ses["addenda"][0]["at"] = spelled.replace("T11", "T12").replace("T13", "T14").replace(
        "T06", "T07"
    )
    ses["concern_details"]["told"][0]["when"] = spelled
    import_document(store, doc)
    exported = export_document(store)["families"][0]["sessions"][0]
    assert exported["finalized_at"] == spelled
    assert exported["addenda"][0]["at"] == ses["addenda"][0]["at"]
    assert exported["concern_details"]["told"][0]["when"] == spelled


# --- streamed files ------------------------------------------------------------------------------


def test_a_streamed_export_is_the_same_text_as_a_whole_one(store: Store) -> None:
    import_document(store, v2_doc())
    out = io.StringIO()
    assert export_to(store, out) == 2
    whole = dump_document(export_document(store))
    streamed = out.getvalue()
    assert json.loads(streamed)["exported_at"]  # both carry their own moment
    assert without_time(json.loads(streamed)) == without_time(json.loads(whole))
    def strip(text: str) -> list[str]:
        return [line for line in text.splitlines() if '"exported_at"' not in line]

    assert strip(streamed) == strip(whole)


def test_an_empty_store_streams_a_valid_empty_document(store: Store) -> None:
    out = io.StringIO()
    assert export_to(store, out) == 0
    assert parse_document(out.getvalue())["families"] == []


def test_a_streamed_import_equals_a_whole_one(store: Store, tmp_path: Path) -> None:
    doc = v2_doc()
    path = tmp_path / "in.json"
    path.write_text(dump_document(doc), encoding="utf-8")
    summary = import_checked_file(store, check_file(path))
    assert summary.families == 2 and summary.concern_notices == 1
    assert without_time(export_document(store)) == without_time(doc)


def test_a_streamed_check_lists_every_problem_and_writes_nothing(tmp_path: Path) -> None:
    doc = v2_doc()
    doc["families"][0]["name"] = ""
    doc["families"][1]["sessions"][0]["kind"] = "visit"
    path = tmp_path / "bad.json"
    path.write_text(dump_document(doc), encoding="utf-8")
    with pytest.raises(DocumentInvalid) as caught:
        check_file(path)
    assert [e.path for e in caught.value.errors] == [
        f"{F0}.name",
        "$.families[1].sessions[0].kind",
    ]


def test_a_streamed_check_reads_the_header_wherever_it_stands(tmp_path: Path) -> None:
    doc = v2_doc()
    reordered = {"families": doc["families"], "version": 2, "format": "famdesk",
                 "placement_sites": doc["placement_sites"]}
    path = tmp_path / "late-header.json"
    path.write_text(json.dumps(reordered), encoding="utf-8")
    checked = check_file(path)
    assert checked.version == 2
    # The register after the families: their references were still checked against it.
    assert [site["uid"] for _path, site in checked.sites] == [SITE_HOME, SITE_FOSTER]
    reordered["placement_sites"] = doc["placement_sites"][:1]
    path.write_text(json.dumps(reordered), encoding="utf-8")
    with pytest.raises(DocumentInvalid) as refused:
        check_file(path)
    assert [str(e).split(":")[0] for e in refused.value.errors] == [
        f"{F0}.members[1].matches[0].candidates[0].site_uid",
        f"{F0}.members[1].matches[0].chosen_site_uid",
    ]


def test_a_streamed_file_with_a_syntax_error_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    text = dump_document(v2_doc())
    path.write_text(text.replace('"reference": "TEST-001",', '"reference": "TEST-001"', 1))
    with pytest.raises(InterchangeError, match=r"^\$: invalid JSON at line \d+ column \d+"):
        check_file(path)


def test_the_streamed_reader_crosses_chunk_boundaries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from famdesk.core import interchange_json

    monkeypatch.setattr(interchange_json, "CHUNK_CHARS", 7)
    doc = v2_doc()
    path = tmp_path / "small-chunks.json"
    path.write_text(dump_document(doc), encoding="utf-8")
    seen: list[Any] = []
    top = interchange_json.DocumentReader(path).read(on_family=lambda i, f: seen.append(f))
    assert top["version"] == 2 and seen == copy.deepcopy(doc["families"])
