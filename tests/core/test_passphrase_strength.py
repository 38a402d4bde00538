"""The strength hint shown while a new passphrase is typed."""

from __future__ import annotations

from famdesk.core.passphrase import passphrase_strength


def test_passphrase_strength_grows_with_length_and_variety() -> None:
    assert passphrase_strength("abc") == 0
    assert passphrase_strength("abcdefgh") == 1
    assert passphrase_strength("abcdefghijkl") == 2
    assert passphrase_strength("the kitchen table plan") == 3
