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
    ServerUnavailable,
    StoreError,
    StoreLocked,
    StoreNotCreated,
    UpgradeFailed,
    WrongPassphrase,
    WrongPassword,
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
    if isinstance(exc, StoreNotCreated):
        return not_created_text(exc)
    if isinstance(exc, WrongPassword):
        return QCoreApplication.translate(
            "messages", "The team server did not accept the password (%1)."
        ).replace("%1", str(exc))
    if isinstance(exc, ServerUnavailable):
        return QCoreApplication.translate(
            "messages", "The team server cannot be reached just now: %1"
        ).replace("%1", str(exc))
    if isinstance(exc, UpgradeFailed):
        return upgrade_failed_text(exc)
    if isinstance(exc, StoreError) and str(exc).startswith("there is no famdesk database"):
        return QCoreApplication.translate(
            "messages", "There is no famdesk database at %1."
        ).replace("%1", str(path or ""))
    return QCoreApplication.translate("messages", "Something went wrong: %1").replace(
        "%1", str(exc)
    )


def connection_lost_text() -> str:
    return QCoreApplication.translate(
        "messages",
        "The connection to the team server was lost. Nothing you typed is lost; "
        "try again in a moment.",
    )


def database_failure_text(exc: BaseException | None, message: str) -> str:
    """A calm sentence for work the database did not finish (a search, a save).

    Never the database's own text: it can hold the SQL and what the worker typed.
    A lost connection to a team server says so; ``message`` is used only for
    an error that is not the database's.
    """
    if isinstance(exc, ServerUnavailable) or getattr(exc, "connection_invalidated", False):
        return connection_lost_text()
    from famdesk.core.storage import DBAPIError  # SQLAlchemy: loaded by now, not at start-up

    if isinstance(exc, DBAPIError):
        return QCoreApplication.translate(
            "messages",
            "The database could not do this just now. Try again; if it keeps failing, tell IT.",
        )
    return message


def not_created_text(exc: StoreNotCreated) -> str:
    """A new database could not be made: nothing was left behind, and why (a full disk said so)."""
    if exc.disk_full:
        text = QCoreApplication.translate(
            "messages",
            "The disk is full: the database %1 could not be created, and nothing was created. "
            "Free some space and try again.",
        )
        return text.replace("%1", str(exc.path))
    text = QCoreApplication.translate(
        "messages", "The database %1 could not be created (%2). Nothing was created."
    )
    return text.replace("%1", str(exc.path)).replace("%2", exc.reason)


def upgrade_failed_text(exc: UpgradeFailed) -> str:
    """An upgrade did not finish: is the database as it was, and where is the safety copy."""
    name = exc.path.name if exc.path else ""
    if exc.unchanged and exc.copy is not None:
        text = QCoreApplication.translate(
            "messages",
            "%1 could not be upgraded for this version of famdesk (%2). The database is "
            "unchanged. The copy made before the upgrade is kept as %3.",
        )
    elif exc.unchanged:
        text = QCoreApplication.translate(
            "messages",
            "%1 could not be upgraded for this version of famdesk (%2). The database is unchanged.",
        )
    elif exc.copy is not None:
        text = QCoreApplication.translate(
            "messages",
            "%1 could not be upgraded for this version of famdesk (%2) and may be incomplete. "
            "Ask IT to restore the copy made before the upgrade: %3",
        )
    else:
        text = QCoreApplication.translate(
            "messages",
            "%1 could not be upgraded for this version of famdesk (%2) and may be incomplete. "
            "Restore it from a backup.",
        )
    return (
        text.replace("%1", name)
        .replace("%2", exc.reason)
        .replace("%3", str(exc.copy) if exc.copy else "")
    )
