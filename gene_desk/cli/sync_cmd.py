"""``gene-desk sync SRC DST``: make DST like SRC; one side a local folder, the other cos://.

Only what differs is transferred ("same" = same path, the ``.zst`` accounted for, same size
and same CRC-64 of the original bytes); see docs/sync.md for the rules and the filters. The
work runs as a job of the transfer list: interrupted, the same command resumes it.
Exit status 0 only when everything was done (``--dry-run``: when nothing stands in the way).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path
from typing import Any

from gene_desk.cli.context import open_storage
from gene_desk.cli.progress import ProgressPrinter, human_bytes
from gene_desk.cli.transfer_cmds import (
    _add_engine_options,
    _Reporter,
    _run,
    _settings,
    _storage_class,
    _take_over,
)
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.text import json_text, printable
from gene_desk.journal import Journal, State
from gene_desk.storage import Storage
from gene_desk.storage.archive import check_class_for_bucket
from gene_desk.storage.keys import parse_cos_url
from gene_desk.transfer.manager import TransferManager
from gene_desk.transfer.small_pool import ENV_WORKERS
from gene_desk.transfer.sync import jobs
from gene_desk.transfer.sync.crc_cache import SyncCache
from gene_desk.transfer.sync.extras import is_sync_delete
from gene_desk.transfer.sync.filters import DEFAULT_EXCLUDES, SyncFilter
from gene_desk.transfer.sync.model import (
    ACTIONS,
    DOWNLOAD,
    EXTRA,
    UNCHANGED,
    UPLOAD,
    SyncPlan,
    SyncSpec,
)
from gene_desk.transfer.sync.planner import plan_sync

LINES_UP_TO = 100  # unchanged files listed one per line up to this many (all with -v)
# Below this many files to send, the transfer threads finish before worker processes for small
# files (transfer/small_pool.py) would have started: a re-sync with 1% changed is threads only.
POOL_MIN_ITEMS = 1000
_SIZE = re.compile(r"^(\d+(?:\.\d+)?)\s*([kKmMgGtT]?)(i?[bB])?$")
_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3, "t": 1024**4}


def parse_size(text: str) -> int:
    """'100', '10k', '1.5M', '2GiB' -> bytes (powers of 1024, as rclone's sizes)."""
    m = _SIZE.match(text.strip())
    if not m:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (try 100k, 10M or 1G)")
    return int(float(m.group(1)) * _UNITS[m.group(2).lower()])


class _Rule(argparse.Action):
    """--include / --exclude / --exclude-from, kept in command-line order (first match wins)."""

    def __call__(self, parser: Any, namespace: Any, values: Any, option_string: Any = None):
        rules = list(getattr(namespace, "filter_rules", None) or [])
        rules.append((self.const, values))
        namespace.filter_rules = rules


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "sync",
        help="make DST like SRC (one a local folder, the other cos://): send only what differs",
        description="Make DST like SRC: new and changed files are transferred, unchanged ones"
        " are not (same path, size and CRC-64; a local x.fastq is the same file as"
        " x.fastq.zst on COS). Files only on DST are extras: listed, and deleted with"
        " --delete. Filters: --include/--exclude in the order given, first match wins; with"
        " any --include, what matches no rule is excluded. Patterns: * (not /), ** (across"
        " folders), ?, [a-z], {a,b}; a leading / anchors at the root, a trailing / means a"
        " folder and all in it. See docs/sync.md.",
    )
    p.add_argument("src", metavar="SRC", help="local folder or cos://BUCKET/PREFIX/")
    p.add_argument("dst", metavar="DST", help="cos://BUCKET/PREFIX/ or local folder")
    p.add_argument("--dry-run", action="store_true", help="print the plan, transfer nothing")
    p.add_argument("--delete", action="store_true", help="delete extras from DST (off)")
    rule = {"action": _Rule, "dest": "filter_rules"}
    p.add_argument("--include", const="include", metavar="GLOB", help="sync matching files", **rule)
    p.add_argument("--exclude", const="exclude", metavar="GLOB", help="leave them out", **rule)
    p.add_argument(
        "--exclude-from",
        const="exclude-from",
        metavar="FILE",
        help="exclude the patterns in FILE (one per line, # comments)",
        **rule,
    )
    p.add_argument(
        "--exclude-defaults",
        action="store_true",
        help=f"also exclude {', '.join(DEFAULT_EXCLUDES)}",
    )
    p.add_argument("--min-size", type=parse_size, metavar="SIZE", help="skip smaller files")
    p.add_argument("--max-size", type=parse_size, metavar="SIZE", help="skip larger files")
    p.add_argument(
        "--no-compress",
        action="store_true",
        help="upload: send files as they are (default: zstd, except already-compressed"
        " content); download: keep .zst objects compressed",
    )
    p.add_argument("--level", type=int, default=3, help="zstd level (3)")
    p.add_argument(
        "--storage-class",
        type=_storage_class,
        metavar="CLASS",
        help="upload: the COS storage class of the objects sent (default: the bucket's)",
    )
    p.add_argument("--json", action="store_true", help="print the plan and the result as JSON")
    _add_engine_options(p)
    p.set_defaults(func=cmd_sync, filter_rules=[])


def _spec(args: argparse.Namespace, storage: Storage) -> SyncSpec:
    src_remote = args.src.startswith("cos://")
    dst_remote = args.dst.startswith("cos://")
    if src_remote == dst_remote:
        raise GeneDeskError(
            ErrorCode.INVALID_ARGUMENT,
            "sync needs one local folder and one cos://BUCKET/PREFIX/ (one of each)",
        )
    url = parse_cos_url(args.src if src_remote else args.dst)
    local = args.dst if src_remote else args.src
    filters = SyncFilter.build(
        args.filter_rules,
        defaults=args.exclude_defaults,
        min_size=args.min_size,
        max_size=args.max_size,
    )
    root = Path(local).expanduser().resolve()
    if not src_remote and not root.is_dir():
        code = ErrorCode.LOCAL_NOT_FOUND if not root.exists() else ErrorCode.INVALID_ARGUMENT
        raise GeneDeskError(code, "the source must be an existing folder", path=str(root))
    if src_remote and root.exists() and not root.is_dir():
        raise GeneDeskError(ErrorCode.INVALID_ARGUMENT, "not a folder", path=str(root))
    prefix = url.key
    if prefix and not prefix.endswith("/"):
        prefix += "/"
    bucket = storage.bucket(url.bucket)
    if args.storage_class:
        if src_remote:
            raise GeneDeskError(
                ErrorCode.INVALID_ARGUMENT, "--storage-class is for a sync to cos:// (upload)"
            )
        check_class_for_bucket(storage, bucket, args.storage_class)  # MAZ_ on single-AZ: no
    return SyncSpec(
        direction=DOWNLOAD if src_remote else UPLOAD,
        local_root=root,
        bucket=bucket,
        prefix=prefix,
        compress=not args.no_compress,
        delete=args.delete,
        filters=filters,
        level=args.level,
        storage_class=args.storage_class,
    )


def _counts_line(plan: SyncPlan) -> str:
    counts = plan.counts()
    text = ", ".join(f"{counts[a]} {a}" for a in ACTIONS)
    if counts[EXTRA]:
        text += " (to delete)" if plan.spec.delete else " (kept: --delete removes them)"
    if plan.problems:
        text += f"; {len(plan.problems)} cannot be synced"
    return f"plan: {text}; {human_bytes(plan.transfer_bytes)} to transfer"


def _print_plan(plan: SyncPlan, verbose: bool, listing: bool, out: Any) -> None:
    """The counts, the problems and (``listing``) a line per file; unchanged files one by one
    only up to LINES_UP_TO of them, or with ``verbose``."""
    print(printable(f"sync {plan.spec.source} -> {plan.spec.destination}"), file=out)
    for action in ACTIONS if listing else ():
        entries = plan.entries(action)
        shown = entries
        if action == UNCHANGED and not verbose and len(entries) > LINES_UP_TO:
            shown = []
        for entry in shown:
            note = f"  ({entry.note})" if entry.note else ""
            line = f"{action:9}  {entry.rel}  {human_bytes(entry.size)}{note}"
            print(printable(line), file=out)
        if len(shown) < len(entries):
            print(f"{action:9}  ... {len(entries)} files (-v lists them)", file=out)
    for rel, error in plan.problems:
        print(printable(f"cannot   {rel}: {error.message} ({error.code.value})"), file=out)
    print(_counts_line(plan), file=out)
    s = plan.stats
    print(
        f"compared: {s.local_files} local files, {s.listed} objects listed; read {s.files_read}"
        f" files ({human_bytes(s.bytes_read)}), {s.heads} HEAD, {s.range_gets} range GET,"
        f" {s.cache_hits} answers from the cache; {s.excluded} excluded by filters",
        file=out,
    )


def _plan_json(plan: SyncPlan) -> dict[str, Any]:
    def entry(e: Any) -> dict[str, Any]:
        return {
            "path": e.rel,
            "size": e.size,
            "key": e.remote.key if e.remote else None,
            "local": e.local.path if e.local else None,
            "note": e.note,
        }

    return {
        "source": plan.spec.source,
        "destination": plan.spec.destination,
        "counts": plan.counts(),
        "transfer_bytes": plan.transfer_bytes,
        **{action: [entry(e) for e in plan.entries(action)] for action in ACTIONS},
        "problems": [
            {"path": rel, "code": err.code.value, "message": err.message}
            for rel, err in plan.problems
        ],
        "stats": vars(plan.stats),
    }


class _SyncReporter(_Reporter):
    """The transfer reporter, with deletions shown as such."""

    def item_changed(self, job_id: int, item_id: int) -> None:
        try:
            item = self.journal.item(item_id)
        except GeneDeskError:
            return
        if is_sync_delete(item.mode) and item.state is State.SUCCEEDED:
            job = self.journal.job(job_id)
            where = (
                f"cos://{job.options.get('bucket')}/{item.destination}"
                if job.kind == UPLOAD
                else item.destination
            )
            self.printer.line(printable(f"deleted {where}"))
            return
        super().item_changed(job_id, item_id)


def cmd_sync(args: argparse.Namespace) -> int:
    storage = open_storage(args)
    spec = _spec(args, storage)
    journal = Journal()
    cache = SyncCache()
    jobs.harvest(journal, cache)
    printer = ProgressPrinter()
    out = sys.stderr if args.json else sys.stdout
    manager: TransferManager | None = None
    if not args.dry_run:
        existing = jobs.find_unfinished(journal, spec)
        if existing is not None:
            manager = _manager(args, storage, journal, printer)
            manager.limit_to([existing.id])
            _take_over(manager, existing.id)
            printer.line(f"resuming sync job {existing.id}: {spec.source} -> {spec.destination}")
            manager.start()
            code = _run(manager, [existing.id], printer)
            jobs.harvest(journal, cache)
            return code
    plan = plan_sync(storage, spec, cache)
    if args.json:
        result: dict[str, Any] = {"plan": _plan_json(plan)}
    else:
        _print_plan(plan, args.verbose, args.dry_run or args.verbose, out)
    if args.dry_run:
        if args.json:
            print(json_text(result, indent=2))
        return 1 if plan.problems else 0
    if plan.nothing_to_do:
        if args.json:
            result["job"] = None
            print(json_text(result, indent=2))
        else:
            print("in sync: nothing to transfer", file=out)
        return 0
    few = len(plan.new) + len(plan.changed) < POOL_MIN_ITEMS
    manager = _manager(args, storage, journal, printer, processes=not few)
    manager.limit_to([])
    job_id = jobs.queue(manager, plan)
    manager.start()
    code = _run(manager, [job_id], printer)
    jobs.harvest(journal, cache)
    if args.json:
        status = journal.job(job_id)
        result["job"] = {
            "id": job_id,
            "state": status.state.value,
            "items": {s.value: n for s, n in journal.item_counts(job_id).items()},
        }
        print(json_text(result, indent=2))
    return code


def _manager(
    args: argparse.Namespace,
    storage: Storage,
    journal: Journal,
    printer: ProgressPrinter,
    *,
    processes: bool = True,
) -> TransferManager:
    """The transfer manager of this run; without ``processes``, no small-file worker processes
    (GENE_DESK_WORKER_PROCESSES=0 while it is made; the setting is put back afterwards)."""
    if not processes and ENV_WORKERS not in os.environ:
        os.environ[ENV_WORKERS] = "0"
        try:
            return _manager(args, storage, journal, printer)
        finally:
            del os.environ[ENV_WORKERS]
    reporter = _SyncReporter(journal, printer, args.verbose)
    return TransferManager(storage, journal, _settings(args), reporter)
