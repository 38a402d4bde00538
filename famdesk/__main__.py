"""``python -m famdesk`` and the ``famdesk`` script.

Opening the window (no subcommand) goes straight to the GUI, without
building the command line's parser: that imports every command group and
with them SQLAlchemy, Alembic and ReportLab, which the unlock dialog does not
need. Anything else is ``famdesk.cli``'s.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def window_request(argv: Sequence[str]) -> tuple[bool, str | None]:
    """(True, db) when ``argv`` only opens the window (``[--db PATH]``), else (False, None)."""
    args = list(argv)
    if not args:
        return True, None
    if len(args) == 1 and args[0].startswith("--db=") and len(args[0]) > len("--db="):
        return True, args[0][len("--db=") :]
    if len(args) == 2 and args[0] == "--db" and args[1] and not args[1].startswith("-"):
        return True, args[1]
    return False, None


def main() -> None:
    window, db = window_request(sys.argv[1:])
    if window:
        from famdesk.ui.shell.app import run_gui

        sys.exit(run_gui(db=db))
    from famdesk.cli import main as cli_main

    sys.exit(cli_main())


if __name__ == "__main__":
    main()
