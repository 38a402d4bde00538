"""The command line under test speaks English: the reasons it prints are compared word for word.

A test that wants the Danish of a Danish locale sets ``LANG`` itself (after
removing ``LC_ALL``).
"""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _english_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
