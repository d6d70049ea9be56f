"""``gene-desk upload | download | transfers``: the transfer engine for admins and scripts.

A re-run of the same upload or download after an interruption (Ctrl-C, a crash, ``kill -9``)
finds the unfinished job in the journal and resumes it from the last completed part.
"""

from __future__ import annotations

import argparse
import re
import sys
import threading
from pathlib import Path

from gene_desk.cli.context import open_storage
from gene_desk.cli.progress import ProgressPrinter, human_bytes
from gene_desk.cli.restore_cmds import add_restore_options, restore_then_wait
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.storage_classes import CLASSES
from gene_desk.core.text import printable
from gene_desk.journal import TRANSFER_KINDS, JobRecord, Journal, State
from gene_desk.storage.archive import check_class, check_class_for_bucket
from gene_desk.storage.keys import parse_cos_url
from gene_desk.transfer import small_pool
from gene_desk.transfer.manager import TransferManager
from gene_desk.transfer.settings import TransferSettings
from gene_desk.transfer.upload_conflicts import OPTION_SKIPPED, OnConflict, is_skipped
from gene_desk.transfer.upload_names import distinct_paths, refuse_same_keys

SUCCESS_LINES_UP_TO = 100
_RATE = re.compile(r"^(\d+(?:\.\d+)?)\s*([kKmMgG]?)(i?[bB])?(/s)?$")


def parse_rate(text: str) -> int:
    """'10M', '512k', '2.5MB/s', '0' -> bytes per second."""
    m = _RATE.match(text.strip())
    if not m:
        raise argparse.ArgumentTypeError(f"not a rate: {text!r} (try 10M or 512k)")
    value = float(m.group(1)) * {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}[m.group(2).lower()]
    return int(value)


def _add_engine_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--jobs", type=int, default=16, metavar="N", help="files in parallel (16)")
    p.add_argument("--parts", type=int, default=4, metavar="N", help="parts in parallel (4)")
    p.add_argument(
        "--part-size", type=parse_rate, default=0, metavar="SIZE", help="part size (auto)"
    )
    p.add_argument(
        "--bwlimit", type=parse_rate, default=0, metavar="RATE", help="bandwidth limit, e.g. 10M"
    )


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("upload", help="upload files and folders (compressed with zstd by default)")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("destination", metavar="cos://BUCKET/PREFIX/")
    p.add_argument("--no-compress", action="store_true", help="send files as they are")
    p.add_argument("--level", type=int, default=3, help="zstd level (3)")
    p.add_argument(
        "--no-md5",
        action="store_true",
        help="do not record each original file's MD5 in its object's metadata (recorded by"
        " default, for `gene-desk manifest --md5`)",
    )
    p.add_argument(
        "--on-conflict",
        choices=[OnConflict.OVERWRITE.value, OnConflict.SKIP.value, OnConflict.RENAME.value],
        default=OnConflict.OVERWRITE.value,
        help="when the object exists, or the same file with or without .zst (x.fastq and"
        " x.fastq.zst): overwrite (default; the other form is deleted once the upload is"
        " complete), skip, or rename (keep both: 'x (1).fastq.zst')",
    )
    p.add_argument(
        "--storage-class",
        type=_storage_class,
        default=None,
        metavar="CLASS",
        help="COS storage class of the uploaded objects: "
        + ", ".join(CLASSES)
        + " (default STANDARD; MAZ_ classes only on multi-AZ buckets; ARCHIVE and DEEP_ARCHIVE"
        " objects must be restored before they can be downloaded)",
    )
    _add_engine_options(p)
    p.set_defaults(func=cmd_upload)

    p = sub.add_parser("download", help="download objects and folders")
    p.add_argument("sources", nargs="+", metavar="cos://BUCKET/KEY_OR_PREFIX")
    p.add_argument("target", metavar="DIR")
    p.add_argument(
        "--no-decompress", action="store_true", help="keep Gene Desk .zst objects compressed"
    )
    p.add_argument(
        "--on-conflict",
        choices=["rename", "overwrite", "skip"],
        default="rename",
        help="when a local file exists: keep both (rename, default), overwrite, or skip",
    )
    add_restore_options(p)
    _add_engine_options(p)
    p.set_defaults(func=cmd_download)

    p = sub.add_parser("transfers", help="the transfer list: list, retry, remove, export")
    tsub = p.add_subparsers(dest="action", metavar="ACTION")
    p.set_defaults(func=cmd_list, action="list")
    lp = tsub.add_parser("list", help="jobs, newest first")
    lp.add_argument("--items", action="store_true", help="show each job's items")
    lp.set_defaults(func=cmd_list)
    rp = tsub.add_parser("retry", help="run a job's failed items again")
    rp.add_argument("job_id", type=int, metavar="ID")
    _add_engine_options(rp)
    rp.set_defaults(func=cmd_retry)
    dp = tsub.add_parser("remove", help="remove a job from the list (cancels it if unfinished)")
    dp.add_argument("job_id", type=int, metavar="ID")
    dp.set_defaults(func=cmd_remove)
    cp = tsub.add_parser("clear", help="remove every finished job from the list")
    cp.set_defaults(func=cmd_clear)
    ep = tsub.add_parser("export", help="export the list as CSV for support staff")
    ep.add_argument("file", type=Path)
    ep.set_defaults(func=cmd_export)


def _storage_class(text: str) -> str:
    try:
        return check_class(text)
    except GeneDeskError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def _settings(args: argparse.Namespace) -> TransferSettings:
    try:
        return TransferSettings(
            files_parallel=args.jobs,
            parts_parallel=args.parts,
            part_size=args.part_size,
            bandwidth_limit=args.bwlimit,
            compress_level=getattr(args, "level", 3),
            record_md5=not getattr(args, "no_md5", False),
        ).validated()
    except ValueError as exc:
        raise GeneDeskError(ErrorCode.INVALID_ARGUMENT, str(exc)) from exc


class _Reporter:
    """Prints one line per finished item (from worker threads) and a throttled progress bar."""

    def __init__(self, journal: Journal, printer: ProgressPrinter, verbose: bool = False) -> None:
        self.journal = journal
        self.printer = printer
        self.verbose = verbose
        self._jobs: dict[int, JobRecord] = {}  # kind, options, size: fixed once planned
        self.failed = 0
        self._lock = threading.Lock()

    def job_changed(self, job_id: int) -> None:
        pass

    def progress(self, job_id: int) -> None:
        pass

    def item_changed(self, job_id: int, item_id: int) -> None:
        try:
            item = self.journal.item(item_id)
            if not item.state.finished:
                return
            job = self._jobs.get(job_id) or self._jobs.setdefault(job_id, self.journal.job(job_id))
        except GeneDeskError:
            return
        arrow = f"{item.source} -> {item.result or item.destination}"
        if job.kind == "upload" and item.result:
            arrow = f"{item.source} -> cos://{job.options.get('bucket')}/{item.result}"
        note = f" ({item.note})" if item.note else ""
        if item.state is State.SUCCEEDED and is_skipped(item.mode):
            if self.verbose or job.total_items <= SUCCESS_LINES_UP_TO:
                why = item.note.removeprefix("skipped: ")
                self.printer.line(f"skipped {item.source} ({why})")
        elif item.state is State.SUCCEEDED:
            # a line per file is useful for a few files, noise for 10,000 (failures always show)
            if self.verbose or job.total_items <= SUCCESS_LINES_UP_TO:
                self.printer.line(f"done    {arrow}{note}")
        elif item.state is State.FAILED:
            with self._lock:
                self.failed += 1
            rid = f" [request id {item.request_id}]" if item.request_id else ""
            self.printer.line(
                f"FAILED  {item.source}: {item.error_message} ({item.error_code}){rid}"
            )
        elif item.state is State.CANCELLED:
            self.printer.line(f"cancel  {item.source}")


def _run(manager: TransferManager, job_ids: list[int], printer: ProgressPrinter) -> int:
    interval = printer.min_interval
    try:
        while not manager.wait(job_ids, timeout=interval):
            statuses = [manager.status(j) for j in job_ids]
            done = sum(s.done_bytes for s in statuses)
            total = sum(s.total_bytes for s in statuses)
            speed = sum(s.speed for s in statuses)
            eta = (total - done) / speed if speed > 0 and total >= done else None
            label = statuses[0].job.title if len(statuses) == 1 else f"{len(statuses)} jobs"
            printer.update(label, done, total, speed, eta, force=True)
    except KeyboardInterrupt:
        printer.close()
        manager.shutdown(wait=True)
        print("gene-desk: interrupted; run the same command again to resume", file=sys.stderr)
        return 130
    printer.close()
    manager.shutdown(wait=True)
    failed = 0
    for job_id in job_ids:
        status = manager.status(job_id)
        counts = status.counts
        skipped = int(status.job.options.get(OPTION_SKIPPED, 0))
        ok = counts.get(State.SUCCEEDED, 0) - skipped
        bad = counts.get(State.FAILED, 0)
        # anything but success is a failure for a script: paused, cancelled, failed (skipping
        # is not: it was asked for)
        failed += bad + (1 if status.job.state is not State.SUCCEEDED and not bad else 0)
        skips = f" {skipped} skipped," if skipped else ""
        printer.line(
            f"job {job_id} {status.job.state.value}: {ok} done, {bad} failed,{skips}"
            f" {human_bytes(status.done_bytes)} ({status.job.title})"
        )
    return 1 if failed else 0


def _take_over(manager: TransferManager, job_id: int) -> None:
    """Run an unfinished job from this process: refused (JOB_IN_USE) while the window or
    another CLI run is running it; a job paused in the window is resumed."""
    manager.adopt(job_id)
    if manager.journal.job_state(job_id) is State.PAUSED:
        manager.resume(job_id)


def cmd_upload(args: argparse.Namespace) -> int:
    url = parse_cos_url(args.destination)
    if not args.bwlimit and any(Path(p).expanduser().is_dir() for p in args.paths):
        # a folder: worker processes start while we log in and plan (forked: no thread yet)
        small_pool.prestart(fork=True)
    storage = open_storage(args)
    bucket = storage.bucket(url.bucket)
    if args.storage_class:  # a MAZ_ class on a single-AZ bucket: refused before any upload
        check_class_for_bucket(storage, bucket, args.storage_class)
    journal = Journal()
    printer = ProgressPrinter()
    reporter = _Reporter(journal, printer, args.verbose)
    manager = TransferManager(storage, journal, _settings(args), reporter)
    prefix = url.key
    if prefix and not prefix.endswith("/"):
        prefix += "/"
    destination = f"cos://{bucket.name}/{prefix}"
    paths = distinct_paths(args.paths)
    # two picks writing one key (a/x.fq b/x.fq): refused before anything, resumes included
    refuse_same_keys([(p, not args.no_compress) for p in paths], prefix)
    job_ids: list[int] = []
    fresh: list[str] = []
    for raw in paths:
        path = str(Path(raw).expanduser().resolve())
        existing = manager.find_unfinished("upload", path, destination)
        if existing is not None:
            _take_over(manager, existing.id)
            printer.line(f"resuming job {existing.id}: {path}")
            job_ids.append(existing.id)
        else:
            fresh.append(raw)
    manager.limit_to(job_ids)
    if fresh:
        job_ids += manager.upload(
            fresh,
            bucket,
            prefix,
            compress=not args.no_compress,
            level=args.level,
            on_conflict=OnConflict(args.on_conflict),
            storage_class=args.storage_class,
        )
    manager.start()
    return _run(manager, job_ids, printer)


def cmd_download(args: argparse.Namespace) -> int:
    urls = [parse_cos_url(text) for text in args.sources]  # (bad input spawns nothing)
    if not args.bwlimit and any(url.key.endswith("/") for url in urls):
        # a folder: worker processes start while we log in and list (forked: no thread yet)
        small_pool.prestart(fork=True)
    storage = open_storage(args)
    journal = Journal()
    printer = ProgressPrinter()
    manager = TransferManager(
        storage, journal, _settings(args), _Reporter(journal, printer, args.verbose)
    )
    target = Path(args.target).expanduser()  # made by the planner, once the sources are known
    target_text = str(target.resolve())
    job_ids: list[int] = []
    manager.limit_to([])
    by_bucket: dict[str, list[str]] = {}
    for text, url in zip(args.sources, urls, strict=True):
        key = url.key
        bucket = storage.bucket(url.bucket)
        if not key:
            raise GeneDeskError(
                ErrorCode.NOT_SELECTED, "请选择下载文件或文件夹 (name an object or a folder)"
            )
        existing = manager.find_unfinished("download", f"cos://{bucket.name}/{key}", target_text)
        if existing is not None:
            _take_over(manager, existing.id)
            printer.line(f"resuming job {existing.id}: {text}")
            job_ids.append(existing.id)
            continue
        if not key.endswith("/") and not storage.exists(bucket, key):
            page = storage.list_page(bucket, key + "/", max_keys=1)
            if page.folders or page.objects or storage.exists(bucket, key + "/"):
                key += "/"
        by_bucket.setdefault(bucket.name, []).append(key)
    if args.restore and by_bucket:  # restore what is archived, wait, then download it all
        wanted = [(storage.bucket(n), k) for n, keys in by_bucket.items() for k in keys]
        restore_then_wait(
            storage, wanted, tier=args.restore, days=args.restore_days, printer=printer
        )
    manager.limit_to(job_ids)
    # started before the folders are listed: a folder download is streamed, its files download
    # while the listing goes on (and recovery runs before this run's own jobs exist)
    manager.start()
    try:
        for name, keys in by_bucket.items():
            job_ids += manager.download(
                keys,
                storage.bucket(name),
                target,
                decompress=not args.no_decompress,
                conflict=args.on_conflict,
                # one missing or archived source of several fails alone; the only one is refused
                refuse_alone=len(args.sources) == 1,
            )
    except BaseException:
        manager.shutdown(wait=True)  # what started meanwhile stays resumable
        raise
    return _run(manager, job_ids, printer)


def cmd_list(args: argparse.Namespace) -> int:
    journal = Journal()
    jobs = journal.jobs(TRANSFER_KINDS)
    if not jobs:
        print("the transfer list is empty")
        return 0
    for job in jobs:
        counts = journal.item_counts(job.id)
        done = counts.get(State.SUCCEEDED, 0)
        summary = f"{done}/{job.total_items} items, {human_bytes(job.total_bytes)}"
        if job.options.get(OPTION_SKIPPED):
            summary += f", {job.options[OPTION_SKIPPED]} skipped"
        error = f"  {job.error_message}" if job.error_message else ""
        line = (
            f"{job.id:>5}  {job.kind:8}  {job.state.value:9}  {summary:28}  {job.source} ->"
            f" {job.destination}{error}"
        )
        print(printable(line))  # keys and paths: one line each, whatever they contain
        if getattr(args, "items", False):
            for item in journal.items(job.id):
                err = f"  {item.error_code}: {item.error_message}" if item.error_code else ""
                rid = f" [request id {item.request_id}]" if item.request_id else ""
                state = "skipped" if is_skipped(item.mode) else item.state.value
                print(printable(f"         {state:9}  {item.source}{err}{rid}"))
    return 0


def cmd_retry(args: argparse.Namespace) -> int:
    journal = Journal()
    job = journal.job(args.job_id)
    if job.kind not in TRANSFER_KINDS:
        raise GeneDeskError(ErrorCode.INVALID_ARGUMENT, f"job {job.id} is not a transfer")
    storage = open_storage(args)
    printer = ProgressPrinter()
    manager = TransferManager(
        storage, journal, _settings(args), _Reporter(journal, printer, args.verbose)
    )
    manager.limit_to([job.id])
    count = manager.retry(job.id)
    if job.state is State.PAUSED:
        manager.resume(job.id)
    printer.line(f"retrying {count} item(s) of job {job.id}")
    manager.start()
    return _run(manager, [job.id], printer)


def cmd_remove(args: argparse.Namespace) -> int:
    journal = Journal()
    job = journal.job(args.job_id)
    leftovers = any(
        i.upload_id or i.part_size
        for i in journal.items(job.id, [State.FAILED, State.CANCELLED, State.PAUSED])
    )
    if not job.state.finished or leftovers:
        # cancel what runs and abort uploads / delete temporary files: needs the account
        manager = TransferManager(open_storage(args), journal)
        manager.limit_to([])
        try:
            manager.remove(job.id)
        finally:
            manager.shutdown()
    else:
        journal.remove_job(job.id)
    print(f"removed job {job.id}")
    return 0


def cmd_clear(args: argparse.Namespace) -> int:
    journal = Journal()
    if journal.has_leftovers(TRANSFER_KINDS):
        # failed or cancelled items still hold multipart uploads or temporary files: clean
        # them up through the engine (this needs the account), then forget the jobs
        manager = TransferManager(open_storage(args), journal)
        manager.limit_to([])
        count = manager.clear_finished()
        manager.shutdown()
    else:
        count = journal.clear_finished(TRANSFER_KINDS)
    print(f"removed {count} finished job(s)")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    count = Journal().export_csv(args.file, TRANSFER_KINDS)
    print(f"exported {count} item(s) to {args.file}")
    return 0
