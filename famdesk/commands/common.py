"""What every subcommand shares: the passphrase, opening the store, errors.

Foreseeable problems become ``CommandError`` with a one-line message and the
contract's exit status (2 for bad input, 1 for other failures).
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from famdesk.core.errors import CoreError, FieldError, ValidationFailed
from famdesk.core.storage import (
    NotAFamdeskStore,
    PasswordRequired,
    SchemaTooNew,
    ServerUnavailable,
    Store,
    StoreError,
    StoreLocked,
    StoreNotCreated,
    UpgradeFailed,
    WrongPassphrase,
    WrongPassword,
    open_store,
    parse_target,
    store_exists,
    with_password,
)
from famdesk.paths import default_db_path

T = TypeVar("T")

PASSPHRASE_ENV = "FAMDESK_PASSPHRASE"
BAD_INPUT = 2
FAILURE = 1


class CommandError(Exception):
    def __init__(self, message: str, exit_code: int = BAD_INPUT) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def error_line(exc: CoreError | FieldError) -> str:
    """A core refusal on one line: where (a field or JSON path), then why.

    The reason is the catalogue's sentence for the error's code, as the
    window shows it, in the locale's language (Danish in a Danish locale,
    otherwise English); dates stay YYYY-MM-DD, as the command line takes them.
    """
    from famdesk.core import words

    lang = words.system_language()
    if isinstance(exc, ValidationFailed):
        errors = exc.errors
    elif isinstance(exc, CoreError):
        errors = [exc.as_field_error()]
    else:
        errors = [exc]
    reasons = []
    for e in errors:
        why = words.sentence(e.code, lang, **e.params) if e.code else e.message
        reasons.append(f"{e.field}: {why}" if e.field else why)
    return "; ".join(reasons)


def fail(message: str, exit_code: int) -> int:
    print(f"famdesk: {message}", file=sys.stderr)
    return exit_code


def db_spec(value: str | None) -> str:
    return value if value else str(default_db_path())


def read_passphrase(*, confirm: bool) -> str:
    """``FAMDESK_PASSPHRASE`` when set, else a prompt (twice for a new store)."""
    env = os.environ.get(PASSPHRASE_ENV)
    if env is not None:
        if not env:
            raise CommandError(f"{PASSPHRASE_ENV} is set but empty")
        return env
    if not sys.stdin or not sys.stdin.isatty():
        raise CommandError(f"no passphrase: set {PASSPHRASE_ENV} or run in a terminal")
    first = getpass.getpass("Passphrase: ")
    if confirm:
        second = getpass.getpass("Passphrase again: ")
        if first != second:
            raise CommandError("the two passphrases differ")
    if not first:
        raise CommandError("the passphrase is empty")
    return first


def is_server(spec: str) -> bool:
    """Is ``--db`` a team server's URL (rather than a file)?"""
    return not parse_target(spec).is_sqlite


def on_server(action: Callable[[str], T], url: str) -> T:
    """``action(url)`` on a team server, asking for the password if the server wants one.

    The password comes from the URL or ``PGPASSWORD`` (libpq reads it), else
    from a prompt — never from ``FAMDESK_PASSPHRASE``, which keys a file.
    Server errors become CommandErrors: 2 for what the user gave, 1 otherwise.
    """
    try:
        try:
            return action(url)
        except PasswordRequired:
            if not sys.stdin or not sys.stdin.isatty():
                raise CommandError(
                    "the server asks for a password: put it in the URL, set PGPASSWORD "
                    "or run in a terminal"
                ) from None
            password = getpass.getpass(f"Password for {parse_target(url).url.username}: ")
            return action(with_password(url, password))
    except (WrongPassword, NotAFamdeskStore, SchemaTooNew) as exc:
        raise CommandError(str(exc), BAD_INPUT) from exc
    except ServerUnavailable as exc:
        raise CommandError(str(exc), FAILURE) from exc
    except StoreError as exc:
        raise CommandError(str(exc), BAD_INPUT) from exc


def server_url(spec: str) -> str:
    """``--db`` of a command that needs a server: refused with exit 2 for a file."""
    if not is_server(spec):
        raise CommandError(f"{spec}: needs a team server's URL (postgresql://USER@HOST/DB)")
    return spec


@contextmanager
def opened_store(spec: str | None, *, create: bool = False) -> Iterator[Store]:
    """Open the store for a command, turning store errors into CommandErrors."""
    target = db_spec(spec)
    if is_server(target):
        store = on_server(lambda url: open_store(url, None), target)
        try:
            yield store
        finally:
            store.close()
        return
    new = create and not store_exists(target)
    passphrase = read_passphrase(confirm=new)
    try:
        store = open_store(target, passphrase, create=create)
    except (WrongPassphrase, NotAFamdeskStore, SchemaTooNew) as exc:
        raise CommandError(f"{Path(target).name}: {exc}", BAD_INPUT) from exc
    except (StoreLocked, StoreNotCreated, UpgradeFailed) as exc:
        raise CommandError(str(exc), FAILURE) from exc
    except StoreError as exc:
        raise CommandError(str(exc), BAD_INPUT) from exc
    try:
        yield store
    finally:
        store.close()
