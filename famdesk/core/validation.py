"""Validation errors that name the field they belong to.

Core services collect every problem with the input before writing anything and
raise them together, so a form can show each message next to its field and a
command line can print them one per line. ``message`` is English; ``code`` and
``params`` let a user interface show the message in its own language.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class FieldError:
    """One problem with one field, e.g. ``FieldError("reference", "required")``."""

    field: str
    message: str
    code: str = ""
    # dataclasses.field, spelled out: the attribute ``field`` shadows the bare name here.
    params: dict[str, Any] = dataclasses.field(default_factory=dict, compare=False, hash=False)

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationFailed(ValueError):
    """The input was refused; nothing was written. ``errors`` lists every reason."""

    def __init__(self, errors: list[FieldError]):
        self.errors = list(errors)
        super().__init__("; ".join(str(e) for e in self.errors) or "invalid input")

    def for_field(self, name: str) -> list[FieldError]:
        return [e for e in self.errors if e.field == name]


class ErrorCollector:
    """Gathers field errors while checking input; ``raise_if_any`` ends the check."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, field_name: str, message: str, code: str = "", **params: Any) -> None:
        self.errors.append(FieldError(field_name, message, code, params))

    def has(self, field_name: str) -> bool:
        return any(e.field == field_name for e in self.errors)

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationFailed(self.errors)
