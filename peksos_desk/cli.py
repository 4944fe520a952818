"""The ``peksos-desk`` command: the GUI by default, plus sub-commands for scripting and support.

PySide6 is imported only when the GUI opens, so the sub-commands start fast and run without a display.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence

from peksos_desk import __version__
from peksos_desk.domain.errors import PasswordRequired, PeksosError, WrongPassword
from peksos_desk.domain.text import Text, current_language, set_language

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_STORE = 0, 1, 2, 3
EXIT_PASSWORD = 4  # the store is encrypted and its password was wrong or not given


def _count(name: str, minimum: int, maximum: int) -> Callable[[str], int]:
    def parse(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(str(Text(
                f"{name} harus bilangan bulat, bukan '{value}'", f"{name} must be a whole number, not '{value}'"))
            ) from None
        if not minimum <= number <= maximum:
            raise argparse.ArgumentTypeError(str(Text(
                f"{name} harus antara {minimum} dan {maximum}", f"{name} must be between {minimum} and {maximum}")))
        return number

    return parse


def _store_arguments(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument("--db", metavar="PATH|URL", default=default,
                        help="the store: a SQLite file or a postgresql+psycopg:// URL (default: your data folder)")
    parser.add_argument("--lang", choices=("id", "en"), default=default,
                        help="language of messages and the window (default: Indonesian, or PEKSOS_DESK_LANG)")


def build_parser() -> argparse.ArgumentParser:
    """The command line, for ``main`` and for the tests."""
    parser = argparse.ArgumentParser(
        prog="peksos-desk",
        description="Peksos Desk — case management for an independent social worker "
                    "(pengelolaan kasus untuk pekerja sosial mandiri).",
    )
    parser.add_argument("--version", action="version", version=f"Peksos Desk {__version__}")
    _store_arguments(parser, argparse.SUPPRESS)
    parser.set_defaults(db=None, lang=None)
    parser.add_argument("--smoke", action="store_true",
                        help="open the main window, wait until the first page shows its data, print the elapsed "
                             "milliseconds and exit (for CI and packaging; an encrypted store's password comes "
                             "from PEKSOS_DESK_PASSWORD)")
    store = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: an option given before the sub-command is not reset by the sub-command's own default.
    _store_arguments(store, argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", parents=[store], help="fill an empty store with realistic demo data")
    demo.add_argument("--clients", type=_count("--clients", 1, 1_000_000), default=200)
    demo.add_argument("--sessions", type=_count("--sessions", 0, 50_000_000), default=2000)
    demo.add_argument("--seed", type=_count("--seed", 0, 2**31 - 1), default=1)

    commands.add_parser("check", parents=[store], help="report a store's integrity and schema version "
                                                      "(exits non-zero on a bad store; changes nothing)")
    from peksos_desk.cli_print import add_print_parser

    add_print_parser(commands, store)
    from peksos_desk.cli_security import add_security_parsers

    add_security_parsers(commands, store)
    from peksos_desk.cli_backup import add_backup_parsers

    add_backup_parsers(commands, store)
    from peksos_desk.cli_privacy import add_privacy_parsers

    add_privacy_parsers(commands, store)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    language = os.environ.get("PEKSOS_DESK_LANG", "id")
    set_language(language if language in ("id", "en") else "id")
    args = build_parser().parse_args(argv)
    if argv is None:  # the real command (tests pass their arguments): redacted logs and crash reports
        from peksos_desk.diagnostics import install_crash_handler, setup_logging

        setup_logging()
        install_crash_handler()
    if args.lang:
        set_language(args.lang)
    try:
        if args.command == "demo":
            return _demo(args)
        if args.command == "check":
            return _check(args)
        if args.command == "print":
            return _print(args)
        if args.command == "export-client":
            return _privacy(args)
        if args.command in ("backup", "restore"):
            from peksos_desk.cli_backup import run_backup, run_restore

            return (run_backup if args.command == "backup" else run_restore)(args, _target(args))
        from peksos_desk.cli_security import SECURITY_COMMANDS, run_security

        if args.command in SECURITY_COMMANDS:
            return run_security(args.command, _target(args))
        return _gui(args)
    except (WrongPassword, PasswordRequired) as exc:
        print(f"peksos-desk: {exc}", file=sys.stderr)
        return EXIT_PASSWORD
    except PeksosError as exc:
        print(f"peksos-desk: {exc}", file=sys.stderr)
        return EXIT_STORE
    except KeyboardInterrupt:
        return 130


def _target(args: argparse.Namespace) -> str:
    if args.db:
        return str(args.db)
    from peksos_desk.services.app import default_store_location

    return str(default_store_location())


def _demo(args: argparse.Namespace) -> int:
    from peksos_desk.cli_security import open_services
    from peksos_desk.services.demo import generate_demo

    started = time.perf_counter()
    services = open_services(_target(args))
    try:
        def progress(done: int, total: int) -> None:
            if sys.stderr.isatty():
                print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

        summary = generate_demo(services.db, clients=args.clients, sessions=args.sessions, seed=args.seed,
                                progress=progress)
    finally:
        services.close()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    elapsed = time.perf_counter() - started
    print(str(Text(
        f"Data demo dibuat di {_target(args)}: {summary.clients} klien, {summary.cases} kasus, "
        f"{summary.sessions} sesi, {summary.invoices} tagihan ({elapsed:.1f} detik).",
        f"Demo data written to {_target(args)}: {summary.clients} clients, {summary.cases} cases, "
        f"{summary.sessions} sessions, {summary.invoices} invoices ({elapsed:.1f} s).")))
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from peksos_desk.cli_security import with_password
    from peksos_desk.services.app import check_store

    report = with_password(_target(args), lambda password: check_store(_target(args), password=password))
    en = current_language() == "en"
    from peksos_desk.services.app import store_is_encrypted

    encrypted = store_is_encrypted(_target(args))
    lines = [
        f"{'Store' if en else 'Data'}: {report.location} ({report.dialect}"
        + ((", encrypted" if en else ", terenkripsi") if encrypted else "") + ")",
        f"{'Schema' if en else 'Skema'}: {report.revision} "
        + (("(current)" if en else "(terbaru)") if not report.needs_upgrade else
           (f"(will be upgraded to {report.head} when opened)" if en
            else f"(akan diperbarui ke {report.head} saat dibuka)")),
    ]
    names = {"client": ("klien", "clients"), "case": ("kasus", "cases"), "case_session": ("sesi", "sessions"),
             "note_addendum": ("adendum", "addenda"), "service_type": ("jenis layanan", "service types"),
             "invoice": ("tagihan", "invoices"), "payment": ("pembayaran (kuitansi)", "payments (receipts)"),
             "audit_log": ("catatan audit", "audit entries")}
    for table, count in report.counts.items():
        lines.append(f"  {names[table][1 if en else 0]}: {count}")
    lines.append(f"  {'signed notes' if en else 'catatan bertanda tangan'}: {report.signed_notes}")
    if report.ok:
        lines.append("Integrity: OK" if en else "Integritas: baik")
    else:
        lines.append("PROBLEMS FOUND:" if en else "DITEMUKAN MASALAH:")
        lines.extend(f"  - {problem}" for problem in report.problems)
    print("\n".join(lines))
    return EXIT_OK if report.ok else EXIT_PROBLEMS


def _print(args: argparse.Namespace) -> int:
    from peksos_desk.cli_print import run_print
    from peksos_desk.cli_security import open_services

    services = open_services(_target(args))
    try:
        written = run_print(args, services)
    finally:
        services.close()
    print(written)
    return EXIT_OK


def _privacy(args: argparse.Namespace) -> int:
    from peksos_desk.cli_privacy import run_privacy
    from peksos_desk.cli_security import open_services

    services = open_services(_target(args))
    try:
        written = run_privacy(args, services)
    finally:
        services.close()
    print(written)
    return EXIT_OK


def _gui(args: argparse.Namespace) -> int:
    from peksos_desk.cli_security import PASSWORD_VARIABLE
    from peksos_desk.ui.app import run

    return run(target=_target(args), language=args.lang or os.environ.get("PEKSOS_DESK_LANG"), smoke=args.smoke,
               smoke_password=os.environ.get(PASSWORD_VARIABLE) if args.smoke else None)
