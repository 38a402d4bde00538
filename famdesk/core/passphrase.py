"""Checking and changing the store's passphrase (idle unlock, change passphrase).

The rules (minimum length, strength) are plain Python, needed by the unlock
dialog before the store's libraries have loaded; the functions that touch a
store import them when called.
"""

from __future__ import annotations

import hmac
import os
from typing import TYPE_CHECKING

from famdesk.db.errors import StoreError, WrongPassphrase

if TYPE_CHECKING:
    from famdesk.db.store import Store

MIN_PASSPHRASE_LENGTH = 8


class PassphraseError(ValueError):
    """A refused passphrase change; ``code`` lets the GUI say it in the user's language."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


def passphrase_strength(text: str) -> int:
    """A rough 0–3 score: length counts most, then a mix of character kinds."""
    if len(text) < MIN_PASSPHRASE_LENGTH:
        return 0
    kinds = sum(
        (
            any(c.islower() for c in text),
            any(c.isupper() for c in text),
            any(c.isdigit() for c in text),
            any(not c.isalnum() for c in text),
        )
    )
    words = len(text.split())
    if len(text) >= 20 or (len(text) >= 14 and (kinds >= 3 or words >= 3)):
        return 3
    if len(text) >= 12 or kinds >= 3:
        return 2
    return 1


def passphrase_matches(store: Store, candidate: str) -> bool:
    """Does ``candidate`` open the store? Tried on the file (a deliberately slow KDF);
    on a team server it is the password the worker signed in with."""
    if not candidate:
        return False  # SQLCipher refuses an empty key with an error, not a wrong-key answer
    from famdesk.db.engine import probe_passphrase

    if store.path is not None:
        try:
            probe_passphrase(store.path, candidate)
        except WrongPassphrase:
            return False
        except StoreError:
            return False
        return True
    if not store.target.is_sqlite:
        # A team server: the worker's own password unlocks the idle window.
        current = store.target.url.password or os.environ.get("PGPASSWORD", "")
    else:
        current = store.passphrase or ""
    return hmac.compare_digest(candidate.encode(), str(current).encode())


def change_passphrase(store: Store, old: str, new: str, repeat: str | None = None) -> None:
    """Re-key the store from ``old`` to ``new`` and audit it (never the passphrases)."""
    from famdesk.core import audit

    if not passphrase_matches(store, old):
        raise PassphraseError("the current passphrase is wrong", "wrong-current")
    if repeat is not None and new != repeat:
        raise PassphraseError("the two new passphrases differ", "mismatch")
    if len(new) < MIN_PASSPHRASE_LENGTH:
        raise PassphraseError(
            f"the new passphrase must have at least {MIN_PASSPHRASE_LENGTH} characters", "too-short"
        )
    if new == old:
        raise PassphraseError("the new passphrase is the same as the current one", "unchanged")
    store.change_passphrase(new)
    with store.session() as s:
        audit.record(s, "update", "store", detail={"changed": "passphrase"})
