"""``demo``, ``import``, ``export`` and ``check``: moving case data in and out."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from famdesk.commands.common import (
    BAD_INPUT,
    FAILURE,
    CommandError,
    db_spec,
    error_line,
    opened_store,
)
from famdesk.core.errors import CoreError
from famdesk.files import private_file


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("demo", help="write a fictitious demo caseload into a new database")
    p.add_argument("--db", required=True, help="database file to create or fill")
    p.add_argument("--families", type=_positive, default=40)
    p.add_argument("--sessions-per-family", type=_non_negative, default=25)
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("import", help="import an interchange file (all or nothing)")
    p.add_argument("file", help="famdesk JSON file")
    p.add_argument("--db", required=True)
    p.add_argument(
        "--assign-to", metavar="WORKER", help="on a team server: the worker the families go to"
    )
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("export", help="export families to an interchange file")
    p.add_argument("--db", required=True)
    p.add_argument("--out", required=True, help="JSON file to write")
    p.add_argument("--family", metavar="UID", help="only this family")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("check", help="check the database's integrity and schema")
    p.add_argument("--db", required=True)
    p.set_defaults(handler=cmd_check)


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _non_negative(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def cmd_demo(args: argparse.Namespace) -> int:
    from famdesk.core.demo import DemoRefused, create_demo

    with opened_store(args.db, create=True) as store:
        try:
            summary = create_demo(
                store,
                families=args.families,
                sessions_per_family=args.sessions_per_family,
                seed=args.seed,
            )
        except DemoRefused as exc:
            raise CommandError(f"{args.db}: {error_line(exc)}") from None
    print(
        f"demo: {summary.families} families, {summary.sessions} sessions, "
        f"{summary.measurements} measurements written to {db_spec(args.db)}"
    )
    return 0


def _readable(path: str) -> None:
    p = Path(path)
    try:
        with p.open("rb"):
            pass
    except FileNotFoundError:
        raise CommandError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise CommandError(f"{path}: is a folder, not a file") from None
    except OSError as exc:
        raise CommandError(f"{path}: cannot read: {exc.strerror}") from None


def cmd_import(args: argparse.Namespace) -> int:
    from famdesk.core.interchange import (
        InterchangeError,
        check_file,
        import_checked_file,
    )

    _readable(args.file)
    # Validate all of it before the store is even opened: a bad file never
    # touches it. Both passes stream the file family by family.
    try:
        checked = check_file(args.file)
    except InterchangeError as exc:
        raise CommandError(_refusal(args.file, exc)) from None
    except OSError as exc:
        raise CommandError(f"{args.file}: cannot read: {exc.strerror}") from None
    with opened_store(args.db, create=True) as store:
        try:
            summary = import_checked_file(store, checked, assign_to=args.assign_to)
        except InterchangeError as exc:
            raise CommandError(_refusal(args.file, exc)) from None
        except CoreError as exc:
            raise CommandError(f"--assign-to: {error_line(exc)}") from None
    print(
        f"imported {summary.families} families, {summary.sessions} sessions, "
        f"{summary.measurements} measurements from {args.file}"
    )
    return 0


def _refusal(file: str, exc: CoreError) -> str:
    """The file, the first problem (path and reason) and how many more there are."""
    from famdesk.core import words

    problems = getattr(exc, "errors", None) or [exc]
    line = f"{file}: {error_line(problems[0])}"
    if len(problems) > 1:
        more = words.text("cli.more_problems", words.system_language(), n=len(problems) - 1)
        line = f"{line} {more}"
    return line


def cmd_export(args: argparse.Namespace) -> int:
    from famdesk.core.interchange import export_to, record_export

    out = Path(args.out)
    if out.is_dir():
        raise CommandError(f"{args.out}: is a folder; give a file name")
    if not out.parent.exists():
        raise CommandError(f"{args.out}: the folder {out.parent} does not exist")
    with opened_store(args.db) as store:
        try:
            # The user asked for this file: it is the one place case data leave
            # the encrypted store in plain form. Owner-only, written atomically,
            # streamed family by family.
            with private_file(out, "w") as fh:
                count = export_to(store, fh, family_uid=args.family)
        except CoreError as exc:  # a family that is not there, a record export cannot write
            raise CommandError(error_line(exc)) from None
        except OSError as exc:
            raise CommandError(
                f"{args.out}: cannot write: {exc.strerror}; nothing was exported", FAILURE
            ) from None
        # Audited once the file is whole on the disk, not when its text was produced.
        record_export(store, count, family_uid=args.family)
    print(f"exported {count} families to {args.out}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from famdesk.core.storage import check_store

    with opened_store(args.db) as store:
        report = check_store(store)
    for line in report.lines:
        print(line)
    if not report.ok:
        print("famdesk: the check found problems", file=sys.stderr)
        return FAILURE
    return 0


__all__ = ["register", "BAD_INPUT"]
