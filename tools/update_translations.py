"""Collect the GUI's strings into the .ts files and compile the .qm files.

Run after adding or changing any ``tr()`` text in ``famdesk/ui``:

    /work/venv/bin/python tools/update_translations.py          # update and compile
    /work/venv/bin/python tools/update_translations.py --check  # exit 1 if out of date

It runs ``pyside6-lupdate`` over ``famdesk/ui/**/*.py`` into
``resources/translations/famdesk_da.ts`` and ``famdesk_en.ts`` (strings no
longer in the code are dropped, no source locations are stored so diffs stay
small), fills English messages that have no translation with their source
text, and compiles each .ts to a .qm with ``pyside6-lrelease``. Running it
twice changes nothing. Danish texts are written by hand (Qt Linguist or any
editor): a new string shows up in famdesk_da.ts as ``type="unfinished"``, and
``tests/ui/shell/test_i18n.py`` fails until it is translated.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "famdesk" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = {"da": "da_DK", "en": "en_GB"}
SOURCE_LANGUAGE = "en"


def tool(name: str) -> str:
    """``pyside6-<name>`` from the running venv, else from PATH."""
    local = Path(sys.executable).with_name(f"pyside6-{name}")
    if local.exists():
        return str(local)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"update_translations: pyside6-{name} not found (install PySide6)")
    return found


def source_files(root: Path = SOURCES) -> list[str]:
    return sorted(str(p) for p in root.rglob("*.py"))


def ts_path(lang: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"famdesk_{lang}.ts"


def qm_path(lang: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"famdesk_{lang}.qm"


def run_lupdate(ts: Path, lang: str, sources: list[str] | None = None) -> None:
    cmd = [
        tool("lupdate"),
        *(sources or source_files()),
        "-no-obsolete",
        "-locations",
        "none",
        "-source-language",
        SOURCE_LANGUAGE,
        "-target-language",
        LANGUAGES[lang],
        "-ts",
        str(ts),
    ]
    subprocess.run(cmd, check=True, capture_output=True, text=True)


def run_lrelease(ts: Path, qm: Path) -> None:
    cmd = [tool("lrelease"), "-silent", str(ts), "-qm", str(qm)]
    subprocess.run(cmd, check=True, capture_output=True, text=True)


def fill_english(ts: Path) -> bool:
    """Give every English message without a translation its source text.

    Returns True if the file changed. Plural (numerus) messages get the source
    in every form; write proper singular/plural English by hand for those.
    """
    tree = ET.parse(ts)
    changed = False
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") not in ("unfinished", None) and translation.get("type") != "":
            continue
        forms = translation.findall("numerusform")
        if message.get("numerus") == "yes":
            if not forms:
                forms = [ET.SubElement(translation, "numerusform") for _ in range(2)]
            empty = [f for f in forms if not (f.text or "").strip()]
            for form in empty:
                form.text = source
            if empty or translation.get("type") == "unfinished":
                translation.attrib.pop("type", None)
                changed = True
        elif not (translation.text or "").strip():
            translation.text = source
            translation.attrib.pop("type", None)
            changed = True
        elif translation.get("type") == "unfinished":
            translation.attrib.pop("type", None)
            changed = True
    if changed:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return changed


def update(folder: Path = TRANSLATIONS, sources: list[str] | None = None) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = ts_path(lang, folder)
        run_lupdate(ts, lang, sources)
        if lang == SOURCE_LANGUAGE and fill_english(ts):
            run_lupdate(ts, lang, sources)  # back to lupdate's own layout: idempotent
        run_lrelease(ts, qm_path(lang, folder))


def out_of_date() -> list[str]:
    """Files that ``update()`` would change (compared in a temporary copy)."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for lang in LANGUAGES:
            if ts_path(lang).exists():
                shutil.copy2(ts_path(lang), ts_path(lang, work))
        update(work)
        stale = []
        for lang in LANGUAGES:
            for fresh, committed in (
                (ts_path(lang, work), ts_path(lang)),
                (qm_path(lang, work), qm_path(lang)),
            ):
                if not committed.exists() or committed.read_bytes() != fresh.read_bytes():
                    stale.append(str(committed.relative_to(ROOT)))
        return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="only report files that are out of date"
    )
    args = parser.parse_args(argv)
    if args.check:
        stale = out_of_date()
        for name in stale:
            print(f"out of date: {name}")
        return 1 if stale else 0
    update()
    for lang in LANGUAGES:
        print(f"updated {ts_path(lang).relative_to(ROOT)} and {qm_path(lang).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
