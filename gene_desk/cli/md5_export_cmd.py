"""``gene-desk manifest cos://B/P/ --md5``: the GNU md5sum lines of a COS folder, from metadata.

Split from :mod:`md5_cmds` so ``verify`` (local files only) never loads the storage client.
Lines go to stdout (or ``-o FILE``, written to a temporary name and renamed, so a half-written
manifest never has the real name); everything else (objects without an MD5, names that cannot
be a file, the summary) goes to stderr, so ``> md5sum.txt`` holds nothing but manifest lines.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
from pathlib import Path
from typing import TextIO

from gene_desk.cli.context import open_storage
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.text import printable
from gene_desk.storage.keys import parse_cos_url
from gene_desk.transfer.manifest import gnu_line
from gene_desk.transfer.manifest.export import SOURCE_COMPUTED, iter_md5s

EXIT_OK = 0
EXIT_FAILED = 1


def _write_lines(entries, out: TextIO | None, target: Path | None) -> tuple[int, int, list]:
    written = computed = 0
    missing = []
    tmp = None
    fh = out
    if target is not None:
        tmp = target.with_name(f".{target.name}.gd-{os.getpid()}")
        fh = open(tmp, "w", encoding="utf-8", errors="surrogateescape", newline="\n")  # noqa: SIM115
    assert fh is not None
    try:
        for entry in entries:
            if entry.md5 is None:
                missing.append(entry)
                continue
            fh.write(gnu_line(entry.name, entry.md5))
            written += 1
            computed += entry.source == SOURCE_COMPUTED
        fh.flush()
        if tmp is not None:
            fh.close()
            os.replace(tmp, target)
            tmp = None
    finally:
        if tmp is not None:
            fh.close()
            tmp.unlink(missing_ok=True)
    return written, computed, missing


def run_manifest(args: argparse.Namespace, out: TextIO | None) -> int:
    if not args.md5:
        raise GeneDeskError(
            ErrorCode.INVALID_ARGUMENT, "say which manifest: --md5 (the only kind so far)"
        )
    url = parse_cos_url(args.url)
    storage = open_storage(args)
    bucket = storage.bucket(url.bucket)
    cancel = threading.Event()
    entries = iter_md5s(storage, bucket, url.key, compute=args.compute, cancel=cancel)
    try:
        written, computed, missing = _write_lines(entries, out, args.output)
    except KeyboardInterrupt:
        cancel.set()
        raise
    if not written and not missing:
        raise GeneDeskError(
            ErrorCode.NO_SUCH_KEY,
            f"no objects under {args.url} (a folder: cos://BUCKET/PREFIX/)",
            path=args.url,
        )
    for entry in missing:
        if entry.problem == "no-md5":
            why = "no MD5 recorded (uploaded without it; --compute streams it)"
        else:
            why = f"{entry.message} ({entry.problem})"
        print(f"gene-desk: {printable(entry.key)}: {why}", file=sys.stderr)
    summary = f"{written} files listed"
    if computed:
        summary += f" ({computed} computed by streaming)"
    if missing:
        summary += f"; {len(missing)} objects without an MD5 (MD5_UNKNOWN)"
    print(summary, file=sys.stderr)
    return EXIT_FAILED if missing else EXIT_OK
