"""Backup warnings and passphrase refusals reach a Danish user in Danish."""

from __future__ import annotations

import pytest

from famdesk.core.backups import BackupWarning
from famdesk.core.passphrase import PassphraseError, change_passphrase
from famdesk.core.settings import Settings
from famdesk.ui.safety.change_passphrase_dialog import ChangePassphraseDialog
from famdesk.ui.safety.safety_texts import backup_warning_text, passphrase_error_text


def test_backup_warnings_are_translated(switcher) -> None:
    switcher.apply("da")
    settings = Settings()
    assert backup_warning_text(BackupWarning("no-backup", "x"), settings).startswith(
        "Der er endnu ingen"
    )
    stale = BackupWarning("stale-backup", "the last verified backup is 12 days old")
    assert backup_warning_text(stale, settings) == (
        "Den seneste kontrollerede sikkerhedskopi er 12 dage gammel."
    )
    cloud = BackupWarning("cloud-sync", "the database is in a cloud-sync folder (OneDrive)")
    assert "(OneDrive)" in backup_warning_text(cloud, settings)
    assert "skyen" in backup_warning_text(cloud, settings)


@pytest.mark.parametrize(
    ("old", "new", "repeat", "danish"),
    [
        ("wrong", "a brand new phrase", "a brand new phrase", "nuværende adgangsfrase er forkert"),
        (None, "a brand new phrase", "another phrase", "forskellige"),
        (None, "short", "short", "mindst"),
        (None, None, None, "den samme"),
    ],
)
def test_passphrase_refusals_are_translated(
    switcher, store, passphrase, old, new, repeat, danish
) -> None:
    switcher.apply("da")
    old = passphrase if old is None else old
    new = passphrase if new is None else new
    repeat = new if repeat is None else repeat
    with pytest.raises(PassphraseError) as caught:
        change_passphrase(store, old, new, repeat)
    assert danish in passphrase_error_text(caught.value)


def test_change_passphrase_dialog_shows_the_danish_refusal(qtbot, switcher, store) -> None:
    switcher.apply("da")
    dialog = ChangePassphraseDialog(store)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.current, "not it")
    qtbot.keyClicks(dialog.new, "a brand new phrase")
    qtbot.keyClicks(dialog.repeat, "a brand new phrase")
    dialog.apply()
    assert "forkert" in dialog.message.text()
