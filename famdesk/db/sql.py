"""Portable SQL pieces whose SQLite form needs famdesk's help.

SQLite's ``lower()`` and ``LIKE`` fold ASCII only, so "ærø" would not find
"Ærø". ``folded(expr)`` compiles to ``famdesk_fold()``: on SQLite a function
every connection gets from the engine factory (``str.casefold``), on
PostgreSQL a SQL function of the schema (migration 0008: ``lower()`` plus the
foldings it lacks, such as ß → ss), and to plain ``lower()`` elsewhere.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import NullType

FOLD_FUNCTION = "famdesk_fold"


class folded(FunctionElement[str]):  # noqa: N801 - reads like SQL
    type = String()
    inherit_cache = True


@compiles(folded)
def _fold_default(element: folded, compiler: Any, **kw: Any) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


@compiles(folded, "sqlite")
@compiles(folded, "postgresql")
def _fold_famdesk(element: folded, compiler: Any, **kw: Any) -> str:
    return f"{FOLD_FUNCTION}({compiler.process(element.clauses, **kw)})"


def fold_text(value: str | None) -> str | None:
    """The Python side of ``famdesk_fold``: Unicode case folding."""
    return value.casefold() if isinstance(value, str) else value


def _like_pattern(text: str) -> str:
    needle = text.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{needle}%"


def contains_folded(column: Any, text: str) -> Any:
    """``column`` contains ``text``, ignoring case in every alphabet."""
    return folded(column).like(_like_pattern(text), escape="\\")


def contains_prefolded(column: Any, text: str) -> Any:
    """``column``, already folded when written, contains ``text`` folded the same way."""
    return column.like(_like_pattern(text), escape="\\")


class likely(FunctionElement[Any]):  # noqa: N801 - reads like SQL
    """A condition true for most rows: SQLite's planner then looks for another index.

    ``status IN (…)`` matching nine sessions in ten would otherwise make SQLite
    read them all through the status index and sort them, where a partial index
    in the wanted order stops after the first page (``core.deadlines``).
    Plain on other backends, whose planners keep statistics.
    """

    #: Untyped: a Boolean would make SQLite compare the function's result with 1, which
    #: hides the hint from the planner.
    type = NullType()
    inherit_cache = True


@compiles(likely)
def _likely_default(element: likely, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.clauses, **kw))


@compiles(likely, "sqlite")
def _likely_sqlite(element: likely, compiler: Any, **kw: Any) -> str:
    return f"likely({compiler.process(element.clauses, **kw)})"
