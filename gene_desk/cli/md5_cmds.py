"""``gene-desk verify`` (check a delivery against its md5sum.txt) and ``gene-desk manifest``
(write md5sum.txt for a COS folder from the objects' metadata, for a submission).

Exit status of ``verify``: 0 only when every line of the manifest was understood and every
listed file is present with the listed MD5. Files in the folder that the manifest does not list
(*extra*) are reported but do not change the status (as with ``md5sum -c``), unless
``--strict``. ``manifest``: 0 only when every object's MD5 was written; objects uploaded without
it are named on stderr (exit 1), or computed by streaming them with ``--compute``.
"""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path

from gene_desk.cli.safe_output import unfiltered
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.text import json_text, printable
from gene_desk.transfer.manifest import read_manifest, verify_manifest
from gene_desk.transfer.manifest.verify import EXTRA, MISMATCHED, MISSING, OK, UNREADABLE

EXIT_OK = 0
EXIT_FAILED = 1

_WORDS = {
    OK: "OK",
    MISMATCHED: "FAILED",
    MISSING: "MISSING",
    UNREADABLE: "UNREADABLE",
    EXTRA: "EXTRA (not in the manifest)",
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "verify",
        help="check local files against an MD5 manifest (md5sum.txt, BSD or CSV)",
        description="Check the files of a delivery against its MD5 manifest: GNU md5sum "
        "(`HASH  name`, `HASH *name`), BSD (`MD5 (name) = HASH`) or two-column CSV. Files are "
        "hashed in parallel. Exit 0 only when every line was understood and every listed file "
        "is present and matches; files the manifest does not list are reported as EXTRA and do "
        "not change the exit status unless --strict.",
    )
    p.add_argument("manifest", type=Path, metavar="MANIFEST")
    p.add_argument(
        "folder",
        type=Path,
        nargs="?",
        metavar="DIR",
        help="the folder the names are relative to (default: the manifest's folder)",
    )
    p.add_argument("--json", action="store_true", help="JSON output")
    p.add_argument("--strict", action="store_true", help="extra files fail the check too")
    p.add_argument("--quiet", action="store_true", help="do not print the files that are OK")
    p.add_argument("--workers", type=int, default=None, help="files hashed at once (default 4)")
    p.set_defaults(func=cmd_verify)
    register_manifest(sub)


def register_manifest(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "manifest",
        help="write md5sum.txt for a COS folder from the objects' metadata (no download)",
        description="Print an MD5 manifest in GNU md5sum format for every object under "
        "cos://BUCKET/PREFIX/, with names relative to the prefix and the original names of "
        "Gene Desk's compressed objects (without .zst). The MD5 comes from the metadata Gene "
        "Desk records on upload; objects without it are listed on stderr and the exit status "
        "is 1, unless --compute streams them (decompressing Gene Desk's own) to compute it.",
    )
    p.add_argument("url", metavar="cos://BUCKET/PREFIX/")
    p.add_argument("--md5", action="store_true", help="MD5 manifest (the only kind so far)")
    p.add_argument(
        "--compute",
        action="store_true",
        help="compute the MD5 of objects uploaded without it, by streaming them",
    )
    p.add_argument("-o", "--output", type=Path, help="write to this file instead of stdout")
    p.set_defaults(func=cmd_manifest)


def cmd_verify(args: argparse.Namespace) -> int:
    manifest_path: Path = args.manifest
    manifest = read_manifest(manifest_path)
    root = args.folder if args.folder is not None else (manifest_path.parent or Path("."))
    if args.workers is not None and not 1 <= args.workers <= 64:
        raise GeneDeskError(ErrorCode.INVALID_ARGUMENT, "--workers must be from 1 to 64")
    cancel = threading.Event()
    try:
        report = verify_manifest(
            manifest, root, manifest_path=manifest_path, workers=args.workers, cancel=cancel
        )
    except KeyboardInterrupt:
        cancel.set()
        raise
    passed = report.passed(strict=args.strict)
    if args.json:
        data = report.to_dict()
        data["passed"] = passed
        print(json_text(data, indent=2))
        return EXIT_OK if passed else EXIT_FAILED
    for problem in report.problems:
        print(
            f"{printable(manifest_path)}:{problem.line}: {problem.message} ({problem.code.value})",
            file=sys.stderr,
        )
    for check in report.checks:
        if check.status == OK and args.quiet:
            continue
        word = _WORDS[check.status]
        if check.error:
            word = f"{word} ({check.error})"
        print(f"{printable(check.path)}: {word}")
    counts = ", ".join(
        f"{report.count(s)} {s}" for s in (OK, MISMATCHED, MISSING, UNREADABLE, EXTRA)
    )
    bad_lines = f", {len(report.problems)} bad lines" if report.problems else ""
    verdict = "all listed files match" if passed else "CHECK FAILED"
    print(f"{verdict}: {counts}{bad_lines}", file=sys.stderr)
    return EXIT_OK if passed else EXIT_FAILED


def _manifest_stream(output: Path | None):
    """Where manifest lines go: the file, or stdout. Names keep their bytes (GNU escaping covers
    backslash, newline and CR) when stdout is a file or pipe; on a terminal the control filter
    escapes the rest, so nothing in a name acts on the terminal."""
    if output is not None:
        return None
    stream = sys.stdout if sys.stdout.isatty() else unfiltered(sys.stdout)
    return stream


def cmd_manifest(args: argparse.Namespace) -> int:
    from gene_desk.cli.md5_export_cmd import run_manifest  # storage only when it is needed

    return run_manifest(args, _manifest_stream(args.output))
