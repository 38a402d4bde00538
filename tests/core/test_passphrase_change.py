"""Changing the passphrase: a refusal is a clear answer, never a database error."""

from __future__ import annotations

import pytest

from famdesk.core.passphrase import PassphraseError, change_passphrase
from famdesk.db.store import Store


def test_an_empty_current_passphrase_is_refused_as_wrong(store: Store) -> None:
    # OK pressed on an empty form: SQLCipher itself raises on an empty key.
    with pytest.raises(PassphraseError) as refused:
        change_passphrase(store, "", "a brand new passphrase", "a brand new passphrase")
    assert refused.value.code == "wrong-current"
