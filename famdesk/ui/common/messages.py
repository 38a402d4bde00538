"""Core errors, told to the user in the interface language.

Core and db raise errors with English one-line texts (the CLI prints them as
they are). The GUI shows its own translated sentence, chosen by the error's
class; only a detail it cannot know (an unexpected low-level reason) is shown
as the core wrote it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from famdesk.core.storage import (
    NotAFamdeskStore,
    SchemaTooNew,
    StoreError,
    StoreLocked,
    WrongPassphrase,
)


def wrong_passphrase() -> str:
    return QCoreApplication.translate("messages", "Wrong passphrase")


def store_locked() -> str:
    return QCoreApplication.translate(
        "messages", "The database is already open in another famdesk window. Close it there first."
    )


def store_error_title() -> str:
    return QCoreApplication.translate("messages", "Cannot open the database")


def store_error_text(exc: BaseException, path: Path | str | None = None) -> str:
    """A translated sentence for an error met while opening or using a store."""
    name = Path(path).name if path else ""
    if isinstance(exc, WrongPassphrase):
        return wrong_passphrase()
    if isinstance(exc, StoreLocked):
        return store_locked()
    if isinstance(exc, SchemaTooNew):
        return QCoreApplication.translate(
            "messages",
            "%1 was written by a newer version of famdesk. Install the newer version to open it.",
        ).replace("%1", name)
    if isinstance(exc, NotAFamdeskStore):
        return QCoreApplication.translate("messages", "%1 is not a famdesk database.").replace(
            "%1", name
        )
    if isinstance(exc, StoreError) and str(exc).startswith("there is no famdesk database"):
        return QCoreApplication.translate(
            "messages", "There is no famdesk database at %1."
        ).replace("%1", str(path or ""))
    return QCoreApplication.translate("messages", "Something went wrong: %1").replace(
        "%1", str(exc)
    )
