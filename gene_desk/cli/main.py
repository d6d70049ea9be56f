"""``gene-desk`` entry point: parse arguments, then hand over to a command module or the window.

Each command group lives in its own module exposing ``register(subparsers)``; handlers have the
signature ``handler(args) -> int``. Expected failures are :class:`GeneDeskError`: they print one
line on stderr and exit 1, never a traceback. Qt is imported only when the window is asked for, so
scripts and CI use the CLI without a display.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import logging
import sys
from collections.abc import Sequence

from gene_desk import __version__
from gene_desk.cli.safe_output import filtered_std_streams
from gene_desk.core.errors import GeneDeskError
from gene_desk.core.logsetup import LOG_FILE_NAME, setup_logging
from gene_desk.core.text import printable

log = logging.getLogger(__name__)

# Order is the order of `gene-desk --help`.
COMMAND_MODULES = (
    "gene_desk.cli.session_cmds",
    "gene_desk.cli.storage_cmds",
    "gene_desk.cli.account_cmds",
    "gene_desk.cli.transfer_cmds",
    "gene_desk.cli.sync_cmd",
    "gene_desk.cli.restore_cmds",
    "gene_desk.cli.share_cmds",
    "gene_desk.cli.preview_cmd",
    "gene_desk.cli.codec_cmds",
    "gene_desk.cli.md5_cmds",
    "gene_desk.cli.sandbox_cmd",
)

SANDBOX_LOG = "sandbox.log"  # a sandbox beside the app (same GENE_DESK_HOME) logs apart

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gene-desk",
        description="Gene Desk: Duoyungu gene data client. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"gene-desk {__version__}")
    parser.add_argument(
        "--account-url",
        metavar="URL",
        help="Duoyungu account service URL (default: $GENE_DESK_ACCOUNT_URL or the production URL)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the window on the built-in demo sandbox, logged in as the demo user",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="with --demo: run a scripted upload/download round trip in the window and exit",
    )
    parser.add_argument(
        "--measure-startup",
        action="store_true",
        help="print the seconds from process start until the first window (the login window;"
        " with --demo the main window) has painted, then exit",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug details to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    if argv is None:  # the process is this command (not a caller passing its arguments)
        # Every command module is imported now, and its objects live as long as the process:
        # moved out of the collector's sight, they are not scanned by each collection of a long
        # transfer, nor once more at exit (46 of a 0.27 s run's milliseconds; issue 18).
        gc.freeze()
    with filtered_std_streams():  # argparse repeats what it was given in its errors
        args = parser.parse_args(argv)
        try:
            setup_logging(
                stderr_level=logging.DEBUG if args.verbose else None,
                name=SANDBOX_LOG if args.command == "sandbox" else LOG_FILE_NAME,
            )
        except GeneDeskError as exc:  # GENE_DESK_HOME on a file, in /proc, read-only...
            _print_error(exc)
            return EXIT_FAILED
    if args.command is None:
        from gene_desk.ui.app import run_app  # Qt only when the window is wanted

        return run_app(args)
    with filtered_std_streams():
        return _run_command(args)


def _run_command(args: argparse.Namespace) -> int:
    try:
        return int(args.func(args) or 0)
    except GeneDeskError as exc:
        log.warning("command %s failed: %s", args.command, exc.to_dict())
        _print_error(exc)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("gene-desk: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_FAILED


def _print_error(exc: GeneDeskError) -> None:
    print(f"gene-desk: error: {printable(exc)} ({exc.code.value})", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
