"""Signing in to a team database on a server: the worker's own password.

``famdesk --db postgresql://maria@server/famdesk`` opens the team database.
The password comes from the URL or ``PGPASSWORD`` (libpq reads it) when given;
otherwise, and after a wrong one, a dialog asks for it. A file's passphrase
(``FAMDESK_PASSPHRASE``) is never used for a server.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from famdesk.core.storage import (
    PasswordRequired,
    Store,
    WrongPassword,
    open_store,
    parse_target,
    with_password,
)

# How a password is asked for: (label text) -> the password, or None when cancelled.
Ask = Callable[[str], str | None]


def ask_with_dialog(parent: QWidget | None = None) -> Ask:
    def ask(label: str) -> str | None:
        text, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("ServerLogin", "Sign in to the team database"),
            label,
            QLineEdit.EchoMode.Password,
        )
        return text if ok else None

    return ask


def sign_in(spec: str, ask: Ask, attempts: int = 3) -> Store | None:
    """Open the team database at ``spec``, asking for the password as needed.

    None when the worker cancels or gives a wrong password ``attempts`` times
    (then the last ``WrongPassword`` is raised). Other errors are raised.
    """
    target = parse_target(spec)
    who = target.url.username or ""
    where = f"{target.url.host or 'localhost'}/{target.url.database or ''}"
    label = QCoreApplication.translate("ServerLogin", "Password for %1 on %2:")
    url = spec
    for attempt in range(attempts + 1):
        try:
            return open_store(url, None)
        except (PasswordRequired, WrongPassword) as exc:
            if attempt == attempts:
                raise
            if isinstance(exc, WrongPassword):
                label = QCoreApplication.translate(
                    "ServerLogin", "Wrong password for %1 on %2. Try again:"
                )
            password = ask(label.replace("%1", who).replace("%2", where))
            if password is None:
                return None
            url = with_password(spec, password)
    return None
