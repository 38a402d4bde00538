"""Backup warnings and passphrase refusals in the user's language.

Core writes English sentences with a stable ``code``; this module turns the
code into a translated sentence. It keeps the translation context
"SafetyFeatures" so every window that shows these texts shares one set of
translations.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from famdesk.core.backups import BackupWarning, resolve_backup_dir
from famdesk.core.passphrase import MIN_PASSPHRASE_LENGTH, PassphraseError
from famdesk.core.settings import Settings


def backup_warning_text(w: BackupWarning, settings: Settings) -> str:
    """A core backup warning in the interface language."""
    if w.code == "no-backup":
        return QCoreApplication.translate(
            "SafetyFeatures", "There is no verified backup of this database yet."
        )
    if w.code == "stale-backup":
        m = re.search(r"(\d+) days", w.message)
        days = int(m.group(1)) if m else settings.backup_warning_days
        # Only shown after several days (the warning threshold), so always plural.
        return QCoreApplication.translate(
            "SafetyFeatures", "The last verified backup is %1 days old."
        ).replace("%1", str(days))
    if w.code == "cloud-sync":
        m = re.search(r"\(([^)]*)\)", w.message)
        return QCoreApplication.translate(
            "SafetyFeatures",
            "The database lies in a cloud-sync folder (%1), where a sync can damage it. "
            "Move it to a local folder.",
        ).replace("%1", m.group(1) if m else "")
    if w.code == "network-share":
        m = re.search(r"\(([^)]*)\)", w.message)
        return QCoreApplication.translate(
            "SafetyFeatures",
            "The database lies on a network share (%1). Keep it on a local disk; "
            "put the backups on the share.",
        ).replace("%1", m.group(1) if m else "")
    if w.code == "backup-folder-unreachable":
        return QCoreApplication.translate(
            "SafetyFeatures",
            "The backup folder %1 cannot be reached. Connect the drive or choose another "
            "folder in Settings.",
        ).replace("%1", str(resolve_backup_dir(settings)))
    if w.code == "integrity-failed":
        return QCoreApplication.translate(
            "SafetyFeatures",
            "The integrity check of the backup %1 found damage: the database may be damaged "
            "too. Run famdesk check, and keep older backups.",
        ).replace("%1", w.subject)
    return w.message


def passphrase_error_text(exc: PassphraseError) -> str:
    """A refused passphrase change in the interface language."""
    if exc.code == "wrong-current":
        return QCoreApplication.translate("SafetyFeatures", "The current passphrase is wrong.")
    if exc.code == "mismatch":
        return QCoreApplication.translate("SafetyFeatures", "The two new passphrases differ.")
    if exc.code == "too-short":
        return QCoreApplication.translate(
            "SafetyFeatures", "The new passphrase must have at least %1 characters."
        ).replace("%1", str(MIN_PASSPHRASE_LENGTH))
    if exc.code == "unchanged":
        return QCoreApplication.translate(
            "SafetyFeatures", "The new passphrase is the same as the current one."
        )
    return str(exc)
