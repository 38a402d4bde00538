"""The command line: ``famdesk [--db PATH|URL]`` opens the GUI; subcommands work headless.

The contract (docs/design.md, "Command line"): exit 0 on success, 2 on bad input with a one-line
reason naming the field or file, 1 on other failure; never a traceback for a
foreseeable error. Each group of subcommands lives in ``famdesk.commands.*``
and registers itself through ``register(subparsers)``.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from famdesk import __version__
from famdesk.commands.common import CommandError, fail
from famdesk.core.storage import DBAPIError, describe_failed_write

#: Modules that contribute subcommands; each has ``register(subparsers)``.
COMMAND_MODULES = (
    "famdesk.commands.data",
    "famdesk.commands.backup",
    "famdesk.commands.report",
    "famdesk.commands.server",
    "famdesk.commands.search",
)


class _Parser(argparse.ArgumentParser):
    """argparse that exits 2 with one line, as the contract asks."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"famdesk: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="famdesk",
        description=(
            "Case support for family-treatment workers. Without a subcommand, opens the window."
        ),
    )
    parser.add_argument("--version", action="version", version=f"famdesk {__version__}")
    parser.add_argument("--db", help="database file or URL (default: the user data folder)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue  # a group not built yet
            raise
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.command is None:
        from famdesk.ui.shell.app import run_gui  # Qt only when the window is wanted

        return run_gui(db=args.db)
    try:
        return int(args.handler(args) or 0)
    except CommandError as exc:
        return fail(str(exc), exc.exit_code)
    except KeyboardInterrupt:
        return fail("interrupted", 1)
    except (DBAPIError, OSError) as exc:
        # A full disk or a failing device mid-write: the transaction rolled
        # back, the store is sound; say what happened in one line.
        return fail(describe_failed_write(exc), 1)
