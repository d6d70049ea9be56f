"""``gene-desk compress | decompress``: the codec engine on local files, for admins and scripts.

Each PATH/FILE is one item: a failure (unreadable input, corrupt or unsafe archive, ...) is
reported on its own line and the next item still runs; the exit status is 1 if any item failed.
Progress goes through ``ProgressPrinter`` (a live bar on a terminal, sparse plain lines in logs).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from gene_desk.cli.progress import ProgressPrinter, human_bytes
from gene_desk.codec import (
    DEFAULT_LEVEL,
    MAX_LEVEL,
    MIN_LEVEL,
    CompressResult,
    ExtractLimits,
    ExtractResult,
    compress_path,
    decompress_path,
)
from gene_desk.core.errors import GeneDeskError

EXIT_OK = 0
EXIT_FAILED = 1


def _level(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not MIN_LEVEL <= value <= MAX_LEVEL:
        raise argparse.ArgumentTypeError(f"level must be from {MIN_LEVEL} to {MAX_LEVEL}")
    return value


def _ratio(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("the ratio limit must be at least 1")
    return value


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "compress",
        help="compress files to NAME.zst and folders to NAME.tar.zst",
        description="Compress each PATH with zstd (multi-threaded): a file becomes NAME.zst, "
        "a folder NAME.tar.zst. `zstd -d` and `tar --zstd -x` read the results.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="DIR", help="output folder")
    p.add_argument(
        "--level", type=_level, default=DEFAULT_LEVEL, metavar="N", help="zstd level (3)"
    )
    p.add_argument(
        "--on-conflict",
        choices=["error", "rename", "overwrite"],
        default="error",
        help="when the output exists: fail the item (error, default), keep both, or overwrite",
    )
    p.set_defaults(func=cmd_compress)

    p = sub.add_parser(
        "decompress",
        help="decompress or extract .zst .tar.zst .gz .tgz .bz2 .xz .zip .tar files",
        description="Decompress each FILE into DIR. The format is read from the content. "
        "Archives are extracted safely: nothing is written outside DIR, and a corrupt, "
        "unsafe or oversized archive leaves nothing behind.",
    )
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="DIR", help="output folder")
    p.add_argument(
        "--on-conflict",
        choices=["rename", "overwrite", "skip"],
        default="rename",
        help="when a file exists: keep both (rename, default), overwrite, or skip",
    )
    p.add_argument(
        "--max-ratio",
        type=_ratio,
        default=ExtractLimits.max_ratio,
        metavar="X",
        help=f"refuse archives expanding more than X times (default {ExtractLimits.max_ratio:g})",
    )
    p.set_defaults(func=cmd_decompress)


def _progress(printer: ProgressPrinter, label: str) -> Callable[[int, int | None], None]:
    started = time.monotonic()

    def report(done: int, total: int | None) -> None:
        elapsed = time.monotonic() - started
        speed = done / elapsed if elapsed > 0.2 else None
        eta = (total - done) / speed if speed and total is not None and total >= done else None
        printer.update(label, done, total, speed, eta)

    return report


def _rate(nbytes: int, seconds: float) -> str:
    return f"{human_bytes(nbytes / seconds)}/s" if seconds > 0 else "-"


def _compressed_line(path: str, result: CompressResult) -> str:
    return (
        f"ok      {path} -> {result.output} "
        f"({human_bytes(result.input_size)} -> {human_bytes(result.output_size)}, "
        f"ratio {result.ratio:.2f}, {_rate(result.input_size, result.seconds)})"
    )


def _extracted_line(path: str, result: ExtractResult) -> str:
    outputs = ", ".join(str(p) for p in result.outputs[:3]) or str(result.out_dir)
    if len(result.outputs) > 3:
        outputs += f", ... ({len(result.outputs)} items)"
    counts = f"{result.files} file(s)"
    if result.dirs:
        counts += f", {result.dirs} folder(s)"
    if result.symlinks or result.hardlinks:
        counts += f", {result.symlinks + result.hardlinks} link(s)"
    check = ", CRC-64 verified" if result.verified else ""
    return (
        f"ok      {path} -> {outputs} ({result.format}: {counts}, "
        f"{human_bytes(result.bytes_written)}{check})"
    )


def _failed_line(path: str, exc: GeneDeskError) -> str:
    return f"FAILED  {path}: {exc} ({exc.code.value})"


def cmd_compress(args: argparse.Namespace) -> int:
    printer = ProgressPrinter()
    failed = 0
    try:
        for path in args.paths:
            try:
                result = compress_path(
                    path,
                    args.output,
                    level=args.level,
                    progress=_progress(printer, Path(path).name),
                    on_conflict=args.on_conflict,
                )
            except GeneDeskError as exc:
                failed += 1
                printer.line(_failed_line(path, exc))
                continue
            printer.line(_compressed_line(path, result))
            for entry in result.skipped:
                printer.line(f"        skipped {entry.rel}: {entry.reason}")
    finally:
        printer.close()
    if len(args.paths) > 1:
        printer.line(f"{len(args.paths) - failed} compressed, {failed} failed")
    return EXIT_FAILED if failed else EXIT_OK


def cmd_decompress(args: argparse.Namespace) -> int:
    printer = ProgressPrinter()
    limits = ExtractLimits(max_ratio=args.max_ratio)
    failed = 0
    try:
        for path in args.files:
            try:
                result = decompress_path(
                    path,
                    args.output,
                    on_conflict=args.on_conflict,
                    limits=limits,
                    progress=_progress(printer, Path(path).name),
                )
            except GeneDeskError as exc:
                failed += 1
                printer.line(_failed_line(path, exc))
                continue
            printer.line(_extracted_line(path, result))
            for note in result.renamed:
                printer.line(f"        renamed {note.name} -> {note.new_name}: {note.reason}")
            for note in result.skipped:
                printer.line(f"        skipped {note.name}: {note.reason}")
            if result.replaced:
                printer.line(f"        overwrote {len(result.replaced)} existing item(s)")
            if result.notes_truncated:
                printer.line(f"        ... and {result.notes_truncated} more notes")
    finally:
        printer.close()
    if len(args.files) > 1:
        printer.line(f"{len(args.files) - failed} decompressed, {failed} failed")
    return EXIT_FAILED if failed else EXIT_OK
