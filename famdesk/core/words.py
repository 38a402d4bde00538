"""The one catalogue of words: vocabulary labels, program terms and error sentences.

Screen and print must call a thing by the same name, and reports and commands
may not import Qt, so the words live as data in ``resources/words/*.toml``
(Danish and English side by side) and are read here, in plain Python:

- ``label(kind, value, lang)``: the word for a wire value of
  ``famdesk.vocabulary`` (``label("session_kind", "office", "da")``) or a
  program term (``label("term", "worker", "da")`` → "Familiebehandler").
- ``sentence(code, lang, **params)``: the sentence for an error code.
- ``text(key, lang, n=None, **params)``: a report's own text (``one``/``other``
  forms chosen by ``n``).

The UI passes its current language (``ui_language()``), a report its
``lang``, the command line ``system_language()`` (LC_ALL/LANG). Every
vocabulary value and every error code has both languages with the same
``{placeholders}`` (tests/ui/shell/test_i18n.py).
"""

from __future__ import annotations

import os
import string
import tomllib
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

from famdesk import vocabulary
from famdesk.core.audit import ACTIONS as AUDIT_ACTIONS
from famdesk.core.errors import LABEL_PARAMS
from famdesk.core.instruments import INSTRUMENTS, WHO5_ANSWERS, WHO5_STATEMENTS

LANGUAGES = ("da", "en")
DEFAULT_LANGUAGE = "da"

#: Each label kind and the values it must name (the closed vocabularies and the
#: built-in catalogues); a kind not listed here (``term``) is open.
KINDS: dict[str, tuple[str, ...]] = {
    "family_status": vocabulary.FAMILY_STATUSES,
    "setting": vocabulary.SETTINGS,
    "member_role": vocabulary.MEMBER_ROLES,
    "placement_type": vocabulary.PLACEMENT_TYPES,
    "match_status": vocabulary.MATCH_STATUSES,
    "follow_up_status": vocabulary.FOLLOW_UP_STATUSES,
    "breakdown_cause": vocabulary.BREAKDOWN_CAUSES,
    "plan_status": vocabulary.PLAN_STATUSES,
    "plan_phase": vocabulary.PLAN_PHASES,
    "ics_dimension": vocabulary.ICS_DIMENSIONS,
    "goal_status": vocabulary.GOAL_STATUSES,
    "session_status": vocabulary.SESSION_STATUSES,
    "session_kind": vocabulary.SESSION_KINDS,
    "instrument": tuple(INSTRUMENTS),
    "professional_role": vocabulary.PROFESSIONAL_ROLE_SUGGESTIONS,
    "plan_section": vocabulary.PLAN_TEXT_SECTIONS,
    "audit_action": AUDIT_ACTIONS,
    "who5_statement": WHO5_STATEMENTS,
    "who5_answer": WHO5_ANSWERS,
    "deadline_kind": vocabulary.DEADLINE_KINDS,
    "deadline_basis": vocabulary.DEADLINE_BASES,
}

#: The code whose sentence stands in for a code without one.
UNKNOWN_CODE = "unknown"

Entry = Mapping[str, Any]


@cache
def _load(name: str) -> dict[str, Any]:
    source = resources.files("famdesk.resources").joinpath("words", f"{name}.toml")
    return tomllib.loads(source.read_text("utf-8"))


def labels_table() -> dict[str, dict[str, Entry]]:
    """Every label kind → value → ``{"da": …, "en": …}`` (for tests and tools)."""
    return _load("labels")


def sentences_table() -> dict[str, Entry]:
    """Every error code → ``{"da": …, "en": …}``."""
    return _load("errors")


def texts_table() -> dict[str, Entry]:
    """Every report text key → ``{"da": …, "en": …}``."""
    return _load("texts")


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """'da' or 'en' from the POSIX locale variables, for doors without a window (the CLI)."""
    environ = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name)
        if value:
            return "da" if value.lower().startswith("da") else "en"
    return "en"


def check_lang(lang: str) -> str:
    """``lang`` if famdesk speaks it; otherwise a ValueError naming the choices."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGUAGES)}")
    return lang


class _Params(dict[str, Any]):
    """Format parameters that leave an unknown ``{placeholder}`` as written."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _fill(template: str, params: Mapping[str, Any]) -> str:
    return string.Formatter().vformat(template, (), _Params(params)) if params else template


def _form(entry: Entry, lang: str, n: int | None) -> str:
    value = entry[check_lang(lang)]
    if isinstance(value, str):
        return value
    # Danish and English both say "1 kladde" / "0, 2, 25 kladder".
    return str(value["one"] if n == 1 else value["other"])


def label(kind: str, value: str | None, lang: str) -> str:
    """The word for ``value`` of ``kind`` in ``lang``; an unknown value as written, None as ""."""
    if value is None:
        return ""
    entry = labels_table().get(kind, {}).get(value)
    if entry is None:
        check_lang(lang)
        return value
    return _form(entry, lang, None)


def choices(kind: str, lang: str) -> list[tuple[str, str]]:
    """(label, value) for every value of a closed kind, in the vocabulary's order (combos)."""
    return [(label(kind, value, lang), value) for value in KINDS[kind]]


def instrument_label(name: str, lang: str, with_range: bool = False) -> str:
    """An instrument's name, e.g. "WHO-5 trivselsindeks (0–100)" with its range."""
    text = label("instrument", name, lang)
    known = INSTRUMENTS.get(name)
    if with_range and known is not None:
        return f"{text} ({known.score_min}–{known.score_max})"
    return text


def sentence(code: str, lang: str, **params: Any) -> str:
    """The sentence for error ``code`` in ``lang`` with its ``{params}`` filled in.

    A param that holds a vocabulary value (``errors.LABEL_PARAMS``) is shown
    as its label, in lower case inside the sentence ("Planen er aftalt …").
    """
    table = sentences_table()
    entry = table.get(code)
    if entry is None:
        return _fill(_form(table[UNKNOWN_CODE], lang, None), {"code": code})
    for name, kind in LABEL_PARAMS.get(code, {}).items():
        if isinstance(params.get(name), str):
            shown = label(kind, params[name], lang)
            params[name] = shown[:1].lower() + shown[1:]
    return _fill(_form(entry, lang, None), params)


def text(key: str, lang: str, n: int | None = None, **params: Any) -> str:
    """A report's text for ``key`` in ``lang``; ``n`` picks the one/other form and fills ``{n}``."""
    entry = texts_table()[key]
    if n is not None:
        params = {"n": n, **params}
    return _fill(_form(entry, lang, n), params)


def placeholders(template: str) -> set[str]:
    """The ``{names}`` a template uses (the tests compare them across languages)."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}
