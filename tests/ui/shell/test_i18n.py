"""Every GUI string is translated, with the same placeholders, and compiled.

Reads resources/translations/*.ts with xml.etree; re-runs lupdate/lrelease in
a temporary folder (tools/update_translations.py) to find strings in the code
that the committed files lack, and .qm files older than their .ts.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

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
