"""The catalogue's words in the interface language.

Thin wrappers over ``famdesk.core.words`` that pass ``ui_language()``, so a
widget names a value exactly as a printed report does. Call them in
``retranslate_ui()`` (or when filling a model) so a live language switch
follows.
"""

from __future__ import annotations

from typing import Any

from famdesk.core import words
from famdesk.ui.common.form_support import ui_language


def label(kind: str, value: str | None) -> str:
    """``words.label`` in the interface language: ``label("session_kind", "office")``."""
    return words.label(kind, value, ui_language())


def choices(kind: str) -> list[tuple[str, str]]:
    """(label, value) pairs of a closed kind for a combo box, in the vocabulary's order."""
    return words.choices(kind, ui_language())


def instrument_label(name: str, with_range: bool = False) -> str:
    return words.instrument_label(name, ui_language(), with_range=with_range)


def sentence(code: str, **params: Any) -> str:
    """An error code's sentence in the interface language."""
    return words.sentence(code, ui_language(), **params)


def text(key: str, n: int | None = None, **params: Any) -> str:
    """A catalogue text (``texts.toml``) in the interface language, shared with the reports."""
    return words.text(key, ui_language(), n=n, **params)
