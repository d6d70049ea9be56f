"""``gene-desk preview cos://BUCKET/KEY [--lines N] [--json]``: look inside a remote object
without downloading it (issue 16, 预览).

Prints the object's facts (size, type, storage class, CRC-64), how its prefix was decoded, a
one-line summary (reads and length range and quality encoding; or the BAM/CRAM header counts),
then the sections the window shows. Everything from the file is already escaped by the engine,
and stdout is behind the control-character filter besides. A damaged object prints what could be
read, then a coded error on stderr, and exits 1: a script checking deliveries must see it.
"""

from __future__ import annotations

import argparse
import sys

from gene_desk.cli.context import open_storage
from gene_desk.core.text import json_text, printable
from gene_desk.preview import DEFAULT_BUDGET, DEFAULT_LINES, HARD_CAP, PreviewResult, preview_object
from gene_desk.preview.report import sections
from gene_desk.preview.service import MAX_LINES
from gene_desk.storage.keys import parse_cos_url

MiB = 1024 * 1024

_TITLES = {
    "members": "files in the archive",
    "reads": "first reads",
    "header": "header",
    "lines": "first lines",
    "references": "references",
    "read_groups": "read groups",
    "programs": "programs",
    "metadata": "metadata",
}
_ENCODINGS = {"phred33": "Phred+33", "phred64": "Phred+64", "unknown": "unknown"}


def _lines_arg(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= MAX_LINES:
        raise argparse.ArgumentTypeError(f"not a number of lines from 1 to {MAX_LINES}: {text!r}")
    return value


def _mib_arg(text: str) -> int:
    try:
        value = float(text)
    except ValueError:
        value = 0
    if not 0 < value <= HARD_CAP / MiB:
        raise argparse.ArgumentTypeError(f"not a size from 0 to {HARD_CAP // MiB} MiB: {text!r}")
    return int(value * MiB)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "preview",
        help="look inside a remote object (FASTQ, BAM, VCF, text...) without downloading it",
        description="Read at most a few MiB from the start of cos://BUCKET/KEY and show what is"
        " in it: FASTQ reads with the length range and quality encoding, the first lines of a"
        " text table, the header of a BAM or CRAM; otherwise the object's facts.",
    )
    p.add_argument("url", metavar="cos://BUCKET/KEY")
    p.add_argument(
        "--lines",
        type=_lines_arg,
        default=DEFAULT_LINES,
        metavar="N",
        help=f"lines of a text file to show (default {DEFAULT_LINES})",
    )
    p.add_argument(
        "--read-mib",
        type=_mib_arg,
        default=DEFAULT_BUDGET,
        metavar="MIB",
        help=f"how much to read (default {DEFAULT_BUDGET // MiB}, at most {HARD_CAP // MiB})",
    )
    p.add_argument("--json", action="store_true", help="print the preview as JSON")
    p.set_defaults(func=run_preview)


def run_preview(args: argparse.Namespace) -> int:
    url = parse_cos_url(args.url)
    storage = open_storage(args)
    bucket = storage.bucket(url.bucket)
    result = preview_object(storage, bucket, url.key, lines_wanted=args.lines, budget=args.read_mib)
    if args.json:
        print(json_text(result.to_dict(), indent=2))
    else:
        _print_text(result)
    if result.damage is not None:
        print(
            f"gene-desk: error: damaged: {printable(result.damage.message)}"
            f" ({result.damage.code.value}: {result.damage.reason})",
            file=sys.stderr,
        )
        return 1
    return 0


def summary(result: PreviewResult) -> str:
    """One line: what the preview found (English; the window words its own)."""
    if result.fastq is not None:
        f = result.fastq
        text = (
            f"FASTQ: {f.records:,} reads in the part read, length {f.min_length}-{f.max_length},"
            f" quality {_ENCODINGS.get(f.encoding, f.encoding)}"
        )
        return text + (f", paired with {f.mate}" if f.mate else ", no paired file found")
    if result.alignment is not None:
        a = result.alignment
        kind = result.kind.upper()
        if not a.text_available:
            return f"{kind} version {a.version}: only the version can be read here"
        return (
            f"{kind} header: version {a.version or '?'}, {a.sq_count:,} references,"
            f" {len(a.read_groups)} read groups, {len(a.programs)} programs"
        )
    if result.text is not None:
        return (
            f"text: {len(result.text.header)} header lines,"
            f" {len(result.text.lines)} lines shown{' (more follow)' if result.text.more else ''}"
        )
    if result.note == "archived":
        return "archived: restore it to preview its content"
    return "no preview for this type: object facts only"


def _print_text(result: PreviewResult) -> None:
    facts = result.facts
    print(f"cos://{printable(result.bucket)}/{facts.key}")
    crc = "-" if facts.crc64 is None else str(facts.crc64)
    print(
        f"size {facts.size:,} bytes, type {facts.content_type or '-'},"
        f" storage class {facts.storage_class}, CRC-64 {crc}"
    )
    if result.fetched:
        how = " + ".join(result.layers) if result.layers else "plain"
        whole = "the whole object" if result.whole else "the first part"
        print(f"read {result.fetched:,} bytes ({whole}), decoded as {how}")
    if result.member:
        print(f"previewing {result.member}")
    print(summary(result))
    for name, lines in sections(result):
        print()
        print(f"== {_TITLES.get(name, name)} ({len(lines)}) ==")
        for line in lines:
            print(line)
