"""``report``: the PDFs famdesk prints, one subcommand per document.

``famdesk report plan PLAN_UID --db PATH --out FILE.pdf [--lang da|en]``;
``famdesk report status FAMILY_UID --from YYYY-MM-DD --to YYYY-MM-DD --db PATH --out FILE.pdf``;
``famdesk report sessions FAMILY_UID [--from ..] [--to ..] --db PATH --out FILE.pdf``;
``famdesk report match MATCH_UID --db PATH|URL --out FILE.pdf [--lang da|en]``.
Each report is one ``_add_<name>`` function that adds its subparser and one
``cmd_<name>`` handler; add the next report beside them.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from famdesk.commands.common import BAD_INPUT, FAILURE, CommandError, error_line, opened_store
from famdesk.reports.i18n import DEFAULT_LANGUAGE, LANGUAGES


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("report", help="write a PDF report (plan, status, …)")
    reports = parser.add_subparsers(
        dest="report", metavar="REPORT", required=True, parser_class=type(parser)
    )
    _add_plan(reports)
    _add_status(reports)
    _add_sessions(reports)
    _add_match(reports)


def _common_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", required=True, help="database file or URL")
    p.add_argument("--out", required=True, help="PDF file to write")
    p.add_argument("--lang", choices=LANGUAGES, default=DEFAULT_LANGUAGE, help="report language")


def check_out_path(value: str) -> Path:
    """The output file, refused (exit 2) when it is a folder or its folder is missing."""
    out = Path(value)
    if out.is_dir():
        raise CommandError(f"{value}: is a folder; give a file name", BAD_INPUT)
    if not out.parent.exists():
        raise CommandError(f"{value}: the folder {out.parent} does not exist", BAD_INPUT)
    return out


# --- plan ------------------------------------------------------------------------------


def _add_plan(reports: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = reports.add_parser("plan", help="a parent action plan for reading and signing")
    p.add_argument("plan_uid", metavar="PLAN_UID", help="the plan's uid")
    _common_options(p)
    p.set_defaults(handler=cmd_plan)


def cmd_plan(args: argparse.Namespace) -> int:
    from famdesk.core.errors import NotFound
    from famdesk.reports.plan_pdf import build_plan_pdf

    out = check_out_path(args.out)
    with opened_store(args.db) as store:
        try:
            path = build_plan_pdf(store, args.plan_uid, out, args.lang)
        except NotFound as exc:  # the sentence names no uid: say which one
            raise CommandError(f"{args.plan_uid}: {error_line(exc)}", BAD_INPUT) from None
        except OSError as exc:
            raise CommandError(f"{args.out}: cannot write: {exc.strerror}", FAILURE) from None
    print(f"wrote plan {args.plan_uid} to {path}")
    return 0


# --- status ------------------------------------------------------------------------------


def _iso_date(text: str) -> date:
    from famdesk.core.rules import date_problem

    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None
    problem = date_problem("", day)
    if problem is not None:
        raise argparse.ArgumentTypeError(error_line(problem))
    return day


def _add_status(reports: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = reports.add_parser("status", help="a status report for the municipal caseworker")
    p.add_argument("family_uid", metavar="FAMILY_UID", help="the family's uid")
    p.add_argument("--from", dest="date_from", required=True, type=_iso_date, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", required=True, type=_iso_date, metavar="YYYY-MM-DD")
    _common_options(p)
    p.set_defaults(handler=cmd_status)


def cmd_status(args: argparse.Namespace) -> int:
    from famdesk.core.errors import NotFound, ValidationFailed
    from famdesk.reports.status_report_pdf import build_status_report_pdf

    out = check_out_path(args.out)
    with opened_store(args.db) as store:
        try:
            path = build_status_report_pdf(
                store, args.family_uid, args.date_from, args.date_to, out, args.lang
            )
        except (NotFound, ValidationFailed) as exc:
            raise CommandError(error_line(exc), BAD_INPUT) from None
        except OSError as exc:
            raise CommandError(f"{args.out}: cannot write: {exc.strerror}", FAILURE) from None
    print(f"wrote status report for {args.family_uid} to {path}")
    return 0


# --- sessions ----------------------------------------------------------------------------


def _add_sessions(reports: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = reports.add_parser("sessions", help="the session log (journal) of a family")
    p.add_argument("family_uid", metavar="FAMILY_UID", help="the family's uid")
    p.add_argument("--from", dest="date_from", type=_iso_date, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=_iso_date, metavar="YYYY-MM-DD")
    _common_options(p)
    p.set_defaults(handler=cmd_sessions)


def cmd_sessions(args: argparse.Namespace) -> int:
    from famdesk.core.errors import NotFound
    from famdesk.core.rules import period_problem
    from famdesk.core.sessions import SessionError
    from famdesk.reports.session_log_pdf import build_session_log_pdf

    out = check_out_path(args.out)
    backwards = period_problem(args.date_from, args.date_to, "--to")
    if backwards is not None:
        raise CommandError(error_line(backwards), BAD_INPUT)
    with opened_store(args.db) as store:
        try:
            path = build_session_log_pdf(
                store, args.family_uid, out, args.date_from, args.date_to, args.lang
            )
        except (NotFound, SessionError) as exc:
            raise CommandError(error_line(exc), BAD_INPUT) from None
        except OSError as exc:
            raise CommandError(f"{args.out}: cannot write: {exc.strerror}", FAILURE) from None
    print(f"wrote session log for {args.family_uid} to {path}")
    return 0


# --- match -------------------------------------------------------------------------------


def _add_match(reports: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = reports.add_parser("match", help="a child's placement match for the meeting with the site")
    p.add_argument("match_uid", metavar="MATCH_UID", help="the match's uid")
    _common_options(p)
    p.set_defaults(handler=cmd_match)


def cmd_match(args: argparse.Namespace) -> int:
    from famdesk.core.errors import NotFound
    from famdesk.reports.match_pdf import build_match_pdf

    out = check_out_path(args.out)
    with opened_store(args.db) as store:
        try:
            path = build_match_pdf(store, args.match_uid, out, args.lang)
        except NotFound as exc:  # the sentence names no uid: say which one
            raise CommandError(f"{args.match_uid}: {error_line(exc)}", BAD_INPUT) from None
        except OSError as exc:
            raise CommandError(f"{args.out}: cannot write: {exc.strerror}", FAILURE) from None
    print(f"wrote placement match {args.match_uid} to {path}")
    return 0
