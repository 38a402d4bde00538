"""Every user-facing string is translated, with the same placeholders, and compiled.

Two sources of words: the Qt strings (resources/translations/*.ts, read with
xml.etree; lupdate/lrelease re-run in a temporary folder to find strings in
the code that the committed files lack, and .qm files older than their .ts),
and the catalogue (resources/words/*.toml through famdesk.core.words: every
vocabulary value's label, every error code's sentence, every report text).
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from famdesk import vocabulary
from famdesk.core import words

ROOT = Path(__file__).resolve().parents[3]
TRANSLATIONS = ROOT / "resources" / "translations"
PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{[A-Za-z_][A-Za-z0-9_]*\}")


def load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message))
    return found


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    if forms:
        return [f.text or "" for f in forms]
    return [translation.text or ""]


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_message_is_translated_with_the_same_placeholders(lang: str) -> None:
    problems = []
    for context, source, message in messages(TRANSLATIONS / f"famdesk_{lang}.ts"):
        translation = message.find("translation")
        texts = translations_of(message)
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: unfinished: {source!r}")
            continue
        if not texts or any(not t.strip() for t in texts):
            problems.append(f"{context}: empty translation: {source!r}")
            continue
        for text in texts:
            if placeholders(text) != placeholders(source):
                problems.append(f"{context}: placeholders differ: {source!r} -> {text!r}")
    assert problems == []


def test_danish_is_really_danish_for_the_shell() -> None:
    table = {(c, s): translations_of(m) for c, s, m in messages(TRANSLATIONS / "famdesk_da.ts")}
    assert table[("MainWindow", "Families")] == ["Familier"]
    assert table[("messages", "Wrong passphrase")] == ["Forkert adgangsfrase"]
    assert table[("MainWindow", "%n family(s)")] == ["%n familie", "%n familier"]


def test_placeholder_check_catches_a_lost_placeholder() -> None:
    assert placeholders("No family matches “%1”.") == {"%1"}
    assert placeholders("Ingen familie passer.") != placeholders("No family matches “%1”.")
    assert placeholders("{name} has %n files") == {"{name}", "%n"}


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed .ts files after lupdate/lrelease over today's code, in a temp folder."""
    tool = load_tool()
    work = tmp_path_factory.mktemp("translations")
    for lang in tool.LANGUAGES:
        shutil.copy2(TRANSLATIONS / f"famdesk_{lang}.ts", work / f"famdesk_{lang}.ts")
    tool.update(work)
    return work


@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_string_in_the_code_is_in_the_ts_file(fresh: Path, lang: str) -> None:
    committed = {(c, s) for c, s, _m in messages(TRANSLATIONS / f"famdesk_{lang}.ts")}
    current = {(c, s) for c, s, _m in messages(fresh / f"famdesk_{lang}.ts")}
    missing = sorted(current - committed)
    stale = sorted(committed - current)
    hint = "run: python tools/update_translations.py"
    assert missing == [], f"strings not in famdesk_{lang}.ts ({hint})"
    assert stale == [], f"strings no longer in the code ({hint})"


@pytest.mark.parametrize("lang", ["da", "en"])
def test_compiled_qm_matches_its_ts(fresh: Path, lang: str) -> None:
    tool = load_tool()
    committed_qm = TRANSLATIONS / f"famdesk_{lang}.qm"
    assert committed_qm.exists(), "run: python tools/update_translations.py"
    recompiled = fresh / f"committed_{lang}.qm"
    tool.run_lrelease(TRANSLATIONS / f"famdesk_{lang}.ts", recompiled)
    assert committed_qm.read_bytes() == recompiled.read_bytes(), (
        f"famdesk_{lang}.qm is older than famdesk_{lang}.ts: run tools/update_translations.py"
    )


def test_the_danish_file_is_loaded_at_run_time(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication

    from famdesk.ui.shell import i18n

    switcher = i18n.LanguageSwitcher(QCoreApplication.instance())
    try:
        assert switcher.apply("da")
        assert QCoreApplication.translate("MainWindow", "Families") == "Familier"
    finally:
        switcher.apply("en")
    assert QCoreApplication.translate("MainWindow", "Families") == "Families"


# --- the catalogue (resources/words) ---------------------------------------------------


def _catalogue_entries() -> list[tuple[str, object]]:
    """(where, entry) for every label, sentence and text in the catalogue."""
    found: list[tuple[str, object]] = []
    for kind, table in words.labels_table().items():
        found += [(f"labels: {kind}.{value}", entry) for value, entry in table.items()]
    found += [(f"errors: {code}", entry) for code, entry in words.sentences_table().items()]
    found += [(f"texts: {key}", entry) for key, entry in words.texts_table().items()]
    return found


def _forms(entry: object) -> list[str] | None:
    """The texts of one language's entry (one, or the one/other forms); None if malformed."""
    if isinstance(entry, str):
        return [entry]
    if isinstance(entry, dict) and set(entry) == {"one", "other"}:
        return [str(entry["one"]), str(entry["other"])]
    return None


def catalogue_problems(entries: list[tuple[str, object]]) -> list[str]:
    problems = []
    for where, entry in entries:
        if not isinstance(entry, dict) or set(entry) != set(words.LANGUAGES):
            problems.append(f"{where}: needs exactly {words.LANGUAGES}, has {entry!r}")
            continue
        forms = {lang: _forms(entry[lang]) for lang in words.LANGUAGES}
        if any(f is None or not all(t.strip() for t in f) for f in forms.values()):
            problems.append(f"{where}: empty or malformed text {entry!r}")
            continue
        found = {
            lang: set().union(*(words.placeholders(t) for t in f or []))
            for lang, f in forms.items()
        }
        if found["da"] != found["en"]:
            problems.append(f"{where}: placeholders differ {found}")
    return problems


def test_every_catalogue_entry_has_danish_and_english_with_the_same_placeholders() -> None:
    assert catalogue_problems(_catalogue_entries()) == []


def test_catalogue_check_catches_a_missing_language_and_a_lost_placeholder() -> None:
    assert catalogue_problems([("x", {"da": "Hej"})]) != []
    assert catalogue_problems([("x", {"da": "{n} dage", "en": "days"})]) != []
    assert catalogue_problems([("x", {"da": "", "en": "Day"})]) != []
    assert catalogue_problems([("x", {"da": {"one": "{n} dag"}, "en": "{n} days"})]) != []
    assert catalogue_problems([("x", {"da": "{n} dage", "en": "{n} days"})]) == []


def test_every_vocabulary_is_a_label_kind() -> None:
    """A tuple added to famdesk/vocabulary.py needs its labels (subsets like CHILD_ROLES pass)."""
    named = {value for values in words.KINDS.values() for value in values}
    for name, values in vars(vocabulary).items():
        if name.isupper() and isinstance(values, tuple):
            assert set(values) <= named, f"vocabulary.{name} has values without a label kind"


@pytest.mark.parametrize("kind", sorted(words.KINDS))
@pytest.mark.parametrize("lang", words.LANGUAGES)
def test_every_vocabulary_value_has_a_label(kind: str, lang: str) -> None:
    table = words.labels_table().get(kind, {})
    missing = [v for v in words.KINDS[kind] if not str(table.get(v, {}).get(lang, "")).strip()]
    assert missing == [], f"{kind} values without a {lang} label in resources/words/labels.toml"
    labels = [words.label(kind, v, lang) for v in words.KINDS[kind]]
    assert len(set(labels)) == len(labels), f"{kind}: two values share a {lang} label"
    extra = sorted(set(table) - set(words.KINDS[kind]))
    assert extra == [], f"{kind}: labels for values that do not exist"


def test_danish_labels_are_danish() -> None:
    assert words.label("ics_dimension", "school", "da") == "Skole og dagtilbud"
    assert words.label("session_kind", "office", "en") == "Office meeting"
    assert words.label("term", "worker", "da") == "Familiebehandler"
    assert words.label("instrument", "my-own-scale", "da") == "my-own-scale"
    assert words.instrument_label("WHO-5", "da", with_range=True) == "WHO-5 trivselsindeks (0–100)"


def test_an_unknown_error_code_still_gets_a_sentence_naming_it() -> None:
    assert words.sentence("no.such.code", "da") == "Noget gik galt (no.such.code)."


def test_a_count_takes_the_singular_for_one() -> None:
    assert words.text("log.drafts", "da", n=1) == "1 kladde"
    assert words.text("log.drafts", "da", n=0) == "0 kladder"
    assert words.text("log.drafts", "en", n=25) == "25 drafts"


def test_the_command_line_speaks_the_locale_language() -> None:
    assert words.system_language({"LANG": "da_DK.UTF-8"}) == "da"
    assert words.system_language({"LC_ALL": "en_GB.UTF-8", "LANG": "da_DK.UTF-8"}) == "en"
    assert words.system_language({}) == "en"
    assert words.sentence("no.such.code", words.system_language({"LANG": "da_DK"})).startswith(
        "Noget gik galt"
    )


def test_no_english_plural_shows_its_source_brackets() -> None:
    """A %n text reads "1 day" / "4 days" on screen, never the source's "4 day(s)"."""
    left = [
        source
        for _context, source, message in messages(TRANSLATIONS / "famdesk_en.ts")
        if message.get("numerus") == "yes"
        and any("(s)" in text for text in translations_of(message))
    ]
    assert left == []
