"""The store's foreseeable errors, in a module that imports nothing heavy.

The unlock dialog tells these apart before SQLAlchemy and SQLCipher are
loaded (they load while the worker types); ``famdesk.db.engine`` raises them
and re-exports them under their old names.
"""

from __future__ import annotations


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
