"""The store's foreseeable errors, in a module that imports nothing heavy.

The unlock dialog tells these apart before SQLAlchemy and SQLCipher are
loaded (they load while the worker types); ``famdesk.db.engine`` raises them
and re-exports them under their old names.
"""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """A foreseeable problem opening or using a store; its text is for the user."""


class WrongPassphrase(StoreError):
    pass


class NotAFamdeskStore(StoreError):
    pass


class StoreLocked(StoreError):
    pass


class SchemaTooNew(StoreError):
    pass


class StoreNotCreated(StoreError):
    """A new store could not be made; nothing was left at its path.

    ``reason`` is the low-level cause as written; ``disk_full`` says whether
    it was the disk (or the allowed file size) that ran out.
    """

    def __init__(self, message: str, *, path: Path, reason: str, disk_full: bool) -> None:
        super().__init__(message)
        self.path = path
        self.reason = reason
        self.disk_full = disk_full


class UpgradeFailed(StoreError):
    """The store's schema could not be brought up to date.

    ``unchanged``: the store was checked to be still at its old revision (the
    upgrade rolled back; an older famdesk opens it). ``copy``: the verified
    copy made before the upgrade (``NAME.before-NNNN-*.bak``), if there is one.
    """

    def __init__(
        self,
        message: str,
        *,
        path: Path | None,
        reason: str,
        copy: Path | None,
        unchanged: bool,
    ) -> None:
        super().__init__(message)
        self.path = path
        self.reason = reason
        self.copy = copy
        self.unchanged = unchanged


class ServerUnavailable(StoreError):
    """A team server could not be reached or refused the connection."""


class PasswordRequired(ServerUnavailable):
    """The server asks for a password the URL and ``PGPASSWORD`` did not give."""


class WrongPassword(ServerUnavailable):
    """The server refused the role's password (or the role)."""
